"""The evaluator: metric functions on hand-computed cases, and the benchmark floors on the real corpus."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from assistant import cli
from assistant.assistant import Assistant
from eval import metrics as m
from eval.runner import evaluate, load_set

# Floors on the test split, set from measurements (eval/README.md); rules and thresholds are tuned on the dev
# split only. Raise them as the system improves. Abstention on this split rests on 4 unanswerable questions; the
# answerability re-learned on dev (2026-12-05: dev abstention P/R 0.71/0.71 -> 0.78/0.74) abstains on 1 of them
# (it was 3): measured 0.25 / 0.25. Re-learned again on dev for the retrieval of 2026-12-06 (dense weight 0.5,
# province anchoring; reader dev abstention recall 0.51 -> 0.77): it abstains on 5 or 6 test questions, 1 of them
# unanswerable (precision 0.2, 0.17 with dense weight 0.5). The floors sit at the measurements, and the losses are
# named in eval/README.md.
FLOOR = {"mrr@10": 0.95, "hit@5": 0.97, "answer_accuracy": 0.8, "first_line_accuracy": 0.78,
         "citation_precision": 0.95, "abstention_precision": 0.15, "abstention_recall": 0.25}


def test_metrics_hand_cases():
    retrieved = ["a.txt", "b.txt", "c.txt"]
    assert m.hit_at(retrieved, ["b"], 1) == 0.0 and m.hit_at(retrieved, ["b"], 2) == 1.0
    assert m.mrr_at(retrieved, ["c.txt"]) == pytest.approx(1 / 3)
    assert m.recall_at(retrieved, ["a", "z"], 3) == 0.5
    # one relevant document at rank 2 of 2 relevant: DCG = 1/log2(3); IDCG = 1 + 1/log2(3)
    assert m.ndcg_at(retrieved, ["b", "z"], 10) == pytest.approx((1 / 1.58496) / (1 + 1 / 1.58496), rel=1e-4)
    assert m.contains_all("Hạn: trong THÁNG 9/2023 [1]", ["thang 9/2023"])
    assert not m.contains_all("tháng 10/2023", ["tháng 9/2023"])
    assert m.percentile([1, 2, 3, 4, 100], 95) == 100 and m.percentile([5, 1, 3], 50) == 3


def test_question_sets_are_well_formed():
    for name, min_n, min_unanswerable in (("notices", 80, 10), ("sample", 25, 5), ("reader", 80, 12)):
        rows = load_set(ROOT / "eval" / "sets" / f"{name}.jsonl")
        assert len(rows) >= min_n and len({r["id"] for r in rows}) == len(rows)
        assert sum(not r["answerable"] for r in rows) >= min_unanswerable
        assert {r["split"] for r in rows} == {"dev", "test"}
        for r in rows:
            assert r["question"] and (r["gold_sources"] or not r["answerable"])


def test_benchmark_floors_and_hybrid_beats_naive(corpus_index, tmp_path):
    assistant = Assistant(corpus_index.settings, index=corpus_index)
    out = tmp_path / "eval"
    summaries = evaluate(assistant, ROOT / "eval" / "sets" / "notices.jsonl", ["hybrid", "naive"], [1, 3, 5, 10],
                         out, ROOT / "eval" / "reader" / "gold", split="test")
    hybrid, naive = summaries["hybrid"], summaries["naive"]
    for metric, floor in FLOOR.items():
        assert hybrid[metric] >= floor, (metric, hybrid[metric])
    assert hybrid["mrr@10"] > naive["mrr@10"]
    assert hybrid["answer_accuracy"] > naive["answer_accuracy"]
    assert "task_register" not in summaries  # the corpus's gold documents are all in the dev split
    lines = (out / "results.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 2 * sum(q["split"] == "test" for q in load_set(ROOT / "eval" / "sets" / "notices.jsonl"))
    first = json.loads(lines[0])
    assert {"id", "retrieved", "answer", "abstained", "citations", "latency_ms"} <= set(first)
    assert (out / "retrievers.png").stat().st_size > 10_000
    report = (out / "report.md").read_text("utf-8")
    assert "| hybrid |" in report and "| naive |" in report
    assert set(json.loads((out / "summary.json").read_text())["hybrid"]["per_tag"]) >= {"vi", "en", "deadline"}


def test_cli_eval_reuses_an_index(corpus_index, corpus, tmp_path, capsys):
    code = cli.main(["eval", str(ROOT / "eval" / "sets" / "notices.jsonl"), "--corpus", str(corpus), "--retriever",
                     "bm25", "--data-dir", str(corpus_index.settings.data_dir), "--out", str(tmp_path / "o")])
    assert code == 0
    captured = capsys.readouterr()
    assert "| bm25 |" in captured.out and "15 reused" in captured.err
    assert (tmp_path / "o" / "summary.json").exists() and not (tmp_path / "o" / "retrievers.png").exists()
