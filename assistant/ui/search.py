"""The "Tra cứu" tab: passages by query and filters, matching words highlighted, notices opened in full."""

from __future__ import annotations

import gradio as gr

from assistant.assistant import Assistant
from assistant.ui import service
from assistant.ui.lists_view import search_results
from assistant.ui.render import message, notice_view, terms_of
from assistant.ui.widgets import clickable, open_args, viewer
from ingest.errors import NoticesError

ANY = "— Tất cả —"


def _choice(value: str | None) -> str:
    return "" if not value or value == ANY else value


class SearchTab:
    """Components the app refreshes after an ingest (the issuer and type lists)."""

    issuer: gr.Dropdown
    doc_type: gr.Dropdown

    def refresh(self, assistant: Assistant):
        issuers, types = service.filter_choices(assistant)
        return gr.update(choices=[ANY, *issuers]), gr.update(choices=[ANY, *types])


def build(assistant: Assistant) -> SearchTab:
    tab = SearchTab()
    issuers, types = service.filter_choices(assistant)
    with gr.Row(elem_classes=["search-row"]):
        query = gr.Textbox(placeholder="Từ khóa, số hiệu văn bản hoặc nội dung (có thể gõ không dấu)…",
                           show_label=False, scale=6, elem_id="search-query")
        go = gr.Button("Tìm kiếm", variant="primary", scale=1, min_width=110, elem_id="search-go")
    with gr.Row(elem_classes=["filters"]):
        tab.issuer = gr.Dropdown([ANY, *issuers], value=ANY, label="Cơ quan ban hành", allow_custom_value=True,
                                 scale=3, elem_id="filter-issuer")
        tab.doc_type = gr.Dropdown([ANY, *types], value=ANY, label="Loại văn bản", allow_custom_value=True,
                                   scale=2, elem_id="filter-type")
        date_from = gr.Textbox(label="Ban hành từ ngày", placeholder="dd/mm/yyyy", scale=2, elem_id="filter-from")
        date_to = gr.Textbox(label="đến ngày", placeholder="dd/mm/yyyy", scale=2, elem_id="filter-to")
        unit = gr.Textbox(label="Đơn vị được giao", placeholder="vd. Sở Tài chính", scale=3, elem_id="filter-unit")
    with gr.Row(equal_height=False, elem_classes=["split"]):
        with gr.Column(scale=3, min_width=420):
            results = clickable(message("info", "Nhập từ khóa rồi bấm “Tìm kiếm”.",
                                        "Lọc theo cơ quan ban hành, loại văn bản, khoảng ngày ban hành hoặc đơn vị."),
                                "search-results")
        with gr.Column(scale=2, min_width=360):
            panel = viewer("search-panel", "Toàn văn", "Bấm “Xem toàn văn thông báo” ở một kết quả để mở văn bản.")

    def run(q: str, iss: str, typ: str, d1: str, d2: str, u: str) -> str:
        try:
            hits = service.search(assistant, q or "", _choice(iss), _choice(typ), d1, d2, u or "")
        except NoticesError as exc:
            return message("warn", str(exc))
        return search_results(hits, terms_of(f"{q} {u}"))

    def open_notice(q: str, u: str, evt: gr.EventData) -> str:
        a = open_args(evt)
        return notice_view(assistant, a["notice"], a["start"], a["end"], "Đoạn tìm thấy", a["section"],
                           terms=terms_of(f"{q} {u}"))

    inputs = [query, tab.issuer, tab.doc_type, date_from, date_to, unit]
    for trigger in (go.click, query.submit, unit.submit, date_from.submit, date_to.submit):
        trigger(run, inputs=inputs, outputs=[results], api_visibility="private")
    results.open(open_notice, inputs=[query, unit], outputs=[panel], api_visibility="private",
                 show_progress="hidden")
    return tab
