"""Gold and questions for batch ag (all split dev), written by hand from the document text alone.
Writes gold/ag.jsonl and questions/ag.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/ag-src/gold_ag.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("ag")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------- provincial portal article: tasks inside long prose paragraphs, no numbering (html)
F1 = "ag-portal-thainguyen-du-lich-ho-babe-doan-van-nhieu-don-vi.html"
A18 = "đề nghị Ủy ban MTTQ Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh vận"
doc(F1, "html-provincial-portal-article-sapo-number-date-issuer-chair-quote-not-task-prose-paragraphs-two-or-three-units-each-passive-duoc-giao-directed-units-comma-joined-de-nghi-no-signer",
    "847/TB-VPUB", "2026-04-13", "Văn phòng UBND tỉnh Thái Nguyên", None, None, [
    ("Sở Văn hóa, Thể thao và Du lịch", ["Ban Quản lý Vườn quốc gia Ba Bể", "UBND xã Ba Bể"], "2026-06-30",
     ["trước ngày 30/6/2026"], None, "", "giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với"),
    ("Sở Nông nghiệp và Môi trường", [], "2026-09-30", ["trong quý III/2026"], None, "",
     "Sở Nông nghiệp và Môi trường khẩn trương hoàn thành việc cắm mốc hành lang"),
    ("Sở Xây dựng", [], "2026-05", ["trong tháng 5/2026"], None, "",
     "Sở Xây dựng được giao rà soát, đề xuất phương án nâng cấp tuyến"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", ["UBND các xã: Ba Bể, Chợ Rã, Phúc Lộc"],
     "2026-08-31", ["trước ngày 31/8/2026"], None, "",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
    ("UBND xã Ba Bể", [], None, ["trước ngày 15 hằng tháng"], "monthly", "",
     "yêu cầu UBND xã Ba Bể kiên quyết xử lý các công trình xây dựng"),
    ("Công an tỉnh", [], "2026-05-03", ["từ ngày 30/4 đến ngày 03/5/2026"], None, "",
     "Công an tỉnh chỉ đạo Phòng Cảnh sát giao thông và Công an xã"),
    ("Ban Quản lý Vườn quốc gia Ba Bể", [], "2026-06-30", ["trong quý II/2026"], None, "",
     "Ban Quản lý Vườn quốc gia Ba Bể rà soát, cập nhật quy chế quản lý"),
    ("Ủy ban MTTQ Việt Nam tỉnh", [], None, [], None, "", A18),
    ("Hội Liên hiệp Phụ nữ tỉnh", [], None, [], None, "", A18),
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", ["Báo và Phát thanh, Truyền hình Thái Nguyên"], None,
     ["định kỳ hằng tháng"], "monthly", "", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh phối hợp với"),
    ("Văn phòng UBND tỉnh", [], "2026-07", ["tại phiên họp thường kỳ tháng 7/2026"], None, "",
     "giao Văn phòng UBND tỉnh theo dõi, đôn đốc các đơn vị thực hiện,"),
])

# 2 ------------- biên bản thỏa thuận phối hợp: Bên A (national park) / Bên B (commune), each party's duties (docx)
F2 = "ag-bb-thoathuan-vqg-konkakinh-xa-konchieng-ben-a-ben-b.docx"
VQG, XKC, HKL = "Vườn quốc gia Kon Ka Kinh", "Ủy ban nhân dân xã Kon Chiêng", "Hạt Kiểm lâm Vườn quốc gia"
A23 = "Hai bên duy trì giao ban định kỳ hằng quý vào tuần đầu"
D23 = ["định kỳ hằng quý vào tuần đầu tiên của tháng đầu quý", "trước ngày 15/6/2026"]
doc(F2, "docx-bien-ban-thoa-thuan-phoi-hop-ben-a-ben-b-full-names-in-brackets-trach-nhiem-cua-ben-headings-letter-points-sub-units-with-own-subject-hai-ben-joint-two-column-signatures-thu-ky-below",
    "19/BB-VQGKKK", "2026-01-16", VQG, "Lê Trọng Kiên", "ĐẠI DIỆN BÊN A / GIÁM ĐỐC", [
    (VQG, [XKC], "2026-01-31", ["trước ngày 31/01/2026"], None, "III.1.a",
     "Chủ trì, phối hợp với Bên B xây dựng phương án phòng cháy, chữa"),
    (HKL, [], "2026-04-30", ["từ ngày 01/3/2026 đến ngày 30/4/2026"], None, "III.1.b",
     "Giao Hạt Kiểm lâm Vườn quốc gia bố trí lực lượng trực 24/24 giờ"),
    (VQG, [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ", "trước ngày 15/3/2026"], None, "III.1.c",
     "Chi trả tiền khoán bảo vệ rừng năm 2025 cho các hộ nhận"),
    ("Phòng Khoa học và Hợp tác quốc tế", ["các trường học trên địa bàn xã"], None,
     ["trong học kỳ II năm học 2025 - 2026"], None, "III.1.d",
     "Phòng Khoa học và Hợp tác quốc tế phối hợp với các trường học"),
    (XKC, [], None, ["vào thứ Bảy hằng tuần"], "weekly", "III.2.a",
     "Chỉ đạo Ban Chỉ huy Quân sự xã bố trí 01 tiểu đội dân"),
    ("Công an xã Kon Chiêng", [HKL], None, ["trong vòng 07 ngày kể từ ngày phát hiện vụ việc"], None, "III.2.b",
     "Công an xã Kon Chiêng chủ trì, phối hợp với Hạt Kiểm lâm Vườn"),
    ("Phòng Kinh tế xã", [], "2026-02-10", ["trước 10/02"], None, "III.2.c",
     "Giao Phòng Kinh tế xã rà soát, lập danh sách các hộ canh tác"),
    (XKC, [], "2026-04-15", ["từ ngày 15/3 đến ngày 15/4/2026"], None, "III.2.d",
     "Vận động Nhân dân các làng: Đăk Trôk, Kon Sơ Lăl, Đê Kjiêng"),
    (VQG, [], "2026-06-15", D23, "quarterly", "III.3", A23),
    (XKC, [], "2026-06-15", D23, "quarterly", "III.3", A23),
], doc_type="BIÊN BẢN")

# 3 ------------------ Văn phòng UBND tỉnh: "Đồng chí Chủ tịch yêu cầu ..." paragraphs, HĐND-session deadlines (pdf)
F3 = "ag-tb-vpub-vinhlong-dong-chi-chu-tich-yeu-cau-ky-hop-hdnd.pdf"
A32 = "Sở Xây dựng và Sở Nông nghiệp và Môi trường đôn đốc các chủ"
A36 = "yêu cầu Sở Tài chính, Sở Nội vụ và Sở Tư pháp khẩn trương"
D36 = ["chậm nhất 20 ngày trước ngày khai mạc kỳ họp"]
doc(F3, "pdf-provincial-office-chairman-conclusions-unnumbered-paragraphs-opening-bold-dong-chi-chu-tich-yeu-cau-two-or-three-units-per-paragraph-rieng-clause-deadlines-relative-to-hdnd-session-date-in-intro-tet-dinh-mui",
    "1214/TB-VPUBND", "2026-10-22", "Văn phòng UBND tỉnh Vĩnh Long", "Kim Thị Sóc Khanh",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    ("Sở Tài chính", ["Kho bạc Nhà nước khu vực XIX"], "2026-11-05", ["trước ngày 05/11/2026"], None, "2",
     "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIX"),
    ("Sở Xây dựng", [], "2027-01-31", ["trước ngày 31/01/2027"], None, "2", A32),
    ("Sở Nông nghiệp và Môi trường", [], "2027-01-31", ["trước ngày 31/01/2027"], None, "2", A32),
    ("Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh", [], "2027-02-05",
     ["trước Tết Nguyên đán Đinh Mùi"], None, "2", "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"),
    ("UBND các xã: Long Hồ, Phú Quới, Cái Nhum", [], "2026-11-15", ["chậm nhất ngày 15/11/2026"], None, "2",
     "UBND các xã: Long Hồ, Phú Quới, Cái Nhum hoàn thành bàn giao"),
    ("Sở Tài chính", [], "2026-11-18", D36, None, "2", A36),
    ("Sở Nội vụ", [], "2026-11-18", D36, None, "2", A36),
    ("Sở Tư pháp", [], "2026-11-18", D36, None, "2", A36),
    ("Sở Tư pháp", [], None, ["trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ"], None, "2",
     "riêng Sở Tư pháp thẩm định các dự thảo nghị quyết quy phạm pháp luật"),
    ("Ban Kinh tế - Ngân sách HĐND tỉnh", [], "2026-12-08", ["trước kỳ họp HĐND tỉnh cuối năm"], None, "2",
     "Ban Kinh tế - Ngân sách HĐND tỉnh quan tâm, sớm tổ chức thẩm tra"),
    ("Văn phòng UBND tỉnh", ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"], "2026-11-28",
     ["trước ngày khai mạc kỳ họp ít nhất 10 ngày"], None, "2",
     "giao Văn phòng UBND tỉnh phối hợp với Văn phòng Đoàn ĐBQH và HĐND"),
    ("Sở Tài chính", [], None, ["vào ngày 25 hằng tháng"], "monthly", "2",
     "Sở Tài chính tổng hợp tình hình giải ngân của từng chủ đầu tư,"),
])

# 4 ----------------- regional customs office (Chi cục Hải quan khu vực): topic headings, dash paragraphs (docx)
F4 = "ag-tb-hqkv8-laocai-so-ket-9-thang-ve-chu-de-doan-van.docx"
KT = "Hải quan cửa khẩu đường bộ quốc tế số II Kim Thành"
A41 = "Hải quan cửa khẩu quốc tế Lào Cai và Hải quan cửa khẩu"
D41 = ["trước ngày 15/12/2026", "vào ngày 31/12/2026"]
A49 = "Các Hải quan cửa khẩu và các Đội thuộc Chi cục báo cáo kết"
doc(F4, "docx-regional-customs-office-chief-conclusions-bold-ve-topic-headings-dash-paragraphs-unit-names-with-verbs-and-comma-joint-border-gates-relative-to-go-live-date-in-brackets-peak-window-across-tet",
    "648/TB-HQKV8", "2026-10-09", "Chi cục Hải quan khu vực VIII", "Vương Thị Hồng Lê",
    "KT. CHI CỤC TRƯỞNG / PHÓ CHI CỤC TRƯỞNG", [
    ("Hải quan cửa khẩu quốc tế Lào Cai", [], "2026-12-15", D41, None, "II.1", A41),
    (KT, [], "2026-12-15", D41, None, "II.1", A41),
    ("Đội Nghiệp vụ", ["Đội Tổng hợp"], "2026-11-30", ["trước 30/11"], None, "II.1",
     "Đội Nghiệp vụ chủ trì, phối hợp với Đội Tổng hợp rà soát, phân"),
    ("Đội Tổng hợp", ["Đồn Biên phòng cửa khẩu quốc tế Lào Cai", "Ban Quản lý Khu kinh tế tỉnh"], "2026-11-21",
     ["chậm nhất 10 ngày trước khi vận hành chính thức (dự kiến ngày 01/12/2026)"], None, "II.2",
     "giao Đội Tổng hợp làm đầu mối, phối hợp với Đồn Biên phòng"),
    (KT, [], None, ["trước 16 giờ hằng ngày"], "daily", "II.2",
     "Trong thời gian chạy thử, Hải quan cửa khẩu đường bộ quốc tế số"),
    ("Đội Kiểm soát hải quan",
     ["Phòng Cảnh sát kinh tế Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Chi cục Quản lý thị trường tỉnh"],
     "2027-02-15", ["từ ngày 15/11/2026 đến hết ngày 15/02/2027"], None, "II.3",
     "Đội Kiểm soát hải quan phối hợp với Phòng Cảnh sát kinh tế Công"),
    ("Đội Kiểm soát phòng, chống ma túy", [], "2026-10-20", ["trước ngày 20/10/2026"], None, "II.3",
     "Đội Kiểm soát phòng, chống ma túy xây dựng kế hoạch kiểm soát tiền"),
    ("Đội Kiểm tra sau thông quan", [], "2026-12-31", ["trong quý IV/2026", "trước ngày 10/01/2027"], None, "II.3",
     "Đội Kiểm tra sau thông quan tiến hành kiểm tra tại trụ sở người"),
    ("Công đoàn Chi cục", ["Chi đoàn Thanh niên Chi cục"], "2026-12", ["trong tháng 12/2026"], None, "II.4",
     "Đề nghị Công đoàn Chi cục phối hợp với Chi đoàn Thanh niên Chi"),
    ("Các Hải quan cửa khẩu", [], None, ["trước ngày 20 hằng tháng"], "monthly", "II.4", A49),
    ("các Đội thuộc Chi cục", [], None, ["trước ngày 20 hằng tháng"], "monthly", "II.4", A49),
])

# 5 ------------------ provincial police: phòng names full of verbs, an event-relative deadline, a listed group (pdf)
F5 = "ag-tb-cat-caobang-giaoban-t9-ten-phong-dong-tu-giai-chay.pdf"
QLHC = "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"
A59 = "Công an phường Thục Phán, Công an phường Nùng Trí Cao chủ trì"
doc(F5, "pdf-provincial-police-director-conclusions-numbered-items-phong-names-containing-verbs-and-va-unit-colon-item-cac-don-vi-list-group-deadline-relative-to-race-date-in-brackets-comma-joined-ward-police",
    "1327/TB-CAT-PTM", "2026-10-06", "Công an tỉnh Cao Bằng", "Bế Thanh Lịch", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Phòng Cảnh sát điều tra tội phạm về ma túy", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an các xã biên giới"],
     "2026-12-10", ["từ ngày 10/10/2026 đến ngày 10/12/2026"], None, "II.1",
     "Phòng Cảnh sát điều tra tội phạm về ma túy chủ trì, phối hợp"),
    (QLHC, [], "2026-10-31", ["trước ngày 31/10/2026", "trước ngày 30/11/2026"], None, "II.2",
     "Phòng Cảnh sát quản lý hành chính về trật tự xã hội: hoàn thành"),
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
     ["UBND các phường: Thục Phán, Nùng Trí Cao, Tân Giang"], "2026-11", ["trong tháng 11/2026"], None, "II.3",
     "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ phối hợp"),
    ("Phòng Cảnh sát giao thông", [], "2026-10-29", ["chậm nhất 10 ngày trước ngày tổ chức Giải"], None, "II.4",
     "Phòng Cảnh sát giao thông xây dựng phương án bảo đảm an ninh, trật"),
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", [], None,
     ["vào chiều thứ Sáu hằng tuần"], "weekly", "II.5",
     "Giao Phòng An ninh mạng và phòng, chống tội phạm sử dụng công"),
    ("Các đơn vị: Phòng Tham mưu, Phòng Tổ chức cán bộ, Phòng Hậu cần", [], "2026-12-10",
     ["chậm nhất ngày 10/12/2026"], None, "II.6",
     "Các đơn vị: Phòng Tham mưu, Phòng Tổ chức cán bộ, Phòng Hậu cần"),
    ("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc", ["Ủy ban MTTQ Việt Nam tỉnh"], "2026-12-31",
     ["trong quý IV/2026"], None, "II.7", "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc phối hợp với"),
    ("Công an các xã, phường", [], None, ["trước ngày 22 hằng tháng"], "monthly", "II.8",
     "Công an các xã, phường rà soát, quản lý chặt chẽ người nước ngoài"),
    ("Công an phường Thục Phán", [], "2026-11-01", ["trước ngày 01/11/2026"], None, "II.9", A59),
    ("Công an phường Nùng Trí Cao", [], "2026-11-01", ["trước ngày 01/11/2026"], None, "II.9", A59),
    ("Phòng Tham mưu", [], "2026-10", ["tại Hội nghị giao ban tháng 10/2026"], None, "II.10",
     "Giao Phòng Tham mưu theo dõi, đôn đốc việc thực hiện Thông báo này,"),
])

# 6 ----------------------- veterans' association (Hội CCB tỉnh) notice as a Hugo page with YAML front matter (md)
F6 = "ag-tb-hoiccb-langson-quy3-hugo-front-matter.md"
VPH, TCKT = "Văn phòng Hội", "Ban Tổ chức - Kiểm tra"
doc(F6, "md-hugo-content-page-yaml-front-matter-date-not-issue-date-figure-and-pdf-shortcodes-prose-paragraphs-several-units-each-anniversary-relative-deadline-umbrella-yeu-cau-van-phong-with-dashes-signature-in-div",
    "113/TB-CCB", "2026-09-30", "Hội Cựu chiến binh tỉnh Lạng Sơn", "Lương Văn Sầm", "T/M BAN THƯỜNG VỤ / CHỦ TỊCH", [
    (TCKT, [VPH], "2026-11-30", ["trước ngày 30/11/2026"], None, "2",
     "giao Ban Tổ chức - Kiểm tra chủ trì, phối hợp với Văn phòng Hội"),
    ("Ban Tuyên huấn - Chính sách", [], "2026-11-26",
     ["chậm nhất 10 ngày trước Lễ kỷ niệm 37 năm Ngày thành lập Hội Cựu chiến binh Việt Nam"], None, "2",
     "Ban Tuyên huấn - Chính sách tổng hợp, đề xuất khen thưởng các tập thể"),
    ("Ban Kinh tế", ["Ngân hàng Chính sách xã hội chi nhánh tỉnh Lạng Sơn"], "2026-12-31", ["trong quý IV/2026"], None,
     "2", "Ban Kinh tế phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh"),
    ("Câu lạc bộ Doanh nhân Cựu chiến binh tỉnh", [], "2026-12-15", ["trước 15/12"], None, "2",
     "Đề nghị Câu lạc bộ Doanh nhân Cựu chiến binh tỉnh tạo việc làm"),
    ("Hội CCB các xã biên giới: Đồng Đăng, Tân Thanh, Na Sầm", ["các Đồn Biên phòng trên địa bàn"], None,
     ["02 lần mỗi tháng"], "monthly", "2", "Hội CCB các xã biên giới: Đồng Đăng, Tân Thanh, Na Sầm phối hợp"),
    ("Hội CCB phường Tam Thanh", [], "2026", ["trong năm 2026"], None, "2",
     "Hội CCB phường Tam Thanh nhân rộng mô hình “Camera an ninh - Cựu"),
    (VPH, [], "2026-12-13", ["chậm nhất 05 ngày trước ngày họp (dự kiến ngày 18/12/2026)"], None, "2",
     "Chuẩn bị nội dung, tài liệu Hội nghị Ban Chấp hành Hội CCB tỉnh"),
    (VPH, [TCKT], "2026-10-20", ["trước ngày 20/10/2026"], None, "2",
     "Phối hợp với Ban Tổ chức - Kiểm tra thẩm định hồ sơ đề nghị"),
    ("Hội CCB các xã, phường", [], "2026-12-15",
     ["trước ngày 15/12/2026", "trong vòng 24 giờ khi có vụ việc phức tạp"], None, "2",
     "Hội CCB các xã, phường gửi báo cáo kết quả hoạt động quý IV"),
])

# 7 -------------- state rubber company notice, Tesseract OCR of a scan: hard lines, form feed, page numbers (txt)
F7 = "ag-tb-caosu-dongnai-giaoban-t10-ocr-tesseract-ngat-trang.txt"
A73 = "Xí nghiệp Chế biến Xuân Lập và Xí nghiệp Cơ khí Chế biến bảo"
D73 = ["trước ngày 25/12/2026", "trước ngày 15/01/2027"]
doc(F7, "txt-tesseract-ocr-of-scanned-company-notice-header-columns-merged-hard-line-breaks-form-feed-between-pages-page-number-lines-ocr-slips-outside-gold-numbered-items-elided-farm-list-undated-relative-term",
    "2206/TB-CSĐN", "2026-11-05", "Tổng công ty Cao su Đồng Nai", "Huỳnh Công Thiện",
    "KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC", [
    ("Phòng Kỹ thuật Nông nghiệp", [], "2026-11-20", ["trước ngày 20/11/2026", "trong tháng 12/2026"], None, "II.1",
     "Phòng Kỹ thuật Nông nghiệp hướng dẫn các nông trường xây dựng phương án"),
    ("Các nông trường: Cẩm Mỹ, An Lộc, Long Thành, Hàng Gòn", ["UBND các xã có vườn cây"], None,
     ["chậm nhất 15 ngày trước khi bắt đầu nghỉ cạo"], None, "II.2",
     "Các nông trường: Cẩm Mỹ, An Lộc, Long Thành, Hàng Gòn xây dựng"),
    ("Xí nghiệp Chế biến Xuân Lập", [], "2026-12-25", D73, None, "II.3", A73),
    ("Xí nghiệp Cơ khí Chế biến", [], "2026-12-25", D73, None, "II.3", A73),
    ("Phòng Kế hoạch - Đầu tư", ["Phòng Tài chính - Kế toán"], "2026-12-10", ["trước ngày 10/12/2026"], None, "II.4",
     "Phòng Kế hoạch - Đầu tư chủ trì, phối hợp với Phòng Tài chính"),
    ("Phòng Tổ chức - Lao động - Tiền lương", ["Công đoàn Tổng công ty"], "2027-01-25", ["trước ngày 25/01/2027"],
     None, "II.5", "Phòng Tổ chức - Lao động - Tiền lương phối hợp với Công đoàn"),
    ("Phòng Kinh doanh", [], None, ["vào thứ Hai hằng tuần"], "weekly", "II.6",
     "Giao Phòng Kinh doanh đẩy mạnh ký hợp đồng bán hàng quý I/2027,"),
    ("Bệnh viện Đa khoa Cao su Đồng Nai", [], "2026-12-31", ["trong quý IV/2026"], None, "II.7",
     "Đề nghị Bệnh viện Đa khoa Cao su Đồng Nai tổ chức khám sức khỏe"),
    ("Phòng Thanh tra - Bảo vệ - Quân sự", ["Công an các xã: Xuân Đường, Cẩm Mỹ, Sông Ray"], None, ["thường xuyên"],
     None, "II.8", "Phòng Thanh tra - Bảo vệ - Quân sự thường xuyên tăng cường tuần tra,"),
    ("Văn phòng Tổng công ty", [], "2026-11", ["tại Hội nghị giao ban tháng 11/2026"], None, "II.9",
     "Văn phòng Tổng công ty theo dõi, đôn đốc, tổng hợp kết quả thực hiện,"),
])

# 8 -------------- university: enrolment and opening dates in the intro, deadlines relative to those events (docx)
F8 = "ag-tb-dhdongthap-nhap-hoc-khai-giang-truoc-khi.docx"
A84 = "Phòng Quản trị - Thiết bị và Trung tâm Dịch vụ và Hỗ"
A86 = "Đề nghị Đoàn Thanh niên, Hội Sinh viên Trường thành lập các đội"
doc(F8, "docx-university-rector-conclusions-event-dates-in-intro-deadlines-n-days-before-enrolment-and-opening-truoc-khi-nhap-hoc-days-after-end-of-enrolment-joint-unit-names-with-va-comma-joined-youth-bodies",
    "1479/TB-ĐHĐT", "2026-07-28", "Trường Đại học Đồng Tháp", "Đoàn Thị Mộng Cầm", "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", [
    ("Trung tâm Tuyển sinh và Truyền thông", ["Phòng Đào tạo"], "2026-08-17",
     ["chậm nhất ngày 17/8/2026", "chậm nhất 05 ngày trước ngày nhập học"], None, "II.1",
     "Trung tâm Tuyển sinh và Truyền thông chủ trì, phối hợp với Phòng Đào tạo"),
    ("Phòng Công tác sinh viên", [], "2026-09-07", ["chậm nhất 05 ngày trước khi khai giảng"], None, "II.2",
     "Phòng Công tác sinh viên tổ chức “Tuần sinh hoạt công dân - sinh viên”"),
    ("Trung tâm Giáo dục quốc phòng và an ninh", ["Phòng Đào tạo"], "2026-08-24", ["trước ngày nhập học"], None,
     "II.3", "Trung tâm Giáo dục quốc phòng và an ninh phối hợp với Phòng Đào"),
    ("Phòng Quản trị - Thiết bị", [], "2026-08-24", ["trước khi sinh viên khóa mới nhập học"], None, "II.4", A84),
    ("Trung tâm Dịch vụ và Hỗ trợ sinh viên", [], "2026-08-24", ["trước khi sinh viên khóa mới nhập học"], None,
     "II.4", A84),
    ("Phòng Kế hoạch - Tài chính", ["Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Đồng Tháp"], "2026-08-05",
     ["trước ngày 05/8/2026"], None, "II.5", "Phòng Kế hoạch - Tài chính công khai mức học phí năm học 2026"),
    ("Đoàn Thanh niên", [], "2026-08-28", ["trong suốt thời gian nhập học tập trung"], None, "II.6", A86),
    ("Hội Sinh viên Trường", [], "2026-08-28", ["trong suốt thời gian nhập học tập trung"], None, "II.6", A86),
    ("Trạm Y tế", ["Trung tâm Y tế khu vực Cao Lãnh"], "2026-08-28",
     ["trong thời gian nhập học", "trước ngày 15/9/2026"], None, "II.7",
     "Trạm Y tế phối hợp với Trung tâm Y tế khu vực Cao Lãnh tổ"),
    ("Phòng Thanh tra - Pháp chế", [], "2026-09-27",
     ["trong vòng 30 ngày kể từ ngày kết thúc đợt nhập học tập trung"], None, "II.8",
     "Phòng Thanh tra - Pháp chế chủ trì hậu kiểm hồ sơ, văn bằng của"),
    ("Phòng Tổ chức - Hành chính", [], "2026-08", ["tại cuộc họp giao ban tháng 8/2026"], None, "II.9",
     "Giao Phòng Tổ chức - Hành chính xây dựng kịch bản, chuẩn bị hậu cần"),
])

# 9 ----------- village party cell (chi bộ bản) meeting minutes: persons by office, names in brackets, no number (pdf)
F9 = "ag-bb-chibo-ban-checan-muongphang-sinh-hoat-t8.pdf"
doc(F9, "pdf-bien-ban-sinh-hoat-chi-bo-ban-party-header-no-number-discussion-requests-not-tasks-conclusion-numbered-1-8-persons-by-office-with-names-in-brackets-mass-organisation-branches-school-start-date-in-brackets",
    None, "2026-08-05", "Chi bộ bản Che Căn", "Lò Văn Xôm", "T/M CHI BỘ / BÍ THƯ", [
    ("Trưởng bản", ["Ban Công tác Mặt trận bản"], "2026-08-20", ["trước ngày 20/8/2026"], None, "III.1",
     "Giao đồng chí Trưởng bản (đồng chí Lò Văn Inh) chủ trì, phối hợp"),
    ("Chi hội Phụ nữ bản", ["Chi đoàn Thanh niên bản"], None, ["vào sáng Chủ nhật hằng tuần"], "weekly", "III.2",
     "Chi hội Phụ nữ bản phối hợp với Chi đoàn Thanh niên bản ra quân"),
    ("Chi hội Nông dân bản", [], "2026-08-25", ["trước ngày 25/8/2026"], None, "III.3",
     "Chi hội Nông dân bản hướng dẫn các hộ chăm sóc lúa mùa, phòng"),
    ("Tổ bảo vệ an ninh, trật tự ở cơ sở", ["Công an xã Mường Phăng"], None, ["thường xuyên"], None, "III.4",
     "Tổ bảo vệ an ninh, trật tự ở cơ sở phối hợp với Công an"),
    ("Bí thư Chi đoàn", ["Trường Tiểu học và Trung học cơ sở Mường Phăng"], "2026-08-25",
     ["trước ngày tựu trường (ngày 25/8/2026)"], None, "III.5",
     "Đồng chí Bí thư Chi đoàn (đồng chí Lò Thị Xuân) phối hợp với"),
    ("chi ủy viên phụ trách công tác đảng viên", [], "2026-09", ["trước kỳ sinh hoạt chi bộ tháng 9/2026"], None,
     "III.6", "Đồng chí chi ủy viên phụ trách công tác đảng viên hoàn thiện hồ sơ"),
    ("chi ủy viên phụ trách tài chính", [], None, ["trước ngày 05 hằng tháng"], "monthly", "III.7",
     "Đồng chí chi ủy viên phụ trách tài chính thu, nộp đảng phí về"),
    ("Ban Công tác Mặt trận bản", [], "2026-10", ["trong tháng 10/2026"], None, "III.8",
     "Ban Công tác Mặt trận bản xây dựng kế hoạch tổ chức Ngày hội Đại"),
], doc_type="BIÊN BẢN")

# 10 --------- regional procuracy notice saved by Word as plain text: tab-separated tables, CRLF (txt)
F10 = "ag-tb-vkskv2-hatinh-giaoban-t10-word-txt-tab-crlf.txt"
P1 = "Bộ phận Thực hành quyền công tố và kiểm sát điều tra án hình sự"
THA = "Phòng Thi hành án dân sự khu vực 2 - Hà Tĩnh"
doc(F10, "txt-word-save-as-plain-text-crlf-header-and-signature-tables-as-tab-separated-rows-regional-procuracy-bo-phan-names-with-verbs-umbrella-dashes-name-ending-tong-hop-before-verb-tong-hop-de-nghi-court-and-enforcement-office",
    "121/TB-VKSKV2", "2026-11-04", "Viện kiểm sát nhân dân khu vực 2 - Hà Tĩnh", "Phan Đình Chương", "VIỆN TRƯỞNG", [
    (P1, [], "2026-11-30", ["trước ngày 30/11/2026"], None, "II.1",
     "Kiểm sát chặt chẽ 100% tin báo, tố giác tội phạm ngay từ khi"),
    (P1, ["Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh"], "2026-12", ["trong tháng 12/2026"], None, "II.1",
     "Phối hợp với Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh đẩy"),
    ("Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính", [], "2026-12-15", ["trước 15/12"], None, "II.2",
     "Bộ phận Kiểm sát giải quyết các vụ, việc dân sự, hành chính tham"),
    ("Các Kiểm sát viên được phân công giải quyết án kinh doanh, thương mại", [], None,
     ["chậm nhất 05 ngày làm việc trước ngày mở phiên tòa"], None, "II.3",
     "Các Kiểm sát viên được phân công giải quyết án kinh doanh, thương mại chủ"),
    ("Bộ phận Kiểm sát thi hành án và tạm giữ", [THA], "2026-11", ["trong tháng 11/2026", "trong tháng 12/2026"], None,
     "II.4", "Bộ phận Kiểm sát thi hành án và tạm giữ kiểm sát trực tiếp"),
    ("Tòa án nhân dân khu vực 2 - Hà Tĩnh", [], "2026-12", ["trong tháng 12/2026"], None, "II.5",
     "đề nghị Tòa án nhân dân khu vực 2 - Hà Tĩnh phối hợp"),
    (THA, [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.6",
     "Đề nghị Phòng Thi hành án dân sự khu vực 2 - Hà Tĩnh"),
    ("Bộ phận Văn phòng tổng hợp", [], "2026-11-20", ["trước ngày 03 hằng tháng", "trước 20/11"], "monthly", "II.7",
     "Bộ phận Văn phòng tổng hợp tổng hợp số liệu thống kê, gửi Viện"),
    ("Phó Viện trưởng", [], "2026-12", ["trong tháng 12/2026"], None, "II.8",
     "Giao đồng chí Phó Viện trưởng theo dõi, đôn đốc việc thực hiện Thông"),
])


# ---------------------------------------------------------------------------------------------------- questions
q("Theo Thông báo 847/TB-VPUB, Đề án phát triển du lịch cộng đồng vùng hồ Ba Bể do đơn vị nào chủ trì và phải trình UBND tỉnh trước ngày nào?",
  F1, ["Sở Văn hóa, Thể thao và Du lịch", "30/6/2026"], ["vi", "assignee", "deadline"])
q("Which communes must Thái Nguyên's provincial transport project board work with on site clearance for the ĐT.258 upgrade to Ba Bể lake, and by when must construction start?",
  F1, ["Ba Bể, Chợ Rã, Phúc Lộc", "31/8/2026"], ["en", "coordinator", "deadline"])
q("Cong an tinh Thai Nguyen phai kiem tra an toan thuyen cho khach tren ho Ba Be trong dot cao diem tu ngay nao den ngay nao?",
  F1, ["30/4", "03/5/2026"], ["vi-noaccent", "deadline"])
q("How much money did Thái Nguyên allocate in 2026 to upgrade the ĐT.258 road into the Ba Bể lake tourist area?",
  None, [], ["en", "fact", "unanswerable"])
q("Trong biên bản thỏa thuận giữa Vườn quốc gia Kon Ka Kinh và xã Kon Chiêng, Hạt Kiểm lâm Vườn quốc gia phải trực 24/24 giờ tại các chòi canh lửa trong khoảng thời gian nào?",
  F2, ["01/3/2026", "30/4/2026"], ["vi", "deadline"])
q("By when must Kon Chiêng commune's economic office send the list of households farming fields next to the national park, and to which party?",
  F2, ["10/02", "Kon Ka Kinh"], ["en", "deadline", "assignee"])
q("Ai ky bien ban thoa thuan phoi hop 19/BB-VQGKKK voi tu cach dai dien Ben A va ai ky dai dien Ben B?",
  F2, ["Lê Trọng Kiên", "Đinh Văn Bơn"], ["vi-noaccent", "metadata", "signer"])
q("Vườn quốc gia Kon Ka Kinh trả bao nhiêu đồng cho mỗi héc-ta rừng nhận khoán bảo vệ năm 2026?",
  None, [], ["vi", "fact", "unanswerable"])
q("Theo kết luận của Chủ tịch UBND tỉnh Vĩnh Long, Sở Tài chính, Sở Nội vụ và Sở Tư pháp phải gửi hồ sơ các dự thảo nghị quyết trình HĐND tỉnh về Văn phòng UBND tỉnh chậm nhất bao nhiêu ngày trước ngày khai mạc kỳ họp?",
  F3, ["20 ngày"], ["vi", "deadline"])
q("Which two departments must push investors so that Vĩnh Long disburses 100% of its 2026 public investment plan, and by what date?",
  F3, ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "31/01/2027"], ["en", "assignee", "deadline"])
q("UBND cac xa nao o Vinh Long phai ban giao phan mat bang con vuong cho chu dau tu cham nhat ngay 15/11/2026?",
  F3, ["Long Hồ", "Phú Quới", "Cái Nhum"], ["vi-noaccent", "assignee"])
q("What share of its 2026 public investment plan had Vĩnh Long disbursed by 15 October 2026, and when is the year-end HĐND session expected to open?",
  F3, ["61,4%", "08/12/2026"], ["en", "fact", "date"])
q("Chi cục Hải quan khu vực VIII giao đơn vị nào làm đầu mối vận hành thí điểm cửa khẩu số tại Kim Thành, và dự kiến vận hành chính thức vào ngày nào?",
  F4, ["Đội Tổng hợp", "01/12/2026"], ["vi", "assignee", "date"])
q("During which period will the Lào Cai customs control team run its peak campaign against smuggling, and with which border force?",
  F4, ["15/11/2026", "15/02/2027", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["en", "deadline", "coordinator"])
q("Doi Kiem soat phong, chong ma tuy phai trinh ke hoach kiem soat tien chat tai Ga duong sat quoc te Lao Cai truoc ngay nao?",
  F4, ["20/10/2026"], ["vi-noaccent", "deadline"])
q("How many tonnes of goods passed through the Bản Vược border gate in the first nine months of 2026?",
  None, [], ["en", "fact", "unanswerable"])
q("Đơn vị nào của Công an tỉnh Cao Bằng xây dựng phương án bảo đảm an toàn giao thông cho Giải chạy “Non nước Cao Bằng - Vượt ngàn thác”, và phải trình phê duyệt chậm nhất bao lâu trước ngày tổ chức?",
  F5, ["Phòng Cảnh sát giao thông", "10 ngày"], ["vi", "assignee", "deadline"])
q("What rate of level-2 electronic identification must Cao Bằng's administrative police reach, and by when?",
  F5, ["90%", "30/11/2026"], ["en", "fact", "deadline"])
q("Phong An ninh mang va phong, chong toi pham su dung cong nghe cao tong hop thu doan lua dao moi vao thoi gian nao?",
  F5, ["thứ Sáu hằng tuần"], ["vi-noaccent", "recurring"])
q("Công an tỉnh Cao Bằng giao chỉ tiêu thu hồi bao nhiêu vũ khí, vật liệu nổ trong tháng 10/2026?",
  None, [], ["vi", "fact", "unanswerable"])
q("Ban Tuyên huấn - Chính sách Hội Cựu chiến binh tỉnh Lạng Sơn phải trình Ban Thường vụ đề xuất khen thưởng chậm nhất bao nhiêu ngày trước Lễ kỷ niệm Ngày thành lập Hội?",
  F6, ["10 ngày"], ["vi", "deadline"])
q("Which border communes' veterans' associations in Lạng Sơn must keep patrolling border markers, and how often?",
  F6, ["Đồng Đăng", "Tân Thanh", "Na Sầm", "02 lần mỗi tháng"], ["en", "assignee", "recurring"])
q("Thong bao ket luan Hoi nghi Ban Thuong vu Hoi CCB tinh Lang Son quy III/2026 co so hieu gi, ban hanh ngay nao?",
  F6, ["113/TB-CCB", "30 tháng 9 năm 2026"], ["vi-noaccent", "metadata"])
q("Hoi Cuu chien binh tinh Lang Son ho tro bao nhieu nha tinh nghia cho hoi vien nam 2026?",
  None, [], ["vi-noaccent", "fact", "unanswerable"])
q("Which Đồng Nai Rubber units must maintain the processing lines during the tapping break, and by when must they settle the costs?",
  F7, ["Xí nghiệp Chế biến Xuân Lập", "Xí nghiệp Cơ khí Chế biến", "15/01/2027"], ["en", "assignee", "deadline"])
q("Tổng công ty Cao su Đồng Nai yêu cầu những nông trường nào xây dựng phương án phòng cháy, chữa cháy vườn cây mùa khô, và thời hạn được quy định thế nào?",
  F7, ["Hàng Gòn", "15 ngày trước khi bắt đầu nghỉ cạo"], ["vi", "assignee", "deadline"])
q("San luong khai thac 10 thang nam 2026 cua Tong cong ty Cao su Dong Nai dat bao nhieu tan?",
  F7, ["28.640"], ["vi-noaccent", "fact"])
q("What selling price per tonne did Đồng Nai Rubber set for its first-quarter 2027 contracts?",
  None, [], ["en", "fact", "unanswerable"])
q("Phòng Công tác sinh viên Trường Đại học Đồng Tháp phải hoàn thành “Tuần sinh hoạt công dân - sinh viên” chậm nhất bao nhiêu ngày trước khi khai giảng?",
  F8, ["05 ngày"], ["vi", "deadline"])
q("When is Đồng Tháp University's 2026-2027 opening ceremony, and on which days do the new students enrol?",
  F8, ["12/9/2026", "24/8/2026", "28/8/2026"], ["en", "date"])
q("Phong Ke hoach - Tai chinh Truong Dai hoc Dong Thap phai cong khai muc hoc phi truoc ngay nao va phoi hop voi ngan hang nao?",
  F8, ["05/8/2026", "Công Thương"], ["vi-noaccent", "deadline", "coordinator"])
q("Within how many days after enrolment ends must Đồng Tháp University's inspection office finish checking the admitted students' records?",
  F8, ["30 ngày"], ["en", "deadline"])
q("Trường Đại học Đồng Tháp được giao bao nhiêu chỉ tiêu ngành Sư phạm Tin học năm 2026?",
  None, [], ["vi", "fact", "unanswerable"])
q("Theo biên bản sinh hoạt chi bộ bản Che Căn tháng 8/2026, ai chủ trì việc khắc phục đoạn đường sạt lở qua Huổi Hốc và phải hoàn thành trước ngày nào?",
  F9, ["Lò Văn Inh", "20/8/2026"], ["vi", "assignee", "deadline"])
q("Chi hoi Phu nu ban Che Can ra quan tong ve sinh duong ban, ngo xom vao thoi gian nao?",
  F9, ["sáng Chủ nhật hằng tuần"], ["vi-noaccent", "recurring"])
q("Who chaired the Che Căn village party cell's August 2026 meeting, and who took the minutes?",
  F9, ["Lò Văn Xôm", "Quàng Thị Ón"], ["en", "metadata", "chair"])
q("Viện kiểm sát nhân dân khu vực 2 - Hà Tĩnh đề nghị Tòa án nhân dân khu vực 2 - Hà Tĩnh tổ chức bao nhiêu phiên tòa rút kinh nghiệm, trong thời gian nào?",
  F10, ["02 phiên tòa", "tháng 12/2026"], ["vi", "fact", "deadline"])
q("By when must the general office unit of the Hà Tĩnh regional procuracy send the draft 2026 year-end report to the provincial procuracy, and when does it send monthly statistics?",
  F10, ["20/11", "03 hằng tháng"], ["en", "deadline", "recurring"])
q("Bo phan Kiem sat thi hanh an va tam giu phai ra soat bao nhieu viec thi hanh an co dieu kien nhung chua thi hanh xong, phoi hop voi don vi nao?",
  F10, ["27 việc", "Phòng Thi hành án dân sự khu vực 2 - Hà Tĩnh"], ["vi-noaccent", "fact", "coordinator"])
q("Which judge presides over the credit-contract trials at the Hà Tĩnh regional court 2 in December 2026?",
  None, [], ["en", "fact", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
