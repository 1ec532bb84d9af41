"""Deterministic builder for helper "n" documents (3 .docx, 3 .pdf, 1 .md, 1 .txt, 1 .html).

Sources live in build/n-src/*.txt; only n-tb-bdbp-tayninh-bien-gioi-tet-2026.txt is written by hand in docs/.
The docx/pdf markup is l.py's, plus:
  !sig2 LEFT || RIGHT  (docx) a two-party signature row, both cells centred (ĐẠI DIỆN BÊN A / BÊN B)
  !stamp A | B | ...   (pdf) a boxed e-signature stamp at the top right of the current page
  !stamp2 A | B        (pdf) a small boxed e-signature stamp under the signature block
  !newpage             (pdf) a page break
  "–<TAB>" at the start of a paragraph is kept as typed (a dash and a tab)
  a table cell written **x** is printed bold (pdf)
Other builders, each with its own source format described at the function:
  build_excel_pdf   a sheet printed from Excel (gridlines, row numbers and column letters)
  build_md_grid     pandoc markdown from a .docx: grid tables, 72-column wrapped paragraphs
  build_fixed_txt   a plain-text export with fixed-width table columns
  build_word_html   Word "Save as Web Page, Filtered" HTML (MsoNormal, mso-list bullets)

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

Run:  /work/main/.venv/bin/python eval/reader/build/n.py
Reruns give identical bytes (fixed docx core properties and zip entry times, fixed PDF dates).
"""
import datetime
import io
import os
import re
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "n-src")
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
                left, _, right = (" " + rest).partition(" ||")
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
        for seg, b, i in runs(text):
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
        elif tag == "sig2":
            doc.add_paragraph()
            t = doc.add_table(rows=0, cols=2)
            for left, right in val:
                cells = t.add_row().cells
                for c, txt in zip(cells, (left, right)):
                    c.width = Cm(8)
                    p = c.paragraphs[0]
                    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=0)
                    add(p, txt)
        elif tag == "table":
            ncol = len(val["widths"])
            wide = val["widths"].index(max(val["widths"]))
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
                    fmt(p, WD_ALIGN_PARAGRAPH.CENTER if j != wide or i == 0 else WD_ALIGN_PARAGRAPH.JUSTIFY, after=0)
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
        elif tag in ("stamp", "stamp2"):
            lines = [s.strip() for s in val.split("|")]
            y0 = pdf.get_y()
            pdf.set_font("S", "", 7.5)
            bw = 62
            x = pdf.w - pdf.r_margin - bw
            y = 3.5 if tag == "stamp" else y0 + 2
            pdf.set_draw_color(200, 0, 0)
            pdf.set_text_color(200, 0, 0)
            pdf.rect(x, y, bw, 3.2 * len(lines) + 1.6)
            for k, ln in enumerate(lines):
                pdf.set_xy(x + 1.5, y + 0.8 + 3.2 * k)
                pdf.cell(bw - 3, 3.2, ln)
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_xy(pdf.l_margin, max(y0, 20) if tag == "stamp" else y + 3.2 * len(lines) + 4)
        elif tag == "newpage":
            pdf.add_page()
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
                            if c.startswith("**") and c.endswith("**"):
                                r.cell(c[2:-2], align="C" if j != 1 else "L", style=FontFace(emphasis="BOLD"))
                            else:
                                r.cell(c, align="C" if j in (0,) else ("R" if c[:1].isdigit() and j > 1 else "L"))
    pdf.output(out)




