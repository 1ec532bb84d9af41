"""Notice metadata, sections and chunks parsed from the real corpus files (no model needed)."""

from __future__ import annotations

import re

from conftest import LAO_CAI, N1226, NEWS, QUANG_TRI, TRANSFER

from ingest.normalize import clean
from ingest.pipeline import parse_file
from ingest.sections import marker


def test_1226_metadata(corpus):
    n = parse_file(corpus / "notices" / N1226)[0].notice
    assert n.number == "1226/TB-BKHCN"
    assert n.date == "2021-05-19"
    assert n.place == "Hà Nội"
    assert n.doc_type == "THÔNG BÁO"
    assert n.signer == "Nguyễn Mai Dương"
    assert n.title.startswith("Kết luận của Bộ trưởng tại Hội nghị Giám đốc Sở")
    assert "**" not in n.title
    assert n.meeting_date == "2021-04-09"
    assert n.chair == "Huỳnh Thành Đạt"
    assert "Sở KH&CN các tỉnh, TP (để t/h)" in n.recipients
    assert n.signer_title == ""  # the file has no capacity line: nothing is invented


def test_quang_tri_draft_has_no_number_or_date(corpus):
    n = parse_file(corpus / "notices" / QUANG_TRI)[0].notice
    assert n.number == "" and n.date == ""
    assert n.symbol == "TB-SKHCN"
    assert n.meeting_date == "2023-09-05"
    assert n.place == "Quảng Trị"
    assert n.signer == "Trần Thị Nhung"
    assert n.signer_title == "TL.GIÁM ĐỐC / CHÁNH VĂN PHÒNG"
    assert n.chair == "Trần Ngọc Lân"


def test_lao_cai_header_and_signature(corpus):
    n = parse_file(corpus / "notices" / LAO_CAI)[0].notice
    assert n.number == "" and n.date == ""  # "Số: /TB-VP", "ngày  tháng 6 năm 2026"
    assert n.issuer == "VĂN PHÒNG UBND TỈNH LÀO CAI"
    assert n.signer == "Lê Trí Hà" and n.signer_title == "CHÁNH VĂN PHÒNG"
    assert n.meeting_date == "2026-06-19"
    assert n.chair == "Nguyễn Tuấn Anh"


def test_lao_cai_one_section_per_agency_and_no_chunk_mixes_two(corpus):
    [parsed] = parse_file(corpus / "notices" / LAO_CAI)
    agencies = ["Sở Công Thương", "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ",
                "Công ty Điện lực Lào Cai", "Ủy ban nhân dân các xã, phường có cụm công nghiệp",
                "Các Ban Quản lý dự án đầu tư xây dựng", "Văn phòng Ủy ban nhân dân tỉnh"]
    sections = {c.section_no: c for c in parsed.chunks if c.section_no.startswith("II.")}
    for i, agency in enumerate(agencies, 1):
        assert f"II.{i}" in sections, agency
        assert sections[f"II.{i}"].section.endswith(f"{i}. {agency}")
    for c in parsed.chunks:
        headed = [a for i, a in enumerate(agencies, 1) if f"\n{i}. {a}" in "\n" + c.text]
        assert len(headed) <= 1, (c.section, headed)
        if c.section_no.startswith("II."):
            assert c.section.startswith("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")
    deadline = next(c for c in parsed.chunks if "31/12/2026" in c.text)
    assert deadline.section_no == "II.1" and "10 cụm công nghiệp" in deadline.text  # kept with its task


def test_transfer_notice_subsections_and_page_break_join(corpus):
    [parsed] = parse_file(corpus / "notices" / TRANSFER)
    assert parsed.notice.number == ""  # no number line: none invented
    nos = [c.section_no for c in parsed.chunks]
    for no in ("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2", "3"):
        assert no in nos
    c15 = next(c for c in parsed.chunks if c.section_no == "1.5")
    assert "ngân sách nhà nước thuộc lĩnh vực" in c15.text  # "nhà\n\nnước" page break joined
    assert c15.section == "1. Đối với các đơn vị trực thuộc Bộ KH&CN › 1.5. Vụ Kế hoạch - Tài chính"


def test_header_and_signature_stay_out_of_body_chunks(corpus):
    for name in (N1226, QUANG_TRI, LAO_CAI):
        for c in parse_file(corpus / "notices" / name)[0].chunks:
            if c.part in ("body", "intro"):
                assert "Nơi nhận" not in c.text and "Số:" not in c.text and "CỘNG HÒA" not in c.text


def test_markdown_marks_removed_but_original_kept(corpus):
    [parsed] = parse_file(corpus / "notices" / QUANG_TRI)
    body = [c for c in parsed.chunks if c.part == "body"]
    assert all("**" not in c.text and "##" not in c.text for c in parsed.chunks)
    s4 = next(c for c in body if c.section_no == "4")
    assert s4.section == "4. Về một số nhiệm vụ khác"
    original = parsed.document.text[s4.start:s4.end]
    assert original.startswith("4. Về một số nhiệm vụ khác:**")  # offsets point into the original text


def test_chunk_offsets_cover_their_text(corpus):
    for path in sorted((corpus / "notices").glob("*.txt")):
        [parsed] = parse_file(path)
        for c in parsed.chunks:
            original = parsed.document.text[c.start:c.end]
            first, last = c.text.split()[0], c.text.split()[-1]
            assert first.strip("*") in original and last.strip("*") in original, (path.name, c.id)


def test_news_article_gets_no_invented_metadata(corpus):
    n = parse_file(corpus / "notices" / NEWS)[0].notice
    assert n.number == "" and n.date == "" and n.doc_type == "" and n.signer == ""
    assert n.title == "Hội nghị Giám đốc các Sở Khoa học và Công nghệ toàn quốc năm 2023"
    chunks = parse_file(corpus / "notices" / NEWS)[0].chunks
    assert not any("Tăng tương phản" in c.text for c in chunks)


def test_long_sections_split_with_overlap(corpus):
    chunks = [c for c in parse_file(corpus / "notices" / "TB-TinhUy-BinhThuan-2017-so-khcn.txt")[0].chunks
              if c.section_no == "II.3"]
    assert len(chunks) >= 2
    assert all(len(c.text) <= 1200 for c in chunks)
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert b.start < a.end  # overlapping spans of the original


def test_markers_recognised():
    assert marker("II- Một số nhiệm vụ")[:2] == ("roman", "II")
    assert marker("1- Tiếp tục chủ động")[:2] == ("arabic", "1")
    assert marker("1.2. Tổng cục Tiêu chuẩn")[:2] == ("decimal", "1.2")
    assert marker("a) Tích cực")[:2] == ("letter", "a")
    assert marker("Điều 1. Phê duyệt")[:2] == ("article", "Điều 1")
    assert marker("- Tiếp tục") is None
    assert marker("2.500 tỷ đồng được bố trí") is None


def test_clean_joins_glued_title_and_keeps_map():
    text = "THÔNG BÁO**Kết luận của Bộ trưởng**\n\n#### **1. Về công tác:**\n- Làm việc A.\n"
    c = clean(text)
    lines = [c.text[s:e] for s, e in c.blocks]
    assert lines[0] == "THÔNG BÁO Kết luận của Bộ trưởng"
    assert lines[1] == "1. Về công tác:"
    i = c.text.index("Về công tác")
    assert text[c.pos[i]:c.pos[i] + 11] == "Về công tác"
    assert re.search(r"\*", c.text) is None
