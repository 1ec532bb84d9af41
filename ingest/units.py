"""Names of units (agencies, offices) in Vietnamese text, and the key that matches their spellings."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
import re

from ingest.lexicon import load
from ingest.vn import NAME_ABBREVIATIONS, SYLLABLE, fold, has_diacritics, name_key, spelling_key

_LEXICON = load("units")
HEADS: tuple[str, ...] = tuple(_LEXICON["heads"])
TITLES: tuple[str, ...] = tuple(_LEXICON["titles"])  # the heads of a body ("Giám đốc", "Chủ tịch")


_TOKEN = re.compile(r"[\wĐđ&]+(?:['’][\wĐđ]+)*(?:\.(?=\w))?")  # "Cư M'gar", "Đắk R'lấp": one word


def _words(text: str, folded: bool) -> list[str]:
    """Tokens as matched: folded (heads, gazetteer) or lower case with diacritics (the words that end a name:
    folded, "thì" would be "thị" of "thị xã")."""
    return [fold(t) if folded else t.lower() for t in _TOKEN.findall(text)]


def _phrases(items, folded: bool = True) -> tuple[dict[str, int], frozenset]:
    """(first word -> the longest length in words of a phrase starting with it, the phrases)."""
    first: dict[str, int] = {}
    phrases = set()
    for item in items:
        words = _words(item, folded)
        first[words[0]] = max(first.get(words[0], 0), len(words))
        phrases.add(" ".join(words))
    return first, frozenset(phrases)


_HEADS = _phrases(HEADS, folded=False)  # with diacritics: "Bảo" is no "Báo"
_LOWER_HEADS = _phrases(_LEXICON["lower_heads"], folded=False)[1]
_TITLES = _phrases([*TITLES, *_LEXICON["staff_titles"]], folded=False)
_STAFF = frozenset(_LEXICON["staff_titles"])
_NOT_HEADS = _phrases(_LEXICON["not_heads"], folded=False)
_CAPS_HEADS = _phrases(_LEXICON["caps_heads"], folded=False)
_PARENT_HEADS = _phrases(_LEXICON["parent_heads"], folded=False)
_COMPOUND = _phrases(_LEXICON["compound_nouns"], folded=False)
TASK_VERBS: tuple[str, ...] = tuple(_LEXICON["task_verbs"])
_ENDS = _phrases([*_LEXICON["name_ends"], *TASK_VERBS], folded=False)
_VERB_ENDS = _phrases(TASK_VERBS, folded=False)
_QUALIFY = _phrases(_LEXICON["group_qualifiers"], folded=False)
_NAME_VERBS = _phrases(_LEXICON["name_verbs"], folded=False)
_GROUP = _phrases(_LEXICON["group_words"], folded=False)
_DOCUMENTS = _phrases(_LEXICON["document_words"], folded=False)
_GAZ_NAMES = [n for names in load("gazetteer").values() for n in names]
_GAZ_FIRST = _phrases(_GAZ_NAMES)[0]
# punctuation included ("Bộ: Tài chính" is none), and the tones: "Văn phòng bố trí" opens no "Văn phòng Bộ"
_GAZ_SPELT = frozenset(map(spelling_key, _GAZ_NAMES))
_GAZ_FOLDED = frozenset(" ".join(fold(n).split()) for n in _GAZ_NAMES)  # for text typed without diacritics


def _in_gazetteer(span: str) -> bool:
    return spelling_key(span) in _GAZ_SPELT or not has_diacritics(span) and " ".join(fold(span).split()) in _GAZ_FOLDED
_EXPAND = {fold(k): fold(v) for k, v in NAME_ABBREVIATIONS.items()}
# An abbreviation that spells a syllable ("CA", Công an) is one only in capitals: "Cà Mau", "cá" are none.
_SPELT = {k for k in _EXPAND if SYLLABLE.fullmatch(k)}
_SPELT_CAPS = re.compile(rf"(?<!\w)(?:{'|'.join(k.upper() for k in sorted(_SPELT))})(?!\w)") if _SPELT else None
MAX_WORDS = 16
# A name followed by its code in parentheses, as police and army units write them ("Phòng Tham mưu (PV01)").
_CODED = re.compile(r"[^()\n;:.]{1,120}?(?=\s*\((?:[A-ZĐ]{1,4}\d{1,3})\))")
_LEVEL_WORDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận"})  # "TTYT huyện giám sát": the level ends it


def _title_at(words: list[str], i: int) -> int:
    """How many words at words[i:] are a person's title before the unit: "Chủ tịch | UBND tỉnh" (2), "Trưởng |
    phòng Đào tạo" and "Chánh | Văn phòng Sở" (1: a title that ends with its unit's head keeps the head)."""
    t = _match(words, i, _TITLES)
    for k in range(1, t):
        if _match(words, i + k, _HEADS) == t - k:
            return k
    return t


