## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = دفتر یادداشت شما
journal-intro = آنچه اتفاق می‌افتد را بنویسید: تاریخ‌ها، مکان‌ها، نام‌ها، پول. فقط شما می‌توانید آن را ببینید. بعدها ممکن است به شما یا به یک وکیل کمک کند.
journal-new = یادداشت تازه
journal-empty = هنوز یادداشتی نیست.
journal-count = { $count ->
        [0] یادداشتی نیست
        [one] { $count } یادداشت
       *[other] { $count } یادداشت
    }
journal-text = چه اتفاقی افتاد؟
journal-tags = برچسب‌ها
journal-category = نوع اتفاق
journal-written = نوشته‌شده در { $date }
journal-edited = تغییر داده‌شده در { $date }
journal-deleted = این یادداشت حذف شد.
journal-attachments = { $count ->
        [one] { $count } پیوست
       *[other] { $count } پیوست
    }
journal-add-photo = افزودن عکس
journal-add-audio = افزودن پیام صوتی
journal-add-document = افزودن سند
journal-delete-confirm = این یادداشت حذف شود؟ متن و پیوست‌های آن برای همیشه از بین می‌روند. نشانه‌ای باقی می‌ماند که چیزی حذف شده است، تا هنوز بتوان دفتر یادداشت را بررسی کرد.
journal-edit-current = یادداشت الان این است:
journal-page-none = چنین صفحه‌ای نیست. شماره صفحه‌ها از ۰ شروع می‌شود.
journal-draft-kept = متن شما ذخیره نشد. ولی تا وقتی اپلیکیشن را پنهان نکرده‌اید یا از آن بیرون نرفته‌اید، نگه داشته می‌شود. برای استفاده دوباره از آن، write را بنویسید.
journal-draft-reuse = متن ذخیره‌نشده شما پایین است. برای اضافه کردن به آن، خط‌های بیشتری بنویسید. برای ذخیره کردن آن، خطی بنویسید که فقط یک نقطه دارد.
journal-edit-note = تغییرات به‌عنوان نسخه تازه نگه داشته می‌شوند. نسخه قبلی هم می‌ماند.

category-pay = دستمزد یا پول
category-documents = مدارک یا کارت شناسایی
category-threats = تهدید
category-violence = خشونت
category-movement = اجازه بیرون رفتن ندادن
category-conditions = شرایط کار یا زندگی
category-other = موارد دیگر

journal-verify = بررسی دفتر یادداشت
journal-verify-ok = دفتر یادداشت کامل است. هیچ چیزی تغییر نکرده است.
journal-verify-broken = دفتر یادداشت بیرون از اپلیکیشن تغییر داده شده است، در یادداشت { $number }.
journal-witness-code = کد بررسی
    .hint = مددکار می‌تواند این کد را یادداشت کند. بعدها این کد نشان می‌دهد که دفتر یادداشت تغییر نکرده است.

