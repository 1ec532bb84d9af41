"""Deterministic builder for helper "ab" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as w.py
does; nothing is added to them.

Sources live in build/ab-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!b", "!l", "!sig",
"!table ... !group ... !endtable", "**bold**", "*italic*". The .html, .md and the two .txt files of batch ab are
written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/ab.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ab-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("ab-tb-vpcp-pttg-dien-tai-tao-chuyen-tiep-tay-nguyen.txt",
     "ab-tb-vpcp-pttg-dien-tai-tao-chuyen-tiep-tay-nguyen.pdf", build_pdf),
    ("ab-tb-sct-quangtri-ocop-tmdt-bang-o-gop-nt.txt", "ab-tb-sct-quangtri-ocop-tmdt-bang-o-gop-nt.docx", build_docx),
    ("ab-tb-danguy-phuong-thuanhoa-festival-hue-2026.txt", "ab-tb-danguy-phuong-thuanhoa-festival-hue-2026.pdf",
     build_pdf),
    ("ab-tb-bvyhct-sonla-giaoban-t11-scan-ngat-dong.txt", "ab-tb-bvyhct-sonla-giaoban-t11-scan-ngat-dong.pdf",
     build_pdf),
    ("ab-tb-dhhongduc-kiem-dinh-tuyen-sinh-2026.txt", "ab-tb-dhhongduc-kiem-dinh-tuyen-sinh-2026.docx", build_docx),
    ("ab-bb-lamviec-lamnghiep-sopai-xa-sonlang-hai-cot-ky.txt",
     "ab-bb-lamviec-lamnghiep-sopai-xa-sonlang-hai-cot-ky.docx", build_docx),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
