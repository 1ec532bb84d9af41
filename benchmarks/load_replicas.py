"""Replicas behind a real proxy: one `chroma run`, two `notices serve` replicas (own data dirs, one
--chroma-url) and nginx in front with cookie stickiness; concurrent chat sessions through gradio_client via
nginx while a new notice is ingested through one replica. Prints requests/s, `ask` latency percentiles,
errors, how the sessions were spread, and the seconds until each replica, asked directly, answers from the
new notice.

    python benchmarks/load_replicas.py [--sessions 20] [--seconds 120] [--balance cookie|round-robin]

Needs nginx on PATH (Debian: `apt-get install nginx`). Everything listens on 127.0.0.1 and lives in one temp
dir; every process started here is stopped at the end, on an error or on Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

from load_serve import QUESTIONS, free_port  # the questions and port picking of the one-replica benchmark

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.metrics import percentile

# The new notice: a reader document the shared corpus does not hold, and a question only it answers.
NEW_NOTICE = ROOT / "eval" / "reader" / "docs" / "a-ct-lamdong-pccc-rung.txt"
NEW_QUESTION = "Mùa khô năm trước Lâm Đồng bị cháy rừng bao nhiêu vụ, thiệt hại bao nhiêu ha?"
ASK_TIMEOUT = 60.0  # one `ask` that takes longer counts as an error
# gradio_client makes a new httpx client for each request, which loads the CA bundle even for plain http:
# 38 ms of this process's CPU per ask against 4 ms without (measured here), taken from the 2 cores the
# replicas serve on. Everything here is plain HTTP on loopback, so there is nothing to verify.
CLIENT = {"verbose": False, "ssl_verify": False}
COOKIE = "notices_route"

# Why sticky: one gradio call is a POST that joins the queue and a GET that streams its events, and both must
# reach the process holding that session (so must a login's token and a chat's state). nginx (open source)
# has no `sticky cookie` (that is nginx Plus), so the proxy makes its own: a request without the cookie is
# routed by its $request_id and gets that id as the cookie; later requests carry it and hash to the same
# replica. gradio_client keeps the cookies of its first (config) response for every later call, as a browser
# does. ip_hash would not do: it keys on the first three octets of an IPv4 address, so every 127.0.0.x
# client, and every office behind one NAT, lands on one replica.
NGINX_CONF = """\
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
{user}
events {{ worker_connections 1024; }}
http {{
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;

    map $cookie_{cookie} $route {{ "" $request_id; default $cookie_{cookie}; }}
    map $cookie_{cookie} $new_route {{
        "" "{cookie}=$request_id; Path=/; HttpOnly; SameSite=Lax";
        default "";
    }}
    map $http_upgrade $connection_upgrade {{ default upgrade; "" ""; }}
    log_format replicas '$route|$upstream_addr|$status|$request_time|$request';  # "a, b" when retried
    access_log {tmp}/access.log replicas;

    upstream notices {{
        {balance}
        {servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 100m;  # the Archive tab's uploads (gradio's max_file_size)
        location / {{
            proxy_pass http://notices;
            proxy_http_version 1.1;  # websockets, and keep-alive to the replicas
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_buffering off;  # gradio streams queue events and answers as server-sent events
            proxy_cache off;
            proxy_read_timeout 1h;
            add_header Set-Cookie $new_route;
        }}
    }}
}}
"""


class Processes:
    """The processes this script started, each in its own process group, stopped in reverse order."""

    def __init__(self, logs: Path):
        self.logs = logs
        self.started: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, argv: list[str]) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process's end
        proc = subprocess.Popen(argv, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.started.append((name, proc))
        return proc

    def tail(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text("utf-8", "replace")[-2000:]

    def stop(self) -> None:
        for _name, proc in reversed(self.started):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for _name, proc in reversed(self.started):
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


def wait_http(url: str, proc: subprocess.Popen, seconds: float, what: str, procs: Processes,
              name: str) -> float:
    """Seconds until `url` answers 200; fails with the process's log when it exits or `seconds` pass."""
    t = time.monotonic()
    while time.monotonic() - t < seconds:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return time.monotonic() - t
        except OSError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"{what} exited ({proc.returncode}):\n{procs.tail(name)}")
        time.sleep(0.5)
    raise SystemExit(f"{what} did not answer {url} within {seconds:.0f} s:\n{procs.tail(name)}")


