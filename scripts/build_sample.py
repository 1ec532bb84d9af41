#!/usr/bin/env python3
"""Build the bundled sample archive of (fictional) Vietnamese notices.

Input : ingest/sample/sources/*.txt   (UTF-8, NFC, one notice per file; the
                                       canonical text, hand-written)
Output: ingest/sample/archive/*.{pdf,docx,html,txt}
        ingest/sample/README.md       (file list, regenerated from MANIFEST)

Run from the repository root:

    .venv/bin/python scripts/build_sample.py

The build is deterministic and idempotent: archive/ is wiped and regenerated,
every timestamp/metadata field that the libraries expose is pinned to the
notice's own date, and .docx zip entries get a fixed mtime. Running the script
twice produces byte-identical files.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import matplotlib
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "ingest" / "sample"
SRC = SAMPLE / "sources"
OUT = SAMPLE / "archive"
README = SAMPLE / "README.md"

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
VN_TZ = timezone(timedelta(hours=7))


# --------------------------------------------------------------------------
# Manifest: one entry per source file. `fmt` decides the delivered format.
# `stamp` is the fixed creation/modification timestamp written into metadata.
# --------------------------------------------------------------------------
@dataclass
class Item:
    stem: str
    fmt: str  # pdf | docx | html | txt
    kind: str
    number: str
    date: str
    issuer: str
    summary: str
    stamp: datetime
    options: dict = field(default_factory=dict)

    @property
    def out_name(self) -> str:
        return f"{self.stem}.{self.fmt}"


def _ts(y, m, d, hh=8, mm=0):
    return datetime(y, m, d, hh, mm, 0, tzinfo=VN_TZ)


MANIFEST: list[Item] = [
    Item("TB-245-UBND-NgheAn-2024-giai-ngan-dau-tu-cong", "pdf",
         "Thông báo kết luận", "245/TB-UBND", "12/3/2024",
         "Văn phòng UBND tỉnh Nghệ An",
         "Kết luận PCT Thường trực Lê Hồng Quân về giải ngân vốn đầu tư công 2024; "
         "I./II. + 1./2.; item 3 tasks TWO units (Sở Tài chính + Kho bạc Nhà nước Nghệ An); 3 pages",
         _ts(2024, 3, 12, 15, 30)),
    Item("TB-SKHCN-HaTinh-2024-du-thao-nhiem-vu-khcn", "docx",
         "Thông báo kết luận (DỰ THẢO)", "(blank)/TB-SKHCN", "(blank day) 3/2024",
         "Sở KH&CN tỉnh Hà Tĩnh",
         "DRAFT: blank number and blank day; kết luận GĐ Sở Nguyễn Thị Minh Hằng về nhiệm vụ KH&CN cấp tỉnh 2024; "
         "1./2. + '-' bullets",
         _ts(2024, 3, 15, 9, 0)),
    Item("TB-88-SCT-BacGiang-2024-cum-cong-nghiep", "pdf",
         "Thông báo kết luận", "88/TB-SCT", "21/5/2024",
         "Sở Công Thương tỉnh Bắc Giang",
         "Kết luận GĐ Sở Vũ Đức Thịnh về NĐ 32/2024/NĐ-CP và hạ tầng cụm công nghiệp; 1.1./1.2. / 2.1.–2.7. numbering",
         _ts(2024, 5, 21, 10, 0)),
    Item("TB-1532-BKHCN-2025-du-lieu-nen-tang-so", "docx",
         "Thông báo kết luận", "1532/TB-BKHCN", "18/6/2025",
         "Bộ Khoa học và Công nghệ",
         "Ministry: kết luận Thứ trưởng Đoàn Minh Tuấn về kết nối dữ liệu, nền tảng số dùng chung; 1./2./3. + a)/b)/c)/d)",
         _ts(2025, 6, 18, 16, 0)),
    Item("TB-156-UBND-LeThuy-2023-phong-chong-thien-tai", "txt",
         "Thông báo kết luận", "156/TB-UBND", "22/8/2023",
         "UBND huyện Lệ Thủy (Quảng Bình)",
         "District: kết luận CT UBND huyện Trương Công Định về phòng chống thiên tai; 1-/2- numbering; "
         "section '2-' is ~2,400 chars (must be split)",
         _ts(2023, 8, 22, 14, 0)),
    Item("TB-367-VPUBND-BinhDinh-2024-chuyen-doi-so-attt", "html",
         "Thông báo kết luận (trang cổng TTĐT)", "367/TB-VPUBND", "09/9/2024",
         "Văn phòng UBND tỉnh Bình Định",
         "Portal page; kết luận PCT Trần Quốc Bảo về chuyển đổi số & ATTT; body quotes the XSS payloads "
         "`<script>alert(1)</script>` and `<img src=x onerror=alert(1)>` (HTML-escaped in the file)",
         _ts(2024, 9, 10, 8, 15),
         {"site": "Bình Định", "domain": "binhdinh.gov.vn", "posted": "10/09/2024 08:15",
          "views": "1.284", "visits": "18.406.273", "online": "214",
          "address": "Số 01 Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định",
          "phone": "(0256) 3 8xx xxx",
          "section": "Thông báo kết luận"}),
    Item("TB-98-VP-NinhBinh-2025-du-lich-he", "html",
         "Thông báo kết luận (trang cổng TTĐT)", "98/TB-VP", "08/4/2025",
         "Văn phòng UBND tỉnh Ninh Bình",
         "Portal page; kết luận CT UBND tỉnh Đỗ Thanh Tùng về mùa du lịch hè 2025; 1./2. + a)…e) incl. đ)",
         _ts(2025, 4, 9, 7, 45),
         {"site": "Ninh Bình", "domain": "ninhbinh.gov.vn", "posted": "09/04/2025 07:45",
          "views": "2.051", "visits": "9.873.110", "online": "187",
          "address": "Đường Lê Hồng Phong, phường Vân Giang, thành phố Hoa Lư, tỉnh Ninh Bình",
          "phone": "(0229) 3 8xx xxx",
          "section": "Chỉ đạo điều hành"}),
    Item("TB-132-UBND-DakLak-2022-chuan-bi-nam-hoc", "txt",
         "Thông báo kết luận", "132/TB-UBND", "04/8/2022",
         "UBND tỉnh Đắk Lắk",
         "Kết luận PCT Hồ Thị Kim Oanh về chuẩn bị năm học 2022-2023 (schools); I./II. + 1./2.; "
         "CRLF line endings (Windows export)",
         _ts(2022, 8, 4, 11, 0), {"crlf": True}),
    Item("TB-57-DHDH-2025-tuyen-sinh-nckh", "pdf",
         "Thông báo kết luận", "57/TB-ĐHDH", "24/6/2025",
         "Trường ĐH Kỹ thuật và Công nghệ Duyên Hải (fictional university)",
         "University: kết luận Hiệu trưởng Huỳnh Ngọc Diệp (tuyển sinh, NCKH, tiền thưởng NĐ 73/2024/NĐ-CP); "
         "unnumbered 'Về …:' headings + '-' bullets",
         _ts(2025, 6, 24, 17, 0)),
    Item("TB-214-SYT-PhuTho-2026-y-te-tet", "pdf",
         "Thông báo kết luận", "214/TB-SYT", "20/01/2026",
         "Sở Y tế tỉnh Phú Thọ",
         "Health: kết luận GĐ Sở Cao Thị Thanh Nga về y tế dịp Tết Bính Ngọ 2026; 1./2. + a)/b)/c)",
         _ts(2026, 1, 20, 9, 30)),
    Item("TB-211-VP-HaiDuong-2022-thuong-mai-dien-tu", "docx",
         "Thông báo kết luận", "211/TB-VP", "27/9/2022",
         "Văn phòng UBND tỉnh Hải Dương",
         "Kết luận PCT Vương Đình Khiêm về thương mại điện tử, nông sản, OCOP; 1./2. + '-' bullets",
         _ts(2022, 9, 27, 15, 0)),
    Item("CV-612-SKHCN-NgheAn-2024-de-xuat-nhiem-vu", "txt",
         "CÔNG VĂN (distractor, NOT a notice)", "612/SKHCN-QLKH", "02/4/2024",
         "Sở KH&CN tỉnh Nghệ An",
         "Distractor: công văn 'V/v đề xuất đặt hàng nhiệm vụ KH&CN cấp tỉnh thực hiện từ năm 2025' with Kính gửi; no conclusions",
         _ts(2024, 4, 2, 10, 0)),
]


# --------------------------------------------------------------------------
# Parsing a source text into the parts of a Vietnamese administrative document
# --------------------------------------------------------------------------
@dataclass
class Doc:
    agency: list[str]
    motto: list[str]
    number: list[str]  # "Số: ..." plus optional "V/v ..." lines
    place_date: str
    draft: bool
    title: list[str]  # "THÔNG BÁO" + abstract lines (empty for công văn)
    body: list[str]
    recipients: list[str]  # "Nơi nhận:" + "- ...;" lines
    signature: list[str]  # e.g. ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "Tên"]

    @property
    def signer(self) -> str:
        return [s for s in self.signature if s.strip()][-1]

    @property
    def sign_titles(self) -> list[str]:
        return [s for s in self.signature if s.strip()][:-1]


def parse(text: str) -> Doc:
    lines = text.rstrip("\n").split("\n")
    i_motto = next(i for i, l in enumerate(lines) if l.startswith("CỘNG HÒA"))
    agency = [l for l in lines[:i_motto] if l.strip()]
    motto = lines[i_motto:i_motto + 2]
    i = i_motto + 2
    number: list[str] = []
    place_date = ""
    draft = False
    title: list[str] = []
    while i < len(lines):
        l = lines[i]
        if l.startswith("Số:") or l.startswith("V/v"):
            number.append(l)
        elif re.match(r"^[^,]{2,30}, ngày", l):
            place_date = l
        elif l.strip() == "DỰ THẢO":
            draft = True
        elif l.strip() == "THÔNG BÁO":
            title.append(l)
            i += 1
            while i < len(lines) and lines[i].strip():
                title.append(lines[i])
                i += 1
            break
        elif l.startswith("Kính gửi"):
            break
        i += 1
    i_rec = next(j for j in range(i, len(lines)) if lines[j].startswith("Nơi nhận"))
    body = [l for l in lines[i:i_rec] if l.strip()]
    j = i_rec
    recipients = []
    while j < len(lines) and lines[j].strip():
        recipients.append(lines[j])
        j += 1
    signature = lines[j:]
    while signature and not signature[0].strip():
        signature.pop(0)
    return Doc(agency, motto, number, place_date, draft, title, body, recipients, signature)


def meta_title(doc: Doc) -> str:
    """Document-properties title, like Word's default (first heading lines)."""
    if doc.title:
        return " ".join(doc.title)
    vv = [n for n in doc.number if n.startswith("V/v")]
    return (doc.number[0] + " " + " ".join(vv)).strip()


