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
duress-title = Mã PIN xóa khẩn cấp
duress-needs-decoy = Hãy đặt mã PIN thứ hai trước. Mã PIN xóa khẩn cấp sẽ mở nhật ký thứ hai.
duress-explain = Mã PIN này xóa ngay nhật ký và kế hoạch thật của bạn, rồi mở nhật ký vô hại. Việc này không thể hoàn tác.
