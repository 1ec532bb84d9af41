"""What a question pins down about the notice that answers it: the document number, the years, the provinces
and (in English) the Vietnamese names it names. Every answer path checks them: the task register, the signer,
the dates, the quoted sentences."""

from __future__ import annotations

import functools
import re

from assistant import question as q
from assistant.question import identifiers
from ingest.units import unit_key
from ingest.vn import fold, place_key, places_in

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


class NoticeFit:
    """Checks a notice against a question, over the catalog's parsed documents (cached by notice id: ids are
    content hashes, so an entry never goes stale)."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.document = functools.lru_cache(maxsize=256)(self._document)
        self.keys = functools.lru_cache(maxsize=256)(self._keys)

    def _document(self, notice_id: str) -> str:
        doc = self.catalog.document(notice_id)
        return doc[0] if doc else ""

    def _keys(self, notice_id: str) -> tuple[str, str]:
        """The notice's issuer and title, and its whole text, as unit keys (padded with spaces)."""
        n = self.catalog.notice(notice_id)
        return f" {unit_key(f'{n.issuer} {n.title}')} ", f" {unit_key(self.document(notice_id))} "

    def fits(self, question: str, n) -> bool:
        """The document number, years and provinces a question names are the notice's (or in its text)."""
        doc_text = self.document(n.id)
        idents = identifiers(question)
        if idents and not any(i in fold(n.number).replace(" ", "") or i in fold(doc_text).replace(" ", "")
                              for i in idents):
            return False
        for year in YEAR.findall(question):
            if year not in doc_text and year not in (n.date or ""):
                return False
        # "cụm công nghiệp tỉnh Thái Nguyên": a Lào Cai notice does not answer
        if not all(re.search(rf"\b{re.escape(place)}\b", place_key(doc_text)) for place in places_in(question)):
            return False
        return q.language(question) != "en" or _names_found(question, doc_text)


def _names_found(question: str, doc_text: str) -> bool:
    """Vietnamese names in an English question ("Cà Mau", "Thống Nhất 1", "Sa Ky - Ly Son") occur in the
    notice, word for word (not "Nghệ" in "công nghệ"); of a name of three words or more, two running words will do."""
    names = q.vietnamese_names(question)
    if not names:
        return True

    def words(text: str) -> str:
        return " " + " ".join(re.findall(r"[\w&]+", fold(text))) + " "

    def found(name: str) -> bool:  # "Binh Ngo Tet": "Bính Ngọ" is there, "Tết" comes before it
        w = name.split()
        spans = [w] if len(w) < 3 else [w[i:j] for i in range(len(w)) for j in range(i + 2, len(w) + 1)]
        return any(words(" ".join(s)) in hay for s in spans)

    hay = words(doc_text)
    return all(found(n) for n in names)
