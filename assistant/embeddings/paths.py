"""The documents model on the path chosen for this CPU (the one place that builds any of them: `precision` chooses,
`st` and `ort` run)."""

from __future__ import annotations

from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.embeddings.precision import PRECISIONS, candidates, fastest
from ingest.errors import ConfigError


def load(folder: str | Path, precision: str = "auto", name: str | None = None, batch_size: int = 16,
         e5: bool = True, windows: bool = True) -> Embeddings:
    """The documents model of a sentence-transformers `folder` on `precision`'s path ("auto": see `fastest`)."""
    if precision not in PRECISIONS:
        raise ConfigError(f"precision must be one of {', '.join(PRECISIONS)}, not '{precision}'")
    if precision == "auto":
        return fastest(Path(folder), candidates(), lambda p: load(folder, p, name, batch_size, e5, windows))
    if precision == "int8":
        from assistant.embeddings.ort import OnnxEmbeddings

        return OnnxEmbeddings(folder, name=name, batch_size=batch_size, e5=e5)
    from assistant.embeddings.st import SentenceTransformerEmbeddings

    return SentenceTransformerEmbeddings(str(folder), name=name, batch_size=batch_size, precision=precision, e5=e5,
                                         windows=windows)
