# Harbour: qoraalka caawimaadda ee Af-Soomaali (so). Turjumaad mashiin, weli uusan hubin qof afkiisa hooyo yahay.
# Somali (so) help content, machine-drafted; see so.notes.md. Keep ids, attribute names and `# hb:` lines.

# hb: source=ddea4b8025a96e10 status=machine
right_ae-1 = Loo-shaqeeyahaagu waa inuusan hayn baasaboorkaaga
    .body = Sharciga shaqada ee UAE (Imaaraadka Carabta) wuxuu leeyahay loo-shaqeeyahaagu waa inuusan hayn waraaqahaaga rasmiga ah, sida baasaboorkaaga. Shaqaalaha guryaha sidoo kale waxay xaq u leeyihiin inay haystaan baasaboorkooda iyo aqoonsigooda. Uma baahnid inaad arrintan kala doodo loo-shaqeeyahaaga. Waxaad cabasho u gudbin kartaa wasaaradda shaqada (MOHRE) adigoo wacaya 80060.
    .caveats = Haddii aad shaqada ka tagto adigoon ogeysiis bixin, waxaa laga yaabaa in lagaa gudbiyo warbixin baxsasho ('absconding'). Talo raadso ka hor intaadan bixin.

# hb: source=79e86c2473363aa5 status=machine
right_ae-2 = Wasaaraddu waxay leedahay: baasaboor haysashadu waa shaqo qasab ah
    .body = Wasaaradda shaqada waxay sheegtay in haysashada baasaboorka shaqaale ay tahay nooc ka mid ah shaqada qasabka ah. Loo-shaqeeyuhu wuxuu hayn karaa baasaboor muddo gaaban oo keliya, si uu fiiso u diyaariyo, u cusboonaysiiyo ama u baajiyo.
    .caveats = Loo-shaqeeyayaal badan ayaa weli haya baasaboorrada, ciqaabtuna way daciif tahay.

# hb: source=71192aff8eb6ff45 status=machine
right_ae-3 = Xarumaha gabbaadka iyo taageerada dhibbanayaasha ka ganacsiga dadka
    .body = UAE waxay leedahay xarumo gabbaad oo loogu talagalay dhibbanayaasha ka ganacsiga dadka, sida Ewaa oo ku taal Abu Dhabi iyo Dubai Foundation for Women and Children (hay'adda Dubai ee haweenka iyo carruurta). Waxay bixiyaan meel ammaan ah oo lagu hoydo, daryeel caafimaad, la-talin iyo caawimaad sharci. Dhibbanayaashu waxay heli karaan ruqsad ku-meel-gaar ah oo ay dalka ku joogaan inta dacwadda maxkamaddu socoto, iyo caawimaad ay si ammaan ah dalkooda ugu noqdaan.
    .caveats = Xarumaha gabbaadku waxay si dhow ula shaqeeyaan booliska.

# hb: source=fa53873707784d1e status=machine
right_ae-4 = Yaad la xiriirtaa haddii uu jiro ka ganacsi dad oo UAE ah
    .body = Dubai, haweenka iyo carruurtu waxay wici karaan Dubai Foundation for Women and Children lambarka 800111. Waa bilaash, waana furan yahay habeen iyo maalin. Qof kasta oo ka walwalsan ilmo wuxuu wici karaa 116111. Dhibaatooyinka shaqada, wac wasaaradda shaqada 80060.
    .caveats = Khadka carruurta waxaa maamula booliska, adeegyada kalena waxay la shaqeeyaan booliska.

# hb: source=5cf2b4058530272d status=machine
right_ae-5 = Goorta aad u guuri karto loo-shaqeeye cusub
    .body = Waxaad u guuri kartaa loo-shaqeeye cusub marka heshiiskaagu dhammaado, marka adiga iyo loo-shaqeeyahaagu aad ku heshiisaan in la joojiyo, ama marka loo-shaqeeyahaagu joojiyo sabab aan adiga qaladkaaga ahayn. Kadib marka fiisadaada la baajiyo, waxaad helaysaa muddo fursad ah oo aad ku raadsato shaqo cusub ama aad dalka uga baxdo; muddadaas waxay ku qoran tahay warqadda baajinta. Loo-shaqeeyahaagu waa inuusan shaqada kaa eryin cabasho aad u gudbisay wasaaradda darteed.
    .caveats = Haddii aad baxdo muddada tijaabada adigoon ogeysiis bixin, ama haddii warbixin baxsasho oo lagaa gudbiyay la xaqiijiyo, waxaa lagu diidi karaa ruqsad shaqo oo cusub muddo hal sano ah.

# hb: source=7617c001ef1451ff status=machine
right_ae-6 = Mushaharkaaga waa in lagu siiyaa wakhtigiisa
    .body = Shirkaduhu waa inay mushaharka ku bixiyaan nidaamka rasmiga ah ee Wage Protection System (nidaamka ilaalinta mushaharka), oo ay ku shubaan xisaab bangi ama xisaab sarrif, si wasaaradda shaqadu u hubiso in mushaharkaaga oo dhan lagu siiyo wakhtigiisa. Shaqaalaha guryaha waa in la siiyaa mushaharka 10 maalmood gudahood laga bilaabo maalinta uu mushaharku waajibka noqdo. Haddii aan lagu siin, cabasho u gudbi wasaaradda shaqada (MOHRE) adigoo wacaya 80060, ama app-keeda ama website-keeda. Wasaaraddu marka hore waxay isku daydaa inay kiiska xalliso; haddii taasi suurtagal noqon weydo, kiisku wuxuu u gudbaa maxkamadda.
    .caveats = Shaqaale badan oo guryaha ka shaqeeya ayaa weli lagu bixiyaa meel ka baxsan nidaamka mushaharka. Adigu qor diiwaan u gaar ah oo ah lacagta lagu siiyay.

# hb: source=eb4b8f38617de804 status=machine
right_ae-7 = Warbixinnada baxsashada ('absconding'): waxa ay ka dhigan yihiin iyo waxa la sameeyo
    .body = Haddii aad shaqada ka maqnaato in ka badan 7 maalmood oo isku xiga sabab sharci ah la'aan, oo loo-shaqeeyahaagu uusan kula soo xiriiri karin, loo-shaqeeyahaagu wuxuu gudbin karaa warbixin 'baxsasho' ('absconding') ah. Warbixin la xaqiijiyay waxay kaa joojin kartaa inaad hesho ruqsad shaqo oo cusub muddo sannad ah, waxayna saameyn kartaa deganaanshahaaga. Waxaad wici kartaa wasaaradda shaqada 600590000 si aad u weydiiso in warbixin lagaa gudbiyay iyo in kale. Warbixin khaldan waa laga doodi karaa wasaaradda, sidaa darteed hay caddaymo sida fariimo, cabashooyin iyo diiwaanka mushaharka.
    .caveats = Loo-shaqeeyuhu ma aha inuu warbixintan gudbiyo keliya sababtoo ah waad cabatay ama shaqada ayaad iska casishay. Haddii aad u baxayso xadgudub ama mushahar aan lagu siin darteed, isku day inaad marka hore cabasho u gudbiso wasaaradda.

# hb: source=cdeac1b21d4262bc status=machine
right_au-1 = Ka ganacsiga dadka iyo guurka qasabka ah waa dambiyo Australia
    .body = Ka ganacsiga dadka iyo in qof lagu qasbo guur uusan rabin waa dambiyo gudaha Australia.

# hb: source=4f3c96b7d0a18f4c status=machine
right_au-2 = Waxa uu bixiyo Support for Trafficked People Program
    .body = Support for Trafficked People Program (barnaamijka taageerada dadka laga ganacsaday), oo ay maamusho Australian Red Cross, lacagtana ay ka bixiso Department of Social Services, wuxuu bixin karaa qof kiiskaaga haya, caawimaad dhaqaale, hoy, daryeel caafimaad, la-talin, iyo in laguu gudbiyo adeegyo sharci iyo socdaal.

# hb: source=5debd79143b2a6be status=machine
right_au-3 = Sida lagu galo barnaamijka taageerada
    .body = Waxaad barnaamijka ku geli kartaa adigoo ay u soo gudbiyaan Australian Federal Police (booliska federaalka, 131 237), ama adigoo maraya Additional Referral Pathway oo ay hoggaamiso The Salvation Army.

# hb: source=24f71d2d9b82a57e status=machine
right_au-4 = Taageeradu caadi ahaan waxay socotaa ilaa 110 maalmood
    .body = Taageeradu caadi ahaan waxay socotaa ilaa 110 maalmood (90 maalmood oo taageero xooggan ah iyo 20 maalmood oo kala-guur ah); way ka dheeraan kartaa haddii aad ka qayb qaadanayso dacwad dambiyeed.

# hb: source=063de71836fa4036 status=machine
right_au-5 = Ka qayb qaadashadu waa ikhtiyaar
    .body = Ka qayb qaadashadu waa ikhtiyaar, waxaadna barnaamijka ka bixi kartaa wakhti kasta.

# hb: source=39d17f1b5b188718 status=machine
right_au-6 = Mushaharka aan lagu siin ka soo celi adigoo kaashanaya Fair Work Ombudsman
    .body = Dadka fiisada haysta iyo shaqaalaha soo-galootiga ah waxay leeyihiin xuquuq mushahar iyo shaqo oo la mid ah shaqaalaha kale ee Australia. Tani waa run xitaa haddii aad jebisay shuruud fiiso, aadan lahayn xaq shaqo, ama aadan xaq u lahayn inaad joogto Australia. Fair Work Ombudsman wuxuu bixiyaa caawimaad bilaash ah oo ku saabsan mushaharka aan la bixin. Wac 13 13 94. Haddii aad turjubaan u baahato, wac 131 450 oo ka codso inay Ombudsman-ka kuu wacaan.
    .caveats = Home Affairs (wasaaradda arrimaha gudaha) badanaa ma baajiso fiiso ku-meel-gaar ah haddii aad jebisay shuruudaha shaqada ka faa'iidaysi lagugu sameeyay darteed, haddii aad caawimaad ka helayso Ombudsman-ka oo aysan jirin sabab kale. Haddii aadan haysan ogolaansho shaqo, kiis kasta si gooni ah ayaa loo go'aamiyaa.

# hb: source=03bc12bb9778e1c2 status=machine
right_bh-1 = Beddelidda loo-shaqeeyaha gudaha Baxrayn
    .body = Kadib hal sano oo aad la shaqaynaysay loo-shaqeeyahaaga, waxaad u guuri kartaa loo-shaqeeye cusub adigoon ogolaanshihiisa u baahnayn. Waa inaad u sheegtaa LMRA iyo loo-shaqeeyahaaga, aad bixisaa ogeysiiska ku qoran heshiiskaaga, oo aad raacdaa tallaabooyinka wareejinta. Sannadkaaga koowaad, loo-shaqeeyahaagu wuu diidi karaa wareejinta. Marka ruqsaddaada shaqadu dhammaato, waxaad haysataa 30 maalmood oo aad ku hesho loo-shaqeeye cusub ama aad dalka uga baxdo.
    .caveats = Muddada ogeysiisku badanaa waa 30 ilaa 90 maalmood. Ha qaadan shaqo kale muddada 30-ka maalmood ah ee ka dambaysa dhammaadka ruqsaddaada.

# hb: source=5eb5ef2dd88c3f97 status=machine
right_bh-2 = Xaqaaga ah inaad hesho mushaharkaaga oo dhan gudaha Baxrayn
    .body = Waxaad xaq u leedahay inaad hesho mushaharkaaga oo dhan wakhtiga lagu heshiiyay ee heshiiskaaga ku qoran. Haddii aan lagu siin, u sheeg loo-shaqeeyahaaga oo dalbo mushaharkaaga. Waxaad cabasho u gudbin kartaa Wasaaradda Shaqada, ama waxaad bilaash uga diiwaan gelin kartaa kiis shaqo Protection and Grievances Centre (xarunta ilaalinta iyo cabashooyinka) ee LMRA.
    .caveats = Tilmaamaha LMRA waxay leeyihiin: sii wad shaqada inta aad dalbanayso mushaharka aan lagu siin. Haddii lagu xadgudbo ama aad khatar ku jirto, tag Protection and Grievances Centre, Wasaaradda Shaqada, booliska ama safaaraddaada.

# hb: source=fa6ca482c6a59868 status=machine
right_bh-3 = Baasaboorkaagu waa adiga leh
    .body = Hay'adda shaqada ee Baxrayn waxay leedahay baasaboorkaagu waa hantidaada. Haddii aad doorato inaad qof u dhiibto si uu kuu hayo, qaado rasiid qoran. Loo-shaqeeyahaagu waa inuusan lacag kaaga qaadin ruqsaddaada shaqada. Haddii lagu xadgudbo ama cadaadis lagu saaro, waxaad aadi kartaa Protection and Grievances Centre ee LMRA, Wasaaradda Shaqada ama safaaraddaada.

# hb: source=cd22cd26de4c6c4f status=machine
right_bh-4 = Warbixinnada maqnaanshaha ee Baxrayn
    .body = Ha ka maqnaan shaqada in ka badan 15 maalmood adigoon haysan ogolaanshaha loo-shaqeeyahaaga, sababtoo ah loo-shaqeeyahaagu waa inuu maqnaanshahaaga u sheegaa LMRA. LMRA waxay isku daydaa inay la xiriirto shaqaalaha, sidaa darteed LMRA ha u haysato lambarka taleefankaaga ee hadda. Website-ka LMRA waxaad ka hubin kartaa in lagu soo sheegay maqnaansho iyo in kale. Go'aan kasta oo LMRA gaarto waad ka doodi kartaa 30 maalmood gudahood.
    .caveats = Dad aan haysan waraaqo sax ah ayaa la masaafuriyay iyadoo aan la hubin inay yihiin dhibbanayaal ka ganacsiga dadka. Caawimaad raadso goor hore.

# hb: source=46b6e08c1c685697 status=machine
right_br-1 = Deganaansho loogu talagalay soo-galootiga laga ganacsaday ama la addoonsaday
    .body = Baraasiil waxay ruqsad deganaansho siin kartaa soo-galootiga ahaa dhibbanayaasha ka ganacsiga dadka, shaqada addoonsiga, ama xadgudub xuquuqeed oo ay ka sii dartay xaaladdooda socdaal. Codsiga waxaa laga samayn karaa xafiis kasta oo Federal Police (Polícia Federal) ah, go'aankana waxaa gaara Federal Police.
    .caveats = Qareennada dadweynaha (public defenders), kormeerayaasha shaqada ama xeer-ilaaliyayaashu waxay kaa caawin karaan diyaarinta codsiga. Caawimaad weydii iyaga ama koox taageero.

# hb: source=0e45a5882cff6ec9 status=machine
right_br-2 = Caawimaad dhibbanayaasha, haddii aad booliska caawiso iyo haddii kaleba
    .body = Sharciga ka ganacsiga dadka ee Baraasiil wuxuu leeyahay dhibbanayaashu waa inay helaan daryeel buuxa, dhalashadoodu wax kastoo ay tahay, iyo haddii ay la shaqeeyaan baaritaannada ama dacwadaha maxkamadda iyo haddii kaleba. Daryeelka waxaa ka mid ah caawimaad sharci, bulsho, shaqo iyo caafimaad, hoy ku-meel-gaar ah, ilaalinta sirtaada iyo aqoonsigaaga, iyo macluumaad ku saabsan nidaamyada.

# hb: source=aee560d97a2389e1 status=machine
right_br-3 = Laga soo badbaadiyay shaqo addoonsi: mushaharkaaga iyo 3 lacag-bixin
    .body = Marka kormeerayaasha shaqadu shaqaalaha ka soo badbaadiyaan shaqo u eg addoonsi, waxay joojiyaan shaqada oo waxay amraan loo-shaqeeyaha inuu bixiyo mushaharka iyo lacagta dhammaadka heshiiska ee shaqaalaha xaqa u leh. Shaqaalaha la soo badbaadiyay sidoo kale waxay helaan 3 lacag-bixin oo bille ah oo ka timaada caymis shaqo-la'aan oo gaar ah; mid kastaa waxay la mid tahay mushaharka ugu yar. Kormeeraha shaqada ayaa ku siinaya foomka. Codso 90 maalmood gudahood laga bilaabo maalinta lagaa soo badbaadiyay.
    .caveats = Xafiiska xeer-ilaalinta shaqada (MPT) sidoo kale wuxuu loo-shaqeeyaha ku qasbi karaa inuu bixiyo magdhow khasaaraha.

# hb: source=b4f4108930b0787e status=machine
right_ca-1 = Ruqsad deganaansho ku-meel-gaar ah oo loogu talagalay dhibbanayaasha ka ganacsiga dadka
    .body = Haddii aad tahay dhibbane ka ganacsiga dadka oo aadan haysan xaalad sharci ah oo Kanada ah, waxaad codsan kartaa ruqsad deganaansho ku-meel-gaar ah oo gaar ah. Laga bilaabo 4 Febraayo 2025, badanaa waxaa la bixiyaa ugu yaraan 12 bilood. Lacag lagama qaado. Markaad hesho, waxaad helaysaa daryeel caafimaad, waxaadna codsan kartaa ruqsad shaqo ama waxbarasho. Kuma qasbana inaad markhaati ka furto ka ganacsadaha. Adigu si toos ah ayaad ula xiriiri kartaa hay'adda socdaalka.
    .caveats = Sarkaal socdaal ayaa laga yaabaa inuu wareysi kula yeesho, isagaana go'aanka gaara. Ruqsadda waa la cusboonaysiin karaa, iyadoo ku xiran xaaladdaada.

# hb: source=f4a954a53a1f6107 status=machine
right_ca-2 = Loo-shaqeeyahaagu waa inuu kuu bixiyaa sidii lagu heshiiyay
    .body = Shaqaalaha ajnabiga ah ee ku-meel-gaarka ah waxay leeyihiin xuquuq la mid ah shaqaalaha kale ee Kanada. Loo-shaqeeyahaagu waa inuu kuu bixiyaa sida heshiiska shaqadaadu sheegayo, oo ay ku jiraan saacadaha dheeraadka ah haddii ay heshiiska ku qoran yihiin. Loo-shaqeeyahaagu ma qaadan karo baasaboorkaaga, ma keeni karo in lagu masaafuriyo, mana kugu qasbi karo inaad dib u bixiso khidmadaha shaqo-qorista. Mushaharka aan lagu siin, la xiriir xafiiska heerarka shaqada (employment standards) ee gobolkaaga ama dhulkaaga (province ama territory).
    .caveats = Xeerarku way ku kala duwan yihiin gobollada. Xadgudubka waxaad u sheegi kartaa khadka qarsoodiga ah ee warbixinnada ee Service Canada, 1-866-602-9448. Haddii lagu xadgudbo, waxaa laga yaabaa inaad heli karto ruqsad shaqo oo furan (open work permit) si aad shaqada u beddesho.

# hb: source=a0f09d7048ff59d7 status=machine
right_coe-1 = Ugu yaraan 30 maalmood oo aad ku bogsato oo aad go'aan ku gaarto
    .body = Dalalka ku biiray heshiiskan caalamiga ah waa inay qofka laga yaabo inuu dhibbane yahay siiyaan ugu yaraan 30 maalmood oo uu ku bogsado. Muddadu waa inay bilaabataa isla marka ay jiraan sababo wanaagsan oo lagu rumaysto inaad dhibbane tahay. Waa wakhti aad kaga fogaato ka ganacsatada, aad dareento badbaado yar, oo aad si xor ah u go'aansato inaad caawinayso booliska iyo xeer-ilaaliyayaasha iyo in kale.
    .caveats = Dal ayaa diidi kara muddadan sababo la xiriira nidaamka guud (public order), ama haddii uu u maleeyo in qof been ku sheegtay inuu dhibbane yahay.

# hb: source=ad272d82fc240c5c status=machine
right_coe-2 = Muddadan dalka lagaama saari karo
    .body = Inta lagu jiro muddada bogsashada iyo ka fiirsashada, amar lagaaga saarayo dalka lama fulin karo. Dalku waa inuu kuu oggolaadaa inaad joogto muddadan. Waa inaad sidoo kale heshaa caawimaadda aasaasiga ah ee heshiisku sheegay, sida meel ammaan ah oo lagu noolaado, daryeel caafimaad degdeg ah, turjubaanno iyo macluumaad ku saabsan xuquuqdaada.
    .caveats = Dal ayaa diidi kara muddadan sababo la xiriira nidaamka guud (public order), ama haddii uu u maleeyo in qof been ku sheegtay inuu dhibbane yahay.

# hb: source=955890835087e911 status=machine
right_coe-3 = Ruqsad deganaansho oo la cusboonaysiin karo
    .body = Dalalku waa inay dhibbanayaasha siiyaan ruqsad deganaansho oo la cusboonaysiin karo marka mas'uuliyiintu u arkaan inaad u baahan tahay inaad joogto. Tani waxay noqon kartaa xaaladdaada shakhsiyeed darteed, ama sababtoo ah waxaad caawinaysaa baaritaan ama dacwad maxkamadeed. Dal kasta wuxuu doortaa hal sabab ama labadaba. Helitaanka ruqsaddan waa inaysan kaa hor istaagin inaad magangelyo codsato.
    .caveats = Dalal badan, ruqsaddu waxay u tahay oo keliya dadka caawiya booliska. Qareen weydii waxa ka jira meesha aad joogto.

# hb: source=8763a756bede33aa status=machine
right_coe-4 = Dambiyo lagugu qasbay: marka hore qareen hel
    .body = Heshiisku wuxuu leeyahay dalalku waa inay suurtagal ka dhigaan in aan dhibbanayaasha lagu ciqaabin waxyaabo sharci-darro ah oo lagu qasbay inay sameeyaan. Tani waa suurtagal keliya. Ma ballanqaadayso in aan lagu eedayn ama lagu ciqaabin. Sida ay u shaqayso waxay ku xiran tahay sharciga dal kasta. Ka hor intaadan booliska ama mas'uuliyiinta kala hadlin dambi kasta oo lagugu qasbay, hel qareen.
    .caveats = Ha saxiixin, hana qirin wax ku saabsan dambiyadaas adigoon qareen haysan.

# hb: source=7a73c7efa8555bb8 status=machine
right_coe-5 = Caawimaad aad ku bogsato: waxa heshiisku ballanqaado
    .body = Dalalku waa inay dhibbanayaasha ka caawiyaan inay jir ahaan iyo maskax ahaan u bogsadaan. Ugu yaraan: meel ammaan ah oo ku habboon oo lagu noolaado, caawimaad lagu daboolo baahiyaha aasaasiga ah, daryeel caafimaad degdeg ah, turjubaanno marka loo baahdo, talo iyo macluumaad ku saabsan xuquuqdaada oo lagu siiyo luqad aad fahanto, caawimaad aad uga qayb qaadato dacwadaha maxkamadda, iyo dugsi carruurta. Caawimaaddan waa inaysan ku xirnaan inaad oggolaato inaad markhaati noqoto.
    .caveats = Inta caawimaad ah ee aad hesho waxay ku xiran tahay dal kasta.

# hb: source=ea896d937db53247 status=machine
right_coe-6 = Macluumaad, caawimaad sharci iyo magdhow
    .body = Laga bilaabo xiriirkaaga ugu horreeya ee mas'uuliyiinta, waa inaad heshaa macluumaad ku saabsan nidaamyada maxkamadda iyo kuwa rasmiga ah, oo ku qoran luqad aad fahanto. Dalalku waa inay dhibbanayaasha siiyaan xaq ay ku helaan caawimaad sharci iyo gargaar sharci oo bilaash ah, iyadoo la raacayo xeerarkooda. Waxaad xaq u leedahay inaad ka dalbato ka ganacsatada magdhow. Dalalku sidoo kale waa inay hubiyaan in dhibbanayaashu magdhow ku heli karaan si uun, tusaale ahaan sanduuq loogu talagalay dhibbanayaasha.
    .caveats = Dhab ahaan, dhibbanayaal yar ayaa lacag ka hela ka ganacsatada. Talo sharci raadso goor hore.

# hb: source=cffc6fce33f52539 status=machine
right_de-1 = Ugu yaraan 3 bilood oo aad go'aan ku gaarto (muddada ka fiirsashada)
    .body = Haddii mas'uuliyiintu arkaan calaamado muujinaya inaad tahay dhibbane ka ganacsiga dadka ama ka faa'iidaysi shaqo, oo ay kuu sheegaan inaad ka baxdo Jarmalka, waa inay ku siiyaan ugu yaraan 3 bilood ka hor intaadan bixin. Wakhtigani waa mid aad ku xasilloonaato oo aad ku go'aansato inaad la shaqaynayso booliska iyo in kale.
    .caveats = Caawimaad ka hel xarun la-talin oo ku takhasustay dhibbanayaasha ka ganacsiga dadka.

# hb: source=3a0d24e79df10b72 status=machine
right_de-2 = Ruqsad deganaansho haddii aad markhaati tahay
    .body = Haddii aad diyaar u tahay inaad markhaati ka noqoto dacwadda dambiyeed, waxaad heli kartaa ruqsad deganaansho. Xeer-ilaaliyaha ama maxkamaddu waa inay u arkaan joogitaankaaga mid faa'iido u leh kiiska, waana inaad jartay xiriirka eedaysanaha. Marka hore waxaa la bixiyaa hal sano, waxayna ku xiran tahay kiiska. Kiiska kadib waa in la kordhiyaa haddii ay jiraan sababo bini'aadannimo ama shakhsi ah. Shaqo waa laguu oggolaan karaa.
    .caveats = Ruqsaddani waxay ku xiran tahay caawimaaddaada dacwadda dambiyeed. Talo ka hel xarun la-talin oo takhasus leh ka hor intaadan go'aan gaarin.

# hb: source=d3185f814e1500fb status=machine
right_de-3 = Waxaad xaq u leedahay mushaharkaaga, xitaa waraaqo la'aan
    .body = Jarmalka, qof kasta oo shaqeeyay wuxuu xaq u leeyahay in la siiyo mushaharkiisa, xaaladdiisa deganaanshuhu wax kastoo ay tahay. Tani waa run xitaa haddii aan ruqsad shaqo la haysan. Xarumaha la-talinta ee ururrada shaqaalaha, oo inta badan loo yaqaan 'Faire Integration', waxay sidoo kale la taliyaan dadka aan haysan deganaansho sugan.
    .caveats = Haddii aad maxkamad tagto adigoon waraaqo haysan, waxaa laga yaabaa in maxkamadda lagu qasbo inay u sheegto xafiiska socdaalka. Talo raadso ka hor intaadan wax samayn.

# hb: source=60101cc99cb68cec status=machine
right_es-1 = Ruqsad deganaansho iyo shaqo oo loogu talagalay dhibbanayaasha ka ganacsiga dadka
    .body = Haddii lagu aqoonsado dhibbane ka ganacsiga dadka oo lagaa cafiyo ciqaabta joogitaanka Isbayn adigoon waraaqo haysan, waa in laguu sheegaa inaad codsan karto ruqsad deganaansho iyo shaqo sababo gaar ah darteed. Waxaad codsan kartaa sababtoo ah waxaad caawinaysaa baaritaanka, ama xaaladdaada shakhsiyeed darteed. Inta go'aanka la sugayo, ruqsad ku-meel-gaar ah ayaa kuu oggolaan karta inaad qabato shaqo kasta.
    .caveats = Carruurtaada ama waalidkaa ku jooga Isbayn waa lagu dari karaa. Koox taageero oo takhasus leh ama qareen ka codso inay kaa caawiyaan waraaqaha.

# hb: source=36ac7c231ec5499f status=machine
right_es-2 = Mushaharka aan lagu siin u sheeg Kormeerka Shaqada
    .body = Shaqaynta ruqsad la'aanta ah kaama qaaddo xaqaaga ah in lagu siiyo lacagta shaqadii aad qabatay. Mushaharka aan lagu siin waxaad u sheegi kartaa Labour and Social Security Inspectorate (Inspección de Trabajo, kormeerka shaqada). Cabasho rasmi ah waxay u baahan tahay magacaaga. Waxaa sidoo kale jira sanduuq online ah oo xadgudubka lagu soo sheego adigoon magacaaga bixin, laakiin Kormeerku wuxuu waajib ku yahay inuu baaro oo keliya cabashooyinka magac leh.
    .caveats = Haddii aadan waraaqo haysan, weydii urur shaqaale ama qareen ka hor intaadan soo sheegin.

# hb: source=af0f4747ae83f3b8 status=machine
right_eu-1 = Isbeddellada 2024: noocyo badan oo ka faa'iidaysi ah ayaa hadda ah ka ganacsi dad
    .body = Sharciga ugu weyn ee EU (Midowga Yurub) ee ka dhanka ah ka ganacsiga dadka waxaa la beddelay 2024. Guurka qasabka ah, korsashada sharci-darrada ah iyo ka faa'iidaysiga uur-qaadista beddelka ah (surrogacy: in haweeney loo isticmaalo inay ilmo u uurawdo dad kale) hadda waxaa loo tiriyaa ka ganacsi dad. Dalalka EU waa inay sharcigooda ugu tixgeliyaan dambiyo ka ganacsi dad ah.
    .caveats = Denmark kuma xirna sharcigan EU. Sharciga dal kasta ayaa go'aamiya faahfaahinta.

# hb: source=d86f6604ff080a70 status=machine
right_eu-10 = Mushaharka aan lagu siin haddii aad waraaqo la'aan ku shaqaysay
    .body = Haddii aad ka timid meel ka baxsan EU oo lagu shaqaaleysiiyay adigoo oggolaansho la'aan dalka ku jooga, sharciga EU wuxuu leeyahay loo-shaqeeyahaagu weli waa inuu ku siiyaa mushaharka aad ku leedahay. Waxaa loo qaataa inaad ku lahayd ugu yaraan mushaharka ugu yar, haddii aan si kale loo caddayn. Waad dalban kartaa xitaa kadib markaad baxday ama dalkaaga lagugu celiyay. Ka hor inta aan dalkaaga lagugu celin, waa in laguu sheegaa xaqan.
    .caveats = Sharcigan wuxuu sidoo kale ka hadlaa dib u celinta dadka. Talo ka hel qareen ama hay'ad taageero ka hor intaadan dalban.

# hb: source=4440181becdac516 status=machine
right_eu-2 = Isbeddellada 2024 hadda waa inay ku jiraan sharciga dalka
    .body = Isbeddellada 2024 waxay dhaqan galeen 14 Luulyo 2024. Dalalka EU waxay haysteen ilaa 15 Luulyo 2026 si ay ugu daraan sharcigooda. Taariikhdaasi way dhaaftay, sidaa darteed xeerarka cusub hadda waa inay ka dhaqan galaan dal kasta oo EU ah. Dalal qaarkood ayaa laga yaabaa inay daahaan. Haddii xaq aan la ixtiraamin, weydii qareen ama hay'ad taageero in dalkaagu beddelay sharcigiisa iyo in kale.
    .caveats = Denmark kuma xirna sharcigan EU.

# hb: source=711ea0e228aadead status=machine
right_eu-3 = In si ogaal ah loo isticmaalo adeegga dhibbane waa dambi
    .body = Isbeddellada 2024 kadib, qofka isticmaala adeegyada qof uu ogyahay inuu yahay dhibbane ka ganacsiga dadka wuxuu galayaa dambi. Dalalka EU waa inay sharcigooda ku ciqaabaan. Isbeddelladu waxay sidoo kale ujeeddo u leeyihiin in dhibbanayaasha la siiyo caawimaad iyo taageero ka wanaagsan.
    .caveats = Dambigani wuxuu ku saabsan yahay qofka isticmaala dhibbanaha, ma aha dhibbanaha.

# hb: source=5751912b1d86f768 status=machine
right_eu-4 = Dhibbanayaasha aan EU ahayn: wakhti aad ku bogsato oo go'aan ku gaarto
    .body = Haddii aadan ahayn muwaadin EU oo aad noqon karto dhibbane ka ganacsiga dadka, mas'uuliyiintu waa inay kuu sheegaan 'muddada ka fiirsashada' ('reflection period'). Waa wakhti aad ku bogsato, aad kaga fogaato ka ganacsatada, oo aad ku go'aansato inaad rabto inaad caawiso booliska iyo in kale. Muddadan waa inaan dalka lagaa saarin. Waa inaad heshaa taageero nololeed oo aasaasi ah, daryeel caafimaad degdeg ah, iyo caawimaad turjumaad. Dal kasta ayaa go'aamiya inta ay socoto.
    .caveats = Kuma jirto Denmark ama Ireland. Go'aan lagaaga saarayo dalka weli waa la gaari karaa muddadan, laakiin waa inaan la fulin. Muddada ka fiirsashada keligeed kuma siiso xaq aad dalka ku noolaato.

# hb: source=2cb65c4b49c086b0 status=machine
right_eu-5 = Dhibbanayaasha aan EU ahayn ee caawiya booliska waxay heli karaan ruqsad
    .body = Haddii aadan ahayn muwaadin EU, sharci EU ah ayaa kuu oggolaanaya inaad hesho ruqsad deganaansho ku-meel-gaar ah haddii aad la shaqayso booliska ama xeer-ilaaliyayaasha oo aad ka soo horjeeddo ka ganacsatada. Ruqsaddu waxay ku xiran tahay kiiska, waxayna socotaa muddo xaddidan. Dalal qaarkood waxay sidoo kale bixiyaan ruqsado sababo shakhsi ah darteed. Qareen weydii waxa dalkaagu bixiyo iyo waxa ruqsaddu kuu oggolaanayso.
    .caveats = Kuma jirto Denmark ama Ireland. Caawinta booliska khatar ayay yeelan kartaa. Talo raadso ka hor intaadan go'aan gaarin.

# hb: source=c6248c1016bfcd35 status=machine
right_eu-6 = Caawimaaddu kuma xirna inaad booliska caawiso
    .body = EU, waa inaad heshaa caawimaad iyo taageero xitaa haddii aadan rabin inaad la shaqayso booliska ama aad maxkamad aado. Caawimaaddu waa inay bilaabataa isla marka mas'uuliyiintu haystaan sabab wanaagsan oo ay ku qabaan inaad dhibbane noqon karto. Caawimaadda waxaa ka mid noqon kara meel ammaan ah oo lagu hoydo, caawimaad maaddi ah, daryeel caafimaad iyo mid nafsiyeed, talo iyo macluumaad, iyo turjubaanno.
    .caveats = Ruqsadda deganaanshuhu weli waxay ku xirnaan kartaa inaad booliska caawiso. Denmark kuma xirna sharcigan EU. Sharciga dal kasta ayaa go'aamiya faahfaahinta.

# hb: source=f2c2a455cd58d4f9 status=machine
right_eu-7 = Dambiyo lagugu qasbay inaad gasho
    .body = Sharciga EU wuxuu leeyahay mas'uuliyiintu waa inay awood u leeyihiin inaysan dacwayn ama ciqaabin dhibbanayaasha ka ganacsiga dadka dambiyo lagu qasbay inay galaan sababtoo ah waa laga ganacsaday. Tusaalooyin: isticmaalka waraaqo been abuur ah, ama jebinta xeerarka galmo-ka-ganacsiga (prostitution) ama socdaalka. Tani waa awood, ma aha ballan. Booliska ama xeer-ilaaliyaha ayaa go'aamiya.
    .caveats = Qareen hel ka hor intaadan booliska ama mas'uuliyiinta kala hadlin dambi kasta oo lagugu qasbay.

# hb: source=ec055b2262b04733 status=machine
right_eu-8 = Talo sharci iyo qareen, bilaash haddii aadan lacag bixin karin
    .body = EU, dhibbanayaasha ka ganacsiga dadka waa inay helaan talo sharci iyo qareen dib u dhac la'aan. Tan waxaa ku jira caawimaad lagu dalbado magdhow. Waa inay bilaash noqotaa haddii aadan haysan lacag ku filan. Booliska, maxkamadda ama hay'ad taageero ka codso inay kaa caawiyaan helitaanka qareen.
    .caveats = Dal kasta wuxuu dejiyaa xeerarkiisa caawimaadda sharci ee bilaashka ah.

# hb: source=1829bf9608240089 status=machine
right_eu-9 = Waxaad dalban kartaa magdhow
    .body = EU, dhibbanayaasha ka ganacsiga dadka waa inay awoodaan inay isticmaalaan barnaamijyada dowladda ee magdhowga siiya dhibbanayaasha dambiyada rabshadda. Dalal qaarkood waxay sidoo kale leeyihiin sanduuq gaar ah oo dhibbanayaasha loogu talagalay. Qareen ayaa kaa caawin kara dalbashada.
    .caveats = Dalabyadu wakhti dheer ayay qaadan karaan, dhibbanayaal badanna waxba ma helaan. Talo sharci raadso goor hore.

# hb: source=deb140bc1511a718 status=machine
right_fr-1 = 30 maalmood oo aad ka fiirsato, iyo xaq aad ku shaqayso
    .body = Haddii booliska ama gendarmerie-gu kaa dhageysteen adigoo ah dhibbane suurtagal ah oo ka ganacsiga dadka ama qawaadnimada (pimping), waa in laguu sheegaa muddo ka fiirsasho oo 30 maalmood ah. Inta ay socoto waxaad helaysaa rasiid (récépissé). Wuxuu joojinayaa in amar lagaaga saarayo dalka la sameeyo ama la fuliyo, wuxuuna kuu oggolaanayaa inaad shaqayso.

# hb: source=ae831cf36a91e836 status=machine
right_fr-2 = Kaarka deganaanshaha haddii aad cabasho gudbiso ama markhaati furto
    .body = Haddii aad cabasho ka gudbiso ka ganacsatada ama qawaadyada, ama aad markhaati ka furto dacwad dambiyeed oo ka dhan ah iyaga, waxaad helaysaa kaar deganaansho oo hal sano ah ('vie privée et familiale'). Waa la cusboonaysiiyaa inta dacwadda dambiyeed socoto. Haddii eedaysanaha ugu dambayn lagu xukumo, waxaad helaysaa kaar deganaansho oo 10 sano ah.
    .caveats = Laga bilaabo 2021, sharcigu wuxuu sidoo kale leeyahay waa inaad jartay xiriir kasta oo aad la lahayd dadkii kaa faa'iidaysanayay. Kaarku wuu joogsan karaa haddii shuruudaha aan la buuxin.

# hb: source=5897f59a7bd867b7 status=machine
right_fr-3 = Waraaqo la'aan, weli xaq baad u leedahay mushaharkaaga
    .body = Xitaa haddii aad shaqaysay adigoon waraaqo haysan ama adigoon la diiwaan gelin, xuquuqdaadu way kuu jiraan. Waxaad xaq u leedahay mushaharka wakhtigii aad shaqaysay. Haddii loo-shaqeeyuhu aanu si kale caddayn, sharcigu wuxuu tiriyaa ugu yaraan 3 bilood oo shaqo ah. Haddii shaqadu dhammaato, waxaad sidoo kale xaq u leedahay lacag hal mar la bixiyo oo le'eg mushaharka 3 bilood, ama ka badan haddii xeerar kale ka badan siinayaan. Waxaad aadi kartaa kormeerka shaqada ama maxkamadda shaqada (conseil de prud'hommes).
    .caveats = Marka hore talo ka hel urur shaqaale ama koox taageero, oo ay ku jirto waxa ay uga dhigan tahay waraaqahaaga.

