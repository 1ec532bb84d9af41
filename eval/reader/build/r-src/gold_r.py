"""Writes gold/r.jsonl and questions/r.jsonl (helper "r"). Gold written from the document text alone.

Run:  /work/main/.venv/bin/python eval/reader/build/r-src/gold_r.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")


def cut(s, n=10):
    return " ".join(s.split()[:n]).rstrip(",;:.")


def D(section, assignee, action, deadlines=(), due=None, coord=(), rec=None):
    return {"assignee": assignee, "coordinators": list(coord), "due": due, "deadlines": list(deadlines),
            "recurring": rec, "section": section, "action": cut(action)}


def M(number, date, doc_type, issuer, signer, signer_title):
    return {"number": number, "date": date, "doc_type": doc_type, "issuer": issuer, "signer": signer,
            "signer_title": signer_title}


DOCS = []

# 1 ------------------------------------------------------------------ VPCP, Deputy PM, nested a) - +
BCT = "Bộ Công Thương"
BXD = "Bộ Xây dựng"
BTC = "Bộ Tài chính"
UBT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
DOCS.append(("r-tb-vpcp-pttg-ha-tang-sac-xe-dien.docx",
             "docx-vpcp-deputy-pm-conclusions-nested-letter-dash-plus-several-deadlines-per-point-directed-unit-umbrella",
             M("73/TB-VPCP", "2026-01-22", "THÔNG BÁO", "Văn phòng Chính phủ", "Lã Thế Vinh",
               "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM"), [
    D("1.a", BCT, "Chủ trì, phối hợp với Bộ Xây dựng, Bộ Khoa học và Công nghệ",
      ["trước ngày 28/02/2026", "trong tháng 4/2026"], "2026-02-28", [BXD, "Bộ Khoa học và Công nghệ"]),
    D("1.b", BCT, "Rà soát, bổ sung nhu cầu phụ tải của trạm sạc vào Kế hoạch",
      ["xong trước ngày 31/3/2026"], "2026-03-31"),
    D("1.b", BCT, "Ưu tiên đấu nối lưới điện trung áp cho các trạm sạc công suất",
      ["hoàn thành dứt điểm trong quý I/2026"], "2026-03-31"),
    D("1.b", BCT, "Công khai trên cổng thông tin điện tử khả năng cấp điện tại",
      ["chậm nhất cuối tháng 3/2026", "định kỳ ngày 15 hằng tháng"], "2026-03-31", rec="monthly"),
    D("2.a", BXD, "Khẩn trương ban hành Quy chuẩn kỹ thuật quốc gia về an toàn cháy",
      ["xong trước ngày 30/6/2026"], "2026-06-30"),
    D("2.b", BXD, "Bố trí mặt bằng lắp đặt trạm sạc tại 100% trạm dừng nghỉ",
      ["trước 20/02", "trong quý III/2026"], "2026-02-20"),
    D("2.b", BXD, "Lắp đặt biển báo chỉ dẫn vị trí trạm sạc trên các tuyến cao tốc"),
    D("3", "Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Công Thương",
      ["trong quý II/2026"], "2026-06-30", [BCT]),
    D("4.a", BTC, "Nghiên cứu, đề xuất chính sách ưu đãi về thuế, tiền thuê đất",
      ["trước ngày 15/4/2026"], "2026-04-15"),
    D("4.b", BTC, "Chủ trì, phối hợp với Bộ Công Thương hướng dẫn việc sử dụng tài sản", coord=[BCT]),
    D("5", UBT, "Bố trí quỹ đất cho trạm sạc công cộng trong quy hoạch chung",
      ["trong năm 2026"], "2026"),
    D("5", UBT, "Chỉ đạo Sở Công Thương tổng hợp số liệu trạm sạc trên địa bàn, gửi",
      ["vào ngày 15 hằng tháng"], None, rec="monthly"),
    D("6", "Tập đoàn Xăng dầu Việt Nam", "Đề nghị Tập đoàn Xăng dầu Việt Nam, Tổng công ty Dầu Việt Nam",
      ["trước ngày 10/3/2026"], "2026-03-10"),
    D("6", "Tổng công ty Dầu Việt Nam", "Đề nghị Tập đoàn Xăng dầu Việt Nam, Tổng công ty Dầu Việt Nam",
      ["trước ngày 10/3/2026"], "2026-03-10"),
    D("7", "Văn phòng Chính phủ", "Văn phòng Chính phủ theo dõi, đôn đốc các bộ, cơ quan, địa phương"),
]))

# 2 ------------------------------------------------------------ hospital drug and therapeutics committee
DOCS.append(("r-tb-bvdk-lamdong-hdtdt-khang-sinh.docx",
             "docx-hospital-hoi-dong-thuoc-va-dieu-tri-resolution-style-hoi-dong-thong-nhat-then-giao-paragraphs-committee-signer",
             M("17/TB-HĐTĐT", "2026-01-08", "THÔNG BÁO",
               "Hội đồng Thuốc và Điều trị Bệnh viện Đa khoa tỉnh Lâm Đồng", "Kha Văn Thịnh",
               "TM. HỘI ĐỒNG / CHỦ TỊCH / GIÁM ĐỐC BỆNH VIỆN"), [
    D("1", "Khoa Dược", "Giao Khoa Dược hoàn thiện Danh mục thuốc năm 2026, trình Giám đốc",
      ["xong trước ngày 16/01/2026"], "2026-01-16"),
    D("2", "Tổ Quản lý sử dụng kháng sinh", "Giao Tổ Quản lý sử dụng kháng sinh chủ trì, phối hợp với Khoa",
      ["trước ngày 25/01/2026", "định kỳ hằng quý"], "2026-01-25",
      ["Khoa Vi sinh", "Khoa Hồi sức tích cực - Chống độc"], "quarterly"),
    D("2", "Khoa Vi sinh", "Khoa Vi sinh cập nhật bản đồ vi khuẩn kháng thuốc năm 2025",
      ["trong tháng 02/2026"], "2026-02"),
    D("3", "Đơn vị Thông tin thuốc và Dược lâm sàng",
      "Giao Đơn vị Thông tin thuốc và Dược lâm sàng tổ chức tập huấn",
      ["hoàn thành trong quý I/2026"], "2026-03-31"),
    D("3", "Trưởng các khoa lâm sàng", "Trưởng các khoa lâm sàng chỉ đạo báo cáo ADR trong vòng 24 giờ",
      ["trong vòng 24 giờ kể từ khi phát hiện"], None),
    D("4", "Phòng Tài chính kế toán", "Giao Phòng Tài chính kế toán chủ trì, phối hợp với Khoa Dược lập",
      ["trước ngày 13/02/2026"], "2026-02-13", ["Khoa Dược"]),
    D("4", "Phòng Kế hoạch tổng hợp", "Giao Phòng Kế hoạch tổng hợp rà soát số lượng thuốc sử dụng năm",
      ["chậm nhất ngày 30/01/2026"], "2026-01-30"),
]))

# 3 ----------------------------------------------------------------- Công văn V/v, Kính gửi, đề nghị các đơn vị
DV = "các đơn vị"
DOCS.append(("r-cv-skhcn-gialai-trien-khai-chu-ky-so.docx",
             "docx-cong-van-vv-kinh-gui-list-de-nghi-cac-don-vi-numbered-unnumbered-doi-voi-and-giao-paragraphs-year-less-date",
             M("91/SKHCN-CĐS", "2026-01-07", "CÔNG VĂN", "Sở Khoa học và Công nghệ tỉnh Gia Lai",
               "Rơ Châm Thị Hlin", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), [
    D("1", DV, "Rà soát, cấp mới, gia hạn chứng thư chữ ký số cho lãnh đạo",
      ["trước 20/01"], "2026-01-20"),
    D("2", DV, "Thực hiện ký số 100% văn bản đi (trừ văn bản mật), không",
      ["đến hết ngày 31/3/2026"], "2026-03-31"),
    D("3", DV, "Lập hồ sơ điện tử công việc năm 2026 trên Hệ thống ngay",
      ["hoàn thành trong quý II/2026"], "2026-06-30"),
    D("4", DV, "Cử 01 công chức làm đầu mối chuyển đổi số của đơn vị"),
    D("", "UBND các xã, phường có tỷ lệ ký số dưới 80%",
      "chỉ đạo bộ phận văn thư khắc phục ngay, báo cáo kết quả về Sở",
      ["trước ngày 27/02/2026"], "2026-02-27"),
    D("", "Trung tâm Công nghệ thông tin và Truyền thông",
      "giao Trung tâm Công nghệ thông tin và Truyền thông chủ trì, phối hợp",
      ["trong tháng 02/2026", "định kỳ ngày 05 hằng tháng"], "2026-02", ["Viễn thông Gia Lai"], "monthly"),
    D("", "Viễn thông Gia Lai", "Đề nghị Viễn thông Gia Lai bố trí nhân sự hỗ trợ cài đặt",
      ["xong trước ngày 13/02/2026"], "2026-02-13"),
]))

# 4 ---------------------------------------------------------------------- SOE Hội đồng thành viên
BTGD = "Ban Tổng giám đốc"
BKS = "Ban Kiểm soát nội bộ"
DOCS.append(("r-tb-hdtv-vinacafe-ke-hoach-2026.pdf",
             "pdf-soe-hoi-dong-thanh-vien-conclusions-giao-ban-tong-giam-doc-subsidiaries-as-subjects-under-umbrella-ban-kiem-soat-noi-bo",
             M("29/TB-HĐTV", "2026-01-14", "THÔNG BÁO", "Hội đồng thành viên Tổng công ty Cà phê Việt Nam",
               "Y Blih Mlô", "TM. HỘI ĐỒNG THÀNH VIÊN / CHỦ TỊCH"), [
    D("1", BTGD, "Giao Ban Tổng giám đốc hoàn chỉnh hồ sơ Kế hoạch sản xuất kinh doanh",
      ["xong trước ngày 31/01/2026", "trước ngày 10/02/2026"], "2026-01-31"),
    D("2", "Công ty TNHH MTV Cà phê 715", "Công ty TNHH MTV Cà phê 715 hoàn thành tái canh 150 ha",
      ["trước mùa mưa năm 2026"], "2026"),
    D("2", "Công ty TNHH MTV Cà phê Đắk Hà", "Công ty TNHH MTV Cà phê Đắk Hà chủ trì, phối hợp với",
      ["từ tháng 4 đến tháng 6/2026"], "2026-06-30",
      ["Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên"]),
    D("2", "Công ty TNHH MTV Cà phê Ia Grai", "Công ty TNHH MTV Cà phê Ia Grai hoàn thành hồ sơ cấp",
      ["cuối tháng 3/2026"], "2026-03-31"),
    D("3", BTGD, "Giao Ban Tổng giám đốc chủ trì, phối hợp với Ủy ban nhân dân các xã",
      ["tại phiên họp tháng 4/2026"], "2026-04", ["Ủy ban nhân dân các xã nơi có đất"]),
    D("3", BKS, "Ban Kiểm soát nội bộ kiểm tra việc giao khoán vườn cây tại",
      ["hoàn thành dứt điểm trong quý I/2026"], "2026-03-31"),
    D("4", BTGD, "Giao Ban Tổng giám đốc chỉ đạo Ban Tài chính - Kế toán hoàn thành",
      ["trước ngày 31/3/2026"], "2026-03-31"),
    D("4", BTGD, "Giao Ban Tổng giám đốc xây dựng phương án thoái vốn tại Công ty",
      ["trong quý II/2026"], "2026-06-30"),
    D("4", BKS, "Ban Kiểm soát nội bộ xây dựng Kế hoạch kiểm toán nội bộ năm 2026",
      ["chậm nhất ngày 20/01/2026"], "2026-01-20"),
    D("5", "Ban Tổ chức - Nhân sự", "Giao Ban Tổ chức - Nhân sự tham mưu quy trình bổ nhiệm, trình",
      ["trước ngày 28/02/2026"], "2026-02-28"),
    D("5", "Thư ký HĐTV", "Thư ký HĐTV theo dõi, đôn đốc việc thực hiện kết luận này",
      ["định kỳ hằng tháng"], None, rec="monthly"),
]))

# 5 ---------------------------------------------------- PDF appendix table, several units per cell with own deadlines
NNMT = "Sở Nông nghiệp và Môi trường"
VP = "Văn phòng UBND tỉnh"
DOCS.append(("r-tb-ubnd-thainguyen-pci-bang-nhieu-don-vi.pdf",
             "pdf-provincial-tb-appendix-task-table-over-pages-repeated-heading-row-group-rows-per-unit-deadlines-in-one-cell-month-ranges",
             M("126/TB-UBND", "2026-01-19", "THÔNG BÁO", "UBND tỉnh Thái Nguyên", "Ma Thị Thu Huyền",
               "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), [
    D("2", "các sở, ban, ngành", "Giao các sở, ban, ngành, UBND các xã, phường thực hiện các nhiệm vụ",
      ["trước ngày 20 của tháng cuối quý"], None, rec="quarterly"),
    D("2", "UBND các xã, phường", "Giao các sở, ban, ngành, UBND các xã, phường thực hiện các nhiệm vụ",
      ["trước ngày 20 của tháng cuối quý"], None, rec="quarterly"),
    D("3", "Sở Tài chính", "Giao Sở Tài chính chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh",
      ["trước ngày 25/3/2026"], "2026-03-25", ["Hiệp hội Doanh nghiệp tỉnh"]),
    D("PL.I.1", NNMT, "Công khai danh mục quỹ đất sạch, vị trí, diện tích có thể giao",
      ["Trước 28/02/2026"], "2026-02-28", ["UBND các xã, phường"]),
    D("PL.I.2", NNMT, "Rút ngắn thời gian giải quyết thủ tục giao đất, cho thuê đất xuống",
      ["Tháng 3–5/2026"], "2026-05-31", ["Trung tâm Phục vụ hành chính công tỉnh"]),
    D("PL.I.3", "Sở Tài chính", "Điều chỉnh bảng giá đất và hệ số điều chỉnh giá đất phù hợp",
      ["trước 15/3/2026"], "2026-03-15", ["Sở Tư pháp"]),
    D("PL.I.3", NNMT, "Điều chỉnh bảng giá đất và hệ số điều chỉnh giá đất phù hợp",
      ["tháng 4/2026"], "2026-04", ["Sở Tư pháp"]),
    D("PL.I.4", "UBND xã Điềm Thụy", "Hoàn thành bồi thường, giải phóng mặt bằng Cụm công nghiệp Điềm Thụy",
      ["Quý II/2026"], "2026-06-30", ["Sở Công Thương", "Ban Quản lý các khu công nghiệp tỉnh"]),
    D("PL.II.5", "Sở Xây dựng", "Cắt giảm tối thiểu 20% thời gian giải quyết thủ tục hành chính",
      ["tháng 3/2026"], "2026-03", [VP]),
    D("PL.II.5", NNMT, "Cắt giảm tối thiểu 20% thời gian giải quyết thủ tục hành chính",
      ["trước 30/4/2026"], "2026-04-30", [VP]),
    D("PL.II.6", "Trung tâm Phục vụ hành chính công tỉnh",
      "Triển khai tiếp nhận, trả kết quả 100% thủ tục hành chính đủ điều kiện",
      ["Tháng 02–6/2026"], "2026-06-30", ["Sở Khoa học và Công nghệ", "UBND các xã, phường"]),
    D("PL.III.7", VP, "Thiết lập đường dây nóng, hộp thư điện tử tiếp nhận phản ánh của",
      ["Tháng 02/2026"], "2026-02", ["Công an tỉnh"]),
    D("PL.III.8", "Sở Công Thương", "Xử lý dứt điểm kiến nghị của doanh nghiệp tồn đọng từ năm 2025",
      ["trước 20/02/2026"], "2026-02-20", [VP]),
    D("PL.III.8", "Sở Xây dựng", "Xử lý dứt điểm kiến nghị của doanh nghiệp tồn đọng từ năm 2025",
      ["trước 20/02/2026"], "2026-02-20", [VP]),
    D("PL.III.8", NNMT, "Xử lý dứt điểm kiến nghị của doanh nghiệp tồn đọng từ năm 2025",
      ["trước 31/3/2026"], "2026-03-31", [VP]),
]))

# 6 ---------------------------------------------------------------------- ward after July 2025 (markdown)
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
CAP = "Công an phường"
DOCS.append(("r-tb-ubnd-phuong-longbien-to-dan-pho.md",
             "md-ward-ubnd-phuong-bold-numbered-unit-headings-dash-items-to-dan-pho-so-ward-police-ttpvhcc-heading-with-inline-task",
             M("21/TB-UBND", "2026-01-12", "THÔNG BÁO", "UBND phường Long Biên", "Đào Minh Khuê",
               "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"), [
    D("2.1", KT, "Chủ trì, phối hợp với Công an phường ra quân lập lại trật tự",
      ["xong trước ngày 31/01/2026"], "2026-01-31", [CAP]),
    D("2.1", KT, "Kiểm tra hệ thống thoát nước, nạo vét 6 điểm úng ngập cục bộ",
      ["kịp thời trước mùa mưa bão năm 2026"], "2026"),
    D("2.2", CAP, "Tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự tại"),
    D("2.2", CAP, "Hoàn thành rà soát, điều chỉnh thông tin dân cư trên Cơ sở",
      ["đến hết ngày 15/02/2026"], "2026-02-15"),
    D("2.3", "Trung tâm phục vụ hành chính công phường",
      "Bố trí lịch trực tiếp nhận hồ sơ vào sáng thứ Bảy trong 4",
      ["trước ngày 16/01/2026"], "2026-01-16", rec="weekly"),
    D("2.4", "Phòng Văn hóa - Xã hội", "Phối hợp với Ủy ban MTTQ Việt Nam phường tổ chức thăm, tặng quà",
      ["trước ngày 10/02/2026"], "2026-02-10", ["Ủy ban MTTQ Việt Nam phường"]),
    D("2.5", "Tổ dân phố số 3", "Tổ dân phố số 3 phối hợp với Công ty TNHH MTV Môi trường",
      ["xong trước ngày 25/01/2026"], "2026-01-25",
      ["Công ty TNHH MTV Môi trường đô thị Hà Nội - Chi nhánh Long Biên"]),
    D("2.5", "Tổ trưởng các Tổ dân phố", "Tổ trưởng các Tổ dân phố vận động Nhân dân treo cờ Tổ quốc",
      ["vào ngày 25 hằng tháng"], None, rec="monthly"),
    D("2.6", "Văn phòng HĐND và UBND phường", "theo dõi, đôn đốc các đơn vị thực hiện; tổng hợp, báo cáo Chủ tịch",
      ["tại cuộc họp giao ban tháng 02/2026"], "2026-02"),
]))

# 7 ---------------------------------------------------------------------- university council (markdown)
TCCB = "Phòng Tổ chức cán bộ"
DOCS.append(("r-tb-hdt-dhthuyloi-phien-hop-thu-6.md",
             "md-university-hoi-dong-truong-noi-dung-n-headings-vote-counts-hoi-dong-truong-thong-nhat-then-giao-paragraphs",
             M("04/TB-HĐT", "2026-01-13", "THÔNG BÁO", "Hội đồng trường Trường Đại học Thủy lợi", "Vũ Đình Khang",
               "TM. HỘI ĐỒNG TRƯỜNG / CHỦ TỊCH"), [
    D("1", "Phòng Đào tạo", "Giao Phòng Đào tạo hoàn thiện Đề án tuyển sinh năm 2026, công bố",
      ["xong trước ngày 27/02/2026"], "2026-02-27"),
    D("1", "Hiệu trưởng", "Giao Hiệu trưởng chỉ đạo các khoa chuyên môn hoàn thiện hồ sơ mở",
      ["tại phiên họp thứ 7 (dự kiến tháng 4/2026)"], "2026-04"),
    D("2", "Phòng Tài chính - Kế toán", "Giao Phòng Tài chính - Kế toán phối hợp với Ban Kiểm soát của",
      ["hoàn thành dứt điểm trong quý I/2026"], "2026-03-31", ["Ban Kiểm soát của Hội đồng trường"]),
    D("3", TCCB, "Giao Phòng Tổ chức cán bộ tiếp thu ý kiến các thành viên, chỉnh sửa",
      ["cuối tháng 3/2026"], "2026-03-31"),
    D("3", "Phòng Thanh tra - Pháp chế", "Giao Phòng Thanh tra - Pháp chế thẩm định sự phù hợp của dự thảo"),
    D("4", TCCB, "Giao Phòng Tổ chức cán bộ thực hiện quy trình giới thiệu nhân sự",
      ["trước ngày 31/3/2026"], "2026-03-31"),
    D("5", "Ban Kiểm soát của Hội đồng trường", "Giao Ban Kiểm soát của Hội đồng trường giám sát việc thực hiện",
      ["tại phiên họp thứ 7"], None),
    D("5", "Thư ký Hội đồng trường", "Giao Thư ký Hội đồng trường gửi biên bản, nghị quyết phiên họp",
      ["trong 03 ngày làm việc kể từ ngày họp", "định kỳ hằng quý"], "2026-01-14", rec="quarterly"),
]))

# 8 ---------------------------------------------------------------------- legacy portal table layout, 1/ a-
VH = "Sở Văn hóa, Thể thao và Du lịch"
NN = "Sở Nông nghiệp và Môi trường"
UBP = "UBND các phường: Sầm Sơn, Quảng Tiến, Nam Sầm Sơn và xã Hải Tiến"
DOCS.append(("r-tb-vpub-thanhhoa-portal-font-table.html",
             "html-legacy-portal-table-layout-font-tags-inline-styles-slash-numbering-1-slash-a-dash-letters-sidebar-dates",
             M("97/TB-VPUB", "2026-01-21", "THÔNG BÁO", "Văn phòng UBND tỉnh Thanh Hóa", "Trịnh Thị Quế Chi",
               "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), [
    D("1.a", VH, "Chủ trì, phối hợp với Sở Công Thương kiểm tra việc niêm yết giá",
      ["trước ngày 30/4/2026"], "2026-04-30", ["Sở Công Thương"]),
    D("1.b", VH, "Xây dựng bộ quy tắc ứng xử văn minh du lịch biển, trình UBND tỉnh",
      ["trong tháng 3/2026"], "2026-03"),
    D("2.a", NN, "Quan trắc chất lượng nước biển ven bờ tại 9 điểm; công bố kết quả",
      ["ngày 15 và ngày 30 hằng tháng"], None, rec="monthly"),
    D("2.b", NN, "Kiểm tra, xử lý các cơ sở xả nước thải chưa qua xử lý",
      ["trước 15/5/2026"], "2026-05-15"),
    D("3", "Sở Xây dựng", "Giao Sở Xây dựng chủ trì, phối hợp với UBND phường Sầm Sơn, UBND",
      ["trước khai mạc Lễ hội du lịch biển năm 2026"], "2026",
      ["UBND phường Sầm Sơn", "UBND phường Nam Sầm Sơn"]),
    D("4", "Công an tỉnh", "Công an tỉnh chỉ đạo lực lượng cảnh sát đường thủy, Công an các phường",
      ["từ ngày 01/5/2026 đến hết ngày 31/8/2026"], "2026-08-31"),
    D("5.a", UBP, "Bố trí đủ thùng rác, nhà vệ sinh công cộng, trạm cứu hộ trên",
      ["xong trước ngày 15/4/2026"], "2026-04-15"),
    D("5.b", UBP, "Giải tỏa dứt điểm các lều, quán lấn chiếm hành lang bảo vệ bờ biển",
      ["trước ngày 20/3/2026"], "2026-03-20"),
    D("6", "Hiệp hội Du lịch tỉnh", "Đề nghị Hiệp hội Du lịch tỉnh vận động hội viên cam kết không"),
    D("7", "Sở Y tế", "Sở Y tế chỉ đạo kiểm tra an toàn thực phẩm tại các nhà hàng",
      ["tháng 5/2026", "tháng 7/2026"], "2026-05"),
]))

# 9 ---------------------------------------------------------------------- Zalo paste, no header block
HKL = "Hạt Kiểm lâm khu vực Con Cuông"
PKT = "Phòng Kinh tế"
TT = "Trưởng các thôn, bản"
DOCS.append(("r-zalo-xa-concuong-chay-rung-mua-kho.txt",
             "txt-zalo-group-message-no-header-number-and-date-only-in-thuc-hien-sentence-star-unit-bullets-arrow-items-no-signer",
             M("53/TB-UBND", "2026-01-16", "THÔNG BÁO", "UBND xã Con Cuông", None, None), [
    D("", HKL, "Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã, Công an xã",
      ["xong trước ngày 10/02/2026"], "2026-02-10", ["Ban Chỉ huy Quân sự xã", "Công an xã"]),
    D("", HKL, "Tổ chức trực cháy rừng 24/24 giờ trong các tháng cao điểm nắng nóng",
      ["từ 01/4/2026 đến 31/8/2026"], "2026-08-31"),
    D("", PKT, "Tham mưu UBND xã tổ chức Lễ phát động Tết trồng cây đời đời",
      ["trước 20/02"], "2026-02-20"),
    D("", PKT, "Tổng hợp nhu cầu cây giống của các thôn, bản gửi Công ty TNHH",
      ["chậm nhất ngày 30/01/2026"], "2026-01-30"),
    D("", "Ban Chỉ huy Quân sự xã", "chuẩn bị lực lượng dân quân, phương tiện sẵn sàng tham gia chữa cháy",
      ["trong tháng 3/2026"], "2026-03"),
    D("", "Công an xã", "điều tra, xử lý nghiêm các trường hợp đốt nương, đốt thực bì"),
    D("", TT, "Tổ chức cho các hộ nhận khoán bảo vệ rừng ký cam kết phòng",
      ["trước ngày 28/02/2026"], "2026-02-28"),
    D("", TT, "Báo cáo tình hình đốt nương rẫy về UBND xã (qua Phòng Kinh tế)",
      ["ngày 15 hằng tháng"], None, rec="monthly"),
    D("", "Ban Quản lý rừng phòng hộ Con Cuông",
      "Đề nghị Ban Quản lý rừng phòng hộ Con Cuông phối hợp với Hạt Kiểm lâm",
      ["trước ngày 31/3/2026"], "2026-03-31", ["Hạt Kiểm lâm"]),
]))

# 10 --------------------------------------------------------------------- LibreOffice HTML export, <ol> numbering
VPB = "Văn phòng Ban"
DOCS.append(("r-tb-bqlcnc-hoalac-libreoffice-ol.html",
             "html-libreoffice-export-ol-type-I-and-a-automatic-numbering-labels-not-in-text-p-western-font-size-header-table",
             M("64/TB-BQL", "2026-01-23", "THÔNG BÁO", "Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội", "Khúc Thị Ngân",
               "TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG"), [
    D("II.1", "Phòng Quản lý đầu tư", "Phòng Quản lý đầu tư chủ trì, phối hợp với Phòng Quản lý quy hoạch",
      ["trước ngày 06/02/2026"], "2026-02-06", ["Phòng Quản lý quy hoạch và xây dựng"]),
    D("II.2", "Ban Quản lý dự án đầu tư xây dựng chuyên ngành",
      "Ban Quản lý dự án đầu tư xây dựng chuyên ngành đẩy nhanh thi công Dự án",
      ["cuối tháng 3/2026"], "2026-03-31"),
    D("II.3.a", VPB, "Tham mưu tổ chức Lễ khởi công Trung tâm dữ liệu xanh dịp đầu Xuân",
      ["xong trước ngày 09/02/2026"], "2026-02-09"),
    D("II.3.b", VPB, "Đôn đốc các đơn vị báo cáo tiến độ nhiệm vụ vào thứ Sáu hằng tuần",
      ["vào thứ Sáu hằng tuần"], None, rec="weekly"),
    D("II.4", "Trung tâm Dịch vụ và Hỗ trợ đầu tư",
      "Trung tâm Dịch vụ và Hỗ trợ đầu tư phối hợp với Công an xã Hòa Lạc",
      ["trong tháng 02/2026"], "2026-02", ["Công an xã Hòa Lạc"]),
    D("II.5", "Phòng Quản lý tài nguyên và môi trường",
      "Phòng Quản lý tài nguyên và môi trường kiểm tra việc đấu nối nước thải",
      ["hoàn thành dứt điểm trong quý I/2026"], "2026-03-31"),
    D("II.6", "Ủy ban nhân dân xã Hòa Lạc",
      "Đề nghị Ủy ban nhân dân xã Hòa Lạc sớm tiếp nhận hạ tầng kỹ thuật"),
    D("II.7", "Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch - Tài chính phối hợp với Kho bạc Nhà nước khu vực I",
      ["đến hết ngày 31/01/2026"], "2026-01-31", ["Kho bạc Nhà nước khu vực I"]),
]))


def Q(i, question, sources, must, lang, *tags):
    return {"id": "rq%02d" % i, "question": question, "gold_sources": list(sources), "must_contain": list(must),
            "answerable": bool(sources), "split": "dev", "tags": list(tags) + [lang]}


from questions_r import QUESTIONS  # noqa: E402

if __name__ == "__main__":
    with open(os.path.join(ROOT, "gold", "r.jsonl"), "w", encoding="utf-8") as f:
        for fn, layout, meta, dirs in DOCS:
            f.write(json.dumps({"file": fn, "split": "dev", "layout": layout, "metadata": meta,
                                "directives": dirs}, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "questions", "r.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(QUESTIONS(Q), 1):
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(DOCS), "documents,", sum(len(d[3]) for d in DOCS), "directives")
