## Harbour — general screens, PIN, status and errors.
## Reference locale. Short sentences. Plain words. The reader may be frightened or in a hurry.

app-name = Harbour

## Navigation

nav-help = Cereți ajutor
nav-rights = Drepturile dumneavoastră
nav-check = Verificați-vă situația
nav-plan = Plan de siguranță
nav-journal = Jurnal
nav-settings = Setări
nav-hide = Ascunde
    .hint = Închide tot și afișează calculatorul.

action-back = Înapoi
action-cancel = Anulează
action-save = Salvează
action-delete = Șterge
action-edit = Modifică
action-done = Gata
action-next = Continuă
action-yes = Da
action-no = Nu
action-not-sure = Nu știu sigur
action-search = Caută
action-try-again = Încearcă din nou
action-copy = Copiază
action-call = Sună
action-text = Trimite un mesaj
action-open = Deschide

## PIN and unlocking

pin-choose = Alegeți un PIN
pin-choose-hint = Folosiți între 4 și 12 cifre, sau o parolă de 8 sau mai multe caractere. Alegeți ceva ce alții nu pot ghici.
pin-confirm = Scrieți din nou același PIN
pin-enter = Introduceți PIN-ul
pin-mismatch = Cele două PIN-uri sunt diferite. Vă rugăm să încercați din nou.
pin-too-short = Un PIN trebuie să aibă cel puțin 4 cifre.
pin-too-long = Un PIN poate avea cel mult 12 cifre.
pin-passphrase-too-short = O parolă trebuie să aibă cel puțin 8 caractere.
pin-passphrase-too-long = O parolă poate avea cel mult 128 de caractere.
pin-wrong = Acest PIN nu a funcționat.
pin-wait = Vă rugăm să așteptați { $seconds ->
        [one] { $seconds } secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } înainte să încercați din nou.
pin-wait-minutes = Vă rugăm să așteptați { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } înainte să încercați din nou.
pin-attempts = { $count ->
        [one] { $count } încercare greșită
        [few] { $count } încercări greșite
       *[other] { $count } de încercări greșite
    }
pin-changed = PIN-ul a fost schimbat.
pin-change = Schimbați PIN-ul
pin-current = PIN-ul actual
pin-new = PIN-ul nou
pin-in-use = Acest PIN este deja folosit. Alegeți altul.
pin-forgot = Ați uitat PIN-ul?
pin-forgot-help = Numerele de ajutor și drepturile dumneavoastră funcționează și fără PIN. Jurnalul și planul de siguranță nu pot fi deschise fără el. Nimeni nu îl poate recupera pentru dumneavoastră.

## Unlock status

status-locked = Blocat
status-unlocked = Deschis
status-setup-needed = Nu este pregătit încă
unlock-working = Se deschide…

## Setup (first use)

