## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = ሁኔታዎን ይፈትሹ
screening-intro = እነዚህ ጥያቄዎች ስለ ሥራዎ እና ስለሚኖሩበት ቦታ ናቸው። መመለስ የሚፈልጉትን ብቻ ይመልሱ። መልሶችዎ በዚህ ስልክ ላይ ይቆያሉ፤ እርስዎ ካልመረጡ በስተቀር አይቀመጡም።
screening-progress = ጥያቄ { $current } ከ{ $total }
screening-skip = ይህን ጥያቄ እለፍ

# ILO: abuse of vulnerability
screening-q-vulnerability = አሰሪዎ ያሉበትን ሁኔታ በእርስዎ ላይ ይጠቀምበታል? ለምሳሌ ሰነዶችዎን፣ ዕዳዎን፣ ቋንቋዎን፣ ወይም ሌላ የሚሄዱበት ቦታ እንደሌለዎት።
# ILO: deception
screening-q-deception = ሥራዎ፣ ክፍያዎ ወይም መኖሪያዎ ቃል ከተገባልዎ በጣም የተለየ ነው?
# ILO: restriction of movement
screening-q-movement = በፈለጉ ጊዜ ከሥራ ቦታዎ ወይም ከቤትዎ እንዳይወጡ ይከለከላሉ?
# ILO: isolation
screening-q-isolation = ከሌሎች ሰዎች እንዲርቁ ይደረጋሉ፣ ወይም ቤተሰብዎን ወይም ጓደኞችዎን እንዳያገኙ ይከለከላሉ?
# ILO: physical and sexual violence
screening-q-violence = በሥራ ቦታ የሆነ ሰው ጉዳት አድርሶብዎታል፣ ወይም ባልፈለጉት ወሲባዊ መንገድ ነክቶዎታል?
# ILO: intimidation and threats
screening-q-threats = የሆነ ሰው እርስዎን ወይም ቤተሰብዎን አስፈራርቷል? ለምሳሌ በጥቃት፣ በፖሊስ፣ ወይም ወደ አገርዎ እንዲመለሱ በማድረግ።
# ILO: retention of identity documents
screening-q-documents = ሌላ ሰው ፓስፖርትዎን ወይም መታወቂያ ካርድዎን ይዞ፣ ሲጠይቁት አልመልስም ይላል?
# ILO: withholding of wages
screening-q-wages = ክፍያዎ ይያዝብዎታል፣ ቃል ከተገባው በጣም ያነሰ ነው፣ ወይም ጨርሶ አይከፈልዎትም?
# ILO: debt bondage
screening-q-debt = ለአሰሪዎ ወይም ለደላላዎ በሥራ መክፈል ያለብዎት ዕዳ አለ፣ ዕዳውም አይቀንስም?
# ILO: abusive working and living conditions
screening-q-conditions = የሥራዎ ወይም የኑሮዎ ሁኔታ አደገኛ፣ ቆሻሻ ወይም አዋራጅ ነው? ለምሳሌ ትክክለኛ አልጋ፣ ምግብ ወይም የደህንነት መሣሪያ የለም።
# ILO: excessive overtime
screening-q-overtime = ሌላ እውነተኛ ምርጫ ሳይኖርዎ፣ በጣም ረጅም ሰዓታት ወይም በእረፍት ቀናት መሥራት አለብዎት?

screening-result-title = መልሶችዎ የሚያሳዩት
screening-result-none = መልሶችዎ የግዳጅ ሥራ ምልክቶችን አያሳዩም። አሁንም የሆነ ነገር ትክክል እንዳልሆነ ከተሰማዎት፣ ከእርዳታ መስመር ጋር መነጋገር ይችላሉ። ነጻ እና ሚስጥራዊ ነው።
screening-result-some = { $count ->
        [one] ከመልሶችዎ አንዱ የማስጠንቀቂያ ምልክት ነው።
       *[other] ከመልሶችዎ ውስጥ { $count } የማስጠንቀቂያ ምልክቶች ናቸው።
    } ይህ የግዳጅ ሥራ ወይም የብዝበዛ ምልክት ሊሆን ይችላል። ጥፋቱ የእርስዎ አይደለም። እርዳታ አለ።
screening-result-urgent = አንዳንድ መልሶችዎ አደጋ ላይ ሊሆኑ እንደሚችሉ ያሳያሉ። አሁን አደጋ ላይ ከሆኑ፣ ወደ አደጋ ጊዜ ቁጥሩ ይደውሉ። ከእርዳታ መስመር ጋርም መነጋገር ይችላሉ።
screening-result-helplines = በዚህ ሊረዱ የሚችሉ የእርዳታ መስመሮች
screening-result-rights = ሊረዱዎት የሚችሉ መብቶች
screening-disclaimer = ይህ ፍተሻ የሕግ ውሳኔ አይደለም። ሁኔታዎን የሚያውቁት እርስዎ ብቻ ነዎት። የእርዳታ መስመር በደንብ እንዲያስቡበት ሊረዳዎ ይችላል።
