"""PDF pages to text with pypdf (the one module that imports it); page offsets kept."""

from __future__ import annotations

import io
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.limits import Budget
from ingest.records import Document
from ingest.vn import nfc

MIN_PAGE_CHARS = 20  # fewer characters than this and the page is a scan (no text layer)


def load_pdf(path: Path, data: bytes, budget: Budget) -> Document:
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
            pages.append(page.extract_text() or "")
            chars += len(pages[-1])
            budget.chars(chars)
            budget.check(f"page {n}")
    except RejectedFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise RejectedFile(str(path), f"corrupt PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise RejectedFile(str(path), "PDF has no pages")
    parts: list[str] = []
    starts: list[int] = []
    warnings: list[str] = []
    offset = 0
    for n, page in enumerate(pages, 1):
        page = nfc(page.replace("\r\n", "\n").replace("\x00", ""))
        if len(page.strip()) < MIN_PAGE_CHARS:
            warnings.append(f"{path.name}: page {n} has no text layer (scanned?); OCR is not supported yet")
        starts.append(offset)
        parts.append(page)
        offset += len(page) + 2
    if len(warnings) == len(pages):
        raise RejectedFile(str(path), "scanned PDF: no page has a text layer (OCR is not supported yet)")
    return Document(str(path), "pdf", "\n\n".join(parts), tuple(starts), tuple(warnings))
