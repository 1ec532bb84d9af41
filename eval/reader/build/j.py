"""Deterministic builder for helper "j" documents.

Sources live in build/j-src/*.txt. Six of the ten j documents are built here: the pdftotext -layout .txt
(HĐND Hà Tĩnh), the two .docx and the two .pdf; the e-mail .txt, the Công điện .txt, the two .md and the .html
are written by hand directly in docs/.

Source markup:
  !hdr LEFT || RIGHT   one row of the header (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type / bold title / italic note
  !b TEXT              bold paragraph (a heading)
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block (or two signature columns)
  !num TEXT            (docx) a paragraph in Word's automatic "List Number" style: the number is not in the text
  !table W1,W2,..      a table; rows "c1 || c2 || ..." until !endtable; " // " starts a new paragraph in a cell
  **TEXT**             bold run inside a paragraph
  " /// "              (docx) a manual line break (Shift+Enter, <w:br/>) inside one paragraph
  @@PAGE@@             (layout txt) a page break inside a paragraph
  other lines          body paragraphs

Run:  /work/main/.venv/bin/python eval/reader/build/j.py
Reruns give identical bytes (fixed docx core properties and zip entry times, fixed PDF dates).
Helpers (_fixed_zip, _add_runs, font_path, FIXED) are imported from build/h.py.
"""
import io
import os
import sys
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import h as hbuild  # noqa: E402  (helpers only)

