## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = ንኻልእ ሰብ ኣዳልዉ
outreach-intro = ቋንቋ፣ ሃገርን ትርኢትን ምረጹ። ኣድራሻ ትካልኩም ወስኹ። ድሕሪኡ ነቲ ስልኪ ኣረክቡ።
outreach-language = ቋንቋ ተጠቃሚ
outreach-country = ሃገር ተጠቃሚ
outreach-disguise = እቲ ኣፕ ብኸመይ ይርአ
outreach-org-name = ትካልኩም
outreach-org-contact = ብኸመይ ትርከቡ
outreach-org-key = ንዝካፈሉ ፋይላት ናይ ትካልኩም መፍትሕ (ኣማራጺ)
outreach-import-pack = ካብ ፋይል ሓበሬታ ሓገዝ ወስኹ
outreach-handoff = ኣረክቡ
outreach-handoff-confirm = ሕጂ ክተረክቡ ዶ? ቅጥዕታትኩም ይተርፉ። ፒንኩምን ምእታውኩምን ይእለዩ። ዝቕጽል ሰብ ናይ ገዛእ ርእሱ ፒን ይመርጽ።
outreach-reset = ነዚ ስልኪ ካብ መጀመርታ ኣዳልዉ
outreach-reset-confirm = ኣብዚ ኣፕ ዘሎ ኩሉ ደምሲስኩም ካብ መጀመርታ ክትጅምሩ ዶ? እዚ ክምለስ ኣይክእልን።

pack-import-title = ሓበሬታ ሓገዝ ወስኹ
pack-importing = ይውሰኽ ኣሎ… { $percent }%
pack-imported = ሓበሬታ ሓገዝ ተሓዲሱ።
pack-rejected = እዚ ፋይል ተቐባልነት ኣይረኸበን። ዝተቐየረ ነገር የለን።
pack-rejected-signature = እዚ ፋይል ብእሙን ትካል ኣይተፈረመን።
pack-rejected-old = እዚ ፋይል ካብቲ ድሮ ዘለኩም ሓበሬታ ዝኣረገ እዩ።
pack-rejected-damaged = እዚ ፋይል ተበላሽዩ ወይ ምሉእ ኣይኮነን።
pack-rejected-too-big = እዚ ፋይል ኣዝዩ ዓቢ እዩ።
decoy-title = ካልኣይ ፒን
decoy-explain = ካልኣይ ፒን ዝተፈልየን ዘይጎድእን መዝገብ ይኸፍት። ሓደ ሰብ ነቲ ኣፕ ክትከፍቱ እንተ ገዲዱኩም ተጠቐሙሉ።
decoy-shows = እቲ ካልኣይ ፒን እንታይ ክኸፍት ኣለዎ?
decoy-shows-same = 1. ከምቲ ሓቀኛ ኣፕ፣ ሓገዝ ከይተረፈ። ነዚ ኣፕ ዝፈልጥ ሰብ ካብቲ ሓቀኛ ክፈልዮ ኣይክእልን።
decoy-shows-notes = 2. መዝገብ መዘኻኸሪታት ጥራይ፣ ብዘይ ሓገዝን ብዘይ ሽም ኣፕን። እዚ እቲ ኣፕ እንታይ ምዃኑ ይሓብእ። ግን ነዚ ኣፕ ዝፈልጥ ሰብ ሓቀኛ ከም ዘይኮነ ክፈልጥ ይኽእል።
decoy-shows-choose = 1 ወይ 2 ጽሓፉ።
disguise-launcher-name = ካልኩሌተር
disguise-converter-name = መቐየሪ
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = ኩሉ ኣጽርዩ
disguise-key-clear = ኣጽርዩ
disguise-key-sign = ምልክት ቀይሩ
disguise-key-percent = ሚእታዊት
disguise-key-divide = ምምቃል
disguise-key-multiply = ምብዛሕ
disguise-key-minus = ምጉዳል
disguise-key-plus = ምድማር
# The key that deletes the last digit typed.
disguise-key-delete = ደምስሱ
# The decimal separator key.
disguise-key-point = ነጥቢ
disguise-key-equals = ማዕረ
duress-title = ፒን ህጹጽ ምድምሳስ
duress-needs-decoy = መጀመርታ ካልኣይ ፒን ምረጹ። ፒን ህጹጽ ምድምሳስ ነቲ ካልኣይ መዝገብ ይኸፍት።
duress-explain = እዚ ፒን ንሓቀኛ መዝገብኩምን መደብኩምን ብቕጽበት ይድምስስ፣ ድሕሪኡ ነቲ ዘይጎድእ መዝገብ ይኸፍት። ክምለስ ኣይክእልን።

pack-shared = ፋይል ሓበሬታ ሓገዝ ተሰሪሑ ኣሎ። ናብቲ ካልእ ስልኪ ኣሕልፍዎ፤ እቲ ስልኪ ቅድሚ ምጥቃሙ ነቲ ፋይል ይፍትሾ።
pack-not-shareable = ነዚ ሓበሬታ ሓገዝ ዝሕለፍ ፋይል የለን። እቲ ኣብ ውሽጢ እቲ ኣፕ ዘሎ ሓበሬታ ሓገዝ ኣብ ነፍሲ ወከፍ ቅዳሕ ናይቲ ኣፕ ኣሎ።
