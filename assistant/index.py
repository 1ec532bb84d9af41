"""The index in a data dir: catalog + Chroma vectors + lexical BM25, and the model that embeds them."""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from functools import cached_property

from assistant.settings import Settings
from assistant.store.catalog import Catalog
from assistant.store.lexical import Lexical
from assistant.store.lock import WriterLock
from assistant.store.vectors import Vectors
from ingest.errors import Locked, ModelMismatch
from ingest.records import Chunk, Notice

REFRESH_SECONDS = 30.0  # server mode: how often a replica looks for other replicas' changes


def notice_record(notice: Notice, page_starts: list[int], directives, sentences: dict[str, tuple[str, bytes]]) -> dict:
    """What the vector store keeps of a notice, for a replica (or `rebuild`) to restore its catalog rows; its text is
    the record's document. `sentences` as `Catalog.put` takes them."""
    return {"notice": notice.to_dict(), "page_starts": list(page_starts), "directives": [asdict(d) for d in directives],
            "sentences": {cid: (spans, base64.b64encode(packed).decode("ascii"))
                          for cid, (spans, packed) in sentences.items()}}


def notice_from_record(vectors: Vectors, notice_id: str):
    """(notice, text, page_starts, chunks, directives, sentences) of one notice as the vector store keeps it, or
    None; `sentences` as `Catalog.put` takes them (none in a record of an older version)."""
    from ingest.records import Directive

    got = vectors.notice_record(notice_id)
    if got is None:
        return None
    text, rec = got
    n = dict(rec["notice"])
    n["recipients"] = tuple(n.get("recipients", ()))
    ids, texts, metas = vectors.chunks_of(notice_id)
    chunks = sorted((Chunk(id=i, notice_id=notice_id, ord=md["ord"], text=t, section=md["section"],
                           section_no=md["section_no"], start=md["start"], end=md["end"],
                           page=md["page"] or None, page_end=md["page_end"] or None, part=md["part"])
                     for i, t, md in zip(ids, texts, metas, strict=True)), key=lambda c: c.ord)
    directives = [Directive(**{**d, "coordinators": tuple(d["coordinators"])}) for d in rec["directives"]]
    sentences = {cid: (spans, base64.b64decode(packed)) for cid, (spans, packed) in rec.get("sentences", {}).items()}
    return Notice(**n), text, rec["page_starts"], chunks, directives, sentences


def embed_text(notice: Notice, chunk: Chunk) -> str:
    """What gets embedded: the notice title and section path give a bare bullet its context."""
    if chunk.part in ("header", "footer"):
        return chunk.text
    return "\n".join(x for x in (notice.title[:200], chunk.section, chunk.text) if x)


def chunk_metadata(notice, chunk) -> dict:
    """What Chroma filters on, and what a replica needs to rebuild the chunk (str/int/float/bool only)."""
    return {
        "notice_id": notice.id, "source": notice.source, "number": notice.number, "date": notice.date,
        "year": int(notice.date[:4]) if notice.date else 0, "doc_type": notice.doc_type,
        "issuer": notice.issuer, "part": chunk.part, "section": chunk.section, "section_no": chunk.section_no,
        "ord": chunk.ord, "start": chunk.start, "end": chunk.end, "page": chunk.page or 0,
        "page_end": chunk.page_end or 0,
        # read by OCR from a scan: marked, with the page's mean confidence (0 for a text page)
        "ocr": notice.ocr_confidence(chunk.page, chunk.page_end) is not None,
        "ocr_confidence": notice.ocr_confidence(chunk.page, chunk.page_end) or 0.0,
    }


