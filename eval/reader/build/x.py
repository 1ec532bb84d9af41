"""Deterministic builder for helper "x" documents (2 .docx, 3 .pdf), with p.py's builders, as r.py does (the PDF
"!table" repeats its heading row on every page).

Sources live in build/x-src/*.txt, in p.py's markup. The .html, .md and .txt files of batch x are written by hand in
docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/x.py
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "x-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("x-tb-vpcp-pttg-duong-sat-laocai-haiphong-danh-sach-luoc.txt",
     "x-tb-vpcp-pttg-duong-sat-laocai-haiphong-danh-sach-luoc.docx", build_docx),
    ("x-tb-ubnd-huyen-vanyen-giaoban-t5-2024.txt", "x-tb-ubnd-huyen-vanyen-giaoban-t5-2024.docx", build_docx),
    ("x-tb-svhttdl-khanhhoa-bang-nhiem-vu-hai-trang.txt", "x-tb-svhttdl-khanhhoa-bang-nhiem-vu-hai-trang.pdf",
     build_pdf),
    ("x-bb-snnmt-cantho-nha-may-rac-thu-ky-chu-tri.txt", "x-bb-snnmt-cantho-nha-may-rac-thu-ky-chu-tri.pdf", build_pdf),
    ("x-tb-ct-dothimoitruong-laocai-quy2-ban-giam-doc.txt", "x-tb-ct-dothimoitruong-laocai-quy2-ban-giam-doc.pdf",
     build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
