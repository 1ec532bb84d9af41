"""Gold and questions for batch t (all split test), written by hand from the document text alone.
Writes gold/t.jsonl and questions/t.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/t-src/gold_t.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit.cut() trims the
hand-chosen opening to 10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("t", split="test")
doc, q = BATCH.doc, BATCH.q


# 1 ----------------------------------------------------------- VPCP, Deputy PM, Word footnote, elided lists
F1 = "t-tb-vpcp-ptt-xuat-khau-sau-rieng-footnote.docx"
NNMT = "Bộ Nông nghiệp và Môi trường"
UBT6 = "Ủy ban nhân dân các tỉnh: Đắk Lắk, Lâm Đồng, Gia Lai, Đồng Tháp và thành phố Cần Thơ"
doc(F1, "docx-vpcp-deputy-pm-roman-decimal-letter-long-sentence-deadline-at-end-word-footnote-with-dates-elided-bo-assignee-elided-province-heading-dash",
    "547/TB-VPCP", "2025-09-26", "Văn phòng Chính phủ", "Cao Thị Minh Phượng",
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", [
    (NNMT, ["Bộ Công Thương", "Bộ Y tế", "Ủy ban nhân dân các tỉnh, thành phố có vùng trồng sầu riêng"], "2025-10-20",
     ["trước ngày 20 tháng 10 năm 2025"], None, "II.1.a",
     "Chủ trì, phối hợp với Bộ Công Thương, Bộ Y tế và Ủy ban nhân dân"),
    (NNMT, [], "2025-10", ["trong tháng 10 năm 2025"], None, "II.1.b",
     "Chỉ định bổ sung các phòng thử nghiệm đủ năng lực kiểm nghiệm cadimi"),
    (NNMT, [], "2025-11-15", ["trước ngày 15 tháng 11 năm 2025"], None, "II.1.c",
     "Làm việc với cơ quan có thẩm quyền của nước nhập khẩu về"),
    ("Bộ Công Thương", ["Bộ Ngoại giao"], None, ["thường xuyên"], None, "II.2.a",
     "Chủ trì, phối hợp với Bộ Ngoại giao thường xuyên theo dõi, cảnh báo"),
    ("Bộ Công Thương", [], "2025-10-10", ["trước ngày 10 tháng 10 năm 2025"], None, "II.2.b",
     "Xây dựng phương án điều tiết phương tiện chở nông sản lên các"),
    ("Bộ Y tế", [], "2025-12-31", ["trong quý IV năm 2025"], None, "II.3",
     "Bộ Y tế chỉ đạo các đơn vị trực thuộc hướng dẫn, kiểm tra"),
    ("Bộ Tài chính", [NNMT], "2025-10", ["ngay trong tháng 10 năm 2025"], None, "II.4",
     "Bộ Tài chính chỉ đạo Cục Hải quan bố trí luồng ưu tiên, bảo"),
    ("Các Bộ: Nông nghiệp và Môi trường, Công Thương, Y tế", [], None, [], None, "II.5",
     "Các Bộ: Nông nghiệp và Môi trường, Công Thương, Y tế theo chức năng"),
    (UBT6, [], "2025-12-31", ["trước ngày 31 tháng 12 năm 2025"], None, "II.6",
     "Chỉ đạo chính quyền cấp xã quản lý chặt chẽ các vùng trồng"),
    (UBT6, [], None, [], None, "II.6", "Hỗ trợ hợp tác xã, nông dân áp dụng quy trình canh tác an toàn"),
    ("Hiệp hội Rau quả Việt Nam", ["các doanh nghiệp đầu ngành"], "2025-11-30", ["trước ngày 30 tháng 11 năm 2025"], None,
     "II.7", "Đề nghị Hiệp hội Rau quả Việt Nam chủ trì, phối hợp với các"),
    ("Văn phòng Chính phủ", [], None, [], None, "II.8",
     "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện các nhiệm vụ"),
])

# 2 ------------------------------------------------- district UBND (2024, before the reform), giao ban PDF
F2 = "t-tb-ubnd-huyen-lucngan-giaoban-t9-2024.pdf"
TNMT = "Phòng Tài nguyên và Môi trường"
NN = "Phòng Nông nghiệp và PTNT"
XTT = "UBND các xã, thị trấn"
doc(F2, "pdf-district-ubnd-2024-giao-ban-bold-unit-colon-run-in-dash-items-elided-xa-coordinators-relative-week-month-yearly-yearless-two-pages",
    "352/TB-UBND", "2024-10-07", "UBND huyện Lục Ngạn", "Giáp Thị Thu Hà", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    ("Phòng Tài chính - Kế hoạch", ["Chi cục Thuế khu vực Lục Ngạn - Sơn Động"], "2024-10-25", ["trước ngày 25/10/2024"],
     None, "II.1", "chủ trì, phối hợp với Chi cục Thuế khu vực Lục Ngạn - Sơn Động"),
    (TNMT, ["Công an huyện", "UBND xã Nam Dương", "UBND xã Mỹ An", "UBND xã Phượng Sơn"], "2024-10-13",
     ["ngay trong tuần"], None, "II.2", "Chủ trì, phối hợp với Công an huyện và UBND các xã: Nam"),
    (TNMT, [], "2024-10", ["trong tháng này"], None, "II.2",
     "Hoàn thiện hồ sơ thu hồi đất, trình phê duyệt phương án bồi thường"),
    (NN, [], None, [], None, "II.3", "Hướng dẫn các xã, thị trấn khôi phục sản xuất sau bão, triển khai"),
    (NN, [], None, ["trước ngày 15/12 hằng năm"], "yearly", "II.3",
     "Tổng hợp kết quả cấp, quản lý mã số vùng trồng vải thiều"),
    ("Phòng LĐTB&XH", [XTT], "2024-11-30", ["trước ngày 30/11/2024"], None, "II.4",
     "Phòng LĐTB&XH chủ trì, phối hợp với UBND các xã, thị trấn tổ"),
    ("Phòng Văn hóa và Thông tin", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], None, ["thường xuyên"], None,
     "II.5", "Giao Phòng Văn hóa và Thông tin phối hợp với Trung tâm Văn"),
    ("Phòng Giáo dục và Đào tạo", [], "2025-05-31", ["trong năm học 2024-2025"], None, "II.6",
     "Phòng Giáo dục và Đào tạo chỉ đạo các trường mầm non, tiểu"),
    ("Ban Quản lý dự án đầu tư xây dựng huyện", ["UBND thị trấn Chũ"], "2024-10-31", ["trước ngày 31/10/2024"], None,
     "II.7", "Giao Ban Quản lý dự án đầu tư xây dựng huyện, Trung tâm"),
    ("Trung tâm Phát triển quỹ đất và Cụm công nghiệp huyện", ["UBND thị trấn Chũ"], "2024-10-31",
     ["trước ngày 31/10/2024"], None, "II.7", "Giao Ban Quản lý dự án đầu tư xây dựng huyện, Trung tâm"),
    ("Công an huyện", ["Phòng TN&MT"], None, [], None, "II.8",
     "Đề nghị Công an huyện tăng cường tuần tra, kiểm soát, xử lý vi"),
    (XTT, [], "2024-12-15", ["trước ngày 15/12/2024"], None, "II.9",
     "Tập trung thu nộp ngân sách, nhất là tiền sử dụng đất; phấn"),
    (XTT, [], "2024-10-11", ["trước ngày 11/10"], None, "II.9",
     "Rà soát, lập danh sách các hộ có nhà ở bị hư hỏng"),
    ("Văn phòng HĐND và UBND huyện", [], "2024-10", ["tại phiên họp thường kỳ tháng 10/2024"], None, "II.10",
     "Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả thực hiện"),
])

# 3 --------------------------------------------- Sở GD&ĐT, a task table over two pages (heading row repeated)
F3 = "t-tb-sgddt-tuyenquang-hk1-bang-hai-trang.pdf"
GDPT = "Phòng Giáo dục phổ thông"
QLCL = "Phòng Quản lý chất lượng"
doc(F3, "pdf-so-gddt-4-col-task-table-across-two-pages-repeated-heading-don-vi-thuc-hien-cell-chu-tri-marker-and-joint-units-terse-thoi-han",
    "71/TB-SGDĐT", "2026-01-16", "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang", "Nông Thị Quỳnh Trang",
    "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (GDPT, [QLCL], "2026-03-15", ["Trước 15/3/26"], None, "2.1",
     "Tham mưu UBND tỉnh ban hành Kế hoạch tuyển sinh vào lớp 10"),
    (QLCL, [], "2026-03-11", ["Từ 09/3 đến 11/3/2026"], None, "2.2",
     "Tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT"),
    ("Phòng Tổ chức cán bộ", ["Phòng Kế hoạch - Tài chính"], "2026-01-31", ["Trước 31/01/2026"], None, "2.3",
     "Rà soát, tổng hợp nhu cầu giáo viên còn thiếu theo từng môn"),
    (GDPT, [], "2026-05-31", ["Năm học 2025-2026"], None, "2.4",
     "Hướng dẫn triển khai dạy học theo lộ trình đưa tiếng Anh trở"),
    (GDPT, [], "2026-03", ["Tháng 3/2026"], None, "2.5",
     "Kiểm tra công tác tổ chức bán trú, bảo đảm an toàn thực phẩm"),
    ("Phòng Giáo dục mầm non", [], "2026-03", ["Tháng 3/2026"], None, "2.5",
     "Kiểm tra công tác tổ chức bán trú, bảo đảm an toàn thực phẩm"),
    ("Các trường THPT", [], None, ["Trước ngày 10 hằng tháng"], "monthly", "2.6",
     "Báo cáo nhanh số liệu học sinh bỏ học, chuyển trường, học sinh"),
    ("Trung tâm GDNN-GDTX", [], None, ["Trước ngày 10 hằng tháng"], "monthly", "2.6",
     "Báo cáo nhanh số liệu học sinh bỏ học, chuyển trường, học sinh"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-04-10", ["Đầu quý II/2026"], None, "2.7",
     "Lập dự toán, đề xuất bổ sung kinh phí sửa chữa phòng học, nhà"),
    ("Văn phòng Sở", ["các trường THPT", "Trung tâm GDNN-GDTX"], None, ["Thường xuyên"], None, "2.8",
     "Triển khai Kế hoạch chuyển đổi số ngành giáo dục; cập nhật đầy đủ"),
    (GDPT, [], "2026-04", ["Tháng 4/2026"], None, "2.9", "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT"),
    (QLCL, ["UBND các xã, phường"], "2026-06-30", ["Quý II/2026"], None, "2.10",
     "Hoàn thiện hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia"),
    ("Các trường THPT", [QLCL], "2026-05-31", ["Tháng 3 - 5/2026"], None, "2.11",
     "Chuẩn bị các điều kiện tổ chức Kỳ thi tốt nghiệp THPT năm 2026"),
    ("Văn phòng Sở", [], "2026-03", ["tại cuộc họp giao ban tháng 3/2026"], None, "3",
     "Văn phòng Sở theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả"),
    ("Phòng Văn hóa - Xã hội các xã, phường", [], "2026-02-20", ["trước ngày 20/02/2026"], None, "4",
     "Đề nghị Phòng Văn hóa - Xã hội các xã, phường tham mưu UBND"),
])

# 4 ---------------------------------------- biên bản of a ward compensation council, THƯ KÝ | CHỦ TRÌ columns
F4 = "t-bb-hdbt-phuong-tranlam-ket-luan-thu-ky-chu-tri.pdf"
TTQD = "Trung tâm Phát triển quỹ đất tỉnh"
doc(F4, "pdf-bien-ban-hop-ward-compensation-council-thoi-gian-dia-diem-thanh-phan-opinions-not-tasks-ket-luan-chu-tri-thu-ky-chu-tri-signatures-page-break-in-task",
    "23/BB-HĐBT", "2026-03-12", "Hội đồng Bồi thường, hỗ trợ và tái định cư phường Trần Lãm", "Phạm Văn Tiệp",
    "CHỦ TRÌ / PHÓ CHỦ TỊCH UBND PHƯỜNG", [
    (TTQD, [], "2026-04-10", ["trước ngày 10/4/2026"], None, "IV.2",
     "Giao Trung tâm Phát triển quỹ đất tỉnh hoàn chỉnh phương án đợt 1"),
    ("Phòng Kinh tế, Hạ tầng và Đô thị",
     ["Tổ trưởng Tổ dân phố Kỳ Bá", "Tổ trưởng Tổ dân phố Tân Lập", "Tổ trưởng Tổ dân phố Đông Thịnh"], "2026-03-25",
     ["trước 17 giờ ngày 25/3/2026"], None, "IV.3",
     "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Tổ"),
    ("Văn phòng HĐND và UBND phường", [], None, ["ngay sau khi có kết quả vận động"], None, "IV.4",
     "Văn phòng HĐND và UBND phường tham mưu UBND phường ban hành quyết định"),
    ("Ủy ban MTTQ Việt Nam phường", ["các tổ dân phố"], "2026-04", ["trong tháng 4/2026"], None, "IV.5",
     "Đề nghị Ủy ban MTTQ Việt Nam phường phối hợp với các tổ dân"),
    ("Công an phường", [], None, [], None, "IV.6",
     "Công an phường bố trí lực lượng bảo đảm an ninh, trật tự trong"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", [TTQD], "2026-04-30",
     ["trước ngày 30/4/2026"], None, "IV.7", "Đề nghị Ban Quản lý dự án đầu tư xây dựng các công trình"),
    ("Thư ký Hội đồng", [], "2026-03-16", ["trong 02 ngày làm việc kể từ ngày họp"], None, "IV.8",
     "Giao Thư ký Hội đồng hoàn thiện biên bản, gửi các thành viên Hội"),
], doc_type="BIÊN BẢN")

# 5 ------------------------------------------- provincial project management board (public service unit), docx
F5 = "t-tb-bqlda-angiang-giaoban-giai-ngan-ban-giam-doc.docx"
KHKT = "Phòng Kế hoạch - Kỹ thuật"
TCKT = "Phòng Tài chính - Kế toán"
doc(F5, "docx-project-board-ban-giam-doc-decimal-units-bold-phong-headings-letters-dashes-unit-colon-paragraphs-doi-voi-nha-thau-nbsp-in-deadline",
    "1263/TB-BQLDA", "2025-11-12",
    "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh An Giang", "Trương Minh Luân",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Ban Giám đốc", [], None, ["vào thứ Hai hằng tuần"], "weekly", "2.1",
     "Ban Giám đốc phân công mỗi Phó Giám đốc trực tiếp phụ trách, làm"),
    (KHKT, [], "2025-11-16", ["ngay trong tuần"], None, "2.2.a",
     "Rà soát kế hoạch vốn của từng dự án, đề xuất điều chuyển vốn"),
    (KHKT, [], None, ["trước ngày 10 hằng tháng"], "monthly", "2.2.b",
     "Tổng hợp tiến độ thực hiện và giải ngân của các dự án, báo"),
    (KHKT, ["Phòng Quản lý dự án 1"], "2025-12-05", ["trước ngày 05/12/2025"], None, "2.2.c",
     "Chủ trì, phối hợp với Phòng Quản lý dự án 1 hoàn thiện hồ"),
    ("Phòng Quản lý dự án 1", [], "2025-12-31", ["trước ngày 31/12/2025"], None, "2.3",
     "Phòng Quản lý dự án 1: đôn đốc nhà thầu tăng ca, tăng mũi"),
    ("Phòng Quản lý dự án 2", ["UBND phường Long Xuyên", "Trung tâm Phát triển quỹ đất tỉnh"], "2025-12-20",
     ["trong tháng 12/2025", "trước ngày 20/12/2025"], None, "2.4",
     "Phòng Quản lý dự án 2: phối hợp với UBND phường Long Xuyên"),
    (TCKT, [], None, ["thường xuyên"], None, "2.5",
     "Thanh toán kịp thời cho nhà thầu ngay khi có khối lượng nghiệm"),
    (TCKT, [], "2026-01-31", ["trước ngày 31/01/2026"], None, "2.5",
     "Lập báo cáo quyết toán vốn đầu tư công năm 2025 của Ban"),
    ("Phòng Hành chính - Tổng hợp", [], "2025-12", ["tại cuộc họp giao ban tháng 12/2025"], None, "2.6",
     "Phòng Hành chính - Tổng hợp theo dõi, đôn đốc việc thực hiện Thông"),
    ("các nhà thầu thi công", [], "2025-11-20", ["trước ngày 20/11/2025"], None, "2.7",
     "Đề nghị các nhà thầu thi công bổ sung nhân lực, máy móc, thiết"),
])

# 6 --------------------------------------------- ministry portal, nested <ol>/<ol type=a>/<ul>, labels not typed
F6 = "t-tb-bvhttdl-sea-games-33-portal-ol-ul.html"
TDTT = "Cục Thể dục thể thao Việt Nam"
HN = "Trung tâm Huấn luyện thể thao quốc gia Hà Nội"
HCM = "Trung tâm Huấn luyện thể thao quốc gia Thành phố Hồ Chí Minh"
doc(F6, "html-ministry-portal-breadcrumb-sidebar-nested-ol-ol-type-a-ul-automatic-labels-bold-unit-strong-joint-strong-units-sapo-related-news-dates",
    "4215/TB-BVHTTDL", "2025-10-13", "Bộ Văn hóa, Thể thao và Du lịch", "Nguyễn Thị Diệu Linh",
    "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (TDTT, ["Ủy ban Olympic Việt Nam"], "2025-10-25", ["trước ngày 25/10/2025"], None, "II.1.a",
     "Chủ trì, phối hợp với Ủy ban Olympic Việt Nam hoàn thiện danh sách"),
    (TDTT, [], "2025-10", ["trong tháng 10/2025"], None, "II.1.b",
     "Tổ chức kiểm tra, đánh giá thành tích các đội tuyển trọng điểm; kiên"),
    (TDTT, [], "2025-11-27", ["trước khi xuất quân"], None, "II.1.c",
     "Chỉ đạo Trung tâm Doping và Y học thể thao kiểm tra doping"),
    ("Vụ Kế hoạch, Tài chính", [], "2025-10-19", ["ngay trong tuần"], None, "II.2",
     "chủ trì thẩm định, bố trí kinh phí tập huấn ở nước ngoài, thuê"),
    ("Văn phòng Bộ", [TDTT], "2025-11-20", ["trước ngày 20/11/2025"], None, "II.3",
     "Phối hợp với Cục Thể dục thể thao Việt Nam chuẩn bị nội dung"),
    ("Văn phòng Bộ", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "II.3",
     "Làm đầu mối tổng hợp tình hình chuẩn bị của các đơn vị, báo"),
    ("Cục Báo chí", ["Báo Văn hóa", "Đài Truyền hình Việt Nam"], "2025-11-15", ["trước ngày 15/11/2025"], None, "II.4",
     "phối hợp với Báo Văn hóa, Đài Truyền hình Việt Nam xây dựng kế"),
    (HN, [], None, ["thường xuyên"], None, "II.5", "bảo đảm chế độ dinh dưỡng, ăn ở, tập luyện, hồi phục cho"),
    (HCM, [], None, ["thường xuyên"], None, "II.5", "bảo đảm chế độ dinh dưỡng, ăn ở, tập luyện, hồi phục cho"),
    ("Sở VH-TT&DL các tỉnh, thành phố có vận động viên được triệu tập", [TDTT], "2025-10-31",
     ["trước ngày 31/10/2025"], None, "II.6",
     "Đề nghị Sở VH-TT&DL các tỉnh, thành phố có vận động viên được"),
])

# 7 ----------------------------------- Gmail print view of a two-level forward with the notice pasted as <div>s
F7 = "t-email-gmail-fwd-ubnd-danang-pccc-nha-tro.html"
CATP = "Công an thành phố"
XP = "UBND các xã, phường"
doc(F7, "html-gmail-print-view-two-level-forward-forwarder-note-with-own-deadline-ward-office-assignment-not-notice-notice-as-divs-unit-colon-giao-two-so",
    "487/TB-UBND", "2026-04-06", "UBND thành phố Đà Nẵng", "Phan Thị Thu Hiền", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (CATP, [XP], "2026-06-30", ["trước ngày 30/6/2026"], None, "1",
     "Công an thành phố: chủ trì, phối hợp với UBND các xã, phường"),
    ("Sở Tài chính", [CATP], "2026-06-30", ["trong quý II/2026"], None, "2",
     "UBND thành phố giao Sở Tài chính chủ trì, phối hợp với Công an"),
    ("Sở Xây dựng", [], "2026-04-30", ["trước ngày 30/4/2026"], None, "3",
     "Giao Sở Xây dựng, Sở Công Thương theo chức năng, nhiệm vụ hướng dẫn"),
    ("Sở Công Thương", [], "2026-04-30", ["trước ngày 30/4/2026"], None, "3",
     "Giao Sở Xây dựng, Sở Công Thương theo chức năng, nhiệm vụ hướng dẫn"),
    ("Sở Khoa học và Công nghệ", [CATP, "VNPT Đà Nẵng"], "2026-05", ["trong tháng 5/2026"], None, "4",
     "Sở Khoa học và Công nghệ phối hợp với Công an thành phố, VNPT"),
    (XP, [], "2026-04-20", ["trước ngày 20/4/2026"], None, "5",
     "Rà soát, lập danh sách nhà trọ, nhà ở cho thuê trên địa"),
    (XP, [], None, ["thường xuyên"], None, "5",
     "Duy trì hoạt động của các Tổ liên gia an toàn PCCC; thường xuyên"),
    (XP, [], None, ["định kỳ hằng tháng, trước ngày 25"], "monthly", "5",
     "Báo cáo kết quả về UBND thành phố (qua Công an thành phố) định"),
    ("Ủy ban MTTQ Việt Nam thành phố", [], None, [], None, "6",
     "Đề nghị Ủy ban MTTQ Việt Nam thành phố chỉ đạo Ban Công tác Mặt"),
    ("Văn phòng UBND thành phố", [], None, [], None, "7",
     "Văn phòng UBND thành phố theo dõi, đôn đốc việc thực hiện"),
])

# 8 ------------------------------------------ markitdown (docx -> markdown), pipe-table header, footnote links
F8 = "t-tb-snnmt-haiphong-giaoban-t1-markitdown-chu-thich.md"
CCTY = "Chi cục Chăn nuôi và Thú y"
doc(F8, "md-markitdown-docx-pipe-table-header-and-signature-bold-headings-bold-run-in-unit-colon-footnote-links-notes-with-dates-at-end",
    "379/TB-SNNMT", "2026-02-06", "Sở Nông nghiệp và Môi trường thành phố Hải Phòng", "Đỗ Xuân Trường", "GIÁM ĐỐC", [
    ("Chi cục Trồng trọt và Bảo vệ thực vật", [], "2026-02-28", ["trước ngày 28/02/2026"], None, "II.1",
     "Chỉ đạo, hướng dẫn các xã, phường, đặc khu gieo cấy lúa Xuân"),
    ("Chi cục Trồng trọt và Bảo vệ thực vật", [], None, ["định kỳ hằng tuần"], "weekly", "II.1",
     "Theo dõi chặt chẽ sinh vật gây hại trên lúa, rau màu vụ"),
    (CCTY, [], "2026-03", ["trong tháng 3/2026"], None, "II.2",
     "khẩn trương cung ứng vắc xin, tổ chức tiêm phòng cúm gia cầm đợt"),
    ("Chi cục Thủy lợi", [], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.3",
     "Kiểm tra hiện trạng đê điều, công trình thủy lợi sau mùa mưa"),
    ("Chi cục Thủy lợi", ["Công ty TNHH MTV Khai thác công trình thủy lợi Hải Dương"], None, [], None, "II.3",
     "Phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi"),
    ("Phòng Quản lý đất đai", ["Văn phòng Đăng ký đất đai"], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None,
     "II.4", "Phòng Quản lý đất đai chủ trì, phối hợp với Văn phòng Đăng ký"),
    ("Văn phòng Đăng ký đất đai", [], None, ["thường xuyên", "trước ngày 20 hằng tháng"], "monthly", "II.5",
     "thường xuyên cập nhật, chỉnh lý biến động vào cơ sở dữ liệu đất"),
    ("Phòng Môi trường", ["UBND các xã, phường, đặc khu"], "2026-03-31", ["trong quý I/2026"], None, "II.6",
     "Phòng Môi trường chủ trì, phối hợp với UBND các xã, phường, đặc"),
    ("Văn phòng Sở", [], "2026-02-11", ["trước 16 giờ 00 ngày 11/02/2026"], None, "II.7",
     "Văn phòng Sở xây dựng lịch trực Tết Nguyên đán Bính Ngọ của Sở"),
    ("UBND các xã, phường, đặc khu", [CCTY], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.8",
     "Đề nghị UBND các xã, phường, đặc khu phối hợp với Chi cục Chăn"),
])

# 9 ---------------------------------- text pasted from a signed PDF: hard wraps, signature stamp, page header
F9 = "t-tb-ubnd-nghean-kcb-bhyt-thuoc-pdf-paste.txt"
SYT = "Sở Y tế"
doc(F9, "txt-pasted-from-signed-pdf-signature-stamp-lines-hard-wraps-mid-sentence-page-footer-and-running-header-inside-task-unit-colon-short-last-item",
    "187/TB-UBND", "2026-03-20", "UBND tỉnh Nghệ An", "Thái Văn Nhân", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (SYT, [], "2026-03-25", ["trước 17 giờ ngày 25/3/2026", "trong quý II/2026"], None, "II.1",
     "Sở Y tế: khẩn trương chỉ đạo các cơ sở khám bệnh, chữa"),
    ("Sở Tài chính", [SYT], "2026-04", ["trong tháng 4/2026"], None, "II.2",
     "Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế thẩm định"),
    ("Bảo hiểm xã hội tỉnh", [SYT], "2026-04-10", ["trước ngày 10/4/2026"], None, "II.3",
     "Đề nghị Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế giám định"),
    ("Sở Nội vụ", [SYT], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.4",
     "Sở Nội vụ chủ trì, phối hợp với Sở Y tế tham mưu chính"),
    ("Các bệnh viện tuyến tỉnh", [], None, ["thường xuyên"], None, "II.5",
     "Các bệnh viện tuyến tỉnh, các Trung tâm Y tế khu vực chủ động"),
    ("các Trung tâm Y tế khu vực", [], None, ["thường xuyên"], None, "II.5",
     "Các bệnh viện tuyến tỉnh, các Trung tâm Y tế khu vực chủ động"),
    ("UBND các xã, phường", [], "2026-04-15", ["trước ngày 15/4/2026"], None, "II.6",
     "UBND các xã, phường bố trí cán bộ y tế trực tại Trạm"),
    ("Văn phòng UBND tỉnh", [], None, [], None, "II.7", "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện"),
])


# ------------------------------------------------------------------------------------------------ questions
# answerable: one per line of intent; the must_contain strings are the documents' own forms
q("Bộ Nông nghiệp và Môi trường phải báo cáo Thủ tướng kết quả rà soát mã số vùng trồng, mã số cơ sở đóng gói sầu riêng trước ngày nào?",
  F1, ["20 tháng 10 năm 2025"], ["vi", "deadline"])
q("In the Government Office notice on durian exports, which Deputy Prime Minister chaired the meeting, and on what date was it held?",
  F1, ["Lương Quốc Đạt", "22 tháng 9 năm 2025"], ["en", "chair", "date"])
q("Theo thong bao 547/TB-VPCP, Bo Cong Thuong phai xong phuong an dieu tiet xe cho nong san len cac cua khau truoc ngay nao?",
  F1, ["10 tháng 10 năm 2025"], ["vi-noaccent", "deadline"])
q("Huyện Lục Ngạn yêu cầu Phòng Tài nguyên và Môi trường xử lý dứt điểm các điểm khai thác đất, cát trái phép ven sông Lục Nam trong thời hạn nào, phối hợp với ai?",
  F2, ["ngay trong tuần", "Công an huyện"], ["vi", "deadline", "coordinators"])
q("Which two units in Lục Ngạn district must hand over the site of residential area No. 3 in Chũ town to the contractor, and by what date?",
  F2, ["Ban Quản lý dự án đầu tư xây dựng huyện", "Trung tâm Phát triển quỹ đất và Cụm công nghiệp huyện", "31/10/2024"],
  ["en", "who-leads", "deadline"])
q("Thong bao ket luan giao ban thang 9/2024 cua UBND huyen Luc Ngan do ai ky, va thu ngan sach 9 thang dat bao nhieu?",
  F2, ["Giáp Thị Thu Hà", "612,4 tỷ đồng"], ["vi-noaccent", "signer", "amount"])
q("Sở GD&ĐT Tuyên Quang giao phòng nào tham mưu Kế hoạch tuyển sinh lớp 10 năm học 2026-2027, và hạn chót là khi nào?",
  F3, ["Phòng Giáo dục phổ thông", "15/3/26"], ["vi", "who-leads", "deadline"])
q("How often must the upper secondary schools in Tuyên Quang send the quick report on dropouts and transfers to the Department's office?",
  F3, ["10 hằng tháng"], ["en", "recurring"])
q("Phong Ke hoach - Tai chinh cua So GD&DT Tuyen Quang phai de xuat kinh phi sua chua phong hoc, nha cong vu bi hu hong do mua lu vao luc nao?",
  F3, ["Đầu quý II/2026"], ["vi-noaccent", "deadline"])
q("Theo thông báo sơ kết học kỳ I năm học 2025-2026, ngành giáo dục Tuyên Quang còn thiếu bao nhiêu giáo viên?",
  F3, ["612"], ["vi", "figure"])
q("Trong biên bản họp Hội đồng bồi thường dự án đường trục Đông - Tây, Phòng Kinh tế, Hạ tầng và Đô thị phải báo cáo kết quả vận động 15 hộ chưa kiểm đếm trước mấy giờ, ngày nào?",
  F4, ["17 giờ", "25/3/2026"], ["vi", "deadline"])
q("Who chaired the compensation council meeting in Trần Lãm ward on 12 March 2026, and who took the minutes?",
  F4, ["Phạm Văn Tiệp", "Đoàn Thị Hải Yến"], ["en", "chair", "signer"])
q("Tong kinh phi boi thuong, ho tro dot 1 cho 64 ho cua du an duong truc Dong - Tay qua phuong Tran Lam la bao nhieu?",
  F4, ["58,36 tỷ đồng"], ["vi-noaccent", "amount"])
q("Ban Quản lý dự án dân dụng và công nghiệp tỉnh An Giang yêu cầu Phòng Kế hoạch - Kỹ thuật báo cáo tiến độ giải ngân cho Sở Tài chính và UBND tỉnh vào thời điểm nào?",
  F5, ["trước ngày 10 hằng tháng"], ["vi", "recurring"])
q("What was the An Giang civil and industrial works project board's disbursement rate as of 7 November 2025, and who signed its briefing notice?",
  F5, ["58,7%", "Trương Minh Luân"], ["en", "figure", "signer"])
q("Phòng Quản lý dự án 2 phải phối hợp với những đơn vị nào để gỡ vướng mặt bằng Trường THPT chuyên Thoại Ngọc Hầu (cơ sở 2)?",
  F5, ["UBND phường Long Xuyên", "Trung tâm Phát triển quỹ đất tỉnh"], ["vi", "coordinators"])
q("By what date must the Vietnam Sports Administration submit the SEA Games 33 delegation list for the Minister's approval, and which body does it work with?",
  F6, ["25/10/2025", "Ủy ban Olympic Việt Nam"], ["en", "deadline", "coordinators"])
q("Văn phòng Bộ VHTTDL phải báo cáo Bộ trưởng tình hình chuẩn bị SEA Games 33 theo lịch nào?",
  F6, ["thứ Sáu hằng tuần"], ["vi", "recurring"])
q("Cuc Bao chi phai ban hanh ke hoach truyen thong ve SEA Games 33 truoc ngay nao?",
  F6, ["15/11/2025"], ["vi-noaccent", "deadline"])
q("Theo Thông báo 487/TB-UBND của UBND thành phố Đà Nẵng, các xã, phường phải gửi danh sách nhà trọ cho Công an thành phố trước ngày nào?",
  F7, ["20/4/2026"], ["vi", "deadline"])
q("Which Da Nang departments must issue guidance on electrical safety and EV charging in boarding houses, and by when?",
  F7, ["Sở Xây dựng", "Sở Công Thương", "30/4/2026"], ["en", "who-leads", "deadline"])
q("Giai phap canh bao chay som o phuong Hoa Khanh va Lien Chieu do so nao trien khai va thi diem vao thang nao?",
  F7, ["Sở Khoa học và Công nghệ", "tháng 5/2026"], ["vi-noaccent", "who-leads", "deadline"])
q("Sở Nông nghiệp và Môi trường Hải Phòng yêu cầu Văn phòng Sở gửi lịch trực Tết Bính Ngọ cho Văn phòng UBND thành phố trước thời điểm nào?",
  F8, ["16 giờ 00", "11/02/2026"], ["vi", "deadline"])
q("Who signed the Hai Phong Department of Agriculture and Environment's notice on its January 2026 briefing, and what is the notice number?",
  F8, ["Đỗ Xuân Trường", "379/TB-SNNMT"], ["en", "signer", "number"])
q("Chi cuc Chan nuoi va Thu y Hai Phong phai hoan thanh tiem phong cum gia cam dot 1 nam 2026 trong thoi gian nao?",
  F8, ["tháng 3/2026"], ["vi-noaccent", "deadline"])
q("Sở Y tế Nghệ An phải báo cáo UBND tỉnh nhu cầu mua sắm bổ sung thuốc, vật tư y tế đang thiếu trước thời điểm nào?",
  F9, ["17 giờ", "25/3/2026"], ["vi", "deadline"])
q("By what date must Nghe An's provincial social insurance make advance payments to the eligible health facilities?",
  F9, ["10/4/2026"], ["en", "deadline"])
q("Which vice chairman of Nghe An province led the March 2026 working session on health-insurance treatment and drug shortages, and how many public facilities were short of drugs?",
  F9, ["Đậu Văn Sỹ", "11/37"], ["en", "chair", "figure"])

# unanswerable: nothing in the documents, or a unit, place or year that does not match one
q("Theo Thông báo 547/TB-VPCP, Bộ Khoa học và Công nghệ được giao xây dựng hệ thống truy xuất nguồn gốc sầu riêng xong trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("What deadline did the Lục Ngạn district People's Committee set for the district Health Division (Phòng Y tế) in its October 2024 briefing notice?",
  None, [], ["en", "deadline", "unanswerable"])
q("So GD&DT tinh Ha Giang giao Phong Giao duc pho thong to chuc Hoi thi giao vien day gioi cap tinh vao thang may?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("In the Trần Lãm ward compensation minutes, what extra support per square metre was approved for agricultural land lying inside residential areas?",
  None, [], ["en", "amount", "unanswerable"])
q("Ban Quản lý dự án dân dụng và công nghiệp tỉnh An Giang giao Phòng Quản lý dự án 3 hoàn thành công trình nào trước ngày 31/12/2025?",
  None, [], ["vi", "what", "unanswerable"])
q("Theo thông báo kết luận về SEA Games 33, Bộ VHTTDL giao Trung tâm Huấn luyện thể thao quốc gia Đà Nẵng nhiệm vụ gì?",
  None, [], ["vi", "what", "unanswerable"])
q("According to Da Nang's notice on fire safety in boarding houses, what fine applies to landlords who have no second escape route?",
  None, [], ["en", "amount", "unanswerable"])
q("Thong bao 187/TB-UBND nam 2025 cua UBND tinh Nghe An ve kham chua benh BHYT giao So Y te bao cao truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
