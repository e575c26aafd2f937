## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = خطة أمانك
plan-intro = خطّط مسبقًا، لتعرف ما يجب فعله إذا احتجت إلى المغادرة أو إلى طلب المساعدة. أنت وحدك ترى هذا.
plan-updated = آخر تغيير: { $date }

plan-warning-signs = علامات التحذير
    .prompt = ما الذي يخبرك أن الأمور أصبحت أكثر خطرًا؟
    .example = مثلًا: يغضب المدير بسبب المال، يصل أشخاص جدد، تُؤخذ أوراقك.

plan-safe-people = أشخاص تثق بهم
    .prompt = بمن يمكنك التواصل إذا احتجت إلى مساعدة؟
plan-person-name = الاسم
plan-person-contact = كيف تتواصل معه
plan-person-code-word = كلمة متفق عليها
    .hint = كلمة يمكنك قولها أو إرسالها في رسالة لطلب المساعدة دون أن يعرف الآخرون.

plan-safe-places = أماكن آمنة
    .prompt = إلى أين يمكنك الذهاب إذا احتجت إلى المغادرة بسرعة؟
    .example = مثلًا: بيت صديق، كنيسة أو معبد، ملجأ، مركز شرطة إذا كنت تشعر بالأمان هناك.

plan-documents = الوثائق
    .prompt = ما الأوراق التي يجب أن تحتفظ بها، أو تحتفظ بنسخة منها؟
plan-doc-passport = جواز السفر
plan-doc-id = بطاقة الهوية
plan-doc-visa = التأشيرة أو تصريح العمل
plan-doc-contract = عقد العمل
plan-doc-payslips = قسائم الراتب
plan-doc-bank-card = البطاقة المصرفية
plan-doc-have = هي معي
plan-doc-copy = لدي نسخة
plan-doc-held = شخص آخر يحتفظ بها

plan-bag = حقيبة الطوارئ
    .prompt = ماذا ستأخذ معك إذا اضطررت إلى المغادرة بسرعة؟
    .example = مثلًا: الهاتف والشاحن، المال، الأدوية، نسخ من الوثائق، ملابس دافئة.

plan-steps = خطوات المغادرة بأمان
    .prompt = اكتب كل خطوة، بالترتيب.
plan-step-number = الخطوة { $number }

plan-notes = ملاحظات
    .prompt = أي شيء آخر تريد أن تتذكره.

plan-item-add = إضافة
plan-item-remove = إزالة
plan-empty = لم يُكتب شيء هنا بعد.

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = اكتب اسم جزء من الخطة: warning-signs (علامات التحذير)، safe-people (أشخاص تثق بهم)، safe-places (أماكن آمنة)، documents (الوثائق)، bag (حقيبة الطوارئ)، steps (خطوات المغادرة) أو notes (ملاحظات).
plan-set-document-kinds = اكتب اسم وثيقة: passport (جواز السفر)، id (بطاقة الهوية)، visa (التأشيرة أو تصريح العمل)، contract (عقد العمل)، payslips (قسائم الراتب) أو bank-card (البطاقة المصرفية).
plan-set-document-status = اكتب أين الوثيقة: have (هي معي)، copy (لدي نسخة) أو held (شخص آخر يحتفظ بها).
