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


def _lines(data: dict) -> list[dict]:
    """Tesseract's words put back into lines: [{"text", "conf", "chars", "box", "block"}] in reading order."""
    lines: list[dict] = []
    key = None
    for i, word in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not word.strip():
            continue
        k = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        box = (data["left"][i], data["top"][i], data["left"][i] + data["width"][i], data["top"][i] + data["height"][i])
        if k != key:
            lines.append({"words": [], "conf": 0.0, "chars": 0, "box": box, "block": k[0]})
            key = k
        line = lines[-1]
        line["words"].append(word.strip())
        line["conf"] += conf * len(word)
        line["chars"] += len(word)
        b = line["box"]
        line["box"] = (min(b[0], box[0]), min(b[1], box[1]), max(b[2], box[2]), max(b[3], box[3]))
    return lines


def _unaccented_vietnamese(words: list[str]) -> bool:
    """A line of Vietnamese syllables without a single diacritic ("Nguyen Mai Duong"): with several languages,
    Tesseract reads a short line alone (a signer's name) with the English model and drops every tone mark."""
    from ingest.vn import SYLLABLE, fold

    letters = [w.strip(".,;:()") for w in words]
    letters = [w for w in letters if w.isalpha()]
    if len(letters) < 2 or any(ord(c) > 0xFF for w in letters for c in w):  # ơ ư ă đ ạ ả ...: read as Vietnamese
        return False
    return sum(bool(SYLLABLE.match(fold(w))) for w in letters) >= 0.8 * len(letters)


def read(image, langs: str) -> tuple[str, float]:
    """(text, mean confidence 0-100) of one prepared page image. A page read with low confidence is turned as
    Tesseract's orientation detection says (a scan fed sideways or upside down) and read again; a Vietnamese line
    read without any diacritic is read again with the first language alone."""
    import pytesseract

    def once(img, lang=langs, psm=3):
        return _lines(pytesseract.image_to_data(img, lang=lang, config=f"--psm {psm}", timeout=PAGE_TIMEOUT,
                                                output_type=pytesseract.Output.DICT))

    def confidence(lines):
        chars = sum(x["chars"] for x in lines)
        return sum(x["conf"] for x in lines) / chars if chars else 0.0

    lines = once(image)
    if confidence(lines) < LOW_CONFIDENCE:
        try:
            osd = pytesseract.image_to_osd(image, config="--psm 0", timeout=PAGE_TIMEOUT,
                                           output_type=pytesseract.Output.DICT)
            turn = int(osd.get("rotate", 0))
        except Exception:  # noqa: BLE001 - too little text to tell the orientation
            turn = 0
        if turn:
            turned = image.rotate(-turn, expand=True)
            again = once(turned)
            if confidence(again) > confidence(lines):
                image, lines = turned, again
    first = langs.split("+")[0]
    if first != langs:
        from ingest.vn import fold

        for line in lines:
            if not _unaccented_vietnamese(line["words"]):
                continue
            x0, y0, x1, y1 = line["box"]
            pad = max(8, (y1 - y0) // 2)
            crop = image.crop((max(0, x0 - pad), max(0, y0 - pad), x1 + pad, y1 + pad))
            redo = once(crop, first, 7)
            words = [w for x in redo for w in x["words"]]
            if words and fold(" ".join(words)) == fold(" ".join(line["words"])) and \
                    confidence(redo) >= line["conf"] / max(line["chars"], 1) - 10:
                line.update(words=words, conf=confidence(redo) * line["chars"])
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and line["block"] != lines[i - 1]["block"]:
            out.append("")
        out.append(" ".join(line["words"]))
    return "\n".join(out), confidence(lines)


def timed_out(exc: BaseException) -> bool:
    return isinstance(exc, RuntimeError) and "timeout" in str(exc).lower()
