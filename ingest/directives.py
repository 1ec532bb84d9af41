"""Directives from a notice's conclusions: who must do what, with whom, by when.

A task is a bullet, a numbered or lettered point, or a paragraph that tells a unit to act. Its assignee is,
in order: the unit that is the subject of the clause ("Phòng Quản lý Khoa học chủ trì ..."), the unit after
"Giao"/"đề nghị", the unit a section heading addresses ("1. Sở Công Thương", "2. Đối với Sở KH&CN ..."),
or the unit the whole notice addresses ("Giám đốc Sở yêu cầu Phòng Quản lý Khoa học ...").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ingest.deadlines import find_deadlines
from ingest.records import Chunk, Directive, Notice
from ingest.sections import marker
from ingest.units import HEADS, find_units, unit_key
from ingest.vn import fold

_VERBS = (
    "tiep tuc|tap trung|chu tri|phoi hop|huong dan|tham muu|day manh|day nhanh|thuc hien|to chuc|xay dung|"
    "ra soat|khan truong|de xuat|theo doi|khao sat|moi|hoan thanh|chu dong|nang cao|tang cuong|bao dam|dam bao|"
    "dau moi|tien hanh|lam tot|trien khai|quan tam|nghien cuu|uu tien|can cu|bao cao|kiem tra|giao|de nghi|"
    "yeu cau|phan dau|cung co|huy dong|bo tri|lap|tong hop|cong bo|xu ly|giai quyet|rut kinh nghiem|tich cuc|"
    "dinh ky|trong (?:thang|quy|nam|khoang)|chuan bi|ho tro|kien toan|sap xep|ung dung|cap nhat|tiep thu|"
    "don doc|kiem soat|quan ly|co trach nhiem|rut ngan|tham tra|tham dinh|phe duyet|giai ngan|nang cap|"
    "van hanh|tuyen truyen|tiep nhan|bo sung|hoan thien|dieu chinh|phoi hop voi|chi dao|gui|trinh|thanh toan")
# Imperative openings of a task clause (folded), and the same verbs anywhere (after a unit's name).
_ACTION = re.compile(r"^(?:" + _VERBS + r")\b")
_VERB = re.compile(r"\b(?:" + _VERBS + r")\b")
# Sections that assess or praise rather than assign.
_ASSESS = re.compile(r"\b(danh gia|ket qua dat duoc|tinh hinh thuc hien|ghi nhan|bieu duong)\b")
# Praise, and the "... thông báo để ... biết, thực hiện" formula, assign nothing.
_NOT_TASK = re.compile(r"^(?:ghi nhan|bieu duong|danh gia cao|tren day|.*\bthong bao\b.*\bbiet\b)")
_GIVEN = re.compile(r"\b(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\s+$")
_COORD = re.compile(r"[Pp]hối hợp(?: chặt chẽ)?(?: có hiệu quả)? với\s+([^.;:]+)")
_ADDRESS = re.compile(r"(?:yêu cầu|đề nghị|giao)\s+((?:các\s+)?(?:" + "|".join(HEADS) + r")\b[^.:;]*)", re.I)


def _unit_heading(label: str, addressed: bool = True) -> str:
    """The unit a heading addresses ("1.2. Tổng cục Tiêu chuẩn ..." / "2. Đối với Sở KH&CN ..."), or ""."""
    found = marker(label)
    title = (found[2] if found else label).rstrip(":").strip()
    title = re.sub(r"^Đối với\s+", "", title)
    if not title:
        return ""
    words = title.split()
    heads = {fold(h) for h in HEADS}
    first, two = fold(words[0]), fold(" ".join(words[:2]))
    if first == "cac" and len(words) > 1:  # "các Trung tâm ...", "các Ban Quản lý dự án ..."
        first, two = fold(words[1]), fold(" ".join(words[1:3]))
    is_unit = first in heads or two in heads
    if is_unit and len(title) <= 120 and not title.endswith("."):
        return title
    if addressed and (m := _ADDRESS.search(title)):  # "2. Để nâng cao ..., đề nghị các Sở KH&CN tập trung ..."
        spans = find_units(m.group(1))
        if spans:
            return m.group(1)[spans[0][0]:spans[0][1]]
    return ""


def _notice_addressee(intro: str, title: str) -> str:
    """ "Giám đốc Sở yêu cầu Phòng Quản lý Khoa học ... thực hiện các nhiệm vụ" / "làm việc với Sở ..."."""
    for rx in (r"(?:yêu cầu|đề nghị)\s+(?:các\s+)?", r"làm việc với\s+"):
        for text in (intro, title):
            for m in re.finditer(rx, text):
                spans = find_units(text[m.end():m.end() + 120])
                if spans and spans[0][0] <= 4:
                    return text[m.end() + spans[0][0]:m.end() + spans[0][1]]
    return ""


def _subject(text: str) -> str:
    """A unit that is the clause's subject or is named after an opening "Giao"/"Đề nghị"."""
    for s, e in find_units(text):
        before = text[:s]
        if s <= 2 or (s <= 14 and _GIVEN.search(before)):
            if s > 2:
                return text[s:e]
            # A clause-opening unit acts when a verb follows its name; words the name list does not know
            # ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh tăng cường ...") still belong to the name.
            folded = fold(text)
            if re.match(r"\s*(la dau moi|co trach nhiem|,)", folded[e:]):
                return text[s:e]
            verb = _VERB.search(folded, max(e - 8, s + 6), e + 45)  # the name list may overshoot a word
            if verb and not re.search(r"[,;:.]", text[e:verb.start()]) and len(text[e:verb.start()].split()) <= 4:
                return text[s:verb.start()].rstrip()
            continue
    return ""


