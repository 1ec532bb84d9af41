"""Gold and questions for batch u (all split dev), written by hand from the document text alone.
Writes gold/u.jsonl and questions/u.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/u-src/gold_u.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action); gold_kit cuts the action to
10 tokens."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("u")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------------------- party: the Bí thư's ý kiến chỉ đạo on a report, running prose (docx)
F1 = "u-tb-tu-quangtri-y-kien-bi-thu-van-xuoi.docx"
MT = "Ủy ban MTTQ Việt Nam tỉnh"
doc(F1, "docx-party-thong-bao-y-kien-chi-dao-bi-thu-answering-report-running-prose-several-unit-subjects-per-numbered-paragraph-trong-do-clause-joint-mttq-start-month-not-deadline",
    "263-TB/TU", "2026-03-17", "Tỉnh ủy Quảng Trị", "Trần Thị Kim Liên", "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG", [
    ("Đảng ủy UBND tỉnh", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "1",
     "Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh tập trung tháo gỡ dứt điểm"),
    ("Sở Nông nghiệp và Môi trường", ["UBND các xã, phường có dự án đi qua"], "2026-04", ["trong tháng 4/2026"], None,
     "1", "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã, phường"),
    ("Sở Tài chính", [], "2026-04-15", ["trước ngày 15/4/2026"], None, "1",
     "Sở Tài chính tham mưu cân đối, bố trí đủ vốn cho công tác bồi thường"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", [], "2026-06-30",
     ["trong 6 tháng đầu năm 2026"], None, "2",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương"),
    ("Đảng ủy các xã, phường có dự án đi qua", [], "2026", ["từ nay đến hết năm"], None, "2",
     "Đảng ủy các xã, phường có dự án đi qua lãnh đạo chính quyền, Mặt trận"),
    (MT, [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "3",
     "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường"),
    ("các tổ chức chính trị - xã hội tỉnh", [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "3",
     "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", [MT], None, [], None, "3",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban MTTQ"),
    ("Báo và Phát thanh, Truyền hình Quảng Trị", [], None, ["thường xuyên"], None, "3",
     "Báo và Phát thanh, Truyền hình Quảng Trị mở chuyên mục \"Chung sức giải phóng"),
    ("Ủy ban Kiểm tra Tỉnh ủy", [], "2026-09-30", ["trong quý III/2026"], None, "4",
     "Ủy ban Kiểm tra Tỉnh ủy đưa nội dung lãnh đạo, chỉ đạo công tác giải phóng"),
    ("Ban Nội chính Tỉnh ủy", [], None, [], None, "4",
     "Ban Nội chính Tỉnh ủy theo dõi, nắm tình hình, tham mưu xử lý các vụ việc"),
    ("Văn phòng Tỉnh ủy", ["Văn phòng UBND tỉnh"], "2026-05-05", ["trước ngày 05/5/2026"], None, "6",
     "Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện; phối hợp với Văn phòng"),
])

# 2 ------------------------------------------- national university, task table with vertically merged cells (docx)
F2 = "u-tb-dhqghcm-dai-hoc-so-bang-gop-o-ghi-chu.docx"
BDT, KHCN, KHTC = "Ban Đào tạo", "Ban Khoa học và Công nghệ", "Ban Kế hoạch - Tài chính"
TTDL, TTV, VP = "Trung tâm Dữ liệu và Chuyển đổi số", "Các trường đại học thành viên", "Văn phòng ĐHQG-HCM"
DVTT = "Các đơn vị thành viên, trực thuộc"
doc(F2, "docx-national-university-task-table-6-cols-ket-qua-dau-ra-chu-tri-cell-merged-vertically-over-rows-ghi-chu-holds-deadline-merged-ghi-chu-cell-start-not-deadline",
    "417/TB-ĐHQG", "2026-03-09", "Đại học Quốc gia Thành phố Hồ Chí Minh", "Tôn Nữ Diệu Linh",
    "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (BDT, [TTV], "2026-06-30", ["Trước 30/6/2026"], None, "II.1",
     "Chuẩn hóa dữ liệu người học trên hệ thống quản lý đào tạo dùng chung, kết nối"),
    (BDT, [VP], "2026-06-30", ["trong quý II/2026"], None, "II.2",
     "Xây dựng quy định về tổ chức dạy học trực tuyến và dạy học kết hợp"),
    (BDT, [TTDL], "2026", ["trong năm 2026"], None, "II.3",
     "Triển khai học bạ số, văn bằng số cho người học tốt nghiệp"),
    (KHCN, ["Trường Đại học Công nghệ Thông tin"], "2026-08-31", ["trước 31/8/2026"], None, "II.4",
     "Xây dựng nền tảng quản lý đề tài, công bố khoa học dùng chung của ĐHQG-HCM"),
    (KHCN, ["Trường Đại học Bách khoa", "Trường Đại học Khoa học Tự nhiên"], "2026-05", ["Tháng 5/2026"], None,
     "II.5", "Đánh giá năng lực hệ thống tính toán hiệu năng cao hiện có, đề xuất"),
    (KHTC, [DVTT], "2026-07-15", ["Trước 15/7/2026"], None, "II.6",
     "Tổng hợp nhu cầu kinh phí chuyển đổi số năm 2027 của các đơn vị"),
    (KHTC, [BDT], None, [], None, "II.7",
     "Triển khai thu học phí, lệ phí không dùng tiền mặt tại tất cả các đơn vị"),
    (TTDL, [KHTC], "2026-09-30", ["Quý III/2026"], None, "II.8",
     "Nâng cấp trung tâm dữ liệu dùng chung, hoàn thiện hồ sơ đề xuất cấp độ"),
    (TTDL, [TTV], "2026-12", ["hằng quý", "tháng 12/2026"], "quarterly", "II.9",
     "Triển khai tài khoản định danh số dùng chung (đăng nhập một lần) cho viên chức"),
    (VP, [DVTT], None, ["vào ngày 25 hằng tháng"], "monthly", "II.10",
     "Vận hành hệ thống quản lý văn bản và hồ sơ công việc liên thông; bảo đảm"),
    (TTV, [], "2026-06-30", ["6 tháng đầu năm 2026"], None, "II.11",
     "Ban hành kế hoạch chuyển đổi số năm 2026 của đơn vị, bố trí nguồn lực"),
    (TTV, [TTDL], "2026-06-30", ["6 tháng đầu năm 2026"], None, "II.12",
     "Tổ chức bồi dưỡng kỹ năng số, kỹ năng khai thác trí tuệ nhân tạo cho giảng viên"),
    (VP, [], "2026-06-30", ["tại Hội nghị giao ban quý II/2026"], None, "III.1",
     "Giao Văn phòng ĐHQG-HCM theo dõi, đôn đốc, tổng hợp kết quả thực hiện của"),
])

# 3 ------------------------------------------- provincial UBND, "Đồng chí <title> chỉ đạo" person assignees (docx)
F3 = "u-tb-ubnd-sonla-dong-chi-giam-doc-chi-dao-mua-mua.docx"
doc(F3, "docx-provincial-chairman-conclusions-dong-chi-title-person-assignees-pho-chu-tich-truc-tiep-chi-dao-yeu-cau-thu-truong-joint-elided-xa-list-closing-yeu-cau-not-task",
    "106/TB-UBND", "2026-03-12", "UBND tỉnh Sơn La", "Tòng Văn Khiêm", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    ("Đồng chí Phó Chủ tịch UBND tỉnh Vì Văn Quyết", [], "2026", ["trước mùa mưa năm 2026"], None, "II.1",
     "Đồng chí Phó Chủ tịch UBND tỉnh Vì Văn Quyết trực tiếp chỉ đạo việc di dời"),
    ("Đồng chí Giám đốc Sở Nông nghiệp và Môi trường", [], "2026-04-15", ["trước ngày 15/4/2026"], None, "II.2",
     "Đồng chí Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy lợi"),
    ("Đồng chí Giám đốc Sở Xây dựng", [], "2026-04-30", ["trước ngày 30/4/2026"], None, "II.3",
     "Đồng chí Giám đốc Sở Xây dựng chỉ đạo khắc phục dứt điểm 37 điểm sạt lở"),
    ("Đồng chí Giám đốc Sở Tài chính", ["Sở Nông nghiệp và Môi trường"], "2026-03-25",
     ["chậm nhất ngày 25/3/2026"], None, "II.4",
     "Đồng chí Giám đốc Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường"),
    ("Đồng chí Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", [], "2026-05", ["trong tháng 5/2026"], None, "II.5",
     "Đồng chí Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chỉ đạo xây dựng phương án"),
    ("Đồng chí Giám đốc Công an tỉnh", [], None, [], None, "II.6",
     "Đồng chí Giám đốc Công an tỉnh chỉ đạo Công an các xã, phường nắm chắc"),
    ("Đài Khí tượng Thủy văn tỉnh Sơn La", [], None, ["vào thứ Hai hằng tuần"], "weekly", "II.7",
     "Đề nghị Đài Khí tượng Thủy văn tỉnh Sơn La cung cấp kịp thời bản tin"),
    ("Thủ trưởng các cơ quan, đơn vị thuộc UBND tỉnh", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.8",
     "Yêu cầu Thủ trưởng các cơ quan, đơn vị thuộc UBND tỉnh và Chủ tịch"),
    ("Chủ tịch UBND các xã, phường", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.8",
     "Yêu cầu Thủ trưởng các cơ quan, đơn vị thuộc UBND tỉnh và Chủ tịch"),
    ("Chủ tịch UBND các xã: Mường La, Chiềng Lao, Ngọc Chiến, Tạ Xùa", [], "2026-06-30", ["trước ngày 30/6/2026"],
     None, "II.9", "Chủ tịch UBND các xã: Mường La, Chiềng Lao, Ngọc Chiến, Tạ Xùa chịu trách nhiệm"),
    ("Văn phòng UBND tỉnh", [], "2026-04", ["tại phiên họp UBND tỉnh tháng 4/2026"], None, "II.10",
     "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp, báo cáo Chủ tịch UBND"),
])

# 4 ------------------------------------------- inspectorate: notice of a kết luận thanh tra, kiến nghị / yêu cầu (pdf)
F4 = "u-tb-thanhtra-hue-ket-luan-thanh-tra-ky-truoc-noi-nhan.pdf"
GD = "Giám đốc Sở Giáo dục và Đào tạo"
doc(F4, "pdf-thong-bao-ket-luan-thanh-tra-findings-then-kien-nghi-chu-tich-giao-and-chi-dao-yeu-cau-giam-doc-letter-points-relative-days-from-signing-and-from-receipt-signature-drawn-before-noi-nhan",
    "59/TB-TTr", "2026-04-14", "Thanh tra thành phố Huế", "Lê Bá Thông",
    "KT. CHÁNH THANH TRA / PHÓ CHÁNH THANH TRA", [
    ("Sở Tài chính", ["Sở Giáo dục và Đào tạo"], "2026-09-30", ["trong quý III/2026"], None, "II.1.a",
     "Giao Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo"),
    ("Chủ tịch UBND thành phố", [], None, [], None, "II.1.b",
     "Chỉ đạo các sở, ngành và UBND các xã, phường rút kinh nghiệm, chấn chỉnh"),
    (GD, [], "2026-04-29", ["chậm nhất sau 15 ngày kể từ ngày ký Thông báo này"], None, "II.2.a",
     "Thu hồi số tiền chênh lệch 1.286.400.000 đồng, nộp vào tài khoản tạm giữ của"),
    (GD, [], None, ["trong thời hạn 30 ngày kể từ ngày nhận được Thông báo này"], None, "II.2.b",
     "Tổ chức kiểm điểm, xem xét xử lý trách nhiệm đối với tập thể, cá nhân"),
    (GD, [], "2026-05-31", ["trước ngày 31/5/2026"], None, "II.2.c",
     "Chỉ đạo các cơ sở giáo dục trực thuộc kiểm kê toàn bộ thiết bị dạy học"),
    (GD, [], "2026-06-30", ["trong quý II/2026"], None, "II.2.d",
     "Ban hành quy chế quản lý, sử dụng, bảo quản thiết bị dạy học trong các"),
    ("Hiệu trưởng các trường THPT: Nguyễn Huệ, Gia Hội, Hương Trà", [], None, ["định kỳ 6 tháng"], "half_yearly",
     "II.3", "Yêu cầu Hiệu trưởng các trường THPT: Nguyễn Huệ, Gia Hội, Hương Trà đưa ngay"),
    ("Công ty Cổ phần Thiết bị giáo dục Phú Xuân", [], "2026-05-15", ["trước ngày 15/5/2026"], None, "II.4",
     "Yêu cầu Công ty Cổ phần Thiết bị giáo dục Phú Xuân thực hiện nghĩa vụ"),
    ("Phòng Nghiệp vụ 3", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.5",
     "Giao Phòng Nghiệp vụ 3 theo dõi, đôn đốc việc thực hiện Kết luận thanh tra"),
])

# 5 ------------------------------------------- national park, deadlines in a right-hand column written last (pdf)
F5 = "u-tb-vqg-cucphuong-pccc-rung-he-cot-thoi-han-ben-le.pdf"
TCHC = "Phòng Tổ chức - Hành chính"
doc(F5, "pdf-national-park-numbered-tasks-with-right-hand-thoi-han-column-drawn-after-page-body-deadlines-out-of-order-in-text-layer-duty-window-yearless-monthly-weekly-cells",
    "148/TB-VQGCP", "2026-04-20", "Vườn quốc gia Cúc Phương", "Bùi Thế Khang", "GIÁM ĐỐC", [
    ("Hạt Kiểm lâm Vườn quốc gia Cúc Phương", ["UBND xã Cúc Phương", "Công an xã Cúc Phương"], "2026-08-31",
     ["Từ 01/5 đến 31/8/2026"], None, "II.1",
     "Hạt Kiểm lâm Vườn quốc gia Cúc Phương duy trì trực phòng cháy, chữa cháy rừng"),
    ("Hạt Kiểm lâm", ["Phòng Khoa học và Hợp tác quốc tế"], "2026-04-30", ["Trước 30/4/2026"], None, "II.2",
     "Hạt Kiểm lâm chủ trì, phối hợp với Phòng Khoa học và Hợp tác quốc tế"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-05", ["Trong tháng 5/2026"], None, "II.3",
     "Phòng Kế hoạch - Tài chính bố trí kinh phí, hoàn thiện thủ tục mua sắm"),
    ("Trung tâm Du lịch sinh thái và Giáo dục môi trường", [], "2026-05-15", ["Trước 15/5/2026"], None, "II.4",
     "Trung tâm Du lịch sinh thái và Giáo dục môi trường rà soát, sửa chữa hệ thống"),
    ("Trung tâm Cứu hộ, Bảo tồn và Phát triển sinh vật", [], None, ["Hằng tháng, trước ngày 05"], "monthly", "II.5",
     "Trung tâm Cứu hộ, Bảo tồn và Phát triển sinh vật theo dõi sức khỏe"),
    ("Phòng Khoa học và Hợp tác quốc tế", [], "2026-09-30", ["Quý III/2026"], None, "II.6",
     "Phòng Khoa học và Hợp tác quốc tế hoàn thiện hồ sơ đăng ký Danh lục"),
    ("Các Trạm Kiểm lâm giáp ranh", ["trưởng các thôn vùng đệm"], "2026-05-10", ["trước 10/5"], None, "II.7",
     "Các Trạm Kiểm lâm giáp ranh phối hợp với trưởng các thôn vùng đệm tổ chức"),
    (TCHC, [], None, ["Thứ Sáu hằng tuần"], "weekly", "II.8",
     "Phòng Tổ chức - Hành chính bố trí lịch trực lãnh đạo, trực cơ quan trong các"),
    ("UBND xã Cúc Phương", [], None, ["Thường xuyên"], None, "II.9",
     "Đề nghị UBND xã Cúc Phương chỉ đạo các thôn vùng đệm không đốt nương"),
    (TCHC, [], "2026-06", ["Tháng 6/2026", "tại cuộc họp giao ban tháng 6/2026"], None, "II.10",
     "Giao Phòng Tổ chức - Hành chính tổng hợp kết quả thực hiện Thông báo này"),
])

# 6 ------------------------------------------- ministry, working session with a province, petitions answered in a table (pdf)
F6 = "u-tb-bdttg-caobang-bang-tra-loi-kien-nghi.pdf"
CB = "Ủy ban nhân dân tỉnh Cao Bằng"
CSDT = "Vụ Chính sách dân tộc"
doc(F6, "pdf-ministry-conclusions-after-provincial-working-session-de-nghi-province-umbrella-ministry-units-lettered-kien-nghi-answer-table-3-cols-some-answers-assign-nothing",
    "624/TB-BDTTG", "2026-05-08", "Bộ Dân tộc và Tôn giáo", "Nông Thị Bích Vân", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", [
    (CB, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.1.a",
     "Tập trung chỉ đạo giải ngân vốn của Chương trình được phép kéo dài sang năm"),
    (CB, [], "2026", ["trong năm 2026"], None, "II.1.b",
     "Rà soát, sắp xếp, ổn định dân cư cho 326 hộ đồng bào ở vùng"),
    (CB, [], None, ["Định kỳ hằng quý", "trước ngày 15 của tháng đầu quý sau"], "quarterly", "II.1.c",
     "Định kỳ hằng quý báo cáo Bộ Dân tộc và Tôn giáo (qua Vụ Kế hoạch"),
    (CSDT, ["Vụ Pháp chế"], "2026-09-30", ["trong quý III/2026"], None, "II.2.a",
     "Vụ Chính sách dân tộc chủ trì, phối hợp với Vụ Pháp chế nghiên cứu, đề xuất"),
    ("Vụ Kế hoạch - Tài chính", [], "2026-05-31", ["trước ngày 31/5/2026"], None, "II.2.b",
     "Vụ Kế hoạch - Tài chính tổng hợp đề xuất bổ sung vốn sự nghiệp năm 2026"),
    ("Học viện Dân tộc", ["Sở Dân tộc và Tôn giáo tỉnh Cao Bằng"], "2026-08", ["trong tháng 8/2026"], None, "II.2.c",
     "Học viện Dân tộc phối hợp với Sở Dân tộc và Tôn giáo tỉnh Cao Bằng"),
    (CSDT, [], None, ["chậm nhất sau 20 ngày làm việc kể từ ngày nhận đủ hồ sơ"], None, "III.1",
     "Giao Vụ Chính sách dân tộc tiếp nhận hồ sơ, thẩm định và trả lời tỉnh"),
    ("UBND tỉnh Cao Bằng", [], "2026-09-30", ["trước ngày 30/9/2026"], None, "III.3",
     "Đề nghị UBND tỉnh Cao Bằng chỉ đạo Sở Dân tộc và Tôn giáo tỉnh lập"),
    ("Vụ Địa phương I", [CSDT], "2026-07", ["trong tháng 7/2026"], None, "III.4",
     "Giao Vụ Địa phương I phối hợp với Vụ Chính sách dân tộc khảo sát thực tế"),
    ("Văn phòng Bộ", [], "2026-09", ["tại cuộc họp giao ban Bộ tháng 9/2026"], None, "IV",
     "Giao Văn phòng Bộ theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp kết quả"),
])

# 7 ------------------------------------------- ward portal, tasks in <details><summary> accordions (html)
F7 = "u-tb-ubnd-phuong-truongvinh-nam-hoc-moi-details-accordion.html"
VHXH, KTHT = "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"
TRUONG = "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường"
KG = "trước khi khai giảng năm học mới"
doc(F7, "html-ward-portal-details-summary-accordions-unit-in-summary-ol-items-toc-anchor-list-summary-naming-two-units-items-with-own-subjects-khai-giang-date-stated-as-decision",
    "204/TB-UBND", "2026-07-20", "UBND phường Trường Vinh", "Đậu Thị Minh Hải", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (VHXH, ["các trường"], "2026-07-31", ["trước ngày 31/7/2026"], None, "II.1",
     "Chủ trì, phối hợp với các trường rà soát, tham mưu UBND phường giao chỉ tiêu"),
    (VHXH, [], "2026-08-10", ["trước ngày 10/8/2026"], None, "II.1",
     "Tổng hợp nhu cầu giáo viên còn thiếu theo từng cấp học, đề xuất phương án"),
    (KTHT, [], "2026-09-04", [KG], None, "II.2",
     "Khẩn trương kiểm tra, sửa chữa 14 phòng học xuống cấp tại Trường Tiểu học"),
    (KTHT, ["Công ty Cổ phần Cấp nước Nghệ An"], "2026-08", ["trong tháng 8/2026"], None, "II.2",
     "Chủ trì, phối hợp với Công ty Cổ phần Cấp nước Nghệ An kiểm tra"),
    (TRUONG, [], "2026-08-05", ["trước ngày 05/8/2026"], None, "II.3",
     "Tổ chức tuyển sinh trực tuyến đúng kế hoạch, công khai kết quả tuyển sinh tại"),
    (TRUONG, [], "2026-09-04", [KG], None, "II.3",
     "Tổng vệ sinh trường lớp, chỉnh trang khuôn viên, bổ sung đồ dùng, thiết bị"),
    ("Trạm Y tế phường", ["các trường"], "2026-08", ["trong tháng 8/2026"], None, "II.4",
     "Trạm Y tế phường phối hợp với các trường kiểm tra điều kiện vệ sinh an"),
    ("Công an phường", [], "2026-08-25", ["trước ngày 25/8/2026"], None, "II.4",
     "Công an phường xây dựng kế hoạch bảo đảm an ninh, trật tự, an toàn"),
    ("Ủy ban MTTQ Việt Nam phường", [], "2026-09-04", [KG], None, "II.5",
     "Đề nghị Ủy ban MTTQ Việt Nam phường vận động các tổ chức, cá nhân hỗ"),
    ("Văn phòng HĐND và UBND phường", [], "2026-08", ["tại cuộc họp giao ban tháng 8/2026"], None, "II.5",
     "Văn phòng HĐND và UBND phường theo dõi, đôn đốc các đơn vị thực hiện"),
])

# 8 ------------------------------------------- Excel "Publish as Web Page": rowspan unit cells, date serials, hidden row (html)
F8 = "u-tb-sct-hanoi-tiet-kiem-dien-excel-publish-web.html"
QLNL, KTAT = "Phòng Quản lý Năng lượng", "Phòng Kỹ thuật an toàn - Môi trường"
EVN, XP = "Tổng công ty Điện lực TP Hà Nội", "UBND các xã, phường"
doc(F8, "html-excel-publish-as-web-page-whole-notice-in-one-sheet-crlf-rowspan-unit-cells-x-num-date-cells-ghi-chu-second-deadline-hidden-row-display-none-source-wrapped-text-cells",
    "1386/TB-SCT", "2026-04-08", "Sở Công Thương thành phố Hà Nội", "Tạ Minh Cường", "GIÁM ĐỐC", [
    (QLNL, [EVN], "2026-04-15", ["15/04/2026"], None, "II.1",
     "Tham mưu UBND Thành phố ban hành Kế hoạch thực hiện tiết kiệm điện năm 2026"),
    (QLNL, [KTAT], "2026-07-31", ["Tháng 5 - 7/2026", "trước 15/8/2026"], None, "II.2",
     "Kiểm tra việc thực hiện tiết kiệm năng lượng tại 120 cơ sở sử dụng năng"),
    (QLNL, [EVN], None, ["Trước 16h00 thứ Sáu hằng tuần"], "weekly", "II.3",
     "Tổng hợp tình hình cung ứng, tiêu thụ điện, báo cáo Giám đốc Sở và Bộ"),
    (KTAT, ["Phòng Quản lý Thương mại", XP], "2026-06-30", ["30/06/2026", "trước ngày 05/7/2026"], None, "II.4",
     "Kiểm tra an toàn điện, phòng cháy, chữa cháy tại các chợ, trung tâm thương"),
    (KTAT, ["Ban Quản lý các khu công nghiệp và chế xuất Hà Nội"], "2026-06-30", ["Quý II/2026"], None, "II.5",
     "Hướng dẫn doanh nghiệp trong các khu công nghiệp, cụm công nghiệp lắp đặt điện mặt"),
    ("Phòng Quản lý Thương mại", [XP], None, ["Thường xuyên"], None, "II.6",
     "Đôn đốc các trung tâm thương mại, siêu thị giảm 50% chiếu sáng quảng cáo, trang"),
    ("Văn phòng Sở", [QLNL], None, [], None, "II.7",
     "Đăng tải thông tin tuyên truyền, hướng dẫn sử dụng điện tiết kiệm, an toàn trên"),
    ("Văn phòng Sở", ["Các phòng thuộc Sở"], None, ["Định kỳ hằng quý", "Trước ngày 10 của tháng đầu quý sau"],
     "quarterly", "II.8", "Theo dõi, đôn đốc; tổng hợp kết quả thực hiện Thông báo này, báo cáo"),
    (EVN, [XP], "2026-04-20", ["Trước 20/4"], None, "II.9",
     "Xây dựng phương án cấp điện cho các phụ tải ưu tiên; thông báo lịch tạm"),
    (XP, [EVN], None, ["Thường xuyên"], None, "II.10",
     "Chỉ đạo cắt giảm chiếu sáng công cộng không cần thiết, vận động hộ gia đình"),
])

# 9 ------------------------------------------- MinerU pdf->markdown: "#" headings, raw HTML table with rowspan, $math$ (md)
F9 = "u-tb-bqlattp-hcm-thang-hanh-dong-mineru-html-table.md"
KHNV, TTTT = "Phòng Kế hoạch - Nghiệp vụ", "Phòng Thông tin - Truyền thông"
DOI = "các Đội Quản lý an toàn thực phẩm khu vực"
TH = "Từ 15/4 đến 15/5/2026"
doc(F9, "md-mineru-pdf-conversion-all-headings-h1-header-cells-run-together-raw-html-table-rowspan-deadline-cell-chu-tri-phoi-hop-labels-in-cell-latex-percent-leaked-page-number-image-signature",
    "812/TB-BQLATTP", "2026-04-06", "Ban Quản lý An toàn thực phẩm Thành phố Hồ Chí Minh", "Quách Minh Đức",
    "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN", [
    (KHNV, ["Sở Y tế", "Sở Công Thương", "Công an Thành phố"], "2026-04-10", ["Trước 10/4"], None, "II.1",
     "Ban hành Kế hoạch kiểm tra liên ngành về an toàn thực phẩm trong Tháng hành"),
    (TTTT, ["Văn phòng Ban"], "2026-04-14", ["Ngày 14/4/2026"], None, "II.2",
     "Tổ chức Lễ phát động Tháng hành động vì an toàn thực phẩm năm 2026"),
    ("Phòng Thanh tra - Pháp chế", [DOI], "2026-05-15", [TH], None, "II.3",
     "Kiểm tra liên ngành tại các chợ đầu mối Bình Điền, Hóc Môn, Thủ Đức, các"),
    (DOI, ["UBND các xã, phường, đặc khu"], "2026-05-15", [TH], None, "II.4",
     "Lấy mẫu giám sát, xét nghiệm nhanh thực phẩm tại bếp ăn tập thể trường"),
    (KHNV, [], "2026-05-25", ["Chậm nhất ngày 25/5/2026"], None, "II.5",
     "Tổng hợp, báo cáo kết quả Tháng hành động gửi Ban Chỉ đạo liên ngành về"),
    ("Phòng Giám sát ngộ độc thực phẩm", ["Trung tâm Kiểm soát bệnh tật Thành phố"], None,
     ["trong vòng 02 giờ kể từ khi nhận được thông tin"], None, "III.1",
     "Phòng Giám sát ngộ độc thực phẩm duy trì trực tiếp nhận thông tin 24/7"),
    ("Các Đội Quản lý an toàn thực phẩm khu vực", [], None, ["vào thứ Năm hằng tuần"], "weekly", "III.2",
     "Các Đội Quản lý an toàn thực phẩm khu vực báo cáo nhanh kết quả kiểm"),
    ("UBND các xã, phường, đặc khu", [], "2026-05-20", ["trước ngày 20/5/2026"], None, "III.3",
     "Đề nghị UBND các xã, phường, đặc khu chỉ đạo kiểm tra $100 \\%$ cơ sở"),
    ("Văn phòng Ban", [], "2026-04-13", ["trước ngày 13/4/2026"], None, "III.4",
     "Văn phòng Ban bố trí kinh phí, phương tiện phục vụ các đoàn kiểm tra liên"),
    (TTTT, ["Báo Sài Gòn Giải Phóng", "Đài Truyền hình Thành phố"], None, ["thường xuyên"], None, "III.5",
     "Phòng Thông tin - Truyền thông phối hợp với Báo Sài Gòn Giải Phóng, Đài"),
])

# 10 ------------------------------------------ ward Facebook fanpage post relaying a notice, emoji bullets, comments (txt)
F10 = "u-fb-phuong-banthach-trat-tu-via-he-emoji.txt"
doc(F10, "txt-facebook-fanpage-post-relaying-notice-number-date-chair-in-one-sentence-emoji-unit-bullets-pointing-hand-items-unit-colon-and-subject-lines-admonition-hotline-hashtags-reactions-comments-with-page-replies-no-signer",
    "47/TB-UBND", "2026-03-02", "UBND phường Bàn Thạch", None, None, [
    (KTHT, ["Công an phường"], "2026-03-08", ["trong tuần đầu tháng 3/2026"], None, "",
     "Chủ trì, phối hợp với Công an phường ra quân lập lại trật tự vỉa hè"),
    (KTHT, [], "2026-03-20", ["trước ngày 20/3/2026"], None, "",
     "Rà soát, lập danh mục các vị trí hố ga, nắp cống hư hỏng, đề xuất"),
    ("Công an phường", [], None, ["vào các buổi tối thứ Sáu, thứ Bảy hằng tuần"], "weekly", "",
     "Công an phường: duy trì tuần tra, xử lý vi phạm lấn chiếm lòng đường, vỉa hè"),
    (VHXH, ["Đoàn Thanh niên phường"], None, ["vào sáng Chủ nhật cuối cùng hằng tháng"], "monthly", "",
     "Phòng Văn hóa - Xã hội phối hợp với Đoàn Thanh niên phường tổ chức ra quân"),
    ("Trưởng các khu phố", [], "2026-03-10", ["trước ngày 10/3/2026"], None, "",
     "Trưởng các khu phố vận động 100% hộ kinh doanh ký cam kết không lấn chiếm"),
    ("Ủy ban MTTQ Việt Nam phường", [], "2026-04-30", ["từ nay đến hết tháng 4/2026"], None, "",
     "Đề nghị Ủy ban MTTQ Việt Nam phường phát động phong trào \"Tuyến phố văn minh,"),
    ("Công ty Cổ phần Môi trường đô thị Quảng Nam", [], "2026-03-15", ["trước ngày 15/3/2026"], None, "",
     "Đề nghị Công ty Cổ phần Môi trường đô thị Quảng Nam bố trí bổ sung thùng"),
    ("Văn phòng HĐND và UBND phường", [], "2026-03",
     ["vào thứ Hai hằng tuần", "tại cuộc họp giao ban tháng 3/2026"], "weekly", "",
     "Văn phòng HĐND và UBND phường: cập nhật kết quả xử lý vi phạm lên trang thông tin"),
])

# ------------------------------------------------------------------------------------------------ questions
# answerable
q("Theo ý kiến chỉ đạo của Bí thư Tỉnh ủy Quảng Trị, Sở Nông nghiệp và Môi trường phải trình phương án bồi thường, tái định cư Cảng hàng không Quảng Trị trong thời gian nào, cùng với ai?",
  F1, ["tháng 4/2026", "UBND các xã, phường có dự án đi qua"], ["vi", "deadline", "coordinators"])
q("How often do the Quảng Trị Fatherland Front and the provincial socio-political organisations have to report to the Party Standing Committee on compensation and resettlement, and by which day of the period?",
  F1, ["20 của tháng cuối quý"], ["en", "recurring", "deadline"])
q("Thong bao 263-TB/TU cua Tinh uy Quang Tri ve giai phong mat bang cac du an giao thong do ai ky, chuc vu gi?",
  F1, ["Trần Thị Kim Liên", "CHÁNH VĂN PHÒNG"], ["vi-noaccent", "signer"])
q("Theo Thông báo 417/TB-ĐHQG, đơn vị nào chủ trì triển khai học bạ số, văn bằng số và phải xong khi nào?",
  F2, ["Ban Đào tạo", "năm 2026"], ["vi", "who", "deadline"])
q("At Vietnam National University HCMC, which member universities must the Science and Technology office work with to assess high-performance computing capacity, and when is the proposal due?",
  F2, ["Trường Đại học Bách khoa", "Trường Đại học Khoa học Tự nhiên", "Tháng 5/2026"], ["en", "coordinators", "deadline"])
q("DHQG-HCM bat dau thu hoc phi khong dung tien mat tu khi nao va ban nao chu tri viec nay?",
  F2, ["học kỳ I năm học 2026 - 2027", "Ban Kế hoạch - Tài chính"], ["vi-noaccent", "what", "who"])
q("Who chaired VNU-HCM's conference launching the 2026 digital transformation and digital university plan?",
  F2, ["Lâm Quang Thiện"], ["en", "chair"])
q("Theo Thông báo 106/TB-UBND tỉnh Sơn La, ai trực tiếp chỉ đạo di dời 1.215 hộ dân vùng có nguy cơ sạt lở, lũ quét và phải hoàn thành khi nào?",
  F3, ["Vì Văn Quyết", "trước mùa mưa năm 2026"], ["vi", "who", "deadline"])
q("By what date must the head of Sơn La's finance department propose how to allocate central-budget reserve money for 2025 disaster recovery?",
  F3, ["25/3/2026"], ["en", "deadline"])
q("Những xã nào của Sơn La phải san nền xong các điểm tái định cư tập trung, hạn chót là ngày nào?",
  F3, ["Mường La", "Chiềng Lao", "Ngọc Chiến", "Tạ Xùa", "30/6/2026"], ["vi", "list", "deadline"])
q("Theo Thông báo 59/TB-TTr của Thanh tra thành phố Huế, Sở Giáo dục và Đào tạo phải thu hồi bao nhiêu tiền và nộp trong thời hạn nào?",
  F4, ["1.286.400.000 đồng", "15 ngày kể từ ngày ký"], ["vi", "amount", "deadline"])
q("Who signed the Huế city inspectorate's notice on the teaching-equipment procurement inspection, and in what capacity?",
  F4, ["Lê Bá Thông", "PHÓ CHÁNH THANH TRA"], ["en", "signer"])
q("Ba trường THPT nào ở Huế còn thiết bị dạy học chưa đưa vào sử dụng, và hiệu trưởng các trường này phải báo cáo bao lâu một lần?",
  F4, ["Nguyễn Huệ", "Gia Hội", "Hương Trà", "6 tháng"], ["vi", "list", "recurring"])
q("Vườn quốc gia Cúc Phương giao Phòng Kế hoạch - Tài chính mua bổ sung bao nhiêu máy thổi gió chữa cháy rừng và thời hạn là khi nào?",
  F5, ["20 máy thổi gió", "tháng 5/2026"], ["vi", "amount", "deadline"])
q("In Cúc Phương National Park's notice 148/TB-VQGCP, by when must the ranger stations on the park boundary get forest-protection pledges from households living near the forest?",
  F5, ["10/5"], ["en", "deadline"])
q("Hat Kiem lam Vuon quoc gia Cuc Phuong truc phong chay, chua chay rung 24/24 gio trong khoang thoi gian nao?",
  F5, ["01/5", "31/8/2026"], ["vi-noaccent", "deadline"])
q("How long does the ministry's ethnic policy department have to answer Cao Bằng's request to add 17 villages to the list of extremely difficult villages?",
  F6, ["20 ngày làm việc"], ["en", "deadline"])
q("Bộ trưởng Bộ Dân tộc và Tôn giáo trả lời thế nào về đề nghị bổ sung vốn cho đường giao thông kết nối các xã biên giới Cao Bằng?",
  F6, ["thẩm quyền của Thủ tướng Chính phủ"], ["vi", "what"])
q("Hoc vien Dan toc mo may lop boi duong kien thuc dan toc cho can bo cap xa vung bien gioi Cao Bang va vao thang nao?",
  F6, ["02 lớp", "tháng 8/2026"], ["vi-noaccent", "amount", "deadline"])
q("UBND phường Trường Vinh yêu cầu sửa xong 14 phòng học xuống cấp ở Trường Tiểu học Hưng Dũng 2 vào lúc nào?",
  F7, ["khai giảng năm học mới"], ["vi", "deadline"])
q("On what date will the schools in Trường Vinh ward hold the opening ceremony of the 2026-2027 school year?",
  F7, ["05/9/2026"], ["en", "date"])
q("Cong an phuong Truong Vinh phai gui ke hoach bao dam an ninh trat tu, an toan giao thong khu vuc cong truong truoc ngay nao?",
  F7, ["25/8/2026"], ["vi-noaccent", "deadline"])
q("Theo Thông báo 1386/TB-SCT, Phòng Kỹ thuật an toàn - Môi trường phải kiểm tra xong an toàn điện ở chợ, trung tâm thương mại khi nào và báo cáo kết quả trước ngày nào?",
  F8, ["30/06/2026", "05/7/2026"], ["vi", "deadline"])
q("How often, and by what time, must the Hanoi Department of Industry and Trade's energy management office report on power supply during the hot season?",
  F8, ["16h00 thứ Sáu hằng tuần"], ["en", "recurring"])
q("Tong cong ty Dien luc TP Ha Noi phai xay dung phuong an cap dien cho cac phu tai uu tien truoc ngay nao?",
  F8, ["20/4"], ["vi-noaccent", "deadline"])
q("Ban Quản lý An toàn thực phẩm TP.HCM giao phòng nào ban hành Kế hoạch kiểm tra liên ngành trong Tháng hành động và hạn là ngày nào?",
  F9, ["Phòng Kế hoạch - Nghiệp vụ", "10/4"], ["vi", "who", "deadline"])
q("During Ho Chi Minh City's 2026 food-safety action month, on which day of the week do the regional food-safety teams send their quick reports?",
  F9, ["thứ Năm hằng tuần"], ["en", "recurring"])
q("Thang hanh dong vi an toan thuc pham nam 2026 cua TP Ho Chi Minh keo dai tu ngay nao den ngay nao?",
  F9, ["15/4", "15/5/2026"], ["vi-noaccent", "date"])
q("Phường Bàn Thạch yêu cầu hoàn thành đợt cao điểm lập lại trật tự vỉa hè trên ba tuyến đường Phan Châu Trinh, Hùng Vương, Trần Cao Vân khi nào?",
  F10, ["tuần đầu tháng 3/2026"], ["vi", "deadline"])
q("By what date must the neighbourhood heads in Bàn Thạch ward hand in the shop owners' pledges not to occupy the sidewalk?",
  F10, ["10/3/2026"], ["en", "deadline"])
q("Van phong HDND va UBND phuong Ban Thach cap nhat ket qua xu ly vi pham len trang thong tin dien tu vao ngay nao?",
  F10, ["thứ Hai hằng tuần"], ["vi-noaccent", "recurring"])
# unanswerable: no document says it, or the place / unit / year does not match
q("Theo ý kiến chỉ đạo của Bí thư Tỉnh ủy Quảng Bình, Sở Tài chính phải bố trí vốn cho khu tái định cư Cảng hàng không Đồng Hới trước ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("What deadline did VNU-HCM give its University of Social Sciences and Humanities for launching a digital library?",
  None, [], ["en", "deadline", "unanswerable"])
q("UBND tinh Son La giao So Y te chuan bi thuoc, vat tu y te phong chong thien tai mua mua 2026 truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("How much money must the Huế education department pay back under the city inspectorate's conclusion issued in 2025?",
  None, [], ["en", "amount", "unanswerable"])
q("Vườn quốc gia Bạch Mã yêu cầu Hạt Kiểm lâm trực phòng cháy, chữa cháy rừng mùa hè năm 2026 từ ngày nào?",
  None, [], ["vi", "deadline", "unanswerable"])
q("When did the Ministry of Ethnic and Religious Affairs hold its working session with Hà Giang province, and what did it ask the province to do?",
  None, [], ["en", "date", "unanswerable"])
q("So Cong Thuong Hai Phong yeu cau kiem tra an toan dien tai cho, trung tam thuong mai xong truoc ngay nao?",
  None, [], ["vi-noaccent", "deadline", "unanswerable"])
q("Ban Quản lý An toàn thực phẩm TP.HCM đã xử phạt bao nhiêu cơ sở trong quý I/2026?",
  None, [], ["vi", "amount", "unanswerable"])
q("Phường Bàn Thạch phạt bao nhiêu tiền đối với hộ kinh doanh tái lấn chiếm vỉa hè?",
  None, [], ["vi", "amount", "unanswerable"])

if __name__ == "__main__":
    BATCH.write()
