## Journal: private notes that could one day help a case. Export for a caseworker.

journal-title = Nhật ký của bạn
journal-intro = Hãy ghi lại những gì xảy ra: ngày tháng, nơi chốn, tên người, tiền bạc. Chỉ bạn xem được. Sau này nó có thể giúp bạn hoặc luật sư.
journal-new = Ghi chép mới
journal-empty = Chưa có ghi chép nào.
journal-count = { $count ->
        [0] Không có ghi chép nào
        [one] { $count } ghi chép
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
journal-edit-current = Ghi chép hiện giờ như sau:
journal-page-none = Không có trang này. Các trang bắt đầu từ 0.
journal-draft-kept = Nội dung bạn viết chưa được lưu. Nhưng nó vẫn được giữ cho đến khi bạn ẩn hoặc thoát ứng dụng. Gõ write để dùng lại.
journal-draft-reuse = Nội dung chưa lưu của bạn ở bên dưới. Gõ thêm dòng để viết tiếp. Hoặc gõ một dòng chỉ có một dấu chấm để lưu.
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
export-for-organisation = Tệp này sẽ dành cho { $organisation }. Khóa của họ: { $fingerprint }.
export-for-key = Tệp này chỉ mở được bằng khóa { $fingerprint }.
export-confirm-key = Hãy kiểm tra khóa này với tổ chức trước khi tiếp tục. Tạo tệp?
export-no-organisation-key = Khi cài đặt điện thoại này, chưa có khóa tổ chức nào được lưu. Thay vào đó, hãy dùng mật khẩu.
export-passphrase-again = Nhập lại đúng mật khẩu đó
export-working = Đang tạo tệp… { $percent }%
export-changes-entry = Đây là thay đổi của ghi chép số { $number }
export-done = Tệp đã sẵn sàng.
export-wrong-passphrase = Mật khẩu đó không mở được tệp này.
export-damaged = Tệp này bị hỏng hoặc không đầy đủ.
import-title = Chuyển nhật ký của bạn sang điện thoại này
import-passphrase = Mật khẩu của tệp
import-done = Đã chuyển { $count } ghi chép.

## Everyday entries that fill the second (decoy) journal, so it looks used if someone makes
## the person open it. Each phone draws a different handful at random times. Keep them dull,
## ordinary and safe under any controller's rules: no family, no calls, no money or loans, no
## phone credit, no plans, no feelings about work or the employer. Write what people in your
## language really note down (local food is fine), not word-for-word translations.

decoy-entry-1 = Sáng trời mưa. Trong phòng lạnh.
decoy-entry-2 = Tối nấu cơm với canh rau muống.
decoy-entry-3 = Ngủ không ngon. Trong phòng nóng quá.
decoy-entry-4 = Giặt quần áo. Nắng to nên khô nhanh.
decoy-entry-5 = Ăn bánh mì với cà chua.
decoy-entry-6 = Rửa bát đĩa.
decoy-entry-7 = Hôm nay mệt. Đi ngủ sớm.
decoy-entry-8 = Buổi tối ngồi yên một lúc.
decoy-entry-9 = Dọn dẹp bếp.
decoy-entry-10 = Hôm nay lạnh. Mặc hai lớp áo.
decoy-entry-11 = Thử làm món đậu phụ sốt cà chua. Cũng được.
decoy-entry-12 = Chiều bị đau đầu. Uống thêm nước.
decoy-entry-13 = Cuối ngày đau chân.
decoy-entry-14 = Khâu lại cúc áo khoác.
decoy-entry-15 = Pha ấm trà rồi nghỉ.
decoy-entry-16 = Đêm ồn ào. Ngủ không yên.
decoy-entry-17 = Đồng hồ chạy chậm.
decoy-entry-18 = Trời nắng đẹp. Ngồi bên cửa sổ một lúc.
decoy-entry-19 = Trưa ăn mì gói.
decoy-entry-20 = Dán lại đế giày.
decoy-entry-21 = Hôm nay uống nhiều nước.
decoy-entry-22 = Khâu lại chiếc tất bị thủng.
decoy-entry-23 = Nhớ uống nhiều nước hơn.
decoy-entry-24 = Uống trà, nghỉ một lát.
decoy-entry-25 = Nấu khoai tây hầm với hành tây.
decoy-entry-26 = Trưa ăn cơm với rau xào.
decoy-entry-27 = Hôm nay gió to.
decoy-entry-28 = Quét nhà.
decoy-entry-29 = Dậy sớm. Ngắm trời một lúc.
decoy-entry-30 = Sáng ăn ít trái cây.
decoy-entry-31 = Một ngày dài. Không có gì đặc biệt.
decoy-entry-32 = Nấu một nồi canh chua. Đủ ăn hai ngày.
decoy-entry-33 = Lưng mỏi. Vươn vai một chút.
decoy-entry-34 = Tóc đã dài ra nhiều.
decoy-entry-35 = Mệt quá, không nấu. Ăn tạm bánh mì.
decoy-entry-36 = Sáng nay thấy một con chim rất đẹp.
decoy-entry-37 = Lau sạch giày.
decoy-entry-38 = Khâu lỗ thủng nhỏ trên túi.
decoy-entry-39 = Một ngày yên ả.
decoy-entry-40 = Vòi nước bị rỉ.
decoy-entry-41 = Gội đầu.
decoy-entry-42 = Cơm với trứng chiên.
decoy-entry-43 = Hôm nay nóng quá.
decoy-entry-44 = Lâu lắm mới ngủ ngon một giấc.
decoy-entry-45 = Pha trà với chanh.
decoy-entry-46 = Đau họng. Uống nước ấm pha mật ong.
decoy-entry-47 = Gấp quần áo đã giặt.
decoy-entry-48 = Mưa cả ngày.
decoy-entry-49 = Làm bánh xèo. Lần này ngon.
decoy-entry-50 = Đọc một chút trước khi ngủ.
decoy-entry-51 = Cắt móng tay.
decoy-entry-52 = Giặt khăn tắm.
decoy-entry-53 = Nhặt rau sẵn cho ngày mai.
decoy-entry-54 = Trưa ăn rau luộc chấm nước mắm.
decoy-entry-55 = Phơi chăn cho thoáng.
decoy-entry-56 = Tối nay ăn muộn.
decoy-entry-57 = Đèn trong phòng cứ chập chờn.
decoy-entry-58 = Phơi đồ trong nhà. Ngoài trời ẩm quá.
decoy-entry-59 = Ăn trưa xong đau bụng. Giờ đỡ rồi.
decoy-entry-60 = Hôm nay không có gì nhiều. Nghỉ ngơi.
