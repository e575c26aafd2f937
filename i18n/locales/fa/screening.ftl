## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = بررسی وضعیت شما
screening-intro = این سؤال‌ها درباره کار شما و جایی است که زندگی می‌کنید. فقط به سؤال‌هایی که می‌خواهید جواب دهید. جواب‌های شما روی همین گوشی می‌ماند و ذخیره نمی‌شود، مگر اینکه خودتان بخواهید.
screening-progress = سؤال { $current } از { $total }
screening-skip = رد شدن از این سؤال
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = بله, بلی, آره, آری, ها, ۱, bale, baleh, are, yes, y
screening-words-no = نه, نخیر, خیر, نی, ۲, na, nah, no, n
screening-words-not-sure = مطمئن نیستم, نمی‌دانم, نمی دانم, نمیدانم, نمی‌دونم, نمیدونم, شاید, معلوم نیست, ۳, ؟, not sure, unsure, maybe, ?
screening-words-skip = رد, رد شدن, بعدی, ۴, skip, s
screening-not-understood = لطفاً ۱، ۲، ۳ یا ۴ را بنویسید.

screening-result-title = جواب‌های شما چه نشان می‌دهند
screening-result-none = جواب‌های شما نشانه‌ای از کار اجباری نشان نمی‌دهند. اگر هنوز حس می‌کنید چیزی درست نیست، می‌توانید با یک خط کمک صحبت کنید. رایگان و محرمانه است.
screening-result-some = { $count ->
        [one] یکی از جواب‌های شما یک نشانه هشدار است.
       *[other] { $count } مورد از جواب‌های شما نشانه هشدار هستند.
    } این می‌تواند نشانه کار اجباری یا بهره‌کشی باشد. تقصیر شما نیست. کمک در دسترس است.
screening-result-no-answers = شما به سؤال‌ها جواب ندادید. اشکالی ندارد. اگر می‌خواهید درباره وضعیت خود صحبت کنید، یک خط کمک می‌تواند به حرف‌های شما گوش بدهد. رایگان است.
screening-result-unclear = بعضی از جواب‌های شما «مطمئن نیستم» بود. اشکالی ندارد. یک خط کمک می‌تواند کمک کند درباره آن فکر کنید.
screening-result-under-18 = شما کمتر از ۱۸ سال دارید. اگر کسی برای سود خودش از شما کار می‌کشد، یا کاری می‌کند که کارهای جنسی انجام دهید، این بهره‌کشی است، حتی اگر زوری در کار نباشد. خطوط کمک برای کودکان اول نشان داده می‌شوند.
screening-result-urgent = بعضی از جواب‌های شما نشان می‌دهند که ممکن است در خطر باشید. اگر الان در خطر هستید، با شماره اضطراری تماس بگیرید. همچنین می‌توانید با یک خط کمک صحبت کنید.
screening-result-helplines = خطوط کمکی که در این مورد می‌توانند کمک کنند
screening-result-rights = حقوقی که ممکن است به شما کمک کند
screening-disclaimer = این بررسی یک تصمیم حقوقی نیست. فقط خودتان وضعیت خودتان را می‌دانید. یک خط کمک می‌تواند کمک کند درباره آن فکر کنید.
