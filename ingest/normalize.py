"""Clean text for search, with a map back to the original: markdown marks, portal boilerplate and
page-break gaps removed, every clean character pointing at its original offset."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.vn import LOWER, UPPER

# Lines that portals wrap around content ("A- A A+ | Tăng tương phản"), kept out of search.
_BOILERPLATE = re.compile(
    r"^\s*(?:[|•·:\s]+|A-\s*A\s*A\+.*|.*Tăng tương phản.*|Tin nổi bật.*|Lượt (?:truy cập|xem).*|"
    r"Chia sẻ.*|In trang.*|Bản in|Gửi email|Lên đầu trang|Trang chủ\s*[>»/].*)\s*$",
    re.IGNORECASE,
)
_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+")
_STARS = re.compile(r"\*{1,3}")
_MARKER_TAB = re.compile(r"^\s*(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ]|\(\d{1,2}\))[.)\-–/]?(\t)")
# A block that starts a structure: numbering, bullets, articles, or the header/footer fields.
MARKER = re.compile(
    r"^(?:[IVXLC]{1,5}\s*[.\-–)/]\s|\d{1,2}(?:\.\d{1,2}){0,2}\s*[.\-–)]\s*\S|\d{1,2}\.\d{1,2}\s|\d{1,2}/\s|[a-zđ][)/-]\s|[a-zđ]\.\s(?=[" + UPPER + r"])|"
    r"[-–•+]\s|\(\d{1,2}\)\s|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,\s|[^\n,]{2,40},\s*ngày\s|V/v\s|Điều\s+\d|Chương\s+[IVXLC\d]|Mục\s+\d|Nơi nhận|Số\s*:|Kính gửi|Căn cứ|Ngày\s+\d)"
)
# Words no sentence ends on, and a comma: a line that ends with one runs on to the next.
_BULLETED = re.compile(r"^\s*[-–+•]\s")  # a recipient's line "- Ban Tổ chức Tỉnh ủy," ends with a comma of its own
_OPEN_END = re.compile(r"\s(?:từ|của|cho|với|và|các|tại|về|theo|trên|đến|giữa|hoặc|những|để|đối với|thuộc)$|,$")
_TERMINAL = re.compile(r"[.:;!?…)\]”\"]\s*$")


@dataclass(frozen=True)
class Clean:
    """Clean text, `pos[i]` = original offset of clean char i, and the non-empty lines (blocks)."""

    text: str
    pos: tuple[int, ...]
    blocks: tuple[tuple[int, int], ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the clean span [start, end)."""
        if end <= start:
            return self.pos[start] if start < len(self.pos) else 0, self.pos[start] if start < len(self.pos) else 0
        return self.pos[start], self.pos[end - 1] + 1


# Pictographs and dingbats that posts and chat messages (Zalo, Facebook) use as bullets ("🔹 Công an phường: ...",
# "👉 Rà soát ...", "✅", "▪", "►") or as decoration: a line's leading run is its bullet, the others are dropped.
_PICTOGRAPH = re.compile("[\u2022\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]")
_LEADING_PICTOGRAPHS = re.compile("^\\s*(?:[\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
                                  "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*\\s*)+(?=\\S)")


# Plain-text bullets of messages: "* Phòng Kinh tế:" ("- "), "=> Rà soát ..." / "-> ..." (a point under it: "+ ").
_ASCII_BULLET = re.compile(r"^\s*(?:\*|=>|->)\s+(?=\S)")
# A pointing hand or an arrow marks a point under the line above ("🔹 Phòng Kinh tế:" / "👉 Rà soát ..."): "+ ".
_POINTING = frozenset("👉👆☞➡➔➜➤➢►▶▸→✓✔☑")


