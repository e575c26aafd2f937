## Helplines, channels, safety tips, rights and resources.

help-title = Cine vă poate ajuta
help-open-now = Deschis acum
help-closed-now = Închis acum
help-open-24-7 = Deschis zi și noapte
help-opens-at = Se deschide la { $time }
help-closes-at = Se închide la { $time }
help-free = Apel gratuit
help-may-cost = Apelurile pot costa bani
help-languages = Limbi: { $languages }
help-interpreters = Sunt disponibili interpreți
help-in-country = Linii de ajutor în { $country }
help-none-open = Nicio linie de ajutor nu este deschisă acum. Puteți totuși să trimiteți un mesaj sau un e-mail. Sunteți în pericol acum? Sunați la numărul de urgență.
help-emergency = Sunteți în pericol acum? Sunați la { $number }.
help-count = { $count ->
        [0] Nu s-a găsit nicio linie de ajutor
        [one] { $count } linie de ajutor
        [few] { $count } linii de ajutor
       *[other] { $count } de linii de ajutor
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = Administrată de o organizație caritabilă
operator-government = Administrată de guvern
operator-police = Administrată de poliție
operator-immigration = Administrată de autoritățile de imigrare
operator-intergovernmental = Administrată de o organizație internațională
operator-warning-law = Această linie este administrată de poliție sau de autoritățile de imigrare. Vă pot întreba despre acte. Dacă vă temeți de asta, alegeți o linie administrată de o organizație caritabilă.
operator-warning-confirm = Sună oricum

## Channels

channel-phone = Telefon
channel-sms = Mesaj text
channel-whatsapp = WhatsApp
channel-web = Site web
channel-email = E-mail

## Data quality

info-last-checked = Verificat ultima dată: { $date }
info-not-verified = Nu a fost verificat recent. Este posibil ca numărul să se fi schimbat.
info-source = Sursa

## Safety tips

tips-title = Rămâneți în siguranță când cereți ajutor
tip-call-log = Apelurile și mesajele apar în lista de apeluri a telefonului. Ștergeți-le după ce sunați, dacă nu este periculos.
tip-phone-bill = Apelurile pot apărea pe factura de telefon. Numerele gratuite adesea nu apar.
tip-borrow-phone = Dacă cineva vă verifică telefonul, împrumutați telefonul unei persoane în care aveți încredere.
tip-law-lines = Unele linii sunt administrate de poliție sau de autoritățile de imigrare. Ele sunt marcate în această aplicație.
tip-documents = Păstrați o copie a pașaportului, a actului de identitate, a vizei și a contractului de muncă. Țineți-o într-un loc sigur sau la cineva în care aveți încredere.
tip-hide = Apăsați „Ascunde” dacă se apropie cineva. Aplicația afișează calculatorul.
tip-emergency = Sunteți în pericol acum? Sunați la numărul de urgență. Este gratuit.

## Rights and resources

rights-title = Drepturile dumneavoastră
rights-in = Drepturile dumneavoastră în { $country }
rights-international = Drepturi valabile peste tot
rights-paraphrase-note = Acesta este un scurt rezumat, nu un sfat juridic. Întrebați un avocat sau o linie de ajutor despre situația dumneavoastră.
rights-caveats = Rețineți
resources-title = Mai multe de citit
search-placeholder = Caută
search-no-results = Nu s-a găsit nimic. Încercați alt cuvânt.
search-results = { $count ->
        [one] { $count } rezultat
        [few] { $count } rezultate
       *[other] { $count } de rezultate
    }
