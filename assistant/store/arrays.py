"""Plain-array files in the data dir (numpy .npz, read with allow_pickle=False: nothing in them can run code),
written atomically, for the caches kept beside the stores (`lexical.npz`, the segments of `dense/`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np


def save(path: Path, **arrays: np.ndarray) -> None:
    """Write `arrays` to `path` atomically: a temp file of this process in the same folder, then a rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def blob(items: Iterable[str]) -> np.ndarray:
    """Strings (without newlines) as one UTF-8 byte array."""
    return np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)


def unblob(arr: np.ndarray) -> list[str]:
    text = arr.tobytes().decode("utf-8")
    return text.split("\n") if text else []


def pack(vectors) -> bytes:
    """Unit vectors (rows) as float16 bytes: half the room of float32, and cosines within ~1e-3."""
    return np.asarray(vectors, dtype=np.float16).tobytes()


def unpack(data: bytes, rows: int) -> list[list[float]]:
    """The rows `pack` wrote."""
    return np.frombuffer(data, dtype=np.float16).reshape(rows, -1).astype(np.float32).tolist() if rows else []
