# Conținutul Harbour în limba română (ro). Traducere automată, neverificată încă de un vorbitor nativ.
# Se traduce doar textul de după `=`; id-urile, numele atributelor și rândul `# hb:` de deasupra
# fiecărui mesaj rămân neschimbate (rândul `# hb:` arată din ce text englez s-a tradus).

# hb: source=ddea4b8025a96e10 status=machine
right_ae-1 = Angajatorul nu are voie să vă păstreze pașaportul
    .body = Legea muncii din Emiratele Arabe Unite spune că angajatorul nu are voie să vă păstreze actele oficiale, cum ar fi pașaportul. Și lucrătorii casnici au dreptul să își păstreze propriul pașaport și actul de identitate. Nu trebuie să vă certați cu angajatorul pentru asta. Puteți face o plângere la ministerul muncii (MOHRE), la 80060.
    .caveats = Dacă plecați de la muncă fără preaviz, se poate ajunge la o sesizare de fugă („absconding”). Cereți un sfat înainte să plecați.

# hb: source=79e86c2473363aa5 status=machine
right_ae-2 = Ministerul spune că păstrarea pașapoartelor este muncă forțată
    .body = Ministerul muncii a spus că păstrarea pașaportului unui lucrător este o formă de muncă forțată. Un angajator poate ține un pașaport doar pentru scurt timp, ca să facă, să reînnoiască sau să anuleze o viză.
    .caveats = Mulți angajatori încă păstrează pașapoartele, iar pedepsele sunt slabe.

# hb: source=71192aff8eb6ff45 status=machine
right_ae-3 = Adăposturi și sprijin pentru victimele traficului de persoane
    .body = Emiratele Arabe Unite au adăposturi pentru victimele traficului de persoane, cum ar fi Ewaa în Abu Dhabi și Dubai Foundation for Women and Children (Fundația Dubai pentru Femei și Copii). Ele oferă un loc sigur de stat, îngrijire medicală, consiliere și ajutor juridic. Victimele pot primi un permis temporar de ședere în țară cât timp durează procesul, și ajutor ca să se întoarcă acasă în siguranță.
    .caveats = Adăposturile lucrează îndeaproape cu poliția.

# hb: source=fa53873707784d1e status=machine
right_ae-4 = Pe cine să sunați despre trafic de persoane în Emiratele Arabe Unite
    .body = În Dubai, femeile și copiii pot suna la Dubai Foundation for Women and Children, la 800111. Este gratuit și deschis zi și noapte. Oricine își face griji pentru un copil poate suna la 116111. Pentru probleme la muncă, sunați la ministerul muncii, la 80060.
    .caveats = Linia pentru copii este administrată de poliție, iar celelalte servicii lucrează cu poliția.

# hb: source=5cf2b4058530272d status=machine
right_ae-5 = Când puteți trece la un alt angajator
    .body = Puteți trece la un angajator nou când se termină contractul, când dumneavoastră și angajatorul sunteți de acord să îl încheiați, sau când angajatorul îl încheie dintr-un motiv care nu este vina dumneavoastră. După ce viza vă este anulată, aveți o perioadă de grație ca să găsiți alt loc de muncă sau să plecați din țară; aceasta este scrisă pe documentul de anulare. Angajatorul nu are voie să vă concedieze pentru că ați făcut o plângere la minister.
    .caveats = Dacă plecați în perioada de probă fără preaviz, sau dacă o sesizare de fugă („absconding”) împotriva dumneavoastră se dovedește adevărată, vi se poate refuza un nou permis de muncă timp de un an.

# hb: source=7617c001ef1451ff status=machine
right_ae-6 = Salariul trebuie să vă fie plătit la timp
    .body = Firmele trebuie să plătească salariile prin sistemul oficial Wage Protection System (sistemul de protecție a salariilor), într-un cont la bancă sau la o casă de schimb valutar, ca ministerul muncii să poată verifica dacă primiți toți banii, la timp. Lucrătorii casnici trebuie plătiți în cel mult 10 zile de la data la care trebuia dat salariul. Dacă nu primiți banii, faceți o plângere la ministerul muncii (MOHRE), la 80060, în aplicația ministerului sau pe site-ul lui. Ministerul încearcă mai întâi să rezolve cazul; dacă nu reușește, cazul ajunge în instanță.
    .caveats = Mulți lucrători casnici sunt încă plătiți în afara sistemului de salarii. Țineți propria evidență a banilor primiți.

# hb: source=eb4b8f38617de804 status=machine
right_ae-7 = Sesizările de fugă („absconding”): ce înseamnă și ce puteți face
    .body = Dacă lipsiți de la muncă mai mult de 7 zile la rând fără un motiv legal, iar angajatorul nu vă poate contacta, angajatorul poate face o sesizare de fugă („absconding”). O sesizare dovedită adevărată vă poate împiedica să primiți un nou permis de muncă timp de un an și vă poate afecta dreptul de ședere. Puteți suna la ministerul muncii, la 600590000, ca să întrebați dacă s-a făcut o sesizare împotriva dumneavoastră. O sesizare greșită poate fi contestată la minister, așa că păstrați dovezi, cum ar fi mesaje, plângeri și evidența plăților.
    .caveats = Un angajator nu ar trebui să facă această sesizare doar pentru că v-ați plâns sau v-ați dat demisia. Dacă plecați din cauza abuzurilor sau a salariilor neplătite, încercați mai întâi să faceți o plângere la minister.

# hb: source=cdeac1b21d4262bc status=machine
right_au-1 = Traficul de persoane și căsătoria forțată sunt infracțiuni în Australia
    .body = Traficul de persoane și obligarea cuiva să se căsătorească împotriva voinței sale sunt infracțiuni în Australia.

# hb: source=4f3c96b7d0a18f4c status=machine
right_au-2 = Ce oferă Support for Trafficked People Program
    .body = Support for Trafficked People Program (programul de sprijin pentru persoanele traficate, administrat de Australian Red Cross și finanțat de Department of Social Services) vă poate oferi un asistent social, ajutor cu bani, locuință, îngrijire medicală, consiliere și trimiteri către servicii juridice și de migrație.

# hb: source=5debd79143b2a6be status=machine
right_au-3 = Cum intrați în programul de sprijin
    .body = Puteți intra în program printr-o trimitere de la Australian Federal Police (Poliția Federală Australiană; 131 237) sau prin Additional Referral Pathway (o cale de trimitere în plus), condusă de The Salvation Army (Armata Salvării).

# hb: source=24f71d2d9b82a57e status=machine
right_au-4 = Sprijinul durează de obicei până la 110 zile
    .body = Sprijinul durează de obicei până la 110 zile (90 de zile de sprijin intensiv plus 20 de zile de tranziție); poate dura mai mult dacă participați la un proces penal.

# hb: source=063de71836fa4036 status=machine
right_au-5 = Participarea este voluntară
    .body = Participarea este voluntară și puteți ieși din program oricând.

# hb: source=39d17f1b5b188718 status=machine
right_au-6 = Recuperați salariile neplătite cu Fair Work Ombudsman
    .body = Persoanele cu viză și lucrătorii migranți au aceleași drepturi la plată și la muncă precum ceilalți lucrători din Australia. Acest lucru rămâne valabil chiar dacă ați încălcat o condiție a vizei, nu aveți drept de muncă sau nu aveți dreptul să fiți în Australia. Fair Work Ombudsman (avocatul poporului pentru muncă) oferă ajutor gratuit pentru salarii neplătite. Sunați la 13 13 94. Pentru un interpret, sunați la 131 450 și cereți-le să sune la Ombudsman.
    .caveats = De obicei, Home Affairs (ministerul de interne) nu anulează o viză temporară pentru încălcarea condițiilor de muncă din cauza exploatării, dacă primiți ajutor de la Ombudsman și nu există alt motiv. Dacă nu aveți drept de muncă, fiecare caz se decide separat.

# hb: source=03bc12bb9778e1c2 status=machine
right_bh-1 = Schimbarea angajatorului în Bahrain
    .body = După un an la același angajator, puteți trece la un angajator nou fără permisiunea lui. Trebuie să anunțați LMRA și angajatorul, să dați preavizul scris în contract și să urmați pașii pentru transfer. În primul an, angajatorul poate refuza mutarea. Când vi se termină permisul de muncă, aveți 30 de zile ca să găsiți un angajator nou sau să plecați din țară.
    .caveats = Preavizul este de obicei de 30 până la 90 de zile. Nu luați alt loc de muncă în cele 30 de zile de după ce vi se termină permisul.

# hb: source=5eb5ef2dd88c3f97 status=machine
right_bh-2 = Dreptul la salariul întreg în Bahrain
    .body = Aveți dreptul să primiți salariul întreg la data stabilită în contract. Dacă nu primiți banii, spuneți-i angajatorului și cereți-vă salariul. Puteți face o plângere la Ministerul Muncii sau puteți înregistra gratuit un caz de muncă la Protection and Grievances Centre (centrul de protecție și plângeri) al LMRA.
    .caveats = Îndrumările LMRA spun să continuați să lucrați cât timp vă cereți salariile neplătite. Dacă suferiți abuzuri sau sunteți în pericol, mergeți la Protection and Grievances Centre, la Ministerul Muncii, la poliție sau la ambasada dumneavoastră.

# hb: source=fa6ca482c6a59868 status=machine
right_bh-3 = Pașaportul vă aparține
    .body = Autoritatea pentru muncă din Bahrain spune că pașaportul este proprietatea dumneavoastră. Dacă alegeți să îl dați cuiva spre păstrare, cereți o chitanță scrisă. Angajatorul nu are voie să vă ceară bani pentru permisul de muncă. Dacă suferiți abuzuri sau presiuni, puteți merge la Protection and Grievances Centre al LMRA, la Ministerul Muncii sau la ambasada dumneavoastră.

# hb: source=cd22cd26de4c6c4f status=machine
right_bh-4 = Sesizările de absență în Bahrain
    .body = Nu lipsiți de la muncă mai mult de 15 zile fără permisiunea angajatorului, pentru că angajatorul trebuie să anunțe absența la LMRA. LMRA încearcă să ia legătura cu lucrătorul, așa că țineți la zi numărul de telefon pe care îl are LMRA. Puteți verifica pe site-ul LMRA dacă angajatorul v-a raportat absența. Puteți contesta orice decizie a LMRA în 30 de zile.
    .caveats = Persoane fără acte valabile au fost expulzate fără să se verifice dacă sunt victime ale traficului de persoane. Cereți ajutor din timp.

# hb: source=46b6e08c1c685697 status=machine
right_br-1 = Drept de ședere pentru migranții traficați sau ținuți în sclavie
    .body = Brazilia poate da un permis de ședere migranților care au fost victime ale traficului de persoane, ale muncii în sclavie sau ale unei încălcări a drepturilor agravate de situația lor de migranți. Cererea se poate face la orice birou al Poliției Federale (Polícia Federal), iar Poliția Federală decide.
    .caveats = Avocații din oficiu, inspectorii de muncă sau procurorii vă pot ajuta să pregătiți cererea. Cereți ajutor de la ei sau de la o organizație de sprijin.

# hb: source=0e45a5882cff6ec9 status=machine
right_br-2 = Ajutor pentru victime, fie că ajutați poliția, fie că nu
    .body = Legea braziliană împotriva traficului de persoane spune că victimele trebuie să primească îngrijire completă, oricare ar fi cetățenia lor, fie că cooperează, fie că nu cu anchetele sau cu procesele. Îngrijirea include ajutor juridic, social, medical și legat de muncă, adăpost temporar, protejarea vieții private și a identității dumneavoastră și informații despre proceduri.

# hb: source=aee560d97a2389e1 status=machine
right_br-3 = După salvarea din munca în sclavie: salariul și 3 plăți
    .body = Când inspectorii de muncă salvează lucrători dintr-o muncă asemănătoare sclaviei, ei opresc munca și îi ordonă angajatorului să plătească salariile și banii datorați la încheierea contractului. Lucrătorii salvați primesc și 3 plăți lunare dintr-un ajutor special de șomaj, fiecare egală cu salariul minim. Inspectorul de muncă vă dă formularul. Depuneți cererea în cel mult 90 de zile de la salvare.
    .caveats = Parchetul pentru muncă (MPT) poate obliga și angajatorul să plătească despăgubiri pentru daune.

# hb: source=b4f4108930b0787e status=machine
right_ca-1 = Permis temporar de ședere pentru victimele traficului de persoane
    .body = Dacă sunteți victimă a traficului de persoane și nu aveți statut legal în Canada, puteți cere un permis special de rezident temporar. Din 4 februarie 2025 se dă de obicei pentru cel puțin 12 luni. Nu se plătește nicio taxă. Cu el primiți îngrijire medicală și puteți cere un permis de muncă sau de studii. Nu este obligatoriu să depuneți mărturie împotriva traficantului. Puteți lua legătura direct cu autoritățile de imigrare.
    .caveats = Un funcționar de la imigrare vă poate lua un interviu și ia decizia. Permisul poate fi reînnoit, în funcție de situația dumneavoastră.

# hb: source=f4a954a53a1f6107 status=machine
right_ca-2 = Angajatorul trebuie să vă plătească așa cum ați stabilit
    .body = Lucrătorii străini temporari au aceleași drepturi ca ceilalți lucrători din Canada. Angajatorul trebuie să vă plătească așa cum scrie în contractul de muncă, inclusiv orele suplimentare, dacă sunt în contract. Angajatorul nu are voie să vă ia pașaportul, să obțină expulzarea dumneavoastră sau să vă oblige să plătiți înapoi taxele de recrutare. Pentru bani neplătiți, contactați biroul pentru standardele de muncă (employment standards) din provincia sau teritoriul dumneavoastră.
    .caveats = Regulile diferă de la o provincie la alta. Puteți semnala abuzurile la linia confidențială de sesizări a Service Canada, 1-866-602-9448. Dacă suferiți abuzuri, s-ar putea să primiți un permis de muncă deschis (open work permit), ca să vă schimbați locul de muncă.

# hb: source=a0f09d7048ff59d7 status=machine
right_coe-1 = Cel puțin 30 de zile ca să vă refaceți și să decideți
    .body = Țările care au aderat la acest tratat trebuie să îi dea unei posibile victime cel puțin 30 de zile ca să se refacă. Această perioadă trebuie să înceapă imediat ce există motive întemeiate să se creadă că sunteți victimă. Este timp ca să scăpați de traficanți, să vă simțiți puțin mai în siguranță și să decideți liber dacă ajutați poliția și procurorii.
    .caveats = O țară poate refuza această perioadă din motive de ordine publică, sau dacă crede că cineva a pretins în mod fals că este victimă.

# hb: source=ad272d82fc240c5c status=machine
right_coe-2 = În această perioadă nu vă pot trimite din țară
    .body = În perioada de recuperare și reflecție, un ordin de a vă trimite din țară nu poate fi pus în aplicare. Țara trebuie să vă lase să rămâneți în această perioadă. Ar trebui să primiți și ajutorul de bază prevăzut în tratat, cum ar fi un loc sigur de locuit, îngrijire medicală de urgență, interpreți și informații despre drepturile dumneavoastră.
    .caveats = O țară poate refuza această perioadă din motive de ordine publică, sau dacă crede că cineva a pretins în mod fals că este victimă.

# hb: source=955890835087e911 status=machine
right_coe-3 = Un permis de ședere care poate fi reînnoit
    .body = Țările trebuie să dea victimelor un permis de ședere care poate fi reînnoit, atunci când autoritățile consideră că trebuie să rămâneți. Motivul poate fi situația dumneavoastră personală sau faptul că ajutați o anchetă sau un proces. Fiecare țară alege unul dintre motive sau pe amândouă. Faptul că primiți acest permis nu ar trebui să vă împiedice să cereți azil.
    .caveats = În multe țări, permisul este doar pentru cei care ajută poliția. Întrebați un avocat ce se aplică acolo unde vă aflați.

# hb: source=8763a756bede33aa status=machine
right_coe-4 = Infracțiuni pe care v-au obligat să le faceți: mai întâi, un avocat
    .body = Tratatul spune că țările trebuie să facă posibil ca victimele să nu fie pedepsite pentru faptele ilegale pe care au fost obligate să le facă. Aceasta este doar o posibilitate. Nu promite că nu vă vor acuza sau pedepsi. Cum funcționează depinde de legea fiecărei țări. Înainte să vorbiți cu poliția sau cu funcționarii despre orice infracțiune pe care v-au obligat să o faceți, luați-vă un avocat.
    .caveats = Nu semnați și nu recunoașteți nimic despre astfel de infracțiuni fără un avocat.

# hb: source=7a73c7efa8555bb8 status=machine
right_coe-5 = Ajutor ca să vă refaceți: ce promite tratatul
    .body = Țările trebuie să ajute victimele să se refacă fizic și psihic. Cel puțin: un loc de locuit sigur și potrivit, ajutor pentru nevoile de bază, îngrijire medicală de urgență, interpreți când e nevoie, sfaturi și informații despre drepturile dumneavoastră într-o limbă pe care o înțelegeți, ajutor ca să luați parte la procese și școală pentru copii. Acest ajutor nu ar trebui să depindă de acordul dumneavoastră de a fi martor.
    .caveats = Cât ajutor primiți depinde de fiecare țară.

# hb: source=ea896d937db53247 status=machine
right_coe-6 = Informații, ajutor juridic și despăgubiri
    .body = Din primul contact cu autoritățile, ar trebui să primiți informații despre procedurile din instanță și cele oficiale, într-o limbă pe care o înțelegeți. Țările trebuie să le dea victimelor dreptul la ajutor juridic și la asistență juridică gratuită, după propriile reguli. Aveți dreptul să cereți despăgubiri de la traficanți. Țările trebuie să se asigure și că victimele pot primi despăgubiri într-un fel, de exemplu printr-un fond pentru victime.
    .caveats = În realitate, puține victime primesc bani de la traficanți. Cereți sfat juridic din timp.

# hb: source=cffc6fce33f52539 status=machine
right_de-1 = Cel puțin 3 luni ca să decideți (perioada de reflecție)
    .body = Dacă autoritățile au semne că sunteți victimă a traficului de persoane sau a exploatării prin muncă și vă spun să plecați din Germania, trebuie să vă dea cel puțin 3 luni înainte să trebuiască să plecați. Acest timp este ca să vă stabilizați și să decideți dacă lucrați cu poliția.
    .caveats = Cereți ajutor de la un centru de consiliere specializat pentru victimele traficului de persoane.

# hb: source=3a0d24e79df10b72 status=machine
right_de-2 = Permis de ședere pentru martori
    .body = Dacă vreți să depuneți mărturie în procesul penal, puteți primi un permis de ședere. Procurorul sau instanța trebuie să considere că prezența dumneavoastră este utilă pentru caz, iar dumneavoastră trebuie să fi rupt legătura cu acuzatul. Se dă mai întâi pentru un an și este legat de caz. După proces, ar trebui prelungit dacă există motive umanitare sau personale. Munca poate fi permisă.
    .caveats = Acest permis depinde de ajutorul dumneavoastră în procesul penal. Cereți sfatul unui centru de consiliere specializat înainte să decideți.

# hb: source=d3185f814e1500fb status=machine
right_de-3 = Aveți dreptul la plată, chiar și fără acte
    .body = În Germania, oricine a muncit are dreptul să fie plătit, oricare ar fi statutul său de ședere. Acest lucru e valabil chiar și fără permis de muncă. Centrele de consiliere ale sindicatelor, numite adesea „Faire Integration”, îi sfătuiesc și pe oamenii care nu au un drept de ședere sigur.
    .caveats = Dacă mergeți în instanță fără acte, instanța poate fi obligată să anunțe biroul de imigrare. Cereți un sfat înainte să faceți ceva.

# hb: source=60101cc99cb68cec status=machine
right_es-1 = Permis de ședere și de muncă pentru victimele traficului de persoane
    .body = Dacă autoritățile vă identifică drept victimă a traficului de persoane și vă scutesc de pedeapsa pentru că stați în Spania fără acte, trebuie să vi se spună că puteți cere un permis de ședere și de muncă din motive excepționale. Puteți cere pentru că ajutați ancheta sau din cauza situației dumneavoastră personale. Cât timp se ia decizia, un permis provizoriu vă poate lăsa să lucrați în orice loc de muncă.
    .caveats = Copiii sau părinții dumneavoastră care sunt în Spania pot fi incluși. Cereți ajutor cu actele de la o organizație de sprijin specializată sau de la un avocat.

