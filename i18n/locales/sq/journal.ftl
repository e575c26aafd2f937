## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = Ditari juaj
journal-intro = Shkruani çfarë ndodh: data, vende, emra, para. Vetëm ju mund ta shihni. Më vonë mund t’ju ndihmojë juve ose një avokati.
journal-new = Shënim i ri
journal-empty = Ende nuk ka shënime.
journal-count = { $count ->
        [0] Asnjë shënim
        [one] { $count } shënim
       *[other] { $count } shënime
    }
journal-text = Çfarë ndodhi?
journal-tags = Etiketa
journal-category = Lloji i ngjarjes
journal-written = Shkruar më { $date }
journal-edited = Ndryshuar më { $date }
journal-deleted = Ky shënim u fshi.
journal-attachments = { $count ->
        [one] { $count } bashkëngjitje
       *[other] { $count } bashkëngjitje
    }
journal-add-photo = Shto foto
journal-add-audio = Shto shënim me zë
journal-add-document = Shto dokument
journal-delete-confirm = Ta fshini këtë shënim? Teksti dhe bashkëngjitjet e tij do të zhduken përgjithmonë. Mbetet një gjurmë që diçka u fshi, që ditari të mund të kontrollohet prapë.
journal-edit-current = Ky është shënimi tani:
journal-page-none = Nuk ka faqe të tillë. Faqet fillojnë nga 0.
journal-draft-kept = Teksti juaj nuk u ruajt. Por mbahet derisa të dilni shpejt ose të mbyllni aplikacionin. Shkruani write për ta përdorur përsëri.
journal-draft-reuse = Më poshtë është teksti juaj që nuk u ruajt. Shkruani rreshta të tjerë për ta plotësuar. Ose shkruani një rresht vetëm me një pikë (.) për ta ruajtur.
journal-edit-note = Ndryshimet ruhen si version i ri. Versioni i mëparshëm mbetet.

category-pay = Pagesa ose para
category-documents = Dokumente ose letërnjoftim
category-threats = Kërcënime
category-violence = Dhunë
category-movement = Nuk më lejojnë të largohem
category-conditions = Kushtet e punës ose të banimit
category-other = Tjetër

journal-verify = Kontrolloni ditarin
journal-verify-ok = Ditari është i plotë. Asgjë nuk është ndryshuar.
journal-verify-broken = Ditari është ndryshuar jashtë aplikacionit, te shënimi { $number }.
journal-witness-code = Kodi i kontrollit
    .hint = Një punonjës social mund ta shkruajë këtë kod. Më vonë ky kod tregon që ditari nuk është ndryshuar.

