"""Load during writes: concurrent chat sessions through gradio_client against `notices serve`, while a CLI
ingest of 40 notices and a loop of CLI searches run on the same data dir. Prints requests, latency
percentiles, errors, and `notices check` at the end (0 vectors lost is the floor).

    python benchmarks/load_serve.py [--sessions 20] [--seconds 120] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.metrics import percentile  # noqa: E402

# The benchmark's own questions over the corpus (Vietnamese, without diacritics, English; some unanswerable).
QUESTIONS = [json.loads(x)["question"] for x in (ROOT / "eval" / "sets" / "notices.jsonl").read_text("utf-8").splitlines()
             if x.strip()]


def cli(data: Path, *argv: str, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "NOTICES_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, **kw)


def forty_notices(corpus: Path, into: Path) -> int:
    """The reader's set, the sample archive and renumbered copies of the corpus's notices: 40 files."""
    into.mkdir(parents=True)
    files = sorted((ROOT / "eval" / "reader" / "docs").iterdir()) + sorted((ROOT / "ingest" / "sample" / "archive").iterdir())
    for f in files[:36]:
        shutil.copy(f, into / f.name)
    for i, f in enumerate(sorted((corpus / "notices").glob("TB-*.txt"))[:4]):
        (into / f"copy-{i}-{f.name}").write_text(f.read_text("utf-8").replace("Số:", f"Số: {900 + i}", 1), "utf-8")
    return len(list(into.iterdir()))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--think", type=float, default=0.0, help="seconds a person waits between questions (0: none)")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = ap.parse_args()
    from gradio_client import Client

    work = Path(tempfile.mkdtemp(prefix="load-serve-"))
    data = work / "data"
    t = time.perf_counter()
    assert cli(data, "ingest", str(Path(args.corpus) / "notices")).returncode == 0
    print(f"index: {data} (the corpus's notices, {time.perf_counter() - t:.1f} s)")
    port = free_port()
    log = work / "serve.log"  # a file, not a pipe nobody reads: a full pipe would stall the server's event loop
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), "--json"],
                              cwd=ROOT, env={**os.environ, "NOTICES_DATA_DIR": str(data)},
                              stdout=subprocess.DEVNULL, stderr=log.open("w"), text=True)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(240):
        try:
            Client(url, verbose=False)
            break
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.5)
    else:
        raise SystemExit(f"the server did not start: {log.read_text()[-2000:]}")
    files = forty_notices(Path(args.corpus), work / "new")
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + args.seconds

    def session(n: int) -> None:
        client = Client(url, verbose=False)
        rnd = random.Random(n)
        while time.monotonic() < stop:
            q = rnd.choice(QUESTIONS)
            t0 = time.perf_counter()
            try:
                got = client.predict(question=q, api_name="/ask")
                ok = isinstance(got, dict) and "answer" in got
                err = None if ok else f"bad reply {str(got)[:100]}"
            except Exception as exc:  # noqa: BLE001 - every failure counts
                err = f"{type(exc).__name__}: {exc}"[:200]
            with lock:
                latencies.append(time.perf_counter() - t0)
                if err:
                    errors.append(err)
            if args.think:
                time.sleep(rnd.uniform(0.5, 1.5) * args.think)

    searches = {"runs": 0, "failed": 0}

    def search_loop() -> None:
        while time.monotonic() < stop:
            done = cli(data, "search", "Sở Tài chính", "--json")
            searches["runs"] += 1
            searches["failed"] += done.returncode != 0

    threads = [threading.Thread(target=session, args=(i,)) for i in range(args.sessions)]
    threads.append(threading.Thread(target=search_loop))
    for th in threads:
        th.start()
    t_ingest = time.perf_counter()
    ingested = cli(data, "ingest", str(work / "new"), "--json")
    ingest_s = time.perf_counter() - t_ingest
    for th in threads:
        th.join()
    server.terminate()
    server.wait(timeout=30)
    checked = cli(data, "check", "--json")
    report = json.loads(checked.stdout)
    lat = [x * 1000 for x in latencies]
    print(f"sessions {args.sessions}, think {args.think:.1f} s, {args.seconds:.0f} s, {os.cpu_count()} cores: {len(lat)} asks "
          f"({len(lat) / args.seconds:.1f}/s), errors {len(errors)}")
    print(f"ask latency p50 {percentile(lat, 50):.0f} ms, p95 {percentile(lat, 95):.0f} ms, "
          f"p99 {percentile(lat, 99):.0f} ms")
    print(f"CLI ingest of {files} files beside it: exit {ingested.returncode}, {ingest_s:.1f} s; "
          f"CLI searches: {searches['runs']} runs, {searches['failed']} failed")
    print(f"notices check: exit {checked.returncode}, {report['documents']} documents, {report['chunks']} chunks, "
          f"{report['vectors']} vectors, missing {report['missing_vectors']}, problems {report['problems']}")
    for e in sorted(set(errors))[:10]:
        print("  error:", e)
    failures = [line for line in log.read_text("utf-8", "replace").splitlines() if "Error" in line]
    for line in sorted(set(failures))[:10]:
        print("  server:", line[:300])
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
