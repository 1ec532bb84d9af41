"""Tables as notices use them, whatever the format (Word, web page, markdown): one text form for the rest.

A task table ("TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn") becomes one numbered
item per row with its columns as labelled lines under it:

    1. Rà soát, cập nhật quy hoạch vùng trồng dược liệu ...
    - Đơn vị chủ trì: Sở Nông nghiệp và Môi trường
    - Đơn vị phối hợp: Sở Tài chính; UBND các huyện: Kỳ Sơn, Tương Dương
    - Thời hạn: 30/6/2025

which is how plans write their tasks in running text too ("- Đơn vị thực hiện: ...", "- Thời gian thực hiện:
..."), so sections, chunks and directives read both the same way. Any other table (a header laid out in two
columns, a signature block) gives its cells' lines, row by row.
"""

from __future__ import annotations

import itertools
import re

from ingest.vn import LOWER, UPPER, fold

# Column headers (folded) by role; the first role that matches a header wins, in this order.
_ROLES = (
    ("due", re.compile(r"\b(thoi han|thoi gian|hoan thanh|tien do|han chot|deadline)\b")),
    ("coordinators", re.compile(r"\bphoi hop\b")),
    ("lead", re.compile(r"\b(chu tri|thuc hien|dau moi|trach nhiem|don vi|co quan)\b")),
    ("task", re.compile(r"\b(noi dung|nhiem vu|cong viec|giai phap|hoat dong)\b")),
    ("number", re.compile(r"^(tt|stt|so tt|so thu tu)$")),
)


