"""The task register over the real corpus index: extraction, queries, exports, register answers, metric."""

from __future__ import annotations

import json

import pytest
from conftest import LAO_CAI, QUANG_TRI, ROOT

from assistant import cli
from assistant.assistant import Assistant
from assistant.tasks import TaskQuery, query, register, to_csv, to_ics
from eval.reader_metric import score
from ingest.units import same_unit, unit_key, unit_names
from ingest.vn import places_in


@pytest.fixture(scope="module")
def assistant(corpus_index) -> Assistant:
    return Assistant(corpus_index.settings, index=corpus_index)


def test_quang_tri_office_has_its_five_dated_tasks(assistant):
    rows = [r for r in assistant.tasks(unit="Phòng Quản lý Khoa học") if r["source"] == QUANG_TRI]
    dated = [(r["due"], r["due_text"]) for r in rows if r["due"]]
    assert dated == [("2023-09-30", "trong tháng 9/2023"), ("2023-10-31", "Trong tháng 10/2023"),
                     ("2023-12-10", "chậm nhất vào đầu tháng 12/2023"),
                     ("2023-12-31", "Trong khoảng thời gian từ tháng 11-12/2023"),
                     ("2024-03-31", "trong quý I năm 2024")]
    early = next(r for r in rows if r["due"] == "2023-12-10")
    assert early["precision"] == "early_month"
    span = next(r for r in rows if r["due"] == "2023-12-31")
    assert span["starts"] == "2023-11-01"
    for r in rows:
        assert r["quote"] in assistant.index.catalog.chunks([r["chunk_id"]])[0].text


def test_lao_cai_tasks_per_agency_with_the_right_deadlines(assistant):
    rows = assistant.tasks(notice="LaoCai")
    assert {r["source"] for r in rows} == {LAO_CAI}
    by_due = {r["due"]: r for r in rows if r["due"]}
    assert by_due["2026-12-31"]["assignee"] == "Sở Công Thương"
    assert by_due["2026-07-30"]["assignee"] == "Ủy ban nhân dân các xã, phường có cụm công nghiệp"
    agencies = {r["assignee"] for r in rows}
    for a in ("Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Công ty Điện lực Lào Cai",
              "Văn phòng Ủy ban nhân dân tỉnh"):
        assert a in agencies
    quarterly = [r for r in rows if r["recurring"] == "quarterly"]
    assert [r["assignee"] for r in quarterly] == ["Sở Công Thương"] and quarterly[0]["due"] is None


def test_unit_spellings_and_coordination_are_found(assistant):
    rows = assistant.tasks(unit="phong ke hoach tai chinh")  # no accents, no dash
    assert rows and all(r["role"] == "coordinator" for r in rows)
    assert {r["assignee"] for r in rows} == {"Phòng Quản lý Khoa học"}
    assert same_unit("Sở KH&CN", "các Sở Khoa học và Công nghệ") and same_unit("Sở Tài chính", "Sở Tài chính tỉnh Nghệ An")
    assert not same_unit("Sở Tư", "Sở Tư pháp") and not same_unit("UBND", "UBND tỉnh Hà Tĩnh")  # never containment
    assert not same_unit("Sở Tài chính Nghệ An", "Sở Tài chính tỉnh Hà Tĩnh")  # the place is an attribute
    assert unit_key("các Sở KH&CN") == "so khoa hoc va cong nghe"
    # an abbreviation that spells a syllable is one only in capitals: "CA tỉnh" is Công an, "Cà Mau" is no unit
    assert unit_key("CA tỉnh") == "cong an tinh" and unit_key("Cà Mau") == "ca mau"
    # a province's last word is no head: "Hải Phòng, hạn hoàn thành" names no "Phòng"
    assert unit_names("tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng, hạn hoàn thành là khi nào?") == []
    assert unit_names("Sở Xây dựng Hải Phòng giao Phòng Kinh tế") == ["Sở Xây dựng Hải Phòng", "Phòng Kinh tế"]
    assert unit_names("Giao Vụ Tổ chức cán bộ chủ trì, phối hợp với Vụ Phát triển KH&CN địa phương") == [
        "Vụ Tổ chức cán bộ", "Vụ Phát triển KH&CN địa phương"]


def test_register_matches_units_as_same_unit_does_and_limits_keep_the_order(assistant):
    reg = register(assistant.index)
    for asked in ("Phòng Quản lý Khoa học", "sở kh&cn", "Sở Công Thương", "UBND các xã", "Vụ Kế hoạch - Tài chính"):
        assert reg.units_like(asked) == {n for n in reg.keys if same_unit(asked, n)}
    everything = query(assistant.index, TaskQuery())
    assert query(assistant.index, TaskQuery(), limit=7) == everything[:7]
    assert query(assistant.index, TaskQuery(), dated=True) == [r for r in everything if r["due"] or r["recurring"]]


