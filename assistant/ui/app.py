"""The web app: four tabs over one `Assistant`, JSON endpoints for gradio_client (ask, search, tasks), and
`serve`, which refuses to expose the archive beyond this machine without a password."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline machines: no calls home

import gradio as gr

from assistant.assistant import Assistant
from assistant.ui import archive, chat, service, tasks_tab
from assistant.ui import search as search_tab
from assistant.ui.access import Accounts, check_listen
from ingest.errors import ConfigError, NoticesError

TITLE = "Trợ lý tra cứu Thông báo kết luận"
CSS = (Path(__file__).parent / "style.css").read_text(encoding="utf-8")
# System fonts only: the default theme would fetch Google Fonts, which offline machines cannot reach.
FONTS = ["Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "DejaVu Sans", "sans-serif"]
MONO = ["Consolas", "DejaVu Sans Mono", "monospace"]
# gradio ships no Vietnamese and shows English to a Vietnamese browser, so the few built-in strings this
# app shows are given in Vietnamese for "en" as well (other locales keep gradio's own translations).
I18N_VI = {
    "upload_text.drop_file": "Kéo thả tệp vào đây", "upload_text.click_to_upload": "Bấm để chọn tệp",
    "login.login": "Đăng nhập", "login.username": "tên đăng nhập", "login.password": "mật khẩu",
    "login.incorrect_credentials": "Sai tên đăng nhập hoặc mật khẩu", "common.loading": "Đang tải",
    "common.or": "hoặc", "common.clear": "Xóa", "common.download": "Tải xuống", "common.remove": "Bỏ",
    "common.error": "Lỗi", "common.empty": "Trống", "errors.use_via_api": "Dùng qua API",
}
HEADER = f"""
<header class="na-header">
  <div class="na-seal" aria-hidden="true"><svg viewBox="0 0 24 24" width="26" height="26"><path fill="currentColor"
    d="M6 2h9l5 5v15H6zM14 3.5V8h4.5M8.5 12h8v1.4h-8zm0 3h8v1.4h-8zm0 3h5.5v1.4H8.5z"/></svg></div>
  <div class="na-titles">
    <div class="na-title">{TITLE}</div>
    <div class="na-sub">Hỏi đáp, tra cứu và theo dõi nhiệm vụ trên kho văn bản — mỗi câu trả lời đều dẫn nguồn
      <span class="na-en">· Cited answers over meeting-conclusion notices</span></div>
  </div>
</header>"""
FOOTER = ('<footer class="na-footer">Câu trả lời được trích nguyên văn từ văn bản trong kho; hãy đối chiếu '
          "bản gốc trước khi sử dụng chính thức. · Answers quote the archive verbatim.</footer>")


def theme() -> gr.themes.Base:
    return gr.themes.Default(
        primary_hue=gr.themes.colors.red, secondary_hue=gr.themes.colors.amber,
        neutral_hue=gr.themes.colors.slate, radius_size=gr.themes.sizes.radius_sm, font=FONTS, font_mono=MONO,
    ).set(
        body_background_fill="#f4f5f7", block_border_width="1px", block_shadow="none",
        button_primary_background_fill="#a61b1b", button_primary_background_fill_hover="#8a1414",
        button_primary_text_color="#ffffff", button_primary_border_color="#8a1414",
        input_background_fill="#ffffff", block_label_text_color="#334155", block_title_text_color="#334155",
    )


def _api(assistant: Assistant) -> None:
    """Endpoints for gradio_client: JSON in, JSON out, the same calls the CLI makes."""

    def ask(question: str, history: list[list[str]] | None = None) -> dict:
        """Cited answer; `history` is [[resolved question, answer text], ...] of earlier turns."""
        pairs = [(str(p[0]), str(p[1])) for p in (history or []) if len(p) >= 2]
        try:
            return assistant.ask(question, pairs).to_dict()
        except NoticesError as exc:
            raise gr.Error(str(exc)) from exc

    def search(query: str, issuer: str = "", doc_type: str = "", date_from: str = "", date_to: str = "",
               unit: str = "", top_k: int = 10) -> list[dict]:
        """Ranked passages; dates are dd/mm/yyyy or ISO; `unit` is matched as words of the query."""
        try:
            hits = service.search(assistant, query, issuer, doc_type, date_from, date_to, unit, int(top_k))
        except NoticesError as exc:
            raise gr.Error(str(exc)) from exc
        return [h.to_dict() for h in hits]

    def tasks(unit: str = "", due_before: str = "", due_after: str = "", overdue_as_of: str = "",
              notice: str = "") -> list[dict]:
        """The task register, filtered; dates are dd/mm/yyyy or ISO."""
        if not service.tasks_available():
            raise gr.Error(tasks_tab.NOT_READY)
        try:
            return service.task_rows(assistant, unit, due_after, due_before, overdue_as_of, notice)
        except NoticesError as exc:
            raise gr.Error(str(exc)) from exc

    gr.api(ask, api_name="ask")
    gr.api(search, api_name="search")
    gr.api(tasks, api_name="tasks")


def build_app(assistant: Assistant) -> gr.Blocks:
    with gr.Blocks(title=TITLE, analytics_enabled=False, fill_width=True, delete_cache=(3600, 7200)) as demo:
        gr.HTML(HEADER, js_on_load=None, elem_id="na-header")
        with gr.Tabs(elem_id="tabs"):
            with gr.Tab("Hỏi đáp", id="chat", elem_id="tab-chat"):
                chat.build(assistant, demo)
            with gr.Tab("Tra cứu", id="search", elem_id="tab-search"):
                search = search_tab.build(assistant)
            with gr.Tab("Sổ nhiệm vụ", id="tasks", elem_id="tab-tasks"):
                tasks_tab.build(assistant, demo)
            with gr.Tab("Kho văn bản", id="archive", elem_id="tab-archive"):
                store = archive.build(assistant)
        gr.HTML(FOOTER, js_on_load=None)
        for event in store.changes:
            event.then(lambda: search.refresh(assistant), outputs=[search.issuer, search.doc_type],
                       api_visibility="private")
        demo.load(lambda: store.snapshot(assistant), outputs=[store.listing, store.stats], api_visibility="private")
        _api(assistant)
    demo.queue(default_concurrency_limit=4)
    return demo


def serve(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860,
          auth: Accounts | list[tuple[str, str]] | None = None, block: bool = True, quiet: bool = False) -> gr.Blocks:
    """Load the model once, build the app and listen. `block=False` returns at once (tests). Never shared
    through a public tunnel, whatever GRADIO_SHARE says."""
    if isinstance(auth, list):
        auth = Accounts.plain(auth)
    check_listen(host, auth or [])
    assistant.index.embeddings  # noqa: B018 - load the model now, not on the first question
    assistant.search("thông báo kết luận", 1)  # open Chroma and build the lexical index before anyone asks
    demo = build_app(assistant)
    try:
        demo.launch(
            server_name=host, server_port=port, auth=auth.check if auth else None, share=False,
            prevent_thread_lock=not block, quiet=quiet,
            auth_message="Đăng nhập để dùng " + TITLE, theme=theme(), css=CSS, footer_links=["api"],
            max_file_size="100mb", ssr_mode=False, show_error=True, i18n=gr.I18n(vi=I18N_VI, en=I18N_VI),
        )
    except OSError as exc:  # gradio's "Cannot find empty port": say which flag fixes it
        raise ConfigError(f"cannot listen on {host}:{port} ({exc}): pass another --port") from exc
    return demo
