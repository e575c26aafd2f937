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
export-working = در حال ساختن فایل… { $percent }%
export-done = فایل آماده است.
export-wrong-passphrase = این رمز عبور این فایل را باز نمی‌کند.
export-damaged = این فایل خراب است یا کامل نیست.
import-title = انتقال دفتر یادداشت به این گوشی
import-done = { $count ->
        [one] { $count } یادداشت منتقل شد.
       *[other] { $count } یادداشت منتقل شد.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = خرید: برنج، روغن، پیاز، شارژ گوشی.
decoy-sample-2 = به خانه زنگ زدم. همه خوب‌اند.
decoy-sample-3 = امروز شیفت طولانی بود. خیلی خسته‌ام.
decoy-sample-4 = پولی را که از دوستم قرض گرفته بودم پس دادم.
decoy-sample-5 = یک شارژر نو برای گوشی لازم دارم.
decoy-sample-6 = روز تعطیل. لباس شستم و آشپزی کردم.
