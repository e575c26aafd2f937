## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = Jurnalul dumneavoastră
journal-intro = Scrieți ce se întâmplă: date, locuri, nume, bani. Doar dumneavoastră îl puteți vedea. Mai târziu v-ar putea ajuta pe dumneavoastră sau pe un avocat.
journal-new = Însemnare nouă
journal-empty = Nu există încă însemnări.
journal-count = { $count ->
        [0] Nicio însemnare
        [one] { $count } însemnare
        [few] { $count } însemnări
       *[other] { $count } de însemnări
    }
journal-text = Ce s-a întâmplat?
journal-tags = Etichete
journal-category = Tipul întâmplării
journal-written = Scrisă pe { $date }
journal-edited = Modificată pe { $date }
journal-deleted = Această însemnare a fost ștearsă.
journal-attachments = { $count ->
        [one] { $count } atașament
        [few] { $count } atașamente
       *[other] { $count } de atașamente
    }
journal-add-photo = Adaugă o fotografie
journal-add-audio = Adaugă o notă vocală
journal-add-document = Adaugă un document
journal-delete-confirm = Ștergeți această însemnare? Textul și atașamentele ei vor dispărea pentru totdeauna. Rămâne o notă că ceva a fost șters, ca jurnalul să poată fi verificat în continuare.
journal-edit-note = Modificările sunt păstrate ca versiune nouă. Versiunea anterioară rămâne.

category-pay = Plată sau bani
category-documents = Acte sau act de identitate
category-threats = Amenințări
category-violence = Violență
category-movement = Nu am voie să plec
category-conditions = Condiții de muncă sau de locuit
category-other = Altceva

journal-verify = Verificați jurnalul
journal-verify-ok = Jurnalul este complet. Nu s-a schimbat nimic.
journal-verify-broken = Jurnalul a fost modificat în afara aplicației, la însemnarea { $number }.
journal-witness-code = Cod de verificare
    .hint = Un asistent social poate nota acest cod. Mai târziu, codul arată că jurnalul nu a fost modificat.

export-title = Trimiteți unui asistent social
export-intro = Aceasta creează un singur fișier blocat cu jurnalul dumneavoastră. Doar cineva care are parola, sau cheia asistentului social, îl poate deschide.
export-passphrase = Alegeți o parolă pentru fișier
export-passphrase-hint = Spuneți-i asistentului social parola personal sau la telefon, nu în același mesaj cu fișierul.
export-to-organisation = Blochează pentru { $organisation }
export-working = Se creează fișierul… { $percent }%
export-done = Fișierul este gata.
export-wrong-passphrase = Această parolă nu deschide acest fișier.
export-damaged = Acest fișier este deteriorat sau incomplet.
import-title = Mutați jurnalul pe acest telefon
import-done = { $count ->
        [one] { $count } însemnare mutată.
        [few] { $count } însemnări mutate.
       *[other] { $count } de însemnări mutate.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = Cumpărături: orez, ulei, ceapă, credit la telefon.
decoy-sample-2 = Am sunat acasă. Toată lumea e bine.
decoy-sample-3 = Tură lungă azi. Am obosit rău.
decoy-sample-4 = Am dat înapoi banii împrumutați de la un prieten.
decoy-sample-5 = Îmi trebuie un încărcător nou de telefon.
decoy-sample-6 = Zi liberă. Am spălat rufe și am gătit.
