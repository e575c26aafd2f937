# Nilalaman ng Harbour sa Tagalog (Filipino) (tl). Borador na gawa ng makina; hindi pa nasusuri ng
# taong katutubong nagsasalita ng Tagalog. Isinalin lang ang teksto pagkatapos ng `=`; kinopya nang
# walang pagbabago ang mga id, pangalan ng attribute at linyang `# hb:`. Mga tala para sa tagasuri: tl.notes.md.

# hb: source=ddea4b8025a96e10 status=machine
right_ae-1 = Hindi dapat itago ng iyong amo ang iyong passport
    .body = Ayon sa batas sa paggawa ng UAE, hindi dapat itago ng iyong amo ang iyong mga opisyal na papeles, gaya ng iyong passport. May karapatan din ang mga kasambahay na hawakan ang sarili nilang passport at ID. Hindi mo kailangang makipagtalo sa iyong amo tungkol dito. Puwede kang magreklamo sa ministeryo ng paggawa (MOHRE) sa 80060.
    .caveats = Kapag umalis ka sa trabaho nang walang abiso, maaari itong humantong sa isang absconding report (ulat na tumakas ka sa trabaho). Humingi ng payo bago ka umalis.

# hb: source=79e86c2473363aa5 status=machine
right_ae-2 = Sabi ng ministeryo: sapilitang pagtatrabaho ang pagtatago ng passport
    .body = Sinabi ng ministeryo ng paggawa na ang pagtatago ng passport ng isang manggagawa ay isang uri ng sapilitang pagtatrabaho. Puwede lang hawakan ng amo ang passport nang maikling panahon, para mag-ayos, mag-renew o magkansela ng visa.
    .caveats = Marami pa ring amo ang nagtatago ng passport, at mahina ang mga parusa.

# hb: source=71192aff8eb6ff45 status=machine
right_ae-3 = Mga shelter at suporta para sa mga biktima ng trafficking
    .body = May mga shelter sa UAE para sa mga biktima ng human trafficking, gaya ng Ewaa sa Abu Dhabi at ng Dubai Foundation for Women and Children. Nagbibigay sila ng ligtas na matitirhan, pangangalagang medikal, counseling at tulong legal. Puwedeng makakuha ang mga biktima ng pansamantalang permit para manatili sa bansa habang tumatakbo ang kaso sa korte, at ng tulong para makauwi nang ligtas.
    .caveats = Malapit na nakikipagtulungan sa pulis ang mga shelter.

# hb: source=fa53873707784d1e status=machine
right_ae-4 = Sino ang tatawagan tungkol sa trafficking sa UAE
    .body = Sa Dubai, puwedeng tumawag ang mga babae at bata sa Dubai Foundation for Women and Children sa 800111. Libre ito at bukas araw at gabi. Ang sinumang nag-aalala tungkol sa isang bata ay puwedeng tumawag sa 116111. Para sa mga problema sa trabaho, tawagan ang ministeryo ng paggawa sa 80060.
    .caveats = Pulis ang nagpapatakbo ng linya para sa mga bata, at nakikipagtulungan sa pulis ang iba pang serbisyo.

# hb: source=5cf2b4058530272d status=machine
right_ae-5 = Kailan ka puwedeng lumipat sa bagong amo
    .body = Puwede kang lumipat sa bagong amo kapag natapos ang iyong kontrata, kapag nagkasundo kayo ng iyong amo na tapusin ito, o kapag tinapos ito ng iyong amo dahil sa dahilang hindi mo kasalanan. Pagkatapos makansela ang iyong visa, may grace period ka para makahanap ng bagong trabaho o umalis ng bansa; nakasulat ito sa papel ng pagkansela mo. Hindi ka dapat tanggalin ng iyong amo dahil nagreklamo ka sa ministeryo.
    .caveats = Kung aalis ka habang nasa probation nang walang abiso, o kung mapatunayang totoo ang absconding report laban sa iyo, maaaring hindi ka bigyan ng bagong work permit sa loob ng isang taon.

# hb: source=7617c001ef1451ff status=machine
right_ae-6 = Dapat ibigay ang iyong sahod sa tamang oras
    .body = Dapat magbayad ng sahod ang mga kumpanya sa pamamagitan ng opisyal na Wage Protection System, papunta sa bangko o exchange account, para masuri ng ministeryo ng paggawa na buo at nasa oras ang bayad sa iyo. Dapat bayaran ang mga kasambahay sa loob ng 10 araw mula sa araw na dapat silang bayaran. Kung hindi ka binayaran, magreklamo sa ministeryo ng paggawa (MOHRE) sa 80060, sa app nito o sa website nito. Susubukan muna ng ministeryo na ayusin ang kaso; kung hindi ito maayos, mapupunta ito sa korte.
    .caveats = Marami pa ring kasambahay ang binabayaran sa labas ng wage system. Itala mo mismo kung magkano ang ibinayad sa iyo.

# hb: source=eb4b8f38617de804 status=machine
right_ae-7 = Absconding report: ano ang ibig sabihin nito at ano ang gagawin
    .body = Kung wala ka sa trabaho nang higit sa 7 sunod-sunod na araw nang walang legal na dahilan, at hindi ka makontak ng iyong amo, puwedeng mag-file ang iyong amo ng 'absconding' report (ulat na tumakas ka sa trabaho). Kapag napatunayang totoo ang report, maaaring hindi ka makakuha ng bagong work permit sa loob ng isang taon at maaaring maapektuhan ang pananatili mo sa bansa. Puwede mong tawagan ang ministeryo ng paggawa sa 600590000 para itanong kung may report na na-file laban sa iyo. Puwedeng kuwestiyunin sa ministeryo ang maling report, kaya itago ang mga patunay gaya ng mga mensahe, reklamo at rekord ng sahod.
    .caveats = Hindi dapat mag-file ang amo ng report na ito dahil lang nagreklamo ka o nag-resign ka. Kung aalis ka dahil sa pang-aabuso o hindi binayarang sahod, subukang magreklamo muna sa ministeryo.

# hb: source=cdeac1b21d4262bc status=machine
right_au-1 = Krimen sa Australia ang trafficking at sapilitang pagpapakasal
    .body = Krimen sa Australia ang human trafficking at ang pagpilit sa isang tao na magpakasal labag sa kanyang kalooban.

# hb: source=4f3c96b7d0a18f4c status=machine
right_au-2 = Ano ang iniaalok ng Support for Trafficked People Program
    .body = Ang Support for Trafficked People Program (pinapatakbo ng Australian Red Cross, pinopondohan ng Department of Social Services) ay puwedeng magbigay ng caseworker, tulong pinansyal, matitirhan, pangangalagang pangkalusugan, counseling at referral sa mga serbisyong legal at pang-migrasyon.

# hb: source=5debd79143b2a6be status=machine
right_au-3 = Paano makakapasok sa support program
    .body = Makakapasok ka sa program sa pamamagitan ng referral mula sa Australian Federal Police (131 237) o sa pamamagitan ng Additional Referral Pathway na pinangungunahan ng The Salvation Army.

# hb: source=24f71d2d9b82a57e status=machine
right_au-4 = Karaniwang tumatagal nang hanggang 110 araw ang suporta
    .body = Karaniwang tumatagal nang hanggang 110 araw ang suporta (90 araw na masinsinang suporta at 20 araw ng transisyon); puwede itong tumagal nang mas matagal kung kasali ka sa isang kasong kriminal.

# hb: source=063de71836fa4036 status=machine
right_au-5 = Kusang-loob ang pagsali
    .body = Kusang-loob ang pagsali at puwede kang umalis sa program anumang oras.

# hb: source=39d17f1b5b188718 status=machine
right_au-6 = Bawiin ang hindi binayarang sahod sa tulong ng Fair Work Ombudsman
    .body = Ang mga may hawak ng visa at mga migranteng manggagawa ay may parehong karapatan sa sahod at trabaho gaya ng ibang manggagawa sa Australia. Totoo pa rin ito kahit lumabag ka sa kondisyon ng visa, wala kang karapatang magtrabaho, o wala kang karapatang manatili sa Australia. Nagbibigay ang Fair Work Ombudsman ng libreng tulong tungkol sa hindi binayarang sahod. Tumawag sa 13 13 94. Para sa tagasalin, tumawag sa 131 450 at hilingin sa kanila na tawagan ang Ombudsman.
    .caveats = Karaniwang hindi kakanselahin ng Home Affairs ang pansamantalang visa dahil sa paglabag sa kondisyon sa trabaho na dulot ng pagsasamantala, kung tinutulungan ka ng Ombudsman at wala nang ibang dahilan. Kung wala kang pahintulot na magtrabaho, hiwalay na pinagpapasyahan ang bawat kaso.

# hb: source=03bc12bb9778e1c2 status=machine
right_bh-1 = Paglipat ng amo sa Bahrain
    .body = Pagkatapos ng isang taon sa iyong amo, puwede kang lumipat sa bagong amo kahit walang pahintulot niya. Dapat mong sabihan ang LMRA at ang iyong amo, magbigay ng abiso na nakasulat sa iyong kontrata, at sundin ang mga hakbang sa paglipat. Sa una mong taon, puwedeng tumanggi ang iyong amo sa paglipat. Kapag natapos ang iyong work permit, may 30 araw ka para makahanap ng bagong amo o umalis ng bansa.
    .caveats = Karaniwang 30 hanggang 90 araw ang panahon ng abiso. Huwag kumuha ng ibang trabaho sa loob ng 30 araw pagkatapos matapos ang iyong permit.

# hb: source=5eb5ef2dd88c3f97 status=machine
right_bh-2 = Ang karapatan mo sa buong sahod sa Bahrain
    .body = May karapatan kang matanggap ang buo mong sahod sa oras na napagkasunduan sa iyong kontrata. Kung hindi ka binayaran, sabihan ang iyong amo at hingin ang iyong sahod. Puwede kang magreklamo sa Ministry of Labour, o magrehistro nang libre ng kaso sa paggawa sa Protection and Grievances Centre ng LMRA.
    .caveats = Sabi ng gabay ng LMRA, patuloy na magtrabaho habang hinihingi mo ang hindi binayarang sahod. Kung inaabuso ka o nasa panganib ka, pumunta sa Protection and Grievances Centre, sa Ministry of Labour, sa pulis o sa iyong embahada.

# hb: source=fa6ca482c6a59868 status=machine
right_bh-3 = Sa iyo ang iyong passport
    .body = Sabi ng awtoridad sa paggawa ng Bahrain, pag-aari mo ang iyong passport. Kung pipiliin mong ipatago ito sa iba, humingi ng nakasulat na resibo. Hindi ka dapat singilin ng iyong amo para sa iyong work permit. Kung inaabuso ka o pinipilit, puwede kang pumunta sa Protection and Grievances Centre ng LMRA, sa Ministry of Labour o sa iyong embahada.

# hb: source=cd22cd26de4c6c4f status=machine
right_bh-4 = Mga ulat ng pagliban sa Bahrain
    .body = Huwag lumiban sa trabaho nang higit sa 15 araw nang walang pahintulot ng iyong amo, dahil dapat i-report ng iyong amo sa LMRA ang pagliban mo. Sinusubukan ng LMRA na kontakin ang manggagawa, kaya laging i-update sa LMRA ang numero ng telepono mo. Puwede mong tingnan sa website ng LMRA kung na-report kang lumiban. Puwede mong kuwestiyunin ang anumang desisyon ng LMRA sa loob ng 30 araw.
    .caveats = May mga taong walang balidong papeles na na-deport nang hindi sinusuri kung biktima sila ng trafficking. Humingi agad ng tulong.

# hb: source=46b6e08c1c685697 status=machine
right_br-1 = Residence para sa mga migranteng na-traffic o inalipin
    .body = Puwedeng magbigay ang Brazil ng residence permit sa mga migranteng biktima ng human trafficking, ng pang-aalipin sa trabaho (slave labour), o ng paglabag sa karapatan na lumala dahil sa katayuan nila bilang migrante. Puwedeng isumite ang kahilingan sa anumang opisina ng Federal Police (Polícia Federal), at ang Federal Police ang magpapasya.
    .caveats = Puwedeng tumulong sa paghahanda ng kahilingan ang mga public defender, labour inspector o piskal (prosecutor). Humingi ng tulong sa kanila o sa isang grupong tumutulong.

# hb: source=0e45a5882cff6ec9 status=machine
right_br-2 = Tulong para sa mga biktima, tumulong ka man o hindi sa pulis
    .body = Sabi ng batas ng Brazil laban sa trafficking, dapat makatanggap ng buong pangangalaga ang mga biktima anuman ang kanilang nasyonalidad, at nakikipagtulungan man sila o hindi sa imbestigasyon o kaso sa korte. Kasama sa pangangalaga ang tulong legal, panlipunan, sa trabaho at sa kalusugan, pansamantalang shelter, proteksyon ng iyong privacy at pagkakakilanlan, at impormasyon tungkol sa mga proseso.

# hb: source=aee560d97a2389e1 status=machine
right_br-3 = Nailigtas mula sa pang-aalipin sa trabaho: ang sahod mo at 3 bayad
    .body = Kapag nailigtas ng mga labour inspector ang mga manggagawa mula sa trabahong parang pang-aalipin, tinatapos nila ang trabaho at inuutusan ang amo na bayaran ang sahod at ang perang dapat ibigay sa pagtatapos ng kontrata. Nakakatanggap din ang mga nailigtas na manggagawa ng 3 buwanang bayad mula sa espesyal na unemployment insurance, bawat isa ay katumbas ng minimum wage. Ibibigay sa iyo ng labour inspector ang form. Mag-apply sa loob ng 90 araw mula sa pagliligtas.
    .caveats = Maaari ring pagbayarin ng tanggapan ng labour prosecutor (MPT) ang amo ng kompensasyon para sa pinsala.

# hb: source=b4f4108930b0787e status=machine
right_ca-1 = Temporary resident permit para sa mga biktima ng trafficking
    .body = Kung biktima ka ng human trafficking at wala kang legal na katayuan sa Canada, puwede kang mag-apply ng espesyal na temporary resident permit. Mula Pebrero 4, 2025, karaniwan itong ibinibigay nang hindi bababa sa 12 buwan. Walang bayad. Kapag mayroon ka nito, may pangangalagang pangkalusugan ka at puwede kang mag-apply ng work o study permit. Hindi mo kailangang tumestigo laban sa trafficker. Puwede kang makipag-ugnayan mismo sa immigration.
    .caveats = Maaaring interbyuhin ka ng isang immigration officer, at siya ang magpapasya. Puwedeng i-renew ang permit, depende sa sitwasyon mo.

# hb: source=f4a954a53a1f6107 status=machine
right_ca-2 = Dapat kang bayaran ng iyong amo ayon sa napagkasunduan
    .body = Ang mga pansamantalang dayuhang manggagawa ay may parehong karapatan gaya ng ibang manggagawa sa Canada. Dapat kang bayaran ng iyong amo ayon sa sinasabi ng inyong kasunduan sa trabaho, kasama ang overtime kung nasa kasunduan ito. Hindi puwedeng kunin ng iyong amo ang iyong passport, ipa-deport ka, o ipabayad sa iyo ang recruitment fee. Para sa hindi binayarang sahod, makipag-ugnayan sa employment standards office ng iyong probinsya o teritoryo.
    .caveats = Magkakaiba ang patakaran sa bawat probinsya. Puwede mong i-report ang pang-aabuso sa kumpidensyal na tip line ng Service Canada, 1-866-602-9448. Kung inaabuso ka, maaaring makakuha ka ng open work permit para makalipat ng trabaho.

# hb: source=a0f09d7048ff59d7 status=machine
right_coe-1 = Hindi bababa sa 30 araw para makabawi at magpasya
    .body = Ang mga bansang sumali sa kasunduang ito (treaty) ay dapat magbigay sa posibleng biktima ng hindi bababa sa 30 araw para makabawi. Dapat itong magsimula sa sandaling may mabuting dahilan para paniwalaang biktima ka. Panahon ito para makalayo sa mga trafficker, makaramdam nang kaunti na mas ligtas ka, at malayang magpasya kung tutulong ka sa pulis at sa mga piskal.
    .caveats = Puwedeng hindi ibigay ng isang bansa ang panahong ito dahil sa kaayusang pampubliko (public order), o kung sa tingin nito ay nagsinungaling ang isang tao na biktima siya.

# hb: source=ad272d82fc240c5c status=machine
right_coe-2 = Sa panahong ito, hindi ka puwedeng paalisin
    .body = Sa panahon ng pagbawi at pag-iisip (recovery and reflection period), hindi puwedeng ipatupad ang utos na paalisin ka sa bansa. Dapat kang payagan ng bansa na manatili sa panahong ito. Dapat ka ring makatanggap ng pangunahing tulong na nakalista sa kasunduan, gaya ng ligtas na matitirhan, pang-emergency na pangangalagang medikal, mga tagasalin at impormasyon tungkol sa iyong mga karapatan.
    .caveats = Puwedeng hindi ibigay ng isang bansa ang panahong ito dahil sa kaayusang pampubliko (public order), o kung sa tingin nito ay nagsinungaling ang isang tao na biktima siya.

# hb: source=955890835087e911 status=machine
right_coe-3 = Residence permit na puwedeng i-renew
    .body = Dapat magbigay ang mga bansa sa mga biktima ng residence permit na puwedeng i-renew kapag sa tingin ng mga awtoridad ay kailangan mong manatili. Puwedeng dahil ito sa iyong personal na sitwasyon, o dahil tumutulong ka sa imbestigasyon o kaso sa korte. Ang bawat bansa ang pipili ng isang dahilan o ng pareho. Hindi ka dapat pigilan ng permit na ito na humingi ng asylum.
    .caveats = Sa maraming bansa, para lang sa mga taong tumutulong sa pulis ang permit. Tanungin ang isang abogado kung ano ang naaangkop kung nasaan ka.

# hb: source=8763a756bede33aa status=machine
right_coe-4 = Mga krimeng pinilit kang gawin: kumuha muna ng abogado
    .body = Sabi ng kasunduan, dapat gawing posible ng mga bansa na hindi parusahan ang mga biktima para sa mga ilegal na bagay na pinilit silang gawin. Posibilidad lang ito. Hindi ito pangako na hindi ka kakasuhan o parurusahan. Nakadepende sa batas ng bawat bansa kung paano ito gumagana. Bago ka makipag-usap sa pulis o sa mga opisyal tungkol sa anumang krimeng pinilit kang gawin, kumuha ng abogado.
    .caveats = Huwag pumirma o umamin ng anuman tungkol sa mga krimeng iyon nang walang abogado.

# hb: source=7a73c7efa8555bb8 status=machine
right_coe-5 = Tulong para makabawi: ang ipinapangako ng kasunduan
    .body = Dapat tulungan ng mga bansa ang mga biktima na makabawi sa katawan at isip. Kahit man lang: ligtas at angkop na matitirhan, tulong para sa mga pangunahing pangangailangan, pang-emergency na pangangalagang medikal, mga tagasalin kapag kailangan, payo at impormasyon tungkol sa iyong mga karapatan sa wikang naiintindihan mo, tulong para makasali sa mga kaso sa korte, at pag-aaral para sa mga bata. Hindi dapat nakadepende ang tulong na ito sa pagpayag mong maging testigo.
    .caveats = Nakadepende sa bawat bansa kung gaano karaming tulong ang makukuha mo.

# hb: source=ea896d937db53247 status=machine
right_coe-6 = Impormasyon, tulong legal at kompensasyon
    .body = Mula sa una mong pakikipag-ugnayan sa mga awtoridad, dapat kang makatanggap ng impormasyon tungkol sa mga proseso sa korte at sa gobyerno sa wikang naiintindihan mo. Dapat bigyan ng mga bansa ang mga biktima ng karapatan sa tulong legal at sa libreng legal aid, ayon sa sarili nilang patakaran. May karapatan kang humingi ng kompensasyon sa mga trafficker. Dapat ding tiyakin ng mga bansa na makakakuha ng kompensasyon ang mga biktima sa anumang paraan, halimbawa sa pamamagitan ng pondo para sa mga biktima.
    .caveats = Sa totoo, kakaunting biktima ang nakakakuha ng pera mula sa mga trafficker. Humingi agad ng legal na payo.

# hb: source=cffc6fce33f52539 status=machine
right_de-1 = Hindi bababa sa 3 buwan para magpasya (reflection period)
    .body = Kung may palatandaan ang mga awtoridad na biktima ka ng trafficking o ng pagsasamantala sa trabaho at sinabihan ka nilang umalis ng Germany, dapat ka nilang bigyan ng hindi bababa sa 3 buwan bago ka kailangang umalis. Ang panahong ito ay para maging matatag ka at makapagpasya kung makikipagtulungan ka sa pulis.
    .caveats = Humingi ng tulong sa isang espesyal na counseling center para sa mga biktima ng trafficking.

# hb: source=3a0d24e79df10b72 status=machine
right_de-2 = Residence permit kung ikaw ay testigo
    .body = Kung handa kang maging testigo sa kasong kriminal, puwede kang makakuha ng residence permit. Dapat makita ng piskal o ng korte na kapaki-pakinabang sa kaso ang presensya mo, at dapat naputol mo na ang pakikipag-ugnayan sa akusado. Una itong ibinibigay nang isang taon at nakatali ito sa kaso. Pagkatapos ng kaso, dapat itong palawigin kung may makatao o personal na dahilan. Puwedeng payagan ang pagtatrabaho.
    .caveats = Nakadepende ang permit na ito sa tulong mo sa kasong kriminal. Humingi ng payo sa isang espesyal na counseling center bago ka magpasya.

# hb: source=d3185f814e1500fb status=machine
right_de-3 = May karapatan ka sa iyong sahod, kahit walang papeles
    .body = Sa Germany, ang sinumang nagtrabaho ay may karapatang mabayaran, anuman ang katayuan niya sa paninirahan. Totoo ito kahit walang work permit. Nagbibigay din ng payo sa mga taong walang tiyak na katayuan sa paninirahan ang mga advice center ng mga unyon, na madalas tawaging 'Faire Integration'.
    .caveats = Kung pupunta ka sa korte nang walang papeles, maaaring kailanganin ng korte na sabihan ang immigration office. Humingi ng payo bago ka kumilos.

# hb: source=60101cc99cb68cec status=machine
right_es-1 = Residence at work permit para sa mga biktima ng trafficking
    .body = Kung kinilala kang biktima ng trafficking at hindi ka pinatawan ng parusa dahil nasa Spain ka nang walang papeles, dapat sabihin sa iyo na puwede kang humingi ng residence at work permit dahil sa pambihirang dahilan. Puwede kang humingi dahil tumutulong ka sa imbestigasyon, o dahil sa iyong personal na sitwasyon. Habang pinagpapasyahan ito, maaaring payagan ka ng pansamantalang permit na magtrabaho sa anumang trabaho.
    .caveats = Puwedeng isama ang iyong mga anak o magulang na nasa Spain. Humingi ng tulong sa papeles sa isang espesyal na grupong tumutulong o sa isang abogado.

