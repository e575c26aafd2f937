## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = ለሌላ ሰው አዘጋጅ
outreach-intro = ቋንቋውን፣ አገሩን እና መልኩን ይምረጡ። የድርጅትዎን አድራሻ ያክሉ። ከዚያም ስልኩን ያስረክቡ።
outreach-language = የተጠቃሚው ቋንቋ
outreach-country = የተጠቃሚው አገር
outreach-disguise = መተግበሪያው እንዴት እንደሚታይ
outreach-org-name = የእርስዎ ድርጅት
outreach-org-contact = እርስዎን እንዴት ማግኘት እንደሚቻል
outreach-org-key = ለሚጋሩ ፋይሎች የድርጅትዎ ቁልፍ (አማራጭ)
outreach-import-pack = የእርዳታ መረጃ ከፋይል አክል
outreach-handoff = አስረክብ
outreach-handoff-confirm = አሁን ያስረክቡ? ቅንብሮችዎ ይቀራሉ። ፒንዎ እና ክፍለ ጊዜዎ ይወገዳሉ። ቀጣዩ ሰው የራሱን ፒን ይመርጣል።
outreach-reset = ይህን ስልክ ዳግም አስጀምር
outreach-reset-confirm = በዚህ መተግበሪያ ውስጥ ያለውን ሁሉ አጥፍተው እንደገና ይጀምሩ? ይህ ሊቀለበስ አይችልም።

pack-import-title = የእርዳታ መረጃ አክል
pack-importing = በማከል ላይ… { $percent }%
pack-imported = የእርዳታ መረጃው ተዘምኗል።
pack-rejected = ይህ ፋይል ተቀባይነት አላገኘም። ምንም ነገር አልተቀየረም።
pack-rejected-signature = ይህ ፋይል በታመነ ድርጅት አልተፈረመም።
pack-rejected-old = ይህ ፋይል አሁን ካለዎት መረጃ የቆየ ነው።
pack-rejected-damaged = ይህ ፋይል ተበላሽቷል ወይም ያልተሟላ ነው።
pack-rejected-too-big = ይህ ፋይል በጣም ትልቅ ነው።
decoy-title = ሁለተኛ ፒን
decoy-explain = ሁለተኛ ፒን የተለየ፣ ምንም ጉዳት የሌለው ማስታወሻ ደብተር ይከፍታል። አንድ ሰው መተግበሪያውን እንዲከፍቱ ካስገደደዎ ይጠቀሙበት።
decoy-shows = ሁለተኛው ፒን ምን ይክፈት?
decoy-shows-same = 1. ያው መተግበሪያ፣ ከእርዳታው ጋር። ይህን መተግበሪያ የሚያውቅ ሰው ከእውነተኛው ሊለየው አይችልም።
decoy-shows-notes = 2. ማስታወሻ ደብተር ብቻ፤ ያለ እርዳታ እና ያለ መተግበሪያው ስም። ይህ መተግበሪያው ምን እንደሆነ ይደብቃል። ነገር ግን ይህን መተግበሪያ የሚያውቅ ሰው እውነተኛው እንዳልሆነ ሊያውቅ ይችላል።
decoy-shows-choose = 1 ወይም 2 ይተይቡ።
disguise-launcher-name = ማስያ
disguise-converter-name = መቀየሪያ
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = ሁሉንም አጽዳ
disguise-key-clear = አጽዳ
disguise-key-sign = ምልክት ቀይር
disguise-key-percent = በመቶ
disguise-key-divide = ሲካፈል
disguise-key-multiply = ሲባዛ
disguise-key-minus = ሲቀነስ
disguise-key-plus = ሲደመር
# The key that deletes the last digit typed.
disguise-key-delete = ሰርዝ
# The decimal separator key.
disguise-key-point = ነጥብ
disguise-key-equals = እኩል ይሆናል
duress-title = የአደጋ ጊዜ ማጥፊያ ፒን
duress-needs-decoy = መጀመሪያ ሁለተኛ ፒን ይምረጡ። የአደጋ ጊዜ ማጥፊያ ፒን ሁለተኛውን ማስታወሻ ደብተር ይከፍታል።
duress-explain = ይህ ፒን እውነተኛውን ማስታወሻ ደብተርዎን እና እቅድዎን ወዲያውኑ ያጠፋል፣ ከዚያም ጉዳት የሌለውን ማስታወሻ ደብተር ይከፍታል። ሊቀለበስ አይችልም።

pack-shared = የእርዳታ መረጃ ፋይሉ ተጽፏል። ለሌላው ስልክ ያስተላልፉት፤ ያ ስልክ ፋይሉን ከመጠቀሙ በፊት ያረጋግጠዋል።
pack-not-shareable = ለዚህ የእርዳታ መረጃ የሚተላለፍ ፋይል የለም። አብሮ የተሰራው እርዳታ በሁሉም የመተግበሪያው ቅጂዎች ውስጥ አለ።
