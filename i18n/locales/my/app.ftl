## Harbour — general screens, PIN, status and errors.
## Burmese (Myanmar) draft. Short sentences. Plain words. The reader may be frightened or in a hurry.

app-name = Harbour

## Navigation

nav-help = အကူအညီ ရယူရန်
nav-rights = သင်၏ အခွင့်အရေးများ
nav-check = သင့်အခြေအနေကို စစ်ဆေးရန်
nav-plan = လုံခြုံရေး အစီအစဉ်
nav-journal = မှတ်တမ်း
nav-settings = ဆက်တင်များ
nav-hide = ဖျောက်ရန်
    .hint = အားလုံးကို ပိတ်ပြီး ဂဏန်းတွက်စက်ကို ပြပါမည်။

action-back = နောက်သို့
action-cancel = မလုပ်တော့ပါ
action-save = သိမ်းရန်
action-delete = ဖျက်ရန်
action-edit = ပြင်ရန်
action-done = ပြီးပါပြီ
action-next = ရှေ့သို့
action-yes = ဟုတ်ကဲ့
action-no = မဟုတ်ပါ
action-not-sure = မသေချာပါ
action-search = ရှာရန်
action-try-again = ထပ်ကြိုးစားရန်
action-copy = ကူးယူရန်
action-call = ဖုန်းခေါ်ရန်
action-text = စာတို ပို့ရန်
action-open = ဖွင့်ရန်

## PIN and unlocking

pin-choose = PIN တစ်ခု ရွေးပါ
pin-choose-hint = ဂဏန်း ၄ လုံးမှ ၁၂ လုံးအထိ သုံးပါ။ သို့မဟုတ် စာလုံး ၈ လုံး သို့မဟုတ် ထို့ထက်ပိုသော စကားဝှက်ကို သုံးပါ။ အခြားသူများ ခန့်မှန်း၍ မရနိုင်သည့်အရာကို ရွေးပါ။
pin-confirm = တူညီသော PIN ကို ထပ်ရိုက်ပါ
pin-enter = သင်၏ PIN ကို ရိုက်ထည့်ပါ
pin-mismatch = PIN နှစ်ခု မတူပါ။ ကျေးဇူးပြု၍ ထပ်ကြိုးစားပါ။
pin-too-short = PIN တွင် ဂဏန်း အနည်းဆုံး ၄ လုံး ရှိရပါမည်။
pin-too-long = PIN တွင် ဂဏန်း ၁၂ လုံးထက် မပိုရပါ။
pin-passphrase-too-short = စကားဝှက်တွင် စာလုံး အနည်းဆုံး ၈ လုံး ရှိရပါမည်။
pin-passphrase-too-long = စကားဝှက်တွင် စာလုံး ၁၂၈ လုံးထက် မပိုရပါ။
pin-wrong = ထို PIN ဖြင့် မဖွင့်နိုင်ပါ။
pin-wait = ထပ်မကြိုးစားမီ { $seconds } စက္ကန့် စောင့်ပေးပါ။
pin-wait-minutes = ထပ်မကြိုးစားမီ { $minutes } မိနစ် စောင့်ပေးပါ။
pin-attempts = { $count } ကြိမ် မှားခဲ့သည်
pin-changed = သင်၏ PIN ကို ပြောင်းပြီးပါပြီ။
pin-change = PIN ပြောင်းရန်
pin-current = သင်၏ လက်ရှိ PIN
pin-new = သင်၏ PIN အသစ်
pin-in-use = ဤ PIN ကို သုံးပြီးသား ဖြစ်ပါသည်။ အခြား PIN တစ်ခု ရွေးပါ။
pin-forgot = PIN မေ့သွားပါသလား။
pin-forgot-help = အကူအညီ ဖုန်းနံပါတ်များနှင့် သင်၏ အခွင့်အရေးများကို PIN မပါဘဲ ဆက်သုံးနိုင်ပါသည်။ သင်၏ မှတ်တမ်းနှင့် လုံခြုံရေး အစီအစဉ်ကိုမူ PIN မပါဘဲ ဖွင့်၍ မရပါ။ PIN ကို မည်သူမျှ သင့်အတွက် ပြန်ရှာပေး၍ မရပါ။

## Unlock status

