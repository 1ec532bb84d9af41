"""PDF pages as images with pypdfium2 (the one module that imports it): for OCR, and to show a scanned page
beside its text."""

from __future__ import annotations

from collections.abc import Iterator

from ingest.errors import RejectedFile


def render(path: str, data: bytes, pages: list[int], dpi: int = 300) -> Iterator[tuple[int, object]]:
    """(page number, PIL image) for each of `pages` (1-based), rendered at `dpi`, greyscale and colour kept as
    the page has them. pdfium is not thread-safe: call from one thread."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise RejectedFile(path, f"corrupt PDF ({exc})") from exc
    try:
        for n in pages:
            try:
                page = pdf[n - 1]
                image = page.render(scale=dpi / 72).to_pil()
                page.close()
            except (pdfium.PdfiumError, IndexError, ValueError) as exc:
                raise RejectedFile(path, f"page {n} cannot be rendered for OCR ({exc})") from exc
            yield n, image
    finally:
        pdf.close()


def page_image(path: str, page: int, dpi: int = 110):
    """One page of the PDF at `path` as a PIL image (for the web app), or None when it cannot be read."""
    from pathlib import Path

    try:
        data = Path(path).read_bytes()
        return next(render(path, data, [page], dpi))[1]
    except (OSError, RejectedFile, StopIteration):
        return None
