## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = Your journal
journal-intro = Write down what happens: dates, places, names, money. Only you can see it. Later it could help you or a lawyer.
journal-new = New entry
journal-empty = No entries yet.
journal-count = { $count ->
        [0] No entries
        [one] { $count } entry
       *[other] { $count } entries
    }
journal-text = What happened?
journal-tags = Tags
journal-category = Type of event
journal-written = Written { $date }
journal-edited = Changed { $date }
journal-deleted = This entry was deleted.
journal-attachments = { $count ->
        [one] { $count } attachment
       *[other] { $count } attachments
    }
journal-add-photo = Add photo
journal-add-audio = Add voice note
journal-add-document = Add document
journal-delete-confirm = Delete this entry? Its text and attachments will be gone for good. A note that something was deleted stays, so the journal can still be checked.
journal-edit-note = Changes are kept as a new version. The earlier version stays.

category-pay = Pay or money
category-documents = Papers or ID
category-threats = Threats
category-violence = Violence
category-movement = Not allowed to leave
category-conditions = Work or living conditions
category-other = Other

journal-verify = Check the journal
journal-verify-ok = The journal is complete. Nothing has been changed.
journal-verify-broken = The journal was changed outside the app, at entry { $number }.
journal-witness-code = Check code
    .hint = A caseworker can write this code down. Later it shows that the journal was not changed.

export-title = Share with a caseworker
export-intro = This makes one locked file with your journal. Only someone with the password, or your caseworker’s key, can open it.
export-passphrase = Choose a password for the file
export-passphrase-hint = Tell the caseworker the password in person or by phone, not in the same message as the file.
export-to-organisation = Lock it for { $organisation }
export-working = Making the file… { $percent }%
export-done = The file is ready.
export-wrong-passphrase = That password does not open this file.
export-damaged = This file is damaged or not complete.
import-title = Move your journal to this phone
import-done = { $count ->
        [one] { $count } entry moved.
       *[other] { $count } entries moved.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = Shopping: rice, oil, onions, phone credit.
decoy-sample-2 = Called home. Everyone is well.
decoy-sample-3 = Long shift today. Very tired.
decoy-sample-4 = Paid back the money I borrowed from a friend.
decoy-sample-5 = Need a new phone charger.
decoy-sample-6 = Rest day. Washed clothes and cooked.
