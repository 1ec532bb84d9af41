"""Task tables of a PDF page, read from the page laid out (pypdf's layout mode keeps each character's column).

The plain text layer runs a bordered table's cells together and wraps them inside their cells, so a row with a
partner column ("STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành") cannot be
told apart from its neighbours. Laid out, each cell keeps its column:

    STT   Nội dung công việc                 Đơn vị chủ trì    Đơn vị phối         Thời gian
                                                               hợp                 hoàn thành
          Đưa vào khai thác bổ sung 12       Cảng Hàng
     1    quầy làm thủ tục hàng không và     không quốc tế     Ban Kỹ thuật        30/6/2026
          ...                                Nội Bài           công nghệ

The columns are cut in the gutters between the header's labels (where no cell's word crosses), the rows at blank
lines (the row number may sit in the middle of its row), and the table ends at the first block that does not fit
the columns (the paragraph after it, a page number). The rows go to `ingest.tables.render`, as a Word table's do.
"""

from __future__ import annotations

import itertools
import re

from ingest.tables import render, task_columns
from ingest.vn import fold

# A header row opens with the number column, or with the unit's when there is none ("Đơn vị | Nhiệm vụ | Thời hạn").
_HEADER = re.compile(r"^\s*(?:s?tt|so tt)\s+\S|^\s*(?:don vi|co quan)(?: (?:chu tri|thuc hien))?\s+(?:noi dung|nhiem vu|cong viec)\b")
_TASK_WORDS = re.compile(r"\b(?:noi dung|nhiem vu|cong viec|giai phap|hoat dong)\b")
_RUN = re.compile(r"\S+(?: \S+)*")  # a cell's text on one line: words one space apart
_WORD = re.compile(r"\S+")
_GAP = re.compile(r"\S {3,}\S")  # two columns' text on one line
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")  # "7", "7.", "2.1"
# A group row across the whole table ("1. Hoàn thiện thể chế, chính sách", "II. NHIỆM VỤ THƯỜNG XUYÊN"): one line
# that opens with its label in the number column and runs over the other columns.
_GROUP = re.compile(r"^\s{0,3}(?P<n>\d{1,2}|[IVXLC]{1,5}|[A-ZĐ])[.)]\s+(?P<text>\S.{2,150})$")


_GROUP_MARK = re.compile(r"[IVXLC]{1,5}|[A-ZĐ]")


def _straddles(lines: list[str], at: int) -> int:
    return sum(m.start() < at < m.end() for line in lines for m in _WORD.finditer(line))


def _cuts(header: str, body: list[str]) -> list[int] | None:
    """Where each column starts: in the gutter before each header label that the fewest words cross."""
    labels = list(_RUN.finditer(header))
    if len(labels) < 3:
        return None
    cuts = [0]
    for left, right in itertools.pairwise(labels):
        spots = range(left.end() + 1, right.start() + 1)
        cuts.append(min(spots, key=lambda p: (_straddles(body, p), -p)))
    return cuts