# hb: source=36ac7c231ec5499f status=machine
right_es-2 = Semnalați salariile neplătite la Inspecția Muncii
    .body = Dacă lucrați fără permis, nu pierdeți dreptul la plată pentru munca făcută. Puteți semnala salariile neplătite la Inspectoratul Muncii și Securității Sociale (Inspección de Trabajo). O plângere oficială trebuie să aibă numele dumneavoastră. Există și o cutie poștală online unde puteți semnala abuzuri fără să vă dați numele, dar Inspectoratul este obligat să cerceteze doar plângerile care au un nume.
    .caveats = Dacă nu aveți acte, întrebați un sindicat sau un avocat înainte să faceți sesizarea.

# hb: source=af0f4747ae83f3b8 status=machine
right_eu-1 = Schimbările din 2024: mai multe forme de exploatare sunt trafic de persoane
    .body = Principala lege a UE împotriva traficului de persoane a fost schimbată în 2024. Căsătoria forțată, adopția ilegală și exploatarea maternității surogat (folosirea unei femei ca să poarte un copil pentru alte persoane) sunt acum considerate trafic de persoane. Țările UE trebuie să le trateze ca infracțiuni de trafic de persoane în propriile legi.
    .caveats = Danemarca nu este obligată să aplice această lege a UE. Detaliile sunt stabilite de legea fiecărei țări.

# hb: source=d86f6604ff080a70 status=machine
right_eu-10 = Salarii neplătite dacă ați lucrat fără acte
    .body = Dacă veniți din afara UE și ați lucrat în timp ce stăteați fără drept de ședere, legea UE spune că angajatorul trebuie totuși să vă plătească salariile pe care vi le datorează. Se presupune că vi se datora cel puțin salariul minim, dacă nu se dovedește altceva. Puteți cere banii chiar și după ce ați plecat sau după ce v-au trimis acasă. Înainte să vă trimită acasă, ar trebui să vi se spună despre acest drept.
    .caveats = Această lege se ocupă și de trimiterea oamenilor înapoi acasă. Cereți sfatul unui avocat sau al unei organizații de sprijin înainte să cereți banii.

# hb: source=4440181becdac516 status=machine
right_eu-2 = Schimbările din 2024 ar trebui să fie acum în legile naționale
    .body = Schimbările din 2024 au intrat în vigoare pe 14 iulie 2024. Țările UE au avut timp până la 15 iulie 2026 să le introducă în propriile legi. Această dată a trecut, așa că noile reguli ar trebui să se aplice acum în fiecare țară UE. Unele țări pot întârzia. Dacă un drept nu este respectat, întrebați un avocat sau o organizație de sprijin dacă țara în care vă aflați și-a schimbat legea.
    .caveats = Danemarca nu este obligată să aplice această lege a UE.

# hb: source=711ea0e228aadead status=machine
right_eu-3 = Folosirea cu bună știință a serviciilor unei victime este infracțiune
    .body = Conform schimbărilor din 2024, o persoană care folosește serviciile cuiva despre care știe că este victimă a traficului de persoane comite o infracțiune. Țările UE trebuie să pedepsească acest lucru prin lege. Schimbările urmăresc și să le dea victimelor ajutor și sprijin mai bun.
    .caveats = Această infracțiune privește persoana care folosește o victimă, nu victima.

# hb: source=5751912b1d86f768 status=machine
right_eu-4 = Victime din afara UE: timp ca să vă refaceți și să decideți
    .body = Dacă nu aveți cetățenie UE și ați putea fi victimă a traficului de persoane, autoritățile trebuie să vă spună despre o „perioadă de reflecție”. Este timp ca să vă refaceți, să scăpați de traficanți și să decideți dacă vreți să ajutați poliția. În această perioadă nu au voie să vă trimită din țară. Ar trebui să primiți sprijin de bază pentru trai, îngrijire medicală de urgență și ajutor cu traducerea. Fiecare țară stabilește cât durează.
    .caveats = Nu se aplică în Danemarca și Irlanda. În această perioadă se poate totuși lua o decizie de a vă trimite din țară, dar ea nu are voie să fie pusă în aplicare. Perioada de reflecție, singură, nu vă dă dreptul să locuiți în țară.

# hb: source=2cb65c4b49c086b0 status=machine
right_eu-5 = Victimele din afara UE care ajută poliția pot primi un permis
    .body = Dacă nu aveți cetățenie UE, o lege a UE vă permite să primiți un permis de ședere temporar dacă cooperați cu poliția sau cu procurorii împotriva traficanților. Permisul este legat de caz și durează un timp limitat. Unele țări dau permise și din motive personale. Întrebați un avocat ce oferă țara în care vă aflați și ce vă permite permisul să faceți.
    .caveats = Nu se aplică în Danemarca și Irlanda. Ajutorul dat poliției poate avea riscuri. Cereți un sfat înainte să decideți.

# hb: source=c6248c1016bfcd35 status=machine
right_eu-6 = Ajutorul nu depinde de ajutorul dat poliției
    .body = În UE, ar trebui să primiți ajutor și sprijin chiar dacă nu vreți să colaborați cu poliția sau să mergeți în instanță. Ajutorul ar trebui să înceapă imediat ce autoritățile au motive întemeiate să creadă că ați putea fi victimă. Ajutorul poate include un loc sigur de stat, ajutor material, îngrijire medicală și psihologică, sfaturi și informații, și interpreți.
    .caveats = Permisul de ședere poate depinde totuși de ajutorul dat poliției. Danemarca nu este obligată să aplice această lege a UE. Detaliile sunt stabilite de legea fiecărei țări.

# hb: source=f2c2a455cd58d4f9 status=machine
right_eu-7 = Infracțiuni pe care v-au obligat să le faceți
    .body = Legea UE spune că autoritățile trebuie să aibă puterea să nu trimită în judecată și să nu pedepsească victimele traficului de persoane pentru infracțiunile pe care au fost obligate să le comită pentru că au fost traficate. De exemplu, folosirea de acte false sau încălcarea regulilor despre prostituție sau imigrare. Aceasta este o putere, nu o promisiune. Decid poliția sau procurorul.
    .caveats = Luați-vă un avocat înainte să vorbiți cu poliția sau cu funcționarii despre orice infracțiune pe care v-au obligat să o faceți.

# hb: source=ec055b2262b04733 status=machine
right_eu-8 = Sfat juridic și avocat, gratuit dacă nu puteți plăti
    .body = În UE, victimele traficului de persoane trebuie să primească fără întârziere sfat juridic și un avocat. Aceasta include ajutor ca să cereți despăgubiri. Trebuie să fie gratuit dacă nu aveți destui bani. Cereți poliției, instanței sau unei organizații de sprijin să vă ajute să găsiți un avocat.
    .caveats = Fiecare țară își stabilește propriile reguli pentru ajutorul juridic gratuit.

# hb: source=1829bf9608240089 status=machine
right_eu-9 = Puteți cere despăgubiri
    .body = În UE, victimele traficului de persoane trebuie să poată folosi programele statului care plătesc despăgubiri victimelor infracțiunilor violente. Unele țări au și un fond special pentru victime. Un avocat vă poate ajuta să le cereți.
    .caveats = Cererile pot dura mult, iar multe victime nu primesc nimic. Cereți sfat juridic din timp.

# hb: source=deb140bc1511a718 status=machine
right_fr-1 = 30 de zile de gândire, cu dreptul de a lucra
    .body = Dacă poliția sau jandarmeria v-a audiat ca posibilă victimă a traficului de persoane sau a proxenetismului, ar trebui să vi se spună despre o perioadă de reflecție de 30 de zile. În această perioadă primiți o dovadă scrisă (récépissé). Ea împiedică emiterea sau aplicarea oricărui ordin de expulzare și vă permite să lucrați.

# hb: source=ae831cf36a91e836 status=machine
right_fr-2 = Permis de ședere dacă faceți plângere sau depuneți mărturie
    .body = Dacă faceți plângere împotriva traficanților sau a proxeneților, ori depuneți mărturie împotriva lor într-un proces penal, primiți un permis de ședere pe un an („vie privée et familiale”). Se reînnoiește cât durează procesul penal. Dacă acuzatul este condamnat definitiv, primiți un permis de rezident pe 10 ani.
    .caveats = Din 2021, legea mai spune că trebuie să fi rupt orice legătură cu exploatatorii. Permisul poate înceta dacă nu mai sunt îndeplinite condițiile.

# hb: source=5897f59a7bd867b7 status=machine
right_fr-3 = Chiar fără acte, vi se datorează salariul
    .body = Chiar dacă ați lucrat fără acte sau la negru, vă păstrați drepturile. Vi se datorează salariul pentru timpul în care ați lucrat. Dacă angajatorul nu dovedește altceva, legea socotește cel puțin 3 luni de muncă. Dacă munca se încheie, vi se datorează și o sumă globală egală cu salariul pe 3 luni, sau mai mult dacă alte reguli dau mai mult. Puteți merge la inspecția muncii sau la instanța pentru conflicte de muncă (conseil de prud'hommes).
    .caveats = Cereți mai întâi sfatul unui sindicat sau al unei organizații de sprijin, inclusiv despre ce înseamnă asta pentru actele dumneavoastră.

# hb: source=742a9bad55598ce1 status=machine
right_gb-1 = Cum identifică Regatul Unit victimele: NRM
    .body = National Referral Mechanism (NRM, Mecanismul Național de Referire) este sistemul guvernului Regatului Unit prin care sunt identificate victimele sclaviei moderne și prin care se asigură că primesc sprijin. Sclavia modernă include traficul de persoane, sclavia, servitutea și munca forțată. Există două decizii. Mai întâi, o decizie pe „motive rezonabile” (reasonable grounds). Mai târziu, o decizie finală pe „motive concludente” (conclusive grounds). Dacă prima este pozitivă, autoritățile vă consideră o posibilă victimă. Dacă decizia finală este pozitivă, sunteți o victimă confirmată.
    .caveats = O decizie pozitivă nu vă dă, singură, dreptul de a rămâne în Regatul Unit.

# hb: source=b46a7c266fee3937 status=machine
right_gb-10 = Când v-au obligat să comiteți o infracțiune: o apărare (Anglia și Țara Galilor)
    .body = În Anglia și Țara Galilor, un adult nu este vinovat de o infracțiune dacă a comis-o pentru că a fost obligat, constrângerea a venit din sclavie sau din trafic de persoane, iar o persoană rezonabilă în aceeași situație nu ar fi avut de fapt de ales. Pentru cei sub 18 ani, este suficient ca fapta să fie un rezultat direct al faptului că au fost victime și ca o persoană rezonabilă să fi făcut la fel. Apărarea nu acoperă multe infracțiuni grave, cum ar fi omorul, răpirea, tâlhăria și rănirea.
    .caveats = Această apărare se folosește în instanță. Spuneți-i din timp avocatului despre exploatarea prin care ați trecut.

# hb: source=7f928162e3768830 status=machine
right_gb-11 = Drept de ședere temporar pentru victimele confirmate
    .body = Dacă primiți o decizie finală pozitivă, nu aveți cetățenie britanică și nu aveți drept de ședere, Home Office (ministerul de interne britanic) trebuie să vă dea un drept de ședere temporar dacă consideră că este nevoie: ca să vă refaceți după răul cauzat de exploatare, ca să cereți despăgubiri sau ca să ajutați poliția ori un proces legat de aceasta. Poate refuza dacă crede că ați putea primi acel ajutor, sau ați putea cere despăgubiri, în altă țară.
    .caveats = În 2024, Home Office a oprit temporar unele decizii bazate pe nevoile de recuperare. Întrebați un avocat ce se aplică acum. Această protecție se poate pierde pe motive de ordine publică sau de rea-credință.

# hb: source=834d1ca3c940ca28 status=machine
right_gb-12 = Sprijin în Scoția
    .body = În Scoția, guvernul scoțian (Scottish Government) trebuie să organizeze sprijin pentru adulți atunci când există motive rezonabile să se creadă că sunt victime ale traficului de persoane, ale sclaviei sau ale muncii forțate. Sprijinul se bazează pe nevoile dumneavoastră. Trebuie dat timp de până la 90 de zile, sau până la decizia finală dacă aceasta vine mai devreme, și poate continua mai mult. Poate include un loc de locuit, ajutor pentru traiul zilnic, îngrijire medicală și psihologică, interpreți, consiliere, sfat juridic, informații despre alte servicii și ajutor ca să vă întoarceți acasă.
    .caveats = Întrebați o organizație de sprijin din Scoția ce se aplică acum în cazul dumneavoastră.

# hb: source=d2a7f6b0c1e109aa status=machine
right_gb-13 = Infracțiuni pe care v-au obligat să le faceți (Scoția)
    .body = În Scoția, procurorii trebuie să urmeze instrucțiunile Lord Advocate (procurorul general al Scoției) când decid dacă trimit în judecată pe cineva care este, sau pare să fie, victimă a traficului de persoane sau a muncii forțate și care a fost obligat din această cauză să comită o infracțiune. Potrivit instrucțiunilor, în astfel de cazuri se pornește ferm de la ideea că persoana nu ar trebui trimisă în judecată. Procurorul decide totuși. Nu este o protecție automată.
    .caveats = Spuneți-i avocatului cât mai devreme despre exploatarea prin care ați trecut.

# hb: source=5e544b939c15c176 status=machine
right_gb-14 = Sprijin în Irlanda de Nord
    .body = În Irlanda de Nord, Department of Justice (ministerul justiției) trebuie să se asigure că adulții primesc ajutor și sprijin din momentul în care cazul lor este trimis, sau urmează să fie trimis, spre o decizie despre faptul că ar putea fi victime ale traficului de persoane, ale sclaviei sau ale muncii forțate. Sprijinul continuă până se iau deciziile. Dacă vi se confirmă statutul de victimă în cele 45 de zile de la prima decizie, sprijinul durează cel puțin până la sfârșitul celor 45 de zile, sau mai mult. Nu trebuie să depindă de faptul că depuneți mărturie și se dă doar dacă sunteți de acord.
    .caveats = Sprijinul poate continua și după o decizie finală pozitivă. Întrebați o organizație de sprijin.

# hb: source=9dbeb6fe39364bb3 status=machine
right_gb-15 = Când v-au obligat să comiteți o infracțiune: o apărare (Irlanda de Nord)
    .body = În Irlanda de Nord, un adult nu este vinovat de anumite infracțiuni dacă a fost obligat să le comită, constrângerea a venit din sclavie sau din trafic de persoane, iar o persoană rezonabilă în aceeași situație nu ar fi avut de fapt de ales. Pentru copii, este suficient ca fapta să fie un rezultat direct al faptului că au fost victime. Apărarea nu se aplică infracțiunilor mai grave.
    .caveats = Luați-vă un avocat înainte să vorbiți cu poliția despre aceste infracțiuni.

# hb: source=1653299ba28964fe status=machine
right_gb-16 = Dreptul la salariul minim
    .body = Cei mai mulți lucrători din Regatul Unit trebuie plătiți cel puțin cu National Minimum Wage sau National Living Wage (salariul minim). Nu este nevoie de un contract scris. Bacșișurile nu se socotesc aici, iar banii ceruți pentru uniforme sau unelte nu au voie să vă scadă plata sub acest nivel. Dacă primiți mai puțin decât ar trebui, puteți suna la linia de ajutor confidențială Acas sau puteți face o plângere la HMRC (administrația fiscală). HMRC îi poate ordona angajatorului să vă plătească ce vi se datorează. Puteți merge și la un tribunal pentru conflicte de muncă (employment tribunal).
    .caveats = Dacă ați lucrat fără drept de muncă în Regatul Unit, dreptul dumneavoastră la această plată poate fi neclar. Cereți sfatul unui avocat sau al unei organizații de sprijin înainte să faceți plângere.

# hb: source=3470229f72658a6a status=machine
right_gb-2 = Cine vă poate trimite în NRM și acordul dumneavoastră
    .body = Nu vă puteți înscrie în NRM prin cerere proprie. Doar personalul anumitor organizații, numite First Responders, vă poate trimite. De exemplu: poliția, consiliile locale, unele organizații caritabile precum The Salvation Army (Armata Salvării) și unele părți din Home Office (ministerul de interne britanic). Dacă aveți 18 ani sau mai mult, au nevoie mai întâi de acordul dumneavoastră. Ar trebui să vă explice ce este NRM, ce ajutor puteți primi și ce s-ar putea întâmpla. Copiii sunt trimiși fără să fie nevoie de acordul lor.
    .caveats = Ce spuneți poate fi transmis poliției și altor instituții publice. Puneți întrebări înainte să fiți de acord.

# hb: source=868969f1abed41c9 status=machine
right_gb-3 = Prima decizie: „motive rezonabile”
    .body = După trimitere, un funcționar al Home Office decide dacă există „motive rezonabile” (reasonable grounds) să se creadă că sunteți victimă. Din ianuarie 2023, de obicei nu ajunge doar povestea dumneavoastră. Ei caută și alte informații care să susțină ce spuneți. Așa că dați-i persoanei First Responder cât mai multe detalii puteți, fără să vă puneți în pericol. Scopul este o decizie în aproximativ 5 zile lucrătoare, dar poate dura mai mult.
    .caveats = Dacă răspunsul este negativ, cereți repede sfat juridic.

# hb: source=38eb37fba903b6cf status=machine
right_gb-4 = Perioada de recuperare după o primă decizie pozitivă
    .body = După o decizie pozitivă pe „motive rezonabile”, primiți o perioadă de recuperare. Guvernul spune că durează cel puțin 30 de zile. În acest timp nu ar trebui să vă trimită din Regatul Unit. În Anglia și Țara Galilor, legea spune că trebuie să primiți sprijinul de care aveți nevoie ca să vă refaceți după răul suferit. Aceste protecții se pot pierde dacă vi se retrag pe motive de ordine publică sau de rea-credință.
    .caveats = Paginile mai vechi pot spune 45 de zile. Aceasta era regula înainte de decembrie 2022.

# hb: source=a4495196d342141f status=machine
right_gb-5 = Sprijin după o decizie finală pozitivă (Anglia și Țara Galilor)
    .body = Dacă primiți o decizie pozitivă pe „motive concludente” (conclusive grounds) în timp ce primiți sprijin finanțat de guvern, începe o perioadă de tranziție („move-on”). Durează cel puțin 45 de zile. Asistentul social vă ajută să vă planificați pașii următori. Puteți cere o evaluare a nevoilor de recuperare (Recovery Needs Assessment). Home Office o folosește ca să decidă dacă aveți nevoie de sprijin mai mult de 45 de zile. Participarea nu este obligatorie și puteți alege să renunțați mai devreme la sprijin.

# hb: source=6983e4c95fe6b5c9 status=machine
right_gb-6 = Sprijin finanțat de guvern în Anglia și Țara Galilor
    .body = În Anglia și Țara Galilor, guvernul plătește sprijinul prin Modern Slavery Victim Care Contract (contractul de îngrijire pentru victimele sclaviei moderne). The Salvation Army îl administrează împreună cu organizații partenere. Dacă aveți nevoie, sprijinul poate include un loc sigur de stat, bani, îngrijire medicală, consiliere, interpreți și sfat juridic confidențial. Linia de ajutor pentru trimiteri a The Salvation Army este 0800 808 3733, deschisă 24 de ore din 24, 7 zile din 7.
    .caveats = De obicei, trebuie să fiți de acord cu o trimitere în NRM ca să primiți acest sprijin.

# hb: source=64a456fe91aa6975 status=machine
right_gb-7 = Cine decide: două echipe din Home Office
    .body = Deciziile NRM se iau în Home Office, ministerul care se ocupă și de controlul imigrației. Există două echipe. Immigration Enforcement Competent Authority decide cazurile unor persoane care urmează să fie trimise din țară: persoane ținute în detenție pentru imigrare, străini cu condamnări care urmează să fie expulzați și unele persoane ale căror cereri de azil nu au fost admise. Single Competent Authority decide celelalte cazuri.
    .caveats = Unele părți din Home Office, cum ar fi Immigration Enforcement, Border Force și UK Visas and Immigration, pot fi și ele First Responders. Este în regulă să întrebați pentru cine lucrează cineva.

# hb: source=c4055856ffdd4ff6 status=machine
right_gb-8 = Instituțiile publice trebuie să anunțe posibilele victime
    .body = În Anglia și Țara Galilor, poliția, consiliile locale și alte câteva instituții publice trebuie să anunțe Home Office când au motive rezonabile să creadă că cineva ar putea fi victimă a sclaviei sau a traficului de persoane. Personalul Home Office face la fel. Dacă aveți 18 ani sau mai mult, raportul nu are voie să conțină numele dumneavoastră sau detalii care arată cine sunteți, decât dacă sunteți de acord. Puteți refuza trimiterea în NRM, dar cazul dumneavoastră poate fi totuși raportat fără nume.
    .caveats = Un raport fără numele dumneavoastră poate fi totuși transmis poliției.

# hb: source=8b5057f24c6fa833 status=machine
right_gb-9 = Pierderea protecției: „ordine publică” și „rea-credință”
    .body = După o primă decizie pozitivă, Home Office poate decide să vă ia unele protecții dacă este convins că sunteți o amenințare pentru ordinea publică sau că ați pretins cu „rea-credință” că sunteți victimă. Guvernul spune că este vorba mai ales de infracțiuni grave și de securitatea națională. Dacă se întâmplă asta, vă pot trimite din Regatul Unit și nu mai există obligația de a vă da drept de ședere ca victimă sau sprijin pentru recuperare. S-ar putea totuși să primiți un ajutor ca să nu rămâneți fără niciun mijloc de trai.
    .caveats = Dacă aveți cazier sau o condamnare, luați-vă un avocat cât mai devreme.

# hb: source=657d6f397271d35f status=machine
right_hk-1 = Agențiile pot lua cel mult 10% din salariul pe prima lună
    .body = În Hong Kong, o agenție de plasare cu licență poate lua cel mult 10% din salariul pe prima lună, și doar după ce primiți locul de muncă. Nu are voie să vă ceară nicio altă taxă sau cost pentru plasare. Cereți o chitanță. Semnalați repede sumele cerute în plus la Employment Agencies Administration (autoritatea pentru agențiile de plasare): urmărirea penală trebuie să înceapă în cel mult 12 luni.
    .caveats = Agențiile nu ar trebui să vă păstreze pașaportul sau să se amestece în banii sau împrumuturile dumneavoastră.

# hb: source=ea20c79941ac18f7 status=machine
right_hk-2 = Salarii neplătite: ajutor gratuit de la Labour Department
    .body = Dacă angajatorul nu vă plătește salariul sau alți bani datorați prin contract sau prin Employment Ordinance (legea muncii), mergeți la un birou Labour Relations Division al Labour Department (departamentul muncii). Acesta oferă gratuit concilierea, ca să vă ajute pe dumneavoastră și pe angajator să ajungeți la o înțelegere. Dacă nu ajungeți la o înțelegere, cererea dumneavoastră poate ajunge la Minor Employment Claims Adjudication Board sau la Labour Tribunal (instanța muncii), în funcție de sumă.
    .caveats = Lucrătorii casnici străini au aceeași protecție prin Employment Ordinance. Informațiile pe care le dați la Labour Department pot fi transmise altor departamente, cum ar fi Poliția sau Imigrarea.

# hb: source=68b2b4359613d328 status=machine
right_ie-1 = 60 de zile ca să vă refaceți și să vă gândiți (pentru cei din afara UE)
    .body = Dacă veniți din afara UE/SEE și nu aveți drept de ședere, un ofițer superior din Garda (poliția) poate decide că există motive rezonabile să se creadă că sunteți victimă a traficului de persoane. Atunci puteți primi drept de ședere pentru 60 de zile, numit perioadă de recuperare și reflecție. Vă dă timp să vă refaceți, să scăpați de influența traficanților și să decideți dacă ajutați Gardaí (poliția).
    .caveats = Decizia o ia poliția. Sistemul era în curs de revizuire, așa că întrebați o organizație de sprijin ce se aplică acum.

# hb: source=5f79718f97c20e04 status=machine
right_ie-2 = Ședere de 6 luni dacă ajutați Gardaí
    .body = În timpul celor 60 de zile sau după ele, puteți primi un drept de ședere temporar dacă vreți să ajutați Gardaí sau alte autorități în anchetă sau în procesul penal. Durează 6 luni și poate fi reînnoit.
    .caveats = Acest drept este legat de ajutorul dat poliției. Asistența juridică și sfaturile juridice se numără printre serviciile pentru victime: cereți mai întâi un sfat.

# hb: source=08b2c82b55fe3f43 status=machine
right_ie-3 = Cereți salariile neplătite la Workplace Relations Commission
    .body = Dacă angajatorul nu v-a plătit, v-a plătit mai puțin decât salariul minim sau v-a luat bani din salariu, puteți face o plângere la Workplace Relations Commission (WRC, comisia pentru relațiile de muncă). Puteți face plângere și după ce s-a terminat munca. Folosiți formularul de plângere online al WRC. Apoi, un inspector WRC sau un funcționar care judecă astfel de cazuri (adjudication officer) analizează plângerea.
    .caveats = WRC nu dă sfaturi juridice. Paginile verificate nu spun ce se întâmplă dacă ați lucrat fără permis. Întrebați o organizație de sprijin înainte să faceți plângere.

# hb: source=988d2bb99cf491ab status=machine
right_int-1 = Traficul de persoane are trei părți: fapta, mijloacele și scopul
    .body = Conform Protocolului ONU privind traficul de persoane (UN Trafficking Protocol), traficul are trei părți. 1) O faptă: recrutarea, mutarea, transferul, ascunderea sau primirea unei persoane. 2) Un mijloc: amenințări, forță sau alte presiuni, răpire, fraudă, minciuni, abuz de putere sau de o situație vulnerabilă, ori plata cuiva care controlează persoana. 3) Un scop: exploatarea persoanei.

