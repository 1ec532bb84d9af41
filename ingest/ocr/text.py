"""What OCR returns, repaired before the notice parser reads it: NFC, look-alike letters, hyphenated line ends,
lines of nothing but rules and specks. Soft line wraps are joined by the parser itself (`normalize.clean` reflows
OCR text as it does a PDF's text layer), so a scanned page and a text page of the same notice read the same."""

from __future__ import annotations

import re

from ingest.vn import nfc, to_roman

# Tesseract's Vietnamese model sometimes gives the Icelandic eth (Ð ð) for Đ đ; they look the same on paper.
_LOOKALIKE = str.maketrans({"Ð": "Đ", "ð": "đ", "ﬁ": "fi", "ﬂ": "fl", "|": " "})
# A word cut at a line's end with a hyphen: "quản-\nlý" is the wrap of one phrase, "34-\nNQ/TU" a document symbol
# cut in two (the hyphen is its own), "manage-\nment" an English word hyphenated.
_HYPHEN = re.compile(r"(\w+)-[ \t]*\n[ \t]*(\w+)")
_NOISE = re.compile(r"^[\W_]*$")  # rules ("______"), specks, a stamp's stray marks: no letter, no digit
# A section's Roman numeral with a stroke read as the digit one or a small L ("1I- Một số nhiệm vụ", "Il. Giải
# pháp"): put back only where the result is a numeral a notice's sections use.
_ROMAN_LIKE = re.compile(r"^([IVX1l]*[IVX][IVX1l]*)(?=[.\-–):] )", re.M)
_ROMANS = {to_roman(n) for n in range(1, 40)}


def _roman(m: re.Match) -> str:
    fixed = m.group(1).replace("1", "I").replace("l", "I")
    return fixed if fixed in _ROMANS else m.group(1)


def _join(m: re.Match) -> str:
    left, right = m.group(1), m.group(2)
    if right[:1].islower() and left.isascii() and right.isascii() and left.isalpha():
        return left + right  # an English word hyphenated across lines
    if right[:1].islower():
        return f"{left} {right}"  # Vietnamese words are single syllables: the hyphen only marked the wrap
    return f"{left}-{right}"  # a symbol or a number range cut at the line's end: the hyphen stays


def repair(text: str) -> str:
    """OCR text as a text layer would give it."""
    text = nfc(text).translate(_LOOKALIKE)
    lines = [" ".join(x.split()) for x in text.split("\n")]
    text = "\n".join("" if _NOISE.match(x) else x for x in lines)
    text = _ROMAN_LIKE.sub(_roman, text)
    text = _HYPHEN.sub(_join, text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
