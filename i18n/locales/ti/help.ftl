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
help-none-open = ሕጂ ክፉት መስመር ሓገዝ የለን። ግን መልእኽቲ ወይ ኢመይል ክትሰዱ ትኽእሉ ኢኹም። ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ { $number } ደውሉ።
help-hours-unknown = ሰዓታት ስራሕ ኣይፍለጥን — ደዊልኩም ፈትኑ
help-hours-unknown-try = እዞም መስመራት መዓስ ክፉታት ምዃኖም ኣይንፈልጥን። ደዊልኩም ፈትኑ፦ ሓደ ሰብ ክምልስ ይኽእል።
help-for-children = ንህጻናትን መንእሰያትን
help-no-verified-line = ኣብዛ ሃገር ዝኾነ መስመር ሓገዝ ከነረጋግጽ ኣይከኣልናን። ኣብ ታሕቲ ዘለዉ መስመራት ናይ ዞባኹም፣ ወይ ንዜጋታት ሃገርኩም ዝኾኑ መስመራት ፈትኑ።
help-for-nationals = ካብ { $country } ንዝመጹ ሰባት ዝኾኑ መስመራት፣ ኣበይ ይሃልዉ ብዘየገድስ
help-report-lines = ጸብጻባት ናብ ፖሊስ ዘሕልፉ መስመራት (መስመራት ሓገዝ ኣይኮኑን)
help-police-caution = ኣብዛ ሃገር፣ ፖሊስ ምስ ዘዋወርቲ ደቂ ሰባት ከም ዝሰርሑ፣ ወይ ሰነድ ዘይብሎም ሰባት ከም ዝሕዙ ተሓቢሩ ኣሎ። ቅድሚ ናብኦም ምድዋልኩም ሕሰቡ። እንተ ኽኢልኩም፣ መጀመርታ ናብ መስመር ሓገዝ ደውሉ።
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

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = እትብልዎ ናብ ፖሊስ ክመሓላለፍ ይኽእል።
risk-immigration = እትብልዎ ናብ ኢሚግሬሽን ክመሓላለፍ ይኽእል።
risk-employer-authority = እትብልዎ ናብ ኣስራሒኹም ወይ ስፖንሰርኩም ክበጽሕ ይኽእል። ንቪዛኹም ወይ ንመንበሪኹም ክጸልዎ ይኽእል እንተ ኾይኑ መጀመርታ ሕተቱ።
risk-child-protection = ብዛዕባ ህጻን እትብልዎ ናብ ኣገልግሎታት ሓለዋ ህጻናት ክመሓላለፍ ይኽእል።
risk-report-line = እዚ መስመር ንፖሊስ ጸብጻባት ይቕበል። መስመር ሓገዝ ኣይኮነን።

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

## Safety tips (the tips themselves come with the help content)

tips-title = ሓገዝ ክትሓቱ ከለኹም ብድሕንነት ጽንሑ

## Content shown in another language, or translated by machine

text-shown-in-english = ብእንግሊዝኛ ዝቐረበ፦ ገና ኣይተተርጎመን
text-may-be-out-of-date = እዚ ትርጉም ዝኣረገ ክኸውን ይኽእል
text-machine-translated = ብማሽን ዝተተርጎመ፣ ገና ብሰብ ኣይተመርመረን

## The country the person is in

country-choose = ኣብ ኣየናይ ሃገር ኢኹም ዘለኹም? ሓገዝ ከከም ሃገሩ ይፈላለ።
country-prompt = ሃገር
country-unknown = ነዛ ሃገር ኣይንፈልጣን። ካብቶም ኣብ ላዕሊ ዘለዉ ኣስማት ወይ ኮድታት ሓደ ጽሓፉ።
country-needed = ኣብ ኣየናይ ሃገር ኢኹም ዘለኹም? ሃገር ወስኹ፣ ንኣብነት፦ --country GB። ወይ ዓቅብዋ፦ harbour set country GB።

## Where rights come from

body-eu = ሕብረት ኤውሮጳ
body-coe = ባይቶ ኤውሮጳ
body-int = ዓለምለኻዊ ሕጊ
body-int-ilo = ዓለምለኻዊ ውድብ ስራሕ (ILO)

## Rights and resources

