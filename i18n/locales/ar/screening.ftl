## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = فحص وضعك
screening-intro = هذه الأسئلة عن عملك والمكان الذي تعيش فيه. أجب فقط عمّا تريد. تبقى إجاباتك على هذا الهاتف، ولا تُحفظ إلا إذا اخترت ذلك.
screening-progress = السؤال { $current } من { $total }
screening-skip = تخطي هذا السؤال
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = نعم, ن, اي, إي, ايوه, أيوه, ايوا, إيوه, اه, آه, أجل, بلى, ١, yes, y
screening-words-no = لا, ل, لأ, لاء, كلا, ٢, no, n
screening-words-not-sure = لست متأكدًا, لست متأكدا, لست متأكد, مش متأكد, مو متأكد, مب متأكد, ما أعرف, ما اعرف, لا أعرف, لا اعرف, مش عارف, ما بعرف, يمكن, ربما, ممكن, ؟, ٣, ?
screening-words-skip = تخطي, تخطى, تخط, تجاوز, ٤, skip, s
screening-not-understood = يُرجى كتابة 1 أو 2 أو 3 أو 4.

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
screening-result-no-answers = لم تُجب عن الأسئلة. لا بأس بذلك. إذا أردت التحدث عن وضعك، يمكن لخط مساعدة أن يستمع إليك. الاتصال مجاني.
screening-result-unclear = بعض إجاباتك كانت «لست متأكدًا». لا بأس بذلك. يمكن لخط مساعدة أن يساعدك على التفكير في الأمر.
screening-result-under-18 = عمرك أقل من 18 عامًا. إذا جعلك شخص تعمل، أو تفعل أشياء جنسية، لمصلحته، فهذا استغلال، حتى دون استخدام القوة. خطوط الأطفال معروضة أولًا.
screening-result-urgent = بعض إجاباتك تُظهر أنك قد تكون في خطر. إذا كنت في خطر الآن، اتصل برقم الطوارئ. يمكنك أيضًا التحدث إلى خط مساعدة.
screening-result-helplines = خطوط مساعدة يمكنها المساعدة في هذا
screening-result-rights = حقوق قد تساعدك
screening-disclaimer = هذا الفحص ليس قرارًا قانونيًا. أنت وحدك تعرف وضعك. يمكن لخط المساعدة أن يساعدك على التفكير فيه.
