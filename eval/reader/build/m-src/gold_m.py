"""Gold and questions for batch m, written by hand from the document text.
Writes gold/m.jsonl and questions/m.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/m-src/gold_m.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action)."""
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DOCS, QS = [], []


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


# 1 ------------------------------------------------------------------------------------------------
ATAN = "Phòng An toàn, an ninh và Ứng phó sự cố"
CVHH, CVDT = "Các Cảng vụ Hàng hải", "Cảng vụ Đường thủy nội địa"
R10 = "trong vòng 10 ngày làm việc kể từ ngày nhận được Thông báo này"
doc("m-tb-cuc-hhdtvn-an-toan-duong-thuy-tet.docx",
    "docx-cuc-bo-unit-heading-paragraphs-list-bullet-style-comma-unit-names-relative-deadlines",
    "1736/TB-CHHĐTVN", "2025-12-12", "Cục Hàng hải và Đường thủy Việt Nam", "Phùng Thị Thanh Nhàn",
    "TL. CỤC TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (ATAN, ["Phòng Vận tải và Dịch vụ"], "2025-12-17", ["chậm nhất ngày 17/12/2025"], None, "II.1",
     "Chủ trì, phối hợp với Phòng Vận tải và Dịch vụ xây dựng Kế hoạch"),
    (ATAN, [], None, ["chậm nhất sau 05 ngày làm việc kể từ ngày kết thúc kỳ nghỉ Tết Nguyên đán"], None, "II.1",
     "Tổng hợp tình hình tai nạn, sự cố trong dịp nghỉ Tết, báo cáo"),
    ("Phòng Kết cấu hạ tầng, Khoa học và Công nghệ", [], "2025-12-31", ["trước Tết Dương lịch 2026"], None, "II.2",
     "Rà soát hệ thống báo hiệu hàng hải, báo hiệu đường thủy nội địa trên"),
    ("Phòng Vận tải và Dịch vụ", ["các Cảng vụ Hàng hải"], "2026-01-20", ["trước ngày 20/01/2026"], None, "II.3",
     "Phối hợp với các Cảng vụ Hàng hải theo dõi sát tình hình vận tải"),
    ("Chi cục Hàng hải và Đường thủy phía Bắc", [], "2026-03-06", ["từ ngày 22/12/2025 đến ngày 06/3/2026"], None,
     "II.4", "Chỉ đạo các Cảng vụ Đường thủy nội địa khu vực trực thuộc kiểm tra"),
    ("Chi cục Hàng hải và Đường thủy phía Nam", [], "2026-03-06", ["từ ngày 22/12/2025 đến ngày 06/3/2026"], None,
     "II.4", "Chỉ đạo các Cảng vụ Đường thủy nội địa khu vực trực thuộc kiểm tra"),
    (CVHH, [], "2025-12-26", [R10], None, "II.5",
     "Rà soát, cập nhật phương án ứng phó sự cố tràn dầu, phương án"),
    (CVDT, [], "2025-12-26", [R10], None, "II.5",
     "Rà soát, cập nhật phương án ứng phó sự cố tràn dầu, phương án"),
    (CVHH, [], None, [], None, "II.5",
     "Không cấp giấy phép rời cảng cho phương tiện không đủ điều kiện an toàn"),
    (CVDT, [], None, [], None, "II.5",
     "Không cấp giấy phép rời cảng cho phương tiện không đủ điều kiện an toàn"),
    ("Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam", [], None, ["trước 08 giờ 00 hằng ngày"], "daily",
     "II.6", "Duy trì nghiêm chế độ trực ban 24/24 giờ, sẵn sàng phương tiện, lực lượng"),
    ("Tổng công ty Bảo đảm an toàn hàng hải miền Bắc", [], "2025-12-27",
     ["chậm nhất sau 15 ngày kể từ ngày ký Thông báo này"], None, "II.7",
     "Đề nghị Tổng công ty Bảo đảm an toàn hàng hải miền Bắc và"),
    ("Tổng công ty Bảo đảm an toàn hàng hải miền Nam", [], "2025-12-27",
     ["chậm nhất sau 15 ngày kể từ ngày ký Thông báo này"], None, "II.7",
     "Đề nghị Tổng công ty Bảo đảm an toàn hàng hải miền Bắc và"),
    ("Phòng Tổ chức cán bộ", ["Văn phòng Cục"], "2025-12-24", ["hạn chót 24/12/2025"], None, "II.8",
     "Phòng Tổ chức cán bộ phối hợp với Văn phòng Cục xây dựng lịch trực"),
    ("Chánh Văn phòng Cục", [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "II.9",
     "Giao Chánh Văn phòng Cục theo dõi, đôn đốc các đơn vị thực hiện"),
])

