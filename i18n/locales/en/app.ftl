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

## Errors (never show technical words to the person)

error-generic = Something went wrong. Nothing was lost. Please try again.
error-storage-full = The phone is full. Delete some photos or apps, then try again.
error-damaged = Some saved data cannot be read. It has not been deleted.
error-newer-version = This data was saved by a newer version of the app. Please update the app.
error-keystore = The phone’s secure storage is not available right now. Unlock the phone and try again.
error-key-missing = This data was made on another phone and cannot be opened here.
error-locked = Please enter your PIN first.
error-busy = The app is busy. Please try again in a moment.

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
