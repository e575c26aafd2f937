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

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = حدث خطأ ما. لم يكتمل ما كنت تفعله. يُرجى المحاولة مرة أخرى.
error-storage-full = ذاكرة الهاتف ممتلئة. احذف بعض الصور أو التطبيقات، ثم حاول مرة أخرى.
error-damaged = لا يمكن قراءة بعض البيانات المحفوظة. لم تُحذف هذه البيانات.
error-newer-version = حُفظت هذه البيانات بإصدار أحدث من التطبيق. يُرجى تحديث التطبيق.
error-keystore = التخزين الآمن في الهاتف غير متاح الآن. افتح قفل الهاتف وحاول مرة أخرى.
error-key-missing = أُنشئت هذه البيانات على هاتف آخر، ولا يمكن فتحها هنا.
error-locked = يُرجى إدخال رمزك السري أولًا.
error-busy = التطبيق مشغول. يُرجى المحاولة مرة أخرى بعد لحظة.
error-not-set-up = لا يوجد رمز سري بعد. اختر رمزًا سريًا أولًا.
error-already-set-up = يوجد رمز سري بالفعل. للبدء من جديد، استخدم «إعادة الضبط».
error-not-found = لا توجد تدوينة بهذا الرقم. تحقق من الرقم وحاول مرة أخرى.
error-deleted = حُذفت هذه التدوينة. لا يمكن تغييرها.
error-journal-not-empty = اليوميات على هذا الهاتف فيها تدوينات بالفعل. لا يمكن نقل اليوميات إلا إلى يوميات فارغة.
error-file-not-found = لا يوجد ملف بهذا الاسم هناك. تحقق من الاسم ومن المجلد.
error-file-exists = يوجد هناك ملف بهذا الاسم بالفعل. اختر اسمًا آخر.
error-no-permission = لا يُسمح للتطبيق باستخدام هذا المكان. اختر مجلدًا آخر.
error-file = لم يستطع الهاتف قراءة الملف أو الكتابة فيه. لم يتغير أي شيء.
error-cancelled = تم الإيقاف. لم يُحفظ أي شيء.
error-wrong-confirmation = الرمز الذي كتبته ليس الرمز المعروض. لم يُمسح أي شيء.
error-not-allowed = لا يمكن فعل هذا إلا بالرمز السري الرئيسي.
error-text-empty = التدوينة فارغة. اكتب شيئًا أولًا.
error-text-too-long = التدوينة طويلة جدًا. قسّمها إلى تدوينتين.
error-tags-too-many = عدد الوسوم في التدوينة الواحدة لا يمكن أن يزيد على { $max }.
error-tag-invalid = الوسم يتكون من حروف أو أرقام، عددها من واحد إلى { $max }.
error-category-unknown = اختر أحد الأنواع الموجودة في القائمة.
error-attachments-too-many = عدد الملفات في التدوينة الواحدة لا يمكن أن يزيد على { $max }.
error-attachments-too-big = هذه الملفات كبيرة جدًا معًا. حجمها كلها معًا يجب ألا يزيد على { $megabytes } ميغابايت.
error-attachment-empty = هذا الملف فارغ.
error-attachment-too-big = هذا الملف كبير جدًا. حجم الملف الواحد يجب ألا يزيد على { $megabytes } ميغابايت.
error-attachment-type = لا يعرف التطبيق نوع هذا الملف.
error-attachment-name = اسم الملف طويل جدًا، أو فيه حرف غير مسموح به.
error-entry-id = هذا ليس رقم تدوينة. أرقام التدوينات معروضة في القائمة.
error-plan-too-many = عدد البنود في الجزء الواحد من خطة الأمان لا يمكن أن يزيد على { $max }.
error-plan-too-long = عدد الحروف في البند الواحد من خطة الأمان لا يمكن أن يزيد على { $max }.
error-plan-item-empty = لا يمكن أن يكون البند في خطة الأمان فارغًا.
error-plan-section = لا يوجد في خطة الأمان جزء بهذا الاسم.
error-age-key = هذا ليس مفتاح منظمة. مفتاح المنظمة يبدأ هكذا: age1
error-export-password-short = يجب ألا يقل عدد أحرف كلمة مرور الملف عن { $min }.
error-pin-character = لا يمكن أن يحتوي الرمز السري أو العبارة السرية على سطر جديد أو على أحرف أخرى لا تُرى.
error-pin-no-room = لا يوجد مكان لرمز سري آخر. كل الأماكن مستخدمة.
error-kdf-range = إعدادات الحماية هذه خارج الحدود التي يسمح بها التطبيق.
error-country-unknown = لا يعرف التطبيق رمز البلد هذا. استخدم حرفين بالإنجليزية، مثلًا GB.
error-language-unknown = هذه اللغة غير موجودة في التطبيق.
error-setting-too-long = هذا طويل جدًا. عدد الأحرف يجب ألا يزيد على { $max }.
error-setting-text = لا يمكن أن يكون هذا فارغًا، ولا أن يحتوي على أحرف لا تُرى.
error-setting-not-changeable = لا يمكن تغيير هذا الإعداد هنا.
error-publisher-key = هذا ليس مفتاح ناشر.
error-question-unknown = هذا السؤال ليس من أسئلة الفحص.
error-input = لم يُقبل هذا. يُرجى التحقق منه والمحاولة مرة أخرى.
error-database = لم يستطع التطبيق إكمال الحفظ أو القراءة. لم يكتمل ما كنت تفعله. يُرجى المحاولة مرة أخرى.
error-pack-not-a-pack = هذا ليس ملف معلومات مساعدة.
error-pack-version = ملف المساعدة هذا مخصص لإصدار أحدث من التطبيق. يُرجى تحديث التطبيق.
error-pack-truncated = ملف المساعدة هذا غير كامل. احصل على الملف مرة أخرى.
error-pack-malformed = ملف المساعدة هذا تالف. احصل على الملف مرة أخرى.
error-pack-mismatch = جزء من ملف المساعدة هذا لا يطابق ختمه. احصل على الملف مرة أخرى.
error-pack-invalid = في معلومات ملف المساعدة هذا خطأ، لذلك لم يُستخدم. أخبر المنظمة التي أعطتك الملف.
error-pack-misleading = ملف المساعدة هذا يعرض شيئًا غير ما يفعله فعلًا (مثلًا رقمًا غير الرقم الذي يتصل به). لم يُستخدم.
error-pack-reserved = ملف المساعدة هذا يتظاهر بأنه المساعدة الخاصة بالتطبيق نفسه. لم يُستخدم.
error-pack-version-too-high = رقم إصدار ملف المساعدة هذا غير مسموح به. لم يُستخدم.
error-export-wrong-key = هذا الملف لم يُنشأ لهذا المفتاح.
error-not-available = هذا غير متاح هنا.

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    الأوامر:
      helplines [country]   أرقام المساعدة
      rights [words]        حقوقك
      resources [words]     مساعدة أخرى
      tips                  نصائح الأمان
      check                 فحص وضعك
      journal [page]        يومياتك
      write                 كتابة تدوينة جديدة
      edit N · delete N     تعديل التدوينة رقم N أو حذفها
      plan · plan-set       خطة أمانك
      export FILE           إنشاء ملف مقفل للأخصائي الاجتماعي
      lock                  قفل اليوميات
      x                     الإخفاء الآن (يعرض الآلة الحاسبة)
      quit                  الخروج
