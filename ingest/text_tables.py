"""Task tables as a PDF's text layer gives them: a bordered table comes out row by row, each row's cells run
together and wrapped inside their cells ("1" / "Tham mưu ... giữa các" / "xã ... Phòng Kế hoạch - Tài" /
"chính Trước 05/12/2025"). Each row is read back into the form ingest/tables.py gives a Word table:

    1. Tham mưu ...
    - Đơn vị thực hiện: Phòng Kế hoạch - Tài chính
    - Thời hạn: Trước 05/12/2025

by its unit column (a unit name that opens a wrapped line, or the shortest unit name that ends the row) and its
deadline column (what follows the last unit, opening with a deadline word)."""

from __future__ import annotations

import re

from ingest.vn import fold

Line = tuple[str, list[int]]  # a clean line and the original offset of each of its characters

# "TT | Nội dung nhiệm vụ | Đơn vị thực hiện | [Đơn vị phối hợp |] Thời hạn" as one line (folded).
_HEADER = re.compile(r"^s?tt\s+(?:noi dung|nhiem vu|cong viec|giai phap)\b(?P<rest>.*)$")
_LEAD = re.compile(r"\b(?:don vi|co quan|chu tri|thuc hien|trach nhiem)\b")
_DUE = re.compile(r"\b(?:thoi han|thoi gian|tien do|hoan thanh)\b")
_ROW = re.compile(r"^(?P<n>\d{1,2})(?:\s+|$)")
# Words a deadline cell opens with ("Trước 05/12/2025", "Quý I/2026", "6 tháng đầu năm 2026", "Thường xuyên").
_DUE_START = re.compile(r"(?<!\S)(?:(?:Trước|Chậm nhất|Trong|Tháng|Quý|Năm|Hằng|Hàng|Định kỳ|Thường xuyên|Hoàn thành|"
                        r"Đến|Từ|Ngày|Tuần|Đầu|Giữa|Cuối)(?!\w)|\d{1,2}\s+tháng\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!\S))")


def header(line: str) -> tuple[bool, bool] | None:
    """(has a deadline column after the unit's, has a partners' column after the unit's) when `line` is a task
    table's header."""
    m = _HEADER.match(fold(line))
    if not m:
        return None
    lead = _LEAD.search(m.group("rest"))
    if not lead:
        return None
    due = _DUE.search(m.group("rest"), lead.end())
    return bool(due), "phoi hop" in m.group("rest")[lead.end():]


def is_row(line: str, expect: int) -> bool:
    m = _ROW.match(line)
    return bool(m) and int(m.group("n")) == expect


def _opening_unit(text: str) -> str:
    """The unit's name that opens `text`, "" when none does."""
    from ingest.units import find_units

    spans = find_units(text)
    return text[:spans[0][1]] if spans and spans[0][0] == 0 else ""


def _opens_with_unit(text: str) -> bool:
    """A unit's name, or a group ("Các khóm"), opens `text`."""
    return bool(_opening_unit(text)) or text[:4].lower() == "các "


def _unit_at(text: str, at: int) -> bool:
    return len(_opening_unit(text[at:]).split()) > 1


def rows(lines: list[Line], due_column: bool, partners: bool = False) -> list[Line]:
    """The lines of one table row (its number first) as a numbered item with labelled lines. With a partners'
    column, each cell on lines of its own (a text pasted cell by cell), the unit's cell is the line the unit opens
    and the partners' cell the lines up to the deadline."""
    text, pos, starts = "", [], []
    for line, lpos in lines:
        if text:
            text += " "
            pos.append(lpos[0] if lpos else (pos[-1] if pos else 0))
        starts.append(len(text))
        text += line
        pos.extend(lpos)
    m = _ROW.match(text)
    number, body = m.group("n"), m.end()
    from ingest.units import find_units

    spans = find_units(text[body:])
    last_head = body + max((s for s, _ in spans), default=0)
    due_at = len(text)
    if due_column:
        found = [d.start() for d in _DUE_START.finditer(text, last_head) if d.start() > last_head]
        due_at = found[0] if found else len(text)
    rest = text[:due_at].rstrip()
    lead_at = next((s for s in starts[1:] if s > body and s < len(rest) and _unit_at(rest, s)), None)
    if lead_at is None:  # one unwrapped line: the shortest unit name that ends the row
        heads = [body + s for s, _ in find_units(text[body:len(rest)])]
        cands = [k for k in range(body, len(rest)) if (k == 0 or rest[k - 1] == " ") and rest[k].isupper()
                 and _unit_at(rest, k) and find_units(rest[k:])[0][1] >= len(rest) - k - 1]
        lead_at = max(cands) if cands else (heads[-1] if heads else None)
        while lead_at is not None and rest[:lead_at].rstrip().endswith(";"):
            prev = [k for k in cands if k < lead_at]
            if not prev:
                break
            lead_at = prev[-1]
    if lead_at is None or lead_at <= body:
        return [(text, pos)]
    out: list[Line] = [(f"{number}. " + text[body:lead_at].rstrip(), [pos[0]] * (len(number) + 2) +
                        pos[body:body + len(text[body:lead_at].rstrip())])]
    lead_end = len(rest)
    if partners:  # cells on lines of their own: the unit's is its line, the deadline's opens the line it is found on
        lead_end = min(next((k for k in starts if k > lead_at), len(rest)), len(rest))
        due_at = max([k for k in starts if lead_end <= k <= due_at] or [due_at])
        # a line that opens with no unit ("Đạt 100% kế hoạch" / "trước ngày 31/01/2026") already holds the deadline
        due_at = next((k for k in starts if lead_end <= k < due_at and not text[k].islower()
                       and not _opens_with_unit(text[k:due_at])), due_at)
        rest = text[:due_at].rstrip()
        lead_end = min(lead_end, len(rest))
    for label, a, b in (("Đơn vị thực hiện", lead_at, lead_end), ("Đơn vị phối hợp", lead_end, len(rest)),
                        ("Thời hạn", due_at, len(text))):
        value = text[a:b].strip()
        if value:
            a = text.index(value, a)
            prefix = f"- {label}: "
            out.append((prefix + value, [pos[a]] * len(prefix) + pos[a:a + len(value)]))
    return out
