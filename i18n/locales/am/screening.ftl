## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = ሁኔታዎን ይፈትሹ
screening-intro = እነዚህ ጥያቄዎች ስለ ሥራዎ እና ስለሚኖሩበት ቦታ ናቸው። መመለስ የሚፈልጉትን ብቻ ይመልሱ። መልሶችዎ በዚህ ስልክ ላይ ይቆያሉ፤ እርስዎ ካልመረጡ በስተቀር አይቀመጡም።
screening-progress = ጥያቄ { $current } ከጠቅላላው { $total }
screening-skip = ይህን ጥያቄ እለፍ
# Words a person may type for each answer, comma-separated, lower case. English short forms are kept
# because many phones have no Amharic keyboard.
screening-words-yes = አዎ, አዎን, እሺ, yes, y
screening-words-no = አይ, አይደለም, የለም, no, n
screening-words-not-sure = እርግጠኛ አይደለሁም, አላውቅም, ምናልባት, እንጃ, ?, not sure
screening-words-skip = እለፍ, ዝለል, skip, s
screening-not-understood = እባክዎ 1፣ 2፣ 3 ወይም 4 ይተይቡ።

screening-result-title = መልሶችዎ የሚያሳዩት
screening-result-none = መልሶችዎ የግዳጅ ሥራ ምልክቶችን አያሳዩም። አሁንም የሆነ ነገር ትክክል እንዳልሆነ ከተሰማዎት፣ ከእርዳታ መስመር ጋር መነጋገር ይችላሉ። ነጻ እና ሚስጥራዊ ነው።
screening-result-some = { $count ->
        [one] ከመልሶችዎ አንዱ የማስጠንቀቂያ ምልክት ነው።
       *[other] ከመልሶችዎ ውስጥ { $count } የማስጠንቀቂያ ምልክቶች ናቸው።
    } ይህ የግዳጅ ሥራ ወይም የብዝበዛ ምልክት ሊሆን ይችላል። ጥፋቱ የእርስዎ አይደለም። እርዳታ አለ።
screening-result-no-answers = ጥያቄዎቹን አልመለሱም። ችግር የለውም። ስለ ሁኔታዎ መነጋገር ከፈለጉ፣ የእርዳታ መስመር ሊያዳምጥዎ ይችላል። ነጻ ነው።
screening-result-unclear = አንዳንድ መልሶችዎ «እርግጠኛ አይደለሁም» ነበሩ። ችግር የለውም። የእርዳታ መስመር በደንብ እንዲያስቡበት ሊረዳዎ ይችላል።
screening-result-under-18 = ዕድሜዎ ከ18 ዓመት በታች ነው። አንድ ሰው ለራሱ ጥቅም ብሎ እንዲሰሩ ወይም የወሲብ ነገሮችን እንዲያደርጉ ካደረገዎት፣ ኃይል ባይጠቀምም ይህ ብዝበዛ ነው። ለሕፃናት የሆኑ መስመሮች መጀመሪያ ይታያሉ።
screening-result-urgent = አንዳንድ መልሶችዎ አደጋ ላይ ሊሆኑ እንደሚችሉ ያሳያሉ። አሁን አደጋ ላይ ከሆኑ፣ ወደ አደጋ ጊዜ ቁጥሩ ይደውሉ። ከእርዳታ መስመር ጋርም መነጋገር ይችላሉ።
screening-result-helplines = በዚህ ሊረዱ የሚችሉ የእርዳታ መስመሮች
screening-result-rights = ሊረዱዎት የሚችሉ መብቶች
screening-disclaimer = ይህ ፍተሻ የሕግ ውሳኔ አይደለም። ሁኔታዎን የሚያውቁት እርስዎ ብቻ ነዎት። የእርዳታ መስመር በደንብ እንዲያስቡበት ሊረዳዎ ይችላል።
