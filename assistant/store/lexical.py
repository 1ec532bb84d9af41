"""BM25 built for Vietnamese: folded syllables and bigrams, accented syllables, identifiers kept whole,
abbreviations expanded both ways. Lives beside Chroma (its sparse index is refused when embedded)."""

from __future__ import annotations

import pickle
import re
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

from ingest.vn import ABBREVIATIONS, fold, has_diacritics, words

K1, B = 1.2, 0.75
_FOLDED_ABBR = {fold(k): fold(v) for k, v in ABBREVIATIONS.items()}
_EXPANSION_RX = [(re.compile(r"\b" + re.escape(v) + r"\b"), k) for k, v in _FOLDED_ABBR.items() if " " in v]
_ID = re.compile(r"\d+[/\-]")


def terms(text: str, accented: bool = True) -> list[str]:
    """Index/query terms of `text` (see module doc). `accented=False` for a query typed without diacritics."""
    toks = words(text)
    folded = [fold(t) for t in toks]
    out: list[str] = []
    syll: list[str] = []
    for tok, f in zip(toks, folded, strict=True):
        if _ID.match(f) or "&" in f:
            out.append(f)  # "60/2021/nd-cp", "1226/tb-bkhcn", "kh&cn" whole
            parts = re.split(r"[/\-.&]", f)
            syll.extend(p for p in parts if p)
        else:
            syll.append(f)
            if accented and tok != f:
                out.append("~" + tok)
        if f in _FOLDED_ABBR:
            syll.extend(_FOLDED_ABBR[f].split())
    out.extend(syll)
    out.extend(f"{a}_{b}" for a, b in zip(syll, syll[1:], strict=False))
    joined = " ".join(syll)
    for rx, abbr in _EXPANSION_RX:
        if rx.search(joined):
            out.append(abbr)
    return out


def query_terms(text: str) -> list[str]:
    return terms(text, accented=has_diacritics(text))


class Lexical:
    """A BM25 matrix over chunk texts; cached on disk keyed by the catalog generation."""

    def __init__(self, ids: list[str], texts: list[str]):
        self.ids = ids
        self.vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for r, text in enumerate(texts):
            counts = Counter(terms(text))
            lengths[r] = sum(counts.values())
            for t, c in counts.items():
                rows.append(r)
                cols.append(self.vocab.setdefault(t, len(self.vocab)))
                vals.append(c)
        tf = sparse.csr_matrix((np.array(vals, dtype=np.float32), (rows, cols)),
                               shape=(len(texts), max(len(self.vocab), 1)))
        df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float32)
        n = max(len(texts), 1)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        avg = float(lengths.mean()) if len(texts) else 1.0
        tf = tf.tocoo()
        norm = K1 * (1 - B + B * lengths[tf.row] / max(avg, 1.0))
        w = idf[tf.col] * tf.data * (K1 + 1) / (tf.data + norm)
        self.matrix = sparse.csc_matrix((w, (tf.row, tf.col)), shape=tf.shape)

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """(chunk id, BM25 score), best first; `allowed` is a boolean row mask from filters."""
        cols = [self.vocab[t] for t in set(query_terms(query)) if t in self.vocab]
        if not cols or not self.ids:
            return []
        scores = np.asarray(self.matrix[:, cols].sum(axis=1)).ravel()
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(k, int((scores > 0).sum()))
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top]

    @classmethod
    def cached(cls, path: Path, generation: int, load_rows) -> Lexical:
        """Load from `path` if built for this `generation`, else build from `load_rows()` and save."""
        if path.exists():
            try:
                with path.open("rb") as fh:
                    gen, obj = pickle.load(fh)
                if gen == generation:
                    return obj
            except Exception:  # noqa: BLE001 - a damaged cache is rebuilt
                pass
        ids, texts = load_rows()
        obj = cls(ids, texts)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump((generation, obj), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        return obj
