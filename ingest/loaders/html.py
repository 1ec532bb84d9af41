"""Web pages to their main content with trafilatura (the one module that imports it)."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import RejectedFile
from ingest.loaders.text import decode
from ingest.records import Document
from ingest.vn import nfc


def load_html(path: Path, data: bytes) -> Document:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    html = decode(str(path), data)
    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, include_links=False, include_images=False,
        favor_recall=True, deduplicate=False,
    )
    if not text or not text.strip():
        raise RejectedFile(str(path), "no main content found in the web page")
    return Document(str(path), "html", nfc(text))
