"""Gold and questions for batch s (all split test), written by hand from the document text alone.
Writes gold/s.jsonl and questions/s.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/s-src/gold_s.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("s", split="test")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------------------------------------ ministry, Minister's conclusions, unit headings a) b)
F1 = "s-tb-byt-bo-truong-tram-y-te-xa.docx"
KHTC = "Vụ Kế hoạch - Tài chính"
KCB = "Cục Quản lý Khám, chữa bệnh"
PB = "Cục Phòng bệnh"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
doc(F1, "docx-ministry-minister-conclusions-roman-parts-unit-headings-with-colon-letter-points-joint-subject-heading-with-inline-task-de-nghi-umbrella",
    "341/TB-BYT", "2026-02-27", "Bộ Y tế", "Hứa Ngọc Diệp", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (KHTC, [KCB, "Vụ Tổ chức cán bộ"], "2026-03-15", ["trước ngày 15/3/2026"], None, "II.1.a",
     "Chủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh, Vụ Tổ chức cán bộ tổng hợp"),
    (KHTC, [], "2026-06-30", ["trong quý II/2026", "chậm nhất ngày 31/7/2026"], None, "II.1.b",
     "Đề xuất phương án bố trí vốn từ Chương trình mục tiêu quốc gia cho việc"),
    (KCB, [], "2026-03-20", ["chậm nhất ngày 20/3/2026"], None, "II.2.a",
     "Hoàn thiện dự thảo Thông tư quy định chức năng, nhiệm vụ và danh mục kỹ thuật"),
    (KCB, ["Bảo hiểm xã hội Việt Nam"], "2026-04-30", ["trước 30/4"], None, "II.2.b",
     "Chủ trì, phối hợp với Bảo hiểm xã hội Việt Nam rà soát, bổ sung danh mục"),
    (KCB, [], None, ["Định kỳ hằng quý", "trước ngày 10 của tháng đầu quý sau"], "quarterly", "II.2.c",
     "Định kỳ hằng quý tổng hợp tình hình khám bệnh, chữa bệnh BHYT tại trạm"),
    (PB, [], "2026-04", ["trong tháng 4/2026"], None, "II.3.a",
     "Ban hành hướng dẫn quản lý bệnh tăng huyết áp, đái tháo đường tại trạm"),
    (PB, ["Cục Bà mẹ và Trẻ em"], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.3.b",
     "Phối hợp với Cục Bà mẹ và Trẻ em tổ chức tiêm bổ sung vắc xin"),
    ("Vụ Tổ chức cán bộ", [], "2026-05", ["trong tháng 5/2026"], None, "II.4",
     "Vụ Tổ chức cán bộ và Vụ Pháp chế nghiên cứu, đề xuất sửa đổi quy định"),
    ("Vụ Pháp chế", [], "2026-05", ["trong tháng 5/2026"], None, "II.4",
     "Vụ Tổ chức cán bộ và Vụ Pháp chế nghiên cứu, đề xuất sửa đổi quy định"),
    ("Cục Khoa học, Công nghệ và Đào tạo", ["các trường đại học y, dược"], "2026-09-10", ["đầu tháng 9/2026"], None,
     "II.5", "xây dựng chương trình đào tạo liên tục trực tuyến cho bác sĩ, y sĩ"),
    ("Văn phòng Bộ", [], "2026-07", ["tại cuộc họp giao ban Bộ tháng 7/2026"], None, "II.6",
     "Văn phòng Bộ theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp kết quả"),
    (UBT, [], "2026", ["trong năm 2026"], None, "II.7.a",
     "Chỉ đạo Sở Y tế rà soát, điều động, bố trí bác sĩ về làm việc"),
    (UBT, [], "2026-12-15", ["trước ngày 15/12/2026"], None, "II.7.b",
     "Bố trí kinh phí sửa chữa, nâng cấp các trạm y tế xuống cấp, thiếu"),
])

# 2 ------------------------------------------------------------ provincial UBND, Vice-Chairman, task table in the body
F2 = "s-tb-ubnd-ninhbinh-lang-nghe-bang.docx"
NNMT = "Sở Nông nghiệp và Môi trường"
SCT = "Sở Công Thương"
UBLN = "UBND các xã, phường có làng nghề"
doc(F2, "docx-provincial-vice-chairman-task-table-stt-noi-dung-chu-tri-phoi-hop-thoi-han-elided-cell-joint-cell-abbreviated-units-relative-days",
    "463/TB-UBND", "2026-03-16", "UBND tỉnh Ninh Bình", "Mẫn Thị Hạnh", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (NNMT, [SCT, UBLN], "2026-04-10", ["Trước ngày 10/4/2026"], None, "II.1",
     "Rà soát, cập nhật danh sách làng nghề, cụm công nghiệp làng nghề gây ô nhiễm"),
    ("Sở NN&MT", ["Trung tâm Quan trắc tài nguyên và môi trường"], None, ["Định kỳ hằng tháng"], "monthly", "II.2",
     "Quan trắc chất lượng nước mặt, không khí tại 19 làng nghề có dấu hiệu"),
    (SCT, ["Sở Tài chính", "Sở Xây dựng", "UBND xã Ý Yên"], "2026-09-30", ["Quý III/2026"], None, "II.3",
     "Hoàn thiện hạ tầng, đưa trạm xử lý nước thải tập trung Cụm công nghiệp làng"),
    ("Sở Tài chính", [NNMT], "2026-05-30", ["Trước 30/5"], None, "II.4",
     "Cân đối, bố trí vốn đầu tư công năm 2026 cho các dự án xử lý"),
    (UBLN, [SCT], "2026", ["Trong năm 2026", "trước ngày 25 hằng tháng"], "monthly", "II.5",
     "Vận động, di dời các cơ sở sản xuất gây ô nhiễm ra khỏi khu dân cư"),
    ("Công an tỉnh", [NNMT, "UBND các xã, phường"], None, ["Thường xuyên"], None, "II.6",
     "Kiểm tra, xử lý nghiêm các cơ sở xả thải vượt quy chuẩn; công khai danh sách"),
    ("Sở Tài chính", ["UBND các xã có làng nghề"], "2026-06-30", ["Quý II/2026"], None, "II.7",
     "Tham mưu bố trí kinh phí, biên chế công chức phụ trách môi trường tại các"),
    ("Sở Nội vụ", ["UBND các xã có làng nghề"], "2026-06-30", ["Quý II/2026"], None, "II.7",
     "Tham mưu bố trí kinh phí, biên chế công chức phụ trách môi trường tại các"),
    ("Sở KH&CN", ["Hiệp hội Làng nghề tỉnh"], "2026-09-30", ["Tháng 6 - tháng 9/2026"], None, "II.8",
     "Hướng dẫn, hỗ trợ cơ sở sản xuất làng nghề đổi mới công nghệ, áp dụng"),
    (NNMT, ["Sở KH&CN"], "2026-04-30", ["Trong vòng 45 ngày kể từ ngày ký Thông báo này"], None, "II.9",
     "Xây dựng cơ sở dữ liệu làng nghề, tích hợp trên nền tảng số dùng chung"),
    ("Văn phòng UBND tỉnh", [], "2026-12-10", ["đầu tháng 12/2026"], None, "III",
     "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện"),
])

# 3 ------------------------------------------------------------ party committee (Ban Thường vụ Tỉnh ủy), "2.1-" labels
F3 = "s-tb-tu-laichau-kinh-te-tu-nhan.docx"
DUB = "Đảng ủy UBND tỉnh"
DXP = "Các đảng ủy xã, phường"
doc(F3, "docx-party-ban-thuong-vu-tinh-uy-conclusions-dash-numbered-2-1-party-body-umbrellas-giao-ban-tuyen-giao-va-dan-van-de-nghi-mttq",
    "239-TB/TU", "2026-04-09", "Tỉnh ủy Lai Châu", "Lò Văn Khiêm", "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ", [
    (DUB, [], "2026-06-30", ["trong quý II/2026"], None, "2.1",
     "Ban hành Kế hoạch hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh doanh chuyển đổi"),
    (DUB, [], "2026-06-30", ["trước 30/6"], None, "2.1",
     "Rà soát, công khai quỹ đất sạch, mặt bằng sản xuất, kinh doanh có thể"),
    (DUB, [], "2026-05", ["trong tháng 5/2026"], None, "2.1",
     "Chỉ đạo Sở Tài chính thành lập Tổ công tác tháo gỡ khó khăn, vướng mắc"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", ["Ủy ban MTTQ Việt Nam tỉnh", "Hội Doanh nghiệp tỉnh"], None,
     ["định kỳ 6 tháng"], "half_yearly", "2.2",
     "Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", [], "2026-05-20", ["trước ngày 20/5/2026"], None, "2.3",
     "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chỉ đạo Hội Doanh nghiệp"),
    ("Ban Tổ chức Tỉnh ủy", [DUB], "2026-04-30", ["trước ngày 30/4/2026"], None, "2.4",
     "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Đảng ủy UBND tỉnh tham mưu"),
    ("Ủy ban Kiểm tra Tỉnh ủy", [], "2026-09-30", ["trong quý III/2026"], None, "2.5",
     "Ủy ban Kiểm tra Tỉnh ủy đưa việc lãnh đạo, chỉ đạo thực hiện Nghị quyết"),
    (DXP, [], None, [], None, "2.6",
     "Lãnh đạo UBND cùng cấp giải quyết đúng hạn 100% hồ sơ đăng ký hộ kinh"),
    (DXP, [], None, ["Định kỳ hằng quý", "trước ngày 15 của tháng cuối quý"], "quarterly", "2.6",
     "Định kỳ hằng quý báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy"),
    ("Văn phòng Tỉnh ủy", [], "2026-12", ["vào tháng 12/2026"], None, "2.7",
     "Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận"),
])

# 4 ------------------------------------------------------------ central hospital giao ban, unit-subject paragraphs (PDF)
F4 = "s-tb-bvdktw-cantho-giaoban-t3.pdf"
doc(F4, "pdf-central-hospital-giao-ban-unnumbered-unit-subject-paragraphs-under-one-heading-joint-units-relative-working-days-year-less-date-title-prefixed-signer",
    "227/TB-BVĐKTWCT", "2026-04-06", "Bệnh viện Đa khoa Trung ương Cần Thơ", "Trầm Minh Nhựt", "GIÁM ĐỐC", [
    ("Phòng Kế hoạch tổng hợp", ["Phòng Điều dưỡng", "Khoa Khám bệnh"], "2026-04-20", ["trước ngày 20/4/2026"], None, "2",
     "Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Phòng Điều dưỡng, Khoa Khám bệnh"),
    ("Khoa Khám bệnh", [], None, ["vào buổi sáng thứ Hai, thứ Ba hằng tuần"], "weekly", "2",
     "Khoa Khám bệnh bố trí thêm 04 bàn khám vào buổi sáng thứ Hai"),
    ("Phòng Điều dưỡng", [], "2026-04", ["tại buổi giao ban tháng 4/2026"], None, "2",
     "Phòng Điều dưỡng kiểm tra việc thực hiện bảng kiểm an toàn phẫu thuật, chăm sóc"),
    ("Phòng Quản lý chất lượng", ["Phòng Công tác xã hội"], "2026-04-15", ["trước ngày 15/4/2026"], None, "2",
     "Phòng Quản lý chất lượng phối hợp với Phòng Công tác xã hội khảo sát"),
    ("Khoa Dược", [], None, [], None, "2",
     "Khoa Dược và Phòng Vật tư - Thiết bị y tế khẩn trương hoàn thiện"),
    ("Phòng Vật tư - Thiết bị y tế", [], None, [], None, "2",
     "Khoa Dược và Phòng Vật tư - Thiết bị y tế khẩn trương hoàn thiện"),
    ("Phòng Tài chính kế toán", ["BHXH thành phố Cần Thơ"], "2026-04-25", ["chậm nhất ngày 25/4/2026"], None, "2",
     "Phòng Tài chính kế toán phối hợp với BHXH thành phố Cần Thơ đối chiếu"),
    ("Phòng Công nghệ thông tin", [], "2026-04-20",
     ["trong vòng 10 ngày làm việc kể từ ngày ký Thông báo này"], None, "2",
     "Phòng Công nghệ thông tin hoàn thành kết nối bệnh án điện tử với Hệ thống"),
    ("Khoa Kiểm soát nhiễm khuẩn", [], None, ["vào ngày 05 hằng tháng"], "monthly", "2",
     "Khoa Kiểm soát nhiễm khuẩn giám sát việc tuân thủ vệ sinh tay tại các"),
    ("Các khoa lâm sàng", [], None, ["trong 24 giờ kể từ khi người bệnh ra viện"], None, "2",
     "Các khoa lâm sàng thực hiện nghiêm quy định về kê đơn thuốc điện tử"),
    ("Công đoàn Bệnh viện", ["Đoàn Thanh niên"], "2026-04-28", ["trước 28/4"], None, "2",
     "Đề nghị Công đoàn Bệnh viện phối hợp với Đoàn Thanh niên tổ chức Hội thao"),
])

# 5 ------------------------------------------------------------ Sở notice (PDF), "Thời gian thực hiện:" line after each task
F5 = "s-tb-sgddt-haiphong-tuyen-sinh-10.pdf"
QLT = "Phòng Quản lý thi và Kiểm định chất lượng giáo dục"
doc(F5, "pdf-department-director-conclusions-numbered-tasks-each-followed-by-italic-thoi-gian-thuc-hien-line-start-dates-and-events-beside-deadlines",
    "1164/TB-SGDĐT", "2026-03-13", "Sở Giáo dục và Đào tạo thành phố Hải Phòng", "Bùi Khắc Duy", "GIÁM ĐỐC", [
    (QLT, [], "2026-03-20", ["trước ngày 20/3/2026"], None, "1",
     "Phòng Quản lý thi và Kiểm định chất lượng giáo dục chủ trì xây dựng"),
    ("Phòng Giáo dục phổ thông", ["Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ"], "2026-04",
     ["trong tháng 4/2026"], None, "2",
     "Phòng Giáo dục phổ thông chủ trì, phối hợp với các Phòng: Kế hoạch - Tài"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-05-15", ["trước 15/5"], None, "3",
     "Phòng Kế hoạch - Tài chính bố trí kinh phí tổ chức kỳ thi từ nguồn"),
    ("Hiệu trưởng các trường THPT công lập", [], "2026-04-30", ["từ ngày 01/4/2026 đến ngày 30/4/2026"], None, "4",
     "Hiệu trưởng các trường THPT công lập tổ chức tư vấn hướng nghiệp, phân luồng"),
    ("Văn phòng Sở", [QLT], "2026-05-15", ["trước ngày 15/5/2026"], None, "5",
     "Văn phòng Sở chủ trì, phối hợp với Phòng Quản lý thi và Kiểm định"),
    (QLT, ["Công an thành phố"], "2026-06-05", ["trước ngày 05/6/2026"], None, "6",
     "Phòng Quản lý thi và Kiểm định chất lượng giáo dục phối hợp với Công an"),
    ("Các trường THPT", [], None,
     ["vào thứ Sáu hằng tuần", "từ ngày 04/5/2026 đến khi kết thúc đăng ký dự tuyển"], "weekly", "7",
     "Các trường THPT và các trung tâm giáo dục nghề nghiệp - giáo dục thường"),
    ("các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", [], None,
     ["vào thứ Sáu hằng tuần", "từ ngày 04/5/2026 đến khi kết thúc đăng ký dự tuyển"], "weekly", "7",
     "Các trường THPT và các trung tâm giáo dục nghề nghiệp - giáo dục thường"),
    ("UBND các xã, phường", ["các trường THPT trên địa bàn"], "2026-05-31", ["tháng 4 - tháng 5/2026"], None, "8",
     "Đề nghị UBND các xã, phường phối hợp với các trường THPT trên địa bàn"),
])

# 6 ------------------------------------------------------------ provincial portal article reproducing a VP notice
F6 = "s-portal-tayninh-xuat-khau-nong-san-moc-bai.html"
BQL = "Ban Quản lý Khu kinh tế tỉnh"
HQ = "Hải quan cửa khẩu quốc tế Mộc Bài"
doc(F6, "html-provincial-portal-news-article-retelling-a-vp-notice-number-in-sapo-ul-bullets-unit-subjects-breadcrumb-ngay-dang-sidebar-documents-reporter-byline-no-signer",
    "689/TB-VP", "2026-05-07", "Văn phòng UBND tỉnh Tây Ninh", None, None, [
    (SCT, [BQL, HQ], "2026-05-25", ["trước ngày 25/5/2026"], None, "",
     "Sở Công Thương chủ trì, phối hợp với Ban Quản lý Khu kinh tế tỉnh, Hải"),
    (BQL, [], "2026-07-15", ["trước 15/7"], None, "",
     "Ban Quản lý Khu kinh tế tỉnh đầu tư mở rộng bãi đỗ xe chờ"),
    (NNMT, [], "2026-09-30", ["trong quý III/2026"], None, "",
     "Sở Nông nghiệp và Môi trường hướng dẫn hợp tác xã, doanh nghiệp hoàn thiện hồ"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", [], None, [], None, "",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo các đồn biên phòng tăng cường"),
    ("Sở Tài chính", [], "2026-06", ["trong tháng 6/2026"], None, "",
     "Sở Tài chính và Sở Xây dựng thẩm định, cân đối nguồn vốn cải tạo"),
    ("Sở Xây dựng", [], "2026-06", ["trong tháng 6/2026"], None, "",
     "Sở Tài chính và Sở Xây dựng thẩm định, cân đối nguồn vốn cải tạo"),
    ("UBND các xã: Bến Cầu, Long Thuận, Phước Chỉ", [], None, ["trước ngày 25 hằng tháng"], "monthly", "",
     "UBND các xã: Bến Cầu, Long Thuận, Phước Chỉ tuyên truyền người dân không tiếp"),
    (HQ, [BQL], None, [], None, "",
     "Đề nghị Hải quan cửa khẩu quốc tế Mộc Bài kéo dài thời gian làm thủ"),
    ("Văn phòng UBND tỉnh", [], "2026-08-10", ["đầu tháng 8/2026"], None, "",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc; tham mưu UBND tỉnh tổ chức Hội nghị"),
])

# 7 ------------------------------------------------------------ special zone (đặc khu), docx-to-markdown converter output
F7 = "s-tb-ubnd-dackhu-vandon-dat-dai-nuoi-bien.md"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
CADK = "Công an đặc khu"
doc(F7, "md-converter-output-header-and-signature-in-pipe-tables-with-br-bold-topic-headings-letter-points-unit-subjects-elided-so-list-joint-giao",
    "93/TB-UBND", "2026-04-22", "UBND đặc khu Vân Đồn", "Bế Thị Thoa", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (KT, [CADK, "Đồn Biên phòng Cái Rồng"], "2026-05-15", ["trước ngày 15/5/2026"], None, "II.1.a",
     "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an đặc"),
    ("Trung tâm Phục vụ hành chính công đặc khu", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.1.b",
     "Trung tâm Phục vụ hành chính công đặc khu công khai quy trình, thời gian giải"),
    (KT, [], "2026-06-05", ["từ ngày 05/5/2026 đến ngày 05/6/2026"], None, "II.2.a",
     "Giao Phòng Kinh tế, Hạ tầng và Đô thị và Công an đặc khu thành"),
    (CADK, [], "2026-06-05", ["từ ngày 05/5/2026 đến ngày 05/6/2026"], None, "II.2.a",
     "Giao Phòng Kinh tế, Hạ tầng và Đô thị và Công an đặc khu thành"),
    ("Ban Quản lý dự án đầu tư xây dựng đặc khu", [], "2026-09", ["trong tháng 9/2026"], None, "II.2.b",
     "Ban Quản lý dự án đầu tư xây dựng đặc khu đẩy nhanh tiến độ xây"),
    (KT, ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"], "2026-09-30", ["trong quý III/2026"], None, "II.3.a",
     "Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với các Sở: Nông nghiệp"),
    ("Đồn Biên phòng Cái Rồng", [], None, ["trước ngày 20 hằng tháng"], "monthly", "II.3.b",
     "Đồn Biên phòng Cái Rồng, Đồn Biên phòng Ba Mùn tăng cường tuần tra, kiểm"),
    ("Đồn Biên phòng Ba Mùn", [], None, ["trước ngày 20 hằng tháng"], "monthly", "II.3.b",
     "Đồn Biên phòng Cái Rồng, Đồn Biên phòng Ba Mùn tăng cường tuần tra, kiểm"),
    ("Phòng Văn hóa - Xã hội", ["Ủy ban MTTQ Việt Nam đặc khu"], "2026-12-31", ["đến hết ngày 31/12/2026"], None,
     "II.3.c", "Phòng Văn hóa - Xã hội phối hợp với Ủy ban MTTQ Việt Nam đặc khu"),
    ("Văn phòng HĐND và UBND đặc khu", [], "2026-06", ["tại phiên họp thường kỳ tháng 6/2026"], None, "III",
     "Văn phòng HĐND và UBND đặc khu theo dõi, đôn đốc, tổng hợp kết quả thực"),
])

# 8 ------------------------------------------------------------ forwarded e-mail, no header, number and date in a sentence
F8 = "s-email-dhdn-giaoban-t1-fwd.txt"
doc(F8, "txt-forwarded-email-chain-two-headers-no-document-header-number-date-and-chair-in-one-sentence-paren-numbered-items-unsigned-relay",
    "61/TB-ĐHĐN", "2026-01-12", "Đại học Đà Nẵng", None, None, [
    ("Ban Đào tạo", ["Ban Khảo thí và Đảm bảo chất lượng giáo dục"], "2026-01-23",
     ["trước ngày 23/01/2026", "trước Tết Nguyên đán Bính Ngọ"], None, "1",
     "Ban Đào tạo chủ trì, phối hợp với Ban Khảo thí và Đảm bảo chất lượng"),
    ("Ban Khoa học, Công nghệ và Môi trường", [], "2026-02-27", ["hạn cuối 27/02"], None, "2",
     "Ban Khoa học, Công nghệ và Môi trường tổng hợp đề xuất đặt hàng nhiệm vụ"),
    ("Ban Cơ sở vật chất", [], "2026-01", ["trong tháng 01/2026"], None, "3",
     "Ban Cơ sở vật chất và Ban Kế hoạch - Tài chính kiểm tra an toàn"),
    ("Ban Kế hoạch - Tài chính", [], "2026-01", ["trong tháng 01/2026"], None, "3",
     "Ban Cơ sở vật chất và Ban Kế hoạch - Tài chính kiểm tra an toàn"),
    ("Thủ trưởng các đơn vị thành viên, đơn vị thuộc ĐHĐN", [], "2026-03-31",
     ["vào thứ Năm hằng tuần", "từ nay đến hết tháng 3/2026"], "weekly", "4",
     "Thủ trưởng các đơn vị thành viên, đơn vị thuộc ĐHĐN nắm tình hình sinh viên"),
    ("Trường Đại học Bách khoa", ["Trường Đại học Sư phạm Kỹ thuật"], "2026-03", ["trong tháng 3/2026"], None, "5",
     "Trường Đại học Bách khoa chủ trì, phối hợp với Trường Đại học Sư phạm Kỹ"),
    ("Ban Tổ chức cán bộ", [], "2026-03-31", ["trước 31/3"], None, "6",
     "Ban Tổ chức cán bộ tham mưu Giám đốc quy trình kiện toàn lãnh đạo các"),
    ("Văn phòng ĐHĐN", [], None, ["trước ngày 25 hằng tháng"], "monthly", "7",
     "Văn phòng ĐHĐN theo dõi, đôn đốc việc thực hiện; tổng hợp tiến độ gửi"),
])

# 9 ------------------------------------------------------------ city Công điện (txt), person titles as addressees
F9 = "s-cd-ubnd-tphcm-pccc-mua-kho-le-30-4.txt"
CA = "Giám đốc Công an Thành phố"
CTX = "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Côn Đảo"
doc(F9, "txt-cong-dien-chu-tich-ubnd-city-space-aligned-header-dien-addressee-list-person-title-headings-a-b-c-joint-titles-year-less-and-working-days",
    "16/CĐ-UBND", "2026-04-17", "UBND Thành phố Hồ Chí Minh", "Hồ Văn Tấn Lực", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (CA, [], "2026-04-30", ["trước 30/4"], None, "1.a",
     "Chỉ đạo lực lượng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
    (CA, [], "2026-05-03", ["từ ngày 25/4/2026 đến hết ngày 03/5/2026"], None, "1.b",
     "Duy trì lực lượng, phương tiện thường trực chữa cháy, cứu nạn, cứu hộ 24/24"),
    ("Giám đốc Sở Xây dựng", ["Công an Thành phố", "Tổng công ty Cấp nước Sài Gòn"], "2026-04-24",
     ["trong vòng 05 ngày làm việc kể từ ngày ký Công điện này"], None, "2",
     "Giám đốc Sở Xây dựng chủ trì, phối hợp với Công an Thành phố, Tổng công"),
    ("Giám đốc Sở Công Thương", [], None, [], None, "3",
     "Giám đốc Sở Công Thương chỉ đạo Tổng công ty Điện lực Thành phố Hồ Chí"),
    ("Giám đốc Sở Văn hóa và Thể thao", [], None, [], None, "4",
     "kiểm tra điều kiện an toàn phòng cháy, chữa cháy tại các khu vui chơi"),
    ("Giám đốc Sở Du lịch", [], None, [], None, "4",
     "kiểm tra điều kiện an toàn phòng cháy, chữa cháy tại các khu vui chơi"),
    ("Giám đốc Sở GD&ĐT", [], "2026-05", ["trong tháng 5/2026"], None, "5",
     "Giám đốc Sở GD&ĐT chỉ đạo các cơ sở giáo dục tổ chức diễn tập phương"),
    (CTX, ["Công an cấp xã"], "2026-06-15", ["trước ngày 15/6/2026"], None, "6.a",
     "Chủ trì, phối hợp với Công an cấp xã kiểm tra 100% hộ gia đình kết"),
    (CTX, [], None, ["trước ngày 25 hằng tháng"], "monthly", "6.b",
     "Thống kê, báo cáo số vụ cháy, thiệt hại trên địa bàn về Công an Thành"),
    (CTX, [], None, [], None, "6.c",
     "Phát huy hiệu quả mô hình \"Tổ liên gia an toàn phòng cháy, chữa cháy\" và"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", [], None, [], None, "7",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố và các tổ chức"),
    ("các tổ chức chính trị - xã hội Thành phố", [], None, [], None, "7",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố và các tổ chức"),
    ("Các cơ quan báo chí Thành phố", [], None, [], None, "8",
     "Các cơ quan báo chí Thành phố tăng cường thông tin, tuyên truyền, phổ biến kỹ"),
    ("Văn phòng Ủy ban nhân dân Thành phố", [], None, [], None, "9",
     "Văn phòng Ủy ban nhân dân Thành phố theo dõi, đôn đốc; kịp thời báo cáo"),
], doc_type="CÔNG ĐIỆN")


# Questions ---------------------------------------------------------------------------------------------------------
# 1 Bộ Y tế
q("Theo Thông báo 341/TB-BYT, Cục Quản lý Khám, chữa bệnh phải trình Bộ trưởng dự thảo Thông tư về chức năng, nhiệm vụ của trạm y tế xã chậm nhất ngày nào?",
  F1, ["20/3/2026"], ["vi", "deadline"])
q("In the Ministry of Health's conclusions on commune health stations, which units must the Planning and Finance Department work with to compile equipment needs, and what is the deadline?",
  F1, ["Cục Quản lý Khám, chữa bệnh", "Vụ Tổ chức cán bộ", "15/3/2026"], ["en", "coordinators", "deadline"])
q("Thong bao ket luan cua Bo truong Bo Y te ve nang cao nang luc tram y te xa do ai ky va ky ngay nao?",
  F1, ["Hứa Ngọc Diệp", "27 tháng 02 năm 2026"], ["vi-noaccent", "signer", "date"])
# 2 UBND tỉnh Ninh Bình
q("Ở Ninh Bình, cơ quan nào chủ trì đưa trạm xử lý nước thải Cụm công nghiệp làng nghề Tống Xá vào vận hành, xã nào phối hợp và hạn hoàn thành là khi nào?",
  F2, ["Sở Công Thương", "UBND xã Ý Yên", "Quý III/2026"], ["vi", "who", "coordinators", "deadline"])
q("Which two Ninh Bình departments are jointly asked to propose funding and staff positions for environmental officers in craft-village communes, and by when?",
  F2, ["Sở Tài chính", "Sở Nội vụ", "Quý II/2026"], ["en", "who", "deadline"])
q("Han xay dung co so du lieu lang nghe tich hop tren nen tang so cua tinh Ninh Binh la bao lau?",
  F2, ["45 ngày"], ["vi-noaccent", "deadline"])
q("Văn phòng UBND tỉnh Ninh Bình phải báo cáo Phó Chủ tịch kết quả xử lý ô nhiễm làng nghề vào thời điểm nào?",
  F2, ["đầu tháng 12/2026"], ["vi", "deadline"])
# 3 Tỉnh ủy Lai Châu
q("Theo Thông báo 239-TB/TU, Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu phối hợp với những cơ quan nào khi tuyên truyền Nghị quyết 68 và phải báo cáo Ban Thường vụ bao lâu một lần?",
  F3, ["Ủy ban MTTQ Việt Nam tỉnh", "Hội Doanh nghiệp tỉnh", "6 tháng"], ["vi", "coordinators", "recurring"])
q("By what date must the Lai Châu Party Organisation Board advise on reorganising the steering committee for Resolution 68?",
  F3, ["30/4/2026"], ["en", "deadline"])
q("Ai ky thong bao ket luan cua Ban Thuong vu Tinh uy Lai Chau ve phat trien kinh te tu nhan, voi chuc danh gi?",
  F3, ["Lò Văn Khiêm", "PHÓ BÍ THƯ"], ["vi-noaccent", "signer"])
# 4 Bệnh viện Đa khoa Trung ương Cần Thơ
q("Phòng Công nghệ thông tin của Bệnh viện Đa khoa Trung ương Cần Thơ có bao lâu để kết nối bệnh án điện tử với hệ thống giám định BHYT?",
  F4, ["10 ngày làm việc"], ["vi", "deadline"])
q("At Can Tho Central General Hospital, who does the Quality Management Department work with on the patient satisfaction survey, and when is it due?",
  F4, ["Phòng Công tác xã hội", "15/4/2026"], ["en", "coordinators", "deadline"])
q("Khoa Kiem soat nhiem khuan benh vien Can Tho cong bo ty le tuan thu ve sinh tay cua cac khoa vao luc nao?",
  F4, ["ngày 05 hằng tháng"], ["vi-noaccent", "recurring"])
q("Công đoàn Bệnh viện Đa khoa Trung ương Cần Thơ tổ chức Hội thao cùng với ai và phải xong trước ngày nào?",
  F4, ["Đoàn Thanh niên", "28/4"], ["vi", "coordinators", "deadline"])
# 5 Sở GD&ĐT Hải Phòng
q("Sở GD&ĐT Hải Phòng yêu cầu chạy thử hệ thống đăng ký dự tuyển lớp 10 trực tuyến trước ngày nào?",
  F5, ["15/5/2026"], ["vi", "deadline"])
q("Which offices must Hai Phong education department's general-education office coordinate with when reviewing each public high school's grade-10 quota?",
  F5, ["Kế hoạch - Tài chính", "Tổ chức cán bộ"], ["en", "coordinators"])
q("Ky thi tuyen sinh lop 10 nam hoc 2026 - 2027 cua Hai Phong du kien to chuc vao nhung ngay nao?",
  F5, ["10 và 11/6/2026"], ["vi-noaccent", "date", "what"])
# 6 Cổng TTĐT Tây Ninh
q("Theo Thông báo 689/TB-VP, Ban Quản lý Khu kinh tế tỉnh Tây Ninh phải đưa bãi đỗ xe chờ xuất khẩu mở rộng vào sử dụng trước ngày nào?",
  F6, ["15/7"], ["vi", "deadline"])
q("How much were farm exports through Tây Ninh's two international border gates worth in the first four months of 2026?",
  F6, ["312 triệu USD"], ["en", "amount"])
q("Sở Công Thương Tây Ninh làm phương án điều tiết nông sản qua cửa khẩu mùa thu hoạch cùng những đơn vị nào, hạn chót ra sao?",
  F6, ["Ban Quản lý Khu kinh tế tỉnh", "Hải quan cửa khẩu quốc tế Mộc Bài", "25/5/2026"], ["vi", "coordinators", "deadline"])
# 7 UBND đặc khu Vân Đồn
q("Đặc khu Vân Đồn giao Phòng Kinh tế, Hạ tầng và Đô thị trình phương án giao khu vực biển cho nuôi trồng thủy sản khi nào, phối hợp với những sở nào?",
  F7, ["quý III/2026", "Nông nghiệp và Môi trường", "Xây dựng"], ["vi", "deadline", "coordinators"])
q("Dac khu Van Don con bao nhieu ho so dat dai ton dong va phai giai quyet dut diem truoc ngay nao?",
  F7, ["137", "30/6/2026"], ["vi-noaccent", "amount", "deadline"])
q("Between which dates must Vân Đồn's inter-agency inspection team deal with illegal construction on farmland?",
  F7, ["05/5/2026", "05/6/2026"], ["en", "deadline"])
# 8 Đại học Đà Nẵng (e-mail)
q("Theo Thông báo 61/TB-ĐHĐN, Ban Đào tạo phải trình Giám đốc Đề án tuyển sinh đại học chính quy năm 2026 trước ngày nào?",
  F8, ["23/01/2026"], ["vi", "deadline"])
q("What is the deadline for the University of Danang's science and technology office to gather proposals for 2027 ministry-level research tasks?",
  F8, ["27/02"], ["en", "deadline"])
q("Cac don vi thuoc Dai hoc Da Nang bao cao tinh hinh sinh vien o lai ky tuc xa dip Tet vao ngay nao trong tuan?",
  F8, ["thứ Năm hằng tuần"], ["vi-noaccent", "recurring"])
# 9 Công điện UBND TP.HCM
q("Công điện 16/CĐ-UBND của TP Hồ Chí Minh cho Sở Xây dựng bao nhiêu thời gian để báo cáo kết quả rà soát trụ nước chữa cháy?",
  F9, ["05 ngày làm việc"], ["vi", "deadline"])
q("Under Ho Chi Minh City's dispatch 16/CĐ-UBND, by what date must the city police finish the fire-safety sweep of karaoke bars, boarding houses and mini-apartments?",
  F9, ["30/4"], ["en", "deadline"])
# unanswerable ------------------------------------------------------------------------------------------------------
q("Theo thông báo kết luận của UBND tỉnh Nam Định về ô nhiễm làng nghề, Sở Công Thương phải hoàn thành trạm xử lý nước thải Cụm công nghiệp Tống Xá khi nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("Who signed notice 689/TB-VP of the Tây Ninh provincial People's Committee Office on farm exports through Mộc Bài?",
  None, [], ["en", "signer", "unanswerable"])
q("Bo Y te giao Vu Phap che trinh du thao Luat Kham benh, chua benh sua doi truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("In Đồng Nai's dispatch on fire prevention for the 30 April holiday, by when must the provincial police finish inspecting karaoke bars?",
  None, [], ["en", "deadline", "unanswerable"])
q("When will Hai Phong hold the grade-10 entrance exam for the 2027-2028 school year?",
  None, [], ["en", "date", "unanswerable"])
q("Bệnh viện Đa khoa Trung ương Cần Thơ giao Khoa Phục hồi chức năng nhiệm vụ gì trong tháng 4/2026?",
  None, [], ["vi", "what", "unanswerable"])
q("Ban Thuong vu Tinh uy Dien Bien giao Ban Tuyen giao va Dan van nhiem vu gi trong ket luan ve Nghi quyet 68?",
  None, [], ["vi-noaccent", "what", "unanswerable"])
q("How much money did the University of Danang set aside for fire-safety repairs in its dormitories?",
  None, [], ["en", "amount", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
