"""Deterministic builder for helper "y" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as w.py
does; nothing is added to them.

Sources live in build/y-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!l", "!sig",
"!table ... !endtable", "**bold**", "*italic*". The Cảng vụ source lays its header out in "!l" paragraphs with tab
characters (python-docx writes them as <w:tab/>), not in a table. The two .md, the .html and the .txt of batch y
are written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/y.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "y-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("y-tb-viendhh-giaoban-quy1-tl-truong-phong.txt", "y-tb-viendhh-giaoban-quy1-tl-truong-phong.docx", build_docx),
    ("y-tb-cangvu-quynhon-header-tab-q-giam-doc-bang.txt", "y-tb-cangvu-quynhon-header-tab-q-giam-doc-bang.docx",
     build_docx),
    ("y-tb-danguy-congan-langson-tet-bau-cu-dai-ta.txt", "y-tb-danguy-congan-langson-tet-bau-cu-dai-ta.docx",
     build_docx),
    ("y-tb-cucqld-cung-ung-thuoc-tet-tuq-chu-ky-so.txt", "y-tb-cucqld-cung-ung-thuoc-tet-tuq-chu-ky-so.pdf",
     build_pdf),
    ("y-tb-chicuc-dtnn-nghetinh-xuat-cap-gao-hai-cap.txt", "y-tb-chicuc-dtnn-nghetinh-xuat-cap-gao-hai-cap.pdf",
     build_pdf),
    ("y-tb-cdktcn-quangngai-tuyen-sinh-chuc-danh-hai-dong.txt",
     "y-tb-cdktcn-quangngai-tuyen-sinh-chuc-danh-hai-dong.pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