def test_a_named_province_holds_the_register_and_the_answer_to_its_notices(assistant):
    assert places_in("cum cong nghiep tinh thai nguyen") == ["thai nguyen"]
    assert places_in("Sở Công Thương tỉnh Lào Cai") == ["lao cai"] and places_in("nhiệm vụ cấp tỉnh về") == []
    lao_cai = query(assistant.index, TaskQuery(unit="Sở Công Thương", place="Lào Cai"))
    assert lao_cai and {r["source"] for r in lao_cai} == {LAO_CAI}
    assert query(assistant.index, TaskQuery(unit="Sở Công Thương", place="Thái Nguyên")) == []
    a = assistant.ask("Sở Công Thương tỉnh Thái Nguyên phải làm gì?")
    assert a.abstained and not a.extra.get("register")  # Lào Cai's tasks are no answer
    a = assistant.ask("Sở Công Thương tỉnh Lào Cai phải làm gì?")
    assert a.extra.get("register") and {c.hit.notice.source for c in a.citations} == {LAO_CAI}


def test_due_filters_and_overdue(assistant):
    rows = assistant.tasks(due_after="2026-01-01")
    assert rows and all(r["due"] >= "2026-01-01" for r in rows)
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    overdue = assistant.tasks(overdue_as_of="01/01/2024")
    assert {r["due"] for r in overdue} == {"2023-09-30", "2023-10-31", "2023-12-10", "2023-12-31"}
    assert assistant.tasks(due_before="quý I năm 2024", due_after="2024-01-01")[0]["due"] == "2024-03-31"


def test_exports(assistant):
    rows = assistant.tasks(unit="Sở Công Thương")
    csv_text = to_csv(rows)
    assert csv_text.splitlines()[0].startswith("due,due_text,assignee")
    assert "2026-12-31" in csv_text
    ics = to_ics(rows)
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.rstrip().endswith("END:VCALENDAR")
    assert ics.count("BEGIN:VEVENT") == sum(1 for r in rows if r["due"])
    assert "DTSTART;VALUE=DATE:20261231" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_english_deadline_question_is_answered_from_the_register(assistant):
    a = assistant.ask("What deadlines were given to the Science Management Office?")
    assert a.extra.get("register") and a.language == "en" and not a.abstained
    summary, *lines = a.answer.splitlines()
    assert summary.count("[") == len(lines) == 6 and "Due 31/3/2024 (trong quý I năm 2024) [5]" in summary
    assert [line.split(" (")[0] for line in lines] == ["- Due 30/9/2023", "- Due 31/10/2023", "- Due 10/12/2023",
                                                      "- Due 31/12/2023", "- Due 31/3/2024", "- Recurring"]
    assert "mỗi năm" in lines[-1]  # "Phấn đấu mỗi năm hoàn thành 2 - 3 lớp": a yearly task, listed after the dated
    assert all(c.hit.notice.source == QUANG_TRI for c in a.citations)


def test_overdue_question(assistant):
    a = assistant.ask("Những việc nào quá hạn tính đến 1/1/2024?")
    assert a.extra.get("register") and len(a.citations) == 4 and "Hạn 30/9/2023" in a.answer
    assert assistant.ask("Which tasks are overdue as of 1/1/2024?").extra.get("register")
    # something else that is overdue is what the question is about, not the archive's overdue tasks
    for other in ("Tỷ lệ nợ quá hạn phải giảm xuống dưới bao nhiêu?",
                  "By what date must the courts have no overdue cases left?",
                  "Below what overdue-debt ratio must the loans be brought?"):
        assert not assistant.ask(other).extra.get("register"), other


def test_register_matches_the_hand_made_gold(corpus_index):
    from eval.runner import task_register_metric

    result = task_register_metric(corpus_index, ROOT / "eval" / "reader" / "gold" / "notices.jsonl")
    assert result["precision"] >= 0.9 and result["recall"] >= 0.9, result
    assert result["due_accuracy"] == 1.0