# ------------------------------------------------------------------------------------- EXCEL-PRINTED PDF
def build_excel_pdf(src, out):
    """A sheet printed from Excel 2019 to PDF: landscape A4, row numbers and column letters printed
    ("Page Layout > Sheet Options > Headings: Print"), cell borders on the task table only, the heading
    row repeated on page 2 with its own sheet row number, "Trang N" centred in the footer.
    Source lines: H2 left || right (A-C | D-G merged), T text / TI text (A-G merged, bold / italic),
    B (blank row), HDR c1 || .. || c7, G roman || text (B-G merged), D c1 || .. || c7, S left || right,
    PB (manual page break)."""
    from fpdf import FPDF

    cols = [11, 38, 75, 40, 44, 36, 26]
    letters = "ABCDEFG"
    rn_w, lh, fs = 8, 4.0, 8.5
    rows = []
    with open(os.path.join(SRC, src), encoding="utf-8") as f:
        for line in f:
            line = unicodedata.normalize("NFC", line.rstrip("\n"))
            if not line.strip():
                continue
            kind, _, rest = line.partition(" ")
            rows.append((kind, [c.strip() for c in rest.split(" ||")] if rest else []))

    pdf = FPDF(orientation="L", format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft® Excel® 2019")
    pdf.set_producer("Microsoft® Excel® 2019")
    pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("H", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.set_auto_page_break(False)
    left, top, bottom = 9, 10, 200

    def footer():
        pdf.set_y(-9)
        pdf.set_font("H", "", 8)
        pdf.cell(0, 4, "Trang %d" % pdf.page_no(), align="C")
    pdf.footer = footer

    def letters_row():
        y = pdf.get_y()
        pdf.set_fill_color(230, 230, 230)
        pdf.set_draw_color(160, 160, 160)
        pdf.set_font("H", "", 7.5)
        pdf.set_xy(left, y)
        pdf.cell(rn_w, 4.5, "", border=1, fill=True)
        x = left + rn_w
        for w, ch in zip(cols, letters):
            pdf.set_xy(x, y)
            pdf.cell(w, 4.5, ch, border=1, align="C", fill=True)
            x += w
        pdf.set_xy(left, y + 4.5)

    def spans(kind, cells):
        """[(x offset, width, text, style, align, border)] for one sheet row."""
        xs = [sum(cols[:i]) for i in range(len(cols) + 1)]
        if kind == "H2":
            l_, r_ = (cells + ["", ""])[:2]
            lst = "B" if l_.isupper() and not l_.startswith("BỘ") else ""
            rst = "I" if r_.startswith(("Hà Nội", "Ngày")) else "B"
            return [(0, xs[3], l_, lst, "C", 0), (xs[3], xs[7] - xs[3], r_, rst, "C", 0)]
        if kind in ("T", "TI"):
            return [(0, xs[7], cells[0], "B" if kind == "T" else "I", "C", 0)]
        if kind == "B":
            return []
        if kind == "G":
            return [(0, cols[0], cells[0], "B", "C", 1), (xs[1], xs[7] - xs[1], cells[1], "B", "L", 1)]
        if kind == "S":
            l_, r_ = (cells + ["", ""])[:2]
            return [(0, xs[3], l_, "I" if l_.startswith("Nơi") else "", "L", 0),
                    (xs[3], xs[7] - xs[3], r_, "I" if r_.startswith("(") else "B", "C", 0)]
        out_ = []
        for i, c in enumerate(cells + [""] * (len(cols) - len(cells))):
            out_.append((xs[i], cols[i], c, "B" if kind == "HDR" else "", "C" if kind == "HDR" or i in (0, 5)
                         else "L", 1))
        return out_

    def height(kind, sp):
        n = 1
        for _, w, txt, st, _, _ in sp:
            if not txt:
                continue
            pdf.set_font("S", st, 11 if (kind == "T" and txt.isupper()) else fs)
            n = max(n, len(pdf.multi_cell(w - 2, lh, txt, dry_run=True, output="LINES")))
        return n * lh + 1.6

    def draw(num, kind, cells):
        sp = spans(kind, cells)
        h = 4.5 if kind == "B" else height(kind, sp)
        y = pdf.get_y()
        pdf.set_draw_color(160, 160, 160)
        pdf.set_fill_color(230, 230, 230)
        pdf.set_font("H", "", 7.5)
        pdf.set_xy(left, y)
        pdf.cell(rn_w, h, str(num), border=1, align="C", fill=True)
        pdf.set_draw_color(0, 0, 0)
        for x, w, txt, st, al, border in sp:
            x0 = left + rn_w + x
            if border:
                pdf.rect(x0, y, w, h)
            if not txt:
                continue
            pdf.set_font("S", st, 11 if (kind == "T" and txt.isupper()) else fs)
            pdf.set_xy(x0 + 1, y + 0.8)
            pdf.multi_cell(w - 2, lh, txt, align=al)
        pdf.set_xy(left, y + h)

    pdf.add_page()
    pdf.set_xy(left, top)
    letters_row()
    head = None
    num = 0
    for kind, cells in rows:
        if kind == "PB":
            pdf.add_page()
            pdf.set_xy(left, top)
            letters_row()
            if head:
                draw(*head)
            continue
        num += 1
        if kind == "HDR":
            head = (num, kind, cells)
        sp = spans(kind, cells)
        h = 4.5 if kind == "B" else height(kind, sp)
        if pdf.get_y() + h > bottom:
            pdf.add_page()
            pdf.set_xy(left, top)
            letters_row()
            if head:
                draw(*head)
        draw(num, kind, cells)
    pdf.output(out)


# ------------------------------------------------------------------------------------ PANDOC MARKDOWN
def _wrap(text, width, guard=True):
    """Greedy wrap at spaces. With guard, no line may start with a token that markdown would read as a
    list marker ("-", "+", "*", "1.", "2)"): the break moves one word earlier, as pandoc does."""
    words = text.split(" ")
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    if guard:
        bad = re.compile(r"^([-+*]|\d+[.)])$")
        for i in range(1, len(lines)):
            while lines[i] and bad.match(lines[i][0]) and len(lines[i - 1]) > 1:
                lines[i].insert(0, lines[i - 1].pop())
    return [" ".join(l) for l in lines if l]


def _grid(widths, rows, header):
    def rule(ch):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
    out_ = [rule("-")]
    for k, row in enumerate(rows):
        cell_lines = []
        for w, txt in zip(widths, row + [""] * (len(widths) - len(row))):
            ls = []
            for j, par in enumerate(txt.split(" // ")):
                if j:
                    ls.append("")
                ls.extend(_wrap(par, w) if par else [""])
            cell_lines.append(ls)
        n = max(len(c) for c in cell_lines)
        for i in range(n):
            out_.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w)
                                          for c, w in zip(cell_lines, widths)) + " |")
        out_.append(rule("=" if header and k == 0 else "-"))
    return out_


