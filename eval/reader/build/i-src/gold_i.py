"""Gold for batch i, written by hand from the document text. Writes gold/i.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/i-src/gold_i.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action)."""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gold", "i.jsonl")
DOCS = []


def cut(action, n=10):
    """The hand-chosen opening, cut at 10 whitespace tokens, trailing ",;:." stripped."""
    return " ".join(action.split()[:n]).rstrip(",;:.")


def doc(file, layout, number, date, issuer, signer, title, rows, doc_type="THÔNG BÁO"):
    rows = [r[:6] + (cut(r[6]),) for r in rows]
    DOCS.append({"file": file, "split": "dev", "layout": layout,
                 "metadata": {"number": number, "date": date, "doc_type": doc_type, "issuer": issuer,
                              "signer": signer, "signer_title": title},
                 "directives": [dict(zip(("assignee", "coordinators", "due", "deadlines", "recurring", "section",
                                          "action"), r)) for r in rows]})


KH = "Phòng Kế hoạch tổng hợp"
doc("i-bvdk-ninhbinh-giaoban-t3.docx", "docx-word-auto-multilevel-numbering-tab-stop-header",
    "287/TB-BVĐK", "2026-03-23", "Bệnh viện Đa khoa tỉnh Ninh Bình", "Đinh Thị Hồng Nhung",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (KH, ["Phòng Công nghệ thông tin"], "2026-03-25", ["trước 17 giờ ngày 25/3/2026"], None, "2.1.a",
     "Chủ trì, phối hợp với Phòng Công nghệ thông tin rà soát toàn bộ"),
    (KH, [], "2026-03-29", ["ngay trong tuần"], None, "2.1.b",
     "Xây dựng quy trình tiếp nhận người bệnh chuyển tuyến từ các"),
    (KH, [], None, ["trước ngày 10 hằng tháng"], "monthly", "2.1.c",
     "Tổng hợp số liệu hoạt động chuyên môn của toàn Bệnh viện"),
    ("Khoa Dược", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "2.2",
     "Khoa Dược: khẩn trương rà soát danh mục thuốc trúng thầu"),
    ("Khoa Khám bệnh", [], "2026-04-05", ["trước ngày 05/4/2026"], None, "2.3",
     "Khoa Khám bệnh và Phòng Công tác xã hội bố trí thêm"),
    ("Phòng Công tác xã hội", [], "2026-04-05", ["trước ngày 05/4/2026"], None, "2.3",
     "Khoa Khám bệnh và Phòng Công tác xã hội bố trí thêm"),
    ("Phòng Tài chính kế toán", ["Bảo hiểm xã hội tỉnh Ninh Bình"], "2026-04-15",
     ["trước ngày 15/4/2026", "trong quý II/2026"], None, "2.4",
     "Phòng Tài chính kế toán thanh toán dứt điểm tiền phụ cấp phẫu thuật"),
    ("Các khoa lâm sàng", [], None, ["thường xuyên"], None, "2.5.a",
     "Thực hiện nghiêm quy chế thường trực, quy chế hội chẩn"),
    ("Khoa Hồi sức tích cực - Chống độc", [], "2026-04-30", ["trước ngày 30/4/2026"], None, "2.5.b",
     "Khoa Hồi sức tích cực - Chống độc, Khoa Cấp cứu xây dựng"),
    ("Khoa Cấp cứu", [], "2026-04-30", ["trước ngày 30/4/2026"], None, "2.5.b",
     "Khoa Hồi sức tích cực - Chống độc, Khoa Cấp cứu xây dựng"),
    ("Phòng Điều dưỡng", ["Khoa Kiểm soát nhiễm khuẩn"], "2026-04",
     ["tại cuộc họp giao ban chuyên môn tháng 4/2026"], None, "2.6",
     "Phòng Điều dưỡng phối hợp với Khoa Kiểm soát nhiễm khuẩn tổ chức"),
    ("Phòng Công nghệ thông tin", [], "2026-04", ["trong tháng 4/2026"], None, "2.7",
     "Phòng Công nghệ thông tin chủ trì kết nối, liên thông 100%"),
    ("Phòng Hành chính quản trị", [], None, [], None, "2.9",
     "Phòng Hành chính quản trị theo dõi, đôn đốc việc thực hiện"),
])

