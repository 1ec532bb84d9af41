"""The "Kho văn bản" tab: upload (checked, ingested in a worker with progress), list, open and remove
notices, index statistics."""

from __future__ import annotations

import time
from pathlib import Path

import gradio as gr

from assistant.assistant import Assistant
from assistant.ui import service
from assistant.ui.lists_view import archive_table, ingest_progress, ingest_report, stats_cards
from assistant.ui.render import message, notice_view, placeholder
from assistant.ui.widgets import clickable, open_args, viewer
from ingest.errors import NoticesError

POLL_SECONDS = 0.4


class ArchiveTab:
    """Components that other tabs refresh, and the `changes` an ingest or a removal makes."""

    listing: gr.HTML
    stats: gr.HTML
    changes: list  # the ingest and removal events, for other tabs to chain their refresh on

    def snapshot(self, assistant: Assistant):
        """(archive table, statistics) as they are now."""
        notices = assistant.index.catalog.notices()
        chunks = {n.id: assistant.index.catalog.count_chunks(n.id) for n in notices}
        return archive_table(notices, chunks), stats_cards(_stats(assistant))


def _stats(assistant: Assistant) -> dict:
    """Index statistics; the embedding model followed by the path that embeds documents here (int8, bf16, ...)."""
    stats, path = assistant.index.stats(), getattr(assistant.index.embeddings, "embedding_path", "")
    return {**stats, "embedding_model": " · ".join(x for x in (stats.get("embedding_model"), path) if x)}


def _uploads(files) -> list[tuple[Path, str]]:
    """gradio gives temporary paths; the original name is the file's own name inside its upload folder."""
    out = []
    for f in files or []:
        path = Path(getattr(f, "name", None) or str(f))
        out.append((path, path.name))
    return out


