# Harbour content to translate. Translate the text after `=` only; keep the ids, the
# attribute names and the `# hb:` line above each message (it records which English the
# translation was made from). i18n/README.md explains the rest.

# hb: source=ddea4b8025a96e10 status=machine
right_ae-1 = Chủ lao động không được giữ hộ chiếu của bạn
    .body = Luật lao động UAE nói rằng chủ lao động không được giữ giấy tờ chính thức của bạn, ví dụ như hộ chiếu. Người giúp việc nhà cũng có quyền tự giữ hộ chiếu và giấy tờ tùy thân của mình. Bạn không cần phải tranh cãi với chủ lao động về việc này. Bạn có thể khiếu nại với Bộ Lao động (MOHRE) qua số 80060.
    .caveats = Bỏ việc mà không báo trước có thể khiến bạn bị báo cáo bỏ trốn (absconding). Hãy xin tư vấn trước khi bạn rời đi.

# hb: source=79e86c2473363aa5 status=machine
right_ae-2 = Bộ Lao động nói giữ hộ chiếu là lao động cưỡng bức
    .body = Bộ Lao động đã nói rằng giữ hộ chiếu của người lao động là một hình thức lao động cưỡng bức. Chủ lao động chỉ được giữ hộ chiếu trong thời gian ngắn, để làm, gia hạn hoặc hủy visa.
    .caveats = Nhiều chủ lao động vẫn giữ hộ chiếu, và mức phạt còn nhẹ.

# hb: source=71192aff8eb6ff45 status=machine
right_ae-3 = Nhà tạm lánh và hỗ trợ cho nạn nhân mua bán người
    .body = UAE có nhà tạm lánh cho nạn nhân mua bán người, như Ewaa ở Abu Dhabi và Dubai Foundation for Women and Children (Quỹ Dubai vì Phụ nữ và Trẻ em). Họ cho chỗ ở an toàn, chăm sóc y tế, tư vấn tâm lý và trợ giúp pháp lý. Nạn nhân có thể được cấp giấy phép tạm trú trong thời gian vụ án còn diễn ra ở tòa, và được giúp để về nhà an toàn.
    .caveats = Các nhà tạm lánh làm việc chặt chẽ với cảnh sát.

# hb: source=fa53873707784d1e status=machine
right_ae-4 = Gọi ai về việc mua bán người ở UAE
    .body = Ở Dubai, phụ nữ và trẻ em có thể gọi Dubai Foundation for Women and Children qua số 800111. Miễn phí và mở cả ngày lẫn đêm. Bất kỳ ai lo lắng cho một đứa trẻ đều có thể gọi 116111. Nếu có vấn đề ở nơi làm việc, hãy gọi Bộ Lao động qua số 80060.
    .caveats = Đường dây cho trẻ em do cảnh sát điều hành, và các dịch vụ khác làm việc với cảnh sát.

# hb: source=5cf2b4058530272d status=machine
right_ae-5 = Khi nào bạn có thể chuyển sang chủ lao động mới
    .body = Bạn có thể chuyển sang chủ lao động mới khi hợp đồng hết hạn, khi bạn và chủ lao động đồng ý chấm dứt hợp đồng, hoặc khi chủ lao động chấm dứt hợp đồng vì một lý do không phải lỗi của bạn. Sau khi visa của bạn bị hủy, bạn có một khoảng thời gian ân hạn để tìm việc mới hoặc rời khỏi nước này; thời gian đó được ghi trên giấy hủy visa của bạn. Chủ lao động không được đuổi việc bạn vì bạn đã khiếu nại với Bộ.
    .caveats = Nếu bạn nghỉ việc trong thời gian thử việc mà không báo trước, hoặc nếu một báo cáo bỏ trốn về bạn được xác định là đúng, bạn có thể bị từ chối cấp giấy phép lao động mới trong một năm.

# hb: source=7617c001ef1451ff status=machine
right_ae-6 = Tiền lương của bạn phải được trả đúng hạn
    .body = Các công ty phải trả lương qua Wage Protection System (Hệ thống Bảo vệ Tiền lương) chính thức, vào tài khoản ngân hàng hoặc tài khoản ở công ty đổi tiền, để Bộ Lao động có thể kiểm tra bạn được trả đủ và đúng hạn. Người giúp việc nhà phải được trả lương trong vòng 10 ngày kể từ ngày đến hạn trả lương. Nếu bạn không được trả lương, hãy khiếu nại với Bộ Lao động (MOHRE) qua số 80060, trên ứng dụng hoặc trang web của Bộ. Trước tiên Bộ sẽ cố gắng hòa giải; nếu không được, vụ việc sẽ được đưa ra tòa.
    .caveats = Nhiều người giúp việc nhà vẫn được trả lương ngoài hệ thống này. Hãy tự ghi lại số tiền bạn đã được trả.

# hb: source=eb4b8f38617de804 status=machine
right_ae-7 = Báo cáo bỏ trốn: ý nghĩa và việc cần làm
    .body = Nếu bạn nghỉ làm hơn 7 ngày liền mà không có lý do hợp pháp, và chủ lao động không liên lạc được với bạn, chủ lao động có thể nộp báo cáo 'bỏ trốn' (absconding). Nếu báo cáo được xác định là đúng, bạn có thể không được cấp giấy phép lao động mới trong một năm, và việc cư trú của bạn có thể bị ảnh hưởng. Bạn có thể gọi Bộ Lao động qua số 600590000 để hỏi xem đã có báo cáo nào về bạn chưa. Bạn có thể phản đối một báo cáo sai tại Bộ, vì vậy hãy giữ bằng chứng như tin nhắn, đơn khiếu nại và giấy tờ trả lương.
    .caveats = Chủ lao động không nên nộp báo cáo này chỉ vì bạn đã khiếu nại hoặc xin nghỉ việc. Nếu bạn rời đi vì bị ngược đãi hoặc không được trả lương, hãy cố gắng khiếu nại với Bộ trước.

# hb: source=cdeac1b21d4262bc status=machine
right_au-1 = Mua bán người và ép kết hôn là tội phạm ở Úc
    .body = Mua bán người và ép ai đó kết hôn trái ý muốn của họ là tội phạm ở Úc.

# hb: source=4f3c96b7d0a18f4c status=machine
right_au-2 = Support for Trafficked People Program hỗ trợ những gì
    .body = Support for Trafficked People Program (Chương trình Hỗ trợ Người bị Mua bán) do Australian Red Cross (Hội Chữ thập đỏ Úc) điều hành và Department of Social Services (Bộ Dịch vụ Xã hội) tài trợ. Chương trình có thể cung cấp nhân viên hỗ trợ, trợ giúp tài chính, chỗ ở, chăm sóc sức khỏe, tư vấn tâm lý và giới thiệu đến các dịch vụ pháp lý và di trú.

# hb: source=5debd79143b2a6be status=machine
right_au-3 = Cách tham gia chương trình hỗ trợ
    .body = Bạn có thể tham gia chương trình khi được Australian Federal Police (Cảnh sát Liên bang Úc, 131 237) giới thiệu, hoặc qua Additional Referral Pathway (Kênh giới thiệu bổ sung) do The Salvation Army (Đội quân Cứu thế) phụ trách.

# hb: source=24f71d2d9b82a57e status=machine
right_au-4 = Hỗ trợ thường kéo dài tối đa 110 ngày
    .body = Hỗ trợ thường kéo dài tối đa 110 ngày (90 ngày hỗ trợ tích cực cộng 20 ngày chuyển tiếp); có thể kéo dài hơn nếu bạn đang tham gia một vụ án hình sự.

# hb: source=063de71836fa4036 status=machine
right_au-5 = Tham gia là tự nguyện
    .body = Tham gia là tự nguyện và bạn có thể rời chương trình bất cứ lúc nào.

# hb: source=39d17f1b5b188718 status=machine
right_au-6 = Đòi tiền lương chưa được trả với Fair Work Ombudsman
    .body = Người có visa và lao động di cư có cùng quyền về lương và công việc như những người lao động khác ở Úc. Điều này vẫn đúng ngay cả khi bạn đã vi phạm điều kiện visa, không có quyền làm việc, hoặc không có quyền ở Úc. Fair Work Ombudsman (Thanh tra Lao động Công bằng) giúp miễn phí về tiền lương chưa được trả. Hãy gọi 13 13 94. Nếu cần phiên dịch, hãy gọi 131 450 và nhờ họ gọi cho Ombudsman.
    .caveats = Home Affairs (Bộ Nội vụ Úc) thường sẽ không hủy visa tạm thời vì bạn vi phạm điều kiện làm việc do bị bóc lột, nếu bạn đang được Ombudsman giúp và không có lý do nào khác. Nếu bạn không có giấy phép làm việc, mỗi trường hợp được quyết định riêng.

# hb: source=03bc12bb9778e1c2 status=machine
right_bh-1 = Đổi chủ lao động ở Bahrain
    .body = Sau một năm làm cho chủ lao động, bạn có thể chuyển sang chủ lao động mới mà không cần họ cho phép. Bạn phải báo cho LMRA và chủ lao động, báo trước theo thời hạn ghi trong hợp đồng, và làm theo các bước chuyển việc. Trong năm đầu tiên, chủ lao động có thể không cho bạn chuyển. Khi giấy phép lao động của bạn hết hạn, bạn có 30 ngày để tìm chủ lao động mới hoặc rời khỏi nước này.
    .caveats = Thời hạn báo trước thường là 30 đến 90 ngày. Đừng nhận công việc khác trong 30 ngày sau khi giấy phép của bạn hết hạn.

# hb: source=5eb5ef2dd88c3f97 status=machine
right_bh-2 = Quyền được nhận đủ lương ở Bahrain
    .body = Bạn có quyền được nhận đủ lương vào thời điểm đã thỏa thuận trong hợp đồng. Nếu bạn không được trả lương, hãy báo cho chủ lao động và đòi tiền lương của bạn. Bạn có thể khiếu nại với Ministry of Labour (Bộ Lao động), hoặc đăng ký vụ việc lao động miễn phí tại Protection and Grievances Centre (Trung tâm Bảo vệ và Khiếu nại) của LMRA.
    .caveats = Hướng dẫn của LMRA nói rằng hãy tiếp tục làm việc trong khi bạn đòi tiền lương chưa được trả. Nếu bạn bị ngược đãi hoặc gặp nguy hiểm, hãy đến Protection and Grievances Centre, Bộ Lao động, cảnh sát hoặc đại sứ quán của bạn.

# hb: source=fa6ca482c6a59868 status=machine
right_bh-3 = Hộ chiếu là của bạn
    .body = Cơ quan lao động Bahrain nói rằng hộ chiếu là tài sản riêng của bạn. Nếu bạn chọn đưa hộ chiếu cho ai đó giữ giúp, hãy lấy giấy biên nhận. Chủ lao động không được bắt bạn trả tiền giấy phép lao động. Nếu bạn bị ngược đãi hoặc bị ép buộc, bạn có thể đến Protection and Grievances Centre của LMRA, Bộ Lao động hoặc đại sứ quán của bạn.

# hb: source=cd22cd26de4c6c4f status=machine
right_bh-4 = Báo cáo vắng mặt ở Bahrain
    .body = Đừng nghỉ làm quá 15 ngày mà không được chủ lao động cho phép, vì chủ lao động phải báo việc bạn vắng mặt cho LMRA. LMRA sẽ cố liên lạc với người lao động, vì vậy hãy cập nhật số điện thoại của bạn với LMRA. Bạn có thể kiểm tra trên trang web của LMRA xem bạn có bị báo vắng mặt không. Bạn có thể phản đối bất kỳ quyết định nào của LMRA trong vòng 30 ngày.
    .caveats = Đã có người không có giấy tờ hợp lệ bị trục xuất mà không được kiểm tra xem họ có bị mua bán không. Hãy tìm trợ giúp sớm.

# hb: source=46b6e08c1c685697 status=machine
right_br-1 = Quyền cư trú cho người di cư từng bị mua bán hoặc bị bắt làm nô lệ
    .body = Brazil có thể cấp giấy phép cư trú cho người di cư là nạn nhân của mua bán người, của lao động nô lệ, hoặc của vi phạm quyền trở nên nặng hơn do tình trạng di cư của họ. Có thể nộp đơn tại bất kỳ văn phòng nào của Federal Police (Polícia Federal, Cảnh sát Liên bang), và Cảnh sát Liên bang sẽ quyết định.
    .caveats = Luật sư công (public defender), thanh tra lao động hoặc công tố viên có thể giúp chuẩn bị đơn. Hãy nhờ họ hoặc một nhóm hỗ trợ giúp đỡ.

# hb: source=0e45a5882cff6ec9 status=machine
right_br-2 = Được giúp đỡ, dù bạn có giúp cảnh sát hay không
    .body = Luật về mua bán người của Brazil nói rằng nạn nhân phải được chăm sóc đầy đủ, bất kể quốc tịch, và dù họ có hợp tác với cuộc điều tra hoặc vụ án hay không. Chăm sóc gồm giúp đỡ về pháp lý, xã hội, việc làm và sức khỏe, chỗ ở tạm thời, bảo vệ quyền riêng tư và danh tính của bạn, và thông tin về các thủ tục.

# hb: source=aee560d97a2389e1 status=machine
right_br-3 = Được giải cứu khỏi lao động nô lệ: tiền lương và 3 khoản trợ cấp
    .body = Khi thanh tra lao động giải cứu người lao động khỏi tình trạng lao động giống như nô lệ, họ chấm dứt công việc đó và buộc chủ lao động trả tiền lương và tiền kết thúc hợp đồng còn nợ. Người được giải cứu cũng nhận 3 khoản trợ cấp thất nghiệp đặc biệt hằng tháng, mỗi khoản bằng mức lương tối thiểu. Thanh tra lao động sẽ đưa mẫu đơn cho bạn. Hãy nộp đơn trong vòng 90 ngày kể từ ngày được giải cứu.
    .caveats = Văn phòng công tố lao động (MPT) cũng có thể buộc chủ lao động bồi thường thiệt hại.

# hb: source=b4f4108930b0787e status=machine
right_ca-1 = Giấy phép tạm trú cho nạn nhân mua bán người
    .body = Nếu bạn là nạn nhân mua bán người và không có tình trạng cư trú hợp pháp ở Canada, bạn có thể xin một giấy phép tạm trú đặc biệt. Từ ngày 4 tháng 2 năm 2025, giấy phép này thường được cấp ít nhất 12 tháng. Không mất phí. Có giấy phép này, bạn được chăm sóc sức khỏe và có thể xin giấy phép làm việc hoặc giấy phép học tập. Bạn không bắt buộc phải làm chứng chống lại kẻ buôn người. Bạn có thể tự liên hệ với cơ quan di trú.
    .caveats = Nhân viên di trú có thể phỏng vấn bạn và sẽ quyết định. Giấy phép có thể được gia hạn, tùy vào hoàn cảnh của bạn.

# hb: source=f4a954a53a1f6107 status=machine
right_ca-2 = Chủ lao động phải trả lương như đã thỏa thuận
    .body = Lao động nước ngoài tạm thời có cùng quyền như những người lao động khác ở Canada. Chủ lao động phải trả lương cho bạn đúng như hợp đồng lao động, kể cả tiền làm thêm giờ nếu hợp đồng có ghi. Chủ lao động không được lấy hộ chiếu của bạn, khiến bạn bị trục xuất, hoặc bắt bạn trả lại phí tuyển dụng. Nếu chưa được trả lương, hãy liên hệ văn phòng tiêu chuẩn việc làm (employment standards) của tỉnh hoặc vùng lãnh thổ nơi bạn ở.
    .caveats = Quy định khác nhau tùy từng tỉnh. Bạn có thể báo việc bị ngược đãi qua đường dây tố giác bí mật của Service Canada, 1-866-602-9448. Nếu bạn bị ngược đãi, bạn có thể được cấp giấy phép lao động mở (open work permit) để đổi việc.

# hb: source=a0f09d7048ff59d7 status=machine
right_coe-1 = Ít nhất 30 ngày để hồi phục và quyết định
    .body = Các nước đã tham gia hiệp ước này phải cho người có thể là nạn nhân ít nhất 30 ngày để hồi phục. Thời gian này phải bắt đầu ngay khi có lý do chính đáng để tin rằng bạn là nạn nhân. Đây là thời gian để thoát khỏi kẻ buôn người, cảm thấy an toàn hơn một chút, và tự do quyết định có giúp cảnh sát và công tố viên hay không.
    .caveats = Một nước có thể từ chối cho thời gian này vì lý do trật tự công cộng, hoặc nếu họ cho rằng ai đó đã khai gian là nạn nhân.

# hb: source=ad272d82fc240c5c status=machine
right_coe-2 = Trong thời gian này bạn không thể bị đưa ra khỏi nước
    .body = Trong thời gian hồi phục và suy nghĩ, lệnh đưa bạn ra khỏi nước đó không được thi hành. Nước đó phải cho bạn ở lại trong thời gian này. Bạn cũng nên nhận được những trợ giúp cơ bản mà hiệp ước liệt kê, như nơi ở an toàn, chăm sóc y tế khẩn cấp, phiên dịch và thông tin về quyền của bạn.
    .caveats = Một nước có thể từ chối cho thời gian này vì lý do trật tự công cộng, hoặc nếu họ cho rằng ai đó đã khai gian là nạn nhân.

# hb: source=955890835087e911 status=machine
right_coe-3 = Giấy phép cư trú có thể gia hạn
    .body = Các nước phải cấp cho nạn nhân giấy phép cư trú có thể gia hạn, khi cơ quan chức năng cho rằng bạn cần ở lại. Lý do có thể là hoàn cảnh cá nhân của bạn, hoặc vì bạn đang giúp một cuộc điều tra hoặc vụ án. Mỗi nước chọn một lý do hoặc cả hai. Việc nhận giấy phép này không nên ngăn bạn xin tị nạn.
    .caveats = Ở nhiều nước, giấy phép chỉ dành cho người giúp cảnh sát. Hãy hỏi luật sư xem quy định nào áp dụng ở nơi bạn đang ở.

# hb: source=8763a756bede33aa status=machine
right_coe-4 = Tội bạn bị ép phải làm: hãy tìm luật sư trước
    .body = Hiệp ước nói rằng các nước phải tạo khả năng không trừng phạt nạn nhân vì những việc bất hợp pháp mà họ bị ép phải làm. Đây chỉ là một khả năng. Điều này không hứa rằng bạn sẽ không bị buộc tội hoặc bị trừng phạt. Cách áp dụng tùy vào luật của từng nước. Trước khi bạn nói với cảnh sát hoặc quan chức về bất kỳ tội nào bạn bị ép phải làm, hãy tìm luật sư.
    .caveats = Đừng ký hoặc thừa nhận bất cứ điều gì về những tội đó khi không có luật sư.

# hb: source=7a73c7efa8555bb8 status=machine
right_coe-5 = Giúp hồi phục: hiệp ước hứa những gì
    .body = Các nước phải giúp nạn nhân hồi phục về thể chất và tinh thần. Ít nhất là: nơi ở an toàn và phù hợp, giúp đáp ứng nhu cầu cơ bản, chăm sóc y tế khẩn cấp, phiên dịch khi cần, tư vấn và thông tin về quyền của bạn bằng ngôn ngữ bạn hiểu, giúp tham gia các vụ án, và cho trẻ em đi học. Sự giúp đỡ này không nên phụ thuộc vào việc bạn có đồng ý làm nhân chứng hay không.
    .caveats = Bạn được giúp nhiều hay ít tùy vào từng nước.

# hb: source=ea896d937db53247 status=machine
right_coe-6 = Thông tin, trợ giúp pháp lý và bồi thường
    .body = Từ lần đầu tiên bạn liên hệ với cơ quan chức năng, bạn nên được cho biết thông tin về các thủ tục tòa án và thủ tục chính thức bằng ngôn ngữ bạn hiểu. Các nước phải cho nạn nhân quyền được trợ giúp pháp lý và được trợ giúp pháp lý miễn phí, theo quy định riêng của họ. Bạn có quyền yêu cầu kẻ buôn người bồi thường. Các nước cũng phải bảo đảm nạn nhân có thể nhận bồi thường bằng một cách nào đó, ví dụ qua một quỹ cho nạn nhân.
    .caveats = Trên thực tế, ít nạn nhân nhận được tiền từ kẻ buôn người. Hãy xin tư vấn pháp lý sớm.

# hb: source=cffc6fce33f52539 status=machine
right_de-1 = Ít nhất 3 tháng để quyết định (thời gian suy nghĩ)
    .body = Nếu cơ quan chức năng có dấu hiệu cho thấy bạn là nạn nhân mua bán người hoặc bóc lột lao động, và họ yêu cầu bạn rời khỏi Đức, họ phải cho bạn ít nhất 3 tháng trước khi bạn phải rời đi. Thời gian này là để bạn ổn định lại và quyết định có hợp tác với cảnh sát hay không.
    .caveats = Hãy tìm trợ giúp từ một trung tâm tư vấn chuyên về nạn nhân mua bán người.

# hb: source=3a0d24e79df10b72 status=machine
right_de-2 = Giấy phép cư trú nếu bạn làm nhân chứng
    .body = Nếu bạn sẵn sàng làm nhân chứng trong vụ án hình sự, bạn có thể được cấp giấy phép cư trú. Công tố viên hoặc tòa án phải thấy sự có mặt của bạn là có ích cho vụ án, và bạn phải cắt liên lạc với bị cáo. Giấy phép được cấp lần đầu cho một năm và gắn với vụ án. Sau vụ án, giấy phép nên được gia hạn nếu có lý do nhân đạo hoặc lý do cá nhân. Có thể được phép làm việc.
    .caveats = Giấy phép này phụ thuộc vào việc bạn giúp đỡ trong vụ án hình sự. Hãy xin tư vấn ở một trung tâm tư vấn chuyên biệt trước khi bạn quyết định.

# hb: source=d3185f814e1500fb status=machine
right_de-3 = Bạn có quyền được trả lương, kể cả khi không có giấy tờ
    .body = Ở Đức, bất kỳ ai đã làm việc đều có quyền được trả lương, bất kể tình trạng cư trú của họ. Điều này đúng cả khi không có giấy phép lao động. Các trung tâm tư vấn của công đoàn, thường gọi là 'Faire Integration', cũng tư vấn cho người không có tình trạng cư trú ổn định.
    .caveats = Nếu bạn ra tòa khi không có giấy tờ, tòa án có thể phải báo cho cơ quan di trú. Hãy xin tư vấn trước khi bạn làm gì.

# hb: source=60101cc99cb68cec status=machine
right_es-1 = Giấy phép cư trú và lao động cho nạn nhân mua bán người
    .body = Nếu bạn được xác định là nạn nhân mua bán người và được miễn phạt vì ở Tây Ban Nha mà không có giấy tờ, bạn phải được cho biết rằng bạn có thể xin giấy phép cư trú và lao động vì lý do đặc biệt. Bạn có thể xin vì bạn giúp cuộc điều tra, hoặc vì hoàn cảnh cá nhân của bạn. Trong lúc chờ quyết định, một giấy phép tạm thời có thể cho bạn làm bất kỳ công việc nào.
    .caveats = Con hoặc cha mẹ của bạn đang ở Tây Ban Nha có thể được tính vào. Hãy nhờ một nhóm hỗ trợ chuyên biệt hoặc luật sư giúp làm giấy tờ.

# hb: source=36ac7c231ec5499f status=machine
right_es-2 = Báo cáo việc không được trả lương với Thanh tra Lao động
    .body = Làm việc không có giấy phép không làm mất quyền được trả lương cho công việc bạn đã làm. Bạn có thể báo việc không được trả lương với Thanh tra Lao động và An sinh Xã hội (Inspección de Trabajo). Đơn khiếu nại chính thức cần có tên của bạn. Cũng có một hộp thư trực tuyến để báo việc bị ngược đãi mà không cần ghi tên, nhưng Thanh tra chỉ bắt buộc điều tra những khiếu nại có ghi tên.
    .caveats = Nếu bạn không có giấy tờ, hãy hỏi công đoàn hoặc luật sư trước khi báo cáo.

