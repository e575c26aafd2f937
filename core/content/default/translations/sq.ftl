# Përmbajtja e Harbour në shqip (sq). Draft i bërë me makinë, ende i pakontrolluar nga një
# folës amtar. Përkthehet vetëm teksti pas `=`; id-të, emrat e atributeve dhe rreshti `# hb:`
# mbi çdo mesazh mbeten të pandryshuara. Shënime për rishikuesin: sq.notes.md.

# hb: source=ddea4b8025a96e10 status=machine
right_ae-1 = Punëdhënësi nuk duhet t’jua mbajë pasaportën
    .body = Ligji i punës i Emirateve të Bashkuara Arabe (UAE) thotë se punëdhënësi nuk duhet t’jua mbajë dokumentet zyrtare, si pasaportën. Edhe punëtorët e shtëpisë kanë të drejtë ta mbajnë vetë pasaportën dhe letërnjoftimin e tyre. Nuk keni pse të grindeni me punëdhënësin për këtë. Mund të ankoheni në ministrinë e punës (MOHRE) në numrin 80060.
    .caveats = Nëse e lini punën pa njoftuar më parë, kundër jush mund të bëhet një raport „arratisjeje“ (absconding). Kërkoni këshillë para se të largoheni.

# hb: source=79e86c2473363aa5 status=machine
right_ae-2 = Ministria thotë se mbajtja e pasaportave është punë e detyruar
    .body = Ministria e punës ka thënë se mbajtja e pasaportës së një punëtori është një formë e punës së detyruar. Punëdhënësi mund ta mbajë pasaportën vetëm për pak kohë, për të rregulluar, rinovuar ose anuluar vizën.
    .caveats = Shumë punëdhënës ende i mbajnë pasaportat, dhe dënimet janë të dobëta.

# hb: source=71192aff8eb6ff45 status=machine
right_ae-3 = Strehë dhe mbështetje për viktimat e trafikimit
    .body = Në Emiratet e Bashkuara Arabe (UAE) ka strehë për viktimat e trafikimit, si Ewaa në Abu Dhabi dhe Dubai Foundation for Women and Children (Fondacioni i Dubait për Gratë dhe Fëmijët). Ato japin një vend të sigurt për të qëndruar, kujdes mjekësor, këshillim psikologjik dhe ndihmë ligjore. Viktimat mund të marrin leje të përkohshme për të qëndruar në vend gjatë çështjes gjyqësore, dhe ndihmë për t’u kthyer në shtëpi pa rrezik.
    .caveats = Strehët punojnë ngushtë me policinë.

# hb: source=fa53873707784d1e status=machine
right_ae-4 = Kë të telefononi për trafikimin në Emiratet e Bashkuara Arabe
    .body = Në Dubai, gratë dhe fëmijët mund të telefonojnë Dubai Foundation for Women and Children në numrin 800111. Është falas dhe hapur ditë e natë. Kushdo që shqetësohet për një fëmijë mund të telefonojë 116111. Për probleme në punë, telefononi ministrinë e punës në numrin 80060.
    .caveats = Linja për fëmijët drejtohet nga policia, dhe shërbimet e tjera punojnë me policinë.

# hb: source=5cf2b4058530272d status=machine
right_ae-5 = Kur mund të kaloni te një punëdhënës i ri
    .body = Mund të kaloni te një punëdhënës i ri kur mbaron kontrata, kur ju dhe punëdhënësi bini dakord ta mbyllni, ose kur punëdhënësi e mbyll për një arsye që nuk është faji juaj. Pasi anulohet viza, keni një afat shtesë për të gjetur punë të re ose për të dalë nga vendi; ky afat shkruhet në letrën e anulimit. Punëdhënësi nuk duhet t’ju pushojë nga puna sepse jeni ankuar në ministri.
    .caveats = Nëse largoheni gjatë periudhës së provës pa njoftuar më parë, ose nëse një raport „arratisjeje“ kundër jush del i vërtetë, mund t’ju refuzohet leja e re e punës për një vit.

# hb: source=7617c001ef1451ff status=machine
right_ae-6 = Paga duhet t’ju paguhet në kohë
    .body = Kompanitë duhet t’i paguajnë pagat përmes sistemit zyrtar Wage Protection System (Sistemi i Mbrojtjes së Pagave), në një llogari bankare ose në një llogari në zyrë këmbimi, që ministria e punës të kontrollojë se ju paguheni plotësisht dhe në kohë. Punëtorët e shtëpisë duhet të paguhen brenda 10 ditëve nga dita kur duhet paguar paga. Nëse nuk ju paguajnë, ankohuni në ministrinë e punës (MOHRE) në numrin 80060, në aplikacionin e saj ose në faqen e saj të internetit. Ministria fillimisht përpiqet ta zgjidhë çështjen; nëse nuk ia del, çështja shkon në gjykatë.
    .caveats = Shumë punëtorë të shtëpisë ende paguhen jashtë këtij sistemi. Mbani vetë shënim se sa ju kanë paguar.

# hb: source=eb4b8f38617de804 status=machine
right_ae-7 = Raportet e „arratisjes“: çfarë do të thonë dhe çfarë të bëni
    .body = Nëse mungoni në punë më shumë se 7 ditë rresht pa një arsye të ligjshme, dhe punëdhënësi nuk ju gjen dot, punëdhënësi mund të bëjë një raport „arratisjeje“ (absconding). Nëse raporti del i vërtetë, mund të mos merrni leje të re pune për një vit, dhe kjo mund të ndikojë në lejen tuaj të qëndrimit. Mund të telefononi ministrinë e punës në numrin 600590000 për të pyetur nëse është bërë raport kundër jush. Një raport i gabuar mund të kundërshtohet në ministri, prandaj mbani prova si mesazhe, ankesa dhe shënime të pagave.
    .caveats = Punëdhënësi nuk duhet ta bëjë këtë raport vetëm sepse u ankuat ose dhatë dorëheqjen. Nëse largoheni për shkak të abuzimit ose të pagave të papaguara, përpiquni të ankoheni fillimisht në ministri.

# hb: source=cdeac1b21d4262bc status=machine
right_au-1 = Trafikimi dhe martesa e detyruar janë krime në Australi
    .body = Trafikimi i qenieve njerëzore dhe detyrimi i dikujt të martohet kundër vullnetit të vet janë krime në Australi.

# hb: source=4f3c96b7d0a18f4c status=machine
right_au-2 = Çfarë ofron Support for Trafficked People Program
    .body = Support for Trafficked People Program (Programi i Mbështetjes për Njerëzit e Trafikuar), që drejtohet nga Australian Red Cross (Kryqi i Kuq Australian) dhe financohet nga Department of Social Services (Departamenti i Shërbimeve Sociale), mund t’ju japë një punonjës social, ndihmë financiare, strehim, kujdes shëndetësor, këshillim psikologjik dhe dërgim te shërbime ligjore dhe të migracionit.

# hb: source=5debd79143b2a6be status=machine
right_au-3 = Si të hyni në programin e mbështetjes
    .body = Mund të hyni në program nëse ju dërgon Australian Federal Police (Policia Federale Australiane, 131 237), ose përmes Additional Referral Pathway (Rruga Shtesë e Dërgimit) që drejtohet nga The Salvation Army (Ushtria e Shpëtimit).

# hb: source=24f71d2d9b82a57e status=machine
right_au-4 = Mbështetja zakonisht zgjat deri në 110 ditë
    .body = Mbështetja zakonisht zgjat deri në 110 ditë (90 ditë mbështetje intensive dhe 20 ditë kalimi); mund të zgjasë më shumë nëse merrni pjesë në një çështje penale.

# hb: source=063de71836fa4036 status=machine
right_au-5 = Pjesëmarrja është vullnetare
    .body = Pjesëmarrja është vullnetare dhe mund të dilni nga programi në çdo kohë.

# hb: source=39d17f1b5b188718 status=machine
right_au-6 = Merrni pagat e papaguara me ndihmën e Fair Work Ombudsman
    .body = Mbajtësit e vizave dhe punëtorët migrantë kanë të njëjtat të drejta për pagë dhe punë si punëtorët e tjerë në Australi. Kjo vlen edhe nëse keni shkelur një kusht të vizës, nuk keni të drejtë pune, ose nuk keni të drejtë të jeni në Australi. Fair Work Ombudsman (Avokati i Popullit për Punën) jep ndihmë falas për pagat e papaguara. Telefononi 13 13 94. Për përkthyes, telefononi 131 450 dhe kërkojuni të telefonojnë Ombudsman-in.
    .caveats = Home Affairs (Ministria e Brendshme) zakonisht nuk e anulon vizën e përkohshme nëse i keni shkelur kushtet e punës për shkak të shfrytëzimit, kur po merrni ndihmë nga Ombudsman-i dhe nuk ka arsye tjetër. Nëse nuk keni leje pune, çdo rast vendoset më vete.

# hb: source=03bc12bb9778e1c2 status=machine
right_bh-1 = Ndërrimi i punëdhënësit në Bahrein
    .body = Pas një viti me punëdhënësin tuaj, mund të kaloni te një punëdhënës i ri pa lejen e punëdhënësit. Duhet të njoftoni LMRA dhe punëdhënësin, të jepni njoftimin paraprak që shkruan në kontratë, dhe të ndiqni hapat e transferimit. Në vitin e parë, punëdhënësi mund ta refuzojë kalimin. Kur mbaron leja e punës, keni 30 ditë për të gjetur punëdhënës të ri ose për të dalë nga vendi.
    .caveats = Njoftimi paraprak zakonisht është 30 deri në 90 ditë. Mos merrni punë tjetër gjatë 30 ditëve pasi mbaron leja.

# hb: source=5eb5ef2dd88c3f97 status=machine
right_bh-2 = E drejta juaj për pagën e plotë në Bahrein
    .body = Keni të drejtë ta merrni pagën e plotë në kohën e caktuar në kontratë. Nëse nuk ju paguajnë, njoftoni punëdhënësin dhe kërkoni pagat tuaja. Mund të ankoheni në Ministry of Labour (Ministria e Punës), ose të regjistroni falas një çështje pune në Protection and Grievances Centre (Qendra e Mbrojtjes dhe Ankesave) të LMRA.
    .caveats = Udhëzimet e LMRA thonë të vazhdoni të punoni ndërsa kërkoni pagat e papaguara. Nëse abuzoheni ose jeni në rrezik, shkoni te Protection and Grievances Centre, në Ministrinë e Punës, te policia ose në ambasadën tuaj.

# hb: source=fa6ca482c6a59868 status=machine
right_bh-3 = Pasaporta juaj ju përket juve
    .body = Autoriteti i punës i Bahreinit thotë se pasaporta juaj është prona juaj. Nëse zgjidhni t’ia jepni dikujt për ta ruajtur, merrni një dëftesë me shkrim. Punëdhënësi nuk duhet t’ju marrë para për lejen e punës. Nëse abuzoheni ose ju bëjnë presion, mund të shkoni në Protection and Grievances Centre të LMRA, në Ministry of Labour (Ministria e Punës) ose në ambasadën tuaj.

# hb: source=cd22cd26de4c6c4f status=machine
right_bh-4 = Raportet e mungesës në Bahrein
    .body = Mos mungoni në punë më shumë se 15 ditë pa lejen e punëdhënësit, sepse punëdhënësi duhet ta raportojë mungesën tuaj te LMRA. LMRA përpiqet të lidhet me punëtorin, prandaj mbajeni numrin tuaj të telefonit të përditësuar te LMRA. Mund të kontrolloni në faqen e internetit të LMRA nëse mungesa juaj është raportuar. Mund ta kundërshtoni çdo vendim të LMRA brenda 30 ditëve.
    .caveats = Njerëz pa dokumente të vlefshme janë dëbuar pa u kontrolluar nëse ishin viktima të trafikimit. Kërkoni ndihmë herët.

# hb: source=46b6e08c1c685697 status=machine
right_br-1 = Leje qëndrimi për migrantët që u trafikuan ose u skllavëruan
    .body = Brazili mund t’u japë leje qëndrimi migrantëve që ishin viktima të trafikimit të qenieve njerëzore, të punës së skllavërisë, ose të një shkeljeje të të drejtave që u rëndua nga statusi i tyre si migrantë. Kërkesa mund të bëhet në çdo zyrë të Policisë Federale (Polícia Federal), dhe vendimin e merr Policia Federale.
    .caveats = Avokatët publikë (public defenders), inspektorët e punës ose prokurorët mund t’ju ndihmojnë të përgatitni kërkesën. Kërkojuni ndihmë atyre ose një grupi mbështetës.

# hb: source=0e45a5882cff6ec9 status=machine
right_br-2 = Ndihmë për viktimat, pavarësisht nëse e ndihmoni policinë apo jo
    .body = Ligji i Brazilit kundër trafikimit thotë se viktimat duhet të marrin kujdes të plotë, pavarësisht nga shtetësia, dhe pavarësisht nëse bashkëpunojnë apo jo me hetimet ose me gjykatat. Kujdesi përfshin ndihmë ligjore, sociale, për punë dhe për shëndetin, strehim të përkohshëm, mbrojtje të privatësisë dhe të identitetit tuaj, dhe informacion për procedurat.

# hb: source=aee560d97a2389e1 status=machine
right_br-3 = Të shpëtuar nga puna e skllavërisë: paga juaj dhe 3 pagesa
    .body = Kur inspektorët e punës i shpëtojnë punëtorët nga puna si skllevër, ata e ndërpresin punën dhe e urdhërojnë punëdhënësin të paguajë pagat dhe paratë e mbarimit të kontratës që u detyrohet. Punëtorët e shpëtuar marrin edhe 3 pagesa mujore nga një sigurim i posaçëm papunësie, secila sa paga minimale. Inspektori i punës ju jep formularin. Bëni kërkesën brenda 90 ditëve nga shpëtimi.
    .caveats = Zyra e prokurorit të punës (MPT) mund ta detyrojë gjithashtu punëdhënësin të paguajë dëmshpërblim për dëmet.

# hb: source=b4f4108930b0787e status=machine
right_ca-1 = Leje e përkohshme qëndrimi për viktimat e trafikimit
    .body = Nëse jeni viktimë e trafikimit të qenieve njerëzore dhe nuk keni status ligjor në Kanada, mund të kërkoni një leje të posaçme qëndrimi të përkohshëm. Që nga 4 shkurti 2025, ajo zakonisht jepet për të paktën 12 muaj. Nuk paguhet asnjë tarifë. Me të merrni kujdes shëndetësor dhe mund të kërkoni leje pune ose studimi. Nuk është e detyrueshme të dëshmoni kundër trafikantit. Mund të lidheni vetë me imigracionin.
    .caveats = Një zyrtar i imigracionit mund t’ju intervistojë dhe ai vendos. Leja mund të rinovohet, në varësi të situatës suaj.

# hb: source=f4a954a53a1f6107 status=machine
right_ca-2 = Punëdhënësi duhet t’ju paguajë siç është rënë dakord
    .body = Punëtorët e huaj të përkohshëm kanë të njëjtat të drejta si punëtorët e tjerë në Kanada. Punëdhënësi duhet t’ju paguajë siç thotë marrëveshja e punës, përfshirë orët shtesë nëse janë në marrëveshje. Punëdhënësi nuk mund t’jua marrë pasaportën, të bëjë që të dëboheni, ose t’ju detyrojë të ktheni tarifat e rekrutimit. Për pagë të papaguar, lidhuni me zyrën e standardeve të punës (employment standards) të provincës ose territorit tuaj.
    .caveats = Rregullat ndryshojnë sipas provincës. Mund ta raportoni abuzimin në linjën konfidenciale të sinjalizimeve të Service Canada, 1-866-602-9448. Nëse përballeni me abuzim, mund të keni mundësi të merrni një leje pune të hapur (open work permit) për të ndërruar punë.

# hb: source=a0f09d7048ff59d7 status=machine
right_coe-1 = Të paktën 30 ditë për t’u rikuperuar dhe për të vendosur
    .body = Vendet që i janë bashkuar kësaj konvente duhet t’i japin një viktime të mundshme të paktën 30 ditë për t’u rikuperuar. Kjo kohë duhet të fillojë sapo ka arsye të mira për të besuar se jeni viktimë. Është kohë për t’u larguar nga trafikantët, për t’u ndier pak më të sigurt dhe për të vendosur lirisht nëse do ta ndihmoni policinë dhe prokurorët.
    .caveats = Një vend mund ta refuzojë këtë kohë për arsye të rendit publik, ose nëse mendon se dikush ka pretenduar rrejshëm se është viktimë.

# hb: source=ad272d82fc240c5c status=machine
right_coe-2 = Gjatë kësaj kohe nuk mund t’ju nxjerrin nga vendi
    .body = Gjatë periudhës së rikuperimit dhe reflektimit, një urdhër për t’ju nxjerrë nga vendi nuk mund të zbatohet. Vendi duhet t’ju lejojë të qëndroni gjatë kësaj kohe. Duhet të merrni edhe ndihmën bazë që rendit konventa, si një vend të sigurt për të jetuar, kujdes mjekësor urgjent, përkthyes dhe informacion për të drejtat tuaja.
    .caveats = Një vend mund ta refuzojë këtë kohë për arsye të rendit publik, ose nëse mendon se dikush ka pretenduar rrejshëm se është viktimë.

# hb: source=955890835087e911 status=machine
right_coe-3 = Një leje qëndrimi që mund të rinovohet
    .body = Vendet duhet t’u japin viktimave një leje qëndrimi që mund të rinovohet, kur autoritetet mendojnë se keni nevojë të qëndroni. Kjo mund të jetë për shkak të situatës suaj personale, ose sepse po ndihmoni një hetim ose një çështje gjyqësore. Çdo vend zgjedh njërën arsye ose të dyja. Marrja e kësaj leje nuk duhet t’ju pengojë të kërkoni azil.
    .caveats = Në shumë vende leja jepet vetëm për njerëzit që ndihmojnë policinë. Pyesni një avokat se çfarë vlen aty ku jeni.

# hb: source=8763a756bede33aa status=machine
right_coe-4 = Krimet që u detyruat të bënit: merrni fillimisht një avokat
    .body = Konventa thotë se vendet duhet të bëjnë të mundur që viktimat të mos dënohen për veprime të paligjshme që u detyruan t’i bënin. Kjo është vetëm një mundësi. Nuk premton se nuk do të akuzoheni ose dënoheni. Si funksionon varet nga ligji i çdo vendi. Para se të flisni me policinë ose me zyrtarët për ndonjë krim që u detyruat ta bënit, merrni një avokat.
    .caveats = Mos nënshkruani dhe mos pranoni asgjë për krime të tilla pa një avokat.

# hb: source=7a73c7efa8555bb8 status=machine
right_coe-5 = Ndihmë për t’u rikuperuar: çfarë premton konventa
    .body = Vendet duhet t’i ndihmojnë viktimat të rikuperohen në trup dhe në mendje. Të paktën: një vend të sigurt dhe të përshtatshëm për të jetuar, ndihmë për nevojat bazë, kujdes mjekësor urgjent, përkthyes kur nevojitet, këshilla dhe informacion për të drejtat tuaja në një gjuhë që e kuptoni, ndihmë për të marrë pjesë në çështjet gjyqësore, dhe shkollë për fëmijët. Kjo ndihmë nuk duhet të varet nga fakti nëse pranoni të jeni dëshmitar.
    .caveats = Sa ndihmë merrni varet nga çdo vend.

# hb: source=ea896d937db53247 status=machine
right_coe-6 = Informacion, ndihmë ligjore dhe dëmshpërblim
    .body = Që nga kontakti i parë me autoritetet, duhet të merrni informacion për procedurat gjyqësore dhe zyrtare në një gjuhë që e kuptoni. Vendet duhet t’u japin viktimave të drejtën për ndihmë ligjore dhe për ndihmë juridike falas, sipas rregullave të tyre. Keni të drejtë t’u kërkoni trafikantëve dëmshpërblim. Vendet duhet të sigurojnë gjithashtu që viktimat të marrin dëmshpërblim në një farë mënyre, për shembull përmes një fondi për viktimat.
    .caveats = Në praktikë, pak viktima marrin para nga trafikantët. Kërkoni këshillë ligjore herët.

# hb: source=cffc6fce33f52539 status=machine
right_de-1 = Të paktën 3 muaj për të vendosur (periudha e reflektimit)
    .body = Nëse autoritetet kanë shenja se jeni viktimë e trafikimit ose e shfrytëzimit në punë dhe ju thonë të largoheni nga Gjermania, duhet t’ju japin të paktën 3 muaj para se të largoheni. Kjo kohë është që të stabilizoheni dhe të vendosni nëse do të bashkëpunoni me policinë.
    .caveats = Kërkoni ndihmë nga një qendër e specializuar këshillimi për viktimat e trafikimit.

# hb: source=3a0d24e79df10b72 status=machine
right_de-2 = Leje qëndrimi nëse jeni dëshmitar
    .body = Nëse pranoni të dëshmoni në çështjen penale, mund të merrni leje qëndrimi. Prokurori ose gjykata duhet ta gjejë të dobishme praninë tuaj për çështjen, dhe ju duhet ta keni ndërprerë kontaktin me të akuzuarin. Leja jepet fillimisht për një vit dhe është e lidhur me çështjen. Pas çështjes ajo duhet të zgjatet nëse ka arsye humanitare ose personale. Puna mund të lejohet.
    .caveats = Kjo leje varet nga ndihma juaj në çështjen penale. Kërkoni këshillë nga një qendër e specializuar këshillimi para se të vendosni.

# hb: source=d3185f814e1500fb status=machine
right_de-3 = Keni të drejtë për pagën tuaj, edhe pa dokumente
    .body = Në Gjermani, kushdo që ka punuar ka të drejtë të paguhet, pavarësisht nga statusi i qëndrimit. Kjo vlen edhe pa leje pune. Qendrat e këshillimit të sindikatave, që shpesh quhen „Faire Integration“, këshillojnë edhe njerëzit që nuk kanë leje qëndrimi të sigurt.
    .caveats = Nëse shkoni në gjykatë pa dokumente, gjykata mund të jetë e detyruar të njoftojë zyrën e imigracionit. Kërkoni këshillë para se të veproni.

# hb: source=60101cc99cb68cec status=machine
right_es-1 = Leje qëndrimi dhe pune për viktimat e trafikimit
    .body = Nëse identifikoheni si viktimë e trafikimit dhe përjashtoheni nga dënimi për qëndrim në Spanjë pa dokumente, duhet t’ju thonë se mund të kërkoni leje qëndrimi dhe pune për arsye të jashtëzakonshme. Mund ta kërkoni sepse ndihmoni hetimin, ose për shkak të situatës suaj personale. Derisa të merret vendimi, një leje e përkohshme mund t’ju lejojë të punoni në çdo punë.
    .caveats = Fëmijët ose prindërit tuaj në Spanjë mund të përfshihen. Kërkojini një grupi të specializuar mbështetjeje ose një avokati t’ju ndihmojë me dokumentet.

