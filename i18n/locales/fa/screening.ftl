## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = بررسی وضعیت شما
screening-intro = این سؤال‌ها درباره کار شما و جایی است که زندگی می‌کنید. فقط به سؤال‌هایی که می‌خواهید جواب دهید. جواب‌های شما روی همین گوشی می‌ماند و ذخیره نمی‌شود، مگر اینکه خودتان بخواهید.
screening-progress = سؤال { $current } از { $total }
screening-skip = رد شدن از این سؤال

# ILO: abuse of vulnerability
screening-q-vulnerability = آیا کارفرمای شما از وضعیت شما علیه خودتان استفاده می‌کند — مثلاً از مدارک، بدهی‌ها یا زبان شما، یا از اینکه جای دیگری برای رفتن ندارید؟
# ILO: deception
screening-q-deception = آیا کار، دستمزد یا محل زندگی شما خیلی با آنچه به شما قول داده بودند فرق دارد؟
# ILO: restriction of movement
screening-q-movement = آیا وقتی می‌خواهید از محل کار یا خانه بیرون بروید، جلوی شما را می‌گیرند؟
# ILO: isolation
screening-q-isolation = آیا شما را از آدم‌های دیگر دور نگه می‌دارند، یا نمی‌گذارند با خانواده یا دوستانتان تماس بگیرید؟
# ILO: physical and sexual violence
screening-q-violence = آیا کسی در محل کار به شما آسیب زده، یا بدون خواست شما به شکل جنسی به شما دست زده است؟
# ILO: intimidation and threats
screening-q-threats = آیا کسی شما یا خانواده‌تان را تهدید کرده است — مثلاً با خشونت، با پلیس، یا با برگرداندن شما به کشورتان؟
# ILO: retention of identity documents
screening-q-documents = آیا کس دیگری پاسپورت یا کارت شناسایی شما را نگه داشته است و وقتی آن را می‌خواهید، پس نمی‌دهد؟
# ILO: withholding of wages
screening-q-wages = آیا دستمزد شما را نگه می‌دارند، خیلی کمتر از قولی که داده بودند می‌پردازند، یا اصلاً نمی‌پردازند؟
# ILO: debt bondage
screening-q-debt = آیا به کارفرما یا واسطه کاریابی بدهکار هستید و باید با کار کردن آن را پس بدهید، ولی بدهی کم نمی‌شود؟
# ILO: abusive working and living conditions
screening-q-conditions = آیا شرایط کار یا زندگی شما خطرناک، کثیف یا تحقیرآمیز است — مثلاً تخت درست، غذا یا وسایل ایمنی ندارید؟
# ILO: excessive overtime
screening-q-overtime = آیا مجبورید ساعت‌های خیلی طولانی یا در روزهای استراحت کار کنید، بدون اینکه واقعاً حق انتخاب داشته باشید؟

screening-result-title = جواب‌های شما چه نشان می‌دهند
screening-result-none = جواب‌های شما نشانه‌ای از کار اجباری نشان نمی‌دهند. اگر هنوز حس می‌کنید چیزی درست نیست، می‌توانید با یک خط کمک صحبت کنید. رایگان و محرمانه است.
screening-result-some = { $count ->
        [one] یکی از جواب‌های شما یک نشانه هشدار است.
       *[other] { $count } مورد از جواب‌های شما نشانه هشدار هستند.
    } این می‌تواند نشانه کار اجباری یا بهره‌کشی باشد. تقصیر شما نیست. کمک در دسترس است.
screening-result-urgent = بعضی از جواب‌های شما نشان می‌دهند که ممکن است در خطر باشید. اگر الان در خطر هستید، با شماره اضطراری تماس بگیرید. همچنین می‌توانید با یک خط کمک صحبت کنید.
screening-result-helplines = خطوط کمکی که در این مورد می‌توانند کمک کنند
screening-result-rights = حقوقی که ممکن است به شما کمک کند
screening-disclaimer = این بررسی یک تصمیم حقوقی نیست. فقط خودتان وضعیت خودتان را می‌دانید. یک خط کمک می‌تواند کمک کند درباره آن فکر کنید.
