"""What a question pins down about the notice that answers it: the document number, the years, the provinces
and (in English) the Vietnamese names it names. Every answer path checks them: the task register, the signer,
the dates, the quoted sentences."""

from __future__ import annotations

import functools
import re

from assistant import question as q
from assistant.question import identifiers
from ingest.units import unit_key
from ingest.vn import fold, place_key, places_in, word_key

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class NoticeFit:
    """Checks a notice against a question, over the catalog's parsed documents (cached by notice id: ids are
    content hashes, so an entry never goes stale)."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.document = functools.lru_cache(maxsize=256)(self._document)
        self.keys = functools.lru_cache(maxsize=256)(self._keys)
        self._forms = functools.lru_cache(maxsize=256)(self._forms_of)

    def _document(self, notice_id: str) -> str:
        doc = self.catalog.document(notice_id)
        return doc[0] if doc else ""

    def _forms_of(self, notice_id: str) -> tuple[str, str, str]:
        """The notice's text folded without spaces (for numbers), as a place key and as words (for names); its
        issuer, place and title count as its text (a web page may name its province only in its issuer, "Văn
        phòng UBND tỉnh Bắc Ninh")."""
        n = self.catalog.notice(notice_id)
        text = f"{n.issuer}\n{n.place}\n{n.title}\n{self.document(notice_id)}" if n else self.document(notice_id)
        return fold(text).replace(" ", ""), place_key(text), word_key(text)

    def _keys(self, notice_id: str) -> tuple[str, str]:
        """The notice's issuer and title, and its whole text, as unit keys (padded with spaces)."""
        n = self.catalog.notice(notice_id)
        return f" {unit_key(f'{n.issuer} {n.title}')} ", f" {unit_key(self.document(notice_id))} "

    def fits(self, question: str, n) -> bool:
        """The document number, years and provinces a question names are the notice's (or in its text)."""
        doc_text = self.document(n.id)
        numbers, places, words = self._forms(n.id)
        idents = identifiers(question)
        if idents and not any(i in fold(n.number).replace(" ", "") or i in numbers for i in idents):
            return False
        for year in YEAR.findall(question):
            if year not in doc_text and year not in (n.date or ""):
                return False
        # "cụm công nghiệp tỉnh Thái Nguyên": a Lào Cai notice does not answer
        if not all(re.search(rf"\b{re.escape(place)}\b", places) for place in places_in(question)):
            return False
        issued = q.issued_years(question)  # "Thông báo 31/TB-TA năm 2025": a notice of 2026 is another one
        if issued and n.date and n.date[:4] not in issued:
            return False
        # "In its December 2025 meeting", "giao ban tháng 11/2025": held that month, or the notice issued then or
        # the month after (a month's briefing is held early in the next); a notice of no known date is not turned down
        held = q.meeting_months(question)
        when = (n.meeting_date or n.date or "")[:7]
        if held and when and not (when in held or q.month_before(when) in held):
            return False
        names = q.vietnamese_names(question) if q.language(question) == "en" else q.proper_names(question)
        return _names_found(names, words)


def _names_found(names: list[str], hay: str) -> bool:
    """The names a question writes (Vietnamese ones in an English question: "Cà Mau", "Thống Nhất 1", "Sa Ky - Ly
    Son"; capitalised ones in a Vietnamese question) occur in the notice (`hay`: its words), word for word (not
    "Nghệ" in "công nghệ"); of a name of three words or more, two running words will do ("Binh Ngo Tet": "Bính
    Ngọ" is there, "Tết" comes before it)."""
    def found(name: str) -> bool:
        w = name.split()
        spans = [w] if len(w) < 3 else [w[i:j] for i in range(len(w)) for j in range(i + 2, len(w) + 1)]
        return any(word_key(" ".join(s)) in hay for s in spans)

    return all(found(n) for n in names)
