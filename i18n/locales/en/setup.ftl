## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = Set up for someone
outreach-intro = Choose the language, country and appearance. Add your organisation’s contact. Then hand the phone over.
outreach-language = Their language
outreach-country = Their country
outreach-disguise = How the app looks
outreach-org-name = Your organisation
outreach-org-contact = How to reach you
outreach-org-key = Your organisation’s key for shared files (optional)
outreach-import-pack = Add help information from a file
outreach-handoff = Hand over
outreach-handoff-confirm = Hand over now? Your settings stay. Your PIN and your session are removed. The next person chooses their own PIN.
outreach-reset = Reset this phone
outreach-reset-confirm = Erase everything in this app and start again? This cannot be undone.

pack-import-title = Add help information
pack-importing = Adding… { $percent }%
pack-imported = Help information updated.
pack-rejected = This file was not accepted. Nothing was changed.
pack-rejected-signature = This file is not signed by a trusted organisation.
pack-rejected-old = This file is older than the information you already have.
pack-rejected-damaged = This file is damaged or not complete.
pack-rejected-too-big = This file is too big.
decoy-title = Second PIN
decoy-explain = A second PIN opens a different, harmless journal. Use it if someone forces you to open the app.
decoy-shows = What should the second PIN open?
decoy-shows-same = 1. The same app, with help. Someone who knows this app cannot tell it from the real one.
decoy-shows-notes = 2. Only a notes journal, with no help and no app name. This hides what the app is. But someone who knows this app may see that it is not the real one.
decoy-shows-choose = Type 1 or 2.
disguise-launcher-name = Calculator
disguise-converter-name = Converter
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = All clear
disguise-key-clear = Clear
disguise-key-sign = Change sign
disguise-key-percent = Percent
disguise-key-divide = Divide
disguise-key-multiply = Multiply
disguise-key-minus = Minus
disguise-key-plus = Plus
# The key that deletes the last digit typed.
disguise-key-delete = Delete
# The decimal separator key.
disguise-key-point = Point
disguise-key-equals = Equals
duress-title = Emergency erase PIN
duress-needs-decoy = Set a second PIN first. The emergency PIN opens the second journal.
duress-explain = This PIN erases your real journal and plan at once, then opens the harmless journal. It cannot be undone.

pack-shared = The pack file is written. Pass it to the other phone; it checks the file before it uses it.
pack-not-shareable = There is no file to pass on for this pack. The built-in help is in every copy of the app.
