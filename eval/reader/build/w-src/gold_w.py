"""Gold and questions for batch w (all split dev), written by hand from the document text alone.
Writes gold/w.jsonl and questions/w.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/w-src/gold_w.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("w")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------------ ministry: a Deputy Minister's conclusions, "1. Vụ …:" headings, a) b) (docx)
F1 = "w-tb-bnnmt-thu-truong-sap-xep-don-vi-su-nghiep.docx"
TCCB, KHTC, DVSN = "Vụ Tổ chức cán bộ", "Vụ Kế hoạch - Tài chính", "Các đơn vị sự nghiệp công lập thuộc Bộ"
A4 = "Văn phòng Bộ và Vụ Kế hoạch - Tài chính rà soát, xây dựng phương án sắp xếp"
doc(F1, "docx-ministry-deputy-minister-conclusions-bold-unit-colon-headings-letter-points-bold-number-only-run-in-subjects-joint-vu-two-deadlines-one-point-yearless-tet-start-date-not-deadline",
    "1792/TB-BNNMT", "2025-10-20", "Bộ Nông nghiệp và Môi trường", "Mạc Thị Hồng Nhiên",
    "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (TCCB, ["Vụ Pháp chế"], "2025-11-15", ["trước ngày 15/11/2025"], None, "II.1.a",
     "Chủ trì, phối hợp với Vụ Pháp chế hoàn thiện dự thảo Đề án sắp xếp"),
    (TCCB, [], "2025-11", ["trong tháng 11/2025", "chậm nhất ngày 31/12/2025"], None, "II.1.b",
     "Tổng hợp danh sách cán bộ, công chức, viên chức đăng ký nghỉ hưu trước tuổi"),
    (TCCB, [], None, ["trước ngày 10 của tháng đầu quý sau"], "quarterly", "II.1.c",
     "Định kỳ hằng quý tổng hợp kết quả tinh giản biên chế của các đơn vị"),
    (KHTC, [TCCB, "các đơn vị liên quan"], "2025-11-30", ["trước 30/11"], None, "II.2.a",
     "Chủ trì, phối hợp với Vụ Tổ chức cán bộ và các đơn vị liên quan"),
    (KHTC, [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "II.2.b",
     "Thẩm định, bố trí đủ kinh phí chi trả chính sách, chế độ cho người"),
    ("Vụ Pháp chế", [], "2026-03-31", ["trong Quý I/2026"], None, "II.3",
     "Vụ Pháp chế chủ trì rà soát các quyết định quy định chức năng, nhiệm vụ"),
    ("Văn phòng Bộ", [], "2025-12", ["trong tháng 12/2025"], None, "II.4", A4),
    (KHTC, [], "2025-12", ["trong tháng 12/2025"], None, "II.4", A4),
    ("Cục Chuyển đổi số", [], "2025-12-31", ["trước ngày 31/12/2025"], None, "II.5.a",
     "Hoàn thiện cơ sở dữ liệu cán bộ, công chức, viên chức của Bộ, kết nối"),
    ("Cục Chuyển đổi số", [TCCB], None, [], None, "II.5.b",
     "Phối hợp với Vụ Tổ chức cán bộ triển khai phần mềm đánh giá, xếp loại"),
    ("Thanh tra Bộ", [TCCB], "2026-03-31",
     ["trong Quý I/2026", "trong vòng 10 ngày làm việc kể từ ngày kết thúc đợt kiểm tra"], None, "II.6",
     "Thanh tra Bộ chủ trì, phối hợp với Vụ Tổ chức cán bộ kiểm tra việc"),
    (DVSN, [], "2025-11-05", ["trước ngày 05/11/2025"], None, "II.7.a",
     "Rà soát, xây dựng phương án sắp xếp các phòng, trung tâm trực thuộc, giảm"),
    (DVSN, [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.7.b",
     "Công khai danh sách người nghỉ hưu trước tuổi, thôi việc tại đơn vị; báo cáo"),
    ("Văn phòng Bộ", [], "2025-12", ["tại cuộc họp giao ban Bộ tháng 12/2025"], None, "II.8",
     "Giao Văn phòng Bộ theo dõi, đôn đốc việc thực hiện Thông báo này"),
])

# 2 ------------------------------- provincial Vice-Chairman's conclusions with a 5-column task table (docx)
F2 = "w-tb-ubnd-tayninh-pct-khai-thac-cat-bang.docx"
NNMT, VEN = "Sở Nông nghiệp và Môi trường", "UBND các xã, phường ven sông"
A3 = "Kiểm tra, xử lý dứt điểm các bến bãi kinh doanh cát không có giấy phép"
doc(F2, "docx-provincial-vice-chairman-conclusions-task-table-stt-noi-dung-chu-tri-phoi-hop-thoi-han-two-units-joined-by-va-in-chu-tri-cell-elided-xa-list-elided-so-list-in-phoi-hop-dau-thang",
    "274/TB-UBND", "2026-03-10", "UBND tỉnh Tây Ninh", "Huỳnh Thị Kim Xuyến", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (NNMT, ["Sở Tài chính", "Sở Xây dựng"], "2026-03-31", ["Trước 31/3/2026"], None, "II.1",
     "Rà soát, điều chỉnh Kế hoạch đấu giá quyền khai thác khoáng sản năm 2026"),
    ("Các tổ chức, cá nhân được cấp phép khai thác cát", [NNMT, "Sở KH&CN"], "2026-06-30", ["Quý II/2026"], None, "II.2",
     "Lắp đặt camera giám sát, trạm cân tại 100% mỏ cát đang khai thác"),
    ("Sở Xây dựng", [NNMT, "Công an tỉnh"], "2026-04-15", ["trước 15/4", "đầu tháng 5/2026"], None, "II.3", A3),
    (VEN, [NNMT, "Công an tỉnh"], "2026-04-15", ["trước 15/4", "đầu tháng 5/2026"], None, "II.3", A3),
    ("Công an tỉnh", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", VEN], None, ["Thường xuyên", "hằng tháng"], "monthly",
     "II.4", "Tăng cường tuần tra, kiểm soát trên sông, nhất là vào ban đêm; xử lý"),
    ("Sở Tài chính", [NNMT, "Trung tâm Dịch vụ đấu giá tài sản tỉnh"], "2026-09-30", ["Quý III/2026"], None, "II.5",
     "Xác định giá khởi điểm, tổ chức đấu giá quyền khai thác 03 mỏ cát"),
    ("UBND các xã: Thạnh Hóa, Tân Tây, Mỹ Quý", [NNMT], "2026-06-30", ["Tháng 4 - 6/2026"], None, "II.6",
     "Khảo sát, cắm mốc hành lang bảo vệ bờ sông tại các điểm sạt lở"),
    (NNMT, ["Sở Tài chính", VEN], None, ["Trong vòng 10 ngày làm việc kể từ ngày nhận báo cáo của địa phương"], None,
     "II.7", "Lập phương án xử lý khẩn cấp sạt lở bờ sông, trình UBND tỉnh quyết định"),
    (NNMT, ["Sở Tư pháp", "các Sở: Xây dựng, Tài chính"], "2026-12-10", ["Đầu tháng 12/2026"], None, "II.8",
     "Rà soát, đề xuất sửa đổi Quyết định quy định về quản lý cát, sỏi"),
    ("Báo và Phát thanh, Truyền hình Tây Ninh", [NNMT], None, ["Định kỳ hằng quý"], "quarterly", "II.9",
     "Xây dựng phóng sự, tin bài tuyên truyền về tác hại của khai thác cát"),
    (NNMT, ["Các sở, ngành, địa phương liên quan"], "2026-06-20", ["Trước ngày 20/6/2026", "trước ngày 05/12/2026"],
     None, "II.10", "Tổng hợp kết quả thực hiện các nhiệm vụ nêu trên, báo cáo UBND tỉnh"),
    ("Văn phòng UBND tỉnh", [], None, [], None, "III",
     "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; kịp thời báo cáo"),
])

# 3 ------------------------------------ party: Ban Thường vụ Tỉnh ủy conclusions, "Đề nghị …" / "Giao Ban …" (pdf)
F3 = "w-tb-btv-tinhuy-lamdong-du-lich-bien.pdf"
DU, MT = "Đảng ủy Ủy ban nhân dân tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"
A24 = "Đảng ủy các phường: Mũi Né, Phan Thiết, Tiến Thành và Đảng ủy xã Hòa Thắng"
doc(F3, "pdf-party-ban-thuong-vu-tinh-uy-thong-bao-ket-luan-numbered-1-assessment-2-n-points-de-nghi-dang-uy-umbrella-with-dashes-giao-ban-tinh-uy-joint-dang-uy-phuong-xa-half-yearly-tet",
    "372-TB/TU", "2026-01-08", "Tỉnh ủy Lâm Đồng", "Đinh Văn Toản", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", [
    (DU, [], "2026-06-30", ["trong quý II/2026"], None, "2.1",
     "Rà soát, điều chỉnh quy hoạch phân khu các khu du lịch ven biển Mũi Né"),
    (DU, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "2.1",
     "Xử lý dứt điểm 27 dự án du lịch chậm triển khai, kiên quyết thu hồi"),
    (DU, [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "2.1",
     "Chỉ đạo Sở Văn hóa, Thể thao và Du lịch xây dựng, ban hành Kế hoạch"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", [MT, "Báo và Phát thanh, Truyền hình Lâm Đồng"], None, ["thường xuyên"], None,
     "2.2", "Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ban"),
    ("Ủy ban Kiểm tra Tỉnh ủy", ["Ban Nội chính Tỉnh ủy"], "2026-09-30", ["trong quý III/2026"], None, "2.3",
     "Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Nội chính"),
    ("Đảng ủy các phường: Mũi Né, Phan Thiết, Tiến Thành", [], None, ["định kỳ 6 tháng"], "half_yearly", "2.4", A24),
    ("Đảng ủy xã Hòa Thắng", [], None, ["định kỳ 6 tháng"], "half_yearly", "2.4", A24),
    (MT, ["các tổ chức chính trị - xã hội tỉnh"], "2026", ["trong năm 2026"], None, "2.5",
     "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì, phối hợp"),
    ("Ban Chính sách, chiến lược Tỉnh ủy", [], "2026-12", ["vào tháng 12/2026"], None, "2.6",
     "Giao Ban Chính sách, chiến lược Tỉnh ủy theo dõi, tham mưu Ban Thường vụ"),
    ("Văn phòng Tỉnh ủy", [], None, [], None, "2.7",
     "Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận"),
])

# 4 ------------------------------- hospital giao ban: unnumbered unit-subject paragraphs under part II (docx)
F4 = "w-tb-bvdk-dienbien-giaoban-t4-doan-van.docx"
KHTH, TCKT = "Phòng Kế hoạch tổng hợp", "Phòng Tài chính kế toán"
A44 = "Khoa Dược và Phòng Tài chính kế toán rà soát danh mục thuốc trúng thầu"
doc(F4, "docx-hospital-giao-ban-unnumbered-unit-subject-paragraphs-joint-khoa-phong-several-deadlines-one-paragraph-yearless-working-days-from-signing-weekly-daily-monthly-two-quarters",
    "426/TB-BVĐK", "2026-05-06", "Bệnh viện Đa khoa tỉnh Điện Biên", "Vì Thị Hương Giang",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (KHTH, ["Phòng Công nghệ thông tin"], "2026-05-20", ["trước ngày 30/6/2026", "trước 20/5"], None, "II",
     "Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Phòng Công nghệ thông tin"),
    ("Phòng Điều dưỡng", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "II",
     "Phòng Điều dưỡng kiểm tra việc thực hiện quy trình chăm sóc người bệnh cấp"),
    ("Khoa Khám bệnh", [], "2026-05", ["trong tháng 5/2026"], None, "II",
     "Khoa Khám bệnh bố trí thêm 02 bàn khám vào khung giờ cao điểm"),
    ("Khoa Dược", [], "2026-05-15", ["trước ngày 15/5/2026"], None, "II", A44),
    (TCKT, [], "2026-05-15", ["trước ngày 15/5/2026"], None, "II", A44),
    ("Khoa Kiểm soát nhiễm khuẩn", [], None, ["trước ngày 05 tháng sau"], "monthly", "II",
     "Khoa Kiểm soát nhiễm khuẩn tăng cường giám sát tuân thủ vệ sinh tay của"),
    ("Các khoa lâm sàng", [], "2026-06-01", ["trước ngày 01/6/2026"], None, "II",
     "Các khoa lâm sàng thực hiện nghiêm việc kê đơn thuốc điện tử, liên thông"),
    ("Khoa Truyền nhiễm", [], None, ["hằng ngày"], "daily", "II",
     "Khoa Truyền nhiễm chuẩn bị sẵn sàng giường bệnh, thuốc, vật tư để thu"),
    ("Phòng Tổ chức cán bộ", [], "2026-09-30", ["trong quý III/2026"], None, "II",
     "Phòng Tổ chức cán bộ hoàn thiện hồ sơ, kế hoạch tuyển dụng viên chức năm"),
    ("Phòng Hành chính quản trị", [TCKT], "2026-05-15",
     ["trong vòng 07 ngày làm việc kể từ ngày ký Thông báo này"], None, "II",
     "Phòng Hành chính quản trị phối hợp với Phòng Tài chính kế toán sửa chữa"),
    ("Phòng Chỉ đạo tuyến", ["các Trung tâm Y tế khu vực"], "2026-06-30", ["trong quý II và quý III/2026"], None, "II",
     "Phòng Chỉ đạo tuyến phối hợp với các Trung tâm Y tế khu vực tổ chức"),
    (KHTH, [], "2026-05", ["tại buổi giao ban chuyên môn tháng 5/2026"], None, "II",
     "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc các khoa, phòng thực hiện; tổng hợp"),
])

# 5 ------------------------- Sở notice as PDF: numbered tasks, each followed by "Thời gian thực hiện:" / "Thời hạn:" line
F5 = "w-tb-sxd-haiphong-cau-yeu-thoi-gian-thuc-hien.pdf"
KCHT, BQL, VPS = "Phòng Quản lý kết cấu hạ tầng giao thông", "Ban Quản lý bảo trì công trình giao thông", "Văn phòng Sở"
A55 = "Phòng Kế hoạch - Tài chính và Phòng Quản lý kết cấu hạ tầng giao thông"
doc(F5, "pdf-so-director-conclusions-bold-numbered-tasks-each-followed-by-italic-thoi-gian-thuc-hien-or-thoi-han-line-two-deadlines-in-line-peak-window-yearless-duty-window-joint-phong",
    "1652/TB-SXD", "2026-04-16", "Sở Xây dựng thành phố Hải Phòng", "Bùi Đăng Quý", "GIÁM ĐỐC", [
    (KCHT, [BQL], "2026-05-15", ["trước 15/5", "trước ngày 31/5/2026"], None, "II.1",
     "Phòng Quản lý kết cấu hạ tầng giao thông chủ trì, phối hợp với Ban"),
    (BQL, [], "2026-05", ["Trong tháng 5/2026"], None, "II.2",
     "Ban Quản lý bảo trì công trình giao thông lập danh mục, dự toán sửa"),
    ("Phòng Quản lý vận tải, phương tiện và người lái", ["Thanh tra Sở", "Phòng Cảnh sát giao thông Công an thành phố"],
     "2026-05-20", ["Thường xuyên", "từ ngày 20/4/2026 đến ngày 20/5/2026"], None, "II.3",
     "Phòng Quản lý vận tải, phương tiện và người lái phối hợp với Thanh tra"),
    ("Thanh tra Sở", [], "2026-06-30", ["Quý II/2026", "trước ngày 10/7/2026"], None, "II.4",
     "Thanh tra Sở kiểm tra việc chấp hành quy định về bảo vệ hành lang"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-05-30", ["Trước ngày 30/5/2026"], None, "II.5", A55),
    (KCHT, [], "2026-05-30", ["Trước ngày 30/5/2026"], None, "II.5", A55),
    ("UBND các xã, phường", [], "2026-04-30", ["Trước 30/4"], None, "II.6",
     "Đề nghị UBND các xã, phường rà soát cầu dân sinh, cầu treo, bến"),
    (KCHT, [], "2026-05-05", ["trước ngày 05/5/2026"], None, "II.7",
     "Phòng Quản lý kết cấu hạ tầng giao thông xây dựng Phương án phòng, chống"),
    (VPS, [], "2026-11-30", ["trước 15 giờ hằng ngày", "Từ ngày 01/6/2026 đến hết ngày 30/11/2026"], "daily", "II.8",
     "Văn phòng Sở bố trí lịch trực phòng, chống thiên tai 24/24 giờ trong"),
    (VPS, [], "2026-06", ["tại cuộc họp giao ban tháng 6/2026"], None, "II.9",
     "Giao Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện Thông báo"),
])

# 6 ------------------------------- provincial portal article reproducing a VPUB notice, <ul> bullets, no signer (html)
F6 = "w-portal-phutho-kl-pct-phong-chong-benh-dai.html"
XA = "UBND các xã: Đà Bắc, Mai Châu, Tân Lạc, Lạc Sơn"
A64 = "Công an tỉnh và Sở Tư pháp hướng dẫn UBND các xã, phường xử phạt"
doc(F6, "html-provincial-portal-article-sapo-with-number-and-date-breadcrumb-ngay-dang-sidebar-ul-bullets-unit-subjects-nested-ul-under-elided-xa-list-joint-units-abbreviated-so-entities-no-signer",
    "596/TB-VP", "2026-04-02", "Văn phòng UBND tỉnh Phú Thọ", None, None, [
    ("Sở Nông nghiệp và Môi trường", ["các Sở: Y tế, Tài chính"], "2026-05-15", ["trước ngày 15/5/2026"], None, "",
     "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các Sở: Y"),
    ("Sở Y tế", [], "2026-04-10", ["trước 10/4", "trong tháng 5/2026"], None, "",
     "Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh bảo đảm đủ vắc"),
    ("Sở GD&ĐT", [], "2026-05-20", ["trước ngày 20/5/2026"], None, "",
     "Sở GD&ĐT chỉ đạo các trường mầm non, tiểu học lồng ghép nội dung phòng"),
    ("Công an tỉnh", [], "2026-06-25", ["từ ngày 25/5 đến ngày 25/6/2026"], None, "", A64),
    ("Sở Tư pháp", [], "2026-06-25", ["từ ngày 25/5 đến ngày 25/6/2026"], None, "", A64),
    ("Sở Tài chính", ["Sở NN&MT"], "2026-04", ["trong tháng 4/2026"], None, "",
     "Sở Tài chính chủ trì, phối hợp với Sở NN&MT tham mưu bố trí kinh"),
    ("Hội Nông dân tỉnh", [], None, [], None, "",
     "Đề nghị Hội Nông dân tỉnh vận động hội viên ký cam kết nuôi chó, mèo"),
    (XA, [], None, ["thường xuyên"], None, "",
     "Thống kê, lập sổ theo dõi 100% hộ nuôi chó, mèo trên địa bàn"),
    (XA, [], None, ["vào thứ Hai hằng tuần"], "weekly", "",
     "Tổ chức tiêm phòng dại cho đàn chó, mèo đạt trên 80% tổng đàn"),
    ("Trung tâm Kiểm soát bệnh tật tỉnh", ["UBND xã Đà Bắc"], "2026-06-10", ["vào đầu tháng 6/2026"], None, "",
     "Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với UBND xã Đà Bắc tổ chức"),
    ("Báo và Phát thanh, Truyền hình Phú Thọ", [], None, [], None, "",
     "Báo và Phát thanh, Truyền hình Phú Thọ mở chuyên mục \"Chung tay loại trừ"),
    ("Văn phòng UBND tỉnh", [], "2026-07-15", ["trước ngày 15/7/2026"], None, "",
     "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp kết"),
])

# 7 ---------------------- pandoc docx->gfm markdown: header and signature as pipe tables, escaped "4\." and "\-" (md)
F7 = "w-tb-bhxh-kv11-giaoban-6-thang-pandoc.md"
THU, GD, CS = "Phòng Quản lý thu, sổ, thẻ", "Phòng Giám định bảo hiểm y tế", "Các BHXH cơ sở"
A69 = "BHXH cơ sở Nghi Sơn và BHXH cơ sở Bỉm Sơn phối hợp với Ban"
BQLKKT = "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"
doc(F7, "md-pandoc-gfm-from-docx-header-and-signature-pipe-tables-bold-unit-headings-and-bold-run-in-units-escaped-number-and-dash-labels-unit-names-containing-va-joint-bhxh-co-so",
    "1093/TB-BHXH", "2025-07-18", "Bảo hiểm xã hội khu vực XI", "Trịnh Thị Thanh Loan", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (THU, ["BHXH cơ sở"], "2025-08-15", ["trước ngày 15/8/2025"], None, "II.1.a",
     "Chủ trì, phối hợp với BHXH cơ sở rà soát, đối chiếu dữ liệu người"),
    (THU, ["Bưu điện tỉnh", "UBND các xã, phường"], None, ["mỗi tháng"], "monthly", "II.1.b",
     "Phối hợp với Bưu điện tỉnh và UBND các xã, phường tổ chức hội nghị"),
    ("Phòng Chế độ bảo hiểm xã hội", [], "2025-09-30", ["trong quý III/2025"], None, "II.2",
     "giải quyết kịp thời các chế độ BHXH, không để hồ sơ quá hạn"),
    (GD, ["Sở Y tế"], "2025-09", ["trong tháng 9/2025"], None, "II.3.a",
     "Phối hợp với Sở Y tế kiểm tra việc chỉ định xét nghiệm, chẩn đoán"),
    (GD, [], None, ["trước ngày 20 hằng tháng"], "monthly", "II.3.b",
     "Thực hiện giám định điện tử 100% hồ sơ đề nghị thanh toán; thông báo"),
    ("Phòng Thanh tra - Kiểm tra", [], "2025-12-15", ["trước ngày 15/12/2025"], None, "II.4",
     "Phòng Thanh tra - Kiểm tra thực hiện thanh tra chuyên ngành việc đóng BHXH"),
    ("Phòng Công nghệ thông tin và Chuyển đổi số", ["Công an tỉnh"], "2025-09-30", ["trước 30/9"], None, "II.5",
     "Phòng Công nghệ thông tin và Chuyển đổi số phối hợp với Công an"),
    (CS, [], "2025-12-31", ["đến ngày 31/12/2025"], None, "II.6",
     "Giao chỉ tiêu phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình"),
    ("BHXH cơ sở Nghi Sơn", [BQLKKT], "2025-11-30", ["trước ngày 30/11/2025"], None, "II.6", A69),
    ("BHXH cơ sở Bỉm Sơn", [BQLKKT], "2025-11-30", ["trước ngày 30/11/2025"], None, "II.6", A69),
    (CS, [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.6",
     "Báo cáo kết quả thực hiện về BHXH khu vực XI (qua Văn phòng) trước"),
    ("Văn phòng", [], "2025-09-30", ["tại Hội nghị giao ban quý III/2025"], None, "II.7",
     "tổng hợp, theo dõi việc thực hiện Thông báo này, báo cáo Giám đốc tại"),
])

# 8 ---------------------- a forwarded-twice e-mail: number and date only in a sentence, notice pasted without header (txt)
F8 = "w-email-fwd-vec-tgd-nghi-le-30-4.txt"
A84 = "Ban Tài chính - Kế toán và Ban Kỹ thuật thẩm định, bố trí kinh phí"
R84 = ["trong vòng 05 ngày làm việc kể từ ngày nhận đủ hồ sơ"]
doc(F8, "txt-email-forwarded-twice-forwarder-note-with-own-deadline-number-date-issuer-in-sentence-pasted-notice-without-header-2-n-points-abbreviated-subsidiaries-yearless-holiday-window",
    "493/TB-VEC", "2026-04-14", "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam", "Đỗ Thị Lan Phương",
    "TL. TỔNG GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    ("VECOM", [], "2026-04-25", ["trước ngày 25/4"], None, "2.1",
     "Hoàn thành sửa chữa hư hỏng mặt đường, hộ lan tôn sóng, hệ thống chiếu"),
    ("VECOM", [], "2026-05-03", ["trong các ngày từ 29/4/2026 đến hết ngày 03/5/2026"], None, "2.1",
     "Bố trí 100% làn thu phí hoạt động, mở thêm làn thu phí lưu động"),
    ("VECE", [], "2026-04-27", ["trước ngày 27/4/2026", "trong vòng 30 phút kể từ khi phát hiện"], None, "2.2",
     "VECE kiểm tra, hiệu chỉnh hệ thống thu phí điện tử không dừng (ETC), camera"),
    ("Ban Quản lý khai thác", ["Cục Cảnh sát giao thông", "Công an các tỉnh, thành phố có tuyến cao tốc đi qua"],
     "2026-04-24", ["trước ngày 24/4/2026"], None, "2.3",
     "Ban Quản lý khai thác chủ trì, phối hợp với Cục Cảnh sát giao thông"),
    ("Ban Tài chính - Kế toán", [], None, R84, None, "2.4", A84),
    ("Ban Kỹ thuật", [], None, R84, None, "2.4", A84),
    ("Văn phòng Tổng công ty", [], None, ["trước 16 giờ hằng ngày"], "daily", "2.5",
     "Văn phòng Tổng công ty bố trí lịch trực lãnh đạo trong các ngày nghỉ lễ"),
    ("Các đơn vị", [], "2026-05-08", ["trước ngày 08/5/2026"], None, "2.6",
     "Các đơn vị gửi báo cáo tổng kết công tác bảo đảm giao thông dịp nghỉ"),
])

# 9 ------------------------------------------- a Chairman's Công điện with tasks per unit (txt, space-aligned header)
F9 = "w-cd-ubnd-ninhbinh-duoi-nuoc-he-2026.txt"
CTX, GDDT = "Chủ tịch UBND các xã, phường", "Sở Giáo dục và Đào tạo"
A95 = "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh chỉ đạo lực lượng tại chỗ sẵn"
A96 = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Tỉnh đoàn vận động"
doc(F9, "txt-cong-dien-chairman-space-aligned-header-dien-addressee-list-numbered-units-letter-points-joint-comma-and-va-subjects-monthly-report-24h-undated-event-deadline",
    "11/CĐ-UBND", "2026-05-25", "UBND tỉnh Ninh Bình", "Tống Quang Hiệp", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (CTX, [], "2026-06-10", ["trước ngày 10/6/2026"], None, "1.a",
     "Rà soát, cắm biển cảnh báo, làm rào chắn tại 100% ao, hồ, sông"),
    (CTX, [], None, [], None, "1.b",
     "Tổ chức các lớp dạy bơi, dạy kỹ năng an toàn trong môi trường nước"),
    (CTX, [], None, ["trước ngày 15 hằng tháng", "trong vòng 24 giờ"], "monthly", "1.c",
     "Báo cáo tình hình, kết quả thực hiện về UBND tỉnh (qua Sở Giáo dục"),
    (GDDT, [], "2026-05-31", ["trước khi nghỉ hè", "trước ngày 31/5/2026"], None, "2.a",
     "Chỉ đạo các cơ sở giáo dục tổ chức tuyên truyền, hướng dẫn kỹ năng phòng"),
    (GDDT, ["Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn"], "2026-09-05", ["trước ngày 05/9/2026"], None, "2.b",
     "Chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Tỉnh đoàn"),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở GD&ĐT"], "2026-06", ["trong tháng 6/2026"], None, "3",
     "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở GD&ĐT"),
    ("Sở Y tế", ["UBND các xã, phường"], None, [], None, "4",
     "Sở Y tế chỉ đạo các cơ sở khám, chữa bệnh sẵn sàng lực lượng, phương"),
    ("Công an tỉnh", [], None, [], None, "5", A95),
    ("Bộ Chỉ huy Quân sự tỉnh", [], None, [], None, "5", A95),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], None, [], None, "6", A96),
    ("Tỉnh đoàn", [], None, [], None, "6", A96),
    ("Báo và Phát thanh, Truyền hình Ninh Bình", [], None, [], None, "7",
     "Báo và Phát thanh, Truyền hình Ninh Bình tăng thời lượng tuyên truyền về nguy"),
    ("Văn phòng UBND tỉnh", [], None, [], None, "8",
     "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này"),
], doc_type="CÔNG ĐIỆN")


# ------------------------------------------------------------------------------------------------------ questions
q("Theo Thông báo 1792/TB-BNNMT, Vụ Tổ chức cán bộ phải trình Bộ trưởng dự thảo Đề án sắp xếp các đơn vị sự nghiệp công lập trước ngày nào?",
  F1, ["15/11/2025"], ["vi", "deadline"])
q("Under Deputy Minister Đoàn Trọng Bảo's conclusions, by when does the ministry's planning and finance department have to finish paying early-retirement benefits?",
  F1, ["Tết Nguyên đán Bính Ngọ"], ["en", "deadline"])
q("Thanh tra Bo Nong nghiep va Moi truong phai bao cao ket qua kiem tra chinh sach nghi huu truoc tuoi trong bao lau sau khi ket thuc dot kiem tra?",
  F1, ["10 ngày làm việc"], ["vi-noaccent", "deadline"])
q("Ở Tây Ninh, đơn vị nào chủ trì kiểm tra, xử lý các bến bãi kinh doanh cát không phép và phải kiểm tra xong khi nào?",
  F2, ["Sở Xây dựng", "UBND các xã, phường ven sông", "15/4"], ["vi", "who-leads", "deadline"])
q("When Tây Ninh's agriculture and environment department drafts the amended decision on river sand management, which departments does it work with and what is the deadline?",
  F2, ["Sở Tư pháp", "Xây dựng", "Tài chính", "Đầu tháng 12/2026"], ["en", "coordinators", "deadline"])
q("Nhung xa nao o Tay Ninh phai khao sat, cam moc hanh lang bao ve bo song tai cac diem sat lo?",
  F2, ["Thạnh Hóa", "Tân Tây", "Mỹ Quý"], ["vi-noaccent", "who", "list"])
q("Ban Thường vụ Tỉnh ủy Lâm Đồng giao cơ quan nào kiểm tra việc quản lý đất đai ven biển của Đảng ủy các phường Mũi Né, Phan Thiết, Tiến Thành và tiến hành lúc nào?",
  F3, ["Ủy ban Kiểm tra Tỉnh ủy", "quý III/2026"], ["vi", "who", "deadline"])
q("Who signed the Lâm Đồng Provincial Party standing committee's conclusion notice on coastal tourism around Mũi Né?",
  F3, ["Đinh Văn Toản"], ["en", "signer"])
q("Dang uy cac phuong Mui Ne, Phan Thiet, Tien Thanh phai bao cao ket qua ngan chan lan chiem dat rung phong ho ven bien bao lau mot lan?",
  F3, ["6 tháng"], ["vi-noaccent", "recurring"])
q("Bệnh viện Đa khoa tỉnh Điện Biên yêu cầu Phòng Kế hoạch tổng hợp giải trình xong các hồ sơ bị BHXH từ chối thanh toán trước ngày nào?",
  F4, ["20/5"], ["vi", "deadline"])
q("How long does the Điện Biên hospital's administration department have to fix the air conditioning in building B?",
  F4, ["07 ngày làm việc"], ["en", "deadline"])
q("Ai chu tri buoi giao ban chuyen mon thang 4/2026 cua Benh vien Da khoa tinh Dien Bien?",
  F4, ["Lò Văn Chiến"], ["vi-noaccent", "chair"])
q("Sở Xây dựng Hải Phòng yêu cầu lắp đặt biển hạn chế tải trọng tại các cầu yếu xong trước ngày nào?",
  F5, ["15/5"], ["vi", "deadline"])
q("UBND cac xa, phuong o Hai Phong phai bao cao ket qua ra soat cau dan sinh, ben do ngang ve So Xay dung truoc ngay nao?",
  F5, ["30/4"], ["vi-noaccent", "deadline"])
q("Over what period does the Hải Phòng construction department's office keep its round-the-clock disaster duty in 2026?",
  F5, ["01/6/2026", "30/11/2026"], ["en", "date"])
q("Sở Y tế Phú Thọ phải ban hành hướng dẫn xử trí vết thương do chó, mèo cắn trước ngày nào?",
  F6, ["10/4"], ["vi", "deadline"])
q("When does Phú Thọ's rabies vaccination peak month run, and which two bodies have to organise the inspections of owners who let dogs roam?",
  F6, ["25/5", "25/6/2026", "Công an tỉnh", "Sở Tư pháp"], ["en", "date", "who"])
q("Thong bao ket luan ve phong, chong benh dai nam 2026 cua tinh Phu Tho la so bao nhieu, ban hanh ngay nao?",
  F6, ["596/TB-VP", "02/4/2026"], ["vi-noaccent", "number", "issue-date"])
q("Which communes have to report their dog and cat rabies vaccination results every Monday?",
  F6, ["Đà Bắc", "Mai Châu", "Tân Lạc", "Lạc Sơn"], ["en", "list", "recurring"])
q("BHXH khu vực XI yêu cầu BHXH cơ sở Nghi Sơn và Bỉm Sơn hoàn thành thu nợ đóng bảo hiểm trước ngày nào?",
  F7, ["30/11/2025"], ["vi", "deadline"])
q("Who must the social insurance office's IT and digital transformation unit work with to clean up participant data, and by when?",
  F7, ["Công an tỉnh", "30/9"], ["en", "coordinators", "deadline"])
q("Đến 30/6/2025, tỷ lệ bao phủ bảo hiểm y tế trên địa bàn BHXH khu vực XI đạt bao nhiêu phần trăm?",
  F7, ["94,1%"], ["vi", "figure"])
q("What is the number and date of the expressway corporation's notice on traffic for the 30 April - 1 May 2026 holiday?",
  F8, ["493/TB-VEC", "14/4/2026"], ["en", "number", "issue-date"])
q("VECOM phải sửa xong hư hỏng mặt đường, hộ lan tôn sóng trên các tuyến cao tốc trước ngày nào?",
  F8, ["25/4"], ["vi", "deadline"])
q("Ban Tai chinh - Ke toan va Ban Ky thuat phai bo tri kinh phi sua chua khan cap cho VECOM, VECE trong bao lau?",
  F8, ["05 ngày làm việc"], ["vi-noaccent", "deadline"])
q("Theo Công điện 11/CĐ-UBND của tỉnh Ninh Bình, các xã, phường phải cắm biển cảnh báo, làm rào chắn ao hồ nguy hiểm xong trước ngày nào?",
  F9, ["10/6/2026"], ["vi", "deadline"])
q("In Ninh Bình, which department compiles the summer drowning-prevention results for the provincial chairman, and by what date?",
  F9, ["Sở Giáo dục và Đào tạo", "05/9/2026"], ["en", "who", "deadline"])
q("Công điện về phòng, chống đuối nước cho học sinh dịp hè 2026 của Ninh Bình do ai ký?",
  F9, ["Tống Quang Hiệp"], ["vi", "signer"])
# unanswerable: no document says it, or the place / unit / year does not match
q("Theo thông báo của Bộ Nông nghiệp và Môi trường về sắp xếp đơn vị sự nghiệp, Cục Lâm nghiệp và Kiểm lâm phải sắp xếp lại các trung tâm trực thuộc trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("By when must Long An province finish auctioning its three additional river-sand mines?",
  None, [], ["en", "deadline", "unanswerable"])
q("Ban Thuong vu Tinh uy Binh Thuan giao co quan nao kiem tra viec quan ly dat dai ven bien Mui Ne nam 2026?",
  None, [], ["vi-noaccent", "who", "unanswerable"])
q("What did the Điện Biên hospital director ask the obstetrics department (Khoa Phụ sản) to do in May 2026?",
  None, [], ["en", "what", "unanswerable"])
q("Sở Xây dựng Hải Phòng giao đơn vị nào sửa chữa cầu Lai Vu và hạn hoàn thành là khi nào?",
  None, [], ["vi", "who", "deadline", "unanswerable"])
q("Tinh Phu Tho ho tro bao nhieu tien cho moi lieu vac xin dai tiem cho cho cua ho ngheo?",
  None, [], ["vi-noaccent", "amount", "unanswerable"])
q("By when must BHXH cơ sở Sầm Sơn collect the overdue contributions of companies in the Nghi Sơn economic zone?",
  None, [], ["en", "deadline", "unanswerable"])
q("Công điện năm 2025 của Chủ tịch UBND tỉnh Ninh Bình về phòng, chống đuối nước yêu cầu các xã cắm biển cảnh báo xong trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
