"""Gold and questions for batch n, written by hand from the document text.
Writes gold/n.jsonl and questions/n.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/n-src/gold_n.py
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
P1 = "Phòng Thực hành quyền công tố, kiểm sát điều tra và kiểm sát xét xử án hình sự"
P2 = "Phòng Kiểm sát việc giải quyết các vụ án hành chính, vụ việc kinh doanh, thương mại, lao động"
P3 = "Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự"
KV = "Viện kiểm sát nhân dân các khu vực"
doc("n-tb-vksnd-gialai-giaoban-t11.docx",
    "docx-procuracy-task-table-first-column-units-merged-vertically-several-rows-per-unit-paragraph-after",
    "1186/TB-VKS-VP", "2025-12-08", "Viện kiểm sát nhân dân tỉnh Gia Lai", "Đinh Thị Thanh Nhàn",
    "TL. VIỆN TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (P1, [], "2025-12-31", ["Trước ngày 31/12/2025"], None, "II.1",
     "Tập trung kiểm sát chặt chẽ việc tiếp nhận, giải quyết tin báo, tố giác"),
    (P1, [], "2025-12-20", ["Trước ngày 20/12/2025"], None, "II.2",
     "Rà soát 04 vụ án bị trả hồ sơ để điều tra bổ sung"),
    (P1, ["Văn phòng"], "2026-03-31", ["Trong quý I/2026"], None, "II.3",
     "Phối hợp với Văn phòng xây dựng chuyên đề \"Kỹ năng xét hỏi, tranh luận"),
    (P2, [], None, ["Thường xuyên"], None, "II.4",
     "Kiểm sát 100% bản án, quyết định sơ thẩm của Tòa án nhân dân khu vực"),
    (P2, [], "2026-01-10", ["Trước ngày 10/01/2026"], None, "II.5",
     "Tổng hợp các vi phạm phổ biến trong giải quyết vụ án hành chính về đất đai"),
    (P3, [], "2025-12", ["Trong tháng 12/2025"], None, "II.6",
     "Trực tiếp kiểm sát việc quản lý, giam giữ tại Trại tạm giam số 2"),
    (P3, [], "2026-01-15", ["Trước ngày 15/01/2026"], None, "II.7",
     "Kiểm sát việc lập hồ sơ đề nghị xét giảm thời hạn chấp hành án phạt tù"),
    ("Văn phòng", [], "2026-01-05", ["trước ngày 05/01/2026"], None, "II.8",
     "Tham mưu tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ"),
    ("Văn phòng", [], "2025-12", ["Tại cuộc họp giao ban tháng 12/2025"], None, "II.9",
     "Theo dõi, đôn đốc các đơn vị thực hiện các nhiệm vụ tại Thông báo này"),
    ("Phòng Thống kê tội phạm và Công nghệ thông tin", [], None, ["Trước ngày 25 hằng tháng"], "monthly", "II.10",
     "Hướng dẫn các đơn vị cập nhật đầy đủ dữ liệu vào phần mềm quản lý"),
    (KV, ["Cơ quan Cảnh sát điều tra Công an tỉnh"], "2025-12-31", ["Từ nay đến hết năm 2025"], None, "II.11",
     "Tăng cường kiểm sát việc tiếp nhận, giải quyết tin báo tại Công an cấp xã"),
    (KV, [], "2026-01-02", ["Chậm nhất ngày 02/01/2026"], None, "II.12",
     "Báo cáo kết quả thực hiện các chỉ tiêu nghiệp vụ năm 2025 về Viện"),
    ("Viện kiểm sát nhân dân khu vực 7", [], "2025-12-26", ["trước ngày 26/12/2025"], None, "II",
     "Riêng Viện kiểm sát nhân dân khu vực 7 khẩn trương hoàn thành việc truy tố"),
])

# 2 ------------------------------------------------------------------------------------------------
A = "UBND xã Vạn Tường"
B = "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
doc("n-bb-lamviec-xa-vantuong-bqlkkt-dungquat.docx",
    "docx-bien-ban-lam-viec-two-parties-ben-a-ben-b-doi-voi-ben-x-headings-hai-ben-joint-dai-dien-signatures",
    "318/BB-BQL", "2025-12-16", B, "Lê Văn Thạnh", "ĐẠI DIỆN BÊN B / PHÓ TRƯỞNG BAN", [
    (A, [], "2025-12-26", ["trước ngày 26/12/2025"], None, "III.1",
     "Hoàn thiện hồ sơ xác nhận nguồn gốc đất của 27 hộ chưa nhận tiền"),
    (A, ["Công an xã Vạn Tường"], "2026-02-28", ["trước ngày 28/02/2026", "trước ngày 05/3/2026"], None, "III.1",
     "Chủ trì, phối hợp với Công an xã Vạn Tường vận động 11 hộ"),
    ("Phòng Kinh tế xã", [], None, ["trong thời hạn 20 ngày kể từ ngày nhận được phương án"], None, "III.1",
     "Giao Phòng Kinh tế xã niêm yết công khai phương án bồi thường điều chỉnh"),
    (A, [], None, ["ngay sau khi có Quyết định phê duyệt giá đất cụ thể"], None, "III.1",
     "Chỉ đạo các thôn Tây Bắc, An Điềm rà soát, lập danh sách hộ"),
    (B, ["Trung tâm Phát triển quỹ đất tỉnh"], "2025-12-31", ["trước ngày 31/12/2025"], None, "III.2",
     "Chủ trì, phối hợp với Trung tâm Phát triển quỹ đất tỉnh rà soát đơn giá"),
    ("Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế", [], "2026-01-04", ["trong tuần đầu tháng 01/2026"],
     None, "III.2", "Giao Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế chi trả"),
    ("Phòng Quản lý Quy hoạch và Xây dựng", ["Chi nhánh Văn phòng đăng ký đất đai khu vực Bình Sơn"], "2025-12-31",
     ["từ nay đến ngày 31/12/2025"], None, "III.2",
     "Phòng Quản lý Quy hoạch và Xây dựng phối hợp với Chi nhánh Văn phòng"),
    (B, [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "III.2",
     "Tổ chức bốc thăm vị trí lô đất tái định cư cho 46 hộ"),
    (A, [], "2026-01-08", ["trước ngày 08/01/2026"], None, "III.3",
     "Hai bên phối hợp tổ chức đối thoại với 09 hộ chưa đồng thuận"),
    (B, [], "2026-01-08", ["trước ngày 08/01/2026"], None, "III.3",
     "Hai bên phối hợp tổ chức đối thoại với 09 hộ chưa đồng thuận"),
    (A, [], None, ["Vào chiều thứ Sáu hằng tuần"], "weekly", "III.3",
     "Vào chiều thứ Sáu hằng tuần, Bên A báo cáo tiến độ bàn giao"),
], doc_type="BIÊN BẢN LÀM VIỆC")

# 3 ------------------------------------------------------------------------------------------------
HL = "các công ty than hầm lò"
KT = "các đơn vị có khai trường, bãi thải gần khu dân cư"
doc("n-tb-tkv-ke-hoach-phoi-hop-kinh-doanh-2026.docx",
    "docx-state-group-doi-voi-unit-headings-dash-tab-items-bracketed-member-list-comma-qualifier-group",
    "5912/TB-TKV", "2025-12-30", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Bùi Đức Hạnh",
    "TL. TỔNG GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    ("Ban Kế hoạch", [], "2026-01-09", ["trước ngày 09/01/2026"], None, "III.1",
     "Hoàn thiện, trình Hội đồng thành viên giao kế hoạch phối hợp kinh doanh năm 2026"),
    ("Ban Kế hoạch", ["Ban Kỹ thuật công nghệ mỏ"], "2026-03-31", ["trong quý I/2026"], None, "III.1",
     "Chủ trì, phối hợp với Ban Kỹ thuật công nghệ mỏ rà soát năng lực"),
    ("Ban An toàn", [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "III.2",
     "Tổ chức kiểm tra công tác phòng ngừa khí mê tan, bục nước, sập đổ lò"),
    ("Ban An toàn", [], "2026-01", ["trong tháng 01/2026"], None, "III.2",
     "Tổng hợp, phân tích nguyên nhân các vụ tai nạn lao động năm 2025"),
    (HL, [], "2026-01-15", ["trước ngày 15/01/2026"], None, "III.3",
     "Xây dựng, phê duyệt hộ chiếu chống giữ lò và kế hoạch thông gió năm 2026"),
    (HL, [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "III.3",
     "Đẩy mạnh cơ giới hóa khai thác, phấn đấu sản lượng lò chợ cơ giới hóa"),
    (KT, [], "2026-04-30", ["trước mùa mưa bão năm 2026", "trước ngày 30/4/2026"], None, "III.4",
     "Rà soát, gia cố hệ thống đê chắn, mương thoát nước, hố lắng tại"),
    (KT, [], None, ["trước ngày 15/7 và ngày 15/01 hằng năm"], "half_yearly", "III.4",
     "Quan trắc môi trường theo chương trình được phê duyệt, gửi báo cáo kết quả"),
    ("Công ty Kho vận và cảng Cẩm Phả - TKV", ["Công ty Tuyển than Cửa Ông - TKV"], "2026-06-30",
     ["trong quý II/2026"], None, "III.5",
     "Công ty Kho vận và cảng Cẩm Phả - TKV chủ trì, phối hợp với"),
    ("Ban Truyền thông và Văn hóa doanh nghiệp", [], "2026-03-31", ["trong quý I/2026"], None, "III.6",
     "Ban Truyền thông và Văn hóa doanh nghiệp chủ trì xây dựng kế hoạch"),
    ("Công đoàn Than - Khoáng sản Việt Nam", ["các đơn vị"], None, [], None, "III.7",
     "Đề nghị Công đoàn Than - Khoáng sản Việt Nam phối hợp với các đơn vị"),
    ("Văn phòng Tập đoàn", [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "III.8",
     "Giao Văn phòng Tập đoàn theo dõi, đôn đốc các đơn vị thực hiện"),
])

# 4 ------------------------------------------------------------------------------------------------
UK = "Ủy ban nhân dân tỉnh Khánh Hòa"
CDT = "các chủ đầu tư, Ban Quản lý dự án có dự án được kiểm toán"
doc("n-tb-ktnn-kv11-ket-qua-kiem-toan-khanhhoa.pdf",
    "pdf-state-audit-kinh-gui-kien-nghi-doi-voi-headings-lettered-and-dash-amounts-appendix-figure-table",
    "1247/TB-KVXI", "2025-12-19", "Kiểm toán nhà nước khu vực XI", "Trịnh Văn Lượng",
    "KT. KIỂM TOÁN TRƯỞNG / PHÓ KIỂM TOÁN TRƯỞNG", [
    (UK, [], None, [], None, "II.2.a",
     "Chỉ đạo Sở Tài chính, Thuế tỉnh Khánh Hòa và các đơn vị có liên quan"),
    (UK, [], None, [], None, "II.2.b",
     "Chỉ đạo các chủ đầu tư thu hồi dứt điểm số tạm ứng quá hạn"),
    (UK, [], None, ["trước ngày 31/12 của năm trước năm ngân sách"], "yearly", "II.2.c",
     "Chấn chỉnh công tác lập, giao dự toán, bảo đảm giao dự toán chi thường xuyên"),
    ("Sở Tài chính", ["Kho bạc Nhà nước khu vực XIII"], "2026-03-31", ["trước 31/3/2026", "trước 15/4/2026"], None,
     "II.3", "Chủ trì, phối hợp với Kho bạc Nhà nước khu vực XIII thu hồi nộp"),
    ("Sở Tài chính", [], "2026-03-31", ["trong quý I/2026"], None, "II.3",
     "Rà soát, hủy bỏ các khoản chuyển nguồn không đúng quy định số tiền"),
    ("Sở Tài chính", [], "2026", ["trong năm 2026"], None, "II.3",
     "Tham mưu Ủy ban nhân dân tỉnh ban hành quy định phân cấp nguồn thu"),
    ("Thuế tỉnh Khánh Hòa", [], "2026-02-28", ["trước ngày 28/02/2026"], None, "II.4",
     "Truy thu, xử phạt và nộp ngân sách nhà nước số tiền 6.205 triệu đồng"),
    ("Thuế tỉnh Khánh Hòa", [], "2026-12-31", ["đến cuối năm 2026"], None, "II.4",
     "Tăng cường các biện pháp thu hồi nợ thuế, phấn đấu đến cuối năm 2026"),
    (CDT, [], None, ["ngay trong kỳ thanh toán tiếp theo"], None, "II.5",
     "Giảm trừ giá trị quyết toán, giảm thanh toán số tiền 27.596 triệu đồng"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", [], "2026-06-30",
     ["trước ngày 30/6/2026"], None, "II.5",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp"),
    (UK, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "III",
     "Đề nghị Ủy ban nhân dân tỉnh Khánh Hòa chỉ đạo các đơn vị thực hiện"),
])

# 5 ------------------------------------------------------------------------------------------------
CDC = "Trung tâm Kiểm soát bệnh tật thành phố"
BV = "các bệnh viện, trung tâm y tế trực thuộc Sở"
TYT = "Trạm Y tế các xã, phường"
doc("n-tb-syt-hanoi-so-suc-khoe-dien-tu.pdf",
    "pdf-esign-stamp-text-layer-before-header-lettered-unit-subjects-doi-voi-headings-dash-page-break-in-item",
    "5106/TB-SYT", "2025-12-19", "Sở Y tế thành phố Hà Nội", "Ngô Thị Lan Hương", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Phòng Nghiệp vụ Y", [CDC], "2025-12-31", ["trước ngày 31/12/2025"], None, "II.1.a",
     "Phòng Nghiệp vụ Y chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-01", ["trong tháng 01/2026"], None, "II.1.b",
     "Phòng Kế hoạch - Tài chính tham mưu Sở Y tế báo cáo UBND thành phố"),
    ("Văn phòng Sở", [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "II.1.c",
     "Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện Thông báo này"),
    (CDC, [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.2",
     "Ban hành hướng dẫn chuyên môn, biểu mẫu khám sàng lọc; tập huấn cho Trạm"),
    (CDC, [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.2",
     "Tổng hợp số liệu tiến độ khám sàng lọc và lập Sổ sức khỏe điện tử"),
    (BV, [], None, [], None, "II.3",
     "Bố trí nhân lực hỗ trợ Trạm Y tế các xã, phường khám sàng lọc"),
    (BV, [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.3",
     "Hoàn thành kết nối, liên thông dữ liệu khám, chữa bệnh lên Hệ thống"),
    (TYT, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.4",
     "Rà soát, cập nhật danh sách người dân trên địa bàn, ưu tiên người cao tuổi"),
    (TYT, ["Công an xã, phường"], None, [], None, "II.4",
     "Phối hợp với Công an xã, phường hướng dẫn người dân kích hoạt, tra cứu"),
    ("Y tế các Bộ, ngành đóng trên địa bàn thành phố", [], None, ["định kỳ 6 tháng"], "half_yearly", "II.5",
     "Đề nghị Y tế các Bộ, ngành đóng trên địa bàn thành phố triển khai"),
    ("Ủy ban nhân dân các xã, phường", [], "2026-03-31", ["trong quý I/2026"], None, "II.6",
     "Đề nghị Ủy ban nhân dân các xã, phường bố trí địa điểm, bảo đảm"),
])

# 6 ------------------------------------------------------------------------------------------------
K3, K4 = "Khu Quản lý đường bộ III", "Khu Quản lý đường bộ IV"
QLKC = "Phòng Quản lý kết cấu hạ tầng đường bộ"
UT = "Sở Xây dựng các tỉnh, thành phố được ủy thác"
doc("n-tb-cucduongbo-khac-phuc-mua-lu-excel.pdf",
    "pdf-printed-from-excel-row-numbers-column-letters-gridlines-landscape-repeated-heading-row-group-rows",
    "4318/TB-CĐBVN", "2025-11-25", "Cục Đường bộ Việt Nam", "Hoàng Minh Tuấn", "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG", [
    (K3, ["Công an, Quân sự các xã có quốc lộ đi qua"], None, ["Thường xuyên trong mùa mưa lũ"], None, "I.1",
     "Xử lý các điểm sạt lở taluy dương; bố trí biển báo, rào chắn"),
    ("Sở Xây dựng tỉnh Khánh Hòa", ["Sở Xây dựng tỉnh Lâm Đồng", "Công an tỉnh Khánh Hòa"], "2025-11-30",
     ["Trước ngày 30/11/2025"], None, "I.2",
     "Thông tuyến tạm, tổ chức phân luồng từ xa; cấm phương tiện có tải trọng"),
    ("Sở Xây dựng tỉnh Quảng Ngãi", ["UBND các xã có quốc lộ, đường tỉnh đi qua"], "2025-12-05",
     ["Trước ngày 05/12/2025"], None, "I.3",
     "Hoàn trả nền, mặt đường các đoạn bị ngập sâu, xói lở; dọn dẹp"),
    (K3, ["UBND các phường, xã có đoạn tuyến bị ngập"], "2025-12-15", ["Trước ngày 15/12/2025"], None, "I.4",
     "Lắp đặt cột thủy chí, biển cảnh báo \"Đoạn đường thường xuyên ngập\"; rà soát"),
    (K3, [QLKC], "2025-12", ["trước mùa mưa năm 2026", "trong tháng 12/2025", "trước 30/4/2026"], None, "II.5",
     "Lập hồ sơ sửa chữa đột xuất (bước 2), trình Cục phê duyệt; tổ chức"),
    (K4, ["Sở Xây dựng tỉnh Gia Lai", "Sở Xây dựng tỉnh Đắk Lắk"], "2026-03-31", ["Quý I/2026"], None, "II.6",
     "Kiểm tra, đánh giá an toàn công trình cầu, cống; đề xuất gia cố"),
    ("Phòng Kế hoạch - Tài chính", ["Các Khu Quản lý đường bộ", QLKC], None,
     ["Ngay sau khi có Quyết định công bố tình huống khẩn cấp"], None, "II.7",
     "Lập hồ sơ đề xuất Bộ Xây dựng bố trí vốn khắc phục hậu quả thiên tai"),
    ("Các Khu Quản lý đường bộ", [UT], None, ["Trước 09 giờ 00 hằng ngày"], "daily", "III.8",
     "Báo cáo nhanh tình hình hư hỏng, ách tắc giao thông và kết quả khắc phục"),
    (UT, [K3, K4], None, ["Trước 30/6 và 31/12 hằng năm"], "half_yearly", "III.9",
     "Tổng hợp tình hình bảo trì, kết quả kiểm tra an toàn công trình trên"),
    ("Văn phòng Cục", ["Các phòng, đơn vị liên quan"], "2025-12", ["Trong tháng 12/2025"], None, "III.10",
     "Tổng hợp kết quả thực hiện Thông báo này, báo cáo Bộ trưởng Bộ Xây dựng"),
])

# 7 ------------------------------------------------------------------------------------------------
VPD = "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"
doc("n-tb-tthdnd-daklak-chuan-bi-ky-hop-12.md",
    "md-pandoc-grid-tables-header-signature-and-task-table-72col-wrapped-paragraphs-escaped-markers",
    "427/TB-HĐND", "2025-11-24", "Thường trực HĐND tỉnh Đắk Lắk", "Nguyễn Thị Hoài Thương",
    "TM. THƯỜNG TRỰC HĐND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    ("Sở Tài chính", [], "2025-11-28", ["Trước ngày 28/11/2025"], None, "2.1",
     "Nghị quyết về dự toán thu ngân sách nhà"),
    ("Sở Tài chính", [], "2025-11-28", ["Trước ngày 28/11/2025"], None, "2.2",
     "Nghị quyết về kế hoạch đầu tư công năm"),
    ("Sở Nội vụ", [], "2025-12-01", ["Trước ngày 01/12/2025"], None, "2.3",
     "Nghị quyết quy định chính sách hỗ trợ"),
    ("Sở Nông nghiệp và Môi trường", [], "2025-12-05", ["Chậm nhất ngày 05/12/2025"], None, "2.4",
     "Nghị quyết sửa đổi, bổ sung Bảng giá đất"),
    ("Sở Tư pháp", [], "2025-12-01", ["Trước ngày 01/12/2025"], None, "2.5",
     "Nghị quyết quy định mức chi bảo đảm cho"),
    ("UBND tỉnh", [], "2025-12-05", ["trước ngày 05/12/2025"], None, "3",
     "Chỉ đạo các sở, ngành chuẩn bị báo cáo kết quả giải quyết ý kiến"),
    ("UBND tỉnh", [], "2025-12-15", ["trước kỳ họp thứ 12 HĐND tỉnh (dự kiến ngày 15/12/2025)"], None, "3",
     "Phân công lãnh đạo UBND tỉnh và Giám đốc các sở: Tài chính"),
    ("Các Ban HĐND tỉnh", [], "2025-12-10", ["trước ngày 10/12/2025"], None, "4",
     "Tổ chức thẩm tra các báo cáo, đề án, dự thảo nghị quyết thuộc lĩnh"),
    ("Ban Dân tộc", ["Ban Văn hóa - Xã hội"], "2025-12-07", ["trong tuần đầu tháng 12/2025"], None, "4",
     "Ban Dân tộc chủ trì, phối hợp với Ban Văn hóa - Xã hội khảo sát"),
    (VPD, ["Văn phòng UBND tỉnh"], "2025-12-10", ["trước ngày 10/12/2025"], None, "5",
     "Phối hợp với Văn phòng UBND tỉnh chuẩn bị, số hóa tài liệu kỳ họp"),
    (VPD, ["Báo và Phát thanh, Truyền hình Đắk Lắk"], None, [], None, "5",
     "Chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Đắk Lắk tổ chức"),
    (VPD, [], None, ["ngay sau khi Nghị quyết về Chương trình giám sát năm 2026 được HĐND tỉnh thông qua"], None, "5",
     "Tham mưu Thường trực HĐND tỉnh ban hành Kế hoạch giám sát chuyên đề"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], "2025-12-08", ["chậm nhất ngày 08/12/2025"], None, "6",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổng hợp ý kiến"),
    ("Thường trực HĐND các xã, phường", [], "2025-12-31", ["trước ngày 31/12/2025"], None, "7",
     "Đề nghị Thường trực HĐND các xã, phường tổ chức kỳ họp thường lệ"),
])

# 8 ------------------------------------------------------------------------------------------------
CT = "Các CĐ cấp trên trực tiếp cơ sở"
CSPL = "Ban Chính sách - Pháp luật"
KKT = "Công đoàn Khu kinh tế Hải Phòng"
doc("n-tb-ldld-haiphong-tet-sum-vay-2026.txt",
    "txt-fixed-width-task-table-wrapped-cells-dashed-rules-undefined-abbreviation-unit-two-col-spaces-header",
    "205/TB-LĐLĐ", "2025-11-28", "Liên đoàn Lao động thành phố Hải Phòng", "Đoàn Văn Khải",
    "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH", [
    (CT, ["Công đoàn cơ sở"], "2025-12-15", ["Trước ngày 15/12/2025"], None, "II.1",
     "Rà soát, lập danh sách đoàn viên, NLĐ"),
    (CSPL, ["Văn phòng"], "2025-12-22", ["Trước ngày 22/12/2025"], None, "II.2",
     "Thẩm định danh sách, tham mưu Thường"),
    (KKT, ["Ban Tuyên giáo - Nữ công"], "2026-02-01", ["Từ 24/01 đến 01/02/2026"], None, "II.3",
     "Tổ chức \"Chợ Tết Công đoàn\" tại 03 khu"),
    ("Văn phòng", [KKT], "2026-01", ["Trong tháng 01/2026"], None, "II.4",
     "Tổ chức \"Chuyến xe Công đoàn\" đưa đoàn"),
    ("Ban Tuyên giáo - Nữ công", [], None, ["Thường xuyên"], None, "II.5",
     "Tuyên truyền Chương trình trên các"),
    ("Ban Tổ chức - Kiểm tra", [CSPL], "2026-03-31", ["Quý I/2026"], None, "II.6",
     "Kiểm tra việc quản lý, sử dụng kinh"),
    ("Văn phòng", ["Các ban"], "2026-02-25", ["Trước ngày 25/02/2026"], None, "II.7",
     "Tổng hợp kết quả chăm lo Tết cho đoàn"),
    ("Ban Quản lý Khu kinh tế Hải Phòng", [], "2025-12-10", ["trước ngày 10/12/2025"], None, "III.1",
     "Đề nghị Ban Quản lý Khu kinh tế Hải Phòng cung cấp danh sách doanh nghiệp"),
    ("Sở Nội vụ", ["LĐLĐ thành phố"], "2026-01", ["trong tháng 01/2026"], None, "III.2",
     "Đề nghị Sở Nội vụ phối hợp với LĐLĐ thành phố kiểm tra việc"),
    (CT, [], None, ["vào thứ Năm hằng tuần"], "weekly", "III.3",
     "Các CĐ cấp trên trực tiếp cơ sở báo cáo nhanh tình hình tiền"),
])

# 9 ------------------------------------------------------------------------------------------------
MB, XM = "Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài", "Đồn Biên phòng Cửa khẩu quốc tế Xa Mát"
DBP = "Các đồn biên phòng tuyến biên giới"
doc("n-tb-bdbp-tayninh-bien-gioi-tet-2026.txt",
    "txt-portal-page-copy-paste-menu-lines-header-cells-one-per-line-joint-unit-heading-dash-related-news-dates",
    "2417/TB-BCH", "2025-12-16", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh", "Dương Văn Khánh",
    "KT. CHỈ HUY TRƯỞNG / PHÓ CHỈ HUY TRƯỞNG", [
    ("Phòng Tham mưu", ["Phòng Phòng chống ma túy và tội phạm"], "2025-12-20", ["trước ngày 20/12/2025"], None, "1",
     "Phòng Tham mưu chủ trì, phối hợp với Phòng Phòng chống ma túy và tội phạm"),
    (MB, ["lực lượng Hải quan, Kiểm dịch tại cửa khẩu"], None, [], None, "2",
     "Bố trí đủ lực lượng làm thủ tục xuất nhập cảnh, bảo đảm thông quan"),
    (XM, ["lực lượng Hải quan, Kiểm dịch tại cửa khẩu"], None, [], None, "2",
     "Bố trí đủ lực lượng làm thủ tục xuất nhập cảnh, bảo đảm thông quan"),
    (MB, [], "2026-01-31", ["trước ngày 31/01/2026"], None, "2",
     "Hoàn thành lắp đặt, đưa vào vận hành cổng kiểm soát xuất nhập cảnh tự động"),
    (XM, [], "2026-01-31", ["trước ngày 31/01/2026"], None, "2",
     "Hoàn thành lắp đặt, đưa vào vận hành cổng kiểm soát xuất nhập cảnh tự động"),
    (DBP, [], "2026-03-05", ["từ ngày 25/12/2025 đến hết ngày 05/3/2026"], None, "3",
     "Tăng cường tuần tra, kiểm soát các đường mòn, lối mở, bến đò ngang"),
    (DBP, [], None, ["trước 16 giờ 30 hằng ngày"], "daily", "3",
     "Báo cáo nhanh tình hình an ninh, trật tự, kết quả đấu tranh về Bộ Chỉ huy"),
    ("Phòng Chính trị", ["Hội Liên hiệp Phụ nữ tỉnh"], "2026-02-10", ["trước ngày 10/02/2026"], None, "4",
     "Phòng Chính trị tổ chức Chương trình \"Xuân Biên phòng ấm lòng dân bản\" năm 2026"),
    ("Phòng Hậu cần - Kỹ thuật", [], "2026-01", ["trong tháng 01/2026"], None, "5",
     "Phòng Hậu cần - Kỹ thuật bảo đảm đầy đủ xăng dầu, phương tiện, trang bị"),
    ("Công an, Quân sự các xã biên giới", ["các đồn biên phòng trên địa bàn"], None, [], None, "6",
     "Đề nghị Công an, Quân sự các xã biên giới phối hợp chặt chẽ với"),
    ("Ủy ban nhân dân các xã có đường biên giới, cửa khẩu", [], "2026-02-25", ["trước ngày 25/02/2026"], None, "7",
     "Đề nghị Ủy ban nhân dân các xã có đường biên giới, cửa khẩu chỉ đạo"),
])

# 10 -----------------------------------------------------------------------------------------------
doc("n-tb-mttq-phuong-hacthanh-giam-sat-attp.html",
    "html-word-filtered-web-page-msonormal-bold-unit-span-mso-list-bullets-source-wrapped-crlf",
    "37/TB-MTTQ-BTT", "2025-12-10", "Ủy ban MTTQ Việt Nam phường Hạc Thành", "Lê Thị Ngọc Ánh",
    "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH", [
    ("Ban Công tác Mặt trận các tổ dân phố", [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.1",
     "tiếp tục giám sát việc kinh doanh thực phẩm tại các hộ gia đình"),
    ("Hội Liên hiệp Phụ nữ phường", [], "2025-12-31", ["trước ngày 31/12/2025"], None, "II.2",
     "vận động hội viên thực hiện \"Chợ an toàn, nói không với thực phẩm bẩn\""),
    ("Đoàn Thanh niên phường", [], "2026-01", ["trong tháng 01/2026"], None, "II.3",
     "tổ chức đợt tuyên truyền về ATTP trên mạng xã hội và tại các"),
    ("Hội Cựu chiến binh phường", ["Ban Công tác Mặt trận các tổ dân phố"], None, [], None, "II.4",
     "phối hợp với Ban Công tác Mặt trận các tổ dân phố giám sát"),
    ("Phòng Kinh tế, Hạ tầng và Đô thị", ["Trạm Y tế phường"], "2025-12-31", ["trước ngày 31/12/2025"], None, "II.5",
     "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Trạm"),
    ("Phòng Văn hóa - Xã hội", ["các trường học"], "2026-05-31", ["trong học kỳ II năm học 2025 - 2026"], None,
     "II.5", "Phòng Văn hóa - Xã hội phối hợp với các trường học rà soát"),
    ("Trạm Y tế phường", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.5",
     "Trạm Y tế phường tổ chức tập huấn kiến thức ATTP cho người trực tiếp"),
    ("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam phường", [], "2026-02-15", ["trước ngày 15/02/2026"], None, "II.6",
     "Giao đồng chí Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam phường"),
])


# -------------------------------------------------------------------------------------------- questions
def q(text, src, must, tags):
    QS.append({"id": "nq%02d" % (len(QS) + 1), "question": text, "gold_sources": [src] if src else [],
               "must_contain": must, "answerable": bool(src), "split": "dev", "tags": tags})


VKS, BB, TKV, KTNN, SYT = ("n-tb-vksnd-gialai-giaoban-t11.docx", "n-bb-lamviec-xa-vantuong-bqlkkt-dungquat.docx",
                           "n-tb-tkv-ke-hoach-phoi-hop-kinh-doanh-2026.docx",
                           "n-tb-ktnn-kv11-ket-qua-kiem-toan-khanhhoa.pdf", "n-tb-syt-hanoi-so-suc-khoe-dien-tu.pdf")
XL, HD, LD, BP, MT = ("n-tb-cucduongbo-khac-phuc-mua-lu-excel.pdf", "n-tb-tthdnd-daklak-chuan-bi-ky-hop-12.md",
                      "n-tb-ldld-haiphong-tet-sum-vay-2026.txt", "n-tb-bdbp-tayninh-bien-gioi-tet-2026.txt",
                      "n-tb-mttq-phuong-hacthanh-giam-sat-attp.html")

q("Theo Thông báo 1186/TB-VKS-VP, phòng nào của Viện kiểm sát nhân dân tỉnh Gia Lai phải ban hành thông báo rút "
  "kinh nghiệm về vi phạm trong giải quyết vụ án hành chính về đất đai, và trước ngày nào?", VKS,
  ["Phòng Kiểm sát việc giải quyết các vụ án hành chính", "10/01/2026"], ["who", "deadline", "vi"])
q("Which unit of the Gia Lai provincial procuracy must directly inspect Detention Camp No. 2 of the provincial "
  "police, and in what period?", VKS, ["Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự",
                                       "tháng 12/2025"], ["who", "deadline", "en"])
q("Vien kiem sat nhan dan khu vuc 7 phai bao cao ket qua truy to 02 vu an tham nhung truoc ngay nao?", VKS,
  ["26/12/2025"], ["deadline", "vi-noaccent"])
q("How many criminal cases were sent back by the courts for additional investigation, according to the Gia Lai "
  "procuracy's November 2025 briefing?", VKS, ["04 vụ án"], ["figure", "en"])
q("Trong biên bản làm việc giữa UBND xã Vạn Tường và Ban Quản lý Khu kinh tế Dung Quất, đơn vị nào chi trả tiền "
  "bồi thường cho các hộ đã đủ hồ sơ và vào thời gian nào?", BB,
  ["Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế", "tuần đầu tháng 01/2026"], ["who", "deadline", "vi"])
q("Hai ben trong bien ban 318/BB-BQL phai to chuc doi thoai voi 09 ho chua dong thuan truoc ngay nao?", BB,
  ["08/01/2026"], ["deadline", "vi-noaccent"])
q("Who signed the working minutes 318/BB-BQL on behalf of party B (the Dung Quat Economic Zone authority)?", BB,
  ["Lê Văn Thạnh"], ["signer", "en"])
q("Khu tái định cư Tây Bắc Vạn Tường có tổng diện tích bao nhiêu và bố trí bao nhiêu lô đất ở?", BB,
  ["18,6 ha", "412"], ["figure", "vi"])
q("Ban Kế hoạch của Tập đoàn TKV phải trình Hội đồng thành viên giao kế hoạch phối hợp kinh doanh năm 2026 cho các "
  "đơn vị trước ngày nào?", TKV, ["09/01/2026"], ["deadline", "vi"])
q("What raw coal output target did TKV set for 2026 at its planning conference of 27 December 2025?", TKV,
  ["41,2 triệu tấn"], ["figure", "en"])
q("Cong ty Kho van va cang Cam Pha - TKV phoi hop voi don vi nao de bao dam giao than cho cac nha may nhiet dien?",
  TKV, ["Công ty Tuyển than Cửa Ông"], ["coordinators", "vi-noaccent"])
q("Các đơn vị có khai trường, bãi thải gần khu dân cư của TKV phải gia cố đê chắn, mương thoát nước xong trước ngày "
  "nào?", TKV, ["30/4/2026"], ["deadline", "vi"])
q("Tổng số tiền kiến nghị xử lý tài chính trong thông báo kết quả kiểm toán ngân sách địa phương năm 2024 của tỉnh "
  "Khánh Hòa là bao nhiêu?", KTNN, ["38.614 triệu đồng"], ["figure", "vi"])
q("By when must the Khanh Hoa Department of Finance recover the 4,813 million dong spent in breach of the rules, and "
  "by when must it report the result?", KTNN, ["31/3/2026", "15/4/2026"], ["deadline", "en"])
q("Thue tinh Khanh Hoa phai truy thu, xu phat va nop ngan sach 6.205 trieu dong truoc ngay nao?", KTNN,
  ["28/02/2026"], ["deadline", "vi-noaccent"])
q("Who signed the State Audit Office Region XI notice 1247/TB-KVXI?", KTNN, ["Trịnh Văn Lượng"], ["signer", "en"])
q("Sở Y tế Hà Nội giao đơn vị nào xây dựng Kế hoạch khám sức khỏe định kỳ, khám sàng lọc miễn phí cho Nhân dân năm "
  "2026 và phải trình trước ngày nào?", SYT, ["Phòng Nghiệp vụ Y", "31/12/2025"], ["who", "deadline", "vi"])
q("By when must the hospitals and health centres under the Hanoi Department of Health connect their data to the "
  "electronic health book system?", SYT, ["31/3/2026"], ["deadline", "en"])
q("Trung tam Kiem soat benh tat thanh pho Ha Noi phai bao cao tien do lap So suc khoe dien tu truoc ngay nao hang "
  "thang?", SYT, ["05 hằng tháng"], ["deadline", "recurring", "vi-noaccent"])
q("How many Hanoi residents had an electronic health book by 15 December 2025, according to notice 5106/TB-SYT?",
  SYT, ["4,1 triệu"], ["figure", "en"])
q("Theo Cục Đường bộ Việt Nam, Sở Xây dựng tỉnh Khánh Hòa phải thông tuyến tạm đèo Khánh Lê (QL27C) trước ngày nào?",
  XL, ["30/11/2025"], ["deadline", "vi"])
q("Who must Road Management Area III coordinate with when handling the landslides on National Highway 19 at the An "
  "Khe pass?", XL, ["Công an, Quân sự các xã có quốc lộ đi qua"], ["coordinators", "en"])
q("Cac Khu Quan ly duong bo phai bao cao nhanh tinh hinh hu hong, un tac giao thong ve Cuc truoc may gio hang ngay?",
  XL, ["09 giờ 00"], ["deadline", "recurring", "vi-noaccent"])
q("Sở Xây dựng các tỉnh, thành phố được ủy thác quản lý quốc lộ phải báo cáo Cục Đường bộ tình hình bảo trì vào "
  "những thời điểm nào trong năm?", XL, ["30/6", "31/12"], ["deadline", "recurring", "vi"])
q("Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk phải gửi hồ sơ dự thảo Nghị quyết sửa đổi, bổ sung Bảng giá đất chậm "
  "nhất ngày nào?", HD, ["05/12/2025"], ["deadline", "vi"])
q("When is the 12th session of the Dak Lak Provincial People's Council expected to be held?", HD,
  ["15/12/2025", "17/12/2025"], ["date", "en"])
q("Ban Dan toc HDND tinh Dak Lak phoi hop voi ban nao khao sat chinh sach ho tro nha o?", HD,
  ["Ban Văn hóa - Xã hội"], ["coordinators", "vi-noaccent"])
q("Who chaired the meeting of the Dak Lak People's Council Standing Committee on 21 November 2025?", HD,
  ["Huỳnh Quốc Dũng"], ["chair", "en"])
q("Liên đoàn Lao động thành phố Hải Phòng dự kiến chăm lo Tết cho bao nhiêu đoàn viên, người lao động và với tổng "
  "kinh phí bao nhiêu?", LD, ["54.500", "68,5 tỷ đồng"], ["figure", "vi"])
q("Which unit organises the Trade Union Tet Market for the Hai Phong Labour Federation, and when does it run?", LD,
  ["Công đoàn Khu kinh tế Hải Phòng", "24/01", "01/02/2026"], ["who", "date", "en"])
q("Ban Quan ly Khu kinh te Hai Phong phai gui danh sach doanh nghiep cham tra luong, thuong Tet cho LDLD thanh pho "
  "truoc ngay nao?", LD, ["10/12/2025"], ["deadline", "vi-noaccent"])
q("Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài phải đưa cổng kiểm soát xuất nhập cảnh tự động vào vận hành trước ngày "
  "nào?", BP, ["31/01/2026"], ["deadline", "vi"])
q("Until what date must the Tay Ninh border posts keep round-the-clock checkpoints on trails and informal crossings "
  "over Tet 2026?", BP, ["05/3/2026"], ["deadline", "en"])
q("Ai ký Thông báo số 2417/TB-BCH của Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh?", BP, ["Dương Văn Khánh"],
  ["signer", "vi"])
q("According to the Hac Thanh ward Fatherland Front notice, which office must inspect the 07 food businesses lacking "
  "a food-safety certificate, and by when?", MT, ["Phòng Kinh tế, Hạ tầng và Đô thị", "31/12/2025"],
  ["who", "deadline", "en"])
q("Hoi Lien hiep Phu nu phuong Hac Thanh phai to chuc ky cam ket voi hoi vien kinh doanh thuc pham truoc ngay nao?",
  MT, ["31/12/2025"], ["deadline", "vi-noaccent"])
# unanswerable
q("Viện kiểm sát nhân dân tỉnh Đắk Lắk giao Văn phòng trình dự thảo báo cáo tổng kết công tác năm 2025 trước ngày "
  "nào?", None, [], ["deadline", "vi"])
q("What deadline did the Dak Lak People's Council Standing Committee set for the Department of Construction to "
  "submit its draft resolution?", None, [], ["deadline", "en"])
q("Tap doan TKV dat chi tieu than nguyen khai nam 2027 la bao nhieu trieu tan?", None, [],
  ["figure", "vi-noaccent"])
q("Theo Thông báo 1247/TB-KVXI, Sở Y tế tỉnh Khánh Hòa phải thu hồi nộp ngân sách bao nhiêu tiền chi sai chế độ?",
  None, [], ["figure", "vi"])
q("How many Trade Union buses did the Hai Phong Labour Federation plan for Tet 2025?", None, [], ["figure", "en"])
q("Sở Y tế Thành phố Hồ Chí Minh yêu cầu Trạm Y tế các xã, phường hoàn thành 60% chỉ tiêu lập Sổ sức khỏe điện tử "
  "trước ngày nào?", None, [], ["deadline", "vi"])
q("By when must Road Management Area II finish repairing the flood damage on National Highway 6?", None, [],
  ["deadline", "en"])
q("Bo Chi huy Bo doi Bien phong tinh Cao Bang yeu cau cac don bien phong to chuc chot chan den het ngay nao?", None,
  [], ["deadline", "vi-noaccent"])

if __name__ == "__main__":
    with open(os.path.join(ROOT, "gold", "n.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "questions", "n.jsonl"), "w", encoding="utf-8") as f:
        for x in QS:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(DOCS), "documents,", sum(len(d["directives"]) for d in DOCS), "directives,", len(QS), "questions")
