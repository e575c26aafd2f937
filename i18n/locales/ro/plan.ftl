## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = Planul dumneavoastră de siguranță
plan-intro = Planificați din timp, ca să știți ce să faceți dacă trebuie să plecați sau să cereți ajutor. Doar dumneavoastră puteți vedea asta.
plan-updated = Modificat ultima dată: { $date }

plan-warning-signs = Semne de avertizare
    .prompt = Ce vă arată că lucrurile devin mai periculoase?
    .example = De exemplu: șeful se enervează din cauza banilor, vin oameni noi, vi se iau actele.

plan-safe-people = Oameni în care aveți încredere
    .prompt = Pe cine puteți contacta dacă aveți nevoie de ajutor?
plan-person-name = Nume
plan-person-contact = Cum luați legătura
plan-person-code-word = Cuvânt-cod
    .hint = Un cuvânt pe care îl puteți spune sau scrie ca să cereți ajutor fără ca alții să știe.

plan-safe-places = Locuri sigure
    .prompt = Unde ați putea merge dacă trebuie să plecați repede?
    .example = De exemplu: casa unui prieten, o biserică sau un templu, un adăpost, o secție de poliție dacă vă simțiți în siguranță acolo.

plan-documents = Documente
    .prompt = Ce acte ar trebui să păstrați, sau din ce acte să păstrați o copie?
plan-doc-passport = Pașaport
plan-doc-id = Carte de identitate
plan-doc-visa = Viză sau permis de muncă
plan-doc-contract = Contract de muncă
plan-doc-payslips = Fluturași de salariu
plan-doc-bank-card = Card bancar
plan-doc-have = Am originalul
plan-doc-copy = Am o copie
plan-doc-held = Originalul îl are altcineva

plan-bag = Geanta pentru urgențe
    .prompt = Ce ați lua cu dumneavoastră dacă ar trebui să plecați repede?
    .example = De exemplu: telefonul și încărcătorul, bani, medicamente, copii ale actelor, haine groase.

plan-steps = Pașii pentru a pleca în siguranță
    .prompt = Scrieți fiecare pas, în ordine.
plan-step-number = Pasul { $number }

plan-notes = Notițe
    .prompt = Orice altceva vreți să țineți minte.

plan-item-add = Adaugă
plan-item-remove = Elimină
plan-empty = Încă nu este nimic scris aici.

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = Scrieți numele unei părți din plan: warning-signs (semne de avertizare), safe-people (oameni de încredere), safe-places (locuri sigure), documents (documente), bag (geanta pentru urgențe), steps (pașii) sau notes (notițe).
plan-set-document-kinds = Scrieți numele unui document: passport (pașaport), id (carte de identitate), visa (viză), contract (contract de muncă), payslips (fluturași de salariu) sau bank-card (card bancar).
plan-set-document-status = Scrieți unde se află documentul: have (am originalul), copy (am o copie) sau held (originalul îl are altcineva).
