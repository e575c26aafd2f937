## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = သင်၏ မှတ်တမ်း
journal-intro = ဖြစ်ပျက်ခဲ့သည်များကို ရေးမှတ်ထားပါ - ရက်စွဲများ၊ နေရာများ၊ အမည်များ၊ ငွေကြေး။ သင်သာ မြင်နိုင်ပါသည်။ နောက်ပိုင်းတွင် ဤမှတ်တမ်းက သင့်ကို သို့မဟုတ် ရှေ့နေ တစ်ဦးကို အထောက်အကူ ဖြစ်နိုင်ပါသည်။
journal-new = ရေးမှတ်ချက် အသစ်
journal-empty = ရေးမှတ်ချက် မရှိသေးပါ။
journal-count = { $count ->
        [0] ရေးမှတ်ချက် မရှိပါ
       *[other] ရေးမှတ်ချက် { $count } ခု
    }
journal-text = ဘာ ဖြစ်ခဲ့ပါသလဲ။
journal-tags = အမှတ်အသားများ
journal-category = ဖြစ်ရပ် အမျိုးအစား
journal-written = { $date } တွင် ရေးခဲ့သည်
journal-edited = { $date } တွင် ပြင်ခဲ့သည်
journal-deleted = ဤရေးမှတ်ချက်ကို ဖျက်ပြီး ဖြစ်ပါသည်။
journal-attachments = ပူးတွဲဖိုင် { $count } ခု
journal-add-photo = ဓာတ်ပုံ ထည့်ရန်
journal-add-audio = အသံသွင်း မှတ်ချက် ထည့်ရန်
journal-add-document = စာရွက်စာတမ်း ထည့်ရန်
journal-delete-confirm = ဤရေးမှတ်ချက်ကို ဖျက်မည်လား။ ၎င်း၏ စာသားနှင့် ပူးတွဲဖိုင်များ အပြီးတိုင် ပျောက်သွားပါမည်။ မှတ်တမ်းကို ဆက်လက် စစ်ဆေးနိုင်ရန် တစ်ခုခု ဖျက်ခဲ့ကြောင်း မှတ်ချက်တစ်ခု ကျန်ရှိနေပါမည်။
journal-edit-note = ပြင်ဆင်မှုများကို ဗားရှင်းအသစ်အဖြစ် သိမ်းထားပါသည်။ ယခင် ဗားရှင်းလည်း ကျန်ရှိနေပါမည်။

category-pay = လစာ သို့မဟုတ် ငွေကြေး
category-documents = စာရွက်စာတမ်း သို့မဟုတ် ID
category-threats = ခြိမ်းခြောက်မှုများ
category-violence = အကြမ်းဖက်မှု
category-movement = ထွက်ခွင့် မပေးခြင်း
category-conditions = အလုပ် သို့မဟုတ် နေထိုင်ရေး အခြေအနေ
category-other = အခြား

journal-verify = မှတ်တမ်းကို စစ်ဆေးရန်
journal-verify-ok = မှတ်တမ်း ပြည့်စုံပါသည်။ ဘာမှ ပြောင်းလဲထားခြင်း မရှိပါ။
journal-verify-broken = ရေးမှတ်ချက် { $number } တွင် မှတ်တမ်းကို အက်ပ်၏ အပြင်ဘက်မှ ပြောင်းလဲထားပါသည်။
journal-witness-code = စစ်ဆေးရန် ကုဒ်
    .hint = သင့်ကို ကူညီနေသော ဝန်ထမ်းက ဤကုဒ်ကို ရေးမှတ်ထားနိုင်ပါသည်။ နောက်ပိုင်းတွင် ဤကုဒ်က မှတ်တမ်းကို မပြောင်းလဲထားကြောင်း ပြသပါမည်။

export-title = သင့်ကို ကူညီနေသော ဝန်ထမ်းနှင့် မျှဝေရန်
export-intro = ဤလုပ်ဆောင်ချက်က သင်၏ မှတ်တမ်းပါဝင်သော သော့ခတ်ထားသည့် ဖိုင်တစ်ခုကို ပြုလုပ်ပေးပါသည်။ စကားဝှက် ရှိသူ၊ သို့မဟုတ် သင့်ကို ကူညီနေသော ဝန်ထမ်း၏ သော့ ရှိသူသာ ထိုဖိုင်ကို ဖွင့်နိုင်ပါသည်။
export-passphrase = ဖိုင်အတွက် စကားဝှက် တစ်ခု ရွေးပါ
export-passphrase-hint = စကားဝှက်ကို ဝန်ထမ်းအား မျက်နှာချင်းဆိုင် သို့မဟုတ် ဖုန်းဖြင့် ပြောပြပါ။ ဖိုင်နှင့် တူညီသော စာထဲတွင် မပို့ပါနှင့်။
export-to-organisation = { $organisation } အတွက် သော့ခတ်ရန်
export-working = ဖိုင် ပြုလုပ်နေသည်… { $percent }%
export-done = ဖိုင် အသင့်ဖြစ်ပါပြီ။
export-wrong-passphrase = ထိုစကားဝှက်ဖြင့် ဤဖိုင်ကို ဖွင့်၍ မရပါ။
export-damaged = ဤဖိုင် ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ။
import-title = သင်၏ မှတ်တမ်းကို ဤဖုန်းသို့ ရွှေ့ရန်
import-done = ရေးမှတ်ချက် { $count } ခု ရွှေ့ပြီးပါပြီ။

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = ဈေးဝယ်ခဲ့တယ် - ဆန်၊ ဆီ၊ ကြက်သွန်နီ၊ ဖုန်းဘေလ်။
decoy-sample-2 = အိမ်ကို ဖုန်းဆက်တယ်။ အားလုံး နေကောင်းကြတယ်။
decoy-sample-3 = ဒီနေ့ အလုပ်ချိန် ရှည်တယ်။ အရမ်း ပင်ပန်းတယ်။
decoy-sample-4 = သူငယ်ချင်းဆီက ချေးထားတဲ့ ပိုက်ဆံ ပြန်ဆပ်ပြီးပြီ။
decoy-sample-5 = ဖုန်းအားသွင်းကြိုး အသစ် လိုတယ်။
decoy-sample-6 = အလုပ်ပိတ်ရက်။ အဝတ်လျှော်ပြီး ထမင်းချက်တယ်။