def _match(words: list[str], i: int, lexicon: tuple[dict[str, int], frozenset]) -> int:
    """Length of the longest phrase of `lexicon` at words[i:], 0 when none."""
    first, phrases = lexicon
    if i >= len(words):
        return 0
    for n in range(min(first.get(words[i], 0), len(words) - i), 0, -1):
        if " ".join(words[i:i + n]) in phrases:
            return n
    return 0


def _place_at(words: list[str], i: int) -> bool:
    """Whether words[i:] open with a province's name ("Hà Tĩnh, Nghệ An")."""
    from ingest.vn import PROVINCE_KEYS, place_key

    return any(place_key(" ".join(words[i:i + n])) in PROVINCE_KEYS for n in (1, 2, 3) if i + n <= len(words))


# Abbreviations a document defines for its units ("Công ty cổ phần Vận hành và Bảo trì đường cao tốc Việt Nam
# (VECOM)"): while that document is read each names a unit by itself, whole.
_DEFINED: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("defined_units", default=frozenset())
# (a police unit's code, "(PC08)", closes its name and is no name of its own: `_CODED`)
_DEFINES = re.compile(r"\((?:sau đây (?:gọi|viết) tắt là\s+)?([A-ZĐ][A-ZĐ&\-]{1,11})\)")


def defined_abbreviations(text: str) -> frozenset[str]:
    """The abbreviations `text` defines right after a unit's name: "... Việt Nam (VECOM)", "... (sau đây gọi tắt là
    BQLDA)"."""
    out = set()
    for m in _DEFINES.finditer(text):
        before = text[max(0, m.start() - 160):m.start()].rstrip()
        spans = find_units(before)
        if spans and spans[-1][1] == len(before) and not _match([m.group(1).lower()], 0, _CAPS_HEADS):
            out.add(m.group(1))
    return frozenset(out)


@contextlib.contextmanager
def defined_units(abbreviations: frozenset[str]):
    """Read a document with the abbreviations it defines as unit names."""
    token = _DEFINED.set(abbreviations)
    try:
        yield
    finally:
        _DEFINED.reset(token)


def _object_at(toks, lower: list[str], j: int) -> bool:
    """A lower-case noun (or a field's verb: "thông tin | thống kê") at j, one space after the word before: what a
    verb acts on."""
    return j < len(toks) and toks[j - 1][2] + 1 == toks[j][1] and toks[j][0][:1].islower() and \
        (not _match(lower, j, _ENDS) or _match(lower, j, _NAME_VERBS)) and lower[j] not in ("những", "và", "việc") and \
        not (lower[j] == "các" and j + 1 < len(toks) and toks[j + 1][0][:1].isupper())  # "giải quyết | các vụ", not "các Sở"


@functools.lru_cache(maxsize=4096)
def _province(name: str) -> bool:
    from ingest.vn import PROVINCE_KEYS, place_key

    return place_key(name) in PROVINCE_KEYS


