"""Gold and questions for batch z (all split dev), written by hand from the document text alone.
Writes gold/z.jsonl and questions/z.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/z-src/gold_z.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("z")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------- industrial-zone authority: typed "1.<TAB>" / "a)<TAB>" labels imitating Word numbering (docx)
F1 = "z-tb-bqlkkt-hatinh-vung-ang-so-tab-go-tay.docx"
QLMT, NNMT = "Phòng Quản lý môi trường", "Sở Nông nghiệp và Môi trường"
A13 = "Giao Phòng Quản lý quy hoạch và xây dựng và Trung tâm Phát triển hạ tầng"
doc(F1, "docx-kkt-authority-typed-number-tab-labels-look-like-word-numbering-unit-colon-umbrella-a-b-c-passive-duoc-giao-joint-giao-unit-with-va-in-name-co-trach-nhiem-de-nghi-quan-tam-thu-truong-co-quan-don-vi-hour-deadline-tuan-dau-thang",
    "219/TB-KKT", "2026-03-18", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", "Võ Thị Hoài Sương",
    "TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG", [
    (QLMT, [NNMT], "2026-04-15", ["chậm nhất ngày 15/4/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường kiểm tra việc vận hành"),
    (QLMT, [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.1.b",
     "Cập nhật dữ liệu quan trắc môi trường lên Hệ thống thông tin Khu kinh tế"),
    (QLMT, [], None, ["trong 07 ngày làm việc kể từ ngày tiếp nhận"], None, "II.1.c",
     "Phòng Quản lý môi trường được giao làm đầu mối tiếp nhận, xử lý phản ánh"),
    ("Phòng Quản lý doanh nghiệp và lao động", ["Công an tỉnh"], "2026-06-30", ["trước 30/6"], None, "II.2",
     "Phòng Quản lý doanh nghiệp và lao động chủ trì, phối hợp với Công an tỉnh"),
    ("Phòng Quản lý quy hoạch và xây dựng", [], "2026-04-05", ["trong tuần đầu tháng 4/2026"], None, "II.3", A13),
    ("Trung tâm Phát triển hạ tầng Khu kinh tế", [], "2026-04-05", ["trong tuần đầu tháng 4/2026"], None, "II.3", A13),
    (NNMT, [], None, ["sau khi có ý kiến của Bộ Nông nghiệp và Môi trường"], None, "II.4",
     "Đề nghị Sở Nông nghiệp và Môi trường quan tâm hỗ trợ Ban trong việc thẩm định"),
    ("Công an tỉnh", [QLMT], None, [], None, "II.5",
     "Đề nghị Công an tỉnh phối hợp với Phòng Quản lý môi trường tăng cường kiểm tra"),
    ("Các doanh nghiệp đang hoạt động trong Khu kinh tế", [], "2026-06-30",
     ["trước ngày 30/9/2026", "trong quý II/2026"], None, "II.6",
     "Các doanh nghiệp đang hoạt động trong Khu kinh tế có trách nhiệm lắp đặt"),
    ("Thủ trưởng các cơ quan, đơn vị thuộc Ban", [], "2026-04-10", ["trước 16 giờ 00 ngày 10/4/2026"], None, "II.7",
     "Thủ trưởng các cơ quan, đơn vị thuộc Ban rà soát, cập nhật danh mục"),
    ("Chánh Văn phòng Ban", [], "2026-06-30", ["vào cuối quý II/2026"], None, "II.8",
     "Chánh Văn phòng Ban có trách nhiệm theo dõi, đôn đốc việc thực hiện Thông báo này"),
])

# 2 ------------------- power company: task table, group rows merged across, two units in "Đơn vị thực hiện" (docx)
F2 = "z-tb-pc-nghean-giaoban-t3-bang-don-vi-thuc-hien.docx"
DLKV, KT, KD, BQLDA = "Các Điện lực khu vực", "Phòng Kỹ thuật", "Phòng Kinh doanh", "Ban Quản lý dự án"
R1 = "Rà soát, hoàn thiện phương án cấp điện mùa nắng nóng năm 2026 và phương án"
R2 = "Hoàn thành sửa chữa, bảo dưỡng các TBA 110kV Hưng Đông, Quỳnh Lưu"
R5 = "Triển khai chiến dịch vận động khách hàng thanh toán tiền điện không dùng tiền mặt"
R11 = "Hoàn thành quyết toán các công trình đầu tư xây dựng đã đóng điện năm 2025"
doc(F2, "docx-power-company-giao-ban-task-table-tt-noi-dung-don-vi-thuc-hien-phoi-hop-thoi-gian-group-rows-merged-across-two-units-by-semicolon-and-va-elided-dien-luc-list-cuoi-quy-nam-tu-nay-den-het-nam-don-vi-con-lai",
    "1586/TB-PCNA", "2026-04-08", "Công ty Điện lực Nghệ An", "Cao Xuân Thịnh", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Phòng Điều độ", [DLKV], "2026-04-15", ["Trước ngày 15/4/2026"], None, "II.1", R1),
    (KT, [DLKV], "2026-04-15", ["Trước ngày 15/4/2026"], None, "II.1", R1),
    (KT, ["Phòng Điều độ"], "2026-04-30", ["Trước 30/4"], None, "II.2", R2),
    ("Đội Quản lý vận hành lưới điện cao thế", ["Phòng Điều độ"], "2026-04-30", ["Trước 30/4"], None, "II.2", R2),
    (DLKV, ["UBND các xã, phường"], "2026-05-31", ["Tháng 4 - 5/2026"], None, "II.3",
     "Kiểm tra, phát quang hành lang tuyến các đường dây trung áp qua vùng đồi núi"),
    (DLKV, [], None, ["Trước 08 giờ 00 hằng ngày"], "daily", "II.4",
     "Báo cáo tình hình vận hành, sự cố lưới điện trong ngày về Phòng Điều độ"),
    (KD, ["Các ngân hàng thương mại trên địa bàn"], "2026-09-30", ["Cuối quý III/2026"], None, "II.5", R5),
    ("các Điện lực khu vực", ["Các ngân hàng thương mại trên địa bàn"], "2026-09-30", ["Cuối quý III/2026"], None,
     "II.5", R5),
    ("Phòng Thanh tra - Bảo vệ - Pháp chế", ["Công an các xã, phường"], None, ["Trước ngày 20 hằng tháng"], "monthly",
     "II.6", "Kiểm tra, xử lý các trường hợp vi phạm sử dụng điện, trộm cắp điện"),
    (KD, [KT], None, ["Trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ"], None, "II.7",
     "Giải quyết yêu cầu cấp điện mới cho khách hàng đấu nối vào lưới điện trung áp"),
    ("Các Điện lực: Diễn Châu, Yên Thành, Quỳ Hợp", [KD], "2026", ["Năm 2026"], None, "II.8",
     "Hoàn thành thay thế 100% công tơ cơ khí còn lại bằng công tơ điện tử"),
    ("Phòng An toàn", ["Phòng Tổ chức và Nhân sự"], "2026-05", ["Tháng 5/2026"], None, "II.9",
     "Tổ chức huấn luyện, sát hạch an toàn điện cho công nhân trực tiếp sản xuất"),
    (BQLDA, [DLKV], "2026-05-31", ["trước cao điểm nắng nóng", "Trước ngày 31/5/2026"], None, "II.10",
     "Đẩy nhanh tiến độ thi công 28 công trình chống quá tải lưới điện hạ áp"),
    ("Phòng Tài chính - Kế toán", ["Phòng Kế hoạch và Vật tư"], "2026", ["Từ nay đến hết năm 2026"], None, "II.11", R11),
    (BQLDA, ["Phòng Kế hoạch và Vật tư"], "2026", ["Từ nay đến hết năm 2026"], None, "II.11", R11),
    ("Chánh Văn phòng Công ty", [], "2026-06-30", ["tại Hội nghị giao ban sản xuất kinh doanh quý II/2026"], None,
     "III.1", "Giao Chánh Văn phòng Công ty theo dõi, đôn đốc các đơn vị thực hiện"),
    ("Các đơn vị còn lại", [], "2026-04-25", ["trước ngày 25/4/2026"], None, "III.2",
     "Các đơn vị còn lại căn cứ chức năng, nhiệm vụ chủ động triển khai các nội dung"),
])

# 3 ------------------- commune after the 2025 merger: run-on topic paragraphs, several subjects and deadlines each (docx)
F3 = "z-tb-ubnd-xa-nari-giaoban-doan-dai-nhieu-don-vi.docx"
doc(F3, "docx-commune-ubnd-giao-ban-run-on-topic-paragraphs-several-unit-and-office-holder-subjects-per-paragraph-yeu-cau-giao-de-nghi-quan-tam-passive-duoc-giao-hour-deadline-week-window-khai-giang-undated-ngay-sau-cuoc-hop-start-date",
    "37/TB-UBND", "2026-04-10", "UBND xã Na Rì", "Triệu Văn Khuê", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", [
    ("Phòng Kinh tế", ["Trung tâm Phục vụ hành chính công xã"], "2026-04-30", ["chậm nhất ngày 30/4/2026"], None, "II.1",
     "Giao Phòng Kinh tế chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã"),
    ("đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế", [], "2026-04-24",
     ["trong tuần từ ngày 20/4 đến ngày 24/4/2026"], None, "II.1",
     "đồng chí Phó Chủ tịch UBND xã phụ trách kinh tế trực tiếp đối thoại"),
    ("Công an xã", [], None, [], None, "II.1",
     "Công an xã có trách nhiệm bảo đảm an ninh, trật tự tại khu vực thi công"),
    ("Phòng Kinh tế", ["Trưởng các thôn"], "2026-07-10", ["trước ngày 10/7/2026"], None, "II.2",
     "Yêu cầu Phòng Kinh tế hướng dẫn Nhân dân gieo cấy lúa vụ Mùa đúng khung thời vụ"),
    ("Ban Chỉ huy Quân sự xã", [], "2026-05-15", ["trước ngày 15/5/2026"], None, "II.2",
     "Ban Chỉ huy Quân sự xã kiện toàn lực lượng xung kích tại 18 thôn"),
    ("Trưởng các thôn", [], "2026-05-12", ["trước 16 giờ 00 ngày 12/5/2026"], None, "II.2",
     "Trưởng các thôn có trách nhiệm rà soát, lập danh sách hộ dân sống ở khu vực"),
    ("Phòng Văn hóa - Xã hội", ["các trường Mầm non, Tiểu học và THCS trên địa bàn"], None,
     ["trước khi khai giảng năm học mới"], None, "II.3",
     "Phòng Văn hóa - Xã hội chủ trì, phối hợp với các trường Mầm non"),
    ("Hiệu trưởng các trường: Mầm non Hoa Sen, Tiểu học Côn Minh, THCS Côn Minh", [], "2026-05",
     ["trong tháng 5/2026"], None, "II.3",
     "Hiệu trưởng các trường: Mầm non Hoa Sen, Tiểu học Côn Minh, THCS Côn Minh xây dựng"),
    ("Chánh Văn phòng HĐND và UBND xã", [], None, ["trước ngày 20 hằng tháng"], "monthly", "II.4",
     "Chánh Văn phòng HĐND và UBND xã chịu trách nhiệm theo dõi tỷ lệ hồ sơ"),
    ("Trung tâm Phục vụ hành chính công xã", [], None, [], None, "II.4",
     "Trung tâm Phục vụ hành chính công xã được giao hướng dẫn người dân sử dụng"),
    ("các Tổ công nghệ số cộng đồng", [], None, ["ngay sau cuộc họp"], None, "II.4",
     "các Tổ công nghệ số cộng đồng triển khai ngay sau cuộc họp việc hỗ trợ"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", [], None, [], None, "II.5",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã quan tâm chỉ đạo"),
])

# 4 ------------------- regional court: 4-column task table over two PDF pages, group rows, two units per cell (pdf)
F4 = "z-tb-tand-kv4-daklak-quy2-bang-qua-trang.pdf"
VP = "Văn phòng"
T2 = "Rà soát 34 vụ án dân sự, hôn nhân và gia đình đã quá thời hạn"
T4 = "Tổ chức xét xử trực tuyến đối với các vụ án hành chính, kinh doanh"
T7 = "Công bố bản án, quyết định đã có hiệu lực pháp luật trên Cổng"
T11 = "Lập dự toán sửa chữa, nâng cấp phòng xử án trực tuyến tại trụ sở mới"
D7 = ["Trong thời hạn 30 ngày kể từ ngày bản án, quyết định có hiệu lực pháp luật"]
D11 = ["Sau khi có ý kiến chấp thuận của Tòa án nhân dân tỉnh Đắk Lắk"]
doc(F4, "pdf-regional-court-tand-khu-vuc-chanh-an-conclusions-task-table-tt-noi-dung-don-vi-nguoi-thuc-hien-thoi-han-over-two-pages-repeated-heading-group-rows-two-units-per-cell-name-with-va-joined-by-va-dong-chi-pho-chanh-an",
    "45/TB-TA", "2026-04-15", "Tòa án nhân dân khu vực 4 - Đắk Lắk", "Phạm Quang Lợi", "CHÁNH ÁN", [
    ("Tòa Hình sự", [], "2026-06-20", ["Thường xuyên", "trước ngày 20/6/2026"], None, "II.1",
     "Đẩy nhanh tiến độ giải quyết các vụ án hình sự, bảo đảm tỷ lệ"),
    ("Tòa Dân sự", [], "2026-05-31", ["Chậm nhất ngày 31/5/2026"], None, "II.2", T2),
    ("Tòa Gia đình và người chưa thành niên", [], "2026-05-31", ["Chậm nhất ngày 31/5/2026"], None, "II.2", T2),
    ("Các Tòa chuyên trách", [], None, ["Hằng quý"], "quarterly", "II.3",
     "Tổ chức phiên tòa rút kinh nghiệm theo kế hoạch, bảo đảm mỗi Thẩm phán"),
    ("Tòa Hành chính", [], "2026-06-30", ["Quý II/2026"], None, "II.4", T4),
    ("Tòa Kinh tế", [], "2026-06-30", ["Quý II/2026"], None, "II.4", T4),
    (VP, [], "2026-04-30", ["Trước ngày 30/4/2026"], None, "II.5",
     "Hoàn thiện hồ sơ đề nghị bổ nhiệm lại 03 Hòa giải viên hết nhiệm kỳ"),
    ("Thẩm phán được phân công giải quyết vụ việc", [], None, ["Thường xuyên"], None, "II.6",
     "Chuyển các vụ việc đủ điều kiện sang hòa giải, đối thoại tại Tòa án"),
    ("Thẩm phán chủ tọa phiên tòa", [], None, D7, None, "II.7", T7),
    ("Thư ký phiên tòa", [], None, D7, None, "II.7", T7),
    ("Đồng chí Phó Chánh án phụ trách công tác hình sự",
     ["Viện kiểm sát nhân dân khu vực 4 - Đắk Lắk", "Cơ quan thi hành án hình sự Công an tỉnh"], None,
     ["Trong thời hạn 07 ngày kể từ ngày bản án có hiệu lực pháp luật"], None, "II.8",
     "Ra quyết định thi hành án hình sự đối với các bản án đã có hiệu lực"),
    (VP, [], None, ["Định kỳ, chậm nhất ngày 03 của tháng sau"], "monthly", "II.9",
     "Thống kê, báo cáo số liệu thụ lý, giải quyết các loại vụ việc"),
    (VP, [], "2026-05-15", ["Trước ngày 15/5/2026"], None, "II.10",
     "Xây dựng Kế hoạch đào tạo, bồi dưỡng Thư ký Tòa án, Thẩm tra viên năm 2026"),
    (VP, [], None, D11, None, "II.11", T11),
    ("Tổ Công nghệ thông tin", [], None, D11, None, "II.11", T11),
    (VP, [], "2026-06", ["tại cuộc họp giao ban tháng 6/2026"], None, "III",
     "Giao Văn phòng theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu trên"),
])

# 5 ------------------- central-bank branch: bold "Về phía …:" headings with "+" items, "do X chủ trì", office holders (pdf)
F5 = "z-tb-nhnn-kv10-quangngai-ve-phia-dau-cong.pdf"
TD, TCTD, UBT = "Phòng Tổng hợp - Tín dụng", "các tổ chức tín dụng trên địa bàn", "UBND tỉnh Quảng Ngãi"
A26 = "Agribank Chi nhánh tỉnh Quảng Ngãi và Ngân hàng Chính sách xã hội chi nhánh"
XA = ["UBND các xã: Sơn Hà, Sơn Tây, Ba Tơ"]
doc(F5, "pdf-central-bank-regional-branch-conclusions-after-working-session-bold-ve-phia-unit-headings-plus-items-do-x-chu-tri-passive-truong-phong-co-trach-nhiem-joint-bank-subjects-de-nghi-province-umbrella-de-nghi-dong-chi-giam-doc-so",
    "238/TB-KV10", "2026-04-20", "Ngân hàng Nhà nước Chi nhánh Khu vực 10", "Lưu Quốc Thạch", "GIÁM ĐỐC", [
    (TD, ["Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi"], "2026-05", ["trong tháng 5/2026"], None, "II.1",
     "Tổ chức Hội nghị kết nối ngân hàng - doanh nghiệp nông nghiệp năm 2026"),
    ("Phòng Thanh tra, giám sát ngân hàng", [], None, ["trước ngày 10 của tháng đầu quý sau"], "quarterly", "II.1",
     "Phòng Thanh tra, giám sát ngân hàng tăng cường giám sát việc chấp hành"),
    ("Trưởng phòng Kế toán - Thanh toán", [], "2026-09-30", ["trước ngày 30/9/2026"], None, "II.1",
     "Trưởng phòng Kế toán - Thanh toán có trách nhiệm hướng dẫn các tổ chức"),
    (TCTD, [], "2026-09-30", ["trước ngày 30/9/2026"], None, "II.2",
     "Triển khai hiệu quả Chương trình tín dụng đối với lĩnh vực lâm sản, thủy sản"),
    (TCTD, [], None, ["trước ngày 15 hằng tháng"], "monthly", "II.2",
     "Công khai lãi suất cho vay, thủ tục, hồ sơ vay vốn tại trụ sở giao dịch"),
    ("Agribank Chi nhánh tỉnh Quảng Ngãi", XA, "2026-09-30", ["trong quý III/2026"], None, "II.2", A26),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi", XA, "2026-09-30", ["trong quý III/2026"], None, "II.2",
     A26),
    (UBT, [], "2026-06-30", ["trong quý II/2026"], None, "II.3",
     "Quan tâm chỉ đạo Sở Nông nghiệp và Môi trường ban hành danh mục vùng sản xuất"),
    (UBT, [], "2026", ["từ nay đến hết năm 2026"], None, "II.3",
     "Chỉ đạo UBND các xã, phường đẩy nhanh việc cấp Giấy chứng nhận quyền sử dụng"),
    ("đồng chí Giám đốc Sở Tài chính", ["Ngân hàng Nhà nước Chi nhánh Khu vực 10"], "2026", ["trong năm 2026"], None,
     "II.4", "Đề nghị đồng chí Giám đốc Sở Tài chính quan tâm phối hợp với Ngân hàng"),
    (TD, [], "2026-12-15", ["trước ngày 15/12/2026"], None, "II.5",
     "Giao Phòng Tổng hợp - Tín dụng làm đầu mối theo dõi, tổng hợp kết quả"),
])

# 6 ------------------- university faculty: "II. GIAO NHIỆM VỤ", bold a. b. points, (1) (2), italic "Thời gian hoàn thành:" (pdf)
F6 = "z-tb-khoa-yduoc-dhtaynguyen-giao-nhiem-vu-thoi-gian-hoan-thanh.pdf"
TLDT = "Trợ lý đào tạo của Khoa"
A6E = "Đề nghị Phòng Đào tạo và Phòng Quản trị - Thiết bị của Trường quan tâm"
D6E = ["trước khai giảng năm học 2026 - 2027 (dự kiến ngày 07/9/2026)"]
doc(F6, "pdf-university-faculty-khoa-conclusions-giao-nhiem-vu-bold-letter-dot-points-paren-number-items-under-umbrella-italic-thoi-gian-hoan-thanh-line-after-each-point-split-deadlines-1-2-khai-giang-with-expected-date-start-date-not-deadline",
    "52/TB-KYD", "2026-05-19", "Khoa Y Dược, Trường Đại học Tây Nguyên", "H'Yơn Niê",
    "KT. TRƯỞNG KHOA / PHÓ TRƯỞNG KHOA", [
    ("Bộ môn Điều dưỡng", ["Bộ môn Y học cơ sở"], "2026-05-29", ["trước ngày 29/5/2026"], None, "II.a",
     "Bộ môn Điều dưỡng chủ trì, phối hợp với Bộ môn Y học cơ sở hoàn thiện"),
    (TLDT, [], "2026-07-15", ["trước ngày 15/7/2026"], None, "II.b.1",
     "Lập thời khóa biểu học kỳ I năm học 2026 - 2027 của các lớp"),
    (TLDT, [], None, ["ngay sau khi có kết quả thi học kỳ II"], None, "II.b.2",
     "Rà soát danh sách sinh viên nợ học phần, thông báo cho cố vấn học tập"),
    ("Cố vấn học tập các lớp", [], None, ["hằng tháng, trước ngày 25"], "monthly", "II.c",
     "Cố vấn học tập các lớp có trách nhiệm gặp gỡ, tư vấn cho sinh viên"),
    ("Tổ Bảo đảm chất lượng của Khoa", [], "2026-06-30", ["cuối tháng 6/2026"], None, "II.d",
     "Tổ Bảo đảm chất lượng của Khoa được giao hoàn thiện Báo cáo tự đánh giá"),
    ("Phòng Đào tạo", [], "2026-09-06", D6E, None, "II.e", A6E),
    ("Phòng Quản trị - Thiết bị", [], "2026-09-06", D6E, None, "II.e", A6E),
    ("Bệnh viện Đa khoa vùng Tây Nguyên", [], None, [], None, "II.f",
     "Đề nghị Bệnh viện Đa khoa vùng Tây Nguyên tạo điều kiện tiếp nhận 126 sinh viên"),
    ("Văn phòng Khoa", [], "2026-07", ["tại cuộc họp Khoa tháng 7/2026", "tháng 7/2026"], None, "II.g",
     "Văn phòng Khoa theo dõi, tổng hợp kết quả thực hiện các nhiệm vụ nêu trên"),
])

# 7 ------------------- hospital department (khoa) meeting: markdown, "Đối với …:" headings, i. ii. / + / • items (md)
F7 = "z-tb-khoa-thannhantao-bvdk-laocai-hop-khoa-i-ii-cham-tron.md"
DDT, KTV = "Điều dưỡng trưởng khoa", "Kỹ thuật viên phụ trách hệ thống nước RO"
A74 = "Quan tâm trình Ban Giám đốc bệnh viện phê duyệt bổ sung 04 máy chạy thận"
doc(F7, "md-hospital-department-khoa-meeting-bold-header-lines-bullet-meta-list-h3-doi-voi-ve-phia-de-nghi-headings-roman-i-ii-plus-and-bullet-dot-items-named-doctor-start-date-not-deadline-hour-deadline-pipe-table-signature",
    "12/TB-KTNT", "2026-04-29", "Khoa Thận nhân tạo, Bệnh viện Đa khoa tỉnh Lào Cai", "Giàng Seo Chư", "TRƯỞNG KHOA", [
    ("các bác sĩ điều trị", [], "2026-05-15", ["trước ngày 15/5/2026"], None, "II.1.i",
     "Khám, đánh giá lại chỉ định, liều lọc cho 100% người bệnh chạy thận"),
    ("Bác sĩ trực", [], None, [], None, "II.1.ii",
     "Bác sĩ trực có trách nhiệm có mặt tại khu vực máy chạy thận"),
    (DDT, [], None, [], None, "II.2",
     "Xây dựng lịch phân ca mới cho điều dưỡng, kỹ thuật viên theo 4 ca/ngày"),
    (DDT, [], None, ["vào thứ Năm hằng tuần"], "weekly", "II.2",
     "Kiểm tra việc thực hiện quy trình rửa quả lọc, kiểm soát nhiễm khuẩn"),
    (KTV, [], None, ["định kỳ hằng tháng"], "monthly", "II.3",
     "Lấy mẫu nước RO, dịch lọc gửi xét nghiệm vi sinh, nội độc tố"),
    (KTV, ["Phòng Vật tư - Thiết bị y tế"], "2026-05-09", ["trước 10 giờ 00 ngày 09/5/2026"], None, "II.3",
     "Phối hợp với Phòng Vật tư - Thiết bị y tế bảo dưỡng, thay màng lọc"),
    ("Phòng Kế hoạch tổng hợp", [], "2026-09-30", ["trong quý III/2026"], None, "II.4", A74),
    ("Phòng Tài chính kế toán", [], "2026-09-30", ["trong quý III/2026"], None, "II.4", A74),
    ("BS. Sùng Thị Mai", [], "2026-06", ["trong tháng 6/2026"], None, "II.5",
     "BS. Sùng Thị Mai (phụ trách Đơn vị lọc màng bụng) có trách nhiệm"),
    ("Điều dưỡng hành chính", [], None, ["trước ngày 03 tháng sau"], "monthly", "II.6",
     "Điều dưỡng hành chính tổng hợp số liệu hoạt động chuyên môn của Khoa"),
])

# 8 ------------------- portal news of a Sở about a protection-forest board: <ol> with a nested <ul> (html)
F8 = "z-portal-snnmt-lamdong-bqlrph-dainhinh-ol-ul-long.html"
TRAM, HKL = "các Trạm Quản lý bảo vệ rừng", "Hạt Kiểm lâm khu vực Ninh Gia"
doc(F8, "html-department-portal-news-about-forest-board-notice-number-date-in-sapo-ol-unit-subject-items-nested-ul-under-doi-voi-heading-item-passive-duoc-giao-no-signer-chrome-dates",
    "86/TB-BQLRPH", "2026-06-05", "Ban Quản lý rừng phòng hộ Đại Ninh", None, None, [
    ("Phòng Kỹ thuật - Bảo vệ rừng", [HKL], "2026-06-30", ["trước ngày 30/6/2026"], None, "1",
     "Phòng Kỹ thuật - Bảo vệ rừng chủ trì, phối hợp với Hạt Kiểm lâm"),
    (TRAM, [], None, ["trước 16 giờ thứ Sáu hằng tuần"], "weekly", "2",
     "Duy trì tuần tra, kiểm tra rừng tại các khu vực giáp ranh, vùng trọng điểm"),
    (TRAM, ["UBND các xã: Ninh Gia, Tà Hine, Tà Năng"], "2026-06", ["trong tháng 6/2026"], None, "2",
     "Phối hợp với UBND các xã: Ninh Gia, Tà Hine, Tà Năng tổ chức ký"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-07-15", ["chậm nhất ngày 15/7/2026"], None, "3",
     "Phòng Kế hoạch - Tài chính được giao hoàn thiện hồ sơ nghiệm thu, chi trả"),
    (HKL, [], None, [], None, "4",
     "Đề nghị Hạt Kiểm lâm khu vực Ninh Gia tăng cường lực lượng, phối hợp kiểm tra"),
    ("Tổ Kỹ thuật lâm sinh", [], "2026-08-31", ["trước ngày 31/8/2026"], None, "5",
     "Tổ Kỹ thuật lâm sinh tổ chức trồng mới 45 ha rừng phòng hộ"),
    ("Văn phòng Ban", [], "2026-10-05", ["trước ngày 05/10/2026"], None, "6",
     "Giao Văn phòng Ban tổng hợp kết quả thực hiện, báo cáo Giám đốc Ban"),
])

# 9 ------------------- e-mail reply with the notice quoted by "> " and the office's ">>" notes inside (txt)
F9 = "z-email-sdttg-cantho-chol-chnam-thmay-trich-dan.txt"
CSDT = "Phòng Chính sách dân tộc"
A94 = "Đề nghị UBND các xã: Trần Đề, Long Phú, Kế Sách và UBND phường Phú Lợi"
doc(F9, "txt-email-reply-re-fw-outlook-headers-office-note-with-own-deadline-inner-forward-note-notice-quoted-with-gt-prefix-double-gt-office-notes-under-items-numbered-items-elided-xa-list-and-phuong-joint-holiday-window",
    "63/TB-SDTTG", "2026-03-27", "Sở Dân tộc và Tôn giáo thành phố Cần Thơ", "Lâm Văn Sà Rết", "GIÁM ĐỐC", [
    (CSDT, ["Văn phòng Sở"], "2026-04-03", ["trước ngày 03/4/2026"], None, "1",
     "Phòng Chính sách dân tộc chủ trì, phối hợp với Văn phòng Sở tham mưu"),
    ("Phòng Tôn giáo", [], None, [], None, "2",
     "Phòng Tôn giáo có trách nhiệm nắm chắc tình hình hoạt động tại 92 chùa Khmer"),
    ("Thanh tra Sở", [], "2026-06-30", ["trong quý II/2026"], None, "3",
     "Yêu cầu Thanh tra Sở kiểm tra việc sử dụng kinh phí hỗ trợ tổ chức"),
    ("UBND các xã: Trần Đề, Long Phú, Kế Sách", [], "2026-04-24", ["trước ngày 24/4/2026"], None, "4", A94),
    ("UBND phường Phú Lợi", [], "2026-04-24", ["trước ngày 24/4/2026"], None, "4", A94),
    ("Chánh Văn phòng Sở", [], "2026-04-08", ["trước ngày 08/4/2026"], None, "5",
     "Giao Chánh Văn phòng Sở bảo đảm kinh phí, phương tiện, quà tặng phục vụ"),
    ("Thủ trưởng các phòng, đơn vị thuộc Sở", [], "2026-04-16", ["từ ngày 14/4 đến hết ngày 16/4/2026"], None, "6",
     "Thủ trưởng các phòng, đơn vị thuộc Sở phân công cán bộ trực trong các ngày"),
    (CSDT, [], "2026-04-25", ["trước ngày 25/4/2026"], None, "7",
     "Giao Phòng Chính sách dân tộc tổng hợp kết quả, báo cáo UBND thành phố"),
])

# 10 ------------------ Chi cục notice copied from a PDF: hard wraps, running header and "Trang n/4" footer mid-task (txt)
F10 = "z-tb-cctt-bvtv-dongthap-pdf-copy-trang-ngat.txt"
BVTV, TRAMKV = "Phòng Bảo vệ thực vật", "các Trạm Trồng trọt và Bảo vệ thực vật khu vực"
doc(F10, "txt-pdf-copy-paste-hard-wrapped-space-aligned-header-running-header-and-trang-n-4-footer-interrupting-tasks-and-a-weekly-phrase-unit-colon-umbrella-letter-dot-doi-voi-headings-dash-and-plus-items-de-nghi-elided-xa-list-under-heading",
    "41/TB-CCTTBVTV", "2026-04-14", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Đồng Tháp", "Lê Hoàng Duy Khang",
    "CHI CỤC TRƯỞNG", [
    (BVTV, [TRAMKV], "2026-04-25", ["trước ngày 25/4/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với các Trạm Trồng trọt và Bảo vệ thực vật"),
    (BVTV, [], None, ["thứ Ba hằng tuần"], "weekly", "II.1.b",
     "Cập nhật bản tin tình hình sinh vật gây hại lên Trang thông tin"),
    ("Phòng Thanh tra - Pháp chế", ["Trạm Kiểm dịch thực vật"], "2026-06-30",
     ["trong quý II/2026", "trước ngày 10/7/2026"], None, "II.2",
     "Phòng Thanh tra - Pháp chế chủ trì, phối hợp với Trạm Kiểm dịch thực vật"),
    (TRAMKV, [], None, ["thường xuyên"], None, "II.3",
     "Hướng dẫn nông dân áp dụng biện pháp quản lý dịch hại tổng hợp (IPM)"),
    (TRAMKV, [], None, ["trước 15 giờ thứ Năm hằng tuần"], "weekly", "II.3",
     "Báo cáo diện tích nhiễm sinh vật gây hại về Phòng Bảo vệ thực vật"),
    ("UBND các xã: Tân Hồng, Tân Thành, An Phước", [], "2026-05", ["trước khi xuống giống", "trong tháng 5/2026"],
     None, "II.4", "Đề nghị UBND các xã: Tân Hồng, Tân Thành, An Phước chỉ đạo"),
    ("UBND các xã", [], "2026", ["từ nay đến hết năm 2026"], None, "II.4",
     "Vận động nông dân chuyển đổi 1.200 ha đất trồng lúa kém hiệu quả"),
    ("Trưởng phòng Hành chính - Tổng hợp", [], "2026-05", ["tại cuộc họp giao ban tháng 5/2026"], None, "II.5",
     "Giao Trưởng phòng Hành chính - Tổng hợp theo dõi, đôn đốc việc thực hiện"),
])

# ------------------------------------------------------------------------------------------------------ questions
q("Theo Thông báo 219/TB-KKT, Phòng Quản lý môi trường phải báo cáo kết quả kiểm tra hệ thống xử lý nước thải của 05 doanh nghiệp chưa kết nối dữ liệu quan trắc chậm nhất ngày nào?",
  F1, ["15/4/2026"], ["vi", "deadline"])
q("Which two units must survey the storm-drainage system of the Kỳ Trinh resettlement area in the Vũng Áng economic zone, and when must they submit the renovation plan?",
  F1, ["Phòng Quản lý quy hoạch và xây dựng", "Trung tâm Phát triển hạ tầng Khu kinh tế", "tuần đầu tháng 4/2026"],
  ["en", "who", "deadline"])
q("Phong Quan ly moi truong cua Ban Quan ly Khu kinh te Ha Tinh phai xu ly, tra loi moi phan anh ve bui, mui o cang Son Duong trong bao lau?",
  F1, ["07 ngày làm việc"], ["vi-noaccent", "deadline"])
q("Công ty Điện lực Nghệ An giao đơn vị nào hoàn thiện phương án cấp điện mùa nắng nóng năm 2026 và thời hạn là khi nào?",
  F2, ["Phòng Điều độ", "Phòng Kỹ thuật", "15/4/2026"], ["vi", "who", "deadline"])
q("By when must the Diễn Châu, Yên Thành and Quỳ Hợp power branches finish replacing mechanical meters with remote-reading electronic meters?",
  F2, ["Năm 2026"], ["en", "deadline"])
q("Cac Dien luc khu vuc cua PC Nghe An phai bao cao tinh hinh van hanh, su co luoi dien ve Phong Dieu do truoc may gio hang ngay?",
  F2, ["08 giờ 00"], ["vi-noaccent", "deadline", "recurring"])
q("What was PC Nghệ An's commercial electricity output in the first quarter of 2026?",
  F2, ["1.412,6 triệu kWh"], ["en", "figure"])
q("Trưởng các thôn ở xã Na Rì phải gửi danh sách hộ dân sống ở khu vực có nguy cơ sạt lở về Văn phòng HĐND và UBND xã trước mấy giờ, ngày nào?",
  F3, ["16 giờ 00", "12/5/2026"], ["vi", "deadline"])
q("Who must talk directly with the households in Na Rì commune that have not agreed to hand over land for the ĐT.256 road, and during which week?",
  F3, ["Phó Chủ tịch UBND xã phụ trách kinh tế", "20/4", "24/4/2026"], ["en", "who", "date"])
q("Tu ngay nao xa Na Ri ap dung thu phi, le phi khong dung tien mat doi voi 100% ho so thu tuc hanh chinh?",
  F3, ["01/4/2026"], ["vi-noaccent", "date"])
q("Ai ký Thông báo kết luận Hội nghị giao ban công tác tháng 3/2026 của UBND xã Na Rì?",
  F3, ["Triệu Văn Khuê"], ["vi", "signer"])
q("Tòa án nhân dân khu vực 4 - Đắk Lắk giao đơn vị nào rà soát 34 vụ án dân sự, hôn nhân và gia đình quá thời hạn chuẩn bị xét xử, hạn chót là ngày nào?",
  F4, ["Tòa Dân sự", "Tòa Gia đình và người chưa thành niên", "31/5/2026"], ["vi", "who", "deadline"])
q("Within how many days after a judgment takes legal effect must the Đắk Lắk regional court 4's deputy chief justice for criminal cases issue the enforcement decision?",
  F4, ["07 ngày"], ["en", "deadline"])
q("Van phong Toa an nhan dan khu vuc 4 - Dak Lak phai gui so lieu thong ke ve Toa an tinh cham nhat ngay nao moi thang?",
  F4, ["ngày 03 của tháng sau"], ["vi-noaccent", "deadline", "recurring"])
q("How many cases did regional people's court no. 4 of Đắk Lắk accept in the first quarter of 2026?",
  F4, ["1.284"], ["en", "figure"])
q("Theo kết luận của Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 10, các tổ chức tín dụng phải giải ngân tối thiểu bao nhiêu phần trăm hạn mức chương trình tín dụng lâm sản, thủy sản và trước ngày nào?",
  F5, ["70%", "30/9/2026"], ["vi", "figure", "deadline"])
q("Which communes must Agribank and the Bank for Social Policies in Quảng Ngãi work with to review the loan needs of ethnic-minority households growing large-timber forests?",
  F5, ["Sơn Hà", "Sơn Tây", "Ba Tơ"], ["en", "coordinators", "list"])
q("Ngan hang Nha nuoc Chi nhanh Khu vuc 10 de nghi So Tai chinh Quang Ngai tham muu bo sung bao nhieu ty dong von uy thac qua Ngan hang Chinh sach xa hoi?",
  F5, ["50 tỷ đồng"], ["vi-noaccent", "amount"])
q("Đơn vị nào chủ trì tổ chức Hội nghị kết nối ngân hàng - doanh nghiệp nông nghiệp năm 2026 tại tỉnh Quảng Ngãi?",
  F5, ["Phòng Tổng hợp - Tín dụng"], ["vi", "who-leads"])
q("By when must the training assistant of the Faculty of Medicine and Pharmacy at Tây Nguyên University draw up the timetable for semester I of 2026-2027?",
  F6, ["15/7/2026"], ["en", "deadline"])
q("Khoa Y Dược Trường Đại học Tây Nguyên đề nghị bổ sung bao nhiêu mô hình thực hành kỹ năng lâm sàng và phải xong trước thời điểm nào?",
  F6, ["12 mô hình", "07/9/2026"], ["vi", "figure", "deadline"])
q("Sinh vien Dieu duong khoa 2023 cua Khoa Y Duoc bat dau thuc tap lam sang dot 2 tai Benh vien Da khoa vung Tay Nguyen tu ngay nao?",
  F6, ["01/6/2026"], ["vi-noaccent", "date"])
q("Kỹ thuật viên phụ trách hệ thống nước RO của Khoa Thận nhân tạo phải bảo dưỡng, thay màng lọc hệ thống RO số 2 xong trước thời điểm nào?",
  F7, ["10 giờ 00", "09/5/2026"], ["vi", "deadline"])
q("From what date does the new four-shift roster of the Lào Cai provincial hospital's dialysis department apply?",
  F7, ["04/5/2026"], ["en", "date"])
q("How often must the dialysis department's RO technician send RO water and dialysate samples for microbiology and endotoxin testing?",
  F7, ["hằng tháng"], ["en", "recurring"])
q("Ai chủ trì cuộc họp khoa tháng 4/2026 của Khoa Thận nhân tạo, Bệnh viện Đa khoa tỉnh Lào Cai?",
  F7, ["Giàng Seo Chư"], ["vi", "chair"])
q("By when must the Đại Ninh protection forest management board finish paying the 2025 forest environmental service fees to contracted households?",
  F8, ["15/7/2026"], ["en", "deadline"])
q("Cac Tram Quan ly bao ve rung cua Ban Quan ly rung phong ho Dai Ninh phai bao cao ket qua tuan tra vao luc nao?",
  F8, ["16 giờ thứ Sáu hằng tuần"], ["vi-noaccent", "deadline", "recurring"])
q("Thông báo kết luận về bảo vệ, phát triển rừng mùa mưa năm 2026 của Ban Quản lý rừng phòng hộ Đại Ninh có số hiệu và ngày ban hành nào?",
  F8, ["86/TB-BQLRPH", "05/6/2026"], ["vi", "number", "issue-date"])
q("Sở Dân tộc và Tôn giáo thành phố Cần Thơ đề nghị những địa phương nào tổ chức hoạt động văn hóa, thể thao mừng Tết Chôl Chnăm Thmây 2026 và báo cáo kết quả trước ngày nào?",
  F9, ["Trần Đề", "Long Phú", "Kế Sách", "Phú Lợi", "24/4/2026"], ["vi", "who", "list", "deadline"])
q("Who must secure the budget, vehicles and gifts for Cần Thơ's Chôl Chnăm Thmây visiting delegations, and by when?",
  F9, ["Chánh Văn phòng Sở", "08/4/2026"], ["en", "who", "deadline"])
q("Thanh tra So Dan toc va Ton giao Can Tho phai kiem tra viec su dung kinh phi ho tro Tet Chol Chnam Thmay nam 2025 xong trong thoi gian nao?",
  F9, ["quý II/2026"], ["vi-noaccent", "deadline"])
q("Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Đồng Tháp yêu cầu ban hành thông báo khung lịch xuống giống né rầy vụ Hè Thu năm 2026 trước ngày nào?",
  F10, ["25/4/2026"], ["vi", "deadline"])
q("Which Đồng Tháp communes are asked to organise a simultaneous golden apple snail eradication campaign, and in which month?",
  F10, ["Tân Hồng", "Tân Thành", "An Phước", "tháng 5/2026"], ["en", "who", "list", "deadline"])
q("Phong Bao ve thuc vat cap nhat ban tin tinh hinh sinh vat gay hai len trang thong tin dien tu cua Chi cuc vao ngay nao trong tuan?",
  F10, ["thứ Ba hằng tuần"], ["vi-noaccent", "recurring"])
# unanswerable: no document says it, or the place / unit / level does not match
q("Ban Quản lý Khu kinh tế tỉnh Quảng Trị yêu cầu các doanh nghiệp trong Khu kinh tế Đông Nam kết nối dữ liệu quan trắc nước thải tự động trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("By when must PC Thanh Hóa finish its 2026 hot-season power supply plan?",
  None, [], ["en", "deadline", "unanswerable"])
q("Toa an nhan dan khu vuc 2 - Gia Lai phai cong bo ban an, quyet dinh tren Cong thong tin dien tu trong thoi han bao lau?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("Khoa Y Dược Trường Đại học Tây Nguyên giao Bộ môn Dược học nhiệm vụ gì trong tháng 6/2026?",
  None, [], ["vi", "what", "unanswerable"])
q("How much money per household did Cần Thơ's Department of Ethnic Minorities and Religion set for Chôl Chnăm Thmây gifts in 2026?",
  None, [], ["en", "amount", "unanswerable"])
q("Ban Quan ly rung phong ho Da Nhim yeu cau chi tra tien dich vu moi truong rung nam 2025 xong truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("Ngân hàng Nhà nước Chi nhánh Khu vực 10 giao Vietcombank chi nhánh Quảng Ngãi nhiệm vụ gì về tín dụng nông nghiệp?",
  None, [], ["vi", "what", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
