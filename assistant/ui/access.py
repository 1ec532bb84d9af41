"""Who may reach the web app: never a non-loopback address without a password; passwords kept as salted
argon2 hashes (argon2-cffi, the one module that imports it); repeated failed logins locked out for a while."""

from __future__ import annotations

import ipaddress
import os
import threading
import time
from collections import defaultdict, deque
from pathlib import Path

from ingest.errors import ConfigError

MAX_FAILURES = 5  # failed logins of one user name within WINDOW seconds lock it for LOCKOUT seconds
WINDOW = 600.0
LOCKOUT = 300.0
FAIL_DELAY = 0.5  # every failed login waits this long (slows guessing across user names too)


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and "localhost" only; "0.0.0.0" listens on every interface, so it is not."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    """A salted argon2id hash of `password` ("$argon2id$v=19$...")."""
    return _hasher().hash(password)


class Accounts:
    """User names and their password hashes; `check` is what the web app's login calls."""

    def __init__(self, hashes: dict[str, str] | None = None):
        self.hashes = dict(hashes or {})
        self._failures: dict[str, deque] = defaultdict(deque)
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    @classmethod
    def plain(cls, pairs: list[tuple[str, str]]) -> Accounts:
        """From (user, password) pairs given on the command line (hashed in memory, never written)."""
        return cls({user: hash_password(password) for user, password in pairs})

    def __bool__(self) -> bool:
        return bool(self.hashes)

    def check(self, user: str, password: str) -> bool:
        """True for a known user with the right password, unless that user is locked out after failures."""
        from argon2.exceptions import InvalidHashError, VerificationError

        now = time.monotonic()
        with self._lock:
            if self._locked_until.get(user, 0.0) > now:
                return False
        stored = self.hashes.get(user)
        try:
            ok = stored is not None and _hasher().verify(stored, password)
        except (VerificationError, InvalidHashError):
            ok = False
        if ok:
            with self._lock:
                self._failures.pop(user, None)
            return True
        with self._lock:
            fails = self._failures[user]
            fails.append(now)
            while fails and fails[0] < now - WINDOW:
                fails.popleft()
            if len(fails) >= MAX_FAILURES:
                self._locked_until[user] = now + LOCKOUT
                fails.clear()
        time.sleep(FAIL_DELAY)
        return False


def _pair(text: str, where: str) -> tuple[str, str]:
    user, sep, password = text.strip().partition(":")
    if not sep or not user or not password:
        raise ConfigError(f"{where}: expected USER:PASSWORD, got '{text.strip()[:40]}'")
    return user, password


def read_auth_file(path: Path) -> dict[str, str]:
    """USER:HASH lines ('#' comments) as {user: hash}; a password kept in clear is refused."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"--auth-file {path}: cannot read it ({exc.strerror or exc})") from exc
    out: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        user, secret = _pair(line, f"--auth-file {path}, line {n}")
        if not secret.startswith("$argon2"):
            raise ConfigError(f"--auth-file {path}, line {n}: the password of '{user}' is kept in clear; store a "
                              f"hash instead: notices passwd {path} {user}")
        out[user] = secret
    return out


def credentials(auth: str | None = None, auth_file: str | Path | None = None) -> Accounts:
    """Accounts from --auth USER:PASS and/or --auth-file (USER:ARGON2-HASH lines, written by `notices passwd`)."""
    hashes: dict[str, str] = {}
    if auth_file:
        hashes.update(read_auth_file(Path(auth_file)))
        if not hashes:
            raise ConfigError(f"--auth-file {auth_file}: no USER:HASH line in it (add one with `notices passwd`)")
    accounts = Accounts(hashes)
    if auth:
        user, password = _pair(auth, "--auth")
        accounts.hashes[user] = hash_password(password)
    return accounts


def set_password(path: Path, user: str, password: str) -> None:
    """Add or replace `user`'s line in the auth file (created readable by its owner only), atomically."""
    if ":" in user or not user.strip():
        raise ConfigError(f"bad user name '{user}': no colon, not empty")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    entry = f"{user}:{hash_password(password)}"
    kept = [x for x in lines if x.partition(":")[0].strip() != user]
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join([*kept, entry]) + "\n")
    os.replace(tmp, path)


def check_listen(host: str, accounts: Accounts | list) -> None:
    """Raise ConfigError when `host` is reachable from other machines and nobody has to log in."""
    if not accounts and not is_loopback(host):
        raise ConfigError(
            f"refusing to listen on {host} without authentication: other machines could read the archive. "
            "Pass --auth USER:PASSWORD or --auth-file FILE, or listen on 127.0.0.1")
