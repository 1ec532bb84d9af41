"""Read page images with Tesseract, several at once (up to the cores), each page's result cached by a hash of
its pixels so a re-ingest, or the same page in another file, costs nothing."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.ocr.options import OcrOptions, PageText
from ingest.ocr.text import repair

CACHE_FORMAT = 3  # bump when what is cached (or how it is repaired) changes


def _cached(cache_dir: Path | None, key: str) -> PageText | None:
    if cache_dir is None:
        return None
    try:
        d = json.loads((cache_dir / key[:2] / f"{key}.json").read_text("utf-8"))
        return PageText(d["text"], float(d["confidence"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(cache_dir: Path | None, key: str, page: PageText) -> None:
    """Written whole or not at all (a temporary file renamed); a read-only data dir just caches nothing."""
    if cache_dir is None:
        return
    try:
        folder = cache_dir / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"text": page.text, "confidence": page.confidence}, fh, ensure_ascii=False)
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        pass


def recognise(path: str, pages: Iterable[tuple[int, object]], total: int, options: OcrOptions
              ) -> dict[int, PageText]:
    """{page number: PageText} for `pages` [(page number, PIL image)], read `options.parallel` at a time (the
    images are produced lazily, one ahead of each reader, so a long scan never sits in memory whole).
    `options.progress(name, k, total)` is called as each page is done. Raises RejectedFile when Tesseract fails
    on a page."""
    from ingest.ocr import engine
    from ingest.ocr.images import digest, prepare

    name = Path(path).name
    salt = f"{CACHE_FORMAT}|{options.langs}|{engine.version()}"
    out: dict[int, PageText] = {}

    def one(n: int, image) -> tuple[int, PageText]:
        image = prepare(image)
        key = digest(image, salt)
        got = _cached(options.cache_dir, key)
        if got is None:
            try:
                text, conf = engine.read(image, options.langs)
            except Exception as exc:  # TesseractError, a timeout, OSError: named below
                raise RejectedFile(path, f"OCR failed on page {n} ({type(exc).__name__}: {exc})") from exc
            got = PageText(repair(text), round(conf, 1))
            _store(options.cache_dir, key, got)
        return n, got

    workers = max(1, min(options.parallel, total))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        running = []
        for n, image in pages:
            running.append(pool.submit(one, n, image))
            if len(running) >= workers:  # keep at most one page per reader rendered ahead
                k, got = running.pop(0).result()
                out[k] = got
                if options.progress:
                    options.progress(name, len(out), total)
        for fut in running:
            k, got = fut.result()
            out[k] = got
            if options.progress:
                options.progress(name, len(out), total)
    return out


def unavailable(options: OcrOptions) -> str | None:
    """Why scanned pages cannot be read here (turned off, or Tesseract or its language data missing, with the
    command that installs it); None when they can."""
    if not options.enabled:
        return "OCR is turned off (--no-ocr or NOTICES_OCR=0)"
    from ingest.ocr import engine

    return engine.missing(options.langs)


LOW_CONFIDENCE = 60  # a page read with less is worth a look by a person (measured: clean and degraded renders ≥ 85)


def notes(path: str, got: dict[int, PageText]) -> list[str]:
    """Warnings for the pages OCR found nothing on, or read poorly."""
    name = Path(path).name
    return [f"{name}: page {n} has no text layer and OCR found no text on it (a blank page?)" if not p.text.strip()
            else f"{name}: page {n} was read by OCR with low confidence ({p.confidence:.0f}/100): check the scan"
            for n, p in sorted(got.items()) if p.confidence < LOW_CONFIDENCE or not p.text.strip()]
