"""OCR of scanned notices with the real Tesseract (installed by scripts/setup-ocr), on pages rendered from the real
notices of the sample archive and the shared corpus (eval/scans.py) in the tests themselves."""

from __future__ import annotations

import glob
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import ROOT

from assistant.assistant import Assistant
from assistant.index import Index
from assistant.indexer import ingest
from assistant.settings import Settings
from eval import scans
from eval.ocr_metric import cer
from ingest.errors import RejectedFile
from ingest.ocr.layer import MIN_WORDLIKE, wordlike_share
from ingest.ocr.options import OcrOptions
from ingest.ocr.text import repair
from ingest.pipeline import parse_file

SOURCES = ROOT / "ingest" / "sample" / "sources"
PHU_THO = SOURCES / "TB-214-SYT-PhuTho-2026-y-te-tet.txt"  # 3 pages, 9 tasks, signed and stamped
NGHE_AN = SOURCES / "CV-612-SKHCN-NgheAn-2024-de-xuat-nhiem-vu.txt"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory, e5):
    """The Phú Thọ notice as a degraded image-only PDF (stamp, rotation, noise, photocopy), ingested with OCR,
    beside its text version in the same index."""
    folder = tmp_path_factory.mktemp("scans")
    scan = scans.degrade(scans.render(PHU_THO.stem, PHU_THO.read_text("utf-8")))
    pdf = scans.save_pdf(scan, folder / f"{PHU_THO.stem}.pdf")
    index = Index(Settings.from_env(data_dir=folder / "data", chroma_url=""), embeddings=e5)
    pages: list[tuple[str, int, int]] = []
    report = ingest(index, [pdf], page_progress=lambda *a: pages.append(a))
    text_index = Index(Settings.from_env(data_dir=folder / "text", chroma_url=""), embeddings=e5)
    ingest(text_index, [PHU_THO])
    return {"scan": scan, "pdf": pdf, "index": index, "report": report, "pages": pages, "text_index": text_index}


def _only(index: Index):
    (notice,) = index.catalog.notices()
    return notice


def test_a_stamped_scan_reads_as_its_text(scanned):
    """Every page OCR'd, the character error rate on degraded pages within the floor, and the notice parsed as
    its text version is: the same metadata and the same tasks."""
    assert not scanned["report"].rejected, scanned["report"].rejected
    notice, text = _only(scanned["index"]), _only(scanned["text_index"])
    assert [p for p, _ in notice.ocr_pages] == [1, 2, 3]
    assert all(c > 60 for _, c in notice.ocr_pages)
    doc, _ = scanned["index"].catalog.document(notice.id)
    assert cer("\n".join(scanned["scan"].texts), doc) <= 0.06  # the floor on degraded scans, diacritics counted
    assert unicodedata.is_normalized("NFC", doc)
    for field in ("number", "date", "doc_type", "issuer", "signer"):
        assert getattr(notice, field) == getattr(text, field), field
    want = {(d.assignee_key, d.due) for d in scanned["text_index"].catalog.directives()}
    got = {(d.assignee_key, d.due) for d in scanned["index"].catalog.directives()}
    assert len(want & got) >= len(want) - 1, (want - got, got - want)


def test_progress_per_page(scanned):
    name = scanned["pdf"].name
    assert sorted(scanned["pages"]) == [(name, 1, 3), (name, 2, 3), (name, 3, 3)]


def test_ocr_passages_are_marked_in_the_store_and_the_citations(scanned):
    index = scanned["index"]
    _, _, metas = index.vectors.chunks_of(_only(index).id)
    assert metas and all(m["ocr"] is True and m["ocr_confidence"] > 60 for m in metas)
    answer = Assistant(index.settings, index=index).ask("Trung tâm Y tế phải làm gì trong dịp Tết?")
    assert answer.citations, answer.answer
    c = answer.citations[0].to_dict()
    assert c["ocr"] is True and c["ocr_confidence"] > 60 and c["page"] in (1, 2, 3)
    from assistant.ui.chat_view import citation_label

    assert citation_label(answer.citations[0]).endswith("(OCR)")
    hit = Assistant(index.settings, index=index).search("Tết", 1)[0]
    assert hit.to_dict()["ocr"] is True and hit.to_dict()["ocr_confidence"] > 60


