## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Verificați-vă situația
screening-intro = Aceste întrebări sunt despre munca dumneavoastră și locul unde locuiți. Răspundeți doar la ce doriți. Răspunsurile rămân pe acest telefon și nu sunt salvate decât dacă alegeți asta.
screening-progress = Întrebarea { $current } din { $total }
screening-skip = Sari peste această întrebare

# ILO: abuse of vulnerability
screening-q-vulnerability = Angajatorul folosește situația dumneavoastră împotriva dumneavoastră — de exemplu, actele, datoriile, limba sau faptul că nu aveți unde altundeva să mergeți?
# ILO: deception
screening-q-deception = Munca, plata sau locuința sunt foarte diferite de ce vi s-a promis?
# ILO: restriction of movement
screening-q-movement = Vă împiedică cineva să plecați de la locul de muncă sau de acasă când vreți?
# ILO: isolation
screening-q-isolation = Vă ține cineva departe de alți oameni, sau vă împiedică să vorbiți cu familia sau cu prietenii?
# ILO: physical and sexual violence
screening-q-violence = V-a rănit cineva la muncă, sau v-a atins într-un mod sexual pe care nu l-ați dorit?
# ILO: intimidation and threats
screening-q-threats = V-a amenințat cineva pe dumneavoastră sau familia dumneavoastră — de exemplu, cu violență, cu poliția sau că o să vă trimită acasă?
# ILO: retention of identity documents
screening-q-documents = Vă ține altcineva pașaportul sau actul de identitate și nu vi-l dă înapoi când îl cereți?
# ILO: withholding of wages
screening-q-wages = Vi se oprește salariul, este mult mai mic decât vi s-a promis, sau nu vi se plătește deloc?
# ILO: debt bondage
screening-q-debt = Datorați bani angajatorului sau celui care v-a adus la muncă, bani pe care trebuie să-i plătiți prin muncă, iar datoria nu scade?
# ILO: abusive working and living conditions
screening-q-conditions = Condițiile de muncă sau de locuit sunt periculoase, murdare sau umilitoare — de exemplu, fără un pat adevărat, fără mâncare sau fără echipament de protecție?
# ILO: excessive overtime
screening-q-overtime = Trebuie să lucrați foarte multe ore sau în zilele libere, fără să aveți de fapt de ales?

screening-result-title = Ce arată răspunsurile dumneavoastră
screening-result-none = Răspunsurile dumneavoastră nu arată semne de muncă forțată. Dacă totuși ceva nu vi se pare în regulă, puteți vorbi cu o linie de ajutor. Este gratuit și confidențial.
screening-result-some = { $count ->
        [one] Unul dintre răspunsurile dumneavoastră este un semn de avertizare.
        [few] { $count } dintre răspunsurile dumneavoastră sunt semne de avertizare.
       *[other] { $count } dintre răspunsurile dumneavoastră sunt semne de avertizare.
    } Acest lucru poate fi un semn de muncă forțată sau de exploatare. Nu este vina dumneavoastră. Există ajutor.
screening-result-urgent = Unele dintre răspunsurile dumneavoastră arată că ați putea fi în pericol. Dacă sunteți în pericol acum, sunați la numărul de urgență. Puteți vorbi și cu o linie de ajutor.
screening-result-helplines = Linii de ajutor care vă pot ajuta în această situație
screening-result-rights = Drepturi care vă pot ajuta
screening-disclaimer = Această verificare nu este o decizie juridică. Doar dumneavoastră vă cunoașteți situația. O linie de ajutor vă poate ajuta să vă gândiți bine la ea.
