## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = يومياتك
journal-intro = اكتب ما يحدث: التواريخ، والأماكن، والأسماء، والمال. أنت وحدك ترى ذلك. قد يساعدك هذا لاحقًا، أو يساعد محاميًا.
journal-new = تدوينة جديدة
journal-empty = لا توجد تدوينات بعد.
journal-count = { $count ->
        [zero] لا توجد تدوينات
        [one] تدوينة واحدة
        [two] تدوينتان
        [few] { $count } تدوينات
        [many] { $count } تدوينة
       *[other] { $count } تدوينة
    }
journal-text = ماذا حدث؟
journal-tags = الوسوم
journal-category = نوع الحدث
journal-written = كُتبت في { $date }
journal-edited = عُدّلت في { $date }
journal-deleted = حُذفت هذه التدوينة.
journal-attachments = { $count ->
        [zero] لا توجد مرفقات
        [one] مرفق واحد
        [two] مرفقان
        [few] { $count } مرفقات
        [many] { $count } مرفقًا
       *[other] { $count } مرفق
    }
journal-add-photo = إضافة صورة
journal-add-audio = إضافة ملاحظة صوتية
journal-add-document = إضافة مستند
journal-delete-confirm = هل تريد حذف هذه التدوينة؟ سيُحذف نصها ومرفقاتها نهائيًا. تبقى ملاحظة بأن شيئًا ما حُذف، حتى يمكن التحقق من اليوميات.
journal-edit-note = تُحفظ التغييرات كنسخة جديدة. تبقى النسخة السابقة.

category-pay = الأجر أو المال
category-documents = الأوراق أو الهوية
category-threats = التهديدات
category-violence = العنف
category-movement = المنع من المغادرة
category-conditions = ظروف العمل أو السكن
category-other = أخرى

journal-verify = فحص اليوميات
journal-verify-ok = اليوميات كاملة. لم يتغير أي شيء.
journal-verify-broken = تم تغيير اليوميات خارج التطبيق، عند التدوينة { $number }.
journal-witness-code = رمز التحقق
    .hint = يمكن للأخصائي الاجتماعي أن يكتب هذا الرمز. لاحقًا يُثبت الرمز أن اليوميات لم تتغير.

export-title = المشاركة مع الأخصائي الاجتماعي
export-intro = يُنشئ هذا ملفًا واحدًا مقفلًا فيه يومياتك. لا يستطيع فتحه إلا من لديه كلمة المرور، أو مفتاح الأخصائي الاجتماعي الذي يتابع حالتك.
export-passphrase = اختر كلمة مرور للملف
export-passphrase-hint = أخبر الأخصائي الاجتماعي بكلمة المرور وجهًا لوجه أو عبر الهاتف، وليس في الرسالة نفسها التي فيها الملف.
export-to-organisation = قفل الملف لـ { $organisation }
export-working = جارٍ إنشاء الملف… { $percent }%
export-done = الملف جاهز.
export-wrong-passphrase = كلمة المرور هذه لا تفتح هذا الملف.
export-damaged = هذا الملف تالف أو غير كامل.
import-title = نقل يومياتك إلى هذا الهاتف
import-done = { $count ->
        [zero] لم تُنقل أي تدوينة.
        [one] نُقلت تدوينة واحدة.
        [two] نُقلت تدوينتان.
        [few] نُقلت { $count } تدوينات.
        [many] نُقلت { $count } تدوينة.
       *[other] نُقلت { $count } تدوينة.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = مشتريات: أرز، زيت، بصل، رصيد للهاتف.
decoy-sample-2 = اتصلت بأهلي. كلهم بخير.
decoy-sample-3 = دوام طويل اليوم. تعبت كثيرًا.
decoy-sample-4 = أعدت لصديقي المال الذي استلفته منه.
decoy-sample-5 = أحتاج شاحنًا جديدًا للهاتف.
decoy-sample-6 = يوم راحة. غسلت الملابس وطبخت.