def find_units(text: str) -> list[tuple[int, int]]:
    """Spans of unit names: a head ("Sở", "Phòng", "UBND", "các chủ rừng" ...) and the words after it, up to
    the verb or small word that starts the rest of the sentence (`name_ends`), a punctuation mark or a second
    head after "và"; capitalised words always belong to the name, and a gazetteer name is taken whole."""
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    folded = [fold(t) for t, _, _ in toks]
    lower = [t.lower() for t, _, _ in toks]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        title = _title_at(lower, i) if toks[i][0][:1].isupper() and (i == 0 or folded[i - 1] != "pho") else 0
        if title and (_match(lower, i + title, _HEADS) or lower[i + title:i + title + 1] == ["các"] or
                      i + title < len(toks) and toks[i + title][0].isupper() and _match(lower, i + title, _CAPS_HEADS)):
            rest = text[toks[i + title][1]:]
            if rest[:1].islower() and lower[i + title] != "các":
                rest = rest[:1].upper() + rest[1:]  # "Trưởng phòng Đào tạo": the head written small after the title
            found = find_units(rest)  # "Chủ tịch | Ủy ban nhân dân các xã, phường"
            if found and found[0][0] == 0:
                end = toks[i + title][1] + found[0][1]
                out.append((toks[i][1], end))
                while i < len(toks) and toks[i][1] < end:
                    i += 1
                continue
        if toks[i][0] in _DEFINED.get() and not _match(lower, i, _HEADS):
            out.append((toks[i][1], toks[i][2]))  # a name the document defined is whole by itself ("VECOM")
            i += 1
            continue
        head = _match(lower, i, _HEADS) or (_match(lower, i, _CAPS_HEADS) if toks[i][0].isupper() else 0)
        after_cac = i > 0 and folded[i - 1] == "cac" and text[toks[i - 1][2]:toks[i][1]] == " "
        if head and _match(lower, i, _NOT_HEADS) > head and not after_cac:
            head = 0  # "Hội nghị", "Báo cáo": no unit; "các tổ chức tín dụng" are organisations
        if head == 1 and i and toks[i - 1][0][:1].isupper() and text[toks[i - 1][2]:toks[i][1]] == " " and \
                _province(f"{toks[i - 1][0]} {toks[i][0]}"):
            head = 0  # "Hải Phòng": a province's last word, not the head "Phòng"
        if head and _match(lower, i, _ENDS) > head and not after_cac:
            head = 0  # "Tổ chức tập huấn ...", "Báo cáo ...": a verb that opens with a head's word
        word = toks[i][0]
        nxt_cap = i + head < len(toks) and toks[i + head][0][:1].isupper()
        if not head or not (word[:1].isupper() or after_cac or
                            " ".join(lower[i:i + head]) in _LOWER_HEADS and nxt_cap):
            i += 1
            continue
        gz = next((n for n in range(min(_GAZ_FIRST.get(folded[i], 0), len(toks) - i), 0, -1)
                   if _in_gazetteer(text[toks[i][1]:toks[i + n - 1][2]])), 0)
        plural = after_cac
        qualified = False
        # "Phòng Quản lý | bảo vệ rừng", "Phòng Kiểm sát | giải quyết án hành chính": a field named by a verb takes
        # its object, and an object that opens with a verb is still the name
        field_verb = _match(lower, i + head, _NAME_VERBS) if i + head < len(toks) and word[:1].isupper() and \
            toks[i + head][0][:1].isupper() else 0  # "Quản lý", not "Ban Tổ chức | hướng dẫn các chi bộ"
        j = i + max(head, gz)
        while j < len(toks) and j - i < MAX_WORDS + gz:  # a long official name may still take its place
            gap = text[toks[j - 1][2]:toks[j][1]]
            w, f = toks[j][0], folded[j]
            sep = gap.strip()
            if "\n" in gap:
                break  # a name never runs over a line ("Nhà thầu thi công\n- Đơn vị phối hợp: ...")
            if sep in ("-", "–"):
                if not (w[:1].isupper() or " " not in gap or j >= 2 and _match(lower, j - 2, _COMPOUND) >= 4):
                    break  # "các đoàn thể chính trị - xã hội" holds a compound across its dash
            elif sep == ",":
                placed = lower[j - 1] in _LEVEL_WORDS or bool(identity(text[toks[i][1]:toks[j - 1][2]])[2])
                # "Phòng Quản lý, hỗ trợ doanh nghiệp" (the 2025 offices of Thuế and the State Bank): after a comma a
                # short singular name goes on with what its office does; "Sở Y tế, Sở Tài chính" are two units, and
                # "Bộ Tài chính, Tư pháp" an elided list
                if not plural and j - i <= 3 and not w[:1].isupper() and (does := _match(lower, j, _NAME_VERBS)):
                    j += does
                    continue
                # ... or with another field of its work ("Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình
                # sự", "Phòng An toàn, an ninh và Ứng phó sự cố"): a lower-case word no verb or small word opens
                if not plural and j - i <= 8 and w[:1].islower() and not _match(lower, j, _ENDS) and \
                        f not in ("cac", "nhung", "va") and not _match(lower, j, _HEADS) and not placed:
                    j += 1
                    continue
                # "Phòng Tổng hợp, Nghiệp vụ", "Ban Khoa học, Công nghệ và Hợp tác quốc tế": a singular office's name
                # goes on with a capitalised word that opens no unit, when the name has no place yet ("UBND xã Triệu
                # Phong, Gio Linh" is an elided list)
                if not plural and w[:1].isupper() and not _match(lower, j, _HEADS) and not _place_at(lower, j) and \
                        not placed:
                    j += 1
                    continue
                # ... and a group goes on with its places ("UBND các xã Quảng Ninh, Ninh Châu"), a pair written with
                # its comma stays whole ("giải quyết khiếu nại, tố cáo")
                places = plural and w[:1].isupper() and toks[j - 1][0][:1].isupper() and not _match(lower, j, _HEADS)
                pair = j >= 2 and _match(lower, j - 2, _COMPOUND) >= 4
                # ... and what qualifies a group may list things ("các xã có đường biên giới, cửa khẩu")
                listed = qualified and w[:1].islower() and not _match(lower, j, _ENDS) and f not in ("cac", "va")
                numbers = plural and w.isdigit() and toks[j - 1][0].isdigit()  # "các tổ dân phố 2, 4, 7 và 9"
                if not (plural and _match(lower, j, _GROUP) or places or pair or listed or numbers):
                    break
            elif sep:
                break
            if f == "cac":
                plural = True
                j += 1
                continue
            if f == "va":
                nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
                if plural and _match(lower, j + 1, _GROUP):
                    j += 1
                    continue
                named = _match(lower, j + 1, _HEADS)
                named = 0 if _match(lower, j + 1, _NOT_HEADS) > named else named  # "và Tổ chức thi hành án"
                if not named and (t := _title_at(lower, j + 1)) and _match(lower, j + 1 + t, _HEADS):
                    named = t  # "Trưởng thôn Nà Pồng và Trưởng thôn Khuổi Lừa": a title and its head open the next
                # "Sở GD&ĐT Thái Nguyên và xã Phú Đình": a commune named by its place is the next unit
                local = j + 2 < len(toks) and lower[j + 1] in _LEVEL_WORDS and toks[j + 2][0][:1].isupper()
                if named and nxt[:1].isupper() or local or not nxt or \
                        not nxt[:1].isupper() and (folded[j + 1] in ("cac", "nhung") or
                                                   0 < _match(lower, j + 1, _ENDS) >= _match(lower, j + 1, _COMPOUND)):
                    break  # "Sở Công Thương và Sở Tài chính" names two units; "và các ...", "và phối hợp ..." end it
                j += 1
                continue
            if re.fullmatch(r"(?:19|20)\d\d", w):
                break  # a year ends the name ("Sở KH&CN toàn quốc 2021")
            if w[:1].isupper() or w[:1].isdigit() or "&" in w:
                j += 1
                continue
            if plural and (q := _match(lower, j, _QUALIFY)) and _match(lower, j, _VERB_ENDS) <= q:  # not "có trách nhiệm"
                qualified = True
                j += q  # a plural group keeps what qualifies it ("các xã có cụm công nghiệp", "các đơn vị trực thuộc")
                continue
            if toks[j - 1][0][:1].isupper() and _named_place_at_end(text[toks[i][1]:toks[j - 1][2]]):
                break  # "Trường Chính trị tỉnh Sơn La | thi tốt nghiệp": after its place a name is whole, whatever follows
            n = _match(lower, j, _ENDS)
            while n > 1 and any(text[toks[k - 1][2]:toks[k][1]] != " " for k in range(j + 1, j + n)):
                n = _match(lower[:j + n - 1], j, _ENDS)  # "An toàn - Quốc phòng" holds no "toàn quốc"
            if n and (identity(text[toks[i][1]:toks[j - 1][2]])[2] or lower[j - 1] in _LEVEL_WORDS):
                break  # after its place ("Cục Thống kê tỉnh Nghệ An") a name is whole: the verb starts the sentence
            if n and gz and j - i == gz and _match(lower, j, _COMPOUND) <= n:
                break  # a gazetteer name whole, then a verb: "(các Sở: Y tế,) Tài chính | xây dựng Kế hoạch ..."
            if n and j > i and (_match(lower, j - 1, _NAME_VERBS) >= 2 or _match(lower, j - 1, _COMPOUND) >= 2
                                or j - i > 1 and _match(lower, j - 2, _COMPOUND) >= 3
                                or _match(lower, j, _COMPOUND) > n  # "giao thông" is no "giao"
                                or field_verb and j == i + head + field_verb and _object_at(toks, lower, j + n)):
                n = 0  # "Cục Đăng ký ...": the verb began with the capitalised word before
            if n and j - 1 > i and toks[j - 1][0][:1].isupper() and _match(lower, j - 1, _HEADS) == 1:
                break  # "Chánh Văn phòng Sở | tổng hợp báo cáo": after the body it belongs to, a name is whole
            if n:
                after = j + n
                ends = after >= len(toks) or text[toks[after - 1][2]:toks[after][1]].strip() in (";", ".")
                inside = ends or after < len(toks) and text[toks[after - 1][2]:toks[after][1]] == " " and (
                    _match(lower, after, _VERB_ENDS) and not _match(lower, after, _NAME_VERBS) or
                    toks[after][0][:1].isupper() and lower[after:after + 2] != ["nhân", "dân"] and not
                    _match(lower, after, _HEADS) and not _match(lower, after, _DOCUMENTS) or folded[after] == "va" and after + 1 < len(toks) and
                    toks[after + 1][0][:1].isupper())
                if plural and after < len(toks) and text[toks[after - 1][2]:toks[after][1]].strip() == "," and \
                        _match(lower, j, _NAME_VERBS) == n and (c := _match(lower, after, _COMPOUND)) >= 2:
                    j = after + c  # "các đơn vị quản lý, bảo trì đường bộ": what the group does names it
                    continue
                if not (inside and _match(lower, j, _NAME_VERBS) == n):
                    break  # "Viện Kinh tế xây dựng chủ trì": a verb then another verb is a name, then the verb
                j = after
                continue
            j += 1
        if word[:1].isupper() and (m := _CODED.match(text, toks[i][1])) and m.end() > toks[j - 1][2]:
            # "Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)": the unit's code closes its name, whatever words
            # it holds, unless another unit opens before it ("Công an tỉnh chỉ đạo Phòng X (PC08)")
            k = j
            while k < len(toks) and toks[k][2] <= m.end():
                k += 1
            if not any(toks[x][0][:1].isupper() and _match(lower, x, _HEADS) for x in range(i + head, k)):
                j = k
        if j - i > head or after_cac or gz or word.isupper() or head > 1:
            start = toks[i - 1][1] if after_cac else toks[i][1]
            out.append((start, toks[j - 1][2]))
        i = max(j, i + 1)
    return out


