"""The catalog: notices, chunks, original texts and directives in one SQLite file (source of truth)."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path

from ingest.errors import DamagedStore, RecordConflict, StoreError
from ingest.records import Chunk, Directive, Notice

SCHEMA = 3  # 2: a file may hold several notices (path no longer unique); 3: sentence vectors
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS notices (
    id TEXT PRIMARY KEY, path TEXT, source TEXT, sha256 TEXT, data TEXT, ingested_at REAL);
CREATE INDEX IF NOT EXISTS notices_path ON notices(path);
CREATE TABLE IF NOT EXISTS documents (notice_id TEXT PRIMARY KEY, text TEXT, page_starts TEXT);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, notice_id TEXT, ord INTEGER, text TEXT, section TEXT, section_no TEXT,
    start INTEGER, "end" INTEGER, page INTEGER, page_end INTEGER, part TEXT);
CREATE INDEX IF NOT EXISTS chunks_notice ON chunks(notice_id);
CREATE TABLE IF NOT EXISTS directives (
    id TEXT PRIMARY KEY, notice_id TEXT, assignee_key TEXT, due TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS directives_notice ON directives(notice_id);
CREATE TABLE IF NOT EXISTS sentences (chunk_id TEXT PRIMARY KEY, notice_id TEXT, spans TEXT, vectors BLOB);
CREATE INDEX IF NOT EXISTS sentences_notice ON sentences(notice_id);
"""
_NOTICE_FIELDS = {f.name for f in fields(Notice)}
_DIRECTIVE_FIELDS = {f.name for f in fields(Directive)}


def _notice(row: sqlite3.Row) -> Notice:
    d = json.loads(row["data"])
    d["recipients"] = tuple(d.get("recipients", ()))
    return Notice(**{k: v for k, v in d.items() if k in _NOTICE_FIELDS})


def _chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(**{k: row[k] for k in row.keys()})


def _directive(row: sqlite3.Row) -> Directive:
    d = json.loads(row["data"])
    d["coordinators"] = tuple(d.get("coordinators", ()))
    return Directive(**{k: v for k, v in d.items() if k in _DIRECTIVE_FIELDS})


def _store_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """SQLite's error as one the user can act on."""
    text = str(exc).lower()
    if isinstance(exc, sqlite3.IntegrityError):  # what was to be written, not the file (rolled back)
        return RecordConflict(f"the catalog refused the change ({exc}); nothing was written")
    if "malformed" in text or "not a database" in text or not isinstance(exc, sqlite3.OperationalError):
        return DamagedStore(f"the catalog {path} is damaged ({exc}): run `notices rebuild` to restore it from the "
                            "vector store, or restore the data dir from a backup")
    if "full" in text:
        return StoreError(f"the disk holding {path.parent} is full ({exc}): free some space and run the command "
                          "again (nothing was half-written)")
    if "locked" in text or "busy" in text:
        return StoreError(f"the catalog {path} stayed busy ({exc}): another process holds it; try again")
    return StoreError(f"cannot use the catalog {path} ({exc}): check the data dir's permissions and free space, "
                      "or choose another --data-dir")


def _guarded(method):
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _store_error(self.path, exc) from exc
    return call


