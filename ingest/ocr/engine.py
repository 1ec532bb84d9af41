"""Tesseract through pytesseract (the one module that imports it): is it installed with the languages asked for,
and what text (with its confidence) does it read on one page image."""

from __future__ import annotations

import functools
import os
import shutil

from ingest.ocr.options import INSTALL

# Pages are read in parallel, one Tesseract process each; Tesseract's own OpenMP threads on top of that make it
# slower, not faster (measured here, a loaded 2-core machine: 11 s a page with its threads, 2.4 s with one).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
PAGE_TIMEOUT = 120  # seconds for one page; a page that takes longer is named, not waited for
LOW_CONFIDENCE = 40  # below this mean word confidence a page may lie sideways or upside down: ask OSD


@functools.lru_cache(maxsize=8)
def missing(langs: str) -> str | None:
    """Why OCR in `langs` ("vie+eng") cannot run here, with the command that enables it; None when it can."""
    if not shutil.which("tesseract"):
        return f"Tesseract is not installed: {INSTALL}"
    import pytesseract

    try:
        have = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # noqa: BLE001 - pytesseract raises TesseractError, OSError, ValueError
        return f"Tesseract does not run ({exc}): {INSTALL}"
    lacking = [x for x in langs.split("+") if x and x not in have]
    if lacking:
        pkgs = " ".join(f"tesseract-ocr-{x.lower().replace('_', '-')}" for x in lacking)
        return f"Tesseract has no '{'+'.join(lacking)}' language data: sudo apt-get install {pkgs}"
    return None


@functools.lru_cache(maxsize=1)
def version() -> str:
    import pytesseract

    return str(pytesseract.get_tesseract_version())


def _lines(data: dict) -> tuple[str, float]:
    """Tesseract's words put back into lines (one per text line, a blank line between blocks), and the mean
    confidence of the words, weighted by their length."""
    lines: list[str] = []
    key, words, block = None, [], None
    conf_sum = conf_chars = 0.0
    for i, word in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not word.strip():
            continue
        k = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if k != key:
            if words:
                lines.append(" ".join(words))
            if block is not None and k[0] != block:
                lines.append("")
            key, words, block = k, [], k[0]
        words.append(word.strip())
        conf_sum += conf * len(word)
        conf_chars += len(word)
    if words:
        lines.append(" ".join(words))
    return "\n".join(lines), (conf_sum / conf_chars if conf_chars else 0.0)


def read(image, langs: str) -> tuple[str, float]:
    """(text, mean confidence 0-100) of one prepared page image. A page read with low confidence is turned as
    Tesseract's orientation detection says (a scan fed sideways or upside down) and read again."""
    import pytesseract

    def once(img):
        data = pytesseract.image_to_data(img, lang=langs, config="--psm 3", timeout=PAGE_TIMEOUT,
                                         output_type=pytesseract.Output.DICT)
        return _lines(data)

    text, conf = once(image)
    if conf < LOW_CONFIDENCE:
        try:
            osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=PAGE_TIMEOUT,
                                           output_type=pytesseract.Output.DICT)
            turn = int(osd.get("rotate", 0))
        except Exception:  # noqa: BLE001 - too little text to tell the orientation
            turn = 0
        if turn:
            text2, conf2 = once(image.rotate(-turn, expand=True))
            if conf2 > conf:
                return text2, conf2
    return text, conf


def timed_out(exc: BaseException) -> bool:
    return isinstance(exc, RuntimeError) and "timeout" in str(exc).lower()