NM = "Sở Nông nghiệp và Môi trường"
doc("i-ubnd-hanoi-o-nhiem-khong-khi.docx", "docx-borderless-table-header-signature-auto-numbered-roman-decimal-letter",
    "58/TB-UBND", "2026-02-09", "UBND thành phố Hà Nội", "Lương Quốc Khánh",
    "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (NM, ["Tài chính", "Xây dựng", "Công Thương"], "2026-02-28", ["trước ngày 28/02/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với các Sở: Tài chính, Xây dựng"),
    (NM, [], "2026-04-10", ["đầu quý II/2026"], None, "II.1.b",
     "Lắp đặt bổ sung 50 trạm quan trắc không khí tự động"),
    (NM, [], None, ["hằng ngày"], "daily", "II.1.c",
     "Công bố hằng ngày chỉ số chất lượng không khí trên Cổng"),
    ("Sở Y tế", [], "2026-02", ["trong tháng 02/2026"], None, "II.2",
     "Sở Y tế: khẩn trương ban hành hướng dẫn người dân, nhất là"),
    ("Sở Xây dựng", [], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.3",
     "Giao Sở Xây dựng, Sở Công Thương theo chức năng, nhiệm vụ"),
    ("Sở Công Thương", [], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.3",
     "Giao Sở Xây dựng, Sở Công Thương theo chức năng, nhiệm vụ"),
    ("Công an Thành phố", [], None, ["định kỳ hằng tháng"], "monthly", "II.4.a",
     "Chỉ đạo lực lượng Cảnh sát giao thông và Cảnh sát môi trường"),
    ("Công an Thành phố", ["UBND các xã, phường"], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.4.b",
     "Phối hợp với UBND các xã, phường xử lý dứt điểm các"),
    ("Sở Tài chính", [NM], "2026-03-20", ["trước ngày 20/3/2026"], None, "II.5",
     "UBND Thành phố giao Sở Tài chính chủ trì, phối hợp với"),
    ("UBND các xã, phường", [], "2026", ["trong năm 2026 và các năm tiếp theo"], None, "II.6.a",
     "Không để phát sinh tình trạng đốt rơm rạ, rác thải ngoài trời"),
    ("UBND các xã, phường", [], None, ["vào sáng thứ Bảy hằng tuần"], "weekly", "II.6.b",
     "Tổ chức tổng vệ sinh môi trường, phun nước rửa đường tại"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", [], None, [], None, "II.7",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố chỉ đạo"),
    ("Văn phòng UBND Thành phố", [], None, [], None, "II.8",
     "Văn phòng UBND Thành phố theo dõi, đôn đốc việc thực hiện"),
])

TT = "Trung tâm Chẩn đoán thú y trung ương"
SNN = "Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương"
doc("i-cuc-cnty-dich-ta-lon-chau-phi.docx", "docx-typed-unit-headings-word-auto-bullets-line-break-thoi-gian-thuc-hien",
    "742/TB-CNTY", "2026-05-14", "Cục Chăn nuôi và Thú y", "Hà Thị Minh Nguyệt",
    "TL. CỤC TRƯỞNG / CHÁNH VĂN PHÒNG", [
    ("Phòng Dịch tễ thú y", [TT], "2026-06-30", ["30/6/2026"], None, "II.1",
     "Chủ trì, phối hợp với Trung tâm Chẩn đoán thú y trung ương"),
    ("Phòng Dịch tễ thú y", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "II.1",
     "Tổng hợp tình hình dịch bệnh động vật trên cả nước, báo cáo"),
    ("Phòng Quản lý thuốc thú y", ["Viện Thú y"], "2026-12-31", ["trước ngày 31/12 năm 2026"], None, "II.2",
     "Phối hợp với Viện Thú y đánh giá hiệu quả, độ an toàn"),
    ("Phòng Quản lý thuốc thú y", [], None, ["thường xuyên"], None, "II.2",
     "Tăng cường hậu kiểm chất lượng vắc xin, thuốc thú y lưu hành"),
    (TT, [], None, ["trong vòng 48 giờ kể từ khi nhận mẫu"], None, "II.3",
     "Bảo đảm trả kết quả xét nghiệm mẫu bệnh phẩm nghi DTLCP"),
    ("các Cơ quan Thú y vùng", [], None, ["trong vòng 48 giờ kể từ khi nhận mẫu"], None, "II.3",
     "Bảo đảm trả kết quả xét nghiệm mẫu bệnh phẩm nghi DTLCP"),
    ("Phòng Kế hoạch - Tài chính", ["Dịch tễ thú y", "Quản lý thuốc thú y"], "2026-06", ["trong tháng 6/2026"],
     None, "II.4", "Chủ trì, phối hợp với các phòng: Dịch tễ thú y, Quản lý"),
    ("Văn phòng Cục", [], None, ["trước ngày 15/12 hằng năm"], "yearly", "II.5",
     "Tổng hợp kết quả phòng, chống dịch bệnh động vật của các"),
    (SNN, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.6",
     "Chỉ đạo tổ chức tiêm phòng vắc xin DTLCP cho đàn lợn tại"),
    (SNN, [], None, ["trong vòng 24 giờ kể từ khi phát hiện"], None, "II.6",
     "Báo cáo ổ dịch mới phát sinh qua hệ thống VAHIS trong vòng"),
    ("Viện Thú y", [TT], "2026-09-30", ["Quý III/2026"], None, "II.7",
     "Phối hợp với Trung tâm Chẩn đoán thú y trung ương giải trình"),
])