# hb: source=742a9bad55598ce1 status=machine
right_gb-1 = Sida UK u aqoonsato dhibbanayaasha: NRM
    .body = National Referral Mechanism (NRM) waa nidaamka dowladda UK (Boqortooyada Ingiriiska) ee lagu aqoonsado dhibbanayaasha addoonsiga casriga ah, laguna hubiyo inay helaan taageero. Addoonsiga casriga ah waxaa ka mid ah ka ganacsiga dadka, addoonsiga, addoon-u-adeegidda (servitude) iyo shaqada qasabka ah. Waxaa jira laba go'aan. Marka hore go'aanka 'sababo macquul ah' ('reasonable grounds'). Kadib go'aanka kama dambaysta ah ee 'sababo go'an' ('conclusive grounds'). Haddii kan hore yahay 'haa', waxaa laguu arkaa dhibbane suurtagal ah. Haddii kan kama dambaysta ahi yahay 'haa', waxaad tahay dhibbane la xaqiijiyay.
    .caveats = Go'aan 'haa' ah keligiis kuuma oggolaanayo inaad joogto UK.

# hb: source=b46a7c266fee3937 status=machine
right_gb-10 = Lagu qasbay inaad dambi gasho: difaac (England iyo Wales)
    .body = England iyo Wales, qof weyn dambiile ma aha haddii uu dambiga sameeyay sababtoo ah waa lagu qasbay, qasabkaasi wuxuu ka yimid addoonsi ama ka ganacsi dad, oo qof caqli leh oo isla xaaladdaas ku jira uusan haysan lahayn doorasho dhab ah. Kuwa ka yar 18, waa ku filan tahay in falku si toos ah uga dhashay inay dhibbane ahaayeen, oo qof caqli leh uu sidaas oo kale samayn lahaa. Difaacu ma daboolo dambiyo badan oo culus, sida dil, afduub, dhac iyo dhaawac.
    .caveats = Difaaca waxaa lagu isticmaalaa maxkamadda. Qareenkaaga goor hore u sheeg in lagaa faa'iidaystay.

# hb: source=7f928162e3768830 status=machine
right_gb-11 = Ogolaansho ku-meel-gaar ah oo lagu joogo, oo loogu talagalay dhibbanayaasha la xaqiijiyay
    .body = Haddii aad hesho go'aan kama dambays ah oo 'haa' ah, oo aadan ahayn muwaadin Ingiriis oo aadan haysan ogolaansho aad ku joogto, Home Office (wasaaradda arrimaha gudaha) waa inay ku siisaa ogolaansho ku-meel-gaar ah oo aad ku joogto haddii ay u aragto in loo baahan yahay: si laguu caawiyo inaad ka bogsato dhibaatadii ka dhalatay ka faa'iidaysiga, si aad u dalbato magdhow, ama si aad u caawiso booliska ama dacwad maxkamadeed oo ku saabsan. Way diidi kartaa haddii ay u aragto inaad caawimaaddaas, ama magdhowga, ka heli karto dal kale.
    .caveats = 2024, Home Office waxay hakisay go'aannada qaar ee ku salaysan baahiyaha bogsashada. Qareen weydii waxa hadda jira. Ilaalintan waa lagaa qaadi karaa sababo nidaamka guud (public order) ama niyad xumo (bad faith) ah.

# hb: source=834d1ca3c940ca28 status=machine
right_gb-12 = Taageerada Scotland
    .body = Scotland, Scottish Government (dowladda Scotland) waa inay taageero u diyaarisaa dadka waaweyn marka ay jiraan sababo macquul ah oo lagu rumaysto inay yihiin dhibbanayaal ka ganacsiga dadka, addoonsiga ama shaqada qasabka ah. Taageeradu waxay ku salaysan tahay baahiyahaaga. Waa in la bixiyaa ilaa 90 maalmood, ama ilaa go'aanka kama dambaysta ah haddii uu hore u yimaado, wayna sii socon kartaa muddo ka dheer. Waxay dabooli kartaa meel lagu noolaado, nolol maalmeedka, daryeel caafimaad iyo mid nafsiyeed, turjubaanno, la-talin, talo sharci, macluumaad ku saabsan adeegyo kale, iyo caawimaad aad dalkaaga ugu noqoto.
    .caveats = Hay'ad taageero oo Scotland ku taal weydii waxa hadda kuu khuseeya.

# hb: source=d2a7f6b0c1e109aa status=machine
right_gb-13 = Dambiyo lagugu qasbay (Scotland)
    .body = Scotland, xeer-ilaaliyayaashu waa inay raacaan tilmaamaha Lord Advocate marka ay go'aaminayaan in la dacweeyo qof ah, ama u muuqda, dhibbane ka ganacsiga dadka ama shaqo qasab ah, oo loogu qasbay inuu dambi galo sababtaas darteed. Tilmaamuhu waxay si adag u door bidaan in aan la dacwayn kiisaskaas. Xeer-ilaaliyaha ayaa weli go'aamiya. Ma aha ilaalin si toos ah u dhacda.
    .caveats = Qareenkaaga sida ugu dhakhsaha badan u sheeg in lagaa faa'iidaystay.

# hb: source=5e544b939c15c176 status=machine
right_gb-14 = Taageerada Northern Ireland
    .body = Northern Ireland (Waqooyiga Ireland), Department of Justice (waaxda caddaaladda) waa inay hubiso in dadka waaweyni helaan caawimaad iyo taageero marka loo gudbiyo, ama la gudbinayo, go'aan ku saabsan inay noqon karaan dhibbanayaal ka ganacsiga dadka, addoonsiga ama shaqada qasabka ah. Waxay socotaa ilaa go'aannada la gaaro. Haddii lagu xaqiijiyo dhibbane 45 maalmood gudahood laga bilaabo go'aanka koowaad, waxay socotaa ugu yaraan ilaa 45-kaas maalmood dhammaadaan, ama ka badan. Waa inaysan ku xirnaan inaad markhaati noqoto, waxaana la bixiyaa oo keliya haddii aad oggolaato.
    .caveats = Taageeradu way sii socon kartaa sidoo kale kadib go'aan kama dambays ah oo 'haa' ah. Weydii hay'ad taageero.

# hb: source=9dbeb6fe39364bb3 status=machine
right_gb-15 = Lagu qasbay inaad dambi gasho: difaac (Northern Ireland)
    .body = Northern Ireland, qof weyn dambiile kuma aha dambiyada qaarkood haddii lagu qasbay inuu galo, qasabkaasi wuxuu ka yimid addoonsi ama ka ganacsi dad, oo qof caqli leh oo isla xaaladdaas ku jira uusan haysan lahayn doorasho dhab ah. Carruurta, waa ku filan tahay in falku si toos ah uga dhashay inay dhibbane ahaayeen. Difaacu kuma khuseeyo dambiyada ka culus.
    .caveats = Qareen hel ka hor intaadan booliska kala hadlin dambiyadan.

# hb: source=1653299ba28964fe status=machine
right_gb-16 = Xaqaaga mushaharka ugu yar
    .body = Shaqaalaha badankooda UK waa in la siiyaa ugu yaraan National Minimum Wage ama National Living Wage (mushaharka ugu yar ee qaranka). Heshiis qoran looma baahna. Bakhshiishka (tips) laguma xisaabiyo, lacagaha labbiska ama qalabka laga jaraana waa inaysan mushaharkaaga ka hoos dhigin. Haddii lagu siiyo wax ka yar, waxaad wici kartaa khadka caawimaadda qarsoodiga ah ee Acas, ama cabasho u gudbin kartaa HMRC (xafiiska canshuuraha). HMRC waxay loo-shaqeeyaha ku amri kartaa inuu ku siiyo lacagta aad ku leedahay. Waxaad sidoo kale aadi kartaa maxkamadda shaqada (employment tribunal).
    .caveats = Haddii aad UK ka shaqaysay adigoon haysan ogolaansho shaqo, xaqaaga mushaharkan waxaa laga yaabaa inuusan caddayn. Talo ka hel qareen ama hay'ad taageero ka hor intaadan cabasho gudbin.

# hb: source=3470229f72658a6a status=machine
right_gb-2 = Cidda ku gudbin karta, iyo oggolaanshahaaga
    .body = Adigu naftaada kuma gelin kartid NRM. Waxaa ku gudbin kara oo keliya shaqaalaha hay'ado gaar ah, oo loo yaqaan First Responders. Tusaalooyin: booliska, golayaasha deegaanka, hay'ado samafal qaarkood sida The Salvation Army, iyo qaybo ka mid ah Home Office. Haddii aad tahay 18 jir ama ka weyn, waxay marka hore u baahan yihiin oggolaanshahaaga. Waa inay kuu sharxaan waxa NRM yahay, caawimaadda aad heli karto iyo waxa dhici kara. Carruurta waa la gudbiyaa iyadoo aan oggolaanshahooda loo baahnayn.
    .caveats = Waxa aad sheegto waxaa laga yaabaa in lala wadaago booliska iyo hay'adaha kale ee dowladda. Su'aalo weydii ka hor intaadan oggolaan.

# hb: source=868969f1abed41c9 status=machine
right_gb-3 = Go'aanka koowaad: 'sababo macquul ah' ('reasonable grounds')
    .body = Kadib gudbinta, qof go'aan gaare ah oo Home Office ka tirsan ayaa go'aamiya in ay jiraan 'sababo macquul ah' oo lagu rumaysto inaad dhibbane tahay. Laga bilaabo Janaayo 2023, sheekadaada keligeed badanaa kuma filna. Waxay raadiyaan macluumaad kale oo taageeraya waxa aad sheegto. Sidaa darteed First Responder-kaaga sii faahfaahin inta ugu badan ee aad si ammaan ah u bixin karto. Ujeeddadu waa go'aan qiyaastii 5 maalmood oo shaqo gudahood ah, laakiin wuu ka dheeraan karaa.
    .caveats = Haddii jawaabtu tahay maya, si degdeg ah talo sharci u raadso.

# hb: source=38eb37fba903b6cf status=machine
right_gb-4 = Muddada bogsashada kadib go'aan koowaad oo 'haa' ah
    .body = Kadib go'aan 'sababo macquul ah' oo 'haa' ah, waxaad helaysaa muddo bogsasho. Dowladdu waxay leedahay waxay socotaa ugu yaraan 30 maalmood. Muddadan waa inaan UK lagaa saarin. England iyo Wales, sharcigu wuxuu leeyahay waa inaad heshaa taageerada aad u baahan tahay si aad uga bogsato dhibaatada. Ilaalintan waa lagaa qaadi karaa haddii lagaa reebo sababo nidaamka guud (public order) ama niyad xumo (bad faith) ah.
    .caveats = Bogag hore waxaa laga yaabaa inay yiraahdaan 45 maalmood. Taasi waxay ahayd xeerka ka hor Diseembar 2022.

# hb: source=a4495196d342141f status=machine
right_gb-5 = Taageerada kadib go'aan kama dambays ah oo 'haa' ah (England iyo Wales)
    .body = Haddii aad hesho go'aan 'sababo go'an' ('conclusive grounds') oo 'haa' ah adigoo ku jira taageero ay dowladdu bixiso, waxaa bilaabanaya muddo 'u gudbid' ('move-on'). Waxay socotaa ugu yaraan 45 maalmood. Qofka taageerada kuu haya ayaa kaa caawinaya qorshaynta tallaabooyinkaaga xiga. Waxaad codsan kartaa Recovery Needs Assessment (qiimaynta baahiyaha bogsashada). Home Office waxay u isticmaashaa inay go'aamiso inaad u baahan tahay taageero ka dheer 45 maalmood. Kuma qasbana inaad ka qayb qaadato, waxaadna dooran kartaa inaad taageerada ka baxdo goor hore.

# hb: source=6983e4c95fe6b5c9 status=machine
right_gb-6 = Taageerada ay dowladdu bixiso ee England iyo Wales
    .body = England iyo Wales, dowladdu waxay lacagta taageerada ku bixisaa Modern Slavery Victim Care Contract. The Salvation Army ayaa maamusha iyadoo la kaashanaysa hay'ado kale. Haddii aad u baahato, taageeradu waxay ka koobnaan kartaa meel ammaan ah oo lagu hoydo, lacag, daryeel caafimaad, la-talin, turjubaanno iyo talo sharci oo qarsoodi ah. Khadka gudbinta ee The Salvation Army waa 0800 808 3733, wuxuuna furan yahay 24 saacadood maalintii, 7 maalmood usbuucii.
    .caveats = Badanaa waa inaad oggolaato gudbin NRM si aad u hesho taageeradan.

# hb: source=64a456fe91aa6975 status=machine
right_gb-7 = Yaa go'aamiya: laba koox oo Home Office ka tirsan
    .body = Go'aannada NRM waxaa lagu gaaraa gudaha Home Office, waaxda dowladda ee sidoo kale maamusha xakamaynta socdaalka. Waxaa jira laba koox. Immigration Enforcement Competent Authority waxay go'aamisaa kiisaska dadka qaarkood ee laga saarayo dalka: dadka lagu hayo xarumaha xarigga socdaalka, ajaanibta dambiyada lagu xukumay ee la masaafurinayo, iyo dadka qaarkood oo codsigooda magangelyada aan la aqbalin. Single Competent Authority ayaa go'aamisa kiisaska kale.
    .caveats = Qaybo ka mid ah Home Office, sida Immigration Enforcement, Border Force iyo UK Visas and Immigration, waxay sidoo kale noqon karaan First Responders. Waa caadi inaad qof weydiiso cidda uu u shaqeeyo.

