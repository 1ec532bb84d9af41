"""What the assistant returns: `Hit`s from retrieval, `Answer`s with `Citation`s."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ingest.records import Chunk, Notice


@dataclass(frozen=True)
class Filters:
    """Search filters; empty fields filter nothing. Dates are ISO."""

    issuer: str = ""
    doc_type: str = ""
    date_from: str = ""
    date_to: str = ""
    number: str = ""
    source: str = ""

    def __bool__(self) -> bool:
        return any(asdict(self).values())


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    notice: Notice
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float = 0.0

    @property
    def ocr_confidence(self) -> float | None:
        """Mean OCR confidence (0-100) of the scanned page(s) the passage comes from; None for a text page."""
        return self.notice.ocr_confidence(self.chunk.page, self.chunk.page_end)

    def to_dict(self) -> dict:
        return {
            "source": self.notice.source, "notice_number": self.notice.number,
            "notice_date": self.notice.date or None, "title": self.notice.title, "section": self.chunk.section,
            "page": self.chunk.page, "score": round(self.score, 6), "text": self.chunk.text,
            "chunk_id": self.chunk.id, "notice_id": self.notice.id, "issuer": self.notice.issuer,
            "doc_type": self.notice.doc_type, "ocr": self.ocr_confidence is not None,
            "ocr_confidence": self.ocr_confidence,
        }


@dataclass(frozen=True)
class Citation:
    n: int
    hit: Hit
    quote: str  # verbatim substring of the chunk text
    start: int = 0  # offsets of the quote in the original document text (for highlighting)
    end: int = 0

    @property
    def official(self) -> str:
        """ "Thông báo số 1226/TB-BKHCN ngày 19/5/2021, mục 3" """
        label = self.hit.notice.label
        if self.hit.chunk.section_no:
            label += f", mục {self.hit.chunk.section_no}"
        if self.hit.chunk.page:
            label += f", trang {self.hit.chunk.page}"
        return label

    def to_dict(self) -> dict:
        n, c = self.hit.notice, self.hit.chunk
        return {"n": self.n, "source": n.source, "notice_number": n.number, "notice_date": n.date or None,
                "title": n.title, "section": c.section, "page": c.page, "quote": self.quote,
                "chunk_id": c.id, "official": self.official, "start": self.start, "end": self.end,
                "ocr": self.hit.ocr_confidence is not None, "ocr_confidence": self.hit.ocr_confidence}


@dataclass(frozen=True)
class Answer:
    answer: str
    abstained: bool
    language: str  # vi | en
    citations: tuple[Citation, ...] = ()
    closest: tuple[Hit, ...] = ()  # shown when abstaining
    question: str = ""  # the question as resolved against the conversation
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"answer": self.answer, "abstained": self.abstained, "language": self.language,
                "citations": [c.to_dict() for c in self.citations],
                "closest": [h.to_dict() for h in self.closest], "resolved_question": self.question}
