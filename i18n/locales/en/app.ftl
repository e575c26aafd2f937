## Harbour — general screens, PIN, status and errors.
## Reference locale. Short sentences. Plain words. The reader may be frightened or in a hurry.

app-name = Harbour

## Navigation

nav-help = Get help
nav-rights = Your rights
nav-check = Check your situation
nav-plan = Safety plan
nav-journal = Journal
nav-settings = Settings
nav-hide = Hide
    .hint = Closes everything and shows the calculator.

action-back = Back
action-cancel = Cancel
action-save = Save
action-delete = Delete
action-edit = Edit
action-done = Done
action-next = Next
action-yes = Yes
action-no = No
action-not-sure = Not sure
action-search = Search
action-try-again = Try again
action-copy = Copy
action-call = Call
action-text = Send a text
action-open = Open

## PIN and unlocking

pin-choose = Choose a PIN
pin-choose-hint = Use 4 to 12 numbers, or a passphrase of 8 or more characters. Choose something others will not guess.
pin-confirm = Type the same PIN again
pin-enter = Enter your PIN
pin-mismatch = The two PINs are different. Please try again.
pin-too-short = A PIN needs at least 4 numbers.
pin-too-long = A PIN can have at most 12 numbers.
pin-passphrase-too-short = A passphrase needs at least 8 characters.
pin-passphrase-too-long = A passphrase can have at most 128 characters.
pin-wrong = That PIN did not work.
pin-wait = Please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } before you try again.
pin-wait-minutes = Please wait { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } before you try again.
pin-attempts = { $count ->
        [one] { $count } wrong try
       *[other] { $count } wrong tries
    }
pin-changed = Your PIN is changed.
pin-change = Change PIN
pin-current = Your current PIN
pin-new = Your new PIN
pin-in-use = This PIN is already used. Choose another one.
pin-forgot = Forgot your PIN?
pin-forgot-help = Help numbers and your rights still work without a PIN. Your journal and safety plan cannot be opened without it. Nobody can recover it for you.

## Unlock status

status-locked = Locked
status-unlocked = Open
status-setup-needed = Not set up yet
unlock-working = Opening…

## Setup (first use)

