"""Deterministic builder for helper "o" documents (3 .docx, 3 .pdf, 2 .html).

Sources live in build/o-src/; the .txt and the .md of batch o are written by hand in docs/.
The docx/pdf markup is n.py's (itself l.py's), trimmed to what batch o uses and extended (marked "o:").

Source markup (one item per line):
  !hdr LEFT || RIGHT   one row of the header table (issuing body | quốc hiệu; number | place, date)
  !c / !cb / !ci TEXT  centred line: document type (bold) / bold title / italic note
  !b TEXT              bold left-aligned heading paragraph
  !sig LEFT || RIGHT   one row of the "Nơi nhận" | signature block
  ***x*** / **x** / *x*  bold italic / bold / italic run
  other lines          body paragraphs (justified, first line indented)
o: !table W1,W2,.. | H   a table whose first H rows are heading rows (default 1), rows "c1 || c2 || ..."
                         until !endtable; in any row "<<" merges the cell with the one on its left
                         (w:gridSpan) and "^^" with the one above (w:vMerge); all H heading rows repeat
                         on every page (w:tblHeader)
o: !landscape / !portrait  (docx) start a new section (next page) in landscape / portrait A4
o: !sub TEXT           (docx) a body paragraph with a deeper hanging indent (the "+ " sub-items)
o: [[ANCHOR||NOTE||AUTHOR]]  (docx) a Word comment by AUTHOR anchored on ANCHOR; the comment's text
                         lives in word/comments.xml, python-docx's paragraph text holds only ANCHOR
o: !rule               (pdf) a horizontal rule across the text width
o: !hdrlast            (pdf) the following !hdr rows keep their place at the top of page 1 but are
                         written into page 1's content stream last, after the body of that page (as some
                         PDF producers do with floating header frames): a text extractor that follows the
                         stream reads the number and date after the body of page 1
Other builders, each with its own source format described at the function:
  build_ocr_pdf      a scanned notice: page images (noise, slight skew, "Scanned with CamScanner") under an
                     invisible OCR text layer, one text line per printed line, left and right header
                     columns joined on one line
  build_pre_html     an e-office "văn bản đến" page: metadata table, then the attachment's extracted text in
                     a <pre> block, hard-wrapped, with a form feed between pages
  build_legacy_html  an old table-layout portal page (font tags, <br> lines) in which every non-ASCII
                     character is written as a numeric character reference (&#7889;)

Run:  /work/main/.venv/bin/python eval/reader/build/o.py
Reruns give identical bytes (fixed docx core properties, comment dates and zip entry times, fixed PDF dates,
seeded scan noise).
"""
import datetime
import html
import io
import os
import random
import re
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "o-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2026, 5, 26, 8, 0, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", l.rstrip("\n")) for l in f]


def parse(name):
    items, table = [], None
    for line in read_src(name):
        if table is not None:
            if line.startswith("!endtable"):
                items.append(("table", table))
                table = None
            elif line.strip():
                table["rows"].append([c.strip() for c in line.split(" ||")])
            continue
        if not line.strip():
            continue
        if line.startswith("!"):
            tag, _, rest = line.partition(" ")
            tag = tag[1:]
            if tag == "table":
                spec, _, h = rest.partition("|")
                table = {"widths": [float(w) for w in spec.split(",")], "rows": [],
                         "head": int(h.strip() or 1)}
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


RUN_RE = re.compile(r"(\[\[.+?\]\]|\*\*\*.+?\*\*\*|\*\*.+?\*\*|\*.+?\*)")


def runs(text):
    """[(segment, bold, italic, comment)] where comment is None or (note, author)."""
    out = []
    for part in RUN_RE.split(text):
        if not part:
            continue
        if part.startswith("[["):
            anchor, note, author = (part[2:-2].split("||") + ["", ""])[:3]
            out.append((anchor, False, False, (note, author)))
        elif part.startswith("***"):
            out.append((part[3:-3], True, True, None))
        elif part.startswith("**"):
            out.append((part[2:-2], True, False, None))
        elif part.startswith("*") and len(part) > 1 and part.endswith("*"):
            out.append((part[1:-1], False, True, None))
        else:
            out.append((part, False, False, None))
    return out


