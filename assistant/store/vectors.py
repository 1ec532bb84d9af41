"""Chroma, embedded (PersistentClient) or a server (HttpClient): the one module that imports chromadb."""

from __future__ import annotations

import functools
import json
import logging
import os
from pathlib import Path
from urllib.parse import urlparse

from ingest.errors import ConfigError, ModelMismatch, NoticesError, StoreError


def _guarded(method):
    """Chroma's own errors (a damaged or truncated store, a server gone) become one StoreError that says what to
    do; the project's errors pass as they are."""
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:
                if type(exc).__name__ != "NotFoundError" or not hasattr(self, "col"):
                    raise
                self._collections()  # made anew by another process (`notices rebuild`): open them again
                return method(self, *args, **kwargs)
        except NoticesError:
            raise
        except Exception as exc:  # noqa: BLE001 - chromadb raises its own, sqlite3's, and its Rust core's errors
            raise StoreError(f"the vector store {self.where} failed ({type(exc).__name__}: {str(exc)[:200]}): run "
                             "`notices check` to see what differs; `notices rebuild` re-creates it from the "
                             "catalog") from exc
    return call


class Vectors:
    """A Chroma collection of chunk vectors with the metadata retrieval filters on."""

    def __init__(self, data_dir: Path, collection: str, model: str, chroma_url: str | None = None):
        self.where = chroma_url or str(data_dir / "chroma")
        self.name, self.model = collection, model
        self._open(data_dir, chroma_url)

    @_guarded
    def _open(self, data_dir: Path, chroma_url: str | None) -> None:
        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        logging.getLogger("chromadb").setLevel(logging.ERROR)
        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if chroma_url:
            u = urlparse(chroma_url)
            if not u.hostname:
                raise ConfigError(f"bad Chroma URL '{chroma_url}': use http://HOST:PORT")
            try:
                self.client = chromadb.HttpClient(host=u.hostname, port=u.port or 8000, ssl=u.scheme == "https",
                                                  settings=chroma_settings)
                self.client.heartbeat()
            except Exception as exc:  # noqa: BLE001 - connection errors come in many types
                raise ConfigError(f"cannot reach the Chroma server at {chroma_url} ({exc}); start it with "
                                  "`chroma run --path DIR --port PORT` or unset NOTICES_CHROMA_URL") from exc
        else:
            try:
                self.client = chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=chroma_settings)
            except Exception as exc:  # noqa: BLE001 - a read-only folder gives sqlite's error, a damaged one Rust's
                if not os.access(data_dir, os.W_OK):
                    raise StoreError(f"the data dir {data_dir} is read-only, and the vector store needs to write to "
                                     "it: copy the data dir to a writable place and use --data-dir") from exc
                raise
        self._collections()

    def _collections(self) -> None:
        collection, model = self.name, self.model
        self.col = self.client.get_or_create_collection(
            collection, metadata={"hnsw:space": "cosine", "embedding_model": model})
        # One record per notice (original text, metadata, directives) so that a replica with an empty data
        # dir can rebuild its catalog from a shared Chroma server.
        self.meta = self.client.get_or_create_collection(f"{collection}-notices")
        recorded = (self.col.metadata or {}).get("embedding_model")
        if recorded and recorded != model:
            raise ModelMismatch(
                f"the Chroma collection '{collection}' holds vectors from '{recorded}', not '{model}': "
                f"use --embedding-model {recorded}, or another --data-dir / collection to index with '{model}'")

    @_guarded
    def add(self, ids: list[str], vectors: list[list[float]], metadatas: list[dict],
            documents: list[str] | None = None) -> None:
        for i in range(0, len(ids), 1000):
            self.col.upsert(ids=ids[i : i + 1000], embeddings=vectors[i : i + 1000],
                            metadatas=metadatas[i : i + 1000],
                            documents=documents[i : i + 1000] if documents else None)

    @_guarded
    def put_notice(self, notice_id: str, text: str, record: dict) -> None:
        """The notice's own record (values JSON-encoded: Chroma metadata holds only scalars)."""
        self.put_notices([(notice_id, text, record)])

    @_guarded
    def put_notices(self, records: list[tuple[str, str, dict]]) -> None:
        """Several notices' records in one write."""
        for i in range(0, len(records), 500):
            part = records[i:i + 500]
            self.meta.upsert(ids=[r[0] for r in part], documents=[r[1] for r in part],
                             embeddings=[[0.0, 0.0]] * len(part),
                             metadatas=[{k: json.dumps(v, ensure_ascii=False) for k, v in r[2].items()} for r in part])

    @_guarded
    def delete_notice(self, notice_id: str) -> None:
        self.meta.delete(ids=[notice_id])

    @_guarded
    def notice_ids(self) -> set[str]:
        return set(self.meta.get(include=[])["ids"])

    @_guarded
    def notice_record(self, notice_id: str) -> tuple[str, dict] | None:
        got = self.meta.get(ids=[notice_id], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        return got["documents"][0], {k: json.loads(v) for k, v in got["metadatas"][0].items()}

    @_guarded
    def chunks_of(self, notice_id: str) -> tuple[list[str], list[str], list[dict]]:
        """(ids, texts, metadatas) of one notice's chunks."""
        got = self.col.get(where={"notice_id": notice_id}, include=["documents", "metadatas"])
        return got["ids"], got["documents"], got["metadatas"]

    @_guarded
    def vectors_of(self, ids: list[str]) -> tuple[list[str], list, list[str]]:
        """(ids, vectors, parts) of the chunks `ids` the store holds (in batches); search runs on them exactly
        (`assistant.store.dense`), not through Chroma's approximate index."""
        out_ids, vecs, parts = [], [], []
        for i in range(0, len(ids), 5000):
            got = self.col.get(ids=ids[i:i + 5000], include=["embeddings", "metadatas"])
            out_ids += got["ids"]
            vecs += list(got["embeddings"])
            parts += [(md or {}).get("part", "") for md in got["metadatas"]]
        return out_ids, vecs, parts

    @_guarded
    def delete(self, ids: list[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), 1000):
            self.col.delete(ids=ids[i : i + 1000])

    @_guarded
    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            got = self.col.get(include=[], limit=5000, offset=offset)["ids"]
            out.update(got)
            if len(got) < 5000:
                return out
            offset += len(got)

    @_guarded
    def count(self) -> int:
        return self.col.count()

    @_guarded
    def recorded_model(self) -> str | None:
        """The embedding model the collection's vectors come from, as recorded when it was made."""
        return (self.col.metadata or {}).get("embedding_model")

    @_guarded
    def reset(self) -> None:
        """Drop both collections and make them anew, empty (for `notices rebuild` on a server)."""
        for name in (self.name, f"{self.name}-notices"):
            try:
                self.client.delete_collection(name)
            except Exception:  # noqa: BLE001 - not there: made anew below
                pass
        self._collections()


def wipe(data_dir: Path) -> None:
    """Delete an embedded store's files, however damaged (for `notices rebuild`), and forget any client open
    on them in this process."""
    import shutil

    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    shutil.rmtree(data_dir / "chroma", ignore_errors=True)
