"""Vietnamese text helpers: NFC, diacritics folding, syllable tokens, abbreviations."""

from __future__ import annotations

import functools
import re
import unicodedata

from ingest.lexicon import load

_WORD = re.compile(r"[0-9a-zà-ỹđ]+(?:[/.\-&][0-9a-zà-ỹđ]+)*", re.IGNORECASE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_D = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})  # Ð/ð (eth) is a look-alike typed for Đ


@functools.lru_cache(maxsize=1 << 14)  # an answer folds the same passages and names again and again
def fold(text: str) -> str:
    """Lowercase without diacritics ("Quản lý" -> "quan ly"); đ is a letter of its own, folded to d."""
    text = unicodedata.normalize("NFD", text.translate(_D).lower())
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    return (fold(c) or " ")[0]


def fold_map(text: str) -> tuple[str, list[int]]:
    """`fold` one character at a time, with the map back: folded[i] comes from text[pos[i]] (pos has one
    extra entry, len(text)), so a match in the folded text gives offsets in the original."""
    chars, pos = [], []
    for i, c in enumerate(text):
        if unicodedata.combining(c):  # decomposed (NFD) input: marks belong to the previous char
            continue
        chars.append(_fold_char(c))
        pos.append(i)
    pos.append(len(text))
    return "".join(chars), pos


_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


@functools.lru_cache(maxsize=8192)
def spelling_key(text: str) -> str:
    """Lowercase with every mark but where the tone sits: "Thanh Hoá" = "Thanh Hóa", "bố" is no "bộ" (which `fold`
    confuses); text typed without diacritics keys as itself."""
    out = []
    for word in unicodedata.normalize("NFD", text.lower()).split():
        tones = "".join(_TONES.get(c, "") for c in word)
        out.append(unicodedata.normalize("NFC", "".join(c for c in word if c not in _TONES)) + tones)
    return " ".join(out)


def name_key(text: str) -> str:
    """A name as compared: folded, dashes dropped ("Phòng Kế hoạch – Tài chính" = "phong ke hoach tai chinh", as
    "Phòng Kế hoạch -- Tài chính" a converter writes it)."""
    return " ".join(_DASHES.sub(" ", fold(text)).split())


_DASHES = re.compile(r"[–—]|(?<!\S)-+(?!\S)")


def word_key(text: str) -> str:
    """Folded words, one space between, padded with spaces: what "a name is in a text, word for word" compares
    (" bac ninh " in " van phong ubnd tinh bac ninh ", never "Nghệ" in "công nghệ" by halves)."""
    return " " + " ".join(re.findall(r"[\w&]+", fold(text))) + " "


_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(numeral: str) -> int | None:
    """The value of a Roman numeral ("IV" -> 4, "ii" -> 2), None for anything else."""
    n = numeral.upper()
    if not n or not _ROMAN.match(n):
        return None
    values = [_ROMAN_VALUES[c] for c in n]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def to_roman(n: int) -> str:
    """12 -> "XII" (list labels drawn by Word and browsers)."""
    out = ""
    for v, r in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + r, n - v
    return out