def build(assistant: Assistant) -> ArchiveTab:
    tab = ArchiveTab()
    opened = gr.State("")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=420):
            gr.HTML('<h3 class="section-title">Tải văn bản lên</h3><p class="section-hint">Nhận .pdf .docx .html '
                    '.htm .txt .md, tối đa 20 MB mỗi tệp; bản quét (.pdf chỉ có ảnh, .png .jpg .tif) được nhận dạng '
                    "chữ (OCR). Tệp trùng tên với tệp đã tải lên sẽ thay bản cũ. "
                    "Trong lúc nạp vẫn hỏi đáp và tra cứu được.</p>", js_on_load=None)
            # No file_types here: gradio would refuse the whole batch for one wrong file; each file is
            # checked in service.check_upload instead, and refused with its own reason.
            files = gr.File(file_count="multiple", label="Tệp văn bản", elem_id="upload-files", height=140)
            add = gr.Button("Nạp vào kho", variant="primary", elem_id="upload-go")
            status = gr.HTML("", elem_id="upload-status", js_on_load=None)
        with gr.Column(scale=2, min_width=340):
            gr.HTML('<h3 class="section-title">Thống kê chỉ mục</h3>', js_on_load=None)
            tab.stats = gr.HTML(stats_cards(_stats(assistant)), elem_id="index-stats", js_on_load=None)
    gr.HTML('<h3 class="section-title">Văn bản trong kho</h3><p class="section-hint">Bấm vào một dòng để xem '
            "toàn văn; có thể xóa văn bản đang xem khỏi kho.</p>", js_on_load=None)
    with gr.Row(equal_height=False, elem_classes=["split"]):
        with gr.Column(scale=3, min_width=480):
            tab.listing = clickable(archive_table([], {}), "archive-list")
        with gr.Column(scale=2, min_width=340):
            panel = viewer("archive-panel", "Toàn văn", "Chọn một văn bản trong danh sách để xem toàn văn.")
            remove = gr.Button("Xóa văn bản này khỏi kho", variant="stop", size="sm", visible=False,
                               elem_id="remove-go")
            with gr.Row(visible=False, elem_id="remove-confirm") as confirm_row:
                confirm = gr.Button("Xác nhận xóa", variant="stop", size="sm", elem_id="remove-yes")
                cancel = gr.Button("Hủy", size="sm", elem_id="remove-no")
            removed = gr.HTML("", elem_id="remove-status", js_on_load=None)
            # A scanned notice's page images, beside the text OCR read from them.
            scan_page = gr.Dropdown(choices=[], label="Ảnh trang quét (OCR)", visible=False, elem_id="scan-page",
                                    interactive=True)
            scan_image = gr.Image(visible=False, type="pil", interactive=False, show_label=False,
                                  elem_id="scan-image", height=720)

    def upload(chosen):
        staged, rejected = service.stage_uploads(assistant, _uploads(chosen))
        if not staged:
            note = ingest_report(None, rejected) if rejected else message("warn", "Chưa chọn tệp nào.")
            yield note, gr.skip(), *tab.snapshot(assistant)
            return
        job = service.IngestJob(assistant, staged).start()
        while job.running:
            yield ingest_progress(job.done, job.total, job.current, time.monotonic() - job.started, job.ocr), \
                gr.skip(), gr.skip(), gr.skip()
            job.wait(POLL_SECONDS)
        yield ingest_report(job.report, rejected, job.error), None, *tab.snapshot(assistant)

    def open_notice(evt: gr.EventData):
        a = open_args(evt)
        return (notice_view(assistant, a["notice"], a["start"], a["end"], "Văn bản trong kho"), a["notice"],
                gr.update(visible=True), gr.update(visible=False), "", *scanned(a["notice"]))

    def scanned(notice_id: str):
        """The page chooser and the first scanned page's image, shown only for a notice read by OCR."""
        pages = service.ocr_pages(assistant, notice_id)
        if not pages:
            return gr.update(visible=False, choices=[], value=None), gr.update(visible=False, value=None)
        choices = [(f"Trang {p} · độ tin cậy OCR {c:.0f}%", p) for p, c in pages]
        return (gr.update(visible=True, choices=choices, value=pages[0][0]),
                gr.update(visible=True, value=service.page_image(assistant, notice_id, pages[0][0])))

    def show_page(notice_id: str, page):
        return gr.update(value=service.page_image(assistant, notice_id, page) if page else None)

    def ask_remove(notice_id: str):
        n = assistant.index.catalog.notice(notice_id) if notice_id else None
        if n is None:
            return gr.update(visible=False), message("warn", "Chọn văn bản cần xóa trong danh sách trước.")
        return gr.update(visible=True), message("warn", f"Xóa vĩnh viễn {n.label} ({n.source}) cùng các đoạn "
                                                "đã lập chỉ mục?", "Bấm “Xác nhận xóa” để xóa, hoặc “Hủy”.")

    def do_remove(notice_id: str):
        try:
            sources = service.remove_notice(assistant, notice_id or "")
            result = message("ok", "Đã xóa khỏi kho: " + ", ".join(sources))
        except NoticesError as exc:
            result = message("error", "Không xóa được.", str(exc))
        return (gr.update(visible=False), gr.update(visible=False), result, "",
                placeholder("Toàn văn", "Chọn một văn bản trong danh sách để xem toàn văn."), *tab.snapshot(assistant),
                *scanned(""))

    snapshot = [tab.listing, tab.stats]
    added = add.click(upload, inputs=[files], outputs=[status, files, *snapshot], api_visibility="private",
                      show_progress="hidden", concurrency_limit=1, concurrency_id="ingest")
    tab.listing.open(open_notice, outputs=[panel, opened, remove, confirm_row, removed, scan_page, scan_image],
                     api_visibility="private", show_progress="hidden")
    scan_page.change(show_page, inputs=[opened, scan_page], outputs=[scan_image], api_visibility="private",
                     show_progress="hidden")
    remove.click(ask_remove, inputs=[opened], outputs=[confirm_row, removed], api_visibility="private")
    cancel.click(lambda: (gr.update(visible=False), ""), outputs=[confirm_row, removed], api_visibility="private")
    dropped = confirm.click(do_remove, inputs=[opened], outputs=[confirm_row, remove, removed, opened, panel,
                                                                   *snapshot, scan_page, scan_image],
                            api_visibility="private", concurrency_id="ingest")
    tab.changes = [added, dropped]
    return tab
