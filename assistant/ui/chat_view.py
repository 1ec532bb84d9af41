"""HTML of the conversation: questions, cited answers with clickable markers, the "not in the archive"
state with the closest passages, and the plain text that "copy" puts on the clipboard."""

from __future__ import annotations

import re

from assistant.types import Answer, Citation, Hit
from assistant.ui.render import attr, esc

_MARKER = re.compile(r"\[(\d{1,3})\]")
_TEXT = {
    "vi": {"sources": "Nguồn trích dẫn", "closest": "Các đoạn gần nhất trong kho (để anh/chị tự kiểm tra)",
           "abstain": "Không có trong kho văn bản", "copy": "Sao chép câu trả lời kèm nguồn",
           "q": "Câu hỏi", "a": "Trả lời", "resolved": "Hiểu là", "open": "Xem trong văn bản"},
    "en": {"sources": "Sources · Nguồn trích dẫn", "closest": "Closest passages in the archive (to check yourself)",
           "abstain": "Not in the archive · Không có trong kho", "copy": "Copy answer with sources",
           "q": "Question", "a": "Answer", "resolved": "Understood as", "open": "Open in the notice"},
}
COPIED = {"vi": "Đã sao chép", "en": "Copied"}


def _t(lang: str, key: str) -> str:
    return _TEXT.get(lang, _TEXT["vi"])[key]


def citation_label(c: Citation) -> str:
    """ "Thông báo số 245/TB-UBND ngày 12/3/2024, mục II.5, trang 2", and " (OCR)" when the passage was read
    from a scan (its text may hold recognition errors: the page image is in the Archive tab)."""
    return c.official + (" (OCR)" if c.hit.ocr_confidence is not None else "")


def _markers(line: str, turn: int, numbers: set[int]) -> str:
    """An escaped answer line whose [n] markers become buttons opening citation n."""
    def button(m: re.Match) -> str:
        n = int(m.group(1))
        if n not in numbers:
            return m.group(0)
        return (f'<button type="button" class="cite"{attr(turn=turn, n=n, kind="cite")} '
                f'title="Mở nguồn [{n}]" aria-label="Mở nguồn trích dẫn {n}">[{n}]</button>')
    return _MARKER.sub(button, esc(line))


def _source_item(turn: int, c: Citation) -> str:
    n = c.hit.notice
    meta = " · ".join(x for x in (n.issuer, n.source) if x)
    return (f'<li><button type="button" class="cite"{attr(turn=turn, n=c.n, kind="cite")} '
            f'aria-label="Mở nguồn trích dẫn {c.n}">[{c.n}]</button> '
            f'<span class="src-label">{esc(citation_label(c))}</span>'
            f'<span class="src-meta">{esc(meta)}</span>'
            f'<span class="src-section">{esc(c.hit.chunk.section)}</span></li>')


def _closest_item(turn: int, i: int, h: Hit, lang: str) -> str:
    snippet = h.chunk.text if len(h.chunk.text) <= 320 else h.chunk.text[:320].rsplit(" ", 1)[0] + " …"
    where = ", ".join(x for x in (h.notice.label, h.chunk.section) if x)
    return (f'<li><div class="src-label">{esc(where)}</div><div class="closest-text">{esc(snippet)}</div>'
            f'<button type="button" class="link"{attr(turn=turn, n=i, kind="closest")}>'
            f'{esc(_t(lang, "open"))} →</button></li>')


def copy_text(question: str, answer: Answer) -> str:
    """The answer with its sources as plain text, as it would be pasted into a report."""
    lang = answer.language
    lines = [f"{_t(lang, 'q')}: {answer.question or question}", f"{_t(lang, 'a')}:", answer.answer.strip()]
    if answer.citations:
        lines += ["", _t(lang, "sources").split(" · ")[0] + ":"]
        for c in answer.citations:
            issuer = f" — {c.hit.notice.issuer}" if c.hit.notice.issuer else ""
            lines.append(f"[{c.n}] {citation_label(c)}{issuer} ({c.hit.notice.source})")
            lines.append(f"    “{c.quote}”")
    elif answer.closest:
        lines += ["", _t(lang, "closest") + ":"]
        lines += [f"- {h.notice.label}, {h.chunk.section}: {h.chunk.text[:200]}" for h in answer.closest]
    return "\n".join(lines)