# hb: source=36ac7c231ec5499f status=machine
right_es-2 = I-report ang hindi binayarang sahod sa Labour Inspectorate
    .body = Kahit nagtrabaho ka nang walang permit, may karapatan ka pa ring mabayaran para sa trabahong ginawa mo. Puwede mong i-report ang hindi binayarang sahod sa Labour and Social Security Inspectorate (Inspección de Trabajo). Kailangan ang pangalan mo sa pormal na reklamo. May online mailbox din para mag-report ng pang-aabuso nang walang pangalan, pero obligado lang ang Inspectorate na imbestigahan ang mga reklamong may pangalan.
    .caveats = Kung wala kang papeles, magtanong muna sa isang unyon o abogado bago ka mag-report.

# hb: source=af0f4747ae83f3b8 status=machine
right_eu-1 = Mga pagbabago noong 2024: mas maraming uri ng pagsasamantala ang itinuturing nang trafficking
    .body = Binago noong 2024 ang pangunahing batas ng EU laban sa trafficking. Itinuturing na ngayong trafficking ang sapilitang pagpapakasal, ilegal na pag-aampon at ang pagsasamantala sa surrogacy (paggamit sa isang babae para ipagbuntis ang sanggol ng ibang tao). Dapat ituring ng mga bansa sa EU ang mga ito bilang krimen ng trafficking sa sarili nilang batas.
    .caveats = Hindi saklaw ng batas na ito ng EU ang Denmark. Ang sariling batas ng bawat bansa ang nagpapasya sa mga detalye.

# hb: source=d86f6604ff080a70 status=machine
right_eu-10 = Hindi binayarang sahod kung nagtrabaho ka nang walang papeles
    .body = Kung galing ka sa labas ng EU at nagtrabaho ka habang nananatili nang walang pahintulot, sabi ng batas ng EU, dapat pa ring bayaran ng iyong amo ang sahod na utang niya sa iyo. Ipinapalagay na dapat kang binayaran ng hindi bababa sa minimum wage, maliban kung mapatunayang hindi. Puwede kang maghabol kahit nakaalis ka na o napauwi ka na. Bago ka pauwiin, dapat sabihin sa iyo ang karapatang ito.
    .caveats = Tungkol din sa pagpapauwi ng mga tao ang batas na ito. Humingi ng payo sa isang abogado o organisasyong tumutulong bago ka maghabol.

# hb: source=4440181becdac516 status=machine
right_eu-2 = Dapat nasa pambansang batas na ngayon ang mga pagbabago noong 2024
    .body = Nagkabisa ang mga pagbabagong ito noong Hulyo 14, 2024. May hanggang Hulyo 15, 2026 ang mga bansa sa EU para isama ang mga ito sa sarili nilang batas. Lumipas na ang petsang iyon, kaya dapat umiiral na ang mga bagong patakaran sa bawat bansa sa EU. Maaaring may mga bansang nahuhuli. Kung hindi iginagalang ang isang karapatan, tanungin ang isang abogado o organisasyong tumutulong kung binago na ng iyong bansa ang batas nito.
    .caveats = Hindi saklaw ng batas na ito ng EU ang Denmark.

# hb: source=711ea0e228aadead status=machine
right_eu-3 = Krimen ang sadyang paggamit sa serbisyo ng isang biktima
    .body = Sa ilalim ng mga pagbabago noong 2024, nagkakasala ng krimen ang taong gumagamit ng serbisyo ng isang taong alam niyang biktima ng trafficking. Dapat itong parusahan ng mga bansa sa EU sa kanilang batas. Layunin din ng mga pagbabago na bigyan ang mga biktima ng mas mabuting tulong at suporta.
    .caveats = Tungkol ang krimeng ito sa taong gumagamit sa biktima, hindi sa biktima.

# hb: source=5751912b1d86f768 status=machine
right_eu-4 = Mga biktimang hindi taga-EU: panahon para makabawi at magpasya
    .body = Kung hindi ka mamamayan ng EU at maaaring biktima ka ng trafficking, dapat sabihin sa iyo ng mga awtoridad ang tungkol sa 'reflection period' (panahon para mag-isip). Panahon ito para makabawi, makalayo sa mga trafficker at magpasya kung gusto mong tumulong sa pulis. Sa panahong ito, hindi ka dapat paalisin sa bansa. Dapat kang makatanggap ng pangunahing suporta sa pamumuhay, pang-emergency na pangangalagang medikal, at tulong sa pagsasalin. Ang bawat bansa ang nagtatakda kung gaano ito katagal.
    .caveats = Hindi sa Denmark o Ireland. Puwede pa ring gumawa ng desisyon na paalisin ka sa panahong ito, pero hindi ito dapat ipatupad. Ang reflection period lang ay hindi nagbibigay sa iyo ng karapatang manirahan sa bansa.

# hb: source=2cb65c4b49c086b0 status=machine
right_eu-5 = Puwedeng makakuha ng permit ang mga biktimang hindi taga-EU na tumutulong sa pulis
    .body = Kung hindi ka mamamayan ng EU, pinapayagan ka ng isang batas ng EU na makakuha ng pansamantalang residence permit kung makikipagtulungan ka sa pulis o sa mga piskal laban sa mga trafficker. Nakatali ang permit sa kaso at limitado ang tagal nito. May mga bansa ring nagbibigay ng permit dahil sa personal na dahilan. Tanungin ang isang abogado kung ano ang iniaalok ng iyong bansa at kung ano ang puwede mong gawin dahil sa permit.
    .caveats = Hindi sa Denmark o Ireland. Maaaring may panganib ang pagtulong sa pulis. Humingi ng payo bago ka magpasya.

# hb: source=c6248c1016bfcd35 status=machine
right_eu-6 = Hindi nakadepende ang tulong sa pagtulong mo sa pulis
    .body = Sa EU, dapat kang makatanggap ng tulong at suporta kahit ayaw mong makipagtulungan sa pulis o pumunta sa korte. Dapat magsimula ang tulong sa sandaling may mabuting dahilan ang mga awtoridad para isiping maaaring biktima ka. Puwedeng kasama sa tulong ang ligtas na matitirhan, materyal na tulong, pangangalagang medikal at sikolohikal, payo at impormasyon, at mga tagasalin.
    .caveats = Puwede pa ring nakadepende sa pagtulong sa pulis ang residence permit. Hindi saklaw ng batas na ito ng EU ang Denmark. Ang batas ng bawat bansa ang nagpapasya sa mga detalye.

# hb: source=f2c2a455cd58d4f9 status=machine
right_eu-7 = Mga krimeng pinilit kang gawin
    .body = Sabi ng batas ng EU, dapat may kapangyarihan ang mga awtoridad na hindi kasuhan o parusahan ang mga biktima ng trafficking para sa mga krimeng pinilit silang gawin dahil sila ay na-traffic. Halimbawa nito ang paggamit ng pekeng papeles o ang paglabag sa mga patakaran tungkol sa prostitusyon o immigration. Kapangyarihan ito, hindi pangako. Ang pulis o ang piskal ang magpapasya.
    .caveats = Kumuha ng abogado bago ka makipag-usap sa pulis o sa mga opisyal tungkol sa anumang krimeng pinilit kang gawin.

# hb: source=ec055b2262b04733 status=machine
right_eu-8 = Legal na payo at abogado, libre kung hindi ka makakabayad
    .body = Sa EU, dapat makakuha agad ng legal na payo at abogado ang mga biktima ng trafficking. Kasama rito ang tulong para humingi ng kompensasyon. Dapat itong libre kung kulang ang pera mo. Hilingin sa pulis, sa korte o sa isang organisasyong tumutulong na tulungan kang makahanap ng abogado.
    .caveats = Ang bawat bansa ang nagtatakda ng sarili nitong patakaran para sa libreng tulong legal.

# hb: source=1829bf9608240089 status=machine
right_eu-9 = Puwede kang humingi ng kompensasyon
    .body = Sa EU, dapat magamit ng mga biktima ng trafficking ang mga programa ng estado na nagbabayad ng kompensasyon sa mga biktima ng marahas na krimen. May mga bansa ring may espesyal na pondo para sa mga biktima. Matutulungan ka ng isang abogado na maghabol.
    .caveats = Maaaring matagal ang paghahabol, at maraming biktima ang walang natatanggap. Humingi agad ng legal na payo.

# hb: source=deb140bc1511a718 status=machine
right_fr-1 = 30 araw para mag-isip, na may karapatang magtrabaho
    .body = Kung kinuhanan ka ng pahayag ng pulis o ng gendarmerie bilang posibleng biktima ng trafficking o pambubugaw, dapat sabihin sa iyo ang tungkol sa 30 araw na reflection period (panahon para mag-isip). Sa panahong ito, makakatanggap ka ng resibo (récépissé). Pinipigilan nito ang paggawa o pagpapatupad ng anumang utos na paalisin ka, at pinapayagan ka nitong magtrabaho.

# hb: source=ae831cf36a91e836 status=machine
right_fr-2 = Residence card kung magsasampa ka ng reklamo o tetestigo
    .body = Kung magsasampa ka ng reklamo laban sa mga trafficker o bugaw, o tetestigo ka sa kasong kriminal laban sa kanila, makakatanggap ka ng residence card na pang-isang taon ('vie privée et familiale'). Nire-renew ito habang tumatakbo ang kasong kriminal. Kapag tuluyang nahatulan ang akusado, makakatanggap ka ng resident card na pang-10 taon.
    .caveats = Mula 2021, sinasabi rin ng batas na dapat naputol mo na ang lahat ng ugnayan sa mga nagsamantala sa iyo. Puwedeng matigil ang card kung hindi na natutugunan ang mga kondisyon.

# hb: source=5897f59a7bd867b7 status=machine
right_fr-3 = Kahit walang papeles, dapat ka pa ring bayaran ng iyong sahod
    .body = Kahit nagtrabaho ka nang walang papeles o nang hindi idinedeklara, nananatili ang iyong mga karapatan. Dapat kang bayaran ng sahod para sa panahong nagtrabaho ka. Maliban kung mapatunayan ng amo na iba ang totoo, binibilang ng batas ang hindi bababa sa 3 buwang trabaho. Kung matapos ang trabaho, may utang din sa iyo na isang buong halaga (lump sum) na katumbas ng 3 buwang sahod, o higit pa kung mas malaki ang ibinibigay ng ibang patakaran. Puwede kang pumunta sa labour inspection o sa labour court (conseil de prud'hommes).
    .caveats = Humingi muna ng payo sa isang unyon o grupong tumutulong, kasama na kung ano ang epekto nito sa iyong papeles.

# hb: source=742a9bad55598ce1 status=machine
right_gb-1 = Paano kinikilala ng UK ang mga biktima: ang NRM
    .body = Ang National Referral Mechanism (NRM) ay sistema ng gobyerno ng UK para kilalanin ang mga biktima ng modern slavery (makabagong pang-aalipin) at tiyaking makakatanggap sila ng suporta. Kasama sa modern slavery ang trafficking, pang-aalipin, servitude (sapilitang paninilbihan) at sapilitang pagtatrabaho. May dalawang desisyon. Una, ang desisyon na 'reasonable grounds' (makatwirang dahilan). Pagkatapos, ang huling desisyon na 'conclusive grounds' (tiyak na batayan). Kung positibo ang una, ituturing kang posibleng biktima. Kung positibo ang huli, kumpirmadong biktima ka.
    .caveats = Ang positibong desisyon lang ay hindi nagbibigay sa iyo ng pahintulot na manatili sa UK.

# hb: source=b46a7c266fee3937 status=machine
right_gb-10 = Pinilit gumawa ng krimen: isang depensa (England at Wales)
    .body = Sa England at Wales, hindi nagkasala sa isang krimen ang taong nasa hustong gulang kung ginawa niya ito dahil pinilit siya, galing sa pang-aalipin o trafficking ang pamimilit, at walang tunay na mapagpipilian ang isang makatwirang tao na nasa parehong sitwasyon. Para sa mga wala pang 18 taong gulang, sapat na na ang ginawa ay direktang resulta ng pagiging biktima at ganoon din ang gagawin ng isang makatwirang tao. Hindi saklaw ng depensa ang maraming mabigat na krimen, gaya ng pagpatay, pagkidnap, pagnanakaw nang may dahas at pananakit na nagdudulot ng sugat.
    .caveats = Sa korte ginagamit ang depensa. Sabihin agad sa iyong abogado na pinagsamantalahan ka.

# hb: source=7f928162e3768830 status=machine
right_gb-11 = Pansamantalang pahintulot na manatili para sa mga kumpirmadong biktima
    .body = Kung positibo ang huling desisyon sa iyo, at hindi ka British at wala kang pahintulot na manatili, dapat kang bigyan ng Home Office ng pansamantalang pahintulot na manatili kung sa tingin nito ay kailangan ito: para tulungan kang makabawi sa pinsalang dulot ng pagsasamantala, para humingi ng kompensasyon, o para tumulong sa pulis o sa kaso sa korte tungkol dito. Puwede itong tumanggi kung sa tingin nito ay makukuha mo ang tulong na iyon, o makakahingi ka ng kompensasyon, sa ibang bansa.
    .caveats = Noong 2024, itinigil muna ng Home Office ang ilang desisyon na batay sa pangangailangang makabawi. Tanungin ang isang abogado kung ano ang naaangkop ngayon. Puwedeng mawala ang proteksyong ito dahil sa public order (kaayusang pampubliko) o bad faith (masamang intensyon).

# hb: source=834d1ca3c940ca28 status=machine
right_gb-12 = Suporta sa Scotland
    .body = Sa Scotland, dapat mag-ayos ang Scottish Government ng suporta para sa mga taong nasa hustong gulang kapag may makatwirang dahilan para paniwalaang biktima sila ng trafficking, pang-aalipin o sapilitang pagtatrabaho. Batay sa iyong pangangailangan ang suporta. Dapat itong ibigay nang hanggang 90 araw, o hanggang sa huling desisyon kung mas maaga iyon, at puwede itong magpatuloy nang mas matagal. Puwede nitong saklawin ang matitirhan, pang-araw-araw na pamumuhay, pangangalagang medikal at sikolohikal, mga tagasalin, counseling, legal na payo, impormasyon tungkol sa ibang serbisyo, at tulong para makauwi.
    .caveats = Tanungin ang isang organisasyong tumutulong sa Scotland kung ano ang naaangkop sa iyo ngayon.

# hb: source=d2a7f6b0c1e109aa status=machine
right_gb-13 = Mga krimeng pinilit kang gawin (Scotland)
    .body = Sa Scotland, dapat sundin ng mga piskal ang mga tagubilin ng Lord Advocate kapag nagpapasya kung kakasuhan ang isang taong biktima, o mukhang biktima, ng trafficking o sapilitang pagtatrabaho at pinilit gumawa ng krimen dahil dito. Ayon sa mga tagubilin, malakas ang palagay na hindi dapat kasuhan ang ganitong mga kaso. Ang piskal pa rin ang magpapasya. Hindi ito awtomatikong proteksyon.
    .caveats = Sabihin sa iyong abogado sa lalong madaling panahon na pinagsamantalahan ka.

# hb: source=5e544b939c15c176 status=machine
right_gb-14 = Suporta sa Northern Ireland
    .body = Sa Northern Ireland, dapat tiyakin ng Department of Justice na makakatanggap ng tulong at suporta ang mga taong nasa hustong gulang kapag na-refer na sila, o malapit nang i-refer, para sa desisyon kung maaaring biktima sila ng trafficking, pang-aalipin o sapilitang pagtatrabaho. Nagpapatuloy ito hanggang magawa ang mga desisyon. Kung makumpirma kang biktima sa loob ng 45 araw mula sa unang desisyon, tatagal ito kahit man lang hanggang matapos ang 45 araw na iyon, o mas matagal pa. Hindi ito dapat nakadepende sa pagiging testigo mo, at ibinibigay lang ito kung papayag ka.
    .caveats = Puwede ring magpatuloy ang suporta pagkatapos ng positibong huling desisyon. Magtanong sa isang organisasyong tumutulong.

# hb: source=9dbeb6fe39364bb3 status=machine
right_gb-15 = Pinilit gumawa ng krimen: isang depensa (Northern Ireland)
    .body = Sa Northern Ireland, hindi nagkasala sa ilang krimen ang taong nasa hustong gulang kung pinilit siyang gawin ang mga ito, galing sa pang-aalipin o trafficking ang pamimilit, at walang tunay na mapagpipilian ang isang makatwirang tao na nasa parehong sitwasyon. Para sa mga bata, sapat na na ang ginawa ay direktang resulta ng pagiging biktima. Hindi saklaw ng depensa ang mas mabibigat na krimen.
    .caveats = Kumuha ng abogado bago ka makipag-usap sa pulis tungkol sa mga krimeng ito.

# hb: source=1653299ba28964fe status=machine
right_gb-16 = Ang karapatan mo sa minimum wage
    .body = Karamihan ng manggagawa sa UK ay dapat bayaran ng hindi bababa sa National Minimum Wage o National Living Wage. Hindi kailangan ang nakasulat na kontrata. Hindi ibinibilang dito ang tip, at hindi dapat bumaba rito ang sahod mo dahil sa singil para sa uniporme o gamit. Kung kulang ang bayad sa iyo, puwede kang tumawag sa kumpidensyal na hotline ng Acas, o magreklamo sa HMRC (ang tanggapan ng buwis). Puwedeng utusan ng HMRC ang amo na bayaran ang utang sa iyo. Puwede ka ring pumunta sa employment tribunal.
    .caveats = Kung nagtrabaho ka nang walang pahintulot na magtrabaho sa UK, maaaring hindi malinaw ang karapatan mo sa sahod na ito. Humingi ng payo sa isang abogado o organisasyong tumutulong bago ka magreklamo.

# hb: source=3470229f72658a6a status=machine
right_gb-2 = Sino ang puwedeng mag-refer sa iyo, at ang pagpayag mo
    .body = Hindi mo puwedeng ipasok ang sarili mo sa NRM. Ang mga tauhan lang ng ilang organisasyon, na tinatawag na First Responder, ang puwedeng mag-refer sa iyo. Halimbawa nito ang pulis, mga lokal na konseho, ilang samahang hindi pang-gobyerno (NGO) gaya ng The Salvation Army, at ilang bahagi ng Home Office. Kung 18 taong gulang ka o higit pa, kailangan muna nila ang pagpayag mo. Dapat nilang ipaliwanag kung ano ang NRM, anong tulong ang makukuha mo at ano ang maaaring mangyari. Nire-refer ang mga bata nang hindi kailangan ang kanilang pagpayag.
    .caveats = Maaaring ibahagi sa pulis at sa ibang ahensya ng gobyerno ang sinasabi mo. Magtanong muna bago ka pumayag.

# hb: source=868969f1abed41c9 status=machine
right_gb-3 = Ang unang desisyon: 'reasonable grounds'
    .body = Pagkatapos ng referral, magpapasya ang isang decision maker ng Home Office kung may 'reasonable grounds' (makatwirang dahilan) para paniwalaang biktima ka. Mula Enero 2023, karaniwang hindi sapat ang sarili mong salaysay lang. Naghahanap sila ng ibang impormasyon na sumusuporta sa sinasabi mo. Kaya ibigay sa iyong First Responder ang pinakamaraming detalye na ligtas mong maibibigay. Ang layunin ay magkaroon ng desisyon sa loob ng mga 5 araw ng trabaho, pero puwede itong tumagal nang mas matagal.
    .caveats = Kung hindi ang sagot, humingi agad ng legal na payo.

# hb: source=38eb37fba903b6cf status=machine
right_gb-4 = Recovery period pagkatapos ng positibong unang desisyon
    .body = Pagkatapos ng positibong desisyon na 'reasonable grounds', makakakuha ka ng recovery period (panahon para makabawi). Sabi ng gobyerno, tumatagal ito nang hindi bababa sa 30 araw. Sa panahong ito, hindi ka dapat paalisin sa UK. Sa England at Wales, sabi ng batas, dapat mong makuha ang suportang kailangan mo para makabawi sa pinsala. Puwedeng mawala ang mga proteksyong ito kung ma-disqualify ka dahil sa public order o bad faith.
    .caveats = Maaaring 45 araw ang nakasulat sa mga lumang pahina. Iyon ang patakaran bago ang Disyembre 2022.

# hb: source=a4495196d342141f status=machine
right_gb-5 = Suporta pagkatapos ng positibong huling desisyon (England at Wales)
    .body = Kung makakuha ka ng positibong desisyon na 'conclusive grounds' habang nasa suportang pinopondohan ng gobyerno, magsisimula ang 'move-on' period (panahon ng paglipat). Tumatagal ito nang hindi bababa sa 45 araw. Tutulungan ka ng iyong support worker na planuhin ang mga susunod mong hakbang. Puwede kang humingi ng Recovery Needs Assessment. Ginagamit ito ng Home Office para magpasya kung kailangan mo ng suporta nang higit sa 45 araw. Hindi mo kailangang sumali, at puwede mong piliing umalis sa suporta nang mas maaga.

# hb: source=6983e4c95fe6b5c9 status=machine
right_gb-6 = Suportang pinopondohan ng gobyerno sa England at Wales
    .body = Sa England at Wales, binabayaran ng gobyerno ang suporta sa pamamagitan ng Modern Slavery Victim Care Contract. Pinapatakbo ito ng The Salvation Army kasama ang mga partner na organisasyon. Kung kailangan mo, puwedeng kasama sa suporta ang ligtas na matitirhan, pera, pangangalagang pangkalusugan, counseling, mga tagasalin at kumpidensyal na legal na payo. Ang referral hotline ng The Salvation Army ay 0800 808 3733, bukas 24 na oras bawat araw, 7 araw bawat linggo.
    .caveats = Karaniwang kailangan mong pumayag sa NRM referral para makuha ang suportang ito.

# hb: source=64a456fe91aa6975 status=machine
right_gb-7 = Sino ang nagpapasya: dalawang team sa loob ng Home Office
    .body = Sa loob ng Home Office ginagawa ang mga desisyon sa NRM. Ito ang departamento ng gobyerno na nagpapatakbo rin ng immigration control. May dalawang team. Ang Immigration Enforcement Competent Authority ang nagpapasya sa mga kaso ng ilang taong nahaharap sa pagpapaalis: mga taong nasa immigration detention, mga dayuhang may hatol na nahaharap sa deportasyon, at ilang taong hindi tinanggap ang asylum claim. Ang Single Competent Authority ang nagpapasya sa ibang kaso.
    .caveats = Ang ilang bahagi ng Home Office, gaya ng Immigration Enforcement, Border Force at UK Visas and Immigration, ay puwede ring maging First Responder. Ayos lang na itanong kung para kanino nagtatrabaho ang isang tao.

# hb: source=c4055856ffdd4ff6 status=machine
right_gb-8 = Dapat i-report ng mga ahensya ng gobyerno ang mga posibleng biktima
    .body = Sa England at Wales, dapat sabihan ng pulis, ng mga lokal na konseho at ng ilan pang ahensya ng gobyerno ang Home Office kapag may makatwirang dahilan sila para paniwalaang maaaring biktima ng pang-aalipin o trafficking ang isang tao. Ginagawa rin ito ng mga tauhan ng Home Office. Kung 18 taong gulang ka o higit pa, hindi dapat nakasulat sa report ang pangalan mo o mga detalyeng magpapakilala sa iyo, maliban kung papayag ka. Puwede mong tanggihan ang NRM referral at ma-report ka pa rin nang walang pangalan mo.
    .caveats = Maaari pa ring ipasa sa pulis ang report na walang pangalan mo.

# hb: source=8b5057f24c6fa833 status=machine
right_gb-9 = Pagkawala ng proteksyon: 'public order' at 'bad faith'
    .body = Pagkatapos ng positibong unang desisyon, puwedeng magpasya ang Home Office na alisin ang ilang proteksyon kung kumbinsido ito na banta ka sa kaayusang pampubliko (public order), o na nagsabi kang biktima ka nang may masamang intensyon ('bad faith'). Sabi ng gobyerno, pangunahing tungkol ito sa mabigat na krimen at pambansang seguridad. Kung mangyari ito, puwede kang paalisin sa UK, at wala nang obligasyon na bigyan ka ng pahintulot na manatili bilang biktima o ng suporta para makabawi. Maaaring posible pa ring makakuha ng kaunting tulong para hindi ka tuluyang mawalan ng lahat.
    .caveats = Kung may criminal record o hatol ka, kumuha ng abogado sa lalong madaling panahon.

# hb: source=657d6f397271d35f status=machine
right_hk-1 = Hanggang 10% lang ng unang buwang sahod mo ang puwedeng kunin ng agency
    .body = Sa Hong Kong, ang lisensyadong employment agency ay puwedeng kumuha ng hanggang 10% lang ng unang buwang sahod mo, at pagkatapos mo lang makuha ang trabaho. Hindi ka nito dapat singilin ng anumang ibang fee o gastos para sa placement. Humingi ng resibo. I-report agad ang sobrang singil sa Employment Agencies Administration: dapat magsimula ang pagsasampa ng kaso sa loob ng 12 buwan.
    .caveats = Hindi dapat itago ng mga agency ang iyong passport o makialam sa iyong pera o mga utang.

# hb: source=ea20c79941ac18f7 status=machine
right_hk-2 = Hindi binayarang sahod: libreng tulong mula sa Labour Department
    .body = Kung hindi ibinibigay ng iyong amo ang sahod o ibang perang utang sa iyo ayon sa iyong kontrata o sa Employment Ordinance, pumunta sa isang opisina ng Labour Relations Division ng Labour Department. Nag-aalok ito ng libreng pamamagitan (conciliation) para matulungan kayong magkasundo ng iyong amo. Kung hindi kayo magkasundo, puwedeng mapunta ang iyong paghahabol sa Minor Employment Claims Adjudication Board o sa Labour Tribunal, depende sa halaga.
    .caveats = Pareho ang proteksyon ng mga foreign domestic helper sa ilalim ng Employment Ordinance. Maaaring ibahagi ang impormasyong ibinibigay mo sa Labour Department sa ibang departamento, gaya ng Police o Immigration.

# hb: source=68b2b4359613d328 status=machine
right_ie-1 = 60 araw para makabawi at mag-isip (kung galing sa labas ng EU)
    .body = Kung galing ka sa labas ng EU/EEA at wala kang pahintulot na manatili, puwedeng magpasya ang isang mataas na opisyal ng Garda (pulis) na may makatwirang dahilan para paniwalaang biktima ka ng trafficking. Pagkatapos, puwede kang makakuha ng 60 araw na pahintulot na manatili, na tinatawag na recovery and reflection period. Binibigyan ka nito ng panahon para makabawi, makalaya sa impluwensya ng mga trafficker, at magpasya kung tutulong ka sa Gardaí.
    .caveats = Pulis ang gumagawa ng desisyon. Sinusuri noon ang sistema, kaya tanungin ang isang grupong tumutulong kung ano ang naaangkop ngayon.

# hb: source=5f79718f97c20e04 status=machine
right_ie-2 = 6 na buwang residence kung tutulong ka sa Gardaí
    .body = Habang nasa 60 araw o pagkatapos nito, puwede kang makakuha ng pansamantalang pahintulot na manirahan kung gusto mong tulungan ang Gardaí o ibang awtoridad sa imbestigasyon o sa pagsasampa ng kaso. Tumatagal ito nang 6 na buwan at puwedeng i-renew.
    .caveats = Nakatali ang pahintulot na ito sa pagtulong sa pulis. Kasama sa mga serbisyo para sa mga biktima ang legal aid at payo: humingi muna ng payo.

# hb: source=08b2c82b55fe3f43 status=machine
right_ie-3 = Habulin ang hindi binayarang sahod sa Workplace Relations Commission
    .body = Kung hindi ka binayaran ng iyong amo, binayaran ka nang mas mababa sa minimum wage, o kinaltasan ang iyong sahod, puwede kang magreklamo sa Workplace Relations Commission (WRC). Puwede ka ring magreklamo kahit tapos na ang trabaho. Gamitin ang online complaint form ng WRC. Pagkatapos, titingnan ng isang WRC inspector o adjudication officer ang iyong reklamo.
    .caveats = Hindi nagbibigay ng legal na payo ang WRC. Hindi sinasabi ng mga pahinang sinuri kung ano ang mangyayari kung nagtrabaho ka nang walang permit. Magtanong sa isang grupong tumutulong bago ka magreklamo.

# hb: source=988d2bb99cf491ab status=machine
right_int-1 = May tatlong bahagi ang trafficking: gawain, paraan at layunin
    .body = Ayon sa UN Trafficking Protocol, may tatlong bahagi ang trafficking. 1) Gawain: pagre-recruit, paglilipat, pagpapasa, pagtatago o pagtanggap sa isang tao. 2) Paraan: pagbabanta, dahas o ibang pamimilit, pagkidnap, panloloko, pagsisinungaling, pag-abuso sa kapangyarihan o sa mahinang kalagayan ng tao, o pagbabayad sa taong may kontrol sa tao. 3) Layunin: pagsamantalahan ang tao.

