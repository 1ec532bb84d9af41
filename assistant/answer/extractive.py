"""The default answerer (no LLM): the answer is composed of verbatim sentences of the retrieved passages,
chosen for what the question asks (a deadline, a unit, a signer...), each line with its citation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import question as q
from assistant.answer.spans import quotable_spans
from assistant.question import identifiers, units
from assistant.quotes import original_span
from assistant.types import Answer, Citation, Hit
from ingest.deadlines import find_deadlines
from ingest.normalize import is_heading_like
from ingest.units import find_units, same_unit, unit_key, unit_names
from ingest.vn import fold, place_key, places_in
from prompts import text as prompt

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATE = re.compile(r"\bngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}|/\s*\d{1,2})|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b|"
                   r"\b\d{1,2}/\d{1,2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\b", re.IGNORECASE)
_ASKS_YEAR = re.compile(r"\b(nam nao|what year|which year|in what year)\b")
_MONEY = re.compile(r"\b(kinh phi|von|ngan sach|ty dong|trieu dong|budget|cost|capital|funding)\b")
_RATE = re.compile(r"\b(ty le|phan tram|rate|percentage|share)\b")
# Thresholds set by measurement on eval/sets (see eval/README.md): below them the assistant abstains.
MIN_OVERLAP = 0.4
MIN_DENSE_EN = 0.76


@dataclass(frozen=True)
class Candidate:
    hit: Hit
    rank: int
    start: int  # offsets in chunk.text
    end: int
    score: float
    overlap: float

    @property
    def text(self) -> str:
        return self.hit.chunk.text[self.start:self.end]


def _context(hit: Hit) -> str:
    return fold(f"{hit.notice.title} {hit.chunk.section}")


def _overlap(terms: set[str] | list[tuple[str, ...]], folded: str) -> float:
    """Share of the question's terms in `folded`: syllables (Vietnamese) or groups of alternative Vietnamese
    phrases (English, see question.english_terms)."""
    if not terms:
        return 0.0
    toks = re.findall(r"[\w/&\-]+", folded)
    if isinstance(terms, set):
        return len(terms & set(toks)) / len(terms)
    hay = f" {' '.join(toks)} "
    return sum(any(f" {p} " in hay for p in group) for group in terms) / len(terms)


def _heading(text: str, part: str) -> bool:
    """Document furniture rather than content: the header block, "Số: ...", capitalised lines."""
    return part == "header" or text.lstrip().startswith("Số:") or is_heading_like(text)


def _about_units(question: str, best: Candidate) -> bool:
    """The passage is about the units the question names: each named in it, or one of its units being the
    same unit named shorter or longer ("Sở Nội vụ" for "Sở Nội vụ Lào Cai")."""
    asked = unit_names(question)
    if not asked:
        return True
    hay = unit_key(fold(best.text) + " " + _context(best.hit) + " " + fold(best.hit.chunk.text))
    if any(unit_key(a) in hay for a in asked):
        return True
    named = [unit_key(n) for n in unit_names(f"{best.hit.chunk.section}\n{best.hit.chunk.text}")]
    return any(len(k.split()) >= 2 and same_unit(a, k) for a in asked for k in named)


def candidates(question: str, hits: list[Hit], kind: str) -> list[Candidate]:
    terms = q.english_terms(question) if q.language(question) == "en" else q.content_terms(question)
    wanted_units = units(question)
    issued = bool(q.ISSUED.search(fold(question)))  # the document's own date: its header line answers
    out = []
    for rank, hit in enumerate(hits):
        ctx = _context(hit)
        chunk_folded = fold(hit.chunk.text)
        for s, e in quotable_spans(hit.chunk.text):
            sent = hit.chunk.text[s:e]
            f = fold(sent)
            overlap = _overlap(terms, f + " " + ctx)
            score = overlap + 0.35 / (1 + rank)
            if not issued and kind != "signer" and _heading(sent, hit.chunk.part):
                score -= 0.3
            if kind == "deadline":
                found = find_deadlines(sent)
                score += (0.6 if any(d.due for d in found) else 0.3) if found else -1.0
            elif kind == "date":
                score += 0.4 if _DATE.search(sent) else -0.5
            elif kind == "who":
                score += 0.2 if find_units(sent) else 0.0
            for u in wanted_units:
                if u in unit_key(f):
                    score += 0.5
                elif u in unit_key(ctx) or u in unit_key(chunk_folded):
                    score += 0.2
                else:
                    score -= 0.5
            out.append(Candidate(hit, rank, s, e, score, overlap))
    return sorted(out, key=lambda c: -c.score)


class ExtractiveAnswerer:
    """Compose an answer from the passages; abstain when they do not answer the question."""

    def __init__(self, catalog):
        self.catalog = catalog

    def _offsets(self, hit: Hit, start: int, end: int) -> tuple[int, int]:
        return original_span(self.catalog, hit.notice, hit.chunk, start, end)

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        lang = q.language(question)
        kind = q.intent(question)
        if not hits:
            return Answer(prompt("answers", "abstain", lang), True, lang, question=question)
        if kind == "signer":
            got = self._signer(question, hits, lang)
            if got:
                return got
            kind = "who"
        if kind == "date" and q.ISSUED.search(fold(question)):
            got = self._issued(question, hits, lang)
            if got:
                return got
        listing = q.wants_list(question) or (kind == "deadline" and lang == "en")
        if kind == "deadline" and listing:
            # "What deadlines were given to X": every dated passage of the notice that answers best.
            seen = {h.chunk.id for h in hits}
            hits = hits + [Hit(c, hits[0].notice, 0.0) for c in self.catalog.chunks_of(hits[0].notice.id)
                           if c.id not in seen and c.part == "body"]
        cands = candidates(question, hits, kind)
        best = cands[0] if cands else None
        confident = best is not None and (
            (best.overlap >= MIN_OVERLAP) if lang == "vi" else (hits[0].dense_score >= MIN_DENSE_EN))
        if kind == "deadline" and best is not None and not find_deadlines(best.text):
            confident = False
        if best is not None and kind in ("deadline", "who") and not _about_units(question, best):
            confident = False  # a deadline of another unit is no answer
        if confident and lang == "en" and not self._names_found(question, best.hit):
            confident = False
        if confident and not self._constraints_met(question, best, hits):
            confident = False
        if not confident:
            return Answer(prompt("answers", "abstain", lang), True, lang, closest=tuple(hits[:3]),
                          question=question)
        limit = 6 if listing else 2
        chosen = [best]
        for c in cands[1:]:
            if len(chosen) >= limit or c.score < best.score - 0.35:
                break
            if kind == "deadline" and not find_deadlines(c.text):
                continue
            if any(c.hit.chunk.id == x.hit.chunk.id and c.start < x.end and x.start < c.end for x in chosen):
                continue
            chosen.append(c)
        return self._compose(question, chosen, kind, lang)

    def _compose(self, question: str, chosen: list[Candidate], kind: str, lang: str) -> Answer:
        citations: list[Citation] = []
        lines = []
        for c in chosen:
            n = len(citations) + 1
            start, end = self._offsets(c.hit, c.start, c.end)
            citations.append(Citation(n, c.hit, c.text, start, end))
            source = Citation(n, c.hit, c.text).official
            if kind == "deadline":
                d = find_deadlines(c.text)[0]
                due = prompt("answers", "due_iso", lang, date=_dmy(d.due)) if d.due else ""
                lines.append(prompt("answers", "deadline", lang, due_text=d.text, due=due, quote=c.text, n=n))
            else:
                lines.append(prompt("answers", "according", lang, source=source, quote=c.text, n=n))
        return Answer("\n".join(lines), False, lang, tuple(citations), question=question)

    def _constraints_met(self, question: str, best: Candidate, hits: list[Hit]) -> bool:
        """What the question pins down must be there: a document number it names, a year it names, a figure
        or a year when it asks "how much" or "which year"."""
        idents = identifiers(question)
        if idents and not any(i in fold(h.chunk.text + " " + h.notice.number).replace(" ", "")
                              for i in idents for h in hits):
            return False
        doc = self.catalog.document(best.hit.notice.id)
        doc_text = doc[0] if doc else best.hit.chunk.text
        for year in _YEAR.findall(question):
            if year not in doc_text and year not in (best.hit.notice.date or ""):
                return False
        places = places_in(question)
        if places and not all(place in place_key(doc_text) for place in places):
            return False  # "cụm công nghiệp tỉnh Thái Nguyên": a Lào Cai notice does not answer
        asks = fold(question)
        if _ASKS_YEAR.search(asks) and not _YEAR.search(best.text):
            return False
        if q.asks_amount(question):
            if not re.search(r"\d", best.text):
                return False
            if _MONEY.search(asks) and not re.search(r"đồng|tỷ|triệu", best.text):
                return False
            if _RATE.search(asks) and "%" not in best.text:
                return False
        return True

    def _names_found(self, question: str, hit: Hit) -> bool:
        """Vietnamese names in an English question ("Cà Mau", "Thống Nhất 1") must occur in the notice."""
        names = q.vietnamese_names(question)
        if not names:
            return True
        doc = self.catalog.document(hit.notice.id)
        folded = fold(doc[0] if doc else hit.chunk.text)
        return all(fold(n) in folded for n in names)

    def _issued(self, question: str, hits: list[Hit], lang: str) -> Answer | None:
        """When the best notice was issued: the place-and-date line of its header ("Hà Nội, ngày 19 tháng 5
        năm 2021")."""
        n = hits[0].notice
        idents = identifiers(question)
        if not n.date or idents and not any(i in fold(n.number).replace(" ", "") for i in idents):
            return None  # "Kế hoạch 134/KH-UBND ban hành ngày nào": another document, quoted in this one
        y, m, d = (int(x) for x in n.date.split("-"))
        line = re.compile(rf"[^\n]*ngày\s*0?{d}\s*(?:tháng\s*0?{m}\s*năm\s*|[/.-]0?{m}[/.-]){y}[^\n]*")
        header, found = next(((c, f) for c in self.catalog.chunks_of(n.id) if c.part == "header"
                              and (f := line.search(c.text))), (None, None))
        if not found:
            return None
        hit = Hit(header, n, hits[0].score)
        quote = found.group(0).strip()
        at = header.text.index(quote, found.start())
        start, end = self._offsets(hit, at, at + len(quote))
        cit = Citation(1, hit, quote, start, end)
        return Answer(prompt("answers", "according", lang, source=cit.official, quote=quote, n=1), False, lang,
                      (cit,), question=question)

    def _signer(self, question: str, hits: list[Hit], lang: str) -> Answer | None:
        """Who signed: the signer line of the best notice's footer."""
        for hit in hits:
            n = hit.notice
            if not n.signer:
                continue
            footer = next((c for c in self.catalog.chunks_of(n.id) if c.part == "footer" and n.signer in c.text),
                          None)
            if footer is None:
                continue
            fh = Hit(footer, n, hit.score)
            s = footer.text.index(n.signer)
            start, end = self._offsets(fh, s, s + len(n.signer))
            cit = Citation(1, fh, n.signer, start, end)
            title = f" ({n.signer_title})" if n.signer_title else ""
            text = prompt("answers", "signer", lang, signer=n.signer, title=title, n=1)
            return Answer(text, False, lang, (cit,), question=question)
        return None


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}/{int(m)}/{y}"
