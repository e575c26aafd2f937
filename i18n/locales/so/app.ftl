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
pin-choose-hint = Isticmaal 4 ilaa 12 lambar, ama PIN dheer oo leh 8 xaraf ama ka badan. Dooro wax aanay dadka kale qiyaasi karin.
pin-confirm = Mar kale qor isla PIN-kaas
pin-enter = Geli PIN-kaaga
pin-mismatch = Labada PIN way kala duwan yihiin. Fadlan isku day mar kale.
pin-too-short = PIN-ku waa inuu lahaadaa ugu yaraan 4 lambar.
pin-too-long = PIN-ku wuxuu yeelan karaa ugu badnaan 12 lambar.
pin-passphrase-too-short = PIN-ka dheer waa inuu lahaadaa ugu yaraan 8 xaraf.
pin-passphrase-too-long = PIN-ka dheer wuxuu yeelan karaa ugu badnaan 128 xaraf.
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

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = Wax baa khaldamay. Waxa aad samaynaysay lama dhammaystirin. Fadlan isku day mar kale.
error-storage-full = Taleefanku waa buuxaa. Tirtir sawirro ama app-yo qaarkood, kadibna isku day mar kale.
error-damaged = Xogta la kaydiyay qaarkeed lama akhrin karo. Lama tirtirin.
error-newer-version = Xogtan waxaa kaydiyay nooc ka cusub oo app-ka ah. Fadlan cusboonaysii app-ka.
error-keystore = Kaydka ammaanka ah ee taleefanka hadda lama heli karo. Fur taleefanka oo isku day mar kale.
error-key-missing = Xogtan waxaa lagu sameeyay taleefan kale, halkanna laguma furi karo.
error-locked = Fadlan marka hore geli PIN-kaaga.
error-busy = App-ku hadda wuu mashquulsan yahay. Fadlan isku day mar kale wax yar kadib.
error-not-set-up = Weli PIN ma jiro. Marka hore dooro PIN.
error-already-set-up = PIN horey ayaa loo doortay. Si aad dib u bilowdo, isticmaal “Dib u habee”.
error-not-found = Ma jiro qoraal lambarkaas leh. Hubi lambarka oo isku day mar kale.
error-deleted = Qoraalkan waa la tirtiray. Lama beddeli karo.
error-journal-not-empty = Xusuus-qorka taleefankan qoraallo ayaa horey ugu jira. Xusuus-qor waxaa lagu soo wareejin karaa xusuus-qor madhan oo keliya.
error-file-not-found = Halkaas ma jiro fayl magacaas leh. Hubi magaca iyo galka.
error-file-exists = Fayl magacaas leh ayaa horey halkaas u yaal. Dooro magac kale.
error-no-permission = App-ka looma oggola inuu isticmaalo meeshaas. Dooro gal kale.
error-file = Taleefanku ma akhrin karin faylka, mana qori karin. Waxba lama beddelin.
error-cancelled = Waa la joojiyay. Waxba lama kaydin.
error-wrong-confirmation = Koodhka aad qortay ma aha kii la muujiyay. Waxba lama tirtirin.
error-not-allowed = PIN-ka koowaad oo keliya ayaa tan samayn kara.
error-text-empty = Qoraalku waa madhan yahay. Marka hore wax qor.
error-text-too-long = Qoraalku aad buu u dheer yahay. U kala qaybi laba qoraal.
error-tags-too-many = Qoraal wuxuu yeelan karaa ugu badnaan { $max } calaamad.
error-tag-invalid = Calaamaddu waxay yeelan kartaa 1 ilaa { $max } xaraf ama lambar.
error-category-unknown = Dooro mid ka mid ah noocyada liiska ku jira.
error-attachments-too-many = Qoraal wuxuu yeelan karaa ugu badnaan { $max } fayl.
error-attachments-too-big = Faylashan marka la isku daro aad bay u weyn yihiin. Wadar ahaan waxay gaari karaan ilaa { $megabytes } MB.
error-attachment-empty = Faylkan waa madhan yahay.
error-attachment-too-big = Faylkan aad buu u weyn yahay. Fayl kasta wuxuu gaari karaa ilaa { $megabytes } MB.
error-attachment-type = App-ku ma garanayo nooca faylkan.
error-attachment-name = Magaca faylka aad buu u dheer yahay, ama wuxuu leeyahay xaraf aan la oggolayn.
error-entry-id = Taasi ma aha lambar qoraal. Lambarrada qoraallada waxaa lagu muujiyaa liiska.
error-plan-too-many = Qayb kasta oo qorshaha badbaadada ah waxay yeelan kartaa ugu badnaan { $max } qodob.
error-plan-too-long = Qodob kasta oo qorshaha badbaadada ah wuxuu yeelan karaa ugu badnaan { $max } xaraf.
error-plan-item-empty = Qodob kasta oo qorshaha badbaadada ah ma noqon karo mid madhan.
error-plan-section = Qorshaha badbaadada ma laha qayb magacaas leh.
error-age-key = Kani ma aha furaha hay'ad. Furaha noocaas ahi wuxuu ku bilaabmaa age1.
error-export-password-short = Weedha sirta ah ee faylku waa inay lahaataa { $min } xaraf ama ka badan.
error-pin-character = PIN iyo PIN dheer midna ma yeelan karo sadar cusub ama xarfo kale oo aan muuqan.
error-pin-no-room = Dhammaan meelaha PIN-ka way buuxaan.
error-kdf-range = Dejintan ammaanku waxay ka baxsan tahay waxa app-ku oggol yahay.
error-country-unknown = App-ku ma yaqaan koodhkan dalka. Isticmaal laba xaraf, tusaale ahaan GB.
error-language-unknown = App-ku ma laha luqaddan.
error-setting-too-long = Tani aad bay u dheer tahay. Isticmaal ugu badnaan { $max } xaraf.
error-setting-text = Tani ma noqon karto madhan, mana yeelan karto xarfo aan muuqan.
error-setting-not-changeable = Dejintan halkan laguma beddeli karo.
error-publisher-key = Kani ma aha furaha daabacaha.
error-question-unknown = Su'aashani kama mid aha hubinta.
error-input = Tan lama aqbalin. Fadlan hubi oo isku day mar kale.
error-database = App-ku ma dhammaystiri karin kaydinta ama akhrinta. Waxa aad samaynaysay lama dhammaystirin. Fadlan isku day mar kale.
error-pack-not-a-pack = Kani ma aha fayl macluumaad caawimaad ah.
error-pack-version = Faylkan caawimaadda waxaa loogu talagalay nooc ka cusub oo app-ka ah. Fadlan cusboonaysii app-ka.
error-pack-truncated = Faylkan caawimaadda ma dhammaystirna. Mar kale soo qaado faylka.
error-pack-malformed = Faylkan caawimaadda waa xumaaday. Mar kale soo qaado faylka.
error-pack-mismatch = Qayb ka mid ah faylkan caawimaadda ma waafaqsana shaabaddiisa. Mar kale soo qaado faylka.
error-pack-invalid = Caawimaadda faylkan waxaa ku jira khalad. Lama isticmaalin. U sheeg hay'adda ku siisay.
error-pack-misleading = Faylkan caawimaadda wuxuu muujinayaa wax aan ahayn waxa uu dhab ahaan sameeyo (tusaale ahaan, lambar aan ahayn kan uu wacayo). Lama isticmaalin.
error-pack-reserved = Faylkan caawimaadda wuxuu iska dhigayaa caawimaadda app-ka lafteeda. Lama isticmaalin.
error-pack-version-too-high = Faylkan caawimaadda wuxuu leeyahay lambar nooc oo aan la oggolayn. Lama isticmaalin.
error-export-wrong-key = Faylkan looma samayn furahan.
error-not-available = Tani halkan lagama heli karo.

