"""A one-off `notices ask` from the shell: wall time per run, beside the interpreter's own start and `notices
--help` measured in the same run (these machines are noisy: compare the ratios).

    python benchmarks/bench_ask_cli.py [--corpus ../shared/corpus] [--runs 7]

The shared corpus is ingested once into a temporary data dir; every run is a new process, as a person typing
`notices ask "..."` at the prompt starts one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ("Sở Công Thương phải hoàn thành những việc gì trước ngày 31/12/2026?",
             "What deadlines were given to the Science Management Office?",
             "phong quan ly khoa hoc phai hoan thanh viec gi")


def _wall(cmd: list[str], env_dir: Path) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT, env={**os.environ, "NOTICES_DATA_DIR": str(env_dir)})
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args(argv)
    cli = [sys.executable, "-m", "assistant.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        _wall([*cli, "ingest", str(args.corpus)], data)
        _wall([*cli, "ask", QUESTIONS[0]], data)  # the first ask builds the lexical index and warms the disk cache
        rows = {"python -c pass": [], "notices --help": [], "notices ask": []}
        for i in range(args.runs):
            rows["python -c pass"].append(_wall([sys.executable, "-c", "pass"], data))
            rows["notices --help"].append(_wall([*cli, "--help"], data))
            rows["notices ask"].append(_wall([*cli, "ask", QUESTIONS[i % len(QUESTIONS)]], data))
    base = statistics.median(rows["python -c pass"])
    print(f"{'command':<16} {'p50 (s)':>8} {'max (s)':>8} {'p50 / python start':>20}")
    for name, xs in rows.items():
        print(f"{name:<16} {statistics.median(xs):8.2f} {max(xs):8.2f} {statistics.median(xs) / base:20.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
