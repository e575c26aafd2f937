## Outreach setup: a worker prepares the phone, then hands it over.

outreach-title = Cài đặt cho người khác
outreach-intro = Chọn ngôn ngữ, quốc gia và giao diện. Thêm thông tin liên lạc của tổ chức bạn. Sau đó trao điện thoại cho người đó.
outreach-language = Ngôn ngữ của họ
outreach-country = Quốc gia của họ
outreach-disguise = Giao diện của ứng dụng
outreach-org-name = Tổ chức của bạn
outreach-org-contact = Cách liên lạc với bạn
outreach-org-key = Khóa của tổ chức bạn cho các tệp chia sẻ (không bắt buộc)
outreach-import-pack = Thêm thông tin trợ giúp từ tệp
outreach-handoff = Trao máy
outreach-handoff-confirm = Trao máy ngay bây giờ? Cài đặt của bạn được giữ lại. Mã PIN và phiên làm việc của bạn sẽ bị xóa. Người tiếp theo sẽ tự chọn mã PIN của mình.
outreach-reset = Đặt lại điện thoại này
outreach-reset-confirm = Xóa mọi thứ trong ứng dụng này và bắt đầu lại? Việc này không thể hoàn tác.

pack-import-title = Thêm thông tin trợ giúp
pack-importing = Đang thêm… { $percent }%
pack-imported = Đã cập nhật thông tin trợ giúp.
pack-rejected = Tệp này không được chấp nhận. Không có gì bị thay đổi.
pack-rejected-signature = Tệp này không có chữ ký của một tổ chức đáng tin cậy.
pack-rejected-old = Tệp này cũ hơn thông tin bạn đang có.
pack-rejected-damaged = Tệp này bị hỏng hoặc không đầy đủ.
pack-rejected-too-big = Tệp này quá lớn.
decoy-title = Mã PIN thứ hai
decoy-explain = Mã PIN thứ hai sẽ mở một nhật ký khác, vô hại. Hãy dùng mã này nếu có người ép bạn mở ứng dụng.
decoy-shows = Mã PIN thứ hai nên mở gì?
decoy-shows-same = 1. Cùng ứng dụng này, có phần trợ giúp. Người biết ứng dụng này cũng không phân biệt được nó với ứng dụng thật.
decoy-shows-notes = 2. Chỉ có một nhật ký ghi chú, không có phần trợ giúp và không có tên ứng dụng. Cách này giấu được đây là ứng dụng gì. Nhưng người biết ứng dụng này có thể nhận ra đó không phải ứng dụng thật.
decoy-shows-choose = Gõ 1 hoặc 2.
disguise-launcher-name = Máy tính
disguise-converter-name = Đổi đơn vị
# What a screen reader (TalkBack) says for the calculator's keys that are not digits; this
# and the next ten. Say them as the phone's own calculator would: one or two plain words.
disguise-key-all-clear = Xóa tất cả
disguise-key-clear = Xóa
disguise-key-sign = Đổi dấu
disguise-key-percent = Phần trăm
disguise-key-divide = Chia
disguise-key-multiply = Nhân
disguise-key-minus = Trừ
disguise-key-plus = Cộng
# The key that deletes the last digit typed.
disguise-key-delete = Xóa lùi
# The decimal separator key.
disguise-key-point = Dấu chấm thập phân
disguise-key-equals = Bằng
duress-title = Mã PIN xóa khẩn cấp
duress-needs-decoy = Hãy đặt mã PIN thứ hai trước. Mã PIN xóa khẩn cấp sẽ mở nhật ký thứ hai.
duress-explain = Mã PIN này xóa ngay nhật ký và kế hoạch thật của bạn, rồi mở nhật ký vô hại. Việc này không thể hoàn tác.

pack-shared = Đã ghi xong tệp gói thông tin. Hãy chuyển tệp này sang điện thoại kia; điện thoại đó sẽ kiểm tra tệp trước khi dùng.
pack-not-shareable = Gói này không có tệp nào để chuyển đi. Thông tin trợ giúp có sẵn đã nằm trong mọi bản của ứng dụng.