# hb: source=07c8b1cfa55adab0 status=machine
right_int-2 = Ce înseamnă exploatare
    .body = Exploatarea include cel puțin: exploatarea prostituției altora sau alte forme de exploatare sexuală, munca sau serviciile forțate, sclavia sau practicile asemănătoare sclaviei, servitutea și prelevarea de organe.

# hb: source=82a2026b45a128ca status=machine
right_int-3 = Acordul dat la un moment dat nu îi scuză pe traficanți
    .body = Dacă a fost folosit oricare dintre aceste mijloace, nu contează că ați fost de acord la un moment dat. „Da”-ul dumneavoastră nu poate fi folosit ca scuză pentru traficanți.

# hb: source=fc5a25f6851e3aad status=machine
right_int-4 = Sub 18 ani: este trafic chiar și fără forță sau minciuni
    .body = Când o persoană are sub 18 ani, recrutarea, mutarea, ascunderea sau primirea ei ca să fie exploatată este trafic de persoane, chiar dacă nu s-au folosit forța, amenințările sau minciunile.

# hb: source=549577351b3b9906 status=machine
right_int-ilo-1 = Cum definește ILO munca forțată
    .body = Convenția nr. 29 a ILO (Organizația Internațională a Muncii) privind munca forțată (1930) spune că munca forțată este orice muncă sau serviciu cerut unei persoane sub amenințarea unei pedepse și pe care persoana nu s-a oferit să îl facă de bunăvoie.
    .caveats = Convenția enumeră câteva excepții, cum ar fi serviciul militar și unele munci făcute în închisoare, sub controlul autorităților.

# hb: source=61727279765e7ed0 status=machine
right_int-ilo-2 = Cele 11 semne ale muncii forțate după ILO
    .body = ILO enumeră 11 semne ale muncii forțate: profitarea de o situație vulnerabilă; minciuni despre locul de muncă; lipsa libertății de mișcare; izolarea de ceilalți; violența fizică sau sexuală; amenințările; actul de identitate sau pașaportul păstrat de altcineva; reținerea salariilor; robia pentru datorii; condiții foarte proaste de muncă sau de locuit; prea multe ore suplimentare.

# hb: source=c4dfe15fbfc826a4 status=machine
right_int-ilo-3 = Uneori un singur semn este de ajuns
    .body = Uneori, un singur semn poate arăta muncă forțată. În alte cazuri, mai multe semne împreună arată acest lucru.

# hb: source=a311122282b8acc9 status=machine
right_int-ilo-4 = Niciun lucrător nu ar trebui să plătească pentru un loc de muncă
    .body = ILO spune că lucrătorilor nu ar trebui să li se ceară nicio taxă sau alte costuri pentru recrutare, nici direct, nici indirect, nici în întregime, nici în parte. Aceasta vine din definiția ILO a taxelor de recrutare (2018) și din General Principles for Fair Recruitment (principiile generale pentru recrutarea corectă).
    .caveats = Acestea sunt îndrumări ale ILO. Nu sunt lege în toate țările, iar unele țări încă permit agențiilor să ceară anumite taxe.

# hb: source=e4bc57bfc6def22c status=machine
right_int-ilo-5 = Pașaport sau act de identitate ținut de altcineva: semn de muncă forțată
    .body = ILO consideră păstrarea pașaportului sau a actului de identitate al unui lucrător un semn de muncă forțată. Reținerea salariilor și prinderea unui lucrător în capcana unei datorii sunt și ele semne.

# hb: source=af55fe97a7ece59f status=machine
right_int-ilo-6 = Victimele ar trebui să poată primi reparații, cum ar fi despăgubiri
    .body = ILO le cere guvernelor să le dea victimelor muncii forțate acces la reparații, cum ar fi despăgubirile. Țările care aderă la Protocolul din 2014 privind munca forțată trebuie să le dea tuturor victimelor acces la reparații și să permită autorităților să nu trimită în judecată victimele pentru faptele ilegale pe care au fost obligate să le facă.
    .caveats = Aceste reguli obligă guvernele, nu angajatorii. Protocolul obligă doar țările care au aderat la el.

# hb: source=765865150a7b7df9 status=machine
right_it-1 = Permis de ședere special pentru victimele exploatării grave
    .body = Dacă poliția, procurorii sau serviciile sociale locale constată că ați suferit violență sau exploatare gravă și că sunteți în pericol real pentru că ați încercat să scăpați de grupul infracțional sau ați depus mărturie, șeful poliției (Questore) vă poate da un permis de ședere special. Acesta vă permite să scăpați de violență și să intrați într-un program de asistență și integrare socială.

# hb: source=3967d474919da7a5 status=machine
right_it-2 = Două căi pentru a primi permisul, și puteți lucra
    .body = Puteți primi acest permis în două feluri: dacă faceți plângere sau depuneți mărturie împotriva exploatatorilor, sau printr-o „cale socială” propusă de serviciile locale sau de organizații de sprijin acreditate. La început durează între 6 luni și 1 an (sursele diferă) și poate fi reînnoit. Puteți lucra de la început, iar mai târziu îl puteți schimba într-un permis de muncă sau de studii.
    .caveats = Decizia finală o ia sediul poliției (Questura). Luați legătura cu un proiect împotriva traficului de persoane ca să vă ajute.

# hb: source=ad1159812a77df1a status=machine
right_it-3 = Cereți Inspectoratului Muncii să intervină
    .body = Dacă nu v-au plătit, puteți cere Inspectoratului Muncii (Ispettorato Territoriale del Lavoro) din provincia în care lucrați să intervină. Folosiți formularul de cerere INL 31, care există și în alte limbi, și adăugați toate actele pe care le aveți și o copie a actului de identitate. Inspectoratul vă poate chema mai întâi pe dumneavoastră și pe angajator, ca să încercați să ajungeți la o înțelegere. Dacă nu reușiți, poate face un control.
    .caveats = Paginile verificate nu spun ce se întâmplă dacă nu aveți permis de ședere. Întrebați mai întâi un sindicat sau o organizație de sprijin.

# hb: source=301c11c56e86e560 status=machine
right_jp-1 = Permisiune specială de ședere pentru victime
    .body = Dacă sunteți victimă a traficului de persoane și ați rămas peste termen sau ați încălcat regulile de imigrare, autoritățile de imigrare din Japonia spun că acționează ca să vă protejeze. Ele țin cont de pericolul pentru dumneavoastră dacă vă întoarceți acasă, de sănătatea dumneavoastră și de ajutorul dat în procesul penal. Vă pot da o permisiune specială de ședere și încearcă să evite să vă rețină.
    .caveats = Unele rapoarte spun că mulți lucrători străini, inclusiv stagiari tehnici (technical interns), nu au fost recunoscuți ca victime și au fost expulzați. Cereți ajutor de la o organizație de sprijin sau de la un avocat.

# hb: source=a88a639861c5cef4 status=machine
right_jp-2 = Semnalați salariile neplătite la inspecția muncii
    .body = Legile muncii din Japonia îi protejează la fel pe toți lucrătorii, oricare le-ar fi cetățenia. Salariul trebuie să vi se plătească direct, întreg, cel puțin o dată pe lună, într-o zi fixă. Dacă nu ați primit banii, puteți semnala acest lucru la Labour Standards Inspection Office (biroul de inspecție a muncii) din zona în care se află angajatorul. Unele birouri au consilieri pentru lucrătorii străini.
    .caveats = O linie telefonică gratuită, deschisă seara și în weekend, dă sfaturi în mai multe limbi, dar nu ia măsuri împotriva angajatorilor. Dacă angajatorul a dat faliment, un program al guvernului vă poate ajuta cu salariile neplătite.

# hb: source=6b8697576971a695 status=machine
right_kw-1 = Angajatorul nu are voie să vă păstreze pașaportul
    .body = În Kuweit, firmele nu au voie să țină pașapoartele lucrătorilor. Pentru lucrătorii casnici, legea spune că angajatorul nu are voie să vă păstreze pașaportul sau cartea de identitate civilă (civil ID) decât dacă ați fost de acord. Nu trebuie să vă certați cu angajatorul pentru asta. Puteți face o plângere la Public Authority for Manpower (PAM, autoritatea pentru forța de muncă).
    .caveats = Dacă ați fost de acord înainte, angajatorul poate spune că avea voie. Puteți totuși cere ajutor de la PAM.

# hb: source=82651620bae197fb status=machine
right_kw-2 = Lucrătorii casnici: salariul trebuie plătit în fiecare lună
    .body = Angajatorul trebuie să vă plătească salariul stabilit la sfârșitul fiecărei luni, din ziua în care ați început munca. Nu are voie să vă oprească nicio parte din el. O chitanță de transfer bancar sau o chitanță pentru plata în numerar dovedește plata. Salariul minim legal pentru lucrătorii casnici este de KWD 60 pe lună, iar unele țări cer mai mult pentru lucrătorii lor. Dacă nu primiți banii, puteți face o plângere la departamentul pentru munca domestică al PAM, la 24937600.
    .caveats = Păstrați fiecare chitanță. Plângerile pot dura mult.

# hb: source=e25c85462b9f4df7 status=machine
right_kw-3 = Lucrătorii din firme: plângeri despre plată și schimbarea locului de muncă
    .body = Dacă lucrați la o firmă și nu primiți banii, sau angajatorul vă blochează trecerea la un angajator nou, puteți face o plângere la Labour Relations Department (departamentul pentru relațiile de muncă) al PAM. Acesta se ocupă de salarii neplătite, transferuri, sesizări de fugă („absconding”) și interdicții de călătorie. Puteți înregistra o plângere la birourile lui sau pe site-ul PAM. Dacă nu se rezolvă acolo, cazul ajunge în instanță.
    .caveats = Angajatorul va fi chemat să răspundă la plângere.

# hb: source=206b2dba66e39887 status=machine
right_kw-4 = Sesizările de fugă („absconding”) în Kuweit
    .body = Dacă nu mai mergeți la muncă, angajatorul vă poate raporta absența. Pentru lucrătorii din firme, sesizarea trece prin PAM; pentru lucrătorii casnici, ajunge la Ministerul de Interne. O sesizare de fugă („absconding”) poate duce la arestare, reținere și trimitere acasă. Dacă puteți, faceți o plângere la PAM înainte să plecați. Femeile pot merge la adăpostul PAM, care acum primește și lucrătoare acuzate de fugă, sau la ambasada lor.
    .caveats = În 2024 nu exista un adăpost al guvernului pentru bărbați.

# hb: source=5784a8274f2a5a7d status=machine
right_mx-1 = Statut de vizitator din motive umanitare pentru victimele infracțiunilor
    .body = În Mexic, o persoană străină care este victimă sau martoră a unei infracțiuni comise în Mexic poate primi statutul de „vizitator din motive umanitare”. Puteți rămâne până se termină procesul penal, puteți pleca și reveni și puteți lucra pentru bani. Mai târziu puteți cere rezidență permanentă. Sunteți tot victimă, chiar dacă autorul nu este niciodată găsit, judecat sau condamnat.
    .caveats = Când se termină procesul, trebuie să plecați sau să cereți alt statut. Cereți ajutor cu cererea de la un avocat sau de la o organizație de sprijin.

# hb: source=6387dd410673887c status=machine
right_mx-2 = Faptul că nu aveți acte nu este, în sine, o infracțiune
    .body = Legea migrației din Mexic spune că situația de migrant fără acte în regulă nu este niciodată, în sine, o infracțiune și că lipsa actelor nu trebuie să însemne că ați comis o infracțiune. Mai spune că drepturile omului ale migranților trebuie respectate oricare le-ar fi statutul, cu atenție specială pentru victimele infracțiunilor.
    .caveats = Aceasta privește doar infracțiunile. Nu vă dă drept de ședere. Cereți un sfat.

# hb: source=738f5749db4c8578 status=machine
right_mx-3 = Ajutor gratuit ca să cereți salariile neplătite
    .body = PROFEDET, biroul federal care apără lucrătorii, dă sfaturi gratuite, ajută la înțelegeri cu angajatorii și poate reprezenta lucrătorii în instanță, de exemplu pentru salarii neplătite. Înainte de un proces, Centrul Federal de Conciliere în Muncă (Federal Labour Conciliation Centre) încearcă să ajungă la o înțelegere. Este gratuit, nu aveți nevoie de avocat și nimeni nu are voie să vă ceară bani pentru acești pași.
    .caveats = Unele locuri de muncă țin de un birou de muncă al statului, nu de cel federal. Feriți-vă de oamenii care vă cer bani ca să vă „ajute”. PROFEDET a avut tăieri de buget, așa că poate lucra încet.

# hb: source=96add8eb5bb5e10b status=machine
right_my-1 = Ordinul de protecție: un adăpost pentru până la 3 luni
    .body = În Malaezia, după ce un agent al autorităților (enforcement officer) și un Protection Officer (ofițer de protecție) vă cercetează cazul, un judecător (Magistrate) poate decide că sunteți o persoană traficată care are nevoie de îngrijire și poate da un ordin de protecție (Protection Order). Apoi vă duc într-un adăpost (place of refuge) pentru până la 3 luni. Dacă nu aveți cetățenie malaeziană, după aceea vă predau unui ofițer de imigrare.
    .caveats = Așa arăta legea în copia verificată și este posibil să se fi schimbat. Întrebați un avocat, ambasada dumneavoastră sau o organizație de sprijin ce se aplică acum.

# hb: source=b23d264bd75c419f status=machine
right_my-2 = Cereți salariile neplătite la Departamentul Muncii
    .body = Dacă angajatorul vă datorează salarii, puteți face o plângere la Departamentul Muncii (Jabatan Tenaga Kerja). Un funcționar de la muncă cercetează plângerea și îi poate ordona angajatorului să plătească. Oamenii numesc adesea acest lucru „Labour Court” (tribunalul muncii). Oricare parte poate face apel la High Court (Înalta Curte) în 14 zile. Ordinul poate fi pus în aplicare prin Sessions Court.
    .caveats = Există o limită de salariu lunar pentru a folosi acest serviciu, iar sursele nu dau aceeași sumă. Unii angajatori spun că lucrătorii fără permis valabil nu pot cere bani; o instanță High Court a trimis un astfel de caz înapoi ca să fie judecat. Cereți mai întâi un sfat.

# hb: source=314d66c19e008226 status=machine
right_nl-1 = Trei luni de timp de gândire (bedenktijd)
    .body = Victimele traficului de persoane care nu au drept de ședere legal pot face plângere și pot folosi programul special de ședere pentru victimele traficului, care dă 3 luni de timp de gândire (bedenktijd), în care puteți rămâne în Olanda.

# hb: source=b4b82ddd8e883c54 status=machine
right_nl-2 = Cine coordonează îngrijirea și adăpostul pentru victime
    .body = CoMensha înregistrează victimele și ajută victimele adulte să găsească îngrijire și adăpost; Jeugdzorg Nederland coordonează ajutorul pentru victimele sub 18 ani.

# hb: source=8e8e3a490e48707e status=machine
right_nl-3 = Poliția vă explică procedura înainte să decideți
    .body = Înainte să decideți dacă faceți plângere, un detectiv de poliție specializat vă explică procedura într-o discuție de informare. Poliția găsește un loc sigur de cazare pentru victime, chiar dacă sunt în țară fără drept de ședere.

# hb: source=2868b5eba01f0802 status=machine
right_nl-4 = Unde puteți semnala exploatarea prin muncă
    .body = Exploatarea prin muncă poate fi semnalată la Netherlands Labour Authority (autoritatea olandeză pentru muncă, 0800 5151); sesizările anonime pot merge la Meld Misdaad Anoniem (0800 7000).

