"""Deterministic metrics: retrieval ranks, answer containment, abstention. Small, tested by hand cases."""

from __future__ import annotations

import math
from pathlib import Path

from ingest.vn import fold


def _stem(name: str) -> str:
    return Path(name).stem.lower()


def relevant(retrieved: list[str], gold: list[str]) -> list[bool]:
    g = {_stem(x) for x in gold}
    return [_stem(r) in g for r in retrieved]


def hit_at(retrieved: list[str], gold: list[str], k: int) -> float:
    return float(any(relevant(retrieved[:k], gold)))


def recall_at(retrieved: list[str], gold: list[str], k: int) -> float:
    g = {_stem(x) for x in gold}
    if not g:
        return 0.0
    return len(g & {_stem(r) for r in retrieved[:k]}) / len(g)


def mrr_at(retrieved: list[str], gold: list[str], k: int = 10) -> float:
    for i, ok in enumerate(relevant(retrieved[:k], gold)):
        if ok:
            return 1.0 / (i + 1)
    return 0.0


def ndcg_at(retrieved: list[str], gold: list[str], k: int = 10) -> float:
    """Binary-relevance nDCG over distinct sources."""
    seen, dedup = set(), []
    for r in retrieved:
        if _stem(r) not in seen:
            seen.add(_stem(r))
            dedup.append(r)
    rel = relevant(dedup[:k], gold)
    dcg = sum(1.0 / math.log2(i + 2) for i, ok in enumerate(rel) if ok)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len({_stem(x) for x in gold}), k)))
    return dcg / ideal if ideal else 0.0


def contains_all(answer: str, must: list[str]) -> bool:
    """Every must_contain string in the answer, compared without case or diacritics."""
    a = " ".join(fold(answer).split())
    return all(" ".join(fold(m).split()) in a for m in must)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    v = sorted(values)
    i = min(len(v) - 1, max(0, math.ceil(p / 100 * len(v)) - 1))
    return v[i]
