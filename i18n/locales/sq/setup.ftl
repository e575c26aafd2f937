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
outreach-reset-confirm = Ta fshini gjithçka në këtë aplikacion dhe të filloni nga e para? Kjo nuk mund të zhbëhet.

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
decoy-shows = Çfarë duhet të hapë PIN-i i dytë?
decoy-shows-same = 1. Të njëjtin aplikacion, me informacionin e ndihmës. Dikush që e njeh këtë aplikacion nuk e dallon dot nga i vërteti.
decoy-shows-notes = 2. Vetëm një ditar me shënime, pa informacion ndihme dhe pa emrin e aplikacionit. Kështu nuk duket se çfarë aplikacioni është. Por dikush që e njeh këtë aplikacion mund ta kuptojë që nuk është i vërteti.
decoy-shows-choose = Shkruani 1 ose 2.
disguise-launcher-name = Makina llogaritëse
disguise-converter-name = Konvertuesi
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = Pastro gjithçka
disguise-key-clear = Pastro
disguise-key-sign = Ndrysho shenjën
disguise-key-percent = Përqindje
disguise-key-divide = Pjesëto
disguise-key-multiply = Shumëzo
disguise-key-minus = Minus
disguise-key-plus = Plus
# The key that deletes the last digit typed.
disguise-key-delete = Fshi
# The decimal separator key.
disguise-key-point = Pikë dhjetore
disguise-key-equals = Baras
duress-title = PIN-i për fshirje urgjente
duress-needs-decoy = Vendosni fillimisht një PIN të dytë. PIN-i për fshirje urgjente hap ditarin e dytë.
duress-explain = Ky PIN fshin menjëherë ditarin dhe planin tuaj të vërtetë, pastaj hap ditarin e padëmshëm. Kjo nuk mund të zhbëhet.

pack-shared = Skedari i paketës së ndihmës u ruajt. Kalojeni në telefonin tjetër; ai e kontrollon skedarin para se ta përdorë.
pack-not-shareable = Për këtë paketë ndihme nuk ka skedar për t’ia kaluar dikujt. Ndihma që vjen me aplikacionin është në çdo kopje të tij.
