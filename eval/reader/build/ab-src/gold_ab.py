"""Gold and questions for batch ab (all split dev), written by hand from the document text alone.
Writes gold/ab.jsonl and questions/ab.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/ab-src/gold_ab.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("ab")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------- VPCP: a Deputy Prime Minister's conclusions, "1. Bộ Công Thương:" a) b) c), elided lists (pdf)
F1 = "ab-tb-vpcp-pttg-dien-tai-tao-chuyen-tiep-tay-nguyen.pdf"
BCT, EVN = "Bộ Công Thương", "Tập đoàn Điện lực Việt Nam"
UB6 = "Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng"
doc(F1, "pdf-vpcp-deputy-pm-conclusions-bold-ministry-umbrella-letter-points-elided-bo-list-subject-elided-province-list-umbrella-single-province-point-kien-nghi-topic-labels-working-days-from-receipt",
    "627/TB-VPCP", "2025-11-21", "Văn phòng Chính phủ", "Ninh Văn Khải", "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", [
    (BCT, [EVN], "2025-12-15", ["trước ngày 15/12/2025"], None, "II.1.a",
     "Chủ trì, phối hợp với Tập đoàn Điện lực Việt Nam (EVN) hướng dẫn"),
    (BCT, [], "2025-12-05", ["chậm nhất ngày 05/12/2025"], None, "II.1.b",
     "Rà soát, phân loại danh mục các dự án còn vướng mắc theo từng nhóm"),
    (BCT, [], "2026-06-30", ["trong quý II/2026"], None, "II.1.c",
     "Chỉ đạo Tập đoàn Điện lực Việt Nam đẩy nhanh tiến độ đầu tư xây dựng"),
    ("Các Bộ: Tài chính, Nông nghiệp và Môi trường, Xây dựng", [], "2025-12-10", ["trước ngày 10/12/2025"], None,
     "II.2", "Các Bộ: Tài chính, Nông nghiệp và Môi trường, Xây dựng theo chức năng"),
    ("Bộ Nông nghiệp và Môi trường", ["Bộ Tư pháp"], "2025-12", ["trong tháng 12/2025"], None, "II.3",
     "Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tư pháp"),
    ("Bộ Tư pháp", [], None, ["trong 15 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ"], None, "II.4",
     "Giao Bộ Tư pháp chủ trì thẩm định hồ sơ đề nghị ban hành Nghị quyết"),
    ("Thanh tra Chính phủ", [BCT], "2025-12-31", ["trước ngày 31/12/2025"], None, "II.5",
     "Thanh tra Chính phủ phối hợp với Bộ Công Thương rà soát, thông báo kết quả"),
    (UB6, [], "2026-01-31", ["chậm nhất ngày 31/01/2026"], None, "II.6.a",
     "Khẩn trương hoàn thành thủ tục giao đất, cho thuê đất, điều chỉnh chủ trương"),
    (UB6, [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "II.6.b",
     "Tập trung giải phóng mặt bằng các vị trí móng cột, hành lang tuyến của"),
    (UB6, [], None, ["hằng tuần vào thứ Sáu"], "weekly", "II.6.c",
     "Báo cáo tiến độ xử lý vướng mắc của từng dự án về Bộ Công"),
    ("Ủy ban nhân dân tỉnh Khánh Hòa", [EVN], "2026-03-31", ["trong quý I/2026"], None, "II.7",
     "Ủy ban nhân dân tỉnh Khánh Hòa phối hợp với Tập đoàn Điện lực Việt"),
    (EVN, [], "2025-12", ["trong tháng 12/2025"], None, "II.8",
     "Tập đoàn Điện lực Việt Nam khẩn trương ký kết hợp đồng mua bán điện"),
    ("Các chủ đầu tư dự án điện gió, điện mặt trời chuyển tiếp", [], "2025-12-20", ["trước ngày 20/12/2025"], None,
     "II.9", "Các chủ đầu tư dự án điện gió, điện mặt trời chuyển tiếp chủ động"),
    ("Văn phòng Chính phủ", [], None, [], None, "II.10",
     "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả"),
    (BCT, [], "2026-03-31", ["trong quý I/2026"], None, "III.1",
     "giao Bộ Công Thương nghiên cứu, tổng hợp trong quá trình rà soát, báo cáo"),
    ("Bộ Xây dựng", [], "2025-12-15", ["trước ngày 15/12/2025"], None, "III.2",
     "Bộ Xây dựng hướng dẫn theo thẩm quyền, trả lời địa phương trước ngày 15/12/2025"),
])

# 2 ------------------ Sở Công Thương: task table with merged group rows, "- nt -" chủ trì cell, "(đề nghị)" (docx)
F2 = "ab-tb-sct-quangtri-ocop-tmdt-bang-o-gop-nt.docx"
QLTM, KC, KHTC = "Phòng Quản lý thương mại", "Trung tâm Khuyến công và Xúc tiến thương mại", "Phòng Kế hoạch - Tài chính"
A26 = "Rà soát, đề xuất danh mục sản phẩm tham gia Chương trình xúc tiến thương mại"
doc(F2, "docx-so-director-conclusions-task-table-merged-group-rows-running-tt-nt-ditto-chu-tri-cell-de-nghi-bracket-two-units-joined-by-va-two-rounds-cell-same-day-posting",
    "83/TB-SCT", "2026-01-19", "Sở Công Thương tỉnh Quảng Trị", "Trương Quang Định", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (QLTM, ["Văn phòng Sở", KC], "2026-01-31", ["Trước 31/01/2026"], None, "II.1",
     "Xây dựng, trình UBND tỉnh ban hành Kế hoạch phát triển thương mại điện tử"),
    (KC, ["UBND các xã, phường"], "2026-06-30", ["Quý II/2026"], None, "II.2",
     "Tổ chức 04 lớp tập huấn kỹ năng bán hàng trên sàn thương mại"),
    (KC, ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"], "2026-06-30", ["Trong năm 2026", "trước 30/6/2026"], None, "II.3",
     "Hỗ trợ ít nhất 150 sản phẩm OCOP lên sàn thương mại điện tử"),
    ("Chi cục Quản lý thị trường", ["Công an tỉnh"], None, ["Thường xuyên", "hằng tháng trước ngày 25"], "monthly",
     "II.4", "Kiểm tra, xử lý các website, trang mạng xã hội kinh doanh hàng giả"),
    (KC, ["Sở Nông nghiệp và Môi trường", "UBND phường Đồng Hới"], "2026-04", ["Tháng 4/2026"], None, "II.5",
     "Tổ chức Hội chợ OCOP và hàng Việt Quảng Trị năm 2026"),
    (QLTM, ["Các doanh nghiệp xuất nhập khẩu"], "2026-03-15", ["Trước ngày 15/3/2026"], None, "II.6", A26),
    (KHTC, ["Các doanh nghiệp xuất nhập khẩu"], "2026-03-15", ["Trước ngày 15/3/2026"], None, "II.6", A26),
    ("Sở Khoa học và Công nghệ", [QLTM], "2026-03-31", ["Quý I/2026"], None, "II.7",
     "Hướng dẫn chủ thể OCOP áp dụng mã số, mã vạch, truy xuất nguồn gốc"),
    (QLTM, ["Liên minh Hợp tác xã tỉnh"], "2026-02-16", ["Trước Tết Nguyên đán Bính Ngọ"], None, "II.8",
     "Kết nối ít nhất 20 doanh nghiệp phân phối, siêu thị với các hợp tác"),
    (QLTM, [], None, ["Hằng tháng, trước ngày 20"], "monthly", "II.9",
     "Cập nhật số liệu thương mại điện tử, OCOP vào Hệ thống thông tin báo"),
    (KHTC, ["Sở Tài chính"], "2026-03-31", ["Trong quý I/2026"], None, "II.10",
     "Cân đối, bố trí kinh phí thực hiện các nhiệm vụ nêu trên từ nguồn"),
    ("Văn phòng Sở", ["Các phòng, đơn vị thuộc Sở"], "2026-07-05", ["Trước ngày 05/7/2026", "trước ngày 05/12/2026"],
     None, "II.11", "Tổng hợp kết quả thực hiện các nhiệm vụ, báo cáo Giám đốc Sở"),
    ("Văn phòng Sở", [], "2026-01-19", ["ngay trong ngày ký"], None, "III",
     "Giao Văn phòng Sở đăng tải Thông báo này trên Trang thông tin điện tử"),
])

# 3 --------------------------- ward party committee: THÔNG BÁO KẾT LUẬN, "(1)" … "(9)" points under "2." (pdf)
F3 = "ab-tb-danguy-phuong-thuanhoa-festival-hue-2026.pdf"
UBP, CAP, XDD = "Ủy ban nhân dân phường", "Công an phường", "Ban Xây dựng Đảng Đảng ủy"
doc(F3, "pdf-ward-party-committee-thong-bao-ket-luan-assessment-point-1-parenthesised-numbers-under-2-directed-phong-not-assignee-undated-festival-event-weekly-monthly",
    "47-TB/ĐU", "2026-03-09", "Đảng ủy phường Thuận Hóa", "Phan Thị Khánh Ly",
    "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC", [
    (UBP, [], "2026-03-31", ["trước ngày 31/3/2026"], None, "2.1",
     "Ủy ban nhân dân phường chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị"),
    (UBP, [CAP], "2026-03-20", ["trước ngày 20/3/2026"], None, "2.2",
     "Giao Ủy ban nhân dân phường chủ trì, phối hợp với Công an phường xây"),
    (CAP, [], None, ["vào sáng thứ Hai hằng tuần"], "weekly", "2.3",
     "Công an phường tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", ["các đoàn thể chính trị - xã hội"], "2026-03", ["trong tháng 3/2026"],
     None, "2.4", "Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với các"),
    ("Chi bộ các tổ dân phố", [], "2026-03-25", ["trước ngày 25/3/2026"], None, "2.5",
     "Chi bộ các tổ dân phố lãnh đạo Ban công tác Mặt trận, tổ dân"),
    ("Trung tâm Chính trị phường", [XDD], None, ["trước ngày khai mạc Festival"], None, "2.6",
     "Trung tâm Chính trị phường phối hợp với Ban Xây dựng Đảng Đảng ủy tổ"),
    (XDD, [], "2026-06-30", ["tại Hội nghị Ban Chấp hành Đảng bộ phường quý II/2026"], None, "2.7",
     "Ban Xây dựng Đảng Đảng ủy theo dõi, đánh giá vai trò nêu gương của"),
    ("Các chi bộ trực thuộc", [], "2026-03", ["trong tháng 3/2026"], None, "2.8",
     "Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề, quán triệt Thông báo này"),
    ("Văn phòng Đảng ủy", [], None, ["định kỳ hằng tháng"], "monthly", "2.9",
     "Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo"),
])

# 4 -------------------- traditional-medicine hospital giao ban, scan-like text layer, hard line breaks (pdf)
F4 = "ab-tb-bvyhct-sonla-giaoban-t11-scan-ngat-dong.pdf"
KHTH = "Phòng Kế hoạch tổng hợp"
A44 = "Khoa Châm cứu - Dưỡng sinh và Khoa Phục hồi chức năng phối hợp với"
doc(F4, "pdf-hospital-giao-ban-scan-like-text-layer-hard-line-breaks-mid-sentence-hyphen-split-syllable-running-footer-mid-page-wrapped-agency-name-tl-truong-phong-degree-before-name",
    "163/TB-BVYHCT", "2025-12-15", "Bệnh viện Y học cổ truyền tỉnh Sơn La", "Cầm Văn Thiêm",
    "TL. GIÁM ĐỐC / TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP", [
    ("Khoa Khám bệnh", [], "2025-12", ["trong tháng 12/2025"], None, "II.1",
     "Khoa Khám bệnh bố trí thêm 01 bàn khám và 01 bàn tiếp"),
    ("Phòng Điều dưỡng", [], None, ["hằng tuần vào thứ Sáu"], "weekly", "II.2",
     "Phòng Điều dưỡng kiểm tra việc thực hiện quy trình chăm sóc, sắc thuốc"),
    ("Khoa Dược - Vật tư y tế", [], "2025-12-25", ["chậm nhất ngày 25/12/2025", "trước Tết Nguyên đán Bính Ngọ"], None,
     "II.3", "Khoa Dược - Vật tư y tế hoàn thiện hồ sơ đấu thầu dược liệu"),
    ("Khoa Châm cứu - Dưỡng sinh", [KHTH], "2025-12", ["ngay trong tháng này"], None, "II.4", A44),
    ("Khoa Phục hồi chức năng", [KHTH], "2025-12", ["ngay trong tháng này"], None, "II.4", A44),
    ("Phòng Tài chính kế toán", [KHTH], None,
     ["trong 15 ngày làm việc kể từ ngày nhận được thông báo kết quả giám định"], None, "II.5",
     "Phòng Tài chính kế toán phối hợp với Phòng Kế hoạch tổng hợp rà soát"),
    ("Phòng Tổ chức - Hành chính", [], "2025-12-31", ["trước ngày 31/12/2025"], None, "II.6",
     "Phòng Tổ chức - Hành chính hoàn thành đánh giá, xếp loại chất lượng viên"),
    ("Các khoa lâm sàng", [], "2026-03-31", ["trong quý I/2026"], None, "II.7",
     "Các khoa lâm sàng thực hiện bệnh án điện tử đối với 100% người"),
    ("Tổ Công nghệ thông tin", [], None, ["trước 10 giờ thứ Hai hằng tuần"], "weekly", "II.8",
     "Tổ Công nghệ thông tin bảo đảm kết nối liên thông dữ liệu khám bệnh"),
    ("Khoa Kiểm soát nhiễm khuẩn", [], None, [], None, "II.9",
     "Khoa Kiểm soát nhiễm khuẩn tăng cường giám sát phòng, chống cúm mùa, bệnh"),
    (KHTH, [], "2026-01", ["tại buổi giao ban tháng 01/2026"], None, "II.10",
     "Phòng Kế hoạch tổng hợp theo dõi, đôn đốc các khoa, phòng thực hiện"),
])

# 5 --------------------------- university: topic headings "1. Về …" with 1.1 …, elided faculty list with dashes (docx)
F5 = "ab-tb-dhhongduc-kiem-dinh-tuyen-sinh-2026.docx"
A14 = "Phòng Quản trị - Thiết bị và Phòng Kế hoạch - Tài chính rà soát"
doc(F5, "docx-university-rector-conclusions-topic-headings-ve-two-level-numbering-joint-phong-elided-khoa-list-with-dashed-names-hour-deadline-date-in-words-semester-kt-degree-before-name",
    "2327/TB-ĐHHĐ", "2025-10-08", "Trường Đại học Hồng Đức", "Hoàng Thị Mai Sương", "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", [
    ("Phòng Đảm bảo chất lượng và Khảo thí", ["các đơn vị"], "2025-10-31", ["trước ngày 31/10/2025"], None, "II.1.1",
     "Phòng Đảm bảo chất lượng và Khảo thí chủ trì, phối hợp với các"),
    ("Các khoa, phòng, trung tâm", [], "2025-10-24", ["trước 17h00 ngày 24/10/2025"], None, "II.1.2",
     "Các khoa, phòng, trung tâm rà soát, bổ sung minh chứng theo các tiêu"),
    ("Trung tâm Thông tin - Thư viện", [], "2025-11", ["trong tháng 11/2025"], None, "II.1.3",
     "Trung tâm Thông tin - Thư viện số hóa toàn bộ minh chứng, xây dựng"),
    ("Phòng Quản trị - Thiết bị", [], "2025-11-15", ["chậm nhất ngày 15/11/2025"], None, "II.1.4", A14),
    ("Phòng Kế hoạch - Tài chính", [], "2025-11-15", ["chậm nhất ngày 15/11/2025"], None, "II.1.4", A14),
    ("Trung tâm Tuyển sinh và Truyền thông", [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "II.2.1",
     "Trung tâm Tuyển sinh và Truyền thông xây dựng Đề án tuyển sinh năm 2026"),
    ("Phòng Quản lý đào tạo", ["các khoa"], "2026-03-31", ["trong quý I/2026"], None, "II.2.2",
     "Phòng Quản lý đào tạo chủ trì, phối hợp với các khoa rà soát, đề"),
    ("Các khoa: Kỹ thuật - Công nghệ, Nông - Lâm - Ngư nghiệp, Kinh tế - Quản trị kinh doanh", [], None,
     ["trước ngày 25 hằng tháng"], "monthly", "II.2.3",
     "Các khoa: Kỹ thuật - Công nghệ, Nông - Lâm - Ngư nghiệp, Kinh tế"),
    ("Phòng Tổ chức cán bộ", [], "2025-11-15", ["trước ngày 15 tháng 11 năm 2025"], None, "II.3",
     "Phòng Tổ chức cán bộ rà soát đội ngũ giảng viên cơ hữu theo từng"),
    ("Khoa Công nghệ thông tin và Truyền thông", ["Phòng Quản lý đào tạo"], None,
     ["trong học kỳ I năm học 2025-2026"], None, "II.4",
     "Khoa Công nghệ thông tin và Truyền thông phối hợp với Phòng Quản lý đào"),
    ("Phòng Hành chính - Tổng hợp", [], "2025-11", ["tại cuộc họp giao ban tháng 11/2025"], None, "II.5",
     "Giao Phòng Hành chính - Tổng hợp theo dõi, đôn đốc các đơn vị thực"),
])

# 6 ------------------ provincial portal news page: bold unit per <p>, inline "Xem thêm" link, no signer (html)
F6 = "ab-portal-khanhhoa-gpmb-dien-hat-nhan-xem-them.html"
doc(F6, "html-provincial-portal-news-sapo-with-number-date-bold-unit-run-in-paragraphs-inline-xem-them-link-figure-caption-elided-xa-list-dated-and-weekly-solar-term-deadline-de-nghi-and-giao-before-bold-no-signer",
    "331/TB-VPUB", "2026-02-05", "Văn phòng UBND tỉnh Khánh Hòa", None, None, [
    ("Sở Nông nghiệp và Môi trường", ["UBND xã Phước Dinh", "UBND xã Thuận Nam"], "2026-02-28",
     ["trước ngày 28/02/2026"], None, "",
     "chủ trì, phối hợp với UBND xã Phước Dinh, UBND xã Thuận Nam hoàn thành"),
    ("UBND các xã: Phước Dinh, Thuận Nam", [], "2026-06-30", ["trước ngày 30/6/2026", "vào thứ Năm hằng tuần"],
     "weekly", "", "tập trung lực lượng kiểm đếm, lập và niêm yết phương án bồi thường"),
    ("UBND xã Phước Dinh", ["Mặt trận Tổ quốc Việt Nam xã"], "2026-04-04", ["trước tiết Thanh minh năm 2026"], None, "",
     "chủ trì, phối hợp với Mặt trận Tổ quốc Việt Nam xã vận động Nhân"),
    ("Sở Xây dựng", [], "2026-09-30", ["trong quý III/2026"], None, "",
     "hướng dẫn, đôn đốc chủ đầu tư đẩy nhanh thi công hạ tầng Khu tái"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", [], "2026-05",
     ["trong tháng 5/2026"], None, "", "bổ sung nhân lực, thiết bị, tổ chức thi công 3 ca, hoàn thành"),
    ("Sở Tài chính", [], "2026-03-15", ["trước ngày 15/3/2026"], None, "",
     "tham mưu bố trí đủ vốn chi trả bồi thường năm 2026, trình UBND"),
    ("Công an tỉnh", [], None, [], None, "",
     "chỉ đạo Công an các xã Phước Dinh, Thuận Nam nắm chắc tình hình, kịp"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], None, [], None, "",
     "chỉ đạo Mặt trận các xã tăng cường tuyên truyền, vận động Nhân dân đồng"),
    ("Văn phòng UBND tỉnh", [], "2026-03", ["tại phiên họp thường kỳ UBND tỉnh tháng 3/2026"], None, "",
     "theo dõi, đôn đốc; tổng hợp, báo cáo kết quả thực hiện tại phiên họp"),
])

# 7 ------------- Google Docs "Download as Markdown": header/signature as one-row pipe tables, task table, data-URI image (md)
F7 = "ab-tb-bqlkcn-dongnai-giaoban-t3-gdocs-md.md"
QLDT, QLMT, QLLD = "Phòng Quản lý Đầu tư", "Phòng Quản lý Môi trường", "Phòng Quản lý Lao động"
QHXD = "Phòng Quản lý Quy hoạch - Xây dựng"
A731 = "Giao Phòng Quản lý Quy hoạch - Xây dựng và Phòng Quản lý Đầu tư"
doc(F7, "md-google-docs-export-header-and-signature-as-single-row-pipe-tables-escaped-roman-labels-task-table-don-vi-thuc-hien-chu-tri-phoi-hop-in-one-cell-start-month-not-deadline-data-uri-image",
    "229/TB-KCNĐN", "2026-04-06", "Ban Quản lý các khu công nghiệp Đồng Nai", "Đinh Quốc Hưng",
    "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN", [
    (QLDT, [], "2026-04-30", ["Trước 30/4/2026"], None, "II.1",
     "Giải quyết dứt điểm 37 hồ sơ đăng ký đầu tư tồn đọng quá hạn"),
    (QLDT, [QHXD, QLMT], "2026-06-30", ["Quý II/2026"], None, "II.2",
     "Rà soát 09 dự án chậm tiến độ, đề xuất chấm dứt hoạt động đối"),
    (QLMT, [], None, ["Hằng tháng", "trước ngày 05 tháng sau"], "monthly", "II.3",
     "Kiểm tra vận hành hệ thống xử lý nước thải tập trung các KCN Nhơn"),
    (QLMT, [], "2026-05-15", ["Chậm nhất 15/5/2026"], None, "II.4",
     "Hướng dẫn doanh nghiệp thuộc danh mục phải kiểm kê khí nhà kính lập"),
    (QLLD, [], None, ["Thường xuyên", "trong 24 giờ khi có ngừng việc tập thể"], None, "II.5",
     "Nắm tình hình lao động, việc làm, nhà ở công nhân; chủ động phòng"),
    (QLLD, ["Bảo hiểm xã hội tỉnh", "Công an tỉnh"], "2026-06-30", ["Trước 30/6/2026"], None, "II.6",
     "Đôn đốc, xử lý doanh nghiệp nợ đóng bảo hiểm xã hội kéo dài trên"),
    ("Văn phòng", [], None, [], None, "II.7",
     "Tiếp nhận, giải quyết 100% thủ tục hành chính trực tuyến toàn trình qua Hệ"),
    ("Trung tâm Dịch vụ hỗ trợ doanh nghiệp", [], "2026-05", ["Tháng 5/2026"], None, "II.8",
     "Chuẩn bị nội dung, tổ chức Hội nghị đối thoại với doanh nghiệp FDI Hàn"),
    ("Công đoàn các khu công nghiệp Đồng Nai", [], "2026-05", ["Tháng 5/2026"], None, "II.9",
     "Tổ chức các hoạt động Tháng Công nhân năm 2026, chăm lo nhà ở"),
    ("Văn phòng", [], None, ["Hằng tuần vào thứ Sáu"], "weekly", "II.10",
     "Tổng hợp tình hình thực hiện nhiệm vụ của các phòng, đơn vị, báo cáo"),
    (QHXD, [], "2026-04-20", ["trước ngày 20/4/2026"], None, "III.1", A731),
    (QLDT, [], "2026-04-20", ["trước ngày 20/4/2026"], None, "III.1", A731),
    ("Các phòng, đơn vị", [], None, [], None, "III.2",
     "Các phòng, đơn vị cập nhật kết quả thực hiện nhiệm vụ trên phần mềm"),
])

# 8 ------------- e-mail reply quoting the notice with "> ", the replier's own instructions above it (txt)
F8 = "ab-email-reply-vpdkdd-dongthap-giaoban-quy4-trich-dan.txt"
CN, HCTH = "Các Chi nhánh Văn phòng Đăng ký đất đai", "Phòng Hành chính - Tổng hợp"
A85 = "Chi nhánh Mỹ Tho và Chi nhánh Cao Lãnh phối hợp với Ban Quản lý"
BQLGT = "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"
doc(F8, "txt-email-reply-above-quoted-notice-gt-prefixed-lines-replier-own-instructions-not-tasks-space-aligned-header-in-quote-wrapped-quoted-lines-joint-chi-nhanh-quarterly",
    "34/TB-VPĐK", "2026-01-12", "Văn phòng Đăng ký đất đai tỉnh Đồng Tháp", "Lê Thị Thu Ba", "GIÁM ĐỐC", [
    (CN, [], "2026-01-31", ["trước ngày 31/01/2026"], None, "II.1.a",
     "Tập trung giải quyết hồ sơ tồn đọng, không để phát sinh hồ sơ trễ"),
    (CN, [], None, ["định kỳ hằng quý"], "quarterly", "II.1.b",
     "Cập nhật, chỉnh lý biến động vào cơ sở dữ liệu đất đai ngay sau"),
    ("Phòng Đăng ký và Cấp giấy chứng nhận", ["Phòng Kỹ thuật - Địa chính"], "2026-02-16",
     ["trước Tết Nguyên đán Bính Ngọ"], None, "II.2",
     "Phòng Đăng ký và Cấp giấy chứng nhận chủ trì, phối hợp với Phòng Kỹ"),
    ("Phòng Kỹ thuật - Địa chính", [], "2026-03-31", ["trong quý I/2026"], None, "II.3",
     "Phòng Kỹ thuật - Địa chính hoàn thành số hóa hồ sơ địa chính"),
    (HCTH, [], "2026-01-20", ["chậm nhất ngày 20/01/2026"], None, "II.4",
     "Phòng Hành chính - Tổng hợp tham mưu điều động 06 viên chức từ"),
    ("Chi nhánh Mỹ Tho", [BQLGT], "2026-02", ["trong tháng 02/2026"], None, "II.5", A85),
    ("Chi nhánh Cao Lãnh", [BQLGT], "2026-02", ["trong tháng 02/2026"], None, "II.5", A85),
    (HCTH, [], "2026-03-31", ["tại Hội nghị giao ban quý I/2026"], None, "II.6",
     "Giao Phòng Hành chính - Tổng hợp theo dõi, đôn đốc việc thực hiện,"),
])

# 9 ------------- biên bản làm việc, company and commune, "Trách nhiệm của …:" headings, two signature columns (docx)
F9 = "ab-bb-lamviec-lamnghiep-sopai-xa-sonlang-hai-cot-ky.docx"
CTY, XA = "Công ty TNHH MTV Lâm nghiệp Sơ Pai", "UBND xã Sơn Lang"
A93 = "Hai bên phối hợp tổng hợp kết quả bàn giao, báo cáo Sở Nông nghiệp"
doc(F9, "docx-bien-ban-lam-viec-company-and-commune-trach-nhiem-cua-party-headings-letter-points-hai-ben-joint-two-column-signatures-company-left-commune-right-thu-ky-below",
    "21/BB-UBND", "2026-03-24", "UBND xã Sơn Lang", "Đinh Văn Plơi", "ĐẠI DIỆN UBND XÃ SƠN LANG / PHÓ CHỦ TỊCH", [
    (CTY, [], "2026-04-15", ["trước ngày 15/4/2026"], None, "III.1.a",
     "Hoàn thiện hồ sơ, bản đồ ranh giới, cắm bổ sung mốc giới tại 07"),
    (CTY, [], "2026-04", ["trong tháng 4/2026"], None, "III.1.b",
     "Bàn giao hiện trạng rừng, đất và tài sản trên đất tại thực địa"),
    (CTY, [], None, [], None, "III.1.c",
     "Tiếp tục tổ chức bảo vệ, phòng cháy, chữa cháy rừng trên diện tích bàn"),
    ("Phòng Kinh tế xã", ["Hạt Kiểm lâm khu vực Kbang"], None, ["trong 15 ngày kể từ ngày nhận bàn giao"], None,
     "III.2.a", "Giao Phòng Kinh tế xã chủ trì, phối hợp với Hạt Kiểm lâm khu vực"),
    ("Công an xã", ["Tổ bảo vệ rừng của Công ty"], None, ["thường xuyên"], None, "III.2.b",
     "Công an xã phối hợp với Tổ bảo vệ rừng của Công ty ngăn chặn"),
    (XA, [], "2026-09-30", ["trong quý III/2026"], None, "III.2.c",
     "Rà soát, thống kê các hộ dân đang canh tác trên diện tích nhận bàn"),
    (CTY, [], "2026-04-30", ["trước ngày 30/4/2026"], None, "III.3", A93),
    (XA, [], "2026-04-30", ["trước ngày 30/4/2026"], None, "III.3", A93),
], doc_type="BIÊN BẢN")

# 10 ------------- e-office "Chi tiết văn bản" metadata block above the extracted text; body has blank number and day (txt)
F10 = "ab-eoffice-snv-thainguyen-luu-tru-cap-huyen-so-trong.txt"
TTLT, VPS = "Trung tâm Lưu trữ lịch sử tỉnh", "Văn phòng Sở"
A103 = "UBND các phường: Phổ Yên, Sông Công, Đức Xuân và UBND xã Đại Từ"
doc(F10, "txt-eoffice-incoming-detail-metadata-block-so-ky-hieu-ngay-ban-hanh-nguoi-ky-above-extracted-text-blank-number-and-day-in-body-tuq-processing-slip-not-task",
    "104/TB-SNV", "2026-05-20", "Sở Nội vụ tỉnh Thái Nguyên", "Hoàng Thị Thu Hà", "TUQ. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (TTLT, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.1",
     "Chủ trì tiếp nhận tài liệu lưu trữ của các Văn phòng HĐND và UBND"),
    (TTLT, [], None,
     ["trong 15 ngày làm việc kể từ ngày nhận được danh mục tài liệu do các xã, phường bàn giao"], None, "II.1",
     "Lập kế hoạch, dự toán chỉnh lý khối tài liệu tích đống, trình Giám đốc"),
    ("Phòng Văn thư - Lưu trữ", [], "2026-05", ["ngay trong tháng này"], None, "II.2",
     "Phòng Văn thư - Lưu trữ hướng dẫn UBND các xã, phường thống kê, lập"),
    ("UBND các phường: Phổ Yên, Sông Công, Đức Xuân", [], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.3", A103),
    ("UBND xã Đại Từ", [], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.3", A103),
    (VPS, ["Sở Tài chính"], "2026-06-10", ["trước ngày 10/6/2026"], None, "II.4",
     "Văn phòng Sở phối hợp với Sở Tài chính tham mưu bố trí kinh phí"),
    ("Phòng Công chức, viên chức", [], "2026-09-30", ["trong quý III/2026"], None, "II.5",
     "Phòng Công chức, viên chức rà soát, đề xuất bố trí viên chức có"),
    ("Công an tỉnh", [], None, [], None, "II.6",
     "Đề nghị Công an tỉnh hướng dẫn việc bảo vệ, bàn giao tài liệu có"),
    ("Các cơ quan, đơn vị đang quản lý tài liệu của cấp huyện (cũ)", [], None, ["vào thứ Năm hằng tuần"], "weekly",
     "II.7", "Các cơ quan, đơn vị đang quản lý tài liệu của cấp huyện (cũ) báo"),
    (VPS, [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.8",
     "Giao Văn phòng Sở theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo"),
])


# ------------------------------------------------------------------------------------------------------ questions
q("Theo Thông báo 627/TB-VPCP, Bộ Công Thương phải báo cáo Thủ tướng phương án xử lý các dự án điện gió, điện mặt trời chuyển tiếp còn vướng mắc chậm nhất ngày nào?",
  F1, ["05/12/2025"], ["vi", "deadline"])
q("Which ministries must guide the provinces on land prices and land rent for the transitional wind and solar projects, and by when must they report to the Prime Minister?",
  F1, ["Tài chính", "Nông nghiệp và Môi trường", "Xây dựng", "10/12/2025"], ["en", "who", "deadline"])
q("UBND cac tinh Gia Lai, Dak Lak, Khanh Hoa, Lam Dong phai bao cao tien do go vuong cho cac du an dien gio, dien mat troi ve Bo Cong Thuong vao luc nao?",
  F1, ["thứ Sáu"], ["vi-noaccent", "recurring"])
q("How long does the Ministry of Justice have to appraise the draft Government resolution on transitional renewable energy projects?",
  F1, ["15 ngày làm việc"], ["en", "deadline"])
q("Sở Công Thương Quảng Trị giao đơn vị nào hỗ trợ ít nhất 150 sản phẩm OCOP lên sàn thương mại điện tử và phải sơ kết trước ngày nào?",
  F2, ["Trung tâm Khuyến công và Xúc tiến thương mại", "30/6/2026"], ["vi", "who", "deadline"])
q("Who leads the review of products for the trade promotion programme in Laos and Thailand through the Lao Bảo border gate, and what is the deadline?",
  F2, ["Phòng Quản lý thương mại", "Phòng Kế hoạch - Tài chính", "15/3/2026"], ["en", "who-leads", "deadline"])
q("Nam 2025 tinh Quang Tri co bao nhieu san pham OCOP da duoc dua len san thuong mai dien tu?",
  F2, ["118"], ["vi-noaccent", "figure"])
q("Ai ký Thông báo kết luận số 83/TB-SCT của Sở Công Thương Quảng Trị?",
  F2, ["Trương Quang Định"], ["vi", "signer"])
q("Ban Thường vụ Đảng ủy phường Thuận Hóa yêu cầu hoàn thành ký cam kết với 100% hộ kinh doanh trước ngày nào?",
  F3, ["25/3/2026"], ["vi", "deadline"])
q("How often must the Thuận Hóa ward police report on security and order to the ward Party Committee during the Festival?",
  F3, ["thứ Hai hằng tuần"], ["en", "recurring"])
q("Dang uy phuong Thuan Hoa giao don vi nao xay dung phuong an bao dam an ninh trat tu, phan luong giao thong phuc vu Festival Hue 2026 va han bao cao?",
  F3, ["Ủy ban nhân dân phường", "20/3/2026"], ["vi-noaccent", "who", "deadline"])
q("Khoa Dược - Vật tư y tế Bệnh viện Y học cổ truyền tỉnh Sơn La phải trình hồ sơ đấu thầu dược liệu năm 2026 chậm nhất ngày nào?",
  F4, ["25/12/2025"], ["vi", "deadline"])
q("Which departments of the Sơn La traditional medicine hospital must draw up the procedure for hydro-acupuncture and machine acupressure, and by when?",
  F4, ["Khoa Châm cứu - Dưỡng sinh", "Khoa Phục hồi chức năng", "ngay trong tháng này"], ["en", "who", "deadline"])
q("Ai chu tri buoi giao ban chuyen mon thang 11/2025 cua Benh vien Y hoc co truyen tinh Son La?",
  F4, ["Lường Thị Hoa"], ["vi-noaccent", "chair"])
q("Các đơn vị của Trường Đại học Hồng Đức phải nộp minh chứng về Phòng Đảm bảo chất lượng và Khảo thí trước mấy giờ, ngày nào?",
  F5, ["17h00", "24/10/2025"], ["vi", "deadline"])
q("When must Hồng Đức University's admissions and communication centre submit its 2026 admission plan to the university council?",
  F5, ["Tết Nguyên đán Bính Ngọ"], ["en", "deadline"])
q("Truong Dai hoc Hong Duc giao nhung khoa nao xay dung ke hoach tu van tuyen sinh tai cac truong THPT?",
  F5, ["Kỹ thuật - Công nghệ", "Nông - Lâm - Ngư nghiệp", "Kinh tế - Quản trị kinh doanh"], ["vi-noaccent", "list"])
q("Who signed Hồng Đức University's notice 2327/TB-ĐHHĐ on external quality assessment and 2026 admissions?",
  F5, ["Hoàng Thị Mai Sương"], ["en", "signer"])
q("Theo kết luận của Chủ tịch UBND tỉnh Khánh Hòa, các xã Phước Dinh, Thuận Nam phải bàn giao 100% mặt bằng khu vực nhà máy điện hạt nhân trước ngày nào?",
  F6, ["30/6/2026"], ["vi", "deadline"])
q("By when must Phước Dinh commune finish moving graves out of the Ninh Thuận 1 nuclear power plant site?",
  F6, ["Thanh minh"], ["en", "deadline"])
q("Thong bao ket luan cua Chu tich UBND tinh Khanh Hoa ve giai phong mat bang du an dien hat nhan Ninh Thuan 1 la so may, ban hanh ngay nao?",
  F6, ["331/TB-VPUB", "05/02/2026"], ["vi-noaccent", "number", "issue-date"])
q("Dự án Nhà máy điện hạt nhân Ninh Thuận 1 ảnh hưởng đến bao nhiêu hộ gia đình, cá nhân và đã kiểm đếm được bao nhiêu hộ?",
  F6, ["1.378", "872"], ["vi", "figure"])
q("Ban Quản lý các khu công nghiệp Đồng Nai yêu cầu giải quyết dứt điểm 37 hồ sơ đăng ký đầu tư tồn đọng trước ngày nào?",
  F7, ["30/4/2026"], ["vi", "deadline"])
q("Which bodies must the Đồng Nai industrial zones authority's labour division work with to chase companies in social insurance arrears, and by when?",
  F7, ["Bảo hiểm xã hội tỉnh", "Công an tỉnh", "30/6/2026"], ["en", "coordinators", "deadline"])
q("Phong Quan ly Moi truong cua Ban Quan ly cac KCN Dong Nai phai huong dan doanh nghiep lap bao cao kiem ke khi nha kinh cham nhat ngay nao?",
  F7, ["15/5/2026"], ["vi-noaccent", "deadline"])
q("Who must meet the developer of the Long Đức 3 industrial park about compensation and infrastructure, and report to the head of the authority by when?",
  F7, ["Phòng Quản lý Quy hoạch - Xây dựng", "Phòng Quản lý Đầu tư", "20/4/2026"], ["en", "who", "deadline"])
q("Theo Thông báo 34/TB-VPĐK, các Chi nhánh Văn phòng Đăng ký đất đai phải xử lý xong hồ sơ tồn trước ngày nào?",
  F8, ["31/01/2026"], ["vi", "deadline"])
q("Which land registration branches must survey and issue certificates for the households affected by the National Highway 30 upgrade, and by when?",
  F8, ["Chi nhánh Mỹ Tho", "Chi nhánh Cao Lãnh", "02/2026"], ["en", "who", "deadline"])
q("Phong Hanh chinh - Tong hop phai tham muu dieu dong bao nhieu vien chuc tang cuong cho Chi nhanh Cao Lanh, Chi nhanh My Tho va cham nhat ngay nao?",
  F8, ["06 viên chức", "20/01/2026"], ["vi-noaccent", "figure", "deadline"])
q("Theo biên bản làm việc giữa UBND xã Sơn Lang và Công ty Lâm nghiệp Sơ Pai, Công ty phải hoàn thiện hồ sơ, cắm bổ sung mốc giới trước ngày nào?",
  F9, ["15/4/2026"], ["vi", "deadline"])
q("How much forest land does the Sơ Pai forestry company hand over to Sơn Lang commune, and how much of it is farmed by households?",
  F9, ["1.250,6 ha", "412,3 ha"], ["en", "figure"])
q("Ai ký biên bản làm việc về bàn giao đất lâm nghiệp giữa UBND xã Sơn Lang và Công ty Sơ Pai?",
  F9, ["Nguyễn Hữu Lộc", "Đinh Văn Plơi"], ["vi", "signer"])
q("Sở Nội vụ Thái Nguyên yêu cầu Trung tâm Lưu trữ lịch sử tỉnh hoàn thành tiếp nhận tài liệu lưu trữ của cấp huyện cũ trước ngày nào?",
  F10, ["30/6/2026"], ["vi", "deadline"])
q("What is the number and issue date of the Thái Nguyên home affairs department's notice on the archives of the former districts?",
  F10, ["104/TB-SNV", "20/05/2026"], ["en", "number", "issue-date"])
q("Cac co quan dang quan ly tai lieu cua cap huyen cu phai bao cao tien do ban giao ve So Noi vu vao ngay nao trong tuan?",
  F10, ["thứ Năm hằng tuần"], ["vi-noaccent", "recurring"])
# unanswerable: no document says it, or the place / unit / level / year does not match
q("Theo Thông báo 627/TB-VPCP, Ủy ban nhân dân tỉnh Ninh Bình phải hoàn thành thủ tục giao đất cho các dự án điện gió trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("What did the Quảng Trị industry and trade department ask its energy management division (Phòng Quản lý năng lượng) to do in 2026?",
  None, [], ["en", "what", "unanswerable"])
q("Dang uy phuong Phu Xuan yeu cau hoan thanh chinh trang via he phuc vu Festival Hue 2026 truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("What did the director of the Điện Biên traditional medicine hospital ask the pharmacy department to stock before Tết?",
  None, [], ["en", "what", "unanswerable"])
q("Trường Đại học Hồng Đức giao Khoa Y dược xây dựng kế hoạch tư vấn tuyển sinh năm 2026 với thời hạn nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("UBND xa Vinh Hai phai ban giao mat bang Nha may dien hat nhan Ninh Thuan 2 truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("Which division of the Bình Dương industrial zones authority must inspect wastewater treatment at the Mỹ Phước industrial parks each month?",
  None, [], ["en", "who", "unanswerable"])
q("Theo biên bản làm việc năm 2025 giữa UBND huyện Kbang và Công ty Lâm nghiệp Sơ Pai, diện tích đất lâm nghiệp bàn giao là bao nhiêu?",
  None, [], ["vi", "figure", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
