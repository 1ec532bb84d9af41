"""Deterministic builder for helper "w" documents (3 .docx, 2 .pdf, all split dev), with p.py's builders, as r.py
does; nothing is added to them.

Sources live in build/w-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!b", "!sig",
"!table ... !endtable", "**bold**", "*italic*". The .html, .md and the two .txt files of batch w are written by hand
in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/w.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "w-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("w-tb-bnnmt-thu-truong-sap-xep-don-vi-su-nghiep.txt", "w-tb-bnnmt-thu-truong-sap-xep-don-vi-su-nghiep.docx",
     build_docx),
    ("w-tb-ubnd-tayninh-pct-khai-thac-cat-bang.txt", "w-tb-ubnd-tayninh-pct-khai-thac-cat-bang.docx", build_docx),
    ("w-tb-bvdk-dienbien-giaoban-t4-doan-van.txt", "w-tb-bvdk-dienbien-giaoban-t4-doan-van.docx", build_docx),
    ("w-tb-btv-tinhuy-lamdong-du-lich-bien.txt", "w-tb-btv-tinhuy-lamdong-du-lich-bien.pdf", build_pdf),
    ("w-tb-sxd-haiphong-cau-yeu-thoi-gian-thuc-hien.txt", "w-tb-sxd-haiphong-cau-yeu-thoi-gian-thuc-hien.pdf",
     build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