def cli(*argv: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant.cli", *argv], check=False, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def ask(client, question: str) -> tuple[float, dict | None, str | None]:
    """(seconds, answer, error) of one `ask`, bounded by ASK_TIMEOUT."""
    t = time.perf_counter()
    try:
        got = client.submit(question=question, api_name="/ask").result(timeout=ASK_TIMEOUT)
        took = time.perf_counter() - t
        settle(client)
        if not (isinstance(got, dict) and "answer" in got):
            return took, None, f"bad reply {str(got)[:100]}"
        return took, got, None
    except Exception as exc:  # noqa: BLE001 - every failure counts
        return time.perf_counter() - t, None, f"{type(exc).__name__}: {exc}"[:200]


def settle(client, limit: float = 1.0) -> None:
    """Wait until the client's event stream has closed (at most `limit` s, not counted in the ask's latency).
    Gradio ends a session's stream right after its last pending event completes ("close_stream"); gradio_client
    (2.7) registers a new submit made before its reader has read that message on the closing stream, and cancels
    it when the message arrives (a `CancelledError`, though the server answers). A person never asks again within
    milliseconds of an answer; a session asking without pause would, about once in 2,000 asks."""
    end = time.monotonic() + limit
    while getattr(client, "stream_open", False) and time.monotonic() < end:
        time.sleep(0.002)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cites(answer: dict | None, source: str) -> bool:
    return bool(answer) and any(c["source"] == source for c in answer["citations"])


def nginx_conf(tmp: Path, port: int, replicas: list[str], balance: str) -> Path:
    for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp / d).mkdir()
    user = ""
    if os.geteuid() == 0:  # the master runs as root and its workers as nobody: let them use the temp dirs
        import pwd

        nobody = pwd.getpwnam("nobody")
        user = "user nobody nogroup;"
        os.chmod(tmp, 0o711)
        for d in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            os.chown(tmp / d, nobody.pw_uid, nobody.pw_gid)
    conf = tmp / "nginx.conf"
    conf.write_text(NGINX_CONF.format(
        tmp=tmp, user=user, cookie=COOKIE, port=port,
        balance="hash $route consistent;" if balance == "cookie" else "# round-robin: no stickiness",
        servers="\n        ".join(f"server {r};" for r in replicas)), "utf-8")
    return conf


def spread(access_log: Path) -> tuple[Counter, int, int]:
    """(routes per replica, routes seen on more than one replica, 5xx responses) from nginx's access log."""
    where: dict[str, set[str]] = defaultdict(set)
    failed = 0
    for line in access_log.read_text("utf-8", "replace").splitlines():
        route, upstream, status, *_ = line.split("|")
        where[route].add(upstream)
        failed += status.startswith("5")
    alone = Counter(next(iter(u)) for u in where.values() if len(u) == 1)
    return alone, sum(len(u) > 1 for u in where.values()), failed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--think", type=float, default=0.0,
                    help="seconds a person waits between questions (0: none)")
    ap.add_argument("--ingest-at", type=float, default=None,
                    help="seconds into the run to ingest the new notice (default: a quarter of --seconds)")
    ap.add_argument("--wait-new", type=float, default=120,
                    help="give up on the new notice after this many seconds")
    ap.add_argument("--balance", choices=["cookie", "round-robin"], default="cookie",
                    help="round-robin: no stickiness, to see what it breaks")
    ap.add_argument("--direct", action="store_true",
                    help="sessions ask the replicas directly, half each (a control run without the proxy)")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = ap.parse_args()
    if not shutil.which("nginx"):
        raise SystemExit("nginx is not installed (Debian: apt-get install nginx)")
    from gradio_client import Client

    def interrupted(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGINT, interrupted)  # also when started in the background, where SIGINT is ignored
    work = Path(tempfile.mkdtemp(prefix="load-replicas-"))
    (work / "logs").mkdir()
    procs = Processes(work / "logs")
    try:
        run(args, work, procs, Client)
    except KeyboardInterrupt:
        print("interrupted: stopping everything", file=sys.stderr)
    finally:
        procs.stop()
        shutil.rmtree(work, ignore_errors=True)


