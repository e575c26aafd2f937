## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Check your situation
screening-intro = These questions are about your work and where you live. Answer only what you want to. Your answers stay on this phone and are not saved unless you choose to.
screening-progress = Question { $current } of { $total }
screening-skip = Skip this question

# ILO: abuse of vulnerability
screening-q-vulnerability = Does your employer use your situation against you — for example, your papers, your debts, your language, or having nowhere else to go?
# ILO: deception
screening-q-deception = Is your job, pay or housing very different from what you were promised?
# ILO: restriction of movement
screening-q-movement = Are you stopped from leaving your workplace or home when you want to?
# ILO: isolation
screening-q-isolation = Are you kept away from other people, or stopped from contacting your family or friends?
# ILO: physical and sexual violence
screening-q-violence = Has anyone at work hurt you, or touched you in a sexual way you did not want?
# ILO: intimidation and threats
screening-q-threats = Has anyone threatened you or your family — for example, with violence, the police, or being sent home?
# ILO: retention of identity documents
screening-q-documents = Does someone else keep your passport or ID card, and will not give it back when you ask?
# ILO: withholding of wages
screening-q-wages = Is your pay held back, much lower than promised, or not paid at all?
# ILO: debt bondage
screening-q-debt = Do you owe money to your employer or recruiter that you have to work off, and the debt does not go down?
# ILO: abusive working and living conditions
screening-q-conditions = Are your work or living conditions dangerous, dirty or degrading — for example, no proper bed, food, or safety equipment?
# ILO: excessive overtime
screening-q-overtime = Do you have to work very long hours or on rest days, with no real choice?

screening-result-title = What your answers show
screening-result-none = Your answers do not show signs of forced labour. If something still feels wrong, you can talk to a helpline. It is free and confidential.
screening-result-some = { $count ->
        [one] One of your answers is a warning sign.
       *[other] { $count } of your answers are warning signs.
    } This can be a sign of forced labour or exploitation. You are not to blame. Help is available.
screening-result-urgent = Some of your answers show you may be in danger. If you are in danger now, call the emergency number. You can also talk to a helpline.
screening-result-helplines = Helplines that can help with this
screening-result-rights = Rights that may help you
screening-disclaimer = This check is not a legal decision. Only you know your situation. A helpline can help you think it through.
