"""One writer per data dir: an OS file lock on `<data>/.lock` (filelock, the one module that imports it), and who
holds it (pid, since when, doing what) in `<data>/.lock.json`, so a second writer can say whom it waits for.

Readers never take it. Ingest, remove, rebuild, the web app's uploads and every clean-up do; the lock is
re-entrant within a thread and blocks other threads and other processes alike.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.errors import Locked, StoreError


class WriterLock:
    def __init__(self, data_dir: Path):
        from filelock import FileLock

        self.path = data_dir / ".lock"
        self.info = data_dir / ".lock.json"
        # One lock object per path in this process (re-entrant for the thread that holds it, whichever Index
        # asks), with a context per thread, so another thread waits as another process does.
        self._lock = FileLock(str(self.path), thread_local=True, is_singleton=True)

    def holder(self) -> dict:
        """Who holds the lock, as they wrote it ({} when unknown)."""
        try:
            return json.loads(self.info.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def _busy(self) -> str:
        h = self.holder()
        since = time.strftime("%H:%M", time.localtime(h["since"])) if h.get("since") else "?"
        return f"another {h.get('what', 'writer')} is running (pid {h.get('pid', '?')}, since {since})"

    @contextmanager
    def hold(self, what: str, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the lock for `what` ("ingest", "remove" ...). Busy: wait (telling `on_wait` once), or raise
        Locked when `wait` is False."""
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            if not wait:
                raise Locked(f"{self._busy()}: try again when it is done, or leave out --no-wait to wait") from None
            if on_wait:
                on_wait(self._busy() + "; waiting")
            self._lock.acquire()
        except OSError as exc:
            raise StoreError(f"cannot lock {self.path} ({exc.strerror or exc}): is the data dir writable? "
                             "Choose another --data-dir") from exc
        outermost = self._lock.lock_counter == 1
        try:
            if outermost:
                tmp = self.info.with_name(f".lock.{os.getpid()}.tmp")
                tmp.write_text(json.dumps({"pid": os.getpid(), "since": time.time(), "what": what}), "utf-8")
                tmp.replace(self.info)
            yield
        finally:
            if outermost:
                self.info.unlink(missing_ok=True)
            self._lock.release()