NB, TSN, CR = ("Cảng Hàng không quốc tế Nội Bài", "Cảng Hàng không quốc tế Tân Sơn Nhất",
               "Cảng Hàng không quốc tế Cam Ranh")
CHK = "Các cảng hàng không"
R4 = "Rà soát, cập nhật phương án khẩn nguy sân bay và phương án"
doc("i-acv-cao-diem-he-2026.pdf", "pdf-word-task-table-5-cols-across-page-breaks-repeated-header-wrapped-cells",
    "1905/TB-TCTCHK", "2026-05-21", "Tổng công ty Cảng hàng không Việt Nam - CTCP", "Kiều Văn Thái",
    "TL. TỔNG GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (NB, ["Ban Kỹ thuật công nghệ"], "2026-06-30", ["30/6/2026"], None, "II.1",
     "Đưa vào khai thác bổ sung 12 quầy làm thủ tục hàng không"),
    (TSN, ["Ban Khai thác cảng", "các hãng hàng không"], "2026-07-31", ["Trong tháng 6 và tháng 7/2026"], None, "II.2",
     "Phối hợp với các hãng hàng không điều chỉnh phân bổ sân đỗ"),
    ("Cảng Hàng không quốc tế Đà Nẵng", ["Ban Quản lý dự án đầu tư xây dựng chuyên ngành"], "2026-09-30",
     ["Quý III/2026"], None, "II.3", "Hoàn thành cải tạo, mở rộng hệ thống băng chuyền hành lý đến"),
    (NB, ["Ban An ninh an toàn"], "2026-06-15", ["Trước ngày 15/6/2026"], None, "II.4", R4),
    (TSN, ["Ban An ninh an toàn"], "2026-06-15", ["Trước ngày 15/6/2026"], None, "II.4", R4),
    (CR, ["Ban An ninh an toàn"], "2026-06-15", ["Trước ngày 15/6/2026"], None, "II.4", R4),
    ("Ban Kỹ thuật công nghệ", [CHK], None, ["Thường xuyên"], None, "II.5",
     "Kiểm tra, bảo dưỡng hệ thống điều hòa không khí, cầu dẫn khách"),
    ("Ban Khai thác cảng", [CHK], None, ["Hằng tuần (thứ Hai)"], "weekly", "II.6",
     "Tổng hợp số liệu sản lượng hành khách, hàng hóa, tình hình chậm"),
    ("Ban Tài chính - Kế toán", ["Ban Kế hoạch - Đầu tư"], "2026-06-20", ["Trước ngày 20/6/2026"], None, "II.7",
     "Bố trí nguồn vốn, thanh toán kịp thời chi phí sửa chữa, mua"),
    ("Văn phòng Tổng công ty", [CHK], None, [], None, "II.8",
     "Triển khai chiến dịch truyền thông khuyến cáo hành khách có mặt tại"),
    ("Ban Khai thác cảng", [CHK], "2026-09-15", ["Trước ngày 15/9/2026"], None, "II.9",
     "Đánh giá kết quả phục vụ cao điểm hè năm 2026, đề xuất"),
    ("Ban An ninh an toàn", ["Cảng vụ Hàng không miền Bắc", "Cảng vụ Hàng không miền Nam"], "2026-07",
     ["trong tháng 7/2026"], None, "II", "Giao Ban An ninh an toàn chủ trì, phối hợp với Cảng vụ"),
])

