## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = U diyaari qof kale
outreach-intro = Dooro luqadda, dalka iyo muuqaalka. Ku dar xiriirka hay'addaada. Kadibna taleefanka u dhiib qofka.
outreach-language = Luqaddooda
outreach-country = Dalkooda
outreach-disguise = Sida app-ku u muuqdo
outreach-org-name = Hay'addaada
outreach-org-contact = Sida laguula xiriiro
outreach-org-key = Furaha hay'addaada ee faylasha la wadaago (ikhtiyaari)
outreach-import-pack = Macluumaad caawimaad ka soo geli fayl
outreach-handoff = U dhiib
outreach-handoff-confirm = Hadda ma u dhiibaysaa? Dejintaada waa la hayaa. PIN-kaaga iyo gelitaankaaga waa la saarayaa. Qofka xiga ayaa dooranaya PIN-kiisa.
outreach-reset = Dib u habee taleefankan
outreach-reset-confirm = Ma tirtirtaa wax kasta oo app-kan ku jira oo aad dib u bilaabaysaa? Tan dib looma celin karo.

pack-import-title = Ku dar macluumaad caawimaad
pack-importing = Waa la darayaa… { $percent }%
pack-imported = Macluumaadka caawimaadda waa la cusboonaysiiyay.
pack-rejected = Faylkan lama aqbalin. Waxba lama beddelin.
pack-rejected-signature = Faylkan ma saxiixin hay'ad la isku halleyn karo.
pack-rejected-old = Faylkan wuu ka duugsan yahay macluumaadka aad horey u haysatay.
pack-rejected-damaged = Faylkan waa xumaaday ama ma dhammaystirna.
pack-rejected-too-big = Faylkan aad buu u weyn yahay.
decoy-title = PIN labaad
decoy-explain = PIN labaad wuxuu furaa xusuus-qor kale oo aan waxyeello lahayn. Isticmaal haddii qof kugu qasbo inaad furto app-ka.
duress-title = PIN-ka tirtirka degdegga ah
duress-needs-decoy = Marka hore dooro PIN labaad. PIN-ka tirtirka degdegga ah wuxuu furaa xusuus-qorka labaad.
duress-explain = PIN-kani isla markiiba wuxuu tirtiraa xusuus-qorkaaga dhabta ah iyo qorshahaaga, kadibna wuxuu furaa xusuus-qorka aan waxyeellada lahayn. Dib looma celin karo.
