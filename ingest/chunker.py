"""Chunks along the section tree: a chunk never crosses a section; long sections split with overlap."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalize import Clean
from ingest.sections import Segment

# ";" chains clauses of one task ("...; hoàn thành trước ngày 31/12/2026.") so it never ends a unit.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^a-zà-ỹđ])|\n")


@dataclass(frozen=True)
class Span:
    """A chunk before it gets ids and pages: clean [start, end) plus where it sits."""

    start: int
    end: int
    section: str
    section_no: str
    part: str


def _units(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """Sentences (and lines) of text[start:end] as clean spans; one longer than `size` (a table row, a text
    without full stops) is cut between words, so no unit, and no chunk, is unbounded."""
    out = []
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.start() > s:
            out.extend(_cut(text, s, m.start(), size))
        s = m.end()
    if s < end:
        out.extend(_cut(text, s, end, size))
    return out


def _cut(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    out = []
    while end - start > size:
        at = text.rfind(" ", start + size // 2, start + size)
        at = at if at > start else start + size
        out.append((start, at))
        start = at + 1 if text[at:at + 1] == " " else at
    if end > start:
        out.append((start, end))
    return out


def split(text: str, start: int, end: int, size: int, overlap: int) -> list[tuple[int, int]]:
    """Pack sentences into spans of about `size` chars; consecutive spans share <= `overlap` chars."""
    if end - start <= size * 1.25:
        return [(start, end)]
    units = _units(text, start, end, size)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and units[j + 1][1] - units[i][0] <= size:
            j += 1
        spans.append((units[i][0], units[j][1]))
        if j + 1 >= len(units):
            break
        k = j + 1
        while k - 1 > i and units[j][1] - units[k - 1][0] <= overlap:
            k -= 1
        if k == j + 1 and j > i and units[j][1] - units[j][0] <= size // 2:
            k = j  # repeat at least the last sentence, so a split never loses its context
        i = k
    return spans


def chunk_spans(clean: Clean, segs: list[Segment], header_end: int, footer_start: int,
                size: int, overlap: int) -> list[Span]:
    """Header, body segments and footer as chunk spans, in document order."""
    text, blocks = clean.text, clean.blocks
    out: list[Span] = []
    if header_end > 0 and text[:header_end].strip():
        out.extend(Span(a, b, "", "", "header") for a, b in split(text, 0, header_end, size, overlap))
    held = None  # a heading too long for the breadcrumbs ("…"), whose whole line opens its first child's chunk
    for seg in segs:
        if seg.heading_only:
            if seg.breadcrumb and seg.breadcrumb[-1].endswith("…") and held is None:
                held = blocks[seg.blocks[0]][0]
            continue  # its heading lives on in the children's breadcrumbs
        s, e = blocks[seg.blocks[0]][0], blocks[seg.blocks[-1]][1]
        if held is not None:
            s, held = held, None
        for a, b in split(text, s, e, size, overlap):
            out.append(Span(a, b, " › ".join(seg.breadcrumb), seg.number, seg.part))
    if footer_start < len(text) and text[footer_start:].strip():
        out.extend(Span(a, b, "", "", "footer") for a, b in split(text, footer_start, len(text), size, overlap))
    return out
