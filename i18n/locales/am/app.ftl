## Harbour — general screens, PIN, status and errors.
## Amharic draft. Short sentences. Plain words. The reader may be frightened or in a hurry.
## Sentences use the polite form (እርስዎ). Buttons use the short imperative usual on Amharic phones.

app-name = Harbour

## Navigation

nav-help = እርዳታ ያግኙ
nav-rights = መብቶችዎ
nav-check = ሁኔታዎን ይፈትሹ
nav-plan = የደህንነት እቅድ
nav-journal = ማስታወሻ ደብተር
nav-settings = ቅንብሮች
nav-hide = ደብቅ
    .hint = ሁሉንም ይዘጋና ካልኩሌተሩን ያሳያል።

action-back = ተመለስ
action-cancel = ይቅር
action-save = አስቀምጥ
action-delete = ሰርዝ
action-edit = አስተካክል
action-done = ተጠናቋል
action-next = ቀጣይ
action-yes = አዎ
action-no = አይ
action-not-sure = እርግጠኛ አይደለሁም
action-search = ፈልግ
action-try-again = እንደገና ሞክር
action-copy = ቅዳ
action-call = ደውል
action-text = መልዕክት ላክ
action-open = ክፈት

## PIN and unlocking

pin-choose = ፒን ይምረጡ
pin-choose-hint = ከ4 እስከ 12 ቁጥሮችን ይጠቀሙ፣ ወይም 8 ወይም ከዚያ በላይ ፊደሎች ያሉት የይለፍ ሐረግ ይጠቀሙ። ሌሎች ሊገምቱት የማይችሉትን ይምረጡ።
pin-confirm = ያንኑ ፒን እንደገና ይተይቡ
pin-enter = ፒንዎን ያስገቡ
pin-mismatch = ሁለቱ ፒኖች የተለያዩ ናቸው። እባክዎ እንደገና ይሞክሩ።
pin-too-short = ፒን ቢያንስ 4 ቁጥሮች ሊኖሩት ይገባል።
pin-too-long = ፒን ቢበዛ 12 ቁጥሮች ብቻ ሊኖሩት ይችላል።
pin-passphrase-too-short = የይለፍ ሐረግ ቢያንስ 8 ፊደሎች ሊኖሩት ይገባል።
pin-passphrase-too-long = የይለፍ ሐረግ ቢበዛ 128 ፊደሎች ብቻ ሊኖሩት ይችላል።
pin-wrong = ያ ፒን አልሰራም።
pin-wait = እንደገና ከመሞከርዎ በፊት እባክዎ { $seconds ->
        [one] { $seconds } ሰከንድ
       *[other] { $seconds } ሰከንድ
    } ይጠብቁ።
pin-wait-minutes = እንደገና ከመሞከርዎ በፊት እባክዎ { $minutes ->
        [one] { $minutes } ደቂቃ
       *[other] { $minutes } ደቂቃ
    } ይጠብቁ።
pin-attempts = { $count ->
        [one] { $count } የተሳሳተ ሙከራ
       *[other] { $count } የተሳሳቱ ሙከራዎች
    }
pin-changed = ፒንዎ ተቀይሯል።
pin-change = ፒን ቀይር
pin-current = አሁን ያለው ፒንዎ
pin-new = አዲሱ ፒንዎ
pin-in-use = ይህ ፒን አስቀድሞ ጥቅም ላይ ውሏል። ሌላ ይምረጡ።
pin-forgot = ፒንዎን ረስተዋል?
pin-forgot-help = የእርዳታ ቁጥሮች እና መብቶችዎ ያለ ፒን አሁንም ይሰራሉ። ማስታወሻ ደብተርዎ እና የደህንነት እቅድዎ ያለ ፒን ሊከፈቱ አይችሉም። ማንም ሰው ፒኑን መልሶ ሊያገኝልዎ አይችልም።

## Unlock status

status-locked = ተቆልፏል
status-unlocked = ክፍት
status-setup-needed = ገና አልተዘጋጀም
unlock-working = በመክፈት ላይ…

## Setup (first use)

