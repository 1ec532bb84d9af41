"""HTML of the lists: search results, the task register, the archive, its statistics, upload reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.types import Hit
from assistant.ui.render import attr, esc, mark_terms, message
from assistant.ui.service import vn_date, vn_time
from ingest.records import Notice


# -- search -----------------------------------------------------------------------------------------------
def search_results(hits: list[Hit], terms: set[str]) -> str:
    if not hits:
        return message("info", "Không tìm thấy đoạn nào phù hợp.",
                       "Thử bỏ bớt bộ lọc hoặc dùng từ khác (có thể gõ không dấu).")
    cards = []
    for i, h in enumerate(hits, 1):
        n, c = h.notice, h.chunk
        ocr = " (OCR)" if h.ocr_confidence is not None else ""  # read from a scan
        where = " · ".join(x for x in (c.section, f"trang {c.page}{ocr}" if c.page else "") if x)
        cards.append(
            f'<li class="result"><div class="result-head"><span class="result-n">{i}</span>'
            f'<span class="result-label">{esc(n.label)}</span>'
            f'<span class="result-issuer">{esc(n.issuer)}</span></div>'
            f'<div class="result-title">{esc(n.title)}</div>'
            f'<div class="result-where">{esc(where)}</div>'
            f'<div class="result-text">{mark_terms(c.text, terms)}</div>'
            f'<button type="button" class="link open"{attr(notice=n.id, start=c.start, end=c.end, section=c.section)}>'
            f'Xem toàn văn thông báo →</button></li>')
    return f'<div class="results-count">{len(hits)} đoạn phù hợp</div><ol class="results">{"".join(cards)}</ol>'


# -- task register ----------------------------------------------------------------------------------------
def _status(row: dict, as_of: str) -> tuple[str, str]:
    due = row.get("due")
    if not due:
        return ("recurring", f"Định kỳ: {row['recurring']}") if row.get("recurring") else ("none", "Không ghi hạn")
    if as_of and due < as_of:
        late = (dt.date.fromisoformat(as_of) - dt.date.fromisoformat(due[:10])).days
        return "overdue", f"Quá hạn {late} ngày"
    if as_of:
        left = (dt.date.fromisoformat(due[:10]) - dt.date.fromisoformat(as_of)).days
        return ("soon", f"Còn {left} ngày") if left <= 14 else ("open", f"Còn {left} ngày")
    return "open", ""


def task_table(rows: list[dict], as_of: str, descending: bool = False) -> str:
    if not rows:
        return message("info", "Không có nhiệm vụ nào khớp bộ lọc.", "Thử bỏ bớt điều kiện lọc.")
    arrow = "↓" if descending else "↑"
    body = []
    for r in rows:
        kind, status = _status(r, as_of)
        coord = ", ".join(r.get("coordinators") or [])
        due_text = r.get("due_text") or ""
        where = r.get("breadcrumb") or r.get("section") or ""
        data = attr(notice=r.get("notice_id", ""), start=r.get("start", 0), end=r.get("end", 0), section=where)
        role = '<span class="badge badge-none">phối hợp</span> ' if r.get("role") == "coordinator" else ""
        body.append(
            f'<tr class="task task-{kind} open" tabindex="0" role="button"{data}>'
            f'<td class="due"><div class="due-date">{esc(vn_date(r.get("due")) or "—")}</div>'
            f'<div class="due-text">{esc(due_text)}</div></td>'
            f'<td class="who"><div>{role}{esc(r.get("assignee", ""))}</div>'
            + (f'<div class="coord">Phối hợp: {esc(coord)}</div>' if coord else "")
            + f'</td><td class="what">{esc(r.get("action", ""))}</td>'
            f'<td class="src"><div>{esc(r.get("notice_number") or r.get("source", ""))}</div>'
            f'<div class="coord">{esc("mục " + r["section"] if r.get("section") else "")}</div></td>'
            f'<td class="status"><span class="badge badge-{kind}">{esc(status)}</span></td></tr>')
    overdue = sum(1 for r in rows if _status(r, as_of)[0] == "overdue")
    summary = f"{len(rows)} nhiệm vụ" + (f" · {overdue} quá hạn tính đến {vn_date(as_of)}" if as_of else "")
    return (f'<div class="results-count">{esc(summary)}</div><div class="table-wrap"><table class="tasks">'
            f'<thead><tr><th scope="col" class="sortable" data-sort="due">Hạn {arrow}</th>'
            '<th scope="col">Đơn vị chủ trì</th><th scope="col">Nhiệm vụ</th><th scope="col">Văn bản, mục</th>'
            f'<th scope="col">Tình trạng</th></tr></thead><tbody>{"".join(body)}</tbody></table></div>')


# -- archive ----------------------------------------------------------------------------------------------
def archive_table(notices: list[Notice], chunks: dict[str, int]) -> str:
    if not notices:
        return message("info", "Kho chưa có văn bản nào.", "Tải tệp lên ở mục bên trên để bắt đầu.")
    rows = "".join(
        f'<tr class="open" tabindex="0" role="button"{attr(notice=n.id, start=0, end=0)}>'
        f'<td>{esc(n.number or "—")}</td><td>{esc(vn_date(n.date) or "—")}</td>'
        f'<td>{esc((n.doc_type or "").capitalize())}</td><td>{esc(n.issuer)}</td>'
        f'<td class="what">{esc(n.title)}<div class="coord file">{esc(n.source)}</div></td>'
        f'<td class="num">{chunks.get(n.id, 0)}</td></tr>' for n in notices)
    return ('<div class="table-wrap"><table class="archive"><thead><tr><th>Số</th><th>Ngày</th><th>Loại</th>'
            '<th>Cơ quan ban hành</th><th>Trích yếu · tệp</th><th>Số đoạn</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def stats_cards(stats: dict) -> str:
    cards = [("Văn bản", stats.get("documents", 0)), ("Đoạn đã lập chỉ mục", stats.get("chunks", 0)),
             ("Nhiệm vụ trích xuất", stats.get("directives", 0)),
             ("Mô hình nhúng", stats.get("embedding_model", "")),
             ("Lần nạp gần nhất", vn_time(stats.get("last_ingest")) or "chưa có")]
    items = "".join(f'<div class="stat"><div class="stat-v">{esc(v)}</div><div class="stat-k">{esc(k)}</div></div>'
                    for k, v in cards)
    where = f'Kho: {stats.get("data_dir", "")} · Chroma: {stats.get("chroma", "")}'
    return f'<div class="stats">{items}</div><div class="stats-where">{esc(where)}</div>'


def ingest_progress(done: int, total: int, current: str, seconds: float,
                    ocr: tuple[int, int] | None = None) -> str:
    """The bar; `ocr` (page, pages) while the current file's scanned pages are read, which is slow."""
    pct = int(100 * done / total) if total else 0
    pages = f" · nhận dạng chữ (OCR) trang {ocr[0]}/{ocr[1]}" if ocr else ""
    return (f'<div class="progress" role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" '
            f'aria-valuemax="100"><div class="progress-bar" style="width:{pct}%"></div></div>'
            f'<div class="progress-text">Đang nạp {min(done + 1, total)}/{total}: {esc(current)}{esc(pages)} '
            f'· {seconds:.0f} giây · vẫn có thể hỏi đáp trong lúc chờ</div>')


