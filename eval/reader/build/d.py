"""Deterministic builder for helper d's generated documents.

Builds from the sources in build/d-src/:
  d1-quangbinh.txt -> docs/d-vpub-quangbinh-nuoc-sinh-hoat.pdf   (fpdf2, justified)
  d2-bxd.txt       -> docs/d-bxd-tieu-chuan-quy-chuan.docx       (task table, merged cells)
  d6-vpcp.txt      -> docs/d-vpcp-sat-lo-dbscl.txt               (80-column "pdftotext" text)
  d7-bentre.txt    -> docs/d-ubnd-bentre-nganh-dua.docx          (2-column header/footer tables)
The other d-* documents (.txt, .md, .html) are hand-written files in docs/.

Run: /work/main/.venv/bin/python build/d.py
"""
import os
import re
import io
import textwrap
import unicodedata
import zipfile
from datetime import datetime

import matplotlib
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "d-src")
DOCS = os.path.join(os.path.dirname(HERE), "docs")
FONTS = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
FIXED_DATE = datetime(2024, 11, 21, 8, 0, 0)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [nfc(line.rstrip("\n")) for line in f]


def tagged(lines):
    """Yield (tag, text) from '@TAG text' lines."""
    for line in lines:
        if not line.strip():
            continue
        m = re.match(r"@(\w+) ?(.*)$", line)
        if m:
            yield m.group(1), m.group(2)
        else:
            yield "RAW", line


