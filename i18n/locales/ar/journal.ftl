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
journal-edit-current = هذه هي التدوينة الآن:
journal-page-none = لا توجد صفحة بهذا الرقم. تبدأ الصفحات من 0.
journal-draft-kept = لم يُحفظ نصك. لكنه يبقى هنا حتى تُخفي التطبيق أو تخرج منه. اكتب write لتستخدمه مرة أخرى.
journal-draft-reuse = نصك الذي لم يُحفظ موجود أدناه. اكتب أسطرًا أخرى لتضيفها إليه، أو اكتب سطرًا فيه نقطة فقط لتحفظه.
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
export-intro = يُنشئ هذا ملفًا واحدًا مقفلًا فيه يومياتك. لا يستطيع فتحه إلا من لديه كلمة مرور الملف، أو مفتاح الأخصائي الاجتماعي الذي يتابع حالتك.
export-passphrase = اختر كلمة مرور للملف
export-passphrase-hint = أخبر الأخصائي الاجتماعي بكلمة مرور الملف وجهًا لوجه أو عبر الهاتف، وليس في الرسالة نفسها التي فيها الملف.
export-to-organisation = قفل الملف للمنظمة: { $organisation }
export-for-organisation = سيكون هذا الملف للمنظمة: { $organisation }. مفتاح المنظمة: { $fingerprint }.
export-for-key = لن يُفتح هذا الملف إلا بالمفتاح { $fingerprint }.
export-confirm-key = تحقق من المفتاح مع المنظمة قبل أن تتابع. هل تريد إنشاء الملف؟
export-no-organisation-key = لم يُحفظ مفتاح أي منظمة عند إعداد هذا الهاتف. استخدم كلمة مرور للملف بدلًا من ذلك.
export-passphrase-again = اكتب كلمة مرور الملف نفسها مرة أخرى
export-working = جارٍ إنشاء الملف… { $percent }%
export-changes-entry = تغيير على التدوينة رقم { $number }
export-done = الملف جاهز.
export-wrong-passphrase = كلمة المرور هذه لا تفتح هذا الملف.
export-damaged = هذا الملف تالف أو غير كامل.
import-title = نقل يومياتك إلى هذا الهاتف
import-passphrase = كلمة مرور الملف
import-done = { $count ->
        [zero] لم تُنقل أي تدوينة.
        [one] نُقلت تدوينة واحدة.
        [two] نُقلت تدوينتان.
        [few] نُقلت { $count } تدوينات.
        [many] نُقلت { $count } تدوينة.
       *[other] نُقلت { $count } تدوينة.
    }

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = صباح ممطر. الغرفة باردة.
decoy-entry-2 = طبخت أرزًا وفاصوليا للعشاء.
decoy-entry-3 = لم أنم جيدًا. الغرفة حارة جدًا.
decoy-entry-4 = غسلت الملابس. جفّت بسرعة في الشمس.
decoy-entry-5 = أكلت خبزًا وطماطم.
decoy-entry-6 = غسلت الصحون.
decoy-entry-7 = يوم متعب. نمت مبكرًا.
decoy-entry-8 = جلست بهدوء في المساء.
decoy-entry-9 = نظفت المطبخ.
decoy-entry-10 = الجو بارد اليوم. لبست قميصين.
decoy-entry-11 = جربت طريقة جديدة لطبخ العدس. لا بأس بها.
decoy-entry-12 = صداع بعد الظهر. شربت ماءً أكثر.
decoy-entry-13 = ألم في القدمين آخر النهار.
decoy-entry-14 = خيّطت زر سترتي.
decoy-entry-15 = أعددت الشاي وارتحت.
decoy-entry-16 = ليلة فيها ضجيج. لم أنم جيدًا.
decoy-entry-17 = ساعة الحائط تتأخر.
decoy-entry-18 = يوم مشمس. جلست قرب النافذة.
decoy-entry-19 = أكلت معكرونة على الغداء.
decoy-entry-20 = أصلحت نعل حذائي.
decoy-entry-21 = شربت ماءً كثيرًا اليوم.
decoy-entry-22 = رقّعت جوربًا.
decoy-entry-23 = عليّ أن أشرب ماءً أكثر.
decoy-entry-24 = شاي وراحة قصيرة.
decoy-entry-25 = طبخت يخنة بطاطا وبصل.
decoy-entry-26 = أرز بالخضار على الغداء.
decoy-entry-27 = ريح قوية اليوم.
decoy-entry-28 = كنست الأرض.
decoy-entry-29 = استيقظت مبكرًا. تأملت السماء.
decoy-entry-30 = أكلت فاكهة على الفطور.
decoy-entry-31 = يوم طويل. لا شيء مميز.
decoy-entry-32 = طبخت شوربة. تكفي يومين.
decoy-entry-33 = ظهري متيبس. مددته قليلًا.
decoy-entry-34 = طال شعري.
decoy-entry-35 = لا طاقة للطبخ اليوم. أكلت خبزًا.
decoy-entry-36 = رأيت طائرًا جميلًا هذا الصباح.
decoy-entry-37 = نظفت حذائي.
decoy-entry-38 = خيّطت ثقبًا صغيرًا في حقيبتي.
decoy-entry-39 = يوم هادئ.
decoy-entry-40 = الحنفية تُنقّط.
decoy-entry-41 = غسلت شعري.
decoy-entry-42 = طبخت بيضًا وأرزًا.
decoy-entry-43 = حر شديد اليوم.
decoy-entry-44 = نمت جيدًا أخيرًا.
decoy-entry-45 = شربت شايًا بالليمون.
decoy-entry-46 = ألم في الحلق. شربت ماءً دافئًا بالعسل.
decoy-entry-47 = طويت الملابس النظيفة.
decoy-entry-48 = مطر طوال اليوم.
decoy-entry-49 = خبزت خبزًا رقيقًا. كان طيبًا.
decoy-entry-50 = قرأت قليلًا قبل النوم.
decoy-entry-51 = قصصت أظافري.
decoy-entry-52 = غسلت المناشف.
decoy-entry-53 = قشرت البطاطا للغد.
decoy-entry-54 = طماطم بالملح على الغداء.
decoy-entry-55 = نشرت البطانيات في الهواء.
decoy-entry-56 = تعشيت متأخرًا الليلة.
decoy-entry-57 = ضوء الغرفة يومض.
decoy-entry-58 = نشرت الغسيل في الداخل. الجو رطب جدًا في الخارج.
decoy-entry-59 = ألم في البطن بعد الغداء. تحسّن الآن.
decoy-entry-60 = لا شيء يُذكر اليوم. ارتحت.