def run(args, work: Path, procs: Processes, Client) -> None:
    load_start = os.getloadavg()
    chroma_port = free_port()
    chroma_url = f"http://127.0.0.1:{chroma_port}"
    chroma = procs.start("chroma", [str(Path(sys.executable).parent / "chroma"), "run", "--path",
                                    str(work / "chroma"), "--host", "127.0.0.1", "--port", str(chroma_port)])
    wait_http(f"{chroma_url}/api/v2/heartbeat", chroma, 90, "chroma run", procs, "chroma")
    data = [work / "replica-a", work / "replica-b"]
    t = time.perf_counter()
    done = cli("ingest", str(Path(args.corpus) / "notices"), "--data-dir", str(data[0]),
               "--chroma-url", chroma_url, "--json", timeout=900)
    if done.returncode:
        raise SystemExit(f"ingest of the corpus failed:\n{done.stderr[-2000:]}")
    print(f"corpus ingested through replica a: {time.perf_counter() - t:.1f} s")

    ports = [free_port(), free_port()]
    replicas = []
    for name, d, port in zip("ab", data, ports, strict=True):
        replicas.append(procs.start(f"replica-{name}", [
            sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), "--data-dir", str(d),
            "--chroma-url", chroma_url, "--json"]))
    direct = [f"http://127.0.0.1:{p}/" for p in ports]
    for name, url, proc in zip("ab", direct, replicas, strict=True):
        up = wait_http(f"{url}config", proc, 180, f"replica {name}", procs, f"replica-{name}")
        print(f"replica {name} up on {url} (pid {proc.pid}, {up:.1f} s)")

    proxy_port = free_port()
    conf = nginx_conf(work, proxy_port, [f"127.0.0.1:{p}" for p in ports], args.balance)
    nginx = ["nginx", "-p", f"{work}/", "-e", str(work / "error.log"), "-c", str(conf)]
    checked = subprocess.run([*nginx, "-t"], check=False, capture_output=True, text=True, timeout=30)
    if checked.returncode:
        raise SystemExit(f"nginx refused the config {conf}:\n{checked.stderr}")
    proxy = procs.start("nginx", nginx)
    proxy_url = f"http://127.0.0.1:{proxy_port}/"
    wait_http(f"{proxy_url}config", proxy, 30, "nginx", procs, "nginx")

    source = NEW_NOTICE.name
    pollers = [Client(url, **CLIENT) for url in direct]
    for name, client in zip("ab", pollers, strict=True):
        _, got, err = ask(client, NEW_QUESTION)
        if err or cites(got, source):
            raise SystemExit(f"replica {name} before the new notice: {err or 'already cites ' + source}")

    latencies: list[float] = []
    errors: list[str] = []
    ended: list[float] = []  # when each session stopped asking
    lock = threading.Lock()
    stop = threading.Event()
    t0 = time.monotonic()
    deadline = t0 + args.seconds

    def session(n: int) -> None:
        rnd = random.Random(n)
        try:
            client = Client(direct[n % 2] if args.direct else proxy_url, **CLIENT)
        except Exception as exc:  # noqa: BLE001 - a session that cannot open is an error too
            with lock:
                errors.append(f"open: {type(exc).__name__}: {exc}"[:200])
            return
        for _ in range(100_000):
            if stop.is_set() or time.monotonic() >= deadline:
                break
            took, _, err = ask(client, rnd.choice(QUESTIONS))
            with lock:
                latencies.append(took)
                if err:
                    errors.append(f"{err} (at {time.monotonic() - t0:.0f} s)")
            if args.think:
                stop.wait(rnd.uniform(0.5, 1.5) * args.think)
        with lock:
            ended.append(time.monotonic())

    measured = {"this client": os.getpid(), "replica a": replicas[0].pid, "replica b": replicas[1].pid,
                "chroma": chroma.pid, "nginx": proxy.pid}
    cpu_before = {k: cpu_seconds(pid) for k, pid in measured.items()}
    threads = [threading.Thread(target=session, args=(i,), daemon=True) for i in range(args.sessions)]
    for th in threads:
        th.start()
    stop.wait(args.seconds / 4 if args.ingest_at is None else args.ingest_at)

    # The new notice goes in through replica a's data dir, as `notices ingest` on that machine would.
    new = work / "new"
    new.mkdir()
    shutil.copy(NEW_NOTICE, new / source)
    t_ingest = time.monotonic()
    done = cli("ingest", str(new), "--data-dir", str(data[0]), "--chroma-url", chroma_url, "--json",
               timeout=600)
    ingested = time.monotonic()
    if done.returncode:
        stop.set()
        raise SystemExit(f"ingest of the new notice failed:\n{done.stderr[-2000:]}")
    seen: dict[str, float] = {}
    first_took: dict[str, float] = {}  # that answer's own latency: the replica caught up while answering it
    polls = 0
    while len(seen) < 2 and time.monotonic() - ingested < args.wait_new and polls < 10_000:
        for name, client in zip("ab", pollers, strict=True):
            if name not in seen:
                took, got, _ = ask(client, NEW_QUESTION)
                polls += 1
                if cites(got, source):
                    seen[name], first_took[name] = time.monotonic() - ingested, took
        time.sleep(0.5)

    for th in threads:
        th.join(timeout=max(0.0, deadline - time.monotonic()) + ASK_TIMEOUT + 5)
    stop.set()
    elapsed = max(ended, default=time.monotonic()) - t0
    cpu = {k: cpu_seconds(pid) - cpu_before[k] for k, pid in measured.items()}
    load_end = os.getloadavg()
    routes, split_routes, failed = spread(work / "access.log")

    lat = [x * 1000 for x in latencies]
    via = "directly (no proxy)" if args.direct else f"via nginx ({args.balance})"
    print(f"{args.sessions} sessions {via}, {args.seconds:.0f} s, think "
          f"{args.think:.1f} s, {os.cpu_count()} cores, load average {load_start[0]:.2f} at start, "
          f"{load_end[0]:.2f} at the end")
    print(f"asks: {len(lat)} ({len(lat) / elapsed:.1f}/s), errors {len(errors)}")
    print(f"ask latency p50 {percentile(lat, 50):.0f} ms, p95 {percentile(lat, 95):.0f} ms, "
          f"p99 {percentile(lat, 99):.0f} ms, max {max(lat, default=0):.0f} ms")
    by_port = {f"127.0.0.1:{p}": n for p, n in zip(ports, "ab", strict=True)}
    spread_text = ", ".join(f"{by_port.get(u, u)} {c}" for u, c in sorted(routes.items()))
    print(f"clients (route cookies) per replica: {spread_text}; cookies sent to both replicas: "
          f"{split_routes}; nginx 5xx: {failed}")
    answered = ", ".join(f"by replica {n} after {seen[n]:.1f} s (that ask {first_took[n]:.2f} s)" if n in seen
                         else f"NOT by replica {n} within {args.wait_new:.0f} s" for n in "ab")
    print(f"new notice {source} ingested through replica a in {ingested - t_ingest:.1f} s (at "
          f"{t_ingest - t0:.0f} s); answered from it {answered}")
    per_ask = ", ".join(f"{k} {v * 1000 / max(1, len(lat)):.0f} ms" for k, v in cpu.items())
    print(f"CPU per ask (processes' CPU time over the run / asks): {per_ask}; the machine had "
          f"{elapsed * (os.cpu_count() or 1) * 1000 / max(1, len(lat)):.0f} ms")
    for e, c in Counter(errors).most_common(10):
        print(f"  error x{c}: {e}")
    if errors:  # where it went wrong: what nginx saw, and what the replicas said
        statuses = Counter(line.split("|")[2] for line in (work / "access.log").read_text().splitlines())
        print(f"  nginx responses by status: {dict(statuses)}")
        for name in ("replica-a", "replica-b"):
            said = [x for x in procs.tail(name).splitlines() if "Error" in x or "Traceback" in x]
            print(f"  {name} log: {said[-3:] or 'no error'}")
        print("  nginx error.log: " + (work / "error.log").read_text()[-1000:].strip())


if __name__ == "__main__":
    main()
