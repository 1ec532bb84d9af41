"""Character error rate of OCR against the text a page shows (rapidfuzz: the one module that imports it)."""

from __future__ import annotations

import re
import unicodedata

_RULE = re.compile(r"[_.…]{4,}|[_]{2,}")  # drawn rules ("_______") and dot leaders are lines, not text


def _norm(text: str) -> str:
    """NFC, rules dropped, whitespace collapsed: line breaks and spacing are layout, not characters. Diacritics
    count (a lost or wrong tone mark is an error)."""
    return " ".join(_RULE.sub(" ", unicodedata.normalize("NFC", text)).split())


def cer(reference: str, hypothesis: str) -> float:
    """Edits (insertions, deletions, substitutions) per character of the reference."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = _norm(reference), _norm(hypothesis)
    return Levenshtein.distance(ref, hyp) / max(len(ref), 1)


def errors(reference: str, hypothesis: str, limit: int = 20) -> list[tuple[str, str]]:
    """The first `limit` differences as (reference piece, OCR piece), for reading what went wrong."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = _norm(reference), _norm(hypothesis)
    out = []
    for op in Levenshtein.opcodes(ref, hyp):
        if op.tag != "equal":
            out.append((ref[op.src_start:op.src_end], hyp[op.dest_start:op.dest_end]))
        if len(out) >= limit:
            break
    return out
