## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = መደብ ድሕንነትኩም
plan-intro = ክትወጹ ወይ ሓገዝ ክትረኽቡ እንተ ኣድልዩኩም እንታይ ከም እትገብሩ ምእንቲ ክትፈልጡ፣ ኣቐዲምኩም መደብ ግበሩ። ነዚ ክርእዮ ዝኽእል ንስኹም ጥራይ ኢኹም።
plan-updated = ናይ መወዳእታ ዝተቐየረሉ፦ { $date }

plan-warning-signs = ምልክታት መጠንቀቕታ
    .prompt = ነገራት ዝያዳ ሓደገኛ ይኾኑ ከም ዘለዉ እንታይ ይሕብረኩም?
    .example = ንኣብነት፦ ሓለቓ ብዛዕባ ገንዘብ ይሓርቕ፣ ሓደስቲ ሰባት ይመጹ፣ ሰነዳትኩም ይውሰዱ።

plan-safe-people = እትኣምንዎም ሰባት
    .prompt = ሓገዝ እንተ ኣድልዩኩም ምስ መን ክትራኸቡ ትኽእሉ?
plan-person-name = ሽም
plan-person-contact = ብኸመይ ይርከብ
plan-person-code-word = ናይ ምልክት ቃል
    .hint = ካልኦት ከይፈለጡ ሓገዝ ንምሕታት እትብልዎ ወይ ብጽሑፍ መልእኽቲ እትሰድዎ ቃል።

plan-safe-places = ውሑሳት ቦታታት
    .prompt = ቀልጢፍኩም ክትወጹ እንተ ኣድልዩኩም ናበይ ክትከዱ ትኽእሉ?
    .example = ንኣብነት፦ ገዛ ዓርኪ፣ ቤተ ክርስቲያን ወይ ቤተ መቕደስ፣ መዕቆቢ፣ ኣብኡ ውሑስ ኮይኑ እንተ ተሰሚዑኩም ድማ መደበር ፖሊስ።

plan-documents = ሰነዳት
    .prompt = ኣየኖት ሰነዳት፣ ወይ ቅዳሖም፣ ክትሕዙ ይግባእ?
plan-doc-passport = ፓስፖርት
plan-doc-id = መንነት ወረቐት
plan-doc-visa = ቪዛ ወይ ፍቓድ ስራሕ
plan-doc-contract = ውዕል ስራሕ
plan-doc-payslips = ወረቐት ደሞዝ
plan-doc-bank-card = ካርድ ባንኪ
plan-doc-have = ኣለኒ
plan-doc-copy = ቅዳሕ ኣለኒ
plan-doc-held = ካልእ ሰብ ሒዝዎ ኣሎ

plan-bag = ናይ ህጹጽ ግዜ ሳንጣ
    .prompt = ቀልጢፍኩም ክትወጹ እንተ ተገዲድኩም እንታይ ምሓዝኩም?
    .example = ንኣብነት፦ ስልክን ቻርጀርን፣ ገንዘብ፣ መድሃኒት፣ ቅዳሕ ሰነዳት፣ ዝውዕዩ ክዳውንቲ።

plan-steps = ብድሕንነት ንምውጻእ ዝውሰዱ ስጉምትታት
    .prompt = ነፍሲ ወከፍ ስጉምቲ ብመስርዑ ጽሓፉ።
plan-step-number = ስጉምቲ { $number }

plan-notes = መዘኻኸሪታት
    .prompt = ክትዝክርዎ እትደልዩ ካልእ ዝኾነ ነገር።

plan-item-add = ወስኹ
plan-item-remove = ኣልግሱ
plan-empty = ኣብዚ ገና ዝተጻሕፈ የለን።

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = ሓደ ክፋል ናይቲ መደብ ጽሓፉ፦ warning-signs (ምልክታት መጠንቀቕታ)፣ safe-people (እትኣምንዎም ሰባት)፣ safe-places (ውሑሳት ቦታታት)፣ documents (ሰነዳት)፣ bag (ናይ ህጹጽ ግዜ ሳንጣ)፣ steps (ስጉምትታት) ወይ notes (መዘኻኸሪታት)።
plan-set-document-kinds = ሓደ ሰነድ ጽሓፉ፦ passport (ፓስፖርት)፣ id (መንነት ወረቐት)፣ visa (ቪዛ ወይ ፍቓድ ስራሕ)፣ contract (ውዕል ስራሕ)፣ payslips (ወረቐት ደሞዝ) ወይ bank-card (ካርድ ባንኪ)።
plan-set-document-status = እቲ ሰነድ ኣበይ ከም ዘሎ ጽሓፉ፦ have (ኣለኒ)፣ copy (ቅዳሕ ኣለኒ) ወይ held (ካልእ ሰብ ሒዝዎ ኣሎ)።
