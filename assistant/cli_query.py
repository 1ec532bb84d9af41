"""CLI commands that query the index: search, ask, chat, tasks, eval, serve."""

from __future__ import annotations

from assistant.cli import _EXTRA  # noqa: F401
