## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = برنامه ایمنی شما
plan-intro = از قبل برنامه‌ریزی کنید تا بدانید اگر لازم شد بروید یا کمک بگیرید، چه کار کنید. فقط شما می‌توانید این را ببینید.
plan-updated = آخرین تغییر: { $date }

plan-warning-signs = نشانه‌های هشدار
    .prompt = چه چیزی به شما نشان می‌دهد که اوضاع خطرناک‌تر می‌شود؟
    .example = مثلاً: رئیس سر پول عصبانی می‌شود، آدم‌های تازه می‌آیند، مدارک شما را می‌گیرند.

plan-safe-people = کسانی که به آن‌ها اعتماد دارید
    .prompt = اگر به کمک نیاز داشته باشید، با چه کسی می‌توانید تماس بگیرید؟
plan-person-name = نام
plan-person-contact = راه تماس با او
plan-person-code-word = اسم رمز
    .hint = کلمه‌ای که می‌توانید بگویید یا پیامک کنید تا بدون اینکه دیگران بفهمند، کمک بخواهید.

plan-safe-places = جاهای امن
    .prompt = اگر لازم باشد سریع بروید، کجا می‌توانید بروید؟
    .example = مثلاً: خانه یک دوست، کلیسا یا معبد، یک سرپناه، یک ایستگاه پلیس اگر آنجا احساس امنیت می‌کنید.

plan-documents = مدارک
    .prompt = کدام مدارک را باید نگه دارید، یا از آن‌ها کپی داشته باشید؟
plan-doc-passport = پاسپورت
plan-doc-id = کارت شناسایی
plan-doc-visa = ویزا یا اجازه کار
plan-doc-contract = قرارداد کار
plan-doc-payslips = فیش حقوقی
plan-doc-bank-card = کارت بانکی
plan-doc-have = پیش خودم است
plan-doc-copy = یک کپی دارم
plan-doc-held = دست کس دیگری است

plan-bag = کیف اضطراری
    .prompt = اگر مجبور شوید سریع بروید، چه چیزهایی با خود می‌برید؟
    .example = مثلاً: گوشی و شارژر، پول، دارو، کپی مدارک، لباس گرم.

plan-steps = قدم‌های رفتن در امان
    .prompt = هر قدم را به ترتیب بنویسید.
plan-step-number = قدم { $number }

plan-notes = یادداشت‌ها
    .prompt = هر چیز دیگری که می‌خواهید به یاد داشته باشید.

plan-item-add = افزودن
plan-item-remove = برداشتن
plan-empty = هنوز چیزی اینجا نوشته نشده است.

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = نام یک بخش از برنامه را بنویسید: warning-signs (نشانه‌های هشدار)، safe-people (کسانی که به آن‌ها اعتماد دارید)، safe-places (جاهای امن)، documents (مدارک)، bag (کیف اضطراری)، steps (قدم‌ها) یا notes (یادداشت‌ها).
plan-set-document-kinds = نام یک مدرک را بنویسید: passport (پاسپورت)، id (کارت شناسایی)، visa (ویزا یا اجازه کار)، contract (قرارداد کار)، payslips (فیش حقوقی) یا bank-card (کارت بانکی).
plan-set-document-status = بنویسید مدرک کجاست: have (پیش خودم است)، copy (یک کپی دارم) یا held (دست کس دیگری است).