# 2 ------------------------------------------------------------------------------------------------
doc("m-bb-snnmt-gialai-xa-tuyphuoc-du-lieu-dat.pdf",
    "pdf-bien-ban-lam-viec-two-parties-two-column-signatures-noi-nhan-below-subject-items-under-party-headings",
    "327/BB-SNNMT", "2025-11-19", "Sở Nông nghiệp và Môi trường tỉnh Gia Lai", "Trương Công Định",
    "ĐẠI DIỆN ĐOÀN CÔNG TÁC / TRƯỞNG ĐOÀN", [
    ("Phòng Kinh tế", ["Công an xã"], "2025-12-15", ["trước ngày 15/12/2025"], None, "III.1.a",
     "Phòng Kinh tế chủ trì, phối hợp với Công an xã đối chiếu thông tin"),
    ("Trung tâm Phục vụ hành chính công xã", [], None,
     ["không quá 01 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"], None, "III.1.b",
     "Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ đăng ký biến động"),
    ("Công an xã", [], "2025-11-28", ["trước ngày 28/11/2025"], None, "III.1.c",
     "Công an xã cung cấp danh sách công dân đã chuyển đi nơi khác"),
    ("Văn phòng HĐND và UBND xã", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "III.1.d",
     "Văn phòng HĐND và UBND xã tổng hợp tiến độ, báo cáo Sở Nông nghiệp"),
    ("Văn phòng Đăng ký đất đai tỉnh", [], "2025-12-12", ["từ ngày 24/11/2025 đến ngày 12/12/2025"], None,
     "III.2.a", "Văn phòng Đăng ký đất đai tỉnh chỉ đạo Chi nhánh Văn phòng Đăng ký"),
    ("Phòng Quản lý đất đai", [], None, ["trong vòng 07 ngày làm việc kể từ ngày nhận được báo cáo của xã"], None,
     "III.2.b", "Phòng Quản lý đất đai hướng dẫn xã xử lý 2.146 thửa có thông tin"),
    ("Văn phòng Sở", [], "2025-11-25", ["trước ngày 25/11/2025"], None, "III.2.c",
     "Văn phòng Sở tổng hợp kết quả buổi làm việc, tham mưu lãnh đạo Sở"),
], doc_type="BIÊN BẢN")

# 3 ------------------------------------------------------------------------------------------------
doc("m-email-skhcn-haiphong-giaoban-t12.txt",
    "txt-email-reforward-gt-quoted-notice-nested-gt-clerk-note-sender-differs-from-signer",
    "2094/TB-SKHCN", "2025-12-19", "Sở Khoa học và Công nghệ thành phố Hải Phòng", "Vũ Thị Lệ Hằng",
    "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    ("Phòng Bưu chính, Viễn thông và Chuyển đổi số", ["Trung tâm Công nghệ thông tin và Truyền thông"],
     "2025-12-26", ["trước ngày 26/12/2025"], None, "II.1",
     "Phòng Bưu chính, Viễn thông và Chuyển đổi số chủ trì, phối hợp với"),
    ("Trung tâm Giám sát, điều hành đô thị thông minh", ["Công an thành phố"], "2025-12-31",
     ["trước Tết Dương lịch 2026"], None, "II.2",
     "Trung tâm Giám sát, điều hành đô thị thông minh khẩn trương phối hợp với"),
    ("Phòng Kế hoạch - Tài chính", [], "2025-12-30", ["hạn chót 30/12/2025"], None, "II.3",
     "Phòng Kế hoạch - Tài chính đôn đốc các chủ đầu tư hoàn thiện hồ sơ"),
    ("Phòng Quản lý khoa học", [], "2026-06-30", ["trong quý I và quý II/2026"], None, "II.4",
     "Phòng Quản lý khoa học tổ chức đánh giá, nghiệm thu 12 nhiệm vụ khoa học"),
    ("Chánh Văn phòng Sở", [], "2026-01-05", ["chậm nhất ngày 05/01/2026"], None, "II.5",
     "Giao Chánh Văn phòng Sở chủ trì xây dựng Chương trình công tác năm 2026"),
    ("Trung tâm Công nghệ thông tin và Truyền thông", [], "2026-06-30", ["trong 6 tháng đầu năm 2026"], None,
     "II.6", "Trung tâm Công nghệ thông tin và Truyền thông chuyển đổi 100% tài khoản thư"),
    ("Trưởng các phòng, đơn vị thuộc Sở", [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "II.7",
     "Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm báo cáo kết quả thực hiện"),
])

# 4 ------------------------------------------------------------------------------------------------
CCTS = "Chi cục Thủy sản và Kiểm ngư"
BP = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
doc("m-tb-snnmt-angiang-iuu-portal.html",
    "html-provincial-dept-portal-div-paragraphs-nbsp-entities-strong-units-mid-sentence-related-news-dates",
    "2871/TB-SNNMT", "2025-11-28", "Sở Nông nghiệp và Môi trường tỉnh An Giang", "Dương Thị Bích Liên",
    "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (CCTS, [BP], "2025-12-15", ["trước ngày 15/12/2025"], None, "1",
     "Chi cục Thủy sản và Kiểm ngư chủ trì, phối hợp với Bộ Chỉ huy"),
    (CCTS, [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "2",
     "Chi cục Thủy sản và Kiểm ngư cập nhật đầy đủ dữ liệu eCDT đối với"),
    ("Ban Quản lý các cảng cá tỉnh", [], "2026-06-30", ["chậm nhất trong quý II/2026"], None, "3",
     "Ban Quản lý các cảng cá tỉnh kiểm soát 100% tàu cá cập, rời cảng"),
    ("Phòng Kế hoạch, Tài chính", [], "2025-12-10", ["trước ngày 10/12/2025"], None, "4",
     "Phòng Kế hoạch, Tài chính tham mưu bố trí 4,6 tỷ đồng từ nguồn"),
    (BP, [], None, [], None, "5",
     "tăng cường kiểm soát tàu cá xuất, nhập bến; điều tra, xử lý nghiêm"),
    ("Công an tỉnh", [], None, [], None, "5",
     "tăng cường kiểm soát tàu cá xuất, nhập bến; điều tra, xử lý nghiêm"),
    ("UBND các xã, phường, đặc khu ven biển", [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "6",
     "Đề nghị UBND các xã, phường, đặc khu ven biển rà soát, đăng ký"),
    ("Văn phòng Sở", [], None, ["trước ngày 05 hằng tháng"], "monthly", "7",
     "Giao Văn phòng Sở theo dõi, tổng hợp tình hình thực hiện Thông báo này"),
])

