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
journal-edit-current = ማስታወሻው አሁን ይህን ይመስላል፦
journal-page-none = እንደዚህ ያለ ገጽ የለም። ገጾች የሚጀምሩት ከ0 ነው።
journal-draft-kept = ጽሑፍዎ አልተቀመጠም። ነገር ግን መተግበሪያውን እስኪደብቁ ወይም ከመተግበሪያው እስኪወጡ ድረስ ይቆያል። እንደገና ለመጠቀም write ብለው ይተይቡ።
journal-draft-reuse = ያልተቀመጠው ጽሑፍዎ ከዚህ በታች ነው። ለመጨመር ተጨማሪ መስመሮችን ይተይቡ። ለማስቀመጥ ደግሞ ነጥብ (.) ብቻ ያለበት መስመር ይተይቡ።
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
export-to-organisation = { $organisation } እንዲከፍተው ቆልፍ
export-for-organisation = ይህ ፋይል የሚዘጋጀው { $organisation } እንዲከፍተው ነው። የድርጅቱ ቁልፍ፦ { $fingerprint }።
export-for-key = ይህን ፋይል መክፈት የሚችለው ይህ ቁልፍ ብቻ ነው፦ { $fingerprint }።
export-confirm-key = ከመቀጠልዎ በፊት ቁልፉን ከድርጅቱ ጋር ያረጋግጡ። ፋይሉ ይሰራ?
export-no-organisation-key = ይህ ስልክ ሲዘጋጅ የድርጅት ቁልፍ አልተቀመጠም። በምትኩ የይለፍ ቃል ይጠቀሙ።
export-passphrase-again = ያንኑ የይለፍ ቃል እንደገና ይተይቡ
export-working = ፋይሉ በመሰራት ላይ… { $percent }%
export-changes-entry = ማስታወሻ #{ $number } ላይ የተደረገ ለውጥ
export-done = ፋይሉ ዝግጁ ነው።
export-wrong-passphrase = ያ የይለፍ ቃል ይህን ፋይል አይከፍትም።
export-damaged = ይህ ፋይል ተበላሽቷል ወይም ያልተሟላ ነው።
import-title = ማስታወሻ ደብተርዎን ወደዚህ ስልክ ያዛውሩ
import-passphrase = የፋይሉ የይለፍ ቃል
import-done = { $count ->
        [one] { $count } ማስታወሻ ተዛውሯል።
       *[other] { $count } ማስታወሻዎች ተዛውረዋል።
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = ዝናባማ ጠዋት። ክፍሉ ቀዝቃዛ ነው።
decoy-entry-2 = ለእራት ሽሮ ወጥ ሰራሁ።
decoy-entry-3 = በደንብ አልተኛሁም። ክፍሉ በጣም ሞቃት ነበር።
decoy-entry-4 = ልብስ አጠብኩ። በፀሐይ ቶሎ ደረቀ።
decoy-entry-5 = ዳቦ በቲማቲም በላሁ።
decoy-entry-6 = ዕቃ አጠብኩ።
decoy-entry-7 = ዛሬ ደክሞኛል። ቀደም ብዬ ተኛሁ።
decoy-entry-8 = ማታ በጸጥታ ተቀመጥኩ።
decoy-entry-9 = ወጥ ቤቱን አጸዳሁ።
decoy-entry-10 = ዛሬ ቀዝቃዛ ነው። ሁለት ሸሚዝ ደርቤ ለበስኩ።
decoy-entry-11 = ምስር ወጥ በአዲስ አሰራር ሞከርኩ። አልከፋም።
decoy-entry-12 = ከሰዓት በኋላ ራሴን አመመኝ። ብዙ ውሃ ጠጣሁ።
decoy-entry-13 = ማታ ላይ እግሬን አመመኝ።
decoy-entry-14 = የጃኬቴን ቁልፍ ሰፋሁ።
decoy-entry-15 = ሻይ አፍልቼ አረፍኩ።
decoy-entry-16 = ጫጫታ የበዛበት ሌሊት። በደንብ መተኛት አልቻልኩም።
decoy-entry-17 = የግድግዳው ሰዓት ትንሽ ይዘገያል።
decoy-entry-18 = ፀሐያማ ቀን። በመስኮቱ አጠገብ ተቀመጥኩ።
decoy-entry-19 = ለምሳ ፓስታ በላሁ።
decoy-entry-20 = የጫማዬን ሶል ሰፋሁ።
decoy-entry-21 = ዛሬ ብዙ ውሃ ጠጣሁ።
decoy-entry-22 = የተቀደደ ካልሲ ሰፋሁ።
decoy-entry-23 = ውሃ በደንብ መጠጣት አለብኝ።
decoy-entry-24 = ሻይ ጠጥቼ ትንሽ አረፍኩ።
decoy-entry-25 = የድንች አልጫ በሽንኩርት ሰራሁ።
decoy-entry-26 = ለምሳ ሩዝ በአትክልት በላሁ።
decoy-entry-27 = ዛሬ ብዙ ነፋስ ነበር።
decoy-entry-28 = ወለሉን ጠረግኩ።
decoy-entry-29 = ማለዳ ተነሳሁ። ሰማዩን አየሁ።
decoy-entry-30 = ለቁርስ ፍራፍሬ በላሁ።
decoy-entry-31 = ረጅም ቀን። ምንም የተለየ ነገር የለም።
decoy-entry-32 = ሾርባ ሰራሁ። ለሁለት ቀን ይበቃል።
decoy-entry-33 = ጀርባዬ ደርቋል። ትንሽ ሰውነቴን አፍታታሁ።
decoy-entry-34 = ፀጉሬ ረዝሟል።
decoy-entry-35 = ምግብ ለማብሰል በጣም ደክሞኝ ነበር። ዳቦ በላሁ።
decoy-entry-36 = ዛሬ ጠዋት የሚያምር ወፍ አየሁ።
decoy-entry-37 = ጫማዬን ጠረግኩ።
decoy-entry-38 = የቦርሳዬን ትንሽ ቀዳዳ ሰፋሁ።
decoy-entry-39 = ጸጥ ያለ ቀን።
decoy-entry-40 = ቧንቧው ያንጠባጥባል።
decoy-entry-41 = ፀጉሬን ታጠብኩ።
decoy-entry-42 = እንቁላል ፍርፍር ሰራሁ።
decoy-entry-43 = ዛሬ በጣም ሞቃት ነው።
decoy-entry-44 = ዛሬስ በደንብ ተኛሁ።
decoy-entry-45 = ሻይ በሎሚ ጠጣሁ።
decoy-entry-46 = ጉሮሮዬን አመመኝ። ለብ ያለ ውሃ በማር ጠጣሁ።
decoy-entry-47 = የታጠበውን ልብስ አጣጠፍኩ።
decoy-entry-48 = ቀኑን ሙሉ ዘነበ።
decoy-entry-49 = ቂጣ ጋገርኩ። ጥሩ ሆኖ ወጣ።
decoy-entry-50 = ከመተኛቴ በፊት ትንሽ አነበብኩ።
decoy-entry-51 = ጥፍሬን ቆረጥኩ።
decoy-entry-52 = ፎጣዎቹን አጠብኩ።
decoy-entry-53 = ለነገ ድንች ላጥኩ።
decoy-entry-54 = ለምሳ ቲማቲም በጨው በላሁ።
decoy-entry-55 = ብርድ ልብሶቹን ፀሐይ አስመታሁ።
decoy-entry-56 = ዛሬ እራቴን አምሽቼ በላሁ።
decoy-entry-57 = የክፍሉ መብራት ብልጭ ድርግም ይላል።
decoy-entry-58 = ልብሱን ቤት ውስጥ አሰጣሁት። ውጭ በጣም እርጥብ ነው።
decoy-entry-59 = ከምሳ በኋላ ሆዴን አመመኝ። አሁን ተሽሎኛል።
decoy-entry-60 = ዛሬ ብዙ ነገር የለም። አረፍኩ።
