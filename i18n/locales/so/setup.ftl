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
decoy-shows = Maxaad rabtaa inuu PIN-ka labaad furo?
decoy-shows-same = 1. Isla app-kan, oo caawimaad leh. Qof yaqaan app-kan ma kala garan karo isaga iyo kan dhabta ah.
decoy-shows-notes = 2. Xusuus-qor qoraallo oo keliya, caawimaad la'aan iyo magaca app-ka la'aan. Tani waxay qarisaa waxa app-ku yahay. Laakiin qof yaqaan app-kan wuxuu arki karaa inaanu ahayn kan dhabta ah.
decoy-shows-choose = Qor 1 ama 2.
disguise-launcher-name = Xisaabiye
disguise-converter-name = Beddele
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = Nadiifi dhammaan
disguise-key-clear = Nadiifi
disguise-key-sign = Beddel calaamadda
disguise-key-percent = Boqolkiiba
disguise-key-divide = U qaybi
disguise-key-multiply = Isku dhufo
disguise-key-minus = Ka jar
disguise-key-plus = Isku dar
# The key that deletes the last digit typed.
disguise-key-delete = Tirtir
# The decimal separator key.
disguise-key-point = Dhibic
disguise-key-equals = Le'eg
duress-title = PIN-ka tirtirka degdegga ah
duress-needs-decoy = Marka hore dooro PIN labaad. PIN-ka tirtirka degdegga ah wuxuu furaa xusuus-qorka labaad.
duress-explain = PIN-kani isla markiiba wuxuu tirtiraa xusuus-qorkaaga dhabta ah iyo qorshahaaga, kadibna wuxuu furaa xusuus-qorka aan waxyeellada lahayn. Dib looma celin karo.

pack-shared = Faylka macluumaadka caawimaadda waa la qoray. U gudbi taleefanka kale; wuxuu hubiyaa faylka ka hor intuusan isticmaalin.
pack-not-shareable = Macluumaadkan caawimaadda ma laha fayl la gudbin karo. Caawimaadda app-ka ku dhex jirta waxay ku jirtaa nuqul kasta oo app-ka ah.
