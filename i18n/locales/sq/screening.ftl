## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Kontrolloni situatën tuaj
screening-intro = Këto pyetje janë për punën tuaj dhe vendin ku jetoni. Përgjigjuni vetëm atyre që doni. Përgjigjet tuaja mbeten në këtë telefon dhe nuk ruhen, përveç nëse zgjidhni t’i ruani.
screening-progress = Pyetja { $current } nga { $total }
screening-skip = Kalo këtë pyetje
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = po, p, patjetër, patjeter, sigurisht
screening-words-no = jo, j, aspak
screening-words-not-sure = nuk e di, nuk e di me siguri, s’e di, s'e di, se di, nuk jam i sigurt, nuk jam e sigurt, ndoshta, ?
screening-words-skip = kalo, k, kapërce, kaperce
screening-not-understood = Ju lutemi shkruani 1, 2, 3 ose 4.

screening-result-title = Çfarë tregojnë përgjigjet tuaja
screening-result-none = Përgjigjet tuaja nuk tregojnë shenja të punës së detyruar. Nëse prapë diçka nuk ju duket në rregull, mund të flisni me një linjë ndihme. Është falas dhe konfidenciale.
screening-result-some = { $count ->
        [one] Një nga përgjigjet tuaja është shenjë paralajmëruese.
       *[other] { $count } nga përgjigjet tuaja janë shenja paralajmëruese.
    } Kjo mund të jetë shenjë e punës së detyruar ose e shfrytëzimit. Nuk keni faj ju. Ka ndihmë për ju.
screening-result-no-answers = Nuk iu përgjigjët pyetjeve. Nuk ka problem. Nëse doni të flisni për situatën tuaj, një linjë ndihme mund t’ju dëgjojë. Është falas.
screening-result-unclear = Disa nga përgjigjet tuaja ishin „Nuk e di me siguri“. Nuk ka problem. Një linjë ndihme mund t’ju ndihmojë ta mendoni mirë.
screening-result-under-18 = Jeni nën 18 vjeç. Nëse dikush ju vë të punoni, ose të bëni gjëra seksuale, që të përfitojë vetë, kjo është shfrytëzim, edhe pa forcë. Linjat për fëmijët shfaqen të parat.
screening-result-urgent = Disa nga përgjigjet tuaja tregojnë se mund të jeni në rrezik. Nëse jeni në rrezik tani, telefononi numrin e urgjencës. Mund të flisni edhe me një linjë ndihme.
screening-result-helplines = Linja ndihme që mund t’ju ndihmojnë me këtë
screening-result-rights = Të drejta që mund t’ju ndihmojnë
screening-disclaimer = Ky kontroll nuk është vendim ligjor. Vetëm ju e njihni situatën tuaj. Një linjë ndihme mund t’ju ndihmojë ta mendoni mirë.
