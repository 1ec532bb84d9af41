"""Deterministic builder for helper "v" documents (3 .docx, 2 .pdf), with p.py's builders (as r.py does).

Sources live in build/v-src/*.txt, in p.py's markup. The .html, .md and .txt files of batch v are written by hand
in docs/. Nothing new is added to the builders.

Run:  /work/main/.venv/bin/python eval/reader/build/v.py
Reruns give identical bytes (p.py fixes the docx core properties and zip entry times and the PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "v-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("v-tb-hvnh-giaoban-t3-2026.txt", "v-tb-hvnh-giaoban-t3-2026.docx", build_docx),
    ("v-tb-cat-daklak-le-hoi-ca-phe-2025.txt", "v-tb-cat-daklak-le-hoi-ca-phe-2025.docx", build_docx),
    ("v-tb-ubnd-xa-nguyenbinh-chong-ret-tuyen-quan.txt", "v-tb-ubnd-xa-nguyenbinh-chong-ret-tuyen-quan.docx",
     build_docx),
    ("v-tb-btp-hop-truc-tuyen-ra-soat-van-ban.txt", "v-tb-btp-hop-truc-tuyen-ra-soat-van-ban.pdf", build_pdf),
    ("v-kh-ubnd-gialai-nq72-phu-luc-phan-cong.txt", "v-kh-ubnd-gialai-nq72-phu-luc-phan-cong.pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
