## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = I-set up para sa ibang tao
outreach-intro = Piliin ang wika, bansa at itsura. Idagdag ang contact ng iyong organisasyon. Pagkatapos, iabot ang telepono.
outreach-language = Ang wika niya
outreach-country = Ang bansa niya
outreach-disguise = Itsura ng app
outreach-org-name = Ang iyong organisasyon
outreach-org-contact = Paano ka makokontak
outreach-org-key = Key ng iyong organisasyon para sa mga ibinahaging file (opsyonal)
outreach-import-pack = Magdagdag ng impormasyon ng tulong mula sa isang file
outreach-handoff = Iabot
outreach-handoff-confirm = Iabot na ngayon? Mananatili ang iyong mga setting. Aalisin ang iyong PIN at session. Ang susunod na tao ang pipili ng sarili niyang PIN.
outreach-reset = I-reset ang teleponong ito
outreach-reset-confirm = Burahin ang lahat sa app na ito at magsimula ulit? Hindi na ito maibabalik.

pack-import-title = Magdagdag ng impormasyon ng tulong
pack-importing = Idinadagdag… { $percent }%
pack-imported = Na-update ang impormasyon ng tulong.
pack-rejected = Hindi tinanggap ang file na ito. Walang binago.
pack-rejected-signature = Hindi pinirmahan ng isang pinagkakatiwalaang organisasyon ang file na ito.
pack-rejected-old = Mas luma ang file na ito kaysa sa impormasyong nasa iyo na.
pack-rejected-damaged = Sira o kulang ang file na ito.
pack-rejected-too-big = Masyadong malaki ang file na ito.
decoy-title = Pangalawang PIN
decoy-explain = Nagbubukas ang pangalawang PIN ng ibang journal na hindi delikado. Gamitin ito kung may pumilit sa iyong buksan ang app.
decoy-shows = Ano ang dapat buksan ng pangalawang PIN?
decoy-shows-same = 1. Ang parehong app, kasama ang tulong. Kahit kilala ng isang tao ang app na ito, hindi niya makikita ang pagkakaiba nito sa totoong app.
decoy-shows-notes = 2. Journal ng mga tala lang, walang tulong at walang pangalan ng app. Itinatago nito kung ano ang app. Pero kung kilala ng isang tao ang app na ito, maaari niyang mapansin na hindi ito ang totoong app.
decoy-shows-choose = I-type ang 1 o 2.
disguise-launcher-name = Calculator
disguise-converter-name = Converter
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = I-clear lahat
disguise-key-clear = I-clear
disguise-key-sign = Palitan ang sign
disguise-key-percent = Porsyento
disguise-key-divide = Divide
disguise-key-multiply = Multiply
disguise-key-minus = Minus
disguise-key-plus = Plus
# The key that deletes the last digit typed.
disguise-key-delete = Burahin
# The decimal separator key.
disguise-key-point = Point
disguise-key-equals = Equals
duress-title = PIN para sa emergency na pagbura
duress-needs-decoy = Pumili muna ng pangalawang PIN. Binubuksan ng PIN para sa emergency na pagbura ang pangalawang journal.
duress-explain = Agad na binubura ng PIN na ito ang iyong totoong journal at plano, at pagkatapos ay binubuksan ang journal na hindi delikado. Hindi na ito maibabalik.

pack-shared = Naisulat na ang pack file. Ipasa ito sa kabilang telepono; susuriin nito ang file bago ito gamitin.
pack-not-shareable = Walang file na maipapasa para sa pack na ito. Kasama na sa bawat kopya ng app ang built-in na impormasyon ng tulong.
