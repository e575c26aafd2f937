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
pin-choose-hint = از ۴ تا ۱۲ رقم استفاده کنید، یا یک عبارت عبور با ۸ حرف یا بیشتر. چیزی انتخاب کنید که دیگران نتوانند حدس بزنند.
pin-confirm = همان رمز را دوباره بنویسید
pin-enter = رمز خود را وارد کنید
pin-mismatch = این دو رمز با هم فرق دارند. لطفاً دوباره امتحان کنید.
pin-too-short = رمز باید دست‌کم ۴ رقم داشته باشد.
pin-too-long = رمز حداکثر می‌تواند ۱۲ رقم داشته باشد.
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

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = مشکلی پیش آمد. کاری که انجام می‌دادید تمام نشد. لطفاً دوباره امتحان کنید.
error-storage-full = حافظه گوشی پر است. چند عکس یا اپلیکیشن را پاک کنید و بعد دوباره امتحان کنید.
error-damaged = بعضی از اطلاعات ذخیره‌شده خوانده نمی‌شوند. این اطلاعات پاک نشده‌اند.
error-newer-version = این اطلاعات با نسخه جدیدتری از اپلیکیشن ذخیره شده است. لطفاً اپلیکیشن را به‌روز کنید.
error-keystore = فضای امن گوشی الان در دسترس نیست. قفل گوشی را باز کنید و دوباره امتحان کنید.
error-key-missing = این اطلاعات روی گوشی دیگری ساخته شده و اینجا باز نمی‌شود.
error-locked = لطفاً اول رمز خود را وارد کنید.
error-busy = اپلیکیشن مشغول است. لطفاً چند لحظه بعد دوباره امتحان کنید.
error-not-set-up = هنوز رمزی انتخاب نشده است. اول یک رمز انتخاب کنید.
error-already-set-up = رمز قبلاً انتخاب شده است. برای شروع دوباره، از «بازنشانی» استفاده کنید.
error-not-found = یادداشتی با این شماره نیست. شماره را بررسی کنید و دوباره امتحان کنید.
error-deleted = این یادداشت حذف شده است. نمی‌شود آن را تغییر داد.
error-journal-not-empty = دفتر یادداشت این گوشی از قبل یادداشت دارد. دفتر یادداشت را فقط می‌شود به یک دفتر یادداشت خالی منتقل کرد.
error-file-not-found = فایلی با این نام آنجا نیست. نام فایل و پوشه را بررسی کنید.
error-file-exists = فایلی با این نام از قبل آنجا هست. نام دیگری انتخاب کنید.
error-no-permission = اپلیکیشن اجازه ندارد از آنجا استفاده کند. پوشه دیگری انتخاب کنید.
error-file = گوشی نتوانست فایل را بخواند یا بنویسد. هیچ چیزی تغییر نکرد.
error-cancelled = متوقف شد. هیچ چیزی نگه داشته نشد.
error-wrong-confirmation = کدی که نوشتید با کدی که نشان داده شد یکی نیست. هیچ چیزی پاک نشد.
error-not-allowed = این کار فقط با رمز اصلی ممکن است.
error-text-empty = یادداشت خالی است. اول چیزی بنویسید.
error-text-too-long = یادداشت خیلی طولانی است. آن را به دو یادداشت تقسیم کنید.
error-tags-too-many = هر یادداشت حداکثر می‌تواند { $max } برچسب داشته باشد.
error-tag-invalid = برچسب می‌تواند ۱ تا { $max } حرف یا رقم داشته باشد.
error-category-unknown = یکی از دسته‌های داخل فهرست را انتخاب کنید.
error-attachments-too-many = هر یادداشت حداکثر می‌تواند { $max } فایل داشته باشد.
error-attachments-too-big = این فایل‌ها روی هم خیلی بزرگ هستند. روی هم حداکثر می‌توانند { $megabytes } مگابایت باشند.
error-attachment-empty = این فایل خالی است.
error-attachment-too-big = این فایل خیلی بزرگ است. هر فایل حداکثر می‌تواند { $megabytes } مگابایت باشد.
error-attachment-type = اپلیکیشن نمی‌داند این چه نوع فایلی است.
error-attachment-name = نام فایل خیلی طولانی است، یا حرف یا نشانه‌ای دارد که مجاز نیست.
error-entry-id = این شماره یادداشت نیست. شماره یادداشت‌ها در فهرست نشان داده می‌شود.
error-plan-too-many = هر بخش برنامه ایمنی حداکثر می‌تواند { $max } مورد داشته باشد.
error-plan-too-long = هر مورد در برنامه ایمنی حداکثر می‌تواند { $max } حرف داشته باشد.
error-plan-item-empty = مورد برنامه ایمنی نمی‌تواند خالی باشد.
error-plan-section = برنامه ایمنی بخشی با این نام ندارد.
error-age-key = این کلید سازمان نیست. کلید سازمان با age1 شروع می‌شود.
error-export-password-short = رمز عبور فایل باید دست‌کم { $min } حرف داشته باشد.
error-pin-character = رمز یا عبارت عبور نمی‌تواند چند خط باشد، یا نشانه‌های نامرئی داشته باشد.
error-pin-no-room = همه جاهای رمز پر است. جایی برای رمز دیگری نمانده است.
error-kdf-range = این تنظیمات امنیتی بیرون از حدی است که اپلیکیشن اجازه می‌دهد.
error-country-unknown = اپلیکیشن این کد کشور را نمی‌شناسد. دو حرف انگلیسی بنویسید، مثلاً GB.
error-language-unknown = اپلیکیشن این زبان را ندارد.
error-setting-too-long = این خیلی طولانی است. حداکثر { $max } حرف بنویسید.
error-setting-text = این نمی‌تواند خالی باشد یا نشانه‌های نامرئی داشته باشد.
error-setting-not-changeable = این تنظیم را اینجا نمی‌شود تغییر داد.
error-publisher-key = این کلید ناشر نیست.
error-question-unknown = این سؤال بخشی از بررسی وضعیت نیست.
error-input = این پذیرفته نشد. لطفاً آن را بررسی کنید و دوباره امتحان کنید.
error-database = اپلیکیشن نتوانست ذخیره کردن یا خواندن را تمام کند. کاری که انجام می‌دادید تمام نشد. لطفاً دوباره امتحان کنید.
error-pack-not-a-pack = این فایل اطلاعات کمک نیست.
error-pack-version = این فایل اطلاعات کمک برای نسخه جدیدتری از اپلیکیشن است. لطفاً اپلیکیشن را به‌روز کنید.
error-pack-truncated = این فایل اطلاعات کمک کامل نیست. فایل را دوباره بگیرید.
error-pack-malformed = این فایل اطلاعات کمک خراب است. فایل را دوباره بگیرید.
error-pack-mismatch = بخشی از این فایل اطلاعات کمک با مهر آن مطابقت ندارد. فایل را دوباره بگیرید.
error-pack-invalid = در اطلاعات کمکِ این فایل اشتباهی هست. از آن استفاده نشد. به سازمانی که آن را داده است خبر بدهید.
error-pack-misleading = این فایل اطلاعات کمک چیزی نشان می‌دهد که با کار واقعی‌اش فرق دارد (مثلاً شماره‌ای را نشان می‌دهد، ولی با شماره دیگری تماس می‌گیرد). از آن استفاده نشد.
error-pack-reserved = این فایل اطلاعات کمک وانمود می‌کند که اطلاعات کمکِ خودِ اپلیکیشن است. از آن استفاده نشد.
error-pack-version-too-high = شماره نسخه این فایل اطلاعات کمک مجاز نیست. از آن استفاده نشد.
error-export-wrong-key = این فایل برای این کلید ساخته نشده است.
error-not-available = این امکان اینجا در دسترس نیست.

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    دستورها:
      helplines [country]   شماره‌های کمک
      rights [words]        حقوق شما
      resources [words]     کمک‌های دیگر
      tips                  نکته‌های ایمنی
      check                 بررسی وضعیت شما
      journal [page]        دفتر یادداشت شما
      write                 نوشتن یک یادداشت تازه
      edit N · delete N     تغییر یا حذف یادداشت N
      plan · plan-set       برنامه ایمنی شما
      export FILE           ساختن یک فایل قفل‌شده برای مددکار
      lock                  قفل کردن دفتر یادداشت
      x                     همین حالا پنهان کن (ماشین‌حساب را نشان می‌دهد)
      quit                  بیرون رفتن از اپلیکیشن
shell-unknown-command = «{ $command }» دستور نیست. برای دیدن دستورها، help را بنویسید.
shell-usage = اپلیکیشن این دستور را نفهمید. برای دیدن کارهایی که می‌تواند انجام دهد، harbour --help را بنویسید.
shell-notes-title = یادداشت‌ها
input-not-text = آنچه نوشتید به‌صورت متن خوانده نشد. لطفاً دوباره بنویسید.
input-ended = نوشتن پیش از کامل شدن جواب قطع شد. هیچ چیزی تغییر نکرد.
unlock-wrong-tries = { $count ->
        [one] از آخرین باری که اپلیکیشن را باز کردید، کسی { $count } بار رمز اشتباه وارد کرده است.
       *[other] از آخرین باری که اپلیکیشن را باز کردید، کسی { $count } بار رمز اشتباه وارد کرده است.
    }
calibrate-result = باز کردن حدود { $ms } میلی‌ثانیه طول می‌کشد. از { $mib } مگابایت حافظه استفاده می‌کند و { $passes } دور دارد.
packs-line = { $title } ({ $pack }، نسخه { $version }) از { $publisher }
reset-type-code = برای پاک کردن همه چیز، این کد را عیناً بنویسید: { $code }

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
