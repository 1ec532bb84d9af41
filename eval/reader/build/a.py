"""Deterministic builder for helper "a" evaluation documents (.docx and .pdf).

Writes:
  docs/a-vpub-nghean-duoc-lieu.docx      (provincial office notice, task table)
  docs/a-vp-danang-su-kien-du-lich.docx  (city office notice, signature/Nơi nhận table)
  docs/a-tb-huyen-camlam-giao-ban.pdf    (district notice, justified, 2 pages)

All text lives in this file. Metadata timestamps are fixed and zip entry times are
normalised so that reruns produce identical bytes.

Run:  /work/main/.venv/bin/python eval/reader/build/a.py
"""
import datetime
import io
import os
import unicodedata
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF
from fpdf.enums import Align

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "docs"))
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# Document 1: Văn phòng UBND tỉnh Nghệ An, conclusions in a Word table
# ---------------------------------------------------------------------------
NGHEAN = {
    "header": [
        ("UBND TỈNH NGHỆ AN\nVĂN PHÒNG\n-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------"),
        ("Số: 215/TB-VPUB", "Nghệ An, ngày 22 tháng 4 năm 2025"),
    ],
    "type": "THÔNG BÁO",
    "title": "Kết luận của đồng chí Hoàng Minh Đức, Phó Chủ tịch UBND tỉnh tại cuộc họp về phát triển vùng trồng dược liệu tại các huyện miền núi gắn với ứng dụng khoa học, công nghệ",
    "before": [
        "Ngày 15/4/2025, đồng chí Hoàng Minh Đức - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tình hình phát triển vùng trồng dược liệu tại các huyện miền núi. Tham dự cuộc họp có đại diện lãnh đạo các sở: Nông nghiệp và Môi trường, Dân tộc và Tôn giáo, Khoa học và Công nghệ, Tài chính, Y tế, Công Thương; Ban Quản lý Khu kinh tế Đông Nam; Trường Đại học Vinh; lãnh đạo UBND các huyện: Kỳ Sơn, Tương Dương, Quế Phong, Con Cuông và đại diện một số doanh nghiệp, hợp tác xã sản xuất dược liệu.",
        "Sau khi nghe Sở Nông nghiệp và Môi trường báo cáo và ý kiến của các đại biểu dự họp, Phó Chủ tịch UBND tỉnh Hoàng Minh Đức kết luận như sau:",
        "#1. Đánh giá chung",
        "Thời gian qua, các sở, ngành, địa phương đã quan tâm triển khai Đề án phát triển dược liệu tỉnh Nghệ An giai đoạn 2021 - 2030. Toàn tỉnh hiện có khoảng 1.850 ha dược liệu trồng tập trung, đã hình thành 14 chuỗi liên kết sản xuất - tiêu thụ, nhiều sản phẩm đạt chứng nhận OCOP 3 - 4 sao. Phó Chủ tịch UBND tỉnh ghi nhận sự chủ động của Sở Nông nghiệp và Môi trường và các huyện Kỳ Sơn, Quế Phong.",
        "Tuy nhiên, quy mô sản xuất còn nhỏ lẻ, phân tán; nguồn giống chưa được kiểm soát chặt chẽ; tỷ lệ sản phẩm qua chế biến sâu mới đạt khoảng 12%; chưa thu hút được doanh nghiệp lớn đầu tư vào chế biến; việc ứng dụng khoa học, công nghệ và chuyển đổi số trong quản lý vùng trồng còn hạn chế.",
        "#2. Nhiệm vụ trong thời gian tới",
        "Để phát triển dược liệu thành ngành hàng có giá trị cao, gắn với giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số, Phó Chủ tịch UBND tỉnh giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:",
    ],
    "table_head": ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    "rows": [
        ["1", "Rà soát, cập nhật quy hoạch vùng trồng dược liệu tập trung tại các huyện miền núi, đề xuất điều chỉnh diện tích phù hợp với Quy hoạch tỉnh và kế hoạch sử dụng đất", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; UBND các huyện: Kỳ Sơn, Tương Dương, Quế Phong", "30/6/2025"],
        ["2", "Tham mưu lồng ghép nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để hỗ trợ hộ nghèo, hộ cận nghèo trồng dược liệu dưới tán rừng", "Sở Dân tộc và Tôn giáo", "Sở Tài chính; Sở Nông nghiệp và Môi trường", "Quý III/2025"],
        ["3", "Đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh về chọn tạo, nhân giống cây dược liệu bản địa; hỗ trợ xây dựng, bảo hộ nhãn hiệu tập thể, chỉ dẫn địa lý cho sản phẩm dược liệu", "Sở Khoa học và Công nghệ", "Trường Đại học Vinh; UBND huyện Kỳ Sơn", "Quý IV/2025"],
        ["4", "Xây dựng cơ sở dữ liệu số về vùng trồng dược liệu, cấp mã số vùng trồng và truy xuất nguồn gốc trên nền tảng số dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường; Sở Công Thương", "Tháng 10/2025"],
        ["5", "Xúc tiến, kêu gọi doanh nghiệp đầu tư nhà máy chế biến sâu dược liệu; hỗ trợ doanh nghiệp tiếp cận chính sách ưu đãi đầu tư", "Sở Tài chính, Sở Công Thương", "Ban Quản lý Khu kinh tế Đông Nam", "Thường xuyên"],
        ["6", "Hướng dẫn áp dụng tiêu chuẩn thực hành tốt trồng trọt và thu hái cây thuốc (GACP-WHO); tổ chức tập huấn cho các hợp tác xã, tổ hợp tác", "Sở Y tế", "Sở Nông nghiệp và Môi trường", "15/8/2025"],
        ["7", "Chỉ đạo UBND cấp xã bố trí quỹ đất, vận động Nhân dân tham gia liên kết sản xuất; báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 25 hằng tháng", "UBND các huyện miền núi", "Sở Nông nghiệp và Môi trường", "Hằng tháng"],
        ["8", "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện các nhiệm vụ tại Thông báo này, báo cáo UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh", "Định kỳ 6 tháng"],
    ],
    "after": [
        "#3. Về đề xuất của UBND huyện Kỳ Sơn",
        "Về đề nghị hỗ trợ xây dựng vườn ươm giống sâm tại xã Na Ngoi: Giao Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thẩm định, tham mưu UBND tỉnh xem xét bố trí kinh phí trước ngày 31/5/2025.",
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
    ],
    "noi_nhan": ["Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở: NN&MT, DT&TG, KH&CN, TC, YT, CT;", "- Ban QL KKT Đông Nam;", "- UBND các huyện: Kỳ Sơn, Tương Dương, Quế Phong, Con Cuông;", "- Trường Đại học Vinh;", "- Lưu: VT, NN."],
    "sign": ["CHÁNH VĂN PHÒNG", "", "", "Phan Thị Hồng Nhung"],
}

# ---------------------------------------------------------------------------
# Document 8: Văn phòng UBND thành phố Đà Nẵng, signature + Nơi nhận table
# ---------------------------------------------------------------------------
DANANG = {
    "header_lines": [
        ("UBND THÀNH PHỐ ĐÀ NẴNG", True, "left"),
        ("VĂN PHÒNG", True, "left"),
        ("Số: 289/TB-VP", False, "left"),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, "right"),
        ("Độc lập - Tự do - Hạnh phúc", True, "right"),
        ("Đà Nẵng, ngày 28 tháng 11 năm 2024", False, "right"),
    ],
    "type": "THÔNG BÁO",
    "title": "Kết luận của Phó Chủ tịch UBND thành phố Hồ Kỳ Nam về công tác chuẩn bị các sự kiện du lịch dịp cuối năm 2024, Tết Nguyên đán Ất Tỵ và Lễ hội pháo hoa quốc tế Đà Nẵng năm 2025",
    "body": [
        "Chiều ngày 26/11/2024, Phó Chủ tịch UBND thành phố Hồ Kỳ Nam chủ trì cuộc họp nghe báo cáo công tác chuẩn bị các sự kiện du lịch dịp cuối năm 2024, Tết Nguyên đán Ất Tỵ và Lễ hội pháo hoa quốc tế Đà Nẵng năm 2025. Tham dự cuộc họp có lãnh đạo các sở: Du lịch, Văn hóa và Thể thao, Giao thông vận tải, Tài chính, Kế hoạch và Đầu tư, Y tế, Thông tin và Truyền thông; Công an thành phố; Trung tâm Xúc tiến Du lịch thành phố; lãnh đạo UBND các quận: Hải Châu, Sơn Trà, Ngũ Hành Sơn.",
        "Sau khi nghe Sở Du lịch báo cáo và ý kiến của các đơn vị, Phó Chủ tịch UBND thành phố Hồ Kỳ Nam kết luận như sau:",
        "#I. ĐÁNH GIÁ CHUNG",
        "Mười tháng đầu năm 2024, tổng lượt khách tham quan, lưu trú tại thành phố ước đạt 9,6 triệu lượt, tăng 24% so với cùng kỳ; Lễ hội pháo hoa quốc tế Đà Nẵng năm 2024 được tổ chức thành công, tạo hiệu ứng lan tỏa tốt. Phó Chủ tịch UBND thành phố biểu dương Sở Du lịch, Sở Văn hóa và Thể thao và các quận đã chủ động phối hợp, chuẩn bị chu đáo.",
        "Bên cạnh đó, vẫn còn tình trạng một số cơ sở kinh doanh nâng giá dịch vụ trong mùa cao điểm; hạ tầng bãi đỗ xe khu vực trung tâm chưa đáp ứng nhu cầu; công tác vệ sinh môi trường tại một số tuyến đường ven biển chưa thường xuyên.",
        "#II. NHIỆM VỤ THỜI GIAN TỚI",
        "#1. Sở Du lịch",
        "a) Chủ trì, phối hợp với Sở Văn hóa và Thể thao, Trung tâm Xúc tiến Du lịch thành phố xây dựng Kế hoạch tổ chức chuỗi sự kiện du lịch dịp Tết Dương lịch và Tết Nguyên đán Ất Tỵ 2025, trình UBND thành phố trước ngày 10/12/2024.",
        "b) Hoàn chỉnh phương án tổ chức Lễ hội pháo hoa quốc tế Đà Nẵng năm 2025, báo cáo UBND thành phố trong tháng 12/2024; đồng thời hoàn tất việc mời các đội pháo hoa quốc tế tham dự trong quý I/2025.",
        "c) Thường xuyên kiểm tra, xử lý nghiêm các cơ sở lưu trú, doanh nghiệp lữ hành vi phạm quy định về niêm yết giá, chất lượng dịch vụ.",
        "#2. Sở Giao thông vận tải",
        "Chủ trì, phối hợp với Công an thành phố xây dựng phương án tổ chức giao thông, bố trí bãi đỗ xe khu vực hai bờ sông Hàn trong đêm Countdown chào năm mới 2025; hoàn thành trước 17 giờ ngày 20/12/2024.",
        "3. Sở Y tế: khẩn trương tổ chức các đoàn kiểm tra liên ngành về an toàn thực phẩm tại các nhà hàng, cơ sở kinh doanh dịch vụ ăn uống phục vụ khách du lịch; hoàn thành đợt kiểm tra cao điểm trước Tết Nguyên đán Ất Tỵ 2025.",
        "4. Giao Sở Tài chính chủ trì, phối hợp với Sở Du lịch, Sở Kế hoạch và Đầu tư thẩm định dự toán kinh phí tổ chức các sự kiện, tham mưu UBND thành phố bố trí trong dự toán ngân sách năm 2025; báo cáo UBND thành phố trước ngày 15 tháng 12 năm 2024.",
        "5. Sở Văn hóa và Thể thao, Sở Thông tin và Truyền thông theo chức năng, nhiệm vụ chỉ đạo công tác tuyên truyền, quảng bá hình ảnh thành phố; trang trí cờ, hoa, pa nô, áp phích trên các tuyến đường chính.",
        "6. UBND quận Sơn Trà, UBND quận Ngũ Hành Sơn chỉ đạo chỉnh trang vỉa hè, bảo đảm vệ sinh môi trường các tuyến đường ven biển Võ Nguyên Giáp, Trường Sa; hoàn thành trong tháng 12/2024.",
        "7. Công an thành phố bảo đảm an ninh, trật tự, an toàn giao thông tại các điểm tổ chức sự kiện; xử lý nghiêm tình trạng \u201cchặt chém\u201d, ép giá, đeo bám khách du lịch.",
        "8. Trung tâm Xúc tiến Du lịch thành phố tổng hợp tình hình đón khách, báo cáo Sở Du lịch trước ngày 20 hằng tháng để tổng hợp, báo cáo UBND thành phố.",
        "Văn phòng UBND thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ],
    "noi_nhan": ["Nơi nhận:", "- CT, các PCT UBND TP;", "- Các sở: DL, VHTT, GTVT, TC, KHĐT, YT, TTTT;", "- Công an TP;", "- TT Xúc tiến Du lịch TP;", "- UBND các quận: HC, ST, NHS;", "- CVP, PCVP;", "- Lưu: VT, KT."],
    "sign": ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "(Đã ký)", "", "Nguyễn Thị Diễm Hương"],
}

