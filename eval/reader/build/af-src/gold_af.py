"""Gold and questions for batch af (all split dev), written by hand from the document text alone.
Writes gold/af.jsonl and questions/af.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/af-src/gold_af.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("af")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------------------- VPCP: a Deputy Prime Minister's conclusions, names with "và" (docx)
F1 = "af-tb-vpcp-pttg-tai-canh-ca-phe-ten-co-va.docx"
BNN, BKH = "Bộ Nông nghiệp và Môi trường", "Bộ Khoa học và Công nghệ"
UBT = "Ủy ban nhân dân các tỉnh: Đắk Lắk, Lâm Đồng, Gia Lai và Quảng Ngãi"
A12 = "Bộ Tài chính và Bộ Nông nghiệp và Môi trường khẩn trương nghiên cứu, đề xuất"
A19 = "Bộ Khoa học và Công nghệ, Bộ Nông nghiệp và Môi trường theo chức năng"
doc(F1, "docx-vpcp-deputy-pm-conclusions-names-containing-va-joint-by-va-and-comma-bank-with-bracketed-short-name-appositive-after-province-elided-province-umbrella",
    "341/TB-VPCP", "2026-06-23", "Văn phòng Chính phủ", "Ninh Xuân Khải", "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", [
    (BNN, [BKH, "các địa phương"], "2026-08-31", ["trước ngày 31 tháng 8 năm 2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Bộ Khoa học và Công nghệ và các địa phương"),
    (BNN, [], "2026-12-31", ["trong quý IV/2026"], None, "II.1.b",
     "Hướng dẫn Ủy ban nhân dân các tỉnh xây dựng cơ sở dữ liệu vùng trồng"),
    (BNN, [], "2026-10", ["trong tháng 10/2026"], None, "II.1.c",
     "Chỉ đạo Cục Trồng trọt và Bảo vệ thực vật tổ chức kiểm tra chất lượng"),
    ("Bộ Tài chính", [], "2026-07", ["trong tháng 7/2026"], None, "II.2", A12),
    (BNN, [], "2026-07", ["trong tháng 7/2026"], None, "II.2", A12),
    ("Ngân hàng Nhà nước Việt Nam", [], None, ["định kỳ hằng quý"], "quarterly", "II.3",
     "Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng, nhất là"),
    ("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", [], "2026-07-15", ["trước ngày 15/7/2026"], None, "II.4",
     "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) dành"),
    ("Bộ Công Thương", ["Hiệp hội Cà phê - Ca cao Việt Nam"], "2026-09-30", ["trước ngày 30/9/2026"], None, "II.5",
     "Bộ Công Thương chủ trì, phối hợp với Hiệp hội Cà phê - Ca cao"),
    ("Hiệp hội Cà phê - Ca cao Việt Nam", [], None, [], None, "II.6",
     "Đề nghị Hiệp hội Cà phê - Ca cao Việt Nam vận động các doanh nghiệp"),
    (UBT, [], "2026-07-20", ["trước ngày 20/7/2026"], None, "II.7.a",
     "Rà soát diện tích cà phê già cỗi, xác định nhu cầu giống, vốn"),
    (UBT, [], None, ["thường xuyên"], None, "II.7.b",
     "Chỉ đạo Trung tâm Dịch vụ nông nghiệp các xã, phường hướng dẫn người dân"),
    ("Ủy ban nhân dân tỉnh Đắk Lắk", ["Tổng công ty Cà phê Việt Nam"], "2026-12-31", ["trước ngày 31/12/2026"], None,
     "II.8", "Giao Ủy ban nhân dân tỉnh Đắk Lắk, địa phương có diện tích cà phê"),
    (BKH, [], "2026", ["trong năm 2026"], None, "II.9", A19),
    (BNN, [], "2026", ["trong năm 2026"], None, "II.9", A19),
    ("Văn phòng Chính phủ", [], "2026-12", ["vào tháng 12/2026"], None, "II.10",
     "Giao Văn phòng Chính phủ theo dõi, đôn đốc; tổng hợp, báo cáo Thủ tướng"),
])

# 2 ------------------------------------ Sở Xây dựng: 5-column task table over two pages, long unit names wrap (pdf)
F2 = "af-tb-sxd-quangngai-trat-tu-xay-dung-bang-ten-dai-xuong-dong.pdf"
QLHD, QHKT = "Phòng Quản lý hoạt động xây dựng", "Phòng Quy hoạch - Kiến trúc và Phát triển đô thị"
QLN = "Phòng Quản lý nhà và Thị trường bất động sản"
A29 = "Tổ chức tập huấn nghiệp vụ cấp phép, kiểm tra trật tự xây dựng cho"
C29 = ["Phòng Kinh tế các xã", "Phòng Kinh tế, Hạ tầng và Đô thị các phường"]
doc(F2, "pdf-so-director-conclusions-task-table-tt-nhiem-vu-chu-tri-phoi-hop-thoi-han-two-pages-long-names-wrapping-in-cells-joint-cell-with-va-inside-second-name-rounds",
    "1532/TB-SXD", "2026-05-14", "Sở Xây dựng tỉnh Quảng Ngãi", "Đoàn Thị Mỹ Xuyên", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (QLHD, ["Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh"], "2026-05-31", ["Trước 31/5/2026"], None, "II.1",
     "Rà soát, ban hành hướng dẫn thống nhất thành phần hồ sơ, quy trình"),
    ("Trung tâm Giám định chất lượng xây dựng", [QLHD], "2026-09-30", ["Quý III/2026"], None, "II.2",
     "Kiểm tra chất lượng, an toàn các công trình nhà ở riêng lẻ cao"),
    (QHKT, ["UBND các phường: Cẩm Thành, Nghĩa Lộ, Trương Quang Trọng và Kon Tum"], "2026-07-31", ["Tháng 6 - 7/2026"],
     None, "II.3", "Rà soát quy hoạch chung, quy hoạch phân khu còn hiệu lực; đề xuất"),
    (QLN, ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"], "2026-06-15", ["Trước ngày 15/6/2026"], None, "II.4",
     "Lập danh mục dự án nhà ở xã hội, nhà ở cho công nhân"),
    ("UBND các xã, phường, đặc khu", ["Công an tỉnh", "Thanh tra tỉnh"], None,
     ["Thường xuyên", "trước ngày 20 hằng tháng"], "monthly", "II.5",
     "Xử lý dứt điểm các công trình vi phạm trật tự xây dựng đã có"),
    ("Phòng Kinh tế, Hạ tầng và Đô thị các phường", ["Trung tâm Công nghệ thông tin và Truyền thông tỉnh"], "2026-06-30",
     ["Chậm nhất 30/6/2026"], None, "II.6", "Cập nhật đầy đủ dữ liệu giấy phép xây dựng đã cấp từ ngày"),
    ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "UBND các xã có liên quan"], None,
     ["15 ngày kể từ ngày nhận được danh mục bàn giao"], None, "II.7",
     "Tiếp nhận, bàn giao hồ sơ, tài liệu các công trình dân dụng do"),
    (QLN, ["Trung tâm Phát triển quỹ đất tỉnh", "UBND đặc khu Lý Sơn"], "2026-08", ["Tháng 8/2026"], None, "II.8",
     "Rà soát quỹ nhà, quỹ đất tái định cư trên địa bàn đặc khu"),
    (QLHD, C29, "2026-06-10", ["ngày 10/6/2026", "ngày 25/6/2026"], None, "II.9", A29),
    (QHKT, C29, "2026-06-10", ["ngày 10/6/2026", "ngày 25/6/2026"], None, "II.9", A29),
    ("Phòng Kinh tế - Vật liệu xây dựng", ["Sở Tài chính"], "2026-07-10", ["Trước ngày 10/7/2026"], None, "II.10",
     "Khảo sát, công bố giá vật liệu xây dựng quý III/2026 trên địa bàn"),
    ("Văn phòng Sở", [], "2026-07", ["tại cuộc họp giao ban tháng 7/2026"], None, "III.1",
     "Giao Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp"),
    ("Công ty Cổ phần Cấp thoát nước và Xây dựng Quảng Ngãi", [], "2026-06-30", ["trước 30/6"], None, "III.2",
     "Đề nghị Công ty Cổ phần Cấp thoát nước và Xây dựng Quảng Ngãi khẩn trương"),
])

# 3 ------------------------ Đảng ủy xã: security, drugs, loan sharks; abbreviations CA, BCHQS, UBMTTQ, NHCSXH (docx)
F3 = "af-tb-danguy-xa-tanphu-anninh-tin-dung-den-ca-bchqs-ubmttq.docx"
CAX, UBX = "Công an xã Tân Phú", "Ủy ban nhân dân xã"
A25 = "Đề nghị Agribank Chi nhánh Tân Phú Đồng Nai và Phòng giao dịch NHCSXH"
doc(F3, "docx-party-dang-uy-xa-thong-bao-ket-luan-bold-2-n-points-unit-colon-umbrellas-person-by-title-in-bullet-abbreviated-units-bank-branch-joint-elided-ap-list",
    "93-TB/ĐU", "2026-06-02", "Đảng ủy xã Tân Phú", "Điểu Thị Ngà", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", [
    (CAX, ["Ban Chỉ huy Quân sự xã"], "2026-08-15", ["từ ngày 15/6/2026 đến ngày 15/8/2026"], None, "2.1",
     "Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã mở đợt cao điểm"),
    (CAX, [], "2026-06-30", ["trước 30/6"], None, "2.1",
     "Rà soát, lập hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở"),
    ("Trưởng Công an xã", [], None, ["vào ngày 25 hằng tháng"], "monthly", "2.1",
     "Trưởng Công an xã trực tiếp chỉ đạo các Tổ bảo vệ an ninh, trật tự"),
    ("BCHQS xã", ["CA xã"], None, ["vào tối thứ Bảy và Chủ nhật hằng tuần"], "weekly", "2.2",
     "BCHQS xã phối hợp với CA xã duy trì lực lượng dân quân tham gia"),
    ("UBMTTQ Việt Nam xã", ["các tổ chức chính trị - xã hội xã"], "2026-09-30", ["trong quý III/2026"], None, "2.3",
     "Đề nghị UBMTTQ Việt Nam xã chủ trì, phối hợp với các tổ chức chính"),
    (UBX, [], "2026-07", ["trong tháng 7/2026"], None, "2.4",
     "Chỉ đạo Phòng Văn hóa - Xã hội phối hợp với Trạm Y tế xã"),
    (UBX, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "2.4",
     "Bố trí kinh phí hỗ trợ cho lực lượng tham gia bảo vệ an ninh"),
    ("Agribank Chi nhánh Tân Phú Đồng Nai", [], "2026-12-15", ["trước ngày 15/12/2026"], None, "2.5", A25),
    ("Phòng giao dịch NHCSXH Tân Phú", [], "2026-12-15", ["trước ngày 15/12/2026"], None, "2.5", A25),
    ("Chi bộ các ấp: Phú Lâm 1, Phú Lâm 2, Phú Thịnh và Trà Cổ", [], None, ["định kỳ hằng quý"], "quarterly", "2.6",
     "Chi bộ các ấp: Phú Lâm 1, Phú Lâm 2, Phú Thịnh và Trà Cổ lãnh đạo"),
    ("Ban Xây dựng Đảng Đảng ủy xã", [], "2026-06", ["trong tháng 6/2026"], None, "2.7",
     "Ban Xây dựng Đảng Đảng ủy xã tham mưu kiện toàn Ban Chỉ đạo"),
    ("Ủy ban Kiểm tra Đảng ủy xã", [], "2026-12-31", ["trong quý IV/2026"], None, "2.8",
     "Ủy ban Kiểm tra Đảng ủy xã kiểm tra việc chấp hành của tổ chức"),
    ("Văn phòng Đảng ủy", [], "2026-12-10", ["vào đầu tháng 12/2026"], None, "2.9",
     "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận"),
])

# 4 ---------------------- hospital: acting director, khoa names with dashes and "và", persons by title (pdf)
F4 = "af-tb-bvub-thanhhoa-giaoban-t6-q-giam-doc-khoa-gach-ngang.pdf"
A43 = "Khoa Nội 1 - Hóa trị và Khoa Nội 2 - Điều trị đích"
doc(F4, "pdf-hospital-giao-ban-acting-director-q-giam-doc-numbered-items-khoa-names-with-dashes-joint-second-name-contains-va-unit-colon-item-persons-by-title-event-date",
    "759/TB-BVUB", "2026-07-08", "Bệnh viện Ung bướu tỉnh Thanh Hóa", "Trịnh Văn Thoại", "Q. GIÁM ĐỐC", [
    ("Phòng Kế hoạch tổng hợp", ["Phòng Tài chính - Kế toán", "Phòng Công nghệ thông tin"], "2026-09-30",
     ["trước 30/9/2026"], None, "II.1", "Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Phòng Tài chính - Kế"),
    ("Khoa Xạ trị - Y học hạt nhân", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "II.2",
     "bố trí ca làm việc thứ ba cho hai máy gia tốc từ ngày"),
    ("Khoa Nội 1 - Hóa trị", [], "2026-07-20", ["trước ngày 20/7/2026"], None, "II.3", A43),
    ("Khoa Nội 2 - Điều trị đích và miễn dịch", [], "2026-07-20", ["trước ngày 20/7/2026"], None, "II.3", A43),
    ("Khoa Dược", ["Phòng Vật tư - Thiết bị y tế"], "2026-07-31", ["trước ngày 31/7/2026"], None, "II.4",
     "Khoa Dược phối hợp với Phòng Vật tư - Thiết bị y tế lập"),
    ("Trung tâm Đào tạo, Nghiên cứu khoa học và Chỉ đạo tuyến", [], "2026-08", ["trong tháng 8/2026"], None, "II.5",
     "Trung tâm Đào tạo, Nghiên cứu khoa học và Chỉ đạo tuyến tổ chức 02"),
    ("Phòng Quản lý chất lượng", [], "2026-07-15", ["trước ngày 15/7/2026"], None, "II.6",
     "Phòng Quản lý chất lượng hoàn thành tự đánh giá chất lượng bệnh viện 6"),
    ("Phòng Tổ chức cán bộ", [], "2026-09-30", ["trong quý III/2026"], None, "II.7",
     "Giao Phòng Tổ chức cán bộ hoàn thiện Đề án vị trí việc làm"),
    ("Trưởng khoa Ngoại Vú - Phụ khoa", [], "2026-07", ["trong tháng 7/2026"], None, "II.8",
     "Yêu cầu Trưởng khoa Ngoại Vú - Phụ khoa chấn chỉnh việc hẹn mổ"),
    ("Điều dưỡng trưởng các khoa", [], None, ["hằng ngày"], "daily", "II.9",
     "Điều dưỡng trưởng các khoa kiểm tra hằng ngày việc thực hiện 5 đúng"),
    ("Phòng Hành chính - Quản trị", ["Công ty Điện lực Thanh Hóa"], "2026", ["trước mùa mưa bão năm 2026"], None, "II.10",
     "Phòng Hành chính - Quản trị phối hợp với Công ty Điện lực Thanh Hóa"),
    ("Các khoa lâm sàng và cận lâm sàng", [], None, ["trước ngày 25 hằng tháng"], "monthly", "II.11",
     "Các khoa lâm sàng và cận lâm sàng báo cáo chỉ số chất lượng của"),
    ("Phòng Công tác xã hội", ["Đoàn Thanh niên Bệnh viện"], "2026-09-25", ["vào ngày 25/9/2026"], None, "II.12",
     "Phòng Công tác xã hội phối hợp với Đoàn Thanh niên Bệnh viện vận động"),
])

# 5 ------------------------------ university: A./B. parts, phòng names with commas, comma-joined khoa (pdf)
F5 = "af-tb-dhtaybac-nam-hoc-moi-phong-ten-dau-phay-a-b.pdf"
A55 = "Khoa Khoa học Tự nhiên và Công nghệ, Khoa Nông - Lâm phối hợp"
doc(F5, "pdf-university-rector-conclusions-a-b-parts-numbered-items-unit-names-with-commas-and-va-comma-joined-khoa-start-date-not-deadline-anniversary-not-deadline",
    "615/TB-ĐHTB", "2026-07-29", "Trường Đại học Tây Bắc", "Lường Văn Khum", "HIỆU TRƯỞNG", [
    ("Phòng Đào tạo", [], "2026-08-15", ["trước ngày 15/8/2026"], None, "B.1",
     "Phòng Đào tạo hoàn thành kế hoạch đào tạo, thời khóa biểu học kỳ"),
    ("Phòng Chính trị, Công tác học sinh, sinh viên", ["Đoàn Thanh niên", "Hội Sinh viên Trường"], "2026-09-12",
     ["trước ngày 12/9/2026"], None, "B.2", "Phòng Chính trị, Công tác học sinh, sinh viên chủ trì, phối hợp với"),
    ("Phòng Khảo thí và Đảm bảo chất lượng giáo dục", [], "2026-09-30", ["trước ngày 30/9/2026"], None, "B.3",
     "Phòng Khảo thí và Đảm bảo chất lượng giáo dục hoàn thiện báo cáo"),
    ("Trung tâm Hỗ trợ sinh viên và Quan hệ doanh nghiệp", [], "2026-10-10", ["vào ngày 10/10/2026"], None, "B.4",
     "Trung tâm Hỗ trợ sinh viên và Quan hệ doanh nghiệp tổ chức Ngày"),
    ("Khoa Khoa học Tự nhiên và Công nghệ", ["Phòng Đào tạo"], "2026-11", ["trong tháng 11/2026"], None, "B.5", A55),
    ("Khoa Nông - Lâm", ["Phòng Đào tạo"], "2026-11", ["trong tháng 11/2026"], None, "B.5", A55),
    ("Ban Quản lý ký túc xá", [], "2026-08-25", ["trước 25/8"], None, "B.6",
     "Ban Quản lý ký túc xá sửa chữa mái, hệ thống cấp nước khu"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-10-30", ["trước ngày 30/10/2026"], None, "B.7",
     "Phòng Kế hoạch - Tài chính thông báo mức học phí năm học 2026"),
    ("Trung tâm Thông tin - Thư viện", ["Phòng Quản trị - Thiết bị"], None, [], None, "B.8",
     "Trung tâm Thông tin - Thư viện phối hợp với Phòng Quản trị - Thiết"),
    ("Trạm Y tế Trường", ["Trung tâm Y tế khu vực Sơn La"], "2026-09", ["trong tháng 9/2026"], None, "B.9",
     "Trạm Y tế Trường phối hợp với Trung tâm Y tế khu vực Sơn La"),
    ("Công đoàn Trường", ["Phòng Tổ chức - Hành chính"], None, [], None, "B.10",
     "Đề nghị Công đoàn Trường phối hợp với Phòng Tổ chức - Hành chính tổ"),
    ("Phòng Tổ chức - Hành chính", [], "2026-08", ["tại cuộc họp giao ban tháng 8/2026"], None, "B.11",
     "Giao Phòng Tổ chức - Hành chính theo dõi, tổng hợp tình hình thực hiện"),
])

# 6 ----------------------------------------- ward portal news page, "Đối với Công ty …:" and prose paragraphs (html)
F6 = "af-portal-phuong-pleiku-cap-nuoc-via-he-doi-voi-cong-ty.html"
KTHT = "Phòng Kinh tế, Hạ tầng và Đô thị"
doc(F6, "html-ward-portal-news-sapo-with-number-date-issuer-chair-unnumbered-paragraphs-doi-voi-company-colon-strong-lower-case-de-nghi-xem-them-link-between-tasks-no-signer",
    "218/TB-VP", "2026-06-12", "Văn phòng HĐND và UBND phường Pleiku", None, None, [
    ("Công ty Cổ phần Cấp nước Gia Lai", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "",
     "khẩn trương thay thế đoạn ống rò rỉ trên đường Lê Lợi, xong"),
    (KTHT, ["Công an phường", "Ban Chỉ huy Quân sự phường"], "2026-07-31", ["từ ngày 01/7/2026 đến ngày 31/7/2026"], None,
     "", "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an"),
    ("Trung tâm Phục vụ hành chính công phường", [], "2026-06", ["trong tháng 6/2026"], None, "",
     "Giao Trung tâm Phục vụ hành chính công phường niêm yết công khai quy trình"),
    ("Tổ trưởng các tổ dân phố 2, 4, 7 và 9", [], None, ["vào sáng thứ Hai hằng tuần"], "weekly", "",
     "Tổ trưởng các tổ dân phố 2, 4, 7 và 9 vận động người dân"),
    ("Điện lực Pleiku", ["Công ty Cổ phần Cấp nước Gia Lai"], None, [], None, "",
     "đề nghị Điện lực Pleiku phối hợp với Công ty Cổ phần Cấp nước Gia"),
    ("Ban Quản lý dự án đầu tư xây dựng khu vực Pleiku", [], "2026-07-15", ["trước 15/7"], None, "",
     "Ban Quản lý dự án đầu tư xây dựng khu vực Pleiku hoàn thiện"),
    ("Công an phường Pleiku", [], None, ["trước ngày 05 hằng tháng"], "monthly", "",
     "Công an phường Pleiku xử lý nghiêm các trường hợp tái lấn chiếm; báo"),
    ("Phòng Văn hóa - Xã hội", [], None, [], None, "",
     "Phòng Văn hóa - Xã hội chủ trì tuyên truyền trên hệ thống loa truyền"),
    ("Văn phòng HĐND và UBND phường", [], "2026-08-10", ["vào ngày 10/8/2026"], None, "",
     "Văn phòng HĐND và UBND phường theo dõi, đôn đốc; tổng hợp, báo cáo"),
])

# 7 --------------------------------------- company notice converted PDF -> markdown by marker (md)
F7 = "af-tb-ctcn-bentre-man-that-thoat-marker-pdf-md.md"
KHKT = "Phòng Kế hoạch - Kỹ thuật"
A72 = "vận hành tối đa công suất xử lý, tích trữ nước ngọt vào hồ"
A75 = "bố trí 04 xe bồn chở nước ngọt miễn phí cho các hộ dân"
doc(F7, "md-marker-pdf-to-markdown-header-and-signature-pipe-tables-with-br-picture-placeholders-span-anchors-page-separator-numbered-bold-run-in-units-joint-by-va-and-comma-tet",
    "117/TB-CNBT", "2026-02-05", "Công ty Cổ phần Cấp nước Bến Tre", "Huỳnh Thiện Nghĩa", "GIÁM ĐỐC", [
    (KHKT, ["Nhà máy nước Sơn Đông"], None, ["02 lần mỗi ngày"], "daily", "II.1",
     "Chủ trì, phối hợp với Nhà máy nước Sơn Đông theo dõi độ mặn"),
    (KHKT, [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "II.1",
     "Hoàn thành lắp đặt tuyến ống chuyển tải D400 từ Nhà máy nước"),
    ("Nhà máy nước Sơn Đông", [], "2026-02-15", ["trước ngày 15/02/2026"], None, "II.2", A72),
    ("Nhà máy nước Hữu Định", [], "2026-02-15", ["trước ngày 15/02/2026"], None, "II.2", A72),
    ("Phòng Kinh doanh và Chăm sóc khách hàng", [], None, ["chậm nhất 48 giờ trước khi thực hiện"], None, "II.3",
     "thông báo lịch cấp nước luân phiên đến khách hàng chậm nhất 48 giờ"),
    ("Đội Quản lý mạng lưới và Chống thất thoát nước", [], "2026", ["trong năm 2026"], None, "II.4",
     "lắp đặt đồng hồ tổng cho các vùng tách mạng (DMA), phát hiện và"),
    ("Chi nhánh cấp nước Ba Tri", [], "2026-04-30", ["từ ngày 10/02/2026 đến hết tháng 4/2026"], None, "II.5", A75),
    ("Chi nhánh cấp nước Thạnh Phú", [], "2026-04-30", ["từ ngày 10/02/2026 đến hết tháng 4/2026"], None, "II.5", A75),
    ("Phòng Tài chính - Kế toán", [], "2026-02-10", ["trước ngày 10/02/2026"], None, "II.6",
     "bố trí kinh phí mua hóa chất, vật tư dự phòng, thuê xe bồn"),
    ("Phòng Tổ chức - Hành chính", [], "2026-02-12", ["trước ngày 12/02/2026"], None, "II.7",
     "xây dựng lịch trực vận hành, sửa chữa sự cố trong dịp Tết Nguyên"),
    ("Ban Quản lý dự án Công ty", [], "2026-06-30", ["trong quý II/2026"], None, "II.8",
     "đẩy nhanh tiến độ Dự án nâng công suất Nhà máy nước Giao Long"),
    ("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh", [], None, [], None, "II.9",
     "phối hợp chia sẻ nguồn nước thô từ hồ chứa Kênh Lấp khi"),
    (KHKT, [], None, ["vào 16 giờ thứ Sáu hằng tuần"], "weekly", "II.10",
     "tổng hợp tình hình cấp nước, báo cáo Giám đốc vào 16 giờ thứ"),
])

# 8 ------------------- raw .eml (Gmail "Show original") reply quoting a forward of the Sở VHTTDL notice (txt)
F8 = "af-email-raw-eml-svhttdl-thanhhoa-dai-hoi-tdtt-tra-loi-trich-dan.txt"
QLTT, TTHL = "Phòng Quản lý Thể dục, Thể thao", "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh"
doc(F8, "txt-raw-eml-mime-encoded-headers-multipart-base64-attachment-gmail-reply-quoting-forward-of-so-notice-with-gt-prefix-unit-names-with-commas-and-va",
    "1174/TB-SVHTTDL", "2026-06-15", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa", "Mai Thị Ngân Khuê",
    "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (QLTT, [], "2026-06-25", ["trước ngày 25/6/2026"], None, "1.a",
     "Hoàn thiện Điều lệ Đại hội, trình Giám đốc Sở ký ban hành trước"),
    (QLTT, [TTHL], "2026-07-10", ["vào ngày 10/7/2026"], None, "1.b",
     "Chủ trì, phối hợp với Trung tâm Huấn luyện và Thi đấu thể dục"),
    (TTHL, [], "2026-07-15", ["trước 15/7"], None, "2",
     "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh sửa chữa Nhà"),
    ("Phòng Quản lý Văn hóa và Gia đình", ["Trung tâm Văn hóa, Điện ảnh tỉnh", "Nhà hát Ca múa kịch Lam Sơn"],
     "2026-06-30", ["trước ngày 30/6/2026"], None, "3",
     "Phòng Quản lý Văn hóa và Gia đình chủ trì, phối hợp với Trung"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-07-05", ["trước ngày 05/7/2026"], None, "4",
     "Phòng Kế hoạch - Tài chính lập dự toán kinh phí tổ chức Đại hội"),
    ("Văn phòng Sở", [], "2026-07-26", ["từ ngày 20/7 đến ngày 26/7/2026"], None, "5",
     "Văn phòng Sở bố trí phương tiện, hậu cần, lễ tân phục vụ Ban"),
    ("Công an tỉnh", [], "2026-07-10", ["trước ngày 10/7/2026"], None, "6",
     "Đề nghị Công an tỉnh (Phòng Cảnh sát giao thông) xây dựng phương án"),
    ("Sở Y tế", [], None, [], None, "7",
     "Đề nghị Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh bố trí"),
    ("UBND các xã, phường có vận động viên tham dự Đại hội", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "8",
     "Đề nghị UBND các xã, phường có vận động viên tham dự Đại hội gửi"),
    ("Báo và Phát thanh, Truyền hình Thanh Hóa", [], None, [], None, "9",
     "Đề nghị Báo và Phát thanh, Truyền hình Thanh Hóa mở chuyên trang, chuyên"),
    (QLTT, [], None, ["vào chiều thứ Sáu hằng tuần cho đến khi kết thúc Đại hội"], "weekly", "10",
     "Phòng Quản lý Thể dục, Thể thao tổng hợp tiến độ chuẩn bị, báo cáo"),
])

# 9 ---------------------- biên bản làm việc, BQLDA and UBND xã, two columns of signatures in two rows (docx)
F9 = "af-bb-lamviec-bqlda-dandung-quangtri-xa-danhoa-hai-cot-ky.docx"
BQL, XDH = "Ban QLDA", "UBND xã Dân Hóa"
A97 = "Ban QLDA và UBND xã Dân Hóa tổ chức kiểm tra hiện trường định kỳ"
doc(F9, "docx-bien-ban-lam-viec-bqlda-with-xa-ben-a-ben-b-doi-voi-headings-a-b-contractor-by-bracketed-name-joint-abbreviated-ban-qlda-two-rows-of-two-column-signatures",
    "109/BB-BQLDA", "2026-05-05", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh Quảng Trị",
    "Võ Đình Cảnh", "ĐẠI DIỆN BAN QUẢN LÝ DỰ ÁN / PHÓ GIÁM ĐỐC", [
    (BQL, [], "2026-05-20", ["trước ngày 20/5/2026"], None, "III.1.a",
     "Phê duyệt bổ sung dự toán xử lý sạt lở tuyến đường vào công"),
    (BQL, [], "2026-08-15", ["trước ngày 15/8/2026"], None, "III.1.b",
     "Chỉ đạo nhà thầu bổ sung nhân lực, thiết bị, thi công 3 ca"),
    (XDH, ["Trung tâm Phát triển quỹ đất tỉnh"], "2026-05-15", ["trước 15/5"], None, "III.2.a",
     "Chủ trì, phối hợp với Trung tâm Phát triển quỹ đất tỉnh vận động 03"),
    (XDH, [], "2026-05", ["trong tháng 5/2026"], None, "III.2.b",
     "Hoàn thiện hồ sơ đề nghị chuyển mục đích sử dụng 1,2 ha đất"),
    ("Công ty Cổ phần Xây dựng và Thương mại Trường Sơn Quảng Bình", [], "2026-05-15",
     ["trong vòng 10 ngày kể từ ngày ký biên bản này"], None, "III.3",
     "Nhà thầu thi công (Công ty Cổ phần Xây dựng và Thương mại Trường Sơn"),
    ("Công ty TNHH Tư vấn xây dựng Minh Quang", [], None, ["vào thứ Hai hằng tuần"], "weekly", "III.4",
     "Công ty TNHH Tư vấn xây dựng Minh Quang tăng cường giám sát chất"),
    ("Trung tâm Phát triển quỹ đất tỉnh", [], None, [], None, "III.5",
     "Đề nghị Trung tâm Phát triển quỹ đất tỉnh chỉ đạo Chi nhánh khu vực"),
    ("Đồn Biên phòng Cha Lo", ["Công an xã Dân Hóa"], None, [], None, "III.6",
     "Đề nghị Đồn Biên phòng Cha Lo phối hợp với Công an xã Dân Hóa"),
    (BQL, [], None, ["định kỳ hằng tháng, vào ngày 20"], "monthly", "III.7", A97),
    (XDH, [], None, ["định kỳ hằng tháng, vào ngày 20"], "monthly", "III.7", A97),
], doc_type="BIÊN BẢN")

# 10 ------------------ provincial procuracy notice pasted from its PDF: hard wraps, long phòng names, page number (txt)
F10 = "af-tb-vksnd-khanhhoa-so-ket-6-thang-pdf-paste-ten-phong-dai.txt"
P1 = "Phòng Thực hành quyền công tố, kiểm sát điều tra và kiểm sát xét xử án hình sự"
A106 = "Viện kiểm sát nhân dân khu vực 1 - Khánh Hòa và Viện"
doc(F10, "txt-pdf-paste-provincial-procuracy-header-columns-merged-hard-wrapped-lines-long-phong-names-with-commas-and-va-bracketed-phong-number-page-number-mid-item-signature-beside-noi-nhan",
    "136/TB-VKS", "2026-07-06", "Viện kiểm sát nhân dân tỉnh Khánh Hòa", "Mấu Thị Bích", "KT. VIỆN TRƯỞNG / PHÓ VIỆN TRƯỞNG", [
    (P1, [], "2026-09-30", ["trước ngày 30/9/2026"], None, "II.1.a",
     "Tăng cường kiểm sát chặt chẽ việc tiếp nhận, giải quyết tin báo, tố"),
    (P1, ["Cơ quan Cảnh sát điều tra Công an tỉnh"], "2026-09-30", ["trong quý III/2026"], None, "II.1.b",
     "Chủ trì, phối hợp với Cơ quan Cảnh sát điều tra"),
    ("Phòng Kiểm sát giải quyết án hành chính, vụ việc kinh doanh, thương mại, lao động", [], "2026",
     ["trong năm 2026"], None, "II.2", "Phòng Kiểm sát giải quyết án hành chính, vụ việc kinh doanh, thương mại"),
    ("Phòng Kiểm sát thi hành án dân sự, thi hành án hình sự và tạm giữ, tạm giam", [], "2026-08",
     ["trong tháng 8/2026"], None, "II.3", "Phòng Kiểm sát thi hành án dân sự, thi hành án hình sự và"),
    ("Phòng Thống kê tội phạm và Công nghệ thông tin", [], "2026-07-31", ["trước 31/7"], None, "II.4",
     "Phòng Thống kê tội phạm và Công nghệ thông tin hoàn thành cập nhật"),
    ("Phòng Tổ chức cán bộ", ["Văn phòng tổng hợp"], "2026-09-30", ["trong quý III/2026"], None, "II.5",
     "Phòng Tổ chức cán bộ phối hợp với Văn phòng tổng hợp rà soát"),
    ("Viện kiểm sát nhân dân khu vực 1 - Khánh Hòa", [], "2026-07-20", ["trước ngày 20/7/2026"], None, "II.6", A106),
    ("Viện kiểm sát nhân dân khu vực 4 - Khánh Hòa", [], "2026-07-20", ["trước ngày 20/7/2026"], None, "II.6", A106),
    ("Các Viện kiểm sát nhân dân khu vực", [], None, ["định kỳ hằng tháng, trước ngày 05 của tháng sau"], "monthly",
     "II.7", "Các Viện kiểm sát nhân dân khu vực thực hiện nghiêm chế độ thông tin"),
    ("Viện trưởng VKSND khu vực 3 - Khánh Hòa", [], "2026-07-15", ["trước ngày 15/7/2026"], None, "II.8",
     "Yêu cầu Viện trưởng VKSND khu vực 3 - Khánh Hòa tổ chức kiểm"),
    ("Văn phòng tổng hợp", [], "2026-08", ["tại cuộc họp giao ban tháng 8/2026"], None, "II.9",
     "Giao Văn phòng tổng hợp theo dõi, đôn đốc việc thực hiện Thông báo"),
])


# ---------------------------------------------------------------------------------------------------- questions
q("Theo Thông báo 341/TB-VPCP, Bộ Nông nghiệp và Môi trường phải trình Thủ tướng Đề án phát triển hệ thống vườn ươm giống cà phê trước ngày nào?",
  F1, ["31 tháng 8 năm 2026"], ["vi", "deadline"])
q("Which two ministries must propose an interest-rate support mechanism for households replanting coffee, and when must they report to the Prime Minister?",
  F1, ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "7/2026"], ["en", "assignee", "deadline"])
q("Agribank phai danh toi thieu bao nhieu tien cho chuong trinh tin dung tai canh ca phe va cong bo thu tuc vay truoc ngay nao?",
  F1, ["10.000 tỷ đồng", "15/7/2026"], ["vi-noaccent", "fact", "deadline"])
q("Theo kết luận của Phó Thủ tướng Hầu Minh Tiệp, tỉnh Đắk Nông phải tái canh bao nhiêu ha cà phê trong năm 2026?",
  None, [], ["vi", "fact", "unanswerable"])
q("Sở Xây dựng Quảng Ngãi giao đơn vị nào tiếp nhận hồ sơ các công trình dân dụng do Ban quản lý dự án cấp huyện cũ làm chủ đầu tư, trong thời hạn bao lâu?",
  F2, ["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh", "15 ngày"], ["vi", "assignee", "deadline"])
q("When are the two training rounds on construction permits and order for commune officials in Quảng Ngãi, and which units run them?",
  F2, ["10/6/2026", "25/6/2026", "Phòng Quản lý hoạt động xây dựng", "Phòng Quy hoạch - Kiến trúc và Phát triển đô thị"],
  ["en", "deadline", "assignee"])
q("Cong ty Co phan Cap thoat nuoc va Xay dung Quang Ngai phai hoan tra mat bang tren duong Hung Vuong xong truoc ngay nao?",
  F2, ["30/6"], ["vi-noaccent", "deadline"])
q("Who signed the Quảng Ngãi construction department's notice 1532/TB-SXD on construction order, and in what capacity?",
  F2, ["Đoàn Thị Mỹ Xuyên", "PHÓ GIÁM ĐỐC"], ["en", "metadata", "signer"])
q("Đợt cao điểm tấn công, trấn áp tội phạm ma túy, tín dụng đen ở xã Tân Phú kéo dài từ ngày nào đến ngày nào và do đơn vị nào chủ trì?",
  F3, ["15/6/2026", "15/8/2026", "Công an xã Tân Phú"], ["vi", "deadline", "assignee"])
q("Nhung chi bo ap nao o xa Tan Phu phai danh gia ket qua xay dung ap an toan ve an ninh, trat tu hang quy?",
  F3, ["Phú Lâm 1", "Phú Thịnh", "Trà Cổ"], ["vi-noaccent", "assignee", "recurring"])
q("Which banks did the Tân Phú commune party standing committee ask to lend more so that people avoid loan sharks, and by when must they report their disbursements?",
  F3, ["Agribank", "NHCSXH", "15/12/2026"], ["en", "assignee", "deadline"])
q("How many drug users did Tân Phú commune send to compulsory rehabilitation in the first half of 2026?",
  None, [], ["en", "fact", "unanswerable"])
q("Bệnh viện Ung bướu Thanh Hóa yêu cầu hoàn thiện bệnh án điện tử cho toàn bộ người bệnh nội trú trước ngày nào, đơn vị nào chủ trì?",
  F4, ["30/9/2026", "Phòng Kế hoạch tổng hợp"], ["vi", "deadline", "assignee"])
q("Which two departments of the Thanh Hóa oncology hospital must review prescriptions of targeted and immunotherapy drugs outside the health-insurance list?",
  F4, ["Khoa Nội 1 - Hóa trị", "Khoa Nội 2 - Điều trị đích và miễn dịch"], ["en", "assignee"])
q("Ai chu tri buoi giao ban chuyen mon thang 6/2026 cua Benh vien Ung buou Thanh Hoa va ai ky thong bao?",
  F4, ["Trịnh Văn Thoại"], ["vi-noaccent", "metadata", "chair", "signer"])
q("Chương trình \"Trung thu cho bệnh nhi ung thư\" của Bệnh viện Ung bướu Thanh Hóa tổ chức vào ngày nào, phòng nào phụ trách?",
  F4, ["25/9/2026", "Phòng Công tác xã hội"], ["vi", "deadline", "assignee"])
q("Trường Đại học Tây Bắc tổ chức Ngày hội việc làm năm 2026 vào ngày nào và mời tối thiểu bao nhiêu doanh nghiệp?",
  F5, ["10/10/2026", "40 doanh nghiệp"], ["vi", "deadline", "fact"])
q("Which office organises the civic orientation week for Tây Bắc University's 2026 freshmen, and by what date must it be finished?",
  F5, ["Phòng Chính trị, Công tác học sinh, sinh viên", "12/9/2026"], ["en", "assignee", "deadline"])
q("Ban Quan ly ky tuc xa Truong Dai hoc Tay Bac phai sua chua xong mai, he thong cap nuoc khu B truoc ngay nao?",
  F5, ["25/8"], ["vi-noaccent", "deadline"])
q("Trường Đại học Tây Bắc giao bao nhiêu chỉ tiêu tuyển sinh ngành Sư phạm Toán học năm 2026?",
  None, [], ["vi", "fact", "unanswerable"])
q("Phường Pleiku ra quân lập lại trật tự vỉa hè, lòng đường từ ngày nào đến ngày nào và đơn vị nào chủ trì?",
  F6, ["01/7/2026", "31/7/2026", "Phòng Kinh tế, Hạ tầng và Đô thị"], ["vi", "deadline", "assignee"])
q("By when must Gia Lai's water supply company replace the leaking pipe on Lê Lợi street in Pleiku ward?",
  F6, ["30/6/2026"], ["en", "deadline"])
q("Thong bao ket luan cua Chu tich UBND phuong Pleiku ve cap nuoc mua kho la so bao nhieu, ban hanh ngay nao?",
  F6, ["218/TB-VP", "12/6/2026"], ["vi-noaccent", "metadata"])
q("How often must the Pleiku ward police report on sidewalk re-encroachment, and through which office?",
  F6, ["trước ngày 05 hằng tháng", "Phòng Kinh tế, Hạ tầng và Đô thị"], ["en", "recurring"])
q("Công ty Cổ phần Cấp nước Bến Tre yêu cầu Nhà máy nước Sơn Đông và Nhà máy nước Hữu Định trữ đầy hồ chứa nước thô trước ngày nào?",
  F7, ["15/02/2026"], ["vi", "deadline"])
q("Which branches of Bến Tre Water Supply must run free fresh-water tanker trucks for coastal households, and for what period?",
  F7, ["Ba Tri", "Thạnh Phú", "10/02/2026", "tháng 4/2026"], ["en", "assignee", "deadline"])
q("Ty le that thoat nuoc nam 2025 cua Chi nhanh cap nuoc Thanh Phu la bao nhieu?",
  F7, ["27,8%"], ["vi-noaccent", "fact"])
q("How much did Bến Tre Water Supply budget for phase 2 of the Giao Long water plant?",
  None, [], ["en", "fact", "unanswerable"])
q("Đại hội Thể dục thể thao tỉnh Thanh Hóa lần thứ IX năm 2026 dự kiến tổ chức từ ngày nào đến ngày nào?",
  F8, ["20/7", "26/7/2026"], ["vi", "fact"])
q("Who must Thanh Hóa's Phòng Quản lý Văn hóa và Gia đình work with on the opening and closing ceremony scripts, and when are they due?",
  F8, ["Trung tâm Văn hóa, Điện ảnh tỉnh", "Nhà hát Ca múa kịch Lam Sơn", "30/6/2026"], ["en", "coordinator", "deadline"])
q("UBND cac xa, phuong co van dong vien tham du Dai hoi TDTT tinh Thanh Hoa phai gui danh sach dang ky ve dau, truoc ngay nao?",
  F8, ["Phòng Quản lý Thể dục, Thể thao", "30/6/2026"], ["vi-noaccent", "deadline"])
q("Đại hội Thể dục thể thao tỉnh Thanh Hóa năm 2026 có bao nhiêu môn thi đấu và bao nhiêu vận động viên?",
  None, [], ["vi", "fact", "unanswerable"])
q("Theo biên bản làm việc giữa Ban QLDA và UBND xã Dân Hóa, khối nhà học và nhà ở bán trú phải hoàn thành trước ngày nào?",
  F9, ["15/8/2026"], ["vi", "deadline"])
q("Which contractor is building the Dân Hóa boarding school, and which road must it repair within 10 days?",
  F9, ["Công ty Cổ phần Xây dựng và Thương mại Trường Sơn Quảng Bình", "Ka Oóc - Tà Rà"], ["en", "assignee", "deadline"])
q("UBND xa Dan Hoa phai van dong 03 ho o ban Ka Ooc nhan tien boi thuong, ban giao mat bang truoc ngay nao?",
  F9, ["15/5"], ["vi-noaccent", "deadline"])
q("Viện kiểm sát nhân dân tỉnh Khánh Hòa yêu cầu Viện trưởng VKSND khu vực 3 - Khánh Hòa kiểm điểm trách nhiệm về vi phạm gì và báo cáo trước ngày nào?",
  F10, ["thời hạn tạm giữ", "15/7/2026"], ["vi", "deadline", "assignee"])
q("Which regional procuracies of Khánh Hòa must draw lessons from cases returned for additional investigation, and by when?",
  F10, ["khu vực 1 - Khánh Hòa", "khu vực 4 - Khánh Hòa", "20/7/2026"], ["en", "assignee", "deadline"])
q("Phong Kiem sat giai quyet an hanh chinh cua VKSND tinh Khanh Hoa phai ban hanh it nhat bao nhieu kien nghi trong nam 2026?",
  F10, ["02 kiến nghị"], ["vi-noaccent", "fact"])
q("How many defendants did the Khánh Hòa provincial procuracy indict for corruption in the first half of 2026?",
  None, [], ["en", "fact", "unanswerable"])
q("Vien kiem sat nhan dan tinh Khanh Hoa to chuc hoi nghi so ket 9 thang nam 2026 vao ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
