"""One file in, one `Notice` with its `Chunk`s (and `Directive`s) out. Pure: writes nothing."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ingest.chunker import chunk_spans
from ingest.loaders import load
from ingest.normalize import clean
from ingest.notice import parse
from ingest.records import Chunk, Directive, Document, Notice
from ingest.sections import segments


@dataclass(frozen=True)
class Parsed:
    """Everything ingest learns from one file."""

    notice: Notice
    chunks: tuple[Chunk, ...]
    directives: tuple[Directive, ...]
    document: Document
    warnings: tuple[str, ...] = ()


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_file(path: str | Path, size: int = 900, overlap: int = 150) -> Parsed:
    """Load and parse one file. Raises RejectedFile."""
    path = Path(path)
    sha = file_hash(path.read_bytes())
    doc = load(path)
    return parse_document(doc, sha, size, overlap)


def parse_document(doc: Document, sha: str, size: int = 900, overlap: int = 150) -> Parsed:
    """Metadata, sections and chunks of a loaded document."""
    cl = clean(doc.text, reflow=doc.format == "pdf")
    meta = parse(cl)
    lines = [cl.text[s:e] for s, e in cl.blocks]
    segs = segments(lines, *meta.body)
    nid = sha[:16]
    fields = {k: v for k, v in meta.fields.items() if k in Notice.__dataclass_fields__}
    notice = Notice(id=nid, source=Path(doc.path).name, path=str(Path(doc.path).resolve()), sha256=sha,
                    format=doc.format, pages=len(doc.page_starts), **fields)
    chunks = []
    for i, sp in enumerate(chunk_spans(cl, segs, meta.header_end, meta.footer_start, size, overlap)):
        start, end = cl.span(sp.start, sp.end)
        pages = doc.pages_of(start, end)
        chunks.append(Chunk(
            id=f"{nid}:{i:04d}", notice_id=nid, ord=i, text=cl.text[sp.start:sp.end], section=sp.section,
            section_no=sp.section_no, start=start, end=end, page=pages[0] if pages else None,
            page_end=pages[1] if pages else None, part=sp.part,
        ))
    from ingest.directives import extract

    headings = {seg.number: lines[seg.blocks[0]] for seg in segs if seg.number}
    directives = tuple(extract(notice, chunks, headings))
    return Parsed(notice, tuple(chunks), directives, doc, doc.warnings)