def unit_names(text: str) -> list[str]:
    """The unit names in `text`, as written."""
    return [text[s:e] for s, e in find_units(text)]


# "đồng chí" before a name or a title addresses the person (lexicon `address_forms`)
ADDRESS_FORMS = "|".join(re.escape(x) for x in _LEXICON["address_forms"])
_ADDRESS = re.compile(rf"(?i)^(?:{ADDRESS_FORMS})\s+")


def without_address(name: str) -> str:
    """A name without the form of address before it ("đồng chí Chánh Văn phòng Sở" -> "Chánh Văn phòng Sở")."""
    return _ADDRESS.sub("", name.strip())


# A company's legal form is no part of who it is: "Công ty TNHH MTV Điện lực Lào Cai" = "Công ty Điện lực Lào Cai"
_LEGAL_FORM = re.compile(r"\b(cong ty)\s+(?:(?:trach nhiem huu han|tnhh|mot thanh vien|mtv|co phan|cp|hai thanh vien "
                         r"tro len)\s+)+")


def _unit_key(name: str) -> str:
    if _SPELT_CAPS:
        name = _SPELT_CAPS.sub(lambda m: _EXPAND[m.group(0).lower()], name)
    k = name_key(without_address(name))
    k = " ".join(t if t in _SPELT else _EXPAND.get(t, t) for t in k.split())
    k = _LEGAL_FORM.sub(r"\1 ", k)
    return re.sub(r"^(?:doi voi\s+)?(?:cac\s+)?", "", k)


