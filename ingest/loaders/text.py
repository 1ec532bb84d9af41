"""Bytes to NFC text: UTF-8, UTF-16, Windows-1258; legacy TCVN3/VNI font encodings are reported."""

from __future__ import annotations

import re

from ingest.errors import RejectedFile
from ingest.vn import fold, nfc

_COMMON = {"va", "cua", "cac", "trong", "duoc", "nhung", "voi", "cho", "theo", "thuc", "hien", "nam", "ngay"}
# TCVN3 (ABC) puts Vietnamese letters on these Latin-1 code points; decoded as Windows text they read
# "Th«ng b¸o" — signs of a legacy font encoding that needs converting, not guessing.
_TCVN3 = set("¸µ¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ«×ÝØÜÞ¬ßãáâäåèæçé­íêëìîóïñòô¦õøö÷ùúýûüþ")
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


def decode(path: str, data: bytes) -> str:
    """Decode text bytes, or raise RejectedFile saying what the bytes are and what to do."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) > 3 and data[1:2] == b"\x00" and data[3:4] == b"\x00"):
        try:
            return _tidy(data.decode("utf-16"))
        except UnicodeDecodeError:
            pass
    if _binary(data):
        raise RejectedFile(path, "binary data, not text (is it really a text file?)")
    try:
        return _tidy(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and _vietnamese_score(nfc(text)) >= 0.05:
        return _tidy(text)
    latin = data.decode("cp1252", errors="replace")
    if sum(c in _TCVN3 for c in latin) > 0.03 * max(len(latin), 1):
        raise RejectedFile(path, "legacy TCVN3 (ABC) encoding: convert it to Unicode (e.g. UniKey's converter) and ingest again")
    if len(_VNI.findall(latin)) > 0.02 * max(len(latin.split()), 1):
        raise RejectedFile(path, "legacy VNI encoding: convert it to Unicode (e.g. UniKey's converter) and ingest again")
    raise RejectedFile(path, "unknown text encoding (not UTF-8, UTF-16 or Windows-1258): save it as UTF-8")


def _tidy(text: str) -> str:
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
