## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Kiểm tra tình trạng của bạn
screening-intro = Các câu hỏi này nói về công việc và nơi ở của bạn. Bạn chỉ cần trả lời những câu bạn muốn. Câu trả lời của bạn chỉ nằm trên điện thoại này và không được lưu lại, trừ khi bạn chọn lưu.
screening-progress = Câu hỏi { $current } trên { $total }
screening-skip = Bỏ qua câu này

# ILO: abuse of vulnerability
screening-q-vulnerability = Chủ của bạn có lợi dụng hoàn cảnh của bạn để chèn ép bạn không — ví dụ: giấy tờ, nợ nần, ngôn ngữ, hoặc việc bạn không còn nơi nào khác để đi?
# ILO: deception
screening-q-deception = Công việc, tiền lương hoặc chỗ ở của bạn có rất khác so với những gì bạn đã được hứa không?
# ILO: restriction of movement
screening-q-movement = Bạn có bị ngăn không cho rời nơi làm việc hoặc nơi ở khi bạn muốn không?
# ILO: isolation
screening-q-isolation = Bạn có bị tách khỏi người khác, hoặc bị ngăn không cho liên lạc với gia đình hay bạn bè không?
# ILO: physical and sexual violence
screening-q-violence = Có ai ở chỗ làm đã làm hại bạn, hoặc đụng chạm vào người bạn theo kiểu tình dục mà bạn không muốn không?
# ILO: intimidation and threats
screening-q-threats = Có ai đã đe dọa bạn hoặc gia đình bạn không — ví dụ: dọa dùng bạo lực, dọa báo cảnh sát, hoặc dọa đưa bạn về nước?
# ILO: retention of identity documents
screening-q-documents = Có người khác đang giữ hộ chiếu hoặc thẻ căn cước của bạn, và không trả lại khi bạn đòi không?
# ILO: withholding of wages
screening-q-wages = Lương của bạn có bị giữ lại, thấp hơn nhiều so với lời hứa, hoặc hoàn toàn không được trả không?
# ILO: debt bondage
screening-q-debt = Bạn có nợ tiền chủ hoặc người môi giới mà phải làm việc để trả, và món nợ đó không hề giảm không?
# ILO: abusive working and living conditions
screening-q-conditions = Điều kiện làm việc hoặc chỗ ở của bạn có nguy hiểm, bẩn thỉu hoặc xúc phạm nhân phẩm không — ví dụ: không có giường tử tế, thức ăn, hoặc đồ bảo hộ?
# ILO: excessive overtime
screening-q-overtime = Bạn có phải làm việc rất nhiều giờ hoặc làm cả vào ngày nghỉ, mà không thật sự có lựa chọn nào khác không?

screening-result-title = Câu trả lời của bạn cho thấy điều gì
screening-result-none = Câu trả lời của bạn không cho thấy dấu hiệu lao động cưỡng bức. Nếu bạn vẫn thấy có điều gì không ổn, bạn có thể nói chuyện với đường dây trợ giúp. Việc này miễn phí và được giữ bí mật.
screening-result-some = Có { $count } câu trả lời của bạn là dấu hiệu cảnh báo. Đây có thể là dấu hiệu của lao động cưỡng bức hoặc bóc lột. Đó không phải lỗi của bạn. Bạn có thể nhận được trợ giúp.
screening-result-urgent = Một số câu trả lời cho thấy bạn có thể đang gặp nguy hiểm. Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp. Bạn cũng có thể nói chuyện với đường dây trợ giúp.
screening-result-helplines = Các đường dây trợ giúp có thể giúp về việc này
screening-result-rights = Các quyền có thể giúp bạn
screening-disclaimer = Việc kiểm tra này không phải là quyết định pháp lý. Chỉ bạn mới biết rõ hoàn cảnh của mình. Đường dây trợ giúp có thể giúp bạn suy nghĩ kỹ về điều này.
