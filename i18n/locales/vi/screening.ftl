## Self-screening: questions built on the ILO indicators of forced labour.
## Each question is about the person’s own work or living situation. Answers: yes, no, not sure.
## Keep questions short and concrete. Do not use the words "trafficking" or "victim" in questions.

screening-title = Kiểm tra tình trạng của bạn
screening-intro = Các câu hỏi này nói về công việc và nơi ở của bạn. Bạn chỉ cần trả lời những câu bạn muốn. Câu trả lời của bạn chỉ nằm trên điện thoại này và không được lưu lại, trừ khi bạn chọn lưu.
screening-progress = Câu hỏi { $current } trên { $total }
screening-skip = Bỏ qua câu này
# Words a person may type for each answer, comma-separated, lower case. Add the words people
# really type in your language (and short forms), not only the dictionary word.
# Vietnamese: typed words are matched exactly, so forms without tone marks are listed too.
screening-words-yes = có, co, c, ừ, u, vâng, vang, dạ, da, đúng, dung, phải, phai, yes, y
screening-words-no = không, khong, hông, hong, ko, k, không có, khong co, no, n
screening-words-not-sure = không chắc, khong chac, ko chac, chưa chắc, chua chac, không biết, khong biet, ko biet, có thể, co the, ?
screening-words-skip = bỏ qua, bo qua, bỏ, bo, qua, skip, s
screening-not-understood = Vui lòng gõ 1, 2, 3 hoặc 4.

screening-result-title = Câu trả lời của bạn cho thấy điều gì
screening-result-none = Câu trả lời của bạn không cho thấy dấu hiệu lao động cưỡng bức. Nếu bạn vẫn thấy có điều gì không ổn, bạn có thể nói chuyện với đường dây trợ giúp. Việc này miễn phí và được giữ bí mật.
screening-result-some = Có { $count } câu trả lời của bạn là dấu hiệu cảnh báo. Đây có thể là dấu hiệu của lao động cưỡng bức hoặc bóc lột. Đó không phải lỗi của bạn. Bạn có thể nhận được trợ giúp.
screening-result-no-answers = Bạn chưa trả lời các câu hỏi. Không sao cả. Nếu bạn muốn nói về hoàn cảnh của mình, một đường dây trợ giúp có thể lắng nghe bạn. Việc này miễn phí.
screening-result-unclear = Một số câu trả lời của bạn là “Không chắc”. Không sao cả. Một đường dây trợ giúp có thể giúp bạn suy nghĩ kỹ về điều này.
screening-result-under-18 = Bạn chưa đủ 18 tuổi. Nếu có người bắt bạn làm việc, hoặc làm những việc tình dục, để họ kiếm lợi, thì đó là bóc lột, kể cả khi không dùng vũ lực. Các đường dây cho trẻ em được hiển thị trước.
screening-result-urgent = Một số câu trả lời cho thấy bạn có thể đang gặp nguy hiểm. Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp. Bạn cũng có thể nói chuyện với đường dây trợ giúp.
screening-result-helplines = Các đường dây trợ giúp có thể giúp về việc này
screening-result-rights = Các quyền có thể giúp bạn
screening-disclaimer = Việc kiểm tra này không phải là quyết định pháp lý. Chỉ bạn mới biết rõ hoàn cảnh của mình. Đường dây trợ giúp có thể giúp bạn suy nghĩ kỹ về điều này.
