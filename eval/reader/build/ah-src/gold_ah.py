"""Gold and questions for batch ah (all split dev), written by hand from the document text alone.
Writes gold/ah.jsonl and questions/ah.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/ah-src/gold_ah.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("ah")
doc, q = BATCH.doc, BATCH.q


# 1 ----------- provincial portal page reproducing the full notice: header and signature as HTML tables (html)
F1 = "ah-portal-sonla-moc-chau-toan-van-bang-header-tin-lien-quan.html"
SNN1, BQL1 = "Sở Nông nghiệp và Môi trường", "Ban Quản lý Khu du lịch quốc gia Mộc Châu"
doc(F1, "html-provincial-portal-full-text-notice-header-and-signature-as-html-tables-posting-date-after-issue-date-byline-breadcrumb-tin-lien-quan-bold-run-in-units-three-line-tl-kt-signature",
    "1147/TB-UBND", "2026-06-19", "UBND tỉnh Sơn La", "Cầm Thị Ngoan",
    "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    (SNN1, [BQL1], None, ["định kỳ hằng tháng"], "monthly", "II.1.a",
     "Chủ trì, phối hợp với Ban Quản lý Khu du lịch quốc gia Mộc Châu"),
    (SNN1, [], "2026-07-31", ["trước ngày 31/7/2026"], None, "II.1.b",
     "Thẩm định phương án xử lý nước thải của các cơ sở lưu trú, nhà hàng"),
    ("Sở Văn hóa, Thể thao và Du lịch", [], "2026-09-30", ["trong quý III/2026"], None, "II.2",
     "chủ trì xây dựng Đề án phát triển du lịch cộng đồng Khu du lịch"),
    ("Sở Xây dựng", [], "2026-08-15", ["trước 15/8"], None, "II.3",
     "hướng dẫn UBND phường Mộc Sơn xử lý dứt điểm 07 công trình xây dựng"),
    (BQL1, [], None, ["02 lần/tuần"], "weekly", "II.4",
     "tổ chức thu gom rác tại các điểm du lịch 02 lần/tuần và"),
    ("UBND phường Mộc Sơn", [BQL1, "Công an phường Mộc Sơn"], "2026-07", ["trong tháng 7/2026"], None, "II.5",
     "Giao UBND phường Mộc Sơn chủ trì, phối hợp với Ban Quản lý Khu"),
    ("UBND các phường: Mộc Châu, Mộc Sơn, Thảo Nguyên", [], None, ["trước ngày 20 hằng tháng"], "monthly", "II.6",
     "UBND các phường: Mộc Châu, Mộc Sơn, Thảo Nguyên vận động các hộ kinh doanh"),
    ("Công an tỉnh", [], "2026-08-31", ["từ ngày 20/6 đến ngày 31/8/2026"], None, "II.7",
     "Công an tỉnh chỉ đạo Công an các phường thuộc Khu du lịch quốc gia"),
    ("Công ty Điện lực Sơn La", [], "2026-09-30", ["trong quý III/2026"], None, "II.8",
     "Đề nghị Công ty Điện lực Sơn La đầu tư nâng công suất trạm biến áp"),
    ("Sở Tài chính", [], "2026-07-10", ["trước ngày 10/7/2026"], None, "II.9",
     "Sở Tài chính tham mưu bố trí kinh phí quan trắc môi trường và thu gom"),
    ("Văn phòng UBND tỉnh", [], "2026-09", ["tại phiên họp thường kỳ tháng 9/2026"], None, "II.10",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả"),
])

# 2 ----------- a confederation's Văn phòng: issuer on two header lines (TỔNG LIÊN ĐOÀN … / VĂN PHÒNG), tables (docx)
F2 = "ah-tb-vp-tld-pho-chu-tich-cong-doan-co-so-co-quan-hai-dong.docx"
BTC2, CSPL = "Ban Tổ chức", "Ban Chính sách - Pháp luật"
BAN4 = "Các Ban: Tuyên giáo, Quan hệ lao động, Nữ công"
doc(F2, "docx-confederation-office-tb-vp-parent-over-van-phong-header-table-kt-chanh-van-phong-signature-table-bold-unit-headings-and-run-ins-elided-ban-list-umbrella-yearless-date",
    "277/TB-VP", "2026-05-12", "Văn phòng Tổng Liên đoàn Lao động Việt Nam", "Vi Thị Hồng Gấm",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    (BTC2, [CSPL], "2026-05-30", ["trước ngày 30/5/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Ban Chính sách - Pháp luật hoàn thiện dự thảo"),
    (BTC2, [], "2026-06", ["trong tháng 6/2026"], None, "II.1.b",
     "Xây dựng văn bản hướng dẫn Liên đoàn Lao động cấp tỉnh chuyển giao đoàn"),
    ("Ban Tài chính", [], "2026-07-15", ["chậm nhất ngày 15/7/2026"], None, "II.2",
     "chủ trì tính toán, dự kiến nhu cầu kinh phí hỗ trợ các công đoàn"),
    (CSPL, [], "2026-09-30",
     ["trong vòng 07 ngày làm việc kể từ ngày nhận đủ hồ sơ", "trong quý III/2026"], None, "II.3",
     "Giao Ban Chính sách - Pháp luật thẩm định dự thảo Hướng dẫn trong vòng"),
    (BAN4, [], "2026-06-20", ["trước ngày 20/6/2026"], None, "II.4",
     "Rà soát các hướng dẫn thuộc lĩnh vực phụ trách có nội dung liên quan"),
    (BAN4, [], "2026-07", ["trong tháng 7/2026"], None, "II.4",
     "Tham gia các đoàn khảo sát tại Liên đoàn Lao động các tỉnh có"),
    ("Trung tâm Chuyển đổi số", [BTC2], "2026-06-01", ["trước 01/6"], None, "II.5",
     "phối hợp với Ban Tổ chức nâng cấp phần mềm quản lý đoàn viên, thẻ"),
    ("Liên đoàn Lao động các tỉnh, thành phố trực thuộc Trung ương", [], "2026-06-15",
     ["trước ngày 15/6/2026"], None, "II.6",
     "Đề nghị Liên đoàn Lao động các tỉnh, thành phố trực thuộc Trung ương chỉ"),
    ("Văn phòng Tổng Liên đoàn", [], None, ["vào thứ Năm hằng tuần"], "weekly", "II.7",
     "theo dõi, đôn đốc các đơn vị; tổng hợp tình hình thực hiện, báo cáo"),
])

# 3 ----------- commune notice with the number left blank, task table with topic group rows (docx)
F3 = "ah-tb-ubnd-xa-muongnhe-giaoban-t6-so-de-trong-bang-linh-vuc.docx"
PKT, DBP = "Phòng Kinh tế", "Đồn Biên phòng Mường Nhé"
doc(F3, "docx-commune-ubnd-number-left-blank-date-filled-task-table-chu-tri-phoi-hop-thoi-gian-topic-group-rows-a-b-c-not-units-tl-chu-tich-chanh-van-phong-signature-table",
    None, "2026-07-08", "UBND xã Mường Nhé", "Lò Thị Xuân Hiên", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (PKT, ["Trưởng các bản: Huổi Lếch, Nậm Pố, Cây Sổ"], "2026-07-15", ["Trước 15/7/2026"], None, "II.1",
     "Kiểm tra, thống kê thiệt hại do mưa lũ; lập hồ sơ hỗ trợ"),
    ("Trung tâm Dịch vụ tổng hợp xã", [PKT], "2026-08-31", ["Tháng 7 - 8/2026"], None, "II.2",
     "Hướng dẫn người dân chăm sóc lúa nương, ngô hè thu; theo dõi, phòng"),
    (PKT, ["Thuế cơ sở 4 tỉnh Điện Biên"], "2026-09-30", ["Quý III/2026"], None, "II.3",
     "Đôn đốc thu ngân sách, tập trung các khoản thu từ đất và thuế"),
    ("Trạm Y tế xã", ["Phòng Văn hóa - Xã hội", DBP], "2026-07-31", ["Trước ngày 31/7/2026"], None, "II.4",
     "Tổ chức tiêm chủng bù, tiêm vét cho trẻ dưới 1 tuổi tại các"),
    ("Phòng Văn hóa - Xã hội", ["Các trường học trên địa bàn xã"], "2026-08-25", ["trước 25/8"], None, "II.5",
     "Rà soát học sinh có nguy cơ bỏ học; vận động học sinh trở lại"),
    ("Trung tâm Phục vụ hành chính công xã", ["Văn phòng HĐND và UBND xã"], None,
     ["Hằng tuần, báo cáo chiều thứ Sáu"], "weekly", "II.6",
     "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính trực tuyến toàn trình; báo"),
    ("Công an xã", [DBP], None, ["Thường xuyên", "trước ngày 25 hằng tháng"], "monthly", "II.7",
     "Nắm chắc tình hình khu vực biên giới; phát hiện, ngăn chặn hoạt động"),
    ("Ban Chỉ huy Quân sự xã", ["Công an xã"], "2026-08-15", ["Từ ngày 15/7 đến ngày 15/8/2026"], None, "II.8",
     "Tổ chức huấn luyện dân quân thường trực, dân quân cơ động năm 2026"),
    ("Văn phòng HĐND và UBND xã", [], "2026-08", ["tại cuộc họp giao ban tháng 8/2026"], None, "III.1",
     "Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc các đơn vị"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", ["các bản"], "2026-07", ["trong tháng 7/2026"], None, "III.2",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp với các"),
])

# 4 ----------- state rubber company: parent group over two header lines, lettered a) ... i) k) (no j), sig table (docx)
F4 = "ah-tb-cty-caosu-kontum-mo-mieng-cao-chu-cai-bo-j-ky-bang-cuoi.docx"
A4C = "Nông trường Đăk Hà, Nông trường Sa Thầy và Nông trường Ia Chim duy trì"
doc(F4, "docx-state-company-parent-group-name-over-two-header-lines-company-third-line-place-not-province-lettered-points-skipping-j-joint-three-farms-kt-tong-giam-doc-signature-table",
    "293/TB-CSKT", "2026-04-15", "Công ty TNHH MTV Cao su Kon Tum", "Hà Đức Trạch",
    "KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC", [
    ("Phòng Quản lý kỹ thuật", [], "2026-04-25", ["trước ngày 25/4/2026"], None, "II.a",
     "Phòng Quản lý kỹ thuật chủ trì kiểm tra, nghiệm thu diện tích vườn cây"),
    ("Các nông trường", [], "2026-05-20", ["trước ngày 20/5/2026"], None, "II.b",
     "Các nông trường tổ chức mở miệng cạo đồng loạt từ ngày 04/5/2026, hoàn"),
    ("Nông trường Đăk Hà", [], None, ["trước 16 giờ hằng ngày"], "daily", "II.c", A4C),
    ("Nông trường Sa Thầy", [], None, ["trước 16 giờ hằng ngày"], "daily", "II.c", A4C),
    ("Nông trường Ia Chim", [], None, ["trước 16 giờ hằng ngày"], "daily", "II.c", A4C),
    ("Phòng Kế hoạch - Kinh doanh", ["Phòng Quản lý kỹ thuật"], "2026-06-30", ["trước 30/6"], None, "II.d",
     "Phòng Kế hoạch - Kinh doanh phối hợp với Phòng Quản lý kỹ thuật hoàn"),
    ("Nhà máy chế biến mủ cao su", [], "2026-04-30", ["trước ngày 30/4/2026", "định kỳ hằng quý"], "quarterly",
     "II.e", "Nhà máy chế biến mủ cao su: hoàn thành bảo dưỡng dây chuyền chế biến"),
    ("Phòng Tài chính - Kế toán", [], None, ["vào ngày 10 hằng tháng"], "monthly", "II.f",
     "Phòng Tài chính - Kế toán bảo đảm nguồn vốn sản xuất; chi trả tiền"),
    ("Phòng Tổ chức - Lao động", [], "2026-06-30", ["trong quý II/2026"], None, "II.g",
     "Phòng Tổ chức - Lao động tuyển dụng bổ sung 120 công nhân cạo mủ"),
    ("Ban Thanh tra - Bảo vệ", ["Công an các xã: Đăk Hà, Sa Thầy, Ia Chim"], "2026-04-28", ["trước ngày 28/4/2026"],
     None, "II.h", "Giao Ban Thanh tra - Bảo vệ phối hợp với Công an các xã: Đăk"),
    ("Công đoàn Công ty", [], "2026-09", ["vào tháng 9/2026"], None, "II.i",
     "Đề nghị Công đoàn Công ty phát động phong trào thi đua \"Năng suất cao"),
    ("Văn phòng Công ty", [], "2026-05", ["tại cuộc họp giao ban tháng 5/2026"], None, "II.k",
     "Văn phòng Công ty theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp"),
])

# 5 ----------- new 2025 party body, Word-exported PDF: header and signature columns interleave in the text layer (pdf)
F5 = "ah-tb-danguy-ubnd-quangtri-so-tay-dang-vien-tm-btv-word-pdf.pdf"
BTC5 = "Ban Tổ chức Đảng ủy"
A52 = "Đảng ủy Sở Tài chính, Đảng ủy Sở Nông nghiệp và Môi trường và"
doc(F5, "pdf-word-export-party-dang-uy-ubnd-tinh-thong-bao-ket-luan-header-columns-interleaved-by-line-signature-interleaved-with-noi-nhan-on-page-2-tm-ban-thuong-vu-joint-three-dang-uy-so",
    "179-TB/ĐU", "2026-05-27", "Đảng ủy Ủy ban nhân dân tỉnh Quảng Trị", "Phan Thị Diệu Hoa",
    "TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ", [
    (BTC5, [], "2026-06-15", ["trước ngày 15/6/2026"], None, "2.1",
     "Tham mưu kiện toàn cấp ủy, chức danh bí thư, phó bí thư của"),
    (BTC5, [], "2026-06", ["trong tháng 6/2026"], None, "2.1",
     "Hướng dẫn chuyển sinh hoạt đảng cho đảng viên thuộc các đơn vị sự"),
    ("Đảng ủy Sở Tài chính", [], "2026-06-30", ["trước 30/6"], None, "2.2", A52),
    ("Đảng ủy Sở Nông nghiệp và Môi trường", [], "2026-06-30", ["trước 30/6"], None, "2.2", A52),
    ("Đảng ủy Sở Xây dựng", [], "2026-06-30", ["trước 30/6"], None, "2.2", A52),
    ("Các chi bộ, đảng bộ cơ sở trực thuộc", [], "2026-07-31", ["trước ngày 31/7/2026", "ít nhất 01 lần/quý"],
     "quarterly", "2.3", "Các chi bộ, đảng bộ cơ sở trực thuộc: chỉ đạo 100% đảng viên cài"),
    ("Ủy ban Kiểm tra Đảng ủy", [BTC5], "2026-09-30", ["trong quý III/2026"], None, "2.4",
     "Giao Ủy ban Kiểm tra Đảng ủy chủ trì, phối hợp với Ban Tổ chức"),
    ("Ban Tuyên giáo và Dân vận Đảng ủy", [], None, ["định kỳ hằng tháng", "trước ngày 20"], "monthly", "2.5",
     "Ban Tuyên giáo và Dân vận Đảng ủy nắm tình hình tư tưởng cán bộ"),
    ("Ban Tổ chức Tỉnh ủy", [], None, [], None, "2.6",
     "Đề nghị Ban Tổ chức Tỉnh ủy xem xét, hướng dẫn việc chuyển giao tổ"),
    ("Văn phòng Đảng ủy", [], "2026-07", ["tại Hội nghị Ban Chấp hành Đảng bộ tháng 7/2026"], None, "2.7",
     "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận"),
])

# 6 ----------- university, Word-exported PDF, task table with the unit column first and no TT (pdf)
F6 = "ah-tb-dhquangbinh-tan-sinh-vien-2026-bang-don-vi-truoc-dong-hoi.pdf"
A6T = "Tổ chức đội hình \"Tiếp sức mùa nhập học\" đón, hướng dẫn tân"
doc(F6, "pdf-word-export-provincial-university-header-place-line-city-not-province-table-don-vi-nhiem-vu-thoi-han-unit-first-no-numbers-rounds-cell-hour-cell-comma-joint-cell-kt-hieu-truong-degree-before-name",
    "1468/TB-ĐHQB", "2026-07-24", "Trường Đại học Quảng Bình", "Huỳnh Thị Bảo Trâm",
    "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", [
    ("Phòng Đào tạo đại học", [], "2026-08-05", ["Trước ngày 05/8/2026"], None, "II",
     "Chủ trì xây dựng kế hoạch nhập học, phân lớp, cấp mã sinh viên"),
    ("Phòng Công tác sinh viên", [], "2026-08-28",
     ["từ 24/8 đến 28/8/2026", "từ 31/8 đến 04/9/2026", "từ 07/9 đến 11/9/2026"], None, "II",
     "Chủ trì tổ chức Tuần sinh hoạt công dân - sinh viên cho tân"),
    ("Trung tâm Quản lý ký túc xá", [], "2026-08-15", ["trước 15/8"], None, "II",
     "Sửa chữa 48 phòng ở khu A3; ưu tiên bố trí chỗ ở cho"),
    ("Trung tâm Công nghệ thông tin", [], "2026-08-14", ["Chậm nhất 17 giờ 00 ngày 14/8/2026"], None, "II",
     "Nâng cấp hệ thống nhập học trực tuyến, bảo đảm vận hành thông suốt; cấp"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-09", ["Trong tháng 9/2026"], None, "II",
     "Hướng dẫn thu học phí học kỳ I năm học 2026 - 2027 qua"),
    ("Trạm Y tế", ["Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới"], "2026-09", ["Tháng 9/2026"], None, "II",
     "Tổ chức khám sức khỏe đầu khóa cho tân sinh viên; phối hợp với"),
    ("Các khoa đào tạo", [], "2026-08-20", ["Trước 20/8"], None, "II",
     "Phân công cố vấn học tập cho từng lớp; tổ chức gặp mặt tân"),
    ("Đoàn Thanh niên", [], "2026-08-22", ["Từ ngày 17/8 đến ngày 22/8/2026"], None, "II", A6T),
    ("Hội Sinh viên Trường", [], "2026-08-22", ["Từ ngày 17/8 đến ngày 22/8/2026"], None, "II", A6T),
    ("Phòng Quản trị - Thiết bị", [], "2026-08-10", ["Trước ngày 10/8/2026"], None, "II",
     "Kiểm tra hệ thống phòng cháy, chữa cháy, điện, nước tại giảng đường"),
    ("Phòng Tổ chức - Hành chính", [], None, ["vào sáng thứ Hai hằng tuần"], "weekly", "III",
     "Giao Phòng Tổ chức - Hành chính theo dõi, đôn đốc các đơn vị thực"),
])

# 7 ----------- ward portal page printed to PDF by Chrome: browser header/footer, page chrome around the notice (pdf)
F7 = "ah-portal-phuong-tuyhoa-ve-sinh-bo-bien-sxh-chrome-in-trang.pdf"
KTHT, MTDT = "Phòng Kinh tế, Hạ tầng và Đô thị", "Công ty Cổ phần Môi trường đô thị Phú Yên"
TYT7, VP7 = "Trạm Y tế phường Tuy Hòa", "Văn phòng HĐND và UBND phường"
doc(F7, "pdf-chrome-print-to-pdf-of-ward-portal-page-print-stamp-title-url-page-n-of-n-ngay-dang-after-issue-date-notice-header-and-signature-inside-page-tin-lien-quan-dates-tm-ubnd-chu-tich",
    "358/TB-UBND", "2026-08-03", "UBND phường Tuy Hòa", "Lương Tấn Phúc", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", [
    (KTHT, [MTDT], "2026-08-15", ["trước ngày 15/8/2026"], None, "II.1",
     "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công"),
    (MTDT, [], "2026-09-30", ["02 lần/ngày", "từ nay đến hết ngày 30/9/2026"], "daily", "II.2",
     "Đề nghị Công ty Cổ phần Môi trường đô thị Phú Yên tăng tần suất"),
    (TYT7, [], None, ["trong vòng 48 giờ kể từ khi phát hiện ca bệnh"], None, "II.3.a",
     "Giám sát chặt chẽ các ổ dịch tại khu phố 4, khu phố 5"),
    (TYT7, ["các khu phố"], "2026-08-16", ["từ ngày 10/8 đến ngày 16/8/2026"], None, "II.3.b",
     "Phối hợp với các khu phố tổ chức chiến dịch diệt lăng quăng, bọ"),
    ("Phòng Văn hóa - Xã hội", [], "2026-08", ["vào 17 giờ 30 hằng ngày", "trong tháng 8/2026"], "daily", "II.4",
     "Phòng Văn hóa - Xã hội tuyên truyền các biện pháp phòng, chống sốt xuất"),
    ("Công an phường", [], None, ["trước 16 giờ thứ Sáu hằng tuần"], "weekly", "II.5",
     "Công an phường xử lý nghiêm các trường hợp lấn chiếm vỉa hè, xả"),
    ("Trưởng các khu phố: 1, 2, 5 và 6", [], "2026-08-20", ["trước 20/8"], None, "II.6",
     "Trưởng các khu phố: 1, 2, 5 và 6 vận động các hộ kinh"),
    (VP7, [KTHT], "2026-08", ["trong tháng 8/2026"], None, "II.7",
     "Giao Văn phòng HĐND và UBND phường phối hợp với Phòng Kinh tế, Hạ"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", ["các đoàn thể chính trị - xã hội phường"], None,
     ["vào sáng Chủ nhật cuối cùng hằng tháng"], "monthly", "II.8",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp"),
    (VP7, [], "2026-09", ["tại cuộc họp giao ban tháng 9/2026"], None, "II.9",
     "Văn phòng HĐND và UBND phường theo dõi, đôn đốc việc thực hiện; tổng"),
])

# 8 ----------- hospital web page through a reader service (Jina Reader markdown): header/signature as pipe tables (md)
F8 = "ah-tb-bvdk-caobang-giaoban-t5-jina-reader-bang-header.md"
KHTH = "Phòng Kế hoạch tổng hợp"
A84 = "Phòng Tài chính kế toán và Khoa Dược hoàn thành hồ sơ lựa chọn nhà"
doc(F8, "md-jina-reader-of-hospital-web-page-title-url-published-time-nav-links-header-and-signature-as-pipe-tables-cell-lines-joined-bold-unit-headings-and-run-ins-number-only-bold-tin-lien-quan-links",
    "521/TB-BVĐK", "2026-06-10", "Bệnh viện Đa khoa tỉnh Cao Bằng", "Nông Thị Mến", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (KHTH, ["Phòng Điều dưỡng"], "2026-06-20", ["trước ngày 20/6/2026"], None, "II.1",
     "Chủ trì, phối hợp với Phòng Điều dưỡng kiểm tra hồ sơ bệnh án tại"),
    (KHTH, [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.1",
     "Tổng hợp số liệu hoạt động chuyên môn, báo cáo Sở Y tế trước ngày"),
    ("Khoa Khám bệnh", [], None, [], None, "II.2",
     "bố trí thêm 02 bàn khám vào sáng thứ Hai, thứ Ba; triển khai"),
    ("Khoa Truyền nhiễm", ["Trung tâm Kiểm soát bệnh tật tỉnh"], None, ["trước 15 giờ hằng ngày"], "daily", "II.3",
     "phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh giám sát, cách ly người"),
    ("Phòng Tài chính kế toán", [], "2026-06-30", ["trước 30/6"], None, "II.4", A84),
    ("Khoa Dược", [], "2026-06-30", ["trước 30/6"], None, "II.4", A84),
    ("Phòng Công nghệ thông tin", [], "2026-06", ["trong tháng 6/2026"], None, "II.5",
     "Giao Phòng Công nghệ thông tin hoàn thành kết nối dữ liệu khám chữa bệnh"),
    ("Phòng Chỉ đạo tuyến", [], "2026-06-27", ["vào ngày 27/6/2026"], None, "II.6",
     "Phòng Chỉ đạo tuyến tổ chức khám bệnh, cấp thuốc miễn phí cho người"),
    ("Các khoa lâm sàng", [], None, ["ít nhất 02 lần/tháng"], "monthly", "II.7",
     "Các khoa lâm sàng thực hiện nghiêm quy chế thường trực, bình bệnh án; tổ"),
    ("Phòng Điều dưỡng", [], None, ["vào chiều thứ Tư hằng tuần"], "weekly", "II.8",
     "Phòng Điều dưỡng kiểm tra công tác chăm sóc người bệnh toàn diện, báo"),
    ("Phòng Hành chính quản trị", [], "2026", ["trước mùa mưa bão năm 2026"], None, "II.9",
     "Phòng Hành chính quản trị kiểm tra hệ thống thoát nước, chống sét, máy"),
])

# 9 ----------- Thunderbird "Save As" text of a reply that answers inline between the quoted ("> ") notice (txt)
F9 = "ah-email-thunderbird-hnd-hatinh-tra-loi-xen-ke-trich-dan.txt"
KTXH, HNDX = "Ban Kinh tế - Xã hội", "Hội Nông dân các xã, phường"
A96 = "Hội Nông dân xã Hương Khê và Hội Nông dân xã Phúc Trạch"
doc(F9, "txt-thunderbird-saved-reply-inline-answers-between-quoted-lines-mass-organisation-hoi-nong-dan-space-aligned-header-and-signature-inside-quote-tm-ban-thuong-vu-pho-chu-tich-hard-wrapped-72",
    "187-TB/HNDT", "2026-08-18", "Hội Nông dân tỉnh Hà Tĩnh", "Thái Thị Hằng Nga", "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH", [
    (KTXH, ["Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh"], "2026-09-28", ["từ ngày 25/9 đến ngày 28/9/2026"], None,
     "II.1", "Chủ trì, phối hợp với Trung tâm Dạy nghề và Hỗ trợ nông dân"),
    (KTXH, [], "2026-09-15", ["trước ngày 15/9/2026"], None, "II.1",
     "Tổng hợp, thẩm định hồ sơ đề nghị tôn vinh hộ nông dân sản xuất"),
    ("Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh", [], "2026-09-30", ["trước 30/9", "đến ngày 31/12/2026"], None, "II.2",
     "Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh giải ngân 06 dự án"),
    ("Ban Tổ chức - Kiểm tra", [], "2026-12-31", ["trong quý IV/2026"], None, "II.3",
     "Ban Tổ chức - Kiểm tra chủ trì kiểm tra việc quản lý, sử dụng"),
    ("Ban Tuyên huấn", ["Báo và Phát thanh, Truyền hình Hà Tĩnh"], None, ["02 kỳ/tháng"], "monthly", "II.4",
     "Ban Tuyên huấn phối hợp với Báo và Phát thanh, Truyền hình Hà Tĩnh"),
    (HNDX, [], None, ["trước ngày 10 hằng tháng"], "monthly", "II.5",
     "Rà soát, cập nhật đầy đủ thông tin hội viên lên Phần mềm quản lý"),
    (HNDX, [], "2026-09-05", ["trước 05/9"], None, "II.5",
     "Vận động hội viên đăng ký gian hàng tham gia Hội chợ, gửi danh"),
    ("Hội Nông dân xã Hương Khê", [], "2026-10", ["trong tháng 10/2026"], None, "II.6", A96),
    ("Hội Nông dân xã Phúc Trạch", [], "2026-10", ["trong tháng 10/2026"], None, "II.6", A96),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Tĩnh", ["Hội Nông dân các cấp"], None, ["định kỳ hằng quý"],
     "quarterly", "II.7", "Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Tĩnh phối hợp"),
    ("Văn phòng Hội Nông dân tỉnh", [], "2026-12", ["tại Hội nghị Ban Chấp hành tháng 12/2026"], None, "II.8",
     "Văn phòng Hội Nông dân tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp"),
])

# 10 ---------- antiword text of an old Word .doc: tables as "|cell|cell|" rows, body wrapped at 76 columns (txt)
F10 = "ah-tb-stp-langson-giaoban-quy1-antiword-doc-bang-so-dung.txt"
HCTP, UBX10 = "Phòng Hành chính tư pháp", "Ủy ban nhân dân các xã, phường"
doc(F10, "txt-antiword-of-word-97-doc-header-table-rows-between-pipes-signature-table-one-row-cell-paragraphs-run-together-title-and-name-in-one-cell-wrapped-76-giam-doc-signs-unit-colon-umbrellas",
    "236/TB-STP", "2026-04-21", "Sở Tư pháp tỉnh Lạng Sơn", "Hoàng Văn Pảo", "GIÁM ĐỐC", [
    (HCTP, [], "2026-05-15", ["trước ngày 15/5/2026"], None, "II.1",
     "Hướng dẫn Ủy ban nhân dân các xã, phường thực hiện liên thông thủ tục"),
    (HCTP, [], "2026-09-30", ["trong quý II và quý III/2026"], None, "II.1",
     "Tổ chức kiểm tra công tác hộ tịch, chứng thực tại 12 xã, phường"),
    ("Phòng Phổ biến, giáo dục pháp luật",
     ["Phòng Văn hóa - Xã hội các xã biên giới: Đồng Đăng, Tân Thanh, Na Sầm, Thụy Hùng"], "2026-06",
     ["trong tháng 6/2026"], None, "II.2",
     "Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Phòng Văn"),
    ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", [], "2026-05-31", ["chậm nhất ngày 31/5/2026"], None,
     "II.3", "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật rà soát"),
    ("Trung tâm Trợ giúp pháp lý nhà nước", [], None, ["mỗi quý ít nhất 02 đợt"], "quarterly", "II.4",
     "Trung tâm Trợ giúp pháp lý nhà nước: tổ chức trợ giúp pháp lý lưu"),
    ("Phòng Công chứng số 1", [], "2026-07-10", ["trước ngày 10/7/2026"], None, "II.5",
     "Phòng Công chứng số 1 thực hiện công chứng ngoài trụ sở cho người"),
    ("Văn phòng Sở", [], None, ["định kỳ hằng quý", "trước ngày 12 của tháng cuối quý"], "quarterly", "II.6",
     "Giao Văn phòng Sở tổng hợp kết quả thực hiện của các đơn vị, địa"),
    (UBX10, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.7",
     "Bố trí công chức có trình độ cử nhân luật phụ trách công tác tư"),
    (UBX10, [], "2026-09-30", ["trước 30/9"], None, "II.7",
     "Chỉ đạo công chức tư pháp - hộ tịch cập nhật dữ liệu đăng ký hộ"),
    ("Công an tỉnh", ["Sở Tư pháp"], "2026-06-30", ["trong quý II/2026"], None, "II.8",
     "Đề nghị Công an tỉnh (Phòng Cảnh sát quản lý hành chính về trật tự"),
])


# ---------------------------------------------------------------------------------------------------- questions
q("Theo Thông báo 1147/TB-UBND, các phường thuộc Khu du lịch quốc gia Mộc Châu phải báo cáo kết quả vận động không dùng túi ni lông về cơ quan nào và khi nào?",
  F1, ["Sở Nông nghiệp và Môi trường", "20 hằng tháng"], ["vi", "recurring", "recipient"])
q("When was the Sơn La notice on the Mộc Châu national tourist area issued, and on what date was it posted on the provincial portal?",
  F1, ["19 tháng 6 năm 2026", "23/06/2026"], ["en", "metadata", "issue-date"])
q("Ai ky thong bao ket luan ve Khu du lich quoc gia Moc Chau cua UBND tinh Son La va voi chuc danh gi?",
  F1, ["Cầm Thị Ngoan", "PHÓ CHÁNH VĂN PHÒNG"], ["vi-noaccent", "metadata", "signer"])
q("How many electric tourist shuttles are currently licensed to operate in the Mộc Châu national tourist area, according to the Sơn La notice?",
  None, [], ["en", "fact", "unanswerable"])
q("Ban Tổ chức Tổng Liên đoàn phải trình Đoàn Chủ tịch dự thảo Hướng dẫn tổ chức công đoàn cơ sở khu vực xã, phường trước ngày nào?",
  F2, ["30/5/2026"], ["vi", "deadline"])
q("Which departments of the Vietnam General Confederation of Labour must survey provincial labour federations with big organisational changes, how many provinces each, and by when?",
  F2, ["Tuyên giáo", "Quan hệ lao động", "Nữ công", "02 tỉnh", "tháng 7/2026"], ["en", "assignee", "deadline"])
q("Trung tam Chuyen doi so cua Tong Lien doan phai dua phan mem quan ly doan vien da nang cap vao van hanh truoc ngay nao?",
  F2, ["01/6"], ["vi-noaccent", "deadline"])
q("Thông báo 277/TB-VP về kiện toàn tổ chức công đoàn cơ sở do cơ quan nào ban hành, ai ký và ký với chức danh gì?",
  F2, ["VĂN PHÒNG", "Vi Thị Hồng Gấm", "KT. CHÁNH VĂN PHÒNG"], ["vi", "metadata", "signer"])
q("Trạm Y tế xã Mường Nhé phải hoàn thành tiêm chủng bù cho trẻ dưới 1 tuổi trước ngày nào và phấn đấu đạt tỷ lệ bao nhiêu?",
  F3, ["31/7/2026", "90%"], ["vi", "deadline", "figure"])
q("Who chaired the June 2026 briefing of Mường Nhé commune, and who signed the conclusions?",
  F3, ["Lầu A Dính", "Lò Thị Xuân Hiên"], ["en", "chair", "signer"])
q("Ban Chi huy Quan su xa Muong Nhe huan luyen dan quan thuong truc, dan quan co dong tu ngay nao den ngay nao?",
  F3, ["15/7", "15/8/2026"], ["vi-noaccent", "deadline"])
q("Thiệt hại do mưa lũ tháng 6/2026 ở xã Mường Nhé được ước tính bằng tiền là bao nhiêu tỷ đồng?",
  None, [], ["vi", "amount", "unanswerable"])
q("Công ty TNHH MTV Cao su Kon Tum yêu cầu các nông trường hoàn thành mở miệng cạo toàn bộ diện tích khai thác mới trước ngày nào?",
  F4, ["20/5/2026"], ["vi", "deadline"])
q("Which rubber farms of the Kon Tum company must keep fire watchtowers during the dry season, and by what time must they report on days with a level IV fire warning?",
  F4, ["Đăk Hà", "Sa Thầy", "Ia Chim", "16 giờ"], ["en", "assignee", "recurring"])
q("Phong Ke hoach - Kinh doanh cua cong ty cao su Kon Tum phai hoan thien ho so truy xuat nguon goc dap ung EUDR truoc ngay nao?",
  F4, ["30/6"], ["vi-noaccent", "deadline"])
q("How much dry rubber did the Kon Tum rubber company tap in 2025, and what share of its plan was that?",
  F4, ["9.842 tấn", "103,6%"], ["en", "figure"])
q("Những đảng ủy sở nào phải sắp xếp lại các chi bộ trực thuộc theo cơ cấu phòng, đơn vị mới, và xong trước ngày nào?",
  F5, ["Đảng ủy Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "30/6"], ["vi", "assignee", "deadline"])
q("Ai ky Thong bao ket luan 179-TB/DU cua Dang uy Uy ban nhan dan tinh Quang Tri, voi chuc danh gi?",
  F5, ["Phan Thị Diệu Hoa", "PHÓ BÍ THƯ"], ["vi-noaccent", "metadata", "signer"])
q("What share of party members of the Quảng Trị provincial People's Committee party organisation had installed the electronic party member handbook, and by when must all of them have it?",
  F5, ["78,3%", "31/7/2026"], ["en", "figure", "deadline"])
q("How many party members did the party committee of the Quảng Trị provincial People's Committee discipline in 2025?",
  None, [], ["en", "fact", "unanswerable"])
q("Tuần sinh hoạt công dân - sinh viên khóa 2026 của Trường Đại học Quảng Bình đợt 1 diễn ra từ ngày nào đến ngày nào, do đơn vị nào chủ trì?",
  F6, ["24/8", "28/8/2026", "Phòng Công tác sinh viên"], ["vi", "deadline", "who-leads"])
q("By what exact time must Quảng Bình University's IT centre finish upgrading the online enrolment system?",
  F6, ["17 giờ 00", "14/8/2026"], ["en", "deadline"])
q("Doi hinh Tiep suc mua nhap hoc cua Dai hoc Quang Binh don tan sinh vien o dau va trong thoi gian nao?",
  F6, ["ga Đồng Hới", "17/8", "22/8/2026"], ["vi-noaccent", "deadline", "what"])
q("Trường Đại học Quảng Bình thu học phí ngành sư phạm của khóa 2026 bao nhiêu đồng một tín chỉ?",
  None, [], ["vi", "amount", "unanswerable"])
q("How many times a day must the Phú Yên urban environment company collect rubbish on Tuy Hòa beach, and until when?",
  F7, ["02 lần/ngày", "30/9/2026"], ["en", "recurring", "deadline"])
q("Thông báo kết luận về vệ sinh bờ biển và phòng, chống sốt xuất huyết của phường Tuy Hòa được ban hành ngày nào và đăng trên cổng thông tin ngày nào?",
  F7, ["03 tháng 8 năm 2026", "05/08/2026"], ["vi", "metadata", "issue-date"])
q("Chien dich diet lang quang, bo gay dot 2 o phuong Tuy Hoa dien ra tu ngay nao den ngay nao?",
  F7, ["10/8", "16/8/2026"], ["vi-noaccent", "deadline"])
q("Phường Tuy Hòa ghi nhận bao nhiêu ca tử vong do sốt xuất huyết từ đầu năm 2026?",
  None, [], ["vi", "figure", "unanswerable"])
q("Phòng Chỉ đạo tuyến của Bệnh viện Đa khoa tỉnh Cao Bằng khám, cấp thuốc miễn phí cho người cao tuổi ở những xã nào, vào ngày nào?",
  F8, ["Hạ Lang", "Lý Quốc", "27/6/2026"], ["vi", "deadline", "what"])
q("Who chaired Cao Bằng General Hospital's May 2026 professional briefing, and who signed the conclusions?",
  F8, ["Hoàng Văn Slằn", "Nông Thị Mến"], ["en", "chair", "signer"])
q("Khoa Truyen nhiem Benh vien Da khoa tinh Cao Bang phai bao cao so ca mac moi soi, tay chan mieng vao luc nao?",
  F8, ["15 giờ hằng ngày"], ["vi-noaccent", "recurring"])
q("What was the bed occupancy rate of Cao Bằng General Hospital in May 2026?",
  F8, ["112,7%"], ["en", "figure"])
q("Hội chợ nông sản, sản phẩm OCOP Hà Tĩnh năm 2026 tổ chức ở đâu, từ ngày nào đến ngày nào, đơn vị nào của Hội Nông dân tỉnh chủ trì?",
  F9, ["Thành Sen", "25/9", "28/9/2026", "Ban Kinh tế - Xã hội"], ["vi", "deadline", "who-leads"])
q("By when must the Hà Tĩnh Farmers' Union support fund disburse its 06 new projects, and below what level must it bring overdue debt by the end of 2026?",
  F9, ["30/9", "2%"], ["en", "deadline", "figure"])
q("Hoi Nong dan xa Huong Khe hua cap nhat hoi vien len phan mem truoc ngay nao?",
  F9, ["10/9"], ["vi-noaccent", "deadline", "reply"])
q("Hội Nông dân tỉnh Hà Tĩnh hỗ trợ bao nhiêu tiền cho mỗi hộ in tem truy xuất nguồn gốc bưởi Phúc Trạch?",
  None, [], ["vi", "amount", "unanswerable"])
q("Sở Tư pháp Lạng Sơn đề nghị các xã, phường bố trí công chức tư pháp - hộ tịch có trình độ cử nhân luật trước ngày nào?",
  F10, ["30/6/2026"], ["vi", "deadline"])
q("In which border communes will Lạng Sơn hold the mobile \"Law Day\" for ethnic minorities, which unit leads it, and by when?",
  F10, ["Đồng Đăng", "Tân Thanh", "Na Sầm", "Thụy Hùng", "Phòng Phổ biến, giáo dục pháp luật", "tháng 6/2026"],
  ["en", "who-leads", "deadline"])
q("Trung tam Tro giup phap ly nha nuoc tinh Lang Son phai to chuc tro giup phap ly luu dong bao nhieu dot moi quy?",
  F10, ["02 đợt"], ["vi-noaccent", "recurring"])
q("How many marriages did Lạng Sơn's communes and wards register in the first quarter of 2026?",
  None, [], ["en", "figure", "unanswerable"])
q("Tong Lien doan Lao dong Viet Nam chi bao nhieu ty dong ho tro can bo cong doan chuyen trach doi du trong nam 2026?",
  None, [], ["vi-noaccent", "amount", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
