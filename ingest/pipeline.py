"""One file in, one `Notice` with its `Chunk`s (and `Directive`s) out. Pure: writes nothing."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ingest.chunker import chunk_spans
from ingest.loaders import load
from ingest.normalize import clean, hard_wrapped
from ingest.limits import Budget, Limits
from ingest.notice import notice_starts, parse
from ingest.ocr.options import OcrOptions
from ingest.records import Chunk, Directive, Document, Notice
from ingest.sections import segments
from ingest.units import defined_abbreviations, defined_units


@dataclass(frozen=True)
class Parsed:
    """Everything ingest learns from one file."""

    notice: Notice
    chunks: tuple[Chunk, ...]
    directives: tuple[Directive, ...]
    document: Document
    warnings: tuple[str, ...] = ()


@functools.cache
def reader_version() -> str:
    """A fingerprint of the reader: the code and lexicons of this package. A notice read by another version is
    read again by the next ingest, even when its file has not changed, so an upgrade reaches the task register."""
    root = Path(__file__).parent
    h = hashlib.sha1()
    for f in sorted(root.rglob("*")):
        if f.suffix in (".py", ".yaml") and "sample" not in f.relative_to(root).parts:
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_file(path: str | Path, size: int = 900, overlap: int = 150, limits: Limits | None = None,
               ocr: OcrOptions | None = None) -> list[Parsed]:
    """Load and parse one file: its notices (usually one). Raises RejectedFile."""
    path = Path(path)
    sha = file_hash(path.read_bytes())
    return parse_document(load(path, limits, ocr), sha, size, overlap, limits)


def split_notices(doc: Document) -> list[Document]:
    """A file holding several notices as one Document per notice (pages keep their numbers: a part's
    `page_starts` begins with zeros for the pages before it)."""
    cuts = [0, *notice_starts(doc.text), len(doc.text)]
    if len(cuts) == 2:
        return [doc]
    parts = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        starts = tuple(max(0, s - a) for s in doc.page_starts if s < b)
        parts.append(Document(doc.path, doc.format, doc.text[a:b], starts, doc.warnings if not parts else (),
                              doc.ocr_pages, doc.site))
    return parts


def parse_document(doc: Document, sha: str, size: int = 900, overlap: int = 150, limits: Limits | None = None
                   ) -> list[Parsed]:
    """Metadata, sections, chunks and directives of each notice of a loaded document."""
    budget = Budget(doc.path, limits or Limits())
    out = []
    for k, part in enumerate(split_notices(doc)):
        out.append(_parse_notice(part, sha, sha[:16] if k == 0 else f"{sha[:16]}-{k}", size, overlap))
        budget.check(f"parsing notice {k + 1}")
    return out


def _parse_notice(doc: Document, sha: str, nid: str, size: int, overlap: int) -> Parsed:
    cl = clean(doc.text, reflow=hard_wrapped(doc.text, doc.format))
    meta = parse(cl, doc.site)
    lines = [cl.text[s:e] for s, e in cl.blocks]
    segs = segments(lines, *meta.body)
    fields = {k: v for k, v in meta.fields.items() if k in Notice.__dataclass_fields__}
    pages = doc.pages_of(0, len(doc.text))
    notice = Notice(id=nid, source=Path(doc.path).name, path=str(Path(doc.path).resolve()), sha256=sha,
                    format=doc.format, pages=sum(1 for i, s in enumerate(doc.page_starts) if i == 0 or s > 0),
                    ocr_pages=tuple((p, c) for p, c in doc.ocr_pages if pages and pages[0] <= p <= pages[1]),
                    reader=reader_version(), **fields)
    chunks = []
    spans = chunk_spans(cl, segs, meta.header_end, meta.footer_start, size, overlap)
    for i, sp in enumerate(spans):
        start, end = cl.span(sp.start, sp.end)
        pages = doc.pages_of(start, end)
        chunks.append(Chunk(
            id=f"{nid}:{i:04d}", notice_id=nid, ord=i, text=cl.text[sp.start:sp.end], section=sp.section,
            section_no=sp.section_no, start=start, end=end, page=pages[0] if pages else None,
            page_end=pages[1] if pages else None, part=sp.part,
        ))
    from ingest.directives import Passage, extract

    # Directives are read from whole sections (a long item split over two chunks stays one task), each
    # quoted in the chunk that holds it.
    passages = []
    appendix = segments(lines, *meta.appendix) if meta.appendix else []  # chunked with the footer, read for tasks
    for seg in segs + appendix:
        if seg.heading_only:
            continue
        a, b = cl.blocks[seg.blocks[0]][0], cl.blocks[seg.blocks[-1]][1]
        inside = tuple((sp.start - a, sp.end - a, c) for sp, c in zip(spans, chunks, strict=True)
                       if sp.start < b and sp.end > a)
        if inside:
            passages.append(Passage(cl.text[a:b], " › ".join(seg.breadcrumb), seg.number, seg.part, inside,
                                    lambda x, y, a=a: cl.span(a + x, a + y)))
    headings: dict[str, str] = {}
    for seg in segs + appendix:  # a number met again (a table's rows inside an item) keeps its first heading
        if seg.number:
            headings.setdefault(seg.number, lines[seg.blocks[0]])
    with defined_units(defined_abbreviations(cl.text)):  # "... Việt Nam (VECOM)", then "2.1. VECOM: ..."
        directives = tuple(extract(notice, passages, headings))
    return Parsed(notice, tuple(chunks), directives, doc, doc.warnings)
