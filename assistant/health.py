"""Is the index whole? `check` compares the catalog (the source of truth), the vector store and the lexical
index; `repair` mends what an interrupted write can leave (the cheap part, run after every ingest);
`rebuild` re-creates the vector store and the lexical index from the catalog, or the catalog from the vector
store's notice records when the catalog is the damaged one."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from assistant.index import Index, chunk_metadata, embed_text, notice_record
from ingest.errors import DamagedStore, StoreError

EMBED_BATCH = 64


def check(index: Index) -> dict:
    """What differs between the stores: {"ok", "documents", "chunks", "vectors", "problems": [...], ...}."""
    cat = index.catalog
    chunk_ids = set(cat.all_chunk_ids())
    notice_ids = {n.id for n in cat.notices()}
    out: dict = {"data_dir": str(index.settings.data_dir), "documents": len(notice_ids), "chunks": len(chunk_ids),
                 "embedding_model": index.settings.embedding_model, "problems": []}
    problems = out["problems"]
    integrity = cat.db.execute("PRAGMA quick_check").fetchone()[0]
    if integrity != "ok":
        problems.append(f"catalog: SQLite reports damage ({integrity}); `notices rebuild` restores it")
    vectors = index.vectors
    held = vectors.ids()
    out["vectors"] = len(held)
    missing, stray = chunk_ids - held, held - chunk_ids
    out["missing_vectors"], out["stray_vectors"] = len(missing), len(stray)
    if missing:
        problems.append(f"vectors: {len(missing)} chunks of the catalog have no vector (dense search cannot find "
                        "them); `notices ingest` or `notices rebuild` embeds them again")
    if stray and not index.settings.chroma_url:
        problems.append(f"vectors: {len(stray)} vectors belong to no chunk of the catalog (left by an interrupted "
                        "write); the next `notices ingest` removes them")
    records = vectors.notice_ids()
    if notice_ids - records:
        problems.append(f"vector store: {len(notice_ids - records)} notices have no record there (a replica could "
                        "not rebuild them); the next `notices ingest` writes them")
    recorded = vectors.recorded_model()
    if recorded and recorded != index.settings.embedding_model:
        problems.append(f"model: the vectors come from '{recorded}', the catalog says "
                        f"'{index.settings.embedding_model}'; `notices rebuild` embeds everything again")
    out["dense_missing"] = len(chunk_ids - index.segments.ids())  # filled by the next query or ingest
    # passages whose sentences an older version did not embed: answered all the same (embedded when first quoted);
    # the next `notices ingest` of their files adds them
    out["sentences_missing"] = cat.count_unembedded()
    out["lexical"] = _check_lexical(index, chunk_ids, problems)
    out["ok"] = not problems
    return out


def _check_lexical(index: Index, chunk_ids: set[str], problems: list[str]) -> str:
    from assistant.store.lexical import Lexical

    path = index.lexical_path
    if not path.exists():
        return "absent (built on the next query)"
    try:
        lex = Lexical.load(path)
    except StoreError as exc:
        problems.append(f"lexical index: {exc}")
        return "damaged"
    if lex.generation != index.catalog.generation:
        return "behind the catalog (brought up to date on the next query)"
    if set(lex.ids) != chunk_ids:
        problems.append("lexical index: its chunks differ from the catalog's at the same generation; "
                        "`notices rebuild` rebuilds it")
        return "differs"
    return "ok"


def repair(index: Index) -> dict:
    """Mend what an interrupted write can leave: stray vectors deleted, missing vectors embedded again from the
    catalog's text, missing notice records written. Inside `index.writing()`. Returns the counts."""
    removed = index.reconcile()
    chunk_ids = index.catalog.all_chunk_ids()
    missing = sorted(set(chunk_ids) - index.vectors.ids())
    _embed(index, missing)
    held = index.segments.ids() | set(missing)
    lacking = [c for c in chunk_ids if c not in held]  # a data dir of an older version
    if lacking:
        try:
            index.segments.write(*index.vectors.vectors_of(lacking))
        except StoreError:  # this process's embedded store does not see what another process wrote: embed again
            _embed(index, lacking)
    if missing or lacking:
        index.compact_vectors()
        with index.catalog.transaction():
            pass  # a new generation: every process's dense copy (`Index.dense`) reads the restored vectors
    records = index.vectors.notice_ids()
    absent = [n for n in index.catalog.notices() if n.id not in records]
    for n in absent:
        _put_record(index, n)
    return {k: v for k, v in (("stray_vectors_removed", removed), ("vectors_restored", len(missing)),
                              ("records_restored", len(absent))) if v}


