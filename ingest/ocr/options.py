"""What ingest asks of OCR: on or off, the Tesseract languages, where results are cached, progress per page."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LANGS = "vie+eng"  # notices are Vietnamese; English names of programmes and firms appear in them
INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-vie (or scripts/setup-ocr)"


@dataclass(frozen=True)
class OcrOptions:
    """`progress(name, page, pages)` is called as each page is read (page counts from 1)."""

    enabled: bool = True
    langs: str = DEFAULT_LANGS
    cache_dir: Path | None = None  # <data dir>/ocr-cache: a page read once is never read again
    workers: int = 0  # pages read at once; 0 = os.cpu_count()
    dpi: int = 300  # PDF pages are rendered at this resolution (Tesseract's best is about 300 dpi)
    progress: Callable[[str, int, int], None] | None = None

    @property
    def parallel(self) -> int:
        return self.workers or os.cpu_count() or 1


@dataclass(frozen=True)
class PageText:
    """What OCR read on one page: NFC text with its line wraps repaired, and Tesseract's mean word confidence
    (0-100)."""

    text: str
    confidence: float
