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
nav-hide = Dil shpejt
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

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = Diçka shkoi keq. Ajo që po bënit nuk përfundoi. Ju lutemi provoni përsëri.
error-storage-full = Telefoni është plot. Fshini disa foto ose aplikacione, pastaj provoni përsëri.
error-damaged = Disa të dhëna të ruajtura nuk mund të lexohen. Ato nuk janë fshirë.
error-newer-version = Këto të dhëna janë ruajtur nga një version më i ri i aplikacionit. Ju lutemi përditësoni aplikacionin.
error-keystore = Hapësira e sigurt e telefonit nuk është gati tani. Zhbllokoni telefonin dhe provoni përsëri.
error-key-missing = Këto të dhëna janë bërë në një telefon tjetër dhe nuk mund të hapen këtu.
error-locked = Ju lutemi shkruani fillimisht PIN-in tuaj.
error-busy = Aplikacioni është i zënë. Ju lutemi provoni përsëri pas pak.
error-not-set-up = Ende nuk ka PIN. Zgjidhni fillimisht një PIN.
error-already-set-up = Një PIN është vendosur tashmë. Për të filluar nga e para, përdorni „Rivendosni këtë telefon“.
error-not-found = Nuk ka shënim me këtë numër. Kontrolloni numrin dhe provoni përsëri.
error-deleted = Ky shënim është fshirë. Nuk mund të ndryshohet.
error-journal-not-empty = Ditari në këtë telefon ka tashmë shënime. Një ditar mund të zhvendoset vetëm në një ditar bosh.
error-file-not-found = Aty nuk ka skedar me këtë emër. Kontrolloni emrin dhe dosjen.
error-file-exists = Aty ka tashmë një skedar me këtë emër. Zgjidhni një emër tjetër.
error-no-permission = Aplikacioni nuk ka leje ta përdorë këtë vend. Zgjidhni një dosje tjetër.
error-file = Telefoni nuk mundi ta lexojë ose ta shkruajë skedarin. Asgjë nuk u ndryshua.
error-cancelled = U ndal. Asgjë nuk u ruajt.
error-wrong-confirmation = Kodi që shkruat nuk është ai që u shfaq. Asgjë nuk u fshi.
error-not-allowed = Këtë mund ta bëjë vetëm PIN-i kryesor.
error-text-empty = Shënimi është bosh. Shkruani fillimisht diçka.
error-text-too-long = Shënimi është shumë i gjatë. Ndajeni në dy shënime.
error-tags-too-many = Një shënim mund të ketë deri në { $max } etiketa.
error-tag-invalid = Një etiketë mund të ketë nga 1 deri në { $max } shkronja ose numra.
error-category-unknown = Zgjidhni një nga llojet që janë në listë.
error-attachments-too-many = Një shënim mund të ketë deri në { $max } skedarë.
error-attachments-too-big = Këta skedarë janë shumë të mëdhenj. Të gjithë bashkë mund të kenë deri në { $megabytes } MB.
error-attachment-empty = Ky skedar është bosh.
error-attachment-too-big = Ky skedar është shumë i madh. Një skedar mund të ketë deri në { $megabytes } MB.
error-attachment-type = Aplikacioni nuk e di çfarë lloj skedari është ky.
error-attachment-name = Emri i skedarit është shumë i gjatë, ose ka një shenjë që nuk lejohet.
error-entry-id = Ky nuk është numër shënimi. Numrat e shënimeve shfaqen në listë.
error-plan-too-many = Një pjesë e planit të sigurisë mund të ketë deri në { $max } pika.
error-plan-too-long = Një pikë e planit të sigurisë mund të ketë deri në { $max } shkronja.
error-plan-item-empty = Një pikë e planit të sigurisë nuk mund të jetë bosh.
error-plan-section = Plani i sigurisë nuk ka pjesë me këtë emër.
error-age-key = Ky nuk është çelës organizate. Një çelës i tillë fillon me age1.
error-export-password-short = Fjalëkalimi i skedarit duhet të ketë të paktën { $min } shenja.
error-pin-character = Një PIN ose fjalëkalim nuk mund të ketë kalim në rresht të ri, as shenja të tjera të padukshme.
error-pin-no-room = Të gjitha vendet për PIN janë të zëna.
error-kdf-range = Këto cilësime sigurie janë jashtë asaj që lejon aplikacioni.
error-country-unknown = Aplikacioni nuk e njeh këtë kod shteti. Përdorni dy shkronja, për shembull GB.
error-language-unknown = Aplikacioni nuk e ka këtë gjuhë.
error-setting-too-long = Kjo është shumë e gjatë. Përdorni deri në { $max } shkronja.
error-setting-text = Kjo nuk mund të jetë bosh dhe nuk mund të ketë shenja të padukshme.
error-setting-not-changeable = Ky cilësim nuk mund të ndryshohet këtu.
error-publisher-key = Ky nuk është çelës botuesi.
error-question-unknown = Kjo pyetje nuk është pjesë e kontrollit.
error-input = Kjo nuk u pranua. Ju lutemi kontrollojeni dhe provoni përsëri.
error-database = Aplikacioni nuk mundi ta përfundojë ruajtjen ose leximin. Ajo që po bënit nuk përfundoi. Ju lutemi provoni përsëri.
error-pack-not-a-pack = Ky nuk është skedar me informacion ndihme.
error-pack-version = Ky skedar ndihme është për një version më të ri të aplikacionit. Ju lutemi përditësoni aplikacionin.
error-pack-truncated = Ky skedar ndihme nuk është i plotë. Merreni skedarin përsëri.
error-pack-malformed = Ky skedar ndihme është i dëmtuar. Merreni skedarin përsëri.
error-pack-mismatch = Një pjesë e këtij skedari ndihme nuk përputhet me vulën e tij. Merreni skedarin përsëri.
error-pack-invalid = Ky skedar ndihme ka një gabim në informacionin e ndihmës dhe nuk u përdor. Tregojini organizatës që jua dha.
error-pack-misleading = Ky skedar ndihme tregon diçka tjetër nga ajo që bën (për shembull, tregon një numër, por telefonon një numër tjetër). Nuk u përdor.
error-pack-reserved = Ky skedar ndihme bën sikur është ndihma e vetë aplikacionit. Nuk u përdor.
error-pack-version-too-high = Ky skedar ndihme ka një numër versioni që nuk lejohet. Nuk u përdor.
error-export-wrong-key = Ky skedar nuk është bërë për këtë çelës.
error-not-available = Kjo nuk ofrohet këtu.

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    Komandat:
      helplines [country]   numrat e ndihmës
      rights [words]        të drejtat tuaja
      resources [words]     ndihmë tjetër
      tips                  këshilla sigurie
      check                 kontrolloni situatën tuaj
      journal [page]        ditari juaj
      write                 shkruani një shënim të ri
      edit N · delete N     ndryshoni ose fshini shënimin N
      plan · plan-set       plani juaj i sigurisë
      export FILE           bëni një skedar të kyçur për një punonjës social
      lock                  kyçni ditarin
      x                     dilni tani (shfaqet makina llogaritëse)
      quit                  mbyllni aplikacionin
