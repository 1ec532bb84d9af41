"""Gold and questions for batch l, written by hand from the document text.
Writes gold/l.jsonl and questions/l.jsonl.
Run: /work/main/.venv/bin/python eval/reader/build/l-src/gold_l.py
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
doc("l-tb-ykcd-ubnd-quangtri-mot-so-noi-dung.docx",
    "docx-y-kien-chi-dao-unrelated-roman-matters-heading2-style-mixed-numbered-dash-unnumbered",
    "1047/TB-UBND", "2025-11-17", "UBND tỉnh Quảng Trị", "Nguyễn Thị Phương Lan",
    "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    ("Sở Xây dựng", [], "2025-12-15", ["trước ngày 15/12/2025"], None, "I",
     "Giao Sở Xây dựng hoàn thiện hồ sơ, tổ chức lấy ý kiến cộng đồng dân cư"),
    ("Sở Văn hóa, Thể thao và Du lịch", [], "2025-12-05", ["trước ngày 05/12/2025"], None, "II.1",
     "Sở Văn hóa, Thể thao và Du lịch rà soát, cắt giảm các hoạt động"),
    ("Sở Tài chính", [], "2025-12", ["trong tháng 12 năm 2025"], None, "II.2",
     "Sở Tài chính thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], None, [], None, "II.3",
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động các doanh nghiệp"),
    ("UBND xã Triệu Phong", [], "2025-11-20", ["trước 17 giờ 00 ngày 20/11/2025"], None, "III",
     "UBND xã Triệu Phong, UBND xã Gio Linh khẩn trương cắm biển cảnh báo"),
    ("UBND xã Gio Linh", [], "2025-11-20", ["trước 17 giờ 00 ngày 20/11/2025"], None, "III",
     "UBND xã Triệu Phong, UBND xã Gio Linh khẩn trương cắm biển cảnh báo"),
    ("Sở Nông nghiệp và Môi trường", ["Sở Xây dựng", "UBND các xã liên quan"], "2025-11-30",
     ["trước ngày 30/11/2025"], None, "III",
     "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng và UBND"),
    ("Sở Tài chính", [], None, [], None, "III",
     "Sở Tài chính tham mưu bố trí kinh phí từ nguồn dự phòng ngân sách tỉnh"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
     ["UBND xã Triệu Phong", "UBND xã Hải Lăng", "Công an tỉnh"], "2025-12-31", ["chậm nhất ngày 31/12/2025"],
     None, "IV", "Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông"),
    ("Sở Giáo dục và Đào tạo", ["Sở Tài chính", "UBND phường Đồng Hới"], "2026-03-31", ["trong quý I năm 2026"],
     None, "V", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính"),
    ("Văn phòng UBND tỉnh", [], "2025-12-25", ["trước ngày 25/12/2025"], None, "VI",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện"),
])

# 2 ------------------------------------------------------------------------------------------------
doc("l-bb-bchpttds-xa-dailoc-mua-bao-2025.txt",
    "txt-bien-ban-hop-ve-topic-labels-trach-nhiem-thuc-hien-line-role-parentheses-commune",
    "12/BB-BCH", "2025-09-08", "Ban Chỉ huy phòng thủ dân sự xã Đại Lộc", "Phan Văn Tường",
    "CHỦ TRÌ / PHÓ CHỦ TỊCH UBND XÃ", [
    ("Văn phòng HĐND và UBND xã", [], None, [], None, "III.1",
     "Duy trì nghiêm chế độ trực ban 24/24 giờ trong thời gian có bão"),
    ("Các thôn", ["Công an xã"], "2025-09-20", ["trước ngày 20/9/2025"], None, "III.2",
     "Rà soát, cập nhật danh sách hộ dân vùng thấp trũng, ven sông Vu Gia"),
    ("Phòng Kinh tế", ["Trạm Y tế xã", "Ban Chỉ huy Quân sự xã"], "2025-09-15", ["trước ngày 15/9/2025"], None,
     "III.3", "Chuẩn bị đầy đủ lương thực, nước uống, thuốc men thiết yếu theo phương châm"),
    ("Phòng Văn hóa - Xã hội", [], None, ["thường xuyên"], None, "III.4",
     "Tăng cường thông tin cảnh báo thiên tai trên hệ thống truyền thanh cơ sở"),
    ("Phòng Kinh tế", ["Chi nhánh Thủy lợi Đại Lộc"], "2025-09", ["trong tháng 9/2025"], None, "III.5",
     "Kiểm tra hiện trạng hồ chứa, đập dâng, kênh mương, các tuyến đê bao"),
    ("Ban Chỉ huy Quân sự xã", ["Công an xã", "Đoàn Thanh niên xã"], "2025-09-25",
     ["trước ngày 25/9/2025", "trong tháng 10/2025"], None, "III.6",
     "Kiện toàn lực lượng xung kích phòng, chống thiên tai ở 14 thôn"),
    ("Phòng Kinh tế", [], "2025-09-30", ["trước ngày 30/9/2025"], None, "III.7",
     "Tham mưu UBND xã bố trí kinh phí dự phòng cho công tác ứng phó"),
    ("Các thành viên Ban Chỉ huy", [], None, ["trước 15 giờ 00 hằng ngày"], "daily", "III.8",
     "Báo cáo tình hình thiên tai, thiệt hại trên địa bàn được phân công về Thường trực"),
], doc_type="BIÊN BẢN")

# 3 ------------------------------------------------------------------------------------------------
DT5 = "Ủy ban nhân dân các tỉnh, thành phố: Cần Thơ, Vĩnh Long, Đồng Tháp, An Giang, Cà Mau"
doc("l-tb-vpcp-vat-lieu-cao-toc-dbscl.pdf",
    "pdf-vpcp-dates-in-words-elided-bo-list-elided-province-assignee-with-dash-subitems",
    "598/TB-VPCP", "2025-11-28", "Văn phòng Chính phủ", "Trịnh Quốc Bảo",
    "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", [
    ("Bộ Xây dựng", ["Bộ Nông nghiệp và Môi trường", "Bộ Công Thương", "các địa phương liên quan"], "2025-12",
     ["trong tháng 12 năm 2025"], None, "2.a",
     "Bộ Xây dựng chủ trì, phối hợp với các Bộ: Nông nghiệp và Môi trường"),
    ("Bộ Nông nghiệp và Môi trường", [], "2026-01-15", ["trước ngày 15 tháng 01 năm 2026"], None, "2.b",
     "Bộ Nông nghiệp và Môi trường khẩn trương hướng dẫn các địa phương trình tự"),
    ("Bộ Công Thương", ["Bộ Xây dựng"], "2026-03-31", ["trong quý I năm 2026"], None, "2.c",
     "Giao Bộ Công Thương chủ trì, phối hợp với Bộ Xây dựng nghiên cứu"),
    (DT5, [], "2026-03-31", ["trước ngày 31 tháng 3 năm 2026"], None, "2.d",
     "Chỉ đạo cơ quan chuyên môn cấp phép khai thác các mỏ đã được quy hoạch"),
    (DT5, [], None, ["định kỳ hằng tháng"], "monthly", "2.d",
     "Kiên quyết xử lý các trường hợp đầu cơ, nâng giá vật liệu"),
    (DT5, [], None, [], None, "2.d",
     "Tăng cường kiểm tra, giám sát hoạt động khai thác, vận chuyển cát, không để"),
    ("Bộ Tài chính", ["Bộ Xây dựng"], "2025-12-20", ["trước ngày 20 tháng 12 năm 2025"], None, "2.đ",
     "Bộ Tài chính chủ trì, phối hợp với Bộ Xây dựng bố trí đủ vốn"),
    ("Các chủ đầu tư, Ban Quản lý dự án", [], "2026", ["trong năm 2026"], None, "2.e",
     "Các chủ đầu tư, Ban Quản lý dự án tổ chức thi công \"3 ca, 4 kíp\""),
    ("Bộ Xây dựng", [], None, ["trước ngày 05 hằng tháng"], "monthly", "2.g",
     "Giao Bộ Xây dựng theo dõi, đôn đốc việc thực hiện, tổng hợp khó khăn"),
    ("Bộ Tài chính", [], "2026-01-15", ["trước ngày 15 tháng 01 năm 2026"], None, "3",
     "giao Bộ Tài chính xem xét, xử lý theo thẩm quyền; trường hợp vượt"),
])

# 4 ------------------------------------------------------------------------------------------------
doc("l-tb-bchqs-nghean-tuyen-quan-2026.pdf",
    "pdf-military-bch-quan-su-header-ranks-unit-colon-lettered-police-codes-pv01-pc06",
    "1568/TB-BCH", "2025-12-05", "Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Nguyễn Đình Thanh",
    "CHỈ HUY TRƯỞNG", [
    ("Phòng Tham mưu", ["Phòng Chính trị", "Phòng Hậu cần - Kỹ thuật"], "2025-12-15", ["trước ngày 15/12/2025"],
     None, "2.a", "Phòng Tham mưu: chủ trì, phối hợp với Phòng Chính trị, Phòng Hậu cần"),
    ("Phòng Chính trị", ["Phòng PV01 Công an tỉnh"], "2026-01-10", ["trước ngày 10/01/2026"], None, "2.b",
     "Phòng Chính trị: chỉ đạo công tác tuyên truyền Luật Nghĩa vụ quân sự"),
    ("Phòng Hậu cần - Kỹ thuật", [], "2026-02-25", ["trước ngày 25/02/2026"], None, "2.c",
     "Phòng Hậu cần - Kỹ thuật: bảo đảm quân trang, doanh cụ, kinh phí"),
    ("Các Ban Chỉ huy Phòng thủ khu vực", ["Phòng PC06 Công an tỉnh"], "2025-12-31", ["trước ngày 31/12/2025"],
     None, "2.d", "Các Ban Chỉ huy Phòng thủ khu vực: chỉ đạo Ban Chỉ huy Quân sự"),
    ("Ban Chỉ huy Quân sự các xã, phường", ["Công an xã, phường"], "2026-02-10", ["trước ngày 10/02/2026"], None,
     "2.đ", "Ban Chỉ huy Quân sự các xã, phường: phối hợp với Công an xã"),
    ("Sở Y tế", [], "2025-12", ["trong tháng 12/2025"], None, "2.e",
     "Đề nghị Sở Y tế chỉ đạo các Trung tâm Y tế khu vực bố trí"),
    ("Các BCH PTKV", [], "2026-01-05", ["trước 16 giờ 00 thứ Năm hằng tuần", "trước ngày 05/01/2026"], "weekly",
     "3", "Các BCH PTKV báo cáo tiến độ tuyển quân về Bộ Chỉ huy"),
    ("Phó Chỉ huy trưởng - Tham mưu trưởng", [], "2026-01-20", ["trước ngày 20/01/2026"], None, "4",
     "Giao đồng chí Phó Chỉ huy trưởng - Tham mưu trưởng trực tiếp chỉ đạo"),
])

# 5 ------------------------------------------------------------------------------------------------
KBL, KHDN, QLRR = "Khối Bán lẻ", "Khối Khách hàng doanh nghiệp", "Khối Quản lý rủi ro"
doc("l-tb-vietinbank-giaoban-t11.docx",
    "docx-bank-task-table-group-rows-merged-across-vertical-merged-cells-ghi-chu-column",
    "2451/TB-TGĐ-NHCT", "2025-12-02", "Ngân hàng TMCP Công Thương Việt Nam", "Lê Thị Kim Oanh",
    "TL. TỔNG GIÁM ĐỐC / CHÁNH VĂN PHÒNG", [
    (KBL, [QLRR, "Ban Kế hoạch và Quản lý hiệu quả hoạt động"], "2025-12-10", ["Trước ngày 10/12/2025"], None,
     "I.1", "Triển khai gói tín dụng ưu đãi cho khách hàng cá nhân vay mua"),
    (KBL, ["Ban Truyền thông"], None, [], None, "I.2",
     "Triển khai chương trình huy động tiền gửi cuối năm \"Xuân an khang\"; bảo đảm"),
    (KHDN, ["Các chi nhánh"], "2025-12-31", ["31/12/2025"], None, "I.3",
     "Đẩy mạnh tăng trưởng tín dụng khách hàng doanh nghiệp, ưu tiên lĩnh vực sản xuất"),
    (QLRR, [KBL, KHDN], "2025-12-25", ["Trước 25/12/2025"], None, "II.4",
     "Rà soát toàn bộ danh mục nợ cơ cấu lại, nợ nhóm 2; phân loại"),
    ("Ban Pháp chế", [QLRR], "2026-03-31", ["Quý I/2026"], None, "II.5",
     "Cập nhật quy định nội bộ về phòng, chống rửa tiền theo thông tư"),
    ("Ban Kiểm tra kiểm soát nội bộ", ["Các đơn vị liên quan"], "2025-12-31", ["31/12/2025"], None, "II.6",
     "Xử lý dứt điểm các kiến nghị còn tồn đọng của Kiểm toán Nhà nước"),
    ("Trung tâm Công nghệ thông tin", ["Khối Vận hành"], "2026-01-20", ["trước 20/01/2026"], None, "III.7",
     "Nâng cấp năng lực hệ thống ngân hàng lõi (Core banking), bảo đảm xử lý"),
    ("Trung tâm Thẻ", ["Khối Vận hành"], "2026-01-10", ["Đầu tháng 01/2026"], None, "III.8",
     "Rà soát các giao dịch thẻ bất thường; hoàn thiện quy trình xác thực"),
    ("Khối Vận hành", ["Trung tâm Công nghệ thông tin", "Các chi nhánh"], None,
     ["Thường xuyên", "trước ngày 05 hằng tháng"], "monthly", "III.9",
     "Đối soát, chuẩn hóa dữ liệu khách hàng với Cơ sở dữ liệu quốc gia"),
    ("Ban Kế hoạch và Quản lý hiệu quả hoạt động", ["Văn phòng", "Các Khối"], "2026-01-05",
     ["trước ngày 05/01/2026"], None, "IV.10",
     "Chuẩn bị nội dung Hội nghị tổng kết hoạt động kinh doanh năm 2025"),
    ("Văn phòng", [], "2025-12", ["tại cuộc họp giao ban điều hành tháng 12/2025"], None, "",
     "Giao Văn phòng theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp kết quả"),
])

# 6 ------------------------------------------------------------------------------------------------
doc("l-tb-danguy-xa-yenlac-ket-luan-t12.docx",
    "docx-party-commune-dang-uy-giao-label-lines-plus-bullets-chi-bo-assignees",
    "86-TB/ĐU", "2025-12-22", "Đảng ủy xã Yên Lạc", "Trần Đức Hạnh",
    "T/M BAN THƯỜNG VỤ / BÍ THƯ", [
    ("Văn phòng Đảng ủy", [], "2025-12-26", ["vào ngày 26/12/2025"], None, "1",
     "Đảng ủy giao: Văn phòng Đảng ủy tiếp thu ý kiến tham gia, hoàn chỉnh"),
    ("Ủy ban nhân dân xã", [], "2026-02-03", ["chậm nhất ngày 03/02/2026"], None, "2",
     "Ủy ban nhân dân xã chỉ đạo rà soát, lập danh sách cử tri theo"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", ["Ủy ban nhân dân xã"], None, [], None, "2",
     "Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì tổ chức các hội nghị"),
    ("Chi bộ Công an xã", [], "2026-01-31", ["trước ngày 31/01/2026"], None, "2",
     "Chi bộ Công an xã lãnh đạo xây dựng phương án bảo đảm an ninh, trật tự"),
    ("Ủy ban nhân dân xã", [], "2026-01-31", ["trước ngày 31/01/2026"], None, "3",
     "Đảng ủy giao: Ủy ban nhân dân xã tập trung chỉ đạo thu ngân sách"),
    ("Ban Xây dựng Đảng", ["Chi bộ thôn Đông Lũng", "Chi bộ thôn Yên Thư", "Chi bộ Trường THCS Yên Lạc"],
     "2026-03-31", ["trong quý I/2026"], None, "4",
     "Đảng ủy giao: Ban Xây dựng Đảng chủ trì, phối hợp với các chi bộ"),
    ("Các chi bộ có tỷ lệ phát triển đảng viên thấp", [], "2026-01-10", ["trước ngày 10/01/2026"], None, "4",
     "Các chi bộ có tỷ lệ phát triển đảng viên thấp (Chi bộ thôn Nhật Tân"),
    ("Chi bộ thôn Lũng Hạ", ["Chi bộ Công an xã", "Ủy ban Kiểm tra Đảng ủy xã"], "2025-12-31",
     ["trước 16 giờ 00 ngày 31/12/2025"], None, "5",
     "Đảng ủy giao: Chi bộ thôn Lũng Hạ chủ trì, phối hợp với Chi bộ"),
    ("Các chi bộ trực thuộc", [], None, ["trước ngày 20 hằng tháng"], "monthly", "6",
     "Đảng ủy giao: Các chi bộ trực thuộc thực hiện nghiêm chế độ báo cáo"),
    ("Văn phòng Đảng ủy", [], None, [], None, "6",
     "Văn phòng Đảng ủy tổng hợp, tham mưu Thường trực Đảng ủy nhắc nhở các"),
])

# 7 ------------------------------------------------------------------------------------------------
KHCN = "Sở Khoa học và Công nghệ"
doc("l-kh-ubnd-dongthap-nq57-phu-luc.pdf",
    "pdf-ke-hoach-portrait-body-landscape-appendix-7-col-task-table-group-rows-spanning",
    "251/KH-UBND", "2025-12-26", "UBND tỉnh Đồng Tháp", "Lâm Thị Ngọc Hân",
    "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", [
    (KHCN, [], "2026-12-15", ["trước ngày 15/12/2026"], None, "III.1",
     "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi"),
    ("Sở Tài chính", [], None, [], None, "III.2",
     "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ"),
    ("Các sở, ban, ngành tỉnh", [], None, ["định kỳ 6 tháng", "trước ngày 10/6", "hằng năm", "trước ngày 10/12"],
     "half_yearly", "III.3", "Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ nhiệm vụ"),
    ("UBND các xã, phường", [], None, ["định kỳ 6 tháng", "trước ngày 10/6", "hằng năm", "trước ngày 10/12"],
     "half_yearly", "III.3", "Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ nhiệm vụ"),
    (KHCN, ["Sở Tài chính", "Sở Tư pháp"], "2026-07", ["Tháng 7/2026"], None, "1.1",
     "Xây dựng Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ doanh nghiệp"),
    (KHCN, ["Công an tỉnh", "Viễn thông Đồng Tháp"], "2026-09-30", ["30/9/2026"], None, "2.1",
     "Xây dựng, vận hành Trung tâm dữ liệu tỉnh, kết nối với Trung tâm dữ liệu"),
    ("Các doanh nghiệp viễn thông trên địa bàn", [KHCN, "UBND các xã, phường"], "2026", ["Trong năm 2026"], None,
     "2.2", "Phủ sóng 5G tại 100% trung tâm xã, phường, khu công nghiệp"),
    ("Sở Nông nghiệp và Môi trường", ["UBND các xã, phường"], "2026-12-31", ["Quý IV/2026"], None, "2.3",
     "Số hóa hồ sơ địa chính, hoàn thiện cơ sở dữ liệu đất đai, kết nối"),
    ("Sở Nội vụ", [KHCN, "Trường Chính trị tỉnh"], "2026-10-31", ["Tháng 3 - 10/2026"], None, "3.1",
     "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"),
    ("Sở Giáo dục và Đào tạo", [KHCN], "2027-05-31", ["Năm học 2026 - 2027"], None, "3.2",
     "Đưa nội dung giáo dục STEM, trí tuệ nhân tạo vào hoạt động giáo dục"),
    ("Sở Nội vụ", [KHCN, "Trường Đại học Đồng Tháp"], None, ["Thường xuyên"], None, "3.3",
     "Thu hút chuyên gia, nhà khoa học về làm việc tại tỉnh theo chính sách"),
    (KHCN, ["Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"], "2026-09-30", ["Quý III/2026"], None, "4.1",
     "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Đồng Tháp năm 2026"),
    ("Sở Công Thương", [KHCN, "Hiệp hội Doanh nghiệp tỉnh"], "2026-11-30", ["Trước 30/11/2026"], None, "4.2",
     "Hỗ trợ 50 doanh nghiệp nhỏ và vừa chuyển đổi số trong quản trị"),
    ("Sở Công Thương", ["Các tổ chức tín dụng trên địa bàn"], None,
     ["Định kỳ hằng quý", "trước ngày 05 của tháng đầu quý sau"], "quarterly", "4.3",
     "Mở rộng thanh toán không dùng tiền mặt tại chợ truyền thống, điểm du lịch"),
], doc_type="KẾ HOẠCH")

# 8 ------------------------------------------------------------------------------------------------
doc("l-tb-bqlvhl-an-toan-du-khach-he-2026.html",
    "html-google-docs-publish-css-class-spans-slash-numbering-bold-unit-span-inline-paren-items",
    "328/TB-BQLVHL", "2026-04-14", "Ban Quản lý vịnh Hạ Long", "Phạm Thị Hải Yến",
    "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN", [
    ("Phòng Quản lý tài nguyên", [], "2026-04-30", ["trước ngày 30/4/2026"], None, "2.a",
     "rà soát, điều chỉnh các tuyến tham quan, điểm neo đậu của tàu du lịch"),
    ("Trung tâm Thông tin và Hướng dẫn du khách", [], "2026-05-01", ["hằng ngày", "trước ngày 01/5/2026"], "daily",
     "2.b", "(1) bố trí đủ nhân lực bán vé, hướng dẫn tại Cảng tàu khách"),
    ("Đội Kiểm tra, kiểm soát bảo vệ vịnh",
     ["Cảng vụ Hàng hải Quảng Ninh", "Phòng Cảnh sát đường thủy (PC08) Công an tỉnh"], None, [], None, "2.c",
     "phối hợp với Cảng vụ Hàng hải Quảng Ninh, Phòng Cảnh sát đường thủy"),
    ("Trung tâm Bảo tồn di sản", [], "2026-05-15", ["trước ngày 15/5/2026"], None, "2.d",
     "hoàn thành lắp đặt 12 phao tiêu, biển báo khu vực nguy hiểm tại hang"),
    ("Phòng Quản lý dịch vụ du lịch", ["Sở Xây dựng"], "2026-05", ["trong tháng 5/2026"], None, "2.đ",
     "chủ trì, phối hợp với Sở Xây dựng kiểm tra điều kiện an toàn của"),
    ("Văn phòng Ban", [], None, ["vào thứ Sáu hằng tuần"], "weekly", "2.e",
     "bảo đảm kinh phí, trang thiết bị cho các lực lượng làm nhiệm vụ"),
    ("Cảng vụ Hàng hải Quảng Ninh", [], None, [], None, "3",
     "Đề nghị Cảng vụ Hàng hải Quảng Ninh tạm dừng cấp phép rời cảng cho"),
    ("UBND phường Bãi Cháy", [], "2026-05-20", ["trước ngày 20/5/2026"], None, "3",
     "Đề nghị UBND phường Bãi Cháy và UBND phường Hồng Gai kiểm tra, xử lý"),
    ("UBND phường Hồng Gai", [], "2026-05-20", ["trước ngày 20/5/2026"], None, "3",
     "Đề nghị UBND phường Bãi Cháy và UBND phường Hồng Gai kiểm tra, xử lý"),
])

# 9 ------------------------------------------------------------------------------------------------
XA4 = "UBND các xã Đồng Văn, Mèo Vạc, Lũng Cú, Sà Phìn"
doc("l-tb-vpubnd-tuyenquang-le-hoi-tam-giac-mach.md",
    "md-setext-headings-trailing-space-breaks-abbreviations-both-ways-defined-and-undefined",
    "712/TB-VP", "2025-10-06", "Văn phòng UBND tỉnh Tuyên Quang", "Hoàng Thị Minh Nguyệt",
    "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG", [
    ("Sở VH-TT&DL", [], "2025-10-10", ["trước 16 giờ 00 ngày 10/10/2025"], None, "1",
     "Sở VH-TT&DL chủ trì hoàn thiện kịch bản chương trình Lễ khai mạc, phương án"),
    ("Sở Nông nghiệp và Môi trường", [], "2025-11-10", ["đầu tháng 11/2025"], None, "2",
     "Sở Nông nghiệp và Môi trường hướng dẫn các xã chăm sóc, bảo vệ"),
    ("Sở GD&ĐT", ["Tỉnh đoàn"], "2025-10", ["trong tháng 10/2025"], None, "3",
     "Giao Sở GD&ĐT phối hợp với Tỉnh đoàn tổ chức cho học sinh các trường"),
    ("Công an tỉnh", ["Sở VH-TT&DL", "UBND các xã liên quan"], None, [], None, "4",
     "Công an tỉnh chủ trì, phối hợp với Sở VH-TT&DL, UBND các xã liên quan"),
    ("Sở Tài chính", [], "2025-10-20", ["trước ngày 20/10/2025"], None, "5",
     "Sở Tài chính thẩm định dự toán kinh phí tổ chức Lễ hội do Sở"),
    ("Ủy ban MTTQ tỉnh", [], None, [], None, "6",
     "Đề nghị Ủy ban MTTQ tỉnh vận động các doanh nghiệp, nhà hảo tâm hỗ trợ"),
    (XA4, [], "2025-10-31", ["cuối tháng 10/2025"], None, "7",
     "Chỉnh trang cảnh quan, vệ sinh môi trường tại các điểm tham quan, khu dân cư"),
    (XA4, [], "2025-11-20", ["thường xuyên", "trước ngày 20/11/2025"], None, "7",
     "Kiểm tra, niêm yết giá dịch vụ lưu trú, ăn uống; xử lý nghiêm"),
    ("Sở NN&MT", [], "2025-12-15", ["trước ngày 15/12/2025"], None, "8",
     "Sở NN&MT chủ trì hướng dẫn thu gom, xử lý rác thải tại các điểm"),
    ("Sở Văn hóa, Thể thao và Du lịch", [], "2025-12-31", ["cuối năm 2025"], None, "9",
     "Sở Văn hóa, Thể thao và Du lịch tổng kết, đánh giá kết quả tổ chức"),
    ("Văn phòng UBND tỉnh", [], "2025-11-30", ["trước ngày 30/11/2025"], None, "10",
     "Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện"),
])

# 10 -----------------------------------------------------------------------------------------------
XP = "UBND các xã, phường"
doc("l-tb-stc-laocai-khoa-so-quyet-toan-2025.html",
    "html-eoffice-viewer-metadata-table-body-one-p-br-lines-many-deadline-forms",
    "3150/TB-STC", "2025-11-26", "Sở Tài chính tỉnh Lào Cai", "Đặng Văn Khoát", "GIÁM ĐỐC", [
    ("Phòng Quản lý ngân sách", [], "2025-12-10", ["trước 16 giờ 00 ngày 10/12/2025"], None, "II.1",
     "Phòng Quản lý ngân sách tham mưu Giám đốc Sở trình UBND tỉnh giao dự toán"),
    ("Phòng Tài chính hành chính sự nghiệp", [], "2025-12-10", ["đầu tháng 12/2025"], None, "II.2",
     "Phòng Tài chính hành chính sự nghiệp hướng dẫn các cơ quan, đơn vị khóa sổ"),
    ("Phòng Quản lý giá và công sản", [], "2026-03-31", ["trong quý I năm 2026"], None, "II.3",
     "Phòng Quản lý giá và công sản hoàn thành việc sắp xếp, xử lý nhà"),
    ("Phòng Tài chính đầu tư", [], "2025-12-20", ["thường xuyên", "trước ngày 20/12/2025"], None, "II.4",
     "Phòng Tài chính đầu tư theo dõi, đôn đốc các chủ đầu tư đẩy nhanh"),
    ("Văn phòng Sở", [], "2025-12-31", ["cuối năm 2025"], None, "II.5",
     "Văn phòng Sở hoàn thành nâng cấp phần mềm tiếp nhận báo cáo quyết toán trực tuyến"),
    ("Phòng Quản lý ngân sách", [], None, ["định kỳ hằng quý", "trước ngày 05 của tháng đầu quý sau"], "quarterly",
     "II.6", "Phòng Quản lý ngân sách định kỳ hằng quý tổng hợp tình hình thu, chi"),
    ("Kho bạc Nhà nước khu vực VIII", [], "2026-01-31", ["đến hết ngày 31/01/2026"], None, "II.7",
     "Đề nghị Kho bạc Nhà nước khu vực VIII phối hợp đối chiếu số liệu thu"),
    (XP, [], "2026-02-28", ["chậm nhất ngày 28/02/2026"], None, "II.8.a",
     "Lập báo cáo quyết toán ngân sách xã năm 2025, gửi Sở Tài chính"),
    (XP, [], "2026-01-10", ["đầu tháng 01/2026"], None, "II.8.b",
     "Rà soát các khoản chi chuyển nguồn sang năm 2026, gửi Sở Tài chính"),
    (XP, [], None, ["trong thời hạn 30 ngày kể từ ngày được Hội đồng nhân dân xã, phường quyết định"], None,
     "II.8.c", "Công khai dự toán ngân sách năm 2026 trong thời hạn 30 ngày kể"),
    ("Các đơn vị dự toán cấp tỉnh", [], "2026-03-31", ["trước ngày 31/3/2026"], None, "II.9",
     "Các đơn vị dự toán cấp tỉnh khẩn trương hoàn thành thanh toán các khoản tạm ứng"),
])


# -------------------------------------------------------------------------------------------- questions
def q(text, src, must, tags):
    QS.append({"id": "lq%02d" % (len(QS) + 1), "question": text, "gold_sources": [src] if src else [],
               "must_contain": must, "answerable": bool(src), "split": "dev", "tags": tags})


QT, BB, VPCP, QS4 = ("l-tb-ykcd-ubnd-quangtri-mot-so-noi-dung.docx", "l-bb-bchpttds-xa-dailoc-mua-bao-2025.txt",
                     "l-tb-vpcp-vat-lieu-cao-toc-dbscl.pdf", "l-tb-bchqs-nghean-tuyen-quan-2026.pdf")
NH, DU, DT = ("l-tb-vietinbank-giaoban-t11.docx", "l-tb-danguy-xa-yenlac-ket-luan-t12.docx",
              "l-kh-ubnd-dongthap-nq57-phu-luc.pdf")
HL, TQ, LC = ("l-tb-bqlvhl-an-toan-du-khach-he-2026.html", "l-tb-vpubnd-tuyenquang-le-hoi-tam-giac-mach.md",
              "l-tb-stc-laocai-khoa-so-quyet-toan-2025.html")

q("Theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh Quảng Trị, Sở Xây dựng phải trình phê duyệt điều chỉnh cục bộ quy "
  "hoạch phân khu khu vực Bảo Ninh trước ngày nào?", QT, ["15/12/2025"], ["deadline", "vi"])
q("In Quang Tri's notice 1047/TB-UBND, which unit leads the handover of the remaining land for the road linking "
  "the North-South expressway with Quang Tri airport, and by when?", QT,
  ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "31/12/2025"], ["who", "deadline", "en"])
q("UBND xa Trieu Phong va xa Gio Linh phai di doi ho dan vung sat lo bo bien xong truoc may gio ngay nao?", QT,
  ["17 giờ 00 ngày 20/11/2025"], ["deadline", "vi-noaccent"])
q("Ai ký Thông báo ý kiến chỉ đạo số 1047/TB-UBND của UBND tỉnh Quảng Trị?", QT, ["Nguyễn Thị Phương Lan"],
  ["signer", "vi"])
q("Theo biên bản họp Ban Chỉ huy phòng thủ dân sự xã Đại Lộc, đơn vị nào chịu trách nhiệm chuẩn bị hậu cần "
  "\"4 tại chỗ\" tại các điểm sơ tán và phải xong trước ngày nào?", BB, ["Phòng Kinh tế", "15/9/2025"],
  ["who", "deadline", "vi"])
q("How many households in Dai Loc commune live in low-lying areas, along the Vu Gia river or in landslide-prone "
  "zones, according to the September 2025 meeting minutes?", BB, ["1.184"], ["figure", "en"])
q("Ai chu tri cuoc hop Ban Chi huy phong thu dan su xa Dai Loc ngay 08/9/2025?", BB, ["Phan Văn Tường"],
  ["chair", "vi-noaccent"])
q("Bộ Nông nghiệp và Môi trường phải báo cáo Thủ tướng Chính phủ về thủ tục cấp phép khai thác cát biển làm vật "
  "liệu san lấp trước ngày nào?", VPCP, ["15 tháng 01 năm 2026"], ["deadline", "vi"])
q("According to the Government Office notice 598/TB-VPCP, which ministries must the Ministry of Construction work "
  "with to compile the demand for embankment sand and stone, and by when?", VPCP,
  ["Nông nghiệp và Môi trường", "Công Thương", "tháng 12 năm 2025"], ["coordinators", "deadline", "en"])
q("Bo Cong Thuong duoc giao nghien cuu su dung tro, xi nhiet dien lam vat lieu san lap, bao cao trong thoi gian "
  "nao?", VPCP, ["quý I năm 2026"], ["deadline", "vi-noaccent"])
q("Theo thông báo kết luận về vật liệu xây dựng cho cao tốc đồng bằng sông Cửu Long, đến nay đã cấp phép khai thác "
  "bao nhiêu mỏ?", VPCP, ["37 mỏ"], ["figure", "vi"])
q("Bộ Chỉ huy Quân sự tỉnh Nghệ An yêu cầu các Ban Chỉ huy Phòng thủ khu vực tổ chức khám sức khỏe nghĩa vụ quân "
  "sự xong trước ngày nào?", QS4, ["31/12/2025"], ["deadline", "vi"])
q("Which police unit must Nghe An's Military Command Political Department (Phòng Chính trị) work with to verify the "
  "background of conscription candidates?", QS4, ["PV01"], ["coordinators", "en"])
q("Le giao nhan quan nam 2026 cua tinh Nghe An to chuc vao ngay nao?", QS4, ["03/3/2026"], ["date", "vi-noaccent"])
q("Các BCH PTKV phải báo cáo tiến độ tuyển quân về Bộ Chỉ huy Quân sự tỉnh Nghệ An vào lúc nào hằng tuần?", QS4,
  ["16 giờ 00 thứ Năm hằng tuần"], ["deadline", "recurring", "vi"])
q("Theo kết luận giao ban tháng 11/2025 của VietinBank, Khối Quản lý rủi ro phải rà soát nợ cơ cấu lại, nợ nhóm 2 "
  "và trích lập dự phòng trước ngày nào?", NH, ["25/12/2025"], ["deadline", "vi"])
q("In VietinBank's notice 2451/TB-TGĐ-NHCT, which unit must upgrade the core banking system, and what is the "
  "deadline?", NH, ["Trung tâm Công nghệ thông tin", "20/01/2026"], ["who", "deadline", "en"])
q("Chuong trinh huy dong tien gui cuoi nam cua VietinBank ten la gi va bat dau tu ngay nao?", NH,
  ["Xuân an khang", "15/12/2025"], ["what", "date", "vi-noaccent"])
q("Tăng trưởng tín dụng của VietinBank đến ngày 27/11/2025 đạt bao nhiêu phần trăm?", NH, ["14,2%"],
  ["figure", "vi"])
q("Đảng ủy xã Yên Lạc giao Ủy ban nhân dân xã niêm yết danh sách cử tri chậm nhất ngày nào?", DU, ["03/02/2026"],
  ["deadline", "vi"])
q("Which party cell must prepare the security and order plan for the 2026 elections in Yen Lac commune, and by "
  "when?", DU, ["Chi bộ Công an xã", "31/01/2026"], ["who", "deadline", "en"])
q("Cac chi bo truc thuoc Dang uy xa Yen Lac phai bao cao dinh ky truoc ngay nao hang thang?", DU,
  ["ngày 20 hằng tháng"], ["deadline", "recurring", "vi-noaccent"])
q("Ai ký thông báo kết luận số 86-TB/ĐU của Đảng ủy xã Yên Lạc?", DU, ["Trần Đức Hạnh"], ["signer", "vi"])
q("Theo Kế hoạch 251/KH-UBND của UBND tỉnh Đồng Tháp, cơ quan nào chủ trì xây dựng Trung tâm dữ liệu tỉnh và thời "
  "hạn hoàn thành là khi nào?", DT, ["Sở Khoa học và Công nghệ", "30/9/2026"], ["who", "deadline", "vi"])
q("Under Dong Thap's 2026 plan for Resolution 57, when must the digital-skills training for commune-level officials "
  "be carried out, and how many trainees are targeted?", DT, ["Tháng 3 - 10/2026", "3.000"],
  ["deadline", "figure", "en"])
q("Sở Công Thương tỉnh Đồng Tháp phải hỗ trợ bao nhiêu doanh nghiệp nhỏ và vừa chuyển đổi số, thời hạn khi nào?", DT,
  ["50 doanh nghiệp", "30/11/2026"], ["figure", "deadline", "vi"])
q("Ban Quản lý vịnh Hạ Long yêu cầu triển khai bán vé điện tử đạt 100% trước ngày nào?", HL, ["01/5/2026"],
  ["deadline", "vi"])
q("How many buoys must Ha Long Bay's Heritage Conservation Centre install before the 2026 summer season, and by "
  "when must it report?", HL, ["12 phao tiêu", "15/5/2026"], ["figure", "deadline", "en"])
q("Phong Quan ly dich vu du lich cua Ban Quan ly vinh Ha Long phoi hop voi co quan nao kiem tra tau luu tru nghi "
  "dem?", HL, ["Sở Xây dựng"], ["coordinators", "vi-noaccent"])
q("Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang phải trình kịch bản Lễ khai mạc Lễ hội Hoa Tam giác mạch trước "
  "thời điểm nào?", TQ, ["16 giờ 00 ngày 10/10/2025"], ["deadline", "vi"])
q("When is the 10th Buckwheat Flower Festival held, according to Tuyen Quang's notice 712/TB-VP?", TQ,
  ["07/11", "09/11/2025"], ["date", "en"])
q("Uy ban MTTQ tinh Tuyen Quang duoc de nghi lam gi cho Le hoi Hoa Tam giac mach?", TQ,
  ["vận động các doanh nghiệp"], ["what", "vi-noaccent"])
q("Sở Tài chính tỉnh Lào Cai yêu cầu Phòng Quản lý ngân sách trình UBND tỉnh giao dự toán ngân sách năm 2026 trước "
  "thời điểm nào?", LC, ["16 giờ 00 ngày 10/12/2025"], ["deadline", "vi"])
q("From what date must budget settlement reports be received through the online software, according to the Lao Cai "
  "Department of Finance notice 3150/TB-STC?", LC, ["01/01/2026"], ["date", "en"])
q("UBND các xã, phường tỉnh Lào Cai phải gửi báo cáo quyết toán ngân sách xã năm 2025 chậm nhất ngày nào?", LC,
  ["28/02/2026"], ["deadline", "vi"])
# unanswerable
q("Bộ Chỉ huy Quân sự tỉnh Thanh Hóa yêu cầu các Ban Chỉ huy Phòng thủ khu vực khám sức khỏe nghĩa vụ quân sự xong "
  "trước ngày nào?", None, [], ["deadline", "vi"])
q("What deadline did the Government Office notice 598/TB-VPCP set for the Ministry of Health?", None, [],
  ["deadline", "en"])
q("Dang uy xa Yen Lac giao chi tieu ket nap bao nhieu dang vien trong nam 2027?", None, [],
  ["figure", "vi-noaccent"])
q("Theo Thông báo số 2452/TB-TGĐ-NHCT, Khối Bán lẻ phải triển khai gói tín dụng nhà ở xã hội trước ngày nào?",
  None, [], ["deadline", "number", "vi"])
q("By when must the Ha Long Bay inspection team finish its 2026 summer patrol campaign?", None, [],
  ["deadline", "en"])
q("Sở Tài chính tỉnh Điện Biên yêu cầu các xã, phường gửi báo cáo quyết toán ngân sách năm 2025 chậm nhất ngày "
  "nào?", None, [], ["deadline", "vi"])

if __name__ == "__main__":
    with open(os.path.join(ROOT, "gold", "l.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "questions", "l.jsonl"), "w", encoding="utf-8") as f:
        for x in QS:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(len(DOCS), "documents,", sum(len(d["directives"]) for d in DOCS), "directives,", len(QS), "questions")