# hb: source=c4055856ffdd4ff6 status=machine
right_gb-8 = Hay'adaha dowladda waa inay soo sheegaan dhibbanayaasha suurtagalka ah
    .body = England iyo Wales, booliska, golayaasha deegaanka iyo hay'ado kale oo dowladeed waa inay u sheegaan Home Office marka ay haystaan sababo macquul ah oo lagu rumaysto in qof noqon karo dhibbane addoonsi ama ka ganacsi dad. Shaqaalaha Home Office sidoo kale sidaas ayay sameeyaan. Haddii aad tahay 18 jir ama ka weyn, warbixintu waa inaysan magacaaga sheegin ama ku darin faahfaahin lagugu garan karo, haddii aadan oggolaan mooyee. Waad diidi kartaa gudbinta NRM, weli waxaa lagu soo sheegi karaa adigoon magacaaga la sheegin.
    .caveats = Warbixin aan magacaaga lahayn weli waxaa loo gudbin karaa booliska.

# hb: source=8b5057f24c6fa833 status=machine
right_gb-9 = Lumitaanka ilaalinta: 'nidaamka guud' ('public order') iyo 'niyad xumo' ('bad faith')
    .body = Kadib go'aan koowaad oo 'haa' ah, Home Office waxay go'aansan kartaa inay ilaalinta qaar kaa qaaddo haddii ay ku qanacdo inaad khatar ku tahay nidaamka guud, ama inaad 'niyad xumo' ku sheegatay inaad dhibbane tahay. Dowladdu waxay leedahay tani waxay inta badan ku saabsan tahay dambiyo culus iyo amniga qaranka. Haddii tani dhacdo, waa lagaa saari karaa UK, mana jirto waajib ah in lagu siiyo ogolaansho aad ku joogto adigoo dhibbane ah ama taageero bogsasho. Caawimaad qaar oo kaa celinaysa inaad noqoto qof aan waxba haysan waxaa laga yaabaa inay weli suurtagal tahay.
    .caveats = Haddii aad leedahay diiwaan dambiyeed ama xukun, hel qareen sida ugu dhakhsaha badan.

# hb: source=657d6f397271d35f status=machine
right_hk-1 = Wakaaladaha shaqada waxay qaadan karaan ugu badnaan 10% mushaharkaaga bisha koowaad
    .body = Hong Kong, wakaalad shaqo oo ruqsad haysata waxay qaadan kartaa ugu badnaan 10% mushaharkaaga bisha koowaad, kadib oo keliya markaad shaqada hesho. Waa inaysan kaa qaadin khidmad ama kharash kale oo shaqo-helitaanka ah. Weydii rasiid. Lacag xad-dhaaf ah oo lagaa qaaday si degdeg ah ugu sheeg Employment Agencies Administration: dacwaddu waa inay bilaabataa 12 bilood gudahood.
    .caveats = Wakaaladaha waa inaysan hayn baasaboorkaaga, waana inaysan faragelin lacagtaada ama deymahaaga.

# hb: source=ea20c79941ac18f7 status=machine
right_hk-2 = Mushaharka aan lagu siin: caawimaad bilaash ah oo ka timaada Labour Department
    .body = Haddii loo-shaqeeyahaagu uusan ku siin mushaharka ama lacag kale oo aad xaq u leedahay sida heshiiskaaga ama Employment Ordinance (sharciga shaqada) ku xusan, tag xafiis Labour Relations Division oo ka tirsan Labour Department (waaxda shaqada). Waxay bixisaa dhexdhexaadin bilaash ah si adiga iyo loo-shaqeeyahaagu aad isku af-garataan. Haddii aydaan heshiin, dalabkaagu wuxuu u gudbi karaa Minor Employment Claims Adjudication Board ama Labour Tribunal, iyadoo ku xiran inta lacagtu tahay.
    .caveats = Shaqaalaha guryaha ee ajnabiga ah waxay Employment Ordinance ka helaan ilaalin la mid ah. Macluumaadka aad siiso Labour Department waxaa laga yaabaa in lala wadaago waaxyo kale, sida Booliska ama Socdaalka.

# hb: source=68b2b4359613d328 status=machine
right_ie-1 = 60 maalmood oo aad ku bogsato oo aad ka fiirsato (haddii aad ka timid meel ka baxsan EU)
    .body = Haddii aad ka timid meel ka baxsan EU/EEA oo aadan haysan ogolaansho aad ku joogto, sarkaal sare oo Garda (booliska) ah ayaa go'aamin kara in ay jiraan sababo macquul ah oo lagu rumaysto inaad tahay dhibbane ka ganacsiga dadka. Markaas waxaad heli kartaa ogolaansho 60 maalmood ah oo aad ku joogto, oo loo yaqaan muddada bogsashada iyo ka fiirsashada. Waxay ku siinaysaa wakhti aad ku bogsato, aad uga baxsato saamaynta ka ganacsatada, oo aad ku go'aansato inaad caawinayso Gardaí (booliska) iyo in kale.
    .caveats = Go'aanka waxaa gaara booliska. Nidaamka dib ayaa loo eegayay, sidaa darteed koox taageero weydii waxa hadda jira.

# hb: source=5f79718f97c20e04 status=machine
right_ie-2 = Deganaansho 6 bilood ah haddii aad caawiso Gardaí
    .body = Inta lagu jiro 60-ka maalmood ama kadib, waxaad heli kartaa ogolaansho deganaansho ku-meel-gaar ah haddii aad rabto inaad caawiso Gardaí (booliska) ama mas'uuliyiin kale baaritaanka ama dacwaynta. Waxay socotaa 6 bilood, waana la cusboonaysiin karaa.
    .caveats = Ogolaanshahan wuxuu ku xiran yahay caawinta booliska. Gargaarka sharciga iyo talada waxay ka mid yihiin adeegyada dhibbanayaasha: marka hore talo hel.

# hb: source=08b2c82b55fe3f43 status=machine
right_ie-3 = Mushaharka aan lagu siin ka dalbo Workplace Relations Commission
    .body = Haddii loo-shaqeeyahaagu uusan lacag ku siin, uu ku siiyay wax ka yar mushaharka ugu yar, ama uu lacag ka jaray mushaharkaaga, waxaad cabasho u gudbin kartaa Workplace Relations Commission (WRC). Waxaad sidoo kale cabasho gudbin kartaa kadib marka shaqadu dhammaato. Waxaad isticmaashaa foomka cabashada online ee WRC. Kadib kormeere WRC ah ama sarkaal go'aan gaare ah ayaa eega cabashadaada.
    .caveats = WRC ma bixiso talo sharci. Bogagga la hubiyay ma sheegayaan waxa dhaca haddii aad shaqaysay adigoon ruqsad haysan. Koox taageero weydii ka hor intaadan cabasho gudbin.

# hb: source=988d2bb99cf491ab status=machine
right_int-1 = Ka ganacsiga dadku wuxuu leeyahay saddex qaybood: fal, hab iyo ujeeddo
    .body = Sida uu qabo UN Trafficking Protocol (heshiiska Qaramada Midoobay ee ka ganacsiga dadka), ka ganacsiga dadku wuxuu leeyahay saddex qaybood. 1) Fal: in qof shaqo loo qoro, la raro, la wareejiyo, la qariyo ama la qaabilo. 2) Hab: hanjabaad, xoog ama cadaadis kale, afduub, khiyaano, been, ku takri-falka awoodda ama xaalad daciif ah, ama lacag la siiyo qofka maamula qofkaas. 3) Ujeeddo: in qofka laga faa'iidaysto.

# hb: source=07c8b1cfa55adab0 status=machine
right_int-2 = Waxa loo tiriyo ka faa'iidaysi
    .body = Ka faa'iidaysiga waxaa ka mid ah ugu yaraan: ka faa'iidaysiga galmo-ka-ganacsiga dadka kale (prostitution) ama ka faa'iidaysi galmo oo kale, shaqo ama adeeg qasab ah, addoonsi ama dhaqammo u eg addoonsi, addoon-u-adeegid (servitude), iyo ka saarista xubnaha jirka.

# hb: source=82a2026b45a128ca status=machine
right_int-3 = Inaad mar uun oggolaatay cudurdaar uma aha ka ganacsatada
    .body = Haddii mid ka mid ah hababkaas la isticmaalay, muhiim ma aha inaad mar uun oggolaatay. 'Haa'-daada looma isticmaali karo in ka ganacsatada cudurdaar loogu sameeyo.

# hb: source=fc5a25f6851e3aad status=machine
right_int-4 = Ka yar 18: waa ka ganacsi dad xitaa xoog ama been la'aan
    .body = Qof kasta oo ka yar 18 sano, in shaqo loo qoro, la raro, la qariyo ama la qaabilo si looga faa'iidaysto waa ka ganacsi dad, xitaa haddii aan la isticmaalin xoog, hanjabaad ama been.

# hb: source=549577351b3b9906 status=machine
right_int-ilo-1 = Sida ILO u qeexdo shaqada qasabka ah
    .body = ILO Forced Labour Convention No. 29 (1930) (heshiiska ILO ee shaqada qasabka ah) wuxuu leeyahay shaqada qasabka ahi waa shaqo ama adeeg kasta oo qof laga qaato iyadoo lagu hanjabayo ciqaab, oo qofkaasi uusan si xor ah isu bixin.
    .caveats = Heshiisku wuxuu taxayaa dhowr ka-reeban, sida adeegga milatariga iyo shaqo xabsi qaarkeed oo ay dowladdu kormeerto.

# hb: source=61727279765e7ed0 status=machine
right_int-ilo-2 = 11-ka calaamadood ee ILO ee shaqada qasabka ah
    .body = ILO waxay taxdaa 11 calaamadood oo shaqo qasab ah: ka faa'iidaysiga xaalad daciif ah; been laga sheego shaqada; in aadan xor u ahayn inaad dhaqaaqdo; in lagaa go'doomiyo dadka kale; rabshad jireed ama galmo; hanjabaad; in aqoonsigaaga ama baasaboorkaaga la hayo; in mushaharka lagaa hayo; addoonsi deyn (debt bondage); xaalad shaqo ama nolol oo aad u xun; saacado dheeraad ah oo aad u badan.

# hb: source=c4dfe15fbfc826a4 status=machine
right_int-ilo-3 = Hal calaamad ayaa mararka qaarkood ku filan
    .body = Mararka qaarkood hal calaamad oo keliya ayaa muujin karta shaqo qasab ah. Xaalado kale, dhowr calaamadood oo wada jira ayaa tilmaama.

