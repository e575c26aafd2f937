## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = آماده‌سازی برای کس دیگر
outreach-intro = زبان، کشور و ظاهر اپلیکیشن را انتخاب کنید. راه تماس با سازمان خود را اضافه کنید. بعد گوشی را تحویل دهید.
outreach-language = زبان آن شخص
outreach-country = کشور آن شخص
outreach-disguise = ظاهر اپلیکیشن
outreach-org-name = سازمان شما
outreach-org-contact = راه تماس با شما
outreach-org-key = کلید سازمان شما برای فایل‌های مشترک (اختیاری)
outreach-import-pack = افزودن اطلاعات کمک از یک فایل
outreach-handoff = تحویل دادن
outreach-handoff-confirm = همین حالا تحویل می‌دهید؟ تنظیمات شما می‌ماند. رمز و نشست شما پاک می‌شود. نفر بعدی رمز خودش را انتخاب می‌کند.
outreach-reset = بازنشانی این گوشی
outreach-reset-confirm = همه چیز در این اپلیکیشن پاک شود و از اول شروع شود؟ این کار برگشت‌پذیر نیست.

pack-import-title = افزودن اطلاعات کمک
pack-importing = در حال افزودن… { $percent }%
pack-imported = اطلاعات کمک به‌روز شد.
pack-rejected = این فایل پذیرفته نشد. هیچ چیزی تغییر نکرد.
pack-rejected-signature = این فایل را یک سازمان مورد اعتماد امضا نکرده است.
pack-rejected-old = این فایل از اطلاعاتی که الان دارید قدیمی‌تر است.
pack-rejected-damaged = این فایل خراب است یا کامل نیست.
pack-rejected-too-big = این فایل خیلی بزرگ است.
decoy-title = رمز دوم
decoy-explain = رمز دوم یک دفتر یادداشت دیگر و بی‌خطر را باز می‌کند. اگر کسی شما را مجبور کرد اپلیکیشن را باز کنید، از آن استفاده کنید.
decoy-shows = رمز دوم چه چیزی را باز کند؟
decoy-shows-same = ۱. همین اپلیکیشن، با بخش کمک. کسی که این اپلیکیشن را می‌شناسد نمی‌تواند آن را از اپلیکیشن واقعی تشخیص دهد.
decoy-shows-notes = ۲. فقط یک دفتر یادداشت ساده، بدون بخش کمک و بدون نام اپلیکیشن. این کار پنهان می‌کند که این اپلیکیشن چیست. اما کسی که این اپلیکیشن را می‌شناسد ممکن است ببیند که این اپلیکیشن واقعی نیست.
decoy-shows-choose = ۱ یا ۲ را بنویسید.
disguise-launcher-name = ماشین‌حساب
disguise-converter-name = تبدیل واحد
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = پاک کردن همه
disguise-key-clear = پاک کردن
disguise-key-sign = تغییر علامت
disguise-key-percent = درصد
disguise-key-divide = تقسیم
disguise-key-multiply = ضرب
disguise-key-minus = منها
disguise-key-plus = به‌علاوه
# The key that deletes the last digit typed.
disguise-key-delete = حذف
# The decimal separator key.
disguise-key-point = ممیز
disguise-key-equals = مساوی
duress-title = رمز پاک‌کردن اضطراری
duress-needs-decoy = اول یک رمز دوم انتخاب کنید. رمز پاک‌کردن اضطراری دفتر یادداشت دوم را باز می‌کند.
duress-explain = این رمز دفتر یادداشت و برنامه ایمنی واقعی شما را فوراً پاک می‌کند و بعد دفتر یادداشت بی‌خطر را باز می‌کند. این کار برگشت‌پذیر نیست.

pack-shared = فایل بسته اطلاعات کمک ساخته شد. آن را به گوشی دیگر بدهید؛ آن گوشی پیش از استفاده، فایل را بررسی می‌کند.
pack-not-shareable = برای این بسته، فایلی برای دادن به دیگران وجود ندارد. اطلاعات کمک داخلی در همه نسخه‌های اپلیکیشن هست.
