"""The reader on forms the project had not met (issue 13), table by table, and its floors on the held-out split of
the reader's gold (eval/reader/): notices nobody tuned the rules on, scored with strict unit identity."""

from __future__ import annotations

import datetime

import pytest
from conftest import CORPUS

from eval.reader_run import evaluate
from ingest.deadlines import find_deadlines
from ingest.directives import subjects, tail
from ingest.pipeline import parse_document
from ingest.records import Document
from ingest.sections import marker
from ingest.tables import fixed, markdown, tabbed
from ingest.units import same_unit, unit_key, unit_names

REF = datetime.date(2025, 3, 24)  # a Monday

DEADLINES = [
    ("trong Quý I - Quý II/2025", "2025-06-30"),  # a range of quarters ends with its last
    ("hoàn thành nạo vét trước mùa mưa bão năm 2025", "2025-12-31"),  # the season's year
    ("vào buổi giao ban tháng 7", "2025-07-31"),  # the meeting a report is due at
    ("vào chiều thứ Ba, ngày 30/6/2025", "2025-06-30"),
    ("trước ngày khai giảng năm học 2025 - 2026 (ngày 05/9/2025)", "2025-09-05"),  # an occasion dated in brackets
    ("trước 17 giờ ngày 25/3/2025", "2025-03-25"),
    ("trước 17h00 ngày 28/3/2025", "2025-03-28"),
    ("đầu quý II/2025", "2025-04-10"),
    ("trước Tết Nguyên đán Ất Tỵ 2025", "2025-01-28"),
    ("trước Tết Nguyên đán", "2026-02-16"),  # the next Tết after the notice's date
    ("trong năm học 2024-2025", "2025-05-31"),
    ("ngay trong tuần", "2025-03-30"),
    ("trong tháng này", "2025-03-31"),
    ("trước thời điểm 30/6/2025", "2025-06-30"),
    ("hoàn thành trước 15/3/25", "2025-03-15"),
    ("Thời gian thực hiện: Quý III/2025", "2025-09-30"),
    ("Thời hạn: 30/6/2025", "2025-06-30"),
    ("trước ngày 31/12 năm 2025", "2025-12-31"),
    ("trong tháng 6 và tháng 7/2025", "2025-07-31"),
    ("trong năm 2025 và các năm tiếp theo", "2025-12-31"),
    # issue 13: a target date, an event's date, a meeting's month, a month's first week
    ("phấn đấu đến ngày 30/6/2025 giải ngân đạt 95%", "2025-06-30"),
    ("tổ chức hội thảo vào ngày 14/4/2025", "2025-04-14"),
    ("báo cáo tại phiên họp UBND tỉnh thường kỳ tháng 4/2025", "2025-04-30"),
    ("báo cáo tại hội nghị giao ban tháng 5/2025", "2025-05-31"),
    ("công bố lịch học tuần đầu tháng 9/2025", "2025-09-07"),
    ("trước Tết Dương lịch 2026", "2025-12-31"),  # 1 January, not the lunar new year
    ("chậm nhất đến ngày 25/4/2025", "2025-04-25"),
    ("trong 06 tháng đầu năm 2025", "2025-06-30"),
    ("sơ kết việc thực hiện vào tháng 8/2025", "2025-08-31"),  # "vào" dates the work as "vào ngày" does
    ("trình tại kỳ họp giữa năm 2025", "2025-06-30"),
    ("trong 10 ngày kể từ ngày họp", "2025-04-03"),
    ("chậm nhất ngày hai mươi lăm tháng Tư năm 2025", "2025-04-25"),  # days and months in words
    ("trước ngày mồng 5 tháng 5 năm 2025", "2025-05-05"),
    ("tổ chức Ngày hội vào Chủ nhật, ngày 13/4/2025", "2025-04-13"),  # an event's day named with its weekday
    ("ra quân từ ngày 05 đến ngày 15/4/2025", "2025-04-15"),  # the first day takes the second's month
    ("tổ chức vào thứ 7, ngày 12/4/2025", "2025-04-12"),
    ("trực từ ngày 25 đến ngày 05/5/2025", "2025-05-05"),  # across a month's end
    ("bảo đảm đến ngày 30/9/2025 không còn án quá hạn", "2025-09-30"),  # a target, as "phấn đấu đến ngày"
    ("Thời hạn: Đến ngày 31/12/2025", "2025-12-31"),  # a labelled field: no "as of" date
    ("Thời gian hoàn thành: Năm 2025 - 2026", "2026-12-31"),
    ("báo cáo tại cuộc họp giao ban quý III/2025", "2025-09-30"),
]


@pytest.mark.parametrize("text", ["số liệu tính đến ngày 30/9/2024", "Luật được ban hành vào năm 2023",
                                  "kế hoạch giai đoạn năm 2026 - 2030", "đến ngày 30/11/2025 đã phát hiện 214 vụ",
                                  "phấn đấu đến năm 2030 đạt chuẩn", "từ đầu năm 2025 đến nay đã cấp 40 giấy phép",
                                  "công khai trong 15 ngày kể từ ngày được giao dự toán",
                                  "trồng dặm diện tích rừng trồng năm 2025 khi đất đủ ẩm"])  # "trồng" folds to "trong"
def test_not_deadlines(text):
    assert [d for d in find_deadlines(text, REF) if d.due] == []


def test_a_line_wrapped_at_the_dash_of_a_name_is_no_bullet():
    from ingest.normalize import clean

    text = ("2. Phòng Nông nghiệp hướng dẫn các xã triển khai các mô hình sinh kế cho hộ nghèo; Phòng Tài chính\n"
            "- Kế hoạch bố trí kinh phí thực hiện các mô hình trong dự toán năm 2025 của huyện Nam Sơn.\n"
            "3. Sở Y tế:\n- Kiểm tra an toàn thực phẩm.\n")
    assert clean(text, reflow=True).text.split("\n")[:3] == [
        "2. Phòng Nông nghiệp hướng dẫn các xã triển khai các mô hình sinh kế cho hộ nghèo; Phòng Tài chính - Kế hoạch bố "
        "trí kinh phí thực hiện các mô hình trong dự toán năm 2025 của huyện Nam Sơn.", "3. Sở Y tế:", "- Kiểm tra an toàn thực phẩm."]


def test_a_quarter_wrapped_onto_its_own_line_is_no_heading():
    from ingest.normalize import clean

    text = ("6. Trung tâm Phát triển quỹ đất tỉnh lập phương án đấu giá quyền sử dụng đất\n"
            "đối với các cơ sở không còn nhu cầu sử dụng, trình Sở Tài chính trong quý\nIV/2025.\n")
    assert clean(text, reflow=True).text.endswith("trong quý IV/2025.")


def test_a_task_tables_deadline_cell_under_its_item():
    from ingest.normalize import clean

    text = ("2. Đồng chí Phan Văn Lực, Phó Giám đốc Sở, chỉ đạo Phòng Xây dựng chính quyền tổng hợp, đánh giá kết quả.\n"
            "Chậm nhất 13/3/2026\n3. Phòng Tổ chức biên chế thẩm định đề án vị trí việc làm.\nTrong năm 2026\n"
            "4. Văn phòng Sở tổng hợp.\nTrước ngày 30/6/2026, Văn phòng gửi báo cáo.\n")
    assert clean(text, reflow=True).text.split("\n") == [
        ("2. Đồng chí Phan Văn Lực, Phó Giám đốc Sở, chỉ đạo Phòng Xây dựng chính quyền tổng hợp, đánh giá kết quả. "
         "Chậm nhất 13/3/2026"), "3. Phòng Tổ chức biên chế thẩm định đề án vị trí việc làm. Trong năm 2026",
        "4. Văn phòng Sở tổng hợp.", "Trước ngày 30/6/2026, Văn phòng gửi báo cáo."]


def test_a_flowed_e_mail_joins_its_soft_breaks():
    from ingest.normalize import clean

    text = ("1. Phòng Tổng hợp lập danh sách đơn vị điều tra. \nHoàn thành trong tháng 7/2026.\n"
            "2. Văn phòng bố trí kinh phí, in ấn phiếu điều tra \n(xong trước 15/7).\n3. Các Tổ Thống kê khu vực rà "
            "soát bảng kê, chậm nhất ngày \n10/7/2026.\n4. Phòng Thu thập thông tin thống kê đôn đốc doanh nghiệp.\n")
    assert clean(text).text.split("\n") == [
        "1. Phòng Tổng hợp lập danh sách đơn vị điều tra. Hoàn thành trong tháng 7/2026.",
        "2. Văn phòng bố trí kinh phí, in ấn phiếu điều tra (xong trước 15/7).",
        "3. Các Tổ Thống kê khu vực rà soát bảng kê, chậm nhất ngày 10/7/2026.",
        "4. Phòng Thu thập thông tin thống kê đôn đốc doanh nghiệp."]


@pytest.mark.parametrize("phrase,due", DEADLINES)
def test_deadline_forms(phrase, due):
    found = find_deadlines(f"Sở Tài chính hoàn thành báo cáo, {phrase}.", REF)
    assert [d.due for d in found if d.due][:1] == [due], found


@pytest.mark.parametrize("phrase,recurring", [("trước ngày 10 hằng tháng", "monthly"),
                                              ("trước ngày 15 của tháng cuối quý", "quarterly"),
                                              ("hằng ngày", "daily"),
                                              ("trước ngày 15/12 hằng năm", "yearly")])
def test_recurring_deadlines_keep_their_day(phrase, recurring):
    [d] = find_deadlines(f"gửi báo cáo {phrase}", REF)
    assert d.recurring == recurring and d.due is None and d.text == phrase


UNITS = [
    # "sửa chữa" is what a unit must do
    ("Phòng Hành chính quản trị sửa chữa hệ thống xử lý nước thải", "Phòng Hành chính quản trị"),
    # a gazetteer name whole, then a verb: the name ends, whatever capitalised words follow
    ("Sở Tài chính xây dựng Kế hoạch phòng, chống bệnh dại", "Sở Tài chính"),
    ("Phòng Đào tạo sau đại học rà soát chương trình", "Phòng Đào tạo sau đại học"),
    ("Ban Tuyên truyền và Hỗ trợ người nộp thuế chủ trì", "Ban Tuyên truyền và Hỗ trợ người nộp thuế"),
    ("Phân viện Bắc Ninh tổ chức hội thảo", "Phân viện Bắc Ninh"),
    ("Các đơn vị sự nghiệp công lập thuộc Bộ rà soát", "Các đơn vị sự nghiệp công lập thuộc Bộ"),
    # a title and its head after "và" open the next unit
    ("Trưởng thôn Nà Pồng và Trưởng thôn Khuổi Lừa phối hợp", "Trưởng thôn Nà Pồng"),
    ("các trường mầm non, tiểu học, THCS trên địa bàn xã chủ động", "các trường mầm non, tiểu học, THCS trên địa bàn xã"),
    ("Công an các huyện Cư M'gar, Krông Pắc, Buôn Đôn bố trí lực lượng", "Công an các huyện Cư M'gar, Krông Pắc, Buôn Đôn"),
    ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức",
     "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"),
    # after its named place a name is whole, whatever word follows (a verb the lexicon does not know)
    ("Trường Chính trị tỉnh Sơn La thi tốt nghiệp lớp K52", "Trường Chính trị tỉnh Sơn La"),
    ("Hải quan Khu công nghiệp Hải Phòng công khai số điện thoại", "Hải quan Khu công nghiệp Hải Phòng"),
    ("Thư ký HĐTV theo dõi, đôn đốc việc thực hiện kết luận", "Thư ký HĐTV"),  # a title before an abbreviated council
    ("Các đơn vị nêu tại mục 2 báo cáo kết quả về Chủ đầu tư", "Các đơn vị nêu tại mục 2"),  # a group named by reference
    ("Vườn quốc gia Vũ Quang bố trí lực lượng trực", "Vườn quốc gia Vũ Quang"),
    ("Giao Chánh Văn phòng Sở tổng hợp báo cáo", "Chánh Văn phòng Sở"),  # whole after the body it belongs to
    ("Phòng Quản lý, hỗ trợ doanh nghiệp chủ trì, phối hợp với các Thuế cơ sở", "Phòng Quản lý, hỗ trợ doanh nghiệp"),
    ("Bộ Tư pháp chủ trì", "Bộ Tư pháp"),
    ("Kho bạc Nhà nước tỉnh Nghệ An thanh toán", "Kho bạc Nhà nước tỉnh Nghệ An"),
    ("Ban Chỉ đạo tỉnh họp", "Ban Chỉ đạo tỉnh"),
    ("Cục Thống kê tỉnh Nghệ An tổng hợp số liệu", "Cục Thống kê tỉnh Nghệ An"),
    ("Ủy ban nhân dân các xã Quảng Ninh, Ninh Châu tập trung kiểm đếm", "Ủy ban nhân dân các xã Quảng Ninh, Ninh Châu"),
    ("Các tổ chức tín dụng trên địa bàn rà soát hồ sơ vay", "Các tổ chức tín dụng trên địa bàn"),  # a noun after "các"
    ("Yêu cầu các ngân hàng thương mại áp dụng xác thực sinh trắc học", "các ngân hàng thương mại"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh chủ trì thi công",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"),
    ("Vụ Pháp chế thẩm định hồ sơ", "Vụ Pháp chế"),
    ("Sở Dân tộc và Tôn giáo tham mưu", "Sở Dân tộc và Tôn giáo"),
    ("Ủy ban MTTQ Việt Nam tỉnh phối hợp", "Ủy ban MTTQ Việt Nam tỉnh"),
    ("Hội Nông dân tỉnh vận động", "Hội Nông dân tỉnh"),
    ("Tỉnh ủy giao", "Tỉnh ủy"),
    ("BHXH tỉnh đôn đốc", "BHXH tỉnh"),
    ("Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo", "Ngân hàng Nhà nước chi nhánh tỉnh"),
    ("Tổng công ty Điện lực miền Bắc bảo đảm", "Tổng công ty Điện lực miền Bắc"),
    ("Học viện Nông nghiệp Việt Nam tuyển sinh", "Học viện Nông nghiệp Việt Nam"),
    ("Bệnh viện Đa khoa tỉnh tiếp nhận", "Bệnh viện Đa khoa tỉnh"),
    ("Khoa Dược cung ứng thuốc", "Khoa Dược"),
    ("UBND các huyện, thị xã, thành phố triển khai", "UBND các huyện, thị xã, thành phố"),
    ("Các sở, ban, ngành tỉnh theo dõi", "Các sở, ban, ngành tỉnh"),
    ("Phòng Kế hoạch tổng hợp chủ trì", "Phòng Kế hoạch tổng hợp"),
    ("Viện Kinh tế xây dựng chủ trì", "Viện Kinh tế xây dựng"),
    ("Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn", "Chi cục Trồng trọt và Bảo vệ thực vật"),
    # compound nouns whose second syllable is a verb or a small word ("công trình", "hàng không")
    ("Công ty TNHH MTV Khai thác công trình thủy lợi Nam Sơn thực hiện việc này", "Công ty TNHH MTV Khai thác công trình thủy lợi Nam Sơn"),
    ("Tổng công ty Cảng hàng không Miền Nam - CTCP hoàn thành", "Tổng công ty Cảng hàng không Miền Nam - CTCP"),
    # abbreviated heads, in capitals only
    ("CA huyện chủ trì", "CA huyện"),
    ("BCH Quân sự huyện phối hợp", "BCH Quân sự huyện"),
    ("TTYT huyện giám sát", "TTYT huyện"),
    ("BQL dự án ĐTXD tỉnh đẩy nhanh", "BQL dự án ĐTXD tỉnh"),
    ("Báo và Phát thanh, Truyền hình Nam Sơn đưa tin", "Báo và Phát thanh, Truyền hình Nam Sơn"),
    ("Văn phòng HĐND và UBND xã theo dõi", "Văn phòng HĐND và UBND xã"),
    ("các trường, viện, khoa đào tạo rà soát", "các trường, viện, khoa đào tạo"),
    # issue 13: verbs of party notices end a name; compound nouns and party groups do not
    ("Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo", "Ban cán sự đảng UBND tỉnh"),
    ("Ban Tuyên giáo Tỉnh ủy định hướng dư luận", "Ban Tuyên giáo Tỉnh ủy"),
    ("Giao Ban Thường vụ các huyện ủy, thị ủy, thành ủy có dự án đi qua lãnh đạo", "Ban Thường vụ các huyện ủy, thị ủy, thành ủy có dự án đi qua"),
    ("Ban An toàn giao thông tỉnh phối hợp", "Ban An toàn giao thông tỉnh"),
    ("Ban Quản lý dự án công trình giao thông Nam Sơn đôn đốc", "Ban Quản lý dự án công trình giao thông Nam Sơn"),
    ("Cục Quản lý đấu thầu báo cáo", "Cục Quản lý đấu thầu"),
    ("Thuế thành phố Nam Sơn phối hợp", "Thuế thành phố Nam Sơn"),
    ("Các chi bộ trực thuộc duy trì sinh hoạt", "Các chi bộ trực thuộc"),
    ("Các chi bộ, đảng bộ trực thuộc tổ chức sinh hoạt chuyên đề", "Các chi bộ, đảng bộ trực thuộc"),
    ("Các đơn vị được giao quản lý, bảo trì đường bộ tăng cường tuần tra", "Các đơn vị được giao quản lý, bảo trì đường bộ"),
    ("Các đơn vị quản lý, kiểm tra chặt chẽ hồ sơ", "Các đơn vị"),  # two verbs: the group's task
    ("các tổ chức chính trị - xã hội huyện vận động", "các tổ chức chính trị - xã hội huyện"),
    ("Bảo hiểm xã hội tỉnh Nam Sơn đối chiếu số liệu", "Bảo hiểm xã hội tỉnh Nam Sơn"),
    ("Cục Quản lý đấu thầu xây dựng kế hoạch", "Cục Quản lý đấu thầu"),  # an official name (gazetteer)
    ("Ban An toàn - Quốc phòng xây dựng phương án", "Ban An toàn - Quốc phòng"),  # no "toàn quốc" across a dash
    ("Công ty Công nghệ thông tin Điện lực miền Trung mở rộng", "Công ty Công nghệ thông tin Điện lực miền Trung"),
    ("BQL dự án đầu tư xây dựng tỉnh đẩy nhanh", "BQL dự án đầu tư xây dựng tỉnh"),
    ("Trung tâm Tư vấn tuyển sinh và Hỗ trợ sinh viên tổng kết công tác", "Trung tâm Tư vấn tuyển sinh và Hỗ trợ sinh viên"),
    ("Sở Y tế thông tin cho báo chí", "Sở Y tế"),
    ("các đoàn thể chính trị - xã hội huyện vận động", "các đoàn thể chính trị - xã hội huyện"),
    ("Liên đoàn Lao động tỉnh thanh tra việc đóng bảo hiểm", "Liên đoàn Lao động tỉnh"),
    ("Chi cục Kiểm lâm bảo vệ rừng đầu nguồn", "Chi cục Kiểm lâm"),
    ("Các thôn, tổ dân phố tuyên truyền Nhân dân chấp hành", "Các thôn, tổ dân phố"),  # "Nhân dân" is capitalised by custom
    ("Cục Quản lý Khám, chữa bệnh hướng dẫn các bệnh viện", "Cục Quản lý Khám, chữa bệnh"),  # official name with a comma
    ("Trung tâm Mua sắm tập trung thuốc Quốc gia khẩn trương", "Trung tâm Mua sắm tập trung thuốc Quốc gia"),
    ("Phòng Quản lý vận tải, phương tiện và người lái xây dựng phương án", "Phòng Quản lý vận tải, phương tiện và người lái"),
    ("Chi cục Trồng trọt và bảo vệ thực vật hướng dẫn", "Chi cục Trồng trọt và bảo vệ thực vật"),  # a compound after "và"
    ("Phòng Tổng hợp, Nghiệp vụ chủ trì", "Phòng Tổng hợp, Nghiệp vụ"),  # an office's fields after a comma
    ("Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự chủ trì",
     "Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự"),
    ("UBND xã Triệu Phong, Gio Linh chủ trì", "UBND xã Triệu Phong"),  # after its place: an elided list
    ("Ủy ban nhân dân các xã có đường biên giới, cửa khẩu chỉ đạo", "Ủy ban nhân dân các xã có đường biên giới, cửa khẩu"),
    ("Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài bố trí", "Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài"),
    ("Thường trực HĐND các xã, phường tổ chức", "Thường trực HĐND các xã, phường"),
    ("Nhà thầu thi công\n- Đơn vị phối hợp: Tư vấn giám sát", "Nhà thầu thi công"),  # a name ends with its line
    # a field named by a verb takes its object ("Quản lý | bảo vệ rừng"); a document after a verb is its object;
    # a gazetteer name is matched with its tones ("Văn phòng bố trí" opens no "Văn phòng Bộ")
    ("Giao Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên chủ trì", "Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên"),
    ("Phòng Thu thập thông tin thống kê tổ chức tập huấn", "Phòng Thu thập thông tin thống kê"),
    ("Trung tâm Tuyển sinh và Truyền thông xây dựng Đề án tuyển sinh", "Trung tâm Tuyển sinh và Truyền thông"),
    ("Văn phòng bố trí kinh phí, in ấn phiếu điều tra", "Văn phòng"),
    ("Các Viện kiểm sát nhân dân khu vực thực hiện nghiêm", "Các Viện kiểm sát nhân dân khu vực"),
    ("Nông trường Đăk Hà tổ chức mở miệng cạo", "Nông trường Đăk Hà"),  # a state farm, an association's branch
    ("Chi hội Phụ nữ bản vận động hội viên", "Chi hội Phụ nữ bản"),
    ("2. Phòng Kỹ thuật bảo quản:", "Phòng Kỹ thuật bảo quản"),
    ("Ban Tổ chức hướng dẫn các chi bộ", "Ban Tổ chức"),  # a field verb that names no field's work takes no object
    ("Giao Trưởng phòng Công tác học sinh - sinh viên phối hợp", "Trưởng phòng Công tác học sinh - sinh viên"),
]


