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
journal-edit-current = ሕጂ እቲ ጽሑፍ ከምዚ እዩ፦
journal-page-none = ከምዚ ዝበለ ገጽ የለን። ገጻት ካብ 0 ይጅምሩ።
journal-draft-kept = ዝጸሓፍኩምዎ ኣይተዓቀበን። ግን ነቲ ኣፕ ክሳብ እትሓብእዎ ወይ ካብኡ እትወጹ ይጸንሕ። ደጊምኩም ክትጥቀሙሉ write ጽሓፉ።
journal-draft-reuse = ዘይተዓቀበ ጽሑፍኩም ኣብ ታሕቲ ኣሎ። ክትውስኹሉ ተወሳኺ መስመራት ጽሓፉ። ክትዕቅብዎ ድማ ነጥቢ (.) ጥራይ ዘለዎ መስመር ጽሓፉ።
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
export-to-organisation = ንትካል { $organisation } ዓጽውዎ
export-for-organisation = እዚ ፋይል ንትካል { $organisation } ክኸውን እዩ። መፍትሖም፦ { $fingerprint }።
export-for-key = እዚ ፋይል ብመፍትሕ { $fingerprint } ጥራይ እዩ ዝኽፈት።
export-confirm-key = ቅድሚ ምቕጻልኩም ነቲ መፍትሕ ምስቲ ትካል ኣረጋግጹ። እቲ ፋይል ይሰራሕ ዶ?
export-no-organisation-key = እዚ ስልኪ ክዳሎ ከሎ መፍትሕ ትካል ኣይተዓቀበን። ኣብ ክንድኡ መሕለፊ ቃል ተጠቐሙ።
export-passphrase-again = ሓደ ዓይነት መሕለፊ ቃል ደጊምኩም ጽሓፉ
export-working = ፋይል ይዳሎ ኣሎ… { $percent }%
export-changes-entry = ንጽሑፍ #{ $number } ይቕይር
export-done = እቲ ፋይል ድሉው እዩ።
export-wrong-passphrase = እቲ መሕለፊ ቃል ነዚ ፋይል ኣይኸፍቶን።
export-damaged = እዚ ፋይል ተበላሽዩ ወይ ምሉእ ኣይኮነን።
import-title = መዝገብኩም ናብዚ ስልኪ ኣሰጋግሩ
import-passphrase = መሕለፊ ቃል ናይቲ ፋይል
import-done = { $count ->
        [one] { $count } ጽሑፍ ተሰጋጊሩ።
       *[other] { $count } ጽሑፋት ተሰጋጊሮም።
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = ንግሆ ዝናብ ነይሩ። እቲ ክፍሊ ቆሪሩ።
decoy-entry-2 = ንድራር ሽሮን ሩዝን ኣብሲለ።
decoy-entry-3 = ጽቡቕ ኣይደቀስኩን። ክፍሊ ብጣዕሚ ውዑይ ነይሩ።
decoy-entry-4 = ክዳውንቲ ሓጺበ። ብጸሓይ ቀልጢፎም ነቒጾም።
decoy-entry-5 = ባኒን ኮሚደረን በሊዐ።
decoy-entry-6 = ሳሕንታት ሓጺበ።
decoy-entry-7 = ሎሚ ደኺመ። ቀልጢፈ ደቂሰ።
decoy-entry-8 = ምሸት ብህድኣት ኮፍ ኢለ።
decoy-entry-9 = ክሽነ ኣጽሪየ።
decoy-entry-10 = ሎሚ ቆሪሩ። ክልተ ካምቻ ተኸዲነ።
decoy-entry-11 = ብርስን ብሓድሽ ኣገባብ ሰሪሐዮ። ሕማቕ ኣይነበረን።
decoy-entry-12 = ድሕሪ ቐትሪ ርእሰይ ሓሚሙኒ። ዝያዳ ማይ ሰትየ።
decoy-entry-13 = ምሸት ኣእጋረይ ሓሚሙኒ።
decoy-entry-14 = ናይ ጃኬተይ መልጎም ኣዐርየ።
decoy-entry-15 = ሻሂ ሰሪሐ ዓሪፈ።
decoy-entry-16 = ለይቲ ጫውጫው ነይሩ። ጽቡቕ ክድቅስ ኣይከኣልኩን።
decoy-entry-17 = እታ ሰዓት ትድሕር ኣላ።
decoy-entry-18 = ሎሚ ጸሓይ ነይራ። ጥቓ መስኮት ኮፍ ኢለ።
decoy-entry-19 = ንምሳሕ ፓስታ በሊዐ።
decoy-entry-20 = ሶላ ናይ ሳእነይ ኣዐርየ።
decoy-entry-21 = ሎሚ ብዙሕ ማይ ሰትየ።
decoy-entry-22 = ካልሲ ሰፍየ።
decoy-entry-23 = ዝያዳ ማይ ምስታይ ክዝክር ኣለኒ።
decoy-entry-24 = ሻሂን ሓጺር ዕረፍትን።
decoy-entry-25 = ጸብሒ ድንሽ ምስ ሽጉርቲ ሰሪሐ።
decoy-entry-26 = ንምሳሕ ሩዝ ምስ ኣሕምልቲ።
decoy-entry-27 = ሎሚ ንፋስ ነይሩ።
decoy-entry-28 = ገዛ ጸሪገ።
decoy-entry-29 = ቀልጢፈ ተንሲአ። ንሰማይ ተዓዚበ።
decoy-entry-30 = ንቁርሲ ፍረታት በሊዐ።
decoy-entry-31 = ነዊሕ መዓልቲ። ፍሉይ ነገር የለን።
decoy-entry-32 = ሾርባ ሰሪሐ። ንክልተ መዓልቲ ይኣክል።
decoy-entry-33 = ሕቖይ ደሪቑኒ። ቁሩብ ተመጣጢጠ።
decoy-entry-34 = ጸጕረይ ነዊሑ።
decoy-entry-35 = ደኺመ ነይረ፣ ኣየብሰልኩን። ባኒ በሊዐ።
decoy-entry-36 = ሎሚ ንግሆ ጽብቕቲ ዑፍ ርእየ።
decoy-entry-37 = ሳእነይ ኣጽሪየ።
decoy-entry-38 = ኣብ ቦርሳይ ዝነበረ ንእሽቶ ነኳል ሰፍየ።
decoy-entry-39 = ህዱእ መዓልቲ።
decoy-entry-40 = ቡምባ ማይ ይንጠባጠብ ኣሎ።
decoy-entry-41 = ጸጕረይ ሓጺበ።
decoy-entry-42 = እንቋቑሖን ሩዝን ሰሪሐ።
decoy-entry-43 = ሎሚ ብጣዕሚ ሃሩር ነይሩ።
decoy-entry-44 = ሓንሳብ'ኳ ጽቡቕ ደቂሰ።
decoy-entry-45 = ሻሂ ምስ ለሚን ሰትየ።
decoy-entry-46 = ጎሮሮይ ሓሚሙኒ። ውዑይ ማይ ምስ መዓር ሰትየ።
decoy-entry-47 = ጽሩይ ክዳውንቲ ዓጺፈ።
decoy-entry-48 = ምሉእ መዓልቲ ዝናብ ዘኒቡ።
decoy-entry-49 = ቅጫ ሰሪሐ። ጽቡቕ ኮይኑ።
decoy-entry-50 = ቅድሚ ምድቃሰይ ቁሩብ ኣንቢበ።
decoy-entry-51 = ጽፍረይ ቆሪጸ።
decoy-entry-52 = ሽጎማኖታት ሓጺበ።
decoy-entry-53 = ንጽባሕ ድንሽ ቀሪፈ።
decoy-entry-54 = ንምሳሕ ኮሚደረ ብጨው በሊዐ።
decoy-entry-55 = ኮበርታታት ኣብ ጸሓይ ዘርጊሐ።
decoy-entry-56 = ሎሚ ምሸት ደንጉየ በሊዐ።
decoy-entry-57 = መብራህቲ ክፍሊ ይጠፍእን ይበርህን ኣሎ።
decoy-entry-58 = ዝተሓጽበ ክዳውንቲ ኣብ ውሽጢ ሰቒለ። ደገ ብጣዕሚ ርሑስ ነይሩ።
decoy-entry-59 = ድሕሪ ምሳሕ ከብደይ ሓሚሙኒ። ሕጂ ሓይሹኒ።
decoy-entry-60 = ሎሚ ብዙሕ ነገር የለን። ዓሪፈ።
