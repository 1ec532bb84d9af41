"""BM25 built for Vietnamese: folded syllables and bigrams, accented syllables, identifiers kept whole,
abbreviations expanded both ways. Lives beside Chroma (its sparse index is refused when embedded)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse

from assistant.store.arrays import blob, save, unblob
from ingest.errors import DamagedStore
from ingest.vn import ABBREVIATIONS, QUESTION_PHRASES, fold, has_diacritics, words

K1, B = 1.2, 0.75
# Version of the saved file (bump when `terms` changes): a file of another version is rebuilt. The file is plain
# arrays (numpy .npz read with allow_pickle=False): nothing in it can run code.
FORMAT = 6
_FOLDED_ABBR = {fold(k): fold(v) for k, v in ABBREVIATIONS.items()}
_EXPANSION_RX = [(re.compile(r"\b" + re.escape(v) + r"\b"), k) for k, v in _FOLDED_ABBR.items() if " " in v]
_ID = re.compile(r"\d+[/\-]")


def _pairs(syll: list[str]) -> list[str]:
    """Each pair of running syllables, as one term ("binh", "thuan" -> "binh_thuan")."""
    return [f"{a}_{b}" for a, b in zip(syll, syll[1:], strict=False)]


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
    out.extend(_pairs(syll))
    joined = " ".join(syll)
    for rx, abbr in _EXPANSION_RX:
        if rx.search(joined):
            out.append(abbr)
    return out


def query_terms(text: str) -> list[str]:
    return terms(text, accented=has_diacritics(text))


class Accents:
    """Puts the diacritics back into a question typed without them, as the archive writes its words: each
    syllable takes the form seen most often beside its neighbours ("so khcn binh thuan" -> "sở khcn bình
    thuận"). Kept beside BM25 because it is built from the same texts, at the same time."""

    KEEP = 3  # forms kept per folded syllable or pair

    def __init__(self) -> None:
        # (folded, form) -> n, kept for later updates; chunks removed later are not subtracted (the counts
        # say how the archive writes a word, which a removal hardly changes)
        self._counts: Counter = Counter()
        self.forms: dict[str, tuple[tuple[str, int], ...]] = {}  # "binh" / "binh thuan" -> best forms

    def add(self, toks: list[str], weight: int = 1) -> None:
        toks = [t for t in toks if t.isalpha()]
        folded = fold(" ".join(toks)).split(" ") if toks else []
        pairs = [(f"{folded[i]} {folded[i + 1]}", f"{toks[i]} {toks[i + 1]}") for i in range(len(toks) - 1)
                 if folded[i] != toks[i] or folded[i + 1] != toks[i + 1]]
        for _ in range(weight):
            self._counts.update(zip(folded, toks, strict=True))
            self._counts.update(pairs)

    def finish(self) -> None:
        table: dict[str, list[tuple[str, int]]] = {}
        for (key, form), n in self._counts.most_common():
            got = table.setdefault(key, [])
            if len(got) < self.KEEP:
                got.append((form, n))
        self.forms = {k: tuple(v) for k, v in table.items() if any(fold(f) != f for f, _ in v)}

    def restore(self, text: str) -> str:
        seeds = _question_forms()

        def forms(k: str):
            return (*seeds.get(k, ()), *self.forms.get(k, ()))

        toks = list(_TOKEN.finditer(text))
        low = [m.group(0).lower() for m in toks]
        out, pos = [], 0
        for i, m in enumerate(toks):
            score: Counter = Counter()
            for form, n in forms(low[i]):
                score[form] += 0.01 * n  # a syllable alone is weak evidence; its neighbours decide
            if i:
                for pair, n in forms(f"{low[i - 1]} {low[i]}"):
                    score[pair.split()[1]] += n
            if i + 1 < len(toks):
                for pair, n in forms(f"{low[i]} {low[i + 1]}"):
                    score[pair.split()[0]] += n
            tok = m.group(0)
            best = score.most_common(1)[0][0] if score else low[i]
            if best == low[i]:
                best = tok  # nothing to restore: "UBND" stays as typed
            elif tok.isupper():
                best = best.upper()
            elif tok[0].isupper():
                best = best[0].upper() + best[1:]
            out += [text[pos:m.start()], best]
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)


_TOKEN = re.compile(r"(?<!\w)[a-zA-Z]+(?!\w)")  # words typed without diacritics, not parts of accented ones


@functools.cache
def _question_forms() -> dict[str, tuple[tuple[str, int], ...]]:
    """How questions end ("ngay nao" -> "ngày nào"), which archives seldom contain, as strong evidence."""
    seeds = Accents()
    for phrase in QUESTION_PHRASES:
        seeds.add(words(phrase), weight=50)
    seeds.finish()
    return seeds.forms