@pytest.mark.parametrize("text,expanded", [
    ("phối hợp với các phòng: Tài nguyên và Môi trường, Kinh tế - Hạ tầng và UBND các xã rà soát",
     "phối hợp với Phòng Tài nguyên và Môi trường, Phòng Kinh tế - Hạ tầng và UBND các xã rà soát"),
    ("với các Bộ: Tài chính, Tư pháp và Ngân hàng Nhà nước Việt Nam hoàn thiện",
     "với Bộ Tài chính, Bộ Tư pháp và Ngân hàng Nhà nước Việt Nam hoàn thiện"),
    ("với các Vụ: Kinh tế địa phương và lãnh thổ, Pháp chế tổng hợp", "với Vụ Kinh tế địa phương và lãnh thổ, Vụ Pháp chế tổng hợp"),
    ("UBND các tỉnh: An Giang, Vĩnh Long và thành phố Cần Thơ chủ động",
     "UBND tỉnh An Giang, UBND tỉnh Vĩnh Long, UBND thành phố Cần Thơ chủ động"),
    # a group qualified after its level; the task itself after a group's colon is no list
    ("UBND các xã, phường ven biển: An Hòa Hải, Ô Loan tăng cường", "UBND xã An Hòa Hải, UBND xã Ô Loan tăng cường"),
    ("UBND các xã, thị trấn: Xây dựng kế hoạch", "UBND các xã, thị trấn: Xây dựng kế hoạch"),
    # a head of several words ("các Kho Dự trữ: ...")
    ("Các Kho Dự trữ: Nghi Lộc, Hương Sơn, Đô Lương bảo quản",
     ("Kho Dự trữ Nghi Lộc, Kho Dự trữ Hương Sơn, Kho Dự trữ Đô Lương bảo quản")),
])
def test_elided_lists_end_where_their_names_end(text, expanded):
    from ingest.directives import _expand_elided

    assert _expand_elided(text) == expanded


@pytest.mark.parametrize("heading,units", [
    ("5. Ủy ban nhân dân các xã có đất thu hồi", ["Ủy ban nhân dân các xã có đất thu hồi"]),
    ("7. Đề nghị UBND các xã, phường có quốc lộ, đường tỉnh đi qua:", ["UBND các xã, phường có quốc lộ, đường tỉnh đi qua"]),
    ("1. UBND các xã có dự án triển khai ngay.", []),  # a task, not a heading
    # "Đối với ..." names its addressees whole, verbs in their description included
    ("3. Đối với các Trung tâm thực hiện chức năng ứng dụng công nghệ thuộc Sở", ["các Trung tâm thực hiện chức năng ứng dụng công nghệ thuộc Sở"]),
    # an umbrella line: the unit, its verb, then the items after the colon
    ("1. Chủ tịch UBND các xã theo phương châm \"bốn tại chỗ\", tập trung chỉ đạo:", ["Chủ tịch UBND các xã"]),
])
def test_a_group_qualified_by_co_runs_to_the_end_of_its_heading(heading, units):
    from ingest.directives import _unit_heading

    assert _unit_heading(heading) == units


def test_yeu_cau_under_a_unit_heading_is_that_units_task():
    text = ("THÔNG BÁO\nKết luận của Giám đốc Sở\nII. Giám đốc Sở yêu cầu các phòng thực hiện:\n"
            "1. Phòng Quản lý giao thông:\na) Rà soát các điểm đen, hoàn thành trước ngày 10/01/2025.\n"
            "b) Yêu cầu các nhà thầu thi công hoàn trả mặt bằng trước ngày 20/01/2025.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Quản lý giao thông", "2025-01-10"),
                                                           ("Phòng Quản lý giao thông", "2025-01-20")]


def test_the_partners_of_a_directed_unit_are_not_the_assignees():
    from ingest.directives import _coordinators

    assert _coordinators("Chỉ đạo Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát.", ["UBND tỉnh"]) == []
    assert _coordinators("Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát.", ["Sở Xây dựng"]) == ["Sở Tài chính"]
    # without "với" the partner follows at once; "phối hợp tổ chức ..." names none
    assert _coordinators("Giao Phòng Kinh tế chủ trì, phối hợp Phòng Văn hóa - Xã hội rà soát.", ["Phòng Kinh tế"]) == \
        ["Phòng Văn hóa - Xã hội"]
    assert _coordinators("Phòng Kinh tế phối hợp tổ chức hội chợ tại Trung tâm Văn hóa xã.", ["Phòng Kinh tế"]) == []


def test_a_machine_is_no_ministry():
    assert unit_names("Bộ máy của xã đi vào hoạt động ổn định") == []


@pytest.mark.parametrize("text,names", [
    ("Sở Y tế, Sở Công Thương theo chức năng, nhiệm vụ được giao kiểm tra an toàn thực phẩm.", ["Sở Y tế", "Sở Công Thương"]),
    ("Phòng Tài chính, Phòng Quản trị theo chức năng, nhiệm vụ khẩn trương quyết toán.", ["Phòng Tài chính", "Phòng Quản trị"]),
    ("Vụ Pháp chế theo thẩm quyền rà soát văn bản.", ["Vụ Pháp chế"]),
    # a "có" clause with a verb of its own, then the manner word that opens the task
    ("UBND các tỉnh có dự án sử dụng vốn ODA tập trung giải phóng mặt bằng.", ["UBND các tỉnh có dự án sử dụng vốn ODA"]),
    ("UBND các xã có dự án triển khai ngay việc kiểm đếm.", ["UBND các xã có dự án"]),
    ("Đồng thời, Trung tâm Nước sạch chuẩn bị xe bồn.", ["Trung tâm Nước sạch"]),  # a connective before the subject
    ("Trong quá trình thực hiện, Sở Tài chính có trách nhiệm hướng dẫn.", ["Sở Tài chính"]),
    ("Đảng ủy giao: Văn phòng Đảng ủy tiếp thu ý kiến.", ["Văn phòng Đảng ủy"]),  # the giver, a colon, the given
    ("Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi.", ["Sở Khoa học và Công nghệ"]),
    ("Phòng Quản lý Văn hóa – chủ trì xây dựng Kế hoạch.", ["Phòng Quản lý Văn hóa"]),
    ("Trung tâm Thông tin - Thư viện thường xuyên bổ sung học liệu số.", ["Trung tâm Thông tin - Thư viện"]),
])
def test_joint_subjects_acting_by_their_duties(text, names):
    from ingest.directives import subjects

    assert subjects(text) == names


def test_informing_someone_is_a_task_the_closing_formula_is_not():
    from ingest.directives import _is_task

    assert _is_task("Tổ chức kiểm đếm, thông báo cho chủ phương tiện biết vị trí của bão để chủ động tránh trú.")
    assert not _is_task("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.")
    # every unit told to do its own part, no work named: an exhortation
    assert not _is_task("Các Ban, đơn vị chủ động triển khai nhiệm vụ được giao; kịp thời báo cáo Giám đốc.")
    assert not _is_task("Các phòng thuộc Sở căn cứ nhiệm vụ được phân công tại Mục II chủ động triển khai, bảo đảm tiến độ.")
    assert _is_task("Các phòng thuộc Sở chủ động triển khai phần mềm quản lý hồ sơ.")


def test_an_assessment_section_about_results():
    from ingest.directives import _ASSESS
    from ingest.vn import fold

    assert _ASSESS.search(fold("I. Về kết quả quý III năm 2025"))


@pytest.mark.parametrize("text,name", UNITS)
def test_unit_names_are_not_cut_by_a_word_list(text, name):
    assert unit_names(text)[0] == name


TAILS = [  # the assignee named after the work
    ("Rà soát hồ sơ đất đai, giao Phòng Kinh tế thực hiện.", ["Phòng Kinh tế"], "", ""),
    ("Sửa chữa trụ sở (Văn phòng Sở chủ trì, phối hợp với Phòng Tài chính).", ["Văn phòng Sở"], "", ""),
    ("Lập dự toán mua sắm (Phòng Kế hoạch chủ trì; Quý II/2026).", ["Phòng Kế hoạch"], "", "Quý II/2026"),
    ("Tổ chức hội thi trong tháng 5. Trách nhiệm: Đoàn trường; phối hợp: Công đoàn trường.", ["Đoàn trường"],
     "Công đoàn trường", ""),
    ("Nhập điểm đúng hạn. Trách nhiệm: giáo viên chủ nhiệm.", ["giáo viên chủ nhiệm"], "", ""),
    ("Cập nhật dữ liệu hằng tuần; Trung tâm Dữ liệu thực hiện.", ["Trung tâm Dữ liệu"], "", ""),
    ("riêng việc cấp chứng chỉ do Phòng Khảo thí thực hiện.", ["Phòng Khảo thí"], "", ""),
    ("Báo cáo về Sở (qua Phòng Tổng hợp) hằng tháng.", [], "", ""),  # a unit that receives, not one that acts
    ("Đây là việc cấp bách, yêu cầu các cơ quan nghiêm túc triển khai thực hiện./.", [], "", ""),  # exhortation
    ("Rà soát, đề nghị Sở Tư pháp thẩm định các nội dung sau:", [], "", ""),  # introduces a list
    # a PDF ran a topic heading into its paragraph: the capitalised "Giao" opens the sentence
    ("Về theo dõi giải ngân vốn đầu tư công Giao Phòng Kinh tế chủ trì tổng hợp.", ["Phòng Kinh tế"], "", ""),
]


@pytest.mark.parametrize("text,assignees,partners,due", TAILS)
def test_assignee_named_after_the_work(text, assignees, partners, due):
    assert tail(text) == (assignees, partners, due)


@pytest.mark.parametrize("line,found", [
    ("(3) Rà soát hồ sơ", ("paren", "3", "Rà soát hồ sơ")),
    ("Hai là, rà soát hồ sơ", ("ordinal", "2", "rà soát hồ sơ")),
    ("Điều 2. Giao Sở Y tế", ("article", "Điều 2", "Giao Sở Y tế")),
    # "a." is a lettered item before a capital; "y. tế" wrapped onto a line is none
    ("a. Bộ môn Điều dưỡng chủ trì", ("letter", "a", "Bộ môn Điều dưỡng chủ trì")),
    ("y. tế cơ sở", None),
])
def test_item_markers(line, found):
    assert marker(line) == found


def test_unit_identity_is_equality_with_the_place_as_an_attribute():
    assert same_unit("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn")
    assert same_unit("Sở Tài chính", "Sở Tài chính tỉnh Nghệ An") and same_unit("BHXH tỉnh", "Bảo hiểm xã hội tỉnh")
    assert not same_unit("Sở Tư", "Sở Tư pháp") and not same_unit("UBND", "UBND tỉnh Hà Tĩnh")
    assert not same_unit("UBND tỉnh", "UBND huyện Kỳ Sơn") and not same_unit("Sở Y tế Nghệ An", "Sở Y tế Hà Tĩnh")
    # a city's shortened name is its place (places.yaml `shortened`)
    assert same_unit("Ban Quản lý An toàn thực phẩm TP.HCM", "BAN QUẢN LÝ AN TOÀN THỰC PHẨM THÀNH PHỐ HỒ CHÍ MINH")
    assert same_unit("Sở Y tế TPHCM", "Sở Y tế Thành phố Hồ Chí Minh") and not same_unit("Sở Y tế TP.HCM", "Sở Y tế TP.HN")
    # a company's legal form is no part of who it is
    assert same_unit("Công ty TNHH MTV Đô thị và Môi trường Lào Cai", "Công ty Đô thị và Môi trường Lào Cai")
    assert same_unit("Công ty Cổ phần Cấp nước Nghệ An", "Công ty cấp nước Nghệ An")
    assert not same_unit("Công ty Cổ phần Cấp nước Nghệ An", "Công ty Cổ phần Cấp nước Hà Tĩnh")


NOTICE = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/TB-UBND
Hà Tĩnh, ngày 10 tháng 3 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân
Ngày 05/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp.
1. Sở Y tế: khẩn trương rà soát danh mục thuốc, hoàn thành trước ngày 30/4/2025.
2. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện.
3. UBND tỉnh giao Sở Tài chính chủ trì thẩm định phương án giá, trình trước ngày 15/5/2025.
4. Giao Sở Xây dựng, Sở Giao thông vận tải phối hợp với các Bộ: Tài chính, Tư pháp hoàn thiện hồ sơ trong quý II/2025.
5. Sở Công Thương và Sở Nông nghiệp và Môi trường tổ chức hội chợ trước ngày 20/6/2025; báo cáo kết quả trong tháng 7/2025.
Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def test_directive_forms():
    [p] = parse_document(Document("x.txt", "txt", NOTICE), "0" * 64)
    got = [(d.assignee, d.due, tuple(d.coordinators)) for d in p.directives]
    assert got == [
        ("Sở Y tế", "2025-04-30", ()),
        ("Văn phòng UBND tỉnh", None, ()),  # a short item without a deadline is a task, not a heading
        ("Sở Tài chính", "2025-05-15", ()),  # the unit after "UBND tỉnh giao"
        ("Sở Xây dựng", "2025-06-30", ("Bộ Tài chính", "Bộ Tư pháp")),  # joint leads, the elided head expanded
        ("Sở Giao thông vận tải", "2025-06-30", ("Bộ Tài chính", "Bộ Tư pháp")),
        ("Sở Công Thương", "2025-06-20", ()),  # "Sở A và Sở B": both; of two deadlines the first, both kept
        ("Sở Nông nghiệp và Môi trường", "2025-06-20", ()),
    ]
    assert p.directives[-1].due_text == "trước ngày 20/6/2025; trong tháng 7/2025"
    n = p.notice
    assert (n.number, n.date, n.signer, n.signer_title) == ("12/TB-UBND", "2025-03-10", "Nguyễn Văn An",
                                                            "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")


