## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = الإعداد لشخص آخر
outreach-intro = اختر اللغة والبلد وشكل التطبيق. أضف بيانات التواصل مع منظمتك. ثم سلّم الهاتف.
outreach-language = لغة الشخص
outreach-country = بلد الشخص
outreach-disguise = شكل التطبيق
outreach-org-name = منظمتك
outreach-org-contact = كيف يمكن التواصل معك
outreach-org-key = مفتاح منظمتك للملفات المشتركة (اختياري)
outreach-import-pack = إضافة معلومات المساعدة من ملف
outreach-handoff = تسليم الهاتف
outreach-handoff-confirm = هل تريد تسليم الهاتف الآن؟ تبقى إعداداتك. يُحذف رمزك السري وجلستك. الشخص التالي يختار رمزه السري بنفسه.
outreach-reset = إعادة ضبط هذا الهاتف
outreach-reset-confirm = هل تريد مسح كل شيء في هذا التطبيق والبدء من جديد؟ لا يمكن التراجع عن هذا.

pack-import-title = إضافة معلومات المساعدة
pack-importing = جارٍ الإضافة… { $percent }%
pack-imported = تم تحديث معلومات المساعدة.
pack-rejected = لم يُقبل هذا الملف. لم يتغير أي شيء.
pack-rejected-signature = هذا الملف غير موقَّع من منظمة موثوقة.
pack-rejected-old = هذا الملف أقدم من المعلومات الموجودة لديك.
pack-rejected-damaged = هذا الملف تالف أو غير كامل.
pack-rejected-too-big = هذا الملف كبير جدًا.
decoy-title = رمز سري ثانٍ
decoy-explain = الرمز السري الثاني يفتح يوميات أخرى غير ضارة. استخدمه إذا أجبرك أحد على فتح التطبيق.
decoy-shows = ماذا يجب أن يفتح الرمز السري الثاني؟
decoy-shows-same = 1. التطبيق نفسه، مع المساعدة. من يعرف هذا التطبيق لا يستطيع أن يميّزه عن التطبيق الحقيقي.
decoy-shows-notes = 2. يوميات للملاحظات فقط، دون مساعدة ودون اسم التطبيق. هكذا لا يظهر ما هو هذا التطبيق. لكن من يعرف هذا التطبيق قد يلاحظ أنه ليس التطبيق الحقيقي.
decoy-shows-choose = اكتب 1 أو 2.
disguise-launcher-name = الآلة الحاسبة
disguise-converter-name = محول الوحدات
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = مسح الكل
disguise-key-clear = مسح
disguise-key-sign = تغيير الإشارة
disguise-key-percent = نسبة مئوية
disguise-key-divide = قسمة
disguise-key-multiply = ضرب
disguise-key-minus = ناقص
disguise-key-plus = زائد
# The key that deletes the last digit typed.
disguise-key-delete = حذف
# The decimal separator key.
disguise-key-point = نقطة عشرية
disguise-key-equals = يساوي
duress-title = رمز سري للمسح في حالة الطوارئ
duress-needs-decoy = اختر أولًا رمزًا سريًا ثانيًا. الرمز السري للمسح في حالة الطوارئ يفتح اليوميات الثانية.
duress-explain = هذا الرمز السري يمسح يومياتك وخطتك الحقيقيتين فورًا، ثم يفتح اليوميات غير الضارة. لا يمكن التراجع عن ذلك.

pack-shared = تم حفظ ملف الحزمة. انقله إلى الهاتف الآخر؛ سيتحقق الهاتف من الملف قبل أن يستخدمه.
pack-not-shareable = لا يوجد ملف لنقله لهذه الحزمة. المساعدة المدمجة موجودة في كل نسخة من التطبيق.
