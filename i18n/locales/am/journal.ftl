## Journal: private notes that could one day help a case. Export for a caseworker.
## "Journal" = ማስታወሻ ደብተር (notebook); "entry" = ማስታወሻ (one note).

journal-title = የእርስዎ ማስታወሻ ደብተር
journal-intro = የሚሆነውን ይጻፉ፦ ቀኖችን፣ ቦታዎችን፣ ስሞችን፣ ገንዘብን። ይህን ማየት የሚችሉት እርስዎ ብቻ ነዎት። ወደፊት እርስዎን ወይም ጠበቃን ሊረዳ ይችላል።
journal-new = አዲስ ማስታወሻ
journal-empty = እስካሁን ምንም ማስታወሻ የለም።
journal-count = { $count ->
        [0] ምንም ማስታወሻ የለም
        [one] { $count } ማስታወሻ
       *[other] { $count } ማስታወሻዎች
    }
journal-text = ምን ተፈጠረ?
journal-tags = መለያዎች
journal-category = የሁኔታው ዓይነት
journal-written = የተጻፈው፦ { $date }
journal-edited = የተቀየረው፦ { $date }
journal-deleted = ይህ ማስታወሻ ተሰርዟል።
journal-attachments = { $count ->
        [one] { $count } አባሪ
       *[other] { $count } አባሪዎች
    }
journal-add-photo = ፎቶ አክል
journal-add-audio = የድምፅ ቅጂ አክል
journal-add-document = ሰነድ አክል
journal-delete-confirm = ይህ ማስታወሻ ይሰረዝ? ጽሑፉ እና አባሪዎቹ ለዘለቄታው ይጠፋሉ። ማስታወሻ ደብተሩ አሁንም እንዲረጋገጥ፣ አንድ ነገር እንደተሰረዘ የሚያሳይ መዝገብ ይቀራል።
journal-edit-note = ለውጦች እንደ አዲስ ቅጂ ይቀመጣሉ። የቀድሞው ቅጂ እንዳለ ይቆያል።

category-pay = ክፍያ ወይም ገንዘብ
category-documents = ሰነዶች ወይም መታወቂያ
category-threats = ዛቻ
category-violence = ጥቃት
category-movement = መውጣት መከልከል
category-conditions = የሥራ ወይም የኑሮ ሁኔታ
category-other = ሌላ

journal-verify = ማስታወሻ ደብተሩን አረጋግጥ
journal-verify-ok = ማስታወሻ ደብተሩ የተሟላ ነው። ምንም ነገር አልተቀየረም።
journal-verify-broken = ማስታወሻ ደብተሩ ከመተግበሪያው ውጭ ተቀይሯል፤ በማስታወሻ ቁጥር { $number } ላይ።
journal-witness-code = የማረጋገጫ ኮድ
    .hint = ጉዳይዎን የሚከታተል ሰራተኛ ይህን ኮድ ሊጽፈው ይችላል። ወደፊት ማስታወሻ ደብተሩ እንዳልተቀየረ ያሳያል።

export-title = ጉዳይዎን ከሚከታተል ሰራተኛ ጋር ያጋሩ
export-intro = ይህ ማስታወሻ ደብተርዎን የያዘ አንድ የተቆለፈ ፋይል ይሰራል። ሊከፍተው የሚችለው የይለፍ ቃሉ ያለው ሰው፣ ወይም ጉዳይዎን የሚከታተለው ሰራተኛ ቁልፍ ብቻ ነው።
export-passphrase = ለፋይሉ የይለፍ ቃል ይምረጡ
export-passphrase-hint = የይለፍ ቃሉን ለሰራተኛው በአካል ወይም በስልክ ይንገሩ፤ ፋይሉን በላኩበት መልዕክት ውስጥ አይላኩት።
export-to-organisation = ለ{ $organisation } ቆልፍ
export-working = ፋይሉ በመሰራት ላይ… { $percent }%
export-done = ፋይሉ ዝግጁ ነው።
export-wrong-passphrase = ያ የይለፍ ቃል ይህን ፋይል አይከፍትም።
export-damaged = ይህ ፋይል ተበላሽቷል ወይም ያልተሟላ ነው።
import-title = ማስታወሻ ደብተርዎን ወደዚህ ስልክ ያዛውሩ
import-done = { $count ->
        [one] { $count } ማስታወሻ ተዛውሯል።
       *[other] { $count } ማስታወሻዎች ተዛውረዋል።
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = ገበያ፦ ሩዝ፣ ዘይት፣ ሽንኩርት፣ የስልክ ካርድ።
decoy-sample-2 = ወደ ቤት ደወልኩ። ሁሉም ደህና ናቸው።
decoy-sample-3 = ዛሬ ረጅም ሰዓት ሰራሁ። በጣም ደክሞኛል።
decoy-sample-4 = ከጓደኛዬ የተበደርኩትን ገንዘብ መለስኩ።
decoy-sample-5 = አዲስ የስልክ ቻርጀር ያስፈልገኛል።
decoy-sample-6 = የእረፍት ቀን። ልብስ አጠብኩ፣ ምግብ አበሰልኩ።