setup-welcome = ይህ መተግበሪያ ደህንነትዎን እንዲጠብቁ እና እርዳታ እንዲያገኙ ሊረዳዎ ይችላል።
setup-private = የሚጽፉት ሁሉ በዚህ ስልክ ላይ ብቻ ይቀራል፤ በፒንዎ ተቆልፎ።
setup-disguise = መተግበሪያው ካልኩሌተር ይመስላል። ለመክፈት ፒንዎን ይተይቡ፣ ከዚያም = ይጫኑ።
setup-measure = በመዘጋጀት ላይ። ይህ ጥቂት ሰከንዶች ይወስዳል።
setup-done = ዝግጁ ነዎት።

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = የሆነ ችግር ተፈጥሯል። ሲያደርጉት የነበረው ነገር አልተጠናቀቀም። እባክዎ እንደገና ይሞክሩ።
error-storage-full = ስልኩ ሞልቷል። አንዳንድ ፎቶዎችን ወይም መተግበሪያዎችን ይሰርዙ፣ ከዚያም እንደገና ይሞክሩ።
error-damaged = አንዳንድ የተቀመጡ መረጃዎች ሊነበቡ አይችሉም። አልተሰረዙም።
error-newer-version = ይህ መረጃ የተቀመጠው በአዲስ የመተግበሪያው ስሪት ነው። እባክዎ መተግበሪያውን ያዘምኑ።
error-keystore = የስልኩ ደህንነቱ የተጠበቀ ማከማቻ አሁን አይገኝም። ስልኩን ይክፈቱ እና እንደገና ይሞክሩ።
error-key-missing = ይህ መረጃ የተሰራው በሌላ ስልክ ላይ ነው፤ እዚህ ሊከፈት አይችልም።
error-locked = እባክዎ መጀመሪያ ፒንዎን ያስገቡ።
error-busy = መተግበሪያው ሥራ ላይ ነው። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።
error-not-set-up = እስካሁን ፒን የለም። መጀመሪያ ፒን ይምረጡ።
error-already-set-up = ፒን አስቀድሞ ተመርጧል። እንደገና ለመጀመር «ዳግም አስጀምር» የሚለውን ይጠቀሙ።
error-not-found = በዚያ ቁጥር ምንም ማስታወሻ የለም። ቁጥሩን ያረጋግጡ፣ ከዚያም እንደገና ይሞክሩ።
error-deleted = ይህ ማስታወሻ ተሰርዟል። ሊቀየር አይችልም።
error-journal-not-empty = በዚህ ስልክ ላይ ያለው ማስታወሻ ደብተር አስቀድሞ ማስታወሻዎች አሉት። ማስታወሻ ደብተር ሊዛወር የሚችለው ባዶ ወደሆነ ማስታወሻ ደብተር ብቻ ነው።
error-file-not-found = በዚያ ስም ያለ ፋይል እዚያ የለም። ስሙን እና አቃፊውን ያረጋግጡ።
error-file-exists = በዚያ ስም ያለ ፋይል እዚያ አስቀድሞ አለ። ሌላ ስም ይምረጡ።
error-no-permission = መተግበሪያው ያንን ቦታ እንዲጠቀም አልተፈቀደለትም። ሌላ አቃፊ ይምረጡ።
error-file = ስልኩ ፋይሉን ማንበብ ወይም መጻፍ አልቻለም። ምንም ነገር አልተቀየረም።
error-cancelled = ቆሟል። ምንም ነገር አልተቀመጠም።
error-wrong-confirmation = የተየቡት ኮድ ከታየው ኮድ ጋር አንድ አይደለም። ምንም ነገር አልተሰረዘም።
error-not-allowed = ይህን ማድረግ የሚችለው ዋናው ፒን ብቻ ነው።
error-text-empty = ማስታወሻው ባዶ ነው። መጀመሪያ የሆነ ነገር ይጻፉ።
error-text-too-long = ማስታወሻው በጣም ረጅም ነው። ለሁለት ከፍለው በሁለት ማስታወሻዎች ይጻፉት።
error-tags-too-many = አንድ ማስታወሻ ቢበዛ { $max } መለያዎች ብቻ ሊኖሩት ይችላል።
error-tag-invalid = መለያ ከ1 እስከ { $max } ፊደሎች ወይም ቁጥሮች ሊኖሩት ይችላል።
error-category-unknown = በዝርዝሩ ውስጥ ካሉት ዓይነቶች አንዱን ይምረጡ።
error-attachments-too-many = አንድ ማስታወሻ ቢበዛ { $max } ፋይሎች ብቻ ሊኖሩት ይችላል።
error-attachments-too-big = እነዚህ ፋይሎች በአንድ ላይ በጣም ትልቅ ናቸው። በአንድ ላይ እስከ { $megabytes } MB ድረስ ብቻ ሊሆኑ ይችላሉ።
error-attachment-empty = ይህ ፋይል ባዶ ነው።
error-attachment-too-big = ይህ ፋይል በጣም ትልቅ ነው። አንድ ፋይል እስከ { $megabytes } MB ድረስ ብቻ ሊሆን ይችላል።
error-attachment-type = መተግበሪያው ይህ ምን ዓይነት ፋይል እንደሆነ አያውቅም።
error-attachment-name = የፋይሉ ስም በጣም ረጅም ነው፣ ወይም ያልተፈቀደ ምልክት አለበት።
error-entry-id = ያ የማስታወሻ ቁጥር አይደለም። የማስታወሻ ቁጥሮች በዝርዝሩ ውስጥ ይታያሉ።
error-plan-too-many = የደህንነት እቅዱ አንድ ክፍል ቢበዛ { $max } ነገሮች ብቻ ሊኖሩት ይችላል።
error-plan-too-long = በደህንነት እቅዱ ውስጥ ያለ አንድ ነገር ቢበዛ { $max } ፊደሎች ብቻ ሊኖሩት ይችላል።
error-plan-item-empty = በደህንነት እቅዱ ውስጥ ያለ ነገር ባዶ ሊሆን አይችልም።
error-plan-section = የደህንነት እቅዱ በዚያ ስም የሚጠራ ክፍል የለውም።
error-age-key = ይህ የድርጅት ቁልፍ አይደለም። እንደዚህ ያለ ቁልፍ የሚጀምረው age1 በሚለው ነው።
error-export-password-short = የፋይሉ የይለፍ ቃል { $min } ወይም ከዚያ በላይ ፊደሎች ሊኖሩት ይገባል።
error-pin-character = ፒን ወይም የይለፍ ሐረግ አዲስ መስመር ወይም ሌሎች የማይታዩ ምልክቶች ሊኖሩት አይችልም።
error-pin-no-room = ለፒን ያሉት ቦታዎች ሁሉ ተይዘዋል።
error-kdf-range = እነዚህ የደህንነት ቅንብሮች መተግበሪያው ከሚፈቅደው ውጭ ናቸው።
error-country-unknown = መተግበሪያው ይህን የአገር ኮድ አያውቅም። ሁለት ፊደሎችን ይጠቀሙ፤ ለምሳሌ፦ GB።
error-language-unknown = መተግበሪያው ይህ ቋንቋ የለውም።
error-setting-too-long = ይህ በጣም ረጅም ነው። ቢበዛ { $max } ፊደሎች ይጠቀሙ።
error-setting-text = ይህ ባዶ ሊሆን ወይም የማይታዩ ምልክቶች ሊኖሩት አይችልም።
error-setting-not-changeable = ይህ ቅንብር እዚህ ሊቀየር አይችልም።
error-publisher-key = ይህ የአሳታሚ ቁልፍ አይደለም።
error-question-unknown = ይህ ጥያቄ በፍተሻው ውስጥ የለም።
error-input = ይህ ተቀባይነት አላገኘም። እባክዎ ያረጋግጡና እንደገና ይሞክሩ።
error-database = መተግበሪያው ማስቀመጥ ወይም ማንበብ መጨረስ አልቻለም። ሲያደርጉት የነበረው ነገር አልተጠናቀቀም፤ እባክዎ እንደገና ይሞክሩ።
error-pack-not-a-pack = ይህ የእርዳታ መረጃ ፋይል አይደለም።
error-pack-version = ይህ የእርዳታ መረጃ ፋይል የተሰራው ለአዲስ የመተግበሪያው ስሪት ነው። እባክዎ መተግበሪያውን ያዘምኑ።
error-pack-truncated = ይህ የእርዳታ መረጃ ፋይል ያልተሟላ ነው። ፋይሉን እንደገና ያግኙ።
error-pack-malformed = ይህ የእርዳታ መረጃ ፋይል ተበላሽቷል። ፋይሉን እንደገና ያግኙ።
error-pack-mismatch = የዚህ የእርዳታ መረጃ ፋይል አንድ ክፍል ከማኅተሙ ጋር አይዛመድም። ፋይሉን እንደገና ያግኙ።
error-pack-invalid = ይህ የእርዳታ መረጃ ፋይል በውስጡ ባለው እርዳታ ላይ ስህተት አለበት። ጥቅም ላይ አልዋለም። ፋይሉን ለሰጠዎት ድርጅት ይንገሩ።
error-pack-misleading = ይህ የእርዳታ መረጃ ፋይል የሚያሳየው ነገር ከሚሰራው ጋር አይመሳሰልም (ለምሳሌ፦ የሚያሳየው ቁጥር የሚደውልበት ቁጥር አይደለም)። ጥቅም ላይ አልዋለም።
error-pack-reserved = ይህ የእርዳታ መረጃ ፋይል የመተግበሪያው የራሱ እርዳታ መስሎ ለመታየት ይሞክራል። ጥቅም ላይ አልዋለም።
error-pack-version-too-high = ይህ የእርዳታ መረጃ ፋይል ያልተፈቀደ የስሪት ቁጥር አለው። ጥቅም ላይ አልዋለም።
error-export-wrong-key = ይህ ፋይል የተሰራው ለዚህ ቁልፍ አይደለም።
error-not-available = ይህ እዚህ አይገኝም።

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    ትዕዛዞች፦
      helplines [country]   የእርዳታ ቁጥሮች
      rights [words]        መብቶችዎ
      resources [words]     ሌላ እርዳታ
      tips                  የደህንነት ምክሮች
      check                 ሁኔታዎን መፈተሽ
      journal [page]        ማስታወሻ ደብተርዎ
      write                 አዲስ ማስታወሻ መጻፍ
      edit N · delete N     ማስታወሻ N መቀየር ወይም መሰረዝ
      plan · plan-set       የደህንነት እቅድዎ
      export FILE           ጉዳይዎን ለሚከታተል ሰራተኛ የተቆለፈ ፋይል መስራት
      lock                  ማስታወሻ ደብተሩን መቆለፍ
      x                     አሁን መደበቅ (ካልኩሌተሩን ያሳያል)
      quit                  መውጣት
