"""Deterministic builder for helper "f" documents (.docx, .pdf and one generated .txt).

Sources live in build/f-src/*.txt.  Three small markups are used:

A. Word/PDF documents (f-kh-*, f-tb-evncpc-*, f-qd-*, f-tb-sdttg-*):
  !hdr LEFT || RIGHT   one row of the header table (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type / bold title / italic note
  !b TEXT              bold heading paragraph
  !num TEXT            paragraph in Word's automatic "List Number" style: the number ("1.", "2.")
                       is shown by Word but is NOT part of the paragraph text
  !note TEXT           small italic paragraph (table footnote)
  !pagebreak           new page (the PDF's appendix starts on page 2)
  !table ... !endtable rows with cells separated by " | ".  In the first rows a cell "^" merges with
                       the cell above and "<" with the cell on its left (two-row header with merged
                       cells).  A row "=X | TEXT" is a group row: X in the first column, TEXT spanning
                       the other columns.
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature table
  other lines          justified body paragraphs ("+ ..." and "(1) ..." are typed text)

B. Scanned-looking PDF (f-tb-xa-battrang-scan): each source line is one printed line, so the line
  breaks and the hyphenations inside words ("du khá-" / "ch") are kept in the PDF text layer.
  @2 LEFT || RIGHT two pieces on one line; @c centred; @l indented right block; @sp blank line;
  @pb page break; @foot a footer stamp at the bottom of the page.

C. Pandoc "plain" text (f-tb-sxd-tayninh-atgt): rendered the way `pandoc -t plain` renders a Word
  file: 72-column wrapping, tables drawn with dashes, "1.  " lists with 4-space hanging indent and
  "-   " sub-bullets.  !hdr / !sig / !grid rows become simple tables, !ol / !ul list items.

Run:  /work/main/.venv/bin/python eval/reader/build/f.py
Reruns give identical bytes (fixed docx core properties and zip entry times, fixed PDF dates).
"""
import datetime
import io
import os
import sys
import textwrap
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "f-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2025, 12, 20, 8, 0, 0, tzinfo=datetime.timezone.utc)