# hb: source=36ac7c231ec5499f status=machine
right_es-2 = Raportoni pagat e papaguara te Inspektorati i Punës
    .body = Puna pa leje nuk jua heq të drejtën të paguheni për punën që keni bërë. Mund t’i raportoni pagat e papaguara te Inspektorati i Punës dhe i Sigurimeve Shoqërore (Inspección de Trabajo). Një ankesë zyrtare kërkon emrin tuaj. Ka edhe një kuti postare në internet për të raportuar abuzime pa emër, por Inspektorati është i detyruar të hetojë vetëm ankesat që kanë emër.
    .caveats = Nëse nuk keni dokumente, pyesni një sindikatë ose një avokat para se të raportoni.

# hb: source=af0f4747ae83f3b8 status=machine
right_eu-1 = Ndryshimet e 2024: më shumë forma shfrytëzimi quhen trafikim
    .body = Ligji kryesor i Bashkimit Evropian (BE) kundër trafikimit u ndryshua në 2024. Martesa e detyruar, birësimi i paligjshëm dhe shfrytëzimi i shtatzënisë zëvendësuese (kur një grua përdoret për të mbajtur në bark një fëmijë për njerëz të tjerë) tani quhen trafikim. Vendet e BE-së duhet t’i trajtojnë si krime trafikimi në ligjin e tyre.
    .caveats = Danimarka nuk detyrohet nga ky ligj i BE-së. Hollësitë i vendos ligji i çdo vendi.

# hb: source=d86f6604ff080a70 status=machine
right_eu-10 = Pagat e papaguara nëse keni punuar pa dokumente
    .body = Nëse jeni nga një vend jashtë BE-së dhe keni punuar ndërsa qëndronit pa leje, ligji i BE-së thotë se punëdhënësi duhet t’jua paguajë prapë pagat që ju detyrohet. Supozohet se ju detyrohej të paktën paga minimale, përveç nëse provohet ndryshe. Mund t’i kërkoni edhe pasi të jeni larguar ose pasi t’ju kenë kthyer në vendin tuaj. Para se t’ju kthejnë, duhet t’ju tregojnë për këtë të drejtë.
    .caveats = Ky ligj merret edhe me kthimin e njerëzve në vendet e tyre. Kërkoni këshillë nga një avokat ose nga një organizatë mbështetëse para se të bëni kërkesën.

# hb: source=4440181becdac516 status=machine
right_eu-2 = Ndryshimet e 2024 tani duhet të jenë në ligjin kombëtar
    .body = Ndryshimet e 2024 hynë në fuqi më 14 korrik 2024. Vendet e BE-së kishin kohë deri më 15 korrik 2026 për t’i futur në ligjet e tyre. Ky afat ka kaluar, prandaj rregullat e reja tani duhet të zbatohen në çdo vend të BE-së. Disa vende mund të jenë vonë. Nëse një e drejtë nuk respektohet, pyesni një avokat ose një organizatë mbështetëse nëse vendi juaj e ka ndryshuar ligjin.
    .caveats = Danimarka nuk detyrohet nga ky ligj i BE-së.

# hb: source=711ea0e228aadead status=machine
right_eu-3 = Përdorimi me dije i shërbimeve të një viktime është krim
    .body = Sipas ndryshimeve të 2024, një person që përdor shërbimet e dikujt që e di se është viktimë trafikimi kryen krim. Vendet e BE-së duhet ta dënojnë këtë në ligjin e tyre. Ndryshimet synojnë gjithashtu t’u japin viktimave ndihmë dhe mbështetje më të mirë.
    .caveats = Ky krim ka të bëjë me personin që përdor një viktimë, jo me viktimën.

# hb: source=5751912b1d86f768 status=machine
right_eu-4 = Viktimat pa shtetësi të BE-së: kohë për t’u rikuperuar dhe për të vendosur
    .body = Nëse nuk keni shtetësi të BE-së dhe mund të jeni viktimë trafikimi, autoritetet duhet t’ju tregojnë për një „periudhë reflektimi“. Është kohë për t’u rikuperuar, për t’u larguar nga trafikantët dhe për të vendosur nëse doni ta ndihmoni policinë. Gjatë kësaj kohe nuk duhet t’ju nxjerrin nga vendi. Duhet të merrni mbështetje bazë për jetesën, kujdes mjekësor urgjent dhe ndihmë me përkthimin. Çdo vend vendos sa zgjat kjo kohë.
    .caveats = Nuk vlen në Danimarkë dhe në Irlandë. Një vendim për t’ju nxjerrë nga vendi mund të merret edhe gjatë kësaj kohe, por nuk duhet të zbatohet. Periudha e reflektimit vetëm nuk ju jep të drejtën të jetoni në vend.

# hb: source=2cb65c4b49c086b0 status=machine
right_eu-5 = Viktimat pa shtetësi të BE-së që ndihmojnë policinë mund të marrin leje
    .body = Nëse nuk keni shtetësi të BE-së, një ligj i BE-së ju lejon të merrni leje të përkohshme qëndrimi nëse bashkëpunoni me policinë ose me prokurorët kundër trafikantëve. Leja është e lidhur me çështjen dhe zgjat për një kohë të kufizuar. Disa vende japin leje edhe për arsye personale. Pyesni një avokat se çfarë ofron vendi juaj dhe çfarë ju lejon leja të bëni.
    .caveats = Nuk vlen në Danimarkë dhe në Irlandë. Ndihma për policinë mund të sjellë rreziqe. Kërkoni këshillë para se të vendosni.

# hb: source=c6248c1016bfcd35 status=machine
right_eu-6 = Ndihma nuk varet nga ndihma që i jepni policisë
    .body = Në BE, duhet të merrni ndihmë dhe mbështetje edhe nëse nuk doni të bashkëpunoni me policinë ose të shkoni në gjykatë. Ndihma duhet të fillojë sapo autoritetet kanë arsye të mirë të mendojnë se mund të jeni viktimë. Ndihma mund të përfshijë një vend të sigurt për të qëndruar, ndihmë materiale, kujdes mjekësor dhe psikologjik, këshilla dhe informacion, dhe përkthyes.
    .caveats = Leja e qëndrimit mund të varet prapë nga ndihma që i jepni policisë. Danimarka nuk detyrohet nga ky ligj i BE-së. Hollësitë i vendos ligji i çdo vendi.

# hb: source=f2c2a455cd58d4f9 status=machine
right_eu-7 = Krimet që u detyruat të bënit
    .body = Ligji i BE-së thotë se autoritetet duhet të kenë të drejtën të mos i ndjekin penalisht ose të mos i dënojnë viktimat e trafikimit për krime që u detyruan t’i bënin sepse u trafikuan. Shembuj janë përdorimi i dokumenteve të rreme ose shkelja e rregullave për prostitucionin ose imigracionin. Kjo është një mundësi për autoritetet, jo një premtim. Vendos policia ose prokurori.
    .caveats = Merrni një avokat para se të flisni me policinë ose me zyrtarët për ndonjë krim që u detyruat ta bënit.

# hb: source=ec055b2262b04733 status=machine
right_eu-8 = Këshilla ligjore dhe avokat, falas nëse nuk mund të paguani
    .body = Në BE, viktimat e trafikimit duhet të marrin këshilla ligjore dhe avokat pa vonesë. Kjo përfshin ndihmë për të kërkuar dëmshpërblim. Duhet të jetë falas nëse nuk keni para të mjaftueshme. Kërkojini policisë, gjykatës ose një organizate mbështetëse t’ju ndihmojë të gjeni një avokat.
    .caveats = Çdo vend i vendos vetë rregullat për ndihmën ligjore falas.

# hb: source=1829bf9608240089 status=machine
right_eu-9 = Mund të kërkoni dëmshpërblim
    .body = Në BE, viktimat e trafikimit duhet të mund të përdorin skemat shtetërore që u paguajnë dëmshpërblim viktimave të krimeve të dhunshme. Disa vende kanë edhe një fond të posaçëm për viktimat. Një avokat mund t’ju ndihmojë ta kërkoni.
    .caveats = Kërkesat mund të zgjasin shumë, dhe shumë viktima nuk marrin asgjë. Kërkoni këshillë ligjore herët.

# hb: source=deb140bc1511a718 status=machine
right_fr-1 = 30 ditë për të menduar, me të drejtë pune
    .body = Nëse policia ose xhandarmëria ju ka marrë deklaratë si viktimë të mundshme të trafikimit ose të shfrytëzimit për prostitucion, duhet t’ju tregojnë për një periudhë reflektimi prej 30 ditësh. Gjatë saj merrni një dëftesë (récépissé). Ajo ndalon që të merret ose të zbatohet çdo urdhër për t’ju nxjerrë nga vendi, dhe ju lejon të punoni.

# hb: source=ae831cf36a91e836 status=machine
right_fr-2 = Kartë qëndrimi nëse bëni kallëzim ose dëshmoni
    .body = Nëse bëni kallëzim kundër trafikantëve ose atyre që ju shfrytëzuan për prostitucion, ose dëshmoni kundër tyre në një çështje penale, merrni një kartë qëndrimi për një vit („vie privée et familiale“). Ajo rinovohet sa zgjat çështja penale. Nëse i akuzuari dënohet përfundimisht, merrni një kartë rezidenti për 10 vjet.
    .caveats = Që nga 2021, ligji thotë gjithashtu se duhet t’i keni ndërprerë të gjitha lidhjet me shfrytëzuesit. Karta mund të ndërpritet nëse kushtet nuk plotësohen më.

# hb: source=5897f59a7bd867b7 status=machine
right_fr-3 = Edhe pa dokumente, ju takon paga juaj
    .body = Edhe nëse keni punuar pa dokumente ose pa u deklaruar (në të zezë), i ruani të drejtat tuaja. Ju takon paga për kohën që keni punuar. Përveç nëse punëdhënësi provon ndryshe, ligji llogarit të paktën 3 muaj punë. Nëse puna mbaron, ju takon edhe një shumë e njëhershme sa paga e 3 muajve, ose më shumë nëse rregulla të tjera japin më shumë. Mund të shkoni te inspektorati i punës ose në gjykatën e punës (conseil de prud'hommes).
    .caveats = Kërkoni fillimisht këshillë nga një sindikatë ose nga një grup mbështetës, edhe për atë që do të thotë kjo për dokumentet tuaja.

# hb: source=742a9bad55598ce1 status=machine
right_gb-1 = Si i identifikon viktimat Mbretëria e Bashkuar: NRM
    .body = National Referral Mechanism (NRM – Mekanizmi Kombëtar i Referimit) është sistemi i qeverisë së Mbretërisë së Bashkuar për të identifikuar viktimat e skllavërisë moderne dhe për të siguruar që ato të marrin mbështetje. Skllavëria moderne përfshin trafikimin, skllavërinë, robërinë dhe punën e detyruar. Ka dy vendime. Së pari një vendim për „reasonable grounds“ (arsye të bazuara). Më vonë një vendim përfundimtar për „conclusive grounds“ (arsye përfundimtare). Nëse vendimi i parë është pozitiv, trajtoheni si viktimë e mundshme. Nëse vendimi përfundimtar është pozitiv, jeni viktimë e konfirmuar.
    .caveats = Një vendim pozitiv vetëm nuk ju jep leje për të qëndruar në Mbretërinë e Bashkuar.

# hb: source=b46a7c266fee3937 status=machine
right_gb-10 = Nëse u detyruat të kryeni krim: mbrojtje ligjore (Angli dhe Uells)
    .body = Në Angli dhe Uells, një i rritur nuk është fajtor për një krim nëse e kreu sepse u detyrua, detyrimi erdhi nga skllavëria ose trafikimi, dhe një person i arsyeshëm në të njëjtën situatë nuk do të kishte pasur zgjidhje tjetër të vërtetë. Për të miturit nën 18 vjeç, mjafton që veprimi të ishte pasojë e drejtpërdrejtë e të qenit viktimë dhe që një person i arsyeshëm do të kishte bërë të njëjtën gjë. Kjo mbrojtje nuk vlen për shumë krime të rënda, si vrasja, rrëmbimi, grabitja dhe plagosja.
    .caveats = Kjo mbrojtje përdoret në gjykatë. Tregojini avokatit tuaj herët që jeni shfrytëzuar.

# hb: source=7f928162e3768830 status=machine
right_gb-11 = Leje e përkohshme qëndrimi për viktimat e konfirmuara
    .body = Nëse merrni vendim përfundimtar pozitiv, dhe nuk keni shtetësi britanike e nuk keni leje qëndrimi, Home Office (Ministria e Brendshme) duhet t’ju japë leje të përkohshme qëndrimi nëse mendon se kjo nevojitet: për t’ju ndihmuar të rikuperoheni nga dëmi i shkaktuar nga shfrytëzimi, për të kërkuar dëmshpërblim, ose për të ndihmuar policinë ose një çështje gjyqësore për këtë. Mund ta refuzojë nëse mendon se atë ndihmë mund ta merrni, ose dëmshpërblimin mund ta kërkoni, në një vend tjetër.
    .caveats = Në 2024, Home Office pezulloi disa vendime që bazoheshin te nevojat për rikuperim. Pyesni një avokat se çfarë vlen tani. Kjo mbrojtje mund të humbet për arsye të rendit publik ose të keqbesimit.

# hb: source=834d1ca3c940ca28 status=machine
right_gb-12 = Mbështetja në Skoci
    .body = Në Skoci, Qeveria e Skocisë duhet të organizojë mbështetje për të rriturit kur ka arsye të bazuara për të besuar se janë viktima të trafikimit, skllavërisë ose punës së detyruar. Mbështetja bazohet në nevojat tuaja. Duhet të jepet deri në 90 ditë, ose deri në vendimin përfundimtar nëse ai vjen më parë, dhe mund të vazhdojë më gjatë. Mund të përfshijë një vend për të jetuar, ndihmë për jetesën e përditshme, kujdes mjekësor dhe psikologjik, përkthyes, këshillim psikologjik, këshilla ligjore, informacion për shërbime të tjera, dhe ndihmë për t’u kthyer në vendin tuaj.
    .caveats = Pyesni një organizatë mbështetëse në Skoci se çfarë vlen për ju tani.

# hb: source=d2a7f6b0c1e109aa status=machine
right_gb-13 = Krimet që u detyruat të bënit (Skoci)
    .body = Në Skoci, prokurorët duhet të ndjekin udhëzimet e Lord Advocate (Prokurori i Përgjithshëm i Skocisë) kur vendosin nëse do të ndjekin penalisht dikë që është, ose duket se është, viktimë e trafikimit ose e punës së detyruar dhe që u detyrua të kryente një krim për shkak të kësaj. Sipas udhëzimeve, në raste të tilla si rregull nuk duhet të ketë ndjekje penale. Prokurori prapë vendos. Nuk është mbrojtje automatike.
    .caveats = Tregojini avokatit tuaj sa më herët që jeni shfrytëzuar.

# hb: source=5e544b939c15c176 status=machine
right_gb-14 = Mbështetja në Irlandën e Veriut
    .body = Në Irlandën e Veriut, Department of Justice (Departamenti i Drejtësisë) duhet të sigurojë që të rriturit të marrin ndihmë dhe mbështetje sapo dërgohen, ose janë gati të dërgohen, për një vendim nëse mund të jenë viktima të trafikimit, skllavërisë ose punës së detyruar. Mbështetja vazhdon derisa të merren vendimet. Nëse konfirmoheni si viktimë brenda 45 ditëve nga vendimi i parë, ajo zgjat të paktën derisa të mbarojnë ato 45 ditë, ose më gjatë. Nuk duhet të varet nga fakti nëse jeni dëshmitar, dhe jepet vetëm nëse jeni dakord.
    .caveats = Mbështetja mund të vazhdojë edhe pas një vendimi përfundimtar pozitiv. Pyesni një organizatë mbështetëse.

# hb: source=9dbeb6fe39364bb3 status=machine
right_gb-15 = Nëse u detyruat të kryeni krim: mbrojtje ligjore (Irlanda e Veriut)
    .body = Në Irlandën e Veriut, një i rritur nuk është fajtor për disa krime nëse u detyrua t’i kryente, detyrimi erdhi nga skllavëria ose trafikimi, dhe një person i arsyeshëm në të njëjtën situatë nuk do të kishte pasur zgjidhje tjetër të vërtetë. Për fëmijët, mjafton që veprimi të ishte pasojë e drejtpërdrejtë e të qenit viktimë. Kjo mbrojtje nuk vlen për krimet më të rënda.
    .caveats = Merrni një avokat para se të flisni me policinë për këto krime.

# hb: source=1653299ba28964fe status=machine
right_gb-16 = E drejta juaj për pagën minimale
    .body = Shumica e punëtorëve në Mbretërinë e Bashkuar duhet të paguhen të paktën sa National Minimum Wage ose National Living Wage (paga minimale kombëtare). Nuk nevojitet kontratë me shkrim. Bakshishet nuk llogariten në të, dhe tarifat për uniforma ose vegla nuk duhet ta ulin pagën tuaj nën të. Nëse ju paguajnë më pak, mund të telefononi linjën konfidenciale të ndihmës Acas, ose të ankoheni te HMRC (zyra e tatimeve). HMRC mund ta urdhërojë punëdhënësin t’ju kthejë atë që ju detyrohet. Mund të shkoni edhe në gjykatën e punës (employment tribunal).
    .caveats = Nëse keni punuar pa leje pune në Mbretërinë e Bashkuar, e drejta juaj për këtë pagë mund të jetë e paqartë. Kërkoni këshillë nga një avokat ose nga një organizatë mbështetëse para se të ankoheni.

# hb: source=3470229f72658a6a status=machine
right_gb-2 = Kush mund t’ju dërgojë dhe pëlqimi juaj
    .body = Nuk mund të futeni vetë në NRM. Vetëm punonjësit e disa organizatave, që quhen First Responders (ata që ndihmojnë të parët), mund t’ju dërgojnë. Shembuj janë policia, bashkitë, disa organizata bamirëse si The Salvation Army, dhe disa pjesë të Home Office. Nëse jeni 18 vjeç ose më shumë, ata duhet të marrin më parë pëlqimin tuaj. Duhet t’ju shpjegojnë çfarë është NRM, çfarë ndihme mund të merrni dhe çfarë mund të ndodhë. Fëmijët dërgohen pa pasur nevojë të japin pëlqimin.
    .caveats = Ajo që thoni mund t’u jepet policisë dhe institucioneve të tjera publike. Bëni pyetje para se të jepni pëlqimin.

# hb: source=868969f1abed41c9 status=machine
right_gb-3 = Vendimi i parë: „reasonable grounds“ (arsye të bazuara)
    .body = Pas dërgimit, një zyrtar i Home Office vendos nëse ka „reasonable grounds“ (arsye të bazuara) për të besuar se jeni viktimë. Që nga janari 2023, zakonisht nuk mjafton vetëm rrëfimi juaj. Ata kërkojnë informacione të tjera që mbështesin atë që thoni. Prandaj jepini First Responder-it tuaj sa më shumë hollësi që mundeni pa rrezik. Synimi është një vendim brenda rreth 5 ditëve pune, por mund të zgjasë më shumë.
    .caveats = Nëse përgjigjja është jo, kërkoni shpejt këshillë ligjore.

# hb: source=38eb37fba903b6cf status=machine
right_gb-4 = Periudha e rikuperimit pas një vendimi të parë pozitiv
    .body = Pas një vendimi pozitiv për „reasonable grounds“ merrni një periudhë rikuperimi. Qeveria thotë se ajo zgjat të paktën 30 ditë. Gjatë kësaj kohe nuk duhet t’ju nxjerrin nga Mbretëria e Bashkuar. Në Angli dhe Uells, ligji thotë se duhet të merrni mbështetjen që ju nevojitet për t’u rikuperuar nga dëmi. Këto mbrojtje mund të humbasin nëse përjashtoheni për arsye të rendit publik ose të keqbesimit.
    .caveats = Faqet më të vjetra mund të thonë 45 ditë. Ky ishte rregulli para dhjetorit 2022.

# hb: source=a4495196d342141f status=machine
right_gb-5 = Mbështetja pas një vendimi përfundimtar pozitiv (Angli dhe Uells)
    .body = Nëse merrni vendim pozitiv për „conclusive grounds“ ndërsa jeni në mbështetje të financuar nga qeveria, fillon një periudhë „move-on“ (periudhë kalimi). Ajo zgjat të paktën 45 ditë. Punonjësi juaj i mbështetjes ju ndihmon të planifikoni hapat e ardhshëm. Mund të kërkoni një Recovery Needs Assessment (Vlerësim i Nevojave për Rikuperim). Home Office e përdor për të vendosur nëse keni nevojë për mbështetje më gjatë se 45 ditë. Nuk është e detyrueshme të merrni pjesë, dhe mund të zgjidhni ta lini mbështetjen më herët.

# hb: source=6983e4c95fe6b5c9 status=machine
right_gb-6 = Mbështetja e financuar nga qeveria në Angli dhe Uells
    .body = Në Angli dhe Uells, qeveria e paguan mbështetjen përmes Modern Slavery Victim Care Contract (Kontrata e Kujdesit për Viktimat e Skllavërisë Moderne). The Salvation Army e drejton me organizata partnere. Nëse ju nevojitet, mbështetja mund të përfshijë një vend të sigurt për të qëndruar, para, kujdes shëndetësor, këshillim psikologjik, përkthyes dhe këshilla ligjore konfidenciale. Linja e referimit e The Salvation Army është 0800 808 3733, hapur 24 orë në ditë, 7 ditë në javë.
    .caveats = Zakonisht duhet të jeni dakord të dërgoheni në NRM që të merrni këtë mbështetje.

# hb: source=64a456fe91aa6975 status=machine
right_gb-7 = Kush vendos: dy ekipe brenda Home Office
    .body = Vendimet e NRM merren brenda Home Office, ministrisë qeveritare që drejton edhe kontrollin e imigracionit. Ka dy ekipe. Immigration Enforcement Competent Authority vendos për rastet e disa njerëzve që rrezikojnë të nxirren nga vendi: njerëz në paraburgim imigracioni, të huaj me dënime penale që rrezikojnë dëbimin, dhe disa njerëz kërkesat e azilit të të cilëve nuk u pranuan. Single Competent Authority vendos për rastet e tjera.
    .caveats = Pjesë të Home Office, si Immigration Enforcement, Border Force dhe UK Visas and Immigration, mund të jenë edhe First Responders. Nuk ka problem të pyesni për kë punon dikush.

# hb: source=c4055856ffdd4ff6 status=machine
right_gb-8 = Institucionet publike duhet të raportojnë viktimat e mundshme
    .body = Në Angli dhe Uells, policia, bashkitë dhe disa institucione të tjera publike duhet të njoftojnë Home Office kur kanë arsye të bazuara për të besuar se dikush mund të jetë viktimë e skllavërisë ose e trafikimit. Këtë e bëjnë edhe punonjësit e Home Office. Nëse jeni 18 vjeç ose më shumë, raporti nuk duhet të përmendë emrin tuaj ose hollësi që ju identifikojnë, përveç nëse jeni dakord. Mund ta refuzoni dërgimin në NRM dhe prapë të raportoheni pa emrin tuaj.
    .caveats = Një raport pa emrin tuaj mund t’i jepet prapë policisë.

# hb: source=8b5057f24c6fa833 status=machine
right_gb-9 = Humbja e mbrojtjes: „public order“ (rendi publik) dhe „bad faith“ (keqbesimi)
    .body = Pas një vendimi të parë pozitiv, Home Office mund të vendosë të heqë disa mbrojtje nëse është i bindur se jeni kërcënim për rendin publik, ose se keni pretenduar me keqbesim që jeni viktimë. Qeveria thotë se kjo ka të bëjë kryesisht me krime të rënda dhe me sigurinë kombëtare. Nëse ndodh kjo, mund t’ju nxjerrin nga Mbretëria e Bashkuar, dhe nuk ka më detyrim për t’ju dhënë leje qëndrimi si viktimë ose mbështetje për rikuperim. Mund të jetë ende e mundur pak ndihmë që të mos mbeteni pa strehë dhe pa mjete jetese.
    .caveats = Nëse keni dosje penale ose dënim penal, merrni një avokat sa më herët që të mundeni.

# hb: source=657d6f397271d35f status=machine
right_hk-1 = Agjencitë mund të marrin më së shumti 10% të pagës së muajit të parë
    .body = Në Hong Kong, një agjenci punësimi e licencuar mund të marrë më së shumti 10% të pagës së muajit tuaj të parë, dhe vetëm pasi ta merrni punën. Nuk duhet t’ju marrë asnjë tarifë ose kosto tjetër për punësimin. Kërkoni një dëftesë. Raportojeni shpejt pagesën e tepërt te Employment Agencies Administration (Administrata e Agjencive të Punësimit): ndjekja penale duhet të fillojë brenda 12 muajve.
    .caveats = Agjencitë nuk duhet t’jua mbajnë pasaportën ose të përzihen në paratë ose në huatë tuaja.

# hb: source=ea20c79941ac18f7 status=machine
right_hk-2 = Pagat e papaguara: ndihmë falas nga Labour Department
    .body = Nëse punëdhënësi nuk ju paguan pagat ose para të tjera që ju detyrohet sipas kontratës ose sipas Employment Ordinance (Ligji i Punësimit), shkoni në një zyrë të Labour Relations Division (Divizioni i Marrëdhënieve të Punës) të Labour Department (Departamenti i Punës). Ai ofron pajtim falas për t’ju ndihmuar ju dhe punëdhënësin të merreni vesh. Nëse nuk merreni vesh, kërkesa juaj mund të shkojë te Minor Employment Claims Adjudication Board ose te Labour Tribunal (gjykata e punës), në varësi të shumës.
    .caveats = Punëtorët e huaj të shtëpisë kanë të njëjtën mbrojtje sipas Employment Ordinance. Informacioni që i jepni Labour Department mund t’u jepet departamenteve të tjera, si Policisë ose Imigracionit.

# hb: source=68b2b4359613d328 status=machine
right_ie-1 = 60 ditë për t’u rikuperuar dhe për të menduar (nëse jeni nga jashtë BE-së)
    .body = Nëse jeni nga një vend jashtë BE-së ose EEA (Zona Ekonomike Evropiane) dhe nuk keni leje qëndrimi, një oficer i lartë i Garda (policia) mund të vendosë se ka arsye të bazuara për të besuar se jeni viktimë trafikimi. Atëherë mund të merrni leje qëndrimi për 60 ditë, që quhet periudhë rikuperimi dhe reflektimi. Ajo ju jep kohë për t’u rikuperuar, për t’u shpëtuar nga ndikimi i trafikantëve dhe për të vendosur nëse do ta ndihmoni Gardaí-në (policinë).
    .caveats = Vendimin e merr policia. Sistemi po rishikohej, prandaj pyesni një grup mbështetës se çfarë vlen tani.

# hb: source=5f79718f97c20e04 status=machine
right_ie-2 = Leje qëndrimi 6-mujore nëse ndihmoni Gardaí-në
    .body = Gjatë 60 ditëve ose pas tyre, mund të merrni leje të përkohshme qëndrimi nëse doni të ndihmoni Gardaí-në (policinë) ose autoritete të tjera me hetimin ose me ndjekjen penale. Ajo zgjat 6 muaj dhe mund të rinovohet.
    .caveats = Kjo leje është e lidhur me ndihmën që i jepni policisë. Ndihma dhe këshillat ligjore janë ndër shërbimet për viktimat: kërkoni fillimisht këshillë.

# hb: source=08b2c82b55fe3f43 status=machine
right_ie-3 = Kërkoni pagat e papaguara te Workplace Relations Commission
    .body = Nëse punëdhënësi nuk ju ka paguar, ju ka paguar më pak se paga minimale, ose ju ka mbajtur para nga paga, mund të bëni ankesë te Workplace Relations Commission (WRC – Komisioni i Marrëdhënieve në Punë). Mund të ankoheni edhe pasi të ketë mbaruar puna. Përdorni formularin e ankesës në internet të WRC. Pastaj një inspektor ose një zyrtar gjykues i WRC e shqyrton ankesën tuaj.
    .caveats = WRC nuk jep këshilla ligjore. Faqet e kontrolluara nuk thonë çfarë ndodh nëse keni punuar pa leje. Pyesni një grup mbështetës para se të ankoheni.

# hb: source=988d2bb99cf491ab status=machine
right_int-1 = Trafikimi ka tre pjesë: veprimi, mjeti dhe qëllimi
    .body = Sipas UN Trafficking Protocol (Protokolli i OKB-së për Trafikimin), trafikimi ka tre pjesë. 1) Një veprim: rekrutimi, zhvendosja, transferimi, fshehja ose pritja e një personi. 2) Një mjet: kërcënime, forcë ose presion tjetër, rrëmbim, mashtrim, gënjeshtra, shpërdorim i pushtetit ose i një gjendjeje të dobët, ose pagesë për dikë që e kontrollon personin. 3) Një qëllim: shfrytëzimi i personit.

