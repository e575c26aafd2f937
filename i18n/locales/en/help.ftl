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
help-none-open = No helpline is open right now. You can still send a message or an email. In danger now? Call the emergency number.
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

## Safety tips

tips-title = Stay safe when you ask for help
tip-call-log = Calls and texts show in the phone’s call list. Delete them after you call, if it is safe.
tip-phone-bill = Calls may show on a phone bill. Free numbers often do not.
tip-borrow-phone = If someone checks your phone, borrow a phone from someone you trust.
tip-law-lines = Some lines are run by the police or immigration. They are marked in this app.
tip-documents = Keep a copy of your passport, ID, visa and work contract. Keep it somewhere safe, or with someone you trust.
tip-hide = Tap “Hide” if someone comes near. The app shows the calculator.
tip-emergency = In danger now? Call the emergency number. It is free.

## Rights and resources

rights-title = Your rights
rights-in = Your rights in { $country }
rights-international = Rights everywhere
rights-paraphrase-note = This is a short summary, not legal advice. Ask a lawyer or a helpline about your case.
rights-caveats = Please note
resources-title = More to read
search-placeholder = Search
search-no-results = Nothing found. Try another word.
search-results = { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