# Measured on the held-out split (see eval/README.md), a little under what it gives: raise them as the reader
# improves, never lower them for the same split. The split grew from 12 to 30 documents on 2026-12-07 (batches s
# and t, read cold: precision 0.935, recall 0.864, due 0.959, metadata 0.917 over all 30), and the floors were set
# again from that measurement; raised after that session (0.949, 0.874, 0.960, 0.917), after the next (0.947, 0.899,
# 0.966, 0.967: the metadata target met) and after the next (0.947, 0.905, 0.966, 0.967: every target of issue 13
# met, recall by two tasks; the floor is a few tasks under it).
FLOORS = {"precision": 0.93, "recall": 0.89, "due_accuracy": 0.95, "metadata_accuracy": 0.95}


def test_reader_floors_on_the_held_out_split():
    result = evaluate("test", CORPUS)
    for metric, floor in FLOORS.items():
        assert result[metric] >= floor, (metric, result[metric], result["per_layout"])


# Layouts met in new archives: each a short made-up notice, with the metadata and tasks it must give.
RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐẶC KHU CÔN ĐẢO\tĐộc lập - Tự do - Hạnh phúc\r\n"
              "Số: 7/NQ-HĐND\tCôn Đảo, ngày 10 tháng 3 năm 2026\r\nNGHỊ QUYẾT\r\nVề kết quả giám sát\r\n"
              "QUYẾT NGHỊ:\r\nĐiều 1. Tán thành báo cáo của Đoàn giám sát.\r\n"
              "Điều 2. Yêu cầu Ủy ban nhân dân đặc khu thực hiện các nội dung sau:\r\n"
              "1. Rà soát các công trình vi phạm, hoàn thành trước ngày 30/6/2026.\r\n"
              "Điều 3. Tổ chức thực hiện\r\n1. Giao Ủy ban nhân dân đặc khu tổ chức thực hiện Nghị quyết này.\r\n"
              "2. Kiến nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Xây dựng hướng dẫn, trong quý II/2026.\r\n"
              "Nghị quyết này có hiệu lực kể từ ngày thông qua./.\r\nNơi nhận:\tCHỦ TỊCH\r\n- Như trên;\r\n"
              "- Lưu: VT.\tNguyễn Văn Bình\r\n")
MINUTES = ("TRƯỜNG THPT NGUYỄN DU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/BB-THPT\nHuế, ngày 02 tháng 3 năm 2026\n"
           "BIÊN BẢN\nHọp hội đồng sư phạm\nI. KẾT LUẬN\n"
           "• Tổ chức hội thi văn nghệ trong tháng 3/2026. Trách nhiệm: Đoàn trường; phối hợp: Công đoàn trường.\n"
           "Cuộc họp kết thúc lúc 11 giờ.\nTHƯ KÝ\nCHỦ TRÌ\nQ. HIỆU TRƯỞNG\n(đã ký)\n(đã ký)\nTrần Thị Mai\nLê Văn Hùng\n")
E_OFFICE = ("HỆ THỐNG QUẢN LÝ VĂN BẢN - TỈNH NAM SƠN\n-----\nSố ký hiệu:     5/UBND-VX\nNgày ban hành:  06/01/2026\n"
            "Cơ quan ban hành:  UBND tỉnh Nam Sơn\n-----\nNỘI DUNG VĂN BẢN\nỦY BAN NHÂN DÂN TỈNH NAM SƠN\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/UBND-VX\nV/v chăm lo Tết\nNam Sơn, ngày 06 tháng 01 năm 2026\n"
            "1. Sở Y tế\n+ Kiểm tra an toàn thực phẩm, hoàn thành trước ngày 20/01/2026.\n"
            "Nơi nhận:\n- Như trên.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Văn Long\n")
DECISION = ("BỆNH VIỆN ĐA KHOA NAM SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/QĐ-BV\nNam Sơn, ngày 05 tháng 3 năm 2026\n"
            "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch cải tiến chất lượng\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            "Điều 2. Trưởng các khoa, phòng chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 2;\n"
            "GIÁM ĐỐC\nHoàng Văn Nam\nSAO Y BẢN CHÍNH\nTL. GIÁM ĐỐC\nTrần Văn Sao\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
            "(Kèm theo Quyết định số 9/QĐ-BV)\n1. Cải tiến quy trình\n"
            "(1) Rút gọn quy trình khám bệnh, hoàn thành trước 30/4/2026 (Khoa Khám bệnh chủ trì).\n"
            "(2) Khảo sát sự hài lòng của người bệnh định kỳ hằng quý. Trách nhiệm: Phòng Công tác xã hội.\n")

STEERING = ("TỈNH ỦY NAM ĐỊNH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 5-TB/BCĐ\n"
            "Nam Định, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo\nNgày 01/3/2026, Ban Chỉ đạo họp.\n"
            "1. Sở Xây dựng rà soát các công trình, hoàn thành trước ngày 30/3/2026.\n"
            "Ban Chỉ đạo thông báo để các cơ quan biết, thực hiện.\nNơi nhận:\n- Như trên.\nT/M BAN CHỈ ĐẠO\n"
            "PHÓ TRƯỞNG BAN\nH Lan Êban\n")

WRAPPED_RECIPIENTS = ("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 8/TB-BTC\nHà Nội, ngày 02 tháng 3 năm 2026\n"
                      "THÔNG BÁO\nKết luận của Thứ trưởng\nNgày 01/3/2026, Thứ trưởng họp.\n"
                      "1. Vụ Pháp chế rà soát văn bản, hoàn thành trước ngày 30/3/2026.\nNơi nhận:\nKT. BỘ TRƯỞNG\n"
                      "- Các Bộ: NN&MT, XD,\nTHỨ TRƯỞNG\nKH&CN;\n- Lưu: VT.\nTrần Văn Hòa\n")

# A post or a chat message that relays a notice: no header, the notice named in one sentence, pictographs or "*" and
# "=>" for bullets, a unit's points under it
RELAYED = ("Phường Tân An - TP Nam Sơn\n2 tháng 3 lúc 16:42\n📢 KẾT LUẬN CỦA CHỦ TỊCH UBND PHƯỜNG 📢\n"
           "Ngày 02/3/2026, UBND phường Tân An ban hành Thông báo số 47/TB-UBND về kết luận của đồng chí Chủ tịch UBND "
           "phường tại buổi kiểm tra thực địa.\n📌 NHIỆM VỤ CỤ THỂ:\n🔹 Phòng Kinh tế:\n"
           "👉 Rà soát các hố ga hư hỏng trước ngày 20/3/2026.\n👉 Lập danh mục cây xanh cần thay thế.\n"
           "🔹 Công an phường: tuần tra vào tối thứ Sáu hằng tuần.\n☎️ Mọi phản ánh xin liên hệ đường dây nóng.\n")
CHAT = ("Kính gửi các đồng chí trong nhóm,\nThực hiện Thông báo số 53/TB-UBND ngày 16/01/2026 của UBND xã Tân Hòa về kết "
        "luận của đồng chí Chủ tịch UBND xã, Văn phòng xin gửi lại các nội dung giao nhiệm vụ:\n* Hạt Kiểm lâm:\n"
        "=> Rà soát phương án chữa cháy rừng, xong trước ngày 10/02/2026.\n=> Tổ chức trực cháy rừng 24/24 giờ.\n"
        "* Công an xã: điều tra các vụ đốt nương trái phép.\nTrân trọng./.\n")

# An inspection's conclusion: "Kiến nghị X:" / "Yêu cầu X:" head the points under them; the inspectorate's own
# "sẽ" is no task
INSPECTION = ("THANH TRA TỈNH NAM SƠN\nSố: 59/TB-TTr\nNam Sơn, ngày 14 tháng 4 năm 2026\nTHÔNG BÁO\nKết luận thanh tra\n"
              "II. KIẾN NGHỊ\n1. Kiến nghị Chủ tịch UBND tỉnh:\na) Giao Sở Tài chính rà soát đơn giá thiết bị, trình trong "
              "quý III/2026.\nb) Chỉ đạo các sở, ngành rút kinh nghiệm.\n2. Yêu cầu Giám đốc Sở Giáo dục và Đào tạo:\n"
              "a) Thu hồi số tiền chênh lệch, chậm nhất sau 15 ngày kể từ ngày ký Thông báo này.\n"
              "Thanh tra tỉnh sẽ tổ chức kiểm tra việc thực hiện trong quý III/2026.\n"
              "Thanh tra tỉnh thông báo để các cơ quan biết, thực hiện./.\nKT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\n"
              "Lê Bá Thông\n")

# An e-mail that passes a notice on: its number and date only in the covering sentence
FORWARDED = ("---------- Forwarded message ---------\nTừ: Văn phòng Tổng công ty\nKính gửi các đơn vị,\n"
             "Văn phòng Tổng công ty gửi các đơn vị Thông báo số 493/TB-VEC ngày 14/4/2026 của Tổng công ty Đầu tư phát "
             "triển đường cao tốc Việt Nam về kết luận của Tổng Giám đốc; nội dung như sau:\nTHÔNG BÁO\n"
             "Kết luận của Tổng Giám đốc\nNgày 10/4/2026, Tổng Giám đốc chủ trì cuộc họp. Tổng Giám đốc kết luận:\n"
             "1. Ban Kỹ thuật rà soát các điểm đen tai nạn trước ngày 25/4/2026.\nTL. TỔNG GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n"
             "Đỗ Thị Lan Phương\n")

# A party committee's header ("ĐẢNG BỘ TỈNH ..." over "TỈNH ỦY"), its capacity on the "Nơi nhận" line of a PDF
PARTY = ("ĐẢNG BỘ TỈNH NAM SƠN\nĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY\nSố 372-TB/TU Nam Sơn, ngày 08 tháng 01 năm 2026\n"
         "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy\nTại hội nghị ngày 05/01/2026, Ban Thường vụ Tỉnh ủy kết luận:\n"
         "1. Giao Văn phòng Tỉnh ủy theo dõi việc thực hiện, báo cáo vào tháng 12/2026.\n"
         "Nơi nhận: T/M BAN THƯỜNG VỤ\n- Các đồng chí Tỉnh ủy viên,\nPHÓ BÍ THƯ\n- Lưu Văn phòng Tỉnh ủy.\nĐinh Văn Toản\n")

LAYOUTS = [
    (PARTY, {"issuer": "TỈNH ỦY NAM SƠN", "signer": "Đinh Văn Toản", "signer_title": "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"},
     [("Văn phòng Tỉnh ủy", "2026-12-31")]),
    (FORWARDED, {"number": "493/TB-VEC", "date": "2026-04-14", "doc_type": "THÔNG BÁO",
                 "issuer": "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam", "signer": "Đỗ Thị Lan Phương"},
     [("Ban Kỹ thuật", "2026-04-25")]),
    (INSPECTION, {"number": "59/TB-TTr", "signer": "Lê Bá Thông"},
     [("Sở Tài chính", "2026-09-30"), ("Chủ tịch UBND tỉnh", None), ("Giám đốc Sở Giáo dục và Đào tạo", "2026-04-29")]),
    (RELAYED, {"number": "47/TB-UBND", "date": "2026-03-02", "doc_type": "THÔNG BÁO", "issuer": "UBND phường Tân An"},
     [("Phòng Kinh tế", "2026-03-20"), ("Phòng Kinh tế", None), ("Công an phường", None)]),
    (CHAT, {"number": "53/TB-UBND", "date": "2026-01-16", "issuer": "UBND xã Tân Hòa"},
     [("Hạt Kiểm lâm", "2026-02-10"), ("Hạt Kiểm lâm", None), ("Công an xã", None)]),
    # a recipients' line wrapped onto a short caps line ("KH&CN;") is no part of the signing capacity
    (WRAPPED_RECIPIENTS, {"signer_title": "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", "signer": "Trần Văn Hòa"},
     [("Vụ Pháp chế", "2026-03-30")]),
    # a steering committee under a party committee is the province's; a one-letter first name signs
    (STEERING, {"issuer": "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI TỈNH NAM ĐỊNH", "signer": "H Lan Êban",
                "number": "5-TB/BCĐ"}, [("Sở Xây dựng", "2026-03-30")]),
    (RESOLUTION, {"issuer": "HỘI ĐỒNG NHÂN DÂN ĐẶC KHU CÔN ĐẢO", "signer": "Nguyễn Văn Bình", "signer_title": "CHỦ TỊCH",
                  "doc_type": "NGHỊ QUYẾT"},
     [("Ủy ban nhân dân đặc khu", "2026-06-30"), ("Ủy ban nhân dân tỉnh", "2026-06-30")]),  # "tổ chức thực hiện
    # Nghị quyết này" is the standard formula, not a task
    (MINUTES, {"issuer": "TRƯỜNG THPT NGUYỄN DU", "signer": "Lê Văn Hùng", "signer_title": "CHỦ TRÌ / Q. HIỆU TRƯỞNG"},
     [("Đoàn trường", "2026-03-31")]),
    (E_OFFICE, {"issuer": "ỦY BAN NHÂN DÂN TỈNH NAM SƠN", "number": "5/UBND-VX", "signer": "Phạm Văn Long"},
     [("Sở Y tế", "2026-01-20")]),
    (DECISION, {"signer": "Hoàng Văn Nam", "signer_title": "GIÁM ĐỐC"},  # not the certified copy's signer
     [("Khoa Khám bệnh", "2026-04-30"), ("Phòng Công tác xã hội", None)]),  # tasks of the appendix
]


@pytest.mark.parametrize("text,meta,tasks", LAYOUTS)
def test_layouts(text, meta, tasks):
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert {k: getattr(p.notice, k) for k in meta} == meta
    assert [(d.assignee, d.due) for d in p.directives] == tasks


def test_a_task_table_gives_its_deadlines_in_a_notes_column():
    from ingest.tables import render

    rows = [["TT", "Nội dung nhiệm vụ", "Kết quả đầu ra", "Đơn vị chủ trì", "Ghi chú"],
            ["1", "Chuẩn hóa dữ liệu người học", "Hồ sơ cấp từ tháng 6/2026", "Ban Đào tạo", "Trước 30/6/2026"],
            ["2", "Ban hành quy định dạy học trực tuyến", "Quy định", "Ban Đào tạo", "Trình ký trong quý II/2026"],
            ["3", "Triển khai học bạ số", "Học bạ số", "Ban Đào tạo", ""]]
    lines = render(rows)
    assert "- Thời hạn: Trước 30/6/2026" in lines and "- Thời hạn: Trình ký trong quý II/2026" in lines
    assert not any("Kết quả" in x or "tháng 6/2026" in x for x in lines)


def test_task_table_with_a_two_row_header_and_group_rows():
    from ingest.tables import render

    rows = [["TT", "Nội dung", "Phân công", "Phân công", "Thời hạn"],
            ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
            ["A", "Văn bản hướng dẫn", "Văn bản hướng dẫn", "Văn bản hướng dẫn", "Văn bản hướng dẫn"],
            ["1", "Ban hành hướng dẫn", "Phòng Tổng hợp", "Văn phòng Sở", "Tháng 11"]]
    assert render(rows) == ["A. Văn bản hướng dẫn", "1. Ban hành hướng dẫn", "- Chủ trì: Phòng Tổng hợp",
                            "- Phối hợp: Văn phòng Sở", "- Thời hạn: Tháng 11", ""]


PDF_TABLE = """THÔNG BÁO
II. NHIỆM VỤ
Giám đốc giao nhiệm vụ theo bảng sau:
TT Nội dung nhiệm vụ Đơn vị thực hiện Thời hạn
1
Rà soát danh sách hộ nghèo của các xã trên địa
bàn tỉnh
Phòng Kế hoạch - Tài
chính Trước 05/12/2025
2 Cập nhật cơ sở dữ liệu của Sở Văn phòng Sở Thường xuyên

III. KHÁC
"""


def test_a_pdf_task_table_whose_rows_run_together():
    from ingest.normalize import clean

    c = clean(PDF_TABLE, reflow=True)
    lines = [c.text[a:b] for a, b in c.blocks]
    assert lines[4:10] == ["1. Rà soát danh sách hộ nghèo của các xã trên địa bàn tỉnh",
                           "- Đơn vị thực hiện: Phòng Kế hoạch - Tài chính", "- Thời hạn: Trước 05/12/2025",
                           "2. Cập nhật cơ sở dữ liệu của Sở", "- Đơn vị thực hiện: Văn phòng Sở",
                           "- Thời hạn: Thường xuyên"]
    assert PDF_TABLE[slice(*c.span(c.blocks[5][0] + 19, c.blocks[5][1]))].startswith("Phòng Kế hoạch - Tài")


def test_a_scan_hyphenated_inside_a_word_is_joined_whole():
    from ingest.normalize import clean

    assert clean("còn 147 lò gây ô nhi-\nễm không khí, sản xuất nhỏ -\nvừa", reflow=True).text == \
        "còn 147 lò gây ô nhiễm không khí, sản xuất nhỏ - vừa"


def test_a_table_nested_in_an_item_keeps_the_item_heading():
    text = ("THÔNG BÁO\nKết luận\nII. NHIỆM VỤ\n1. Sở Xây dựng:\na) Chủ trì lập phương án giao thông, trước ngày 30/11/2025.\n"
            "2. Yêu cầu các chủ đầu tư hoàn thành theo mốc sau:\n"
            "| TT | Nội dung công việc | Đơn vị chủ trì | Mốc hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Hoàn thành thông xe tuyến đường 25C | Ban Quản lý dự án | Trước 15/12/2025 |\n")
    from ingest.tables import markdown

    [p] = parse_document(Document("x.md", "md", markdown(text)), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Sở Xây dựng", "2025-11-30"),
                                                           ("Ban Quản lý dự án", "2025-12-15")]