def build_md_grid(src, out):
    """Markdown as pandoc writes it from a .docx: paragraphs wrapped at 72 columns (a line never starts
    with a list marker), typed list markers escaped ("1\\.", "\\-") in the source, Word tables as grid
    tables. Source: "!grid W1,W2" (no heading row) or "!gridh W1,.." (first row is the heading), rows of
    cells split by " || ", " // " = a new paragraph inside a cell, "!endgrid"; other lines are paragraphs."""
    lines = [unicodedata.normalize("NFC", l.rstrip("\n")) for l in open(os.path.join(SRC, src), encoding="utf-8")]
    out_, grid = [], None
    for line in lines:
        if grid is not None:
            if line.startswith("!endgrid"):
                out_.extend(_grid(grid["w"], grid["rows"], grid["h"]))
                out_.append("")
                grid = None
            elif line.strip():
                grid["rows"].append([c.strip() for c in line.split(" ||")])
            continue
        if line.startswith("!grid"):
            tag, _, rest = line.partition(" ")
            grid = {"w": [int(w) for w in rest.split(",")], "rows": [], "h": tag == "!gridh"}
            continue
        if not line.strip():
            continue
        out_.extend(_wrap(line, 72))
        out_.append("")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_).rstrip("\n") + "\n")


# ---------------------------------------------------------------------------------- FIXED-WIDTH TEXT
def build_fixed_txt(src, out):
    """A plain-text export: "!raw" .. "!endraw" copied as is; "!h TEXT" a heading line; other lines are
    paragraphs wrapped at 100 columns with a 5-space first-line indent; "!fixed W1,..,W5" .. "!endfixed"
    a table with fixed-width columns (two spaces between), dashed rules, cells wrapped inside their
    column and a blank line after each row (the first row is the heading)."""
    lines = [unicodedata.normalize("NFC", l.rstrip("\n")) for l in open(os.path.join(SRC, src), encoding="utf-8")]
    out_, raw, table = [], False, None
    for line in lines:
        if raw:
            if line.startswith("!endraw"):
                raw = False
            else:
                out_.append(line)
            continue
        if table is not None:
            if line.startswith("!endfixed"):
                ws = table["w"]
                total = sum(ws) + 2 * (len(ws) - 1)
                out_.append("-" * total)
                for k, row in enumerate(table["rows"]):
                    cl = [_wrap(c, w, guard=False) if c else [""] for c, w in zip(row, ws)]
                    for i in range(max(len(c) for c in cl)):
                        out_.append("  ".join((c[i] if i < len(c) else "").ljust(w)
                                              for c, w in zip(cl, ws)).rstrip())
                    if k == 0:
                        out_.append("  ".join("-" * w for w in ws))
                    else:
                        out_.append("")
                out_[-1] = "-" * total
                out_.append("")
                table = None
            elif line.strip():
                table["rows"].append([c.strip() for c in line.split(" ||")])
            continue
        if line.startswith("!raw"):
            raw = True
        elif line.startswith("!fixed"):
            table = {"w": [int(w) for w in line.split(" ", 1)[1].split(",")], "rows": []}
        elif line.startswith("!h "):
            out_.append(line[3:])
        elif line.strip():
            wrapped = _wrap("     " + line, 100, guard=False)
            out_.extend(wrapped)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_).rstrip("\n") + "\n")