# hb: source=af0f4747ae83f3b8 status=machine
right_eu-1 = Thay đổi năm 2024: thêm nhiều hình thức bóc lột được coi là mua bán người
    .body = Luật chính của EU chống mua bán người đã được sửa đổi năm 2024. Ép kết hôn, nhận con nuôi bất hợp pháp và bóc lột việc mang thai hộ (dùng một người phụ nữ để mang thai đứa trẻ cho người khác) nay được coi là mua bán người. Các nước EU phải coi những việc này là tội mua bán người trong luật của nước mình.
    .caveats = Đan Mạch không bị ràng buộc bởi luật EU này. Luật riêng của mỗi nước quyết định các chi tiết.

# hb: source=d86f6604ff080a70 status=machine
right_eu-10 = Tiền lương chưa được trả nếu bạn đã làm việc không có giấy tờ
    .body = Nếu bạn đến từ ngoài EU và đã được thuê làm việc trong lúc ở lại mà không được phép, luật EU nói rằng chủ lao động vẫn phải trả tiền lương còn nợ bạn. Luật coi như chủ lao động nợ bạn ít nhất bằng mức lương tối thiểu, trừ khi có bằng chứng khác. Bạn có thể đòi cả sau khi bạn đã rời đi hoặc đã bị đưa về nước. Trước khi bị đưa về nước, bạn nên được cho biết về quyền này.
    .caveats = Luật này cũng quy định về việc đưa người về nước. Hãy xin tư vấn từ luật sư hoặc tổ chức hỗ trợ trước khi bạn đòi tiền.

# hb: source=4440181becdac516 status=machine
right_eu-2 = Các thay đổi năm 2024 nay đã phải có trong luật quốc gia
    .body = Các thay đổi năm 2024 có hiệu lực từ ngày 14 tháng 7 năm 2024. Các nước EU có thời hạn đến ngày 15 tháng 7 năm 2026 để đưa chúng vào luật của nước mình. Thời hạn đó đã qua, nên các quy định mới nay phải được áp dụng ở mỗi nước EU. Một số nước có thể chậm trễ. Nếu một quyền không được tôn trọng, hãy hỏi luật sư hoặc tổ chức hỗ trợ xem nước bạn đã sửa luật chưa.
    .caveats = Đan Mạch không bị ràng buộc bởi luật EU này.

# hb: source=711ea0e228aadead status=machine
right_eu-3 = Cố ý sử dụng dịch vụ của nạn nhân là phạm tội
    .body = Theo các thay đổi năm 2024, người sử dụng dịch vụ của một người mà họ biết là nạn nhân mua bán người thì phạm tội. Các nước EU phải trừng phạt việc này trong luật của mình. Các thay đổi này cũng nhằm giúp đỡ và hỗ trợ nạn nhân tốt hơn.
    .caveats = Tội này là về người sử dụng nạn nhân, không phải về nạn nhân.

# hb: source=5751912b1d86f768 status=machine
right_eu-4 = Nạn nhân ngoài EU: thời gian để hồi phục và quyết định
    .body = Nếu bạn không phải công dân EU và có thể là nạn nhân mua bán người, cơ quan chức năng phải cho bạn biết về 'thời gian suy nghĩ'. Đây là thời gian để hồi phục, thoát khỏi kẻ buôn người và quyết định bạn có muốn giúp cảnh sát hay không. Trong thời gian này, không ai được đưa bạn ra khỏi nước đó. Bạn nên được hỗ trợ sinh hoạt cơ bản, chăm sóc y tế khẩn cấp và giúp đỡ dịch thuật. Mỗi nước tự quy định thời gian này kéo dài bao lâu.
    .caveats = Không áp dụng ở Đan Mạch và Ireland. Trong thời gian này vẫn có thể có quyết định đưa bạn đi, nhưng quyết định đó không được thi hành. Chỉ riêng thời gian suy nghĩ không cho bạn quyền sống ở nước đó.

# hb: source=2cb65c4b49c086b0 status=machine
right_eu-5 = Nạn nhân ngoài EU giúp cảnh sát có thể được cấp giấy phép
    .body = Nếu bạn không phải công dân EU, một luật của EU cho phép bạn được cấp giấy phép cư trú tạm thời nếu bạn hợp tác với cảnh sát hoặc công tố viên để chống lại kẻ buôn người. Giấy phép gắn với vụ án và chỉ có thời hạn nhất định. Một số nước cũng cấp giấy phép vì lý do cá nhân. Hãy hỏi luật sư xem nước bạn có những gì và giấy phép cho bạn làm những gì.
    .caveats = Không áp dụng ở Đan Mạch và Ireland. Giúp cảnh sát có thể có rủi ro. Hãy xin tư vấn trước khi bạn quyết định.

# hb: source=c6248c1016bfcd35 status=machine
right_eu-6 = Được giúp đỡ không phụ thuộc vào việc giúp cảnh sát
    .body = Ở EU, bạn nên được giúp đỡ và hỗ trợ kể cả khi bạn không muốn hợp tác với cảnh sát hoặc ra tòa. Sự giúp đỡ nên bắt đầu ngay khi cơ quan chức năng có lý do chính đáng để nghĩ rằng bạn có thể là nạn nhân. Sự giúp đỡ có thể gồm nơi ở an toàn, giúp đỡ vật chất, chăm sóc y tế và tâm lý, tư vấn và thông tin, và phiên dịch.
    .caveats = Giấy phép cư trú vẫn có thể phụ thuộc vào việc giúp cảnh sát. Đan Mạch không bị ràng buộc bởi luật EU này. Luật của mỗi nước quyết định các chi tiết.

# hb: source=f2c2a455cd58d4f9 status=machine
right_eu-7 = Tội bạn bị ép phải làm
    .body = Luật EU nói rằng cơ quan chức năng phải có quyền không truy tố hoặc không trừng phạt nạn nhân mua bán người vì những tội họ bị ép phải làm do bị mua bán. Ví dụ như dùng giấy tờ giả, hoặc vi phạm quy định về mại dâm hay di trú. Đây là một quyền hạn, không phải một lời hứa. Cảnh sát hoặc công tố viên sẽ quyết định.
    .caveats = Hãy tìm luật sư trước khi bạn nói với cảnh sát hoặc quan chức về bất kỳ tội nào bạn bị ép phải làm.

# hb: source=ec055b2262b04733 status=machine
right_eu-8 = Tư vấn pháp lý và luật sư, miễn phí nếu bạn không có tiền trả
    .body = Ở EU, nạn nhân mua bán người phải được tư vấn pháp lý và có luật sư ngay, không chậm trễ. Việc này gồm cả giúp đòi bồi thường. Nếu bạn không có đủ tiền, việc này phải miễn phí. Hãy nhờ cảnh sát, tòa án hoặc một tổ chức hỗ trợ giúp bạn tìm luật sư.
    .caveats = Mỗi nước có quy định riêng về trợ giúp pháp lý miễn phí.

# hb: source=1829bf9608240089 status=machine
right_eu-9 = Bạn có thể yêu cầu bồi thường
    .body = Ở EU, nạn nhân mua bán người phải được dùng các chương trình của nhà nước trả tiền bồi thường cho nạn nhân của tội phạm bạo lực. Một số nước cũng có quỹ riêng cho nạn nhân. Luật sư có thể giúp bạn yêu cầu bồi thường.
    .caveats = Việc yêu cầu bồi thường có thể mất nhiều thời gian, và nhiều nạn nhân không nhận được gì. Hãy xin tư vấn pháp lý sớm.

# hb: source=deb140bc1511a718 status=machine
right_fr-1 = 30 ngày để suy nghĩ, có quyền làm việc
    .body = Nếu cảnh sát hoặc hiến binh (gendarmerie) đã lấy lời khai của bạn như một người có thể là nạn nhân mua bán người hoặc bị dắt mối mại dâm, bạn nên được cho biết về thời gian suy nghĩ 30 ngày. Trong thời gian này bạn được cấp một giấy biên nhận (récépissé). Giấy này ngăn không cho ra hoặc thi hành lệnh trục xuất, và cho phép bạn làm việc.

# hb: source=ae831cf36a91e836 status=machine
right_fr-2 = Thẻ cư trú nếu bạn nộp đơn tố cáo hoặc làm chứng
    .body = Nếu bạn nộp đơn tố cáo kẻ buôn người hoặc kẻ dắt mối mại dâm, hoặc làm chứng chống lại họ trong một vụ án hình sự, bạn được cấp thẻ cư trú một năm ('vie privée et familiale'). Thẻ được gia hạn trong suốt thời gian vụ án hình sự diễn ra. Nếu cuối cùng bị cáo bị kết án, bạn được cấp thẻ cư trú 10 năm.
    .caveats = Từ năm 2021, luật cũng yêu cầu bạn phải cắt đứt mọi liên hệ với những kẻ bóc lột. Thẻ có thể bị dừng nếu bạn không còn đáp ứng các điều kiện.

# hb: source=5897f59a7bd867b7 status=machine
right_fr-3 = Không có giấy tờ, bạn vẫn được nhận tiền lương còn nợ
    .body = Kể cả khi bạn làm việc không có giấy tờ hoặc không được khai báo, bạn vẫn giữ các quyền của mình. Bạn phải được trả lương cho thời gian bạn đã làm. Trừ khi chủ lao động chứng minh khác, luật tính ít nhất 3 tháng làm việc. Nếu công việc chấm dứt, bạn còn được nhận một khoản trọn gói bằng 3 tháng lương, hoặc nhiều hơn nếu quy định khác cho nhiều hơn. Bạn có thể đến thanh tra lao động hoặc tòa án lao động (conseil de prud'hommes).
    .caveats = Hãy xin tư vấn từ công đoàn hoặc nhóm hỗ trợ trước, kể cả về việc này ảnh hưởng thế nào đến giấy tờ của bạn.

# hb: source=742a9bad55598ce1 status=machine
right_gb-1 = Cách Vương quốc Anh xác định nạn nhân: NRM
    .body = National Referral Mechanism (NRM, Cơ chế Chuyển tuyến Quốc gia) là hệ thống của chính phủ Anh để xác định nạn nhân của nô lệ hiện đại và bảo đảm họ được hỗ trợ. Nô lệ hiện đại gồm mua bán người, nô lệ, nô dịch và lao động cưỡng bức. Có hai quyết định. Đầu tiên là quyết định 'có cơ sở hợp lý' (reasonable grounds). Sau đó là quyết định cuối cùng 'có cơ sở kết luận' (conclusive grounds). Nếu quyết định đầu là có, bạn được coi là người có thể là nạn nhân. Nếu quyết định cuối là có, bạn là nạn nhân đã được xác nhận.
    .caveats = Chỉ riêng một quyết định có lợi thì không cho bạn quyền ở lại Vương quốc Anh.

# hb: source=b46a7c266fee3937 status=machine
right_gb-10 = Bị ép phạm tội: một căn cứ bào chữa (Anh và xứ Wales)
    .body = Ở Anh và xứ Wales, người lớn không có tội nếu họ phạm tội vì bị ép buộc, sự ép buộc đó đến từ nô lệ hoặc mua bán người, và một người bình thường trong cùng hoàn cảnh cũng không có lựa chọn thực sự nào khác. Với người dưới 18 tuổi, chỉ cần hành vi đó là hậu quả trực tiếp của việc họ là nạn nhân, và một người bình thường cũng sẽ làm như vậy. Căn cứ bào chữa này không áp dụng cho nhiều tội nghiêm trọng, như giết người, bắt cóc, cướp và gây thương tích.
    .caveats = Căn cứ bào chữa này được dùng ở tòa. Hãy nói sớm với luật sư rằng bạn đã bị bóc lột.

# hb: source=7f928162e3768830 status=machine
right_gb-11 = Quyền ở lại tạm thời cho nạn nhân đã được xác nhận
    .body = Nếu bạn nhận được quyết định cuối cùng có lợi, và bạn không phải người Anh và không có quyền ở lại, Home Office (Bộ Nội vụ Anh) phải cho bạn ở lại tạm thời nếu họ cho rằng việc này là cần thiết: để giúp bạn hồi phục sau những tổn hại do bị bóc lột, để đòi bồi thường, hoặc để giúp cảnh sát hoặc một vụ án liên quan. Họ có thể từ chối nếu cho rằng bạn có thể nhận sự giúp đỡ đó, hoặc đòi bồi thường, từ một nước khác.
    .caveats = Năm 2024, Home Office đã tạm dừng một số quyết định dựa trên nhu cầu hồi phục. Hãy hỏi luật sư xem hiện nay áp dụng quy định nào. Sự bảo vệ này có thể bị mất vì lý do trật tự công cộng hoặc thiếu thiện chí (bad faith).

# hb: source=834d1ca3c940ca28 status=machine
right_gb-12 = Hỗ trợ ở Scotland
    .body = Ở Scotland, Chính phủ Scotland phải sắp xếp hỗ trợ cho người lớn khi có cơ sở hợp lý để tin rằng họ là nạn nhân của mua bán người, nô lệ hoặc lao động cưỡng bức. Hỗ trợ dựa trên nhu cầu của bạn. Hỗ trợ phải được cung cấp tối đa 90 ngày, hoặc đến khi có quyết định cuối cùng nếu quyết định đó đến trước, và có thể kéo dài lâu hơn. Hỗ trợ có thể gồm nơi ở, sinh hoạt hằng ngày, chăm sóc y tế và tâm lý, phiên dịch, tư vấn tâm lý, tư vấn pháp lý, thông tin về các dịch vụ khác, và giúp về nước.
    .caveats = Hãy hỏi một tổ chức hỗ trợ ở Scotland xem hiện nay điều gì áp dụng cho bạn.

# hb: source=d2a7f6b0c1e109aa status=machine
right_gb-13 = Tội bạn bị ép phải làm (Scotland)
    .body = Ở Scotland, công tố viên phải làm theo hướng dẫn của Lord Advocate (Tổng Chưởng lý Scotland) khi quyết định có truy tố một người hay không, nếu người đó là, hoặc có vẻ là, nạn nhân của mua bán người hoặc lao động cưỡng bức và đã bị ép phạm tội vì việc đó. Hướng dẫn này đặt ra một nguyên tắc mạnh là không truy tố trong những trường hợp như vậy. Công tố viên vẫn là người quyết định. Đây không phải là sự bảo vệ tự động.
    .caveats = Hãy nói với luật sư càng sớm càng tốt rằng bạn đã bị bóc lột.

# hb: source=5e544b939c15c176 status=machine
right_gb-14 = Hỗ trợ ở Bắc Ireland
    .body = Ở Bắc Ireland, Department of Justice (Bộ Tư pháp) phải bảo đảm người lớn được giúp đỡ và hỗ trợ khi họ đã được chuyển tuyến, hoặc sắp được chuyển tuyến, để có quyết định xem họ có thể là nạn nhân của mua bán người, nô lệ hoặc lao động cưỡng bức hay không. Hỗ trợ kéo dài đến khi có các quyết định. Nếu bạn được xác nhận là nạn nhân trong vòng 45 ngày sau quyết định đầu tiên, hỗ trợ kéo dài ít nhất đến hết 45 ngày đó, hoặc lâu hơn. Hỗ trợ không được phụ thuộc vào việc bạn làm nhân chứng, và chỉ được cung cấp nếu bạn đồng ý.
    .caveats = Hỗ trợ cũng có thể tiếp tục sau quyết định cuối cùng có lợi. Hãy hỏi một tổ chức hỗ trợ.

# hb: source=9dbeb6fe39364bb3 status=machine
right_gb-15 = Bị ép phạm tội: một căn cứ bào chữa (Bắc Ireland)
    .body = Ở Bắc Ireland, người lớn không có tội với một số tội nếu họ bị ép phải làm, sự ép buộc đó đến từ nô lệ hoặc mua bán người, và một người bình thường trong cùng hoàn cảnh cũng không có lựa chọn thực sự nào khác. Với trẻ em, chỉ cần hành vi đó là hậu quả trực tiếp của việc các em là nạn nhân. Căn cứ bào chữa này không áp dụng cho các tội nghiêm trọng hơn.
    .caveats = Hãy tìm luật sư trước khi bạn nói với cảnh sát về những tội này.

# hb: source=1653299ba28964fe status=machine
right_gb-16 = Quyền được trả lương tối thiểu
    .body = Hầu hết người lao động ở Vương quốc Anh phải được trả ít nhất National Minimum Wage hoặc National Living Wage (mức lương tối thiểu quốc gia). Không cần hợp đồng bằng văn bản. Tiền boa không được tính vào mức lương này, và tiền đồng phục hoặc dụng cụ không được làm lương của bạn thấp hơn mức này. Nếu bạn bị trả thiếu, bạn có thể gọi đường dây trợ giúp bí mật của Acas, hoặc khiếu nại với HMRC (cơ quan thuế). HMRC có thể buộc chủ lao động trả lại số tiền còn nợ bạn. Bạn cũng có thể đến tòa án lao động (employment tribunal).
    .caveats = Nếu bạn đã làm việc ở Vương quốc Anh mà không được phép làm việc, quyền được trả mức lương này của bạn có thể không rõ ràng. Hãy xin tư vấn từ luật sư hoặc tổ chức hỗ trợ trước khi bạn khiếu nại.

# hb: source=3470229f72658a6a status=machine
right_gb-2 = Ai có thể chuyển tuyến cho bạn, và sự đồng ý của bạn
    .body = Bạn không thể tự đưa mình vào NRM. Chỉ nhân viên của một số tổ chức nhất định, gọi là First Responders (Người Tiếp nhận Đầu tiên), mới có thể chuyển tuyến cho bạn. Ví dụ như cảnh sát, chính quyền địa phương, một số tổ chức từ thiện như The Salvation Army, và một số bộ phận của Home Office (Bộ Nội vụ Anh). Nếu bạn từ 18 tuổi trở lên, họ cần bạn đồng ý trước. Họ nên giải thích NRM là gì, bạn có thể được giúp những gì và điều gì có thể xảy ra. Trẻ em được chuyển tuyến mà không cần đồng ý.
    .caveats = Những gì bạn nói có thể được chia sẻ với cảnh sát và các cơ quan nhà nước khác. Hãy đặt câu hỏi trước khi bạn đồng ý.

# hb: source=868969f1abed41c9 status=machine
right_gb-3 = Quyết định đầu tiên: 'có cơ sở hợp lý'
    .body = Sau khi được chuyển tuyến, một người ra quyết định của Home Office (Bộ Nội vụ Anh) sẽ quyết định xem có 'cơ sở hợp lý' để tin rằng bạn là nạn nhân hay không. Từ tháng 1 năm 2023, chỉ riêng lời kể của bạn thường là không đủ. Họ tìm thêm thông tin khác để xác nhận điều bạn nói. Vì vậy, hãy cho First Responder của bạn biết càng nhiều chi tiết càng tốt, trong mức bạn thấy an toàn. Mục tiêu là có quyết định trong khoảng 5 ngày làm việc, nhưng có thể lâu hơn.
    .caveats = Nếu câu trả lời là không, hãy xin tư vấn pháp lý ngay.

# hb: source=38eb37fba903b6cf status=machine
right_gb-4 = Thời gian hồi phục sau quyết định đầu tiên có lợi
    .body = Sau quyết định 'có cơ sở hợp lý' có lợi, bạn được một thời gian hồi phục. Chính phủ nói thời gian này kéo dài ít nhất 30 ngày. Trong thời gian này bạn không nên bị đưa ra khỏi Vương quốc Anh. Ở Anh và xứ Wales, luật nói rằng bạn phải được hỗ trợ những gì bạn cần để hồi phục sau tổn hại. Những sự bảo vệ này có thể bị mất nếu bạn bị loại vì lý do trật tự công cộng hoặc thiếu thiện chí (bad faith).
    .caveats = Những trang cũ có thể ghi 45 ngày. Đó là quy định trước tháng 12 năm 2022.

# hb: source=a4495196d342141f status=machine
right_gb-5 = Hỗ trợ sau quyết định cuối cùng có lợi (Anh và xứ Wales)
    .body = Nếu bạn nhận được quyết định 'có cơ sở kết luận' có lợi trong lúc đang nhận hỗ trợ do chính phủ tài trợ, một giai đoạn 'chuyển tiếp' (move-on) sẽ bắt đầu. Giai đoạn này kéo dài ít nhất 45 ngày. Nhân viên hỗ trợ sẽ giúp bạn lên kế hoạch cho các bước tiếp theo. Bạn có thể xin một Recovery Needs Assessment (Đánh giá Nhu cầu Hồi phục). Home Office (Bộ Nội vụ Anh) dùng đánh giá này để quyết định xem bạn có cần hỗ trợ lâu hơn 45 ngày không. Bạn không bắt buộc phải tham gia, và bạn có thể chọn ngừng nhận hỗ trợ sớm hơn.

# hb: source=6983e4c95fe6b5c9 status=machine
right_gb-6 = Hỗ trợ do chính phủ tài trợ ở Anh và xứ Wales
    .body = Ở Anh và xứ Wales, chính phủ trả tiền cho việc hỗ trợ qua Modern Slavery Victim Care Contract (Hợp đồng Chăm sóc Nạn nhân Nô lệ Hiện đại). The Salvation Army điều hành việc này cùng các tổ chức đối tác. Nếu bạn cần, hỗ trợ có thể gồm nơi ở an toàn, tiền, chăm sóc sức khỏe, tư vấn tâm lý, phiên dịch và tư vấn pháp lý bí mật. Đường dây chuyển tuyến của The Salvation Army là 0800 808 3733, mở 24 giờ một ngày, 7 ngày một tuần.
    .caveats = Thường bạn cần đồng ý được chuyển tuyến vào NRM thì mới được hỗ trợ này.

# hb: source=64a456fe91aa6975 status=machine
right_gb-7 = Ai quyết định: hai nhóm trong Home Office (Bộ Nội vụ Anh)
    .body = Các quyết định NRM được đưa ra trong Home Office, là bộ của chính phủ cũng phụ trách kiểm soát di trú. Có hai nhóm. Immigration Enforcement Competent Authority (Cơ quan có thẩm quyền thuộc bộ phận Thực thi Di trú) quyết định trường hợp của một số người có thể bị đưa ra khỏi nước: người đang bị tạm giữ di trú, người nước ngoài có tiền án đang đối mặt với việc bị trục xuất, và một số người có đơn xin tị nạn không được thụ lý. Single Competent Authority (Cơ quan có thẩm quyền duy nhất) quyết định các trường hợp khác.
    .caveats = Một số bộ phận của Home Office, như Immigration Enforcement, Border Force và UK Visas and Immigration, cũng có thể là First Responders. Bạn hoàn toàn có thể hỏi một người xem họ làm việc cho ai.

# hb: source=c4055856ffdd4ff6 status=machine
right_gb-8 = Các cơ quan nhà nước phải báo về người có thể là nạn nhân
    .body = Ở Anh và xứ Wales, cảnh sát, chính quyền địa phương và một số cơ quan nhà nước khác phải báo cho Home Office (Bộ Nội vụ Anh) khi họ có cơ sở hợp lý để tin rằng một người có thể là nạn nhân của nô lệ hoặc mua bán người. Nhân viên Home Office cũng làm như vậy. Nếu bạn từ 18 tuổi trở lên, bản báo cáo không được ghi tên bạn hoặc các chi tiết cho biết bạn là ai, trừ khi bạn đồng ý. Bạn có thể từ chối được chuyển tuyến vào NRM nhưng vẫn có thể bị báo cáo mà không ghi tên.
    .caveats = Bản báo cáo không ghi tên bạn vẫn có thể được chuyển cho cảnh sát.

# hb: source=8b5057f24c6fa833 status=machine
right_gb-9 = Mất sự bảo vệ: 'trật tự công cộng' và 'thiếu thiện chí'
    .body = Sau quyết định đầu tiên có lợi, Home Office (Bộ Nội vụ Anh) có thể quyết định bỏ một số sự bảo vệ nếu họ tin rằng bạn là mối đe dọa cho trật tự công cộng, hoặc rằng bạn tự nhận là nạn nhân với 'thiếu thiện chí' (bad faith). Chính phủ nói việc này chủ yếu liên quan đến tội nghiêm trọng và an ninh quốc gia. Nếu việc này xảy ra, bạn có thể bị đưa ra khỏi Vương quốc Anh, và họ không còn bắt buộc phải cho bạn ở lại với tư cách nạn nhân hay hỗ trợ hồi phục. Vẫn có thể có một số trợ giúp để bạn không rơi vào cảnh không có gì để sống.
    .caveats = Nếu bạn có tiền án hoặc đã bị kết án, hãy tìm luật sư càng sớm càng tốt.

# hb: source=657d6f397271d35f status=machine
right_hk-1 = Công ty môi giới chỉ được lấy tối đa 10% lương tháng đầu
    .body = Ở Hồng Kông, công ty môi giới việc làm có giấy phép chỉ được lấy tối đa 10% tiền lương tháng đầu tiên của bạn, và chỉ sau khi bạn đã có việc. Họ không được thu thêm bất kỳ phí hoặc chi phí nào khác cho việc giới thiệu việc làm. Hãy xin giấy biên nhận. Hãy báo ngay việc bị thu quá mức với Employment Agencies Administration (Phòng Quản lý Công ty Môi giới Việc làm): việc truy tố phải bắt đầu trong vòng 12 tháng.
    .caveats = Công ty môi giới không nên giữ hộ chiếu của bạn hoặc can thiệp vào tiền bạc hay các khoản vay của bạn.

# hb: source=ea20c79941ac18f7 status=machine
right_hk-2 = Tiền lương chưa được trả: Labour Department giúp miễn phí
    .body = Nếu chủ lao động không trả lương hoặc các khoản tiền khác còn nợ theo hợp đồng hoặc theo Employment Ordinance (Pháp lệnh Việc làm), hãy đến một văn phòng Labour Relations Division (Phòng Quan hệ Lao động) của Labour Department (Sở Lao động). Họ hòa giải miễn phí để giúp bạn và chủ lao động thỏa thuận với nhau. Nếu không thỏa thuận được, đơn của bạn có thể được chuyển lên Minor Employment Claims Adjudication Board hoặc Labour Tribunal (tòa án lao động), tùy theo số tiền.
    .caveats = Người giúp việc nhà nước ngoài cũng được bảo vệ như vậy theo Employment Ordinance. Thông tin bạn cung cấp cho Labour Department có thể được chia sẻ với các cơ quan khác, như Cảnh sát hoặc Sở Di trú.

# hb: source=68b2b4359613d328 status=machine
right_ie-1 = 60 ngày để hồi phục và suy nghĩ (người từ ngoài EU)
    .body = Nếu bạn đến từ ngoài EU/EEA và không có quyền ở lại, một sĩ quan cấp cao của Garda (cảnh sát) có thể quyết định rằng có cơ sở hợp lý để tin bạn là nạn nhân mua bán người. Khi đó bạn có thể được phép ở lại 60 ngày, gọi là thời gian hồi phục và suy nghĩ. Thời gian này cho bạn cơ hội hồi phục, thoát khỏi ảnh hưởng của kẻ buôn người, và quyết định có giúp Gardaí (cảnh sát) hay không.
    .caveats = Quyết định do cảnh sát đưa ra. Hệ thống này đã được xem xét lại, vì vậy hãy hỏi một nhóm hỗ trợ xem hiện nay áp dụng quy định nào.

# hb: source=5f79718f97c20e04 status=machine
right_ie-2 = Cư trú 6 tháng nếu bạn giúp Gardaí
    .body = Trong hoặc sau 60 ngày đó, bạn có thể được phép cư trú tạm thời nếu bạn muốn giúp Gardaí (cảnh sát) hoặc các cơ quan khác trong việc điều tra hoặc truy tố. Giấy phép này kéo dài 6 tháng và có thể gia hạn.
    .caveats = Giấy phép này gắn với việc giúp cảnh sát. Trợ giúp pháp lý và tư vấn nằm trong các dịch vụ dành cho nạn nhân: hãy xin tư vấn trước.

# hb: source=08b2c82b55fe3f43 status=machine
right_ie-3 = Đòi tiền lương chưa được trả tại Workplace Relations Commission
    .body = Nếu chủ lao động không trả lương cho bạn, trả thấp hơn mức lương tối thiểu, hoặc trừ tiền vào lương của bạn, bạn có thể khiếu nại với Workplace Relations Commission (WRC, Ủy ban Quan hệ Nơi làm việc). Bạn cũng có thể khiếu nại sau khi đã nghỉ việc. Bạn dùng mẫu khiếu nại trực tuyến của WRC. Sau đó một thanh tra viên hoặc một cán bộ xét xử của WRC sẽ xem xét khiếu nại của bạn.
    .caveats = WRC không tư vấn pháp lý. Các trang đã kiểm tra không nói điều gì xảy ra nếu bạn đã làm việc không có giấy phép. Hãy hỏi một nhóm hỗ trợ trước khi bạn khiếu nại.

# hb: source=988d2bb99cf491ab status=machine
right_int-1 = Mua bán người gồm ba phần: hành vi, phương thức và mục đích
    .body = Theo Nghị định thư của Liên Hợp Quốc về mua bán người (UN Trafficking Protocol), mua bán người gồm ba phần. 1) Một hành vi: tuyển mộ, di chuyển, chuyển giao, che giấu hoặc tiếp nhận một người. 2) Một phương thức: đe dọa, vũ lực hoặc ép buộc khác, bắt cóc, lừa gạt, nói dối, lạm dụng quyền lực hoặc lợi dụng tình thế yếu thế, hoặc trả tiền cho người đang kiểm soát người đó. 3) Một mục đích: để bóc lột người đó.

