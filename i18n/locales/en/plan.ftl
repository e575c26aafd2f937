## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = Your safety plan
plan-intro = Plan ahead, so you know what to do if you need to leave or get help. Only you can see this.
plan-updated = Last changed: { $date }

plan-warning-signs = Warning signs
    .prompt = What tells you that things are getting more dangerous?
    .example = For example: the boss gets angry about money, new people arrive, your papers are taken.

plan-safe-people = People you trust
    .prompt = Who can you contact if you need help?
plan-person-name = Name
plan-person-contact = How to reach them
plan-person-code-word = Code word
    .hint = A word you can say or text to ask for help without others knowing.

plan-safe-places = Safe places
    .prompt = Where could you go if you need to leave quickly?
    .example = For example: a friend’s home, a church or temple, a shelter, a police station if you feel safe there.

plan-documents = Documents
    .prompt = Which papers should you keep, or keep a copy of?
plan-doc-passport = Passport
plan-doc-id = ID card
plan-doc-visa = Visa or work permit
plan-doc-contract = Work contract
plan-doc-payslips = Payslips
plan-doc-bank-card = Bank card
plan-doc-have = I have it
plan-doc-copy = I have a copy
plan-doc-held = Someone else has it

plan-bag = Emergency bag
    .prompt = What would you take if you had to leave quickly?
    .example = For example: phone and charger, money, medicine, copies of documents, warm clothes.

plan-steps = Steps to leave safely
    .prompt = Write down each step, in order.
plan-step-number = Step { $number }

plan-notes = Notes
    .prompt = Anything else you want to remember.

plan-item-add = Add
plan-item-remove = Remove
plan-empty = Nothing written here yet.

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = Name a part of the plan: warning-signs, safe-people, safe-places, documents, bag, steps or notes.
plan-set-document-kinds = Name a document: passport, id, visa, contract, payslips or bank-card.
plan-set-document-status = Say where the document is: have, copy or held.