def _answer(i: int, turn: dict) -> str:
    answer: Answer | None = turn.get("answer")
    if turn.get("error"):
        return f'<div class="a a-error" role="alert">{esc(turn["error"])}</div>'
    if answer is None:  # still streaming: markers are shown, not yet clickable
        body = "".join(f"<p>{esc(line)}</p>" for line in turn.get("text", "").splitlines() if line.strip())
        return f'<div class="a a-pending" aria-busy="true">{body}<span class="typing">●●●</span></div>'
    lang = answer.language
    numbers = {c.n for c in answer.citations}
    lines = "".join(f"<p>{_markers(line, i, numbers)}</p>" for line in answer.answer.splitlines() if line.strip())
    parts = []
    if answer.abstained:
        parts.append(f'<div class="abstain-banner">{esc(_t(lang, "abstain"))}</div>')
    parts.append(f'<div class="a-body">{lines}</div>')
    if answer.citations:
        items = "".join(_source_item(i, c) for c in answer.citations)
        parts.append(f'<div class="sources"><div class="sources-title">{esc(_t(lang, "sources"))}</div>'
                     f'<ol>{items}</ol></div>')
    if answer.abstained and answer.closest:
        items = "".join(_closest_item(i, k, h, lang) for k, h in enumerate(answer.closest))
        parts.append(f'<div class="closest"><div class="sources-title">{esc(_t(lang, "closest"))}</div>'
                     f'<ol>{items}</ol></div>')
    parts.append(f'<div class="a-tools"><button type="button" class="copy"{attr(copied=COPIED.get(lang, "Đã sao chép"))}>'
                 f'{esc(_t(lang, "copy"))}</button><textarea class="copy-src" hidden readonly>'
                 f'{esc(copy_text(turn["q"], answer))}</textarea></div>')
    cls = "a a-abstain" if answer.abstained else "a"
    return f'<div class="{cls}"{attr(turn=i, lang=lang)}>{"".join(parts)}</div>'


def _question(turn: dict) -> str:
    answer: Answer | None = turn.get("answer")
    resolved = ""
    if answer is not None and answer.question and answer.question.strip() != turn["q"].strip():
        resolved = (f'<div class="resolved">{esc(_t(answer.language, "resolved"))}: '
                    f'{esc(answer.question)}</div>')
    return f'<div class="q"><div class="q-text">{esc(turn["q"])}</div>{resolved}</div>'


def conversation(turns: list[dict]) -> str:
    if not turns:
        return (
            '<div class="conv conv-empty"><div class="welcome">'
            '<div class="welcome-title">Hỏi về các thông báo kết luận trong kho</div>'
            "<p>Trợ lý trả lời bằng chính câu chữ của văn bản; mỗi dòng có số trích dẫn <b>[1]</b>, bấm vào "
            "để xem đoạn nguồn được tô sáng trong toàn văn. Có thể hỏi tiếp trong cùng cuộc hội thoại "
            "(“còn Kho bạc Nhà nước thì sao?”).</p>"
            '<p class="hint-en">Ask in Vietnamese or English; answers quote the notices and cite them.</p>'
            "</div></div>")
    body = "".join(f'<section class="turn">{_question(t)}{_answer(i, t)}</section>' for i, t in enumerate(turns))
    return f'<div class="conv">{body}</div>'


def history(turns: list[dict]) -> list[tuple[str, str]]:
    """[(resolved question, answer text)] of the finished turns, for follow-ups."""
    return [(t["answer"].question or t["q"], t["answer"].answer) for t in turns if t.get("answer") is not None]


def source_of(turns: list[dict], turn: int, n: int, kind: str) -> tuple[Citation | None, Hit | None]:
    """The citation (kind "cite", number n) or closest passage (kind "closest", index n) clicked."""
    if not 0 <= turn < len(turns) or turns[turn].get("answer") is None:
        return None, None
    answer: Answer = turns[turn]["answer"]
    if kind == "closest":
        return (None, answer.closest[n]) if 0 <= n < len(answer.closest) else (None, None)
    for c in answer.citations:
        if c.n == n:
            return c, c.hit
    return None, None
