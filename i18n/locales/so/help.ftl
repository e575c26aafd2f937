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
help-none-open = Hadda ma jiro khad caawimaad oo furan. Weli waxaad diri kartaa fariin ama iimayl. Ma ku jirtaa khatar hadda? Wac { $number }.
help-hours-unknown = Saacadaha lama yaqaan — isku day inaad wacdo
help-hours-unknown-try = Ma naqaanno goorta khadadkan furan yihiin. Isku day inaad wacdo: waxaa laga yaabaa in qof kuu jawaabo.
help-for-children = Carruurta iyo dhallinyarada
help-no-verified-line = Ma aanan hubin karin wax khad caawimaad ah oo dalkan ku yaal. Isku day khadadka hoose ee gobolkaaga, ama kuwa dadka dalkaaga ka yimid.
help-for-nationals = Khadadka dadka ka yimid { $country }, meel kasta oo ay joogaan
help-report-lines = Khadad warbixinnada u gudbiya booliska (ma aha khadad caawimaad)
help-police-caution = Dalkan, waxaa la sheegay in booliska ay la shaqeeyaan ka ganacsatada dadka, ama ay xiraan dadka aan waraaqo haysan. Ka fikir ka hor intaadan iyaga wicin. Haddii aad awoodo, marka hore wac khad caawimaad.
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

## Cidda maqli karta waxa qofku sheego. Waxaa la muujiyaa KA HOR lambarka khad kasta oo leh.

risk-police = Waxa aad sheegto waxaa loo gudbin karaa booliska.
risk-immigration = Waxa aad sheegto waxaa loo gudbin karaa hay'adaha socdaalka.
risk-employer-authority = Waxa aad sheegto waxay gaari kartaa loo-shaqeeyahaaga ama kafiilkaaga. Marka hore weydii in ay saameyn karto fiisadaada ama deganaanshahaaga.
risk-child-protection = Waxa aad ka sheegto ilmo waxaa loo gudbin karaa adeegyada ilaalinta carruurta.
risk-report-line = Khadkani wuxuu booliska u qaataa warbixinno. Ma aha khad caawimaad.

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

## Qoraal luqad kale lagu muujiyay, ama mashiin turjumay

text-shown-in-english = Waxaa lagu muujiyay Ingiriis: weli lama turjumin
text-may-be-out-of-date = Tarjumaddan waxaa laga yaabaa inay duugowday
text-machine-translated = Waxaa turjumay mashiin, weli qof ma hubin

## Dalka uu qofku joogo

country-choose = Dalkee baad joogtaa? Caawimaaddu waxay ku xiran tahay dalka.
country-prompt = Dalka
country-unknown = Dalkaas ma naqaanno. Qor mid ka mid ah magacyada ama koodhadhka kor ku qoran.
country-needed = Dalkee baad joogtaa? Ku dar dalka, tusaale ahaan: --country GB. Ama kaydi: harbour set country GB.

## Meesha xuquuqdu ka timaado

body-eu = Midowga Yurub
body-coe = Golaha Yurub
body-int = Sharciga caalamiga ah
body-int-ilo = Ururka Shaqaalaha Adduunka (ILO)

## Rights and resources

rights-title = Xuquuqdaada
rights-in = Xuquuqdaada gudaha { $country }
rights-international = Xuquuqda meel kasta
rights-regional = Xuquuqda ka timaada { $body }
rights-paraphrase-note = Tani waa soo koobid gaaban, ma aha talo sharci. Qareen ama khad caawimaad wax ka weydii arrintaada.
rights-caveats = Fadlan ogow
resources-title = Wax kale oo la akhriyo
search-placeholder = Raadi
search-no-results = Waxba lama helin. Isku day eray kale.
search-results = { $count ->
        [one] { $count } natiijo
       *[other] { $count } natiijo
    }

## Erayo maalmeed oo mawduuc kasta ah, si qofku u helo qodob erayga uu qori lahaa.
## Hakad (,) ayaa kala saara erayada. Ku dar erayada dadku qoraan iyo higgaadda khaldan ee caadiga ah.

topic-words-definition = ka ganacsiga dadka, ganacsiga dadka, tahriib, addoonsi, addoon, ka faa'iidaysi, dhiig-miirasho, qasab, khasab, la qasbay
topic-words-consent = oggolaansho, ogolaansho, oggolaaday, ogolaaday, raalli, doorasho, ikhtiyaar
topic-words-children = ilmo, carruur, caruur, ka yar 18, aan qaan-gaarin, yar, gabadh, gabar, inan, wiil
topic-words-non-punishment = dambi, danbi, ciqaab, la ciqaabo, xabsi, la xiray, eedeyn, la eedeeyay, sharci
topic-words-identification = dhibbane, dhibane, la aqoonsaday, aqoonsi, xaalad
topic-words-support = caawimaad, caawimo, taageero, hoy, hoy gabbaad, guri ammaan ah, dhakhtar, lacag, guri
topic-words-residence = fiiso, visa, ruqsad, oggolaansho, joogitaan, waraaqo, deganaansho, sharci, la masaafuriyo, masaafurin, tarxiil
topic-words-documents = baasaboor, basaboor, aqoonsi, kaarka aqoonsiga, ID, waraaqo, dukumenti, fiiso, heshiis, qandaraas
topic-words-wages = mushahar, mushaar, lacag, bixin, lacag la'aan, aan la bixin, warqadda mushaharka
topic-words-debt = deyn, dayn, amaah, amaahday, deyn lagu leeyahay, lacag
topic-words-movement = bixid, baxsasho, xiran, la xiray, xor, banaanka u bax, dhaqaaq, carar, baxsad
topic-words-violence = rabshad, garaacid, garaac, dhaawac, xadgudub, galmo, kufsi, hanjabaad
topic-words-compensation = magdhow, mag-dhow, khasaare, lacag celin, dalab, dacwad
topic-words-reporting = boolis, booliska, soo sheeg, warbixin, cabasho, u sheeg
topic-words-legal-help = qareen, sharci, talo, maxkamad, caawimaad sharci oo bilaash ah, gargaar sharci
topic-words-labour-rights = shaqo, shaqaale, loo-shaqeeye, madax, madaxa shaqada, xuquuq, heshiis, saacado
topic-words-recruitment-fees = wakiil, wakaalad, dilaal, samsar, shaqo-qoris, khidmad, lacag shaqo
topic-words-work-conditions = saacado, nasasho, fasax, maalin fasax, saacado dheeraad ah, cunto, hurdo, badbaado, ammaan
