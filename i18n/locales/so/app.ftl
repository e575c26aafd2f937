## Harbour — shaashadaha guud, PIN, xaaladda iyo khaladaadka.
## Weedho gaagaaban. Erayo fudud. Akhristuhu wuu baqayaa ama wuu degdegayaa.

app-name = Harbour

## Navigation

nav-help = Hel caawimaad
nav-rights = Xuquuqdaada
nav-check = Hubi xaaladdaada
nav-plan = Qorshaha badbaadada
nav-journal = Xusuus-qor
nav-settings = Dejinta
nav-hide = Qari
    .hint = Wax walba wuu xiraa oo wuxuu muujiyaa xisaabiyaha.

action-back = Dib u noqo
action-cancel = Jooji
action-save = Kaydi
action-delete = Tirtir
action-edit = Wax ka beddel
action-done = Dhammaatay
action-next = Xiga
action-yes = Haa
action-no = Maya
action-not-sure = Ma hubo
action-search = Raadi
action-try-again = Isku day mar kale
action-copy = Koobiyee
action-call = Wac
action-text = Dir fariin qoraal ah
action-open = Fur

## PIN and unlocking

pin-choose = Dooro PIN
pin-choose-hint = Isticmaal 4 ilaa 12 lambar, ama weedh sir ah oo leh 8 xaraf ama ka badan. Dooro wax aanay dadka kale qiyaasi karin.
pin-confirm = Mar kale qor isla PIN-kaas
pin-enter = Geli PIN-kaaga
pin-mismatch = Labada PIN way kala duwan yihiin. Fadlan isku day mar kale.
pin-too-short = PIN-ku waa inuu lahaadaa ugu yaraan 4 lambar.
pin-too-long = PIN-ku wuxuu yeelan karaa ugu badnaan 12 lambar.
pin-passphrase-too-short = Weedha sirta ahi waa inay lahaataa ugu yaraan 8 xaraf.
pin-passphrase-too-long = Weedha sirta ahi waxay yeelan kartaa ugu badnaan 128 xaraf.
pin-wrong = PIN-kaasi ma shaqayn.
pin-wait = Fadlan sug { $seconds ->
        [one] { $seconds } ilbiriqsi
       *[other] { $seconds } ilbiriqsi
    } ka hor intaadan mar kale isku dayin.
pin-wait-minutes = Fadlan sug { $minutes ->
        [one] { $minutes } daqiiqo
       *[other] { $minutes } daqiiqo
    } ka hor intaadan mar kale isku dayin.
pin-attempts = { $count ->
        [one] { $count } isku day oo khaldan
       *[other] { $count } isku day oo khaldan
    }
pin-changed = PIN-kaaga waa la beddelay.
pin-change = Beddel PIN-ka
pin-current = PIN-kaaga hadda
pin-new = PIN-kaaga cusub
pin-in-use = PIN-kan horey ayaa loo isticmaalay. Dooro mid kale.
pin-forgot = Ma ilowday PIN-kaaga?
pin-forgot-help = Lambarrada caawimaadda iyo xuquuqdaada way shaqeeyaan xitaa PIN la'aan. Xusuus-qorkaaga iyo qorshahaaga badbaadada lama furi karo PIN la'aan. Qofna kuuma soo celin karo.

## Unlock status

status-locked = Xiran
status-unlocked = Furan
status-setup-needed = Weli lama diyaarin
unlock-working = Waa la furayaa…

## Setup (first use)

setup-welcome = App-kan wuxuu kaa caawin karaa inaad badbaado oo aad hesho caawimaad.
setup-private = Wax kasta oo aad qorto waxay ku jiraan taleefankan oo keliya, waxaana lagu xiray PIN-kaaga.
setup-disguise = App-ku wuxuu u eg yahay xisaabiye. Si aad u furto, qor PIN-kaaga, kadibna riix =.
setup-measure = Waa la diyaarinayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi.
setup-done = Diyaar baad tahay.

## Errors (never show technical words to the person)

error-generic = Wax baa khaldamay. Waxba ma lumin. Fadlan isku day mar kale.
error-storage-full = Taleefanku waa buuxaa. Tirtir sawirro ama app-yo qaarkood, kadibna isku day mar kale.
error-damaged = Xogta la kaydiyay qaarkeed lama akhrin karo. Lama tirtirin.
error-newer-version = Xogtan waxaa kaydiyay nooc ka cusub oo app-ka ah. Fadlan cusboonaysii app-ka.
error-keystore = Kaydka ammaanka ah ee taleefanka hadda lama heli karo. Fur taleefanka oo isku day mar kale.
error-key-missing = Xogtan waxaa lagu sameeyay taleefan kale, halkanna laguma furi karo.
error-locked = Fadlan marka hore geli PIN-kaaga.
error-busy = App-ku hadda wuu mashquulsan yahay. Fadlan isku day mar kale wax yar kadib.

## Quick exit and locking

hide-now = Hadda qari
hidden-explain = Riix “Qari” wakhti kasta. App-ku wuu xirmaa oo wuxuu muujiyaa xisaabiyaha.
auto-lock = Xir kadib
auto-lock-minutes = { $minutes ->
        [one] { $minutes } daqiiqo
       *[other] { $minutes } daqiiqo
    }
auto-lock-never = Keliya marka aan qariyo

## Settings

settings-language = Luqadda
settings-country = Dalka
settings-disguise = Muuqaalka app-ka
settings-about = Ku saabsan app-kan
settings-draft-translation = Tarjumaddan weli ma hubin qof Af-Soomaaligu yahay afkiisa hooyo.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maayo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Noofeembar
month-12 = Diseembar
