"""Fuzzing with Hypothesis: the deadline parser, the unit recogniser, the notice parser and every loader, on
generated text and on real files mutated byte by byte, raise nothing but the project's named errors."""

from __future__ import annotations

from pathlib import Path

from conftest import NOTICE_LINES, SAMPLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.deadlines import find_deadlines, parse_date_phrase, user_date
from ingest.errors import BadInput, NoticesError
from ingest.loaders import load
from ingest.pipeline import parse_document
from ingest.records import Document
from ingest.units import find_units, unit_key, unit_names

# Words notices are made of, so generated text reaches the parsers' interesting paths, not only noise.
WORDS = ["Sở", "Tài", "chính", "Phòng", "Kế", "hoạch", "UBND", "tỉnh", "huyện", "các", "và", "chủ", "trì",
         "phối", "hợp", "với", "trước", "ngày", "tháng", "năm", "quý", "I", "II", "IV", "đầu", "cuối", "hằng",
         "trong", "hoàn", "thành", "chậm", "nhất", "Giao", "Đề", "nghị", "Số:", "THÔNG", "BÁO", "Nơi", "nhận:",
         "./.", "1.", "2-", "a)", "-", "31/12/2026", "15/3/25", "30/6", "2024", "10", "17h00", "Bộ", "Tư",
         "pháp", "KH&CN", "NN&PTNT", "Ban", "Chỉ", "đạo", ",", ";", ":", "\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
text_like = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=80).map(" ".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text_like)
def test_deadlines_never_raise_and_point_into_the_text(text):
    for d in find_deadlines(text):
        assert text[d.start:d.end] == d.text
        assert d.due is None or len(d.due) == 10


@FAST
@given(text_like)
def test_user_dates_are_iso_or_a_named_error(text):
    try:
        iso = user_date(text)
    except BadInput:
        return
    assert iso == "" or len(iso) == 10
    parse_date_phrase(text)


@FAST
@given(text_like)
def test_units_never_raise_and_stay_in_bounds(text):
    for s, e in find_units(text):
        assert 0 <= s < e <= len(text)
    for name in unit_names(text):
        unit_key(name)


@FAST
@given(st.lists(st.one_of(st.sampled_from(NOTICE_LINES), text_like), max_size=30).map("\n".join))
def test_the_notice_parser_takes_any_text(text):
    try:
        parts = parse_document(Document("x.txt", "txt", text), "0" * 64)
    except NoticesError:
        return
    for p in parts:
        for c in p.chunks:
            assert c.text and c.start <= c.end <= len(p.document.text)


SEEDS = sorted(p for p in SAMPLE.iterdir() if p.suffix in (".pdf", ".docx", ".html", ".txt"))


def test_the_seeds_themselves_load():  # so the mutations below start from files every loader reads
    for seed in SEEDS:
        assert parse_document(load(seed), "0" * 64)[0].chunks, seed


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=8),
       st.floats(0.05, 1.0))
def test_every_loader_takes_mutated_real_files(tmp_path, seed: Path, flips, keep):
    data = bytearray(seed.read_bytes())
    for where, value in flips:
        data[min(int(where * len(data)), len(data) - 1)] = value
    data = bytes(data[: max(1, int(len(data) * keep))])
    path = tmp_path / f"mutated{seed.suffix}"
    path.write_bytes(data)
    try:
        doc = load(path)
        parse_document(doc, "0" * 64)
    except NoticesError:
        pass  # a named reason is the right outcome for a damaged file
