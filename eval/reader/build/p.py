"""Deterministic builder for helper "p" documents (3 .docx, 3 .pdf, 1 .html); r.py builds batch r with its builders.

Sources live in build/p-src/*.txt. The .md, the .txt and the second .html of batch p are written by hand in docs/.

Source markup (one item per line), as in l.py / n.py:
  !hdr LEFT || RIGHT   one row of the header table (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type (bold) / bold title / italic note
  !b TEXT              bold left-aligned heading paragraph
  !l TEXT              left-aligned paragraph without first-line indent (addressee lines "- ...")
  !table W1,W2,..      a table; the first row is the heading row; rows "c1 || c2 || ..." until !endtable
  !group TEXT          (inside a table) a group heading row merged across all columns
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block
  ***x*** / **x** / *x*  bold italic / bold / italic run
  other lines          body paragraphs (justified, first line indented)
New in p:
  (docx) !landscape / !portrait   a new Word section (next page) in landscape / portrait A4
  (docx) [^N] in a line + "!fn N TEXT"   a real Word footnote (word/footnotes.xml); python-docx's text does not
         contain it, a raw-XML reader does
  (docx) {-}   a non-breaking hyphen (w:noBreakHyphen; python-docx gives "-", the w:t text has nothing)
  (docx) ~     a non-breaking space (U+00A0)
  (docx) !dieu TEXT / !khoan TEXT / !diem TEXT   paragraphs numbered by Word's multilevel list
         "Điều %1." / "%2." / "%3)" (the labels are not in the text)
  (pdf)  job option watermark="..."     a light diagonal watermark drawn first on every page
  (pdf)  job option browser=(datetime, title, url)   Chrome "Print to PDF" header and footer (date, page
         title, URL, "n/N"); "!web TEXT" site chrome line, "!webtitle TEXT" article title, "!webmeta TEXT"
  (pdf)  !table ... !endtable   as in n.py, the heading row repeated on every page (fpdf2 repeat_headings; batch r)
  build_gsheet      a Google Sheets "Publish to web" page (waffle table, row and column headers, hidden
                    second sheet), source format described at the function

Run:  /work/main/.venv/bin/python eval/reader/build/p.py
Reruns give identical bytes (fixed docx core properties and zip entry times, fixed PDF dates).
"""
import datetime
import html as htmlmod
import io
import os
import re
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "p-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2026, 5, 27, 8, 0, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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
            elif tag in ("hdr", "sig"):
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 27, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


FN_RE = re.compile(r"(\[\^\d+\]|\{-\})")


