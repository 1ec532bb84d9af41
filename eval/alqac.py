"""The ALQAC legal-retrieval format (a laws file and a questions file) as a corpus and a question set.

One document per article (its title: the law and "Điều N"), written once as text files into a folder that
`notices eval` ingests like any archive; each question's gold is its relevant articles. Questions are split
into dev and test halves by a hash of their id, so the split is the same on every machine and every run; a
question that names its split (`"split": "dev"`, as in `eval/sets/alqac_extra.json`) keeps it.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from ingest.vn import fold


def article_file(law_id: str, article_id: str) -> str:
    """A stable, portable file name for one article ("luat-phong-chong-ma-tuy--dieu-32.txt")."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(law_id)).strip("-")[:80]
    return f"{slug}--dieu-{re.sub(r'[^0-9a-z]+', '-', fold(article_id)).strip('-')}.txt"


def write_corpus(laws: Path, folder: Path) -> int:
    """Write every article of `laws` as a text file in `folder` (skipped when already there); returns the count."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for law in json.loads(laws.read_text("utf-8")):
        for art in law["articles"]:
            path = folder / article_file(law["id"], art["id"])
            if not path.exists():  # laid out as laws are printed: "Điều 32. <its title>", then its text
                title, _, body = art["text"].strip().partition("\n")
                path.write_text(f"{law['id']}\nĐiều {art['id']}. {title.strip()}\n{body.strip()}\n", "utf-8")
            n += 1
    return n


def split_of(question_id: str) -> str:
    return "dev" if int(hashlib.sha1(question_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def question_set(questions: Path, out: Path) -> Path:
    """The questions in the project's set format (JSONL), written to `out`."""
    rows = []
    for qn in json.loads(questions.read_text("utf-8")):
        rows.append({"id": qn["question_id"], "question": qn["text"], "answerable": True,
                     "gold_sources": [article_file(a["law_id"], a["article_id"]) for a in qn["relevant_articles"]],
                     "must_contain": [], "split": qn.get("split") or split_of(qn["question_id"]),
                     "tags": [fold(qn.get("question_type", "")).replace(" ", "-").replace("/", "-") or "alqac"]})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return out
