"""Vietnamese text helpers: NFC, diacritics folding, syllable tokens, abbreviations."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[0-9a-zà-ỹđ]+(?:[/.\-&][0-9a-zà-ỹđ]+)*", re.IGNORECASE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lowercase without diacritics ("Quản lý" -> "quan ly"); đ is a letter of its own, folded to d."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def unit_key(text: str) -> str:
    """Folded unit name with dashes dropped: "Phòng Kế hoạch – Tài chính" = "Phòng Kế hoạch Tài chính"."""
    return " ".join(fold(text).replace("–", " ").replace(" - ", " ").split())


def has_diacritics(text: str) -> bool:
    return fold(text) != text.lower()


def words(text: str) -> list[str]:
    """Syllables and identifiers ("60/2021/nđ-cp" stays whole), lowercased, diacritics kept."""
    return [m.group(0).lower() for m in _WORD.finditer(nfc(text))]


# Abbreviations common in notices, both ways (expanded forms are folded when matched).
ABBREVIATIONS: dict[str, str] = {
    "kh&cn": "khoa học và công nghệ",
    "khcn": "khoa học và công nghệ",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "tw": "trung ương",
    "nđ-cp": "nghị định chính phủ",
    "tb": "thông báo",
    "qđ": "quyết định",
    "qđ-ttg": "quyết định thủ tướng",
    "nq": "nghị quyết",
    "tt": "thông tư",
    "kh": "kế hoạch",
    "cv": "công văn",
    "bch": "ban chấp hành",
    "btv": "ban thường vụ",
    "đmst": "đổi mới sáng tạo",
    "qppl": "quy phạm pháp luật",
    "tđc": "tiêu chuẩn đo lường chất lượng",
    "kt-xh": "kinh tế xã hội",
    "tp": "thành phố",
    "bkhcn": "bộ khoa học và công nghệ",
    "skhcn": "sở khoa học và công nghệ",
    "vpcp": "văn phòng chính phủ",
    "ttg": "thủ tướng",
    "ban qlda": "ban quản lý dự án",
    "qlda": "quản lý dự án",
}