def _clean_line(line: str, base: int) -> tuple[str, list[int]]:
    """Drop markdown heading/emphasis marks; a mark glued between two words becomes a space; a leading pictograph
    becomes a bullet ("- ", or "+ " for a pointing one), other pictographs go."""
    keep = [True] * len(line)
    space_at: set[int] = set()
    m = _HEADING_MARK.match(line)
    if m:
        for i in range(m.end()):
            keep[i] = False
    bullet, glyph = -1, ""
    if m := _LEADING_PICTOGRAPHS.match(line) or _ASCII_BULLET.match(line):
        bullet = m.start() + len(m.group(0)) - len(m.group(0).lstrip())  # its first character reads "-" or "+"
        glyph = "+" if line[bullet] in _POINTING or line[bullet] in "=-" else "-"
        for i in range(bullet + 1, m.end() - 1):
            keep[i] = False
        if line[m.end() - 1] != " ":
            keep[m.end() - 1] = False
            space_at.add(m.end())
    for pm in _PICTOGRAPH.finditer(line):
        if pm.start() != bullet and (m is None or pm.start() >= m.end()):
            keep[pm.start()] = False
    for i in range(1, len(line)):
        if line[i] in " \t" and line[i - 1] in " \t":
            keep[i] = False  # justified PDF lines come out with runs of spaces
    tab = m.start(1) if (m := _MARKER_TAB.match(line)) else -1  # Word's numbering: "1.\tPhòng ...", "a)\tChủ trì"
    for m in _STARS.finditer(line):
        for i in range(m.start(), m.end()):
            keep[i] = False
        before = line[m.start() - 1] if m.start() > 0 else " "
        after = line[m.end()] if m.end() < len(line) else " "
        if not before.isspace() and not after.isspace() and before.isalnum() and after.isalnum():
            space_at.add(m.start())
    if bullet >= 0:
        keep[bullet] = True  # a "* " bullet is no emphasis mark
    chars: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(line):
        if i in space_at:
            chars.append(" ")
            pos.append(base + i)
        if keep[i]:
            chars.append(glyph if i == bullet else " " if i == tab else c)
            pos.append(base + i)
    text = "".join(chars)
    # Trim both ends (markdown hard breaks end lines with two spaces).
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return text, pos[lead : lead + len(text)]