_short_unit_key = functools.lru_cache(maxsize=1 << 16)(_unit_key)  # names recur: each is keyed once


def unit_key(name: str) -> str:
    """A unit's identity: folded, dashes collapsed, abbreviations expanded, a leading "các"/"đối với"/"đồng chí" dropped
    ("Phòng Kế hoạch – Tài chính" = "phong ke hoach tai chinh", "Sở KH&CN" = "so khoa hoc va cong nghe")."""
    return _unit_key(name) if len(name) > 200 else _short_unit_key(name)



# A unit's place is an attribute of it, not part of its name: "Sở Tài chính tỉnh Nghệ An" is "Sở Tài chính"
# (of Nghệ An). A level word with the place's name after it ("tỉnh Nghệ An", "huyện Kỳ Sơn"), or a province's
# name alone at the end ("Kho bạc Nhà nước Nghệ An"), is the place.
_LEVEL_AT_END = re.compile(r"\s((?i:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn|xã|phường))"
                           r"((?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\s+-\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*)\.?\s*$")
# Bodies that exist at every level ("UBND", "Công an"): without their level they name no one in particular.
_TERRITORIAL = frozenset(unit_key(x) for x in _LEXICON["territorial"])
LEADERSHIP = frozenset(unit_key(x) for x in _LEXICON["leadership_bodies"])  # they speak for the body over them


