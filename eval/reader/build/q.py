"""Deterministic builder for helper "q" documents (3 .docx, 3 .pdf).

Sources live in build/q-src/*.txt. The two .md, the .txt and the .html of batch q are written by hand in docs/.

Source markup (one item per line), in the spirit of l.py / p.py:
  !hdr LEFT || RIGHT     one row of the borderless header table (issuing body | quốc hiệu; number | place, date)
  !cb TEXT / !c TEXT     centred bold / centred line
  !b TEXT                bold left-aligned heading paragraph
  !sig LEFT || RIGHT     one row of the "Nơi nhận" | signature block
  ***x*** / **x** / *x*  bold italic / bold / italic run
  other lines            body paragraphs (justified, first line indented)
New in q:
  (docx) {-x-}           a tracked deletion (w:del / w:delText): python-docx's text skips it, a raw reader sees it
  (docx) {+x+}           a tracked insertion (w:ins / w:r): python-docx's text skips it too (it reads only the
                         paragraph's direct w:r), although Word shows it as part of the text
  (docx) !delpara TEXT   a whole paragraph deleted with tracked changes (runs in w:del, paragraph mark deleted)
  (docx) !frame TEXT     a paragraph in a Word floating frame (w:framePr, absolute position at the top left);
                         consecutive !frame lines share one frame
  (docx) !textbox A|B    a VML text box (w:pict / v:shape / v:textbox / w:txbxContent) anchored in an empty
                         paragraph, one paragraph per "|" part; python-docx sees no text of it
  (docx) !sdtdate PLACE, DATE   an inline date-picker content control (w:sdt with w:date) holding the date part
                         after the first ", "; the place stays a normal run
  (docx) !sdtblock TEXT  a body-level rich-text content control (w:sdt) wrapping the whole paragraph
  (pdf)  !colhead L || R the heading of a task list whose right column holds right-aligned deadlines
  (pdf)  !task N || TEXT || DEADLINE   a hanging-indent item: the label, the text wrapped in the middle column,
                         the deadline right-aligned in the right column at the height of the first line
  (pdf)  !box L || R     a row of a two-column attendance list drawn inside a rectangle (rows are drawn left
                         cell then right cell, so the text layer interleaves the two columns row by row)

Run:  /work/main/.venv/bin/python eval/reader/build/q.py
Reruns give identical bytes (fixed docx core properties, revision dates and zip entry times, fixed PDF dates).
"""
import datetime
import io
import os
import re
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "q-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = datetime.datetime(2026, 5, 28, 8, 0, 0, tzinfo=datetime.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
REV_AUTHOR = "Nguyễn Thu Hà (VP UBND)"
REV_DATE = "2026-01-13T16:42:00Z"


def parse(name):
    items = []
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        lines = [unicodedata.normalize("NFC", l.rstrip("\n")) for l in f]
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("!"):
            tag, _, rest = line.partition(" ")
            tag = tag[1:]
            if tag in ("hdr", "sig", "box"):
                cells = [c.strip() for c in (" " + rest).split(" ||")]
                if items and items[-1][0] == tag:
                    items[-1][1].append(cells)
                else:
                    items.append((tag, [cells]))
            elif tag in ("task", "colhead"):
                items.append((tag, [c.strip() for c in (" " + rest).split(" ||")]))
            else:
                items.append((tag, rest))
        else:
            items.append(("p", line))
    return items


TOK = re.compile(r"(\{-.*?-\}|\{\+.*?\+\}|\*\*\*.*?\*\*\*|\*\*.*?\*\*|\*.*?\*)")


def runs(text):
    """[(text, bold, italic, kind)] with kind in '', 'del', 'ins'."""
    out = []
    for part in TOK.split(text):
        if not part:
            continue
        if part.startswith("{-"):
            out.append((part[2:-2], False, False, "del"))
        elif part.startswith("{+"):
            out.append((part[2:-2], False, False, "ins"))
        elif part.startswith("***"):
            out.append((part[3:-3], True, True, ""))
        elif part.startswith("**"):
            out.append((part[2:-2], True, False, ""))
        elif part.startswith("*") and len(part) > 1:
            out.append((part[1:-1], False, True, ""))
        else:
            out.append((part, False, False, ""))
    return out


def plain(text):
    return "".join(t for t, _, _, k in runs(text) if k != "del")


