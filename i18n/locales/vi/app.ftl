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

## Errors (never show technical words to the person). Each says what happened and what to do.

error-generic = Đã có lỗi xảy ra. Việc bạn đang làm chưa xong. Vui lòng thử lại.
error-storage-full = Điện thoại đã đầy. Hãy xóa bớt ảnh hoặc ứng dụng, rồi thử lại.
error-damaged = Một số dữ liệu đã lưu không đọc được. Dữ liệu đó chưa bị xóa.
error-newer-version = Dữ liệu này được lưu bằng một phiên bản mới hơn của ứng dụng. Vui lòng cập nhật ứng dụng.
error-keystore = Vùng lưu trữ an toàn của điện thoại hiện không dùng được. Hãy mở khóa điện thoại rồi thử lại.
error-key-missing = Dữ liệu này được tạo trên một điện thoại khác và không thể mở ở đây.
error-locked = Vui lòng nhập mã PIN trước.
error-busy = Ứng dụng đang bận. Vui lòng thử lại sau giây lát.
error-not-set-up = Chưa có mã PIN. Hãy chọn mã PIN trước.
error-already-set-up = Mã PIN đã được đặt. Để bắt đầu lại, hãy dùng “Đặt lại”.
error-not-found = Không có ghi chép nào mang số đó. Hãy kiểm tra số rồi thử lại.
error-deleted = Ghi chép này đã bị xóa. Không thể sửa ghi chép này nữa.
error-journal-not-empty = Nhật ký trên điện thoại này đã có ghi chép. Chỉ có thể chuyển nhật ký sang một nhật ký còn trống.
error-file-not-found = Ở đó không có tệp nào mang tên này. Hãy kiểm tra tên tệp và thư mục.
error-file-exists = Ở đó đã có một tệp cùng tên. Hãy chọn tên khác.
error-no-permission = Ứng dụng không được phép dùng chỗ đó. Hãy chọn thư mục khác.
error-file = Điện thoại không đọc hoặc ghi được tệp. Không có gì bị thay đổi.
error-cancelled = Đã dừng. Không có gì được lưu lại.
error-wrong-confirmation = Mã bạn gõ không giống mã được hiển thị. Không có gì bị xóa.
error-not-allowed = Chỉ mã PIN chính mới làm được việc này.
error-text-empty = Ghi chép đang trống. Hãy viết gì đó trước.
error-text-too-long = Ghi chép quá dài. Hãy chia thành hai ghi chép.
error-tags-too-many = Mỗi ghi chép chỉ có tối đa { $max } nhãn.
error-tag-invalid = Mỗi nhãn chỉ được có từ 1 đến { $max } chữ cái hoặc chữ số.
error-category-unknown = Hãy chọn một loại trong danh sách.
error-attachments-too-many = Mỗi ghi chép chỉ có tối đa { $max } tệp.
error-attachments-too-big = Các tệp này cộng lại quá lớn. Tổng cộng chỉ được tối đa { $megabytes } MB.
error-attachment-empty = Tệp này trống.
error-attachment-too-big = Tệp này quá lớn. Mỗi tệp chỉ được tối đa { $megabytes } MB.
error-attachment-type = Ứng dụng không biết đây là loại tệp gì.
error-attachment-name = Tên tệp quá dài hoặc có ký tự không được phép.
error-entry-id = Đó không phải số của một ghi chép. Bạn có thể xem số của từng ghi chép trong danh sách.
error-plan-too-many = Mỗi phần của kế hoạch an toàn chỉ có tối đa { $max } mục.
error-plan-too-long = Mỗi mục trong kế hoạch an toàn chỉ có tối đa { $max } ký tự.
error-plan-item-empty = Mục trong kế hoạch an toàn không được để trống.
error-plan-section = Kế hoạch an toàn không có phần nào mang tên này.
error-age-key = Đây không phải khóa của tổ chức. Loại khóa này bắt đầu bằng age1.
error-export-password-short = Mật khẩu của tệp cần từ { $min } ký tự trở lên.
error-pin-character = Mã PIN hoặc cụm mật khẩu không được có dấu xuống dòng hoặc ký tự không nhìn thấy khác.
error-pin-no-room = Đã dùng hết chỗ cho mã PIN.
error-kdf-range = Các cài đặt bảo mật này nằm ngoài mức ứng dụng cho phép.
error-country-unknown = Ứng dụng không biết mã quốc gia này. Hãy dùng hai chữ cái, ví dụ GB.
error-language-unknown = Ứng dụng không có ngôn ngữ này.
error-setting-too-long = Nội dung này quá dài. Hãy dùng tối đa { $max } ký tự.
error-setting-text = Mục này không được để trống hoặc có ký tự không nhìn thấy.
error-setting-not-changeable = Không thể đổi cài đặt này ở đây.
error-publisher-key = Đây không phải khóa của nhà phát hành.
error-question-unknown = Câu hỏi này không thuộc phần kiểm tra.
error-input = Thông tin này không được chấp nhận. Vui lòng kiểm tra rồi thử lại.
error-database = Ứng dụng không thể lưu hoặc đọc cho xong. Việc bạn đang làm chưa xong. Vui lòng thử lại.
error-pack-not-a-pack = Đây không phải tệp thông tin trợ giúp.
error-pack-version = Tệp thông tin trợ giúp này dành cho phiên bản mới hơn của ứng dụng. Vui lòng cập nhật ứng dụng.
error-pack-truncated = Tệp thông tin trợ giúp này không đầy đủ. Hãy lấy lại tệp.
error-pack-malformed = Tệp thông tin trợ giúp này bị hỏng. Hãy lấy lại tệp.
error-pack-mismatch = Một phần của tệp thông tin trợ giúp này không khớp với dấu niêm phong của tệp. Hãy lấy lại tệp.
error-pack-invalid = Nội dung trợ giúp trong tệp này có lỗi. Tệp đã không được dùng. Hãy báo cho tổ chức đã đưa tệp này.
error-pack-misleading = Tệp thông tin trợ giúp này hiển thị một điều khác với việc nó thật sự làm (ví dụ: hiện một số điện thoại nhưng lại gọi số khác). Tệp đã không được dùng.
error-pack-reserved = Tệp thông tin trợ giúp này giả làm phần trợ giúp của chính ứng dụng. Tệp đã không được dùng.
error-pack-version-too-high = Tệp thông tin trợ giúp này có số phiên bản không được phép. Tệp đã không được dùng.
error-export-wrong-key = Tệp này không được tạo cho khóa này.
error-not-available = Chức năng này không có ở đây.

