"""Deterministic builder for helper "ah" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as
w.py and af.py do; nothing is added to them.

Sources live in build/ah-src/*.txt, in p.py's markup. The .html, the .md and the two .txt files of batch ah are
written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/ah.py
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ah-src")

TUYHOA_BROWSER = (
    "08:41 06/8/2026",
    "Thông báo kết luận của Chủ tịch UBND phường tại buổi kiểm tra công tác vệ sinh môi trường bờ biển và phòng, "
    "chống sốt xuất huyết - Cổng thông tin điện tử phường Tuy Hòa",
    "https://tuyhoa.daklak.gov.vn/chi-dao-dieu-hanh/thong-bao-ket-luan-ve-sinh-moi-truong-bo-bien-sxh-3581.html")

JOBS = [(os.path.join(SRC, src + ".txt"), src + ext, fn, kw) for src, ext, fn, kw in [
    ("ah-tb-vp-tld-pho-chu-tich-cong-doan-co-so-co-quan-hai-dong", ".docx", build_docx, {}),
    ("ah-tb-ubnd-xa-muongnhe-giaoban-t6-so-de-trong-bang-linh-vuc", ".docx", build_docx, {}),
    ("ah-tb-cty-caosu-kontum-mo-mieng-cao-chu-cai-bo-j-ky-bang-cuoi", ".docx", build_docx, {}),
    ("ah-tb-danguy-ubnd-quangtri-so-tay-dang-vien-tm-btv-word-pdf", ".pdf", build_pdf, {}),
    ("ah-tb-dhquangbinh-tan-sinh-vien-2026-bang-don-vi-truoc-dong-hoi", ".pdf", build_pdf, {}),
    ("ah-portal-phuong-tuyhoa-ve-sinh-bo-bien-sxh-chrome-in-trang", ".pdf", build_pdf,
     {"browser": TUYHOA_BROWSER}),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
