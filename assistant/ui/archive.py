"""The "Kho văn bản" tab: upload (checked, ingested in a worker with progress), list, open and remove
notices, index statistics."""

from __future__ import annotations

import time
from pathlib import Path

import gradio as gr

from assistant.assistant import Assistant
from assistant.errors import NoticesError
from assistant.ui import service
from assistant.ui.lists_view import archive_table, ingest_progress, ingest_report, stats_cards
from assistant.ui.render import message, notice_view
from assistant.ui.widgets import clickable, open_args, viewer

POLL_SECONDS = 0.4


class ArchiveTab:
    """Components that other tabs refresh, and the `changed` outputs an ingest or removal updates."""

    listing: gr.HTML
    stats: gr.HTML
    remove_choice: gr.Dropdown
    changes: list  # the ingest and removal events, for other tabs to chain their refresh on

    def snapshot(self, assistant: Assistant):
        """(archive table, statistics, removal choices) as they are now."""
        notices = assistant.index.catalog.notices()
        chunks = {n.id: assistant.index.catalog.count_chunks(n.id) for n in notices}
        choices = [(f"{n.number or '(chưa có số)'} — {n.source}", n.id) for n in notices]
        return (archive_table(notices, chunks), stats_cards(assistant.index.stats()),
                gr.update(choices=choices, value=None))


def _uploads(files) -> list[tuple[Path, str]]:
    """gradio gives temporary paths; the original name is the file's own name inside its upload folder."""
    out = []
    for f in files or []:
        path = Path(getattr(f, "name", None) or str(f))
        out.append((path, path.name))
    return out


def build(assistant: Assistant) -> ArchiveTab:
    tab = ArchiveTab()
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            gr.HTML('<h3 class="section-title">Tải văn bản lên</h3><p class="section-hint">Nhận .pdf .docx .html '
                    '.htm .txt .md, tối đa 20 MB mỗi tệp. Tệp trùng tên với tệp đã tải lên sẽ thay bản cũ.</p>',
                    js_on_load=None)
            files = gr.File(file_count="multiple", label="Tệp văn bản", elem_id="upload-files", height=150)
            add = gr.Button("Nạp vào kho", variant="primary", elem_id="upload-go")
            status = gr.HTML("", elem_id="upload-status", js_on_load=None)
        with gr.Column(scale=2, min_width=340):
            gr.HTML('<h3 class="section-title">Thống kê chỉ mục</h3>', js_on_load=None)
            tab.stats = gr.HTML(stats_cards(assistant.index.stats()), elem_id="index-stats", js_on_load=None)
            gr.HTML('<h3 class="section-title">Xóa văn bản khỏi kho</h3>', js_on_load=None)
            tab.remove_choice = gr.Dropdown([], label="Văn bản cần xóa", elem_id="remove-choice")
            remove = gr.Button("Xóa khỏi kho", variant="stop", size="sm", elem_id="remove-go")
            with gr.Row(visible=False, elem_id="remove-confirm") as confirm_row:
                confirm = gr.Button("Xác nhận xóa", variant="stop", size="sm", elem_id="remove-yes")
                cancel = gr.Button("Hủy", size="sm", elem_id="remove-no")
            removed = gr.HTML("", elem_id="remove-status", js_on_load=None)
    gr.HTML('<h3 class="section-title">Văn bản trong kho</h3><p class="section-hint">Bấm vào một dòng để xem '
            "toàn văn.</p>", js_on_load=None)
    with gr.Row(equal_height=False, elem_classes=["split"]):
        with gr.Column(scale=3, min_width=480):
            tab.listing = clickable(archive_table([], {}), "archive-list")
        with gr.Column(scale=2, min_width=340):
            panel = viewer("archive-panel", "Toàn văn", "Chọn một văn bản trong danh sách để xem toàn văn.")

    snapshot_outputs = [tab.listing, tab.stats, tab.remove_choice]

    def upload(chosen):
        staged, rejected = service.stage_uploads(assistant, _uploads(chosen))
        if not staged:
            yield (ingest_report(None, rejected) if rejected else message("warn", "Chưa chọn tệp nào.")), \
                gr.skip(), *tab.snapshot(assistant)
            return
        job = service.IngestJob(assistant, staged).start()
        while job.running:
            yield ingest_progress(job.done, job.total, job.current, time.monotonic() - job.started), \
                gr.skip(), gr.skip(), gr.skip(), gr.skip()
            job.wait(POLL_SECONDS)
        yield ingest_report(job.report, rejected, job.error), None, *tab.snapshot(assistant)

    def ask_remove(notice_id: str | None):
        if not notice_id:
            return gr.update(visible=False), message("warn", "Chọn văn bản cần xóa trước.")
        n = assistant.index.catalog.notice(notice_id)
        what = f"{n.label} ({n.source})" if n else notice_id
        return gr.update(visible=True), message("warn", f"Xóa vĩnh viễn {what} cùng các đoạn đã lập chỉ mục?",
                                                "Bấm “Xác nhận xóa” để xóa, hoặc “Hủy”.")

    def do_remove(notice_id: str | None):
        try:
            sources = service.remove_notice(assistant, notice_id or "")
            result = message("ok", "Đã xóa: " + ", ".join(sources))
        except NoticesError as exc:
            result = message("error", "Không xóa được.", str(exc))
        return gr.update(visible=False), result, *tab.snapshot(assistant)

    def open_notice(evt: gr.EventData) -> str:
        a = open_args(evt)
        return notice_view(assistant, a["notice"], a["start"], a["end"], "Văn bản trong kho")

    added = add.click(upload, inputs=[files], outputs=[status, files, *snapshot_outputs], api_visibility="private",
              show_progress="hidden", concurrency_limit=1, concurrency_id="ingest")
    remove.click(ask_remove, inputs=[tab.remove_choice], outputs=[confirm_row, removed], api_visibility="private")
    cancel.click(lambda: (gr.update(visible=False), ""), outputs=[confirm_row, removed], api_visibility="private")
    dropped = confirm.click(do_remove, inputs=[tab.remove_choice], outputs=[confirm_row, removed, *snapshot_outputs],
                  api_visibility="private", concurrency_id="ingest")
    tab.listing.open(open_notice, outputs=[panel], api_visibility="private", show_progress="hidden")
    tab.changes = [added, dropped]
    return tab