def place_at_end(name: str) -> tuple[str, str]:
    """(level, place) as a name writes them at its end: "... tỉnh Đắk Lắk" -> ("tỉnh", "Đắk Lắk"); a name that ends at
    its bare level ("Văn phòng UBND tỉnh", "ĐẢNG ỦY CÔNG AN TỈNH") has no place; ("", "") when it ends with neither."""
    m = _LEVEL_AT_END.search(f" {name}")
    return (m.group(1), m.group(2).strip()) if m else ("", "")


def _named_place_at_end(name: str) -> bool:
    """The name ends with its place named: "... tỉnh Sơn La", "... Hải Phòng" (not a bare "tỉnh")."""
    return bool((m := _LEVEL_AT_END.search(f" {name}")) and m.group(2).strip()) or bool(_trailing_province(name.split()))


def _trailing_province(words: list[str]) -> int:
    """How many of the last words name a province or city ("... Nghệ An" -> 2), 0 when none do."""
    from ingest.vn import PROVINCE_KEYS, place_key

    for n in range(min(5, len(words) - 1), 0, -1):
        if place_key(" ".join(words[-n:])) in PROVINCE_KEYS:
            return n
    return 0


@functools.lru_cache(maxsize=1 << 16)
def unit_parts(name: str) -> list[str]:
    """A unit's name and the parent bodies written after it, as written: "Phòng Đào tạo Trường Đại học Vinh" ->
    ["Phòng Đào tạo", "Trường Đại học Vinh"]; a name without one -> [name]. A parent opens with a capitalised head
    that does not follow another head ("Trường Đại học" is one)."""
    tokens = list(_TOKEN.finditer(name))
    words = [t.group(0).lower() for t in tokens]
    first, heads = _HEADS
    cuts, i, after_head = [], 0, True
    while i < len(words):
        n = next((n for n in range(min(first.get(words[i], 0), len(words) - i), 0, -1)
                  if " ".join(words[i:i + n]) in heads), 0) or (
            _match(words, i, _CAPS_HEADS) if tokens[i].group(0).isupper() else 0)  # "Hạt Kiểm lâm | VQG Cát Tiên"
        if n and (not after_head or _match(words, i, _PARENT_HEADS)) and i and tokens[i].group(0)[0].isupper() and \
                " ".join(words[i:i + 2]) not in _NOT_HEADS[1] and not _place_at(words, i - 1):  # "Hải Phòng"
            cuts.append(tokens[i].start())
        after_head = bool(n)
        i += n or 1
    bounds = [0, *cuts, len(name)]
    parts = [re.sub(r"(?i)\s+(?:trực thuộc|thuộc|của)$", "", name[a:b].strip(" ,")) for a, b in itertools.pairwise(bounds)]
    return [p for p in parts if p]


