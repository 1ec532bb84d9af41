"""Gold and questions for batch y (all split dev), written by hand from the document text alone.
Writes gold/y.jsonl and questions/y.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/y-src/gold_y.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("y")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------- research institute, header in a 2-column table, TL. VIỆN TRƯỞNG / TRƯỞNG PHÒNG (docx)
F1 = "y-tb-viendhh-giaoban-quy1-tl-truong-phong.docx"
QLTH = "Phòng Quản lý tổng hợp"
A1 = "Phòng Địa chất biển và Phòng Vật lý biển hoàn thiện báo cáo tổng kết"
doc(F1, "docx-research-institute-two-level-academy-header-table-tl-vien-truong-truong-phong-signs-chair-pgs-ts-unit-colon-letters-doi-voi-heading-dashes-joint-phong-yearless-monthly-meeting-window",
    "141/TB-VHDH", "2026-04-09", "Viện Hải dương học", "Nghiêm Thị Thục Trinh",
    "TL. VIỆN TRƯỞNG / TRƯỞNG PHÒNG QUẢN LÝ TỔNG HỢP", [
    (QLTH, ["các chủ nhiệm đề tài"], "2026-04-20", ["trước ngày 20/4/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với các chủ nhiệm đề tài rà soát tiến độ giải ngân"),
    (QLTH, [], None, ["tại cuộc họp giao ban Viện hằng tháng"], "monthly", "II.1.b",
     "Đôn đốc các chủ nhiệm đề tài nộp báo cáo định kỳ; tổng hợp, báo cáo"),
    (QLTH, [], "2026-05-30", ["trước ngày 30/5/2026"], None, "II.1.c",
     "Hoàn thiện hồ sơ đề xuất đặt hàng nhiệm vụ khoa học và công nghệ"),
    ("Phòng Sinh thái biển", ["Phòng Nguồn lợi sinh vật biển"], "2026-05-15", ["trước 15/5"], None, "II.2",
     "Phòng Sinh thái biển chủ trì, phối hợp với Phòng Nguồn lợi sinh vật biển"),
    ("Phòng Địa chất biển", [], "2026-06-30", ["trong quý II/2026"], None, "II.2", A1),
    ("Phòng Vật lý biển", [], "2026-06-30", ["trong quý II/2026"], None, "II.2", A1),
    ("Các chủ nhiệm đề tài, nhiệm vụ", [], None, ["trước ngày 05 hằng tháng"], "monthly", "II.2",
     "Các chủ nhiệm đề tài, nhiệm vụ cập nhật số liệu quan trắc lên Cơ sở"),
    ("Bảo tàng Hải dương học", [], "2026-04", ["trong tháng 4/2026", "từ ngày 01/6/2026 đến ngày 31/8/2026"], None,
     "II.3", "Bảo tàng Hải dương học khẩn trương lập phương án sửa chữa hệ thống bể nuôi"),
    ("Tổ Quản lý tàu nghiên cứu", [QLTH], "2026-05-31", ["trước ngày 31/5/2026"], None, "II.4",
     "Tổ Quản lý tàu nghiên cứu phối hợp với Phòng Quản lý tổng hợp kiểm tra"),
    ("Công đoàn Viện", ["Đoàn Thanh niên Viện"], "2026-06-08", ["từ ngày 01/6 đến ngày 08/6/2026"], None, "II.5",
     "Đề nghị Công đoàn Viện chủ trì, phối hợp với Đoàn Thanh niên Viện tổ chức"),
])

# 2 ---------------- port authority, header in tab-separated paragraphs with a V/v line, Q. GIÁM ĐỐC, task table (docx)
F2 = "y-tb-cangvu-quynhon-header-tab-q-giam-doc-bang.docx"
ATAN, PCTT, TTTT = "Phòng An toàn - An ninh hàng hải", "Phòng Pháp chế - Thanh tra", "Phòng Thủ tục tàu thuyền"
A3 = "Bố trí cầu bến, phương tiện hỗ trợ giải phóng tàu nhanh, không để tàu"
doc(F2, "docx-port-authority-header-tab-paragraphs-no-table-v-v-line-acting-q-giam-doc-da-ky-task-table-stt-chu-tri-phoi-hop-thoi-han-two-companies-joined-by-va-two-rounds-days-from-signing-occasion-not-deadline",
    "36/TB-CVHHQN", "2026-01-21", "Cảng vụ Hàng hải Quy Nhơn", "Huỳnh Công Thạnh", "Q. GIÁM ĐỐC", [
    (ATAN, ["Các doanh nghiệp cảng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], "2026-06-30", ["Quý II/2026"], None, "II.1",
     "Rà soát, cập nhật Kế hoạch ứng phó sự cố tràn dầu tại vùng nước"),
    (PCTT, ["Các công ty hoa tiêu hàng hải"], None, ["Thường xuyên", "hằng quý"], "quarterly", "II.2",
     "Kiểm tra việc thực hiện quy trình đón, trả hoa tiêu; xử lý nghiêm các"),
    ("Công ty Cổ phần Cảng Quy Nhơn", [TTTT], "2026-02-15", ["Từ 26/01 đến 15/02/2026"], None, "II.3", A3),
    ("Công ty Cổ phần Tân Cảng Quy Nhơn", [TTTT], "2026-02-15", ["Từ 26/01 đến 15/02/2026"], None, "II.3", A3),
    (TTTT, ["Các đại lý tàu biển"], "2026-02-28", ["Trước 28/02/2026"], None, "II.4",
     "Hướng dẫn các đại lý tàu biển khai báo đầy đủ, chính xác thông tin tàu"),
    ("Đại diện Cảng vụ Hàng hải Quy Nhơn tại Đề Gi", ["Đồn Biên phòng cửa khẩu cảng Đề Gi"], "2026-02-16",
     ["Trước Tết Nguyên đán Bính Ngọ"], None, "II.5",
     "Kiểm tra an toàn các tàu thuyền neo đậu tránh trú, bốc dỡ hàng hóa tại"),
    ("Công ty Cổ phần Cảng Quy Nhơn", [ATAN], "2026-04-30", ["Tháng 3 - 4/2026"], None, "II.6",
     "Lắp đặt bổ sung camera giám sát khu vực cầu cảng, kết nối dữ liệu về"),
    ("Phòng Tài chính - Kế toán", ["Phòng Tổ chức - Hành chính"], "2026-02-05",
     ["Trong vòng 15 ngày kể từ ngày ký Thông báo"], None, "II.7",
     "Bố trí kinh phí mua sắm phao quây dầu, thiết bị thu gom dầu tràn bổ"),
    (ATAN, ["Vùng Cảnh sát biển 2"], "2026-03-31", ["trước 31/3/2026", "trước 30/9/2026"], None, "II.8",
     "Kiểm tra an ninh tàu biển và bến cảng theo Bộ luật ISPS; kiểm tra"),
    (PCTT, ["Các phòng", "Đại diện Cảng vụ"], None, ["Trước ngày 20 hằng tháng"], "monthly", "II.9",
     "Tổng hợp tình hình thực hiện các nhiệm vụ nêu trên, báo cáo Q. Giám đốc"),
    ("Phòng Tổ chức - Hành chính", [], None, [], None, "III",
     "Giao Phòng Tổ chức - Hành chính đăng tải Thông báo này trên Trang thông tin"),
    ("các công ty hoa tiêu hàng hải", [], None, [], None, "III",
     "Đề nghị các công ty hoa tiêu hàng hải bố trí đủ hoa tiêu trực 24/24"),
])

# 3 --------------- party committee of the provincial police, party header, TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ, rank (docx)
F3 = "y-tb-danguy-congan-langson-tet-bau-cu-dai-ta.docx"
BGD = "Ban Giám đốc Công an tỉnh"
A4 = "Đảng ủy Phòng Cảnh sát cơ động và Chi bộ Phòng Cảnh sát phòng cháy"
doc(F3, "docx-party-committee-of-provincial-police-dang-bo-tinh-header-star-line-holds-date-number-below-tm-ban-thuong-vu-pho-bi-thu-rank-dai-ta-n-dash-numbering-de-nghi-umbrella-dashes-joint-dang-uy-chi-bo-weekly-tet",
    "226-TB/ĐU", "2026-01-15", "Đảng ủy Công an tỉnh Lạng Sơn", "Hà Minh Quảng", "TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ", [
    (BGD, [], "2026-01-20", ["trước ngày 20/01/2026"], None, "2.1",
     "Xây dựng, triển khai Kế hoạch cao điểm tấn công, trấn áp tội phạm, bảo"),
    (BGD, [], "2026-03-05", ["từ ngày 01/02/2026 đến hết ngày 05/3/2026"], None, "2.1",
     "Tăng cường tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn, tốc độ"),
    (BGD, [], "2026-02-28", ["trước ngày 28/02/2026"], None, "2.1",
     "Hoàn thành rà soát, nắm tình hình tại các khu vực bầu cử, xây dựng"),
    ("Chi bộ Phòng An ninh chính trị nội bộ", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "2.2",
     "Chi bộ Phòng An ninh chính trị nội bộ lãnh đạo đơn vị nắm chắc"),
    ("Ủy ban Kiểm tra Đảng ủy Công an tỉnh", ["Phòng Tổ chức cán bộ"], "2026-03-31", ["trong quý I/2026"], None, "2.3",
     "Giao Ủy ban Kiểm tra Đảng ủy Công an tỉnh chủ trì, phối hợp với Phòng"),
    ("Đảng ủy Phòng Cảnh sát cơ động", [], None, [], None, "2.4", A4),
    ("Chi bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", [], None, [], None, "2.4", A4),
    ("Đoàn Thanh niên Công an tỉnh", ["Hội Phụ nữ Công an tỉnh"], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None,
     "2.5", "Đề nghị Đoàn Thanh niên Công an tỉnh phối hợp với Hội Phụ nữ Công an"),
    ("Phòng Tham mưu", [], "2026-03-31", ["tại hội nghị sơ kết quý I/2026"], None, "2.6",
     "Giao Phòng Tham mưu theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp"),
])

# 4 ------------------- ministry department, TUQ. BỘ TRƯỞNG / CỤC TRƯỞNG, e-signature text block after the signature (pdf)
F4 = "y-tb-cucqld-cung-ung-thuoc-tet-tuq-chu-ky-so.pdf"
KDD = "Phòng Quản lý kinh doanh dược"
SYT = "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"
DN = "các doanh nghiệp sản xuất, nhập khẩu, phân phối thuốc"
doc(F4, "pdf-cuc-of-ministry-tuq-bo-truong-cuc-truong-academic-title-signer-esign-text-block-nguoi-ky-email-co-quan-thoi-gian-ky-doi-voi-headings-letters-de-nghi-so-y-te-dashes-tet-holiday-window-daily-hour-report",
    "124/TB-QLD", "2026-01-14", "Cục Quản lý Dược", "Tạ Quang Khuê", "TUQ. BỘ TRƯỞNG / CỤC TRƯỞNG", [
    (KDD, ["Phòng Đăng ký thuốc"], "2026-01-20", ["trước ngày 20/01/2026"], None, "2.1.a",
     "Phòng Quản lý kinh doanh dược chủ trì, phối hợp với Phòng Đăng ký thuốc"),
    ("Phòng Đăng ký thuốc", [], None, ["trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ"], None, "2.1.b",
     "Phòng Đăng ký thuốc ưu tiên thẩm định hồ sơ gia hạn giấy đăng ký lưu"),
    ("Phòng Quản lý chất lượng thuốc",
     ["Viện Kiểm nghiệm thuốc Trung ương", "Viện Kiểm nghiệm thuốc Thành phố Hồ Chí Minh"], "2026-03-31",
     ["trong quý I/2026"], None, "2.1.c",
     "Phòng Quản lý chất lượng thuốc phối hợp với Viện Kiểm nghiệm thuốc Trung ương"),
    ("Văn phòng Cục", [], "2026-02-22", ["từ ngày 14/02/2026 đến hết ngày 22/02/2026"], None, "2.1.d",
     "Văn phòng Cục bố trí lịch trực, bảo đảm tiếp nhận, xử lý thông tin"),
    (SYT, [], None, [], None, "2.2",
     "Chỉ đạo các cơ sở kinh doanh dược trên địa bàn dự trữ đủ thuốc"),
    (SYT, [], "2026-02-27", ["trước 10 giờ hằng ngày", "trước ngày 27/02/2026"], "daily", "2.2",
     "Báo cáo tình hình cung ứng thuốc, các trường hợp thiếu thuốc về Cục Quản"),
    (DN, [], None, ["ít nhất 06 tháng trước khi ngừng sản xuất, nhập khẩu thuốc"], None, "2.3",
     "Chủ động xây dựng kế hoạch sản xuất, nhập khẩu bảo đảm nguồn cung; thông"),
    (DN, [], "2026-01-31", ["trước ngày 31/01/2026"], None, "2.3",
     "Báo cáo số lượng tồn kho, khả năng cung ứng đối với 23 hoạt chất"),
    (KDD, [], "2026-03-06", ["trước ngày 06/3/2026"], None, "2.4",
     "Giao Phòng Quản lý kinh doanh dược tổng hợp kết quả thực hiện, báo cáo"),
])

# 5 ----------- regional branch under a Cục, two-level header, KT. CHI CỤC TRƯỞNG, elided depot list subject (pdf)
F5 = "y-tb-chicuc-dtnn-nghetinh-xuat-cap-gao-hai-cap.pdf"
KH, KT = "Phòng Kế hoạch và Quản lý hàng dự trữ", "Phòng Kỹ thuật bảo quản"
doc(F5, "pdf-regional-branch-two-level-header-cuc-chi-cuc-khu-vuc-kt-chi-cuc-truong-unit-colon-dashes-and-letters-elided-depot-list-subject-event-condition-daily-quarterly-two-deadlines-working-days",
    "11/TB-CCDTNT", "2026-01-07", "Chi cục Dự trữ Nhà nước khu vực Nghệ Tĩnh", "Hồ Thị Ánh Tuyết",
    "KT. CHI CỤC TRƯỞNG / PHÓ CHI CỤC TRƯỞNG", [
    (KH, [KT], "2026-02-05", ["trước ngày 05/02/2026"], None, "II.1",
     "Chủ trì, phối hợp với Phòng Kỹ thuật bảo quản xây dựng phương án xuất cấp"),
    (KH, [], None, ["hằng ngày"], "daily", "II.1",
     "Theo dõi tiến độ xuất cấp, báo cáo Cục Dự trữ Nhà nước hằng ngày qua"),
    (KH, [], "2026-03-31", ["trước ngày 31/3/2026", "trong quý II/2026"], None, "II.1",
     "Tổ chức lựa chọn nhà thầu mua 4.500 tấn lúa dự trữ năm 2026, hoàn"),
    (KT, [], None, ["trước khi xuất kho"], None, "II.2.a",
     "Kiểm tra chất lượng gạo trước khi xuất kho, lấy mẫu lưu theo quy định"),
    (KT, [], None, ["Định kỳ hằng quý"], "quarterly", "II.2.b",
     "Định kỳ hằng quý kiểm tra chất lượng lúa, gạo đang bảo quản tại các"),
    ("Các Kho Dự trữ: Nghi Lộc, Hương Sơn và Yên Thành", [], "2026-02-03", ["trước ngày 03/02/2026"], None, "II.3",
     "Các Kho Dự trữ: Nghi Lộc, Hương Sơn và Yên Thành chuẩn bị phương tiện"),
    ("Kho Dự trữ Yên Thành", [], "2026-01", ["trong tháng 01/2026", "trước mùa mưa bão năm 2026"], None, "II.4",
     "Kho Dự trữ Yên Thành lập dự toán sửa chữa mái tôn và nền 02"),
    ("Phòng Tài vụ - Quản trị", [], None, ["trong vòng 05 ngày làm việc kể từ ngày nhận đủ chứng từ hợp lệ"], None,
     "II.5", "Phòng Tài vụ - Quản trị bố trí kinh phí, thanh toán chi phí xuất hàng"),
    ("Phòng Tổ chức - Hành chính", [], "2026-02-10", ["trước ngày 10/02/2026"], None, "II.6",
     "Phòng Tổ chức - Hành chính bố trí trực lãnh đạo, trực bảo vệ kho 24/24"),
    ("Ủy ban nhân dân các xã, phường được hỗ trợ gạo", [], "2026-02-12", ["trước ngày 12/02/2026"], None, "II.7",
     "Đề nghị Ủy ban nhân dân các xã, phường được hỗ trợ gạo bố trí địa"),
])

# 6 --------- vocational college, numeric date line, TL. HIỆU TRƯỞNG / title wrapped over two lines, task table (pdf)
F6 = "y-tb-cdktcn-quangngai-tuyen-sinh-chuc-danh-hai-dong.pdf"
DT, TS = "Phòng Đào tạo và Công tác học sinh, sinh viên", "Trung tâm Tuyển sinh và Quan hệ doanh nghiệp"
A6 = "Đề nghị Đoàn Thanh niên Trường và Hội Sinh viên Trường phối hợp với Trung"
doc(F6, "pdf-vocational-college-so-gddt-two-level-header-numeric-date-ngay-05-3-2026-task-table-tt-don-vi-thuc-hien-chu-tri-in-parentheses-semicolon-partner-yearless-two-deadlines-window-tl-hieu-truong-title-wrapped-two-lines",
    "81/TB-CĐKTCN", "2026-03-05", "Trường Cao đẳng Kỹ thuật Công nghệ Quảng Ngãi", "Võ Thị Hoài Phương",
    "TL. HIỆU TRƯỞNG / TRƯỞNG PHÒNG ĐÀO TẠO VÀ CÔNG TÁC HỌC SINH, SINH VIÊN", [
    (DT, [], "2026-03-15", ["Trước 15/3/2026"], None, "2.1",
     "Xây dựng Kế hoạch tuyển sinh năm 2026 theo ngành, nghề và trình độ đào"),
    (TS, ["các khoa"], "2026-05-31", ["Tháng 3 - 5/2026"], None, "2.2",
     "Tổ chức tư vấn tuyển sinh tại các trường THCS, THPT trên địa bàn tỉnh"),
    ("Khoa Cơ khí", ["Khoa Điện - Điện tử"], "2026-06-30", ["Quý II/2026"], None, "2.3",
     "Rà soát, cập nhật chương trình đào tạo ngành Công nghệ kỹ thuật ô tô, bổ"),
    (DT, [], "2026-04-30", ["Trước 30/4"], None, "2.4",
     "Lập hồ sơ đăng ký bổ sung hoạt động giáo dục nghề nghiệp ngành Điện tử"),
    ("Phòng Khảo thí và Đảm bảo chất lượng", [], "2026-06-20", ["trước 20/6/2026", "trước 30/6/2026"], None, "2.5",
     "Tổ chức thi tốt nghiệp đợt 1 cho học sinh, sinh viên khóa 2023 -"),
    ("Phòng Hành chính - Quản trị", [], "2026-04", ["Trong tháng 4/2026"], None, "2.6",
     "Sửa chữa xưởng thực hành hàn, lắp đặt hệ thống hút khói, thông gió"),
    (TS, ["các doanh nghiệp tại Khu kinh tế Dung Quất"], "2026-08-31", ["Từ 01/7 đến 31/8/2026"], None, "2.7",
     "Phối hợp với các doanh nghiệp tại Khu kinh tế Dung Quất tổ chức cho học"),
    ("Các khoa", [], None, ["Trước ngày 25 hằng tháng"], "monthly", "2.8",
     "Báo cáo tình hình học sinh, sinh viên nghỉ học, bỏ học; đề xuất biện pháp"),
    (DT, [], None, ["Trong vòng 10 ngày kể từ ngày kết thúc học kỳ"], None, "2.9",
     "Cập nhật dữ liệu người học lên Hệ thống thông tin quản lý giáo dục nghề"),
    ("Đoàn Thanh niên Trường", [TS], "2026-03-28", ["trước ngày 28/3/2026"], None, "3", A6),
    ("Hội Sinh viên Trường", [TS], "2026-03-28", ["trước ngày 28/3/2026"], None, "3", A6),
])

# 7 ------------------------- regional procuracy, markdown with a pipe-table header, KT. VIỆN TRƯỞNG (md)
F7 = "y-tb-vksnd-kv6-vinhlong-giaoban-t4-bang-header.md"
XX = "Bộ phận Kiểm sát xét xử"
A7 = "Bộ phận Kiểm sát giải quyết các vụ, việc dân sự và Bộ phận Kiểm sát"
doc(F7, "md-docx-conversion-pipe-table-header-two-issuer-levels-regional-procuracy-kt-vien-truong-bold-unit-colon-dashes-role-subject-relative-working-days-before-trial-joint-bo-phan-monthly-meeting-weekly",
    "194/TB-VKSKV6", "2026-04-24", "Viện kiểm sát nhân dân khu vực 6 - Vĩnh Long", "Lâm Thị Diễm Phương",
    "KT. VIỆN TRƯỞNG / PHÓ VIỆN TRƯỞNG", [
    ("Bộ phận Thực hành quyền công tố và kiểm sát điều tra", ["Cơ quan Cảnh sát điều tra Công an tỉnh"], "2026-05-15",
     ["trước ngày 15/5/2026"], None, "II.1",
     "Rà soát toàn bộ 05 tin báo quá hạn, phối hợp với Cơ quan Cảnh sát"),
    ("Kiểm sát viên được phân công", [], None, ["chậm nhất 02 ngày làm việc sau khi ban hành văn bản tố tụng"], None,
     "II.1", "Kiểm sát viên được phân công ban hành yêu cầu điều tra đối với 100%"),
    (XX, [], None, ["chậm nhất 03 ngày làm việc trước ngày mở phiên tòa"], None, "II.2",
     "Chuẩn bị đề cương xét hỏi, dự thảo luận tội đối với các vụ án"),
    (XX, ["Tòa án nhân dân khu vực 6 - Vĩnh Long"], "2026-05", ["trong tháng 5/2026"], None, "II.2",
     "Phối hợp với Tòa án nhân dân khu vực 6 - Vĩnh Long tổ chức 02"),
    ("Bộ phận Kiểm sát thi hành án và tạm giữ, tạm giam", [], "2026-05-29", ["trước ngày 29/5/2026"], None, "II.3",
     "Bộ phận Kiểm sát thi hành án và tạm giữ, tạm giam thực hiện kiểm sát"),
    ("Bộ phận Kiểm sát giải quyết các vụ, việc dân sự", [], "2026-06-30", ["trong quý II/2026"], None, "II.4", A7),
    ("Bộ phận Kiểm sát giải quyết các vụ án hành chính, kinh doanh thương mại", [], "2026-06-30",
     ["trong quý II/2026"], None, "II.4", A7),
    ("Văn phòng tổng hợp", ["các bộ phận nghiệp vụ"], "2026-05",
     ["trước ngày 02/6/2026", "tại Hội nghị giao ban tháng 5/2026"], None, "II.5",
     "Giao Văn phòng tổng hợp chủ trì, phối hợp với các bộ phận nghiệp vụ tổng"),
    ("Công chức, Kiểm sát viên", [], None, ["vào sáng thứ Hai hằng tuần"], "weekly", "II.6",
     "Công chức, Kiểm sát viên thực hiện nghiêm chế độ báo cáo án vào sáng"),
])

# 8 ------------- Red Cross, markdown without tables, header stacked, date with extra spaces, TM. BAN THƯỜNG VỤ (md)
F8 = "y-tb-hctd-dienbien-quy1-thang-nhan-dao-ngay-cach-rong.md"
CTXH, TCKT, TT, VP = "Ban Công tác xã hội", "Ban Tổ chức - Kiểm tra", "Ban Truyền thông", "Văn phòng Tỉnh hội"
doc(F8, "md-docx-conversion-stacked-header-lines-left-then-right-column-date-with-extra-spaces-red-cross-tm-ban-thuong-vu-chu-tich-stamp-placeholder-bold-unit-headings-without-colon-dashes-de-nghi-so-directed-cdc",
    "38/TB-HCTĐ", "2026-04-10", "Hội Chữ thập đỏ tỉnh Điện Biên", "Lường Văn Páo", "TM. BAN THƯỜNG VỤ / CHỦ TỊCH", [
    (CTXH, [TT], "2026-04-25", ["trước ngày 25/4/2026"], None, "II.1",
     "Chủ trì, phối hợp với Ban Truyền thông xây dựng Kế hoạch tổ chức Tháng"),
    (CTXH, [], None, ["định kỳ hằng tháng"], "monthly", "II.1",
     "Tổng hợp kết quả vận động, trợ giúp nhân đạo của các cấp hội, báo"),
    (TCKT, [], "2026-05", ["trong tháng 5/2026"], None, "II.2",
     "Hướng dẫn kiện toàn tổ chức Hội Chữ thập đỏ các xã, phường sau sắp"),
    (TCKT, [], "2026-09-30", ["trong quý III/2026"], None, "II.2",
     "Xây dựng kế hoạch kiểm tra công tác quản lý tài chính, tài sản tại 10"),
    (TT, ["Báo và Phát thanh, Truyền hình Điện Biên"], "2026-05-20", ["trước ngày 20/5/2026"], None, "II.3",
     "Phối hợp với Báo và Phát thanh, Truyền hình Điện Biên mở chuyên mục tuyên"),
    (TT, ["Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh", "Bệnh viện Đa khoa tỉnh"], None, ["thường xuyên"], None,
     "II.3", "Phối hợp với Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh và Bệnh"),
    (VP, [CTXH], "2026-05-08", ["trước ngày 08/5/2026"], None, "II.4",
     "Chủ trì, phối hợp với Ban Công tác xã hội chuẩn bị nội dung, điều kiện"),
    (VP, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.4",
     "Hoàn thành số hóa 100% hồ sơ, tài liệu lưu trữ của Tỉnh hội năm"),
    ("Hội Chữ thập đỏ các xã, phường", [], "2026-06-30", ["đến ngày 30/6/2026"], None, "II.5",
     "Đề nghị Hội Chữ thập đỏ các xã, phường tích cực vận động nguồn lực hỗ"),
    ("Sở Y tế", [], None, [], None, "II.6",
     "Đề nghị Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ"),
])

# 9 ------- provincial Fatherland Front on its portal: nav, breadcrumb, "Ngày đăng", view counts, header table (html)
F9 = "y-portal-mttq-dongnai-giam-sat-2026-luot-xem.html"
BTTX = "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường"
A9 = "Đề nghị Hội Nông dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh vận động"
doc(F9, "html-fatherland-front-portal-top-bar-nav-breadcrumb-ngay-dang-luot-xem-font-size-share-header-and-signature-tables-in-article-bold-number-run-in-subjects-umbrella-letters-joint-hoi-half-yearly-related-and-counter-sidebars",
    "217/TB-MTTQ-BTT", "2026-04-21", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Điểu Thị Mai Trâm",
    "TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH", [
    ("Ban Dân chủ - Pháp luật", ["các tổ chức chính trị - xã hội tỉnh"], "2026-05-05",
     ["trước ngày 05/5/2026", "trong quý III/2026"], None, "1",
     "Ban Dân chủ - Pháp luật chủ trì, phối hợp với các tổ chức chính trị"),
    ("Ban Phong trào", [], "2026-05-15", ["trước ngày 15/5/2026", "trước ngày 02/9/2026"], None, "2",
     "Ban Phong trào tổng hợp nhu cầu xây dựng, sửa chữa nhà Đại đoàn kết"),
    ("Văn phòng Ủy ban MTTQ Việt Nam tỉnh", [], "2026-06", ["trong tháng 6/2026"], None, "3",
     "Giao Văn phòng Ủy ban MTTQ Việt Nam tỉnh tham mưu tổ chức Hội nghị phản"),
    ("Hội Nông dân tỉnh", [], None, ["định kỳ 6 tháng"], "half_yearly", "4", A9),
    ("Hội Liên hiệp Phụ nữ tỉnh", [], None, ["định kỳ 6 tháng"], "half_yearly", "4", A9),
    ("Tỉnh đoàn", ["Hội Cựu chiến binh tỉnh"], "2026-08-31", ["từ ngày 01/6/2026 đến ngày 31/8/2026"], None, "5",
     "Tỉnh đoàn chủ trì, phối hợp với Hội Cựu chiến binh tỉnh tổ chức Chiến"),
    ("Liên đoàn Lao động tỉnh", [], None, ["hằng quý"], "quarterly", "6",
     "Liên đoàn Lao động tỉnh theo dõi tình hình việc làm, tiền lương, nhà ở"),
    (BTTX, [], "2026-05-30", ["trước ngày 30/5/2026"], None, "7.a",
     "Kiện toàn Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng"),
    (BTTX, ["Ủy ban nhân dân cùng cấp"], "2026", ["trong năm 2026"], None, "7.b",
     "Phối hợp với Ủy ban nhân dân cùng cấp tổ chức đối thoại giữa người đứng"),
    ("Các tổ chức chính trị - xã hội tỉnh", [], "2026-06-10", ["trước ngày 10/6/2026"], None, "8",
     "Các tổ chức chính trị - xã hội tỉnh gửi báo cáo kết quả giám sát"),
])

# 10 ----- regional hydro-met centre, e-office "văn bản đến" record + text pulled from the signed PDF, hard line breaks,
#          number on the issuer's last header line, recipient's own instruction (txt)
F10 = "y-eoffice-dkttv-bactrungbo-mua-bao-so-cung-dong.txt"
DB, KTML, VPD = "Phòng Dự báo khí tượng thủy văn", "Phòng Kỹ thuật - Mạng lưới", "Văn phòng Đài"
doc(F10, "txt-eoffice-van-ban-den-record-key-value-block-recipient-director-instruction-not-a-task-extracted-pdf-text-hard-wraps-number-on-issuer-line-kt-giam-doc-elided-province-lists-days-from-signing-daily-hour-yeu-cau",
    "594/TB-KTTVBTB", "2026-05-12", "Đài Khí tượng Thủy văn khu vực Bắc Trung Bộ", "Tăng Hữu Nghị",
    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (DB, ["các Đài Khí tượng Thủy văn tỉnh"], "2026-05-31", ["trước ngày 31/5/2026"], None, "2.1",
     "Phòng Dự báo khí tượng thủy văn chủ trì, phối hợp với các Đài Khí tượng"),
    (KTML, [], "2026-06-15", ["trước ngày 15/6/2026"], None, "2.2",
     "Phòng Kỹ thuật - Mạng lưới kiểm tra, bảo dưỡng toàn bộ thiết bị đo tự"),
    ("Các Đài Khí tượng Thủy văn tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh", [], None, ["trước 16 giờ hằng ngày"], "daily",
     "2.3", "Các Đài Khí tượng Thủy văn tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh bố trí"),
    ("Trạm Khí tượng Hải văn Hòn Ngư", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "2.4",
     "Trạm Khí tượng Hải văn Hòn Ngư sửa chữa cột đo gió, hệ thống chống"),
    (VPD, [], "2026-05-22", ["trong 10 ngày kể từ ngày ký Thông báo này"], None, "2.5",
     "Văn phòng Đài bố trí kinh phí sửa chữa thiết bị, trang bị áo phao"),
    ("Sở Nông nghiệp và Môi trường các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh", [], None, [], None, "2.6",
     "Đề nghị Sở Nông nghiệp và Môi trường các tỉnh: Thanh Hóa, Nghệ An"),
    (DB, [], "2026-06", ["trong tháng 6/2026"], None, "2.7",
     "Phòng Dự báo khí tượng thủy văn tổ chức tập huấn ứng dụng mô hình dự"),
    (KTML, [], None, ["trước ngày 10 hằng tháng"], "monthly", "2.8",
     "Phòng Kỹ thuật - Mạng lưới cập nhật số liệu quan trắc lên Hệ thống"),
    ("quan trắc viên các trạm", [], None, [], None, "2.9",
     "Yêu cầu quan trắc viên các trạm chấp hành nghiêm chế độ quan trắc, điện báo"),
    (VPD, [], "2026-06-05", ["trước ngày 05/6/2026"], None, "2.10",
     "Văn phòng Đài tổng hợp kết quả chuẩn bị, báo cáo Cục Khí tượng Thủy văn"),
])


# ------------------------------------------------------------------------------------------------- questions
q("Theo Thông báo 141/TB-VHDH của Viện Hải dương học, Phòng Sinh thái biển phải trình kế hoạch khảo sát rạn san hô vịnh Nha Trang đợt 2 trước ngày nào?",
  F1, ["15/5"], ["vi", "deadline"])
q("Who signed the Institute of Oceanography's notice on its first-quarter 2026 briefing, and in what capacity?",
  F1, ["Nghiêm Thị Thục Trinh", "Trưởng phòng Quản lý tổng hợp"], ["en", "signer"])
q("Ai chu tri cuoc hop giao ban quy I nam 2026 cua Vien Hai duong hoc?",
  F1, ["Bạch Hưng Khiêm"], ["vi-noaccent", "chair"])
q("Cảng vụ Hàng hải Quy Nhơn giao đơn vị nào tổ chức diễn tập ứng phó sự cố tràn dầu và thời hạn là khi nào?",
  F2, ["Phòng An toàn - An ninh hàng hải", "Quý II/2026"], ["vi", "who", "deadline"])
q("Which two port companies in Quy Nhơn must keep cargo ships from waiting more than 48 hours at the anchorage before Tết, and over what period?",
  F2, ["Cảng Quy Nhơn", "Tân Cảng Quy Nhơn", "15/02/2026"], ["en", "who", "date"])
q("Thong bao 36/TB-CVHHQN do ai ky va ky voi chuc danh gi?",
  F2, ["Huỳnh Công Thạnh", "Q. Giám đốc"], ["vi-noaccent", "signer"])
q("How long does the Quy Nhơn maritime administration's finance and accounting division have to arrange funds for extra oil-spill booms?",
  F2, ["15 ngày"], ["en", "deadline"])
q("Ban Thường vụ Đảng ủy Công an tỉnh Lạng Sơn yêu cầu ban hành Kế hoạch cao điểm tấn công, trấn áp tội phạm dịp Tết Bính Ngọ trước ngày nào?",
  F3, ["20/01/2026"], ["vi", "deadline"])
q("Who signed the Lạng Sơn provincial police Party Committee's conclusion notice on Tết and election security?",
  F3, ["Hà Minh Quảng"], ["en", "signer"])
q("Chi bo Phong An ninh chinh tri noi bo Cong an tinh Lang Son phai bao cao Ban Thuong vu Dang uy vao luc nao?",
  F3, ["thứ Sáu hằng tuần"], ["vi-noaccent", "recurring"])
q("Ủy ban Kiểm tra Đảng ủy Công an tỉnh Lạng Sơn phối hợp với đơn vị nào kiểm tra việc tặng quà, nhận quà dịp Tết và phải xong khi nào?",
  F3, ["Phòng Tổ chức cán bộ", "quý I/2026"], ["vi", "coordinators", "deadline"])
q("By what date must the Drug Administration's pharmaceutical business division publish the list of active ingredients at risk of shortage?",
  F4, ["20/01/2026"], ["en", "deadline"])
q("Theo Cục Quản lý Dược, trong thời gian nghỉ Tết Sở Y tế các tỉnh phải báo cáo tình hình cung ứng thuốc trước mấy giờ mỗi ngày?",
  F4, ["10 giờ"], ["vi", "recurring"])
q("Thong bao ket luan ve bao dam cung ung thuoc dip Tet Binh Ngo cua Cuc Quan ly Duoc so bao nhieu, ban hanh ngay nao?",
  F4, ["124/TB-QLD", "14 tháng 01 năm 2026"], ["vi-noaccent", "number", "issue-date"])
q("How many active ingredients are on the Drug Administration's shortage-risk list, and by when must manufacturers and importers report their stocks of them?",
  F4, ["23 hoạt chất", "31/01/2026"], ["en", "figure", "deadline"])
q("Chi cục Dự trữ Nhà nước khu vực Nghệ Tĩnh được giao xuất cấp bao nhiêu tấn gạo dịp Tết Bính Ngọ và phải giao cho các địa phương trước ngày nào?",
  F5, ["1.850 tấn", "05/02/2026"], ["vi", "figure", "deadline"])
q("Which storage depots of the Nghệ Tĩnh state reserve branch must finish dispatching the Tết rice, and by when?",
  F5, ["Nghi Lộc", "Hương Sơn", "Yên Thành", "03/02/2026"], ["en", "list", "deadline"])
q("Kho Du tru Yen Thanh phai trinh du toan sua chua mai ton ngan kho A3, A4 khi nao?",
  F5, ["tháng 01/2026"], ["vi-noaccent", "deadline"])
q("Trường Cao đẳng Kỹ thuật Công nghệ Quảng Ngãi giao khoa nào chủ trì cập nhật chương trình đào tạo ngành Công nghệ kỹ thuật ô tô, phối hợp với khoa nào?",
  F6, ["Khoa Cơ khí", "Khoa Điện - Điện tử"], ["vi", "who-leads", "coordinators"])
q("Who signed the Quảng Ngãi technical college's notice on 2026 enrolment, and what is her title?",
  F6, ["Võ Thị Hoài Phương", "Công tác học sinh, sinh viên"], ["en", "signer"])
q("Han lap ho so dang ky bo sung nganh Dien tu cong nghiep trinh do cao dang cua Truong Cao dang Ky thuat Cong nghe Quang Ngai la khi nao?",
  F6, ["30/4"], ["vi-noaccent", "deadline"])
q("On what date was the Quảng Ngãi technical college's conclusion notice on enrolment and the second semester issued?",
  F6, ["05/3/2026"], ["en", "issue-date"])
q("Viện kiểm sát nhân dân khu vực 6 - Vĩnh Long yêu cầu giải quyết dứt điểm 05 tin báo quá hạn trước ngày nào?",
  F7, ["15/5/2026"], ["vi", "deadline"])
q("How long before a trial opens must the Vĩnh Long regional procuracy's trial-supervision unit submit its questioning outline?",
  F7, ["03 ngày làm việc"], ["en", "deadline"])
q("Ai ky Thong bao ket luan giao ban thang 4/2026 cua Vien kiem sat nhan dan khu vuc 6 - Vinh Long?",
  F7, ["Lâm Thị Diễm Phương"], ["vi-noaccent", "signer"])
q("Hội Chữ thập đỏ tỉnh Điện Biên giao ban nào xây dựng Kế hoạch tổ chức Tháng Nhân đạo năm 2026 và trình trước ngày nào?",
  F8, ["Ban Công tác xã hội", "25/4/2026"], ["vi", "who", "deadline"])
q("By which date should each commune and ward Red Cross branch in Điện Biên hand out at least 30 'Humanitarian Month' gift packages?",
  F8, ["30/6/2026"], ["en", "deadline"])
q("Hoi Chu thap do tinh Dien Bien de nghi So Y te chi dao don vi nao tap huan so cap cuu cho tinh nguyen vien?",
  F8, ["Trung tâm Kiểm soát bệnh tật tỉnh"], ["vi-noaccent", "who"])
q("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phấn đấu bàn giao bao nhiêu căn nhà Đại đoàn kết và trước ngày nào?",
  F9, ["300 căn", "02/9/2026"], ["vi", "figure", "deadline"])
q("Who signed the Đồng Nai Fatherland Front notice on supervision and the 'For the Poor' movement in 2026?",
  F9, ["Điểu Thị Mai Trâm"], ["en", "signer"])
q("Thông báo số 217/TB-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai được ban hành ngày nào?",
  F9, ["21 tháng 4 năm 2026"], ["vi", "issue-date"])
q("Hoi Nong dan tinh va Hoi Lien hiep Phu nu tinh Dong Nai bao cao ket qua tham gia To giam sat cong dong bao lau mot lan?",
  F9, ["6 tháng"], ["vi-noaccent", "recurring"])
q("By when must the North Central regional hydro-meteorological centre repair its 11 broken automatic rain gauges?",
  F10, ["15/6/2026"], ["en", "deadline"])
q("Theo Thông báo 594/TB-KTTVBTB, khi có thiên tai các Đài Khí tượng Thủy văn tỉnh phải gửi bản tin dự báo cho Ban Chỉ huy Phòng thủ dân sự tỉnh trước mấy giờ?",
  F10, ["16 giờ"], ["vi", "recurring"])
q("Who chaired the 2026 storm-season conference of the North Central regional hydro-meteorological centre, and who signed its notice?",
  F10, ["Lưu Đình Thông", "Tăng Hữu Nghị"], ["en", "chair", "signer"])
# unanswerable: no document says it, or the place / unit / period does not match
q("Cảng vụ Hàng hải Quy Nhơn giao đơn vị nào nạo vét duy tu luồng Quy Nhơn và hạn hoàn thành là khi nào?",
  None, [], ["vi", "who", "deadline", "unanswerable"])
q("By when must the Cao Bằng provincial police issue their crime-suppression plan for Tết Bính Ngọ 2026?",
  None, [], ["en", "deadline", "unanswerable"])
q("Vien Hai duong hoc giao Phong Sinh thai bien khao sat ran san ho Con Dao truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("Chi cục Dự trữ Nhà nước khu vực Thanh Hóa phải giao gạo hỗ trợ Tết Bính Ngọ cho các địa phương trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("How many units of blood did the Sơn La provincial Red Cross collect in the first quarter of 2026?",
  None, [], ["en", "figure", "unanswerable"])
q("MTTQ tinh Dong Nai ho tro bao nhieu tien cho moi can nha Dai doan ket nam 2026?",
  None, [], ["vi-noaccent", "amount", "unanswerable"])
q("Viện kiểm sát nhân dân khu vực 6 - Vĩnh Long kết luận giao ban tháng 3/2026 giao những nhiệm vụ gì?",
  None, [], ["vi", "what", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