def test_directive_ids_are_unique_where_table_rows_share_a_chunk():
    # Each row of a task table is a passage of its own: offsets within the passages repeat, ids must not (the
    # catalog refused the whole file, "UNIQUE constraint failed: directives.id").
    from pathlib import Path

    from ingest.pipeline import parse_file

    docs = Path(__file__).resolve().parents[1] / "eval" / "reader" / "docs"
    table = [d.id for p in parse_file(docs / "f-qd-bvdk-phutho-phu-luc.pdf") for d in p.directives]
    assert len(table) >= 9 and len(table) == len(set(table))
    for f in sorted(docs.iterdir()):
        ids = [d.id for p in parse_file(f) for d in p.directives]
        assert len(ids) == len(set(ids)), f.name


def test_a_unit_per_row_table_with_several_tasks_in_one_cell():
    # One row per unit; its task cell holds "- " paragraphs and its deadline cell the matching ones, in order.
    from ingest.tables import render

    rows = [["TT", "Đơn vị", "Nhiệm vụ", "Thời hạn"],
            ["1", "Phòng Hành chính", "- Mua sắm bàn ghế cho hội trường.\n- Sửa mái nhà kho.",
             "- Trước 20/12/2025\n- Tháng 01/2026"]]
    lines = render(rows)
    assert lines[:6] == ["1. Mua sắm bàn ghế cho hội trường.", "- Đơn vị: Phòng Hành chính", "- Thời hạn: Trước 20/12/2025",
                         "1. Sửa mái nhà kho.", "- Đơn vị: Phòng Hành chính", "- Thời hạn: Tháng 01/2026"]
    text = "THÔNG BÁO\nKết luận\nII. NHIỆM VỤ\nGiám đốc giao nhiệm vụ như sau:\n" + "\n".join(lines)
    [p] = parse_document(Document("x.docx", "docx", text), "0" * 64)
    assert [(d.assignee, d.due[:7], d.section_no) for d in p.directives] == [
        ("Phòng Hành chính", "2025-12", "1"), ("Phòng Hành chính", "2026-01", "1")]


def test_court_units_are_units():
    assert unit_names("Tòa Dân sự và Tòa Gia đình và người chưa thành niên tăng cường hòa giải") == [
        "Tòa Dân sự", "Tòa Gia đình và người chưa thành niên"]
    assert unit_names("Giao Tòa án nhân dân khu vực 2 - Hà Giang phối hợp với Thi hành án dân sự tỉnh") == [
        "Tòa án nhân dân khu vực 2 - Hà Giang", "Thi hành án dân sự tỉnh"]
    assert unit_names("Phòng Giám đốc kiểm tra tổng hợp các bản án") == ["Phòng Giám đốc kiểm tra"]
    assert unit_names("Tòa nhà trụ sở được cải tạo") == []


def test_tasks_labelled_nhiem_vu_n():
    text = ("THÔNG BÁO\nKết luận của Giám đốc\nGiám đốc yêu cầu các đơn vị thực hiện các nhiệm vụ sau:\n"
            "Nhiệm vụ 1: Phòng Hành chính rà soát hồ sơ lưu trữ, xong trước ngày 20/12/2025.\n"
            "Nhiệm vụ 2: Văn phòng Sở cập nhật danh bạ điện thoại của cơ quan.\n"
            "Trên đây là kết luận của Giám đốc./.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.assignee, d.section_no, d.action[:17]) for d in p.directives] == [
        ("Phòng Hành chính", "1", "Phòng Hành chính "), ("Văn phòng Sở", "2", "Văn phòng Sở cập ")]
    assert marker("Nhiệm vụ 10: Công an tỉnh bảo đảm an ninh") == ("labelled", "10", "Công an tỉnh bảo đảm an ninh")


def test_chi_dao_a_unit_assigns_it_unless_a_unit_heading_directs_it():
    text = ("THÔNG BÁO\nKết luận của Giám đốc\nII. NHIỆM VỤ\n1. Chỉ đạo Phòng Hành chính phối hợp với Văn phòng Sở "
            "lập phương án cải tạo trụ sở, trình Giám đốc trong tháng 11/2025.\n2. Sở Xây dựng:\n"
            "- Chỉ đạo Phòng Quản lý nhà phối hợp rà soát hồ sơ, xong trước ngày 30/11/2025.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [d.assignee for d in p.directives] == ["Phòng Hành chính", "Sở Xây dựng"]


def test_a_unit_code_in_parentheses_closes_the_unit_name():
    assert unit_names("Phòng Cảnh sát kinh tế về môi trường (PC05) chủ trì, phối hợp kiểm tra") == [
        "Phòng Cảnh sát kinh tế về môi trường"]
    assert subjects("Phòng Cảnh sát cơ động (PK02) và Công an các xã, phường tăng cường tuần tra") == [
        "Phòng Cảnh sát cơ động", "Công an các xã, phường"]
    assert unit_names("Công an tỉnh chỉ đạo Phòng Cảnh sát cơ động (PK02) tuần tra")[0] == "Công an tỉnh"


def test_hau_can_is_a_noun_and_tong_ra_soat_a_verb():
    assert unit_names("Giao Cục Hậu cần hoàn thành mua sắm") == ["Cục Hậu cần"]
    assert subjects("Công an các xã, phường tổng rà soát người nghiện trên địa bàn") == ["Công an các xã, phường"]


def test_a_rank_before_the_signer_name_is_dropped():
    text = ("CÔNG AN TỈNH NAM SƠN\nSố: 12/TB-CAT\nNam Sơn, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận giao ban\n"
            "1. Phòng Tham mưu tổng hợp số liệu trước ngày 10/3/2026.\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\n"
            "Thiếu tướng Trần Văn Bình\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert p.notice.signer == "Trần Văn Bình"


TWO_COLUMN_MINUTES = ("BAN QUẢN LÝ DỰ ÁN TỈNH NAM SƠN\nSố: 31/BB-BQLDA\nNam Sơn, ngày 02 tháng 3 năm 2026\nBIÊN BẢN\n"
           "Họp kiểm điểm tiến độ\n1. Phòng Kỹ thuật lập hồ sơ trước ngày 10/3/2026.\n"
           "Cuộc họp kết thúc lúc 16 giờ cùng ngày.\n")


@pytest.mark.parametrize("signature, signer, title", [
    # a text file or a PDF: each row's two cells on one line, the secretary on the left
    ("THƯ KÝ CHỦ TRÌ\nPHÓ GIÁM ĐỐC\nHoàng Thị Mai Phương Nông Văn Thắng\n", "Nông Văn Thắng", "CHỦ TRÌ / PHÓ GIÁM ĐỐC"),
    # two sides, their titles on one line, the left heading wrapped
    (("ĐẠI DIỆN UBND XÃ TÂN HÒA ĐẠI DIỆN ĐOÀN CÔNG TÁC\nCHỦ TỊCH TRƯỞNG ĐOÀN\n(Đã ký) (Đã ký)\n"
      "Đào Xuân Lộc Trương Công Định\nTHƯ KÝ\nHuỳnh Thị Mỹ Lệ\n"), "Trương Công Định", "ĐẠI DIỆN ĐOÀN CÔNG TÁC / TRƯỞNG ĐOÀN"),
    (("ĐẠI DIỆN BAN QUẢN LÝ KHU KINH TẾ HẢI\nPHÒNG\nĐẠI DIỆN CHI CỤC HẢI QUAN\nPHÓ TRƯỞNG BAN PHÓ CHI CỤC TRƯỞNG\n"
      "Lương Thị Ngọc Bích Bùi Xuân Trường\n"), "Bùi Xuân Trường", "ĐẠI DIỆN CHI CỤC HẢI QUAN / PHÓ CHI CỤC TRƯỞNG"),
    # a Word table: each cell on its own line, row by row
    (("ĐẠI DIỆN BÊN A\nĐẠI DIỆN BÊN B\nCHỦ TỊCH UBND XÃ\nPHÓ TRƯỞNG BAN\n(Đã ký)\nHuỳnh Tấn Sang\nLê Văn Thạnh\n"
      "THƯ KÝ\nĐặng Thị Kiều Oanh\n"), "Lê Văn Thạnh", "ĐẠI DIỆN BÊN B / PHÓ TRƯỞNG BAN"),
    # the secretary's name on the line of the chair's title
    ("THƯ KÝ CHỦ TRÌ\nLê Thị Diệu Hiền PHÓ CHỦ TỊCH UBND XÃ\nPhan Văn Tường\n", "Phan Văn Tường",
     "CHỦ TRÌ / PHÓ CHỦ TỊCH UBND XÃ"),
    # one column stays one column
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n", "Nguyễn Văn An", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"),
])
def test_minutes_signed_in_two_columns(signature, signer, title):
    [p] = parse_document(Document("x.txt", "txt", TWO_COLUMN_MINUTES + signature), "0" * 64)
    assert (p.notice.signer, p.notice.signer_title) == (signer, title)


def test_an_abbreviation_a_notice_defines_names_its_unit():
    text = ("TỔNG CÔNG TY NAM SƠN\nSố: 49/TB-TCT\nNam Sơn, ngày 14 tháng 4 năm 2026\nTHÔNG BÁO\nKết luận giao ban\n"
            "Ngày 10/4/2026, Tổng Giám đốc chủ trì; dự họp có Công ty cổ phần Vận hành đường cao tốc Nam Sơn (VECOM) "
            "và Phòng Cảnh sát giao thông (PC08).\n1. VECOM: bố trí lực lượng cứu hộ, hoàn thành trước ngày 25/4/2026.\n"
            "2. Phòng Cảnh sát giao thông (PC08) chủ trì, phối hợp với VECOM phân luồng giao thông.\n"
            "TỔNG GIÁM ĐỐC\nPhan Quang Minh\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.assignee, d.due, d.coordinators) for d in p.directives] == [
        ("VECOM", "2026-04-25", ()), ("Phòng Cảnh sát giao thông", None, ("VECOM",))]


@pytest.mark.parametrize("footer, signer", [
    ("Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nBSCKII. Đỗ Văn Thiêm\n", "Đỗ Văn Thiêm"),  # a degree
    # the recipients' column and the signature's interleaved line by line, the name run into the last recipient
    ("Nơi nhận:\nCHỈ HUY TRƯỞNG\n- Bộ Tư lệnh Quân khu 4;\n(Đã ký)\n- Lưu: VT, TM. Đại tá Nguyễn Đình Thanh\n",
     "Nguyễn Đình Thanh"),
])
def test_the_signer_behind_degrees_ranks_and_interleaved_columns(footer, signer):
    text = ("BỆNH VIỆN TỈNH NAM SƠN\nSố: 12/TB-BV\nNam Sơn, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận giao ban\n"
            "1. Phòng Kế hoạch tổng hợp số liệu trước ngày 10/3/2026./.\n" + footer)
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert p.notice.signer == signer


def test_a_unit_cell_with_one_unit_a_line_is_a_joint_list():
    from ingest.tables import render

    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
            ["1", "Tuần tra khu dân cư", "Công an xã Tân Hòa\nBan Chỉ huy Quân sự xã", "Hằng ngày"],
            ["2", "Sửa đèn đường", "Phòng Kinh tế, Hạ tầng và\nĐô thị", "Tháng 12/2025"]]
    assert render(rows)[1] == "- Cơ quan chủ trì: Công an xã Tân Hòa; Ban Chỉ huy Quân sự xã"
    assert render(rows)[4] == "- Cơ quan chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị"


GRID = """BIÊN BẢN HỌP
IV. KẾT LUẬN
Chủ trì giao nhiệm vụ như sau:
+----+----------------------------+-------------------+----------------+
| TT | Nội dung công việc         | Đơn vị thực hiện  | Thời hạn       |
+====+============================+===================+================+
| 1  | Dọn vật liệu thừa khỏi     | Nhà thầu thi công | Trước          |
|    | công trường                |                   | 20/12/2025     |
+----+----------------------------+-------------------+----------------+
| 2  | Kiểm tra hồ sơ nghiệm thu  | Tư vấn giám sát   | Thường xuyên   |
+----+----------------------------+-------------------+----------------+
"""


def test_a_grid_task_table_with_wrapped_cells():
    from ingest.tables import grid

    lines = [x for x in grid(GRID).split("\n") if x]
    assert lines[3:9] == ["1. Dọn vật liệu thừa khỏi công trường", "- Đơn vị thực hiện: Nhà thầu thi công",
                          "- Thời hạn: Trước 20/12/2025", "2. Kiểm tra hồ sơ nghiệm thu",
                          "- Đơn vị thực hiện: Tư vấn giám sát", "- Thời hạn: Thường xuyên"]
    data = "+---+---+\n| Chỉ tiêu | Tỷ lệ |\n+---+---+\n"
    assert grid(data) == data  # not a task table: left as it is


def test_a_task_table_pasted_with_tabs_is_read_as_a_table():
    """Spreadsheet cells pasted into a text file: tab-separated, a cell with a line break in double quotes."""
    text = ("THÔNG BÁO\nKết luận\nII. NHIỆM VỤ\nSTT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn\n"
            "1\tXây dựng Kế hoạch cao điểm\tPhòng Tổng hợp, Nghiệp vụ\tTrước 10/12/2025\n"
            '2\t"Kiểm tra các cơ sở kinh doanh trực tuyến\nƯu tiên các tài khoản lớn"\tĐội Quản lý thị trường số 5\t'
            "Chậm nhất 12/12/2025\n\nChi cục trưởng\n")
    [p] = parse_document(Document("x.txt", "txt", tabbed(text)), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Tổng hợp, Nghiệp vụ", "2025-12-10"),
                                                          ("Đội Quản lý thị trường số 5", "2025-12-12")]
    assert tabbed("a\tb\tc\n1\t2\t3\n") == "a\tb\tc\n1\t2\t3\n"  # not a task table: left as it is


def test_a_fixed_width_task_table_is_read_as_a_table():
    text = ("THÔNG BÁO\nKết luận\nII. PHÂN CÔNG NHIỆM VỤ\n"
            "TT   Nội dung công việc           Đơn vị chủ trì                    Thời gian\n"
            "---  ---------------------------  --------------------------------  ---------------------\n"
            "1    Rà soát, lập danh sách đoàn  Ban Chính sách - Pháp luật        Trước ngày 15/12/2025\n"
            "     viên có hoàn cảnh khó khăn\n\n"
            "2    Tổ chức Chợ Tết Công đoàn    Công đoàn Khu kinh tế Hải Phòng   Trong tháng 01/2026\n"
            "-------------------------------------------------------------------------------------\n"
            "III. CHẾ ĐỘ BÁO CÁO\n")
    rendered = fixed(text)
    assert "1. Rà soát, lập danh sách đoàn viên có hoàn cảnh khó khăn" in rendered
    [p] = parse_document(Document("x.txt", "txt", rendered), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Ban Chính sách - Pháp luật", "2025-12-15"),
                                                          ("Công đoàn Khu kinh tế Hải Phòng", "2026-01-31")]
    report = "Chỉ tiêu   Tỷ lệ\n---------  -----\n---  ---\n"
    assert fixed(report) == report  # not a task table: left as it is


def test_a_table_under_an_item_that_leads_into_it_is_that_item_s_children():
    """ "2. Đề nghị ... theo danh mục dưới đây:" over a table whose rows read "1." ... "3.": rows 2.1-2.3, and the
    "3." after the table is item 3 again. A table without a "Nội dung" column is a task table by its number, unit
    and deadline columns."""
    text = ("THÔNG BÁO\nKết luận của Thường trực HĐND tỉnh\n1. Kỳ họp dự kiến tổ chức trong 02 ngày.\n"
            "2. Đề nghị UBND tỉnh chỉ đạo các cơ quan hoàn thiện hồ sơ theo danh mục dưới đây:\n"
            "| TT | Dự thảo nghị quyết | Cơ quan chuẩn bị | Thời hạn gửi hồ sơ |\n|---|---|---|---|\n"
            "| 1 | Nghị quyết về dự toán ngân sách | Sở Tài chính | Trước ngày 28/11/2025 |\n"
            "| 2 | Nghị quyết về giá đất | Sở Nông nghiệp và Môi trường | Chậm nhất ngày 05/12/2025 |\n"
            "| 3 | Nghị quyết về hòa giải ở cơ sở | Sở Tư pháp | Trước ngày 01/12/2025 |\n\n"
            "3. Đề nghị Thường trực HĐND các xã, phường tổ chức kỳ họp, hoàn thành trước ngày 31/12/2025.\n")
    [p] = parse_document(Document("x.md", "md", markdown(text)), "0" * 64)
    numbers = [".".join(c.split(".")[0] for c in d.section.split(" › ")) for d in p.directives]
    assert [(d.assignee, n, d.due) for d, n in zip(p.directives, numbers)] == [
        ("Sở Tài chính", "2.1", "2025-11-28"), ("Sở Nông nghiệp và Môi trường", "2.2", "2025-12-05"),
        ("Sở Tư pháp", "2.3", "2025-12-01"), ("Thường trực HĐND các xã, phường", "3", "2025-12-31")]


HEAD = ["UBND PHƯỜNG TÂN AN", "Số: 20/TB-UBND", "Nam Sơn, ngày 17 tháng 7 năm 2026", "THÔNG BÁO", "Kết luận của Chủ tịch",
        "Ngày 16/7/2026, Chủ tịch UBND phường chủ trì cuộc họp. Chủ tịch kết luận như sau:"]