class Index:
    """Opens (or creates) the stores under `settings.data_dir`; checks the embedding model matches.

    Reading never changes anything. Every change happens inside `writing()`, which holds the data dir's
    writer lock (one writer per data dir, across processes): vectors are written first and the catalog
    commits last, so a crash leaves the old state or the new one; what an interrupted write left behind is
    cleared by the next writer (`reconcile`)."""

    def __init__(self, settings: Settings, embeddings=None):
        self.settings = settings
        self.catalog = Catalog(settings.data_dir / "catalog.sqlite3")
        recorded = self.catalog.get_meta("embedding_model")
        if recorded and recorded != settings.embedding_model:
            raise ModelMismatch(
                f"the index in {settings.data_dir} was built with the embedding model '{recorded}', not "
                f"'{settings.embedding_model}': use --embedding-model {recorded} (or NOTICES_EMBEDDING_MODEL), "
                "or choose another --data-dir to build a new index")
        self._embeddings = embeddings
        self._lexical: Lexical | None = None
        self._dense = None
        self._cache: dict[str, tuple[int, object]] = {}
        self._lock = threading.Lock()
        self.writer = WriterLock(settings.data_dir)
        self.refresh_seconds = REFRESH_SECONDS
        self._synced = time.monotonic()
        if settings.chroma_url:
            self.refresh()  # a shared server is the source of truth: catch up before anything reads

    @contextmanager
    def writing(self, what: str, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the writer lock for `what` ("ingest", "remove", ...); see `WriterLock.hold`."""
        self.catalog.writable()
        with self.writer.hold(what, wait, on_wait):
            try:
                yield
            finally:
                self.catalog.checkpoint()

    @cached_property
    def vectors(self) -> Vectors:
        return Vectors(self.settings.data_dir, self.settings.collection, self.settings.embedding_model,
                       self.settings.chroma_url)

    def _sync(self, vectors: Vectors) -> None:
        """Server mode: the Chroma server is shared, so the local catalog (and with it the lexical index and the
        task register) follows it: notices it lacks are rebuilt from the server, ones gone there are dropped."""
        remote = vectors.notice_ids()
        local = {n.id for n in self.catalog.notices()}
        for nid in local - remote:
            with self.catalog.transaction() as db:
                self.catalog.delete(db, nid)
        for nid in remote - local:
            self.restore(nid)

    def restore(self, notice_id: str) -> bool:
        """Put one notice back into the catalog from its record on the vector store (text, metadata, chunks,
        directives); False when the vector store has no record of it. Inside `writing()`."""
        got = notice_from_record(self.vectors, notice_id)
        if got is None:
            return False
        notice, text, page_starts, chunks, directives, sentences = got
        older = [n for n in self.catalog.notices_by_path(notice.path) if n.sha256 != notice.sha256]
        with self.catalog.transaction() as db:
            for n in older:  # the same file under an older content
                self.catalog.delete(db, n.id)
            self.catalog.put(db, notice, text, page_starts, chunks, directives, sentences)
        return True

    def refresh(self) -> None:
        """Catch up with changes other replicas made on a shared Chroma server (no-op when embedded); skipped
        while another process or thread writes to this data dir (it will be done on a later query)."""
        if not self.settings.chroma_url:
            return
        self._synced = time.monotonic()
        try:
            with self.writer.hold("sync", wait=False):
                self._sync(self.vectors)
        except Locked:
            pass

    def catch_up(self) -> None:
        """`refresh()` at most every `refresh_seconds` (called before each query, so a replica shows what the
        others ingested)."""
        if self.settings.chroma_url and time.monotonic() - self._synced >= self.refresh_seconds:
            self.refresh()

    @property
    def embeddings(self):
        """The embedding model, loaded on first use (and shared when passed in)."""
        with self._lock:
            if self._embeddings is None:
                from assistant.embeddings import make

                s = self.settings
                self._embeddings = make(s.embedding_model, s.embeddings_url, s.embeddings_prefixes,
                                        s.embeddings_api_key)
            return self._embeddings

    def reconcile(self) -> int:
        """Delete the vectors of chunks the catalog does not hold (left by an interrupted write); inside
        `writing()`. On a shared Chroma server another machine's write in progress looks the same, so there
        nothing is deleted: ids are content hashes and writes idempotent upserts. Returns how many went."""
        if self.settings.chroma_url:
            return 0
        stray = list(self.vectors.ids() - set(self.catalog.all_chunk_ids()))
        self.vectors.delete(stray)
        return len(stray)

    @property
    def lexical(self) -> Lexical:
        """BM25 over the catalog's chunks, brought up to date when the catalog changed since (read in one
        snapshot of the catalog, whatever another process writes meanwhile)."""
        with self._lock, self.catalog.snapshot():
            gen = self.catalog.generation
            if self._lexical is None or self._lexical.generation != gen:
                def texts_of(ids: list[str]) -> list[str]:
                    notices = {n.id: n for n in self.catalog.notices()}
                    return [embed_text(notices[c.notice_id], c) for c in self.catalog.chunks(ids)]

                self._lexical = Lexical.cached(self.lexical_path, gen, self.catalog.all_chunk_ids, texts_of)
            return self._lexical

    @property
    def dense(self):
        """The chunk vectors for exact search (`assistant.store.dense`): the segments other processes wrote read
        from disk when the catalog changed, read in one snapshot of the catalog."""
        from assistant.store.dense import Dense

        with self._lock, self.catalog.snapshot():
            gen = self.catalog.generation
            if self._dense is None:
                self._dense = Dense(self.segments)
            if self._dense.generation != gen:
                def fetch(ids: list[str]):  # chunks no segment holds: opens the vector store only then
                    return self.vectors.vectors_of(ids)

                self._dense.refresh(self.catalog.all_chunk_ids(), fetch)
                self._dense.generation = gen
            return self._dense

    @cached_property
    def segments(self):
        from assistant.store.dense import Segments

        return Segments(self.settings.data_dir / "dense")

    def store_vectors(self, ids: list[str], vectors: list, metadatas: list[dict], texts: list[str]) -> None:
        """Chunk vectors into the dense segments, then the vector store; before the catalog names the chunks, so
        a reader in another process finds them on disk as soon as it sees them. Inside `writing()`."""
        self.segments.write(ids, vectors, [md.get("part", "") for md in metadatas])
        self.vectors.add(ids, vectors, metadatas, texts)

    def compact_vectors(self) -> None:
        """Merge dense segments (`Segments.merge`), dropping the rows of chunks the catalog no longer holds.
        Inside `writing()`, after the catalog committed."""
        self.segments.merge(set(self.catalog.all_chunk_ids()))
        (self.settings.data_dir / "dense.npz").unlink(missing_ok=True)  # the single file of older versions

    @property
    def lexical_path(self):
        return self.settings.data_dir / "lexical.npz"

    def cached(self, name: str, build):
        """`build()`'s result, kept until the catalog changes (for what every query reads; built from one
        snapshot of the catalog)."""
        with self.catalog.snapshot():
            gen = self.catalog.generation
            got = self._cache.get(name)
            if got is None or got[0] != gen:
                got = (gen, build())
                self._cache[name] = got
        return got[1]

    def notices(self) -> dict[str, Notice]:
        """All notices by id."""
        return self.cached("notices", lambda: {n.id: n for n in self.catalog.notices()})

    def stats(self) -> dict:
        return {
            "documents": len(self.catalog.notices()),
            "chunks": self.catalog.count_chunks(),
            "directives": len(self.catalog.directives()),
            "embedding_model": self.settings.embedding_model,
            "data_dir": str(self.settings.data_dir),
            "chroma": self.settings.chroma_url or "embedded",
            "last_ingest": self.catalog.get_meta("last_ingest"),
        }
