"""Chroma, embedded (PersistentClient) or a server (HttpClient): the one module that imports chromadb."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from urllib.parse import urlparse

from ingest.errors import ConfigError, ModelMismatch


class Vectors:
    """A Chroma collection of chunk vectors with the metadata retrieval filters on."""

    def __init__(self, data_dir: Path, collection: str, model: str, chroma_url: str | None = None):
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
            self.client = chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=chroma_settings)
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

    def add(self, ids: list[str], vectors: list[list[float]], metadatas: list[dict],
            documents: list[str] | None = None) -> None:
        for i in range(0, len(ids), 1000):
            self.col.upsert(ids=ids[i : i + 1000], embeddings=vectors[i : i + 1000],
                            metadatas=metadatas[i : i + 1000],
                            documents=documents[i : i + 1000] if documents else None)

    def put_notice(self, notice_id: str, text: str, record: dict) -> None:
        """The notice's own record (values JSON-encoded: Chroma metadata holds only scalars)."""
        self.meta.upsert(ids=[notice_id], documents=[text], embeddings=[[0.0, 0.0]],
                         metadatas=[{k: json.dumps(v, ensure_ascii=False) for k, v in record.items()}])

    def delete_notice(self, notice_id: str) -> None:
        self.meta.delete(ids=[notice_id])

    def notice_ids(self) -> set[str]:
        return set(self.meta.get(include=[])["ids"])

    def notice_record(self, notice_id: str) -> tuple[str, dict] | None:
        got = self.meta.get(ids=[notice_id], include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        return got["documents"][0], {k: json.loads(v) for k, v in got["metadatas"][0].items()}

    def chunks_of(self, notice_id: str) -> tuple[list[str], list[str], list[dict]]:
        """(ids, texts, metadatas) of one notice's chunks."""
        got = self.col.get(where={"notice_id": notice_id}, include=["documents", "metadatas"])
        return got["ids"], got["documents"], got["metadatas"]

    def delete(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 1000):
            self.col.delete(ids=ids[i : i + 1000])

    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            got = self.col.get(include=[], limit=5000, offset=offset)["ids"]
            out.update(got)
            if len(got) < 5000:
                return out
            offset += len(got)

    def count(self) -> int:
        return self.col.count()

    def query(self, vector: list[float], k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first (fewer than `k` when the collection holds fewer)."""
        res = self.col.query(query_embeddings=[vector], n_results=k, where=where or None,
                             include=["distances"])
        return [(i, 1.0 - d) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]
