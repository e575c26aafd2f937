## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Hubi xaaladdaada
screening-intro = Su'aalahan waxay ku saabsan yihiin shaqadaada iyo meesha aad ku nooshahay. Ka jawaab keliya waxa aad rabto. Jawaabahaagu waxay ku jiraan taleefankan oo keliya, lamana kaydiyo haddii aadan adigu dooran.
screening-progress = Su'aal { $current } ka mid ah { $total }
screening-skip = Ka bood su'aashan
# Erayada qofku u qori karo jawaab kasta, kala soocan hakad (,), xarfo yaryar.
screening-words-yes = haa, h, haye, ha
screening-words-no = maya, m, may, mya
screening-words-not-sure = ma hubo, hubi maayo, malaha, laga yaabee, ?
screening-words-skip = ka bood, bood, b, skip
screening-not-understood = Fadlan qor 1, 2, 3 ama 4.

screening-result-title = Waxa jawaabahaagu muujinayaan
screening-result-none = Jawaabahaagu ma muujinayaan calaamado shaqo qasab ah. Haddii ay weli jirto wax aan kula fiicnayn, waxaad la hadli kartaa khad caawimaad. Waa bilaash, waana qarsoodi.
screening-result-some = { $count ->
        [one] Mid ka mid ah jawaabahaaga waa calaamad digniin ah.
       *[other] { $count } ka mid ah jawaabahaaga waa calaamado digniin ah.
    } Tani waxay noqon kartaa calaamad shaqo qasab ah ama ka faa'iidaysi. Adigu eed kuma lihid. Caawimaad waa la heli karaa.
screening-result-no-answers = Kama aadan jawaabin su'aalaha. Dhib ma leh. Haddii aad rabto inaad ka hadasho xaaladdaada, khad caawimaad ayaa ku dhageysan kara. Waa bilaash.
screening-result-unclear = Jawaabahaaga qaarkood waxay ahaayeen "ma hubo". Dhib ma leh. Khad caawimaad ayaa kaa caawin kara inaad si fiican uga fikirto.
screening-result-under-18 = Waxaad ka yar tahay 18. Haddii qof ku shaqaysiiyo, ama kugu sameysiiyo waxyaabo galmo ah, si uu faa'iido uga helo, taasi waa ka faa'iidaysi, xitaa haddii aan xoog la adeegsan. Khadadka carruurta ayaa marka hore la muujinayaa.
screening-result-urgent = Jawaabahaaga qaarkood waxay muujinayaan inaad khatar ku jiri karto. Haddii aad hadda khatar ku jirto, wac lambarka gurmadka degdegga ah. Sidoo kale waxaad la hadli kartaa khad caawimaad.
screening-result-helplines = Khadadka caawimaadda ee arrintan kaa caawin kara
screening-result-rights = Xuquuqaha kaa caawin kara
screening-disclaimer = Hubintani ma aha go'aan sharci. Adiga keliya ayaa garanaya xaaladdaada. Khad caawimaad ayaa kaa caawin kara inaad si fiican uga fikirto.
