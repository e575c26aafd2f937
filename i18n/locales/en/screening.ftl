## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Check your situation
screening-intro = These questions are about your work and where you live. Answer only what you want to. Your answers stay on this phone and are not saved unless you choose to.
screening-progress = Question { $current } of { $total }
screening-skip = Skip this question
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = yes, y
screening-words-no = no, n
screening-words-not-sure = not sure, unsure, maybe, ?
screening-words-skip = skip, s
screening-not-understood = Please type 1, 2, 3 or 4.

screening-result-title = What your answers show
screening-result-none = Your answers do not show signs of forced labour. If something still feels wrong, you can talk to a helpline. It is free and confidential.
screening-result-some = { $count ->
        [one] One of your answers is a warning sign.
       *[other] { $count } of your answers are warning signs.
    } This can be a sign of forced labour or exploitation. You are not to blame. Help is available.
screening-result-no-answers = You did not answer the questions. That is all right. If you want to talk about your situation, a helpline can listen. It is free.
screening-result-unclear = Some of your answers were "not sure". That is all right. A helpline can help you think it through.
screening-result-under-18 = You are under 18. If someone makes you work, or do sexual things, for their gain, that is exploitation, even without force. Lines for children are shown first.
screening-result-urgent = Some of your answers show you may be in danger. If you are in danger now, call the emergency number. You can also talk to a helpline.
screening-result-helplines = Helplines that can help with this
screening-result-rights = Rights that may help you
screening-disclaimer = This check is not a legal decision. Only you know your situation. A helpline can help you think it through.
