"""Word .docx to text with python-docx (the one module that imports it): paragraphs and tables in order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.records import Document
from ingest.vn import nfc


def load_docx(path: Path, data: bytes) -> Document:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise RejectedFile(str(path), "not a .docx (not a zip package): the file is damaged or misnamed")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors...
        raise RejectedFile(str(path), f"corrupt .docx ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            # Notices lay header and signature out in two-column tables: read row by row, cell by cell.
            for row in item.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    lines.extend(p.text for p in cell.paragraphs)
                    lines.append("")
    text = nfc("\n".join(lines).replace("\r", "\n").replace("\x0b", "\n"))
    return Document(str(path), "docx", text)
