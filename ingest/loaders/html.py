"""Web pages to the text of their main content (lxml: the one module that parses HTML).

Portals wrap a notice in menus, toolbars ("A- A A+ | Tăng tương phản"), breadcrumbs and footers; only the
content container is kept, with its block structure turned into lines (a header table's cells included).
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.loaders.text import decode
from ingest.records import Document
from ingest.tables import render
from ingest.vn import nfc, to_letter, to_roman

_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "button")
_CHROME = re.compile(r"menu|nav|footer|header|sidebar|breadcrumb|toolbar|share|social|banner|comment|widget|"
                     r"related|tin-?khac|lien-?ket|counter|visit", re.I)
_CONTENT = re.compile(r"content|article|post|entry|main|detail|noi-?dung|news|body-text|document", re.I)
# An article's headline and lead ("sapo") stand before its body's container, and may hold what the body does not:
# "X vừa có Thông báo số 86/TB-... ngày ... kết luận ..." names the notice a portal article relays.
_LEAD = re.compile(r"sapo|lead|summary|desc|intro|tom-?tat|chapeau", re.IGNORECASE)
_BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
           "article", "blockquote", "ul", "ol", "pre", "hr", "dd", "dt", "details", "summary"}


def _cell_text(cell) -> str:
    """A cell's text, one line per <br> and per paragraph inside it (a header block or a signature laid out in a
    table cell: "UBND TỈNH QUẢNG NINH" / "BAN QUẢN LÝ VỊNH HẠ LONG" / "Số: 328/TB-BQLVHL")."""
    for el in cell.iter():
        if el is not cell and isinstance(el.tag, str) and el.tag in _BLOCKS and el.tag != "td":
            el.tail = "\n" + (el.tail or "")
    return "\n".join(" ".join(x.split()) for x in cell.text_content().split("\n"))


# A spreadsheet saved as a web page keeps the sheet's frame: column letters above, row numbers to the left.
_FRAME = re.compile(r"row-header|column-header|freezebar")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, 1)), 50))
    except ValueError:
        return 1


def _grid(table) -> list[list[str]]:
    """The table's rows as a browser lays them out: a cell merged down (rowspan) or across (colspan) stands in
    every row and column it covers, as a Word table's merged cells do."""
    rows: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still covers)

    def carry(row: list[str]) -> None:
        while len(row) in carried:
            text, left = carried.pop(len(row))
            if left > 1:
                carried[len(row)] = (text, left - 1)
            row.append(text)

    for tr in table.iter("tr"):
        row: list[str] = []
        cells = (c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th"))
        for cell in (c for c in cells if not _FRAME.search(c.get("class", ""))):
            carry(row)
            text, down = _cell_text(cell), _span(cell, "rowspan")
            for _ in range(_span(cell, "colspan")):
                if down > 1:
                    carried[len(row)] = (text, down - 1)
                row.append(text)
        carry(row)
        rows.append(row)
    return rows


def _ol_label(n: int, kind: str) -> str:
    """The label a browser draws for item `n` of an <ol type=...>, written as notices write it ("a)" for letters)."""
    if kind in ("a", "A"):
        return f"{to_letter(n) if kind == 'a' else to_letter(n).upper()}) "
    if kind in ("i", "I"):
        return f"{to_roman(n).lower() if kind == 'i' else to_roman(n)}. "
    return f"{n}. "


def _under_numbered(ol) -> bool:
    """A list right under a numbered heading of its own ("<summary>1. Phòng Văn hóa - Xã hội</summary><ol>...")
    whose numbers start again at 1: its items are that heading's points, read as bullets, not as items 1, 2 beside
    it."""
    if ol.get("type", "1") != "1" or ol.get("start"):
        return False
    before = ol.getprevious()
    return before is not None and bool(re.match(r"\s*\d{1,2}[.)]\s+\S", before.text_content() or ""))


def _layout(table) -> bool:
    """A table that lays the page out (an old portal's frame around the notice: a banner row, a side column and the
    content cell, with tables inside): its cells read as blocks. A task table with a small table in one cell is
    still a table: it has more columns."""
    if next(table.iterdescendants("table"), None) is None:
        return False
    rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]
    return all(sum(1 for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")) <= 3 for tr in rows)


def _lines(el, out: list[str]) -> None:
    """Append the text of `el`, one line per block element; tables as ingest/tables.py renders them."""
    if el.tag == "table" and not _layout(el):
        out.append("\n" + "\n".join(render(_grid(el))) + "\n")
        return
    if el.tag in _BLOCKS:
        out.append("\n")
    if el.tag == "li":  # list items read as a reader sees them: numbered in an <ol>, bulleted in a <ul>
        parent = el.getparent()
        if parent is not None and parent.tag == "ol" and not _under_numbered(parent):
            n = [c for c in parent if isinstance(c.tag, str) and c.tag == "li"].index(el) + int(parent.get("start", 1))
            out.append(_ol_label(n, parent.get("type", "1")))
        else:  # a bulleted list inside another list's item holds that item's points: "+ " under its "- "
            out.append("+ " if next(el.iterancestors("li"), None) is not None else "- ")
    if el.text:
        out.append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _lines(child, out)
        if child.tail:
            out.append(child.tail)
    if el.tag in _BLOCKS:
        out.append("\n")


_TABLE_BLOCK = re.compile(r"(?:<html>\s*<body>\s*)?(<table\b.*?</table>)(?:\s*</body>\s*</html>)?", re.IGNORECASE | re.DOTALL)


def html_tables(text: str) -> str:
    """A markdown text's raw HTML tables (PDF-to-markdown converters such as MinerU and marker write merged cells
    so) as the lines a web page's tables give."""
    if "<table" not in text.lower():
        return text
    import lxml.html

    def lines(m: re.Match) -> str:
        try:
            table = lxml.html.fromstring(m.group(1))
        except Exception:  # noqa: BLE001 - a broken fragment stays as written
            return m.group(0)
        return "\n" + "\n".join(render(_grid(table))) + "\n"

    return _TABLE_BLOCK.sub(lines, text)


def _lead(best) -> list:
    """The headline and lead before `best` inside its article, in document order."""
    lead: list = []
    node, parent = best, best.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        for sib in node.itersiblings(preceding=True):
            if isinstance(sib.tag, str) and (sib.tag in ("h1", "h2") or _LEAD.search(f"{sib.get('class', '')} "
                                                                                      f"{sib.get('id', '')}")):
                lead.insert(0, sib)
        if parent.tag in ("article", "main"):
            break
        node, parent = parent, parent.getparent()
    return lead


def load_html(path: Path, data: bytes) -> Document:
    import lxml.html

    html, note = decode(str(path), data)
    try:  # no network, no huge trees: a web page is read as it is
        parser = lxml.html.HTMLParser(no_network=True, huge_tree=False)
        root = lxml.html.document_fromstring(html, parser=parser)
    except Exception as exc:  # noqa: BLE001 - lxml raises ParserError, ValueError...
        raise RejectedFile(str(path), f"unreadable HTML ({exc})") from exc
    title = " ".join((root.findtext(".//title") or "").split())
    site = re.split(r"\s+[-–|]\s+", title)[-1] if re.search(r"\s[-–|]\s", title) else ""
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    for el in list(root.iter()):  # what a browser does not show (a spreadsheet's hidden sheet) is not read either
        if isinstance(el.tag, str) and el.getparent() is not None and _HIDDEN.search(el.get("style", "")):
            el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("table", "tbody", "tr", "td"):
            continue  # a notice's own header/signature tables ("doc-header") are content
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if _CHROME.search(marks) and not _CONTENT.search(marks):
            el.drop_tree()
    candidates = [el for el in root.iter("article", "main", "div", "section")
                  if el.tag in ("article", "main") or _CONTENT.search(f"{el.get('class', '')} {el.get('id', '')}")]
    body = root.find("body")
    # The innermost container that still holds most of the text (div.content rather than the whole article).
    size = {id(el): len(el.text_content()) for el in candidates}
    largest = max(size.values(), default=0)
    best = min((el for el in candidates if size[id(el)] >= 0.8 * largest), key=lambda el: size[id(el)],
               default=body if body is not None else root)
    out: list[str] = []
    for el in _lead(best):
        _lines(el, out)
    _lines(best, out)
    text = "".join(out).replace("\xa0", " ")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise RejectedFile(str(path), "no main content found in the web page")
    return Document(str(path), "html", nfc(text), warnings=(note,) if note else (), site=nfc(site))