# hb: source=07c8b1cfa55adab0 status=machine
right_int-2 = Ano ang itinuturing na pagsasamantala
    .body = Kasama sa pagsasamantala kahit man lang ang: pagsasamantala sa prostitusyon ng iba o ibang sekswal na pagsasamantala, sapilitang trabaho o serbisyo, pang-aalipin o mga gawaing katulad ng pang-aalipin, sapilitang paninilbihan (servitude), at pagkuha ng mga organ ng katawan.

# hb: source=82a2026b45a128ca status=machine
right_int-3 = Hindi napapawalang-sala ang mga trafficker kahit pumayag ka noon
    .body = Kung ginamit ang alinman sa mga paraang iyon, hindi mahalaga kung pumayag ka sa isang punto. Hindi puwedeng gamitin ang 'oo' mo para pawalang-sala ang mga trafficker.

# hb: source=fc5a25f6851e3aad status=machine
right_int-4 = Wala pang 18: trafficking kahit walang dahas o kasinungalingan
    .body = Para sa sinumang wala pang 18 taong gulang, ang pagre-recruit, paglilipat, pagtatago o pagtanggap sa kanila para pagsamantalahan sila ay trafficking, kahit walang ginamit na dahas, banta o kasinungalingan.

# hb: source=549577351b3b9906 status=machine
right_int-ilo-1 = Paano inilalarawan ng ILO ang sapilitang pagtatrabaho
    .body = Sabi ng ILO Forced Labour Convention No. 29 (1930), ang sapilitang pagtatrabaho ay anumang trabaho o serbisyong kinukuha sa isang tao sa ilalim ng banta ng parusa, at hindi kusang-loob na inialok ng tao.
    .caveats = May ilang eksepsiyon na nakalista sa Convention, gaya ng serbisyo militar at ilang trabaho sa kulungan na nasa ilalim ng kontrol ng gobyerno.

# hb: source=61727279765e7ed0 status=machine
right_int-ilo-2 = Ang 11 palatandaan ng sapilitang pagtatrabaho ayon sa ILO
    .body = Naglilista ang ILO ng 11 palatandaan ng sapilitang pagtatrabaho: pagsasamantala sa mahinang kalagayan; kasinungalingan tungkol sa trabaho; hindi malayang makaalis o makagalaw; pagkakahiwalay sa ibang tao; pisikal o sekswal na karahasan; mga banta; pagtatago sa iyong ID o passport; hindi pagbibigay ng sahod; pagkakatali dahil sa utang (debt bondage); napakasamang kalagayan sa trabaho o tirahan; sobrang overtime.

# hb: source=c4dfe15fbfc826a4 status=machine
right_int-ilo-3 = Minsan, sapat na ang isang palatandaan
    .body = Minsan, kaya nang ipakita ng isang palatandaan lang na may sapilitang pagtatrabaho. Sa ibang kaso, ilang palatandaan na magkakasama ang nagtuturo rito.

# hb: source=a311122282b8acc9 status=machine
right_int-ilo-4 = Walang manggagawa ang dapat magbayad para magkatrabaho
    .body = Sabi ng ILO, hindi dapat singilin ang mga manggagawa ng anumang fee o kaugnay na gastos para ma-recruit, direkta man o hindi direkta, buo man o bahagi lang. Galing ito sa kahulugan ng ILO ng recruitment fee (2018) at sa General Principles for Fair Recruitment nito.
    .caveats = Gabay ito ng ILO. Hindi ito batas sa bawat bansa, at may mga bansang pinapayagan pa ring maningil ng ilang fee ang mga agency.

# hb: source=e4bc57bfc6def22c status=machine
right_int-ilo-5 = Itinatago ang iyong passport o ID: palatandaan ng sapilitang pagtatrabaho
    .body = Itinuturing ng ILO na isang palatandaan ng sapilitang pagtatrabaho ang pagtatago sa passport o ID ng manggagawa. Palatandaan din ang hindi pagbibigay ng sahod at ang pagkulong sa manggagawa sa utang.

# hb: source=af55fe97a7ece59f status=machine
right_int-ilo-6 = Dapat makakuha ang mga biktima ng lunas, gaya ng kompensasyon
    .body = Hinihiling ng ILO sa mga gobyerno na bigyan ang mga biktima ng sapilitang pagtatrabaho ng paraan para makakuha ng lunas (remedy), gaya ng kompensasyon. Ang mga bansang sumali sa 2014 Protocol tungkol sa sapilitang pagtatrabaho ay dapat magbigay sa lahat ng biktima ng paraan para makakuha ng lunas, at payagan ang mga awtoridad na hindi kasuhan ang mga biktima para sa mga ilegal na gawaing pinilit silang gawin.
    .caveats = Sa mga gobyerno may bisa ang mga patakarang ito, hindi sa mga amo. Ang mga bansa lang na sumali sa Protocol ang nakatali rito.

# hb: source=765865150a7b7df9 status=machine
right_it-1 = Espesyal na residence permit para sa mga biktima ng matinding pagsasamantala
    .body = Kung nakita ng pulis, ng mga piskal o ng lokal na social services na dumanas ka ng karahasan o matinding pagsasamantala, at nasa tunay na panganib ka dahil sinubukan mong takasan ang grupong kriminal o nagbigay ka ng ebidensya, puwede kang bigyan ng hepe ng pulis (Questore) ng espesyal na residence permit. Pinapayagan ka nitong makalayo sa karahasan at sumali sa isang programa ng tulong at integrasyon sa lipunan.

# hb: source=3967d474919da7a5 status=machine
right_it-2 = Dalawang paraan para makuha ang permit, at puwede kang magtrabaho
    .body = Makukuha mo ang permit na ito sa dalawang paraan: sa pag-report o pagtestigo laban sa mga nagsamantala sa iyo, o sa pamamagitan ng isang 'social path' na iminumungkahi ng mga lokal na serbisyo o ng mga kinikilalang grupong tumutulong. Sa simula, tumatagal ito nang 6 na buwan hanggang 1 taon (magkakaiba ang sinasabi ng mga pinagmulan) at puwedeng i-renew. Puwede kang magtrabaho mula sa simula, at sa susunod ay puwede mo itong palitan ng work o study permit.
    .caveats = Ang punong-himpilan ng pulis (Questura) ang gumagawa ng huling desisyon. Makipag-ugnayan sa isang anti-trafficking project para tulungan ka.

# hb: source=ad1159812a77df1a status=machine
right_it-3 = Hilingin sa Labour Inspectorate na kumilos
    .body = Kung hindi ka binayaran, puwede mong hilingin sa Labour Inspectorate (Ispettorato Territoriale del Lavoro) ng probinsya kung saan ka nagtatrabaho na kumilos. Gamitin ang request form na INL 31, na mayroon din sa ibang wika, at idagdag ang anumang papeles na mayroon ka at kopya ng iyong ID. Maaaring tawagin muna ng inspectorate ikaw at ang amo para subukang magkasundo kayo. Kung hindi ito magtagumpay, puwede itong mag-inspeksyon.
    .caveats = Hindi sinasabi ng mga pahinang sinuri kung ano ang mangyayari kung wala kang residence permit. Magtanong muna sa isang unyon o grupong tumutulong.

# hb: source=301c11c56e86e560 status=machine
right_jp-1 = Espesyal na pahintulot na manatili para sa mga biktima
    .body = Kung biktima ka ng trafficking na nag-overstay o lumabag sa mga patakaran sa immigration, sabi ng mga awtoridad sa immigration ng Japan, kumikilos sila para protektahan ka. Isinasaalang-alang nila ang panganib sa iyo kung uuwi ka, ang kalusugan mo, at ang tulong mo sa kasong kriminal. Maaari ka nilang bigyan ng espesyal na pahintulot na manatili, at sinusubukan nilang iwasang ikulong ka.
    .caveats = Ayon sa mga ulat, maraming dayuhang manggagawa, kasama ang mga technical intern, ang hindi kinilalang biktima at na-deport. Humingi ng tulong sa isang grupong tumutulong o sa isang abogado.

# hb: source=a88a639861c5cef4 status=machine
right_jp-2 = I-report ang hindi binayarang sahod sa labour inspection office
    .body = Pare-pareho ang proteksyon ng mga batas sa paggawa ng Japan sa lahat ng manggagawa, anuman ang kanilang nasyonalidad. Dapat ibigay nang direkta sa iyo ang sahod, nang buo, kahit isang beses man lang bawat buwan sa takdang araw. Kung hindi ka binayaran, puwede mo itong i-report sa Labour Standards Inspection Office ng lugar kung nasaan ang iyong amo. May mga opisinang may tagapayo para sa mga dayuhang manggagawa.
    .caveats = May libreng linya ng telepono tuwing gabi at weekend na nagbibigay ng payo sa iba't ibang wika, pero hindi ito kumikilos laban sa mga amo. Kung nabangkarote ang iyong amo, may programa ng gobyerno na makakatulong sa hindi binayarang sahod.

# hb: source=6b8697576971a695 status=machine
right_kw-1 = Hindi dapat itago ng iyong amo ang iyong passport
    .body = Sa Kuwait, hindi pinapayagan ang mga kumpanya na hawakan ang passport ng kanilang mga manggagawa. Para sa mga kasambahay, sabi ng batas, hindi dapat itago ng amo ang iyong passport o civil ID maliban kung pumayag ka. Hindi mo kailangang makipagtalo sa iyong amo tungkol dito. Puwede kang magreklamo sa Public Authority for Manpower (PAM).
    .caveats = Kung pumayag ka dati, maaaring sabihin ng iyong amo na pinapayagan ito. Puwede ka pa ring humingi ng tulong sa PAM.

# hb: source=82651620bae197fb status=machine
right_kw-2 = Mga kasambahay: dapat ibigay ang sahod mo bawat buwan
    .body = Dapat ibigay ng iyong amo ang napagkasunduang sahod sa katapusan ng bawat buwan, simula sa araw na nagsimula kang magtrabaho. Walang bahagi nito ang puwedeng ikaltas. Patunay na binayaran ka ang resibo ng bank transfer o resibo ng cash. Ang pinakamababang legal na sahod para sa mga kasambahay ay KWD 60 bawat buwan, at may mga bansang humihingi ng mas mataas para sa kanilang mga manggagawa. Kung hindi ka binayaran, puwede kang magreklamo sa domestic labour department ng PAM sa 24937600.
    .caveats = Itago ang bawat resibo. Maaaring matagal ang mga reklamo.

# hb: source=e25c85462b9f4df7 status=machine
right_kw-3 = Mga manggagawa sa kumpanya: reklamo tungkol sa sahod at paglipat ng trabaho
    .body = Kung nagtatrabaho ka sa isang kumpanya at hindi ka binabayaran, o hinaharangan ng iyong amo ang paglipat mo sa bagong amo, puwede kang magreklamo sa Labour Relations Department ng PAM. Inaasikaso nito ang hindi binayarang sahod, paglipat, absconding notice at travel ban. Puwede kang magrehistro ng reklamo sa mga opisina nito o sa website ng PAM. Kung hindi ito maayos doon, mapupunta ito sa korte.
    .caveats = Ipapatawag ang iyong amo para sagutin ang reklamo.

# hb: source=206b2dba66e39887 status=machine
right_kw-4 = Mga absconding report sa Kuwait
    .body = Kung tumigil kang pumasok sa trabaho, puwede kang i-report ng iyong amo na lumiban. Para sa mga manggagawa sa kumpanya, dumadaan ang report sa PAM; para sa mga kasambahay, napupunta ito sa Interior Ministry. Puwedeng humantong ang absconding report sa pag-aresto, pagkulong at pagpapauwi sa iyo. Kung kaya mo, magreklamo sa PAM bago ka umalis. Puwedeng pumunta ang mga babaeng manggagawa sa shelter ng PAM, na tumatanggap na rin ngayon ng mga manggagawang may absconding charge, o sa kanilang embahada.
    .caveats = Noong 2024, walang shelter ng gobyerno para sa mga lalaki.

# hb: source=5784a8274f2a5a7d status=machine
right_mx-1 = Humanitarian visitor status para sa mga biktima ng krimen
    .body = Sa Mexico, ang dayuhang biktima o testigo ng krimeng ginawa sa Mexico ay puwedeng makakuha ng katayuang 'visitor for humanitarian reasons' (bisita dahil sa makataong dahilan). Puwede kang manatili hanggang matapos ang prosesong kriminal, umalis at bumalik, at magtrabaho nang may sahod. Sa susunod, puwede kang humingi ng permanent residence. Itinuturing kang biktima kahit hindi kailanman mahanap, malitis o mahatulan ang gumawa ng krimen.
    .caveats = Kapag natapos ang proseso, dapat kang umalis o humingi ng ibang katayuan. Humingi ng tulong sa aplikasyon sa isang abogado o grupong tumutulong.

# hb: source=6387dd410673887c status=machine
right_mx-2 = Hindi krimen ang pagiging walang papeles, kung iyon lang
    .body = Sabi ng Migration Law ng Mexico, ang pagiging nasa iregular na sitwasyon sa migrasyon ay hindi kailanman krimen kung iyon lang, at hindi dapat ipalagay na nakagawa ka ng krimen dahil wala kang dokumento. Sinasabi rin nito na dapat igalang ang karapatang pantao ng mga migrante anuman ang kanilang katayuan, na may espesyal na pansin sa mga biktima ng krimen.
    .caveats = Tungkol lang ito sa mga krimen. Hindi ka nito binibigyan ng pahintulot na manatili. Humingi ng payo.

# hb: source=738f5749db4c8578 status=machine
right_mx-3 = Libreng tulong para habulin ang hindi binayarang sahod
    .body = Ang PROFEDET, ang pederal na tanggapan na nagtatanggol sa mga manggagawa, ay nagbibigay ng libreng payo, tumutulong na makipagkasundo sa mga amo, at puwedeng kumatawan sa mga manggagawa sa korte, halimbawa para sa hindi binayarang sahod. Bago ang kaso sa korte, sinusubukan ng Federal Labour Conciliation Centre na magkaroon ng kasunduan. Libre ito, hindi mo kailangan ng abogado, at walang sinumang puwedeng maningil sa iyo para sa mga hakbang na ito.
    .caveats = May mga trabahong inaasikaso ng labour office ng estado sa halip na ng pederal na tanggapan. Mag-ingat sa mga taong humihingi ng pera para 'tumulong'. Nabawasan ang budget ng PROFEDET, kaya maaaring mabagal ito.

# hb: source=96add8eb5bb5e10b status=machine
right_my-1 = Protection order: shelter nang hanggang 3 buwan
    .body = Sa Malaysia, pagkatapos suriin ng isang enforcement officer at ng isang Protection Officer ang iyong kaso, puwedeng magpasya ang isang Magistrate na ikaw ay taong na-traffic na nangangailangan ng pangangalaga, at gumawa ng Protection Order. Pagkatapos, ilalagay ka sa isang shelter (place of refuge) nang hanggang 3 buwan. Kung dayuhan ka, pagkatapos nito ay ibibigay ka sa isang immigration officer.
    .caveats = Ganito ang batas sa kopyang sinuri, at maaaring nagbago na ito. Tanungin ang isang abogado, ang iyong embahada o isang grupong tumutulong kung ano ang naaangkop ngayon.

# hb: source=b23d264bd75c419f status=machine
right_my-2 = Habulin ang hindi binayarang sahod sa Labour Department
    .body = Kung may utang na sahod sa iyo ang iyong amo, puwede kang magreklamo sa Labour Department (Jabatan Tenaga Kerja). Sinusuri ng isang labour officer ang reklamo at puwede niyang utusan ang amo na magbayad. Madalas itong tawagin ng mga tao na 'Labour Court'. Puwedeng mag-apela ang alinmang panig sa High Court sa loob ng 14 na araw. Puwedeng ipatupad ang utos sa pamamagitan ng Sessions Court.
    .caveats = May limitasyon sa buwanang sahod para magamit ang serbisyong ito, at magkakaiba ang sinasabi ng mga pinagmulan tungkol sa halaga. May mga among nagsasabing hindi puwedeng maghabol ang mga manggagawang walang balidong permit; may isang High Court na nagbalik ng ganitong kaso para dinggin. Humingi muna ng payo.

# hb: source=314d66c19e008226 status=machine
right_nl-1 = Tatlong buwang panahon para mag-isip (bedenktijd)
    .body = Ang mga biktima ng trafficking na walang legal na paninirahan ay puwedeng mag-report ng krimen at gamitin ang espesyal na residence scheme para sa mga biktima ng trafficking, na nagbibigay ng 3 buwang panahon para mag-isip (bedenktijd); sa panahong ito, puwede kang manatili sa Netherlands.

# hb: source=b4b82ddd8e883c54 status=machine
right_nl-2 = Sino ang nag-aayos ng pangangalaga at shelter para sa mga biktima
    .body = Nirerehistro ng CoMensha ang mga biktima at tinutulungan ang mga biktimang nasa hustong gulang na makahanap ng pangangalaga at shelter; ang Jeugdzorg Nederland ang nag-aayos ng tulong para sa mga biktimang wala pang 18 taong gulang.