setup-welcome = Această aplicație vă poate ajuta să rămâneți în siguranță și să găsiți ajutor.
setup-private = Tot ce scrieți rămâne pe acest telefon, blocat cu PIN-ul dumneavoastră.
setup-disguise = Aplicația arată ca un calculator. Pentru a o deschide, scrieți PIN-ul și apoi apăsați =.
setup-measure = Se pregătește. Durează câteva secunde.
setup-done = Sunteți gata.

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = Ceva nu a mers bine. Ce făceați nu s-a terminat. Vă rugăm să încercați din nou.
error-storage-full = Telefonul este plin. Ștergeți câteva poze sau aplicații, apoi încercați din nou.
error-damaged = Unele date salvate nu pot fi citite. Nu au fost șterse.
error-newer-version = Aceste date au fost salvate de o versiune mai nouă a aplicației. Vă rugăm să actualizați aplicația.
error-keystore = Spațiul securizat al telefonului nu este disponibil acum. Deblocați telefonul și încercați din nou.
error-key-missing = Aceste date au fost create pe alt telefon și nu pot fi deschise aici.
error-locked = Vă rugăm să introduceți mai întâi PIN-ul.
error-busy = Aplicația este ocupată. Vă rugăm să încercați din nou peste puțin timp.
error-not-set-up = Nu există încă un PIN. Alegeți mai întâi un PIN.
error-already-set-up = Există deja un PIN. Ca să o luați de la capăt, resetați aplicația.
error-not-found = Nu există nicio însemnare cu acest număr. Verificați numărul și încercați din nou.
error-deleted = Această însemnare a fost ștearsă. Nu mai poate fi modificată.
error-journal-not-empty = Jurnalul de pe acest telefon are deja însemnări. Un jurnal poate fi mutat doar într-un jurnal gol.
error-file-not-found = Acolo nu există niciun fișier cu acest nume. Verificați numele și folderul.
error-file-exists = Acolo există deja un fișier cu acest nume. Alegeți alt nume.
error-no-permission = Aplicația nu are voie să folosească acel loc. Alegeți alt folder.
error-file = Telefonul nu a putut citi sau scrie fișierul. Nu s-a schimbat nimic.
error-cancelled = S-a oprit. Nu s-a păstrat nimic.
error-wrong-confirmation = Codul pe care l-ați scris nu este cel afișat. Nu s-a șters nimic.
error-not-allowed = Acest lucru se poate face doar cu PIN-ul principal.
error-text-empty = Însemnarea este goală. Scrieți mai întâi ceva.
error-text-too-long = Însemnarea este prea lungă. Împărțiți-o în două însemnări.
error-tags-too-many = O însemnare poate avea cel mult { $max ->
        [one] { $max } etichetă
        [few] { $max } etichete
       *[other] { $max } de etichete
    }.
error-tag-invalid = O etichetă poate avea între 1 și { $max ->
        [one] { $max } literă sau cifră
        [few] { $max } litere sau cifre
       *[other] { $max } de litere sau cifre
    }.
error-category-unknown = Alegeți una dintre categoriile din listă.
error-attachments-too-many = O însemnare poate avea cel mult { $max ->
        [one] { $max } fișier
        [few] { $max } fișiere
       *[other] { $max } de fișiere
    }.
error-attachments-too-big = Aceste fișiere sunt prea mari împreună. Împreună pot avea cel mult { $megabytes } MB.
error-attachment-empty = Acest fișier este gol.
error-attachment-too-big = Acest fișier este prea mare. Un fișier poate avea cel mult { $megabytes } MB.
error-attachment-type = Aplicația nu știe ce fel de fișier este acesta.
error-attachment-name = Numele fișierului este prea lung sau are un caracter care nu este permis.
error-entry-id = Acesta nu este un număr de însemnare. Numerele însemnărilor apar în listă.
error-plan-too-many = O parte a planului de siguranță poate avea cel mult { $max ->
        [one] { $max } element
        [few] { $max } elemente
       *[other] { $max } de elemente
    }.
error-plan-too-long = Un element din planul de siguranță poate avea cel mult { $max ->
        [one] { $max } literă
        [few] { $max } litere
       *[other] { $max } de litere
    }.
error-plan-item-empty = Un element din planul de siguranță nu poate fi gol.
error-plan-section = Planul de siguranță nu are nicio parte cu acest nume.
error-age-key = Aceasta nu este o cheie a organizației. O astfel de cheie începe cu age1.
error-export-password-short = Parola fișierului trebuie să aibă cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }.
error-pin-character = Un PIN sau o parolă nu poate avea rânduri noi sau alte caractere invizibile.
error-pin-no-room = Toate locurile pentru PIN-uri sunt ocupate.
error-kdf-range = Aplicația nu permite aceste setări de securitate.
error-country-unknown = Aplicația nu cunoaște acest cod de țară. Folosiți două litere, de exemplu GB.
error-language-unknown = Aplicația nu are această limbă.
error-setting-too-long = Textul este prea lung. Folosiți cel mult { $max ->
        [one] { $max } literă
        [few] { $max } litere
       *[other] { $max } de litere
    }.