def test_the_page_image_opens_beside_the_text(scanned):
    from assistant.ui import service

    assistant = Assistant(scanned["index"].settings, index=scanned["index"])
    notice = _only(scanned["index"])
    assert [p for p, _ in service.ocr_pages(assistant, notice.id)] == [1, 2, 3]
    image = service.page_image(assistant, notice.id, 2)
    assert image is not None and image.width >= 800 and image.height > image.width


def test_reingest_is_served_from_the_page_cache(scanned, tmp_path):
    """The cache is keyed by the page's pixels: the same pages in another file cost nothing."""
    copy = tmp_path / "again.pdf"
    copy.write_bytes(scanned["pdf"].read_bytes() + b"\n% another file, the same pages\n")
    options = scanned["index"].settings.ocr_options()
    t = time.perf_counter()
    (parsed,) = parse_file(copy, ocr=options)
    assert time.perf_counter() - t < 3.0  # OCR of these three pages takes ~10 s here
    assert parsed.document.ocr_pages == tuple(_only(scanned["index"]).ocr_pages)


def test_a_mixed_pdf_keeps_its_text_pages_and_reads_its_scanned_one(tmp_path):
    """Page 1 has a real text layer, page 2 an image with a garbage layer (a broken font: letters shifted):
    only page 2 is OCR'd, and its text replaces the garbage."""
    from fpdf import FPDF
    from fpdf.enums import TextMode

    lines = NGHE_AN.read_text("utf-8").split("\n")
    scan = scans.render("p2", "\n".join(lines[12:30]))
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", scans.FONTS[0])
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 14, "\n".join(lines[:12]))
    pdf.add_page()
    pdf.image(scan.pages[0], 0, 0, pdf.w, pdf.h)
    pdf.text_mode = TextMode.INVISIBLE
    pdf.set_xy(40, 40)
    pdf.multi_cell(0, 14, "".join(chr(ord(c) + 3) if c.isalpha() and ord(c) < 0x250 else c for c in scan.texts[0]))
    path = tmp_path / "mixed.pdf"
    pdf.output(str(path))
    doc = parse_file(path, ocr=OcrOptions(cache_dir=tmp_path / "cache"))[0].document
    assert [p for p, _ in doc.ocr_pages] == [2]
    first, second = doc.text[:doc.page_starts[1]], doc.text[doc.page_starts[1]:]
    assert "Sở Khoa học và Công nghệ" in first or "SỞ KHOA HỌC" in first.upper()
    assert cer(scan.texts[0], second) <= 0.02


