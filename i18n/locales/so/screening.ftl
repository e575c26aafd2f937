## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Hubi xaaladdaada
screening-intro = Su'aalahan waxay ku saabsan yihiin shaqadaada iyo meesha aad ku nooshahay. Ka jawaab keliya waxa aad rabto. Jawaabahaagu waxay ku jiraan taleefankan oo keliya, lamana kaydiyo haddii aadan adigu dooran.
screening-progress = Su'aal { $current } ka mid ah { $total }
screening-skip = Ka bood su'aashan

# ILO: abuse of vulnerability
screening-q-vulnerability = Shaqo-bixiyahaagu ma xaaladdaada u adeegsadaa inuu kugu cadaadiyo — tusaale ahaan, waraaqahaaga, deymahaaga, luqaddaada, ama inaadan lahayn meel kale oo aad aaddo?
# ILO: deception
screening-q-deception = Shaqadaada, mushaharkaaga ama guriga aad deggan tahay ma aad bay uga duwan yihiin wixii laguu ballan qaaday?
# ILO: restriction of movement
screening-q-movement = Ma lagaa celiyaa inaad ka baxdo goobta shaqada ama guriga marka aad rabto?
# ILO: isolation
screening-q-isolation = Ma lagaa fogeeyaa dadka kale, ama ma lagaa celiyaa inaad la xiriirto qoyskaaga ama saaxiibadaa?
# ILO: physical and sexual violence
screening-q-violence = Qof shaqada jooga ma ku dhaawacay, ama ma kuu taabtay si galmo ah oo aadan rabin?
# ILO: intimidation and threats
screening-q-threats = Qof ma ku hanjabay adiga ama qoyskaaga — tusaale ahaan, rabshad, booliska, ama in dalkaagii laguu celiyo?
# ILO: retention of identity documents
screening-q-documents = Qof kale ma hayaa baasaboorkaaga ama kaarka aqoonsigaaga, oo ma diidaa inuu kuu celiyo marka aad weydiisato?
# ILO: withholding of wages
screening-q-wages = Mushaharkaaga ma lagaa hayaa, ma aad buu uga yar yahay wixii laguu ballan qaaday, mise gebi ahaanba lama siiyo?
# ILO: debt bondage
screening-q-debt = Shaqo-bixiyahaaga ama qofkii shaqada kuu keenay ma lacag bay kugu leeyihiin oo ay tahay inaad shaqo ku bixiso, deyntuna ma yaraato?
# ILO: abusive working and living conditions
screening-q-conditions = Meesha aad ka shaqayso ama aad ku nooshahay ma khatar bay tahay, ma wasakh bay tahay, mise sharaftaada bay dhaawacaysaa — tusaale ahaan, sariir habboon, cunto, ama qalab badbaado oo aan jirin?
# ILO: excessive overtime
screening-q-overtime = Ma lagugu khasbaa inaad shaqayso saacado aad u badan ama maalmaha nasashada, adigoon haysan doorasho dhab ah?

screening-result-title = Waxa jawaabahaagu muujinayaan
screening-result-none = Jawaabahaagu ma muujinayaan calaamado shaqo qasab ah. Haddii ay weli jirto wax aan kula fiicnayn, waxaad la hadli kartaa khad caawimaad. Waa bilaash, waana qarsoodi.
screening-result-some = { $count ->
        [one] Mid ka mid ah jawaabahaaga waa calaamad digniin ah.
       *[other] { $count } ka mid ah jawaabahaaga waa calaamado digniin ah.
    } Tani waxay noqon kartaa calaamad shaqo qasab ah ama ka faa'iidaysi. Adigu eed kuma lihid. Caawimaad waa la heli karaa.
screening-result-urgent = Jawaabahaaga qaarkood waxay muujinayaan inaad khatar ku jiri karto. Haddii aad hadda khatar ku jirto, wac lambarka gurmadka degdegga ah. Sidoo kale waxaad la hadli kartaa khad caawimaad.
screening-result-helplines = Khadadka caawimaadda ee arrintan kaa caawin kara
screening-result-rights = Xuquuqaha kaa caawin kara
screening-disclaimer = Hubintani ma aha go'aan sharci. Adiga keliya ayaa garanaya xaaladdaada. Khad caawimaad ayaa kaa caawin kara inaad si fiican uga fikirto.
