## Harbour — general screens, PIN, status and errors.
## Tigrinya draft. Short sentences. Plain words. The reader may be frightened or in a hurry.
## The reader is addressed with the polite plural (ንስኹም), which is also gender-neutral. Buttons use the same form.

app-name = Harbour

## Navigation

nav-help = ሓገዝ ርኸቡ
nav-rights = መሰላትኩም
nav-check = ኩነታትኩም ፈትሹ
nav-plan = መደብ ድሕንነት
nav-journal = መዝገብ
nav-settings = ቅጥዕታት
nav-hide = ሕብኡ
    .hint = ኩሉ ይዓጹ እሞ ካልኩሌተር የርኢ።

action-back = ተመለሱ
action-cancel = ሰርዙ
action-save = ዓቅቡ
action-delete = ደምስሱ
action-edit = ቀይሩ
action-done = ተወዲኡ
action-next = ቀጽሉ
action-yes = እወ
action-no = ኣይፋል
action-not-sure = ርግጸኛ ኣይኮንኩን
action-search = ድለዩ
action-try-again = ደጊምኩም ፈትኑ
action-copy = ቅድሑ
action-call = ደውሉ
action-text = መልእኽቲ ስደዱ
action-open = ክፈቱ

## PIN and unlocking

pin-choose = ፒን ምረጹ
pin-choose-hint = ካብ 4 ክሳብ 12 ቁጽርታት ተጠቐሙ፣ ወይ ድማ 8 ወይ ካብኡ ንላዕሊ ፊደላት ዘለዎ ምስጢራዊ ሓረግ። ካልኦት ክግምትዎ ዘይክእሉ ነገር ምረጹ።
pin-confirm = ሓደ ዓይነት ፒን ደጊምኩም ጽሓፉ
pin-enter = ፒንኩም ኣእትዉ
pin-mismatch = እቶም ክልተ ፒን ዝተፈላለዩ እዮም። በጃኹም ደጊምኩም ፈትኑ።
pin-too-short = ፒን እንተወሓደ 4 ቁጽርታት ክህልዎ ኣለዎ።
pin-too-long = ፒን እንተበዝሐ 12 ቁጽርታት ጥራይ ክህልዎ ይኽእል።
pin-passphrase-too-short = ምስጢራዊ ሓረግ እንተወሓደ 8 ፊደላት ክህልዎ ኣለዎ።
pin-passphrase-too-long = ምስጢራዊ ሓረግ እንተበዝሐ 128 ፊደላት ጥራይ ክህልዎ ይኽእል።
pin-wrong = እቲ ፒን ኣይሰርሐን።
pin-wait = በጃኹም ቅድሚ ደጊምኩም ምፍታንኩም { $seconds ->
        [one] { $seconds } ካልኢት
       *[other] { $seconds } ካልኢታት
    } ተጸበዩ።
pin-wait-minutes = በጃኹም ቅድሚ ደጊምኩም ምፍታንኩም { $minutes ->
        [one] { $minutes } ደቒቕ
       *[other] { $minutes } ደቓይቕ
    } ተጸበዩ።
pin-attempts = { $count ->
        [one] { $count } ጌጋ ፈተነ
       *[other] { $count } ጌጋ ፈተነታት
    }
pin-changed = ፒንኩም ተቐይሩ ኣሎ።
pin-change = ፒን ቀይሩ
pin-current = ናይ ሕጂ ፒንኩም
pin-new = ሓድሽ ፒንኩም
pin-in-use = እዚ ፒን ድሮ ኣብ ጥቕሚ ኣሎ። ካልእ ምረጹ።
pin-forgot = ፒንኩም ረሲዕኩምዶ?
pin-forgot-help = ቁጽርታት ሓገዝን መሰላትኩምን ብዘይ ፒን እውን ይሰርሑ እዮም። መዝገብኩምን መደብ ድሕንነትኩምን ብዘይ ፒን ክኽፈቱ ኣይክእሉን። ዝኾነ ሰብ ነቲ ፒን ክመልሰልኩም ኣይክእልን።

## Unlock status

status-locked = ዕጹው
status-unlocked = ክፉት
status-setup-needed = ገና ኣይተዳለወን
unlock-working = ይኽፈት ኣሎ…

## Setup (first use)

setup-welcome = እዚ ኣፕ ብድሕንነት ክትጸንሑን ሓገዝ ክትረኽቡን ክሕግዘኩም ይኽእል።
setup-private = እትጽሕፍዎ ኩሉ ኣብዚ ስልኪ ይተርፍ፣ ብፒንኩም ተዓጽዩ።
setup-disguise = እዚ ኣፕ ከም ካልኩሌተር ይመስል። ንምኽፋቱ ፒንኩም ጽሓፉ፣ ድሕሪኡ = ጠውቑ።
setup-measure = ይዳሎ ኣሎ። እዚ ቁሩብ ካልኢታት ይወስድ።
setup-done = ድሉዋት ኢኹም።

## Errors (never show technical words to the person)

error-generic = ገለ ጸገም ኣጋጢሙ። ዝጠፍአ ነገር የለን። በጃኹም ደጊምኩም ፈትኑ።
error-storage-full = እቲ ስልኪ መሊኡ ኣሎ። ገለ ስእልታት ወይ ኣፕታት ደምስሱ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
error-damaged = ገለ ዝተዓቀበ ሓበሬታ ክንበብ ኣይከኣለን። ኣይተደምሰሰን።
error-newer-version = እዚ ሓበሬታ ብሓድሽ ሕታም ናይዚ ኣፕ እዩ ተዓቂቡ። በጃኹም ነቲ ኣፕ ኣሐድሱ።
error-keystore = ውሑስ መኽዘን ናይቲ ስልኪ ሕጂ ኣይርከብን። ነቲ ስልኪ ክፈትዎ እሞ ደጊምኩም ፈትኑ።
error-key-missing = እዚ ሓበሬታ ኣብ ካልእ ስልኪ እዩ ተሰሪሑ፣ ኣብዚ ክኽፈት ኣይክእልን።
error-locked = በጃኹም መጀመርታ ፒንኩም ኣእትዉ።
error-busy = እቲ ኣፕ ስራሕ ሒዙ ኣሎ። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።

## Quick exit and locking

hide-now = ሕጂ ሕብኡ
hidden-explain = ኣብ ዝኾነ ግዜ “ሕብኡ” ጠውቑ። እቲ ኣፕ ይዕጾ እሞ ካልኩሌተር የርኢ።
auto-lock = ድሕሪ ክንደይ ግዜ ይዕጾ
auto-lock-minutes = { $minutes ->
        [one] { $minutes } ደቒቕ
       *[other] { $minutes } ደቓይቕ
    }
auto-lock-never = ክሓብኦ ከለኹ ጥራይ

## Settings

settings-language = ቋንቋ
settings-country = ሃገር
settings-disguise = ትርኢት ናይቲ ኣፕ
settings-about = ብዛዕባ እዚ ኣፕ
settings-draft-translation = እዚ ትርጉም ገና ትግርኛ ቋንቋ ኣዲኡ ብዝኾነ ሰብ ኣይተመርመረን።

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
