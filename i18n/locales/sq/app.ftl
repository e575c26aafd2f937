## Harbour — general screens, PIN, status and errors.
## Reference locale. Short sentences. Plain words. The reader may be frightened or in a hurry.

app-name = Harbour

## Navigation

nav-help = Merrni ndihmë
nav-rights = Të drejtat tuaja
nav-check = Kontrolloni situatën tuaj
nav-plan = Plani i sigurisë
nav-journal = Ditari
nav-settings = Cilësimet
nav-hide = Fshih
    .hint = Mbyll gjithçka dhe shfaq makinën llogaritëse.

action-back = Prapa
action-cancel = Anulo
action-save = Ruaj
action-delete = Fshi
action-edit = Ndrysho
action-done = Gati
action-next = Vazhdo
action-yes = Po
action-no = Jo
action-not-sure = Nuk e di me siguri
action-search = Kërko
action-try-again = Provo përsëri
action-copy = Kopjo
action-call = Telefono
action-text = Dërgo mesazh
action-open = Hap

## PIN and unlocking

pin-choose = Zgjidhni një PIN
pin-choose-hint = Përdorni 4 deri në 12 numra, ose një fjalëkalim me 8 ose më shumë shenja. Zgjidhni diçka që të tjerët nuk e gjejnë dot.
pin-confirm = Shkruani përsëri të njëjtin PIN
pin-enter = Shkruani PIN-in tuaj
pin-mismatch = Të dy PIN-et janë të ndryshëm. Ju lutemi provoni përsëri.
pin-too-short = PIN-i duhet të ketë të paktën 4 numra.
pin-too-long = PIN-i mund të ketë deri në 12 numra.
pin-passphrase-too-short = Fjalëkalimi duhet të ketë të paktën 8 shenja.
pin-passphrase-too-long = Fjalëkalimi mund të ketë deri në 128 shenja.
pin-wrong = Ky PIN nuk funksionoi.
pin-wait = Ju lutemi prisni { $seconds ->
        [one] { $seconds } sekondë
       *[other] { $seconds } sekonda
    } para se të provoni përsëri.
pin-wait-minutes = Ju lutemi prisni { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    } para se të provoni përsëri.
pin-attempts = { $count ->
        [one] { $count } provë e gabuar
       *[other] { $count } prova të gabuara
    }
pin-changed = PIN-i juaj u ndryshua.
pin-change = Ndryshoni PIN-in
pin-current = PIN-i juaj i tanishëm
pin-new = PIN-i juaj i ri
pin-in-use = Ky PIN përdoret tashmë. Zgjidhni një tjetër.
pin-forgot = E keni harruar PIN-in?
pin-forgot-help = Numrat e ndihmës dhe të drejtat tuaja funksionojnë edhe pa PIN. Ditari dhe plani i sigurisë nuk hapen dot pa të. Askush nuk mund ta rikthejë për ju.

## Unlock status

status-locked = I kyçur
status-unlocked = I hapur
status-setup-needed = Ende nuk është përgatitur
unlock-working = Po hapet…

## Setup (first use)

setup-welcome = Ky aplikacion mund t’ju ndihmojë të qëndroni të sigurt dhe të gjeni ndihmë.
setup-private = Gjithçka që shkruani mbetet në këtë telefon, e kyçur me PIN-in tuaj.
setup-disguise = Aplikacioni duket si makinë llogaritëse. Për ta hapur, shkruani PIN-in tuaj dhe pastaj shtypni =.
setup-measure = Po përgatitet. Kjo zgjat disa sekonda.
setup-done = Jeni gati.

## Errors (never show technical words to the person)

error-generic = Diçka shkoi keq. Asgjë nuk humbi. Ju lutemi provoni përsëri.
error-storage-full = Telefoni është plot. Fshini disa foto ose aplikacione, pastaj provoni përsëri.
error-damaged = Disa të dhëna të ruajtura nuk mund të lexohen. Ato nuk janë fshirë.
error-newer-version = Këto të dhëna janë ruajtur nga një version më i ri i aplikacionit. Ju lutemi përditësoni aplikacionin.
error-keystore = Hapësira e sigurt e telefonit nuk është gati tani. Zhbllokoni telefonin dhe provoni përsëri.
error-key-missing = Këto të dhëna janë bërë në një telefon tjetër dhe nuk mund të hapen këtu.
error-locked = Ju lutemi shkruani fillimisht PIN-in tuaj.
error-busy = Aplikacioni është i zënë. Ju lutemi provoni përsëri pas pak.

## Quick exit and locking

hide-now = Fshih tani
hidden-explain = Prekni „Fshih“ në çdo kohë. Aplikacioni mbyllet dhe shfaq makinën llogaritëse.
auto-lock = Kyçja pas
auto-lock-minutes = { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }
auto-lock-never = Vetëm kur e fsheh unë

## Settings

settings-language = Gjuha
settings-country = Shteti
settings-disguise = Pamja e aplikacionit
settings-about = Rreth këtij aplikacioni
settings-draft-translation = Ky përkthim ende nuk është kontrolluar nga një folës amtar.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor
