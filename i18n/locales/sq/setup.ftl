## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = Përgatitni telefonin për dikë
outreach-intro = Zgjidhni gjuhën, shtetin dhe pamjen. Shtoni kontaktin e organizatës suaj. Pastaj jepjani telefonin personit.
outreach-language = Gjuha e personit
outreach-country = Shteti i personit
outreach-disguise = Si duket aplikacioni
outreach-org-name = Organizata juaj
outreach-org-contact = Si të lidhen me ju
outreach-org-key = Çelësi i organizatës suaj për skedarët e përbashkët (nuk është i detyrueshëm)
outreach-import-pack = Shtoni informacion ndihme nga një skedar
outreach-handoff = Jepe telefonin
outreach-handoff-confirm = Ta jepni telefonin tani? Cilësimet tuaja mbeten. PIN-i dhe seanca juaj hiqen. Personi tjetër zgjedh PIN-in e vet.
outreach-reset = Rivendosni këtë telefon
outreach-reset-confirm = Të fshihet gjithçka në këtë aplikacion dhe të fillohet nga e para? Kjo nuk mund të zhbëhet.

pack-import-title = Shtoni informacion ndihme
pack-importing = Po shtohet… { $percent }%
pack-imported = Informacioni i ndihmës u përditësua.
pack-rejected = Ky skedar nuk u pranua. Asgjë nuk u ndryshua.
pack-rejected-signature = Ky skedar nuk është nënshkruar nga një organizatë e besuar.
pack-rejected-old = Ky skedar është më i vjetër se informacioni që keni tashmë.
pack-rejected-damaged = Ky skedar është i dëmtuar ose jo i plotë.
pack-rejected-too-big = Ky skedar është shumë i madh.
decoy-title = PIN-i i dytë
decoy-explain = Një PIN i dytë hap një ditar tjetër, të padëmshëm. Përdoreni nëse dikush ju detyron ta hapni aplikacionin.
duress-title = PIN-i për fshirje urgjente
duress-needs-decoy = Vendosni fillimisht një PIN të dytë. PIN-i për fshirje urgjente hap ditarin e dytë.
duress-explain = Ky PIN fshin menjëherë ditarin dhe planin tuaj të vërtetë, pastaj hap ditarin e padëmshëm. Kjo nuk mund të zhbëhet.
