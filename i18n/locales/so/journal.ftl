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
export-intro = Tani waxay samaynaysaa hal fayl oo xiran oo uu ku jiro xusuus-qorkaagu. Qof haysta erayga sirta ah, ama furaha qofka kiiskaaga haya, ayaa keliya furi kara.
export-passphrase = Dooro eray sir ah oo faylka loogu talagalay
export-passphrase-hint = Erayga sirta ah u sheeg qofka kiiskaaga haya adigoo fool ka fool ah ama taleefan, ha ku dirin isla fariinta faylka.
export-to-organisation = U xir { $organisation }
export-working = Faylka waa la samaynayaa… { $percent }%
export-done = Faylku waa diyaar.
export-wrong-passphrase = Erayga sirta ahi ma furayo faylkan.
export-damaged = Faylkan waa xumaaday ama ma dhammaystirna.
import-title = Xusuus-qorkaaga u soo wareeji taleefankan
import-done = { $count ->
        [one] { $count } qoraal ayaa la soo wareejiyay.
       *[other] { $count } qoraal ayaa la soo wareejiyay.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = Wax iibsi: bariis, saliid, basal, kaarka taleefanka.
decoy-sample-2 = Reerka ayaan soo wacay. Dhammaan way fiican yihiin.
decoy-sample-3 = Maanta shaqadu way dheerayd. Aad baan u daallanahay.
decoy-sample-4 = Lacagtii aan saaxiibkay ka amaahday waan u celiyay.
decoy-sample-5 = Waxaan u baahanahay charger cusub oo taleefanka ah.
decoy-sample-6 = Maalin fasax ah. Dharkii baan dhaqay, cunto baan karsaday.
