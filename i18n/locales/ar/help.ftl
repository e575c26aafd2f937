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
help-none-open = لا يوجد خط مساعدة مفتوح الآن. ما زال بإمكانك إرسال رسالة أو بريد إلكتروني. هل أنت في خطر الآن؟ اتصل بالرقم { $number }.
help-hours-unknown = ساعات العمل غير معروفة — جرّب الاتصال
help-hours-unknown-try = لا نعرف متى تكون هذه الخطوط مفتوحة. جرّب الاتصال: قد يجيب أحد.
help-for-children = للأطفال والشباب
help-no-verified-line = لم نستطع التحقق من أي خط مساعدة في هذا البلد. جرّب الخطوط أدناه الخاصة بمنطقتك، أو بالأشخاص من بلدك.
help-for-nationals = خطوط للأشخاص من { $country }، أينما كانوا
help-report-lines = خطوط تنقل البلاغات إلى الشرطة (ليست خطوط مساعدة)
help-police-caution = في هذا البلد، وردت تقارير بأن الشرطة تعمل مع المتاجرين بالبشر، أو تحتجز الأشخاص الذين ليست لديهم أوراق. فكّر قبل أن تتصل بها. إذا استطعت، فاتصل أولًا بخط مساعدة.
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

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = ما تقوله قد يُنقل إلى الشرطة.
risk-immigration = ما تقوله قد يُنقل إلى سلطات الهجرة.
risk-employer-authority = ما تقوله قد يصل إلى صاحب العمل أو الكفيل. اسأل أولًا هل يمكن أن يؤثر ذلك على تأشيرتك أو إقامتك.
risk-child-protection = ما تقوله عن طفل قد يُنقل إلى خدمات حماية الطفل.
risk-report-line = هذا الخط يستقبل البلاغات للشرطة. إنه ليس خط مساعدة.

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

## Content shown in another language, or translated by machine

text-shown-in-english = معروض بالإنجليزية: لم يُترجم بعد
text-may-be-out-of-date = قد تكون هذه الترجمة قديمة
text-machine-translated = ترجمة آلية، لم يراجعها إنسان بعد

## The country the person is in

country-choose = في أي بلد أنت؟ المساعدة تختلف حسب البلد.
country-prompt = البلد
country-unknown = لا نعرف هذا البلد. اكتب أحد الأسماء أو الرموز أعلاه.
country-needed = في أي بلد أنت؟ أضف البلد، مثلًا: --country GB. أو احفظه: harbour set country GB.

## Where rights come from

body-eu = الاتحاد الأوروبي
body-coe = مجلس أوروبا
body-int = القانون الدولي
body-int-ilo = منظمة العمل الدولية

## Rights and resources

rights-title = حقوقك
rights-in = حقوقك في { $country }
rights-international = حقوق في كل مكان
rights-regional = حقوق مصدرها { $body }
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

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = اتجار, إتجار, الاتجار بالبشر, تجارة البشر, عبودية, استعباد, استغلال, إستغلال, سخرة, عمل قسري, إجبار, اجبار, غصب
topic-words-consent = موافقة, وافقت, رضا, رضيت, قبلت, اختيار, إختيار, بإرادتي, غصب عني
topic-words-children = طفل, أطفال, اطفال, ولد, بنت, قاصر, قاصرة, تحت 18, أقل من 18, صغير, صغيرة, شباب
topic-words-non-punishment = جريمة, جرائم, عقوبة, عقاب, سجن, حبس, اعتقال, قبض, توقيف, تهمة, متهم, مخالفة, قانون
topic-words-identification = ضحية, ضحايا, اعتراف, التعرف, تحديد الهوية, وضع, صفة
topic-words-support = مساعدة, مساعده, دعم, ملجأ, مأوى, إيواء, ايواء, بيت آمن, سكن, طبيب, دكتور, علاج, مال, فلوس
topic-words-residence = تأشيرة, تاشيرة, فيزا, فيزه, تصريح, إقامة, اقامة, إقامه, بقاء, أوراق, اوراق, ترحيل, تسفير, إبعاد, تجديد
topic-words-documents = جواز, جواز سفر, باسبور, باسبورت, هوية, هويه, بطاقة, بطاقة هوية, أوراق, اوراق, وثائق, مستندات, تأشيرة, فيزا, عقد, إقامة
topic-words-wages = راتب, معاش, أجر, اجر, أجرة, أجور, فلوس, مال, دفع, قبض, ما قبضت, لم أقبض, قسيمة راتب, كشف راتب
topic-words-debt = دين, ديون, دَين, قرض, سلفة, سلف, مديون, استلفت, فلوس, مال
topic-words-movement = مغادرة, أترك, اترك, أخرج, خروج, محبوس, مقفل, مسكر, حرية, حر, هروب, هرب, أهرب, تنقل
topic-words-violence = عنف, ضرب, يضربني, أذى, اذى, إساءة, اساءة, تحرش, جنسي, اغتصاب, إغتصاب, تهديد, يهددني
topic-words-compensation = تعويض, تعويضات, أضرار, ضرر, استرداد, استرجاع الفلوس, مطالبة
topic-words-reporting = شرطة, بوليس, بلاغ, إبلاغ, ابلاغ, شكوى, شكوه, أشتكي, اشتكي, أبلغ, أخبر
topic-words-legal-help = محامي, محامٍ, محام, قانوني, قانون, استشارة, مشورة, نصيحة, محكمة, قضية, مساعدة قانونية مجانية
topic-words-labour-rights = عمل, شغل, وظيفة, صاحب العمل, كفيل, مدير, معلم, حقوق, عقد, ساعات, دوام
topic-words-recruitment-fees = وكيل, وكالة, مكتب استقدام, مكتب, سمسار, رسوم, عمولة, رسوم توظيف, استقدام, توظيف
topic-words-work-conditions = ساعات, دوام, راحة, إجازة, اجازة, يوم عطلة, ساعات إضافية, أوفر تايم, أكل, طعام, نوم, سلامة, أمان