## The desktop shell (a terminal program for testing and for caseworkers). Commands such as
## `helplines` or `write` stay in English: they are what the person types.

shell-help =
    Các lệnh:
      helplines [country]   số điện thoại trợ giúp
      rights [words]        quyền của bạn
      resources [words]     trợ giúp khác
      tips                  lời khuyên an toàn
      check                 kiểm tra tình trạng của bạn
      journal [page]        nhật ký của bạn
      write                 viết ghi chép mới
      edit N · delete N     sửa hoặc xóa ghi chép N
      plan · plan-set       kế hoạch an toàn của bạn
      export FILE           tạo tệp đã khóa cho nhân viên hỗ trợ
      lock                  khóa nhật ký
      x                     ẩn ngay (hiện máy tính bỏ túi)
      quit                  thoát
shell-unknown-command = “{ $command }” không phải là lệnh. Gõ help để xem các lệnh.
shell-usage = Ứng dụng không hiểu lệnh này. Gõ harbour --help để xem ứng dụng làm được gì.
shell-notes-title = Ghi chú
input-not-text = Không đọc được những gì bạn gõ. Vui lòng gõ lại.
input-ended = Việc nhập đã dừng trước khi bạn trả lời xong. Không có gì bị thay đổi.
unlock-wrong-tries = { $count ->
        [one] Từ lần cuối bạn mở ứng dụng, đã có người nhập sai mã PIN { $count } lần.
       *[other] Từ lần cuối bạn mở ứng dụng, đã có người nhập sai mã PIN { $count } lần.
    }
calibrate-result = Mở ứng dụng sẽ mất khoảng { $ms } ms. Việc này dùng { $mib } MB bộ nhớ và chạy { $passes } lượt.
packs-line = { $title } ({ $pack }, phiên bản { $version }) từ { $publisher }
reset-type-code = Để xóa mọi thứ, hãy gõ lại mã này: { $code }

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
