"""Tests for ingest.deadlines: hand-computed expectations, false positives and real corpus sentences."""

from __future__ import annotations

import datetime
import unicodedata

import pytest
from conftest import CORPUS as CORPUS_ROOT

from ingest.deadlines import Deadline, find_deadlines, parse_date_phrase

CORPUS = CORPUS_ROOT / "notices"
REF = datetime.date(2024, 9, 15)


def only(text: str, ref: datetime.date | None = REF) -> Deadline:
    found = find_deadlines(text, ref)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start:d.end] == d.text
    return d


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


# (sentence, expected text, due, precision, starts)
CASES = [
    # exact dates with a lead-in
    ("Hoàn thành trước ngày 31/12/2026.", "trước ngày 31/12/2026", "2026-12-31", "day", None),
    ("hoàn thành trước ngày 30/7/2026", "trước ngày 30/7/2026", "2026-07-30", "day", None),
    ("gửi báo cáo trước ngày 20 tháng 10 năm 2024", "trước ngày 20 tháng 10 năm 2024", "2024-10-20", "day", None),
    ("chậm nhất ngày 15/10/2024 phải nộp", "chậm nhất ngày 15/10/2024", "2024-10-15", "day", None),
    # "from now until", and an occasion dated in brackets
    ("duy trì trực từ nay đến ngày 30/9/2026", "từ nay đến ngày 30/9/2026", "2026-09-30", "day", None),
    ("trực 24/24 giờ đến hết mùa khô (ngày 30/9/2026);", "đến hết mùa khô (ngày 30/9/2026", "2026-09-30", "day",
     None),
    ("đến hết ngày 31.12.2024", "đến hết ngày 31.12.2024", "2024-12-31", "day", None),
    ("Hạn chót: 15-11-2024", "15-11-2024",  # a label is no part of the deadline it labels
     "2024-11-15", "day", None),
    ("thời hạn 05/01/2025", "thời hạn 05/01/2025", "2025-01-05", "day", None),
    ("không quá ngày 2024-11-30", "không quá ngày 2024-11-30", "2024-11-30", "day", None),
    ("xong trước 30/10", "trước 30/10", "2024-10-30", "day", None),  # no year: ref year
    ("xong trước 30/6", "trước 30/6", "2025-06-30", "day", None),  # 30/6/2024 is >1 month before ref -> next year
    ("xong trước 20/8", "trước 20/8", "2024-08-20", "day", None),  # within a month before ref: same year
    ("từ ngày 01/11 đến ngày 30/11/2023", "từ ngày 01/11 đến ngày 30/11/2023", "2023-11-30", "day", "2023-11-01"),
    # months
    ("Yêu cầu hoàn thành hồ sơ trong tháng 9/2023.", "trong tháng 9/2023", "2023-09-30", "month", None),
    ("trong tháng 10 năm 2023", "trong tháng 10 năm 2023", "2023-10-31", "month", None),
    ("hoàn thành trong tháng 2/2024", "trong tháng 2/2024", "2024-02-29", "month", None),  # leap year
    ("đến hết tháng 12/2024", "đến hết tháng 12/2024", "2024-12-31", "month", None),
    ("trong tháng 12", "trong tháng 12", "2024-12-31", "month", None),
    ("trước tháng 6/2024", "trước tháng 6/2024", "2024-05-31", "month", None),  # "before June" excludes June
    # early / mid / late month
    ("chậm nhất vào đầu tháng 12/2023", "chậm nhất vào đầu tháng 12/2023", "2023-12-10", "early_month", None),
    ("giữa tháng 11/2024", "giữa tháng 11/2024", "2024-11-20", "mid_month", None),
    ("hoàn thành vào cuối tháng 6/2024", "hoàn thành vào cuối tháng 6/2024", "2024-06-30", "late_month", None),
    ("tổ chức vào cuối tháng 6/2024", "cuối tháng 6/2024", "2024-06-30", "late_month", None),
    ("cuối tháng 2/2023", "cuối tháng 2/2023", "2023-02-28", "late_month", None),
    ("thượng tuần tháng 12/2024", "thượng tuần tháng 12/2024", "2024-12-10", "early_month", None),
    ("hạ tuần tháng 4/2025", "hạ tuần tháng 4/2025", "2025-04-30", "late_month", None),
    # month ranges
    ("từ tháng 11-12/2023", "từ tháng 11-12/2023", "2023-12-31", "month_range", "2023-11-01"),
    ("Trong khoảng thời gian từ tháng 11-12/2023, Phòng", "Trong khoảng thời gian từ tháng 11-12/2023",
     "2023-12-31", "month_range", "2023-11-01"),
    ("từ tháng 11 đến tháng 12/2023", "từ tháng 11 đến tháng 12/2023", "2023-12-31", "month_range", "2023-11-01"),
    ("từ tháng 11/2023 đến tháng 2/2024", "từ tháng 11/2023 đến tháng 2/2024", "2024-02-29", "month_range",
     "2023-11-01"),
    ("trong tháng 11-12/2024", "trong tháng 11-12/2024", "2024-12-31", "month_range", "2024-11-01"),
    # quarters and half years
    ("hoàn thành trong quý I năm 2024", "trong quý I năm 2024", "2024-03-31", "quarter", None),
    ("gửi báo cáo trước kỳ họp thứ 12 HĐND tỉnh (dự kiến ngày 15/12/2024).",
     "trước kỳ họp thứ 12 HĐND tỉnh (dự kiến ngày 15/12/2024)", "2024-12-15", "day", None),
    ("hoàn thành trong quý I và quý II/2026.", "trong quý I và quý II/2026", "2026-06-30", "quarter", None),
    ("triển khai trong quý III, IV năm 2024", "trong quý III, IV năm 2024", "2024-12-31", "quarter", None),
    ("trong quý 2/2024", "trong quý 2/2024", "2024-06-30", "quarter", None),
    ("chậm nhất trong quý IV/2024", "chậm nhất trong quý IV/2024", "2024-12-31", "quarter", None),
    ("trong quý III năm 2025", "trong quý III năm 2025", "2025-09-30", "quarter", None),
    ("trong quý IV", "trong quý IV", "2024-12-31", "quarter", None),
    ("trước quý IV/2024", "trước quý IV/2024", "2024-09-30", "quarter", None),
    ("trong 6 tháng đầu năm 2024", "trong 6 tháng đầu năm 2024", "2024-06-30", "half_year", None),
    ("trong 6 tháng cuối năm", "trong 6 tháng cuối năm", "2024-12-31", "half_year", None),
    # years
    ("hoàn thành trong năm 2025", "trong năm 2025", "2025-12-31", "year", None),
    ("trong năm 2024", "trong năm 2024", "2024-12-31", "year", None),
    ("chậm nhất cuối năm 2024", "chậm nhất cuối năm 2024", "2024-12-31", "year", None),
    ("đến hết năm 2025", "đến hết năm 2025", "2025-12-31", "year", None),
    ("trước năm 2025", "trước năm 2025", "2024-12-31", "year", None),
]