shell-unknown-command = „{ $command }“ nuk është komandë. Shkruani help për të parë komandat.
shell-usage = Aplikacioni nuk e kuptoi këtë komandë. Shkruani harbour --help për të parë çfarë mund të bëjë.
shell-notes-title = Shënime
input-not-text = Ajo që shkruat nuk mund të lexohet si tekst. Ju lutemi shkruajeni përsëri.
input-ended = Shkrimi u ndërpre para se përgjigjja të ishte e plotë. Asgjë nuk u ndryshua.
unlock-wrong-tries = { $count ->
        [one] Që kur e hapët aplikacionin herën e fundit, dikush shkroi { $count } PIN të gabuar.
       *[other] Që kur e hapët aplikacionin herën e fundit, dikush shkroi { $count } PIN-e të gabuara.
    }
calibrate-result = Hapja do të zgjasë rreth { $ms } ms. Përdor { $mib } MB memorie dhe { $passes ->
        [one] { $passes } kalim
       *[other] { $passes } kalime
    }.
packs-line = { $title } ({ $pack }, versioni { $version }) nga { $publisher }
reset-type-code = Për të fshirë gjithçka, shkruani përsëri këtë kod: { $code }

## Quick exit and locking

hide-now = Dil tani
hidden-explain = Prekni „Dil shpejt“ në çdo kohë. Aplikacioni mbyllet dhe shfaq makinën llogaritëse.
auto-lock = Kyçja pas
auto-lock-minutes = { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }
auto-lock-never = Vetëm kur prek „Dil shpejt“

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
