"""gr.HTML building blocks shared by the tabs: a document viewer that scrolls to its highlighted passage,
and clickable lists whose rows (`.open[data-notice]`) send an "open" event with the row's data."""

from __future__ import annotations

import gradio as gr

from assistant.ui.render import placeholder

# Scroll the viewer's own text box (not the page) so the first highlighted piece sits near the top.
VIEWER_JS = """
const show = () => {
  const body = element.querySelector('.doc-body');
  if (!body) return;
  const mark = body.querySelector('mark.first-mark');
  body.scrollTop = mark ? Math.max(0, mark.offsetTop - body.clientHeight / 5) : 0;
};
watch('value', show);
show();
"""

# Rows carry data-notice/start/end/section/quote; Enter and Space open them too (keyboard users).
LIST_JS = """
const fire = (row) => {
  element.querySelectorAll('.open.selected').forEach((x) => x.classList.remove('selected'));
  row.classList.add('selected');
  const d = row.dataset;
  trigger('open', {notice: d.notice || '', start: Number(d.start || 0), end: Number(d.end || 0),
                   section: d.section || '', quote: d.quote || ''});
};
element.addEventListener('click', (e) => {
  const sort = e.target.closest('[data-sort]');
  if (sort) { trigger('sort', {key: sort.dataset.sort}); return; }
  const row = e.target.closest('.open[data-notice]');
  if (row && element.contains(row)) fire(row);
});
element.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const row = e.target.closest('.open[data-notice]');
  if (row) { e.preventDefault(); fire(row); }
});
"""


def viewer(elem_id: str, title: str, hint: str) -> gr.HTML:
    return gr.HTML(placeholder(title, hint), js_on_load=VIEWER_JS, elem_id=elem_id, elem_classes=["viewer"])


def clickable(value: str, elem_id: str) -> gr.HTML:
    return gr.HTML(value, js_on_load=LIST_JS, elem_id=elem_id, elem_classes=["clickable"])


def open_args(evt: gr.EventData) -> dict:
    """The data an "open" event carried, with safe defaults."""
    data = getattr(evt, "_data", None) or {}
    return {"notice": str(data.get("notice", "")), "start": int(data.get("start") or 0),
            "end": int(data.get("end") or 0), "section": str(data.get("section", "")),
            "quote": str(data.get("quote", ""))}