@pytest.mark.parametrize("sentence,text,due,precision,starts", CASES)
def test_phrases(sentence, text, due, precision, starts):
    d = only(sentence)
    assert (d.text, d.due, d.precision, d.starts, d.recurring) == (text, due, precision, starts, None)


@pytest.mark.parametrize("sentence,text,due,precision,starts", CASES)
def test_phrases_without_diacritics_and_upper_case(sentence, text, due, precision, starts):
    for variant, expected_text in ((fold(sentence), fold(text)), (sentence.upper(), text.upper())):
        d = only(variant)
        assert (d.text, d.due, d.precision, d.starts) == (expected_text, due, precision, starts)


def test_decomposed_unicode_offsets_point_into_original_text():
    s = unicodedata.normalize("NFD", "Yêu cầu hoàn thành trước ngày 31/12/2026 nhé")
    d = only(s)
    assert d.text == s[d.start:d.end] == unicodedata.normalize("NFD", "trước ngày 31/12/2026")
    assert d.due == "2026-12-31"


def test_eth_lookalike_for_d():
    assert only("\u00d0ịnh kỳ hằng quý").recurring == "quarterly"


@pytest.mark.parametrize("sentence", [
    "Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ",
    "thay thế Quyết định số 11/2016/QĐ-UBND ngày 31/03/2016 của UBND tỉnh",
    "Ngày 05/9/2023, đồng chí Trần Ngọc Lân - Giám đốc Sở chủ trì buổi làm việc",
    "việc khởi công Cụm công nghiệp Thống Nhất 1 ngày 07/5/2026 - cụm công nghiệp đầu tiên",
    "Hội nghị tổng kết đánh giá hoạt động KH&CN cấp huyện năm 2023",
    "tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2017",
    "phương hướng nhiệm vụ 6 tháng cuối năm 2017",
    "Trong 6 tháng qua, tập thể lãnh đạo Sở",
    "đến năm 2025 và định hướng đến năm 2030",
    "tính đến ngày 30/6/2024",
    "từ nay đến năm 2030 phấn đấu",  # a horizon
    "Lào Cai, ngày        tháng 6 năm 2026",
    "Phấn đấu hoàn thành 2 - 3 lớp tập huấn",
    "hoàn thành 2/3 khối lượng",
    "trước ngày 31/02/2024",  # not a real date
    "bảo đảm an toàn thông tin trong dịp Tết",  # during Tết: a time, not a deadline
    "Theo kết luận của Cục trưởng tại cuộc họp trực tuyến ngày 24/8/2024",  # the meeting reported, before REF
    "Báo cáo quý I năm 2024 đã gửi",  # quarter without a lead-in: a reference, not a deadline
    "các mặt hàng tháng 10 tăng giá",
    "trước 30 ngày",  # "30 days in advance", not a deadline
])
def test_false_positives(sentence):
    assert find_deadlines(sentence, REF) == []