error-setting-text = Textul nu poate fi gol și nu poate avea caractere invizibile.
error-setting-not-changeable = Această setare nu poate fi schimbată aici.
error-publisher-key = Aceasta nu este o cheie de editor.
error-question-unknown = Această întrebare nu face parte din verificare.
error-input = Acest lucru nu a fost acceptat. Vă rugăm să verificați și să încercați din nou.
error-database = Aplicația nu a putut termina salvarea sau citirea. Ce făceați nu s-a terminat. Vă rugăm să încercați din nou.
error-pack-not-a-pack = Acesta nu este un fișier cu informații de ajutor.
error-pack-version = Acest fișier cu informații de ajutor este pentru o versiune mai nouă a aplicației. Vă rugăm să actualizați aplicația.
error-pack-truncated = Acest fișier cu informații de ajutor nu este complet. Luați din nou fișierul.
error-pack-malformed = Acest fișier cu informații de ajutor este deteriorat. Luați din nou fișierul.
error-pack-mismatch = O parte din acest fișier cu informații de ajutor nu se potrivește cu sigiliul lui. Luați din nou fișierul.
error-pack-invalid = Acest fișier cu informații de ajutor are o greșeală în conținut și nu a fost folosit. Anunțați organizația care vi l-a dat.
error-pack-misleading = Acest fișier cu informații de ajutor arată altceva decât face (de exemplu, un număr care nu este cel la care sună). Nu a fost folosit.
error-pack-reserved = Acest fișier cu informații de ajutor se dă drept ajutorul inclus în aplicație. Nu a fost folosit.
error-pack-version-too-high = Acest fișier cu informații de ajutor are un număr de versiune care nu este permis. Nu a fost folosit.
error-export-wrong-key = Acest fișier nu a fost făcut pentru această cheie.
error-not-available = Acest lucru nu este disponibil aici.

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    Comenzi:
      helplines [country]   numere de ajutor
      rights [words]        drepturile dumneavoastră
      resources [words]     alt ajutor
      tips                  sfaturi de siguranță
      check                 verificați-vă situația
      journal [page]        jurnalul dumneavoastră
      write                 scrieți o însemnare nouă
      edit N · delete N     modificați sau ștergeți însemnarea N
      plan · plan-set       planul dumneavoastră de siguranță
      export FILE           creați un fișier blocat pentru un asistent social
      lock                  blocați jurnalul
      x                     ascundeți acum (afișează calculatorul)
      quit                  ieșiți din aplicație
shell-unknown-command = „{ $command }” nu este o comandă. Scrieți cuvântul help ca să vedeți comenzile.
shell-usage = Aplicația nu a înțeles această comandă. Scrieți harbour --help ca să vedeți ce poate face.
shell-notes-title = Notițe
input-not-text = Ce ați scris nu a putut fi citit ca text. Vă rugăm să scrieți din nou.
input-ended = Textul introdus s-a oprit înainte ca răspunsul să fie complet. Nu s-a schimbat nimic.
unlock-wrong-tries = { $count ->
        [one] De când ați deschis ultima dată aplicația, cineva a introdus { $count } PIN greșit.
        [few] De când ați deschis ultima dată aplicația, cineva a introdus { $count } PIN-uri greșite.
       *[other] De când ați deschis ultima dată aplicația, cineva a introdus { $count } de PIN-uri greșite.
    }
calibrate-result = Deschiderea va dura aproximativ { $ms } ms. Folosește { $mib } MB de memorie. Numărul de treceri: { $passes }.
packs-line = { $title } ({ $pack }, versiunea { $version }) de la { $publisher }
reset-type-code = Ca să ștergeți tot, scrieți acest cod: { $code }

## Quick exit and locking

hide-now = Ascunde acum
hidden-explain = Apăsați „Ascunde” oricând. Aplicația se închide și afișează calculatorul.
auto-lock = Blocare după
auto-lock-minutes = { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }
auto-lock-never = Doar când o ascund eu

## Settings

settings-language = Limba
settings-country = Țara
settings-disguise = Aspectul aplicației
settings-about = Despre această aplicație
settings-draft-translation = Această traducere nu a fost încă verificată de un vorbitor nativ.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
