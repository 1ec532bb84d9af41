"""Commands that change, show or mend what is indexed: ingest, list, remove, check, rebuild."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.context import dump, settings


def _background() -> None:
    """Ingest and rebuild are batch work: below the web app's questions in the CPU's queue (nice 10)."""
    import os

    try:
        os.nice(10)
    except OSError:
        pass


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.index import Index
    from assistant.indexer import ingest

    ocr = {"ocr": False if args.no_ocr else None, "ocr_langs": args.ocr_langs}
    index = Index(settings(args, **ocr))
    _background()
    bar = None

    def progress(name: str, done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="file", file=sys.stderr, disable=args.json or None, dynamic_ncols=True)
        bar.n = done
        bar.set_postfix_str(name[:40])
        bar.refresh()

    def page(name: str, done: int, total: int) -> None:  # OCR is slow: each page shows
        if bar is not None:
            bar.set_postfix_str(f"{name[:32]} OCR page {done}/{total}")

    report = ingest(index, args.paths, progress, wait=not args.no_wait, on_wait=_waiting, page_progress=page)
    if bar:
        bar.close()
    if args.json:
        dump(report.to_dict())
    else:
        stats = index.stats()
        print(f"files: {report.files}  added: {len(report.added)}  updated: {len(report.updated)}  "
              f"unchanged: {len(report.unchanged)}  duplicates: {len(report.duplicates)}  "
              f"rejected: {len(report.rejected)}")
        if report.reread:
            print("read again by this version (a newer reader, or sentences to embed for the answers): "
                  f"{len(report.reread)} unchanged files "
                  f"({report.vectors_reused} passages kept their vectors)")
        print(f"chunks added: {report.chunks_added}  index: {stats['documents']} documents, "
              f"{stats['chunks']} chunks  seconds: {report.seconds:.1f}"
              + (f"  embedding: {report.embedding_path}" if report.embedding_path else "")
              + (f"  sentences for answers: {report.sentences_embedded} ({report.sentence_seconds:.1f} s)"
                 if report.sentences_embedded else ""))
        for path, other in report.duplicates:
            print(f"  duplicate: {path} (same content as {other})")
        for w in report.warnings:
            print(f"  warning: {w}")
        for path, reason in report.rejected:
            print(f"  rejected: {path}: {reason}", file=sys.stderr)
        if report.repaired:
            print("  repaired: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in report.repaired.items()))
    return 1 if report.rejected else 0


def _waiting(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


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
        for source in remove(index, key, wait=not args.no_wait, on_wait=_waiting):
            print(f"removed {source}")
    return 0


CHECK_FAILED = 4  # `notices check` found the stores out of step


def cmd_check(args: argparse.Namespace) -> int:
    from assistant.health import check
    from assistant.index import Index

    report = check(Index(settings(args)))
    if args.json:
        dump(report)
    else:
        print(f"{report['data_dir']}: {report['documents']} documents, {report['chunks']} chunks, "
              f"{report['vectors']} vectors ({report['embedding_model']}); lexical index: {report['lexical']}")
        for problem in report["problems"]:
            print(f"  problem: {problem}")
        if report["sentences_missing"]:
            print(f"  note: {report['sentences_missing']} passages have no sentence vectors yet (an older version "
                  "wrote them): answers embed those when first asked; `notices ingest` on their files adds them")
        print("ok" if report["ok"] else f"{len(report['problems'])} problem(s) found")
    return 0 if report["ok"] else CHECK_FAILED


def cmd_rebuild(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.health import rebuild

    _background()
    bar = tqdm(unit="chunk", file=sys.stderr, disable=args.json or None, dynamic_ncols=True, desc="embedding")

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    done = rebuild(settings(args), progress=progress, wait=not args.no_wait, on_wait=_waiting)
    bar.close()
    if args.json:
        dump(done)
    else:
        if "catalog_restored" in done:
            print(f"catalog restored from the vector store: {done['catalog_restored']} notices")
        print(f"rebuilt: {done['documents']} documents, {done['vectors']} vectors; lexical index on the next query")
    return 0


def _no_wait(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-wait", action="store_true", help="when another process is writing to the data dir, exit "
                   "at once with status 75 instead of waiting for it")


def register(sub, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("ingest", parents=[common], help="add files and folders (recursive) to the index")
    s.add_argument("paths", nargs="+")
    _no_wait(s)
    s.add_argument("--no-ocr", action="store_true", help="do not read scanned pages and images with Tesseract "
                   "(env NOTICES_OCR=0); they are reported instead")
    s.add_argument("--ocr-langs", help="Tesseract languages for scanned pages (env NOTICES_OCR_LANGS; default "
                   "vie+eng)")
    s.set_defaults(func=cmd_ingest)
    s = sub.add_parser("list", parents=[common], help="list indexed documents")
    s.set_defaults(func=cmd_list)
    s = sub.add_parser("remove", parents=[common], help="remove a document (by id, file name or path)")
    s.add_argument("keys", nargs="+", metavar="SOURCE|ID")
    _no_wait(s)
    s.set_defaults(func=cmd_remove)
    s = sub.add_parser("check", parents=[common], help="compare the catalog, vectors and lexical index; exit 4 "
                       "when they differ")
    s.set_defaults(func=cmd_check)
    s = sub.add_parser("rebuild", parents=[common], help="re-create the vectors and the lexical index from the "
                       "catalog (or a damaged catalog from the vectors)")
    _no_wait(s)
    s.set_defaults(func=cmd_rebuild)
