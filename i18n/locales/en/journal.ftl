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
journal-edit-current = This is the entry now:
journal-page-none = There is no such page. Pages start at 0.
journal-draft-kept = Your text was not saved, but it is kept until you hide or leave the app. Type write to use it again.
journal-draft-reuse = Your unsaved text is below. Type more lines to add to it, or a line with only a dot to save it.
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
export-for-organisation = This file will be for { $organisation }. Their key: { $fingerprint }.
export-for-key = This file will open only with the key { $fingerprint }.
export-confirm-key = Check the key with the organisation before you go on. Make the file?
export-no-organisation-key = No organisation key was saved when this phone was set up. Use a password instead.
export-passphrase-again = Type the same password again
export-working = Making the file… { $percent }%
export-changes-entry = Changes entry #{ $number }
export-done = The file is ready.
export-wrong-passphrase = That password does not open this file.
export-damaged = This file is damaged or not complete.
import-title = Move your journal to this phone
import-passphrase = The file’s password
import-done = { $count ->
        [one] { $count } entry moved.
       *[other] { $count } entries moved.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = Rainy morning. The room is cold.
decoy-entry-2 = Cooked rice and beans for dinner.
decoy-entry-3 = Slept badly. Too hot in the room.
decoy-entry-4 = Washed clothes. They dried fast in the sun.
decoy-entry-5 = Ate bread and tomatoes.
decoy-entry-6 = Washed the dishes.
decoy-entry-7 = Tired today. Went to bed early.
decoy-entry-8 = Sat quietly in the evening.
decoy-entry-9 = Cleaned the kitchen.
decoy-entry-10 = Cold today. Wore two shirts.
decoy-entry-11 = Tried a new recipe with lentils. Not bad.
decoy-entry-12 = Headache in the afternoon. Drank more water.
decoy-entry-13 = Feet hurt at the end of the day.
decoy-entry-14 = Fixed the button on my jacket.
decoy-entry-15 = Made tea and rested.
decoy-entry-16 = Noisy night. Could not sleep well.
decoy-entry-17 = The clock runs slow.
decoy-entry-18 = Sunny day. Sat by the window.
decoy-entry-19 = Ate noodles for lunch.
decoy-entry-20 = Mended the sole of a shoe.
decoy-entry-21 = Drank a lot of water today.
decoy-entry-22 = Mended a sock.
decoy-entry-23 = Remember to drink more water.
decoy-entry-24 = Tea and a short rest.
decoy-entry-25 = Made potato stew with onion.
decoy-entry-26 = Rice with vegetables for lunch.
decoy-entry-27 = Windy today.
decoy-entry-28 = Swept the floor.
decoy-entry-29 = Woke up early. Watched the sky.
decoy-entry-30 = Ate fruit for breakfast.
decoy-entry-31 = Long day. Nothing special.
decoy-entry-32 = Made soup. Enough for two days.
decoy-entry-33 = My back is stiff. Stretched a little.
decoy-entry-34 = My hair has grown long.
decoy-entry-35 = Too tired to cook. Ate bread.
decoy-entry-36 = Saw a beautiful bird this morning.
decoy-entry-37 = Cleaned my shoes.
decoy-entry-38 = Sewed a small hole in my bag.
decoy-entry-39 = Quiet day.
decoy-entry-40 = The tap is dripping.
decoy-entry-41 = Washed my hair.
decoy-entry-42 = Cooked eggs and rice.
decoy-entry-43 = Very hot today.
decoy-entry-44 = Slept well for once.
decoy-entry-45 = Drank tea with lemon.
decoy-entry-46 = Sore throat. Had warm water with honey.
decoy-entry-47 = Folded the clean clothes.
decoy-entry-48 = Rain all day.
decoy-entry-49 = Made flatbread. Turned out well.
decoy-entry-50 = Read a little before sleeping.
decoy-entry-51 = Cut my nails.
decoy-entry-52 = Washed the towels.
decoy-entry-53 = Peeled potatoes for tomorrow.
decoy-entry-54 = Tomatoes with salt for lunch.
decoy-entry-55 = Aired out the blankets.
decoy-entry-56 = Ate late tonight.
decoy-entry-57 = The light in the room flickers.
decoy-entry-58 = Hung the washing inside. Too wet outside.
decoy-entry-59 = Stomach ache after lunch. Better now.
decoy-entry-60 = Nothing much today. Rested.
