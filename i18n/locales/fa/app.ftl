## Harbour — general screens, PIN, status and errors.
## Reference locale. Short sentences. Plain words. The reader may be frightened or in a hurry.

app-name = Harbour

## Navigation

nav-help = گرفتن کمک
nav-rights = حقوق شما
nav-check = بررسی وضعیت شما
nav-plan = برنامه ایمنی
nav-journal = دفتر یادداشت
nav-settings = تنظیمات
nav-hide = پنهان کردن
    .hint = همه چیز را می‌بندد و ماشین‌حساب را نشان می‌دهد.

action-back = بازگشت
action-cancel = لغو
action-save = ذخیره
action-delete = حذف
action-edit = ویرایش
action-done = تمام
action-next = بعدی
action-yes = بله
action-no = نه
action-not-sure = مطمئن نیستم
action-search = جستجو
action-try-again = دوباره امتحان کنید
action-copy = کپی
action-call = تماس
action-text = فرستادن پیامک
action-open = باز کردن

## PIN and unlocking

pin-choose = یک رمز انتخاب کنید
pin-choose-hint = از ۴ تا ۱۲ عدد استفاده کنید، یا یک عبارت عبور با ۸ حرف یا بیشتر. چیزی انتخاب کنید که دیگران نتوانند حدس بزنند.
pin-confirm = همان رمز را دوباره بنویسید
pin-enter = رمز خود را وارد کنید
pin-mismatch = این دو رمز با هم فرق دارند. لطفاً دوباره امتحان کنید.
pin-too-short = رمز باید دست‌کم ۴ عدد داشته باشد.
pin-too-long = رمز حداکثر می‌تواند ۱۲ عدد داشته باشد.
pin-passphrase-too-short = عبارت عبور باید دست‌کم ۸ حرف داشته باشد.
pin-passphrase-too-long = عبارت عبور حداکثر می‌تواند ۱۲۸ حرف داشته باشد.
pin-wrong = این رمز درست نبود.
pin-wait = لطفاً { $seconds ->
        [one] { $seconds } ثانیه
       *[other] { $seconds } ثانیه
    } صبر کنید و بعد دوباره امتحان کنید.
pin-wait-minutes = لطفاً { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    } صبر کنید و بعد دوباره امتحان کنید.
pin-attempts = { $count ->
        [one] { $count } تلاش اشتباه
       *[other] { $count } تلاش اشتباه
    }
pin-changed = رمز شما تغییر کرد.
pin-change = تغییر رمز
pin-current = رمز فعلی شما
pin-new = رمز جدید شما
pin-in-use = این رمز قبلاً استفاده شده است. رمز دیگری انتخاب کنید.
pin-forgot = رمز خود را فراموش کرده‌اید؟
pin-forgot-help = شماره‌های کمک و حقوق شما بدون رمز هم کار می‌کنند. دفتر یادداشت و برنامه ایمنی شما بدون رمز باز نمی‌شوند. هیچ‌کس نمی‌تواند رمز را برای شما بازیابی کند.

## Unlock status

status-locked = قفل است
status-unlocked = باز است
status-setup-needed = هنوز راه‌اندازی نشده
unlock-working = در حال باز کردن…

## Setup (first use)

setup-welcome = این اپلیکیشن می‌تواند به شما کمک کند در امان بمانید و کمک پیدا کنید.
setup-private = هر چیزی که می‌نویسید روی همین گوشی می‌ماند و با رمز شما قفل است.
setup-disguise = این اپلیکیشن شبیه ماشین‌حساب است. برای باز کردن آن، رمز خود را بزنید و بعد = را فشار دهید.
setup-measure = در حال آماده‌سازی. این کار چند ثانیه طول می‌کشد.
setup-done = شما آماده‌اید.

## Errors (never show technical words to the person)

error-generic = مشکلی پیش آمد. چیزی از بین نرفت. لطفاً دوباره امتحان کنید.
error-storage-full = حافظه گوشی پر است. چند عکس یا اپلیکیشن را پاک کنید و بعد دوباره امتحان کنید.
error-damaged = بعضی از اطلاعات ذخیره‌شده خوانده نمی‌شوند. این اطلاعات پاک نشده‌اند.
error-newer-version = این اطلاعات با نسخه جدیدتری از اپلیکیشن ذخیره شده است. لطفاً اپلیکیشن را به‌روز کنید.
error-keystore = فضای امن گوشی الان در دسترس نیست. قفل گوشی را باز کنید و دوباره امتحان کنید.
error-key-missing = این اطلاعات روی گوشی دیگری ساخته شده و اینجا باز نمی‌شود.
error-locked = لطفاً اول رمز خود را وارد کنید.
error-busy = اپلیکیشن مشغول است. لطفاً چند لحظه بعد دوباره امتحان کنید.

## Quick exit and locking

hide-now = همین حالا پنهان کن
hidden-explain = هر وقت خواستید، روی «پنهان کردن» بزنید. اپلیکیشن بسته می‌شود و ماشین‌حساب را نشان می‌دهد.
auto-lock = قفل شدن بعد از
auto-lock-minutes = { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    }
auto-lock-never = فقط وقتی خودم پنهانش کنم

## Settings

settings-language = زبان
settings-country = کشور
settings-disguise = ظاهر اپلیکیشن
settings-about = درباره این اپلیکیشن
settings-draft-translation = این ترجمه هنوز توسط یک فارسی‌زبان بررسی نشده است.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
