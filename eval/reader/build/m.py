"""Deterministic builder for helper "m" documents (3 .docx, 2 .pdf).

Sources live in build/m-src/*.txt; the 2 .html, the 2 .txt and the .md of batch m are written by hand in docs/.
Copied from build/l.py and extended (marked "m:" below).

Source markup (one item per line):
  !hdr LEFT || RIGHT   one row of the header table (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type (bold) / bold title / italic note
  !b TEXT              bold left-aligned heading paragraph (pdf)
  !h2 TEXT             (docx) a paragraph in Word's built-in "Heading 2" style (the roman label is typed)
  !table W1,W2,..      a table; the first row is the heading row; rows "c1 || c2 || ..." until !endtable
  !group TEXT          (inside a table) a group heading row merged across all columns
  ^^                   (docx cell) merged vertically with the cell above (w:vMerge)
  !landscape           (pdf) start a new landscape A4 page
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block
  ***x*** / **x** / *x*  bold italic / bold / italic run
  other lines          body paragraphs (justified, first line indented)
m: !bullet TEXT         (docx) a paragraph in Word's built-in "List Bullet" style: the bullet is automatic, not typed
m: {-TEXT-}             (docx) a tracked deletion (w:del/w:delText) left in the paragraph; python-docx's text skips it
m: !sig2 LEFT || RIGHT  (pdf) one row of a two-signer block, both columns centred (biên bản of two parties)
m: !nn TEXT             (pdf) a "Nơi nhận" line printed full width under the signatures
m: !runhead TEXT        (pdf) a running header printed at the top of every page after the first

Run:  /work/main/.venv/bin/python eval/reader/build/m.py
Reruns give identical bytes (fixed docx core properties and zip entry times, fixed PDF dates).
"""
import datetime
import io
import os
import re
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "m-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2026, 5, 26, 8, 0, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def parse(name):
    items, table = [], None
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        lines = [unicodedata.normalize("NFC", l.rstrip("\n")) for l in f]
    for line in lines:
        if table is not None:
            if line.startswith("!endtable"):
                items.append(("table", table))
                table = None
            elif line.startswith("!group "):
                table["rows"].append(("group", line[7:].strip()))
            elif line.strip():
                table["rows"].append(("row", [c.strip() for c in line.split(" ||")]))
            continue
        if not line.strip():
            continue
        if line.startswith("!"):
            tag, _, rest = line.partition(" ")
            tag = tag[1:]
            if tag == "table":
                table = {"widths": [float(w) for w in rest.split(",")], "rows": []}
            elif tag in ("hdr", "sig", "sig2"):
                left, _, right = rest.partition("||") if tag == "sig2" else rest.partition(" ||")
                if items and items[-1][0] == tag:
                    items[-1][1].append((left.strip(), right.strip()))
                else:
                    items.append((tag, [(left.strip(), right.strip())]))
            else:
                items.append((tag, rest))
        else:
            items.append(("p", line))
    return items


RUN_RE = re.compile(r"(\*\*\*.+?\*\*\*|\*\*.+?\*\*|\*.+?\*)")


def runs(text):
    """[(segment, bold, italic)]"""
    out = []
    for part in RUN_RE.split(text):
        if not part:
            continue
        if part.startswith("***"):
            out.append((part[3:-3], True, True))
        elif part.startswith("**"):
            out.append((part[2:-2], True, False))
        elif part.startswith("*") and len(part) > 1 and part.endswith("*"):
            out.append((part[1:-1], False, True))
        else:
            out.append((part, False, False))
    return out


def plain(text):
    return "".join(s for s, _, _ in runs(text))


