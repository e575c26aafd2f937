## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Verificați-vă situația
screening-intro = Aceste întrebări sunt despre munca dumneavoastră și locul unde locuiți. Răspundeți doar la ce doriți. Răspunsurile rămân pe acest telefon și nu sunt salvate decât dacă alegeți asta.
screening-progress = Întrebarea { $current } din { $total }
screening-skip = Sari peste această întrebare
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = da, d
screening-words-no = nu, n
screening-words-not-sure = nu știu sigur, nu stiu sigur, nu ştiu sigur, nu știu, nu stiu, nu ştiu, nu sunt sigur, nu sunt sigură, nu sunt sigura, poate, ?
screening-words-skip = sari peste, sari, mai departe, s
screening-not-understood = Vă rugăm să scrieți 1, 2, 3 sau 4.

screening-result-title = Ce arată răspunsurile dumneavoastră
screening-result-none = Răspunsurile dumneavoastră nu arată semne de muncă forțată. Dacă totuși ceva nu vi se pare în regulă, puteți vorbi cu o linie de ajutor. Este gratuit și confidențial.
screening-result-some = { $count ->
        [one] Unul dintre răspunsurile dumneavoastră este un semn de avertizare.
        [few] { $count } dintre răspunsurile dumneavoastră sunt semne de avertizare.
       *[other] { $count } dintre răspunsurile dumneavoastră sunt semne de avertizare.
    } Acest lucru poate fi un semn de muncă forțată sau de exploatare. Nu este vina dumneavoastră. Există ajutor.
screening-result-no-answers = Nu ați răspuns la întrebări. Nu este nicio problemă. Dacă vreți să vorbiți despre situația dumneavoastră, o linie de ajutor vă poate asculta. Este gratuit.
screening-result-unclear = Unele dintre răspunsurile dumneavoastră au fost „Nu știu sigur”. Nu este nicio problemă. O linie de ajutor vă poate ajuta să vă gândiți bine la situație.
screening-result-under-18 = Aveți sub 18 ani. Dacă cineva vă pune să munciți sau să faceți lucruri sexuale ca să câștige de pe urma dumneavoastră, aceasta este exploatare, chiar și fără forță. Liniile pentru copii sunt afișate primele.
screening-result-urgent = Unele dintre răspunsurile dumneavoastră arată că ați putea fi în pericol. Dacă sunteți în pericol acum, sunați la numărul de urgență. Puteți vorbi și cu o linie de ajutor.
screening-result-helplines = Linii de ajutor care vă pot ajuta în această situație
screening-result-rights = Drepturi care vă pot ajuta
screening-disclaimer = Această verificare nu este o decizie juridică. Doar dumneavoastră vă cunoașteți situația. O linie de ajutor vă poate ajuta să vă gândiți bine la ea.
