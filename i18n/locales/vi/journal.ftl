## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = Nhật ký của bạn
journal-intro = Hãy ghi lại những gì xảy ra: ngày tháng, nơi chốn, tên người, tiền bạc. Chỉ bạn xem được. Sau này nó có thể giúp bạn hoặc luật sư.
journal-new = Ghi chép mới
journal-empty = Chưa có ghi chép nào.
journal-count = { $count ->
        [0] Không có ghi chép nào
       *[other] { $count } ghi chép
    }
journal-text = Chuyện gì đã xảy ra?
journal-tags = Nhãn
journal-category = Loại sự việc
journal-written = Viết ngày { $date }
journal-edited = Sửa ngày { $date }
journal-deleted = Ghi chép này đã bị xóa.
journal-attachments = { $count } tệp đính kèm
journal-add-photo = Thêm ảnh
journal-add-audio = Thêm ghi âm giọng nói
journal-add-document = Thêm tài liệu
journal-delete-confirm = Xóa ghi chép này? Nội dung và tệp đính kèm của nó sẽ mất vĩnh viễn. Một dòng ghi nhận rằng đã có thứ bị xóa vẫn được giữ lại, để nhật ký vẫn có thể được kiểm tra.
journal-edit-note = Các thay đổi được lưu thành một phiên bản mới. Phiên bản trước vẫn được giữ lại.

category-pay = Lương hoặc tiền
category-documents = Giấy tờ tùy thân
category-threats = Đe dọa
category-violence = Bạo lực
category-movement = Không được phép rời đi
category-conditions = Điều kiện làm việc hoặc chỗ ở
category-other = Khác

journal-verify = Kiểm tra nhật ký
journal-verify-ok = Nhật ký đầy đủ. Không có gì bị thay đổi.
journal-verify-broken = Nhật ký đã bị thay đổi bên ngoài ứng dụng, tại ghi chép số { $number }.
journal-witness-code = Mã kiểm tra
    .hint = Nhân viên hỗ trợ có thể ghi lại mã này. Sau này mã sẽ cho thấy nhật ký không bị thay đổi.

export-title = Chia sẻ với nhân viên hỗ trợ
export-intro = Việc này tạo một tệp đã khóa chứa nhật ký của bạn. Chỉ người có mật khẩu, hoặc có khóa của nhân viên hỗ trợ của bạn, mới mở được tệp này.
export-passphrase = Chọn mật khẩu cho tệp
export-passphrase-hint = Hãy báo mật khẩu cho nhân viên hỗ trợ khi gặp trực tiếp hoặc qua điện thoại, không gửi chung tin nhắn với tệp.
export-to-organisation = Khóa tệp cho { $organisation }
export-working = Đang tạo tệp… { $percent }%
export-done = Tệp đã sẵn sàng.
export-wrong-passphrase = Mật khẩu đó không mở được tệp này.
export-damaged = Tệp này bị hỏng hoặc không đầy đủ.
import-title = Chuyển nhật ký của bạn sang điện thoại này
import-done = Đã chuyển { $count } ghi chép.

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Keep them dull and ordinary.

decoy-sample-1 = Đi chợ: gạo, dầu ăn, hành, nạp tiền điện thoại.
decoy-sample-2 = Gọi điện về nhà. Cả nhà đều khỏe.
decoy-sample-3 = Hôm nay làm ca dài. Mệt quá.
decoy-sample-4 = Đã trả lại tiền mượn của một người bạn.
decoy-sample-5 = Cần mua sạc điện thoại mới.
decoy-sample-6 = Ngày nghỉ. Giặt đồ và nấu ăn.
