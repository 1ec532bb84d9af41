"""Who may reach the web app: never a non-loopback address without a password."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from ingest.errors import ConfigError


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and "localhost" only; "0.0.0.0" listens on every interface, so it is not."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def _pair(text: str, where: str) -> tuple[str, str]:
    user, sep, password = text.strip().partition(":")
    if not sep or not user or not password:
        raise ConfigError(f"{where}: expected USER:PASSWORD, got '{text.strip()[:40]}'")
    return user, password


def credentials(auth: str | None = None, auth_file: str | Path | None = None) -> list[tuple[str, str]]:
    """Accounts from --auth USER:PASS and/or --auth-file (one USER:PASS a line, '#' comments)."""
    out: list[tuple[str, str]] = []
    if auth:
        out.append(_pair(auth, "--auth"))
    if auth_file:
        path = Path(auth_file)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"--auth-file {path}: cannot read it ({exc.strerror or exc})") from exc
        for n, line in enumerate(lines, 1):
            if line.strip() and not line.lstrip().startswith("#"):
                out.append(_pair(line, f"--auth-file {path}, line {n}"))
        if not out:
            raise ConfigError(f"--auth-file {path}: no USER:PASSWORD line in it")
    return out


def check_listen(host: str, accounts: list[tuple[str, str]]) -> None:
    """Raise ConfigError when `host` is reachable from other machines and nobody has to log in."""
    if not accounts and not is_loopback(host):
        raise ConfigError(
            f"refusing to listen on {host} without authentication: other machines could read the archive. "
            "Pass --auth USER:PASSWORD or --auth-file FILE, or listen on 127.0.0.1")
