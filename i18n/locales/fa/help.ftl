## Helplines, channels, safety tips, rights and resources.

help-title = چه کسی می‌تواند کمک کند
help-open-now = الان باز است
help-closed-now = الان بسته است
help-open-24-7 = شبانه‌روزی باز است
help-opens-at = ساعت { $time } باز می‌شود
help-closes-at = ساعت { $time } بسته می‌شود
help-free = تماس رایگان است
help-may-cost = تماس ممکن است هزینه داشته باشد
help-languages = زبان‌ها: { $languages }
help-interpreters = مترجم در دسترس است
help-in-country = خطوط کمک در { $country }
help-none-open = الان هیچ خط کمکی باز نیست. باز هم می‌توانید پیام یا ایمیل بفرستید. الان در خطر هستید؟ با { $number } تماس بگیرید.
help-hours-unknown = ساعت کار معلوم نیست — تماس بگیرید و امتحان کنید
help-hours-unknown-try = نمی‌دانیم این خطوط چه وقت باز هستند. تماس بگیرید: شاید کسی جواب بدهد.
help-for-children = برای کودکان و نوجوانان
help-no-verified-line = نتوانستیم هیچ خط کمکی را در این کشور بررسی کنیم. خطوط پایین را امتحان کنید: خطوط منطقه شما، یا خطوط برای مردم کشور خودتان.
help-for-nationals = خطوط برای مردم { $country }، هر جا که باشند
help-report-lines = خطوطی که گزارش‌ها را به پلیس می‌دهند (خط کمک نیستند)
help-police-caution = گزارش شده که در این کشور پلیس با قاچاقچیان همکاری می‌کند، یا کسانی را که مدارک ندارند بازداشت می‌کند. پیش از تماس با پلیس فکر کنید. اگر می‌توانید، اول با یک خط کمک تماس بگیرید.
help-emergency = الان در خطر هستید؟ با { $number } تماس بگیرید.
help-count = { $count ->
        [0] هیچ خط کمکی پیدا نشد
        [one] { $count } خط کمک
       *[other] { $count } خط کمک
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = زیر نظر یک سازمان خیریه
operator-government = زیر نظر دولت
operator-police = زیر نظر پلیس
operator-immigration = زیر نظر اداره مهاجرت
operator-intergovernmental = زیر نظر یک سازمان بین‌المللی
operator-warning-law = این خط زیر نظر پلیس یا اداره مهاجرت است. ممکن است درباره مدارک شما سؤال کنند. اگر از این موضوع می‌ترسید، خطی را انتخاب کنید که زیر نظر یک سازمان خیریه است.
operator-warning-confirm = با این حال تماس می‌گیرم

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = آنچه می‌گویید ممکن است به پلیس داده شود.
risk-immigration = آنچه می‌گویید ممکن است به اداره مهاجرت داده شود.
risk-employer-authority = آنچه می‌گویید ممکن است به کارفرما یا کفیل شما برسد. اول بپرسید آیا ممکن است روی ویزا یا اقامت شما اثر بگذارد.
risk-child-protection = آنچه درباره یک کودک می‌گویید ممکن است به خدمات حمایت از کودکان داده شود.
risk-report-line = این خط برای پلیس گزارش می‌گیرد. خط کمک نیست.

## Channels

channel-phone = تلفن
channel-sms = پیامک
channel-whatsapp = WhatsApp
channel-web = وب‌سایت
channel-email = ایمیل

## Data quality

info-last-checked = آخرین بررسی: { $date }
info-not-verified = اخیراً بررسی نشده است. ممکن است شماره تغییر کرده باشد.
info-source = منبع

## Safety tips

tips-title = وقتی کمک می‌خواهید، در امان بمانید

## Content shown in another language, or translated by machine

text-shown-in-english = به انگلیسی نشان داده شده: هنوز ترجمه نشده است
text-may-be-out-of-date = ممکن است این ترجمه قدیمی باشد
text-machine-translated = ترجمه ماشینی است، هنوز یک نفر آن را بررسی نکرده است

## The country the person is in

country-choose = در کدام کشور هستید؟ کمک به کشور بستگی دارد.
country-prompt = کشور
country-unknown = این کشور را نمی‌شناسیم. یکی از نام‌ها یا کدهای بالا را بنویسید.
country-needed = در کدام کشور هستید؟ کشور را اضافه کنید، مثلاً: --country GB. یا آن را ذخیره کنید: harbour set country GB.

## Where rights come from

body-eu = اتحادیه اروپا
body-coe = شورای اروپا
body-int = قانون بین‌المللی
body-int-ilo = سازمان بین‌المللی کار

## Rights and resources

rights-title = حقوق شما
rights-in = حقوق شما در { $country }
rights-international = حقوق شما در همه جا
rights-regional = حقوق شما طبق { $body }
rights-paraphrase-note = این یک خلاصه کوتاه است، نه مشاوره حقوقی. درباره وضعیت خودتان از یک وکیل یا یک خط کمک بپرسید.
rights-caveats = لطفاً توجه کنید
resources-title = مطالب بیشتر برای خواندن
search-placeholder = جستجو
search-no-results = چیزی پیدا نشد. کلمه دیگری را امتحان کنید.
search-results = { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = قاچاق, قاچاق انسان, قاچاقچی, برده, بردگی, برده‌داری, برده داری, بهره‌کشی, بهره کشی, استثمار, اجبار, اجباری, مجبور, کار اجباری
topic-words-consent = رضایت, موافقت, قبول, قبول کردم, راضی, خودم خواستم, انتخاب, اختیار
topic-words-children = کودک, بچه, طفل, اطفال, زیر ۱۸, زیر 18, نوجوان, صغیر, دختر, پسر, کم‌سن, کم سن
topic-words-non-punishment = جرم, جنایت, مجازات, جزا, زندان, حبس, دستگیر, بازداشت, اتهام, متهم, تخلف, قانون
topic-words-identification = قربانی, شناسایی, شناخته, تأیید, تایید, وضعیت
topic-words-support = کمک, حمایت, سرپناه, پناهگاه, خانه امن, دکتر, داکتر, پزشک, پول, مسکن, جای خواب, خانه
topic-words-residence = ویزا, روادید, اقامت, اجازه اقامت, کارت اقامت, مدارک, مدرک, ماندن, اخراج, دیپورت, رد مرز, برگرداندن
topic-words-documents = پاسپورت, گذرنامه, تذکره, کارت شناسایی, کارت ملی, شناسنامه, مدارک, مدرک, سند, اسناد, ویزا, قرارداد, کارت اقامت
topic-words-wages = حقوق, دستمزد, مزد, معاش, پول, پرداخت, نپرداخته, پول نداده, فیش حقوقی
topic-words-debt = بدهی, قرض, قرضدار, قرض‌دار, بدهکار, وام, طلب
topic-words-movement = رفتن, فرار, قفل, زندانی, آزاد, بیرون رفتن, حبس, نمی‌گذارند, نمی گذارند, نمیذارن
topic-words-violence = خشونت, کتک, زدن, لت و کوب, آزار, اذیت, جنسی, تجاوز, تهدید, آسیب
topic-words-compensation = غرامت, خسارت, جبران, پس گرفتن پول, ادعا, شکایت
topic-words-reporting = پلیس, پولیس, گزارش, شکایت, خبر دادن, گفتن
topic-words-legal-help = وکیل, حقوقی, مشاوره, دادگاه, محکمه, کمک حقوقی رایگان, قانون
topic-words-labour-rights = کار, شغل, کارفرما, صاحب‌کار, صاحب کار, رئیس, رییس, ارباب, حقوق, قرارداد, ساعت کار
topic-words-recruitment-fees = دلال, واسطه, آژانس, کاریابی, شرکت کاریابی, پول کاریابی, کمیسیون, هزینه استخدام
topic-words-work-conditions = ساعت کار, استراحت, روز تعطیل, مرخصی, اضافه‌کاری, اضافه کاری, غذا, خواب, ایمنی, امنیت
