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
help-none-open = الان هیچ خط کمکی باز نیست. باز هم می‌توانید پیام یا ایمیل بفرستید. الان در خطر هستید؟ با شماره اضطراری تماس بگیرید.
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
tip-call-log = تماس‌ها و پیامک‌ها در فهرست تماس‌های گوشی دیده می‌شوند. اگر خطری ندارد، بعد از تماس آن‌ها را پاک کنید.
tip-phone-bill = تماس‌ها ممکن است در قبض تلفن دیده شوند. شماره‌های رایگان اغلب دیده نمی‌شوند.
tip-borrow-phone = اگر کسی گوشی شما را وارسی می‌کند، از کسی که به او اعتماد دارید یک گوشی قرض بگیرید.
tip-law-lines = بعضی از خطوط زیر نظر پلیس یا اداره مهاجرت هستند. این خطوط در این اپلیکیشن علامت‌گذاری شده‌اند.
tip-documents = از پاسپورت، کارت شناسایی، ویزا و قرارداد کارتان یک کپی نگه دارید. کپی را در جای امنی یا پیش کسی که به او اعتماد دارید نگه دارید.
tip-hide = اگر کسی نزدیک شد، روی «پنهان کردن» بزنید. اپلیکیشن ماشین‌حساب را نشان می‌دهد.
tip-emergency = الان در خطر هستید؟ با شماره اضطراری تماس بگیرید. رایگان است.

## Rights and resources

rights-title = حقوق شما
rights-in = حقوق شما در { $country }
rights-international = حقوق شما در همه جا
rights-paraphrase-note = این یک خلاصه کوتاه است، نه مشاوره حقوقی. درباره وضعیت خودتان از یک وکیل یا یک خط کمک بپرسید.
rights-caveats = لطفاً توجه کنید
resources-title = مطالب بیشتر برای خواندن
search-placeholder = جستجو
search-no-results = چیزی پیدا نشد. کلمه دیگری را امتحان کنید.
search-results = { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