# 5 ------------------------------------------------------------------------------------------------
DT, KQT, KHCN = "Ban Đào tạo và Công tác sinh viên", "Khoa Quốc tế", "Ban Khoa học, Công nghệ và Hợp tác quốc tế"
TVIEN = "Các trường đại học thành viên"
THI = "Tổ chức thi kết thúc học phần học kỳ I năm học 2025-2026 nghiêm túc"
doc("m-tb-dhhue-giaoban-t12-bang.md",
    "md-pipe-table-header-and-signature-task-table-comma-unit-names-br-in-cell-joint-chu-tri",
    "1582/TB-ĐHH", "2025-12-17", "Đại học Huế", "Tôn Nữ Thảo Vy", "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (TVIEN, [DT], "2026-01-30", ["Trước 30/01/2026"], None, "II.1", THI),
    (KQT, [DT], "2026-01-30", ["Trước 30/01/2026"], None, "II.1", THI),
    (DT, ["Trung tâm Khảo thí và Đảm bảo chất lượng giáo dục"], "2026-01-15", ["15/01/2026"], None, "II.2",
     "Xây dựng Đề án tuyển sinh đại học năm 2026 của Đại học Huế"),
    (KHCN, ["Viện Công nghệ sinh học", "các trường đại học thành viên"], "2026-03-31", ["Quý I/2026"], None, "II.3",
     "Tổng hợp, đề xuất danh mục nhiệm vụ khoa học và công nghệ cấp Bộ"),
    ("Ban Kế hoạch, Tài chính và Cơ sở vật chất", [DT, KQT], "2026-02-16", ["Trước Tết Nguyên đán Bính Ngọ"], None,
     "II.4", "Lập kế hoạch sửa chữa, cải tạo Ký túc xá Đại học Huế, ưu tiên"),
    ("Ban Tổ chức cán bộ", ["Các đơn vị có liên quan"], "2026-01-01",
     ["Trong vòng 15 ngày kể từ ngày ký Thông báo"], None, "II.5",
     "Hoàn thiện hồ sơ bổ nhiệm lại các cán bộ quản lý hết nhiệm kỳ"),
    ("Trung tâm Giáo dục Quốc phòng và An ninh", [TVIEN], "2026-04-30", ["Tháng 3 - 4/2026"], None, "II.6",
     "Tổ chức giảng dạy học phần Giáo dục quốc phòng và an ninh cho sinh viên"),
    (TVIEN, [DT], None, ["Hằng tháng (trước ngày 25)"], "monthly", "II.7",
     "Cập nhật dữ liệu người học, văn bằng, chứng chỉ lên Cơ sở dữ liệu ngành"),
    (KQT, [KHCN], "2027-05-31", ["Năm học 2026-2027"], None, "II.8",
     "Triển khai chương trình liên kết đào tạo thạc sĩ Quản trị kinh doanh với đối tác"),
    ("Trung tâm Khảo thí và Đảm bảo chất lượng giáo dục", ["Văn phòng Đại học Huế"], "2026-03-31",
     ["Thường xuyên", "trước 31/3/2026"], None, "II.9",
     "Chuẩn bị hồ sơ đánh giá ngoài cơ sở giáo dục chu kỳ 2"),
    ("Thủ trưởng các đơn vị thành viên, đơn vị thuộc và trực thuộc Đại học Huế", [], "2026-02-20",
     ["trước ngày 20/02/2026"], None, "III.1",
     "Thủ trưởng các đơn vị thành viên, đơn vị thuộc và trực thuộc Đại học Huế"),
    ("Chánh Văn phòng Đại học Huế", [], "2026-02", ["tại cuộc họp giao ban tháng 02/2026"], None, "III.2",
     "Giao Chánh Văn phòng Đại học Huế theo dõi, đôn đốc việc thực hiện"),
])

