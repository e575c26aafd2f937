## Helplines, channels, safety tips, rights and resources.

help-title = ማን ሊረዳዎ ይችላል
help-open-now = አሁን ክፍት ነው
help-closed-now = አሁን ዝግ ነው
help-open-24-7 = ቀንና ሌሊት ክፍት ነው
help-opens-at = { $time } ላይ ይከፈታል
help-closes-at = { $time } ላይ ይዘጋል
help-free = መደወል ነጻ ነው
help-may-cost = ጥሪዎች ገንዘብ ሊያስከፍሉ ይችላሉ
help-languages = ቋንቋዎች፦ { $languages }
help-interpreters = አስተርጓሚዎች አሉ
help-in-country = { $country } ውስጥ ያሉ የእርዳታ መስመሮች
help-none-open = አሁን ክፍት የሆነ የእርዳታ መስመር የለም። አሁንም መልዕክት ወይም ኢሜይል መላክ ይችላሉ። አሁን አደጋ ላይ ነዎት? ወደ { $number } ይደውሉ።
help-hours-unknown = ሰዓቱ አይታወቅም — ለመደወል ይሞክሩ
help-hours-unknown-try = እነዚህ መስመሮች መቼ ክፍት እንደሆኑ አናውቅም። ለመደወል ይሞክሩ፤ የሚመልስ ሰው ሊኖር ይችላል።
help-for-children = ለሕፃናት እና ለወጣቶች
help-no-verified-line = በዚህ አገር ምንም የእርዳታ መስመር ማረጋገጥ አልቻልንም። ከዚህ በታች ያሉትን መስመሮች ይሞክሩ፦ ለአካባቢዎ የሆኑትን፣ ወይም ለአገርዎ ዜጎች የሆኑትን።
help-for-nationals = የአገሩ ዜጎች የትም ቢሆኑ ሊጠቀሙባቸው የሚችሉ መስመሮች፦ { $country }
help-report-lines = ሪፖርቶችን ለፖሊስ የሚያስተላልፉ መስመሮች (የእርዳታ መስመሮች አይደሉም)
help-police-caution = በዚህ አገር ፖሊስ ከሕገ ወጥ አዘዋዋሪዎች ጋር እንደሚሰራ፣ ወይም ሰነድ የሌላቸውን ሰዎች እንደሚይዝ ተዘግቧል። ወደ ፖሊስ ከመደወልዎ በፊት ያስቡበት። ከቻሉ፣ መጀመሪያ ወደ እርዳታ መስመር ይደውሉ።
help-emergency = አሁን አደጋ ላይ ነዎት? ወደ { $number } ይደውሉ።
help-count = { $count ->
        [0] ምንም የእርዳታ መስመር አልተገኘም
        [one] { $count } የእርዳታ መስመር
       *[other] { $count } የእርዳታ መስመሮች
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = በበጎ አድራጎት ድርጅት የሚተዳደር
operator-government = በመንግሥት የሚተዳደር
operator-police = በፖሊስ የሚተዳደር
operator-immigration = በኢሚግሬሽን ባለሥልጣናት የሚተዳደር
operator-intergovernmental = በዓለም አቀፍ ድርጅት የሚተዳደር
operator-warning-law = ይህ መስመር የሚተዳደረው በፖሊስ ወይም በኢሚግሬሽን ነው። ስለ ሰነዶችዎ ሊጠይቁዎት ይችላሉ። ይህ የሚያስፈራዎ ከሆነ፣ በበጎ አድራጎት ድርጅት የሚተዳደር መስመር ይምረጡ።
operator-warning-confirm = ቢሆንም ደውል

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = የሚናገሩት ለፖሊስ ሊተላለፍ ይችላል።
risk-immigration = የሚናገሩት ለኢሚግሬሽን ሊተላለፍ ይችላል።
risk-employer-authority = የሚናገሩት አሰሪዎ ወይም ስፖንሰርዎ ጋር ሊደርስ ይችላል። በቪዛዎ ወይም በመኖሪያ ፈቃድዎ ላይ ተጽዕኖ ሊኖረው ይችል እንደሆነ መጀመሪያ ይጠይቁ።
risk-child-protection = ስለ ሕፃን የሚናገሩት ለሕፃናት ጥበቃ አገልግሎቶች ሊተላለፍ ይችላል።
risk-report-line = ይህ መስመር ለፖሊስ ሪፖርቶችን ይቀበላል። የእርዳታ መስመር አይደለም።

## Channels

channel-phone = ስልክ
channel-sms = የጽሑፍ መልዕክት
channel-whatsapp = WhatsApp
channel-web = ድረ-ገጽ
channel-email = ኢሜይል

## Data quality

info-last-checked = ለመጨረሻ ጊዜ የተረጋገጠው፦ { $date }
info-not-verified = በቅርቡ አልተረጋገጠም። ቁጥሩ ተቀይሮ ሊሆን ይችላል።
info-source = ምንጭ

## Safety tips

tips-title = እርዳታ ሲጠይቁ ደህንነትዎን ይጠብቁ

## Content shown in another language, or translated by machine

text-shown-in-english = በእንግሊዝኛ ነው የሚታየው፤ ገና አልተተረጎመም
text-may-be-out-of-date = ይህ ትርጉም ወቅታዊ ላይሆን ይችላል
text-machine-translated = በማሽን የተተረጎመ ነው፤ ገና በሰው አልተረጋገጠም

## The country the person is in

country-choose = በየትኛው አገር ነዎት? እርዳታው እንደ አገሩ ይለያያል።
country-prompt = አገር
country-unknown = ያንን አገር አናውቅም። ከላይ ካሉት ስሞች ወይም ኮዶች አንዱን ይተይቡ።
country-needed = በየትኛው አገር ነዎት? አገሩን ያክሉ፣ ለምሳሌ፦ --country GB። ወይም ያስቀምጡት፦ harbour set country GB።

## Where rights come from

body-eu = የአውሮፓ ኅብረት
body-coe = የአውሮፓ ምክር ቤት
body-int = ዓለም አቀፍ ሕግ
body-int-ilo = ዓለም አቀፉ የሥራ ድርጅት (ILO)

## Rights and resources

rights-title = መብቶችዎ
rights-in = { $country } ውስጥ ያሉዎት መብቶች
rights-international = በሁሉም ቦታ ያሉ መብቶች
rights-regional = { $body } የሚሰጣቸው መብቶች
rights-paraphrase-note = ይህ አጭር ማጠቃለያ ነው፤ የሕግ ምክር አይደለም። ስለ ጉዳይዎ ጠበቃን ወይም የእርዳታ መስመርን ይጠይቁ።
rights-caveats = እባክዎ ልብ ይበሉ
resources-title = ተጨማሪ ንባብ
search-placeholder = ፈልግ
search-no-results = ምንም አልተገኘም። ሌላ ቃል ይሞክሩ።
search-results = { $count ->
        [one] { $count } ውጤት
       *[other] { $count } ውጤቶች
    }

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.
## Amharic: common spelling variants (ሕ/ህ, ሥ/ስ, ሠ/ሰ, ጸ/ፀ) and Gulf loan words (ኢቃማ, ማዳም) are included on purpose.

topic-words-definition = ሕገ ወጥ የሰዎች ዝውውር, ሕገወጥ ዝውውር, ህገ ወጥ, ዝውውር, አዘዋዋሪ, ኮንትሮባንድ, ባርነት, ባሪያ, ብዝበዛ, መበዝበዝ, ግዳጅ, የግዳጅ ሥራ, ተገድጄ
topic-words-consent = ተስማማሁ, መስማማት, ስምምነት, ፈቃድ, ፈቅጄ, ፈልጌ, ምርጫ
topic-words-children = ልጅ, ልጆች, ሕፃን, ህፃን, ሕጻን, ሕፃናት, ከ18 በታች, ታዳጊ, ወጣት, ልጃገረድ, ሴት ልጅ, ወንድ ልጅ
topic-words-non-punishment = ወንጀል, ቅጣት, ተቀጣሁ, እስር, እስር ቤት, ታሰርኩ, ተያዝኩ, ክስ, ተከሰስኩ, ጥፋት, ሕግ, ህግ
topic-words-identification = ተጎጂ, ተበዳይ, እውቅና, ተለየሁ, ማረጋገጫ, ሁኔታ
topic-words-support = እርዳታ, ድጋፍ, መጠለያ, ማረፊያ, ሐኪም, ሀኪም, ሕክምና, ህክምና, ገንዘብ, መኖሪያ, ቤት
topic-words-residence = ቪዛ, ፈቃድ, የመኖሪያ ፈቃድ, ኢቃማ, ሰነድ, ወረቀት, መኖር, መቆየት, መባረር, ተባረርኩ, ዲፖርት
topic-words-documents = ፓስፖርት, መታወቂያ, መታወቂያ ካርድ, ኢቃማ, ሰነድ, ሰነዶች, ወረቀት, ቪዛ, ውል, ኮንትራት
topic-words-wages = ደመወዝ, ደሞዝ, ክፍያ, ገንዘብ, ተከፈለኝ, አልተከፈለኝም, ያልተከፈለ, የደመወዝ ወረቀት
topic-words-debt = ዕዳ, እዳ, ብድር, ተበደርኩ, አለብኝ, ገንዘብ
topic-words-movement = መውጣት, መልቀቅ, ተቆለፈብኝ, ተዘግቶብኛል, ነጻ, ነፃ, መንቀሳቀስ, ማምለጥ, መጥፋት, ጠፋሁ
topic-words-violence = ጥቃት, ድብደባ, መምታት, መታኝ, ጉዳት, በደል, ወሲብ, ወሲባዊ, አስገድዶ መድፈር, ዛቻ, ማስፈራራት
topic-words-compensation = ካሳ, የጉዳት ካሳ, ገንዘብ መመለስ, መጠየቅ, ጥያቄ
topic-words-reporting = ፖሊስ, ሪፖርት, ክስ, ቅሬታ, አቤቱታ, መናገር, ማሳወቅ, ጥቆማ
topic-words-legal-help = ጠበቃ, ሕግ, ህግ, የሕግ ምክር, ምክር, ፍርድ ቤት, ነጻ የሕግ እርዳታ
topic-words-labour-rights = ሥራ, ስራ, ሰራተኛ, ሠራተኛ, አሰሪ, አሠሪ, አለቃ, ማዳም, መብት, መብቶች, ውል, ኮንትራት, ሰዓት
topic-words-recruitment-fees = ደላላ, ኤጀንሲ, ኤጀንት, ወኪል, ክፍያ, የሥራ ክፍያ, ቅጥር, ምልመላ
topic-words-work-conditions = ሰዓት, የሥራ ሰዓት, ዕረፍት, እረፍት, የዕረፍት ቀን, ትርፍ ሰዓት, ምግብ, እንቅልፍ, መተኛት, ደህንነት