# hb: source=07c8b1cfa55adab0 status=machine
right_int-2 = Những gì được coi là bóc lột
    .body = Bóc lột gồm ít nhất: bóc lột mại dâm người khác hoặc các hình thức bóc lột tình dục khác, lao động hoặc dịch vụ cưỡng bức, nô lệ hoặc các hình thức giống như nô lệ, nô dịch, và lấy nội tạng.

# hb: source=82a2026b45a128ca status=machine
right_int-3 = Việc bạn từng đồng ý không biện minh cho kẻ buôn người
    .body = Nếu bất kỳ phương thức nào ở trên đã được dùng, thì việc bạn từng đồng ý vào một lúc nào đó không quan trọng. Lời 'đồng ý' của bạn không thể được dùng để biện minh cho kẻ buôn người.

# hb: source=fc5a25f6851e3aad status=machine
right_int-4 = Dưới 18 tuổi: là mua bán người kể cả khi không có vũ lực hay lừa dối
    .body = Với bất kỳ ai dưới 18 tuổi, việc tuyển mộ, di chuyển, che giấu hoặc tiếp nhận họ để bóc lột là mua bán người, kể cả khi không có vũ lực, đe dọa hay lừa dối.

# hb: source=549577351b3b9906 status=machine
right_int-ilo-1 = ILO định nghĩa lao động cưỡng bức thế nào
    .body = Công ước số 29 của ILO về Lao động Cưỡng bức (ILO Forced Labour Convention No. 29, năm 1930) nói rằng lao động cưỡng bức là mọi công việc hoặc dịch vụ bị bắt một người phải làm dưới sự đe dọa trừng phạt, mà người đó không tự nguyện làm.
    .caveats = Công ước liệt kê một vài ngoại lệ, như nghĩa vụ quân sự và một số công việc trong tù dưới sự kiểm soát của nhà nước.

# hb: source=61727279765e7ed0 status=machine
right_int-ilo-2 = 11 dấu hiệu lao động cưỡng bức của ILO
    .body = ILO liệt kê 11 dấu hiệu lao động cưỡng bức: lợi dụng tình thế yếu thế; lừa dối về công việc; không được tự do đi lại; bị cách ly khỏi người khác; bạo lực thể chất hoặc tình dục; đe dọa; giấy tờ tùy thân hoặc hộ chiếu bị giữ; bị giữ lương; làm việc để trả nợ (nợ khổ sai); điều kiện làm việc hoặc sinh sống rất tồi tệ; làm thêm giờ quá nhiều.

# hb: source=c4dfe15fbfc826a4 status=machine
right_int-ilo-3 = Đôi khi chỉ một dấu hiệu là đủ
    .body = Đôi khi chỉ một dấu hiệu cũng có thể cho thấy lao động cưỡng bức. Trong những trường hợp khác, nhiều dấu hiệu cùng nhau cho thấy điều đó.

# hb: source=a311122282b8acc9 status=machine
right_int-ilo-4 = Không người lao động nào phải trả tiền để có việc
    .body = ILO nói rằng không được thu của người lao động bất kỳ khoản phí hoặc chi phí liên quan nào để được tuyển dụng, dù trực tiếp hay gián tiếp, toàn bộ hay một phần. Điều này đến từ định nghĩa về phí tuyển dụng của ILO (2018) và General Principles for Fair Recruitment (Các Nguyên tắc Chung về Tuyển dụng Công bằng) của ILO.
    .caveats = Đây là hướng dẫn của ILO. Đây không phải là luật ở mọi nước, và một số nước vẫn cho phép công ty môi giới thu một số khoản phí.

# hb: source=e4bc57bfc6def22c status=machine
right_int-ilo-5 = Hộ chiếu hoặc giấy tờ tùy thân bị giữ: một dấu hiệu lao động cưỡng bức
    .body = ILO coi việc giữ hộ chiếu hoặc giấy tờ tùy thân của người lao động là một dấu hiệu lao động cưỡng bức. Giữ lương và trói buộc người lao động bằng một khoản nợ cũng là dấu hiệu.

# hb: source=af55fe97a7ece59f status=machine
right_int-ilo-6 = Nạn nhân nên được tiếp cận biện pháp khắc phục, như bồi thường
    .body = ILO yêu cầu các chính phủ cho nạn nhân lao động cưỡng bức được tiếp cận các biện pháp khắc phục, như bồi thường. Các nước tham gia Nghị định thư năm 2014 về lao động cưỡng bức phải cho mọi nạn nhân được tiếp cận các biện pháp khắc phục, và cho phép cơ quan chức năng không truy tố nạn nhân vì những việc bất hợp pháp họ bị ép phải làm.
    .caveats = Những quy định này ràng buộc chính phủ, không phải chủ lao động. Chỉ những nước đã tham gia Nghị định thư mới bị ràng buộc.

# hb: source=765865150a7b7df9 status=machine
right_it-1 = Giấy phép cư trú đặc biệt cho nạn nhân bị bóc lột nghiêm trọng
    .body = Nếu cảnh sát, công tố viên hoặc dịch vụ xã hội địa phương thấy rằng bạn đã bị bạo lực hoặc bị bóc lột nghiêm trọng, và bạn đang gặp nguy hiểm thật sự vì bạn đã cố thoát khỏi nhóm tội phạm hoặc đã khai báo, cảnh sát trưởng (Questore) có thể cấp cho bạn giấy phép cư trú đặc biệt. Giấy phép này giúp bạn thoát khỏi bạo lực và tham gia một chương trình hỗ trợ và hòa nhập xã hội.

# hb: source=3967d474919da7a5 status=machine
right_it-2 = Hai cách để được cấp giấy phép, và bạn được làm việc
    .body = Bạn có thể được cấp giấy phép này theo hai cách: tố cáo hoặc làm chứng chống lại kẻ bóc lột, hoặc qua một 'con đường xã hội' (social path) do dịch vụ địa phương hoặc các nhóm hỗ trợ được công nhận đề xuất. Ban đầu giấy phép có thời hạn từ 6 tháng đến 1 năm (các nguồn nói khác nhau) và có thể gia hạn. Bạn được làm việc ngay từ đầu, và sau này có thể đổi sang giấy phép lao động hoặc giấy phép học tập.
    .caveats = Trụ sở cảnh sát (Questura) ra quyết định cuối cùng. Hãy liên hệ một dự án chống mua bán người để được giúp.

# hb: source=ad1159812a77df1a status=machine
right_it-3 = Đề nghị Thanh tra Lao động can thiệp
    .body = Nếu bạn không được trả lương, bạn có thể đề nghị Thanh tra Lao động (Ispettorato Territoriale del Lavoro) của tỉnh nơi bạn làm việc can thiệp. Hãy dùng mẫu đơn INL 31, có cả bằng các ngôn ngữ khác, và kèm theo mọi giấy tờ bạn có và một bản sao giấy tờ tùy thân. Thanh tra có thể gọi bạn và chủ lao động đến trước để cố gắng thỏa thuận. Nếu không được, họ có thể tiến hành thanh tra.
    .caveats = Các trang đã kiểm tra không nói điều gì xảy ra nếu bạn không có giấy phép cư trú. Hãy hỏi công đoàn hoặc nhóm hỗ trợ trước.

# hb: source=301c11c56e86e560 status=machine
right_jp-1 = Cho phép ở lại đặc biệt cho nạn nhân
    .body = Nếu bạn là nạn nhân mua bán người và đã ở quá hạn hoặc vi phạm quy định di trú, cơ quan di trú Nhật Bản nói rằng họ hành động để bảo vệ bạn. Họ xem xét mối nguy hiểm cho bạn nếu bạn về nước, sức khỏe của bạn, và việc bạn giúp trong vụ án hình sự. Họ có thể cho bạn phép ở lại đặc biệt, và họ cố tránh việc tạm giữ bạn.
    .caveats = Có báo cáo cho biết nhiều lao động nước ngoài, kể cả thực tập sinh kỹ năng, đã không được công nhận là nạn nhân và đã bị trục xuất. Hãy nhờ một nhóm hỗ trợ hoặc luật sư giúp đỡ.

# hb: source=a88a639861c5cef4 status=machine
right_jp-2 = Báo việc không được trả lương với văn phòng thanh tra lao động
    .body = Luật lao động Nhật Bản bảo vệ mọi người lao động như nhau, bất kể quốc tịch. Tiền lương phải được trả trực tiếp cho bạn, đầy đủ, ít nhất mỗi tháng một lần vào một ngày cố định. Nếu bạn không được trả lương, bạn có thể báo với Labour Standards Inspection Office (Văn phòng Thanh tra Tiêu chuẩn Lao động) của khu vực nơi chủ lao động ở. Một số văn phòng có người tư vấn cho lao động nước ngoài.
    .caveats = Có một đường dây điện thoại miễn phí vào buổi tối và cuối tuần, tư vấn bằng nhiều ngôn ngữ, nhưng đường dây này không hành động chống lại chủ lao động. Nếu chủ lao động đã phá sản, một chương trình của chính phủ có thể giúp về tiền lương chưa được trả.

# hb: source=6b8697576971a695 status=machine
right_kw-1 = Chủ lao động không được giữ hộ chiếu của bạn
    .body = Ở Kuwait, chủ lao động là công ty không được giữ hộ chiếu của người lao động. Với người giúp việc nhà, luật nói rằng chủ không được giữ hộ chiếu hoặc thẻ căn cước (civil ID) của bạn, trừ khi bạn đã đồng ý. Bạn không cần phải tranh cãi với chủ lao động về việc này. Bạn có thể khiếu nại với Public Authority for Manpower (PAM, Cơ quan Nhân lực).
    .caveats = Nếu trước đây bạn đã đồng ý, chủ lao động có thể nói rằng việc đó được phép. Bạn vẫn có thể nhờ PAM giúp đỡ.

# hb: source=82651620bae197fb status=machine
right_kw-2 = Người giúp việc nhà: lương phải được trả mỗi tháng
    .body = Chủ lao động phải trả mức lương đã thỏa thuận vào cuối mỗi tháng, tính từ ngày bạn bắt đầu làm việc. Không được trừ bất kỳ phần nào. Biên nhận chuyển khoản ngân hàng hoặc biên nhận tiền mặt chứng minh bạn đã được trả. Mức lương thấp nhất theo luật cho người giúp việc nhà là KWD 60 một tháng, và một số nước yêu cầu mức cao hơn cho lao động của họ. Nếu bạn không được trả lương, bạn có thể khiếu nại với bộ phận lao động giúp việc nhà của PAM qua số 24937600.
    .caveats = Hãy giữ mọi biên nhận. Việc khiếu nại có thể mất nhiều thời gian.

# hb: source=e25c85462b9f4df7 status=machine
right_kw-3 = Lao động công ty: khiếu nại về lương và chuyển việc
    .body = Nếu bạn làm cho một công ty và không được trả lương, hoặc chủ lao động ngăn bạn chuyển sang chủ lao động mới, bạn có thể khiếu nại với Labour Relations Department (Phòng Quan hệ Lao động) của PAM. Phòng này giải quyết tiền lương chưa được trả, chuyển việc, thông báo bỏ trốn và lệnh cấm xuất cảnh. Bạn có thể đăng ký khiếu nại tại văn phòng của họ hoặc trên trang web của PAM. Nếu không giải quyết được ở đó, vụ việc sẽ được đưa ra tòa.
    .caveats = Chủ lao động của bạn sẽ được gọi đến để trả lời khiếu nại.

# hb: source=206b2dba66e39887 status=machine
right_kw-4 = Báo cáo bỏ trốn ở Kuwait
    .body = Nếu bạn thôi không đi làm, chủ lao động có thể báo bạn vắng mặt. Với lao động công ty, báo cáo được gửi qua PAM; với người giúp việc nhà, báo cáo được gửi đến Bộ Nội vụ. Báo cáo bỏ trốn có thể dẫn đến việc bị bắt, bị tạm giữ và bị đưa về nước. Nếu có thể, hãy khiếu nại với PAM trước khi bạn rời đi. Lao động nữ có thể đến nhà tạm lánh của PAM, nơi nay cũng nhận người lao động bị cáo buộc bỏ trốn, hoặc đến đại sứ quán của họ.
    .caveats = Năm 2024, không có nhà tạm lánh nào của chính phủ cho nam giới.

# hb: source=5784a8274f2a5a7d status=machine
right_mx-1 = Tư cách khách vì lý do nhân đạo cho nạn nhân của tội phạm
    .body = Ở Mexico, người nước ngoài là nạn nhân hoặc nhân chứng của một tội phạm xảy ra ở Mexico có thể được cấp tư cách 'khách vì lý do nhân đạo' (visitante por razones humanitarias). Bạn có thể ở lại đến khi vụ án hình sự kết thúc, được ra khỏi nước và quay lại, và được làm việc có lương. Sau này bạn có thể xin thường trú. Bạn vẫn được coi là nạn nhân kể cả khi người phạm tội không bao giờ bị tìm thấy, bị xét xử hay bị kết án.
    .caveats = Khi vụ án kết thúc, bạn phải rời đi hoặc xin một tư cách khác. Hãy nhờ luật sư hoặc nhóm hỗ trợ giúp làm đơn.

# hb: source=6387dd410673887c status=machine
right_mx-2 = Không có giấy tờ tự nó không phải là tội
    .body = Luật Di trú của Mexico nói rằng việc ở trong tình trạng di cư không hợp lệ không bao giờ tự nó là một tội, và việc không có giấy tờ không được coi là bạn đã phạm tội. Luật cũng nói rằng quyền con người của người di cư phải được tôn trọng bất kể tình trạng của họ, đặc biệt chú ý đến nạn nhân của tội phạm.
    .caveats = Điều này chỉ nói về tội phạm. Nó không cho bạn quyền ở lại. Hãy xin tư vấn.

# hb: source=738f5749db4c8578 status=machine
right_mx-3 = Giúp miễn phí để đòi tiền lương chưa được trả
    .body = PROFEDET, văn phòng liên bang bảo vệ người lao động, tư vấn miễn phí, giúp thỏa thuận với chủ lao động, và có thể đại diện cho người lao động ở tòa, ví dụ về tiền lương chưa được trả. Trước khi ra tòa, Federal Labour Conciliation Centre (Trung tâm Hòa giải Lao động Liên bang) sẽ cố gắng giúp hai bên thỏa thuận. Việc này miễn phí, bạn không cần luật sư, và không ai được thu tiền của bạn cho các bước này.
    .caveats = Một số công việc do văn phòng lao động của bang giải quyết thay vì văn phòng liên bang. Hãy cẩn thận với những người đòi tiền để 'giúp'. PROFEDET đã bị cắt giảm ngân sách, nên có thể chậm.

# hb: source=96add8eb5bb5e10b status=machine
right_my-1 = Lệnh bảo vệ: ở nhà tạm lánh tối đa 3 tháng
    .body = Ở Malaysia, sau khi một nhân viên thực thi pháp luật và một Protection Officer (Nhân viên Bảo vệ) xem xét trường hợp của bạn, Thẩm phán (Magistrate) có thể quyết định rằng bạn là người bị mua bán cần được chăm sóc, và ra Lệnh Bảo vệ (Protection Order). Khi đó bạn được đưa vào một nhà tạm lánh (place of refuge) tối đa 3 tháng. Nếu bạn là người nước ngoài, sau đó bạn sẽ được giao cho nhân viên di trú.
    .caveats = Đây là nội dung luật trong bản đã kiểm tra, và luật có thể đã thay đổi. Hãy hỏi luật sư, đại sứ quán của bạn hoặc một nhóm hỗ trợ xem hiện nay áp dụng quy định nào.

# hb: source=b23d264bd75c419f status=machine
right_my-2 = Đòi tiền lương chưa được trả tại Labour Department
    .body = Nếu chủ lao động còn nợ lương bạn, bạn có thể khiếu nại với Labour Department (Jabatan Tenaga Kerja, Sở Lao động). Một cán bộ lao động sẽ xem xét khiếu nại và có thể buộc chủ lao động trả tiền. Người ta thường gọi nơi này là 'Tòa án Lao động'. Mỗi bên có thể kháng cáo lên High Court (Tòa án Cấp cao) trong vòng 14 ngày. Quyết định có thể được thi hành qua Sessions Court.
    .caveats = Có giới hạn mức lương hằng tháng để được dùng dịch vụ này, và các nguồn nói khác nhau về mức đó. Một số chủ lao động cho rằng người lao động không có giấy phép hợp lệ thì không được đòi; một High Court đã trả một vụ như vậy về để xét xử lại. Hãy xin tư vấn trước.

# hb: source=314d66c19e008226 status=machine
right_nl-1 = Ba tháng để suy nghĩ (bedenktijd)
    .body = Nạn nhân mua bán người không có tình trạng cư trú hợp pháp có thể tố cáo tội phạm và dùng chương trình cư trú đặc biệt cho nạn nhân mua bán người. Chương trình này cho 3 tháng để suy nghĩ (bedenktijd), trong thời gian đó bạn được ở lại Hà Lan.

# hb: source=b4b82ddd8e883c54 status=machine
right_nl-2 = Ai điều phối việc chăm sóc và chỗ ở cho nạn nhân
    .body = CoMensha đăng ký nạn nhân và giúp nạn nhân là người lớn tìm nơi chăm sóc và chỗ ở; Jeugdzorg Nederland điều phối việc giúp đỡ nạn nhân dưới 18 tuổi.

# hb: source=8e8e3a490e48707e status=machine
right_nl-3 = Cảnh sát giải thích thủ tục trước khi bạn quyết định
    .body = Trước khi bạn quyết định có làm đơn tố cáo hay không, một điều tra viên cảnh sát chuyên trách sẽ giải thích thủ tục trong một buổi nói chuyện cung cấp thông tin. Cảnh sát sắp xếp chỗ ở an toàn cho nạn nhân kể cả khi họ đang ở Hà Lan mà không được phép.

# hb: source=2868b5eba01f0802 status=machine
right_nl-4 = Báo việc bóc lột lao động ở đâu
    .body = Có thể báo việc bóc lột lao động với Netherlands Labour Authority (Cơ quan Lao động Hà Lan, 0800 5151); báo cáo ẩn danh có thể gửi đến Meld Misdaad Anoniem (0800 7000).

