## Helplines, channels, safety tips, rights and resources.

help-title = Sino ang makakatulong
help-open-now = Bukas ngayon
help-closed-now = Sarado ngayon
help-open-24-7 = Bukas araw at gabi
help-opens-at = Magbubukas nang { $time }
help-closes-at = Magsasara nang { $time }
help-free = Libre ang tawag
help-may-cost = Maaaring may bayad ang tawag
help-languages = Mga wika: { $languages }
help-interpreters = May tagasalin
help-in-country = Mga hotline sa { $country }
help-none-open = Walang bukas na hotline ngayon. Maaari ka pa ring magpadala ng mensahe o email. Nasa panganib ka ba ngayon? Tawagan ang { $number }.
help-hours-unknown = Hindi alam ang oras — subukang tumawag
help-hours-unknown-try = Hindi namin alam kung kailan bukas ang mga linyang ito. Subukang tumawag: baka may sumagot.
help-for-children = Para sa mga bata at kabataan
help-no-verified-line = Hindi namin nasuri ang alinmang hotline sa bansang ito. Subukan ang mga linya sa ibaba para sa iyong rehiyon, o para sa mga tao mula sa iyong bansa.
help-for-nationals = Mga linya para sa mga tao mula sa { $country }, nasaan man sila
help-report-lines = Mga linyang nagpapasa ng report sa pulis (hindi hotline para sa tulong)
help-police-caution = Sa bansang ito, may mga ulat na nakikipagtulungan ang pulis sa mga trafficker, o nagkukulong sila ng mga taong walang papeles. Mag-isip muna bago mo sila tawagan. Kung kaya mo, tumawag muna sa isang hotline.
help-emergency = Nasa panganib ka ba ngayon? Tawagan ang { $number }.
help-count = { $count ->
        [0] Walang nakitang hotline
        [one] { $count } hotline
       *[other] { $count } hotline
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = Pinapatakbo ng isang samahang hindi pang-gobyerno (NGO)
operator-government = Pinapatakbo ng gobyerno
operator-police = Pinapatakbo ng pulis
operator-immigration = Pinapatakbo ng immigration
operator-intergovernmental = Pinapatakbo ng isang internasyonal na organisasyon
operator-warning-law = Ang linyang ito ay pinapatakbo ng pulis o ng immigration. Maaari ka nilang tanungin tungkol sa iyong mga papeles. Kung natatakot ka roon, pumili ng linyang pinapatakbo ng isang samahang hindi pang-gobyerno (NGO).
operator-warning-confirm = Tumawag pa rin

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = Maaaring ipasa sa pulis ang sinasabi mo.
risk-immigration = Maaaring ipasa sa immigration ang sinasabi mo.
risk-employer-authority = Maaaring makarating sa iyong amo o sponsor ang sinasabi mo. Itanong muna kung maaari itong makaapekto sa iyong visa o sa pananatili mo sa bansa.
risk-child-protection = Maaaring ipasa sa mga serbisyo para sa proteksyon ng bata ang sinasabi mo tungkol sa isang bata.
risk-report-line = Tumatanggap ang linyang ito ng mga report para sa pulis. Hindi ito hotline para sa tulong.

## Channels

channel-phone = Telepono
channel-sms = Text message
channel-whatsapp = WhatsApp
channel-web = Website
channel-email = Email

## Data quality

info-last-checked = Huling sinuri: { $date }
info-not-verified = Hindi nasuri kamakailan. Maaaring nagbago na ang numero.
info-source = Pinagmulan

## Safety tips

tips-title = Manatiling ligtas kapag humihingi ng tulong

## Content shown in another language, or translated by machine

text-shown-in-english = Nakasulat sa Ingles: hindi pa naisasalin
text-may-be-out-of-date = Maaaring luma na ang salin na ito
text-machine-translated = Isinalin ng makina, hindi pa nasusuri ng tao

## The country the person is in

country-choose = Saang bansa ka naroroon? Nakadepende sa bansa ang tulong.
country-prompt = Bansa
country-unknown = Hindi namin kilala ang bansang iyan. I-type ang isa sa mga pangalan o code sa itaas.
country-needed = Saang bansa ka naroroon? Idagdag ang bansa, halimbawa: --country GB. O i-save ito: harbour set country GB.

## Where rights come from

body-eu = European Union
body-coe = Council of Europe
body-int = Internasyonal na batas
body-int-ilo = International Labour Organization

## Rights and resources

rights-title = Ang iyong mga karapatan
rights-in = Ang iyong mga karapatan sa { $country }
rights-international = Mga karapatan kahit saan
rights-regional = Mga karapatan mula sa { $body }
rights-paraphrase-note = Maikling buod ito, hindi legal na payo. Magtanong sa abogado o sa isang hotline tungkol sa iyong kaso.
rights-caveats = Pakitandaan
resources-title = Iba pang mababasa
search-placeholder = Maghanap
search-no-results = Walang nakita. Subukan ang ibang salita.
search-results = { $count ->
        [one] { $count } resulta
       *[other] { $count } resulta
    }

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = trafficking, na-traffic, natrafik, human trafficking, bentahan ng tao, pagbebenta ng tao, alipin, inalipin, pang-aalipin, pagsasamantala, pinagsamantalahan, sinamantala, sapilitan, pinilit, pilit
topic-words-consent = pumayag, payag, pagpayag, pumayag ako, sang-ayon, pumirma, pinili, pagpili, gusto ko, kusang-loob
topic-words-children = bata, mga bata, anak, menor de edad, menor, wala pang 18, kabataan, binatilyo, dalagita, batang babae, batang lalaki, teenager
topic-words-non-punishment = krimen, kasalanan, parusa, pinarusahan, kulong, nakulong, kulungan, bilangguan, preso, nahuli, hinuli, inaresto, aresto, kaso, kinasuhan, batas, labag sa batas, ilegal
topic-words-identification = biktima, kinilala, kinikilala, pagkilala, katayuan, status, napatunayan
topic-words-support = tulong, suporta, shelter, tirahan, matitirhan, matutulugan, safe house, ligtas na bahay, doktor, duktor, gamot, ospital, pera, bahay
topic-words-residence = visa, bisa, permit, permiso, manatili, pananatili, papeles, walang papeles, TNT, tago nang tago, overstay, iqama, residence, deport, na-deport, deportasyon, pinauwi, pauwiin
topic-words-documents = passport, pasaporte, ID, aydi, identity card, papeles, dokumento, mga dokumento, visa, iqama, kontrata
topic-words-wages = sahod, suweldo, sweldo, swildo, bayad, pera, binayaran, hindi binayaran, walang sahod, kulang ang sahod, kaltas, kinaltasan, payslip
topic-words-debt = utang, may utang, umutang, inutang, pautang, loan, bayad sa utang, pera
topic-words-movement = umalis, lumabas, makaalis, hindi makalabas, nakakulong, ikinulong, naka-lock, nakakandado, malaya, kalayaan, tumakas, takas, lumipat
topic-words-violence = karahasan, sinaktan, pananakit, pinalo, sinampal, sinuntok, binugbog, abuso, inabuso, pang-aabuso, sekswal, ginahasa, panggagahasa, banta, pinagbantaan, tinakot
topic-words-compensation = kompensasyon, danyos, bayad-pinsala, ibalik ang pera, mabawi ang pera, habol, paghahabol, claim
topic-words-reporting = pulis, report, i-report, ireport, reklamo, magreklamo, sumbong, isumbong, magsumbong, sabihin, ipaalam
topic-words-legal-help = abogado, abugado, abogada, attorney, legal, payo, payong legal, korte, husgado, kaso, libreng abogado, libreng tulong legal
topic-words-labour-rights = trabaho, hanapbuhay, amo, amo ko, employer, boss, karapatan, kontrata, oras, oras ng trabaho
topic-words-recruitment-fees = agent, ahente, agency, ahensya, recruiter, recruitment, placement fee, placement, bayad sa agency, singil, fee, job fee
topic-words-work-conditions = oras, pahinga, day off, walang day off, overtime, OT, pagkain, tulog, matulog, kaligtasan, ligtas, kalagayan sa trabaho
