## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = သင့်အခြေအနေကို စစ်ဆေးရန်
screening-intro = ဤမေးခွန်းများသည် သင်၏ အလုပ်နှင့် သင်နေထိုင်ရာ နေရာအကြောင်း ဖြစ်ပါသည်။ ဖြေချင်သည်ကိုသာ ဖြေပါ။ သင်၏ အဖြေများသည် ဤဖုန်းပေါ်တွင်သာ ရှိပြီး သင် ရွေးချယ်မှသာ သိမ်းထားပါမည်။
screening-progress = မေးခွန်း { $total } ခုအနက် { $current } ခုမြောက်
screening-skip = ဤမေးခွန်းကို ကျော်ရန်
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
screening-words-yes = ဟုတ်, ဟုတ်ကဲ့, ဟုတ်တယ်, ဟုတ်ပါတယ်, ဟုတ်ပါသည်, ၁, yes, y
screening-words-no = မဟုတ်, မဟုတ်ဘူး, မဟုတ်ပါ, မဟုတ်ပါဘူး, ၂, no, n
screening-words-not-sure = မသေချာ, မသေချာဘူး, မသေချာပါ, မသိ, မသိဘူး, မသိပါ, ၃, ?
screening-words-skip = ကျော်, ကျော်မယ်, ကျော်ပါ, ၄, skip, s
screening-not-understood = ကျေးဇူးပြု၍ 1၊ 2၊ 3 သို့မဟုတ် 4 ကို ရိုက်ပါ။

screening-result-title = သင်၏ အဖြေများက ပြသသည့်အရာ
screening-result-none = သင်၏ အဖြေများတွင် အဓမ္မ အလုပ်ခိုင်းစေခြင်း၏ လက္ခဏာများ မတွေ့ရပါ။ တစ်ခုခု မှားနေသည်ဟု ခံစားရသေးပါက အကူအညီလိုင်းနှင့် စကားပြောနိုင်ပါသည်။ အခမဲ့ ဖြစ်ပြီး လျှို့ဝှက်ချက်ကို ထိန်းသိမ်းပေးပါသည်။
screening-result-some = သင်၏ အဖြေ { $count } ခုသည် သတိပေး လက္ခဏာ ဖြစ်ပါသည်။ ဤသည်မှာ အဓမ္မ အလုပ်ခိုင်းစေခြင်း သို့မဟုတ် ခေါင်းပုံဖြတ်ခံရခြင်း၏ လက္ခဏာ ဖြစ်နိုင်ပါသည်။ သင့်အပြစ် မဟုတ်ပါ။ အကူအညီ ရနိုင်ပါသည်။
screening-result-no-answers = မေးခွန်းများကို သင် မဖြေခဲ့ပါ။ ရပါသည်။ သင်၏ အခြေအနေအကြောင်း ပြောလိုပါက အကူအညီလိုင်းက နားထောင်ပေးနိုင်ပါသည်။ အခမဲ့ ဖြစ်ပါသည်။
screening-result-unclear = သင်၏ အဖြေ အချို့မှာ "မသေချာပါ" ဖြစ်ပါသည်။ ရပါသည်။ သင် သေချာ စဉ်းစားနိုင်ရန် အကူအညီလိုင်းက ကူညီပေးနိုင်ပါသည်။
screening-result-under-18 = သင် အသက် ၁၈ နှစ်အောက် ဖြစ်ပါသည်။ တစ်စုံတစ်ယောက်က ၎င်း၏ အကျိုးအမြတ်အတွက် သင့်ကို အလုပ်လုပ်ခိုင်းလျှင် သို့မဟုတ် လိင်ပိုင်းဆိုင်ရာ အရာများ လုပ်ခိုင်းလျှင် အင်အား မသုံးသော်လည်း ခေါင်းပုံဖြတ်ခြင်း ဖြစ်ပါသည်။ ကလေးများအတွက် လိုင်းများကို အရင် ပြထားပါသည်။
screening-result-urgent = သင်၏ အဖြေ အချို့က သင် အန္တရာယ်ထဲ ရောက်နေနိုင်ကြောင်း ပြသနေပါသည်။ ယခု အန္တရာယ်ထဲ ရောက်နေပါက အရေးပေါ် နံပါတ်ကို ခေါ်ပါ။ အကူအညီလိုင်းနှင့်လည်း စကားပြောနိုင်ပါသည်။
screening-result-helplines = ဤကိစ္စအတွက် ကူညီပေးနိုင်သော အကူအညီလိုင်းများ
screening-result-rights = သင့်ကို ကူညီနိုင်မည့် အခွင့်အရေးများ
screening-disclaimer = ဤစစ်ဆေးချက်သည် ဥပဒေဆိုင်ရာ ဆုံးဖြတ်ချက် မဟုတ်ပါ။ သင့်အခြေအနေကို သင်သာ သိပါသည်။ အကူအညီလိုင်းက သင် သေချာ စဉ်းစားနိုင်ရန် ကူညီပေးနိုင်ပါသည်။
