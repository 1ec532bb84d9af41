"""Names of units (agencies, offices) in Vietnamese text, and the key that matches their spellings."""

from __future__ import annotations

import re

from ingest.lexicon import load
from ingest.vn import ABBREVIATIONS, fold, name_key

_LEXICON = load("units")
HEADS: tuple[str, ...] = tuple(_LEXICON["heads"])
# Lower-case syllables that occur inside unit names ("Vụ Tổ chức cán bộ", "Ban Quản lý dự án đầu tư xây
# dựng số 1"); any other lower-case word ends the name ("Phòng Kế hoạch – Tài chính hoàn thành ...").
_NAME_WORDS = frozenset(_LEXICON["name_words"])
_TOKEN = re.compile(r"[\wĐđ&]+|[–-]")
_EXPAND = {fold(k): fold(v) for k, v in ABBREVIATIONS.items()
           if "&" in k or k in ("ubnd", "hđnd", "tw", "tp", "khcn", "qlkh", "qlda")}


def find_units(text: str) -> list[tuple[int, int]]:
    """Spans of unit names: a head word ("Phòng", "Sở", "các Sở"...) and the name words after it."""
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        low = toks[i][0].lower()
        two = f"{low} {toks[i + 1][0].lower()}" if i + 1 < len(toks) else ""
        head = 2 if two in HEADS else 1 if low in HEADS else 0
        if not head or not toks[i][0][0].isupper():
            i += 1
            continue
        j = i + head
        while j < len(toks) and j - i < 14:
            word = toks[j][0]
            if word in "–-":
                if j + 1 < len(toks) and toks[j + 1][0][:1].isupper() and toks[j][1] - toks[j - 1][2] == 1:
                    j += 1
                    continue
                break
            nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
            if word.lower() == "và" and (nxt in HEADS or nxt == "các"):
                break  # "Sở Công Thương và Sở Tài chính" names two units
            compound = word.lower() == "trình" and toks[j - 1][0].lower() == "công"  # "công trình giao thông"
            if word[:1].isupper() or word.isdigit() or "&" in word or word.lower() in _NAME_WORDS or compound:
                if text[toks[j - 1][2]:toks[j][1]].strip() not in ("", "–", "-"):
                    break  # punctuation between words ends the name
                j += 1
                continue
            break
        if j - i > head or toks[i][0].isupper():
            start = toks[i][1]
            if i > 0 and toks[i - 1][0].lower() == "các" and text[toks[i - 1][2]:start] == " ":
                start = toks[i - 1][1]
            out.append((start, toks[j - 1][2]))
        i = max(j, i + 1)
    return out


def unit_names(text: str) -> list[str]:
    """The unit names in `text`, as written."""
    return [text[s:e] for s, e in find_units(text)]


def unit_key(name: str) -> str:
    """A unit's identity: folded, dashes collapsed, abbreviations expanded, a leading "các"/"đối với" dropped
    ("Phòng Kế hoạch – Tài chính" = "phong ke hoach tai chinh", "Sở KH&CN" = "so khoa hoc va cong nghe")."""
    k = name_key(name)
    k = " ".join(_EXPAND.get(t, t) for t in k.split())
    return re.sub(r"^(?:doi voi\s+)?(?:cac\s+)?", "", k)


def same_unit(a: str, b: str) -> bool:
    """One name contains the other ("Sở KH&CN" / "Sở Khoa học và Công nghệ các tỉnh")."""
    ka, kb = unit_key(a), unit_key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)