# 6 ------------------------------------------------------------------------------------------------
TET = "trước Tết Nguyên đán Bính Ngọ"
doc("m-tb-bvsn-quangngai-giaoban-t12.docx",
    "docx-hospital-typed-decimal-numbering-under-khoi-headings-person-title-assignees-tracked-deletion-in-file",
    "1253/TB-BVSN", "2026-01-08", "Bệnh viện Sản - Nhi tỉnh Quảng Ngãi", "Huỳnh Thị Thu Sương",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Khoa Sơ sinh", ["Khoa Sản bệnh"], "2026-01-20", ["trước ngày 20/01/2026"], None, "II.1.1",
     "Khoa Sơ sinh: triển khai phương pháp chăm sóc bà mẹ kangaroo liên tục"),
    ("Trưởng khoa Hồi sức tích cực - Chống độc nhi", [], "2026-02-16", [TET], None, "II.1.2",
     "Trưởng khoa Hồi sức tích cực - Chống độc nhi chịu trách nhiệm rà soát"),
    ("Khoa Nhi Tổng hợp", ["Phòng Kế hoạch tổng hợp"], None, [], None, "II.1.3",
     "Khoa Nhi Tổng hợp: phối hợp với Phòng Kế hoạch tổng hợp điều phối giường"),
    ("Điều dưỡng trưởng các khoa lâm sàng", [], None, ["trước 16 giờ 30 thứ Sáu hằng tuần"], "weekly", "II.1.4",
     "Điều dưỡng trưởng các khoa lâm sàng: kiểm tra việc ghi chép phiếu chăm sóc"),
    ("Khoa Xét nghiệm", ["Tổ Quản lý chất lượng"], "2026-03-31", ["trong quý I/2026"], None, "II.2.1",
     "Khoa Xét nghiệm phối hợp với Tổ Quản lý chất lượng duy trì chương trình"),
    ("Khoa Dược", ["Phòng Tài chính kế toán"], "2026-01-31", ["chậm nhất ngày 31/01/2026"], None, "II.2.2",
     "Khoa Dược chủ trì, phối hợp với Phòng Tài chính kế toán mua sắm"),
    ("Khoa Kiểm soát nhiễm khuẩn", [], None, ["định kỳ hằng tháng"], "monthly", "II.2.3",
     "Khoa Kiểm soát nhiễm khuẩn: tăng cường giám sát tuân thủ vệ sinh tay tại"),
    ("Phòng Điều dưỡng", ["Tổ Công tác xã hội"], "2026-06-30", ["trong 6 tháng đầu năm 2026"], None, "II.3.1",
     "Phòng Điều dưỡng chủ trì, phối hợp với Tổ Công tác xã hội khảo sát"),
    ("Phòng Kế hoạch tổng hợp", [], "2026-01-16", ["trước ngày 16/01/2026", "trong quý I/2026"], None, "II.3.2",
     "Phòng Kế hoạch tổng hợp xây dựng Kế hoạch hoạt động chuyên môn năm 2026"),
    ("Tổ Quản lý chất lượng", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.3.3",
     "Tổ Quản lý chất lượng: hoàn thành tự đánh giá chất lượng bệnh viện năm"),
    ("Tổ Công tác xã hội", [], "2026-02-16", [TET], None, "II.3.4",
     "Tổ Công tác xã hội: tổ chức chương trình Xuân yêu thương, trao 150 suất"),
    ("Phòng Tài chính kế toán", [], "2026-01-25", ["trước ngày 25/01/2026"], None, "II.3.5",
     "Phòng Tài chính kế toán thanh toán dứt điểm tiền phụ cấp thường trực, phẫu"),
    ("Trưởng các khoa, phòng, tổ", [], None, [], None, "III",
     "Trưởng các khoa, phòng, tổ có trách nhiệm phổ biến nội dung Thông báo này"),
])

# 7 ------------------------------------------------------------------------------------------------
KTHT = "Phòng Kinh tế, Hạ tầng và Đô thị"
doc("m-tb-ubnd-dackhu-condao-cao-diem-du-lich.docx",
    "docx-dac-khu-narrative-topic-paragraphs-several-units-and-deadlines-per-paragraph-issuer-own-plan",
    "186/TB-UBND", "2025-11-24", "UBND đặc khu Côn Đảo", "Đặng Thị Ngọc Thủy", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (KTHT, ["Xí nghiệp Cấp nước Côn Đảo"], "2025-12-05", ["trước ngày 05/12/2025"], None, "1",
     "Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với"),
    ("Xí nghiệp Cấp nước Côn Đảo", [], "2025-12-20", ["chậm nhất ngày 20/12/2025"], None, "1",
     "Xí nghiệp Cấp nước Côn Đảo đưa 02 hệ thống lọc nước biển công suất"),
    ("Điện lực Côn Đảo", [], "2025-12-15", ["trước ngày 15/12/2025"], None, "1",
     "Đề nghị Điện lực Côn Đảo bảo đảm vận hành ổn định các tổ máy"),
    ("Phòng Văn hóa - Xã hội", ["Công an đặc khu"], "2025-12-31", ["trước Tết Dương lịch 2026"], None, "2",
     "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an đặc khu"),
    ("Ban Quản lý Vườn quốc gia Côn Đảo", [], "2025-12", ["trong tháng 12/2025"], None, "2",
     "Ban Quản lý Vườn quốc gia Côn Đảo hoàn thành lắp đặt hệ thống bán vé"),
    ("Cảng hàng không Côn Đảo", ["các hãng hàng không"], None, [], None, "2",
     "Đề nghị Cảng hàng không Côn Đảo phối hợp với các hãng hàng không"),
    ("Công an đặc khu", [], None, [], None, "3",
     "Công an đặc khu tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự"),
    ("Ban Chỉ huy Quân sự đặc khu", ["Đồn Biên phòng Côn Đảo"], None, ["định kỳ thứ Hai hằng tuần"], "weekly", "3",
     "Giao Ban Chỉ huy Quân sự đặc khu phối hợp với Đồn Biên phòng Côn Đảo"),
    (KTHT, ["Ban Quản lý Dịch vụ công ích đặc khu"], "2026-01-31", ["trước ngày 31/01/2026"], None, "4",
     "Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với"),
    ("Trung tâm Y tế đặc khu Côn Đảo", [], "2026-02-28", ["từ ngày 15/12/2025 đến ngày 28/02/2026"], None, "4",
     "Trung tâm Y tế đặc khu Côn Đảo bố trí kíp cấp cứu thường trực tại"),
    ("Trưởng các phòng chuyên môn thuộc UBND đặc khu", [], "2026-02-10", ["trước ngày 10/02/2026"], None, "5",
     "Trưởng các phòng chuyên môn thuộc UBND đặc khu phân công cán bộ trực Tết"),
    ("Chánh Văn phòng HĐND và UBND đặc khu", [], "2026-02-12", ["trước ngày 12/02/2026", "trước ngày 25 hằng tháng"],
     "monthly", "5", "Giao Chánh Văn phòng HĐND và UBND đặc khu tổng hợp lịch trực chung"),
])

