"""Deterministic builder for helper "h" documents.

Sources live in build/h-src/*.txt. Seven of the twelve h documents are built here; the other five
(.txt/.md/.html written by hand) live directly in docs/.

Common source markup (Word/PDF/pdf2htmlEX sources):
  !hdr LEFT || RIGHT   one row of the header (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type / bold title / italic note
  !b TEXT              bold paragraph;  !bi TEXT  bold italic paragraph
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block
  !table W1,W2,..      a table (widths in cm for docx, in characters for the text grid);
                       rows "c1 || c2 || ..." until !endtable; " // " starts a new paragraph/line in a cell
  !fn TEXT             a footnote printed at the bottom of page 1 (PDF)
  **TEXT**             bold run inside a paragraph (docx runs, fpdf2 markdown)
  other lines          body paragraphs

Plain-text sources (build_wrapped, build_grid_txt):
  |TEXT                a literal line
  @@PAGE@@             inside a paragraph: a page break as pdftotext writes it (form feed, running header)
  other lines          paragraphs, wrapped at the given width

Run:  /work/main/.venv/bin/python eval/reader/build/h.py
Reruns give identical bytes (fixed docx core properties and zip entry times, fixed PDF dates).
"""
import datetime
import html
import io
import os
import re
import sys
import textwrap
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "h-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2025, 12, 29, 8, 0, 0, tzinfo=datetime.timezone.utc)
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu"]


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
                left, _, right = rest.partition(" || ")
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
        f.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------- pdftotext-like TXT
def build_wrapped(src, out, width=88, running_header="", page_no_pad=42):
    """Body paragraphs are wrapped with no blank line between them (pdftotext without -layout).
    @@PAGE@@ inside a paragraph ends page 1 there: a form feed, the running header, the page number."""
    lines = []
    if running_header:
        lines += [running_header, ""]
    for line in read_lines(src):
        if line.startswith("|"):
            lines.append(line[1:].rstrip())
        elif not line.strip():
            continue
        elif "@@PAGE@@" in line:
            first, _, rest = line.partition("@@PAGE@@")
            wrapped = textwrap.wrap(first.strip(), width, break_long_words=False, break_on_hyphens=False)
            lines.extend(wrapped)
            lines.append("\f" + running_header)
            lines.append("")
            lines.append(" " * page_no_pad + "2")
            lines.extend(textwrap.wrap(rest.strip(), width, break_long_words=False, break_on_hyphens=False))
        else:
            lines.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    write_text(out, lines)


# ----------------------------------------------------------------- text grid table TXT
def grid_table(rows, widths):
    widths = [int(w) for w in widths]

    def cell_lines(text, w):
        out = []
        for part in text.split(" // "):
            out.extend(textwrap.wrap(part, w, break_long_words=False, break_on_hyphens=False) or [""])
        return out

    def rule(ch):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    lines = [rule("-")]
    for k, row in enumerate(rows):
        cols = [cell_lines(c, w) for c, w in zip(row, widths)]
        h = max(len(c) for c in cols)
        for i in range(h):
            lines.append("|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(w) + " "
                                        for c, w in zip(cols, widths)) + "|")
        lines.append(rule("=" if k == 0 else "-"))
    return lines


def build_grid_txt(src, out, width=96):
    lines = []
    table = None
    for line in read_lines(src):
        if table is not None:
            if line.startswith("!endtable"):
                lines.extend(grid_table(table["rows"], table["widths"]))
                lines.append("")
                table = None
            elif line.strip():
                table["rows"].append([c.strip() for c in line.split(" || ")])
            continue
        if line.startswith("!table"):
            table = {"widths": line.split(" ", 1)[1].split(","), "rows": []}
        elif line.startswith("|"):
            lines.append(line[1:].rstrip())
        elif not line.strip():
            if lines and lines[-1] != "":
                lines.append("")
        else:
            lines.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    write_text(out, lines)