def test_a_markdown_file_with_a_raw_html_task_table(tmp_path):
    from ingest.loaders import load

    table = ("<html><body><table><tr><td>TT</td><td>Nội dung nhiệm vụ</td><td>Đơn vị thực hiện</td><td>Thời gian</td>"
             "</tr><tr><td>1</td><td>Kiểm tra liên ngành các chợ đầu mối</td><td>Chủ trì: Phòng Thanh tra; phối hợp: "
             "Công an phường</td><td rowspan=\"2\">Từ 15/4 đến 15/5/2026</td></tr><tr><td>2</td><td>Lấy mẫu xét "
             "nghiệm nhanh thực phẩm</td><td>Chủ trì: Trạm Y tế</td></tr></table></body></html>")
    f = tmp_path / "mineru.md"
    f.write_text("\n\n".join(HEAD) + "\n\n# II. NHIỆM VỤ\n\n" + table + "\n\nCHỦ TỊCH\n\nNguyễn Văn An\n", "utf-8")
    [p] = parse_document(load(f), "0" * 64)
    assert [(d.assignee, d.coordinators, d.due) for d in p.directives] == [
        ("Phòng Thanh tra", ("Công an phường",), "2026-05-15"), ("Trạm Y tế", (), "2026-05-15")]


def test_a_web_page_list_under_a_numbered_heading_gives_that_heading_s_points(tmp_path):
    from ingest.loaders import load

    page = ("<html><body><article>" + "".join(f"<p>{x}</p>" for x in HEAD) + "<h3>II. Nhiệm vụ</h3>"
            "<details open><summary>1. Phòng Văn hóa - Xã hội</summary><ol><li>Rà soát chỉ tiêu tuyển sinh, hoàn "
            "thành trước ngày 31/7/2026.</li><li>Tổng hợp nhu cầu giáo viên.</li></ol></details>"
            "<details open><summary>2. Công an phường</summary><ol><li>Bảo đảm an ninh khu vực cổng trường.</li></ol>"
            "</details><ul><li>UBND các xã: Đà Bắc, Mai Châu:<ul><li>Thống kê hộ nuôi chó trước ngày 10/8/2026.</li>"
            "</ul></li></ul><p>CHỦ TỊCH</p><p>Nguyễn Văn An</p></article></body></html>")
    f = tmp_path / "accordion.html"
    f.write_text(page, "utf-8")
    [p] = parse_document(load(f), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [
        ("Phòng Văn hóa - Xã hội", "2026-07-31"), ("Phòng Văn hóa - Xã hội", None), ("Công an phường", None),
        ("UBND các xã: Đà Bắc, Mai Châu", "2026-08-10")]  # a list inside a list's item: that item's points


def test_a_forwarded_e_mail_reads_its_quoted_notice(tmp_path):
    from ingest.loaders import load

    body = ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 2094/TB-SKHCN",
            "Hải Phòng, ngày 19 tháng 12 năm 2025", "THÔNG BÁO", "II. NHIỆM VỤ",
            "1. Phòng Quản lý khoa học tổ chức nghiệm thu, hoàn thành trong quý I và quý II/2026.", "",
            "TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Vũ Thị Lệ Hằng"]
    f = tmp_path / "fwd.txt"
    f.write_text("Em chuyển lại Thông báo.\n\n> ---------- Forwarded message ---------\n" +
                 "\n".join(f"> {x}" if x else ">" for x in body), "utf-8")
    [p] = parse_document(load(f), "0" * 64)
    assert (p.notice.number, p.notice.signer) == ("2094/TB-SKHCN", "Vũ Thị Lệ Hằng")
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Quản lý khoa học", "2026-06-30")]


def test_closing_formulas_are_not_tasks():
    text = ("THÔNG BÁO\nKết luận\nII. NHIỆM VỤ\n1. Sở Tài chính tổng hợp dự toán trước ngày 10/12/2025.\n"
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Văn phòng để tổng hợp.\n"
            "Sở Nội vụ đề nghị các đơn vị quan tâm, khẩn trương triển khai thực hiện./.\n"
            "Yêu cầu Thủ trưởng các phòng, Trưởng Công an các xã nghiêm túc quán triệt, triển khai thực hiện; "
            "quá trình thực hiện có khó khăn báo cáo Giám đốc.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [d.assignee for d in p.directives] == ["Sở Tài chính"]


def test_a_ministry_department_issues_without_its_ministry():
    text = ("BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC\nSố: 15/QLD-KD\nHà Nội, ngày 02 tháng 3 năm 2026\nCÔNG VĂN\n"
            "Kính gửi: Sở Y tế các tỉnh.\n1. Sở Y tế các tỉnh báo cáo tình hình cung ứng thuốc trước ngày 20/3/2026.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert p.notice.issuer == "CỤC QUẢN LÝ DƯỢC"


def test_word_automatic_numbering_is_read_as_word_draws_it(tmp_path):
    """Most Word notices number their items with Word's list numbering: the "1.", "a)" are not in the text."""
    import docx

    from ingest.limits import Budget, Limits
    from ingest.loaders.docx import load_docx

    d = docx.Document()
    d.add_paragraph("II. NHIỆM VỤ TRỌNG TÂM")
    d.add_paragraph("Sở Y tế khẩn trương rà soát danh mục thuốc, hoàn thành trước ngày 15/3/2026.", style="List Number")
    d.add_paragraph("Sở Tài chính bố trí kinh phí trong quý II/2026.", style="List Number")
    d.add_paragraph("Văn phòng theo dõi, đôn đốc.", style="List Bullet")
    path = tmp_path / "n.docx"
    d.save(path)
    lines = load_docx(path, path.read_bytes(), Budget(str(path), Limits())).text.splitlines()
    assert lines[1].startswith("1. Sở Y tế") and lines[2].startswith("2. Sở Tài chính")
    assert lines[3].startswith("- Văn phòng")


def test_html_ordered_lists_keep_their_kind_and_start():
    from ingest.loaders.html import load_html

    page = ("<html><body><div class='content'><p>II. NHIỆM VỤ</p><ol><li>Phòng Đào tạo<ol type='a'>"
            "<li>Xếp thời khóa biểu trước ngày 20/01/2026.</li><li>Rà soát chương trình.</li></ol></li></ol>"
            "<ol start='4'><li>Phòng Khoa học công nghệ tổ chức xét duyệt đề tài.</li></ol></div></body></html>")
    lines = [x.strip() for x in load_html("p.html", page.encode()).text.splitlines() if x.strip()]
    assert "a) Xếp thời khóa biểu trước ngày 20/01/2026." in lines and "b) Rà soát chương trình." in lines
    assert "4. Phòng Khoa học công nghệ tổ chức xét duyệt đề tài." in lines


def test_a_pdf_task_table_with_a_partner_column_across_pages():
    # Five columns, cells wrapped over several lines, the header repeated on each page, a page number under the
    # rows: read from the page laid out, each cell keeps its column.
    from pathlib import Path

    from ingest.pipeline import parse_file

    pdf = Path(__file__).resolve().parents[1] / "eval/reader/docs/i-acv-cao-diem-he-2026.pdf"
    got = [(d.section_no, d.assignee, d.coordinators[:1], d.due) for d in parse_file(pdf)[0].directives]
    assert got[:4] == [
        ("II.1", "Cảng Hàng không quốc tế Nội Bài", ("Ban Kỹ thuật công nghệ",), "2026-06-30"),
        ("II.2", "Cảng Hàng không quốc tế Tân Sơn Nhất", ("Ban Khai thác cảng",), "2026-07-31"),
        ("II.3", "Cảng Hàng không quốc tế Đà Nẵng", ("Ban Quản lý dự án đầu tư xây dựng chuyên ngành",), "2026-09-30"),
        ("II.4", "Cảng Hàng không quốc tế Nội Bài", ("Ban An ninh an toàn",), "2026-06-15")]
    assert [g[1] for g in got if g[0] == "II.4"][1:] == ["Cảng Hàng không quốc tế Tân Sơn Nhất",
                                                        "Cảng Hàng không quốc tế Cam Ranh"]
    assert ("II.9", "Ban Khai thác cảng", ("Các cảng hàng không",), "2026-09-15") in got  # page 3, after the header
    assert got[-1][1] == "Ban An ninh an toàn"  # the paragraph after the table is read as before


def test_a_laid_out_table_that_cannot_be_placed_leaves_the_page_as_it_is():
    from ingest.layout_tables import splice

    layout = ("STT   Nội dung công việc        Đơn vị chủ trì     Thời hạn\n\n"
              " 1    Rà soát danh sách         Phòng Tài chính    30/6/2026\n\n"
              "      Đoạn văn sau bảng chạy qua mọi cột của trang và không thuộc bảng nào.")
    plain = "STT Nội dung công việc Đơn vị chủ trì Thời hạn\n1\nRà soát danh sách Phòng Tài chính 30/6/2026\nkhác"
    assert splice(plain, layout) == plain  # the line after the table is not in the plain text
    placed = splice(plain + "\nĐoạn văn sau bảng chạy qua mọi cột của trang và không thuộc bảng nào.", layout)
    assert placed.split("\n\n")[:3] == ["1. Rà soát danh sách", "- Đơn vị chủ trì: Phòng Tài chính",
                                       "- Thời hạn: 30/6/2026"]
    assert placed.endswith("\nĐoạn văn sau bảng chạy qua mọi cột của trang và không thuộc bảng nào.")


@pytest.mark.parametrize("text, names", [
    ("Trưởng phòng Đào tạo chủ trì, phối hợp với Trưởng các khoa rà soát", ["Trưởng phòng Đào tạo", "Trưởng các khoa"]),
    ("Chánh Văn phòng trường tổng hợp lịch trực", ["Chánh Văn phòng trường"]),
    ("Trưởng các khoa, phòng, trung tâm báo cáo tiến độ", ["Trưởng các khoa, phòng, trung tâm"]),
    ("Phó Hiệu trưởng phụ trách đào tạo chỉ đạo hoàn thành kế hoạch", ["Phó Hiệu trưởng phụ trách đào tạo"]),
    ("Các thành viên Ban Chỉ huy báo cáo tình hình thiên tai", ["Các thành viên Ban Chỉ huy"]),
])
def test_a_person_by_the_title_of_the_unit_they_head(text, names):
    assert unit_names(text) == names


def test_a_task_of_the_head_of_a_unit_is_that_units():
    assert same_unit("Trưởng phòng Đào tạo", "Phòng Đào tạo") and same_unit("Chánh Văn phòng Sở", "Văn phòng Sở")
    assert not same_unit("Trưởng phòng Đào tạo", "Phòng Đào tạo sau đại học")


def test_who_attended_assigns_nothing():
    text = ("THÔNG BÁO\nKết luận của Giám đốc\nNgày 08/10/2025, Sở Y tế tổ chức hội nghị. Dự Hội nghị có các Phó Giám đốc;"
            " Trưởng các phòng chuyên môn và đại diện Bệnh viện tỉnh.\n1. Phòng Nghiệp vụ Y rà soát danh mục kỹ thuật.")
    doc = Document("t.txt", "txt", text)
    assert [d.assignee for d in parse_document(doc, "0" * 64)[0].directives] == ["Phòng Nghiệp vụ Y"]


def test_a_responsibility_line_names_leads_partners_and_the_deadline():
    text = ("BIÊN BẢN\nIII. KẾT LUẬN\n2. Về phương án sơ tán dân: Rà soát, cập nhật danh sách hộ dân vùng thấp trũng.\n"
            "Trách nhiệm thực hiện: Các thôn (chủ trì), Công an xã (phối hợp); hoàn thành trước ngày 20/9/2025.\n"
            "5. Về công trình thủy lợi: Kiểm tra hiện trạng hồ chứa, đập dâng.\n"
            "Trách nhiệm thực hiện: Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Thủy lợi Đại Lộc; hoàn thành trong "
            "tháng 9/2025.")
    got = [(d.assignee, d.coordinators, d.due) for d in parse_document(Document("b.txt", "txt", text), "0" * 64)[0].directives]
    assert got == [("Các thôn", ("Công an xã",), "2025-09-20"),
                   ("Phòng Kinh tế", ("Chi nhánh Thủy lợi Đại Lộc",), "2025-09-30")]


@pytest.mark.parametrize("text", ["Hội đồng sư phạm thống nhất chủ trương tổ chức Lễ tri ân.",
                                  "Sở Y tế là cơ quan thường trực của Ban Chỉ đạo.",
                                  "Trưởng các Ban chức năng và người đại diện phần vốn của Tổng công ty tại 06 công ty con."])
def test_no_subject_that_acts(text):
    assert subjects(text) == []


def test_a_unit_row_whose_cell_holds_numbered_tasks():
    from ingest.tables import render

    rows = [["TT", "Nhiệm vụ", "Đơn vị"],
            ["1", "1. Rà soát hồ sơ tồn đọng.\n2. Chủ trì xây dựng Kế hoạch năm 2026.",
             "Phòng Nghiệp vụ và Tổ chức thi hành án"]]
    assert render(rows)[:4] == ["1.1. Rà soát hồ sơ tồn đọng.", "- Đơn vị: Phòng Nghiệp vụ và Tổ chức thi hành án",
                                "1.2. Chủ trì xây dựng Kế hoạch năm 2026.",
                                "- Đơn vị: Phòng Nghiệp vụ và Tổ chức thi hành án"]
    assert unit_names("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo chủ trì") == [
        "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"]


def test_a_reported_paragraph_then_several_units_given_work():
    text = ("ỦY BAN NHÂN DÂN XÃ HÒA VANG\nSố: 12/TB-UBND\nTHÔNG BÁO\nKết luận của Chủ tịch UBND xã\nNgày 25/11/2025, "
            "Chủ tịch UBND xã chủ trì cuộc họp giao ban. Chủ tịch UBND xã kết luận như sau:\n1. Về thu ngân sách: Đến ngày 20/11/2025, thu ngân sách đạt 82,4% dự "
            "toán. Giao Phòng Kinh tế đôn đốc thu nợ đọng thuế trước ngày 31/12/2025. Đề nghị Trạm Y tế xã tăng cường "
            "giám sát dịch bệnh.\n2. Về quốc phòng: Đề nghị Công an xã tăng cường tuần tra. Giao Ban Chỉ huy Quân sự xã "
            "tổ chức khám sức khỏe nghĩa vụ quân sự.")
    got = [d.assignee for d in parse_document(Document("x.txt", "txt", text), "0" * 64)[0].directives]
    assert got == ["Phòng Kinh tế", "Trạm Y tế xã", "Công an xã", "Ban Chỉ huy Quân sự xã"]


def test_markdown_lazy_lists_are_numbered_as_drawn():
    from ingest.loaders.text import lazy_numbers

    text = "### 2.1\n\n1. A làm\n1. B làm\n   tiếp\n1. C làm\n\n### 2.2\n\n1. D\n2. E"
    assert lazy_numbers(text) == "### 2.1\n\n1. A làm\n2. B làm\n   tiếp\n3. C làm\n\n### 2.2\n\n1. D\n2. E"


def test_items_under_a_decimal_heading_keep_their_text_and_their_parent():
    text = ("TRƯỜNG ĐẠI HỌC TÂY NGUYÊN\nSố: 28/TB-ĐHTN\nTHÔNG BÁO\nKết luận của Hiệu trưởng\nNgày 06/01/2026, Hiệu trưởng "
            "chủ trì hội nghị giao ban.\n2. Nhiệm vụ trọng tâm\n2.1. Công tác đào tạo\n1. Phòng Đào tạo đại học chủ trì xây dựng Đề án "
            "tuyển sinh.\n2. Yêu cầu các khoa rà soát đề cương học phần.\n2.2. Công tác khảo thí\n1. Giao Khoa Y Dược tổ chức "
            "thi đánh giá năng lực.\n3. Tổ chức thực hiện\nPhòng Hành chính theo dõi, đôn đốc.")
    parsed = parse_document(Document("t.txt", "txt", text), "0" * 64)[0]
    assert any("Yêu cầu các khoa rà soát" in c.text for c in parsed.chunks)  # no item is left out of the chunks
    got = [(d.section_no, d.assignee) for d in parsed.directives]
    assert got[:3] == [("2.1.1", "Phòng Đào tạo đại học"), ("2.1.2", "các khoa"), ("2.2.1", "Khoa Y Dược")]


def test_a_long_heading_line_over_its_items_is_searchable():
    long = ("1. Giao Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan triển khai đồng bộ các giải pháp phòng, chống "
            "dịch sốt xuất huyết trên địa bàn tỉnh, trong đó:")
    text = ("UBND TỈNH\nSố: 5/TB-UBND\nTHÔNG BÁO\nKết luận\nNgày 06/01/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
            f"{long}\na) Tổ chức diệt lăng quăng tại các xã.\nb) Giám sát ổ dịch.")
    parsed = parse_document(Document("t.txt", "txt", text), "0" * 64)[0]
    assert any(long in c.text for c in parsed.chunks)


def test_html_cells_merged_down_and_across_stand_in_every_row():
    from lxml import html as lhtml

    from ingest.loaders.html import _grid

    table = lhtml.fromstring(
        "<table><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th><th>Phối hợp</th></tr>"
        "<tr><td colspan='4'>I. Vệ sinh môi trường</td></tr>"
        "<tr><td>1</td><td>Tổng vệ sinh</td><td rowspan='2'>Phòng Kinh tế</td><td>Các khối phố</td></tr>"
        "<tr><td>2</td><td>Sửa đèn lồng</td><td>Điện lực Hội An</td></tr></table>")
    assert _grid(table)[1:] == [["I. Vệ sinh môi trường"] * 4, ["1", "Tổng vệ sinh", "Phòng Kinh tế", "Các khối phố"],
                                ["2", "Sửa đèn lồng", "Phòng Kinh tế", "Điện lực Hội An"]]


def test_a_spreadsheet_saved_as_a_web_page_reads_as_the_notice_it_lays_out():
    from ingest.loaders.html import load_html

    def row(n, *cells):
        return (f"<tr><th class='row-headers-background'><div>{n}</div></th>" +
                "".join(f"<td colspan='{span}'>{text}</td>" for text, span in cells) + "</tr>")

    sheet = ("<html><body><div id='0' style='display:block' class='grid-container'><table class='waffle'><thead><tr>"
             "<th class='row-header freezebar-origin-ltr'></th>" + "".join(f"<th class='column-headers-background'>{c}</th>"
                                                                          for c in "ABCD") + "</tr></thead><tbody>" +
             row(1, ("SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ", 2), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 2)) +
             row(2, ("Số: 12/TB-SCT", 2), ("Phú Thọ, ngày 05 tháng 01 năm 2026", 2)) + row(3, ("THÔNG BÁO", 4)) +
             row(4, ("Kết luận của Giám đốc Sở tại cuộc họp giao ban", 4)) +
             row(5, ("TT", 1), ("Nội dung công việc", 1), ("Đơn vị thực hiện", 1), ("Thời hạn", 1)) +
             row(6, ("1", 1), ("Kiểm tra thị trường xăng dầu dịp Tết", 1), ("Phòng Quản lý thương mại", 1),
                 ("Trước 10/02/2026", 1)) +
             row(7, ("2", 1), ("Tổng hợp báo cáo giao ban", 1), ("Văn phòng Sở", 1), ("Hằng tháng", 1)) +
             row(8, ("Nơi nhận:", 2), ("GIÁM ĐỐC", 2)) + row(9, ("- Lưu: VT.", 2), ("Đỗ Văn Tâm", 2)) +
             "</tbody></table></div><div id='7' style='display:none' class='grid-container'><table><tr><td>STT</td>"
             "<td>Nhiệm vụ</td><td>Đơn vị thực hiện</td><td>Thời hạn</td></tr><tr><td>1</td><td>Việc của sheet ẩn</td>"
             "<td>Phòng Kỹ thuật</td><td>31/3/2026</td></tr></table></div></body></html>")
    doc = load_html("sheet.html", sheet.encode())
    assert "Việc của sheet ẩn" not in doc.text and "\nA\n" not in doc.text
    [p] = parse_document(doc, "0" * 64)
    assert (p.notice.number, p.notice.signer, p.notice.signer_title) == ("12/TB-SCT", "Đỗ Văn Tâm", "GIÁM ĐỐC")
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Quản lý thương mại", "2026-02-10"),
                                                           ("Văn phòng Sở", None)]


