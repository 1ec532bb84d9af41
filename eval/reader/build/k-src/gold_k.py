"""Write gold/k.jsonl from the hand-written gold below (compact form).

Each directive: (section, assignee, coordinators, due, deadlines, recurring, action); cut() trims the hand-chosen
action to 10 whitespace tokens and strips trailing ",;:.".
Run: /work/main/.venv/bin/python eval/reader/build/k-src/gold_k.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "gold", "k.jsonl")


def cut(s, n=10):
    return " ".join(s.split()[:n]).rstrip(",;:.")


def meta(number, date, doc_type, issuer, signer, signer_title):
    return dict(number=number, date=date, doc_type=doc_type, issuer=issuer, signer=signer, signer_title=signer_title)


DOCS = []


def doc(file, layout, m, dirs):
    DOCS.append(dict(file=file, split="dev", layout=layout, metadata=m, directives=[
        dict(assignee=a, coordinators=c, due=due, deadlines=dl, recurring=rec, section=sec, action=cut(act))
        for sec, a, c, due, dl, rec, act in dirs]))


VKH = "Vụ KHCN,MT&VLXD"
doc("k-tb-bxd-vat-lieu-xanh.docx",
    "docx-ministry-bold-abbreviated-unit-headings-defined-sau-day-goi-tat",
    meta("1487/TB-BXD", "2025-11-24", "THÔNG BÁO", "Bộ Xây dựng", "Nguyễn Đức Trọng", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG"),
    [("2", VKH, ["Viện VLXD"], "2025-12-20", ["trước ngày 20/12/2025"], None,
      "Chủ trì, phối hợp với Viện VLXD hoàn thiện dự thảo Thông tư hướng dẫn"),
     ("2", VKH, [], "2026-03-31", ["trong quý I/2026"], None,
      "Tổng hợp, đánh giá kết quả thực hiện Đề án giai đoạn 2021 - 2025"),
     ("2", "Cục KT-QLĐTXD", [], "2026-01-15", ["chậm nhất ngày 15/01/2026"], None,
      "Khẩn trương rà soát, bổ sung định mức dự toán cho các công tác"),
     ("2", "Cục KT-QLĐTXD", ["Vụ KH-TC"], None, [], None,
      "Phối hợp với Vụ KH-TC nghiên cứu, đề xuất cơ chế ưu tiên sử dụng"),
     ("2", "Cục QLHĐXD", [], None, ["định kỳ 6 tháng"], "half_yearly",
      "Hướng dẫn các Sở Xây dựng kiểm tra việc sử dụng vật liệu xây"),
     ("2", "Cục QLHĐXD", [], "2026-06-30", ["trước ngày 30/6/2026"], None,
      "Rà soát các quy định về quản lý chất thải rắn xây dựng trong"),
     ("2", "Cục KT-QLĐTXD", [], "2026-06-30", ["trước ngày 30/6/2026"], None,
      "Rà soát các quy định về quản lý chất thải rắn xây dựng trong"),
     ("2", "Vụ KH-TC", [], "2025-12-31", ["trước ngày 31/12/2025"], None,
      "Cân đối, bố trí kinh phí sự nghiệp khoa học năm 2026 cho các"),
     ("2", "Viện VLXD", [], "2026-03", ["trong tháng 3/2026"], None,
      "Hoàn thành biên soạn 03 dự thảo tiêu chuẩn quốc gia về cốt liệu"),
     ("2", "Viện VLXD", ["Hiệp hội"], "2026-06-30", ["trong quý II/2026"], None,
      "Phối hợp với Hiệp hội tổ chức hội thảo giới thiệu công nghệ tái chế"),
     ("2", "Hiệp hội", [], "2026-02-28", ["trước ngày 28/02/2026"], None,
      "Vận động các doanh nghiệp hội viên đăng ký chứng nhận sản phẩm vật liệu"),
     ("2", "Văn phòng Bộ", [], None, [], None,
      "Đăng tải Thông báo này trên Cổng Thông tin điện tử Bộ Xây dựng"),
     ])

P1 = "Phòng Nghiệp vụ và Tổ chức thi hành án"
P3 = "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"
P4 = "Các Phòng Thi hành án dân sự khu vực"
doc("k-tb-thads-dongnai-giaoban-t11.docx",
    "docx-unit-per-row-table-typed-numbered-tasks-in-one-cell-inline-deadlines",
    meta("2315/TB-THADS", "2025-12-08", "THÔNG BÁO", "Thi hành án dân sự tỉnh Đồng Nai", "Đinh Thị Ngọc Trâm",
         "TL. TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH / CHÁNH VĂN PHÒNG"),
    [("II.1.1", P1, [], "2025-12-15", ["trước ngày 15/12/2025"], None,
      "Rà soát, phân loại toàn bộ hồ sơ việc có điều kiện thi hành"),
     ("II.1.2", P1, ["Văn phòng"], "2025-12-26", ["chậm nhất ngày 26/12/2025"], None,
      "Chủ trì, phối hợp với Văn phòng xây dựng dự thảo Kế hoạch công tác"),
     ("II.1.3", P1, [], None, ["ngày 25 hằng tháng"], "monthly",
      "Theo dõi, hướng dẫn nghiệp vụ đối với các vụ việc phức tạp, kéo dài"),
     ("II.2.1", "Văn phòng", [], "2026-01-10", ["trước ngày 10/01/2026"], None,
      "Hoàn thiện hồ sơ đề nghị khen thưởng năm 2025, gửi Cục Quản lý"),
     ("II.2.2", "Văn phòng", [], "2025-12", ["trong tháng 12/2025"], None,
      "Rà soát, kiểm kê tài sản, kho vật chứng tại trụ sở tỉnh"),
     ("II.3.1", P3, [], "2025-12-19", ["từ ngày 15/12 đến ngày 19/12/2025"], None,
      "Kiểm tra chuyên đề công tác tổ chức thi hành án tại Phòng Thi hành"),
     ("II.3.2", P3, [], "2025-12-22", ["trong thời hạn 10 ngày làm việc kể từ ngày ban hành Thông báo này"], None,
      "Giải quyết dứt điểm 04 đơn khiếu nại tồn đọng, trong thời hạn 10"),
     ("II.4.1", P4, [], None, [], None,
      "Tập trung tổ chức thi hành dứt điểm các việc có điều kiện, nhất là"),
     ("II.4.2", P4, ["Công an xã, phường"], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None,
      "Phối hợp với Công an xã, phường xây dựng phương án bảo vệ cưỡng chế"),
     ("II.4.3", P4, [], None, ["trước ngày 05 hằng tháng"], "monthly",
      "Báo cáo kết quả thi hành án trước ngày 05 hằng tháng qua phần mềm"),
     ("II.5", "Phòng Thi hành án dân sự khu vực 1", [], "2025-12-31", ["trước ngày 31/12/2025"], None,
      "Khẩn trương hoàn tất thủ tục bán đấu giá tài sản đảm bảo trong vụ việc"),
     ])

doc("k-tb-cdyt-khanhhoa-giaoban-t1.docx",
    "docx-topic-headings-plus-tab-items-title-person-assignees-college",
    meta("96/TB-CĐYT", "2026-01-12", "THÔNG BÁO", "Trường Cao đẳng Y tế Khánh Hòa", "Lâm Ngọc Hân",
         "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"),
    [("1", "Phó Hiệu trưởng phụ trách đào tạo", [], "2026-01-20", ["trước ngày 20/01/2026"], None,
      "Phó Hiệu trưởng phụ trách đào tạo chỉ đạo hoàn thành kế hoạch đào tạo"),
     ("1", "Trưởng phòng Đào tạo", ["Trưởng các khoa"], "2026-03-31", ["trong quý I/2026"], None,
      "Trưởng phòng Đào tạo chủ trì, phối hợp với Trưởng các khoa rà soát"),
     ("1", "Trưởng khoa Điều dưỡng - Hộ sinh", ["Bệnh viện Đa khoa tỉnh Khánh Hòa"], "2026-02-13",
      ["trước ngày 13/02/2026"], None,
      "Trưởng khoa Điều dưỡng - Hộ sinh phối hợp với Bệnh viện Đa khoa"),
     ("2", "Giám đốc Trung tâm Tuyển sinh và Hợp tác doanh nghiệp", [], "2026-02-06", ["trước ngày 06/02/2026"], None,
      "Giám đốc Trung tâm Tuyển sinh và Hợp tác doanh nghiệp xây dựng phương án"),
     ("2", "Trưởng phòng Công tác học sinh - sinh viên", ["Đoàn Thanh niên trường"], "2026-04-30",
      ["từ ngày 02/3 đến ngày 30/4/2026"], None,
      "Giao Trưởng phòng Công tác học sinh - sinh viên phối hợp với Đoàn"),
     ("3", "Phó Hiệu trưởng phụ trách cơ sở vật chất", [], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None,
      "Phó Hiệu trưởng phụ trách cơ sở vật chất chỉ đạo Trưởng phòng Quản trị"),
     ("3", "Trưởng phòng Tài chính - Kế toán", [], "2026-02-28", ["chậm nhất ngày 28/02/2026"], None,
      "Trưởng phòng Tài chính - Kế toán hoàn thành quyết toán kinh phí năm 2025"),
     ("4", "Chánh Văn phòng trường", [], "2026-02-09", ["trước ngày 09/02/2026"], None,
      "Chánh Văn phòng trường tổng hợp lịch trực Tết Nguyên đán Bính Ngọ của"),
     ("4", "Trưởng các khoa, phòng, trung tâm", [], None, ["vào chiều thứ Sáu tuần cuối cùng hằng tháng"], "monthly",
      "Trưởng các khoa, phòng, trung tâm báo cáo tiến độ thực hiện nhiệm vụ"),
     ("4", "Chủ tịch Công đoàn trường", [], "2026-02-10", ["trước ngày 10/02/2026"], None,
      "Đề nghị Chủ tịch Công đoàn trường xây dựng kế hoạch thăm hỏi, tặng quà"),
     ])

VH = "Sở Văn hóa, Thể thao và Du lịch"
SP = "UBND phường Sa Pa"
doc("k-tb-ubnd-laocai-du-lich-sapa.pdf",
    "pdf-annex-task-table-deadline-column-before-content-and-unit",
    meta("612/TB-UBND", "2025-11-17", "THÔNG BÁO", "UBND tỉnh Lào Cai", "Hoàng Thị Bích Hạnh",
         "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"),
    [("III", "Văn phòng UBND tỉnh", [], "2026-01-05", ["trước ngày 05/01/2026"], None,
      "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị"),
     ("II.1", "Sở Xây dựng", ["Công an tỉnh", SP], "2025-11-30", ["Trước ngày 30/11/2025"], None,
      "Hoàn thiện phương án phân luồng, điều tiết giao thông khu vực trung tâm"),
     ("II.2", VH, ["Hiệp hội Du lịch tỉnh"], "2025-12-15", ["15/12/2025"], None,
      "Ban hành bộ tiêu chí đánh giá chất lượng dịch vụ lưu trú homestay"),
     ("II.3", SP, ["Sở Công Thương", "Công an tỉnh"], None, ["Thường xuyên"], None,
      "Kiểm tra, xử lý nghiêm các cơ sở kinh doanh dịch vụ du lịch không"),
     ("II.4", SP, [VH], "2025-12", ["Tháng 12/2025"], None,
      "Tổ chức Lễ hội Mùa đông Sa Pa năm 2025 bảo đảm an toàn"),
     ("II.5", "Công ty Điện lực Lào Cai", [], "2025-12-20", ["Trước ngày 20/12/2025"], None,
      "Lắp đặt bổ sung 02 trạm biến áp, xử lý dứt điểm tình trạng quá"),
     ("II.6", "Sở Xây dựng", [SP], "2026-02-16", ["Trước Tết Nguyên đán Bính Ngọ"], None,
      "Hoàn thành sửa chữa, thảm bê tông nhựa các đoạn hư hỏng trên Quốc"),
     ("II.7", VH, [SP], None, ["Thứ Năm hằng tuần"], "weekly",
      "Tổng hợp tình hình khách du lịch, công suất buồng phòng, các vụ việc"),
     ("II.8", "Sở Dân tộc và Tôn giáo", [VH], "2026-03-31", ["Quý I/2026"], None,
      "Đánh giá, đề xuất chính sách hỗ trợ đào tạo nghề du lịch cho"),
     ("II.9", "Công an tỉnh", ["Sở Khoa học và Công nghệ"], None, ["Ngay sau khi dự án được phê duyệt"], None,
      "Triển khai lắp đặt hệ thống camera giám sát giao thông thông minh tại"),
     ("II.10", "Sở Khoa học và Công nghệ", [VH], "2026-03-31", ["31/3/2026"], None,
      "Xây dựng cơ sở dữ liệu số về tài nguyên du lịch toàn tỉnh"),
     ])

GT = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
doc("k-tb-vp-quangtri-duong-ven-bien.pdf",
    "pdf-word-export-footnotes-assignee-at-clause-end-giao-x-thuc-hien",
    meta("863/TB-VP", "2026-03-05", "THÔNG BÁO", "Văn phòng UBND tỉnh Quảng Trị", "Hồ Thị Diệu Linh",
         "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"),
    [("1.a", "Ủy ban nhân dân các xã Quảng Ninh, Ninh Châu", [], "2026-03-31", ["trước ngày 31/3/2026"], None,
      "Tập trung hoàn thành kiểm đếm, áp giá bồi thường đối với 46 hộ"),
     ("1.b", "Sở Nông nghiệp và Môi trường", ["Sở Tài chính"], "2026-03", ["trong tháng 3/2026"], None,
      "Khẩn trương hướng dẫn xác định giá đất cụ thể làm căn cứ tính"),
     ("1.c", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", [], "2026-06-30",
      ["trước ngày 30/6/2026"], None,
      "Đầu tư hoàn chỉnh hạ tầng khu tái định cư Ninh Châu, bàn giao đất"),
     ("2.a", GT, [], "2026-04-30", ["trước ngày 30/4/2026"], None,
      "Đẩy nhanh tiến độ thi công gói thầu XL-03, tăng cường nhân lực, thiết bị"),
     ("2.b", "Sở Nông nghiệp và Môi trường", [], None,
      ["trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"], None,
      "Giải quyết thủ tục cấp phép khai thác các mỏ cát đắp nền đường"),
     ("2.c", "Sở Xây dựng", [GT], None, ["định kỳ hằng quý"], "quarterly",
      "Kiểm tra chất lượng vật liệu đầu vào và chất lượng thi công các hạng"),
     ("3.a", "Sở Tài chính", [], "2026-03-20", ["trước ngày 20/3/2026"], None,
      "Rà soát, tham mưu điều chuyển kế hoạch vốn năm 2026 từ các dự án"),
     ("3.b", "Kho bạc Nhà nước khu vực XI", [], None,
      ["trong thời hạn 03 ngày làm việc kể từ ngày nhận đủ hồ sơ"], None,
      "Đề nghị Kho bạc Nhà nước khu vực XI kiểm soát, thanh toán kịp thời"),
     ("4", "Văn phòng UBND tỉnh", [], "2026-04", ["tại cuộc họp giao ban tháng 4/2026"], None,
      "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc; tổng hợp kết quả thực hiện"),
     ])

KHCN = "Sở Khoa học và Công nghệ"
doc("k-kh-ubnd-phutho-luat-du-lieu.pdf",
    "pdf-ke-hoach-to-chuc-thuc-hien-unit-heading-paragraphs-recurring-report-dates",
    meta("287/KH-UBND", "2025-10-20", "KẾ HOẠCH", "UBND tỉnh Phú Thọ", "Đặng Xuân Khải",
         "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
    [("III.1", KHCN, ["Công an tỉnh"], "2025-12-31", ["trong quý IV/2025"], None,
      "Là cơ quan thường trực, chủ trì, phối hợp với Công an tỉnh tham mưu"),
     ("III.1", KHCN, [], None, ["định kỳ 6 tháng (trước ngày 15/6 và 15/12)"], "half_yearly",
      "Tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh định kỳ 6"),
     ("III.2", "Công an tỉnh", [], None, ["trước ngày 31/12 hằng năm"], "yearly",
      "Chủ trì hướng dẫn các sở, ngành, địa phương triển khai các biện pháp"),
     ("III.3", "Sở Nội vụ", [], "2026-03-31", ["trong quý I/2026"], None,
      "Tham mưu bố trí biên chế, vị trí việc làm chuyên trách về dữ liệu"),
     ("III.4", "Sở Tài chính", [], None, [], None,
      "Căn cứ khả năng cân đối ngân sách, tham mưu UBND tỉnh bố trí kinh phí"),
     ("III.5", "Sở Văn hóa, Thể thao và Du lịch", [], "2025-12-31", ["trong tháng 11 và tháng 12/2025"], None,
      "Chỉ đạo, hướng dẫn các cơ quan báo chí trên địa bàn tỉnh tăng cường"),
     ("III.6", "Trung tâm Phục vụ hành chính công tỉnh", [], "2025-12-31", ["trước ngày 31/12/2025"], None,
      "Hoàn thành kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết"),
     ("III.7", "Các sở, ban, ngành tỉnh", [], None, ["trước ngày 25 hằng tháng"], "monthly",
      "Rà soát, cập nhật dữ liệu chuyên ngành lên Kho dữ liệu dùng chung"),
     ("III.8", "Ủy ban nhân dân các xã, phường", [], "2026-06-30", ["trước ngày 30/6/2026"], None,
      "Chủ động bố trí nguồn lực số hóa hồ sơ hộ tịch, đất đai còn"),
     ("III.9", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", [], None, [], None,
      "Phối hợp giám sát việc thu thập, sử dụng dữ liệu cá nhân của người"),
     ])

XP = "Ủy ban nhân dân các xã, phường có bến khách ngang sông"
doc("k-tb-vinhlong-portal-ben-khach.html",
    "html-provincial-portal-div-p-br-mixed-bold-unit-lead-related-news-dates",
    meta("1120/TB-VPUBND", "2025-12-15", "THÔNG BÁO", "Văn phòng UBND tỉnh Vĩnh Long", "Trương Văn Hiếu",
         "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"),
    [("1", "Sở Xây dựng", ["Công an tỉnh"], "2026-01-15", ["từ ngày 22/12/2025 đến ngày 15/01/2026"], None,
      "Chủ trì, phối hợp với Công an tỉnh tổ chức tổng kiểm tra các bến"),
     ("1", "Sở Xây dựng", [], "2026-01-31", ["trước ngày 31/01/2026"], None,
      "Rà soát, công bố lại danh mục bến khách ngang sông đủ điều kiện hoạt động"),
     ("2", "Công an tỉnh", [], None, [], None,
      "chỉ đạo Phòng Cảnh sát đường thủy tăng cường tuần tra, kiểm soát"),
     ("3.a", XP, [], "2025-12-25", ["trước ngày 25/12/2025"], None,
      "Yêu cầu chủ bến trang bị đủ áo phao, phao tròn cho hành khách"),
     ("3.b", XP, [], None, [], None,
      "Kiên quyết đình chỉ hoạt động các bến không bảo đảm an toàn, bố trí"),
     ("3.c", XP, [], None, ["vào thứ Sáu hằng tuần"], "weekly",
      "Báo cáo kết quả thực hiện về Sở Xây dựng vào thứ Sáu hằng tuần"),
     ("4", "Sở Tài chính", [], "2026-01-10", ["đầu tháng 01/2026"], None,
      "tham mưu UBND tỉnh hỗ trợ kinh phí mua áo phao cho học sinh"),
     ("5", "Sở Giáo dục và Đào tạo", [], "2025-12-20", ["trước ngày 20 tháng 12"], None,
      "chỉ đạo các trường học tổ chức tuyên truyền, hướng dẫn kỹ năng an toàn"),
     ("6", "Báo và Phát thanh, Truyền hình Vĩnh Long", [], None, [], None,
      "Giao Báo và Phát thanh, Truyền hình Vĩnh Long mở chuyên mục tuyên truyền"),
     ("7", "Văn phòng UBND tỉnh", [], None, [], None,
      "Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện"),
     ])

doc("k-tb-xa-hoavang-giaoban-t11.html",
    "html-commune-wordpress-topic-paragraphs-giao-sentences-mid-paragraph",
    meta("215/TB-UBND", "2025-11-24", "THÔNG BÁO", "UBND xã Hòa Vang", "Lê Thị Thu Hà", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"),
    [("1", "Phòng Kinh tế", ["Thuế cơ sở 5 thành phố Đà Nẵng"], "2025-12-31", ["trước ngày 31/12/2025"], None,
      "Giao Phòng Kinh tế chủ trì, phối hợp với Thuế cơ sở 5 thành phố"),
     ("1", "Phòng Kinh tế", [], "2026-01-15", ["chậm nhất ngày 15/01/2026"], None,
      "giao Phòng Kinh tế đôn đốc các nhà thầu đẩy nhanh tiến độ, hoàn thiện"),
     ("2", "Phòng Văn hóa – Xã hội", ["Ủy ban MTTQ Việt Nam xã"], "2025-12-15", ["trước ngày 15/12/2025"], None,
      "Giao Phòng Văn hóa – Xã hội rà soát, lập danh sách hộ nghèo"),
     ("2", "Trạm Y tế xã", [], None, ["vào thứ Hai hằng tuần"], "weekly",
      "đề nghị Trạm Y tế xã tăng cường giám sát, xử lý ổ dịch"),
     ("3", "Trung tâm Phục vụ hành chính công xã", [], "2025-12-01",
      ["trong 05 ngày làm việc kể từ ngày ban hành Thông báo này"], None,
      "Giao Trung tâm Phục vụ hành chính công xã rà soát các hồ sơ"),
     ("3", "Văn phòng HĐND và UBND xã", ["Công an xã"], "2025-12", ["trong tháng 12/2025"], None,
      "Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã"),
     ("4", "Công an xã", [], None, [], None,
      "Đề nghị Công an xã tăng cường tuần tra, kiểm soát, bảo đảm an ninh"),
     ("4", "Ban Chỉ huy Quân sự xã", [], "2025-12-15", ["từ ngày 01/12 đến ngày 15/12/2025"], None,
      "Giao Ban Chỉ huy Quân sự xã tổ chức khám sức khỏe nghĩa vụ quân sự"),
     ])

doc("k-zalo-syt-cantho-tay-chan-mieng.txt",
    "txt-zalo-group-forward-narrow-hard-wraps-bullet-dots-replies",
    meta("318/TB-SYT", "2026-01-30", "THÔNG BÁO", "Sở Y tế thành phố Cần Thơ", "Lý Thanh Phong",
         "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"),
    [("II", "Trung tâm Kiểm soát bệnh tật thành phố", [], "2026-02-28",
      ["trong vòng 48 giờ kể từ khi phát hiện", "từ 09/02 đến 28/02/2026"], None,
      "Trung tâm Kiểm soát bệnh tật thành phố chủ trì"),
     ("II", "Các Trung tâm Y tế khu vực", ["UBND các xã, phường"], "2026-02-16", ["trước Tết Nguyên đán Bính Ngọ"], None,
      "Các Trung tâm Y tế khu vực phối hợp với UBND"),
     ("II", "Bệnh viện Nhi đồng thành phố Cần Thơ", [], "2026-02-10", ["chậm nhất ngày 10/02/2026"], None,
      "Bệnh viện Nhi đồng thành phố Cần Thơ chuẩn bị đủ"),
     ("II", "Các bệnh viện trên địa bàn thành phố", [], None, [], None,
      "Các bệnh viện trên địa bàn thành phố thực hiện"),
     ("II", "Phòng Nghiệp vụ Y", [], "2026-02-06", ["trước ngày 06/02/2026"], None,
      "Phòng Nghiệp vụ Y tham mưu Giám đốc Sở ban hành"),
     ("II", "Phòng Kế hoạch - Tài chính", [], None, ["trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ"], None,
      "Phòng Kế hoạch - Tài chính thẩm định, trình"),
     ("II", "Sở Giáo dục và Đào tạo", [], None, ["ngay trong ngày phát hiện"], None,
      "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường"),
     ("II", "Văn phòng Sở", [], None, ["vào thứ Sáu hằng tuần"], "weekly",
      "Văn phòng Sở đăng tải Thông báo trên Cổng thông"),
     ])

doc("k-tb-svhtt-hue-tet-binh-ngo.md",
    "md-setext-headings-paren-numbered-italic-unit-en-dash-mixed-deadline-forms",
    meta("1872/TB-SVHTT", "2025-11-10", "THÔNG BÁO", "Sở Văn hóa và Thể thao thành phố Huế", "Nguyễn Thị Thanh Xuân",
         "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"),
    [("II.1", "Phòng Quản lý Văn hóa", [], "2025-11-20", ["trước ngày 20 tháng 11"], None,
      "chủ trì xây dựng Kế hoạch tổ chức các hoạt động văn hóa, nghệ thuật"),
     ("II.2", "Phòng Quản lý Thể dục thể thao", ["UBND các phường"], "2025-12-15", ["từ 01/12 đến 15/12/2025"], None,
      "phối hợp với UBND các phường tổ chức Giải Việt dã"),
     ("II.3", "Phòng Kế hoạch - Tài chính", [], "2025-11-24",
      ["trong 10 ngày làm việc kể từ ngày ký Thông báo này"], None,
      "thẩm định dự toán kinh phí tổ chức các hoạt động Tết của các đơn vị"),
     ("II.4", "Trung tâm Văn hóa - Điện ảnh thành phố Huế", [], "2026-01-15",
      ["chậm nhất ngày 15/01/2026", "trước ngày 14/02/2026"], None,
      "xây dựng chương trình nghệ thuật đón Giao thừa tại Quảng trường Ngọ Môn"),
     ("II.5", "Bảo tàng Lịch sử thành phố Huế", [], "2026-02-16",
      ["ngay sau khi Kế hoạch được phê duyệt", "trước Tết Nguyên đán Bính Ngọ"], None,
      "triển khai trưng bày chuyên đề \"Xuân Bính Ngọ"),
     ("II.6", "Phòng Quản lý Văn hóa", [], "2025-12-31", ["chậm nhất ngày 31/12/2025"], None,
      "rà soát, sửa đổi quy chế phối hợp cấp phép tổ chức biểu diễn nghệ thuật"),
     ("II.6", "Phòng Kế hoạch - Tài chính", [], "2025-12-31", ["chậm nhất ngày 31/12/2025"], None,
      "rà soát, sửa đổi quy chế phối hợp cấp phép tổ chức biểu diễn nghệ thuật"),
     ("II.7", "Văn phòng Sở", [], None, ["ngày 25 hằng tháng"], "monthly",
      "tổng hợp tình hình thực hiện nhiệm vụ của các đơn vị, báo cáo Giám đốc"),
     ("II.8", "Trung tâm Bảo tồn Di tích Cố đô Huế", ["Phòng Quản lý Văn hóa"], "2026-02-05",
      ["trước ngày 05/02/2026"], None,
      "phối hợp với Phòng Quản lý Văn hóa chuẩn bị không gian Đại Nội cho"),
     ("II.9", "UBND các phường, xã", [], None, ["định kỳ hằng quý"], "quarterly",
      "kiểm tra hoạt động kinh doanh dịch vụ karaoke, vũ trường trên địa bàn"),
     ])

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(DOCS), "documents,", sum(len(d["directives"]) for d in DOCS), "directives")
