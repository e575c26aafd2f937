## Helplines, channels, safety tips, rights and resources.

help-title = Who can help
help-open-now = Open now
help-closed-now = Closed now
help-open-24-7 = Open day and night
help-opens-at = Opens at { $time }
help-closes-at = Closes at { $time }
help-free = Free to call
help-may-cost = Calls may cost money
help-languages = Languages: { $languages }
help-interpreters = Interpreters available
help-in-country = Helplines in { $country }
help-none-open = No helpline is open right now. You can still send a message or an email. In danger now? Call { $number }.
help-hours-unknown = Hours not known — try calling
help-hours-unknown-try = We do not know when these lines are open. Try calling: someone may answer.
help-for-children = For children and young people
help-no-verified-line = We could not check any help line in this country. Try the lines below for your region, or for people from your country.
help-for-nationals = Lines for people from { $country }, wherever they are
help-report-lines = Lines that pass reports to the police (not help lines)
help-police-caution = In this country, police have been reported to work with traffickers, or to hold people without papers. Think before you call them. If you can, call a help line first.
help-emergency = In danger now? Call { $number }.
help-count = { $count ->
        [0] No helplines found
        [one] { $count } helpline
       *[other] { $count } helplines
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = Run by a charity
operator-government = Run by the government
operator-police = Run by the police
operator-immigration = Run by immigration authorities
operator-intergovernmental = Run by an international organisation
operator-warning-law = This line is run by the police or immigration. They may ask about your papers. If you are afraid of that, choose a line run by a charity.
operator-warning-confirm = Call anyway

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = What you say may be passed to the police.
risk-immigration = What you say may be passed to immigration.
risk-employer-authority = What you say may reach your employer or sponsor. Ask first whether it could affect your visa or residence.
risk-child-protection = What you say about a child may be passed to child protection services.
risk-report-line = This line takes reports for the police. It is not a help line.

## Channels

channel-phone = Phone
channel-sms = Text message
channel-whatsapp = WhatsApp
channel-web = Website
channel-email = Email

## Data quality

info-last-checked = Last checked: { $date }
info-not-verified = Not checked recently. The number may have changed.
info-source = Source

## Safety tips (the tips themselves come with the help content)

tips-title = Stay safe when you ask for help

## Content shown in another language, or translated by machine

text-shown-in-english = Shown in English: not translated yet
text-may-be-out-of-date = This translation may be out of date
text-machine-translated = Translated by machine, not yet checked by a person

## The country the person is in

country-choose = Which country are you in? Help depends on the country.
country-prompt = Country
country-unknown = We do not know that country. Type one of the names or codes above.
country-needed = Which country are you in? Add the country, for example: --country GB. Or save it: harbour set country GB.

## Where rights come from

body-eu = European Union
body-coe = Council of Europe
body-int = International law
body-int-ilo = International Labour Organization

## Rights and resources

rights-title = Your rights
rights-in = Your rights in { $country }
rights-international = Rights everywhere
rights-regional = Rights from { $body }
rights-paraphrase-note = This is a short summary, not legal advice. Ask a lawyer or a helpline about your case.
rights-caveats = Please note
resources-title = More to read
search-placeholder = Search
search-no-results = Nothing found. Try another word.
search-results = { $count ->
        [one] { $count } result
       *[other] { $count } results
    }

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = trafficking, slavery, exploitation, forced
topic-words-consent = agree, agreed, consent, choice
topic-words-children = child, children, under 18, minor, young, girl, boy
topic-words-non-punishment = crime, punished, prison, arrested, charged, offence, law
topic-words-identification = victim, recognised, identified, status
topic-words-support = help, support, shelter, safe house, doctor, money, housing
topic-words-residence = visa, permit, stay, papers, residence, deported, deportation
topic-words-documents = passport, ID, identity card, papers, documents, visa, contract
topic-words-wages = salary, pay, wages, money, paid, unpaid, payslip
topic-words-debt = debt, loan, owe, borrowed, money
topic-words-movement = leave, locked, free, go out, move, escape
topic-words-violence = violence, hit, hurt, abuse, sexual, rape, threat
topic-words-compensation = compensation, damages, money back, claim
topic-words-reporting = police, report, complaint, tell
topic-words-legal-help = lawyer, legal, advice, court, free legal help
topic-words-labour-rights = work, job, employer, boss, rights, contract, hours
topic-words-recruitment-fees = agent, agency, recruiter, fee, job fee, recruitment
topic-words-work-conditions = hours, rest, day off, overtime, food, sleep, safety
