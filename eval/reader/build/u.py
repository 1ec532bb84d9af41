"""Deterministic builder for helper "u" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders.

Sources live in build/u-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!ci", "!b", "!l",
"!sig", "!table ... !endtable". The .html, .md and .txt files of batch u are written by hand in docs/.

Added for u:
  (docx) a cell holding only "^" in a "!table" row is merged vertically (w:vMerge) with the cell above it, as Word
         does for one unit (or one deadline) spanning several task rows; python-docx then repeats the text of the
         merged cell in every row it spans (build_docx_vmerge post-processes p.py's output)
  (pdf)  build_pdf_u, p.py's PDF layout with two options:
         sig_first=True  the signature column of the "!sig" block is drawn before the "Nơi nhận" column, so the
                         text layer gives the signer before the recipient list (a Word table whose right cell was
                         written first)
         "!thead LEFT || RIGHT" and "!task LABEL || TEXT || DEADLINE"  a task list with a narrow right-hand
                         "Thời hạn" column; every deadline is drawn beside its task but written into the page's
                         content stream only after the whole document is laid out (as Word text boxes anchored to
                         the paragraphs are), so pypdf gives each page's task texts first and its deadlines last

Run:  /work/main/.venv/bin/python eval/reader/build/u.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import io
import os

from p import DOCS, FIXED, FONT_DIR, _fixed_zip, build_docx, parse, plain, runs

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "u-src")


# ------------------------------------------------------------------------------------------- DOCX + vMerge
def build_docx_vmerge(src, out):
    """p.py's build_docx, then every table cell whose text is "^" is merged with the cell above it."""
    import docx

    build_docx(src, out)
    d = docx.Document(out)
    for t in d.tables:
        rows = t.rows
        for j in range(len(t.columns)):
            for i in range(1, len(rows)):
                c = rows[i].cells[j]
                if c.text.strip() != "^":
                    continue
                for p in list(c.paragraphs):
                    p._p.getparent().remove(p._p)
                c._tc.append(c._tc.makeelement(c._tc.tag.replace("}tc", "}p"), {}))
                top = i - 1
                while rows[top].cells[j].text.strip() == "^":
                    top -= 1
                rows[top].cells[j].merge(c)
    for t in d.tables:  # merge() keeps the empty paragraph of the lower cell: drop trailing empty paragraphs
        for row in t.rows:
            for c in row.cells:
                ps = c.paragraphs
                while len(ps) > 1 and not ps[-1].text.strip():
                    ps[-1]._p.getparent().remove(ps[-1]._p)
                    ps = c.paragraphs
    buf = io.BytesIO()
    d.save(buf)
    _fixed_zip(buf.getvalue(), out)


