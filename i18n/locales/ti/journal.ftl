## Journal: private notes that could one day help a case. Export for a caseworker.
## "Journal" = መዝገብ (record book); "entry" = ጽሑፍ (one written note).

journal-title = መዝገብኩም
journal-intro = ዘጋጥመኩም ጽሓፉ፦ ዕለታት፣ ቦታታት፣ ኣስማት፣ ገንዘብ። ክርእዮ ዝኽእል ንስኹም ጥራይ ኢኹም። ድሒሩ ንዓኹም ወይ ንጠበቓ ክሕግዝ ይኽእል።
journal-new = ሓድሽ ጽሑፍ
journal-empty = ገና ጽሑፍ የለን።
journal-count = { $count ->
        [0] ጽሑፍ የለን
        [one] { $count } ጽሑፍ
       *[other] { $count } ጽሑፋት
    }
journal-text = እንታይ ኣጋጠመ?
journal-tags = መለለዪታት
journal-category = ዓይነት ፍጻመ
journal-written = ዝተጻሕፈሉ፦ { $date }
journal-edited = ዝተቐየረሉ፦ { $date }
journal-deleted = እዚ ጽሑፍ ተደምሲሱ እዩ።
journal-attachments = { $count ->
        [one] { $count } ዝተተሓሓዘ ፋይል
       *[other] { $count } ዝተተሓሓዙ ፋይላት
    }
journal-add-photo = ስእሊ ወስኹ
journal-add-audio = ናይ ድምጺ ቅዳሕ ወስኹ
journal-add-document = ሰነድ ወስኹ
journal-delete-confirm = እዚ ጽሑፍ ይደምሰስ ድዩ? ጽሑፉን ዝተተሓሓዙ ፋይላቱን ንሓዋሩ ክጠፍኡ እዮም። እቲ መዝገብ ደሓር እውን ክረጋገጽ ምእንቲ፣ ገለ ነገር ከም ዝተደምሰሰ ዝሕብር መዘኻኸሪ ይተርፍ።
journal-edit-note = ለውጥታት ከም ሓድሽ ሕታም ይዕቀቡ። እቲ ዝቐደመ ሕታም ይተርፍ።

category-pay = ደሞዝ ወይ ገንዘብ
category-documents = ሰነዳት ወይ መንነት
category-threats = ምፍርራሕ
category-violence = ዓመጽ
category-movement = ምውጻእ ምኽልካል
category-conditions = ኩነታት ስራሕ ወይ መንበሪ
category-other = ካልእ

journal-verify = መዝገብ ኣረጋግጹ
journal-verify-ok = እቲ መዝገብ ምሉእ እዩ። ዝተቐየረ ነገር የለን።
journal-verify-broken = እቲ መዝገብ ካብቲ ኣፕ ወጻኢ ተቐይሩ ኣሎ፣ ኣብ ጽሑፍ ቁጽሪ { $number }።
journal-witness-code = ኮድ ምርግጋጽ
    .hint = ጉዳይኩም ዝከታተል ሰራሕተኛ ነዚ ኮድ ክጽሕፎ ይኽእል። ድሒሩ እቲ መዝገብ ከም ዘይተቐየረ የርኢ።

export-title = ምስ ጉዳይኩም ዝከታተል ሰራሕተኛ ኣካፍሉ
export-intro = እዚ ንመዝገብኩም ዝሓዘ ሓደ ዕጹው ፋይል ይሰርሕ። ክኸፍቶ ዝኽእል፣ እቲ መሕለፊ ቃል ዘለዎ ሰብ፣ ወይ መፍትሕ ናይቲ ጉዳይኩም ዝከታተል ሰራሕተኛ ጥራይ እዩ።
export-passphrase = ነቲ ፋይል መሕለፊ ቃል ምረጹ
export-passphrase-hint = ነቲ መሕለፊ ቃል ንሰራሕተኛ ብኣካል ወይ ብስልኪ ንገሩ፣ ኣብቲ ፋይል ዝሰደድኩምሉ መልእኽቲ ኣይኹን።
export-to-organisation = ን{ $organisation } ዓጽውዎ
export-working = ፋይል ይዳሎ ኣሎ… { $percent }%
export-done = እቲ ፋይል ድሉው እዩ።
export-wrong-passphrase = እቲ መሕለፊ ቃል ነዚ ፋይል ኣይኸፍቶን።
export-damaged = እዚ ፋይል ተበላሽዩ ወይ ምሉእ ኣይኮነን።
import-title = መዝገብኩም ናብዚ ስልኪ ኣሰጋግሩ
import-done = { $count ->
        [one] { $count } ጽሑፍ ተሰጋጊሩ።
       *[other] { $count } ጽሑፋት ተሰጋጊሮም።
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = ዕዳጋ፦ ሩዝ፣ ዘይቲ፣ ሽጉርቲ፣ ካርድ ስልኪ።
decoy-sample-2 = ናብ ገዛ ደዊለ። ኩሎም ደሓን እዮም።
decoy-sample-3 = ሎሚ ነዊሕ ሰዓት ሰሪሐ። ብጣዕሚ ደኺመ።
decoy-sample-4 = ካብ ዓርከይ ዝተለቓሕክዎ ገንዘብ መሊሰ።
decoy-sample-5 = ሓድሽ ቻርጀር ስልኪ የድልየኒ።
decoy-sample-6 = መዓልቲ ዕረፍቲ። ክዳውንቲ ሓጺበ፣ መግቢ ኣብሲለ።