def _embed(index: Index, ids: list[str], progress: Callable[[int, int], None] | None = None) -> None:
    """Embed the catalog's chunks `ids` again and store their vectors."""
    notices = {n.id: n for n in index.catalog.notices()}
    for i in range(0, len(ids), EMBED_BATCH):
        chunks = index.catalog.chunks(ids[i:i + EMBED_BATCH])
        texts = [embed_text(notices[c.notice_id], c) for c in chunks]
        index.store_vectors([c.id for c in chunks], index.embeddings.embed_documents(texts),
                            [chunk_metadata(notices[c.notice_id], c) for c in chunks], [c.text for c in chunks])
        if progress:
            progress(min(i + EMBED_BATCH, len(ids)), len(ids))


def _put_record(index: Index, notice) -> None:
    text, page_starts = index.catalog.document(notice.id) or ("", [])
    index.vectors.put_notice(notice.id, text, notice_record(notice, page_starts, index.catalog.directives(notice.id),
                                                            index.catalog.sentences(index.catalog.chunk_ids(notice.id))))


def rebuild(settings, embeddings=None, progress: Callable[[int, int], None] | None = None, wait: bool = True,
            on_wait: Callable[[str], None] | None = None) -> dict:
    """Re-create the vector store and the lexical index from the catalog. A damaged catalog is first set aside
    (renamed `.damaged-<time>`) and restored from the vector store's notice records. Returns what was done."""
    from assistant.store.lock import WriterLock

    done: dict = {}
    with WriterLock(settings.data_dir).hold("rebuild", wait, on_wait):
        try:
            index = Index(settings, embeddings)
            damaged = not _catalog_ok(index)
        except DamagedStore:
            index, damaged = None, True
        if damaged:
            index = _restore_catalog(settings, embeddings)
            done["catalog_restored"] = index.catalog.count_notices()
        with index.writing("rebuild"):
            try:
                index.vectors.reset()
            except StoreError:
                if settings.chroma_url:
                    raise
                from assistant.store.vectors import wipe  # too damaged to open: its files are made anew

                index.__dict__.pop("vectors", None)
                wipe(settings.data_dir)
            index.segments.clear()
            ids = index.catalog.all_chunk_ids()
            _embed(index, ids, progress)
            index.compact_vectors()
            for n in index.catalog.notices():
                _put_record(index, n)
            index.lexical_path.unlink(missing_ok=True)
            with index.catalog.transaction():
                pass  # a new generation: every cache (and the lexical index) is built again from the catalog
        done.update(documents=index.catalog.count_notices(), vectors=len(ids))
    return done


def _catalog_ok(index: Index) -> bool:
    try:
        return index.catalog.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except Exception:  # noqa: BLE001 - sqlite3.DatabaseError and friends: damaged
        return False


def _restore_catalog(settings, embeddings) -> Index:
    """Set the damaged catalog aside and make it anew from the vector store's notice records."""
    path: Path = settings.data_dir / "catalog.sqlite3"
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    if path.exists():
        path.replace(aside)
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    index = Index(settings, embeddings)
    with index.writing("rebuild"):
        index.catalog.set_meta("embedding_model", settings.embedding_model)
        for nid in sorted(index.vectors.notice_ids()):
            index.restore(nid)
    return index
