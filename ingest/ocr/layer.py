"""Whether a PDF page's text layer is usable, or is missing or garbage (a font without a Unicode map gives
"(cid:72)" or private-use glyphs, a broken encoding shifted or symbol letters) so the page needs OCR."""

from __future__ import annotations

import re

from ingest.vn import SYLLABLE, fold

MIN_CHARS = 20  # fewer characters than this and the page has no text layer (a scan)
# Share of a page's words that read as words (Vietnamese syllables, or English words). Chosen on 50 real pages:
# every text page of the PDFs in ingest/sample/archive and 3,000-character pieces of the shared corpus and the
# sample sources (lowest 0.90), and on the English pages of this repository's READMEs (lowest 0.63); against the
# same pages turned into the garbage broken fonts give ((cid:N) runs and private-use glyphs 0.00, letters shifted
# by a constant ≤ 0.27, Vietnamese letters on TCVN3's Latin-1 symbols ≤ 0.18). The threshold sits in that gap;
# tests/test_ocr.py measures it again.
MIN_WORDLIKE = 0.5

_ENGLISH = re.compile(r"[a-z]*[aeiouy][a-z]*")  # a Latin word with a vowel, for English pages and names
_STRIP = "\"'“”‘’()[]{}.,;:!?…«»-–—/*%"


def _wordlike(token: str) -> bool | None:
    """True for a word, False for garbage, None for what says nothing (numbers, symbols, abbreviations)."""
    if "(cid:" in token or any("\ue000" <= c <= "\uf8ff" or c == "\ufffd" for c in token):
        return False
    t = token.strip(_STRIP)
    if not t or any(c.isdigit() for c in t):
        return None
    if t.isupper() and t.isascii() and len(t) <= 8:  # UBND, KH&CN, TB-BKHCN
        return None
    if not t.replace("&", "").replace("-", "").isalpha():
        return False
    plain = fold(t)
    if not plain.isascii():
        return False  # letters no Vietnamese or English word has (TCVN3 read as Latin-1: "Th«ng", "b¸o")
    if SYLLABLE.match(plain):
        return True
    return bool(t.isascii() and _ENGLISH.fullmatch(plain) and not re.search(r"[^aeiouy]{4}", plain))


def wordlike_share(text: str) -> float:
    """Share of the page's telling tokens that are words (1.0 when none tells)."""
    votes = [v for v in map(_wordlike, text.split()) if v is not None]
    return sum(votes) / len(votes) if votes else 1.0


def usable(text: str) -> bool:
    """A text layer worth keeping: enough characters, and mostly words."""
    return len(text.strip()) >= MIN_CHARS and wordlike_share(text) >= MIN_WORDLIKE
