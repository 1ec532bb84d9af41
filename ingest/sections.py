"""The section tree of a notice's body, flattened into segments along its numbering."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.vn import UPPER, roman

_ROMAN_HEADING = re.compile(r"^(?P<m>[IVXLC]{1,5})\s*(?:[.\-–)]|/(?=\s))\s*(?P<t>.*)$")
# "2.1.", "2.1" and, as party documents write them, "2.1-" and "2.1)"
_DECIMAL = re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){1,2})(?:\.?\s+|\s*[-–)]\s*)(?P<t>\S.*)$")
# Notices number items "1." as well as "1-" (party documents) and "1)".
_ARABIC = re.compile(r"^(?P<m>\d{1,2})(?:[.)]\s+|\s*[-–]\s*|/\s+)(?P<t>\S.*)$")  # "1.", "1)", "1-", "1/"
# "a)", "a/", "a-" (old portals), and "a." before a capital ("a. Bộ môn Điều dưỡng chủ trì ...")
_LETTER = re.compile(rf"^(?P<m>[a-zđ])(?:\)|\.(?=\s+[{UPPER}(“\"])|[/-](?=\s))\s*(?P<t>.*)$")
# Items numbered in parentheses ("(1) Rà soát ...", counted across groups) and in words ("Một là, ...", "Hai là, ...").
_PAREN = re.compile(r"^\((?P<m>\d{1,2})\)\s*(?P<t>\S.*)$")
ORDINALS = ("Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười")
_ORDINAL = re.compile(r"^(?P<m>" + "|".join(ORDINALS) + r")\s+là\s*[,:]\s*(?P<t>\S.*)$")
# Items labelled with a word and their number ("Nhiệm vụ 1: ...", "Giải pháp 2. ..."): item N.
LABEL_WORDS = ("Nhiệm vụ", "Giải pháp", "Công việc", "Nội dung")
_LABELLED = re.compile(r"^(?:" + "|".join(LABEL_WORDS) + r")\s+(?P<m>\d{1,2})(?::\s*|\.\s+)(?P<t>\S.*)$")
_ARTICLE = re.compile(r"^(?P<m>Điều\s+\d+)\s*[.:]?\s*(?P<t>.*)$")
_CHAPTER = re.compile(r"^(?P<m>(?:Chương|Phần|Mục)\s+[IVXLC\d]+)\s*[.:]?\s*(?P<t>.*)$")
_KINDS = (("chapter", _CHAPTER), ("article", _ARTICLE), ("roman", _ROMAN_HEADING), ("decimal", _DECIMAL),
          ("arabic", _ARABIC), ("labelled", _LABELLED), ("letter", _LETTER), ("paren", _PAREN), ("ordinal", _ORDINAL))
_CLOSING = re.compile(
    r"^(Trên đây là|Căn cứ (?:Thông báo|Kết luận) này)|thông báo (?:để|và đề nghị|kết quả|kết luận|ý kiến)"
)
LABEL_CHARS = 90


@dataclass(frozen=True)
class Segment:
    """Consecutive body blocks under one heading: what a chunk may never cross."""

    blocks: tuple[int, ...]
    breadcrumb: tuple[str, ...]
    number: str  # "II.3", "1.2"
    level: int
    part: str  # intro | body | closing
    heading_only: bool = False


def marker(line: str) -> tuple[str, str, str] | None:
    """(kind, marker, title) for a numbered heading or item line, None for other lines."""
    for kind, rx in _KINDS:
        m = rx.match(line)
        if not m:
            continue
        if kind == "roman" and roman(m.group("m")) is None:
            continue
        if kind == "decimal" and m.group("t")[:1].isdigit():
            continue  # "2.500 tỷ đồng" is an amount, not a sub-section
        mark = m.group("m")
        if kind == "ordinal":
            mark = str(ORDINALS.index(mark) + 1)  # "Hai là" is item 2
        return kind, mark, m.group("t").strip()
    return None


def label(mark: str, title: str, kind: str) -> str:
    """Breadcrumb label: the heading as written, long item sentences cut at a word."""
    sep = "." if kind in ("roman", "decimal", "arabic", "ordinal", "labelled") else ("" if kind in ("article", "chapter") else ")")
    if kind == "paren":
        mark, sep = f"({mark})", ""
    title = title.rstrip(":")
    if len(title) > LABEL_CHARS:
        title = title[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"
    return f"{mark}{sep} {title}".strip()


def segments(lines: list[str], first: int, last: int) -> list[Segment]:
    """Split body blocks [first, last) into segments: intro, one per numbered section, closing."""
    closing_at = last
    for i in range(last - 1, max(first, last - 2) - 1, -1):
        if _CLOSING.search(lines[i]) or lines[i].rstrip().endswith("./.") and marker(lines[i]) is None:
            closing_at = i  # a numbered item that ends the notice with "./." is still an item
    out: list[Segment] = []
    stack: list[tuple[str, str, str]] = []  # (kind, marker, label)
    current: list[int] = []
    crumb: tuple[str, ...] = ()
    number = ""
    part = "intro"

    def flush(heading_only: bool = False) -> None:
        if current:
            out.append(Segment(tuple(current), crumb, number, len(stack), part, heading_only))

    for i in range(first, closing_at):
        found = marker(lines[i])
        if found is None:
            current.append(i)
            continue
        kind, mark, title = found
        kinds = [k for k, _, _ in stack]
        shown = kind
        sub = next((m for k, m, _ in stack if k == "arabic-sub"), None)
        leads_in = kinds and kinds[-1] == "arabic" and len(current) == 1 and lines[current[0]].rstrip().endswith(":")
        if kind == "arabic" and (kinds and kinds[-1] == "decimal" and mark == "1" or leads_in and mark == "1" or
                                 sub is not None and mark == str(int(sub) + 1)):
            # a list "1.", "2." under a "2.1." heading, or right under an item that leads into it ("2. ... theo danh
            # mục dưới đây:"), is its children, not siblings of "2."; the next "3." is the parent's sibling again
            kind = "arabic-sub"
        if kind in kinds:
            del stack[kinds.index(kind):]
        elif kind == "roman" and (below := next((j for j, k in enumerate(kinds) if k not in ("chapter", "article")),
                                                None)) is not None:
            del stack[below:]  # "II." after items "1.", "2." whose "I." was not read as a heading: their sibling
        # The previous segment holds only its heading when this one is its first child.
        flush(heading_only=len(current) == 1 and kind not in kinds and part == "body")
        stack.append((kind, mark, label(mark, title, shown)))
        crumb = tuple(lab for _, _, lab in stack)
        number = _dotted(stack)
        part = "body"
        current = [i]
    flush()
    if closing_at < last:
        out.append(Segment(tuple(range(closing_at, last)), (), "", 0, "closing"))
    return out


def _dotted(stack: list[tuple[str, str, str]]) -> str:
    """ "II" + "3" -> "II.3"; a decimal "1.2" already carries its parent "1"."""
    parts: list[str] = []
    for kind, mark, _ in stack:
        if kind == "decimal" and parts and mark.startswith(parts[-1] + "."):
            parts[-1] = mark
        elif kind == "paren":
            parts.append(f"({mark})")
        else:
            parts.append(mark)
    return ".".join(parts)
