## Khadadka caawimaadda, siyaabaha xiriirka, talooyinka badbaadada, xuquuqda iyo ilaha.

help-title = Yaa ku caawin kara
help-open-now = Hadda waa furan yahay
help-closed-now = Hadda waa xiran yahay
help-open-24-7 = Furan habeen iyo maalin
help-opens-at = Wuxuu furmaa { $time }
help-closes-at = Wuxuu xirmaa { $time }
help-free = Wicitaanku waa bilaash
help-may-cost = Wicitaanku lacag buu ku kici karaa
help-languages = Luqadaha: { $languages }
help-interpreters = Turjubaan waa la heli karaa
help-in-country = Khadadka caawimaadda ee { $country }
help-none-open = Hadda ma jiro khad caawimaad oo furan. Weli waxaad diri kartaa fariin ama iimayl. Ma ku jirtaa khatar hadda? Wac lambarka gurmadka degdegga ah.
help-emergency = Ma ku jirtaa khatar hadda? Wac { $number }.
help-count = { $count ->
        [0] Lama helin khad caawimaad
        [one] { $count } khad caawimaad
       *[other] { $count } khad caawimaad
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = Waxaa maamula hay'ad samafal
operator-government = Waxaa maamula dowladda
operator-police = Waxaa maamula booliska
operator-immigration = Waxaa maamula hay'adaha socdaalka
operator-intergovernmental = Waxaa maamula hay'ad caalami ah
operator-warning-law = Khadkan waxaa maamula booliska ama socdaalka. Waxay ku weydiin karaan waraaqahaaga. Haddii aad taas ka baqayso, dooro khad ay maamusho hay'ad samafal.
operator-warning-confirm = Si kastaba ha ahaatee wac

## Channels

channel-phone = Taleefan
channel-sms = Fariin qoraal ah
channel-whatsapp = WhatsApp
channel-web = Website
channel-email = Iimayl

## Data quality

info-last-checked = Markii ugu dambaysay ee la hubiyay: { $date }
info-not-verified = Dhowaan lama hubin. Waxaa laga yaabaa in lambarku isbeddelay.
info-source = Isha

## Safety tips

tips-title = Badbaado marka aad caawimaad weydiisanayso
tip-call-log = Wicitaanada iyo fariimaha waxay ka muuqdaan liiska wicitaanada ee taleefanka. Tirtir marka aad wacdo kadib, haddii ay ammaan tahay.
tip-phone-bill = Wicitaanada waxay ka muuqan karaan biilka taleefanka. Lambarrada bilaashka ah inta badan kama muuqdaan.
tip-borrow-phone = Haddii qof baaro taleefankaaga, taleefan ka amaaho qof aad ku kalsoon tahay.
tip-law-lines = Khadadka qaarkood waxaa maamula booliska ama socdaalka. App-kan dhexdiisa waa lagu calaamadeeyay.
tip-documents = Hayso nuqul baasaboorkaaga, kaarka aqoonsigaaga, fiisahaaga iyo heshiiska shaqadaada. Ku hayso meel ammaan ah, ama u dhiib qof aad ku kalsoon tahay.
tip-hide = Riix “Qari” haddii qof kuu soo dhowaado. App-ku wuxuu muujiyaa xisaabiyaha.
tip-emergency = Ma ku jirtaa khatar hadda? Wac lambarka gurmadka degdegga ah. Waa bilaash.

## Rights and resources

rights-title = Xuquuqdaada
rights-in = Xuquuqdaada gudaha { $country }
rights-international = Xuquuqda meel kasta
rights-paraphrase-note = Tani waa soo koobid gaaban, ma aha talo sharci. Qareen ama khad caawimaad wax ka weydii arrintaada.
rights-caveats = Fadlan ogow
resources-title = Wax kale oo la akhriyo
search-placeholder = Raadi
search-no-results = Waxba lama helin. Isku day eray kale.
search-results = { $count ->
        [one] { $count } natiijo
       *[other] { $count } natiijo
    }