# ------------------------------------------------------------------------------------------------ PDF
def build_pdf_u(src, out, sig_first=False):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    fam = "DejaVuSerif"
    pdf.add_font("S", "", os.path.join(FONT_DIR, fam + ".ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, fam + "-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, fam + "-Italic.ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, fam + "-BoldItalic.ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)

    def _footer():
        if pdf.page_no() > 1:
            pdf.set_y(-13)
            pdf.set_font("S", "", 9)
            pdf.cell(0, 5, str(pdf.page_no()), align="C")

    pdf.footer = _footer
    pdf.add_page()
    size, lh = 11, 5.6
    notes = []  # (page, y, text) of the right-hand deadline column, drawn at the end

    def style(b, i):
        return ("B" if b else "") + ("I" if i else "")

    def md(text, extra_b=False):
        s = ""
        for seg, b, i in runs(text):
            b = b or extra_b
            if b and i:
                s += "**__" + seg + "__**"
            elif b:
                s += "**" + seg + "**"
            elif i:
                s += "__" + seg + "__"
            else:
                s += seg
        return s

    def para(text, align="J", indent=True, extra_b=False, width=0, x=None):
        pdf.set_font("S", "", size)
        pdf.set_x(pdf.l_margin if x is None else x)
        pdf.multi_cell(width, lh, ("\u2003\u2003" if indent else "") + md(text, extra_b), align=align,
                       markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    body_w = pdf.w - pdf.l_margin - pdf.r_margin
    col_w = 34  # the "Thời hạn" column
    for tag, val in parse(src):
        if tag == "hdr":
            for left, right in val:
                y = pdf.get_y()
                ls = runs(left)[0] if left else ("", False, False)
                pdf.set_font("S", style(ls[1], ls[2]), 10)
                pdf.set_xy(pdf.l_margin - 8, y)
                pdf.cell(body_w * 0.42, 5.2, plain(left), align="C")
                rs = runs(right)[0] if right else ("", False, False)
                pdf.set_font("S", style(rs[1], rs[2]), 10)
                pdf.set_xy(pdf.l_margin + body_w * 0.40, y)
                pdf.cell(body_w * 0.60, 5.2, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, y + 5.6)
            pdf.ln(4)
        elif tag == "c":
            pdf.set_font("S", "B", 12.5)
            pdf.cell(0, 6.5, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "cb":
            pdf.set_font("S", "B", 11)
            pdf.multi_cell(0, 5.6, plain(val), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "ci":
            pdf.set_font("S", "I", 10.5)
            pdf.multi_cell(0, 5.6, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "b":
            para(val, align="L", extra_b=True)
        elif tag == "l":
            para(val, align="L", indent=False)
        elif tag == "p":
            para(val)
        elif tag == "thead":
            left, right = [s.strip() for s in val.split(" ||")]
            y = pdf.get_y()
            pdf.set_font("S", "B", 10.5)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(body_w - col_w - 3, 6, left, align="C", border="B")
            pdf.set_xy(pdf.l_margin + body_w - col_w, y)
            pdf.cell(col_w, 6, right, align="C", border="B")
            pdf.set_xy(pdf.l_margin, y + 8)
        elif tag == "task":
            label, text, deadline = [s.strip() for s in val.split(" ||")]
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            notes.append((pdf.page, pdf.get_y(), deadline))
            pdf.set_font("S", "B", size)
            pdf.set_x(pdf.l_margin)
            pdf.cell(8, lh, label)
            para(text, indent=False, width=body_w - col_w - 11, x=pdf.l_margin + 8)
        elif tag == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            y0 = pdf.get_y()
            order = ("right", "left") if sig_first else ("left", "right")
            y_end = y0
            for side in order:
                y = y0
                for left, right in val:
                    txt = left if side == "left" else right
                    if side == "left":
                        ls = runs(left)[0] if left else ("", False, False)
                        pdf.set_font("S", style(ls[1], ls[2]), 9 if not left.startswith("*") else 10)
                        pdf.set_xy(pdf.l_margin, y)
                        pdf.multi_cell(body_w * 0.52, 4.6, plain(txt), align="L", new_x="LMARGIN", new_y="NEXT")
                        y = max(y + 4.6, pdf.get_y())
                    else:
                        rs = runs(right)[0] if right else ("", False, False)
                        pdf.set_font("S", style(rs[1], rs[2]), 10.5)
                        pdf.set_xy(pdf.l_margin + body_w * 0.50, y)
                        pdf.cell(body_w * 0.50, 4.6, plain(txt), align="C")
                        y += 4.6
                y_end = max(y_end, y)
            pdf.set_xy(pdf.l_margin, y_end)
            pdf.ln(4)
        elif tag == "table":
            pdf.set_font("S", "", 9.5)
            ncol = len(val["widths"])
            with pdf.table(col_widths=val["widths"], line_height=4.6, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD"), num_heading_rows=1,
                           repeat_headings=1, padding=1.2) as t:
                for kind, row in val["rows"]:
                    r = t.row()
                    if kind == "group":
                        r.cell(row, colspan=ncol, style=FontFace(emphasis="BOLD"))
                    else:
                        for j, c in enumerate(row + [""] * (ncol - len(row))):
                            r.cell(c, align="C" if j == 0 else "L")
            pdf.ln(3)
    if notes:  # the deadline column, written after the body of every page
        last = pdf.page
        pdf.set_auto_page_break(False)
        for page, y, text in notes:
            pdf.page = page
            pdf.set_font("S", "", 8)  # fpdf2 keeps one font state for all pages: force a Tf into this page
            pdf.set_font("S", "I", 10)
            pdf.set_xy(pdf.l_margin + body_w - col_w, y)
            pdf.multi_cell(col_w, lh, text, align="C")
        pdf.page = last
    pdf.output(out)


JOBS = [
    ("u-tb-tu-quangtri-y-kien-bi-thu-van-xuoi.txt", "u-tb-tu-quangtri-y-kien-bi-thu-van-xuoi.docx",
     build_docx, {}),
    ("u-tb-dhqghcm-dai-hoc-so-bang-gop-o-ghi-chu.txt", "u-tb-dhqghcm-dai-hoc-so-bang-gop-o-ghi-chu.docx",
     build_docx_vmerge, {}),
    ("u-tb-ubnd-sonla-dong-chi-giam-doc-chi-dao-mua-mua.txt", "u-tb-ubnd-sonla-dong-chi-giam-doc-chi-dao-mua-mua.docx",
     build_docx, {}),
    ("u-tb-thanhtra-hue-ket-luan-thanh-tra-ky-truoc-noi-nhan.txt",
     "u-tb-thanhtra-hue-ket-luan-thanh-tra-ky-truoc-noi-nhan.pdf", build_pdf_u, {"sig_first": True}),
    ("u-tb-vqg-cucphuong-pccc-rung-he-cot-thoi-han-ben-le.txt",
     "u-tb-vqg-cucphuong-pccc-rung-he-cot-thoi-han-ben-le.pdf", build_pdf_u, {}),
    ("u-tb-bdttg-caobang-bang-tra-loi-kien-nghi.txt", "u-tb-bdttg-caobang-bang-tra-loi-kien-nghi.pdf",
     build_pdf_u, {}),
]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:  # p.py joins its own SRC to an absolute path: pass absolute sources
        fn(os.path.join(SRC, src), os.path.join(DOCS, out), **kw)
        print("wrote", out)
