"""Exact nearest-neighbour search over the chunk vectors, kept in the data dir beside the vector store.

Chroma keeps the vectors (embedded or on a server); its HNSW graph found only 0.68-0.77 of the exact top 10 on
ALQAC's e5 vectors (which crowd into a narrow cone), whatever its search parameters (eval/README.md). A matrix
product over every vector is exact and cheap at archive sizes: 100k chunks x 384 floats is 154 MB and a few ms
per query.

The vectors live in segment files, `<data>/dense/seg-<seq>-<rows>-<tag>.npz`, written by the process that embeds
them *before* it commits their chunks to the catalog. Another process on the same data dir (the web app beside a
CLI ingest) reads new segments from disk: it never asks its own embedded Chroma for them, whose in-memory copy does
not see what another process wrote ("Error finding id"). Writers merge small segments as they go (each merge
drops the rows the catalog no longer holds), so a data dir holds O(log n) of them; a reader that finds a segment
gone mid-read (merged meanwhile) lists them again. Chunks no segment holds (a data dir from before segments, or
chunks another replica ingested through a Chroma server) are fetched from the vector store once and written as a
segment.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from assistant.store.arrays import blob, save, unblob

# What the dense side never ranks: headers and footers ("Luật X", "Số: ..., ngày ...", "Nơi nhận") are alike across
# a collection's documents; they stay searchable by their words and numbers.
FURNITURE = ("header", "footer")
MERGE_RATIO = 2  # the newest segment is merged into the one before while it is at least 1/2 of its size


class Segment:
    def __init__(self, ids: list[str], matrix: np.ndarray, content: np.ndarray):
        self.ids, self.matrix, self.content = ids, matrix, content


def segment(ids: list[str], vectors, parts: Iterable[str]) -> Segment:
    """Rows of chunk vectors, normalised to unit length, with whether each chunk is content (not `FURNITURE`)."""
    matrix = np.asarray(vectors, np.float32).reshape(len(ids), -1).copy()
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return Segment(list(ids), matrix, np.array([p not in FURNITURE for p in parts], bool))


class Segments:
    """The segment files of one data dir."""

    def __init__(self, folder: Path):
        self.folder = folder

    def names(self) -> list[str]:
        """Oldest first."""
        try:
            return sorted(p.name for p in self.folder.glob("seg-*.npz"))
        except OSError:
            return []

    @staticmethod
    def rows(name: str) -> int:
        return int(name.split("-")[2])

    def write(self, ids: list[str], vectors, parts: Iterable[str]) -> str | None:
        """Save the rows (see `segment`); returns the file's name (None when nothing to save)."""
        return self.put(segment(ids, vectors, parts)) if ids else None

    def put(self, seg: Segment, seq: int | None = None) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"seg-{seq or time.time_ns():020d}-{len(seg.ids):09d}-{os.getpid()}{uuid.uuid4().hex[:6]}.npz"
        save(self.folder / name, ids=blob(seg.ids), matrix=seg.matrix, content=seg.content)
        return name

    def read(self, name: str) -> Segment | None:
        """The segment, or None when it is gone (merged by a writer meanwhile) or unreadable."""
        try:
            with np.load(self.folder / name, allow_pickle=False) as z:
                seg = Segment(unblob(z["ids"]), z["matrix"], z["content"])
        except (OSError, KeyError, ValueError):
            return None
        if len(seg.ids) != len(seg.content) or (seg.ids and seg.matrix.shape[0] != len(seg.ids)):
            return None
        return seg

    def ids(self) -> set[str]:
        """Every chunk id a segment holds (reads only the ids)."""
        out: set[str] = set()
        for name in self.names():
            try:
                with np.load(self.folder / name, allow_pickle=False) as z:
                    out.update(unblob(z["ids"]))
            except (OSError, KeyError, ValueError):
                continue
        return out

    def merge(self, keep: set[str]) -> None:
        """Writers only (inside the writer lock): merge the newest segments while the newest is at least
        1/MERGE_RATIO of the one before, keeping only the rows of `keep`; all of them when more than a tenth of
        the rows are dead (chunks removed or replaced)."""
        names = self.names()
        if sum(self.rows(n) for n in names) > 1.1 * len(keep):
            take = names
        else:
            take, rows = [], 0
            while names and (not take or rows * MERGE_RATIO >= self.rows(names[-1])):
                rows += self.rows(names[-1])
                take.insert(0, names.pop())
            take = take if len(take) > 1 else []
        if not take:
            return
        parts = [s for s in (self.read(n) for n in take) if s is not None]
        seen: set[str] = set()
        rows: list[tuple[Segment, int]] = []
        for seg in reversed(parts):  # newest first: a chunk written twice keeps its newest vector
            for i, cid in enumerate(seg.ids):
                if cid in keep and cid not in seen:
                    seen.add(cid)
                    rows.append((seg, i))
        rows.reverse()
        if rows:
            merged = Segment([s.ids[i] for s, i in rows], np.stack([s.matrix[i] for s, i in rows]),
                             np.array([s.content[i] for s, i in rows], bool))
            self.put(merged, seq=int(take[0].split("-")[1]))
        for n in take:
            (self.folder / n).unlink(missing_ok=True)

    def clear(self) -> None:
        for name in self.names():
            (self.folder / name).unlink(missing_ok=True)