def test_metric_hand_cases():
    gold = [{"file": "a", "layout": "x", "metadata": {"number": "1/TB", "issuer": "Văn phòng UBND tỉnh Nghệ An",
                                                     "signer": "Nguyễn Văn An"},
             "directives": [
                 {"assignee": "Sở Tài chính", "due": "2024-01", "action": "Rà soát hồ sơ dự án", "coordinators": []},
                 {"assignee": "các Sở KH&CN", "due": None, "action": "Tổng hợp đề xuất", "coordinators": []}]}]
    pred = {"a": {"metadata": {"number": "1/TB", "issuer": "VĂN PHÒNG UBND TỈNH NGHỆ AN"}, "directives": [
        {"assignee": "Sở Tài chính tỉnh Nghệ An", "due": "2024-01-31", "text": "1. Rà soát hồ sơ dự án ..."},
        {"assignee": "Sở Khoa học và Công nghệ", "due": None, "text": "Tổng hợp đề xuất"},
        {"assignee": "Sở Xây dựng", "due": None, "text": "Kiểm tra"}]}}
    got = score(gold, pred)
    assert (got["predicted"], got["gold"], got["matched"], got["precision"], got["recall"]) == (3, 2, 2, 0.667, 1.0)
    assert got["due_accuracy"] == 1.0 and got["fields"] == 6 and got["fields_right"] == 5  # the signer is missing
    truncated = {"a": {"metadata": {}, "directives": [{"assignee": "Sở Tài", "due": None, "text": "Rà soát hồ sơ dự án"}]}}
    assert score(gold, truncated)["matched"] == 0  # a name cut short is another unit, never "contained"
    assert score(gold, {})["recall"] == 0.0


def test_cli_tasks_json(corpus_index, capsys, monkeypatch):
    monkeypatch.setenv("NOTICES_DATA_DIR", str(corpus_index.settings.data_dir))
    assert cli.main(["tasks", "--unit", "Phòng Quản lý Khoa học", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"assignee", "coordinators", "action", "due", "due_text", "recurring", "source", "notice_number",
            "section", "quote"} <= set(rows[0])
    assert sum(1 for r in rows if r["due"]) == 5
    assert cli.main(["tasks", "--due-before", "not a date"]) == 2


def test_a_listed_group_is_one_assignee_that_the_register_finds_by_each_member():
    from assistant.tasks import Register
    from ingest.pipeline import parse_document
    from ingest.records import Document

    text = ("UBND TỈNH NAM SƠN\nSố: 12/TB-UBND\nNam Sơn, ngày 02 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Chủ tịch\n"
            "Ngày 01/3/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch kết luận như sau:\n"
            "1. Đề nghị UBND các xã: Thạnh Hóa, Tân Tây và Mỹ Quý khảo sát, cắm mốc hành lang bờ sông trước ngày "
            "30/4/2026.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n")
    [p] = parse_document(Document("x.txt", "txt", text), "0" * 64)
    assert [d.assignee for d in p.directives] == ["UBND các xã: Thạnh Hóa, Tân Tây và Mỹ Quý"]  # as written
    reg = Register(list(p.directives))
    assert reg.units_like("UBND xã Tân Tây") == {"UBND các xã: Thạnh Hóa, Tân Tây và Mỹ Quý"}
    assert reg.units_like("UBND xã Tân Hòa") == set()


def test_a_unit_name_splits_from_the_body_written_after_it():
    from ingest.units import unit_parts

    assert unit_parts("Phòng Đào tạo Trường Đại học Vinh") == ["Phòng Đào tạo", "Trường Đại học Vinh"]
    assert unit_parts("Hạt Kiểm lâm VQG Cát Tiên") == ["Hạt Kiểm lâm", "VQG Cát Tiên"]  # the abbreviation of a head
    # a party committee or a people's committee opens a body even right after another head
    assert unit_parts("Ban Thường vụ Tỉnh ủy Gia Lai") == ["Ban Thường vụ", "Tỉnh ủy Gia Lai"]
    assert unit_parts("Văn phòng UBND tỉnh Lào Cai") == ["Văn phòng", "UBND tỉnh Lào Cai"]
    for whole in ("Trường Đại học Vinh", "Thường trực Tỉnh ủy", "UBND tỉnh Lào Cai", "Sở Xây dựng Hải Phòng"):
        assert unit_parts(whole) == [whole]


def test_and_a_commune_named_by_its_place_is_the_next_unit():
    assert unit_names("Theo biên bản giữa Sở GD&ĐT Thái Nguyên và xã Phú Đình, đơn vị nào chủ trì") == [
        "Sở GD&ĐT Thái Nguyên"]
    assert unit_names("Sở Khoa học và Công nghệ chủ trì") == ["Sở Khoa học và Công nghệ"]
    assert unit_names("UBND các huyện và xã triển khai") == ["UBND các huyện và xã"]
