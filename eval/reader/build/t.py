"""Deterministic builder for helper "t" documents (2 .docx, 3 .pdf, all split test), with p.py's builders.

Sources live in build/t-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!b", "!l", "!sig",
"!table ... !endtable" (the PDF table repeats its heading row on every page), "[^N]" + "!fn N TEXT" (a real Word
footnote, docx only) and "~" (a non-breaking space). The .html, .md and .txt files of batch t are written by hand in
docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/t.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "t-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("t-tb-vpcp-ptt-xuat-khau-sau-rieng-footnote.txt", "t-tb-vpcp-ptt-xuat-khau-sau-rieng-footnote.docx", build_docx),
    ("t-tb-bqlda-angiang-giaoban-giai-ngan-ban-giam-doc.txt", "t-tb-bqlda-angiang-giaoban-giai-ngan-ban-giam-doc.docx",
     build_docx),
    ("t-tb-ubnd-huyen-lucngan-giaoban-t9-2024.txt", "t-tb-ubnd-huyen-lucngan-giaoban-t9-2024.pdf", build_pdf),
    ("t-tb-sgddt-tuyenquang-hk1-bang-hai-trang.txt", "t-tb-sgddt-tuyenquang-hk1-bang-hai-trang.pdf", build_pdf),
    ("t-bb-hdbt-phuong-tranlam-ket-luan-thu-ky-chu-tri.txt", "t-bb-hdbt-phuong-tranlam-ket-luan-thu-ky-chu-tri.pdf",
     build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