HEADING_RE = re.compile(
    r"^(?:[IVX]+[.-]\s|\d+(?:\.\d+)*[.-]\s|[a-zđ]\)\s)"
)


def is_heading(line: str) -> bool:
    """Short numbered lines ("1. Sở Công Thương", "II. NHIỆM VỤ ...") or short
    lines ending with ':' ("Về công tác tuyển sinh năm 2025:") are headings."""
    if len(line) > 95:
        return False
    if HEADING_RE.match(line):
        return True
    return line.endswith(":") and not line.startswith("-")


# --------------------------------------------------------------------------
# TXT
# --------------------------------------------------------------------------
def build_txt(item: Item, text: str, dest: Path) -> None:
    if item.options.get("crlf"):
        text = text.replace("\n", "\r\n")
    dest.write_bytes(text.encode("utf-8"))


# --------------------------------------------------------------------------
# PDF (fpdf2 + DejaVu Sans, text extractable with pypdf)
# --------------------------------------------------------------------------
class NoticePDF(FPDF):
    def header(self):  # page number top-centre from page 2, as in real notices
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 10)
            self.set_y(10)
            self.cell(0, 5, str(self.page_no()), align="C",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_y(self.t_margin)


def build_pdf(item: Item, doc: Doc, dest: Path) -> None:
    pdf = NoticePDF(format="A4", unit="mm")
    pdf.set_margins(left=25, top=18, right=18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_creation_date(item.stamp)
    pdf.set_title(meta_title(doc))
    pdf.set_author(item.issuer)
    pdf.set_subject(" ".join(doc.title[1:]) if doc.title else item.summary)
    pdf.set_creator("Microsoft Word - " + item.stem)
    pdf.set_producer("notice-assistant scripts/build_sample.py (fpdf2)")
    pdf.set_lang("vi")
    pdf.add_page()

    lm = pdf.l_margin
    full_w = pdf.w - pdf.l_margin - pdf.r_margin
    left_w = 68
    right_w = full_w - left_w

    def column(x, w, rows, y0):
        pdf.set_xy(x, y0)
        for txt, style, size in rows:
            pdf.set_font("DejaVu", style, size)
            pdf.set_x(x)
            pdf.multi_cell(w, 5.2, txt, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        return pdf.get_y()

    # Row 1: agency | motto
    y0 = pdf.get_y()
    agency_rows = [(a, "B" if k == len(doc.agency) - 1 else "", 10.5)
                   for k, a in enumerate(doc.agency)]
    yl = column(lm, left_w, agency_rows, y0)
    pdf.line(lm + left_w / 2 - 12, yl + 0.8, lm + left_w / 2 + 12, yl + 0.8)
    yr = column(lm + left_w, right_w, [(doc.motto[0], "B", 10.5), (doc.motto[1], "B", 11)], y0)
    pdf.line(lm + left_w + right_w / 2 - 26, yr + 0.8, lm + left_w + right_w / 2 + 26, yr + 0.8)
    y1 = max(yl, yr) + 3
    # Row 2: number (+V/v) | place-date
    yl = column(lm, left_w, [(n, "", 10.5) for n in doc.number], y1)
    yr = column(lm + left_w, right_w, [(doc.place_date, "I", 10.5)], y1)
    pdf.set_y(max(yl, yr) + 6)

    if doc.draft:
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_x(lm)
        pdf.multi_cell(full_w, 5, "DỰ THẢO", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    if doc.title:
        pdf.set_font("DejaVu", "B", 13)
        pdf.multi_cell(full_w, 7, doc.title[0], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "B", 11)
        for t in doc.title[1:]:
            pdf.multi_cell(full_w, 5.6, t, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.line(lm + full_w / 2 - 15, pdf.get_y() + 1, lm + full_w / 2 + 15, pdf.get_y() + 1)
        pdf.ln(6)

    for line in doc.body:
        head = is_heading(line)
        pdf.set_font("DejaVu", "B" if head else "", 10.5)
        pdf.multi_cell(full_w, 5.4, line, align="L" if head else "J",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.6)

    # Closing: recipients (left, small) | signature (right, bold)
    pdf.ln(3)
    need = max(len(doc.recipients) * 4.4, 40) + 6
    if pdf.get_y() + need > pdf.h - pdf.b_margin:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_xy(lm, y0)
    for k, r in enumerate(doc.recipients):
        if k == 0:
            pdf.set_font("DejaVu", "BI", 10)
        else:
            pdf.set_font("DejaVu", "", 8.5)
        pdf.set_x(lm)
        pdf.multi_cell(82, 4.4, r, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    yl = pdf.get_y()
    sx, sw = lm + 84, full_w - 84
    pdf.set_xy(sx, y0)
    for t in doc.sign_titles:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_x(sx)
        pdf.multi_cell(sw, 5.4, t, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_y(pdf.get_y() + 20)  # room for signature and seal
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_x(sx)
    pdf.multi_cell(sw, 5.4, doc.signer, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_y(max(yl, pdf.get_y()))
    pdf.output(str(dest))


# --------------------------------------------------------------------------
# DOCX (python-docx; header and closing blocks in 2-column borderless tables)
# --------------------------------------------------------------------------
DOCX_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def _para(container, text, *, bold=False, italic=False, size=13, align=None,
          indent_first=None, space_after=3):
    p = container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent_first is not None:
        pf.first_line_indent = indent_first
    return p


def _cell_paras(cell, rows):
    """Fill a table cell: rows = [(text, bold, italic, size, align)]."""
    first = True
    for text, bold, italic, size, align in rows:
        if first:
            p = cell.paragraphs[0]
            first = False
            if text:
                r = p.add_run(text)
                r.bold, r.italic, r.font.size = bold, italic, Pt(size)
            p.alignment = align
            p.paragraph_format.space_after = Pt(0)
        else:
            p = _para(cell, text, bold=bold, italic=italic, size=size, align=align, space_after=0)


def _table(doc, widths):
    t = doc.add_table(rows=1, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for cell, w in zip(t.rows[0].cells, widths):
        cell.width = w
    return t


def _deterministic_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def build_docx(item: Item, doc: Doc, dest: Path) -> None:
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), "Times New Roman")

    C = WD_ALIGN_PARAGRAPH.CENTER
    # Header table: agency + number | motto + place/date
    t = _table(d, [Cm(6.5), Cm(9.5)])
    left = [(a, k == len(doc.agency) - 1, False, 12.5, C) for k, a in enumerate(doc.agency)]
    left += [("", False, False, 8, C)] + [(n, False, False, 13, C) for n in doc.number]
    right = [(doc.motto[0], True, False, 12.5, C), (doc.motto[1], True, False, 13.5, C),
             ("", False, False, 8, C), (doc.place_date, False, True, 13, C)]
    _cell_paras(t.rows[0].cells[0], left)
    _cell_paras(t.rows[0].cells[1], right)

    _para(d, "", size=8)
    if doc.draft:
        _para(d, "DỰ THẢO", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    if doc.title:
        _para(d, doc.title[0], bold=True, size=14, align=C, space_after=0)
        for k, tl in enumerate(doc.title[1:]):
            _para(d, tl, bold=True, size=14, align=C,
                  space_after=12 if k == len(doc.title) - 2 else 0)

    for line in doc.body:
        head = is_heading(line)
        _para(d, line, bold=head, size=13, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
              indent_first=Cm(1.0), space_after=4)

    _para(d, "", size=8)
    t = _table(d, [Cm(8.0), Cm(8.0)])
    L = WD_ALIGN_PARAGRAPH.LEFT
    rec = [(doc.recipients[0], True, True, 12, L)] + [(r, False, False, 11, L) for r in doc.recipients[1:]]
    sig = [(s, True, False, 13, C) for s in doc.sign_titles]
    sig += [("", False, False, 13, C)] * 4 + [(doc.signer, True, False, 13, C)]
    _cell_paras(t.rows[0].cells[0], rec)
    _cell_paras(t.rows[0].cells[1], sig)

    cp = d.core_properties
    cp.author = item.issuer
    cp.last_modified_by = item.issuer
    cp.title = meta_title(doc)
    cp.subject = " ".join(doc.title[1:])
    cp.keywords = "thông báo kết luận"
    cp.comments = "Sample notice generated by scripts/build_sample.py (fictional content)"
    cp.category = item.kind
    cp.revision = 1
    naive = item.stamp.astimezone(timezone.utc).replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive

    buf = io.BytesIO()
    d.save(buf)
    dest.write_bytes(_deterministic_zip(buf.getvalue()))


# --------------------------------------------------------------------------
# HTML: a provincial e-portal article page
# --------------------------------------------------------------------------
def e(s: str) -> str:
    return html.escape(s, quote=True)


def build_html(item: Item, doc: Doc, dest: Path) -> None:
    o = item.options
    site = o["site"]
    title_text = " ".join(doc.title[1:]) if doc.title else item.summary
    page_title = f"Thông báo số {item.number}: {title_text}"
    P = []  # content paragraphs

    P.append('<table class="doc-header" style="width:100%;border-collapse:collapse"><tbody><tr>')
    P.append('<td style="width:40%;text-align:center;vertical-align:top">')
    for k, a in enumerate(doc.agency):
        P.append(f"<p>{'<strong>' + e(a) + '</strong>' if k == len(doc.agency) - 1 else e(a)}</p>")
    for n in doc.number:
        P.append(f"<p>{e(n)}</p>")
    P.append('</td><td style="width:60%;text-align:center;vertical-align:top">')
    P.append(f"<p><strong>{e(doc.motto[0])}</strong></p>")
    P.append(f"<p><strong>{e(doc.motto[1])}</strong></p>")
    P.append(f"<p><em>{e(doc.place_date)}</em></p>")
    P.append("</td></tr></tbody></table>")
    P.append("<p>&nbsp;</p>")
    if doc.title:
        P.append(f'<p style="text-align:center"><strong>{e(doc.title[0])}</strong></p>')
        for tl in doc.title[1:]:
            P.append(f'<p style="text-align:center"><strong>{e(tl)}</strong></p>')
    for line in doc.body:
        if is_heading(line):
            P.append(f"<p><strong>{e(line)}</strong></p>")
        else:
            P.append(f'<p style="text-align:justify">{e(line)}</p>')
    P.append('<table class="doc-footer" style="width:100%"><tbody><tr><td style="width:50%;vertical-align:top">')
    P.append(f"<p><strong><em>{e(doc.recipients[0])}</em></strong><br>")
    P.append("<br>\n".join(e(r) for r in doc.recipients[1:]) + "</p>")
    P.append('</td><td style="width:50%;text-align:center;vertical-align:top">')
    P.append("<p><strong>" + "<br>".join(e(s) for s in doc.sign_titles) + "</strong></p>")
    P.append("<p>&nbsp;</p><p>(Đã ký)</p><p>&nbsp;</p>")
    P.append(f"<p><strong>{e(doc.signer)}</strong></p>")
    P.append("</td></tr></tbody></table>")
    content = "\n".join("        " + x for x in P)

    other_news = {
        "Bình Định": [
            "Thông báo lịch tiếp công dân định kỳ tháng 9 năm 2024 của Chủ tịch UBND tỉnh",
            "Thông báo tuyển dụng viên chức Trung tâm Phục vụ hành chính công tỉnh năm 2024",
            "Thông báo về việc tạm dừng cung cấp dịch vụ công trực tuyến để bảo trì hệ thống",
        ],
        "Ninh Bình": [
            "Thông báo lịch công tác tuần của Chủ tịch, các Phó Chủ tịch UBND tỉnh",
            "Thông báo kết quả lựa chọn nhà đầu tư dự án khu dân cư (đợt 1 năm 2025)",
            "Thông báo về việc tổ chức Lễ hội Hoa Lư năm 2025",
        ],
    }[site]
    news_html = "\n".join(f'            <li><a href="/thong-bao/{k + 1}">{e(t)}</a></li>'
                          for k, t in enumerate(other_news))
    year = item.stamp.year
    posted = o["posted"]

    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(page_title)} - Cổng thông tin điện tử tỉnh {e(site)}</title>
<meta name="description" content="{e(page_title)}">
<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh {e(site)}">
<link rel="stylesheet" href="/Portals/_default/Skins/portal/css/bootstrap.min.css">
<link rel="stylesheet" href="/Portals/_default/Skins/portal/css/style.css">
<script>
  function changeFontSize(step) {{
    var el = document.querySelector('.content');
    var cur = parseFloat(window.getComputedStyle(el).fontSize);
    el.style.fontSize = (step === 0 ? 15 : cur + step) + 'px';
  }}
  function toggleContrast(on) {{ document.body.classList.toggle('high-contrast', on); }}
</script>
</head>
<body>
<div class="top-bar">
  <div class="container">
    <span class="today">Hôm nay: {posted.split(' ')[0]}</span>
    <div class="accessibility">
      <a href="javascript:void(0)" onclick="changeFontSize(-1)" title="Giảm cỡ chữ">A-</a>
      <a href="javascript:void(0)" onclick="changeFontSize(0)" title="Cỡ chữ mặc định">A</a>
      <a href="javascript:void(0)" onclick="changeFontSize(1)" title="Tăng cỡ chữ">A+</a> |
      <a href="javascript:void(0)" onclick="toggleContrast(true)">Tăng tương phản</a>
      <a href="javascript:void(0)" onclick="toggleContrast(false)">Giảm tương phản</a>
    </div>
    <form class="search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit">Tìm kiếm</button></form>
  </div>
</div>
<header class="banner">
  <a href="/"><img src="/Portals/_default/Skins/portal/images/banner.png" alt="Cổng thông tin điện tử tỉnh {e(site)}"></a>
  <div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {e(site.upper())}</div>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
    <li><a href="/chinh-quyen">Chính quyền</a></li>
    <li><a href="/van-ban-chi-dao-dieu-hanh">Văn bản chỉ đạo điều hành</a></li>
    <li><a href="https://dichvucong.{o['domain']}">Dịch vụ công</a></li>
    <li><a href="/cong-dan">Công dân</a></li>
    <li><a href="/doanh-nghiep">Doanh nghiệp</a></li>
    <li><a href="/du-khach">Du khách</a></li>
    <li><a href="/lien-he">Liên hệ</a></li>
  </ul>
</nav>
<div class="container">
  <ol class="breadcrumb">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/chinh-quyen">Chính quyền</a></li>
    <li class="active">{e(o['section'])}</li>
  </ol>
  <div class="row">
    <div class="col-md-9">
      <article class="news-detail">
        <h1 class="news-title">{e(page_title)}</h1>
        <div class="news-meta">Ngày đăng: {posted} | Lượt xem: {o['views']}</div>
        <div class="content">
{content}
        </div>
        <div class="attachments">Tệp đính kèm: <a href="/Uploads/{year}/{e(item.number.replace('/', '-'))}.pdf">{e(item.number.replace('/', '-'))}.pdf</a></div>
        <div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> | <a href="javascript:window.print()">In bài viết</a> | <a href="#">Gửi email</a></div>
      </article>
    </div>
    <aside class="col-md-3 sidebar">
      <div class="box">
        <h3>Thông báo khác</h3>
        <ul>
{news_html}
        </ul>
      </div>
      <div class="box">
        <h3>Liên kết website</h3>
        <select onchange="window.open(this.value)">
          <option value="">-- Chọn liên kết --</option>
          <option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
          <option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
        </select>
      </div>
    </aside>
  </div>
</div>
<footer class="footer">
  <div class="container">
    <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {e(site.upper())}</strong></p>
    <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh {e(site)}. Cơ quan thường trực: Văn phòng UBND tỉnh.</p>
    <p>Địa chỉ: {e(o['address'])}. Điện thoại: {e(o['phone'])}.</p>
    <p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh {e(site)}" khi phát hành lại thông tin từ website này.</p>
    <p>Bản quyền &copy; {year} Cổng thông tin điện tử tỉnh {e(site)}. Bảo lưu mọi quyền.</p>
    <div class="counter">Lượt truy cập: {o['visits']} | Đang trực tuyến: {o['online']}</div>
  </div>
</footer>
<script src="/Portals/_default/Skins/portal/js/jquery.min.js"></script>
</body>
</html>
"""
    dest.write_bytes(page.encode("utf-8"))


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------
README_HEAD = """# Sample archive (fictional notices)

`archive/` is **generated** — do not edit it by hand. Edit the canonical texts in
`sources/*.txt` (UTF-8, NFC) and run, from the repository root:

    .venv/bin/python scripts/build_sample.py

All notices are fictional but follow the real format of Vietnamese
"Thông báo kết luận" (agency header, national motto, `Số:` line, place-date line,
`THÔNG BÁO` + abstract, meeting paragraph, numbered conclusions with tasked units
and deadlines, closing `./.`, `Nơi nhận:`, signature block, signer). People, most
figures and local decisions are invented; a few national legal documents
(NĐ 32/2024/NĐ-CP, NĐ 73/2024/NĐ-CP, NQ 57-NQ/TW, QĐ 06/QĐ-TTg, ...) are real
references. The QA set over this archive is `eval/sets/sample.jsonl`.

Ingestion traps that are deliberate:
- `.docx`: agency/motto/number/date and `Nơi nhận`/signature live in 2-column
  **tables** (as in real Word notices) — `Document.paragraphs` alone misses them.
- `.pdf`: pages 2+ carry a bare page number at the top; body lines are wrapped,
  so a phrase can be split across a line break.
- `.html`: a full portal page (menu, `A- A A+ | Tăng tương phản Giảm tương phản`
  toolbar, breadcrumb, sidebar with other headlines, footer with copyright and
  `Lượt truy cập`, inline `<script>`); only `<div class="content">` is the notice.
  The Bình Định page quotes `<script>alert(1)</script>` and
  `<img src=x onerror=alert(1)>` as **escaped text** (`&lt;script&gt;…`); after
  parsing they are literal text that the UI must escape again.
- Hà Tĩnh notice is a **draft**: `Số:      /TB-SKHCN`, `ngày    tháng 3 năm 2024`.
- Đắk Lắk `.txt` uses CRLF line endings.
- Lệ Thủy section `2-` is ~2,400 characters (one item that must be split).
- Nghệ An 245 item `3.` tasks two units (Sở Tài chính and Kho bạc Nhà nước Nghệ An)
  with different deadlines.
- `CV-612-…` is a công văn (`V/v …`, `Kính gửi:`), not a notice.

| File | Format | Number | Date | Issuer | What it is |
|---|---|---|---|---|---|
"""


def write_readme() -> None:
    rows = []
    for it in MANIFEST:
        rows.append(f"| `{it.out_name}` | {it.fmt} | {it.number} | {it.date} | {it.issuer} | "
                    f"{it.kind}: {it.summary.replace('|', '/')} |")
    README.write_text(README_HEAD + "\n".join(rows) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------
def main() -> int:
    sources = sorted(p.stem for p in SRC.glob("*.txt"))
    listed = [it.stem for it in MANIFEST]
    missing = sorted(set(sources) - set(listed))
    unknown = sorted(set(listed) - set(sources))
    if missing or unknown:
        print(f"manifest/source mismatch: not in manifest={missing} no source={unknown}",
              file=sys.stderr)
        return 1

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)

    builders = {"txt": None, "pdf": build_pdf, "docx": build_docx, "html": build_html}
    for it in MANIFEST:
        text = (SRC / f"{it.stem}.txt").read_text(encoding="utf-8")
        if not unicodedata.is_normalized("NFC", text):
            print(f"{it.stem}: source is not NFC", file=sys.stderr)
            return 1
        dest = OUT / it.out_name
        if it.fmt == "txt":
            build_txt(it, text, dest)
        else:
            builders[it.fmt](it, parse(text), dest)
        print(f"{it.fmt:5s} {dest.relative_to(ROOT)} ({dest.stat().st_size} bytes)")
    write_readme()
    print(f"wrote {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
