"""The reader on forms the project had not met (issue 13), table by table, and its floors on the held-out split of
the reader's gold (eval/reader/): notices nobody tuned the rules on, scored with strict unit identity."""

from __future__ import annotations

import datetime

import pytest
from conftest import CORPUS

from eval.reader_run import evaluate
from ingest.deadlines import find_deadlines
from ingest.pipeline import parse_document
from ingest.records import Document
from ingest.units import same_unit, unit_names

REF = datetime.date(2025, 3, 24)  # a Monday

DEADLINES = [
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
    ("trong tháng 6 và tháng 7/2025", "2025-06-30"),
    ("trong năm 2025 và các năm tiếp theo", "2025-12-31"),
]


@pytest.mark.parametrize("phrase,due", DEADLINES)
def test_deadline_forms(phrase, due):
    found = find_deadlines(f"Sở Tài chính hoàn thành báo cáo, {phrase}.", REF)
    assert [d.due for d in found if d.due][:1] == [due], found


@pytest.mark.parametrize("phrase,recurring", [("trước ngày 10 hằng tháng", "monthly"),
                                              ("trước ngày 15/12 hằng năm", "yearly")])
def test_recurring_deadlines_keep_their_day(phrase, recurring):
    [d] = find_deadlines(f"gửi báo cáo {phrase}", REF)
    assert d.recurring == recurring and d.due is None and d.text == phrase


UNITS = [
    ("Bộ Tư pháp chủ trì", "Bộ Tư pháp"),
    ("Kho bạc Nhà nước tỉnh Nghệ An thanh toán", "Kho bạc Nhà nước tỉnh Nghệ An"),
    ("Ban Chỉ đạo tỉnh họp", "Ban Chỉ đạo tỉnh"),
    ("Cục Thống kê tỉnh Nghệ An tổng hợp số liệu", "Cục Thống kê tỉnh Nghệ An"),
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
]


@pytest.mark.parametrize("text,name", UNITS)
def test_unit_names_are_not_cut_by_a_word_list(text, name):
    assert unit_names(text)[0] == name


def test_unit_identity_is_equality_with_the_place_as_an_attribute():
    assert same_unit("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn")
    assert same_unit("Sở Tài chính", "Sở Tài chính tỉnh Nghệ An") and same_unit("BHXH tỉnh", "Bảo hiểm xã hội tỉnh")
    assert not same_unit("Sở Tư", "Sở Tư pháp") and not same_unit("UBND", "UBND tỉnh Hà Tĩnh")
    assert not same_unit("UBND tỉnh", "UBND huyện Kỳ Sơn") and not same_unit("Sở Y tế Nghệ An", "Sở Y tế Hà Tĩnh")


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


# Measured on the held-out split (see eval/README.md); they sit below the 0.9 targets, which this reader
# does not reach yet: raise them as it improves, never lower them.
FLOORS = {"precision": 0.85, "recall": 0.8, "due_accuracy": 0.93, "metadata_accuracy": 0.97}


def test_reader_floors_on_the_held_out_split():
    result = evaluate("test", CORPUS)
    for metric, floor in FLOORS.items():
        assert result[metric] >= floor, (metric, result[metric], result["per_layout"])