@pytest.mark.parametrize("sentence,text,recurring", [
    ("Định kỳ hằng quý tổng hợp, báo cáo", "Định kỳ hằng quý", "quarterly"),
    ("báo cáo hằng quý", "hằng quý", "quarterly"),
    ("báo cáo hàng quý", "hàng quý", "quarterly"),
    ("họp hằng tháng", "hằng tháng", "monthly"),
    ("họp hàng tháng", "hàng tháng", "monthly"),
    ("hằng năm", "hằng năm", "yearly"),
    ("hàng năm", "hàng năm", "yearly"),
    ("Phấn đấu mỗi năm hoàn thành", "mỗi năm", "yearly"),
    ("kiểm tra 6 tháng một lần", "6 tháng một lần", "half_yearly"),
    ("báo cáo định kỳ 6 tháng", "định kỳ 6 tháng", "half_yearly"),
    ("định kỳ 6 tháng một lần", "định kỳ 6 tháng một lần", "half_yearly"),
    ("giao ban hằng tuần", "hằng tuần", "weekly"),
    ("dinh ky hang quy", "dinh ky hang quy", "quarterly"),
])
def test_recurring(sentence, text, recurring):
    d = only(sentence)
    assert (d.text, d.due, d.precision, d.recurring) == (text, None, "recurring", recurring)


@pytest.mark.parametrize("sentence,text,due", [
    ("trong 30 ngày kể từ ngày ký", "trong 30 ngày kể từ ngày ký", "2024-10-15"),
    ("trong vòng 15 ngày", "trong vòng 15 ngày", "2024-09-30"),
    ("trong thời hạn 7 ngày", "trong thời hạn 7 ngày", "2024-09-22"),
    ("trong 10 ngày làm việc", "trong 10 ngày làm việc", "2024-09-27"),  # ref is a Sunday; Mon-Fri only
    ("trong 2 tuần", "trong 2 tuần", "2024-09-29"),
    ("trong 3 tháng", "trong 3 tháng", "2024-12-15"),
    ("trong 15 ngày kể từ ngày 01/10/2024", "trong 15 ngày kể từ ngày 01/10/2024", "2024-10-16"),
    ("trong vòng 48 giờ", "trong vòng 48 giờ", "2024-09-17"),  # hours allowed, due the day they run out
])
def test_relative(sentence, text, due):
    d = only(sentence)
    assert (d.text, d.due, d.precision) == (text, due, "relative")


def test_relative_and_yearless_without_ref_date_have_no_due():
    assert only("trong 30 ngày kể từ ngày ký", None).due is None
    assert only("trả kết quả trong vòng 48 giờ kể từ khi nhận mẫu").due is None  # from an event the notice cannot date
    assert find_deadlines("hoàn thành trước 17 giờ ngày 25/3/2025")[0].due == "2025-03-25"  # a time of day
    assert find_deadlines("họp lúc 8 giờ 30") == [] and find_deadlines("trong 12 giờ qua") == []
    assert only("xong trước 30/6", None).due is None
    assert only("trong quý IV", None).due is None
    assert only("trước ngày 31/12/2026", None).due == "2026-12-31"


def test_overlap_keeps_longest_and_order():
    s = "Trong khoảng thời gian từ tháng 11-12/2023, làm A; trong tháng 9/2023 làm B; định kỳ hằng quý báo cáo."
    found = find_deadlines(s, REF)
    assert [d.text for d in found] == ["Trong khoảng thời gian từ tháng 11-12/2023", "trong tháng 9/2023",
                                       "định kỳ hằng quý"]
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert only("trong 6 tháng cuối năm 2024").precision == "half_year"  # not "cuối năm 2024"


def test_deadline_is_frozen():
    d = only("trước ngày 31/12/2026")
    with pytest.raises(Exception):
        d.due = "2027-01-01"  # type: ignore[misc]


def corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def summary(text: str, ref=None):
    found = find_deadlines(text, ref)
    for d in found:
        assert text[d.start:d.end] == d.text
    return [(d.text, d.due, d.precision, d.starts, d.recurring) for d in found]


