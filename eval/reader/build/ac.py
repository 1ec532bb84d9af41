"""Deterministic builder for helper "ac" documents (3 .docx, 2 .pdf, all split dev), with p.py's builders, as w.py
and aa.py do; nothing is added to them.

Sources live in build/ac-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!l", "!sig",
"!table ... !group ... !endtable", "**bold**", "*italic*". The .html, the .md and the two .txt files of batch ac
are written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/ac.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ac-src")

JOBS = [(os.path.join(SRC, src + ".txt"), src + ext, fn, {}) for src, ext, fn in [  # absolute src: p.py joins SRC
    ("ac-tb-bng-thu-truong-lanh-su-gach-cheo-ky-so", ".pdf", build_pdf),
    ("ac-tb-vp-camau-tap-chat-tom-o-don-vi-thuc-hien", ".docx", build_docx),
    ("ac-tb-ttr-tinhuy-caobang-non-nuoc-thieu-muc-i-dau-cong", ".docx", build_docx),
    ("ac-tb-dhhungvuong-giaoban-t6-run-in-dam-hai-dong-ky", ".docx", build_docx),
    ("ac-bb-ktns-hdnd-thanhhoa-giam-sat-xa-ngason-hai-cot", ".pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