# 8 ------------------------------------------------------------------------------------------------
KTKS = "Ban Kiểm tra, kiểm soát nội bộ"
doc("m-tb-vnpost-kiem-soat-noi-bo-2026.pdf",
    "pdf-corporate-running-header-from-page-2-inside-a-task-lettered-under-numbered-comma-unit-names",
    "5127/TB-BĐVN", "2025-12-30", "Tổng công ty Bưu điện Việt Nam", "Ninh Thị Thu Hà",
    "KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC", [
    (KTKS, [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.1.a",
     "Ban Kiểm tra, kiểm soát nội bộ chủ trì xây dựng Kế hoạch kiểm tra"),
    (KTKS, ["Ban Tài chính - Kế toán"], "2026-06-30", ["trong quý I và quý II/2026"], None, "II.1.b",
     "Ban Kiểm tra, kiểm soát nội bộ phối hợp với Ban Tài chính - Kế toán"),
    ("Các Bưu điện tỉnh còn số tiền chưa thu hồi", [], "2026-03-31", ["hạn chót 31/3/2026"], None, "II.2.a",
     "Các Bưu điện tỉnh còn số tiền chưa thu hồi (Bưu điện tỉnh Cà Mau"),
    ("Ban Tổ chức - Nhân sự", [KTKS], None, ["trong vòng 30 ngày kể từ ngày nhận được kết luận kiểm tra"], None,
     "II.2.b", "Ban Tổ chức - Nhân sự chủ trì, phối hợp với Ban Kiểm tra"),
    ("Trung tâm Công nghệ thông tin", [KTKS], "2026-06-30", ["trong 6 tháng đầu năm 2026"], None, "II.3.a",
     "Trung tâm Công nghệ thông tin phối hợp với Ban Kiểm tra, kiểm soát nội bộ"),
    ("Ban Pháp chế và Quản trị rủi ro", [], "2026-03", ["trong tháng 3/2026"], None, "II.3.b",
     "Ban Pháp chế và Quản trị rủi ro rà soát, sửa đổi Quy chế kiểm soát"),
    ("Giám đốc Bưu điện các tỉnh, thành phố", [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "II.4",
     "Giám đốc Bưu điện các tỉnh, thành phố chịu trách nhiệm trước Tổng Giám đốc"),
    (KTKS, [], None, ["tại Hội nghị sơ kết 6 tháng đầu năm 2026"], None, "II.5",
     "Giao Ban Kiểm tra, kiểm soát nội bộ theo dõi, đôn đốc các đơn vị"),
])

# 9 ------------------------------------------------------------------------------------------------
THNV, TTPC, TCHC = "Phòng Tổng hợp, Nghiệp vụ", "Phòng Thanh tra, Pháp chế", "Phòng Tổ chức, Hành chính"
D4 = "Rà soát, lập danh sách các kho hàng, điểm tập kết hàng hóa dọc Quốc lộ 20"
doc("m-tb-qltt-lamdong-cao-diem-tet-tsv.txt",
    "txt-tab-separated-task-table-pasted-from-excel-quoted-multiline-cell-joint-chu-tri-ghi-chu-dates",
    "587/TB-QLTT", "2025-12-05", "Chi cục Quản lý thị trường tỉnh Lâm Đồng", "Lê Thị Kim Dung",
    "KT. CHI CỤC TRƯỞNG / PHÓ CHI CỤC TRƯỞNG", [
    (THNV, [TTPC], "2025-12-10", ["Trước 10/12/2025"], None, "II.1",
     "Xây dựng Kế hoạch cao điểm đấu tranh chống buôn lậu, gian lận thương mại"),
    ("Các Đội Quản lý thị trường", ["Công an xã, phường", "UBND các xã, phường"], "2026-03-05",
     ["Từ 15/12/2025 đến 05/3/2026"], None, "II.2",
     "Tổ chức kiểm tra, kiểm soát thị trường đối với hàng hóa thiết yếu phục vụ Tết"),
    ("Đội Quản lý thị trường cơ động", [THNV], None, ["Thường xuyên"], None, "II.3",
     "Kiểm tra các cơ sở kinh doanh trên sàn thương mại điện tử, livestream"),
    ("Đội Quản lý thị trường số 5", ["Đội Quản lý thị trường cơ động"], "2025-12-31", ["Trước Tết Dương lịch 2026"],
     None, "II.4", D4),
    ("Đội Quản lý thị trường số 9", ["Đội Quản lý thị trường cơ động"], "2025-12-31", ["Trước Tết Dương lịch 2026"],
     None, "II.4", D4),
    (THNV, ["Các Đội Quản lý thị trường"], None, ["Hằng tuần (trước 15 giờ thứ Sáu)"], "weekly", "II.5",
     "Tổng hợp, báo cáo kết quả kiểm tra, xử lý về Cục Quản lý và Phát triển"),
    (TTPC, [], None, ["Trong 03 ngày làm việc kể từ ngày phát hiện dấu hiệu tội phạm"], None, "II.6",
     "Tham mưu chuyển hồ sơ vụ việc có dấu hiệu tội phạm sang cơ quan điều tra"),
    (TCHC, [], "2025-12-12", ["Chậm nhất 12/12/2025"], None, "II.7",
     "Rà soát trang thiết bị, phương tiện, bảo đảm kinh phí cho các Đội"),
    (THNV, [TCHC], "2026-03", ["Trong tháng 3/2026"], None, "II.8",
     "Sơ kết đợt cao điểm, đề xuất khen thưởng tập thể, cá nhân có thành tích"),
    ("Đội trưởng các Đội Quản lý thị trường", [], "2026-02-10", ["trước ngày 10/02/2026"], None, "III.1",
     "Đội trưởng các Đội Quản lý thị trường phân công công chức trực 24/24 giờ"),
    (THNV, [], None, [], None, "III.2",
     "Giao Phòng Tổng hợp, Nghiệp vụ theo dõi, đôn đốc việc thực hiện Thông báo"),
])

# 10 -----------------------------------------------------------------------------------------------
doc("m-cv-ubnd-langson-truong-noi-tru-word.html",
    "html-word-save-as-web-page-mso-list-ignore-numbering-split-runs-kinh-gui-title-person-assignees",
    "1964/UBND-KGVX", "2025-12-15", "UBND tỉnh Lạng Sơn", "Lộc Văn Thiêm", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    ("Giám đốc Sở Giáo dục và Đào tạo", ["Giám đốc Sở Xây dựng", "Chủ tịch UBND các xã liên quan"], "2025-12-25",
     ["trước ngày 25/12/2025"], None, "1",
     "Giám đốc Sở Giáo dục và Đào tạo chủ trì, phối hợp với Giám đốc"),
    ("Giám đốc Sở Tài chính", [], "2025-12-29",
     ["trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản này"], None, "2",
     "Giám đốc Sở Tài chính tham mưu cân đối, bố trí vốn ngân sách tỉnh"),
    ("Giám đốc Sở Xây dựng", [], "2026-01-15",
     ["không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "trước ngày 15/01/2026"], None, "3",
     "Giám đốc Sở Xây dựng tổ chức thẩm định báo cáo nghiên cứu khả thi"),
    ("Giám đốc Sở Nông nghiệp và Môi trường", [], "2026-01-05", ["chậm nhất ngày 05/01/2026"], None, "4",
     "Giám đốc Sở Nông nghiệp và Môi trường hướng dẫn các xã hoàn thiện thủ tục"),
    ("Chủ tịch UBND các xã: Đồng Đăng, Tân Thanh, Thụy Hùng, Mẫu Sơn", [], "2025-12-31",
     ["trước Tết Dương lịch 2026"], None, "5",
     "Chủ tịch UBND các xã: Đồng Đăng, Tân Thanh, Thụy Hùng, Mẫu Sơn chịu"),
    ("Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh", [], None, [], None, "6",
     "Đề nghị Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo"),
    ("Chánh Văn phòng UBND tỉnh", [], None, ["trước ngày 20 hằng tháng"], "monthly", "7",
     "Giao Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị"),
], doc_type="CÔNG VĂN")


# questions ------------------------------------------------------------------------------------------
def q(text, src, must, tags):
    QS.append({"id": "mq%02d" % (len(QS) + 1), "question": text, "gold_sources": [src] if src else [],
               "must_contain": must, "answerable": bool(src), "split": "dev", "tags": tags})


CUC, BB, EM, AG, HUE = ("m-tb-cuc-hhdtvn-an-toan-duong-thuy-tet.docx", "m-bb-snnmt-gialai-xa-tuyphuoc-du-lieu-dat.pdf",
                        "m-email-skhcn-haiphong-giaoban-t12.txt", "m-tb-snnmt-angiang-iuu-portal.html",
                        "m-tb-dhhue-giaoban-t12-bang.md")
BV, CD, VNP, QL, LS = ("m-tb-bvsn-quangngai-giaoban-t12.docx", "m-tb-ubnd-dackhu-condao-cao-diem-du-lich.docx",
                       "m-tb-vnpost-kiem-soat-noi-bo-2026.pdf", "m-tb-qltt-lamdong-cao-diem-tet-tsv.txt",
                       "m-cv-ubnd-langson-truong-noi-tru-word.html")

q("Theo Thông báo 1736/TB-CHHĐTVN, Phòng An toàn, an ninh và Ứng phó sự cố phải trình Cục trưởng ban hành Kế hoạch "
  "bảo đảm an toàn giao thông dịp Tết chậm nhất ngày nào?", CUC, ["17/12/2025"], ["deadline", "vi"])
q("Within what time must the maritime and inland waterway port authorities send their updated oil-spill and "
  "search-and-rescue plans to the Vietnam Maritime and Inland Waterway Administration?", CUC,
  ["10 ngày làm việc"], ["deadline", "en"])
q("Cuc truong Cuc Hang hai va Duong thuy Viet Nam nao chu tri cuoc hop ve an toan giao thong dip Tet Binh Ngo, "
  "hop ngay nao?", CUC, ["Lê Đình Khuông", "10/12/2025"], ["chair", "date", "vi-noaccent"])
q("Theo biên bản làm việc giữa Sở Nông nghiệp và Môi trường Gia Lai và xã Tuy Phước, Phòng Kinh tế xã phối hợp với "
  "đơn vị nào và phải rà soát xong 100% số thửa còn lại trước ngày nào?", BB, ["Công an xã", "15/12/2025"],
  ["coordinators", "deadline", "vi"])
q("Who led the Department of Agriculture and Environment's working delegation to Tuy Phuoc commune, and who signed "
  "the minutes for the commune?", BB, ["Trương Công Định", "Đào Xuân Lộc"], ["signer", "who", "en"])
q("Xa Tuy Phuoc kien nghi UBND tinh Gia Lai bo sung bao nhieu kinh phi de do dac, chinh ly cac thua dat sai lech?",
  BB, ["1,85 tỷ đồng"], ["figure", "vi-noaccent"])
q("By when must Hai Phong's Smart City Monitoring and Operation Centre connect the remaining traffic cameras of the "
  "former Hai Duong area, and how many cameras are left?", EM, ["Tết Dương lịch 2026", "328"],
  ["deadline", "figure", "en"])
q("Ai ký Thông báo kết luận giao ban tháng 12/2025 số 2094/TB-SKHCN của Sở Khoa học và Công nghệ Hải Phòng?", EM,
  ["Vũ Thị Lệ Hằng"], ["signer", "vi"])
q("Phong Ke hoach - Tai chinh So KH&CN Hai Phong phai gui chung tu thanh toan von dau tu cong nam 2025 den Kho bac "
  "han chot ngay nao?", EM, ["30/12/2025"], ["deadline", "vi-noaccent"])
q("Phòng Quản lý khoa học Sở KH&CN Hải Phòng phải nghiệm thu bao nhiêu nhiệm vụ khoa học và công nghệ cấp thành phố "
  "và trong thời hạn nào?", EM, ["12 nhiệm vụ", "quý I và quý II/2026"], ["figure", "deadline", "vi"])
q("Sở Nông nghiệp và Môi trường An Giang yêu cầu Chi cục Thủy sản và Kiểm ngư xử phạt dứt điểm các tàu cá mất kết "
  "nối giám sát hành trình trước ngày nào?", AG, ["15/12/2025"], ["deadline", "vi"])
q("How much funding must the Planning and Finance Division of An Giang's Department of Agriculture and Environment "
  "propose for the fight against IUU fishing, and by when?", AG, ["4,6 tỷ đồng", "10/12/2025"],
  ["figure", "deadline", "en"])
q("UBND cac xa, phuong, dac khu ven bien tinh An Giang phai hoan thanh dang ky, danh dau tau ca duoi 12 met truoc "
  "thoi diem nao?", AG, ["Tết Nguyên đán Bính Ngọ"], ["deadline", "vi-noaccent"])
q("Đơn vị nào chủ trì xây dựng Đề án tuyển sinh đại học năm 2026 của Đại học Huế và thời hạn là khi nào?", HUE,
  ["Ban Đào tạo và Công tác sinh viên", "15/01/2026"], ["who", "deadline", "vi"])
q("Which units must Hue University's Office of Planning, Finance and Facilities work with on the dormitory repair "
  "plan, and what is its deadline?", HUE, ["Ban Đào tạo và Công tác sinh viên", "Khoa Quốc tế",
                                           "Tết Nguyên đán Bính Ngọ"], ["coordinators", "deadline", "en"])
q("Who chaired Hue University's December 2025 briefing meeting, and on what date was it held?", HUE,
  ["Ngô Trí Hiếu", "15/12/2025"], ["chair", "date", "en"])
q("Theo Thông báo 1253/TB-BVSN, Khoa Sơ sinh phải trình quy trình hồi sức sơ sinh tại phòng sinh lên Hội đồng Khoa "
  "học kỹ thuật trước ngày nào?", BV, ["20/01/2026"], ["deadline", "vi"])
q("What was the caesarean section rate at the Quang Ngai Obstetrics and Paediatrics Hospital in December 2025?", BV,
  ["46,8%"], ["figure", "en"])
q("Khoa Duoc Benh vien San - Nhi Quang Ngai phoi hop voi phong nao de mua sam bo sung thuoc khang sinh, han chot "
  "khi nao?", BV, ["Phòng Tài chính kế toán", "31/01/2026"], ["coordinators", "deadline", "vi-noaccent"])
q("Dieu duong truong cac khoa lam sang Benh vien San - Nhi Quang Ngai phai bao cao ket qua kiem tra phieu cham soc "
  "ve dau va vao luc nao?", BV, ["Phòng Điều dưỡng", "thứ Sáu hằng tuần"], ["recurring", "vi-noaccent"])
q("Xí nghiệp Cấp nước Côn Đảo phải đưa hệ thống lọc nước biển vào vận hành chậm nhất ngày nào?", CD,
  ["20/12/2025"], ["deadline", "vi"])
q("Who chaired the Con Dao special zone meeting on the peak tourist season, and how many visitors did the zone "
  "receive in 2025?", CD, ["Lưu Thanh Bình", "812.000"], ["chair", "figure", "en"])
q("Until when must the Con Dao special zone Medical Centre keep emergency teams on standby at Ben Dam port and the "
  "airport?", CD, ["28/02/2026"], ["deadline", "en"])
q("By when must Vietnam Post's Internal Inspection and Control Board submit the 2026 inspection plan to the General "
  "Director for approval?", VNP, ["15/01/2026"], ["deadline", "en"])
q("Theo Thông báo 5127/TB-BĐVN, những Bưu điện tỉnh nào còn tiền sai phạm chưa thu hồi và hạn chót thu hồi là ngày "
  "nào?", VNP, ["Cà Mau", "Lâm Đồng", "Gia Lai", "31/3/2026"], ["who", "deadline", "vi"])
q("Ai ký Thông báo kết luận Hội nghị tổng kết công tác kiểm tra, kiểm soát nội bộ năm 2025 của Tổng công ty Bưu điện "
  "Việt Nam?", VNP, ["Ninh Thị Thu Hà"], ["signer", "vi"])
q("Over what period must Lam Dong's market surveillance teams carry out the Tet peak inspections of essential "
  "goods?", QL, ["15/12/2025", "05/3/2026"], ["deadline", "en"])
q("Phòng Tổng hợp, Nghiệp vụ của Chi cục Quản lý thị trường Lâm Đồng phải báo cáo kết quả kiểm tra, xử lý theo định "
  "kỳ nào?", QL, ["15 giờ thứ Sáu"], ["recurring", "vi"])
q("Doi Quan ly thi truong nao chu tri kiem tra cac co so ban hang tren san thuong mai dien tu, livestream o Lam Dong?",
  QL, ["Đội Quản lý thị trường cơ động"], ["who", "vi-noaccent"])
q("Giám đốc Sở Xây dựng Lạng Sơn phải hoàn thành thẩm định cả 04 dự án trường phổ thông nội trú liên cấp trước ngày "
  "nào?", LS, ["15/01/2026"], ["deadline", "vi"])
q("What is the estimated total investment of the four cross-level boarding schools in Lang Son's border communes?",
  LS, ["1.240 tỷ đồng"], ["figure", "en"])
q("Chu tich UBND cac xa Dong Dang, Tan Thanh, Thuy Hung, Mau Son phai ban giao mat bang sach xay truong noi tru "
  "truoc thoi diem nao?", LS, ["Tết Dương lịch 2026"], ["deadline", "vi-noaccent"])
# unanswerable
q("Theo Thông báo 1736/TB-CHHĐTVN, Chi cục Hàng hải và Đường thủy phía Trung phải hoàn thành kiểm tra phương tiện "
  "chở khách ngang sông trước ngày nào?", None, [], ["deadline", "vi"])
q("What deadline did Gia Lai's Department of Agriculture and Environment set for Tuy Phuoc Dong commune to finish "
  "its land-data review?", None, [], ["deadline", "en"])
q("So Khoa hoc va Cong nghe Hai Phong yeu cau ket noi camera giao thong khu vuc Thuy Nguyen ve nen tang IOC xong "
  "truoc ngay nao?", None, [], ["deadline", "vi-noaccent"])
q("Bệnh viện Sản - Nhi tỉnh Quảng Ngãi giao Khoa Phẫu thuật Nhi hoàn thành nhiệm vụ gì trước Tết Nguyên đán Bính "
  "Ngọ?", None, [], ["what", "deadline", "vi"])
q("What is the ticket price for the Hon Bay Canh eco-tour in Con Dao?", None, [], ["figure", "en"])
q("Theo Thông báo số 5127/TB-BĐVN, Bưu điện tỉnh Đắk Lắk phải thu hồi bao nhiêu tiền sai phạm?", None, [],
  ["figure", "number", "vi"])
q("Chi cuc Quan ly thi truong tinh Lam Dong da kiem tra bao nhieu vu trong nam 2024?", None, [],
  ["figure", "vi-noaccent"])
q("By when must the Director of the Lang Son Department of Health complete his part of the border boarding-school "
  "projects?", None, [], ["deadline", "en"])

if __name__ == "__main__":
    with open(os.path.join(ROOT, "gold", "m.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "questions", "m.jsonl"), "w", encoding="utf-8") as f:
        for x in QS:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(DOCS), "documents,", sum(len(d["directives"]) for d in DOCS), "directives,", len(QS), "questions")