@functools.lru_cache(maxsize=1 << 16)  # a register matches a question's unit against each of its names
def identity(name: str) -> tuple[str, str, str]:
    """(core, level, place) of a unit name: "UBND huyện Kỳ Sơn" -> ("uy ban nhan dan", "huyen", "ky son");
    plural groups ("UBND các huyện, thị xã, thành phố") are one whole core."""
    from ingest.vn import place_key, written_out

    text = written_out(without_address(" ".join(name.split())))
    words = text.lower().split()
    title = _title_at(words, 0) if words else 0
    if title and len(words) > title and " ".join(words[:title]) not in _STAFF:  # "Chủ tịch UBND ...": the unit is the
        # one after the title (its head speaks for it; a secretary does not)
        text = " ".join(text.split()[title:])
    if re.search(r"\bcác\b", text[1:], re.I):
        return unit_key(text), "", ""
    level = place = ""
    m = _LEVEL_AT_END.search(text)
    party = re.match(r"(?i)^((?:tỉnh|huyện|thành|quận|thị|đảng) ủy)\s+(\S.*)$", text)
    if party:  # "Huyện ủy Yên Mô": the place follows the committee's name
        return unit_key(party.group(1)), "", place_key(party.group(2))
    if m and m.start() > 0:
        level, place = fold(m.group(1)).rstrip(".").replace("tp", "thanh pho"), place_key(m.group(2))
        text = text[:m.start()]
    else:
        words = text.split()
        n = _trailing_province(words)
        if n:
            place, text = place_key(" ".join(words[-n:])), " ".join(words[:-n])
    return unit_key(text), level, place


def same_unit(a: str, b: str) -> bool:
    """Whether two names are one unit: the same core, by normalised equality (never one containing the other),
    and the same level and place where both say one. A body of every level ("UBND") must say its level."""
    (ca, la, pa), (cb, lb, pb) = identity(a), identity(b)
    if not ca or ca != cb:
        return False
    if la and lb and la != lb or pa and pb and pa != pb:
        return False
    return not (ca in _TERRITORIAL and la != lb)
