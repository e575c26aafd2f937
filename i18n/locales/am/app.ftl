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

## Errors (never show technical words to the person)

error-generic = የሆነ ችግር ተፈጥሯል። ምንም ነገር አልጠፋም። እባክዎ እንደገና ይሞክሩ።
error-storage-full = ስልኩ ሞልቷል። አንዳንድ ፎቶዎችን ወይም መተግበሪያዎችን ይሰርዙ፣ ከዚያም እንደገና ይሞክሩ።
error-damaged = አንዳንድ የተቀመጡ መረጃዎች ሊነበቡ አይችሉም። አልተሰረዙም።
error-newer-version = ይህ መረጃ የተቀመጠው በአዲስ የመተግበሪያው ስሪት ነው። እባክዎ መተግበሪያውን ያዘምኑ።
error-keystore = የስልኩ ደህንነቱ የተጠበቀ ማከማቻ አሁን አይገኝም። ስልኩን ይክፈቱ እና እንደገና ይሞክሩ።
error-key-missing = ይህ መረጃ የተሰራው በሌላ ስልክ ላይ ነው፤ እዚህ ሊከፈት አይችልም።
error-locked = እባክዎ መጀመሪያ ፒንዎን ያስገቡ።
error-busy = መተግበሪያው ሥራ ላይ ነው። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።

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