# hb: source=07c8b1cfa55adab0 status=machine
right_int-2 = Çfarë quhet shfrytëzim
    .body = Shfrytëzimi përfshin të paktën: shfrytëzimin e prostitucionit të të tjerëve ose forma të tjera të shfrytëzimit seksual, punën ose shërbimet e detyruara, skllavërinë ose praktika të ngjashme me skllavërinë, robërinë, dhe heqjen e organeve.

# hb: source=82a2026b45a128ca status=machine
right_int-3 = Nëse keni qenë dakord në një moment, kjo nuk i shfajëson trafikantët
    .body = Nëse është përdorur ndonjë nga këto mjete, nuk ka rëndësi që keni qenë dakord në një moment. „Po“-ja juaj nuk mund të përdoret për të shfajësuar trafikantët.

# hb: source=fc5a25f6851e3aad status=machine
right_int-4 = Nën 18 vjeç: trafikim edhe pa forcë ose gënjeshtra
    .body = Për këdo nën 18 vjeç, rekrutimi, zhvendosja, fshehja ose pritja e personit me qëllim shfrytëzimi është trafikim, edhe nëse nuk është përdorur forcë, kërcënim ose gënjeshtër.

# hb: source=549577351b3b9906 status=machine
right_int-ilo-1 = Si e përcakton ILO punën e detyruar
    .body = Forced Labour Convention No. 29 (Konventa për Punën e Detyruar, 1930) e ILO-s (Organizata Ndërkombëtare e Punës) thotë se puna e detyruar është çdo punë ose shërbim që i merret një personi nën kërcënimin e një ndëshkimi, dhe që personi nuk e ka ofruar vetë lirisht.
    .caveats = Konventa rendit disa përjashtime, si shërbimi ushtarak dhe disa punë në burg nën kontrollin publik.

# hb: source=61727279765e7ed0 status=machine
right_int-ilo-2 = 11 shenjat e punës së detyruar sipas ILO-s
    .body = ILO rendit 11 shenja të punës së detyruar: përfitimi nga një gjendje e dobët; gënjeshtra për punën; mungesa e lirisë për të lëvizur; izolimi nga të tjerët; dhuna fizike ose seksuale; kërcënimet; mbajtja e letërnjoftimit ose e pasaportës suaj; mbajtja e pagave; robëria me borxh; kushte shumë të këqija pune ose jetese; shumë orë shtesë.

# hb: source=c4dfe15fbfc826a4 status=machine
right_int-ilo-3 = Ndonjëherë mjafton një shenjë
    .body = Ndonjëherë vetëm një shenjë mund të tregojë punë të detyruar. Në raste të tjera, disa shenja së bashku tregojnë për të.

# hb: source=a311122282b8acc9 status=machine
right_int-ilo-4 = Asnjë punëtor nuk duhet të paguajë për një punë
    .body = ILO thotë se punëtorëve nuk duhet t’u merret asnjë tarifë ose kosto e lidhur me rekrutimin, as drejtpërdrejt as tërthorazi, as plotësisht as pjesërisht. Kjo vjen nga përkufizimi i ILO-s për tarifat e rekrutimit (2018) dhe nga General Principles for Fair Recruitment (Parimet e Përgjithshme për Rekrutim të Drejtë).
    .caveats = Ky është udhëzim i ILO-s. Nuk është ligj në çdo vend, dhe disa vende ende i lejojnë agjencitë të marrin disa tarifa.

# hb: source=e4bc57bfc6def22c status=machine
right_int-ilo-5 = Ju mbajnë pasaportën ose letërnjoftimin: shenjë e punës së detyruar
    .body = ILO e quan mbajtjen e pasaportës ose të letërnjoftimit të një punëtori një shenjë të punës së detyruar. Mbajtja e pagave dhe zënia në kurth e një punëtori me borxh janë gjithashtu shenja.

# hb: source=af55fe97a7ece59f status=machine
right_int-ilo-6 = Viktimat duhet të kenë mjete ligjore, si dëmshpërblimi
    .body = ILO u kërkon qeverive t’u japin viktimave të punës së detyruar qasje në mjete ligjore, si dëmshpërblimi. Vendet që i bashkohen Protokollit të 2014 për punën e detyruar duhet t’u japin të gjitha viktimave qasje në mjete ligjore, dhe t’i lejojnë autoritetet të mos i ndjekin penalisht viktimat për veprime të paligjshme që u detyruan t’i bënin.
    .caveats = Këto rregulla i detyrojnë qeveritë, jo punëdhënësit. Vetëm vendet që i janë bashkuar Protokollit detyrohen prej tij.

# hb: source=765865150a7b7df9 status=machine
right_it-1 = Leje e posaçme qëndrimi për viktimat e shfrytëzimit të rëndë
    .body = Nëse policia, prokurorët ose shërbimet sociale vendore gjejnë se keni pësuar dhunë ose shfrytëzim të rëndë, dhe jeni në rrezik real sepse u përpoqët t’i shpëtoni grupit kriminal ose dhatë dëshmi, shefi i policisë (Questore) mund t’ju japë një leje të posaçme qëndrimi. Ajo ju lejon të largoheni nga dhuna dhe të hyni në një program ndihme dhe integrimi shoqëror.

# hb: source=3967d474919da7a5 status=machine
right_it-2 = Dy mënyra për të marrë lejen, dhe mund të punoni
    .body = Këtë leje mund ta merrni në dy mënyra: duke bërë kallëzim ose duke dëshmuar kundër shfrytëzuesve, ose përmes një „rruge sociale“ që propozohet nga shërbimet vendore ose nga grupe mbështetëse të akredituara. Fillimisht zgjat 6 muaj deri në 1 vit (burimet nuk përputhen) dhe mund të rinovohet. Mund të punoni që në fillim, dhe më vonë mund ta ktheni në leje pune ose studimi.
    .caveats = Vendimin përfundimtar e merr drejtoria e policisë (Questura). Lidhuni me një projekt kundër trafikimit që t’ju ndihmojë.

# hb: source=ad1159812a77df1a status=machine
right_it-3 = Kërkojini Inspektoratit të Punës të ndërhyjë
    .body = Nëse nuk ju kanë paguar, mund t’i kërkoni Inspektoratit të Punës (Ispettorato Territoriale del Lavoro) të provincës ku punoni të veprojë. Përdorni formularin e kërkesës INL 31, që ekziston edhe në gjuhë të tjera, dhe shtoni çdo dokument që keni dhe një kopje të letërnjoftimit. Inspektorati mund t’ju thërrasë fillimisht ju dhe punëdhënësin për t’u përpjekur të merreni vesh. Nëse kjo nuk ia del, mund të bëjë inspektim.
    .caveats = Faqet e kontrolluara nuk thonë çfarë ndodh nëse nuk keni leje qëndrimi. Pyesni fillimisht një sindikatë ose një grup mbështetës.

# hb: source=301c11c56e86e560 status=machine
right_jp-1 = Leje e posaçme qëndrimi për viktimat
    .body = Nëse jeni viktimë trafikimi dhe keni qëndruar më gjatë se sa lejohej ose keni shkelur rregullat e imigracionit, autoritetet e imigracionit të Japonisë thonë se veprojnë për t’ju mbrojtur. Ata marrin parasysh rrezikun për ju nëse ktheheni në vendin tuaj, shëndetin tuaj dhe ndihmën tuaj në çështjen penale. Mund t’ju japin leje të posaçme qëndrimi, dhe përpiqen të mos ju mbajnë në paraburgim.
    .caveats = Raportet thonë se shumë punëtorë të huaj, përfshirë praktikantë teknikë, nuk u njohën si viktima dhe u dëbuan. Kërkojini ndihmë një grupi mbështetës ose një avokati.

# hb: source=a88a639861c5cef4 status=machine
right_jp-2 = Raportoni pagat e papaguara në zyrën e inspektimit të punës
    .body = Ligjet e punës të Japonisë i mbrojnë të gjithë punëtorët njësoj, pavarësisht nga shtetësia. Paga duhet t’ju paguhet drejtpërdrejt juve, e plotë, të paktën një herë në muaj në një ditë të caktuar. Nëse nuk ju kanë paguar, mund ta raportoni te Labour Standards Inspection Office (Zyra e Inspektimit të Standardeve të Punës) e zonës ku ndodhet punëdhënësi. Disa zyra kanë këshilltarë për punëtorët e huaj.
    .caveats = Një linjë telefonike falas në mbrëmje dhe në fundjavë jep këshilla në disa gjuhë, por nuk vepron kundër punëdhënësve. Nëse punëdhënësi ka falimentuar, një skemë qeveritare mund të ndihmojë me pagat e papaguara.

# hb: source=6b8697576971a695 status=machine
right_kw-1 = Punëdhënësi nuk duhet t’jua mbajë pasaportën
    .body = Në Kuvajt, punëdhënësit e kompanive nuk lejohen t’ua mbajnë pasaportat punëtorëve. Për punëtorët e shtëpisë, ligji thotë se punëdhënësi nuk duhet t’jua mbajë pasaportën ose letërnjoftimin civil (civil ID), përveç nëse keni qenë dakord. Nuk keni pse të grindeni me punëdhënësin për këtë. Mund të ankoheni te Public Authority for Manpower (PAM – Autoriteti Publik për Fuqinë Punëtore).
    .caveats = Nëse keni qenë dakord më parë, punëdhënësi mund të thotë se ishte e lejuar. Prapë mund t’i kërkoni ndihmë PAM-it.

# hb: source=82651620bae197fb status=machine
right_kw-2 = Punëtorët e shtëpisë: paga duhet t’ju paguhet çdo muaj
    .body = Punëdhënësi duhet ta paguajë pagën e rënë dakord në fund të çdo muaji, duke filluar nga dita kur filluat punën. Asnjë pjesë e saj nuk mund të mbahet. Një dëftesë e transfertës bankare ose një dëftesë për para në dorë provon që jeni paguar. Paga më e ulët ligjore për punëtorët e shtëpisë është KWD 60 në muaj, dhe disa vende kërkojnë më shumë për punëtorët e tyre. Nëse nuk ju paguajnë, mund të ankoheni në departamentin e punës shtëpiake të PAM në numrin 24937600.
    .caveats = Mbani çdo dëftesë. Ankesat mund të zgjasin shumë.

# hb: source=e25c85462b9f4df7 status=machine
right_kw-3 = Punëtorët e kompanive: ankesa për pagën dhe për ndërrimin e punëdhënësit
    .body = Nëse punoni për një kompani dhe nuk ju paguajnë, ose punëdhënësi ju pengon të kaloni te një punëdhënës i ri, mund të ankoheni në Labour Relations Department (Departamenti i Marrëdhënieve të Punës) të PAM. Ai merret me pagat e papaguara, transferimet, njoftimet për „arratisje“ (absconding) dhe ndalimet e udhëtimit. Mund të regjistroni ankesë në zyrat e tij ose në faqen e internetit të PAM. Nëse nuk zgjidhet aty, çështja shkon në gjykatë.
    .caveats = Punëdhënësi do të thirret t’i përgjigjet ankesës.

# hb: source=206b2dba66e39887 status=machine
right_kw-4 = Raportet e „arratisjes“ në Kuvajt
    .body = Nëse nuk shkoni më në punë, punëdhënësi mund ta raportojë mungesën tuaj. Për punëtorët e kompanive raporti kalon përmes PAM; për punëtorët e shtëpisë shkon te Ministria e Brendshme. Një raport „arratisjeje“ mund të çojë në arrestim, paraburgim dhe kthim në vendin tuaj. Nëse mundeni, ankohuni te PAM para se të largoheni. Gratë punëtore mund të shkojnë në strehën e PAM, që tani pranon edhe punëtore me akuza për „arratisje“, ose në ambasadën e tyre.
    .caveats = Në 2024 nuk kishte strehë qeveritare për burrat.

# hb: source=5784a8274f2a5a7d status=machine
right_mx-1 = Statusi i vizitorit për arsye humanitare për viktimat e krimeve
    .body = Në Meksikë, një person i huaj që është viktimë ose dëshmitar i një krimi të kryer në Meksikë mund të marrë statusin „vizitor për arsye humanitare“. Mund të qëndroni derisa të mbarojë procesi penal, të dilni nga vendi dhe të ktheheni, dhe të punoni me pagesë. Më vonë mund të kërkoni leje qëndrimi të përhershme. Quheni viktimë edhe nëse autori i krimit nuk gjendet, nuk gjykohet ose nuk dënohet kurrë.
    .caveats = Kur mbaron procesi, duhet të largoheni ose të kërkoni një status tjetër. Kërkojini një avokati ose një grupi mbështetës t’ju ndihmojë me kërkesën.

# hb: source=6387dd410673887c status=machine
right_mx-2 = Të qenit pa dokumente nuk është krim në vetvete
    .body = Migration Law (Ligji i Migracionit) i Meksikës thotë se të qenit në situatë migratore të parregullt nuk është kurrë, në vetvete, krim, dhe se mungesa e dokumenteve nuk duhet të kuptohet sikur keni kryer krim. Thotë gjithashtu se të drejtat e njeriut të migrantëve duhet të respektohen pavarësisht nga statusi i tyre, me vëmendje të veçantë për viktimat e krimeve.
    .caveats = Kjo ka të bëjë vetëm me krimet. Nuk ju jep leje qëndrimi. Kërkoni këshillë.

# hb: source=738f5749db4c8578 status=machine
right_mx-3 = Ndihmë falas për të kërkuar pagat e papaguara
    .body = PROFEDET, zyra federale që mbron punëtorët, jep këshilla falas, ndihmon për marrëveshje me punëdhënësit, dhe mund t’i përfaqësojë punëtorët në gjykatë, për shembull për pagat e papaguara. Para një çështjeje gjyqësore, Federal Labour Conciliation Centre (Qendra Federale e Pajtimit në Punë) përpiqet të arrijë një marrëveshje. Kjo është falas, nuk ju duhet avokat, dhe askush nuk mund t’ju marrë para për këto hapa.
    .caveats = Disa punë trajtohen nga zyra e punës e shtetit (njësisë federale) në vend të zyrës federale. Kini kujdes nga njerëzit që kërkojnë para për t’ju „ndihmuar“. PROFEDET ka pasur shkurtime buxheti, prandaj mund të jetë i ngadaltë.

# hb: source=96add8eb5bb5e10b status=machine
right_my-1 = Urdhri i mbrojtjes: strehë deri në 3 muaj
    .body = Në Malajzi, pasi një oficer zbatimi dhe një Protection Officer (Oficer Mbrojtjeje) shqyrtojnë rastin tuaj, një Magistrate (gjyqtar) mund të vendosë se jeni person i trafikuar që ka nevojë për kujdes, dhe të lëshojë një Protection Order (Urdhër Mbrojtjeje). Atëherë ju vendosin në një strehë (vend strehimi) deri në 3 muaj. Nëse keni shtetësi të huaj, pastaj ju dorëzojnë te një oficer i imigracionit.
    .caveats = Kështu thoshte ligji në kopjen e kontrolluar, dhe mund të ketë ndryshuar. Pyesni një avokat, ambasadën tuaj ose një grup mbështetës se çfarë vlen tani.

# hb: source=b23d264bd75c419f status=machine
right_my-2 = Kërkoni pagat e papaguara në Labour Department
    .body = Nëse punëdhënësi ju detyrohet paga, mund të ankoheni në Labour Department (Jabatan Tenaga Kerja – Departamenti i Punës). Një zyrtar pune e shqyrton ankesën dhe mund ta urdhërojë punëdhënësin të paguajë. Njerëzit shpesh e quajnë këtë „Gjykata e Punës“ (Labour Court). Secila palë mund të ankohet në High Court (Gjykata e Lartë) brenda 14 ditëve. Urdhri mund të zbatohet përmes Sessions Court.
    .caveats = Ka një kufi për pagën mujore për ta përdorur këtë shërbim, dhe burimet nuk përputhen për shumën. Disa punëdhënës thonë se punëtorët pa leje të vlefshme nuk mund të bëjnë kërkesë; një High Court e ktheu një çështje të tillë për t’u gjykuar. Kërkoni fillimisht këshillë.

# hb: source=314d66c19e008226 status=machine
right_nl-1 = Tre muaj kohë për të menduar (bedenktijd)
    .body = Viktimat e trafikimit pa qëndrim të ligjshëm mund ta raportojnë krimin dhe të përdorin skemën e posaçme të qëndrimit për viktimat e trafikimit, e cila jep 3 muaj kohë për të menduar (bedenktijd), gjatë së cilës mund të qëndroni në Holandë.

