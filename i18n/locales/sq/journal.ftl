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
export-working = Po krijohet skedari… { $percent }%
export-done = Skedari është gati.
export-wrong-passphrase = Ky fjalëkalim nuk e hap këtë skedar.
export-damaged = Ky skedar është i dëmtuar ose jo i plotë.
import-title = Zhvendosni ditarin tuaj në këtë telefon
import-done = { $count ->
        [one] { $count } shënim u zhvendos.
       *[other] { $count } shënime u zhvendosën.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = Pazar: oriz, vaj, qepë, rimbushje për telefonin.
decoy-sample-2 = Mora në telefon të shtëpisë. Të gjithë janë mirë.
decoy-sample-3 = Sot turn i gjatë. U lodha shumë.
decoy-sample-4 = Ia ktheva shokut paratë që i kisha marrë hua.
decoy-sample-5 = Më duhet një karikues i ri për telefonin.
decoy-sample-6 = Ditë pushimi. Lava rrobat dhe gatova.
