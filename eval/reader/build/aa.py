"""Deterministic builder for helper "aa" documents (2 .docx, 3 .pdf, all split dev), with p.py's builders, as w.py
and x.py do; nothing is added to them (the PDF "!table" repeats its heading row on every page).

Sources live in build/aa-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!sig",
"!table ... !group ... !endtable", "**bold**", "*italic*". The two .html, the .md and the two .txt files of batch aa
are written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/aa.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "aa-src")

JOBS = [(os.path.join(SRC, src + ".txt"), src + ext, fn, {}) for src, ext, fn in [  # absolute src: p.py joins SRC
    ("aa-tb-bdttg-thu-truong-nguoi-co-uy-tin-doi-voi-vu", ".pdf", build_pdf),
    ("aa-tb-ubnd-hue-di-dan-kinh-thanh-bang-5-cot", ".docx", build_docx),
    ("aa-tb-btv-tinhuy-dongthap-htx-gach-ngang-so", ".docx", build_docx),
    ("aa-bb-sct-hatinh-kiem-tra-an-toan-dap-thuy-dien", ".pdf", build_pdf),
    ("aa-tb-ubnd-phuong-kontum-giaoban-t4-bang-nhom-hai-trang", ".pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