def to_letter(n: int) -> str:
    """1 -> "a", 27 -> "aa" (lettered points drawn by Word and browsers)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


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


# Upper- and lower-case letters of Vietnamese text, for regex classes: a range such as "À-Ỹ" would not do, since
# the two cases alternate through Unicode's Latin blocks ("ọ" lies between "À" and "Ỹ").
_LATIN = [chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isalpha() and "LATIN" in unicodedata.name(chr(c), "")]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())


# A Vietnamese syllable typed without diacritics ("Vinh", "Trang", "Nguyen"): onset, one to three vowels, coda.
SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")


def language(question: str) -> str:
    """ "en" for English, else "vi" (Vietnamese with or without diacritics): English when enough of its words
    could not be Vietnamese syllables ("which", "deadline", "signed"). Counting English function words would not
    do: "an toàn", "an ninh", "do ai ký" and "thế nào" typed "the nao" are Vietnamese (every question of the
    eval sets is told right this way, 571 of 571, against 565 by function words)."""
    words = re.findall(r"[^\W\d_]+", question)
    foreign = [w for w in words if w.isascii() and len(w) > 1 and not w.isupper() and not SYLLABLE.match(w.lower())]
    if len(foreign) >= 2 and len(foreign) >= 0.25 * len(words) or foreign and len(foreign) >= 0.5 * len(words):
        return "en"
    return "vi"


# How questions are phrased: archives rarely contain them, yet accentless questions end with them.
QUESTION_PHRASES = (
    "khi nào", "bao giờ", "bao nhiêu", "ngày nào", "tháng nào", "quý nào", "năm nào", "nào", "gì", "là gì",
    "làm gì", "phải làm gì", "nội dung gì", "vấn đề gì", "những gì", "ai ký", "do ai ký", "người ký", "những ai",
    "với ai", "đơn vị nào", "cơ quan nào", "phòng nào", "sở nào", "văn bản nào", "thông báo nào", "như thế nào",
    "thế nào", "ở đâu", "tại sao", "vì sao", "trước ngày nào", "từ ngày nào đến ngày nào", "có phải",
    "số mấy", "số bao nhiêu", "là số bao nhiêu", "ban hành ngày nào", "bao nhiêu tiền", "bao nhiêu người",
)


# Provinces and centrally governed cities, to hold an answer to the place a question names.
PROVINCES: tuple[str, ...] = tuple(load("places")["provinces"])


def place_key(text: str) -> str:
    """How place names are compared: as unit names, and "Bà Rịa-Vũng Tàu" = "Bà Rịa - Vũng Tàu"."""
    return name_key(text.replace("-", " "))


PROVINCE_KEYS = frozenset(place_key(p) for p in PROVINCES)
# Names that, typed in lower case without diacritics, could be common words: found there only after "tỉnh"/"thành phố".
_AMBIGUOUS_KEYS = frozenset(place_key(p) for p in load("places")["ambiguous_unaccented"])
_SHORTENED: dict[str, str] = {k.lower(): v for k, v in load("places")["shortened"].items()}
_SHORTENED_RX = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(_SHORTENED, key=len, reverse=True))
                           + r")(?!\w)", re.IGNORECASE)


def written_out(text: str) -> str:
    """`text` with a city's shortened name written out ("TP.HCM" -> "Thành phố Hồ Chí Minh", places.yaml)."""
    return _SHORTENED_RX.sub(lambda m: _SHORTENED[m.group(0).lower()], text)


_PLACE = re.compile(r"\b(?:tinh|thanh pho|tp\.?)\s+(" + "|".join(
    sorted((re.escape(place_key(p)) for p in PROVINCES), key=len, reverse=True)) + r")\b")


def places_in(question: str) -> list[str]:
    """The provinces and cities a question names, as `place_key`s: after "tỉnh"/"thành phố" in any case ("tinh
    thai nguyen"), or written as a name, capitalised, anywhere ("Sở Y tế Hà Tĩnh", "Quang Nam province"; not the
    "nghệ an" of "công nghệ an toàn"); in a question typed all in lower case, where capitals say nothing, anywhere
    ("so y te ha tinh"), but for the names that are also common words ("diễn biến": Điện Biên)."""
    key = place_key(question)
    found = _PLACE.findall(key)
    if not any(c.isupper() for c in question):
        found += [p for p in PROVINCE_KEYS - _AMBIGUOUS_KEYS if f" {p} " in f" {key} " and p not in found]
    for run in _capitalised_runs(question):
        run_key = f" {place_key(run)} "
        found += [p for p in PROVINCE_KEYS if f" {p} " in run_key and p not in found]
    return found


def _capitalised_runs(text: str) -> list[str]:
    """Runs of capitalised words ("Đắk Lắk", "Nghe An Department"), separated by spaces or hyphens only."""
    runs: list[list[str]] = []
    end = None
    for m in re.finditer(r"\w+", text):
        if m.group(0)[0].isupper():
            if runs and end is not None and text[end:m.start()].strip(" -") == "":
                runs[-1].append(m.group(0))
            else:
                runs.append([m.group(0)])
            end = m.end()
        else:
            end = None
    return [" ".join(r) for r in runs]


# Abbreviations common in notices, both ways (expanded forms are folded when matched).
NAME_ABBREVIATIONS: dict[str, str] = load("abbreviations")["names"]  # expanded in unit keys too
ABBREVIATIONS: dict[str, str] = {**NAME_ABBREVIATIONS, **load("abbreviations")["documents"]}
