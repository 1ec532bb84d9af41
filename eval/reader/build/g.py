"""Deterministic builder for helper "g" documents (.docx, .pdf and two hard-wrapped .txt).

Sources live in build/g-src/*.txt.

A. Word/PDF documents:
  !hdr LEFT || RIGHT   one row of the header (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type / bold title / italic note
  !b TEXT              bold paragraph (a unit heading or a section heading)
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block
  !pagebreak           new page
  other lines          justified body paragraphs (labels "1.", "-", "a)", "+" are typed text)

B. Hard-wrapped .txt imitating pdftotext/Word text output (build_wrapped):
  |TEXT                a literal line (header, title, signature laid side by side with spaces)
  @ff N                form feed and a page number line, as pdftotext writes a new page
  other lines          paragraphs, wrapped at WIDTH columns (dash items keep no hanging indent)

Run:  /work/main/.venv/bin/python eval/reader/build/g.py
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
SRC = os.path.join(HERE, "g-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2025, 12, 22, 8, 0, 0, tzinfo=datetime.timezone.utc)


def read_lines(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", l.rstrip("\n")) for l in f]


def parse(name):
    items = []
    for line in read_lines(name):
        if not line.strip():
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


# ----------------------------------------------------------------- wrapped TXT
def build_wrapped(src, out, width=80, indent=""):
    lines = []
    for line in read_lines(src):
        if line.startswith("|"):
            lines.append(line[1:].rstrip())
        elif line.startswith("@ff"):
            lines.append("\f" + " " * 39 + line.split()[1])
            lines.append("")
        elif not line.strip():
            if lines and lines[-1] != "":
                lines.append("")
        else:
            lines.extend(textwrap.wrap(line, width, initial_indent=indent, subsequent_indent="",
                                       break_long_words=False, break_on_hyphens=False))
    while lines and not lines[-1]:
        lines.pop()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------- DOCX
def _fixed_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 22, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def build_docx(src, out, header_table=True):
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
            if tag == "hdr" and not header_table:
                # stacked centred paragraphs instead of a table
                for l, r in val:
                    for text in (l, r):
                        if not text:
                            continue
                        p = doc.add_paragraph()
                        run = p.add_run(text)
                        run.bold = not (text.startswith("Số") or ", ngày" in text)
                        run.italic = ", ngày" in text
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        p.paragraph_format.space_after = Pt(0)
                doc.add_paragraph()
                continue
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
                    plain = r.startswith("(")
                    cell_text(row[1], r, bold=not plain, italic=plain, size=13,
                              align=WD_ALIGN_PARAGRAPH.CENTER)
            for row in t.rows:
                row.cells[0].width, row.cells[1].width = Cm(7.5), Cm(8.5)
            doc.add_paragraph()
        elif tag == "pagebreak":
            doc.add_page_break()
        else:
            p = doc.add_paragraph()
            run = p.add_run(val)
            if tag in ("c", "cb", "ci"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = tag in ("c", "cb")
                run.italic = tag == "ci"
                if tag == "c":
                    run.font.size = Pt(14)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
                run.bold = tag == "b"
            p.paragraph_format.space_after = Pt(6)

    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out)


# ----------------------------------------------------------------- PDF
def font_dir():
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def build_pdf(src, out, family="DejaVuSerif", size=11):
    from fpdf import FPDF

    fd = font_dir()
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("g.py")
    pdf.add_font("DV", "", os.path.join(fd, family + ".ttf"))
    pdf.add_font("DV", "B", os.path.join(fd, family + "-Bold.ttf"))
    suffix = "-Italic" if family == "DejaVuSerif" else "-Oblique"
    pdf.add_font("DV", "I", os.path.join(fd, family + suffix + ".ttf"))
    pdf.set_margins(22, 18, 16)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()

    def footer():
        pdf.set_y(-14)
        pdf.set_font("DV", "I", 8.5)
        pdf.cell(0, 5, "Trang %d/{nb}" % pdf.page_no(), align="C")

    pdf.footer = footer
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(rows, lw, header, fsize=10.5):
        for k, (l, r) in enumerate(rows):
            y = pdf.get_y()
            if header:
                pdf.set_font("DV", "" if l.startswith("Số") else "B", fsize)
            else:
                pdf.set_font("DV", "BI" if k == 0 else "", fsize - (0 if k == 0 else 1)) if False else \
                    pdf.set_font("DV", "B" if k == 0 else "", fsize if k == 0 else fsize - 1)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(lw, 5.4, l, align="C" if header else "L")
            y1 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + lw, y)
            italic = ", ngày" in r or r.startswith("(")
            pdf.set_font("DV", "I" if italic else "B", fsize)
            pdf.multi_cell(W - lw, 5.4, r, align="C")
            pdf.set_y(max(y1, pdf.get_y()))

    for tag, val in parse(src):
        if tag == "hdr":
            two_col(val, W * 0.45, True)
            pdf.ln(4)
        elif tag == "sig":
            pdf.ln(3)
            two_col(val, W * 0.5, False, fsize=10)
        elif tag == "pagebreak":
            pdf.add_page()
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DV", {"c": "B", "cb": "B", "ci": "I"}[tag], {"c": 13, "cb": 11.5, "ci": 10.5}[tag])
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 6, val, align="C")
            pdf.ln(1.5)
        else:
            pdf.set_font("DV", "B" if tag == "b" else "", size)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 5.8, ("      " if tag == "p" else "") + val, align="J")
            pdf.ln(1.2)
    pdf.output(out)
    return pdf.pages_count


JOBS = [
    ("g-vp-gialai-tru-so-doi-du.txt", "g-vp-gialai-tru-so-doi-du.txt", build_wrapped),
    ("g-ubnd-ductho-giaoban-t9.txt", "g-ubnd-ductho-giaoban-t9.txt",
     lambda s, o: build_wrapped(s, o, width=78, indent="     ")),
    ("g-stc-dongthap-giaoban-t10.txt", "g-stc-dongthap-giaoban-t10.docx", build_docx),
    ("g-snnmt-daklak-thien-tai.txt", "g-snnmt-daklak-thien-tai.docx", build_docx),
    ("g-bvdk-quangnam-giaoban-t11.txt", "g-bvdk-quangnam-giaoban-t11.docx",
     lambda s, o: build_docx(s, o, header_table=False)),
    ("g-bkhdt-dau-thau-qua-mang.txt", "g-bkhdt-dau-thau-qua-mang.pdf", build_pdf),
    ("g-ubnd-cantho-buon-lau-tet.txt", "g-ubnd-cantho-buon-lau-tet.pdf",
     lambda s, o: build_pdf(s, o, family="DejaVuSans", size=10.5)),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        res = fn(src, os.path.join(DOCS, out))
        print(out, res if res else "")
    sys.exit(0)