def is_heading_like(line: str) -> bool:
    """A line in capitals ("THÔNG BÁO", "UBND TỈNH LÀO CAI"): a heading, never part of a sentence."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _joins(prev: str, nxt: str, gap_lines: int, reflow: int) -> bool:
    """Whether a line break is a wrap inside a sentence (page break, PDF line wrap) to be joined."""
    if reflow and gap_lines == 0 and _DASH_WRAP.match(nxt) and not _TERMINAL.search(prev) and \
            len(prev.rsplit("\n", 1)[-1]) >= 0.85 * reflow:
        return True  # a full line wrapped at the dash of a name ("Phòng Tài chính" / "- Kế hoạch bố trí ..."): no bullet
    if MARKER.match(nxt) or is_heading_like(nxt) and not _PERIOD.match(nxt) or is_heading_like(prev):
        return False
    if gap_lines == 0 and MARKER.match(prev) and _deadline_cell(nxt):
        return True  # "2. Đồng chí X chỉ đạo ... tháo gỡ vướng mắc." / "Chậm nhất 13/3/2026": a task table's deadline cell
    if nxt[:1].islower():
        return True
    if _TERMINAL.search(prev):
        return False
    if gap_lines == 0 and _OPEN_END.search(prev) and not (prev.endswith(",") and _BULLETED.match(prev)):
        return True  # "... điều động 06 viên chức từ" / "Chi nhánh Sa Đéc, ...": no sentence ends on "từ" or ","
    if gap_lines == 0:  # a single newline: only PDFs wrap lines, and a wrapped line runs to the margin
        return bool(reflow) and len(prev.rsplit("\n", 1)[-1]) >= 0.75 * reflow
    return len(prev) >= 120  # a long paragraph cut short by a page break


def _deadline_cell(line: str) -> bool:
    """A line that is one deadline and nothing else ("Trước 28/02/2026", "Từ 16/3 đến 30/4/2026")."""
    from ingest.deadlines import find_deadlines

    if len(line) > 48:
        return False
    found = find_deadlines(line)
    return len(found) == 1 and found[0].start == 0 and not line[found[0].end:].strip(" .;")


_COLUMNS = re.compile(r"(?<=\S)(?: {4,}|[ ]*\t[\t ]*)(?=\S)")  # Word's "save as text" puts a tab between columns
# Where a PDF's text layer (or a converter) ran the two columns of a header or a signature block together with one
# space: before the motto ("BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI ..."), before a signing capacity or "(đã ký)"
# at the end of a recipient's line, before a name that ends the last one ("- Lưu: VT. Trần Thị Ngọc").
_HEADER_JOINS = re.compile(r"(?<=\S) (?=C[ỘO]NG H(?:ÒA|OÀ|OA) XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–]\s*Tự do)")
_FOOTER_JOINS = re.compile(
    rf"(?<=[;.,:)]) +(?=(?:(?:TL|KT|TM|T/M|TUQ|Q)\.\s*)?[{UPPER}]{{2,}}(?:[ ,\-–]+[{UPPER}]+)*\s*$)"
    r"|(?<=\S) +(?=\((?:đã ký|Đã ký|đã ký và đóng dấu)\)\s*$)"
    rf"|(?<=[.;]) +(?=[{UPPER}][{LOWER}]*(?: [{UPPER}][{LOWER}]+){{1,3}}\s*$)")  # "Y Blih Mlô": a one-letter name
HEADER_LINES = 15
# A heading and its first point on one line ("1- Phòng Kế hoạch tổng hợp: a) Chủ trì ..."): two lines.
_FIRST_POINT = re.compile(r"(?<=:)[ \t]+(?=a\)\s)")


def _physical_lines(text: str):
    """(line, offset) of each line; in the header and after "Nơi nhận", a line laid out in two columns by
    spaces ("SỞ Y TẾ THANH HÓA      CỘNG HÒA XÃ HỘI ...", "Nơi nhận:      GIÁM ĐỐC") gives each column apart, as
    a two-column table would."""
    offset, seen, footer = 0, 0, False
    for raw in text.split("\n"):
        seen += bool(raw.strip())
        footer = footer or raw.lstrip().lower().startswith("nơi nhận")
        joins = (_HEADER_JOINS if seen <= HEADER_LINES else _FOOTER_JOINS) if seen <= HEADER_LINES or footer else None
        numbered = _MARKER_TAB.match(raw)  # "1.\tPhòng Quản lý ...": Word's tab after a number is no column
        cuts = [(m.start(), m.end(), rx is _FOOTER_JOINS) for rx in (_COLUMNS, joins) if joins
                for m in rx.finditer(raw) if not (numbered and m.start() <= numbered.start(1) < m.end())]
        cuts += [(m.start(), m.end(), False) for m in _FIRST_POINT.finditer(raw)]
        if cuts:
            at = 0
            for a, b, joined in sorted(cuts):
                # a column run together is cut only after running text ("KT. CHỦ TỊCH" stays whole)
                if a >= at and not (joined and not any(c.islower() for c in raw[at:a])):
                    yield raw[at:a], offset + at
                    at = b
            yield raw[at:], offset + at
        else:
            yield raw, offset
        offset += len(raw) + 1


def hard_wrapped(text: str, fmt: str) -> bool:
    """Whether soft line wraps are to be joined: always for a PDF's text layer and for OCR of a scan; for a text file, when it was
    saved wrapped at a fixed width (as pdftotext and e-mail clients do): most of its long lines stop short of a
    sentence's end, at about the same length."""
    if fmt in ("pdf", "image"):
        return True
    if fmt not in ("txt", "md"):
        return False
    long = [x.rstrip() for x in text.split("\n") if len(x.strip()) >= 40]
    if len(long) < 8:
        return False
    open_ended = sum(not _TERMINAL.search(x) for x in long) / len(long)
    lengths = sorted(len(x) for x in long)
    p90 = lengths[int(len(lengths) * 0.9)]
    return open_ended >= 0.5 and p90 <= 110


