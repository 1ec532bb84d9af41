"""Gold and questions for batch q, written by hand from the document text.
Writes gold/q.jsonl and questions/q.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/q-src/gold_q.py
Each directive: (assignee, coordinators, due, deadlines, recurring, section, action)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_kit import Batch

BATCH = Batch("q")
doc, q = BATCH.doc, BATCH.q


# 1 ------------------------------------------------------------------------------------------------
F1 = "q-tb-ykkl-vpub-quangngai-kien-nghi-tung-noi-dung.md"
NNMT = "Sở Nông nghiệp và Môi trường"
doc(F1, "md-y-kien-ket-luan-petitions-topic-by-topic-ve-kien-nghi-headings-some-topics-assign-nothing-pipe-table-signature",
    "84/TB-VPUB", "2026-01-22", "Văn phòng UBND tỉnh Quảng Ngãi", "Võ Thị Khánh Nhung",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    ("Sở Tài chính", ["Sở Y tế"], "2026-02-13", ["chậm nhất ngày 13/02/2026"], None, "1",
     "Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế thẩm định danh mục"),
    ("Sở Xây dựng", [], "2026-02-27", ["không quá ngày 27/02/2026"], None, "3",
     "Giao Sở Xây dựng kiểm tra hiện trạng, đề xuất phương án sửa chữa cấp bách"),
    ("UBND xã Đăk Tô", [], None, [], None, "3",
     "UBND xã Đăk Tô chủ động cắm biển cảnh báo, bố trí lực lượng hướng dẫn"),
    ("Sở Tài chính", ["Công an tỉnh"], "2026-03-10", ["trước ngày 10/3/2026"], None, "4",
     "Giao Sở Tài chính phối hợp với Công an tỉnh rà soát các trụ sở"),
    (NNMT, [], "2026-03-20", ["chậm nhất ngày 20/3/2026"], None, "6",
     "Giao Sở Nông nghiệp và Môi trường khẩn trương lập hồ sơ đề xuất chủ trương"),
    ("Sở Tài chính", [], None, ["trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"], None, "6",
     "Sở Tài chính thẩm định hồ sơ trong thời hạn 10 ngày làm việc kể từ"),
    ("UBND phường Cẩm Thành", ["Công ty Cổ phần Môi trường đô thị Quảng Ngãi"], "2026-02-10",
     ["muộn nhất ngày 10/02/2026"], None, "7",
     "Giao UBND phường Cẩm Thành chủ trì, phối hợp với Công ty Cổ phần Môi trường"),
    (NNMT, [], None, [], None, "7", "Sở Nông nghiệp và Môi trường kiểm tra, giám sát việc xử lý, báo cáo"),
    ("Văn phòng UBND tỉnh", [], None, [], None, "8",
     "giao Văn phòng UBND tỉnh tổng hợp, chuyển các cơ quan chuyên môn xử lý"),
])

# 2 ------------------------------------------------------------------------------------------------
F2 = "q-ct-ubnd-phuong-hoalu-tet-le-hoi-2026.txt"
VH = "Phòng Văn hóa - Xã hội"
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VP = "Văn phòng HĐND và UBND phường"
doc(F2, "txt-chi-thi-phuong-hard-wrapped-unit-headings-lettered-lunar-and-new-deadline-wordings-week-of-month-relative-to-signing",
    "03/CT-UBND", "2026-01-21", "UBND phường Hoa Lư", "Đặng Quang Triệu", "CHỦ TỊCH", [
    (VH, [], None, ["trước 30 tháng Chạp"], None, "1.a", "Rà soát, lập danh sách hộ nghèo, hộ cận nghèo, gia"),
    (VH, ["Ban Quản lý Quần thể danh thắng Tràng An", "Công an phường"], "2026-03-15",
     ["từ ngày 05 đến ngày 15/3/2026"], None, "1.b", "Chủ trì, phối hợp với Ban Quản lý Quần thể danh thắng"),
    (VH, [], "2026-03-15", ["trong tuần thứ ba của tháng 3/2026"], None, "1.c",
     "Tổng hợp kết quả tổ chức Tết và lễ hội, báo cáo UBND"),
    (KT, [], "2026-02-10", ["chậm nhất ngày 10/02/2026"], None, "2.a",
     "Kiểm tra, chỉnh trang hệ thống chiếu sáng, cây xanh, biển báo trên"),
    (KT, [], "2026-02-13", ["không quá ngày 13/02/2026"], None, "2.b",
     "Chủ trì xây dựng phương án bố trí điểm trông giữ xe tạm thời"),
    (KT, [], "2026-06-30", ["trong 06 tháng đầu năm 2026"], None, "2.c",
     "Hoàn thành việc cải tạo vỉa hè, hệ thống thoát nước tuyến đường Tràng An"),
    ("Công an phường", [], "2026-02-22", ["từ ngày 10/02/2026 đến hết ngày 22/02/2026", "muộn nhất ngày 25/02/2026"],
     None, "3", "Xây dựng kế hoạch bảo đảm an ninh, trật tự, an toàn giao"),
    ("Ban Chỉ huy Quân sự phường", [], None, ["trước ngày giao quân"], None, "4",
     "Chuẩn bị chu đáo các điều kiện tổ chức Lễ giao nhận quân năm"),
    ("Trung tâm Phục vụ hành chính công phường", [], None, ["vào sáng thứ Bảy hằng tuần"], "weekly", "5",
     "Giải quyết dứt điểm các hồ sơ thủ tục hành chính đã tiếp nhận"),
    (VP, [], "2026-02-09", ["chậm nhất ngày 09/02/2026"], None, "6.a",
     "Bố trí lịch trực Tết của lãnh đạo UBND phường, gửi các"),
    (VP, [VH], None, ["trước kỳ họp thứ Sáu Hội đồng nhân dân phường"], None, "6.b",
     "Chủ trì, phối hợp với Phòng Văn hóa - Xã hội xây dựng"),
    ("Thủ trưởng các cơ quan, đơn vị thuộc UBND phường", [], "2026-02-05",
     ["trong thời hạn 15 ngày kể từ ngày ký Chỉ thị"], None, "7",
     "Thủ trưởng các cơ quan, đơn vị thuộc UBND phường xây dựng kế hoạch"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", [], None, [], None, "8",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và"),
    ("các tổ chức chính trị - xã hội phường", [], None, [], None, "8",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và"),
], doc_type="CHỈ THỊ")

# 3 ------------------------------------------------------------------------------------------------
F3 = "q-email-outlook-ttyt-cailay-fw-syt-dongthap-soi.html"
CDC = "Trung tâm Kiểm soát bệnh tật tỉnh"
TTYT = "Các Trung tâm Y tế khu vực"
doc(F3, "html-outlook-forward-wordsection-msonormal-sender-note-with-own-deadline-signature-before-from-sent-block-notice-in-body",
    "63/TB-SYT", "2026-01-23", "Sở Y tế tỉnh Đồng Tháp", "Huỳnh Tấn Khiêm", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", [
    (CDC, [], "2026-01-28", ["trước ngày 28/01/2026"], None, "1.a",
     "Xây dựng kế hoạch chi tiết chiến dịch, dự trù vắc xin, vật tư"),
    (CDC, [], "2026-02-06", ["trước ngày 06/02/2026"], None, "1.b",
     "Tiếp nhận và phân bổ vắc xin cho các Trung tâm Y tế khu vực"),
    (CDC, [], None, ["vào chiều thứ Sáu hằng tuần"], "weekly", "1.c",
     "Tổng hợp tiến độ chiến dịch, báo cáo Sở Y tế vào chiều thứ Sáu"),
    (TTYT, [], "2026-02", ["trong tháng 02/2026"], None, "2.a",
     "Chỉ đạo Trạm Y tế các xã, phường rà soát, lập danh sách trẻ"),
    (TTYT, [], "2026-03-31", ["từ ngày 02/3/2026 đến ngày 31/3/2026"], None, "2.b",
     "Tổ chức tiêm bổ sung tại các điểm tiêm cố định và lưu động"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-01-30", ["trước ngày 30/01/2026"], None, "3",
     "Giao Phòng Kế hoạch - Tài chính tham mưu Giám đốc Sở bố trí"),
    ("Phòng Nghiệp vụ Y Dược", [CDC], None, [], None, "4",
     "Phòng Nghiệp vụ Y Dược chủ trì, phối hợp với Trung tâm Kiểm soát"),
    ("Bệnh viện Đa khoa Đồng Tháp", [], None, [], None, "5",
     "Bệnh viện Đa khoa Đồng Tháp bố trí kíp cấp cứu lưu động sẵn sàng"),
    ("Ủy ban nhân dân các xã, phường", [], None, [], None, "6",
     "Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo các tổ dân phố"),
])

# 4 ------------------------------------------------------------------------------------------------
F4 = "q-notion-tb-dhspkt-vinhlong-tuyen-sinh-2026.md"
TT = "Phòng Truyền thông và Tuyển sinh"
doc(F4, "md-notion-export-page-properties-aside-callout-quoted-header-checkbox-tasks-bold-unit-done-ticks-personal-todo-list",
    "19/TB-ĐHSPKTVL", "2026-01-26", "Trường Đại học Sư phạm Kỹ thuật Vĩnh Long", "Lâm Thị Phương Dung",
    "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", [
    ("Phòng Đào tạo", [TT], "2026-02-06", ["chậm nhất ngày 06/02/2026"], None, "1",
     "chủ trì, phối hợp với Phòng Truyền thông và Tuyển sinh hoàn thiện Đề án"),
    ("Các khoa chuyên môn", [], "2026-01-30", ["trước ngày 30/01/2026"], None, "2",
     "đề xuất chỉ tiêu, tổ hợp xét tuyển đối với các ngành mới mở"),
    (TT, [], "2026-04-30", ["từ ngày 02/3/2026 đến ngày 30/4/2026"], None, "3",
     "xây dựng kế hoạch tư vấn tuyển sinh tại các trường trung học phổ thông"),
    ("Trung tâm Chuyển đổi số", [], "2026-03", ["trong tháng 3/2026"], None, "4",
     "nâng cấp cổng đăng ký xét tuyển trực tuyến, kết nối dữ liệu với"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-03-31", ["trong quý I/2026"], None, "5",
     "cân đối, bố trí kinh phí cho công tác truyền thông, tư vấn tuyển sinh"),
    ("Phòng Hợp tác quốc tế", ["các khoa"], None, [], None, "6",
     "phối hợp với các khoa xây dựng chương trình thu hút lưu học sinh"),
    ("Đoàn Thanh niên", [TT], "2026-03-15", ["vào Chủ nhật, ngày 15/3/2026"], None, "7",
     "phối hợp với Phòng Truyền thông và Tuyển sinh tổ chức Ngày hội tư vấn"),
    ("Hội Sinh viên trường", [TT], "2026-03-15", ["vào Chủ nhật, ngày 15/3/2026"], None, "7",
     "phối hợp với Phòng Truyền thông và Tuyển sinh tổ chức Ngày hội tư vấn"),
    ("Phòng Đào tạo", [], None, ["định kỳ hằng tháng"], "monthly", "8",
     "tổng hợp tiến độ, báo cáo tại cuộc họp giao ban định kỳ hằng tháng"),
])

# 5 ------------------------------------------------------------------------------------------------
F5 = "q-tb-vpubnd-phutho-nuoc-sach-tracked-changes.docx"
doc(F5, "docx-word-tracked-changes-ins-and-del-runs-deadline-replaced-by-insertion-deleted-task-paragraph-renumbered-items",
    "118/TB-VPUBND", "2026-01-14", "Văn phòng UBND tỉnh Phú Thọ", "Hà Thị Thu Trang",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    (NNMT, ["Sở Tài chính", "Sở Xây dựng"], "2026-02-06", ["trước ngày 06/02/2026"], None, "II.1",
     "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính"),
    ("Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh", [], "2026-02-15", ["trước ngày 15/02/2026"], None,
     "II.2", "Giao Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh xây dựng"),
    ("Sở Tài chính", [], "2026-02-28", ["chậm nhất ngày 28/02/2026"], None, "II.3",
     "Giao Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí sửa chữa"),
    ("Ủy ban nhân dân các xã có công trình cấp nước tập trung", [], "2026-02-15", ["trước ngày 15/02/2026"], None,
     "II.4", "Giao Ủy ban nhân dân các xã có công trình cấp nước tập trung"),
    ("Công ty Cổ phần Nước sạch Hòa Bình", [], "2026-05-31", ["từ ngày 01/3/2026 đến ngày 31/5/2026"], None, "II.5",
     "Đề nghị Công ty Cổ phần Nước sạch Hòa Bình ưu tiên cấp nước"),
    (NNMT, [], None, ["định kỳ hằng tháng, trước ngày 25"], "monthly", "II.6",
     "Giao Sở Nông nghiệp và Môi trường tổng hợp tình hình cấp nước mùa khô"),
    ("Văn phòng UBND tỉnh", [], None, [], None, "II.7",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện"),
])

# 6 ------------------------------------------------------------------------------------------------
F6 = "q-tb-sct-thainguyen-giaoban-t1-frame-textbox-sdt.docx"
QLCN, QLNL, QLTM = "Phòng Quản lý công nghiệp", "Phòng Quản lý năng lượng", "Phòng Quản lý thương mại"
doc(F6, "docx-header-in-floating-frame-quoc-hieu-in-vml-text-box-date-in-date-picker-content-control-meeting-info-block-sdt-unit-headings-dash",
    "27/TB-SCT", "2026-01-16", "Sở Công Thương tỉnh Thái Nguyên", "Hoàng Minh Chiến", "GIÁM ĐỐC", [
    (QLCN, [QLNL], "2026-01-30", ["trước ngày 30/01/2026"], None, "1",
     "Chủ trì, phối hợp với Phòng Quản lý năng lượng rà soát tình hình thu hồi"),
    (QLCN, [], "2026-02", ["trong tháng 02/2026"], None, "1",
     "Đôn đốc các chủ đầu tư hạ tầng cụm công nghiệp đẩy nhanh tiến độ"),
    (QLNL, ["Công ty Điện lực Thái Nguyên"], "2026-02-05", ["trước ngày 05/02/2026"], None, "2",
     "Phối hợp với Công ty Điện lực Thái Nguyên xây dựng phương án cung cấp"),
    (QLNL, [], "2026-04-15", ["trước ngày 15/4/2026"], None, "2",
     "Kiểm tra an toàn đập thủy điện nhỏ trên địa bàn các xã vùng"),
    (QLTM, [], "2026-02-12", ["từ ngày 06/02/2026 đến ngày 12/02/2026"], None, "3",
     "Chủ trì tổ chức Hội chợ Xuân Bính Ngọ năm 2026 tại Quảng trường"),
    (QLTM, [], None, ["vào thứ Năm hằng tuần"], "weekly", "3",
     "Theo dõi giá cả, thị trường các mặt hàng thiết yếu, báo cáo Giám"),
    ("Văn phòng Sở", [], "2026-01", ["trong tháng 01/2026"], None, "4",
     "Văn phòng Sở rà soát, cập nhật Bộ thủ tục hành chính thuộc thẩm quyền"),
    ("Chi cục Quản lý thị trường khu vực Bắc Kạn", [QLTM], None, [], None, "5",
     "Đề nghị Chi cục Quản lý thị trường khu vực Bắc Kạn phối hợp với"),
    ("Trung tâm Khuyến công và Xúc tiến thương mại", [], "2026-03-20", ["trước ngày 20/3/2026"], None, "6",
     "Trung tâm Khuyến công và Xúc tiến thương mại hoàn thiện hồ sơ 12 sản phẩm"),
])

# 7 ------------------------------------------------------------------------------------------------
F7 = "q-tb-ubnd-thanhhoa-gpmb-don-vi-neu-tai-muc.docx"
BQL = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
G2 = "Giao Sở Nông nghiệp và Môi trường, Sở Tài chính, UBND các xã Thọ Lập"
doc(F7, "docx-anaphoric-assignees-cac-don-vi-neu-tai-muc-co-quan-neu-tren-don-vi-duoc-giao-chu-tri-defined-short-name-chu-dau-tu",
    "231/TB-UBND", "2026-03-09", "UBND tỉnh Thanh Hóa", "Lê Thị Hồng Vân", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (BQL, ["UBND xã Thọ Lập", "UBND xã Xuân Tín", "UBND xã Tượng Lĩnh"], "2026-03-16", ["trước ngày 16/3/2026"], None,
     "1", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
    (NNMT, [], None, [], None, "2", G2),
    ("Sở Tài chính", [], None, [], None, "2", G2),
    ("UBND các xã Thọ Lập, Xuân Tín, Tượng Lĩnh", [], None, [], None, "2", G2),
    ("Các đơn vị nêu tại mục 2", [], "2026-03-20", ["chậm nhất ngày 20/3/2026"], None, "3",
     "Các đơn vị nêu tại mục 2 báo cáo kết quả rà soát về Chủ đầu tư"),
    ("Sở Xây dựng", [], "2026-03-24", ["trong thời hạn 15 ngày kể từ ngày ký Thông báo này"], None, "4",
     "Giao Sở Xây dựng thẩm định hồ sơ điều chỉnh thiết kế đoạn qua khu"),
    ("UBND xã Tượng Lĩnh", [], "2026-06-30", ["trước ngày 30/6/2026"], None, "5",
     "Giao UBND xã Tượng Lĩnh hoàn thành xây dựng khu tái định cư thôn"),
    ("Công an tỉnh", [], None, [], None, "6", "Công an tỉnh chỉ đạo Công an các xã có dự án đi qua bảo đảm"),
    ("cơ quan nêu trên", [], None, ["không quá 03 ngày làm việc kể từ ngày nhận được đề nghị"], None, "6",
     "cơ quan nêu trên bố trí lực lượng hỗ trợ theo đề nghị của UBND"),
    ("Chủ đầu tư", ["nhà thầu thi công"], None, [], None, "7",
     "Chủ đầu tư phối hợp với nhà thầu thi công tổ chức thi công ngay"),
    ("đơn vị được giao chủ trì tại mục 1", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "7",
     "đơn vị được giao chủ trì tại mục 1 báo cáo tiến độ bàn giao"),
    ("Đơn vị được giao chủ trì các nhiệm vụ tại Thông báo này", [], "2026-03-25", ["trước ngày 25/3/2026"], None, "8",
     "Đơn vị được giao chủ trì các nhiệm vụ tại Thông báo này tổng hợp"),
])

# 8 ------------------------------------------------------------------------------------------------
F8 = "q-tb-snv-danang-giaoban-t2-dong-chi-cot-thoi-han.pdf"
LUC = "Đồng chí Phan Văn Lực, Phó Giám đốc Sở"
doc(F8, "pdf-named-person-assignees-dong-chi-name-title-hanging-indent-items-right-aligned-deadline-column-terse-deadline-cells",
    "156/TB-SNV", "2026-02-10", "Sở Nội vụ thành phố Đà Nẵng", "Mai Xuân Thịnh", "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    ("Đồng chí Hồ Thị Ngọc Trâm, Phó Giám đốc Sở", [], "2026-02-28", ["Trước 28/02/2026"], None, "1",
     "Đồng chí Hồ Thị Ngọc Trâm, Phó Giám đốc Sở: chỉ đạo Phòng Công chức"),
    (LUC, [], "2026-03-13", ["Chậm nhất 13/3/2026"], None, "2",
     "Đồng chí Phan Văn Lực, Phó Giám đốc Sở, chỉ đạo Phòng Xây dựng"),
    (LUC, [], "2026-04-30", ["Từ 16/3 đến 30/4/2026"], None, "3",
     "Đồng chí Phan Văn Lực, Phó Giám đốc Sở, theo dõi, chỉ đạo kỳ"),
    ("đồng chí Trưởng phòng Tổ chức biên chế và tổ chức phi chính phủ", [], "2026-06-30", ["Quý II/2026"], None, "4",
     "Giao đồng chí Trưởng phòng Tổ chức biên chế và tổ chức phi chính phủ"),
    ("đồng chí Chánh Văn phòng Sở", [], None, ["Trước ngày 22 hằng tháng"], "monthly", "5",
     "Giao đồng chí Chánh Văn phòng Sở tổng hợp báo cáo kết quả công tác"),
    ("Đồng chí Giám đốc Trung tâm Lưu trữ lịch sử thành phố", [], "2026", ["Trong năm 2026"], None, "6",
     "Đồng chí Giám đốc Trung tâm Lưu trữ lịch sử thành phố chỉ đạo tiếp nhận"),
    ("Đồng chí Trưởng Ban Thi đua - Khen thưởng", [], "2026-03-20", ["Không quá 20/3/2026"], None, "7",
     "Đồng chí Trưởng Ban Thi đua - Khen thưởng tham mưu Giám đốc Sở trình"),
    ("Đồng chí Nguyễn Thị Kim Oanh, chuyên viên Phòng Công chức, viên chức", [], None, ["Thường xuyên"], None, "8",
     "Đồng chí Nguyễn Thị Kim Oanh, chuyên viên Phòng Công chức, viên chức, làm"),
])

# 9 ------------------------------------------------------------------------------------------------
F9 = "q-bb-bvdk-tayninh-hdtdt-ket-luan-chu-tri.pdf"
doc(F9, "pdf-hospital-bien-ban-hop-drawn-two-column-attendance-box-discussion-de-nghi-not-tasks-ket-luan-cua-chu-tri-part",
    "41/BB-BVĐK", "2026-01-29", "Bệnh viện Đa khoa tỉnh Tây Ninh", "Trần Văn Lợi", "CHỦ TRÌ / PHÓ GIÁM ĐỐC", [
    ("Khoa Dược", [], "2026-02-06", ["trước ngày 06/02/2026"], None, "IV.2",
     "Khoa Dược hoàn thiện Danh mục thuốc sử dụng tại Bệnh viện năm 2026"),
    ("Khoa Dược", ["Phòng Tài chính kế toán"], "2026-02", ["trong tháng 02/2026"], None, "IV.3",
     "Khoa Dược phối hợp với Phòng Tài chính kế toán xây dựng kế hoạch"),
    ("Phòng Kế hoạch tổng hợp", ["Tổ Dược lâm sàng"], None, ["định kỳ hằng quý"], "quarterly", "IV.4",
     "Phòng Kế hoạch tổng hợp phối hợp với Tổ Dược lâm sàng giám sát việc"),
    ("Tổ Dược lâm sàng", [], None, ["định kỳ hằng tháng"], "monthly", "IV.5",
     "Tổ Dược lâm sàng bình đơn thuốc ngoại trú định kỳ hằng tháng, mỗi"),
    ("Trưởng các khoa lâm sàng", [], "2026-02-13", ["trước ngày 13/02/2026"], None, "IV.6",
     "Trưởng các khoa lâm sàng phổ biến danh mục thuốc mới và phác đồ"),
    ("Phòng Công nghệ thông tin", [], "2026-02-10", ["không quá ngày 10/02/2026"], None, "IV.7",
     "Phòng Công nghệ thông tin cập nhật danh mục thuốc mới trên phần mềm"),
    ("Khoa Hồi sức tích cực - Chống độc", ["Khoa Vi sinh"], "2026-06-30", ["trong quý II/2026"], None, "IV.8",
     "Khoa Hồi sức tích cực - Chống độc phối hợp với Khoa Vi sinh xây dựng"),
    ("Phòng Điều dưỡng", [], None, [], None, "IV.9",
     "Phòng Điều dưỡng chỉ đạo điều dưỡng các khoa thực hiện thuốc đúng giờ"),
], doc_type="BIÊN BẢN")

# 10 -----------------------------------------------------------------------------------------------
F10 = "q-ct-ubnd-hatinh-chay-rung-2026-cong-bao-2-cot.pdf"
CTX = "Chủ tịch Ủy ban nhân dân các xã, phường có rừng"
VQ = "Vườn quốc gia Vũ Quang và các Ban quản lý rừng phòng hộ xây dựng, sửa chữa"
doc(F10, "pdf-cong-bao-gazette-two-column-body-running-header-so-ngay-page-number-outer-side-full-width-header-title-signature-in-column",
    "05/CT-UBND", "2026-03-02", "UBND tỉnh Hà Tĩnh", "Trần Hữu Nghĩa", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (CTX, [], "2026-03-20", ["chậm nhất ngày 20/3/2026"], None, "1.a",
     "Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã, phân công"),
    (CTX, [], "2026-03", ["trong tháng 3/2026"], None, "1.b",
     "Tổ chức cho 100% chủ rừng là hộ gia đình, cá nhân, cộng đồng"),
    (CTX, [], "2026-09-15", ["từ ngày 15/4/2026 đến ngày 15/9/2026"], None, "1.c",
     "Bố trí lực lượng trực phòng cháy, chữa cháy rừng 24/24 giờ tại"),
    (NNMT, ["Sở Tài chính"], "2026-03-25", ["không quá ngày 25/3/2026"], None, "2.a",
     "Chủ trì, phối hợp với Sở Tài chính rà soát, đề xuất bổ sung kinh phí"),
    (NNMT, [], None, [], None, "2.b", "Chỉ đạo Chi cục Kiểm lâm cập nhật bản đồ vùng trọng điểm cháy rừng"),
    (NNMT, [], None, ["vào thứ Hai hằng tuần"], "weekly", "2.c",
     "Tổng hợp tình hình, báo cáo UBND tỉnh vào thứ Hai hằng tuần"),
    ("Công an tỉnh", ["Chi cục Kiểm lâm"], "2026-04-30", ["trước ngày 30/4/2026"], None, "3",
     "Công an tỉnh chủ trì, phối hợp với Chi cục Kiểm lâm tổ chức diễn tập"),
    ("Bộ Chỉ huy Quân sự tỉnh", [], None, [], None, "4",
     "Bộ Chỉ huy Quân sự tỉnh xây dựng phương án huy động lực lượng, phương tiện"),
    ("Vườn quốc gia Vũ Quang", [], "2026-04", ["trong tháng 4/2026"], None, "5", VQ),
    ("các Ban quản lý rừng phòng hộ", [], "2026-04", ["trong tháng 4/2026"], None, "5", VQ),
    ("Báo và Phát thanh, Truyền hình Hà Tĩnh", [], None, ["định kỳ hằng tuần"], "weekly", "6",
     "Báo và Phát thanh, Truyền hình Hà Tĩnh mở chuyên mục tuyên truyền về phòng cháy"),
    ("Sở Tài chính", [], None, [], None, "7", "Sở Tài chính cân đối, tham mưu bố trí kinh phí cho công tác"),
], doc_type="CHỈ THỊ")

# questions ----------------------------------------------------------------------------------------
q("Theo Thông báo 84/TB-VPUB của Văn phòng UBND tỉnh Quảng Ngãi, Sở Xây dựng phải báo cáo phương án sửa chữa cấp bách tuyến ĐT.672 chậm nhất vào ngày nào?",
  F1, ["27/02/2026"], ["deadline", "vi"])
q("Chủ tịch UBND tỉnh Quảng Ngãi có ý kiến thế nào về đề xuất điều chuyển giáo viên của Sở Giáo dục và Đào tạo tại Thông báo 84/TB-VPUB?",
  F1, ["411/UBND-KGVX", "không xem xét lại"], ["what", "vi"])
q("In Quang Ngai's notice 84/TB-VPUB, which body must clear the backlog of waste near the Trà river in Cẩm Thành, with whom, and by when?",
  F1, ["UBND phường Cẩm Thành", "Công ty Cổ phần Môi trường đô thị Quảng Ngãi", "10/02/2026"], ["who-leads", "coordinators", "deadline", "en"])
q("Thong bao 84/TB-VPUB ve cac kien nghi cua so, nganh tinh Quang Ngai do ai ky?", F1, ["Võ Thị Khánh Nhung"],
  ["signer", "vi-noaccent"])
q("Chỉ thị 03/CT-UBND của phường Hoa Lư yêu cầu Phòng Văn hóa - Xã hội hoàn thành việc trao quà Tết cho hộ nghèo trước thời điểm nào?",
  F2, ["30 tháng Chạp"], ["deadline", "vi"])
q("Le hoi Co do Hoa Lu nam 2026 to chuc tu ngay nao den ngay nao va don vi nao chu tri?", F2,
  ["ngày 05 đến ngày 15/3/2026", "Phòng Văn hóa - Xã hội"], ["deadline", "who-leads", "vi-noaccent"])
q("Under the Hoa Lư ward directive 03/CT-UBND, within what period must the heads of the ward's agencies send their implementation plans?",
  F2, ["15 ngày kể từ ngày ký"], ["deadline", "en"])
q("Dự thảo Đề án phát triển du lịch văn hóa phường Hoa Lư giai đoạn 2026 - 2030 phải được trình UBND phường khi nào và do đơn vị nào chủ trì?",
  F2, ["kỳ họp thứ Sáu", "Văn phòng HĐND và UBND phường"], ["deadline", "who-leads", "vi"])
q("Theo Thông báo 63/TB-SYT của Sở Y tế Đồng Tháp, Trung tâm Kiểm soát bệnh tật tỉnh phải trình kế hoạch chi tiết chiến dịch tiêm vắc xin Sởi - Rubella trước ngày nào?",
  F3, ["28/01/2026"], ["deadline", "vi"])
q("Who signed the measles-rubella campaign notice 63/TB-SYT that was forwarded by e-mail, and with what title?", F3,
  ["Huỳnh Tấn Khiêm", "PHÓ GIÁM ĐỐC"], ["signer", "en"])
q("Cac Trung tam Y te khu vuc o Dong Thap to chuc tiem bo sung vac xin Soi - Rubella trong khoang thoi gian nao?", F3,
  ["02/3/2026", "31/3/2026"], ["deadline", "vi-noaccent"])
q("Thông báo 63/TB-SYT giao đơn vị nào chủ trì kiểm tra, giám sát an toàn tiêm chủng tại các điểm tiêm, phối hợp với đơn vị nào?",
  F3, ["Phòng Nghiệp vụ Y Dược", "Trung tâm Kiểm soát bệnh tật tỉnh"], ["who-leads", "coordinators", "vi"])
q("Thông báo 19/TB-ĐHSPKTVL kết luận cuộc họp chuẩn bị tuyển sinh năm 2026 do ai ký?", F4, ["Lâm Thị Phương Dung"],
  ["signer", "vi"])
q("When is the admissions counselling day that the Youth Union and the Student Association of Vinh Long University of Technology Education must help organise?",
  F4, ["15/3/2026"], ["deadline", "en"])
q("Trung tam Chuyen doi so cua Truong Dai hoc Su pham Ky thuat Vinh Long phai van hanh thu cong dang ky xet tuyen truc tuyen khi nao?",
  F4, ["tháng 3/2026"], ["deadline", "vi-noaccent"])
q("Theo Thông báo 118/TB-VPUBND của Văn phòng UBND tỉnh Phú Thọ, Sở Nông nghiệp và Môi trường phải báo cáo kết quả rà soát 146 công trình cấp nước tập trung trước ngày nào?",
  F5, ["06/02/2026"], ["deadline", "vi"])
q("According to the revised notice 118/TB-VPUBND, by when must Phú Thọ's rural clean water centre finish its temporary water supply plan for the highland communes?",
  F5, ["15/02/2026"], ["deadline", "en"])
q("Thong bao 118/TB-VPUBND giao So Nong nghiep va Moi truong phoi hop voi nhung so nao de ra soat cong trinh cap nuoc tap trung?",
  F5, ["Tài chính", "Xây dựng"], ["coordinators", "vi-noaccent"])
q("Theo Thông báo 27/TB-SCT của Sở Công Thương tỉnh Thái Nguyên, Hội chợ Xuân Bính Ngọ năm 2026 được tổ chức ở đâu, trong thời gian nào?",
  F6, ["Quảng trường Võ Nguyên Giáp", "06/02/2026", "12/02/2026"], ["what", "deadline", "vi"])
q("Who signed notice 27/TB-SCT of the Thai Nguyen Department of Industry and Trade on the January 2026 briefing?", F6,
  ["Hoàng Minh Chiến"], ["signer", "en"])
q("Phòng Quản lý năng lượng Sở Công Thương Thái Nguyên được giao những nhiệm vụ gì, thời hạn ra sao?", F6,
  ["Công ty Điện lực Thái Nguyên", "05/02/2026", "15/4/2026"], ["list", "vi"])
q("Theo Thông báo 231/TB-UBND của UBND tỉnh Thanh Hóa, những đơn vị nào phải báo cáo kết quả rà soát nguồn gốc đất, đơn giá bồi thường về Chủ đầu tư và chậm nhất ngày nào?",
  F7, ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "20/3/2026"], ["who", "deadline", "vi"])
q("In Thanh Hoa's notice 231/TB-UBND, which body must report the site handover progress every week, and on which day?", F7,
  ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "thứ Sáu"], ["who-leads", "recurring", "en"])
q("So Xay dung Thanh Hoa phai co van ban tham dinh dieu chinh thiet ke doan qua khu dan cu Xuan Tin trong thoi han bao lau?",
  F7, ["15 ngày kể từ ngày ký"], ["deadline", "vi-noaccent"])
q("Theo Thông báo 156/TB-SNV của Sở Nội vụ thành phố Đà Nẵng, đồng chí Phan Văn Lực được phân công những việc gì?", F8,
  ["Phòng Xây dựng chính quyền và công tác thanh niên", "13/3/2026", "tuyển dụng công chức cấp xã"], ["list", "vi"])
q("Ai la dau moi tiep nhan, tra loi phan anh cua can bo, cong chuc cap xa ve che do, chinh sach tren Cong thong tin dien tu cua So Noi vu Da Nang?",
  F8, ["Nguyễn Thị Kim Oanh"], ["who", "vi-noaccent"])
q("By when must the head of the Organisation and Staffing division of the Da Nang Department of Home Affairs appraise the job-position schemes of the 12 public service units?",
  F8, ["Quý II/2026"], ["deadline", "en"])
q("Trong Biên bản họp Hội đồng Thuốc và Điều trị số 41/BB-BVĐK, ai chủ trì và ai làm thư ký?", F9,
  ["Trần Văn Lợi", "Quách Ngọc Hân"], ["chair", "vi"])
q("Phòng Công nghệ thông tin Bệnh viện Đa khoa tỉnh Tây Ninh phải cập nhật danh mục thuốc mới trên phần mềm HIS chậm nhất ngày nào?",
  F9, ["10/02/2026"], ["deadline", "vi"])
q("Theo Chỉ thị 05/CT-UBND của Chủ tịch UBND tỉnh Hà Tĩnh, Công an tỉnh phải tổ chức diễn tập chữa cháy rừng ở đâu, phối hợp với đơn vị nào và hoàn thành trước ngày nào?",
  F10, ["Hương Sơn", "Chi cục Kiểm lâm", "30/4/2026"], ["deadline", "coordinators", "vi"])
q("In Hà Tĩnh's forest-fire directive 05/CT-UBND published in the provincial gazette, during which period must the communes keep a round-the-clock fire watch?",
  F10, ["15/4/2026", "15/9/2026"], ["deadline", "en"])
q("Chi thi 05/CT-UBND ve phong chay, chua chay rung nam 2026 cua tinh Ha Tinh do ai ky, voi chuc vu gi?", F10,
  ["Trần Hữu Nghĩa", "PHÓ CHỦ TỊCH"], ["signer", "vi-noaccent"])
# unanswerable
q("Theo Thông báo 84/TB-VPUB, Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi phải hoàn thành việc điều chuyển giáo viên trước ngày nào?",
  None, [], ["deadline", "vi"])
q("What deadline did the Hoa Lư ward directive give the Tràng An landscape management board for repairing the boat wharf?",
  None, [], ["deadline", "en"])
q("Benh vien Da khoa Dong Thap phai bao cao so ca phan ung sau tiem vac xin Soi - Rubella ve So Y te truoc ngay nao?",
  None, [], ["deadline", "vi-noaccent"])
q("Theo Thông báo 118/TB-VPUBND của Văn phòng UBND tỉnh Phú Thọ, Sở Y tế phải hoàn thành lấy mẫu xét nghiệm chất lượng nước tại 146 công trình trước ngày nào?",
  None, [], ["deadline", "vi"])
q("What did the Thai Nguyen Department of Industry and Trade ask the Bắc Ninh market surveillance branch to do before Tết?",
  None, [], ["what", "en"])
q("Thông báo kết luận của UBND tỉnh Nghệ An về giải phóng mặt bằng tuyến đường nối Khu kinh tế Nghi Sơn với Cảng hàng không Thọ Xuân giao xã Thọ Lập hoàn thành việc gì?",
  None, [], ["what", "vi"])
q("So Noi vu Da Nang giao Thanh tra So thanh tra cong vu tai cac xa, phuong trong thang 3/2026 nhu the nao?",
  None, [], ["what", "vi-noaccent"])
q("According to the Tay Ninh hospital drug committee minutes 41/BB-BVĐK, by when must the Paediatrics department (Khoa Nhi) submit its antibiotic use report?",
  None, [], ["deadline", "en"])

if __name__ == "__main__":
    BATCH.write()