# ----------------------------------------------------------------- pdf2htmlEX-like HTML
PDF2HTML_HEAD = """<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}
#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0;background-color:#9e9e9e}
.pf{position:relative;background-color:white;overflow:hidden;margin:13px auto;border:0}
.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block}
.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override}
.ff1{font-family:ff1;line-height:0.891;font-style:normal;font-weight:normal;visibility:visible;}
.ff2{font-family:ff2;line-height:0.891;font-style:normal;font-weight:normal;visibility:visible;}
.ff3{font-family:ff3;line-height:0.891;font-style:normal;font-weight:normal;visibility:visible;}
.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}
.fs0{font-size:48.000000px;}.fs1{font-size:52.000000px;}.fs2{font-size:56.000000px;}
.fc0{color:rgb(0,0,0);}.sc0{text-shadow:none;}.ls0{letter-spacing:0.000000px;}.ws0{word-spacing:0.000000px;}
.h1{height:36.527344px;}.h2{height:39.570312px;}.h3{height:42.613281px;}
.w0{width:892.500000px;}.h0{height:1262.500000px;}
.x0{left:85.039370px;}.x1{left:113.385827px;}.x2{left:141.732283px;}.x3{left:448.818898px;}.x4{left:496.062992px;}.x5{left:160.629921px;}
</style>
<title></title>
</head>
<body>
<div id="sidebar"><div id="outline"></div></div>
<div id="page-container">
"""
PDF2HTML_TAIL = """</div>
<div class="loading-indicator"></div>
</body>
</html>
"""


def build_pdf2html(src, out, width=92, lines_per_page=46):
    pages = [[]]

    def add(x, ff, fs, h, text):
        if len(pages[-1]) >= lines_per_page:
            pages.append([])
        pages[-1].append((x, ff, fs, h, text))

    for tag, val in parse(src):
        if tag == "hdr":
            for l, _ in val:
                add("x1", "ff2" if not l.startswith("Số") else "ff1", "fs0", "h1", l)
            for _, r in val:
                italic = ", ngày" in r
                add("x3", "ff3" if italic else "ff2", "fs0", "h1", r)
        elif tag == "sig":
            for l, _ in val:
                add("x0", "ff1", "fs0", "h1", l)
            for _, r in val:
                if r:
                    add("x4", "ff2", "fs1", "h2", r)
        elif tag in ("c", "cb"):
            for i, part in enumerate(textwrap.wrap(val, 70)):
                add("x5", "ff2", "fs2" if tag == "c" else "fs1", "h3", part)
        elif tag == "b":
            add("x0", "ff2", "fs1", "h2", val)
        else:
            wrapped = textwrap.wrap(val, width, break_long_words=False, break_on_hyphens=False)
            for i, part in enumerate(wrapped):
                add("x2" if i == 0 else "x0", "ff1", "fs1", "h2", part)
    buf = [PDF2HTML_HEAD]
    for n, page in enumerate(pages, 1):
        buf.append('<div id="pf%x" class="pf w0 h0" data-page-no="%x"><div class="pc pc%x w0 h0">' % (n, n, n))
        for k, (x, ff, fs, h, text) in enumerate(page):
            buf.append('<div class="t m0 %s %s y%x %s %s fc0 sc0 ls0 ws0">%s</div>'
                       % (x, h, k + 1, ff, fs, html.escape(text, quote=False)))
        buf.append('</div><div class="pi" data-data=\'{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}\'></div></div>')
    buf.append(PDF2HTML_TAIL)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(buf))