# hb: source=76c34908436613f8 status=machine
right_nl-5 = Semnalați plata prea mică la autoritatea pentru muncă
    .body = În Olanda, salariul minim și plata minimă pentru concediu se aplică oricărui loc de muncă, și pentru lucrătorii străini, și pentru angajatorii străini. Dacă primiți prea puțini bani, puteți semnala acest lucru la autoritatea olandeză pentru muncă (Nederlandse Arbeidsinspectie), chiar și fără să vă dați numele. Aceasta poate amenda angajatorul. Plata prea mică poate fi un semn de exploatare prin muncă.
    .caveats = Ca să primiți banii datorați, puteți merge și la judecătoria locală (kantonrechter); cereți banii în cel mult 5 ani. Autoritatea pentru muncă lucrează cu poliția pentru străini. Dacă nu aveți acte, cereți mai întâi un sfat.

# hb: source=d7858cd335110713 status=machine
right_om-1 = Schimbarea angajatorului în Oman
    .body = Din ianuarie 2021, lucrătorii din Oman, inclusiv lucrătorii casnici, pot trece la un angajator nou când contractul lor se termină sau este încheiat, fără permisiunea angajatorului. Ministerul Muncii trebuie să aprobe noul contract.
    .caveats = Acest lucru nu vă ajută dacă nu vi s-a terminat contractul. Uneori, funcționarii i-au trimis pe lucrători înapoi la angajator sau i-au lăsat pe angajatori să ceară bani ca să îi lase să plece. Încercați să cereți ajutor de la ambasadă înainte să plecați.

# hb: source=d3b8fc3dede87912 status=machine
right_om-2 = Angajatorul nu are voie să vă țină pașaportul
    .body = Legea muncii din Oman din 2023 spune că angajatorii nu au voie să țină pașaportul sau actele personale ale unui lucrător fără acordul scris al lucrătorului.
    .caveats = Pedepsele pentru păstrarea pașapoartelor au fost slabe, iar unii angajatori încă fac asta.

# hb: source=496a384ec6f40426 status=machine
right_om-3 = Salarii neplătite în Oman
    .body = Conform legii muncii din 2023, vă puteți încheia contractul dacă angajatorul nu vă plătește salariul. Dacă mergeți în instanță ca să primiți banii datorați, vă păstrați dreptul de a sta în Oman până se decide cazul, dar cheltuielile de trai le plătiți dumneavoastră. Plângerile se fac la Ministerul Muncii, mai ales pe site-ul acestuia.
    .caveats = Funcționarii tratează adesea aceste cazuri ca neînțelegeri legate de contract. Păstrați dovezi despre contract și despre banii primiți.

# hb: source=ceeaaa0db18984e6 status=machine
right_ph-1 = Traficul de persoane poate avea loc cu sau fără acordul dumneavoastră
    .body = Legea din Filipine spune că traficul de persoane poate avea loc cu sau fără acordul ori știrea victimei, în interiorul țării sau peste granițe. Include recrutarea, mutarea, ascunderea sau primirea de persoane prin amenințări, forță, fraudă, înșelăciune sau abuz de situația lor vulnerabilă, cu scopul de a le exploata.

# hb: source=7edc6dab6efc0bbe status=machine
right_ph-2 = Lucrătorii din străinătate: cereți plata neprimită la NLRC
    .body = Dacă sunteți din Filipine, v-au trimis la muncă în străinătate și nu v-au plătit, puteți depune o cerere pentru bani la un Labor Arbiter (arbitru de muncă) al National Labor Relations Commission (NLRC), în Filipine. Agenția de recrutare din Filipine care v-a trimis răspunde împreună cu angajatorul străin, așa că puteți cere banii de la agenție. Cazul ar trebui decis în 90 de zile de la depunere.
    .caveats = Păstrați contractul, chitanțele și orice dovadă a muncii și a plății. În realitate, cererile pot dura mult și pot costa bani.

# hb: source=983e8b713f1b53bb status=machine
right_qa-1 = Angajatorul nu are voie să vă păstreze pașaportul
    .body = În Qatar, angajatorul trebuie să vă dea înapoi pașaportul după ce sunt gata actele de ședere. Păstrarea lui după aceea este ilegală, iar angajatorul poate fi amendat. Nu trebuie să vă certați cu angajatorul pentru asta. Puteți cere ajutor de la Ministerul Muncii, la 16008.
    .caveats = Legea îi permite angajatorului să păstreze pașaportul doar dacă ați fost de acord în scris. Cereți un sfat înainte să plecați de la locul de muncă, ca să nu vă puneți în pericol dreptul de ședere.

# hb: source=0bf1b48d7059d29b status=machine
right_qa-2 = Angajatorii care păstrează pașapoartele pot fi amendați
    .body = Un angajator care nu îi dă înapoi unui lucrător pașaportul după ce sunt gata actele de ședere poate fi amendat cu până la QR 25.000.

# hb: source=a66a0a435e940e43 status=machine
right_qa-3 = Un pașaport păstrat de altcineva poate fi un semn de muncă forțată
    .body = Păstrarea pașaportului dumneavoastră, neplata salariului și faptul că nu vă lasă să plecați sunt semne de muncă forțată sau de trafic de persoane. Puteți cere ajutor chiar dacă nu știți sigur că este trafic de persoane.
    .caveats = Funcționarii tratează adesea aceste cazuri ca simple neînțelegeri de muncă, nu ca infracțiuni.

# hb: source=fa13083b39ecd02f status=machine
right_qa-4 = Unde puteți semnala problemele de la muncă
    .body = Puteți face o plângere la Ministerul Muncii la telefon, la 16008. Puteți trimite și un mesaj text la 92727: scrieți 5, apoi numărul de Qatar ID sau numărul vizei. Și lucrătorii casnici pot face plângere. Există și o platformă online pentru plângeri, iar încălcările legii pot fi semnalate fără să vă dați numele.
    .caveats = O plângere despre angajator va ajunge la angajator.

# hb: source=a81c6b05d2f47c1b status=machine
right_qa-5 = Puteți schimba locul de muncă fără permisiunea angajatorului
    .body = Din 2020, toți lucrătorii din Qatar, inclusiv lucrătorii casnici, își pot schimba locul de muncă fără o hârtie de „nicio obiecție” (NOC) de la angajator, chiar înainte să se termine contractul. Există pași oficiali de urmat. Întrebați Ministerul Muncii despre ei înainte să vă opriți din lucru.
    .caveats = Unii angajatori au răspuns la o schimbare a locului de muncă cu o sesizare falsă de fugă („absconding”). Păstrați dovezi că ați cerut mutarea.

# hb: source=41bd4556f699f30e status=machine
right_qa-6 = Cei mai mulți lucrători pot pleca din Qatar fără permis de ieșire
    .body = Din ianuarie 2020, aproape toți lucrătorii din Qatar, inclusiv lucrătorii casnici, pot pleca din țară fără să ceară permisiunea angajatorului. Doar câteva locuri de muncă mai au nevoie de permis de ieșire, cum ar fi în armată și unele posturi importante din firme.

# hb: source=7259917d75e66750 status=machine
right_qa-7 = Plata minimă și cum trebuie plătite salariile
    .body = Fiecare lucrător din Qatar, inclusiv lucrătorii casnici, trebuie să primească cel puțin QR 1.000 pe lună ca salariu de bază. Dacă angajatorul nu vă dă mâncare și locuință, trebuie să primiți și cel puțin QR 300 pentru mâncare și QR 500 pentru locuință. Firmele trebuie să plătească salariile prin sistemul oficial de salarii, în contul dumneavoastră. Dacă nu primiți banii, puteți face o plângere la Ministerul Muncii, la 16008.
    .caveats = Păstrați dovezi despre banii primiți, cum ar fi mesajele de la bancă sau fluturașii de salariu.

# hb: source=f417e0f2e90bbdca status=machine
right_qa-8 = Dacă angajatorul vă raportează pentru „fugă” („absconding”)
    .body = Funcționarii din Qatar spun că nu există o infracțiune numită „fugă” („absconding”). Totuși, unii angajatori fac sesizări false de fugă împotriva lucrătorilor care se plâng sau încearcă să își schimbe locul de muncă. Dacă puteți, faceți o plângere la Ministerul Muncii înainte să plecați și păstrați dovezi. Dacă angajatorul folosește o sesizare falsă împotriva dumneavoastră, puteți merge la Departamentul pentru Drepturile Omului al Ministerului de Interne.
    .caveats = Lucrători care au fugit de la angajatori au fost arestați și expulzați. Dacă puteți, vorbiți cu o linie de ajutor sau cu ambasada înainte să plecați sau să mergeți la poliție.

# hb: source=9c894d314da810ca status=machine
right_ro-1 = Până la 90 de zile ca să vă refaceți și să vă gândiți (pentru străini)
    .body = Dacă există motive serioase să se creadă că sunteți victimă a traficului de persoane și nu aveți cetățenie română, primiți o perioadă de recuperare și reflecție de până la 90 de zile. Este timp ca să vă refaceți și să scăpați de influența traficanților.

# hb: source=b32e45bf321e0e1d status=machine
right_ro-2 = Sunteți victimă chiar dacă nu participați la proces
    .body = Conform legii române, victima traficului de persoane este persoana împotriva căreia s-a comis infracțiunea, fie că participă, fie că nu la procesul penal ca parte vătămată. Victimele primesc îngrijire medicală după regulile asigurărilor publice de sănătate.

# hb: source=6a1b94f497b24d8b status=machine
right_ro-3 = Plângere la Inspectoratul Teritorial de Muncă (ITM) pentru salariul neplătit
    .body = Dacă angajatorul nu vă plătește salariul sau vă plătește mai puțin decât salariul minim, puteți face o plângere la Inspectoratul Teritorial de Muncă (ITM) din zona în care își are sediul angajatorul. Puteți trimite plângerea prin poștă sau e-mail, sau puteți folosi formularul online de petiție al Inspecției Muncii. ITM poate face un control la angajator și îl poate amenda. Puteți merge și în instanță.
    .caveats = De obicei, ITM răspunde în 30 de zile, uneori cu încă 15 zile în plus. Cereți sfatul unei organizații de sprijin dacă nu aveți contract.

# hb: source=eee9f256ac47c438 status=machine
right_sa-1 = Schimbarea locului de muncă și plecarea din Arabia Saudită
    .body = Din martie 2021, cei mai mulți lucrători din sectorul privat pot trece la un angajator nou când li se termină contractul, fără permisiunea angajatorului. Pot cere și singuri o viză de ieșire și reintrare sau o viză de ieșire definitivă, prin Absher sau Qiwa. Angajatorul este anunțat și are 10 zile să răspundă; dacă nu răspunde, viza se eliberează.
    .caveats = Acest lucru nu se aplică lucrătorilor casnici, șoferilor personali, paznicilor de locuințe, păstorilor, grădinarilor sau lucrătorilor agricoli.

# hb: source=c00058869fab905f status=machine
right_sa-2 = Lucrătorii casnici: când puteți trece la alt angajator
    .body = Lucrătorii casnici nu sunt incluși în reformele din 2021 și au încă nevoie de aprobarea angajatorului pentru vizele de ieșire. Dar, în unele cazuri, un lucrător casnic poate trece la alt angajator fără înștiințarea angajatorului: dacă plata întârzie, dacă angajatorul îl închiriază altor oameni sau dacă i se dau sarcini care îi pun în pericol sănătatea sau siguranța.
    .caveats = Întrebați ministerul muncii sau ambasada cum să faceți asta înainte să plecați din casă.

# hb: source=34cc3823b02ac2bf status=machine
right_sa-3 = Lucrătorii casnici își păstrează propriul pașaport
    .body = Regulile saudite pentru lucrătorii casnici spun că aveți dreptul să vă păstrați propriul pașaport și permisul de ședere (iqama). Angajatorul nu are voie să vi le ia. De asemenea, angajatorul nu are voie să vă ceară bani pentru recrutare, pentru permisul de muncă sau pentru iqama.

# hb: source=5c704a02a69591e0 status=machine
right_sa-4 = Salariul și cum îl puteți cere
    .body = Lucrătorii casnici trebuie să primească salariul întreg, la timp, așa cum scrie în contractul standard, iar acum sunt incluși în sistemul de protecție a salariilor. Orice lucrător care nu este plătit poate depune o cerere la ministerul muncii. Ministerul încearcă mai întâi să rezolve problema cu angajatorul; dacă nu reușește, cazul ajunge la instanța pentru muncă. Puteți suna și la minister, la 19911.
    .caveats = Regulile despre salarii nu sunt mereu respectate. Păstrați contractul și dovada fiecărei plăți.

# hb: source=fb38e0d982e86102 status=machine
right_sa-5 = Dacă angajatorul vă raportează „absent de la muncă” (huroob)
    .body = Un angajator poate raporta un lucrător din sectorul privat ca „absent de la muncă” (huroob) după mai mult de 15 zile la rând fără un motiv întemeiat. Primiți un mesaj text. Apoi aveți 60 de zile ca să treceți la un angajator nou sau să luați o viză de ieșire definitivă. Dacă nu se face nimic în 60 de zile, rămâneți în evidențe cu mențiunea „absent” și puteți primi pedepse conform legilor despre ședere și muncă. Angajatorii nu mai pot face acuzații de fugă („absconding”) împotriva lucrătorilor casnici.
    .caveats = O sesizare poate fi contestată, iar un angajator nu ar trebui să facă una după ce dumneavoastră ați deschis un caz împotriva lui. Cereți repede ajutor de la ambasadă sau de la un avocat.

# hb: source=00e436941cd05725 status=machine
right_sg-1 = Adăpost, un Special Pass și ajutor ca să găsiți de lucru
    .body = În Singapore, victimele traficului de persoane care își așteaptă cazul primesc adăpost, mâncare și consiliere. Pot primi un Special Pass (permis special) ca să rămână cât timp se rezolvă cazul. Dacă vreți și puteți să lucrați, guvernul vă poate ajuta să găsiți un loc de muncă temporar.

# hb: source=c92aadeaf1f527ef status=machine
right_sg-2 = De obicei, fără urmărire penală pentru faptele la care v-au obligat
    .body = Ministerele de Interne și al Forței de Muncă din Singapore spun că nu trimit în judecată victimele traficului de persoane pentru faptele pe care au fost obligate să le comită ca rezultat direct al traficului, decât dacă există motive foarte serioase. Legea împotriva traficului de persoane protejează și identitatea celor care semnalează traficul.
    .caveats = Aceasta este o politică, nu o promisiune pentru fiecare caz. Unele rapoarte spun că unele victime nu au fost recunoscute și au fost pedepsite sau expulzate. Cereți ajutorul unui avocat sau al unei organizații de sprijin.

# hb: source=12f5901ecfe4647b status=machine
right_sg-3 = Cereri pentru salariu: întâi medierea, apoi un tribunal
    .body = În Singapore, neplata salariului este o infracțiune. Ca să cereți salariul neplătit, cereți mai întâi mediere de la Tripartite Alliance for Dispute Management (TADM). Dacă nu se ajunge la o înțelegere, cererea poate merge la Employment Claims Tribunals (tribunalele pentru cereri de muncă). Faceți cererea în cel mult 1 an dacă încă lucrați acolo, sau în cel mult 6 luni după ce se termină munca.
    .caveats = Lucrătorii casnici nu pot folosi medierea TADM; ei merg la Ministry of Manpower (MOM, ministerul forței de muncă). Angajatorul vă poate anula permisul de muncă după ce faceți cererea; de obicei, MOM dă un Special Pass ca să puteți rămâne pentru cerere.

# hb: source=afd18186f259e66d status=machine
right_th-1 = Ajutor pentru victime și dreptul de a cere despăgubiri
    .body = În Thailanda, Ministerul Dezvoltării Sociale și Securității Umane le poate da victimelor traficului de persoane mâncare, adăpost, îngrijire medicală, ajutor ca să se refacă fizic și psihic, educație, cursuri, asistență juridică, ajutor ca să se întoarcă acasă și ajutor ca să ceară despăgubiri. Poliția sau procurorul trebuie să vă spună din timp despre dreptul la despăgubiri și la asistență juridică.

# hb: source=83efcb9772892419 status=machine
right_th-2 = Procurorul poate cere despăgubiri pentru dumneavoastră, fără costuri
    .body = Dacă vreți despăgubiri, procurorul le poate cere pentru dumneavoastră, în procesul penal împotriva traficantului. Nu plătiți nicio taxă de judecată pentru această cerere. Dacă instanța dispune plata, un birou al guvernului trebuie să o pună în aplicare pentru dumneavoastră.

# hb: source=764bab2d2ab2ae7b status=machine
right_th-3 = Plângeri pentru salarii neplătite: linia 1546
    .body = Biroul muncii din Thailanda spune că îi protejează la fel pe lucrătorii thailandezi și pe cei străini. Dacă nu v-au plătit salariul sau orele suplimentare, puteți face o plângere la biroul Labour Protection and Welfare (protecția și bunăstarea muncii) din provincia dumneavoastră sau din Bangkok, sau puteți suna la linia 1546. Inspectorii de muncă îi pot ordona angajatorului să plătească. Plângerea la un inspector este gratuită.
    .caveats = Dacă sunteți în Thailanda fără acte, întrebați mai întâi o organizație de sprijin.

# hb: source=0f8bdb0e7ae37660 status=machine
right_tw-1 = Permis de ședere și de muncă pentru victimele identificate
    .body = În Taiwan, dacă autoritățile vă identifică drept victimă a traficului de persoane, puteți cere un permis de ședere valabil un an. Poate fi prelungit, câte un an, pe durata anchetei sau a procesului. Cu el puteți cere un permis de muncă, fără limitele obișnuite pentru lucrătorii străini, cât timp este valabil permisul de ședere.

# hb: source=7a8f82c5cd1a50b2 status=machine
right_tw-2 = Ce înseamnă trafic de persoane în Taiwan
    .body = Legea din Taiwan consideră trafic de persoane: folosirea amenințărilor, a fraudei, a robiei pentru datorii, păstrarea actelor importante sau profitarea de neputința cuiva, ca să exploateze persoana. Exploatarea include munca forțată și munca plătită vădit mult prea puțin pentru ce se muncește. Dacă aveți sub 18 ani, este trafic de persoane chiar și fără aceste mijloace.

# hb: source=611281efb5d69f09 status=machine
right_tw-3 = Sunați la 1955 pentru salarii neplătite
    .body = Linia 1955 a Ministerului Muncii primește întrebări și plângeri de la lucrătorii migranți despre contracte, salarii, programul de lucru, accidentări și intermediari (brokeri). Este gratuită și deschisă 24 de ore din 24, în fiecare zi. Operatorii vorbesc chineză, engleză, indoneziană, vietnameză și thailandeză și pot traduce între dumneavoastră și angajator.
    .caveats = Plângerile pot fi transmise biroului local al muncii sau poliției.

# hb: source=00197aea20c32cd0 status=machine
right_us-1 = Viza T pentru victimele traficului de persoane
    .body = Viza T (statutul T) este un statut de imigrare din SUA pentru victimele traficului în scop sexual sau de muncă. Le permite unor victime să rămână în Statele Unite. Congresul a creat-o în octombrie 2000. O pot primi și unii membri ai familiei. Decide USCIS, biroul american pentru cererile de imigrare.
    .caveats = Cereți sfat juridic gratuit înainte să depuneți cererea. Un avocat poate verifica dacă îndepliniți condițiile.

# hb: source=22249cf88a7ae3b1 status=machine
right_us-2 = Cine poate primi viza T
    .body = Ca să îndepliniți condițiile, trebuie să arătați că: sunteți victimă a unei „forme grave de trafic de persoane”; sunteți în SUA (sau la un punct de intrare) din această cauză; ați răspuns la cererile rezonabile ale organelor de aplicare a legii (nu este necesar dacă aveați sub 18 ani sau nu puteți din cauza traumei); ați suferi greutăți extreme dacă v-ar trimite din țară; și îndepliniți condițiile de admitere în țară sau primiți o scutire (waiver).

# hb: source=16c34d91844fbbcd status=machine
right_us-3 = Statutul T: până la 4 ani, muncă și o cale spre Green Card
    .body = Statutul T durează la început până la 4 ani. Puteți primi permisiunea de a lucra. După 3 ani cu statut T, puteți cere Green Card (rezidență permanentă). Puteți cere mai devreme dacă procesul împotriva traficanților s-a încheiat oficial. Se aplică și alte reguli, cum ar fi un comportament moral bun.
    .caveats = Trebuie să rămâneți în Statele Unite fără să lipsiți perioade lungi. Întrebați un avocat înainte să călătoriți în străinătate.

# hb: source=78fa436f8f843ce4 status=machine
right_us-4 = Până la 5.000 de vize T în fiecare an
    .body = În fiecare an, USCIS poate da statutul T până la 5.000 de solicitanți principali. Membrii familiei nu sunt socotiți în această limită. Dacă se atinge limita, persoanele care îndeplinesc condițiile sunt trecute pe o listă de așteptare pentru anul următor.

