"""Commands that ask the index: search, ask, chat, tasks."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.context import dump, settings


def _assistant(args: argparse.Namespace):
    from assistant.assistant import Assistant

    return Assistant(settings(args))


def _filters(args: argparse.Namespace):
    from assistant.types import Filters
    from ingest.deadlines import user_date

    return Filters(issuer=args.issuer or "", doc_type=args.doc_type or "",
                   date_from=user_date(args.date_from, "--date-from"), date_to=user_date(args.date_to, "--date-to"),
                   number=args.number or "", source=args.source or "")


def _positive(text: str) -> int:
    """--top-k: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got '{text}'")
    return value


def print_answer(answer) -> None:
    print(answer.answer)
    if answer.citations:
        print("\nNguồn:" if answer.language == "vi" else "\nSources:")
        for c in answer.citations:
            ocr = " (OCR)" if c.hit.ocr_confidence is not None else ""  # read from a scan: check the page
            print(f"  [{c.n}] {c.official}{ocr} — {c.hit.notice.source}")
    elif answer.closest:
        print("\nĐoạn gần nhất:" if answer.language == "vi" else "\nClosest passages:")
        for h in answer.closest:
            print(f"  - {h.notice.label}, {h.chunk.section or h.chunk.part}: {h.chunk.text[:160]}…")


def cmd_search(args: argparse.Namespace) -> int:
    hits = _assistant(args).search(args.query, args.top_k, _filters(args), args.retriever)
    if args.json:
        dump([h.to_dict() for h in hits])
        return 0
    for i, h in enumerate(hits, 1):
        print(f"{i}. {h.notice.label} — {h.notice.source}  [{h.chunk.section or h.chunk.part}]  {h.score:.3f}")
        print("   " + h.chunk.text[:300].replace("\n", "\n   "))
    if not hits:
        print("Không tìm thấy đoạn nào. / No passage found.")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    answer = None
    for item in _assistant(args).stream(args.question, filters=_filters(args), mode=args.retriever):
        if isinstance(item, str):
            if not args.json and _assistant_streams(args):
                print(item, end="", flush=True)
        else:
            answer = item
    if args.json:
        dump(answer.to_dict())
    else:
        if _assistant_streams(args):
            print("\n")  # the streamed text was the model's draft; the checked answer follows
        print_answer(answer)
    return 0


def _assistant_streams(args: argparse.Namespace) -> bool:
    return settings(args).answerer == "llm"


def cmd_chat(args: argparse.Namespace) -> int:
    assistant = _assistant(args)
    history: list[tuple[str, str]] = []
    print("Hỏi về các thông báo kết luận (Ctrl-D để thoát). Ask about the notices (Ctrl-D to quit).")
    while True:
        try:
            question = input("\n> ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            continue
        answer = assistant.ask(question, history, _filters(args))
        print_answer(answer)
        history.append((answer.question, answer.answer))


def cmd_tasks(args: argparse.Namespace) -> int:
    from assistant import tasks

    rows = _assistant(args).tasks(args.unit or "", args.due_before or "", args.due_after or "",
                                  args.overdue_as_of or "", args.notice or "")
    if args.json:
        dump(rows)
    elif args.csv:
        sys.stdout.write(tasks.to_csv(rows))
    elif args.ics:
        sys.stdout.write(tasks.to_ics(rows))
    else:
        for r in rows:
            due = r["due"] or ("định kỳ" if r["recurring"] else "-")
            role = " (phối hợp)" if r["role"] == "coordinator" else ""
            print(f"{due:10}  {r['assignee'][:40]}{role}  |  {r['action'][:90]}")
            print(f"            {r['notice_number'] or r['source']}, mục {r['section'] or '-'}"
                  + (f" — “{r['due_text']}”" if r["due_text"] else ""))
        print(f"{len(rows)} nhiệm vụ / tasks")
    return 0


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--issuer", help="issuing body contains (accents optional)")
    p.add_argument("--doc-type", help="THÔNG BÁO, QUYẾT ĐỊNH, CÔNG VĂN, ...")
    p.add_argument("--date-from", help="issued on or after (YYYY-MM-DD, dd/mm/yyyy, 'quý I năm 2024', ...)")
    p.add_argument("--date-to", help="issued on or before (same forms)")
    p.add_argument("--number", help="notice number contains, e.g. 1226/TB-BKHCN")
    p.add_argument("--source", help="file name contains")
    p.add_argument("--retriever", default="hybrid", choices=["hybrid", "dense", "bm25"])


def register(sub, common) -> None:
    s = sub.add_parser("search", parents=[common], help="find passages")
    s.add_argument("query")
    s.add_argument("--top-k", type=_positive, default=5, help="how many passages (default 5)")
    _filter_args(s)
    s.set_defaults(func=cmd_search)
    s = sub.add_parser("ask", parents=[common], help="answer a question with citations")
    s.add_argument("question")
    _filter_args(s)
    s.set_defaults(func=cmd_ask)
    s = sub.add_parser("chat", parents=[common], help="interactive questions with follow-ups")
    _filter_args(s)
    s.set_defaults(func=cmd_chat)
    s = sub.add_parser("tasks", parents=[common], help="the task register: who must do what, by when")
    s.add_argument("--unit", help="assignee or coordinating unit (accents and abbreviations optional)")
    s.add_argument("--due-before", help="due on or before (YYYY-MM-DD, dd/mm/yyyy, 'quý I năm 2024', ...)")
    s.add_argument("--due-after", help="due on or after")
    s.add_argument("--overdue-as-of", help="due before this date (e.g. today's date)")
    s.add_argument("--notice", help="notice number, id or file name contains")
    fmt = s.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="CSV for spreadsheets")
    fmt.add_argument("--ics", action="store_true", help="iCalendar: one event per dated task")
    s.set_defaults(func=cmd_tasks)