# hb: source=b4b82ddd8e883c54 status=machine
right_nl-2 = Kush e koordinon kujdesin dhe strehimin për viktimat
    .body = CoMensha i regjistron viktimat dhe i ndihmon viktimat e rritura të gjejnë kujdes dhe strehim; Jeugdzorg Nederland koordinon ndihmën për viktimat nën 18 vjeç.

# hb: source=8e8e3a490e48707e status=machine
right_nl-3 = Policia jua shpjegon procedurën para se të vendosni
    .body = Para se të vendosni nëse do të bëni kallëzim, një detektiv i specializuar i policisë jua shpjegon procedurën në një bisedë informuese. Policia organizon strehim të sigurt për viktimat edhe nëse janë në vend pa leje.

# hb: source=2868b5eba01f0802 status=machine
right_nl-4 = Ku ta raportoni shfrytëzimin në punë
    .body = Shfrytëzimi në punë mund të raportohet te Netherlands Labour Authority (Autoriteti Holandez i Punës, 0800 5151); raportet pa emër mund të shkojnë te Meld Misdaad Anoniem (0800 7000).

# hb: source=76c34908436613f8 status=machine
right_nl-5 = Raportoni pagesën e pamjaftueshme te Autoriteti i Punës
    .body = Në Holandë, paga minimale dhe pagesa minimale për pushimet vlejnë për çdo punësim, edhe për punëtorët e huaj dhe për punëdhënësit e huaj. Nëse ju paguajnë shumë pak, mund ta raportoni te Netherlands Labour Authority (Nederlandse Arbeidsinspectie), edhe pa dhënë emrin tuaj. Ai mund ta gjobisë punëdhënësin. Pagesa e pamjaftueshme mund të jetë shenjë e shfrytëzimit në punë.
    .caveats = Për të marrë paratë që ju detyrohen, mund të shkoni edhe te gjyqtari i rrethit (kantonrechter); bëni kërkesën brenda 5 vjetëve. Autoriteti i Punës punon me policinë e të huajve. Nëse nuk keni dokumente, kërkoni fillimisht këshillë.

# hb: source=d7858cd335110713 status=machine
right_om-1 = Ndërrimi i punëdhënësit në Oman
    .body = Që nga janari 2021, punëtorët në Oman, përfshirë punëtorët e shtëpisë, mund të kalojnë te një punëdhënës i ri kur kontrata e tyre mbaron ose ndërpritet, pa lejen e punëdhënësit. Ministry of Labour (Ministria e Punës) duhet ta miratojë kontratën e re.
    .caveats = Kjo nuk ndihmon nëse kontrata juaj nuk ka mbaruar. Zyrtarët ndonjëherë i kanë kthyer punëtorët te punëdhënësi ose i kanë lënë punëdhënësit të kërkojnë para për t’i liruar. Përpiquni të merrni ndihmë nga ambasada juaj para se të largoheni.

# hb: source=d3b8fc3dede87912 status=machine
right_om-2 = Punëdhënësi nuk duhet t’jua mbajë pasaportën
    .body = Ligji i punës i Omanit i 2023 thotë se punëdhënësit nuk duhet ta mbajnë pasaportën ose dokumentet personale të një punëtori pa pëlqimin me shkrim të punëtorit.
    .caveats = Dënimet për mbajtjen e pasaportave kanë qenë të dobëta, dhe disa punëdhënës ende e bëjnë këtë.

# hb: source=496a384ec6f40426 status=machine
right_om-3 = Pagat e papaguara në Oman
    .body = Sipas ligjit të punës të 2023, mund ta ndërprisni kontratën nëse punëdhënësi nuk jua paguan pagat. Nëse shkoni në gjykatë për të marrë paratë që ju detyrohen, e ruani të drejtën të qëndroni në Oman derisa të vendoset çështja, por shpenzimet e jetesës i paguani vetë. Ankesat shkojnë në Ministrinë e Punës, kryesisht përmes faqes së saj të internetit.
    .caveats = Zyrtarët shpesh i trajtojnë këto raste si mosmarrëveshje për kontratën. Mbani prova për kontratën tuaj dhe për sa ju kanë paguar.

# hb: source=ceeaaa0db18984e6 status=machine
right_ph-1 = Trafikimi mund të ndodhë me ose pa pëlqimin tuaj
    .body = Ligji i Filipineve thotë se trafikimi mund të ndodhë me ose pa pëlqimin ose dijeninë e viktimës, brenda vendit ose përtej kufijve. Ai përfshin rekrutimin, zhvendosjen, fshehjen ose pritjen e njerëzve me kërcënime, forcë, mashtrim, gënjeshtër ose shpërdorim të gjendjes së tyre të dobët, me qëllim që t’i shfrytëzojnë.

# hb: source=7edc6dab6efc0bbe status=machine
right_ph-2 = Punëtorët jashtë vendit: kërkoni pagën e papaguar te NLRC
    .body = Nëse jeni nga Filipinet, ju dërguan jashtë vendit për punë dhe nuk ju paguan, mund të bëni një kërkesë për para te një Labor Arbiter (gjyqtar pune) i National Labor Relations Commission (NLRC – Komisioni Kombëtar i Marrëdhënieve të Punës) në Filipine. Agjencia filipinase e rekrutimit që ju dërgoi është përgjegjëse bashkë me punëdhënësin e huaj, prandaj mund t’i kërkoni paratë agjencisë. Çështja duhet të vendoset brenda 90 ditëve nga dita e paraqitjes.
    .caveats = Mbani kontratën, dëftesat dhe çdo provë për punën dhe pagën. Në praktikë, kërkesat mund të zgjasin shumë dhe të kushtojnë para.

# hb: source=983e8b713f1b53bb status=machine
right_qa-1 = Punëdhënësi nuk duhet t’jua mbajë pasaportën
    .body = Në Katar, punëdhënësi duhet t’jua kthejë pasaportën sapo të jenë gati dokumentet e qëndrimit. Mbajtja e saj pas kësaj është kundër ligjit, dhe punëdhënësi mund të gjobitet. Nuk keni pse të grindeni me punëdhënësin për këtë. Mund t’i kërkoni ndihmë Ministrisë së Punës në numrin 16008.
    .caveats = Ligji e lejon punëdhënësin ta mbajë pasaportën vetëm nëse keni qenë dakord me shkrim. Kërkoni këshillë para se ta lini punën, që të mos rrezikoni lejen e qëndrimit.

# hb: source=0bf1b48d7059d29b status=machine
right_qa-2 = Punëdhënësit që mbajnë pasaporta mund të gjobiten
    .body = Një punëdhënës që nuk ia kthen pasaportën një punëtori pasi të jenë gati dokumentet e qëndrimit mund të gjobitet deri në QR 25 000.

# hb: source=a66a0a435e940e43 status=machine
right_qa-3 = Mbajtja e pasaportës mund të jetë shenjë e punës së detyruar
    .body = Kur ju mbajnë pasaportën, nuk ju paguajnë pagat dhe nuk ju lejojnë të largoheni, këto janë shenja të punës së detyruar ose të trafikimit. Mund të kërkoni ndihmë edhe nëse nuk jeni të sigurt që është trafikim.
    .caveats = Zyrtarët shpesh i trajtojnë këto raste si mosmarrëveshje të thjeshta pune, jo si krime.

# hb: source=fa13083b39ecd02f status=machine
right_qa-4 = Ku t’i raportoni problemet në punë
    .body = Mund të ankoheni në Ministrinë e Punës me telefon në numrin 16008. Mund të dërgoni edhe një mesazh me tekst në 92727: shkruani 5, pastaj numrin e Qatar ID ose të vizës suaj. Edhe punëtorët e shtëpisë mund të ankohen. Ka edhe një platformë ankesash në internet, dhe shkeljet e ligjit mund të raportohen pa dhënë emrin.
    .caveats = Një ankesë për punëdhënësin do të arrijë te punëdhënësi juaj.

# hb: source=a81c6b05d2f47c1b status=machine
right_qa-5 = Mund të ndërroni punë pa lejen e punëdhënësit
    .body = Që nga 2020, të gjithë punëtorët në Katar, përfshirë punëtorët e shtëpisë, mund të ndërrojnë punë pa një letër „no objection“ (NOC – letër mosprotestimi) nga punëdhënësi, edhe para se të mbarojë kontrata. Ka hapa zyrtarë që duhen ndjekur. Pyesni Ministrinë e Punës për to para se ta ndërprisni punën.
    .caveats = Disa punëdhënës i janë përgjigjur ndërrimit të punës me një raport të rremë „arratisjeje“. Mbani prova që keni kërkuar të kaloni në punë tjetër.

# hb: source=41bd4556f699f30e status=machine
right_qa-6 = Shumica e punëtorëve mund të dalin nga Katari pa leje daljeje
    .body = Që nga janari 2020, pothuajse të gjithë punëtorët në Katar, përfshirë punëtorët e shtëpisë, mund të dalin nga vendi pa i kërkuar leje punëdhënësit. Vetëm disa punë kanë ende nevojë për leje daljeje, si forcat e armatosura dhe disa poste kyçe në kompani.

# hb: source=7259917d75e66750 status=machine
right_qa-7 = Paga minimale dhe si duhet paguar paga
    .body = Çdo punëtor në Katar, përfshirë punëtorët e shtëpisë, duhet të marrë të paktën QR 1000 në muaj si pagë bazë. Nëse punëdhënësi nuk ju jep ushqim dhe strehim, duhet të merrni edhe të paktën QR 300 për ushqim dhe QR 500 për strehim. Kompanitë duhet t’i paguajnë pagat përmes sistemit zyrtar të pagave në llogarinë tuaj. Nëse nuk ju paguajnë, mund të ankoheni në Ministrinë e Punës në numrin 16008.
    .caveats = Mbani prova për sa ju paguajnë, si mesazhet e bankës ose fletët e pagës.

# hb: source=f417e0f2e90bbdca status=machine
right_qa-8 = Nëse punëdhënësi ju raporton për „arratisje“
    .body = Zyrtarët e Katarit thonë se nuk ekziston krim që quhet „arratisje“ (absconding). Megjithatë, disa punëdhënës bëjnë raporte të rreme „arratisjeje“ kundër punëtorëve që ankohen ose përpiqen të ndërrojnë punë. Nëse mundeni, ankohuni në Ministrinë e Punës para se të largoheni, dhe mbani prova. Nëse punëdhënësi përdor një raport të rremë kundër jush, mund të shkoni në Human Rights Department (Departamenti i të Drejtave të Njeriut) të Ministrisë së Brendshme.
    .caveats = Punëtorë që ikën nga punëdhënësit e tyre janë arrestuar dhe dëbuar. Nëse mundeni, flisni me një linjë ndihme ose me ambasadën tuaj para se të largoheni ose të shkoni te policia.

# hb: source=9c894d314da810ca status=machine
right_ro-1 = Deri në 90 ditë për t’u rikuperuar dhe për të menduar (të huajt)
    .body = Nëse ka arsye serioze për të menduar se ju, si person i huaj, jeni viktimë trafikimi, merrni një periudhë rikuperimi dhe reflektimi deri në 90 ditë. Është kohë për t’u rikuperuar dhe për t’u shpëtuar nga ndikimi i trafikantëve.

# hb: source=b32e45bf321e0e1d status=machine
right_ro-2 = Jeni viktimë edhe nëse nuk jeni pjesë e çështjes gjyqësore
    .body = Sipas ligjit rumun, viktimë e trafikimit është personi ndaj të cilit u krye krimi, pavarësisht nëse merr pjesë apo jo në çështjen penale si palë e dëmtuar. Viktimat marrin kujdes mjekësor sipas rregullave të sigurimit publik shëndetësor.

# hb: source=6a1b94f497b24d8b status=machine
right_ro-3 = Ankohuni te Inspektorati i Punës (ITM) për pagën e papaguar
    .body = Nëse punëdhënësi nuk jua paguan rrogën, ose ju paguan më pak se paga minimale, mund të ankoheni te Inspektorati Territorial i Punës (ITM) ku ka selinë punëdhënësi. Mund ta dërgoni ankesën me postë ose me email, ose të përdorni formularin e peticionit në internet të Inspektimit të Punës. ITM mund ta kontrollojë punëdhënësin dhe ta gjobisë. Mund të shkoni edhe në gjykatë.
    .caveats = ITM zakonisht përgjigjet brenda 30 ditëve, ndonjëherë edhe 15 ditë më vonë. Kërkoni këshillë nga një grup mbështetës nëse nuk keni kontratë.

# hb: source=eee9f256ac47c438 status=machine
right_sa-1 = Ndërrimi i punës dhe largimi nga Arabia Saudite
    .body = Që nga marsi 2021, shumica e punëtorëve të sektorit privat mund të kalojnë te një punëdhënës i ri kur mbaron kontrata, pa lejen e punëdhënësit. Ata mund të kërkojnë edhe vetë një vizë daljeje dhe rikthimi, ose një vizë daljeje përfundimtare, përmes Absher ose Qiwa. Punëdhënësi njoftohet dhe ka 10 ditë për t’u përgjigjur; nëse nuk përgjigjet, viza lëshohet.
    .caveats = Kjo nuk vlen për punëtorët e shtëpisë, shoferët privatë, rojet e shtëpive, barinjtë, kopshtarët ose punëtorët e fermave.

# hb: source=c00058869fab905f status=machine
right_sa-2 = Punëtorët e shtëpisë: kur mund të kaloni te një punëdhënës tjetër
    .body = Punëtorët e shtëpisë nuk përfshihen në reformat e 2021 dhe ende kanë nevojë për miratimin e punëdhënësit për vizat e daljes. Por një punëtor shtëpie mund të kalojë te një punëdhënës tjetër pa njoftimin e punëdhënësit në disa raste: nëse paga vonohet, nëse punëdhënësi ia jep punëtorin me qira njerëzve të tjerë, ose nëse punëtorit i jepen detyra që rrezikojnë shëndetin ose sigurinë.
    .caveats = Pyesni ministrinë e punës ose ambasadën tuaj si ta bëni këtë para se të largoheni nga shtëpia.

# hb: source=34cc3823b02ac2bf status=machine
right_sa-3 = Punëtorët e shtëpisë e mbajnë vetë pasaportën
    .body = Rregullat saudite për punëtorët e shtëpisë thonë se keni të drejtë ta mbani vetë pasaportën dhe kartën e qëndrimit (iqama). Punëdhënësi nuk duhet t’jua marrë. Punëdhënësi gjithashtu nuk duhet t’ju marrë para për rekrutimin, lejen e punës ose iqamën.

# hb: source=5c704a02a69591e0 status=machine
right_sa-4 = Pagat tuaja dhe si t’i kërkoni
    .body = Punëtorët e shtëpisë duhet të marrin pagën e plotë, në kohë, siç thotë kontrata standarde, dhe tani janë në sistemin e mbrojtjes së pagave. Çdo punëtor që nuk paguhet mund të bëjë një kërkesë në ministrinë e punës. Ministria fillimisht përpiqet ta zgjidhë me punëdhënësin; nëse nuk ia del, çështja shkon në gjykatën e punës. Mund të telefononi edhe ministrinë në numrin 19911.
    .caveats = Rregullat e pagave nuk zbatohen gjithmonë. Mbani kontratën dhe prova për çdo pagesë.

# hb: source=fb38e0d982e86102 status=machine
right_sa-5 = Nëse punëdhënësi ju raporton „në mungesë nga puna“ (huroob)
    .body = Një punëdhënës mund ta raportojë një punëtor të sektorit privat „në mungesë nga puna“ (huroob) pas më shumë se 15 ditësh rresht pa arsye të vlefshme. Ju vjen një mesazh me tekst. Pastaj keni 60 ditë për të kaluar te një punëdhënës i ri ose për të marrë vizë daljeje përfundimtare. Nëse nuk bëhet asgjë brenda 60 ditëve, mbeteni në listë si në mungesë dhe mund të merrni ndëshkime sipas ligjeve të qëndrimit dhe të punës. Punëdhënësit nuk mund të bëjnë më akuza „arratisjeje“ kundër punëtorëve të shtëpisë.
    .caveats = Raporti mund të kundërshtohet, dhe punëdhënësi nuk duhet të bëjë raport pasi ju keni hapur një çështje kundër tij. Kërkoni shpejt ndihmë nga ambasada juaj ose nga një avokat.

# hb: source=00e436941cd05725 status=machine
right_sg-1 = Strehë, një Special Pass dhe ndihmë për të gjetur punë
    .body = Në Singapor, viktimat e trafikimit që presin për çështjen e tyre marrin strehë, ushqim dhe këshillim psikologjik. Mund të marrin një Special Pass (leje e posaçme) për të qëndruar ndërsa trajtohet çështja. Nëse doni dhe mundeni të punoni, qeveria mund t’ju ndihmojë të gjeni një punë të përkohshme.

# hb: source=c92aadeaf1f527ef status=machine
right_sg-2 = Zakonisht nuk ndiqeni penalisht për veprime që u detyruat t’i bënit
    .body = Ministritë e Punëve të Brendshme dhe të Fuqisë Punëtore (Home Affairs dhe Manpower) të Singaporit thonë se nuk i ndjekin penalisht viktimat e trafikimit për veprime që u detyruan t’i bënin si pasojë e drejtpërdrejtë e trafikimit, përveç nëse ka arsye shumë të forta. Ligji për trafikimin mbron edhe identitetin e njerëzve që raportojnë trafikim.
    .caveats = Kjo është një politikë, jo një premtim për çdo rast. Raportet thonë se disa viktima nuk u njohën dhe u dënuan ose u dëbuan. Kërkoni ndihmë nga një avokat ose nga një grup mbështetës.

# hb: source=12f5901ecfe4647b status=machine
right_sg-3 = Kërkesat për pagë: fillimisht ndërmjetësim, pastaj gjykatë
    .body = Mospagimi i pagës është shkelje e dënueshme në Singapor. Për të kërkuar pagën e papaguar, fillimisht i kërkoni ndërmjetësim Tripartite Alliance for Dispute Management (TADM). Nëse nuk arrihet marrëveshje, kërkesa mund të shkojë te Employment Claims Tribunals (gjykata për kërkesat e punës). Bëni kërkesën brenda 1 viti nëse ende punoni aty, ose brenda 6 muajve pasi mbaron puna.
    .caveats = Punëtorët e shtëpisë nuk mund ta përdorin ndërmjetësimin e TADM; ata shkojnë te Ministry of Manpower (MOM – Ministria e Fuqisë Punëtore). Punëdhënësi mund t’jua anulojë lejen e punës pasi të bëni kërkesën; MOM zakonisht jep një Special Pass që të mund të qëndroni për kërkesën.

# hb: source=afd18186f259e66d status=machine
right_th-1 = Ndihmë për viktimat dhe e drejta për të kërkuar dëmshpërblim
    .body = Në Tajlandë, Ministry of Social Development and Human Security (Ministria e Zhvillimit Shoqëror dhe e Sigurisë Njerëzore) mund t’u japë viktimave të trafikimit ushqim, strehë, kujdes mjekësor, ndihmë për t’u rikuperuar në trup dhe në mendje, arsim, trajnim, ndihmë ligjore, ndihmë për t’u kthyer në vendin e tyre, dhe ndihmë për të kërkuar dëmshpërblim. Policia ose prokurori duhet t’ju tregojë herët për të drejtën tuaj për dëmshpërblim dhe për ndihmë ligjore.

# hb: source=83efcb9772892419 status=machine
right_th-2 = Prokurori mund të kërkojë dëmshpërblim për ju, pa kosto
    .body = Nëse doni dëmshpërblim, prokurori publik mund ta kërkojë për ju si pjesë e çështjes penale kundër trafikantit. Nuk paguani shpenzime gjyqësore për këtë kërkesë. Nëse gjykata urdhëron pagesën, një zyrë qeveritare duhet ta zbatojë për ju.

# hb: source=764bab2d2ab2ae7b status=machine
right_th-3 = Ankohuni për pagat e papaguara: linja 1546
    .body = Zyra e punës e Tajlandës thotë se i mbron njësoj punëtorët tajlandezë dhe të huaj. Nëse nuk ju janë paguar pagat ose orët shtesë, mund të ankoheni në zyrën e Labour Protection and Welfare (Mbrojtja dhe Mirëqenia e Punës) në provincën tuaj ose në Bangkok, ose të telefononi linjën 1546. Inspektorët e punës mund ta urdhërojnë punëdhënësin të paguajë. Ankesa te një inspektor është falas.
    .caveats = Nëse jeni në Tajlandë pa dokumente, pyesni fillimisht një grup mbështetës.

# hb: source=0f8bdb0e7ae37660 status=machine
right_tw-1 = Leje qëndrimi dhe pune për viktimat e identifikuara
    .body = Në Tajvan, nëse identifikoheni si viktimë e trafikimit të qenieve njerëzore, mund të kërkoni një leje qëndrimi të vlefshme për një vit. Ajo mund të zgjatet, një vit çdo herë, për hetimin ose për gjyqin. Me të mund të kërkoni leje pune, pa kufizimet e zakonshme për punëtorët e huaj, për sa kohë zgjat leja juaj e qëndrimit.

# hb: source=7a8f82c5cd1a50b2 status=machine
right_tw-2 = Çfarë quhet trafikim në Tajvan
    .body = Ligji i Tajvanit e quan trafikim: përdorimin e kërcënimeve, mashtrimit, robërisë me borxh, mbajtjen e dokumenteve të rëndësishme, ose përfitimin nga pafuqia e dikujt, për ta shfrytëzuar. Shfrytëzimi përfshin punën e detyruar dhe punën ku paga është qartë shumë më e ulët se puna që bëhet. Nëse jeni nën 18 vjeç, është trafikim edhe pa këto mjete.

# hb: source=611281efb5d69f09 status=machine
right_tw-3 = Telefononi 1955 për pagat e papaguara
    .body = Linja 1955 e Ministry of Labor (Ministria e Punës) merr pyetje dhe ankesa nga punëtorët migrantë për kontratat, pagat, orarin e punës, lëndimet dhe ndërmjetësit. Është falas dhe e hapur 24 orë në ditë, çdo ditë. Flet kinezisht, anglisht, indonezisht, vietnamisht dhe tajlandisht, dhe mund të përkthejë mes jush dhe punëdhënësit.
    .caveats = Ankesat mund t’i jepen zyrës vendore të punës ose policisë.