# hb: source=2a543d54442cbab5 status=machine
right_us-5 = Luarea pașaportului sau a actului de identitate poate fi infracțiune federală
    .body = Distrugerea, ascunderea, luarea sau păstrarea pașaportului, a actelor de imigrare sau a actului de identitate al altei persoane, ca parte a traficului de persoane sau a muncii forțate, este infracțiune federală. Este infracțiune și dacă se face asta ca să împiedice o victimă a traficului să se miște sau să călătorească, ca să continue să muncească. Pedeapsa poate fi de până la 5 ani de închisoare. Această lege nu pedepsește o victimă care face acest lucru din cauza traficului prin care trece ea însăși.

# hb: source=06552803388d2029 status=machine
right_us-6 = Linia națională (National Hotline) nu este poliție și nici imigrare
    .body = National Human Trafficking Hotline (linia națională împotriva traficului de persoane) nu ține de organele de aplicare a legii și nici de imigrare; puteți cere ajutor sau puteți face o sesizare anonimă.

# hb: source=8e9f7e10df6a21c4 status=machine
right_us-7 = Continued Presence: un statut temporar pe care îl cere poliția
    .body = Continued Presence este un statut temporar de imigrare pentru persoanele pe care organele de aplicare a legii le identifică drept victime ale traficului de persoane. Vă permite să rămâneți și să lucrați în SUA cât timp se cercetează infracțiunea. Durează la început 1 an și poate fi reînnoit câte un an. Nu îl puteți cere dumneavoastră. Cererea o trimit agenți federali, mai ales de la ICE și FBI, sau procurori federali.
    .caveats = ICE este și poliția de imigrare. Vorbiți cu un avocat sau cu o organizație de sprijin înainte să vă întâlniți cu agenții. Agenții au instrucțiuni să nu folosească niciodată acest statut ca să facă presiuni asupra dumneavoastră.

# hb: source=53f3d80c2e2e4233 status=machine
right_us-8 = Viza U pentru victimele infracțiunilor, inclusiv ale traficului de persoane
    .body = Viza U este pentru victimele anumitor infracțiuni care au suferit abuzuri fizice sau psihice grave și care ajută, sau probabil vor ajuta, poliția sau procurorii în caz. Traficul de persoane este pe lista infracțiunilor, la fel ca servitutea forțată și robia pentru datorii (peonage). Aveți nevoie de un formular semnat de un polițist, un procuror, un judecător sau alt funcționar autorizat, care să spună că ați ajutat.
    .caveats = Funcționarul nu este obligat să semneze. Există o limită anuală, așa că mulți oameni așteaptă mult timp. Cereți ajutorul unui avocat.

# hb: source=bbcf51e040e01eef status=machine
right_us-9 = Cereți salariile neplătite, oricare ar fi statutul dumneavoastră de imigrare
    .body = Departamentul Muncii din SUA (US Department of Labor) spune că legea federală despre salariul minim și orele suplimentare îi protejează pe lucrători, oricare le-ar fi statutul de imigrare. Dacă nu ați primit salariul minim sau plata pentru orele suplimentare, puteți cere ajutor de la Wage and Hour Division (divizia pentru salarii și program) sau puteți face o plângere. Sunați la 1-866-487-9243 (de luni până vineri, 8:00–16:30, ora locală) sau mergeți la un birou local.
    .caveats = Acest birou se ocupă de salariul minim federal, de orele suplimentare și de alte câteva legi. S-ar putea să nu acopere toți banii care vi se datorează. Declarația departamentului este din 2010. Dacă vă temeți pentru statutul de imigrare, vorbiți mai întâi cu un centru pentru lucrători (worker centre) sau cu un avocat.

# hb: source=40e091ebc0f0ff5f status=machine
resource_au-fair-work-migrant-workers = Lucrători migranți (Fair Work Ombudsman – horticultură)
    .body = Pentru lucrătorii migranți din Australia, mai ales cei de la ferme: aveți aceleași drepturi la muncă precum ceilalți lucrători. Angajatorul nu vă poate anula viza și nu vă poate concedia sau tăia din ture pentru că v-ați plâns. Există informații în peste 30 de limbi, inclusiv spaniolă și vietnameză, și puteți vorbi cu ei printr-un interpret.

# hb: source=51b49909a305477d status=machine
resource_canada-trafficking-hotline-who-we-are = Despre linia de ajutor: cine suntem?
    .body = Oricine se află în Canada poate suna la această linie împotriva traficului de persoane, zi și noapte, oricare ar fi vârsta, genul sau cetățenia sa. Apelurile sunt confidențiale, iar linia nu face parte din poliție sau din guvern. Ajutorul se dă în peste 200 de limbi, printr-un interpret.

# hb: source=765fa9d2c28f69a0 status=machine
resource_ilo-know-your-rights-migrant-domestic-workers = Pliantul „Know your rights” (Cunoașteți-vă drepturile): întrebări și răspunsuri despre munca decentă pentru lucrătorii casnici migranți
    .body = O broșură pentru migranții care fac muncă domestică: curățenie, gătit și îngrijire într-o casă. Răspunde la întrebări obișnuite despre munca dumneavoastră, angajator și drepturile dumneavoastră. Explică și regulile internaționale care îi protejează pe lucrătorii casnici.

# hb: source=0fa351ba1a08a9de status=machine
resource_taiwan-1955-hotline-migrant-workers = Linia 1955 a Ministerului Muncii îi ajută pe lucrătorii migranți să comunice fără probleme
    .body = Linia gratuită 1955 din Taiwan pentru lucrătorii migranți este deschisă 24 de ore, în fiecare zi, pentru sfaturi sau plângeri despre contract, plată, program sau intermediar (broker). Operatorii vorbesc chineză, indoneziană, vietnameză, thailandeză și filipineză și pot traduce între dumneavoastră și angajator. Plângerile pot fi transmise biroului muncii sau poliției.

# hb: source=059753becfb3304f status=machine
resource_uk-glaa-seasonal-workers-rights = Drepturile dumneavoastră – programul pentru lucrători sezonieri
    .body = Pentru persoanele care vin în Regatul Unit cu o viză de muncă sezonieră la fermă. Arată drepturile legale pe care le aveți la muncă, cum ar fi salariul minim și ce vi se poate sau nu vi se poate opri din plată. Are un scurt video despre program.

# hb: source=e6fbd389ac7c2f0f status=machine
resource_uk-modern-slavery-helpline-what-happens = Ce se întâmplă când sunați la linia de ajutor?
    .body = Explică, pas cu pas, ce se întâmplă când sunați la Modern Slavery & Exploitation Helpline din Regatul Unit, o linie gratuită și confidențială, deschisă zi și noapte. Vă puteți spune numele, puteți cere să rămână confidențial sau puteți păstra anonimatul. Vă întreabă înainte să transmită mai departe datele dumneavoastră, cu excepția cazului în care o viață sau un copil este în pericol.

# hb: source=89401ce262d9fb35 status=machine
resource_uk-nrm-explained-west-midlands = Cum primiți sprijin ca victimă a sclaviei moderne (adulți) – document explicativ despre National Referral Mechanism
    .body = Un pliant care explică sistemul de sprijin din Regatul Unit pentru victimele sclaviei moderne. Vă spune ce se întâmplă dacă acceptați trimiterea și ce opțiuni aveți dacă refuzați. Este în engleză, albaneză, bulgară, chineză, letonă, lituaniană, poloneză, romani, română, slovacă și vietnameză.

# hb: source=4eed91ea7f18a937 status=machine
resource_unhcr-help-human-trafficking = Traficul de persoane (UNHCR Help)
    .body = Explică în cuvinte simple ce este traficul de persoane, inclusiv traficul de copii. Spune de ce oamenii care au fost nevoiți să fugă sunt în pericol mai mare și că oricine poate fi o țintă, oricare i-ar fi actele. Vă sfătuiește să fiți cu ochii în patru și să cunoașteți riscurile.

# hb: source=9fa1c35a364422a8 status=machine
resource_unseen-faqs-potential-victims = Întrebări frecvente pentru posibile victime și supraviețuitori
    .body = Răspunde la întrebările persoanelor care cred că ar putea fi exploatate în Regatul Unit. Explică, în cuvinte simple, felurile de muncă forțată, infracțiuni forțate și exploatare sexuală. Spune că linia de ajutor este administrată de o organizație caritabilă și nu face parte din poliție sau din guvern, dar lucrează cu acestea.

# hb: source=fccf11332d5c9903 status=machine
resource_us-trafficking-hotline-what-happens = Cum lucrăm (National Human Trafficking Hotline)
    .body = Explică ce se întâmplă când sunați, trimiteți un mesaj sau vorbiți pe chat cu linia împotriva traficului de persoane din SUA. Ajută pe toată lumea, oricare ar fi statutul de imigrare. Dumneavoastră decideți dacă povestea dumneavoastră ajunge la poliție, cu excepția cazului în care un copil este abuzat sau cineva este în pericol chiar acum.

# hb: source=8c0bb929feecff57 status=machine
helpline_ae-dfwac = Gratuit și confidențial, zi și noapte, pentru femei și copii. Este un adăpost care, în unele cazuri, lucrează cu poliția.
    .channel-1 = Gratuit, în Emiratele Arabe Unite
    .hours-text = 24 de ore, în fiecare zi
    .operator-note = adăpost non-profit cu licență de la guvern
    .service = Linie de ajutor non-stop pentru femei și copii care suferă violență, abuz sau trafic de persoane

# hb: source=5e4a2c638c905898 status=machine
helpline_ae-dubai-police-ht = Linie a poliției pentru semnalarea traficului de persoane în Dubai. Ce spuneți ajunge la poliție.
    .service = Linia telefonică și adresa de e-mail ale Poliției din Dubai împotriva traficului de persoane

# hb: source=0b2efb62173b80df status=machine
helpline_ae-mohre = Linia ministerului muncii pentru probleme de muncă și de salariu. Angajatorul poate fi anunțat, așa că întrebați mai întâi dacă vă poate fi afectat dreptul de ședere.
    .channel-1 = Gratuit. Plângeri despre muncă, salarii sau agenții de recrutare
    .channel-2 = Sfaturi despre cereri legate de muncă
    .channel-3 = Întrebați dacă s-a făcut o sesizare de fugă („absconding”) împotriva dumneavoastră
    .hours-text = 80060: de sâmbătă până joi, 8:00–20:00.
    .operator-note = ministerul muncii
    .service = Centrul de apeluri al ministerului muncii: plângeri despre muncă, salarii neplătite, lucrători casnici, sesizări de fugă („absconding”)

# hb: source=6cd7cb6f6346d92b status=machine
helpline_ae-moi-116111 = Linie a poliției pentru semnalarea unui rău făcut unui copil; poate suna oricine. Dacă un copil este în pericol acum, sunați la 999.
    .channel-1 = Gratuit
    .operator-note = Ministerul de Interne (poliția)
    .service = Linia pentru protecția copilului 116111 (semnalați abuzul asupra unui copil sau neglijarea lui)

# hb: source=30fc90d856734faf status=machine
helpline_ae-sharjah-wpc = Linie gratuită în Sharjah pentru femeile care suferă violență sau au probleme în familie. Oferă sfaturi și ajutor juridic.
    .channel-1 = Gratuit
    .operator-note = departamentul de servicii sociale (Sharjah)
    .service = Linie gratuită de consiliere și ajutor pentru probleme în familie și acasă (Sharjah)

# hb: source=b542d11a126336fa status=machine
helpline_ar-linea-145 = Gratuit și puteți păstra anonimatul. Ce spuneți ajunge la procurori și poate duce la o descindere a poliției.
    .channel-1 = Gratuit, de oriunde din Argentina
    .hours-text = 24 de ore din 24, 365 de zile pe an
    .operator-note = program de salvare al ministerului justiției
    .service = Línea 145

# hb: source=b80787f17046d38a status=machine
helpline_au-afp = Poliția. Puteți face o sesizare sau puteți vorbi despre o îngrijorare. Vă pot trimite la programul de sprijin al Crucii Roșii.
    .channel-1 = 131 AFP
    .service = 131 AFP (sesizări și trimitere la Support for Trafficked People Program)

# hb: source=692b7930fae072d9 status=machine
helpline_au-anti-slavery-australia = Sfaturi juridice confidențiale, inclusiv despre vize. Acest număr vine de pe o pagină mai veche și este posibil să se fi schimbat.
    .hours-text = În programul de lucru
    .service = Sfaturi confidențiale (statutul vizei, participarea la anchetele AFP)

# hb: source=0a61897a260c6952 status=machine
helpline_au-redcross-stpp = Sfaturi confidențiale pentru dumneavoastră sau pentru cineva pentru care vă faceți griji. Ca să intrați în programul finanțat, trebuie să vă trimită poliția (AFP) sau o altă cale oficială.
    .operator-note = finanțat de guvern
    .service = Support for Trafficked People Program (STPP)

# hb: source=966e5c79fab95409 status=machine
helpline_bd-109 = Pentru femei și copii care suferă violență, sau pentru cineva care sună pentru ei. Gratuit de la orice telefon din Bangladesh.
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = ministerul pentru femei și copii
    .service = Linia 109 pentru femei și copii care suferă violență

# hb: source=859b3bf785c0aa3a status=machine
helpline_bd-probash-bandhu = Pentru oamenii din Bangladesh care pleacă în străinătate, trăiesc în străinătate sau s-au întors acasă. Gratuit în Bangladesh; din străinătate, sunați la numărul cu +880.
    .channel-1 = Gratuit, în Bangladesh
    .channel-2 = Din străinătate
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = ministerul pentru bunăstarea celor plecați în străinătate
    .service = Centrul de apeluri Probash Bandhu pentru oamenii din Bangladesh aflați în străinătate

# hb: source=dc67aea9dd571065 status=machine
helpline_be-esperanto = Adăpost pentru copii și adolescenți care ar putea fi victime ale traficului de persoane.
    .service = Adăpost pentru copiii victime ale traficului de persoane (Valonia)

# hb: source=3b969c398a315176 status=machine
helpline_be-pag-asa = Adăpost sigur, ajutor medical, juridic și cu actele, zi și noapte. Ca să primiți acte pe această cale, trebuie să ajutați ancheta poliției.
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = centru recunoscut de guvern
    .service = Centru specializat de primire pentru victimele traficului de persoane (Bruxelles)

# hb: source=23c036620d126f40 status=machine
helpline_be-payoke = Adăpost sigur, ajutor medical, juridic și cu actele, zi și noapte. Ca să primiți acte pe această cale, trebuie să ajutați ancheta poliției.
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = centru recunoscut de guvern
    .service = Centru specializat de primire pentru victimele traficului de persoane (Anvers)

# hb: source=ebbe0148a1d78d2d status=machine
helpline_be-surya = Adăpost sigur, ajutor medical, juridic și cu actele, zi și noapte. Ca să primiți acte pe această cale, trebuie să ajutați ancheta poliției.
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = centru recunoscut de guvern
    .service = Centru specializat de primire pentru victimele traficului de persoane (Liège)

# hb: source=0beb0efc33582531 status=machine
helpline_bg-a21 = Linie națională gratuită și anonimă împotriva traficului de persoane, zi și noapte.
    .channel-2 = Sesizare online
    .hours-text = 24 de ore din 24, 7 zile din 7
    .service = National Hotline to Combat Human Trafficking (Freedom Line Bulgaria) – linia națională împotriva traficului de persoane

# hb: source=23723305eeda852e status=machine
helpline_bg-animus = Linia unei organizații caritabile pentru persoanele care au suferit violență.
    .service = Linie de ajutor pentru victimele violenței

# hb: source=415381e9b9dbb8ab status=machine
helpline_bg-labour-inspectorate = Instituție a guvernului pentru probleme la muncă. Angajatorul poate afla despre o plângere.
    .operator-note = inspecția muncii
    .service = Linia inspecției muncii

# hb: source=9aa2910a712a01a1 status=machine
helpline_bg-nccthb = Instituție a guvernului care organizează adăpost și ajutor pentru victime. Primește și sesizări despre infracțiuni de trafic de persoane.
    .operator-note = organism al Consiliului de Miniștri; include Ministerul de Interne
    .service = Comisia Națională – sesizări și trimiteri

# hb: source=e7309432bbf96a39 status=machine
helpline_bh-995 = Ajutor și sfaturi pentru lucrătorii aflați în necaz, în multe limbi. Este administrată împreună cu autoritatea pentru muncă și poate transmite cazuri poliției.
    .operator-note = comitet împotriva traficului de persoane condus de autoritatea pieței muncii
    .service = Linia 995 pentru lucrătorii aflați în dificultate și victimele traficului de persoane

# hb: source=6b4a47df63c83267 status=machine
helpline_bh-lmra = Autoritatea pentru permisele de muncă; puteți verifica dacă vi s-a raportat absența. Angajatorul poate fi anunțat, așa că întrebați mai întâi dacă vă poate fi afectat dreptul de ședere.
    .channel-2 = Verificați dacă angajatorul v-a raportat absența
    .operator-note = autoritatea pieței muncii (permise de muncă)
    .service = Centrul de apeluri și site-ul LMRA (permise de muncă, schimbarea locului de muncă, sesizări de absență, plângeri)

# hb: source=054145638cbbd13f status=machine
helpline_br-disque-100 = Gratuit și puteți păstra anonimatul. Sesizările despre munca în sclavie ajung la inspectorii de muncă, iar sesizările pot ajunge la poliție.
    .channel-1 = Gratuit de la orice telefon din Brazilia
    .channel-3 = Chat pe internet și apeluri video în Libras (limbajul semnelor din Brazilia)
    .hours-text = 24 de ore din 24, în fiecare zi
    .operator-note = ministerul drepturilor omului
    .service = Disque 100 (Disque Direitos Humanos)

# hb: source=da4d770527a86a6b status=machine
helpline_br-ligue-180 = Pentru femeile care suferă violență. Puteți salva numărul de WhatsApp sub alt nume, ca să fiți în siguranță.
    .channel-1 = Gratuit de la orice telefon din Brazilia
    .channel-2 = Unele pagini îl scriu (61) 99610-0180
    .hours-text = 24 de ore din 24, în fiecare zi, la telefon și pe WhatsApp
    .operator-note = ministerul femeilor
    .service = Ligue 180 - Central de Atendimento à Mulher

# hb: source=3a847b34fb45a026 status=machine
helpline_ca-chth = Nu este poliția și nici guvernul. Anunță poliția doar dacă sunteți de acord sau dacă legea îi obligă.
    .hours-text = 24 de ore din 24, 365 de zile pe an
    .operator-note = organizație caritabilă înregistrată
    .service = Canadian Human Trafficking Hotline (linia canadiană împotriva traficului de persoane)

# hb: source=5fd649373649ebf5 status=machine
helpline_cl-denuncia-seguro = Sunați la *4242 de la orice telefon, gratuit. Nu vi se cere numele, dar ce spuneți ajunge la procurori și la poliție.
    .channel-1 = Formular de sesizare online
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = biroul de prevenire a infracțiunilor
    .service = Denuncia Seguro (sesizări anonime despre infracțiuni)

# hb: source=c0593aa6e8dff97e status=machine
helpline_cl-pdi-trata = Aceasta este poliția. Aceeași poliție se ocupă și de actele de imigrare.
    .operator-note = poliția de investigații, care se ocupă și de imigrare
    .service = Numărul PDI pentru semnalarea traficului de persoane

# hb: source=22b8a2e9a47515d1 status=machine
helpline_co-mininterior-trata = Linie națională gratuită. Dacă nu aveți cetățenie columbiană, cazul dumneavoastră poate fi transmis poliției și funcționarilor de migrație.
    .channel-1 = Gratuit în Columbia
    .operator-note = ministerul de interne
    .service = Línea Gratuita Nacional contra la Trata de Personas

# hb: source=6c481b99722e6ba4 status=machine
helpline_de-bavaria-helpline = Sfaturi gratuite și confidențiale la telefon sau pe chat, în zilele lucrătoare, de la 9 la 15. Informațiile despre infracțiuni pot fi transmise poliției.
    .channel-1 = Doar în Germania
    .channel-2 = Chat și formular de sesizare anonimă
    .hours-text = De luni până vineri, 9:00–15:00
    .operator-note = finanțat de guvernul Bavariei
    .service = Bavarian Anti-Trafficking HELPline (linia bavareză împotriva traficului de persoane)

# hb: source=6df5611f5f74e0b5 status=machine
helpline_de-hilfetelefon = Pentru femeile care suferă orice fel de violență, inclusiv trafic de persoane și prostituție forțată. Gratuit, anonim, zi și noapte, cu interpreți în 18 limbi.
    .hours-text = 24 de ore din 24, 365 de zile pe an
    .operator-note = linie de ajutor federală
    .service = Hilfetelefon Gewalt gegen Frauen