# ----------------------------------------------------------------------------------------------- DOCX
def _fixed_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 26, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def build_docx(src, out):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    h2 = doc.styles["Heading 2"]
    h2.font.name = "Times New Roman"
    h2.font.size = Pt(13)
    h2.font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    cp = doc.core_properties
    cp.author = "VanThu"
    cp.last_modified_by = "VanThu"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    def add(p, text, bold=False, italic=False):
        # m: {-x-} is a tracked deletion kept in the file (w:del), invisible to python-docx's paragraph.text
        for k, chunk in enumerate(re.split(r"\{-(.+?)-\}", text)):
            if k % 2:
                d = OxmlElement("w:del")
                d.set(qn("w:id"), str(100 + k))
                d.set(qn("w:author"), "Phong KHTH")
                d.set(qn("w:date"), "2026-01-07T16:20:00Z")
                r = OxmlElement("w:r")
                t = OxmlElement("w:delText")
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                t.text = chunk
                r.append(t)
                d.append(r)
                p._p.append(d)
                continue
            for seg, b, i in runs(chunk):
                r = p.add_run(seg)
                r.bold = b or bold
                r.italic = i or italic

    def fmt(p, align=None, indent=None, after=4):
        pf = p.paragraph_format
        if align is not None:
            p.alignment = align
        if indent is not None:
            pf.first_line_indent = indent
        pf.space_after = Pt(after)
        pf.space_before = Pt(0)

    def two_col(rows, widths=(Cm(7), Cm(9.5)), center=True):
        t = doc.add_table(rows=0, cols=2)
        t.autofit = False
        for left, right in rows:
            cells = t.add_row().cells
            for c, txt, w in zip(cells, (left, right), widths):
                c.width = w
                p = c.paragraphs[0]
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER if center or txt.startswith("**") or txt.startswith("*(")
                    else WD_ALIGN_PARAGRAPH.LEFT, after=0)
                add(p, txt)
        return t

    items = parse(src)
    for tag, val in items:
        if tag == "hdr":
            two_col(val, (Cm(6.5), Cm(9.5)))
            doc.add_paragraph()
        elif tag == "c":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=0)
            add(p, val, bold=True)
        elif tag == "cb":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=12)
            add(p, val, bold=True)
        elif tag == "ci":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
            add(p, val, italic=True)
        elif tag == "h2":
            p = doc.add_paragraph(style="Heading 2")
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Cm(1), after=4)
            add(p, val)
        elif tag == "p":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Cm(1))
            add(p, val)
        elif tag == "bullet":
            p = doc.add_paragraph(style="List Bullet")
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, after=3)
            add(p, val)
        elif tag == "sig":
            doc.add_paragraph()
            t = doc.add_table(rows=0, cols=2)
            for left, right in val:
                cells = t.add_row().cells
                cells[0].width, cells[1].width = Cm(8), Cm(8)
                pl = cells[0].paragraphs[0]
                fmt(pl, WD_ALIGN_PARAGRAPH.LEFT, after=0)
                for seg, b, i in runs(left):
                    r = pl.add_run(seg)
                    r.bold, r.italic = b, i
                    if not left.startswith("*"):
                        r.font.size = Pt(11)
                pr = cells[1].paragraphs[0]
                fmt(pr, WD_ALIGN_PARAGRAPH.CENTER, after=0)
                add(pr, right)
        elif tag == "table":
            ncol = len(val["widths"])
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            prev = None
            for i, (kind, row) in enumerate(val["rows"]):
                cells = t.add_row().cells
                for c, w in zip(cells, val["widths"]):
                    c.width = Cm(w)
                if kind == "group":
                    m = cells[0].merge(cells[-1])
                    p = m.paragraphs[0]
                    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, after=0)
                    add(p, row, bold=True)
                    prev = None
                    continue
                for j, (c, txt) in enumerate(zip(cells, row + [""] * (ncol - len(row)))):
                    if txt == "^^" and prev is not None:
                        prev[j].merge(c)
                        continue
                    p = c.paragraphs[0]
                    fmt(p, WD_ALIGN_PARAGRAPH.CENTER if j != 1 else WD_ALIGN_PARAGRAPH.JUSTIFY, after=0)
                    for seg, b, it in runs(txt):
                        r = p.add_run(seg)
                        r.bold = b or i == 0
                        r.italic = it
                        r.font.size = Pt(12)
                prev = t.rows[-1].cells
            # repeat the heading row on every page
            trPr = t.rows[0]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
            doc.add_paragraph()
        elif tag == "b":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=Cm(1))
            add(p, val, bold=True)
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out)