# hb: source=00197aea20c32cd0 status=machine
right_us-1 = Viza T për viktimat e trafikimit
    .body = Viza T (T status) është një status imigracioni në SHBA për viktimat e trafikimit për seks ose për punë. Ajo u lejon disa viktimave të qëndrojnë në Shtetet e Bashkuara. Kongresi e krijoi në tetor 2000. Mund ta marrin edhe disa anëtarë të familjes. Vendos USCIS, zyra amerikane për shërbimet e imigracionit.
    .caveats = Kërkoni këshillë ligjore falas para se të aplikoni. Një avokat mund të kontrollojë nëse i plotësoni kushtet.

# hb: source=22249cf88a7ae3b1 status=machine
right_us-2 = Kush mund t’i plotësojë kushtet për vizën T
    .body = Për t’i plotësuar kushtet duhet të tregoni se jeni viktimë e një „forme të rëndë trafikimi“ (severe form of trafficking), se jeni në SHBA (ose në një pikë hyrjeje) për shkak të tij, se keni zbatuar kërkesat e arsyeshme të policisë ose të organeve të ligjit (nuk kërkohet nëse ishit nën 18 vjeç ose nuk mundeni për shkak të traumës), se do të vuanit vështirësi ekstreme nëse do t’ju nxirrnin nga vendi, dhe se jeni të pranueshëm ose merrni një përjashtim (waiver).

# hb: source=16c34d91844fbbcd status=machine
right_us-3 = Statusi T: deri në 4 vjet, punë dhe rrugë drejt Green Card
    .body = Statusi T zgjat fillimisht deri në 4 vjet. Mund të merrni leje pune. Pas 3 vjetësh me status T mund të kërkoni Green Card (leje qëndrimi e përhershme). Mund ta kërkoni më herët nëse çështja kundër trafikantëve ka mbaruar zyrtarisht. Vlejnë edhe rregulla të tjera, si sjellja e mirë morale.
    .caveats = Duhet të qëndroni në Shtetet e Bashkuara pa ndërprerje të gjata. Pyesni një avokat para se të udhëtoni jashtë vendit.

# hb: source=78fa436f8f843ce4 status=machine
right_us-4 = Deri në 5000 viza T çdo vit
    .body = Çdo vit USCIS mund t’u japë statusin T deri në 5000 aplikantëve kryesorë. Anëtarët e familjes nuk llogariten në këtë kufi. Nëse arrihet kufiri, njerëzit që i plotësojnë kushtet vendosen në një listë pritjeje për vitin e ardhshëm.

# hb: source=2a543d54442cbab5 status=machine
right_us-5 = Marrja e pasaportës ose e letërnjoftimit tuaj mund të jetë krim federal
    .body = Shkatërrimi, fshehja, marrja ose mbajtja e pasaportës, e dokumenteve të imigracionit ose e letërnjoftimit të një personi tjetër si pjesë e trafikimit ose e punës së detyruar është krim federal. Është gjithashtu krim të bëhet kjo për ta penguar një viktimë trafikimi të lëvizë ose të udhëtojë, që ajo të vazhdojë të punojë. Dënimi mund të jetë deri në 5 vjet burg. Ky ligj nuk e dënon një viktimë që e bën këtë për shkak të trafikimit që ka pësuar vetë.

# hb: source=06552803388d2029 status=machine
right_us-6 = Linja Kombëtare nuk është as polici, as imigracion
    .body = National Human Trafficking Hotline (Linja Kombëtare për Trafikimin e Qenieve Njerëzore) nuk është polici ose organ tjetër i zbatimit të ligjit, dhe nuk është imigracion; mund të kërkoni ndihmë ose të raportoni pa dhënë emrin.

# hb: source=8e9f7e10df6a21c4 status=machine
right_us-7 = Continued Presence: një status i përkohshëm që e kërkon policia
    .body = Continued Presence (Prani e Vazhdueshme) është një status i përkohshëm imigracioni për njerëzit që policia ose organet e zbatimit të ligjit i identifikojnë si viktima trafikimi. Ju lejon të qëndroni dhe të punoni në SHBA ndërsa hetohet krimi. Zgjat fillimisht 1 vit dhe mund të rinovohet për një vit çdo herë. Nuk mund ta kërkoni vetë. Kërkesën e dërgojnë oficerët federalë, kryesisht nga ICE dhe FBI, ose prokurorët federalë.
    .caveats = ICE është edhe policia e imigracionit. Flisni me një avokat ose me një grup mbështetës para se të takoni oficerët. Oficerët janë udhëzuar që kurrë të mos e përdorin këtë status për t’ju bërë presion.

# hb: source=53f3d80c2e2e4233 status=machine
right_us-8 = Viza U për viktimat e krimeve, përfshirë trafikimin
    .body = Viza U është për viktimat e disa krimeve që kanë pësuar abuzim të rëndë fizik ose mendor dhe që ndihmojnë, ose ka gjasa të ndihmojnë, policinë ose prokurorët në çështje. Trafikimi është në listën e krimeve, si edhe robëria e detyruar dhe robëria me borxh (peonage). Ju duhet një formular i nënshkruar nga një oficer policie, prokuror, gjyqtar ose zyrtar tjetër vërtetues, që thotë se keni ndihmuar.
    .caveats = Zyrtari nuk është i detyruar ta nënshkruajë. Ka një kufi vjetor, prandaj shumë njerëz presin gjatë. Kërkoni ndihmën e një avokati.

# hb: source=bbcf51e040e01eef status=machine
right_us-9 = Kërkoni pagat e papaguara, pavarësisht nga statusi i imigracionit
    .body = Department of Labor (Departamenti i Punës) i SHBA thotë se ligji federal për pagën minimale dhe orët shtesë i mbron punëtorët pavarësisht nga statusi i tyre i imigracionit. Nëse nuk ju është paguar paga minimale ose orët shtesë, mund t’i kërkoni ndihmë Wage and Hour Division (Divizioni i Pagave dhe Orarit) ose të bëni ankesë. Telefononi 1-866-487-9243 (e hënë deri të premte, 8:00 deri në 16:30 ora vendore) ose shkoni në një zyrë vendore.
    .caveats = Kjo zyrë merret me pagën minimale federale, orët shtesë dhe disa ligje të tjera. Mund të mos i mbulojë të gjitha paratë që ju detyrohen. Deklarata e departamentit është nga viti 2010. Nëse keni frikë për statusin tuaj të imigracionit, flisni fillimisht me një qendër punëtorësh (worker centre) ose me një avokat.

# hb: source=40e091ebc0f0ff5f status=machine
resource_au-fair-work-migrant-workers = Punëtorët migrantë (Fair Work Ombudsman – hortikultura)
    .body = Për punëtorët migrantë në Australi, sidomos në ferma: keni të njëjtat të drejta pune si punëtorët e tjerë. Punëdhënësi nuk mund t’jua anulojë vizën, dhe nuk mund t’ju pushojë nga puna ose t’jua shkurtojë turnet sepse u ankuat. Ka informacion në më shumë se 30 gjuhë, përfshirë spanjisht dhe vietnamisht, dhe mund të flisni me ta përmes një përkthyesi.

# hb: source=51b49909a305477d status=machine
resource_canada-trafficking-hotline-who-we-are = Rreth Linjës: Kush jemi ne?
    .body = Kushdo në Kanada mund ta telefonojë këtë linjë për trafikimin, ditë e natë, pavarësisht nga mosha, gjinia ose statusi i shtetësisë. Thirrjet janë konfidenciale, dhe linja nuk është pjesë e policisë ose e qeverisë. Ndihma jepet në më shumë se 200 gjuhë përmes një përkthyesi.

# hb: source=765fa9d2c28f69a0 status=machine
resource_ilo-know-your-rights-migrant-domestic-workers = Fletëpalosje „Njihni të drejtat tuaja“: Pyetje dhe përgjigje për punë të denjë për punëtorët migrantë të shtëpisë
    .body = Një broshurë për migrantët që bëjnë punë shtëpie: pastrim, gatim dhe kujdes për njerëzit në një shtëpi. I përgjigjet pyetjeve të zakonshme për punën tuaj, punëdhënësin tuaj dhe të drejtat tuaja. Shpjegon edhe rregullat ndërkombëtare që i mbrojnë punëtorët e shtëpisë.

# hb: source=0fa351ba1a08a9de status=machine
resource_taiwan-1955-hotline-migrant-workers = Linja 1955 e Ministry of Labor ndihmon punëtorët migrantë të komunikojnë pa pengesa
    .body = Linja falas 1955 e Tajvanit për punëtorët migrantë është e hapur 24 orë, çdo ditë, për këshilla ose ankesa për kontratën, pagën, orarin ose ndërmjetësin tuaj. Punonjësit flasin kinezisht, indonezisht, vietnamisht, tajlandisht dhe filipinisht dhe mund të përkthejnë mes jush dhe punëdhënësit. Ankesat mund t’i jepen zyrës së punës ose policisë.

# hb: source=059753becfb3304f status=machine
resource_uk-glaa-seasonal-workers-rights = Të drejtat tuaja – Skema e punëtorëve sezonalë
    .body = Për njerëzit që vijnë në Mbretërinë e Bashkuar me vizë pune sezonale në ferma. Rendit të drejtat tuaja ligjore në punë, si paga minimale dhe çfarë mund dhe çfarë nuk mund t’ju mbahet nga paga. Ka një video të shkurtër për skemën.

# hb: source=e6fbd389ac7c2f0f status=machine
resource_uk-modern-slavery-helpline-what-happens = Çfarë ndodh kur telefononi Linjën e Ndihmës?
    .body = Shpjegon, hap pas hapi, çfarë ndodh kur telefononi UK Modern Slavery & Exploitation Helpline (Linja e ndihmës për skllavërinë moderne dhe shfrytëzimin), falas dhe konfidenciale, e hapur ditë e natë. Mund ta jepni emrin tuaj, të kërkoni që të mos ua tregojnë të tjerëve, ose të mos jepni fare emër. Ata ju pyesin para se t’i japin të dhënat tuaja të tjerëve, përveç nëse një jetë ose një fëmijë është në rrezik.

# hb: source=89401ce262d9fb35 status=machine
resource_uk-nrm-explained-west-midlands = Marrja e mbështetjes si viktimë e skllavërisë moderne (të rriturit) – dokument shpjegues për National Referral Mechanism
    .body = Një fletëpalosje që shpjegon sistemin e mbështetjes në Mbretërinë e Bashkuar për viktimat e skllavërisë moderne. Ju tregon çfarë ndodh nëse pranoni të dërgoheni, dhe cilat janë zgjedhjet tuaja nëse thoni jo. Është në anglisht, shqip, bullgarisht, kinezisht, letonisht, lituanisht, polonisht, në gjuhën rome, rumanisht, sllovakisht dhe vietnamisht.

# hb: source=4eed91ea7f18a937 status=machine
resource_unhcr-help-human-trafficking = Trafikimi i qenieve njerëzore (UNHCR Help)
    .body = Shpjegon me fjalë të thjeshta çfarë është trafikimi i qenieve njerëzore, përfshirë trafikimin e fëmijëve. Thotë pse njerëzit që u detyruan të iknin nga vendi i tyre janë në rrezik të veçantë, dhe që kushdo mund të bëhet shënjestër, pavarësisht nga dokumentet. Ju këshillon të jeni vigjilentë dhe t’i njihni rreziqet.

# hb: source=9fa1c35a364422a8 status=machine
resource_unseen-faqs-potential-victims = Pyetje të shpeshta për viktimat e mundshme dhe të mbijetuarit
    .body = U përgjigjet pyetjeve të njerëzve që mendojnë se mund të shfrytëzohen në Mbretërinë e Bashkuar. Shpjegon, me fjalë të thjeshta, llojet e punës së detyruar, krimit të detyruar dhe shfrytëzimit seksual. Thotë se Linja e Ndihmës drejtohet nga një organizatë bamirëse dhe nuk është pjesë e policisë ose e qeverisë, por punon me to.

# hb: source=fccf11332d5c9903 status=machine
resource_us-trafficking-hotline-what-happens = Qasja jonë (National Human Trafficking Hotline)
    .body = Shpjegon çfarë ndodh kur telefononi, dërgoni mesazh ose shkruani në chat me linjën amerikane për trafikimin. Ajo ndihmon këdo, pavarësisht nga statusi i imigracionit. Ju vendosni nëse historia juaj i shkon policisë, përveç kur një fëmijë po abuzohet ose dikush është në rrezik tani.

# hb: source=8c0bb929feecff57 status=machine
helpline_ae-dfwac = Falas dhe konfidenciale, ditë e natë, për gratë dhe fëmijët. Është një strehë që në disa raste punon me policinë.
    .channel-1 = Falas, brenda Emirateve të Bashkuara Arabe
    .hours-text = 24 orë, çdo ditë
    .operator-note = strehë jofitimprurëse e licencuar nga qeveria
    .service = Linjë ndihme 24-orëshe për gratë dhe fëmijët që përballen me dhunë, abuzim ose trafikim

# hb: source=5e4a2c638c905898 status=machine
helpline_ae-dubai-police-ht = Linjë e policisë për të raportuar trafikimin në Dubai. Ajo që thoni shkon te policia.
    .service = Linja e policisë së Dubait (Dubai Police) për trafikimin e qenieve njerëzore, dhe email

# hb: source=0b2efb62173b80df status=machine
helpline_ae-mohre = Linjë e ministrisë së punës për probleme me punën dhe pagën. Punëdhënësi juaj mund të njoftohet, prandaj pyesni fillimisht nëse mund të preket leja juaj e qëndrimit.
    .channel-1 = Falas. Ankesa për punën, pagat ose zyrat e rekrutimit
    .channel-2 = Këshilla për kërkesat e punës
    .channel-3 = Pyesni nëse është bërë një raport „arratisjeje“ kundër jush
    .hours-text = 80060: e shtunë deri të enjte, 8:00 deri në 20:00.
    .operator-note = ministria e punës
    .service = Qendra telefonike e ministrisë së punës: ankesa për punën, paga të papaguara, punëtorë shtëpie, raporte „arratisjeje“

# hb: source=6cd7cb6f6346d92b status=machine
helpline_ae-moi-116111 = Linjë e policisë për të raportuar dëmtimin e një fëmije; kushdo mund të telefonojë. Nëse një fëmijë është në rrezik tani, telefononi 999.
    .channel-1 = Falas
    .operator-note = Ministria e Brendshme (policia)
    .service = Linja 116111 për mbrojtjen e fëmijëve (raportoni abuzim ose lënie pas dore të një fëmije)

# hb: source=30fc90d856734faf status=machine
helpline_ae-sharjah-wpc = Linjë falas në Sharjah për gratë që përballen me dhunë ose me probleme familjare. Jep këshilla dhe ndihmë ligjore.
    .channel-1 = Falas
    .operator-note = departamenti i shërbimeve sociale (Sharjah)
    .service = Linjë falas për këshillim dhe ndihmë me probleme familjare dhe në shtëpi (Sharjah)

# hb: source=b542d11a126336fa status=machine
helpline_ar-linea-145 = Falas dhe mund të mos e jepni emrin. Ajo që thoni shkon te prokurorët dhe mund të çojë në një bastisje të policisë.
    .channel-1 = Falas, nga kudo në Argjentinë
    .hours-text = 24 orë në ditë, 365 ditë në vit
    .operator-note = programi i shpëtimit i ministrisë së drejtësisë
    .service = Línea 145

# hb: source=b80787f17046d38a status=machine
helpline_au-afp = Policia. Mund të raportoni ose të flisni për një shqetësim. Mund t’ju dërgojnë te programi i mbështetjes i Kryqit të Kuq.
    .channel-1 = 131 AFP
    .service = 131 AFP (raportim dhe dërgim te Support for Trafficked People Program)

# hb: source=692b7930fae072d9 status=machine
helpline_au-anti-slavery-australia = Këshilla ligjore konfidenciale, edhe për vizat. Ky numër vjen nga një faqe më e vjetër dhe mund të ketë ndryshuar.
    .hours-text = Në orarin e zyrës
    .service = Këshilla konfidenciale (statusi i vizës, pjesëmarrja në hetimet e AFP)

# hb: source=0a61897a260c6952 status=machine
helpline_au-redcross-stpp = Këshilla konfidenciale për ju ose për dikë për të cilin shqetësoheni. Për t’u futur në programin e financuar, duhet t’ju dërgojë policia (AFP) ose një rrugë tjetër zyrtare.
    .operator-note = e financuar nga qeveria
    .service = Support for Trafficked People Program (STPP)

# hb: source=966e5c79fab95409 status=machine
helpline_bd-109 = Për gratë dhe fëmijët që përballen me dhunë, ose për dikë që telefonon për ta. Falas nga çdo telefon në Bangladesh.
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = ministria për gratë dhe fëmijët
    .service = Linja 109 për gratë dhe fëmijët që përballen me dhunë

# hb: source=859b3bf785c0aa3a status=machine
helpline_bd-probash-bandhu = Për njerëzit nga Bangladeshi që shkojnë jashtë, jetojnë jashtë ose janë kthyer në shtëpi. Falas brenda Bangladeshit; nga jashtë telefononi numrin +880.
    .channel-1 = Falas, brenda Bangladeshit
    .channel-2 = Nga jashtë vendit
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = ministria e mirëqenies së emigrantëve
    .service = Qendra telefonike Probash Bandhu për njerëzit nga Bangladeshi jashtë vendit

# hb: source=dc67aea9dd571065 status=machine
helpline_be-esperanto = Strehë për fëmijë dhe adoleshentë që mund të jenë viktima të trafikimit.
    .service = Strehë për fëmijët viktima të trafikimit (Valoni)

# hb: source=3b969c398a315176 status=machine
helpline_be-pag-asa = Strehë e sigurt, ndihmë për shëndetin, ndihmë ligjore dhe ndihmë me dokumentet, ditë e natë. Për të marrë dokumente në këtë mënyrë duhet të ndihmoni hetimin e policisë.
    .hours-text = 24/7
    .operator-note = qendër e njohur nga qeveria
    .service = Qendër e specializuar pritjeje për viktimat e trafikimit (Bruksel)

# hb: source=23c036620d126f40 status=machine
helpline_be-payoke = Strehë e sigurt, ndihmë për shëndetin, ndihmë ligjore dhe ndihmë me dokumentet, ditë e natë. Për të marrë dokumente në këtë mënyrë duhet të ndihmoni hetimin e policisë.
    .hours-text = 24/7
    .operator-note = qendër e njohur nga qeveria
    .service = Qendër e specializuar pritjeje për viktimat e trafikimit (Antwerpen)

# hb: source=ebbe0148a1d78d2d status=machine
helpline_be-surya = Strehë e sigurt, ndihmë për shëndetin, ndihmë ligjore dhe ndihmë me dokumentet, ditë e natë. Për të marrë dokumente në këtë mënyrë duhet të ndihmoni hetimin e policisë.
    .hours-text = 24/7
    .operator-note = qendër e njohur nga qeveria
    .service = Qendër e specializuar pritjeje për viktimat e trafikimit (Liège)

# hb: source=0beb0efc33582531 status=machine
helpline_bg-a21 = Linjë kombëtare falas dhe anonime kundër trafikimit, ditë e natë.
    .channel-2 = Raportoni në internet
    .hours-text = 24/7
    .service = National Hotline to Combat Human Trafficking (Freedom Line Bulgaria) – linja kombëtare kundër trafikimit

# hb: source=23723305eeda852e status=machine
helpline_bg-animus = Linjë e një organizate bamirëse për njerëzit e lënduar nga dhuna.
    .service = Linjë ndihme për viktimat e dhunës

# hb: source=415381e9b9dbb8ab status=machine
helpline_bg-labour-inspectorate = Zyrë qeveritare për problemet në punë. Punëdhënësi juaj mund ta marrë vesh që keni bërë ankesë.
    .operator-note = inspektorati i punës
    .service = Linja e inspektoratit të punës

# hb: source=9aa2910a712a01a1 status=machine
helpline_bg-nccthb = Zyrë qeveritare që organizon strehë dhe ndihmë për viktimat. Merr edhe raportime për krime trafikimi.
    .operator-note = organ i Këshillit të Ministrave; përfshin Ministrinë e Brendshme
    .service = Komisioni Kombëtar – raportime dhe dërgim për ndihmë

# hb: source=e7309432bbf96a39 status=machine
helpline_bh-995 = Ndihmë dhe këshilla për punëtorët në vështirësi, në shumë gjuhë. Drejtohet bashkë me autoritetin e punës dhe mund t’ia kalojë rastet policisë.
    .operator-note = komitet kundër trafikimit i drejtuar nga autoriteti i tregut të punës
    .service = Linja 995 për punëtorët në vështirësi dhe për viktimat e trafikimit

# hb: source=6b4a47df63c83267 status=machine
helpline_bh-lmra = Autoriteti i lejeve të punës; mund të kontrolloni nëse mungesa juaj është raportuar. Punëdhënësi juaj mund të njoftohet, prandaj pyesni fillimisht nëse mund të preket leja juaj e qëndrimit.
    .channel-2 = Kontrolloni nëse punëdhënësi e ka raportuar mungesën tuaj
    .operator-note = autoriteti i tregut të punës (lejet e punës)
    .service = Qendra telefonike dhe faqja e internetit e LMRA (leje pune, ndërrim pune, raporte mungese, ankesa)

# hb: source=054145638cbbd13f status=machine
helpline_br-disque-100 = Falas dhe mund të mos e jepni emrin. Raportet për punë skllavërie shkojnë te inspektorët e punës, dhe raportet mund të arrijnë te policia.
    .channel-1 = Falas nga çdo telefon në Brazil
    .channel-3 = Chat në internet dhe video-thirrje në Libras (gjuha braziliane e shenjave)
    .hours-text = 24 orë në ditë, çdo ditë
    .operator-note = ministria e të drejtave të njeriut
    .service = Disque 100 (Disque Direitos Humanos)

# hb: source=da4d770527a86a6b status=machine
helpline_br-ligue-180 = Për gratë që përballen me dhunë. Mund ta ruani numrin e WhatsApp me një emër tjetër, për siguri.
    .channel-1 = Falas nga çdo telefon në Brazil
    .channel-2 = Disa faqe e shkruajnë si (61) 99610-0180
    .hours-text = 24 orë në ditë, çdo ditë, telefon dhe WhatsApp
    .operator-note = ministria e grave
    .service = Ligue 180 - Central de Atendimento à Mulher

# hb: source=3a847b34fb45a026 status=machine
helpline_ca-chth = Nuk është polici dhe nuk është qeveri. Policinë e njoftojnë vetëm nëse jeni dakord, ose nëse ligji i detyron.
    .hours-text = 24 orë në ditë, 365 ditë në vit
    .operator-note = organizatë bamirëse e regjistruar
    .service = Canadian Human Trafficking Hotline

