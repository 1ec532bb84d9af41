"""Gold and questions for batch v (all split dev), written by hand from the document text alone.
Writes gold/v.jsonl and questions/v.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/v-src/gold_v.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit.cut() trims the
hand-chosen opening to 10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("v")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------------------------- academy giao ban, docx, dashes under bold topic headings
F1 = "v-tb-hvnh-giaoban-t3-2026.docx"
PV = "Phân viện Bắc Ninh và Phân viện Phú Yên rà soát nhu cầu đào tạo"
doc(F1, "docx-academy-giao-ban-roman-parts-bold-topic-headings-dash-items-giao-de-nghi-unit-subjects-joint-branch-campuses-hour-deadline-undated-exam-event",
    "173/TB-HVNH", "2026-03-04", "Học viện Ngân hàng", "Lò Thị Quỳnh Nga", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    ("Phòng Đào tạo", ["Trung tâm Truyền thông và Tuyển sinh"], "2026-03-09", ["trước 16h30 ngày 09/3/2026"], None,
     "II.1", "Giao Phòng Đào tạo chủ trì, phối hợp với Trung tâm Truyền thông và Tuyển sinh"),
    ("các đơn vị có chương trình đào tạo đến kỳ đánh giá ngoài", [], "2026-03-20", ["trước ngày 20/3/2026"], None,
     "II.1", "Đề nghị các đơn vị có chương trình đào tạo đến kỳ đánh giá ngoài"),
    ("Trung tâm Khảo thí và Đảm bảo chất lượng", [], "2026-03", ["trong tháng 3/2026"], None, "II.1",
     "Trung tâm Khảo thí và Đảm bảo chất lượng tổ chức lấy ý kiến phản hồi"),
    ("Viện Đào tạo Quốc tế", [], "2026-03-31", ["chậm nhất ngày 31/3/2026"], None, "II.1",
     "Viện Đào tạo Quốc tế khẩn trương làm việc với các trường đối tác"),
    ("Viện Nghiên cứu Khoa học Ngân hàng", ["Khoa Tài chính", "Khoa Ngân hàng"], "2026-06-30", ["trong Quý II/2026"],
     None, "II.2", "Viện Nghiên cứu Khoa học Ngân hàng chủ trì, phối hợp với Khoa Tài chính"),
    ("Tạp chí Khoa học và Đào tạo Ngân hàng", [], None, ["khi có yêu cầu"], None, "II.2",
     "Tạp chí Khoa học và Đào tạo Ngân hàng chuẩn bị đầy đủ hồ sơ"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-03-20", ["trước ngày 20/3/2026", "định kỳ hằng quý"], "quarterly", "II.3",
     "Giao Phòng Kế hoạch - Tài chính rà soát, điều chỉnh dự toán thu, chi"),
    ("Phòng Quản trị", [], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.3",
     "Phòng Quản trị hoàn thành sửa chữa hệ thống cấp nước, phòng cháy chữa cháy"),
    ("Trung tâm Công nghệ thông tin", ["Phòng Đào tạo", "Phòng Công tác sinh viên"], None,
     ["trước kỳ thi kết thúc học phần học kỳ II"], None, "II.3",
     "Giao Trung tâm Công nghệ thông tin phối hợp với Phòng Đào tạo và Phòng"),
    ("Phân viện Bắc Ninh", [], "2026-03-25", ["trước ngày 25/3/2026"], None, "II.4", PV),
    ("Phân viện Phú Yên", [], "2026-03-25", ["trước ngày 25/3/2026"], None, "II.4", PV),
    ("Văn phòng Học viện", [], "2026-04", ["tại cuộc họp giao ban tháng 4/2026"], None, "II.5",
     "theo dõi, đôn đốc các đơn vị thực hiện Thông báo này; tổng hợp kết quả"),
])

# 2 --------------------------------------- provincial police (before the 2025 reform), docx, codes and full names
F2 = "v-tb-cat-daklak-le-hoi-ca-phe-2025.docx"
PV01 = "Phòng Tham mưu"
doc(F2, "docx-provincial-police-giam-doc-conclusions-unit-headings-full-name-with-code-then-code-only-subjects-doi-under-phong-event-relative-working-days-daily-window",
    "583/TB-CAT-PV01", "2025-02-21", "Công an tỉnh Đắk Lắk", "Lê Đình Hựu", "TL. GIÁM ĐỐC / TRƯỞNG PHÒNG THAM MƯU", [
    (PV01, ["các đơn vị"], "2025-02-25", ["trước ngày 25/02/2025"], None, "II.1.a",
     "Chủ trì, phối hợp với các đơn vị hoàn chỉnh Phương án bảo đảm an ninh"),
    (PV01, [], "2025-03-14", ["trước 16 giờ hằng ngày", "từ ngày 08/3 đến hết ngày 14/3/2025"], "daily", "II.1.b",
     "Tổ chức trực ban 24/24 giờ, tổng hợp tình hình, báo cáo Ban Giám đốc"),
    (PV01, [], "2025-03-18", ["trong vòng 03 ngày làm việc kể từ ngày bế mạc Lễ hội"], None, "II.1.c",
     "Sau Lễ hội, tổng hợp kết quả, rút kinh nghiệm, báo cáo Bộ Công an"),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", ["Công an thành phố Buôn Ma Thuột"], "2025-03-05",
     ["trước ngày 05/3/2025"], None, "II.2",
     "chủ trì, phối hợp với Công an thành phố Buôn Ma Thuột tổng kiểm tra các cơ sở"),
    ("Phòng PC08", [], "2025-03-02", ["chậm nhất ngày 02/3/2025"], None, "II.3",
     "Phòng PC08 xây dựng phương án phân luồng, bố trí điểm trông giữ phương tiện"),
    ("Đội Cảnh sát giao thông đường bộ số 1", [], None, [], None, "II.3",
     "Đội Cảnh sát giao thông đường bộ số 1 bố trí tổ tuần tra"),
    ("Phòng PC07", [], "2025-03-06", ["trước ngày 06/3/2025"], None, "II.4",
     "Phòng PC07 kiểm tra an toàn phòng cháy, chữa cháy tại khu vực sân khấu"),
    ("Đội Cảnh sát PCCC và CNCH khu vực trung tâm", [], None, [], None, "II.4",
     "Đội Cảnh sát PCCC và CNCH khu vực trung tâm bố trí 02 xe chữa cháy"),
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
     ["Phòng PC06", "Sở Thông tin và Truyền thông"], None, ["khi có yêu cầu"], None, "II.5",
     "theo dõi, phát hiện, xử lý các trang mạng giả mạo Ban Tổ chức bán vé"),
    ("Công an thành phố Buôn Ma Thuột", ["Phòng PC08", "Ban Tổ chức Lễ hội"], "2025-03-11",
     ["từ 17 giờ đến 23 giờ các ngày 09, 10 và 11/3/2025"], None, "II.6",
     "Giao Công an thành phố Buôn Ma Thuột chủ trì bảo đảm an ninh, trật tự"),
    ("Phòng Hậu cần", [], "2025-03-07", ["trước ngày 07/3/2025"], None, "II.7",
     "Phòng Hậu cần bảo đảm phương tiện, trang bị, xăng dầu, chế độ bồi dưỡng"),
    ("Công an các huyện Cư M'gar, Krông Pắc, Buôn Đôn", [], None, [], None, "II.8",
     "Công an các huyện Cư M'gar, Krông Pắc, Buôn Đôn tăng cường tuần tra, kiểm soát"),
])

# 3 --------------------------------------------- mountain commune after the 2025 reform, docx, thôn/bản heads
F3 = "v-tb-ubnd-xa-nguyenbinh-chong-ret-tuyen-quan.docx"
NP = "Trưởng thôn Nà Pồng và Trưởng thôn Khuổi Lừa phối hợp với Công an xã"
doc(F3, "docx-commune-2025-bold-topic-headings-dash-items-thon-ban-heads-as-subjects-joint-village-heads-bch-quan-su-xa-full-and-short-yearless-date-next-year-tet",
    "246/TB-UBND", "2025-12-15", "UBND xã Nguyên Bình", "Đàm Văn Lịch", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", [
    ("Phòng Kinh tế", [], "2026-02-28", ["vào sáng thứ Hai hằng tuần", "từ nay đến hết tháng 02/2026"], "weekly", "1",
     "Giao Phòng Kinh tế hướng dẫn các hộ che chắn chuồng trại, dự trữ rơm"),
    ("Trưởng các thôn, bản", [], "2025-12-20", ["trước ngày 20/12/2025"], None, "1",
     "Trưởng các thôn, bản rà soát hộ nghèo, hộ có nguy cơ thiếu đói"),
    ("Trưởng thôn Nà Pồng", ["Công an xã"], "2025-12-31", ["trước ngày 31/12/2025"], None, "1", NP),
    ("Trưởng thôn Khuổi Lừa", ["Công an xã"], "2025-12-31", ["trước ngày 31/12/2025"], None, "1", NP),
    ("Ban Chỉ huy Quân sự xã", ["Công an xã", "Trạm Y tế xã"], "2026-01-10", ["trước ngày 10/01/2026"], None, "2",
     "Ban Chỉ huy Quân sự xã chủ trì, phối hợp với Công an xã và Trạm Y tế xã"),
    ("BCH Quân sự xã", [], "2026-01-25", ["trước ngày 25/01"], None, "2",
     "BCH Quân sự xã chuẩn bị chu đáo các điều kiện tổ chức gặp mặt"),
    ("Phòng Văn hóa - Xã hội", ["Ủy ban MTTQ Việt Nam xã"], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None, "3",
     "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã"),
    ("Công an xã", [], None, ["định kỳ ngày 25 hằng tháng"], "monthly", "3",
     "Công an xã tăng cường tuần tra, kiểm soát, phòng ngừa trộm cắp gia súc"),
    ("Trạm Y tế xã", [], "2026-01", ["trong tháng 01/2026"], None, "4",
     "Giao Trạm Y tế xã theo dõi tình hình bệnh đường hô hấp ở trẻ em"),
    ("các trường mầm non, tiểu học, THCS trên địa bàn xã", [], None, [], None, "4",
     "Đề nghị các trường mầm non, tiểu học, THCS trên địa bàn xã chủ động"),
    ("Văn phòng HĐND và UBND xã", [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "5",
     "Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện; tổng hợp"),
])

# 4 ----------------------------------- ministry, online meeting with provincial "điểm cầu", pdf over two pages
F4 = "v-tb-btp-hop-truc-tuyen-ra-soat-van-ban.pdf"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
CKT = "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"
doc(F4, "pdf-ministry-deputy-minister-online-meeting-diem-cau-provinces-umbrella-letters-named-provinces-elided-de-nghi-diem-cau-unit-colon-weekday-in-deadline-own-promise",
    "2468/TB-BTP", "2025-12-29", "Bộ Tư pháp", "Vi Thị Ngọc Lan", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (UBT, [], "2026-01-05", ["trước ngày 05/01/2026 (thứ Hai)"], None, "II.1.a",
     "Chỉ đạo hoàn thành rà soát, công bố danh mục văn bản hết hiệu lực"),
    (UBT, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.1.b",
     "Khẩn trương ban hành văn bản thay thế đối với các lĩnh vực còn áp dụng"),
    (UBT, [], None, ["Định kỳ hằng tháng, trước ngày 05 tháng sau"], "monthly", "II.1.c",
     "Định kỳ hằng tháng, trước ngày 05 tháng sau, cập nhật đầy đủ kết quả"),
    ("Ủy ban nhân dân các tỉnh: Tuyên Quang, Lào Cai, Cà Mau", [], "2026-01-15", ["trước ngày 15/01/2026"], None,
     "II.2", "Đề nghị Ủy ban nhân dân các tỉnh: Tuyên Quang, Lào Cai, Cà Mau bổ sung"),
    ("các điểm cầu địa phương", [], "2025-12-31", ["trước 16 giờ ngày 31/12/2025"], None, "II.3",
     "Đề nghị các điểm cầu địa phương gửi ý kiến bằng văn bản về dự thảo"),
    ("Sở Tư pháp các tỉnh, thành phố",
     ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Văn phòng UBND tỉnh"], "2026-01",
     ["trong tháng 01/2026"], None, "II.4", "Sở Tư pháp các tỉnh, thành phố: chủ trì, phối hợp với Văn phòng"),
    (CKT, ["Văn phòng Chính phủ"], "2026-03-31", ["trong Quý I/2026"], None, "II.5.a",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính chủ trì"),
    ("Cục Công nghệ thông tin", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.5.b",
     "Cục Công nghệ thông tin nâng cấp Cơ sở dữ liệu quốc gia về pháp luật"),
    ("Vụ Các vấn đề chung về xây dựng pháp luật", [CKT], "2026-03", ["trong tháng 3/2026"], None, "II.5.c",
     "Vụ Các vấn đề chung về xây dựng pháp luật chủ trì, phối hợp với"),
    ("Văn phòng Bộ", [], None, [], None, "II.5.d",
     "Văn phòng Bộ đăng tải Thông báo này trên Cổng thông tin điện tử của Bộ"),
    ("Bộ Tài chính", [], None, [], None, "II.6",
     "Đề nghị Bộ Tài chính hướng dẫn các địa phương bố trí kinh phí bảo đảm"),
])

# 5 ------------------------------- provincial Kế hoạch, pdf, "Phụ lục phân công nhiệm vụ" table with Roman groups
F5 = "v-kh-ubnd-gialai-nq72-phu-luc-phan-cong.pdf"
SYT = "Sở Y tế"
XP = "UBND các xã, phường"
K3 = "Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ nhiệm vụ được giao"
doc(F5, "pdf-provincial-ke-hoach-body-to-chuc-thuc-hien-then-phu-luc-table-tt-noi-dung-chu-tri-phoi-hop-thoi-gian-san-pham-roman-group-rows-tt-restarts-abbreviated-and-full-so-names",
    "138/KH-UBND", "2026-05-12", "UBND tỉnh Gia Lai", "Trình Minh Sang", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (SYT, [], None, ["trước ngày 10/12 hằng năm"], "yearly", "III.1",
     "Sở Y tế là cơ quan thường trực, chủ trì theo dõi, đôn đốc, hướng dẫn"),
    ("Sở Tài chính", [SYT], None, [], None, "III.2",
     "Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu UBND tỉnh"),
    ("Các sở, ban, ngành tỉnh", [], "2026-06-15", ["trước ngày 15/6/2026"], None, "III.3", K3),
    (XP, [], "2026-06-15", ["trước ngày 15/6/2026"], None, "III.3", K3),
    (SYT, ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"], None, ["Trước kỳ họp thứ 5 HĐND tỉnh khóa XVI"], None,
     "PL.I.1", "Xây dựng Nghị quyết của HĐND tỉnh quy định chính sách thu hút, hỗ trợ"),
    (SYT, ["BHXH tỉnh", "Sở Tài chính"], "2026-09-30", ["Trong Quý III/2026"], None, "PL.I.2",
     "Quy định mức hỗ trợ từ ngân sách tỉnh đóng bảo hiểm y tế cho"),
    (SYT, ["Sở Tài chính", "Sở Xây dựng", XP], "2027", ["Năm 2026 - 2027"], None, "PL.II.1",
     "Đầu tư xây dựng, cải tạo, nâng cấp 25 trạm y tế xã, phường"),
    (SYT, ["Bảo hiểm xã hội tỉnh", XP], None, ["Hằng năm, bắt đầu từ năm 2026"], "yearly", "PL.II.2",
     "Tổ chức khám sức khỏe định kỳ, lập hồ sơ sức khỏe điện tử cho"),
    ("Sở Giáo dục và Đào tạo", [SYT, "Sở NN&MT"], None, ["Thường xuyên"], None, "PL.II.3",
     "Kiểm tra, giám sát an toàn thực phẩm tại bếp ăn tập thể các trường"),
    (SYT, ["Sở Nội vụ", "Trường Cao đẳng Gia Lai"], "2026-12-31", ["Đến ngày 31/12/2026"], None, "PL.III.1",
     "Xây dựng Đề án đào tạo bác sĩ, dược sĩ theo địa chỉ sử dụng"),
    (SYT, ["Sở KH&CN"], "2026-09-30", ["Trước ngày 30/9/2026"], None, "PL.III.2",
     "Triển khai bệnh án điện tử tại 100% bệnh viện công lập trên địa bàn"),
    ("Báo và Phát thanh, Truyền hình Gia Lai", [SYT, "Sở VHTTDL"], None, ["Thường xuyên"], None, "PL.IV.1",
     "Mở chuyên mục \"Sức khỏe cho mọi nhà\" bằng tiếng Việt, tiếng Jrai, tiếng Bahnar"),
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở GD&ĐT", XP], "2026", ["Năm 2026"], None, "PL.IV.2",
     "Tổ chức Ngày chạy Olympic vì sức khỏe toàn dân và các giải thể"),
    ("Sở GD&ĐT", [SYT, "Trung tâm Kiểm soát bệnh tật tỉnh"], "2027-05-31", ["Năm học 2026 - 2027"], None, "PL.IV.3",
     "Khám sức khỏe, sàng lọc bệnh tật, tư vấn dinh dưỡng cho học sinh"),
], doc_type="KẾ HOẠCH")

# 6 ------------------------------------ provincial military command, html, whole parts in one <p> joined by <br>
F6 = "v-tb-bchqs-hatinh-pctt-tkcn-br-trong-doan.html"
TM = "Phòng Tham mưu"
doc(F6, "html-military-command-portal-body-as-few-p-with-br-lines-unit-colon-heading-letters-bold-run-in-units-bold-number-only-items-ban-chqs-short-and-full-06-thang-cuoi-nam",
    "1342/TB-BCH", "2025-08-08", "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh", "Ngô Sỹ Trác", "TL. CHỈ HUY TRƯỞNG / THAM MƯU TRƯỞNG", [
    (TM, ["Phòng Chính trị", "Phòng Hậu cần - Kỹ thuật"], "2025-08-20", ["trước ngày 20/8/2025"], None, "II.1.a",
     "Chủ trì, phối hợp với Phòng Chính trị, Phòng Hậu cần - Kỹ thuật rà soát"),
    (TM, [], "2025-09", ["trong tháng 9/2025"], None, "II.1.b",
     "Tham mưu tổ chức diễn tập ứng phó bão mạnh, siêu bão kết hợp sơ tán"),
    (TM, [], None, ["trước 16 giờ 00 hằng ngày"], "daily", "II.1.c",
     "Duy trì nghiêm chế độ trực ban, trực chỉ huy; khi có bão, áp thấp"),
    ("Phòng Hậu cần - Kỹ thuật", [], "2025-08-31", ["trước ngày 31/8/2025"], None, "II.2",
     "kiểm tra, bổ sung phao cứu sinh, áo phao, nhà bạt, lương thực dự trữ"),
    ("Phòng Chính trị", ["Hội Chữ thập đỏ tỉnh"], "2025-12-31", ["trong 06 tháng cuối năm 2025"], None, "II.3",
     "chủ trì, phối hợp với Hội Chữ thập đỏ tỉnh xây dựng 05"),
    ("Các Ban CHPTKV", [], "2025-08-25", ["trước ngày 25/8/2025"], None, "II.4",
     "Các Ban CHPTKV chỉ đạo Ban CHQS các xã, phường rà soát, kiện toàn"),
    ("Ban Chỉ huy Phòng thủ khu vực 3 - Nghi Xuân", ["Đồn Biên phòng Xuân Hội"], "2025-09-15",
     ["trước ngày 15/9/2025"], None, "II.5",
     "Ban Chỉ huy Phòng thủ khu vực 3 - Nghi Xuân phối hợp với Đồn Biên phòng"),
    ("Trung đoàn 841", [], None, [], None, "II.6",
     "Trung đoàn 841 duy trì lực lượng, phương tiện sẵn sàng cơ động ứng cứu"),
    ("Ban Chỉ huy Quân sự các xã, phường ven biển, ven sông", ["Công an cấp xã"], None,
     ["định kỳ ngày 28 hằng tháng"], "monthly", "II.7",
     "Ban Chỉ huy Quân sự các xã, phường ven biển, ven sông phối hợp với"),
    ("Sở Nông nghiệp và Môi trường", [], None, [], None, "II.8",
     "Đề nghị Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ huy"),
])

# 7 ---------------------------- provincial office 2024 (districts, Sở TT&TT), html document-database detail page
F7 = "v-tb-vpubnd-quangnam-2024-de-an-06-chi-tiet-van-ban.html"
TTTT = "Sở TT&TT"
GIAO = "Giao Sở TT&TT và Công an tỉnh tổ chức kiểm tra, đánh giá an toàn"
doc(F7, "html-2024-document-database-detail-page-attribute-table-with-signer-and-dates-body-ul-li-bold-unit-subjects-so-tt-tt-short-and-full-dai-pt-th-elided-huyen-list",
    "524/TB-VP", "2024-10-16", "Văn phòng UBND tỉnh Quảng Nam", "Hứa Ngọc Khánh",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    ("Công an tỉnh", ["Sở Tư pháp", "UBND các huyện, thị xã, thành phố"], "2024-10-31", ["trước ngày 31/10/2024"],
     None, "2", "chủ trì, phối hợp với Sở Tư pháp và UBND các huyện, thị xã"),
    (TTTT, [], "2024-11", ["trong tháng 11/2024"], None, "2",
     "chủ trì nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"),
    ("Sở Thông tin và Truyền thông", ["Đài PT-TH tỉnh", "Báo Quảng Nam"], None, ["thường xuyên"], None, "2",
     "phối hợp với Đài PT-TH tỉnh, Báo Quảng Nam duy trì chuyên mục"),
    (TTTT, [], "2024-12-31", ["trong quý IV/2024"], None, "2", GIAO),
    ("Công an tỉnh", [], "2024-12-31", ["trong quý IV/2024"], None, "2", GIAO),
    ("Sở Y tế", [], "2024-11-15", ["trước ngày 15/11"], None, "2",
     "chỉ đạo các cơ sở khám bệnh, chữa bệnh hoàn thành liên thông giấy chuyển"),
    ("Bảo hiểm xã hội tỉnh", ["Bưu điện tỉnh"], "2025-01-28", ["trước Tết Nguyên đán Ất Tỵ 2025"], None, "2",
     "Đề nghị Bảo hiểm xã hội tỉnh (BHXH tỉnh) phối hợp với Bưu điện tỉnh"),
    ("Đài Phát thanh - Truyền hình Quảng Nam", [], None, ["vào tối thứ Năm hằng tuần"], "weekly", "2",
     "sản xuất phóng sự về các mô hình điểm thực hiện Đề án 06"),
    ("UBND các huyện, thị xã, thành phố", [], None, ["trước ngày 25 hằng tháng"], "monthly", "2",
     "chỉ đạo Bộ phận Một cửa cấp xã hướng dẫn người dân nộp hồ sơ"),
    ("UBND các huyện: Nam Trà My, Tây Giang, Phước Sơn", [], "2024-11-30", ["trước ngày 30/11/2024"], None, "2",
     "Riêng UBND các huyện: Nam Trà My, Tây Giang, Phước Sơn khẩn trương khắc phục"),
    ("Văn phòng UBND tỉnh", [], "2024-12-31", ["tại phiên họp Tổ công tác Đề án 06 quý IV/2024"], None, "2",
     "theo dõi, đôn đốc; tổng hợp kết quả thực hiện, báo cáo tại phiên họp"),
])

# 8 -------------------------------------------- city court, markdown as its web CMS exports the news post
F8 = "v-tb-tand-tphcm-trien-khai-2026-cms.md"
HK = "phối hợp với Văn phòng rà soát toàn bộ các vụ án quá thời hạn"
KV = "Các Tòa án nhân dân khu vực"
doc(F8, "md-court-web-cms-breadcrumb-post-meta-image-number-in-sapo-h2-parts-numbered-list-bold-units-nested-dash-bullets-joint-bold-units-court-year-end-signature-bold-lines",
    "31/TB-TA", "2026-01-09", "Tòa án nhân dân Thành phố Hồ Chí Minh", "Tăng Thị Hồng Loan", "KT. CHÁNH ÁN / PHÓ CHÁNH ÁN", [
    ("Tòa Hình sự", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.1",
     "Đưa ra xét xử dứt điểm các vụ án kinh tế, tham nhũng trọng điểm"),
    ("Tòa Hình sự", ["Viện kiểm sát nhân dân Thành phố"], None, ["mỗi quý"], "quarterly", "II.1",
     "Phối hợp với Viện kiểm sát nhân dân Thành phố tổ chức ít nhất 02 phiên"),
    ("Tòa Hành chính", ["Văn phòng"], "2026-09-30", ["đến ngày 30/9/2026"], None, "II.2", HK),
    ("Tòa Kinh tế", ["Văn phòng"], "2026-09-30", ["đến ngày 30/9/2026"], None, "II.2", HK),
    (KV, [], None, [], None, "II.3", "Tăng cường hòa giải, đối thoại tại Tòa án; phấn đấu tỷ lệ hòa giải"),
    (KV, [], None, ["chậm nhất ngày 15 tháng sau"], "monthly", "II.3",
     "Gửi báo cáo thống kê hằng tháng về thụ lý, giải quyết các loại vụ"),
    ("Tòa án nhân dân khu vực 1 - Thành phố Hồ Chí Minh", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.4",
     "thí điểm số hóa hồ sơ vụ án dân sự từ khâu thụ lý"),
    ("Phòng Giám đốc, kiểm tra", [], "2026-06-30", ["trong 06 tháng đầu năm 2026"], None, "II.5",
     "tổ chức kiểm tra nghiệp vụ tại 16 Tòa án nhân dân khu vực"),
    ("Văn phòng", [], None, ["trong thời hạn 30 ngày kể từ ngày bản án, quyết định có hiệu lực pháp luật"], None,
     "II.6", "Công bố bản án, quyết định trên Cổng thông tin điện tử của Tòa án"),
    ("Văn phòng", [], "2026-04", ["tại Hội nghị sơ kết 6 tháng (dự kiến tháng 4/2026)"], None, "II.6",
     "Theo dõi, tổng hợp tình hình thực hiện Thông báo này, báo cáo Chánh án"),
    ("Phòng Tổ chức cán bộ", [], "2026-02-28", ["trước ngày 28/02/2026"], None, "II.7",
     "tham mưu Chánh án kế hoạch luân chuyển, điều động Thẩm phán giữa các"),
])

# 9 --------------------------------------- national park, markdown, list numbering restarts in every part
F9 = "v-tb-vqg-cattien-6-thang-cuoi-2025-danh-so-lai.md"
HKL = "Hạt Kiểm lâm"
GDMT = "Trung tâm Giáo dục môi trường và Dịch vụ"
TCHC = "Phòng Tổ chức - Hành chính"
doc(F9, "md-national-park-bold-header-lines-a-b-parts-bold-roman-subparts-numbered-lists-restart-at-1-in-each-part-decision-with-dates-between-parts-pipe-table-signature",
    "207/TB-VQGCT", "2025-07-18", "Vườn quốc gia Cát Tiên", "Đinh Xuân Trường", "GIÁM ĐỐC", [
    (HKL, ["Công an xã Nam Cát Tiên", "UBND các xã vùng đệm"], "2025-12-31", ["trong 06 tháng cuối năm 2025"], None,
     "B.I.1", "Hạt Kiểm lâm chủ trì, phối hợp với Công an xã Nam Cát Tiên và"),
    ("Các Trạm Kiểm lâm", [], None, ["trước ngày 05 hằng tháng"], "monthly", "B.I.2",
     "Các Trạm Kiểm lâm duy trì tuần tra theo tuyến, cập nhật dữ liệu tuần tra"),
    (HKL, [], "2025-09-30", ["trước ngày 30/9/2025"], None, "B.I.3",
     "Hạt Kiểm lâm rà soát, bổ sung Phương án phòng cháy, chữa cháy rừng"),
    ("Trung tâm Cứu hộ, Bảo tồn và Phát triển sinh vật", [], "2025-08", ["trong tháng 8/2025"], None, "B.II.1",
     "Trung tâm Cứu hộ, Bảo tồn và Phát triển sinh vật hoàn thành hồ sơ"),
    ("Phòng Khoa học và Hợp tác quốc tế", ["Trường Đại học Lâm nghiệp"], "2025-12-31", ["trong quý IV/2025"], None,
     "B.II.2", "Phòng Khoa học và Hợp tác quốc tế chủ trì, phối hợp với Trường"),
    (GDMT, [], "2025-08-15", ["trước ngày 15/8/2025"], None, "B.III.1",
     "Trung tâm Giáo dục môi trường và Dịch vụ xây dựng chương trình trải nghiệm"),
    (GDMT, ["Sở Giáo dục và Đào tạo tỉnh Đồng Nai"], "2026-05-31", ["trong năm học 2025-2026"], None, "B.III.2",
     "Trung tâm Giáo dục môi trường và Dịch vụ phối hợp với Sở Giáo dục"),
    (TCHC, [], "2025-08-31", ["trước ngày 31/8/2025"], None, "B.IV.1",
     "Phòng Tổ chức - Hành chính hoàn thiện Đề án vị trí việc làm của"),
    ("Phòng Kế hoạch - Tài chính", [], "2025-07-25", ["trước ngày 25/7/2025"], None, "B.IV.2",
     "Phòng Kế hoạch - Tài chính lập dự toán ngân sách năm 2026 và kế hoạch"),
    (TCHC, [], "2025-09-30", ["tại cuộc họp giao ban quý III/2025"], None, "B.IV.3",
     "Phòng Tổ chức - Hành chính theo dõi, đôn đốc việc thực hiện Thông báo này"),
])

# 10 ------------------------- tax department (March-June 2025 structure), txt inside a receiving unit's e-office slip
F10 = "v-tb-cucthue-giaoban-quy1-2025-phieu-xu-ly-eoffice.txt"
CCT = "Các Chi cục Thuế khu vực"
KV12 = "Chi cục Thuế khu vực I và Chi cục Thuế khu vực II phối hợp với"
NCC = ["các nhà cung cấp giải pháp hóa đơn điện tử"]
doc(F10, "txt-eoffice-incoming-document-slip-with-its-own-deadline-and-assignment-then-extracted-notice-space-aligned-header-hard-wrapped-1-1-points-joint-chi-cuc-start-date-distractor",
    "1486/TB-CT", "2025-04-24", "Cục Thuế", "Khổng Minh Tuệ", "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG", [
    (CCT, [], "2025-05-15", ["trước ngày 15/5/2025"], None, "II.1.1",
     "Rà soát, phân loại hộ, cá nhân kinh doanh có doanh thu từ 01"),
    (CCT, [], "2025-06-30", ["đến ngày 30/6/2025"], None, "II.1.2",
     "Tập trung đôn đốc thu hồi nợ, phấn đấu đến ngày 30/6/2025 tổng số"),
    (CCT, [], None, ["chậm nhất vào ngày làm việc thứ ba của tháng sau"], "monthly", "II.1.3",
     "Gửi báo cáo kết quả thu ngân sách, tình hình nợ thuế hằng tháng"),
    ("Chi cục Thuế khu vực I", NCC, "2025-05", ["trong tháng 5/2025"], None, "II.2", KV12),
    ("Chi cục Thuế khu vực II", NCC, "2025-05", ["trong tháng 5/2025"], None, "II.2", KV12),
    ("Ban Tuyên truyền và Hỗ trợ người nộp thuế", ["Ban Công nghệ thông tin"], "2025-05-10", ["trước ngày 10/5/2025"],
     None, "II.3", "Ban Tuyên truyền và Hỗ trợ người nộp thuế chủ trì, phối hợp với"),
    ("Ban Quản lý nợ", [], None, ["thường xuyên"], None, "II.4",
     "Ban Quản lý nợ hướng dẫn các Chi cục Thuế khu vực thực hiện biện pháp"),
    ("Ban Thanh tra, Kiểm tra", [], "2025-04-30", ["trước ngày 30/4/2025"], None, "II.5",
     "Ban Thanh tra, Kiểm tra xây dựng kế hoạch kiểm tra hồ sơ hoàn thuế"),
    ("Ban Công nghệ thông tin", [], "2025-05-31", ["trước ngày 31/5/2025"], None, "II.6",
     "Ban Công nghệ thông tin nâng cấp ứng dụng eTax Mobile cho phép hộ"),
    ("Văn phòng Cục Thuế", [], None, [], None, "II.7",
     "Văn phòng Cục Thuế tổng hợp tình hình thực hiện, báo cáo Bộ Tài chính"),
])


# ------------------------------------------------------------------------------------------------ questions
# 32 answerable (3-4 per document), 8 unanswerable; 16 vi, 10 vi-noaccent, 14 en.
q("Học viện Ngân hàng yêu cầu Phòng Đào tạo trình Đề án tuyển sinh đại học chính quy năm 2026 muộn nhất vào lúc nào?",
  F1, ["16h30", "09/3/2026"], ["deadline", "vi"])
q("At the Banking Academy's March 2026 briefing, which unit must finish the online exam-registration module, and which offices does it work with?",
  F1, ["Trung tâm Công nghệ thông tin", "Phòng Đào tạo", "Phòng Công tác sinh viên"], ["who-leads", "coordinators", "en"])
q("Thong bao ket luan giao ban thang 3/2026 cua Hoc vien Ngan hang so may, do ai ky?",
  F1, ["173/TB-HVNH", "Lò Thị Quỳnh Nga"], ["number", "signer", "vi-noaccent"])
q("Công an tỉnh Đắk Lắk yêu cầu Phòng PC08 công bố phương án phân luồng giao thông phục vụ Lễ hội Cà phê Buôn Ma Thuột chậm nhất ngày nào?",
  F2, ["02/3/2025"], ["deadline", "vi"])
q("How soon after the Buôn Ma Thuột coffee festival closes must the provincial police staff office send its review report to the Ministry of Public Security?",
  F2, ["03 ngày làm việc"], ["deadline", "en"])
q("Don vi nao cua Cong an tinh Dak Lak phai bo tri xe chua chay truc tai Quang truong 10/3 trong thoi gian Le hoi?",
  F2, ["Đội Cảnh sát PCCC và CNCH khu vực trung tâm"], ["who", "vi-noaccent"])
q("UBND xã Nguyên Bình giao ai vận động 07 hộ ở vùng có nguy cơ sạt lở di chuyển đến nơi ở tạm, và phải xong trước ngày nào?",
  F3, ["Trưởng thôn Nà Pồng", "Trưởng thôn Khuổi Lừa", "31/12/2025"], ["who", "deadline", "vi"])
q("Ban chi huy quan su xa Nguyen Binh phai trinh UBND xa ke hoach gap mat, tien cong dan len duong nhap ngu truoc ngay nao?",
  F3, ["25/01"], ["deadline", "vi-noaccent"])
q("How often must Nguyên Bình commune's Economic Division report livestock killed by the cold, and until when?",
  F3, ["thứ Hai hằng tuần", "tháng 02/2026"], ["recurring", "deadline", "en"])
q("Mỗi hộ nghèo ở xã Nguyên Bình được UBND xã hỗ trợ những gì trong mùa rét cuối năm 2025?",
  F3, ["01 chăn ấm", "200.000 đồng"], ["amount", "vi"])
q("Theo kết luận cuộc họp trực tuyến của Bộ Tư pháp về rà soát văn bản sau sắp xếp, các tỉnh phải báo cáo danh mục văn bản hết hiệu lực trước ngày nào?",
  F4, ["05/01/2026"], ["deadline", "vi"])
q("Which provinces did the Ministry of Justice single out for slow review of local legal documents, and by when must they report a completion roadmap?",
  F4, ["Tuyên Quang", "Lào Cai", "Cà Mau", "15/01/2026"], ["who", "deadline", "en"])
q("Cac diem cau dia phuong phai gui y kien ve du thao Thong tu huong dan hop nhat, he thong hoa van ban truoc may gio ngay nao?",
  F4, ["16 giờ", "31/12/2025"], ["deadline", "vi-noaccent"])
q("Ai chủ trì cuộc họp trực tuyến ngày 26/12/2025 của Bộ Tư pháp với các địa phương, và ai ký thông báo kết luận?",
  F4, ["Lương Văn Khải", "Vi Thị Ngọc Lan"], ["chair", "signer", "vi"])
q("Trong Kế hoạch 138/KH-UBND của tỉnh Gia Lai, Sở Y tế phải trình Nghị quyết về chính sách thu hút bác sĩ về trạm y tế xã khi nào?",
  F5, ["kỳ họp thứ 5"], ["deadline", "vi"])
q("In Gia Lai's plan for Resolution 72, which bodies work with the Department of Health on provincial support for near-poor households' health-insurance premiums, and by when?",
  F5, ["BHXH tỉnh", "Sở Tài chính", "Quý III/2026"], ["coordinators", "deadline", "en"])
q("Ke hoach cua UBND tinh Gia Lai giao nang cap 25 tram y te xa, phuong trong thoi gian nao?",
  F5, ["2026 - 2027"], ["deadline", "vi-noaccent"])
q("Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh yêu cầu Phòng Hậu cần - Kỹ thuật sửa xong 04 xuồng máy hư hỏng trước ngày nào?",
  F6, ["31/8/2025"], ["deadline", "vi"])
q("By when must the Political Department of the Hà Tĩnh military command finish the five 'comrade houses' for soldiers in flood-prone areas?",
  F6, ["06 tháng cuối năm 2025"], ["deadline", "en"])
q("Ban CHQS cac xa, phuong ven bien, ven song o Ha Tinh cap nhat danh sach ho dan phai so tan vao ngay nao hang thang?",
  F6, ["ngày 28 hằng tháng"], ["recurring", "vi-noaccent"])
q("What deadline did Quảng Nam set in October 2024 for the provincial social insurance to push cashless pension payments in urban areas above 60%?",
  F7, ["Tết Nguyên đán Ất Tỵ"], ["deadline", "en"])
q("Những huyện nào của Quảng Nam bị yêu cầu khắc phục tỷ lệ ký số văn bản dưới 70%, và hạn hoàn thành là ngày nào?",
  F7, ["Nam Trà My", "Tây Giang", "Phước Sơn", "30/11/2024"], ["who", "deadline", "vi"])
q("Cong an tinh Quang Nam phai lam sach du lieu ho tich xong truoc ngay nao va phoi hop voi nhung ai?",
  F7, ["31/10/2024", "Sở Tư pháp"], ["deadline", "coordinators", "vi-noaccent"])
q("Theo Thông báo 31/TB-TA, các Tòa án nhân dân khu vực phải gửi báo cáo thống kê hằng tháng về Văn phòng chậm nhất vào ngày nào?",
  F8, ["ngày 15 tháng sau"], ["deadline", "recurring", "vi"])
q("By what date must Ho Chi Minh City's administrative and economic courts have no overdue cases left for subjective reasons?",
  F8, ["30/9/2026"], ["deadline", "en"])
q("Toa an nhan dan khu vuc 1 TP Ho Chi Minh duoc giao thi diem viec gi, bao cao Chanh an truoc ngay nao?",
  F8, ["số hóa hồ sơ vụ án dân sự", "30/6/2026"], ["what", "deadline", "vi-noaccent"])
q("Vườn quốc gia Cát Tiên yêu cầu Trung tâm Giáo dục môi trường và Dịch vụ trình phương án giá dịch vụ cho chương trình Đêm rừng Cát Tiên trước ngày nào?",
  F9, ["15/8/2025"], ["deadline", "vi"])
q("For which period in 2025 is the Bàu Sấu visitor route of Cát Tiên National Park closed, and why?",
  F9, ["21/7/2025", "31/8/2025"], ["date", "en"])
q("Hat Kiem lam VQG Cat Tien phoi hop voi ai de truy quet bay thu trong 6 thang cuoi nam 2025, it nhat bao nhieu dot?",
  F9, ["Công an xã Nam Cát Tiên", "04 đợt"], ["coordinators", "figure", "vi-noaccent"])
q("Theo kết luận giao ban quý I/2025 của Cục Thuế, các Chi cục Thuế khu vực phải thông báo cho hộ kinh doanh thuộc diện dùng hóa đơn điện tử từ máy tính tiền trước ngày nào?",
  F10, ["15/5/2025"], ["deadline", "vi"])
q("In the tax department's Q1/2025 briefing notice, which unit must upgrade eTax Mobile, and by what date?",
  F10, ["Ban Công nghệ thông tin", "31/5/2025"], ["who-leads", "deadline", "en"])
q("Cục Thuế đặt mục tiêu đến 30/6/2025 tổng nợ thuế không vượt quá bao nhiêu phần trăm tổng thu ngân sách do cơ quan thuế quản lý?",
  F10, ["8%"], ["figure", "vi"])
# unanswerable: a unit, place, province or year that does not match a document, or a thing no document says
q("Học viện Ngân hàng giao Phân viện Thái Nguyên báo cáo nhu cầu đào tạo văn bằng hai trước ngày nào?",
  None, [], ["deadline", "unanswerable", "vi"])
q("What deadline did the Đắk Lắk provincial police give its drug-crime investigation department (PC04) before the 2025 coffee festival?",
  None, [], ["deadline", "unanswerable", "en"])
q("UBND xa Nguyen Binh giao Truong ban Pac Ngoi lam gi trong dot ret thang 12/2025?",
  None, [], ["what", "unanswerable", "vi-noaccent"])
q("In its December 2025 online meeting on local legal documents, by when did the Ministry of Justice ask Sơn La province to report its completion roadmap?",
  None, [], ["deadline", "unanswerable", "en"])
q("Kế hoạch thực hiện Nghị quyết 72-NQ/TW của UBND tỉnh Đắk Lắk giao Sở Y tế triển khai bệnh án điện tử trước ngày nào?",
  None, [], ["deadline", "unanswerable", "vi"])
q("What standby order did the Nghệ An provincial military command give Regiment 841 for the 2025 storm season?",
  None, [], ["what", "unanswerable", "en"])
q("In Quảng Nam's October 2024 notice on Project 06, what task was given to the provincial Department of Labour, Invalids and Social Affairs?",
  None, [], ["what", "unanswerable", "en"])
q("Thông báo 31/TB-TA năm 2025 của Tòa án nhân dân Thành phố Hồ Chí Minh giao Tòa Hình sự xét xử dứt điểm các vụ án trọng điểm trước ngày nào?",
  None, [], ["deadline", "unanswerable", "vi"])

if __name__ == "__main__":
    BATCH.write()