SRC = os.path.join(HERE, "j-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = hbuild.FIXED


def read_lines(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", l.rstrip("\n")) for l in f]


def parse(name):
    items = []
    table = None
    for line in read_lines(name):
        if table is not None:
            if line.startswith("!endtable"):
                items.append(("table", table))
                table = None
            elif line.strip():
                table["rows"].append([c.strip() for c in line.split(" || ")])
            continue
        if not line.strip():
            continue
        if line.startswith("!"):
            tag, _, rest = line.partition(" ")
            tag = tag[1:]
            if tag == "table":
                table = {"widths": [float(w) for w in rest.split(",")], "rows": []}
            elif tag in ("hdr", "sig"):
                left, _, right = rest.partition(" ||")
                if items and items[-1][0] == tag:
                    items[-1][1].append((left.strip(), right.strip()))
                else:
                    items.append((tag, [(left.strip(), right.strip())]))
            else:
                items.append((tag, rest))
        else:
            items.append(("p", line))
    return items


def write_text(out, lines):
    while lines and not lines[-1].strip():
        lines.pop()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(l.rstrip() for l in lines) + "\n")


# ----------------------------------------------------------------- pdftotext -layout TXT
def build_layout_txt(src, out, margin=9, width=84, indent=7, page_len=54):
    """What `pdftotext -layout` gives for a one-column A4 notice: the header cells side by side on one line,
    centred titles, first lines indented, wrapped lines flush with the margin (no hyphens), a form feed and
    the page number centred on top of page 2, and the Nơi nhận | signature columns side by side."""
    lines = []
    pad = " " * margin
    full = margin + width

    def centre(text, lo, hi):
        w = hi - lo
        return " " * (lo + max(0, (w - len(text)) // 2)) + text

    def para(text, first_indent):
        out_lines = []
        wrapped = textwrap.wrap(text, width, initial_indent=" " * first_indent,
                                break_long_words=False, break_on_hyphens=False)
        for l in wrapped:
            out_lines.append(pad + l)
        return out_lines

    def page_break():
        lines.append("\f" + centre("2", 0, full))
        lines.append("")

    for tag, val in parse(src):
        if tag == "hdr":
            for l, r in val:
                left = centre(l, 0, margin + 34)
                right_col = centre(r, margin + 38, full + 4).rstrip() if r else ""
                if r:
                    gap = len(right_col) - len(right_col.lstrip())
                    line = left.ljust(gap) + right_col.lstrip() if len(left) < gap else left + "   " + r
                else:
                    line = left
                lines.append(line)
            lines.append("")
            lines.append("")
        elif tag in ("c", "cb", "ci"):
            lines.append(centre(val, 0, full))
        elif tag == "sig":
            lines.append("")
            for l, r in val:
                left = pad + l
                if r:
                    right = centre(r, margin + 44, full)
                    line = left.ljust(len(right) - len(right.lstrip())) + r if len(left) < len(right) - len(right.lstrip()) else left + "   " + r
                else:
                    line = left
                lines.append(line)
        else:
            if lines and tag in ("b",) and lines[-1].strip():
                pass
            if "@@PAGE@@" in val:
                first, _, rest = val.partition("@@PAGE@@")
                lines.extend(para(first.strip(), indent))
                page_break()
                lines.extend(para(rest.strip(), 0))
            else:
                lines.extend(para(val, indent))
    write_text(out, lines)


# ----------------------------------------------------------------- DOCX
def build_docx(src, out, header_table=True):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    def cell_text(cell, text, bold=False, italic=False, size=None, align=None):
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align

    def add_with_breaks(p, text, base_bold=False):
        """' /// ' becomes a manual line break (<w:br/>) inside the paragraph."""
        parts = text.split(" /// ")
        for k, part in enumerate(parts):
            if k:
                p.add_run().add_break(WD_BREAK.LINE)
            hbuild._add_runs(p, part, base_bold=base_bold)

    for tag, val in parse(src):
        if tag in ("hdr", "sig"):
            t = doc.add_table(rows=0, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, (l, r) in enumerate(val):
                row = t.add_row().cells
                if tag == "hdr":
                    for cell, text in ((row[0], l), (row[1], r)):
                        cell_text(cell, text, bold=not (text.startswith("Số") or ", ngày" in text),
                                  italic=", ngày" in text, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                else:
                    cell_text(row[0], l, bold=(i == 0), italic=(i == 0), size=11 if i else 12)
                    cell_text(row[1], r, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
            for row in t.rows:
                row.cells[0].width, row.cells[1].width = Cm(7.5), Cm(8.5)
            doc.add_paragraph()
        elif tag == "table":
            rows = val["rows"]
            t = doc.add_table(rows=0, cols=len(val["widths"]))
            t.style = "Table Grid"
            for k, row in enumerate(rows):
                cells = t.add_row().cells
                for j, text in enumerate(row):
                    for m, ptext in enumerate(text.split(" // ")):
                        p = cells[j].paragraphs[0] if m == 0 else cells[j].add_paragraph()
                        r = p.add_run(ptext)
                        r.font.size = Pt(12)
                        r.bold = (k == 0)
            for row in t.rows:
                for j, w in enumerate(val["widths"]):
                    row.cells[j].width = Cm(w)
            doc.add_paragraph()
        elif tag == "num":
            p = doc.add_paragraph(style="List Number")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_with_breaks(p, val)
            p.paragraph_format.space_after = Pt(6)
        else:
            p = doc.add_paragraph()
            if tag in ("c", "cb", "ci"):
                run = p.add_run(val)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = tag in ("c", "cb")
                run.italic = tag == "ci"
                if tag == "c":
                    run.font.size = Pt(14)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
                add_with_breaks(p, val, base_bold=(tag == "b"))
            p.paragraph_format.space_after = Pt(6)

    buf = io.BytesIO()
    doc.save(buf)
    hbuild._fixed_zip(buf.getvalue(), out)


# ----------------------------------------------------------------- PDF
def build_pdf(src, out, family="DejaVuSerif", size=11, running_header="", footer_pages=True,
              sig_split=0.5):
    """running_header: a small line printed at the top of every page (with a rule under it);
    footer_pages: "Trang N/M" centred at the bottom of every page. The !sig rows are two columns side by side."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("j.py")
    pdf.add_font("DV", "", hbuild.font_path(family + ".ttf"))
    pdf.add_font("DV", "B", hbuild.font_path(family + "-Bold.ttf"))
    suffix = "-Italic" if family == "DejaVuSerif" else "-Oblique"
    bsuffix = "-BoldItalic" if family == "DejaVuSerif" else "-BoldOblique"
    pdf.add_font("DV", "I", hbuild.font_path(family + suffix + ".ttf"))
    pdf.add_font("DV", "BI", hbuild.font_path(family + bsuffix + ".ttf"))
    pdf.set_margins(25, 22 if running_header else 18, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()

    def header():
        if running_header:
            pdf.set_y(8)
            pdf.set_font("DV", "I", 8.5)
            pdf.cell(0, 5, running_header, align="R")
            pdf.line(pdf.l_margin, 14, pdf.w - pdf.r_margin, 14)
            pdf.set_y(22)

    def footer():
        if footer_pages:
            pdf.set_y(-15)
            pdf.set_font("DV", "I", 8.5)
            pdf.cell(0, 5, "Trang %d/{nb}" % pdf.page_no(), align="C")

    pdf.header = header
    pdf.footer = footer
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(rows, lw, is_header, fsize=10.5):
        for k, (l, r) in enumerate(rows):
            y = pdf.get_y()
            if is_header:
                pdf.set_font("DV", "" if l.startswith("Số") else "B", fsize)
            else:
                pdf.set_font("DV", "B" if (k == 0 or l.isupper()) else "", fsize if k == 0 else fsize - 1)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(lw, 5.4, l, align="C" if is_header or l.isupper() else "L")
            y1 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + lw, y)
            italic = ", ngày" in r
            pdf.set_font("DV", "I" if italic else "B", fsize)
            pdf.multi_cell(W - lw, 5.4, r, align="C")
            pdf.set_y(max(y1, pdf.get_y()))

    for tag, val in parse(src):
        if tag == "hdr":
            two_col(val, W * 0.42, True)
            pdf.ln(5)
        elif tag == "sig":
            pdf.ln(3)
            need = 5.4 * (len(val) + 2)
            if pdf.get_y() + need > pdf.h - 22:
                pdf.add_page()  # keep the Nơi nhận | signature block together, as Word's "keep with next" does
            two_col(val, W * sig_split, False, fsize=10)
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DV", {"c": "B", "cb": "B", "ci": "I"}[tag], {"c": 13, "cb": 11.5, "ci": 10.5}[tag])
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 6, val, align="C")
            pdf.ln(2)
        else:
            style = {"b": "B"}.get(tag, "")
            pdf.set_font("DV", style, size)
            pdf.set_x(pdf.l_margin)
            md = "**" in val
            pdf.multi_cell(W, 5.8, ("      " if tag == "p" else "") + val, align="J", markdown=md)
            pdf.ln(1.2)
    pdf.output(out)
    return pdf.pages_count


JOBS = [
    ("j-tb-hdnd-hatinh-phien-hop-t10.txt", "j-tb-hdnd-hatinh-phien-hop-t10.txt", build_layout_txt),
    ("j-tb-bvdk-hungyen-giaoban-t1.txt", "j-tb-bvdk-hungyen-giaoban-t1.docx", build_docx),
    ("j-tb-nhnn-kv2-trien-khai-2026.txt", "j-tb-nhnn-kv2-trien-khai-2026.docx", build_docx),
    ("j-tb-thue-quangninh-trien-khai-2026.txt", "j-tb-thue-quangninh-trien-khai-2026.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSerif", size=10.5,
                            running_header="Thuế tỉnh Quảng Ninh - Thông báo số 152/TB-QNI ngày 19/01/2026")),
    ("j-bb-haiquan-kv3-kcn-haiphong.txt", "j-bb-haiquan-kv3-kcn-haiphong.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSans", size=10.5, running_header="", footer_pages=True)),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        res = fn(src, os.path.join(DOCS, out))
        print(out, res if res else "")
    sys.exit(0)