# hb: source=5fd649373649ebf5 status=machine
helpline_cl-denuncia-seguro = Telefononi *4242 nga çdo telefon, falas. Nuk e jepni emrin, por ajo që thoni shkon te prokurorët dhe te policia.
    .channel-1 = Formular raportimi në internet
    .hours-text = 24 orë në ditë, 7 ditë në javë
    .operator-note = zyra për parandalimin e krimit
    .service = Denuncia Seguro (raportim anonim i krimeve)

# hb: source=c0593aa6e8dff97e status=machine
helpline_cl-pdi-trata = Kjo është policia. E njëjta polici merret edhe me dokumentet e imigracionit.
    .operator-note = policia hetimore, që merret edhe me çështjet e imigracionit
    .service = Numri i PDI për të raportuar trafikimin

# hb: source=22b8a2e9a47515d1 status=machine
helpline_co-mininterior-trata = Linjë kombëtare falas. Nëse nuk keni shtetësi kolumbiane, rasti juaj mund t’u jepet policisë dhe zyrtarëve të migracionit.
    .channel-1 = Falas brenda Kolumbisë
    .operator-note = ministria e brendshme
    .service = Línea Gratuita Nacional contra la Trata de Personas

# hb: source=6c481b99722e6ba4 status=machine
helpline_de-bavaria-helpline = Këshilla falas dhe konfidenciale me telefon ose me chat, nga e hëna në të premte, 9:00 deri në 15:00. Informacionet për krime mund t’i jepen policisë.
    .channel-1 = Vetëm brenda Gjermanisë
    .channel-2 = Chat dhe formular raportimi anonim
    .hours-text = E hënë deri të premte, 9:00 deri në 15:00
    .operator-note = e financuar nga qeveria e Bavarisë
    .service = Bavarian Anti-Trafficking HELPline

# hb: source=6df5611f5f74e0b5 status=machine
helpline_de-hilfetelefon = Për gratë që përballen me çdo lloj dhune, përfshirë trafikimin dhe prostitucionin e detyruar. Falas, anonime, ditë e natë, me përkthyes në 18 gjuhë.
    .hours-text = 24 orë në ditë, 365 ditë në vit
    .operator-note = linjë federale ndihme
    .service = Hilfetelefon Gewalt gegen Frauen

# hb: source=a86d93b58db1d3ec status=machine
helpline_do-linea-trata = Linjë për të raportuar trafikimin. Ajo që thoni mund të arrijë te prokurorët dhe te policia.
    .channel-1 = Falas
    .operator-note = e promovuar nga prokurorët; nuk është e qartë kush përgjigjet
    .service = Linjë falas për të raportuar trafikimin dhe shfrytëzimin seksual komercial

# hb: source=e9e9e6233b98d28d status=machine
helpline_ec-1800-delito = Linjë për të raportuar krime, e drejtuar bashkë me policinë. Nuk është shërbim mbështetjeje.
    .channel-1 = Shkruhet edhe 1800 DELITO
    .operator-note = ministria e brendshme, me policinë kombëtare
    .service = 1800 DELITO

# hb: source=a7d9eb283a6cc8be status=machine
helpline_eg-nccm-16000 = Linjë falas për fëmijët në rrezik, ditë e natë. Punon me zyrat qeveritare, përfshirë policinë.
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = këshilli kombëtar për fëmijët
    .service = Child Helpline 16000 (linja e ndihmës për fëmijët)

# hb: source=c53da84cb670c92a status=machine
helpline_eg-nchr-15508 = Linjë e këshillit të të drejtave të njeriut që merr ankesa, edhe për trafikimin.
    .operator-note = këshilli kombëtar i të drejtave të njeriut
    .service = Linjë për ankesat për të drejtat e njeriut

# hb: source=a4cf69d1be41dfad status=machine
helpline_eg-ncw-15115 = Për gratë. Jep mbështetje ligjore dhe emocionale, dhe mund t’i raportojë krimet e rënda te prokurori.
    .operator-note = këshilli kombëtar për gratë
    .service = Linja 15115 për ankesat e grave

# hb: source=a14f8662ac8a5b9f status=machine
helpline_es-amar-dragoste = Linjë mbështetjeje për gratë në prostitucion ose në rrezik për të, ditë e natë.
    .hours-text = 24 orë
    .service = Linjë 24-orëshe për gratë në prostitucion ose në rrezik

# hb: source=b9ed66e1d2c0e534 status=machine
helpline_es-policia-trata = Kjo është policia, në një njësi që merret edhe me imigracionin. Mund të raportoni pa dhënë emrin dhe thirrja nuk shfaqet në faturën e telefonit.
    .hours-text = 24 orë në ditë
    .operator-note = njësi e policisë kombëtare kundër rrjeteve të trafikimit dhe të imigracionit të paligjshëm
    .service = Linja dhe email-i i policisë për trafikimin

# hb: source=c4e1c04397c88b44 status=machine
helpline_et-moj-8797 = Numër i shkurtër falas brenda Etiopisë, në amarisht, oromisht (Afan Oromo), tigrinjisht dhe anglisht. Punon me policinë dhe me organet e ligjit.
    .channel-1 = Falas. Brenda Etiopisë.
    .operator-note = Ministria e Drejtësisë, me mbështetjen e IOM
    .service = Linja kombëtare kundër trafikimit 8797

# hb: source=b989c1fe90c2cc25 status=machine
helpline_eu-116000 = Për një fëmijë që ka humbur ose që mund të ikë nga shtëpia, dhe për familjen. Falas, ditë e natë; punojnë ngushtë me policinë.
    .hours-text = 24/7
    .operator-note = rrjet linjash kombëtare; punojnë ngushtë me policinë
    .service = Linja 116 000 për fëmijët e humbur

# hb: source=d905b81781816593 status=machine
helpline_eu-116006 = Ndihmë falas dhe konfidenciale për viktimat e çdo krimi. Funksionon vetëm në disa vende të BE-së; nëse nuk lidhet, përdorni një linjë tjetër.
    .hours-text = Varet nga vendi
    .operator-note = drejtohet kryesisht nga organizata bamirëse për mbështetjen e viktimave
    .service = Linja 116 006 për viktimat e krimeve

# hb: source=f8e8d60537ac1e6b status=machine
helpline_eu-116111 = Linjë ndihme falas për fëmijët dhe të rinjtë. Nuk funksionon në çdo vend.
    .hours-text = E hapur 24/7 në shumë vende; ku nuk është, linja duhet të thotë kur është e hapur.
    .operator-note = rrjet linjash kombëtare për fëmijët
    .service = Linja 116 111 për fëmijët

# hb: source=10d207ef06fd08ad status=machine
helpline_fr-116006 = Ndihmë falas për viktimat e çdo krimi, çdo ditë. Mund të mos e jepni emrin dhe nuk është e nevojshme të keni shkuar te policia.
    .channel-2 = Nga jashtë vendit (kosto e zakonshme)
    .hours-text = Çdo ditë. Orari jepet si 9:00 deri në 19:00 (2018) ose 9:00 deri në 20:00 (2022). Jashtë orarit mund të lini mesazh që t’ju telefonojnë më vonë.
    .operator-note = federatë e shoqatave për mbështetjen e viktimave
    .service = 116 006 – linja për mbështetjen e viktimave

# hb: source=409b1b2d597af84c status=machine
helpline_fr-119 = Për fëmijët dhe të rinjtë deri në 21 vjeç që janë në rrezik, dhe për të rriturit që shqetësohen për një fëmijë. Falas, ditë e natë; thirrja nuk shfaqet në faturën e telefonit.
    .hours-text = 24 orë në ditë, 7 ditë në javë
    .operator-note = shërbimi kombëtar për mbrojtjen e fëmijëve
    .service = 119 - Allô Enfance en danger

# hb: source=f9069a83497ca4c1 status=machine
helpline_fr-ccem = Ndihmë për njerëzit e detyruar të punojnë, shpesh si shërbyes në shtëpi. Mbështetje ligjore, sociale dhe me dokumentet; flasin me ju para se të vendosin për çdo gjë.
    .channel-2 = Raportoni një situatë
    .service = Raportim dhe mbështetje për viktimat e trafikimit për punë dhe të robërisë në shtëpi

# hb: source=47531ae011bdef39 status=machine
helpline_gb-mseh = Falas dhe e hapur ditë e natë. Mund të mos e jepni emrin; ju pyesin para se t’ua japin të dhënat tuaja të tjerëve, përveç nëse dikush është në rrezik ose një fëmijë rrezikon.
    .hours-text = 24 orë në ditë, çdo ditë
    .operator-note = organizatë bamirëse e pavarur
    .service = Modern Slavery & Exploitation Helpline

# hb: source=e4defdaa0381c957 status=machine
helpline_gb-salvation-army = Ndihmë konfidenciale për të mbijetuarit e rritur në Angli dhe Uells: shtëpi e sigurt, këshilla ligjore, kujdes shëndetësor. Mbështetja e qeverisë do të thotë që rasti juaj shkon te Home Office.
    .hours-text = 24 orë në ditë, 7 ditë në javë
    .operator-note = drejton kontratën e mbështetjes së qeverisë
    .service = Modern Slavery Referral Helpline (Modern Slavery Victim Care Contract)

# hb: source=a3c0e633c5f7c0f9 status=machine
helpline_gh-helpline-of-hope = Raportoni trafikim, punë të detyruar, abuzim ndaj fëmijëve ose martesë të detyruar. Falas nga çdo rrjet në Gana.
    .channel-1 = Falas, brenda Ganës
    .channel-2 = Falas, brenda Ganës
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = ministria për gjininë dhe mbrojtjen sociale
    .service = Qendra telefonike Helpline of Hope

# hb: source=863d4324905c7ae0 status=machine
helpline_gr-1109 = Linja kombëtare kundër trafikimit në Greqi. Ju drejton te ndihma dhe merr sinjalizime, të cilat mund të arrijnë te policia.
    .service = Human Trafficking Resource Line 1109

# hb: source=ca72b4a8bec9ceb3 status=machine
helpline_gt-pdh-1555 = Linjë e zyrës shtetërore për të drejtat e njeriut. Raporti juaj mund t’u jepet prokurorëve dhe policisë.
    .operator-note = avokati i popullit për të drejtat e njeriut (organ shtetëror)
    .service = Denuncias 1555

# hb: source=160fb3b81b1c5642 status=machine
helpline_hk-help-for-domestic-workers = Këshilla falas dhe ndihmë urgjente për punëtorët e shtëpisë. Mund të flasin me punëdhënësin tuaj.
    .service = HELPLine: këshilla dhe mbështetje urgjente për punëtorët e shtëpisë

# hb: source=6b0b9c3e747f5fc4 status=machine
helpline_hk-ld-fdh-hotline = Linjë qeveritare për punëtorët e shtëpisë, ditë e natë. Të dhënat tuaja mund t’u jepen policisë dhe imigracionit.
    .hours-text = 24 orë. Përkthyes nga 8:00 deri në 22:00 çdo ditë, përveç festave zyrtare.
    .operator-note = departamenti i punës
    .service = Linjë 24-orëshe për punëtorët e huaj të shtëpisë

# hb: source=ec77a7ada27358f3 status=machine
helpline_hk-mfmw = Organizatë bamirëse e kishës për punëtorët e shtëpisë në Hong Kong. Ndihmë me rastin tuaj, strehë dhe ndihmë në urgjenca.
    .operator-note = organizatë bamirëse e kishës
    .service = Ndihmë për punëtorët migrantë të shtëpisë (mbështetje për rastin, strehë, ndihmë urgjente)

# hb: source=81dea64949026fff status=machine
helpline_hn-cicesct-145 = Linjë falas dhe konfidenciale për të raportuar trafikimin. Viktimat mund të marrin edhe ndihmë, por raportet mund të arrijnë te policia.
    .channel-1 = Falas
    .channel-2 = Numër i drejtpërdrejtë
    .operator-note = komisioni qeveritar kundër trafikimit
    .service = Línea Nacional de Denuncias contra la Trata de Personas 145

# hb: source=409793674f21483e status=machine
helpline_id-bp2mi-0800-1000 = Për punëtorët nga Indonezia jashtë vendit dhe për familjet e tyre, ditë e natë. Mund të lidhen me punëdhënësin ose me agjencinë tuaj.
    .channel-1 = Brenda Indonezisë. Falas.
    .channel-2 = Nga jashtë vendit. Thirrja mund t’ju kushtojë.
    .hours-text = 24 orë
    .operator-note = agjencia për punëtorët migrantë
    .service = Qendra telefonike e ankesave për punëtorët migrantë nga Indonezia

# hb: source=c49aaebcd2489cdb status=machine
helpline_id-sapa-129 = Falas, ditë e natë, për gratë dhe fëmijët që përballen me dhunë. Është konfidenciale, por rasti u kalohet autoriteteve.
    .hours-text = 24 orë
    .operator-note = ministria për mbrojtjen e grave dhe fëmijëve
    .service = SAPA 129: ankesa për dhunën ndaj grave dhe fëmijëve

# hb: source=8cb6bee11cc85fd5 status=machine
helpline_ie-crimestoppers-blueblindfold = Për raportime anonime te policia. Nuk është shërbim mbështetjeje.
    .channel-1 = Vetëm brenda Irlandës
    .operator-note = linjë për sinjalizime krimesh; raportet shkojnë te policia
    .service = Crimestoppers anonymous line (Blue Blindfold)

# hb: source=2def40e918df3c6e status=machine
helpline_ie-garda-confidential = Kjo është policia. Mund të raportoni pa dhënë emrin.
    .channel-1 = Vetëm brenda Irlandës
    .hours-text = Çdo ditë, 9:00 deri në 21:00
    .service = Garda Confidential Line

# hb: source=790c728b49af2d84 status=machine
helpline_ie-ruhama = Mbështetje për gratë e dëmtuara nga trafikimi për seks ose nga prostitucioni: ndjekje e rastit, këshillim psikologjik, punë në terren.
    .service = Mbështetje për gratë e prekura nga prostitucioni dhe nga trafikimi për seks

# hb: source=7ea667b8b19b1ea0 status=machine
helpline_il-hotline-refugees-migrants = Grup që ndihmon migrantët, refugjatët dhe të mbijetuarit e trafikimit me këshilla dhe ndihmë ligjore. Ky është numër zyre.
    .channel-1 = Numër zyre
    .service = Linjë zyre (këshilla dhe ndihmë ligjore për migrantët dhe për të mbijetuarit e trafikimit)

# hb: source=cfc0ca2a4cc17db7 status=machine
helpline_il-kav-laoved = Grup për të drejtat e punëtorëve që ndihmon punëtorët migrantë dhe punonjësit e kujdesit të marrin pagat e papaguara dhe të drejtat e tyre.
    .service = Ndihmë për të drejtat e punëtorëve (nuk u gjet numër telefoni)

# hb: source=96ce91cb4cd753e5 status=machine
helpline_in-181 = Për gratë që përballen me dhunë, në shtëpi ose jashtë saj (jo në Bengalin Perëndimor). Thirrjet mund t’i kalojnë policisë (112).
    .hours-text = 24 orë, çdo ditë të vitit
    .operator-note = ministria për gratë dhe fëmijët, e drejtuar nga çdo shtet
    .service = 181 Women Helpline

# hb: source=e51198c5d4da11c0 status=machine
helpline_in-childline-1098 = Për fëmijët në rrezik, ose për një të rritur që telefonon për një fëmijë, falas, ditë e natë. Thirrjet mund të lidhen me shërbimin e urgjencës së policisë 112.
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = ministria e mirëqenies së fëmijëve; e lidhur me sistemin e urgjencës së policisë 112
    .service = Child Helpline 1098

# hb: source=ab9f24f596a9ab82 status=machine
helpline_in-madad = Ankesa në internet për njerëzit nga India jashtë vendit: paga të papaguara, abuzim, probleme me sponsorin ose me agjentin. Dikush tjetër mund ta bëjë ankesën për ju.
    .channel-1 = Ankesa
    .channel-2 = Kontrolloni nëse një agjent është i regjistruar
    .channel-3 = Ankesa për agjentët e rekrutimit
    .operator-note = ministria e jashtme; ankesat shkojnë te ambasadat e Indisë
    .service = MADAD, ankesa në internet për njerëzit nga India jashtë vendit, dhe e-Migrate

# hb: source=6a26e6b2d24342b3 status=machine
helpline_in-pbsk-owrc = Për njerëzit nga India që punojnë jashtë vendit, ose që po shkojnë jashtë: paga të papaguara, agjentë të rremë, abuzim. Burimet japin dy numra për thirrjet nga jashtë.
    .channel-1 = Falas, brenda Indisë
    .channel-2 = Nga jashtë vendit
    .channel-3 = Nga jashtë vendit (numër më i vjetër)
    .hours-text = 24 orë
    .operator-note = ministria e jashtme
    .service = Linjë ndihme për punëtorët nga India jashtë vendit

# hb: source=021251dbad38d5c4 status=machine
helpline_int-iom = Nuk është linjë telefonike: IOM mund të ndihmojë me një vend të sigurt, kujdes shëndetësor, dhe me kthimin në vendin tuaj ose me qëndrimin, përmes zyrave të saj në vende të ndryshme. Punon ngushtë me qeveritë.
    .operator-note = agjencia e OKB-së për migracionin
    .service = Ndihmë e drejtpërdrejtë kundër trafikimit (përmes zyrave në vende të ndryshme)

# hb: source=65fd63741d3a3c12 status=machine
helpline_int-la-strada = Nuk është linjë telefonike: një listë grupesh kundër trafikimit në shumë vende të Evropës.
    .operator-note = rrjet organizatash joqeveritare
    .service = Listë e organizatave anëtare dhe e linjave kombëtare

# hb: source=9d14f5b522e6e30e status=machine
helpline_ir-123-social-emergency = Linjë shtetërore falas për dhunën në shtëpi dhe për abuzimin ndaj fëmijëve. Në rastet e rënda punon me policinë dhe me gjykatat.
    .operator-note = organizata shtetërore e mirëqenies
    .service = Social Emergency 123 (Urgjenca Sociale 123)

# hb: source=165a9b2a03e163db status=machine
helpline_it-numero-verde-antitratta = Falas dhe anonime, ditë e natë. Punonjësit flasin disa gjuhë dhe mund t’ju lidhin me projekte mbrojtjeje dhe me strehë.
    .channel-1 = Thirrje falas brenda Italisë
    .hours-text = Çdo ditë, 24 orë
    .service = Numero Verde Antitratta

# hb: source=24ebe983f805709b status=machine
helpline_jo-adaleh-legal-aid = Ndihmë ligjore falas për punëtorët migrantë, punëtorët e shtëpisë dhe refugjatët.
    .service = Legal Aid Unit (ndihmë ligjore falas; nuk u gjet numër telefoni)

# hb: source=e662804089eab54b status=machine
helpline_jp-houterasu = Linjë publike për ndihmë ligjore. Në anglisht dhe tagalogisht.
    .hours-text = E hënë deri të premte, 9:00 deri në 17:00
    .operator-note = agjencia publike e ndihmës ligjore
    .service = Linjë për mbështetje ligjore

# hb: source=2308bacaf2e077f8 status=machine
helpline_jp-iom-tokyo = Agjenci ndërkombëtare në Tokio që ndihmon viktimat e trafikimit. E hapur ditëve të punës.
    .hours-text = E hënë deri të premte, 9:00 deri në 12:30 dhe 13:30 deri në 17:00, përveç festave të IOM
    .service = IOM Tokio: raportoni një rast trafikimi

# hb: source=0c75d9b11340d515 status=machine
helpline_jp-jitco-mother-tongue = Linjë falas për praktikantët teknikë, në gjuhën tuaj. Është e lidhur me programin e praktikantëve.
    .channel-1 = Falas. Vetëm brenda Japonisë
    .operator-note = fondacioni i programit të praktikantëve
    .service = Linjë në gjuhën amtare për praktikantët teknikë

# hb: source=0035926f105b6ace status=machine
helpline_jp-tokyo-police-english = Linjë e policisë në anglisht në Tokio, ditë e natë. Kjo është policia.
    .hours-text = Përkthim 24 orë, çdo ditë
    .operator-note = policia
    .service = Linja e policisë së Tokios në anglisht

# hb: source=440b1570fae6c9c6 status=machine
helpline_ke-116 = Falas, ditë e natë, për fëmijët ose për këdo që telefonon për një fëmijë. Linja shpesh është e zënë: provoni përsëri.
    .hours-text = 24 orë
    .operator-note = drejtohet me një partner joqeveritar (Childline Kenya)
    .service = Child Helpline 116

# hb: source=7eb0ee7a72fef2ba status=machine
helpline_ke-1195 = Falas, ditë e natë, për këdo që përballet me dhunë ose abuzim. Këshilltarët mund të dërgojnë policinë ose një ambulancë.
    .hours-text = 24 orë
    .operator-note = drejtohet nga një organizatë joqeveritare bashkë me qeverinë
    .service = Linja kombëtare 1195 për dhunën me bazë gjinore (GBV)

# hb: source=b482f852d1e97704 status=machine
helpline_kh-police-117 = Linjë e policisë, falas edhe pa kredit në telefon. Kjo është policia.
    .operator-note = policia
    .service = Linja e policisë 117 (raportime për mbajtje të paligjshme dhe për trafikim)

# hb: source=334413e3633341da status=machine
helpline_kr-1345-immigration-contact = Linjë e zyrës së imigracionit për pyetje për vizat, në 20 gjuhë. Ky është imigracioni.
    .channel-1 = Brenda Koresë
    .channel-2 = Nga jashtë vendit
    .hours-text = Ditëve të punës 9:00 deri në 22:00. Pas orës 18:00 vetëm koreanisht, anglisht dhe kinezisht.
    .operator-note = zyra e imigracionit
    .service = 1345 Immigration Contact Center (informacion në shumë gjuhë)

# hb: source=c7b5f8dc15c9f8af status=machine
helpline_kr-danuri-1577-1366 = Për gratë migrante, ditë e natë, në 13 gjuhë. Mund t’ju çojnë në një strehë ose t’ju ndihmojnë të shkoni te policia.
    .channel-1 = Brenda Koresë
    .hours-text = 24 orë në ditë, 365 ditë në vit
    .service = Linja Danuri për gratë migrante dhe për familjet shumëkulturore

# hb: source=39fc39828ab3b170 status=machine
helpline_kr-gyeonggi-gmhr = Ndihmë për migrantët në 9 gjuhë, kudo në Kore. E hapur nga e diela në të enjten.
    .channel-1 = Pastaj zgjidhni gjuhën tuaj (tastet 1 deri në 10)
    .hours-text = E diel deri të enjte, 9:00 deri në 18:00
    .operator-note = institut i qeverisë së provincës
    .service = Këshillim në shumë gjuhë për migrantët (në të gjithë vendin)

