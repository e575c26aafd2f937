## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = Ang iyong plano para sa kaligtasan
plan-intro = Magplano nang maaga, para alam mo ang gagawin kung kailangan mong umalis o humingi ng tulong. Ikaw lang ang makakakita nito.
plan-updated = Huling binago: { $date }

plan-warning-signs = Mga senyales ng babala
    .prompt = Ano ang nagsasabi sa iyo na lalong nagiging mapanganib ang sitwasyon?
    .example = Halimbawa: nagagalit ang amo tungkol sa pera, may dumarating na mga bagong tao, kinukuha ang iyong mga papeles.

plan-safe-people = Mga taong pinagkakatiwalaan mo
    .prompt = Sino ang puwede mong kontakin kung kailangan mo ng tulong?
plan-person-name = Pangalan
plan-person-contact = Paano sila makokontak
plan-person-code-word = Code word
    .hint = Isang salitang puwede mong sabihin o i-text para humingi ng tulong nang hindi nalalaman ng iba.

plan-safe-places = Mga ligtas na lugar
    .prompt = Saan ka puwedeng pumunta kung kailangan mong umalis agad?
    .example = Halimbawa: bahay ng kaibigan, simbahan o templo, shelter, istasyon ng pulis kung pakiramdam mo ay ligtas ka roon.

plan-documents = Mga dokumento
    .prompt = Aling mga papeles ang dapat mong itago, o kopyahin?
plan-doc-passport = Passport
plan-doc-id = ID card
plan-doc-visa = Visa o work permit
plan-doc-contract = Kontrata sa trabaho
plan-doc-payslips = Mga payslip
plan-doc-bank-card = Bank card o ATM card
plan-doc-have = Nasa akin
plan-doc-copy = May kopya ako
plan-doc-held = Nasa ibang tao

plan-bag = Bag para sa emergency
    .prompt = Ano ang dadalhin mo kung kailangan mong umalis agad?
    .example = Halimbawa: telepono at charger, pera, gamot, kopya ng mga dokumento, makapal na damit.

plan-steps = Mga hakbang para makaalis nang ligtas
    .prompt = Isulat ang bawat hakbang, nang sunod-sunod.
plan-step-number = Hakbang { $number }

plan-notes = Mga paalala
    .prompt = Anumang iba pang gusto mong tandaan.

plan-item-add = Magdagdag
plan-item-remove = Alisin
plan-empty = Wala pang nakasulat dito.

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = I-type ang isang bahagi ng plano: warning-signs (mga senyales ng babala), safe-people (mga taong pinagkakatiwalaan mo), safe-places (mga ligtas na lugar), documents (mga dokumento), bag (bag para sa emergency), steps (mga hakbang) o notes (mga paalala).
plan-set-document-kinds = I-type ang isang dokumento: passport, id (ID card), visa (visa o work permit), contract (kontrata sa trabaho), payslips (mga payslip) o bank-card (bank card o ATM card).
plan-set-document-status = I-type kung nasaan ang dokumento: have (nasa akin), copy (may kopya ako) o held (nasa ibang tao).