class Lexical:
    """A BM25 matrix over chunk texts (and the archive's accent statistics), kept up to date incrementally:
    `update` tokenizes only the chunks added since, drops the removed ones and reweighs (IDF and lengths
    change with every document). Cached on disk with the catalog generation it reflects."""

    def __init__(self, ids: list[str] = (), texts: list[str] = ()):
        self.ids: list[str] = []
        self.vocab: dict[str, int] = {}
        self.accents = Accents()
        self.tf = sparse.csr_matrix((0, 1), dtype=np.float32)  # term counts, one row per chunk
        self.generation = -1
        self.update(set(), list(ids), list(texts))

    def update(self, removed: set[str], ids: list[str], texts: list[str]) -> None:
        """Drop the chunks `removed`, add (`ids`, `texts`), reweigh."""
        tf = self.tf
        if removed:
            keep = np.array([i not in removed for i in self.ids], dtype=bool)
            tf = tf[np.flatnonzero(keep)]
            self.ids = [i for i, k in zip(self.ids, keep, strict=True) if k]
        rows, cols, vals = [], [], []
        for r, text in enumerate(texts):
            self.accents.add(words(text))
            for t, c in Counter(terms(text)).items():
                rows.append(r)
                cols.append(self.vocab.setdefault(t, len(self.vocab)))
                vals.append(c)
        width = max(len(self.vocab), 1)
        tf = sparse.csr_matrix((tf.data, tf.indices, tf.indptr), shape=(tf.shape[0], width))
        if texts:
            new = sparse.csr_matrix((np.array(vals, dtype=np.float32), (rows, cols)), shape=(len(texts), width))
            tf = sparse.vstack([tf, new], format="csr")
            self.ids = self.ids + list(ids)
        self.tf = tf
        self._weigh()
        self.accents.finish()

    def _weigh(self) -> None:
        tf = self.tf.tocoo()
        n = max(tf.shape[0], 1)
        df = np.bincount(tf.col, minlength=tf.shape[1]).astype(np.float32)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        self.idf = idf
        self.max_idf = float(np.log(1 + (n + 0.5) / 0.5))  # a term no chunk holds
        lengths = np.asarray(self.tf.sum(axis=1)).ravel()
        avg = float(lengths.mean()) if len(lengths) else 1.0
        norm = K1 * (1 - B + B * lengths[tf.row] / max(avg, 1.0))
        w = idf[tf.col] * tf.data * (K1 + 1) / (tf.data + norm)
        self.matrix = sparse.csc_matrix((w, (tf.row, tf.col)), shape=tf.shape)

    def rarity(self, term: str) -> float:
        """How rare a (folded) term is in the archive, 0..1: its IDF over that of a term no chunk holds."""
        i = self.vocab.get(term)
        return float(self.idf[i]) / self.max_idf if i is not None and i < len(self.idf) else 1.0

    def holding(self, name: str) -> set[str]:
        """The chunks that hold a name: each pair of its syllables, in order ("Bình Thuận" -> binh_thuan)."""
        syll = [fold(t) for t in words(name)]
        cols = [self.vocab.get(t) for t in _pairs(syll) or syll]
        m = self.matrix  # columns of a CSC matrix: the rows (chunks) that hold each term
        if not cols or None in cols or any(c >= m.shape[1] for c in cols):
            return set()
        rows = set.intersection(*(set(m.indices[m.indptr[c]:m.indptr[c + 1]].tolist()) for c in cols))
        return {self.ids[i] for i in rows}

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

    def save(self, path: Path) -> None:
        """Write the index to `path` atomically (a temp file of this process, then a rename)."""
        counts = list(self.accents._counts.items())
        arrays = {
            "format": np.array([FORMAT, self.generation], dtype=np.int64),
            "ids": blob(self.ids), "vocab": blob(sorted(self.vocab, key=self.vocab.__getitem__)),
            "tf_data": self.tf.data.astype(np.float32), "tf_indices": self.tf.indices.astype(np.int32),
            "tf_indptr": self.tf.indptr.astype(np.int64), "tf_shape": np.array(self.tf.shape, dtype=np.int64),
            "accent_keys": blob(k for (k, _), _ in counts), "accent_forms": blob(f for (_, f), _ in counts),
            "accent_counts": np.array([n for _, n in counts], dtype=np.int64),
        }
        save(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> Lexical:
        """The index saved at `path`; DamagedStore when the file is unreadable or of another version."""
        try:
            with np.load(path, allow_pickle=False) as z:
                fmt, generation = (int(x) for x in z["format"])
                if fmt != FORMAT:
                    raise DamagedStore(f"{path} is of format {fmt}, not {FORMAT} (rebuilt on the next query)")
                obj = cls()
                obj.ids = unblob(z["ids"])
                obj.vocab = {t: i for i, t in enumerate(unblob(z["vocab"]))}
                obj.tf = sparse.csr_matrix((z["tf_data"], z["tf_indices"], z["tf_indptr"]),
                                           shape=tuple(int(x) for x in z["tf_shape"]))
                keys, forms = unblob(z["accent_keys"]), unblob(z["accent_forms"])
                obj.accents._counts = Counter(dict(zip(zip(keys, forms, strict=True),
                                                       (int(n) for n in z["accent_counts"]), strict=True)))
        except DamagedStore:
            raise
        except Exception as exc:  # noqa: BLE001 - zip, numpy and key errors of a truncated or foreign file
            raise DamagedStore(f"{path} cannot be read ({type(exc).__name__}: {exc})") from exc
        if len(obj.ids) != obj.tf.shape[0]:
            raise DamagedStore(f"{path} is inconsistent ({len(obj.ids)} ids, {obj.tf.shape[0]} rows)")
        obj.generation = generation
        obj._weigh()
        obj.accents.finish()
        return obj

    @classmethod
    def cached(cls, path: Path, generation: int, chunk_ids, texts_of) -> Lexical:
        """The index for `generation`: from `path`, brought up to date with `chunk_ids()` (all chunk ids now)
        and `texts_of(ids)` (the texts of new ones) when the catalog changed since; saved back (unless the data
        dir is read-only). A damaged or outdated file is rebuilt."""
        obj = None
        if path.exists():
            try:
                obj = cls.load(path)
            except DamagedStore:
                obj = None
        if obj is not None and obj.generation == generation:
            return obj
        obj = obj or cls()
        now = chunk_ids()
        known = set(obj.ids)
        new = [i for i in now if i not in known]
        obj.update(known - set(now), new, texts_of(new))
        obj.generation = generation
        try:
            obj.save(path)
        except OSError:
            pass  # a read-only data dir: the index lives in memory only
        return obj

