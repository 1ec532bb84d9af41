"""Directives (who must do what, by when) from a notice's conclusions. Filled in by the task register."""

from __future__ import annotations

from ingest.records import Chunk, Directive, Notice


def extract(notice: Notice, chunks: list[Chunk]) -> list[Directive]:
    return []
