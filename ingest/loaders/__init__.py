"""Load a file into a `Document` by its extension; anything unusable raises `RejectedFile`."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import RejectedFile
from ingest.limits import Budget, Limits
from ingest.ocr.options import OcrOptions
from ingest.records import Document

SUPPORTED = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".txt": "txt", ".md": "md",
             ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}


def load(path: str | Path, limits: Limits | None = None, ocr: OcrOptions | None = None) -> Document:
    """Read one file within `limits`; scanned pages through OCR as `ocr` says (default: on, no cache). Raises
    RejectedFile with a reason a person can act on."""
    path = Path(path)
    budget = Budget(str(path), limits or Limits())
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        hint = " (save it as .docx or PDF)" if path.suffix.lower() in (".doc", ".rtf", ".odt") else ""
        raise RejectedFile(str(path), f"unsupported file type '{path.suffix or 'none'}'{hint}")
    size = path.stat().st_size
    if size > budget.limits.file_bytes:
        raise RejectedFile(str(path), f"file too large ({size / 1e6:.1f} MB; the limit is "
                           f"{budget.limits.file_bytes / 1e6:.0f} MB, NOTICES_MAX_FILE_MB)")
    if fmt in ("txt", "md", "html") and size > 4 * budget.limits.text_chars:  # UTF-8 Vietnamese: ~1.3 bytes a char
        raise RejectedFile(str(path), f"too much text ({size / 1e6:.1f} MB; the limit is about "
                           f"{budget.limits.text_chars:,} characters, NOTICES_MAX_CHARS): split the file")
    data = path.read_bytes()
    if not data.strip():
        raise RejectedFile(str(path), "empty file")
    if fmt == "pdf":
        from ingest.loaders.pdf import load_pdf

        doc = load_pdf(path, data, budget, ocr)
    elif fmt == "image":
        from ingest.loaders.image import load_image

        doc = load_image(path, data, budget, ocr)
    elif fmt == "docx":
        from ingest.loaders.docx import load_docx

        doc = load_docx(path, data, budget)
    elif fmt == "html":
        from ingest.loaders.html import load_html

        doc = load_html(path, data)
    else:
        from ingest.loaders.text import bullets, decode, unquoted
        from ingest.tables import fixed, grid, pipe_tables, tabbed

        text, note = decode(str(path), data)
        text = bullets(unquoted(text, fmt == "md"))  # an e-mail's notice in ">" quotes; Word's plain-text bullets
        text = fixed(tabbed(grid(text)))  # task tables drawn with rules and "|" cells, pasted with tabs, or aligned
        if fmt == "txt":
            text = pipe_tables(text)  # a Word table as antiword writes it: "|UBND TỈNH X   |CỘNG HÒA ...|"
        if fmt == "md":  # docx->markdown converters lay headers, signatures and task lists out as pipe tables
            from ingest.loaders.html import html_tables
            from ingest.loaders.text import lazy_numbers
            from ingest.tables import markdown

            text = lazy_numbers(markdown(html_tables(text)))  # PDF->markdown converters write raw HTML tables
        doc = Document(str(path), fmt, text, warnings=(note,) if note else ())
    budget.chars(len(doc.text))
    budget.check("reading")
    if not doc.text.strip():
        raise RejectedFile(str(path), "no text found in the file")
    return doc


def page_image(path: str | Path, page: int):
    """One page of a scanned file (PDF or image) as a PIL image scaled for the screen; None when the file is gone
    or cannot be read."""
    fmt = SUPPORTED.get(Path(path).suffix.lower())
    if fmt == "pdf":
        from ingest.loaders.pdfium import page_image as pdf_page

        image = pdf_page(str(path), page)
    elif fmt == "image":
        from ingest.ocr.images import frames

        try:
            data = Path(path).read_bytes()
            image = next((f for n, f in enumerate(frames(str(path), data, Limits().pages), 1) if n == page), None)
        except (OSError, RejectedFile):
            image = None
    else:
        image = None
    if image is None:
        return None
    from ingest.ocr.images import thumbnail

    return thumbnail(image)