# hb: source=d8e00083ba48e228 status=machine
helpline_kr-hug-1577-0071 = Qendër telefonike për punëtorët migrantë në 16 gjuhë. Punon me zyrën e punës.
    .channel-1 = Brenda Koresë
    .hours-text = E hapur gjithë vitin
    .operator-note = e lidhur me ministrinë e punës
    .service = Qendër telefonike për punëtorët migrantë

# hb: source=e1028a70258d4970 status=machine
helpline_kw-kshr = Linjë këshillash ligjore e një grupi për të drejtat e njeriut, në pesë gjuhë. Mund ta çojë rastin tuaj te autoriteti i punës.
    .operator-note = shoqatë për të drejtat e njeriut
    .service = Linjë për punëtorët migrantë: pyetje ligjore dhe ankesa

# hb: source=557f0608389ad3c0 status=machine
helpline_kw-pam-domestic = Linjë e autoritetit të punës për punëtorët e shtëpisë. Punëdhënësi juaj mund të njoftohet, prandaj pyesni fillimisht nëse mund të preket leja juaj e qëndrimit.
    .operator-note = autoriteti i punës
    .service = Linja e PAM për punëtorët e shtëpisë dhe për punëdhënësit e tyre (ankesa dhe pyetje)

# hb: source=54f6a0d37942952d status=machine
helpline_lb-abaad-helpline = Linjë ndihme e një grupi për të drejtat e grave, për gratë që përballen me dhunë.
    .service = Linjë ndihme për gratë që përballen me dhunë

# hb: source=9968c74486eccff4 status=machine
helpline_lb-kafa-atu = Grup grash që ndihmon punëtorët e shtëpisë dhe gratë e shfrytëzuara në punë seksi, me mbështetje ligjore dhe emocionale. Ka një linjë telefonike 24-orëshe; numri është në faqen e tyre të internetit.
    .hours-text = Linja telefonike është e hapur 24 orë, 7 ditë. Numri është në faqen e internetit.
    .service = Anti-Trafficking and Exploitation Unit (linjë 24/7; numri nuk u gjet)

# hb: source=d9b60735b192f67f status=machine
helpline_lb-mol-1741 = Linjë e Ministrisë së Punës për punëtorët e shtëpisë, ditë e natë. Ministria merret me punëdhënësit dhe me dokumentet e punës, prandaj punëdhënësi juaj mund të njoftohet.
    .hours-text = 24 orë, çdo ditë
    .operator-note = ministria e punës
    .service = Linjë për ankesat e punëtorëve të shtëpisë

# hb: source=dce8c9328344ca64 status=machine
helpline_lk-ncpa-1929 = Për fëmijët, ose për këdo që shqetësohet për një fëmijë. Falas, ditë e natë, në sinhalisht, tamilisht ose anglisht.
    .hours-text = 24 orë, çdo ditë
    .service = 1929 Child Helpline

# hb: source=c659972106733241 status=machine
helpline_lk-slbfe-1989 = Kontrolloni nëse një agjenci punësimi ka licencë, ose bëni ankesë. Nëse jeni jashtë vendit, lidhuni fillimisht me ambasadën e Sri Lankës.
    .channel-2 = Ankesa
    .hours-text = 24 orë
    .operator-note = byroja e punësimit jashtë vendit
    .service = Linja 1989 për punëtorët migrantë dhe për ata që kërkojnë punë

# hb: source=fb433e86f35d5337 status=machine
helpline_md-lastrada = Këshilla falas para se të shkoni jashtë për punë, dhe ndihmë për njerëzit e shfrytëzuar ose të bllokuar jashtë vendit dhe për familjet e tyre.
    .channel-1 = Falas brenda Moldavisë
    .channel-2 = Nga jashtë vendit
    .hours-text = 8:00 deri në 20:00
    .service = Hotline for Safe Migration and Anti-Trafficking (linja për migrim të sigurt dhe kundër trafikimit)

# hb: source=bf72fab496c35511 status=machine
helpline_mx-lnctp = Përgjigjen avokatë dhe psikologë, dhe mund të mos e jepni emrin. Ajo që raportoni mund t’i jepet policisë.
    .channel-2 = Chat kundër trafikimit në WhatsApp, i njëjti numër
    .hours-text = 24 orë (telefon); chat në WhatsApp 24/7
    .operator-note = këshill qytetar i lidhur me autoritetet e sigurisë së Mexico City
    .service = Línea y Chat Nacional contra la Trata de Personas (LNCTP)

# hb: source=5d807c6bf2fdaf33 status=machine
helpline_my-mapo = Linjë për të raportuar trafikimin. Ajo që thoni shkon te policia dhe te imigracioni.
    .hours-text = Çdo ditë, 7:30 deri në 21:00. Jashtë këtij orari mund të lini mesazh të regjistruar.
    .operator-note = Ministria e Brendshme; raportet shkojnë te policia dhe te imigracioni
    .service = Linjë e posaçme për raportimin e trafikimit të qenieve njerëzore (1Malaysia One Call Centre)

# hb: source=a2cb1e5e630ae85e status=machine
helpline_ng-naptip-627 = Drejtohet nga agjencia kombëtare kundër trafikimit, e cila arreston trafikantët. Thirrja juaj është raportim për ta; ata ndihmojnë edhe viktimat.
    .channel-1 = Falas
    .channel-2 = Linjë telefonike
    .hours-text = Qendër telefonike 24-orëshe
    .operator-note = agjencia kombëtare e zbatimit të ligjit kundër trafikimit
    .service = Linja falas dhe qendra telefonike NAPTIP 627

# hb: source=21ead6da4987a3f6 status=machine
helpline_nl-arbeidsinspectie = Zyrë qeveritare e punës; heton punëdhënësit. Nëse nuk keni dokumente, mund të njoftojë policinë e imigracionit, prandaj flisni fillimisht me një grup mbështetës.
    .channel-2 = Nga jashtë vendit
    .operator-note = autoriteti i punës
    .service = Raportimi i shfrytëzimit në punë

# hb: source=a033415f57593a1f status=machine
helpline_nl-comensha = Këshilla për këdo që përballet me trafikim, përfshirë pyetje për kohën për të menduar (bedenktijd), raportimin dhe dokumentet e qëndrimit. Organizojnë edhe strehimin e parë.
    .hours-text = E hënë deri të premte, 9:00 deri në 17:00
    .service = Zyra kombëtare e ndihmës CoMensha (këshilla, regjistrim, koordinim strehimi)

# hb: source=8a010ff4736a5eee status=machine
helpline_nl-meld-misdaad-anoniem = Për të raportuar një krim pa dhënë emrin. Raporti juaj shkon te policia; kjo linjë nuk jep mbështetje.
    .operator-note = ua kalon raportet policisë
    .service = Meld Misdaad Anoniem (raportim anonim i krimeve)

# hb: source=999daf228c4e71c3 status=machine
helpline_nl-police = Kjo është policia, përfshirë policinë e imigracionit. Një detektiv fillimisht jua shpjegon hapat, pastaj ju vendosni nëse do të bëni kallëzim; ata gjejnë strehim të sigurt edhe pa dokumente.
    .operator-note = departamenti për të huajt, identifikimin dhe trafikimin (AVIM)
    .service = Linja e policisë për raste jo urgjente (kërkoni një detektiv për trafikimin e qenieve njerëzore)

# hb: source=d8d5adaa1f8d5fd5 status=machine
helpline_np-1098 = Për fëmijët në rrezik, ose për këdo që telefonon për një fëmijë. Telefononi 104 për një fëmijë të humbur.
    .channel-1 = Linja për fëmijët
    .channel-2 = Fëmijë të humbur
    .service = Child Helpline 1098 dhe linja 104 për fëmijët e humbur

# hb: source=a9fba8969076282b status=machine
helpline_np-1145 = Për gratë dhe vajzat që përballen me dhunë ose me trajtim të padrejtë, falas, ditë e natë. Rastet mund t’i kalojnë policisë.
    .hours-text = 24 orë
    .operator-note = komisioni kushtetues për gratë
    .service = Linja Khabar Garaun 1145

# hb: source=3edd957ec6a34939 status=machine
helpline_np-1177 = Kjo është linjë e policisë. Merr raportime për trafikimin dhe për njerëzit nga Nepali që kanë mbetur të bllokuar jashtë vendit, si punë të rreme, paga të papaguara ose pasaporta të marra.
    .channel-1 = Brenda Nepalit. Familja në Nepal mund të telefonojë për ju.
    .hours-text = 24 orë
    .service = Linja 1177 për trafikimin e qenieve njerëzore

# hb: source=88fdf2ab176a7f97 status=machine
helpline_np-feb-1141 = Për njerëzit nga Nepali që shkojnë jashtë për punë, ose që janë tashmë jashtë. Merr pyetje dhe ankesa.
    .channel-1 = Falas, brenda Nepalit
    .channel-2 = Falas, brenda Nepalit
    .channel-3 = Numri me kodin e vendit
    .hours-text = Kur u hap: 8:00 deri në 19:00. Orari mund të ketë ndryshuar.
    .operator-note = ministria e punës
    .service = Qendër telefonike për problemet e punësimit jashtë vendit

# hb: source=15a6c553a7b3082e status=machine
helpline_om-rop-hotline = Linjë e policisë për viktimat e trafikimit. Ajo që thoni shkon te policia.
    .service = Linja e Royal Oman Police (Policia Mbretërore e Omanit) për viktimat dhe dëshmitarët e trafikimit

# hb: source=c8aa37833dd80800 status=machine
helpline_pe-mininter-1818 = Linjë falas dhe konfidenciale e Ministrisë së Brendshme. Raportet shkojnë te policia.
    .channel-1 = Falas
    .hours-text = 24 orë
    .operator-note = ministria e brendshme, që drejton policinë kombëtare
    .service = Línea 1818 contra la trata de personas

# hb: source=4214837c06f5c33b status=machine
helpline_ph-1343 = Për viktimat e trafikimit dhe familjet e tyre, në Filipine ose jashtë vendit, ditë e natë. Rastet mund t’i kalojnë policisë.
    .channel-1 = Në Metro Manila
    .channel-2 = Nga provincat e tjera
    .channel-3 = Nga jashtë vendit
    .hours-text = 24/7
    .service = 1343 Actionline against Human Trafficking

# hb: source=f8db569f45c9ce15 status=machine
helpline_ph-dmw-1348 = Për punëtorët nga Filipinet jashtë vendit dhe familjet e tyre, ditë e natë. Ndihmë për shpëtim, kthim në vendin tuaj dhe probleme ligjore.
    .channel-1 = Brenda Filipineve
    .channel-2 = Nga jashtë vendit
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = departamenti i punëtorëve migrantë
    .service = Linja DMW-OWWA 1348 për punëtorët filipinas jashtë vendit

# hb: source=675d042bfc690c54 status=machine
helpline_pk-fia-tip-hotline = Drejtohet nga agjencia federale e policisë. Ajo që thoni shkon te policia; viktimat dërgohen te shërbimet e mirëqenies.
    .operator-note = agjencia federale e hetimit, që drejton edhe kontrollin e imigracionit
    .service = National Trafficking in Persons (TIP) Hotline

# hb: source=8feb6d29f43321af status=machine
helpline_pk-opf-complaints = Për njerëzit nga Pakistani jashtë vendit që kanë probleme në punë ose në shtëpi. Mund të dërgoni edhe mesazh në WhatsApp.
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = organ për mirëqenien e pakistanezëve jashtë vendit
    .service = Zyrë ankesash 24/7 për pakistanezët jashtë vendit

# hb: source=8b8163d43766e623 status=machine
helpline_pl-kcik = Ndihmë për viktimat polake dhe të huaja të trafikimit: këshilla, strehë, ndihmë shëndetësore dhe ligjore, ditë e natë. Mund t’ju ndihmojnë me dokumentet për të qëndruar ose me kthimin në vendin tuaj.
    .channel-2 = Numri i dytë (burime më të vjetra)
    .hours-text = 24/7
    .operator-note = drejtohet nga organizata joqeveritare për Ministrinë e Brendshme
    .service = National Consulting and Intervention Centre for Victims of Trafficking (Qendra Kombëtare e Këshillimit dhe Ndërhyrjes për Viktimat e Trafikimit)

# hb: source=1ad22d69ed6bef82 status=machine
helpline_pl-lastrada = Organizatë bamirëse kundër trafikimit, që mund ta gjeni ditë e natë.
    .hours-text = 24/7
    .service = Telefoni 24/7 i La Strada Foundation

# hb: source=ac7e2708d2491ff4 status=machine
helpline_pt-eme-apf = Ekipe rajonale që mund të vijnë te ju, të gjejnë strehë të sigurt dhe t’jua shpjegojnë të drejtat. Marrja e ndihmës së tyre nuk do të thotë që duhet të shkoni te policia.
    .channel-1 = Veri
    .channel-2 = Qendër
    .channel-3 = Alentejo
    .channel-4 = Lisbonë
    .channel-5 = Algarve
    .hours-text = 24 orë në ditë, 7 ditë në javë
    .operator-note = ekipe rajonale mbështetjeje
    .service = Ekipe rajonale për ndihmën e viktimave të trafikimit

# hb: source=671529c1525689ef status=machine
helpline_pt-linha-apoio-trafico = Anonime dhe konfidenciale, ditë e natë, me koston e një thirrjeje të zakonshme në celular. Nëse ka shenja krimi, ekipi mund të telefonojë policinë.
    .channel-1 = Kushton sa një thirrje e zakonshme në celular
    .hours-text = 24 orë në ditë, 7 ditë në javë
    .service = Linjë mbështetjeje për viktimat e trafikimit të qenieve njerëzore

# hb: source=4ded0c56e1274d44 status=machine
helpline_py-sos-mujer-137 = Për gratë që përballen me dhunë. Në urgjencë mund ta thërrasin policinë për ju.
    .hours-text = 24 orë në ditë
    .operator-note = ministria e grave
    .service = Línea 137 SOS Mujer

# hb: source=31c0b4f23934c730 status=machine
helpline_qa-mol = Linjë e ministrisë së punës për ankesa për pagat dhe punën, edhe për punëtorët e shtëpisë. Punëdhënësi juaj mund të njoftohet, prandaj pyesni fillimisht nëse mund të preket leja juaj e qëndrimit.
    .channel-2 = Shkruani 5, pastaj numrin e Qatar ID ose të vizës suaj, dhe dërgojeni
    .hours-text = Shërbimi me mesazhe: 24 orë. Orari i telefonit nuk dihet.
    .operator-note = ministria e punës
    .service = Linja e ankesave të punëtorëve, shërbimi i ankesave me SMS dhe Unified Platform for Complaints and Whistleblowers (platforma e unifikuar e ankesave dhe sinjalizimeve)

# hb: source=73df73398895a0be status=machine
helpline_ro-anitp = Linjë qeveritare falas për trafikimin. I përket Ministrisë së Brendshme, që drejton edhe policinë.
    .operator-note = agjenci e Ministrisë së Brendshme
    .service = Linja falas e ANITP

# hb: source=ddcabc06e64f4fa6 status=machine
helpline_sa-19911 = Linjë e ministrisë së punës që merr edhe raportime kundër punëtorëve. Punëdhënësi juaj mund të njoftohet, prandaj pyesni fillimisht nëse mund të preket leja juaj e qëndrimit.
    .operator-note = ministria e punës
    .service = Numri i unifikuar i ministrisë 19911 (shkelje të ligjit të punës dhe pyetje)

# hb: source=8f67e0782d0ece7a status=machine
helpline_sd-fcpu-9696 = Linjë e policisë për fëmijët. Që nga lufta, mund të mos funksionojë në çdo zonë.
    .hours-text = 24 orë
    .operator-note = njësia e policisë për mbrojtjen e familjes dhe fëmijëve
    .service = Linja 9696 për mbështetjen e fëmijëve

# hb: source=2c5f89670ac82ffb status=machine
helpline_sg-cde = Ndihmë ditë e natë për punëtorët e shtëpisë. Mund të flasin me punëdhënësin tuaj, dhe në raste të rënda të njoftojnë ministrinë ose policinë.
    .channel-1 = Brenda Singaporit. Thirrjet nga celulari mund të kushtojnë kredit.
    .hours-text = 24 orë
    .operator-note = e lidhur me sindikatat; punon me ministrinë e punës
    .service = Linja 24-orëshe e CDE për punëtorët e shtëpisë

# hb: source=c724ca74974f3db5 status=machine
helpline_sg-home = Organizatë bamirëse për punëtorët migrantë: këshilla, ndihmë ligjore dhe strehë. Punon me ministrinë e punës dhe me policinë.
    .channel-1 = Linjë falas
    .channel-2 = Punëtorët e shtëpisë
    .channel-3 = Punëtorë të tjerë migrantë
    .hours-text = Linja falas: 10:00 deri në 18:00 (ditët nuk thuhen)
    .service = Linja e HOME për punëtorët migrantë

# hb: source=46fbb4a0c62ddea2 status=machine
helpline_sg-mom-mdw-helpline = Linjë qeveritare për punëtorët e shtëpisë, për paga të papaguara dhe probleme në punë. Do të lidhen me punëdhënësin tuaj.
    .channel-1 = Brenda Singaporit. Thirrjet nga celulari mund të kushtojnë kredit.
    .channel-2 = Nga jashtë vendit
    .operator-note = ministria e punës
    .service = Linja e MOM për punëtorët migrantë të shtëpisë

# hb: source=bdf0fbddad762eea status=machine
helpline_sg-mwc = Ndihmë ditë e natë për punëtorët migrantë, në shumë gjuhë. Punon me ministrinë e punës.
    .hours-text = 24 orë çdo ditë
    .operator-note = sindikata dhe federata e punëdhënësve
    .service = Linja 24-orëshe e MWC për punëtorët migrantë

# hb: source=db54f3dd09d83be5 status=machine
helpline_so-ceebla-5555 = Linjë falas për të mbijetuarit e përdhunimit dhe të abuzimit seksual në Mogadishu. Ju ndihmon të raportoni te policia.
    .channel-1 = Mogadishu (Banadir)
    .operator-note = drejtohet me Somali Police Force (Policia e Somalisë)
    .service = Linja Ceebla 5555 për të mbijetuarit e dhunës seksuale

# hb: source=26233f11156e3c10 status=machine
helpline_so-gredo-9997 = Linjë falas në Baidoa për dhunën ndaj grave dhe fëmijëve. Mund të mos e jepni emrin.
    .channel-1 = Baidoa
    .hours-text = E shtunë deri të mërkurë 8:00 deri në 16:00; e enjte 8:00 deri në 12:00
    .service = Linja e mbrojtjes 9997 (Baidoa)

# hb: source=d7870fb6c4317291 status=machine
helpline_so-nofyl-2394 = Linjë falas për gratë që përballen me dhunë në rajonin Gedo, ditë e natë. Mund të mos e jepni emrin.
    .channel-1 = Rajoni Gedo (Bardheere, Doolow, Belet-Xaawo)
    .hours-text = 24 orë
    .service = Linja 2394 për gratë që përballen me dhunë (rajoni Gedo)

# hb: source=ec92c896fd35e15c status=machine
helpline_th-1300 = Linjë qeveritare ndihme brenda Tajlandës, për tajlandezët dhe të huajt. Policia mund të njoftohet për rastet e trafikimit.
    .operator-note = ministria e zhvillimit shoqëror
    .service = Linja 1300 (ndihmë sociale)

# hb: source=7dc14f70523ce9ba status=machine
helpline_th-intl-1300 = Për njerëzit nga Tajlanda që janë në vështirësi jashtë vendit, ditë e natë. Thirrja nga jashtë mund t’ju kushtojë para.
    .channel-1 = Nga çdo vend. Thirrja mund t’ju kushtojë.
    .channel-2 = Mesazh me tekst
    .hours-text = 24 orë
    .operator-note = ministria e zhvillimit shoqëror
    .service = Linjë ndërkombëtare për tajlandezët jashtë vendit

# hb: source=31802d0a39588b81 status=machine
helpline_th-mol-1694 = Linjë e ministrisë së punës për lejet e punës dhe problemet në punë. Mund të arrijë te punëdhënësi juaj dhe mund të ndikojë në lejen tuaj.
    .channel-1 = Vetëm brenda Tajlandës
    .hours-text = E hënë deri të premte, 8:30 deri në 16:30 (2017)
    .operator-note = ministria e punës
    .service = Qendra telefonike 1694 për punëtorët migrantë

# hb: source=ea91fe3cdec72033 status=machine
helpline_tr-alo-183 = Linjë falas për familjen dhe mbështetjen sociale, ditë e natë. Raportimet për abuzim u kalojnë ekipeve të urgjencës ose policisë.
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = ministria e familjes dhe shërbimeve sociale
    .service = ALO 183 Social Support Line (Linja e Mbështetjes Sociale)

# hb: source=93290d999ee853a5 status=machine
helpline_tr-yimer-157 = Drejtohet nga autoriteti i migracionit. Në urgjencë ia kalon vendndodhjen tuaj policisë.
    .channel-1 = Thirrje falas
    .channel-2 = Tarifë e zakonshme. Mund të përdoret nga jashtë vendit.
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = autoriteti i migracionit
    .service = YİMER 157 Foreigners Communication Centre (Qendra e Komunikimit për të Huajt)

# hb: source=ca8c15b58b106657 status=machine
helpline_tw-1955 = Falas, ditë e natë, në shumë gjuhë. Ankesat shkojnë te zyra e punës ose te policia, dhe mund ta telefonojnë punëdhënësin tuaj.
    .channel-1 = Vetëm brenda Tajvanit
    .hours-text = 24 orë në ditë, 365 ditë në vit
    .operator-note = ministria e punës
    .service = Linja 1955 për këshillimin dhe ankesat e punëtorëve migrantë

# hb: source=2279ec85eea24486 status=machine
helpline_ua-1547 = Linjë qeveritare për trafikimin dhe dhunën, ditë e natë. Punon me policinë dhe mund t’ju ndihmojë të lidheni me të.
    .channel-1 = Brenda Ukrainës
    .channel-2 = Për njerëzit nga Ukraina jashtë vendit
    .hours-text = Gjatë gjithë kohës, ditë e natë
    .operator-note = qendër telefonike qeveritare; punon me policinë
    .service = Linja qeveritare për dhunën në familje, trafikimin dhe dhunën me bazë gjinore (1547)

# hb: source=59b742517b4546ed status=machine
helpline_ua-527 = Linjë falas dhe anonime për trafikimin dhe për punën e sigurt jashtë vendit, e hapur çdo ditë.
    .hours-text = Çdo ditë (orari nuk thuhet)
    .service = Linja kombëtare kundër trafikimit dhe për këshillimin e migrantëve (527)

