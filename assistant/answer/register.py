"""Deadline and assignment questions answered from the task register, as a dated list with citations."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from assistant import question as q
from assistant.tasks import TaskQuery, query, register, units_in
from assistant.types import Answer, Citation, Hit
from ingest.deadlines import parse_date_phrase
from ingest.vn import fold, places_in
from prompts import text as prompt

MAX_ROWS = 10
# A question that names what the task is about keeps the tasks holding this share of its word pairs (dev: 0.34 and
# 0.5 alike, 0.67 loses a question; 0.5 chosen).
TOPIC_SHARE = 0.5
# Words that ask for tasks and deadlines, beyond question.STOP, not what the tasks are about (folded).
_ASKING_WORDS = {"yeu", "cau", "giao", "han", "thoi", "hoan", "thanh", "truoc", "ngay", "tinh", "pho", "qua", "tre",
                 "chu", "tri", "phoi", "hop"}
_TASKS = re.compile(r"\b(phai lam gi|lam nhung gi|nhiem vu gi|nhung nhiem vu|cac nhiem vu|nhung viec gi|nhung viec nao|"
                    r"duoc giao (?:nhiem vu|viec)|tasks?|assigned|must .* do|deadlines)\b")
# Asking which tasks are overdue ("Những việc nào quá hạn", "Which tasks are overdue?"), not naming something else
# that is ("05 tin báo quá hạn", "nợ quá hạn", "no overdue cases", "overdue-debt ratio": a topic, answered from the
# passages).
_OVERDUE = re.compile(r"\b(?:viec|nhiem vu|noi dung|nao|gi|da|bi|con)\s+(?:\w+\s+)?(?:qua han|tre han)\b"
                      r"|\b(?:overdue|late)\s+(?:tasks?|assignments?|items?|work)\b"
                      r"|\b(?:tasks?|assignments?|items?|what|which(?:\s+\w+)?)\s+(?:\w+\s+)?"
                      r"(?:is|are|was|were|remains?)\s+(?:still\s+|now\s+)?(?:overdue|late)\b")
_BEFORE = re.compile(r"\b(?:truoc ngay|truoc|before|by)\s+(.+?)(?:\?|$)")
_AS_OF = re.compile(r"\b(?:tinh den|den ngay|as of|den)\s+(.+?)(?:\?|$)")


def _date_after(rx: re.Pattern, question: str) -> tuple[str, int]:
    """The ISO date after `rx`'s words ("tính đến 1/1/2024") and where those words start; ("", len) if none."""
    m = rx.search(fold(question))
    if not m:
        return "", len(question)
    start = m.start(1)
    d = parse_date_phrase(question[start:start + len(m.group(1))])
    return (d.isoformat(), m.start()) if d else ("", len(question))


