"""Deterministic builder for helper "z" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as w.py
does; nothing is added to them.

Sources live in build/z-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!b", "!sig",
"!table ... !endtable", "!group", "**bold**", "*italic*". A literal TAB in a source line becomes a Word tab
(the typed "1.<TAB>" / "a)<TAB>" labels that imitate automatic numbering). The .md, .html and the two .txt files of
batch z are written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/z.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "z-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("z-tb-bqlkkt-hatinh-vung-ang-so-tab-go-tay.txt", "z-tb-bqlkkt-hatinh-vung-ang-so-tab-go-tay.docx", build_docx),
    ("z-tb-pc-nghean-giaoban-t3-bang-don-vi-thuc-hien.txt", "z-tb-pc-nghean-giaoban-t3-bang-don-vi-thuc-hien.docx",
     build_docx),
    ("z-tb-ubnd-xa-nari-giaoban-doan-dai-nhieu-don-vi.txt", "z-tb-ubnd-xa-nari-giaoban-doan-dai-nhieu-don-vi.docx",
     build_docx),
    ("z-tb-tand-kv4-daklak-quy2-bang-qua-trang.txt", "z-tb-tand-kv4-daklak-quy2-bang-qua-trang.pdf", build_pdf),
    ("z-tb-nhnn-kv10-quangngai-ve-phia-dau-cong.txt", "z-tb-nhnn-kv10-quangngai-ve-phia-dau-cong.pdf", build_pdf),
    ("z-tb-khoa-yduoc-dhtaynguyen-giao-nhiem-vu-thoi-gian-hoan-thanh.txt",
     "z-tb-khoa-yduoc-dhtaynguyen-giao-nhiem-vu-thoi-gian-hoan-thanh.pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
