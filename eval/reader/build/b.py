#!/usr/bin/env python3
"""Build helper-b evaluation documents (.docx and .pdf) from build/b-src/*.src.

Deterministic: fixed metadata timestamps, fixed zip entry timestamps.
Run:  python build/b.py      (from eval/reader or anywhere)

Source markup (one paragraph per line):
  HDR-L: / HDR-R:   lines of the left / right cell of the header table
  C:                centred bold paragraph
  B:                bold paragraph
  P:                justified normal paragraph
  TBL: a | b | ...  start a task table with this header row
  ROW: a | b | ...  a table row;   ENDTBL ends the table
  SIGN-L: / SIGN-R: lines of the "Nơi nhận" / signature cells
Inline: **bold**, *italic*, ***bold italic***.
"""
import datetime as dt
import io
import os
import re
import unicodedata
import zipfile

import matplotlib
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "b-src")
DOCS = os.path.join(os.path.dirname(HERE), "docs")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)
FONT_DIR = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def parse(path):
    blocks, hl, hr, sl, sr = [], [], [], [], []
    table = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = unicodedata.normalize("NFC", raw.rstrip("\n"))
            if not line.strip():
                continue
            tag, _, text = line.partition(": ")
            if line.startswith("ENDTBL"):
                blocks.append(("T", table)); table = None; continue
            text = text if _ else ""
            tag = tag.rstrip(":")
            if tag == "HDR-L": hl.append(text)
            elif tag == "HDR-R": hr.append(text)
            elif tag == "SIGN-L": sl.append(text)
            elif tag == "SIGN-R": sr.append(text)
            elif tag == "TBL": table = [[c.strip() for c in text.split("|")]]
            elif tag == "ROW": table.append([c.strip() for c in text.split("|")])
            elif tag in ("C", "B", "P"): blocks.append((tag, text))
            else: raise ValueError(line)
    return hl, hr, blocks, sl, sr


def runs(text):
    """Split inline markup into (text, bold, italic)."""
    out = []
    for m in re.finditer(r"\*\*\*(.+?)\*\*\*|\*\*(.+?)\*\*|\*(.+?)\*|([^*]+)", text):
        if m.group(1): out.append((m.group(1), True, True))
        elif m.group(2): out.append((m.group(2), True, False))
        elif m.group(3): out.append((m.group(3), False, True))
        else: out.append((m.group(4), False, False))
    return out


# ---------------------------------------------------------------- DOCX
def cell_lines(cell, lines, align):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        for t, b, it in runs(line):
            r = p.add_run(t); r.bold = b; r.italic = it; r.font.size = Pt(12)


def build_docx(name, title):
    hl, hr, blocks, sl, sr = parse(os.path.join(SRC, name + ".src"))
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    t = d.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), hl, WD_ALIGN_PARAGRAPH.CENTER)
    cell_lines(t.cell(0, 1), hr, WD_ALIGN_PARAGRAPH.CENTER)
    for kind, val in blocks:
        if kind == "T":
            tb = d.add_table(rows=0, cols=len(val[0])); tb.style = "Table Grid"
            for ri, row in enumerate(val):
                cells = tb.add_row().cells
                for ci, txt in enumerate(row):
                    cells[ci].text = ""
                    r = cells[ci].paragraphs[0].add_run(txt); r.font.size = Pt(11); r.bold = ri == 0
            continue
        p = d.add_paragraph()
        if kind == "C": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "P": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for txt, b, it in runs(val):
            r = p.add_run(txt); r.bold = b or kind in ("C", "B"); r.italic = it
    t = d.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), sl, WD_ALIGN_PARAGRAPH.LEFT)
    cell_lines(t.cell(0, 1), sr, WD_ALIGN_PARAGRAPH.CENTER)
    cp = d.core_properties
    cp.title = title; cp.author = "Văn thư"; cp.last_modified_by = "Văn thư"
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO(); d.save(buf)
    # rewrite the zip with fixed entry timestamps so reruns give identical bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = os.path.join(DOCS, name + ".docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out


# ---------------------------------------------------------------- PDF
def build_pdf(name, title):
    hl, hr, blocks, sl, sr = parse(os.path.join(SRC, name + ".src"))
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title); pdf.set_author("UBND tỉnh Bình Dương")
    pdf.set_creator("Văn thư"); pdf.set_producer("fpdf2")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
    pdf.set_margins(22, 18, 16); pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    fs = 10.5

    def two_cols(left, right, lw, align_l="C"):
        y0 = pdf.get_y(); x0 = pdf.l_margin
        w = pdf.w - pdf.l_margin - pdf.r_margin
        ys = []
        for lines, x, cw, al in ((left, x0, lw, align_l), (right, x0 + lw, w - lw, "C")):
            pdf.set_xy(x, y0)
            for line in lines:
                style = ""
                txt = line
                m = re.fullmatch(r"(\*{1,3})(.*?)\*{1,3}", line)
                if m:
                    style = {1: "I", 2: "B", 3: "BI"}[len(m.group(1))]; txt = m.group(2)
                pdf.set_font("DejaVu", style, fs - 0.5)
                pdf.set_x(x)
                pdf.multi_cell(cw, 5.2, txt or " ", align=al, new_x="LEFT", new_y="NEXT")
            ys.append(pdf.get_y())
        pdf.set_y(max(ys) + 4)

    two_cols(hl, hr, 70)
    for kind, val in blocks:
        if kind == "T":
            continue
        plain = "".join(t for t, _, _ in runs(val))
        if kind == "C":
            pdf.set_font("DejaVu", "B", fs + 1); pdf.multi_cell(0, 6, plain, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "B":
            pdf.ln(1); pdf.set_font("DejaVu", "B", fs); pdf.multi_cell(0, 5.6, plain, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", fs); pdf.multi_cell(0, 5.6, plain, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(4)
    two_cols(sl, sr, 95, align_l="L")
    out = os.path.join(DOCS, name + ".pdf")
    pdf.output(out)
    return out


if __name__ == "__main__":
    for f in (
        build_docx("b-hvnn-namhoc", "Thông báo kết luận Hội nghị triển khai nhiệm vụ năm học 2024-2025"),
        build_docx("b-bnn-bao-yagi", "Thông báo kết luận của Bộ trưởng về khắc phục hậu quả bão số 3"),
        build_pdf("b-binhduong-giaothong", "Thông báo 78/TB-UBND"),
    ):
        print("wrote", f, os.path.getsize(f))
