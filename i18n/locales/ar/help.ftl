## Helplines, channels, safety tips, rights and resources.

help-title = من يمكنه المساعدة
help-open-now = مفتوح الآن
help-closed-now = مغلق الآن
help-open-24-7 = مفتوح ليلًا ونهارًا
help-opens-at = يفتح الساعة { $time }
help-closes-at = يُغلق الساعة { $time }
help-free = الاتصال مجاني
help-may-cost = قد تكون المكالمات مدفوعة
help-languages = اللغات: { $languages }
help-interpreters = يتوفر مترجمون
help-in-country = خطوط المساعدة في { $country }
help-none-open = لا يوجد خط مساعدة مفتوح الآن. ما زال بإمكانك إرسال رسالة أو بريد إلكتروني. هل أنت في خطر الآن؟ اتصل برقم الطوارئ.
help-emergency = هل أنت في خطر الآن؟ اتصل بالرقم { $number }.
help-count = { $count ->
        [zero] لم يُعثر على أي خط مساعدة
        [one] خط مساعدة واحد
        [two] خطان للمساعدة
        [few] { $count } خطوط مساعدة
        [many] { $count } خط مساعدة
       *[other] { $count } خط مساعدة
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = تديره جمعية خيرية
operator-government = تديره الحكومة
operator-police = تديره الشرطة
operator-immigration = تديره سلطات الهجرة
operator-intergovernmental = تديره منظمة دولية
operator-warning-law = هذا الخط تديره الشرطة أو سلطات الهجرة. قد يسألونك عن أوراقك. إذا كنت تخاف من ذلك، فاختر خطًا تديره جمعية خيرية.
operator-warning-confirm = الاتصال على أي حال

## Channels

channel-phone = هاتف
channel-sms = رسالة نصية
channel-whatsapp = WhatsApp
channel-web = موقع إلكتروني
channel-email = بريد إلكتروني

## Data quality

info-last-checked = آخر تحقق: { $date }
info-not-verified = لم يُتحقق منه مؤخرًا. ربما تغيّر الرقم.
info-source = المصدر

## Safety tips

tips-title = الأمان عند طلب المساعدة
tip-call-log = تظهر المكالمات والرسائل النصية في سجل المكالمات في الهاتف. احذفها بعد الاتصال، إذا كان ذلك آمنًا.
tip-phone-bill = قد تظهر المكالمات في فاتورة الهاتف. الأرقام المجانية غالبًا لا تظهر.
tip-borrow-phone = إذا كان أحد يفتش هاتفك، فاستعِر هاتفًا من شخص تثق به.
tip-law-lines = بعض الخطوط تديرها الشرطة أو سلطات الهجرة. هذه الخطوط مُعلَّمة في هذا التطبيق.
tip-documents = احتفظ بنسخة من جواز سفرك وبطاقة هويتك وتأشيرتك وعقد عملك. احفظ النسخة في مكان آمن، أو مع شخص تثق به.
tip-hide = اضغط على «إخفاء» إذا اقترب منك أحد. يعرض التطبيق الآلة الحاسبة.
tip-emergency = هل أنت في خطر الآن؟ اتصل برقم الطوارئ. الاتصال مجاني.

## Rights and resources

rights-title = حقوقك
rights-in = حقوقك في { $country }
rights-international = حقوق في كل مكان
rights-paraphrase-note = هذا ملخص قصير، وليس استشارة قانونية. اسأل محاميًا أو خط مساعدة عن حالتك.
rights-caveats = يُرجى الانتباه
resources-title = للمزيد من القراءة
search-placeholder = بحث
search-no-results = لم يُعثر على شيء. جرّب كلمة أخرى.
search-results = { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
