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


# English words that mark a question as English (and are stop words in it).
EN_WORDS = {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "the", "a", "an", "is", "are",
    "was", "were", "did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "of", "to",
    "for", "by", "in", "on", "at", "with", "from", "and", "or", "that", "this", "deadline", "deadlines",
    "given", "must", "should", "office", "department", "about", "chaired", "chair", "meeting", "province",
    "provincial", "signed", "notice", "issued", "tasks", "task", "assigned", "decision", "conclusion",
    "conclusions", "ministry", "committee", "people", "many", "much", "number", "date", "until", "before",
    "after",
}


def language(question: str) -> str:
    """ "en" for English, else "vi" (Vietnamese with or without diacritics)."""
    # English questions name Vietnamese units with diacritics ("When did Thống Nhất 1 start?"), so count
    # English function words among the plain-ASCII words first.
    toks = [t for t in re.findall(r"\w+", question.lower()) if t.isascii() and t.isalpha()]
    en = sum(t in EN_WORDS for t in toks)
    if toks and en / len(toks) >= 0.25 and en >= 2:
        return "en"
    return "vi"


# How questions are phrased: archives rarely contain them, yet accentless questions end with them.
QUESTION_PHRASES = (
    "khi nào", "bao giờ", "bao nhiêu", "ngày nào", "tháng nào", "quý nào", "năm nào", "nào", "gì", "là gì",
    "làm gì", "phải làm gì", "nội dung gì", "vấn đề gì", "những gì", "ai ký", "do ai ký", "người ký", "những ai",
    "với ai", "đơn vị nào", "cơ quan nào", "phòng nào", "sở nào", "văn bản nào", "thông báo nào", "như thế nào",
    "thế nào", "ở đâu", "tại sao", "vì sao", "trước ngày nào", "từ ngày nào đến ngày nào", "có phải",
)


# Provinces and centrally governed cities, to hold an answer to the place a question names.
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Hồ Chí Minh", "Tiền Giang",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)


def place_key(text: str) -> str:
    """How place names are compared: as unit names, and "Bà Rịa-Vũng Tàu" = "Bà Rịa - Vũng Tàu"."""
    return unit_key(text.replace("-", " "))


_PLACE = re.compile(r"\b(?:tinh|thanh pho|tp\.?)\s+(" + "|".join(
    sorted((re.escape(place_key(p)) for p in PROVINCES), key=len, reverse=True)) + r")\b")


def places_in(question: str) -> list[str]:
    """The provinces and cities a question names as such ("tỉnh Thái Nguyên", "tp Hà Nội"), as `place_key`s."""
    return _PLACE.findall(place_key(question))


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
    "qlkh": "quản lý khoa học",
}
