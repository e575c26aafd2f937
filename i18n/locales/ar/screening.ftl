## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = فحص وضعك
screening-intro = هذه الأسئلة عن عملك والمكان الذي تعيش فيه. أجب فقط عمّا تريد. تبقى إجاباتك على هذا الهاتف، ولا تُحفظ إلا إذا اخترت ذلك.
screening-progress = السؤال { $current } من { $total }
screening-skip = تخطي هذا السؤال

# ILO: abuse of vulnerability
screening-q-vulnerability = هل يستغل صاحب العمل وضعك ضدك — مثلًا أوراقك، أو ديونك، أو لغتك، أو أنه ليس لديك مكان آخر تذهب إليه؟
# ILO: deception
screening-q-deception = هل عملك أو أجرك أو سكنك مختلف كثيرًا عمّا وُعدت به؟
# ILO: restriction of movement
screening-q-movement = هل تُمنع من مغادرة مكان عملك أو بيتك عندما تريد؟
# ILO: isolation
screening-q-isolation = هل يُبعدونك عن الناس الآخرين، أو يمنعونك من التواصل مع عائلتك أو أصدقائك؟
# ILO: physical and sexual violence
screening-q-violence = هل آذاك أحد في العمل، أو لمسك بطريقة جنسية لم تكن تريدها؟
# ILO: intimidation and threats
screening-q-threats = هل هدّدك أحد أو هدّد عائلتك — مثلًا بالعنف، أو بالشرطة، أو بإعادتك إلى بلدك؟
# ILO: retention of identity documents
screening-q-documents = هل يحتفظ شخص آخر بجواز سفرك أو بطاقة هويتك، ولا يعيدها إليك عندما تطلبها؟
# ILO: withholding of wages
screening-q-wages = هل يُحجز أجرك، أو هو أقل بكثير مما وُعدت به، أو لا يُدفع لك أبدًا؟
# ILO: debt bondage
screening-q-debt = هل عليك دَين لصاحب العمل أو لوسيط التوظيف يجب أن تسدده بعملك، والدَّين لا ينقص؟
# ILO: abusive working and living conditions
screening-q-conditions = هل ظروف عملك أو سكنك خطيرة أو قذرة أو مُهينة — مثلًا لا يوجد سرير مناسب، أو طعام، أو معدات سلامة؟
# ILO: excessive overtime
screening-q-overtime = هل يجب أن تعمل ساعات طويلة جدًا أو في أيام الراحة، دون أن يكون لك خيار حقيقي؟

screening-result-title = ماذا تُظهر إجاباتك
screening-result-none = إجاباتك لا تُظهر علامات على العمل القسري. إذا كنت ما زلت تشعر أن هناك شيئًا غير صحيح، يمكنك التحدث إلى خط مساعدة. الاتصال مجاني وسري.
screening-result-some = { $count ->
        [zero] لا توجد بين إجاباتك علامة تحذير.
        [one] إجابة واحدة من إجاباتك علامة تحذير.
        [two] إجابتان من إجاباتك علامتا تحذير.
        [few] { $count } من إجاباتك علامات تحذير.
        [many] { $count } من إجاباتك علامات تحذير.
       *[other] { $count } من إجاباتك علامات تحذير.
    } قد يكون هذا علامة على العمل القسري أو الاستغلال. الذنب ليس ذنبك. المساعدة متوفرة.
screening-result-urgent = بعض إجاباتك تُظهر أنك قد تكون في خطر. إذا كنت في خطر الآن، اتصل برقم الطوارئ. يمكنك أيضًا التحدث إلى خط مساعدة.
screening-result-helplines = خطوط مساعدة يمكنها المساعدة في هذا
screening-result-rights = حقوق قد تساعدك
screening-disclaimer = هذا الفحص ليس قرارًا قانونيًا. أنت وحدك تعرف وضعك. يمكن لخط المساعدة أن يساعدك على التفكير فيه.
