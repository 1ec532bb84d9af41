"""`notices eval`: run a question set through the same Assistant the CLI and UI use, score it, write
results.jsonl, summary.json, report.md and (for several retrievers) retrievers.png."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from eval import metrics as m

RETRIEVERS = ("hybrid", "dense", "bm25", "naive", "bm25-plain", "rrf")
ANCHORS = ("naive", "bm25-plain", "rrf")  # the baselines of eval/naive.py, over the naive passages
# Passages retrieved per question; documents rank by their best passage (the first time they appear), so a long
# document split into many passages counts once, and ten distinct documents are scored.
POOL = 40


def load_set(path: str | Path) -> list[dict]:
    rows = [json.loads(x) for x in Path(path).read_text("utf-8").splitlines() if x.strip()]
    for r in rows:
        r.setdefault("answerable", True)
        r.setdefault("tags", [])
        r.setdefault("must_contain", [])
        r.setdefault("gold_sources", [])
    return rows


def _distinct(sources: list[str]) -> list[str]:
    seen: set[str] = set()
    return [s for s in sources if not (s in seen or seen.add(s))]


def run_one(assistant, questions: list[dict], retriever: str, naive=None, answers: bool = True) -> list[dict]:
    """Answer every question (or only retrieve, when `answers` is False); gold data is only read afterwards."""
    out = []
    for qn in questions:
        t = time.perf_counter()
        if retriever in ANCHORS:
            hits = {"naive": naive.search, "bm25-plain": naive.bm25, "rrf": naive.rrf}[retriever](qn["question"], POOL)
            answer = assistant.answerer.answer(qn["question"], hits[:8]) if answers else None
        else:
            hits = assistant.search(qn["question"], POOL, mode=retriever)
            answer = assistant.ask(qn["question"], mode=retriever) if answers else None
        latency = (time.perf_counter() - t) * 1000
        out.append({"id": qn["id"], "retriever": retriever,
                    "retrieved": _distinct([h.notice.source for h in hits])[:10],
                    "answer": answer.answer if answer else "", "abstained": answer.abstained if answer else True,
                    "citations": [c.to_dict() for c in answer.citations] if answer else [],
                    "latency_ms": round(latency, 1)})
    return out


def summarize(questions: list[dict], results: list[dict], ks: list[int]) -> dict:
    """Every metric, overall and per tag."""
    by_id = {q["id"]: q for q in questions}

    def block(rows: list[dict]) -> dict:
        answerable = [r for r in rows if by_id[r["id"]]["answerable"]]
        unanswerable = [r for r in rows if not by_id[r["id"]]["answerable"]]
        gold = {r["id"]: by_id[r["id"]]["gold_sources"] for r in rows}
        s: dict = {"questions": len(rows), "answerable": len(answerable)}
        for k in ks:
            s[f"hit@{k}"] = _mean(m.hit_at(r["retrieved"], gold[r["id"]], k) for r in answerable)
            s[f"recall@{k}"] = _mean(m.recall_at(r["retrieved"], gold[r["id"]], k) for r in answerable)
        s["mrr@10"] = _mean(m.mrr_at(r["retrieved"], gold[r["id"]], 10) for r in answerable)
        s["ndcg@10"] = _mean(m.ndcg_at(r["retrieved"], gold[r["id"]], 10) for r in answerable)
        answered = [r for r in answerable if not r["abstained"] and r["citations"]]
        s["citation_precision"] = _mean(
            float(bool(m.relevant([r["citations"][0]["source"]], gold[r["id"]])[0])) for r in answered)
        s["answer_accuracy"] = _mean(
            float(not r["abstained"] and m.contains_all(r["answer"], by_id[r["id"]]["must_contain"]))
            for r in answerable)
        # the metric that counts: what a reader sees first holds the answer
        s["first_line_accuracy"] = _mean(
            float(not r["abstained"] and m.contains_all(r["answer"].split("\n")[0], by_id[r["id"]]["must_contain"]))
            for r in answerable)
        abstained = [r for r in rows if r["abstained"]]
        s["abstention_precision"] = _mean(float(not by_id[r["id"]]["answerable"]) for r in abstained)
        s["abstention_recall"] = _mean(float(r["abstained"]) for r in unanswerable)
        lat = [r["latency_ms"] for r in rows]
        s["latency_p50_ms"] = round(m.percentile(lat, 50), 1)
        s["latency_p95_ms"] = round(m.percentile(lat, 95), 1)
        return s

    summary = block(results)
    tags = sorted({t for q in questions for t in q["tags"]})
    summary["per_tag"] = {t: block([r for r in results if t in by_id[r["id"]]["tags"]]) for t in tags}
    return summary


def _mean(values) -> float:
    values = list(values)
    return round(sum(values) / len(values), 4) if values else 0.0


def evaluate(assistant, set_path: str | Path, retrievers: list[str], ks: list[int], out: Path,
             tasks_gold: str | Path | None = None, progress=None, split: str = "all", answers: bool = True) -> dict:
    """Run and score `retrievers` on the set (its `split` only, unless "all"); write the files to `out`; return
    {retriever: summary}."""
    questions = [q for q in load_set(set_path) if split == "all" or q.get("split", "dev") == split]
    out.mkdir(parents=True, exist_ok=True)
    naive = None
    if set(ANCHORS) & set(retrievers):
        from eval.naive import NaiveRAG

        held = ",".join(sorted(assistant.index.notices()))  # a store per archive: never another run's passages
        naive = NaiveRAG(assistant.index, out / f"naive-chroma-{hashlib.sha1(held.encode()).hexdigest()[:12]}")
    summaries: dict = {}
    all_results: list[dict] = []
    for retriever in retrievers:
        if progress:
            progress(retriever)
        results = run_one(assistant, questions, retriever, naive, answers)
        all_results.extend(results)
        summaries[retriever] = summarize(questions, results, ks)
    if tasks_gold and (register := task_register_metric(assistant.index, tasks_gold, split)) is not None:
        summaries["task_register"] = register
    with (out / "results.jsonl").open("w", encoding="utf-8") as fh:
        for r in all_results:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(json.dumps(summaries, ensure_ascii=False, indent=2), "utf-8")
    from eval.report import chart, markdown

    (out / "report.md").write_text(markdown(summaries, ks, str(set_path)), "utf-8")
    if len(retrievers) > 1:
        chart(summaries, retrievers, out / "retrievers.png")
    return summaries


def task_register_metric(index, gold: str | Path, split: str = "all") -> dict | None:
    """The reader's metric (eval/reader_metric.py) on the gold documents (a file, or a folder of them) that the
    index holds."""
    from eval.reader_metric import load_documents, predicted_from, score

    gold = Path(gold)
    docs = [d for f in (sorted(gold.glob("*.jsonl")) if gold.is_dir() else [gold]) for d in load_documents(f)]
    held = {n.source for n in index.notices().values()}
    docs = [d for d in docs if d["file"] in held and (split == "all" or d["split"] == split)]
    if not docs:
        return None  # no gold for what this index holds
    return score(docs, predicted_from(index.notices().values(), index.catalog.directives()))
