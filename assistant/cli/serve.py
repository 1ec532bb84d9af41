"""`notices serve`: the web app (gradio is imported only when the command runs); `notices passwd`: its logins."""

from __future__ import annotations

import argparse
from pathlib import Path

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


def cmd_passwd(args: argparse.Namespace) -> int:
    import getpass
    import sys

    from assistant.ui.access import set_password
    from ingest.errors import BadInput

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.user}: ")
        if getpass.getpass("again: ") != password:
            raise BadInput("the two passwords differ; nothing was written")
    if len(password) < 8:
        raise BadInput("a password needs at least 8 characters; nothing was written")
    set_password(Path(args.file), args.user, password)
    print(f"{args.file}: password of {args.user} stored as an argon2 hash (use: notices serve --auth-file {args.file})")
    return 0


def register(sub, common) -> None:
    s = sub.add_parser("serve", parents=[common], help="open the web app (chat, search, tasks, archive)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; any other "
                   "address needs --auth or --auth-file)")
    s.add_argument("--port", type=int, default=7860)
    who = s.add_mutually_exclusive_group()
    who.add_argument("--auth", metavar="USER:PASS", help="require this login")
    who.add_argument("--auth-file", metavar="FILE", help="require a login from FILE (USER:HASH lines written by "
                     "`notices passwd`)")
    s.set_defaults(func=cmd_serve)
    s = sub.add_parser("passwd", parents=[common], help="add a login to an --auth-file (or change its password)")
    s.add_argument("file", help="the auth file (created if missing, readable by you only)")
    s.add_argument("user")
    s.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    s.set_defaults(func=cmd_passwd)