# ------------------------------------------------------------------------------------- WORD HTML
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>THÔNG BÁO</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 42.5pt 56.7pt 85.05pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>

</head>

<body lang=EN-US style='word-wrap:break-word'>

<div class=WordSection1>
"""


def _word_wrap(s, width=78):
    """Word wraps its HTML source near 80 columns at spaces, inside tags and text alike."""
    out_ = []
    for par in s.split("\n"):
        out_.extend(_wrap(par, width, guard=False))
    return "\n".join(out_)


NBSP_MARK = "\u2060"


def _w_runs(text, size=None, keep=15):
    """Runs as Word spans. Bold runs and the first `keep` words of the first plain run are kept on one
    source line (their spaces are marked and restored after wrapping), so the task's opening words and
    the unit label are not split by the source wrap."""
    st = "" if size is None else " style='font-size:%s'" % size
    html_ = ""
    first_plain = True
    for seg, b, i in runs(text):
        if b:
            seg = seg.replace(" ", NBSP_MARK)
        elif first_plain and seg.strip():
            lead = len(seg) - len(seg.lstrip(" "))
            words = seg.lstrip(" ").split(" ")
            seg = " " * lead + NBSP_MARK.join(words[:keep]) + (" " + " ".join(words[keep:]) if words[keep:] else "")
            first_plain = False
        seg = seg.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        span = "<span lang=VI%s>%s</span>" % (st, seg)
        if i:
            span = "<i>%s</i>" % span
        if b:
            span = "<b>%s</b>" % span
        html_ += span
    return html_


def build_word_html(src, out):
    """Word's "Web Page, Filtered" output of a notice: the header and signature in borderless
    MsoNormalTable tables, body paragraphs as <p class=MsoNormal>, "!li" items as Word bullet
    paragraphs (MsoListParagraphCxSp*, the "-" inside <span style='mso-list:Ignore'> followed by
    non-breaking spaces), the source wrapped near 80 columns. Markup: l.py's (!hdr, !c, !cb, !b, !sig)."""
    items = parse(src)
    body = []
    P = "<p class=MsoNormal style='%s'>%s</p>"
    for n, (tag, val) in enumerate(items):
        if tag in ("hdr", "sig"):
            w = (250, 393) if tag == "hdr" else (300, 343)
            rows = []
            for left_, right_ in val:
                cells = []
                for k, (txt, wd) in enumerate(zip((left_, right_), w)):
                    al = "center" if tag == "hdr" or k == 1 else "left"
                    size = "12.0pt" if tag == "sig" and k == 0 and not txt.startswith("*") else "13.0pt"
                    inner = _w_runs(txt, size) if txt else "<span lang=VI>&nbsp;</span>"
                    cells.append("<td width=%d valign=top style='width:%.1fpt;padding:0cm 5.4pt 0cm 5.4pt'>"
                                 "<p class=MsoNormal align=%s style='text-align:%s'>%s</p></td>"
                                 % (wd, wd * 0.75, al, al, inner))
                rows.append(" <tr>\n  " + "\n  ".join(cells) + "\n </tr>")
            body.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643 "
                        "style='width:482.0pt;border-collapse:collapse'>\n" + "\n".join(rows) + "\n</table>")
            body.append(P % ("margin-top:6.0pt", "<span lang=VI>&nbsp;</span>"))
        elif tag == "c":
            body.append(P.replace("class=MsoNormal", "class=MsoNormal align=center")
                        % ("text-align:center", "<b>" + _w_runs(val) + "</b>"))
        elif tag == "cb":
            body.append(P.replace("class=MsoNormal", "class=MsoNormal align=center")
                        % ("margin-bottom:12.0pt;text-align:center", "<b>" + _w_runs(val) + "</b>"))
        elif tag == "b":
            body.append(P % ("margin-top:6.0pt;text-align:justify;text-indent:36.0pt",
                             "<b>" + _w_runs(val) + "</b>"))
        elif tag == "p":
            body.append(P % ("margin-top:6.0pt;text-align:justify;text-indent:36.0pt", _w_runs(val)))
        elif tag == "li":
            prev_li = n > 0 and items[n - 1][0] == "li"
            next_li = n + 1 < len(items) and items[n + 1][0] == "li"
            cls = "MsoListParagraphCxSpFirst" if not prev_li else (
                "MsoListParagraphCxSpLast" if not next_li else "MsoListParagraphCxSpMiddle")
            bullet = ("<span lang=VI><span style='mso-list:Ignore'>-<span style='font:7.0pt \"Times New Roman\"'>"
                      "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>")
            body.append("<p class=%s style='margin-top:6.0pt;margin-right:0cm;margin-bottom:0cm;"
                        "margin-left:54.0pt;text-align:justify;text-indent:-18.0pt'>%s%s</p>"
                        % (cls, bullet, _w_runs(val)))
    html_ = WORD_HEAD + "\n" + "\n\n".join(_word_wrap(b).replace(NBSP_MARK, " ") for b in body) + "\n\n</div>\n\n</body>\n\n</html>\n"
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(html_)


