"""Where a quote of a chunk lies in the original document (for highlighting it in its notice)."""

from __future__ import annotations

from functools import lru_cache

from ingest.normalize import clean, hard_wrapped


@lru_cache(maxsize=256)
def _clean_of(text: str, fmt: str):
    return clean(text, reflow=hard_wrapped(text, fmt))


def original_span(catalog, notice, chunk, start: int, end: int) -> tuple[int, int]:
    """Original offsets of chunk.text[start:end]; the chunk's own span when it cannot be located."""
    doc = catalog.document(notice.id)
    if not doc:
        return chunk.start, chunk.end
    cl = _clean_of(doc[0], notice.format)
    at = cl.text.find(chunk.text)
    if at < 0:
        return chunk.start, chunk.end
    return cl.span(at + start, at + end)