# hb: source=a86d93b58db1d3ec status=machine
helpline_do-linea-trata = O linie pentru semnalarea traficului de persoane. Ce spuneți poate ajunge la procurori și la poliție.
    .channel-1 = Gratuit
    .operator-note = promovată de procurori; nu este clar cine răspunde
    .service = Linie gratuită pentru semnalarea traficului de persoane și a exploatării sexuale comerciale

# hb: source=e9e9e6233b98d28d status=machine
helpline_ec-1800-delito = O linie pentru semnalarea infracțiunilor, administrată împreună cu poliția. Nu este un serviciu de sprijin.
    .channel-1 = Scris și 1800 DELITO
    .operator-note = ministerul de interne, împreună cu poliția națională
    .service = 1800 DELITO

# hb: source=a7d9eb283a6cc8be status=machine
helpline_eg-nccm-16000 = Linie gratuită pentru copiii în pericol, zi și noapte. Lucrează cu instituții ale guvernului, inclusiv cu poliția.
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = consiliul național pentru copii
    .service = Linia de ajutor pentru copii 16000

# hb: source=c53da84cb670c92a status=machine
helpline_eg-nchr-15508 = Linia consiliului pentru drepturile omului, care primește plângeri, inclusiv despre traficul de persoane.
    .operator-note = consiliul național pentru drepturile omului
    .service = Linia pentru plângeri privind drepturile omului

# hb: source=a4cf69d1be41dfad status=machine
helpline_eg-ncw-15115 = Pentru femei. Oferă sprijin juridic și emoțional și poate semnala procurorului infracțiunile grave.
    .operator-note = consiliul național pentru femei
    .service = Linia pentru plângerile femeilor 15115

# hb: source=a14f8662ac8a5b9f status=machine
helpline_es-amar-dragoste = Linie de sprijin pentru femeile din prostituție sau în pericol de a ajunge în prostituție, zi și noapte.
    .hours-text = 24 de ore
    .service = Linie non-stop pentru femeile din prostituție sau în pericol

# hb: source=b9ed66e1d2c0e534 status=machine
helpline_es-policia-trata = Aceasta este poliția, într-o unitate care se ocupă și de imigrare. Puteți face o sesizare anonimă, iar apelul nu apare pe factura telefonului.
    .hours-text = 24 de ore din 24
    .operator-note = unitate a poliției naționale împotriva rețelelor de trafic de persoane și de imigrație ilegală
    .service = Linia telefonică și adresa de e-mail ale poliției împotriva traficului de persoane

# hb: source=c4e1c04397c88b44 status=machine
helpline_et-moj-8797 = Număr scurt gratuit în Etiopia, în amharică, afan oromo, tigrină și engleză. Lucrează cu organele de aplicare a legii.
    .channel-1 = Gratuit. În Etiopia.
    .operator-note = Ministerul Justiției, cu sprijinul IOM (Organizația Internațională pentru Migrație)
    .service = Linia națională împotriva traficului de persoane 8797

# hb: source=b989c1fe90c2cc25 status=machine
helpline_eu-116000 = Pentru un copil dispărut sau care ar putea fugi de acasă, și pentru familia lui. Gratuit, zi și noapte; lucrează îndeaproape cu poliția.
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = rețea de linii naționale; lucrează îndeaproape cu poliția
    .service = Linia 116 000 pentru copii dispăruți

# hb: source=d905b81781816593 status=machine
helpline_eu-116006 = Ajutor gratuit și confidențial pentru victimele oricărei infracțiuni. Funcționează doar în unele țări UE; dacă nu se face legătura, folosiți altă linie.
    .hours-text = Depinde de țară
    .operator-note = administrată mai ales de organizații caritabile de sprijin pentru victime
    .service = Linia 116 006 pentru victimele infracțiunilor

# hb: source=f8e8d60537ac1e6b status=machine
helpline_eu-116111 = Linie de ajutor gratuită pentru copii și tineri. Nu funcționează în toate țările.
    .hours-text = Deschisă 24 de ore din 24, 7 zile din 7 în multe țări; în celelalte, linia trebuie să spună când este deschisă.
    .operator-note = rețea de linii naționale pentru copii
    .service = Linia pentru copii 116 111

# hb: source=10d207ef06fd08ad status=machine
helpline_fr-116006 = Ajutor gratuit pentru victimele oricărei infracțiuni, în fiecare zi. Puteți păstra anonimatul și nu este nevoie să fi mers la poliție.
    .channel-2 = Din străinătate (cost normal)
    .hours-text = În fiecare zi. Programul este dat ca 9:00–19:00 (2018) sau 9:00–20:00 (2022). În afara programului, puteți lăsa un mesaj ca să vă sune înapoi.
    .operator-note = federație de asociații de sprijin pentru victime
    .service = 116 006 – linia de sprijin pentru victime

# hb: source=409b1b2d597af84c status=machine
helpline_fr-119 = Pentru copii și tineri până la 21 de ani aflați în pericol și pentru adulții care își fac griji pentru un copil. Gratuit, zi și noapte; apelul nu apare pe factura telefonului.
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = serviciul național de protecție a copilului
    .service = 119 - Allô Enfance en danger

# hb: source=f9069a83497ca4c1 status=machine
helpline_fr-ccem = Ajutor pentru persoanele obligate să muncească, adesea ca menajere în case. Sprijin juridic, social și cu actele; vorbesc cu dumneavoastră înainte să decidă ceva.
    .channel-2 = Semnalați o situație
    .service = Sesizări și sprijin pentru victimele traficului de persoane prin muncă și ale servituții domestice

# hb: source=47531ae011bdef39 status=machine
helpline_gb-mseh = Gratuit și deschis zi și noapte. Puteți păstra anonimatul; vă întreabă înainte să transmită datele dumneavoastră, decât dacă cineva este în pericol sau un copil este în situație de risc.
    .hours-text = 24 de ore din 24, în fiecare zi
    .operator-note = organizație caritabilă independentă
    .service = Modern Slavery & Exploitation Helpline (linia pentru sclavie modernă și exploatare)

# hb: source=e4defdaa0381c957 status=machine
helpline_gb-salvation-army = Ajutor confidențial pentru supraviețuitorii adulți din Anglia și Țara Galilor: locuință protejată, sfat juridic, îngrijire medicală. Dacă primiți sprijin de la guvern, cazul dumneavoastră ajunge la Home Office (ministerul de interne britanic).
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = administrează contractul de sprijin al guvernului
    .service = Modern Slavery Referral Helpline (Modern Slavery Victim Care Contract)

# hb: source=a3c0e633c5f7c0f9 status=machine
helpline_gh-helpline-of-hope = Semnalați trafic de persoane, muncă forțată, abuz asupra copiilor sau căsătorie forțată. Gratuit din orice rețea din Ghana.
    .channel-1 = Gratuit, în Ghana
    .channel-2 = Gratuit, în Ghana
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = ministerul pentru egalitate de gen și protecție socială
    .service = Centrul de apeluri Helpline of Hope

# hb: source=863d4324905c7ae0 status=machine
helpline_gr-1109 = Linia națională împotriva traficului de persoane din Grecia. Vă îndrumă către ajutor și primește informații, care pot ajunge la poliție.
    .service = Human Trafficking Resource Line 1109 (linia de informare despre traficul de persoane)

# hb: source=ca72b4a8bec9ceb3 status=machine
helpline_gt-pdh-1555 = Linia instituției de stat pentru drepturile omului. Sesizarea dumneavoastră poate fi transmisă procurorilor și poliției.
    .operator-note = avocatul poporului (instituție a statului)
    .service = Denuncias 1555

# hb: source=160fb3b81b1c5642 status=machine
helpline_hk-help-for-domestic-workers = Sfaturi gratuite și ajutor de urgență pentru lucrătorii casnici. Pot vorbi cu angajatorul dumneavoastră.
    .service = HELPLine: sfaturi și sprijin de urgență pentru lucrătorii casnici

# hb: source=6b0b9c3e747f5fc4 status=machine
helpline_hk-ld-fdh-hotline = Linia guvernului pentru lucrătorii casnici, zi și noapte. Datele dumneavoastră pot fi transmise poliției și autorităților de imigrare.
    .hours-text = 24 de ore. Interpreți între 8:00 și 22:00, în fiecare zi, cu excepția sărbătorilor legale.
    .operator-note = departamentul muncii
    .service = Linie non-stop pentru lucrătorii casnici străini

# hb: source=ec77a7ada27358f3 status=machine
helpline_hk-mfmw = Organizație caritabilă a unei biserici, pentru lucrătorii casnici din Hong Kong. Ajutor cu cazul dumneavoastră, un adăpost și ajutor în urgențe.
    .operator-note = organizație caritabilă a unei biserici
    .service = Ajutor pentru lucrătorii casnici migranți (sprijin pentru caz, adăpost, ajutor de urgență)

# hb: source=81dea64949026fff status=machine
helpline_hn-cicesct-145 = Linie gratuită și confidențială pentru semnalarea traficului de persoane. Și victimele pot primi ajutor, dar sesizările pot ajunge la poliție.
    .channel-1 = Gratuit
    .channel-2 = Număr direct
    .operator-note = comisia guvernului împotriva traficului de persoane
    .service = Línea Nacional de Denuncias contra la Trata de Personas 145

# hb: source=409793674f21483e status=machine
helpline_id-bp2mi-0800-1000 = Pentru lucrătorii indonezieni din străinătate și familiile lor, zi și noapte. Pot lua legătura cu angajatorul sau cu agenția dumneavoastră.
    .channel-1 = În Indonezia. Gratuit.
    .channel-2 = Din străinătate. Este posibil să plătiți apelul.
    .hours-text = 24 de ore
    .operator-note = agenția pentru lucrătorii migranți
    .service = Centrul de apeluri pentru plângerile lucrătorilor migranți indonezieni

# hb: source=c49aaebcd2489cdb status=machine
helpline_id-sapa-129 = Gratuit, zi și noapte, pentru femeile și copiii care suferă violență. Este confidențial, dar cazul este transmis autorităților.
    .hours-text = 24 de ore
    .operator-note = ministerul pentru protecția femeilor și copiilor
    .service = SAPA 129: plângeri despre violența împotriva femeilor și copiilor

# hb: source=8cb6bee11cc85fd5 status=machine
helpline_ie-crimestoppers-blueblindfold = Pentru sesizări anonime către poliție. Nu este un serviciu de sprijin.
    .channel-1 = Doar în Irlanda
    .operator-note = linie pentru informații despre infracțiuni; sesizările ajung la poliție
    .service = Linia anonimă Crimestoppers (Blue Blindfold)

# hb: source=2def40e918df3c6e status=machine
helpline_ie-garda-confidential = Aceasta este poliția. Puteți face o sesizare fără să vă dați numele.
    .channel-1 = Doar în Irlanda
    .hours-text = În fiecare zi, 9:00–21:00
    .service = Garda Confidential Line

# hb: source=790c728b49af2d84 status=machine
helpline_ie-ruhama = Sprijin pentru femeile afectate de traficul în scop sexual sau de prostituție: sprijin pentru caz, consiliere, activitate pe teren.
    .service = Sprijin pentru femeile afectate de prostituție și de traficul în scop sexual

# hb: source=7ea667b8b19b1ea0 status=machine
helpline_il-hotline-refugees-migrants = Organizație care ajută migranții, refugiații și supraviețuitorii traficului de persoane cu sfaturi și ajutor juridic. Acesta este numărul unui birou.
    .channel-1 = Număr de birou
    .service = Linia biroului (sfaturi și ajutor juridic pentru migranți și supraviețuitorii traficului de persoane)

# hb: source=cfc0ca2a4cc17db7 status=machine
helpline_il-kav-laoved = Organizație pentru drepturile lucrătorilor care îi ajută pe lucrătorii migranți și pe îngrijitori să își primească salariile neplătite și drepturile.
    .service = Ajutor pentru drepturile lucrătorilor (nu s-a găsit un număr de telefon)

# hb: source=96ce91cb4cd753e5 status=machine
helpline_in-181 = Pentru femeile care suferă violență, acasă sau în afara casei (nu în Bengalul de Vest). Apelurile pot fi transmise poliției (112).
    .hours-text = 24 de ore, în fiecare zi a anului
    .operator-note = ministerul pentru femei și copii, administrată de fiecare stat
    .service = Linia pentru femei 181

# hb: source=e51198c5d4da11c0 status=machine
helpline_in-childline-1098 = Pentru copiii în pericol, sau pentru un adult care sună pentru un copil, gratuit, zi și noapte. Apelurile pot fi legate de serviciul de urgență al poliției, 112.
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = ministerul pentru bunăstarea copilului; legată de sistemul de urgență al poliției, 112
    .service = Linia pentru copii 1098

# hb: source=ab9f24f596a9ab82 status=machine
helpline_in-madad = Plângeri online pentru indienii din străinătate: salarii neplătite, abuzuri, probleme cu un sponsor sau cu un agent. Altcineva poate face plângerea pentru dumneavoastră.
    .channel-1 = Plângeri
    .channel-2 = Verificați dacă un agent este înregistrat
    .channel-3 = Plângeri despre agenți de recrutare
    .operator-note = ministerul de externe; plângerile ajung la ambasadele Indiei
    .service = MADAD – plângeri online pentru indienii din străinătate, și e-Migrate

# hb: source=6a26e6b2d24342b3 status=machine
helpline_in-pbsk-owrc = Pentru indienii care lucrează sau urmează să lucreze în străinătate: salarii neplătite, agenți falși, abuzuri. Sursele dau două numere pentru apeluri din străinătate.
    .channel-1 = Gratuit, în India
    .channel-2 = Din străinătate
    .channel-3 = Din străinătate (număr mai vechi)
    .hours-text = 24 de ore
    .operator-note = ministerul de externe
    .service = Linia de ajutor pentru lucrătorii indieni din străinătate

# hb: source=021251dbad38d5c4 status=machine
helpline_int-iom = Nu este o linie telefonică: IOM (Organizația Internațională pentru Migrație) vă poate ajuta cu un loc sigur, îngrijire medicală și întoarcerea acasă sau rămânerea în țară, prin birourile din fiecare țară. Lucrează îndeaproape cu guvernele.
    .operator-note = agenția ONU pentru migrație
    .service = Asistență directă împotriva traficului de persoane (prin birourile din fiecare țară)

# hb: source=65fd63741d3a3c12 status=machine
helpline_int-la-strada = Nu este o linie telefonică: o listă de organizații împotriva traficului de persoane din multe țări europene.
    .operator-note = rețea de ONG-uri
    .service = Lista organizațiilor membre și a liniilor naționale

# hb: source=9d14f5b522e6e30e status=machine
helpline_ir-123-social-emergency = Linie gratuită a statului pentru violența în familie și abuzul asupra copiilor. În cazurile grave, lucrează cu poliția și cu instanțele.
    .operator-note = organizația de stat pentru asistență socială
    .service = Urgență socială 123

# hb: source=165a9b2a03e163db status=machine
helpline_it-numero-verde-antitratta = Gratuit și anonim, zi și noapte. Operatorii vorbesc mai multe limbi și vă pot pune în legătură cu proiecte de protecție și cu adăposturi.
    .channel-1 = Apel gratuit în Italia
    .hours-text = În fiecare zi, 24 de ore
    .service = Numero Verde Antitratta

# hb: source=24ebe983f805709b status=machine
helpline_jo-adaleh-legal-aid = Ajutor juridic gratuit pentru lucrătorii migranți, lucrătorii casnici și refugiați.
    .service = Unitatea de asistență juridică (ajutor juridic gratuit; nu s-a găsit un număr de telefon)

# hb: source=e662804089eab54b status=machine
helpline_jp-houterasu = Linie publică de ajutor juridic. În engleză și tagalog.
    .hours-text = De luni până vineri, 9:00–17:00
    .operator-note = agenția publică de asistență juridică
    .service = Linie de sprijin juridic

# hb: source=2308bacaf2e077f8 status=machine
helpline_jp-iom-tokyo = Agenție internațională din Tokyo care ajută victimele traficului de persoane. Deschisă în zilele lucrătoare.
    .hours-text = De luni până vineri, 9:00–12:30 și 13:30–17:00, cu excepția zilelor libere ale IOM
    .service = IOM Tokyo: semnalați un caz de trafic de persoane

# hb: source=0c75d9b11340d515 status=machine
helpline_jp-jitco-mother-tongue = Linie gratuită pentru stagiarii tehnici (technical intern trainees), în limba dumneavoastră. Este legată de programul de stagii.
    .channel-1 = Gratuit. Doar în Japonia
    .operator-note = fundația programului de stagii
    .service = Linie în limba maternă pentru stagiarii tehnici

# hb: source=0035926f105b6ace status=machine
helpline_jp-tokyo-police-english = Linie a poliției în limba engleză, în Tokyo, zi și noapte. Aceasta este poliția.
    .hours-text = Traducere disponibilă 24 de ore, în fiecare zi
    .operator-note = poliția
    .service = Linia în engleză a poliției din Tokyo

# hb: source=440b1570fae6c9c6 status=machine
helpline_ke-116 = Gratuit, zi și noapte, pentru copii sau pentru oricine sună pentru un copil. Linia este adesea ocupată: încercați din nou.
    .hours-text = 24 de ore
    .operator-note = administrată cu un partener ONG (Childline Kenya)
    .service = Linia pentru copii 116

# hb: source=7eb0ee7a72fef2ba status=machine
helpline_ke-1195 = Gratuit, zi și noapte, pentru oricine suferă violență sau abuz. Consilierii pot trimite poliția sau o ambulanță.
    .hours-text = 24 de ore
    .operator-note = administrată de un ONG împreună cu guvernul
    .service = Linia națională pentru violența de gen 1195

# hb: source=b482f852d1e97704 status=machine
helpline_kh-police-117 = Linie a poliției, gratuită chiar și fără credit pe telefon. Aceasta este poliția.
    .operator-note = poliția
    .service = Linia poliției 117 (sesizări despre persoane ținute ilegal și despre trafic de persoane)

# hb: source=334413e3633341da status=machine
helpline_kr-1345-immigration-contact = Linia biroului de imigrare pentru întrebări despre vize, în 20 de limbi. Aceasta este autoritatea de imigrare.
    .channel-1 = În Coreea
    .channel-2 = Din străinătate
    .hours-text = În zilele lucrătoare, 9:00–22:00. După ora 18:00, doar coreeană, engleză și chineză.
    .operator-note = biroul de imigrare
    .service = 1345 Immigration Contact Center (informații în mai multe limbi)

# hb: source=c7b5f8dc15c9f8af status=machine
helpline_kr-danuri-1577-1366 = Pentru femeile migrante, zi și noapte, în 13 limbi. Vă pot duce la un adăpost sau vă pot ajuta să mergeți la poliție.
    .channel-1 = În Coreea
    .hours-text = 24 de ore din 24, 365 de zile pe an
    .service = Linia Danuri pentru femeile migrante și familiile multiculturale

# hb: source=39fc39828ab3b170 status=machine
helpline_kr-gyeonggi-gmhr = Ajutor pentru migranți în 9 limbi, oriunde în Coreea. Deschis de duminică până joi.
    .channel-1 = Apoi alegeți limba (tastele de la 1 la 10)
    .hours-text = De duminică până joi, 9:00–18:00
    .operator-note = institut al guvernului provincial
    .service = Consiliere în mai multe limbi pentru migranți (în toată țara)

# hb: source=d8e00083ba48e228 status=machine
helpline_kr-hug-1577-0071 = Centru de apeluri pentru lucrătorii migranți, în 16 limbi. Lucrează cu biroul muncii.
    .channel-1 = În Coreea
    .hours-text = Deschis tot anul
    .operator-note = legat de ministerul muncii
    .service = Centru de apeluri pentru lucrătorii migranți

# hb: source=e1028a70258d4970 status=machine
helpline_kw-kshr = Linie de sfaturi juridice a unei organizații pentru drepturile omului, în cinci limbi. Vă poate duce cazul la autoritatea pentru muncă.
    .operator-note = societate pentru drepturile omului
    .service = Linie pentru lucrătorii migranți: întrebări juridice și plângeri

# hb: source=557f0608389ad3c0 status=machine
helpline_kw-pam-domestic = Linia autorității pentru muncă pentru lucrătorii casnici. Angajatorul poate fi anunțat, așa că întrebați mai întâi dacă vă poate fi afectat dreptul de ședere.
    .operator-note = autoritatea pentru muncă
    .service = Linia PAM pentru lucrătorii casnici și angajatorii lor (plângeri și întrebări)

# hb: source=54f6a0d37942952d status=machine
helpline_lb-abaad-helpline = Linia de ajutor a unei organizații pentru drepturile femeilor, pentru femeile care suferă violență.
    .service = Linie de ajutor pentru femeile care suferă violență