export-title = فرستادن برای مددکار
export-intro = این کار یک فایل قفل‌شده از دفتر یادداشت شما می‌سازد. فقط کسی که رمز عبور فایل یا کلید مددکار شما را دارد، می‌تواند آن را باز کند.
export-passphrase = یک رمز عبور برای فایل انتخاب کنید
export-passphrase-hint = رمز عبور را حضوری یا تلفنی به مددکار بگویید، نه در همان پیامی که فایل را می‌فرستید.
export-to-organisation = قفل کردن برای { $organisation }
export-for-organisation = این فایل برای { $organisation } ساخته می‌شود. کلید آن‌ها: { $fingerprint }.
export-for-key = این فایل فقط با کلید { $fingerprint } باز می‌شود.
export-confirm-key = پیش از ادامه، کلید را با خود سازمان بررسی کنید. فایل ساخته شود؟
export-no-organisation-key = هنگام آماده‌سازی این گوشی، هیچ کلید سازمانی ذخیره نشد. به‌جای آن از یک رمز عبور برای فایل استفاده کنید.
export-passphrase-again = همان رمز عبور را دوباره بنویسید
export-working = در حال ساختن فایل… { $percent }%
export-changes-entry = یادداشت شماره { $number } را تغییر می‌دهد
export-done = فایل آماده است.
export-wrong-passphrase = این رمز عبور این فایل را باز نمی‌کند.
export-damaged = این فایل خراب است یا کامل نیست.
import-title = انتقال دفتر یادداشت به این گوشی
import-passphrase = رمز عبور فایل
import-done = { $count ->
        [one] { $count } یادداشت منتقل شد.
       *[other] { $count } یادداشت منتقل شد.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = صبح باران آمد. اتاق سرد است.
decoy-entry-2 = برای شام برنج و لوبیا پختم.
decoy-entry-3 = بد خوابیدم. اتاق خیلی گرم بود.
decoy-entry-4 = لباس شستم. زیر آفتاب زود خشک شد.
decoy-entry-5 = نان و پنیر خوردم.
decoy-entry-6 = ظرف‌ها را شستم.
decoy-entry-7 = امروز خسته بودم. زود خوابیدم.
decoy-entry-8 = عصر آرام نشستم.
decoy-entry-9 = آشپزخانه را تمیز کردم.
decoy-entry-10 = امروز سرد بود. دو تا پیراهن پوشیدم.
decoy-entry-11 = یک غذای تازه با عدس درست کردم. بد نبود.
decoy-entry-12 = بعد از ظهر سردرد داشتم. بیشتر آب خوردم.
decoy-entry-13 = آخر روز پاهایم درد می‌کرد.
decoy-entry-14 = دکمه کتم را دوختم.
decoy-entry-15 = چای دم کردم و استراحت کردم.
decoy-entry-16 = شب سر و صدا بود. خوب نخوابیدم.
decoy-entry-17 = ساعت کمی عقب می‌ماند.
decoy-entry-18 = روز آفتابی بود. کمی کنار پنجره نشستم.
decoy-entry-19 = ظهر آش خوردم.
decoy-entry-20 = کف کفشم را دوختم.
decoy-entry-21 = امروز زیاد آب خوردم.
decoy-entry-22 = جورابم را دوختم.
decoy-entry-23 = یادم باشد بیشتر آب بخورم.
decoy-entry-24 = عصر چای خوردم و کمی دراز کشیدم.
decoy-entry-25 = با سیب‌زمینی و پیاز غذا پختم.
decoy-entry-26 = ظهر برنج و سبزی خوردم.
decoy-entry-27 = امروز باد می‌آمد.
decoy-entry-28 = زمین را جارو کردم.
decoy-entry-29 = صبح زود بیدار شدم. به آسمان نگاه کردم.
decoy-entry-30 = صبح میوه خوردم.
decoy-entry-31 = روز طولانی بود. چیز خاصی نبود.
decoy-entry-32 = شوربا پختم. برای دو روز بس است.
decoy-entry-33 = کمرم درد می‌کند. کمی ورزش سبک کردم.
decoy-entry-34 = موهایم بلند شده.
decoy-entry-35 = برای آشپزی خیلی خسته بودم. فقط نان خوردم.
decoy-entry-36 = صبح یک پرنده قشنگ دیدم.
decoy-entry-37 = کفش‌هایم را تمیز کردم.
decoy-entry-38 = سوراخ کوچک کیفم را دوختم.
decoy-entry-39 = روز آرامی بود.
decoy-entry-40 = شیر آب چکه می‌کند.
decoy-entry-41 = موهایم را شستم.
decoy-entry-42 = تخم‌مرغ و برنج پختم.
decoy-entry-43 = امروز خیلی گرم بود.
decoy-entry-44 = بالاخره یک شب خوب خوابیدم.
decoy-entry-45 = چای سبز با هل خوردم.
decoy-entry-46 = گلویم درد می‌کرد. آب گرم با عسل خوردم.
decoy-entry-47 = لباس‌های تمیز را تا کردم.
decoy-entry-48 = تمام روز باران بارید.
decoy-entry-49 = نان پختم. خوب شد.
decoy-entry-50 = پیش از خواب کمی کتاب خواندم.
decoy-entry-51 = ناخن‌هایم را کوتاه کردم.
decoy-entry-52 = حوله‌ها را شستم.
decoy-entry-53 = برای فردا پیاز پوست کندم.
decoy-entry-54 = ظهر نان و ماست خوردم.
decoy-entry-55 = پتوها را هوا دادم.
decoy-entry-56 = امشب دیر شام خوردم.
decoy-entry-57 = چراغ اتاق خاموش و روشن می‌شود.
decoy-entry-58 = لباس‌ها را داخل اتاق پهن کردم. بیرون هوا خیلی نمناک بود.
decoy-entry-59 = بعد از غذای ظهر دلم درد گرفت. حالا بهترم.
decoy-entry-60 = امروز چیز خاصی نبود. استراحت کردم.
