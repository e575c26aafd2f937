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
duress-title = PIN para sa emergency na pagbura
duress-needs-decoy = Pumili muna ng pangalawang PIN. Binubuksan ng PIN para sa emergency na pagbura ang pangalawang journal.
duress-explain = Agad na binubura ng PIN na ito ang iyong totoong journal at plano, at pagkatapos ay binubuksan ang journal na hindi delikado. Hindi na ito maibabalik.