def _coordinators(text: str, assignee: str) -> tuple[str, ...]:
    """Units listed right after "phối hợp với" ("với Phòng Kế hoạch – Tài chính hoàn thành ...")."""
    out: list[str] = []
    for m in _COORD.finditer(text):
        clause, last = m.group(1), 0
        for s, e in find_units(clause):
            gap = clause[last:s]
            first_ok = not out and len(gap) <= 40 and not re.search(r"\b(thuộc|của|trình|đề|để)\b", gap)
            if not (first_ok or re.fullmatch(r"[\s,]*(?:và|cùng)?[\s,]*(?:các\s+)?", gap)):
                break
            name = clause[s:e]
            if unit_key(name) != unit_key(assignee) and name not in out:
                out.append(name)
            last = e
    return tuple(out)


def _clauses(text: str) -> list[str]:
    """Lines; a line whose sentences (or ";"-clauses) open with different units ("Sở Tài chính khẩn trương ...
    Kho bạc Nhà nước rút ngắn ...") gives one task per unit."""
    out = []
    for line in text.split("\n"):
        groups: list[str] = []
        for part in re.split(r"(?<=[.;])\s+", line):
            opens = bool(_subject(part)) and find_units(part)[0][0] <= 2
            if groups and not opens:
                groups[-1] += " " + part  # joined back with the one space it was split at
            else:
                groups.append(part)
        out.extend(groups if len(groups) > 1 and line.startswith(groups[0]) and _subject(groups[0])
                   else [line])
    return out


def _is_task(text: str) -> bool:
    f = fold(text)
    if _NOT_TASK.match(f):
        return False
    return bool(_ACTION.match(f) or find_deadlines(text) or re.search(r"\b(chu tri|giao|de nghi)\b", f[:40])
                or (find_units(text) and find_units(text)[0][0] <= 2))


def _ancestors(number: str) -> list[str]:
    """ "II.3" -> ["II", "II.3"]; "1.2" -> ["1", "1.2"]."""
    parts = number.split(".") if number else []
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def extract(notice: Notice, chunks: list[Chunk], headings: dict[str, str] | None = None) -> list[Directive]:
    """Directives of one notice, in document order, deduplicated across overlapping chunks.
    `headings` maps a section number to its full heading line (breadcrumb labels are shortened)."""
    headings = headings or {}
    if notice.doc_type and notice.doc_type not in ("THÔNG BÁO", "KẾT LUẬN", "CÔNG VĂN"):
        return []
    if not notice.doc_type:
        return []  # news articles and web pages report speeches; they assign nothing
    ref = None
    for iso in (notice.date, notice.meeting_date):
        if iso:
            ref = dt.date.fromisoformat(iso)
            break
    intro = " ".join(c.text for c in chunks if c.part == "intro")
    default = _notice_addressee(intro, notice.title)
    out: list[Directive] = []
    seen: set[str] = set()
    for chunk in chunks:
        if chunk.part not in ("body", "intro"):
            continue
        crumbs = chunk.section.split(" › ") if chunk.section else []
        if crumbs and _ASSESS.search(fold(crumbs[0])):
            continue
        full = [headings.get(n, c) for n, c in zip(_ancestors(chunk.section_no), crumbs, strict=False)]
        heading_unit = next((u for u in map(_unit_heading, reversed(full or crumbs)) if u), "")
        pos = 0
        for line in _clauses(chunk.text):
            start = pos
            pos += len(line) + 1
            text = line.strip()
            found = marker(text)
            if found:
                text = found[2]
                if _unit_heading(line, addressed=False) or text.endswith(":") or len(text) < 60 and not find_deadlines(text):
                    continue  # a heading, not a task
            text = re.sub(r"^[-–•+]\s*", "", text)
            if len(text) < 15 or not _is_task(text):
                continue
            if chunk.part == "intro" and not (line.lstrip().startswith(("-", "–", "•")) and _subject(text)):
                continue  # unnumbered notices: only bullets that name their unit
            ident = fold(text)[:200]
            if ident in seen:
                continue
            seen.add(ident)
            assignee = _subject(text) or heading_unit or default
            if not assignee:
                continue
            dls = find_deadlines(text, ref)
            dated = [d for d in dls if d.due]
            dl = dated[-1] if dated else (dls[0] if dls else None)
            offset = chunk.text.index(line) if line in chunk.text else start
            did = hashlib.sha1(f"{chunk.id}:{offset}".encode()).hexdigest()[:16]
            out.append(Directive(
                id=did, notice_id=notice.id, chunk_id=chunk.id, assignee=assignee, assignee_key=unit_key(assignee),
                action=text, quote=line.strip(), coordinators=_coordinators(text, assignee),
                due=dl.due if dl else None, due_text=dl.text if dl else "", precision=dl.precision if dl else "",
                starts=dl.starts if dl else None, recurring=dl.recurring if dl else None, section=chunk.section,
                section_no=chunk.section_no, start=chunk.start, end=chunk.end,
                role="group" if assignee.lower().startswith("các ") or " các " in assignee.lower() else "lead",
            ))
    return out