# hb: source=a311122282b8acc9 status=machine
right_int-ilo-4 = Shaqaaluhu waa inaanay lacag ku bixin shaqo
    .body = ILO waxay leedahay shaqaalaha waa inaan laga qaadin wax khidmad ah ama kharash la xiriira shaqo-qorista, si toos ah ama si dadban, dhammaan ama qayb ahaanba. Tani waxay ka timaadaa qeexidda ILO ee khidmadaha shaqo-qorista (2018) iyo General Principles for Fair Recruitment (mabaadi'da guud ee shaqo-qoris cadaalad ah).
    .caveats = Tani waa tilmaamaha ILO. Ma aha sharciga dal kasta, dalal qaarkoodna weli waxay wakaaladaha u oggol yihiin inay qaataan khidmado qaar.

# hb: source=e4bc57bfc6def22c status=machine
right_int-ilo-5 = Baasaboorkaaga ama aqoonsigaaga oo la hayo: calaamad shaqo qasab ah
    .body = ILO waxay u tirisaa haysashada baasaboorka ama aqoonsiga shaqaalaha mid ka mid ah calaamadaha shaqada qasabka ah. In mushaharka la hakiyo iyo in shaqaale lagu xiro deyn sidoo kale waa calaamado.

# hb: source=af55fe97a7ece59f status=machine
right_int-ilo-6 = Dhibbanayaashu waa inay heli karaan xal, sida magdhow
    .body = ILO waxay ka codsataa dowladaha inay dhibbanayaasha shaqada qasabka ah u sahlaan helitaanka xal (remedies), sida magdhow. Dalalka ku biira Protocol-ka 2014 ee shaqada qasabka ah waa inay dhammaan dhibbanayaasha u sahlaan helitaanka xal, oo ay mas'uuliyiinta u oggolaadaan inaysan dacwayn dhibbanayaasha falal sharci-darro ah oo lagu qasbay inay sameeyaan.
    .caveats = Xeerarkani waxay waajib ku yihiin dowladaha, ma aha loo-shaqeeyayaasha. Protocol-ka waxaa ku xiran oo keliya dalalka ku biiray.

# hb: source=765865150a7b7df9 status=machine
right_it-1 = Ruqsad deganaansho gaar ah oo loogu talagalay dhibbanayaasha ka faa'iidaysi culus
    .body = Haddii booliska, xeer-ilaaliyayaasha ama adeegyada bulshada ee deegaanku ogaadaan in lagu sameeyay rabshad ama ka faa'iidaysi culus, oo aad khatar dhab ah ku jirto sababtoo ah waxaad isku dayday inaad ka baxsato kooxda dambiilayaasha ah ama caddayn ayaad bixisay, madaxa booliska (Questore) ayaa ku siin kara ruqsad deganaansho gaar ah. Waxay kuu oggolaanaysaa inaad ka fogaato rabshadda oo aad ku biirto barnaamij caawimaad iyo is-dhexgal bulsho.

# hb: source=3967d474919da7a5 status=machine
right_it-2 = Laba hab oo ruqsadda lagu helo, waadna shaqayn kartaa
    .body = Ruqsaddan waxaad ku heli kartaa laba hab: adigoo soo sheega ama markhaati ka fura dadkii kaa faa'iidaystay, ama adigoo mara 'waddo bulsheed' ('social path') oo ay soo jeediyaan adeegyada deegaanka ama kooxaha taageerada ee la aqoonsan yahay. Marka hore waxay socotaa 6 bilood ilaa 1 sano (ilaha way kala duwan yihiin), waana la cusboonaysiin karaa. Waad shaqayn kartaa tan iyo bilowga, hadhowna waxaad u beddeli kartaa ruqsad shaqo ama waxbarasho.
    .caveats = Xarunta booliska (Questura) ayaa gaarta go'aanka kama dambaysta ah. La xiriir mashruuc la dagaallama ka ganacsiga dadka si uu kuu caawiyo.

# hb: source=ad1159812a77df1a status=machine
right_it-3 = Ka codso Kormeerka Shaqada inuu faragaliyo
    .body = Haddii aan lagu siin mushaharkaaga, waxaad ka codsan kartaa Labour Inspectorate (Ispettorato Territoriale del Lavoro, kormeerka shaqada) ee gobolka aad ka shaqayso inuu tallaabo qaado. Isticmaal foomka codsiga INL 31, oo sidoo kale ku jira luqado kale, kuna dar waraaq kasta oo aad haysato iyo nuqul aqoonsigaaga ah. Kormeerku marka hore wuxuu kuu yeeri karaa adiga iyo loo-shaqeeyaha si la isku dayo heshiis. Haddii taasi suurtagal noqon weydo, wuu kormeeri karaa.
    .caveats = Bogagga la hubiyay ma sheegayaan waxa dhaca haddii aadan haysan ruqsad deganaansho. Marka hore weydii urur shaqaale ama koox taageero.

# hb: source=301c11c56e86e560 status=machine
right_jp-1 = Ogolaansho gaar ah oo lagu joogo oo loogu talagalay dhibbanayaasha
    .body = Haddii aad tahay dhibbane ka ganacsiga dadka oo dhaafay muddadii fiisada ama jebiyay xeerarka socdaalka, mas'uuliyiinta socdaalka Jabbaan waxay leeyihiin waxay u dhaqmaan si ay kuu ilaaliyaan. Waxay tixgeliyaan khatarta kugu imaan karta haddii aad dalkaaga ku noqoto, caafimaadkaaga, iyo caawimaaddaada dacwadda dambiyeed. Waxaa laga yaabaa inay ku siiyaan ogolaansho gaar ah oo aad ku joogto, waxayna isku dayaan inaysan ku xirin.
    .caveats = Warbixinno ayaa sheegaya in shaqaale ajnabi ah oo badan, oo ay ku jiraan tababarayaasha farsamada (technical interns), aan loo aqoonsan dhibbanayaal oo la masaafuriyay. Caawimaad weydii koox taageero ama qareen.

# hb: source=a88a639861c5cef4 status=machine
right_jp-2 = Mushaharka aan lagu siin u sheeg xafiiska kormeerka shaqada
    .body = Sharciyada shaqada ee Jabbaan waxay dhammaan shaqaalaha u ilaaliyaan si isku mid ah, dhalashadoodu wax kastoo ay tahay. Mushaharka waa in adiga si toos ah laguu siiyaa, oo dhan, ugu yaraan bishii mar maalin go'an. Haddii aan lagu siin, waxaad u sheegi kartaa Labour Standards Inspection Office ee deegaanka uu loo-shaqeeyahaagu joogo. Xafiisyada qaarkood waxay leeyihiin la-taliyayaal loogu talagalay shaqaalaha ajnabiga ah.
    .caveats = Khad taleefan oo bilaash ah oo fiidkii iyo dhammaadka usbuuca furan ayaa talo ku bixiya dhowr luqadood, laakiin tallaabo kama qaado loo-shaqeeyayaasha. Haddii loo-shaqeeyahaagu kacay (bankrupt), barnaamij dowladeed ayaa kaa caawin kara mushaharka aan lagu siin.

# hb: source=6b8697576971a695 status=machine
right_kw-1 = Loo-shaqeeyahaagu waa inuusan hayn baasaboorkaaga
    .body = Kuwait, loo-shaqeeyayaasha shirkadaha looma oggola inay hayaan baasaboorrada shaqaalahooda. Shaqaalaha guryaha, sharcigu wuxuu leeyahay loo-shaqeeyuhu waa inuusan hayn baasaboorkaaga ama aqoonsigaaga madaniga ah (civil ID) haddii aadan oggolaan mooyee. Uma baahnid inaad arrintan kala doodo loo-shaqeeyahaaga. Waxaad cabasho u gudbin kartaa Public Authority for Manpower (PAM).
    .caveats = Haddii aad hore u oggolaatay, loo-shaqeeyahaagu wuxuu odhan karaa waa la oggolaa. Weli waxaad PAM ka codsan kartaa caawimaad.

# hb: source=82651620bae197fb status=machine
right_kw-2 = Shaqaalaha guryaha: mushaharkaaga waa in la bixiyaa bil kasta
    .body = Loo-shaqeeyahaagu waa inuu bixiyaa mushaharka lagu heshiiyay dhammaadka bil kasta, laga bilaabo maalintii aad shaqada bilowday. Qayb ka mid ah lagama jari karo. Rasiidka lacag-wareejinta bangiga ama rasiidka lacag caddaan ah ayaa caddeeya in lagu siiyay. Mushaharka ugu yar ee sharciga ah ee shaqaalaha guryaha waa KWD 60 bishii, dalal qaarkoodna waxay shaqaalahooda u dalbadaan wax ka badan. Haddii aan lagu siin, waxaad cabasho u gudbin kartaa waaxda shaqaalaha guryaha ee PAM lambarka 24937600.
    .caveats = Hay rasiid kasta. Cabashooyinku wakhti dheer ayay qaadan karaan.

# hb: source=e25c85462b9f4df7 status=machine
right_kw-3 = Shaqaalaha shirkadaha: cabashooyinka mushaharka iyo u guurista shaqo kale
    .body = Haddii aad u shaqayso shirkad oo aan lagu siin mushaharkaaga, ama loo-shaqeeyahaagu kaa hor istaago inaad u guurto loo-shaqeeye cusub, waxaad cabasho u gudbin kartaa Labour Relations Department ee PAM. Waxay qabataa mushaharka aan la bixin, wareejinta, ogeysiisyada baxsashada ('absconding') iyo mamnuucidda safarka. Cabasho waxaad ka diiwaan gelin kartaa xafiisyadeeda ama website-ka PAM. Haddii aan halkaas lagu xallin, waxay u gudbaysaa maxkamadda.
    .caveats = Loo-shaqeeyahaaga waa loo yeerayaa si uu uga jawaabo cabashada.

# hb: source=206b2dba66e39887 status=machine
right_kw-4 = Warbixinnada baxsashada ('absconding') ee Kuwait
    .body = Haddii aad joojiso inaad shaqada aaddo, loo-shaqeeyahaagu wuxuu kuu soo sheegi karaa inaad maqan tahay. Shaqaalaha shirkadaha, warbixintu waxay martaa PAM; shaqaalaha guryaha, waxay u gudbaysaa Wasaaradda Arrimaha Gudaha. Warbixin baxsasho waxay keeni kartaa xarig, xabsi iyo in dalkaaga lagu celiyo. Haddii aad awoodo, cabasho u gudbi PAM ka hor intaadan bixin. Shaqaalaha dumarka ahi waxay aadi karaan hoyga gabbaadka ee PAM, oo hadda sidoo kale qaabila shaqaalaha lagu eedeeyay baxsasho, ama safaaraddooda.
    .caveats = 2024 ma jirin hoy gabbaad oo dowladeed oo ragga loogu talagalay.

# hb: source=5784a8274f2a5a7d status=machine
right_mx-1 = Xaaladda martida bini'aadannimo ee dhibbanayaasha dambiyada
    .body = Mexico, qof ajnabi ah oo ah dhibbane ama markhaati dambi lagu galay Mexico wuxuu heli karaa xaaladda 'marti sababo bini'aadannimo' ('visitor for humanitarian reasons'). Waxaad joogi kartaa ilaa nidaamka dambiyeed dhammaado, waad bixi kartaa oo soo noqon kartaa, waxaadna qaban kartaa shaqo mushahar leh. Hadhow waxaad codsan kartaa deganaansho joogto ah. Waxaa laguu tiriyaa dhibbane xitaa haddii dambiilaha aan weligii la helin, la maxkamadayn ama la xukumin.
    .caveats = Marka nidaamku dhammaado, waa inaad baxdo ama aad codsato xaalad kale. Qareen ama koox taageero ka codso inay kaa caawiyaan codsiga.

# hb: source=6387dd410673887c status=machine
right_mx-2 = Waraaqo la'aantu keligeed dambi ma aha
    .body = Sharciga Socdaalka ee Mexico (Migration Law) wuxuu leeyahay in xaalad socdaal oo aan sharci ahayn aysan weligeed, keligeed, ahayn dambi, iyo in waraaqo la'aanta aan loo qaadan inaad dambi gashay. Wuxuu sidoo kale leeyahay xuquuqda aadanaha ee soo-galootiga waa in la ixtiraamaa xaaladdoodu wax kastoo ay tahay, iyadoo si gaar ah loo daryeelayo dhibbanayaasha dambiyada.
    .caveats = Tani waxay ku saabsan tahay dambiyada oo keliya. Kuma siinayso ogolaansho aad ku joogto. Talo weydii.

# hb: source=738f5749db4c8578 status=machine
right_mx-3 = Caawimaad bilaash ah oo lagu dalbado mushaharka aan lagu siin
    .body = PROFEDET, xafiiska federaalka ee difaaca shaqaalaha, wuxuu bixiyaa talo bilaash ah, wuxuu ka caawiyaa in heshiis lala gaaro loo-shaqeeyayaasha, wuxuuna shaqaalaha u metali karaa maxkamadda, tusaale ahaan mushaharka aan la bixin. Ka hor dacwad maxkamadeed, Federal Labour Conciliation Centre (xarunta dhexdhexaadinta shaqada) ayaa isku daya in heshiis la gaaro. Tani waa bilaash, uma baahnid qareen, qofna kaama qaadi karo lacag tallaabooyinkan.
    .caveats = Shaqooyinka qaarkood waxaa qabta xafiis shaqo oo gobol (state) halkii laga qaban lahaa kan federaalka. Iska jir dadka lacag kaa weydiista si ay kuu 'caawiyaan'. Miisaaniyadda PROFEDET waa la dhimay, sidaa darteed way gaabin kartaa.

# hb: source=96add8eb5bb5e10b status=machine
right_my-1 = Amarka ilaalinta: hoy gabbaad ilaa 3 bilood
    .body = Malaysia, kadib marka sarkaal fulin ah (enforcement officer) iyo Protection Officer (sarkaalka ilaalinta) ay eegaan kiiskaaga, Magistrate (garsoore) ayaa go'aamin kara inaad tahay qof laga ganacsaday oo u baahan daryeel, oo uu sameeyo Protection Order (amar ilaalin). Kadib waxaa lagu dhigayaa hoy gabbaad (place of refuge) ilaa 3 bilood. Haddii aad tahay ajnabi, kadib waxaa lagu wareejinayaa sarkaal socdaal.
    .caveats = Sidaas ayuu sharcigu u qornaa nuqulkii la hubiyay, wuuna isbeddeli karaa. Qareen, safaaraddaada ama koox taageero weydii waxa hadda jira.

# hb: source=b23d264bd75c419f status=machine
right_my-2 = Mushaharka aan lagu siin ka dalbo Labour Department
    .body = Haddii aad loo-shaqeeyahaaga ku leedahay mushahar, waxaad cabasho u gudbin kartaa Labour Department (Jabatan Tenaga Kerja, waaxda shaqada). Sarkaal shaqo ayaa eega cabashada, wuxuuna loo-shaqeeyaha ku amri karaa inuu bixiyo. Dadku inta badan waxay tan ugu yeeraan 'Maxkamadda Shaqada' ('Labour Court'). Labada dhinacba waxay racfaan u qaadan karaan High Court (maxkamadda sare) 14 maalmood gudahood. Amarka waxaa lagu fulin karaa Sessions Court.
    .caveats = Waxaa jira xad mushahar bille ah oo lagu isticmaali karo adeeggan, ilahuna way ku kala duwan yihiin inta uu yahay. Loo-shaqeeyayaasha qaarkood waxay ku doodaan in shaqaalaha aan haysan ruqsad sax ah aysan waxba dalban karin; High Court mid ka mid ah ayaa kiis noocaas ah dib ugu celisay in la dhageysto. Marka hore talo hel.

# hb: source=314d66c19e008226 status=machine
right_nl-1 = Saddex bilood oo wakhti ka fiirsasho ah (bedenktijd)
    .body = Dhibbanayaasha ka ganacsiga dadka ee aan haysan deganaansho sharci ah waxay soo sheegi karaan dambiga, waxayna isticmaali karaan nidaamka deganaansho ee gaarka ah ee dhibbanayaasha ka ganacsiga dadka. Wuxuu bixiyaa 3 bilood oo wakhti ka fiirsasho ah (bedenktijd), oo aad inta lagu jiro joogi karto Netherlands (Holland).

# hb: source=b4b82ddd8e883c54 status=machine
right_nl-2 = Yaa isku dubarida daryeelka iyo hoyga dhibbanayaasha
    .body = CoMensha ayaa diiwaan gelisa dhibbanayaasha oo ka caawisa dhibbanayaasha waaweyn inay helaan daryeel iyo hoy; Jeugdzorg Nederland ayaa isku dubarida caawimaadda dhibbanayaasha ka yar 18.

# hb: source=8e8e3a490e48707e status=machine
right_nl-3 = Booliska ayaa kuu sharxa nidaamka ka hor intaadan go'aan gaarin
    .body = Ka hor intaadan go'aansan inaad warbixin (dacwad) gudbiso iyo in kale, baare boolis oo takhasus leh ayaa kuu sharxa nidaamka, wareysi macluumaad ah. Booliska ayaa dhibbanayaasha u diyaariya hoy ammaan ah xitaa haddii ay dalka ku jiraan ogolaansho la'aan.

# hb: source=2868b5eba01f0802 status=machine
right_nl-4 = Meesha laga soo sheego ka faa'iidaysiga shaqada
    .body = Ka faa'iidaysiga shaqada waxaa loo soo sheegi karaa Netherlands Labour Authority (0800 5151); warbixinnada aan magaca lahayn waxaa loo diri karaa Meld Misdaad Anoniem (0800 7000).

# hb: source=76c34908436613f8 status=machine
right_nl-5 = Mushahar yar oo lagu siiyay u sheeg Labour Authority
    .body = Netherlands, mushaharka ugu yar iyo lacagta fasaxa ugu yar waxay khuseeyaan shaqo kasta, sidoo kale shaqaalaha ajnabiga ah iyo loo-shaqeeyayaasha ajnabiga ah. Haddii lagu siiyo lacag aad u yar, waxaad u sheegi kartaa Netherlands Labour Authority (Nederlandse Arbeidsinspectie), xitaa adigoon magacaaga bixin. Waxay loo-shaqeeyaha ku ganaaxi kartaa. Mushahar aad u yar oo la bixiyo wuxuu noqon karaa calaamad ka faa'iidaysi shaqo.
    .caveats = Si aad u hesho lacagta aad xaqa u leedahay, waxaad sidoo kale aadi kartaa maxkamadda degmada (kantonrechter); dalbo 5 sano gudahood. Labour Authority waxay la shaqaysaa booliska ajaanibta (aliens police). Haddii aadan waraaqo haysan, marka hore talo hel.

# hb: source=d7858cd335110713 status=machine
right_om-1 = Beddelidda loo-shaqeeyaha gudaha Cumaan
    .body = Laga bilaabo Janaayo 2021, shaqaalaha Cumaan, oo ay ku jiraan shaqaalaha guryaha, waxay u guuri karaan loo-shaqeeye cusub marka heshiiskoodu dhammaado ama la joojiyo, iyagoon u baahnayn ogolaanshaha loo-shaqeeyahooda. Wasaaradda Shaqada waa inay ansixisaa heshiiska cusub.
    .caveats = Tani wax kuuma tarto haddii heshiiskaagu aanu dhammaan. Saraakiisha mararka qaarkood waxay shaqaalaha dib ugu celiyeen loo-shaqeeyahooda, ama u oggolaadeen loo-shaqeeyayaasha inay lacag dalbadaan si ay u sii daayaan. Isku day inaad caawimaad ka hesho safaaraddaada ka hor intaadan bixin.

# hb: source=d3b8fc3dede87912 status=machine
right_om-2 = Loo-shaqeeyahaagu waa inuusan hayn baasaboorkaaga
    .body = Sharciga shaqada ee Cumaan ee 2023 wuxuu leeyahay loo-shaqeeyayaashu waa inaysan hayn baasaboorka ama waraaqaha shakhsiga ah ee shaqaalaha iyagoon haysan oggolaansho qoran oo shaqaalaha ka yimid.
    .caveats = Ciqaabta haysashada baasaboorrada way daciif ahayd, loo-shaqeeyayaasha qaarkoodna weli sidaas ayay sameeyaan.

# hb: source=496a384ec6f40426 status=machine
right_om-3 = Mushaharka aan la bixin ee Cumaan
    .body = Sida sharciga shaqada ee 2023 dhigayo, waxaad joojin kartaa heshiiskaaga haddii loo-shaqeeyahaagu uusan ku siin mushaharkaaga. Haddii aad maxkamad u tagto si aad u hesho lacagta aad xaqa u leedahay, waxaad xaq u leedahay inaad joogto Cumaan ilaa kiiska la go'aamiyo, laakiin adigaa bixinaya kharashka noloshaada. Cabashooyinka waxaa loo gudbiyaa Wasaaradda Shaqada, inta badan website-keeda.
    .caveats = Saraakiisha inta badan waxay kiisaskan u arkaan khilaaf heshiis. Hay caddaynta heshiiskaaga iyo lacagta lagu siiyay.

# hb: source=ceeaaa0db18984e6 status=machine
right_ph-1 = Ka ganacsiga dadku wuu dhici karaa oggolaanshahaaga ama la'aantiis
    .body = Sharciga Filibiin wuxuu leeyahay ka ganacsiga dadku wuu dhici karaa iyadoo dhibbanuhu oggol yahay ama aanu oggolayn, ogyahay ama aanu ogayn, gudaha dalka ama xuduudaha ka gudba. Wuxuu daboolaa qoridda, rarista, qarinta ama qaabilidda dadka iyadoo la adeegsanayo hanjabaad, xoog, khiyaano, been ama ka faa'iidaysiga xaaladdooda daciifka ah, si looga faa'iidaysto.

# hb: source=7edc6dab6efc0bbe status=machine
right_ph-2 = Shaqaalaha dibadda: mushaharka aan lagu siin ka dalbo NLRC
    .body = Haddii laguu diray dibadda si aad uga shaqayso adigoo ah shaqaale Filibiin ah oo aan lagu siin mushaharkaaga, waxaad dacwad lacageed u gudbin kartaa Labor Arbiter ka tirsan National Labor Relations Commission (NLRC) oo ku taal Filibiin. Wakaaladda shaqo-qorista ee Filibiin ee ku dirtay waxay mas'uul ka tahay iyada iyo loo-shaqeeyaha ajnabiga ahba, sidaa darteed lacagta waxaad ka dalban kartaa wakaaladda. Kiiska waa in la go'aamiyaa 90 maalmood gudahood laga bilaabo marka la gudbiyo.
    .caveats = Hay heshiiskaaga, rasiidhada iyo caddayn kasta oo shaqo iyo mushahar ah. Dhab ahaan, dalabyadu wakhti dheer ayay qaadan karaan, lacagna way ku kici karaan.

# hb: source=983e8b713f1b53bb status=machine
right_qa-1 = Loo-shaqeeyahaagu waa inuusan hayn baasaboorkaaga
    .body = Qatar, loo-shaqeeyahaagu waa inuu kuu celiyaa baasaboorkaaga marka waraaqaha deganaanshahaaga la dhammeeyo. In la hayo intaas kadib waa sharci-darro, loo-shaqeeyahana waa la ganaaxi karaa. Uma baahnid inaad arrintan kala doodo loo-shaqeeyahaaga. Waxaad caawimaad ka codsan kartaa Wasaaradda Shaqada lambarka 16008.
    .caveats = Sharcigu wuxuu loo-shaqeeyaha u oggolaanayaa inuu hayo baasaboor oo keliya haddii aad si qoraal ah u oggolaatay. Talo hel ka hor intaadan shaqada ka tegin, si aan deganaanshahaagu khatar u gelin.

# hb: source=0bf1b48d7059d29b status=machine
right_qa-2 = Loo-shaqeeyayaasha haya baasaboorrada waa la ganaaxi karaa
    .body = Loo-shaqeeye aan shaqaalaha u celin baasaboorkiisa kadib marka waraaqaha deganaanshaha la dhammeeyo waxaa lagu ganaaxi karaa ilaa QR 25,000.

# hb: source=a66a0a435e940e43 status=machine
right_qa-3 = Baasaboor la hayo wuxuu noqon karaa calaamad shaqo qasab ah
    .body = In baasaboorkaaga la hayo, in aan lagu siin mushaharkaaga iyo in aan lagu oggolaan inaad baxdo waa calaamado shaqo qasab ah ama ka ganacsi dad. Waxaad caawimaad weydiisan kartaa xitaa haddii aadan hubin inay tahay ka ganacsi dad.
    .caveats = Saraakiisha inta badan waxay kiisaskan u arkaan khilaaf shaqo oo fudud, ma aha dambiyo.

# hb: source=fa13083b39ecd02f status=machine
right_qa-4 = Meesha laga soo sheego dhibaatooyinka shaqada
    .body = Waxaad cabasho u gudbin kartaa Wasaaradda Shaqada adigoo taleefan ku wacaya 16008. Waxaad sidoo kale fariin qoraal ah u diri kartaa 92727: qor 5, kadibna lambarka aqoonsigaaga Qatar (Qatar ID) ama lambarka fiisadaada. Shaqaalaha guryaha sidoo kale cabasho way gudbin karaan. Waxaa kale oo jira barxad online ah oo cabashooyinka loogu talagalay, sharci-jebinta waxaa lagu soo sheegi karaa adigoon magacaaga bixin.
    .caveats = Cabasho ku saabsan loo-shaqeeyahaaga way gaari doontaa loo-shaqeeyahaaga.

# hb: source=a81c6b05d2f47c1b status=machine
right_qa-5 = Waxaad beddeli kartaa shaqada adigoon ogolaansho ka helin loo-shaqeeyahaaga
    .body = Laga bilaabo 2020, dhammaan shaqaalaha Qatar, oo ay ku jiraan shaqaalaha guryaha, waxay beddeli karaan shaqada iyagoon haysan warqad 'diidmo la'aan' ('no objection', NOC) oo ka timid loo-shaqeeyahooda, xitaa ka hor inta heshiisku dhammaan. Waxaa jira tallaabooyin rasmi ah oo la raaco. Wasaaradda Shaqada wax ka weydii ka hor intaadan shaqada joojin.
    .caveats = Loo-shaqeeyayaasha qaarkood waxay beddelka shaqada uga jawaabeen warbixin baxsasho oo been ah. Hay caddayn muujinaysa inaad codsatay inaad u guurto.

# hb: source=41bd4556f699f30e status=machine
right_qa-6 = Shaqaalaha badankoodu waxay ka bixi karaan Qatar ruqsad bixitaan la'aan
    .body = Laga bilaabo Janaayo 2020, ku dhawaad dhammaan shaqaalaha Qatar, oo ay ku jiraan shaqaalaha guryaha, waxay ka bixi karaan dalka iyagoon ogolaansho weydiisan loo-shaqeeyahooda. Shaqooyin yar oo keliya ayaa weli u baahan ruqsad bixitaan (exit permit), sida ciidamada qalabka sida iyo jagooyin muhiim ah oo shirkadaha ka mid ah.

# hb: source=7259917d75e66750 status=machine
right_qa-7 = Mushaharka ugu yar iyo sida loo bixiyo
    .body = Shaqaale kasta oo Qatar jooga, oo ay ku jiraan shaqaalaha guryaha, waa inuu helaa ugu yaraan QR 1,000 bishii oo mushahar aasaasi ah. Haddii loo-shaqeeyahaagu uusan ku siin cunto iyo hoy, waa inaad sidoo kale heshaa ugu yaraan QR 300 cunto ahaan iyo QR 500 hoy ahaan. Shirkaduhu waa inay mushaharka ku bixiyaan nidaamka rasmiga ah ee mushaharka, oo ay xisaabtaada ku shubaan. Haddii aan lagu siin, waxaad cabasho u gudbin kartaa Wasaaradda Shaqada lambarka 16008.
    .caveats = Hay caddaynta lacagta lagu siiyo, sida fariimaha bangiga ama warqadaha mushaharka.

# hb: source=f417e0f2e90bbdca status=machine
right_qa-8 = Haddii loo-shaqeeyahaagu kuu soo sheego 'baxsad' ('absconding')
    .body = Saraakiisha Qatar waxay leeyihiin ma jiro dambi la yiraahdo 'baxsasho' ('absconding'). Hase yeeshee, loo-shaqeeyayaasha qaarkood waxay warbixinno baxsasho oo been ah ka gudbiyaan shaqaalaha cabasha ama isku daya inay shaqada beddelaan. Haddii aad awoodo, cabasho u gudbi Wasaaradda Shaqada ka hor intaadan bixin, oo hay caddayn. Haddii loo-shaqeeyahaagu warbixin been ah kaa isticmaalo, waxaad aadi kartaa Human Rights Department (waaxda xuquuqda aadanaha) ee Wasaaradda Arrimaha Gudaha.
    .caveats = Shaqaale ka cararay loo-shaqeeyahooda ayaa la xiray oo la masaafuriyay. Haddii aad awoodo, la hadal khad caawimaad ama safaaraddaada ka hor intaadan bixin ama booliska aadin.

# hb: source=9c894d314da810ca status=machine
right_ro-1 = Ilaa 90 maalmood oo aad ku bogsato oo aad ka fiirsato (ajaanibta)
    .body = Haddii ay jiraan sababo culus oo lagu qabo in adiga, oo ajnabi ah, aad tahay dhibbane ka ganacsiga dadka, waxaad helaysaa muddo bogsasho iyo ka fiirsasho oo gaarta ilaa 90 maalmood. Waa wakhti aad ku bogsato oo aad uga baxsato saamaynta ka ganacsatada.

# hb: source=b32e45bf321e0e1d status=machine
right_ro-2 = Waxaad tahay dhibbane xitaa haddii aadan ku jirin dacwadda maxkamadda
    .body = Sida sharciga Romania dhigayo, dhibbane ka ganacsiga dadka waa qofka dambiga loo geystay, haddii uu ka qayb qaato dacwadda dambiyeed isagoo ah dhinaca la dhibaateeyay iyo haddii kaleba. Dhibbanayaashu waxay helaan daryeel caafimaad iyadoo la raacayo xeerarka caymiska caafimaadka dadweynaha.

# hb: source=6a1b94f497b24d8b status=machine
right_ro-3 = Mushaharka aan lagu siin ka cabo Kormeerka Shaqada (ITM)
    .body = Haddii loo-shaqeeyahaagu uusan ku siin mushaharkaaga, ama uu ku siiyo wax ka yar mushaharka ugu yar, waxaad cabasho u gudbin kartaa Territorial Labour Inspectorate (ITM) ee meesha uu loo-shaqeeyuhu fadhiyo. Cabashada waxaad ku diri kartaa boosto ama iimayl, ama isticmaal foomka codsiga online ee Labour Inspection. ITM waxay hubin kartaa loo-shaqeeyaha oo ganaaxi kartaa. Waxaad sidoo kale aadi kartaa maxkamadda.
    .caveats = ITM badanaa waxay ka jawaabtaa 30 maalmood gudahood, mararka qaarkood 15 maalmood oo dheeraad ah. Talo ka hel koox taageero haddii aadan haysan heshiis.

# hb: source=eee9f256ac47c438 status=machine
right_sa-1 = Beddelidda shaqada iyo ka bixitaanka Sacuudiga
    .body = Laga bilaabo Maarso 2021, shaqaalaha qaybta gaarka ah badankood waxay u guuri karaan loo-shaqeeye cusub marka heshiiskoodu dhammaado, iyagoon ogolaansho ka helin loo-shaqeeyahooda. Waxay sidoo kale iyagu codsan karaan fiisada bixitaanka iyo dib u soo gelitaanka (exit and re-entry), ama fiisada bixitaanka kama dambaysta ah (final exit), iyagoo isticmaalaya Absher ama Qiwa. Loo-shaqeeyaha waa loo sheegaa, wuxuuna haystaa 10 maalmood oo uu ku jawaabo; haddii uusan jawaabin, fiisada waa la bixiyaa.
    .caveats = Tani kuma jirto shaqaalaha guryaha, darawallada gaarka ah, ilaalada guryaha, xoolo-jirta, kuwa ka shaqeeya beerta guriga (gardeners) ama shaqaalaha beeraha.

# hb: source=c00058869fab905f status=machine
right_sa-2 = Shaqaalaha guryaha: goorta aad u guuri karto loo-shaqeeye kale
    .body = Shaqaalaha guryaha kuma jiraan isbeddellada 2021, weli waxay u baahan yihiin ogolaanshaha loo-shaqeeyahooda si ay u helaan fiisada bixitaanka. Laakiin shaqaale guri wuxuu u guuri karaa loo-shaqeeye kale iyadoon ogeysiis (notice) laga helin loo-shaqeeyaha, xaaladaha qaarkood: haddii mushaharku daaho, haddii loo-shaqeeyuhu shaqaalaha u kireeyo dad kale, ama haddii shaqaalaha la siiyo hawlo khatar gelinaya caafimaadkiisa ama badbaadadiisa.
    .caveats = Wasaaradda shaqada ama safaaraddaada weydii sida tan loo sameeyo ka hor intaadan guriga ka bixin.

# hb: source=34cc3823b02ac2bf status=machine
right_sa-3 = Shaqaalaha guryaha ayaa haysta baasaboorkooda
    .body = Xeerarka Sacuudiga ee shaqaalaha guryaha waxay leeyihiin waxaad xaq u leedahay inaad haysato baasaboorkaaga iyo kaarka deganaanshaha (iqama). Loo-shaqeeyahaagu waa inuusan kaa qaadan. Loo-shaqeeyahaagu sidoo kale waa inuusan lacag kaaga qaadin shaqo-qorista, ruqsadda shaqada ama iqama-da.

# hb: source=5c704a02a69591e0 status=machine
right_sa-4 = Mushaharkaaga iyo sida loo dalbado
    .body = Shaqaalaha guryaha waa in la siiyaa mushaharkooda oo dhan, wakhtigiisa, sida heshiiska caadiga ah (standard contract) sheegayo, hadda waxay ku jiraan nidaamka ilaalinta mushaharka. Shaqaale kasta oo aan la siin mushaharkiisa wuxuu dacwad u gudbin karaa wasaaradda shaqada. Wasaaraddu marka hore waxay isku daydaa inay kula xalliso loo-shaqeeyaha; haddii taasi suurtagal noqon weydo, kiisku wuxuu u gudbaa maxkamadda shaqada. Waxaad sidoo kale wici kartaa wasaaradda lambarka 19911.
    .caveats = Xeerarka mushaharka had iyo jeer lama fuliyo. Hay heshiiskaaga iyo caddaynta lacag-bixin kasta.

# hb: source=fb38e0d982e86102 status=machine
right_sa-5 = Haddii loo-shaqeeyahaagu kuu soo sheego 'ka maqan shaqada' (huroob)
    .body = Loo-shaqeeye wuxuu shaqaale qaybta gaarka ah u soo sheegi karaa 'ka maqan shaqada' (huroob) kadib in ka badan 15 maalmood oo isku xiga oo aan cudurdaar sax ah lahayn. Waxaad helaysaa fariin qoraal ah. Kadib waxaad haysataa 60 maalmood oo aad ugu guurto loo-shaqeeye cusub ama aad ku qaadato fiisada bixitaanka kama dambaysta ah. Haddii aan waxba la samayn 60 maalmood gudahood, waxaad ku sii jiraysaa liiska maqnaanshaha, waxaana lagu ciqaabi karaa sida sharciyada deganaanshaha iyo shaqada dhigayaan. Loo-shaqeeyayaashu hadda ma gudbin karaan eedeymo baxsasho oo ka dhan ah shaqaalaha guryaha.
    .caveats = Warbixinta waa laga doodi karaa, loo-shaqeeyuhuna ma aha inuu gudbiyo mid kadib markaad dacwad ka gudbisay. Si degdeg ah caawimaad uga hel safaaraddaada ama qareen.

# hb: source=00e436941cd05725 status=machine
right_sg-1 = Hoy gabbaad, Special Pass iyo caawimaad shaqo-helitaan
    .body = Singapore, dhibbanayaasha ka ganacsiga dadka ee sugaya kiiskooda waxay helaan hoy gabbaad, cunto iyo la-talin. Waxay heli karaan Special Pass (ogolaansho gaar ah) si ay u joogaan inta kiiska la qabanayo. Haddii aad diyaar u tahay oo aad awoodo inaad shaqayso, dowladdu waxay kaa caawin kartaa inaad hesho shaqo ku-meel-gaar ah.

# hb: source=c92aadeaf1f527ef status=machine
right_sg-2 = Badanaa lagama dacweeyo falal lagugu qasbay
    .body = Wasaaradaha Home Affairs iyo Manpower ee Singapore waxay leeyihiin ma dacweeyaan dhibbanayaasha ka ganacsiga dadka falal lagu qasbay inay galaan, oo si toos ah uga dhashay in laga ganacsaday, haddii aysan jirin sababo culus mooyee. Sharciga ka ganacsiga dadka sidoo kale wuxuu ilaaliyaa aqoonsiga dadka soo sheega ka ganacsiga dadka.
    .caveats = Tani waa siyaasad, ma aha ballan kiis kasta. Warbixinno ayaa sheegaya in dhibbanayaal qaar aan la aqoonsan oo la ciqaabay ama la masaafuriyay. Caawimaad ka hel qareen ama koox taageero.

# hb: source=12f5901ecfe4647b status=machine
right_sg-3 = Dalabyada mushaharka: marka hore dhexdhexaadin, kadib maxkamad
    .body = In aan mushaharka la bixin waa dambi Singapore. Si aad u dalbato mushaharka aan lagu siin, marka hore waxaad dhexdhexaadin ka codsataa Tripartite Alliance for Dispute Management (TADM). Haddii aan heshiis la gaarin, dalabku wuxuu u gudbi karaa Employment Claims Tribunals. Dalbo 1 sano gudaheed haddii aad weli halkaas ka shaqayso, ama 6 bilood gudahood kadib marka shaqadu dhammaato.
    .caveats = Shaqaalaha guryaha ma isticmaali karaan dhexdhexaadinta TADM; waxay aadaan Ministry of Manpower (MOM). Loo-shaqeeyahaagu wuxuu baajin karaa ruqsaddaada shaqada kadib markaad dalbato; MOM badanaa waxay bixisaa Special Pass si aad u joogto inta dalabku socdo.

# hb: source=afd18186f259e66d status=machine
right_th-1 = Caawimaad dhibbanayaasha, iyo xaqa aad ku dalban karto magdhow
    .body = Thailand, Ministry of Social Development and Human Security (wasaaradda horumarinta bulshada iyo amniga aadanaha) waxay dhibbanayaasha ka ganacsiga dadka siin kartaa cunto, hoy, daryeel caafimaad, caawimaad ay jir ahaan iyo maskax ahaan ugu bogsadaan, waxbarasho, tababar, gargaar sharci, caawimaad ay dalkooda ugu noqdaan, iyo caawimaad ay ku dalbadaan magdhow. Booliska ama xeer-ilaaliyaha waa inay goor hore kuu sheegaan xaqaaga magdhowga iyo gargaarka sharciga.

# hb: source=83efcb9772892419 status=machine
right_th-2 = Xeer-ilaaliyaha ayaa kuu dalban kara magdhow, bilaash
    .body = Haddii aad rabto magdhow, xeer-ilaaliyaha dadweynaha ayaa kuu dalban kara iyadoo qayb ka ah dacwadda dambiyeed ee ka dhanka ah ka ganacsadaha. Dalabkan kuma bixinaysid kharash maxkamadeed. Haddii maxkamaddu amarto in lacag la bixiyo, xafiis dowladeed ayaa waajib ku ah inuu kuu fuliyo.

# hb: source=764bab2d2ab2ae7b status=machine
right_th-3 = Ka cabo mushaharka aan lagu siin: khadka 1546
    .body = Xafiiska shaqada ee Thailand wuxuu leeyahay wuxuu si siman u ilaaliyaa shaqaalaha Thai-ga ah iyo kuwa ajnabiga ah. Haddii aan lagu siin mushaharka ama lacagta saacadaha dheeraadka ah, waxaad cabasho ka gudbin kartaa xafiiska Labour Protection and Welfare ee gobolkaaga ama Bangkok, ama wac khadka 1546. Kormeerayaasha shaqada waxay loo-shaqeeyaha ku amri karaan inuu bixiyo. Cabasho u gudbinta kormeere waa bilaash.
    .caveats = Haddii aad Thailand ku jirto adigoon waraaqo haysan, marka hore weydii koox taageero.

# hb: source=0f8bdb0e7ae37660 status=machine
right_tw-1 = Ruqsad deganaansho iyo shaqo oo loogu talagalay dhibbanayaasha la aqoonsaday
    .body = Taiwan, haddii laguu aqoonsado dhibbane ka ganacsiga dadka, waxaad codsan kartaa ruqsad deganaansho oo shaqaynaysa hal sano. Waa la kordhin karaa, hal sano mar kasta, baaritaanka ama maxkamadaynta darteed. Markaad haysato waxaad codsan kartaa ruqsad shaqo, adigoon lagu xaddidin xeerarka caadiga ah ee shaqaalaha ajnabiga ah, inta ruqsaddaada deganaanshuhu socoto.

# hb: source=7a8f82c5cd1a50b2 status=machine
right_tw-2 = Waxa loo tiriyo ka ganacsi dad gudaha Taiwan
    .body = Sharciga Taiwan wuxuu ka ganacsi dad u tiriyaa: in la adeegsado hanjabaad, khiyaano, addoonsi deyn, haysashada dukumentiyo muhiim ah, ama ka faa'iidaysiga qof aan gargaar lahayn, si looga faa'iidaysto. Ka faa'iidaysiga waxaa ka mid ah shaqo qasab ah iyo shaqo mushaharkeedu si cad aad ugu yar yahay shaqada. Haddii aad ka yar tahay 18, waa ka ganacsi dad xitaa hababkan la'aantood.

# hb: source=611281efb5d69f09 status=machine
right_tw-3 = Wac 1955 mushaharka aan lagu siin
    .body = Khadka 1955 ee Ministry of Labor (wasaaradda shaqada) wuxuu qaataa su'aalaha iyo cabashooyinka shaqaalaha soo-galootiga ah ee ku saabsan heshiisyada, mushaharka, saacadaha shaqada, dhaawacyada iyo dillaaliinta (brokers). Waa bilaash, wuxuuna furan yahay 24 saacadood maalintii, maalin kasta. Wuxuu ku hadlaa Shiinays, Ingiriis, Indonesian, Fiyatnaamiis iyo Thai, wuxuuna turjumaan ka noqon karaa adiga iyo loo-shaqeeyahaaga.
    .caveats = Cabashooyinka waxaa loo gudbin karaa waaxda shaqada ee deegaanka ama booliska.

# hb: source=00197aea20c32cd0 status=machine
right_us-1 = Fiisada T ee dhibbanayaasha ka ganacsiga dadka
    .body = Fiisada T (T status) waa xaalad socdaal oo Maraykan ah oo loogu talagalay dhibbanayaasha ka ganacsiga dadka ee galmada ama shaqada. Waxay u oggolaanaysaa dhibbanayaasha qaar inay joogaan Maraykanka. Congress ayaa abuuray Oktoobar 2000. Xubno qoyska ka mid ah qaarkood sidoo kale way heli karaan. USCIS, xafiiska Maraykanka ee adeegyada socdaalka, ayaa go'aamiya.
    .caveats = Talo sharci oo bilaash ah hel ka hor intaadan codsan. Qareen ayaa hubin kara inaad u qalanto.

# hb: source=22249cf88a7ae3b1 status=machine
right_us-2 = Yaa u qalmi kara fiisada T
    .body = Si aad ugu qalanto, waa inaad muujisaa inaad tahay dhibbane 'nooc culus oo ka ganacsi dad ah' ('severe form of trafficking'), inaad Maraykanka ku jirto (ama meel dalka laga soo galo) sababtaas darteed, inaad u hoggaansantay codsiyo macquul ah oo ka yimid hay'adaha sharci fulinta (looma baahna haddii aad ka yarayd 18 ama aadan awoodin dhaawac nafsiyeed (trauma) darteed), inaad la kulmi lahayd dhib aad u weyn haddii lagaa saaro, iyo inaad tahay qof la aqbali karo ama aad hesho cafis (waiver).

# hb: source=16c34d91844fbbcd status=machine
right_us-3 = T status: ilaa 4 sano, shaqo, iyo waddo Green Card
    .body = T status marka hore waxay socotaa ilaa 4 sano. Waxaad heli kartaa ogolaansho aad ku shaqayso. Kadib 3 sano oo aad ku jirtay T status, waxaad codsan kartaa Green Card (deganaansho joogto ah). Waxaad codsan kartaa ka hor intaas haddii kiiska ka dhanka ah ka ganacsatada si rasmi ah u dhammaado. Xeerar kale ayaa sidoo kale khuseeya, sida akhlaaq wanaagsan (good moral character).
    .caveats = Waa inaad ku sii joogtaa Maraykanka adigoon muddo dheer ka maqnaan. Qareen weydii ka hor intaadan dibadda u safrin.

# hb: source=78fa436f8f843ce4 status=machine
right_us-4 = Ilaa 5,000 fiiso T ah sannad kasta
    .body = Sannad kasta USCIS waxay T status siin kartaa ilaa 5,000 codsade oo asal ah (main applicants). Xubnaha qoyska laguma tiriyo xadkan. Haddii xadka la gaaro, dadka u qalma waxay galayaan liis sugitaan oo sannadka xiga ah.

# hb: source=2a543d54442cbab5 status=machine
right_us-5 = Qaadashada baasaboorkaaga ama aqoonsigaaga waxay noqon kartaa dambi federaal ah
    .body = Waa dambi federaal ah in la burburiyo, la qariyo, la qaato ama la hayo baasaboorka, waraaqaha socdaalka ama aqoonsiga qof kale iyadoo qayb ka ah ka ganacsi dad ama shaqo qasab ah. Sidoo kale waa dambi in sidan loo sameeyo si dhibbane ka ganacsiga dadka looga hor istaago inuu dhaqaaqo ama safro, si uu u sii shaqeeyo. Ciqaabtu waxay gaari kartaa ilaa 5 sano oo xabsi ah. Sharcigani ma ciqaabo dhibbane sidan sameeyay sababtoo ah ka ganacsiga isaga laga galay.

# hb: source=06552803388d2029 status=machine
right_us-6 = National Hotline ma aha hay'ad sharci fulin ama socdaal
    .body = National Human Trafficking Hotline (khadka qaranka ee ka ganacsiga dadka) ma aha hay'ad sharci fulin (sida booliska) ama socdaal; waxaad weydiisan kartaa caawimaad ama soo sheegi kartaa adigoon magacaaga bixin.

# hb: source=8e9f7e10df6a21c4 status=machine
right_us-7 = Continued Presence: xaalad ku-meel-gaar ah oo booliska codsadaan
    .body = Continued Presence waa xaalad socdaal oo ku-meel-gaar ah oo loogu talagalay dadka ay hay'adaha sharci fulintu u aqoonsadaan dhibbanayaal ka ganacsiga dadka. Waxay kuu oggolaanaysaa inaad joogto oo aad ka shaqayso Maraykanka inta dambiga la baarayo. Marka hore waxay socotaa 1 sano, waxaana la cusboonaysiin karaa sannad sannad. Adigu ma codsan kartid. Saraakiisha federaalka, inta badan kuwa ICE iyo FBI, ama xeer-ilaaliyayaasha federaalka ayaa diraya codsiga.
    .caveats = ICE sidoo kale waa booliska socdaalka. La hadal qareen ama koox taageero ka hor intaadan la kulmin saraakiisha. Saraakiisha waxaa la faray inaysan weligood xaaladdan u isticmaalin inay cadaadis kugu saaraan.

# hb: source=53f3d80c2e2e4233 status=machine
right_us-8 = Fiisada U ee dhibbanayaasha dambiyada, oo ay ku jirto ka ganacsiga dadka
    .body = Fiisada U waxay u taal dhibbanayaasha dambiyo gaar ah oo la kulmay xadgudub jireed ama maskaxeed oo culus, oo caawiya, ama u badan inay caawiyaan, booliska ama xeer-ilaaliyayaasha kiiska. Ka ganacsiga dadka wuxuu ku jiraa liiska dambiyada, sidoo kale addoon-u-adeegid qasab ah iyo addoonsi deyn (peonage). Waxaad u baahan tahay foom uu saxiixay sarkaal boolis, xeer-ilaaliye, garsoore ama sarkaal kale oo awood u leh inuu caddeeyo, oo sheegaya inaad caawisay.
    .caveats = Sarkaalka kuma qasbana inuu saxiixo. Waxaa jira xad sannadeed, sidaa darteed dad badan ayaa muddo dheer sugaya. Caawimaad ka hel qareen.

# hb: source=bbcf51e040e01eef status=machine
right_us-9 = Dalbo mushaharka aan lagu siin, xaaladdaada socdaal wax kastoo ay tahay
    .body = US Department of Labor (waaxda shaqada ee Maraykanka) waxay leedahay sharciga federaalka ee mushaharka ugu yar iyo saacadaha dheeraadka ah wuxuu ilaaliyaa shaqaalaha, xaaladdooda socdaal wax kastoo ay tahay. Haddii aan lagu siin mushaharka ugu yar ama lacagta saacadaha dheeraadka ah, waxaad caawimaad ka codsan kartaa Wage and Hour Division ama cabasho u gudbin kartaa. Wac 1-866-487-9243 (Isniin ilaa Jimce, 8:00 ilaa 4:30, wakhtiga deegaanka) ama booqo xafiis deegaanka ku yaal.
    .caveats = Xafiiskani wuxuu qabtaa mushaharka ugu yar ee federaalka, saacadaha dheeraadka ah iyo sharciyo kale oo yar. Waxaa laga yaabaa inuusan daboolin dhammaan lacagta aad xaqa u leedahay. Bayaanka waaxdu waa 2010. Haddii aad ka baqayso xaaladdaada socdaal, marka hore la hadal xarun shaqaale (worker centre) ama qareen.

# hb: source=40e091ebc0f0ff5f status=machine
resource_au-fair-work-migrant-workers = Shaqaalaha soo-galootiga ah (Fair Work Ombudsman – beeraha)
    .body = Shaqaalaha soo-galootiga ah ee Australia, gaar ahaan kuwa beeraha: waxaad leedahay xuquuq shaqo oo la mid ah shaqaalaha kale. Loo-shaqeeyahaagu ma baajin karo fiisadaada, mana kaa eryi karo shaqada ama kaa dhimi karo saacadaha shaqada sababtoo ah waad cabatay. Waxaa jira macluumaad ku qoran in ka badan 30 luqadood, oo ay ku jiraan Isbaanish iyo Fiyatnaamiis, waxaadna kula hadli kartaa turjubaan.

# hb: source=51b49909a305477d status=machine
resource_canada-trafficking-hotline-who-we-are = Ku saabsan khadka: Yaannu nahay?
    .body = Qof kasta oo Kanada jooga wuxuu wici karaa khadkan ka ganacsiga dadka, habeen iyo maalin, da'diisa, jinsigiisa ama xaaladdiisa dhalasho wax kastoo ay yihiin. Wicitaannadu waa qarsoodi, khadkuna ka mid ma aha booliska ama dowladda. Caawimaadda waxaa lagu bixiyaa in ka badan 200 luqadood iyadoo la adeegsanayo turjubaan.

# hb: source=765fa9d2c28f69a0 status=machine
resource_ilo-know-your-rights-migrant-domestic-workers = Warqadda "Xuquuqdaada ogow": su'aalo iyo jawaabo ku saabsan shaqo sharaf leh oo loogu talagalay shaqaalaha guryaha ee soo-galootiga ah
    .body = Buug-yare loogu talagalay soo-galootiga qabta shaqada guryaha: nadiifinta, karinta iyo daryeelka guri gudihiis. Wuxuu ka jawaabaa su'aalaha caadiga ah ee ku saabsan shaqadaada, loo-shaqeeyahaaga iyo xuquuqdaada. Wuxuu sidoo kale sharxayaa xeerarka caalamiga ah ee ilaaliya shaqaalaha guryaha.

# hb: source=0fa351ba1a08a9de status=machine
resource_taiwan-1955-hotline-migrant-workers = Khadka 1955 ee Ministry of Labor wuxuu shaqaalaha soo-galootiga ah ka caawiyaa inay si fudud u xiriiraan
    .body = Khadka bilaashka ah ee 1955 ee Taiwan, oo loogu talagalay shaqaalaha soo-galootiga ah, wuxuu furan yahay 24 saacadood, maalin kasta, talo ama cabasho ku saabsan heshiiskaaga, mushaharkaaga, saacadahaaga ama dillaalkaaga. Shaqaaluhu waxay ku hadlaan Shiinays, Indonesian, Fiyatnaamiis, Thai iyo Filibiino, waxayna turjumaan ka noqon karaan adiga iyo loo-shaqeeyahaaga. Cabashooyinka waxaa loo gudbin karaa xafiiska shaqada ama booliska.

# hb: source=059753becfb3304f status=machine
resource_uk-glaa-seasonal-workers-rights = Xuquuqdaada - Seasonal workers scheme (barnaamijka shaqaalaha xilliyeedka)
    .body = Waxaa loogu talagalay dadka UK u yimaada fiisada shaqada beeraha ee xilliyeedka ah. Wuxuu taxayaa xuquuqdaada sharciga ah ee shaqada, sida mushaharka ugu yar iyo waxa laga jari karo iyo waxa aan laga jari karin mushaharkaaga. Wuxuu leeyahay muuqaal gaaban oo ku saabsan barnaamijka.

# hb: source=e6fbd389ac7c2f0f status=machine
resource_uk-modern-slavery-helpline-what-happens = Maxaa dhaca marka aad wacdo khadka caawimaadda?
    .body = Wuxuu tallaabo tallaabo u sharxayaa waxa dhaca marka aad wacdo UK Modern Slavery & Exploitation Helpline, oo bilaash ah, qarsoodi ah, furanna habeen iyo maalin. Waxaad sheegi kartaa magacaaga, waad qarin kartaa, ama waxaad ahaan kartaa qof aan la garanayn (anonymous). Waxay ku weydiinayaan ka hor intaysan macluumaadkaaga cid kale u gudbin, marka laga reebo haddii nolol ama ilmo khatar ku jiro.

# hb: source=89401ce262d9fb35 status=machine
resource_uk-nrm-explained-west-midlands = Helitaanka taageerada adigoo ah dhibbane addoonsiga casriga ah (qof weyn) – dukumentiga sharraxaadda National Referral Mechanism
    .body = Warqad sharxaysa nidaamka taageerada UK ee dhibbanayaasha addoonsiga casriga ah. Waxay kuu sheegaysaa waxa dhaca haddii aad oggolaato in lagu gudbiyo, iyo waxa aad dooran karto haddii aad tiraahdo maya. Waxay ku qoran tahay Ingiriis, Albanian, Bulgarian, Shiinays, Latvian, Lithuanian, Polish, Roma, Romanian, Slovak iyo Fiyatnaamiis.

# hb: source=4eed91ea7f18a937 status=machine
resource_unhcr-help-human-trafficking = Ka ganacsiga dadka (UNHCR Help)
    .body = Wuxuu erayo fudud ku sharxayaa waxa ka ganacsiga dadku yahay, oo ay ku jirto ka ganacsiga carruurta. Wuxuu sheegayaa sababta dadka ku qasbanaaday inay qaxaan ay khatar gaar ah ugu jiraan, iyo in qof kasta la beegsan karo, waraaqihiisu wax kastoo ay yihiin. Wuxuu kuu sheegayaa inaad feejignaato oo aad ogaato khataraha.

# hb: source=9fa1c35a364422a8 status=machine
resource_unseen-faqs-potential-victims = Su'aalaha inta badan la isweydiiyo ee dhibbanayaasha suurtagalka ah iyo kuwa ka badbaaday
    .body = Wuxuu ka jawaabaa su'aalaha dadka u maleynaya in laga faa'iidaysanayo UK. Wuxuu erayo fudud ku sharxayaa noocyada shaqada qasabka ah, dambiyada lagu qasbo iyo ka faa'iidaysiga galmada. Wuxuu sheegayaa in khadka caawimaadda (Helpline) ay maamusho hay'ad samafal, oo uusan ka mid ahayn booliska ama dowladda, laakiin uu la shaqeeyo iyaga.

# hb: source=fccf11332d5c9903 status=machine
resource_us-trafficking-hotline-what-happens = Habkayaga (National Human Trafficking Hotline)
    .body = Wuxuu sharxayaa waxa dhaca marka aad wacdo, fariin qoraal ah u dirto, ama la sheekaysato (chat) khadka ka ganacsiga dadka ee Maraykanka. Wuxuu caawiyaa qof kasta, xaaladdiisa socdaal wax kastoo ay tahay. Adigaa go'aamiya in sheekadaada loo gudbiyo booliska, marka laga reebo marka ilmo la xadgudbayo ama qof hadda khatar ku jiro.

# hb: source=8c0bb929feecff57 status=machine
helpline_ae-dfwac = Bilaash iyo qarsoodi, habeen iyo maalin, haweenka iyo carruurta. Waa hoy gabbaad oo kiisaska qaarkood la shaqeeya booliska.
    .channel-1 = Bilaash, gudaha UAE
    .hours-text = 24 saacadood, maalin kasta
    .operator-note = hoy gabbaad aan faa'iido doon ahayn oo dowladdu ruqsad siisay
    .service = Khad caawimaad 24 saacadood ah oo loogu talagalay haweenka iyo carruurta la kulma rabshad, xadgudub ama ka ganacsi dad

# hb: source=5e4a2c638c905898 status=machine
helpline_ae-dubai-police-ht = Khadka booliska ee lagu soo sheego ka ganacsiga dadka Dubai. Waxa aad sheegto waxay gaaraan booliska.
    .service = Khadka iyo iimaylka booliska Dubai ee ka ganacsiga dadka

# hb: source=0b2efb62173b80df status=machine
helpline_ae-mohre = Khadka wasaaradda shaqada ee dhibaatooyinka shaqada iyo mushaharka. Waxaa laga yaabaa in loo-shaqeeyahaaga loo sheego, sidaa darteed marka hore weydii in ay saameyn karto deganaanshahaaga.
    .channel-1 = Bilaash. Cabashooyinka shaqada, mushaharka ama xafiisyada shaqo-qorista
    .channel-2 = Talo ku saabsan dalabyada shaqada
    .channel-3 = Weydii in warbixin baxsasho ('absconding') lagaa gudbiyay
    .hours-text = 80060: Sabti ilaa Khamiis, 8 subaxnimo ilaa 8 fiidnimo.
    .operator-note = wasaaradda shaqada
    .service = Xarunta wicitaanka ee wasaaradda shaqada: cabashooyinka shaqada, mushaharka aan la bixin, shaqaalaha guryaha, warbixinnada baxsashada

# hb: source=6cd7cb6f6346d92b status=machine
helpline_ae-moi-116111 = Khadka booliska ee lagu soo sheego waxyeellada ilmo loo geysto; qof kasta wuu wici karaa. Haddii ilmo hadda khatar ku jiro, wac 999.
    .channel-1 = Bilaash
    .operator-note = Wasaaradda Arrimaha Gudaha (booliska)
    .service = Khadka ilaalinta carruurta 116111 (soo sheeg xadgudub ama dayacaad ilmo loo geystay)

# hb: source=30fc90d856734faf status=machine
helpline_ae-sharjah-wpc = Khad bilaash ah oo Sharjah ah, oo loogu talagalay haweenka la kulma rabshad ama dhibaatooyin qoys. Wuxuu bixiyaa talo iyo caawimaad sharci.
    .channel-1 = Bilaash
    .operator-note = waaxda adeegyada bulshada (Sharjah)
    .service = Khad bilaash ah oo la-talin iyo caawimaad loogu talagalay dhibaatooyinka qoyska iyo guriga (Sharjah)

# hb: source=b542d11a126336fa status=machine
helpline_ar-linea-145 = Bilaash, waxaadna ahaan kartaa qof aan magaciisa la ogayn. Waxa aad sheegto waxay gaaraan xeer-ilaaliyayaasha, waxayna keeni karaan howlgal boolis (raid).
    .channel-1 = Bilaash, meel kasta oo Argentina ah
    .hours-text = 24 saacadood maalintii, 365 maalmood sannadkii
    .operator-note = barnaamijka samatabixinta ee wasaaradda caddaaladda
    .service = Línea 145

# hb: source=b80787f17046d38a status=machine
helpline_au-afp = Booliska. Waxaad soo sheegi kartaa wax, ama ka hadli kartaa wax kaa welwel geliyay. Waxay kuu gudbin karaan barnaamijka taageerada ee Red Cross.
    .channel-1 = 131 AFP
    .service = 131 AFP (soo sheegid iyo u gudbin Support for Trafficked People Program)

# hb: source=692b7930fae072d9 status=machine
helpline_au-anti-slavery-australia = Talo sharci oo qarsoodi ah, oo ay ku jiraan arrimaha fiisada. Lambarkan wuxuu ka yimid bog hore, waxaana laga yaabaa inuu isbeddelay.
    .hours-text = Saacadaha shaqada
    .service = Talo qarsoodi ah (xaaladda fiisada, ka qayb qaadashada baaritaannada AFP)

# hb: source=0a61897a260c6952 status=machine
helpline_au-redcross-stpp = Talo qarsoodi ah oo adiga ama qof aad ka welwelsan tahay loogu talagalay. Si aad ugu biirto barnaamijka la maalgeliyay, waa in booliska (AFP) ama waddo kale oo rasmi ahi ay ku gudbiyaan.
    .operator-note = dowladdu ayaa maalgelisa
    .service = Support for Trafficked People Program (STPP)

# hb: source=966e5c79fab95409 status=machine
helpline_bd-109 = Waxaa loogu talagalay haweenka iyo carruurta la kulma rabshad, ama qof u wacaya iyaga. Bilaash ayaa looga wacaa taleefan kasta oo Bangladesh ku jira.
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = wasaaradda haweenka iyo carruurta
    .service = Khadka caawimaadda 109 ee haweenka iyo carruurta la kulma rabshad

# hb: source=859b3bf785c0aa3a status=machine
helpline_bd-probash-bandhu = Waxaa loogu talagalay dadka Bangladesh ee dibadda u socda, dibadda ku nool ama dalka ku soo noqday. Bilaash gudaha Bangladesh; haddii aad dibadda ka wacayso, wac lambarka +880.
    .channel-1 = Bilaash, gudaha Bangladesh
    .channel-2 = Haddii aad dibadda ka wacayso
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = wasaaradda daryeelka dadka dibadda ku nool
    .service = Xarunta wicitaanka Probash Bandhu ee dadka Bangladesh ee dibadda jooga

# hb: source=dc67aea9dd571065 status=machine
helpline_be-esperanto = Hoy gabbaad oo loogu talagalay carruurta iyo dhallinyarada laga yaabo inay yihiin dhibbanayaal ka ganacsiga dadka.
    .service = Hoy gabbaad oo loogu talagalay carruurta dhibbanayaasha ka ganacsiga dadka (Wallonia)

# hb: source=3b969c398a315176 status=machine
helpline_be-pag-asa = Hoy ammaan ah, caawimaad caafimaad, sharci iyo waraaqo, habeen iyo maalin. Si aad waraaqo ugu hesho habkan, waa inaad caawisaa baaritaanka booliska.
    .hours-text = 24/7
    .operator-note = xarun ay dowladdu aqoonsan tahay
    .service = Xarun soo dhaweyn oo takhasus leh oo loogu talagalay dhibbanayaasha ka ganacsiga dadka (Brussels)

# hb: source=23c036620d126f40 status=machine
helpline_be-payoke = Hoy ammaan ah, caawimaad caafimaad, sharci iyo waraaqo, habeen iyo maalin. Si aad waraaqo ugu hesho habkan, waa inaad caawisaa baaritaanka booliska.
    .hours-text = 24/7
    .operator-note = xarun ay dowladdu aqoonsan tahay
    .service = Xarun soo dhaweyn oo takhasus leh oo loogu talagalay dhibbanayaasha ka ganacsiga dadka (Antwerp)

# hb: source=ebbe0148a1d78d2d status=machine
helpline_be-surya = Hoy ammaan ah, caawimaad caafimaad, sharci iyo waraaqo, habeen iyo maalin. Si aad waraaqo ugu hesho habkan, waa inaad caawisaa baaritaanka booliska.
    .hours-text = 24/7
    .operator-note = xarun ay dowladdu aqoonsan tahay
    .service = Xarun soo dhaweyn oo takhasus leh oo loogu talagalay dhibbanayaasha ka ganacsiga dadka (Liège)

# hb: source=0beb0efc33582531 status=machine
helpline_bg-a21 = Khad qaran oo bilaash ah, oo aan magac loo baahnayn, oo ka dhan ah ka ganacsiga dadka, habeen iyo maalin.
    .channel-2 = Online ku soo sheeg
    .hours-text = 24/7
    .service = National Hotline to Combat Human Trafficking (Freedom Line Bulgaria)

# hb: source=23723305eeda852e status=machine
helpline_bg-animus = Khad hay'ad samafal oo loogu talagalay dadka rabshaddu waxyeeleysay.
    .service = Khadka dhibbanayaasha rabshadda

# hb: source=415381e9b9dbb8ab status=machine
helpline_bg-labour-inspectorate = Xafiis dowladeed oo loogu talagalay dhibaatooyinka shaqada. Waxaa laga yaabaa in loo-shaqeeyahaagu ogaado cabashada.
    .operator-note = kormeerka shaqada
    .service = Khadka kormeerka shaqada

# hb: source=9aa2910a712a01a1 status=machine
helpline_bg-nccthb = Xafiis dowladeed oo dhibbanayaasha u diyaariya hoy iyo caawimaad. Wuxuu sidoo kale qaataa warbixinnada dambiyada ka ganacsiga dadka.
    .operator-note = hay'ad ka tirsan Golaha Wasiirrada; waxaa ku jira Wasaaradda Arrimaha Gudaha
    .service = Guddiga Qaranka - warbixinno iyo gudbin

# hb: source=e7309432bbf96a39 status=machine
helpline_bh-995 = Caawimaad iyo talo loogu talagalay shaqaalaha dhibaato ku jira, luqado badan. Waxaa lala maamulaa hay'adda shaqada, kiisaskana waxay u gudbin kartaa booliska.
    .operator-note = guddi la dagaallama ka ganacsiga dadka oo ay hoggaamiso hay'adda suuqa shaqada
    .service = Khadka 995 ee shaqaalaha dhibaataysan iyo dhibbanayaasha ka ganacsiga dadka

# hb: source=6b4a47df63c83267 status=machine
helpline_bh-lmra = Hay'adda ruqsadaha shaqada; waxaad hubin kartaa in lagu soo sheegay maqnaansho. Waxaa laga yaabaa in loo-shaqeeyahaaga loo sheego, sidaa darteed marka hore weydii in ay saameyn karto deganaanshahaaga.
    .channel-2 = Hubi in loo-shaqeeyahaagu kuu soo sheegay maqnaansho
    .operator-note = hay'adda suuqa shaqada (ruqsadaha shaqada)
    .service = Xarunta wicitaanka iyo website-ka LMRA (ruqsadaha shaqada, u guurista shaqo kale, warbixinnada maqnaanshaha, cabashooyinka)

# hb: source=054145638cbbd13f status=machine
helpline_br-disque-100 = Bilaash, waxaadna ahaan kartaa qof aan magaciisa la ogayn. Warbixinnada shaqada addoonsiga waxay u gudbaan kormeerayaasha shaqada, warbixinnaduna waxay gaari karaan booliska.
    .channel-1 = Bilaash, taleefan kasta oo Baraasiil ku jira
    .channel-3 = Sheekaysi (chat) website ah iyo wicitaan muuqaal ah oo Libras (luqadda calaamadaha) ah
    .hours-text = 24 saacadood maalintii, maalin kasta
    .operator-note = wasaaradda xuquuqda aadanaha
    .service = Disque 100 (Disque Direitos Humanos)

# hb: source=da4d770527a86a6b status=machine
helpline_br-ligue-180 = Waxaa loogu talagalay haweenka la kulma rabshad. Lambarka WhatsApp waxaad ku kaydsan kartaa magac kale si aad u badbaaddo.
    .channel-1 = Bilaash, taleefan kasta oo Baraasiil ku jira
    .channel-2 = Bogag qaarkood waxay u qoraan (61) 99610-0180
    .hours-text = 24 saacadood maalintii, maalin kasta, taleefan iyo WhatsApp
    .operator-note = wasaaradda haweenka
    .service = Ligue 180 - Central de Atendimento à Mulher

# hb: source=3a847b34fb45a026 status=machine
helpline_ca-chth = Ma aha booliska, mana aha dowladda. Booliska waxay u sheegaan oo keliya haddii aad oggolaato, ama haddii sharcigu ka dalbo.
    .hours-text = 24 saacadood maalintii, 365 maalmood sannadkii
    .operator-note = hay'ad samafal oo diiwaan gashan
    .service = Canadian Human Trafficking Hotline

# hb: source=5fd649373649ebf5 status=machine
helpline_cl-denuncia-seguro = Wac *4242 taleefan kasta, bilaash. Magacaaga ma sheegaysid, laakiin waxa aad sheegto waxay gaaraan xeer-ilaaliyayaasha iyo booliska.
    .channel-1 = Foomka warbixinta online
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii
    .operator-note = xafiiska ka hortagga dambiyada
    .service = Denuncia Seguro (warbixinno dambi oo aan magac lahayn)

# hb: source=c0593aa6e8dff97e status=machine
helpline_cl-pdi-trata = Kani waa booliska. Isla booliskaas ayaa sidoo kale qabta waraaqaha socdaalka.
    .operator-note = booliska baaritaanka, oo sidoo kale qabta arrimaha socdaalka
    .service = Lambarka PDI ee lagu soo sheego ka ganacsiga dadka

# hb: source=22b8a2e9a47515d1 status=machine
helpline_co-mininterior-trata = Khad qaran oo bilaash ah. Haddii aadan ahayn Kolombiyaan, kiiskaaga waxaa laga yaabaa in lala wadaago booliska iyo saraakiisha socdaalka.
    .channel-1 = Bilaash, gudaha Kolombiya
    .operator-note = wasaaradda arrimaha gudaha
    .service = Línea Gratuita Nacional contra la Trata de Personas

# hb: source=6c481b99722e6ba4 status=machine
helpline_de-bavaria-helpline = Talo bilaash ah oo qarsoodi ah, taleefan ama sheekaysi (chat), Isniin ilaa Jimce, 9:00 ilaa 15:00. Macluumaadka aad ka bixiso dambiyada waxaa laga yaabaa in loo gudbiyo booliska.
    .channel-1 = Gudaha Jarmalka oo keliya
    .channel-2 = Sheekaysi (chat) iyo foom warbixin oo aan magac lahayn
    .hours-text = Isniin ilaa Jimce, 9:00 ilaa 15:00
    .operator-note = waxaa maalgelisa dowladda Bavaria
    .service = Bavarian Anti-Trafficking HELPline

# hb: source=6df5611f5f74e0b5 status=machine
helpline_de-hilfetelefon = Waxaa loogu talagalay haweenka la kulma rabshad kasta, oo ay ku jiraan ka ganacsiga dadka iyo galmo-ka-ganacsi qasab ah. Bilaash, magac la'aan, habeen iyo maalin, turjubaanno 18 luqadood ah.
    .hours-text = 24 saacadood maalintii, 365 maalmood sannadkii
    .operator-note = khad caawimaad federaal ah
    .service = Hilfetelefon Gewalt gegen Frauen (khadka caawimaadda rabshadda ka dhanka ah haweenka)

# hb: source=a86d93b58db1d3ec status=machine
helpline_do-linea-trata = Khad lagu soo sheego ka ganacsiga dadka. Waxa aad sheegto waxay gaari karaan xeer-ilaaliyayaasha iyo booliska.
    .channel-1 = Bilaash
    .operator-note = waxaa faafiya xeer-ilaaliyayaasha; ma cadda cidda ka jawaabta
    .service = Khad bilaash ah oo lagu soo sheego ka ganacsiga dadka iyo ka faa'iidaysiga galmada ee ganacsiga ah

# hb: source=e9e9e6233b98d28d status=machine
helpline_ec-1800-delito = Khad lagu soo sheego dambiyada, oo lala maamulo booliska. Ma aha adeeg taageero.
    .channel-1 = Sidoo kale waxaa loo qoraa 1800 DELITO
    .operator-note = wasaaradda arrimaha gudaha, iyo booliska qaranka
    .service = 1800 DELITO

# hb: source=a7d9eb283a6cc8be status=machine
helpline_eg-nccm-16000 = Khad bilaash ah oo loogu talagalay carruurta khatarta ku jirta, habeen iyo maalin. Wuxuu la shaqeeyaa xafiisyada dowladda, oo ay ku jiraan booliska.
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = golaha qaranka ee carruurta
    .service = Child Helpline 16000 (khadka caawimaadda carruurta)

# hb: source=c53da84cb670c92a status=machine
helpline_eg-nchr-15508 = Khadka golaha xuquuqda aadanaha, kaas oo qaata cabashooyinka, oo ay ku jiraan kuwa ka ganacsiga dadka.
    .operator-note = golaha qaranka ee xuquuqda aadanaha
    .service = Khadka cabashooyinka xuquuqda aadanaha

# hb: source=a4cf69d1be41dfad status=machine
helpline_eg-ncw-15115 = Waxaa loogu talagalay haweenka. Wuxuu bixiyaa taageero sharci iyo mid dareen, wuxuuna dambiyada culus u sheegi karaa xeer-ilaaliyaha.
    .operator-note = golaha qaranka ee haweenka
    .service = Khadka cabashooyinka haweenka 15115

# hb: source=a14f8662ac8a5b9f status=machine
helpline_es-amar-dragoste = Khad taageero oo loogu talagalay haweenka ku jira galmo-ka-ganacsiga ama khatar ugu jira, habeen iyo maalin.
    .hours-text = 24 saacadood
    .service = Khad 24 saacadood ah oo loogu talagalay haweenka ku jira galmo-ka-ganacsiga ama khatar ugu jira

# hb: source=b9ed66e1d2c0e534 status=machine
helpline_es-policia-trata = Kani waa booliska, qayb sidoo kale qabata socdaalka. Waxaad soo sheegi kartaa adigoon magacaaga bixin, wicitaankuna kama muuqdo biilka taleefanka.
    .hours-text = 24 saacadood maalintii
    .operator-note = qaybta booliska qaranka ee la dagaallanta shabakadaha ka ganacsiga dadka iyo socdaalka sharci-darrada ah
    .service = Khadka iyo iimaylka booliska ee ka ganacsiga dadka

# hb: source=c4e1c04397c88b44 status=machine
helpline_et-moj-8797 = Lambar gaaban oo bilaash ah gudaha Itoobiya, oo ku hadla Amxaari, Afan Oromo, Tigrinya iyo Ingiriis. Wuxuu la shaqeeyaa hay'adaha sharci fulinta.
    .channel-1 = Bilaash. Gudaha Itoobiya.
    .operator-note = Wasaaradda Caddaaladda, oo ay taageerto IOM
    .service = Khadka qaranka ee ka hortagga ka ganacsiga dadka 8797

# hb: source=b989c1fe90c2cc25 status=machine
helpline_eu-116000 = Waxaa loogu talagalay ilmo maqan ama laga yaabo inuu cararo, iyo qoyskiisa. Bilaash, habeen iyo maalin; waxay si dhow ula shaqeeyaan booliska.
    .hours-text = 24/7
    .operator-note = shabakad khadad qaran ah; si dhow ula shaqeeya booliska
    .service = Khadka 116 000 ee carruurta maqan

# hb: source=d905b81781816593 status=machine
helpline_eu-116006 = Caawimaad bilaash ah oo qarsoodi ah oo loogu talagalay dhibbanayaasha dambi kasta. Wuxuu ka shaqeeyaa oo keliya dalal EU ah qaarkood; haddii uusan ku xirmin, isticmaal khad kale.
    .hours-text = Waxay ku xiran tahay dalka
    .operator-note = inta badan waxaa maamula hay'ado samafal oo taageera dhibbanayaasha
    .service = Khadka caawimaadda 116 006 ee dhibbanayaasha dambiyada

# hb: source=f8e8d60537ac1e6b status=machine
helpline_eu-116111 = Khad caawimaad oo bilaash ah oo loogu talagalay carruurta iyo dhallinyarada. Kama shaqeeyo dal kasta.
    .hours-text = Dalal badan wuxuu ku furan yahay 24/7; meelaha kale, khadku waa inuu sheegaa goorta uu furan yahay.
    .operator-note = shabakadda khadadka caawimaadda carruurta ee qaranka
    .service = Khadka caawimaadda carruurta 116 111

# hb: source=10d207ef06fd08ad status=machine
helpline_fr-116006 = Caawimaad bilaash ah oo loogu talagalay dhibbanayaasha dambi kasta, maalin kasta. Waxaad ahaan kartaa qof aan magaciisa la ogayn, mana aha inaad horey booliska u tagtay.
    .channel-2 = Dibadda (qiimaha caadiga ah)
    .hours-text = Maalin kasta. Saacadaha furitaanka waxaa lagu sheegay 9:00 ilaa 19:00 (2018) ama 9:00 ilaa 20:00 (2022). Saacadahaas ka baxsan waxaad dhaafi kartaa fariin si dib laguugu soo waco.
    .operator-note = isbahaysiga ururrada taageerada dhibbanayaasha
    .service = 116 006 - khadka taageerada dhibbanayaasha

# hb: source=409b1b2d597af84c status=machine
helpline_fr-119 = Waxaa loogu talagalay carruurta iyo dhallinyarada ilaa 21 jir ah ee khatar ku jira, iyo dadka waaweyn ee ka welwelsan ilmo. Bilaash, habeen iyo maalin; wicitaanku kama muuqdo biilka taleefanka.
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii
    .operator-note = adeegga qaranka ee ilaalinta carruurta
    .service = 119 - Allô Enfance en danger

# hb: source=f9069a83497ca4c1 status=machine
helpline_fr-ccem = Caawimaad loogu talagalay dadka lagu qasbay inay shaqeeyaan, inta badan shaqaale guri ahaan. Taageero sharci, bulsho iyo waraaqo; way kula hadlaan ka hor inta aysan wax go'aamin.
    .channel-2 = Soo sheeg xaalad
    .service = Soo sheegid iyo taageero loogu talagalay dhibbanayaasha ka ganacsiga dadka ee shaqada iyo addoonsiga guryaha

# hb: source=47531ae011bdef39 status=machine
helpline_gb-mseh = Bilaash, furanna habeen iyo maalin. Waxaad ahaan kartaa qof aan magaciisa la ogayn; way ku weydiiyaan ka hor intaysan macluumaadkaaga la wadaagin cid kale, marka laga reebo haddii qof khatar ku jiro ama ilmo halis ku jiro.
    .hours-text = 24 saacadood maalintii, maalin kasta
    .operator-note = hay'ad samafal oo madax-bannaan
    .service = Modern Slavery & Exploitation Helpline

# hb: source=e4defdaa0381c957 status=machine
helpline_gb-salvation-army = Caawimaad qarsoodi ah oo loogu talagalay dadka waaweyn ee ka badbaaday, England iyo Wales: guri ammaan ah, talo sharci, daryeel caafimaad. Taageerada dowladdu waxay ka dhigan tahay in kiiskaagu u gudbayo Home Office.
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii
    .operator-note = wuxuu maamulaa heshiiska taageerada dowladda
    .service = Modern Slavery Referral Helpline (Modern Slavery Victim Care Contract)

# hb: source=a3c0e633c5f7c0f9 status=machine
helpline_gh-helpline-of-hope = Soo sheeg ka ganacsiga dadka, shaqada qasabka ah, xadgudubka carruurta ama guurka qasabka ah. Bilaash, shabakad kasta oo Ghana ah.
    .channel-1 = Bilaash, gudaha Ghana
    .channel-2 = Bilaash, gudaha Ghana
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = wasaaradda jinsiga iyo ilaalinta bulshada
    .service = Xarunta wicitaanka Helpline of Hope

# hb: source=863d4324905c7ae0 status=machine
helpline_gr-1109 = Khadka qaranka ee ka hortagga ka ganacsiga dadka ee Giriigga. Wuxuu kuu gudbiyaa meelaha caawimaadda, wuxuuna qaataa xog (tips), taas oo gaari karta booliska.
    .service = Human Trafficking Resource Line 1109

# hb: source=ca72b4a8bec9ceb3 status=machine
helpline_gt-pdh-1555 = Khadka xafiiska dowladda ee xuquuqda aadanaha. Warbixintaada waxaa loo gudbin karaa xeer-ilaaliyayaasha iyo booliska.
    .operator-note = ombudsman-ka xuquuqda aadanaha (hay'ad dowladeed)
    .service = Denuncias 1555

# hb: source=160fb3b81b1c5642 status=machine
helpline_hk-help-for-domestic-workers = Talo bilaash ah iyo caawimaad degdeg ah oo loogu talagalay shaqaalaha guryaha. Waxaa laga yaabaa inay la hadlaan loo-shaqeeyahaaga.
    .service = HELPLine: talo iyo taageero degdeg ah oo loogu talagalay shaqaalaha guryaha

# hb: source=6b0b9c3e747f5fc4 status=machine
helpline_hk-ld-fdh-hotline = Khad dowladeed oo loogu talagalay shaqaalaha guryaha, habeen iyo maalin. Macluumaadkaaga waxaa laga yaabaa in lala wadaago booliska iyo socdaalka.
    .hours-text = 24 saacadood. Turjubaanno 8 subaxnimo ilaa 10 habeennimo maalin kasta, marka laga reebo fasaxyada dadweynaha.
    .operator-note = waaxda shaqada
    .service = Khad 24 saacadood ah oo loogu talagalay shaqaalaha guryaha ee ajnabiga ah

# hb: source=ec77a7ada27358f3 status=machine
helpline_hk-mfmw = Hay'ad samafal oo kaniisad ah oo loogu talagalay shaqaalaha guryaha ee Hong Kong. Caawimaad kiiskaaga, hoy gabbaad, iyo xaaladaha degdegga ah.
    .operator-note = hay'ad samafal oo kaniisad ah
    .service = Caawimaad loogu talagalay shaqaalaha guryaha ee soo-galootiga ah (taageero kiis, hoy gabbaad, caawimaad degdeg ah)

# hb: source=81dea64949026fff status=machine
helpline_hn-cicesct-145 = Khad bilaash ah oo qarsoodi ah oo lagu soo sheego ka ganacsiga dadka. Dhibbanayaashu sidoo kale caawimaad way ka heli karaan, laakiin warbixinnadu waxay gaari karaan booliska.
    .channel-1 = Bilaash
    .channel-2 = Lambar toos ah
    .operator-note = guddiga dowladda ee la dagaallama ka ganacsiga dadka
    .service = Línea Nacional de Denuncias contra la Trata de Personas 145

# hb: source=409793674f21483e status=machine
helpline_id-bp2mi-0800-1000 = Waxaa loogu talagalay shaqaalaha Indonesia ee dibadda jooga iyo qoysaskooda, habeen iyo maalin. Waxaa laga yaabaa inay la xiriiraan loo-shaqeeyahaaga ama wakaaladdaada.
    .channel-1 = Gudaha Indonesia. Bilaash.
    .channel-2 = Dibadda. Waxaa laga yaabaa inaad wicitaanka lacag ku bixiso.
    .hours-text = 24 saacadood
    .operator-note = hay'adda shaqaalaha soo-galootiga ah
    .service = Xarunta wicitaanka cabashooyinka ee shaqaalaha soo-galootiga ah ee Indonesia

# hb: source=c49aaebcd2489cdb status=machine
helpline_id-sapa-129 = Bilaash, habeen iyo maalin, oo loogu talagalay haweenka iyo carruurta la kulma rabshad. Waa qarsoodi, laakiin kiiska waxaa loo gudbiyaa mas'uuliyiinta.
    .hours-text = 24 saacadood
    .operator-note = wasaaradda ilaalinta haweenka iyo carruurta
    .service = SAPA 129: cabashooyinka rabshadda ka dhanka ah haweenka iyo carruurta

# hb: source=8cb6bee11cc85fd5 status=machine
helpline_ie-crimestoppers-blueblindfold = Waxaa loogu talagalay warbixinno aan magac lahayn oo loo gudbiyo booliska. Ma aha adeeg taageero.
    .channel-1 = Gudaha Ireland oo keliya
    .operator-note = khadka xogta dambiyada; warbixinnadu waxay u gudbaan booliska
    .service = Khadka Crimestoppers ee aan magaca lahayn (Blue Blindfold)

# hb: source=2def40e918df3c6e status=machine
helpline_ie-garda-confidential = Kani waa booliska. Waxaad soo sheegi kartaa adigoon magacaaga bixin.
    .channel-1 = Gudaha Ireland oo keliya
    .hours-text = Maalin kasta, 9 subaxnimo ilaa 9 habeennimo
    .service = Garda Confidential Line

# hb: source=790c728b49af2d84 status=machine
helpline_ie-ruhama = Taageero loogu talagalay haweenka ay waxyeelleeyeen ka ganacsiga dadka ee galmada ama galmo-ka-ganacsigu: maaraynta kiiska, la-talin, iyo u tegid dadka meelaha ay joogaan (outreach).
    .service = Taageero loogu talagalay haweenka ay saameeyeen galmo-ka-ganacsiga iyo ka ganacsiga dadka ee galmada

# hb: source=7ea667b8b19b1ea0 status=machine
helpline_il-hotline-refugees-migrants = Koox ka caawisa soo-galootiga, qaxootiga iyo dadka ka badbaaday ka ganacsiga dadka, talo iyo caawimaad sharci. Kani waa lambarka xafiiska.
    .channel-1 = Lambarka xafiiska
    .service = Khadka xafiiska (talo iyo caawimaad sharci oo loogu talagalay soo-galootiga iyo dadka ka badbaaday ka ganacsiga dadka)

# hb: source=cfc0ca2a4cc17db7 status=machine
helpline_il-kav-laoved = Koox u dooda xuquuqda shaqaalaha, oo ka caawisa shaqaalaha soo-galootiga ah iyo daryeelayaasha inay helaan mushaharka aan la siin iyo xuquuqdooda.
    .service = Caawimaad xuquuqda shaqaalaha (lama helin lambar taleefan)

# hb: source=96ce91cb4cd753e5 status=machine
helpline_in-181 = Waxaa loogu talagalay haweenka la kulma rabshad, guriga ama dibadda (kuma jiro West Bengal). Wicitaannada waxaa loo gudbin karaa booliska (112).
    .hours-text = 24 saacadood, maalin kasta oo sannadka ah
    .operator-note = wasaaradda haweenka iyo carruurta, waxaa maamula gobol kasta
    .service = 181 Women Helpline

# hb: source=e51198c5d4da11c0 status=machine
helpline_in-childline-1098 = Waxaa loogu talagalay carruurta khatarta ku jirta, ama qof weyn oo ilmo u wacaya, bilaash, habeen iyo maalin. Wicitaannada waxaa lagu xiri karaa adeegga gurmadka degdegga ah ee booliska 112.
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = wasaaradda daryeelka carruurta; waxay ku xiran tahay nidaamka gurmadka booliska 112
    .service = Child Helpline 1098

# hb: source=ab9f24f596a9ab82 status=machine
helpline_in-madad = Cabashooyin online ah oo loogu talagalay dadka Hindiya ee dibadda jooga: mushahar aan la bixin, xadgudub, dhibaatooyin kafiil ama wakiil. Qof kale ayaa kuu gudbin kara.
    .channel-1 = Cabashooyinka
    .channel-2 = Hubi in wakiil (agent) diiwaan gashan yahay
    .channel-3 = Cabashooyinka ku saabsan wakiilada shaqo-qorista
    .operator-note = wasaaradda arrimaha dibadda; cabashooyinku waxay u gudbaan safaaradaha Hindiya
    .service = MADAD, cabashooyinka online ee dadka Hindiya ee dibadda jooga, iyo e-Migrate

# hb: source=6a26e6b2d24342b3 status=machine
helpline_in-pbsk-owrc = Waxaa loogu talagalay dadka Hindiya ee dibadda ka shaqeeya ama dibadda u socda: mushahar aan la bixin, wakiilo been abuur ah, xadgudub. Ilaha waxay sheegaan laba lambar oo dibadda laga waco.
    .channel-1 = Bilaash, gudaha Hindiya
    .channel-2 = Dibadda
    .channel-3 = Dibadda (lambar hore)
    .hours-text = 24 saacadood
    .operator-note = wasaaradda arrimaha dibadda
    .service = Khadka caawimaadda shaqaalaha Hindiya ee dibadda jooga

# hb: source=021251dbad38d5c4 status=machine
helpline_int-iom = Ma aha khad taleefan: IOM waxay kaa caawin kartaa meel ammaan ah, daryeel caafimaad, iyo inaad dalkaaga ku noqoto ama aad joogto, iyadoo adeegsanaysa xafiisyadeeda dalalka. Waxay si dhow ula shaqaysaa dowladaha.
    .operator-note = hay'adda socdaalka ee Qaramada Midoobay
    .service = Caawimaad toos ah oo ka hortag ka ganacsiga dadka (iyadoo la marayo xafiisyada dalalka)

# hb: source=65fd63741d3a3c12 status=machine
helpline_int-la-strada = Ma aha khad taleefan: waa liis kooxaha la dagaallama ka ganacsiga dadka ee dalal badan oo Yurub ah.
    .operator-note = shabakad hay'ado aan dowli ahayn (NGO)
    .service = Hagaha hay'adaha xubnaha ka ah iyo khadadka qaranka

# hb: source=9d14f5b522e6e30e status=machine
helpline_ir-123-social-emergency = Khad dowladeed oo bilaash ah oo loogu talagalay rabshadda guriga iyo xadgudubka carruurta. Kiisaska culus wuxuu la shaqeeyaa booliska iyo maxkamadaha.
    .operator-note = hay'adda daryeelka dowladda
    .service = Social Emergency 123 (gurmadka bulshada)

# hb: source=165a9b2a03e163db status=machine
helpline_it-numero-verde-antitratta = Bilaash, magac la'aan, habeen iyo maalin. Shaqaaluhu waxay ku hadlaan luqado dhowr ah, waxayna kugu xiri karaan mashaariicda ilaalinta iyo hoy gabbaad.
    .channel-1 = Wicitaan bilaash ah gudaha Talyaaniga
    .hours-text = Maalin kasta, 24 saacadood
    .service = Numero Verde Antitratta

# hb: source=24ebe983f805709b status=machine
helpline_jo-adaleh-legal-aid = Caawimaad sharci oo bilaash ah oo loogu talagalay shaqaalaha soo-galootiga ah, shaqaalaha guryaha iyo qaxootiga.
    .service = Legal Aid Unit (caawimaad sharci oo bilaash ah; lama helin lambar taleefan)

# hb: source=e662804089eab54b status=machine
helpline_jp-houterasu = Khad caawimaad sharci oo dadweyne. Ingiriis iyo Tagalog.
    .hours-text = Isniin ilaa Jimce, 9:00 ilaa 17:00
    .operator-note = hay'adda dowladda ee gargaarka sharciga
    .service = Khadka taageerada sharciga

# hb: source=2308bacaf2e077f8 status=machine
helpline_jp-iom-tokyo = Hay'ad caalami ah oo Tokyo ku taal oo caawisa dhibbanayaasha ka ganacsiga dadka. Waxay furan tahay maalmaha shaqada (Isniin ilaa Jimce).
    .hours-text = Isniin ilaa Jimce, 9:00 ilaa 12:30 iyo 13:30 ilaa 17:00, marka laga reebo fasaxyada IOM
    .service = IOM Tokyo: soo sheeg kiis ka ganacsi dad

# hb: source=0c75d9b11340d515 status=machine
helpline_jp-jitco-mother-tongue = Khad bilaash ah oo loogu talagalay tababarayaasha farsamada (technical intern trainees), oo luqaddaada ku hadla. Wuxuu ku xiran yahay barnaamijka tababarka.
    .channel-1 = Bilaash. Gudaha Jabbaan oo keliya
    .operator-note = aasaaska (foundation) barnaamijka tababarka
    .service = Khadka luqadda hooyo ee tababarayaasha farsamada

# hb: source=0035926f105b6ace status=machine
helpline_jp-tokyo-police-english = Khadka booliska ee Ingiriisiga ku hadla ee Tokyo, habeen iyo maalin. Kani waa booliska.
    .hours-text = Turjumaad waa la heli karaa 24 saacadood maalin kasta
    .operator-note = booliska
    .service = Khadka booliska Tokyo ee Ingiriisiga

# hb: source=440b1570fae6c9c6 status=machine
helpline_ke-116 = Bilaash, habeen iyo maalin, oo loogu talagalay carruurta ama qof kasta oo ilmo u wacaya. Khadku inta badan waa mashquul: sii wad isku dayga.
    .hours-text = 24 saacadood
    .operator-note = waxaa lala maamulaa hay'ad aan dowli ahayn (Childline Kenya)
    .service = Child Helpline 116

# hb: source=7eb0ee7a72fef2ba status=machine
helpline_ke-1195 = Bilaash, habeen iyo maalin, oo loogu talagalay qof kasta oo la kulma rabshad ama xadgudub. La-taliyayaashu waxay soo diri karaan boolis ama ambalaas.
    .hours-text = 24 saacadood
    .operator-note = waxaa maamusha hay'ad aan dowli ahayn iyo dowladda
    .service = Khadka qaranka ee rabshadda ku salaysan jinsiga (GBV) 1195

# hb: source=b482f852d1e97704 status=machine
helpline_kh-police-117 = Khadka booliska, bilaash xitaa haddii aadan taleefanka ku haysan kaar (credit). Kani waa booliska.
    .operator-note = booliska
    .service = Khadka booliska 117 (warbixinnada xarigga sharci-darrada ah iyo ka ganacsiga dadka)

# hb: source=334413e3633341da status=machine
helpline_kr-1345-immigration-contact = Khadka xafiiska socdaalka ee su'aalaha fiisada, 20 luqadood. Kani waa socdaalka.
    .channel-1 = Gudaha Kuuriya
    .channel-2 = Dibadda
    .hours-text = Maalmaha shaqada (Isniin ilaa Jimce) 9:00 ilaa 22:00. 18:00 kadib oo keliya Kuuriyaan, Ingiriis iyo Shiinays.
    .operator-note = xafiiska socdaalka
    .service = 1345 Immigration Contact Center (macluumaad luqado badan ah)

# hb: source=c7b5f8dc15c9f8af status=machine
helpline_kr-danuri-1577-1366 = Waxaa loogu talagalay haweenka soo-galootiga ah, habeen iyo maalin, 13 luqadood. Waxay kuu geyn karaan hoy gabbaad ama kaa caawin karaan inaad booliska aaddo.
    .channel-1 = Gudaha Kuuriya
    .hours-text = 24 saacadood maalintii, 365 maalmood sannadkii
    .service = Khadka caawimaadda Danuri ee haweenka soo-galootiga ah iyo qoysaska dhaqamada kala duwan

# hb: source=39fc39828ab3b170 status=machine
helpline_kr-gyeonggi-gmhr = Caawimaad loogu talagalay soo-galootiga, 9 luqadood, meel kasta oo Kuuriya ah. Furan Axad ilaa Khamiis.
    .channel-1 = Kadib dooro luqaddaada (furayaasha 1 ilaa 10)
    .hours-text = Axad ilaa Khamiis, 9:00 ilaa 18:00
    .operator-note = machad ka tirsan dowladda gobolka
    .service = La-talin luqado badan ah oo loogu talagalay soo-galootiga (dalka oo dhan)

# hb: source=d8e00083ba48e228 status=machine
helpline_kr-hug-1577-0071 = Xarunta wicitaanka shaqaalaha soo-galootiga ah, 16 luqadood. Waxay la shaqaysaa xafiiska shaqada.
    .channel-1 = Gudaha Kuuriya
    .hours-text = Furan sannadka oo dhan
    .operator-note = waxay ku xiran tahay wasaaradda shaqada
    .service = Xarunta wicitaanka shaqaalaha soo-galootiga ah

# hb: source=e1028a70258d4970 status=machine
helpline_kw-kshr = Khad talo sharci oo ay leedahay koox xuquuqda aadanaha, shan luqadood. Waxaa laga yaabaa inay kiiskaaga u gudbiso hay'adda shaqada.
    .operator-note = ururka xuquuqda aadanaha
    .service = Khadka shaqaalaha soo-galootiga ah: su'aalaha sharciga iyo cabashooyinka

# hb: source=557f0608389ad3c0 status=machine
helpline_kw-pam-domestic = Khadka hay'adda shaqada ee shaqaalaha guryaha. Waxaa laga yaabaa in loo-shaqeeyahaaga loo sheego, sidaa darteed marka hore weydii in ay saameyn karto deganaanshahaaga.
    .operator-note = hay'adda shaqada
    .service = Khadka PAM ee shaqaalaha guryaha iyo loo-shaqeeyayaashooda (cabashooyin iyo su'aalo)

# hb: source=54f6a0d37942952d status=machine
helpline_lb-abaad-helpline = Khadka caawimaadda ee koox u dooda xuquuqda haweenka, oo loogu talagalay haweenka la kulma rabshad.
    .service = Khadka caawimaadda haweenka la kulma rabshad

# hb: source=9968c74486eccff4 status=machine
helpline_lb-kafa-atu = Koox haween ah oo caawisa shaqaalaha guryaha iyo haweenka laga faa'iidaystay galmo-ka-ganacsiga (sex work), taageero sharci iyo mid dareen. Waxay leedahay khad taleefan oo 24 saacadood ah; lambarku wuxuu ku yaal website-keeda.
    .hours-text = Khadka taleefanku wuxuu furan yahay 24 saacadood, 7 maalmood. Lambarku wuxuu ku yaal website-ka.
    .service = Anti-Trafficking and Exploitation Unit (khad 24/7 ah; lambarka lama helin)

# hb: source=d9b60735b192f67f status=machine
helpline_lb-mol-1741 = Khadka Wasaaradda Shaqada ee shaqaalaha guryaha, habeen iyo maalin. Wasaaraddu waxay la macaamishaa loo-shaqeeyayaasha iyo waraaqaha shaqada, sidaa darteed waxaa laga yaabaa in loo-shaqeeyahaaga loo sheego.
    .hours-text = 24 saacadood, maalin kasta
    .operator-note = wasaaradda shaqada
    .service = Khadka cabashooyinka shaqaalaha guryaha

# hb: source=dce8c9328344ca64 status=machine
helpline_lk-ncpa-1929 = Waxaa loogu talagalay carruurta, ama qof kasta oo ka welwelsan ilmo. Bilaash, habeen iyo maalin, Sinhala, Tamil ama Ingiriis.
    .hours-text = 24 saacadood, maalin kasta
    .service = 1929 Child Helpline

# hb: source=c659972106733241 status=machine
helpline_lk-slbfe-1989 = Hubi in wakaalad shaqo ay ruqsad leedahay, ama cabasho gudbi. Haddii aad dibadda joogto, marka hore la xiriir safaaradda Sri Lanka.
    .channel-2 = Cabashooyinka
    .hours-text = 24 saacadood
    .operator-note = xafiiska shaqada dibadda
    .service = Khadka 1989 ee shaqaalaha soo-galootiga ah iyo dadka shaqo raadsanaya

# hb: source=fb433e86f35d5337 status=machine
helpline_md-lastrada = Talo bilaash ah ka hor intaadan dibadda u shaqo tegin, iyo caawimaad loogu talagalay dadka laga faa'iidaystay ama ku xayiran dibadda iyo qoysaskooda.
    .channel-1 = Bilaash gudaha Moldova
    .channel-2 = Dibadda
    .hours-text = 8:00 ilaa 20:00
    .service = Khadka socdaalka ammaanka ah iyo ka hortagga ka ganacsiga dadka

# hb: source=bf72fab496c35511 status=machine
helpline_mx-lnctp = Qareenno iyo dhakhaatiir cilmi-nafsi ayaa ka jawaaba, waxaadna ahaan kartaa qof aan magaciisa la ogayn. Waxa aad soo sheegto waxaa loo gudbin karaa booliska.
    .channel-2 = Sheekaysi (chat) ka dhan ah ka ganacsiga dadka oo WhatsApp ah, isla lambarka
    .hours-text = 24 saacadood (taleefan); sheekaysiga WhatsApp 24/7
    .operator-note = gole muwaadiniin oo ku xiran mas'uuliyiinta amniga Mexico City
    .service = Línea y Chat Nacional contra la Trata de Personas (LNCTP)

# hb: source=5d807c6bf2fdaf33 status=machine
helpline_my-mapo = Khad lagu soo sheego ka ganacsiga dadka. Waxa aad sheegto waxay gaaraan booliska iyo socdaalka.
    .hours-text = Maalin kasta, 7:30 subaxnimo ilaa 9 habeennimo. Saacadahaas ka baxsan waxaad dhaafi kartaa fariin cod ah oo la duubo.
    .operator-note = Wasaaradda Arrimaha Gudaha; warbixinnadu waxay u gudbaan booliska iyo socdaalka
    .service = Khad gaar ah oo lagu soo sheego ka ganacsiga dadka (1Malaysia One Call Centre)

# hb: source=a2cb1e5e630ae85e status=machine
helpline_ng-naptip-627 = Waxaa maamusha hay'adda qaranka ee la dagaallanta ka ganacsiga dadka, taas oo xirta ka ganacsatada. Wicitaankaagu waa warbixin loo gudbiyo iyaga; waxay sidoo kale caawiyaan dhibbanayaasha.
    .channel-1 = Bilaash
    .channel-2 = Khadka tooska ah (hotline)
    .hours-text = Xarun wicitaan oo 24 saacadood ah
    .operator-note = hay'adda qaranka ee sharci fulinta ee ka hortagga ka ganacsiga dadka
    .service = NAPTIP 627, khadka bilaashka ah iyo xarunta wicitaanka

# hb: source=21ead6da4987a3f6 status=machine
helpline_nl-arbeidsinspectie = Xafiiska shaqada ee dowladda; wuxuu baaraa loo-shaqeeyayaasha. Haddii aadan waraaqo haysan, waxaa laga yaabaa inuu u sheego booliska socdaalka, sidaa darteed marka hore la hadal koox taageero.
    .channel-2 = Dibadda
    .operator-note = hay'adda shaqada
    .service = Soo sheegista ka faa'iidaysiga shaqada

# hb: source=a033415f57593a1f status=machine
helpline_nl-comensha = Talo loogu talagalay qof kasta oo wajahaya ka ganacsi dad, oo ay ku jiraan su'aalaha ku saabsan wakhtiga nasashada iyo ka fiirsashada, soo sheegista iyo waraaqaha deganaanshaha. Waxay sidoo kale diyaariyaan hoyga koowaad.
    .hours-text = Isniin ilaa Jimce, 9:00 ilaa 17:00
    .service = Xafiiska caawimaadda qaranka ee CoMensha (talo, diiwaangelin, isku dubbaridka hoyga)

# hb: source=8a010ff4736a5eee status=machine
helpline_nl-meld-misdaad-anoniem = Waxaa loogu talagalay in dambi la soo sheego adigoon magacaaga bixin. Warbixintaadu waxay u gudbaysaa booliska; khadkani ma bixiyo taageero.
    .operator-note = warbixinnada u gudbiya booliska
    .service = Meld Misdaad Anoniem (soo sheegid dambi oo aan magac lahayn)

# hb: source=999daf228c4e71c3 status=machine
helpline_nl-police = Kani waa booliska, oo ay ku jiraan booliska socdaalka. Baare ayaa marka hore kuu sharxaya tallaabooyinka, kadib adigaa go'aansanaya inaad soo sheegto iyo in kale; waxay kuu helaan hoy ammaan ah xitaa haddii aadan waraaqo haysan.
    .operator-note = waaxda ajaanibta, aqoonsiga iyo ka ganacsiga dadka (AVIM)
    .service = Khadka booliska ee aan degdegga ahayn (weydii baare ka ganacsiga dadka)

# hb: source=d8d5adaa1f8d5fd5 status=machine
helpline_np-1098 = Waxaa loogu talagalay carruurta khatarta ku jirta, ama qof kasta oo ilmo u wacaya. Ilmo maqan, wac 104.
    .channel-1 = Khadka caawimaadda carruurta
    .channel-2 = Carruurta maqan
    .service = Child Helpline 1098 iyo khadka carruurta maqan 104

# hb: source=a9fba8969076282b status=machine
helpline_np-1145 = Waxaa loogu talagalay haweenka iyo gabdhaha la kulma rabshad ama dulmi, bilaash, habeen iyo maalin. Kiisaska waxaa loo gudbin karaa booliska.
    .hours-text = 24 saacadood
    .operator-note = guddiga haweenka ee dastuuriga ah
    .service = Khadka caawimaadda Khabar Garaun 1145

# hb: source=3edd957ec6a34939 status=machine
helpline_np-1177 = Kani waa khad boolis. Wuxuu qaataa warbixinnada ku saabsan ka ganacsiga dadka iyo dadka Nepal ee dibadda ku xayiran, sida shaqooyin been abuur ah, mushahar aan la bixin ama baasaboorro la qaatay.
    .channel-1 = Gudaha Nepal. Qoyskaaga Nepal jooga ayaa kuu wici kara.
    .hours-text = 24 saacadood
    .service = Khadka ka ganacsiga dadka 1177

# hb: source=88fdf2ab176a7f97 status=machine
helpline_np-feb-1141 = Waxaa loogu talagalay dadka Nepal ee dibadda u shaqo tegaya, ama horeba dibadda u jooga. Wuxuu qaataa su'aalo iyo cabashooyin.
    .channel-1 = Bilaash, gudaha Nepal
    .channel-2 = Bilaash, gudaha Nepal
    .channel-3 = Lambarka oo leh koodhka dalka
    .hours-text = Markii la furay: 8 subaxnimo ilaa 7 fiidnimo. Waxaa laga yaabaa in saacaduhu isbeddeleen.
    .operator-note = wasaaradda shaqada
    .service = Xarunta wicitaanka dhibaatooyinka shaqada dibadda

# hb: source=15a6c553a7b3082e status=machine
helpline_om-rop-hotline = Khadka booliska ee dhibbanayaasha ka ganacsiga dadka. Waxa aad sheegto waxay gaaraan booliska.
    .service = Khadka Royal Oman Police ee dhibbanayaasha iyo markhaatiyaasha ka ganacsiga dadka

# hb: source=c8aa37833dd80800 status=machine
helpline_pe-mininter-1818 = Khad bilaash ah oo qarsoodi ah oo ay leedahay Wasaaradda Arrimaha Gudaha. Warbixinnadu waxay u gudbaan booliska.
    .channel-1 = Bilaash
    .hours-text = 24 saacadood
    .operator-note = wasaaradda arrimaha gudaha, taas oo maamusha booliska qaranka
    .service = Línea 1818 contra la trata de personas

# hb: source=4214837c06f5c33b status=machine
helpline_ph-1343 = Waxaa loogu talagalay dhibbanayaasha ka ganacsiga dadka iyo qoysaskooda, Filibiin ama dibadda, habeen iyo maalin. Kiisaska waxaa loo gudbin karaa booliska.
    .channel-1 = Metro Manila
    .channel-2 = Gobollada kale
    .channel-3 = Dibadda
    .hours-text = 24/7
    .service = 1343 Actionline against Human Trafficking

# hb: source=f8db569f45c9ce15 status=machine
helpline_ph-dmw-1348 = Waxaa loogu talagalay shaqaalaha Filibiin ee dibadda jooga iyo qoysaskooda, habeen iyo maalin. Caawimaad samatabixin, dalka ku noqosho, iyo dhibaatooyin sharci.
    .channel-1 = Gudaha Filibiin
    .channel-2 = Dibadda
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = waaxda shaqaalaha soo-galootiga ah
    .service = Khadka DMW-OWWA 1348 ee shaqaalaha Filibiin ee dibadda jooga

# hb: source=675d042bfc690c54 status=machine
helpline_pk-fia-tip-hotline = Waxaa maamusha hay'adda booliska federaalka. Waxa aad sheegto waxay gaaraan booliska; dhibbanayaasha waxaa loo diraa adeegyada daryeelka.
    .operator-note = hay'adda baaritaanka federaalka, taas oo sidoo kale maamusha xakamaynta socdaalka
    .service = National Trafficking in Persons (TIP) Hotline

# hb: source=8feb6d29f43321af status=machine
helpline_pk-opf-complaints = Waxaa loogu talagalay dadka Pakistan ee dibadda jooga oo dhibaato kala kulma shaqada ama guriga. Waxaad sidoo kale diri kartaa fariin WhatsApp ah.
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = hay'adda daryeelka dadka Pakistan ee dibadda jooga
    .service = Xafiiska cabashooyinka 24/7 ee dadka Pakistan ee dibadda jooga

# hb: source=8b8163d43766e623 status=machine
helpline_pl-kcik = Caawimaad loogu talagalay dhibbanayaasha ka ganacsiga dadka ee Poland iyo kuwa ajnabiga ah: talo, hoy, caawimaad caafimaad iyo sharci, habeen iyo maalin. Waxay kaa caawin karaan waraaqaha joogitaanka ama ku noqoshada dalkaaga.
    .channel-2 = Lambarka labaad (ilo hore)
    .hours-text = 24/7
    .operator-note = waxaa maamula hay'ado aan dowli ahayn oo u shaqeeya Wasaaradda Arrimaha Gudaha
    .service = National Consulting and Intervention Centre for Victims of Trafficking

# hb: source=1ad22d69ed6bef82 status=machine
helpline_pl-lastrada = Hay'ad samafal oo la dagaallanta ka ganacsiga dadka, oo la heli karo habeen iyo maalin.
    .hours-text = 24/7
    .service = Taleefanka 24/7 ee La Strada Foundation

# hb: source=ac7e2708d2491ff4 status=machine
helpline_pt-eme-apf = Kooxo gobol ah oo kuu iman kara, kuu heli kara hoy ammaan ah oo kuu sharxi kara xuquuqdaada. Helitaanka caawimaaddooda macnaheedu ma aha inay waajib kugu tahay inaad booliska aaddo.
    .channel-1 = Waqooyiga
    .channel-2 = Bartamaha
    .channel-3 = Alentejo
    .channel-4 = Lisbon
    .channel-5 = Algarve
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii
    .operator-note = kooxaha taageerada gobollada
    .service = Kooxaha gobollada ee caawiya dhibbanayaasha ka ganacsiga dadka

# hb: source=671529c1525689ef status=machine
helpline_pt-linha-apoio-trafico = Magac la'aan iyo qarsoodi, habeen iyo maalin, qiimaha wicitaan mobile oo caadi ah. Haddii ay jiraan calaamado dambi, kooxdu waxay wici kartaa booliska.
    .channel-1 = Qiimaha wicitaan mobile oo caadi ah
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii
    .service = Khadka taageerada dhibbanayaasha ka ganacsiga dadka

# hb: source=4ded0c56e1274d44 status=machine
helpline_py-sos-mujer-137 = Waxaa loogu talagalay haweenka la kulma rabshad. Xaalad degdeg ah, waxaa laga yaabaa inay booliska kuu wacaan.
    .hours-text = 24 saacadood maalintii
    .operator-note = wasaaradda haweenka
    .service = Línea 137 SOS Mujer

# hb: source=31c0b4f23934c730 status=machine
helpline_qa-mol = Khadka wasaaradda shaqada ee cabashooyinka mushaharka iyo shaqada, sidoo kale shaqaalaha guryaha. Waxaa laga yaabaa in loo-shaqeeyahaaga loo sheego, sidaa darteed marka hore weydii in ay saameyn karto deganaanshahaaga.
    .channel-2 = Qor 5, kadibna lambarka Qatar ID-gaaga ama fiisadaada, oo dir
    .hours-text = Adeegga fariimaha qoraalka: 24 saacadood. Saacadaha taleefanka lama yaqaan.
    .operator-note = wasaaradda shaqada
    .service = Khadka cabashooyinka shaqaalaha, adeegga cabashada SMS iyo Unified Platform for Complaints and Whistleblowers

# hb: source=73df73398895a0be status=machine
helpline_ro-anitp = Khad dowladeed oo bilaash ah oo ku saabsan ka ganacsiga dadka. Wuxuu ka tirsan yahay Wasaaradda Arrimaha Gudaha, taas oo sidoo kale maamusha booliska.
    .operator-note = hay'ad ka tirsan Wasaaradda Arrimaha Gudaha
    .service = Khadka bilaashka ah ee ANITP

# hb: source=ddcabc06e64f4fa6 status=machine
helpline_sa-19911 = Khadka wasaaradda shaqada, oo sidoo kale qaata warbixinnada laga gudbiyo shaqaalaha. Waxaa laga yaabaa in loo-shaqeeyahaaga loo sheego, sidaa darteed marka hore weydii in ay saameyn karto deganaanshahaaga.
    .operator-note = wasaaradda shaqada
    .service = Lambarka midaysan ee wasaaradda 19911 (jebinta sharciga shaqada iyo su'aalaha)

# hb: source=8f67e0782d0ece7a status=machine
helpline_sd-fcpu-9696 = Khadka booliska ee carruurta. Tan iyo dagaalka, waxaa laga yaabaa inuusan meel kasta ka shaqayn.
    .hours-text = 24 saacadood
    .operator-note = qaybta booliska ee ilaalinta qoyska iyo carruurta
    .service = Khadka taageerada carruurta 9696

# hb: source=2c5f89670ac82ffb status=machine
helpline_sg-cde = Caawimaad habeen iyo maalin ah oo loogu talagalay shaqaalaha guryaha. Waxaa laga yaabaa inay la hadlaan loo-shaqeeyahaaga, oo ay u sheegaan wasaaradda ama booliska kiisaska culus.
    .channel-1 = Gudaha Singapore. Wicitaannada mobile-ka waxaa laga yaabaa inay kaa qaataan kaarka (airtime).
    .hours-text = 24 saacadood
    .operator-note = ku xiran ururrada shaqaalaha; la shaqeeya wasaaradda shaqada
    .service = Khadka caawimaadda CDE ee 24 saacadood ah ee shaqaalaha guryaha

# hb: source=c724ca74974f3db5 status=machine
helpline_sg-home = Hay'ad samafal oo loogu talagalay shaqaalaha soo-galootiga ah: talo, caawimaad sharci iyo hoy gabbaad. Waxay la shaqaysaa wasaaradda shaqada iyo booliska.
    .channel-1 = Khad bilaash ah
    .channel-2 = Shaqaalaha guryaha
    .channel-3 = Shaqaalaha kale ee soo-galootiga ah
    .hours-text = Khadka bilaashka ah: 10 subaxnimo ilaa 6 fiidnimo (maalmaha lama sheegin)
    .service = Khadka caawimaadda HOME ee shaqaalaha soo-galootiga ah

# hb: source=46fbb4a0c62ddea2 status=machine
helpline_sg-mom-mdw-helpline = Khad dowladeed oo loogu talagalay shaqaalaha guryaha, mushaharka aan la bixin iyo dhibaatooyinka shaqada. Loo-shaqeeyahaaga waa lala xiriiri doonaa.
    .channel-1 = Gudaha Singapore. Wicitaannada mobile-ka waxaa laga yaabaa inay kaa qaataan kaarka (airtime).
    .channel-2 = Dibadda
    .operator-note = wasaaradda shaqada
    .service = Khadka caawimaadda MOM ee shaqaalaha guryaha ee soo-galootiga ah

# hb: source=bdf0fbddad762eea status=machine
helpline_sg-mwc = Caawimaad habeen iyo maalin ah oo loogu talagalay shaqaalaha soo-galootiga ah, luqado badan. Waxay la shaqaysaa wasaaradda shaqada.
    .hours-text = 24 saacadood maalin kasta
    .operator-note = ururka shaqaalaha iyo isbahaysiga loo-shaqeeyayaasha
    .service = Khadka caawimaadda MWC ee 24 saacadood ah ee shaqaalaha soo-galootiga ah

# hb: source=db54f3dd09d83be5 status=machine
helpline_so-ceebla-5555 = Khad bilaash ah oo loogu talagalay dadka ka badbaaday kufsiga iyo xadgudubka galmada ee Muqdisho. Wuxuu kaa caawiyaa inaad booliska u soo sheegto.
    .channel-1 = Muqdisho (Banaadir)
    .operator-note = waxaa lala maamulaa Ciidanka Booliska Soomaaliyeed
    .service = Khadka Ceebla 5555 ee dadka ka badbaaday rabshadda galmada

# hb: source=26233f11156e3c10 status=machine
helpline_so-gredo-9997 = Khad bilaash ah oo Baydhabo ah, oo loogu talagalay rabshadda ka dhanka ah haweenka iyo carruurta. Waxaad ahaan kartaa qof aan magaciisa la ogayn.
    .channel-1 = Baydhabo
    .hours-text = Sabti ilaa Arbaco 8:00 ilaa 16:00; Khamiis 8:00 ilaa 12:00
    .service = Khadka ilaalinta 9997 (Baydhabo)

# hb: source=d7870fb6c4317291 status=machine
helpline_so-nofyl-2394 = Khad bilaash ah oo loogu talagalay haweenka la kulma rabshad ee gobolka Gedo, habeen iyo maalin. Waxaad ahaan kartaa qof aan magaciisa la ogayn.
    .channel-1 = Gobolka Gedo (Baardheere, Doolow, Beled Xaawo)
    .hours-text = 24 saacadood
    .service = Khadka 2394 ee haweenka la kulma rabshad (gobolka Gedo)

# hb: source=ec92c896fd35e15c status=machine
helpline_th-1300 = Khad caawimaad dowladeed oo gudaha Thailand ah, loogu talagalay dadka Thai-ga ah iyo ajaanibta. Booliska waxaa laga yaabaa in loo sheego kiisaska ka ganacsiga dadka.
    .operator-note = wasaaradda horumarinta bulshada
    .service = Khadka 1300 (caawimaad bulsho)

# hb: source=7dc14f70523ce9ba status=machine
helpline_th-intl-1300 = Waxaa loogu talagalay dadka Thai-ga ah ee dhibaato ugu jira dibadda, habeen iyo maalin. Wicitaanka dibadda waxaa laga yaabaa inuu lacag kugu kaco.
    .channel-1 = Dal kasta. Waxaa laga yaabaa inaad wicitaanka lacag ku bixiso.
    .channel-2 = Fariin qoraal ah
    .hours-text = 24 saacadood
    .operator-note = wasaaradda horumarinta bulshada
    .service = Khadka caalamiga ah ee dadka Thai-ga ah ee dibadda jooga

# hb: source=31802d0a39588b81 status=machine
helpline_th-mol-1694 = Khadka wasaaradda shaqada ee ruqsadaha shaqada iyo dhibaatooyinka shaqada. Wuxuu gaari karaa loo-shaqeeyahaaga, wuxuuna saameyn karaa ruqsaddaada.
    .channel-1 = Gudaha Thailand oo keliya
    .hours-text = Isniin ilaa Jimce, 8:30 ilaa 16:30 (2017)
    .operator-note = wasaaradda shaqada
    .service = Xarunta wicitaanka 1694 ee shaqaalaha soo-galootiga ah

# hb: source=ea91fe3cdec72033 status=machine
helpline_tr-alo-183 = Khad taageero qoys iyo bulsho oo bilaash ah, habeen iyo maalin. Warbixinnada xadgudubka waxaa loo gudbiyaa kooxaha gurmadka degdegga ah ama booliska.
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = wasaaradda qoyska iyo adeegyada bulshada
    .service = ALO 183, khadka taageerada bulshada

# hb: source=93290d999ee853a5 status=machine
helpline_tr-yimer-157 = Waxaa maamusha hay'adda socdaalka. Xaalad degdeg ah, goobta aad joogto ayuu u gudbiyaa booliska.
    .channel-1 = Wicitaan bilaash ah
    .channel-2 = Qiimaha caadiga ah. Dibadda waa laga isticmaali karaa.
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = hay'adda socdaalka
    .service = YİMER 157, xarunta xiriirka ajaanibta

# hb: source=ca8c15b58b106657 status=machine
helpline_tw-1955 = Bilaash, habeen iyo maalin, luqado badan. Cabashooyinku waxay u gudbaan xafiiska shaqada ama booliska, waxaana laga yaabaa inay wacaan loo-shaqeeyahaaga.
    .channel-1 = Gudaha Taiwan oo keliya
    .hours-text = 24 saacadood maalintii, 365 maalmood sannadkii
    .operator-note = wasaaradda shaqada
    .service = Khadka 1955 ee la-talinta iyo cabashooyinka shaqaalaha soo-galootiga ah

# hb: source=2279ec85eea24486 status=machine
helpline_ua-1547 = Khad dowladeed oo loogu talagalay ka ganacsiga dadka iyo rabshadda, habeen iyo maalin. Wuxuu la shaqeeyaa booliska, wuxuuna kaa caawin karaa inaad la xiriirto.
    .channel-1 = Gudaha Ukraine
    .channel-2 = Dadka Ukraine ee dibadda jooga
    .hours-text = Habeen iyo maalin
    .operator-note = xarun wicitaan oo dowladeed; la shaqaysa booliska
    .service = Khadka dowladda ee rabshadda guriga, ka ganacsiga dadka iyo rabshadda ku salaysan jinsiga (1547)

# hb: source=59b742517b4546ed status=machine
helpline_ua-527 = Khad bilaash ah oo aan magac loo baahnayn, oo ku saabsan ka ganacsiga dadka iyo shaqo ammaan ah oo dibadda ah, furan maalin kasta.
    .hours-text = Maalin kasta (saacadaha lama sheegin)
    .service = Khadka qaranka ee ka hortagga ka ganacsiga dadka iyo la-talinta soo-galootiga (527)

# hb: source=646648f57f908966 status=machine
helpline_us-ice-hsi-tipline = Kani waa hay'adda fulinta socdaalka (ICE), ma aha khad caawimaad. Haddii aadan waraaqo haysan, waxa aad sheegto waxaa laga yaabaa in loo isticmaalo si ka dhan ah adiga.
    .channel-1 = Maraykanka iyo Kanada
    .channel-2 = Dalalka kale
    .channel-3 = TTY, loogu talagalay dadka dhegaha la' ama maqalkoodu adag yahay
    .channel-4 = Foomka xogta online
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii
    .operator-note = hay'adda fulinta socdaalka (ICE)
    .service = HSI Tip Line

# hb: source=660ad71eb9eaf56b status=machine
helpline_us-nhth = Ma aha booliska, mana aha socdaalka. Macluumaadkaaga waxay la wadaagaan cid kale oo keliya haddii aad oggolaato, ama haddii ilmo halis ku jiro ama qof khatar ku jiro.
    .channel-2 = Loogu talagalay dadka dhegaha la' ama maqalkoodu adag yahay (adeegga gudbinta)
    .channel-3 = Qor HELP ama INFO
    .channel-4 = Sheekaysi toos ah (live chat) iyo foom online ah
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii, 365 maalmood sannadkii
    .operator-note = waxaa maalgelisa dowladda federaalka
    .service = National Human Trafficking Hotline

# hb: source=cfb5cfb7645832e0 status=machine
helpline_vn-111 = Bilaash, habeen iyo maalin. Waxa aad sheegto waxaa loo diraa booliska ama ilaalada xuduudaha.
    .hours-text = 24 saacadood maalintii, 7 maalmood usbuucii
    .operator-note = warbixinnada waxaa loo gudbiyaa booliska iyo ilaalada xuduudaha
    .service = Khadka qaranka 111 ee ka dhanka ah ka ganacsiga dadka (sidoo kale khadka qaranka ee ilaalinta carruurta)

# hb: source=012eedf7c7919a15 status=machine
helpline_vn-mofa-citizen-protection = Waxaa loogu talagalay dadka Fiyatnaam ee dhibaato ugu jira dibadda, habeen iyo maalin. Waxaad bixinaysaa qiimaha caadiga ah ee wicitaannada caalamiga ah.
    .channel-1 = Dal kasta. Adigaa wicitaanka lacagtiisa bixinaya.
    .hours-text = Habeen iyo maalin
    .operator-note = wasaaradda arrimaha dibadda
    .service = Khadka ilaalinta muwaadiniinta Fiyatnaam ee dibadda jooga

# hb: source=8eaac4de87672594 status=machine
helpline_za-0800222777 = Waxaad ahaan kartaa qof aan magaciisa la ogayn. Warbixinnada waxaa loo gudbin karaa booliska.
    .channel-2 = Online ku soo sheeg
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .service = National Human Trafficking Resource Line

# hb: source=61d8f509d8f5cb6a status=machine
helpline_za-childline-116 = Bilaash, loogu talagalay carruurta ama dadka waaweyn ee ka welwelsan ilmo. Childline waxay u yeeri kartaa booliska ama shaqaale bulsho haddii loo baahdo.
    .service = Childline 116

# hb: source=e783202d5751a21a status=machine
helpline_za-gbv-command-centre = Shaqaale bulsho ayaa ka jawaaba, habeen iyo maalin, bilaash. Waxay kuu soo diri karaan boolis ama shaqaale bulsho si ay kuu caawiyaan.
    .channel-2 = SMS ugu dir erayga 'help' (loogu talagalay dadka naafada ah)
    .hours-text = 24 saacadood, 7 maalmood usbuucii
    .operator-note = waaxda horumarinta bulshada
    .service = Gender-Based Violence Command Centre (xarunta rabshadda ku salaysan jinsiga)

# hb: source=54e58ff33c7582d9 status=machine
tip_backups = Kaydka (backup) ayaa koobiyeeya taleefankaaga
    .body = Taleefanno badan ayaa sawirrada, fariimaha iyo xiriirada u koobiyeeya internetka. Qof kasta oo yaqaan password-ka akoonka ayaa halkaas ku arki kara.

# hb: source=cd027b6f8394bb7b status=machine
tip_borrow-phone = Isticmaal taleefan aad ku kalsoon tahay
    .body = Haddii qof hubiyo taleefankaaga, ka fikir inaad amaahato taleefanka qof aad ku kalsoon tahay.

# hb: source=8c7b50b59845de57 status=machine
tip_browser = Browser-ku wax buu xasuustaa
    .body = Browser-ka internetka ayaa xasuusta bogagga aad furto. Haddii ay ammaan tahay, isticmaal daaqad gaar ah (private window), ama tirtir taariikhda (history).

# hb: source=bdd6d954599bff61 status=machine
tip_call-log = Wicitaannadu waxay ka muuqdaan taleefanka
    .body = Wicitaannada iyo fariimaha qoraalka ah waxay ka muuqdaan liiska wicitaannada iyo fariimaha ee taleefanka. Haddii ay ammaan tahay, tirtir kadib markaad wacdo.

# hb: source=8d4db8a36fafc326 status=machine
tip_chats = Sheekaysiyada waa la kaydiyaa
    .body = WhatsApp iyo app-yada kale ee sheekaysiga ayaa kaydiya fariimahaaga, waxaana laga yaabaa inay u koobiyeeyaan kayd (backup). Haddii ay ammaan tahay, tirtir sheekaysiga kadib markaad qorto.

# hb: source=fe1dc2b015ca2546 status=machine
tip_documents = Hay nuqullada waraaqahaaga
    .body = Hay nuqullada baasaboorkaaga, aqoonsigaaga, fiisadaada, heshiiska shaqada iyo warqadaha mushaharka. Ku hay meel ammaan ah, ama la dhig qof aad ku kalsoon tahay.

# hb: source=9a2f34def671c31c status=machine
tip_hide = Si degdeg ah u qari app-ka
    .body = Riix "Qari" haddii qof kuu soo dhowaado. App-ku wuxuu muujiyaa xisaabiyaha.

# hb: source=0a3bdb406e7299d7 status=machine
tip_phone-bill = Wicitaannadu waxay ka muuqan karaan biilka
    .body = Wicitaan ayaa ka muuqan kara biilka taleefanka, xitaa wicitaan bilaash ah. Haddii qof kale bixiyo lacagta taleefankaaga, wuu arki karaa biilka.

# hb: source=13633996ec4022ee status=machine
tip_photos = Sawirrada waxaa lagu arkaa gallery-ga
    .body = Sawirrada aad qaaddo waxay galaan gallery-ga (kaydka sawirrada) ee taleefanka, halkaas oo qof kasta oo taleefanka haya uu ku arki karo. Ka fikir ka hor intaadan dukumentiyadaada ku sawirin taleefan uu qof kale hubiyo.

# hb: source=1da4b2b3c06c35d5 status=machine
tip_police = Haddii aad ka baqayso booliska
    .body = Meelaha qaarkood, booliska waxay la shaqeeyaan dadka ka faa'iidaysta dadka kale, ama waxay ku weydiiyaan waraaqahaaga. Haddii aad taas ka baqayso, marka hore wac khad ay maamusho hay'ad samafal.

# hb: source=7515e33326d1aba3 status=machine
tip_who-hears = Ogow cidda aad la hadlayso
    .body = Khadadka qaarkood waxaa maamula booliska, socdaalka ama wasaaradda shaqada. Lambar kasta ka hor, app-kan wuxuu kuu sheegayaa cidda maqli karta waxa aad sheegto.

# hb: source=82092a6a63b61b1c status=machine
country_ae = Booliska waxaa laga yaabaa inay hubiyaan waraaqahaaga. Haddii aad awoodo, marka hore wac khad caawimaad.

# hb: source=0759fcafa9ff2079 status=machine
country_af = Halkan lama helin khad caawimaad.
    .emergency-1 = Khadka booliska. Wuxuu sidoo kale qaataa warbixinnada waxyaabaha laga shakiyo.

# hb: source=2f5f0b061b9efc0a status=machine
country_al = Halkan lama hubin karin wax khad caawimaad ah. Khadka qaranka ee ka ganacsiga dadka waxaa la sheegay inuusan shaqaynayn. Haddii aad khatar ku jirto, wac 112 ama booliska 129.
    .emergency-1 = Bilaash
    .emergency-2 = Bilaash

# hb: source=3c983078a27e9d25 status=machine
country_ar = 911 wuxuu soo diraa boolis. Línea 145 waa bilaash, waxaana ka jawaaba shaqaale bulsho, laakiin warbixinnadu waxay u gudbaan xeer-ilaaliyayaasha.

# hb: source=3eb737dfc85a4bf2 status=machine
country_au =
    .emergency-1 = Waxaad codsan kartaa turjubaan.

# hb: source=1c893060b606f257 status=machine
country_bd = 999 waxaa maamula booliska.
    .emergency-1 = Bilaash. Waxaa ka jawaaba booliska. Ingiriisi haddii aad rabto, riix 2.

# hb: source=82092a6a63b61b1c status=machine
country_bh = Booliska waxaa laga yaabaa inay hubiyaan waraaqahaaga. Haddii aad awoodo, marka hore wac khad caawimaad.

# hb: source=a933a3136f2ed621 status=machine
country_bo = Halkan lama helin khad caawimaad. Lambarka booliska waa 110. Waxaad sidoo kale isku dayi kartaa khadadka dadka dalkaaga ka yimid, ama IOM.
    .emergency-1 = Booliska

# hb: source=a2fcfe684b03036a status=machine
country_br = 190 waa Booliska Militariga (Military Police). Haddii aad rabto caawimaad adigoon marka hore booliska wicin, isku day Disque 100 ama Ligue 180.
    .emergency-1 = Booliska Militariga
    .emergency-2 = SAMU (ambalaas)
    .emergency-3 = Dab-damiska

# hb: source=8c62ad5100ada380 status=machine
country_cl = 133 waa booliska Carabineros. Booliska PDI (134) sidoo kale waxay qabtaan waraaqaha socdaalka.
    .emergency-1 = Carabineros

# hb: source=8d1a044a23a5ca7a status=machine
country_co = 123 wuxuu soo diraa boolis. Haddii aadan ahayn Kolombiyaan, waxaa laga yaabaa in saraakiisha socdaalka loo sheego kiiskaaga.

# hb: source=4ec4cc4d4459da49 status=machine
country_de =
    .emergency-1 = Bilaash, xitaa mobile aan kaar (credit) lahayn

# hb: source=a1b32e822f62bb2d status=machine
country_do = 911 wuxuu soo diraa boolis. Haddii aad tahay Haitian ama aadan waraaqo haysan, waxaa laga yaabaa in booliska aysan ku ilaalin, waxaana laga yaabaa in lagu masaafuriyo. Isku day IOM ama qunsuliyaddaada.
    .emergency-1 = Bilaash

# hb: source=5f124ee005ca098c status=machine
country_ec = 911 wuxuu soo diraa boolis. Khadka 1800 DELITO sidoo kale waxaa lala maamulaa booliska.
    .emergency-1 = ECU 911

# hb: source=48cd2d715a439040 status=machine
country_eg = Booliska waxay xireen soo-galooti iyo qaxooti, dhibbanayaashana waxaa lagu ciqaabay dambiyo socdaal. Haddii aad awoodo, marka hore caawimaad ka hel koox taageero.

# hb: source=72d1a484aaa5989b status=machine
country_er = Halkan lama helin khad caawimaad.

# hb: source=e2b812a80c1f0cd4 status=machine
country_et = Saraakiisha qaarkood waxay qaataan laaluush ama waxay caawiyaan ka ganacsatada. Ka taxaddar cidda aad la xiriirto.
    .emergency-2 = Lambarka taleefanka guriga (landline)

# hb: source=65973ada72df1fe1 status=machine
country_fr =
    .emergency-5 = Fariin qoraal ah, loogu talagalay dadka dhegaha la'

# hb: source=9ed8adbea14dabc9 status=machine
country_gb =
    .emergency-1 = Bilaash, taleefan kasta, xitaa mobile xiran
    .emergency-2 = Wuxuu u shaqeeyaa sida 999

# hb: source=c6a003fb8da80a55 status=machine
country_gh = 112 wuxuu gaarsiiyaa booliska, dab-damiska iyo ambalaaska.
    .emergency-1 = Dhammaan shabakadaha mobile-ka

# hb: source=82eccd5aa5f2b273 status=machine
country_gt = 110 waa booliska. Saraakiisha qaarkood waxay caawiyeen ka ganacsatada, sidaa darteed ka taxaddar cidda aad ku kalsoonaato.
    .emergency-1 = Booliska Madaniga ah ee Qaranka
    .emergency-2 = Dab-damiska tabarucayaasha ah
    .emergency-3 = Dab-damiska degmada
    .emergency-4 = Red Cross (Laanqayrta Cas)

# hb: source=3fb1f4a140f11e70 status=machine
country_hn = 911 wuxuu isku xiraa booliska iyo sidoo kale xafiiska socdaalka. Haddii aadan waraaqo haysan, waxaa laga yaabaa in khad caawimaad uu marka hore ka ammaan badan yahay.

# hb: source=22aa209fa8a28369 status=machine
country_id =
    .emergency-1 = Weli kama shaqeeyo meel kasta

# hb: source=37e140b28e5cccbf status=machine
country_il = Halkan booliska oo keliya ayaa xaqiijin kara inaad tahay dhibbane ka ganacsiga dadka. Dad aan waraaqo haysan ayaa la ciqaabay, sidaa darteed haddii aad awoodo, marka hore caawimaad ka hel koox taageero.
    .emergency-2 = Magen David Adom (ambalaas)
    .emergency-4 = Haddii aad mobile ka wacayso

# hb: source=95f91f4641ea1425 status=machine
country_in = 112 wuxuu gaarsiiyaa booliska, dab-damiska iyo ambalaaska.
    .emergency-2 = Lambar hore, oo weli meelaha qaarkood lagu isticmaalo
    .emergency-3 = Lambar hore, oo weli meelaha qaarkood lagu isticmaalo
    .emergency-4 = Lambar hore, oo weli meelaha qaarkood lagu isticmaalo

# hb: source=e38ccb8819fd9bc7 status=machine
country_int = 112 wuxuu ka shaqeeyaa dal kasta oo EU ah iyo dalal kale oo badan. Taleefannada mobile-ka badankood waxay 112 u arkaan wicitaan degdeg ah meel kasta, laakiin dalal qaarkood qofna kama jawaabo, sidaa darteed sidoo kale baro lambarka deegaanka.
    .emergency-1 = Ka isku day taleefan kasta oo mobile ah

# hb: source=f61288ebb873e353 status=machine
country_ir = Halkan dhibbanayaasha, oo ay ku jiraan dadka aan waraaqo haysan, waa la ciqaabay. Ka taxaddar cidda aad la xiriirto.
    .emergency-4 = Gargaarka iyo samatabixinta Red Crescent (Bisha Cas)

# hb: source=c34bb3c6bba2d3ff status=machine
country_jo = Booliska iyo kormeerayaasha shaqada waxay xiri karaan shaqaalaha aan haysan waraaqo sax ah. Haddii aad awoodo, marka hore hel caawimaad sharci.

# hb: source=eaf2b3eb688fb59e status=machine
country_ke =
    .emergency-1 = Gurmadka degdegga ah ee booliska

# hb: source=6fe53ad4b8c6a1a0 status=machine
country_kh = Lambarka keliya ee halkan laga helay waa booliska. Booliska halkan waxay hayeen dad laga ganacsaday ilaa ay lacag bixiyeen. Isku day khadka dadka dalkaaga ka yimid, ama IOM.

# hb: source=b01373211f5153a9 status=machine
country_kw = Booliska waxay xiri karaan dadka aan waraaqo haysan ama leh kiis baxsasho ('absconding'). Haddii aad awoodo, marka hore wac khad caawimaad ama safaaraddaada.

# hb: source=29541d9e33cf9a37 status=machine
country_lb = Booliska waxay xiri karaan dadka aan waraaqo haysan, xitaa dhibbanayaasha. Haddii aad awoodo, marka hore caawimaad ka hel koox taageero.
    .emergency-2 = Lebanese Red Cross (Laanqayrta Cas ee Lubnaan)
    .emergency-3 = Difaaca Madaniga (Civil Defence)

# hb: source=c0b06d0656b72a0e status=machine
country_lk =
    .emergency-2 = Haddii aad mobile ka wacayso
    .emergency-4 = Ambalaas bilaash ah (Suwa Seriya)

# hb: source=7deee915e9ca7ae3 status=machine
country_ly = Halkan lama helin khad caawimaad. IOM waxay ka caawisay soo-galootiga Libya inay dalkooda ku noqdaan.

# hb: source=5c7730a23e68405c status=machine
country_md =
    .emergency-1 = Bilaash, taleefan kasta

# hb: source=5f79b504e13bb5bd status=machine
country_mm = Halkan lama helin khad caawimaad. Isku day khadadka dadka dalkaaga ka yimid, ama IOM.

# hb: source=abc11fb4291a3f37 status=machine
country_mx = 911 wuxuu soo diraa boolis. Saraakiisha qaarkood waxay caawiyeen ka ganacsatada, sidaa darteed ka taxaddar cidda aad ku kalsoonaato.
    .emergency-1 = Bilaash, 24 saacadood

# hb: source=26e0ab0fc71c29ce status=machine
country_my =
    .emergency-2 = Haddii aad mobile ka wacayso. Wuxuu aadaa isla xarunta 999.

# hb: source=aeedbbc9407c419e status=machine
country_ng = 112 waa bilaash, wuxuuna gaarsiiyaa booliska, dab-damiska iyo ambalaaska meelaha uu ka shaqeeyo.
    .emergency-1 = Bilaash. Weli kama shaqeeyo gobol kasta.

# hb: source=0a131da274d5b8b6 status=machine
country_nl = Haddii aadan waraaqo haysan, xafiiska shaqada iyo booliska waxaa laga yaabaa inay kiiskaaga u gudbiyaan booliska socdaalka. Koox taageero ayaa marka hore ku siin karta talo.

# hb: source=655b76fa446521a6 status=machine
country_om = Saraakiisha waxay shaqaalaha dib ugu celiyeen loo-shaqeeyahooda. Haddii aad awoodo, la xiriir safaaraddaada ama khad caawimaad ka hor booliska.
    .emergency-1 = Kuwa ka jawaaba waxaa laga yaabaa inay ku hadlaan Carabi oo keliya

# hb: source=173614535be1ae38 status=machine
country_pe = 105 waa booliska. Lima iyo Callao, 911 sidoo kale wuu shaqayn karaa.
    .emergency-1 = Booliska Qaranka
    .emergency-2 = Dab-damiska, bilaash
    .emergency-3 = SAMU (ambalaas), bilaash

# hb: source=af43b253af3c35f3 status=machine
country_pk = Booliska: 15. Rescue 1122: shilalka, dabka iyo caawimaadda caafimaadka.
    .emergency-2 = Rescue 1122, shilalka, dabka iyo xaaladaha caafimaad ee degdegga ah. Kama shaqeeyo meel kasta.

# hb: source=479e072fde814d88 status=machine
country_py = 911 wuxuu soo diraa boolis. Booliska qaarkood waxay caawiyeen ka ganacsatada, sidaa darteed ka taxaddar cidda aad ku kalsoonaato.

# hb: source=82092a6a63b61b1c status=machine
country_qa = Booliska waxaa laga yaabaa inay hubiyaan waraaqahaaga. Haddii aad awoodo, marka hore wac khad caawimaad.

# hb: source=10a8a6dfc7739a19 status=machine
country_sa = Booliska waxay xiri karaan dadka aan waraaqo haysan. Haddii aad awoodo, marka hore wac khad caawimaad ama safaaraddaada.
    .emergency-1 = Kuwa ka jawaaba badanaa waxay ku hadlaan Carabi

# hb: source=474f3296c0dd2b5e status=machine
country_sd = Halkan dhibbanayaasha waa la ciqaabay, saraakiisha qaarkoodna waxay ku lug leeyihiin ka ganacsiga dadka. Ka taxaddar cidda aad la xiriirto.
    .emergency-1 = Khartuum. Cusub 2025.

# hb: source=8dda8f7edd9d1901 status=machine
country_so = Saraakiisha qaarkood waxay ka faa'iidaan ka ganacsiga dadka. Ka taxaddar cidda aad la xiriirto.
    .emergency-1 = Muqdisho

# hb: source=75ed9aeca9afd4e7 status=machine
country_sv = Halkan lama helin khad caawimaad. 911 waxaa maamula booliska. Waxaad sidoo kale isku dayi kartaa khadadka dadka dalkaaga ka yimid, ama IOM.
    .emergency-1 = Waxaa maamula Booliska Madaniga ah ee Qaranka

# hb: source=24846d9fa21bfae5 status=machine
country_tr = Booliska iyo saraakiisha socdaalka waxay hubin karaan waraaqahaaga. Dad Suuriyaan ah qaarkood ayaa dib loo celiyay iyadoo aan la hubin inay dhibbanayaal yihiin.
    .emergency-1 = Kuwa ka jawaaba qaarkood waxay ku hadlaan luqado ajnabi ah

# hb: source=bc6d0b48aee80883 status=machine
country_tw =
    .emergency-3 = Mobile aan lahayn shabakad (signal) ama kaarka SIM

# hb: source=2101e08dfbffef43 status=machine
country_ua = Haddii aad khatar ku jirto, wac booliska 102.

# hb: source=aa1905313bb0c582 status=machine
country_us = 911 wuxuu soo diraa boolis. Haddii aadan waraaqo haysan, marka hore waxaad wici kartaa National Human Trafficking Hotline. Ma aha booliska ama socdaalka.

# hb: source=d5a519b1be6314ce status=machine
country_vn =
    .emergency-2 = Dab-damis iyo samatabixin
    .emergency-4 = Raadin iyo samatabixin, masiibooyin

# hb: source=218c95a1c1afb34b status=machine
country_za = 112 wuxuu ka shaqeeyaa taleefan kasta oo mobile ah. Booliska: 10111.
    .emergency-1 = Taleefan kasta oo mobile ah, xitaa kaar (airtime) la'aan

# hb: source=c0521a401189b61f status=machine
question_ilo-forced-labour--age = Ma ka yar tahay 18 sano?
    .help = Haddii aad ka yar tahay 18, waxyaabo yar ayaa si kale kuugu shaqeeya. Weli waad ka jawaabi kartaa su'aalaha kale.

# hb: source=34aa2fd310ebbca5 status=machine
question_ilo-forced-labour--conditions = Meesha aad ka shaqayso ama aad ku seexato ma tahay meel aan ammaan ahayn ama wasakh ah?

# hb: source=09302641bce2e4cd status=machine
question_ilo-forced-labour--crimes = Qof ma kugu qasbaa inaad samayso waxyaabo sharciga ka soo horjeeda?
    .help = Tusaale ahaan: inaad iyaga u iibiso daroogo, u xadato, ama u dawarsato.

# hb: source=028ebdf36136395f status=machine
question_ilo-forced-labour--debt = Ma qasab baa kugu ah inaad shaqayso si aad u bixiso deyn aad u leedahay madaxa shaqada ama wakiil?
    .help = Tusaale ahaan: safarkaaga, lacag shaqo-helitaan, cunto ama qol.

# hb: source=8fd3665cbff6ef8c status=machine
question_ilo-forced-labour--deception = Shaqadaadu ma aad bay uga duwan tahay wixii laguu ballanqaaday?
    .help = Tusaale ahaan: nooca shaqada, mushaharka, saacadaha, ama meesha lagu noolaado.

# hb: source=c7bb641c283f19bb status=machine
question_ilo-forced-labour--documents = Qof kale ma hayaa baasaboorkaaga ama kaarka aqoonsigaaga?
    .help = Tusaale ahaan: madaxa shaqadaada, wakiil, ama qofka aad la nooshahay.

# hb: source=f2cba2074458270b status=machine
question_ilo-forced-labour--isolation = Ma lagaa celiyaa inaad la hadasho qoyskaaga ama saaxiibbadaa?

# hb: source=24a3e6bafce0964c status=machine
question_ilo-forced-labour--movement = Ma lagaa celiyaa inaad ka baxdo meesha aad ka shaqayso ama aad ku nooshahay?

# hb: source=7332d0f363d2ff28 status=machine
question_ilo-forced-labour--overtime = Ma qasab baa kugu ah inaad shaqayso saacado aad u dheer, ama maalmo fasax la'aan?

# hb: source=41ef9b0406674b91 status=machine
question_ilo-forced-labour--sexual = Qof ma kugu qasbay inaad samayso waxyaabo galmo ah oo aadan rabin?
    .help = Tan waxaa ku jira in lagugu qasbo inaad dad galmo la samayso, lacagtana qof kale qaato.

# hb: source=2932505ad0a7a271 status=machine
question_ilo-forced-labour--threats = Qof ma ku hanjabay adiga ama qoyskaaga?
    .help = Tusaale ahaan: rabshad, booliska, ama in dalkaaga lagu celiyo.

# hb: source=ec1755eb0f5722a5 status=machine
question_ilo-forced-labour--violence = Qof ma ku garaacay ama ma ku dhaawacay?

# hb: source=5045ad6a78925e9c status=machine
question_ilo-forced-labour--vulnerability = Qof ma u adeegsadaa dhibaatooyinkaaga inuu ku xakameeyo?
    .help = Tusaale ahaan: sababtoo ah ma haysatid waraaqo, deyn baa lagugu leeyahay, luqadda kuma hadashid, ama meel kale oo aad aaddo ma lihid.

# hb: source=ab32ba50010a5949 status=machine
question_ilo-forced-labour--wages = Qof ma hayaa mushaharkaaga, ama ma wuxuu ku siiyaa wax aad uga yar wixii laguu ballanqaaday?
