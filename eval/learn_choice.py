"""Learn how the extractive answerer weighs a candidate sentence (prompts/sentence_choice.yaml) on the dev split.

    python -m eval.learn_choice [--corpus ../shared/corpus] [--write]

Every answerable dev question of the question sets is answered with abstention switched off; for those answered by
choosing a sentence (not the signer, meeting, document-number or issue-date paths), the best `LEARN_POOL`
candidates are labelled right when they hold every `must_contain` string. Per language (Vietnamese with and without
diacritics together, English), a listwise logistic model (a softmax over each question's candidates) learns the four
weights of a candidate's score: `overlap`, `first`, `structure` and `meaning` (see the yaml). Five-fold
cross-validation over the questions says how many get a right sentence first with the weights in the yaml and with
learned ones; `--write` saves the learned weights (scaled so `overlap` is 1, over a pool of `LEARN_POOL`) for each
language where they put a right sentence first for at least `MIN_GAIN` more of the questions. The test split is never
read here.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from assistant.answer.extractive import LEARN_POOL
from eval import metrics as m
from eval.calibrate import ROOT, answered

WEIGHTS = ("overlap", "first", "structure", "meaning")
# Written only where cross-validation puts a right sentence first for this share of the questions more: below it
# the gain is one or two questions either way, as likely noise as not.
MIN_GAIN = 0.02
PATH = ROOT / "prompts" / "sentence_choice.yaml"


def collect(corpus: Path, split: str = "dev") -> list[dict]:
    """One row per answerable question answered by sentence choice: its language and its candidates' signals."""
    rows = []
    for qn, got in answered(corpus, split):
        cands = got.extra.get("answerability", {}).get("candidates")
        if qn["answerable"] and cands:
            rows.append({"id": qn["id"], "language": got.language, "candidates": [
                {**c, "right": m.contains_all(c["text"], qn["must_contain"])} for c in cands[:LEARN_POOL]]})
    return rows


def signals(rows: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per question: its candidates' `WEIGHTS` signals and which are right; questions with no right candidate teach
    nothing and are left out."""
    out = []
    for r in rows:
        right = np.array([c["right"] for c in r["candidates"]], float)
        if right.any():
            out.append((np.array([[c[k] for k in WEIGHTS] for c in r["candidates"]]), right))
    return out


def fit(data: list[tuple[np.ndarray, np.ndarray]], l2: float = 0.01) -> np.ndarray:
    """Weights maximising the probability of the right candidates under a softmax over each question's candidates
    (fitted on standardised signals; returned on raw ones, scaled so `overlap` is 1)."""
    from scipy.optimize import minimize

    std = np.vstack([x for x, _ in data]).std(axis=0) + 1e-9

    def loss(w):
        total, grad = 0.0, np.zeros_like(w)
        for x, right in data:
            xs = x / std
            z = xs @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            t = right / right.sum()
            total -= float(t @ np.log(p + 1e-12))
            grad += xs.T @ (p - t)
        return total / len(data) + l2 * w @ w, grad / len(data) + 2 * l2 * w

    w = minimize(loss, np.ones(len(WEIGHTS)), jac=True, method="L-BFGS-B").x / std
    return w / w[0]


def first_right(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray, pool: int) -> int:
    """Questions whose best candidate under weights `w` is right (`meaning` counted over the first `pool` only, as
    the answerer does)."""
    got = 0
    for x, right in data:
        x = x.copy()
        x[pool:, 3] = 0.0
        got += bool(right[int(np.argmax(x @ w))])
    return got


def cross_validate(data: list, hand: np.ndarray, pool: int, folds: int = 5) -> tuple[int, int]:
    """(right first with the yaml's weights, right first with weights learned on the other folds)."""
    order = np.random.default_rng(0).permutation(len(data))
    learned = 0
    for k in range(folds):
        held = set(order[k::folds].tolist())
        w = fit([d for i, d in enumerate(data) if i not in held])
        learned += first_right([data[i] for i in held], w, LEARN_POOL)
    return first_right(data, hand, pool), learned


def main(argv: list[str] | None = None) -> int:
    from prompts import load

    ap = argparse.ArgumentParser(prog="python -m eval.learn_choice", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--write", action="store_true", help="save the weights that gain to prompts/sentence_choice.yaml")
    args = ap.parse_args(argv)
    rows = collect(Path(args.corpus))
    current = load("sentence_choice")["weights"]
    report, write = {}, {}
    for lang in ("vi", "en"):
        data = signals([r for r in rows if (r["language"] == "en") == (lang == "en")])
        hand = np.array([current[lang][k] for k in WEIGHTS])
        before, after = cross_validate(data, hand, int(current[lang]["pool"]))
        w = fit(data)
        learned = {k: round(float(v), 3) for k, v in zip(WEIGHTS, w, strict=True)}
        report[lang] = {"questions": len(data), "right_first_now": before, "right_first_learned_cv": after,
                        "learned": learned}
        if after - before >= MIN_GAIN * len(data):
            write[lang] = {**learned, "pool": LEARN_POOL}
    print(json.dumps(report, indent=2))
    if args.write:
        text = PATH.read_text("utf-8")
        for lang, w in write.items():
            line = f"  {lang}: {{{', '.join(f'{k}: {v}' for k, v in w.items())}}}"
            text = re.sub(rf"(?m)^  {lang}: \{{.*\}}$", line, text)
        PATH.write_text(text, "utf-8")
        print(f"wrote {', '.join(write) or 'nothing'} to {PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