# hb: source=8e8e3a490e48707e status=machine
right_nl-3 = Ipinapaliwanag ng pulis ang proseso bago ka magpasya
    .body = Bago ka magpasya kung magsasampa ka ng report, ipinapaliwanag ng isang espesyal na detective ng pulis ang proseso sa isang interbyung para magbigay ng impormasyon. Nag-aayos ang pulis ng ligtas na matitirhan para sa mga biktima kahit nasa bansa sila nang walang pahintulot.

# hb: source=2868b5eba01f0802 status=machine
right_nl-4 = Saan ire-report ang pagsasamantala sa trabaho
    .body = Puwedeng i-report ang pagsasamantala sa trabaho sa Netherlands Labour Authority (0800 5151); ang mga report na walang pangalan ay puwedeng ipadala sa Meld Misdaad Anoniem (0800 7000).

# hb: source=76c34908436613f8 status=machine
right_nl-5 = I-report sa Labour Authority ang kulang na bayad
    .body = Sa Netherlands, umiiral ang minimum wage at minimum na holiday pay sa lahat ng trabaho, pati sa mga dayuhang manggagawa at dayuhang amo. Kung masyadong mababa ang bayad sa iyo, puwede mo itong i-report sa Netherlands Labour Authority (Nederlandse Arbeidsinspectie), kahit hindi mo ibigay ang pangalan mo. Puwede nitong multahan ang amo. Puwedeng palatandaan ng pagsasamantala sa trabaho ang kulang na bayad.
    .caveats = Para makuha ang perang utang sa iyo, puwede ka ring pumunta sa sub-district court (kantonrechter); maghabol sa loob ng 5 taon. Nakikipagtulungan ang Labour Authority sa aliens police (pulis para sa mga dayuhan). Kung wala kang papeles, humingi muna ng payo.

# hb: source=d7858cd335110713 status=machine
right_om-1 = Paglipat ng amo sa Oman
    .body = Mula Enero 2021, ang mga manggagawa sa Oman, kasama ang mga kasambahay, ay puwedeng lumipat sa bagong amo kapag natapos o tinapos ang kanilang kontrata, nang walang pahintulot ng kanilang amo. Kailangang aprubahan ng Ministry of Labour ang bagong kontrata.
    .caveats = Hindi ito makakatulong kung hindi pa tapos ang iyong kontrata. May mga pagkakataong ibinalik ng mga opisyal ang mga manggagawa sa kanilang amo o hinayaan ang mga amo na humingi ng pera para pakawalan sila. Subukang humingi ng tulong sa iyong embahada bago ka umalis.

# hb: source=d3b8fc3dede87912 status=machine
right_om-2 = Hindi dapat hawakan ng iyong amo ang iyong passport
    .body = Sabi ng batas sa paggawa ng Oman noong 2023, hindi dapat hawakan ng mga amo ang passport o personal na papeles ng manggagawa nang walang nakasulat na pagpayag ng manggagawa.
    .caveats = Mahina ang mga parusa sa pagtatago ng passport, at may mga amo pa ring gumagawa nito.

# hb: source=496a384ec6f40426 status=machine
right_om-3 = Hindi binayarang sahod sa Oman
    .body = Sa ilalim ng batas sa paggawa noong 2023, puwede mong tapusin ang iyong kontrata kung hindi ibinibigay ng iyong amo ang iyong sahod. Kung pupunta ka sa korte para makuha ang perang utang sa iyo, mananatili ang karapatan mong manatili sa Oman hanggang mapagpasyahan ang kaso, pero ikaw ang magbabayad ng sarili mong gastos sa pamumuhay. Napupunta ang mga reklamo sa Ministry of Labour, pangunahin sa pamamagitan ng website nito.
    .caveats = Madalas ituring ng mga opisyal ang mga kasong ito bilang away tungkol sa kontrata. Itago ang patunay ng iyong kontrata at ng mga ibinayad sa iyo.

# hb: source=ceeaaa0db18984e6 status=machine
right_ph-1 = Puwedeng mangyari ang trafficking may pagpayag ka man o wala
    .body = Sabi ng batas ng Pilipinas, puwedeng mangyari ang trafficking may pagpayag o kaalaman man ang biktima o wala, sa loob ng bansa o palabas ng bansa. Saklaw nito ang pagre-recruit, paglilipat, pagtatago o pagtanggap ng mga tao sa pamamagitan ng pagbabanta, dahas, panloloko, panlilinlang o pag-abuso sa kanilang mahinang kalagayan, para pagsamantalahan sila.

# hb: source=7edc6dab6efc0bbe status=machine
right_ph-2 = Mga OFW: habulin ang hindi binayarang sahod sa NLRC
    .body = Kung ipinadala ka sa ibang bansa para magtrabaho bilang manggagawang Pilipino at hindi ka binayaran, puwede kang mag-file ng money claim sa isang Labor Arbiter ng National Labor Relations Commission (NLRC) sa Pilipinas. Ang recruitment agency sa Pilipinas na nagpadala sa iyo ay may pananagutan kasama ng dayuhang amo, kaya puwede kang maghabol sa agency. Dapat mapagpasyahan ang kaso sa loob ng 90 araw mula nang i-file ito.
    .caveats = Itago ang iyong kontrata, mga resibo at anumang patunay ng trabaho at sahod. Sa totoo, maaaring matagal ang paghahabol at maaaring gumastos ka.

# hb: source=983e8b713f1b53bb status=machine
right_qa-1 = Hindi dapat itago ng iyong amo ang iyong passport
    .body = Sa Qatar, dapat ibalik ng iyong amo ang iyong passport kapag tapos na ang iyong residence papers. Labag sa batas ang pagtatago nito pagkatapos noon, at puwedeng multahan ang amo. Hindi mo kailangang makipagtalo sa iyong amo tungkol dito. Puwede kang humingi ng tulong sa Ministry of Labour sa 16008.
    .caveats = Pinapayagan lang ng batas ang amo na itago ang passport kung pumayag ka nang nakasulat. Humingi ng payo bago ka umalis sa trabaho, para hindi malagay sa panganib ang pananatili mo sa bansa.

# hb: source=0bf1b48d7059d29b status=machine
right_qa-2 = Puwedeng multahan ang mga among nagtatago ng passport
    .body = Ang amo na hindi nagbabalik ng passport ng manggagawa pagkatapos maayos ang residence papers ay puwedeng multahan nang hanggang QR 25,000.

# hb: source=a66a0a435e940e43 status=machine
right_qa-3 = Puwedeng palatandaan ng sapilitang pagtatrabaho ang itinatagong passport
    .body = Ang pagtatago ng iyong passport, ang hindi pagbabayad ng iyong sahod at ang hindi pagpayag na umalis ka ay mga palatandaan ng sapilitang pagtatrabaho o trafficking. Puwede kang humingi ng tulong kahit hindi ka sigurado kung trafficking ito.
    .caveats = Madalas ituring ng mga opisyal ang mga kasong ito bilang simpleng away sa trabaho, hindi bilang krimen.

# hb: source=fa13083b39ecd02f status=machine
right_qa-4 = Saan ire-report ang mga problema sa trabaho
    .body = Puwede kang magreklamo sa Ministry of Labour sa telepono, sa 16008. Puwede ka ring magpadala ng text message sa 92727: i-type ang 5, pagkatapos ang iyong Qatar ID o visa number. Puwede ring magreklamo ang mga kasambahay. May online platform din para sa mga reklamo, at puwedeng mag-report ng paglabag sa batas nang hindi ibinibigay ang pangalan mo.
    .caveats = Makakarating sa iyong amo ang reklamo tungkol sa iyong amo.

# hb: source=a81c6b05d2f47c1b status=machine
right_qa-5 = Puwede kang lumipat ng trabaho nang walang pahintulot ng iyong amo
    .body = Mula 2020, ang lahat ng manggagawa sa Qatar, kasama ang mga kasambahay, ay puwedeng lumipat ng trabaho nang walang 'no objection' na papel (NOC) mula sa kanilang amo, kahit bago matapos ang kontrata. May mga opisyal na hakbang na dapat sundin. Itanong ang mga ito sa Ministry of Labour bago ka tumigil sa trabaho.
    .caveats = May mga among gumanti sa paglipat ng trabaho sa pamamagitan ng pekeng absconding report. Itago ang patunay na humiling kang lumipat.

# hb: source=41bd4556f699f30e status=machine
right_qa-6 = Karamihan ng manggagawa ay puwedeng umalis ng Qatar nang walang exit permit
    .body = Mula Enero 2020, halos lahat ng manggagawa sa Qatar, kasama ang mga kasambahay, ay puwedeng umalis ng bansa nang hindi humihingi ng pahintulot sa kanilang amo. Iilang trabaho na lang ang nangangailangan pa ng exit permit, gaya ng sandatahang lakas at ilang mahalagang posisyon sa mga kumpanya.

# hb: source=7259917d75e66750 status=machine
right_qa-7 = Minimum na sahod at kung paano dapat ibigay ang sahod
    .body = Ang bawat manggagawa sa Qatar, kasama ang mga kasambahay, ay dapat makatanggap ng hindi bababa sa QR 1,000 bawat buwan bilang basic na sahod. Kung hindi ka binibigyan ng iyong amo ng pagkain at tirahan, dapat ka ring makatanggap ng hindi bababa sa QR 300 para sa pagkain at QR 500 para sa tirahan. Dapat magbayad ng sahod ang mga kumpanya sa pamamagitan ng opisyal na wage system papunta sa iyong account. Kung hindi ka binayaran, puwede kang magreklamo sa Ministry of Labour sa 16008.
    .caveats = Itago ang patunay ng ibinabayad sa iyo, gaya ng mga mensahe mula sa bangko o payslip.

# hb: source=f417e0f2e90bbdca status=machine
right_qa-8 = Kung i-report ka ng iyong amo na 'absconding'
    .body = Sabi ng mga opisyal sa Qatar, walang krimeng tinatawag na 'absconding'. Gayunman, may mga among nagfa-file ng pekeng absconding report laban sa mga manggagawang nagrereklamo o sumusubok na lumipat ng trabaho. Kung kaya mo, magreklamo sa Ministry of Labour bago ka umalis, at magtago ng patunay. Kung gumamit ang iyong amo ng pekeng report laban sa iyo, puwede kang pumunta sa Human Rights Department ng Ministry of Interior.
    .caveats = May mga manggagawang tumakas sa kanilang amo na inaresto at na-deport. Kung kaya mo, makipag-usap sa isang hotline o sa iyong embahada bago ka umalis o pumunta sa pulis.

# hb: source=9c894d314da810ca status=machine
right_ro-1 = Hanggang 90 araw para makabawi at mag-isip (mga dayuhan)
    .body = Kung may seryosong dahilan para isiping ikaw, bilang dayuhan, ay biktima ng trafficking, bibigyan ka ng recovery and reflection period (panahon para makabawi at mag-isip) nang hanggang 90 araw. Panahon ito para makabawi at makalaya sa impluwensya ng mga trafficker.

# hb: source=b32e45bf321e0e1d status=machine
right_ro-2 = Biktima ka kahit hindi ka kasali sa kaso sa korte
    .body = Ayon sa batas ng Romania, ang biktima ng trafficking ay ang taong ginawan ng krimen, kasali man siya o hindi sa kasong kriminal bilang napinsalang partido. Nakakatanggap ang mga biktima ng pangangalagang medikal ayon sa mga patakaran ng pampublikong health insurance.

# hb: source=6a1b94f497b24d8b status=machine
right_ro-3 = Magreklamo sa Labour Inspectorate (ITM) tungkol sa hindi binayarang sahod
    .body = Kung hindi ibinibigay ng iyong amo ang iyong sahod, o mas mababa sa minimum wage ang ibinabayad niya, puwede kang magreklamo sa Territorial Labour Inspectorate (ITM) kung saan nakabase ang amo. Puwede mong ipadala ang reklamo sa koreo o e-mail, o gamitin ang online petition form ng Labour Inspection. Puwedeng suriin ng ITM ang amo at multahan ito. Puwede ka ring pumunta sa korte.
    .caveats = Karaniwang sumasagot ang ITM sa loob ng 30 araw, minsan 15 araw pa. Humingi ng payo sa isang grupong tumutulong kung wala kang kontrata.

# hb: source=eee9f256ac47c438 status=machine
right_sa-1 = Paglipat ng trabaho at pag-alis sa Saudi Arabia
    .body = Mula Marso 2021, ang karamihan ng manggagawa sa pribadong sektor ay puwedeng lumipat sa bagong amo kapag natapos ang kanilang kontrata, nang walang pahintulot ng kanilang amo. Puwede rin silang humingi mismo ng exit and re-entry visa, o ng final exit visa, sa pamamagitan ng Absher o Qiwa. Sasabihan ang amo at may 10 araw siya para sumagot; kung hindi sumagot ang amo, ibibigay ang visa.
    .caveats = Hindi nito saklaw ang mga kasambahay, pribadong driver, guwardiya sa bahay, pastol, hardinero o manggagawa sa bukid.

# hb: source=c00058869fab905f status=machine
right_sa-2 = Mga kasambahay: kailan ka puwedeng lumipat sa ibang amo
    .body = Hindi saklaw ang mga kasambahay ng mga reporma noong 2021 at kailangan pa rin nila ang pag-apruba ng kanilang amo para sa exit visa. Pero ang kasambahay ay puwedeng lumipat sa ibang amo nang walang abiso sa amo sa ilang kaso: kung huli ang sahod, kung ipinapaupa ng amo ang manggagawa sa ibang tao, o kung binibigyan ang manggagawa ng mga gawaing naglalagay sa panganib sa kalusugan o kaligtasan.
    .caveats = Itanong sa ministeryo ng paggawa o sa iyong embahada kung paano ito gawin bago ka umalis ng bahay.

# hb: source=34cc3823b02ac2bf status=machine
right_sa-3 = Hawak ng mga kasambahay ang sarili nilang passport
    .body = Sabi ng mga patakaran ng Saudi para sa mga kasambahay, may karapatan kang hawakan ang sarili mong passport at residence card (iqama). Hindi dapat kunin ng iyong amo ang mga ito. Hindi ka rin dapat singilin ng iyong amo para sa recruitment, sa work permit o sa iqama.

# hb: source=5c704a02a69591e0 status=machine
right_sa-4 = Ang iyong sahod at kung paano ito hahabulin
    .body = Dapat ibigay sa mga kasambahay ang buo nilang sahod, sa tamang oras, ayon sa standard na kontrata, at kasama na sila ngayon sa wage protection system. Ang sinumang manggagawang hindi binayaran ay puwedeng mag-file ng claim sa ministeryo ng paggawa. Susubukan muna ng ministeryo na ayusin ito kasama ang amo; kung hindi ito maayos, mapupunta ang kaso sa labour court. Puwede mo ring tawagan ang ministeryo sa 19911.
    .caveats = Hindi laging ipinapatupad ang mga patakaran sa sahod. Itago ang iyong kontrata at ang patunay ng bawat bayad.

# hb: source=fb38e0d982e86102 status=machine
right_sa-5 = Kung i-report ka ng iyong amo na 'absent sa trabaho' (huroob)
    .body = Puwedeng i-report ng amo ang isang manggagawa sa pribadong sektor na 'absent sa trabaho' (huroob) pagkatapos ng higit sa 15 sunod-sunod na araw na walang balidong dahilan. Makakatanggap ka ng text message. Pagkatapos, may 60 araw ka para lumipat sa bagong amo o kumuha ng final exit visa. Kung wala kang gagawin sa loob ng 60 araw, mananatili kang nakalistang absent at puwede kang maharap sa mga parusa sa ilalim ng mga batas sa paninirahan at paggawa. Hindi na puwedeng mag-file ang mga amo ng absconding charge laban sa mga kasambahay.
    .caveats = Puwedeng kuwestiyunin ang report, at hindi dapat mag-file ng report ang amo pagkatapos mong magsampa ng kaso laban sa kanya. Humingi agad ng tulong sa iyong embahada o sa isang abogado.

# hb: source=00e436941cd05725 status=machine
right_sg-1 = Shelter, Special Pass at tulong para makahanap ng trabaho
    .body = Sa Singapore, ang mga biktima ng trafficking na naghihintay sa kanilang kaso ay binibigyan ng shelter, pagkain at counseling. Puwede silang makakuha ng Special Pass para manatili habang inaasikaso ang kaso. Kung gusto mo at kaya mong magtrabaho, matutulungan ka ng gobyerno na makahanap ng pansamantalang trabaho.

# hb: source=c92aadeaf1f527ef status=machine
right_sg-2 = Karaniwang hindi kinakasuhan para sa mga gawaing pinilit kang gawin
    .body = Sabi ng mga ministry ng Home Affairs at Manpower ng Singapore, hindi nila kinakasuhan ang mga biktima ng trafficking para sa mga gawaing pinilit silang gawin bilang direktang resulta ng pagka-traffic sa kanila, maliban kung may matibay na dahilan. Pinoprotektahan din ng batas laban sa trafficking ang pagkakakilanlan ng mga taong nagre-report ng trafficking.
    .caveats = Patakaran ito, hindi pangako sa bawat kaso. Ayon sa mga ulat, may mga biktimang hindi kinilala at pinarusahan o na-deport. Humingi ng tulong sa isang abogado o grupong tumutulong.

# hb: source=12f5901ecfe4647b status=machine
right_sg-3 = Paghahabol ng sahod: mediation muna, pagkatapos ay tribunal
    .body = Paglabag sa batas sa Singapore ang hindi pagbabayad ng sahod. Para habulin ang hindi binayarang sahod, hihilingin mo muna sa Tripartite Alliance for Dispute Management (TADM) ang mediation (pamamagitan). Kung walang kasunduan, puwedeng mapunta ang paghahabol sa Employment Claims Tribunals. Maghabol sa loob ng 1 taon kung nagtatrabaho ka pa roon, o sa loob ng 6 na buwan pagkatapos matapos ang trabaho.
    .caveats = Hindi puwedeng gamitin ng mga kasambahay ang mediation ng TADM; sa Ministry of Manpower (MOM) sila pumupunta. Maaaring kanselahin ng iyong amo ang iyong work permit pagkatapos mong maghabol; karaniwang nagbibigay ang MOM ng Special Pass para makapanatili ka habang may paghahabol.

# hb: source=afd18186f259e66d status=machine
right_th-1 = Tulong para sa mga biktima, at ang karapatang humingi ng kompensasyon
    .body = Sa Thailand, maaaring magbigay ang Ministry of Social Development and Human Security sa mga biktima ng trafficking ng pagkain, shelter, pangangalagang medikal, tulong para makabawi sa katawan at isip, edukasyon, pagsasanay, legal aid, tulong para makauwi, at tulong para humingi ng kompensasyon. Dapat sabihin agad sa iyo ng pulis o ng piskal ang tungkol sa karapatan mo sa kompensasyon at sa legal aid.

# hb: source=83efcb9772892419 status=machine
right_th-2 = Puwedeng humingi ng kompensasyon para sa iyo ang piskal, nang walang bayad
    .body = Kung gusto mo ng kompensasyon, puwede itong hingin para sa iyo ng public prosecutor (piskal) bilang bahagi ng kasong kriminal laban sa trafficker. Wala kang babayarang gastos sa korte para sa paghahabol na ito. Kung mag-utos ang korte na magbayad, dapat itong ipatupad para sa iyo ng isang tanggapan ng gobyerno.

# hb: source=764bab2d2ab2ae7b status=machine
right_th-3 = Magreklamo tungkol sa hindi binayarang sahod: hotline 1546
    .body = Sabi ng labour office ng Thailand, pantay nitong pinoprotektahan ang mga manggagawang Thai at dayuhan. Kung hindi ka binayaran ng sahod o overtime, puwede kang magreklamo sa Labour Protection and Welfare office sa iyong probinsya o sa Bangkok, o tumawag sa hotline 1546. Puwedeng utusan ng mga labour inspector ang amo na magbayad. Libre ang pagrereklamo sa isang inspector.
    .caveats = Kung nasa Thailand ka nang walang papeles, magtanong muna sa isang grupong tumutulong.

# hb: source=0f8bdb0e7ae37660 status=machine
right_tw-1 = Residence at work permit para sa mga kinilalang biktima
    .body = Sa Taiwan, kung kinilala kang biktima ng human trafficking, puwede kang mag-apply ng residence permit na may bisa nang isang taon. Puwede itong palawigin, isang taon bawat beses, para sa imbestigasyon o paglilitis. Kapag mayroon ka nito, puwede kang mag-apply ng work permit, nang walang karaniwang limitasyon para sa mga dayuhang manggagawa, hangga't may bisa ang iyong residence permit.

# hb: source=7a8f82c5cd1a50b2 status=machine
right_tw-2 = Ano ang itinuturing na trafficking sa Taiwan
    .body = Itinuturing na trafficking ng batas ng Taiwan ang paggamit ng pagbabanta, panloloko, pagkakatali sa utang (debt bondage), pagtatago ng mahahalagang dokumento, o pagsasamantala sa kawalang-kalaban-laban ng isang tao, para pagsamantalahan siya. Kasama sa pagsasamantala ang sapilitang pagtatrabaho at ang trabahong malinaw na napakababa ng bayad para sa trabaho. Kung wala ka pang 18 taong gulang, trafficking ito kahit walang ganitong paraan.

# hb: source=611281efb5d69f09 status=machine
right_tw-3 = Tumawag sa 1955 tungkol sa hindi binayarang sahod
    .body = Tumatanggap ang 1955 hotline ng Ministry of Labor ng mga tanong at reklamo mula sa mga migranteng manggagawa tungkol sa kontrata, sahod, oras ng trabaho, pinsala sa katawan at broker. Libre ito at bukas 24 na oras bawat araw, araw-araw. Nagsasalita ito ng Chinese, Ingles, Indonesian, Vietnamese at Thai, at puwede itong magsalin sa pagitan mo at ng iyong amo.
    .caveats = Maaaring ipasa ang mga reklamo sa lokal na labour department o sa pulis.

# hb: source=00197aea20c32cd0 status=machine
right_us-1 = Ang T visa para sa mga biktima ng trafficking
    .body = Ang T visa (T status) ay katayuan sa immigration ng US para sa mga biktima ng trafficking para sa sex o para sa trabaho. Pinapayagan nito ang ilang biktima na manatili sa United States. Ginawa ito ng Congress noong Oktubre 2000. Puwede rin itong makuha ng ilang miyembro ng pamilya. Ang USCIS, ang tanggapan ng US para sa mga benepisyo sa immigration, ang nagpapasya.
    .caveats = Humingi ng libreng legal na payo bago ka mag-apply. Masusuri ng isang abogado kung kwalipikado ka.

