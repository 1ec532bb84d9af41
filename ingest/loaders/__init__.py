"""Load a file into a `Document` by its extension; anything unusable raises `RejectedFile`."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import RejectedFile
from ingest.records import Document

SUPPORTED = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".txt": "txt", ".md": "md"}


def load(path: str | Path) -> Document:
    """Read one file. Raises RejectedFile with a reason a person can act on."""
    path = Path(path)
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        hint = " (save it as .docx or PDF)" if path.suffix.lower() in (".doc", ".rtf", ".odt") else ""
        raise RejectedFile(str(path), f"unsupported file type '{path.suffix or 'none'}'{hint}")
    data = path.read_bytes()
    if not data.strip():
        raise RejectedFile(str(path), "empty file")
    if fmt == "pdf":
        from ingest.loaders.pdf import load_pdf

        doc = load_pdf(path, data)
    elif fmt == "docx":
        from ingest.loaders.docx import load_docx

        doc = load_docx(path, data)
    elif fmt == "html":
        from ingest.loaders.html import load_html

        doc = load_html(path, data)
    else:
        from ingest.loaders.text import decode

        doc = Document(str(path), fmt, decode(str(path), data))
    if not doc.text.strip():
        raise RejectedFile(str(path), "no text found in the file")
    return doc