# ----------------------------------------------------------------------------------------------- DOCX
def _fixed_zip(data, out):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 28, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def build_docx(src, out):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn, nsdecls
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
    cp.last_modified_by = "Nguyễn Thu Hà"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 7
    rev_id = [100]

    def next_id():
        rev_id[0] += 1
        return str(rev_id[0])

    def make_run(text, bold=False, italic=False, deleted=False):
        r = OxmlElement("w:r")
        if bold or italic:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def add(p, text, bold=False, italic=False, whole_del=False):
        for s, b, i, kind in runs(text):
            if whole_del or kind == "del":
                d = OxmlElement("w:del")
                d.set(qn("w:id"), next_id())
                d.set(qn("w:author"), REV_AUTHOR)
                d.set(qn("w:date"), REV_DATE)
                d.append(make_run(s, b or bold, i or italic, deleted=True))
                p._p.append(d)
            elif kind == "ins":
                ins = OxmlElement("w:ins")
                ins.set(qn("w:id"), next_id())
                ins.set(qn("w:author"), REV_AUTHOR)
                ins.set(qn("w:date"), REV_DATE)
                ins.append(make_run(s, b or bold, i or italic))
                p._p.append(ins)
            else:
                r = p.add_run(s)
                r.bold = (b or bold) or None
                r.italic = (i or italic) or None

    def fmt(p, align=None, indent=None, after=4):
        pf = p.paragraph_format
        if align:
            p.alignment = align
        if indent is not None:
            pf.first_line_indent = indent
        pf.space_after = Pt(after)
        pf.space_before = Pt(0)

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                               '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
                               '</w:tblBorders>' % nsdecls("w")))

    def two_col(rows, widths, center_left=True):
        t = doc.add_table(rows=0, cols=2)
        no_borders(t)
        for left, right in rows:
            row = t.add_row()
            for k, (cell, txt) in enumerate(zip(row.cells, (left, right))):
                cell.width = Cm(widths[k])
                p = cell.paragraphs[0]
                add(p, txt)
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER if (k == 1 or center_left) else WD_ALIGN_PARAGRAPH.LEFT,
                    after=0)
        return t

    items = parse(src)
    frame_first = True
    for tag, val in items:
        if tag == "hdr":
            two_col(val, (6.5, 9.5))
            doc.add_paragraph()
        elif tag == "frame":
            p = doc.add_paragraph()
            add(p, val)
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=0)
            pPr = p._p.get_or_add_pPr()
            pPr.insert(0, parse_xml(
                '<w:framePr %s w:w="3969" w:hSpace="181" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
                'w:x="1418" w:y="1135"/>' % nsdecls("w")))
            frame_first = False
        elif tag == "textbox":
            parts = val.split("|")
            paras = "".join(
                '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>%s</w:p>' % "".join(
                    '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr><w:b/></w:rPr>" if b else "",
                                                                       s.replace("&", "&amp;"))
                    for s, b, i, k in runs(part)) for part in parts)
            xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
                   '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                   'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
                   'o:connecttype="rect"/></v:shapetype><v:shape id="TextBox 2" o:spid="_x0000_s1026" '
                   'type="#_x0000_t202" style="position:absolute;margin-left:205pt;margin-top:-62pt;width:270pt;'
                   'height:40pt;z-index:251659264;mso-position-horizontal-relative:text;'
                   'mso-position-vertical-relative:text" stroked="f"><v:textbox><w:txbxContent>%s'
                   '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % (nsdecls("w"), paras))
            p = doc.add_paragraph()
            p._p.append(parse_xml(xml))
            fmt(p, after=0)
        elif tag == "sdtdate":
            place, _, date = val.partition(", ")
            p = doc.add_paragraph()
            add(p, place + ", ", italic=True)
            m = re.search(r"ngày (\d+) tháng (\d+) năm (\d+)", date)
            full = "%s-%02d-%02dT00:00:00Z" % (m.group(3), int(m.group(2)), int(m.group(1)))
            sdt = parse_xml(
                '<w:sdt %s><w:sdtPr><w:alias w:val="Ngày ban hành"/><w:tag w:val="NgayBanHanh"/><w:id w:val="-1842'
                '019931"/><w:date w:fullDate="%s"><w:dateFormat w:val="\'ngày\' dd \'tháng\' MM \'năm\' yyyy"/>'
                '<w:lid w:val="vi-VN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
                '</w:date></w:sdtPr><w:sdtContent><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">%s</w:t>'
                '</w:r></w:sdtContent></w:sdt>' % (nsdecls("w"), full, date))
            p._p.append(sdt)
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, after=6)
        elif tag == "sdtblock":
            p = doc.add_paragraph()
            add(p, val, italic=True)
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(1.0))
            sdt = parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="Thông tin cuộc họp"/><w:tag w:val="ThongTinHop"/>'
                            '<w:id w:val="1250737447"/></w:sdtPr><w:sdtContent/></w:sdt>' % nsdecls("w"))
            p._p.addprevious(sdt)
            sdt.find(qn("w:sdtContent")).append(p._p)
        elif tag in ("cb", "c"):
            p = doc.add_paragraph()
            add(p, val, bold=(tag == "cb"))
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=2)
        elif tag == "b":
            p = doc.add_paragraph()
            add(p, val, bold=True)
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(1.0))
        elif tag == "delpara":
            p = doc.add_paragraph()
            add(p, val, whole_del=True)
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(1.0))
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml('<w:rPr %s><w:del w:id="%s" w:author="%s" w:date="%s"/></w:rPr>'
                                 % (nsdecls("w"), next_id(), REV_AUTHOR, REV_DATE)))
        elif tag == "sig":
            doc.add_paragraph()
            two_col(val, (8.0, 8.0), center_left=False)
        elif tag == "p":
            p = doc.add_paragraph()
            add(p, val)
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(1.0))
        else:
            raise ValueError(tag)
    buf = io.BytesIO()
    doc.save(buf)
    _fixed_zip(buf.getvalue(), out)


