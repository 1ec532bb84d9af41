"""Build helper-c's .docx and .pdf evaluation documents deterministically.

Sources: build/c-src/*.txt, one line per paragraph, with a small markup:
  =C text   centred bold          =c text   centred normal
  =R text   right-aligned italic  =B text   bold heading (left)
  =L text   left, no indent       =S / =s   signature block line (bold / italic)
  =H left|right   two-column header table ("\\n" = line break)
  =F left|right   two-column footer table (Nơi nhận | signature)
  other lines     justified body paragraph
Run: /work/main/.venv/bin/python build/c.py   (from eval/reader or anywhere)
"""
import datetime as dt
import io
import os
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "c-src")
DOCS = os.path.join(HERE, "..", "docs")
FIXED = dt.datetime(2025, 12, 8, 8, 0, 0, tzinfo=dt.timezone.utc)


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        text = unicodedata.normalize("NFC", f.read())
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("=") and len(line) > 2 and line[2] == " ":
            out.append((line[1], line[3:]))
        else:
            out.append(("P", line))
    return out


# ---------------------------------------------------------------- docx
def build_docx(src_name, out_name, font="Times New Roman"):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(13)

    def para(text, align=None, bold=False, italic=False, indent=False, container=None):
        p = (container or doc).add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def two_col(spec, header):
        left, right = spec.split("|", 1)
        t = doc.add_table(rows=1, cols=2)
        for cell, txt, is_left in ((t.cell(0, 0), left, True), (t.cell(0, 1), right, False)):
            cell.paragraphs[0].text = ""
            lines = txt.split("\\n")
            for i, ln in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                r = p.add_run(ln)
                if header:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r.bold = not (ln.startswith("Số:") or "ngày" in ln)
                    r.italic = "ngày" in ln
                else:
                    if is_left:
                        r.font.size = Pt(11)
                        r.bold = i == 0
                    else:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        r.bold = True

    for kind, text in read_src(src_name):
        if kind == "C":
            para(text, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        elif kind == "c":
            para(text, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "R":
            para(text, WD_ALIGN_PARAGRAPH.RIGHT, italic=True)
        elif kind == "B":
            para(text, bold=True)
        elif kind == "L":
            para(text)
        elif kind == "S":
            para(text, WD_ALIGN_PARAGRAPH.RIGHT, bold=True)
        elif kind == "s":
            para(text, WD_ALIGN_PARAGRAPH.RIGHT, italic=True)
        elif kind == "H":
            two_col(text, True)
        elif kind == "F":
            two_col(text, False)
        else:
            para(text, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)

    cp = doc.core_properties
    cp.author = "Văn thư"
    cp.last_modified_by = "Văn thư"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps and sorted-as-written order -> identical bytes on rerun
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 8, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(os.path.join(DOCS, out_name), "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- pdf
def font_dir():
    import matplotlib
    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def build_pdf(src_name, out_name):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Microsoft Word - KH CCHC 2025")
    pdf.set_producer("fpdf2")
    pdf.set_title("Ke hoach CCHC nam 2025")
    fd = font_dir()
    pdf.add_font("DejaVu", "", os.path.join(fd, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(fd, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(fd, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def two_col(spec, header):
        left, right = spec.split("|", 1)
        y0 = pdf.get_y()
        lw = W * (0.42 if header else 0.55)
        rw = W - lw
        pdf.set_xy(pdf.l_margin, y0)
        for i, ln in enumerate(left.split("\\n")):
            if header:
                pdf.set_font("DejaVu", "B" if not ln.startswith("Số") else "", 10)
                pdf.cell(lw, 5, ln, align="C", **NL)
            else:
                pdf.set_font("DejaVu", "B" if i == 0 else "", 8.5)
                pdf.multi_cell(lw, 4.2, ln, align="L", **NL)
        y1 = pdf.get_y()
        pdf.set_xy(pdf.l_margin + lw, y0)
        for ln in right.split("\\n"):
            italic = "ngày" in ln
            pdf.set_font("DejaVu", "I" if italic else ("" if ln.startswith("-") else "B"), 10)
            pdf.set_x(pdf.l_margin + lw)
            pdf.cell(rw, 5, ln, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_y(max(y1, pdf.get_y()) + 4)

    for kind, text in read_src(src_name):
        if kind == "H":
            two_col(text, True)
        elif kind == "F":
            pdf.ln(2)
            two_col(text, False)
        elif kind in "Cc":
            pdf.set_font("DejaVu", "B" if kind == "C" else "", 12 if kind == "C" else 10.5)
            pdf.multi_cell(W, 6, text, align="C", **NL)
            pdf.ln(1)
        elif kind == "B":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(W, 5.6, text, align="L", **NL)
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(W, 5.6, text, align="J", **NL)
            pdf.ln(0.8)
    pdf.output(os.path.join(DOCS, out_name))


if __name__ == "__main__":
    build_docx("c-tct-cap-nuoc-hdtv.txt", "c-tct-cap-nuoc-hdtv.docx")
    build_docx("c-vpcp-nha-o-xa-hoi.txt", "c-vpcp-nha-o-xa-hoi.docx")
    build_pdf("c-kh-cchc-cam-lam.txt", "c-kh-cchc-cam-lam.pdf")
    print("built")
