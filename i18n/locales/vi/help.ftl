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
help-none-open = Hiện không có đường dây trợ giúp nào đang mở. Bạn vẫn có thể gửi tin nhắn hoặc email. Bạn đang gặp nguy hiểm? Hãy gọi { $number }.
help-hours-unknown = Không rõ giờ mở — hãy thử gọi
help-hours-unknown-try = Chúng tôi không biết khi nào các đường dây này mở. Hãy thử gọi: có thể sẽ có người trả lời.
help-for-children = Cho trẻ em và người trẻ
help-no-verified-line = Chúng tôi không kiểm tra được đường dây trợ giúp nào ở nước này. Hãy thử các đường dây bên dưới cho khu vực của bạn, hoặc cho người từ nước của bạn.
help-for-nationals = Đường dây cho người từ { $country }, dù họ đang ở đâu
help-report-lines = Đường dây chuyển tin báo cho cảnh sát (không phải đường dây trợ giúp)
help-police-caution = Ở nước này, có báo cáo cho biết cảnh sát cấu kết với kẻ buôn người, hoặc tạm giữ người không có giấy tờ. Hãy suy nghĩ trước khi gọi cảnh sát. Nếu có thể, hãy gọi một đường dây trợ giúp trước.
help-emergency = Bạn đang gặp nguy hiểm? Hãy gọi { $number }.
help-count = { $count ->
        [0] Không tìm thấy đường dây trợ giúp nào
        [one] { $count } đường dây trợ giúp
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

## Who may hear what the person says. Shown BEFORE the number of any line that has them.

risk-police = Những gì bạn nói có thể được chuyển cho cảnh sát.
risk-immigration = Những gì bạn nói có thể được chuyển cho cơ quan di trú.
risk-employer-authority = Những gì bạn nói có thể đến tai chủ lao động hoặc người bảo lãnh của bạn. Hãy hỏi trước xem việc này có thể ảnh hưởng đến visa hoặc việc cư trú của bạn không.
risk-child-protection = Những gì bạn nói về một đứa trẻ có thể được chuyển cho cơ quan bảo vệ trẻ em.
risk-report-line = Đường dây này nhận tin báo cho cảnh sát. Đây không phải đường dây trợ giúp.

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

## Safety tips (the tips themselves come with the help content)

tips-title = Giữ an toàn khi bạn tìm trợ giúp

## Content shown in another language, or translated by machine

text-shown-in-english = Hiển thị bằng tiếng Anh: chưa được dịch
text-may-be-out-of-date = Bản dịch này có thể đã cũ
text-machine-translated = Do máy dịch, chưa được người kiểm tra

## The country the person is in

country-choose = Bạn đang ở nước nào? Sự trợ giúp tùy thuộc vào từng nước.
country-prompt = Quốc gia
country-unknown = Chúng tôi không biết nước đó. Hãy gõ một trong các tên hoặc mã ở trên.
country-needed = Bạn đang ở nước nào? Hãy thêm quốc gia, ví dụ: --country GB. Hoặc lưu lại: harbour set country GB.

## Where rights come from

body-eu = Liên minh châu Âu
body-coe = Hội đồng châu Âu
body-int = Luật quốc tế
body-int-ilo = Tổ chức Lao động Quốc tế

## Rights and resources

rights-title = Quyền của bạn
rights-in = Quyền của bạn tại { $country }
rights-international = Quyền ở mọi nơi
rights-regional = Quyền theo { $body }
rights-paraphrase-note = Đây là bản tóm tắt ngắn, không phải tư vấn pháp lý. Hãy hỏi luật sư hoặc đường dây trợ giúp về trường hợp của bạn.
rights-caveats = Xin lưu ý
resources-title = Đọc thêm
search-placeholder = Tìm kiếm
search-no-results = Không tìm thấy gì. Hãy thử từ khác.
search-results = { $count } kết quả

## Everyday words for each topic, added to what search looks through, so a person finds an
## item by the word they would type. Comma-separated; add the words people use in your
## language (and common misspellings), not translations of the English list.

topic-words-definition = mua bán người, buôn người, bán người, nô lệ, bóc lột, cưỡng bức, bị ép
topic-words-consent = đồng ý, tự nguyện, ưng thuận, tự chọn, lựa chọn
topic-words-children = trẻ em, trẻ con, con nít, dưới 18, vị thành niên, chưa đủ tuổi, em bé, bé gái, bé trai
topic-words-non-punishment = tội, phạm tội, bị phạt, tù, ngồi tù, bị bắt, bị buộc tội, vi phạm, luật
topic-words-identification = nạn nhân, được công nhận, xác định, tình trạng
topic-words-support = giúp đỡ, giúp, hỗ trợ, nhà tạm lánh, chỗ ở, nơi ở an toàn, bác sĩ, tiền, nhà ở
topic-words-residence = visa, thị thực, giấy phép, ở lại, giấy tờ, cư trú, thẻ cư trú, trục xuất, bị đưa về nước, bị đuổi về
topic-words-documents = hộ chiếu, căn cước, CCCD, chứng minh thư, CMND, giấy tờ, giấy tờ tùy thân, visa, hợp đồng
topic-words-wages = lương, tiền lương, tiền công, trả lương, nợ lương, quỵt lương, không trả lương, phiếu lương
topic-words-debt = nợ, món nợ, vay, khoản vay, mượn tiền, nợ tiền
topic-words-movement = rời đi, bỏ đi, bị nhốt, khóa cửa, tự do, ra ngoài, đi lại, trốn, bỏ trốn
topic-words-violence = bạo lực, đánh, bị đánh, đau, ngược đãi, xâm hại, tình dục, hiếp, hiếp dâm, đe dọa
topic-words-compensation = bồi thường, đền bù, lấy lại tiền, đòi tiền, đòi bồi thường
topic-words-reporting = cảnh sát, công an, báo, báo cáo, tố cáo, trình báo, khiếu nại, kể
topic-words-legal-help = luật sư, pháp lý, tư vấn, tòa án, trợ giúp pháp lý miễn phí
topic-words-labour-rights = làm việc, việc làm, công việc, chủ, ông chủ, bà chủ, chủ lao động, quyền, hợp đồng, giờ làm
topic-words-recruitment-fees = môi giới, cò, công ty môi giới, tuyển dụng, phí, tiền cò, phí môi giới, xuất khẩu lao động, XKLĐ
topic-words-work-conditions = giờ làm, nghỉ ngơi, ngày nghỉ, làm thêm giờ, tăng ca, ăn, ngủ, an toàn
