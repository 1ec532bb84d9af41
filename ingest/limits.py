"""How much one file may ask of ingest: bounded size, pages, characters, unpacked size and time, so one hostile
or huge file is refused with its reason in seconds instead of filling the memory."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ingest.errors import RejectedFile


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 100_000_000  # a scanned PDF of a few hundred pages; NOTICES_MAX_FILE_MB
    text_chars: int = 2_000_000  # about 300 notices' worth of text; NOTICES_MAX_CHARS
    pages: int = 1000  # NOTICES_MAX_PAGES
    unpacked_bytes: int = 200_000_000  # what a .docx may unzip to (a zip bomb unpacks to gigabytes)
    seconds: float = 120.0  # to read and parse one file; NOTICES_MAX_SECONDS


@dataclass
class Budget:
    """The time one file may take, checked between the steps of reading it."""

    path: str
    limits: Limits
    started: float = field(default_factory=time.monotonic)

    def check(self, step: str) -> None:
        if time.monotonic() - self.started > self.limits.seconds:
            raise RejectedFile(self.path, f"took longer than {self.limits.seconds:.0f} s ({step}); the limit is "
                               "NOTICES_MAX_SECONDS")

    def exclude(self, seconds: float) -> None:
        """Leave `seconds` out of the time taken (OCR: bounded per page instead, see ingest/ocr/engine.py)."""
        self.started += seconds

    def chars(self, n: int) -> None:
        if n > self.limits.text_chars:
            raise RejectedFile(self.path, f"too much text ({n:,} characters; the limit is "
                               f"{self.limits.text_chars:,}, NOTICES_MAX_CHARS): split the file")