def test_corpus_quang_tri():
    text = corpus("TB-SKHCN-QuangTri-2023-phong-quan-ly-khoa-hoc.txt")
    assert summary(text) == [
        ("chậm nhất vào đầu tháng 12/2023", "2023-12-10", "early_month", None, None),
        ("mỗi năm", None, "recurring", None, "yearly"),  # "Phân đầu mỗi năm hoàn thành 2 - 3 lớp tập huấn"
        ("Trong khoảng thời gian từ tháng 11-12/2023", "2023-12-31", "month_range", "2023-11-01", None),
        ("Trong tháng 10/2023", "2023-10-31", "month", None, None),
        ("trong tháng 9/2023", "2023-09-30", "month", None, None),
        ("trong quý I năm 2024", "2024-03-31", "quarter", None, None),
    ]


def test_corpus_lao_cai():
    text = corpus("TB-VP-LaoCai-2026-cum-cong-nghiep.txt")
    assert summary(text) == [
        ("trước ngày 31/12/2026", "2026-12-31", "day", None, None),
        ("Định kỳ hằng quý", None, "recurring", None, "quarterly"),
        ("hằng năm", None, "recurring", None, "yearly"),  # "bố trí ngân sách hằng năm"
        ("trước ngày 30/7/2026", "2026-07-30", "day", None, None),
    ]


@pytest.mark.parametrize("name", [
    "1226-TB-BKHCN-2021-hoi-nghi-giam-doc-so.txt",
    "TB-BKHCN-2021-ung-dung-chuyen-giao-cong-nghe.txt",
    "TB-TinhUy-BinhThuan-2017-so-khcn.txt",
])
def test_corpus_notices_without_deadlines(name):
    # Full of dated legal references, "năm 2021" event names, "6 tháng đầu năm 2017", "đến năm 2030".
    assert summary(corpus(name), datetime.date(2021, 6, 1)) == []


def test_corpus_news_article_only_recurring():
    text = corpus("tin-BinhDinh-2023-hoi-nghi-giam-doc-so.txt")
    assert summary(text) == [("hàng năm", None, "recurring", None, "yearly")]


def test_corpus_without_diacritics_gives_same_dues():
    for name in ("TB-SKHCN-QuangTri-2023-phong-quan-ly-khoa-hoc.txt", "TB-VP-LaoCai-2026-cum-cong-nghiep.txt"):
        text = corpus(name)
        assert [x[1:] for x in summary(fold(text))] == [x[1:] for x in summary(text)]


@pytest.mark.parametrize("phrase,expected", [
    ("31/12/2026", datetime.date(2026, 12, 31)),
    ("2026-12-31", datetime.date(2026, 12, 31)),
    ("31-12-2026", datetime.date(2026, 12, 31)),
    ("31.12.2026", datetime.date(2026, 12, 31)),
    ("ngày 20 tháng 10 năm 2024", datetime.date(2024, 10, 20)),
    ("ngay 20 thang 10 nam 2024", datetime.date(2024, 10, 20)),
    ("tháng 9/2023", datetime.date(2023, 9, 30)),
    ("Tháng 2/2024", datetime.date(2024, 2, 29)),
    ("9/2023", datetime.date(2023, 9, 30)),
    ("quý I năm 2024", datetime.date(2024, 3, 31)),
    ("quý IV/2024", datetime.date(2024, 12, 31)),
    ("quy 2/2024", datetime.date(2024, 6, 30)),
    ("Q3 2025", datetime.date(2025, 9, 30)),
    ("6 tháng đầu năm 2024", datetime.date(2024, 6, 30)),
    ("năm 2025", datetime.date(2025, 12, 31)),
    ("2025", datetime.date(2025, 12, 31)),
    ("cuối tháng 6/2024", datetime.date(2024, 6, 30)),
    ("đầu tháng 12/2023", datetime.date(2023, 12, 10)),
    ("trước ngày 31/12/2026", datetime.date(2026, 12, 31)),
    ("30/6", datetime.date(2025, 6, 30)),
    ("hôm nay", REF),
    ("Hôm nay", REF),
    ("today", REF),
    ("hom nay", REF),
    ("trong 30 ngày", datetime.date(2024, 10, 15)),
    ("abc", None),
    ("", None),
    ("31/02/2024", None),
    ("13/2024", None),
    ("quý 5/2024", None),
    ("hằng quý", None),  # recurring: no single date
    ("60/2021/NĐ-CP", None),
])
def test_parse_date_phrase(phrase, expected):
    assert parse_date_phrase(phrase, REF) == expected


def test_parse_date_phrase_defaults_to_today():
    assert parse_date_phrase("hôm nay") == datetime.date.today()
