"""The task register: query directives by unit, due range, overdue date and notice; export CSV and ICS."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass

from assistant.question import document_numbers, english_units, unit_names_asked
from assistant.quotes import original_span
from ingest.deadlines import user_date
from ingest.directives import members
from ingest.units import identity, same_unit, unit_key
from ingest.vn import fold, place_key, word_key


@dataclass(frozen=True)
class TaskQuery:
    """Empty fields filter nothing. Dates are ISO or anything `user_date` reads ("quý I năm 2024")."""

    unit: str = ""
    due_before: str = ""
    due_after: str = ""
    overdue_as_of: str = ""
    notice: str = ""
    place: str = ""  # a province or city the notice must be about ("Thái Nguyên")


class Register:
    """The directives of one catalog generation, with the unit keys queries match on (built once)."""

    def __init__(self, directives: list) -> None:
        self.directives = directives
        self.assignees = sorted({d.assignee for d in directives})
        named = set(self.assignees) | {c for d in directives for c in d.coordinators}
        self.keys = {name: unit_key(name) for name in named}
        self.words = {name: word_key(k) for name, k in self.keys.items()}
        # same_unit needs equal cores: only these names are compared, each as (the name, the unit it stands for); a
        # listed group ("UBND các xã: Thạnh Hóa, Tân Tây") stands for each of its members as well
        self._by_core: dict[str, list[tuple[str, str]]] = {}
        for name in named:
            for unit in (name, *members(name)):
                self._by_core.setdefault(identity(unit)[0], []).append((name, unit))
        # first word -> (words, name): longest first; among names of one unit, the one written most often
        self._by_first: dict[str, list[tuple[list[str], str]]] = {}
        seen = Counter([d.assignee for d in directives] + [c for d in directives for c in d.coordinators])
        for name, k in sorted(self.keys.items(), key=lambda nk: (
                -len(nk[1].split()), nk[0].lower().startswith(("các ", "đối với ")), -seen[nk[0]], nk[0])):
            if len(k.split()) >= 2:
                self._by_first.setdefault(k.split()[0], []).append((k.split(), name))

    def units_like(self, unit: str) -> set[str]:
        """The register's unit names that are `unit` (`same_unit`: one identity, never one name inside another)."""
        if not unit_key(unit):
            return set()
        return {name for name, one in self._by_core.get(identity(unit)[0], ()) if same_unit(unit, one)}

    def spell_units(self, question: str) -> str:
        """A question that names units in lower case or without diacritics ("cong ty dien luc lao cai phai
        ...") with those names written as the archive writes them ("Công ty Điện lực Lào Cai phải ..."), so
        that everything downstream recognises them. Questions that already name a unit are left alone."""
        if unit_names_asked(question):
            return question
        words, spans = [], []  # the question's matching words ("kh&cn" gives five), each with its token
        numbers = [m.span() for m in document_numbers(question)]  # "91/SKHCN-CĐS" names a notice, not Sở KH&CN
        for m in re.finditer(r"[\w&]+", question):
            if any(a <= m.start() < b for a, b in numbers):
                continue
            for w in unit_key(m.group(0)).split():
                words.append(w)
                spans.append(m.span())
        out, i, last = [], 0, 0
        while i < len(words):
            for unit, name in self._by_first.get(words[i], ()):
                if words[i:i + len(unit)] == unit and spans[i][0] >= last:
                    # the unit as written, without the plural or "đối với" a register name may carry ("đơn vị nào"
                    # is no "Các đơn vị nào")
                    out += [question[last:spans[i][0]], re.sub(r"^(?i:các|đối với)\s+", "", name)]
                    last, i = spans[i + len(unit) - 1][1], i + len(unit)
                    break
            else:
                i += 1
        return "".join(out) + question[last:]


def about(index) -> dict[str, str]:
    """Per notice, folded: where it was issued, by whom, its title and opening (to filter by place)."""
    def build() -> dict[str, str]:
        heads = index.catalog.heads()
        return {nid: place_key(f"{n.place} {n.issuer} {n.title} {heads.get(nid, '')}")
                for nid, n in index.notices().items()}
    return index.cached("about", build)


def register(index) -> Register:
    return index.cached("register", lambda: Register(index.catalog.directives()))


