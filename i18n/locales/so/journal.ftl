## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = Xusuus-qorkaaga
journal-intro = Qor waxa dhaca: taariikhaha, meelaha, magacyada, lacagta. Adiga keliya ayaa arki kara. Hadhow waxay caawin kartaa adiga ama qareen.
journal-new = Qoraal cusub
journal-empty = Weli ma jiraan qoraallo.
journal-count = { $count ->
        [0] Qoraal ma jiro
        [one] { $count } qoraal
       *[other] { $count } qoraal
    }
journal-text = Maxaa dhacay?
journal-tags = Calaamadaha
journal-category = Nooca dhacdada
journal-written = La qoray { $date }
journal-edited = La beddelay { $date }
journal-deleted = Qoraalkan waa la tirtiray.
journal-attachments = { $count ->
        [one] { $count } lifaaq
       *[other] { $count } lifaaq
    }
journal-add-photo = Ku dar sawir
journal-add-audio = Ku dar fariin cod ah
journal-add-document = Ku dar dukumenti
journal-delete-confirm = Ma tirtirtaa qoraalkan? Qoraalkiisa iyo lifaaqyadiisa weligood way baabi'i doonaan. Waxaa hadhaya xusuusin in wax la tirtiray, si xusuus-qorka weli loo hubin karo.
journal-edit-current = Qoraalku hadda waa sidan:
journal-page-none = Boggaas ma jiro. Bogaggu waxay ka bilaabmaan 0.
journal-draft-kept = Waxa aad qortay lama kaydin, laakiin waa la hayaa ilaa aad qariso app-ka ama aad ka baxdo. Qor erayga write si aad mar kale u isticmaasho.
journal-draft-reuse = Waxa aad qortay oo aan la kaydin ayaa hoos ku qoran. Qor sadarro kale si aad ugu darto, ama qor sadar ay dhibic (.) keliya ku jirto si aad u kaydiso.
journal-edit-note = Isbeddelada waxaa loo kaydiyaa nooc cusub. Noocii hore wuu sii jiraa.

category-pay = Mushahar ama lacag
category-documents = Waraaqo ama aqoonsi
category-threats = Hanjabaad
category-violence = Rabshad
category-movement = La iga diiday inaan baxo
category-conditions = Xaaladda shaqada ama nolosha
category-other = Wax kale

journal-verify = Hubi xusuus-qorka
journal-verify-ok = Xusuus-qorku waa dhammaystiran yahay. Waxba lama beddelin.
journal-verify-broken = Xusuus-qorka waxaa lagu beddelay meel ka baxsan app-ka, qoraalka { $number }.
journal-witness-code = Koodhka hubinta
    .hint = Qofka kiiskaaga haya ayaa qori kara koodhkan. Hadhow wuxuu muujinayaa in xusuus-qorka aan la beddelin.