class Dense:
    """Unit vectors of the catalog's chunks, one row each (`ids` name them), and whether each row is content;
    read from the segments (`refresh`)."""

    def __init__(self, segments: Segments) -> None:
        self.segments = segments
        self.loaded: dict[str, Segment] = {}
        self.ids: list[str] = []
        self.matrix = np.zeros((0, 0), np.float32)
        self.content = np.zeros(0, bool)
        self.generation = -1

    def refresh(self, now: list[str], fetch: Callable[[list[str]], tuple[list[str], list, list[str]]]) -> None:
        """Hold the rows of `now` (all chunk ids of the catalog): new segments read, vanished ones dropped; the
        chunks no segment holds fetched with `fetch` -> (ids, vectors, parts) and saved as a segment (a chunk whose
        vector the store lacks is left out: `notices check` names it)."""
        for _ in range(5):  # a segment merged away between listing and reading: list again
            names = self.segments.names()
            for gone in set(self.loaded) - set(names):
                del self.loaded[gone]
            vanished = False
            for name in names:
                if name not in self.loaded:
                    seg = self.segments.read(name)
                    if seg is None:
                        vanished = True
                        continue
                    self.loaded[name] = seg
            if not vanished:
                break
        where: dict[str, tuple[str, int]] = {}
        for name in sorted(self.loaded):
            for i, cid in enumerate(self.loaded[name].ids):
                where[cid] = (name, i)
        missing = [c for c in now if c not in where]
        if missing:
            got_ids, vectors, parts = fetch(missing)
            if got_ids:
                fetched = segment(got_ids, vectors, parts)
                try:
                    name = self.segments.put(fetched)  # kept for the next process
                except OSError:
                    name = f"~memory-{time.time_ns()}"  # a read-only data dir: the rows live in memory only
                self.loaded[name] = fetched
                for i, cid in enumerate(fetched.ids):
                    where[cid] = (name, i)
        self._assemble([c for c in now if c in where], where)

    def _assemble(self, ids: list[str], where: dict[str, tuple[str, int]]) -> None:
        if not ids:
            self.ids, self.matrix, self.content = [], np.zeros((0, 0), np.float32), np.zeros(0, bool)
            return
        by_seg: dict[str, list[int]] = {}
        order: list[str] = []
        for cid in ids:
            name, i = where[cid]
            by_seg.setdefault(name, []).append(i)
        for name, rows in by_seg.items():
            order += [self.loaded[name].ids[i] for i in rows]
        self.matrix = np.concatenate([self.loaded[n].matrix[r] for n, r in by_seg.items()])
        self.content = np.concatenate([self.loaded[n].content[r] for n, r in by_seg.items()])
        self.ids = order

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
