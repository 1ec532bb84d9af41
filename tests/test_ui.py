"""The web app through gradio_client against a real server over the sample archive, plus its safety rules
(escaped document text, no open listening without a password, answers while an upload is ingested)."""

from __future__ import annotations

import io
import threading
import time

import pytest
from gradio_client import Client
from ui_fixtures import BAC_GIANG, BINH_DINH, NEW_NOTICE, NGHE_AN, UNANSWERABLE, start, ui_server  # noqa: F401

from assistant.assistant import Assistant
from assistant.cli import main
from assistant.ui import service
from assistant.ui.access import check_listen, credentials, is_loopback
from assistant.ui.lists_view import ingest_progress
from assistant.ui.render import notice_view
from ingest.errors import ConfigError


@pytest.fixture(scope="module")
def client(ui_server) -> Client:  # noqa: F811
    return Client(ui_server.url, verbose=False)


def test_api_names_its_endpoints(client):
    named = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert {"/ask", "/search", "/tasks"} <= set(named)


def test_ask_returns_a_cited_answer_whose_offsets_point_at_the_quote(client, ui_server):  # noqa: F811
    got = client.predict(question="Kho bạc Nhà nước Nghệ An phải thanh toán cho chủ đầu tư trong thời hạn bao lâu?",
                         api_name="/ask")
    assert not got["abstained"] and got["language"] == "vi" and got["citations"]
    first = got["citations"][0]
    assert first["source"] == NGHE_AN and first["notice_number"] == "245/TB-UBND"
    assert f"[{first['n']}]" in got["answer"]
    notice = ui_server.assistant.index.catalog.find(NGHE_AN)[0]
    text, _ = ui_server.assistant.index.catalog.document(notice.id)
    # The offsets are what the source panel highlights: they must cover the quoted words (PDF line breaks aside).
    assert " ".join(text[first["start"]:first["end"]].split()) == " ".join(first["quote"].split())


def test_follow_up_in_the_same_conversation(client):
    first = client.predict(question="Sở Tài chính Nghệ An phải hoàn thành thẩm tra quyết toán trước ngày nào?",
                           api_name="/ask")
    follow = client.predict(question="còn Kho bạc Nhà nước Nghệ An thì sao?",
                            history=[[first["resolved_question"], first["answer"]]], api_name="/ask")
    assert "Kho bạc Nhà nước Nghệ An" in follow["resolved_question"]
    assert "còn" not in follow["resolved_question"].split()[:1]
    assert any(c["source"] == NGHE_AN for c in follow["citations"])


def test_question_outside_the_archive_abstains_with_the_closest_passages(client):
    got = client.predict(question=UNANSWERABLE, api_name="/ask")
    assert got["abstained"] and not got["citations"]
    assert got["closest"] and all(h["text"] for h in got["closest"])


def test_english_question_is_answered_in_english(client):
    got = client.predict(question="When must hospitals in Phu Tho send their Tet duty rosters to the Department "
                         "of Health?", api_name="/ask")
    assert got["language"] == "en" and got["answer"].startswith("Deadline:")
    assert "05/02/2026" in got["answer"]


def test_search_filters_by_issuer_and_date(client):
    hits = client.predict(query="cụm công nghiệp", issuer="Bắc Giang", api_name="/search")
    assert hits and {h["source"] for h in hits} == {BAC_GIANG}
    late = client.predict(query="cụm công nghiệp", date_from="01/01/2025", api_name="/search")
    assert late and all(h["notice_date"] >= "2025-01-01" for h in late)
    unit = client.predict(query="thanh toán", unit="Kho bạc Nhà nước", top_k=3, api_name="/search")
    assert unit and "Kho bạc Nhà nước" in unit[0]["text"]


def test_search_rejects_a_date_it_cannot_read(client):
    with pytest.raises(Exception, match="không hợp lệ"):
        client.predict(query="cụm công nghiệp", date_from="31/02/2024", api_name="/search")


@pytest.mark.skipif(not hasattr(Assistant, "tasks"), reason="the task register (assistant/tasks.py) is not built yet")
def test_tasks_endpoint_filters_the_register(client):
    rows = client.predict(api_name="/tasks")
    assert rows and {"assignee", "action", "due", "notice_id", "start", "end", "quote"} <= set(rows[0])
    mine = client.predict(unit="Sở Công Thương", api_name="/tasks")
    assert mine and len(mine) < len(rows)
    assert all("Công Thương" in " ".join([r["assignee"], *r["coordinators"]]) for r in mine)
    late = client.predict(overdue_as_of="01/01/2025", api_name="/tasks")
    assert late and all(r["due"] and r["due"] < "2025-01-01" for r in late)
    window = client.predict(due_after="2024-01-01", due_before="30/06/2024", api_name="/tasks")
    assert window and all("2024-01-01" <= r["due"] <= "2024-06-30" for r in window)


def test_document_text_is_rendered_escaped(ui_server):  # noqa: F811
    notice = ui_server.assistant.index.catalog.find(BINH_DINH)[0]
    text, _ = ui_server.assistant.index.catalog.document(notice.id)
    at = text.index("<script>alert(1)</script>")
    end = text.index("onerror=alert(1)>") + len("onerror=alert(1)>")
    html = notice_view(ui_server.assistant, notice.id, at, end, "Trích dẫn [1]")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert '<mark class="cited first-mark">' in html


