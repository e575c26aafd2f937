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

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = ገለ ጸገም ኣጋጢሙ። እትገብርዎ ዝነበርኩም ነገር ኣይተወድአን። በጃኹም ደጊምኩም ፈትኑ።
error-storage-full = እቲ ስልኪ መሊኡ ኣሎ። ገለ ስእልታት ወይ ኣፕታት ደምስሱ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
error-damaged = ገለ ዝተዓቀበ ሓበሬታ ክንበብ ኣይከኣለን። ኣይተደምሰሰን።
error-newer-version = እዚ ሓበሬታ ብሓድሽ ሕታም ናይዚ ኣፕ እዩ ተዓቂቡ። በጃኹም ነቲ ኣፕ ኣሐድሱ።
error-keystore = ውሑስ መኽዘን ናይቲ ስልኪ ሕጂ ኣይርከብን። ነቲ ስልኪ ክፈትዎ እሞ ደጊምኩም ፈትኑ።
error-key-missing = እዚ ሓበሬታ ኣብ ካልእ ስልኪ እዩ ተሰሪሑ፣ ኣብዚ ክኽፈት ኣይክእልን።
error-locked = በጃኹም መጀመርታ ፒንኩም ኣእትዉ።
error-busy = እቲ ኣፕ ስራሕ ሒዙ ኣሎ። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።
error-not-set-up = ገና ፒን የለን። መጀመርታ ፒን ምረጹ።
error-already-set-up = ፒን ድሮ ተመሪጹ ኣሎ። ካብ መጀመርታ ክትጅምሩ እንተ ደሊኹም፣ «ነዚ ስልኪ ካብ መጀመርታ ኣዳልዉ» ተጠቐሙ።
error-not-found = እዚ ቁጽሪ ዘለዎ ጽሑፍ የለን። ነቲ ቁጽሪ ኣረጋግጹ እሞ ደጊምኩም ፈትኑ።
error-deleted = እዚ ጽሑፍ ተደምሲሱ እዩ። ክቕየር ኣይክእልን።
error-journal-not-empty = ኣብዚ ስልኪ ዘሎ መዝገብ ድሮ ጽሑፋት ኣለዉዎ። መዝገብ ናብ ባዶ መዝገብ ጥራይ እዩ ክሰጋገር ዝኽእል።
error-file-not-found = እዚ ሽም ዘለዎ ፋይል ኣብኡ የለን። ነቲ ሽምን ነቲ ፎልደርን ኣረጋግጹ።
error-file-exists = እዚ ሽም ዘለዎ ፋይል ድሮ ኣብኡ ኣሎ። ካልእ ሽም ምረጹ።
error-no-permission = እቲ ኣፕ ነቲ ቦታ ክጥቀመሉ ፍቓድ የብሉን። ካልእ ፎልደር ምረጹ።
error-file = እቲ ስልኪ ነቲ ፋይል ከንብቦ ወይ ክጽሕፎ ኣይከኣለን። ዝተቐየረ ነገር የለን።
error-cancelled = ተቋሪጹ። ዝተዓቀበ ነገር የለን።
error-wrong-confirmation = ዝጸሓፍኩምዎ ኮድ ምስቲ ዝተራእየ ኮድ ሓደ ኣይኮነን። ዝተደምሰሰ ነገር የለን።
error-not-allowed = ነዚ ክገብር ዝኽእል እቲ ቀንዲ ፒን ጥራይ እዩ።
error-text-empty = እቲ ጽሑፍ ባዶ እዩ። መጀመርታ ገለ ነገር ጽሓፉ።
error-text-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። ኣብ ክልተ ጽሑፋት ምቀልዎ።
error-tags-too-many = ሓደ ጽሑፍ እንተበዝሐ { $max } መለለዪታት ጥራይ ክህልዎ ይኽእል።
error-tag-invalid = ሓደ መለለዪ ካብ 1 ክሳብ { $max } ፊደላት ወይ ቁጽርታት ክህልዎ ይኽእል።
error-category-unknown = ካብቶም ኣብቲ ዝርዝር ዘለዉ ዓይነታት ሓደ ምረጹ።
error-attachments-too-many = ሓደ ጽሑፍ እንተበዝሐ { $max } ፋይላት ጥራይ ክህልዎ ይኽእል።
error-attachments-too-big = እዞም ፋይላት ብሓባር ኣዝዮም ዓበይቲ እዮም። ብሓባር እንተበዝሐ { $megabytes } MB ክኾኑ ይኽእሉ።
error-attachment-empty = እዚ ፋይል ባዶ እዩ።
error-attachment-too-big = እዚ ፋይል ኣዝዩ ዓቢ እዩ። ሓደ ፋይል እንተበዝሐ { $megabytes } MB ክኸውን ይኽእል።
error-attachment-type = እቲ ኣፕ እዚ ፋይል እንታይ ዓይነት ምዃኑ ኣይፈልጥን።
error-attachment-name = ሽም እቲ ፋይል ኣዝዩ ነዊሕ እዩ፣ ወይ ዘይፍቀድ ፊደል ኣለዎ።
error-entry-id = ዝጸሓፍኩምዎ ናይ ጽሑፍ ቁጽሪ ኣይኮነን። ቁጽርታት ጽሑፋት ኣብቲ ዝርዝር ይርኣዩ።
error-plan-too-many = ሓደ ክፋል መደብ ድሕንነት እንተበዝሐ { $max } ነገራት ጥራይ ክህልዎ ይኽእል።
error-plan-too-long = ኣብ መደብ ድሕንነት ዘሎ ሓደ ነገር እንተበዝሐ { $max } ፊደላት ጥራይ ክህልዎ ይኽእል።
error-plan-item-empty = ኣብ መደብ ድሕንነት ዘሎ ነገር ባዶ ክኸውን ኣይክእልን።
error-plan-section = መደብ ድሕንነት እዚ ሽም ዘለዎ ክፋል የብሉን።
error-age-key = እዚ መፍትሕ ትካል ኣይኮነን። መፍትሕ ትካል ኣብ መጀመርታኡ age1 ኣለዎ።
error-export-password-short = መሕለፊ ቃል ናይቲ ፋይል እንተወሓደ { $min } ፊደላት ክህልዎ ኣለዎ።
error-pin-character = ፒን ወይ ምስጢራዊ ሓረግ ሓድሽ መስመር ወይ ካልኦት ዘይርኣዩ ፊደላት ክህልዎ ኣይክእልን።
error-pin-no-room = ኩሎም ቦታታት ፒን ኣብ ጥቕሚ ኣለዉ።
error-kdf-range = እዞም ቅጥዕታት ድሕንነት እቲ ኣፕ ካብ ዝፈቕዶ ወጻኢ እዮም።
error-country-unknown = እቲ ኣፕ ነዚ ኮድ ሃገር ኣይፈልጦን። ክልተ ፊደላት ተጠቐሙ፣ ንኣብነት፦ GB።
error-language-unknown = እዚ ቋንቋ ኣብቲ ኣፕ የለን።
error-setting-too-long = እዚ ኣዝዩ ነዊሕ እዩ። እንተበዝሐ { $max } ፊደላት ጥራይ ተጠቐሙ።
error-setting-text = እዚ ባዶ ክኸውን ወይ ዘይርኣዩ ፊደላት ክህልዎ ኣይክእልን።
error-setting-not-changeable = እዚ ቅጥዒ ኣብዚ ክቕየር ኣይክእልን።
error-publisher-key = እዚ መፍትሕ ኣሕታሚ ኣይኮነን።
error-question-unknown = እዚ ሕቶ ካብቲ መርመራ ኣይኮነን።
error-input = እዚ ተቐባልነት ኣይረኸበን። በጃኹም ኣረጋግጽዎ እሞ ደጊምኩም ፈትኑ።
error-database = እቲ ኣፕ ምዕቃብ ወይ ምንባብ ክውድእ ኣይከኣለን። እትገብርዎ ዝነበርኩም ነገር ኣይተወድአን። በጃኹም ደጊምኩም ፈትኑ።
error-pack-not-a-pack = እዚ ፋይል ሓበሬታ ሓገዝ ኣይኮነን።
error-pack-version = እዚ ፋይል ሓበሬታ ሓገዝ ንሓድሽ ሕታም ናይቲ ኣፕ እዩ። በጃኹም ነቲ ኣፕ ኣሐድሱ።
error-pack-truncated = እዚ ፋይል ሓበሬታ ሓገዝ ምሉእ ኣይኮነን። ነቲ ፋይል ደጊምኩም ርኸብዎ።
error-pack-malformed = እዚ ፋይል ሓበሬታ ሓገዝ ተበላሽዩ እዩ። ነቲ ፋይል ደጊምኩም ርኸብዎ።
error-pack-mismatch = ሓደ ክፋል ናይዚ ፋይል ሓበሬታ ሓገዝ ምስ ማሕተሙ ኣይሰማማዕን። ነቲ ፋይል ደጊምኩም ርኸብዎ።
error-pack-invalid = ኣብ ትሕዝቶ ናይዚ ፋይል ሓበሬታ ሓገዝ ጌጋ ኣሎ፣ ስለዚ ኣብ ጥቕሚ ኣይወዓለን። ነቲ ዝሃበኩም ትካል ንገርዎ።
error-pack-misleading = እዚ ፋይል ሓበሬታ ሓገዝ ሓደ ነገር የርኢ፣ ግን ካልእ ይገብር (ንኣብነት፦ ዘርእዮ ቁጽሪ ካብቲ ብሓቂ ዝድውሎ ቁጽሪ ዝተፈልየ እዩ)። ኣብ ጥቕሚ ኣይወዓለን።
error-pack-reserved = እዚ ፋይል ሓበሬታ ሓገዝ ከም ናይቲ ኣፕ ናይ ውሽጡ ሓገዝ ኣምሲሉ ይቐርብ። ኣብ ጥቕሚ ኣይወዓለን።
error-pack-version-too-high = እዚ ፋይል ሓበሬታ ሓገዝ ዘይፍቀድ ቁጽሪ ሕታም ኣለዎ። ኣብ ጥቕሚ ኣይወዓለን።
error-export-wrong-key = እዚ ፋይል ብዚ መፍትሕ ንኽኽፈት ኣይተሰርሐን።
error-not-available = እዚ ኣብዚ ኣይርከብን።

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    ትእዛዛት፦
      helplines [country]   ቁጽርታት ሓገዝ
      rights [words]        መሰላትኩም
      resources [words]     ካልእ ሓገዝ
      tips                  ምኽርታት ድሕንነት
      check                 ኩነታትኩም ፈትሹ
      journal [page]        መዝገብኩም
      write                 ሓድሽ ጽሑፍ ጽሓፉ
      edit N · delete N     ጽሑፍ N ቀይሩ ወይ ደምስሱ
      plan · plan-set       መደብ ድሕንነትኩም
      export FILE           ንጉዳይኩም ዝከታተል ሰራሕተኛ ዕጹው ፋይል ስርሑ
      lock                  መዝገብ ዕጸዉ
      x                     ሕጂ ሕብኡ (ካልኩሌተር የርኢ)
      quit                  ውጽኡ