shell-unknown-command = «{ $command }» ليس أمرًا. اكتب help لترى الأوامر.
shell-usage = لم يفهم التطبيق هذا الأمر. اكتب harbour --help لترى ما يمكنه فعله.
shell-notes-title = ملاحظات
input-not-text = لم يستطع التطبيق قراءة ما كتبته كنص. يُرجى كتابته مرة أخرى.
input-ended = انتهى الإدخال قبل أن تكتمل الإجابة. لم يتغير أي شيء.
unlock-wrong-tries = { $count ->
        [zero] منذ آخر مرة فتحت فيها التطبيق، لم يكتب أحد رمزًا سريًا خاطئًا.
        [one] منذ آخر مرة فتحت فيها التطبيق، كتب شخص ما رمزًا سريًا خاطئًا مرة واحدة.
        [two] منذ آخر مرة فتحت فيها التطبيق، كتب شخص ما رمزًا سريًا خاطئًا مرتين.
        [few] منذ آخر مرة فتحت فيها التطبيق، كتب شخص ما رمزًا سريًا خاطئًا { $count } مرات.
        [many] منذ آخر مرة فتحت فيها التطبيق، كتب شخص ما رمزًا سريًا خاطئًا { $count } مرة.
       *[other] منذ آخر مرة فتحت فيها التطبيق، كتب شخص ما رمزًا سريًا خاطئًا { $count } مرة.
    }
calibrate-result = سيستغرق الفتح نحو { $ms } ميلي ثانية. يستخدم { $mib } ميغابايت من الذاكرة. عدد الدورات: { $passes }.
packs-line = { $title } ({ $pack }، الإصدار { $version }) من { $publisher }
reset-type-code = لمسح كل شيء، اكتب هذا الرمز كما هو: { $code }

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