def test_party_sub_items_numbered_with_a_dash():
    text = ("HUYỆN ỦY TÂN PHÚ\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 41-TB/HU\nTHÔNG BÁO\nkết luận của Ban Thường vụ Huyện ủy\n"
            "1- Ban Thường vụ Huyện ủy thống nhất với báo cáo.\n2- Nhiệm vụ thời gian tới:\n"
            "2.1- Ban Tổ chức Huyện ủy tham mưu kiện toàn cán bộ, xong trước ngày 15/3/2026.\n"
            "2.2- Văn phòng Huyện ủy theo dõi, đôn đốc thực hiện.")
    [p] = parse_document(Document("t.txt", "txt", text), "0" * 64)
    assert [(d.section_no, d.assignee) for d in p.directives] == [("2.1", "Ban Tổ chức Huyện ủy"),
                                                                  ("2.2", "Văn phòng Huyện ủy")]


def test_word_plain_text_bullets_are_bullets(tmp_path):
    from ingest.loaders import load

    f = tmp_path / "tb.txt"
    f.write_bytes(("\ufeffSỞ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nSố: 9/TB-SNV\r\nTHÔNG BÁO\r\nKết luận giao ban\r\n"
                   "1.\tPhòng Công chức, viên chức:\r\n·\tTổng hợp nhu cầu tuyển dụng, xong trước 20/01/2026;\r\n"
                   "·\tRà soát vị trí việc làm trong quý I/2026.\r\n").encode("utf-8"))
    [p] = parse_document(load(f), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Công chức, viên chức", "2026-01-20"),
                                                           ("Phòng Công chức, viên chức", "2026-03-31")]


def test_a_task_tracking_page_lists_its_properties_and_task_cards():
    text = ("Hệ thống theo dõi nhiệm vụ\nThông tin văn bản\nSố ký hiệu\n88/TB-UBND\nNgày ban hành\n03/02/2026\n"
            "Loại văn bản\nThông báo\nCơ quan ban hành\nUBND huyện Mỹ Lộc\nNgười ký\nTrần Văn Bình\n"
            "Danh sách nhiệm vụ\nNV-01 Đang thực hiện\nNội dung nhiệm vụ:\nNạo vét kênh tưới vụ Xuân.\n"
            "Đơn vị chủ trì:Phòng Kinh tế\nĐơn vị phối hợp:—\nHạn xử lý:28/02/2026\nNgày giao:04/02/2026\n"
            "NV-02 Chưa đến hạn\nNội dung nhiệm vụ:\nKiểm tra an toàn thực phẩm dịp lễ hội.\nĐơn vị chủ trì:Trạm Y tế\n"
            "Hạn xử lý:Thường xuyên\n")
    [p] = parse_document(Document("t.html", "html", text), "0" * 64)
    n = p.notice
    assert (n.number, n.date, n.doc_type, n.issuer, n.signer) == (
        "88/TB-UBND", "2026-02-03", "THÔNG BÁO", "UBND huyện Mỹ Lộc", "Trần Văn Bình")
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Kinh tế", "2026-02-28"), ("Trạm Y tế", None)]


def test_a_pdf_header_drawn_after_part_of_the_body_is_read_first():
    from ingest.loaders.pdf import _header_first

    body = [f"Dòng thứ {i} của phần mở đầu kết luận thanh tra về quản lý đất công ích tại xã" for i in range(6)]
    header = ["UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THANH TRA TỈNH Độc lập - Tự do - Hạnh phúc",
              "Số: 12/KL-TTr An Giang, ngày 5 tháng 1 năm 2026"]
    page = "\n".join(["KẾT LUẬN THANH TRA", *body, *header, "", "II. KIẾN NGHỊ"])
    assert _header_first(page).split("\n")[:4] == [*header, "KẾT LUẬN THANH TRA"]
    # a portal page printed from a browser: its title and menus above the notice's header are no body
    portal = "\n".join(["09:12 23/12/2025 Thông báo kết luận của Thứ trưởng tại cuộc họp về công tác chuẩn bị kỳ thi",
                        "Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | English",
                        *header, "", "THÔNG BÁO"])
    assert _header_first(portal) == portal


def test_a_spreadsheet_printed_to_pdf_loses_its_headings_and_its_rows_part_at_their_numbers():
    from ingest.layout_tables import read
    from ingest.loaders.pdf import _unframed

    text = "A B C D\n1 SỞ Y TẾ\n2 Số: 5/TB-SYT\n3 STT Nội dung Đơn vị chủ trì Thời hạn\n4\n1 Tiêm chủng\n5 2 Kiểm tra"
    assert _unframed(text, keep_columns=False).split("\n") == [
        "SỞ Y TẾ", "Số: 5/TB-SYT", "STT Nội dung Đơn vị chủ trì Thời hạn", "1 Tiêm chủng", "2 Kiểm tra"]
    row = "{:<6}{:<32}{:<26}{}"
    layout = "\n".join([row.format("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"), "",
                        row.format("I", "KHẮC PHỤC KHẨN CẤP", "", ""),
                        row.format("1", "Xử lý sạt lở taluy", "Khu Quản lý", "Trước ngày"),
                        row.format("", "tại đèo An Khê", "đường bộ III", "30/11/2025"),
                        row.format("2", "Thông tuyến tạm", "Sở Xây dựng", "Thường xuyên"),
                        row.format("II", "SỬA CHỮA CÔNG TRÌNH", "", ""),
                        row.format("3", "Lập hồ sơ sửa chữa", "Khu Quản lý", "Quý I/2026")])
    _, _, lines = read(layout)
    assert [x for x in lines if x] == [
        "I. KHẮC PHỤC KHẨN CẤP", "1. Xử lý sạt lở taluy tại đèo An Khê", "- Đơn vị chủ trì: Khu Quản lý đường bộ III",
        "- Thời hạn: Trước ngày 30/11/2025", "2. Thông tuyến tạm", "- Đơn vị chủ trì: Sở Xây dựng",
        "- Thời hạn: Thường xuyên", "II. SỬA CHỮA CÔNG TRÌNH", "3. Lập hồ sơ sửa chữa", "- Đơn vị chủ trì: Khu Quản lý",
        "- Thời hạn: Quý I/2026"]


def test_a_laid_out_table_without_a_number_column_has_a_row_a_block():
    from ingest.layout_tables import read

    row = "{:<22}{:<40}{}"
    layout = "\n".join([row.format("Đơn vị", "Nhiệm vụ", "Thời hạn"), "",
                        row.format("Phòng Đào tạo đại", "Chủ trì xây dựng kế hoạch nhập học,", "Trước ngày"),
                        row.format("học", "phân lớp cho tân sinh viên", "05/8/2026"), "",
                        row.format("Trạm Y tế", "Tổ chức khám sức khỏe đầu khóa", "Tháng 9/2026"), "",
                        "III. TỔ CHỨC THỰC HIỆN", "Giao Phòng Tổ chức - Hành chính theo dõi, đôn đốc các đơn vị thực hiện."])
    _, end, lines = read(layout)
    assert [x for x in lines if x] == [
        "1. Chủ trì xây dựng kế hoạch nhập học, phân lớp cho tân sinh viên", "- Đơn vị: Phòng Đào tạo đại học",
        "- Thời hạn: Trước ngày 05/8/2026", "2. Tổ chức khám sức khỏe đầu khóa", "- Đơn vị: Trạm Y tế",
        "- Thời hạn: Tháng 9/2026"] and end == 6


def test_items_numbered_inside_a_paragraph_each_name_their_unit():
    text = ("BỘ TÀI CHÍNH\nSố: 9/TB-BTC\nTHÔNG BÁO\nKết luận\n1. Về kết nối dữ liệu: (1) Cục Thuế hoàn thành kết nối dữ "
            "liệu hóa đơn trước ngày 30/9/2026; (2) Cục Hải quan chia sẻ dữ liệu tờ khai với Cục Thống kê; (3) Kho bạc "
            "Nhà nước cung cấp số liệu thu, chi chậm nhất ngày 12 hằng tháng.")
    [p] = parse_document(Document("t.txt", "txt", text), "0" * 64)
    assert [d.assignee for d in p.directives] == ["Cục Thuế", "Cục Hải quan", "Kho bạc Nhà nước"]


def test_a_topic_lead_in_and_a_comrade_before_the_unit_that_acts():
    text = ("BỘ CHỈ HUY QUÂN SỰ TỈNH\nSố: 7/TB-BCH\nTHÔNG BÁO\nKết luận\n1. Chế độ báo cáo: Các Ban Chỉ huy Phòng thủ khu "
            "vực báo cáo tiến độ tuyển quân hằng tuần.\n2. Giao đồng chí Phó Chỉ huy trưởng - Tham mưu trưởng trực tiếp "
            "chỉ đạo, kiểm tra công tác tuyển quân.\n3. Trưởng các khoa, phòng, tổ có trách nhiệm phổ biến nội dung "
            "Thông báo.")
    [p] = parse_document(Document("t.txt", "txt", text), "0" * 64)
    assert [d.assignee for d in p.directives] == ["Các Ban Chỉ huy Phòng thủ khu vực",
                                                  "Phó Chỉ huy trưởng - Tham mưu trưởng", "Trưởng các khoa, phòng, tổ"]


def _items(text: str) -> list[tuple[str, str | None]]:
    [p] = parse_document(Document("t.txt", "txt", text), "0" * 64)
    return [(d.assignee, d.due) for d in p.directives]


def test_a_person_told_to_act_by_name_and_title():
    text = ("THÔNG BÁO\nKết luận của Giám đốc Sở\n1. Đồng chí Hồ Thị Ngọc Trâm, Phó Giám đốc Sở: chỉ đạo Phòng Công chức"
            " hoàn thiện dự thảo Quyết định, trước ngày 28/02/2026.\n2. Giao đồng chí Chánh Văn phòng Sở tổng hợp báo cáo"
            " kết quả công tác tháng.")
    assert _items(text) == [("Đồng chí Hồ Thị Ngọc Trâm, Phó Giám đốc Sở", "2026-02-28"),
                            ("Chánh Văn phòng Sở", None)]
    assert same_unit("đồng chí Chánh Văn phòng Sở", "Chánh Văn phòng Sở")  # "đồng chí" addresses, it names no one
    assert subjects("Đồng chí Nguyễn Văn An, Phó Giám đốc Sở chủ trì, phối hợp với Phòng Tài chính rà soát") == [
        "Đồng chí Nguyễn Văn An, Phó Giám đốc Sở"]  # the title ends at the verb
    assert subjects("Giao cho đồng chí Phan Văn Lực, Phó Giám đốc Sở, theo dõi kỳ tuyển dụng") == [
        "đồng chí Phan Văn Lực, Phó Giám đốc Sở"]
    assert not same_unit("Thư ký HĐTV", "HĐTV")  # a secretary acts for herself, a chairman for his council


def test_a_heading_naming_an_elided_list_is_one_assignee_as_written():
    text = ("THÔNG BÁO\nKết luận\n5/ UBND các phường: Sầm Sơn, Quảng Tiến và xã Hải Tiến:\n"
            "a- Bố trí đủ thùng rác trên các bãi tắm xong trước ngày 15/4/2026.\n"
            "b- Giải tỏa các lều, quán lấn chiếm bờ biển, hoàn thành trước ngày 20/3/2026.")
    group = "UBND các phường: Sầm Sơn, Quảng Tiến và xã Hải Tiến"
    assert _items(text) == [(group, "2026-04-15"), (group, "2026-03-20")]  # "a-" points, as old portals letter them


def test_a_letter_s_lead_in_addresses_its_numbered_requests():
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 91/SKHCN-CĐS\nV/v triển khai ký số\nKính gửi: Các sở, ban, ngành\n"
            "Để nâng cao hiệu quả, Sở Khoa học và Công nghệ đề nghị các đơn vị:\n"
            "1. Rà soát, gia hạn chứng thư chữ ký số, gửi danh sách về Sở trước ngày 20/01/2026.\n"
            "2. Thực hiện ký số 100% văn bản đi.")
    assert _items(text) == [("các đơn vị", "2026-01-20"), ("các đơn vị", None)]


def test_a_web_page_laid_out_in_tables_is_read_once(tmp_path):
    from ingest.loaders import load

    notice = ("<table><tr><td>UBND TỈNH THANH HÓA<br>VĂN PHÒNG<br>Số: 97/TB-VPUB</td><td>Thanh Hóa, ngày 21 tháng 01 năm"
              " 2026</td></tr></table><p>THÔNG BÁO</p><p>Kết luận</p><p>1/ Sở Y tế kiểm tra an toàn thực phẩm trước ngày"
              " 30/4/2026.</p>")
    f = tmp_path / "portal.html"
    f.write_text(f"<html><body><table><tr><td>CỔNG THÔNG TIN</td></tr><tr><td><table><tr><td>Văn bản mới</td>"
                 f"<td>{notice}</td></tr></table></td></tr></table></body></html>", "utf-8")
    doc = load(f)
    assert doc.text.count("Sở Y tế kiểm tra") == 1
    [p] = parse_document(doc, "0" * 64)
    assert (p.notice.number, [(d.assignee, d.due) for d in p.directives]) == ("97/TB-VPUB", [("Sở Y tế", "2026-04-30")])


def test_markdown_check_boxes_and_quotes_are_the_page_s_not_the_notice_s(tmp_path):
    from ingest.loaders import load

    f = tmp_path / "notion.md"
    f.write_text("# TB 19\n\n> TRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT VĨNH LONG\n> Số: 19/TB-ĐHSPKTVL\n>\n> Vĩnh Long, ngày 26"
                 " tháng 01 năm 2026\n>\n> **THÔNG BÁO**\n\n- [x]  1. **Phòng Đào tạo** hoàn thiện Đề án tuyển sinh, trình"
                 " Hiệu trưởng chậm nhất ngày 06/02/2026.\n- [ ]  2. **Trung tâm Chuyển đổi số** nâng cấp cổng đăng ký"
                 " xét tuyển trong tháng 3/2026.\n\n> **KT. HIỆU TRƯỞNG**\n> **PHÓ HIỆU TRƯỞNG**\n> **Lâm Thị Phương Dung**\n",
                 "utf-8")
    [p] = parse_document(load(f), "0" * 64)
    assert (p.notice.number, p.notice.signer) == ("19/TB-ĐHSPKTVL", "Lâm Thị Phương Dung")
    assert [(d.section[:2], d.assignee, d.due) for d in p.directives] == [
        ("1.", "Phòng Đào tạo", "2026-02-06"), ("2.", "Trung tâm Chuyển đổi số", "2026-03-31")]


def test_a_council_inside_a_body_issues_as_that_body_s():
    text = ("SỞ Y TẾ TỈNH LÂM ĐỒNG\nBỆNH VIỆN ĐA KHOA TỈNH\nHỘI ĐỒNG THUỐC VÀ ĐIỀU TRỊ\nSố: 17/TB-HĐTĐT\n"
            "Lâm Đồng, ngày 08 tháng 01 năm 2026\nTHÔNG BÁO\nKết luận phiên họp\n1. Khoa Dược rà soát danh mục thuốc.")
    [p] = parse_document(Document("t.txt", "txt", text), "0" * 64)
    assert unit_key(p.notice.issuer) == unit_key("Hội đồng Thuốc và Điều trị Bệnh viện Đa khoa tỉnh Lâm Đồng")


def test_for_whom_a_paragraph_is_meant_then_what_they_do():
    text = ("THÔNG BÁO\nKết luận\n1. Sở Tài chính tổng hợp dự toán.\nĐối với UBND các xã, phường có tỷ lệ ký số dưới 80%"
            " (danh sách kèm theo): chỉ đạo bộ phận văn thư khắc phục, báo cáo về Sở trước ngày 27/02/2026.")
    assert _items(text)[-1] == ("UBND các xã, phường có tỷ lệ ký số dưới 80%", "2026-02-27")


