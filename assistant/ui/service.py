"""What the web app does, without gradio: dates people type, upload checks, ingest in a worker, tasks."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.assistant import Assistant
from assistant.indexer import IngestReport, ingest
from assistant.types import Filters, Hit
from ingest.deadlines import user_date
from ingest.errors import BadInput

ALLOWED = (".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
MAX_BYTES = 20 * 1024 * 1024
def today() -> str:
    return dt.date.today().isoformat()


def vn_date(iso: str | None) -> str:
    """ "2024-03-12" -> "12/03/2024" (the form officials read)."""
    if not iso:
        return ""
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def vn_time(timestamp: str | float | None) -> str:
    if not timestamp:
        return ""
    try:
        return dt.datetime.fromtimestamp(float(timestamp)).strftime("%d/%m/%Y %H:%M")
    except (TypeError, ValueError, OverflowError):
        return str(timestamp)


# -- search ----------------------------------------------------------------------------------------------
def search(assistant: Assistant, query: str, issuer: str = "", doc_type: str = "", date_from: str = "",
           date_to: str = "", unit: str = "", k: int = 10) -> list[Hit]:
    """Passages for the search tab; the unit is matched as words of the query until units are indexed."""
    text = " ".join(x for x in (query.strip(), unit.strip()) if x)
    if not text:
        raise BadInput("Nhập nội dung cần tìm (hoặc tên đơn vị).")
    filters = Filters(issuer=issuer or "", doc_type=doc_type or "",
                      date_from=user_date(date_from, "Từ ngày"), date_to=user_date(date_to, "Đến ngày"))
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise BadInput("“Từ ngày” phải trước “Đến ngày”.")
    return assistant.search(text, k, filters)


def filter_choices(assistant: Assistant) -> tuple[list[str], list[str]]:
    """Issuers and document types present in the archive, for the search filters."""
    notices = assistant.index.notices().values()
    issuers = sorted({n.issuer for n in notices if n.issuer})
    types = sorted({n.doc_type for n in notices if n.doc_type})
    return issuers, types


# -- chat -------------------------------------------------------------------------------------------------
SAMPLES = 4


def sample_questions(assistant: Assistant) -> list[str]:
    """Questions the loaded archive can answer, for the buttons under the chat: the units its register gives
    the most dated tasks, who signed its latest notice, and one in English."""
    from collections import Counter

    from assistant.tasks import register

    counts = Counter(d.assignee for d in register(assistant.index).directives
                     if d.due and d.role == "lead" and len(d.assignee) <= 60)
    units = [u for u, _ in counts.most_common(3)]
    signed = sorted((n for n in assistant.index.notices().values() if n.number and n.signer),
                    key=lambda n: n.date or "", reverse=True)
    out = []
    if units:
        out.append(f"{units[0]} phải hoàn thành những việc gì, trước ngày nào?")
    if signed:
        n = signed[0]
        out.append(f"Ai ký {(n.doc_type or 'văn bản').capitalize()} số {n.number}?")
    if len(units) > 1:
        out.append(f"{units[1]} được giao những nhiệm vụ gì?")
    if units:
        out.append(f"What deadlines were given to {units[-1]}?")
    return out[:SAMPLES]


# -- task register --------------------------------------------------------------------------------------
def tasks_available() -> bool:
    return hasattr(Assistant, "tasks")


def task_rows(assistant: Assistant, unit: str = "", due_after: str = "", due_before: str = "",
              overdue_as_of: str = "", notice: str = "") -> list[dict]:
    """The register, filtered; dates accept dd/mm/yyyy or ISO."""
    return assistant.tasks(unit=unit.strip(), due_before=user_date(due_before, "Hạn đến ngày"),
                           due_after=user_date(due_after, "Hạn từ ngày"),
                           overdue_as_of=user_date(overdue_as_of, "Quá hạn tính đến ngày"),
                           notice=notice.strip())


def sort_rows(rows: list[dict], descending: bool = False) -> list[dict]:
    """By due date; tasks without one (recurring, "khi có yêu cầu") always last."""
    dated = sorted((r for r in rows if r.get("due")), key=lambda r: r["due"], reverse=descending)
    return dated + [r for r in rows if not r.get("due")]


# -- uploads ----------------------------------------------------------------------------------------------
def check_upload(path: Path, name: str | None = None) -> str | None:
    """Why this upload cannot be ingested (Vietnamese), or None if its type and size are acceptable."""
    name = name or path.name
    ext = Path(name).suffix.lower()
    if ext not in ALLOWED:
        hint = " — hãy lưu lại thành .docx hoặc PDF" if ext in (".doc", ".rtf", ".odt") else ""
        return f"loại tệp “{ext or 'không có đuôi'}” không được hỗ trợ{hint} (chỉ nhận {' '.join(ALLOWED)})"
    size = path.stat().st_size
    if size > MAX_BYTES:
        return f"tệp quá lớn ({size / 1024 / 1024:.1f} MB; tối đa {MAX_BYTES // 1024 // 1024} MB)"
    if size == 0:
        return "tệp rỗng"
    return None


def safe_name(name: str) -> str:
    """A file name that stays inside the uploads folder."""
    base = Path(str(name).replace("\\", "/")).name.strip().lstrip(".")
    return re.sub(r"[\x00-\x1f/:*?\"<>|]", "_", base) or "tep-tai-len"


@dataclass
class IngestJob:
    """One upload being ingested in a worker thread, so questions keep being answered meanwhile."""

    assistant: Assistant
    paths: list[Path]
    done: int = 0
    total: int = 0
    current: str = ""
    ocr: tuple[int, int] | None = None  # (page, pages) of the current file's scanned pages being read
    report: IngestReport | None = None
    error: str = ""
    started: float = field(default_factory=time.monotonic)
    _thread: threading.Thread | None = None

    def start(self) -> IngestJob:
        self.total = len(self.paths)
        self._thread = threading.Thread(target=self._run, name="notices-ingest", daemon=True)
        self._thread.start()
        return self

    def _progress(self, name: str, done: int, total: int) -> None:
        self.current, self.done, self.total, self.ocr = name, done, total, None

    def _page(self, name: str, page: int, pages: int) -> None:
        self.ocr = (page, pages)

    def _waiting(self, message: str) -> None:  # another process (a CLI ingest) holds the writer lock
        self.current = "đang chờ một tiến trình khác ghi xong kho: " + message

    def _run(self) -> None:
        try:
            self.report = ingest(self.assistant.index, self.paths, self._progress, on_wait=self._waiting,
                                 page_progress=self._page)
        # A worker thread must report whatever stops it; the index stays as it was (each file is atomic).
        except Exception as exc:  # noqa: BLE001
            self.error = f"{type(exc).__name__}: {exc}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread:
            self._thread.join(timeout)


def stage_uploads(assistant: Assistant, files: list[tuple[Path, str]]
                  ) -> tuple[list[Path], list[tuple[str, str]]]:
    """Check each upload and copy the good ones into <data dir>/uploads (the archive keeps the originals).

    `files` is [(temporary path, original name)]; returns (paths to ingest, [(name, reason)] rejected)."""
    folder = assistant.settings.data_dir / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    staged: list[Path] = []
    rejected: list[tuple[str, str]] = []
    for path, name in files:
        reason = check_upload(path, name)
        if reason:
            rejected.append((name, reason))
            continue
        target = folder / safe_name(name)
        if target.resolve() != path.resolve():
            shutil.copyfile(path, target)
        staged.append(target)
    return staged, rejected


def remove_notice(assistant: Assistant, notice_id: str) -> list[str]:
    """Remove a notice and its chunks; an uploaded original goes with it."""
    from assistant.indexer import remove

    notice = assistant.index.catalog.notice(notice_id)
    sources = remove(assistant.index, notice_id)
    uploads = (assistant.settings.data_dir / "uploads").resolve()
    if notice and Path(notice.path).resolve().parent == uploads:
        Path(notice.path).unlink(missing_ok=True)
    return sources


# -- scanned pages ----------------------------------------------------------------------------------------
def ocr_pages(assistant: Assistant, notice_id: str) -> list[tuple[int, float]]:
    """[(page, mean OCR confidence)] of a notice's pages read from a scan."""
    n = assistant.index.catalog.notice(notice_id) if notice_id else None
    return list(n.ocr_pages) if n else []


def page_image(assistant: Assistant, notice_id: str, page: int):
    """The image of one scanned page (from the original file), to show beside its OCR text; None when the file
    is gone or unreadable."""
    from ingest.loaders import page_image as render

    n = assistant.index.catalog.notice(notice_id) if notice_id else None
    return render(n.path, int(page)) if n and page else None