shell-unknown-command = «{ $command }» ትዕዛዝ አይደለም። ትዕዛዞቹን ለማየት help ብለው ይተይቡ።
shell-usage = መተግበሪያው ይህን ትዕዛዝ አልተረዳም። መተግበሪያው ምን ማድረግ እንደሚችል ለማየት harbour --help ብለው ይተይቡ።
shell-notes-title = ማስታወሻዎች
input-not-text = የተየቡት ነገር እንደ ጽሑፍ ሊነበብ አልቻለም። እባክዎ እንደገና ይተይቡት።
input-ended = መልሱ ሳይጠናቀቅ መተየቡ ተቋርጧል። ምንም ነገር አልተቀየረም።
unlock-wrong-tries = { $count ->
        [one] መተግበሪያውን ለመጨረሻ ጊዜ ከከፈቱ በኋላ፣ አንድ ሰው { $count } ጊዜ የተሳሳተ ፒን ተይቧል።
       *[other] መተግበሪያውን ለመጨረሻ ጊዜ ከከፈቱ በኋላ፣ አንድ ሰው { $count } ጊዜ የተሳሳተ ፒን ተይቧል።
    }
calibrate-result = መክፈት { $ms } ሚሊ ሰከንድ ያህል ይወስዳል። { $mib } MB ማህደረ ትውስታ እና { $passes } ዙሮች ይጠቀማል።
packs-line = { $title } ({ $pack }፣ ስሪት { $version })፣ አሳታሚ፦ { $publisher }
reset-type-code = ሁሉንም ለማጥፋት ይህን ኮድ መልሰው ይተይቡ፦ { $code }

## Quick exit and locking

hide-now = አሁን ደብቅ
hidden-explain = በማንኛውም ጊዜ “ደብቅ” የሚለውን ይንኩ። መተግበሪያው ይዘጋና ካልኩሌተሩን ያሳያል።
auto-lock = ከስንት ጊዜ በኋላ ይቆለፍ
auto-lock-minutes = { $minutes ->
        [one] { $minutes } ደቂቃ
       *[other] { $minutes } ደቂቃ
    }
auto-lock-never = ስደብቀው ብቻ

## Settings

settings-language = ቋንቋ
settings-country = አገር
settings-disguise = የመተግበሪያው መልክ
settings-about = ስለዚህ መተግበሪያ
settings-draft-translation = ይህ ትርጉም ገና አማርኛ የአፍ መፍቻ ቋንቋው በሆነ ሰው አልተረጋገጠም።

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = ጃንዩወሪ
month-2 = ፌብሩወሪ
month-3 = ማርች
month-4 = ኤፕሪል
month-5 = ሜይ
month-6 = ጁን
month-7 = ጁላይ
month-8 = ኦገስት
month-9 = ሴፕቴምበር
month-10 = ኦክቶበር
month-11 = ኖቬምበር
month-12 = ዲሴምበር