HT = "Phòng Quản lý hạ tầng kỹ thuật và phát triển đô thị"
UH = "Ủy ban nhân dân các huyện, thị xã, thành phố"
J4 = "Đề nghị Sở Tài chính và Sở Nông nghiệp và Môi trường hướng dẫn"
doc("i-sxd-yenbai-ban-giao-ha-tang.pdf", "pdf-word-hanging-indent-numbering-long-sentence-deadline-at-end-pre-merger",
    "1126/TB-SXD", "2025-05-22", "Sở Xây dựng tỉnh Yên Bái", "Hoàng Thị Vân Anh",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Phòng Quản lý giao thông", [HT], "2025-06-05", ["trước ngày 05/6/2025"], None, "2.1",
     "Phòng Quản lý giao thông chủ trì, phối hợp với Phòng Quản lý"),
    (HT, [], "2025-06-20", ["trước ngày 20/6/2025"], None, "2.2",
     "Trên cơ sở danh mục tài sản đã được tổng hợp và ý"),
    (UH, [], "2025-06-30", ["trước thời điểm 30/6/2025"], None, "2.3.a",
     "Chỉ đạo Phòng Kinh tế - Hạ tầng, Phòng Quản lý đô thị hoàn thành"),
    (UH, [], None, [], None, "2.3.b", "Bàn giao đầy đủ hồ sơ hoàn công, hồ sơ quản lý, bảo trì"),
    ("Sở Tài chính", [], "2025-06", ["trong tháng 6/2025"], None, "2.4", J4),
    ("Sở Nông nghiệp và Môi trường", [], "2025-06", ["trong tháng 6/2025"], None, "2.4", J4),
    ("Phòng Quản lý chất lượng công trình xây dựng", [UH], "2025-06-10", ["trước ngày 10/6/2025"], None, "2.5",
     "Phòng Quản lý chất lượng công trình xây dựng phối hợp với Ủy"),
    ("Văn phòng Sở", [], None, ["trước 16 giờ thứ Sáu hằng tuần"], "weekly", "2.6",
     "Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị thực hiện"),
])

E = "Đề nghị Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối"
doc("i-vpcp-tb-phuong-tien-tam-giu.html", "html-legal-portal-chrome-word-html-table-header-nbsp-labels-elided-bo-list",
    "214/TB-VPCP", "2026-04-08", "Văn phòng Chính phủ", "Cao Thị Thu Hương",
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", [
    ("Bộ Công an", ["Bộ Tư pháp", "Bộ Tài chính"], "2026-06-30", ["trước ngày 30/6/2026", "chậm nhất ngày 15/7/2026"],
     None, "2.a", "Bộ Công an: chủ trì, phối hợp với Bộ Tư pháp, Bộ Tài chính"),
    ("Bộ Tài chính", ["Tư pháp", "Công an"], "2026-09-30", ["trong quý III/2026"], None, "2.b",
     "Bộ Tài chính chủ trì, phối hợp với các Bộ: Tư pháp, Công"),
    ("Bộ Tư pháp", [], "2026-12-31", ["trước ngày 31/12 năm 2026"], None, "2.c",
     "Bộ Tư pháp hướng dẫn trình tự, thủ tục thông báo tìm chủ"),
    ("Bộ Xây dựng", ["Bộ Công an"], "2026", ["trong năm 2026"], None, "2.d",
     "Bộ Xây dựng phối hợp với Bộ Công an kết nối, chia sẻ"),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", [], "2026-06-20", ["trước ngày 20/6/2026"], None,
     "2.đ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương bố trí"),
    ("Tòa án nhân dân tối cao", [], None, [], None, "2.e", E),
    ("Viện kiểm sát nhân dân tối cao", [], None, [], None, "2.e", E),
    ("Văn phòng Chính phủ", [], None, [], None, "2.g", "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện"),
])

