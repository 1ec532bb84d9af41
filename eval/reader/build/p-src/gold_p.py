"""Gold and questions for batch p, written by hand from the document text.
Writes gold/p.jsonl and questions/p.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/p-src/gold_p.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("p")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------------------------------------------------------------------------
CT = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên"
NN = "Bộ trưởng Bộ Nông nghiệp và Môi trường"
BAO = "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam tăng cường thông tin"
F1 = "p-cd-ttg-ret-dam-ret-hai.pdf"
doc(F1, "pdf-cong-dien-thu-tuong-dien-addressee-list-bo-truong-title-headings-lettered-elided-bo-list-hour-deadlines-daily-report",
    "04/CĐ-TTg", "2026-01-09", "Thủ tướng Chính phủ", "Tạ Quang Hiển", "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", [
    (CT, [], "2026-01-10", ["trước 17 giờ 00 ngày 10/01/2026"], None, "1.a",
     "Theo dõi chặt chẽ diễn biến thời tiết; chỉ đạo chính quyền cấp xã"),
    (CT, [], None, [], None, "1.b", "Chỉ đạo điều chỉnh lịch gieo cấy phù hợp, chỉ gieo cấy khi nhiệt độ"),
    (CT, [], None, [], None, "1.c", "Bố trí nơi ở, hỗ trợ lương thực, chăn ấm cho hộ nghèo"),
    (CT, [], None, ["trước 14 giờ 00 hằng ngày"], "daily", "1.d",
     "Tổng hợp tình hình thiệt hại, báo cáo Bộ Nông nghiệp và Môi trường"),
    (NN, [], None, [], None, "2.a", "Chỉ đạo cơ quan khí tượng thủy văn theo dõi, dự báo, cảnh báo"),
    (NN, ["Bộ Tài chính"], "2026-01-25", ["trước ngày 25/01/2026"], None, "2.b",
     "Chủ trì, phối hợp với Bộ Tài chính tổng hợp thiệt hại, đề xuất"),
    ("Bộ trưởng Bộ Y tế", [], None, [], None, "3",
     "Bộ trưởng Bộ Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh"),
    ("Bộ trưởng Bộ Giáo dục và Đào tạo", [], "2026-01-09", ["ngay trong ngày 09/01/2026"], None, "4",
     "Bộ trưởng Bộ Giáo dục và Đào tạo hướng dẫn các địa phương cho"),
    ("Bộ trưởng các Bộ: Quốc phòng, Công an", [], None, [], None, "5",
     "Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng đóng quân"),
    ("Bộ trưởng Bộ Xây dựng", [], "2026-01-11", ["trước ngày 11/01/2026"], None, "6",
     "Bộ trưởng Bộ Xây dựng chỉ đạo các đơn vị quản lý đường bộ"),
    ("Đài Truyền hình Việt Nam", [], None, [], None, "7", BAO),
    ("Đài Tiếng nói Việt Nam", [], None, [], None, "7", BAO),
    ("Thông tấn xã Việt Nam", [], None, [], None, "7", BAO),
    ("Văn phòng Chính phủ", [], None, [], None, "8",
     "Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao"),
], doc_type="CÔNG ĐIỆN")

# 2 ------------------------------------------------------------------------------------------------
CVL = "Cục Việc làm"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
F2 = "p-kh-bnv-thi-hanh-luat-viec-lam.docx"
doc(F2, "docx-ministry-ke-hoach-portrait-body-landscape-section-phu-luc-6-col-san-pham-group-rows-stt-restarting-per-group",
    "2874/KH-BNV", "2025-11-18", "Bộ Nội vụ", "Nguyễn Thị Bích Vân", "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", [
    ("Thủ trưởng các cơ quan, đơn vị thuộc Bộ", [], None, ["định kỳ hằng quý", "trước ngày 20 của tháng cuối quý"],
     "quarterly", "III.1", "Thủ trưởng các cơ quan, đơn vị thuộc Bộ căn cứ nhiệm vụ được giao"),
    (CVL, [], "2026-12-15", ["trước ngày 15/12/2026"], None, "III.2",
     "Cục Việc làm là đầu mối giúp Bộ trưởng theo dõi, đôn đốc, kiểm tra"),
    ("Vụ Kế hoạch - Tài chính", ["Văn phòng Bộ"], None, [], None, "III.3",
     "Vụ Kế hoạch - Tài chính chủ trì, phối hợp với Văn phòng Bộ bố trí"),
    (UBT, [], "2025-12", ["trong tháng 12/2025"], None, "III.4",
     "Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương ban hành"),
    (CVL, ["Vụ Pháp chế", "Bộ Tài chính", "Bảo hiểm xã hội Việt Nam"], "2025-12", ["Tháng 12/2025"], None, "PL.I.1",
     "Xây dựng Nghị định quy định chi tiết một số điều của Luật Việc làm"),
    (CVL, ["Bộ Công an", "Bộ Khoa học và Công nghệ"], "2025-12", ["Tháng 12/2025"], None, "PL.I.2",
     "Xây dựng Nghị định quy định chi tiết về đăng ký lao động và"),
    (CVL, ["Vụ Pháp chế"], "2026-03-31", ["Quý I/2026"], None, "PL.I.3",
     "Xây dựng Thông tư hướng dẫn hỗ trợ đào tạo, bồi dưỡng, nâng cao"),
    ("Vụ Pháp chế", ["Văn phòng Bộ"], "2026-01", ["Tháng 01/2026"], None, "PL.II.1",
     "Tổ chức Hội nghị trực tuyến phổ biến, quán triệt nội dung Luật Việc làm"),
    (CVL, ["Văn phòng Bộ"], "2026-01", ["Tháng 01/2026"], None, "PL.II.1",
     "Tổ chức Hội nghị trực tuyến phổ biến, quán triệt nội dung Luật Việc làm"),
    (CVL, ["Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương"], "2026-06-30", ["Quý I - Quý II/2026"], None,
     "PL.II.2", "Tập huấn nghiệp vụ cho công chức Sở Nội vụ, viên chức Trung tâm"),
    ("Văn phòng Bộ", [CVL, "Báo Dân trí"], None, ["Thường xuyên"], None, "PL.II.3",
     "Thông tin, tuyên truyền về Luật Việc làm trên Cổng Thông tin điện tử"),
    ("Vụ Pháp chế", [CVL, "các cơ quan, đơn vị có liên quan"], "2025-12-15", ["Trước ngày 15/12/2025"], None,
     "PL.III.1", "Rà soát văn bản quy phạm pháp luật về việc làm do Bộ ban hành"),
    ("Vụ Tổ chức cán bộ", [CVL, UBT], "2026-03-31", ["Quý I/2026"], None, "PL.III.2",
     "Hướng dẫn kiện toàn tổ chức, hoạt động của Trung tâm Dịch vụ việc làm"),
    (CVL, ["Vụ Pháp chế", "Sở Nội vụ các tỉnh, thành phố được kiểm tra"], "2026-12-31", ["Quý IV/2026"], None,
     "PL.IV.1", "Kiểm tra tình hình triển khai thi hành Luật Việc làm tại một số"),
    (CVL, ["Các cơ quan, đơn vị thuộc Bộ", UBT], "2027-01", ["Tháng 01/2027"], None, "PL.IV.2",
     "Sơ kết 01 năm thi hành Luật Việc làm, đề xuất giải pháp hoàn thiện"),
], doc_type="KẾ HOẠCH")

# 3 ------------------------------------------------------------------------------------------------
BD = "Cục Bưu điện Trung ương"
VT = "Cục Viễn thông"
AT = "Cục An toàn thông tin"
DN = "Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam, Tổng công ty"
F3 = "p-qd-bkhcn-thong-tin-lien-lac-dai-hoi.docx"
doc(F3, "docx-quyet-dinh-dieu-khoan-diem-numbered-by-word-multilevel-list-labels-not-in-text-de-nghi-dieu-2-execution-formula",
    "3418/QĐ-BKHCN", "2025-12-26", "Bộ Khoa học và Công nghệ", "Đàm Quốc Hưng", "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", [
    (BD, [], "2026-01-12", ["trước ngày 12/01/2026"], None, "1.1.a",
     "Chủ trì bảo đảm thông tin liên lạc chuyên dùng, hệ thống truyền hình hội nghị"),
    (BD, [], None, ["từ ngày 15/01/2026 cho đến khi Đại hội bế mạc"], None, "1.1.b",
     "Tổ chức trực kỹ thuật 24/24 giờ tại các điểm phục vụ Đại hội"),
    (VT, ["các doanh nghiệp viễn thông di động"], "2026-01-10", ["trước ngày 10/01/2026"], None, "1.2.a",
     "Chủ trì, phối hợp với các doanh nghiệp viễn thông di động bảo đảm chất lượng"),
    (VT, [], None, ["trước 16 giờ 00 hằng ngày"], "daily", "1.2.b",
     "Tổng hợp tình hình bảo đảm thông tin liên lạc, báo cáo Bộ trưởng trước"),
    (AT, [], None, [], None, "1.3.a", "Chủ trì giám sát, phát hiện, cảnh báo sớm và ngăn chặn các cuộc"),
    (AT, [], "2026-01-08", ["trước ngày 08/01/2026"], None, "1.3.b",
     "Tổ chức diễn tập thực chiến ứng cứu sự cố an toàn thông tin mạng"),
    ("Cục Tần số vô tuyến điện", [], "2026-01-14", ["trước ngày 14/01/2026"], None, "1.4",
     "Cục Tần số vô tuyến điện chủ trì kiểm tra, kiểm soát tần số tại"),
    ("Văn phòng Bộ", [], None, ["trong vòng 07 ngày làm việc sau khi Đại hội bế mạc"], None, "1.5",
     "Văn phòng Bộ bố trí kinh phí, phương tiện bảo đảm cho các lực lượng"),
    ("Tập đoàn Công nghiệp - Viễn thông Quân đội", [], "2026-01-05", ["trước ngày 05/01/2026"], None, "2.1", DN),
    ("Tập đoàn Bưu chính Viễn thông Việt Nam", [], "2026-01-05", ["trước ngày 05/01/2026"], None, "2.1", DN),
    ("Tổng công ty Viễn thông MobiFone", [], "2026-01-05", ["trước ngày 05/01/2026"], None, "2.1", DN),
    ("Sở Khoa học và Công nghệ thành phố Hà Nội", [VT], "2026-01-12", ["trước ngày 12/01/2026"], None, "2.2",
     "Sở Khoa học và Công nghệ thành phố Hà Nội phối hợp với Cục Viễn thông"),
], doc_type="QUYẾT ĐỊNH")

# 4 ------------------------------------------------------------------------------------------------
DUB = "Đảng ủy Ủy ban nhân dân tỉnh"
MT = "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
F4 = "p-kl-tu-dongnai-chinh-quyen-hai-cap.docx"
doc(F4, "docx-party-ket-luan-kl-tu-n-dash-numbering-word-footnotes-with-dates-nonbreaking-hyphen-in-number-nbsp-in-deadlines",
    "389-KL/TU", "2025-12-22", "Tỉnh ủy Đồng Nai", "Võ Tấn Đạt", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC", [
    (DUB, [], "2026-03-31", ["trong quý I/2026"], None, "2.1",
     "Rà soát, hoàn thiện quy chế làm việc, quy định phân cấp, ủy quyền cho"),
    (DUB, [], "2026-03-31", ["trước ngày 31/3/2026"], None, "2.1",
     "Bố trí đủ công chức chuyên môn về đất đai, xây dựng, tài chính"),
    (DUB, [], "2026", ["trong năm 2026"], None, "2.1",
     "Đầu tư nâng cấp hạ tầng số, trang thiết bị cho Trung tâm Phục vụ"),
    ("Đảng đoàn Hội đồng nhân dân tỉnh", [], "2026", ["tại kỳ họp thường lệ giữa năm 2026"], None, "2.2",
     "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Thường trực Hội đồng nhân dân"),
    ("Ban Tổ chức Tỉnh ủy", [DUB], "2026-02-15", ["trước ngày 15/02/2026"], None, "2.3",
     "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Đảng ủy Ủy ban nhân"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", [MT], None, ["định kỳ hằng quý"], "quarterly", "2.4",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng"),
    ("Ủy ban Kiểm tra Tỉnh ủy", [], "2026-06-30", ["trong quý II/2026"], None, "2.5",
     "Ủy ban Kiểm tra Tỉnh ủy đưa nội dung kiểm tra, giám sát việc thực"),
    (MT, [], None, ["định kỳ 06 tháng"], "half_yearly", "2.6",
     "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo Ủy ban"),
    ("Các đảng ủy xã, phường", [], "2026-04-30", ["trước ngày 30/4/2026"], None, "2.7",
     "Lãnh đạo chính quyền cùng cấp thực hiện nghiêm quy chế tiếp công dân"),
    ("Các đảng ủy xã, phường", [], "2026", ["trong năm 2026"], None, "2.7",
     "Chỉ đạo hoàn thành việc số hóa hồ sơ địa chính, hộ tịch trên địa bàn"),
    ("Văn phòng Tỉnh ủy", [], "2026-07", ["vào tháng 7/2026"], None, "2.8",
     "Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này"),
    (DUB, ["Ban Tổ chức Tỉnh ủy"], "2026-03-31", ["trong quý I/2026"], None, "3",
     "Giao Đảng ủy Ủy ban nhân dân tỉnh chủ trì, phối hợp với Ban"),
], doc_type="KẾT LUẬN")

# 5 ------------------------------------------------------------------------------------------------
QLCL = "Cục Quản lý chất lượng"
KHCN = "Cục Khoa học, Công nghệ và Thông tin"
SGD = "Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương"
F5 = "p-tb-bgddt-thi-tot-nghiep-2026-browser.pdf"
doc(F5, "pdf-browser-printed-ministry-portal-page-header-datetime-title-footer-url-page-n-of-m-site-chrome-related-news",
    "1587/TB-BGDĐT", "2025-12-19", "Bộ Giáo dục và Đào tạo", "Khúc Thị Thu Trang", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (QLCL, [], "2026-01", ["trong tháng 01/2026"], None, "II.1.a",
     "Chủ trì hoàn thiện dự thảo Thông tư sửa đổi, bổ sung một số điều"),
    (QLCL, [], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.1.b",
     "Công bố đề thi tham khảo các môn thi năm 2026 trước ngày 15/3/2026"),
    (QLCL, [], "2026-04", ["trong tháng 4/2026"], None, "II.1.c",
     "Tổ chức tập huấn nghiệp vụ tổ chức thi, chấm thi cho cán bộ chủ chốt"),
    (QLCL, [KHCN], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.1.d",
     "Phối hợp với Cục Khoa học, Công nghệ và Thông tin nâng cấp Hệ thống"),
    ("Vụ Giáo dục phổ thông", [], None, [], None, "II.2",
     "Vụ Giáo dục phổ thông hướng dẫn các sở giáo dục và đào tạo tổ chức"),
    (KHCN, [], "2026-05-30", ["trước ngày 30/5/2026"], None, "II.3",
     "Cục Khoa học, Công nghệ và Thông tin chủ trì bảo đảm an toàn, an"),
    ("Vụ Kế hoạch - Tài chính", [], "2026-01-20", ["trước ngày 20/01/2026"], None, "II.4",
     "Vụ Kế hoạch - Tài chính tham mưu Bộ trưởng phân bổ kinh phí tổ chức"),
    ("Văn phòng Bộ", ["Trung tâm Truyền thông giáo dục"], "2026-01-11", ["vào tuần thứ hai của tháng 01/2026"], None,
     "II.5", "Văn phòng Bộ phối hợp với Trung tâm Truyền thông giáo dục xây dựng"),
    (SGD, [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.6.a",
     "Tham mưu Ủy ban nhân dân cấp tỉnh thành lập Ban Chỉ đạo thi cấp"),
    (SGD, [], "2026-02-10", ["trước ngày 10/02/2026"], None, "II.6.b",
     "Rà soát, báo cáo số lượng thí sinh dự kiến, nhu cầu điểm thi về"),
    ("Bộ Công an", [], None, [], None, "II.7",
     "Đề nghị Bộ Công an chỉ đạo các đơn vị nghiệp vụ phối hợp với Bộ"),
])

# 6 ------------------------------------------------------------------------------------------------
PT = "Vụ Phát triển thị trường chứng khoán"
VSDC = "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam"
F6 = "p-tb-ubck-nang-hang-thi-truong-watermark.pdf"
doc(F6, "pdf-diagonal-watermark-text-drawn-first-on-every-page-regulator-lettered-under-unit-heading-giao-de-nghi",
    "2163/TB-UBCK", "2025-12-30", "Ủy ban Chứng khoán Nhà nước", "Bạch Thị Minh Nguyệt",
    "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (PT, ["Vụ Hợp tác quốc tế"], "2026-02-15", ["trước ngày 15/02/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Vụ Hợp tác quốc tế xây dựng báo cáo đánh giá"),
    (PT, ["Vụ Pháp chế"], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.1.b",
     "Phối hợp với Vụ Pháp chế hoàn thiện hồ sơ dự thảo Nghị định sửa đổi"),
    (PT, [], None, ["định kỳ hằng tháng"], "monthly", "II.1.c",
     "Tổng hợp kiến nghị của các nhà đầu tư nước ngoài về thủ tục tham gia"),
    ("Vụ Quản lý kinh doanh chứng khoán", [], "2026-03-31", ["trong quý I/2026"], None, "II.2",
     "Vụ Quản lý kinh doanh chứng khoán hướng dẫn các công ty chứng khoán triển"),
    ("Sở Giao dịch Chứng khoán Việt Nam", [VSDC], "2026-01-31", ["trước ngày 31/01/2026"], None, "II.3",
     "Giao Sở Giao dịch Chứng khoán Việt Nam chủ trì, phối hợp với Tổng"),
    (VSDC, [], "2026-02-28", ["trước ngày 28/02/2026"], None, "II.4",
     "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam nghiên cứu mô hình"),
    ("Vụ Giám sát chứng khoán", [], None, ["trong vòng 05 ngày làm việc kể từ ngày phát hiện"], None, "II.5",
     "Vụ Giám sát chứng khoán tăng cường giám sát các giao dịch bất thường, dấu"),
    ("Vụ Quản lý chào bán chứng khoán", [], "2026-01-20", ["trước ngày 20/01/2026"], None, "II.6",
     "Vụ Quản lý chào bán chứng khoán công bố danh mục hồ sơ, quy trình"),
    ("Hiệp hội Kinh doanh chứng khoán Việt Nam", [PT], "2026-03", ["trong tháng 3/2026"], None, "II.7",
     "Đề nghị Hiệp hội Kinh doanh chứng khoán Việt Nam phối hợp với Vụ Phát"),
    ("Văn phòng Ủy ban", [], "2026-02", ["tại cuộc họp giao ban tháng 02/2026"], None, "II.8",
     "Văn phòng Ủy ban theo dõi, đôn đốc các đơn vị thực hiện Thông báo"),
])

# 7 ------------------------------------------------------------------------------------------------
CN = "Các Chi nhánh Trung tâm"
CNTT = "Phòng Công nghệ thông tin và Số hóa"
HC = "Phòng Hành chính - Tổng hợp"
KS = "Phòng Kiểm soát thủ tục hành chính"
F7 = "p-tb-ttpvhcc-bacninh-giaoban-t12-gsheet.html"
doc(F7, "html-google-sheets-publish-to-web-waffle-table-row-and-column-headers-group-rows-hidden-progress-sheet-with-dates",
    "329/TB-TTPVHCC", "2026-01-08", "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh", "Ngô Thị Thanh Xuân",
    "GIÁM ĐỐC", [
    ("Phòng Tiếp nhận và Trả kết quả", [CN], "2026-01-15", ["15/01/2026"], None, "I.1",
     "Rà soát, công khai đầy đủ danh mục thủ tục hành chính thực hiện không"),
    ("Chi nhánh Trung tâm khu vực Bắc Giang", ["Văn phòng Đăng ký đất đai tỉnh"], "2026-02-13",
     ["Từ 12/01/2026 đến 13/02/2026"], None, "I.2",
     "Bố trí thêm 02 quầy tiếp nhận hồ sơ đất đai trong thời gian cao"),
    (CN, [], None, ["Ngay khi phát sinh hồ sơ trễ hạn"], None, "I.3",
     "Liên hệ, xin lỗi tổ chức, cá nhân có hồ sơ trễ hạn và công"),
    (CNTT, ["VNPT Bắc Ninh", "Sở Khoa học và Công nghệ"], "2026-03-31", ["Quý I/2026"], None, "II.4",
     "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, tích hợp"),
    (CNTT, [CN], "2026-06-30", ["30/6/2026"], None, "II.5",
     "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực"),
    ("Tổ Hỗ trợ dịch vụ công trực tuyến", ["Chi đoàn Trung tâm"], None, ["Thường xuyên"], None, "II.6",
     "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến"),
    (HC, ["Các phòng, Chi nhánh"], None, ["Trước ngày 20 hằng tháng"], "monthly", "III.7",
     "Tổng hợp, báo cáo kết quả giải quyết thủ tục hành chính gửi UBND tỉnh"),
    (HC, [], "2026-01-31", ["Trước 31/01/2026"], None, "III.8",
     "Hoàn thiện dự thảo Quy chế tổ chức và hoạt động của Trung tâm sau"),
    (KS, [], "2026-01-31", ["Trước 31/01/2026"], None, "III.8",
     "Hoàn thiện dự thảo Quy chế tổ chức và hoạt động của Trung tâm sau"),
    (KS, [CNTT], "2026-01-20", ["20/01/2026"], None, "III.9",
     "Tổ chức khảo sát sự hài lòng của người dân, doanh nghiệp quý IV/2025"),
    ("Văn phòng Đăng ký đất đai tỉnh", [], "2026-01-12", ["trước ngày 12/01/2026"], None, "",
     "Đề nghị Văn phòng Đăng ký đất đai tỉnh cử đủ viên chức tiếp nhận"),
    (HC, [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "",
     "Giao Phòng Hành chính - Tổng hợp theo dõi, đôn đốc việc thực hiện"),
])

# 8 ------------------------------------------------------------------------------------------------
LP = "Ban Quản lý dự án Điện lực Dầu khí Long Phú - Sông Hậu"
F8 = "p-tb-pvn-long-phu-docling.md"
doc(F8, "md-docling-pdf-conversion-image-placeholders-pipe-table-header-and-signature-bold-lines-as-headings-leaked-page-number",
    "6027/TB-CNNL", "2025-12-29", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Lại Thị Hồng Vân",
    "TL. TỔNG GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (LP, [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.1.a",
     "Làm việc với nhà thầu EPC chốt tiến độ chi tiết các hạng mục còn"),
    (LP, ["Tổng công ty Cổ phần Dịch vụ Kỹ thuật Dầu khí Việt Nam"], "2026-06-30", ["trong quý II/2026"], None,
     "II.1.b", "Chủ trì, phối hợp với Tổng công ty Cổ phần Dịch vụ Kỹ thuật Dầu"),
    (LP, [], None, ["định kỳ vào thứ Năm hằng tuần"], "weekly", "II.1.c",
     "Báo cáo tiến độ thực hiện Dự án về Tập đoàn (qua Ban Điện) định"),
    ("Ban Điện", [], "2026-01-20", ["chậm nhất ngày 20/01/2026"], None, "II.2.a",
     "Thẩm định hồ sơ điều chỉnh tổng mức đầu tư Dự án, trình Hội đồng"),
    ("Ban Điện", [], None, ["ngay sau khi nhận được ý kiến của Bộ Công Thương"], None, "II.2.b",
     "Làm việc với Bộ Công Thương về phương án đấu nối và hợp đồng mua"),
    ("Ban Kế hoạch", [], "2026-01-10", ["trước ngày 10/01/2026"], None, "II.3",
     "Ban Kế hoạch cập nhật vốn đầu tư của Dự án vào kế hoạch sản xuất"),
    ("Ban Tài chính", [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "II.4",
     "Ban Tài chính cân đối, bố trí nguồn vốn chủ sở hữu cho Dự án"),
    ("Ban Pháp chế và Kiểm soát tuân thủ", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.5",
     "Ban Pháp chế và Kiểm soát tuân thủ rà soát các điều khoản phạt chậm"),
    ("Tổng công ty Điện lực Dầu khí Việt Nam - CTCP", [], "2026-06", ["trong tháng 6/2026"], None, "II.6",
     "Đề nghị Tổng công ty Điện lực Dầu khí Việt Nam - CTCP cử cán bộ"),
    ("Ủy ban nhân dân thành phố Cần Thơ", [], "2026-02-28", ["trước ngày 28/02/2026"], None, "II.7",
     "Đề nghị Ủy ban nhân dân thành phố Cần Thơ chỉ đạo các xã có tuyến"),
    ("Văn phòng Tập đoàn", [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "II.8",
     "Văn phòng Tập đoàn theo dõi, đôn đốc các đơn vị thực hiện Thông báo"),
])

# 9 ------------------------------------------------------------------------------------------------
VB = "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật"
PB = "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật"
HT = "Phòng Hành chính tư pháp"
F9 = "p-tb-stp-cantho-giaoban-t12-word-txt.txt"
doc(F9, "txt-word-save-as-plain-text-bom-crlf-tab-header-cells-number-tab-items-symbol-bullet-middot-tab-o-second-level",
    "57/TB-STP", "2026-01-09", "Sở Tư pháp thành phố Cần Thơ", "Trầm Minh Luân", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (VB, [], "2026-01-15", ["trước 17 giờ 00 ngày 15/01/2026"], None, "II.1",
     "Thẩm định dự thảo Nghị quyết của Hội đồng nhân dân thành phố quy định"),
    (VB, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.1",
     "Kiểm tra, rà soát văn bản do Hội đồng nhân dân, Ủy ban nhân dân"),
    (VB, [], None, ["ngay sau khi Hội đồng nhân dân thành phố thông qua Nghị quyết bãi bỏ các nghị quyết của "
                    "Hội đồng nhân dân tỉnh Sóc Trăng, tỉnh Hậu Giang (cũ)"], None, "II.1",
     "Tham mưu Ủy ban nhân dân thành phố công bố danh mục văn bản hết"),
    (PB, [], "2026-01-20", ["trước ngày 20/01/2026"], None, "II.2",
     "Xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Hội"),
    (PB, ["Báo và Phát thanh, Truyền hình Cần Thơ"], None, ["trong năm 2026 và các năm tiếp theo"], None, "II.2",
     "Phối hợp với Báo và Phát thanh, Truyền hình Cần Thơ duy trì chuyên"),
    (HT, [], None, [], None, "II.3",
     "Hướng dẫn công chức Tư pháp - Hộ tịch các xã, phường thực hiện liên"),
    (HT, [], None, ["hằng tháng, trước ngày 25"], "monthly", "II.3",
     "Tổng hợp số liệu hộ tịch, lý lịch tư pháp, báo cáo Giám đốc Sở"),
    ("Trung tâm Trợ giúp pháp lý nhà nước", [], "2026", ["trong năm 2026"], None, "II.4",
     "Trung tâm Trợ giúp pháp lý nhà nước tổ chức trợ giúp pháp lý lưu"),
    ("Trung tâm Dịch vụ đấu giá tài sản", ["Phòng Bổ trợ tư pháp"], "2026-03-31", ["trước ngày 31/3/2026"], None,
     "II.5", "Trung tâm Dịch vụ đấu giá tài sản phối hợp với Phòng Bổ trợ tư"),
    ("Văn phòng Sở", [], "2026-01-21", ["trước ngày 21/01/2026"], None, "II.6",
     "Chuẩn bị nội dung, tài liệu Hội nghị tổng kết công tác tư pháp năm"),
    ("Văn phòng Sở", [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "II.6",
     "Theo dõi, đôn đốc các phòng, đơn vị thực hiện Thông báo này; tổng"),
    ("Ủy ban nhân dân các xã, phường", [], "2026-12-31", ["trong quý IV/2026"], None, "II.7",
     "Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo công chức Tư pháp"),
])

# 10 -----------------------------------------------------------------------------------------------
QLDA = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
SNN = "Sở Nông nghiệp và Môi trường"
XA = "UBND các xã có Dự án đi qua"
F10 = "p-tb-ubnd-caobang-cao-toc-tracking.html"
doc(F10, "html-task-tracking-system-page-metadata-table-task-cards-label-value-divs-status-badges-han-xu-ly-ngay-giao-progress-notes",
    "137/TB-UBND", "2026-01-15", "UBND tỉnh Cao Bằng", "Nông Thị Bích Hạnh", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (QLDA, ["Nhà đầu tư Dự án"], "2026-06-30", ["30/06/2026"], None, "1.a",
     "Đôn đốc nhà đầu tư tăng cường máy móc, nhân lực, tổ chức thi công"),
    (QLDA, ["Sở Xây dựng"], "2026-04-30", ["30/04/2026"], None, "1.b",
     "Lập kế hoạch thi công vượt lũ mùa mưa năm 2026, hoàn thành đắp nền"),
    (SNN, [XA], "2026-01-31", ["31/01/2026"], None, "2.a",
     "Hướng dẫn Ủy ban nhân dân các xã xác định nguồn gốc đất, hoàn thiện"),
    (SNN, [], "2026-02-15", ["15/02/2026"], None, "2.b",
     "Thẩm định, cấp phép khai thác 02 mỏ đất làm vật liệu san lấp"),
    ("UBND các xã: Quảng Uyên, Phục Hòa, Trà Lĩnh", [QLDA], "2026-02-28", ["28/02/2026"], None, "3",
     "Tổ chức chi trả tiền bồi thường, hỗ trợ và bàn giao toàn bộ mặt"),
    ("Sở Xây dựng", [], "2026-01-20", ["20/01/2026"], None, "4.a",
     "Thẩm định hồ sơ điều chỉnh thiết kế nút giao Quảng Uyên, trình Ủy ban"),
    ("Sở Xây dựng", [], None, ["Định kỳ hằng tháng"], "monthly", "4.b",
     "Kiểm tra chất lượng vật liệu đắp nền, công tác quản lý chất lượng tại"),
    ("Sở Tài chính", [SNN], "2026-03-31", ["31/03/2026"], None, "5",
     "Tham mưu bố trí 215 tỷ đồng vốn ngân sách tỉnh năm 2026 cho"),
    ("Công an tỉnh", [XA], None, ["Thường xuyên"], None, "6",
     "Bảo đảm an ninh, trật tự tại khu vực thi công; xử lý nghiêm các"),
    ("Điện lực Cao Bằng", [], "2026-02-15", ["15/02/2026"], None, "7",
     "Di dời đường dây trung thế 35 kV và các trạm biến áp trong phạm"),
    ("Văn phòng UBND tỉnh", [], None, ["Hằng tuần (thứ Sáu)"], "weekly", "8",
     "Theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp tình hình, báo cáo"),
])

# questions -----------------------------------------------------------------------------------------
q("Theo Công điện 04/CĐ-TTg, Chủ tịch UBND các tỉnh phải hoàn thành việc kiểm tra, hướng dẫn che chắn chuồng trại "
  "tại các thôn, bản vùng cao trước thời điểm nào?", F1, ["17 giờ 00", "10/01/2026"], ["deadline", "vi"])
q("In the Prime Minister's cold-spell dispatch 04/CĐ-TTg, by what time each day must the provincial chairs report "
  "damage, and to which ministry?", F1, ["14 giờ 00", "Bộ Nông nghiệp và Môi trường"],
  ["deadline", "recurring", "who", "en"])
q("Cong dien 04/CD-TTg ve ung pho ret dam, ret hai do ai ky?", F1, ["Tạ Quang Hiển"], ["signer", "vi-noaccent"])
q("Theo Kế hoạch 2874/KH-BNV, cơ quan nào chủ trì xây dựng Nghị định quy định chi tiết Luật Việc làm về bảo hiểm "
  "thất nghiệp và phối hợp với những cơ quan nào?", F2,
  ["Cục Việc làm", "Vụ Pháp chế", "Bộ Tài chính", "Bảo hiểm xã hội Việt Nam"], ["who-leads", "coordinators", "vi"])
q("Under the Ministry of Home Affairs' plan to implement the Employment Law, by when must the review of employment "
  "legal documents be completed, and who leads it?", F2, ["Vụ Pháp chế", "15/12/2025"],
  ["deadline", "who-leads", "en"])
q("Cac co quan, don vi thuoc Bo Noi vu phai bao cao ket qua thuc hien Ke hoach trien khai Luat Viec lam vao thoi "
  "diem nao?", F2, ["trước ngày 20 của tháng cuối quý"], ["deadline", "recurring", "vi-noaccent"])
q("Theo Quyết định 3418/QĐ-BKHCN, Cục An toàn thông tin phải tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng "
  "cho các hệ thống phục vụ Đại hội trước ngày nào?", F3, ["08/01/2026"], ["deadline", "vi"])
q("Which telecom groups must deploy mobile base stations for the 14th Party Congress under decision 3418/QĐ-BKHCN, "
  "and by when must they send their plan?", F3,
  ["Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam",
   "Tổng công ty Viễn thông MobiFone", "05/01/2026"], ["who", "list", "deadline", "en"])
q("Cuc Vien thong phai bao cao Bo truong tinh hinh bao dam thong tin lien lac truoc may gio hang ngay trong thoi "
  "gian Dai hoi?", F3, ["16 giờ 00"], ["deadline", "recurring", "vi-noaccent"])
q("Theo Kết luận 389-KL/TU, Ban Tổ chức Tỉnh ủy Đồng Nai phải báo cáo Ban Thường vụ Tỉnh ủy về việc sắp xếp, bố trí "
  "cán bộ chủ chốt cấp xã trước ngày nào?", F4, ["15/02/2026"], ["deadline", "vi"])
q("Under the Dong Nai Provincial Party Standing Committee's conclusion 389-KL/TU, by when must the communes and wards "
  "lacking specialist civil servants be fully staffed?", F4, ["31/3/2026"], ["deadline", "en"])
q("Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai phối hợp với cơ quan nào để định hướng công tác tuyên truyền về kết "
  "quả vận hành chính quyền địa phương 2 cấp?", F4, ["Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
  ["coordinators", "vi"])
q("Ket luan 389-KL/TU cua Ban Thuong vu Tinh uy Dong Nai do ai ky?", F4, ["Võ Tấn Đạt"], ["signer", "vi-noaccent"])
q("Cục Quản lý chất lượng phải công bố đề thi tham khảo các môn thi tốt nghiệp THPT năm 2026 trước ngày nào?", F5,
  ["15/3/2026"], ["deadline", "vi"])
q("Who chaired the Ministry of Education and Training meeting on preparing the 2026 high-school graduation exam, "
  "and on what date was it held?", F5, ["Mạc Đăng Khoa", "16/12/2025"], ["chair", "date", "en"])
q("Sở Giáo dục và Đào tạo các tỉnh, thành phố phải báo cáo số lượng thí sinh dự kiến, nhu cầu điểm thi về Bộ trước "
  "ngày nào?", F5, ["10/02/2026"], ["deadline", "vi"])
q("What is the number and the issue date of the Ministry of Education and Training notice on preparing the 2026 "
  "graduation exam?", F5, ["1587/TB-BGDĐT", "19 tháng 12 năm 2025"], ["date", "en"])
q("Theo Thông báo 2163/TB-UBCK, Sở Giao dịch Chứng khoán Việt Nam phải hoàn thành kiểm thử phương án chuyển đổi "
  "sang hệ thống dự phòng trước ngày nào và phối hợp với đơn vị nào?", F6,
  ["31/01/2026", "Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam"], ["deadline", "coordinators", "vi"])
q("What was the average daily trading value on the stock market in 2025 according to the State Securities "
  "Commission notice 2163/TB-UBCK?", F6, ["27.840 tỷ đồng"], ["figure", "en"])
q("Vu Quan ly kinh doanh chung khoan phai kiem tra tuan thu tai bao nhieu cong ty chung khoan va trong thoi gian "
  "nao?", F6, ["12 công ty chứng khoán", "quý I/2026"], ["figure", "deadline", "vi-noaccent"])
q("Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh giao Chi nhánh nào bố trí thêm 02 quầy tiếp nhận hồ sơ đất đai, "
  "và trong khoảng thời gian nào?", F7, ["Chi nhánh Trung tâm khu vực Bắc Giang", "12/01/2026", "13/02/2026"],
  ["who", "deadline", "vi"])
q("What share of the dossiers received in December 2025 by the Bac Ninh provincial public administration service "
  "centre were submitted online?", F7, ["85,7%"], ["figure", "en"])
q("Quy che to chuc va hoat dong cua Trung tam Phuc vu hanh chinh cong tinh Bac Ninh phai hoan thien, trinh UBND "
  "tinh truoc ngay nao?", F7, ["31/01/2026"], ["deadline", "vi-noaccent"])
q("Theo Thông báo 6027/TB-CNNL, tiến độ tổng thể Dự án Nhà máy Nhiệt điện Long Phú 1 đến ngày 20/12/2025 đạt bao "
  "nhiêu và chậm bao nhiêu so với kế hoạch điều chỉnh?", F8, ["76,4%", "4,1%"], ["figure", "vi"])
q("How often must the Long Phu - Song Hau petroleum power project management board report project progress to the "
  "group?", F8, ["thứ Năm hằng tuần"], ["recurring", "en"])
q("Ban Tài chính của Tập đoàn phải giải ngân các khoản thanh toán đến hạn cho nhà thầu EPC Dự án Long Phú 1 trước "
  "thời điểm nào?", F8, ["Tết Nguyên đán Bính Ngọ"], ["deadline", "vi"])
q("Sở Tư pháp thành phố Cần Thơ yêu cầu gửi kết quả thẩm định dự thảo Nghị quyết quy định mức chi cho công tác xây "
  "dựng văn bản quy phạm pháp luật trước thời điểm nào?", F9, ["17 giờ 00", "15/01/2026"], ["deadline", "vi"])
q("How many mobile legal-aid trips must the Can Tho State Legal Aid Centre carry out in 2026?", F9, ["12 đợt"],
  ["figure", "en"])
q("Phong Hanh chinh tu phap So Tu phap Can Tho bao cao so lieu ho tich, ly lich tu phap cho Giam doc So khi nao?",
  F9, ["hằng tháng, trước ngày 25"], ["deadline", "recurring", "vi-noaccent"])
q("Hội nghị tổng kết công tác tư pháp năm 2025 của Sở Tư pháp Cần Thơ dự kiến tổ chức ngày nào?", F9,
  ["23/01/2026"], ["date", "vi"])
q("On the Cao Bang task-tracking page, what is the processing deadline for the Department of Agriculture and "
  "Environment's task on the 46 households with compensation problems?", F10, ["31/01/2026"], ["deadline", "en"])
q("Những xã nào phải chi trả tiền bồi thường và bàn giao mặt bằng còn lại cho nhà đầu tư cao tốc Đồng Đăng - Trà "
  "Lĩnh, và hạn xử lý là ngày nào?", F10, ["Quảng Uyên", "Phục Hòa", "Trà Lĩnh", "28/02/2026"],
  ["who", "list", "deadline", "vi"])
q("Thong bao 137/TB-UBND cua UBND tinh Cao Bang ve cao toc Dong Dang - Tra Linh do ai ky?", F10,
  ["Nông Thị Bích Hạnh"], ["signer", "vi-noaccent"])
# unanswerable
q("Công điện 04/CĐ-TTg yêu cầu Chủ tịch UBND tỉnh Gia Lai hoàn thành kiểm tra, hướng dẫn che chắn chuồng trại trước "
  "thời điểm nào?", None, [], ["deadline", "vi"])
q("What does the Ministry of Home Affairs plan 2874/KH-BNV require of the Vietnam General Confederation of Labour, "
  "and by when?", None, [], ["what", "deadline", "en"])
q("Ban Thuong vu Tinh uy Dong Nai giao Ban Noi chinh Tinh uy nhiem vu gi trong Ket luan 389-KL/TU?", None, [],
  ["what", "vi-noaccent"])
q("Theo Thông báo 1587/TB-BGDĐT, Cục Quản lý chất lượng phải công bố đề thi tham khảo kỳ thi tốt nghiệp THPT năm "
  "2027 trước ngày nào?", None, [], ["deadline", "vi"])
q("By when must the Lang Son Department of Construction approve the design change of the Quang Uyen interchange "
  "on the Dong Dang - Tra Linh expressway?", None, [], ["deadline", "en"])
q("Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh giao Chi nhánh Trung tâm khu vực Từ Sơn nhiệm vụ gì trong tháng "
  "01/2026?", None, [], ["what", "vi"])
q("So Tu phap tinh Hau Giang giao Trung tam Tro giup phap ly nha nuoc thuc hien bao nhieu dot tro giup phap ly luu "
  "dong trong nam 2026?", None, [], ["figure", "vi-noaccent"])

if __name__ == "__main__":
    BATCH.write()
