"""Task-register metric: precision and recall of (source, assignee, due) pairs against a hand-made gold file."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.units import same_unit


def load_documents(path: str | Path) -> list[dict]:
    """The gold file: one JSON object per document, `file` and its `directives` (see eval/reader/README.md)."""
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def load_gold(path: str | Path) -> list[dict]:
    """The gold directives of every document, each with its `source` (the file name)."""
    return [{**d, "source": doc["file"]} for doc in load_documents(path) for d in doc["directives"]]


def score(predicted: list[dict], gold: list[dict]) -> dict:
    """Each dict needs `source`, `assignee`, `due`. A predicted pair matches one unused gold pair of the same
    source and due whose assignee names the same unit (one name contains the other, see ingest.units)."""
    used: set[int] = set()
    tp = 0
    for p in predicted:
        for i, g in enumerate(gold):
            if i in used or g["source"] != p["source"] or (g.get("due") or None) != (p.get("due") or None):
                continue
            if same_unit(g["assignee"], p["assignee"]):
                used.add(i)
                tp += 1
                break
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(gold) if gold else 0.0
    dated_gold = [g for g in gold if g.get("due")]
    dated_hits = sum(1 for i in used if gold[i].get("due"))
    return {"predicted": len(predicted), "gold": len(gold), "matched": tp, "precision": round(precision, 3),
            "recall": round(recall, 3), "dated_recall": round(dated_hits / len(dated_gold), 3) if dated_gold else 0}
