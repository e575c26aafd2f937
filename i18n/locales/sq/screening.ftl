## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Kontrolloni situatën tuaj
screening-intro = Këto pyetje janë për punën tuaj dhe vendin ku jetoni. Përgjigjuni vetëm atyre që doni. Përgjigjet tuaja mbeten në këtë telefon dhe nuk ruhen, përveç nëse zgjidhni t’i ruani.
screening-progress = Pyetja { $current } nga { $total }
screening-skip = Kalo këtë pyetje

# ILO: abuse of vulnerability
screening-q-vulnerability = A e përdor punëdhënësi situatën tuaj kundër jush — për shembull, dokumentet, borxhet, gjuhën, ose faktin që nuk keni ku të shkoni?
# ILO: deception
screening-q-deception = A janë puna, paga ose banesa shumë ndryshe nga ato që ju premtuan?
# ILO: restriction of movement
screening-q-movement = A ju pengojnë të largoheni nga vendi i punës ose nga shtëpia kur doni?
# ILO: isolation
screening-q-isolation = A ju mbajnë larg njerëzve të tjerë, ose ju pengojnë të lidheni me familjen apo miqtë tuaj?
# ILO: physical and sexual violence
screening-q-violence = A ju ka lënduar dikush në punë, ose ju ka prekur në mënyrë seksuale pa dëshirën tuaj?
# ILO: intimidation and threats
screening-q-threats = A ju ka kërcënuar dikush juve ose familjen tuaj — për shembull, me dhunë, me policinë, ose se do t’ju kthejnë në vendin tuaj?
# ILO: retention of identity documents
screening-q-documents = A jua mban dikush tjetër pasaportën ose kartën e identitetit, dhe nuk jua kthen kur ia kërkoni?
# ILO: withholding of wages
screening-q-wages = A jua mbajnë pagën, ju paguajnë shumë më pak se ç’ju premtuan, ose nuk ju paguajnë fare?
# ILO: debt bondage
screening-q-debt = A i keni borxh para punëdhënësit ose personit që ju gjeti punën, që duhet t’i shlyeni me punë, dhe borxhi nuk zvogëlohet?
# ILO: abusive working and living conditions
screening-q-conditions = A janë kushtet e punës ose të banimit të rrezikshme, të pista ose poshtëruese — për shembull, pa shtrat të rregullt, pa ushqim, ose pa pajisje sigurie?
# ILO: excessive overtime
screening-q-overtime = A duhet të punoni shumë orë ose në ditët e pushimit, pa pasur vërtet zgjidhje tjetër?

screening-result-title = Çfarë tregojnë përgjigjet tuaja
screening-result-none = Përgjigjet tuaja nuk tregojnë shenja të punës së detyruar. Nëse prapë diçka nuk ju duket në rregull, mund të flisni me një linjë ndihme. Është falas dhe konfidenciale.
screening-result-some = { $count ->
        [one] Një nga përgjigjet tuaja është shenjë paralajmëruese.
       *[other] { $count } nga përgjigjet tuaja janë shenja paralajmëruese.
    } Kjo mund të jetë shenjë e punës së detyruar ose e shfrytëzimit. Nuk keni faj ju. Ka ndihmë për ju.
screening-result-urgent = Disa nga përgjigjet tuaja tregojnë se mund të jeni në rrezik. Nëse jeni në rrezik tani, telefononi numrin e urgjencës. Mund të flisni edhe me një linjë ndihme.
screening-result-helplines = Linja ndihme që mund t’ju ndihmojnë me këtë
screening-result-rights = Të drejta që mund t’ju ndihmojnë
screening-disclaimer = Ky kontroll nuk është vendim ligjor. Vetëm ju e njihni situatën tuaj. Një linjë ndihme mund t’ju ndihmojë ta mendoni mirë.