shell-unknown-command = «{ $command }» ትእዛዝ ኣይኮነን። ትእዛዛት ንምርኣይ help ጽሓፉ።
shell-usage = እቲ ኣፕ ነዚ ትእዛዝ ኣይተረድኦን። እቲ ኣፕ እንታይ ክገብር ከም ዝኽእል ንምርኣይ harbour --help ጽሓፉ።
shell-notes-title = መዘኻኸሪታት
input-not-text = ዝጸሓፍኩምዎ ከም ፊደላት ክንበብ ኣይከኣለን። በጃኹም ደጊምኩም ጽሓፍዎ።
input-ended = ቅድሚ እቲ መልሲ ምዝዛሙ እቲ እትጽሕፍዎ ተቋሪጹ። ዝተቐየረ ነገር የለን።
unlock-wrong-tries = { $count ->
        [one] ነቲ ኣፕ ንመወዳእታ ግዜ ካብ ዝኸፈትኩምዎ ጀሚሩ፣ ገለ ሰብ { $count } ጌጋ ፒን ጽሒፉ።
       *[other] ነቲ ኣፕ ንመወዳእታ ግዜ ካብ ዝኸፈትኩምዎ ጀሚሩ፣ ገለ ሰብ { $count } ግዜ ጌጋ ፒን ጽሒፉ።
    }
calibrate-result = ምኽፋት ኣስታት { $ms } ms ክወስድ እዩ። { $mib } MB ሜሞሪ ይጥቀም፣ { $passes } ዙር ድማ ይገብር።
packs-line = { $title } ({ $pack }፣ ሕታም { $version }) ካብ { $publisher }
reset-type-code = ኩሉ ንምድምሳስ፣ ነዚ ኮድ መሊስኩም ጽሓፍዎ፦ { $code }

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
