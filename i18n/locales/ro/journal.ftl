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
journal-edit-current = Așa arată însemnarea acum:
journal-page-none = Această pagină nu există. Paginile încep de la 0.
journal-draft-kept = Textul dumneavoastră nu a fost salvat. Este păstrat până când ascundeți aplicația sau ieșiți din ea. Scrieți cuvântul write ca să îl folosiți din nou.
journal-draft-reuse = Textul dumneavoastră nesalvat este mai jos. Scrieți alte rânduri ca să adăugați la el. Sau scrieți un rând cu un singur punct ca să îl salvați.
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
export-for-organisation = Acest fișier va fi pentru { $organisation }. Cheia organizației: { $fingerprint }.
export-for-key = Acest fișier se va deschide doar cu cheia { $fingerprint }.
export-confirm-key = Verificați cheia împreună cu organizația înainte să continuați. Creați fișierul?
export-no-organisation-key = Când a fost pregătit acest telefon, nu s-a salvat nicio cheie a organizației. Folosiți în schimb o parolă.
export-passphrase-again = Scrieți din nou aceeași parolă
export-working = Se creează fișierul… { $percent }%
export-changes-entry = Modifică însemnarea #{ $number }
export-done = Fișierul este gata.
export-wrong-passphrase = Această parolă nu deschide acest fișier.
export-damaged = Acest fișier este deteriorat sau incomplet.
import-title = Mutați jurnalul pe acest telefon
import-passphrase = Parola fișierului
import-done = { $count ->
        [one] { $count } însemnare mutată.
        [few] { $count } însemnări mutate.
       *[other] { $count } de însemnări mutate.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = Dimineață ploioasă. Am închis geamul.
decoy-entry-2 = Am făcut mâncare de fasole pentru cină.
decoy-entry-3 = Am dormit prost. Era prea cald în cameră.
decoy-entry-4 = Am spălat rufe. S-au uscat repede la soare.
decoy-entry-5 = Am mâncat pâine cu roșii.
decoy-entry-6 = Am spălat vasele.
decoy-entry-7 = Zi obositoare. M-am culcat devreme.
decoy-entry-8 = Seara am stat în liniște.
decoy-entry-9 = Am făcut curat în bucătărie.
decoy-entry-10 = E frig azi. Mi-am pus două bluze.
decoy-entry-11 = Am încercat o rețetă nouă cu linte. Nu e rea.
decoy-entry-12 = M-a durut capul după-amiază. Am băut mai multă apă.
decoy-entry-13 = Seara mă dor picioarele.
decoy-entry-14 = Am cusut nasturele la geacă.
decoy-entry-15 = Am făcut un ceai și m-am odihnit.
decoy-entry-16 = Noapte gălăgioasă. N-am putut dormi bine.
decoy-entry-17 = Ceasul rămâne în urmă.
decoy-entry-18 = Zi însorită. A intrat soarele pe geam.
decoy-entry-19 = Am mâncat paste la prânz.
decoy-entry-20 = Am lipit talpa la pantof.
decoy-entry-21 = Am băut multă apă azi.
decoy-entry-22 = Am cârpit un ciorap.
decoy-entry-23 = De ținut minte: să beau mai multă apă.
decoy-entry-24 = Un ceai și puțină odihnă.
decoy-entry-25 = Am făcut tocană de cartofi cu ceapă.
decoy-entry-26 = Orez cu legume la prânz.
decoy-entry-27 = Bate vântul azi.
decoy-entry-28 = Am măturat pe jos.
decoy-entry-29 = M-am trezit devreme. M-am uitat la cer.
decoy-entry-30 = Am mâncat un măr la micul dejun.
decoy-entry-31 = Zi lungă. Nimic deosebit.
decoy-entry-32 = Am făcut ciorbă. Ajunge pentru două zile.
decoy-entry-33 = Am spatele înțepenit. M-am întins puțin.
decoy-entry-34 = Mi-a crescut mult părul.
decoy-entry-35 = N-am mai avut putere să gătesc. Am mâncat pâine.
decoy-entry-36 = Am văzut o pasăre frumoasă azi-dimineață.
decoy-entry-37 = Mi-am curățat pantofii.
decoy-entry-38 = Am cusut o gaură mică la geantă.
decoy-entry-39 = Zi liniștită.
decoy-entry-40 = Picură robinetul.
decoy-entry-41 = M-am spălat pe cap.
decoy-entry-42 = Am făcut mămăligă cu ou.
decoy-entry-43 = Foarte cald azi.
decoy-entry-44 = În sfârșit, am dormit bine.
decoy-entry-45 = Am băut ceai cu lămâie.
decoy-entry-46 = Mă doare gâtul. Am băut apă caldă cu miere.
decoy-entry-47 = Am împăturit hainele curate.
decoy-entry-48 = A plouat toată ziua.
decoy-entry-49 = Am făcut plăcinte. Au ieșit bune.
decoy-entry-50 = Am citit puțin înainte de culcare.
decoy-entry-51 = Mi-am tăiat unghiile.
decoy-entry-52 = Am spălat prosoapele.
decoy-entry-53 = Am curățat cartofi pentru mâine.
decoy-entry-54 = Roșii cu sare la prânz.
decoy-entry-55 = Am aerisit păturile.
decoy-entry-56 = Am mâncat târziu în seara asta.
decoy-entry-57 = Pâlpâie becul în cameră.
decoy-entry-58 = Am întins rufele în casă. Afară e prea umed.
decoy-entry-59 = M-a durut burta după prânz. Acum e mai bine.
decoy-entry-60 = Azi n-a fost mare lucru. M-am odihnit.