def test_images_are_read_and_bad_ones_named_while_the_rest_lands(fresh_index, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    scan = scans.render(NGHE_AN.stem, NGHE_AN.read_text("utf-8"))
    (png, second) = scans.save_png(scan, folder)
    second.unlink()
    assert cer(scan.texts[0], parse_file(png)[0].document.text) <= 0.02  # a clean render
    (folder / "truncated.png").write_bytes(png.read_bytes()[:5000])
    (folder / "not-a-photo.jpg").write_bytes(b"GIF89a this is no image at all" * 10)
    report = ingest(fresh_index, [folder])
    assert [Path(p).name for p in report.added] == [png.name]
    assert {Path(p).name: r.split(" (")[0] for p, r in report.rejected} == {
        "truncated.png": "corrupt image", "not-a-photo.jpg": "not an image Pillow can read"}


def test_without_the_language_data_ingest_goes_on_and_names_the_command(tmp_path):
    """A missing Tesseract language (as on a machine without tesseract-ocr-vie): the text pages land, each scanned
    page is reported with the apt-get command that enables OCR, a scanned-only file is refused with it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", scans.FONTS[0])
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, NGHE_AN.read_text("utf-8")[:1500])
    pdf.add_page()
    pdf.image(scans.render("x", "Trang quét").pages[0], 0, 0, pdf.w, pdf.h)
    path = tmp_path / "half-scanned.pdf"
    pdf.output(str(path))
    options = OcrOptions(langs="vie+zzz")
    doc = parse_file(path, ocr=options)[0].document
    assert doc.warnings == (("half-scanned.pdf: page 2 has no text layer (scanned?); Tesseract has no 'zzz' "
                             "language data: sudo apt-get install tesseract-ocr-zzz"),)
    png = scans.save_png(scans.render("scan", "Trang quét"), tmp_path)[0]
    with pytest.raises(RejectedFile, match="apt-get install tesseract-ocr-zzz"):
        parse_file(png, ocr=options)
    with pytest.raises(RejectedFile, match="NOTICES_OCR=0"):
        parse_file(png, ocr=OcrOptions(enabled=False))


def test_settings_and_flags(monkeypatch):
    monkeypatch.setenv("NOTICES_OCR", "0")
    monkeypatch.setenv("NOTICES_OCR_LANGS", "vie")
    s = Settings.from_env()
    assert (s.ocr, s.ocr_langs) == (False, "vie")
    monkeypatch.delenv("NOTICES_OCR")
    monkeypatch.delenv("NOTICES_OCR_LANGS")
    assert (Settings.from_env().ocr, Settings.from_env().ocr_langs) == (True, "vie+eng")
    from assistant.cli import build_parser

    args = build_parser().parse_args(["ingest", "x", "--no-ocr", "--ocr-langs", "vie"])
    assert (args.no_ocr, args.ocr_langs) == (True, "vie")


# -- the text layer check and the repair of OCR text (no Tesseract) -----------------------------------------
def _pages(corpus: Path) -> list[str]:
    """Real Vietnamese pages: the sample PDFs' text pages, and 3,000-character pieces of the notices' texts."""
    from pypdf import PdfReader

    out = [p.extract_text() for f in sorted(glob.glob(str(ROOT / "ingest/sample/archive/*.pdf")))
           for p in PdfReader(f).pages]
    for f in [*sorted((corpus / "notices").glob("*.txt")), *sorted(SOURCES.glob("*.txt"))]:
        t = f.read_text("utf-8")
        out += [t[i:i + 3000] for i in range(0, len(t), 3000)]
    return [p for p in out if len(p.strip()) > 200]


def test_text_layer_threshold_separates_real_pages_from_broken_fonts(corpus):
    pages = _pages(corpus)
    # English prose: the READMEs without their tables of figures (a page of numbers is no page of words)
    prose = ["\n".join(line for line in (ROOT / f).read_text("utf-8").splitlines() if not line.startswith("|"))
             for f in ("README.md", "eval/README.md")]
    english = [p for t in prose for p in (t[i:i + 3000] for i in range(0, len(t), 3000)) if len(p) > 200]
    garbage = {
        "cid": lambda t: " ".join("".join(f"(cid:{ord(c) % 200})" for c in w) for w in t.split()),
        "private use": lambda t: "".join(chr(0xE000 + ord(c) % 500) if c.isalpha() else c for c in t),
        "shifted": lambda t: "".join(chr(ord(c) + 3) if c.isalpha() and ord(c) < 0x250 else c for c in t),
        "tcvn3 as latin-1": lambda t: "".join(dict(zip("ăâêôơưđ", "¨©ª«¬\xad®", strict=True)).get(
            c, "¸" if unicodedata.normalize("NFD", c) != c else c) for c in t),
    }
    assert min(map(wordlike_share, pages)) >= MIN_WORDLIKE + 0.3
    assert min(map(wordlike_share, english)) >= MIN_WORDLIKE + 0.1
    for name, broken in garbage.items():
        assert max(wordlike_share(broken(p)) for p in pages) <= MIN_WORDLIKE - 0.2, name


def test_repair_of_ocr_text():
    text = "Ủy ban nha\u0302n da\u0302n\nđề nghị quản-\nlý chặt\n34-\nNQ/TU\nmanage-\nment\n______\nÐồng chí ðã"
    assert repair(text) == ("Ủy ban nhân dân\nđề nghị quản lý chặt\n34-NQ/TU\nmanagement\n\nĐồng chí đã")


def test_section_numerals_misread_as_digits_are_put_back():
    # Tesseract reads a Roman numeral's stroke as "1" or "l"; the section, and the directives under it, depend on it.
    text = "1I- Một số nhiệm vụ\nIl. Giải pháp\n1V) Tổ chức\n11. Sở Tài chính\nl. tiếp\nVí dụ: 1I"
    assert repair(text).split("\n") == ["II- Một số nhiệm vụ", "II. Giải pháp", "IV) Tổ chức", "11. Sở Tài chính",
                                        "l. tiếp", "Ví dụ: 1I"]
