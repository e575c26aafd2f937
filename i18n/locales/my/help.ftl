## Helplines, channels, safety tips, rights and resources.

help-title = ကူညီပေးနိုင်သူများ
help-open-now = ယခု ဖွင့်ထားသည်
help-closed-now = ယခု ပိတ်ထားသည်
help-open-24-7 = နေ့ရော ညပါ ဖွင့်ထားသည်
help-opens-at = { $time } တွင် ဖွင့်မည်
help-closes-at = { $time } တွင် ပိတ်မည်
help-free = အခမဲ့ ခေါ်ဆိုနိုင်သည်
help-may-cost = ခေါ်ဆိုခ ကျနိုင်သည်
help-languages = ဘာသာစကားများ: { $languages }
help-interpreters = စကားပြန် ရနိုင်သည်
help-in-country = { $country } ရှိ အကူအညီလိုင်းများ
help-none-open = ယခု ဖွင့်ထားသော အကူအညီလိုင်း မရှိပါ။ စာတို သို့မဟုတ် အီးမေးလ် ပို့နိုင်ပါသေးသည်။ ယခု အန္တရာယ်ထဲ ရောက်နေပါသလား။ { $number } ကို ခေါ်ပါ။
help-hours-unknown = ဖွင့်ချိန် မသိရပါ - ဖုန်းခေါ်ကြည့်ပါ
help-hours-unknown-try = ဤလိုင်းများ ဘယ်အချိန် ဖွင့်သည်ကို ကျွန်ုပ်တို့ မသိပါ။ ဖုန်းခေါ်ကြည့်ပါ။ တစ်စုံတစ်ယောက် ဖြေနိုင်ပါသည်။
help-for-children = ကလေးများနှင့် လူငယ်များအတွက်
help-no-verified-line = ဤနိုင်ငံရှိ အကူအညီလိုင်း တစ်ခုကိုမျှ ကျွန်ုပ်တို့ စစ်ဆေး၍ မရပါ။ သင့်ဒေသအတွက် သို့မဟုတ် သင့်နိုင်ငံမှ လူများအတွက် အောက်ပါ လိုင်းများကို စမ်းကြည့်ပါ။
help-for-nationals = { $country } မှ လူများအတွက် လိုင်းများ - မည်သည့်နေရာတွင် ရှိနေပါစေ
help-report-lines = ရဲထံ တိုင်ကြားချက်များ ပို့ပေးသော လိုင်းများ (အကူအညီလိုင်း မဟုတ်ပါ)
help-police-caution = ဤနိုင်ငံတွင် ရဲသည် လူကုန်ကူးသူများနှင့် ပူးပေါင်းလုပ်ဆောင်သည်၊ သို့မဟုတ် စာရွက်စာတမ်း မရှိသူများကို ချုပ်ထားသည်ဟု သတင်းများ ရှိပါသည်။ ရဲကို မခေါ်မီ စဉ်းစားပါ။ ဖြစ်နိုင်ပါက အကူအညီလိုင်းကို အရင် ခေါ်ပါ။
help-emergency = ယခု အန္တရာယ်ထဲ ရောက်နေပါသလား။ { $number } ကို ခေါ်ပါ။
help-count = { $count ->
        [0] အကူအညီလိုင်း မတွေ့ပါ
       *[other] အကူအညီလိုင်း { $count } ခု
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = ပရဟိတ အဖွဲ့က လုပ်ဆောင်သည်
operator-government = အစိုးရက လုပ်ဆောင်သည်
operator-police = ရဲက လုပ်ဆောင်သည်
operator-immigration = လူဝင်မှုကြီးကြပ်ရေး အာဏာပိုင်များက လုပ်ဆောင်သည်
operator-intergovernmental = နိုင်ငံတကာ အဖွဲ့အစည်းက လုပ်ဆောင်သည်
operator-warning-law = ဤလိုင်းကို ရဲ သို့မဟုတ် လူဝင်မှုကြီးကြပ်ရေးက လုပ်ဆောင်ပါသည်။ သူတို့က သင်၏ စာရွက်စာတမ်းများအကြောင်း မေးနိုင်ပါသည်။ ထိုအရာကို သင် ကြောက်ပါက ပရဟိတ အဖွဲ့က လုပ်ဆောင်သော လိုင်းကို ရွေးပါ။
operator-warning-confirm = မည်သို့ပင်ဖြစ်စေ ခေါ်မည်

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = သင် ပြောသည့်အရာများ ရဲထံ ရောက်သွားနိုင်ပါသည်။
risk-immigration = သင် ပြောသည့်အရာများ လူဝင်မှုကြီးကြပ်ရေးထံ ရောက်သွားနိုင်ပါသည်။
risk-employer-authority = သင် ပြောသည့်အရာများ သင်၏ အလုပ်ရှင် သို့မဟုတ် အာမခံသူ (sponsor) ထံ ရောက်သွားနိုင်ပါသည်။ သင်၏ ဗီဇာ သို့မဟုတ် နေထိုင်ခွင့်ကို ထိခိုက်နိုင်၊ မနိုင် အရင် မေးပါ။
risk-child-protection = ကလေး တစ်ဦးအကြောင်း သင် ပြောသည့်အရာများ ကလေး ကာကွယ်ရေး ဌာနများထံ ရောက်သွားနိုင်ပါသည်။
risk-report-line = ဤလိုင်းသည် ရဲအတွက် တိုင်ကြားချက်များကို လက်ခံပါသည်။ အကူအညီလိုင်း မဟုတ်ပါ။

## Channels

channel-phone = ဖုန်း
channel-sms = စာတို
channel-whatsapp = WhatsApp
channel-web = ဝက်ဘ်ဆိုက်
channel-email = အီးမေးလ်

## Data quality

info-last-checked = နောက်ဆုံး စစ်ဆေးခဲ့သည့်ရက်: { $date }
info-not-verified = မကြာသေးမီက မစစ်ဆေးရသေးပါ။ နံပါတ် ပြောင်းသွားနိုင်ပါသည်။
info-source = ရင်းမြစ်

## Safety tips (the tips themselves come with the help content)

tips-title = အကူအညီ တောင်းသည့်အခါ လုံခြုံအောင် နေပါ

## Content shown in another language, or translated by machine

text-shown-in-english = အင်္ဂလိပ်ဘာသာဖြင့် ပြထားသည် - မဘာသာပြန်ရသေးပါ
text-may-be-out-of-date = ဤဘာသာပြန်သည် ဟောင်းနေနိုင်ပါသည်
text-machine-translated = စက်ဖြင့် ဘာသာပြန်ထားသည်၊ လူ တစ်ဦးက မစစ်ဆေးရသေးပါ

## The country the person is in

country-choose = သင် မည်သည့် နိုင်ငံတွင် ရှိနေပါသလဲ။ အကူအညီသည် နိုင်ငံပေါ် မူတည်ပါသည်။
country-prompt = နိုင်ငံ
country-unknown = ထိုနိုင်ငံကို ကျွန်ုပ်တို့ မသိပါ။ အထက်ပါ အမည်များ သို့မဟုတ် ကုဒ်များထဲမှ တစ်ခုကို ရိုက်ပါ။
country-needed = သင် မည်သည့် နိုင်ငံတွင် ရှိနေပါသလဲ။ နိုင်ငံကို ထည့်ပါ၊ ဥပမာ - --country GB ။ သို့မဟုတ် ဤသို့ သိမ်းထားပါ - harbour set country GB ။

## Where rights come from

body-eu = ဥရောပ သမဂ္ဂ
body-coe = ဥရောပ ကောင်စီ
body-int = နိုင်ငံတကာ ဥပဒေ
body-int-ilo = အပြည်ပြည်ဆိုင်ရာ အလုပ်သမား အဖွဲ့ (ILO)

## Rights and resources

rights-title = သင်၏ အခွင့်အရေးများ
rights-in = { $country } တွင် သင်၏ အခွင့်အရေးများ
rights-international = နေရာတိုင်းတွင် ရှိသော အခွင့်အရေးများ
rights-regional = { $body } အရ အခွင့်အရေးများ
rights-paraphrase-note = ဤအရာသည် အကျဉ်းချုပ်သာ ဖြစ်ပြီး ဥပဒေ အကြံပေးချက် မဟုတ်ပါ။ သင့်ကိစ္စအတွက် ရှေ့နေ သို့မဟုတ် အကူအညီလိုင်းကို မေးပါ။
rights-caveats = သတိပြုရန်
resources-title = ထပ်မံ ဖတ်ရှုရန်
search-placeholder = ရှာရန်
search-no-results = ဘာမှ မတွေ့ပါ။ အခြား စကားလုံးဖြင့် ရှာကြည့်ပါ။
search-results = ရလဒ် { $count } ခု

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = လူကုန်ကူးမှု, လူကုန်ကူး, လူရောင်း, ရောင်းစား, ကျွန်, ကျွန်ပြု, ခေါင်းပုံဖြတ်, အဓမ္မ, အတင်းအကျပ်
topic-words-consent = သဘောတူ, သဘောတူညီ, ဆန္ဒ, ရွေးချယ်, ခွင့်ပြု
topic-words-children = ကလေး, ကလေးငယ်, ၁၈ နှစ်အောက်, 18 နှစ်အောက်, အရွယ်မရောက်, လူငယ်, မိန်းကလေး, ယောက်ျားလေး, သား, သမီး
topic-words-non-punishment = ရာဇဝတ်, ပြစ်မှု, အပြစ်ပေး, ထောင်, ဖမ်း, အဖမ်းခံ, တရားစွဲ, ဥပဒေ, ချိုးဖောက်
topic-words-identification = ခံရသူ, သားကောင်, အသိအမှတ်ပြု, သတ်မှတ်, အဆင့်အတန်း
topic-words-support = အကူအညီ, ကူညီ, ထောက်ပံ့, ခိုလှုံရာ, ဂေဟာ, လုံခြုံသောအိမ်, ဆရာဝန်, ဆေးရုံ, ငွေ, နေစရာ, အိမ်
topic-words-residence = ဗီဇာ, ဗီဆာ, ပါမစ်, ဝါ့ပါမစ်, ပန်းရောင်ကတ်, နေထိုင်ခွင့်, စာရွက်စာတမ်း, စာရွက်, ပြန်ပို့, နှင်ထုတ်, ဖမ်းပို့
topic-words-documents = ပတ်စပို့, ပတ်စ်ပို့, နိုင်ငံကူးလက်မှတ်, ID, မှတ်ပုံတင်, သက်သေခံကတ်, စာရွက်စာတမ်း, ဗီဇာ, စာချုပ်, CI
topic-words-wages = လစာ, လုပ်ခ, လခ, ငွေ, ပိုက်ဆံ, လစာမရ, လုပ်ခမရ, လစာစာရွက်, လစာဖြတ်
topic-words-debt = အကြွေး, ကြွေး, ချေးငွေ, ချေး, ဆပ်, ပိုက်ဆံ, ငွေ
topic-words-movement = ထွက်, ထွက်ခွာ, သော့ခတ်, ပိတ်ထား, လွတ်လပ်, အပြင်ထွက်, ထွက်ပြေး, လွတ်မြောက်
topic-words-violence = အကြမ်းဖက်, ရိုက်, ထိုး, နာကျင်, ထိခိုက်, နှိပ်စက်, လိင်, မုဒိမ်း, ခြိမ်းခြောက်
topic-words-compensation = လျော်ကြေး, နစ်နာကြေး, ငွေပြန်ရ, တောင်းဆို
topic-words-reporting = ရဲ, တိုင်ကြား, တိုင်, အမှုဖွင့်, ပြော, သတင်းပေး
topic-words-legal-help = ရှေ့နေ, ဥပဒေ, အကြံဉာဏ်, တရားရုံး, အခမဲ့ ဥပဒေ အကူအညီ
topic-words-labour-rights = အလုပ်, အလုပ်အကိုင်, အလုပ်ရှင်, သူဌေး, အခွင့်အရေး, စာချုပ်, အလုပ်ချိန်
topic-words-recruitment-fees = အေးဂျင့်, ပွဲစား, အေဂျင်စီ, ကြေး, ပွဲခ, အလုပ်ရှာဖွေပေးခ, ခန့်ထား
topic-words-work-conditions = အလုပ်ချိန်, အနားယူ, နားရက်, ပိတ်ရက်, အချိန်ပို, OT, အစားအစာ, အိပ်, လုံခြုံရေး