# ---------------------------------------------------------------------------
# Document 7: UBND huyện Cam Lâm, PDF, justified body, two pages
# ---------------------------------------------------------------------------
CAMLAM = {
    "left": ["ỦY BAN NHÂN DÂN", "HUYỆN CAM LÂM", "-------", "Số: 356/TB-UBND"],
    "right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Cam Lâm, ngày 03 tháng 9 năm 2024"],
    "type": "THÔNG BÁO",
    "title": "Ý kiến kết luận của Chủ tịch UBND huyện Nguyễn Văn Tùng tại cuộc họp giao ban tháng 8 năm 2024",
    "body": [
        "Ngày 30/8/2024, tại Hội trường UBND huyện, đồng chí Nguyễn Văn Tùng - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì cuộc họp giao ban tháng 8 năm 2024. Tham dự cuộc họp có các đồng chí Phó Chủ tịch UBND huyện; Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng, ban, đơn vị thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn. Sau khi nghe Văn phòng HĐND và UBND huyện báo cáo tình hình kinh tế - xã hội tháng 8, nhiệm vụ trọng tâm tháng 9 năm 2024 và ý kiến phát biểu của các đại biểu, Chủ tịch UBND huyện kết luận như sau:",
        "#I. TÌNH HÌNH THÁNG 8 NĂM 2024",
        "Tình hình kinh tế - xã hội của huyện tiếp tục ổn định. Thu ngân sách trên địa bàn 8 tháng đạt 68,4% dự toán; tỷ lệ giải ngân vốn đầu tư công mới đạt 41,2% kế hoạch, thấp hơn bình quân chung của tỉnh. Công tác chuẩn bị năm học mới được các trường chủ động triển khai. Tuy nhiên, tiến độ bồi thường, giải phóng mặt bằng một số dự án trọng điểm còn chậm; tình trạng lấn chiếm đất công ven đầm Thủy Triều vẫn còn xảy ra.",
        "#II. NHIỆM VỤ TRỌNG TÂM THÁNG 9 NĂM 2024",
        "#1. Phòng Giáo dục và Đào tạo",
        "- Chủ trì, phối hợp với Phòng Tài chính - Kế hoạch kiểm tra, hoàn thành việc sửa chữa phòng học, nhà vệ sinh tại các trường học trên địa bàn trước ngày 05/9/2024, bảo đảm tổ chức Lễ khai giảng năm học 2024 - 2025 an toàn, trang trọng, tiết kiệm.",
        "- Tham mưu UBND huyện kế hoạch tuyển dụng viên chức giáo viên còn thiếu ở các bậc mầm non, tiểu học; trình UBND huyện trong tháng 9/2024.",
        "2. Phòng Tài chính - Kế hoạch: rà soát các dự án có tỷ lệ giải ngân thấp, tham mưu điều chuyển vốn đầu tư công năm 2024 từ dự án chậm giải ngân sang dự án có khối lượng, báo cáo UBND huyện trước ngày 15/9.",
        "3. Ban Quản lý dự án đầu tư xây dựng huyện và Trung tâm Phát triển quỹ đất huyện phối hợp với UBND các xã: Cam Hải Tây, Cam Thành Bắc đẩy nhanh công tác bồi thường, giải phóng mặt bằng Dự án đường ven đầm Thủy Triều; hoàn thành chi trả tiền bồi thường cho các hộ dân đã đồng thuận trước ngày 30/10/2024 và bàn giao mặt bằng sạch cho đơn vị thi công trong quý IV/2024.",
        "4. Phòng Tài nguyên và Môi trường chủ trì kiểm tra, xử lý dứt điểm các trường hợp lấn chiếm đất công, xây dựng trái phép tại khu vực ven đầm Thủy Triều; hoàn thành trong tháng này.",
        "5. Phòng Văn hóa và Thông tin thường xuyên tuyên truyền các chủ trương, chính sách về bồi thường, hỗ trợ, tái định cư để người dân hiểu, đồng thuận.",
        "6. Công an huyện xây dựng kế hoạch bảo đảm an ninh trật tự, an toàn giao thông khu vực trường học trong dịp khai giảng năm học mới.",
        "7. UBND các xã, thị trấn báo cáo tiến độ giải phóng mặt bằng, thu ngân sách về UBND huyện (qua Văn phòng HĐND và UBND huyện) trước ngày 05 hằng tháng.",
        "8. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nội dung kết luận nêu trên; tổng hợp những khó khăn, vướng mắc, kịp thời báo cáo Chủ tịch UBND huyện.",
        "UBND huyện thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
    ],
    "noi_nhan": ["Nơi nhận:", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;", "- Các phòng, ban, đơn vị thuộc UBND huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
    "sign": ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "", "Trần Thị Kim Oanh"],
}