def read_lines(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", l.rstrip("\n")) for l in f]


def parse(name):
    items, table = [], None
    for line in read_lines(name):
        if table is not None:
            if line.strip() == "!endtable":
                items.append(("table", table))
                table = None
            elif line.strip():
                table.append([c.strip() for c in line.split(" | ")])
            continue
        if not line.strip():
            continue
        if line.strip() == "!table":
            table = []
            continue
        if line.startswith("!"):
            tag, _, rest = line.partition(" ")
            tag = tag[1:]
            if tag in ("hdr", "sig"):
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


# ----------------------------------------------------------------- DOCX
def _fixed_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 20, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


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
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    def run_in(cell_or_par, text, bold=False, italic=False, size=None, align=None):
        p = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    for tag, val in parse(src):
        if tag in ("hdr", "sig"):
            t = doc.add_table(rows=0, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, (l, r) in enumerate(val):
                row = t.add_row().cells
                for cell, text, side in ((row[0], l, 0), (row[1], r, 1)):
                    if tag == "hdr":
                        run_in(cell, text, bold=not (text.startswith("Số:") or ", ngày" in text),
                               italic=", ngày" in text, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER)
                    else:
                        plain = text.startswith("(")
                        run_in(cell, text, bold=(side == 1 and not plain) or (side == 0 and i == 0),
                               italic=(side == 0 and i == 0) or plain, size=11 if side == 0 else 13,
                               align=WD_ALIGN_PARAGRAPH.CENTER if side == 1 else None)
            for row in t.rows:
                row.cells[0].width, row.cells[1].width = Cm(7.5), Cm(9.5)
            doc.add_paragraph()
        elif tag == "table":
            build_docx_table(doc, val)
        elif tag == "pagebreak":
            doc.add_page_break()
        elif tag == "num":
            p = doc.add_paragraph(style="List Number")
            p.add_run(val)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(6)
        else:
            p = doc.add_paragraph()
            run = p.add_run(val)
            if tag in ("c", "cb", "ci"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = tag in ("c", "cb")
                run.italic = tag == "ci"
                if tag == "c":
                    run.font.size = Pt(14)
            elif tag == "note":
                run.italic = True
                run.font.size = Pt(11)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
                run.bold = tag == "b"
            p.paragraph_format.space_after = Pt(6)

    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out)


def build_docx_table(doc, rows):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    ncol = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    nhead = 0
    while nhead < len(rows) and any(c in ("^", "<") for c in rows[nhead]) or nhead == 0:
        nhead += 1
    # fill texts
    for i, row in enumerate(rows):
        cells = t.rows[i].cells
        if row[0].startswith("="):
            a = cells[1].merge(cells[ncol - 1])
            r0 = cells[0].paragraphs[0].add_run(row[0][1:])
            r0.bold = True
            r1 = a.paragraphs[0].add_run(row[1])
            r1.bold = True
            continue
        for j, v in enumerate(row):
            if v in ("^", "<"):
                continue
            r = cells[j].paragraphs[0].add_run(v)
            r.font.size = Pt(11.5)
            if i < nhead:
                r.bold = True
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # merges after the texts are in place (merged cells keep the first cell's text)
    for i in range(nhead):
        for j, v in enumerate(rows[i]):
            if v == "<":
                t.cell(i, j - 1).merge(t.cell(i, j))
            elif v == "^":
                t.cell(i - 1, j).merge(t.cell(i, j))
    widths = {6: [1.0, 6.2, 2.3, 2.8, 2.2, 2.5], 5: [1.0, 7.0, 3.0, 3.0, 3.0], 4: [1.0, 8.5, 4.0, 3.5]}[ncol]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    doc.add_paragraph()


# ----------------------------------------------------------------- PDF
def font_dir():
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def new_pdf(family="DejaVuSerif"):
    from fpdf import FPDF

    fd = font_dir()
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("f.py")
    pdf.add_font("DV", "", os.path.join(fd, family + ".ttf"))
    pdf.add_font("DV", "B", os.path.join(fd, family + "-Bold.ttf"))
    suffix = "-Italic" if family == "DejaVuSerif" else "-Oblique"
    pdf.add_font("DV", "I", os.path.join(fd, family + suffix + ".ttf"))
    return pdf


def build_pdf(src, out):
    pdf = new_pdf()
    pdf.set_margins(22, 18, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(rows, lw, header, size=10.5):
        for l, r in rows:
            y = pdf.get_y()
            pdf.set_font("DV", "B" if header and not l.startswith("Số:") else "", size)
            if not header and l == rows[0][0]:
                pdf.set_font("DV", "B", size)  # "Nơi nhận:"
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(lw, 5.4, l, align="C" if header else "L")
            y1 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + lw, y)
            italic = ", ngày" in r or r.startswith("(")
            pdf.set_font("DV", "I" if italic else "B", size)
            pdf.multi_cell(W - lw, 5.4, r, align="C")
            pdf.set_y(max(y1, pdf.get_y()))

    for tag, val in parse(src):
        if tag == "hdr":
            two_col(val, W * 0.44, True)
            pdf.ln(4)
        elif tag == "sig":
            pdf.ln(3)
            two_col(val, W * 0.5, False, size=10)
        elif tag == "pagebreak":
            pdf.add_page()
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DV", {"c": "B", "cb": "B", "ci": "I"}[tag], {"c": 13, "cb": 11.5, "ci": 10.5}[tag])
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 6, val, align="C")
            pdf.ln(1.5)
        elif tag == "table":
            pdf_table(pdf, val, W)
        else:
            pdf.set_font("DV", "B" if tag == "b" else "", 11)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 5.8, ("      " if tag == "p" else "") + val, align="J")
            pdf.ln(1.2)
    pdf.output(out)
    return pdf.pages_count


def pdf_table(pdf, rows, W):
    from fpdf.fonts import FontFace

    pdf.set_font("DV", "", 9.5)
    fr = {4: (0.07, 0.50, 0.24, 0.19)}[len(rows[0])]
    widths = tuple(round(W * f, 2) for f in fr)
    with pdf.table(col_widths=widths, line_height=4.9, text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
                   headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True) as table:
        for row in rows:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(3)