# hb: source=76c34908436613f8 status=machine
right_nl-5 = Báo việc bị trả lương thấp với Cơ quan Lao động
    .body = Ở Hà Lan, mức lương tối thiểu và tiền nghỉ phép tối thiểu áp dụng cho mọi công việc, kể cả với lao động nước ngoài và chủ lao động nước ngoài. Nếu bạn bị trả quá ít, bạn có thể báo với Cơ quan Lao động Hà Lan (Nederlandse Arbeidsinspectie), kể cả khi không nói tên. Cơ quan này có thể phạt chủ lao động. Bị trả lương thấp có thể là dấu hiệu của bóc lột lao động.
    .caveats = Để lấy lại số tiền còn nợ bạn, bạn cũng có thể đến tòa án cấp quận (kantonrechter); hãy đòi trong vòng 5 năm. Cơ quan Lao động làm việc với cảnh sát quản lý người nước ngoài. Nếu bạn không có giấy tờ, hãy xin tư vấn trước.

# hb: source=d7858cd335110713 status=machine
right_om-1 = Đổi chủ lao động ở Oman
    .body = Từ tháng 1 năm 2021, người lao động ở Oman, kể cả người giúp việc nhà, có thể chuyển sang chủ lao động mới khi hợp đồng hết hạn hoặc bị chấm dứt, mà không cần chủ lao động cho phép. Bộ Lao động phải chấp thuận hợp đồng mới.
    .caveats = Điều này không giúp được nếu hợp đồng của bạn chưa kết thúc. Đôi khi quan chức đã đưa người lao động trở lại với chủ lao động, hoặc để chủ lao động đòi tiền mới cho họ đi. Hãy cố gắng nhờ đại sứ quán của bạn giúp trước khi bạn rời đi.

# hb: source=d3b8fc3dede87912 status=machine
right_om-2 = Chủ lao động không được giữ hộ chiếu của bạn
    .body = Luật lao động năm 2023 của Oman nói rằng chủ lao động không được giữ hộ chiếu hoặc giấy tờ cá nhân của người lao động nếu không có sự đồng ý bằng văn bản của người lao động.
    .caveats = Mức phạt cho việc giữ hộ chiếu còn nhẹ, và một số chủ lao động vẫn làm vậy.

# hb: source=496a384ec6f40426 status=machine
right_om-3 = Tiền lương chưa được trả ở Oman
    .body = Theo luật lao động năm 2023, bạn có thể chấm dứt hợp đồng nếu chủ lao động không trả lương cho bạn. Nếu bạn ra tòa để đòi số tiền còn nợ bạn, bạn vẫn có quyền ở lại Oman đến khi vụ việc được quyết định, nhưng bạn phải tự trả chi phí sinh hoạt. Khiếu nại được gửi đến Bộ Lao động, chủ yếu qua trang web của Bộ.
    .caveats = Quan chức thường coi những vụ này là tranh chấp hợp đồng. Hãy giữ bằng chứng về hợp đồng của bạn và về số tiền bạn đã được trả.

# hb: source=ceeaaa0db18984e6 status=machine
right_ph-1 = Mua bán người có thể xảy ra dù bạn có đồng ý hay không
    .body = Luật Philippines nói rằng mua bán người có thể xảy ra dù nạn nhân có đồng ý hay biết hay không, trong nước hoặc qua biên giới. Luật áp dụng cho việc tuyển mộ, di chuyển, che giấu hoặc tiếp nhận người bằng đe dọa, vũ lực, gian lận, lừa dối hoặc lợi dụng tình thế yếu thế của họ, để bóc lột họ.

# hb: source=7edc6dab6efc0bbe status=machine
right_ph-2 = Lao động ở nước ngoài: đòi tiền lương tại NLRC
    .body = Nếu bạn là lao động Philippines được đưa ra nước ngoài làm việc và không được trả lương, bạn có thể nộp đơn đòi tiền với một Labor Arbiter (Trọng tài Lao động) của National Labor Relations Commission (NLRC, Ủy ban Quan hệ Lao động Quốc gia) ở Philippines. Công ty tuyển dụng ở Philippines đã đưa bạn đi cùng chịu trách nhiệm với chủ lao động nước ngoài, nên bạn có thể đòi tiền từ công ty đó. Vụ việc nên được quyết định trong vòng 90 ngày kể từ khi nộp đơn.
    .caveats = Hãy giữ hợp đồng, biên nhận và mọi bằng chứng về công việc và tiền lương. Trên thực tế, việc đòi tiền có thể mất nhiều thời gian và tốn tiền.

# hb: source=983e8b713f1b53bb status=machine
right_qa-1 = Chủ lao động không được giữ hộ chiếu của bạn
    .body = Ở Qatar, chủ lao động phải trả lại hộ chiếu cho bạn khi đã làm xong giấy tờ cư trú. Giữ hộ chiếu sau đó là vi phạm pháp luật, và chủ lao động có thể bị phạt tiền. Bạn không cần phải tranh cãi với chủ lao động về việc này. Bạn có thể nhờ Bộ Lao động giúp qua số 16008.
    .caveats = Luật chỉ cho chủ lao động giữ hộ chiếu nếu bạn đã đồng ý bằng văn bản. Hãy xin tư vấn trước khi bạn bỏ việc, để việc cư trú của bạn không gặp rủi ro.

# hb: source=0bf1b48d7059d29b status=machine
right_qa-2 = Chủ lao động giữ hộ chiếu có thể bị phạt tiền
    .body = Chủ lao động không trả lại hộ chiếu cho người lao động sau khi đã làm xong giấy tờ cư trú có thể bị phạt đến QR 25.000.

# hb: source=a66a0a435e940e43 status=machine
right_qa-3 = Hộ chiếu bị giữ có thể là dấu hiệu lao động cưỡng bức
    .body = Giữ hộ chiếu của bạn, không trả lương cho bạn và không cho bạn rời đi là những dấu hiệu của lao động cưỡng bức hoặc mua bán người. Bạn có thể xin giúp đỡ kể cả khi bạn không chắc đó có phải là mua bán người hay không.
    .caveats = Quan chức thường coi những vụ này là tranh chấp lao động đơn giản, không phải tội phạm.

# hb: source=fa13083b39ecd02f status=machine
right_qa-4 = Báo các vấn đề ở nơi làm việc ở đâu
    .body = Bạn có thể khiếu nại với Bộ Lao động qua điện thoại số 16008. Bạn cũng có thể gửi tin nhắn đến 92727: gõ 5, rồi số Qatar ID hoặc số visa của bạn. Người giúp việc nhà cũng có thể khiếu nại. Cũng có một trang khiếu nại trực tuyến, và có thể báo việc vi phạm pháp luật mà không cần nói tên.
    .caveats = Khiếu nại về chủ lao động sẽ đến tai chủ lao động của bạn.

# hb: source=a81c6b05d2f47c1b status=machine
right_qa-5 = Bạn có thể đổi việc mà không cần chủ lao động cho phép
    .body = Từ năm 2020, mọi người lao động ở Qatar, kể cả người giúp việc nhà, có thể đổi việc mà không cần giấy 'không phản đối' (NOC) của chủ lao động, kể cả trước khi hợp đồng kết thúc. Có các bước chính thức phải làm theo. Hãy hỏi Bộ Lao động về các bước này trước khi bạn nghỉ làm.
    .caveats = Một số chủ lao động đã đáp lại việc đổi việc bằng một báo cáo bỏ trốn sai sự thật. Hãy giữ bằng chứng rằng bạn đã xin chuyển việc.

# hb: source=41bd4556f699f30e status=machine
right_qa-6 = Hầu hết người lao động có thể rời Qatar mà không cần giấy phép xuất cảnh
    .body = Từ tháng 1 năm 2020, gần như mọi người lao động ở Qatar, kể cả người giúp việc nhà, có thể rời khỏi nước này mà không cần xin phép chủ lao động. Chỉ một số ít công việc vẫn cần giấy phép xuất cảnh, như lực lượng vũ trang và một số vị trí quan trọng trong công ty.

# hb: source=7259917d75e66750 status=machine
right_qa-7 = Lương tối thiểu và cách trả lương
    .body = Mọi người lao động ở Qatar, kể cả người giúp việc nhà, phải được nhận ít nhất QR 1.000 một tháng tiền lương cơ bản. Nếu chủ lao động không cho bạn ăn và ở, bạn cũng phải được nhận ít nhất QR 300 tiền ăn và QR 500 tiền nhà. Các công ty phải trả lương qua hệ thống trả lương chính thức vào tài khoản của bạn. Nếu bạn không được trả lương, bạn có thể khiếu nại với Bộ Lao động qua số 16008.
    .caveats = Hãy giữ bằng chứng về số tiền bạn được trả, như tin nhắn ngân hàng hoặc phiếu lương.

# hb: source=f417e0f2e90bbdca status=machine
right_qa-8 = Nếu chủ lao động báo bạn 'bỏ trốn'
    .body = Quan chức Qatar nói rằng không có tội nào gọi là 'bỏ trốn'. Dù vậy, một số chủ lao động vẫn nộp báo cáo bỏ trốn sai sự thật về những người lao động đã khiếu nại hoặc cố đổi việc. Nếu có thể, hãy khiếu nại với Bộ Lao động trước khi bạn rời đi, và giữ bằng chứng. Nếu chủ lao động dùng một báo cáo sai để chống lại bạn, bạn có thể đến Human Rights Department (Phòng Nhân quyền) của Bộ Nội vụ.
    .caveats = Đã có người lao động bỏ trốn khỏi chủ bị bắt và bị trục xuất. Nếu có thể, hãy nói chuyện với một đường dây trợ giúp hoặc đại sứ quán của bạn trước khi bạn rời đi hoặc đến gặp cảnh sát.

# hb: source=9c894d314da810ca status=machine
right_ro-1 = Tối đa 90 ngày để hồi phục và suy nghĩ (người nước ngoài)
    .body = Nếu có lý do nghiêm túc để nghĩ rằng bạn, một người nước ngoài, là nạn nhân mua bán người, bạn được một thời gian hồi phục và suy nghĩ tối đa 90 ngày. Đây là thời gian để hồi phục và thoát khỏi ảnh hưởng của kẻ buôn người.

# hb: source=b32e45bf321e0e1d status=machine
right_ro-2 = Bạn là nạn nhân kể cả khi bạn không tham gia vụ án
    .body = Theo luật Romania, nạn nhân mua bán người là người bị tội phạm đó gây hại, dù họ có tham gia vụ án hình sự với tư cách người bị hại hay không. Nạn nhân được chăm sóc y tế theo quy định bảo hiểm y tế công.

# hb: source=6a1b94f497b24d8b status=machine
right_ro-3 = Khiếu nại với Thanh tra Lao động (ITM) về tiền lương chưa được trả
    .body = Nếu chủ lao động không trả lương cho bạn, hoặc trả thấp hơn mức lương tối thiểu, bạn có thể khiếu nại với Thanh tra Lao động vùng (ITM) nơi chủ lao động đặt trụ sở. Bạn có thể gửi khiếu nại qua bưu điện hoặc e-mail, hoặc dùng mẫu đơn trực tuyến của Thanh tra Lao động. ITM có thể kiểm tra và phạt chủ lao động. Bạn cũng có thể ra tòa.
    .caveats = ITM thường trả lời trong vòng 30 ngày, đôi khi thêm 15 ngày. Hãy xin tư vấn từ một nhóm hỗ trợ nếu bạn không có hợp đồng.

# hb: source=eee9f256ac47c438 status=machine
right_sa-1 = Đổi việc và rời khỏi Ả Rập Xê Út
    .body = Từ tháng 3 năm 2021, hầu hết người lao động trong khu vực tư nhân có thể chuyển sang chủ lao động mới khi hợp đồng hết hạn, mà không cần chủ lao động cho phép. Họ cũng có thể tự xin visa xuất cảnh và tái nhập cảnh, hoặc visa xuất cảnh vĩnh viễn, qua Absher hoặc Qiwa. Chủ lao động sẽ được báo và có 10 ngày để trả lời; nếu chủ lao động không trả lời, visa sẽ được cấp.
    .caveats = Điều này không áp dụng cho người giúp việc nhà, tài xế riêng, bảo vệ nhà, người chăn cừu, người làm vườn hoặc lao động nông trại.

# hb: source=c00058869fab905f status=machine
right_sa-2 = Người giúp việc nhà: khi nào bạn có thể chuyển sang chủ khác
    .body = Người giúp việc nhà không thuộc diện cải cách năm 2021 và vẫn cần chủ lao động chấp thuận để có visa xuất cảnh. Nhưng trong một số trường hợp, người giúp việc nhà có thể chuyển sang chủ khác mà không cần thông báo của chủ lao động: nếu lương bị trả chậm, nếu chủ lao động cho người khác thuê người giúp việc, hoặc nếu người giúp việc bị giao những việc gây nguy hiểm cho sức khỏe hoặc sự an toàn.
    .caveats = Hãy hỏi Bộ Lao động hoặc đại sứ quán của bạn cách làm việc này trước khi bạn rời khỏi nhà chủ.

# hb: source=34cc3823b02ac2bf status=machine
right_sa-3 = Người giúp việc nhà được tự giữ hộ chiếu
    .body = Quy định của Ả Rập Xê Út về người giúp việc nhà nói rằng bạn có quyền tự giữ hộ chiếu và thẻ cư trú (iqama) của mình. Chủ lao động không được lấy chúng. Chủ lao động cũng không được bắt bạn trả tiền tuyển dụng, giấy phép lao động hoặc iqama.

# hb: source=5c704a02a69591e0 status=machine
right_sa-4 = Tiền lương của bạn và cách đòi
    .body = Người giúp việc nhà phải được trả đủ lương, đúng hạn, như hợp đồng mẫu ghi, và nay họ đã thuộc hệ thống bảo vệ tiền lương. Bất kỳ người lao động nào không được trả lương đều có thể nộp đơn đòi với Bộ Lao động. Trước tiên Bộ sẽ cố giải quyết với chủ lao động; nếu không được, vụ việc sẽ được đưa ra tòa án lao động. Bạn cũng có thể gọi Bộ qua số 19911.
    .caveats = Quy định về lương không phải lúc nào cũng được thực thi. Hãy giữ hợp đồng và bằng chứng của mọi lần được trả tiền.

# hb: source=fb38e0d982e86102 status=machine
right_sa-5 = Nếu chủ lao động báo bạn 'vắng mặt khỏi nơi làm việc' (huroob)
    .body = Chủ lao động có thể báo một người lao động khu vực tư nhân là 'vắng mặt khỏi nơi làm việc' (huroob) sau hơn 15 ngày liền vắng mặt không có lý do chính đáng. Bạn sẽ nhận được một tin nhắn. Sau đó bạn có 60 ngày để chuyển sang chủ lao động mới hoặc lấy visa xuất cảnh vĩnh viễn. Nếu trong 60 ngày không làm gì, bạn vẫn bị ghi là vắng mặt và có thể bị phạt theo luật cư trú và luật lao động. Chủ lao động không còn được cáo buộc người giúp việc nhà bỏ trốn nữa.
    .caveats = Có thể phản đối một báo cáo, và chủ lao động không nên nộp báo cáo sau khi bạn đã kiện họ. Hãy nhanh chóng nhờ đại sứ quán của bạn hoặc luật sư giúp đỡ.

# hb: source=00e436941cd05725 status=machine
right_sg-1 = Chỗ ở, Special Pass và giúp tìm việc làm
    .body = Ở Singapore, nạn nhân mua bán người đang chờ xử lý vụ việc được cho chỗ ở, thức ăn và tư vấn tâm lý. Họ có thể được cấp Special Pass (Giấy phép Đặc biệt) để ở lại trong khi vụ việc được giải quyết. Nếu bạn muốn và có thể làm việc, chính phủ có thể giúp bạn tìm một công việc tạm thời.

# hb: source=c92aadeaf1f527ef status=machine
right_sg-2 = Thường không bị truy tố vì những việc bạn bị ép phải làm
    .body = Bộ Nội vụ và Bộ Nhân lực Singapore nói rằng họ không truy tố nạn nhân mua bán người vì những việc họ bị ép phải làm do hậu quả trực tiếp của việc bị mua bán, trừ khi có lý do bắt buộc. Luật về mua bán người cũng bảo vệ danh tính của người báo tin về mua bán người.
    .caveats = Đây là một chính sách, không phải lời hứa cho mọi trường hợp. Có báo cáo cho biết một số nạn nhân đã không được công nhận và đã bị phạt hoặc bị trục xuất. Hãy nhờ luật sư hoặc một nhóm hỗ trợ giúp đỡ.

# hb: source=12f5901ecfe4647b status=machine
right_sg-3 = Đòi lương: hòa giải trước, rồi đến tòa án
    .body = Không trả lương là hành vi phạm pháp ở Singapore. Để đòi tiền lương chưa được trả, trước tiên bạn đề nghị Tripartite Alliance for Dispute Management (TADM, Liên minh Ba bên về Giải quyết Tranh chấp) hòa giải. Nếu không thỏa thuận được, đơn đòi có thể được đưa lên Employment Claims Tribunals (Tòa án Tranh chấp Việc làm). Hãy đòi trong vòng 1 năm nếu bạn vẫn còn làm ở đó, hoặc trong vòng 6 tháng sau khi nghỉ việc.
    .caveats = Người giúp việc nhà không dùng được dịch vụ hòa giải của TADM; họ phải đến Ministry of Manpower (MOM, Bộ Nhân lực). Chủ lao động có thể hủy giấy phép lao động của bạn sau khi bạn đòi tiền; MOM thường cấp Special Pass để bạn ở lại trong thời gian giải quyết đơn.

# hb: source=afd18186f259e66d status=machine
right_th-1 = Giúp đỡ nạn nhân, và quyền đòi bồi thường
    .body = Ở Thái Lan, Bộ Phát triển Xã hội và An ninh Con người có thể cho nạn nhân mua bán người thức ăn, chỗ ở, chăm sóc y tế, giúp hồi phục về thể chất và tinh thần, học tập, đào tạo, trợ giúp pháp lý, giúp về nước, và giúp đòi bồi thường. Cảnh sát hoặc công tố viên phải sớm cho bạn biết về quyền được bồi thường và quyền được trợ giúp pháp lý.

# hb: source=83efcb9772892419 status=machine
right_th-2 = Công tố viên có thể đòi bồi thường cho bạn, không mất phí
    .body = Nếu bạn muốn được bồi thường, công tố viên có thể đòi bồi thường cho bạn trong vụ án hình sự chống lại kẻ buôn người. Bạn không phải trả án phí cho việc đòi bồi thường này. Nếu tòa án ra lệnh trả tiền, một cơ quan nhà nước phải thi hành lệnh đó cho bạn.

# hb: source=764bab2d2ab2ae7b status=machine
right_th-3 = Khiếu nại về tiền lương chưa được trả: đường dây nóng 1546
    .body = Cơ quan lao động Thái Lan nói rằng họ bảo vệ người lao động Thái và nước ngoài như nhau. Nếu bạn không được trả lương hoặc tiền làm thêm giờ, bạn có thể khiếu nại tại văn phòng Bảo vệ và Phúc lợi Lao động ở tỉnh của bạn hoặc ở Bangkok, hoặc gọi đường dây nóng 1546. Thanh tra lao động có thể buộc chủ lao động trả tiền. Khiếu nại với thanh tra là miễn phí.
    .caveats = Nếu bạn ở Thái Lan mà không có giấy tờ, hãy hỏi một nhóm hỗ trợ trước.

# hb: source=0f8bdb0e7ae37660 status=machine
right_tw-1 = Giấy phép cư trú và lao động cho nạn nhân đã được xác định
    .body = Ở Đài Loan, nếu bạn được xác định là nạn nhân mua bán người, bạn có thể xin giấy phép cư trú có giá trị một năm. Giấy phép có thể được gia hạn, mỗi lần một năm, trong thời gian điều tra hoặc xét xử. Có giấy phép này, bạn có thể xin giấy phép lao động, không bị các giới hạn thông thường đối với lao động nước ngoài, trong suốt thời hạn của giấy phép cư trú.

# hb: source=7a8f82c5cd1a50b2 status=machine
right_tw-2 = Những gì được coi là mua bán người ở Đài Loan
    .body = Luật Đài Loan coi là mua bán người: dùng đe dọa, lừa gạt, trói buộc bằng nợ, giữ giấy tờ quan trọng, hoặc lợi dụng tình cảnh không nơi nương tựa của một người, để bóc lột họ. Bóc lột gồm lao động cưỡng bức và công việc có tiền lương rõ ràng là quá thấp so với công việc. Nếu bạn dưới 18 tuổi, đó vẫn là mua bán người kể cả khi không có những phương thức này.

# hb: source=611281efb5d69f09 status=machine
right_tw-3 = Gọi 1955 về tiền lương chưa được trả
    .body = Đường dây nóng 1955 của Bộ Lao động nhận câu hỏi và khiếu nại của lao động di cư về hợp đồng, tiền lương, giờ làm việc, tai nạn lao động và môi giới. Đường dây miễn phí và mở 24 giờ một ngày, mọi ngày. Có nói tiếng Trung, tiếng Anh, tiếng Indonesia, tiếng Việt và tiếng Thái, và có thể phiên dịch giữa bạn và chủ lao động.
    .caveats = Khiếu nại có thể được chuyển cho cơ quan lao động địa phương hoặc cho cảnh sát.

# hb: source=00197aea20c32cd0 status=machine
right_us-1 = Visa T cho nạn nhân mua bán người
    .body = Visa T (T status) là một tình trạng di trú của Mỹ dành cho nạn nhân bị mua bán để bóc lột tình dục hoặc lao động. Visa này cho phép một số nạn nhân ở lại Mỹ. Quốc hội Mỹ lập ra visa này vào tháng 10 năm 2000. Một số thành viên gia đình cũng có thể được cấp. USCIS, cơ quan phụ trách quyền lợi di trú của Mỹ, sẽ quyết định.
    .caveats = Hãy xin tư vấn pháp lý miễn phí trước khi bạn nộp đơn. Luật sư có thể kiểm tra xem bạn có đủ điều kiện không.

# hb: source=22249cf88a7ae3b1 status=machine
right_us-2 = Ai có thể đủ điều kiện xin visa T
    .body = Để đủ điều kiện, bạn phải cho thấy rằng bạn là nạn nhân của 'hình thức mua bán người nghiêm trọng', đang ở Mỹ (hoặc tại cửa khẩu nhập cảnh) vì việc đó, đã làm theo những yêu cầu hợp lý của cơ quan thực thi pháp luật (không bắt buộc nếu bạn dưới 18 tuổi hoặc không thể làm vì sang chấn tâm lý), sẽ gặp khó khăn cùng cực nếu bị đưa đi, và được phép nhập cảnh hoặc được miễn trừ.

# hb: source=16c34d91844fbbcd status=machine
right_us-3 = T status: tối đa 4 năm, được làm việc, và con đường đến Thẻ Xanh
    .body = Ban đầu, T status kéo dài tối đa 4 năm. Bạn có thể được phép làm việc. Sau 3 năm có T status, bạn có thể xin Thẻ Xanh (Green Card, thường trú). Bạn có thể xin sớm hơn nếu vụ án chống lại kẻ buôn người đã chính thức kết thúc. Cũng có các điều kiện khác, như có tư cách đạo đức tốt.
    .caveats = Bạn phải ở Mỹ liên tục, không đi vắng lâu. Hãy hỏi luật sư trước khi bạn đi ra nước ngoài.

# hb: source=78fa436f8f843ce4 status=machine
right_us-4 = Tối đa 5.000 visa T mỗi năm
    .body = Mỗi năm USCIS có thể cấp T status cho tối đa 5.000 người nộp đơn chính. Thành viên gia đình không bị tính vào giới hạn này. Nếu đã hết chỉ tiêu, những người đủ điều kiện sẽ vào danh sách chờ cho năm sau.