rights-title = መሰላትኩም
rights-in = ኣብ { $country } ዘለዉኹም መሰላት
rights-international = ኣብ ኩሉ ቦታ ዘለዉ መሰላት
rights-regional = መሰላት ብመሰረት { $body }
rights-paraphrase-note = እዚ ሓጺር ጽማቕ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን። ብዛዕባ ጉዳይኩም ጠበቓ ወይ መስመር ሓገዝ ሕተቱ።
rights-caveats = በጃኹም ኣስተውዕሉ
resources-title = ተወሳኺ ንባብ
search-placeholder = ድለዩ
search-no-results = ዝተረኽበ የለን። ካልእ ቃል ፈትኑ።
search-results = { $count ->
        [one] { $count } ውጽኢት
       *[other] { $count } ውጽኢታት
    }

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = ምዝውዋር, ዝውውር, ዘዋዋሪ, ዘዋወርቲ, ደቂ ሰባት ምሻጥ, ሰብ ምሻጥ, ኮንትሮባንድ, ባርነት, ባርያ, ብዝበዛ, ምብዝባዝ, ግዱድ, ብግዲ, ተገዲደ
topic-words-consent = ስምምዕ, ተሰማሚዐ, ፍቓድ, ፍቓደኛ, ብፍቓደይ, ምርጫ, መሪጸ, እወ ኢለ
topic-words-children = ህጻን, ህጻናት, ቆልዓ, ቆልዑ, ትሕቲ 18, ንኡስ, ንእሽቶ, መንእሰይ, ጓል, ወዲ, ዕድመ, ዕድሜ
topic-words-non-punishment = ገበን, መቕጻዕቲ, ተቐጺዐ, ቤት ማእሰርቲ, ማእሰርቲ, ተኣሲረ, ተታሒዘ, ክሲ, ተኸሲሰ, በደል, ሕጊ
topic-words-identification = ግዳይ, ግዳያት, ተፈሊጠ, ተለሊየ, ምልላይ, ኩነታት
topic-words-support = ሓገዝ, ደገፍ, መዕቆቢ, ውሑስ ገዛ, ሓኪም, ዶክተር, ሕክምና, ገንዘብ, መንበሪ, ገዛ
topic-words-residence = ቪዛ, ፍቓድ, ፍቓድ መንበሪ, ምጽናሕ, ወረቐት, ወረቓቕቲ, ሰነድ, መንበሪ, ኢቃማ, ተሰጒገ, ምስጓግ, ዲፖርት
topic-words-documents = ፓስፖርት, መንነት, መንነት ወረቐት, መታወቂያ, ካርድ, ወረቐት, ሰነድ, ሰነዳት, ቪዛ, ውዕል, ኮንትራት
topic-words-wages = ደሞዝ, ክፍሊት, ገንዘብ, ተኸፊለ, ዘይተኸፈለ, ኣይተኸፈለንን, ኣይከፈሉንን, ወረቐት ደሞዝ
topic-words-debt = ዕዳ, ልቓሕ, ተለቂሐ, ዝተለቓሕክዎ, ክፍሊት, ገንዘብ
topic-words-movement = ምውጻእ, ክወጽእ, ዕጹው, ተዓጺወ, ዓጽዮምለይ, ናጻ, ምንቅስቓስ, ምህዳም, ክሃድም, ሃዲመ
topic-words-violence = ዓመጽ, ወቒዑኒ, ምውቃዕ, ምህራም, ጉድኣት, ተጎዲአ, ግፍዒ, ጾታዊ, ምዕማጽ, ተዓሚጸ, ምፍርራሕ, ኣፈራሪሑኒ
topic-words-compensation = ካሕሳ, ጉድኣት, ገንዘብ ምምላስ, ምኽሓስ
topic-words-reporting = ፖሊስ, ምሕባር, ጸብጻብ, ጥርዓን, ክሲ, ምንጋር
topic-words-legal-help = ጠበቓ, ሕጋዊ, ሕጊ, ምኽሪ, ቤት ፍርዲ, ናጻ ሕጋዊ ሓገዝ
topic-words-labour-rights = ስራሕ, ዕዮ, ኣስራሒ, ሓለቓ, ማዳም, መሰል, መሰላት, ውዕል, ኮንትራት, ሰዓታት
topic-words-recruitment-fees = ደላላ, ደላላይ, ኤጀንሲ, ኤጀንት, ክፍሊት, ክፍሊት ስራሕ, ምልመላ
topic-words-work-conditions = ሰዓታት, ዕረፍቲ, መዓልቲ ዕረፍቲ, ተወሳኺ ሰዓት, ኦቨርታይም, መግቢ, ድቃስ, ድሕንነት
