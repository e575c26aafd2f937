## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = Pregătire pentru altă persoană
outreach-intro = Alegeți limba, țara și aspectul. Adăugați datele de contact ale organizației dumneavoastră. Apoi predați telefonul.
outreach-language = Limba persoanei
outreach-country = Țara persoanei
outreach-disguise = Cum arată aplicația
outreach-org-name = Organizația dumneavoastră
outreach-org-contact = Cum vă pot contacta
outreach-org-key = Cheia organizației dumneavoastră pentru fișiere comune (opțional)
outreach-import-pack = Adăugați informații de ajutor dintr-un fișier
outreach-handoff = Predă telefonul
outreach-handoff-confirm = Predați telefonul acum? Setările dumneavoastră rămân. PIN-ul și sesiunea dumneavoastră sunt șterse. Următoarea persoană își alege propriul PIN.
outreach-reset = Resetează acest telefon
outreach-reset-confirm = Ștergeți tot din această aplicație și o luați de la capăt? Acest lucru nu poate fi anulat.

pack-import-title = Adăugați informații de ajutor
pack-importing = Se adaugă… { $percent }%
pack-imported = Informațiile de ajutor au fost actualizate.
pack-rejected = Acest fișier nu a fost acceptat. Nu s-a schimbat nimic.
pack-rejected-signature = Acest fișier nu este semnat de o organizație de încredere.
pack-rejected-old = Acest fișier este mai vechi decât informațiile pe care le aveți deja.
pack-rejected-damaged = Acest fișier este deteriorat sau incomplet.
pack-rejected-too-big = Acest fișier este prea mare.
decoy-title = Al doilea PIN
decoy-explain = Un al doilea PIN deschide un alt jurnal, inofensiv. Folosiți-l dacă cineva vă obligă să deschideți aplicația.
decoy-shows = Ce vreți să deschidă al doilea PIN?
decoy-shows-same = 1. Aceeași aplicație, cu ajutor. Cineva care cunoaște această aplicație nu o poate deosebi de cea adevărată.
decoy-shows-notes = 2. Doar un jurnal de notițe, fără ajutor și fără numele aplicației. Așa nu se vede ce este aplicația. Dar cineva care cunoaște această aplicație poate observa că nu este cea adevărată.
decoy-shows-choose = Scrieți 1 sau 2.
disguise-launcher-name = Calculator
disguise-converter-name = Convertor
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = Golește tot
disguise-key-clear = Golește
disguise-key-sign = Schimbă semnul
disguise-key-percent = Procent
disguise-key-divide = Împarte
disguise-key-multiply = Înmulțește
disguise-key-minus = Minus
disguise-key-plus = Plus
# The key that deletes the last digit typed.
disguise-key-delete = Șterge
# The decimal separator key.
disguise-key-point = Punct zecimal
disguise-key-equals = Egal
duress-title = PIN de ștergere de urgență
duress-needs-decoy = Alegeți mai întâi un al doilea PIN. PIN-ul de ștergere de urgență deschide al doilea jurnal.
duress-explain = Acest PIN șterge imediat jurnalul și planul dumneavoastră reale, apoi deschide jurnalul inofensiv. Acest lucru nu poate fi anulat.

pack-shared = Fișierul cu informațiile de ajutor a fost creat. Trimiteți-l pe celălalt telefon; acolo, fișierul este verificat înainte să fie folosit.
pack-not-shareable = Pentru aceste informații de ajutor nu există niciun fișier de trimis. Ajutorul inclus în aplicație se află în fiecare copie a aplicației.
