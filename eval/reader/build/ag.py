"""Deterministic builder for helper "ag" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as
w.py and af.py do; nothing is added to them.

Sources live in build/ag-src/*.txt, in p.py's markup. The .html, the .md and the two .txt files of batch ag are
written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/ag.py
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ag-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [
    ("ag-bb-thoathuan-vqg-konkakinh-xa-konchieng-ben-a-ben-b.txt",
     "ag-bb-thoathuan-vqg-konkakinh-xa-konchieng-ben-a-ben-b.docx", build_docx),
    ("ag-tb-hqkv8-laocai-so-ket-9-thang-ve-chu-de-doan-van.txt",
     "ag-tb-hqkv8-laocai-so-ket-9-thang-ve-chu-de-doan-van.docx", build_docx),
    ("ag-tb-dhdongthap-nhap-hoc-khai-giang-truoc-khi.txt", "ag-tb-dhdongthap-nhap-hoc-khai-giang-truoc-khi.docx",
     build_docx),
    ("ag-tb-vpub-vinhlong-dong-chi-chu-tich-yeu-cau-ky-hop-hdnd.txt",
     "ag-tb-vpub-vinhlong-dong-chi-chu-tich-yeu-cau-ky-hop-hdnd.pdf", build_pdf),
    ("ag-tb-cat-caobang-giaoban-t9-ten-phong-dong-tu-giai-chay.txt",
     "ag-tb-cat-caobang-giaoban-t9-ten-phong-dong-tu-giai-chay.pdf", build_pdf),
    ("ag-bb-chibo-ban-checan-muongphang-sinh-hoat-t8.txt", "ag-bb-chibo-ban-checan-muongphang-sinh-hoat-t8.pdf",
     build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