def _cells(line: str, cuts: list[int], strict: bool = True) -> list[str] | None:
    """The line's text in each column; None when a word crosses a cut (a line that is not a table row). Labels
    centred over their columns (`strict=False`) go by their middle."""
    out = [""] * len(cuts)
    for m in _WORD.finditer(line):
        at = m.start() if strict else (m.start() + m.end()) // 2
        col = max(i for i, c in enumerate(cuts) if c <= at)
        if strict and col + 1 < len(cuts) and m.end() > cuts[col + 1]:
            return None
        out[col] = f"{out[col]} {m.group()}".strip()
    return out


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line ranges separated by blank lines."""
    out, start = [], None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            out.append((start, i))
            start = None
    return out


def read(layout: str) -> tuple[int, int, list[str]] | None:
    """(first line, end line) of the first task table in a laid-out page and its rendered lines, or None."""
    lines = layout.split("\n")
    for top in _headers(lines):
        got = _read_at(lines, top)
        if got is not None:
            return got
    return None


def _headers(lines: list[str]) -> list[int]:
    """Lines that may open a task table's header: the number column, and a task column on it or the next two
    lines (a header row wraps its labels: "STT | Thời hạn / hoàn thành | Nội dung nhiệm vụ | ...")."""
    return [i for i, x in enumerate(lines)
            if _HEADER.match(fold(x)) and _TASK_WORDS.search(fold(" ".join(lines[i:i + 3])))]


def _group(line: str, cells: list[str] | None) -> list[str] | None:
    """A group row ("II. Khắc phục bước 2" across the columns, or "I | KHẮC PHỤC KHẨN CẤP ..." with its numeral in
    the number column and its title in capitals) as (numeral, title), else None."""
    group = _GROUP.match(line)
    if group and (cells is None or not _NUMBER.match(cells[0])):
        return [group["n"], " ".join(group["text"].split())]
    if cells and _GROUP_MARK.fullmatch(cells[0]) and (title := " ".join(" ".join(cells[1:]).split())).isupper():
        return [cells[0], title]
    return None


def _rows(block: list[str], cuts: list[int], by_number: bool = True) -> list[list[str]] | None:
    """The rows of a block of lines between blank lines, in order: group rows, and one row with its one numbered
    line (the number may sit in the middle of its lines) or, where no blank line parts them (a printed
    spreadsheet), rows that each open with a numbered line; a table without a number column has one row a block.
    None when the block is no part of the table (a page number, a paragraph)."""
    width = len(cuts)
    rows: list[list[str]] = []
    lines: list[list[str]] = []

    def flush() -> bool:
        numbered = [i for i, c in enumerate(lines) if c[0]] if by_number else [0]
        if len(numbered) > 1 and numbered[0] == 0:
            parts = [lines[i:j] for i, j in itertools.pairwise([*numbered, len(lines)])]
        elif len(numbered) == 1 or not lines:
            parts = [lines] if lines else []
        else:
            return False
        rows.extend(["\n".join(c[k] for c in part if c[k].strip("-– ")) for k in range(width)] for part in parts)
        lines.clear()
        return True

    for line in block:
        cells = _cells(line, cuts)
        group = _group(line, cells)
        if group:
            if not flush():
                return None
            rows.append([group[0]] + [group[1]] * (width - 1))
        elif cells is None or by_number and cells[0] and not _NUMBER.match(cells[0]):
            return None
        else:
            lines.append(cells)
    return rows if flush() else None


def _read_at(lines: list[str], top: int) -> tuple[int, int, list[str]] | None:
    blocks = _blocks(lines[top:])
    head = lines[top + blocks[0][0]:top + blocks[0][1]]
    # the gutters are sought in the blocks laid out in columns, up to the first that is not (the paragraph after)
    laid = list(itertools.takewhile(lambda ab: any(_GAP.search(x) for x in lines[top + ab[0]:top + ab[1]]), blocks[1:]))
    cuts = _cuts(head[0], [x for a, b in laid for x in lines[top + a:top + b]])
    if cuts is None:
        return None
    header = [""] * len(cuts)
    for line in head:
        got = _cells(line, cuts, strict=False)
        header = [f"{h} {g}".strip() for h, g in zip(header, got, strict=True)]
    columns = task_columns(header)
    if not columns:
        return None
    rows: list[list[str]] = []
    end = top + blocks[0][1]
    for a, b in blocks[1:]:
        got = _rows(lines[top + a:top + b], cuts, "number" in columns)
        if got is None:
            break  # a page number, a paragraph in the first column
        rows += got
        end = top + b
    if not rows:
        return None
    return top, end, render([header, *rows])


def has_table(plain: str) -> bool:
    return bool(_headers(plain.split("\n")))


def splice(plain: str, layout: str) -> str:
    """The page's plain text with its task table replaced by the rendered rows (the plain text kept whole when the
    table cannot be read or placed)."""
    got = read(layout)
    if got is None:
        return plain
    _, end, rendered = got
    # The rendered lines are whole lines, never a wrap: set apart by blank lines, the PDF reflow leaves them be.
    rendered = "\n\n".join(x for x in rendered if x).split("\n") + [""]
    lines = plain.split("\n")
    start = next(iter(_headers(lines)), None)
    if start is None:
        return plain
    after = next((x for x in layout.split("\n")[end:] if x.strip()), None)
    if after is None:
        return "\n".join([*lines[:start], *rendered])
    key = " ".join(after.split())
    found = [i for i in range(start + 1, len(lines)) if " ".join(lines[i].split()) == key]
    if not found:
        return plain  # the table's end cannot be placed in the plain text
    stop = found[-1] if _NUMBER.match(key) else found[0]  # a page number: not a row's number above it
    return "\n".join([*lines[:start], *rendered, *lines[stop:]])