export-title = La wadaag qofka kiiskaaga haya
export-intro = Tani waxay samaynaysaa hal fayl oo xiran oo uu ku jiro xusuus-qorkaagu. Qof haysta weedha sirta ah ee faylka, ama furaha qofka kiiskaaga haya, ayaa keliya furi kara.
export-passphrase = Dooro weedh sir ah oo faylka loogu talagalay
export-passphrase-hint = Weedha sirta ah u sheeg qofka kiiskaaga haya adigoo fool ka fool ah ama taleefan, ha ugu dirin isla fariinta faylka.
export-to-organisation = U xir { $organisation }
export-for-organisation = Faylkan waxaa loogu talagalay { $organisation }. Furaha hay'adda: { $fingerprint }.
export-for-key = Faylkan waxaa lagu furi doonaa oo keliya furaha { $fingerprint }.
export-confirm-key = Ka hor intaadan sii wadin, furaha la hubi hay'adda. Faylka ma la sameeyaa?
export-no-organisation-key = Furaha hay'adda lama kaydin markii taleefankan la diyaarinayay. Taas beddelkeed, isticmaal weedh sir ah.
export-passphrase-again = Mar kale qor isla weedhaas sirta ah
export-working = Faylka waa la samaynayaa… { $percent }%
export-changes-entry = Wuxuu beddelaa qoraalka #{ $number }
export-done = Faylku waa diyaar.
export-wrong-passphrase = Weedha sirta ahi ma furayso faylkan.
export-damaged = Faylkan waa xumaaday ama ma dhammaystirna.
import-title = Xusuus-qorkaaga u soo wareeji taleefankan
import-passphrase = Weedha sirta ah ee faylka
import-done = { $count ->
        [one] { $count } qoraal ayaa la soo wareejiyay.
       *[other] { $count } qoraal ayaa la soo wareejiyay.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.
## Qoraallo maalmeed oo caadi ah. Cunto Soomaali ah (canjeero, misir, shaah xawaash leh). Ha ku darin
## qoys, wicitaan, lacag, wax iibsi, bixitaan ama safar, shaqada ama madaxa, diin ama siyaasad.

decoy-entry-1 = Subax roob leh. Qolku waa qabow yahay.
decoy-entry-2 = Cashada bariis iyo digir ayaan karsaday.
decoy-entry-3 = Si xun ayaan u seexday. Qolku aad buu u kululaa.
decoy-entry-4 = Dhar ayaan dhaqay. Qorraxda ayay si dhakhso ah ugu qalaleen.
decoy-entry-5 = Rooti iyo yaanyo ayaan cunay.
decoy-entry-6 = Weelka ayaan dhaqay.
decoy-entry-7 = Maanta waan daallanaa. Goor hore ayaan seexday.
decoy-entry-8 = Fiidkii si xasilloon ayaan u fadhiyay.
decoy-entry-9 = Jikada ayaan nadiifiyay.
decoy-entry-10 = Maanta waa qabow. Laba shaadh ayaan gashaday.
decoy-entry-11 = Misir ayaan si cusub u karsaday. Ma xumayn.
decoy-entry-12 = Galabtii madax-xanuun baa i hayay. Biyo badan ayaan cabbay.
decoy-entry-13 = Maalinta dhammaadkeeda cagaha ayaa i xanuunayay.
decoy-entry-14 = Badhanka jaakaddayda ayaan ku tolay.
decoy-entry-15 = Shaah ayaan samaystay, kadibna waan nastay.
decoy-entry-16 = Habeen buuq badan. Si fiican uma seexan karin.
decoy-entry-17 = Saacaddu way dib u dhacdaa.
decoy-entry-18 = Maalin qorrax leh. Daaqadda agteeda ayaan fadhiistay.
decoy-entry-19 = Qadada baasto ayaan cunay.
decoy-entry-20 = Kabta hoosteeda ayaan hagaajiyay.
decoy-entry-21 = Maanta biyo badan ayaan cabbay.
decoy-entry-22 = Sharabaad ayaan tolay.
decoy-entry-23 = Xusuuso inaad biyo badan cabto.
decoy-entry-24 = Shaah iyo nasasho gaaban.
decoy-entry-25 = Maraq baradho iyo basal ah ayaan sameeyay.
decoy-entry-26 = Qadada bariis iyo khudaar ayaan cunay.
decoy-entry-27 = Maanta dabayl badan baa jirtay.
decoy-entry-28 = Sagxadda ayaan xaaqay.
decoy-entry-29 = Goor hore ayaan soo toosay. Cirka ayaan daawaday.
decoy-entry-30 = Quraacda moos ayaan cunay.
decoy-entry-31 = Maalin dheer. Wax gaar ah ma dhicin.
decoy-entry-32 = Maraq ayaan sameeyay. Laba maalmood ayuu igu filan yahay.
decoy-entry-33 = Dhabarka ayaa i adkaaday. Wax yar ayaan is fidiyay.
decoy-entry-34 = Timahaygu way dheeraadeen.
decoy-entry-35 = Aad baan u daallanaa, wax ma karin. Rooti ayaan cunay.
decoy-entry-36 = Subaxnimadii shimbir qurux badan ayaan daaqadda ka arkay.
decoy-entry-37 = Kabahayga ayaan nadiifiyay.
decoy-entry-38 = Dalool yar oo boorsadayda ku yiil ayaan tolay.
decoy-entry-39 = Maalin degan.
decoy-entry-40 = Qasabadda biyaha si fiican uma xirmayso.
decoy-entry-41 = Timaha ayaan dhaqay.
decoy-entry-42 = Ukun iyo bariis ayaan karsaday.
decoy-entry-43 = Maanta kulayl badan baa jira.
decoy-entry-44 = Markan si fiican ayaan u seexday.
decoy-entry-45 = Shaah xawaash leh ayaan cabbay.
decoy-entry-46 = Cunaha ayaa i xanuunayay. Biyo diirran iyo malab ayaan cabbay.
decoy-entry-47 = Dharkii nadiifka ahaa ayaan isku laabay.
decoy-entry-48 = Maalintii oo dhan roob baa da'ayay.
decoy-entry-49 = Canjeero ayaan sameeyay. Si fiican bay u soo baxday.
decoy-entry-50 = Hurdada ka hor wax yar ayaan akhriyay.
decoy-entry-51 = Ciddiyaha ayaan jaray.
decoy-entry-52 = Shukumaanka ayaan dhaqay.
decoy-entry-53 = Baradho ayaan berri u diiray.
decoy-entry-54 = Qadada yaanyo cusbo leh ayaan cunay.
decoy-entry-55 = Busteyaasha ayaan hawo geliyay.
decoy-entry-56 = Caawa goor dambe ayaan wax cunay.
decoy-entry-57 = Nalka qolku wuu demaa, haddana wuu shidmaa.
decoy-entry-58 = Dharkii gudaha ayaan ku sudhay. Dibadda aad bay u qoyan tahay.
decoy-entry-59 = Qadada kadib caloosha ayaa i xanuuntay. Hadda waan fiicnahay.
decoy-entry-60 = Maanta wax badan ma dhicin. Waan nastay.
