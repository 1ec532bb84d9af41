"""PDF pages to text with pypdf (the one module that imports it); page offsets kept; pages without a usable text
layer read by OCR."""

from __future__ import annotations

import io
import re
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.limits import Budget
from ingest.ocr.layer import MIN_CHARS as MIN_PAGE_CHARS
from ingest.ocr.layer import usable
from ingest.ocr.options import OcrOptions
from ingest.records import Document
from ingest.vn import nfc


def _ocr(path: Path, data: bytes, pages: list[str], budget: Budget, options: OcrOptions
         ) -> tuple[dict, list[str]]:
    """OCR of the pages without a usable text layer (none, or garbage from a broken font encoding); a page with
    real text keeps it. Returns ({page: PageText}, warnings); when OCR cannot run, each such page is reported
    with the reason and the command that enables it."""
    import time

    from ingest.ocr.run import notes, recognise, unavailable

    scanned = [n for n, page in enumerate(pages, 1) if not usable(page)]
    if not scanned:
        return {}, []
    why = unavailable(options)
    if why:
        return {}, [f"{path.name}: page {n} has " + ("no text layer (scanned?)" if len(pages[n - 1].strip()) <
                    MIN_PAGE_CHARS else "an unreadable text layer (a broken font encoding)") + f"; {why}"
                    for n in scanned]
    from ingest.loaders.pdfium import render

    t = time.monotonic()
    got = recognise(str(path), render(str(path), data, scanned, options.dpi), len(scanned), options)
    budget.exclude(time.monotonic() - t)
    return got, notes(str(path), got)


_LETTERS = re.compile(r"^\s*A(?:\s+[B-Z]){2,}\s*$")  # a spreadsheet's column letters
_ROW_NUMBER = re.compile(r"^(\s*)(\d{1,4})(?=\s|$)")


def _unframed(text: str, keep_columns: bool) -> str:
    """A spreadsheet printed with its row and column headings: the letters' line dropped, and the row numbers at
    the start of lines, counted up one by one from the first, taken off (a cell's own number, "1" of an item under
    row 12, stays); `keep_columns` blanks them instead, so a page laid out keeps its columns."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _LETTERS.match(lines[first]):
        return text
    out, expect = [], None
    for line in lines[first + 1:]:
        m = _ROW_NUMBER.match(line)
        if m and (expect is None or int(m.group(2)) == expect):
            expect = int(m.group(2)) + 1
            cut = m.group(1) + " " * len(m.group(2)) if keep_columns else ""
            line = cut + line[m.end():].lstrip(" " if not keep_columns else "")
            if not line.strip():
                continue
        out.append(line)
    return "\n".join(out)


def _text(page) -> str:
    """The page's text layer (a printed spreadsheet's frame taken off), its task table read from the page laid
    out (see ingest/layout_tables.py)."""
    from ingest.layout_tables import has_table, splice

    plain = _unframed(page.extract_text() or "", keep_columns=False)
    if not has_table(plain):
        return plain
    try:
        return splice(plain, _unframed(page.extract_text(extraction_mode="layout"), keep_columns=True))
    except Exception:  # noqa: BLE001 - pypdf's layout mode is younger than its plain mode: keep the plain text
        return plain


_HEADER_LINE = re.compile(r"^\s*Số\s*:?\s*\d|,\s*ngày\s+\d{1,2}")  # the number, or the place and date


def _header_first(page: str) -> str:
    """A first page whose header (agency, national motto, number, place and date) the PDF draws after part of its
    body, as a text box or a table laid over the page can be: the header's lines moved to the top, where a reader
    sees them. Left as it is when no number or date line comes with the motto, or a notice ends above it (a file
    of several notices)."""
    from ingest.notice import ends_notice, opens_notice

    lines = page.split("\n")
    at = next((i for i, line in enumerate(lines) if opens_notice(line) and line.isupper()), None)  # not a quote
    above = lines[:at or 0]
    if at is None or at < 3 or any(ends_notice(line) or _HEADER_LINE.search(line) for line in above) or \
            sum(len(line.split()) >= 10 and "|" not in line and not line.isupper() for line in above) < 5:
        return page  # a header laid out over its lines, or a portal's page title above it: no body drawn before
    end = next((j for j in range(at + 1, len(lines)) if not lines[j].strip()), len(lines))
    if not any(_HEADER_LINE.search(line) for line in lines[at:end]):
        return page
    start = at
    while start > at - 2 and start > 0 and lines[start - 1].strip() and lines[start - 1].strip().isupper():
        start -= 1  # the agency's lines above the motto
    return "\n".join(lines[start:end] + lines[:start] + lines[end:])


def load_pdf(path: Path, data: bytes, budget: Budget, ocr: OcrOptions | None = None) -> Document:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip().startswith(b"%PDF"):
        raise RejectedFile(str(path), "not a PDF (no %PDF header): the file is damaged or misnamed")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several types for unsupported ciphers
                opened = 0
            if not opened:
                raise RejectedFile(str(path), "encrypted PDF (password-protected): remove the password and ingest again")
        if len(reader.pages) > budget.limits.pages:
            raise RejectedFile(str(path), f"too many pages ({len(reader.pages)}; the limit is {budget.limits.pages}, "
                               "NOTICES_MAX_PAGES): split the file")
        pages = []
        chars = 0
        for n, page in enumerate(reader.pages, 1):
            pages.append(_text(page))
            chars += len(pages[-1])
            budget.chars(chars)
            budget.check(f"page {n}")
    except RejectedFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise RejectedFile(str(path), f"corrupt PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise RejectedFile(str(path), "PDF has no pages")
    pages = [nfc(page.replace("\r\n", "\n").replace("\x00", "")) for page in pages]
    pages[0] = _header_first(pages[0])
    read, warnings = _ocr(path, data, pages, budget, ocr or OcrOptions())
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for n, page in enumerate(pages, 1):
        if n in read:
            page = read[n].text
        starts.append(offset)
        parts.append(page)
        offset += len(page) + 2
    if not any(usable(p) for p in parts):
        reason = next((w.split("; ", 1)[1] for w in warnings if "; " in w), "OCR found no text")
        raise RejectedFile(str(path), f"scanned PDF: no page has a text layer ({reason})")
    return Document(str(path), "pdf", "\n\n".join(parts), tuple(starts), tuple(warnings),
                    tuple((n, p.confidence) for n, p in sorted(read.items())))
