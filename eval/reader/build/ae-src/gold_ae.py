"""Gold and questions for batch ae (all split dev), written by hand from the document text alone.
Writes gold/ae.jsonl and questions/ae.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/ae-src/gold_ae.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens. Batch ae varies how a task is worded (notes/ae.md)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("ae")
doc, q = BATCH.doc, BATCH.q


# 1 ------------- ministry-level agency: unit headings, "X có trách nhiệm", Cục I/II/III defined in the intro (docx)
F1 = "ae-tb-ttcp-tong-thanh-tra-so-ket-6-thang-cuc-viet-tat.docx"
KH, VP = "Vụ Kế hoạch - Tổng hợp", "Văn phòng Thanh tra Chính phủ"
A17 = "Cục IV, Vụ Pháp chế theo chức năng, nhiệm vụ được giao hướng dẫn"
doc(F1, "docx-ministry-level-agency-conclusions-bold-unit-headings-letter-points-number-only-bold-labels-abbreviations-defined-in-intro-dash-bullets-with-own-sub-unit-subjects-theo-chuc-nang-joint-thu-truong-se-plus-giao",
    "152/TB-TTCP", "2026-07-14", "Thanh tra Chính phủ", "Mẫn Quang Hưởng", "TL. TỔNG THANH TRA / CHÁNH VĂN PHÒNG", [
    (KH, ["Vụ Pháp chế", VP], "2026-10-15", ["trước ngày 15/10/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Vụ Pháp chế và Văn phòng Thanh tra Chính phủ"),
    (KH, [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "II.1.b",
     "Định kỳ hằng quý, trước ngày 20 của tháng cuối quý, tổng hợp kết quả"),
    ("Vụ Pháp chế", [], "2026-12-31", ["trong quý IV/2026"], None, "II.2",
     "Vụ Pháp chế có trách nhiệm rà soát, đề xuất sửa đổi, bổ sung các"),
    ("Cục I", [], "2026-09-30", ["trước ngày 30/9/2026"], None, "II.3",
     "Cục I khẩn trương hoàn thành cuộc thanh tra việc quản lý, sử dụng đất"),
    ("Cục II", [], "2026-09-30", ["trong quý III/2026"], None, "II.3",
     "Cục II tập trung giải quyết dứt điểm 14 vụ việc khiếu nại đông người"),
    ("Cục III", ["Thanh tra tỉnh Đồng Tháp"], "2026-10-15", ["trước 15/10"], None, "II.3",
     "Cục III chủ trì, phối hợp với Thanh tra tỉnh Đồng Tháp kiểm tra việc"),
    ("Cục Phòng, chống tham nhũng, tiêu cực", [KH, VP], "2026-11-05", ["trước ngày 05/11/2026"], None, "II.4",
     "Giao Cục Phòng, chống tham nhũng, tiêu cực chủ trì, phối hợp với Vụ"),
    ("Trường Cán bộ thanh tra", ["Vụ Tổ chức cán bộ"], "2026-11", ["tháng 11/2026"], None, "II.5",
     "Trường Cán bộ thanh tra phối hợp với Vụ Tổ chức cán bộ mở 02"),
    ("Trung tâm Thông tin", [], "2026-08", ["Trong tháng 8/2026"], None, "II.6",
     "Trong tháng 8/2026, Trung tâm Thông tin hoàn thành kết nối Hệ thống thông tin"),
    ("Cục IV", [], "2026-12-31", ["trước ngày 31/12/2026"], None, "II.7", A17),
    ("Vụ Pháp chế", [], "2026-12-31", ["trước ngày 31/12/2026"], None, "II.7", A17),
    ("Thủ trưởng các đơn vị thuộc Thanh tra Chính phủ", [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.8",
     "Thủ trưởng các đơn vị thuộc Thanh tra Chính phủ có trách nhiệm quán triệt"),
    (VP, [], "2026-11-30", ["trước ngày 30/11/2026"], None, "II.9",
     "giao Văn phòng Thanh tra Chính phủ chuẩn bị nội dung, tài liệu, địa điểm"),
])

# 2 -------------- provincial office: Word task table, "Đơn vị thực hiện" cell with "(chủ trì)" / "(phối hợp)" (docx)
F2 = "ae-tb-vpub-sonla-xoai-nhan-bang-don-vi-thuc-hien-chu-tri-ngoac.docx"
NN, CT = "Sở NN&MT", "Sở Công Thương"
doc(F2, "docx-provincial-office-vice-chairman-conclusions-4-column-task-table-don-vi-thuc-hien-cell-with-chu-tri-phoi-hop-in-brackets-de-nghi-in-cell-chu-tri-in-brackets-inside-content-giao-inside-content-abbreviations-defined-in-intro",
    "318/TB-VPUB", "2026-06-02", "Văn phòng UBND tỉnh Sơn La", "Lường Thị Hoa Ban",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    (NN, ["UBND các xã"], "2026-06-20", ["Trước 20/6/2026"], None, "II.1",
     "Cấp, quản lý mã số vùng trồng, mã số cơ sở đóng gói cho"),
    (CT, ["Trung tâm XTĐT", NN], "2026-07", ["Tháng 7/2026"], None, "II.2",
     "Tổ chức Tuần lễ nhãn và nông sản Sơn La tại thành phố Hà Nội"),
    ("Ngân hàng Nhà nước Khu vực 9", [], None, ["Thường xuyên"], None, "II.3",
     "Chỉ đạo các tổ chức tín dụng trên địa bàn cơ cấu lại thời hạn"),
    (CT, [], "2026-09-30", ["từ ngày 15/6 đến ngày 30/9/2026"], None, "II.4",
     "Theo dõi, thông tin kịp thời tình hình thông quan hàng nông sản tại các"),
    ("Sở Tài chính", [CT], "2026-09-30", ["Quý III/2026"], None, "II.5",
     "Bố trí kinh phí hỗ trợ xúc tiến thương mại, quảng bá nông sản từ"),
    ("Chủ tịch UBND các xã: Yên Châu, Mai Sơn, Sông Mã và Chiềng Khương", [], None,
     ["Hằng tuần, báo cáo vào thứ Sáu"], "weekly", "II.6",
     "Hướng dẫn hộ dân, hợp tác xã ghi chép nhật ký sản xuất, sử dụng"),
    ("Sở Khoa học và Công nghệ", [NN, CT], "2026-08-31", ["Trước 31/8/2026"], None, "II.7",
     "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở NN&MT"),
    ("Báo và Phát thanh, Truyền hình Sơn La", [], None, [], None, "II.8",
     "Xây dựng phóng sự, tin bài quảng bá thương hiệu xoài Yên Châu, nhãn"),
    (NN, [CT], None, ["Trước ngày 25 hằng tháng"], "monthly", "II.9",
     "Tổng hợp khó khăn, vướng mắc của các địa phương, doanh nghiệp trong tiêu"),
    ("Văn phòng UBND tỉnh", [], "2026-10", ["vào tháng 10/2026"], None, "III.2",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp, báo"),
])

# 3 ----------------- party: Ban Thường vụ Tỉnh ủy, "Đề nghị Đảng ủy UBND tỉnh quan tâm, lãnh đạo, chỉ đạo UBND tỉnh" (pdf)
F3 = "ae-tb-btv-tinhuy-gialai-cua-khau-le-thanh-de-nghi-quan-tam-chi-dao.pdf"
DU = "Đảng ủy Ủy ban nhân dân tỉnh"
A24 = "Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam"
doc(F3, "pdf-party-ban-thuong-vu-tinh-uy-ket-luan-2-n-points-de-nghi-dang-uy-quan-tam-chi-dao-ubnd-topic-label-paragraph-with-three-units-own-deadlines-theo-chuc-nang-joint-elided-dang-uy-xa-list-tet-next-year-se-and-exhortation",
    "415-TB/TU", "2026-04-23", "Tỉnh ủy Gia Lai", "Rơ Châm Hlem", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC", [
    (DU, [], "2026-09-30", ["trong quý III/2026", "trước ngày 31/12/2026"], None, "2.1",
     "Đề nghị Đảng ủy Ủy ban nhân dân tỉnh quan tâm, lãnh đạo, chỉ đạo"),
    ("Sở Xây dựng", [], "2026-09-30", ["trước ngày 30/9/2026"], None, "2.2",
     "Sở Xây dựng hoàn thành thủ tục đầu tư dự án nâng cấp Quốc lộ 19"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", [], "2026", ["trong năm 2026"], None, "2.2",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông"),
    ("Ủy ban nhân dân xã Ia Dom", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], "2026-06-30", ["trước 30/6"], None, "2.2",
     "Ủy ban nhân dân xã Ia Dom phối hợp với Bộ Chỉ huy Bộ đội"),
    (DU, [], "2027-02-05", ["trước Tết Nguyên đán Đinh Mùi năm 2027"], None, "2.3",
     "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng cơ chế, chính sách"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", [], None, ["định kỳ 6 tháng"], "half_yearly", "2.4", A24),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], None, ["định kỳ 6 tháng"], "half_yearly", "2.4", A24),
    ("Ban Nội chính Tỉnh ủy", ["Ủy ban Kiểm tra Tỉnh ủy", "Công an tỉnh"], "2026-12-31", ["trong quý IV/2026"], None,
     "2.5", "Giao Ban Nội chính Tỉnh ủy chủ trì, phối hợp với Ủy ban Kiểm tra"),
    ("Đảng ủy các xã: Ia Dom, Ia Nan, Ia O và Ia Chia", [], "2026-05", ["trong tháng 5/2026"], None, "2.6",
     "Đảng ủy các xã: Ia Dom, Ia Nan, Ia O và Ia Chia lãnh đạo"),
    ("Văn phòng Tỉnh ủy", [], None, ["hằng quý"], "quarterly", "2.7",
     "Văn phòng Tỉnh ủy có trách nhiệm theo dõi, đôn đốc việc thực hiện Kết"),
])

# 4 ----------- hospital: e-office plain text, long paragraphs with several units, the unit after the work (txt)
F4 = "ae-tb-bvphoi-hatinh-giaoban-t6-viet-tat-giao-sau-cong-viec.txt"
A42 = "Khoa Lao hô hấp và Khoa Bệnh phổi tổ chức hội chẩn toàn viện đối với"
doc(F4, "txt-hospital-giao-ban-space-aligned-header-q-giam-doc-abbreviations-defined-in-a-sentence-topic-headings-long-paragraphs-several-units-each-own-deadline-unit-after-work-thoi-han-own-line-trong-thang-nay-days-from-signing",
    "97/TB-BVP", "2026-07-06", "Bệnh viện Phổi Hà Tĩnh", "Nguyễn Hữu Lam", "Q. GIÁM ĐỐC", [
    ("Phòng KHTH", [], "2026-07-15", ["trước ngày 15/7/2026"], None, "II.1",
     "Phòng KHTH rà soát toàn bộ hồ sơ bệnh án ra viện tháng 6"),
    ("Khoa Lao hô hấp", [], "2026-07", ["vào buổi giao ban tháng 7"], None, "II.1", A42),
    ("Khoa Bệnh phổi", [], "2026-07", ["vào buổi giao ban tháng 7"], None, "II.1", A42),
    ("Khoa Cận lâm sàng", [], None, ["trong vòng 48 giờ"], None, "II.1",
     "Khoa Cận lâm sàng triển khai xét nghiệm Xpert MTB/RIF Ultra cho mọi trường"),
    ("Khoa KSNK", [], "2026-07-25", ["trước ngày 25/7/2026"], None, "II.2",
     "Rà soát, cập nhật quy trình phân loại, thu gom, xử lý chất thải y"),
    ("Các khoa lâm sàng", [], None, [], None, "II.2",
     "Các khoa lâm sàng có trách nhiệm giám sát việc đeo khẩu trang N95"),
    ("Khoa KSNK", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "II.2",
     "Khoa KSNK kiểm tra đột xuất, thông báo kết quả trên nhóm giao ban"),
    ("Phòng TCKT", ["Phòng Vật tư - Thiết bị y tế", "Khoa Dược"], "2026-07", ["trong tháng này"], None, "II.3",
     "Phòng TCKT chủ trì, phối hợp với Phòng Vật tư - Thiết bị y"),
    ("Phòng Hành chính quản trị", [], "2026-07-16", ["trong vòng 10 ngày kể từ ngày ký Thông báo này"], None, "II.3",
     "Giao Phòng Hành chính quản trị sửa chữa hệ thống xử lý nước thải"),
    ("Phòng Tổ chức cán bộ", [], "2026-07-31", ["trước 31/7", "trong quý III/2026"], None, "II.4",
     "Phòng Tổ chức cán bộ hoàn thiện hồ sơ cử 03 bác sĩ đi"),
    ("Phòng KHTH", [], "2026-07", ["tại buổi giao ban chuyên môn tháng 7/2026"], None, "II.6",
     "Phòng KHTH là đầu mối theo dõi, tổng hợp kết quả thực hiện Thông"),
])

# 5 ------------ university: "Về ...:" topic headings, the unit inside the sentence ("do X chủ trì ... thực hiện") (docx)
F5 = "ae-tb-dhdalat-ket-luan-hieu-truong-ve-chu-de.docx"
QT = "Phòng Quản trị - Thiết bị"
doc(F5, "docx-university-rector-conclusions-bold-ve-topic-headings-dash-bullets-passive-do-x-chu-tri-listed-khoa-group-with-va-inside-names-yeu-cau-truong-cac-khoa-cac-don-vi-colon-list-de-nghi-cong-doan-event-dated-in-brackets-se",
    "1124/TB-ĐHĐL", "2026-06-19", "Trường Đại học Đà Lạt", "Võ Đình Nguyên Khải", "HIỆU TRƯỞNG", [
    ("Phòng Đào tạo", ["Trung tâm Truyền thông và Tuyển sinh"], "2026-06-30", ["trước ngày 30/6/2026"], None, "1",
     "Việc rà soát chỉ tiêu, tổ hợp xét tuyển các ngành đào tạo trình"),
    ("Trung tâm Truyền thông và Tuyển sinh", [], None, ["vào tối thứ Tư hằng tuần"], "weekly", "1",
     "Trung tâm Truyền thông và Tuyển sinh tổ chức tư vấn tuyển sinh trực"),
    ("Các khoa: Toán - Tin học, Vật lý và Kỹ thuật hạt nhân, Hóa học và Môi trường", [], "2026-07-10",
     ["trước 10/7"], None, "1", "Các khoa: Toán - Tin học, Vật lý và Kỹ thuật hạt nhân"),
    ("Trung tâm Khảo thí và Bảo đảm chất lượng", [], None, ["chậm nhất 10 ngày sau khi kết thúc kỳ thi"], None, "2",
     "Yêu cầu Trung tâm Khảo thí và Bảo đảm chất lượng hoàn thành chấm thi"),
    ("Trưởng các khoa có ngành đăng ký đánh giá ngoài năm 2026", [], "2026-09", ["trong tháng 9/2026"], None, "2",
     "Trưởng các khoa có ngành đăng ký đánh giá ngoài năm 2026 chỉ đạo"),
    (QT, [], "2026-08-24", ["trước khi sinh viên khóa mới nhập học (dự kiến ngày 24/8/2026)"], None, "3",
     "Phòng Quản trị - Thiết bị có trách nhiệm sửa chữa hệ thống phòng cháy"),
    ("Các đơn vị: Phòng Kế hoạch - Tài chính, Phòng Quản trị - Thiết bị, Ban Quản lý dự án", [], "2026-11-30",
     ["trước ngày 30/11/2026"], None, "3", "Các đơn vị: Phòng Kế hoạch - Tài chính, Phòng Quản trị - Thiết bị"),
    ("Công đoàn Trường", ["Phòng Tổ chức - Hành chính"], "2026-07", ["trong tháng 7/2026"], None, "3",
     "Đề nghị Công đoàn Trường quan tâm, phối hợp với Phòng Tổ chức - Hành chính"),
    ("Phòng Thanh tra - Pháp chế", [], "2026-09-05", ["trước ngày khai giảng năm học 2026 - 2027 (ngày 05/9/2026)"],
     None, "4", "Phòng Thanh tra - Pháp chế rà soát, sửa đổi Quy chế công tác"),
    ("Phòng Tổ chức - Hành chính", [], None, ["trước 16 giờ 00 thứ Sáu hằng tuần"], "weekly", "4",
     "Phòng Tổ chức - Hành chính theo dõi, đôn đốc các đơn vị thực hiện"),
])

# 6 -------------- provincial portal article: bold "Về ...:" run-in topics, lower-case "giao"/"đề nghị", passive (html)
F6 = "ae-portal-bacninh-chong-ngap-mua-mua-2026-ve-chu-de-strong.html"
doc(F6, "html-provincial-portal-article-sapo-with-number-date-issuer-chair-prose-paragraphs-bold-ve-topic-run-ins-lower-case-giao-and-de-nghi-two-units-per-paragraph-unit-after-work-passive-duoc-giao-se-statement-no-signer",
    "1402/TB-VPUBND", "2026-05-20", "Văn phòng UBND tỉnh Bắc Ninh", None, None, [
    ("Các công ty TNHH MTV khai thác công trình thủy lợi trên địa bàn tỉnh", [], "2026-05-31",
     ["trước ngày 31/5/2026"], None, "", "Các công ty TNHH MTV khai thác công trình thủy lợi trên"),
    ("Chủ tịch UBND các xã, phường", [], "2026-06-05", ["trước 05/6"], None, "",
     "giao Chủ tịch UBND các xã, phường chỉ đạo ra quân nạo vét"),
    ("Sở Xây dựng", ["UBND các phường: Kinh Bắc, Võ Cường, Từ Sơn và Bắc Giang"], "2026-06", ["trong tháng 6/2026"],
     None, "", "Sở Xây dựng chủ trì, phối hợp với UBND các phường: Kinh Bắc,"),
    ("Sở Tài chính", [], "2026-06-15", ["trước ngày 15/6/2026"], None, "",
     "Sở Tài chính tham mưu bố trí kinh phí từ nguồn dự phòng ngân sách"),
    ("Đài Khí tượng thủy văn tỉnh", [], None, ["02 lần/ngày"], "daily", "",
     "việc cung cấp bản tin dự báo mưa lớn, nguy cơ ngập úng cho"),
    ("Công an tỉnh", [], None, [], None, "",
     "Công an tỉnh được giao chỉ đạo lực lượng Cảnh sát giao thông phân luồng"),
    ("Bộ Chỉ huy Quân sự tỉnh", [], None, [], None, "",
     "Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện hỗ trợ di"),
    ("Thủ trưởng các cơ quan, đơn vị có trụ sở tại vùng trũng", [], None, ["trước mùa mưa bão"], None, "",
     "đề nghị Thủ trưởng các cơ quan, đơn vị có trụ sở tại vùng"),
    ("các doanh nghiệp trong các khu công nghiệp", [], None, [], None, "",
     "đề nghị các doanh nghiệp trong các khu công nghiệp rà soát, nạo vét"),
    ("Sở Nông nghiệp và Môi trường", [], "2026-11-15", ["trước 15 giờ hằng ngày", "trước ngày 15/11/2026"], "daily", "",
     "Sở Nông nghiệp và Môi trường là cơ quan thường trực, tổng hợp tình"),
])

# 7 ------------- Word notice via html2text: tables as "|"/"---|---", "1\." escapes, "  * " sub-unit bullets (md)
F7 = "ae-tb-sdl-quangninh-giaoban-t5-html2text-bang-header.md"
A75 = "Đề nghị UBND đặc khu Vân Đồn, UBND đặc khu Cô Tô chỉ"
doc(F7, "md-html2text-from-word-html-header-and-signature-as-pipe-tables-escaped-numbers-wrapped-78-unit-heading-with-star-bullets-each-own-sub-unit-topic-label-before-subject-deadline-before-subject-comma-joint-de-nghi-se",
    "211/TB-SDL", "2026-06-12", "Sở Du lịch tỉnh Quảng Ninh", "Vũ Thị Thanh Hương", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Phòng Quản lý lữ hành", ["Thanh tra Sở", "Ban Quản lý vịnh Hạ Long"], "2026-06-30", ["trước 30/6"], None, "II.1",
     "Phòng Quản lý lữ hành chủ trì, phối hợp với Thanh tra Sở và"),
    ("Phòng Quản lý cơ sở lưu trú", ["Công an tỉnh"], "2026-09-30", ["trong quý III/2026"], None, "II.2",
     "Phòng Quản lý cơ sở lưu trú có trách nhiệm"),
    ("Phòng Xúc tiến - Quảng bá", [], "2026-08", ["trong tháng 8/2026"], None, "II.3",
     "Phòng Xúc tiến - Quảng bá xây dựng chương trình famtrip đón các hãng"),
    ("Tổ Hỗ trợ du khách", [], None, ["vào ngày 25 hằng tháng"], "monthly", "II.3",
     "Tổ Hỗ trợ du khách duy trì đường dây nóng 24/7, tiếp nhận, xử"),
    ("Bộ phận Số hóa dữ liệu", [], "2026-06-20", ["trước ngày 20/6/2026"], None, "II.3",
     "Bộ phận Số hóa dữ liệu cập nhật thông tin điểm đến, cơ sở lưu"),
    ("Phòng Kế hoạch - Tài chính", ["Văn phòng Sở"], "2026-06-25", ["trước ngày 25/6/2026"], None, "II.4",
     "Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Văn"),
    ("UBND đặc khu Vân Đồn", [], None, [], None, "II.5", A75),
    ("UBND đặc khu Cô Tô", [], None, [], None, "II.5", A75),
    ("Thanh tra Sở", [], "2026-08", ["Từ nay đến hết tháng 8/2026"], None, "II.6",
     "Từ nay đến hết tháng 8/2026, Thanh tra Sở chủ trì kiểm tra việc"),
    ("Các phòng, đơn vị thuộc Sở", [], None, ["trước ngày 22 hằng tháng"], "monthly", "II.7",
     "Các phòng, đơn vị thuộc Sở gửi báo cáo kết quả thực hiện nhiệm vụ"),
    ("Văn phòng Sở", [], "2026-07-05", ["trước 05/7"], None, "II.8",
     "Văn phòng Sở tổng hợp, xây dựng báo cáo công tác du lịch 6"),
])

# 8 ------ Apple Mail forward from an iPhone: the notice quoted with "> ", a forwarder's own request on top (txt)
F8 = "ae-email-applemail-hkl-huonghoa-fwd-chicuc-kiemlam-quangtri-trich-dan.txt"
KLCD, BV = "Đội KLCĐ", "Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên"
doc(F8, "txt-apple-mail-iphone-forward-vietnamese-headers-forwarder-request-not-a-task-notice-quoted-with-angle-prefix-header-one-cell-per-line-abbreviation-defined-elided-hat-list-topic-label-two-units-thoi-han-own-line-se-point",
    "86/TB-CCKL", "2026-07-13", "Chi cục Kiểm lâm tỉnh Quảng Trị", "Hồ Sĩ Nguyên",
    "KT. CHI CỤC TRƯỞNG / PHÓ CHI CỤC TRƯỞNG", [
    ("Các Hạt Kiểm lâm khu vực: Hướng Hóa, Đakrông và Gio Linh", [], "2026-07-31", ["trước 31/7"], None, "II.1",
     "Các Hạt Kiểm lâm khu vực: Hướng Hóa, Đakrông và Gio Linh rà"),
    ("Hạt Kiểm lâm khu vực Lệ Thủy", ["Công an xã Kim Thủy", "Đồn Biên phòng Làng Ho"], None, ["thường xuyên"], None,
     "II.2", "Hạt Kiểm lâm khu vực Lệ Thủy có trách nhiệm phối hợp với Công"),
    (KLCD, ["các Hạt Kiểm lâm khu vực có liên quan"], "2026-09-30", ["quý III/2026"], None, "II.3",
     "Đội KLCĐ chủ trì, phối hợp với các Hạt Kiểm lâm khu vực có"),
    ("các Hạt Kiểm lâm khu vực", [], "2026-09-30", ["từ nay đến hết mùa khô (ngày 30/9/2026)"], None, "II.4",
     "các Hạt Kiểm lâm khu vực duy trì trực 24/24 giờ từ nay đến"),
    (KLCD, [], None, [], None, "II.4",
     "Đội KLCĐ bố trí 02 tổ xung kích thường trực tại khu vực rừng thông"),
    (BV, ["Phòng Thanh tra - Pháp chế", "Hạt Kiểm lâm khu vực Đakrông"], "2026-08", ["trong tháng 8/2026"], None,
     "II.5", "Giao Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên chủ trì,"),
    ("Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa", ["Hạt Kiểm lâm khu vực Hướng Hóa"], "2026-08-15",
     ["trước ngày 15/8/2026"], None, "II.6",
     "Đề nghị Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa phối hợp"),
    ("Thủ trưởng các đơn vị trực thuộc Chi cục", [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.8",
     "Thủ trưởng các đơn vị trực thuộc Chi cục báo cáo kết quả thực hiện"),
])

# 9 ------------- biên bản làm việc, PDF text layer, two signature columns (commune left, Sở right) (pdf)
F9 = "ae-bb-sgddt-thainguyen-xa-phudinh-diem-truong-hai-cot.pdf"
A93 = "Định kỳ hằng quý, Phòng Giáo dục phổ thông và UBND xã Phú Đình"
doc(F9, "pdf-bien-ban-lam-viec-so-with-xa-thanh-phan-list-part-ii-positions-and-promises-not-tasks-doi-voi-party-headings-letter-points-unit-in-brackets-chu-tri-unit-after-work-office-holder-deadline-before-joint-subject-two-signature-columns",
    "34/BB-SGDĐT", "2026-07-09", "Sở Giáo dục và Đào tạo tỉnh Thái Nguyên", "Nông Thị Mai Phương",
    "ĐẠI DIỆN SỞ GIÁO DỤC VÀ ĐÀO TẠO / PHÓ GIÁM ĐỐC", [
    ("Phòng Giáo dục phổ thông", [], "2026-07-20", ["trước ngày 20/7/2026"], None, "III.1.a",
     "Phòng Giáo dục phổ thông có trách nhiệm thẩm định phương án sáp nhập 05"),
    ("Phòng Tổ chức cán bộ", ["UBND xã"], None, ["trước khi bắt đầu năm học mới"], None, "III.1.b",
     "Phòng Tổ chức cán bộ phối hợp với UBND xã rà soát, đề xuất"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-09-30", ["trong quý III/2026"], None, "III.1.c",
     "Bố trí kinh phí mua sắm bàn ghế, thiết bị dạy học tối thiểu cho"),
    ("Chủ tịch UBND xã", [], "2026-08-15", ["trước ngày 15/8/2026"], None, "III.2.a",
     "Chủ tịch UBND xã chỉ đạo công chức văn hóa - xã hội phối hợp"),
    ("Phòng Văn hóa - Xã hội xã", ["Công an xã", "các thôn: Bản Cọ, Khau Đu, Đồng Đau"], None, ["thường xuyên"], None,
     "III.2.b", "Giao Phòng Văn hóa - Xã hội xã chủ trì, phối hợp với Công"),
    ("Phòng Kinh tế xã", [], "2026-08", ["trong tháng 8 năm 2026"], None, "III.2.c",
     "Bàn giao mặt bằng xây dựng 04 phòng học bán trú tại điểm trường"),
    ("Phòng Giáo dục phổ thông", [], None, ["Định kỳ hằng quý"], "quarterly", "III.3", A93),
    ("UBND xã Phú Đình", [], None, ["Định kỳ hằng quý"], "quarterly", "III.3", A93),
], doc_type="BIÊN BẢN")

# 10 ------------ ward briefing PDF: 5-column task table over two pages, heading row repeated (pdf)
F10 = "ae-tb-ubnd-phuong-baoloc-giaoban-t7-bang-hai-trang.pdf"
KT, VH, VPP = "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường"
doc(F10, "pdf-ward-chairman-giao-ban-5-column-task-table-over-two-pages-heading-repeated-de-nghi-in-chu-tri-cell-unit-after-work-in-content-yearless-weekly-with-day-event-date-days-from-signing-tm-kt-three-line-signature",
    "208/TB-UBND", "2026-08-05", "UBND phường Bảo Lộc", "Nguyễn Thị Tố Uyên",
    "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (KT, ["Đội Quản lý thị trường số 7", "các tổ dân phố"], "2026-08-20", ["Trước 20/8"], None, "II.1",
     "Rà soát, lập danh sách hộ kinh doanh cà phê, chè chưa đăng"),
    (KT, ["Công an phường", VPP], "2026-08", ["Trong tháng 8/2026"], None, "II.2",
     "Tổ chức cưỡng chế tháo dỡ 06 công trình xây dựng trái phép trên"),
    ("Chi nhánh Văn phòng Đăng ký đất đai Bảo Lộc", [KT], "2026-09-30", ["Quý III/2026"], None, "II.3",
     "Hoàn thiện, trả kết quả cấp Giấy chứng nhận quyền sử dụng đất lần"),
    ("Công an phường", [VH], None, ["Hằng tuần (thứ Năm)"], "weekly", "II.4",
     "Kiểm tra an toàn phòng cháy, chữa cháy đối với nhà trọ, cơ sở"),
    ("Các trường mầm non, tiểu học, trung học cơ sở", ["Công an phường", VH], "2026-09-05", ["Ngày 05/9/2026"], None,
     "II.5", "Tổ chức Lễ khai giảng năm học 2026 - 2027 trang trọng, tiết kiệm"),
    ("Công an phường", ["Các tổ dân phố"], "2026-08-31", ["Trước 31/8/2026"], None, "II.6",
     "Rà soát, chuẩn hóa dữ liệu dân cư; hoàn thành cấp tài khoản định danh"),
    (VH, ["Bưu điện phường Bảo Lộc"], None, ["Trước ngày 10 hằng tháng"], "monthly", "II.7",
     "Chi trả trợ cấp xã hội hằng tháng qua tài khoản ngân hàng cho"),
    (KT, ["Các tổ dân phố"], "2026-08-15", ["Trong 10 ngày kể từ ngày ký Thông báo"], None, "II.8",
     "Nạo vét hệ thống cống thoát nước tại các điểm thường xuyên ngập cục"),
    ("Ủy ban MTTQ Việt Nam phường", ["Các tổ dân phố có tuyến đường đi qua"], None, ["Thường xuyên"], None, "II.9",
     "Tuyên truyền, vận động Nhân dân hiến đất, tài sản trên đất để"),
    (VH, [VPP, KT], "2026-08-25", ["Trước ngày 25/8/2026"], None, "II.10",
     "Xây dựng phương án tổ chức Lễ hội Trà, Tơ lụa Bảo Lộc năm"),
    (KT, ["Thuế cơ sở 3 tỉnh Lâm Đồng"], "2026-09-30", ["Đến 30/9/2026"], None, "II.11",
     "Tập trung thu nợ đọng thuế sử dụng đất phi nông nghiệp, tiền thuê"),
    (VPP, ["Các phòng, đơn vị"], "2026-08", ["Giao ban tháng 8/2026"], None, "II.12",
     "Theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp, báo cáo"),
])


# ------------------------------------------------------------------------------------------------------ questions
q("Theo Thông báo 152/TB-TTCP, Vụ Kế hoạch - Tổng hợp phải trình Định hướng chương trình thanh tra năm 2027 trước ngày nào?",
  F1, ["15/10/2026"], ["vi", "deadline"])
q("Which of the Government Inspectorate's regional departments must settle the 14 long-running mass complaints in the Central Highlands, and by when?",
  F1, ["Cục II", "quý III/2026"], ["en", "who", "deadline"])
q("Cuc Phong, chong tham nhung, tieu cuc phai phoi hop voi nhung don vi nao de xay dung Bao cao cong tac phong, chong tham nhung nam 2026?",
  F1, ["Vụ Kế hoạch - Tổng hợp", "Văn phòng Thanh tra Chính phủ"], ["vi-noaccent", "coordinators"])
q("Who signed the Government Inspectorate's notice on its mid-year review conference, and who chaired the conference?",
  F1, ["Mẫn Quang Hưởng", "Đồng Văn Thức"], ["en", "signer", "chair"])
q("Ở Sơn La, đơn vị nào chủ trì tổ chức Tuần lễ nhãn và nông sản Sơn La tại Hà Nội và thực hiện vào thời gian nào?",
  F2, ["Sở Công Thương", "Tháng 7/2026"], ["vi", "who-leads", "deadline"])
q("In Sơn La, the chairmen of which communes must guide farmers to keep production diaries, and on what day do they report?",
  F2, ["Yên Châu", "Mai Sơn", "Sông Mã", "Chiềng Khương", "thứ Sáu"], ["en", "list", "recurring"])
q("San luong xoai cua tinh Son La nam 2026 uoc dat bao nhieu tan?",
  F2, ["135.000 tấn"], ["vi-noaccent", "figure"])
q("Theo kết luận về tiêu thụ xoài, nhãn của tỉnh Sơn La, Sở Tài chính phải bố trí kinh phí hỗ trợ xúc tiến thương mại trong thời hạn nào?",
  F2, ["Quý III/2026"], ["vi", "deadline"])
q("Ban Thường vụ Tỉnh ủy Gia Lai đề nghị cơ quan nào lãnh đạo, chỉ đạo việc điều chỉnh Quy hoạch chung Khu kinh tế cửa khẩu quốc tế Lệ Thanh?",
  F3, ["Đảng ủy Ủy ban nhân dân tỉnh"], ["vi", "who"])
q("By when must Ia Dom commune hand over the land for the Lệ Thanh border-gate ring road, and which force does it work with?",
  F3, ["30/6", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["en", "deadline", "coordinators"])
q("Kim ngach xuat nhap khau qua cua khau quoc te Le Thanh nam 2025 dat bao nhieu?",
  F3, ["412 triệu USD"], ["vi-noaccent", "figure"])
q("Đảng ủy các xã nào ở Gia Lai phải xây dựng nghị quyết chuyên đề về phát triển kinh tế biên giới, hạn hoàn thành khi nào?",
  F3, ["Ia Dom", "Ia Nan", "Ia O", "Ia Chia", "tháng 5/2026"], ["vi", "list", "deadline"])
q("Bệnh viện Phổi Hà Tĩnh giao khoa nào cập nhật quy trình phân loại, xử lý chất thải y tế lây nhiễm và hạn hoàn thành là ngày nào?",
  F4, ["KSNK", "25/7/2026"], ["vi", "who", "deadline"])
q("How long does the Hà Tĩnh lung hospital's administration department have to repair the wastewater treatment system?",
  F4, ["10 ngày"], ["en", "deadline"])
q("Ai chu tri buoi giao ban chuyen mon thang 6/2026 cua Benh vien Phoi Ha Tinh?",
  F4, ["Nguyễn Hữu Lam"], ["vi-noaccent", "chair"])
q("Trường Đại học Đà Lạt giao đơn vị nào chủ trì rà soát chỉ tiêu, tổ hợp xét tuyển và phải công bố trước ngày nào?",
  F5, ["Phòng Đào tạo", "30/6/2026"], ["vi", "who-leads", "deadline"])
q("Which faculties of Da Lat University must draft a scholarship plan to attract applicants to basic-science majors, and by when?",
  F5, ["Toán - Tin học", "Vật lý và Kỹ thuật hạt nhân", "Hóa học và Môi trường", "10/7"], ["en", "list", "deadline"])
q("Phong Quan tri - Thiet bi Truong Dai hoc Da Lat phai sua xong he thong phong chay, chua chay Khu ky tuc xa A truoc khi nao?",
  F5, ["24/8/2026"], ["vi-noaccent", "deadline"])
q("Theo Thông báo 1124/TB-ĐHĐL, Phòng Tổ chức - Hành chính phải báo cáo Hiệu trưởng vào thời điểm nào?",
  F5, ["16 giờ 00 thứ Sáu hằng tuần"], ["vi", "recurring"])
q("Bắc Ninh yêu cầu các xã, phường ra quân nạo vét kênh mương nội đồng, cống rãnh khu dân cư xong trước ngày nào?",
  F6, ["05/6"], ["vi", "deadline"])
q("Which body must send Bắc Ninh's localities heavy-rain forecast bulletins during the 2026 rainy season, and how often?",
  F6, ["Đài Khí tượng thủy văn tỉnh", "02 lần/ngày"], ["en", "who", "recurring"])
q("Thong bao ket luan ve phong, chong ung ngap mua mua nam 2026 cua tinh Bac Ninh la so bao nhieu, ban hanh ngay nao?",
  F6, ["1402/TB-VPUBND", "20/5/2026"], ["vi-noaccent", "number", "issue-date"])
q("Which wards does Bắc Ninh's construction department work with to identify urban flooding black spots?",
  F6, ["Kinh Bắc", "Võ Cường", "Từ Sơn", "Bắc Giang"], ["en", "coordinators", "list"])
q("Sở Du lịch Quảng Ninh yêu cầu Phòng Quản lý lữ hành hoàn thành đợt kiểm tra cao điểm tàu du lịch lưu trú đêm trước ngày nào?",
  F7, ["30/6"], ["vi", "deadline"])
q("To Ho tro du khach o Quang Ninh gui ket qua xu ly phan anh cua du khach ve Van phong So vao ngay nao?",
  F7, ["25 hằng tháng"], ["vi-noaccent", "recurring"])
q("Thông báo kết luận giao ban tháng 5/2026 của Sở Du lịch Quảng Ninh do ai ký?",
  F7, ["Vũ Thị Thanh Hương"], ["vi", "signer"])
q("Chi cục Kiểm lâm Quảng Trị yêu cầu các Hạt Kiểm lâm khu vực nào xác minh điểm biến động rừng và báo cáo trước ngày nào?",
  F8, ["Hướng Hóa", "Đakrông", "Gio Linh", "31/7"], ["vi", "list", "deadline"])
q("Until when must Quảng Trị's regional forest protection units keep round-the-clock fire duty in 2026?",
  F8, ["30/9/2026"], ["en", "deadline"])
q("Doi KLCD phai truy quet khai thac go trai phep o khu vuc nao va thoi han la khi nao?",
  F8, ["Đakrông", "Tà Rụt", "quý III/2026"], ["vi-noaccent", "what", "deadline"])
q("By what time must the Hướng Hóa ranger stations send their forest-change figures to their ranger unit?",
  F8, ["16h ngày 22/7"], ["en", "deadline"])
q("Theo biên bản làm việc giữa Sở GD&ĐT Thái Nguyên và xã Phú Đình, đơn vị nào chủ trì bố trí kinh phí mua bàn ghế, thiết bị dạy học lớp 1, lớp 6 và hạn khi nào?",
  F9, ["Phòng Kế hoạch - Tài chính", "quý III/2026"], ["vi", "who-leads", "deadline"])
q("Who chaired the working session between Thái Nguyên's education department and Phú Đình commune, and who was its secretary?",
  F9, ["Nông Thị Mai Phương", "Đinh Thị Lụa"], ["en", "chair"])
q("UBND xa Phu Dinh phai ban giao mat bang xay 04 phong hoc ban tru tai diem truong Khau Du trong thoi han nao?",
  F9, ["tháng 8 năm 2026"], ["vi-noaccent", "deadline"])
q("Phường Bảo Lộc giao đơn vị nào nạo vét cống thoát nước tại các điểm ngập cục bộ và trong thời hạn bao lâu?",
  F10, ["Phòng Kinh tế, Hạ tầng và Đô thị", "10 ngày"], ["vi", "who", "deadline"])
q("On which day of the week does the Bảo Lộc ward police check fire safety at boarding houses and karaoke bars?",
  F10, ["thứ Năm"], ["en", "recurring"])
q("Phuong Bao Loc phai hoan thanh cap tai khoan dinh danh dien tu muc do 2 truoc ngay nao?",
  F10, ["31/8/2026"], ["vi-noaccent", "deadline"])
# unanswerable: no document says it, or the unit / place does not match
q("Theo Thông báo 152/TB-TTCP, Cục V phải hoàn thành thanh tra đất đai tại các khu công nghiệp tỉnh Hưng Yên trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("How much money per hectare does Sơn La give mango growers who obtain a planting-area code?",
  None, [], ["en", "amount", "unanswerable"])
q("Ban Thuong vu Tinh uy Kon Tum giao co quan nao giam sat quan ly dat dai trong Khu kinh te cua khau quoc te Bo Y?",
  None, [], ["vi-noaccent", "who", "unanswerable"])
q("What did the Hà Tĩnh lung hospital ask its paediatrics department to do in July 2026?",
  None, [], ["en", "what", "unanswerable"])
q("Trường Đại học Đà Lạt giao Khoa Ngữ văn và Lịch sử nhiệm vụ gì trong tháng 7/2026?",
  None, [], ["vi", "what", "unanswerable"])
q("Le hoi Tra, To lua Bao Loc nam 2026 duoc to chuc vao ngay nao?",
  None, [], ["vi-noaccent", "date", "unanswerable"])
q("By when must Quảng Ninh's tourism department submit the budget for the 2026 Hạ Long Carnaval?",
  None, [], ["en", "deadline", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
