## Harbour — general screens, PIN, status and errors.
## Tagalog draft. Short sentences. Plain words. Address: "ka/mo/iyo", requests with "paki-".

app-name = Harbour

## Navigation

nav-help = Humingi ng tulong
nav-rights = Ang iyong mga karapatan
nav-check = Suriin ang iyong sitwasyon
nav-plan = Plano para sa kaligtasan
nav-journal = Journal
nav-settings = Mga setting
nav-hide = Itago
    .hint = Isinasara ang lahat at ipinapakita ang calculator.

action-back = Bumalik
action-cancel = Kanselahin
action-save = I-save
action-delete = Burahin
action-edit = I-edit
action-done = Tapos na
action-next = Susunod
action-yes = Oo
action-no = Hindi
action-not-sure = Hindi sigurado
action-search = Maghanap
action-try-again = Subukan ulit
action-copy = Kopyahin
action-call = Tumawag
action-text = Mag-text
action-open = Buksan

## PIN and unlocking

pin-choose = Pumili ng PIN
pin-choose-hint = Gumamit ng 4 hanggang 12 na numero, o isang passphrase na may 8 o higit pang character. Pumili ng hindi mahuhulaan ng iba.
pin-confirm = I-type ulit ang parehong PIN
pin-enter = Ilagay ang iyong PIN
pin-mismatch = Magkaiba ang dalawang PIN. Pakisubukan ulit.
pin-too-short = Dapat may hindi bababa sa 4 na numero ang PIN.
pin-too-long = Hanggang 12 numero lang ang puwede sa PIN.
pin-passphrase-too-short = Dapat may hindi bababa sa 8 character ang passphrase.
pin-passphrase-too-long = Hanggang 128 character lang ang puwede sa passphrase.
pin-wrong = Hindi gumana ang PIN na iyan.
pin-wait = Maghintay muna ng { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundo
    } bago ka sumubok ulit.
pin-wait-minutes = Maghintay muna ng { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuto
    } bago ka sumubok ulit.
pin-attempts = { $count ->
        [one] { $count } maling subok
       *[other] { $count } maling subok
    }
pin-changed = Napalitan na ang iyong PIN.
pin-change = Palitan ang PIN
pin-current = Ang kasalukuyan mong PIN
pin-new = Ang bago mong PIN
pin-in-use = Ginagamit na ang PIN na ito. Pumili ng iba.
pin-forgot = Nakalimutan ang PIN?
pin-forgot-help = Gumagana pa rin ang mga numero ng tulong at ang iyong mga karapatan kahit walang PIN. Hindi mabubuksan ang iyong journal at plano para sa kaligtasan kung wala ang PIN. Walang sinuman ang makakabawi nito para sa iyo.

## Unlock status

status-locked = Naka-lock
status-unlocked = Bukas
status-setup-needed = Hindi pa naka-set up
unlock-working = Binubuksan…

## Setup (first use)

setup-welcome = Makakatulong ang app na ito para manatili kang ligtas at makahanap ng tulong.
setup-private = Lahat ng isusulat mo ay nananatili sa teleponong ito, naka-lock gamit ang iyong PIN.
setup-disguise = Mukhang calculator ang app. Para buksan ito, i-type ang iyong PIN at pindutin ang =.
setup-measure = Naghahanda. Ilang segundo lang ito.
setup-done = Handa ka na.

## Errors (never show technical words to the person)

error-generic = May nangyaring mali. Walang nawala. Pakisubukan ulit.
error-storage-full = Puno na ang telepono. Magbura ng ilang litrato o app, at subukan ulit.
error-damaged = May ilang naka-save na data na hindi mabasa. Hindi ito nabura.
error-newer-version = Na-save ang data na ito ng mas bagong bersyon ng app. Paki-update ang app.
error-keystore = Hindi magamit ngayon ang ligtas na storage ng telepono. I-unlock ang telepono at subukan ulit.
error-key-missing = Ginawa ang data na ito sa ibang telepono at hindi ito mabubuksan dito.
error-locked = Pakilagay muna ang iyong PIN.
error-busy = Abala ang app. Pakisubukan ulit maya-maya.

## Quick exit and locking

hide-now = Itago ngayon
hidden-explain = Pindutin ang “Itago” anumang oras. Magsasara ang app at ipapakita ang calculator.
auto-lock = I-lock pagkalipas ng
auto-lock-minutes = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuto
    }
auto-lock-never = Kapag itinago ko lang

## Settings

settings-language = Wika
settings-country = Bansa
settings-disguise = Itsura ng app
settings-about = Tungkol sa app na ito
settings-draft-translation = Hindi pa nasusuri ng taong katutubong nagsasalita ng Tagalog ang salin na ito.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $month } { $day }, { $year }
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
