"""Gold and questions for batch ac (all split dev), written by hand from the document text alone.
Writes gold/ac.jsonl and questions/ac.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/ac-src/gold_ac.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("ac")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------- ministry: a Deputy Minister's conclusions, "II-" parts, "1/" units, e-signature (pdf)
F1 = "ac-tb-bng-thu-truong-lanh-su-gach-cheo-ky-so.pdf"
CLS, UBNN = "Cục Lãnh sự", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài"
CQDD = "Các cơ quan đại diện Việt Nam ở nước ngoài"
doc(F1, "pdf-ministry-deputy-minister-conclusions-e-signature-stamp-first-roman-dash-parts-slash-numbered-units-bold-run-in-unit-subjects-dash-bullets-under-unit-colon-deadline-in-parentheses-weekly-window-item-cut-by-page-break",
    "318/TB-BNG", "2026-05-22", "Bộ Ngoại giao", "Khuất Duy Tân", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (CLS, ["Trung tâm Thông tin và Chuyển đổi số"], "2026-06-25", ["trước ngày 25/6/2026"], None, "II.1",
     "Chủ trì, phối hợp với Trung tâm Thông tin và Chuyển đổi số nâng cấp"),
    (CLS, [], "2026-07", ["trong tháng 7/2026"], None, "II.1",
     "Xây dựng dự thảo Thông tư hướng dẫn chứng nhận lãnh sự, hợp pháp hóa"),
    (CLS, [UBNN], "2026-06-15", ["trước 15/6"], None, "II.1",
     "Phối hợp với Ủy ban Nhà nước về người Việt Nam ở nước ngoài"),
    (CLS, [], "2026-08-31", ["vào thứ Sáu hằng tuần", "từ ngày 01/6/2026 đến ngày 31/8/2026"], "weekly", "II.1",
     "Duy trì đường dây nóng bảo hộ công dân 24/7; tổng hợp tình hình"),
    ("Cục Ngoại vụ", [], "2026-09-30", ["trong quý III/2026"], None, "II.2",
     "Cục Ngoại vụ hướng dẫn Văn phòng Ủy ban nhân dân các tỉnh, thành phố"),
    (UBNN, [CLS], None, [], None, "II.3.a",
     "Phối hợp với Cục Lãnh sự cập nhật thông tin về cộng đồng người"),
    (UBNN, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.3.b",
     "Chủ trì tổ chức Trại hè Việt Nam năm 2026 cho thanh thiếu niên"),
    ("Cục Quản trị Tài vụ", [], None, ["định kỳ hằng quý"], "quarterly", "II.4",
     "Cục Quản trị Tài vụ bố trí kinh phí nâng cấp Cổng dịch vụ công"),
    ("Vụ Tổ chức cán bộ", [], "2026-06", ["trong tháng 6/2026"], None, "II.5",
     "Giao Vụ Tổ chức cán bộ rà soát, bố trí đủ cán bộ lãnh sự"),
    (CQDD, [], None, [], None, "II.6",
     "Chủ động nắm tình hình, kịp thời triển khai biện pháp bảo hộ khi"),
    (CQDD, [], "2026-09-30", ["chậm nhất ngày 30/9/2026"], None, "II.6",
     "Hoàn thành việc chuyển sang tiếp nhận hồ sơ hợp pháp hóa lãnh sự"),
    ("Cục Quản lý xuất nhập cảnh", [CLS], "2026", ["trong năm 2026"], None, "II.7",
     "Đề nghị Cục Quản lý xuất nhập cảnh (Bộ Công an) phối hợp với"),
    ("Văn phòng Bộ", [], "2026-09", ["tại cuộc họp giao ban Bộ tháng 9/2026"], None, "II.8",
     "Văn phòng Bộ theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp"),
])

# 2 ------------------------ provincial office: Vice-Chairman's conclusions, task table with "Chủ trì:/phối hợp:" (docx)
F2 = "ac-tb-vp-camau-tap-chat-tom-o-don-vi-thuc-hien.docx"
NNMT = "Sở Nông nghiệp và Môi trường"
doc(F2, "docx-provincial-office-issuer-under-parent-vice-chairman-conclusions-task-table-stt-nhiem-vu-don-vi-thuc-hien-chu-tri-phoi-hop-labels-in-one-cell-thoi-han-ghi-chu-columns-group-rows-monthly-in-note-column",
    "1207/TB-VP", "2026-06-08", "Văn phòng UBND tỉnh Cà Mau", "Diệp Thanh Liêm",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    (NNMT, ["Công an tỉnh", "Sở Công Thương"], "2026-06-20", ["Trước ngày 20/6/2026", "thường xuyên"], None, "2.1",
     "Thành lập 05 tổ kiểm tra liên ngành, kiểm tra đột xuất các cơ sở"),
    ("Công an tỉnh", [], None, ["Thường xuyên", "hằng tháng"], "monthly", "2.2",
     "Điều tra, xử lý nghiêm các đường dây thu gom, đưa tạp chất"),
    ("Sở Công Thương", [], "2026-09-30", ["Quý III/2026"], None, "2.3",
     "Kiểm tra hoạt động kinh doanh, vận chuyển hóa chất, phụ gia có thể"),
    ("Chi cục Quản lý chất lượng nông lâm sản và thủy sản", [], None,
     ["Định kỳ 02 lần/tháng", "trước ngày 05 tháng sau"], "monthly", "2.4",
     "Lấy mẫu kiểm nghiệm tạp chất tại cơ sở thu mua, doanh nghiệp chế biến"),
    ("Sở Tư pháp", [NNMT], "2026-07", ["Tháng 7/2026"], None, "2.5",
     "Rà soát, tham mưu sửa đổi Quyết định quy định về phối hợp kiểm soát"),
    ("UBND các xã: Gành Hào, Cái Đôi Vàm, Sông Đốc, Đông Hải", [], "2026-06-30", ["Trước ngày 30/6/2026"], None, "2.6",
     "Tổ chức cho 100% cơ sở thu mua, nậu vựa trên địa bàn ký"),
    ("Báo và Phát thanh, Truyền hình Cà Mau", [], "2026-12-31", ["Từ tháng 6/2026 đến hết tháng 12/2026"], "monthly",
     "2.7", 'Xây dựng chuyên mục "Nói không với tôm bơm tạp chất", phát sóng'),
    ("Hội Nghề cá tỉnh", [NNMT], "2026-08-15", ["Chậm nhất ngày 15/8/2026"], None, "2.8",
     "Vận động hội viên, doanh nghiệp chế biến từ chối thu mua tôm có"),
    (NNMT, [], "2026-12-15", ["trước ngày 15/12/2026"], None, "3",
     "Giao Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, đôn đốc"),
])

# 3 --------------------------- party: Thường trực Tỉnh ủy conclusions, no "I." heading, "-" and "+" bullets (docx)
F3 = "ac-tb-ttr-tinhuy-caobang-non-nuoc-thieu-muc-i-dau-cong.docx"
DU = "Đảng ủy Ủy ban nhân dân tỉnh"
doc(F3, "docx-party-thuong-truc-tinh-uy-ket-luan-party-header-number-under-asterisk-unnumbered-assessment-missing-part-i-part-ii-dash-bullets-plus-sub-bullets-umbrella-dang-uy-ubnd-deadlines-in-parentheses-yearless-tl-ban-thuong-vu",
    "645-TB/TU", "2026-03-18", "Tỉnh ủy Cao Bằng", "Hà Văn Thịnh", "T/L BAN THƯỜNG VỤ / PHÓ CHÁNH VĂN PHÒNG", [
    (DU, [], "2026-04-30", ["trước ngày 30/4/2026"], None, "II",
     "Hoàn thiện hồ sơ tái thẩm định danh hiệu Công viên địa chất toàn cầu"),
    (DU, [], "2026-06-30", ["trước 30/6"], None, "II",
     "Rà soát, xử lý dứt điểm các công trình xây dựng trái phép trong vùng"),
    (DU, [], "2026-09-30", ["trong quý III/2026"], None, "II",
     "Chỉ đạo Sở Văn hóa, Thể thao và Du lịch xây dựng ít nhất 03"),
    (DU, [], None, [], None, "II",
     "Ưu tiên bố trí nguồn lực đầu tư hạ tầng giao thông kết nối đến"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", [DU], "2026-05", ["trong tháng 5/2026"], None, "II",
     "Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với"),
    ("Ban Thường vụ Đảng ủy các xã: Đàm Thủy, Trùng Khánh, Quảng Uyên, Nguyên Bình", [], "2026-06-30",
     ["trong quý II/2026", "mỗi quý"], "quarterly", "II",
     "Ban Thường vụ Đảng ủy các xã: Đàm Thủy, Trùng Khánh, Quảng Uyên, Nguyên Bình"),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], "2026-08-31", ["từ ngày 01/6 đến ngày 31/8/2026"], None,
     "II", "Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo"),
    ("Báo và Phát thanh, Truyền hình Cao Bằng", [], None, ["vào tối thứ Bảy hằng tuần"], "weekly", "II",
     "Báo và Phát thanh, Truyền hình Cao Bằng mở chuyên mục"),
    ("Ủy ban Kiểm tra Tỉnh ủy", ["Ban Tổ chức Tỉnh ủy"], "2026-12-31", ["trong quý IV/2026"], None, "II",
     "Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức"),
    ("Văn phòng Tỉnh ủy", [], None, ["định kỳ 6 tháng"], "half_yearly", "II",
     "Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này"),
])

# 4 ------------------ hospital: plain-text e-office copy, "1-" items that skip 4, heading and first point on one line (txt)
F4 = "ac-tb-bvdk-vinhlong-giaoban-t5-so-gach-ngang-lech.txt"
KHTH, KLS = "Phòng Kế hoạch tổng hợp", "Các khoa lâm sàng"
A6 = "Khoa Hồi sức tích cực - Chống độc và Khoa Cấp cứu xây dựng"
doc(F4, "txt-hospital-giao-ban-eoffice-plain-text-roman-dash-parts-dash-numbered-items-skipping-4-unit-colon-heading-and-point-a-on-one-line-deadlines-in-parentheses-joint-khoa-yearless-month-pair-tl-truong-phong",
    "612/TB-BVĐK", "2026-06-09", "Bệnh viện Đa khoa tỉnh Vĩnh Long", "Kim Thị Sô Phia",
    "TL. GIÁM ĐỐC / TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP", [
    (KHTH, [], "2026-06-15", ["trước ngày 15/6/2026"], None, "II.1.a",
     "Chủ trì rà soát quy trình khám bệnh, bố trí thêm 04 bàn khám"),
    (KHTH, [], None, ["tại giao ban hằng tuần (sáng thứ Hai)"], "weekly", "II.1.b",
     "Kiểm tra hồ sơ bệnh án ra viện của các khoa lâm sàng, công"),
    (KHTH, ["Phòng Công nghệ thông tin"], "2026-06-30", ["chậm nhất ngày 30/6/2026"], None, "II.1.c",
     "Phối hợp với Phòng Công nghệ thông tin hoàn thành kết nối bệnh án"),
    ("Phòng Tài chính kế toán", ["Phòng Vật tư - Thiết bị y tế"], "2026-09-30", ["trong quý III/2026"], None, "II.2",
     "Phòng Tài chính kế toán phối hợp với Phòng Vật tư - Thiết bị"),
    ("Phòng Điều dưỡng", [], "2026-06-20", ["xong trước 20/6"], None, "II.3",
     "Phòng Điều dưỡng: tổ chức tập huấn kỹ năng giao tiếp, ứng xử cho"),
    ("Khoa Dược", ["Hội đồng Thuốc và điều trị"], "2026-06", ["trong tháng 6/2026", "trước ngày 05 hằng tháng"],
     "monthly", "II.5", "Khoa Dược: phối hợp với Hội đồng Thuốc và điều trị rà soát"),
    ("Khoa Hồi sức tích cực - Chống độc", [], "2026-06-25", ["trước ngày 25/6/2026"], None, "II.6", A6),
    ("Khoa Cấp cứu", [], "2026-06-25", ["trước ngày 25/6/2026"], None, "II.6", A6),
    (KLS, [], "2026-06", ["tại giao ban tháng 6/2026"], None, "II.7",
     "Chỉ định xét nghiệm, chẩn đoán hình ảnh đúng quy định, không lạm dụng"),
    (KLS, [], None, ["trong vòng 24 giờ sau khi người bệnh ra viện"], None, "II.7",
     "Hoàn thiện hồ sơ bệnh án trong vòng 24 giờ sau khi người bệnh"),
    ("Khoa Kiểm soát nhiễm khuẩn", [], None, ["mỗi tháng ít nhất 02 lần"], "monthly", "II.8",
     "Khoa Kiểm soát nhiễm khuẩn giám sát tuân thủ vệ sinh tay tại các"),
    ("Phòng Công tác xã hội", ["Khoa Khám bệnh"], "2026-07-31", ["trong tháng 6 và tháng 7/2026"], None, "II.9",
     "Phòng Công tác xã hội phối hợp với Khoa Khám bệnh bố trí nhân"),
])

# 5 ----------------- university: bold run-in "2.1. Unit:" labels, a comma-joined joint subject, two-line signer title (docx)
F5 = "ac-tb-dhhungvuong-giaoban-t6-run-in-dam-hai-dong-ky.docx"
TTTS, TCHC = "Trung tâm Tuyển sinh và Truyền thông", "Phòng Tổ chức - Hành chính"
A24 = "tổ chức tiếp nhận sinh viên ở ký túc xá trong dịp hè; kiểm"
doc(F5, "docx-university-giao-ban-bold-run-in-numbered-unit-labels-with-and-without-colon-bold-heading-with-letter-points-comma-joined-joint-subject-with-va-inside-a-name-first-week-of-month-event-date-signer-title-over-two-lines",
    "874/TB-ĐHHV", "2026-06-12", "Trường Đại học Hùng Vương", "Hà Thị Mỹ Duyên",
    "TL. HIỆU TRƯỞNG / KT. TRƯỞNG PHÒNG / TỔ CHỨC - HÀNH CHÍNH / PHÓ TRƯỞNG PHÒNG", [
    ("Phòng Đào tạo", [], "2026-07-10", ["chậm nhất ngày 10/7/2026"], None, "2.1",
     "hoàn thành xếp thời khóa biểu học kỳ 1 năm học 2026 - 2027"),
    ("Phòng Khảo thí và Đảm bảo chất lượng", ["các khoa"], "2026-07-15", ["trước ngày 15 tháng 7 năm 2026"], None,
     "2.2", "chủ trì, phối hợp với các khoa hoàn thiện hồ sơ tự đánh giá"),
    (TTTS, [], "2026-06-20", ["xong trước 20/6"], None, "2.3.a",
     "Tổ chức tư vấn tuyển sinh trực tiếp tại 18 trường THPT trên địa"),
    (TTTS, [], None, ["trước 16 giờ thứ Sáu hằng tuần"], "weekly", "2.3.b",
     "Cập nhật số liệu đăng ký xét tuyển, báo cáo Hiệu trưởng trước 16"),
    ("Phòng Công tác chính trị và Học sinh sinh viên", [], "2026-07-07", ["trong tuần đầu tháng 7/2026"], None, "2.4",
     A24),
    ("Phòng Quản trị - Đời sống", [], "2026-07-07", ["trong tuần đầu tháng 7/2026"], None, "2.4", A24),
    ("Phòng Khoa học công nghệ và Hợp tác quốc tế", [], "2026-07-31", ["xong trước ngày 31/7/2026"], None, "2.5",
     "đôn đốc chủ nhiệm 09 đề tài cấp cơ sở quá hạn nộp báo"),
    ("Các khoa", [], None, ["chậm nhất 07 ngày sau ngày thi"], None, "2.6",
     "nhập điểm thi kết thúc học phần học kỳ 2 lên phần mềm quản"),
    (TCHC, [], "2026-06-26", ["trước 17h00 ngày 26/6/2026"], None, "2.7",
     "Giao Phòng Tổ chức - Hành chính hướng dẫn các đơn vị đánh giá, xếp"),
    ("Trung tâm Thông tin - Thư viện", [], "2026-09-30", ["trong quý III/2026", "hằng tháng"], "monthly", "2.8",
     "số hóa 1.200 luận văn, khóa luận tốt nghiệp giai đoạn 2015 - 2025"),
    ("Khoa Kinh tế và Quản trị kinh doanh", [TTTS], "2026-06-27", ["vào ngày 27/6/2026"], None, "2.9",
     "phối hợp với Trung tâm Tuyển sinh và Truyền thông tổ chức Ngày hội"),
    (TCHC, [], "2026-07", ["tại cuộc họp giao ban tháng 7/2026"], None, "3",
     "Phòng Tổ chức - Hành chính theo dõi, tổng hợp kết quả thực hiện, báo"),
])

# 6 ------------------ provincial portal: sapo with number/date, "N - <strong>Unit</strong>" paragraphs, <em>(deadline)</em> (html)
F6 = "ac-portal-laocai-ruong-bac-thang-mu-cang-chai-strong-ngoac.html"
XA = "UBND các xã: Mù Cang Chải, Khao Mang, Chế Tạo, Púng Luông"
doc(F6, "html-provincial-portal-article-sapo-number-date-issuer-p-paragraphs-number-dash-strong-unit-run-in-italic-deadlines-in-parentheses-strong-umbrella-elided-xa-list-with-dash-paragraphs-weekend-window-bold-number-only-de-nghi-no-signer",
    "1885/TB-VPUBND", "2026-05-26", "Văn phòng UBND tỉnh Lào Cai", None, None, [
    ("Sở Văn hóa, Thể thao và Du lịch", ["UBND xã Mù Cang Chải"], "2026-06-15", ["trước ngày 15/6/2026"], None, "1",
     "chủ trì, phối hợp với UBND xã Mù Cang Chải xây dựng kế hoạch tổ"),
    ("Sở Xây dựng", [], "2026-07-31", ["trước 31/7"], None, "2",
     "kiểm tra, lắp đặt bổ sung biển báo, hộ lan tôn sóng tại các"),
    ("Công an tỉnh", [], "2026-10-31", ["vào các ngày cuối tuần", "từ tháng 9 đến hết tháng 10/2026"], "weekly", "3",
     "xây dựng, triển khai phương án phân luồng, điều tiết giao thông qua đèo"),
    (XA, [], "2026-07-31", ["xong trước ngày 31/7/2026"], None, "4",
     "Vận động người dân giữ nguyên hiện trạng ruộng bậc thang, không tự ý"),
    (XA, [], None, ["vào sáng Chủ nhật hằng tuần"], "weekly", "4",
     "Tổ chức vệ sinh môi trường tại các điểm ngắm cảnh vào sáng Chủ"),
    (NNMT, [], "2026-08-31", ["vào tuần cuối tháng 8/2026"], None, "5",
     "hướng dẫn các xã hỗ trợ người dân giữ nước, chăm sóc lúa, bảo"),
    ("Sở Y tế", [], None, [], None, "6",
     "chỉ đạo Trung tâm Y tế khu vực Mù Cang Chải bố trí tổ cấp"),
    ("Câu lạc bộ Dù lượn Mù Cang Chải", [], "2026-08-31", ["chậm nhất ngày 31/8/2026"], None, "7",
     "Đề nghị Câu lạc bộ Dù lượn Mù Cang Chải rà soát, kiểm định thiết"),
    ("Văn phòng UBND tỉnh", [], "2026-09-10", ["trước ngày 10/9/2026"], None, "8",
     "theo dõi, đôn đốc; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày"),
])

# 7 ------------- Sở: Word converted to markdown (__bold__, header table flattened, _Hlk bookmark anchors, "1\.") (md)
F7 = "ac-tb-snnmt-dongnai-eudr-word-md-gach-duoi-neo.md"
CCTT, VPDK, TTKN = "Chi cục Trồng trọt và Bảo vệ thực vật", "Văn phòng Đăng ký đất đai", "Trung tâm Khuyến nông"
doc(F7, "md-word-converted-underscore-bold-header-table-flattened-into-paragraphs-hlk-bookmark-anchors-before-items-escaped-numbers-and-dashes-umbrella-without-colon-de-nghi-elided-xa-list-directed-unit-partner-date-in-words",
    "2147/TB-SNNMT", "2026-05-29", "Sở Nông nghiệp và Môi trường tỉnh Đồng Nai", "Trịnh Thị Khánh Ly",
    "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (CCTT, ["Chi cục Kiểm lâm"], "2026-09-30", ["trước ngày 30/9/2026", "mỗi tháng"], "monthly", "II.1",
     "Chi cục Trồng trọt và Bảo vệ thực vật chủ trì, phối hợp với Chi"),
    ("Chi cục Kiểm lâm", [], "2026-06", ["trong tháng 6/2026"], None, "II.2",
     "Chi cục Kiểm lâm cung cấp dữ liệu hiện trạng rừng, kết quả theo dõi"),
    (VPDK, [], None, ["trước ngày 15 hằng tháng"], "monthly", "II.3",
     "Văn phòng Đăng ký đất đai rà soát, ưu tiên cấp giấy chứng nhận quyền"),
    (TTKN, [], "2026-08-31", ["trước 31/8"], None, "II.4",
     "Tổ chức 12 lớp tập huấn về truy xuất nguồn gốc, ghi chép nhật"),
    (TTKN, [], "2026", ["trong năm 2026"], None, "II.4",
     "Xây dựng 03 mô hình liên kết sản xuất điều đạt chứng nhận bền"),
    ("UBND các xã: Bù Gia Mập, Đak Ơ, Phú Nghĩa, Lộc Ninh", [], "2026-07-31", ["chậm nhất ngày 31/7/2026"], None,
     "II.5", "Đề nghị UBND các xã: Bù Gia Mập, Đak Ơ, Phú Nghĩa, Lộc"),
    ("Vườn quốc gia Bù Gia Mập", [], None, ["định kỳ hằng quý"], "quarterly", "II.6",
     "Vườn quốc gia Bù Gia Mập tăng cường tuần tra, ngăn chặn phá rừng"),
    ("Phòng Quản lý đất đai", [VPDK], "2026-06-30", ["trước ngày 30 tháng 6 năm 2026"], None, "II.7",
     "Phòng Quản lý đất đai phối hợp với Văn phòng Đăng ký đất đai tham"),
    ("Văn phòng Sở", [], "2026-07", ["tại cuộc họp giao ban Sở tháng 7/2026"], None, "II.8",
     "Văn phòng Sở theo dõi, đôn đốc; tổng hợp kết quả thực hiện báo"),
])

# 8 -------- e-mail: raw Outlook message, format=flowed soft wraps, "-----Thư gốc-----" with the notice pasted (txt)
F8 = "ac-email-outlook-fw-thongke-hatinh-tdtkt-flowed.txt"
PTH, PTT, TKV = "Phòng Tổng hợp", "Phòng Thu thập thông tin thống kê", "Các Tổ Thống kê khu vực"
doc(F8, "txt-raw-eml-outlook-forward-encoded-headers-format-flowed-trailing-space-wraps-forwarder-note-not-task-vietnamese-thu-goc-block-flattened-header-number-and-date-one-line-weekly-window-dated-plus-monthly",
    "87/TB-TKHT", "2026-06-16", "Thống kê tỉnh Hà Tĩnh", "Võ Thị Ngọc Sương",
    "KT. TRƯỞNG THỐNG KÊ TỈNH / PHÓ TRƯỞNG THỐNG KÊ TỈNH", [
    (PTH, [PTT], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.1",
     "Phòng Tổng hợp chủ trì, phối hợp với Phòng Thu thập thông tin thống"),
    (PTT, [], "2026-07", ["trong tháng 7/2026"], None, "II.2",
     "Tổ chức tập huấn nghiệp vụ cho điều tra viên, giám sát viên Tổng"),
    (PTT, [], "2026-09-30", ["trong quý III/2026"], None, "II.2",
     "Đôn đốc doanh nghiệp nộp báo cáo thống kê trực tuyến, phấn đấu đạt"),
    (TKV, [], "2026-07-10", ["chậm nhất ngày 10/7/2026"], None, "II.3",
     "Các Tổ Thống kê khu vực rà soát, cập nhật bảng kê cơ sở sản"),
    ("Văn phòng", [], "2026-07-15", ["trước 15/7"], None, "II.4",
     "Văn phòng bố trí kinh phí, in ấn phiếu điều tra, tài liệu hướng"),
    (TKV, ["UBND các xã, phường"], "2026-09-30",
     ["vào 16 giờ thứ Sáu hằng tuần", "từ ngày 01/8 đến ngày 30/9/2026"], "weekly", "II.5",
     "Các Tổ Thống kê khu vực phối hợp với UBND các xã, phường tuyển"),
    ("UBND các xã, phường", [], "2026-07-20", ["trước ngày 20/7/2026"], None, "II.6",
     "Đề nghị UBND các xã, phường thành lập Ban Chỉ đạo Tổng điều tra"),
    (PTH, [], "2026-12-31", ["trong quý IV/2026", "hằng tháng", "trước ngày 06 của tháng sau"], "monthly", "II.7",
     "Phòng Tổng hợp biên soạn Niên giám thống kê cấp xã năm 2025 theo"),
    ("Văn phòng", [], "2026-09", ["tại cuộc họp giao ban tháng 9/2026"], None, "II.8",
     "Văn phòng theo dõi, đôn đốc; tổng hợp kết quả báo cáo Trưởng Thống"),
])

# 9 ------------------ biên bản of an HĐND supervision team: two-column header and signatures, PDF text layer (pdf)
F9 = "ac-bb-ktns-hdnd-thanhhoa-giam-sat-xa-ngason-hai-cot.pdf"
NS = "UBND xã Nga Sơn"
doc(F9, "pdf-bien-ban-hdnd-supervision-team-three-line-issuer-two-column-header-and-signatures-chair-right-commune-left-secretary-below-conclusions-de-nghi-heading-doi-voi-letters-ban-own-promise-not-task-yearless-across-page-break",
    "14/BB-ĐGS", "2026-04-23", "Đoàn giám sát Ban Kinh tế - Ngân sách HĐND tỉnh Thanh Hóa", "Lưu Đức Thắng",
    "TM. ĐOÀN GIÁM SÁT / TRƯỞNG ĐOÀN", [
    (NS, [], "2026-05-31", ["trước ngày 31/5/2026"], None, "III.1.a",
     "Lập danh mục, xác định rõ nguồn vốn và lộ trình trả nợ đọng"),
    (NS, [], "2026-09-30", ["trong quý III/2026"], None, "III.1.b",
     "Hoàn thiện hồ sơ quyết toán 07 công trình đã hoàn thành, bàn giao đưa"),
    (NS, [], "2026", ["trong năm 2026"], None, "III.1.c",
     "Xây dựng phương án khai thác, quản lý chợ Nga Sơn và các nhà"),
    (NS, [], None, ["định kỳ 6 tháng"], "half_yearly", "III.1.d",
     "Công khai tình hình huy động, sử dụng vốn đóng góp của nhân dân"),
    (NNMT, [], "2026-06-30", ["trước 30/6"], None, "III.2",
     "Đề nghị Sở Nông nghiệp và Môi trường hướng dẫn bộ tiêu chí xã nông"),
    ("Sở Tài chính", [NNMT], "2026-08", ["trong tháng 8/2026"], None, "III.3",
     "Đề nghị Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và"),
], doc_type="BIÊN BẢN")

# 10 --------------- ward: text pasted from a PDF, task table flattened cell by cell, a row cut by the page break (txt)
F10 = "ac-tb-ubnd-phuong-sadec-giaoban-t11-pdf-paste-bang-tung-o.txt"
KT, VH, VP = "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường"
doc(F10, "txt-ward-giao-ban-pdf-paste-two-column-header-merged-lines-task-table-flattened-cell-by-cell-wrapped-cells-page-number-and-repeated-heading-row-inside-row-6-deadline-after-page-break-event-date-month-pair",
    "247/TB-UBND", "2025-12-03", "UBND phường Sa Đéc", "Lê Thị Ngọc Hân", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    ("Công an phường", [KT, "các khóm"], "2025-12-20", ["Trước ngày 20/12/2025"], None, "2.1",
     "Xây dựng phương án bảo đảm trật tự, an toàn giao"),
    (KT, ["Công an phường"], "2026-01-15", ["Từ ngày 05/12/2025 đến ngày 15/01/2026"], None, "2.2",
     "Ra quân lập lại trật tự lòng đường, vỉa hè khu vực"),
    (KT, [VP], "2026-01-31", ["trước ngày 31/01/2026"], None, "2.3",
     "Đẩy nhanh giải ngân vốn đầu tư công; rà soát, điều"),
    (VH, ["Các khóm", "Hội Sinh vật cảnh phường"], "2026-01-10", ["Khai mạc ngày 10/01/2026"], None, "2.4",
     'Tổ chức Chương trình "Sa Đéc - Mùa hoa Tết" tại'),
    ("Trạm Y tế phường", [VH, "Công an phường"], "2026-01-31", ["Tháng 12/2025 và tháng 01/2026"], None, "2.5",
     "Kiểm tra an toàn thực phẩm tại các cơ sở kinh"),
    (VH, ["Ủy ban MTTQ Việt Nam phường"], "2025-12-25", ["Trước ngày 25/12/2025", "trước ngày 10/02/2026"], None,
     "2.6", "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo, gia"),
    ("Ban Chỉ huy Quân sự phường", ["Công an phường", "Trạm Y tế phường"], "2025-12-31", ["Trước ngày 31/12/2025"],
     None, "2.7", "Tổ chức giao nhận quân năm 2026 bảo đảm đúng"),
    ("Trung tâm Phục vụ hành chính công phường", [VP], None, ["Thứ Sáu hằng tuần"], "weekly", "2.8",
     "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn"),
    (VP, ["Các cơ quan, đơn vị liên quan"], "2025-12-29",
     ["tại cuộc họp giao ban tháng 12/2025", "Trước 16 giờ ngày 29/12/2025"], None, "2.9",
     "Tổng hợp kết quả thực hiện Thông báo này, báo cáo"),
])


# ------------------------------------------------------------------------------------------------ questions
q("Theo Thông báo 318/TB-BNG, Cục Lãnh sự phải hoàn thành nâng cấp Cổng dịch vụ công trực tuyến lĩnh vực lãnh sự trước ngày nào?",
  F1, ["25/6/2026"], ["vi", "deadline"])
q("How often must the Consular Department report to the Ministry's leaders on Vietnamese citizens in distress abroad during summer 2026, and over what period?",
  F1, ["thứ Sáu hằng tuần", "01/6/2026", "31/8/2026"], ["en", "recurring", "deadline"])
q("Ai ky thong bao ket luan cua Thu truong Ta Minh Khai ve dich vu cong truc tuyen linh vuc lanh su?",
  F1, ["Khuất Duy Tân"], ["vi-noaccent", "signer"])
q("How many consular certification and legalisation files did the Consular Department receive from 01/7/2025 to 30/4/2026, and what share was filed online?",
  F1, ["48.216", "61,3%"], ["en", "figure"])
q("Ở Cà Mau, đơn vị nào chủ trì thành lập các tổ kiểm tra liên ngành về đưa tạp chất vào tôm và phải thành lập tổ trước ngày nào?",
  F2, ["Sở Nông nghiệp và Môi trường", "20/6/2026"], ["vi", "who-leads", "deadline"])
q("Which communes of Cà Mau must get shrimp buyers and traders to sign commitments not to inject impurities into shrimp, and by when?",
  F2, ["Gành Hào", "Cái Đôi Vàm", "Sông Đốc", "Đông Hải", "30/6/2026"], ["en", "list", "deadline"])
q("Chi cuc Quan ly chat luong nong lam san va thuy san Ca Mau phai lay mau kiem nghiem tap chat trong tom bao nhieu lan moi thang?",
  F2, ["02 lần/tháng"], ["vi-noaccent", "recurring"])
q("Năm tháng đầu năm 2026, Cà Mau đã xử phạt hành chính bao nhiêu tiền đối với các vụ đưa tạp chất vào tôm?",
  F2, ["1,93 tỷ đồng"], ["vi", "amount"])
q("Thường trực Tỉnh ủy Cao Bằng yêu cầu hoàn thiện hồ sơ tái thẩm định Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng trước ngày nào?",
  F3, ["30/4/2026"], ["vi", "deadline"])
q("Which commune party committees in Cao Bằng must draw up heritage protection rules in their hamlets, and how often must they report?",
  F3, ["Đàm Thủy", "Trùng Khánh", "Quảng Uyên", "Nguyên Bình", "mỗi quý"], ["en", "list", "recurring"])
q("Chuong trinh tinh nguyen Thanh nien Cao Bang giu gin di san dien ra trong thoi gian nao?",
  F3, ["01/6", "31/8/2026"], ["vi-noaccent", "deadline"])
q("Năm 2025 tỉnh Cao Bằng đón bao nhiêu lượt khách du lịch?",
  F3, ["3,15 triệu"], ["vi", "figure"])
q("Bệnh viện Đa khoa tỉnh Vĩnh Long giao Khoa Hồi sức tích cực - Chống độc và Khoa Cấp cứu ban hành quy trình phối hợp tiếp nhận người bệnh nặng trước ngày nào?",
  F4, ["25/6/2026"], ["vi", "who", "deadline"])
q("Who chaired the May 2026 professional briefing of Vĩnh Long provincial general hospital, and who signed its notice?",
  F4, ["Thạch Sô Phol", "Kim Thị Sô Phia"], ["en", "chair", "signer"])
q("Phong Dieu duong benh vien Vinh Long phai tap huan ky nang giao tiep cho dieu duong moi tuyen dung xong truoc ngay nao?",
  F4, ["20/6"], ["vi-noaccent", "deadline"])
q("What was the hospital bed occupancy rate of Vĩnh Long provincial general hospital in May 2026?",
  F4, ["108,4%"], ["en", "figure"])
q("Trường Đại học Hùng Vương giao những đơn vị nào kiểm tra an toàn phòng cháy, chữa cháy tại ký túc xá số 2 và khi nào?",
  F5, ["Phòng Công tác chính trị và Học sinh sinh viên", "Phòng Quản trị - Đời sống", "tuần đầu tháng 7/2026"],
  ["vi", "who", "deadline"])
q("By what time must Hùng Vương University's organisation and administration office send the mid-year staff appraisal summary?",
  F5, ["17h00", "26/6/2026"], ["en", "deadline"])
q("Trung tam Tuyen sinh va Truyen thong Truong Dai hoc Hung Vuong bao cao so lieu dang ky xet tuyen vao luc nao hang tuan?",
  F5, ["16 giờ thứ Sáu hằng tuần"], ["vi-noaccent", "recurring"])
q("On what date does the Faculty of Economics and Business Administration of Hùng Vương University hold its career guidance day?",
  F5, ["27/6/2026"], ["en", "date"])
q("Theo kết luận của Phó Chủ tịch UBND tỉnh Lào Cai, Sở Xây dựng phải lắp đặt bổ sung biển báo, hộ lan tôn sóng trên đèo Khau Phạ xong trước ngày nào?",
  F6, ["31/7"], ["vi", "deadline"])
q("Which notice, and of what date, conveyed the Lào Cai vice-chairman's conclusions on the Mù Cang Chải terraced-field tourism season?",
  F6, ["1885/TB-VPUBND", "26/5/2026"], ["en", "number", "issue-date"])
q("Cac xa nao o Lao Cai phai ve sinh moi truong tai cac diem ngam canh ruong bac thang vao sang Chu nhat hang tuan?",
  F6, ["Mù Cang Chải", "Khao Mang", "Chế Tạo", "Púng Luông"], ["vi-noaccent", "list", "recurring"])
q("Sở Nông nghiệp và Môi trường Đồng Nai giao đơn vị nào chủ trì lập bản đồ số ranh giới diện tích cao su, điều theo EUDR và hạn hoàn thành khi nào?",
  F7, ["Chi cục Trồng trọt và Bảo vệ thực vật", "30/9/2026"], ["vi", "who-leads", "deadline"])
q("How many growing-area codes had Đồng Nai issued by 20 May 2026, and over what total area?",
  F7, ["214", "38.760 ha"], ["en", "figure"])
q("Van phong Dang ky dat dai Dong Nai bao cao ket qua cap giay chung nhan cho ho trong cao su, dieu vao ngay nao hang thang?",
  F7, ["15 hằng tháng"], ["vi-noaccent", "recurring"])
q("Phòng Quản lý đất đai Sở NN&MT Đồng Nai phải trình phương án xử lý các trường hợp trồng cây công nghiệp trên đất có nguồn gốc lâm nghiệp trước ngày nào?",
  F7, ["30 tháng 6 năm 2026"], ["vi", "deadline"])
q("Theo Thông báo 87/TB-TKHT, các Tổ Thống kê khu vực phải gửi bảng kê cơ sở sản xuất kinh doanh cá thể cho Phòng Tổng hợp chậm nhất ngày nào?",
  F8, ["10/7/2026"], ["vi", "deadline"])
q("During the 2026 economic census in Hà Tĩnh, when must the regional statistics teams report data-collection progress?",
  F8, ["16 giờ thứ Sáu hằng tuần", "01/8", "30/9/2026"], ["en", "recurring", "deadline"])
q("Ai ky Thong bao ket luan hoi nghi giao ban 6 thang dau nam cua Thong ke tinh Ha Tinh?",
  F8, ["Võ Thị Ngọc Sương"], ["vi-noaccent", "signer"])
q("Đoàn giám sát yêu cầu UBND xã Nga Sơn gửi báo cáo về lộ trình trả nợ đọng xây dựng cơ bản trước ngày nào?",
  F9, ["31/5/2026"], ["vi", "deadline"])
q("Who led the supervision team of the Thanh Hóa provincial council's economic and budget committee at Nga Sơn commune, and who was its secretary?",
  F9, ["Lưu Đức Thắng", "Mai Thị Thu Trang"], ["en", "chair"])
q("Xã Nga Sơn còn bao nhiêu tiền nợ đọng xây dựng cơ bản của các công trình đã hoàn thành?",
  F9, ["11,3 tỷ đồng"], ["vi", "amount"])
q("UBND phường Sa Đéc giao đơn vị nào ra quân lập lại trật tự lòng đường, vỉa hè khu vực chợ Sa Đéc và trong thời gian nào?",
  F10, ["Phòng Kinh tế, Hạ tầng và Đô thị", "05/12/2025", "15/01/2026"], ["vi", "who", "deadline"])
q("By when must Sa Đéc ward finish visiting and giving Tết gifts to poor and policy households?",
  F10, ["10/02/2026"], ["en", "deadline"])
q("Chuong trinh Sa Dec - Mua hoa Tet khai mac ngay nao?",
  F10, ["10/01/2026"], ["vi-noaccent", "date"])
# unanswerable: a unit, level or place that the documents do not have
q("What deadline did the Ministry of Foreign Affairs set for the State Protocol Department in its 2026 summer citizen-protection conclusions?",
  None, [], ["en", "deadline", "unanswerable"])
q("UBND tỉnh Bạc Liêu giao Sở Công Thương kiểm tra hóa chất bơm chích vào tôm trong thời hạn nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("Huyen uy Trung Khanh giao nhiem vu gi ve bao ve thac Ban Gioc nam 2026?",
  None, [], ["vi-noaccent", "what", "unanswerable"])
q("What did Vĩnh Long provincial general hospital assign to its paediatrics department for June 2026?",
  None, [], ["en", "what", "unanswerable"])
q("Trường Đại học Hùng Vương giao Khoa Ngoại ngữ tổ chức thi chuẩn đầu ra tiếng Anh vào ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("What deadline did the Đồng Nai agriculture and environment department set for EUDR mapping of coffee farms in Lâm Đồng?",
  None, [], ["en", "deadline", "unanswerable"])
q("UBND phuong Sa Dec giao nhiem vu gi cho Phong Tu phap phuong trong thang 12/2025?",
  None, [], ["vi-noaccent", "what", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
