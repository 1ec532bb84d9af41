"""The catalog: notices, chunks, original texts and directives in one SQLite file (source of truth)."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path

from ingest.records import Chunk, Directive, Notice

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS notices (
    id TEXT PRIMARY KEY, path TEXT UNIQUE, source TEXT, sha256 TEXT, data TEXT, ingested_at REAL);
CREATE TABLE IF NOT EXISTS documents (notice_id TEXT PRIMARY KEY, text TEXT, page_starts TEXT);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, notice_id TEXT, ord INTEGER, text TEXT, section TEXT, section_no TEXT,
    start INTEGER, "end" INTEGER, page INTEGER, page_end INTEGER, part TEXT);
CREATE INDEX IF NOT EXISTS chunks_notice ON chunks(notice_id);
CREATE TABLE IF NOT EXISTS directives (
    id TEXT PRIMARY KEY, notice_id TEXT, assignee_key TEXT, due TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS directives_notice ON directives(notice_id);
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


class Catalog:
    """SQLite beside Chroma. `generation` grows with every change so caches know when they are stale."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        self.db.row_factory = sqlite3.Row
        self.db.executescript(_SCHEMA)
        self.db.execute("PRAGMA journal_mode=WAL")

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        return int(self.get_meta("generation") or 0)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing change that also bumps the generation."""
        with self.db:
            yield self.db
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(self.generation + 1),))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('last_ingest', ?)", (str(time.time()),))

    # -- reads -------------------------------------------------------------------------------------
    def notice_by_path(self, path: str) -> Notice | None:
        row = self.db.execute("SELECT * FROM notices WHERE path=?", (path,)).fetchone()
        return _notice(row) if row else None

    def notice(self, notice_id: str) -> Notice | None:
        row = self.db.execute("SELECT * FROM notices WHERE id=?", (notice_id,)).fetchone()
        return _notice(row) if row else None

    def notices(self) -> list[Notice]:
        return [_notice(r) for r in self.db.execute("SELECT * FROM notices ORDER BY source, path")]

    def find(self, key: str) -> list[Notice]:
        """Notices whose id, id prefix, file name or path is `key`."""
        rows = self.db.execute(
            "SELECT * FROM notices WHERE id=? OR source=? OR path=? OR (length(?)>=6 AND id LIKE ?||'%')",
            (key, key, key, key, key),
        ).fetchall()
        return [_notice(r) for r in rows]

    def all_chunk_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM chunks ORDER BY notice_id, ord")]

    def chunk_ids(self, notice_id: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM chunks WHERE notice_id=?", (notice_id,))]

    def chunks(self, ids: list[str] | None = None) -> list[Chunk]:
        if ids is None:
            rows = self.db.execute("SELECT * FROM chunks ORDER BY notice_id, ord").fetchall()
            return [_chunk(r) for r in rows]
        out: dict[str, Chunk] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            q = f"SELECT * FROM chunks WHERE id IN ({','.join('?' * len(part))})"
            out.update({r["id"]: _chunk(r) for r in self.db.execute(q, part)})
        return [out[i] for i in ids if i in out]

    def chunks_of(self, notice_id: str) -> list[Chunk]:
        rows = self.db.execute("SELECT * FROM chunks WHERE notice_id=? ORDER BY ord", (notice_id,))
        return [_chunk(r) for r in rows]

    def count_chunks(self, notice_id: str | None = None) -> int:
        if notice_id:
            return self.db.execute("SELECT count(*) FROM chunks WHERE notice_id=?", (notice_id,)).fetchone()[0]
        return self.db.execute("SELECT count(*) FROM chunks").fetchone()[0]

    def document(self, notice_id: str) -> tuple[str, list[int]] | None:
        row = self.db.execute("SELECT text, page_starts FROM documents WHERE notice_id=?", (notice_id,)).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def heads(self, chars: int = 1500) -> dict[str, str]:
        """The opening `chars` of every document (where a notice names its province, issuer and subject)."""
        return dict(self.db.execute("SELECT notice_id, substr(text, 1, ?) FROM documents", (chars,)))

    def directives(self, notice_id: str | None = None) -> list[Directive]:
        if notice_id:
            rows = self.db.execute("SELECT * FROM directives WHERE notice_id=?", (notice_id,))
        else:
            rows = self.db.execute("SELECT * FROM directives")
        return [_directive(r) for r in rows]

    # -- writes ------------------------------------------------------------------------------------
    def put(self, db: sqlite3.Connection, notice: Notice, text: str, page_starts: list[int],
            chunks: list[Chunk], directives: list[Directive]) -> None:
        """Insert one notice with everything it owns (inside `transaction()`)."""
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

    def delete(self, db: sqlite3.Connection, notice_id: str) -> None:
        """Remove one notice with everything it owns (inside `transaction()`)."""
        for table, col in (("notices", "id"), ("documents", "notice_id"), ("chunks", "notice_id"),
                           ("directives", "notice_id")):
            db.execute(f"DELETE FROM {table} WHERE {col}=?", (notice_id,))