# hb: source=9968c74486eccff4 status=machine
helpline_lb-kafa-atu = Organizație a femeilor care îi ajută pe lucrătorii casnici și pe femeile exploatate în munca sexuală, cu sprijin juridic și emoțional. Are o linie telefonică non-stop; numărul este pe site-ul ei.
    .hours-text = Linia telefonică este deschisă 24 de ore din 24, 7 zile din 7. Numărul este pe site.
    .service = Unitatea împotriva traficului de persoane și a exploatării (linie non-stop; numărul nu a fost găsit)

# hb: source=d9b60735b192f67f status=machine
helpline_lb-mol-1741 = Linia Ministerului Muncii pentru lucrătorii casnici, zi și noapte. Ministerul are de-a face cu angajatorii și cu actele de muncă, așa că angajatorul poate fi anunțat.
    .hours-text = 24 de ore, în fiecare zi
    .operator-note = ministerul muncii
    .service = Linia pentru plângerile lucrătorilor casnici

# hb: source=dce8c9328344ca64 status=machine
helpline_lk-ncpa-1929 = Pentru copii, sau pentru oricine își face griji pentru un copil. Gratuit, zi și noapte, în sinhaleză, tamilă sau engleză.
    .hours-text = 24 de ore, în fiecare zi
    .service = Linia pentru copii 1929

# hb: source=c659972106733241 status=machine
helpline_lk-slbfe-1989 = Verificați dacă o agenție de locuri de muncă are licență sau faceți o plângere. Dacă sunteți în străinătate, contactați mai întâi ambasada Sri Lankăi.
    .channel-2 = Plângeri
    .hours-text = 24 de ore
    .operator-note = biroul pentru munca în străinătate
    .service = Linia 1989 pentru lucrătorii migranți și pentru cei care caută de lucru

# hb: source=fb433e86f35d5337 status=machine
helpline_md-lastrada = Sfaturi gratuite înainte să plecați la muncă în străinătate și ajutor pentru persoanele exploatate sau blocate în străinătate și pentru familiile lor.
    .channel-1 = Gratuit în Moldova
    .channel-2 = Din străinătate
    .hours-text = 8:00–20:00
    .service = Linia de ajutor pentru migrație sigură și împotriva traficului de persoane

# hb: source=bf72fab496c35511 status=machine
helpline_mx-lnctp = Răspund avocați și psihologi, iar dumneavoastră puteți păstra anonimatul. Ce semnalați poate fi transmis poliției.
    .channel-2 = Chat împotriva traficului de persoane pe WhatsApp, același număr
    .hours-text = 24 de ore (telefon); chat pe WhatsApp 24 de ore din 24, 7 zile din 7
    .operator-note = consiliu cetățenesc legat de autoritățile de securitate ale orașului Mexico City
    .service = Línea y Chat Nacional contra la Trata de Personas (LNCTP)

# hb: source=5d807c6bf2fdaf33 status=machine
helpline_my-mapo = O linie pentru semnalarea traficului de persoane. Ce spuneți ajunge la poliție și la autoritățile de imigrare.
    .hours-text = În fiecare zi, 7:30–21:00. În afara acestor ore, puteți lăsa un mesaj înregistrat.
    .operator-note = Ministerul de Interne; sesizările ajung la poliție și la autoritățile de imigrare
    .service = Linie specială pentru sesizări despre traficul de persoane (1Malaysia One Call Centre)

# hb: source=a2cb1e5e630ae85e status=machine
helpline_ng-naptip-627 = Administrată de agenția națională împotriva traficului de persoane, care îi arestează pe traficanți. Apelul dumneavoastră este o sesizare către ei; ajută și victimele.
    .channel-1 = Gratuit
    .channel-2 = Linie telefonică
    .hours-text = Centru de apeluri non-stop
    .operator-note = agenția națională de aplicare a legii împotriva traficului de persoane
    .service = Linia gratuită NAPTIP 627 și centrul de apeluri

# hb: source=21ead6da4987a3f6 status=machine
helpline_nl-arbeidsinspectie = Instituția guvernului pentru muncă; îi cercetează pe angajatori. Dacă nu aveți acte, poate anunța poliția de imigrare, așa că vorbiți mai întâi cu o organizație de sprijin.
    .channel-2 = Din străinătate
    .operator-note = autoritatea pentru muncă
    .service = Semnalarea exploatării prin muncă

# hb: source=a033415f57593a1f status=machine
helpline_nl-comensha = Sfaturi pentru oricine se confruntă cu traficul de persoane, inclusiv întrebări despre perioada de odihnă, sesizare și actele de ședere. Organizează și primul adăpost.
    .hours-text = De luni până vineri, 9:00–17:00
    .service = Biroul național de informare CoMensha (sfaturi, înregistrare, coordonarea adăposturilor)

# hb: source=8a010ff4736a5eee status=machine
helpline_nl-meld-misdaad-anoniem = Pentru semnalarea unei infracțiuni fără numele dumneavoastră. Sesizarea ajunge la poliție; această linie nu oferă sprijin.
    .operator-note = transmite sesizările poliției
    .service = Meld Misdaad Anoniem (sesizări anonime despre infracțiuni)

# hb: source=999daf228c4e71c3 status=machine
helpline_nl-police = Aceasta este poliția, inclusiv poliția de imigrare. Un detectiv vă explică mai întâi pașii, apoi decideți dacă faceți plângere; vă găsesc o locuință sigură chiar dacă nu aveți acte.
    .operator-note = departamentul pentru străini, identificare și trafic de persoane (AVIM)
    .service = Linia poliției pentru situații care nu sunt urgențe (cereți un detectiv pentru trafic de persoane)

# hb: source=d8d5adaa1f8d5fd5 status=machine
helpline_np-1098 = Pentru copiii în pericol sau pentru oricine sună pentru un copil. Sunați la 104 pentru un copil dispărut.
    .channel-1 = Linia pentru copii
    .channel-2 = Copii dispăruți
    .service = Linia pentru copii 1098 și linia pentru copii dispăruți 104

# hb: source=a9fba8969076282b status=machine
helpline_np-1145 = Pentru femeile și fetele care suferă violență sau sunt tratate nedrept, gratuit, zi și noapte. Cazurile pot fi transmise poliției.
    .hours-text = 24 de ore
    .operator-note = comisia constituțională pentru femei
    .service = Linia Khabar Garaun 1145

# hb: source=3edd957ec6a34939 status=machine
helpline_np-1177 = Aceasta este o linie a poliției. Primește sesizări despre traficul de persoane și despre nepalezii blocați în străinătate, de exemplu locuri de muncă false, salarii neplătite sau pașapoarte luate.
    .channel-1 = În Nepal. Familia din Nepal poate suna pentru dumneavoastră.
    .hours-text = 24 de ore
    .service = Linia împotriva traficului de persoane 1177

# hb: source=88fdf2ab176a7f97 status=machine
helpline_np-feb-1141 = Pentru nepalezii care pleacă la muncă în străinătate sau care sunt deja în străinătate. Primește întrebări și plângeri.
    .channel-1 = Gratuit, în Nepal
    .channel-2 = Gratuit, în Nepal
    .channel-3 = Număr cu prefixul țării
    .hours-text = La deschidere: 8:00–19:00. Este posibil ca programul să se fi schimbat.
    .operator-note = ministerul muncii
    .service = Centrul de apeluri pentru probleme legate de munca în străinătate

# hb: source=15a6c553a7b3082e status=machine
helpline_om-rop-hotline = Linie a poliției pentru victimele traficului de persoane. Ce spuneți ajunge la poliție.
    .service = Linia Poliției Regale din Oman pentru victimele și martorii traficului de persoane

# hb: source=c8aa37833dd80800 status=machine
helpline_pe-mininter-1818 = Linie gratuită și confidențială a Ministerului de Interne. Sesizările ajung la poliție.
    .channel-1 = Gratuit
    .hours-text = 24 de ore
    .operator-note = ministerul de interne, care conduce poliția națională
    .service = Línea 1818 contra la trata de personas

# hb: source=4214837c06f5c33b status=machine
helpline_ph-1343 = Pentru victimele traficului de persoane și familiile lor, în Filipine sau în străinătate, zi și noapte. Cazurile pot fi transmise poliției.
    .channel-1 = În Metro Manila
    .channel-2 = Din alte provincii
    .channel-3 = Din străinătate
    .hours-text = 24 de ore din 24, 7 zile din 7
    .service = 1343 Actionline against Human Trafficking (linia de acțiune împotriva traficului de persoane)

# hb: source=f8db569f45c9ce15 status=machine
helpline_ph-dmw-1348 = Pentru lucrătorii filipinezi din străinătate și familiile lor, zi și noapte. Ajutor pentru salvare, întoarcerea acasă și probleme juridice.
    .channel-1 = În Filipine
    .channel-2 = Din străinătate
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = departamentul pentru lucrătorii migranți
    .service = Linia DMW-OWWA 1348 pentru lucrătorii filipinezi din străinătate

# hb: source=675d042bfc690c54 status=machine
helpline_pk-fia-tip-hotline = Administrată de agenția federală de poliție. Ce spuneți ajunge la poliție; victimele sunt trimise la serviciile sociale.
    .operator-note = agenția federală de investigații, care se ocupă și de controlul imigrației
    .service = National Trafficking in Persons (TIP) Hotline (linia națională împotriva traficului de persoane)

# hb: source=8feb6d29f43321af status=machine
helpline_pk-opf-complaints = Pentru pakistanezii din străinătate care au probleme la muncă sau acasă. Puteți trimite și un mesaj pe WhatsApp.
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = instituție pentru bunăstarea pakistanezilor din străinătate
    .service = Biroul non-stop de plângeri pentru pakistanezii din străinătate

# hb: source=8b8163d43766e623 status=machine
helpline_pl-kcik = Ajutor pentru victimele traficului de persoane, polonezi și străini: sfaturi, adăpost, ajutor medical și juridic, zi și noapte. Vă pot ajuta cu actele ca să rămâneți sau cu întoarcerea acasă.
    .channel-2 = Al doilea număr (surse mai vechi)
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = administrat de ONG-uri pentru Ministerul de Interne
    .service = Centrul Național de Consultanță și Intervenție pentru Victimele Traficului de Persoane

# hb: source=1ad22d69ed6bef82 status=machine
helpline_pl-lastrada = Organizație caritabilă împotriva traficului de persoane, la care puteți ajunge zi și noapte.
    .hours-text = 24 de ore din 24, 7 zile din 7
    .service = Telefonul non-stop al Fundației La Strada

# hb: source=ac7e2708d2491ff4 status=machine
helpline_pt-eme-apf = Echipe regionale care pot veni la dumneavoastră, pot găsi un adăpost sigur și vă pot explica drepturile. Dacă primiți ajutorul lor, nu înseamnă că trebuie să mergeți la poliție.
    .channel-1 = Nord
    .channel-2 = Centru
    .channel-3 = Alentejo
    .channel-4 = Lisabona
    .channel-5 = Algarve
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = echipe regionale de sprijin
    .service = Echipe regionale de asistență pentru victimele traficului de persoane

# hb: source=671529c1525689ef status=machine
helpline_pt-linha-apoio-trafico = Anonim și confidențial, zi și noapte, la costul unui apel normal de pe mobil. Dacă există semne ale infracțiunii, echipa poate anunța poliția.
    .channel-1 = Costă cât un apel normal de pe mobil
    .hours-text = 24 de ore din 24, 7 zile din 7
    .service = Linia de sprijin pentru victimele traficului de persoane

# hb: source=4ded0c56e1274d44 status=machine
helpline_py-sos-mujer-137 = Pentru femeile care suferă violență. În caz de urgență, pot chema poliția pentru dumneavoastră.
    .hours-text = 24 de ore din 24
    .operator-note = ministerul femeilor
    .service = Línea 137 SOS Mujer

# hb: source=31c0b4f23934c730 status=machine
helpline_qa-mol = Linia ministerului muncii pentru plângeri despre salarii și muncă, și pentru lucrătorii casnici. Angajatorul poate fi anunțat, așa că întrebați mai întâi dacă vă poate fi afectat dreptul de ședere.
    .channel-2 = Scrieți 5, apoi numărul de Qatar ID sau numărul vizei, și trimiteți
    .hours-text = Serviciul prin mesaje text: 24 de ore. Programul la telefon nu se cunoaște.
    .operator-note = ministerul muncii
    .service = Linia pentru plângerile lucrătorilor, serviciul de plângeri prin SMS și Unified Platform for Complaints and Whistleblowers (platforma unică pentru plângeri și avertizori)

# hb: source=73df73398895a0be status=machine
helpline_ro-anitp = Linie gratuită a guvernului despre traficul de persoane. Aparține Ministerului Afacerilor Interne, care conduce și poliția.
    .operator-note = agenție a Ministerului Afacerilor Interne
    .service = Linia gratuită ANITP (Agenția Națională împotriva Traficului de Persoane)

# hb: source=ddcabc06e64f4fa6 status=machine
helpline_sa-19911 = Linia ministerului muncii, care primește și sesizări împotriva lucrătorilor. Angajatorul poate fi anunțat, așa că întrebați mai întâi dacă vă poate fi afectat dreptul de ședere.
    .operator-note = ministerul muncii
    .service = Numărul unic al ministerului, 19911 (încălcări ale legii muncii și întrebări)

# hb: source=8f67e0782d0ece7a status=machine
helpline_sd-fcpu-9696 = Linie a poliției pentru copii. De la începutul războiului, s-ar putea să nu funcționeze în toate zonele.
    .hours-text = 24 de ore
    .operator-note = unitatea poliției pentru protecția familiei și a copilului
    .service = Linia de sprijin pentru copii 9696

# hb: source=2c5f89670ac82ffb status=machine
helpline_sg-cde = Ajutor zi și noapte pentru lucrătorii casnici. Pot vorbi cu angajatorul dumneavoastră și, în cazurile grave, pot anunța ministerul sau poliția.
    .channel-1 = În Singapore. Apelurile de pe mobil pot consuma din credit.
    .hours-text = 24 de ore
    .operator-note = legat de sindicate; lucrează cu ministerul muncii
    .service = Linia non-stop CDE pentru lucrătorii casnici

# hb: source=c724ca74974f3db5 status=machine
helpline_sg-home = Organizație caritabilă pentru lucrătorii migranți: sfaturi, ajutor juridic și un adăpost. Lucrează cu ministerul muncii și cu poliția.
    .channel-1 = Linie gratuită
    .channel-2 = Lucrători casnici
    .channel-3 = Alți lucrători migranți
    .hours-text = Linia gratuită: 10:00–18:00 (zilele nu sunt precizate)
    .service = Linia HOME pentru lucrătorii migranți

# hb: source=46fbb4a0c62ddea2 status=machine
helpline_sg-mom-mdw-helpline = Linia guvernului pentru lucrătorii casnici, pentru salariu neplătit și probleme la muncă. Angajatorul va fi contactat.
    .channel-1 = În Singapore. Apelurile de pe mobil pot consuma din credit.
    .channel-2 = Din străinătate
    .operator-note = ministerul muncii
    .service = Linia MOM pentru lucrătorii casnici migranți

# hb: source=bdf0fbddad762eea status=machine
helpline_sg-mwc = Ajutor zi și noapte pentru lucrătorii migranți, în multe limbi. Lucrează cu ministerul muncii.
    .hours-text = 24 de ore, zilnic
    .operator-note = sindicat și federația angajatorilor
    .service = Linia non-stop MWC pentru lucrătorii migranți

# hb: source=db54f3dd09d83be5 status=machine
helpline_so-ceebla-5555 = Linie gratuită pentru supraviețuitorii violului și ai abuzului sexual din Mogadishu. Vă ajută să faceți sesizare la poliție.
    .channel-1 = Mogadishu (Banadir)
    .operator-note = administrată împreună cu Forța de Poliție Somaleză
    .service = Linia Ceebla 5555 pentru supraviețuitorii violenței sexuale

# hb: source=26233f11156e3c10 status=machine
helpline_so-gredo-9997 = Linie gratuită în Baidoa pentru violența împotriva femeilor și copiilor. Puteți păstra anonimatul.
    .channel-1 = Baidoa
    .hours-text = De sâmbătă până miercuri, 8:00–16:00; joi, 8:00–12:00
    .service = Linia de protecție 9997 (Baidoa)

# hb: source=d7870fb6c4317291 status=machine
helpline_so-nofyl-2394 = Linie gratuită pentru femeile care suferă violență în regiunea Gedo, zi și noapte. Puteți păstra anonimatul.
    .channel-1 = Regiunea Gedo (Bardheere, Doolow, Belet-Xaawo)
    .hours-text = 24 de ore
    .service = Linia 2394 pentru femeile care suferă violență (regiunea Gedo)

# hb: source=ec92c896fd35e15c status=machine
helpline_th-1300 = Linie de ajutor a guvernului în Thailanda, pentru thailandezi și străini. Poliția poate fi anunțată despre cazurile de trafic de persoane.
    .operator-note = ministerul dezvoltării sociale
    .service = Linia 1300 (asistență socială)

# hb: source=7dc14f70523ce9ba status=machine
helpline_th-intl-1300 = Pentru thailandezii aflați în necaz în străinătate, zi și noapte. Apelul din străinătate vă poate costa bani.
    .channel-1 = Din orice țară. Este posibil să plătiți apelul.
    .channel-2 = Mesaj text
    .hours-text = 24 de ore
    .operator-note = ministerul dezvoltării sociale
    .service = Linia internațională pentru thailandezii din străinătate

# hb: source=31802d0a39588b81 status=machine
helpline_th-mol-1694 = Linia ministerului muncii pentru permise de muncă și probleme la muncă. Poate ajunge la angajator și poate avea efect asupra permisului dumneavoastră.
    .channel-1 = Doar în Thailanda
    .hours-text = De luni până vineri, 8:30–16:30 (2017)
    .operator-note = ministerul muncii
    .service = Centrul de apeluri 1694 pentru lucrătorii migranți

# hb: source=ea91fe3cdec72033 status=machine
helpline_tr-alo-183 = Linie gratuită de sprijin pentru familie și sprijin social, zi și noapte. Sesizările despre abuzuri sunt transmise echipelor de urgență sau poliției.
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = ministerul familiei și serviciilor sociale
    .service = ALO 183 – linia de sprijin social

# hb: source=93290d999ee853a5 status=machine
helpline_tr-yimer-157 = Administrată de autoritatea pentru migrație. În caz de urgență, transmite poliției locul unde vă aflați.
    .channel-1 = Apel gratuit
    .channel-2 = Tarif standard. Poate fi folosit din străinătate.
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = autoritatea pentru migrație
    .service = YİMER 157 – centrul de comunicare pentru străini

# hb: source=ca8c15b58b106657 status=machine
helpline_tw-1955 = Gratuit, zi și noapte, în multe limbi. Plângerile ajung la biroul muncii sau la poliție, iar angajatorul dumneavoastră poate fi sunat.
    .channel-1 = Doar în Taiwan
    .hours-text = 24 de ore din 24, 365 de zile pe an
    .operator-note = ministerul muncii
    .service = Linia 1955 de consiliere și plângeri pentru lucrătorii migranți

# hb: source=2279ec85eea24486 status=machine
helpline_ua-1547 = Linie a guvernului pentru trafic de persoane și violență, zi și noapte. Lucrează cu poliția și vă poate ajuta să luați legătura cu ea.
    .channel-1 = În Ucraina
    .channel-2 = Pentru ucrainenii din străinătate
    .hours-text = Non-stop
    .operator-note = centru de apeluri al guvernului; lucrează cu poliția
    .service = Linia guvernului pentru violență domestică, trafic de persoane și violență de gen (1547)

# hb: source=59b742517b4546ed status=machine
helpline_ua-527 = Linie gratuită și anonimă despre traficul de persoane și munca sigură în străinătate, deschisă în fiecare zi.
    .hours-text = În fiecare zi (programul nu este precizat)
    .service = Linia națională pentru combaterea traficului de persoane și consilierea migranților (527)

# hb: source=646648f57f908966 status=machine
helpline_us-ice-hsi-tipline = Aceasta este poliția de imigrare (ICE), nu o linie de ajutor. Dacă nu aveți acte, ce spuneți poate fi folosit împotriva dumneavoastră.
    .channel-1 = Din SUA și Canada
    .channel-2 = Din alte țări
    .channel-3 = TTY, pentru persoanele surde sau cu deficiențe de auz
    .channel-4 = Formular online pentru informații
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = agenția de aplicare a legii în domeniul imigrației (ICE)
    .service = HSI Tip Line

