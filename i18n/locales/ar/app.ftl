## Harbour — general screens, PIN, status and errors.
## Reference locale. Short sentences. Plain words. The reader may be frightened or in a hurry.

app-name = Harbour

## Navigation

nav-help = طلب المساعدة
nav-rights = حقوقك
nav-check = فحص وضعك
nav-plan = خطة الأمان
nav-journal = اليوميات
nav-settings = الإعدادات
nav-hide = إخفاء
    .hint = يُغلق كل شيء ويعرض الآلة الحاسبة.

action-back = رجوع
action-cancel = إلغاء
action-save = حفظ
action-delete = حذف
action-edit = تعديل
action-done = تم
action-next = التالي
action-yes = نعم
action-no = لا
action-not-sure = لست متأكدًا
action-search = بحث
action-try-again = المحاولة مرة أخرى
action-copy = نسخ
action-call = اتصال
action-text = إرسال رسالة نصية
action-open = فتح

## PIN and unlocking

pin-choose = اختر رمزًا سريًا
pin-choose-hint = استخدم من 4 إلى 12 رقمًا، أو عبارة سرية من 8 أحرف أو أكثر. اختر شيئًا لا يستطيع الآخرون تخمينه.
pin-confirm = اكتب الرمز السري نفسه مرة أخرى
pin-enter = أدخل رمزك السري
pin-mismatch = الرمزان مختلفان. يُرجى المحاولة مرة أخرى.
pin-too-short = يجب أن يتكون الرمز السري من 4 أرقام على الأقل.
pin-too-long = يمكن أن يتكون الرمز السري من 12 رقمًا على الأكثر.
pin-passphrase-too-short = يجب أن تتكون العبارة السرية من 8 أحرف على الأقل.
pin-passphrase-too-long = يمكن أن تتكون العبارة السرية من 128 حرفًا على الأكثر.
pin-wrong = لم ينجح هذا الرمز السري.
pin-wait = يُرجى الانتظار لمدة { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } قبل المحاولة مرة أخرى.
pin-wait-minutes = يُرجى الانتظار لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } قبل المحاولة مرة أخرى.
pin-attempts = { $count ->
        [zero] لا توجد محاولات خاطئة
        [one] محاولة خاطئة واحدة
        [two] محاولتان خاطئتان
        [few] { $count } محاولات خاطئة
        [many] { $count } محاولة خاطئة
       *[other] { $count } محاولة خاطئة
    }
pin-changed = تم تغيير رمزك السري.
pin-change = تغيير الرمز السري
pin-current = رمزك السري الحالي
pin-new = رمزك السري الجديد
pin-in-use = هذا الرمز السري مستخدم بالفعل. اختر رمزًا آخر.
pin-forgot = هل نسيت رمزك السري؟
pin-forgot-help = أرقام المساعدة ومعلومات حقوقك تعمل دون رمز سري أيضًا. لا يمكن فتح يومياتك وخطة الأمان دونه. لا أحد يستطيع استعادته لك.

## Unlock status

status-locked = مقفل
status-unlocked = مفتوح
status-setup-needed = لم يتم الإعداد بعد
unlock-working = جارٍ الفتح…

## Setup (first use)

setup-welcome = يمكن لهذا التطبيق أن يساعدك على البقاء في أمان والعثور على المساعدة.
setup-private = كل ما تكتبه يبقى على هذا الهاتف، مقفلًا برمزك السري.
setup-disguise = يبدو التطبيق مثل آلة حاسبة. لفتحه، اكتب رمزك السري ثم اضغط =.
setup-measure = جارٍ التجهيز. يستغرق هذا بضع ثوانٍ.
setup-done = كل شيء جاهز.

## Errors (never show technical words to the person)

error-generic = حدث خطأ ما. لم يضِع أي شيء. يُرجى المحاولة مرة أخرى.
error-storage-full = ذاكرة الهاتف ممتلئة. احذف بعض الصور أو التطبيقات، ثم حاول مرة أخرى.
error-damaged = لا يمكن قراءة بعض البيانات المحفوظة. لم تُحذف هذه البيانات.
error-newer-version = حُفظت هذه البيانات بإصدار أحدث من التطبيق. يُرجى تحديث التطبيق.
error-keystore = التخزين الآمن في الهاتف غير متاح الآن. افتح قفل الهاتف وحاول مرة أخرى.
error-key-missing = أُنشئت هذه البيانات على هاتف آخر، ولا يمكن فتحها هنا.
error-locked = يُرجى إدخال رمزك السري أولًا.
error-busy = التطبيق مشغول. يُرجى المحاولة مرة أخرى بعد لحظة.

## Quick exit and locking

hide-now = إخفاء الآن
hidden-explain = اضغط على «إخفاء» في أي وقت. يُغلق التطبيق ويعرض الآلة الحاسبة.
auto-lock = القفل بعد
auto-lock-minutes = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
auto-lock-never = فقط عندما أُخفيه

## Settings

settings-language = اللغة
settings-country = البلد
settings-disguise = شكل التطبيق
settings-about = حول هذا التطبيق
settings-draft-translation = هذه الترجمة لم يراجعها متحدث أصلي باللغة بعد.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
