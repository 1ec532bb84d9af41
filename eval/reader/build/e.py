"""Deterministic builder for helper "e" documents (.docx and .pdf).

Sources live in build/e-src/*.txt with a tiny line markup:
  !hdr LEFT || RIGHT   one row of the two-column header (issuing body | quốc hiệu)
  !c TEXT              centred bold line (document type)
  !cb TEXT             centred bold line (title)
  !ci TEXT             centred line (rule / ornament)
  !b TEXT              bold paragraph (heading)
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block
  !table ... !endtable rows separated by " | " (first row = header)
  other lines          justified body paragraphs

Run:  python build/e.py        (writes docs/e-*.docx and docs/e-*.pdf)
Output is byte-for-byte reproducible (fixed zip timestamps and PDF dates).
"""
import datetime
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "e-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)


def parse(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    items, table = [], None
    for line in lines:
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

    for tag, val in parse(src):
        if tag in ("hdr", "sig"):
            t = doc.add_table(rows=0, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, (l, r) in enumerate(val):
                row = t.add_row().cells
                for cell, text, side in ((row[0], l, 0), (row[1], r, 1)):
                    p = cell.paragraphs[0]
                    if tag == "hdr" or side == 1:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = p.add_run(text)
                    if tag == "hdr":
                        run.bold = not (text.startswith("Số:") or "ngày" in text)
                        run.italic = "ngày" in text
                    else:
                        run.bold = side == 1 and text not in ("(Đã ký)", "(đã ký)")
                        run.font.size = Pt(11 if side == 0 else 13)
                        if side == 0 and i == 0:
                            run.bold = run.italic = True
            doc.add_paragraph()
        elif tag == "table":
            hdr, *rows = val
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, hdr):
                r = c.paragraphs[0].add_run(h)
                r.bold = True
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for row in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    r = c.paragraphs[0].add_run(v)
                    r.font.size = Pt(12)
            widths = [Cm(1.1), Cm(7.0), Cm(3.2), Cm(3.2), Cm(2.5)]
            for row in t.rows:
                for c, w in zip(row.cells, widths):
                    c.width = w
            doc.add_paragraph()
        else:
            p = doc.add_paragraph()
            run = p.add_run(val)
            if tag in ("c", "cb", "ci"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = tag in ("c", "cb")
                if tag == "c":
                    run.font.size = Pt(14)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
                run.bold = tag == "b"
            p.paragraph_format.space_after = Pt(6)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a stable member order
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ----------------------------------------------------------------- PDF
def font_dir():
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def build_pdf(src, out):
    from fpdf import FPDF

    fd = font_dir()
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("e.py")
    pdf.add_font("DV", "", os.path.join(fd, "DejaVuSerif.ttf"))
    pdf.add_font("DV", "B", os.path.join(fd, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(fd, "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def two_col(rows, lw, bold_left, size=10.5):
        for l, r in rows:
            y = pdf.get_y()
            pdf.set_font("DV", "B" if bold_left else "", size)
            if l.startswith("Số:"):
                pdf.set_font("DV", "", size)
            pdf.multi_cell(lw, 5.5, l, align="C" if bold_left else "L")
            y1 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + lw, y)
            italic = "ngày" in r or r.startswith("(")
            pdf.set_font("DV", "I" if italic else "B", size)
            pdf.multi_cell(W - lw, 5.5, r, align="C")
            pdf.set_y(max(y1, pdf.get_y()))
            pdf.set_x(pdf.l_margin)

    for tag, val in parse(src):
        if tag == "hdr":
            two_col(val, W * 0.42, True)
            pdf.ln(4)
        elif tag == "sig":
            pdf.ln(2)
            two_col(val, W * 0.5, False, size=10)
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DV", "B" if tag != "ci" else "", 13 if tag == "c" else 11.5)
            pdf.multi_cell(W, 6.2, val, align="C")
            pdf.ln(1.5)
        else:
            pdf.set_font("DV", "B" if tag == "b" else "", 11)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 5.8, ("      " if tag == "p" else "") + val, align="J")
            pdf.ln(1.2)
    pdf.output(out)
    return pdf.pages_count


JOBS = [
    ("e-cdc-tuyenquang-sxh.txt", "e-cdc-tuyenquang-sxh.docx", build_docx),
    ("e-tct-duongsat-tet-binh-ngo.txt", "e-tct-duongsat-tet-binh-ngo.docx", build_docx),
    ("e-dhqn-nam-hoc-2025.txt", "e-dhqn-nam-hoc-2025.pdf", build_pdf),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        res = fn(src, os.path.join(DOCS, out))
        print(out, res if res else "")
    sys.exit(0)
