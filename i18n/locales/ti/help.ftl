## Helplines, channels, safety tips, rights and resources.

help-title = መን ክሕግዘኩም ይኽእል
help-open-now = ሕጂ ክፉት እዩ
help-closed-now = ሕጂ ዕጹው እዩ
help-open-24-7 = መዓልትን ለይትን ክፉት
help-opens-at = ኣብ { $time } ይኽፈት
help-closes-at = ኣብ { $time } ይዕጾ
help-free = ምድዋል ብናጻ እዩ
help-may-cost = ምድዋል ገንዘብ ከኽፍል ይኽእል
help-languages = ቋንቋታት፦ { $languages }
help-interpreters = ተርጎምቲ ኣለዉ
help-in-country = ኣብ { $country } ዘለዉ መስመራት ሓገዝ
help-none-open = ሕጂ ክፉት መስመር ሓገዝ የለን። ግን መልእኽቲ ወይ ኢመይል ክትሰዱ ትኽእሉ ኢኹም። ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ ቁጽሪ ህጹጽ ሓገዝ ደውሉ።
help-emergency = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $number } ደውሉ።
help-count = { $count ->
        [0] ዝተረኽበ መስመር ሓገዝ የለን
        [one] { $count } መስመር ሓገዝ
       *[other] { $count } መስመራት ሓገዝ
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = ብግብረ-ሰናይ ትካል ዝመሓደር
operator-government = ብመንግስቲ ዝመሓደር
operator-police = ብፖሊስ ዝመሓደር
operator-immigration = ብሰበ-ስልጣን ኢሚግሬሽን ዝመሓደር
operator-intergovernmental = ብዓለምለኻዊ ትካል ዝመሓደር
operator-warning-law = እዚ መስመር ብፖሊስ ወይ ብኢሚግሬሽን እዩ ዝመሓደር። ብዛዕባ ሰነዳትኩም ክሓቱኹም ይኽእሉ። ነዚ እንተ ፈሪሕኩም፣ ብግብረ-ሰናይ ትካል ዝመሓደር መስመር ምረጹ።
operator-warning-confirm = ብዘየገድስ ደውሉ

## Channels

channel-phone = ስልኪ
channel-sms = ጽሑፍ መልእኽቲ
channel-whatsapp = WhatsApp
channel-web = መርበብ ሓበሬታ
channel-email = ኢመይል

## Data quality

info-last-checked = ናይ መወዳእታ ዝተረጋገጸሉ፦ { $date }
info-not-verified = ኣብዚ ቀረባ ግዜ ኣይተረጋገጸን። እቲ ቁጽሪ ተቐይሩ ክኸውን ይኽእል።
info-source = ምንጪ

## Safety tips

tips-title = ሓገዝ ክትሓቱ ከለኹም ብድሕንነት ጽንሑ
tip-call-log = ጻውዒታትን ጽሑፍ መልእኽትታትን ኣብ ዝርዝር ጻውዒታት ናይቲ ስልኪ ይርኣዩ። ውሑስ እንተኾይኑ፣ ድሕሪ ምድዋልኩም ደምስስዎም።
tip-phone-bill = ጻውዒታት ኣብ ሕሳብ ስልኪ ክርኣዩ ይኽእሉ። ናጻ ቁጽርታት መብዛሕትኡ ግዜ ኣይርኣዩን።
tip-borrow-phone = ሓደ ሰብ ስልክኹም ዝፍትሽ እንተኾይኑ፣ ካብ እትኣምንዎ ሰብ ስልኪ ተለቅሑ።
tip-law-lines = ገለ መስመራት ብፖሊስ ወይ ብኢሚግሬሽን እዮም ዝመሓደሩ። ኣብዚ ኣፕ ምልክት ተገይሩሎም ኣሎ።
tip-documents = ቅዳሕ ፓስፖርትኩም፣ መንነት ወረቐትኩም፣ ቪዛኹምን ውዕል ስራሕኩምን ሓዙ። ኣብ ውሑስ ቦታ፣ ወይ ምስ እትኣምንዎ ሰብ ኣቐምጥዎ።
tip-hide = ሓደ ሰብ እንተ ቐረበ “ሕብኡ” ጠውቑ። እቲ ኣፕ ካልኩሌተር የርኢ።
tip-emergency = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ ቁጽሪ ህጹጽ ሓገዝ ደውሉ። ብናጻ እዩ።

## Rights and resources

rights-title = መሰላትኩም
rights-in = ኣብ { $country } ዘለዉኹም መሰላት
rights-international = ኣብ ኩሉ ቦታ ዘለዉ መሰላት
rights-paraphrase-note = እዚ ሓጺር ጽማቕ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን። ብዛዕባ ጉዳይኩም ጠበቓ ወይ መስመር ሓገዝ ሕተቱ።
rights-caveats = በጃኹም ኣስተውዕሉ
resources-title = ተወሳኺ ንባብ
search-placeholder = ድለዩ
search-no-results = ዝተረኽበ የለን። ካልእ ቃል ፈትኑ።
search-results = { $count ->
        [one] { $count } ውጽኢት
       *[other] { $count } ውጽኢታት
    }
