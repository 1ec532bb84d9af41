"""One answerability score instead of a chain of per-question rules: does the sentence chosen to answer a
question answer it? A logistic score over a few signals, the same for every kind of question:

- `overlap`: the share of the question's content words found in the sentence and its section (lexical);
- `rare_overlap`: the same, each word weighted by how rare it is in the archive (a word the archive never uses
  weighs most);
- `sentence_cos`: the multilingual embedding model's cosine between the question and the sentence (an English
  question against a Vietnamese sentence included: it is cross-lingual by construction);
- `passage_cos`: the same between the question and the passage the sentence comes from;
- `evidence`: the sentence holds what the question's kind asks for (a deadline, a date, a unit, a figure);
- `first`: the sentence comes from the passage ranked first.

Its weights and one threshold per language are learned on the dev split of the question sets
(`python -m eval.calibrate`) and kept as data in prompts/answerability.yaml.
"""

from __future__ import annotations

import math

from prompts import load

FEATURES = ("overlap", "rare_overlap", "sentence_cos", "passage_cos", "evidence", "first")


def model() -> dict:
    """{"weights": {feature: w, "bias": b}, "threshold": {"vi": t, "en": t}} (prompts/answerability.yaml)."""
    return load("answerability")


def probability(features: dict[str, float], weights: dict[str, float] | None = None) -> float:
    w = weights or model()["weights"]
    z = w["bias"] + sum(w[f] * features[f] for f in FEATURES)
    return 1.0 / (1.0 + math.exp(-z))


def threshold(language: str) -> float:
    t = model()["threshold"]
    return t.get(language, t["vi"])


def cosine(a: list[float], b: list[float]) -> float:
    num = sum(x * y for x, y in zip(a, b, strict=True))
    den = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return num / den if den else 0.0
