"""The records ingest produces: a loaded `Document`, its `Notice` metadata and its `Chunk`s."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Document:
    """A file's text as loaded: NFC, original layout kept; `page_starts[i]` is page i+1's offset."""

    path: str
    format: str  # pdf | docx | html | txt | md
    text: str
    page_starts: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    ocr_pages: tuple[tuple[int, float], ...] = ()  # (page, mean OCR confidence 0-100) of the pages read by OCR
    site: str = ""  # a web page's site, as its title names it ("Cổng thông tin điện tử tỉnh Đắk Lắk")

    def pages_of(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last page (1-based) that the span [start, end) touches; None if not paged."""
        if not self.page_starts:
            return None
        first = last = 1
        for i, s in enumerate(self.page_starts):
            if s <= start:
                first = i + 1
            if s < max(end, start + 1):
                last = i + 1
        return first, last


@dataclass(frozen=True)
class Notice:
    """Metadata of one document. What the document does not say stays empty: never invented."""

    id: str
    source: str  # file name
    path: str
    sha256: str
    format: str
    number: str = ""  # "1226/TB-BKHCN"; empty for a draft "Số: /TB-SKHCN"
    symbol: str = ""  # the part after the number, "TB-SKHCN", kept even for drafts
    date: str = ""  # ISO issue date
    place: str = ""
    doc_type: str = ""  # THÔNG BÁO, QUYẾT ĐỊNH, CÔNG VĂN, ...
    title: str = ""
    meeting_date: str = ""
    issuer: str = ""
    chair: str = ""
    signer: str = ""
    signer_title: str = ""  # "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG"
    recipients: tuple[str, ...] = ()
    pages: int = 0
    ocr_pages: tuple[tuple[int, float], ...] = ()  # (page, mean OCR confidence 0-100) of the pages read by OCR
    reader: str = ""  # the version of the reader that read it (ingest.pipeline.reader_version)

    def __post_init__(self) -> None:  # read back from JSON as lists
        if self.ocr_pages and not isinstance(self.ocr_pages[0], tuple):
            object.__setattr__(self, "ocr_pages", tuple((int(p), float(c)) for p, c in self.ocr_pages))

    def ocr_confidence(self, page: int | None, page_end: int | None = None) -> float | None:
        """The lowest OCR confidence among pages `page`..`page_end`; None when none of them was read by OCR."""
        if not self.ocr_pages or not page:
            return None
        got = [c for p, c in self.ocr_pages if page <= p <= (page_end or page)]
        return min(got) if got else None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["recipients"] = list(self.recipients)
        return d

    @property
    def label(self) -> str:
        """Official short form: "Thông báo số 1226/TB-BKHCN ngày 19/5/2021" (or the file name)."""
        kind = (self.doc_type or "Văn bản").capitalize()
        parts = [kind]
        if self.number:
            parts.append(f"số {self.number}")
        if self.date:
            y, m, d = self.date.split("-")
            parts.append(f"ngày {int(d)}/{int(m)}/{y}")
        if not self.number and not self.date:
            parts.append(f"({self.source})")
        return " ".join(parts)


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: one section (or part of one) of one notice."""

    id: str
    notice_id: str
    ord: int
    text: str  # clean text (markdown marks removed, page-break gaps joined)
    section: str = ""  # breadcrumb: "II. Một số nhiệm vụ trọng tâm › 3. Làm tốt ..."
    section_no: str = ""  # "II.3", used in citations ("mục II.3")
    start: int = 0  # offsets into Document.text (the original)
    end: int = 0
    page: int | None = None
    page_end: int | None = None
    part: str = "body"  # intro | body | closing


@dataclass(frozen=True)
class Directive:
    """One task from a notice's conclusions: who must do what, with whom, by when."""

    id: str
    notice_id: str
    chunk_id: str
    assignee: str
    assignee_key: str  # normalised unit name used for matching
    action: str
    quote: str  # verbatim sentence(s) of the clean text
    coordinators: tuple[str, ...] = ()
    due: str | None = None
    due_text: str = ""
    precision: str = ""
    starts: str | None = None
    recurring: str | None = None
    section: str = ""
    section_no: str = ""
    start: int = 0
    end: int = 0
    role: str = "lead"  # lead | group
    extra: dict = field(default_factory=dict)
