"""`notices`: the command line. Each command group is a module of this package; commands of other layers
(`notices eval`) are plugins found through the `notices.commands` entry-point group, so nothing here
imports them. Turns named errors into messages and exit codes."""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import entry_points

from ingest.errors import NoticesError

PLUGINS = "notices.commands"  # entry-point group: `register(subparsers, common_parser)` callables


def build_parser() -> argparse.ArgumentParser:
    """Every command: the built-in groups, then the plugins."""
    from assistant.cli import query, serve, store
    from assistant.cli.context import common_options

    common = common_options()
    p = argparse.ArgumentParser(prog="notices", description="Cited answers over archives of Vietnamese "
                                "meeting-conclusion notices (Thông báo kết luận).")
    sub = p.add_subparsers(dest="command", required=True)
    for group in (store, query, serve):
        group.register(sub, common)
    for ep in sorted(entry_points(group=PLUGINS), key=lambda e: e.name):
        ep.load()(sub, common)
    return p


def main(argv: list[str] | None = None) -> int:
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `notices list | head` ends quietly
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except NoticesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