def build_scan_pdf(src, out):
    """Every source line is one printed line (a scanned page's text layer)."""
    pdf = new_pdf("DejaVuSans")
    pdf.set_margins(20, 16, 14)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    lh = 6.1
    jitter = [0.0, 0.4, 0.9, 0.3, 0.6, 0.1, 0.8, 0.5]  # fixed left-edge wobble of a skewed scan
    n = 0

    def foot(text):
        pdf.set_font("DV", "I", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(pdf.w - 70, pdf.h - 12)
        pdf.cell(55, 4, text, align="R")
        pdf.set_text_color(25, 25, 25)

    pdf.set_text_color(25, 25, 25)
    y = 18.0
    for line in read_lines(src):
        if not line:
            continue
        tag, _, rest = line.partition(" ") if line.startswith("@") else ("", "", line)
        if tag == "@pb":
            pdf.add_page()
            y = 14.0
            continue
        if tag == "@foot":
            foot(rest)
            continue
        if tag == "@sp":
            y += lh * 0.8
            continue
        if tag == "@2":
            left, _, right = rest.partition(" || ")
            pdf.set_font("DV", "B" if y < 40 else "", 10.5)
            pdf.set_xy(18, y)
            pdf.cell(72, lh, left, align="C" if y < 40 else "L")
            pdf.set_xy(92, y)
            pdf.cell(100, lh, right, align="C")
        elif tag == "@c":
            pdf.set_font("DV", "B", 11.5 if rest == "THÔNG BÁO" else 10.5)
            pdf.set_xy(20, y)
            pdf.cell(pdf.w - 34, lh, rest, align="C")
        elif tag == "@l":
            pdf.set_font("DV", "B", 10)
            pdf.set_xy(24, y)
            pdf.cell(70, lh, rest, align="C")
        else:
            pdf.set_font("DV", "", 10.8)
            pdf.set_xy(20 + jitter[n % len(jitter)], y)
            pdf.cell(0, lh, line)
            n += 1
        y += lh
    pdf.output(out)
    return pdf.pages_count


# ----------------------------------------------------------------- pandoc-plain TXT
def build_plain(src, out):
    W = 72
    lines = []

    def para(text, first="", rest=""):
        lines.extend(textwrap.wrap(text, W, initial_indent=first, subsequent_indent=rest,
                                   break_long_words=False, break_on_hyphens=False))
        lines.append("")

    def simple_table(rows, widths):
        total = sum(widths) + len(widths) - 1
        lines.append("  " + "-" * total)
        for k, row in enumerate(rows):
            lines.append(("  " + " ".join(c.ljust(w) for c, w in zip(row, widths))).rstrip())
            if k == 0 and rows is not None and widths[0] < 30:
                lines.append("  " + " ".join("-" * w for w in widths))
        lines.append("  " + "-" * total)
        lines.append("")

    items = parse(src)
    i = 0
    while i < len(items):
        tag, val = items[i]
        if tag == "hdr":
            lines.extend(["  " + "-" * 35 + " " + "-" * 34])
            for l, r in val:
                lines.append(("  " + l.ljust(35) + " " + r).rstrip())
            lines.extend(["  " + "-" * 35 + " " + "-" * 34, ""])
        elif tag == "sig":
            lines.extend(["  " + "-" * 35 + " " + "-" * 34])
            for l, r in val:
                lines.append(("  " + l.ljust(35) + " " + r).rstrip())
            lines.extend(["  " + "-" * 35 + " " + "-" * 34, ""])
        elif tag == "grid":
            rows = []
            while i < len(items) and items[i][0] == "grid":
                rows.append([c.strip() for c in items[i][1].split(" | ")])
                i += 1
            simple_table(rows, [26, 14, 12])
            continue
        elif tag == "ol":
            num, _, text = val.partition(" ")
            para(text, num + "  ", "    ")
        elif tag == "ul":
            para(val, "    -   ", "        ")
        else:
            para(val)
        i += 1
    while lines and not lines[-1]:
        lines.pop()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


JOBS = [
    ("f-kh-sogddt-hue-ky-nang-so.txt", "f-kh-sogddt-hue-ky-nang-so.docx", build_docx),
    ("f-tb-evncpc-giaoban-t10.txt", "f-tb-evncpc-giaoban-t10.docx", build_docx),
    ("f-qd-bvdk-phutho-phu-luc.txt", "f-qd-bvdk-phutho-phu-luc.pdf", build_pdf),
    ("f-tb-sdttg-lamdong-mtqg.txt", "f-tb-sdttg-lamdong-mtqg.pdf", build_pdf),
    ("f-tb-xa-battrang-scan.txt", "f-tb-xa-battrang-scan.pdf", build_scan_pdf),
    ("f-tb-sxd-tayninh-atgt.txt", "f-tb-sxd-tayninh-atgt.txt", build_plain),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        res = fn(src, os.path.join(DOCS, out))
        print(out, res if res else "")
    sys.exit(0)