## Barnaamijka desktop-ka (terminal loogu talagalay tijaabada iyo qofka kiiska haya). Amarrada sida
## `helplines` ama `write` waxay ku hadhayaan Ingiriis: waa waxa qofku qoro.

shell-help =
    Amarrada:
      helplines [country]   lambarrada caawimaadda
      rights [words]        xuquuqdaada
      resources [words]     caawimaad kale
      tips                  talooyinka badbaadada
      check                 hubi xaaladdaada
      journal [page]        xusuus-qorkaaga
      write                 qor qoraal cusub
      edit N · delete N     beddel ama tirtir qoraalka N
      plan · plan-set       qorshahaaga badbaadada
      export FILE           samee fayl xiran oo loogu talagalay qofka kiiskaaga haya
      lock                  xir xusuus-qorka
      x                     hadda qari (wuxuu muujiyaa xisaabiyaha)
      quit                  ka bax
shell-unknown-command = “{ $command }” ma aha amar. Qor erayga help si aad u aragto amarrada.
shell-usage = App-ku ma fahmin amarkan. Qor harbour --help si aad u aragto waxa uu samayn karo.
shell-notes-title = Qoraallo
input-not-text = Waxa aad qortay looma akhrin karin qoraal ahaan. Fadlan mar kale qor.
input-ended = Gelintu way dhammaatay ka hor intaanay jawaabtu dhammaystirmin. Waxba lama beddelin.
unlock-wrong-tries = { $count ->
        [one] Tan iyo markii ugu dambaysay ee aad app-ka furtay, qof ayaa qoray { $count } PIN oo khaldan.
       *[other] Tan iyo markii ugu dambaysay ee aad app-ka furtay, qof ayaa qoray { $count } PIN oo khaldan.
    }
calibrate-result = Furitaanku wuxuu qaadan doonaa qiyaastii { $ms } ms. Wuxuu isticmaalaa { $mib } MB oo xusuus ah iyo { $passes } wareeg.
packs-line = { $title } ({ $pack }, nooca { $version }), waxaa soo saaray { $publisher }
reset-type-code = Si aad wax kasta u tirtirto, dib u qor koodhkan: { $code }

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