def test_word_revisions_are_read_accepted_and_content_controls_read(tmp_path):
    import docx
    from docx.oxml import parse_xml

    from ingest.loaders import load

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    for line in ("UBND TỈNH PHÚ THỌ", "VĂN PHÒNG", "Số: 118/TB-VPUBND", "THÔNG BÁO", "Kết luận"):
        d.add_paragraph(line)
    body = d.element.body
    body.insert(3, parse_xml(  # a date picker: a block-level content control, under the number
        f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Phú Thọ, ngày 14 tháng 01 năm 2026</w:t></w:r></w:p>'
        f'</w:sdtContent></w:sdt>'))
    body.insert(len(body) - 1, parse_xml(  # a coordinator inserted, a deadline replaced, by tracked revision
        f'<w:p {w}><w:r><w:t xml:space="preserve">1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài'
        f' chính</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">, Sở Xây dựng</w:t></w:r>'
        f'</w:ins><w:r><w:t xml:space="preserve"> rà soát các công trình, hoàn thành trước ngày </w:t></w:r>'
        f'<w:del w:id="2" w:author="a"><w:r><w:delText>30/01/2026</w:delText></w:r></w:del>'
        f'<w:ins w:id="3" w:author="a"><w:r><w:t>06/02/2026</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>'))
    f = tmp_path / "revised.docx"
    d.save(f)
    doc = load(f)
    assert "30/01/2026" not in doc.text and "Phú Thọ, ngày 14 tháng 01 năm 2026" in doc.text
    [p] = parse_document(doc, "0" * 64)
    assert p.notice.date == "2026-01-14"
    [t] = p.directives
    assert (t.assignee, list(t.coordinators), t.due) == ("Sở Nông nghiệp và Môi trường", ["Sở Tài chính", "Sở Xây dựng"],
                                                          "2026-02-06")


def test_a_report_that_is_due_is_a_task_a_report_made_is_not():
    assert subjects("Các đơn vị nêu tại mục 2 báo cáo kết quả rà soát về Chủ đầu tư, chậm nhất ngày 20/3/2026.") == [
        "Các đơn vị nêu tại mục 2"]
    assert subjects("Sở Tài chính báo cáo kết quả thu ngân sách 9 tháng đạt 76%.") == []
    assert subjects("Sở Tài chính báo cáo kết quả thu ngân sách trong tháng 9/2025 đạt 76%.") == []  # a period, no due


@pytest.mark.parametrize("lead", ["Sở Khoa học và Công nghệ đề nghị các đơn vị:", "Đề nghị các đơn vị:",
                                  "UBND tỉnh yêu cầu các sở, ban, ngành:"])
def test_a_lead_in_to_a_group_addresses_the_numbered_requests(lead):
    from ingest.directives import _notice_addressee

    assert _notice_addressee(f"Để nâng cao hiệu quả, {lead}", "") == lead[lead.index("các"):].rstrip(":")


