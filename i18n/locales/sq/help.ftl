## Helplines, channels, safety tips, rights and resources.

help-title = Kush mund t’ju ndihmojë
help-open-now = Hapur tani
help-closed-now = Mbyllur tani
help-open-24-7 = Hapur ditë e natë
help-opens-at = Hapet në { $time }
help-closes-at = Mbyllet në { $time }
help-free = Thirrje falas
help-may-cost = Thirrjet mund të kushtojnë para
help-languages = Gjuhët: { $languages }
help-interpreters = Ka përkthyes
help-in-country = Linjat e ndihmës: { $country }
help-none-open = Asnjë linjë ndihme nuk është e hapur tani. Prapë mund të dërgoni një mesazh ose një email. Jeni në rrezik tani? Telefononi { $number }.
help-hours-unknown = Orari nuk dihet – provoni të telefononi
help-hours-unknown-try = Nuk e dimë kur janë të hapura këto linja. Provoni të telefononi: mund t’ju përgjigjet dikush.
help-for-children = Për fëmijët dhe të rinjtë
help-no-verified-line = Nuk mundëm të kontrollonim asnjë linjë ndihme në këtë shtet. Provoni linjat më poshtë për rajonin tuaj, ose për njerëzit nga vendi juaj.
help-for-nationals = { $country }: linja për njerëzit nga ky vend, kudo që të jenë
help-report-lines = Linja që ua kalojnë raportet policisë (nuk janë linja ndihme)
help-police-caution = Në këtë shtet është raportuar se policia punon me trafikantët, ose mban të ndaluar njerëz pa dokumente. Mendohuni mirë para se ta telefononi. Nëse mundeni, telefononi fillimisht një linjë ndihme.
help-emergency = Jeni në rrezik tani? Telefononi { $number }.
help-count = { $count ->
        [0] Nuk u gjet asnjë linjë ndihme
        [one] { $count } linjë ndihme
       *[other] { $count } linja ndihme
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = Drejtohet nga një organizatë bamirëse
operator-government = Drejtohet nga qeveria
operator-police = Drejtohet nga policia
operator-immigration = Drejtohet nga shërbimi i imigracionit
operator-intergovernmental = Drejtohet nga një organizatë ndërkombëtare
operator-warning-law = Kjo linjë drejtohet nga policia ose imigracioni. Mund t’ju pyesin për dokumentet tuaja. Nëse keni frikë nga kjo, zgjidhni një linjë që drejtohet nga një organizatë bamirëse.
operator-warning-confirm = Telefono gjithsesi

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = Ajo që thoni mund t’i jepet policisë.
risk-immigration = Ajo që thoni mund t’i jepet imigracionit.
risk-employer-authority = Ajo që thoni mund të arrijë te punëdhënësi ose sponsori juaj. Pyesni fillimisht nëse kjo mund të ndikojë në vizën ose në lejen tuaj të qëndrimit.
risk-child-protection = Ajo që thoni për një fëmijë mund t’u jepet shërbimeve për mbrojtjen e fëmijëve.
risk-report-line = Kjo linjë merr raportime për policinë. Nuk është linjë ndihme.

## Channels

channel-phone = Telefon
channel-sms = Mesazh me tekst
channel-whatsapp = WhatsApp
channel-web = Faqe interneti
channel-email = Email

## Data quality

info-last-checked = Kontrolluar së fundi: { $date }
info-not-verified = Nuk është kontrolluar kohët e fundit. Numri mund të ketë ndryshuar.
info-source = Burimi

## Safety tips (the tips themselves come with the help content)

tips-title = Qëndroni të sigurt kur kërkoni ndihmë

## Content shown in another language, or translated by machine

text-shown-in-english = Shfaqet në anglisht: ende nuk është përkthyer
text-may-be-out-of-date = Ky përkthim mund të jetë i vjetëruar
text-machine-translated = Përkthyer me makinë, ende i pakontrolluar nga një person

## The country the person is in

country-choose = Në cilin shtet ndodheni? Ndihma varet nga shteti.
country-prompt = Shteti
country-unknown = Nuk e njohim këtë shtet. Shkruani një nga emrat ose kodet më sipër.
country-needed = Në cilin shtet ndodheni? Shtoni shtetin, për shembull: --country GB. Ose ruajeni: harbour set country GB.

## Where rights come from

body-eu = Bashkimi Evropian
body-coe = Këshilli i Evropës
body-int = E drejta ndërkombëtare
body-int-ilo = Organizata Ndërkombëtare e Punës

## Rights and resources

rights-title = Të drejtat tuaja
rights-in = Të drejtat tuaja: { $country }
rights-international = Të drejtat kudo
rights-regional = Të drejta nga: { $body }
rights-paraphrase-note = Kjo është një përmbledhje e shkurtër, jo këshillë ligjore. Pyesni një avokat ose një linjë ndihme për rastin tuaj.
rights-caveats = Kini parasysh
resources-title = Më shumë për të lexuar
search-placeholder = Kërko
search-no-results = Nuk u gjet asgjë. Provoni një fjalë tjetër.
search-results = { $count ->
        [one] { $count } rezultat
       *[other] { $count } rezultate
    }

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = trafikim, trafikimi, trafikant, skllavëri, skllaveri, skllav, shfrytëzim, shfrytezim, punë e detyruar, pune e detyruar, i detyruar, e detyruar
topic-words-consent = pranova, pranoj, dakord, pëlqim, pelqim, zgjedhje, vullnet, me dëshirë, me deshire
topic-words-children = fëmijë, femije, fëmijët, femijet, nën 18, nen 18, i mitur, e mitur, të mitur, djalë, djale, vajzë, vajze, i ri, e re
topic-words-non-punishment = krim, dënim, denim, dënuar, denuar, burg, arrestim, arrestuar, akuzë, akuze, akuzuar, vepër penale, ligj
topic-words-identification = viktimë, viktime, viktima, njohur, identifikuar, identifikim, status
topic-words-support = ndihmë, ndihme, mbështetje, mbeshtetje, strehë, strehe, strehim, shtëpi e sigurt, shtepi e sigurt, mjek, doktor, para, banesë, banim
topic-words-residence = vizë, vize, leje, leje qëndrimi, leje qendrimi, qëndrim, qendrim, dokumente, letra, rezidencë, dëbim, debim, dëbuar, debuar, deportim, deportuar
topic-words-documents = pasaportë, pasaporte, letërnjoftim, leternjoftim, ID, kartë identiteti, karte identiteti, dokumente, letra, vizë, vize, kontratë, kontrate
topic-words-wages = rrogë, rroge, pagë, page, paga, para, paguar, papaguar, pa pagë, pa page, fletë page, flete page
topic-words-debt = borxh, borxhe, hua, detyrohem, i detyrohem, mora hua, para
topic-words-movement = largohem, ik, iki, mbyllur, kyçur, kycur, i lirë, e lirë, lire, dal, dalje, lëviz, leviz, arratisje, shpëtoj, shpetoj
topic-words-violence = dhunë, dhune, rrahje, rrah, goditi, lëndim, lendim, abuzim, seksual, përdhunim, perdhunim, kërcënim, kercenim
topic-words-compensation = dëmshpërblim, demshperblim, dëme, deme, kthim parash, paratë mbrapsht, kërkesë, kerkese, padi
topic-words-reporting = polici, policia, raportoj, kallëzim, kallezim, denoncim, ankesë, ankese, tregoj
topic-words-legal-help = avokat, ligjor, ligjore, këshillë, keshille, gjykatë, gjykate, ndihmë ligjore falas, ndihme ligjore falas
topic-words-labour-rights = punë, pune, vend pune, punëdhënës, punedhenes, shef, pronar, të drejta, te drejta, kontratë, kontrate, orar, orë
topic-words-recruitment-fees = agjent, agjenci, rekrutues, ndërmjetës, ndermjetes, tarifë, tarife, pagesë për punë, rekrutim
topic-words-work-conditions = orë, ore, orar, pushim, ditë pushimi, dite pushimi, orë shtesë, jashtë orarit, ushqim, gjumë, gjume, siguri