class Catalog:
    """SQLite beside Chroma. `generation` grows with every change so caches know when they are stale.

    Each thread has its own connection, so a reader sees committed states only (WAL snapshots) while another
    thread writes. A data dir that cannot be written (a read-only disk, a copy on a CD) is opened read-only:
    everything that reads works, a write is a StoreError that says so."""

    def __init__(self, path: Path):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data dir {path.parent} ({exc.strerror or exc}): choose another "
                             "--data-dir (or NOTICES_DATA_DIR)") from exc
        self.read_only = not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))
        if self.read_only and not path.exists():
            raise StoreError(f"no index in {path.parent}, and the folder is read-only: choose a writable --data-dir")
        self._local = threading.local()
        try:
            if not self.read_only:
                self.db.execute("PRAGMA journal_mode=WAL")
                self._migrate()
            self.db.execute("SELECT count(*) FROM notices").fetchone()
            # a read-only catalog of schema 2 (never migrated) has no sentence vectors
            self._has_sentences = bool(self.db.execute("SELECT 1 FROM sqlite_master WHERE name='sentences'"
                                                       ).fetchone())
        except sqlite3.Error as exc:
            raise _store_error(path, exc) from exc

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.read_only:
                conn = self._read_only_connection()
            else:
                conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def _read_only_connection(self) -> sqlite3.Connection:
        """Read-only, with the write-ahead log if SQLite can read it there; else the main file as it is
        (`immutable`: no lock or journal file can be made in a read-only folder, and nobody writes it)."""
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("SELECT count(*) FROM notices").fetchone()
            return conn
        except sqlite3.Error:
            return sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file, so a copy of the data dir (a backup, a read-only
        disk) holds everything."""
        if not self.read_only:
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one committed state of the catalog, whatever other processes write meanwhile."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self.db.execute("COMMIT")

    def _migrate(self) -> None:
        """Create the tables, or bring an older catalog to `SCHEMA` (in one transaction); a current one is only
        read (readers write nothing)."""
        has_meta = self.db.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone()
        if has_meta and self.get_meta("schema") == str(SCHEMA):
            return
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            old = self.db.execute("SELECT sql FROM sqlite_master WHERE name='notices'").fetchone()
            if old and "path TEXT UNIQUE" in old[0]:  # schema 1: one notice per file
                self.db.execute("ALTER TABLE notices RENAME TO notices_v1")
                self.db.execute("CREATE TABLE notices (id TEXT PRIMARY KEY, path TEXT, source TEXT, sha256 TEXT, "
                                "data TEXT, ingested_at REAL)")
                self.db.execute("INSERT INTO notices SELECT * FROM notices_v1")
                self.db.execute("DROP TABLE notices_v1")
            for statement in _SCHEMA.strip().split(";"):
                if statement.strip():
                    self.db.execute(statement)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))

    def writable(self) -> None:
        """Raise StoreError when this catalog cannot be written."""
        if self.read_only:
            raise StoreError(f"the data dir {self.path.parent} is read-only: nothing can be added or removed there; "
                             "copy it to a writable place and use --data-dir")

    @_guarded
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    @_guarded
    def set_meta(self, key: str, value: str) -> None:
        self.writable()
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        return int(self.get_meta("generation") or 0)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing change that also bumps the generation (a full disk or a read-only file: StoreError)."""
        self.writable()
        try:
            with self.db:
                yield self.db
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(self.generation + 1),))
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('last_ingest', ?)", (str(time.time()),))
        except sqlite3.OperationalError as exc:
            raise _store_error(self.path, exc) from exc

    # -- reads -------------------------------------------------------------------------------------
    @_guarded
    def notices_by_path(self, path: str) -> list[Notice]:
        """The notices of one file (a file may hold several), in the order it holds them."""
        return [_notice(r) for r in self.db.execute("SELECT * FROM notices WHERE path=? ORDER BY id", (path,))]

    @_guarded
    def notice(self, notice_id: str) -> Notice | None:
        row = self.db.execute("SELECT * FROM notices WHERE id=?", (notice_id,)).fetchone()
        return _notice(row) if row else None

    @_guarded
    def notices(self) -> list[Notice]:
        return [_notice(r) for r in self.db.execute("SELECT * FROM notices ORDER BY source, path")]

    @_guarded
    def find(self, key: str) -> list[Notice]:
        """Notices whose id, id prefix, file name or path is `key`."""
        rows = self.db.execute(
            "SELECT * FROM notices WHERE id=? OR source=? OR path=? OR (length(?)>=6 AND id LIKE ?||'%')",
            (key, key, key, key, key),
        ).fetchall()
        return [_notice(r) for r in rows]

    @_guarded
    def all_chunk_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM chunks ORDER BY notice_id, ord")]

    @_guarded
    def chunk_ids(self, notice_id: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM chunks WHERE notice_id=?", (notice_id,))]

    @_guarded
    def chunks(self, ids: list[str] | None = None) -> list[Chunk]:
        if ids is None:
            rows = self.db.execute("SELECT * FROM chunks ORDER BY notice_id, ord").fetchall()
            return [_chunk(r) for r in rows]
        out = {r["id"]: _chunk(r) for r in self._where_in("SELECT * FROM chunks", "id", ids)}
        return [out[i] for i in ids if i in out]

    def _where_in(self, select: str, column: str, ids: list[str]) -> Iterator[sqlite3.Row]:
        """The rows of `select` whose `column` is one of `ids`, asked in batches of 500 (SQLite's variable limit)."""
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            yield from self.db.execute(f"{select} WHERE {column} IN ({','.join('?' * len(part))})", part)

    @_guarded
    def chunks_of(self, notice_id: str) -> list[Chunk]:
        rows = self.db.execute("SELECT * FROM chunks WHERE notice_id=? ORDER BY ord", (notice_id,))
        return [_chunk(r) for r in rows]

    @_guarded
    def count_notices(self) -> int:
        return self.db.execute("SELECT count(*) FROM notices").fetchone()[0]

    @_guarded
    def count_chunks(self, notice_id: str | None = None) -> int:
        if notice_id:
            return self.db.execute("SELECT count(*) FROM chunks WHERE notice_id=?", (notice_id,)).fetchone()[0]
        return self.db.execute("SELECT count(*) FROM chunks").fetchone()[0]

    @_guarded
    def document(self, notice_id: str) -> tuple[str, list[int]] | None:
        row = self.db.execute("SELECT text, page_starts FROM documents WHERE notice_id=?", (notice_id,)).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    @_guarded
    def heads(self, chars: int = 1500) -> dict[str, str]:
        """The opening `chars` of every document (where a notice names its province, issuer and subject)."""
        return dict(self.db.execute("SELECT notice_id, substr(text, 1, ?) FROM documents", (chars,)))

    @_guarded
    def directives(self, notice_id: str | None = None) -> list[Directive]:
        if notice_id:
            rows = self.db.execute("SELECT * FROM directives WHERE notice_id=?", (notice_id,))
        else:
            rows = self.db.execute("SELECT * FROM directives")
        return [_directive(r) for r in rows]

    @_guarded
    def sentences(self, chunk_ids: Iterable[str]) -> dict[str, tuple[str, bytes]]:
        """{chunk id: (its quotable spans as JSON, their vectors packed)}, for the chunks whose sentences were
        embedded at ingest (none for a notice an older version wrote)."""
        ids = list(chunk_ids) if self._has_sentences else []
        return {r[0]: (r[1], r[2]) for r in self._where_in("SELECT chunk_id, spans, vectors FROM sentences", "chunk_id",
                                                           ids)}

    @_guarded
    def embedded(self, chunk_ids: Iterable[str]) -> set[str]:
        """Those of the chunks whose sentences were embedded at ingest (their vectors not read)."""
        ids = list(chunk_ids) if self._has_sentences else []
        return {r[0] for r in self._where_in("SELECT chunk_id FROM sentences", "chunk_id", ids)}

    @_guarded
    def count_unembedded(self) -> int:
        """Chunks without their sentences' vectors (written by an older version)."""
        if not self._has_sentences:
            return self.count_chunks()
        return self.db.execute("SELECT count(*) FROM chunks WHERE id NOT IN (SELECT chunk_id FROM sentences)"
                               ).fetchone()[0]

    def sentence_vectors(self, chunk_ids: Iterable[str]) -> dict[tuple[str, int, int], list[float]]:
        """{(chunk id, start, end): vector} of the quotable spans embedded at ingest (see `sentences`)."""
        from assistant.store.arrays import unpack

        out: dict[tuple[str, int, int], list[float]] = {}
        for cid, (spans, packed) in self.sentences(chunk_ids).items():
            spans = json.loads(spans)
            out.update(((cid, s, e), v) for (s, e), v in zip(spans, unpack(packed, len(spans)), strict=True))
        return out

    # -- writes ------------------------------------------------------------------------------------
    @_guarded
    def put(self, db: sqlite3.Connection, notice: Notice, text: str, page_starts: list[int],
            chunks: list[Chunk], directives: list[Directive],
            sentences: dict[str, tuple[str, bytes]] | None = None) -> None:
        """Insert one notice with everything it owns (inside `transaction()`); `sentences`: {chunk id: (its
        quotable spans as JSON, their vectors packed)}."""
        db.execute("INSERT INTO notices VALUES (?, ?, ?, ?, ?, ?)",
                   (notice.id, notice.path, notice.source, notice.sha256, json.dumps(notice.to_dict(),
                    ensure_ascii=False), time.time()))
        db.execute("INSERT INTO documents VALUES (?, ?, ?)", (notice.id, text, json.dumps(page_starts)))
        db.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.notice_id, c.ord, c.text, c.section, c.section_no, c.start, c.end, c.page, c.page_end,
              c.part) for c in chunks],
        )
        db.executemany(
            "INSERT INTO directives VALUES (?, ?, ?, ?, ?)",
            [(d.id, d.notice_id, d.assignee_key, d.due, json.dumps(asdict(d), ensure_ascii=False))
             for d in directives],
        )
        db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?)",
                       [(cid, notice.id, spans, vectors) for cid, (spans, vectors) in (sentences or {}).items()])

    @_guarded
    def delete(self, db: sqlite3.Connection, notice_id: str) -> None:
        """Remove one notice with everything it owns (inside `transaction()`)."""
        for table, col in (("notices", "id"), ("documents", "notice_id"), ("chunks", "notice_id"),
                           ("directives", "notice_id"), ("sentences", "notice_id")):
            db.execute(f"DELETE FROM {table} WHERE {col}=?", (notice_id,))
