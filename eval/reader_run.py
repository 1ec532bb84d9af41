"""Run the reader (ingest's parsers, no index needed) over the gold documents and score it.

    python -m eval.reader_run [--split dev|test|all] [--corpus ../shared/corpus] [--show]

The gold files are eval/reader/gold/*.jsonl; a document is looked up in eval/reader/docs/, then in the
corpus's notices/ folder.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval.reader_metric import load_documents, predicted_from, score

ROOT = Path(__file__).resolve().parent / "reader"


def gold_documents(split: str = "all") -> list[dict]:
    docs = [d for path in sorted((ROOT / "gold").glob("*.jsonl")) for d in load_documents(path)]
    return [d for d in docs if split == "all" or d["split"] == split]


def evaluate(split: str, corpus: Path) -> dict:
    """Parse each gold document (no index) and score what the reader made of it."""
    from ingest.pipeline import parse_file

    docs = gold_documents(split)
    parts = []
    for d in docs:
        path = ROOT / "docs" / d["file"]
        parts += parse_file(path if path.exists() else corpus / "notices" / d["file"])
    return score(docs, predicted_from([p.notice for p in parts], [x for p in parts for x in p.directives]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.reader_run", description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--show", action="store_true", help="list every miss, extra directive and wrong field")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = evaluate(args.split, Path(args.corpus))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    cols = ("documents", "gold", "predicted", "precision", "recall", "due_accuracy", "coordinator_accuracy",
            "metadata_accuracy")
    print("| layout | " + " | ".join(cols) + " |\n|---" * 1 + "|---" * len(cols) + "|")
    for name, s in [*result["per_layout"].items(), ("**all**", result)]:
        print(f"| {name} | " + " | ".join(str(s[c]) for c in cols) + " |")
    if args.show:
        for f, s in result["per_file"].items():
            for kind in ("misses", "extra", "wrong_due", "wrong_fields"):
                for item in s[kind]:
                    print(f"{f}: {kind}: {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