# hb: source=22249cf88a7ae3b1 status=machine
right_us-2 = Sino ang puwedeng maging kwalipikado sa T visa
    .body = Para maging kwalipikado, dapat mong ipakita na biktima ka ng 'severe form of trafficking' (malubhang uri ng trafficking), na nasa US ka (o nasa port of entry) dahil dito, na sumunod ka sa mga makatwirang hiling ng law enforcement (hindi kailangan kung wala ka pang 18 noon o kung hindi mo kaya dahil sa trauma), na labis kang maghihirap kung paaalisin ka, at na admissible ka (puwedeng tanggapin sa bansa) o nakakuha ka ng waiver.

# hb: source=16c34d91844fbbcd status=machine
right_us-3 = T status: hanggang 4 na taon, trabaho, at daan papunta sa Green Card
    .body = Sa simula, tumatagal ang T status nang hanggang 4 na taon. Puwede kang makakuha ng pahintulot na magtrabaho. Pagkatapos ng 3 taon sa T status, puwede kang mag-apply ng Green Card (permanent residence). Puwede kang mag-apply nang mas maaga kung opisyal nang tapos ang kaso laban sa mga trafficker. May iba pang patakaran, gaya ng mabuting moral na pagkatao.
    .caveats = Dapat kang manatili sa United States nang walang mahabang pag-alis. Magtanong sa abogado bago ka bumiyahe sa ibang bansa.

# hb: source=78fa436f8f843ce4 status=machine
right_us-4 = Hanggang 5,000 T visa bawat taon
    .body = Bawat taon, puwedeng magbigay ang USCIS ng T status sa hanggang 5,000 pangunahing aplikante. Hindi kasama sa bilang na ito ang mga miyembro ng pamilya. Kapag naabot ang limitasyon, ilalagay sa waiting list para sa susunod na taon ang mga kwalipikado.

# hb: source=2a543d54442cbab5 status=machine
right_us-5 = Puwedeng federal na krimen ang pagkuha sa iyong passport o ID
    .body = Federal na krimen ang sirain, itago, kunin o hawakan ang passport, papeles sa immigration o ID ng ibang tao bilang bahagi ng trafficking o sapilitang pagtatrabaho. Krimen din ang gawin ito para pigilan ang biktima ng trafficking na umalis o bumiyahe, para patuloy siyang magtrabaho. Puwedeng umabot sa 5 taong pagkakakulong ang parusa. Hindi pinaparusahan ng batas na ito ang biktimang gumawa nito dahil sa sarili niyang pagka-traffic.

# hb: source=06552803388d2029 status=machine
right_us-6 = Hindi bahagi ng pulis o immigration ang National Hotline
    .body = Ang National Human Trafficking Hotline ay hindi bahagi ng law enforcement (pulis at iba pang nagpapatupad ng batas) o ng immigration; puwede kang humingi ng tulong o mag-report nang hindi nagpapakilala.

# hb: source=8e9f7e10df6a21c4 status=machine
right_us-7 = Continued Presence: pansamantalang katayuan na hinihingi ng pulis
    .body = Ang Continued Presence ay pansamantalang katayuan sa immigration para sa mga taong kinilala ng law enforcement (pulis at iba pang nagpapatupad ng batas) bilang biktima ng trafficking. Pinapayagan ka nitong manatili at magtrabaho sa US habang iniimbestigahan ang krimen. Sa simula, tumatagal ito nang 1 taon at puwedeng i-renew nang isang taon bawat beses. Hindi mo ito puwedeng i-apply nang mag-isa. Ang mga federal officer, pangunahin mula sa ICE at FBI, o mga federal prosecutor ang nagpapadala ng kahilingan.
    .caveats = Ang ICE ay pulis din ng immigration. Makipag-usap sa isang abogado o grupong tumutulong bago ka makipagkita sa mga opisyal. Sinasabihan ang mga opisyal na huwag kailanman gamitin ang katayuang ito para gipitin ka.

# hb: source=53f3d80c2e2e4233 status=machine
right_us-8 = Ang U visa para sa mga biktima ng krimen, kasama ang trafficking
    .body = Ang U visa ay para sa mga biktima ng ilang krimen na dumanas ng matinding pisikal o mental na pang-aabuso at tumutulong, o malamang na tutulong, sa pulis o mga piskal sa kaso. Kasama sa listahan ng mga krimen ang trafficking, pati ang sapilitang paninilbihan at pagkakatali sa utang (peonage). Kailangan mo ng form na pinirmahan ng isang pulis, piskal, hukom o ibang opisyal na nagpapatunay na tumulong ka.
    .caveats = Hindi obligadong pumirma ang opisyal. May limitasyon bawat taon, kaya maraming tao ang matagal na naghihintay. Humingi ng tulong sa isang abogado.

# hb: source=bbcf51e040e01eef status=machine
right_us-9 = Habulin ang hindi binayarang sahod, anuman ang iyong katayuan sa immigration
    .body = Sabi ng US Department of Labor, pinoprotektahan ng pederal na batas sa minimum wage at overtime ang mga manggagawa anuman ang kanilang katayuan sa immigration. Kung hindi ka binayaran ng minimum wage o overtime, puwede kang humingi ng tulong sa Wage and Hour Division nito o magreklamo. Tumawag sa 1-866-487-9243 (Lunes hanggang Biyernes, 8:00 hanggang 4:30 sa lokal na oras) o pumunta sa isang lokal na opisina.
    .caveats = Inaasikaso ng opisinang ito ang pederal na minimum wage, overtime at ilang ibang batas. Maaaring hindi nito saklaw ang lahat ng perang utang sa iyo. Galing noong 2010 ang pahayag ng departamento. Kung natatakot ka para sa iyong katayuan sa immigration, makipag-usap muna sa isang worker centre o abogado.

# hb: source=40e091ebc0f0ff5f status=machine
resource_au-fair-work-migrant-workers = Mga migranteng manggagawa (Fair Work Ombudsman – horticulture)
    .body = Para sa mga migranteng manggagawa sa Australia, lalo na sa mga bukid: pareho ang karapatan mo sa trabaho gaya ng ibang manggagawa. Hindi puwedeng kanselahin ng iyong amo ang iyong visa, at hindi ka niya puwedeng tanggalin o bawasan ang iyong mga shift dahil nagreklamo ka. May impormasyon sa mahigit 30 wika, kasama ang Spanish at Vietnamese, at puwede kang makipag-usap sa kanila sa tulong ng tagasalin.

# hb: source=51b49909a305477d status=machine
resource_canada-trafficking-hotline-who-we-are = Tungkol sa Hotline: Sino kami?
    .body = Ang sinuman sa Canada ay puwedeng tumawag sa trafficking hotline na ito, araw o gabi, anuman ang edad, kasarian o katayuan sa pagkamamamayan. Kumpidensyal ang mga tawag, at hindi bahagi ng pulis o gobyerno ang hotline. Nagbibigay ng tulong sa mahigit 200 wika sa tulong ng tagasalin.

# hb: source=765fa9d2c28f69a0 status=machine
resource_ilo-know-your-rights-migrant-domestic-workers = Leaflet tungkol sa iyong mga karapatan: Mga tanong at sagot tungkol sa disenteng trabaho para sa mga migranteng kasambahay
    .body = Isang booklet para sa mga migranteng gumagawa ng gawaing-bahay: paglilinis, pagluluto at pag-aalaga sa isang tahanan. Sinasagot nito ang mga karaniwang tanong tungkol sa iyong trabaho, iyong amo at iyong mga karapatan. Ipinapaliwanag din nito ang mga internasyonal na patakaran na nagpoprotekta sa mga kasambahay.

# hb: source=0fa351ba1a08a9de status=machine
resource_taiwan-1955-hotline-migrant-workers = Tinutulungan ng 1955 Hotline ng Ministry of Labor ang mga migranteng manggagawa na makipag-usap nang maayos
    .body = Ang libreng 1955 hotline ng Taiwan para sa mga migranteng manggagawa ay bukas 24 na oras, araw-araw, para sa payo o reklamo tungkol sa iyong kontrata, sahod, oras ng trabaho o broker. Nagsasalita ang mga tauhan ng Chinese, Indonesian, Vietnamese, Thai at Filipino at puwede silang magsalin sa pagitan mo at ng iyong amo. Maaaring ipasa ang mga reklamo sa labour office o sa pulis.

# hb: source=059753becfb3304f status=machine
resource_uk-glaa-seasonal-workers-rights = Ang iyong mga karapatan - Seasonal workers scheme
    .body = Para sa mga taong pumupunta sa UK gamit ang seasonal farm work visa (visa para sa pana-panahong trabaho sa bukid). Inililista nito ang iyong mga legal na karapatan sa trabaho, gaya ng minimum wage at kung ano ang puwede at hindi puwedeng ikaltas sa iyong sahod. May maikling video ito tungkol sa scheme.

# hb: source=e6fbd389ac7c2f0f status=machine
resource_uk-modern-slavery-helpline-what-happens = Ano ang nangyayari kapag tumawag ka sa Helpline?
    .body = Ipinapaliwanag nito, hakbang-hakbang, kung ano ang nangyayari kapag tumawag ka sa libre at kumpidensyal na UK Modern Slavery & Exploitation Helpline, na bukas araw at gabi. Puwede mong ibigay ang pangalan mo, hilingin na ilihim ito, o hindi magpakilala. Nagtatanong muna sila bago ipasa ang iyong mga detalye, maliban kung may buhay o batang nasa panganib.

# hb: source=89401ce262d9fb35 status=machine
resource_uk-nrm-explained-west-midlands = Pagkuha ng suporta bilang biktima ng modern slavery (adult) – dokumentong nagpapaliwanag sa National Referral Mechanism
    .body = Isang leaflet na nagpapaliwanag sa sistema ng suporta ng UK para sa mga biktima ng modern slavery (makabagong pang-aalipin). Sinasabi nito kung ano ang mangyayari kung papayag kang i-refer, at kung ano ang mga pagpipilian mo kung tatanggi ka. Nasa Ingles, Albanian, Bulgarian, Chinese, Latvian, Lithuanian, Polish, Roma, Romanian, Slovak at Vietnamese ito.

# hb: source=4eed91ea7f18a937 status=machine
resource_unhcr-help-human-trafficking = Human trafficking (UNHCR Help)
    .body = Ipinapaliwanag sa simpleng salita kung ano ang human trafficking, kasama ang trafficking ng mga bata. Sinasabi nito kung bakit nasa espesyal na panganib ang mga taong napilitang lumikas, at na puwedeng puntiryahin ang sinuman, anuman ang kanilang papeles. Sinasabihan ka nitong maging alerto at alamin ang mga panganib.

# hb: source=9fa1c35a364422a8 status=machine
resource_unseen-faqs-potential-victims = Mga madalas itanong para sa mga posibleng biktima at survivor
    .body = Sinasagot nito ang mga tanong ng mga taong sa tingin nila ay maaaring pinagsasamantalahan sila sa UK. Ipinapaliwanag nito, sa simpleng salita, ang mga uri ng sapilitang trabaho, sapilitang paggawa ng krimen at sekswal na pagsasamantala. Sinasabi nito na pinapatakbo ng isang samahang hindi pang-gobyerno (NGO) ang Helpline at hindi ito bahagi ng pulis o gobyerno, pero nakikipagtulungan ito sa kanila.

# hb: source=fccf11332d5c9903 status=machine
resource_us-trafficking-hotline-what-happens = Ang Aming Paraan (National Human Trafficking Hotline)
    .body = Ipinapaliwanag kung ano ang nangyayari kapag tumawag, nag-text o nag-chat ka sa trafficking hotline ng US. Tinutulungan nito ang lahat, anuman ang kanilang katayuan sa immigration. Ikaw ang magpapasya kung mapupunta sa pulis ang kuwento mo, maliban kung may batang inaabuso o may taong nasa panganib ngayon mismo.

# hb: source=8c0bb929feecff57 status=machine
helpline_ae-dfwac = Libre at kumpidensyal, araw at gabi, para sa mga babae at bata. Isa itong shelter na nakikipagtulungan sa pulis sa ilang kaso.
    .channel-1 = Libre, sa loob ng UAE
    .hours-text = 24 na oras, araw-araw
    .operator-note = non-profit na shelter na may lisensya mula sa gobyerno
    .service = 24-oras na hotline para sa mga babae at batang dumaranas ng karahasan, pang-aabuso o trafficking

# hb: source=5e4a2c638c905898 status=machine
helpline_ae-dubai-police-ht = Linya ng pulis para mag-report ng trafficking sa Dubai. Napupunta sa pulis ang sinasabi mo.
    .service = Hotline at e-mail ng Dubai Police para sa human trafficking

# hb: source=0b2efb62173b80df status=machine
helpline_ae-mohre = Linya ng ministeryo ng paggawa para sa mga problema sa trabaho at sahod. Maaaring sabihan ang iyong amo, kaya itanong muna kung maaapektuhan ang pananatili mo sa bansa.
    .channel-1 = Libre. Mga reklamo tungkol sa trabaho, sahod o recruitment office
    .channel-2 = Payo tungkol sa mga labour claim
    .channel-3 = Itanong kung may absconding report na na-file laban sa iyo
    .hours-text = 80060: Sabado hanggang Huwebes, 8 ng umaga hanggang 8 ng gabi.
    .operator-note = ministeryo ng paggawa
    .service = Call centre ng ministeryo ng paggawa: reklamo sa trabaho, hindi binayarang sahod, kasambahay, absconding report

# hb: source=6cd7cb6f6346d92b status=machine
helpline_ae-moi-116111 = Linya ng pulis para mag-report ng pananakit sa isang bata; puwedeng tumawag ang sinuman. Kung nasa panganib ngayon ang isang bata, tumawag sa 999.
    .channel-1 = Libre
    .operator-note = Ministry of Interior (pulis)
    .service = Child protection hotline 116111 (i-report ang pang-aabuso o pagpapabaya sa isang bata)

# hb: source=30fc90d856734faf status=machine
helpline_ae-sharjah-wpc = Libreng linya sa Sharjah para sa mga babaeng dumaranas ng karahasan o problema sa pamilya. Nagbibigay ng payo at tulong legal.
    .channel-1 = Libre
    .operator-note = departamento ng social services (Sharjah)
    .service = Libreng linya para sa counseling at tulong sa mga problema sa pamilya at sa bahay (Sharjah)

# hb: source=b542d11a126336fa status=machine
helpline_ar-linea-145 = Libre at puwede kang hindi magpakilala. Napupunta sa mga piskal ang sinasabi mo at puwede itong humantong sa raid ng pulis.
    .channel-1 = Libre, mula kahit saan sa Argentina
    .hours-text = 24 na oras bawat araw, 365 araw bawat taon
    .operator-note = programa ng ministeryo ng hustisya para sa pagliligtas
    .service = Línea 145

# hb: source=b80787f17046d38a status=machine
helpline_au-afp = Pulis. Puwede kang mag-report o magsabi ng iyong alalahanin. Puwede ka nilang i-refer sa support program ng Red Cross.
    .channel-1 = 131 AFP
    .service = 131 AFP (pag-report at referral sa Support for Trafficked People Program)

# hb: source=692b7930fae072d9 status=machine
helpline_au-anti-slavery-australia = Kumpidensyal na legal na payo, kasama ang tungkol sa visa. Galing sa lumang pahina ang numerong ito at maaaring nagbago na.
    .hours-text = Oras ng opisina
    .service = Kumpidensyal na payo (katayuan ng visa, pagsali sa mga imbestigasyon ng AFP)

# hb: source=0a61897a260c6952 status=machine
helpline_au-redcross-stpp = Kumpidensyal na payo para sa iyo o para sa taong inaalala mo. Para makasali sa pinopondohang program, dapat kang i-refer ng pulis (AFP) o ng ibang opisyal na daan.
    .operator-note = pinopondohan ng gobyerno
    .service = Support for Trafficked People Program (STPP)

# hb: source=966e5c79fab95409 status=machine
helpline_bd-109 = Para sa mga babae at batang dumaranas ng karahasan, o sa taong tumatawag para sa kanila. Libre mula sa anumang telepono sa Bangladesh.
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = ministeryo para sa kababaihan at mga bata
    .service = 109 hotline para sa mga babae at batang dumaranas ng karahasan

# hb: source=859b3bf785c0aa3a status=machine
helpline_bd-probash-bandhu = Para sa mga Bangladeshi na papunta sa ibang bansa, nakatira sa ibang bansa o nakauwi na. Libre sa loob ng Bangladesh; mula sa ibang bansa, tawagan ang numerong +880.
    .channel-1 = Libre, sa loob ng Bangladesh
    .channel-2 = Mula sa ibang bansa
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = ministeryo para sa kapakanan ng mga nasa ibang bansa
    .service = Probash Bandhu call centre para sa mga Bangladeshi sa ibang bansa

# hb: source=dc67aea9dd571065 status=machine
helpline_be-esperanto = Shelter para sa mga bata at tinedyer na maaaring biktima ng trafficking.
    .service = Shelter para sa mga batang biktima ng trafficking (Wallonia)

# hb: source=3b969c398a315176 status=machine
helpline_be-pag-asa = Ligtas na shelter, at tulong sa kalusugan, legal at sa papeles, araw at gabi. Para makakuha ng papeles sa ganitong paraan, dapat kang tumulong sa imbestigasyon ng pulis.
    .hours-text = 24/7
    .operator-note = center na kinikilala ng gobyerno
    .service = Espesyal na reception center para sa mga biktima ng trafficking (Brussels)

# hb: source=23c036620d126f40 status=machine
helpline_be-payoke = Ligtas na shelter, at tulong sa kalusugan, legal at sa papeles, araw at gabi. Para makakuha ng papeles sa ganitong paraan, dapat kang tumulong sa imbestigasyon ng pulis.
    .hours-text = 24/7
    .operator-note = center na kinikilala ng gobyerno
    .service = Espesyal na reception center para sa mga biktima ng trafficking (Antwerp)

# hb: source=ebbe0148a1d78d2d status=machine
helpline_be-surya = Ligtas na shelter, at tulong sa kalusugan, legal at sa papeles, araw at gabi. Para makakuha ng papeles sa ganitong paraan, dapat kang tumulong sa imbestigasyon ng pulis.
    .hours-text = 24/7
    .operator-note = center na kinikilala ng gobyerno
    .service = Espesyal na reception center para sa mga biktima ng trafficking (Liège)

# hb: source=0beb0efc33582531 status=machine
helpline_bg-a21 = Libreng pambansang linya laban sa trafficking, araw at gabi. Hindi mo kailangang magpakilala.
    .channel-2 = Mag-report online
    .hours-text = 24/7
    .service = National Hotline to Combat Human Trafficking (Freedom Line Bulgaria)

# hb: source=23723305eeda852e status=machine
helpline_bg-animus = Linya ng isang samahang hindi pang-gobyerno (NGO) para sa mga taong nasaktan dahil sa karahasan.
    .service = Hotline para sa mga biktima ng karahasan

# hb: source=415381e9b9dbb8ab status=machine
helpline_bg-labour-inspectorate = Tanggapan ng gobyerno para sa mga problema sa trabaho. Maaaring malaman ng iyong amo ang tungkol sa reklamo.
    .operator-note = labour inspectorate (tagasuri ng mga lugar ng trabaho)
    .service = Hotline ng labour inspectorate

# hb: source=9aa2910a712a01a1 status=machine
helpline_bg-nccthb = Tanggapan ng gobyerno na nag-aayos ng shelter at tulong para sa mga biktima. Tumatanggap din ito ng mga report ng krimen ng trafficking.
    .operator-note = ahensya ng Council of Ministers; kasama ang Interior Ministry
    .service = National Commission - mga report at referral

# hb: source=e7309432bbf96a39 status=machine
helpline_bh-995 = Tulong at payo para sa mga manggagawang may problema, sa maraming wika. Pinapatakbo ito kasama ang awtoridad sa paggawa at puwede nitong ipasa sa pulis ang mga kaso.
    .operator-note = anti-trafficking committee na pinangungunahan ng awtoridad sa labour market
    .service = Hotline 995 para sa mga manggagawang nasa gipit na kalagayan at mga biktima ng trafficking

# hb: source=6b4a47df63c83267 status=machine
helpline_bh-lmra = Awtoridad sa work permit; puwede mong tingnan kung na-report kang lumiban. Maaaring sabihan ang iyong amo, kaya itanong muna kung maaapektuhan ang pananatili mo sa bansa.
    .channel-2 = Tingnan kung na-report ka ng iyong amo na lumiban
    .operator-note = awtoridad sa labour market (work permit)
    .service = Call centre at website ng LMRA (work permit, paglipat ng trabaho, ulat ng pagliban, reklamo)

# hb: source=054145638cbbd13f status=machine
helpline_br-disque-100 = Libre at puwede kang hindi magpakilala. Napupunta sa mga labour inspector ang mga report ng pang-aalipin sa trabaho, at puwedeng makarating sa pulis ang mga report.
    .channel-1 = Libre mula sa anumang telepono sa Brazil
    .channel-3 = Web chat at video call sa Libras (sign language ng Brazil)
    .hours-text = 24 na oras bawat araw, araw-araw
    .operator-note = ministeryo ng karapatang pantao
    .service = Disque 100 (Disque Direitos Humanos)

# hb: source=da4d770527a86a6b status=machine
helpline_br-ligue-180 = Para sa mga babaeng dumaranas ng karahasan. Puwede mong i-save ang numero ng WhatsApp sa ibang pangalan para manatiling ligtas.
    .channel-1 = Libre mula sa anumang telepono sa Brazil
    .channel-2 = May mga pahinang nagsusulat nito bilang (61) 99610-0180
    .hours-text = 24 na oras bawat araw, araw-araw, sa telepono at WhatsApp
    .operator-note = ministeryo para sa kababaihan
    .service = Ligue 180 - Central de Atendimento à Mulher

# hb: source=3a847b34fb45a026 status=machine
helpline_ca-chth = Hindi pulis at hindi gobyerno. Sinasabihan lang nila ang pulis kung papayag ka, o kung inuutos ito ng batas.
    .hours-text = 24 na oras bawat araw, 365 araw bawat taon
    .operator-note = rehistradong samahang hindi pang-gobyerno (NGO)
    .service = Canadian Human Trafficking Hotline

# hb: source=5fd649373649ebf5 status=machine
helpline_cl-denuncia-seguro = Tumawag sa *4242 mula sa anumang telepono, libre. Hindi mo ibinibigay ang pangalan mo, pero napupunta sa mga piskal at pulis ang sinasabi mo.
    .channel-1 = Online na form para mag-report
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo
    .operator-note = tanggapan para sa pag-iwas sa krimen
    .service = Denuncia Seguro (report ng krimen nang walang pangalan)

# hb: source=c0593aa6e8dff97e status=machine
helpline_cl-pdi-trata = Ito ay pulis. Ang pulis ding ito ang humahawak sa mga papeles sa immigration.
    .operator-note = pulis na nag-iimbestiga, na humahawak din sa mga usapin sa immigration
    .service = Numero ng PDI para mag-report ng trafficking