def test_word_tab_stops_text_boxes_and_nested_tables(tmp_path):
    import docx
    from docx.oxml import parse_xml

    from ingest.loaders import load

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    body = d.element.body
    body.insert(0, parse_xml(  # a paragraph with tab stops (its w:pPr's w:tab are no text) and a text box in a run
        f'<w:p {w}><w:pPr><w:tabs><w:tab w:val="center" w:pos="2000"/><w:tab w:val="center" w:pos="7000"/></w:tabs>'
        f'</w:pPr><w:r><w:t>UBND TỈNH PHÚ THỌ</w:t></w:r><w:r><w:tab/><w:t>CỘNG HÒA</w:t></w:r>'
        f'<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Số: 5/TB-UBND</w:t></w:r></w:p>'
        f'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Phú Thọ, ngày 14 tháng 01 năm 2026</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        f'</w:txbxContent></w:pict></w:r></w:p>'))
    body.insert(1, parse_xml(  # a table in a cell
        f'<w:tbl {w}><w:tr><w:tc><w:p><w:r><w:t>outer</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r>'
        f'<w:t>inner cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>'))
    f = tmp_path / "boxes.docx"
    d.save(f)
    text = load(f).text
    assert "Số: 5/TB-UBND" in text and "Phú Thọ, ngày 14 tháng 01 năm 2026" in text and "inner cell" in text
    assert "UBND TỈNH PHÚ THỌ\tCỘNG HÒA" in text and "\t\tUBND" not in text


def test_a_task_table_with_a_table_in_a_cell_stays_a_table(tmp_path):
    from ingest.loaders import load

    f = tmp_path / "t.html"
    f.write_text("<html><body><p>THÔNG BÁO</p><table><tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th>"
                 "<th>Thời hạn</th></tr><tr><td>1</td><td>Rà soát hồ sơ<table><tr><td>ghi chú</td></tr></table></td>"
                 "<td>Sở Tài chính</td><td>30/6/2026</td></tr></table></body></html>", "utf-8")
    text = load(f).text
    assert "Đơn vị chủ trì: Sở Tài chính" in text and "Thời hạn: 30/6/2026" in text  # read as a task table's row


def test_a_name_after_the_recipients_is_the_signer_a_lower_case_word_is_not():
    from ingest.normalize import _FOOTER_JOINS

    assert _FOOTER_JOINS.sub("\n", "- Lưu: VT, TK HĐTV. Y Blih Mlô").split("\n") == ["- Lưu: VT, TK HĐTV.", "Y Blih Mlô"]
    assert "\n" not in _FOOTER_JOINS.sub("\n", "- Các đơn vị liên quan; ở Hà Nội")


def test_check_boxes_keep_any_item_marker():
    from ingest.loaders.text import bullets

    assert bullets("- [ ] 1.2. Sở X rà soát\n- [x] a) Sở Y\n- [ ] Nhắc Khoa Cơ khí") == \
        "1.2. Sở X rà soát\na) Sở Y\n- Nhắc Khoa Cơ khí"


@pytest.mark.parametrize("header,issuer", [
    # a faculty is its university's; a branch is named after its bank, the country left out
    ("TRƯỜNG ĐẠI HỌC NAM SƠN\nKHOA Y DƯỢC", "KHOA Y DƯỢC, TRƯỜNG ĐẠI HỌC NAM SƠN"),
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nCHI NHÁNH KHU VỰC 10", "NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH KHU VỰC 10"),
    # a Chi cục takes the province of its department; a body ending in a bare level takes the parent's place
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH NAM SƠN\nCHI CỤC KIỂM LÂM", "CHI CỤC KIỂM LÂM TỈNH NAM SƠN"),
    ("ĐẢNG BỘ TỈNH NAM SƠN\nĐẢNG ỦY CÔNG AN TỈNH", "ĐẢNG ỦY CÔNG AN TỈNH NAM SƠN"),
    # a team is its body's
    ("SỞ CÔNG THƯƠNG NAM SƠN\nĐOÀN KIỂM TRA LIÊN NGÀNH", "ĐOÀN KIỂM TRA LIÊN NGÀNH SỞ CÔNG THƯƠNG NAM SƠN"),
    # a standing board speaks for its committee
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH NAM SƠN\nBAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM TỈNH NAM SƠN"),
    # a mass organisation's executive committee speaks for it
    ("HỘI CỰU CHIẾN BINH VIỆT NAM\nBAN CHẤP HÀNH TỈNH NAM SƠN", "HỘI CỰU CHIẾN BINH TỈNH NAM SƠN"),
    ("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH NAM SƠN", "HỘI NÔNG DÂN TỈNH NAM SƠN"),
    ("ĐẢNG BỘ TỈNH NAM SƠN\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH", "ĐẢNG BỘ TỈNH NAM SƠN"),
    # the agency's last line beside the number
    ("CỤC KHÍ TƯỢNG THỦY VĂN\nĐÀI KHÍ TƯỢNG THỦY VĂN\nKHU VỰC NAM BỘ Số: 5/TB-KTTV",
     "ĐÀI KHÍ TƯỢNG THỦY VĂN KHU VỰC NAM BỘ"),
])
def test_the_body_over_an_issuer_completes_its_name(header, issuer):
    number = "" if "Số:" in header else "\nSố: 5/TB-KTTV"
    text = (f"{header}{number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNam Sơn, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\n"
            "Kết luận\n1. Phòng Kế hoạch rà soát, hoàn thành trước ngày 30/3/2026.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert (p.notice.issuer, p.notice.number) == (issuer, "5/TB-KTTV")


def test_lettered_points_with_a_dot_and_staff_named_by_their_role():
    text = ("THÔNG BÁO\nKết luận\nII. GIAO NHIỆM VỤ\na. Bộ môn Nội chủ trì hoàn thiện đề cương, trình Khoa thông qua.\n"
            "Thời gian hoàn thành: trước ngày 29/5/2026.\nb. Cố vấn học tập các lớp có trách nhiệm tư vấn cho sinh viên.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.section.split(" › ")[-1][:2], d.assignee, d.due) for d in p.directives] == [
        ("a)", "Bộ môn Nội", "2026-05-29"), ("b)", "Cố vấn học tập các lớp", None)]


@pytest.mark.parametrize("line,field", [
    ("- Đơn vị, người thực hiện: Tòa Hình sự", ("lead", "Tòa Hình sự")),
    ("- Cá nhân thực hiện: Văn phòng", ("lead", "Văn phòng")),
    ("- Đơn vị phối hợp: Sở Tư pháp", ("coordinators", "Sở Tư pháp")),
])
def test_labelled_task_lines(line, field):
    from ingest.directives import task_field
    assert task_field(line)[:2] == field


def test_a_portal_article_relays_its_notice_in_the_lead_above_the_body():
    # the body's container is the largest, but the headline and the lead ("sapo") name the notice it relays
    from ingest.loaders.html import load_html
    from ingest.pipeline import parse_document

    page = ("<html><body><article class='news-detail'><h1>Ban Quản lý rừng triển khai nhiệm vụ mùa mưa</h1>"
            "<div class='meta'>Ngày đăng: 08/06/2026</div><div class='sapo'>Ban Quản lý rừng phòng hộ Nam Sơn vừa có "
            "Thông báo số 86/TB-BQLRPH ngày 05/6/2026 kết luận của Giám đốc Ban tại cuộc họp.</div>"
            "<div class='content'><p>Cuộc họp do Giám đốc Ban chủ trì.</p><ol><li>Phòng Kế hoạch - Tài chính được "
            "giao hoàn thiện hồ sơ nghiệm thu, chi trả xong chậm nhất ngày 15/7/2026.</li><li>Tổ Kỹ thuật lâm sinh "
            "tổ chức trồng dặm rừng trồng năm 2025, hoàn thành trước ngày 31/8/2026.</li></ol>"
            + "<p>Các đơn vị phải nêu cao tinh thần trách nhiệm trong mùa mưa năm nay.</p>" * 6
            + "</div></article></body></html>")
    [p] = parse_document(load_html("p.html", page.encode()), "0" * 64)
    assert (p.notice.number, p.notice.date) == ("86/TB-BQLRPH", "2026-06-05")
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Kế hoạch - Tài chính", "2026-07-15"),
                                                           ("Tổ Kỹ thuật lâm sinh", "2026-08-31")]


def test_words_numbering_tab_near_the_top_is_no_column():
    # a short notice's items fall within the header's first lines, where tabs divide the header's columns
    text = ("SỞ Y TẾ\nSố: 5/TB-SYT\nTHÔNG BÁO\nKết luận\nII. NHIỆM VỤ\n1.\tPhòng Nghiệp vụ Y:\n"
            "a)\tChủ trì kiểm tra các bệnh viện, hoàn thành trước ngày 15/4/2026.\nb)\tCập nhật dữ liệu hằng tháng.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Nghiệp vụ Y", "2026-04-15"),
                                                           ("Phòng Nghiệp vụ Y", None)]
    assert p.directives[0].quote.startswith("a) Chủ trì")


def test_an_export_runs_a_layout_cells_paragraphs_together():
    # Google Docs' markdown: each paragraph of a header or signature cell keeps its emphasis, on one line; an
    # embedded image and its data; a signer whose name joins two words with an apostrophe
    from ingest.tables import markdown

    text = ("| UBND TỈNH NAM SƠN **BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP** Số: 29/TB-KCN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
            "NAM** *Nam Sơn, ngày 06 tháng 4 năm 2026* |\n| :---: | :---: |\n\n**THÔNG BÁO**\n\n**Kết luận của Trưởng ban**"
            "\n\n1. Phòng Quản lý Đầu tư rà soát hồ sơ, hoàn thành trước ngày 30/4/2026.\n\n| *Nơi nhận:* \\- Trưởng ban; "
            "\\- Lưu: VT. | **KT. TRƯỞNG BAN** **PHÓ TRƯỞNG BAN** ![][image1] **Rơ Châm H'Yên** |\n| :---- | :---: |\n\n"
            "[image1]: <data:image/png;base64,iVBORw0KGgo=>\n")
    [p] = parse_document(Document("x.md", "md", markdown(text)), "0" * 64)
    n = p.notice
    assert (n.number, n.date, n.signer, n.signer_title) == ("29/TB-KCN", "2026-04-06", "Rơ Châm H'Yên",
                                                            "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN")
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Quản lý Đầu tư", "2026-04-30")]


@pytest.mark.parametrize("text,number,date", [
    # an e-office record above a copy whose number was stamped at signing: the header's "Số:   /TB-SNV" is blank
    (("Số ký hiệu:   104/TB-SNV\nNgày ban hành:   20/05/2026\nCơ quan ban hành:  Sở Nội vụ tỉnh Nam Sơn\n-----\n"
      "UBND TỈNH NAM SƠN\nSỞ NỘI VỤ\nSố:       /TB-SNV\nNam Sơn, ngày 20 tháng 5 năm 2026\nTHÔNG BÁO\nKết luận\n"
      "1. Phòng Văn thư - Lưu trữ rà soát hồ sơ, hoàn thành trước ngày 30/6/2026.\n"), "104/TB-SNV", "2026-05-20"),
    # a portal article: "X vừa có Thông báo số N ngày D truyền đạt kết luận ..."
    (("Phát triển du lịch phía Đông tỉnh\n(NSO) - Văn phòng UBND tỉnh vừa có Thông báo số 263/TB-VPUBND ngày "
      "25/5/2026 truyền đạt kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi kiểm tra thực địa.\n"
      "1. Sở Văn hóa, Thể thao và Du lịch rà soát các điểm du lịch, hoàn thành trước ngày 30/6/2026.\n"),
     "263/TB-VPUBND", "2026-05-25"),
])
def test_the_number_from_where_the_notice_itself_leaves_it_blank_or_unsaid(text, number, date):
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert (p.notice.number, p.notice.date) == (number, date)
    assert [d.due for d in p.directives] == ["2026-06-30"]


def test_minutes_signed_in_two_columns_without_recipients_and_a_page_number_under_them():
    text = ("SỞ CÔNG THƯƠNG NAM SƠN\nĐOÀN KIỂM TRA\nSố: 3/BB-ĐKT\nNam Sơn, ngày 14 tháng 5 năm 2026\nBIÊN BẢN LÀM VIỆC\n"
            "1. Đề nghị UBND xã Sơn Kim 1 diễn tập sơ tán dân trong tháng 7/2026.\n"
            "Biên bản kết thúc vào lúc 11 giờ 30 phút cùng ngày.\nĐẠI DIỆN CÔNG TY TRƯỞNG ĐOÀN KIỂM TRA\n"
            "GIÁM ĐỐC PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG\nPhạm Đức Tịnh Nguyễn Hữu Diên\n"
            "THƯ KÝ ĐẠI DIỆN UBND XÃ SƠN KIM 1\nHồ Thị Ngân Hà Lê Văn Hào\n2\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert p.notice.signer == "Nguyễn Hữu Diên"


def test_a_listed_group_with_a_unit_joined_after_it():
    from ingest.directives import subjects

    assert subjects("UBND các phường: Phổ Yên, Sông Công và UBND xã Đại Từ (nơi đặt trụ sở cũ) bố trí kho tạm") == [
        "UBND các phường: Phổ Yên, Sông Công", "UBND xã Đại Từ"]


def test_a_ditto_cell_repeats_the_row_above():
    from ingest.tables import render

    rows = [["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], ["1", "Rà soát sản phẩm OCOP", "Trung tâm Khuyến công",
                                                                  "Quý II/2026"],
            ["2", "Hỗ trợ sản phẩm lên sàn thương mại điện tử", "- nt -", "- nt -"]]
    assert "- Đơn vị chủ trì: Trung tâm Khuyến công" in render(rows)[-3:]


def test_a_roman_heading_after_items_is_their_parents_sibling_and_trach_nhiem_cua_heads_its_points():
    text = ("BIÊN BẢN LÀM VIỆC\nHôm nay, chúng tôi gồm:\n1. Đại diện UBND xã Sơn Lang: ông A.\n"
            "2. Mời tham dự: Hạt Kiểm lâm.\nII. NỘI DUNG THỐNG NHẤT\n1. Trách nhiệm của Công ty TNHH MTV Lâm nghiệp Sơ Pai:\n"
            "a) Hoàn thiện hồ sơ ranh giới, gửi UBND xã trước ngày 15/4/2026.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.section.split(" › ")[0][:3], d.assignee, d.due) for d in p.directives] == [
        ("II.", "Công ty TNHH MTV Lâm nghiệp Sơ Pai", "2026-04-15")]


def test_a_line_that_ends_on_a_preposition_or_a_comma_runs_on_but_a_recipients_line_does_not():
    from ingest.normalize import clean

    text = ("4. Phòng Hành chính tham mưu điều động 06 viên chức từ\nChi nhánh Sa Đéc tăng cường cho Chi nhánh Cao Lãnh,\n"
            "Chi nhánh Mỹ Tho, chậm nhất ngày 20/01/2026.\nNơi nhận:\n- Ban Tổ chức Tỉnh ủy,\nDương Hữu Phước\n")
    lines = clean(text).text.split("\n")
    assert lines[0].endswith("chậm nhất ngày 20/01/2026.") and lines[-1] == "Dương Hữu Phước"


def test_a_portal_names_its_province_in_the_page_title_and_a_byline_signs_nothing():
    from ingest.loaders.html import load_html
    from ingest.pipeline import parse_document

    page = ("<html><head><title>Phát triển du lịch phía Đông - Cổng thông tin điện tử tỉnh Nam Sơn</title></head><body>"
            "<article><h1>Phát triển du lịch phía Đông</h1><div class='content'><p>(NSO) - Văn phòng UBND tỉnh vừa có "
            "Thông báo số 263/TB-VPUBND ngày 25/5/2026 truyền đạt kết luận của đồng chí Phó Chủ tịch UBND tỉnh.</p>"
            "<p>- Sở Xây dựng hoàn thiện quy hoạch, trình phê duyệt chậm nhất ngày 31/8/2026.</p>"
            "<p>Hà Linh</p></div></article><footer>Địa chỉ: tỉnh Nam Sơn</footer></body></html>")
    doc = load_html("p.html", page.encode())
    assert doc.site == "Cổng thông tin điện tử tỉnh Nam Sơn"
    [p] = parse_document(doc, "0" * 64)
    assert (p.notice.issuer, p.notice.signer) == ("Văn phòng UBND tỉnh Nam Sơn", "")


def test_converter_bold_underscores_a_due_cell_reached_by_den_and_a_border_of_dashes():
    from ingest.deadlines import find_deadlines
    from ingest.tables import markdown

    assert markdown("__UBND TỈNH NAM SƠN__ __SỞ NỘI VỤ__").split("\n")[0] == "**UBND TỈNH NAM SƠN** **SỞ NỘI VỤ**"
    assert [d.due for d in find_deadlines("- Thời hạn: Đến 30/9/2026")] == ["2026-09-30"]
    assert [d.due for d in find_deadlines("số liệu tính đến 30/9/2026")] == []
    from ingest.notice import _CAPACITY
    assert not _CAPACITY.match("----------------------------") and _CAPACITY.match("KT. GIÁM ĐỐC")


def test_a_heading_and_its_first_point_on_one_line():
    text = ("THÔNG BÁO\nKết luận\nII- Nhiệm vụ\n1- Phòng Kế hoạch tổng hợp: a) Chủ trì rà soát quy trình khám bệnh "
            "(trước ngày 15/6/2026).\nb) Kiểm tra hồ sơ bệnh án ra viện.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Kế hoạch tổng hợp", "2026-06-15"),
                                                           ("Phòng Kế hoạch tổng hợp", None)]


def test_a_pdf_task_table_pasted_cell_by_cell_with_a_partners_column():
    from ingest.normalize import clean

    text = ("Chủ tịch UBND phường giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n"
            "TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian hoàn\nthành\n1\n"
            "Xây dựng phương án bảo đảm trật tự, an toàn giao\nthông dịp Tết Nguyên đán\nCông an phường\n"
            "Phòng Kinh tế, Hạ tầng và Đô thị; các khóm\nTrước ngày 20/12/2025\n2\n"
            "Đẩy nhanh giải ngân vốn đầu tư công\nPhòng Kinh tế, Hạ tầng và Đô thị\nVăn phòng HĐND và UBND phường\n"
            "Đạt 100% kế hoạch\ntrước ngày 31/01/2026\n")
    lines = clean(text, reflow=80).text.split("\n")
    assert "- Đơn vị thực hiện: Công an phường" in lines
    assert "- Đơn vị phối hợp: Văn phòng HĐND và UBND phường" in lines
    assert "- Thời hạn: Đạt 100% kế hoạch trước ngày 31/01/2026" in lines


def test_a_person_by_name_and_title_whose_title_runs_into_the_verb():
    from ingest.directives import subjects

    assert subjects("Yêu cầu đ/c Lò Văn Tiến, Phó Chủ tịch UBND xã trực tiếp chỉ đạo việc hướng dẫn") == [
        "đ/c Lò Văn Tiến, Phó Chủ tịch UBND xã"]


def test_pandocs_double_hyphen_is_a_dash_in_a_name():
    from ingest.tables import markdown
    from ingest.units import same_unit

    assert markdown("2. Phòng Kỹ thuật -- Vật tư rà soát thiết bị.") == "2. Phòng Kỹ thuật – Vật tư rà soát thiết bị."
    assert same_unit("Phòng Kỹ thuật -- Vật tư", "Phòng Kỹ thuật - Vật tư")


@pytest.mark.parametrize("text,group", [
    ("Đề nghị Đảng ủy các xã: Ia Dom, Ia Nan và Ia Chia lãnh đạo xã", "Đảng ủy các xã: Ia Dom, Ia Nan và Ia Chia"),
    ("Chi bộ các ấp: Phú Lâm 1, Phú Thịnh và Trà Cổ lãnh đạo", "Chi bộ các ấp: Phú Lâm 1, Phú Thịnh và Trà Cổ"),
    ("Ban Thường vụ Đảng ủy các xã: Đàm Thủy, Trùng Khánh lãnh đạo", "Ban Thường vụ Đảng ủy các xã: Đàm Thủy, Trùng Khánh"),
])
def test_listed_groups_of_party_cells_hamlets_and_their_leadership(text, group):
    from ingest.directives import _lead_field, subjects

    assert subjects(text) == [group]
    assert _lead_field("Chủ tịch UBND các xã: Yên Châu, Mai Sơn và Sông Mã") == (
        ["Chủ tịch UBND các xã: Yên Châu, Mai Sơn và Sông Mã"], [])


@pytest.mark.parametrize("text,group", [
    ("Đề nghị UBND các xã, phường có vận động viên tham dự Đại hội tạo điều kiện cho vận động viên",
     "UBND các xã, phường có vận động viên tham dự Đại hội"),
    ("Đề nghị Ủy ban nhân dân các xã có đường biên giới, cửa khẩu chỉ đạo các ấp biên giới tuyên truyền",
     "Ủy ban nhân dân các xã có đường biên giới, cửa khẩu"),
])
def test_a_group_qualified_by_co_runs_to_its_verb(text, group):
    from ingest.directives import subjects

    assert subjects(text) == [group]


def test_a_bien_bans_parties_and_hai_ben():
    text = ("BIÊN BẢN LÀM VIỆC\nVề việc cấp điện cho các thôn\nI. THÀNH PHẦN\nBên A: Công ty Điện lực Lạng Sơn\n"
            "Bên B: Ủy ban nhân dân xã Mẫu Sơn\nII. NỘI DUNG\nHai bên trao đổi tiến độ.\nIII. CÁC NỘI DUNG THỐNG NHẤT\n"
            "1. Trách nhiệm của Bên A (Công ty Điện lực Lạng Sơn):\na) Hoàn thiện hồ sơ thiết kế, khởi công công trình "
            "trong quý II/2026.\n2. Trách nhiệm của Bên B (UBND xã Mẫu Sơn):\na) Vận động các hộ dân hiến đất, bàn giao "
            "mặt bằng trước ngày 20/4/2026.\n3. Hai bên phối hợp tổ chức nghiệm thu, đóng điện và bàn giao công trình "
            "trước ngày 30/9/2026.\n")
    [p] = parse_document(Document("bb.txt", "txt", text), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [
        ("Công ty Điện lực Lạng Sơn", "2026-06-30"), ("UBND xã Mẫu Sơn", "2026-04-20"),
        ("Công ty Điện lực Lạng Sơn", "2026-09-30"), ("UBND xã Mẫu Sơn", "2026-09-30")]


def test_a_schedule_before_the_subjects():
    from ingest.directives import subjects

    assert subjects("Định kỳ hằng quý, Phòng Giáo dục phổ thông và UBND xã Phú Đình trao đổi thông tin") == [
        "Phòng Giáo dục phổ thông", "UBND xã Phú Đình"]


def test_the_leaders_own_undertaking_and_the_closing_exhortation_are_no_tasks():
    text = ("THÔNG BÁO\nKết luận của Giám đốc Sở\nII. NHIỆM VỤ\n1. Phòng Kế hoạch rà soát danh mục dự án, hoàn thành trước "
            "ngày 15/12/2025.\n2. Giám đốc Sở sẽ trực tiếp kiểm tra công tác chuẩn bị vào tuần đầu tháng 12/2025.\n"
            "3. Phó Giám đốc Sở sẽ kiểm tra hiện trường vào đầu tháng 12/2025. Giao Văn phòng Sở theo dõi, đôn đốc, "
            "báo cáo kết quả trước ngày 20/12/2025.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [(d.assignee, d.due) for d in p.directives] == [("Phòng Kế hoạch", "2025-12-15"),
                                                           ("Văn phòng Sở", "2025-12-20")]
    from ingest.directives import _EXHORTS
    from ingest.vn import fold

    assert _EXHORTS.match(fold("căn cứ nội dung Thông báo này nghiêm túc triển khai thực hiện."))
    assert _EXHORTS.match(fold("nghiêm túc triển khai thực hiện, chịu trách nhiệm trước Chủ tịch UBND phường"))


def test_the_leader_who_speaks_before_whom_he_asks():
    from ingest.directives import subjects

    assert subjects("Đồng chí Chủ tịch yêu cầu: Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh tập "
                    "trung nhân lực, thiết bị") == ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"]
    assert subjects("Về các nội dung trình HĐND tỉnh, đồng chí Chủ tịch yêu cầu Sở Tài chính, Sở Nội vụ và Sở Tư pháp "
                    "khẩn trương hoàn chỉnh hồ sơ") == ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"]
    assert subjects("Phó Chủ tịch UBND Thành phố giao UBND các phường: Giảng Võ, Kim Liên tổ chức di dời") == [
        "UBND các phường: Giảng Võ, Kim Liên"]
    assert subjects("Giám đốc Sở yêu cầu Phòng Quản lý Khoa học thực hiện các nhiệm vụ trọng tâm sau:") == []
    assert subjects("Đồng chí Giám đốc yêu cầu Trưởng Công an các đơn vị, địa phương quán triệt đến từng cán bộ") == []


def test_a_provincial_polices_departments_are_whole():
    assert unit_names("Phòng Cảnh sát điều tra tội phạm về ma túy chủ trì, phối hợp") == [
        "Phòng Cảnh sát điều tra tội phạm về ma túy"]


def test_listed_groups_with_their_members_as_written():
    from ingest.directives import subjects

    assert subjects("Chi bộ các bản: Đôn, Kho Mường, Son, Bá và Mười lãnh đạo tổ dịch vụ") == [
        "Chi bộ các bản: Đôn, Kho Mường, Son, Bá và Mười"]  # "Đôn" is no "dọn"
    assert subjects("TYT các xã: Vạn Thắng, Vạn Hưng và Đại Lãnh rà soát tiêm vét") == [
        "TYT các xã: Vạn Thắng, Vạn Hưng và Đại Lãnh"]
    assert subjects("Các đơn vị: Phòng Tham mưu, Phòng Tổ chức cán bộ, Phòng Hậu cần rà soát quân số") == [
        "Các đơn vị: Phòng Tham mưu, Phòng Tổ chức cán bộ, Phòng Hậu cần"]
    assert subjects("Trưởng các khu phố: 1, 2, 5 và 6 vận động các hộ kinh doanh") == ["Trưởng các khu phố: 1, 2, 5 và 6"]
    assert subjects("Tổ trưởng các tổ dân phố 2, 4, 7 và 9 vận động các hộ") == ["Tổ trưởng các tổ dân phố 2, 4, 7 và 9"]


def test_deadlines_that_count_from_an_occasion_the_notice_dates():
    from ingest.deadlines import occasions

    intro = ("Sinh viên khóa 2026 nhập học tập trung từ ngày 24/8/2026 đến ngày 28/8/2026; Lễ khai giảng năm học 2026 - "
             "2027 tổ chức vào ngày 12/9/2026. Kỳ họp cuối năm 2026 của HĐND tỉnh dự kiến khai mạc ngày 08/12/2026. "
             "Báo chí tuyên truyền về Lễ hội từ ngày 01/7/2026.")  # a date that does not say when the festival is held
    events = occasions(intro)
    assert set(events) == {"nhap hoc", "khai giang", "ky hop"}
    ref = datetime.date(2026, 7, 28)
    for phrase, due in [("hoàn thành chậm nhất 05 ngày trước khi khai giảng", "2026-09-07"),
                        ("bảo đảm đưa vào sử dụng trước khi sinh viên khóa mới nhập học", "2026-08-24"),
                        ("hoạt động trong suốt thời gian nhập học tập trung", "2026-08-28"),
                        ("hoàn thành trong vòng 30 ngày kể từ ngày kết thúc đợt nhập học", "2026-09-27"),
                        ("gửi hồ sơ chậm nhất 20 ngày trước ngày khai mạc kỳ họp", "2026-11-18"),
                        ("phát hành tài liệu trước ngày khai mạc kỳ họp ít nhất 10 ngày", "2026-11-28")]:
        assert [d.due for d in find_deadlines(phrase, ref, events)] == [due], phrase
    assert find_deadlines("hoàn thành trước khi khai giảng", ref) == []  # no date given for it: none
    # another occasion of the kind, a "trước" that opens another phrase, a verb that does not say when it is held
    events = occasions("Kỳ họp thứ 9 diễn ra từ 01/7/2026. Kỳ thi tốt nghiệp năm 2026, các trường tập trung ôn tập "
                       "từ ngày 15/5/2026. Lễ hội " + "Nghinhongtruongthanh " * 6 + "0912345678.")
    assert set(events) == {"ky hop thu 9"}
    assert find_deadlines("gửi báo cáo trước kỳ họp thứ 10 ít nhất 20 ngày", ref, events) == []
    assert find_deadlines("chịu trách nhiệm trước UBND tỉnh về chuẩn bị kỳ họp thứ 9", ref, events) == []


def test_a_word_table_as_antiword_writes_it(tmp_path):
    from ingest.loaders import load

    path = tmp_path / "stp.txt"
    path.write_text("|UBND TỈNH LẠNG SƠN      |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|SỞ TƯ PHÁP        |Độc lập - Tự do - "
                    "Hạnh phúc |\n|Số: 236/TB-STP     |Lạng Sơn, ngày 21 tháng 4 năm 2026 |\n\nTHÔNG BÁO\n\nKết luận của Giám "
                    "đốc Sở\n\n1. Văn phòng Sở tổng hợp kết quả, báo cáo trước ngày 10/7/2026.\n\n|Nơi nhận: - UBND tỉnh "
                    "(b/c); - Lưu: VT.|GIÁM ĐỐC Hoàng Văn Pảo|\n", encoding="utf-8")
    [p] = parse_document(load(path), "0" * 64)
    assert (p.notice.number, p.notice.issuer, p.notice.signer, p.notice.signer_title) == (
        "236/TB-STP", "SỞ TƯ PHÁP TỈNH LẠNG SƠN", "Hoàng Văn Pảo", "GIÁM ĐỐC")


def test_a_topic_or_a_purpose_before_the_unit():
    from ingest.directives import subjects

    assert subjects("Về hạ tầng, Sở Xây dựng được giao rà soát, đề xuất phương án nâng cấp tuyến") == ["Sở Xây dựng"]
    assert subjects("đồng thời, Sở Nông nghiệp và Môi trường khẩn trương hoàn thành việc cắm mốc") == [
        "Sở Nông nghiệp và Môi trường"]
    assert subjects("Để khắc phục tồn tại, Phó Chủ tịch UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì") == [
        "Sở Văn hóa, Thể thao và Du lịch"]
    assert subjects("Để hoàn thành nhiệm vụ, Trưởng Thuế tỉnh yêu cầu các phòng, các Thuế cơ sở tập trung") == []
    assert subjects("Giám đốc Sở giao thông vận tải chỉ đạo rà soát") == ["Giám đốc Sở giao thông vận tải"]


def test_thong_bao_is_a_task_verb_but_no_reference_to_a_notice():
    from ingest.directives import _is_task, subjects

    assert subjects("Các khoa: Sư phạm, Kinh tế và Công nghệ thông tin thông báo, hướng dẫn sinh viên kiểm tra") == [
        "Các khoa: Sư phạm, Kinh tế và Công nghệ thông tin"]
    assert not _is_task("Thông báo số 316/TB-BTTTT ngày 19/7/2024 hoàn thành đợt 1")


def test_the_chair_named_before_his_title():
    text = ("SỞ XÂY DỰNG TỈNH NAM SƠN\nSố: 5/TB-SXD\nTHÔNG BÁO\nKết luận cuộc họp\nNgày 04/12/2025, ông Nguyễn Hữu Phước - "
            "Giám đốc Sở Xây dựng chủ trì cuộc họp về công tác bảo đảm trật tự an toàn giao thông.\n"
            "1. Phòng Quản lý giao thông rà soát điểm đen, hoàn thành trước ngày 30/12/2025.\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert p.notice.chair == "Nguyễn Hữu Phước"
    minutes = ("BIÊN BẢN LÀM VIỆC\nVề tiến độ dự án\nHôm nay, ngày 24/11/2025, chúng tôi gồm:\nI. THÀNH PHẦN\n"
               "1. Ban Quản lý dự án: ông Nông Văn Thắng - Phó Giám đốc Ban, chủ trì; đại diện các phòng.\n"
               "2. Nhà thầu thi công: ông Lê Văn Hải - Giám đốc.\nII. NỘI DUNG\nCác bên trao đổi.\nIII. KẾT LUẬN\n"
               "1. Nhà thầu thi công tăng ca, hoàn thành trước ngày 30/12/2025.\n")
    [p] = parse_document(Document("bb.txt", "txt", minutes), "0" * 64)
    assert p.notice.chair == "Nông Văn Thắng"
