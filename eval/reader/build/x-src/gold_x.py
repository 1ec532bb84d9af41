"""Gold and questions for batch x (all split dev), written by hand from the document text alone.
Writes gold/x.jsonl and questions/x.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/x-src/gold_x.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit.cut() trims the
hand-chosen opening to 10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("x")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------ VPCP, a Deputy PM's conclusions, docx, elided "Các Bộ: ..." list as the subject
F1 = "x-tb-vpcp-pttg-duong-sat-laocai-haiphong-danh-sach-luoc.docx"
BXD = "Bộ Xây dựng"
UB6 = "Ủy ban nhân dân các tỉnh, thành phố: Lào Cai, Phú Thọ, Hà Nội, Bắc Ninh, Hưng Yên, Hải Phòng"
doc(F1, "docx-vpcp-deputy-pm-conclusions-elided-cac-bo-list-subject-deadline-closing-long-sentence-bold-unit-umbrellas-letters-directed-evn-event-date-not-deadline",
    "548/TB-VPCP", "2025-10-06", "Văn phòng Chính phủ", "Đỗ Ngọc Tuân", "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", [
    ("Các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường", [], "2025-10-20",
     ["trước ngày 20 tháng 10 năm 2025"], None, "II.1",
     "Các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường theo chức năng"),
    (BXD, ["Bộ Tài chính"], "2025-11", ["trong tháng 11/2025"], None, "II.2.a",
     "Chủ trì, phối hợp với Bộ Tài chính hoàn thành phê duyệt thiết kế kỹ thuật"),
    (BXD, [], "2025-10-10", ["chậm nhất ngày 10/10/2025"], None, "II.2.b",
     "Chỉ đạo Ban Quản lý dự án đường sắt bàn giao đầy đủ hồ sơ cọc mốc"),
    (BXD, [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.2.c",
     "Tổng hợp tiến độ giải phóng mặt bằng, di dời hạ tầng kỹ thuật"),
    ("Bộ Nông nghiệp và Môi trường", [], "2025-10-15", ["trước ngày 15/10/2025"], None, "II.3",
     "Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương trình tự, thủ tục"),
    ("Bộ Công Thương", [], "2025-11-30", ["trước ngày 30/11/2025"], None, "II.4",
     "Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam khẩn trương di dời"),
    ("Bộ Quốc phòng", ["Ủy ban nhân dân các tỉnh Lào Cai, Phú Thọ"], "2025-10", ["trong tháng 10/2025"], None, "II.5",
     "Bộ Quốc phòng phối hợp với Ủy ban nhân dân các tỉnh Lào Cai"),
    (UB6, [], "2025-12-15", ["trước ngày 15/12/2025", "trong quý II/2026"], None, "II.6.a",
     "Huy động cả hệ thống chính trị vào cuộc, tập trung kiểm đếm, phê duyệt"),
    (UB6, [], None, [], None, "II.6.b",
     "Đẩy nhanh tiến độ xây dựng các khu tái định cư, bảo đảm người dân"),
    (UB6, [], None, ["vào thứ Sáu hằng tuần"], "weekly", "II.6.c",
     "Báo cáo tiến độ giải phóng mặt bằng về Bộ Xây dựng vào thứ Sáu"),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", [], None, [], None, "II.7",
     "Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo Ủy ban"),
    ("Bộ Tài chính", [BXD], "2025-10-31", ["trước ngày 31/10/2025"], None, "II.8",
     "Giao Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng cân đối, bố trí"),
    ("Văn phòng Chính phủ", [], None, [], None, "II.9",
     "Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao"),
])

# 2 ------------------------------------------ district UBND before the 2025 reform, docx, monthly giao ban
F2 = "x-tb-ubnd-huyen-vanyen-giaoban-t5-2024.docx"
doc(F2, "docx-district-ubnd-2024-chairman-giao-ban-bold-numbers-unit-colon-items-tn-mt-full-and-abbreviated-ngay-trong-tuan-trong-thang-nay-monthly-10th-short-last-item",
    "203/TB-UBND", "2024-05-15", "UBND huyện Văn Yên", "Lương Hữu Toản", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    ("Phòng Nông nghiệp và Phát triển nông thôn", ["UBND các xã vùng quế"], None, ["vào chiều thứ Sáu hằng tuần"],
     "weekly", "II.1", "Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các xã"),
    ("Phòng Tài chính - Kế hoạch", [], "2024-05", ["trong tháng này"], None, "II.2",
     "Phòng Tài chính - Kế hoạch: khẩn trương rà soát tiến độ giải ngân của từng dự án"),
    ("Phòng Tài nguyên và Môi trường", ["Trung tâm Phát triển quỹ đất huyện", "UBND các xã An Thịnh, Đông An"],
     "2024-05-31", ["trước ngày 31/5/2024"], None, "II.3",
     "Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Trung tâm Phát triển quỹ đất"),
    ("Phòng TN&MT", ["Công an huyện", "UBND xã Đông Cuông"], "2024-05-19", ["ngay trong tuần"], None, "II.4",
     "Giao Phòng TN&MT chủ trì, phối hợp với Công an huyện và UBND xã Đông Cuông"),
    ("Công an huyện", ["Phòng Kinh tế và Hạ tầng"], None, ["thường xuyên"], None, "II.5",
     "Công an huyện chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng tuần tra"),
    ("Phòng Lao động - Thương binh và Xã hội", [], "2024-07-10", ["trước ngày 10/7/2024"], None, "II.6",
     "Phòng Lao động - Thương binh và Xã hội (LĐTB&XH) rà soát, lập danh sách"),
    ("Phòng Giáo dục và Đào tạo", [], "2024-06-05", ["trước ngày 05/6/2024"], None, "II.7",
     "Phòng Giáo dục và Đào tạo xây dựng kế hoạch tuyển sinh vào lớp 1"),
    ("Phòng Văn hóa và Thông tin", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], "2024-06",
     ["trong tháng 6/2024"], None, "II.8",
     "Phòng Văn hóa và Thông tin phối hợp với Trung tâm Văn hóa, Thông tin"),
    ("UBND các xã, thị trấn", [], None, ["trước ngày 10 hằng tháng"], "monthly", "II.9",
     "UBND các xã, thị trấn: rà soát, cập nhật tình hình thu hoạch, tiêu thụ quế"),
    ("Văn phòng HĐND và UBND huyện", [], None, [], None, "II.10",
     "Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện"),
])

# 3 ---------------------------- provincial Sở, PDF task table over two pages (TT | Nhiệm vụ | Đơn vị | Thời hạn)
F3 = "x-tb-svhttdl-khanhhoa-bang-nhiem-vu-hai-trang.pdf"
QLDL = "Phòng Quản lý Du lịch"
R7 = "Kiểm tra, hướng dẫn các điểm du lịch ven biển thực hiện Bộ Quy tắc"
doc(F3, "pdf-provincial-so-table-tt-nhiem-vu-don-vi-thuc-hien-thoi-han-over-two-pages-repeated-heading-chu-tri-phoi-hop-in-one-cell-hour-deadline-two-digit-year-yearly-weekly-window",
    "418/TB-SVHTTDL", "2026-03-10", "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa", "Phan Thị Thục Anh",
    "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    ("Phòng Quản lý Văn hóa", ["Trung tâm Văn hóa - Điện ảnh tỉnh"], "2026-03-25", ["Trước 17 giờ ngày 25/3/2026"],
     None, "2.1", "Xây dựng Kế hoạch tổ chức Lễ hội Biển Nha Trang năm 2026"),
    (QLDL, [], "2026-03-15", ["15/3/26"], None, "2.2",
     "Rà soát, tổng hợp danh sách cơ sở lưu trú du lịch đã được công nhận"),
    (QLDL, ["Công an tỉnh", "Sở Công Thương"], "2026-05-31", ["Tháng 4 - 5/2026"], None, "2.3",
     "Tổ chức kiểm tra liên ngành các cơ sở lưu trú, nhà hàng, tàu du lịch"),
    ("Trung tâm Xúc tiến du lịch", [], "2026-04", ["Trong tháng 4/2026"], None, "2.4",
     "Xây dựng, phát hành bộ ấn phẩm và video quảng bá du lịch Khánh Hòa"),
    ("Phòng Quản lý Thể dục thể thao", [], "2026-05", ["Tháng 5/2026"], None, "2.5",
     "Chuẩn bị lực lượng, cơ sở vật chất tổ chức Giải Bơi vượt biển Nha Trang"),
    ("Bảo tàng tỉnh", [], None, ["Trước ngày 15/12 hằng năm"], "yearly", "2.6",
     "Lập danh mục di tích cần tu bổ, chống xuống cấp của năm sau"),
    (QLDL, [], None, ["Thường xuyên"], None, "2.7", R7),
    ("Phòng Xây dựng nếp sống văn hóa và Gia đình", [], None, ["Thường xuyên"], None, "2.7", R7),
    ("Phòng Kế hoạch - Tài chính", [], "2026-03", ["Trong tháng 3/2026"], None, "2.8",
     "Tham mưu văn bản đề nghị UBND tỉnh bổ sung kinh phí sự nghiệp tổ chức"),
    ("Thư viện tỉnh", [], "2026-04-21", ["Ngày 21/4/2026"], None, "2.9",
     "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2026"),
    ("Văn phòng Sở", [], "2026-08-28", ["Thứ Sáu hằng tuần (từ 01/5 đến 28/8/2026)"], "weekly", "2.10",
     "Tổng hợp tình hình hoạt động du lịch trong mùa cao điểm hè, báo cáo"),
])

# 4 ------------------------------- biên bản họp of a Sở, PDF, discussion then "Kết luận của chủ trì", THƯ KÝ | CHỦ TRÌ
F4 = "x-bb-snnmt-cantho-nha-may-rac-thu-ky-chu-tri.pdf"
CDT = "Công ty Cổ phần Năng lượng Môi trường Tây Đô"
doc(F4, "pdf-bien-ban-hop-so-thanh-phan-noi-dung-y-kien-dai-bieu-de-nghi-not-tasks-ket-luan-cua-chu-tri-investor-umbrella-dau-thang-signature-thu-ky-chu-tri-columns",
    "94/BB-SNNMT", "2025-11-17", "Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "Huỳnh Thanh Sơn",
    "CHỦ TRÌ / PHÓ GIÁM ĐỐC", [
    (CDT, [], "2025-12-05", ["trước ngày 05/12/2025"], None, "III.1.a",
     "Bổ sung hồ sơ điều chỉnh báo cáo đánh giá tác động môi trường theo ý kiến"),
    (CDT, [], "2026-03-31", ["trong quý I/2026", "vào ngày 25 hằng tháng"], "monthly", "III.1.b",
     "Tăng ca, bố trí thêm mũi thi công, bảo đảm hoàn thành lắp đặt lò đốt"),
    (CDT, ["Công ty Điện lực Cần Thơ"], "2025-12-15", ["trước ngày 15/12/2025"], None, "III.1.c",
     "Phối hợp với Công ty Điện lực Cần Thơ hoàn thiện hồ sơ thỏa thuận đấu nối"),
    ("UBND xã Phụng Hiệp", ["Văn phòng Đăng ký đất đai", "chủ đầu tư"], "2025-12-20", ["trước ngày 20/12/2025"], None,
     "III.2", "UBND xã Phụng Hiệp chủ trì, phối hợp với Văn phòng Đăng ký đất đai"),
    ("Sở Tài chính", ["Sở Xây dựng"], "2025-12", ["trong tháng 12/2025"], None, "III.3",
     "Đề nghị Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định"),
    ("Sở Công Thương", [], None, [], None, "III.4",
     "Đề nghị Sở Công Thương hướng dẫn chủ đầu tư thủ tục cập nhật Dự án"),
    ("Phòng Môi trường", [], "2025-12", ["trong tháng 12/2025"], None, "III.5",
     "Phòng Môi trường tổ chức kiểm tra thực tế việc thực hiện các biện pháp"),
    ("Văn phòng Sở", [], "2026-01-10", ["vào đầu tháng 01/2026"], None, "III.6",
     "Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở kết quả cuộc họp"),
], doc_type="BIÊN BẢN")

# 5 ---------------------------- state one-member company, PDF, Chủ tịch's conclusions to the Ban Giám đốc and phòng
F5 = "x-tb-ct-dothimoitruong-laocai-quy2-ban-giam-doc.pdf"
KHKT = "Phòng Kế hoạch - Kỹ thuật"
TCKT = "Phòng Tài chính - Kế toán"
TCHC = "Phòng Tổ chức - Hành chính"
XE = "Giao Phòng Kế hoạch - Kỹ thuật và Phòng Tài chính - Kế toán lập hồ sơ"
doc(F5, "pdf-state-company-chu-tich-conclusions-giao-ban-giam-doc-phong-ke-hoach-ky-thuat-umbrella-letters-joint-giao-two-phong-dau-quy-yearly-15-12-daily-hour-kiem-soat-vien",
    "88/TB-ĐTMT", "2026-03-27", "Công ty TNHH MTV Đô thị và Môi trường Lào Cai", "Sầm Văn Quý", "CHỦ TỊCH", [
    ("Ban Giám đốc", [], "2026-04", ["đầu quý II/2026"], None, "II.1",
     "Giao Ban Giám đốc chỉ đạo các phòng, xí nghiệp xây dựng phương án sắp xếp"),
    (KHKT, ["Xí nghiệp Môi trường số 1", "Xí nghiệp Môi trường số 2"], "2026-04-15", ["trước ngày 15/4/2026"], None,
     "II.2.a", "Chủ trì, phối hợp với Xí nghiệp Môi trường số 1, Xí nghiệp Môi trường số 2"),
    (KHKT, [], None, ["trước ngày 15/12 hằng năm"], "yearly", "II.2.b",
     "Lập kế hoạch duy tu, bảo dưỡng hệ thống điện chiếu sáng công cộng của năm sau"),
    (KHKT, [], None, ["Thường xuyên"], None, "II.2.c",
     "Thường xuyên kiểm tra, giám sát chất lượng vệ sinh đường phố; lập biên bản"),
    (KHKT, [], "2026-04-30", ["trước ngày 30/4/2026"], None, "II.3", XE),
    (TCKT, [], "2026-04-30", ["trước ngày 30/4/2026"], None, "II.3", XE),
    (TCKT, ["các xí nghiệp môi trường"], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.4",
     "Phòng Tài chính - Kế toán chủ trì, phối hợp với các xí nghiệp môi trường"),
    (TCHC, [], "2026-04", ["trong tháng 4/2026"], None, "II.5",
     "Phòng Tổ chức - Hành chính tổ chức huấn luyện an toàn, vệ sinh lao động"),
    ("Xí nghiệp Cây xanh - Chiếu sáng", [], "2026", ["trước mùa mưa bão năm 2026"], None, "II.6",
     "Xí nghiệp Cây xanh - Chiếu sáng rà soát, cắt tỉa, hạ chuyển các cây xanh"),
    ("Đội Xe - Máy", [], None, ["trước 04 giờ 30 hằng ngày"], "daily", "II.7",
     "Đội Xe - Máy kiểm tra kỹ thuật 100% phương tiện trước 04 giờ 30"),
    ("Kiểm soát viên Công ty", [], None, [], None, "II.8",
     "Đề nghị Kiểm soát viên Công ty giám sát việc thực hiện kế hoạch mua sắm"),
    (TCHC, [], "2026-04", ["tại cuộc họp giao ban tháng 4/2026"], None, "II.9",
     "Phòng Tổ chức - Hành chính theo dõi, đôn đốc, tổng hợp kết quả thực hiện"),
])

# 6 ------------------------------ provincial portal page, HTML, the notice as <ol type="I"> / <ol> / <ol type="a"> / <ul>
F6 = "x-tb-ubnd-quangninh-kinh-te-dem-portal-ol.html"
SVH = "Sở Văn hóa, Thể thao và Du lịch"
P4 = "UBND các phường: Bãi Cháy, Hồng Gai, Hạ Long, Tuần Châu"
XDCT = "Giao Sở Xây dựng, Sở Công Thương phối hợp với UBND các phường liên quan"
doc(F6, "html-provincial-portal-breadcrumb-sidebar-notice-as-nested-ol-type-I-ol-ol-type-a-ul-labels-not-in-text-bold-unit-colon-giao-two-so-weekly-window-quang-truong-30-10",
    "219/TB-UBND", "2026-05-11", "UBND tỉnh Quảng Ninh", "Vũ Thị Thục Đoan",
    "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    (SVH, [P4], "2026-06", ["trong tháng 6/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với UBND các phường: Bãi Cháy, Hồng Gai, Hạ Long"),
    (SVH, [], "2026-08-29", ["vào tối thứ Bảy hằng tuần", "từ ngày 30/5/2026 đến hết ngày 29/8/2026"], "weekly",
     "II.1.b", "Tổ chức các chương trình nghệ thuật đường phố vào tối thứ Bảy hằng tuần"),
    ("Sở Y tế", [], "2026-05-31", ["trước ngày 31/5/2026"], None, "II.2",
     "khẩn trương kiểm tra, giám sát an toàn thực phẩm tại các nhà hàng"),
    ("Sở Xây dựng", ["UBND các phường liên quan"], "2026-05-25", ["trước ngày 25/5/2026"], None, "II.3", XDCT),
    ("Sở Công Thương", ["UBND các phường liên quan"], "2026-05-25", ["trước ngày 25/5/2026"], None, "II.3", XDCT),
    ("Sở Tài chính", [SVH], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.4",
     "chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tham mưu"),
    ("Công an tỉnh", [], None, ["thường xuyên"], None, "II.5",
     "chỉ đạo Công an các phường tăng cường tuần tra, bảo đảm an ninh trật tự"),
    (P4, [], "2026-05-20", ["trước ngày 20/5/2026"], None, "II.6",
     "Rà soát, cấp phép sử dụng tạm thời một phần vỉa hè cho hoạt động"),
    (P4, [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.6",
     "Tổng hợp số lượt khách, doanh thu của các điểm kinh doanh ban đêm"),
    ("Hiệp hội Du lịch tỉnh", [], "2026-06", ["trong tháng 6/2026"], None, "II.7",
     "Đề nghị Hiệp hội Du lịch tỉnh vận động các doanh nghiệp thành viên xây dựng"),
    ("Văn phòng UBND tỉnh", [], None, [], None, "II.8",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện"),
])

# 7 ---------------------------- Zimbra webmail print view: a school forwards a Sở GD&ĐT notice (forwarder's note is not it)
F7 = "x-email-zimbra-sgddt-camau-an-toan-truong-hoc.html"
HT = "Hiệu trưởng các trường THPT, trường phổ thông dân tộc nội trú trực thuộc Sở"
doc(F7, "html-zimbra-webmail-print-view-forwarded-so-notice-in-divs-br-forwarder-note-with-own-deadlines-not-tasks-numbered-2-1-unit-colon-hieu-truong-umbrella-nam-hoc-hoc-ky",
    "237/TB-SGDĐT", "2025-10-16", "Sở Giáo dục và Đào tạo tỉnh Cà Mau", "Quách Thị Tường Vi",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Phòng Giáo dục Mầm non - Tiểu học", ["Tỉnh đoàn"], "2026-05-31", ["trong năm học 2025-2026"], None, "2.1",
     "Phòng Giáo dục Mầm non - Tiểu học chủ trì, phối hợp với Tỉnh đoàn"),
    ("Phòng Giáo dục Trung học", [], "2025-10-31", ["trước ngày 31/10/2025"], None, "2.2",
     "Phòng Giáo dục Trung học: hướng dẫn các trường xây dựng, công khai quy trình"),
    ("Phòng Kế hoạch - Tài chính", ["Sở Tài chính"], "2025-11", ["trong tháng 11/2025"], None, "2.3",
     "Phòng Kế hoạch - Tài chính phối hợp với Sở Tài chính tham mưu UBND tỉnh"),
    ("Văn phòng Sở", ["Công an tỉnh"], "2025-11-30", ["trước ngày 30/11/2025"], None, "2.4",
     "Văn phòng Sở chủ trì, phối hợp với Công an tỉnh tổ chức tập huấn"),
    (HT, [], "2025-10-24", ["trước 16 giờ ngày 24/10/2025"], None, "2.5.a",
     "Rà soát, sửa chữa ngay các hạng mục mất an toàn (hàng rào, lan can"),
    (HT, [], None, [], None, "2.5.b",
     "Tổ chức cho học sinh ký cam kết không tắm sông, kênh, rạch khi không"),
    (HT, [], None, ["trước ngày 25 hằng tháng"], "monthly", "2.5.c",
     "Báo cáo tình hình an ninh, an toàn trường học về Sở (qua Phòng"),
    ("Sở Y tế", [], None, ["trong học kỳ I năm học 2025-2026"], None, "2.6",
     "Đề nghị Sở Y tế chỉ đạo các trạm y tế xã, phường phối hợp"),
    ("Văn phòng Sở", [], "2025-12", ["tại cuộc họp giao ban tháng 12/2025"], None, "2.7",
     "Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện Thông báo này"),
])

# 8 --------------------------------- docx converted by pandoc to markdown: grid-table header, bold headings, footnotes
F8 = "x-tb-ubnd-hungyen-bac-hung-hai-pandoc-grid.md"
SNN = "Sở Nông nghiệp và Môi trường"
doc(F8, "md-pandoc-docx-conversion-grid-table-header-and-signature-bold-headings-dash-items-footnote-refs-inside-sentences-unit-colon-ubnd-tinh-giao-so-tai-chinh-deadline-plus-monthly",
    "108/TB-UBND", "2026-02-27", "UBND tỉnh Hưng Yên", "Bùi Thị Hạnh Dung", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (SNN, ["Công an tỉnh", "UBND các xã, phường có điểm xả thải"], "2026-06-30", ["trong quý II/2026"], None, "II.1",
     "Chủ trì, phối hợp với Công an tỉnh, UBND các xã, phường có điểm xả thải"),
    (SNN, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.1",
     "Lắp đặt bổ sung 06 trạm quan trắc nước tự động, liên tục tại các cống"),
    ("Sở Tài chính", [SNN], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.2",
     "giao Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường"),
    ("Sở Xây dựng", [], "2026-09", ["trong tháng 9/2026"], None, "II.3",
     "Sở Xây dựng: đôn đốc chủ đầu tư đẩy nhanh tiến độ Nhà máy xử lý nước thải"),
    ("Sở Y tế", [], "2026-03", ["trong tháng 3/2026"], None, "II.4",
     "Sở Y tế: khẩn trương chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu"),
    ("Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Hưng Hải", [], "2026-03-15", ["trước ngày 15/3/2026"], None,
     "II.5", "Đề nghị Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Hưng Hải"),
    ("Công an tỉnh", [], None, ["thường xuyên"], None, "II.6",
     "Công an tỉnh chỉ đạo Phòng Cảnh sát phòng, chống tội phạm về môi trường"),
    ("UBND các xã, phường ven hệ thống thủy lợi Bắc Hưng Hải", [], "2026-03-15",
     ["trước ngày 15/3/2026", "vào Chủ nhật cuối cùng hằng tháng"], "monthly", "II.7",
     "UBND các xã, phường ven hệ thống thủy lợi Bắc Hưng Hải: rà soát"),
    ("Văn phòng UBND tỉnh", [], "2026-06", ["tại phiên họp thường kỳ tháng 6/2026"], None, "II.8",
     "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp kết quả, báo cáo"),
])

# 9 -------------------------------- ministry notice of 2024 pasted from its PDF: hard wraps, page numbers, running header
F9 = "x-tb-btttt-dung-2g-pdf-paste-ngat-dong.txt"
DN = "Các doanh nghiệp viễn thông di động: Viettel, VNPT, MobiFone, Vietnamobile"
doc(F9, "txt-pdf-copy-paste-hard-wraps-mid-sentence-signature-stamp-lines-page-number-and-running-header-between-pages-task-split-by-page-break-elided-carrier-list-umbrella",
    "316/TB-BTTTT", "2024-07-19", "Bộ Thông tin và Truyền thông", "Lưu Đình Trọng", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    ("Cục Viễn thông", ["các doanh nghiệp viễn thông di động"], "2024-07-31", ["trước ngày 31/7/2024"], None, "2.1",
     "Cục Viễn thông chủ trì, phối hợp với các doanh nghiệp viễn thông di động"),
    ("Cục Tần số vô tuyến điện", [], "2024-08", ["trong tháng 8/2024"], None, "2.2",
     "Cục Tần số vô tuyến điện rà soát, đề xuất phương án sử dụng băng tần"),
    ("Quỹ Dịch vụ viễn thông công ích Việt Nam", ["Vụ Kế hoạch - Tài chính"], "2024-08-15", ["trước ngày 15/8/2024"],
     None, "2.3", "Giao Quỹ Dịch vụ viễn thông công ích Việt Nam chủ trì, phối hợp"),
    (DN, [], "2024-08-01", ["trước ngày 01/8/2024"], None, "2.4.a",
     "Nhắn tin thông báo tối thiểu 05 lần cho khách hàng đang sử dụng máy"),
    (DN, [], None, ["thường xuyên"], None, "2.4.b",
     "Triển khai các gói cước, chương trình ưu đãi chuyển đổi sang máy điện thoại"),
    (DN, [], None, ["trước 10 giờ thứ Hai hằng tuần"], "weekly", "2.4.c",
     "Báo cáo số lượng thuê bao 2G only còn hoạt động trên mạng về"),
    ("Sở TT&TT các tỉnh, thành phố trực thuộc Trung ương", ["UBND cấp huyện, cấp xã"], "2024-09-15",
     ["trước ngày 15/9/2024"], None, "2.5",
     "Sở TT&TT các tỉnh, thành phố trực thuộc Trung ương phối hợp với UBND"),
    ("Cục Thông tin cơ sở", [], "2024-08", ["trong tháng 8/2024"], None, "2.6",
     "Cục Thông tin cơ sở biên soạn, cung cấp tài liệu tuyên truyền (tin, bài"),
    ("Văn phòng Bộ", [], None, [], None, "2.7", "Văn phòng Bộ theo dõi, đôn đốc việc thực hiện Thông báo này"),
])


# ------------------------------------------------------------------------------------------------ questions
# 28 answerable (3-4 per document), 8 unanswerable; 14 vi, 9 vi-noaccent, 13 en.
q("Theo Thông báo 548/TB-VPCP, các Bộ Tài chính, Xây dựng, Nông nghiệp và Môi trường phải báo cáo Thủ tướng về việc tháo gỡ vướng mắc giá đất, bồi thường cho dự án đường sắt Lào Cai - Hà Nội - Hải Phòng trước ngày nào?",
  F1, ["20 tháng 10 năm 2025"], ["deadline", "vi"])
q("What share of the land for the starting sections of the Lào Cai–Hà Nội–Hải Phòng railway must the six provinces hand over, and by when?",
  F1, ["70%", "15/12/2025"], ["figure", "deadline", "en"])
q("Pho Thu tuong nao chu tri cuoc hop ngay 02/10/2025 ve giai phong mat bang duong sat Lao Cai - Ha Noi - Hai Phong, va ai ky thong bao ket luan?",
  F1, ["Trịnh Xuân Bách", "Đỗ Ngọc Tuân"], ["chair", "signer", "vi-noaccent"])
q("Bộ nào được giao chỉ đạo EVN di dời các đường dây 110 kV, 220 kV, 500 kV giao cắt với tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng, hạn hoàn thành là khi nào?",
  F1, ["Bộ Công Thương", "30/11/2025"], ["who", "deadline", "vi"])
q("UBND huyện Văn Yên yêu cầu Phòng TN&MT báo cáo kết quả xử lý các điểm khai thác cát trái phép trên sông Hồng khi nào?",
  F2, ["ngay trong tuần"], ["deadline", "vi"])
q("By what day of each month must the communes and the township of Văn Yên district send their report to the district, and through which office?",
  F2, ["10 hằng tháng", "Phòng Tài chính - Kế hoạch"], ["recurring", "who", "en"])
q("Phong Giao duc va Dao tao huyen Van Yen phai trinh ke hoach tuyen sinh lop 1, lop 6 nam hoc 2024-2025 truoc ngay nao?",
  F2, ["05/6/2024"], ["deadline", "vi-noaccent"])
q("Sở VH-TT&DL Khánh Hòa giao đơn vị nào xây dựng Kế hoạch tổ chức Lễ hội Biển Nha Trang năm 2026 và hạn chót là khi nào?",
  F3, ["Phòng Quản lý Văn hóa", "17 giờ", "25/3/2026"], ["who-leads", "deadline", "vi"])
q("When must Khánh Hòa's culture and tourism department publish the list of accredited accommodation for the sea festival?",
  F3, ["15/3"], ["deadline", "en"])
q("Van phong So VH-TT&DL Khanh Hoa bao cao tinh hinh du lich mua cao diem vao thu may hang tuan, tu ngay nao den ngay nao?",
  F3, ["Thứ Sáu", "01/5", "28/8/2026"], ["recurring", "deadline", "vi-noaccent"])
q("Cuộc họp ngày 17/11/2025 về Nhà máy xử lý chất thải rắn đốt phát điện Phụng Hiệp do ai chủ trì, ai làm thư ký?",
  F4, ["Huỳnh Thanh Sơn", "Lâm Thị Cẩm Tú"], ["chair", "vi"])
q("By when must the investor of the Phụng Hiệp waste-to-energy plant finish installing incinerator No. 1?",
  F4, ["quý I/2026"], ["deadline", "en"])
q("UBND xa Phung Hiep phai van dong 03 ho dan ban giao bao nhieu ha mat bang, truoc ngay nao?",
  F4, ["1,8 ha", "20/12/2025"], ["figure", "deadline", "vi-noaccent"])
q("Công ty Đô thị và Môi trường Lào Cai giao những phòng nào lập hồ sơ mời thầu mua 04 xe ép rác, hạn trình Chủ tịch Công ty là ngày nào?",
  F5, ["Phòng Kế hoạch - Kỹ thuật", "Phòng Tài chính - Kế toán", "30/4/2026"], ["who", "deadline", "vi"])
q("How often, and by what date, must the Lào Cai urban environment company's planning and technical division submit its street-lighting maintenance plan?",
  F5, ["15/12 hằng năm"], ["recurring", "en"])
q("Ban Giam doc Cong ty Do thi va Moi truong Lao Cai phai trinh phuong an sap xep lai lao dong khi nao?",
  F5, ["đầu quý II/2026"], ["deadline", "vi-noaccent"])
q("How much unpaid 2025 sanitation fee must the Lào Cai company's finance and accounting division recover, and by what date?",
  F5, ["1,37 tỷ đồng", "30/6/2026"], ["amount", "deadline", "en"])
q("UBND tỉnh Quảng Ninh giao Sở Xây dựng, Sở Công Thương bố trí không gian phố đi bộ, chợ đêm ở Bãi Cháy, Hồng Gai xong trước ngày nào?",
  F6, ["25/5/2026"], ["deadline", "vi"])
q("Which Quảng Ninh department must check food safety at restaurants serving tourists, and by when must it publish the results?",
  F6, ["Sở Y tế", "31/5/2026"], ["who", "deadline", "en"])
q("Chuong trinh nghe thuat duong pho o Ha Long to chuc vao toi nao hang tuan va keo dai den ngay nao?",
  F6, ["thứ Bảy", "29/8/2026"], ["recurring", "deadline", "vi-noaccent"])
q("Sở GD&ĐT Cà Mau yêu cầu hiệu trưởng các trường THPT báo cáo kết quả sửa chữa các hạng mục mất an toàn trước mấy giờ, ngày nào?",
  F7, ["16 giờ", "24/10/2025"], ["deadline", "vi"])
q("Under Cà Mau's school-safety notice, by when should every third-grader be able to swim safely, and which office leads that programme?",
  F7, ["năm học 2025-2026", "Phòng Giáo dục Mầm non - Tiểu học"], ["deadline", "who-leads", "en"])
q("Thong bao 237/TB-SGDDT ve an toan truong hoc cua So GD&DT Ca Mau do ai ky?",
  F7, ["Quách Thị Tường Vi"], ["signer", "vi-noaccent"])
q("UBND tỉnh Hưng Yên giao cơ quan nào cân đối kinh phí nạo vét kênh trên hệ thống Bắc Hưng Hải, hạn trình là ngày nào?",
  F8, ["Sở Tài chính", "31/3/2026"], ["who-leads", "deadline", "vi"])
q("How many untreated discharge points into the Bắc Hưng Hải irrigation system did Hưng Yên find, and by when must they all be inspected?",
  F8, ["126", "quý II/2026"], ["figure", "deadline", "en"])
q("Nha may xu ly nuoc thai tap trung phuong My Hao phai van hanh thu khi nao?",
  F8, ["tháng 9/2026"], ["deadline", "vi-noaccent"])
q("How many times must mobile carriers text 2G-only subscribers about the switch-off, and by when must the first round be done?",
  F9, ["05 lần", "01/8/2024"], ["figure", "deadline", "en"])
q("Theo kết luận của Thứ trưởng Ngô Hải Phong, các doanh nghiệp viễn thông phải báo cáo số thuê bao 2G only về Cục Viễn thông vào lúc nào?",
  F9, ["10 giờ", "thứ Hai hằng tuần"], ["recurring", "vi"])
# unanswerable: a place, unit, level, year or number that does not match a document, or a thing no document says
q("What deadline did the Government Office set for Thái Nguyên province to hand over land for the Lào Cai–Hà Nội–Hải Phòng railway?",
  None, [], ["deadline", "unanswerable", "en"])
q("UBND huyện Văn Yên giao Phòng Y tế huyện nhiệm vụ gì trong tháng 5/2024?",
  None, [], ["what", "unanswerable", "vi"])
q("So VH-TT&DL thanh pho Da Nang giao don vi nao to chuc Giai Boi vuot bien nam 2026?",
  None, [], ["who", "unanswerable", "vi-noaccent"])
q("What electricity purchase price was agreed for the Phụng Hiệp waste-to-energy plant at the Cần Thơ meeting of 17/11/2025?",
  None, [], ["amount", "unanswerable", "en"])
q("Công ty Đô thị và Môi trường Lào Cai giao Xí nghiệp Môi trường số 3 thu gom rác ở những phường nào?",
  None, [], ["what", "unanswerable", "vi"])
q("In Quảng Ninh's May 2026 notice on the night-time economy, what was UBND phường Cẩm Phả asked to do?",
  None, [], ["what", "unanswerable", "en"])
q("Sở GD&ĐT tỉnh Vĩnh Long yêu cầu các trường THPT báo cáo kết quả sửa chữa các hạng mục mất an toàn trường học trước ngày nào?",
  None, [], ["deadline", "unanswerable", "vi"])
q("Thông báo 316/TB-BTTTT năm 2025 của Bộ TT&TT ấn định ngày dừng công nghệ 3G là ngày nào?",
  None, [], ["date", "unanswerable", "vi"])

if __name__ == "__main__":
    BATCH.write()
