## Harbour — general screens, PIN, status and errors.
## Vietnamese draft. Short sentences. Plain words. Address: "bạn".

app-name = Harbour

## Navigation

nav-help = Tìm trợ giúp
nav-rights = Quyền của bạn
nav-check = Kiểm tra tình trạng của bạn
nav-plan = Kế hoạch an toàn
nav-journal = Nhật ký
nav-settings = Cài đặt
nav-hide = Ẩn
    .hint = Đóng mọi thứ và hiện máy tính bỏ túi.

action-back = Quay lại
action-cancel = Hủy
action-save = Lưu
action-delete = Xóa
action-edit = Sửa
action-done = Xong
action-next = Tiếp
action-yes = Có
action-no = Không
action-not-sure = Không chắc
action-search = Tìm
action-try-again = Thử lại
action-copy = Sao chép
action-call = Gọi
action-text = Gửi tin nhắn
action-open = Mở

## PIN and unlocking

pin-choose = Chọn mã PIN
pin-choose-hint = Dùng từ 4 đến 12 chữ số, hoặc một cụm mật khẩu từ 8 ký tự trở lên. Hãy chọn thứ mà người khác không đoán được.
pin-confirm = Nhập lại đúng mã PIN đó
pin-enter = Nhập mã PIN của bạn
pin-mismatch = Hai mã PIN không giống nhau. Vui lòng thử lại.
pin-too-short = Mã PIN cần ít nhất 4 chữ số.
pin-too-long = Mã PIN chỉ có tối đa 12 chữ số.
pin-passphrase-too-short = Cụm mật khẩu cần ít nhất 8 ký tự.
pin-passphrase-too-long = Cụm mật khẩu chỉ có tối đa 128 ký tự.
pin-wrong = Mã PIN đó không đúng.
pin-wait = Vui lòng đợi { $seconds } giây rồi thử lại.
pin-wait-minutes = Vui lòng đợi { $minutes } phút rồi thử lại.
pin-attempts = { $count } lần nhập sai
pin-changed = Mã PIN của bạn đã được đổi.
pin-change = Đổi mã PIN
pin-current = Mã PIN hiện tại của bạn
pin-new = Mã PIN mới của bạn
pin-in-use = Mã PIN này đã được dùng. Hãy chọn mã khác.
pin-forgot = Quên mã PIN?
pin-forgot-help = Số điện thoại trợ giúp và phần quyền của bạn vẫn dùng được khi không có mã PIN. Nhật ký và kế hoạch an toàn của bạn không thể mở nếu không có mã PIN. Không ai có thể lấy lại mã này cho bạn.

## Unlock status

status-locked = Đã khóa
status-unlocked = Đang mở
status-setup-needed = Chưa cài đặt
unlock-working = Đang mở…

## Setup (first use)

setup-welcome = Ứng dụng này có thể giúp bạn giữ an toàn và tìm trợ giúp.
setup-private = Mọi thứ bạn viết chỉ nằm trên điện thoại này, được khóa bằng mã PIN của bạn.
setup-disguise = Ứng dụng trông giống một máy tính bỏ túi. Để mở, hãy nhập mã PIN rồi bấm =.
setup-measure = Đang chuẩn bị. Việc này mất vài giây.
setup-done = Bạn đã sẵn sàng.

## Errors (never show technical words to the person)

error-generic = Đã có lỗi xảy ra. Không có gì bị mất. Vui lòng thử lại.
error-storage-full = Điện thoại đã đầy. Hãy xóa bớt ảnh hoặc ứng dụng, rồi thử lại.
error-damaged = Một số dữ liệu đã lưu không đọc được. Dữ liệu đó chưa bị xóa.
error-newer-version = Dữ liệu này được lưu bằng một phiên bản mới hơn của ứng dụng. Vui lòng cập nhật ứng dụng.
error-keystore = Vùng lưu trữ an toàn của điện thoại hiện không dùng được. Hãy mở khóa điện thoại rồi thử lại.
error-key-missing = Dữ liệu này được tạo trên một điện thoại khác và không thể mở ở đây.
error-locked = Vui lòng nhập mã PIN trước.
error-busy = Ứng dụng đang bận. Vui lòng thử lại sau giây lát.

## Quick exit and locking

hide-now = Ẩn ngay
hidden-explain = Bấm “Ẩn” bất cứ lúc nào. Ứng dụng sẽ đóng lại và hiện máy tính bỏ túi.
auto-lock = Khóa sau
auto-lock-minutes = { $minutes } phút
auto-lock-never = Chỉ khi tôi ẩn ứng dụng

## Settings

settings-language = Ngôn ngữ
settings-country = Quốc gia
settings-disguise = Giao diện ứng dụng
settings-about = Về ứng dụng này
settings-draft-translation = Bản dịch này chưa được người bản ngữ kiểm tra.

## Dates. { $day } and { $year } are numbers (shown in your digits); { $month } is one of the
## month names below. Put the three parts in the order that is normal in your language.

date-long = ngày { $day } { $month } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
