"""Bytes to NFC text: UTF-8, UTF-16 (with or without a BOM), Windows-1258, other encodings as charset-normalizer
names them; legacy TCVN3/VNI font encodings are reported."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.errors import RejectedFile
from ingest.normalize import MARKER
from ingest.vn import fold, nfc

_COMMON = {"va", "cua", "cac", "trong", "duoc", "nhung", "voi", "cho", "theo", "thuc", "hien", "nam", "ngay"}
# TCVN3 (ABC) puts Vietnamese letters on Latin-1 code points that Western text hardly uses ("Th«ng b¸o kÕt
# luËn"): signs of a legacy font encoding that needs converting, not guessing. Letters French or German use
# (é, è, à, ç, ü ...) are left out, so Western text is not taken for TCVN3.
_TCVN3 = set("¸µ¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ«×ÝØÜÞ¬ßãäåæìîïñòõøö÷ùúýûüþ") - set("äåæìîïñòõøöùúýûüßÆÇÊÈÉËÌÎÏÑÒÓÔÕÖØÝÞ")
_TCVN3 |= set("¸µ¶·¹¨»¾¼½©®ª«¬")
# VNI writes tone marks as separate letters after the vowel: "Thoâng baùo".
_VNI = re.compile(r"[aeiouyAEIOUY][øùûõïñöôâêáàäåëé]")


def _vietnamese_score(text: str) -> float:
    toks = fold(text).split()
    if not toks:
        return 0.0
    return sum(t.strip(".,;:()") in _COMMON for t in toks) / len(toks)


def _binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    return controls / max(len(sample), 1) > 0.05


def _utf16(data: bytes) -> str | None:
    """UTF-16 with a BOM, or without one (every other byte zero: Latin text; Vietnamese letters keep it mostly)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode text bytes: (text, a note naming the encoding when it was not UTF-8), or raise RejectedFile saying
    what the bytes are and what to do."""
    utf16 = _utf16(data)
    if utf16:
        try:
            return _tidy(data.decode(utf16)), f"{Path(path).name}: read as {utf16.upper()}"
        except UnicodeDecodeError:
            pass
    if _binary(data):
        raise RejectedFile(path, "binary data, not text (is it really a text file?)")
    try:
        return _tidy(data.decode("utf-8-sig")), ""
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and _vietnamese_score(nfc(text)) >= 0.05:
        return _tidy(text), f"{Path(path).name}: read as Windows-1258 (Vietnamese)"
    latin = data.decode("cp1252", errors="replace")
    if sum(c in _TCVN3 for c in latin) > 0.03 * max(len(latin), 1):
        raise RejectedFile(path, "legacy TCVN3 (ABC) encoding: convert it to Unicode (e.g. UniKey's converter) and "
                           "ingest again")
    words = latin.split()
    if sum(bool(_VNI.search(w)) for w in words) > 0.15 * max(len(words), 1):  # Vietnamese: most words carry marks
        raise RejectedFile(path, "legacy VNI encoding: convert it to Unicode (e.g. UniKey's converter) and ingest "
                           "again")
    from charset_normalizer import from_bytes

    found = from_bytes(data)
    best = found.best()
    if best is not None:  # among equally good guesses, the encoding most files are written in
        ties = [m for m in found if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
        best = min(ties, key=lambda m: _COMMONEST.index(m.encoding) if m.encoding in _COMMONEST else len(_COMMONEST))
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        return _tidy(str(best)), f"{Path(path).name}: read as {best.encoding} ({', '.join(best.languages[:2]) or '?'})"
    raise RejectedFile(path, "unknown text encoding (not UTF-8, UTF-16 or Windows-1258): save it as UTF-8")


_COMMONEST = ("cp1252", "latin_1", "cp1250", "cp1251", "gb18030", "big5", "shift_jis", "euc_kr", "iso8859_15")


def _tidy(text: str) -> str:
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))


_LAZY = re.compile(r"^(\s*)1([.)])(\s+\S)")


def lazy_numbers(text: str) -> str:
    """Markdown's lazy lists ("1. ..." on every item, which markdown draws as 1, 2, 3) numbered as they are drawn;
    a list whose items carry their own numbers is left as it is."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _LAZY.match(lines[i])
        if not m:
            i += 1
            continue
        run, j = [i], i + 1  # the items of one list: "1." lines at one indent, blank or indented lines between
        while j < len(lines):
            item = _LAZY.match(lines[j])
            if item and item.group(1) == m.group(1):
                run.append(j)
            elif lines[j].strip() and not lines[j].startswith(m.group(1) + "  "):
                break
            j += 1
        for n, k in enumerate(run[1:], 2):
            lines[k] = _LAZY.sub(lambda x, n=n: f"{x.group(1)}{n}{x.group(2)}{x.group(3)}", lines[k], count=1)
        i = j
    return "\n".join(lines)


_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")
# Word's "Save as Plain Text" writes a list's bullet as a glyph and a tab ("·\t", "o\t" for the second level, "§\t",
# or the Symbol font's private-use code points): a bullet line as the other formats give it.
_GLYPH_BULLET = re.compile(r"^([ \t]*)[·o§Ø▪●○■◦\uf0b7\uf0a7\uf076\uf0d8]\t+", re.M)


# A task list's check box (markdown "- [ ] ", "- [x] ", as Notion, Obsidian and GitHub write it) is the reader's
# mark, not the notice's: an item that carries its own marker ("1.", "1.2.", "a)", "II.") keeps it, another stays a
# bullet.
_CHECKED = re.compile(r"^([ \t]*)([-*+])[ \t]+\[[ xX]\][ \t]+(.*)$", re.M)


def _unchecked(m: re.Match) -> str:
    indent, bullet, rest = m.groups()
    return f"{indent}{rest}" if MARKER.match(rest) else f"{indent}{bullet} {rest}"


def bullets(text: str) -> str:
    """Word's plain-text bullets ("·\t") written as "- "; task-list check boxes taken off."""
    return _CHECKED.sub(_unchecked, _GLYPH_BULLET.sub(r"\1- ", text))


def unquoted(text: str, markdown: bool = False) -> str:
    """A forwarded e-mail whose notice comes in quoted lines ("> Số: 2094/TB-SKHCN", ">> ...") with the quote marks
    taken off, so its header, items and signature read as the notice's own lines; other text as it is. Markdown
    draws a quote as an indented block of the page's own text: its marks always go."""
    lines = text.split("\n")
    quoted = sum(bool(_QUOTED.match(x)) for x in lines if x.strip())
    if not markdown and (quoted < 5 or quoted < 0.3 * sum(bool(x.strip()) for x in lines)):
        return text
    return "\n".join(_QUOTED.sub("", x) for x in lines)