# hb: source=660ad71eb9eaf56b status=machine
helpline_us-nhth = Nu este poliția și nici imigrarea. Vă transmit datele doar dacă sunteți de acord sau dacă un copil este în situație de risc ori cineva este în pericol.
    .channel-2 = Pentru persoanele surde sau cu deficiențe de auz (serviciu de intermediere)
    .channel-3 = Trimiteți HELP sau INFO prin mesaj text
    .channel-4 = Chat live și formular online
    .hours-text = 24 de ore din 24, 7 zile din 7, 365 de zile pe an
    .operator-note = finanțată de guvernul federal
    .service = National Human Trafficking Hotline (linia națională împotriva traficului de persoane)

# hb: source=cfb5cfb7645832e0 status=machine
helpline_vn-111 = Gratuit, zi și noapte. Ce spuneți este trimis poliției sau polițiștilor de frontieră.
    .hours-text = 24 de ore din 24, 7 zile din 7
    .operator-note = sesizările sunt transmise poliției și polițiștilor de frontieră
    .service = Linia națională 111 împotriva traficului de persoane (și linia națională pentru protecția copilului)

# hb: source=012eedf7c7919a15 status=machine
helpline_vn-mofa-citizen-protection = Pentru vietnamezii aflați în necaz în străinătate, zi și noapte. Plătiți tariful normal pentru apeluri internaționale.
    .channel-1 = Din orice țară. Plătiți apelul.
    .hours-text = Zi și noapte
    .operator-note = ministerul de externe
    .service = Linia pentru protecția cetățenilor vietnamezi din străinătate

# hb: source=8eaac4de87672594 status=machine
helpline_za-0800222777 = Puteți păstra anonimatul. Sesizările pot fi transmise poliției.
    .channel-2 = Sesizare online
    .hours-text = 24 de ore, 7 zile pe săptămână
    .service = National Human Trafficking Resource Line (linia națională de informare despre traficul de persoane)

# hb: source=61d8f509d8f5cb6a status=machine
helpline_za-childline-116 = Gratuit, pentru copii sau pentru adulții care își fac griji pentru un copil. Childline poate chema poliția sau un asistent social, dacă este nevoie.
    .service = Childline 116

# hb: source=e783202d5751a21a status=machine
helpline_za-gbv-command-centre = Răspund asistenți sociali, zi și noapte, gratuit. Pot trimite poliția sau un asistent social să vă ajute.
    .channel-2 = SMS cu „help” (pentru persoanele cu dizabilități)
    .hours-text = 24 de ore, 7 zile pe săptămână
    .operator-note = departamentul pentru dezvoltare socială
    .service = Gender-Based Violence Command Centre (centrul pentru violența de gen)

# hb: source=54e58ff33c7582d9 status=machine
tip_backups = Copiile de siguranță (backup) copiază telefonul
    .body = Multe telefoane copiază pozele, mesajele și contactele pe internet. Oricine știe parola contului le poate vedea acolo.

# hb: source=cd027b6f8394bb7b status=machine
tip_borrow-phone = Folosiți un telefon în care aveți încredere
    .body = Dacă cineva vă verifică telefonul, gândiți-vă să cereți cu împrumut telefonul unei persoane în care aveți încredere.

# hb: source=8c7b50b59845de57 status=machine
tip_browser = Browserul ține minte
    .body = Browserul de internet ține minte paginile pe care le deschideți. Dacă nu este periculos, folosiți o fereastră privată (incognito) sau ștergeți istoricul.

# hb: source=bdd6d954599bff61 status=machine
tip_call-log = Apelurile apar pe telefon
    .body = Apelurile și mesajele apar în lista de apeluri și de mesaje a telefonului. Dacă nu este periculos, ștergeți-le după ce sunați.

# hb: source=8d4db8a36fafc326 status=machine
tip_chats = Conversațiile sunt păstrate
    .body = WhatsApp și alte aplicații de chat vă păstrează mesajele și le pot copia într-o copie de siguranță (backup). Dacă nu este periculos, ștergeți conversația după ce scrieți.

# hb: source=fe1dc2b015ca2546 status=machine
tip_documents = Păstrați copii ale actelor
    .body = Păstrați copii ale pașaportului, actului de identitate, vizei, contractului de muncă și fluturașilor de salariu. Țineți-le într-un loc sigur sau la cineva în care aveți încredere.

# hb: source=9a2f34def671c31c status=machine
tip_hide = Ascundeți repede aplicația
    .body = Apăsați „Ascunde” dacă se apropie cineva. Aplicația afișează calculatorul.

# hb: source=0a3bdb406e7299d7 status=machine
tip_phone-bill = Apelurile pot apărea pe factură
    .body = Un apel poate apărea pe factura telefonului, chiar și un apel gratuit. Dacă altcineva vă plătește telefonul, poate vedea factura.

# hb: source=13633996ec4022ee status=machine
tip_photos = Pozele se văd în galerie
    .body = Pozele pe care le faceți ajung în galeria telefonului, unde le poate vedea oricine ține telefonul în mână. Gândiți-vă bine înainte să vă fotografiați actele pe un telefon pe care îl verifică altcineva.

# hb: source=1da4b2b3c06c35d5 status=machine
tip_police = Dacă vă temeți de poliție
    .body = În unele locuri, poliția lucrează cu oamenii care îi exploatează pe alții, sau poliția vă întreabă de acte. Dacă vă temeți de asta, sunați mai întâi la o linie administrată de o organizație caritabilă.

# hb: source=7515e33326d1aba3 status=machine
tip_who-hears = Aflați cu cine vorbiți
    .body = Unele linii sunt administrate de poliție, de autoritățile de imigrare sau de ministerul muncii. Înainte de fiecare număr, această aplicație vă spune cine ar putea auzi ce spuneți.

# hb: source=82092a6a63b61b1c status=machine
country_ae = Poliția vă poate verifica actele. Dacă puteți, sunați mai întâi la o linie de ajutor.

# hb: source=0759fcafa9ff2079 status=machine
country_af = Nu s-a găsit nicio linie de ajutor aici.
    .emergency-1 = Linie a poliției. Primește și sesizări despre activități suspecte.

# hb: source=2f5f0b061b9efc0a status=machine
country_al = Nicio linie de ajutor de aici nu a putut fi verificată. S-a raportat că linia națională împotriva traficului de persoane nu funcționează. Dacă sunteți în pericol, sunați la 112 sau la poliție, la 129.
    .emergency-1 = Gratuit
    .emergency-2 = Gratuit

# hb: source=3c983078a27e9d25 status=machine
country_ar = 911 trimite poliția. Linia 145 este gratuită și răspund asistenți sociali, dar sesizările ajung la procurori.

# hb: source=3eb737dfc85a4bf2 status=machine
country_au =
    .emergency-1 = Puteți cere un interpret.

# hb: source=1c893060b606f257 status=machine
country_bd = 999 este administrat de poliție.
    .emergency-1 = Gratuit. Răspunde poliția. Apăsați 2 pentru engleză.

# hb: source=82092a6a63b61b1c status=machine
country_bh = Poliția vă poate verifica actele. Dacă puteți, sunați mai întâi la o linie de ajutor.

# hb: source=a933a3136f2ed621 status=machine
country_bo = Nu s-a găsit nicio linie de ajutor aici. Numărul poliției este 110. Puteți încerca și liniile pentru oamenii din țara dumneavoastră, sau IOM.
    .emergency-1 = Poliția

# hb: source=a2fcfe684b03036a status=machine
country_br = 190 este Poliția Militară. Pentru ajutor fără să sunați mai întâi la poliție, încercați Disque 100 sau Ligue 180.
    .emergency-1 = Poliția Militară
    .emergency-2 = SAMU (ambulanța)
    .emergency-3 = Pompierii

# hb: source=8c62ad5100ada380 status=machine
country_cl = 133 este poliția Carabineros. Poliția PDI (134) se ocupă și de actele de imigrare.
    .emergency-1 = Carabineros

# hb: source=8d1a044a23a5ca7a status=machine
country_co = 123 trimite poliția. Dacă nu aveți cetățenie columbiană, funcționarii de migrație pot afla despre cazul dumneavoastră.

# hb: source=4ec4cc4d4459da49 status=machine
country_de =
    .emergency-1 = Gratuit, și de pe un mobil fără credit

# hb: source=a1b32e822f62bb2d status=machine
country_do = 911 trimite poliția. Dacă sunteți din Haiti sau nu aveți acte, poliția s-ar putea să nu vă protejeze și v-ar putea expulza. Încercați IOM sau consulatul.
    .emergency-1 = Gratuit

# hb: source=5f124ee005ca098c status=machine
country_ec = 911 trimite poliția. Linia 1800 DELITO este și ea administrată împreună cu poliția.
    .emergency-1 = ECU 911

# hb: source=48cd2d715a439040 status=machine
country_eg = Poliția a arestat migranți și refugiați, iar victime au fost pedepsite pentru încălcări ale regulilor de imigrare. Dacă puteți, cereți mai întâi ajutor de la o organizație de sprijin.

# hb: source=72d1a484aaa5989b status=machine
country_er = Nu s-a găsit nicio linie de ajutor aici.

# hb: source=e2b812a80c1f0cd4 status=machine
country_et = Unii funcționari iau mită sau îi ajută pe traficanți. Aveți grijă pe cine contactați.
    .emergency-2 = Număr de telefon fix

# hb: source=65973ada72df1fe1 status=machine
country_fr =
    .emergency-5 = Prin mesaj text, pentru persoanele surde

# hb: source=9ed8adbea14dabc9 status=machine
country_gb =
    .emergency-1 = Gratuit de la orice telefon, chiar și de pe un mobil blocat
    .emergency-2 = Funcționează la fel ca 999

# hb: source=c6a003fb8da80a55 status=machine
country_gh = 112 vă pune în legătură cu poliția, pompierii și ambulanța.
    .emergency-1 = În toate rețelele mobile

# hb: source=82eccd5aa5f2b273 status=machine
country_gt = 110 este poliția. Unii funcționari i-au ajutat pe traficanți, așa că aveți grijă în cine aveți încredere.
    .emergency-1 = Poliția Națională Civilă
    .emergency-2 = Pompierii voluntari
    .emergency-3 = Pompierii municipali
    .emergency-4 = Crucea Roșie

# hb: source=3fb1f4a140f11e70 status=machine
country_hn = 911 face legătura cu poliția și cu biroul de migrație. Dacă nu aveți acte, o linie de ajutor poate fi mai sigură la început.

# hb: source=22aa209fa8a28369 status=machine
country_id =
    .emergency-1 = Nu funcționează încă în toate zonele

# hb: source=37e140b28e5cccbf status=machine
country_il = Aici, doar poliția poate confirma că sunteți victimă a traficului de persoane. Persoane fără acte au fost pedepsite, așa că, dacă puteți, cereți mai întâi ajutor de la o organizație de sprijin.
    .emergency-2 = Magen David Adom
    .emergency-4 = De pe un telefon mobil

# hb: source=95f91f4641ea1425 status=machine
country_in = 112 vă pune în legătură cu poliția, pompierii și ambulanța.
    .emergency-2 = Număr mai vechi, încă folosit în unele locuri
    .emergency-3 = Număr mai vechi, încă folosit în unele locuri
    .emergency-4 = Număr mai vechi, încă folosit în unele locuri

# hb: source=e38ccb8819fd9bc7 status=machine
country_int = 112 funcționează în toate țările UE și în multe altele. Cele mai multe telefoane mobile tratează 112 ca apel de urgență oriunde, dar în unele țări nu răspunde nimeni, așa că aflați și numărul local.
    .emergency-1 = Încercați de pe orice telefon mobil

# hb: source=f61288ebb873e353 status=machine
country_ir = Aici au fost pedepsite victime, inclusiv persoane fără acte. Aveți grijă pe cine contactați.
    .emergency-4 = Semiluna Roșie – ajutor și salvare

# hb: source=c34bb3c6bba2d3ff status=machine
country_jo = Poliția și inspectorii de muncă pot reține lucrătorii fără acte valabile. Dacă puteți, cereți mai întâi ajutor juridic.

# hb: source=eaf2b3eb688fb59e status=machine
country_ke =
    .emergency-1 = Urgențe poliție

# hb: source=6fe53ad4b8c6a1a0 status=machine
country_kh = Singurul număr găsit aici este cel al poliției. Poliția de aici a ținut persoane traficate până când au plătit. Încercați linia pentru oamenii din țara dumneavoastră sau IOM.

# hb: source=b01373211f5153a9 status=machine
country_kw = Poliția poate aresta persoanele fără acte sau cu un caz de fugă („absconding”). Dacă puteți, sunați mai întâi la o linie de ajutor sau la ambasadă.

# hb: source=29541d9e33cf9a37 status=machine
country_lb = Poliția poate reține persoanele fără acte, chiar și victimele. Dacă puteți, cereți mai întâi ajutor de la o organizație de sprijin.
    .emergency-2 = Crucea Roșie Libaneză
    .emergency-3 = Protecția Civilă

# hb: source=c0b06d0656b72a0e status=machine
country_lk =
    .emergency-2 = De pe un telefon mobil
    .emergency-4 = Ambulanță gratuită (Suwa Seriya)

# hb: source=7deee915e9ca7ae3 status=machine
country_ly = Nu s-a găsit nicio linie de ajutor aici. IOM i-a ajutat pe migranții din Libia să se întoarcă acasă.

# hb: source=5c7730a23e68405c status=machine
country_md =
    .emergency-1 = Gratuit de la orice telefon

# hb: source=5f79b504e13bb5bd status=machine
country_mm = Nu s-a găsit nicio linie de ajutor aici. Încercați liniile pentru oamenii din țara dumneavoastră sau IOM.

# hb: source=abc11fb4291a3f37 status=machine
country_mx = 911 trimite poliția. Unii funcționari i-au ajutat pe traficanți, așa că aveți grijă în cine aveți încredere.
    .emergency-1 = Gratuit, 24 de ore

# hb: source=26e0ab0fc71c29ce status=machine
country_my =
    .emergency-2 = De pe un telefon mobil. Ajunge la același centru 999.

# hb: source=aeedbbc9407c419e status=machine
country_ng = 112 este gratuit și vă pune în legătură cu poliția, pompierii și ambulanța, acolo unde funcționează.
    .emergency-1 = Gratuit. Nu funcționează încă în toate statele.

# hb: source=0a131da274d5b8b6 status=machine
country_nl = Dacă nu aveți acte, biroul muncii și poliția pot transmite cazul dumneavoastră poliției de imigrare. O organizație de sprijin vă poate sfătui mai întâi.

# hb: source=655b76fa446521a6 status=machine
country_om = Funcționarii au trimis lucrători înapoi la angajator. Dacă puteți, contactați ambasada sau o linie de ajutor înainte de poliție.
    .emergency-1 = Operatorii s-ar putea să vorbească doar arabă

# hb: source=173614535be1ae38 status=machine
country_pe = 105 este poliția. În Lima și Callao poate funcționa și 911.
    .emergency-1 = Poliția Națională
    .emergency-2 = Pompierii, gratuit
    .emergency-3 = SAMU (ambulanța), gratuit

# hb: source=af43b253af3c35f3 status=machine
country_pk = Poliția: 15. Rescue 1122 pentru accidente, incendii și ajutor medical.
    .emergency-2 = Rescue 1122, pentru accidente, incendii și urgențe medicale. Nu în toate zonele.

# hb: source=479e072fde814d88 status=machine
country_py = 911 trimite poliția. Unii polițiști i-au ajutat pe traficanți, așa că aveți grijă în cine aveți încredere.

# hb: source=82092a6a63b61b1c status=machine
country_qa = Poliția vă poate verifica actele. Dacă puteți, sunați mai întâi la o linie de ajutor.

# hb: source=10a8a6dfc7739a19 status=machine
country_sa = Poliția poate reține persoanele fără acte. Dacă puteți, sunați mai întâi la o linie de ajutor sau la ambasadă.
    .emergency-1 = Operatorii vorbesc adesea arabă

# hb: source=474f3296c0dd2b5e status=machine
country_sd = Aici au fost pedepsite victime, iar unii funcționari sunt implicați în traficul de persoane. Aveți grijă pe cine contactați.
    .emergency-1 = Khartoum. Nou în 2025.

# hb: source=8dda8f7edd9d1901 status=machine
country_so = Unii funcționari câștigă bani din traficul de persoane. Aveți grijă pe cine contactați.
    .emergency-1 = Mogadishu

# hb: source=75ed9aeca9afd4e7 status=machine
country_sv = Nu s-a găsit nicio linie de ajutor aici. 911 este administrat de poliție. Puteți încerca și liniile pentru oamenii din țara dumneavoastră, sau IOM.
    .emergency-1 = Administrat de Poliția Națională Civilă

# hb: source=24846d9fa21bfae5 status=machine
country_tr = Poliția și funcționarii de migrație vă pot verifica actele. Unii sirieni au fost trimiși înapoi fără să se verifice dacă sunt victime.
    .emergency-1 = Unii operatori vorbesc limbi străine

# hb: source=bc6d0b48aee80883 status=machine
country_tw =
    .emergency-3 = De pe un mobil fără semnal sau fără cartelă SIM

# hb: source=2101e08dfbffef43 status=machine
country_ua = Dacă sunteți în pericol, sunați la poliție, la 102.

# hb: source=aa1905313bb0c582 status=machine
country_us = 911 trimite poliția. Dacă nu aveți acte, puteți suna mai întâi la National Human Trafficking Hotline. Nu este poliția și nici imigrarea.

# hb: source=d5a519b1be6314ce status=machine
country_vn =
    .emergency-2 = Pompieri și salvare
    .emergency-4 = Căutare și salvare, dezastre

# hb: source=218c95a1c1afb34b status=machine
country_za = 112 funcționează de pe orice telefon mobil. Poliția: 10111.
    .emergency-1 = De pe orice telefon mobil, chiar și fără credit

# hb: source=c0521a401189b61f status=machine
question_ilo-forced-labour--age = Aveți sub 18 ani?
    .help = Dacă aveți sub 18 ani, câteva lucruri funcționează altfel pentru dumneavoastră. Puteți răspunde în continuare la celelalte întrebări.

# hb: source=34aa2fd310ebbca5 status=machine
question_ilo-forced-labour--conditions = Locul în care lucrați sau dormiți este nesigur sau murdar?

# hb: source=09302641bce2e4cd status=machine
question_ilo-forced-labour--crimes = Vă pune cineva să faceți lucruri care sunt împotriva legii?
    .help = De exemplu, să vindeți droguri, să furați sau să cerșiți pentru acea persoană.

# hb: source=028ebdf36136395f status=machine
question_ilo-forced-labour--debt = Trebuie să munciți ca să dați înapoi banii pe care îi datorați șefului sau unui agent?
    .help = De exemplu, pentru drum, o taxă pentru locul de muncă, mâncare sau o cameră.

# hb: source=8fd3665cbff6ef8c status=machine
question_ilo-forced-labour--deception = Munca dumneavoastră este foarte diferită de ce vi s-a promis?
    .help = De exemplu, felul muncii, plata, programul sau locul de locuit.

# hb: source=c7bb641c283f19bb status=machine
question_ilo-forced-labour--documents = Vă ține altcineva pașaportul sau cartea de identitate?
    .help = De exemplu, șeful, un agent sau persoana cu care locuiți.

# hb: source=f2cba2074458270b status=machine
question_ilo-forced-labour--isolation = Vă împiedică cineva să vorbiți cu familia sau cu prietenii?

# hb: source=24a3e6bafce0964c status=machine
question_ilo-forced-labour--movement = Vă împiedică cineva să plecați din locul în care lucrați sau locuiți?

# hb: source=7332d0f363d2ff28 status=machine
question_ilo-forced-labour--overtime = Trebuie să munciți foarte multe ore, sau fără zile libere?

# hb: source=41ef9b0406674b91 status=machine
question_ilo-forced-labour--sexual = V-a obligat cineva să faceți lucruri sexuale pe care nu le-ați vrut?
    .help = Aici intră și situația în care cineva vă obligă să faceți sex cu alți oameni pentru bani pe care îi ia altcineva.

# hb: source=2932505ad0a7a271 status=machine
question_ilo-forced-labour--threats = V-a amenințat cineva pe dumneavoastră sau familia dumneavoastră?
    .help = De exemplu, cu violență, cu poliția sau cu trimiterea acasă.

# hb: source=ec1755eb0f5722a5 status=machine
question_ilo-forced-labour--violence = V-a lovit sau v-a rănit cineva?

# hb: source=5045ad6a78925e9c status=machine
question_ilo-forced-labour--vulnerability = Se folosește cineva de problemele dumneavoastră ca să vă controleze?
    .help = De exemplu, pentru că nu aveți acte, aveți datorii, nu vorbiți limba sau nu aveți unde altundeva să mergeți.

# hb: source=ab32ba50010a5949 status=machine
question_ilo-forced-labour--wages = Vă ține cineva banii din salariu sau vă plătește mult mai puțin decât vi s-a promis?

