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

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = May nangyaring mali, at hindi natapos ang ginagawa mo. Pakisubukan ulit.
error-storage-full = Puno na ang telepono. Magbura ng ilang litrato o app, at subukan ulit.
error-damaged = May ilang naka-save na data na hindi mabasa. Hindi ito nabura.
error-newer-version = Na-save ang data na ito ng mas bagong bersyon ng app. Paki-update ang app.
error-keystore = Hindi magamit ngayon ang ligtas na storage ng telepono. I-unlock ang telepono at subukan ulit.
error-key-missing = Ginawa ang data na ito sa ibang telepono at hindi ito mabubuksan dito.
error-locked = Pakilagay muna ang iyong PIN.
error-busy = Abala ang app. Pakisubukan ulit maya-maya.
error-not-set-up = Wala pang PIN. Pumili muna ng PIN.
error-already-set-up = May PIN na. Para magsimula ulit, gamitin ang “I-reset”.
error-not-found = Walang tala na may ganyang numero. Suriin ang numero at subukan ulit.
error-deleted = Binura na ang talang ito. Hindi na ito mababago.
error-journal-not-empty = May mga tala na ang journal sa teleponong ito. Puwede lang ilipat ang journal sa journal na wala pang laman.
error-file-not-found = Walang file na may ganyang pangalan doon. Suriin ang pangalan at ang folder.
error-file-exists = Mayroon nang file na may ganyang pangalan doon. Pumili ng ibang pangalan.
error-no-permission = Hindi puwedeng gamitin ng app ang lugar na iyan. Pumili ng ibang folder.
error-file = Hindi mabasa o maisulat ng telepono ang file. Walang binago.
error-cancelled = Itinigil na. Walang na-save.
error-wrong-confirmation = Iba ang code na tinype mo sa code na ipinakita. Walang binura.
error-not-allowed = Ang pangunahing PIN lang ang makakagawa nito.
error-text-empty = Walang laman ang tala. Magsulat muna ng kahit ano.
error-text-too-long = Masyadong mahaba ang tala. Hatiin ito sa dalawang tala.
error-tags-too-many = Hanggang { $max } tag lang ang puwede sa isang tala.
error-tag-invalid = Dapat may 1 hanggang { $max } na letra o numero ang isang tag.
error-category-unknown = Pumili ng isa sa mga uri sa listahan.
error-attachments-too-many = Hanggang { $max } file lang ang puwede sa isang tala.
error-attachments-too-big = Masyadong malaki ang mga file na ito kapag pinagsama. Hanggang { $megabytes } MB lang ang puwede sa kabuuan.
error-attachment-empty = Walang laman ang file na ito.
error-attachment-too-big = Masyadong malaki ang file na ito. Hanggang { $megabytes } MB lang ang puwede sa isang file.
error-attachment-type = Hindi alam ng app kung anong uri ng file ito.
error-attachment-name = Masyadong mahaba ang pangalan ng file, o may character ito na hindi puwede.
error-entry-id = Hindi iyan numero ng tala. Makikita sa listahan ang mga numero ng tala.
error-plan-too-many = Hanggang { $max } item lang ang puwede sa isang bahagi ng plano para sa kaligtasan.
error-plan-too-long = Hanggang { $max } letra lang ang puwede sa isang item ng plano para sa kaligtasan.
error-plan-item-empty = Hindi puwedeng walang laman ang isang item ng plano para sa kaligtasan.
error-plan-section = Walang bahagi ng plano para sa kaligtasan na may ganyang pangalan.
error-age-key = Hindi ito key ng organisasyon. Nagsisimula sa age1 ang ganitong key.
error-export-password-short = Dapat may { $min } o higit pang character ang password ng file.
error-pin-character = Hindi puwedeng may bagong linya o ibang character na hindi nakikita ang PIN o passphrase.
error-pin-no-room = Puno na ang lahat ng puwesto para sa PIN.
error-kdf-range = Hindi pinapayagan ng app ang mga setting ng seguridad na ito.
error-country-unknown = Hindi alam ng app ang code ng bansang ito. Gumamit ng dalawang letra, halimbawa GB.
error-language-unknown = Wala sa app ang wikang ito.
error-setting-too-long = Masyadong mahaba ito. Hanggang { $max } letra lang ang puwede.
error-setting-text = Hindi puwedeng walang laman ito, o may character na hindi nakikita.
error-setting-not-changeable = Hindi mapapalitan dito ang setting na ito.
error-publisher-key = Hindi ito key ng publisher.
error-question-unknown = Hindi bahagi ng pagsusuri ang tanong na ito.
error-input = Hindi ito tinanggap. Pakisuri ito at subukan ulit.
error-database = Hindi natapos ng app ang pag-save o ang pagbasa. Hindi natapos ang ginagawa mo. Pakisubukan ulit.
error-pack-not-a-pack = Hindi ito file ng impormasyon ng tulong.
error-pack-version = Para sa mas bagong bersyon ng app ang file ng tulong na ito. Paki-update ang app.
error-pack-truncated = Kulang ang file ng tulong na ito. Kunin ulit ang file.
error-pack-malformed = Sira ang file ng tulong na ito. Kunin ulit ang file.
error-pack-mismatch = May bahagi ng file ng tulong na ito na hindi tugma sa selyo nito. Kunin ulit ang file.
error-pack-invalid = May mali sa impormasyon ng tulong sa file na ito, kaya hindi ito ginamit. Sabihan ang organisasyong nagbigay nito.
error-pack-misleading = May ipinapakita ang file ng tulong na ito na iba sa ginagawa nito (halimbawa, isang numerong iba sa tinatawagan nito). Hindi ito ginamit.
error-pack-reserved = Nagkukunwari ang file ng tulong na ito na ito ang sariling tulong ng app. Hindi ito ginamit.
error-pack-version-too-high = May numero ng bersyon ang file ng tulong na ito na hindi pinapayagan. Hindi ito ginamit.
error-export-wrong-key = Hindi ginawa ang file na ito para sa key na ito.
error-not-available = Hindi ito magagamit dito.

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    Mga command:
      helplines [country]   mga numero ng tulong
      rights [words]        ang iyong mga karapatan
      resources [words]     iba pang tulong
      tips                  mga payo para manatiling ligtas
      check                 suriin ang iyong sitwasyon
      journal [page]        ang iyong journal
      write                 magsulat ng bagong tala
      edit N · delete N     baguhin o burahin ang tala N
      plan · plan-set       ang iyong plano para sa kaligtasan
      export FILE           gumawa ng naka-lock na file para sa caseworker
      lock                  i-lock ang journal
      x                     itago ngayon (ipinapakita ang calculator)
      quit                  lumabas sa app
shell-unknown-command = Hindi command ang “{ $command }”. I-type ang help para makita ang mga command.
shell-usage = Hindi naintindihan ng app ang command na ito. I-type ang harbour --help para makita kung ano ang kaya nitong gawin.
shell-notes-title = Mga tala
input-not-text = Hindi mabasa bilang text ang tinype mo. Paki-type ulit.
input-ended = Naputol ang input bago natapos ang sagot. Walang binago.
unlock-wrong-tries = { $count ->
        [one] Mula nang huli mong buksan ang app, may nag-type ng { $count } maling PIN.
       *[other] Mula nang huli mong buksan ang app, may nag-type ng { $count } maling PIN.
    }
calibrate-result = Aabutin ng mga { $ms } ms ang pagbukas. Gagamit ito ng { $mib } MB na memory at { $passes } ikot.
packs-line = { $title } ({ $pack }, bersyon { $version }) mula sa { $publisher }
reset-type-code = Para burahin ang lahat, i-type ulit ang code na ito: { $code }

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
