"""Reliability: several processes on one data dir never lose vectors; hostile, huge and damaged inputs get a
named reason; a damaged or read-only store gets one line and a command that repairs it, never a traceback.
Each test reproduces a failure seen on an earlier version (issue 16), with real processes and real stores."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import LAO_CAI, N1226, NOTICE_LINES, QUANG_TRI, ROOT

from assistant.health import check
from assistant.index import Index
from assistant.indexer import ingest
from assistant.settings import Settings
from assistant.store.lexical import Lexical
from ingest.errors import Locked
from ingest.pipeline import parse_file


def notices(data: Path, *argv: str, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    """`notices ARGV` in a process of its own, on `data`."""
    env = {**os.environ, "NOTICES_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout, **kw)


def spawn(data: Path, *argv: str) -> subprocess.Popen:
    env = {**os.environ, "NOTICES_DATA_DIR": str(data)}
    return subprocess.Popen([sys.executable, "-m", "assistant.cli", *argv], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def settings(data: Path) -> Settings:
    return Settings.from_env(data_dir=data, chroma_url="")


def whole(data: Path, e5) -> dict:
    report = check(Index(settings(data), embeddings=e5))
    assert report["ok"], report["problems"]
    return report


# -- 1. a reader deletes an ingest's vectors -------------------------------------------------------------
def test_opening_the_index_deletes_nothing_another_process_is_writing(tmp_path, corpus, e5):
    data = tmp_path / "data"
    index = Index(settings(data), embeddings=e5)
    ingest(index, [corpus / "notices" / LAO_CAI])
    # Another writer's vectors, written but not yet committed to the catalog (its commit comes last).
    vec = e5.embed_documents(["Sở Tài chính hoàn thành trước ngày 30/6/2026."])
    index.vectors.add(["pending:0000"], vec, [{"notice_id": "pending"}], ["..."])
    for argv in (["list"], ["search", "Sở Tài chính", "--top-k", "3"], ["ask", "Sở Tài chính phải làm gì?"]):
        done = notices(data, *argv)
        assert done.returncode == 0, done.stderr
    assert "pending:0000" in Index(settings(data), embeddings=e5).vectors.ids()


def test_searches_while_an_ingest_writes_never_fail_and_lose_nothing(tmp_path, corpus, e5):
    data = tmp_path / "data"
    assert notices(data, "ingest", str(corpus / "notices" / QUANG_TRI)).returncode == 0
    writer = spawn(data, "ingest", str(corpus))
    failures, searches = [], 0
    while writer.poll() is None or searches < 3:
        done = notices(data, "search", "Phòng Quản lý Khoa học", "--json")
        searches += 1
        if done.returncode != 0:
            failures.append(done.stderr[-500:])
    assert writer.wait() == 0, writer.stderr.read()
    assert not failures, failures
    report = whole(data, e5)
    assert report["documents"] == 15 and report["vectors"] == report["chunks"]
    again = notices(data, "ingest", str(corpus), "--json")
    assert again.returncode == 0 and '"repaired": {}' in again.stdout


def test_a_long_lived_reader_sees_what_another_process_ingests(tmp_path, corpus, e5):
    # The web app's process holds its index (and its embedded Chroma) open while a CLI ingest writes beside it:
    # its exact dense search must read the new vectors without asking its own, stale, Chroma (which fails with
    # "Error finding id" for vectors another process wrote).
    data = tmp_path / "data"
    assert notices(data, "ingest", str(corpus / "notices" / QUANG_TRI)).returncode == 0
    reader = Index(settings(data), embeddings=e5)
    reader.vectors.ids()  # the reader's Chroma is open before the other process writes
    query = e5.embed_query("cụm công nghiệp Lào Cai")
    assert reader.dense.search(query, 3)
    writer = spawn(data, "ingest", str(corpus / "notices"))
    while writer.poll() is None:
        assert reader.dense.search(query, 3)
        time.sleep(0.05)
    assert writer.wait() == 0, writer.stderr.read()
    assert sorted(reader.dense.ids) == sorted(reader.catalog.all_chunk_ids())
    lao_cai = next(n.id for n in reader.catalog.notices() if n.source == LAO_CAI)
    assert reader.dense.search(query, 1)[0][0].split(":")[0] == lao_cai
    assert len(reader.segments.names()) <= 4  # merged as the ingest went


# -- 2. two ingests on one data dir ----------------------------------------------------------------------
def test_a_second_writer_waits_or_exits_75(tmp_path, corpus, e5):
    data = tmp_path / "data"
    index = Index(settings(data), embeddings=e5)
    with index.writing("ingest"):
        done = notices(data, "ingest", "--no-wait", str(corpus / "notices" / LAO_CAI))
        assert done.returncode == 75
        assert "another ingest is running (pid" in done.stderr and str(os.getpid()) in done.stderr
        seen: list = []

        def other_thread() -> None:  # another thread of this process waits as another process does
            try:
                with Index(settings(data), embeddings=e5).writing("remove", wait=False):
                    seen.append("entered")
            except Locked as exc:
                seen.append(exc)

        t = threading.Thread(target=other_thread)
        t.start()
        t.join()
        assert isinstance(seen[0], Locked)
        waiting = spawn(data, "ingest", str(corpus / "notices" / LAO_CAI))
        time.sleep(8)
        assert waiting.poll() is None  # it waits for the lock...
    assert waiting.wait(timeout=120) == 0  # ...and lands once the first writer is done
    assert "waiting" in waiting.stderr.read()
    assert whole(data, e5)["documents"] == 1


def test_two_concurrent_ingests_of_one_folder_land_it_once(tmp_path, corpus, e5):
    data = tmp_path / "data"
    first, second = spawn(data, "ingest", str(corpus)), spawn(data, "ingest", str(corpus))
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert second.wait(timeout=300) == 0, second.stderr.read()
    report = whole(data, e5)
    assert report["documents"] == 15 and report["vectors"] == report["chunks"]


def test_kill_9_at_any_point_then_a_rerun_is_a_clean_ingest(tmp_path, corpus, e5):
    clean = tmp_path / "clean"
    assert notices(clean, "ingest", str(corpus)).returncode == 0
    want = whole(clean, e5)
    for delay in (3.0, 6.0, 9.0):
        data = tmp_path / f"killed-{delay}"
        proc = spawn(data, "ingest", str(corpus))
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert notices(data, "ingest", str(corpus)).returncode == 0
        got = whole(data, e5)
        assert (got["documents"], got["chunks"], got["vectors"]) == (want["documents"], want["chunks"], want["vectors"])


# -- 3. unbounded chunks -------------------------------------------------------------------------------
def test_a_file_holding_two_notices_is_split_and_every_chunk_is_bounded(tmp_path, corpus):
    both = tmp_path / "hai-thong-bao.txt"
    first = (corpus / "notices" / LAO_CAI).read_text("utf-8")
    second = "\n".join(["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", *NOTICE_LINES])
    both.write_text(first + "\n\n" + second + "\n", encoding="utf-8")
    parts = parse_file(both)
    assert len(parts) == 2
    assert parts[1].notice.number == "12/TB-UBND" and parts[1].notice.signer == "Nguyễn Văn An"
    [alone] = parse_file(corpus / "notices" / LAO_CAI)
    assert len(parts[0].directives) == len(alone.directives)
    assert [d.assignee for d in parts[1].directives] == ["Sở Thông tin và Truyền thông"]
    assert all(len(c.text) <= 2 * 900 for p in parts for c in p.chunks)
    # One endless line, no full stops: still cut into bounded chunks.
    endless = tmp_path / "mot-dong.txt"
    endless.write_text("\n".join(NOTICE_LINES[:5]) + "\n" + "Sở Tài chính rà soát hồ sơ dự án " * 600, "utf-8")
    [parsed] = parse_file(endless)
    assert max(len(c.text) for c in parsed.chunks) <= 2 * 900


def test_a_huge_text_file_is_refused_in_seconds(tmp_path, fresh_index, corpus):
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        line = "Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát hồ sơ dự án.\n"
        for _ in range(50_000_000 // len(line.encode())):
            fh.write(line)
    shutil.copy(corpus / "notices" / LAO_CAI, tmp_path / LAO_CAI)
    t = time.monotonic()
    report = ingest(fresh_index, [tmp_path])
    assert time.monotonic() - t < 30
    reasons = {Path(p).name: r for p, r in report.rejected}
    assert "too much text" in reasons["big.txt"]
    assert [Path(p).name for p in report.added] == [LAO_CAI]


def test_a_zip_bomb_docx_and_xml_entities_are_refused(tmp_path, fresh_index):
    import zipfile

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * 300_000_000 + b"</w:document>")
    xxe = tmp_path / "xxe.docx"
    with zipfile.ZipFile(xxe, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   "<Types>&x;</Types>")
        z.writestr("word/document.xml", "<w:document/>")
    report = ingest(fresh_index, [bomb, xxe])
    reasons = {Path(p).name: r for p, r in report.rejected}
    assert "unpacks to" in reasons["bomb.docx"] and "entities" in reasons["xxe.docx"]


# -- 4. read-only and damaged data dirs -----------------------------------------------------------------
@pytest.fixture()
def small_index(tmp_path, corpus, e5) -> Path:
    data = tmp_path / "data"
    report = ingest(Index(settings(data), embeddings=e5), [corpus / "notices" / LAO_CAI, corpus / "notices" / QUANG_TRI])
    assert len(report.added) == 2
    return data


def _read_only(path: Path):
    """Make `path` read-only for real: a read-only bind mount when running as root (root ignores modes)."""
    if os.geteuid() != 0:
        path.chmod(0o555)
        return lambda: path.chmod(0o755)
    ro = path.with_name(path.name + "-ro")
    ro.mkdir()
    for cmd in (["mount", "--bind", str(path), str(ro)], ["mount", "-o", "remount,bind,ro", str(ro)]):
        if subprocess.run(cmd, capture_output=True).returncode:
            subprocess.run(["umount", str(ro)], capture_output=True)
            pytest.skip("cannot make a read-only folder here (root without mount)")
    return ro


def test_a_read_only_data_dir_reads_and_refuses_writes_clearly(small_index, corpus):
    ro = _read_only(small_index)
    data = ro if isinstance(ro, Path) else small_index
    try:
        listed = notices(data, "list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.count('"source"') == 2
        added = notices(data, "ingest", str(corpus / "notices" / "1226-TB-BKHCN-2021-hoi-nghi-giam-doc-so.txt"))
        assert added.returncode == 3 and "read-only" in added.stderr and "Traceback" not in added.stderr
    finally:
        if isinstance(ro, Path):
            subprocess.run(["umount", str(ro)], capture_output=True)
        else:
            ro()


def test_a_damaged_catalog_is_named_and_rebuilt_from_the_vector_store(small_index, e5):
    catalog = small_index / "catalog.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(f"{catalog}{extra}").unlink(missing_ok=True)
    catalog.write_bytes(b"this is not a database" * 100)
    for argv in (["list"], ["search", "Sở Công Thương"], ["tasks"]):
        done = notices(small_index, *argv)
        assert done.returncode == 3, (argv, done.stderr)
        assert "damaged" in done.stderr and "notices rebuild" in done.stderr and "Traceback" not in done.stderr
    rebuilt = notices(small_index, "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "restored from the vector store: 2 notices" in rebuilt.stdout
    assert whole(small_index, e5)["documents"] == 2
    index = Index(settings(small_index), embeddings=e5)  # with the sentences ingest embedded for the answers
    assert set(index.catalog.sentences(index.catalog.all_chunk_ids())) == set(index.catalog.all_chunk_ids())
    assert list(small_index.glob("catalog.sqlite3.damaged-*"))  # the damaged file is kept aside


def test_a_truncated_vector_store_is_named_checked_and_rebuilt(small_index, e5):
    assert notices(small_index, "search", "Sở Công Thương").returncode == 0
    store = small_index / "chroma" / "chroma.sqlite3"
    store.write_bytes(store.read_bytes()[:4096])
    assert notices(small_index, "search", "Sở Công Thương").returncode == 0  # the vectors kept beside it answer
    shutil.rmtree(small_index / "dense")  # until the vector store itself must be read
    searched = notices(small_index, "search", "Sở Công Thương")
    assert searched.returncode == 3 and "vector store" in searched.stderr and "notices rebuild" in searched.stderr
    assert "Traceback" not in searched.stderr
    checked = notices(small_index, "check")
    assert checked.returncode in (3, 4) and "Traceback" not in checked.stderr
    rebuilt = notices(small_index, "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert notices(small_index, "check").returncode == 0
    found = notices(small_index, "search", "Sở Công Thương", "--json")
    assert found.returncode == 0 and LAO_CAI in found.stdout


def test_check_finds_lost_vectors_and_ingest_repairs_unchanged_files(small_index, corpus, e5):
    index = Index(settings(small_index), embeddings=e5)
    lost = index.catalog.chunk_ids(index.catalog.notices()[0].id)[:5]
    index.vectors.delete(lost)
    checked = notices(small_index, "check", "--json")
    assert checked.returncode == 4 and '"missing_vectors": 5' in checked.stdout
    report = ingest(index, [corpus / "notices" / LAO_CAI, corpus / "notices" / QUANG_TRI])
    assert len(report.unchanged) == 2 and report.repaired == {"vectors_restored": 5}
    assert notices(small_index, "check").returncode == 0


def test_an_index_read_by_an_older_reader_is_read_again_keeping_its_vectors(small_index, corpus, e5):
    # An index made by an earlier version of the reader (the notices carry its fingerprint, or none before it was
    # recorded): the next ingest reads its unchanged files again, so the register gets what the reader reads
    # today, and keeps the vectors of the passages whose text did not change.
    import sqlite3

    index = Index(settings(small_index), embeddings=e5)
    before = {c.id: c.text for c in index.catalog.chunks()}
    tasks = len(index.catalog.directives())
    with sqlite3.connect(small_index / "catalog.sqlite3") as db:
        rows = db.execute("SELECT id, data FROM notices").fetchall()
        for nid, data in rows:
            d = json.loads(data)
            d.pop("reader", None)
            d["chair"] = "read by an older reader"
            db.execute("UPDATE notices SET data=? WHERE id=?", (json.dumps(d, ensure_ascii=False), nid))
        db.execute("DELETE FROM directives")
    index = Index(settings(small_index), embeddings=e5)
    report = ingest(index, [corpus / "notices" / LAO_CAI, corpus / "notices" / QUANG_TRI])
    assert len(report.reread) == len(report.updated) == 2 and not report.unchanged
    assert report.vectors_reused == len(before)  # same passages, same text: nothing embedded again
    assert report.sentences_embedded == 0  # their sentences' vectors kept as well
    assert {c.id: c.text for c in index.catalog.chunks()} == before
    assert len(index.catalog.directives()) == tasks and all(n.chair != "read by an older reader"
                                                             for n in index.catalog.notices())
    assert notices(small_index, "check").returncode == 0
    again = ingest(index, [corpus / "notices" / LAO_CAI, corpus / "notices" / QUANG_TRI])
    assert len(again.unchanged) == 2 and not again.reread
    # An index of a version before the answers' sentences were embedded at ingest: read again, to add them.
    with sqlite3.connect(small_index / "catalog.sqlite3") as db:
        db.execute("DELETE FROM sentences")
    checked = notices(small_index, "check")
    assert checked.returncode == 0 and f"{len(before)} passages have no sentence vectors" in checked.stdout
    third = ingest(index, [corpus / "notices" / LAO_CAI, corpus / "notices" / QUANG_TRI])
    assert len(third.reread) == 2 and third.vectors_reused == len(before) and third.sentences_embedded > len(before)
    assert set(index.catalog.sentences(before)) == set(before)


def test_the_lexical_index_is_no_pickle(small_index, e5, tmp_path):
    index = Index(settings(small_index), embeddings=e5)
    _ = index.lexical
    assert index.lexical_path.suffix == ".npz" and not (small_index / "lexical.pkl").exists()
    import pickle

    marker = tmp_path / "ran"
    # A pickle that would run code, put where the index lives: it is read as data, refused, rebuilt.
    index.lexical_path.write_bytes(pickle.dumps(_Boom(str(marker))))
    fresh = Index(settings(small_index), embeddings=e5)
    assert fresh.lexical.ids and not marker.exists()
    assert Lexical.load(fresh.lexical_path).ids == fresh.lexical.ids


class _Boom:
    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (Path.touch, (Path(self.path),))


# -- 5. smaller ones ----------------------------------------------------------------------------------
def test_encodings_are_named_not_guessed_wrong(tmp_path, fresh_index):
    from ingest.loaders.text import decode

    french = ("Le conseil a décidé, après délibération, que les élèves recevront des crédits. Ça été très "
              "apprécié à l'école.\n") * 5
    text, note = decode("fr.txt", french.encode("cp1252"))
    assert text.startswith("Le conseil a décidé, après") and "cp1252" in note
    lines = "\n".join(NOTICE_LINES)
    text, note = decode("be.txt", lines.encode("utf-16-be"))  # no BOM
    assert text == lines and "UTF-16-BE" in note
    (tmp_path / "be.txt").write_bytes(lines.encode("utf-16-be"))
    report = ingest(fresh_index, [tmp_path / "be.txt"])
    assert report.added and any("UTF-16-BE" in w for w in report.warnings)


def test_broken_and_looping_links_are_reported(tmp_path, fresh_index, corpus):
    arch = tmp_path / "arch"
    (arch / "sub").mkdir(parents=True)
    shutil.copy(corpus / "notices" / LAO_CAI, arch / "sub" / LAO_CAI)
    (arch / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (arch / "sub" / "loop").symlink_to(arch)
    report = ingest(fresh_index, [arch])
    reasons = {Path(p).name: r for p, r in report.rejected}
    assert "broken link" in reasons["gone.txt"] and "link loop" in reasons["loop"]
    assert [Path(p).name for p in report.added] == [LAO_CAI]


def test_search_options_are_validated(small_index, corpus):
    for argv, says in ((["--date-from", "2021-13-45"], "không hợp lệ"), (["--top-k", "0"], "at least 1"),
                       (["--top-k", "-1"], "at least 1"), (["--date-to", "hôm qua nữa"], "not a date")):
        done = notices(small_index, "search", "Sở Công Thương", *argv)
        assert done.returncode == 2 and says in done.stderr, (argv, done.stderr)
    assert notices(small_index, "ingest", str(corpus / "notices" / N1226)).returncode == 0  # issued 19/5/2021
    dated = notices(small_index, "search", "Sở KH&CN", "--date-from", "1/5/2021", "--date-to", "31/5/2021", "--json")
    assert dated.returncode == 0 and N1226 in dated.stdout  # dd/mm/yyyy is a date, not an empty result
    later = notices(small_index, "search", "Sở KH&CN", "--date-from", "20/05/2021", "--json")
    assert later.returncode == 0 and N1226 not in later.stdout


def test_a_bad_embedding_model_leaves_a_new_data_dir_usable(tmp_path, corpus):
    data = tmp_path / "data"
    bad = notices(data, "ingest", "--embedding-model", str(tmp_path / "no-such-model"), str(corpus / "notices" / LAO_CAI))
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    good = notices(data, "ingest", str(corpus / "notices" / LAO_CAI))
    assert good.returncode == 0, good.stderr


def test_a_parse_the_catalog_refuses_is_that_files_rejection_not_a_damaged_catalog(tmp_path, corpus, e5):
    from dataclasses import replace

    from assistant.indexer import IngestReport, _write_batch
    from ingest.errors import RecordConflict

    index = Index(settings(tmp_path / "data"), embeddings=e5)
    ingest(index, [corpus / "notices" / LAO_CAI])
    path = corpus / "notices" / QUANG_TRI
    parts = parse_file(path)
    d = parts[0].directives
    broken = [replace(parts[0], directives=(*d, d[0]))]  # two tasks with one id: the catalog's constraint refuses
    with pytest.raises(RecordConflict), index.catalog.transaction() as db:
        index.catalog.put(db, broken[0].notice, broken[0].document.text, [], list(broken[0].chunks),
                          list(broken[0].directives))
    report = IngestReport()
    with index.writing("ingest"):
        _write_batch(index, [(path, broken, [])], report)
    assert report.rejected and "reader" in report.rejected[0][1] and not report.added
    assert [n.source for n in index.catalog.notices()] == [LAO_CAI]  # the catalog is whole, the file left out
    assert check(index)["ok"] or check(index)["stray_vectors"]  # its vectors: stray until the next ingest
    again = ingest(index, [path])  # with its real parse, the file goes in
    assert again.added and not again.rejected and whole(tmp_path / "data", e5)["documents"] == 2
