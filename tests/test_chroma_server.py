"""Client/server mode against a real `chroma run` process: replicas with their own data dirs share one
Chroma server; the catalog, lexical index and task register of a fresh replica are rebuilt from it."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import LAO_CAI, N1226, QUANG_TRI

from assistant import cli
from assistant.assistant import Assistant
from assistant.index import Index
from assistant.indexer import ingest, remove
from assistant.settings import Settings

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    exe = Path(sys.executable).parent / "chroma"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(exe), "run", "--path", str(tmp_path_factory.mktemp("chroma-server")), "--host",
                             "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("chroma run exited before it answered")
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("chroma run did not answer its heartbeat within 90 s")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def _index(data_dir, url, e5) -> Index:
    return Index(Settings.from_env(data_dir=data_dir, chroma_url=url), embeddings=e5)


def test_replicas_share_a_chroma_server(chroma_url, corpus, e5, tmp_path, capsys, monkeypatch):
    arch = tmp_path / "arch"
    arch.mkdir()
    for name in (QUANG_TRI, LAO_CAI, N1226):
        shutil.copy(corpus / "notices" / name, arch / name)
    a = _index(tmp_path / "a", chroma_url, e5)
    report = ingest(a, [arch])
    assert len(report.added) == 3 and a.vectors.count() == a.catalog.count_chunks()

    b = _index(tmp_path / "b", chroma_url, e5)  # a fresh replica: nothing on its disk
    assert {n.source for n in b.catalog.notices()} == {QUANG_TRI, LAO_CAI, N1226}
    assert b.catalog.count_chunks() == a.catalog.count_chunks()
    assert len(b.catalog.directives()) == len(a.catalog.directives()) > 20
    assistant = Assistant(b.settings, index=b)
    hits = assistant.search("phong quan ly khoa hoc ho so cham dut hop dong", 3)
    assert hits[0].notice.source == QUANG_TRI
    dated = [r["due"] for r in assistant.tasks(unit="Phòng Quản lý Khoa học") if r["due"]]
    assert dated == ["2023-09-30", "2023-10-31", "2023-12-10", "2023-12-31", "2024-03-31"]
    answer = assistant.ask("Ai ký thông báo 1226/TB-BKHCN?")
    assert "Nguyễn Mai Dương" in answer.answer

    b.refresh_seconds = 3600
    remove(a, LAO_CAI)
    assert [r for r in assistant.tasks() if r["source"] == LAO_CAI]  # b has not looked again yet
    b.refresh_seconds = 0
    assert not [r for r in assistant.tasks() if r["source"] == LAO_CAI]  # caught up before answering
    assert LAO_CAI not in {n.source for n in b.catalog.notices()}

    monkeypatch.setenv("NOTICES_CHROMA_URL", chroma_url)
    assert cli.main(["list", "--json", "--data-dir", str(tmp_path / "c")]) == 0
    assert {r["source"] for r in json.loads(capsys.readouterr().out)} == {QUANG_TRI, N1226}


def test_unreachable_server_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["list", "--data-dir", str(tmp_path), "--chroma-url", "http://127.0.0.1:9"]) == 2
    assert "cannot reach the Chroma server" in capsys.readouterr().err