# ---------------------------------------------------------------------------
def _fix_core(d, title):
    cp = d.core_properties
    cp.author = "Văn thư"
    cp.last_modified_by = "Văn thư"
    cp.title = N(title)
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def _save_docx_deterministic(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _para(d, text, bold=False, align=None, size=13, italic=False, space_after=6):
    p = d.add_paragraph()
    r = p.add_run(N(text))
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def _cell_text(cell, text, bold=False, center=False, size=12, italic=False):
    cell.text = ""
    lines = N(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _base_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def build_nghean(path):
    D = NGHEAN
    d = _base_doc()
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    (l1, r1), (l2, r2) = D["header"]
    _cell_text(t.cell(0, 0), l1, bold=True, center=True)
    _cell_text(t.cell(0, 1), r1, bold=True, center=True)
    _cell_text(t.cell(1, 0), l2, center=True)
    _cell_text(t.cell(1, 1), r2, center=True, italic=True)
    _para(d, "")
    _para(d, D["type"], bold=True, align="center", size=14, space_after=0)
    _para(d, D["title"], bold=True, align="center")
    for s in D["before"]:
        if s.startswith("#"):
            _para(d, s[1:], bold=True)
        else:
            _para(d, s, align="justify")
    tb = d.add_table(rows=1 + len(D["rows"]), cols=5)
    tb.style = "Table Grid"
    for j, h in enumerate(D["table_head"]):
        _cell_text(tb.cell(0, j), h, bold=True, center=True, size=11)
    for i, row in enumerate(D["rows"], start=1):
        for j, v in enumerate(row):
            _cell_text(tb.cell(i, j), v, center=(j in (0, 4)), size=11)
    widths = [Cm(1.0), Cm(7.0), Cm(3.0), Cm(3.5), Cm(2.0)]
    for row in tb.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    _para(d, "")
    for s in D["after"]:
        if s.startswith("#"):
            _para(d, s[1:], bold=True)
        else:
            _para(d, s, align="justify")
    for i, s in enumerate(D["noi_nhan"]):
        _para(d, s, bold=(i == 0), italic=(i == 0), size=(12 if i == 0 else 11), space_after=0)
    for s in D["sign"]:
        _para(d, s, bold=True, align="right", space_after=0)
    _fix_core(d, D["type"] + " " + D["title"])
    _save_docx_deterministic(d, path)


def build_danang(path):
    D = DANANG
    d = _base_doc()
    for text, bold, side in D["header_lines"]:
        _para(d, text, bold=bold, align=("right" if side == "right" else None), space_after=0)
    _para(d, "")
    _para(d, D["type"], bold=True, align="center", size=14, space_after=0)
    _para(d, D["title"], bold=True, align="center")
    _para(d, "__________", align="center")
    for s in D["body"]:
        if s.startswith("#"):
            _para(d, s[1:], bold=True)
        else:
            _para(d, s, align="justify")
    t = d.add_table(rows=1, cols=2)
    _cell_text(t.cell(0, 0), "\n".join(D["noi_nhan"]), size=11)
    _cell_text(t.cell(0, 1), "\n".join(D["sign"]), bold=True, center=True, size=13)
    _fix_core(d, D["type"] + " " + D["title"])
    _save_docx_deterministic(d, path)


def build_camlam(path):
    import matplotlib
    fdir = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
    D = CAMLAM
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", os.path.join(fdir, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(fdir, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(fdir, "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(datetime.datetime(2024, 9, 3, 8, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("fpdf2")
    pdf.set_title(N(D["type"] + " " + D["title"]))
    pdf.set_author("UBND huyện Cam Lâm")
    pdf.alias_nb_pages()

    def footer():
        pdf.set_y(-15)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 8, f"Trang {pdf.page_no()}/{{nb}}", align="C")

    pdf.footer = footer
    pdf.add_page()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2 - 2
    y0 = pdf.get_y()
    for i, line in enumerate(D["left"]):
        pdf.set_xy(pdf.l_margin, y0 + i * 6)
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.cell(colw - 10, 6, N(line), align="C")
    for i, line in enumerate(D["right"]):
        pdf.set_xy(pdf.l_margin + colw - 6, y0 + i * 6)
        pdf.set_font("DejaVu", "B" if i < 2 else ("I" if i == 3 else ""), 10.5)
        pdf.cell(colw + 10, 6, N(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 6 * 4 + 8)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, N(D["type"]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.multi_cell(0, 6, N(D["title"]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for s in D["body"]:
        if s.startswith("#"):
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(0, 6.5, N(s[1:]), align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 11.5)
            pdf.multi_cell(0, 6.5, N(s), align=Align.J, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(4)
    ytop = pdf.get_y()
    if ytop > pdf.h - 75:
        pdf.add_page()
        ytop = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for i, s in enumerate(D["noi_nhan"]):
        pdf.set_xy(pdf.l_margin, ytop + i * 5)
        pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5)
        pdf.cell(80, 5, N(s))
    for i, s in enumerate(D["sign"]):
        pdf.set_xy(pdf.l_margin + 85, ytop + i * 6)
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.cell(colw + 5, 6, N(s), align="C")
    pdf.output(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_nghean(os.path.join(DOCS, "a-vpub-nghean-duoc-lieu.docx"))
    build_danang(os.path.join(DOCS, "a-vp-danang-su-kien-du-lich.docx"))
    build_camlam(os.path.join(DOCS, "a-tb-huyen-camlam-giao-ban.pdf"))


if __name__ == "__main__":
    main()
