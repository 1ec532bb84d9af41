"""Deterministic builder for helper "s" documents (3 .docx, 2 .pdf; all split test), with p.py's builders.

Sources live in build/s-src/*.txt, in p.py's markup (see p.py's docstring). The .html, .md and the two .txt files of
batch s are written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/s.py
Reruns give identical bytes (p.py fixes the docx core properties and zip entry times and the PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "s-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("s-tb-byt-bo-truong-tram-y-te-xa.txt", "s-tb-byt-bo-truong-tram-y-te-xa.docx", build_docx),
    ("s-tb-ubnd-ninhbinh-lang-nghe-bang.txt", "s-tb-ubnd-ninhbinh-lang-nghe-bang.docx", build_docx),
    ("s-tb-tu-laichau-kinh-te-tu-nhan.txt", "s-tb-tu-laichau-kinh-te-tu-nhan.docx", build_docx),
    ("s-tb-bvdktw-cantho-giaoban-t3.txt", "s-tb-bvdktw-cantho-giaoban-t3.pdf", build_pdf),
    ("s-tb-sgddt-haiphong-tuyen-sinh-10.txt", "s-tb-sgddt-haiphong-tuyen-sinh-10.pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