setup-welcome = This app can help you stay safe and find help.
setup-private = Everything you write stays on this phone, locked with your PIN.
setup-disguise = The app looks like a calculator. To open it, type your PIN and then press =.
setup-measure = Getting ready. This takes a few seconds.
setup-done = You are ready.

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = Something went wrong, and what you were doing was not finished. Please try again.
error-storage-full = The phone is full. Delete some photos or apps, then try again.
error-damaged = Some saved data cannot be read. It has not been deleted.
error-newer-version = This data was saved by a newer version of the app. Please update the app.
error-keystore = The phone’s secure storage is not available right now. Unlock the phone and try again.
error-key-missing = This data was made on another phone and cannot be opened here.
error-locked = Please enter your PIN first.
error-busy = The app is busy. Please try again in a moment.
error-not-set-up = There is no PIN yet. Choose a PIN first.
error-already-set-up = A PIN is already set. To start again, use Reset.
error-not-found = There is no entry with that number. Check the number and try again.
error-deleted = This entry was deleted. It cannot be changed.
error-journal-not-empty = The journal on this phone already has entries. A journal can only be moved onto an empty journal.
error-file-not-found = There is no file with that name there. Check the name and the folder.
error-file-exists = A file with that name is already there. Choose another name.
error-no-permission = The app may not use that place. Choose another folder.
error-file = The phone could not read or write the file. Nothing was changed.
error-cancelled = Stopped. Nothing was kept.
error-wrong-confirmation = The code you typed is not the one shown. Nothing was erased.
error-not-allowed = Only the main PIN can do this.
error-text-empty = The entry is empty. Write something first.
error-text-too-long = The entry is too long. Split it into two entries.
error-tags-too-many = An entry can have at most { $max } tags.
error-tag-invalid = A tag can have 1 to { $max } letters or numbers.
error-category-unknown = Choose one of the categories in the list.
error-attachments-too-many = An entry can have at most { $max } files.
error-attachments-too-big = These files are too big together. Together they can be up to { $megabytes } MB.
error-attachment-empty = This file is empty.
error-attachment-too-big = This file is too big. A file can be up to { $megabytes } MB.
error-attachment-type = The app does not know what kind of file this is.
error-attachment-name = The file name is too long or has a character that is not allowed.
error-entry-id = That is not an entry number. Entry numbers are shown in the list.
error-plan-too-many = A part of the safety plan can have at most { $max } items.
error-plan-too-long = An item in the safety plan can have at most { $max } letters.
error-plan-item-empty = An item in the safety plan cannot be empty.
error-plan-section = The safety plan has no part with that name.
error-age-key = This is not an organisation key. Such a key starts with age1.
error-export-password-short = The file’s password needs { $min } or more characters.
error-pin-character = A PIN or passphrase cannot have line breaks or other invisible characters.
error-pin-no-room = All PIN places are in use.
error-kdf-range = These security settings are outside what the app allows.
error-country-unknown = The app does not know this country code. Use two letters, for example GB.
error-language-unknown = The app does not have this language.
error-setting-too-long = This is too long. Use at most { $max } letters.
error-setting-text = This cannot be empty or have invisible characters.
error-setting-not-changeable = This setting cannot be changed here.
error-publisher-key = This is not a publisher key.
error-question-unknown = This question is not part of the check.
error-input = This was not accepted. Please check it and try again.
error-database = The app could not finish saving or reading. What you were doing was not finished; please try again.
error-pack-not-a-pack = This is not a help information file.
error-pack-version = This help file is for a newer version of the app. Please update the app.
error-pack-truncated = This help file is not complete. Get the file again.
error-pack-malformed = This help file is damaged. Get the file again.
error-pack-mismatch = A part of this help file does not match its seal. Get the file again.
error-pack-invalid = This help file has a mistake in its help and was not used. Tell the organisation that gave it.
error-pack-misleading = This help file shows something that is not what it does (for example a number that is not the one it calls). It was not used.
error-pack-reserved = This help file pretends to be the app’s own help. It was not used.
error-pack-version-too-high = This help file has a version number that is not allowed. It was not used.
error-export-wrong-key = This file was not made for this key.
error-not-available = This is not available here.

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    Commands:
      helplines [country]   help numbers
      rights [words]        your rights
      resources [words]     other help
      tips                  safety tips
      check                 check your situation
      journal [page]        your journal
      write                 write a new entry
      edit N · delete N     change or delete entry N
      plan · plan-set       your safety plan
      export FILE           make a locked file for a caseworker
      lock                  lock the journal
      x                     hide now (shows the calculator)
      quit                  leave
shell-unknown-command = “{ $command }” is not a command. Type help to see the commands.
shell-usage = The app did not understand this command. Type harbour --help to see what it can do.
shell-notes-title = Notes
input-not-text = What you typed could not be read as text. Please type it again.
input-ended = The input ended before the answer was complete. Nothing was changed.
unlock-wrong-tries = { $count ->
        [one] Since you last opened the app, someone typed { $count } wrong PIN.
       *[other] Since you last opened the app, someone typed { $count } wrong PINs.
    }
calibrate-result = Opening will take about { $ms } ms. It uses { $mib } MB of memory and { $passes } passes.
packs-line = { $title } ({ $pack }, version { $version }) from { $publisher }
reset-type-code = To erase everything, type this code back: { $code }

## Quick exit and locking

hide-now = Hide now
hidden-explain = Tap “Hide” at any time. The app closes and shows the calculator.
auto-lock = Lock after
auto-lock-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
auto-lock-never = Only when I hide it

## Settings

settings-language = Language
settings-country = Country
settings-disguise = App appearance
settings-about = About this app
settings-draft-translation = This translation has not been checked by a native speaker yet.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