def test_uploads_are_checked_for_type_and_size(tmp_path):
    ok = tmp_path / "tb.txt"
    ok.write_text(NEW_NOTICE, encoding="utf-8")
    assert service.check_upload(ok) is None
    legacy = tmp_path / "tb.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0 old word")
    assert "không được hỗ trợ" in service.check_upload(legacy) and ".docx" in service.check_upload(legacy)
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:
        f.truncate(service.MAX_BYTES + 1)
    assert "quá lớn" in service.check_upload(big)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    assert service.check_upload(empty) == "tệp rỗng"
    assert service.safe_name("../../etc/passwd") == "passwd" and service.safe_name("C:\\x\\tb.txt") == "tb.txt"


def test_questions_are_answered_while_an_upload_is_ingested(client, ui_server, tmp_path):  # noqa: F811
    # The ingest is held inside its writer lock (at its first progress report, before it parses and embeds) until
    # the question has been answered: deterministic on any CPU, however fast the embedding path.
    class HeldJob(service.IngestJob):
        release = threading.Event()

        def _progress(self, name: str, done: int, total: int) -> None:
            super()._progress(name, done, total)
            if done == 0:
                assert self.release.wait(60), "the question never came back while the ingest was held"

    body = "\n".join(f"{i}. Phòng Văn hóa và Thông tin chủ trì kiểm tra hoạt động thư viện xã số {i}, "
                     f"báo cáo kết quả về Văn phòng trước ngày {1 + i % 28}/12/2026." for i in range(1, 41))
    long_notice = tmp_path / "TB-99-UBND-thu-vien.txt"
    long_notice.write_text(NEW_NOTICE.replace("1. Phòng Tài nguyên", body + "\n41. Phòng Tài nguyên"),
                           encoding="utf-8")
    staged, rejected = service.stage_uploads(ui_server.assistant, [(long_notice, long_notice.name)])
    assert staged and not rejected
    job = HeldJob(ui_server.assistant, staged).start()
    try:
        deadline = time.monotonic() + 30
        while job.current != long_notice.name and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ui_server.assistant.index.writer.holder().get("what") == "ingest"  # the ingest holds the writer lock
        progress = ingest_progress(job.done, job.total, job.current, 1.0)
        assert 'role="progressbar"' in progress and "Đang nạp 1/1" in progress
        got = client.predict(question="Ai ký Thông báo số 88/TB-SCT?", api_name="/ask")
        assert "Ngô Thị Lan Phương" in got["answer"]
        assert job.running and not job.report  # answered while the ingest was still under way
    finally:
        HeldJob.release.set()
        job.wait(120)
    assert job.report and len(job.report.added) == 1 and not job.error
    service.remove_notice(ui_server.assistant, ui_server.assistant.index.catalog.find(long_notice.name)[0].id)
    assert not staged[0].exists()  # the uploaded original goes with the notice


def test_refuses_to_listen_beyond_loopback_without_a_password(ui_server, tmp_path, capsys):  # noqa: F811
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10") and not is_loopback("example.org")
    from assistant.ui.app import serve

    with pytest.raises(ConfigError, match="--auth"):
        serve(ui_server.assistant, host="0.0.0.0", port=0, block=False)
    check_listen("0.0.0.0", [("vanthu", "mat-khau")])  # with a password it may
    busy = int(ui_server.url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(ConfigError, match="--port"):
        serve(ui_server.assistant, host="127.0.0.1", port=busy, block=False, quiet=True)
    assert main(["serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path / "d")]) == 2
    assert "--auth" in capsys.readouterr().err


def test_auth_file_holds_hashes_and_logins_are_rate_limited(ui_server, tmp_path, monkeypatch):  # noqa: F811
    accounts = tmp_path / "accounts"
    accounts.write_text("# văn thư\nvanthu:mat-khau-1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="notices passwd"):  # a password kept in clear is refused
        credentials(auth_file=accounts)
    accounts.unlink()
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-1\n"))
    assert main(["passwd", str(accounts), "vanthu", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-2\n"))
    assert main(["passwd", str(accounts), "chuyenvien", "--password-stdin"]) == 0
    text = accounts.read_text(encoding="utf-8")
    assert "mat-khau" not in text and text.count("$argon2id$") == 2 and oct(accounts.stat().st_mode)[-3:] == "600"
    got = credentials(auth_file=accounts)
    assert sorted(got.hashes) == ["chuyenvien", "vanthu"]
    assert got.check("vanthu", "mat-khau-1") and not got.check("vanthu", "mat-khau-2")
    monkeypatch.setattr("assistant.ui.access.FAIL_DELAY", 0.0)
    for _ in range(5):
        assert not got.check("chuyenvien", "wrong")
    assert not got.check("chuyenvien", "mat-khau-2")  # locked out for a while, even with the right password
    assert got.check("vanthu", "mat-khau-1")  # other users are not
    with pytest.raises(ConfigError, match="USER:PASSWORD"):
        credentials(auth="no-colon")
    guarded = start(ui_server.assistant, auth=[("vanthu", "mat-khau-1")])
    try:
        with pytest.raises(Exception):  # noqa: B017 - gradio_client raises its own error types here
            Client(guarded.url, verbose=False).predict(question="Ai ký Thông báo số 88/TB-SCT?", api_name="/ask")
        got = Client(guarded.url, auth=("vanthu", "mat-khau-1"), verbose=False).predict(
            question="Ai ký Thông báo số 88/TB-SCT?", api_name="/ask")
        assert "Ngô Thị Lan Phương" in got["answer"]
    finally:
        guarded.close()


def test_never_shared_through_a_public_tunnel(ui_server, monkeypatch):  # noqa: F811
    monkeypatch.setenv("GRADIO_SHARE", "true")  # an environment that would open gradio.live around the auth check
    server = start(ui_server.assistant)
    try:
        assert server.demo.share is False and server.demo.share_url is None
    finally:
        server.close()
