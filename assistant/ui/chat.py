"""The "Hỏi đáp" tab: streamed, cited answers; markers open the passage in its notice; follow-ups."""

from __future__ import annotations

import gradio as gr

from assistant.assistant import Assistant
from assistant.ui import service
from assistant.ui.chat_view import conversation, history, source_of
from assistant.ui.render import notice_view, placeholder
from assistant.ui.widgets import viewer
from ingest.errors import NoticesError

PANEL_TITLE = "Nguồn trích dẫn"
PANEL_HINT = ("Bấm vào số trích dẫn [1], [2]… trong câu trả lời để mở đoạn nguồn, được tô sáng trong toàn văn "
              "thông báo, kèm số, ngày, cơ quan ban hành, mục và trang.")

# Citation markers and "closest passage" links send a "cite" event; "copy" puts the answer with its
# sources on the clipboard (execCommand fallback: the clipboard API needs https or localhost).
CONVERSATION_JS = """
// A new turn is brought to the top of the conversation box (its question first, then the answer).
const showLast = () => {
  const box = element.querySelector('.conv');
  const last = box && box.querySelector('section.turn:last-of-type');
  if (last) box.scrollTop = last.offsetTop - box.offsetTop;
};
watch('value', showLast);
element.addEventListener('click', async (e) => {
  const b = e.target.closest('button[data-kind]');
  if (b && element.contains(b)) {
    element.querySelectorAll('button.active').forEach((x) => x.classList.remove('active'));
    b.classList.add('active');
    trigger('cite', {turn: Number(b.dataset.turn), n: Number(b.dataset.n), kind: b.dataset.kind});
    return;
  }
  const c = e.target.closest('button.copy');
  if (!c) return;
  const text = c.parentElement.querySelector('textarea.copy-src').value;
  let ok = false;
  try { await navigator.clipboard.writeText(text); ok = true; } catch (err) {
    const ta = document.createElement('textarea');
    ta.value = text; ta.style.position = 'fixed'; ta.style.opacity = '0';
    document.body.appendChild(ta); ta.select();
    try { ok = document.execCommand('copy'); } catch (err2) { ok = false; }
    ta.remove();
  }
  const label = c.textContent;
  c.textContent = ok ? (c.dataset.copied + ' ✓') : '✗';
  c.classList.toggle('done', ok);
  setTimeout(() => { c.textContent = label; c.classList.remove('done'); }, 1800);
});
"""


def build(assistant: Assistant, demo: gr.Blocks) -> None:
    """Lay out the tab inside the current Blocks context and wire its events."""
    turns = gr.State([])
    with gr.Row(equal_height=False, elem_classes=["split"]):
        with gr.Column(scale=3, min_width=420):
            conv = gr.HTML(conversation([]), js_on_load=CONVERSATION_JS, elem_id="conversation")
            with gr.Row(elem_classes=["ask-row"]):
                box = gr.Textbox(placeholder="Nhập câu hỏi về các thông báo kết luận… (Enter để gửi)",
                                 show_label=False, lines=1, max_lines=4, scale=6, elem_id="question",
                                 autofocus=True)
                send = gr.Button("Hỏi", variant="primary", scale=1, min_width=80, elem_id="ask")
                new = gr.Button("Hội thoại mới", scale=0, min_width=130, elem_id="new-chat")
            gr.HTML('<div class="examples-label">Câu hỏi mẫu</div>', js_on_load=None)
            with gr.Row(elem_classes=["examples"]):
                samples = service.sample_questions(assistant)
                buttons = [gr.Button(q, size="sm", min_width=0, elem_classes=["example"], visible=bool(q))
                           for q in samples + [""] * (service.SAMPLES - len(samples))]
        with gr.Column(scale=2, min_width=360):
            panel = viewer("source-panel", PANEL_TITLE, PANEL_HINT)

    def respond(message: str, past: list[dict]):
        message = (message or "").strip()
        if not message:
            yield gr.skip(), past, gr.skip()
            return
        now = [*past, {"q": message, "text": "", "answer": None}]
        yield "", now, conversation(now)
        try:
            for piece in assistant.stream(message, history(past)):
                if isinstance(piece, str):
                    now[-1]["text"] += piece
                    yield gr.skip(), now, conversation(now)
                else:
                    now[-1]["answer"] = piece
        except NoticesError as exc:
            now[-1]["error"] = f"Không trả lời được câu hỏi này: {exc}"
        yield gr.skip(), now, conversation(now)

    def open_source(past: list[dict], evt: gr.EventData) -> str:
        data = getattr(evt, "_data", None) or {}
        citation, hit = source_of(past, int(data.get("turn", -1)), int(data.get("n", 0)), str(data.get("kind")))
        if hit is None:
            return placeholder("Không mở được nguồn", "Câu trả lời này không còn trong cuộc hội thoại.")
        start, end = hit.chunk.start, hit.chunk.end
        if citation is not None and citation.end > citation.start:
            start, end = citation.start, citation.end
        kicker = f"Trích dẫn [{citation.n}]" if citation is not None else "Đoạn gần nhất (không trả lời trực tiếp)"
        return notice_view(assistant, hit.notice.id, start, end, kicker, hit.chunk.section)

    ask = {"fn": respond, "inputs": [box, turns], "outputs": [box, turns, conv], "api_visibility": "private",
           "show_progress": "hidden"}
    send.click(**ask)
    box.submit(**ask)
    def refresh_samples() -> list:  # the archive may have changed since the app was built
        found = service.sample_questions(assistant)
        found += [""] * (len(buttons) - len(found))
        return [gr.update(value=q, visible=bool(q)) for q in found]

    demo.load(refresh_samples, outputs=buttons, api_visibility="private", queue=False)
    for b in buttons:
        b.click(lambda q: q, inputs=[b], outputs=[box], api_visibility="private", queue=False).then(**ask)
    conv.cite(open_source, inputs=[turns], outputs=[panel], api_visibility="private", show_progress="hidden")
    new.click(lambda: ([], conversation([]), placeholder(PANEL_TITLE, PANEL_HINT)), outputs=[turns, conv, panel],
              api_visibility="private", queue=False)
