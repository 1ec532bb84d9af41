"""Deterministic builder for helper "ae" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as w.py
does; nothing is added to them.

Sources live in build/ae-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!b", "!l", "!sig",
"!table ... !endtable", "**bold**", "*italic*". The .html, the .md and the two .txt files of batch ae are written by
hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/ae.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ae-src")

JOBS = [(os.path.join(SRC, src + ".txt"), src + ext, fn, {}) for src, ext, fn in [  # absolute: p.py joins its SRC
    ("ae-tb-ttcp-tong-thanh-tra-so-ket-6-thang-cuc-viet-tat", ".docx", build_docx),
    ("ae-tb-vpub-sonla-xoai-nhan-bang-don-vi-thuc-hien-chu-tri-ngoac", ".docx", build_docx),
    ("ae-tb-dhdalat-ket-luan-hieu-truong-ve-chu-de", ".docx", build_docx),
    ("ae-tb-btv-tinhuy-gialai-cua-khau-le-thanh-de-nghi-quan-tam-chi-dao", ".pdf", build_pdf),
    ("ae-bb-sgddt-thainguyen-xa-phudinh-diem-truong-hai-cot", ".pdf", build_pdf),
    ("ae-tb-ubnd-phuong-baoloc-giaoban-t7-bang-hai-trang", ".pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
