"""The reader's metric: directives and metadata against gold written from the text (eval/reader/README.md).

A predicted directive matches a gold one of the same file when its text holds the gold's opening words and
its assignee is the same unit: by normalised equality (`ingest.units.same_unit`), never because one name
contains the other. Precision = matched / predicted, recall = matched / gold; due accuracy over the matched
gold directives that have a deadline; coordinator accuracy over the matched ones (the same set of units).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from ingest.units import same_unit, unit_key
from ingest.vn import fold

OPENING_WORDS = 6  # of the gold action, to find the predicted directive that quotes it
METADATA = ("number", "date", "doc_type", "issuer", "signer", "signer_title")


def load_documents(path: str | Path) -> list[dict]:
    """A gold file: one JSON object per document (`file`, `split`, `layout`, `metadata`, `directives`)."""
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def predicted_from(notices, directives) -> dict[str, dict]:
    """What `score` reads, from the reader's records (Notice, Directive): file name -> metadata and directives."""
    by_id = {n.id: n for n in notices}
    out: dict[str, dict] = {}
    for n in sorted(by_id.values(), key=lambda n: n.id):  # a file's first notice gives its metadata
        out.setdefault(n.source, {"metadata": {k: getattr(n, k) for k in METADATA}, "directives": []})
    for d in directives:
        n = by_id.get(d.notice_id)
        if n is not None:
            out[n.source]["directives"].append({"assignee": d.assignee, "coordinators": list(d.coordinators),
                                                "due": d.due, "text": d.quote})
    return out


def _squash(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def due_matches(gold: str | None, predicted: str | None) -> bool:
    """ISO date equal; "YYYY-MM" / "YYYY" gold: a predicted date in that month or year."""
    if not gold:
        return not predicted
    return bool(predicted) and predicted.startswith(gold) if len(gold) < 10 else predicted == gold


def _same_units(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(any(same_unit(x, y) for y in b) for x in a)


def _field_matches(name: str, gold: str, predicted: str) -> bool:
    if name == "issuer":
        return (not gold and not predicted) or bool(gold and predicted) and unit_key(gold) == unit_key(predicted)
    if name == "number":
        return fold(gold).replace(" ", "") == fold(predicted or "").replace(" ", "")
    return _squash(gold) == _squash(predicted or "")


def score(gold_docs: list[dict], predicted: dict[str, dict]) -> dict:
    """`predicted`: file name -> {"metadata": {...}, "directives": [{assignee, coordinators, due, text}]}.
    Returns overall figures and the same per layout."""
    rows = []
    for doc in gold_docs:
        got = predicted.get(doc["file"], {"metadata": {}, "directives": []})
        rows.append((doc, _score_document(doc, got)))
    out = _sum([r for _, r in rows])
    by_layout: dict[str, list] = defaultdict(list)
    for doc, r in rows:
        by_layout[doc["layout"]].append(r)
    out["per_layout"] = {k: _sum(v) for k, v in sorted(by_layout.items())}
    out["per_file"] = {doc["file"]: _sum([r]) | {"misses": r["misses"], "extra": r["extra"],
                                                 "wrong_due": r["wrong_due"], "wrong_fields": r["wrong_fields"]}
                       for doc, r in rows}
    return out


def _score_document(doc: dict, got: dict) -> dict:
    preds = [{**p, "_text": _squash(p.get("text", ""))} for p in got["directives"]]
    used: set[int] = set()
    r = {"gold": len(doc["directives"]), "predicted": len(preds), "matched": 0, "dated": 0, "due_right": 0,
         "coordinators_right": 0, "fields": 0, "fields_right": 0, "misses": [], "extra": [], "wrong_due": [],
         "wrong_fields": []}
    for g in doc["directives"]:
        opening = " ".join(_squash(g["action"]).split()[:OPENING_WORDS])
        found = next((i for i, p in enumerate(preds) if i not in used and opening in p["_text"]
                      and same_unit(g["assignee"], p["assignee"])), None)
        if found is None:
            near = [p["assignee"] for p in preds if opening in p["_text"]]
            r["misses"].append(f"{g.get('section') or '-'} {g['assignee']}" + (f" (read as {near})" if near else ""))
            continue
        used.add(found)
        p = preds[found]
        r["matched"] += 1
        if g.get("due"):
            r["dated"] += 1
            if due_matches(g["due"], p.get("due")):
                r["due_right"] += 1
            else:
                r["wrong_due"].append(f"{g.get('section', '')} {g['assignee']}: {g['due']} read as {p.get('due')}")
        r["coordinators_right"] += _same_units(list(g.get("coordinators", [])), list(p.get("coordinators", [])))
    r["extra"] = [f"{p['assignee']}: {p['_text'][:60]}" for i, p in enumerate(preds) if i not in used]
    for name in METADATA if doc.get("metadata") else ():
        r["fields"] += 1
        # null: the document has none (a forwarded message nobody signed), and none may be read
        gold, pred = doc["metadata"].get(name) or "", got["metadata"].get(name) or ""
        if _field_matches(name, gold, pred):
            r["fields_right"] += 1
        else:
            r["wrong_fields"].append(f"{name}: {gold!r} read as {pred!r}")
    return r


def _sum(rows: list[dict]) -> dict:
    t = {k: sum(r[k] for r in rows) for k in ("gold", "predicted", "matched", "dated", "due_right",
                                              "coordinators_right", "fields", "fields_right")}
    return {**t, "documents": len(rows),
            "precision": round(t["matched"] / t["predicted"], 3) if t["predicted"] else 0.0,
            "recall": round(t["matched"] / t["gold"], 3) if t["gold"] else 1.0,
            "due_accuracy": round(t["due_right"] / t["dated"], 3) if t["dated"] else 1.0,
            "coordinator_accuracy": round(t["coordinators_right"] / t["matched"], 3) if t["matched"] else 1.0,
            "metadata_accuracy": round(t["fields_right"] / t["fields"], 3) if t["fields"] else 1.0}