# ----------------------------------------------------------------- DOCX
def _fixed_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 29, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def _add_runs(p, text, base_bold=False, base_italic=False):
    """**bold** segments become bold runs; a long bold segment is split in two runs at a space,
    as Word does after an edit (the paragraph text is unchanged)."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            seg = part[2:-2]
            cut = seg.find(" ", len(seg) // 2)
            pieces = [seg[:cut], seg[cut:]] if cut > 0 else [seg]
            for piece in pieces:
                r = p.add_run(piece)
                r.bold = True
                r.italic = base_italic
        else:
            r = p.add_run(part)
            r.bold = base_bold
            r.italic = base_italic


def build_docx(src, out):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
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
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for k, row in enumerate(rows):
                cells = t.add_row().cells
                for j, text in enumerate(row):
                    paras = text.split(" // ")
                    for m, ptext in enumerate(paras):
                        p = cells[j].paragraphs[0] if m == 0 else cells[j].add_paragraph()
                        r = p.add_run(ptext)
                        r.font.size = Pt(12)
                        r.bold = (k == 0)
                        if k == 0 or j == 0:
                            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        elif j == len(row) - 1:
                            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                        else:
                            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                        p.paragraph_format.space_after = Pt(3)
            for row in t.rows:
                for j, w in enumerate(val["widths"]):
                    row.cells[j].width = Cm(w)
            doc.add_paragraph()
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
                _add_runs(p, val, base_bold=tag in ("b", "bi"), base_italic=tag == "bi")
            p.paragraph_format.space_after = Pt(6)

    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out)


# ----------------------------------------------------------------- PDF
def font_path(name):
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf", name)


def build_pdf(src, out, family="DejaVuSerif", size=11, top_page_number=False, footer_page=False):
    """top_page_number: page numbers centred at the top from page 2 on (Nghị định 30/2020 style).
    Footnotes (!fn) go to the bottom of page 1 after a short rule."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("h.py")
    pdf.add_font("DV", "", font_path(family + ".ttf"))
    pdf.add_font("DV", "B", font_path(family + "-Bold.ttf"))
    suffix = "-Italic" if family == "DejaVuSerif" else "-Oblique"
    bsuffix = "-BoldItalic" if family == "DejaVuSerif" else "-BoldOblique"
    pdf.add_font("DV", "I", font_path(family + suffix + ".ttf"))
    pdf.add_font("DV", "BI", font_path(family + bsuffix + ".ttf"))
    pdf.set_margins(25, 18, 18)
    items = parse(src)
    footnotes = [v for t, v in items if t == "fn"]
    pdf.set_auto_page_break(True, 38 if footnotes else 20)
    pdf.alias_nb_pages()

    def header():
        if top_page_number and pdf.page_no() > 1:
            pdf.set_y(9)
            pdf.set_font("DV", "", 10)
            pdf.cell(0, 5, str(pdf.page_no()), align="C")
            pdf.set_y(18)

    def footer():
        if footer_page:
            pdf.set_y(-14)
            pdf.set_font("DV", "I", 8.5)
            pdf.cell(0, 5, "Trang %d/{nb}" % pdf.page_no(), align="C")

    pdf.header = header
    pdf.footer = footer
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(rows, lw, header, fsize=10.5):
        for k, (l, r) in enumerate(rows):
            y = pdf.get_y()
            if header:
                pdf.set_font("DV", "" if l.startswith("Số") else "B", fsize)
            else:
                pdf.set_font("DV", "B" if k == 0 else "", fsize if k == 0 else fsize - 1)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(lw, 5.4, l, align="C" if header else "L")
            y1 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + lw, y)
            italic = ", ngày" in r
            pdf.set_font("DV", "I" if italic else "B", fsize)
            pdf.multi_cell(W - lw, 5.4, r, align="C")
            pdf.set_y(max(y1, pdf.get_y()))

    for tag, val in items:
        if tag == "hdr":
            two_col(val, W * 0.42, True)
            pdf.ln(5)
        elif tag == "sig":
            pdf.ln(3)
            two_col(val, W * 0.5, False, fsize=10)
        elif tag == "fn":
            continue
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DV", {"c": "B", "cb": "B", "ci": "I"}[tag], {"c": 13, "cb": 11.5, "ci": 10.5}[tag])
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 6, val, align="C")
            pdf.ln(2)
        else:
            style = {"b": "B", "bi": "BI"}.get(tag, "")
            pdf.set_font("DV", style, size)
            pdf.set_x(pdf.l_margin)
            md = "**" in val
            pdf.multi_cell(W, 5.8, ("      " if tag == "p" else "") + val, align="J", markdown=md)
            pdf.ln(1.2)
    if footnotes:
        last = pdf.page
        pdf.set_auto_page_break(False)
        pdf.page = 1
        y = pdf.h - 34
        pdf.line(pdf.l_margin, y, pdf.l_margin + 50, y)
        pdf.set_y(y + 1.5)
        pdf.set_font("DV", "", 8.5)
        for fn in footnotes:
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 4.2, fn, align="J")
        pdf.page = last
    pdf.output(out)
    return pdf.pages_count


JOBS = [
    ("h-ubnd-bacninh-nha-o-cong-nhan.txt", "h-ubnd-bacninh-nha-o-cong-nhan.txt",
     lambda s, o: build_wrapped(s, o, width=88,
                                running_header="UBND tỉnh Bắc Ninh - Thông báo số 347/TB-UBND ngày 15/9/2025")),
    ("h-bb-bqlda-caobang-ke-bang-giang.txt", "h-bb-bqlda-caobang-ke-bang-giang.txt", build_grid_txt),
    ("h-kbnn-kv10-khoa-so-2025.txt", "h-kbnn-kv10-khoa-so-2025.html", build_pdf2html),
    ("h-cat-thainguyen-giaoban-t10.txt", "h-cat-thainguyen-giaoban-t10.docx", build_docx),
    ("h-tnhn-thoat-nuoc-mua-kho.txt", "h-tnhn-thoat-nuoc-mua-kho.docx", build_docx),
    ("h-tand-langson-quy4.txt", "h-tand-langson-quy4.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSerif", size=11)),
    ("h-bdt-sonla-giaoban-t11.txt", "h-bdt-sonla-giaoban-t11.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSans", size=10.5, top_page_number=True)),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        res = fn(src, os.path.join(DOCS, out))
        print(out, res if res else "")
    sys.exit(0)