JOBS = [
    ("n-tb-vksnd-gialai-giaoban-t11.txt", "n-tb-vksnd-gialai-giaoban-t11.docx", build_docx),
    ("n-bb-lamviec-xa-vantuong-bqlkkt-dungquat.txt", "n-bb-lamviec-xa-vantuong-bqlkkt-dungquat.docx", build_docx),
    ("n-tb-tkv-ke-hoach-phoi-hop-kinh-doanh-2026.txt", "n-tb-tkv-ke-hoach-phoi-hop-kinh-doanh-2026.docx",
     build_docx),
    ("n-tb-ktnn-kv11-ket-qua-kiem-toan-khanhhoa.txt", "n-tb-ktnn-kv11-ket-qua-kiem-toan-khanhhoa.pdf", build_pdf),
    ("n-tb-syt-hanoi-so-suc-khoe-dien-tu.txt", "n-tb-syt-hanoi-so-suc-khoe-dien-tu.pdf", build_pdf),
    ("n-tb-cucduongbo-khac-phuc-mua-lu-excel.txt", "n-tb-cucduongbo-khac-phuc-mua-lu-excel.pdf", build_excel_pdf),
    ("n-tb-tthdnd-daklak-chuan-bi-ky-hop-12.txt", "n-tb-tthdnd-daklak-chuan-bi-ky-hop-12.md", build_md_grid),
    ("n-tb-ldld-haiphong-tet-sum-vay-2026.txt", "n-tb-ldld-haiphong-tet-sum-vay-2026.txt", build_fixed_txt),
    ("n-tb-mttq-phuong-hacthanh-giam-sat-attp.txt", "n-tb-mttq-phuong-hacthanh-giam-sat-attp.html",
     build_word_html),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        fn(src, os.path.join(DOCS, out))
        print("wrote", out)