def plain(text):
    return "".join(r[0] for r in runs(text))


# ----------------------------------------------------------------------------------------------- DOCX
COMMENT_DATE = "2026-01-07T16:20:00Z"


def _fixed_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "word/comments.xml":
                body = re.sub(rb'w:date="[^"]*"', b'w:date="' + COMMENT_DATE.encode() + b'"', body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 26, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, body)


def build_docx(src, out):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
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
    cp.author = "VanThu"
    cp.last_modified_by = "VanThu"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 4

    def add(p, text, bold=False, italic=False, size=None):
        for seg, b, i, com in runs(text):
            r = p.add_run(seg)
            r.bold = b or bold
            r.italic = i or italic
            if size:
                r.font.size = size
            if com:
                note, author = com
                initials = "".join(w[0] for w in author.split()) if author else ""
                doc.add_comment(r, text=note, author=author, initials=initials)

    def fmt(p, align=None, indent=None, after=4, left=None):
        pf = p.paragraph_format
        if align is not None:
            p.alignment = align
        if indent is not None:
            pf.first_line_indent = indent
        if left is not None:
            pf.left_indent = left
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

    def new_section(landscape):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Cm(29.7), Cm(21)
            s.left_margin, s.right_margin = Cm(2), Cm(2)
            s.top_margin, s.bottom_margin = Cm(2.5), Cm(2)
        else:
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = Cm(21), Cm(29.7)
            s.left_margin, s.right_margin = Cm(3), Cm(2)
            s.top_margin, s.bottom_margin = Cm(2), Cm(2)

    for tag, val in parse(src):
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
        elif tag == "sub":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Cm(-0.5), left=Cm(2))
            add(p, val)
        elif tag == "b":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=Cm(1))
            add(p, val, bold=True)
        elif tag == "landscape":
            new_section(True)
        elif tag == "portrait":
            new_section(False)
        elif tag == "sig":
            doc.add_paragraph()
            t = doc.add_table(rows=0, cols=2)
            for left, right in val:
                cells = t.add_row().cells
                cells[0].width, cells[1].width = Cm(8), Cm(8)
                pl = cells[0].paragraphs[0]
                fmt(pl, WD_ALIGN_PARAGRAPH.LEFT, after=0)
                add(pl, left, size=None if left.startswith("*") else Pt(11))
                pr = cells[1].paragraphs[0]
                fmt(pr, WD_ALIGN_PARAGRAPH.CENTER, after=0)
                add(pr, right)
        elif tag == "table":
            ncol = len(val["widths"])
            head = val["head"]
            wide = val["widths"].index(max(val["widths"]))
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val["rows"]):
                cells = t.add_row().cells
                for c, w in zip(cells, val["widths"]):
                    c.width = Cm(w)
                row = row + [""] * (ncol - len(row))
                for j, txt in enumerate(row):
                    c = t.cell(i, j)
                    if txt == "^^":
                        t.cell(i - 1, j).merge(c)
                        continue
                    if txt == "<<":
                        t.cell(i, j - 1).merge(c)
                        continue
                    p = c.paragraphs[0]
                    fmt(p, WD_ALIGN_PARAGRAPH.CENTER if j != wide or i < head else WD_ALIGN_PARAGRAPH.JUSTIFY,
                        after=0)
                    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    add(p, txt, bold=i < head, size=Pt(12))
            for i in range(head):
                trPr = t.rows[i]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                trPr.append(el)
            doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out)


# ------------------------------------------------------------------------------------------------ PDF
def _fonts(pdf):
    pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))


