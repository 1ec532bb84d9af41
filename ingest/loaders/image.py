"""Scans and photos of notices (.png .jpg .jpeg .tif .tiff): every page read by OCR."""

from __future__ import annotations

import time
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.limits import Budget
from ingest.ocr.options import OcrOptions
from ingest.records import Document


def load_image(path: Path, data: bytes, budget: Budget, ocr: OcrOptions | None = None) -> Document:
    from ingest.ocr.images import frames
    from ingest.ocr.run import notes, recognise, unavailable

    options = ocr or OcrOptions()
    why = unavailable(options)
    if why:
        raise RejectedFile(str(path), f"a scanned image needs OCR: {why}")
    pages = list(enumerate(frames(str(path), data, budget.limits.pages), 1))
    if not pages:
        raise RejectedFile(str(path), "the image has no pages")
    t = time.monotonic()
    read = recognise(str(path), pages, len(pages), options)
    budget.exclude(time.monotonic() - t)
    parts, starts, offset = [], [], 0
    for n in range(1, len(pages) + 1):
        starts.append(offset)
        parts.append(read[n].text)
        offset += len(read[n].text) + 2
    if not any(p.strip() for p in parts):
        raise RejectedFile(str(path), "OCR found no text in the image (blank, or too blurred to read)")
    return Document(str(path), "image", "\n\n".join(parts), tuple(starts),
                    tuple(notes(str(path), read)), tuple((n, p.confidence) for n, p in sorted(read.items())))