CTSV = "Phòng Công tác sinh viên"
KV = "Các khoa, viện đào tạo"
J6 = "Phòng Tài chính - Kế toán và Phòng Quản trị - Thiết bị hoàn"
doc("i-dhgtvt-giaoban-hk2.html", "html-university-site-nested-ol-li-browser-numbers-ol-start",
    "356/TB-ĐHGTVT", "2026-01-12", "Trường Đại học Giao thông vận tải", "Quách Thị Thanh Tâm",
    "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", [
    ("Phòng Đào tạo", [], "2026-01-20", ["trước ngày 20/01/2026"], None, "II.1.a",
     "Hoàn thành xếp thời khóa biểu các lớp học phần học kỳ II"),
    ("Phòng Đào tạo", ["các khoa, viện"], "2026-05-31", ["trong năm học 2025-2026"], None, "II.1.b",
     "Chủ trì, phối hợp với các khoa, viện rà soát, cập nhật chương"),
    ("Phòng Khảo thí và Đảm bảo chất lượng", [], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.2",
     "Phòng Khảo thí và Đảm bảo chất lượng chuẩn bị hồ sơ đánh giá"),
    (CTSV, [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "II.3.a",
     "Xét, cấp học bổng khuyến khích học tập học kỳ I năm học"),
    (CTSV, ["Đoàn Thanh niên", "Hội Sinh viên trường"], None, ["thường xuyên"], None, "II.3.b",
     "Phối hợp với Đoàn Thanh niên, Hội Sinh viên trường nắm bắt tình"),
    ("Phòng Khoa học công nghệ và Hợp tác quốc tế", [], "2026-03", ["trong tháng 3/2026"], None, "II.4",
     "Phòng Khoa học công nghệ và Hợp tác quốc tế tổ chức xét duyệt"),
    (KV, [], None, ["ít nhất 01 lần mỗi tháng"], "monthly", "II.5.a",
     "Tổ chức sinh hoạt học thuật, seminar chuyên môn cấp bộ môn ít"),
    (KV, [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.5.b",
     "Báo cáo tiến độ giảng dạy, tình hình dạy bù, dạy thay về"),
    ("Phòng Tài chính - Kế toán", [], "2026-03-31", ["trong quý I/2026"], None, "II.6", J6),
    ("Phòng Quản trị - Thiết bị", [], "2026-03-31", ["trong quý I/2026"], None, "II.6", J6),
    ("Trung tâm Công nghệ thông tin", [], "2026-01-16", ["chậm nhất ngày 16/01/2026"], None, "II.7",
     "Trung tâm Công nghệ thông tin nâng cấp máy chủ, đường truyền của"),
])

J4b = "Ban Tổ chức Tỉnh ủy và Ủy ban Kiểm tra Tỉnh ủy: thẩm định"
doc("i-tu-angiang-bau-cu.txt", "txt-crlf-party-committee-tb-tu-n-dash-items-dang-doan-dang-uy",
    "215-TB/TU", "2026-01-16", "Tỉnh ủy An Giang", "Dương Hữu Phước", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", [
    ("Đảng đoàn Hội đồng nhân dân tỉnh", [], "2026-02-16", ["trước Tết Nguyên đán"], None, "II.1",
     "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Thường trực Hội đồng nhân"),
    ("Đảng ủy Ủy ban nhân dân tỉnh", [], None, [], None, "II.2",
     "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh bảo"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Báo và Phát thanh, Truyền hình An Giang"], None, [], None, "II.3",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với"),
    ("Ban Tổ chức Tỉnh ủy", [], "2026-02-10", ["trước ngày 10/02/2026"], None, "II.4", J4b),
    ("Ủy ban Kiểm tra Tỉnh ủy", [], "2026-02-10", ["trước ngày 10/02/2026"], None, "II.4", J4b),
    ("Ủy ban Kiểm tra Tỉnh ủy", [], None, [], None, "II.5",
     "Ủy ban Kiểm tra Tỉnh ủy tham mưu giải quyết dứt điểm các đơn"),
    ("Đảng ủy Công an tỉnh", [], "2026-02-25", ["trước ngày 25/02/2026"], None, "II.6",
     "Đảng ủy Công an tỉnh lãnh đạo Công an tỉnh xây dựng phương án"),
    ("Ban Thường vụ đảng ủy các xã, phường, đặc khu", [], None, ["trước 16 giờ thứ Sáu hằng tuần"], "weekly", "II.7",
     "Ban Thường vụ đảng ủy các xã, phường, đặc khu lãnh đạo Ủy ban"),
    ("Các sở, ban, ngành tỉnh", [], "2026-01-31", ["trước ngày 31/01/2026"], None, "II.8",
     "Các sở, ban, ngành tỉnh chủ động bố trí cán bộ, công chức tham"),
    ("Văn phòng Tỉnh ủy", [], None, [], None, "II.9",
     "Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện, báo cáo"),
])

J3 = "Thuế cơ sở 1 tỉnh Khánh Hòa và Thuế cơ sở 4 tỉnh Khánh"
doc("i-thue-khanhhoa-ho-kinh-doanh.txt", "txt-nfd-unicode-stacked-header-unnumbered-paragraph-tasks",
    "4218/TB-KHH", "2025-11-10", "Thuế tỉnh Khánh Hòa", "Phạm Thị Kim Loan",
    "KT. TRƯỞNG THUẾ TỈNH / PHÓ TRƯỞNG THUẾ TỈNH", [
    ("Các Thuế cơ sở", [], "2025-11-14", ["trước 17h00 ngày 14/11/2025"], None, "",
     "Các Thuế cơ sở rà soát, phân loại toàn bộ hộ kinh doanh đang"),
    ("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác", ["Phòng Tuyên truyền và Hỗ trợ người nộp thuế"],
     "2025-11-20", ["trước ngày 20/11/2025"], None, "",
     "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác chủ trì"),
    ("Thuế cơ sở 1 tỉnh Khánh Hòa", [], "2025-12", ["trong tháng 12/2025"], None, "", J3),
    ("Thuế cơ sở 4 tỉnh Khánh Hòa", [], "2025-12", ["trong tháng 12/2025"], None, "", J3),
    ("Ủy ban nhân dân các xã, phường, đặc khu", ["Thuế cơ sở quản lý địa bàn"], None, [], None, "",
     "Đề nghị Ủy ban nhân dân các xã, phường, đặc khu phối hợp với"),
    ("Các Thuế cơ sở", [], "2025-12-15", ["trước ngày 15/12/2025", "chậm nhất ngày 25/12/2025"], None, "",
     "Các Thuế cơ sở hoàn thành việc cấp tài khoản giao dịch thuế điện"),
    ("Phòng Thanh tra - Kiểm tra", [], None, ["định kỳ hằng quý"], "quarterly", "",
     "Phòng Thanh tra - Kiểm tra phân tích dữ liệu hóa đơn điện tử"),
    ("các ngân hàng thương mại trên địa bàn tỉnh", [], None, [], None, "",
     "Đề nghị các ngân hàng thương mại trên địa bàn tỉnh phối hợp cung"),
    ("Văn phòng Thuế tỉnh", [], None, ["vào chiều thứ Năm hằng tuần"], "weekly", "",
     "Văn phòng Thuế tỉnh theo dõi, đôn đốc các đơn vị thực hiện"),
])

KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
J5 = "Công an phường và Ban Chỉ huy Quân sự phường xây dựng phương án"
doc("i-ubnd-phuong-thudaumot-giaoban-t3.md", "md-pandoc-escaped-list-markers-backslash-breaks-commune",
    "96/TB-UBND", "2026-03-09", "UBND phường Thủ Dầu Một", "Võ Thị Ngọc Hân", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (KT, [], "2026-03", ["trong tháng này"], None, "II.1.a",
     "Rà soát, lập hồ sơ xử lý dứt điểm 14 công trình xây"),
    (KT, ["Công an phường"], None, ["thường xuyên"], None, "II.1.b",
     "Phối hợp với Công an phường lập lại trật tự lòng đường, vỉa"),
    ("Phòng Văn hóa - Xã hội", [], "2026-03-15", ["trước ngày 15/3/26"], None, "II.2",
     "Phòng Văn hóa - Xã hội: hoàn thành rà soát, cập nhật danh"),
    ("Trung tâm Phục vụ hành chính công phường", [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.3",
     "Trung tâm Phục vụ hành chính công phường duy trì tỷ lệ hồ sơ"),
    ("Công an phường", [], "2026-03-11", ["trước ngày 11/3/2026"], None, "II.4", J5),
    ("Ban Chỉ huy Quân sự phường", [], "2026-03-11", ["trước ngày 11/3/2026"], None, "II.4", J5),
    ("Văn phòng HĐND và UBND phường", ["Kinh tế, Hạ tầng và Đô thị", "Văn hóa - Xã hội"], "2026-03-20",
     ["trước ngày 20/3/2026"], None, "II.5", "Giao Văn phòng HĐND và UBND phường chủ trì, phối hợp với các"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", [], None, [], None, "II.6",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì vận động"),
    ("Ban điều hành các khu phố", [], None, ["vào sáng Chủ nhật cuối cùng hằng tháng"], "monthly", "II.7",
     "Ban điều hành các khu phố vận động hộ dân tổng vệ sinh, khơi"),
])

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(DOCS), "documents,", sum(len(d["directives"]) for d in DOCS), "directives ->", os.path.normpath(OUT))
