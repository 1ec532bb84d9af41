"""Gold and questions for batch o, written by hand from the document text.
Writes gold/o.jsonl and questions/o.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/o-src/gold_o.py
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


# 1 Bộ Y tế, Vụ Kế hoạch - Tài chính ------------------------------------------------------------------
F1 = "o-tb-byt-vukhtc-du-toan-2026.docx"
DT = "Các đơn vị dự toán trực thuộc Bộ"
QLKCB = "Cục Quản lý Khám, chữa bệnh"
A2 = "Xây dựng phương án tự chủ tài chính giai đoạn 2026 - 2030; phối hợp"
doc(F1, "docx-ministry-vu-level-landscape-section-task-table-two-row-merged-header-bat-dau-hoan-thanh-columns",
    "1391/TB-BYT", "2026-01-09", "Bộ Y tế", "Trần Quốc Thịnh",
    "TL. BỘ TRƯỞNG / VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH", [
    (DT, [], "2026-01-23", ["23/01/2026"], None, "II.1",
     "Rà soát, hoàn thiện phương án phân bổ chi tiết dự toán chi thường xuyên năm 2026"),
    ("Bệnh viện Bạch Mai", ["Vụ Tổ chức cán bộ"], "2026-03-31", ["Quý I/2026"], None, "II.2", A2),
    ("Bệnh viện Chợ Rẫy", ["Vụ Tổ chức cán bộ"], "2026-03-31", ["Quý I/2026"], None, "II.2", A2),
    (QLKCB, [], "2026-03-31", ["Trước ngày 31/3/2026"], None, "II.3",
     "Tổng hợp, đánh giá tình hình thực hiện giá dịch vụ khám bệnh, chữa bệnh"),
    ("Vụ Bảo hiểm y tế", ["Bảo hiểm xã hội Việt Nam"], "2026-02-28", ["28/02/2026"], None, "II.4",
     "Phối hợp với Bảo hiểm xã hội Việt Nam đối chiếu số liệu thanh toán"),
    ("Cục Phòng bệnh", [], "2026-02-13", ["Trước 13/02/2026"], None, "II.5",
     "Xây dựng phương án phân bổ kinh phí phòng, chống dịch bệnh và tiêm chủng"),
    ("Cục Bảo trợ xã hội", [], "2026-02-13", ["Trước 13/02/2026"], None, "II.6",
     "Rà soát, tổng hợp nhu cầu kinh phí thực hiện chính sách trợ giúp xã hội"),
    ("Bệnh viện Hữu nghị Việt Đức", [], None, ["Trước ngày 05 hằng tháng"], "monthly", "II.7",
     "Báo cáo tiến độ giải ngân vốn đầu tư công năm 2026 của Dự án"),
    (DT, [], None, ["Trong 15 ngày kể từ ngày được giao dự toán"], None, "II.8",
     "Công khai dự toán ngân sách năm 2026 được giao trên Cổng thông tin"),
    ("Văn phòng Bộ", ["Vụ Kế hoạch - Tài chính"], "2026-02-20", ["Trước 20/02/2026"], None, "II.9",
     "Chuẩn bị nội dung, tài liệu Hội nghị tổng kết công tác tài chính y tế"),
    ("Thủ trưởng các đơn vị trực thuộc Bộ", [], None, ["trước ngày 20 của tháng cuối quý"], "quarterly", "III.1",
     "Thủ trưởng các đơn vị trực thuộc Bộ chịu trách nhiệm trước Bộ trưởng"),
    (QLKCB, ["Vụ Bảo hiểm y tế"], "2026-02-06", ["chậm nhất ngày 06/02/2026"], None, "III.2",
     "Đề nghị Cục Quản lý Khám, chữa bệnh phối hợp với Vụ Bảo hiểm y tế"),
])

# 2 Công ty thủy lợi Bắc Đuống ---------------------------------------------------------------------------
F2 = "o-tb-ctthuyloi-bacduong-lay-nuoc-dong-xuan.docx"
QLN = "Phòng Quản lý nước và công trình"
XN = "Các Xí nghiệp Khai thác công trình thủy lợi"
doc(F2, "docx-state-company-bold-unnumbered-unit-headings-dash-items-plus-subitems-under-umbrella-word-comments-in-file",
    "43/TB-CTBĐ", "2026-01-08", "Công ty TNHH một thành viên Khai thác công trình thủy lợi Bắc Đuống",
    "Nguyễn Hữu Khiêm", "GIÁM ĐỐC", [
    (QLN, [], "2026-01-14", ["trước ngày 14/01/2026"], None, "II",
     "Chủ trì xây dựng kế hoạch chi tiết phân phối nước cho từng trạm bơm"),
    (QLN, [], "2026-01-16", ["trước ngày 16/01/2026"], None, "II",
     "Kiểm tra mực nước bể hút các trạm bơm đầu mối Trịnh Xá, Tân Chi"),
    (QLN, ["Phòng Kỹ thuật"], "2026-01-17", ["trước ngày 17/01/2026"], None, "II",
     "Phối hợp với Phòng Kỹ thuật kiểm tra tình trạng các cống lấy nước"),
    (QLN, [], None, ["trước 15 giờ 00 hằng ngày"], "daily", "II",
     "Tổng hợp tiến độ lấy nước, diện tích đổ ải, báo cáo Sở Nông nghiệp"),
    ("Phòng Kỹ thuật", [], "2026-01-18", ["trước ngày 18/01/2026"], None, "II",
     "Hoàn thành nạo vét, vớt bèo rác bể hút, kênh dẫn các trạm bơm"),
    ("Phòng Kỹ thuật", [], "2026-01-19", ["chậm nhất ngày 19/01/2026"], None, "II",
     "Kiểm tra, bảo dưỡng 100% tổ máy bơm, trạm biến áp các trạm bơm"),
    ("Phòng Kế hoạch - Tài chính", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II",
     "Bố trí 2,35 tỷ đồng cho nạo vét, tiền điện bơm nước vụ Đông Xuân"),
    (XN, [], "2026-01-26", ["từ ngày 21/01/2026 đến ngày 26/01/2026"], None, "II",
     "Vận hành các trạm bơm lấy nước liên tục trong đợt lấy nước thứ nhất"),
    (XN, ["UBND các xã, phường trong vùng phục vụ"], None, [], None, "II",
     "Phối hợp với UBND các xã, phường trong vùng phục vụ vận động nhân dân"),
    ("Xí nghiệp Khai thác công trình thủy lợi Tiên Du", [], "2026-01-16", ["trước ngày 16/01/2026"], None, "II",
     "Xí nghiệp Khai thác công trình thủy lợi Tiên Du khẩn trương sửa chữa cửa cống"),
    ("Văn phòng Công ty", [], "2026-02", ["tại cuộc họp giao ban tháng 02/2026"], None, "II",
     "Theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp, báo cáo"),
])

# 3 UBND xã Nam Trực --------------------------------------------------------------------------------------
F3 = "o-tb-ubnd-xa-namtruc-tet-binh-ngo.docx"
VH = "Phòng Văn hóa - Xã hội"
VP3 = "Văn phòng HĐND và UBND xã"
D10 = ["trước ngày 10/02/2026"]
MT = "Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội"
doc(F3, "docx-commune-run-on-topic-paragraphs-several-bold-units-per-paragraph-semicolons-shared-trailing-deadline",
    "09/TB-UBND", "2026-01-12", "UBND xã Nam Trực", "Đoàn Thị Minh Nguyệt", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", [
    (VH, ["Ủy ban MTTQ Việt Nam xã"], "2026-02-10", D10, None, "1",
     "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ"),
    (VP3, [], "2026-02-10", D10, None, "1",
     "Văn phòng HĐND và UBND xã bố trí kinh phí, phương tiện và xây dựng"),
    ("Trưởng các thôn, xóm", [], "2026-02-10", D10, None, "1",
     "Trưởng các thôn, xóm chủ động nắm tình hình các hộ có hoàn cảnh"),
    ("Công an xã", [], "2026-03-05", ["từ ngày 15/01/2026 đến hết ngày 05/3/2026"], None, "2",
     "Công an xã tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn"),
    ("Ban Chỉ huy Quân sự xã", ["Công an xã"], None, [], None, "2",
     "Ban Chỉ huy Quân sự xã duy trì nghiêm chế độ trực sẵn sàng chiến đấu"),
    ("Ủy ban MTTQ Việt Nam xã", [], None, [], None, "2", MT),
    ("các tổ chức chính trị - xã hội", [], None, [], None, "2", MT),
    ("Phòng Kinh tế", ["Trạm Y tế xã", "Công an xã"], "2026-02-14", ["trước ngày 14/02/2026"], None, "3",
     "Giao Phòng Kinh tế chủ trì, phối hợp với Trạm Y tế xã, Công an xã"),
    ("Trạm Y tế xã", [], None, [], None, "3",
     "Trạm Y tế xã bố trí trực cấp cứu 24/24 giờ trong các ngày nghỉ Tết"),
    ("Trung tâm Phục vụ hành chính công xã", [],
     "2026-02-13", ["vào sáng thứ Bảy hằng tuần đến hết tháng 02/2026", "trước ngày 13/02/2026"], "weekly", "4",
     "Trung tâm Phục vụ hành chính công xã bố trí công chức tiếp nhận, trả kết quả"),
    ("Bưu điện Nam Trực", [], "2026-02-12", ["trước ngày 12/02/2026"], None, "4",
     "Đề nghị Bưu điện Nam Trực chi trả lương hưu, trợ cấp bảo hiểm xã hội"),
    (VH, [], "2026-01-30", ["trước ngày 30/01/2026"], None, "5",
     "Giao Phòng Văn hóa - Xã hội chủ trì tổ chức Chương trình văn nghệ"),
    (VP3, [], "2026-02-11", ["trước ngày 11/02/2026"], None, "5",
     "Văn phòng HĐND và UBND xã tham mưu phân công lãnh đạo, công chức trực Tết"),
    (VP3, [], "2026-02", ["tại cuộc họp giao ban tháng 02/2026"], None, "6",
     "Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc các cơ quan"),
])

# 4 Thanh tra tỉnh Vĩnh Long, kết luận thanh tra -----------------------------------------------------------
F4 = "o-kltt-thanhtra-vinhlong-dat-cong-tieucan.pdf"
CTX = "Chủ tịch UBND xã Tiểu Cần"
BQL = "Ban Quản lý dự án đầu tư xây dựng khu vực Tiểu Cần"
doc(F4, "pdf-ket-luan-thanh-tra-roman-parts-kien-nghi-doi-voi-headings-lettered-a-to-dd-header-written-last-in-content-stream",
    "27/KL-TTr", "2025-12-23", "Thanh tra tỉnh Vĩnh Long", "Lê Hoàng Phúc", "CHÁNH THANH TRA", [
    ("Sở Nông nghiệp và Môi trường", ["UBND xã Tiểu Cần"], "2026-06-30", ["trong quý II/2026"], None, "V.1.a",
     "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND xã Tiểu Cần"),
    ("Sở Tài chính", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "V.1.b",
     "Giao Sở Tài chính hướng dẫn UBND xã Tiểu Cần hạch toán, quản lý nguồn thu"),
    ("Chủ tịch UBND tỉnh", [], None, [], None, "V.1.c",
     "Chỉ đạo Sở Xây dựng kiểm tra chất lượng công trình Đường liên xã Tiểu Cần"),
    (CTX, [], "2026-01-22", ["trong thời hạn 30 ngày kể từ ngày ký Kết luận thanh tra"], None, "V.2.a",
     "Thu hồi số tiền 418,6 triệu đồng chi không đúng quy định, nộp vào"),
    (CTX, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "V.2.b",
     "Chấm dứt việc cho thuê đất công ích không qua đấu giá đối với 17 hộ"),
    (CTX, ["Ủy ban MTTQ Việt Nam xã"], None, [], None, "V.2.c",
     "Chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã vận động 09 hộ"),
    (CTX, [], "2026-02-28", ["trước ngày 28/02/2026"], None, "V.2.d",
     "Tổ chức kiểm điểm trách nhiệm đối với tập thể, cá nhân có liên quan"),
    (CTX, [], None, ["Định kỳ hằng quý"], "quarterly", "V.2.đ",
     "Định kỳ hằng quý báo cáo tiến độ khắc phục về Thanh tra tỉnh"),
    (BQL, [], None, [], None, "V.3.a",
     "Giảm trừ giá trị quyết toán số tiền 186,3 triệu đồng do nghiệm thu vượt"),
    (BQL, [], "2026-05-15", ["chậm nhất ngày 15/5/2026"], None, "V.3.b",
     "Yêu cầu nhà thầu thi công sửa chữa đoạn tuyến Km1+200 - Km1+650 bằng kinh phí"),
    (CTX, [], None, [], None, "VI.1",
     "Chủ tịch UBND xã Tiểu Cần có trách nhiệm công khai Kết luận thanh tra"),
    ("Phòng Nghiệp vụ 2", [], "2026-07-15", ["trước ngày 15/7/2026"], None, "VI.2",
     "Giao Phòng Nghiệp vụ 2 theo dõi, đôn đốc, kiểm tra việc thực hiện"),
], doc_type="KẾT LUẬN THANH TRA")

# 5 Ban đại diện HĐQT NHCSXH tỉnh Cà Mau, with a commune's "sao y" block --------------------------------
F5 = "o-tb-nhcsxh-camau-bdd-quy4-sao-y.pdf"
CN = "Chi nhánh NHCSXH tỉnh"
PGD = "Phòng giao dịch NHCSXH các khu vực"
UX = "UBND các xã, phường"
doc(F5, "pdf-bank-board-representative-lettered-and-dash-items-under-bold-headings-sao-y-block-with-own-number-date-signer",
    "527/TB-BĐD", "2025-12-26", "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Cà Mau",
    "Trịnh Hoàng Phong", "TM. BAN ĐẠI DIỆN HĐQT / TRƯỞNG BAN", [
    (CN, [], "2025-12-31", ["trước ngày 31/12/2025"], None, "II.1.a",
     "Tập trung giải ngân hết nguồn vốn được giao, bảo đảm hoàn thành kế hoạch"),
    (CN, ["các tổ chức chính trị - xã hội nhận ủy thác"], "2026-03-31", ["trong quý I/2026"], None, "II.1.b",
     "Chủ trì, phối hợp với các tổ chức chính trị - xã hội nhận ủy thác"),
    (CN, [], None, ["trước phiên họp ít nhất 05 ngày làm việc"], None, "II.1.c",
     "Tham mưu Trưởng Ban đại diện chuẩn bị nội dung phiên họp quý I/2026"),
    (PGD, [], None, ["vào các ngày cố định hằng tháng"], "monthly", "II.2",
     "Duy trì tổ chức giao dịch tại 64 Điểm giao dịch xã vào các ngày"),
    (PGD, [UX], "2026-01-15", ["trước ngày 15/01/2026"], None, "II.2",
     "Phối hợp với UBND các xã, phường rà soát, phân loại nợ quá hạn"),
    ("Các tổ chức chính trị - xã hội nhận ủy thác", [], "2026-03-31", ["đến ngày 31/3/2026"], None, "II.3",
     "Chỉ đạo các cấp hội, đoàn cơ sở phối hợp đôn đốc thu hồi nợ"),
    ("Hội Liên hiệp Phụ nữ tỉnh", [CN], "2026-03", ["trong tháng 3/2026"], None, "II.3",
     "Hội Liên hiệp Phụ nữ tỉnh phối hợp với Chi nhánh NHCSXH tỉnh tổ chức"),
    (UX, [], "2026-01-20", ["trước ngày 20/01/2026"], None, "II.4",
     "Chỉ đạo rà soát, xác nhận đối tượng vay vốn là hộ nghèo, hộ cận nghèo"),
    (UX, [], "2026-06-30", ["trước ngày 30/6/2026"], None, "II.4",
     "Bố trí nguồn vốn ngân sách cấp xã ủy thác qua NHCSXH trong dự toán"),
    ("Sở Tài chính", [], "2026-01-31", ["trước ngày 31/01/2026"], None, "II.5",
     "Giao Sở Tài chính tham mưu UBND tỉnh bố trí 30 tỷ đồng từ ngân sách"),
    ("Các thành viên Ban đại diện", [], None, ["định kỳ hằng quý"], "quarterly", "II.6",
     "Các thành viên Ban đại diện định kỳ hằng quý kiểm tra, giám sát hoạt động"),
])

# 6 Văn phòng UBND tỉnh Lai Châu ------------------------------------------------------------------------
F6 = "o-tb-vpub-laichau-sam-du-lich.txt"
VHL = "Sở VH,TT&DL"
CT6 = "Giao Sở Công Thương, Sở VH,TT&DL: phối hợp tổ chức Phiên chợ Sâm Lai Châu"
doc(F6, "txt-provincial-office-unnumbered-giao-x-colon-dash-lines-deadlines-in-parentheses-abbreviated-units-defined-in-intro",
    "1604/TB-VPUBND", "2025-12-17", "Văn phòng UBND tỉnh Lai Châu", "Tao Thị Hồng Nhung",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    ("Sở NN&MT", ["UBND xã Sìn Hồ", "UBND xã Tam Đường", "UBND xã Mường Tè"], "2026-01", ["trong tháng 01/2026"],
     None, "II", "Giao Sở NN&MT: chủ trì, phối hợp với UBND các xã Sìn Hồ"),
    ("Sở NN&MT", [], None, ["thường xuyên"], None, "II",
     "Giao Sở NN&MT: thẩm định, công nhận vườn giống sâm đầu dòng; kiểm soát"),
    ("Sở KH&CN", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II",
     "Giao Sở KH&CN: hướng dẫn doanh nghiệp, hợp tác xã sử dụng nhãn hiệu chứng nhận"),
    (VHL, ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"], "2026-03",
     ["chậm nhất trong tháng Ba năm 2026"], None, "II",
     "Giao Sở VH,TT&DL: chủ trì, phối hợp với Trung tâm Xúc tiến Đầu tư"),
    ("Sở Tài chính", [], "2026-03-31", ["trong quý I/2026"], None, "II",
     "Giao Sở Tài chính: tham mưu UBND tỉnh bố trí kinh phí hỗ trợ phát triển"),
    ("Sở Công Thương", [], "2026-04", ["trong tháng 4/2026"], None, "II", CT6),
    (VHL, [], "2026-04", ["trong tháng 4/2026"], None, "II", CT6),
    ("Công an tỉnh", [], None, ["thường xuyên"], None, "II",
     "Giao Công an tỉnh: chỉ đạo Công an các xã vùng trồng sâm tăng cường"),
    ("BQL rừng phòng hộ Mường Tè", ["Hạt Kiểm lâm khu vực Mường Tè"], None, ["trước ngày 20 hằng tháng"], "monthly",
     "II", "Giao BQL rừng phòng hộ Mường Tè: phối hợp với Hạt Kiểm lâm"),
    ("UBND các xã, phường", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "II",
     "Giao UBND các xã, phường: tuyên truyền, vận động người dân liên kết"),
    ("Agribank Chi nhánh tỉnh Lai Châu", [], None, [], None, "II",
     "Đề nghị Agribank Chi nhánh tỉnh Lai Châu: xem xét cho vay ưu đãi"),
    ("Sở Y tế", [], None, [], None, "II",
     "Giao Sở Y tế: chỉ đạo TTYT các khu vực phối hợp kiểm tra chất lượng"),
    ("Văn phòng UBND tỉnh", [], "2026-06-15", ["trước ngày mười lăm tháng 6 năm 2026"], None, "II",
     "Giao Văn phòng UBND tỉnh: theo dõi, đôn đốc các cơ quan, đơn vị"),
])

# 7 Báo và Phát thanh, Truyền hình Điện Biên --------------------------------------------------------------
F7 = "o-tb-baoptth-dienbien-giaoban-t12-ngay-bang-chu.md"
TK = "Ban Thư ký tòa soạn"
CD = "Ban Chuyên đề - Văn nghệ"
BDT = "Ban Báo điện tử và Truyền thông số"
KT = "Phòng Kỹ thuật - Công nghệ"
TC = "Phòng Tổ chức - Hành chính"
doc(F7, "md-provincial-media-bold-unit-headings-lettered-points-under-roman-parts-deadlines-in-words",
    "291/TB-BPTTH", "2026-01-06", "Báo và Phát thanh, Truyền hình Điện Biên", "Quàng Văn Lực", "TỔNG BIÊN TẬP", [
    (TK, [], "2026-01-20", ["trước ngày hai mươi tháng Một năm 2026"], None, "II.1.a",
     "Xây dựng kế hoạch tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI"),
    (TK, [], None, ["vào sáng thứ Hai hằng tuần"], "weekly", "II.1.b",
     "Chủ trì họp giao ban biên tập vào sáng thứ Hai hằng tuần"),
    ("Ban Thời sự", [], None, [], None, "II.2.a",
     "Mở chuyên mục \"Điện Biên - Vững bước trong kỷ nguyên mới\" trên sóng"),
    ("Ban Thời sự", [], "2026-02", ["chậm nhất trong tháng Hai năm 2026"], None, "II.2.b",
     "Bố trí phóng viên thường trú tại các xã biên giới Mường Nhé, Sín Thầu"),
    (CD, [], "2026-01-15", ["trong 07 ngày làm việc kể từ ngày ký Thông báo này"], None, "II.3.a",
     "Hoàn thành kịch bản chương trình truyền hình trực tiếp \"Xuân biên cương\" trong 07"),
    (CD, ["Ban Biên tập chương trình tiếng dân tộc"], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None,
     "II.3.b", "Phối hợp với Ban Biên tập chương trình tiếng dân tộc sản xuất 04"),
    (BDT, [], "2026-03-31", ["trong quý I năm 2026"], None, "II.4.a",
     "Hoàn thành nâng cấp giao diện Báo điện tử, tích hợp tính năng nghe đọc"),
    (BDT, [], None, ["trước ngày mồng 5 hằng tháng"], "monthly", "II.4.b",
     "Tổng hợp số liệu tương tác trên các nền tảng Facebook, YouTube, TikTok, Zalo"),
    (KT, [], "2026-01-15", ["trước ngày mười lăm tháng Một năm 2026"], None, "II.5.a",
     "Khắc phục dứt điểm sự cố âm thanh tại trạm phát lại Mường Nhé"),
    (KT, [], "2026-02-07", ["chậm nhất 10 ngày trước Tết Nguyên đán Bính Ngọ"], None, "II.5.b",
     "Xây dựng phương án bảo đảm kỹ thuật, phòng chống cháy nổ, mất điện"),
    (TC, [], "2026-01-10", ["trước ngày 10 tháng Một năm 2026"], None, "II.6.a",
     "Hoàn thành chi trả nhuận bút, thù lao tháng 12 năm 2025 trước"),
    (TC, ["Công đoàn cơ quan"], "2026-01", ["chậm nhất trong tháng Một năm 2026"], None, "II.6.b",
     "Phối hợp với Công đoàn cơ quan xây dựng phương án thăm hỏi, tặng quà"),
    (TK, [], "2026-01", ["tại cuộc họp giao ban tháng 01/2026"], None, "III",
     "Giao Ban Thư ký tòa soạn theo dõi, đôn đốc việc thực hiện Thông báo"),
])

# 8 Tỉnh Đoàn Hưng Yên, kế hoạch in an e-office <pre> ------------------------------------------------------
F8 = "o-kh-tinhdoan-hungyen-xuan-tinh-nguyen-eoffice.html"
CS = "Các cơ sở Đoàn trực thuộc"
doc(F8, "html-eoffice-incoming-document-page-metadata-table-pre-extracted-text-hard-wraps-form-feed-timeline-deadline-first",
    "142-KH/TĐTN-PT", "2025-12-15", "Tỉnh Đoàn Hưng Yên", "Đặng Quang Huy",
    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ", [
    (CS, [], "2025-12-25", ["Trước ngày 25/12/2025"], None, "III",
     "Các cơ sở Đoàn trực thuộc xây dựng kế hoạch"),
    (CS, [], "2026-02-15", ["Từ 10/01/2026 đến 15/02/2026"], None, "III",
     "Các cơ sở Đoàn trực thuộc tổ chức cao điểm"),
    (CS, [], "2026-02-28", ["Trước ngày 28/02/2026"], None, "III",
     "Các cơ sở Đoàn trực thuộc báo cáo kết quả gửi"),
    ("Ban Phong trào Tỉnh Đoàn", [], "2026-03-05", ["trước ngày 05/3/2026"], None, "IV.1",
     "Ban Phong trào Tỉnh Đoàn: là đơn vị thường trực, tham mưu Ban Thường"),
    ("Văn phòng Tỉnh Đoàn", ["Ban Phong trào"], None, [], None, "IV.2",
     "Văn phòng Tỉnh Đoàn: bảo đảm kinh phí, cơ sở vật chất tổ chức"),
    ("Ban Tuyên giáo Tỉnh Đoàn", ["Báo và Phát thanh, Truyền hình Hưng Yên"], None,
     ["hằng ngày trong thời gian cao điểm"], "daily", "IV.3",
     "Ban Tuyên giáo Tỉnh Đoàn: phối hợp với Báo và Phát thanh, Truyền"),
    ("Hội đồng Đội tỉnh", [], "2026-02-10", ["trước ngày 10/02/2026"], None, "IV.4",
     "Hội đồng Đội tỉnh: chỉ đạo Hội đồng Đội các xã, phường tổ chức"),
    ("Trung tâm Hoạt động Thanh thiếu nhi tỉnh", [], "2026-01", ["trong tháng 01/2026"], None, "IV.5",
     "Trung tâm Hoạt động Thanh thiếu nhi tỉnh: tổ chức \"Phiên chợ nghĩa"),
    ("Hội Liên hiệp Thanh niên Việt Nam tỉnh", [], None, [], None, "IV.6",
     "Đề nghị Hội Liên hiệp Thanh niên Việt Nam tỉnh vận động hội viên"),
    ("Hội Sinh viên Việt Nam tỉnh", [], "2026-02-12", ["trước ngày 12/02/2026"], None, "IV.6",
     "đề nghị Hội Sinh viên Việt Nam tỉnh"),
    (CS, ["Ủy ban MTTQ Việt Nam cùng cấp"], None, [], None, "IV.7",
     "Chủ động phối hợp với Ủy ban MTTQ Việt Nam cùng cấp huy động nguồn lực"),
    (CS, [], None, ["vào thứ Sáu hằng tuần"], "weekly", "IV.7",
     "Báo cáo nhanh kết quả hoạt động về Tỉnh Đoàn (qua Ban Phong trào) vào"),
], doc_type="KẾ HOẠCH")

# 9 Trường Chính trị tỉnh Sơn La, scanned ------------------------------------------------------------------
F9 = "o-tb-truongchinhtri-sonla-giaoban-t12-scan.pdf"
QLDT = "Phòng Quản lý đào tạo và Nghiên cứu khoa học"
A9 = "Rà soát, cập nhật đề cương bài giảng theo các văn kiện Đại hội XIV"
doc(F9, "pdf-phone-scan-camscanner-image-pages-invisible-ocr-layer-header-columns-joined-per-line-party-style-number",
    "87-TB/TCT", "2025-12-19", "Trường Chính trị tỉnh Sơn La", "Lường Thị Mai",
    "T/L BAN GIÁM HIỆU / TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH", [
    (QLDT, [], "2025-12-31", ["trước ngày 31/12/2025"], None, "2.1.a",
     "Xây dựng kế hoạch đào tạo, bồi dưỡng năm 2026, trình Hiệu trưởng"),
    (QLDT, ["các khoa"], "2026-01-16", ["từ ngày 12/01/2026 đến ngày 16/01/2026"], None, "2.1.b",
     "Chủ trì, phối hợp với các khoa tổ chức thi tốt nghiệp lớp Trung cấp"),
    (QLDT, [], "2026-01", ["chậm nhất trong tháng 01 năm 2026"], None, "2.1.c",
     "Hoàn thiện hồ sơ đề tài khoa học cấp trường năm 2025, tổ chức nghiệm thu"),
    ("Khoa Xây dựng Đảng", [], "2026-03-31", ["trong quý I/2026"], None, "2.2",
     "Biên soạn tài liệu bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ"),
    ("Khoa Lý luận cơ sở", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "2.3", A9),
    ("Khoa Nhà nước và pháp luật", [], "2026-01-15", ["trước ngày 15/01/2026"], None, "2.3", A9),
    ("Khoa Dân vận", ["Sở Dân tộc và Tôn giáo tỉnh"], "2026-03", ["trong tháng 3/2026"], None, "2.4",
     "Phối hợp với Sở Dân tộc và Tôn giáo tỉnh tổ chức lớp bồi dưỡng"),
    ("Phòng Tổ chức - Hành chính", [], "2026-01-25", ["trước ngày 25/01/2026"], None, "2.5.a",
     "Hoàn thành quyết toán kinh phí năm 2025, báo cáo Hiệu trưởng trước ngày"),
    ("Phòng Tổ chức - Hành chính", [], None, ["trước ngày 18 hằng tháng"], "monthly", "2.5.b",
     "Thực hiện chế độ báo cáo tình hình hoạt động của Nhà trường gửi Ban"),
    ("Phòng Tổ chức - Hành chính", [], None, [], None, "2.5.c",
     "Chuẩn bị các điều kiện tổ chức Hội nghị viên chức, người lao động năm 2026"),
    ("Giảng viên chủ nhiệm các lớp", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "2.6",
     "Quản lý chặt chẽ học viên, thực hiện nghiêm việc điểm danh; báo cáo"),
])

# 10 Bộ Công Thương, công văn reposted on a legacy portal ------------------------------------------------
F10 = "o-cv-bct-xang-dau-dien-tet-portal-ncr.html"
U = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
EVN = "Tập đoàn Điện lực Việt Nam"
PLX = "Tập đoàn Xăng dầu Việt Nam"
TN = "các thương nhân đầu mối kinh doanh xăng dầu"
A3a = "Xây dựng phương án bảo đảm nguồn cung xăng dầu quý I/2026, gửi Bộ"
A3b = "Duy trì mức dự trữ xăng dầu tối thiểu theo quy định; không để cửa hàng"
doc(F10, "html-legacy-table-layout-portal-font-tags-numeric-character-references-cong-van-kinh-gui-de-nghi-headings-lettered",
    "9968/BCT-TTTN", "2025-12-30", "Bộ Công Thương", "Đinh Quang Trung", "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", [
    (U, [], None, [], None, "1.a",
     "Chỉ đạo Sở Công Thương theo dõi sát diễn biến cung cầu, giá cả xăng dầu"),
    (U, [], "2026-02-28", ["từ ngày 15/01/2026 đến hết ngày 28/02/2026"], None, "1.b",
     "Chỉ đạo Chi cục Quản lý thị trường tăng cường kiểm tra, xử lý vi phạm"),
    (U, [], "2026-02-27", ["trước ngày 27/02/2026"], None, "1.c",
     "Báo cáo tình hình cung ứng xăng dầu, điện trên địa bàn dịp Tết"),
    (EVN, [], "2026-02-22", ["từ ngày 14/02/2026 đến ngày 22/02/2026"], None, "2.a",
     "Bảo đảm cung cấp điện an toàn, liên tục phục vụ sản xuất và sinh hoạt"),
    (EVN, [], None, ["trước 10 giờ 00 hằng ngày"], "daily", "2.b",
     "Báo cáo tình hình cung cấp điện về Bộ Công Thương (qua Cục Điện lực)"),
    (PLX, [], "2026-01-10", ["trước ngày 10/01/2026"], None, "3.a", A3a),
    (TN, [], "2026-01-10", ["trước ngày 10/01/2026"], None, "3.a", A3a),
    (PLX, [], None, [], None, "3.b", A3b),
    (TN, [], None, [], None, "3.b", A3b),
    ("Cục Quản lý và Phát triển thị trường trong nước", ["Cục Điện lực"], "2026-03-05", ["trước ngày 05/3/2026"],
     None, "4", "Giao Cục Quản lý và Phát triển thị trường trong nước chủ trì, phối hợp"),
    ("Cục Điện lực", [], "2026-01-20", ["trước ngày 20/01/2026"], None, "5",
     "Giao Cục Điện lực chỉ đạo Công ty TNHH MTV Vận hành hệ thống điện"),
], doc_type="CÔNG VĂN")


# questions -------------------------------------------------------------------------------------------------
def q(question, sources, must, tags):
    QS.append({"id": "oq%02d" % (len(QS) + 1), "question": question, "gold_sources": sources,
               "must_contain": must, "answerable": bool(sources), "split": "dev", "tags": tags})


# answerable
q("Cục Phòng bệnh phải hoàn thành phương án phân bổ kinh phí phòng, chống dịch bệnh và tiêm chủng mở rộng năm 2026 trước ngày nào?",
  [F1], ["13/02/2026"], ["vi", "deadline"])
q("Which units are in charge of drafting the 2026-2030 financial autonomy plan in the Ministry of Health notice on the 2026 budget?",
  [F1], ["Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy"], ["en", "who-leads", "list"])
q("Vu Bao hiem y te phai xu ly dut diem chi phi vuot du toan tai 06 benh vien xong khi nao?",
  [F1], ["28/02/2026"], ["vi-noaccent", "deadline"])
q("Who signed Ministry of Health notice 1391/TB-BYT, and in what capacity?",
  [F1], ["Trần Quốc Thịnh", "Vụ trưởng Vụ Kế hoạch - Tài chính"], ["en", "signer"])
q("Phòng Kỹ thuật của Công ty Khai thác công trình thủy lợi Bắc Đuống phải nạo vét xong bể hút các trạm bơm Trịnh Xá, Tân Chi trước ngày nào?",
  [F2], ["18/01/2026"], ["vi", "deadline"])
q("How often, and by what time of day, must the Bắc Đuống irrigation company's Water Management and Works Division report water-intake progress?",
  [F2], ["15 giờ 00", "hằng ngày"], ["en", "recurring"])
q("Cong ty thuy loi Bac Duong bo tri bao nhieu tien cho nao vet va tien dien bom nuoc vu Dong Xuan?",
  [F2], ["2,35 tỷ đồng"], ["vi-noaccent", "figure"])
q("Theo thông báo của UBND xã Nam Trực, đơn vị nào chủ trì kiểm tra các cơ sở kinh doanh thực phẩm dịp Tết và phối hợp với những đơn vị nào?",
  [F3], ["Phòng Kinh tế", "Trạm Y tế xã", "Công an xã"], ["vi", "who-leads", "coordinators"])
q("By when must Nam Trực commune's public administrative service centre clear its backlog of files before Tết?",
  [F3], ["13/02/2026"], ["en", "deadline"])
q("Xa Nam Truc co bao nhieu doi tuong duoc tang qua Tet Binh Ngo 2026 va tong kinh phi du kien la bao nhieu?",
  [F3], ["1.273", "623 triệu đồng"], ["vi-noaccent", "figure"])
q("Kết luận thanh tra của Thanh tra tỉnh Vĩnh Long yêu cầu Chủ tịch UBND xã Tiểu Cần thu hồi bao nhiêu tiền chi không đúng quy định?",
  [F4], ["418,6 triệu đồng"], ["vi", "figure"])
q("Who signed inspection conclusion 27/KL-TTr, and on what date was it issued?",
  [F4], ["Lê Hoàng Phúc", "23 tháng 12 năm 2025"], ["en", "signer", "date"])
q("Ban Quan ly du an dau tu xay dung khu vuc Tieu Can phai yeu cau nha thau sua chua doan tuyen bi lun, nut cham nhat ngay nao?",
  [F4], ["15/5/2026"], ["vi-noaccent", "deadline"])
q("Ai ký Thông báo 527/TB-BĐD của Ban đại diện HĐQT Ngân hàng Chính sách xã hội tỉnh Cà Mau?",
  [F5], ["Trịnh Hoàng Phong"], ["vi", "signer"])
q("Below what overdue-debt ratio must the socio-political organisations bring the Cà Mau social policy bank's loans, and by when?",
  [F5], ["0,18%", "31/3/2026"], ["en", "figure", "deadline"])
q("So Tai chinh Ca Mau duoc giao tham muu bo tri bao nhieu ty dong uy thac qua NHCSXH va trinh UBND tinh truoc ngay nao?",
  [F5], ["30 tỷ đồng", "31/01/2026"], ["vi-noaccent", "figure", "deadline"])
q("On what date did Hồng Dân commune certify its copy (sao y) of the Cà Mau social policy bank notice?",
  [F5], ["30 tháng 12 năm 2025"], ["en", "date"])
q("Văn phòng UBND tỉnh Lai Châu phải báo cáo UBND tỉnh kết quả thực hiện kết luận về Sâm Lai Châu trước ngày nào?",
  [F6], ["mười lăm tháng 6 năm 2026"], ["vi", "deadline"])
q("Which departments must jointly organise the first Lai Châu ginseng and OCOP fair, and when?",
  [F6], ["Sở Công Thương", "Sở VH,TT&DL", "tháng 4/2026"], ["en", "who-leads", "deadline"])
q("BQL rung phong ho Muong Te phai phoi hop voi don vi nao de tuan tra, bao ve sam trong duoi tan rung?",
  [F6], ["Hạt Kiểm lâm khu vực Mường Tè"], ["vi-noaccent", "coordinators"])
q("Ban Chuyên đề - Văn nghệ của Báo và Phát thanh, Truyền hình Điện Biên phải hoàn thành kịch bản \"Xuân biên cương\" trong thời hạn nào?",
  [F7], ["07 ngày làm việc"], ["vi", "deadline"])
q("By when must the Technical - Technology Division of Điện Biên's newspaper and broadcaster fix the audio fault at the Mường Nhé and Nậm Pồ relay stations?",
  [F7], ["mười lăm tháng Một năm 2026"], ["en", "deadline"])
q("Ai chu tri cuoc hop giao ban thang 12 nam 2025 cua Bao va Phat thanh, Truyen hinh Dien Bien?",
  [F7], ["Quàng Văn Lực"], ["vi-noaccent", "chair"])
q("Theo Kế hoạch 142-KH/TĐTN-PT, các cơ sở Đoàn trực thuộc phải xây dựng kế hoạch, đăng ký công trình, phần việc thanh niên trước ngày nào?",
  [F8], ["25/12/2025"], ["vi", "deadline"])
q("How many Tết gift packages must Hưng Yên's provincial Hội đồng Đội hand out under the \"Tết cho em\" activity, and by when?",
  [F8], ["2.000 suất quà", "10/02/2026"], ["en", "figure", "deadline"])
q("Who signed the Hưng Yên Provincial Youth Union plan for the 2026 \"Xuân tình nguyện\" programme?",
  [F8], ["Đặng Quang Huy"], ["en", "signer"])
q("Lớp Trung cấp lý luận chính trị K52 của Trường Chính trị tỉnh Sơn La thi tốt nghiệp vào thời gian nào?",
  [F9], ["12/01/2026", "16/01/2026"], ["vi", "date"])
q("Khoa nao cua Truong Chinh tri tinh Son La phai ra soat de cuong bai giang theo van kien Dai hoi XIV truoc 15/01/2026?",
  [F9], ["Khoa Lý luận cơ sở", "Khoa Nhà nước và pháp luật"], ["vi-noaccent", "who-leads", "list"])
q("How often, and by which day, must the Sơn La Political School's Organisation - Administration Division report to the Provincial Party Organisation Commission?",
  [F9], ["18 hằng tháng"], ["en", "recurring"])
q("In the Ministry of Industry and Trade letter on fuel and power supply for Tết Bính Ngọ 2026, which department leads the monitoring and which one does it work with?",
  [F10], ["Cục Quản lý và Phát triển thị trường trong nước", "Cục Điện lực"], ["en", "who-leads", "coordinators"])
q("Tập đoàn Xăng dầu Việt Nam phải gửi phương án bảo đảm nguồn cung xăng dầu quý I/2026 về Bộ Công Thương trước ngày nào?",
  [F10], ["10/01/2026"], ["vi", "deadline"])
q("EVN phai bao cao tinh hinh cung cap dien ve Bo Cong Thuong vao luc nao trong thoi gian nghi Tet?",
  [F10], ["10 giờ 00 hằng ngày"], ["vi-noaccent", "recurring"])
# unanswerable
q("Thông báo kết luận của Vụ trưởng Vụ Kế hoạch - Tài chính Bộ Y tế giao Bệnh viện Nhi Trung ương nhiệm vụ gì về dự toán năm 2026?",
  [], [], ["vi", "what"])
q("What does the Cà Mau social policy bank notice ask the provincial Department of Education and Training to do?",
  [], [], ["en", "what"])
q("Thanh tra tỉnh Vĩnh Long kết luận gì về dự án Đường liên xã Cầu Kè - Tam Ngãi?",
  [], [], ["vi", "what"])
q("What are the water-intake dates for the Đông Xuân 2026 - 2027 crop in the Bắc Đuống irrigation company's notice?",
  [], [], ["en", "date"])
q("UBND tỉnh Lào Cai giao Sở NN&MT khoanh định vùng trồng sâm dưới tán rừng, hoàn thành khi nào?",
  [], [], ["vi", "deadline"])
q("Thanh Doan Hai Phong to chuc Le ra quan chuong trinh Xuan tinh nguyen nam 2026 vao ngay nao, o dau?",
  [], [], ["vi-noaccent", "date"])
q("What must the Khoa Lịch sử Đảng of the Sơn La Political School complete before 15/01/2026?",
  [], [], ["en", "deadline"])
q("Bo Cong Thuong yeu cau Tap doan Dien luc Viet Nam lam gi dip Tet At Ty 2025?",
  [], [], ["vi-noaccent", "what"])


def main():
    with open(os.path.join(ROOT, "gold", "o.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "questions", "o.jsonl"), "w", encoding="utf-8") as f:
        for x in QS:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("%d documents, %d directives, %d questions" % (
        len(DOCS), sum(len(d["directives"]) for d in DOCS), len(QS)))


if __name__ == "__main__":
    main()