# ------------------------------------------------------------------------------------------------ PDF
def build_pdf(src, out):
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def style(b, i):
        return ("B" if b else "") + ("I" if i else "")

    def first_style(text):
        rs = runs(text)
        return style(rs[0][1], rs[0][2]) if rs else ""

    def para(text, align="J", indent=True, size=11.5, bold=False):
        pdf.set_font("S", "B" if bold else first_style(text), size)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(W, 5.6, ("      " if indent else "") + plain(text), align=align,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    items = parse(src)
    for tag, val in items:
        if tag == "hdr":
            for left, right in val:
                y = pdf.get_y()
                pdf.set_font("S", first_style(left), 10.5)
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(W * 0.42, 5, plain(left), align="C")
                pdf.set_font("S", first_style(right), 10.5)
                pdf.set_xy(pdf.l_margin + W * 0.42, y)
                pdf.cell(W * 0.58, 5, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, y + 5)
            pdf.ln(5)
        elif tag == "cb":
            para(val, align="C", indent=False, size=12, bold=True)
        elif tag == "c":
            para(val, align="C", indent=False)
        elif tag == "b":
            para(val, align="L", indent=False, bold=True)
        elif tag == "p":
            para(val)
        elif tag == "colhead":
            y = pdf.get_y()
            pdf.set_font("S", "B", 10.5)
            pdf.set_xy(pdf.l_margin + 9, y)
            pdf.cell(W - 9 - 47, 6, val[0], align="L")
            pdf.set_xy(pdf.l_margin + W - 45, y)
            pdf.cell(45, 6, val[1], align="R")
            pdf.set_xy(pdf.l_margin, y + 6)
            pdf.set_draw_color(120, 120, 120)
            pdf.line(pdf.l_margin, y + 6.5, pdf.l_margin + W, y + 6.5)
            pdf.ln(2)
        elif tag == "task":
            label, text, dl = val
            pdf.set_font("S", "", 11)
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(9, 5.4, label)
            pdf.set_xy(pdf.l_margin + 9, y)
            pdf.multi_cell(W - 9 - 47, 5.4, plain(text), align="J", new_x="LMARGIN", new_y="NEXT")
            y_end = pdf.get_y()
            pdf.set_font("S", "I", 9.5)
            pdf.set_xy(pdf.l_margin + W - 45, y)
            pdf.cell(45, 5.4, dl, align="R")
            pdf.set_xy(pdf.l_margin, y_end + 1.5)
        elif tag == "box":
            pdf.set_font("S", "", 10)
            y0 = pdf.get_y()
            pdf.set_draw_color(0, 0, 0)
            for left, right in val:
                y = pdf.get_y()
                pdf.set_xy(pdf.l_margin + 2, y + 0.5)
                pdf.multi_cell(W / 2 - 3, 4.8, plain(left), align="L", new_x="LMARGIN", new_y="NEXT")
                y1 = pdf.get_y()
                pdf.set_xy(pdf.l_margin + W / 2 + 1, y + 0.5)
                pdf.multi_cell(W / 2 - 3, 4.8, plain(right), align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_xy(pdf.l_margin, max(y1, pdf.get_y()) + 0.5)
            y_end = pdf.get_y()
            pdf.rect(pdf.l_margin, y0, W, y_end - y0)
            pdf.line(pdf.l_margin + W / 2, y0, pdf.l_margin + W / 2, y_end)
            pdf.ln(3)
        elif tag == "sig":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            for left, right in val:
                y = pdf.get_y()
                pdf.set_font("S", first_style(left), 10.5 if left.startswith("**") else 9.5)
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(W * 0.5, 4.8, plain(left), align="L" if not left.startswith("**") else "C")
                pdf.set_font("S", first_style(right), 10.5)
                pdf.set_xy(pdf.l_margin + W * 0.5, y)
                pdf.cell(W * 0.5, 4.8, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, y + 4.8 + (6 if not left and not right else 0))
        else:
            raise ValueError(tag)
    pdf.output(out)


# --------------------------------------------------------------------------- PDF: Công báo, two columns
CB_HEAD = "CÔNG BÁO/Số 09 + 10/Ngày 06-3-2026"


def build_congbao_pdf(src, out):
    """A page of the provincial Công báo: a running header "CÔNG BÁO/Số …/Ngày …" with the page number on the
    outer side, the document header and title across the page, then the body in two justified columns
    (fpdf2 text_columns: the text layer holds column 1 and then column 2 of each page) and the signature."""
    from fpdf import FPDF

    class CB(FPDF):
        def header(self):
            self.set_font("S", "I", 9)
            self.set_xy(self.l_margin, 10)
            w = self.w - self.l_margin - self.r_margin
            first = self.page_no() % 2 == 1
            self.cell(w, 5, ("%s%s" % (CB_HEAD, " " * 1)) if first else str(40 + self.page_no()),
                      align="L")
            self.set_xy(self.l_margin, 10)
            self.cell(w, 5, str(40 + self.page_no()) if first else CB_HEAD, align="R")
            self.line(self.l_margin, 15.5, self.l_margin + w, 15.5)
            self.set_y(19)

    pdf = CB(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Adobe InDesign 18.5 (Windows)")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("S", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    items = parse(src)
    body = [(t, v) for t, v in items if t in ("p",)]
    for tag, val in items:
        if tag == "hdr":
            for left, right in val:
                y = pdf.get_y()
                rs = runs(left)
                pdf.set_font("S", "B" if rs and rs[0][1] else "", 9.5)
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(W * 0.40, 4.6, plain(left), align="C")
                rs = runs(right)
                pdf.set_font("S", ("B" if rs[0][1] else "") + ("I" if rs[0][2] else ""), 9.5)
                pdf.set_xy(pdf.l_margin + W * 0.40, y)
                pdf.cell(W * 0.60, 4.6, plain(right), align="C")
                pdf.set_xy(pdf.l_margin, y + 4.6)
            pdf.ln(4)
        elif tag == "cb":
            pdf.set_font("S", "B", 10.5)
            pdf.multi_cell(W, 5, plain(val), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.ln(2)
    cols = pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15)
    with cols:
        for tag, val in items:
            if tag != "p":
                continue
            bold = val.startswith("**")
            pdf.set_font("S", "B" if bold else "", 9.5)
            with cols.paragraph(first_line_indent=5, bottom_margin=1.2) as par:
                par.write(plain(val))
        # the signature stays in the column, centred, as the gazette sets it
        pdf.set_font("S", "B", 9.5)
        for rows in (v for t, v in items if t == "sig"):
            for left, right in rows:
                with cols.paragraph(text_align="C", top_margin=(5 if not right else 0)) as par:
                    par.write(plain(right) or " ")
    pdf.output(out)


JOBS = [
    ("docx", "q-tb-vpubnd-phutho-nuoc-sach-tracked.txt", "q-tb-vpubnd-phutho-nuoc-sach-tracked-changes.docx"),
    ("docx", "q-tb-sct-thainguyen-giaoban-t1-frame-textbox-sdt.txt",
     "q-tb-sct-thainguyen-giaoban-t1-frame-textbox-sdt.docx"),
    ("docx", "q-tb-vpubnd-thanhhoa-gpmb-don-vi-neu-tai-muc.txt", "q-tb-ubnd-thanhhoa-gpmb-don-vi-neu-tai-muc.docx"),
    ("pdf", "q-tb-snv-danang-giaoban-t2-dong-chi-cot-thoi-han.txt",
     "q-tb-snv-danang-giaoban-t2-dong-chi-cot-thoi-han.pdf"),
    ("congbao", "q-ct-ubnd-hatinh-chay-rung-2026-cong-bao-2-cot.txt", "q-ct-ubnd-hatinh-chay-rung-2026-cong-bao-2-cot.pdf"),
    ("pdf", "q-bb-bvdk-tayninh-hdtdt-ket-luan-chu-tri.txt", "q-bb-bvdk-tayninh-hdtdt-ket-luan-chu-tri.pdf"),
]

if __name__ == "__main__":
    for kind, src, out in JOBS:
        {"docx": build_docx, "pdf": build_pdf, "congbao": build_congbao_pdf}[kind](src, os.path.join(DOCS, out))
        print("wrote", out)
