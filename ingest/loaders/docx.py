"""Word .docx to text with python-docx (the one module that imports it): paragraphs and tables in order."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.limits import Budget
from ingest.records import Document
from ingest.tables import render
from ingest.vn import nfc


def _check_package(path: Path, data: bytes, budget: Budget) -> None:
    """A .docx is a zip of XML parts: refuse one that unpacks to more than the limit (a zip bomb) or whose XML
    declares entities (python-docx parses with entity resolution off; such parts have no place in Word)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        unpacked = sum(i.file_size for i in infos)
        if unpacked > budget.limits.unpacked_bytes:
            raise RejectedFile(str(path), f"the .docx unpacks to {unpacked / 1e6:.0f} MB (the limit is "
                               f"{budget.limits.unpacked_bytes / 1e6:.0f} MB): a damaged or hostile file")
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with z.open(info) as part:
                    head = part.read(4096)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise RejectedFile(str(path), f"the .docx part {info.filename} declares XML entities: a "
                                       "hostile or damaged file (re-save it from Word)")


def load_docx(path: Path, data: bytes, budget: Budget) -> Document:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise RejectedFile(str(path), "not a .docx (not a zip package): the file is damaged or misnamed")
    try:
        _check_package(path, data, budget)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a damaged part fails only when it is inflated
        raise RejectedFile(str(path), f"corrupt .docx ({exc})") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors...
        raise RejectedFile(str(path), f"corrupt .docx ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            # Header and signature blocks laid out in two columns, or a task table: see ingest/tables.py.
            # Rows as the grid shows them: a merged cell comes back once per column it spans (and per row it spans
            # down), so columns stay aligned under a two-row header; render() reads merged rows and cells.
            rows = [["\n".join(p.text for p in cell.paragraphs) for cell in row.cells] for row in item.rows]
            lines.extend(render(rows))
    text = nfc("\n".join(lines).replace("\r", "\n").replace("\x0b", "\n"))
    return Document(str(path), "docx", text)
