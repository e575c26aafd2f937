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
help-in-country = በ{ $country } ያሉ የእርዳታ መስመሮች
help-none-open = አሁን ክፍት የሆነ የእርዳታ መስመር የለም። አሁንም መልዕክት ወይም ኢሜይል መላክ ይችላሉ። አሁን አደጋ ላይ ነዎት? ወደ አደጋ ጊዜ ቁጥሩ ይደውሉ።
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
tip-call-log = ጥሪዎች እና የጽሑፍ መልዕክቶች በስልኩ የጥሪ ዝርዝር ውስጥ ይታያሉ። ከደወሉ በኋላ፣ ማድረጉ ደህና ከሆነ፣ ይሰርዟቸው።
tip-phone-bill = ጥሪዎች በስልክ ሂሳብ ላይ ሊታዩ ይችላሉ። ነጻ ቁጥሮች ብዙ ጊዜ አይታዩም።
tip-borrow-phone = አንድ ሰው ስልክዎን የሚፈትሽ ከሆነ፣ ከሚያምኑት ሰው ስልክ ይዋሱ።
tip-law-lines = አንዳንድ መስመሮች የሚተዳደሩት በፖሊስ ወይም በኢሚግሬሽን ነው። በዚህ መተግበሪያ ውስጥ ምልክት ተደርጎባቸዋል።
tip-documents = የፓስፖርትዎን፣ የመታወቂያዎን፣ የቪዛዎን እና የሥራ ውልዎን ቅጂ ይያዙ። ቅጂውን ደህንነቱ በተጠበቀ ቦታ፣ ወይም ከሚያምኑት ሰው ጋር ያስቀምጡ።
tip-hide = አንድ ሰው ወደ እርስዎ ከቀረበ “ደብቅ” የሚለውን ይንኩ። መተግበሪያው ካልኩሌተሩን ያሳያል።
tip-emergency = አሁን አደጋ ላይ ነዎት? ወደ አደጋ ጊዜ ቁጥሩ ይደውሉ። ነጻ ነው።

## Rights and resources

rights-title = መብቶችዎ
rights-in = በ{ $country } ያሉዎት መብቶች
rights-international = በሁሉም ቦታ ያሉ መብቶች
rights-paraphrase-note = ይህ አጭር ማጠቃለያ ነው፤ የሕግ ምክር አይደለም። ስለ ጉዳይዎ ጠበቃን ወይም የእርዳታ መስመርን ይጠይቁ።
rights-caveats = እባክዎ ልብ ይበሉ
resources-title = ተጨማሪ ንባብ
search-placeholder = ፈልግ
search-no-results = ምንም አልተገኘም። ሌላ ቃል ይሞክሩ።
search-results = { $count ->
        [one] { $count } ውጤት
       *[other] { $count } ውጤቶች
    }