def query(index, q: TaskQuery, limit: int | None = None, dated: bool = False) -> list[dict]:
    """Register rows matching `q`, soonest due first (undated last); the first `limit`; with `dated`, only
    tasks with a deadline or a recurrence."""
    before, after = user_date(q.due_before, "--due-before"), user_date(q.due_after, "--due-after")
    overdue = user_date(q.overdue_as_of, "--overdue-as-of")
    notices = index.notices()
    place = place_key(q.place)
    reg = register(index)
    same = reg.units_like(q.unit) if q.unit else set()
    found = []
    for d in reg.directives:
        n = notices.get(d.notice_id)
        if n is None:
            continue
        role = d.role
        if q.unit:
            if d.assignee in same:
                pass
            elif any(c in same for c in d.coordinators):
                role = "coordinator"
            else:
                continue
        if q.notice and fold(q.notice) not in fold(f"{n.number} {n.id} {n.source}"):
            continue
        if place and place not in about(index).get(n.id, ""):
            continue
        if before and not (d.due and d.due <= before):
            continue
        if after and not (d.due and d.due >= after):
            continue
        if overdue and not (d.due and d.due < overdue):
            continue
        if dated and not (d.due or d.recurring):
            continue
        found.append((d, n, role))
    found.sort(key=lambda x: (x[0].due is None, x[0].due or "", x[1].source, x[0].section_no))
    found = found[:limit]
    chunks = {c.id: c for c in index.catalog.chunks([d.chunk_id for d, _, _ in found])}
    return [_row(index, d, n, role, chunks.get(d.chunk_id)) for d, n, role in found]


def _row(index, d, n, role: str, chunk) -> dict:
    start, end = d.start, d.end
    if chunk is not None and d.quote in chunk.text:
        at = chunk.text.index(d.quote)
        start, end = original_span(index.catalog, n, chunk, at, at + len(d.quote))
    return {
        "assignee": d.assignee, "coordinators": list(d.coordinators), "action": d.action, "due": d.due,
        "due_text": d.due_text, "precision": d.precision, "starts": d.starts, "recurring": d.recurring,
        "source": n.source, "notice_number": n.number, "notice_date": n.date or None, "notice_id": n.id,
        "section": d.section_no, "breadcrumb": d.section, "quote": d.quote, "chunk_id": d.chunk_id,
        "start": start, "end": end, "role": role, "id": d.id,
    }


def units_in(question: str, reg: Register) -> list[str]:
    """The register's units a question names: Vietnamese names as written, or English ones via
    prompts/units_en.yaml ("the Science Management Office" -> Phòng Quản lý Khoa học)."""
    assignees = reg.assignees
    named = set().union(*(reg.units_like(u) for u in unit_names_asked(question)))
    found = [a for a in assignees if a in named]
    if found or not question.isascii():
        return found
    for keys in english_units(question):  # "the Science Management Office" -> "phong quan ly khoa hoc", ...
        matches = [a for a in assignees if any(f" {k} " in reg.words[a] for k in keys)]
        if matches:
            return matches
    return []


_CSV_FIELDS = ("due", "due_text", "assignee", "coordinators", "action", "recurring", "source", "notice_number",
               "section", "role", "quote")


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=_CSV_FIELDS, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({**r, "coordinators": "; ".join(r["coordinators"])})
    return out.getvalue()


def _ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_line(line: str) -> str:
    """RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode()
        if len(cur) + len(b) > 74:
            out.append(cur.decode())
            cur = b" "
        cur += b
    out.append(cur.decode())
    return "\r\n".join(out)


def to_ics(rows: list[dict], now: dt.datetime | None = None) -> str:
    """An iCalendar file: one all-day event on each dated task's due date."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//notice-assistant//task register//VI", "CALSCALE:GREGORIAN"]
    for r in rows:
        if not r["due"]:
            continue
        day = r["due"].replace("-", "")
        nxt = (dt.date.fromisoformat(r["due"]) + dt.timedelta(days=1)).strftime("%Y%m%d")
        ref = f"{r['notice_number'] or r['source']}, mục {r['section']}" if r["section"] else r["source"]
        lines += ["BEGIN:VEVENT", f"UID:{r['id']}@notice-assistant", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{day}", f"DTEND;VALUE=DATE:{nxt}",
                  _fold_line("SUMMARY:" + _ics_text(f"{r['assignee']}: {r['action'][:120]}")),
                  _fold_line("DESCRIPTION:" + _ics_text(f"{r['quote']}\n({ref}; hạn: {r['due_text']})")),
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
