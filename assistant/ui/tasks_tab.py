"""The "Sổ nhiệm vụ" tab: the task register as a table; filters, due-date order, CSV/ICS export, and
every row opening the passage that assigns the task."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from assistant.assistant import Assistant
from assistant.ui import service
from assistant.ui.lists_view import task_table
from assistant.ui.render import message, notice_view
from assistant.ui.widgets import clickable, open_args, viewer
from ingest.deadlines import user_date
from ingest.errors import NoticesError

NOT_READY = "Sổ nhiệm vụ chưa sẵn sàng"
EARLIEST, LATEST = "Hạn sớm nhất trước", "Hạn muộn nhất trước"


def _export(rows: list[dict]) -> tuple[str, str]:
    """The rows as CSV and ICS files (gradio serves them from its cache)."""
    from assistant import tasks as register

    folder = Path(tempfile.mkdtemp(prefix="notices-tasks-"))
    csv_path, ics_path = folder / "so-nhiem-vu.csv", folder / "so-nhiem-vu.ics"
    # UTF-8 with BOM so that Excel opens the Vietnamese text correctly.
    csv_path.write_text(register.to_csv(rows), encoding="utf-8-sig")
    ics_path.write_text(register.to_ics(rows), encoding="utf-8")
    return str(csv_path), str(ics_path)


def build(assistant: Assistant, demo: gr.Blocks) -> None:
    if not service.tasks_available():
        gr.HTML(message("warn", NOT_READY, "Phiên bản này chưa có sổ nhiệm vụ (assistant.tasks)."),
                elem_id="tasks-not-ready")
        return
    state = gr.State({"rows": [], "desc": False, "as_of": ""})
    with gr.Row(elem_classes=["filters"]):
        unit = gr.Textbox(label="Đơn vị", placeholder="vd. Sở Tài chính", scale=3, elem_id="tasks-unit")
        after = gr.Textbox(label="Hạn từ ngày", placeholder="dd/mm/yyyy", scale=2, elem_id="tasks-after")
        before = gr.Textbox(label="Hạn đến ngày", placeholder="dd/mm/yyyy", scale=2, elem_id="tasks-before")
        as_of = gr.Textbox(label="Quá hạn tính đến ngày", placeholder="dd/mm/yyyy (mặc định: hôm nay)", scale=2,
                           elem_id="tasks-asof")
        notice = gr.Textbox(label="Văn bản", placeholder="số hiệu hoặc tên tệp", scale=2, elem_id="tasks-notice")
    with gr.Row(elem_classes=["filters", "tasks-actions"]):
        only_late = gr.Checkbox(label="Chỉ hiện nhiệm vụ quá hạn", value=False, elem_id="tasks-late", scale=2)
        order = gr.Radio([EARLIEST, LATEST], value=EARLIEST, show_label=False, elem_id="tasks-order", scale=3)
        go = gr.Button("Lọc", variant="primary", scale=1, min_width=90, elem_id="tasks-go")
        csv = gr.DownloadButton("Tải CSV", scale=1, min_width=110, elem_id="tasks-csv")
        ics = gr.DownloadButton("Tải lịch (.ics)", scale=1, min_width=130, elem_id="tasks-ics")
    with gr.Row(equal_height=False, elem_classes=["split"]):
        with gr.Column(scale=3, min_width=480):
            table = clickable(message("info", "Đang tải sổ nhiệm vụ…"), "tasks-table")
        with gr.Column(scale=2, min_width=340):
            panel = viewer("tasks-panel", "Đoạn giao nhiệm vụ",
                           "Bấm vào một dòng để mở đoạn văn bản giao nhiệm vụ đó, được tô sáng trong toàn văn.")

    def run(u: str, d1: str, d2: str, asof: str, nt: str, late: bool, how: str):
        try:
            as_of_iso = user_date(asof, "Quá hạn tính đến ngày") or service.today()
            rows = service.task_rows(assistant, u or "", d1, d2, as_of_iso if late else "", nt or "")
        except NoticesError as exc:
            return message("warn", str(exc)), gr.skip(), gr.skip(), gr.skip()
        desc = how == LATEST
        rows = service.sort_rows(rows, desc)
        csv_file, ics_file = _export(rows)
        st = {"rows": rows, "desc": desc, "as_of": as_of_iso}
        return task_table(rows, as_of_iso, desc), st, csv_file, ics_file

    def resort(st: dict):
        desc = not st["desc"]
        rows = service.sort_rows(st["rows"], desc)
        return task_table(rows, st["as_of"], desc), {**st, "rows": rows, "desc": desc}, LATEST if desc else EARLIEST

    def open_task(evt: gr.EventData) -> str:
        a = open_args(evt)
        return notice_view(assistant, a["notice"], a["start"], a["end"], "Đoạn giao nhiệm vụ", a["section"])

    inputs = [unit, after, before, as_of, notice, only_late, order]
    outputs = [table, state, csv, ics]
    for trigger in (go.click, unit.submit, after.submit, before.submit, as_of.submit, notice.submit,
                    only_late.input, order.input):
        trigger(run, inputs=inputs, outputs=outputs, api_visibility="private")
    # "Today" is the day the page is opened, not the day the server started.
    demo.load(lambda: service.vn_date(service.today()), outputs=[as_of], api_visibility="private",
              queue=False).then(run, inputs=inputs, outputs=outputs, api_visibility="private")
    table.sort(resort, inputs=[state], outputs=[table, state, order], api_visibility="private",
               show_progress="hidden")
    table.open(open_task, outputs=[panel], api_visibility="private", show_progress="hidden")