# hb: source=22b8a2e9a47515d1 status=machine
helpline_co-mininterior-trata = Libreng pambansang linya. Kung hindi ka taga-Colombia, maaaring ibahagi ang kaso mo sa pulis at sa mga opisyal ng migration.
    .channel-1 = Libre sa loob ng Colombia
    .operator-note = ministeryo ng interior
    .service = Línea Gratuita Nacional contra la Trata de Personas

# hb: source=6c481b99722e6ba4 status=machine
helpline_de-bavaria-helpline = Libre at kumpidensyal na payo sa telepono o chat, Lunes hanggang Biyernes, 9 ng umaga hanggang 3 ng hapon. Maaaring ipasa sa pulis ang mga impormasyon tungkol sa krimen.
    .channel-1 = Sa loob lang ng Germany
    .channel-2 = Chat at form para mag-report nang hindi nagpapakilala
    .hours-text = Lunes hanggang Biyernes, 9:00 hanggang 15:00
    .operator-note = pinopondohan ng gobyerno ng Bavaria
    .service = Bavarian Anti-Trafficking HELPline

# hb: source=6df5611f5f74e0b5 status=machine
helpline_de-hilfetelefon = Para sa mga babaeng dumaranas ng anumang karahasan, kasama ang trafficking at sapilitang prostitusyon. Libre, hindi mo kailangang magpakilala, araw at gabi, may mga tagasalin sa 18 wika.
    .hours-text = 24 na oras bawat araw, 365 araw bawat taon
    .operator-note = pederal na hotline
    .service = Hilfetelefon Gewalt gegen Frauen

# hb: source=a86d93b58db1d3ec status=machine
helpline_do-linea-trata = Linya para mag-report ng trafficking. Puwedeng makarating sa mga piskal at pulis ang sinasabi mo.
    .channel-1 = Libre
    .operator-note = ipinapakilala ng mga piskal; hindi malinaw kung sino ang sumasagot
    .service = Libreng linya para mag-report ng trafficking at komersyal na sekswal na pagsasamantala

# hb: source=e9e9e6233b98d28d status=machine
helpline_ec-1800-delito = Linya para mag-report ng krimen, pinapatakbo kasama ang pulis. Hindi ito serbisyo ng suporta.
    .channel-1 = Isinusulat ding 1800 DELITO
    .operator-note = ministeryo ng interior, kasama ang pambansang pulis
    .service = 1800 DELITO

# hb: source=a7d9eb283a6cc8be status=machine
helpline_eg-nccm-16000 = Libreng linya para sa mga batang nasa panganib, araw at gabi. Nakikipagtulungan ito sa mga tanggapan ng gobyerno, kasama ang pulis.
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = pambansang konseho para sa mga bata
    .service = Child Helpline 16000

# hb: source=c53da84cb670c92a status=machine
helpline_eg-nchr-15508 = Linya ng konseho sa karapatang pantao na tumatanggap ng mga reklamo, kasama ang tungkol sa trafficking.
    .operator-note = pambansang konseho sa karapatang pantao
    .service = Hotline para sa mga reklamo tungkol sa karapatang pantao

# hb: source=a4cf69d1be41dfad status=machine
helpline_eg-ncw-15115 = Para sa mga babae. Nagbibigay ito ng suportang legal at emosyonal, at maaari nitong i-report sa piskal ang mabibigat na krimen.
    .operator-note = pambansang konseho para sa kababaihan
    .service = Hotline 15115 para sa mga reklamo ng kababaihan

# hb: source=a14f8662ac8a5b9f status=machine
helpline_es-amar-dragoste = Linya ng suporta para sa mga babaeng nasa prostitusyon o nanganganib mapunta rito, araw at gabi.
    .hours-text = 24 na oras
    .service = 24-oras na linya para sa mga babaeng nasa prostitusyon o nanganganib mapunta rito

# hb: source=b9ed66e1d2c0e534 status=machine
helpline_es-policia-trata = Ito ay pulis, sa isang unit na humahawak din sa immigration. Puwede kang mag-report nang hindi nagpapakilala at hindi lalabas ang tawag sa bill ng telepono.
    .hours-text = 24 na oras bawat araw
    .operator-note = unit ng pambansang pulis laban sa trafficking at sa mga network ng ilegal na immigration
    .service = Linya at e-mail ng pulis para sa trafficking

# hb: source=c4e1c04397c88b44 status=machine
helpline_et-moj-8797 = Libreng maikling numero sa loob ng Ethiopia, sa Amharic, Afan Oromo, Tigrinya at Ingles. Nakikipagtulungan ito sa law enforcement (pulis at iba pang nagpapatupad ng batas).
    .channel-1 = Libre. Sa loob ng Ethiopia.
    .operator-note = Ministry of Justice, sinusuportahan ng IOM
    .service = Pambansang anti-trafficking hotline 8797

# hb: source=b989c1fe90c2cc25 status=machine
helpline_eu-116000 = Para sa batang nawawala o maaaring tumakas, at sa kanyang pamilya. Libre, araw at gabi; malapit silang nakikipagtulungan sa pulis.
    .hours-text = 24/7
    .operator-note = network ng mga pambansang hotline; malapit na nakikipagtulungan sa pulis
    .service = 116 000 hotline para sa mga nawawalang bata

# hb: source=d905b81781816593 status=machine
helpline_eu-116006 = Libre at kumpidensyal na tulong para sa mga biktima ng anumang krimen. Gumagana lang ito sa ilang bansa sa EU; kung hindi ito kumonekta, gumamit ng ibang linya.
    .hours-text = Depende sa bansa
    .operator-note = karamihan ay pinapatakbo ng mga samahang hindi pang-gobyerno (NGO) na tumutulong sa mga biktima
    .service = 116 006 hotline para sa mga biktima ng krimen

# hb: source=f8e8d60537ac1e6b status=machine
helpline_eu-116111 = Libreng hotline para sa mga bata at kabataan. Hindi ito gumagana sa bawat bansa.
    .hours-text = Bukas 24/7 sa maraming bansa; kung hindi, dapat sabihin ng hotline kung kailan ito bukas.
    .operator-note = network ng mga pambansang hotline para sa mga bata
    .service = 116 111 hotline para sa mga bata

# hb: source=10d207ef06fd08ad status=machine
helpline_fr-116006 = Libreng tulong para sa mga biktima ng anumang krimen, araw-araw. Puwede kang hindi magpakilala at hindi mo kailangang nakapunta na sa pulis.
    .channel-2 = Mula sa ibang bansa (karaniwang singil)
    .hours-text = Araw-araw. Ayon sa mga pinagmulan, bukas ito 9:00 hanggang 19:00 (2018) o 9:00 hanggang 20:00 (2022). Sa labas ng oras na ito, puwede kang mag-iwan ng mensahe para tawagan ka pabalik.
    .operator-note = pederasyon ng mga samahang tumutulong sa mga biktima
    .service = 116 006 - linya ng suporta para sa mga biktima

# hb: source=409b1b2d597af84c status=machine
helpline_fr-119 = Para sa mga bata at kabataang hanggang 21 taong gulang na nasa panganib, at sa mga nasa hustong gulang na nag-aalala tungkol sa isang bata. Libre, araw at gabi; hindi lalabas ang tawag sa bill ng telepono.
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo
    .operator-note = pambansang serbisyo para sa proteksyon ng bata
    .service = 119 - Allô Enfance en danger

# hb: source=f9069a83497ca4c1 status=machine
helpline_fr-ccem = Tulong para sa mga taong pinilit magtrabaho, madalas bilang kasambahay. Suportang legal, panlipunan at sa papeles; kinakausap ka muna nila bago magpasya ng anuman.
    .channel-2 = Mag-report ng sitwasyon
    .service = Pag-report at suporta para sa mga biktima ng labour trafficking at sapilitang paninilbihan sa bahay

# hb: source=47531ae011bdef39 status=machine
helpline_gb-mseh = Libre at bukas araw at gabi. Puwede kang hindi magpakilala; nagtatanong muna sila bago ibahagi ang iyong mga detalye, maliban kung may taong nasa panganib o may batang nanganganib.
    .hours-text = 24 na oras bawat araw, araw-araw
    .operator-note = independiyenteng samahang hindi pang-gobyerno (NGO)
    .service = Modern Slavery & Exploitation Helpline

# hb: source=e4defdaa0381c957 status=machine
helpline_gb-salvation-army = Kumpidensyal na tulong para sa mga survivor na nasa hustong gulang sa England at Wales: ligtas na bahay (safe house), legal na payo, pangangalagang pangkalusugan. Kung suporta ng gobyerno ang kukunin mo, mapupunta ang kaso mo sa Home Office.
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo
    .operator-note = nagpapatakbo ng kontrata ng gobyerno para sa suporta
    .service = Modern Slavery Referral Helpline (Modern Slavery Victim Care Contract)

# hb: source=a3c0e633c5f7c0f9 status=machine
helpline_gh-helpline-of-hope = Mag-report ng trafficking, sapilitang pagtatrabaho, pang-aabuso sa bata o sapilitang pagpapakasal. Libre mula sa anumang network sa Ghana.
    .channel-1 = Libre, sa loob ng Ghana
    .channel-2 = Libre, sa loob ng Ghana
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = ministeryo para sa gender at social protection
    .service = Helpline of Hope call centre

# hb: source=863d4324905c7ae0 status=machine
helpline_gr-1109 = Pambansang linya laban sa trafficking sa Greece. Nagre-refer ito sa mga makakatulong at tumatanggap ng impormasyon (tip), na puwedeng makarating sa pulis.
    .service = Human Trafficking Resource Line 1109

# hb: source=ca72b4a8bec9ceb3 status=machine
helpline_gt-pdh-1555 = Linya ng tanggapan ng estado para sa karapatang pantao. Puwedeng ipasa sa mga piskal at pulis ang report mo.
    .operator-note = ombudsman para sa karapatang pantao (ahensya ng estado)
    .service = Denuncias 1555

# hb: source=160fb3b81b1c5642 status=machine
helpline_hk-help-for-domestic-workers = Libreng payo at tulong sa emergency para sa mga kasambahay. Maaari silang makipag-usap sa iyong amo.
    .service = HELPLine: payo at suporta sa emergency para sa mga kasambahay

# hb: source=6b0b9c3e747f5fc4 status=machine
helpline_hk-ld-fdh-hotline = Linya ng gobyerno para sa mga domestic helper, araw at gabi. Maaaring ibahagi ang iyong mga detalye sa pulis at immigration.
    .hours-text = 24 na oras. May tagasalin mula 8 ng umaga hanggang 10 ng gabi araw-araw, maliban sa mga pampublikong holiday.
    .operator-note = labour department
    .service = 24-oras na hotline para sa mga foreign domestic helper

# hb: source=ec77a7ada27358f3 status=machine
helpline_hk-mfmw = Samahan ng simbahan (non-profit) para sa mga kasambahay sa Hong Kong. Tulong sa iyong kaso, shelter, at sa mga emergency.
    .operator-note = samahan ng simbahan (non-profit)
    .service = Tulong para sa mga migranteng kasambahay (suporta sa kaso, shelter, tulong sa emergency)

# hb: source=81dea64949026fff status=machine
helpline_hn-cicesct-145 = Libre at kumpidensyal na linya para mag-report ng trafficking. Puwede ring makakuha ng tulong ang mga biktima, pero puwedeng makarating sa pulis ang mga report.
    .channel-1 = Libre
    .channel-2 = Direktang numero
    .operator-note = komisyon ng gobyerno laban sa trafficking
    .service = Línea Nacional de Denuncias contra la Trata de Personas 145

# hb: source=409793674f21483e status=machine
helpline_id-bp2mi-0800-1000 = Para sa mga manggagawang Indonesian sa ibang bansa at sa kanilang pamilya, araw at gabi. Maaari nilang kontakin ang iyong amo o agency.
    .channel-1 = Sa loob ng Indonesia. Libre.
    .channel-2 = Mula sa ibang bansa. Maaaring magbayad ka para sa tawag.
    .hours-text = 24 na oras
    .operator-note = ahensya para sa mga migranteng manggagawa
    .service = Call centre para sa mga reklamo ng mga migranteng manggagawang Indonesian

# hb: source=c49aaebcd2489cdb status=machine
helpline_id-sapa-129 = Libre, araw at gabi, para sa mga babae at batang dumaranas ng karahasan. Pribado ito, pero ipinapasa sa mga awtoridad ang kaso.
    .hours-text = 24 na oras
    .operator-note = ministeryo para sa proteksyon ng kababaihan at bata
    .service = SAPA 129: mga reklamo tungkol sa karahasan laban sa kababaihan at bata

# hb: source=8cb6bee11cc85fd5 status=machine
helpline_ie-crimestoppers-blueblindfold = Para sa mga report sa pulis nang hindi nagpapakilala. Hindi ito serbisyo ng suporta.
    .channel-1 = Sa loob lang ng Ireland
    .operator-note = linya para sa impormasyon tungkol sa krimen; napupunta sa pulis ang mga report
    .service = Crimestoppers anonymous line (Blue Blindfold)

# hb: source=2def40e918df3c6e status=machine
helpline_ie-garda-confidential = Ito ay pulis. Puwede kang mag-report nang hindi ibinibigay ang pangalan mo.
    .channel-1 = Sa loob lang ng Ireland
    .hours-text = Araw-araw, 9 ng umaga hanggang 9 ng gabi
    .service = Garda Confidential Line

# hb: source=790c728b49af2d84 status=machine
helpline_ie-ruhama = Suporta para sa mga babaeng nasaktan dahil sa sex trafficking o prostitusyon: tulong sa kaso, counseling, at pagpunta sa kinaroroonan mo (outreach).
    .service = Suporta para sa mga babaeng apektado ng prostitusyon at sex trafficking

# hb: source=7ea667b8b19b1ea0 status=machine
helpline_il-hotline-refugees-migrants = Grupong tumutulong sa mga migrante, refugee at survivor ng trafficking sa pamamagitan ng payo at tulong legal. Numero ito ng opisina.
    .channel-1 = Numero ng opisina
    .service = Linya ng opisina (payo at tulong legal para sa mga migrante at survivor ng trafficking)

# hb: source=cfc0ca2a4cc17db7 status=machine
helpline_il-kav-laoved = Grupo para sa karapatan ng mga manggagawa na tumutulong sa mga migranteng manggagawa at caregiver na makuha ang hindi binayarang sahod at ang kanilang mga karapatan.
    .service = Tulong sa karapatan ng mga manggagawa (walang nakitang numero ng telepono)

# hb: source=96ce91cb4cd753e5 status=machine
helpline_in-181 = Para sa mga babaeng dumaranas ng karahasan, sa bahay man o sa labas (hindi sa West Bengal). Maaaring ipasa sa pulis (112) ang mga tawag.
    .hours-text = 24 na oras, bawat araw ng taon
    .operator-note = ministeryo para sa kababaihan at bata, pinapatakbo ng bawat estado
    .service = 181 Women Helpline

# hb: source=e51198c5d4da11c0 status=machine
helpline_in-childline-1098 = Para sa mga batang nasa panganib, o sa taong nasa hustong gulang na tumatawag para sa isang bata, libre, araw at gabi. Maaaring ikonekta ang mga tawag sa 112 na emergency service ng pulis.
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = ministeryo para sa kapakanan ng bata; nakakonekta sa 112 na emergency system ng pulis
    .service = Child Helpline 1098

# hb: source=ab9f24f596a9ab82 status=machine
helpline_in-madad = Online na reklamo para sa mga Indian sa ibang bansa: hindi binayarang sahod, pang-aabuso, problema sa sponsor o agent. Puwedeng ibang tao ang mag-file nito para sa iyo.
    .channel-1 = Mga reklamo
    .channel-2 = Tingnan kung rehistrado ang isang agent
    .channel-3 = Mga reklamo tungkol sa mga recruiting agent
    .operator-note = ministeryo ng ugnayang panlabas; napupunta sa mga embahada ng India ang mga reklamo
    .service = MADAD online na reklamo para sa mga Indian sa ibang bansa, at e-Migrate

# hb: source=6a26e6b2d24342b3 status=machine
helpline_in-pbsk-owrc = Para sa mga Indian na nagtatrabaho sa ibang bansa, o papunta sa ibang bansa: hindi binayarang sahod, pekeng agent, pang-aabuso. Dalawang numero ang ibinibigay ng mga pinagmulan para sa tawag mula sa ibang bansa.
    .channel-1 = Libre, sa loob ng India
    .channel-2 = Mula sa ibang bansa
    .channel-3 = Mula sa ibang bansa (lumang numero)
    .hours-text = 24 na oras
    .operator-note = ministeryo ng ugnayang panlabas
    .service = Hotline para sa mga manggagawang Indian sa ibang bansa

# hb: source=021251dbad38d5c4 status=machine
helpline_int-iom = Hindi ito linya ng telepono: puwedeng tumulong ang IOM sa ligtas na matitirhan, pangangalagang pangkalusugan, at sa pag-uwi o pananatili, sa pamamagitan ng mga opisina nito sa bawat bansa. Malapit itong nakikipagtulungan sa mga gobyerno.
    .operator-note = ahensya ng UN para sa migrasyon
    .service = Direktang tulong laban sa trafficking (sa pamamagitan ng mga opisina sa bawat bansa)

# hb: source=65fd63741d3a3c12 status=machine
helpline_int-la-strada = Hindi ito linya ng telepono: listahan ito ng mga grupong laban sa trafficking sa maraming bansa sa Europe.
    .operator-note = network ng mga NGO
    .service = Listahan ng mga miyembrong organisasyon at pambansang hotline

# hb: source=9d14f5b522e6e30e status=machine
helpline_ir-123-social-emergency = Libreng linya ng estado para sa karahasan sa bahay at pang-aabuso sa bata. Sa mabibigat na kaso, nakikipagtulungan ito sa pulis at korte.
    .operator-note = organisasyon ng estado para sa kapakanang panlipunan
    .service = Social Emergency 123

# hb: source=165a9b2a03e163db status=machine
helpline_it-numero-verde-antitratta = Libre at hindi mo kailangang magpakilala, araw at gabi. Nagsasalita ang mga tauhan ng iba't ibang wika at puwede ka nilang ikonekta sa mga proyekto para sa proteksyon at sa shelter.
    .channel-1 = Libreng tawag sa loob ng Italy
    .hours-text = Araw-araw, 24 na oras
    .service = Numero Verde Antitratta

# hb: source=24ebe983f805709b status=machine
helpline_jo-adaleh-legal-aid = Libreng tulong legal para sa mga migranteng manggagawa, kasambahay at refugee.
    .service = Legal Aid Unit (libreng tulong legal; walang nakitang numero ng telepono)

# hb: source=e662804089eab54b status=machine
helpline_jp-houterasu = Pampublikong linya para sa tulong legal. Sa Ingles at Tagalog.
    .hours-text = Lunes hanggang Biyernes, 9:00 hanggang 17:00
    .operator-note = pampublikong ahensya para sa legal aid
    .service = Linya para sa suportang legal

# hb: source=2308bacaf2e077f8 status=machine
helpline_jp-iom-tokyo = Internasyonal na ahensya sa Tokyo na tumutulong sa mga biktima ng trafficking. Bukas tuwing weekday.
    .hours-text = Lunes hanggang Biyernes, 9:00 hanggang 12:30 at 13:30 hanggang 17:00, maliban sa mga holiday ng IOM
    .service = IOM Tokyo: mag-report ng kaso ng trafficking

# hb: source=0c75d9b11340d515 status=machine
helpline_jp-jitco-mother-tongue = Libreng linya para sa mga technical intern trainee, sa sarili mong wika. Konektado ito sa trainee programme.
    .channel-1 = Libre. Sa loob lang ng Japan
    .operator-note = foundation para sa trainee programme
    .service = Hotline sa sariling wika para sa mga technical intern trainee

# hb: source=0035926f105b6ace status=machine
helpline_jp-tokyo-police-english = Linya ng pulis sa Ingles sa Tokyo, araw at gabi. Ito ay pulis.
    .hours-text = May pagsasalin 24 na oras araw-araw
    .operator-note = pulis
    .service = Linya ng pulis sa Tokyo na nagsasalita ng Ingles

# hb: source=440b1570fae6c9c6 status=machine
helpline_ke-116 = Libre, araw at gabi, para sa mga bata o sa sinumang tumatawag para sa isang bata. Madalas abala ang linya: patuloy na subukan.
    .hours-text = 24 na oras
    .operator-note = pinapatakbo kasama ang isang NGO partner (Childline Kenya)
    .service = Child Helpline 116

# hb: source=7eb0ee7a72fef2ba status=machine
helpline_ke-1195 = Libre, araw at gabi, para sa sinumang dumaranas ng karahasan o pang-aabuso. Puwedeng magpadala ng pulis o ambulansya ang mga counselor.
    .hours-text = 24 na oras
    .operator-note = pinapatakbo ng isang NGO kasama ang gobyerno
    .service = Pambansang GBV helpline 1195 (karahasang batay sa kasarian)

# hb: source=b482f852d1e97704 status=machine
helpline_kh-police-117 = Linya ng pulis, libre kahit walang load ang telepono. Ito ay pulis.
    .operator-note = pulis
    .service = Police hotline 117 (mga report ng ilegal na pagkulong at trafficking)

