## Safety plan: sections and prompts. The person fills it in for themselves.

plan-title = Kế hoạch an toàn của bạn
plan-intro = Hãy lên kế hoạch trước, để bạn biết phải làm gì nếu cần rời đi hoặc cần trợ giúp. Chỉ bạn xem được phần này.
plan-updated = Thay đổi lần cuối: { $date }

plan-warning-signs = Dấu hiệu cảnh báo
    .prompt = Điều gì cho bạn biết tình hình đang trở nên nguy hiểm hơn?
    .example = Ví dụ: chủ nổi giận về tiền bạc, có người mới đến, giấy tờ của bạn bị lấy đi.

plan-safe-people = Những người bạn tin tưởng
    .prompt = Bạn có thể liên lạc với ai nếu cần giúp đỡ?
plan-person-name = Tên
plan-person-contact = Cách liên lạc với họ
plan-person-code-word = Mật hiệu
    .hint = Một từ bạn có thể nói hoặc nhắn tin để xin giúp đỡ mà người khác không biết.

plan-safe-places = Nơi an toàn
    .prompt = Bạn có thể đi đâu nếu cần rời đi gấp?
    .example = Ví dụ: nhà một người bạn, nhà thờ hoặc chùa, nhà tạm lánh, đồn cảnh sát nếu bạn thấy an toàn ở đó.

plan-documents = Giấy tờ
    .prompt = Bạn nên giữ những giấy tờ nào, hoặc giữ bản sao của giấy tờ nào?
plan-doc-passport = Hộ chiếu
plan-doc-id = Thẻ căn cước
plan-doc-visa = Visa hoặc giấy phép lao động
plan-doc-contract = Hợp đồng lao động
plan-doc-payslips = Phiếu lương
plan-doc-bank-card = Thẻ ngân hàng
plan-doc-have = Tôi đang giữ
plan-doc-copy = Tôi có bản sao
plan-doc-held = Người khác đang giữ

plan-bag = Túi khẩn cấp
    .prompt = Bạn sẽ mang theo gì nếu phải rời đi gấp?
    .example = Ví dụ: điện thoại và sạc, tiền, thuốc, bản sao giấy tờ, quần áo ấm.

plan-steps = Các bước để rời đi an toàn
    .prompt = Hãy ghi lại từng bước, theo thứ tự.
plan-step-number = Bước { $number }

plan-notes = Ghi chú
    .prompt = Bất cứ điều gì khác bạn muốn ghi nhớ.

plan-item-add = Thêm
plan-item-remove = Bỏ
plan-empty = Chưa có gì được ghi ở đây.

## The desktop shell's plan-set command. The English words in quotes are what the person
## types: keep them as they are.
plan-set-sections = Gõ tên một phần của kế hoạch: warning-signs (dấu hiệu cảnh báo), safe-people (người bạn tin tưởng), safe-places (nơi an toàn), documents (giấy tờ), bag (túi khẩn cấp), steps (các bước) hoặc notes (ghi chú).
plan-set-document-kinds = Gõ tên một loại giấy tờ: passport (hộ chiếu), id (thẻ căn cước), visa (visa hoặc giấy phép lao động), contract (hợp đồng), payslips (phiếu lương) hoặc bank-card (thẻ ngân hàng).
plan-set-document-status = Cho biết giấy tờ đang ở đâu: have (tôi đang giữ), copy (tôi có bản sao) hoặc held (người khác đang giữ).
