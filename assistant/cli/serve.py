"""`notices serve`: the web app (gradio is imported only when the command runs)."""

from __future__ import annotations

import argparse

from assistant.cli.context import settings


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.ui.access import check_listen, credentials

    # Checked before anything loads: an unsafe address fails fast, with the fix in the message.
    accounts = credentials(args.auth, args.auth_file)
    check_listen(args.host, accounts)

    from assistant.assistant import Assistant
    from assistant.ui.app import serve

    assistant = Assistant(settings(args))
    print(f"Trợ lý Thông báo kết luận: http://{args.host}:{args.port}  (Ctrl-C để dừng / to stop)")
    serve(assistant, args.host, args.port, accounts or None, block=True, quiet=args.json)
    return 0


def register(sub, common) -> None:
    s = sub.add_parser("serve", parents=[common], help="open the web app (chat, search, tasks, archive)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; any other "
                   "address needs --auth or --auth-file)")
    s.add_argument("--port", type=int, default=7860)
    who = s.add_mutually_exclusive_group()
    who.add_argument("--auth", metavar="USER:PASS", help="require this login")
    who.add_argument("--auth-file", metavar="FILE", help="require a login from FILE (one USER:PASS a line)")
    s.set_defaults(func=cmd_serve)