def ingest_report(report, rejected_early: list[tuple[str, str]], error: str = "") -> str:
    """Per-file outcome of an upload: added, updated, unchanged, duplicates and rejections with reasons."""
    rows: list[tuple[str, str, str]] = [(name, "error", f"Bị từ chối: {why}") for name, why in rejected_early]
    if report is not None:
        rows += [(Path(p).name, "ok", "Đã thêm vào kho") for p in report.added]
        rows += [(Path(p).name, "ok", "Đã cập nhật (thay bản cũ)") for p in report.updated]
        rows += [(Path(p).name, "info", "Không đổi (đã có trong kho)") for p in report.unchanged]
        rows += [(Path(p).name, "info", f"Trùng nội dung với {o}") for p, o in report.duplicates]
        rows += [(Path(p).name, "error", f"Bị từ chối: {why}") for p, why in report.rejected]
    items = "".join(f'<li class="file-{k}"><span class="file-name">{esc(n)}</span>'
                    f'<span class="file-what">{esc(w)}</span></li>' for n, k, w in rows)
    bad = sum(1 for _, k, _ in rows if k == "error")
    if error:
        head = message("error", "Nạp tệp thất bại.", error)
    elif bad:
        head = message("warn", f"Đã xử lý {len(rows)} tệp, {bad} tệp bị từ chối.")
    else:
        secs = f" trong {report.seconds:.0f} giây" if report is not None else ""
        head = message("ok", f"Đã xử lý {len(rows)} tệp{secs}.")
    warn = ""
    if report is not None and report.warnings:
        warn = "".join(f"<li>{esc(w)}</li>" for w in report.warnings)
        warn = f'<details class="warnings"><summary>Cảnh báo ({len(report.warnings)})</summary><ul>{warn}</ul></details>'
    return f'{head}<ul class="file-report">{items}</ul>{warn}'
