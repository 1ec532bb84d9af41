"""Word .docx to text with python-docx (the one module that imports it): paragraphs and tables in order."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.limits import Budget
from ingest.records import Document
from ingest.tables import render
from ingest.vn import nfc, to_letter, to_roman


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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}") if el is not None else None
    return child.get(f"{_W}val") if child is not None else None


_FORMATS = {"decimal": str, "decimalZero": lambda n: f"{n:02d}", "lowerLetter": to_letter,
            "upperLetter": lambda n: to_letter(n).upper(), "lowerRoman": lambda n: to_roman(n).lower(),
            "upperRoman": to_roman}


class _Numbering:
    """Word's automatic numbering ("1.", "1.1.", "a)", "-" drawn by Word, not typed): the label each numbered
    paragraph shows, from numbering.xml and the paragraph's own or its style's numPr, counted as Word counts
    (per list definition; a deeper level restarts when a shallower one moves on; a list's start override restarts
    it)."""

    def __init__(self, document) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # abstractNumId -> ilvl -> (start, fmt, text)
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        try:
            self._read(root)
        except (TypeError, ValueError):  # a damaged numbering part: the text is read without its labels
            self.levels, self.nums = {}, {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()

    def _read(self, root) -> None:
        if root is not None:
            for a in root.iter(f"{_W}abstractNum"):
                self.levels[a.get(f"{_W}abstractNumId")] = {
                    int(lvl.get(f"{_W}ilvl")): (int(_val(lvl, "start") or 1), _val(lvl, "numFmt") or "decimal",
                                                _val(lvl, "lvlText") or "") for lvl in a.iter(f"{_W}lvl")}
            for n in root.iter(f"{_W}num"):
                overrides = {int(o.get(f"{_W}ilvl")): int(_val(o, "startOverride"))
                             for o in n.iter(f"{_W}lvlOverride") if _val(o, "startOverride")}
                self.nums[n.get(f"{_W}numId")] = (_val(n, "abstractNumId") or "", overrides)

    def label(self, paragraph) -> str:
        num_id, ilvl = self._num_pr(paragraph)
        if not num_id or num_id not in self.nums:
            return ""
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return ""
        counts = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counts[lvl] = start - 1
        counts[ilvl] = counts.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none"):
            return "-" if fmt == "bullet" else ""

        def value(m: re.Match) -> str:
            lvl = int(m.group(1)) - 1
            n = counts.get(lvl, levels.get(lvl, (1,))[0])
            return _FORMATS.get(levels.get(lvl, (1, "decimal"))[1], str)(n)

        return re.sub(r"%(\d)", value, text)

    @staticmethod
    def _num_pr(paragraph) -> tuple[str | None, int]:
        """numId and level of the paragraph's own numPr, else of its style's (and the styles it is based on)."""
        p_pr = paragraph._p.pPr
        num_pr = p_pr.find(f"{_W}numPr") if p_pr is not None else None
        style = paragraph.style
        while num_pr is None and style is not None:
            s_pr = style.element.find(f"{_W}pPr")
            num_pr = s_pr.find(f"{_W}numPr") if s_pr is not None else None
            style = style.base_style
        if num_pr is None:
            return None, 0
        num_id = _val(num_pr, "numId")
        return (None if num_id in (None, "0") else num_id), int(_val(num_pr, "ilvl") or 0)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CHARS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-",
          f"{_W}softHyphen": ""}
# What a paragraph shows is in its runs; these hold no text of the page: properties (a pPr's tab stops share the run's
# w:tab tag), revisions taken out, the same drawing again for old readers.
_HIDDEN = (f"{_W}del", f"{_W}moveFrom", _MC_FALLBACK)


def _unfilled(sdt) -> bool:
    """A content control nobody filled in shows its prompt ("Click or tap to enter a date."), no text of the page."""
    return sdt.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _paragraph_text(p) -> tuple[str, list]:
    """A paragraph's text as Word shows it with its revisions accepted (inserted runs read, deleted ones not:
    w:delText is no w:t), inline content controls included, and the text boxes anchored in it (a header's number
    and date set in a floating box), to be read apart."""
    text: list[str] = []
    boxes: list = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _HIDDEN or tag.endswith(("Pr", "PrChange")):
                continue
            if tag == f"{_W}sdt" and _unfilled(child):
                continue
            if tag == f"{_W}txbxContent":
                boxes.append(child)
            elif tag == f"{_W}t":
                text.append(child.text or "")
            elif tag in _CHARS:
                text.append(_CHARS[tag])
            else:
                walk(child)

    walk(p)
    return "".join(text), boxes


def _blocks(container):
    """A container's paragraphs and tables in order (the body, a cell, a text box), those inside block-level
    content controls included."""
    for child in container:
        if child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None and not _unfilled(child):
                yield from _blocks(content)
        elif child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child


def _lines(container, document, label=None) -> list[str]:
    """The lines of a container: each paragraph after the text boxes anchored in it, each table as ingest/tables.py
    renders it. `label` gives a body paragraph its automatic number."""
    from docx.table import Table

    out: list[str] = []
    for el in _blocks(container):
        if el.tag == f"{_W}p":
            text, boxes = _paragraph_text(el)
            for box in boxes:
                out += _lines(box, document)
            mark = label(el) if label and text.strip() else ""
            out.append(f"{mark} {text}" if mark else text)
        else:
            # Header and signature blocks laid out in two columns, or a task table: see ingest/tables.py.
            # Rows as the grid shows them: a merged cell comes back once per column it spans (and per row it spans
            # down), so columns stay aligned under a two-row header; render() reads merged rows and cells.
            rows = [["\n".join(_lines(cell._tc, document)) for cell in row.cells] for row in Table(el, document).rows]
            out += render(rows)
    return out


def load_docx(path: Path, data: bytes, budget: Budget) -> Document:
    import docx
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
    numbering = _Numbering(document)
    lines = _lines(document.element.body, document, lambda el: numbering.label(Paragraph(el, document)))
    text = nfc("\n".join(lines).replace("\r", "\n").replace("\x0b", "\n"))
    return Document(str(path), "docx", text)