def clean(text: str, reflow: bool = False) -> Clean:
    """Normalise `text` (already NFC) for search; `reflow` joins soft line wraps (PDF) and reads a task table whose
    rows a text layer ran together (ingest/text_tables.py)."""
    from ingest import text_tables

    out: list[str] = []
    pos: list[int] = []
    blocks: list[tuple[int, int]] = []
    prev = ""
    gap = 0
    wrap = 0
    if reflow:  # the usual length of a full line: shorter lines end their paragraph
        lengths = sorted(len(x.strip()) for x in text.split("\n") if x.strip())
        wrap = lengths[int(len(lengths) * 0.9)] if lengths else 0

    def block(line: str, lpos: list[int]) -> None:
        if out:
            out.append("\n")
            pos.append(lpos[0] - 1 if lpos else (pos[-1] if pos else 0))
        start = len(out)
        out.extend(line)
        pos.extend(lpos)
        blocks.append((start, len(out)))

    table: tuple[tuple[bool, bool], int] | None = None  # inside a run-together task table: (its columns, next row)
    row: list[tuple[str, list[int]]] = []
    # an e-mail sent "format=flowed" (RFC 3676) ends a soft-wrapped line with one space
    lines = [x for x in text.split("\n") if x.strip()]
    flowed = sum(bool(_FLOWED.search(x)) for x in lines) >= max(3, len(lines) // 6)
    soft = False
    for raw, base in _physical_lines(text):
        if _BOILERPLATE.match(raw):
            continue
        line, lpos = _clean_line(raw, base)
        # before its first row, a table's header may still run on ("... Thời gian hoàn" / "thành"): joined below
        if table is not None and (row or not line[:1].islower()):
            if line and text_tables.is_row(line, table[1]):
                for item in text_tables.rows(row, *table[0]) if row else ():
                    block(*item)
                row, table = [(line, lpos)], (table[0], table[1] + 1)
                continue
            if line and row and not _TABLE_ENDS.match(line):
                row.append((line, lpos))
                continue
            for item in text_tables.rows(row, *table[0]) if row else ():
                block(*item)
            row, table, prev = [], None, ""
        if not line:
            gap += 1
            continue
        if prev and (_joins(prev, line, gap, wrap) or flowed and soft and gap == 0 and not MARKER.match(line)
                     and not is_heading_like(line) and not is_heading_like(prev)):
            if reflow and gap == 0 and _HYPHENATED.search(prev) and line[:1].islower():
                out.pop()  # a scan's text layer hyphenates inside a word ("du khá-" / "ch"): the word is whole again
                pos.pop()
            else:
                out.append(" ")
                pos.append(base - 1)
            start, _ = blocks.pop()
        else:
            if out:
                out.append("\n")
                pos.append(base - 1)
            start = len(out)
        out.extend(line)
        pos.extend(lpos)
        blocks.append((start, len(out)))
        prev = "".join(out[start:])
        soft = bool(_FLOWED.search(raw))
        gap = 0
        if reflow and start == blocks[-1][0] and (found := text_tables.header(prev)):
            table = (found, 1)
    for item in text_tables.rows(row, *table[0]) if table and row else ():
        block(*item)
    return Clean("".join(out), tuple(pos), tuple(blocks))


_HYPHENATED = re.compile(r"[a-zà-ỹđ]-$")
_FLOWED = re.compile(r"\S \r?$")  # one space, not markdown's two
_DASH_WRAP = re.compile(r"^[-–]\s+[A-ZĐÀ-Ỹ]")
_PERIOD = re.compile(r"^[IVX]{1,4}\s*[/\-]\s*\d{4}\b")  # "trong quý" / "IV/2025.": a wrapped quarter, no heading
_TABLE_ENDS = re.compile(r"^(?:[IVXLC]{1,5}\.\s|Nơi nhận)|^[^a-zà-ỹđ]{12,}$")