# hb: source=646648f57f908966 status=machine
helpline_us-ice-hsi-tipline = Kjo linjë është e ICE, organit që zbaton ligjet e imigracionit. Nuk është linjë ndihme. Nëse nuk keni dokumente, ajo që thoni mund të përdoret kundër jush.
    .channel-1 = Nga SHBA dhe Kanadaja
    .channel-2 = Nga vende të tjera
    .channel-3 = TTY, për njerëz që nuk dëgjojnë ose dëgjojnë pak
    .channel-4 = Formular sinjalizimi në internet
    .hours-text = 24 orë në ditë, 7 ditë në javë
    .operator-note = agjencia që zbaton ligjet e imigracionit (ICE)
    .service = HSI Tip Line

# hb: source=660ad71eb9eaf56b status=machine
helpline_us-nhth = Nuk është polici dhe nuk është imigracion. Të dhënat tuaja ua japin të tjerëve vetëm nëse jeni dakord, ose nëse një fëmijë rrezikon ose dikush është në rrezik.
    .channel-2 = Për njerëz që nuk dëgjojnë ose dëgjojnë pak (shërbim ndërmjetës, relay)
    .channel-3 = Dërgoni me mesazh fjalën HELP ose INFO
    .channel-4 = Chat i drejtpërdrejtë dhe formular në internet
    .hours-text = 24 orë në ditë, 7 ditë në javë, 365 ditë në vit
    .operator-note = e financuar nga qeveria federale
    .service = National Human Trafficking Hotline

# hb: source=cfb5cfb7645832e0 status=machine
helpline_vn-111 = Falas, ditë e natë. Ajo që thoni u dërgohet policisë ose rojeve kufitare.
    .hours-text = 24 orë në ditë, 7 ditë në javë
    .operator-note = raportet u kalojnë policisë dhe rojeve kufitare
    .service = Linja kombëtare 111 kundër trafikimit të qenieve njerëzore (edhe linja kombëtare për mbrojtjen e fëmijëve)

# hb: source=012eedf7c7919a15 status=machine
helpline_vn-mofa-citizen-protection = Për njerëzit nga Vietnami që janë në vështirësi jashtë vendit, ditë e natë. Paguani tarifën e zakonshme të thirrjeve ndërkombëtare.
    .channel-1 = Nga çdo vend. Thirrjen e paguani ju.
    .hours-text = Ditë e natë
    .operator-note = ministria e jashtme
    .service = Linja për mbrojtjen e shtetasve vietnamezë jashtë vendit

# hb: source=8eaac4de87672594 status=machine
helpline_za-0800222777 = Mund të mos e jepni emrin. Raportet mund t’i kalojnë policisë.
    .channel-2 = Raportoni në internet
    .hours-text = 24 orë, 7 ditë në javë
    .service = National Human Trafficking Resource Line

# hb: source=61d8f509d8f5cb6a status=machine
helpline_za-childline-116 = Falas, për fëmijët ose për të rriturit që shqetësohen për një fëmijë. Childline mund të thërrasë policinë ose një punonjës social nëse duhet.
    .service = Childline 116

# hb: source=e783202d5751a21a status=machine
helpline_za-gbv-command-centre = Përgjigjen punonjës socialë, ditë e natë, falas. Mund të dërgojnë policinë ose një punonjës social që t’ju ndihmojë.
    .channel-2 = SMS „help“ (për njerëzit me aftësi të kufizuara)
    .hours-text = 24 orë, 7 ditë në javë
    .operator-note = departamenti i zhvillimit shoqëror
    .service = Gender-Based Violence Command Centre (Qendra e Komandës për Dhunën me Bazë Gjinore)

# hb: source=54e58ff33c7582d9 status=machine
tip_backups = Kopjet rezervë kopjojnë telefonin tuaj
    .body = Shumë telefona i kopjojnë fotot, mesazhet dhe kontaktet në internet. Kushdo që e di fjalëkalimin e llogarisë mund t’i shohë aty.

# hb: source=cd027b6f8394bb7b status=machine
tip_borrow-phone = Përdorni një telefon që i besoni
    .body = Nëse dikush jua kontrollon telefonin, mendoni të merrni hua telefonin e një personi që i besoni.

# hb: source=8c7b50b59845de57 status=machine
tip_browser = Shfletuesi mban mend
    .body = Shfletuesi i internetit i mban mend faqet që hapni. Nëse është e sigurt, përdorni një dritare private, ose fshini historikun.

# hb: source=bdd6d954599bff61 status=machine
tip_call-log = Thirrjet shfaqen në telefon
    .body = Thirrjet dhe mesazhet shfaqen në listën e thirrjeve dhe të mesazheve të telefonit. Nëse është e sigurt, fshijini pasi të telefononi.

# hb: source=8d4db8a36fafc326 status=machine
tip_chats = Bisedat ruhen
    .body = WhatsApp dhe aplikacionet e tjera të bisedave i ruajnë mesazhet tuaja, dhe mund t’i kopjojnë në një kopje rezervë. Nëse është e sigurt, fshini bisedën pasi të shkruani.

# hb: source=fe1dc2b015ca2546 status=machine
tip_documents = Mbani kopje të dokumenteve tuaja
    .body = Mbani kopje të pasaportës, letërnjoftimit, vizës, kontratës së punës dhe fletëve të pagës. Ruajini në një vend të sigurt, ose te dikush që i besoni.

# hb: source=9a2f34def671c31c status=machine
tip_hide = Mbylleni aplikacionin shpejt
    .body = Prekni „Dil shpejt“ nëse afrohet dikush. Aplikacioni shfaq makinën llogaritëse.

# hb: source=0a3bdb406e7299d7 status=machine
tip_phone-bill = Thirrjet mund të shfaqen në faturë
    .body = Një thirrje mund të shfaqet në faturën e telefonit, edhe një thirrje falas. Nëse telefonin jua paguan dikush tjetër, mund ta shohë faturën.

# hb: source=13633996ec4022ee status=machine
tip_photos = Fotot shihen në galeri
    .body = Fotot që bëni shkojnë në galerinë e telefonit, ku mund t’i shohë kushdo që e ka telefonin në dorë. Mendohuni para se t’i fotografoni dokumentet në një telefon që e kontrollon dikush tjetër.

# hb: source=1da4b2b3c06c35d5 status=machine
tip_police = Nëse keni frikë nga policia
    .body = Në disa vende, policia punon me njerëzit që shfrytëzojnë të tjerët, ose pyet për dokumentet tuaja. Nëse keni frikë nga kjo, telefononi fillimisht një linjë që drejtohet nga një organizatë bamirëse.

# hb: source=7515e33326d1aba3 status=machine
tip_who-hears = Dijeni me kë po flisni
    .body = Disa linja drejtohen nga policia, imigracioni ose ministria e punës. Para çdo numri, ky aplikacion ju tregon kush mund ta dëgjojë atë që thoni.

# hb: source=82092a6a63b61b1c status=machine
country_ae = Policia mund t’jua kontrollojë dokumentet. Nëse mundeni, telefononi fillimisht një linjë ndihme.

# hb: source=0759fcafa9ff2079 status=machine
country_af = Këtu nuk u gjet asnjë linjë ndihme.
    .emergency-1 = Linjë e policisë. Merr edhe raportime për veprimtari të dyshimta.

# hb: source=2f5f0b061b9efc0a status=machine
country_al = Asnjë linjë ndihme këtu nuk mund të kontrollohej. Është raportuar se linja kombëtare për trafikimin nuk funksionon. Në rrezik, telefononi 112 ose policinë në 129.
    .emergency-1 = Falas
    .emergency-2 = Falas

# hb: source=3c983078a27e9d25 status=machine
country_ar = 911 dërgon policinë. Linja 145 është falas dhe përgjigjen punonjës socialë, por raportet shkojnë te prokurorët.

# hb: source=3eb737dfc85a4bf2 status=machine
country_au =
    .emergency-1 = Mund të kërkoni një përkthyes.

# hb: source=1c893060b606f257 status=machine
country_bd = 999 drejtohet nga policia.
    .emergency-1 = Falas. Përgjigjet policia. Shtypni 2 për anglisht.

# hb: source=82092a6a63b61b1c status=machine
country_bh = Policia mund t’jua kontrollojë dokumentet. Nëse mundeni, telefononi fillimisht një linjë ndihme.

# hb: source=a933a3136f2ed621 status=machine
country_bo = Këtu nuk u gjet asnjë linjë ndihme. Numri i policisë është 110. Mund të provoni edhe linjat për njerëzit nga vendi juaj, ose IOM.
    .emergency-1 = Policia

# hb: source=a2fcfe684b03036a status=machine
country_br = 190 është Policia Ushtarake (Military Police). Për ndihmë pa telefonuar fillimisht policinë, provoni Disque 100 ose Ligue 180.
    .emergency-1 = Policia Ushtarake
    .emergency-2 = SAMU (ndihma mjekësore urgjente)
    .emergency-3 = Zjarrfikësit

# hb: source=8c62ad5100ada380 status=machine
country_cl = 133 është policia Carabineros. Policia PDI (134) merret edhe me dokumentet e imigracionit.
    .emergency-1 = Carabineros

# hb: source=8d1a044a23a5ca7a status=machine
country_co = 123 dërgon policinë. Nëse nuk keni shtetësi kolumbiane, zyrtarët e migracionit mund të njoftohen për rastin tuaj.

# hb: source=4ec4cc4d4459da49 status=machine
country_de =
    .emergency-1 = Falas, edhe nga një celular pa kredit

# hb: source=a1b32e822f62bb2d status=machine
country_do = 911 dërgon policinë. Nëse jeni nga Haiti ose nuk keni dokumente, policia mund të mos ju mbrojë dhe mund t’ju dëbojnë. Provoni IOM ose konsullatën tuaj.
    .emergency-1 = Falas

# hb: source=5f124ee005ca098c status=machine
country_ec = 911 dërgon policinë. Edhe linja 1800 DELITO drejtohet bashkë me policinë.
    .emergency-1 = ECU 911

# hb: source=48cd2d715a439040 status=machine
country_eg = Policia ka arrestuar migrantë dhe refugjatë, dhe viktimat janë ndëshkuar për shkelje të rregullave të imigracionit. Nëse mundeni, kërkoni fillimisht ndihmë nga një grup mbështetës.

# hb: source=72d1a484aaa5989b status=machine
country_er = Këtu nuk u gjet asnjë linjë ndihme.

# hb: source=e2b812a80c1f0cd4 status=machine
country_et = Disa zyrtarë marrin ryshfet ose i ndihmojnë trafikantët. Kini kujdes me kë lidheni.
    .emergency-2 = Numër telefoni fiks

# hb: source=65973ada72df1fe1 status=machine
country_fr =
    .emergency-5 = Me mesazh me tekst, për njerëzit që nuk dëgjojnë

# hb: source=9ed8adbea14dabc9 status=machine
country_gb =
    .emergency-1 = Falas nga çdo telefon, edhe nga një celular i kyçur
    .emergency-2 = Funksionon njësoj si 999

# hb: source=c6a003fb8da80a55 status=machine
country_gh = 112 ju lidh me policinë, zjarrfikësit dhe ambulancën.
    .emergency-1 = Në të gjitha rrjetet celulare

# hb: source=82eccd5aa5f2b273 status=machine
country_gt = 110 është policia. Disa zyrtarë i kanë ndihmuar trafikantët, prandaj kini kujdes kujt i besoni.
    .emergency-1 = Policia Kombëtare Civile
    .emergency-2 = Zjarrfikësit vullnetarë
    .emergency-3 = Zjarrfikësit e bashkisë
    .emergency-4 = Kryqi i Kuq

# hb: source=3fb1f4a140f11e70 status=machine
country_hn = 911 ju lidh me policinë dhe edhe me zyrën e migracionit. Nëse nuk keni dokumente, mund të jetë më e sigurt të telefononi fillimisht një linjë ndihme.

# hb: source=22aa209fa8a28369 status=machine
country_id =
    .emergency-1 = Ende nuk funksionon në çdo zonë

# hb: source=37e140b28e5cccbf status=machine
country_il = Këtu vetëm policia mund të konfirmojë që jeni viktimë trafikimi. Njerëz pa dokumente janë ndëshkuar, prandaj nëse mundeni, kërkoni fillimisht ndihmë nga një grup mbështetës.
    .emergency-2 = Magen David Adom (ambulanca)
    .emergency-4 = Nga një celular

# hb: source=95f91f4641ea1425 status=machine
country_in = 112 ju lidh me policinë, zjarrfikësit dhe ambulancën.
    .emergency-2 = Numër më i vjetër, ende në përdorim në disa vende
    .emergency-3 = Numër më i vjetër, ende në përdorim në disa vende
    .emergency-4 = Numër më i vjetër, ende në përdorim në disa vende

# hb: source=e38ccb8819fd9bc7 status=machine
country_int = 112 funksionon në çdo vend të BE-së dhe në shumë vende të tjera. Shumica e celularëve e trajtojnë 112 si thirrje urgjence kudo, por në disa vende askush nuk përgjigjet, prandaj mësoni edhe numrin vendor.
    .emergency-1 = Provojeni nga çdo celular

# hb: source=f61288ebb873e353 status=machine
country_ir = Këtu janë ndëshkuar viktima, përfshirë njerëz pa dokumente. Kini kujdes me kë lidheni.
    .emergency-4 = Ndihma dhe shpëtimi i Gjysmëhënës së Kuqe

# hb: source=c34bb3c6bba2d3ff status=machine
country_jo = Policia dhe inspektorët e punës mund t’i mbajnë të ndaluar punëtorët pa dokumente të vlefshme. Nëse mundeni, kërkoni fillimisht ndihmë ligjore.

# hb: source=eaf2b3eb688fb59e status=machine
country_ke =
    .emergency-1 = Urgjenca e policisë

# hb: source=6fe53ad4b8c6a1a0 status=machine
country_kh = I vetmi numër që u gjet këtu është i policisë. Policia këtu ka mbajtur njerëz të trafikuar derisa të paguanin. Provoni linjën për njerëzit nga vendi juaj, ose IOM.

# hb: source=b01373211f5153a9 status=machine
country_kw = Policia mund të arrestojë njerëz pa dokumente ose me një çështje „arratisjeje“. Nëse mundeni, telefononi fillimisht një linjë ndihme ose ambasadën tuaj.

# hb: source=29541d9e33cf9a37 status=machine
country_lb = Policia mund të mbajë të ndaluar njerëz pa dokumente, edhe viktima. Nëse mundeni, kërkoni fillimisht ndihmë nga një grup mbështetës.
    .emergency-2 = Kryqi i Kuq Libanez
    .emergency-3 = Mbrojtja Civile

# hb: source=c0b06d0656b72a0e status=machine
country_lk =
    .emergency-2 = Nga një celular
    .emergency-4 = Ambulancë falas (Suwa Seriya)

# hb: source=7deee915e9ca7ae3 status=machine
country_ly = Këtu nuk u gjet asnjë linjë ndihme. IOM i ka ndihmuar migrantët në Libi të kthehen në vendet e tyre.

# hb: source=5c7730a23e68405c status=machine
country_md =
    .emergency-1 = Falas nga çdo telefon

# hb: source=5f79b504e13bb5bd status=machine
country_mm = Këtu nuk u gjet asnjë linjë ndihme. Provoni linjat për njerëzit nga vendi juaj, ose IOM.

# hb: source=abc11fb4291a3f37 status=machine
country_mx = 911 dërgon policinë. Disa zyrtarë i kanë ndihmuar trafikantët, prandaj kini kujdes kujt i besoni.
    .emergency-1 = Falas, 24 orë

# hb: source=26e0ab0fc71c29ce status=machine
country_my =
    .emergency-2 = Nga një celular. Shkon në të njëjtën qendër 999.

# hb: source=aeedbbc9407c419e status=machine
country_ng = 112 është falas dhe ju lidh me policinë, zjarrfikësit dhe ambulancën, aty ku funksionon.
    .emergency-1 = Falas. Ende jo në çdo shtet.

# hb: source=0a131da274d5b8b6 status=machine
country_nl = Nëse nuk keni dokumente, zyra e punës dhe policia mund ta kalojnë rastin tuaj te policia e imigracionit. Një grup mbështetës mund t’ju këshillojë më parë.

# hb: source=655b76fa446521a6 status=machine
country_om = Zyrtarët i kanë kthyer punëtorët te punëdhënësi. Nëse mundeni, lidhuni me ambasadën tuaj ose me një linjë ndihme para se të shkoni te policia.
    .emergency-1 = Operatorët mund të flasin vetëm arabisht

# hb: source=173614535be1ae38 status=machine
country_pe = 105 është policia. Në Lima dhe Callao mund të funksionojë edhe 911.
    .emergency-1 = Policia Kombëtare
    .emergency-2 = Zjarrfikësit, falas
    .emergency-3 = SAMU (ndihma mjekësore urgjente), falas

# hb: source=af43b253af3c35f3 status=machine
country_pk = Policia: 15. Rescue 1122 për aksidente, zjarr dhe ndihmë mjekësore.
    .emergency-2 = Rescue 1122, për aksidente, zjarr dhe urgjenca mjekësore. Jo në çdo zonë.

# hb: source=479e072fde814d88 status=machine
country_py = 911 dërgon policinë. Disa policë i kanë ndihmuar trafikantët, prandaj kini kujdes kujt i besoni.

# hb: source=82092a6a63b61b1c status=machine
country_qa = Policia mund t’jua kontrollojë dokumentet. Nëse mundeni, telefononi fillimisht një linjë ndihme.

# hb: source=10a8a6dfc7739a19 status=machine
country_sa = Policia mund të mbajë të ndaluar njerëz pa dokumente. Nëse mundeni, telefononi fillimisht një linjë ndihme ose ambasadën tuaj.
    .emergency-1 = Operatorët shpesh flasin arabisht

# hb: source=474f3296c0dd2b5e status=machine
country_sd = Këtu viktimat janë ndëshkuar, dhe disa zyrtarë janë të përfshirë në trafikim. Kini kujdes me kë lidheni.
    .emergency-1 = Khartum. I ri në 2025.

# hb: source=8dda8f7edd9d1901 status=machine
country_so = Disa zyrtarë përfitojnë nga trafikimi. Kini kujdes me kë lidheni.
    .emergency-1 = Mogadishu

# hb: source=75ed9aeca9afd4e7 status=machine
country_sv = Këtu nuk u gjet asnjë linjë ndihme. 911 drejtohet nga policia. Mund të provoni edhe linjat për njerëzit nga vendi juaj, ose IOM.
    .emergency-1 = Drejtohet nga Policia Kombëtare Civile

# hb: source=24846d9fa21bfae5 status=machine
country_tr = Policia dhe zyrtarët e migracionit mund t’jua kontrollojnë dokumentet. Disa njerëz nga Siria u kthyen pa u kontrolluar nëse ishin viktima.
    .emergency-1 = Disa operatorë flasin gjuhë të huaja

# hb: source=bc6d0b48aee80883 status=machine
country_tw =
    .emergency-3 = Nga një celular pa sinjal ose pa kartë SIM

# hb: source=2101e08dfbffef43 status=machine
country_ua = Në rrezik, telefononi policinë në 102.

# hb: source=aa1905313bb0c582 status=machine
country_us = 911 dërgon policinë. Nëse nuk keni dokumente, mund të telefononi fillimisht National Human Trafficking Hotline. Nuk është polici as imigracion.

# hb: source=d5a519b1be6314ce status=machine
country_vn =
    .emergency-2 = Zjarrfikësit dhe shpëtimi
    .emergency-4 = Kërkim dhe shpëtim, fatkeqësi

# hb: source=218c95a1c1afb34b status=machine
country_za = 112 funksionon nga çdo celular. Policia: 10111.
    .emergency-1 = Nga çdo celular, edhe pa kredit

# hb: source=c0521a401189b61f status=machine
question_ilo-forced-labour--age = A jeni nën 18 vjeç?
    .help = Nëse jeni nën 18 vjeç, disa gjëra funksionojnë ndryshe për ju. Mund t’u përgjigjeni prapë pyetjeve të tjera.

# hb: source=34aa2fd310ebbca5 status=machine
question_ilo-forced-labour--conditions = A është i pasigurt ose i pistë vendi ku punoni ose flini?

# hb: source=09302641bce2e4cd status=machine
question_ilo-forced-labour--crimes = A ju detyron dikush të bëni gjëra që janë kundër ligjit?
    .help = Për shembull, të shisni drogë, të vidhni, ose të lypni për ta.

# hb: source=028ebdf36136395f status=machine
question_ilo-forced-labour--debt = A duhet të punoni për të kthyer para që i keni borxh shefit ose një agjenti?
    .help = Për shembull, për udhëtimin, për një tarifë pune, për ushqimin ose për një dhomë.

# hb: source=8fd3665cbff6ef8c status=machine
question_ilo-forced-labour--deception = A është puna juaj shumë ndryshe nga ajo që ju premtuan?
    .help = Për shembull, lloji i punës, paga, orari, ose vendi ku do të jetonit.

# hb: source=c7bb641c283f19bb status=machine
question_ilo-forced-labour--documents = A jua mban dikush tjetër pasaportën ose letërnjoftimin?
    .help = Për shembull, shefi, një agjent, ose personi me të cilin jetoni.

# hb: source=f2cba2074458270b status=machine
question_ilo-forced-labour--isolation = A ju pengojnë të flisni me familjen ose me miqtë tuaj?

# hb: source=24a3e6bafce0964c status=machine
question_ilo-forced-labour--movement = A ju pengojnë të largoheni nga vendi ku punoni ose jetoni?

# hb: source=7332d0f363d2ff28 status=machine
question_ilo-forced-labour--overtime = A duhet të punoni orë shumë të gjata, ose pa ditë pushimi?

# hb: source=41ef9b0406674b91 status=machine
question_ilo-forced-labour--sexual = A ju ka detyruar ndokush të bëni gjëra seksuale që nuk donit t’i bënit?
    .help = Kjo përfshin kur ju detyrojnë të bëni seks me njerëz për para që i merr dikush tjetër.

# hb: source=2932505ad0a7a271 status=machine
question_ilo-forced-labour--threats = A ju ka kërcënuar ndokush juve ose familjen tuaj?
    .help = Për shembull, me dhunë, me policinë, ose se do t’ju kthejnë në vendin tuaj.

# hb: source=ec1755eb0f5722a5 status=machine
question_ilo-forced-labour--violence = A ju ka goditur ose lënduar ndokush?

# hb: source=5045ad6a78925e9c status=machine
question_ilo-forced-labour--vulnerability = A i përdor dikush problemet tuaja për t’ju kontrolluar?
    .help = Për shembull, sepse nuk keni dokumente, keni borxhe, nuk e flisni gjuhën, ose nuk keni ku tjetër të shkoni.

# hb: source=ab32ba50010a5949 status=machine
question_ilo-forced-labour--wages = A jua mban dikush pagën, ose ju paguan shumë më pak se sa ju premtuan?
