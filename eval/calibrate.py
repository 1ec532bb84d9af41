"""Learn the answerability score (assistant/answer/answerability.py) on the dev split of the question sets.

    python -m eval.calibrate [--corpus ../shared/corpus] [--write]

Every dev question is answered with abstention switched off; each answer the extractive answerer composes is
labelled right (its first line holds every `must_contain` string of an answerable question) or wrong (any
answer to an unanswerable question, or a wrong one). A logistic regression on the signals is fitted, then one
threshold per language is chosen to maximise right answers minus answers to unanswerable questions. `--write` saves them to
prompts/answerability.yaml. The test split is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from eval import metrics as m
from eval.runner import load_set

ROOT = Path(__file__).resolve().parents[1]
# (question set, the folder of documents it is about); the corpus is given on the command line
SETS = (("notices", None), ("sample", ROOT / "ingest" / "sample" / "archive"),
        ("reader", ROOT / "eval" / "reader" / "docs"))


def assistant_for(corpus: Path):
    """An Assistant over `corpus`, in the same per-corpus cache `notices eval` uses."""
    from assistant.assistant import Assistant
    from assistant.indexer import ingest
    from assistant.settings import Settings

    base = Settings.from_env()
    tag = hashlib.sha1(f"{corpus.resolve()}|{base.embedding_model}".encode()).hexdigest()[:12]
    settings = Settings.from_env(data_dir=Path.home() / ".cache" / "notice-assistant" / "eval" / tag, chroma_url="")
    a = Assistant(settings)
    ingest(a.index, [corpus])
    return a


def first_line_right(question: dict, answer: str) -> bool:
    return bool(question["answerable"]) and m.contains_all(answer.split("\n")[0], question["must_contain"])


def answered(corpus: Path, split: str = "dev"):
    """(question, answer) for every question of `split` of the sets, answered with abstention switched off."""
    for name, folder in SETS:
        a = assistant_for(folder or corpus)
        a.answerer.calibrating = True
        for qn in load_set(ROOT / "eval" / "sets" / f"{name}.jsonl"):
            if qn.get("split", "dev") == split:
                yield qn, a.ask(qn["question"])


def collect(corpus: Path, split: str = "dev") -> list[dict]:
    """One row per question the extractive answerer composes an answer for: signals, constraints, label."""
    rows = []
    for qn, got in answered(corpus, split):
        judged = got.extra.get("answerability")
        if not judged or "features" not in judged:
            continue  # answered from the task register, nothing retrieved, or no notice fits: no threshold moves it
        rows.append({"id": qn["id"], "language": got.language, **judged["features"],
                     "constraints": not judged["unmet"], "right": first_line_right(qn, got.answer),
                     "answerable": bool(qn["answerable"])})
    return rows


def fit(rows: list[dict], l2: float = 1.0) -> dict[str, float]:
    """Logistic regression of `right` on the signals (L2-regularised, answers whose constraints hold)."""
    from scipy.optimize import minimize

    from assistant.answer.answerability import FEATURES

    kept = [r for r in rows if r["constraints"]]
    raw = np.array([[r[f] for f in FEATURES] for r in kept])
    mean, std = raw.mean(axis=0), raw.std(axis=0) + 1e-6  # fitted on standardised signals, saved on raw ones
    x = np.hstack([np.ones((len(kept), 1)), (raw - mean) / std])
    y = np.array([float(r["right"]) for r in kept])

    def loss(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        eps = 1e-9
        return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + l2 * np.sum(w[1:] ** 2) / len(y)

    w = minimize(loss, np.zeros(x.shape[1]), method="L-BFGS-B").x
    scaled = w[1:] / std
    return {"bias": float(w[0] - np.sum(scaled * mean)), **{f: float(v) for f, v in zip(FEATURES, scaled, strict=True)}}


def choose_thresholds(rows: list[dict], weights: dict[str, float]) -> dict[str, float]:
    """Per language, the threshold with the most right answers minus answers to questions the archive cannot
    answer (a wrong answer to an answerable question is lost either way; an answer where there is none misleads)."""
    from assistant.answer.answerability import probability

    out = {}
    for lang in ("vi", "en"):
        mine = [(probability(r, weights) if r["constraints"] else -1.0, r["right"], r["answerable"]) for r in rows
                if r["language"] == lang]
        best, best_t = None, 0.5
        for t in np.linspace(0.05, 0.95, 91):
            utility = sum(1 if right else -1 if not answerable else 0 for p, right, answerable in mine if p >= t)
            if best is None or utility > best:
                best, best_t = utility, float(t)
        out[lang] = round(best_t, 3)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.calibrate", description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--write", action="store_true", help="save the weights to prompts/answerability.yaml")
    ap.add_argument("--keep-weights", action="store_true",
                    help="choose the thresholds for the weights in prompts/answerability.yaml, without learning new ones")
    args = ap.parse_args(argv)
    rows = collect(Path(args.corpus))
    if args.keep_weights:
        from assistant.answer.answerability import model

        weights = model()["weights"]
    else:
        weights = fit(rows)
    thresholds = choose_thresholds(rows, weights)
    right = sum(r["right"] for r in rows)
    print(json.dumps({"answers": len(rows), "right": right, "weights": weights, "threshold": thresholds}, indent=2))
    if args.write:
        import yaml

        path = ROOT / "prompts" / "answerability.yaml"
        head = "".join(line for line in path.read_text("utf-8").splitlines(True) if line.startswith("#"))
        body = yaml.safe_dump({"weights": {k: round(v, 4) for k, v in weights.items()}, "threshold": thresholds},
                              default_flow_style=None, sort_keys=False)
        path.write_text(head + body, "utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
