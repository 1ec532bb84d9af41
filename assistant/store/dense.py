"""Exact nearest-neighbour search over the chunk vectors, held in memory beside the vector store.

Chroma keeps the vectors (embedded or on a server); its HNSW graph found only 0.68-0.77 of the exact top 10 on
ALQAC's e5 vectors (which crowd into a narrow cone), whatever its search parameters (eval/README.md). A matrix
product over every vector is exact and cheap at archive sizes: 100k chunks x 384 floats is 154 MB and a few ms
per query. Kept up to date like the lexical index: after a change only the new chunks' vectors are fetched, and
saved in the data dir (`dense.npz`) so that a one-off `notices ask` does not fetch them all again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from assistant.store.arrays import blob, save, unblob

FORMAT = 1  # version of the saved file (plain arrays, read with allow_pickle=False)

# What the dense side never ranks: headers and footers ("Luật X", "Số: ..., ngày ...", "Nơi nhận") are alike across
# a collection's documents; they stay searchable by their words and numbers.
FURNITURE = ("header", "footer")


class Dense:
    """Unit vectors of the chunks, one row each (`ids` name them), and whether each row is content."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.matrix = np.zeros((0, 0), np.float32)
        self.content = np.zeros(0, bool)
        self.generation = -1

    def update(self, now: list[str], fetch: Callable[[list[str]], tuple[list[str], list, list[str]]]) -> None:
        """Keep the rows of `now` (all chunk ids), fetching (ids, vectors, parts) of the new ones with `fetch`;
        a chunk whose vector the store lacks is left out (`notices check` names it)."""
        keep = set(now)
        rows = [i for i, cid in enumerate(self.ids) if cid in keep]
        known = {self.ids[i] for i in rows}
        got_ids, vectors, parts = fetch([c for c in now if c not in known])
        new = np.asarray(vectors, np.float32).reshape(len(got_ids), -1) if got_ids else None
        if new is not None and len(new):
            new /= np.maximum(np.linalg.norm(new, axis=1, keepdims=True), 1e-12)
        old = self.matrix[rows] if rows else None
        blocks = [b for b in (old, new) if b is not None and len(b)]
        self.matrix = np.vstack(blocks) if blocks else np.zeros((0, 0), np.float32)
        self.content = np.concatenate([self.content[rows] if rows else np.zeros(0, bool),
                                       np.array([p not in FURNITURE for p in parts], bool)])
        self.ids = [self.ids[i] for i in rows] + list(got_ids)

    def search(self, vector: list[float], k: int, allowed: set[str] | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first, over content chunks of the `allowed` notices (all: None)."""
        if not self.ids:
            return []
        scores = self.matrix @ np.asarray(vector, np.float32)
        mask = self.content
        if allowed is not None:
            mask = mask & np.array([cid.split(":")[0] in allowed for cid in self.ids], bool)
        scores = np.where(mask, scores, -np.inf)
        k = min(k, int(mask.sum()))
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top]

    @classmethod
    def cached(cls, path: Path, generation: int, chunk_ids: Callable[[], list[str]], fetch) -> Dense:
        """The rows for `generation`: from `path`, brought up to date with `chunk_ids()` and `fetch` (see `update`)
        when the catalog changed since, and saved back (unless the data dir is read-only). An unreadable file or
        one of another version is rebuilt from the vector store."""
        obj = cls()
        try:
            with np.load(path, allow_pickle=False) as z:
                fmt, gen = (int(x) for x in z["format"])
                if fmt == FORMAT:
                    obj.ids = unblob(z["ids"])
                    obj.matrix, obj.content, obj.generation = z["matrix"], z["content"], gen
                    if len(obj.ids) != len(obj.content) or (obj.ids and obj.matrix.shape[0] != len(obj.ids)):
                        obj = cls()
        except (OSError, KeyError, ValueError):
            obj = cls()
        if obj.generation == generation:
            return obj
        obj.update(chunk_ids(), fetch)
        obj.generation = generation
        try:
            save(path, format=np.array([FORMAT, generation], np.int64), matrix=obj.matrix, content=obj.content,
                 ids=blob(obj.ids))
        except OSError:
            pass  # a read-only data dir: the rows live in memory only
        return obj
