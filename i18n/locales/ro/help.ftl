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
help-none-open = Nicio linie de ajutor nu este deschisă acum. Puteți totuși să trimiteți un mesaj sau un e-mail. Sunteți în pericol acum? Sunați la { $number }.
help-hours-unknown = Program necunoscut — încercați să sunați
help-hours-unknown-try = Nu știm când sunt deschise aceste linii. Încercați să sunați: s-ar putea să vă răspundă cineva.
help-for-children = Pentru copii și tineri
help-no-verified-line = Nu am putut verifica nicio linie de ajutor în această țară. Încercați liniile de mai jos pentru regiunea dumneavoastră sau pentru oamenii din țara dumneavoastră.
help-for-nationals = Linii pentru oamenii din { $country }, oriunde s-ar afla
help-report-lines = Linii care transmit sesizările poliției (nu sunt linii de ajutor)
help-police-caution = În această țară, există informații că poliția lucrează cu traficanții sau reține oamenii fără acte. Gândiți-vă bine înainte să sunați la poliție. Dacă puteți, sunați mai întâi la o linie de ajutor.
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

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = Ce spuneți poate fi transmis poliției.
risk-immigration = Ce spuneți poate fi transmis autorităților de imigrare.
risk-employer-authority = Ce spuneți poate ajunge la angajatorul sau la sponsorul dumneavoastră. Întrebați mai întâi dacă acest lucru vă poate afecta viza sau dreptul de ședere.
risk-child-protection = Ce spuneți despre un copil poate fi transmis serviciilor de protecție a copilului.
risk-report-line = Această linie primește sesizări pentru poliție. Nu este o linie de ajutor.

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

## Safety tips (the tips themselves come with the help content)

tips-title = Rămâneți în siguranță când cereți ajutor

## Content shown in another language, or translated by machine

text-shown-in-english = Afișat în engleză: nu este tradus încă
text-may-be-out-of-date = Este posibil ca această traducere să nu fie la zi
text-machine-translated = Tradus automat, încă neverificat de o persoană

## The country the person is in

country-choose = În ce țară vă aflați? Ajutorul depinde de țară.
country-prompt = Țara
country-unknown = Nu cunoaștem această țară. Scrieți unul dintre numele sau codurile de mai sus.
country-needed = În ce țară vă aflați? Adăugați țara, de exemplu: --country GB. Sau salvați-o: harbour set country GB.

## Where rights come from

body-eu = Uniunea Europeană
body-coe = Consiliul Europei
body-int = Dreptul internațional
body-int-ilo = Organizația Internațională a Muncii

## Rights and resources

rights-title = Drepturile dumneavoastră
rights-in = Drepturile dumneavoastră în { $country }
rights-international = Drepturi valabile peste tot
rights-regional = Drepturi: { $body }
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

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = trafic, trafic de persoane, traficat, traficanți, sclavie, sclav, robie, exploatare, exploatat, forțat, obligat, muncă forțată
topic-words-consent = acord, de acord, am fost de acord, consimțământ, am vrut, alegere, am ales, de bunăvoie
topic-words-children = copil, copii, sub 18, sub 18 ani, minor, minoră, tânăr, tineri, adolescent, fată, fetiță, băiat
topic-words-non-punishment = infracțiune, crimă, pedeapsă, pedepsit, închisoare, pușcărie, arestat, acuzat, vinovat, dosar penal, lege
topic-words-identification = victimă, recunoscut, recunoaștere, identificat, identificare, statut, confirmat
topic-words-support = ajutor, sprijin, adăpost, casă sigură, locuință, cazare, doctor, medic, spital, bani, mâncare
topic-words-residence = viză, permis, permis de ședere, ședere, rezidență, acte, fără acte, expulzat, expulzare, deportat, deportare, trimis acasă
topic-words-documents = pașaport, buletin, carte de identitate, act de identitate, acte, documente, viză, contract
topic-words-wages = salariu, leafă, plată, bani, plătit, neplătit, nu m-a plătit, fluturaș, fluturaș de salariu, ore suplimentare
topic-words-debt = datorie, datorii, împrumut, datorez, am împrumutat, bani, cămătar
topic-words-movement = plec, plecare, încuiat, închis, liber, libertate, ies, ieșit afară, nu mă lasă, fug, fugă, scap, evadare
topic-words-violence = violență, bătaie, bătut, lovit, rănit, abuz, abuzat, sexual, hărțuire, viol, violat, amenințare, amenințat
topic-words-compensation = despăgubire, despăgubiri, daune, compensație, bani înapoi, recuperare bani, cerere, proces
topic-words-reporting = poliție, sesizare, plângere, reclamație, denunț, a spune, raportez, reclam
topic-words-legal-help = avocat, avocat din oficiu, juridic, sfat, sfat juridic, instanță, tribunal, judecată, proces, ajutor juridic gratuit
topic-words-labour-rights = muncă, lucru, serviciu, loc de muncă, job, angajator, patron, șef, drepturi, contract, ore, program
topic-words-recruitment-fees = agent, agenție, agenție de plasare, recrutor, intermediar, taxă, comision, taxă de recrutare, recrutare, plasare
topic-words-work-conditions = ore, program, odihnă, pauză, zi liberă, liber, ore suplimentare, mâncare, somn, dormit, siguranță, condiții
