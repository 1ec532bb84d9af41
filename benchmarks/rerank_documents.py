"""A second dense pass over whole documents as a reranking stage (issue 15), measured on ALQAC 2024: the e5 model
embeds each of the hybrid's top documents whole (as a passage; the model truncates what is longer than it reads),
its cosine with the question ranks them, and that ranking is fused with the hybrid's by reciprocal rank at several
weights. Prints recall@10, MRR@10 and hit@1 per weight, and the time the extra embeddings took.

    notices eval ../shared/benchmarks/alqac2024/train.json --format alqac \\
        --corpus ../shared/benchmarks/alqac2024/law.json --retriever hybrid --split dev --data-dir /tmp/alq
    python benchmarks/rerank_documents.py --data-dir /tmp/alq [--split dev] [--top 20]

Tune on dev only; the test half is for reporting (eval/README.md has the figures and the decision).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant.assistant import Assistant
from assistant.settings import Settings
from eval import metrics as m
from eval.alqac import question_set

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0, 100.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", required=True, help="the index `notices eval --format alqac` built")
    ap.add_argument("--questions", default=str(ROOT.parent / "shared" / "benchmarks" / "alqac2024" / "train.json"))
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    ap.add_argument("--top", type=int, default=20, help="documents of the hybrid's ranking to embed whole")
    args = ap.parse_args()

    a = Assistant(Settings.from_env(data_dir=Path(args.data_dir), chroma_url=""))
    with tempfile.TemporaryDirectory() as tmp:
        lines = question_set(Path(args.questions), Path(tmp) / "q.jsonl").read_text("utf-8").splitlines()
    questions = [q for q in map(json.loads, lines) if q["split"] == args.split]
    vectors: dict[str, np.ndarray] = {}
    rows, spent = [], 0.0
    for q in questions:
        docs: dict[str, str] = {}
        for h in a.retriever.search(q["question"], 2 * args.top):
            docs.setdefault(h.notice.id, h.notice.source)
        ids = list(docs)[:args.top]
        start = time.perf_counter()
        for nid in (i for i in ids if i not in vectors):
            v = np.array(a.index.embeddings.embed_documents([a.index.catalog.document(nid)[0]])[0])
            vectors[nid] = v / np.linalg.norm(v)
        spent += time.perf_counter() - start
        qv = np.array(a.retriever.vector(q["question"]))
        cos = [float(vectors[i] @ qv) / float(np.linalg.norm(qv)) for i in ids]
        rows.append((q, [docs[i] for i in ids], cos))
    print(f"{len(rows)} {args.split} questions; {len(vectors)} documents embedded whole in {spent:.1f} s "
          f"({spent / max(1, len(rows)):.2f} s a question)")
    for w in WEIGHTS:
        got = {"recall@10": 0.0, "MRR@10": 0.0, "hit@1": 0.0}
        for q, sources, cos in rows:
            by_cos = {i: r for r, i in enumerate(sorted(range(len(cos)), key=lambda i: -cos[i]))}
            fused = sorted(range(len(sources)), key=lambda i: -(1 / (60 + i) + w / (60 + by_cos[i])))
            ranked = [sources[i] for i in fused]
            got["recall@10"] += m.recall_at(ranked, q["gold_sources"], 10)
            got["MRR@10"] += m.mrr_at(ranked, q["gold_sources"])
            got["hit@1"] += m.hit_at(ranked, q["gold_sources"], 1)
        print(f"weight {w:>6}: " + "  ".join(f"{k} {v / len(rows):.3f}" for k, v in got.items()))


if __name__ == "__main__":
    main()