def build_pdf(src, out):
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    _fonts(pdf)
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

    def style(b, i):
        return ("B" if b else "") + ("I" if i else "")

    def line_runs(text, align="J", indent=True, extra_b=False, extra_i=False):
        md = ""
        for seg, b, i, _ in runs(text):
            b, i = b or extra_b, i or extra_i
            if b and i:
                md += "**__" + seg + "__**"
            elif b:
                md += "**" + seg + "**"
            elif i:
                md += "__" + seg + "__"
            else:
                md += seg
        pdf.set_font("S", "", size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, lh, ("\u2003\u2003" if indent else "") + md, align=align, markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    def draw_hdr(val, y0):
        w = pdf.w - pdf.l_margin - pdf.r_margin
        y = y0
        for left, right in val:
            pdf.set_font("S", "B" if left.startswith("**") else "", 10.5)
            pdf.set_xy(pdf.l_margin - 8, y)
            pdf.cell(w * 0.42, 5.2, plain(left), align="C")
            st = runs(right)[0] if right else ("", False, False, None)
            pdf.set_font("S", style(st[1], st[2]), 10.5)
            pdf.set_xy(pdf.l_margin + w * 0.40, y)
            pdf.cell(w * 0.60, 5.2, plain(right), align="C")
            y += 5.6
        return y

    deferred = []
    defer_next = False
    for tag, val in parse(src):
        if tag == "hdrlast":
            defer_next = True
        elif tag == "hdr":
            y0 = pdf.get_y()
            if defer_next:
                deferred.append((pdf.page, val, y0))
                defer_next = False
                y = y0 + 5.6 * len(val)
            else:
                y = draw_hdr(val, y0)
            pdf.set_xy(pdf.l_margin, y)
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
        elif tag == "rule":
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(5)
        elif tag == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 20 - 4.6 * len(val):
                pdf.add_page()
            w = pdf.w - pdf.l_margin - pdf.r_margin
            for left, right in val:
                y = pdf.get_y()
                ls = runs(left)[0] if left else ("", False, False, None)
                pdf.set_font("S", style(ls[1], ls[2]), 9.5 if not left.startswith("*") else 10.5)
                pdf.set_xy(pdf.l_margin, y)
                pdf.multi_cell(w * 0.52, 4.6, plain(left), align="L", new_x="LMARGIN", new_y="NEXT")
                y_left = pdf.get_y()
                rs = runs(right)[0] if right else ("", False, False, None)
                pdf.set_font("S", style(rs[1], rs[2]), 10.5)
                pdf.set_xy(pdf.l_margin + w * 0.50, y)
                pdf.cell(w * 0.50, 4.6, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, max(y + 4.6, y_left))
    last = pdf.page
    for page, val, y0 in deferred:
        pdf.page = page
        draw_hdr(val, y0)
    pdf.page = last
    pdf.output(out)


# ------------------------------------------------------------------------------------------ OCR PDF
def build_ocr_pdf(src, out, seed=87):
    """A notice scanned on a phone and run through OCR (CamScanner): each page is a grey JPEG image
    (paper noise, a slight skew, a faint "Scanned with CamScanner" mark) with an invisible text layer on
    top, one text line per printed line. Source: one printed line per source line; "L<TAB>R" prints L in
    the left half and R in the right half (header, signature), and OCR writes them as one line "L R";
    "!c TEXT" a centred line, "!b TEXT" a bold line, "!page" a new page, "!blank" an empty line;
    lines starting with two spaces are indented paragraph starts."""
    from fpdf import FPDF
    from fpdf.enums import TextMode
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    rnd = random.Random(seed)
    dpi = 150
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    mm = dpi / 25.4
    left_mm, top_mm, lh_mm, pt = 24, 20, 6.1, 12.5
    fpx = int(pt / 72 * dpi)
    fonts = {"": ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), fpx),
             "B": ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), fpx)}
    small = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), int(8 / 72 * dpi))
    small_serif = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), int(10.5 / 72 * dpi))
    small_bold = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), int(10.5 / 72 * dpi))

    pages, cur = [], []
    for line in read_src(src):
        if line == "!page":
            pages.append(cur)
            cur = []
        else:
            cur.append(line)
    pages.append(cur)

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("CamScanner")
    pdf.set_producer("intsig.com pdf producer")
    _fonts(pdf)
    pdf.set_auto_page_break(False)
    text_w = 210 - left_mm - 20

    for lines in pages:
        img = Image.new("L", (W, H), 238)
        d = ImageDraw.Draw(img)
        layer = []  # (y_mm, x_mm, text, style)
        y = top_mm
        for line in lines:
            kind, text = "p", line
            if line.startswith("!c "):
                kind, text = "c", line[3:]
            elif line.startswith("!b "):
                kind, text = "b", line[3:]
            elif line == "!blank":
                y += lh_mm * 0.6
                continue
            sty = "B" if kind == "b" or (kind == "c" and text.isupper()) else ""
            font = fonts[sty]
            if "\t" in text:
                l_, r_ = text.split("\t", 1)
                sig = l_.startswith(("-", "Nơi nhận"))
                for k, (part, cx) in enumerate(((l_, left_mm + text_w * 0.22), (r_, left_mm + text_w * 0.72))):
                    if not part:
                        continue
                    f = fonts["B" if part.isupper() else ""]
                    if sig and k == 0:
                        f = small_serif
                        d.text((left_mm * mm, y * mm), part, fill=28, font=f)
                        continue
                    wpx = d.textlength(part, font=f)
                    if sig and wpx > text_w * 0.5 * mm:
                        f = small_bold
                        wpx = d.textlength(part, font=f)
                    d.text((cx * mm - wpx / 2, y * mm), part, fill=28, font=f)
                ocr = " ".join(p for p in (l_, r_) if p)
                x0 = left_mm
            elif kind == "c":
                wpx = d.textlength(text, font=font)
                x0 = (210 / 2) - wpx / mm / 2
                d.text((x0 * mm, y * mm), text, fill=28, font=font)
                ocr = text
            else:
                ind = 10 if text.startswith("  ") else 0
                text = text.strip()
                x0 = left_mm + ind
                d.text((x0 * mm, y * mm), text, fill=28, font=font)
                ocr = text
            layer.append((y, x0, ocr, sty))
            y += lh_mm
        d.text((W - 70 * mm, H - 9 * mm), "Scanned with CamScanner", fill=150, font=small)
        layer.append((297 - 9 - lh_mm * 0.3, 210 - 70, "Scanned with CamScanner", "W"))
        # paper noise and a slight skew, as a phone scan
        noise = Image.effect_noise((W, H), 10).point(lambda v: 0 if v < 100 else (18 if v > 160 else 0))
        img = Image.composite(Image.new("L", (W, H), 214), img, noise.point(lambda v: 255 if v else 0))
        img = img.rotate(rnd.uniform(-0.35, 0.35), resample=Image.BICUBIC, fillcolor=238)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=62, optimize=False)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
        pdf.text_mode = TextMode.INVISIBLE
        for y_mm, x_mm, ocr, sty in layer:
            pdf.set_font("S", "" if sty == "W" else sty, 7 if sty == "W" else pt * 0.95)
            pdf.text(x_mm, y_mm + lh_mm * 0.7, ocr)
        pdf.text_mode = TextMode.FILL
    pdf.output(out)