# hb: source=2a543d54442cbab5 status=machine
right_us-5 = Lấy hộ chiếu hoặc giấy tờ tùy thân của bạn có thể là tội liên bang
    .body = Việc hủy, giấu, lấy hoặc giữ hộ chiếu, giấy tờ di trú hoặc giấy tờ tùy thân của người khác, như một phần của mua bán người hoặc lao động cưỡng bức, là tội liên bang. Làm việc này để ngăn nạn nhân mua bán người đi lại, để họ phải tiếp tục làm việc, cũng là tội. Hình phạt có thể lên đến 5 năm tù. Luật này không trừng phạt nạn nhân vì đã làm việc này do chính họ bị mua bán.

# hb: source=06552803388d2029 status=machine
right_us-6 = Đường dây nóng quốc gia không phải cơ quan thực thi pháp luật hay di trú
    .body = National Human Trafficking Hotline (Đường dây nóng Quốc gia về Mua bán người) không phải cơ quan thực thi pháp luật hay cơ quan di trú; bạn có thể xin giúp đỡ hoặc báo tin mà không cần nói tên.

# hb: source=8e9f7e10df6a21c4 status=machine
right_us-7 = Continued Presence: tình trạng tạm thời do cảnh sát đề nghị
    .body = Continued Presence (Cho phép Tiếp tục Hiện diện) là một tình trạng di trú tạm thời cho những người được cơ quan thực thi pháp luật xác định là nạn nhân mua bán người. Tình trạng này cho phép bạn ở lại và làm việc ở Mỹ trong khi tội phạm đang được điều tra. Ban đầu kéo dài 1 năm và có thể gia hạn mỗi lần một năm. Bạn không thể tự nộp đơn. Nhân viên liên bang, chủ yếu từ ICE và FBI, hoặc công tố viên liên bang sẽ gửi đề nghị.
    .caveats = ICE cũng là cảnh sát di trú. Hãy nói chuyện với luật sư hoặc một nhóm hỗ trợ trước khi bạn gặp các nhân viên này. Các nhân viên được dặn không bao giờ dùng tình trạng này để gây áp lực lên bạn.

# hb: source=53f3d80c2e2e4233 status=machine
right_us-8 = Visa U cho nạn nhân của tội phạm, kể cả mua bán người
    .body = Visa U dành cho nạn nhân của một số tội phạm, đã bị ngược đãi nghiêm trọng về thể chất hoặc tinh thần, và đang giúp, hoặc có khả năng sẽ giúp, cảnh sát hoặc công tố viên trong vụ án. Mua bán người có trong danh sách tội phạm, và cả nô dịch cưỡng bức và làm việc trả nợ (peonage) cũng vậy. Bạn cần một mẫu đơn có chữ ký của cảnh sát, công tố viên, thẩm phán hoặc quan chức có thẩm quyền xác nhận khác, nói rằng bạn đã giúp đỡ.
    .caveats = Quan chức đó không bắt buộc phải ký. Có giới hạn số lượng mỗi năm, nên nhiều người phải chờ lâu. Hãy nhờ luật sư giúp.

# hb: source=bbcf51e040e01eef status=machine
right_us-9 = Đòi tiền lương chưa được trả, bất kể tình trạng di trú của bạn
    .body = Bộ Lao động Mỹ nói rằng luật liên bang về lương tối thiểu và làm thêm giờ bảo vệ người lao động bất kể tình trạng di trú của họ. Nếu bạn không được trả lương tối thiểu hoặc tiền làm thêm giờ, bạn có thể nhờ Wage and Hour Division (Phòng Tiền lương và Giờ làm) của Bộ giúp đỡ hoặc nộp khiếu nại. Hãy gọi 1-866-487-9243 (Thứ Hai đến Thứ Sáu, 8:00 đến 4:30 giờ địa phương) hoặc đến một văn phòng địa phương.
    .caveats = Văn phòng này giải quyết các vấn đề về lương tối thiểu liên bang, làm thêm giờ và một số luật khác. Văn phòng có thể không giải quyết mọi khoản tiền còn nợ bạn. Tuyên bố của Bộ là từ năm 2010. Nếu bạn lo cho tình trạng di trú của mình, hãy nói chuyện với một trung tâm hỗ trợ người lao động hoặc luật sư trước.

# hb: source=40e091ebc0f0ff5f status=machine
resource_au-fair-work-migrant-workers = Lao động di cư (Fair Work Ombudsman – ngành trồng trọt)
    .body = Dành cho lao động di cư ở Úc, nhất là ở nông trại: bạn có cùng quyền lao động như những người lao động khác. Chủ lao động không thể hủy visa của bạn, và không được đuổi việc bạn hoặc cắt ca làm của bạn vì bạn khiếu nại. Có thông tin bằng hơn 30 ngôn ngữ, kể cả tiếng Tây Ban Nha và tiếng Việt, và bạn có thể nói chuyện với họ qua phiên dịch.

# hb: source=51b49909a305477d status=machine
resource_canada-trafficking-hotline-who-we-are = Về Đường dây nóng: Chúng tôi là ai?
    .body = Bất kỳ ai ở Canada đều có thể gọi đường dây nóng về mua bán người này, cả ngày lẫn đêm, bất kể tuổi, giới tính hay quốc tịch. Các cuộc gọi được giữ bí mật, và đường dây không thuộc cảnh sát hay chính phủ. Có trợ giúp bằng hơn 200 ngôn ngữ qua phiên dịch.

# hb: source=765fa9d2c28f69a0 status=machine
resource_ilo-know-your-rights-migrant-domestic-workers = Tờ thông tin "Biết quyền của bạn": Hỏi đáp về việc làm bền vững cho người giúp việc nhà di cư
    .body = Một tập sách cho người di cư làm giúp việc nhà: dọn dẹp, nấu ăn và chăm sóc trong một gia đình. Sách trả lời những câu hỏi thường gặp về công việc, chủ lao động và quyền của bạn. Sách cũng giải thích các quy định quốc tế bảo vệ người giúp việc nhà.

# hb: source=0fa351ba1a08a9de status=machine
resource_taiwan-1955-hotline-migrant-workers = Đường dây nóng 1955 của Bộ Lao động giúp lao động di cư liên lạc dễ dàng
    .body = Đường dây nóng miễn phí 1955 của Đài Loan cho lao động di cư mở 24 giờ, mọi ngày, để tư vấn hoặc nhận khiếu nại về hợp đồng, tiền lương, giờ làm hoặc môi giới. Nhân viên nói tiếng Trung, tiếng Indonesia, tiếng Việt, tiếng Thái và tiếng Philippines, và có thể phiên dịch giữa bạn và chủ lao động. Khiếu nại có thể được chuyển cho cơ quan lao động hoặc cảnh sát.

# hb: source=059753becfb3304f status=machine
resource_uk-glaa-seasonal-workers-rights = Quyền của bạn - Chương trình lao động thời vụ
    .body = Dành cho người đến Vương quốc Anh bằng visa làm nông nghiệp thời vụ. Tài liệu liệt kê các quyền hợp pháp của bạn ở nơi làm việc, như lương tối thiểu và những khoản nào được và không được trừ vào lương của bạn. Có một video ngắn về chương trình này.

# hb: source=e6fbd389ac7c2f0f status=machine
resource_uk-modern-slavery-helpline-what-happens = Điều gì xảy ra khi bạn gọi Đường dây trợ giúp?
    .body = Giải thích từng bước điều gì xảy ra khi bạn gọi UK Modern Slavery & Exploitation Helpline (Đường dây trợ giúp về Nô lệ Hiện đại và Bóc lột của Vương quốc Anh), miễn phí, bí mật, mở cả ngày lẫn đêm. Bạn có thể cho biết tên, giữ kín tên, hoặc hoàn toàn ẩn danh. Họ hỏi ý bạn trước khi chuyển thông tin của bạn đi, trừ khi có người có thể mất mạng hoặc một đứa trẻ đang gặp nguy hiểm.

# hb: source=89401ce262d9fb35 status=machine
resource_uk-nrm-explained-west-midlands = Nhận hỗ trợ khi là nạn nhân của nô lệ hiện đại (người lớn) – Tài liệu giải thích National Referral Mechanism
    .body = Một tờ thông tin giải thích hệ thống hỗ trợ của Vương quốc Anh cho nạn nhân của nô lệ hiện đại. Tài liệu cho bạn biết điều gì xảy ra nếu bạn đồng ý được chuyển tuyến, và bạn có những lựa chọn nào nếu bạn không đồng ý. Có bằng tiếng Anh, Albania, Bulgaria, Trung, Latvia, Litva, Ba Lan, Roma, Romania, Slovakia và tiếng Việt.

# hb: source=4eed91ea7f18a937 status=machine
resource_unhcr-help-human-trafficking = Mua bán người (UNHCR Help)
    .body = Giải thích bằng lời đơn giản mua bán người là gì, kể cả mua bán trẻ em. Tài liệu nói vì sao những người đã phải chạy trốn khỏi nước mình có nguy cơ đặc biệt, và rằng bất kỳ ai cũng có thể bị nhắm đến, dù họ có giấy tờ gì. Tài liệu nhắc bạn luôn cảnh giác và biết các rủi ro.

# hb: source=9fa1c35a364422a8 status=machine
resource_unseen-faqs-potential-victims = Câu hỏi thường gặp cho người có thể là nạn nhân và người đã thoát nạn
    .body = Trả lời câu hỏi của những người nghĩ rằng họ có thể đang bị bóc lột ở Vương quốc Anh. Tài liệu giải thích bằng lời đơn giản các kiểu lao động cưỡng bức, bị ép phạm tội và bóc lột tình dục. Tài liệu nói rằng Đường dây trợ giúp do một tổ chức từ thiện điều hành và không thuộc cảnh sát hay chính phủ, nhưng có làm việc với họ.

# hb: source=fccf11332d5c9903 status=machine
resource_us-trafficking-hotline-what-happens = Cách chúng tôi làm việc (National Human Trafficking Hotline)
    .body = Giải thích điều gì xảy ra khi bạn gọi, nhắn tin hoặc chat với đường dây nóng về mua bán người của Mỹ. Đường dây giúp mọi người, bất kể tình trạng di trú. Bạn quyết định câu chuyện của bạn có được chuyển cho cảnh sát hay không, trừ khi một đứa trẻ đang bị ngược đãi hoặc có người đang gặp nguy hiểm ngay lúc này.

# hb: source=8c0bb929feecff57 status=machine
helpline_ae-dfwac = Miễn phí và bí mật, cả ngày lẫn đêm, cho phụ nữ và trẻ em. Đây là một nhà tạm lánh, trong một số trường hợp có làm việc với cảnh sát.
    .channel-1 = Miễn phí, trong UAE
    .hours-text = 24 giờ, mọi ngày
    .operator-note = nhà tạm lánh phi lợi nhuận được chính phủ cấp phép
    .service = Đường dây trợ giúp 24 giờ cho phụ nữ và trẻ em bị bạo lực, ngược đãi hoặc mua bán

# hb: source=5e4a2c638c905898 status=machine
helpline_ae-dubai-police-ht = Đường dây của cảnh sát để báo tin về mua bán người ở Dubai. Những gì bạn nói sẽ đến cảnh sát.
    .service = Đường dây nóng và e-mail về mua bán người của Cảnh sát Dubai

# hb: source=0b2efb62173b80df status=machine
helpline_ae-mohre = Đường dây của Bộ Lao động về các vấn đề công việc và tiền lương. Chủ lao động của bạn có thể được báo, vì vậy hãy hỏi trước xem việc cư trú của bạn có thể bị ảnh hưởng không.
    .channel-1 = Miễn phí. Khiếu nại về công việc, tiền lương hoặc văn phòng tuyển dụng
    .channel-2 = Tư vấn về đòi quyền lợi lao động
    .channel-3 = Hỏi xem có báo cáo bỏ trốn nào về bạn không
    .hours-text = 80060: Thứ Bảy đến Thứ Năm, 8 giờ sáng đến 8 giờ tối.
    .operator-note = Bộ Lao động
    .service = Tổng đài của Bộ Lao động: khiếu nại về công việc, tiền lương chưa được trả, người giúp việc nhà, báo cáo bỏ trốn

# hb: source=6cd7cb6f6346d92b status=machine
helpline_ae-moi-116111 = Đường dây của cảnh sát để báo việc trẻ em bị hại; ai cũng có thể gọi. Nếu một đứa trẻ đang gặp nguy hiểm ngay lúc này, hãy gọi 999.
    .channel-1 = Miễn phí
    .operator-note = Bộ Nội vụ (cảnh sát)
    .service = Đường dây nóng bảo vệ trẻ em 116111 (báo việc trẻ em bị ngược đãi hoặc bỏ bê)

# hb: source=30fc90d856734faf status=machine
helpline_ae-sharjah-wpc = Đường dây miễn phí ở Sharjah cho phụ nữ bị bạo lực hoặc có vấn đề gia đình. Có tư vấn và trợ giúp pháp lý.
    .channel-1 = Miễn phí
    .operator-note = sở dịch vụ xã hội (Sharjah)
    .service = Đường dây miễn phí để tư vấn và giúp đỡ về các vấn đề gia đình và chuyện trong nhà (Sharjah)

# hb: source=b542d11a126336fa status=machine
helpline_ar-linea-145 = Miễn phí và bạn có thể giấu tên. Những gì bạn nói sẽ đến công tố viên và có thể dẫn đến việc cảnh sát đột kích.
    .channel-1 = Miễn phí, từ bất cứ đâu ở Argentina
    .hours-text = 24 giờ một ngày, 365 ngày một năm
    .operator-note = chương trình giải cứu của Bộ Tư pháp
    .service = Línea 145

# hb: source=b80787f17046d38a status=machine
helpline_au-afp = Cảnh sát. Bạn có thể báo tin hoặc nói về một điều bạn lo lắng. Họ có thể giới thiệu bạn đến chương trình hỗ trợ của Hội Chữ thập đỏ.
    .channel-1 = 131 AFP
    .service = 131 AFP (báo tin và giới thiệu đến Support for Trafficked People Program)

# hb: source=692b7930fae072d9 status=machine
helpline_au-anti-slavery-australia = Tư vấn pháp lý bí mật, kể cả về visa. Số này lấy từ một trang cũ và có thể đã thay đổi.
    .hours-text = Giờ hành chính
    .service = Tư vấn bí mật (tình trạng visa, tham gia các cuộc điều tra của AFP)

# hb: source=0a61897a260c6952 status=machine
helpline_au-redcross-stpp = Tư vấn bí mật cho bạn hoặc cho người bạn đang lo lắng. Để tham gia chương trình được tài trợ, bạn phải được cảnh sát (AFP) hoặc một kênh chính thức khác giới thiệu.
    .operator-note = do chính phủ tài trợ
    .service = Support for Trafficked People Program (STPP, Chương trình Hỗ trợ Người bị Mua bán)

# hb: source=966e5c79fab95409 status=machine
helpline_bd-109 = Cho phụ nữ và trẻ em bị bạo lực, hoặc người gọi thay cho họ. Miễn phí từ mọi điện thoại ở Bangladesh.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = Bộ Phụ nữ và Trẻ em
    .service = Đường dây trợ giúp 109 cho phụ nữ và trẻ em bị bạo lực

# hb: source=859b3bf785c0aa3a status=machine
helpline_bd-probash-bandhu = Cho người Bangladesh đang đi ra nước ngoài, đang sống ở nước ngoài hoặc đã về nước. Miễn phí trong Bangladesh; từ nước ngoài hãy gọi số +880.
    .channel-1 = Miễn phí, trong Bangladesh
    .channel-2 = Từ nước ngoài
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = Bộ Phúc lợi Kiều dân
    .service = Tổng đài Probash Bandhu cho người Bangladesh ở nước ngoài

# hb: source=dc67aea9dd571065 status=machine
helpline_be-esperanto = Nhà tạm lánh cho trẻ em và thiếu niên có thể là nạn nhân mua bán người.
    .service = Nhà tạm lánh cho trẻ em là nạn nhân mua bán người (vùng Wallonia)

# hb: source=3b969c398a315176 status=machine
helpline_be-pag-asa = Nhà tạm lánh an toàn, giúp về sức khỏe, pháp lý và giấy tờ, cả ngày lẫn đêm. Để được cấp giấy tờ theo cách này, bạn phải giúp cuộc điều tra của cảnh sát.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = trung tâm được chính phủ công nhận
    .service = Trung tâm tiếp nhận chuyên biệt cho nạn nhân mua bán người (Brussels)

# hb: source=23c036620d126f40 status=machine
helpline_be-payoke = Nhà tạm lánh an toàn, giúp về sức khỏe, pháp lý và giấy tờ, cả ngày lẫn đêm. Để được cấp giấy tờ theo cách này, bạn phải giúp cuộc điều tra của cảnh sát.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = trung tâm được chính phủ công nhận
    .service = Trung tâm tiếp nhận chuyên biệt cho nạn nhân mua bán người (Antwerp)

# hb: source=ebbe0148a1d78d2d status=machine
helpline_be-surya = Nhà tạm lánh an toàn, giúp về sức khỏe, pháp lý và giấy tờ, cả ngày lẫn đêm. Để được cấp giấy tờ theo cách này, bạn phải giúp cuộc điều tra của cảnh sát.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = trung tâm được chính phủ công nhận
    .service = Trung tâm tiếp nhận chuyên biệt cho nạn nhân mua bán người (Liège)

# hb: source=0beb0efc33582531 status=machine
helpline_bg-a21 = Đường dây quốc gia chống mua bán người, miễn phí và ẩn danh, cả ngày lẫn đêm.
    .channel-2 = Báo tin trực tuyến
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .service = National Hotline to Combat Human Trafficking (Đường dây nóng Quốc gia Chống Mua bán người, Freedom Line Bulgaria)

# hb: source=23723305eeda852e status=machine
helpline_bg-animus = Đường dây của một tổ chức từ thiện cho người bị tổn thương vì bạo lực.
    .service = Đường dây nóng cho nạn nhân bạo lực

# hb: source=415381e9b9dbb8ab status=machine
helpline_bg-labour-inspectorate = Cơ quan nhà nước giải quyết các vấn đề ở nơi làm việc. Chủ lao động của bạn có thể biết về việc bạn khiếu nại.
    .operator-note = thanh tra lao động
    .service = Đường dây nóng của thanh tra lao động

# hb: source=9aa2910a712a01a1 status=machine
helpline_bg-nccthb = Cơ quan nhà nước sắp xếp chỗ ở và giúp đỡ nạn nhân. Cơ quan này cũng nhận tin báo về tội mua bán người.
    .operator-note = cơ quan thuộc Hội đồng Bộ trưởng; có cả Bộ Nội vụ
    .service = Ủy ban Quốc gia - nhận tin báo và giới thiệu

# hb: source=e7309432bbf96a39 status=machine
helpline_bh-995 = Giúp đỡ và tư vấn cho người lao động gặp khó khăn, bằng nhiều ngôn ngữ. Đường dây được điều hành cùng cơ quan lao động và có thể chuyển vụ việc cho cảnh sát.
    .operator-note = ủy ban chống mua bán người do cơ quan quản lý thị trường lao động đứng đầu
    .service = Đường dây nóng 995 cho người lao động gặp nạn và nạn nhân mua bán người

# hb: source=6b4a47df63c83267 status=machine
helpline_bh-lmra = Cơ quan cấp giấy phép lao động; bạn có thể kiểm tra xem mình có bị báo vắng mặt không. Chủ lao động của bạn có thể được báo, vì vậy hãy hỏi trước xem việc cư trú của bạn có thể bị ảnh hưởng không.
    .channel-2 = Kiểm tra xem chủ lao động có báo bạn vắng mặt không
    .operator-note = cơ quan quản lý thị trường lao động (giấy phép lao động)
    .service = Tổng đài và trang web của LMRA (giấy phép lao động, chuyển việc, báo cáo vắng mặt, khiếu nại)

# hb: source=054145638cbbd13f status=machine
helpline_br-disque-100 = Miễn phí và bạn có thể giấu tên. Tin báo về lao động nô lệ được chuyển đến thanh tra lao động, và tin báo có thể đến cảnh sát.
    .channel-1 = Miễn phí từ mọi điện thoại ở Brazil
    .channel-3 = Chat trên web và gọi video bằng Libras (ngôn ngữ ký hiệu Brazil)
    .hours-text = 24 giờ một ngày, mọi ngày
    .operator-note = Bộ Nhân quyền
    .service = Disque 100 (Disque Direitos Humanos)

# hb: source=da4d770527a86a6b status=machine
helpline_br-ligue-180 = Cho phụ nữ bị bạo lực. Để an toàn, bạn có thể lưu số WhatsApp dưới một tên khác.
    .channel-1 = Miễn phí từ mọi điện thoại ở Brazil
    .channel-2 = Một số trang ghi số này là (61) 99610-0180
    .hours-text = 24 giờ một ngày, mọi ngày, qua điện thoại và WhatsApp
    .operator-note = Bộ Phụ nữ
    .service = Ligue 180 - Central de Atendimento à Mulher

# hb: source=3a847b34fb45a026 status=machine
helpline_ca-chth = Không phải cảnh sát và không phải chính phủ. Họ chỉ báo cho cảnh sát nếu bạn đồng ý, hoặc nếu luật bắt buộc họ phải báo.
    .hours-text = 24 giờ một ngày, 365 ngày một năm
    .operator-note = tổ chức từ thiện có đăng ký
    .service = Canadian Human Trafficking Hotline (Đường dây nóng về Mua bán người của Canada)

# hb: source=5fd649373649ebf5 status=machine
helpline_cl-denuncia-seguro = Gọi *4242 từ mọi điện thoại, miễn phí. Bạn không phải nói tên, nhưng những gì bạn nói sẽ đến công tố viên và cảnh sát.
    .channel-1 = Mẫu báo tin trực tuyến
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần
    .operator-note = văn phòng phòng chống tội phạm
    .service = Denuncia Seguro (báo tin tội phạm ẩn danh)

# hb: source=c0593aa6e8dff97e status=machine
helpline_cl-pdi-trata = Đây là cảnh sát. Chính lực lượng cảnh sát này cũng phụ trách giấy tờ di trú.
    .operator-note = cảnh sát điều tra, cũng phụ trách các việc về di trú
    .service = Số điện thoại của PDI để báo tin về mua bán người

# hb: source=22b8a2e9a47515d1 status=machine
helpline_co-mininterior-trata = Đường dây quốc gia miễn phí. Nếu bạn không phải người Colombia, trường hợp của bạn có thể được chia sẻ với cảnh sát và nhân viên di trú.
    .channel-1 = Miễn phí trong Colombia
    .operator-note = Bộ Nội vụ
    .service = Línea Gratuita Nacional contra la Trata de Personas (Đường dây Quốc gia Miễn phí Chống Mua bán người)

# hb: source=6c481b99722e6ba4 status=machine
helpline_de-bavaria-helpline = Tư vấn miễn phí, bí mật qua điện thoại hoặc chat, các ngày trong tuần từ 9 giờ đến 15 giờ. Tin báo về tội phạm có thể được chuyển cho cảnh sát.
    .channel-1 = Chỉ gọi được trong nước Đức
    .channel-2 = Chat và mẫu báo tin ẩn danh
    .hours-text = Thứ Hai đến Thứ Sáu, 9:00 đến 15:00
    .operator-note = do chính quyền bang Bayern tài trợ
    .service = Bavarian Anti-Trafficking HELPline (Đường dây trợ giúp Chống Mua bán người của Bayern)

# hb: source=6df5611f5f74e0b5 status=machine
helpline_de-hilfetelefon = Cho phụ nữ bị bất kỳ hình thức bạo lực nào, kể cả bị mua bán và bị ép làm mại dâm. Miễn phí, ẩn danh, cả ngày lẫn đêm, có phiên dịch 18 ngôn ngữ.
    .hours-text = 24 giờ một ngày, 365 ngày một năm
    .operator-note = đường dây trợ giúp liên bang
    .service = Hilfetelefon Gewalt gegen Frauen (Đường dây trợ giúp về Bạo lực với Phụ nữ)

