"""HTML for the web app's documents. Every piece of document text goes through `esc` (html.escape):
a notice that quotes `<script>` or an `onerror=` attribute shows them as text and runs nothing."""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Iterable

from assistant.ui.service import vn_date
from ingest.records import Notice
from ingest.vn import fold

_TOKEN = re.compile(r"[\wĐđ]+(?:[/&\-][\wĐđ]+)*", re.UNICODE)


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def attr(**values: object) -> str:
    """data-* attributes, escaped: attr(notice="ab", start=3) -> ' data-notice="ab" data-start="3"'."""
    return "".join(f' data-{k.replace("_", "-")}="{esc(v)}"' for k, v in values.items())


def terms_of(query: str) -> set[str]:
    """Folded words of a search query worth highlighting (question words and short ones dropped)."""
    from assistant.question import content_terms

    return {t for t in content_terms(query) if len(t) > 1}


def mark_terms(text: str, terms: set[str], cls: str = "term") -> str:
    """Escaped `text` with the words whose folded form is one of `terms` wrapped in <mark>."""
    if not terms:
        return esc(text)
    out, pos = [], 0
    for m in _TOKEN.finditer(text):
        word, folded = m.group(0), fold(m.group(0))
        if folded in terms or any(p in terms for p in re.split(r"[/&\-]", folded)):
            out.append(esc(text[pos:m.start()]))
            out.append(f'<mark class="{cls}">{esc(word)}</mark>')
            pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def highlight(text: str, spans: Iterable[tuple[int, int, str]] = (), page_starts: list[int] | None = None,
              terms: set[str] | None = None) -> str:
    """The whole document, escaped, with `spans` [(start, end, css class)] marked and a page divider
    at each page start (PDFs); inside marked spans, `terms` are marked as well."""
    spans = [(max(0, s), min(len(text), e), c) for s, e, c in spans if e > s]
    cuts = {0, len(text)}
    for s, e, _ in spans:
        cuts.update((s, e))
    pages = sorted(p for p in (page_starts or [])[1:] if 0 < p < len(text))
    page_set = set(pages)
    cuts.update(pages)
    bounds = sorted(cuts)
    out, first = [], True
    for a, b in itertools.pairwise(bounds):
        if a in page_set:
            n = bisect.bisect_right(pages, a) + 1
            out.append(f'<span class="page-break" aria-label="Trang {n}">Trang {n}</span>')
        classes = [c for s, e, c in spans if s <= a and b <= e]
        piece = text[a:b]
        if not classes:
            out.append(esc(piece))
            continue
        ident = " first-mark" if first else ""
        first = False
        body = mark_terms(piece, terms or set()) if terms else esc(piece)
        out.append(f'<mark class="{" ".join(classes)}{ident}">{body}</mark>')
    return "".join(out)


def page_of(page_starts: list[int] | None, offset: int) -> int | None:
    """1-based page holding `offset`; None when the document is not paged."""
    if not page_starts:
        return None
    return max(1, bisect.bisect_right(page_starts, offset))


def notice_meta(notice: Notice, section: str = "", page: int | str | None = None) -> str:
    """Number, date, type and page on one line; issuer, section, signer and file below."""
    number = notice.number or ("(dự thảo, chưa có số)" if notice.symbol else "")
    facts = [("Số", number), ("Ngày", vn_date(notice.date)), ("", (notice.doc_type or "").capitalize()),
             ("Trang", page or "")]
    line = "".join(f"<span>{esc(k)} <b>{esc(v)}</b></span>" if k else f"<span><b>{esc(v)}</b></span>"
                   for k, v in facts if v)
    rows = [("Cơ quan ban hành", notice.issuer), ("Mục", section), ("Người ký", notice.signer),
            ("Tệp", notice.source)]
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows if v)
    return f'<div class="doc-facts">{line}</div><dl class="doc-meta">{items}</dl>'


def document_panel(notice: Notice, text: str, page_starts: list[int] | None = None,
                   spans: Iterable[tuple[int, int, str]] = (), kicker: str = "", section: str = "",
                   quote: str = "", terms: set[str] | None = None) -> str:
    """A notice in full with its passage highlighted, under a header saying what it is."""
    spans = list(spans)
    page = None
    if spans and page_starts:
        first_page = page_of(page_starts, spans[0][0])
        last_page = page_of(page_starts, max(spans[0][0], spans[0][1] - 1))
        page = f"{first_page}–{last_page}" if first_page != last_page else first_page
    head = [f'<div class="doc-kicker">{esc(kicker)}</div>' if kicker else "",
            f'<div class="doc-label">{esc(notice.label)}</div>',
            f'<div class="doc-title">{esc(notice.title)}</div>' if notice.title else "",
            notice_meta(notice, section, page),
            f'<blockquote class="doc-quote">{esc(quote)}</blockquote>' if quote else ""]
    body = highlight(text, spans, page_starts, terms)
    return (f'<article class="doc-panel"{attr(notice=notice.id)}><header class="doc-head">{"".join(head)}'
            f'</header><div class="doc-body" tabindex="0">{body}</div></article>')


def placeholder(title: str, hint: str) -> str:
    return f'<div class="doc-empty"><div class="doc-empty-title">{esc(title)}</div><p>{esc(hint)}</p></div>'


def notice_view(assistant, notice_id: str, start: int = 0, end: int = 0, kicker: str = "",
                section: str = "", quote: str = "", terms: set[str] | None = None) -> str:
    """Look a notice up in the catalog and render it, passage [start, end) highlighted."""
    catalog = assistant.index.catalog
    notice = catalog.notice(notice_id)
    doc = catalog.document(notice_id) if notice else None
    if not notice or not doc:
        return placeholder("Không tìm thấy văn bản", "Văn bản này đã bị xóa khỏi kho hoặc chưa được nạp.")
    text, page_starts = doc
    spans = [(int(start), int(end), "cited")] if int(end) > int(start) else []
    return document_panel(notice, text, page_starts, spans, kicker, section, quote, terms)


def message(kind: str, title: str, detail: str = "") -> str:
    """A notice box: kind is info | ok | warn | error."""
    more = f"<div>{esc(detail)}</div>" if detail else ""
    return f'<div class="msg msg-{kind}" role="status"><strong>{esc(title)}</strong>{more}</div>'