# ------------------------------------------------------------------------------------ E-OFFICE <pre>
def build_pre_html(src, out):
    """Source: "key: value" metadata lines until a line "---", then the extracted text verbatim ("<FF>"
    on its own line stands for a form feed between pages). The text is HTML-escaped into <pre>."""
    lines = read_src(src)
    k = lines.index("---")
    meta = [l.split(": ", 1) for l in lines[:k] if l.strip()]
    body = "\n".join(lines[k + 1:]).replace("\n<FF>\n", "\n\f")
    rows = "\n".join('      <tr><th>%s</th><td>%s</td></tr>' % (html.escape(a), html.escape(b)) for a, b in meta)
    page = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chi tiết văn bản đến - Hệ thống Quản lý văn bản và Điều hành</title>
<link rel="stylesheet" href="/static/css/eoffice.min.css?v=3.8.2">
<style>
  .vb-meta th { text-align: left; width: 180px; color: #555; font-weight: normal; }
  .vb-noidung pre { white-space: pre-wrap; font-family: "Courier New", monospace; font-size: 13px; }
</style>
</head>
<body class="eoffice">
<header class="topbar">
  <span class="brand">QLVB &amp; ĐH</span>
  <nav><a href="/vbden">Văn bản đến</a> | <a href="/vbdi">Văn bản đi</a> | <a href="/hscv">Hồ sơ công việc</a> | <a href="/lich">Lịch công tác</a></nav>
  <span class="user">Xin chào: <b>vanthu.doanxaphucu</b> (Đoàn xã Phù Cừ) | <a href="/logout">Thoát</a></span>
</header>
<main>
  <h2>Chi tiết văn bản đến</h2>
  <section class="vb-meta">
    <table>
%s
    </table>
  </section>
  <section class="vb-tep">
    <p>Tệp đính kèm: <a href="/files/2025/12/142-KH-TDTN-PT.signed.pdf">142-KH-TDTN-PT.signed.pdf</a> (412 KB)</p>
  </section>
  <section class="vb-noidung">
    <h3>Nội dung văn bản (trích xuất tự động từ tệp đính kèm)</h3>
<pre>%s</pre>
  </section>
  <section class="vb-xuly">
    <h3>Ý kiến xử lý</h3>
    <p><b>Bí thư Đoàn xã</b> (16/12/2025 15:02): Giao đ/c Phó Bí thư phụ trách phong trào nghiên cứu, tham mưu.</p>
  </section>
</main>
<footer>© Hệ thống Quản lý văn bản và Điều hành tỉnh Hưng Yên - Phiên bản 3.8.2</footer>
</body>
</html>
""" % (rows, html.escape(body, quote=False))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


# ------------------------------------------------------------------------------------ LEGACY HTML
def build_legacy_html(src, out):
    """Source: the page as UTF-8 HTML written by hand; every non-ASCII character is written out as a
    numeric character reference, as old portal editors stored Vietnamese text."""
    text = "\n".join(read_src(src)) + "\n"
    enc = "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in text)
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(enc)


JOBS = [
    ("o-tb-byt-vukhtc-du-toan-2026.txt", "o-tb-byt-vukhtc-du-toan-2026.docx", build_docx),
    ("o-tb-ctthuyloi-bacduong-lay-nuoc-dong-xuan.txt", "o-tb-ctthuyloi-bacduong-lay-nuoc-dong-xuan.docx",
     build_docx),
    ("o-tb-ubnd-xa-namtruc-tet-binh-ngo.txt", "o-tb-ubnd-xa-namtruc-tet-binh-ngo.docx", build_docx),
    ("o-kltt-thanhtra-vinhlong-dat-cong-tieucan.txt", "o-kltt-thanhtra-vinhlong-dat-cong-tieucan.pdf",
     build_pdf),
    ("o-tb-nhcsxh-camau-bdd-quy4-sao-y.txt", "o-tb-nhcsxh-camau-bdd-quy4-sao-y.pdf", build_pdf),
    ("o-tb-truongchinhtri-sonla-giaoban-t12-scan.txt", "o-tb-truongchinhtri-sonla-giaoban-t12-scan.pdf",
     build_ocr_pdf),
    ("o-kh-tinhdoan-hungyen-xuan-tinh-nguyen-eoffice.txt", "o-kh-tinhdoan-hungyen-xuan-tinh-nguyen-eoffice.html",
     build_pre_html),
    ("o-cv-bct-xang-dau-dien-tet-portal-ncr.txt", "o-cv-bct-xang-dau-dien-tet-portal-ncr.html",
     build_legacy_html),
]

if __name__ == "__main__":
    for src, out, fn in JOBS:
        fn(src, os.path.join(DOCS, out))
        print("wrote", out)