# hb: source=a86d93b58db1d3ec status=machine
helpline_do-linea-trata = Đường dây để báo tin về mua bán người. Những gì bạn nói có thể đến công tố viên và cảnh sát.
    .channel-1 = Miễn phí
    .operator-note = do viện công tố quảng bá; không rõ ai là người trả lời
    .service = Đường dây miễn phí để báo tin về mua bán người và bóc lột tình dục vì mục đích thương mại

# hb: source=e9e9e6233b98d28d status=machine
helpline_ec-1800-delito = Đường dây để báo tin tội phạm, điều hành cùng cảnh sát. Đây không phải dịch vụ hỗ trợ.
    .channel-1 = Cũng được viết là 1800 DELITO
    .operator-note = Bộ Nội vụ, cùng với cảnh sát quốc gia
    .service = 1800 DELITO

# hb: source=a7d9eb283a6cc8be status=machine
helpline_eg-nccm-16000 = Đường dây miễn phí cho trẻ em gặp nguy hiểm, cả ngày lẫn đêm. Đường dây làm việc với các cơ quan nhà nước, kể cả cảnh sát.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = hội đồng quốc gia về trẻ em
    .service = Đường dây trợ giúp trẻ em 16000

# hb: source=c53da84cb670c92a status=machine
helpline_eg-nchr-15508 = Đường dây của hội đồng nhân quyền, nhận khiếu nại, kể cả về mua bán người.
    .operator-note = hội đồng nhân quyền quốc gia
    .service = Đường dây nóng nhận khiếu nại về nhân quyền

# hb: source=a4cf69d1be41dfad status=machine
helpline_eg-ncw-15115 = Cho phụ nữ. Có hỗ trợ pháp lý và tinh thần, và có thể báo các tội nghiêm trọng cho công tố viên.
    .operator-note = hội đồng quốc gia về phụ nữ
    .service = Đường dây nóng nhận khiếu nại của phụ nữ 15115

# hb: source=a14f8662ac8a5b9f status=machine
helpline_es-amar-dragoste = Đường dây hỗ trợ cho phụ nữ làm mại dâm hoặc có nguy cơ phải làm mại dâm, cả ngày lẫn đêm.
    .hours-text = 24 giờ
    .service = Đường dây 24 giờ cho phụ nữ làm mại dâm hoặc có nguy cơ

# hb: source=b9ed66e1d2c0e534 status=machine
helpline_es-policia-trata = Đây là cảnh sát, thuộc một đơn vị cũng phụ trách di trú. Bạn có thể báo tin ẩn danh và cuộc gọi không hiện trên hóa đơn điện thoại.
    .hours-text = 24 giờ một ngày
    .operator-note = đơn vị cảnh sát quốc gia chống các đường dây mua bán người và nhập cư bất hợp pháp
    .service = Đường dây và e-mail của cảnh sát về mua bán người

# hb: source=c4e1c04397c88b44 status=machine
helpline_et-moj-8797 = Số ngắn miễn phí trong Ethiopia, bằng tiếng Amharic, Afan Oromo, Tigrinya và tiếng Anh. Đường dây làm việc với cơ quan thực thi pháp luật.
    .channel-1 = Miễn phí. Trong Ethiopia.
    .operator-note = Bộ Tư pháp, được IOM hỗ trợ
    .service = Đường dây nóng quốc gia chống mua bán người 8797

# hb: source=b989c1fe90c2cc25 status=machine
helpline_eu-116000 = Cho trẻ em bị mất tích hoặc có thể bỏ nhà đi, và gia đình của các em. Miễn phí, cả ngày lẫn đêm; họ làm việc chặt chẽ với cảnh sát.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = mạng lưới các đường dây nóng quốc gia; làm việc chặt chẽ với cảnh sát
    .service = Đường dây nóng 116 000 về trẻ em mất tích

# hb: source=d905b81781816593 status=machine
helpline_eu-116006 = Giúp đỡ miễn phí, bí mật cho nạn nhân của bất kỳ tội phạm nào. Đường dây chỉ hoạt động ở một số nước EU; nếu không gọi được, hãy dùng đường dây khác.
    .hours-text = Tùy theo từng nước
    .operator-note = phần lớn do các tổ chức từ thiện hỗ trợ nạn nhân điều hành
    .service = Đường dây trợ giúp 116 006 cho nạn nhân của tội phạm

# hb: source=f8e8d60537ac1e6b status=machine
helpline_eu-116111 = Đường dây trợ giúp miễn phí cho trẻ em và người trẻ. Đường dây không hoạt động ở mọi nước.
    .hours-text = Mở 24/7 ở nhiều nước; nơi nào không mở 24/7, đường dây phải cho biết giờ mở cửa.
    .operator-note = mạng lưới các đường dây trợ giúp trẻ em quốc gia
    .service = Đường dây trợ giúp trẻ em 116 111

# hb: source=10d207ef06fd08ad status=machine
helpline_fr-116006 = Giúp đỡ miễn phí cho nạn nhân của bất kỳ tội phạm nào, mọi ngày. Bạn có thể giấu tên và bạn không cần phải báo cảnh sát trước.
    .channel-2 = Từ nước ngoài (cước phí thông thường)
    .hours-text = Mọi ngày. Giờ mở cửa được ghi là 9:00 đến 19:00 (2018) hoặc 9:00 đến 20:00 (2022). Ngoài giờ, bạn có thể để lại lời nhắn để được gọi lại.
    .operator-note = liên đoàn các hội hỗ trợ nạn nhân
    .service = 116 006 - đường dây hỗ trợ nạn nhân

# hb: source=409b1b2d597af84c status=machine
helpline_fr-119 = Cho trẻ em và người trẻ đến 21 tuổi đang gặp nguy hiểm, và người lớn lo lắng cho một đứa trẻ. Miễn phí, cả ngày lẫn đêm; cuộc gọi không hiện trên hóa đơn điện thoại.
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần
    .operator-note = dịch vụ bảo vệ trẻ em quốc gia
    .service = 119 - Allô Enfance en danger

# hb: source=f9069a83497ca4c1 status=machine
helpline_fr-ccem = Giúp đỡ người bị ép làm việc, thường là làm giúp việc trong nhà. Hỗ trợ về pháp lý, xã hội và giấy tờ; họ nói chuyện với bạn trước khi quyết định bất cứ điều gì.
    .channel-2 = Báo về một trường hợp
    .service = Nhận tin báo và hỗ trợ nạn nhân bị mua bán để bóc lột lao động và bị bắt làm người ở không công

# hb: source=47531ae011bdef39 status=machine
helpline_gb-mseh = Miễn phí và mở cả ngày lẫn đêm. Bạn có thể giấu tên; họ hỏi ý bạn trước khi chia sẻ thông tin của bạn, trừ khi có người đang gặp nguy hiểm hoặc một đứa trẻ đang gặp rủi ro.
    .hours-text = 24 giờ một ngày, mọi ngày
    .operator-note = tổ chức từ thiện độc lập
    .service = Modern Slavery & Exploitation Helpline (Đường dây trợ giúp về Nô lệ Hiện đại và Bóc lột)

# hb: source=e4defdaa0381c957 status=machine
helpline_gb-salvation-army = Giúp đỡ bí mật cho người lớn đã thoát nạn ở Anh và xứ Wales: nhà an toàn, tư vấn pháp lý, chăm sóc sức khỏe. Nhận hỗ trợ của chính phủ nghĩa là trường hợp của bạn sẽ được chuyển đến Home Office (Bộ Nội vụ Anh).
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần
    .operator-note = điều hành hợp đồng hỗ trợ của chính phủ
    .service = Modern Slavery Referral Helpline (Modern Slavery Victim Care Contract)

# hb: source=a3c0e633c5f7c0f9 status=machine
helpline_gh-helpline-of-hope = Báo tin về mua bán người, lao động cưỡng bức, ngược đãi trẻ em hoặc ép kết hôn. Miễn phí từ mọi mạng điện thoại ở Ghana.
    .channel-1 = Miễn phí, trong Ghana
    .channel-2 = Miễn phí, trong Ghana
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = Bộ Giới và Bảo trợ Xã hội
    .service = Tổng đài Helpline of Hope

# hb: source=863d4324905c7ae0 status=machine
helpline_gr-1109 = Đường dây quốc gia chống mua bán người ở Hy Lạp. Đường dây giới thiệu đến nơi giúp đỡ và nhận tin báo, tin báo có thể đến cảnh sát.
    .service = Human Trafficking Resource Line 1109 (Đường dây Thông tin về Mua bán người 1109)

# hb: source=ca72b4a8bec9ceb3 status=machine
helpline_gt-pdh-1555 = Đường dây của cơ quan nhân quyền nhà nước. Tin báo của bạn có thể được chuyển cho công tố viên và cảnh sát.
    .operator-note = thanh tra nhân quyền (cơ quan nhà nước)
    .service = Denuncias 1555

# hb: source=160fb3b81b1c5642 status=machine
helpline_hk-help-for-domestic-workers = Tư vấn miễn phí và giúp đỡ khẩn cấp cho người giúp việc nhà. Họ có thể nói chuyện với chủ lao động của bạn.
    .service = HELPLine: tư vấn và hỗ trợ khẩn cấp cho người giúp việc nhà

# hb: source=6b0b9c3e747f5fc4 status=machine
helpline_hk-ld-fdh-hotline = Đường dây của chính phủ cho người giúp việc nhà, cả ngày lẫn đêm. Thông tin của bạn có thể được chia sẻ với cảnh sát và cơ quan di trú.
    .hours-text = 24 giờ. Có phiên dịch từ 8 giờ sáng đến 10 giờ tối mọi ngày, trừ ngày lễ.
    .operator-note = Sở Lao động
    .service = Đường dây nóng 24 giờ cho người giúp việc nhà nước ngoài

# hb: source=ec77a7ada27358f3 status=machine
helpline_hk-mfmw = Tổ chức từ thiện của nhà thờ cho người giúp việc nhà ở Hồng Kông. Giúp về trường hợp của bạn, có nhà tạm lánh, và giúp khi khẩn cấp.
    .operator-note = tổ chức từ thiện của nhà thờ
    .service = Giúp đỡ người giúp việc nhà di cư (hỗ trợ vụ việc, nhà tạm lánh, giúp đỡ khẩn cấp)

# hb: source=81dea64949026fff status=machine
helpline_hn-cicesct-145 = Đường dây miễn phí và bí mật để báo tin về mua bán người. Nạn nhân cũng có thể được giúp, nhưng tin báo có thể đến cảnh sát.
    .channel-1 = Miễn phí
    .channel-2 = Số trực tiếp
    .operator-note = ủy ban chống mua bán người của chính phủ
    .service = Línea Nacional de Denuncias contra la Trata de Personas 145

# hb: source=409793674f21483e status=machine
helpline_id-bp2mi-0800-1000 = Cho lao động Indonesia ở nước ngoài và gia đình họ, cả ngày lẫn đêm. Họ có thể liên lạc với chủ lao động hoặc công ty môi giới của bạn.
    .channel-1 = Trong Indonesia. Miễn phí.
    .channel-2 = Từ nước ngoài. Bạn có thể phải trả tiền cuộc gọi.
    .hours-text = 24 giờ
    .operator-note = cơ quan phụ trách lao động di cư
    .service = Tổng đài khiếu nại cho lao động di cư Indonesia

# hb: source=c49aaebcd2489cdb status=machine
helpline_id-sapa-129 = Miễn phí, cả ngày lẫn đêm, cho phụ nữ và trẻ em bị bạo lực. Đường dây giữ kín thông tin, nhưng vụ việc sẽ được chuyển cho cơ quan chức năng.
    .hours-text = 24 giờ
    .operator-note = Bộ Bảo vệ Phụ nữ và Trẻ em
    .service = SAPA 129: khiếu nại về bạo lực đối với phụ nữ và trẻ em

# hb: source=8cb6bee11cc85fd5 status=machine
helpline_ie-crimestoppers-blueblindfold = Để báo tin ẩn danh cho cảnh sát. Đây không phải dịch vụ hỗ trợ.
    .channel-1 = Chỉ gọi được trong Ireland
    .operator-note = đường dây nhận tin báo tội phạm; tin báo được chuyển cho cảnh sát
    .service = Đường dây ẩn danh Crimestoppers (Blue Blindfold)

# hb: source=2def40e918df3c6e status=machine
helpline_ie-garda-confidential = Đây là cảnh sát. Bạn có thể báo tin mà không cần nói tên.
    .channel-1 = Chỉ gọi được trong Ireland
    .hours-text = Mọi ngày, 9 giờ sáng đến 9 giờ tối
    .service = Garda Confidential Line (Đường dây Bí mật của Cảnh sát Garda)

# hb: source=790c728b49af2d84 status=machine
helpline_ie-ruhama = Hỗ trợ phụ nữ bị tổn hại vì bị mua bán để bóc lột tình dục hoặc vì mại dâm: theo dõi vụ việc, tư vấn tâm lý, tiếp cận tận nơi.
    .service = Hỗ trợ phụ nữ bị ảnh hưởng bởi mại dâm và mua bán người để bóc lột tình dục

# hb: source=7ea667b8b19b1ea0 status=machine
helpline_il-hotline-refugees-migrants = Nhóm giúp người di cư, người tị nạn và người đã thoát khỏi mua bán người, bằng tư vấn và trợ giúp pháp lý. Đây là số điện thoại văn phòng.
    .channel-1 = Số văn phòng
    .service = Đường dây văn phòng (tư vấn và trợ giúp pháp lý cho người di cư và người đã thoát khỏi mua bán người)

# hb: source=cfc0ca2a4cc17db7 status=machine
helpline_il-kav-laoved = Nhóm bảo vệ quyền người lao động, giúp lao động di cư và người chăm sóc đòi tiền lương chưa được trả và các quyền lợi.
    .service = Giúp đỡ về quyền người lao động (không tìm thấy số điện thoại)

# hb: source=96ce91cb4cd753e5 status=machine
helpline_in-181 = Cho phụ nữ bị bạo lực, ở nhà hoặc bên ngoài (không có ở bang West Bengal). Cuộc gọi có thể được chuyển cho cảnh sát (112).
    .hours-text = 24 giờ, mọi ngày trong năm
    .operator-note = Bộ Phụ nữ và Trẻ em, do từng bang điều hành
    .service = 181 Women Helpline (Đường dây trợ giúp Phụ nữ 181)

# hb: source=e51198c5d4da11c0 status=machine
helpline_in-childline-1098 = Cho trẻ em gặp nguy hiểm, hoặc người lớn gọi thay cho một đứa trẻ, miễn phí, cả ngày lẫn đêm. Cuộc gọi có thể được nối với dịch vụ khẩn cấp của cảnh sát 112.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = Bộ Phúc lợi Trẻ em; nối với hệ thống khẩn cấp của cảnh sát 112
    .service = Đường dây trợ giúp trẻ em 1098

# hb: source=ab9f24f596a9ab82 status=machine
helpline_in-madad = Khiếu nại trực tuyến cho người Ấn Độ ở nước ngoài: không được trả lương, bị ngược đãi, vấn đề với người bảo lãnh hoặc môi giới. Người khác có thể nộp khiếu nại thay bạn.
    .channel-1 = Khiếu nại
    .channel-2 = Kiểm tra xem môi giới có đăng ký không
    .channel-3 = Khiếu nại về môi giới tuyển dụng
    .operator-note = Bộ Ngoại giao; khiếu nại được chuyển đến các đại sứ quán Ấn Độ
    .service = Khiếu nại trực tuyến MADAD cho người Ấn Độ ở nước ngoài, và e-Migrate

# hb: source=6a26e6b2d24342b3 status=machine
helpline_in-pbsk-owrc = Cho người Ấn Độ đang làm việc ở nước ngoài hoặc sắp đi ra nước ngoài: không được trả lương, môi giới giả, bị ngược đãi. Các nguồn đưa ra hai số để gọi từ nước ngoài.
    .channel-1 = Miễn phí, trong Ấn Độ
    .channel-2 = Từ nước ngoài
    .channel-3 = Từ nước ngoài (số cũ)
    .hours-text = 24 giờ
    .operator-note = Bộ Ngoại giao
    .service = Đường dây trợ giúp cho lao động Ấn Độ ở nước ngoài

# hb: source=021251dbad38d5c4 status=machine
helpline_int-iom = Không phải đường dây điện thoại: IOM có thể giúp về nơi ở an toàn, chăm sóc sức khỏe, và về nước hoặc ở lại, qua các văn phòng ở từng nước. IOM làm việc chặt chẽ với các chính phủ.
    .operator-note = cơ quan di cư của Liên Hợp Quốc
    .service = Hỗ trợ trực tiếp chống mua bán người (qua các văn phòng ở từng nước)

# hb: source=65fd63741d3a3c12 status=machine
helpline_int-la-strada = Không phải đường dây điện thoại: danh sách các nhóm chống mua bán người ở nhiều nước châu Âu.
    .operator-note = mạng lưới tổ chức phi chính phủ
    .service = Danh bạ các tổ chức thành viên và đường dây nóng quốc gia

# hb: source=9d14f5b522e6e30e status=machine
helpline_ir-123-social-emergency = Đường dây miễn phí của nhà nước về bạo lực trong gia đình và ngược đãi trẻ em. Trong các trường hợp nghiêm trọng, đường dây làm việc với cảnh sát và tòa án.
    .operator-note = tổ chức phúc lợi nhà nước
    .service = Social Emergency 123 (Khẩn cấp Xã hội 123)

# hb: source=165a9b2a03e163db status=machine
helpline_it-numero-verde-antitratta = Miễn phí và ẩn danh, cả ngày lẫn đêm. Nhân viên nói nhiều ngôn ngữ và có thể kết nối bạn với các dự án bảo vệ và nhà tạm lánh.
    .channel-1 = Gọi miễn phí trong nước Ý
    .hours-text = Mọi ngày, 24 giờ
    .service = Numero Verde Antitratta (Số miễn phí Chống Mua bán người)

# hb: source=24ebe983f805709b status=machine
helpline_jo-adaleh-legal-aid = Trợ giúp pháp lý miễn phí cho lao động di cư, người giúp việc nhà và người tị nạn.
    .service = Legal Aid Unit (trợ giúp pháp lý miễn phí; không tìm thấy số điện thoại)

# hb: source=e662804089eab54b status=machine
helpline_jp-houterasu = Đường dây trợ giúp pháp lý công. Có tiếng Anh và tiếng Tagalog.
    .hours-text = Thứ Hai đến Thứ Sáu, 9:00 đến 17:00
    .operator-note = cơ quan trợ giúp pháp lý công
    .service = Đường dây hỗ trợ pháp lý

# hb: source=2308bacaf2e077f8 status=machine
helpline_jp-iom-tokyo = Tổ chức quốc tế ở Tokyo giúp nạn nhân mua bán người. Mở vào các ngày trong tuần.
    .hours-text = Thứ Hai đến Thứ Sáu, 9:00 đến 12:30 và 13:30 đến 17:00, trừ ngày nghỉ của IOM
    .service = IOM Tokyo: báo một trường hợp mua bán người

# hb: source=0c75d9b11340d515 status=machine
helpline_jp-jitco-mother-tongue = Đường dây miễn phí cho thực tập sinh kỹ năng, bằng tiếng mẹ đẻ của bạn. Đường dây gắn với chương trình thực tập sinh.
    .channel-1 = Miễn phí. Chỉ gọi được trong Nhật Bản
    .operator-note = tổ chức phụ trách chương trình thực tập sinh
    .service = Đường dây nóng bằng tiếng mẹ đẻ cho thực tập sinh kỹ năng

# hb: source=0035926f105b6ace status=machine
helpline_jp-tokyo-police-english = Đường dây của cảnh sát bằng tiếng Anh ở Tokyo, cả ngày lẫn đêm. Đây là cảnh sát.
    .hours-text = Có phiên dịch 24 giờ mọi ngày
    .operator-note = cảnh sát
    .service = Đường dây cảnh sát nói tiếng Anh ở Tokyo

# hb: source=440b1570fae6c9c6 status=machine
helpline_ke-116 = Miễn phí, cả ngày lẫn đêm, cho trẻ em hoặc bất kỳ ai gọi thay cho một đứa trẻ. Đường dây thường bận: hãy tiếp tục gọi lại.
    .hours-text = 24 giờ
    .operator-note = điều hành cùng một tổ chức phi chính phủ đối tác (Childline Kenya)
    .service = Đường dây trợ giúp trẻ em 116

# hb: source=7eb0ee7a72fef2ba status=machine
helpline_ke-1195 = Miễn phí, cả ngày lẫn đêm, cho bất kỳ ai bị bạo lực hoặc ngược đãi. Nhân viên tư vấn có thể gửi cảnh sát hoặc xe cứu thương đến.
    .hours-text = 24 giờ
    .operator-note = do một tổ chức phi chính phủ điều hành cùng chính phủ
    .service = Đường dây quốc gia về bạo lực giới 1195

# hb: source=b482f852d1e97704 status=machine
helpline_kh-police-117 = Đường dây của cảnh sát, miễn phí kể cả khi điện thoại hết tiền. Đây là cảnh sát.
    .operator-note = cảnh sát
    .service = Đường dây nóng cảnh sát 117 (báo tin giam giữ trái phép và mua bán người)

# hb: source=334413e3633341da status=machine
helpline_kr-1345-immigration-contact = Đường dây của cơ quan di trú để hỏi về visa, bằng 20 ngôn ngữ. Đây là cơ quan di trú.
    .channel-1 = Trong Hàn Quốc
    .channel-2 = Từ nước ngoài
    .hours-text = Các ngày trong tuần 9:00 đến 22:00. Sau 18:00 chỉ có tiếng Hàn, tiếng Anh và tiếng Trung.
    .operator-note = cơ quan di trú
    .service = 1345 Immigration Contact Center (Trung tâm Liên lạc Di trú, thông tin bằng nhiều ngôn ngữ)

# hb: source=c7b5f8dc15c9f8af status=machine
helpline_kr-danuri-1577-1366 = Cho phụ nữ di cư, cả ngày lẫn đêm, bằng 13 ngôn ngữ. Họ có thể đưa bạn đến nhà tạm lánh hoặc giúp bạn đến gặp cảnh sát.
    .channel-1 = Trong Hàn Quốc
    .hours-text = 24 giờ một ngày, 365 ngày một năm
    .service = Đường dây trợ giúp Danuri cho phụ nữ di cư và gia đình đa văn hóa

# hb: source=39fc39828ab3b170 status=machine
helpline_kr-gyeonggi-gmhr = Giúp đỡ người di cư bằng 9 ngôn ngữ, ở bất cứ đâu tại Hàn Quốc. Mở từ Chủ Nhật đến Thứ Năm.
    .channel-1 = Sau đó chọn ngôn ngữ của bạn (phím 1 đến 10)
    .hours-text = Chủ Nhật đến Thứ Năm, 9:00 đến 18:00
    .operator-note = viện của chính quyền tỉnh
    .service = Tư vấn bằng nhiều ngôn ngữ cho người di cư (trên toàn quốc)

# hb: source=d8e00083ba48e228 status=machine
helpline_kr-hug-1577-0071 = Tổng đài cho lao động di cư bằng 16 ngôn ngữ. Tổng đài làm việc với cơ quan lao động.
    .channel-1 = Trong Hàn Quốc
    .hours-text = Mở quanh năm
    .operator-note = gắn với Bộ Lao động
    .service = Tổng đài cho lao động di cư

# hb: source=e1028a70258d4970 status=machine
helpline_kw-kshr = Đường dây tư vấn pháp lý của một nhóm nhân quyền, bằng năm ngôn ngữ. Họ có thể chuyển vụ việc của bạn đến cơ quan lao động.
    .operator-note = hội nhân quyền
    .service = Đường dây nóng cho lao động di cư: câu hỏi pháp lý và khiếu nại

