## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = Plani juaj i sigurisë
plan-intro = Planifikoni që më parë, që të dini çfarë të bëni nëse duhet të largoheni ose të kërkoni ndihmë. Vetëm ju mund ta shihni këtë.
plan-updated = Ndryshuar së fundi: { $date }

plan-warning-signs = Shenja paralajmëruese
    .prompt = Çfarë ju tregon se gjërat po bëhen më të rrezikshme?
    .example = Për shembull: shefi zemërohet për paratë, vijnë njerëz të rinj, jua marrin dokumentet.

plan-safe-people = Njerëz që u besoni
    .prompt = Me kë mund të lidheni nëse keni nevojë për ndihmë?
plan-person-name = Emri
plan-person-contact = Si të lidheni me të
plan-person-code-word = Fjalë kodi
    .hint = Një fjalë që mund ta thoni ose ta shkruani me mesazh për të kërkuar ndihmë, pa e kuptuar të tjerët.

plan-safe-places = Vende të sigurta
    .prompt = Ku mund të shkoni nëse duhet të largoheni shpejt?
    .example = Për shembull: shtëpia e një shoku, një kishë ose tempull, një strehë, një stacion policie nëse aty ndiheni të sigurt.

plan-documents = Dokumentet
    .prompt = Cilat dokumente duhet t’i mbani, ose t’u mbani një kopje?
plan-doc-passport = Pasaporta
plan-doc-id = Karta e identitetit
plan-doc-visa = Viza ose leja e punës
plan-doc-contract = Kontrata e punës
plan-doc-payslips = Fletët e pagës
plan-doc-bank-card = Karta bankare
plan-doc-have = E kam
plan-doc-copy = Kam një kopje
plan-doc-held = E ka dikush tjetër

plan-bag = Çanta e emergjencës
    .prompt = Çfarë do të merrnit me vete nëse do të duhej të largoheshit shpejt?
    .example = Për shembull: telefonin dhe karikuesin, para, ilaçe, kopje të dokumenteve, rroba të ngrohta.

plan-steps = Hapat për t’u larguar pa rrezik
    .prompt = Shkruani çdo hap, me radhë.
plan-step-number = Hapi { $number }

plan-notes = Shënime
    .prompt = Çdo gjë tjetër që doni të mbani mend.

plan-item-add = Shto
plan-item-remove = Hiq
plan-empty = Ende nuk është shkruar asgjë këtu.

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = Shkruani në anglisht emrin e një pjese të planit: warning-signs (shenja paralajmëruese), safe-people (njerëz që u besoni), safe-places (vende të sigurta), documents (dokumentet), bag (çanta e emergjencës), steps (hapat) ose notes (shënime).
plan-set-document-kinds = Shkruani në anglisht emrin e dokumentit: passport (pasaporta), id (karta e identitetit), visa (viza ose leja e punës), contract (kontrata e punës), payslips (fletët e pagës) ose bank-card (karta bankare).
plan-set-document-status = Shkruani në anglisht ku është dokumenti: have (e kam), copy (kam një kopje) ose held (e ka dikush tjetër).