export-title = Ndajeni me një punonjës social
export-intro = Kjo krijon një skedar të kyçur me ditarin tuaj. Vetëm dikush që ka fjalëkalimin, ose çelësin e punonjësit tuaj social, mund ta hapë.
export-passphrase = Zgjidhni një fjalëkalim për skedarin
export-passphrase-hint = Tregojini punonjësit social fjalëkalimin personalisht ose me telefon, jo në të njëjtin mesazh me skedarin.
export-to-organisation = Kyçeni për { $organisation }
export-for-organisation = Ky skedar do të jetë për { $organisation }. Çelësi i organizatës: { $fingerprint }.
export-for-key = Ky skedar do të hapet vetëm me çelësin { $fingerprint }.
export-confirm-key = Kontrollojeni çelësin me organizatën para se të vazhdoni. Të krijohet skedari?
export-no-organisation-key = Kur u përgatit ky telefon, nuk u ruajt asnjë çelës organizate. Përdorni në vend të tij një fjalëkalim për skedarin.
export-passphrase-again = Shkruani përsëri të njëjtin fjalëkalim për skedarin
export-working = Po krijohet skedari… { $percent }%
export-changes-entry = Ndryshon shënimin #{ $number }
export-done = Skedari është gati.
export-wrong-passphrase = Ky fjalëkalim nuk e hap këtë skedar.
export-damaged = Ky skedar është i dëmtuar ose jo i plotë.
import-title = Zhvendosni ditarin tuaj në këtë telefon
import-passphrase = Fjalëkalimi i skedarit
import-done = { $count ->
        [one] { $count } shënim u zhvendos.
       *[other] { $count } shënime u zhvendosën.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = Mëngjes me shi. Dhoma është e ftohtë.
decoy-entry-2 = Për darkë gatova fasule me oriz.
decoy-entry-3 = Fjeta keq. Dhoma ishte shumë e nxehtë.
decoy-entry-4 = Lava rrobat. U thanë shpejt në diell.
decoy-entry-5 = Hëngra bukë me djathë dhe domate.
decoy-entry-6 = Lava enët.
decoy-entry-7 = Ditë e lodhshme. Fjeta herët.
decoy-entry-8 = Në mbrëmje ndenja në qetësi.
decoy-entry-9 = Pastrova kuzhinën.
decoy-entry-10 = Sot bëri ftohtë. Vesha dy bluza.
decoy-entry-11 = Provova një recetë të re me thjerrëza. S’ishte keq.
decoy-entry-12 = Pasdite më dhembi koka. Piva më shumë ujë.
decoy-entry-13 = Në fund të ditës më dhembnin këmbët.
decoy-entry-14 = Qepa kopsën e xhaketës.
decoy-entry-15 = Bëra një çaj mali dhe pusha.
decoy-entry-16 = Natë me zhurmë. Nuk fjeta mirë.
decoy-entry-17 = Ora e murit mbetet prapa.
decoy-entry-18 = Ditë me diell. Ndenja pranë dritares.
decoy-entry-19 = Për drekë hëngra makarona.
decoy-entry-20 = Rregullova shollën e këpucës.
decoy-entry-21 = Sot piva shumë ujë.
decoy-entry-22 = Arnova një çorape.
decoy-entry-23 = Mos harro të pish më shumë ujë.
decoy-entry-24 = Një çaj dhe pak pushim.
decoy-entry-25 = Bëra gjellë me patate dhe qepë.
decoy-entry-26 = Për drekë oriz me perime.
decoy-entry-27 = Sot frynte erë.
decoy-entry-28 = Fshiva dyshemenë.
decoy-entry-29 = U zgjova herët. Pashë qiellin.
decoy-entry-30 = Në mëngjes hëngra fruta.
decoy-entry-31 = Ditë e gjatë. Asgjë e veçantë.
decoy-entry-32 = Bëra supë me perime. Mjafton për dy ditë.
decoy-entry-33 = Më dhemb mesi. U shtriqa pak.
decoy-entry-34 = Më janë rritur flokët.
decoy-entry-35 = Nuk kisha fuqi të gatuaja. Hëngra bukë.
decoy-entry-36 = Sot në mëngjes pashë një zog të bukur.
decoy-entry-37 = Pastrova këpucët.
decoy-entry-38 = Qepa një vrimë të vogël në çantë.
decoy-entry-39 = Ditë e qetë.
decoy-entry-40 = Rubineti pikon.
decoy-entry-41 = Lava flokët.
decoy-entry-42 = Bëra vezë me speca.
decoy-entry-43 = Sot bëri shumë vapë.
decoy-entry-44 = Më në fund fjeta mirë.
decoy-entry-45 = Piva çaj me limon.
decoy-entry-46 = Më dhemb fyti. Piva ujë të ngrohtë me mjaltë.
decoy-entry-47 = Palosa rrobat e pastra.
decoy-entry-48 = Ra shi gjithë ditën.
decoy-entry-49 = Bëra byrek. Doli shumë mirë.
decoy-entry-50 = Lexova pak para gjumit.
decoy-entry-51 = Preva thonjtë.
decoy-entry-52 = Lava peshqirët.
decoy-entry-53 = Qërova patatet për nesër.
decoy-entry-54 = Për drekë domate me kripë.
decoy-entry-55 = Ajrosa batanijet.
decoy-entry-56 = Sonte darkova vonë.
decoy-entry-57 = Drita e dhomës fiket e ndizet.
decoy-entry-58 = I vara rrobat brenda. Jashtë ishte shumë lagësht.
decoy-entry-59 = Pas drekës më dhembi barku. Tani jam më mirë.
decoy-entry-60 = Sot asgjë e veçantë. Pusha.