def answer(index, question: str, fits=None, today: dt.date | None = None) -> Answer | None:
    """A register answer when the question asks for a unit's tasks or deadlines (or what is overdue), from the
    notices `fits(question, notice)` keeps (what the question pins down: its number, year, province)."""
    f = fold(question)
    overdue = _OVERDUE.search(f) is not None
    if not (_TASKS.search(f) or overdue or q.wants_list(question) and q.intent(question) == "deadline") or \
            q.asks_amount(question):  # "bao nhiêu tỷ đồng cho các nhiệm vụ": a figure, not a task list
        return None
    wanted = units_in(question, register(index))
    if not wanted and not overdue:
        return None
    # The date bounding the tasks ("quá hạn tính đến 1/1/2024") pins no notice down and is no topic: cut off.
    bound, cut = _date_after(_AS_OF if overdue else _BEFORE, question)
    as_of = (bound or (today or dt.date.today()).isoformat()) if overdue else ""
    before = "" if overdue else bound
    pinned = question[:cut]
    dated = q.intent(question) == "deadline" or overdue  # no deadline given: let the passages speak
    rows: dict[str, dict] = {}
    place = next(iter(places_in(question)), "")  # "Sở Công Thương tỉnh Thái Nguyên": that province's notices
    for unit in wanted or [""]:
        for r in query(index, TaskQuery(unit=unit, overdue_as_of=as_of, due_before=before, place=place), MAX_ROWS,
                       dated):
            rows.setdefault(r["id"], r)
    notices = index.notices()
    if fits is not None:
        rows = {i: r for i, r in rows.items() if fits(pinned, notices[r["notice_id"]])}
    topic = _topic(pinned, wanted)
    if topic:  # "... kiểm tra học kỳ 1 trước ngày nào": the tasks about that, not every task of the unit
        rows = {i: r for i, r in rows.items() if _about(topic, r) >= TOPIC_SHARE}
    if not rows:
        return None
    rows = sorted(rows.values(), key=lambda r: (r["due"] is None, r["due"] or ""))[:MAX_ROWS]
    lang = q.language(question)
    chunks = {c.id: c for c in index.catalog.chunks([r["chunk_id"] for r in rows])}
    citations, lines = [], []
    whens = [_when(r, lang) for r in rows]
    for r, when in zip(rows, whens, strict=True):
        n = len(citations) + 1
        hit = Hit(chunks[r["chunk_id"]], notices[r["notice_id"]], 1.0)
        citations.append(Citation(n, hit, r["quote"], r["start"], r["end"]))
        who = r["assignee"] + (" (phối hợp)" if r["role"] == "coordinator" and lang == "vi" else
                               " (coordinating)" if r["role"] == "coordinator" else "")
        lines.append(prompt("answers", "task", lang, when=when, who=who, quote=r["quote"], n=n))
    if len(rows) > 1:
        lines.insert(0, _summary(rows, whens, lang))
    return Answer("\n".join(lines), False, lang, tuple(citations), question=question,
                  extra={"register": True, "tasks": rows})


def _summary(rows: list[dict], whens: list[str], lang: str) -> str:
    """The answer in one line before the tasks it lists: how many, whose, and when each is due ("Phòng Quản lý Khoa
    học — 6 nhiệm vụ: Hạn 30/9/2023 (trong tháng 9/2023) [1]; Hạn 31/10/2023 (Trong tháng 10/2023) [2]; ...")."""
    units = {r["assignee"] for r in rows}
    one = len(units) == 1
    items = [("" if one else f"{r['assignee']} — ") + f"{when} [{n}]" for n, (r, when) in enumerate(zip(rows, whens), 1)]
    return prompt("answers", "tasks", lang, who=f"{next(iter(units))} — " if one else "", count=len(rows),
                  items="; ".join(items))


def _topic(question: str, units: list[str]) -> list[str]:
    """What a Vietnamese question asks about beyond the unit, its place and the asking words, in order ("các
    trường THPT kiểm tra học kỳ 1 trước ngày nào" -> kiem tra hoc ky); empty for "X phải làm gì", and for English
    (its words cannot be matched against a Vietnamese task)."""
    if q.language(question) == "en":
        return []
    named = set(re.findall(r"[\w/&\-]+", fold(" ".join([*units, *q.unit_names_asked(question), *places_in(question)]))))
    terms = q.content_terms(question) - named - _ASKING_WORDS
    return [t for t in re.findall(r"[\w/&\-]+", fold(question)) if t in terms]


def _about(topic: list[str], row: dict) -> float:
    """The share of the topic's running word pairs ("thu hồi", "kinh phí"; its one word alone) in the task's quote
    and its section heading: "hội thảo" is not "thu hồi"."""
    hay = " " + " ".join(re.findall(r"[\w/&\-]+", fold(f"{row['quote']} {row['breadcrumb']}"))) + " "
    pairs = [" ".join(p) for p in itertools.pairwise(topic)] or topic
    return sum(f" {p} " in hay for p in pairs) / len(pairs)


def _when(r: dict, lang: str) -> str:
    if r["due"]:
        y, m, d = r["due"].split("-")
        date = f"{int(d)}/{int(m)}/{y}"
        return prompt("answers", "task_due", lang, date=date, due_text=r["due_text"])
    if r["recurring"]:
        return prompt("answers", "task_recurring", lang, due_text=r["due_text"])
    return prompt("answers", "task_no_due", lang)
