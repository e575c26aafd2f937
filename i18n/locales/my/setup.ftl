## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = အခြားသူ တစ်ဦးအတွက် ပြင်ဆင်ရန်
outreach-intro = ဘာသာစကား၊ နိုင်ငံနှင့် အက်ပ် ပုံစံကို ရွေးပါ။ သင့်အဖွဲ့အစည်း၏ ဆက်သွယ်ရန် အချက်အလက်ကို ထည့်ပါ။ ထို့နောက် ဖုန်းကို လွှဲပေးပါ။
outreach-language = ထိုသူ၏ ဘာသာစကား
outreach-country = ထိုသူ၏ နိုင်ငံ
outreach-disguise = အက်ပ် ပုံပေါ်ပုံ
outreach-org-name = သင်၏ အဖွဲ့အစည်း
outreach-org-contact = သင့်ကို ဆက်သွယ်ရန် နည်းလမ်း
outreach-org-key = မျှဝေသော ဖိုင်များအတွက် သင့်အဖွဲ့အစည်း၏ သော့ (မထည့်လည်း ရပါသည်)
outreach-import-pack = ဖိုင်မှ အကူအညီ အချက်အလက် ထည့်ရန်
outreach-handoff = လွှဲပေးရန်
outreach-handoff-confirm = ယခု လွှဲပေးမည်လား။ သင်၏ ဆက်တင်များ ကျန်ရှိနေပါမည်။ သင်၏ PIN နှင့် သင်၏ လက်ရှိ အသုံးပြုမှုကို ဖယ်ရှားပါမည်။ နောက်လူက သူ့ကိုယ်ပိုင် PIN ကို ရွေးပါမည်။
outreach-reset = ဤဖုန်းကို အစမှ ပြန်စရန်
outreach-reset-confirm = ဤအက်ပ်ထဲရှိ အရာအားလုံးကို ဖျက်ပြီး အစမှ ပြန်စမည်လား။ ဤသို့ လုပ်ပြီးလျှင် ပြန်ပြင်၍ မရပါ။

pack-import-title = အကူအညီ အချက်အလက် ထည့်ရန်
pack-importing = ထည့်နေသည်… { $percent }%
pack-imported = အကူအညီ အချက်အလက်ကို အပ်ဒိတ်လုပ်ပြီးပါပြီ။
pack-rejected = ဤဖိုင်ကို လက်မခံပါ။ ဘာမှ မပြောင်းလဲပါ။
pack-rejected-signature = ဤဖိုင်ကို ယုံကြည်ရသော အဖွဲ့အစည်းက လက်မှတ်ထိုးထားခြင်း မရှိပါ။
pack-rejected-old = ဤဖိုင်သည် သင့်တွင် ရှိပြီးသား အချက်အလက်ထက် ပိုဟောင်းပါသည်။
pack-rejected-damaged = ဤဖိုင် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ။
pack-rejected-too-big = ဤဖိုင် အလွန်ကြီးနေပါသည်။
decoy-title = ဒုတိယ PIN
decoy-explain = ဒုတိယ PIN က အန္တရာယ်မရှိသော အခြား မှတ်တမ်းတစ်ခုကို ဖွင့်ပေးပါသည်။ တစ်စုံတစ်ယောက်က အက်ပ်ကို ဖွင့်ရန် သင့်ကို အတင်းအကျပ် ခိုင်းစေပါက ထို PIN ကို သုံးပါ။
decoy-shows = ဒုတိယ PIN က ဘာကို ဖွင့်ပေးရမည်နည်း။
decoy-shows-same = 1. အကူအညီ ပါသော တူညီသည့် အက်ပ်။ ဤအက်ပ်ကို သိသူ တစ်ဦးပင် တကယ့် အက်ပ်နှင့် ခွဲခြား၍ မရပါ။
decoy-shows-notes = 2. မှတ်စု မှတ်တမ်း တစ်ခုသာ။ အကူအညီ မပါ၊ အက်ပ် အမည်လည်း မပါပါ။ ထို့ကြောင့် ဤအက်ပ်သည် မည်သည့် အက်ပ် ဖြစ်သည်ကို ဖုံးထားပါသည်။ သို့သော် ဤအက်ပ်ကို သိသူ တစ်ဦးက ၎င်းသည် တကယ့် အက်ပ် မဟုတ်ကြောင်း သိနိုင်ပါသည်။
decoy-shows-choose = 1 သို့မဟုတ် 2 ကို ရိုက်ပါ။
disguise-launcher-name = ဂဏန်းတွက်စက်
disguise-converter-name = ယူနစ်ပြောင်း
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = အားလုံး ရှင်းရန်
disguise-key-clear = ရှင်းရန်
disguise-key-sign = လက္ခဏာ ပြောင်းရန်
disguise-key-percent = ရာခိုင်နှုန်း
disguise-key-divide = စားရန်
disguise-key-multiply = မြှောက်ရန်
disguise-key-minus = နှုတ်ရန်
disguise-key-plus = ပေါင်းရန်
# The key that deletes the last digit typed.
disguise-key-delete = ဖျက်ရန်
# The decimal separator key.
disguise-key-point = ဒသမ
disguise-key-equals = ညီမျှခြင်း
duress-title = အရေးပေါ် ဖျက်ရန် PIN
duress-needs-decoy = ဒုတိယ PIN တစ်ခုကို အရင် ရွေးပါ။ အရေးပေါ် ဖျက်ရန် PIN က ဒုတိယ မှတ်တမ်းကို ဖွင့်ပေးပါသည်။
duress-explain = ဤ PIN က သင်၏ တကယ့် မှတ်တမ်းနှင့် လုံခြုံရေး အစီအစဉ်ကို ချက်ချင်း ဖျက်ပစ်ပြီး အန္တရာယ်မရှိသော မှတ်တမ်းကို ဖွင့်ပေးပါသည်။ ဖျက်ပြီးလျှင် ပြန်ယူ၍ မရပါ။

pack-shared = အကူအညီ အချက်အလက် ဖိုင်ကို ပြုလုပ်ပြီးပါပြီ။ ၎င်းကို အခြား ဖုန်းသို့ ပို့ပေးပါ။ ထိုဖုန်းက ဖိုင်ကို မသုံးမီ စစ်ဆေးပါမည်။
pack-not-shareable = ဤအကူအညီ အချက်အလက်အတွက် ပို့ပေးစရာ ဖိုင် မရှိပါ။ အက်ပ်တွင် ပါပြီးသား အကူအညီ အချက်အလက်များသည် ဤအက်ပ်ကို ထည့်ထားသော ဖုန်းတိုင်းတွင် ရှိပြီး ဖြစ်ပါသည်။
