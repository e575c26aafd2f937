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
help-none-open = Asnjë linjë ndihme nuk është e hapur tani. Prapë mund të dërgoni një mesazh ose një email. Jeni në rrezik tani? Telefononi numrin e urgjencës.
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

## Safety tips

tips-title = Qëndroni të sigurt kur kërkoni ndihmë
tip-call-log = Thirrjet dhe mesazhet shfaqen në listën e thirrjeve të telefonit. Fshijini pasi të telefononi, nëse është e sigurt.
tip-phone-bill = Thirrjet mund të shfaqen në faturën e telefonit. Numrat falas shpesh nuk shfaqen.
tip-borrow-phone = Nëse dikush jua kontrollon telefonin, merrni hua telefonin e dikujt që i besoni.
tip-law-lines = Disa linja drejtohen nga policia ose imigracioni. Ato janë të shënuara në këtë aplikacion.
tip-documents = Mbani një kopje të pasaportës, kartës së identitetit, vizës dhe kontratës së punës. Ruajeni diku në vend të sigurt, ose te dikush që i besoni.
tip-hide = Prekni „Fshih“ nëse dikush afrohet. Aplikacioni shfaq makinën llogaritëse.
tip-emergency = Jeni në rrezik tani? Telefononi numrin e urgjencës. Është falas.

## Rights and resources

rights-title = Të drejtat tuaja
rights-in = Të drejtat tuaja: { $country }
rights-international = Të drejtat kudo
rights-paraphrase-note = Kjo është një përmbledhje e shkurtër, jo këshillë ligjore. Pyesni një avokat ose një linjë ndihme për rastin tuaj.
rights-caveats = Kini parasysh
resources-title = Më shumë për të lexuar
search-placeholder = Kërko
search-no-results = Nuk u gjet asgjë. Provoni një fjalë tjetër.
search-results = { $count ->
        [one] { $count } rezultat
       *[other] { $count } rezultate
    }
