"""The index in a data dir: catalog + Chroma vectors + lexical BM25, and the model that embeds them."""

from __future__ import annotations

import threading
import time
from functools import cached_property

from assistant.settings import Settings
from assistant.store.catalog import Catalog
from assistant.store.lexical import Lexical
from assistant.store.vectors import Vectors
from ingest.errors import ModelMismatch
from ingest.records import Chunk, Notice

REFRESH_SECONDS = 30.0  # server mode: how often a replica looks for other replicas' changes


def embed_text(notice: Notice, chunk: Chunk) -> str:
    """What gets embedded: the notice title and section path give a bare bullet its context."""
    if chunk.part in ("header", "footer"):
        return chunk.text
    return "\n".join(x for x in (notice.title[:200], chunk.section, chunk.text) if x)


class Index:
    """Opens (or creates) the stores under `settings.data_dir`; checks the embedding model matches."""

    def __init__(self, settings: Settings, embeddings=None):
        self.settings = settings
        self.catalog = Catalog(settings.data_dir / "catalog.sqlite3")
        recorded = self.catalog.get_meta("embedding_model")
        if recorded and recorded != settings.embedding_model:
            raise ModelMismatch(
                f"the index in {settings.data_dir} was built with the embedding model '{recorded}', not "
                f"'{settings.embedding_model}': use --embedding-model {recorded} (or NOTICES_EMBEDDING_MODEL), "
                "or choose another --data-dir to build a new index")
        if not recorded:
            self.catalog.set_meta("embedding_model", settings.embedding_model)
        self._embeddings = embeddings
        self._lexical: Lexical | None = None
        self._cache: dict[str, tuple[int, object]] = {}
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one writer at a time (uploads in the UI, CLI ingest)
        self.refresh_seconds = REFRESH_SECONDS
        self._synced = time.monotonic()
        if settings.chroma_url:
            _ = self.vectors  # a shared server is the source of truth: catch up before anything reads

    @cached_property
    def vectors(self) -> Vectors:
        vectors = Vectors(self.settings.data_dir, self.settings.collection, self.settings.embedding_model,
                          self.settings.chroma_url)
        if self.settings.chroma_url:
            self._sync(vectors)
        else:
            self._reconcile(vectors)
        return vectors

    def _sync(self, vectors: Vectors) -> None:
        """Server mode: the Chroma server is shared, so the local catalog (and with it the lexical index and the
        task register) follows it: notices it lacks are rebuilt from the server, ones gone there are dropped."""
        from ingest.records import Directive

        remote = vectors.notice_ids()
        local = {n.id for n in self.catalog.notices()}
        for nid in local - remote:
            with self.catalog.transaction() as db:
                self.catalog.delete(db, nid)
        for nid in remote - local:
            got = vectors.notice_record(nid)
            if got is None:
                continue
            text, rec = got
            n = dict(rec["notice"])
            n["recipients"] = tuple(n.get("recipients", ()))
            notice = Notice(**n)
            ids, texts, metas = vectors.chunks_of(nid)
            chunks = sorted((Chunk(id=i, notice_id=nid, ord=md["ord"], text=t, section=md["section"],
                                   section_no=md["section_no"], start=md["start"], end=md["end"],
                                   page=md["page"] or None, page_end=md["page_end"] or None, part=md["part"])
                             for i, t, md in zip(ids, texts, metas, strict=True)), key=lambda c: c.ord)
            directives = [Directive(**{**d, "coordinators": tuple(d["coordinators"])}) for d in rec["directives"]]
            if self.catalog.notice_by_path(notice.path):  # the same file under an older id
                with self.catalog.transaction() as db:
                    self.catalog.delete(db, self.catalog.notice_by_path(notice.path).id)
            with self.catalog.transaction() as db:
                self.catalog.put(db, notice, text, rec["page_starts"], chunks, directives)

    def refresh(self) -> None:
        """Catch up with changes other replicas made on a shared Chroma server (no-op when embedded)."""
        if self.settings.chroma_url:
            self._synced = time.monotonic()
            self._sync(self.vectors)

    def catch_up(self) -> None:
        """`refresh()` at most every `refresh_seconds`, skipped while this process writes (called before
        each query, so a replica shows what the others ingested)."""
        if not self.settings.chroma_url or time.monotonic() - self._synced < self.refresh_seconds:
            return
        if self.write_lock.acquire(blocking=False):
            try:
                self.refresh()
            finally:
                self.write_lock.release()

    @property
    def embeddings(self):
        """The embedding model, loaded on first use (and shared when passed in)."""
        with self._lock:
            if self._embeddings is None:
                from assistant.embeddings import make

                self._embeddings = make(self.settings.embedding_model)
            return self._embeddings

    def _reconcile(self, vectors: Vectors) -> None:
        """Vectors whose chunk the catalog does not hold (an interrupted write) are deleted."""
        known = set(self.catalog.all_chunk_ids())
        stray = list(vectors.ids() - known)
        if stray:
            vectors.delete(stray)

    @property
    def lexical(self) -> Lexical:
        """BM25 over the catalog's chunks, brought up to date when the catalog changed since."""
        gen = self.catalog.generation
        with self._lock:
            if self._lexical is None or self._lexical.generation != gen:
                def texts_of(ids: list[str]) -> list[str]:
                    notices = self.notices()
                    return [embed_text(notices[c.notice_id], c) for c in self.catalog.chunks(ids)]

                self._lexical = Lexical.cached(self.settings.data_dir / "lexical.pkl", gen,
                                               self.catalog.all_chunk_ids, texts_of)
            return self._lexical

    def cached(self, name: str, build):
        """`build()`'s result, kept until the catalog changes (for what every query reads)."""
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