# --------------------------------------------------------------------------
# 1. PDF (fpdf2)
# --------------------------------------------------------------------------
def build_pdf(src, out):
    items = list(tagged(read_src(src)))
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Thong bao ket luan")
    pdf.set_margins(25, 20, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("Serif", "", os.path.join(FONTS, "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", os.path.join(FONTS, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", os.path.join(FONTS, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    left = [(t, x) for t, x in items if t.startswith("LEFT")]
    right = [(t, x) for t, x in items if t.startswith("RIGHT")]
    y0 = pdf.get_y()
    lw = 62
    for tag, text in left:
        pdf.set_font("Serif", "B" if tag == "LEFTB" else "", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(lw, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_y(y0)
    for tag, text in right:
        style = {"RIGHTB": "B", "RIGHTI": "I"}.get(tag, "")
        pdf.set_font("Serif", style, 10.5)
        pdf.set_x(pdf.l_margin + lw)
        pdf.cell(width - lw, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 6)
    sig, recv = [], []
    for tag, text in items:
        if tag == "TITLE":
            pdf.set_font("Serif", "B", 13)
            pdf.cell(width, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "SUB":
            pdf.set_font("Serif", "B", 11.5)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(width - 16, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(width, 4, "_______________", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            pdf.set_font("Serif", "B", 11.5)
            pdf.multi_cell(width, 6.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "P":
            pdf.set_font("Serif", "", 11.5)
            pdf.multi_cell(width, 6.2, "      " + text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif tag in ("NN", "N"):
            recv.append((tag, text))
        elif tag.startswith("SIG"):
            sig.append((tag, text))
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    for tag, text in recv:
        if tag == "NN":
            pdf.set_font("Serif", "B", 10)
        else:
            pdf.set_font("Serif", "", 9)
        pdf.cell(80, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for tag, text in sig:
        pdf.set_font("Serif", "I" if tag == "SIGI" else "B", 11)
        if text.startswith("("):
            pdf.set_x(pdf.l_margin + 85)
            pdf.cell(width - 85, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(10)
            continue
        pdf.set_x(pdf.l_margin + 85)
        pdf.cell(width - 85, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def save_docx(doc, out):
    """Save a python-docx Document with fixed zip timestamps (byte-identical reruns)."""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 21, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def set_base_style(doc):
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), "Times New Roman")
    for sec in doc.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = Cm(3.0)
        sec.right_margin = Cm(2.0)
        sec.top_margin = Cm(2.0)
        sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = "Van thu"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "Van thu"
    cp.revision = 1


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None,
         indent=False, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "C":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "J":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "R":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Cm(1.0)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, lines, bold_first=0, size=12, align="C", italic_pred=None, bold_pred=None):
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    for i, line in enumerate(lines):
        b = bold_pred(line) if bold_pred else i < bold_first
        it = italic_pred(line) if italic_pred else False
        para(cell, line, bold=b, italic=it, align=align, size=size, space_after=0)


# --------------------------------------------------------------------------
# 2. DOCX with a task table (merged unit cells)
# --------------------------------------------------------------------------
def build_docx_table(src, out):
    lines = read_src(src)
    doc = Document()
    set_base_style(doc)
    table_rows, in_table = [], False
    for line in lines:
        if line.startswith("@TABLE"):
            in_table = True
            continue
        if line.startswith("@ENDTABLE"):
            in_table = False
            add_task_table(doc, table_rows)
            continue
        if in_table:
            table_rows.append([c.strip() for c in line.split("|")])
            continue
        for tag, text in tagged([line]):
            if tag == "CB":
                para(doc, text, bold=True, align="C", size=13, space_after=0)
            elif tag == "C":
                para(doc, text, align="C", size=13, space_after=0)
            elif tag == "RI":
                para(doc, text, italic=True, align="R", size=13, space_after=12)
            elif tag == "TITLE":
                para(doc, text, bold=True, align="C", size=14, space_after=0)
            elif tag == "SUB":
                para(doc, text, bold=True, align="C", size=13, space_after=2)
                para(doc, "__________", align="C", space_after=10)
            elif tag == "P":
                para(doc, text, align="J", indent=True, space_after=6)
            elif tag == "NN":
                para(doc, text, bold=True, italic=True, size=12, space_after=0)
            elif tag == "N":
                para(doc, text, size=11, space_after=0)
            elif tag == "SIGB":
                para(doc, text, bold=True, align="R", size=13, space_after=0)
            elif tag == "SIGI":
                para(doc, text, italic=True, align="R", size=13, space_after=30)
    save_docx(doc, out)


def set_col_width(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def add_task_table(doc, rows):
    header, body = rows[0], rows[1:]
    t = doc.add_table(rows=1 + len(body), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], [h], bold_first=1, size=11)
    # merge runs of '^' in column 1
    for i, r in enumerate(body, start=1):
        for j, v in enumerate(r):
            if v == "^":
                continue
            al = "J" if j == 2 else ("L" if j in (1, 4) else "C")
            cell_text(t.rows[i].cells[j], [v] if v else [""], size=11, align=al)
    i = 1
    while i <= len(body):
        j = i
        while j + 1 <= len(body) and body[j][1] == "^":
            j += 1
        if j > i:
            t.cell(i, 1).merge(t.cell(j, 1))
            # merge() concatenates paragraphs; keep only the first (non-empty) one
            c = t.cell(i, 1)
            for p in c.paragraphs[1:]:
                if not p.text.strip():
                    p._element.getparent().remove(p._element)
        i = j + 1
    set_col_width(t, [1.1, 3.6, 7.0, 2.8, 2.5])
    para(doc, "", space_after=6)


# --------------------------------------------------------------------------
# 7. DOCX with 2-column header / footer tables, bold unit at paragraph start
# --------------------------------------------------------------------------
def build_docx_layout(src, out):
    lines = read_src(src)
    doc = Document()
    set_base_style(doc)
    block, mode = [], None
    for line in lines:
        if line in ("@HEADER", "@FOOTER"):
            mode, block = line, []
            continue
        if line in ("@ENDHEADER", "@ENDFOOTER"):
            k = block.index("||")
            left, right = block[:k], block[k + 1:]
            t = doc.add_table(rows=1, cols=2)
            no_borders(t)
            if mode == "@HEADER":
                cell_text(t.cell(0, 0), left, size=13, align="C",
                          bold_pred=lambda s: s.isupper() and not s.startswith("-"))
                cell_text(t.cell(0, 1), right, size=13, align="C",
                          bold_pred=lambda s: not s.startswith("Bến Tre") and not s.startswith("-"),
                          italic_pred=lambda s: s.startswith("Bến Tre"))
                set_col_width(t, [6.0, 10.0])
                para(doc, "", space_after=6)
            else:
                cell_text(t.cell(0, 0), left, size=11, align="L",
                          bold_pred=lambda s: s.startswith("Nơi nhận"),
                          italic_pred=lambda s: s.startswith("Nơi nhận"))
                cell_text(t.cell(0, 1), right, size=13, align="C",
                          bold_pred=lambda s: not s.startswith("("),
                          italic_pred=lambda s: s.startswith("("))
                set_col_width(t, [8.0, 8.0])
            mode = None
            continue
        if mode:
            block.append(line)
            continue
        for tag, text in tagged([line]):
            if tag == "TITLE":
                para(doc, text, bold=True, align="C", size=14, space_after=0)
            elif tag == "SUB":
                para(doc, text, bold=True, align="C", size=13, space_after=2)
                para(doc, "__________", align="C", space_after=10)
            elif tag == "P":
                para(doc, text, align="J", indent=True, space_after=6)
            elif tag == "T":
                p = para(doc, "", align="J", indent=True, space_after=6)
                for k, piece in enumerate(re.split(r"\[|\]", text)):
                    if piece:
                        r = p.add_run(piece)
                        r.bold = (k % 2 == 1)
    save_docx(doc, out)


# --------------------------------------------------------------------------
# 6. Plain text wrapped at 80 columns, the way pdftotext renders a PDF
# --------------------------------------------------------------------------
def build_wrapped_txt(src, out, width=80, page_lines=56):
    lines_out = []
    for tag, text in tagged(read_src(src)):
        if tag == "HDR":
            l, r = text.split("|")
            lines_out.append(l.center(30).rstrip().ljust(34) + r.center(46).rstrip()
                             if l else " " * 34 + r.center(46).rstrip())
        elif tag == "BLANK":
            lines_out.append("")
        elif tag == "C":
            for w in textwrap.wrap(text, 70):
                lines_out.append(w.center(width).rstrip())
        elif tag == "P":
            lines_out.extend(textwrap.wrap(text, width, break_on_hyphens=False))
            lines_out.append("")
        elif tag == "SIG":
            l, r = text.split("|")
            lines_out.append((l.ljust(50) + r.center(30).rstrip()).rstrip())
    # paginate with form feeds and page numbers, as pdftotext does
    pages = [lines_out[i:i + page_lines] for i in range(0, len(lines_out), page_lines)]
    text = ""
    for n, pg in enumerate(pages, start=1):
        if n > 1:
            text += str(n).center(width).rstrip() + "\n\n"
        text += "\n".join(pg) + "\n"
        if n < len(pages):
            text += "\f"
    with open(out, "w", encoding="utf-8") as f:
        f.write(nfc(text))


if __name__ == "__main__":
    build_pdf("d1-quangbinh.txt", os.path.join(DOCS, "d-vpub-quangbinh-nuoc-sinh-hoat.pdf"))
    build_docx_table("d2-bxd.txt", os.path.join(DOCS, "d-bxd-tieu-chuan-quy-chuan.docx"))
    build_wrapped_txt("d6-vpcp.txt", os.path.join(DOCS, "d-vpcp-sat-lo-dbscl.txt"))
    build_docx_layout("d7-bentre.txt", os.path.join(DOCS, "d-ubnd-bentre-nganh-dua.docx"))
    print("built 4 files")
