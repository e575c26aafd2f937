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

## Errors (never show technical words to the person)

error-generic = Ceva nu a mers bine. Nu s-a pierdut nimic. Vă rugăm să încercați din nou.
error-storage-full = Telefonul este plin. Ștergeți câteva poze sau aplicații, apoi încercați din nou.
error-damaged = Unele date salvate nu pot fi citite. Nu au fost șterse.
error-newer-version = Aceste date au fost salvate de o versiune mai nouă a aplicației. Vă rugăm să actualizați aplicația.
error-keystore = Spațiul securizat al telefonului nu este disponibil acum. Deblocați telefonul și încercați din nou.
error-key-missing = Aceste date au fost create pe alt telefon și nu pot fi deschise aici.
error-locked = Vă rugăm să introduceți mai întâi PIN-ul.
error-busy = Aplicația este ocupată. Vă rugăm să încercați din nou peste puțin timp.

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
