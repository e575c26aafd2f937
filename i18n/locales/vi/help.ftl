## Helplines, channels, safety tips, rights and resources.

help-title = Ai có thể giúp bạn
help-open-now = Đang mở
help-closed-now = Hiện đã đóng
help-open-24-7 = Mở cả ngày lẫn đêm
help-opens-at = Mở lúc { $time }
help-closes-at = Đóng lúc { $time }
help-free = Gọi miễn phí
help-may-cost = Cuộc gọi có thể mất phí
help-languages = Ngôn ngữ: { $languages }
help-interpreters = Có người phiên dịch
help-in-country = Đường dây trợ giúp tại { $country }
help-none-open = Hiện không có đường dây trợ giúp nào đang mở. Bạn vẫn có thể gửi tin nhắn hoặc email. Bạn đang gặp nguy hiểm? Hãy gọi số khẩn cấp.
help-emergency = Bạn đang gặp nguy hiểm? Hãy gọi { $number }.
help-count = { $count ->
        [0] Không tìm thấy đường dây trợ giúp nào
       *[other] { $count } đường dây trợ giúp
    }

## Who runs the line. The shells must always show the police/immigration warning.

operator-ngo = Do một tổ chức từ thiện điều hành
operator-government = Do chính phủ điều hành
operator-police = Do cảnh sát điều hành
operator-immigration = Do cơ quan di trú điều hành
operator-intergovernmental = Do một tổ chức quốc tế điều hành
operator-warning-law = Đường dây này do cảnh sát hoặc cơ quan di trú điều hành. Họ có thể hỏi về giấy tờ của bạn. Nếu bạn sợ điều đó, hãy chọn đường dây do một tổ chức từ thiện điều hành.
operator-warning-confirm = Vẫn gọi

## Channels

channel-phone = Điện thoại
channel-sms = Tin nhắn
channel-whatsapp = WhatsApp
channel-web = Trang web
channel-email = Email

## Data quality

info-last-checked = Kiểm tra lần cuối: { $date }
info-not-verified = Gần đây chưa được kiểm tra. Số điện thoại có thể đã thay đổi.
info-source = Nguồn

## Safety tips

tips-title = Giữ an toàn khi bạn tìm trợ giúp
tip-call-log = Cuộc gọi và tin nhắn hiện trong danh sách cuộc gọi của điện thoại. Hãy xóa chúng sau khi gọi, nếu làm vậy an toàn.
tip-phone-bill = Cuộc gọi có thể hiện trên hóa đơn điện thoại. Số miễn phí thường không hiện.
tip-borrow-phone = Nếu có người kiểm tra điện thoại của bạn, hãy mượn điện thoại của người bạn tin tưởng.
tip-law-lines = Một số đường dây do cảnh sát hoặc cơ quan di trú điều hành. Các đường dây này được đánh dấu trong ứng dụng.
tip-documents = Hãy giữ một bản sao hộ chiếu, giấy tờ tùy thân, visa và hợp đồng lao động. Cất bản sao ở nơi an toàn, hoặc gửi người bạn tin tưởng giữ.
tip-hide = Bấm “Ẩn” nếu có người đến gần. Ứng dụng sẽ hiện máy tính bỏ túi.
tip-emergency = Bạn đang gặp nguy hiểm? Hãy gọi số khẩn cấp. Cuộc gọi này miễn phí.

## Rights and resources

rights-title = Quyền của bạn
rights-in = Quyền của bạn tại { $country }
rights-international = Quyền ở mọi nơi
rights-paraphrase-note = Đây là bản tóm tắt ngắn, không phải tư vấn pháp lý. Hãy hỏi luật sư hoặc đường dây trợ giúp về trường hợp của bạn.
rights-caveats = Xin lưu ý
resources-title = Đọc thêm
search-placeholder = Tìm kiếm
search-no-results = Không tìm thấy gì. Hãy thử từ khác.
search-results = { $count } kết quả