# hb: source=334413e3633341da status=machine
helpline_kr-1345-immigration-contact = Linya ng immigration office para sa mga tanong tungkol sa visa, sa 20 wika. Ito ay immigration.
    .channel-1 = Sa loob ng Korea
    .channel-2 = Mula sa ibang bansa
    .hours-text = Lunes hanggang Biyernes, 9:00 hanggang 22:00. Pagkatapos ng 18:00, Korean, Ingles at Chinese lang.
    .operator-note = immigration office
    .service = 1345 Immigration Contact Center (impormasyon sa iba't ibang wika)

# hb: source=c7b5f8dc15c9f8af status=machine
helpline_kr-danuri-1577-1366 = Para sa mga migranteng babae, araw at gabi, sa 13 wika. Puwede ka nilang dalhin sa isang shelter o tulungang pumunta sa pulis.
    .channel-1 = Sa loob ng Korea
    .hours-text = 24 na oras bawat araw, 365 araw bawat taon
    .service = Danuri helpline para sa mga migranteng babae at mga multicultural na pamilya

# hb: source=39fc39828ab3b170 status=machine
helpline_kr-gyeonggi-gmhr = Tulong para sa mga migrante sa 9 na wika, kahit saan sa Korea. Bukas Linggo hanggang Huwebes.
    .channel-1 = Pagkatapos, piliin ang iyong wika (pindutin ang 1 hanggang 10)
    .hours-text = Linggo hanggang Huwebes, 9:00 hanggang 18:00
    .operator-note = institusyon ng gobyerno ng probinsya
    .service = Counseling sa iba't ibang wika para sa mga migrante (sa buong bansa)

# hb: source=d8e00083ba48e228 status=machine
helpline_kr-hug-1577-0071 = Call center para sa mga migranteng manggagawa sa 16 na wika. Nakikipagtulungan ito sa labour office.
    .channel-1 = Sa loob ng Korea
    .hours-text = Bukas buong taon
    .operator-note = konektado sa ministeryo ng paggawa
    .service = Call center para sa mga migranteng manggagawa

# hb: source=e1028a70258d4970 status=machine
helpline_kw-kshr = Linya ng legal na payo mula sa isang grupo para sa karapatang pantao, sa limang wika. Maaari nitong dalhin ang kaso mo sa awtoridad sa paggawa.
    .operator-note = samahan para sa karapatang pantao
    .service = Hotline para sa mga migranteng manggagawa: mga tanong na legal at reklamo

# hb: source=557f0608389ad3c0 status=machine
helpline_kw-pam-domestic = Linya ng awtoridad sa paggawa para sa mga kasambahay. Maaaring sabihan ang iyong amo, kaya itanong muna kung maaapektuhan ang pananatili mo sa bansa.
    .operator-note = awtoridad sa paggawa
    .service = PAM hotline para sa mga kasambahay at kanilang amo (mga reklamo at tanong)

# hb: source=54f6a0d37942952d status=machine
helpline_lb-abaad-helpline = Hotline ng isang grupo para sa karapatan ng kababaihan, para sa mga babaeng dumaranas ng karahasan.
    .service = Hotline para sa mga babaeng dumaranas ng karahasan

# hb: source=9968c74486eccff4 status=machine
helpline_lb-kafa-atu = Grupo ng kababaihan na tumutulong sa mga kasambahay at sa mga babaeng pinagsasamantalahan sa sex work, sa pamamagitan ng suportang legal at emosyonal. May 24-oras itong linya ng telepono; nasa website nito ang numero.
    .hours-text = Bukas ang linya ng telepono 24 na oras, 7 araw. Nasa website ang numero.
    .service = Anti-Trafficking and Exploitation Unit (24/7 na hotline; hindi nakita ang numero)

# hb: source=d9b60735b192f67f status=machine
helpline_lb-mol-1741 = Linya ng Ministry of Labour para sa mga kasambahay, araw at gabi. Humahawak ang ministeryo sa mga amo at sa mga papeles sa trabaho, kaya maaaring sabihan ang iyong amo.
    .hours-text = 24 na oras, araw-araw
    .operator-note = ministeryo ng paggawa
    .service = Hotline para sa mga reklamo ng mga kasambahay

# hb: source=dce8c9328344ca64 status=machine
helpline_lk-ncpa-1929 = Para sa mga bata, o sa sinumang nag-aalala tungkol sa isang bata. Libre, araw at gabi, sa Sinhala, Tamil o Ingles.
    .hours-text = 24 na oras, araw-araw
    .service = 1929 Child Helpline

# hb: source=c659972106733241 status=machine
helpline_lk-slbfe-1989 = Tingnan kung lisensyado ang isang job agency, o magreklamo. Kung nasa ibang bansa ka, makipag-ugnayan muna sa embahada ng Sri Lanka.
    .channel-2 = Mga reklamo
    .hours-text = 24 na oras
    .operator-note = kawanihan para sa trabaho sa ibang bansa
    .service = 1989 hotline para sa mga migranteng manggagawa at naghahanap ng trabaho

# hb: source=fb433e86f35d5337 status=machine
helpline_md-lastrada = Libreng payo bago pumunta sa ibang bansa para magtrabaho, at tulong para sa mga taong pinagsamantalahan o naipit sa ibang bansa at sa kanilang pamilya.
    .channel-1 = Libre sa loob ng Moldova
    .channel-2 = Mula sa ibang bansa
    .hours-text = 8:00 hanggang 20:00
    .service = Hotline para sa Ligtas na Migrasyon at Laban sa Trafficking

# hb: source=bf72fab496c35511 status=machine
helpline_mx-lnctp = Mga abogado at psychologist ang sumasagot, at puwede kang hindi magpakilala. Puwedeng ipasa sa pulis ang ire-report mo.
    .channel-2 = Chat laban sa trafficking sa WhatsApp, parehong numero
    .hours-text = 24 na oras (telepono); WhatsApp chat 24/7
    .operator-note = konseho ng mga mamamayan na konektado sa mga awtoridad sa seguridad ng Mexico City
    .service = Línea y Chat Nacional contra la Trata de Personas (LNCTP)

# hb: source=5d807c6bf2fdaf33 status=machine
helpline_my-mapo = Linya para mag-report ng trafficking. Napupunta sa pulis at immigration ang sinasabi mo.
    .hours-text = Araw-araw, 7:30 ng umaga hanggang 9 ng gabi. Sa labas ng oras na ito, puwede kang mag-iwan ng naka-record na mensahe.
    .operator-note = Home Ministry; napupunta sa pulis at immigration ang mga report
    .service = Espesyal na hotline para sa mga report ng human trafficking (1Malaysia One Call Centre)

# hb: source=a2cb1e5e630ae85e status=machine
helpline_ng-naptip-627 = Pinapatakbo ng pambansang ahensya laban sa trafficking, na umaaresto sa mga trafficker. Ang tawag mo ay isang report sa kanila; tumutulong din sila sa mga biktima.
    .channel-1 = Libre
    .channel-2 = Hotline
    .hours-text = 24-oras na call centre
    .operator-note = pambansang ahensya na nagpapatupad ng batas laban sa trafficking
    .service = NAPTIP 627 libreng linya at call centre

# hb: source=21ead6da4987a3f6 status=machine
helpline_nl-arbeidsinspectie = Tanggapan ng gobyerno para sa paggawa; iniimbestigahan nito ang mga amo. Kung wala kang papeles, maaari nitong sabihan ang immigration police, kaya makipag-usap muna sa isang grupong tumutulong.
    .channel-2 = Mula sa ibang bansa
    .operator-note = awtoridad sa paggawa
    .service = Pag-report ng pagsasamantala sa trabaho

# hb: source=a033415f57593a1f status=machine
helpline_nl-comensha = Payo para sa sinumang nakakaranas ng trafficking, kasama ang mga tanong tungkol sa panahon ng pahinga, pag-report at papeles sa paninirahan. Nag-aayos din sila ng unang shelter.
    .hours-text = Lunes hanggang Biyernes, 9:00 hanggang 17:00
    .service = Pambansang helpdesk ng CoMensha (payo, pagpaparehistro, pag-aayos ng shelter)

# hb: source=8a010ff4736a5eee status=machine
helpline_nl-meld-misdaad-anoniem = Para mag-report ng krimen nang walang pangalan mo. Napupunta sa pulis ang report mo; hindi nagbibigay ng suporta ang linyang ito.
    .operator-note = ipinapasa sa pulis ang mga report
    .service = Meld Misdaad Anoniem (pag-report ng krimen nang walang pangalan)

# hb: source=999daf228c4e71c3 status=machine
helpline_nl-police = Ito ay pulis, kasama ang immigration police. Ipinapaliwanag muna ng isang detective ang mga hakbang, pagkatapos ay ikaw ang magpapasya kung magre-report ka; naghahanap sila ng ligtas na matitirhan kahit wala kang papeles.
    .operator-note = departamento para sa mga dayuhan, pagkakakilanlan at trafficking (AVIM)
    .service = Linya ng pulis na hindi pang-emergency (hanapin ang detective para sa human trafficking)

# hb: source=d8d5adaa1f8d5fd5 status=machine
helpline_np-1098 = Para sa mga batang nasa panganib, o sa sinumang tumatawag para sa isang bata. Tumawag sa 104 tungkol sa nawawalang bata.
    .channel-1 = Hotline para sa mga bata
    .channel-2 = Mga nawawalang bata
    .service = Child Helpline 1098 at linya 104 para sa nawawalang bata

# hb: source=a9fba8969076282b status=machine
helpline_np-1145 = Para sa mga babae at batang babae na dumaranas ng karahasan o hindi makatarungang pagtrato, libre, araw at gabi. Maaaring ipasa sa pulis ang mga kaso.
    .hours-text = 24 na oras
    .operator-note = komisyon para sa kababaihan na itinatag ng konstitusyon
    .service = Khabar Garaun 1145 helpline

# hb: source=3edd957ec6a34939 status=machine
helpline_np-1177 = Linya ito ng pulis. Tumatanggap ito ng mga report tungkol sa trafficking at sa mga Nepali na naipit sa ibang bansa, gaya ng pekeng trabaho, hindi binayarang sahod o kinuhang passport.
    .channel-1 = Sa loob ng Nepal. Puwedeng tumawag para sa iyo ang pamilya mo sa Nepal.
    .hours-text = 24 na oras
    .service = Human trafficking hotline 1177

# hb: source=88fdf2ab176a7f97 status=machine
helpline_np-feb-1141 = Para sa mga Nepali na papunta sa ibang bansa para magtrabaho, o nasa ibang bansa na. Tumatanggap ng mga tanong at reklamo.
    .channel-1 = Libre, sa loob ng Nepal
    .channel-2 = Libre, sa loob ng Nepal
    .channel-3 = Numero na may country code
    .hours-text = Noong nagbukas ito: 8 ng umaga hanggang 7 ng gabi. Maaaring nagbago na ang oras.
    .operator-note = ministeryo ng paggawa
    .service = Call centre para sa mga problema sa trabaho sa ibang bansa

# hb: source=15a6c553a7b3082e status=machine
helpline_om-rop-hotline = Linya ng pulis para sa mga biktima ng trafficking. Napupunta sa pulis ang sinasabi mo.
    .service = Hotline ng Royal Oman Police para sa mga biktima at testigo ng trafficking

# hb: source=c8aa37833dd80800 status=machine
helpline_pe-mininter-1818 = Libre at kumpidensyal na linya ng Interior Ministry. Napupunta sa pulis ang mga report.
    .channel-1 = Libre
    .hours-text = 24 na oras
    .operator-note = ministeryo ng interior, na nagpapatakbo ng pambansang pulis
    .service = Línea 1818 contra la trata de personas

# hb: source=4214837c06f5c33b status=machine
helpline_ph-1343 = Para sa mga biktima ng trafficking at kanilang pamilya, sa Pilipinas man o sa ibang bansa, araw at gabi. Maaaring ipasa sa pulis ang mga kaso.
    .channel-1 = Sa Metro Manila
    .channel-2 = Mula sa ibang probinsya
    .channel-3 = Mula sa ibang bansa
    .hours-text = 24/7
    .service = 1343 Actionline against Human Trafficking

# hb: source=f8db569f45c9ce15 status=machine
helpline_ph-dmw-1348 = Para sa mga manggagawang Pilipino sa ibang bansa at kanilang pamilya, araw at gabi. Tulong sa pagliligtas, pag-uwi, at mga problemang legal.
    .channel-1 = Sa loob ng Pilipinas
    .channel-2 = Mula sa ibang bansa
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = departamento para sa mga migranteng manggagawa
    .service = DMW-OWWA 1348 hotline para sa mga OFW (overseas Filipino worker)

# hb: source=675d042bfc690c54 status=machine
helpline_pk-fia-tip-hotline = Pinapatakbo ng pederal na ahensya ng pulis. Napupunta sa pulis ang sinasabi mo; ipinapadala ang mga biktima sa mga serbisyong pangkapakanan.
    .operator-note = pederal na ahensya ng imbestigasyon, na nagpapatakbo rin ng immigration control
    .service = National Trafficking in Persons (TIP) Hotline

# hb: source=8feb6d29f43321af status=machine
helpline_pk-opf-complaints = Para sa mga Pakistani sa ibang bansa na may problema sa trabaho o sa bahay. Puwede ka ring magpadala ng mensahe sa WhatsApp.
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = ahensya para sa kapakanan ng mga Pakistani sa ibang bansa
    .service = 24/7 na tanggapan ng reklamo para sa mga Pakistani sa ibang bansa

# hb: source=8b8163d43766e623 status=machine
helpline_pl-kcik = Tulong para sa mga Polish at dayuhang biktima ng trafficking: payo, shelter, tulong sa kalusugan at legal, araw at gabi. Matutulungan ka nila sa papeles para manatili o sa pag-uwi.
    .channel-2 = Pangalawang numero (mula sa mas lumang pinagmulan)
    .hours-text = 24/7
    .operator-note = pinapatakbo ng mga NGO para sa Interior Ministry
    .service = National Consulting and Intervention Centre for Victims of Trafficking

# hb: source=1ad22d69ed6bef82 status=machine
helpline_pl-lastrada = Samahang hindi pang-gobyerno (NGO) laban sa trafficking, makokontak araw at gabi.
    .hours-text = 24/7
    .service = 24/7 na telepono ng La Strada Foundation

# hb: source=ac7e2708d2491ff4 status=machine
helpline_pt-eme-apf = Mga team sa bawat rehiyon na puwedeng pumunta sa iyo, maghanap ng ligtas na shelter at magpaliwanag ng iyong mga karapatan. Hindi ibig sabihin ng pagtanggap sa tulong nila na kailangan mong pumunta sa pulis.
    .channel-1 = Hilaga (North)
    .channel-2 = Gitna (Centre)
    .channel-3 = Alentejo
    .channel-4 = Lisbon
    .channel-5 = Algarve
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo
    .operator-note = mga team ng suporta sa bawat rehiyon
    .service = Mga team sa bawat rehiyon para tumulong sa mga biktima ng trafficking

# hb: source=671529c1525689ef status=machine
helpline_pt-linha-apoio-trafico = Hindi mo kailangang magpakilala at kumpidensyal, araw at gabi, sa halaga ng karaniwang tawag sa mobile. Kung may palatandaan ng krimen, maaaring tawagan ng team ang pulis.
    .channel-1 = Kasinghalaga ng karaniwang tawag sa mobile
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo
    .service = Linya ng suporta para sa mga biktima ng human trafficking

# hb: source=4ded0c56e1274d44 status=machine
helpline_py-sos-mujer-137 = Para sa mga babaeng dumaranas ng karahasan. Sa emergency, maaari nilang tawagan ang pulis para sa iyo.
    .hours-text = 24 na oras bawat araw
    .operator-note = ministeryo para sa kababaihan
    .service = Línea 137 SOS Mujer

# hb: source=31c0b4f23934c730 status=machine
helpline_qa-mol = Linya ng ministeryo ng paggawa para sa mga reklamo tungkol sa sahod at trabaho, pati para sa mga kasambahay. Maaaring sabihan ang iyong amo, kaya itanong muna kung maaapektuhan ang pananatili mo sa bansa.
    .channel-2 = I-type ang 5, pagkatapos ang iyong Qatar ID o visa number, at ipadala
    .hours-text = Serbisyo sa text: 24 na oras. Hindi alam ang oras ng telepono.
    .operator-note = ministeryo ng paggawa
    .service = Hotline para sa mga reklamo ng mga manggagawa, SMS na serbisyo para sa reklamo at Unified Platform for Complaints and Whistleblowers

# hb: source=73df73398895a0be status=machine
helpline_ro-anitp = Libreng linya ng gobyerno tungkol sa trafficking. Bahagi ito ng Interior Ministry, na nagpapatakbo rin ng pulis.
    .operator-note = ahensya ng Interior Ministry
    .service = Libreng linya ng ANITP

# hb: source=ddcabc06e64f4fa6 status=machine
helpline_sa-19911 = Linya ng ministeryo ng paggawa na tumatanggap din ng mga report laban sa mga manggagawa. Maaaring sabihan ang iyong amo, kaya itanong muna kung maaapektuhan ang pananatili mo sa bansa.
    .operator-note = ministeryo ng paggawa
    .service = Pinag-isang numero ng ministeryo 19911 (mga paglabag sa batas sa paggawa at mga tanong)

# hb: source=8f67e0782d0ece7a status=machine
helpline_sd-fcpu-9696 = Linya ng pulis para sa mga bata. Mula nang magkaroon ng digmaan, maaaring hindi ito gumana sa bawat lugar.
    .hours-text = 24 na oras
    .operator-note = unit ng pulis para sa proteksyon ng pamilya at bata
    .service = Linya ng suporta para sa mga bata 9696

# hb: source=2c5f89670ac82ffb status=machine
helpline_sg-cde = Tulong araw at gabi para sa mga kasambahay. Maaari silang makipag-usap sa iyong amo, at sabihan ang ministeryo o ang pulis sa mabibigat na kaso.
    .channel-1 = Sa loob ng Singapore. Maaaring may bayad na airtime ang tawag mula sa mobile.
    .hours-text = 24 na oras
    .operator-note = konektado sa unyon ng mga manggagawa; nakikipagtulungan sa ministeryo ng paggawa
    .service = CDE 24-oras na hotline para sa mga kasambahay

# hb: source=c724ca74974f3db5 status=machine
helpline_sg-home = Samahang hindi pang-gobyerno (NGO) para sa mga migranteng manggagawa: payo, tulong legal at shelter. Nakikipagtulungan ito sa ministeryo ng paggawa at sa pulis.
    .channel-1 = Libreng linya (toll-free)
    .channel-2 = Mga kasambahay
    .channel-3 = Ibang migranteng manggagawa
    .hours-text = Libreng linya: 10 ng umaga hanggang 6 ng gabi (hindi sinabi kung anong mga araw)
    .service = HOME helpline para sa mga migranteng manggagawa

# hb: source=46fbb4a0c62ddea2 status=machine
helpline_sg-mom-mdw-helpline = Linya ng gobyerno para sa mga kasambahay, para sa hindi binayarang sahod at mga problema sa trabaho. Kokontakin ang iyong amo.
    .channel-1 = Sa loob ng Singapore. Maaaring may bayad na airtime ang tawag mula sa mobile.
    .channel-2 = Mula sa ibang bansa
    .operator-note = ministeryo ng paggawa
    .service = MOM helpline para sa mga migranteng kasambahay

# hb: source=bdf0fbddad762eea status=machine
helpline_sg-mwc = Tulong araw at gabi para sa mga migranteng manggagawa, sa maraming wika. Nakikipagtulungan ito sa ministeryo ng paggawa.
    .hours-text = 24 na oras araw-araw
    .operator-note = unyon at pederasyon ng mga employer
    .service = MWC 24-oras na hotline para sa mga migranteng manggagawa

# hb: source=db54f3dd09d83be5 status=machine
helpline_so-ceebla-5555 = Libreng linya para sa mga survivor ng panggagahasa at sekswal na pang-aabuso sa Mogadishu. Tinutulungan ka nitong mag-report sa pulis.
    .channel-1 = Mogadishu (Banadir)
    .operator-note = pinapatakbo kasama ang Somali Police Force
    .service = Ceebla 5555 hotline para sa mga survivor ng sekswal na karahasan

# hb: source=26233f11156e3c10 status=machine
helpline_so-gredo-9997 = Libreng linya sa Baidoa para sa karahasan laban sa kababaihan at bata. Puwede kang hindi magpakilala.
    .channel-1 = Baidoa
    .hours-text = Sabado hanggang Miyerkoles 8:00 hanggang 16:00; Huwebes 8:00 hanggang 12:00
    .service = 9997 hotline para sa proteksyon (Baidoa)

# hb: source=d7870fb6c4317291 status=machine
helpline_so-nofyl-2394 = Libreng linya para sa mga babaeng dumaranas ng karahasan sa rehiyon ng Gedo, araw at gabi. Puwede kang hindi magpakilala.
    .channel-1 = Rehiyon ng Gedo (Bardheere, Doolow, Belet-Xaawo)
    .hours-text = 24 na oras
    .service = 2394 hotline para sa mga babaeng dumaranas ng karahasan (rehiyon ng Gedo)

# hb: source=ec92c896fd35e15c status=machine
helpline_th-1300 = Linya ng tulong ng gobyerno sa loob ng Thailand, para sa mga Thai at dayuhan. Maaaring sabihan ang pulis tungkol sa mga kaso ng trafficking.
    .operator-note = ministeryo para sa social development
    .service = Hotline 1300 (tulong panlipunan)

# hb: source=7dc14f70523ce9ba status=machine
helpline_th-intl-1300 = Para sa mga Thai na may problema sa ibang bansa, araw at gabi. Maaaring may bayad ang pagtawag mula sa ibang bansa.
    .channel-1 = Mula sa anumang bansa. Maaaring magbayad ka para sa tawag.
    .channel-2 = Text message
    .hours-text = 24 na oras
    .operator-note = ministeryo para sa social development
    .service = Internasyonal na hotline para sa mga Thai sa ibang bansa

# hb: source=31802d0a39588b81 status=machine
helpline_th-mol-1694 = Linya ng ministeryo ng paggawa para sa mga work permit at problema sa trabaho. Maaari itong makarating sa iyong amo at makaapekto sa iyong permit.
    .channel-1 = Sa loob lang ng Thailand
    .hours-text = Lunes hanggang Biyernes, 8:30 hanggang 16:30 (2017)
    .operator-note = ministeryo ng paggawa
    .service = 1694 call centre para sa mga migranteng manggagawa

# hb: source=ea91fe3cdec72033 status=machine
helpline_tr-alo-183 = Libreng linya ng suporta para sa pamilya at panlipunan, araw at gabi. Ipinapasa sa mga emergency team o sa pulis ang mga report ng pang-aabuso.
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = ministeryo para sa pamilya at serbisyong panlipunan
    .service = ALO 183 Social Support Line

# hb: source=93290d999ee853a5 status=machine
helpline_tr-yimer-157 = Pinapatakbo ng awtoridad sa migrasyon. Sa emergency, ipinapasa nito sa pulis ang kinaroroonan mo.
    .channel-1 = Libreng tawag
    .channel-2 = Karaniwang singil. Magagamit mula sa ibang bansa.
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = awtoridad sa migrasyon
    .service = YİMER 157 Foreigners Communication Centre

# hb: source=ca8c15b58b106657 status=machine
helpline_tw-1955 = Libre, araw at gabi, sa maraming wika. Napupunta sa labour office o sa pulis ang mga reklamo, at maaari nilang tawagan ang iyong amo.
    .channel-1 = Sa loob lang ng Taiwan
    .hours-text = 24 na oras bawat araw, 365 araw bawat taon
    .operator-note = ministeryo ng paggawa
    .service = 1955 hotline para sa counseling at reklamo ng mga migranteng manggagawa

# hb: source=2279ec85eea24486 status=machine
helpline_ua-1547 = Linya ng gobyerno para sa trafficking at karahasan, araw at gabi. Nakikipagtulungan ito sa pulis at matutulungan ka nitong makontak sila.
    .channel-1 = Sa loob ng Ukraine
    .channel-2 = Para sa mga Ukrainian sa ibang bansa
    .hours-text = Buong araw at gabi
    .operator-note = call centre ng gobyerno; nakikipagtulungan sa pulis
    .service = Hotline ng gobyerno tungkol sa karahasan sa tahanan, trafficking at karahasang batay sa kasarian (1547)

# hb: source=59b742517b4546ed status=machine
helpline_ua-527 = Libre at hindi mo kailangang magpakilala; linya tungkol sa trafficking at ligtas na trabaho sa ibang bansa, bukas araw-araw.
    .hours-text = Araw-araw (hindi sinabi ang oras)
    .service = Pambansang hotline laban sa trafficking at para sa counseling ng mga migrante (527)

# hb: source=646648f57f908966 status=machine
helpline_us-ice-hsi-tipline = Ito ay ahensyang nagpapatupad ng batas sa immigration (ICE), hindi hotline para sa tulong. Kung wala kang papeles, maaaring gamitin laban sa iyo ang sinasabi mo.
    .channel-1 = Mula sa US at Canada
    .channel-2 = Mula sa ibang bansa
    .channel-3 = TTY, para sa mga bingi o mahina ang pandinig
    .channel-4 = Online na form para sa tip
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo
    .operator-note = ahensyang nagpapatupad ng batas sa immigration (ICE)
    .service = HSI Tip Line

# hb: source=660ad71eb9eaf56b status=machine
helpline_us-nhth = Hindi pulis at hindi immigration. Ibinabahagi lang nila ang iyong mga detalye kung papayag ka, o kung may batang nanganganib o may taong nasa panganib.
    .channel-2 = Para sa mga bingi o mahina ang pandinig (relay service)
    .channel-3 = I-text ang HELP o INFO
    .channel-4 = Live chat at online na form
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo, 365 araw bawat taon
    .operator-note = pinopondohan ng pederal na gobyerno
    .service = National Human Trafficking Hotline

# hb: source=cfb5cfb7645832e0 status=machine
helpline_vn-111 = Libre, araw at gabi. Ipinapadala sa pulis o sa mga border guard ang sinasabi mo.
    .hours-text = 24 na oras bawat araw, 7 araw bawat linggo
    .operator-note = ipinapasa sa pulis at sa mga border guard ang mga report
    .service = Pambansang hotline 111 laban sa human trafficking (pambansang hotline din para sa proteksyon ng bata)

# hb: source=012eedf7c7919a15 status=machine
helpline_vn-mofa-citizen-protection = Para sa mga Vietnamese na may problema sa ibang bansa, araw at gabi. Babayaran mo ang karaniwang singil sa international na tawag.
    .channel-1 = Mula sa anumang bansa. Ikaw ang magbabayad para sa tawag.
    .hours-text = Araw at gabi
    .operator-note = ministeryo ng ugnayang panlabas
    .service = Hotline para sa proteksyon ng mga mamamayang Vietnamese sa ibang bansa

# hb: source=8eaac4de87672594 status=machine
helpline_za-0800222777 = Puwede kang hindi magpakilala. Maaaring ipasa sa pulis ang mga report.
    .channel-2 = Mag-report online
    .hours-text = 24 na oras, 7 araw bawat linggo
    .service = National Human Trafficking Resource Line

# hb: source=61d8f509d8f5cb6a status=machine
helpline_za-childline-116 = Libre, para sa mga bata o sa mga nasa hustong gulang na nag-aalala tungkol sa isang bata. Maaaring tumawag ang Childline ng pulis o social worker kung kailangan.
    .service = Childline 116

# hb: source=e783202d5751a21a status=machine
helpline_za-gbv-command-centre = Mga social worker ang sumasagot, araw at gabi, libre. Puwede silang magpadala ng pulis o social worker para tulungan ka.
    .channel-2 = I-SMS ang 'help' (para sa mga taong may kapansanan)
    .hours-text = 24 na oras, 7 araw bawat linggo
    .operator-note = departamento para sa social development
    .service = Gender-Based Violence Command Centre

# hb: source=54e58ff33c7582d9 status=machine
tip_backups = Kinokopya ng mga backup ang laman ng iyong telepono
    .body = Maraming telepono ang kumokopya ng mga litrato, mensahe at contact sa internet. Makikita ang mga ito roon ng sinumang nakakaalam ng password ng account.

# hb: source=cd027b6f8394bb7b status=machine
tip_borrow-phone = Gumamit ng teleponong pinagkakatiwalaan mo
    .body = Kung may nagche-check ng iyong telepono, pag-isipang manghiram ng telepono ng taong pinagkakatiwalaan mo.

# hb: source=8c7b50b59845de57 status=machine
tip_browser = Natatandaan ng browser
    .body = Natatandaan ng internet browser ang mga pahinang binubuksan mo. Kung ligtas, gumamit ng private window, o burahin ang history.

# hb: source=bdd6d954599bff61 status=machine
tip_call-log = Lumalabas sa telepono ang mga tawag
    .body = Lumalabas ang mga tawag at text sa listahan ng mga tawag at mensahe ng telepono. Kung ligtas, burahin ang mga ito pagkatapos mong tumawag.

# hb: source=8d4db8a36fafc326 status=machine
tip_chats = Naiiwan ang mga chat
    .body = Itinatago ng WhatsApp at ng ibang chat app ang iyong mga mensahe, at maaari nilang kopyahin ang mga ito sa isang backup. Kung ligtas, burahin ang chat pagkatapos mong sumulat.

# hb: source=fe1dc2b015ca2546 status=machine
tip_documents = Magtago ng kopya ng iyong mga papeles
    .body = Magtago ng kopya ng iyong passport, ID, visa, kontrata sa trabaho at mga payslip. Itago ang mga ito sa ligtas na lugar, o sa taong pinagkakatiwalaan mo.

# hb: source=9a2f34def671c31c status=machine
tip_hide = Itago agad ang app
    .body = Pindutin ang “Itago” kung may lumalapit. Ipapakita ng app ang calculator.

# hb: source=0a3bdb406e7299d7 status=machine
tip_phone-bill = Puwedeng lumabas sa bill ang mga tawag
    .body = Puwedeng lumabas ang isang tawag sa bill ng telepono, kahit libreng tawag. Kung ibang tao ang nagbabayad para sa iyong telepono, maaari niyang makita ang bill.

# hb: source=13633996ec4022ee status=machine
tip_photos = Nakikita sa gallery ang mga litrato
    .body = Napupunta sa gallery ng telepono ang mga litratong kinukuha mo, kung saan makikita ang mga ito ng sinumang may hawak ng telepono. Mag-isip muna bago mo kunan ng litrato ang iyong mga dokumento sa teleponong sinusuri ng ibang tao.

# hb: source=1da4b2b3c06c35d5 status=machine
tip_police = Kung natatakot ka sa pulis
    .body = Sa ilang lugar, nakikipagtulungan ang pulis sa mga taong nagsasamantala sa iba, o nagtatanong sila tungkol sa iyong papeles. Kung natatakot ka roon, tumawag muna sa linyang pinapatakbo ng isang samahang hindi pang-gobyerno (NGO).

# hb: source=7515e33326d1aba3 status=machine
tip_who-hears = Alamin kung sino ang kausap mo
    .body = May mga linyang pinapatakbo ng pulis, ng immigration o ng ministeryo ng paggawa. Bago ang bawat numero, sinasabi sa iyo ng app na ito kung sino ang maaaring makarinig sa sinasabi mo.

# hb: source=82092a6a63b61b1c status=machine
country_ae = Maaaring suriin ng pulis ang iyong papeles. Kung kaya mo, tumawag muna sa isang hotline.

# hb: source=0759fcafa9ff2079 status=machine
country_af = Walang nakitang hotline dito.
    .emergency-1 = Linya ng pulis. Tumatanggap din ito ng mga report ng kahina-hinalang gawain.

# hb: source=2f5f0b061b9efc0a status=machine
country_al = Walang hotline dito na nasuri. Ayon sa mga ulat, hindi gumagana ang pambansang linya para sa trafficking. Kung nasa panganib ka, tumawag sa 112 o sa pulis sa 129.
    .emergency-1 = Libre
    .emergency-2 = Libre

# hb: source=3c983078a27e9d25 status=machine
country_ar = Nagpapadala ng pulis ang 911. Libre ang Line 145 at mga social worker ang sumasagot, pero napupunta sa mga piskal ang mga report.

# hb: source=3eb737dfc85a4bf2 status=machine
country_au =
    .emergency-1 = Puwede kang humingi ng tagasalin.

# hb: source=1c893060b606f257 status=machine
country_bd = Pulis ang nagpapatakbo ng 999.
    .emergency-1 = Libre. Pulis ang sumasagot. Pindutin ang 2 para sa Ingles.

# hb: source=82092a6a63b61b1c status=machine
country_bh = Maaaring suriin ng pulis ang iyong papeles. Kung kaya mo, tumawag muna sa isang hotline.

# hb: source=a933a3136f2ed621 status=machine
country_bo = Walang nakitang hotline dito. 110 ang numero ng pulis. Puwede mo ring subukan ang mga linya para sa mga tao mula sa iyong bansa, o ang IOM.
    .emergency-1 = Pulis

# hb: source=a2fcfe684b03036a status=machine
country_br = Military Police ang 190. Para sa tulong nang hindi muna tumatawag sa pulis, subukan ang Disque 100 o Ligue 180.
    .emergency-1 = Military Police
    .emergency-2 = SAMU (ambulansya)
    .emergency-3 = Bumbero

# hb: source=8c62ad5100ada380 status=machine
country_cl = Ang 133 ay ang pulis na Carabineros. Humahawak din sa mga papeles sa immigration ang pulis na PDI (134).
    .emergency-1 = Carabineros

# hb: source=8d1a044a23a5ca7a status=machine
country_co = Nagpapadala ng pulis ang 123. Kung hindi ka taga-Colombia, maaaring sabihan ang mga opisyal ng migration tungkol sa kaso mo.

# hb: source=4ec4cc4d4459da49 status=machine
country_de =
    .emergency-1 = Libre, kahit mula sa mobile na walang load

# hb: source=a1b32e822f62bb2d status=machine
country_do = Nagpapadala ng pulis ang 911. Kung Haitian ka o wala kang papeles, maaaring hindi ka protektahan ng pulis at maaari kang ma-deport. Subukan ang IOM o ang iyong konsulado.
    .emergency-1 = Libre

# hb: source=5f124ee005ca098c status=machine
country_ec = Nagpapadala ng pulis ang 911. Pinapatakbo rin kasama ang pulis ang linyang 1800 DELITO.
    .emergency-1 = ECU 911

# hb: source=48cd2d715a439040 status=machine
country_eg = May mga migrante at refugee na inaresto ng pulis, at may mga biktimang pinarusahan dahil sa paglabag sa immigration. Kung kaya mo, humingi muna ng tulong sa isang grupong tumutulong.

# hb: source=72d1a484aaa5989b status=machine
country_er = Walang nakitang hotline dito.

# hb: source=e2b812a80c1f0cd4 status=machine
country_et = May mga opisyal na tumatanggap ng suhol o tumutulong sa mga trafficker. Mag-ingat kung sino ang kokontakin mo.
    .emergency-2 = Numero ng landline

# hb: source=65973ada72df1fe1 status=machine
country_fr =
    .emergency-5 = Sa text message, para sa mga bingi

# hb: source=9ed8adbea14dabc9 status=machine
country_gb =
    .emergency-1 = Libre mula sa anumang telepono, kahit naka-lock na mobile
    .emergency-2 = Gumagana katulad ng 999

# hb: source=c6a003fb8da80a55 status=machine
country_gh = Naaabot ng 112 ang pulis, bumbero at ambulansya.
    .emergency-1 = Sa lahat ng mobile network

# hb: source=82eccd5aa5f2b273 status=machine
country_gt = Pulis ang 110. May mga opisyal na tumulong sa mga trafficker, kaya mag-ingat kung sino ang pagkakatiwalaan mo.
    .emergency-1 = National Civil Police
    .emergency-2 = Mga boluntaryong bumbero
    .emergency-3 = Mga bumbero ng munisipyo
    .emergency-4 = Red Cross

# hb: source=3fb1f4a140f11e70 status=machine
country_hn = Ikinokonekta ng 911 ang pulis at pati ang tanggapan ng migration. Kung wala kang papeles, maaaring mas ligtas na tumawag muna sa isang hotline.

# hb: source=22aa209fa8a28369 status=machine
country_id =
    .emergency-1 = Hindi pa gumagana sa bawat lugar

# hb: source=37e140b28e5cccbf status=machine
country_il = Dito, pulis lang ang puwedeng magkumpirma na biktima ka ng trafficking. May mga taong walang papeles na pinarusahan, kaya kung kaya mo, humingi muna ng tulong sa isang grupong tumutulong.
    .emergency-2 = Magen David Adom
    .emergency-4 = Mula sa mobile phone

# hb: source=95f91f4641ea1425 status=machine
country_in = Naaabot ng 112 ang pulis, bumbero at ambulansya.
    .emergency-2 = Lumang numero, ginagamit pa rin sa ilang lugar
    .emergency-3 = Lumang numero, ginagamit pa rin sa ilang lugar
    .emergency-4 = Lumang numero, ginagamit pa rin sa ilang lugar

# hb: source=e38ccb8819fd9bc7 status=machine
country_int = Gumagana ang 112 sa bawat bansa sa EU at sa marami pang iba. Itinuturing ng karamihan ng mobile phone na emergency call ang 112 kahit saan, pero sa ilang bansa ay walang sumasagot dito, kaya alamin din ang lokal na numero.
    .emergency-1 = Subukan mula sa anumang mobile phone

# hb: source=f61288ebb873e353 status=machine
country_ir = Dito, may mga biktimang pinarusahan, kasama ang mga taong walang papeles. Mag-ingat kung sino ang kokontakin mo.
    .emergency-4 = Red Crescent (tulong at pagliligtas)

# hb: source=c34bb3c6bba2d3ff status=machine
country_jo = Maaaring ikulong ng pulis at ng mga labour inspector ang mga manggagawang walang balidong papeles. Kung kaya mo, humingi muna ng tulong legal.

# hb: source=eaf2b3eb688fb59e status=machine
country_ke =
    .emergency-1 = Emergency ng pulis

# hb: source=6fe53ad4b8c6a1a0 status=machine
country_kh = Pulis lang ang numerong nakita rito. Dito, may mga taong na-traffic na ikinulong ng pulis hanggang magbayad sila. Subukan ang linya para sa mga tao mula sa iyong bansa, o ang IOM.

# hb: source=b01373211f5153a9 status=machine
country_kw = Maaaring arestuhin ng pulis ang mga taong walang papeles o may absconding case. Kung kaya mo, tumawag muna sa isang hotline o sa iyong embahada.

# hb: source=29541d9e33cf9a37 status=machine
country_lb = Maaaring ikulong ng pulis ang mga taong walang papeles, kahit mga biktima. Kung kaya mo, humingi muna ng tulong sa isang grupong tumutulong.
    .emergency-2 = Lebanese Red Cross
    .emergency-3 = Civil Defence

# hb: source=c0b06d0656b72a0e status=machine
country_lk =
    .emergency-2 = Mula sa mobile phone
    .emergency-4 = Libreng ambulansya (Suwa Seriya)

# hb: source=7deee915e9ca7ae3 status=machine
country_ly = Walang nakitang hotline dito. Natulungan na ng IOM ang mga migrante sa Libya na makauwi.

# hb: source=5c7730a23e68405c status=machine
country_md =
    .emergency-1 = Libre mula sa anumang telepono

# hb: source=5f79b504e13bb5bd status=machine
country_mm = Walang nakitang hotline dito. Subukan ang mga linya para sa mga tao mula sa iyong bansa, o ang IOM.

# hb: source=abc11fb4291a3f37 status=machine
country_mx = Nagpapadala ng pulis ang 911. May mga opisyal na tumulong sa mga trafficker, kaya mag-ingat kung sino ang pagkakatiwalaan mo.
    .emergency-1 = Libre, 24 na oras

# hb: source=26e0ab0fc71c29ce status=machine
country_my =
    .emergency-2 = Mula sa mobile phone. Napupunta ito sa parehong 999 center.

# hb: source=aeedbbc9407c419e status=machine
country_ng = Libre ang 112 at naaabot nito ang pulis, bumbero at ambulansya kung saan ito gumagana.
    .emergency-1 = Libre. Wala pa sa bawat estado.

# hb: source=0a131da274d5b8b6 status=machine
country_nl = Kung wala kang papeles, maaaring ipasa ng labour office at ng pulis ang kaso mo sa immigration police. Mapapayuhan ka muna ng isang grupong tumutulong.

# hb: source=655b76fa446521a6 status=machine
country_om = May mga pagkakataong ibinalik ng mga opisyal ang mga manggagawa sa kanilang amo. Kung kaya mo, kontakin ang iyong embahada o isang hotline bago ang pulis.
    .emergency-1 = Maaaring Arabic lang ang salita ng mga operator

# hb: source=173614535be1ae38 status=machine
country_pe = Pulis ang 105. Sa Lima at Callao, maaaring gumana rin ang 911.
    .emergency-1 = National Police
    .emergency-2 = Bumbero, libre
    .emergency-3 = SAMU (ambulansya), libre

# hb: source=af43b253af3c35f3 status=machine
country_pk = Pulis: 15. Rescue 1122 para sa aksidente, sunog at tulong medikal.
    .emergency-2 = Rescue 1122, para sa aksidente, sunog at medikal na emergency. Wala sa bawat lugar.

# hb: source=479e072fde814d88 status=machine
country_py = Nagpapadala ng pulis ang 911. May mga pulis na tumulong sa mga trafficker, kaya mag-ingat kung sino ang pagkakatiwalaan mo.

# hb: source=82092a6a63b61b1c status=machine
country_qa = Maaaring suriin ng pulis ang iyong papeles. Kung kaya mo, tumawag muna sa isang hotline.

# hb: source=10a8a6dfc7739a19 status=machine
country_sa = Maaaring ikulong ng pulis ang mga taong walang papeles. Kung kaya mo, tumawag muna sa isang hotline o sa iyong embahada.
    .emergency-1 = Madalas Arabic ang salita ng mga operator

# hb: source=474f3296c0dd2b5e status=machine
country_sd = Dito, may mga biktimang pinarusahan, at may mga opisyal na sangkot sa trafficking. Mag-ingat kung sino ang kokontakin mo.
    .emergency-1 = Khartoum. Bago noong 2025.

# hb: source=8dda8f7edd9d1901 status=machine
country_so = May mga opisyal na kumikita mula sa trafficking. Mag-ingat kung sino ang kokontakin mo.
    .emergency-1 = Mogadishu

# hb: source=75ed9aeca9afd4e7 status=machine
country_sv = Walang nakitang hotline dito. Pulis ang nagpapatakbo ng 911. Puwede mo ring subukan ang mga linya para sa mga tao mula sa iyong bansa, o ang IOM.
    .emergency-1 = Pinapatakbo ng National Civil Police

# hb: source=24846d9fa21bfae5 status=machine
country_tr = Maaaring suriin ng pulis at ng mga opisyal ng migration ang iyong papeles. May mga Syrian na pinabalik nang hindi sinusuri kung biktima sila.
    .emergency-1 = May mga operator na nagsasalita ng ibang wika

# hb: source=bc6d0b48aee80883 status=machine
country_tw =
    .emergency-3 = Mula sa mobile na walang signal o walang SIM card

# hb: source=2101e08dfbffef43 status=machine
country_ua = Kung nasa panganib ka, tawagan ang pulis sa 102.

# hb: source=aa1905313bb0c582 status=machine
country_us = Nagpapadala ng pulis ang 911. Kung wala kang papeles, puwede kang tumawag muna sa National Human Trafficking Hotline. Hindi ito pulis o immigration.

# hb: source=d5a519b1be6314ce status=machine
country_vn =
    .emergency-2 = Bumbero at pagliligtas
    .emergency-4 = Paghahanap at pagliligtas, mga sakuna

# hb: source=218c95a1c1afb34b status=machine
country_za = Gumagana ang 112 mula sa anumang mobile phone. Pulis: 10111.
    .emergency-1 = Mula sa anumang mobile phone, kahit walang load

# hb: source=c0521a401189b61f status=machine
question_ilo-forced-labour--age = Mas bata ka ba sa 18 taong gulang?
    .help = Kung mas bata ka sa 18, may ilang bagay na iba para sa iyo. Puwede mo pa ring sagutin ang ibang tanong.

# hb: source=34aa2fd310ebbca5 status=machine
question_ilo-forced-labour--conditions = Delikado ba o marumi ang lugar kung saan ka nagtatrabaho o natutulog?

# hb: source=09302641bce2e4cd status=machine
question_ilo-forced-labour--crimes = May nagpapagawa ba sa iyo ng mga bagay na labag sa batas?
    .help = Halimbawa, pagbebenta ng droga, pagnanakaw, o pamamalimos para sa kanila.

# hb: source=028ebdf36136395f status=machine
question_ilo-forced-labour--debt = Kailangan mo bang magtrabaho para bayaran ang perang utang mo sa iyong amo o sa isang agent?
    .help = Halimbawa, para sa iyong biyahe, job fee, pagkain o kuwarto.

# hb: source=8fd3665cbff6ef8c status=machine
question_ilo-forced-labour--deception = Ibang-iba ba ang trabaho mo sa ipinangako sa iyo?
    .help = Halimbawa, ang uri ng trabaho, ang sahod, ang oras, o ang tirahan.

# hb: source=c7bb641c283f19bb status=machine
question_ilo-forced-labour--documents = Ibang tao ba ang may hawak ng iyong passport o ID card?
    .help = Halimbawa, ang iyong amo, isang agent, o ang taong kasama mo sa bahay.

# hb: source=f2cba2074458270b status=machine
question_ilo-forced-labour--isolation = Pinipigilan ka bang makipag-usap sa iyong pamilya o mga kaibigan?

# hb: source=24a3e6bafce0964c status=machine
question_ilo-forced-labour--movement = Pinipigilan ka bang umalis sa lugar kung saan ka nagtatrabaho o nakatira?

# hb: source=7332d0f363d2ff28 status=machine
question_ilo-forced-labour--overtime = Kailangan mo bang magtrabaho nang napakahabang oras, o nang walang day off?

# hb: source=41ef9b0406674b91 status=machine
question_ilo-forced-labour--sexual = May pumilit na ba sa iyo na gumawa ng mga sekswal na bagay na ayaw mong gawin?
    .help = Kasama rito ang pagpilit sa iyo na makipagtalik sa mga tao para sa perang kinukuha ng ibang tao.

# hb: source=2932505ad0a7a271 status=machine
question_ilo-forced-labour--threats = May nagbanta na ba sa iyo o sa iyong pamilya?
    .help = Halimbawa, pagbabanta ng karahasan, ng pulis, o na pauuwiin ka.

# hb: source=ec1755eb0f5722a5 status=machine
question_ilo-forced-labour--violence = May pumalo o nanakit na ba sa iyo?

# hb: source=5045ad6a78925e9c status=machine
question_ilo-forced-labour--vulnerability = May gumagamit ba sa iyong mga problema para kontrolin ka?
    .help = Halimbawa, dahil wala kang papeles, may utang ka, hindi mo alam ang wika, o wala kang ibang mapupuntahan.

# hb: source=ab32ba50010a5949 status=machine
question_ilo-forced-labour--wages = May humahawak ba ng sahod mo, o binabayaran ka nang malayong mas mababa kaysa sa ipinangako sa iyo?
