"""`notices eval`: the benchmark runner's command line, a plugin of `notices` (registered in pyproject.toml
under the `notices.commands` entry-point group, so the assistant never imports the evaluator)."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from assistant.cli.context import settings as settings_of

GOLD = Path(__file__).resolve().parent / "reader" / "gold"


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.assistant import Assistant
    from assistant.indexer import ingest
    from eval.report import table
    from eval.runner import RETRIEVERS, evaluate

    retrievers = [r.strip() for r in ",".join(args.retriever or ["hybrid,dense,bm25,naive"]).split(",") if r.strip()]
    bad = [r for r in retrievers if r not in RETRIEVERS]
    if bad:
        print(f"error: unknown retriever {bad}: choose from {', '.join(RETRIEVERS)}", file=sys.stderr)
        return 2
    ks = [int(k) for k in args.k.split(",")]
    out = Path(args.out)
    answers = True
    if args.format == "alqac":  # a laws file (--corpus) and a questions file (the set): one document per article
        from eval.alqac import question_set, write_corpus

        laws = Path(args.corpus)
        folder = Path.home() / ".cache" / "notice-assistant" / "alqac" / hashlib.sha1(
            laws.read_bytes() + b"v2").hexdigest()[:12]  # v2: articles headed "Điều N. <title>"
        print(f"ALQAC: {write_corpus(laws, folder)} articles in {folder}", file=sys.stderr)
        out.mkdir(parents=True, exist_ok=True)
        args.set, args.corpus, answers = str(question_set(Path(args.set), out / "alqac-questions.jsonl")), str(folder), False
    settings = settings_of(args)
    if not args.data_dir:
        # Its own index per corpus and model, reused by later runs (ingest is incremental).
        tag = hashlib.sha1(f"{Path(args.corpus).resolve()}|{settings.embedding_model}".encode()).hexdigest()[:12]
        settings = settings_of(args, data_dir=Path.home() / ".cache" / "notice-assistant" / "eval" / tag)
    assistant = Assistant(settings)
    report = ingest(assistant.index, [args.corpus])
    print(f"index: {settings.data_dir} ({len(report.added) + len(report.updated)} ingested, "
          f"{len(report.unchanged)} reused, {len(report.rejected)} rejected)", file=sys.stderr)
    gold = (args.tasks_gold or GOLD) if answers else None  # scored on the gold documents the index holds
    summaries = evaluate(assistant, args.set, retrievers, ks, out, gold, split=args.split, answers=answers,
                         progress=lambda r: print(f"running {r}…", file=sys.stderr))
    print(table(summaries, ks))
    if "task_register" in summaries:
        t = summaries["task_register"]
        print(f"\ntask register: precision {t['precision']:.3f}, recall {t['recall']:.3f}")
    print(f"\nwrote {out}/results.jsonl, summary.json, report.md" + (", retrievers.png" if len(retrievers) > 1 else ""))
    return 0


def register(sub, common) -> None:
    s = sub.add_parser("eval", parents=[common], help="run a QA benchmark set and score it")
    s.add_argument("set", help="question set (JSONL, see eval/README.md; with --format alqac, ALQAC's questions file)")
    s.add_argument("--corpus", required=True, help="folder of documents the set is about (with --format alqac, "
                   "ALQAC's laws file)")
    s.add_argument("--format", choices=["notices", "alqac"], default="notices", help="'alqac': a legal-retrieval "
                   "benchmark in the ALQAC format (one document per article; retrieval metrics only)")
    s.add_argument("--retriever", action="append", help="hybrid, dense, bm25, and the anchors naive, bm25-plain, "
                   "rrf (repeat or comma-separate; default hybrid,dense,bm25,naive)")
    s.add_argument("--k", default="1,3,5,10", help="cut-offs for hit@k and recall@k")
    s.add_argument("--out", default="eval-out", help="folder for results.jsonl, summary.json, report.md, chart")
    s.add_argument("--tasks-gold", help="gold documents for the reader's metric, a file or a folder of them "
                   "(default: eval/reader/gold/, scored on the documents the corpus holds)")
    s.add_argument("--split", choices=["dev", "test", "all"], default="all",
                   help="questions and gold documents of one split only (tune on dev; report test)")
    s.set_defaults(func=cmd_eval)

