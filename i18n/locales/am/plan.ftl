## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = የእርስዎ የደህንነት እቅድ
plan-intro = መውጣት ወይም እርዳታ ማግኘት ቢያስፈልግዎ ምን እንደሚያደርጉ እንዲያውቁ አስቀድመው ያቅዱ። ይህን ማየት የሚችሉት እርስዎ ብቻ ነዎት።
plan-updated = ለመጨረሻ ጊዜ የተቀየረው፦ { $date }

plan-warning-signs = የማስጠንቀቂያ ምልክቶች
    .prompt = ነገሮች ይበልጥ አደገኛ እየሆኑ መሆናቸውን ምን ይነግርዎታል?
    .example = ለምሳሌ፦ አለቃው ስለ ገንዘብ ይቆጣል፣ አዲስ ሰዎች ይመጣሉ፣ ሰነዶችዎ ይወሰዳሉ።

plan-safe-people = የሚያምኗቸው ሰዎች
    .prompt = እርዳታ ቢያስፈልግዎ ማንን ማግኘት ይችላሉ?
plan-person-name = ስም
plan-person-contact = እንዴት ማግኘት እንደሚቻል
plan-person-code-word = የምልክት ቃል
    .hint = ሌሎች ሳያውቁ እርዳታ ለመጠየቅ የሚናገሩት ወይም በጽሑፍ መልዕክት የሚልኩት ቃል።

plan-safe-places = ደህንነታቸው የተጠበቀ ቦታዎች
    .prompt = በፍጥነት መውጣት ቢያስፈልግዎ የት መሄድ ይችላሉ?
    .example = ለምሳሌ፦ የጓደኛ ቤት፣ ቤተ ክርስቲያን ወይም ቤተ መቅደስ፣ መጠለያ፣ እዚያ ደህንነት ከተሰማዎት ፖሊስ ጣቢያ።

plan-documents = ሰነዶች
    .prompt = የትኞቹን ሰነዶች መያዝ፣ ወይም ቅጂያቸውን መያዝ አለብዎት?
plan-doc-passport = ፓስፖርት
plan-doc-id = መታወቂያ ካርድ
plan-doc-visa = ቪዛ ወይም የሥራ ፈቃድ
plan-doc-contract = የሥራ ውል
plan-doc-payslips = የደመወዝ ወረቀቶች
plan-doc-bank-card = የባንክ ካርድ
plan-doc-have = እኔ ጋር ነው
plan-doc-copy = ቅጂ አለኝ
plan-doc-held = ሌላ ሰው ይዞታል

plan-bag = የአደጋ ጊዜ ቦርሳ
    .prompt = በፍጥነት መውጣት ቢኖርብዎ ምን ይዘው ይሄዳሉ?
    .example = ለምሳሌ፦ ስልክ እና ቻርጀር፣ ገንዘብ፣ መድኃኒት፣ የሰነዶች ቅጂዎች፣ ሙቀት የሚሰጡ ልብሶች።

plan-steps = በደህንነት ለመውጣት የሚወሰዱ እርምጃዎች
    .prompt = እያንዳንዱን እርምጃ በቅደም ተከተል ይጻፉ።
plan-step-number = እርምጃ { $number }

plan-notes = ማስታወሻዎች
    .prompt = ሊያስታውሱት የሚፈልጉት ሌላ ማንኛውም ነገር።

plan-item-add = አክል
plan-item-remove = አስወግድ
plan-empty = እዚህ እስካሁን ምንም አልተጻፈም።

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = ከእቅዱ ክፍሎች የአንዱን ስም ይተይቡ፦ warning-signs (የማስጠንቀቂያ ምልክቶች)፣ safe-people (የሚያምኗቸው ሰዎች)፣ safe-places (ደህንነታቸው የተጠበቀ ቦታዎች)፣ documents (ሰነዶች)፣ bag (የአደጋ ጊዜ ቦርሳ)፣ steps (እርምጃዎች) ወይም notes (ማስታወሻዎች)።
plan-set-document-kinds = የሰነዱን ስም ይተይቡ፦ passport (ፓስፖርት)፣ id (መታወቂያ ካርድ)፣ visa (ቪዛ ወይም የሥራ ፈቃድ)፣ contract (የሥራ ውል)፣ payslips (የደመወዝ ወረቀቶች) ወይም bank-card (የባንክ ካርድ)።
plan-set-document-status = ሰነዱ የት እንዳለ ይተይቡ፦ have (እኔ ጋር ነው)፣ copy (ቅጂ አለኝ) ወይም held (ሌላ ሰው ይዞታል)።