status-locked = သော့ခတ်ထားသည်
status-unlocked = ဖွင့်ထားသည်
status-setup-needed = မပြင်ဆင်ရသေးပါ
unlock-working = ဖွင့်နေသည်…

## Setup (first use)

setup-welcome = ဤအက်ပ်က သင် လုံခြုံစွာ နေနိုင်ရန်နှင့် အကူအညီ ရှာနိုင်ရန် ကူညီပေးနိုင်ပါသည်။
setup-private = သင်ရေးသမျှ အားလုံး ဤဖုန်းပေါ်တွင်သာ ရှိပြီး သင်၏ PIN ဖြင့် သော့ခတ်ထားပါသည်။
setup-disguise = ဤအက်ပ်သည် ဂဏန်းတွက်စက်နှင့် တူပါသည်။ ဖွင့်ရန် သင်၏ PIN ကို ရိုက်ပြီး = ကို နှိပ်ပါ။
setup-measure = ပြင်ဆင်နေပါသည်။ စက္ကန့် အနည်းငယ် ကြာပါမည်။
setup-done = အသင့်ဖြစ်ပါပြီ။

## Errors (never show technical words to the person)

error-generic = တစ်ခုခု မှားယွင်းသွားပါသည်။ ဘာမှ မပျောက်ပါ။ ကျေးဇူးပြု၍ ထပ်ကြိုးစားပါ။
error-storage-full = ဖုန်း ပြည့်နေပါသည်။ ဓာတ်ပုံ သို့မဟုတ် အက်ပ် အချို့ကို ဖျက်ပြီး ထပ်ကြိုးစားပါ။
error-damaged = သိမ်းထားသော အချက်အလက် အချို့ကို ဖတ်၍ မရပါ။ ထိုအချက်အလက်များကို ဖျက်မထားပါ။
error-newer-version = ဤအချက်အလက်ကို အက်ပ်၏ ဗားရှင်းအသစ်ဖြင့် သိမ်းထားပါသည်။ ကျေးဇူးပြု၍ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။
error-keystore = ဖုန်း၏ လုံခြုံသော သိမ်းဆည်းရာ နေရာကို ယခု သုံး၍ မရပါ။ ဖုန်းကို သော့ဖွင့်ပြီး ထပ်ကြိုးစားပါ။
error-key-missing = ဤအချက်အလက်ကို အခြားဖုန်း တစ်လုံးတွင် ပြုလုပ်ထားသဖြင့် ဤဖုန်းတွင် ဖွင့်၍ မရပါ။
error-locked = ကျေးဇူးပြု၍ သင်၏ PIN ကို အရင် ရိုက်ထည့်ပါ။
error-busy = အက်ပ် အလုပ်များနေပါသည်။ ခဏနေမှ ထပ်ကြိုးစားပါ။

## Quick exit and locking

hide-now = ယခု ဖျောက်ရန်
hidden-explain = “ဖျောက်ရန်” ကို အချိန်မရွေး နှိပ်နိုင်ပါသည်။ အက်ပ် ပိတ်သွားပြီး ဂဏန်းတွက်စက်ကို ပြပါမည်။
auto-lock = အလိုအလျောက် သော့ခတ်ချိန်
auto-lock-minutes = { $minutes } မိနစ်
auto-lock-never = ဖျောက်လိုက်မှသာ

## Settings

settings-language = ဘာသာစကား
settings-country = နိုင်ငံ
settings-disguise = အက်ပ် ပုံစံ
settings-about = ဤအက်ပ် အကြောင်း
settings-draft-translation = ဤဘာသာပြန်ကို မိခင်ဘာသာစကား ပြောသူ တစ်ဦးက မစစ်ဆေးရသေးပါ။

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = { $year } ခုနှစ်၊ { $month }လ { $day } ရက်
month-1 = ဇန်နဝါရီ
month-2 = ဖေဖော်ဝါရီ
month-3 = မတ်
month-4 = ဧပြီ
month-5 = မေ
month-6 = ဇွန်
month-7 = ဇူလိုင်
month-8 = ဩဂုတ်
month-9 = စက်တင်ဘာ
month-10 = အောက်တိုဘာ
month-11 = နိုဝင်ဘာ
month-12 = ဒီဇင်ဘာ