def build_docx(src, out):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn, nsdecls
    from docx.shared import Pt, Cm, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    cp = doc.core_properties
    cp.author = "VanThu"
    cp.last_modified_by = "VanThu"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 4

    items = parse(src)
    footnotes = {tag_val.split(" ", 1)[0]: tag_val.split(" ", 1)[1] for tag, tag_val in items if tag == "fn"}
    uses_list = any(tag in ("dieu", "khoan", "diem") for tag, _ in items)
    NUM_ID = 41
    if uses_list:
        numbering = doc.part.numbering_part.element
        lv = [("decimal", "Điều %1.", 0, 0, True), ("decimal", "%2.", 0, 0, False),
              ("lowerLetter", "%3)", 0, 0, False)]
        lvls = ""
        for i, (fmt, text, left, hang, bold) in enumerate(lv):
            lvls += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                     '<w:lvlJc w:val="left"/><w:suff w:val="space"/><w:pPr><w:ind w:left="0" w:firstLine="567"/>'
                     '</w:pPr>%s</w:lvl>' % (i, fmt, text, '<w:rPr><w:b/></w:rPr>' if bold else ""))
        absn = parse_xml('<w:abstractNum %s w:abstractNumId="40"><w:multiLevelType w:val="multilevel"/>%s'
                         '</w:abstractNum>' % (nsdecls("w"), lvls))
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="40"/></w:num>' % (nsdecls("w"), NUM_ID))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(num)

    def set_num(p, ilvl):
        pPr = p._p.get_or_add_pPr()
        pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                % (nsdecls("w"), ilvl, NUM_ID)))

    def add(p, text, bold=False, italic=False, size=None):
        for seg, b, i in runs(text):
            for piece in FN_RE.split(seg):
                if not piece:
                    continue
                if piece == "{-}":
                    r = p.add_run()
                    r._r.append(OxmlElement("w:noBreakHyphen"))
                elif piece.startswith("[^"):
                    fid = piece[2:-1]
                    r = p.add_run()
                    rPr = r._r.get_or_add_rPr()
                    va = OxmlElement("w:vertAlign")
                    va.set(qn("w:val"), "superscript")
                    rPr.append(va)
                    ref = OxmlElement("w:footnoteReference")
                    ref.set(qn("w:id"), fid)
                    r._r.append(ref)
                    continue
                else:
                    r = p.add_run(piece.replace("~", "\u00a0"))
                r.bold = b or bold
                r.italic = i or italic
                if size:
                    r.font.size = Pt(size)

    def fmt(p, align=None, indent=None, after=4):
        pf = p.paragraph_format
        if align is not None:
            p.alignment = align
        if indent is not None:
            pf.first_line_indent = indent
        pf.space_after = Pt(after)
        pf.space_before = Pt(0)

    def two_col(rows, widths):
        t = doc.add_table(rows=0, cols=2)
        t.autofit = False
        for left, right in rows:
            cells = t.add_row().cells
            for c, txt, w in zip(cells, (left, right), widths):
                c.width = w
                p = c.paragraphs[0]
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=0)
                add(p, txt)
        return t

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
        elif tag == "p":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Cm(1))
            add(p, val)
        elif tag == "l":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=Cm(0.5), after=2)
            add(p, val)
        elif tag == "b":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=Cm(1))
            add(p, val, bold=True)
        elif tag in ("dieu", "khoan", "diem"):
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, after=4)
            set_num(p, {"dieu": 0, "khoan": 1, "diem": 2}[tag])
            add(p, val)
        elif tag in ("landscape", "portrait"):
            s = doc.add_section(WD_SECTION.NEW_PAGE)
            if tag == "landscape":
                s.orientation = WD_ORIENT.LANDSCAPE
                s.page_width, s.page_height = Cm(29.7), Cm(21)
                s.left_margin, s.right_margin = Cm(1.5), Cm(1.5)
                s.top_margin, s.bottom_margin = Cm(2), Cm(1.5)
            else:
                s.orientation = WD_ORIENT.PORTRAIT
                s.page_width, s.page_height = Cm(21), Cm(29.7)
                s.left_margin, s.right_margin = Cm(3), Cm(2)
        elif tag == "sig":
            doc.add_paragraph()
            t = doc.add_table(rows=0, cols=2)
            for left, right in val:
                cells = t.add_row().cells
                cells[0].width, cells[1].width = Cm(8), Cm(8)
                pl = cells[0].paragraphs[0]
                fmt(pl, WD_ALIGN_PARAGRAPH.LEFT, after=0)
                add(pl, left, size=None if left.startswith("*") else 11)
                pr = cells[1].paragraphs[0]
                fmt(pr, WD_ALIGN_PARAGRAPH.CENTER, after=0)
                add(pr, right)
        elif tag == "table":
            ncol = len(val["widths"])
            wide = val["widths"].index(max(val["widths"]))
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, (kind, row) in enumerate(val["rows"]):
                cells = t.add_row().cells
                for c, w in zip(cells, val["widths"]):
                    c.width = Cm(w)
                if kind == "group":
                    m = cells[0].merge(cells[-1])
                    p = m.paragraphs[0]
                    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, after=0)
                    add(p, row, bold=True, size=12)
                    continue
                for j, (c, txt) in enumerate(zip(cells, row + [""] * (ncol - len(row)))):
                    p = c.paragraphs[0]
                    fmt(p, WD_ALIGN_PARAGRAPH.CENTER if j != wide or i == 0 else WD_ALIGN_PARAGRAPH.JUSTIFY,
                        after=0)
                    add(p, txt, bold=(i == 0), size=12)
            trPr = t.rows[0]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
            doc.add_paragraph()
    if footnotes:
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid in sorted(footnotes, key=int):
            body.append('<w:footnote w:id="%s"><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr>'
                        '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr>'
                        '<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                        % (fid, htmlmod.escape(footnotes[fid], quote=False)))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">%s'
               '</w:footnotes>' % (W_NS, "".join(body)))
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out)