# hb: source=557f0608389ad3c0 status=machine
helpline_kw-pam-domestic = Đường dây của cơ quan lao động cho người giúp việc nhà. Chủ lao động của bạn có thể được báo, vì vậy hãy hỏi trước xem việc cư trú của bạn có thể bị ảnh hưởng không.
    .operator-note = cơ quan lao động
    .service = Đường dây nóng của PAM cho người giúp việc nhà và chủ của họ (khiếu nại và câu hỏi)

# hb: source=54f6a0d37942952d status=machine
helpline_lb-abaad-helpline = Đường dây trợ giúp của một nhóm bảo vệ quyền phụ nữ, cho phụ nữ bị bạo lực.
    .service = Đường dây trợ giúp cho phụ nữ bị bạo lực

# hb: source=9968c74486eccff4 status=machine
helpline_lb-kafa-atu = Nhóm phụ nữ giúp người giúp việc nhà và phụ nữ bị bóc lột trong mại dâm, bằng hỗ trợ pháp lý và tinh thần. Nhóm có đường dây điện thoại 24 giờ; số điện thoại có trên trang web của họ.
    .hours-text = Đường dây điện thoại mở 24 giờ, 7 ngày. Số điện thoại có trên trang web.
    .service = Anti-Trafficking and Exploitation Unit (Đơn vị Chống Mua bán người và Bóc lột; đường dây nóng 24/7; không tìm thấy số)

# hb: source=d9b60735b192f67f status=machine
helpline_lb-mol-1741 = Đường dây của Bộ Lao động cho người giúp việc nhà, cả ngày lẫn đêm. Bộ làm việc với chủ lao động và giấy tờ lao động, nên chủ lao động của bạn có thể được báo.
    .hours-text = 24 giờ, mọi ngày
    .operator-note = Bộ Lao động
    .service = Đường dây nóng nhận khiếu nại của người giúp việc nhà

# hb: source=dce8c9328344ca64 status=machine
helpline_lk-ncpa-1929 = Cho trẻ em, hoặc bất kỳ ai lo lắng cho một đứa trẻ. Miễn phí, cả ngày lẫn đêm, bằng tiếng Sinhala, Tamil hoặc tiếng Anh.
    .hours-text = 24 giờ, mọi ngày
    .service = Đường dây trợ giúp trẻ em 1929

# hb: source=c659972106733241 status=machine
helpline_lk-slbfe-1989 = Kiểm tra xem một công ty môi giới việc làm có giấy phép không, hoặc nộp khiếu nại. Nếu bạn đang ở nước ngoài, hãy liên hệ đại sứ quán Sri Lanka trước.
    .channel-2 = Khiếu nại
    .hours-text = 24 giờ
    .operator-note = cục việc làm ngoài nước
    .service = Đường dây nóng 1989 cho lao động di cư và người tìm việc

# hb: source=fb433e86f35d5337 status=machine
helpline_md-lastrada = Tư vấn miễn phí trước khi đi làm ở nước ngoài, và giúp đỡ những người bị bóc lột hoặc bị mắc kẹt ở nước ngoài và gia đình họ.
    .channel-1 = Miễn phí trong Moldova
    .channel-2 = Từ nước ngoài
    .hours-text = 8:00 đến 20:00
    .service = Đường dây nóng về Di cư An toàn và Chống Mua bán người

# hb: source=bf72fab496c35511 status=machine
helpline_mx-lnctp = Luật sư và chuyên gia tâm lý trả lời, và bạn có thể giấu tên. Những gì bạn báo có thể được chuyển cho cảnh sát.
    .channel-2 = Chat chống mua bán người qua WhatsApp, cùng số
    .hours-text = 24 giờ (điện thoại); chat WhatsApp 24/7
    .operator-note = hội đồng công dân gắn với cơ quan an ninh của Thành phố Mexico
    .service = Línea y Chat Nacional contra la Trata de Personas (LNCTP)

# hb: source=5d807c6bf2fdaf33 status=machine
helpline_my-mapo = Đường dây để báo tin về mua bán người. Những gì bạn nói sẽ đến cảnh sát và cơ quan di trú.
    .hours-text = Mọi ngày, 7 giờ 30 sáng đến 9 giờ tối. Ngoài giờ này, bạn có thể để lại tin nhắn ghi âm.
    .operator-note = Bộ Nội vụ; tin báo được chuyển đến cảnh sát và cơ quan di trú
    .service = Đường dây nóng đặc biệt nhận tin báo về mua bán người (1Malaysia One Call Centre)

# hb: source=a2cb1e5e630ae85e status=machine
helpline_ng-naptip-627 = Do cơ quan quốc gia chống mua bán người điều hành, cơ quan này bắt giữ kẻ buôn người. Cuộc gọi của bạn là một tin báo cho họ; họ cũng giúp nạn nhân.
    .channel-1 = Miễn phí
    .channel-2 = Đường dây nóng
    .hours-text = Tổng đài 24 giờ
    .operator-note = cơ quan thực thi pháp luật quốc gia chống mua bán người
    .service = Đường dây miễn phí và tổng đài NAPTIP 627

# hb: source=21ead6da4987a3f6 status=machine
helpline_nl-arbeidsinspectie = Cơ quan lao động nhà nước; cơ quan này điều tra chủ lao động. Nếu bạn không có giấy tờ, họ có thể báo cho cảnh sát di trú, vì vậy hãy nói chuyện với một nhóm hỗ trợ trước.
    .channel-2 = Từ nước ngoài
    .operator-note = cơ quan lao động
    .service = Báo tin về bóc lột lao động

# hb: source=a033415f57593a1f status=machine
helpline_nl-comensha = Tư vấn cho bất kỳ ai bị mua bán, kể cả câu hỏi về thời gian nghỉ ngơi, việc tố cáo và giấy tờ cư trú. Họ cũng sắp xếp chỗ ở ban đầu.
    .hours-text = Thứ Hai đến Thứ Sáu, 9:00 đến 17:00
    .service = Bàn trợ giúp quốc gia CoMensha (tư vấn, đăng ký, điều phối chỗ ở)

# hb: source=8a010ff4736a5eee status=machine
helpline_nl-meld-misdaad-anoniem = Để báo tin tội phạm mà không cần nói tên. Tin báo của bạn sẽ đến cảnh sát; đường dây này không hỗ trợ.
    .operator-note = chuyển tin báo cho cảnh sát
    .service = Meld Misdaad Anoniem (báo tin tội phạm ẩn danh)

# hb: source=999daf228c4e71c3 status=machine
helpline_nl-police = Đây là cảnh sát, kể cả cảnh sát di trú. Trước tiên một điều tra viên sẽ giải thích các bước, sau đó bạn quyết định có tố cáo hay không; họ tìm chỗ ở an toàn cho bạn kể cả khi bạn không có giấy tờ.
    .operator-note = phòng người nước ngoài, nhận dạng và mua bán người (AVIM)
    .service = Đường dây cảnh sát không khẩn cấp (xin gặp điều tra viên về mua bán người)

# hb: source=d8d5adaa1f8d5fd5 status=machine
helpline_np-1098 = Cho trẻ em gặp nguy hiểm, hoặc bất kỳ ai gọi thay cho một đứa trẻ. Gọi 104 về trẻ em mất tích.
    .channel-1 = Đường dây trợ giúp trẻ em
    .channel-2 = Trẻ em mất tích
    .service = Đường dây trợ giúp trẻ em 1098 và đường dây trẻ em mất tích 104

# hb: source=a9fba8969076282b status=machine
helpline_np-1145 = Cho phụ nữ và trẻ em gái bị bạo lực hoặc bị đối xử bất công, miễn phí, cả ngày lẫn đêm. Vụ việc có thể được chuyển cho cảnh sát.
    .hours-text = 24 giờ
    .operator-note = ủy ban phụ nữ theo hiến pháp
    .service = Đường dây trợ giúp Khabar Garaun 1145

# hb: source=3edd957ec6a34939 status=machine
helpline_np-1177 = Đây là đường dây của cảnh sát. Đường dây nhận tin báo về mua bán người và người Nepal bị mắc kẹt ở nước ngoài, như việc làm giả, không được trả lương hoặc bị lấy hộ chiếu.
    .channel-1 = Trong Nepal. Gia đình ở Nepal có thể gọi thay bạn.
    .hours-text = 24 giờ
    .service = Đường dây nóng về mua bán người 1177

# hb: source=88fdf2ab176a7f97 status=machine
helpline_np-feb-1141 = Cho người Nepal sắp đi làm ở nước ngoài, hoặc đang ở nước ngoài. Nhận câu hỏi và khiếu nại.
    .channel-1 = Miễn phí, trong Nepal
    .channel-2 = Miễn phí, trong Nepal
    .channel-3 = Số có mã quốc gia
    .hours-text = Khi mới mở: 8 giờ sáng đến 7 giờ tối. Giờ mở có thể đã thay đổi.
    .operator-note = Bộ Lao động
    .service = Tổng đài về các vấn đề việc làm ở nước ngoài

# hb: source=15a6c553a7b3082e status=machine
helpline_om-rop-hotline = Đường dây của cảnh sát cho nạn nhân mua bán người. Những gì bạn nói sẽ đến cảnh sát.
    .service = Đường dây nóng của Royal Oman Police (Cảnh sát Hoàng gia Oman) cho nạn nhân và nhân chứng mua bán người

# hb: source=c8aa37833dd80800 status=machine
helpline_pe-mininter-1818 = Đường dây miễn phí và bí mật của Bộ Nội vụ. Tin báo được chuyển đến cảnh sát.
    .channel-1 = Miễn phí
    .hours-text = 24 giờ
    .operator-note = Bộ Nội vụ, cơ quan điều hành cảnh sát quốc gia
    .service = Línea 1818 contra la trata de personas (Đường dây 1818 chống mua bán người)

# hb: source=4214837c06f5c33b status=machine
helpline_ph-1343 = Cho nạn nhân mua bán người và gia đình họ, ở Philippines hoặc ở nước ngoài, cả ngày lẫn đêm. Vụ việc có thể được chuyển cho cảnh sát.
    .channel-1 = Ở Metro Manila
    .channel-2 = Từ các tỉnh khác
    .channel-3 = Từ nước ngoài
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .service = 1343 Actionline against Human Trafficking (Đường dây Hành động chống Mua bán người 1343)

# hb: source=f8db569f45c9ce15 status=machine
helpline_ph-dmw-1348 = Cho lao động Philippines ở nước ngoài và gia đình họ, cả ngày lẫn đêm. Giúp giải cứu, về nước, và các vấn đề pháp lý.
    .channel-1 = Trong Philippines
    .channel-2 = Từ nước ngoài
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = Bộ Lao động Di cư
    .service = Đường dây nóng DMW-OWWA 1348 cho lao động Philippines ở nước ngoài

# hb: source=675d042bfc690c54 status=machine
helpline_pk-fia-tip-hotline = Do cơ quan cảnh sát liên bang điều hành. Những gì bạn nói sẽ đến cảnh sát; nạn nhân được chuyển đến các dịch vụ phúc lợi.
    .operator-note = cơ quan điều tra liên bang, cũng phụ trách kiểm soát di trú
    .service = National Trafficking in Persons (TIP) Hotline (Đường dây nóng Quốc gia về Mua bán người)

# hb: source=8feb6d29f43321af status=machine
helpline_pk-opf-complaints = Cho người Pakistan ở nước ngoài gặp vấn đề ở nơi làm việc hoặc ở nhà. Bạn cũng có thể gửi tin nhắn WhatsApp.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = cơ quan phúc lợi cho người Pakistan ở nước ngoài
    .service = Bộ phận nhận khiếu nại 24/7 cho người Pakistan ở nước ngoài

# hb: source=8b8163d43766e623 status=machine
helpline_pl-kcik = Giúp nạn nhân mua bán người là người Ba Lan và người nước ngoài: tư vấn, nhà tạm lánh, giúp về sức khỏe và pháp lý, cả ngày lẫn đêm. Họ có thể giúp làm giấy tờ để ở lại hoặc giúp về nước.
    .channel-2 = Số thứ hai (theo các nguồn cũ)
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = do các tổ chức phi chính phủ điều hành cho Bộ Nội vụ
    .service = Trung tâm Tư vấn và Can thiệp Quốc gia cho Nạn nhân Mua bán người (KCIK)

# hb: source=1ad22d69ed6bef82 status=machine
helpline_pl-lastrada = Tổ chức từ thiện chống mua bán người, liên lạc được cả ngày lẫn đêm.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .service = Điện thoại 24/7 của La Strada Foundation

# hb: source=ac7e2708d2491ff4 status=machine
helpline_pt-eme-apf = Các nhóm vùng có thể đến chỗ bạn, tìm nơi ở an toàn và giải thích quyền của bạn. Nhận sự giúp đỡ của họ không có nghĩa là bạn phải đến gặp cảnh sát.
    .channel-1 = Miền Bắc
    .channel-2 = Miền Trung
    .channel-3 = Alentejo
    .channel-4 = Lisbon
    .channel-5 = Algarve
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần
    .operator-note = các nhóm hỗ trợ vùng
    .service = Các nhóm vùng hỗ trợ nạn nhân mua bán người

# hb: source=671529c1525689ef status=machine
helpline_pt-linha-apoio-trafico = Ẩn danh và bí mật, cả ngày lẫn đêm, với cước phí như một cuộc gọi di động thông thường. Nếu có dấu hiệu của tội phạm, nhóm có thể gọi cảnh sát.
    .channel-1 = Cước như một cuộc gọi di động thông thường
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần
    .service = Đường dây hỗ trợ nạn nhân mua bán người

# hb: source=4ded0c56e1274d44 status=machine
helpline_py-sos-mujer-137 = Cho phụ nữ bị bạo lực. Trong trường hợp khẩn cấp, họ có thể gọi cảnh sát giúp bạn.
    .hours-text = 24 giờ một ngày
    .operator-note = Bộ Phụ nữ
    .service = Línea 137 SOS Mujer

# hb: source=31c0b4f23934c730 status=machine
helpline_qa-mol = Đường dây của Bộ Lao động nhận khiếu nại về tiền lương và công việc, cả của người giúp việc nhà. Chủ lao động của bạn có thể được báo, vì vậy hãy hỏi trước xem việc cư trú của bạn có thể bị ảnh hưởng không.
    .channel-2 = Gõ 5, rồi số Qatar ID hoặc số visa của bạn, và gửi
    .hours-text = Dịch vụ tin nhắn: 24 giờ. Không rõ giờ nghe điện thoại.
    .operator-note = Bộ Lao động
    .service = Đường dây nóng nhận khiếu nại của người lao động, dịch vụ khiếu nại qua SMS và Unified Platform for Complaints and Whistleblowers (Nền tảng chung cho Khiếu nại và Tố giác)

# hb: source=73df73398895a0be status=machine
helpline_ro-anitp = Đường dây miễn phí của chính phủ về mua bán người. Đường dây thuộc Bộ Nội vụ, bộ cũng điều hành cảnh sát.
    .operator-note = cơ quan thuộc Bộ Nội vụ
    .service = Đường dây miễn phí của ANITP

# hb: source=ddcabc06e64f4fa6 status=machine
helpline_sa-19911 = Đường dây của Bộ Lao động, cũng nhận các tin báo chống lại người lao động. Chủ lao động của bạn có thể được báo, vì vậy hãy hỏi trước xem việc cư trú của bạn có thể bị ảnh hưởng không.
    .operator-note = Bộ Lao động
    .service = Số chung của Bộ 19911 (vi phạm luật lao động và hỏi đáp)

# hb: source=8f67e0782d0ece7a status=machine
helpline_sd-fcpu-9696 = Đường dây của cảnh sát cho trẻ em. Từ khi có chiến tranh, đường dây có thể không hoạt động ở mọi khu vực.
    .hours-text = 24 giờ
    .operator-note = đơn vị bảo vệ gia đình và trẻ em của cảnh sát
    .service = Đường dây hỗ trợ trẻ em 9696

# hb: source=2c5f89670ac82ffb status=machine
helpline_sg-cde = Giúp đỡ người giúp việc nhà cả ngày lẫn đêm. Họ có thể nói chuyện với chủ lao động của bạn, và báo cho Bộ hoặc cảnh sát trong các trường hợp nghiêm trọng.
    .channel-1 = Trong Singapore. Gọi từ di động có thể mất cước.
    .hours-text = 24 giờ
    .operator-note = gắn với công đoàn; làm việc với Bộ Lao động
    .service = Đường dây trợ giúp 24 giờ của CDE cho người giúp việc nhà

# hb: source=c724ca74974f3db5 status=machine
helpline_sg-home = Tổ chức từ thiện cho lao động di cư: tư vấn, trợ giúp pháp lý và nhà tạm lánh. Tổ chức làm việc với Bộ Lao động và cảnh sát.
    .channel-1 = Đường dây miễn phí
    .channel-2 = Người giúp việc nhà
    .channel-3 = Lao động di cư khác
    .hours-text = Đường dây miễn phí: 10 giờ sáng đến 6 giờ chiều (không ghi rõ những ngày nào)
    .service = Đường dây trợ giúp HOME cho lao động di cư

# hb: source=46fbb4a0c62ddea2 status=machine
helpline_sg-mom-mdw-helpline = Đường dây của chính phủ cho người giúp việc nhà, về việc không được trả lương và các vấn đề công việc. Họ sẽ liên lạc với chủ lao động của bạn.
    .channel-1 = Trong Singapore. Gọi từ di động có thể mất cước.
    .channel-2 = Từ nước ngoài
    .operator-note = Bộ Lao động
    .service = Đường dây trợ giúp của MOM cho người giúp việc nhà di cư

# hb: source=bdf0fbddad762eea status=machine
helpline_sg-mwc = Giúp đỡ lao động di cư cả ngày lẫn đêm, bằng nhiều ngôn ngữ. Tổ chức làm việc với Bộ Lao động.
    .hours-text = 24 giờ mỗi ngày
    .operator-note = công đoàn và liên đoàn chủ lao động
    .service = Đường dây trợ giúp 24 giờ của MWC cho lao động di cư

# hb: source=db54f3dd09d83be5 status=machine
helpline_so-ceebla-5555 = Đường dây miễn phí cho người đã bị hiếp dâm và xâm hại tình dục ở Mogadishu. Đường dây giúp bạn báo cảnh sát.
    .channel-1 = Mogadishu (Banadir)
    .operator-note = điều hành cùng Lực lượng Cảnh sát Somalia
    .service = Đường dây nóng Ceebla 5555 cho người bị bạo lực tình dục

# hb: source=26233f11156e3c10 status=machine
helpline_so-gredo-9997 = Đường dây miễn phí ở Baidoa về bạo lực với phụ nữ và trẻ em. Bạn có thể giấu tên.
    .channel-1 = Baidoa
    .hours-text = Thứ Bảy đến Thứ Tư 8:00 đến 16:00; Thứ Năm 8:00 đến 12:00
    .service = Đường dây nóng bảo vệ 9997 (Baidoa)

# hb: source=d7870fb6c4317291 status=machine
helpline_so-nofyl-2394 = Đường dây miễn phí cho phụ nữ bị bạo lực ở vùng Gedo, cả ngày lẫn đêm. Bạn có thể giấu tên.
    .channel-1 = Vùng Gedo (Bardheere, Doolow, Belet-Xaawo)
    .hours-text = 24 giờ
    .service = Đường dây nóng 2394 cho phụ nữ bị bạo lực (vùng Gedo)

# hb: source=ec92c896fd35e15c status=machine
helpline_th-1300 = Đường dây trợ giúp của chính phủ trong Thái Lan, cho người Thái và người nước ngoài. Cảnh sát có thể được báo về các trường hợp mua bán người.
    .operator-note = Bộ Phát triển Xã hội
    .service = Đường dây nóng 1300 (trợ giúp xã hội)

# hb: source=7dc14f70523ce9ba status=machine
helpline_th-intl-1300 = Cho người Thái gặp khó khăn ở nước ngoài, cả ngày lẫn đêm. Gọi từ nước ngoài có thể mất tiền.
    .channel-1 = Từ mọi nước. Bạn có thể phải trả tiền cuộc gọi.
    .channel-2 = Tin nhắn
    .hours-text = 24 giờ
    .operator-note = Bộ Phát triển Xã hội
    .service = Đường dây nóng quốc tế cho người Thái ở nước ngoài

# hb: source=31802d0a39588b81 status=machine
helpline_th-mol-1694 = Đường dây của Bộ Lao động về giấy phép lao động và các vấn đề công việc. Đường dây có thể liên hệ chủ lao động của bạn và có thể ảnh hưởng đến giấy phép của bạn.
    .channel-1 = Chỉ gọi được trong Thái Lan
    .hours-text = Thứ Hai đến Thứ Sáu, 8:30 đến 16:30 (2017)
    .operator-note = Bộ Lao động
    .service = Tổng đài 1694 cho lao động di cư

# hb: source=ea91fe3cdec72033 status=machine
helpline_tr-alo-183 = Đường dây hỗ trợ gia đình và xã hội miễn phí, cả ngày lẫn đêm. Tin báo về ngược đãi được chuyển cho đội khẩn cấp hoặc cảnh sát.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = Bộ Gia đình và Dịch vụ Xã hội
    .service = ALO 183 Social Support Line (Đường dây Hỗ trợ Xã hội ALO 183)

# hb: source=93290d999ee853a5 status=machine
helpline_tr-yimer-157 = Do cơ quan di trú điều hành. Trong trường hợp khẩn cấp, đường dây sẽ chuyển vị trí của bạn cho cảnh sát.
    .channel-1 = Gọi miễn phí
    .channel-2 = Cước thông thường. Có thể gọi từ nước ngoài.
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = cơ quan di trú
    .service = YİMER 157 Foreigners Communication Centre (Trung tâm Liên lạc cho Người nước ngoài)

# hb: source=ca8c15b58b106657 status=machine
helpline_tw-1955 = Miễn phí, cả ngày lẫn đêm, bằng nhiều ngôn ngữ. Khiếu nại được chuyển đến cơ quan lao động hoặc cảnh sát, và họ có thể gọi cho chủ lao động của bạn.
    .channel-1 = Chỉ gọi được trong Đài Loan
    .hours-text = 24 giờ một ngày, 365 ngày một năm
    .operator-note = Bộ Lao động
    .service = Đường dây nóng 1955 tư vấn và nhận khiếu nại của lao động di cư

# hb: source=2279ec85eea24486 status=machine
helpline_ua-1547 = Đường dây của chính phủ về mua bán người và bạo lực, cả ngày lẫn đêm. Đường dây làm việc với cảnh sát và có thể giúp bạn liên lạc với cảnh sát.
    .channel-1 = Trong Ukraina
    .channel-2 = Cho người Ukraina ở nước ngoài
    .hours-text = Suốt ngày đêm
    .operator-note = tổng đài của chính phủ; làm việc với cảnh sát
    .service = Đường dây nóng của chính phủ về bạo lực gia đình, mua bán người và bạo lực giới (1547)

# hb: source=59b742517b4546ed status=machine
helpline_ua-527 = Đường dây miễn phí và ẩn danh về mua bán người và làm việc an toàn ở nước ngoài, mở mọi ngày.
    .hours-text = Mọi ngày (không ghi giờ)
    .service = Đường dây nóng quốc gia về phòng chống mua bán người và tư vấn cho người di cư (527)

# hb: source=646648f57f908966 status=machine
helpline_us-ice-hsi-tipline = Đây là cơ quan thực thi di trú (ICE), không phải đường dây trợ giúp. Nếu bạn không có giấy tờ, những gì bạn nói có thể được dùng để chống lại bạn.
    .channel-1 = Từ Mỹ và Canada
    .channel-2 = Từ các nước khác
    .channel-3 = TTY, cho người điếc hoặc khiếm thính
    .channel-4 = Mẫu báo tin trực tuyến
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần
    .operator-note = cơ quan thực thi di trú (ICE)
    .service = HSI Tip Line (Đường dây nhận tin báo của HSI)

