"""Deterministic builder for helper "k" documents (3 .docx and 3 .pdf).

Sources live in build/k-src/*.txt; the two .html, the Zalo .txt and the .md are hand-written in docs/.

Source markup (as build/j.py):
  !hdr LEFT || RIGHT   one row of the header (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type / bold title / italic note
  !b TEXT / !bi TEXT   bold / bold-italic paragraph (a heading)
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block
  !table W1,W2,..      a table; rows "c1 || c2 || ..." until !endtable; " // " starts a new paragraph in a cell
  !pagebreak           (pdf) a new page
  !fn TEXT             (pdf) a footnote printed at the bottom of page 1
  \t                   a TAB character typed in the paragraph (docx)
  other lines          body paragraphs

Run:  /work/main/.venv/bin/python eval/reader/build/k.py
Reruns give identical bytes (fixed docx core properties and zip entry times, fixed PDF dates).
Helpers (_fixed_zip, _add_runs, font_path, FIXED) are imported from build/h.py.
"""
import io
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import h as hbuild  # noqa: E402  (helpers only)

SRC = os.path.join(HERE, "k-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = hbuild.FIXED


def parse(name):
    items, table = [], None
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        lines = [unicodedata.normalize("NFC", l.rstrip("\n")).replace("\\t", "\t") for l in f]
    for line in lines:
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


# ----------------------------------------------------------------- DOCX
def build_docx(src, out, cell_numbered=False):
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
                        bold = not (text.startswith("Số") or ", ngày" in text or text.startswith("SỞ") or text.startswith("BỘ TƯ"))
                        cell_text(cell, text, bold=bold, italic=", ngày" in text, size=12.5,
                                  align=WD_ALIGN_PARAGRAPH.CENTER)
                else:
                    cell_text(row[0], l, bold=(i == 0), italic=(i == 0), size=11 if i else 12)
                    cell_text(row[1], r, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
            for row in t.rows:
                row.cells[0].width, row.cells[1].width = Cm(7.5), Cm(8.5)
            doc.add_paragraph()
        elif tag == "table":
            t = doc.add_table(rows=0, cols=len(val["widths"]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for k, row in enumerate(val["rows"]):
                cells = t.add_row().cells
                for j, text in enumerate(row):
                    for m, ptext in enumerate(text.split(" // ")):
                        p = cells[j].paragraphs[0] if m == 0 else cells[j].add_paragraph()
                        hbuild._add_runs(p, ptext, base_bold=(k == 0 or (j == 1 and k > 0)))
                        for r in p.runs:
                            r.font.size = Pt(12)
                        p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if (k == 0 or j == 0)
                                       else WD_ALIGN_PARAGRAPH.JUSTIFY)
                        p.paragraph_format.space_after = Pt(4)
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
                if val.startswith("+\t"):
                    p.paragraph_format.left_indent = Cm(1.25)
                    p.paragraph_format.first_line_indent = Cm(-0.6)
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
                else:
                    p.paragraph_format.first_line_indent = Cm(1)
                hbuild._add_runs(p, val, base_bold=tag in ("b", "bi"), base_italic=tag == "bi")
            p.paragraph_format.space_after = Pt(6)

    buf = io.BytesIO()
    doc.save(buf)
    hbuild._fixed_zip(buf.getvalue(), out)


# ----------------------------------------------------------------- PDF
def build_pdf(src, out, family="DejaVuSerif", size=11, top_page_number=False, landscape_after_break=False):
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Microsoft® Word 2019")
    pdf.add_font("DV", "", hbuild.font_path(family + ".ttf"))
    pdf.add_font("DV", "B", hbuild.font_path(family + "-Bold.ttf"))
    suffix = "-Italic" if family == "DejaVuSerif" else "-Oblique"
    bsuffix = "-BoldItalic" if family == "DejaVuSerif" else "-BoldOblique"
    pdf.add_font("DV", "I", hbuild.font_path(family + suffix + ".ttf"))
    pdf.add_font("DV", "BI", hbuild.font_path(family + bsuffix + ".ttf"))
    pdf.set_margins(25, 18, 18)
    items = parse(src)
    footnotes = [v for t, v in items if t == "fn"]
    pdf.set_auto_page_break(True, 42 if footnotes else 20)

    def header():
        if top_page_number and pdf.page_no() > 1:
            pdf.set_y(9)
            pdf.set_font("DV", "", 10)
            pdf.cell(0, 5, str(pdf.page_no()), align="C")
            pdf.set_y(18)

    pdf.header = header
    pdf.add_page()

    def W():
        return pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(rows, lw, is_header, fsize=10.5):
        for k, (l, r) in enumerate(rows):
            y = pdf.get_y()
            if is_header:
                pdf.set_font("DV", "" if l.startswith("Số") else "B", fsize)
            else:
                pdf.set_font("DV", "BI" if k == 0 else "", fsize if k == 0 else fsize - 1.5)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(lw, 5.2, l, align="C" if is_header else "L")
            y1 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + lw, y)
            style = "I" if ", ngày" in r else ("" if r == "(Đã ký)" else "B")
            pdf.set_font("DV", style, fsize)
            pdf.multi_cell(W() - lw, 5.2, r, align="C")
            pdf.set_y(max(y1, pdf.get_y()))

    def table(val):
        widths = val["widths"]
        scale = W() / sum(widths)
        widths = [w * scale for w in widths]
        lh = 4.8
        for k, row in enumerate(val["rows"]):
            pdf.set_font("DV", "B" if k == 0 else "", 9.5)
            # measure
            heights = []
            for w, text in zip(widths, row):
                lines = pdf.multi_cell(w, lh, text, dry_run=True, output="LINES", padding=1)
                heights.append(len(lines) * lh + 2)
            hrow = max(heights)
            if pdf.get_y() + hrow > pdf.h - 20:
                pdf.add_page()
            y = pdf.get_y()
            x = pdf.l_margin
            for j, (w, text) in enumerate(zip(widths, row)):
                pdf.rect(x, y, w, hrow)
                pdf.set_xy(x, y)
                align = "C" if (k == 0 or j in (0, 1)) else "L"
                pdf.multi_cell(w, lh, text, align=align, padding=1)
                x += w
            pdf.set_xy(pdf.l_margin, y + hrow)

    for tag, val in items:
        if tag == "hdr":
            two_col(val, W() * 0.42, True)
            pdf.ln(5)
        elif tag == "sig":
            pdf.ln(3)
            two_col(val, W() * 0.5, False, fsize=10.5)
        elif tag == "fn":
            continue
        elif tag == "pagebreak":
            pdf.add_page()
        elif tag == "table":
            table(val)
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DV", {"c": "B", "cb": "B", "ci": "I"}[tag], {"c": 13, "cb": 11.5, "ci": 10.5}[tag])
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W(), 6, val, align="C")
            pdf.ln(2)
        else:
            style = {"b": "B", "bi": "BI"}.get(tag, "")
            pdf.set_font("DV", style, size)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W(), 5.8, ("      " if tag == "p" else "") + val, align="J")
            pdf.ln(1.2)
    if footnotes:
        last = pdf.page
        pdf.set_auto_page_break(False)
        pdf.page = 1
        y = pdf.h - 38
        pdf.line(pdf.l_margin, y, pdf.l_margin + 50, y)
        pdf.set_y(y + 1.5)
        pdf.set_font("DV", "", 8.5)
        for fn in footnotes:
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W(), 4.2, fn, align="J")
        pdf.page = last
    pdf.output(out)
    return pdf.pages_count


JOBS = [
    ("k-tb-bxd-vat-lieu-xanh.txt", "k-tb-bxd-vat-lieu-xanh.docx", build_docx),
    ("k-tb-thads-dongnai-giaoban-t11.txt", "k-tb-thads-dongnai-giaoban-t11.docx", build_docx),
    ("k-tb-cdyt-khanhhoa-giaoban-t1.txt", "k-tb-cdyt-khanhhoa-giaoban-t1.docx", build_docx),
    ("k-tb-ubnd-laocai-du-lich-sapa.txt", "k-tb-ubnd-laocai-du-lich-sapa.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSerif", size=10.5)),
    ("k-tb-vp-quangtri-duong-ven-bien.txt", "k-tb-vp-quangtri-duong-ven-bien.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSerif", size=10.5, top_page_number=True)),
    ("k-kh-ubnd-phutho-luat-du-lieu.txt", "k-kh-ubnd-phutho-luat-du-lieu.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSans", size=10.5, top_page_number=True)),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        res = fn(src, os.path.join(DOCS, out))
        print(out, res if res else "")
    sys.exit(0)