# ------------------------------------------------------------------------------------------------ PDF
def build_pdf(src, out, watermark=None, browser=None):
    from fpdf import FPDF

    sans = browser is not None
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    if sans:
        pdf.set_creator("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/131.0.0.0 Safari/537.36")
        pdf.set_producer("Skia/PDF m131")
    else:
        pdf.set_creator("Microsoft® Word 2019")
        pdf.set_producer("Microsoft® Word 2019")
    fam = "DejaVuSans" if sans else "DejaVuSerif"
    pdf.add_font("S", "", os.path.join(FONT_DIR, fam + ".ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, fam + "-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, fam + ("-Oblique.ttf" if sans else "-Italic.ttf")))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, fam + ("-BoldOblique.ttf" if sans else "-BoldItalic.ttf")))
    if sans:
        pdf.set_margins(14, 16, 14)
        pdf.set_auto_page_break(True, 16)
    else:
        pdf.set_margins(25, 18, 18)
        pdf.set_auto_page_break(True, 18)

    def _header():
        if watermark:
            pdf.set_font("S", "B", 26)
            pdf.set_text_color(225, 225, 225)
            with pdf.rotation(35, 105, 150):
                w = pdf.get_string_width(watermark)
                pdf.text(105 - w / 2, 150, watermark)
            pdf.set_text_color(0, 0, 0)
        if browser:
            stamp, title, _url = browser
            pdf.set_font("S", "", 7.5)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(7, 5)
            pdf.cell(40, 4, stamp)
            t = title
            while pdf.get_string_width(t) > 120:
                t = t[:-2]
            if t != title:
                t = t.rstrip() + "…"
            pdf.set_xy(0, 5)
            pdf.cell(pdf.w, 4, t, align="C")
            pdf.set_xy(pdf.l_margin, pdf.t_margin)

    def _footer():
        if browser:
            pdf.set_font("S", "", 7.5)
            pdf.set_xy(7, pdf.h - 8)
            pdf.cell(150, 4, browser[2])
            pdf.set_xy(pdf.w - 37, pdf.h - 8)
            pdf.cell(30, 4, "%d/{nb}" % pdf.page_no(), align="R")
        elif pdf.page_no() > 1:
            pdf.set_y(-13)
            pdf.set_font("S", "", 9)
            pdf.cell(0, 5, str(pdf.page_no()), align="R")

    pdf.header = _header
    pdf.footer = _footer
    pdf.add_page()
    size = 10 if sans else 11
    lh = 5.2 if sans else 5.6

    def style(b, i):
        return ("B" if b else "") + ("I" if i else "")

    def line_runs(text, align="J", indent=True, extra_b=False, fsize=size):
        md = ""
        for seg, b, i in runs(text):
            seg = seg.replace("**", "").replace("__", "")
            b = b or extra_b
            if b and i:
                md += "**__" + seg + "__**"
            elif b:
                md += "**" + seg + "**"
            elif i:
                md += "__" + seg + "__"
            else:
                md += seg
        pdf.set_font("S", "", fsize)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, lh, ("\u2003\u2003" if indent else "") + md, align=align, markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    for tag, val in parse(src):
        if tag == "hdr":
            w = pdf.w - pdf.l_margin - pdf.r_margin
            for left, right in val:
                y = pdf.get_y()
                ls = runs(left)[0] if left else ("", False, False)
                pdf.set_font("S", style(ls[1], ls[2]), 10)
                pdf.set_xy(pdf.l_margin - (0 if sans else 8), y)
                pdf.cell(w * 0.42, 5.2, plain(left), align="C")
                rs = runs(right)[0] if right else ("", False, False)
                pdf.set_font("S", style(rs[1], rs[2]), 10)
                pdf.set_xy(pdf.l_margin + w * 0.40, y)
                pdf.cell(w * 0.60, 5.2, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, y + 5.6)
            pdf.ln(4)
        elif tag == "c":
            pdf.set_font("S", "B", 12.5)
            pdf.cell(0, 6.5, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "cb":
            pdf.set_font("S", "B", 11 if not sans else 10.5)
            pdf.multi_cell(0, 5.6, plain(val), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "ci":
            pdf.set_font("S", "I", 10.5)
            pdf.multi_cell(0, 5.6, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "b":
            line_runs(val, align="L", extra_b=True)
        elif tag == "l":
            line_runs(val, align="L", indent=False)
        elif tag == "p":
            line_runs(val)
        elif tag == "web":
            pdf.set_font("S", "", 8.5)
            pdf.set_text_color(60, 60, 60)
            pdf.multi_cell(0, 4.4, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
        elif tag == "webtitle":
            pdf.ln(2)
            pdf.set_font("S", "B", 14)
            pdf.set_text_color(0, 70, 140)
            pdf.multi_cell(0, 6.6, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif tag == "webmeta":
            pdf.set_font("S", "I", 8.5)
            pdf.set_text_color(110, 110, 110)
            pdf.multi_cell(0, 4.4, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif tag == "rule":
            pdf.ln(1)
            pdf.set_draw_color(180, 180, 180)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_draw_color(0, 0, 0)
            pdf.ln(3)
        elif tag == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            w = pdf.w - pdf.l_margin - pdf.r_margin
            for left, right in val:
                y = pdf.get_y()
                ls = runs(left)[0] if left else ("", False, False)
                pdf.set_font("S", style(ls[1], ls[2]), 9 if not left.startswith("*") else 10)
                pdf.set_xy(pdf.l_margin, y)
                pdf.multi_cell(w * 0.52, 4.6, plain(left), align="L", new_x="LMARGIN", new_y="NEXT")
                y_left = pdf.get_y()
                rs = runs(right)[0] if right else ("", False, False)
                pdf.set_font("S", style(rs[1], rs[2]), 10.5)
                pdf.set_xy(pdf.l_margin + w * 0.50, y)
                pdf.cell(w * 0.50, 4.6, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, max(y + 4.6, y_left))
            pdf.ln(4)
        elif tag == "table":
            from fpdf.fonts import FontFace
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
                            r.cell(c.replace(" // ", "\n"), align="C" if j == 0 else "L")
            pdf.ln(3)
    pdf.output(out)


# -------------------------------------------------------------------------------- GOOGLE SHEETS HTML
GS_HEAD = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="referrer" content="strict-origin-when-cross-origin"><title>%(title)s - Google Trang tính</title><link href='/static/spreadsheets2/client/css/1493210837-waffle_k_ltr.css' type='text/css' rel='stylesheet' nonce="Qm5Ry0wYt3hP_0d8kS2v4w"><style nonce="Qm5Ry0wYt3hP_0d8kS2v4w">html, body {overflow: visible !important;}#sheets-viewport {overflow: visible;}#top-bar {margin: 0;}</style></head><body><div id="top-bar"><div id="doc-title"><span class="name">%(title)s</span></div><div id="sheet-menu"><ul id="sheet-menu-list">%(tabs)s</ul></div></div><div id="sheets-viewport">"""
GS_TAIL = """</div><div id="footer"><div class="docs-footer">Được xuất bản bằng <a href="https://docs.google.com/spreadsheets/">Google Trang tính</a> – <a href="#" target="_blank">Báo cáo lạm dụng</a> – %(updated)s</div></div><script nonce="Qm5Ry0wYt3hP_0d8kS2v4w">function posObj(sheet, id, row, col, x, y) {var rtl = false;var sheetElement = document.getElementById(sheet);var targetElement = document.getElementById(id);if (sheetElement && targetElement) {var tableRect = sheetElement.getBoundingClientRect();}return {};}function showSheet(id) {var viewport = document.getElementById('sheets-viewport');for (var i = 0; i < viewport.children.length; i++) {viewport.children[i].style.display = 'none';}document.getElementById(id).style.display = 'block';}</script></body></html>
"""
GS_FLAGS = {"b": "font-weight:bold;", "c": "text-align:center;", "i": "font-style:italic;",
            "w": "white-space:normal;overflow:hidden;word-wrap:break-word;", "g": "background-color:#d9ead3;",
            "t": "vertical-align:top;", "x": "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"}


def build_gsheet(src, out):
    """Source: "!title NAME", "!updated TEXT", "!sheet ID NAME", "!cols W1,W2,..." (pixels), then one line
    per sheet row: cells split by " || "; a cell may start with flags in brackets, "[span=3]" for a merge
    across columns and letters b c i w g t x (bold, centre, italic, wrap, green fill, top, border);
    an empty line in the sheet is a line holding only "-". A non-wrapped text wider than its column is
    written as a softmerge overflow, as Google writes it."""
    lines = [unicodedata.normalize("NFC", l.rstrip("\n")) for l in open(os.path.join(SRC, src), encoding="utf-8")]
    title, updated, sheets, cur = "", "", [], None
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("!title "):
            title = line[7:]
        elif line.startswith("!updated "):
            updated = line[9:]
        elif line.startswith("!sheet "):
            sid, name = line[7:].split(" ", 1)
            cur = {"id": sid, "name": name, "cols": [], "rows": []}
            sheets.append(cur)
        elif line.startswith("!cols "):
            cur["cols"] = [int(w) for w in line[6:].split(",")]
        else:
            cur["rows"].append([] if line.strip() == "-" else [c.strip() for c in line.split(" ||")])
    classes = {}

    def cls(flags):
        key = "".join(sorted(flags))
        if key not in classes:
            classes[key] = "s%d" % len(classes)
        return classes[key]

    bodies = []
    for k, sh in enumerate(sheets):
        ncol = len(sh["cols"])
        letters = "ABCDEFGHIJ"[:ncol]
        th = '<th class="row-header freezebar-origin-ltr"></th>' + "".join(
            '<th id="%sC%d" style="width:%dpx;" class="column-headers-background">%s</th>'
            % (sh["id"], i, w, ch) for i, (w, ch) in enumerate(zip(sh["cols"], letters)))
        trs = []
        for r, row in enumerate(sh["rows"]):
            tds, col = [], 0
            for cell in row:
                m = re.match(r"^\[([^\]]*)\]\s*", cell)
                flags, span = set(), 1
                if m:
                    for f in m.group(1).split(","):
                        f = f.strip()
                        if f.startswith("span="):
                            span = int(f[5:])
                        elif f:
                            flags.update(f)
                    cell = cell[m.end():]
                text = htmlmod.escape(cell, quote=False)
                width = sum(sh["cols"][col:col + span])
                c = cls(flags)
                attrs = ' class="%s" dir="ltr"' % c
                if span > 1:
                    attrs += ' colspan="%d"' % span
                if "w" not in flags and len(cell) * 7 > width and span == 1:
                    tds.append('<td class="%s softmerge" dir="ltr"><div class="softmerge-inner" '
                               'style="width:%dpx;left:-1px">%s</div></td>' % (c, len(cell) * 7, text))
                else:
                    tds.append("<td%s>%s</td>" % (attrs, text))
                col += span
            while col < ncol:
                tds.append('<td class="%s"></td>' % cls(set()))
                col += 1
            h = 20 if all("[" not in c or "w" not in c for c in row) else 40
            trs.append('<tr style="height: %dpx"><th id="%sR%d" style="height: %dpx;" class="row-headers-background">'
                       '<div class="row-header-wrapper" style="line-height: %dpx">%d</div></th>%s</tr>'
                       % (h, sh["id"], r, h, h, r + 1, "".join(tds)))
        bodies.append('<div id="%s" style="display:%s;position:relative;" dir="ltr" class="grid-container">'
                      '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" '
                      'cellpadding="0"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div></div>'
                      % (sh["id"], "block" if k == 0 else "none", th, "".join(trs)))
    style = "".join(".ritz .waffle .%s{border-bottom:1px SOLID #000000;%sbackground-color:#ffffff;color:#000000;"
                    "font-family:'Times New Roman';font-size:11pt;vertical-align:middle;padding:2px 3px 2px 3px;}"
                    % (name, "".join(GS_FLAGS[f] for f in key)) for key, name in classes.items())
    tabs = "".join('<li id="sheet-button-%s" class="%s"><a href="#" onclick="showSheet(\'%s\'); return false;">'
                   '%s</a></li>' % (s["id"], "switcherItem" + (" active" if i == 0 else ""), s["id"],
                                    htmlmod.escape(s["name"])) for i, s in enumerate(sheets))
    head = GS_HEAD % {"title": htmlmod.escape(title), "tabs": tabs}
    head = head.replace("</style></head>", '.ritz .waffle a { color: inherit; }' + style + "</style></head>")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(head + "".join(bodies) + GS_TAIL % {"updated": htmlmod.escape(updated)})


JOBS = [
    ("p-cd-ttg-ret-dam-ret-hai.txt", "p-cd-ttg-ret-dam-ret-hai.pdf", build_pdf, {}),
    ("p-kh-bnv-thi-hanh-luat-viec-lam.txt", "p-kh-bnv-thi-hanh-luat-viec-lam.docx", build_docx, {}),
    ("p-qd-bkhcn-thong-tin-lien-lac-dai-hoi.txt", "p-qd-bkhcn-thong-tin-lien-lac-dai-hoi.docx", build_docx, {}),
    ("p-kl-tu-dongnai-chinh-quyen-hai-cap.txt", "p-kl-tu-dongnai-chinh-quyen-hai-cap.docx", build_docx, {}),
    ("p-tb-bgddt-thi-tot-nghiep-2026-browser.txt", "p-tb-bgddt-thi-tot-nghiep-2026-browser.pdf", build_pdf,
     {"browser": ("09:12 23/12/2025",
                  "Thông báo kết luận của Thứ trưởng Mạc Đăng Khoa tại cuộc họp về công tác chuẩn bị Kỳ thi tốt "
                  "nghiệp THPT năm 2026 - Bộ Giáo dục và Đào tạo",
                  "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=11482")}),
    ("p-tb-ubck-nang-hang-thi-truong-watermark.txt", "p-tb-ubck-nang-hang-thi-truong-watermark.pdf", build_pdf,
     {"watermark": "TÀI LIỆU NỘI BỘ - KHÔNG PHỔ BIẾN"}),
    ("p-tb-ttpvhcc-bacninh-giaoban-t12-gsheet.txt", "p-tb-ttpvhcc-bacninh-giaoban-t12-gsheet.html", build_gsheet,
     {}),
]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