# hb: source=660ad71eb9eaf56b status=machine
helpline_us-nhth = Không phải cảnh sát và không phải cơ quan di trú. Họ chỉ chia sẻ thông tin của bạn nếu bạn đồng ý, hoặc nếu một đứa trẻ đang gặp rủi ro hoặc có người đang gặp nguy hiểm.
    .channel-2 = Cho người điếc hoặc khiếm thính (dịch vụ chuyển tiếp)
    .channel-3 = Nhắn HELP hoặc INFO
    .channel-4 = Chat trực tiếp và mẫu trực tuyến
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần, 365 ngày một năm
    .operator-note = do chính phủ liên bang tài trợ
    .service = National Human Trafficking Hotline (Đường dây nóng Quốc gia về Mua bán người)

# hb: source=cfb5cfb7645832e0 status=machine
helpline_vn-111 = Miễn phí, cả ngày lẫn đêm. Những gì bạn nói sẽ được chuyển cho công an hoặc bộ đội biên phòng.
    .hours-text = 24 giờ một ngày, 7 ngày mỗi tuần
    .operator-note = tin báo được chuyển cho công an và bộ đội biên phòng
    .service = Tổng đài quốc gia 111 phòng, chống mua bán người (cũng là tổng đài quốc gia bảo vệ trẻ em)

# hb: source=012eedf7c7919a15 status=machine
helpline_vn-mofa-citizen-protection = Cho người Việt Nam gặp khó khăn ở nước ngoài, cả ngày lẫn đêm. Bạn trả cước gọi quốc tế thông thường.
    .channel-1 = Từ mọi nước. Bạn trả tiền cuộc gọi.
    .hours-text = Cả ngày lẫn đêm
    .operator-note = Bộ Ngoại giao
    .service = Đường dây nóng bảo hộ công dân cho người Việt Nam ở nước ngoài

# hb: source=8eaac4de87672594 status=machine
helpline_za-0800222777 = Bạn có thể giấu tên. Tin báo có thể được chuyển cho cảnh sát.
    .channel-2 = Báo tin trực tuyến
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .service = National Human Trafficking Resource Line (Đường dây Thông tin Quốc gia về Mua bán người)

# hb: source=61d8f509d8f5cb6a status=machine
helpline_za-childline-116 = Miễn phí, cho trẻ em hoặc người lớn lo lắng cho một đứa trẻ. Childline có thể gọi cảnh sát hoặc nhân viên xã hội đến nếu cần.
    .service = Childline 116

# hb: source=e783202d5751a21a status=machine
helpline_za-gbv-command-centre = Nhân viên xã hội trả lời, cả ngày lẫn đêm, miễn phí. Họ có thể gửi cảnh sát hoặc nhân viên xã hội đến giúp bạn.
    .channel-2 = Nhắn SMS 'help' (cho người khuyết tật)
    .hours-text = 24 giờ, 7 ngày mỗi tuần
    .operator-note = Sở Phát triển Xã hội
    .service = Gender-Based Violence Command Centre (Trung tâm Chỉ huy về Bạo lực Giới)

# hb: source=54e58ff33c7582d9 status=machine
tip_backups = Bản sao lưu sao chép điện thoại của bạn
    .body = Nhiều điện thoại sao chép ảnh, tin nhắn và danh bạ lên internet. Bất kỳ ai biết mật khẩu của tài khoản đều có thể xem chúng ở đó.

# hb: source=cd027b6f8394bb7b status=machine
tip_borrow-phone = Dùng điện thoại mà bạn tin tưởng
    .body = Nếu có người kiểm tra điện thoại của bạn, hãy nghĩ đến việc mượn điện thoại của một người bạn tin tưởng.

# hb: source=8c7b50b59845de57 status=machine
tip_browser = Trình duyệt ghi nhớ
    .body = Trình duyệt internet ghi nhớ các trang bạn mở. Nếu an toàn, hãy dùng cửa sổ ẩn danh, hoặc xóa lịch sử duyệt web.

# hb: source=bdd6d954599bff61 status=machine
tip_call-log = Cuộc gọi hiện trên điện thoại
    .body = Cuộc gọi và tin nhắn hiện trong danh sách cuộc gọi và tin nhắn của điện thoại. Nếu an toàn, hãy xóa chúng sau khi bạn gọi.

# hb: source=8d4db8a36fafc326 status=machine
tip_chats = Tin nhắn chat được lưu lại
    .body = WhatsApp và các ứng dụng chat khác lưu lại tin nhắn của bạn, và có thể sao chép chúng vào bản sao lưu. Nếu an toàn, hãy xóa cuộc trò chuyện sau khi bạn viết.

# hb: source=fe1dc2b015ca2546 status=machine
tip_documents = Giữ bản sao giấy tờ của bạn
    .body = Hãy giữ bản sao hộ chiếu, giấy tờ tùy thân, visa, hợp đồng lao động và phiếu lương. Hãy cất chúng ở nơi an toàn, hoặc gửi một người bạn tin tưởng.

# hb: source=9a2f34def671c31c status=machine
tip_hide = Ẩn ứng dụng thật nhanh
    .body = Bấm "Ẩn" nếu có người đến gần. Ứng dụng sẽ hiện máy tính bỏ túi.

# hb: source=0a3bdb406e7299d7 status=machine
tip_phone-bill = Cuộc gọi có thể hiện trên hóa đơn
    .body = Cuộc gọi có thể hiện trên hóa đơn điện thoại, kể cả cuộc gọi miễn phí. Nếu người khác trả tiền điện thoại cho bạn, họ có thể thấy hóa đơn.

# hb: source=13633996ec4022ee status=machine
tip_photos = Ảnh có thể bị xem trong thư viện ảnh
    .body = Ảnh bạn chụp sẽ vào thư viện ảnh của điện thoại, nơi bất kỳ ai cầm điện thoại đều có thể xem. Hãy suy nghĩ trước khi chụp ảnh giấy tờ của bạn trên một điện thoại có người khác kiểm tra.

# hb: source=1da4b2b3c06c35d5 status=machine
tip_police = Nếu bạn sợ cảnh sát
    .body = Ở một số nơi, cảnh sát cấu kết với những kẻ bóc lột người khác, hoặc hỏi về giấy tờ của bạn. Nếu bạn sợ điều đó, hãy gọi một đường dây do tổ chức từ thiện điều hành trước.

# hb: source=7515e33326d1aba3 status=machine
tip_who-hears = Biết bạn đang nói chuyện với ai
    .body = Một số đường dây do cảnh sát, cơ quan di trú hoặc Bộ Lao động điều hành. Trước mỗi số điện thoại, ứng dụng này cho bạn biết ai có thể nghe những gì bạn nói.

# hb: source=82092a6a63b61b1c status=machine
country_ae = Cảnh sát có thể kiểm tra giấy tờ của bạn. Nếu có thể, hãy gọi một đường dây trợ giúp trước.

# hb: source=0759fcafa9ff2079 status=machine
country_af = Không tìm thấy đường dây trợ giúp nào ở đây.
    .emergency-1 = Đường dây của cảnh sát. Đường dây này cũng nhận tin báo về hoạt động đáng ngờ.

# hb: source=2f5f0b061b9efc0a status=machine
country_al = Không kiểm tra được đường dây trợ giúp nào ở đây. Có báo cáo cho biết đường dây quốc gia về mua bán người không hoạt động. Khi gặp nguy hiểm, hãy gọi 112 hoặc cảnh sát số 129.
    .emergency-1 = Miễn phí
    .emergency-2 = Miễn phí

# hb: source=3c983078a27e9d25 status=machine
country_ar = 911 sẽ gửi cảnh sát đến. Đường dây 145 miễn phí và do nhân viên xã hội trả lời, nhưng tin báo được chuyển đến công tố viên.

# hb: source=3eb737dfc85a4bf2 status=machine
country_au =
    .emergency-1 = Bạn có thể xin phiên dịch.

# hb: source=1c893060b606f257 status=machine
country_bd = 999 do cảnh sát điều hành.
    .emergency-1 = Miễn phí. Cảnh sát trả lời. Bấm 2 để nói tiếng Anh.

# hb: source=82092a6a63b61b1c status=machine
country_bh = Cảnh sát có thể kiểm tra giấy tờ của bạn. Nếu có thể, hãy gọi một đường dây trợ giúp trước.

# hb: source=a933a3136f2ed621 status=machine
country_bo = Không tìm thấy đường dây trợ giúp nào ở đây. Số của cảnh sát là 110. Bạn cũng có thể thử các đường dây cho người từ nước bạn, hoặc IOM.
    .emergency-1 = Cảnh sát

# hb: source=a2fcfe684b03036a status=machine
country_br = 190 là Cảnh sát Quân sự. Để được giúp mà không phải gọi cảnh sát trước, hãy thử Disque 100 hoặc Ligue 180.
    .emergency-1 = Cảnh sát Quân sự
    .emergency-2 = SAMU (cấp cứu)
    .emergency-3 = Cứu hỏa

# hb: source=8c62ad5100ada380 status=machine
country_cl = 133 là cảnh sát Carabineros. Cảnh sát PDI (134) cũng phụ trách giấy tờ di trú.
    .emergency-1 = Carabineros

# hb: source=8d1a044a23a5ca7a status=machine
country_co = 123 sẽ gửi cảnh sát đến. Nếu bạn không phải người Colombia, nhân viên di trú có thể được báo về trường hợp của bạn.

# hb: source=4ec4cc4d4459da49 status=machine
country_de =
    .emergency-1 = Miễn phí, kể cả từ điện thoại di động hết tiền

# hb: source=a1b32e822f62bb2d status=machine
country_do = 911 sẽ gửi cảnh sát đến. Nếu bạn là người Haiti hoặc không có giấy tờ, cảnh sát có thể không bảo vệ bạn và bạn có thể bị trục xuất. Hãy thử IOM hoặc lãnh sự quán của bạn.
    .emergency-1 = Miễn phí

# hb: source=5f124ee005ca098c status=machine
country_ec = 911 sẽ gửi cảnh sát đến. Đường dây 1800 DELITO cũng được điều hành cùng cảnh sát.
    .emergency-1 = ECU 911

# hb: source=48cd2d715a439040 status=machine
country_eg = Cảnh sát đã bắt giữ người di cư và người tị nạn, và nạn nhân đã bị phạt vì vi phạm luật di trú. Nếu có thể, hãy tìm sự giúp đỡ từ một nhóm hỗ trợ trước.

# hb: source=72d1a484aaa5989b status=machine
country_er = Không tìm thấy đường dây trợ giúp nào ở đây.

# hb: source=e2b812a80c1f0cd4 status=machine
country_et = Một số quan chức nhận hối lộ hoặc giúp kẻ buôn người. Hãy cẩn thận khi chọn người để liên lạc.
    .emergency-2 = Số điện thoại bàn

# hb: source=65973ada72df1fe1 status=machine
country_fr =
    .emergency-5 = Qua tin nhắn, cho người điếc

# hb: source=9ed8adbea14dabc9 status=machine
country_gb =
    .emergency-1 = Miễn phí từ mọi điện thoại, kể cả điện thoại di động đang khóa
    .emergency-2 = Hoạt động giống như 999

# hb: source=c6a003fb8da80a55 status=machine
country_gh = 112 kết nối với cảnh sát, cứu hỏa và cấp cứu.
    .emergency-1 = Trên mọi mạng di động

# hb: source=82eccd5aa5f2b273 status=machine
country_gt = 110 là cảnh sát. Một số quan chức đã giúp kẻ buôn người, vì vậy hãy cẩn thận khi tin ai.
    .emergency-1 = Cảnh sát Dân sự Quốc gia
    .emergency-2 = Lính cứu hỏa tình nguyện
    .emergency-3 = Lính cứu hỏa thành phố
    .emergency-4 = Hội Chữ thập đỏ

# hb: source=3fb1f4a140f11e70 status=machine
country_hn = 911 kết nối với cảnh sát và cả cơ quan di trú. Nếu bạn không có giấy tờ, gọi một đường dây trợ giúp trước có thể an toàn hơn.

# hb: source=22aa209fa8a28369 status=machine
country_id =
    .emergency-1 = Chưa hoạt động ở mọi khu vực

# hb: source=37e140b28e5cccbf status=machine
country_il = Ở đây chỉ cảnh sát mới có thể xác nhận bạn là nạn nhân mua bán người. Người không có giấy tờ đã từng bị phạt, vì vậy nếu có thể, hãy tìm sự giúp đỡ từ một nhóm hỗ trợ trước.
    .emergency-2 = Magen David Adom (cấp cứu)
    .emergency-4 = Từ điện thoại di động

# hb: source=95f91f4641ea1425 status=machine
country_in = 112 kết nối với cảnh sát, cứu hỏa và cấp cứu.
    .emergency-2 = Số cũ, vẫn còn dùng ở một số nơi
    .emergency-3 = Số cũ, vẫn còn dùng ở một số nơi
    .emergency-4 = Số cũ, vẫn còn dùng ở một số nơi

# hb: source=e38ccb8819fd9bc7 status=machine
country_int = 112 hoạt động ở mọi nước EU và nhiều nước khác. Hầu hết điện thoại di động coi 112 là cuộc gọi khẩn cấp ở bất cứ đâu, nhưng ở một số nước không ai trả lời số này, vì vậy hãy biết cả số khẩn cấp của nước sở tại.
    .emergency-1 = Thử gọi từ bất kỳ điện thoại di động nào

# hb: source=f61288ebb873e353 status=machine
country_ir = Ở đây, nạn nhân, kể cả người không có giấy tờ, đã từng bị phạt. Hãy cẩn thận khi chọn người để liên lạc.
    .emergency-4 = Cứu trợ và cứu hộ của Hội Trăng lưỡi liềm đỏ

# hb: source=c34bb3c6bba2d3ff status=machine
country_jo = Cảnh sát và thanh tra lao động có thể tạm giữ người lao động không có giấy tờ hợp lệ. Nếu có thể, hãy tìm trợ giúp pháp lý trước.

# hb: source=eaf2b3eb688fb59e status=machine
country_ke =
    .emergency-1 = Cảnh sát khẩn cấp

# hb: source=6fe53ad4b8c6a1a0 status=machine
country_kh = Số duy nhất tìm được ở đây là của cảnh sát. Cảnh sát ở đây đã từng giữ người bị mua bán cho đến khi họ trả tiền. Hãy thử đường dây cho người từ nước bạn, hoặc IOM.

# hb: source=b01373211f5153a9 status=machine
country_kw = Cảnh sát có thể bắt người không có giấy tờ hoặc người bị báo cáo bỏ trốn. Nếu có thể, hãy gọi một đường dây trợ giúp hoặc đại sứ quán của bạn trước.

# hb: source=29541d9e33cf9a37 status=machine
country_lb = Cảnh sát có thể tạm giữ người không có giấy tờ, kể cả nạn nhân. Nếu có thể, hãy tìm sự giúp đỡ từ một nhóm hỗ trợ trước.
    .emergency-2 = Hội Chữ thập đỏ Liban
    .emergency-3 = Phòng vệ Dân sự

# hb: source=c0b06d0656b72a0e status=machine
country_lk =
    .emergency-2 = Từ điện thoại di động
    .emergency-4 = Xe cấp cứu miễn phí (Suwa Seriya)

# hb: source=7deee915e9ca7ae3 status=machine
country_ly = Không tìm thấy đường dây trợ giúp nào ở đây. IOM đã từng giúp người di cư ở Libya về nước.

# hb: source=5c7730a23e68405c status=machine
country_md =
    .emergency-1 = Miễn phí từ mọi điện thoại

# hb: source=5f79b504e13bb5bd status=machine
country_mm = Không tìm thấy đường dây trợ giúp nào ở đây. Hãy thử các đường dây cho người từ nước bạn, hoặc IOM.

# hb: source=abc11fb4291a3f37 status=machine
country_mx = 911 sẽ gửi cảnh sát đến. Một số quan chức đã giúp kẻ buôn người, vì vậy hãy cẩn thận khi tin ai.
    .emergency-1 = Miễn phí, 24 giờ

# hb: source=26e0ab0fc71c29ce status=machine
country_my =
    .emergency-2 = Từ điện thoại di động. Cuộc gọi đến cùng trung tâm 999.

# hb: source=aeedbbc9407c419e status=machine
country_ng = 112 miễn phí và kết nối với cảnh sát, cứu hỏa và cấp cứu ở những nơi có dịch vụ này.
    .emergency-1 = Miễn phí. Chưa có ở mọi bang.

# hb: source=0a131da274d5b8b6 status=machine
country_nl = Nếu bạn không có giấy tờ, cơ quan lao động và cảnh sát có thể chuyển trường hợp của bạn cho cảnh sát di trú. Một nhóm hỗ trợ có thể tư vấn cho bạn trước.

# hb: source=655b76fa446521a6 status=machine
country_om = Quan chức đã từng đưa người lao động trở lại với chủ lao động. Nếu có thể, hãy liên hệ đại sứ quán của bạn hoặc một đường dây trợ giúp trước khi liên hệ cảnh sát.
    .emergency-1 = Nhân viên trực có thể chỉ nói tiếng Ả Rập

# hb: source=173614535be1ae38 status=machine
country_pe = 105 là cảnh sát. Ở Lima và Callao, 911 cũng có thể dùng được.
    .emergency-1 = Cảnh sát Quốc gia
    .emergency-2 = Cứu hỏa, miễn phí
    .emergency-3 = SAMU (cấp cứu), miễn phí

# hb: source=af43b253af3c35f3 status=machine
country_pk = Cảnh sát: 15. Rescue 1122 cho tai nạn, hỏa hoạn và cấp cứu y tế.
    .emergency-2 = Rescue 1122, cho tai nạn, hỏa hoạn và cấp cứu y tế. Không có ở mọi khu vực.

# hb: source=479e072fde814d88 status=machine
country_py = 911 sẽ gửi cảnh sát đến. Một số cảnh sát đã giúp kẻ buôn người, vì vậy hãy cẩn thận khi tin ai.

# hb: source=82092a6a63b61b1c status=machine
country_qa = Cảnh sát có thể kiểm tra giấy tờ của bạn. Nếu có thể, hãy gọi một đường dây trợ giúp trước.

# hb: source=10a8a6dfc7739a19 status=machine
country_sa = Cảnh sát có thể tạm giữ người không có giấy tờ. Nếu có thể, hãy gọi một đường dây trợ giúp hoặc đại sứ quán của bạn trước.
    .emergency-1 = Nhân viên trực thường nói tiếng Ả Rập

# hb: source=474f3296c0dd2b5e status=machine
country_sd = Ở đây nạn nhân đã từng bị phạt, và một số quan chức có dính líu đến mua bán người. Hãy cẩn thận khi chọn người để liên lạc.
    .emergency-1 = Khartoum. Mới có từ năm 2025.

# hb: source=8dda8f7edd9d1901 status=machine
country_so = Một số quan chức kiếm lợi từ mua bán người. Hãy cẩn thận khi chọn người để liên lạc.
    .emergency-1 = Mogadishu

# hb: source=75ed9aeca9afd4e7 status=machine
country_sv = Không tìm thấy đường dây trợ giúp nào ở đây. 911 do cảnh sát điều hành. Bạn cũng có thể thử các đường dây cho người từ nước bạn, hoặc IOM.
    .emergency-1 = Do Cảnh sát Dân sự Quốc gia điều hành

# hb: source=24846d9fa21bfae5 status=machine
country_tr = Cảnh sát và nhân viên di trú có thể kiểm tra giấy tờ của bạn. Một số người Syria đã bị đưa về nước mà không được kiểm tra xem có phải nạn nhân không.
    .emergency-1 = Một số nhân viên trực nói tiếng nước ngoài

# hb: source=bc6d0b48aee80883 status=machine
country_tw =
    .emergency-3 = Từ điện thoại di động không có sóng hoặc không có thẻ SIM

# hb: source=2101e08dfbffef43 status=machine
country_ua = Khi gặp nguy hiểm, hãy gọi cảnh sát số 102.

# hb: source=aa1905313bb0c582 status=machine
country_us = 911 sẽ gửi cảnh sát đến. Nếu bạn không có giấy tờ, bạn có thể gọi National Human Trafficking Hotline (Đường dây nóng Quốc gia về Mua bán người) trước. Đường dây này không phải cảnh sát hay cơ quan di trú.

# hb: source=d5a519b1be6314ce status=machine
country_vn =
    .emergency-2 = Cứu hỏa và cứu nạn
    .emergency-4 = Tìm kiếm cứu nạn, thiên tai

# hb: source=218c95a1c1afb34b status=machine
country_za = 112 gọi được từ mọi điện thoại di động. Cảnh sát: 10111.
    .emergency-1 = Từ mọi điện thoại di động, kể cả khi hết tiền

# hb: source=c0521a401189b61f status=machine
question_ilo-forced-labour--age = Bạn có dưới 18 tuổi không?
    .help = Nếu bạn dưới 18 tuổi, một vài điều sẽ khác đối với bạn. Bạn vẫn có thể trả lời các câu hỏi khác.

# hb: source=34aa2fd310ebbca5 status=machine
question_ilo-forced-labour--conditions = Nơi bạn làm việc hoặc ngủ có nguy hiểm hoặc bẩn thỉu không?

# hb: source=09302641bce2e4cd status=machine
question_ilo-forced-labour--crimes = Có ai bắt bạn làm những việc trái pháp luật không?
    .help = Ví dụ: bán ma túy, trộm cắp, hoặc đi ăn xin cho họ.

# hb: source=028ebdf36136395f status=machine
question_ilo-forced-labour--debt = Bạn có phải làm việc để trả món nợ với chủ hoặc môi giới không?
    .help = Ví dụ: nợ tiền đi đường, phí xin việc, tiền ăn hoặc tiền phòng.

# hb: source=8fd3665cbff6ef8c status=machine
question_ilo-forced-labour--deception = Công việc của bạn có rất khác với những gì người ta đã hứa không?
    .help = Ví dụ: loại công việc, tiền lương, giờ làm, hoặc chỗ ở.

# hb: source=c7bb641c283f19bb status=machine
question_ilo-forced-labour--documents = Có người khác đang giữ hộ chiếu hoặc thẻ căn cước của bạn không?
    .help = Ví dụ: chủ của bạn, môi giới, hoặc người bạn sống cùng.

# hb: source=f2cba2074458270b status=machine
question_ilo-forced-labour--isolation = Bạn có bị ngăn không cho nói chuyện với gia đình hoặc bạn bè không?

# hb: source=24a3e6bafce0964c status=machine
question_ilo-forced-labour--movement = Bạn có bị ngăn không cho rời khỏi nơi bạn làm việc hoặc sống không?

# hb: source=7332d0f363d2ff28 status=machine
question_ilo-forced-labour--overtime = Bạn có phải làm việc rất nhiều giờ, hoặc không có ngày nghỉ không?

# hb: source=41ef9b0406674b91 status=machine
question_ilo-forced-labour--sexual = Có ai ép bạn làm những việc tình dục mà bạn không muốn không?
    .help = Việc này gồm cả việc bị ép quan hệ tình dục với người ta để đổi lấy tiền, và tiền đó bị người khác lấy.

# hb: source=2932505ad0a7a271 status=machine
question_ilo-forced-labour--threats = Có ai đe dọa bạn hoặc gia đình bạn không?
    .help = Ví dụ: dọa dùng bạo lực, dọa báo cảnh sát, hoặc dọa đưa bạn về nước.

# hb: source=ec1755eb0f5722a5 status=machine
question_ilo-forced-labour--violence = Có ai đánh bạn hoặc làm bạn bị thương không?

# hb: source=5045ad6a78925e9c status=machine
question_ilo-forced-labour--vulnerability = Có ai lợi dụng những khó khăn của bạn để kiểm soát bạn không?
    .help = Ví dụ: vì bạn không có giấy tờ, bạn đang nợ tiền, bạn không nói được tiếng ở đó, hoặc bạn không có nơi nào khác để đi.

# hb: source=ab32ba50010a5949 status=machine
question_ilo-forced-labour--wages = Có ai giữ tiền lương của bạn, hoặc trả cho bạn ít hơn nhiều so với lời hứa không?

