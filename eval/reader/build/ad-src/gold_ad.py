"""Gold and questions for batch ad (all split dev), written by hand from the document text alone.
Writes gold/ad.jsonl and questions/ad.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/ad-src/gold_ad.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("ad")
doc, q = BATCH.doc, BATCH.q


# 1 ----------------------------- VPCP: a Deputy Prime Minister's conclusions, deadline before the subject (docx)
F1 = "ad-tb-vpcp-pttg-dan-cu-sat-lo-mien-nui-han-truoc-chu-ngu.docx"
BNNMT = "Bộ Nông nghiệp và Môi trường"
UB6 = "Ủy ban nhân dân các tỉnh: Lào Cai, Điện Biên, Sơn La, Cao Bằng, Lạng Sơn, Phú Thọ"
A4 = "Giao cho Bộ Quốc phòng và Bộ Công an chỉ đạo lực lượng quân đội"
A8 = "Tập đoàn Điện lực Việt Nam cùng Tập đoàn Công nghiệp - Viễn thông Quân đội"
doc(F1, "docx-vpcp-deputy-pm-conclusions-ministries-and-provinces-deadline-before-subject-giao-cho-joint-de-nghi-xem-xet-elided-province-umbrella-dong-chi-chairman-cung-joint-groups",
    "296/TB-VPCP", "2026-06-12", "Văn phòng Chính phủ", "Lại Thế Khanh",
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", [
    (BNNMT, ["Bộ Xây dựng", "các địa phương"], "2026-07-31", ["trước ngày 31/7/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Bộ Xây dựng và các địa phương hoàn thiện Bản đồ"),
    (BNNMT, [], "2026-07", ["trong tháng 7/2026"], None, "II.1.b",
     "Hướng dẫn các địa phương rà soát, cập nhật danh sách hộ dân cần di dời"),
    (BNNMT, [], None, [], None, "II.1.c",
     "Chỉ đạo Cục Quản lý đê điều và Phòng, chống thiên tai duy trì chế độ"),
    ("Bộ Tài chính", [BNNMT], "2026-06-30", ["Trước ngày 30/6/2026"], None, "II.2",
     "Trước ngày 30/6/2026, Bộ Tài chính chủ trì, phối hợp với Bộ Nông nghiệp"),
    ("Bộ Xây dựng", [], "2026-07", ["trong tháng 7/2026"], None, "II.3",
     "Bộ Xây dựng hướng dẫn thiết kế mẫu nhà ở phù hợp với phong tục"),
    ("Bộ Quốc phòng", [], None, [], None, "II.4", A4),
    ("Bộ Công an", [], None, [], None, "II.4", A4),
    ("Bộ Dân tộc và Tôn giáo", [], "2026-07-15", ["trước ngày 15/7/2026"], None, "II.5",
     "Đề nghị Bộ Dân tộc và Tôn giáo xem xét, lồng ghép nguồn vốn Chương trình"),
    (UB6, [], "2026-06-25", ["trước ngày 25/6/2026"], None, "II.6.a",
     "Khẩn trương rà soát, cắm biển cảnh báo tại 100% điểm có nguy cơ"),
    (UB6, [], "2026-09-30", ["trong quý III/2026"], None, "II.6.b",
     "Chủ động bố trí quỹ đất, lập quy hoạch chi tiết các điểm tái định cư"),
    (UB6, [], None, ["hằng tháng, trước ngày 20"], "monthly", "II.6.c",
     "Định kỳ hằng tháng, trước ngày 20, báo cáo kết quả thực hiện về"),
    ("đồng chí Chủ tịch Ủy ban nhân dân tỉnh Điện Biên", [], "2026-06-20", ["trước ngày 20 tháng 6 năm 2026"], None,
     "II.7", "Đề nghị đồng chí Chủ tịch Ủy ban nhân dân tỉnh Điện Biên trực tiếp chỉ đạo"),
    ("Tập đoàn Điện lực Việt Nam", [], None, [], None, "II.8", A8),
    ("Tập đoàn Công nghiệp - Viễn thông Quân đội", [], None, [], None, "II.8", A8),
    ("Văn phòng Chính phủ", [], "2026-09", ["tại cuộc họp kiểm điểm tiến độ vào tháng 9/2026"], None, "II.9",
     "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo"),
])

# 2 --------------------------- Sở KH&CN: Word table whose merged group rows name the units (docx)
F2 = "ad-tb-skhcn-vinhlong-cds-bang-dong-nhom-la-don-vi.docx"
CDS, TT, BCVT = "Phòng Chuyển đổi số", "Trung tâm Công nghệ thông tin và Truyền thông", "Phòng Bưu chính - Viễn thông"
KHTC, VPS = "Phòng Kế hoạch - Tài chính", "Văn phòng Sở"
A41 = "Cân đối kinh phí thực hiện các nhiệm vụ nêu trên; đề xuất bổ sung dự toán"
A42 = "Tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở tại cuộc họp giao ban"
doc(F2, "docx-so-director-conclusions-task-table-tt-noi-dung-phoi-hop-thoi-han-merged-group-rows-name-the-unit-joint-group-row-de-nghi-xem-xet-row-elided-xa-list-with-va-bare-date-cell-start-cell",
    "153/TB-SKHCN", "2026-04-22", "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "Dương Thị Bích Liễu",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (CDS, ["Văn phòng UBND tỉnh", "các sở, ngành"], "2026-05-15", ["Trước 15/5/2026"], None, "II.1.1",
     "Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Vĩnh Long năm"),
    (CDS, ["Sở Nội vụ"], "2026-05", ["Tháng 5/2026"], None, "II.1.2",
     "Rà soát, đề xuất cắt giảm thành phần hồ sơ của 126 dịch vụ công"),
    (CDS, [], None, ["Hằng quý, trước ngày 15 tháng đầu quý sau"], "quarterly", "II.1.3",
     "Theo dõi, chấm điểm chỉ số chuyển đổi số (DTI) của các sở, ngành"),
    (TT, ["Công an tỉnh"], "2026-06-30", ["30/6/2026"], None, "II.2.1",
     "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hoàn thành kết nối"),
    (TT, [BCVT], "2026-09-30", ["Quý III/2026"], None, "II.2.2",
     "Rà soát, bảo đảm an toàn thông tin cấp độ cho các hệ thống dùng"),
    (TT, ["UBND các xã, phường"], None, ["Thường xuyên"], None, "II.2.3",
     "Duy trì hỗ trợ kỹ thuật cho cán bộ một cửa cấp xã qua đường"),
    (BCVT, ["VNPT Vĩnh Long", "Viettel Vĩnh Long", "MobiFone Vĩnh Long"], "2026-08-31", ["Trước 31/8/2026"], None,
     "II.3.1", "Làm việc với các doanh nghiệp viễn thông xóa 37 “vùng lõm” sóng di"),
    (BCVT, ["Bưu điện tỉnh"], None, [], None, "II.3.2",
     "Hướng dẫn Bưu điện tỉnh triển khai dịch vụ hỗ trợ người dân nộp hồ sơ"),
    (KHTC, ["Sở Tài chính"], "2026-05-10", ["Trước ngày 10/5/2026"], None, "II.4.1", A41),
    (VPS, ["Sở Tài chính"], "2026-05-10", ["Trước ngày 10/5/2026"], None, "II.4.1", A41),
    (KHTC, ["Các phòng, đơn vị thuộc Sở"], "2026-06-25", ["tại cuộc họp giao ban quý II/2026", "Trước 25/6/2026"],
     None, "II.4.2", A42),
    (VPS, ["Các phòng, đơn vị thuộc Sở"], "2026-06-25", ["tại cuộc họp giao ban quý II/2026", "Trước 25/6/2026"],
     None, "II.4.2", A42),
    ("Sở Nội vụ", [CDS], "2026-06-30", ["Quý II/2026"], None, "II.5.1",
     "Đề nghị Sở Nội vụ xem xét, tham mưu UBND tỉnh bố trí 01 công chức"),
    ("UBND các xã: Long Hồ, Tam Bình, Càng Long và Cầu Kè", ["Trung tâm CNTT&TT"], "2026-09-30", ["Đến 30/9/2026"],
     None, "II.5.2", "UBND các xã: Long Hồ, Tam Bình, Càng Long và Cầu Kè chỉ đạo"),
    (VPS, [], None, ["định kỳ hằng tháng", "vào ngày 28"], "monthly", "III",
     "Giao Văn phòng Sở theo dõi, đôn đốc việc thực hiện Thông báo này"),
])

# 3 ------------------ Đảng ủy xã: tasks followed by their own "Chủ trì:" / "Phối hợp:" / "Thời hạn:" lines (pdf)
F3 = "ad-tb-danguy-xa-puluong-homestay-chu-tri-thoi-han-dong-rieng.pdf"
UBX = "Ủy ban nhân dân xã"
A24 = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã cùng các đoàn thể"
A25 = "Ban Chỉ huy Quân sự xã và Công an xã xây dựng phương án sơ tán"
doc(F3, "pdf-commune-party-committee-ban-thuong-vu-conclusions-numbered-2-n-tasks-with-own-chu-tri-phoi-hop-thoi-han-lines-subjectless-tasks-elided-chi-bo-list-with-va-dc-person-cung-joint-date-in-words-half-yearly-month-pair",
    "58-TB/ĐU", "2026-05-08", "Đảng ủy xã Pù Luông", "Hà Công Diệu", "T/M ĐẢNG ỦY / BÍ THƯ", [
    (UBX, ["Công an xã", "Ban Quản lý Khu bảo tồn thiên nhiên Pù Luông", "chi bộ các bản"], "2026-06-30",
     ["trước 30/6/2026"], None, "2.1", "Rà soát, xử lý dứt điểm 23 công trình homestay xây dựng trái phép"),
    (UBX, [], "2026-07", ["Tháng 7/2026"], None, "2.2",
     "Giao Ủy ban nhân dân xã chỉ đạo Phòng Văn hóa - Xã hội xây dựng"),
    ("Chi bộ các bản: Đôn, Kho Mường, Son, Bá và Mười", [], None, ["Thường xuyên", "trước ngày 25 hằng tháng"],
     "monthly", "2.3", "Chi bộ các bản: Đôn, Kho Mường, Son, Bá và Mười lãnh đạo"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", [], "2026-06-30", ["Quý II/2026"], None, "2.4", A24),
    ("các đoàn thể chính trị - xã hội", [], "2026-06-30", ["Quý II/2026"], None, "2.4", A24),
    ("Ban Chỉ huy Quân sự xã", [], "2026-05-31", ["Trước ngày 31 tháng 5 năm 2026"], None, "2.5", A25),
    ("Công an xã", [], "2026-05-31", ["Trước ngày 31 tháng 5 năm 2026"], None, "2.5", A25),
    ("đ/c Lò Văn Tiến, Phó Chủ tịch UBND xã", [], "2026-09-30", ["Trong quý III/2026"], None, "2.6",
     "Yêu cầu đ/c Lò Văn Tiến, Phó Chủ tịch UBND xã trực tiếp chỉ đạo"),
    ("Đoàn Thanh niên xã", ["Hội Liên hiệp Phụ nữ xã"], None, ["vào Chủ nhật cuối cùng hằng tháng"], "monthly", "2.7",
     "Thu gom, xử lý rác thải tại các điểm du lịch; lắp đặt 40"),
    ("Ủy ban Kiểm tra Đảng ủy xã", [], "2026-12-31", ["Quý IV/2026"], None, "2.8",
     "Ủy ban Kiểm tra Đảng ủy xã kiểm tra việc lãnh đạo quản lý đất rừng"),
    ("Văn phòng Đảng ủy", [], "2026-06", ["định kỳ 6 tháng", "Tháng 6 và tháng 12/2026"], "half_yearly", "2.9",
     "Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo"),
])

# 4 ------------------------------ regional health centre: monthly briefing, TYT abbreviations, degree before name (pdf)
F4 = "ad-tb-ttyt-kv-vanninh-giaoban-t5-bsckii-da-ky.pdf"
TCKT = "Phòng Tài chính - Kế toán"
A4_4 = "Khoa Dược - Vật tư y tế cùng Phòng Tài chính - Kế toán hoàn thiện"
A4_5 = "Yêu cầu Trưởng khoa Hồi sức cấp cứu và Trưởng khoa Nội tổng hợp bố trí"
A4_9 = "Các khoa, phòng và TYT các xã cập nhật số liệu thống kê lên"
doc(F4, "pdf-regional-health-centre-giao-ban-agency-over-two-lines-under-so-y-te-numbered-tasks-two-rounds-tyt-elided-list-with-va-hour-deadline-cung-joint-yeu-cau-truong-khoa-giao-cho-dc-deputy-director-da-ky-bsckii",
    "307/TB-TTYT", "2026-06-04", "Trung tâm Y tế khu vực Vạn Ninh", "Phan Đình Lực", "GIÁM ĐỐC", [
    ("Khoa Kiểm soát bệnh tật - HIV/AIDS", ["trạm y tế các xã"], "2026-06-12",
     ["từ 08/6 đến 12/6/2026", "từ 22/6 đến 26/6/2026"], None, "II.1",
     "Khoa Kiểm soát bệnh tật - HIV/AIDS chủ trì, phối hợp với trạm y tế các"),
    ("TYT các xã: Vạn Thắng, Vạn Hưng và Đại Lãnh", [], "2026-06-20", ["trước 20/6"], None, "II.2",
     "TYT các xã: Vạn Thắng, Vạn Hưng và Đại Lãnh rà soát, tiêm vét"),
    ("Phòng Kế hoạch - Nghiệp vụ", [TCKT], "2026-06-10", ["trước 16 giờ 00 ngày 10/6/2026"], None, "II.3",
     "Phòng Kế hoạch - Nghiệp vụ phối hợp với Phòng Tài chính - Kế toán rà soát"),
    ("Khoa Dược - Vật tư y tế", [], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.4", A4_4),
    (TCKT, [], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.4", A4_4),
    ("Trưởng khoa Hồi sức cấp cứu", [], None, [], None, "II.5", A4_5),
    ("Trưởng khoa Nội tổng hợp", [], None, [], None, "II.5", A4_5),
    ("Phòng Điều dưỡng", [], None, ["vào chiều thứ Năm hằng tuần"], "weekly", "II.6",
     "Giao cho Phòng Điều dưỡng kiểm tra việc thực hiện quy trình chăm sóc, phòng"),
    ("đ/c Tôn Nữ Quỳnh Giao, Phó Giám đốc Trung tâm", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.7",
     "Đề nghị đ/c Tôn Nữ Quỳnh Giao, Phó Giám đốc Trung tâm chỉ đạo triển khai"),
    ("TYT xã Đại Lãnh", ["Đồn Biên phòng Đại Lãnh"], "2026-07", ["trong tháng 7/2026"], None, "II.8",
     "TYT xã Đại Lãnh phối hợp Đồn Biên phòng Đại Lãnh tổ chức khám, cấp phát"),
    ("Các khoa, phòng", [], None, ["trước ngày 03 hằng tháng"], "monthly", "II.9", A4_9),
    ("TYT các xã", [], None, ["trước ngày 03 hằng tháng"], "monthly", "II.9", A4_9),
    ("Phòng Tổ chức - Hành chính", [], "2026-06-30", ["vào chiều thứ Ba, ngày 30/6/2026"], None, "II.10",
     "Phòng Tổ chức - Hành chính chuẩn bị nội dung, tài liệu cho buổi giao ban"),
])

# 5 ------------------------ university: topic headings with a) b), TL. + KT. three-line signature, degree (pdf)
F5 = "ad-tb-dhbaclieu-xet-tot-nghiep-tl-kt-ba-dong.pdf"
A5_3b = "Ban Quản lý ký túc xá và Trạm Y tế Trường phối hợp với Trạm"
A5_3c = "Đề nghị Đoàn Thanh niên, Hội Sinh viên Trường xây dựng kế hoạch Chiến dịch"
doc(F5, "pdf-university-rector-conclusions-topic-headings-letter-points-elided-faculty-list-with-va-thoi-han-inline-bare-date-exam-days-pair-relative-days-giao-joint-comma-and-va-undated-condition-tl-kt-three-line-signature",
    "512/TB-ĐHBL", "2026-05-18", "Trường Đại học Bạc Liêu", "Quách Mỹ Tiên",
    "TL. HIỆU TRƯỞNG / KT. TRƯỞNG PHÒNG ĐÀO TẠO / PHÓ TRƯỞNG PHÒNG", [
    ("Phòng Đào tạo", [], "2026-05-29", ["trước ngày 29/5/2026"], None, "1.a",
     "Phòng Đào tạo rà soát kết quả học tập, điểm rèn luyện của sinh viên"),
    ("Các khoa: Sư phạm, Nông nghiệp, Kinh tế và Công nghệ thông tin", [], None,
     ["trong vòng 05 ngày làm việc kể từ ngày công bố danh sách"], None, "1.b",
     "Các khoa: Sư phạm, Nông nghiệp, Kinh tế và Công nghệ thông tin thông báo"),
    ("Phòng Khảo thí và Đảm bảo chất lượng", [], "2026-06-05", ["chậm nhất ngày 05/6/2026"], None, "1.c",
     "Phòng Khảo thí và Đảm bảo chất lượng hoàn tất chấm phúc khảo, cập nhật"),
    ("Phòng Kế hoạch - Tài chính", ["Phòng Công tác sinh viên"], "2026-06-05", ["05/6/2026"], None, "1.d",
     "Phòng Kế hoạch - Tài chính phối hợp với Phòng Công tác sinh viên đối chiếu"),
    ("Trung tâm Ngoại ngữ - Tin học", [], "2026-05-23",
     ["vào các ngày 23/5/2026 và 30/5/2026", "trong vòng 07 ngày kể từ ngày thi"], None, "2.a",
     "Trung tâm Ngoại ngữ - Tin học tổ chức 02 đợt thi đánh giá năng"),
    ("Phòng Đào tạo", ["Trung tâm Ngoại ngữ - Tin học"], "2026-06", ["trong tháng 6/2026"], None, "2.b",
     "Giao Phòng Đào tạo chủ trì, phối hợp với Trung tâm Ngoại ngữ - Tin học"),
    ("Phòng Công tác sinh viên", [], "2026-06-27", ["vào ngày 27/6/2026"], None, "3.a",
     "Phòng Công tác sinh viên chủ trì tổ chức Lễ tốt nghiệp và trao bằng"),
    ("Ban Quản lý ký túc xá", ["Trạm Y tế phường Bạc Liêu"], None, ["trước kỳ nghỉ hè"], None, "3.b", A5_3b),
    ("Trạm Y tế Trường", ["Trạm Y tế phường Bạc Liêu"], None, ["trước kỳ nghỉ hè"], None, "3.b", A5_3b),
    ("Đoàn Thanh niên", [], "2026-06-10", ["trước 10/6"], None, "3.c", A5_3c),
    ("Hội Sinh viên Trường", [], "2026-06-10", ["trước 10/6"], None, "3.c", A5_3c),
    ("Phòng Tổ chức - Hành chính", [], "2026-06", ["tại cuộc họp giao ban tháng 6/2026"], None, "3.d",
     "Phòng Tổ chức - Hành chính đăng tải Thông báo này trên Trang thông tin"),
])

# 6 -------------------------- portal article: intertitles, several units in one paragraph, passive, quote (html)
F6 = "ad-portal-hanoi-chung-cu-cu-intertitle-nhieu-don-vi-mot-doan.html"
doc(F6, "html-city-portal-article-sapo-number-date-issuer-h2-intertitles-several-unit-tasks-in-one-paragraph-topic-label-colon-scale-1-500-not-date-blockquote-not-task-passive-duoc-yeu-cau-xem-them-link-no-signer",
    "428/TB-VP", "2026-07-15", "Văn phòng UBND thành phố Hà Nội", None, None, [
    ("UBND các phường: Giảng Võ, Kim Liên, Thanh Xuân, Đống Đa", [], "2026-08-15", ["trước ngày 15/8/2026"], None,
     "", "giao UBND các phường: Giảng Võ, Kim Liên, Thanh Xuân, Đống Đa tổ chức"),
    ("Sở Xây dựng", ["Công an Thành phố"], "2026-07-31", ["trước ngày 31/7/2026"], None, "",
     "Sở Xây dựng chủ trì, phối hợp với Công an Thành phố kiểm tra, rà soát"),
    ("Công an Thành phố", [], None, [], None, "",
     "Công an Thành phố được yêu cầu chỉ đạo Công an các phường bảo đảm"),
    ("Sở Quy hoạch - Kiến trúc", [], "2026-09-30", ["trong quý III/2026"], None, "",
     "Sở Quy hoạch - Kiến trúc khẩn trương thẩm định, trình phê duyệt quy hoạch"),
    ("Sở Tài chính", [], "2026-09-30", ["trước 30/9"], None, "",
     "Sở Tài chính hướng dẫn các phường lập hồ sơ mời quan tâm, lựa chọn"),
    ("Sở Nông nghiệp và Môi trường", [], "2026-08", ["trong tháng 8/2026"], None, "",
     "Sở Nông nghiệp và Môi trường hướng dẫn UBND các phường xác định giá đất"),
    ("UBND các phường có chung cư cũ", [], None, ["định kỳ hằng quý"], "quarterly", "",
     "UBND các phường có chung cư cũ công khai phương án bồi thường, hỗ trợ"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", [], None, [], None, "",
     "đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố chỉ đạo Mặt trận"),
    ("Văn phòng UBND Thành phố", [], None, ["trước ngày 05 hằng tháng"], "monthly", "",
     "Văn phòng UBND Thành phố theo dõi, đôn đốc, tổng hợp tiến độ, báo cáo"),
])

# 7 ---------------------- pandoc default markdown: multiline tables, fancy "a)" lists, nested "-", "--", anchors (md)
F7 = "ad-tb-cangquangninh-giaoban-t5-pandoc-markdown-fancy-lists.md"
KD, ATPC = "Phòng Kinh doanh", "Phòng An toàn - Pháp chế"
HG, CL = "Xí nghiệp Xếp dỡ Hòn Gai", "Xí nghiệp Xếp dỡ Cái Lân"
A7_3a = "Rà soát phương án chằng buộc hàng hóa, thiết bị trên bãi; chuẩn bị"
A7_3b = "Báo cáo sản lượng ca về Trung tâm Điều độ trước 07 giờ 30"
doc(F7, "md-pandoc-default-markdown-from-docx-headerless-multiline-tables-backslash-line-breaks-fancy-letter-lists-nested-dash-bullets-joint-umbrella-en-dash-as-double-hyphen-word-bookmark-anchors-deadline-before-subject",
    "194/TB-CQN", "2026-06-05", "Công ty Cổ phần Cảng Quảng Ninh", "Vũ Thị Ngân Hà",
    "KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC", [
    (KD, [], "2026-06-20", ["trước ngày 20/6/2026"], None, "II.1.a",
     "Làm việc với các hãng tàu container tuyến nội Á để ký hợp đồng"),
    (KD, [], "2026-06", ["trong tháng 6/2026"], None, "II.1.b",
     "Rà soát biểu giá dịch vụ xếp dỡ, lưu kho bãi, trình Tổng Giám đốc"),
    ("Phòng Kỹ thuật -- Vật tư", [CL], "2026-06-30", ["trước 30/6"], None, "II.2",
     "Phòng Kỹ thuật -- Vật tư chủ trì, phối hợp với Xí nghiệp Xếp dỡ Cái Lân"),
    (HG, [], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.3.a", A7_3a),
    (CL, [], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.3.a", A7_3a),
    (HG, [], None, ["trước 07 giờ 30 hằng ngày"], "daily", "II.3.b", A7_3b),
    (CL, [], None, ["trước 07 giờ 30 hằng ngày"], "daily", "II.3.b", A7_3b),
    (ATPC, [], "2026-06-25", ["trước ngày 25/6/2026"], None, "II.4",
     "Tổ chức huấn luyện an toàn, vệ sinh lao động cho 100% công nhân mới"),
    (ATPC, [], None, ["vào sáng thứ Hai hằng tuần"], "weekly", "II.4",
     "Kiểm tra đột xuất việc chấp hành quy trình an toàn tại các tuyến"),
    ("Phòng Tài chính - Kế toán", [], "2026-06-10", ["Trước ngày 10/6/2026"], None, "II.5",
     "Trước ngày 10/6/2026, Phòng Tài chính - Kế toán hoàn thành đối chiếu"),
    ("Phòng Tổ chức - Lao động", [], "2026-09-30", ["trong quý III/2026"], None, "II.6",
     "Giao cho Phòng Tổ chức - Lao động xây dựng phương án bố trí lao động"),
    ("Cảng vụ Hàng hải Quảng Ninh", [], "2026", ["trước mùa mưa bão năm 2026"], None, "II.7",
     "Đề nghị Cảng vụ Hàng hải Quảng Ninh xem xét, chấp thuận phương án nạo"),
    ("Văn phòng Công ty", [], "2026-06", ["tại cuộc họp giao ban tháng 6/2026"], None, "II.8",
     "Văn phòng Công ty theo dõi, tổng hợp kết quả thực hiện của các đơn vị"),
])

# 8 ----------------- Outlook reply chain: notice pasted (not quoted) below a "RE:" reply, header one cell per line (txt)
F8 = "ad-email-outlook-batgt-dongnai-le-2-9-dan-noi-dung-khong-trich.txt"
SXD = "Sở Xây dựng"
A8_3 = "Sở GD&ĐT cùng Tỉnh đoàn tổ chức tuyên truyền, ra quân \"Cổng trường an"
doc(F8, "txt-outlook-plain-text-reply-chain-underscore-separator-english-sent-dates-notice-pasted-unquoted-header-cells-one-per-line-ca-tinh-abbreviation-duty-window-plus-daily-yearless-before-event-cung-joint-thoi-han-own-line",
    "52/TB-BATGT", "2026-08-17", "Ban An toàn giao thông tỉnh Đồng Nai", "Đoàn Thị Thu Trang",
    "TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG", [
    ("CA tỉnh", [SXD, "các địa phương"], "2026-09-03",
     ["từ ngày 28/8/2026 đến hết ngày 03/9/2026", "trước 10 giờ hằng ngày trong thời gian cao điểm"], "daily", "II.1",
     "CA tỉnh chủ trì, phối hợp với Sở Xây dựng và các địa phương"),
    (SXD, [], "2026-08-25", ["trước ngày 25/8"], None, "II.2",
     "Chỉ đạo Ban Quản lý bảo trì đường bộ rà soát, khắc phục 27 \"điểm"),
    (SXD, ["Sở GD&ĐT"], "2026-09-04", ["trước khai giảng năm học mới (ngày 05/9/2026)"], None, "II.2",
     "Phối hợp với Sở GD&ĐT lắp đặt biển báo, gờ giảm tốc, vạch sơn"),
    ("Sở GD&ĐT", [], None, ["trong tuần đầu năm học"], None, "II.3", A8_3),
    ("Tỉnh đoàn", [], None, ["trong tuần đầu năm học"], None, "II.3", A8_3),
    ("Báo và Phát thanh, Truyền hình Đồng Nai", [], None, [], None, "II.4",
     "Đề nghị Báo và Phát thanh, Truyền hình Đồng Nai xem xét, mở chuyên mục"),
    ("UBND các xã, phường có quốc lộ 1, quốc lộ 20, quốc lộ 51 đi qua", [], "2026-08-31",
     ["trước ngày 31/8/2026"], None, "II.5",
     "UBND các xã, phường có quốc lộ 1, quốc lộ 20, quốc lộ 51"),
    ("Các doanh nghiệp kinh doanh vận tải hành khách", [], None, [], None, "II.6",
     "Các doanh nghiệp kinh doanh vận tải hành khách kiểm tra tình trạng kỹ thuật phương"),
    ("Văn phòng Ban ATGT tỉnh", [], "2026-09-08", ["trước ngày 08/9/2026"], None, "II.7",
     "Văn phòng Ban ATGT tỉnh tổng hợp kết quả thực hiện, báo cáo Trưởng ban"),
])

# 9 --------------- biên bản làm việc: Bên A / Bên B headings, signatures with Bên B on the left (docx)
F9 = "ad-bb-lamviec-pclangson-xa-mauson-ben-a-ben-b-ky-dao-cot.docx"
PC, XA = "Công ty Điện lực Lạng Sơn", "UBND xã Mẫu Sơn"
A9_3 = "Hai bên phối hợp tổ chức nghiệm thu, đóng điện và bàn giao công trình"
doc(F9, "docx-bien-ban-lam-viec-power-company-and-commune-ben-a-ben-b-party-headings-with-bracketed-names-de-nghi-positions-not-tasks-giao-points-elided-thon-list-hai-ben-joint-two-signature-columns-ben-b-left",
    "71/BB-PCLS", "2026-03-26", PC, "Lộc Minh Tuân",
    "ĐẠI DIỆN BÊN A / CÔNG TY ĐIỆN LỰC LẠNG SƠN / PHÓ GIÁM ĐỐC", [
    (PC, [], "2026-06-30", ["trong quý II/2026", "trước ngày 30/9/2026"], None, "III.1.a",
     "Hoàn thiện hồ sơ thiết kế bản vẽ thi công, khởi công công trình cấp điện"),
    ("Điện lực Lộc Bình", ["UBND xã"], "2026-04-30", ["trước ngày 30/4/2026"], None, "III.1.b",
     "Giao Điện lực Lộc Bình chủ trì, phối hợp với UBND xã phát quang hành"),
    (PC, [], "2026-05", ["trong tháng 5/2026"], None, "III.1.c",
     "Kiểm tra, thay thế 12 cột điện hạ thế bị nghiêng, bảo đảm an toàn"),
    (PC, [], "2026-04", ["trong tháng 4/2026"], None, "III.1.d",
     "Báo cáo Tổng công ty Điện lực miền Bắc xem xét, bổ sung vốn cho"),
    (XA, [], "2026-04-20", ["trước ngày 20/4/2026"], None, "III.2.a",
     "Vận động các hộ dân hiến đất, giải phóng mặt bằng vị trí móng cột"),
    ("Phòng Kinh tế xã", [], None, ["thường xuyên"], None, "III.2.b",
     "Giao Phòng Kinh tế xã kiểm tra, xử lý các trường hợp xây dựng nhà"),
    ("Trưởng các thôn: Khuổi Cấp, Khuổi Tiếng, Pò Mạ", [], "2026-04", ["trong tháng 4/2026"], None, "III.2.c",
     "Trưởng các thôn: Khuổi Cấp, Khuổi Tiếng, Pò Mạ tổ chức họp thôn, tuyên truyền"),
    (PC, [], None, ["định kỳ hằng tháng", "vào ngày làm việc cuối cùng của tháng"], "monthly", "III.3", A9_3),
    (XA, [], None, ["định kỳ hằng tháng", "vào ngày làm việc cuối cùng của tháng"], "monthly", "III.3", A9_3),
], doc_type="BIÊN BẢN")

# 10 ---------------- pdftotext -layout: columns kept by spaces, justified double spaces, form feeds, page "2" (txt)
F10 = "ad-tb-ubnd-daklak-di-cu-tu-do-pdftotext-layout-so-trang.txt"
NN = "Sở Nông nghiệp và Môi trường"
A10_4 = "Sở Giáo dục và Đào tạo, Sở Y tế bảo đảm cho con em hộ"
XA4 = "UBND các xã: Ea Súp, Ea Rốk, Ia Lốp và Ea Bung"
doc(F10, "txt-pdftotext-layout-provincial-vice-chairman-conclusions-space-aligned-header-and-signature-justified-double-spaces-form-feed-page-number-top-item-cut-by-page-break-yeu-cau-de-nghi-xem-xet-kt-chu-tich",
    "389/TB-UBND", "2026-06-29", "UBND tỉnh Đắk Lắk", "Phạm Hữu Tín", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    ("Sở Dân tộc và Tôn giáo", ["Công an tỉnh", "UBND các xã có dân di cư tự do"], "2026-07-31",
     ["trước ngày 31/7/2026"], None, "1",
     "Sở Dân tộc và Tôn giáo chủ trì, phối hợp với Công an tỉnh, UBND"),
    (NN, [], "2026-09-30", ["trong quý III/2026"], None, "2.a",
     "Rà soát quỹ đất do các công ty nông, lâm nghiệp trả về địa phương"),
    (NN, ["Sở Tài chính"], "2026-09-15", ["trước ngày 15/9/2026"], None, "2.b",
     "Phối hợp với Sở Tài chính lập dự án bố trí ổn định dân cư tập"),
    ("Công an tỉnh", [], "2026-09-30", ["trước 30/9"], None, "3",
     "Yêu cầu Công an tỉnh chỉ đạo Công an các xã đăng ký thường trú"),
    ("Sở Giáo dục và Đào tạo", [], "2026-08", ["trong tháng 8/2026"], None, "4", A10_4),
    ("Sở Y tế", [], "2026-08", ["trong tháng 8/2026"], None, "4", A10_4),
    (XA4, [], None, ["thường xuyên"], None, "5",
     "Không để phát sinh thêm hộ di cư tự do; kiên quyết ngăn chặn phá"),
    (XA4, [], None, ["hằng tháng, trước ngày 22"], "monthly", "5",
     "Báo cáo tình hình dân di cư tự do về Sở Dân tộc và Tôn giáo"),
    ("Bộ Chỉ huy Quân sự tỉnh", ["UBND xã Ia Lốp"], "2026", ["trong năm 2026"], None, "6",
     "Đề nghị Bộ Chỉ huy Quân sự tỉnh xem xét, phối hợp với UBND xã Ia"),
    ("Văn phòng UBND tỉnh", [], "2026-10", ["tại phiên họp UBND tỉnh tháng 10/2026"], None, "7",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện"),
])


# ------------------------------------------------------------------------------------------------------ questions
q("Theo Thông báo 296/TB-VPCP, Bộ Tài chính phải tổng hợp nhu cầu vốn bố trí dân cư vùng sạt lở, báo cáo Thủ tướng Chính phủ trước ngày nào?",
  F1, ["30/6/2026"], ["vi", "deadline"])
q("Which two state groups must provide electricity and mobile coverage at the resettlement sites, according to Deputy Prime Minister Đinh Hữu Khang's conclusions?",
  F1, ["Tập đoàn Điện lực Việt Nam", "Viettel"], ["en", "who"])
q("Chu tich UBND tinh Dien Bien phai di doi bao nhieu ho dan o cac ban Huoi Chan, Nam Nga va xong truoc ngay nao?",
  F1, ["126", "20 tháng 6 năm 2026"], ["vi-noaccent", "figure", "deadline"])
q("How often must the six northern mountain provinces report on resettling households at risk of landslides to the Ministry of Agriculture and Environment?",
  F1, ["hằng tháng", "trước ngày 20"], ["en", "recurring"])
q("Sở Khoa học và Công nghệ Vĩnh Long giao đơn vị nào xóa 37 vùng lõm sóng di động và thời hạn là khi nào?",
  F2, ["Phòng Bưu chính - Viễn thông", "31/8/2026"], ["vi", "who", "deadline"])
q("Which units of the Vĩnh Long science and technology department must balance the funding for the digital transformation tasks and propose extra 2026 estimates, and by when?",
  F2, ["Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "10/5/2026"], ["en", "who", "deadline"])
q("Ty le ho so nop truc tuyen cua tinh Vinh Long trong quy I/2026 dat bao nhieu phan tram?",
  F2, ["41,7%"], ["vi-noaccent", "figure"])
q("Ai ký Thông báo 153/TB-SKHCN về chuyển đổi số của Sở Khoa học và Công nghệ tỉnh Vĩnh Long?",
  F2, ["Dương Thị Bích Liễu"], ["vi", "signer"])
q("Đảng ủy xã Pù Luông yêu cầu xử lý dứt điểm các công trình homestay xây dựng trái phép trên đất lâm nghiệp trước ngày nào, đơn vị nào chủ trì?",
  F3, ["Ủy ban nhân dân xã", "30/6/2026"], ["vi", "who-leads", "deadline"])
q("When does the Pù Luông commune youth union have to go out and collect rubbish at the tourist spots?",
  F3, ["Chủ nhật cuối cùng hằng tháng"], ["en", "recurring"])
q("Ban Chi huy Quan su xa va Cong an xa Pu Luong phai xay dung phuong an so tan bao nhieu ho dan, han chot la ngay nao?",
  F3, ["186", "31 tháng 5 năm 2026"], ["vi-noaccent", "figure", "deadline"])
q("Ai chủ trì hội nghị Ban Thường vụ Đảng ủy xã Pù Luông ngày 05/5/2026?",
  F3, ["Hà Công Diệu"], ["vi", "chair"])
q("Trung tâm Y tế khu vực Vạn Ninh tổ chức chiến dịch diệt lăng quăng vào những khoảng thời gian nào?",
  F4, ["08/6", "12/6/2026", "22/6", "26/6/2026"], ["vi", "deadline"])
q("By what time and date must the planning division of the Vạn Ninh regional health centre report on the rejected health-insurance claims?",
  F4, ["16 giờ 00", "10/6/2026"], ["en", "deadline"])
q("TTYT khu vuc Van Ninh giao ai chi dao trien khai benh an dien tu tai 03 khoa lam sang con lai?",
  F4, ["Tôn Nữ Quỳnh Giao"], ["vi-noaccent", "who"])
q("How much did provincial social insurance refuse to pay the Vạn Ninh health centre for health-insurance treatment in the first quarter of 2026?",
  F4, ["212 triệu đồng"], ["en", "amount"])
q("Trường Đại học Bạc Liêu tổ chức Lễ tốt nghiệp cho sinh viên khóa 2022 - 2026 vào ngày nào, đơn vị nào chủ trì?",
  F5, ["27/6/2026", "Phòng Công tác sinh viên"], ["vi", "date", "who-leads"])
q("On which dates will Bạc Liêu University hold the foreign-language and IT proficiency tests for final-year students?",
  F5, ["23/5/2026", "30/5/2026"], ["en", "date"])
q("Doan Thanh nien, Hoi Sinh vien Truong Dai hoc Bac Lieu phai trinh ke hoach Mua he xanh nam 2026 truoc ngay nao?",
  F5, ["10/6"], ["vi-noaccent", "deadline"])
q("Bao nhiêu sinh viên Trường Đại học Bạc Liêu chưa đạt chuẩn đầu ra ngoại ngữ trong đợt xét tốt nghiệp tháng 6/2026?",
  F5, ["218"], ["vi", "figure"])
q("Hà Nội yêu cầu di dời 100% hộ dân khỏi các nhà chung cư nguy hiểm cấp D trước ngày nào?",
  F6, ["15/8/2026"], ["vi", "deadline"])
q("What is the number and date of the Hanoi People's Committee Office notice on renovating old apartment buildings?",
  F6, ["428/TB-VP", "15/7/2026"], ["en", "number", "issue-date"])
q("So Tai chinh Ha Noi phai huong dan cac phuong lap ho so moi quan tam lua chon nha dau tu cai tao chung cu cu xong truoc ngay nao?",
  F6, ["30/9"], ["vi-noaccent", "deadline"])
q("How often must the Hanoi wards with old apartment buildings hold dialogues with residents about compensation?",
  F6, ["hằng quý"], ["en", "recurring"])
q("Cảng Quảng Ninh giao đơn vị nào kiểm định, sửa chữa 04 cẩu giàn bến số 5 và bến số 6, hạn hoàn thành khi nào?",
  F7, ["Kỹ thuật", "Vật tư", "30/6"], ["vi", "who", "deadline"])
q("By when must Quảng Ninh Port's finance and accounting division finish reconciling receivables, and how much overdue debt must it recover?",
  F7, ["10/6/2026", "14,2 tỷ đồng"], ["en", "deadline", "amount"])
q("Cac xi nghiep xep do cua Cang Quang Ninh phai bao cao san luong ca ve Trung tam Dieu do truoc may gio hang ngay?",
  F7, ["07 giờ 30"], ["vi-noaccent", "recurring"])
q("Sản lượng hàng hóa thông qua Cảng Quảng Ninh tháng 5/2026 đạt bao nhiêu?",
  F7, ["1,26 triệu tấn"], ["vi", "figure"])
q("Ban An toàn giao thông tỉnh Đồng Nai tổ chức đợt cao điểm xử lý vi phạm nồng độ cồn dịp Lễ 2/9 từ ngày nào đến ngày nào?",
  F8, ["28/8/2026", "03/9/2026"], ["vi", "deadline"])
q("How many school gates in Đồng Nai must get signs, speed bumps and road markings before the new school year, and which department must do it?",
  F8, ["46", "Sở Xây dựng"], ["en", "figure", "who"])
q("Ai ky Thong bao 52/TB-BATGT cua Ban An toan giao thong tinh Dong Nai?",
  F8, ["Đoàn Thị Thu Trang"], ["vi-noaccent", "signer"])
q("Theo biên bản làm việc giữa Công ty Điện lực Lạng Sơn và UBND xã Mẫu Sơn, công trình cấp điện cho 03 thôn phải đóng điện trước ngày nào?",
  F9, ["30/9/2026"], ["vi", "deadline"])
q("Who signed the working minutes between Lạng Sơn Power Company and Mẫu Sơn commune on behalf of each side?",
  F9, ["Lộc Minh Tuân", "Triệu Văn Lìn"], ["en", "signer"])
q("UBND xa Mau Son phai ban giao mat bang vi tri mong cot cho Cong ty Dien luc Lang Son truoc ngay nao?",
  F9, ["20/4/2026"], ["vi-noaccent", "deadline"])
q("UBND tỉnh Đắk Lắk yêu cầu Công an tỉnh hoàn thành đăng ký thường trú, cấp thẻ căn cước cho người dân di cư tự do trước ngày nào?",
  F10, ["30/9"], ["vi", "deadline"])
q("How many free-migrant households have settled in Đắk Lắk since 2015, and how many have been stably resettled?",
  F10, ["3.412", "1.967"], ["en", "figure"])
q("UBND cac xa Ea Sup, Ea Rok, Ia Lop va Ea Bung bao cao tinh hinh dan di cu tu do ve So Dan toc va Ton giao vao ngay nao hang thang?",
  F10, ["ngày 22"], ["vi-noaccent", "recurring"])
# unanswerable: a place, unit, level or year that does not match
q("Theo Thông báo 296/TB-VPCP, Ủy ban nhân dân tỉnh Quảng Ngãi phải hoàn thành di dời hộ dân vùng sạt lở trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("By when must the science management division (Phòng Quản lý khoa học) of the Vĩnh Long science department finish the 2026 digital transformation plan?",
  None, [], ["en", "deadline", "unanswerable"])
q("Dang uy phuong Pu Luong giao Ban Xay dung Dang nhiem vu gi ve phat trien du lich cong dong?",
  None, [], ["vi-noaccent", "what", "unanswerable"])
q("What did the Vạn Ninh regional health centre ask the Tu Bông commune health station to do about the measles outbreak?",
  None, [], ["en", "what", "unanswerable"])
q("Trường Đại học Bạc Liêu giao Khoa Y dược tổ chức thi chuẩn đầu ra tin học vào ngày nào?",
  None, [], ["vi", "date", "unanswerable"])
q("UBND thanh pho Hue yeu cau di doi ho dan khoi cac chung cu cu nguy hiem cap D truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("What deadline did Lạng Sơn Power Company set in its 2025 working minutes with Mẫu Sơn commune for clearing the 110 kV line corridor?",
  None, [], ["en", "deadline", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