# ------------------------------------------------------------------------------------------------ PDF
def build_pdf(src, out, footer=True):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pages = {"n": 0}
    runhead = [it[1] for it in parse(src) if it[0] == "runhead"]
    if runhead:
        def _header():
            if pdf.page_no() > 1:
                pdf.set_y(8)
                pdf.set_font("S", "I", 8.5)
                pdf.cell(0, 4.5, runhead[0], align="R")
                pdf.set_y(18)
        pdf.header = _header

    if footer:
        def _footer():
            if pdf.page_no() > 1:
                pdf.set_y(-13)
                pdf.set_font("S", "", 9)
                pdf.cell(0, 5, str(pdf.page_no()), align="R")
        pdf.footer = _footer

    pdf.add_page()
    size = 11
    lh = 5.6

    def style(b, i):
        return ("B" if b else "") + ("I" if i else "")

    def line_runs(text, align="J", indent=10, extra_b=False, extra_i=False, fsize=size):
        # fpdf2 markdown=True understands **bold** and __italic__; convert our markup
        md = ""
        for seg, b, i in runs(text):
            seg = seg.replace("**", "").replace("__", "")
            b, i = b or extra_b, i or extra_i
            if b and i:
                md += "**__" + seg + "__**"
            elif b:
                md += "**" + seg + "**"
            elif i:
                md += "__" + seg + "__"
            else:
                md += seg
        pdf.set_font("S", "", fsize)
        if indent:
            md = " " * 0 + md
            pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, lh, ("\u2003\u2003" if indent else "") + md, align=align, markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    for tag, val in parse(src):
        if tag == "hdr":
            w = pdf.w - pdf.l_margin - pdf.r_margin
            for left, right in val:
                y = pdf.get_y()
                pdf.set_font("S", "B" if left.startswith("**") else "", 10.5)
                pdf.set_xy(pdf.l_margin - 8, y)
                pdf.cell(w * 0.42, 5.2, plain(left), align="C")
                st = runs(right)[0] if right else ("", False, False)
                pdf.set_font("S", style(st[1], st[2]), 10.5)
                pdf.set_xy(pdf.l_margin + w * 0.40, y)
                pdf.cell(w * 0.60, 5.2, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, y + 5.6)
            pdf.ln(4)
        elif tag == "c":
            pdf.set_font("S", "B", 12.5)
            pdf.cell(0, 6.5, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "cb":
            pdf.set_font("S", "B", 11)
            pdf.multi_cell(0, 5.6, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "ci":
            pdf.set_font("S", "I", 10.5)
            pdf.multi_cell(0, 5.6, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "b":
            line_runs(val, align="L", extra_b=True)
        elif tag == "p":
            line_runs(val)
        elif tag == "landscape":
            pdf.set_margins(15, 15, 15)
            pdf.add_page(orientation="L")
        elif tag == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            w = pdf.w - pdf.l_margin - pdf.r_margin
            for left, right in val:
                y = pdf.get_y()
                ls = runs(left)[0] if left else ("", False, False)
                pdf.set_font("S", style(ls[1], ls[2]), 9.5 if not left.startswith("*") else 10.5)
                pdf.set_xy(pdf.l_margin, y)
                pdf.multi_cell(w * 0.52, 4.6, plain(left), align="L", new_x="LMARGIN", new_y="NEXT")
                y_left = pdf.get_y()
                rs = runs(right)[0] if right else ("", False, False)
                pdf.set_font("S", style(rs[1], rs[2]), 10.5)
                pdf.set_xy(pdf.l_margin + w * 0.50, y)
                pdf.cell(w * 0.50, 4.6, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, max(y + 4.6, y_left))
                pdf.set_x(pdf.l_margin)
        elif tag == "sig2":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 75:
                pdf.add_page()
            w = pdf.w - pdf.l_margin - pdf.r_margin
            for left, right in val:
                y = pdf.get_y()
                for k, txt in enumerate((left, right)):
                    st = runs(txt)[0] if txt else ("", False, False)
                    pdf.set_font("S", style(st[1], st[2]), 10)
                    pdf.set_xy(pdf.l_margin + k * w * 0.5, y)
                    pdf.cell(w * 0.5, 5, plain(txt), align="C")
                pdf.set_xy(pdf.l_margin, y + 5)
        elif tag == "nn":
            if val.startswith("*"):
                pdf.ln(4)
            st = runs(val)[0]
            pdf.set_font("S", style(st[1], st[2]), 9.5 if not val.startswith("*") else 10.5)
            pdf.multi_cell(0, 4.6, plain(val), align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "table":
            pdf.set_font("S", "", 9.5)
            ncol = len(val["widths"])
            with pdf.table(col_widths=val["widths"], line_height=4.6, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD"), num_heading_rows=1,
                           padding=1.2) as t:
                for kind, row in val["rows"]:
                    r = t.row()
                    if kind == "group":
                        r.cell(row, colspan=ncol, style=FontFace(emphasis="BOLD"))
                    else:
                        for j, c in enumerate(row + [""] * (ncol - len(row))):
                            r.cell(c, align="C" if j in (0,) else "L")
    pdf.output(out)


JOBS = [
    ("m-tb-cuc-hhdtvn-an-toan-duong-thuy-tet.txt", "m-tb-cuc-hhdtvn-an-toan-duong-thuy-tet.docx", build_docx),
    ("m-tb-bvsn-quangngai-giaoban-t12.txt", "m-tb-bvsn-quangngai-giaoban-t12.docx", build_docx),
    ("m-tb-ubnd-dackhu-condao-cao-diem-du-lich.txt", "m-tb-ubnd-dackhu-condao-cao-diem-du-lich.docx", build_docx),
    ("m-bb-snnmt-gialai-xa-tuyphuoc-du-lieu-dat.txt", "m-bb-snnmt-gialai-xa-tuyphuoc-du-lieu-dat.pdf", build_pdf),
    ("m-tb-vnpost-kiem-soat-noi-bo-2026.txt", "m-tb-vnpost-kiem-soat-noi-bo-2026.pdf", build_pdf),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        fn(src, os.path.join(DOCS, out))
        print("wrote", out)
