"""Commands that change or show what is indexed: ingest, list, remove."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.context import dump, settings


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.index import Index
    from assistant.indexer import ingest

    index = Index(settings(args))
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
        dump(report.to_dict())
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

    index = Index(settings(args))
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
        dump(rows)
    else:
        for r in rows:
            print(f"{r['id'][:12]}  {r['source'][:48]:48}  {r['number'] or '-':16}  {r['date'] or '-':10}  "
                  f"{r['doc_type'] or '-':10}  {r['chunks']:3} chunks")
        print(f"{len(rows)} documents")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from assistant.index import Index
    from assistant.indexer import remove

    index = Index(settings(args))
    for key in args.keys:
        for source in remove(index, key):
            print(f"removed {source}")
    return 0


def register(sub, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("ingest", parents=[common], help="add files and folders (recursive) to the index")
    s.add_argument("paths", nargs="+")
    s.set_defaults(func=cmd_ingest)
    s = sub.add_parser("list", parents=[common], help="list indexed documents")
    s.set_defaults(func=cmd_list)
    s = sub.add_parser("remove", parents=[common], help="remove a document (by id, file name or path)")
    s.add_argument("keys", nargs="+", metavar="SOURCE|ID")
    s.set_defaults(func=cmd_remove)
