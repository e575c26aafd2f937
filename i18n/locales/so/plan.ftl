## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = Qorshahaaga badbaadada
plan-intro = Hore u qorshee, si aad u ogaato waxa aad samayn lahayd haddii aad u baahato inaad baxdo ama caawimaad hesho. Adiga keliya ayaa arki kara tan.
plan-updated = Markii ugu dambaysay ee la beddelay: { $date }

plan-warning-signs = Calaamadaha digniinta
    .prompt = Maxaa kuu sheegaya in xaaladdu sii khatar noqonayso?
    .example = Tusaale ahaan: madaxa shaqadu wuu ka cadhoodaa lacagta, dad cusub ayaa yimaada, waraaqahaaga ayaa lagaa qaadaa.

plan-safe-people = Dadka aad ku kalsoon tahay
    .prompt = Yaad la xiriiri kartaa haddii aad caawimaad u baahato?
plan-person-name = Magaca
plan-person-contact = Sida loola xiriiro
plan-person-code-word = Eray calaamad ah
    .hint = Eray aad dhihi karto ama fariin ahaan u diri karto si aad caawimaad u codsato, iyadoo dadka kale aanay ogayn.

plan-safe-places = Meelaha ammaanka ah
    .prompt = Xaggee aadi kartaa haddii aad u baahato inaad si degdeg ah u baxdo?
    .example = Tusaale ahaan: guriga saaxiib, goob cibaado, hoy gabbaad, saldhigga booliska haddii aad halkaas ammaan ku dareemayso.

plan-documents = Dukumentiyada
    .prompt = Waraaqahee ayay tahay inaad haysato, ama aad haysato nuqulkooda?
plan-doc-passport = Baasaboor
plan-doc-id = Kaarka aqoonsiga
plan-doc-visa = Fiiso ama ruqsadda shaqada
plan-doc-contract = Heshiiska shaqada
plan-doc-payslips = Warqadaha mushaharka
plan-doc-bank-card = Kaarka bangiga
plan-doc-have = Waan hayaa
plan-doc-copy = Nuqul baan hayaa
plan-doc-held = Qof kale ayaa haya

plan-bag = Boorsada degdegga
    .prompt = Maxaad qaadan lahayd haddii ay tahay inaad si degdeg ah u baxdo?
    .example = Tusaale ahaan: taleefan iyo shaarjarkiisa, lacag, daawo, nuqullada dukumentiyada, dhar diiran.

plan-steps = Tallaabooyinka si ammaan ah loogu baxo
    .prompt = Qor tallaabo kasta, si isku xigta.
plan-step-number = Tallaabada { $number }

plan-notes = Qoraallo
    .prompt = Wax kale oo aad rabto inaad xasuusato.

plan-item-add = Ku dar
plan-item-remove = Ka saar
plan-empty = Weli halkan waxba laguma qorin.

## The desktop shell's plan-set command. The English words are what the person types: keep
## them as they are. Erayada Ingiriisiga ah waa waxa qofku qoro; macnahooda ayaa qaansooyinka ku jira.
plan-set-sections = Qor magaca qayb ka mid ah qorshaha: warning-signs (calaamadaha digniinta), safe-people (dadka aad ku kalsoon tahay), safe-places (meelaha ammaanka ah), documents (dukumentiyada), bag (boorsada degdegga), steps (tallaabooyinka) ama notes (qoraallo).
plan-set-document-kinds = Qor nooca dukumentiga: passport (baasaboor), id (kaarka aqoonsiga), visa (fiiso ama ruqsadda shaqada), contract (heshiiska shaqada), payslips (warqadaha mushaharka) ama bank-card (kaarka bangiga).
plan-set-document-status = Sheeg meesha dukumentigu yaal: have (waan hayaa), copy (nuqul baan hayaa) ama held (qof kale ayaa haya).
