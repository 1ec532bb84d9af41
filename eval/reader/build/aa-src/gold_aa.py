"""Gold and questions for batch aa (all split dev), written by hand from the document text alone.
Writes gold/aa.jsonl and questions/aa.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/aa-src/gold_aa.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("aa")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------- ministry: a Deputy Minister's conclusions, "1. Đối với Vụ …" headings, a) b) (pdf)
F1 = "aa-tb-bdttg-thu-truong-nguoi-co-uy-tin-doi-voi-vu.pdf"
CSDT, KHTC, VPB, HV, BAO = ("Vụ Chính sách dân tộc", "Vụ Kế hoạch - Tài chính", "Văn phòng Bộ", "Học viện Dân tộc",
                            "Báo Dân tộc và Phát triển")
doc(F1, "pdf-ministry-deputy-minister-conclusions-doi-voi-unit-headings-letter-points-start-date-not-deadline-monthly-and-quarterly-counts-yearless-de-nghi-provinces-yearly",
    "91/TB-BDTTG", "2026-01-21", "Bộ Dân tộc và Tôn giáo", "Vi Thị Thu Mến",
    "TL. BỘ TRƯỞNG / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    (CSDT, ["Vụ Pháp chế"], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Vụ Pháp chế hoàn thiện dự thảo Thông tư sửa đổi"),
    (CSDT, [], "2026-05-31", ["chậm nhất ngày 31/5/2026"], None, "II.1.b",
     "Hướng dẫn các Sở Dân tộc và Tôn giáo rà soát, bình xét, công nhận"),
    (CSDT, [], None, ["định kỳ hằng quý, trước ngày 20 của tháng cuối quý"], "quarterly", "II.1.c",
     "Tổng hợp tình hình thực hiện chính sách tại các địa phương, báo cáo"),
    (KHTC, [], "2026-02", ["trong tháng 02/2026"], None, "II.2.a",
     "Thẩm định, tổng hợp nhu cầu kinh phí thực hiện chính sách đối với người"),
    (KHTC, [VPB], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.2.b",
     "Phối hợp với Văn phòng Bộ bố trí kinh phí tổ chức Hội nghị biểu dương"),
    (BAO, [], None, [], None, "II.3.a",
     'Mở chuyên mục "Người có uy tín với cơ sở" trên báo in'),
    (BAO, [], None, ["Mỗi tháng"], "monthly", "II.3.b",
     "Mỗi tháng đăng tải ít nhất 04 tin, bài phản ánh gương"),
    ("Thanh tra Bộ", [CSDT], "2026-09-30",
     ["trong quý III/2026", "trong vòng 15 ngày kể từ ngày kết thúc kiểm tra"], None, "II.4",
     "Chủ trì, phối hợp với Vụ Chính sách dân tộc kiểm tra việc thực hiện"),
    (HV, [], "2026-04-30", ["trước 30/4"], None, "II.5.a",
     "Biên soạn bộ tài liệu bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải"),
    (HV, [], None, ["Mỗi quý"], "quarterly", "II.5.b",
     "Mỗi quý tổ chức ít nhất 02 lớp bồi dưỡng trực tiếp hoặc"),
    (VPB, [CSDT], "2026-04", ["trong tháng 4/2026"], None, "II.6.a",
     "Chủ trì, phối hợp với Vụ Chính sách dân tộc xây dựng kế hoạch tổ chức"),
    (VPB, [], "2026-07", ["tại cuộc họp giao ban Bộ tháng 7/2026"], None, "II.6.b",
     "Theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp, báo cáo"),
    ("Ủy ban nhân dân các tỉnh, thành phố có người có uy tín", [], None, ["trước ngày 15 tháng 12 hằng năm"],
     "yearly", "II.7", "Đề nghị Ủy ban nhân dân các tỉnh, thành phố có người có uy tín"),
])

# 2 ------------------------------- city People's Committee (Huế): 5-column task table (docx)
F2 = "aa-tb-ubnd-hue-di-dan-kinh-thanh-bang-5-cot.docx"
NNMT = "Sở Nông nghiệp và Môi trường"
LQ = "UBND các phường liên quan"
doc(F2, "docx-city-ubnd-standing-vice-chairman-conclusions-task-table-tt-noi-dung-chu-tri-phoi-hop-thoi-han-elided-phuong-list-chu-tri-and-phoi-hop-relative-days-two-rounds-monthly-cell",
    "157/TB-UBND", "2026-03-09", "UBND thành phố Huế", "Hồ Xuân Thiện", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    ("UBND các phường: Phú Xuân, Kim Long, Thuận Hóa", ["Trung tâm Phát triển quỹ đất thành phố"], "2026-03-20",
     ["Trước 17 giờ ngày 20/3/2026"], None, "2.1",
     "Rà soát, cập nhật danh sách hộ dân còn lại trên thượng thành, hộ"),
    (NNMT, ["Sở Tài chính", "Sở Xây dựng"], None, ["Trong 15 ngày kể từ ngày nhận đủ danh sách của các phường"], None,
     "2.2", "Hoàn thiện phương án bồi thường, hỗ trợ, tái định cư cho các hộ"),
    ("Sở Tài chính", [NNMT], "2026-06-30", ["Quý II/2026"], None, "2.3",
     "Tham mưu bố trí vốn ngân sách thành phố năm 2026 cho Dự án; đề xuất"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố", ["UBND phường Thủy Xuân"],
     "2026-06-30", ["Chậm nhất ngày 30/6/2026"], None, "2.4",
     "Đẩy nhanh tiến độ thi công hạ tầng kỹ thuật Khu tái định cư Bàu"),
    ("Chủ tịch UBND phường Phú Xuân", ["Ủy ban MTTQ Việt Nam phường Phú Xuân"], None, ["Hằng tháng, trước ngày 25"],
     "monthly", "2.5", "Tổ chức tiếp công dân, đối thoại với các hộ chưa đồng thuận; giải quyết"),
    ("Trung tâm Bảo tồn Di tích Cố đô Huế", [LQ], None, ["Trong vòng 30 ngày kể từ ngày nhận bàn giao mặt bằng"], None,
     "2.6", "Tiếp nhận mặt bằng, tháo dỡ công trình, thu dọn vật liệu, trồng cỏ"),
    ("Công an thành phố", ["Sở Xây dựng", "UBND các phường: Phú Xuân, Kim Long"], "2026-04",
     ["tháng 4/2026", "tháng 10/2026"], None, "2.7",
     "Kiểm tra, ngăn chặn, xử lý các trường hợp tái lấn chiếm, xây dựng"),
    ("Sở Văn hóa và Thể thao", [LQ], None, ["Thường xuyên"], None, "2.8",
     "Tuyên truyền, vận động Nhân dân đồng thuận với chủ trương di dời, bảo tồn"),
    (NNMT, ["Các đơn vị liên quan"], "2026-12-15", ["Trước ngày 15/12/2026"], None, "2.9",
     "Tổng hợp kết quả thực hiện Dự án năm 2026, đề xuất phương án xử"),
    ("Văn phòng UBND thành phố", [], None, ["Định kỳ hằng quý"], "quarterly", "2.10",
     "Theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp tiến độ báo cáo Phó"),
])

# 3 ------------------------------- Ban Thường vụ Tỉnh ủy: "1-" party numbering, umbrella with a)-d) (docx)
F3 = "aa-tb-btv-tinhuy-dongthap-htx-gach-ngang-so.docx"
DUUB = "Đảng ủy Ủy ban nhân dân tỉnh"
doc(F3, "docx-party-ban-thuong-vu-tinh-uy-ket-luan-roman-dash-parts-1-dash-items-dang-uy-ubnd-umbrella-letters-unit-name-with-comma-yearless-yearly-half-yearly",
    "231-TB/TU", "2025-11-26", "Tỉnh ủy Đồng Tháp", "Châu Ngọc Tuấn", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC", [
    ("Các đảng ủy xã, phường", [], "2026-03-31", ["trong quý I/2026"], None, "II.1",
     "Các đảng ủy xã, phường lãnh đạo rà soát, củng cố, giải thể các"),
    (DUUB, [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.2.a",
     "Xây dựng Đề án phát triển hợp tác xã nông nghiệp kiểu mới tỉnh Đồng"),
    (DUUB, [], "2026", ["trong năm 2026"], None, "II.2.b",
     "Chỉ đạo Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã ứng"),
    (DUUB, [], "2026-09-30", ["chậm nhất ngày 30/9/2026"], None, "II.2.c",
     "Rà soát, bổ sung vốn điều lệ Quỹ hỗ trợ phát triển hợp tác xã"),
    (DUUB, [], None, ["Hằng năm", "trước ngày 31/01 năm sau"], "yearly", "II.2.d",
     "Hằng năm, tổ chức đánh giá, phân loại hợp tác xã nông nghiệp, công bố"),
    ("Ban Tổ chức Tỉnh ủy", [DUUB], "2026-01-15", ["trước 15/01"], None, "II.3",
     "Giao Ban Tổ chức Tỉnh ủy phối hợp với Đảng ủy Ủy ban nhân dân"),
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", [], None, ["định kỳ 6 tháng"], "half_yearly", "II.4",
     "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo Ủy ban"),
    ("Ban Chính sách, chiến lược Tỉnh ủy", ["Ban Tổ chức Tỉnh ủy"], "2026-12-31", ["vào quý IV/2026"], None, "II.5",
     "Giao Ban Chính sách, chiến lược Tỉnh ủy chủ trì, phối hợp với Ban"),
    ("Văn phòng Tỉnh ủy", [], None, ["trước ngày 10/12 hằng năm"], "yearly", "II.6",
     "Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo"),
])

# 4 ------------------------------- hospital briefing, plain text from the e-office, number and date on one line (txt)
F4 = "aa-tb-bvdk-langson-giaoban-t3-ky-so-so-ngay-mot-dong.txt"
KHTH, VTTB = "Phòng KHTH", "Phòng Vật tư - Thiết bị y tế"
A21 = "Khoa Khám bệnh và Khoa Xét nghiệm rút ngắn thời gian trả kết quả"
doc(F4, "txt-hospital-giao-ban-space-aligned-header-number-and-date-one-line-khoi-groups-1-1-unit-colon-dashes-abbreviated-units-hour-deadline-days-from-signing-start-date-e-signature-block",
    "385/TB-BVĐK", "2026-04-03", "Bệnh viện Đa khoa tỉnh Lạng Sơn", "Nông Thị Thanh Hường", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (KHTH, ["Phòng Công nghệ thông tin"], "2026-04-30", ["chậm nhất ngày 30/4/2026"], None, "II.1.1",
     "Chủ trì, phối hợp với Phòng Công nghệ thông tin rà soát, hoàn thiện bệnh"),
    (KHTH, [], "2026-04-08", ["trước 17 giờ ngày 08/4/2026"], None, "II.1.1",
     "Xây dựng phương án phân luồng người bệnh tại Khoa Khám bệnh, trình Giám"),
    (KHTH, [], None, ["hằng tháng trước ngày 25"], "monthly", "II.1.1",
     "Tổng hợp số liệu hoạt động chuyên môn, gửi Ban Giám đốc hằng tháng"),
    ("Phòng Tài chính kế toán", [KHTH], "2026-04", ["trong tháng 4/2026"], None, "II.1.2",
     "Phòng Tài chính kế toán (TCKT) phối hợp với Phòng KHTH đối chiếu, xử"),
    (VTTB, [], "2026-06-30", ["trong quý II/2026"], None, "II.1.3",
     "Lập kế hoạch bảo dưỡng, kiểm định các thiết bị chẩn đoán hình ảnh, máy"),
    (VTTB, [], "2026-04-20", ["trước 20/4"], None, "II.1.3",
     "Hoàn thiện hồ sơ mời thầu mua sắm vật tư tiêu hao năm 2026; trình"),
    ("Phòng Điều dưỡng", [], None, ["vào sáng thứ Năm hằng tuần"], "weekly", "II.1.4",
     "Phòng Điều dưỡng kiểm tra việc thực hiện quy chế chăm sóc người bệnh"),
    ("Khoa Khám bệnh", [], None, [], None, "II.2.1", A21),
    ("Khoa Xét nghiệm", [], None, [], None, "II.2.1", A21),
    ("Khoa Kiểm soát nhiễm khuẩn", [], "2026-04-13", ["trong 10 ngày kể từ ngày ký Thông báo này"], None, "II.2.2",
     "Khoa Kiểm soát nhiễm khuẩn (KSNK) tổ chức tập huấn lại quy trình vệ sinh"),
    ("Khoa Dược", [], "2026-04-10", ["trong tuần từ 06/4 đến 10/4/2026"], None, "II.2.3",
     "Khoa Dược rà soát cơ số thuốc, vật tư cấp cứu, chống độc tại"),
    ("Các khoa lâm sàng", [], None, ["trước ngày 05 của tháng sau"], "monthly", "II.2.4",
     "Các khoa lâm sàng thực hiện bình bệnh án, bình đơn thuốc ít nhất"),
])

# 5 ------------------------------- university briefing on the university's website (html)
F5 = "aa-tb-dhnt-giaoban-t11-web-tin-tuc-strong-run-in.html"
A5 = "hoàn thiện báo cáo tự đánh giá chương trình đào tạo theo tiêu chuẩn AUN-QA"
doc(F5, "html-university-website-article-header-and-signature-tables-bold-numbered-units-with-run-in-tasks-letter-points-under-heading-joint-vien-khoa-hour-deadline-term-tet-dated-plus-monthly",
    "1143/TB-ĐHNT", "2025-12-01", "Trường Đại học Nha Trang", "Đinh Thị Thùy Dung",
    "TL. HIỆU TRƯỞNG / TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH", [
    ("Phòng Đào tạo", [], "2025-12-12", ["trước ngày 12/12/2025"], None, "II.1.a",
     "Hoàn thành xếp thời khóa biểu học kỳ 2 năm học 2025 - 2026, công"),
    ("Phòng Đào tạo", ["các khoa, viện"], None, ["trong học kỳ 2 năm học 2025 - 2026"], None, "II.1.b",
     "Phối hợp với các khoa, viện rà soát, cập nhật đề cương chi tiết học"),
    ("Phòng Khoa học - Công nghệ", [], "2025-12-19", ["trước 16 giờ 30 ngày 19/12/2025"], None, "II.2",
     "hoàn tất xét duyệt thuyết minh đề tài khoa học và công nghệ cấp"),
    ("Phòng Kế hoạch - Tài chính", [], "2025-12-31", ["trước ngày 31/12/2025", "hằng tháng trước ngày 25"], "monthly",
     "II.3", "đôn đốc các khoa, viện nhắc sinh viên hoàn thành nộp học phí học"),
    ("Phòng Công tác sinh viên", ["Đoàn Thanh niên", "Hội Sinh viên Trường"], "2026-02-16",
     ["trước Tết Nguyên đán Bính Ngọ"], None, "II.4",
     "chủ trì, phối hợp với Đoàn Thanh niên, Hội Sinh viên Trường tổ chức"),
    ("Viện Nuôi trồng thủy sản", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.5", A5),
    ("Khoa Công nghệ thực phẩm", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.5", A5),
    ("Trung tâm Thông tin - Thư viện", [], "2026-03-31", ["trong quý I/2026"], None, "II.6",
     "nâng cấp phần mềm quản lý thư viện số, số hóa luận văn, luận"),
    ("Phòng Truyền thông và Tuyển sinh", [], "2025-12", ["trong tháng 12/2025"], None, "II.7",
     "xây dựng Kế hoạch tuyển sinh và truyền thông tuyển sinh năm 2026, trình"),
    ("Các khoa, viện", [], None, ["chậm nhất 10 ngày sau ngày thi"], None, "II.8",
     "tổ chức thi kết thúc học phần học kỳ 1 theo đúng lịch; nhập"),
    ("Phòng Tổ chức - Hành chính", [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "II.9",
     "theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp, báo cáo tại"),
])

# 6 ------------------------------- provincial portal article relaying a VP UBND notice (html)
F6 = "aa-portal-daklak-du-lich-ganh-da-dia-gach-dau-dong-van-xuoi.html"
VEN = "UBND các xã, phường ven biển"
doc(F6, "html-provincial-portal-article-sapo-number-date-issuer-quote-not-task-dash-paragraphs-unit-subjects-elided-coastal-list-prose-de-nghi-passive-duoc-giao-yearless-duty-window-no-signer",
    "263/TB-VPUBND", "2026-05-25", "Văn phòng UBND tỉnh Đắk Lắk", None, None, [
    ("Sở Văn hóa, Thể thao và Du lịch", ["UBND xã Ô Loan", "UBND phường Xuân Đài"], "2026-09-30",
     ["trong quý III/2026"], None, "", "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với UBND"),
    ("Sở Xây dựng", [], "2026-08-31", ["chậm nhất ngày 31/8/2026"], None, "",
     "Sở Xây dựng khẩn trương hoàn thiện đồ án điều chỉnh quy hoạch phân khu"),
    ("Sở Nông nghiệp và Môi trường", [], "2026-06-15", ["trước ngày 15/6/2026"], None, "",
     "Sở Nông nghiệp và Môi trường kiểm tra, xử lý dứt điểm tình trạng"),
    ("Sở Tài chính", [], None, [], None, "",
     "Sở Tài chính cân đối, tham mưu bố trí vốn nâng cấp tuyến đường"),
    ("Ban Quản lý Di tích và Danh thắng tỉnh", [], "2026-06-30", ["trước 30/6"], None, "",
     "Ban Quản lý Di tích và Danh thắng tỉnh lắp đặt hệ thống camera"),
    ("UBND các xã, phường ven biển: An Hòa Hải, Ô Loan, Xuân Đài, Sông Cầu", [], None,
     ["vào sáng thứ Bảy cuối cùng hằng tháng"], "monthly", "",
     "UBND các xã, phường ven biển: An Hòa Hải, Ô Loan, Xuân"),
    ("Công an tỉnh", [], "2026-08-31", ["từ ngày 01/6 đến ngày 31/8/2026"], None, "",
     "Công an tỉnh chỉ đạo Công an các xã, phường ven biển tăng cường"),
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", [], "2026-07", ["trong tháng 7/2026"], None, "",
     "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh tổ chức"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", [VEN], None, [], None, "",
     "đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với UBND"),
    ("Văn phòng UBND tỉnh", [], "2026-12-20", ["trước ngày 20/12/2026"], None, "",
     "Văn phòng UBND tỉnh được giao theo dõi, đôn đốc việc thực hiện, tổng"),
])

# 7 ------------------------------- Sở GD&ĐT notice converted by pandoc (md, wrapped at 72 columns)
F7 = "aa-tb-sgddt-gialai-giaoban-t2-pandoc-ngat-72-cot.md"
GDPT, KHTC7 = "Phòng Giáo dục phổ thông", "Phòng Kế hoạch - Tài chính"
doc(F7, "md-pandoc-markdown-wrapped-72-columns-pipe-table-header-and-signature-bold-unit-headings-escaped-dash-bullets-escaped-number-items-channel-in-brackets-month-pair",
    "129/TB-SGDĐT", "2026-03-02", "Sở Giáo dục và Đào tạo tỉnh Gia Lai", "Rơ Châm H'Yên", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (GDPT, [], "2026-04-20", ["trước ngày 20/4/2026"], None, "II.1",
     "Hướng dẫn các trường THPT tổ chức ôn tập cho học sinh lớp 12;"),
    (GDPT, [KHTC7], "2026-03-15", ["trước 15/3"], None, "II.1",
     "Chủ trì, phối hợp với Phòng Kế hoạch - Tài chính rà soát nhu cầu"),
    ("Phòng Quản lý chất lượng", [], "2026-03-31", ["chậm nhất ngày 31/3/2026"], None, "II.2",
     "Tham mưu Quyết định thành lập Ban Chỉ đạo Kỳ thi tốt nghiệp THPT"),
    (KHTC7, [], "2026-03", ["trong tháng 3/2026"], None, "II.3",
     "Hướng dẫn các đơn vị trực thuộc rà soát, điều chỉnh dự toán kinh phí"),
    (KHTC7, [], None, ["hằng tháng trước ngày 25"], "monthly", "II.3",
     "Tổng hợp tình hình giải ngân vốn đầu tư công của các dự án do"),
    ("Phòng Tổ chức cán bộ", [], "2026-06-30", ["trong quý II/2026"], None, "II.4",
     "Phòng Tổ chức cán bộ xây dựng Kế hoạch tuyển dụng viên chức giáo"),
    ("Thanh tra Sở", [GDPT], "2026-04-30", ["trong tháng 3 và tháng 4/2026"], None, "II.5",
     "Thanh tra Sở chủ trì, phối hợp với Phòng Giáo dục phổ thông kiểm"),
    ("Các trường THPT, trường phổ thông dân tộc nội trú trực thuộc Sở", ["chính quyền địa phương"], "2026-03-06",
     ["trước 10 giờ ngày 06/3/2026"], None, "II.6",
     "Các trường THPT, trường phổ thông dân tộc nội trú trực thuộc Sở rà"),
    ("UBND các xã, phường", [], None, ["thường xuyên"], None, "II.7",
     "Đề nghị UBND các xã, phường chỉ đạo các trường mầm non, tiểu học,"),
    ("Văn phòng Sở", [], "2026-03", ["tại cuộc họp giao ban tháng 3/2026"], None, "II.8",
     "Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện Thông báo này,"),
])

# 8 ------------------------------- Thunderbird reply quoting a Sở notice with "> " (txt)
F8 = "aa-email-thunderbird-sxd-quangtri-tra-loi-trich-dan.txt"
BQLBT, VT = "Ban Quản lý bảo trì công trình giao thông", "Phòng Quản lý vận tải, phương tiện và người lái"
doc(F8, "txt-thunderbird-reply-on-top-quoted-notice-with-angle-prefix-hard-wrapped-flattened-header-replier-promise-not-task-unit-name-with-comma-yearless-month-pair-tet",
    "62/TB-SXD", "2026-01-12", "Sở Xây dựng tỉnh Quảng Trị", "Hoàng Minh Đạo", "GIÁM ĐỐC", [
    ("Phòng Quản lý kết cấu hạ tầng giao thông", [BQLBT], "2026-01-31", ["trước ngày 31/01/2026"], None, "2.1",
     "Phòng Quản lý kết cấu hạ tầng giao thông chủ trì, phối hợp với"),
    (BQLBT, [], "2026-02-05", ["trước ngày 05/02/2026"], None, "2.2.a",
     "Khắc phục sụt lún, ổ gà trên các tuyến ĐT.565, ĐT.570 sau mưa"),
    (BQLBT, [], None, ["trong vòng 24 giờ khi xảy ra sạt lở"], None, "2.2.b",
     "Bố trí lực lượng, vật tư, xe máy ứng trực tại các vị trí"),
    (BQLBT, [], "2026-01-20", ["trước ngày 20/01"], None, "2.2.c",
     "Hoàn thiện hồ sơ kế hoạch bảo trì đường tỉnh năm 2026, gửi Phòng"),
    (VT, [], "2026-02-25", ["từ ngày 01/02/2026 đến hết ngày 25/02/2026"], None, "2.3.a",
     "Kiểm tra các bến xe khách, doanh nghiệp vận tải tăng chuyến dịp Tết;"),
    (VT, [], None, ["trước 15 giờ hằng ngày"], "daily", "2.3.b",
     "Tổng hợp số liệu vận tải hành khách, báo cáo Giám đốc Sở"),
    ("Các Trung tâm đăng kiểm xe cơ giới trên địa bàn tỉnh", [], "2026-02-28", ["trong tháng 01 và tháng 02/2026"],
     None, "2.4", "Các Trung tâm đăng kiểm xe cơ giới trên địa bàn tỉnh bố"),
    ("Phòng Kế hoạch - Tài chính", [], None, ["trong vòng 05 ngày làm việc kể từ ngày nhận đủ hồ sơ"], None, "2.5",
     "Phòng Kế hoạch - Tài chính thẩm định, trình Giám đốc Sở phê duyệt"),
    ("UBND các xã có bến khách ngang sông: Kim Ngân, Trường Sơn, Lệ Thủy", [], "2026-02-16",
     ["trước Tết Nguyên đán Bính Ngọ"], None, "2.6",
     "Đề nghị UBND các xã có bến khách ngang sông: Kim Ngân, Trường"),
    ("Văn phòng Sở", [], "2026-02-23", ["trước 10 giờ ngày 23/02/2026"], None, "2.7",
     "Văn phòng Sở tổng hợp kết quả bảo đảm trật tự an toàn giao thông"),
])

# 9 ------------------------------- biên bản of an inspection team, two-column header and signatures (pdf)
F9 = "aa-bb-sct-hatinh-kiem-tra-an-toan-dap-thuy-dien.pdf"
CT = "Công ty Cổ phần Thủy điện Sơn Kim"
doc(F9, "pdf-bien-ban-lam-viec-inspection-team-two-level-header-thanh-phan-ket-qua-de-nghi-not-tasks-ket-luan-truong-doan-company-umbrella-a-to-dd-rejected-request-not-task-four-signature-boxes",
    "33/BB-ĐKTLN", "2026-05-14", "Đoàn kiểm tra liên ngành Sở Công Thương Hà Tĩnh", "Nguyễn Hữu Diên",
    "TRƯỞNG ĐOÀN KIỂM TRA / PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG", [
    (CT, [], "2026-05-31", ["trước ngày 31/5/2026"], None, "III.1.a",
     "Sửa chữa, khôi phục hoạt động 03 trạm cảnh báo xả lũ hạ"),
    (CT, [], "2026-06-15", ["trước 15/6"], None, "III.1.b",
     "Xử lý dứt điểm điểm rò rỉ đường ống áp lực tại mố néo"),
    (CT, [], "2026-09-30", ["trong quý III/2026"], None, "III.1.c",
     "Thuê đơn vị tư vấn đủ năng lực thực hiện kiểm định an toàn đập;"),
    (CT, [], None, ["trước 07 giờ hằng ngày"], "daily", "III.1.d",
     "Ghi chép đầy đủ sổ nhật ký vận hành; trong mùa lũ, báo cáo"),
    (CT, [], None, ["trước khi vận hành xả lũ ít nhất 04 giờ"], None, "III.1.đ",
     "Thông báo lịch xả lũ cho UBND xã Sơn Kim 1 và các"),
    ("UBND xã Sơn Kim 1", ["Công ty"], "2026-07", ["trong tháng 7/2026"], None, "III.2",
     "Đề nghị UBND xã Sơn Kim 1 chủ trì, phối hợp với Công ty rà"),
    ("Phòng Quản lý năng lượng", [], "2026-06-20", ["trước ngày 20/6/2026"], None, "III.3",
     "Phòng Quản lý năng lượng theo dõi, đôn đốc Công ty thực hiện các"),
], doc_type="BIÊN BẢN")

# 10 ------------------------------ ward giao ban, PDF task table with group rows running over two pages (pdf)
F10 = "aa-tb-ubnd-phuong-kontum-giaoban-t4-bang-nhom-hai-trang.pdf"
KT, VHXH = "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"
doc(F10, "pdf-ward-ubnd-chairman-giao-ban-five-column-table-group-rows-i-ii-iii-over-two-pages-repeated-heading-yearless-window-quarterly-cell-weekly-hour-target-date-tm-signature",
    "82/TB-UBND", "2026-04-16", "UBND phường Kon Tum", "A Rin Thắng", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", [
    (KT, ["Công an phường", "các tổ dân phố"], "2026-05-15", ["Từ ngày 20/4 đến ngày 15/5/2026"], None, "2.1",
     "Lập danh sách các hộ kinh doanh lấn chiếm vỉa hè, lòng đường"),
    (KT, ["Chi nhánh Văn phòng Đăng ký đất đai khu vực Kon Tum"], "2026-05-31", ["Chậm nhất ngày 31/5/2026"], None,
     "2.2", "Hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu cho"),
    (KT, ["Thuế cơ sở 1 tỉnh Quảng Ngãi"], "2026-06-30", ["Quý II/2026"], None, "2.3",
     "Đôn đốc thu tiền sử dụng đất, thuế hộ kinh doanh; phấn đấu thu ngân"),
    ("Các tổ dân phố", [KT], "2026-05-15", ["Trước 15/5"], None, "2.4",
     "Nạo vét hệ thống mương, cống thoát nước tại các điểm ngập cục bộ"),
    ("Công an phường", [KT], "2026-05", ["Trong tháng 5/2026"], None, "2.5",
     "Kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở karaoke, nhà"),
    (VHXH, ["Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "Hội Liên hiệp Phụ nữ phường"], "2026-05-15",
     ["trước ngày 15/5/2026"], None, "2.6",
     "Tổ chức Ngày hội văn hóa các dân tộc phường Kon Tum năm 2026"),
    (VHXH, ["Các tổ dân phố"], None, ["Hằng quý, trước ngày 20 tháng cuối quý"], "quarterly", "2.7",
     "Rà soát hộ nghèo, hộ cận nghèo phát sinh; đề xuất hỗ trợ kịp"),
    ("Trạm Y tế phường", ["Các trường mầm non, tiểu học trên địa bàn"], None,
     ["Thường xuyên", "trước 16 giờ thứ Sáu hằng tuần"], "weekly", "2.8",
     "Tiêm vét, tiêm bù cho trẻ chưa được tiêm chủng đầy đủ tại các"),
    (VHXH, ["Công an phường", "Trạm Y tế phường"], "2026-06-05", ["Trước ngày 05/6/2026"], None, "2.9",
     "Chuẩn bị cơ sở vật chất, an ninh trật tự, an toàn thực phẩm cho"),
    ("Ban Chỉ huy Quân sự phường", ["Các tổ dân phố"], "2026-06-30", ["Quý II/2026"], None, "2.10",
     "Tổ chức huấn luyện lực lượng dân quân năm 2026 bảo đảm đúng nội dung,"),
    ("Trung tâm Phục vụ hành chính công phường", ["Văn phòng HĐND và UBND phường"], "2026-06-30",
     ["Đến ngày 30/6/2026"], None, "2.11",
     "Hướng dẫn người dân nộp hồ sơ trực tuyến; nâng tỷ lệ hồ sơ thủ"),
    ("Văn phòng HĐND và UBND phường", ["Các bộ phận liên quan"], "2026-05-27",
     ["tại cuộc họp giao ban tháng 5/2026", "Trước 17 giờ ngày 27/5/2026"], None, "2.12",
     "Tổng hợp kết quả thực hiện Thông báo này, báo cáo tại cuộc họp"),
])


# ------------------------------------------------------------------------------------------------ questions
q("Theo Thông báo 91/TB-BDTTG, Vụ Chính sách dân tộc phải trình Bộ trưởng dự thảo Thông tư về tiêu chí công nhận người có uy tín trước ngày nào?",
  F1, ["15/3/2026"], ["vi", "deadline"])
q("Which provinces will the Ministry of Ethnic and Religious Affairs' inspectorate visit to check the policy for prestigious persons, and in which quarter?",
  F1, ["Cao Bằng", "Gia Lai", "Cà Mau", "quý III/2026"], ["en", "list", "deadline"])
q("Bao Dan toc va Phat trien moi thang phai dang it nhat bao nhieu tin, bai ve nguoi co uy tin?",
  F1, ["04 tin"], ["vi-noaccent", "figure", "recurring"])
q("Who signed the notice of Deputy Minister Hoàng Văn Sìn's conclusions on prestigious persons in ethnic minority areas?",
  F1, ["Vi Thị Thu Mến"], ["en", "signer"])
q("Ở Huế, những phường nào phải rà soát danh sách hộ dân còn lại trên thượng thành Kinh thành và thời hạn là khi nào?",
  F2, ["Phú Xuân", "Kim Long", "Thuận Hóa", "17 giờ", "20/3/2026"], ["vi", "who", "deadline"])
q("By when must the construction project board finish the infrastructure of the Bàu Vá resettlement area, phase 3, in Huế?",
  F2, ["30/6/2026"], ["en", "deadline"])
q("Trung tam Bao ton Di tich Co do Hue phai thu don mat bang thuong thanh trong bao lau sau khi nhan ban giao?",
  F2, ["30 ngày"], ["vi-noaccent", "deadline"])
q("Tính đến ngày 28/02/2026, bao nhiêu hộ dân đã được di dời khỏi Khu vực I di tích Kinh thành Huế?",
  F2, ["4.127"], ["vi", "figure"])
q("Ban Thường vụ Tỉnh ủy Đồng Tháp yêu cầu trình Đề án phát triển hợp tác xã nông nghiệp kiểu mới giai đoạn 2026 - 2030 trước ngày nào?",
  F3, ["31/3/2026"], ["vi", "deadline"])
q("How often must Đồng Tháp's party committee of the Fatherland Front and mass organisations report on bringing farmers into cooperatives?",
  F3, ["6 tháng"], ["en", "recurring"])
q("Ai ky thong bao ket luan 231-TB/TU cua Ban Thuong vu Tinh uy Dong Thap ve hop tac xa nong nghiep?",
  F3, ["Châu Ngọc Tuấn"], ["vi-noaccent", "signer"])
q("Ban Tổ chức Tỉnh ủy Đồng Tháp phải báo cáo Thường trực Tỉnh ủy về việc thành lập tổ chức đảng trong hợp tác xã trước ngày nào?",
  F3, ["15/01"], ["vi", "deadline"])
q("Phòng KHTH Bệnh viện Đa khoa tỉnh Lạng Sơn phải trình phương án phân luồng người bệnh tại Khoa Khám bệnh trước mấy giờ, ngày nào?",
  F4, ["17 giờ", "08/4/2026"], ["vi", "deadline"])
q("Within how many days must the infection control department of Lạng Sơn provincial general hospital retrain nurses on hand hygiene?",
  F4, ["10 ngày"], ["en", "deadline"])
q("Phong Dieu duong benh vien Lang Son kiem tra quy che cham soc nguoi benh vao buoi nao trong tuan?",
  F4, ["thứ Năm"], ["vi-noaccent", "recurring"])
q("Who chaired the March 2026 professional briefing of Lạng Sơn provincial general hospital, and who signed its notice?",
  F4, ["Hoàng Văn Pản", "Nông Thị Thanh Hường"], ["en", "chair", "signer"])
q("Trường Đại học Nha Trang giao đơn vị nào hoàn thiện báo cáo tự đánh giá chương trình đào tạo theo AUN-QA và hạn chót là ngày nào?",
  F5, ["Viện Nuôi trồng thủy sản", "Khoa Công nghệ thực phẩm", "15/01/2026"], ["vi", "who", "deadline"])
q("At Nha Trang University, by what time must the science and technology office finish reviewing the 2026 institutional research proposals?",
  F5, ["16 giờ 30", "19/12/2025"], ["en", "deadline"])
q("Cac khoa, vien Truong Dai hoc Nha Trang phai nhap diem thi hoc ky 1 len he thong cham nhat bao nhieu ngay sau ngay thi?",
  F5, ["10 ngày"], ["vi-noaccent", "deadline"])
q("Theo kết luận của Phó Chủ tịch UBND tỉnh Đắk Lắk, Ban Quản lý Di tích và Danh thắng tỉnh phải lắp camera giám sát ở Gành Đá Đĩa xong trước ngày nào?",
  F6, ["30/6"], ["vi", "deadline"])
q("Which coastal communes and wards of Đắk Lắk must clean up the beaches, and how often?",
  F6, ["An Hòa Hải", "Ô Loan", "Xuân Đài", "Sông Cầu", "thứ Bảy cuối cùng hằng tháng"], ["en", "list", "recurring"])
q("Thong bao so may, ngay nao truyen dat ket luan ve phat trien du lich khu vuc phia Dong tinh Dak Lak?",
  F6, ["263/TB-VPUBND", "25/5/2026"], ["vi-noaccent", "number", "issue-date"])
q("How many visitors did the Gành Đá Đĩa scenic site receive in the first four months of 2026?",
  F6, ["410.000"], ["en", "figure"])
q("Sở GD&ĐT Gia Lai yêu cầu các trường THPT báo cáo số học sinh chưa trở lại trường sau Tết trước mấy giờ, ngày nào?",
  F7, ["10 giờ", "06/3/2026"], ["vi", "deadline"])
q("Which unit of the Gia Lai Department of Education inspects extra tutoring at 12 high schools, with which office, and when?",
  F7, ["Thanh tra Sở", "Phòng Giáo dục phổ thông", "tháng 3 và tháng 4/2026"], ["en", "who", "coordinators", "deadline"])
q("Phong Giao duc pho thong So GD&DT Gia Lai phai to chuc thi thu tot nghiep THPT cap tinh xong truoc ngay nao?",
  F7, ["20/4/2026"], ["vi-noaccent", "deadline"])
q("Theo Thông báo 62/TB-SXD của Sở Xây dựng Quảng Trị, Ban Quản lý bảo trì công trình giao thông phải gửi hồ sơ kế hoạch bảo trì đường tỉnh năm 2026 trước ngày nào?",
  F8, ["20/01"], ["vi", "deadline"])
q("Which communes with river-crossing ferry landings in Quảng Trị must check landing safety before Tết?",
  F8, ["Kim Ngân", "Trường Sơn", "Lệ Thủy"], ["en", "list"])
q("Van phong So Xay dung Quang Tri phai bao cao ket qua bao dam trat tu ATGT dip Tet truoc may gio ngay nao?",
  F8, ["10 giờ", "23/02/2026"], ["vi-noaccent", "deadline"])
q("Đoàn kiểm tra yêu cầu Công ty Cổ phần Thủy điện Sơn Kim báo cáo mực nước hồ về Sở Công Thương trước mấy giờ hằng ngày trong mùa lũ?",
  F9, ["07 giờ"], ["vi", "recurring"])
q("Did the inspection team accept the Sơn Kim hydropower company's request to postpone the dam safety inspection, and by when must the inspection report be submitted?",
  F9, ["không được chấp thuận", "quý III/2026"], ["en", "what", "deadline"])
q("Truong doan kiem tra an toan dap thuy dien Son Kim 2 la ai?",
  F9, ["Nguyễn Hữu Diên"], ["vi-noaccent", "chair"])
q("UBND phường Kon Tum giao đơn vị nào ra quân xử lý lấn chiếm vỉa hè, lòng đường và trong khoảng thời gian nào?",
  F10, ["Phòng Kinh tế, Hạ tầng và Đô thị", "20/4", "15/5/2026"], ["vi", "who", "deadline"])
q("When does the Kon Tum ward health station have to send its weekly report?",
  F10, ["16 giờ", "thứ Sáu hằng tuần"], ["en", "recurring"])
# unanswerable: a unit, level, place or object that the documents do not have
q("Thông báo 91/TB-BDTTG giao Cục Tín ngưỡng, tôn giáo nhiệm vụ gì và thời hạn khi nào?",
  None, [], ["vi", "what", "unanswerable"])
q("What deadline did the Quảng Bình provincial People's Committee set for relocating households out of the Huế citadel?",
  None, [], ["en", "deadline", "unanswerable"])
q("Huyen uy Thap Muoi giao nhiem vu gi ve phat trien hop tac xa nong nghiep nam 2026?",
  None, [], ["vi-noaccent", "what", "unanswerable"])
q("Bệnh viện Đa khoa tỉnh Lạng Sơn giao Khoa Sản nhiệm vụ gì trong tháng 4/2026?",
  None, [], ["vi", "what", "unanswerable"])
q("What tuition fee per credit did Nha Trang University set for the second semester of 2025-2026?",
  None, [], ["en", "amount", "unanswerable"])
q("Kết luận giao ban tháng 4/2026 của UBND tỉnh Kon Tum giao Sở Xây dựng nhiệm vụ gì?",
  None, [], ["vi", "what", "unanswerable"])
q("What did the Hà Tĩnh Department of Industry and Trade conclude after inspecting the Hố Hô hydropower dam in 2026?",
  None, [], ["en", "what", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