def task_columns(header: list[str]) -> dict[str, int] | None:
    """Role -> column index when `header` is a task table's header row (a task column and a lead or due one)."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(header):
        f = " ".join(re.findall(r"\w+", fold(cell)))
        for role, rx in _ROLES:
            if role not in roles and rx.search(f):
                roles[role] = i
                break
    if "task" not in roles and {"number", "lead", "due"} <= roles.keys():
        # "TT | Dự thảo nghị quyết | Cơ quan chuẩn bị | Thời hạn": the first other column says what is to be done
        roles["task"] = next((i for i in range(len(header)) if i not in roles.values() and header[i].strip()), -1)
    return roles if roles.get("task", -1) >= 0 and ("lead" in roles or "due" in roles) else None


def _flat(cell: str) -> str:
    return " ".join(cell.split())


_ITEM = re.compile(r"^\s*[-–•+]\s*")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+")


def _items(cell: str) -> list[str]:
    """The "- " paragraphs of a cell, bullets dropped, when each of its lines is one; its numbered paragraphs ("1.
    Rà soát ...", "2. Chủ trì ...") with their numbers; else the cell as one line."""
    lines = [x for x in cell.split("\n") if x.strip()]
    if lines and all(_ITEM.match(x) for x in lines):
        return [_flat(_ITEM.sub("", x)) for x in lines]
    if len(lines) > 1 and all(_NUMBERED.match(x) for x in lines):
        return [_flat(x) for x in lines]
    return [_flat(cell)]


def _units(cell: str) -> str:
    """A unit cell: one unit a line ("Công an phường<br>Ban Chỉ huy Quân sự phường") is a list, joined with "; "; a
    name wrapped over lines is one name."""
    from ingest.units import find_units

    lines = [x.strip().rstrip(";,").strip() for x in cell.split("\n") if x.strip()]
    if len(lines) > 1 and all(find_units(x) == [(0, len(x))] for x in lines):
        return "; ".join(lines)
    return _flat(cell)


def _header(rows: list[list[str]]) -> tuple[list[str], int]:
    """The header's cells and the first row after it. A two-row header ("Phân công thực hiện" over "Chủ trì |
    Phối hợp", the other cells merged down) reads as one row of its lowest labels: "Chủ trì", "Phối hợp", ..."""
    top = [_flat(c) for c in rows[0]]
    if len(rows) > 2 and len(rows[1]) == len(top):
        low = [_flat(c) for c in rows[1]]
        merged = sum(a == b for a, b in zip(top, low))
        if 0 < merged < len(top) and not re.fullmatch(r"\d{1,3}\.?", low[0]) and task_columns(top):
            return [a if a == b else b for a, b in zip(top, low)], 2
    return top, 1


def _plain(rows: list[list[str]]) -> list[str]:
    """Any other table: its cells' lines, row by row."""
    out: list[str] = []
    for row in rows:
        for k, cell in enumerate(row):
            if k and cell == row[k - 1]:
                continue  # a cell merged across columns comes once per column
            out.extend(line.strip() for line in cell.split("\n"))
        out.append("")
    return out


def _task_header(rows: list[list[str]]) -> tuple[int, list[str], int, dict[str, int]] | None:
    """Where a task table's header is (the first row, or a later one when the table lays out a whole document: a
    spreadsheet whose rows above the tasks hold the notice's header and opening), its cells, how many rows it takes
    (one or two) and its columns by role. A header row has three distinct cells at least, so a title merged across the table is none."""
    for i, row in enumerate(rows):
        if i == 0 or len({_flat(c) for c in row if c.strip()}) >= 3:
            header, first = _header(rows[i:i + 3])
            if cols := task_columns(header):
                return i, header, first, cols
    return None


def _deadline_column(rows: list[list[str]], cols: dict[str, int]) -> int | None:
    """A task table without a deadline column may give its deadlines in another one ("Ghi chú: Trước 30/6/2026",
    "Sản phẩm, thời gian"): the column, of those without a role, where half the rows' cells at least hold a
    deadline; the one with most, the rightmost of equals."""
    from ingest.deadlines import find_deadlines

    width = max(map(len, rows), default=0)
    counts = {j: sum(bool(j < len(r) and r[j].strip() and find_deadlines(r[j])) for r in rows)
              for j in range(width) if j not in cols.values()}
    best = max(counts, key=lambda j: (counts[j], j), default=None)
    return best if best is not None and counts[best] and counts[best] * 2 >= len(rows) else None


_DITTO = re.compile(r"(?i)[-–\s]*(?:nt|như trên|\")[-–\s.]*")


def render(rows: list[list[str]]) -> list[str]:
    """The lines of a table given as rows of cell texts (a cell may hold several lines)."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    found = _task_header(rows)
    if found is None:
        return _plain(rows)
    at, header, first, cols = found
    if "due" not in cols and (j := _deadline_column(rows[at + first:], cols)) is not None:
        cols, header = {**cols, "due": j}, [*header[:j], "Thời hạn", *header[j + 1:]]  # "Ghi chú: Trước 30/6/2026"
    out = _plain(rows[:at])
    rows = rows[at:]
    above: dict[str, str] = {}
    for i, row in enumerate(rows[first:], 1):
        if "number" in cols and len(row) > cols["task"] and row[cols["number"]] == row[cols["task"]] != row[-1]:
            out.append("")  # the layout changes (the signature's two halves under the tasks): the task table ended
            return out + _plain(rows[first + i - 1:])
        if len(row) > 2 and len(set(row[1:])) == 1:  # a group row merged across the table ("A | Xây dựng văn bản")
            out.append(_flat(row[1]) if row[0] == row[1] else f"{_flat(row[0])}. {_flat(row[1])}")
            continue
        cell = {role: (_units(row[j]) if role in ("lead", "coordinators") else _flat(row[j])) if j < len(row) else ""
                for role, j in cols.items()}
        if not cell["task"]:
            continue
        for role in ("lead", "coordinators", "due"):  # "- nt -", "như trên": the row above's cell
            if _DITTO.fullmatch(cell.get(role) or ""):
                cell[role] = above.get(role, "")
        above = cell
        number = cell.get("number", "")
        number = number.rstrip(".") if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", number) else str(i)
        # A unit's row may hold several tasks, one "- " paragraph each, with its deadlines in the same order in the
        # deadline cell: one item per task, each under the row's number.
        tasks = _items(row[cols["task"]])
        dues = _items(row[cols["due"]]) if "due" in cols and cols["due"] < len(row) else []
        for k, task in enumerate(tasks):
            sub = _NUMBERED.match(task)  # a numbered task inside the row's cell: "1.2. Chủ trì ..."
            out.append(f"{number}.{sub.group(1)}. {task[sub.end():]}" if sub else f"{number}. {task}")
            for role in ("lead", "coordinators", "due"):
                value = cell.get(role)
                if role == "due" and len(dues) == len(tasks):
                    value = dues[k]
                if value:
                    out.append(f"- {header[cols[role]]}: {value}")
    out.append("")
    return out


_GRID_RULE = re.compile(r"^\+(?:[-=:]+\+)+$")
_GRID_ROW = re.compile(r"^\|.*\|$")


def grid(text: str) -> str:
    """A plain text with its grid task tables ("+----+----+" rules, "| 1 | Tập trung ... |" rows whose cells wrap
    over several lines, as pandoc and e-mail clients draw them) rendered as above; other grids are left as they are.
    A row runs from one rule to the next; a cell's lines are its wrapped text."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _GRID_RULE.match(lines[i].strip()):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (_GRID_RULE.match(lines[j].strip()) or _GRID_ROW.match(lines[j].strip())):
            j += 1
        block = [x.strip() for x in lines[i:j]]
        cuts = [k for k, c in enumerate(block[0]) if c == "+"]
        rows: list[list[str]] = []
        cells: list[list[str]] | None = None
        for line in block:
            if _GRID_RULE.match(line) or len(line) != len(block[0]):
                if cells and any(any(c) for c in cells):
                    rows.append(["\n".join(c) for c in cells])
                cells = None if _GRID_RULE.match(line) else cells
                if not _GRID_RULE.match(line):
                    break  # a row out of line with the rules: not a grid read here
                continue
            cells = cells or [[] for _ in cuts[1:]]
            for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
                if part := line[a + 1:b].strip():
                    cells[k].append(part)
        if rows and task_columns([_flat(c) for c in rows[0]]) and all(len(r) == len(rows[0]) for r in rows):
            # a blank line between the lines rendered: a wrapped text's reflow must not join them back
            out.append("\n\n".join(x for x in render(rows) if x) + "\n")
        else:
            out.extend(lines[i:j])
        i = j
    return "\n".join(out)


def tabbed(text: str) -> str:
    """A plain text with its tab-separated task tables (cells pasted from a spreadsheet; a cell holding a line
    break comes in double quotes, as spreadsheets copy it) rendered as above; other tabbed lines are left as they
    are. A table runs from its header to the first blank line."""
    import csv

    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cols = lines[i].count("\t")
        if cols < 2 or not task_columns(lines[i].split("\t")):
            out.append(lines[i])
            i += 1
            continue
        j = next((k for k in range(i, len(lines)) if not lines[k].strip()), len(lines))
        rows = list(csv.reader(lines[i:j], delimiter="\t"))  # a quoted cell goes on over the next line
        if len(rows) < 2 or any(len(r) != cols + 1 for r in rows):
            out.append(lines[i])
            i += 1
            continue
        out.append("\n\n".join(x for x in render(rows) if x) + "\n")
        i = j
    return "\n".join(out)


_DASH_RUNS = re.compile(r"-{2,}")


def fixed(text: str) -> str:
    """A plain text with its fixed-width task tables (a header line over a rule of dash runs, one per column, as
    pandoc's simple tables and plain-text reports draw them; a cell's text wrapped on the lines below it, rows apart
    by blank lines or a new number) rendered as above; other text is left as it is. A line with text where the rule
    has a gap between columns is no longer the table."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        rule = lines[i + 1] if i + 1 < len(lines) else ""
        runs = [(m.start(), m.end()) for m in _DASH_RUNS.finditer(rule)]
        if len(runs) < 3 or rule.replace("-", "").strip() or not lines[i].strip():
            out.append(lines[i])
            i += 1
            continue
        bounds = [a for a, _ in runs] + [10 ** 6]
        gaps = [(e, a) for (_, e), (a, _) in itertools.pairwise(runs)]

        def cells(line: str) -> list[str]:
            return [line[a:b].strip() for a, b in itertools.pairwise(bounds)]

        rows: list[list[list[str]]] = []
        j = i + 2
        while j < len(lines):
            line = lines[j]
            if not line.strip():
                j += 1
                continue
            if set(line.strip()) <= set("-=") or any(line[a:b].strip() for a, b in gaps):
                break
            row = cells(line)
            if row[0] or not rows:
                rows.append([[c] if c else [] for c in row])
            else:
                for k, c in enumerate(row):
                    if c:
                        rows[-1][k].append(c)
            j += 1
        table = [cells(lines[i])] + [["\n".join(c) for c in r] for r in rows]
        if len(table) < 2 or not task_columns(table[0]):
            out.append(lines[i])
            i += 1
            continue
        out.append("\n\n".join(x for x in render(table) if x) + "\n")
        i = j + 1 if j < len(lines) and set(lines[j].strip()) <= set("-=") and lines[j].strip() else j
    return "\n".join(out)


_MD_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _md_cells(line: str) -> list[str]:
    cells = line.strip().strip("|").split("|")
    out = []
    for c in cells:
        c = re.sub(r"<br\s*/?>", "\n", c, flags=re.I)
        out.append("\n".join(x.strip() for x in c.split("\n")))
    return out


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_UNDERSCORES = re.compile(r"(?<![\w_])__(?=\S)([^_\n]+?)(?<=\S)__(?![\w_])")
_EMPHASIS = re.compile(r"(\*{1,3}[^*\n]+?\*{1,3})")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\[[^\]]*\]|\([^)]*\))")
_IMAGE_DATA = re.compile(r"^\[[^\]]+\]:\s*<?data:")  # an export's embedded image, defined at the end


def _paragraphs(cell: str) -> str:
    """A cell whose paragraphs an export ran together on one line, each with its own emphasis (Google Docs: "UBND
    TỈNH X **BAN QUẢN LÝ ...** Số: 229/TB-...", "**KT. TRƯỞNG BAN** **PHÓ TRƯỞNG BAN** **Đinh Quốc Hưng**"; a
    recipients' list "*Nơi nhận:* - Trưởng ban; - Lưu: VT."): one line each."""
    cell = _IMAGE.sub(" ", cell)
    parts = [p.strip() for p in _EMPHASIS.split(cell) if p.strip()]
    return "\n".join(re.sub(r"(?<=[:;])\s+(?=-\s)", "\n", p) for p in (parts if len(parts) > 1 else [cell]))



def markdown(text: str) -> str:
    """A markdown text with its pipe tables rendered as above, and its backslash escapes ("\\-") undone."""
    text = re.sub(r"\\(?=\n|$)", "", text)  # pandoc's hard line break: a backslash that ends a line
    text = _ESCAPE.sub(r"\1", text)
    text = _UNDERSCORES.sub(r"**\1**", text)  # "__UBND TỈNH ĐỒNG NAI__": bold, as converters such as mammoth write it
    text = re.sub(r"(?<=\S )--(?= \S)", "–", text)  # pandoc's en dash: "Phòng Kỹ thuật -- Vật tư"
    return pipe_tables("\n".join(x for x in text.split("\n") if not _IMAGE_DATA.match(x)))


# A signature cell run onto one line ("GIÁM ĐỐC Hoàng Văn Pảo", as antiword writes a Word table): the capacity in
# capitals, then the name.
_CAPS_THEN_NAME = re.compile(rf"(?<=[{UPPER}]{{2}}) (?=[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]*){{1,4}}$)")


def pipe_tables(text: str) -> str:
    """A text with its pipe tables ("| a | b |" rows, a "|---|" rule or none, as markdown and antiword write them)
    rendered as above."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _MD_ROW.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (_MD_ROW.match(lines[j]) or _MD_RULE.match(lines[j])):
            j += 1
        rows = [_md_cells(x) for x in lines[i:j] if not _MD_RULE.match(x)]
        if _task_header(rows) is None:  # a header or a signature laid out in a table: its cells' paragraphs apart
            rows = [[_CAPS_THEN_NAME.sub("\n", _paragraphs(c)) for c in r] for r in rows]
        out.extend(render(rows))
        i = j
    return "\n".join(out)
