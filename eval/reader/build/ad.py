"""Deterministic builder for helper "ad" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as w.py
does; nothing is added to them.

Sources live in build/ad-src/*.txt, in p.py's markup (docstring of p.py): "!hdr", "!c", "!cb", "!b", "!sig",
"!table ... !group ... !endtable", "**bold**", "*italic*". The .html, the .md and the two .txt files of batch ad are
written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/ad.py
Reruns give identical bytes (p.py fixes the docx core properties, zip entry times and PDF dates).
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ad-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("ad-tb-vpcp-pttg-dan-cu-sat-lo-mien-nui-han-truoc-chu-ngu.txt",
     "ad-tb-vpcp-pttg-dan-cu-sat-lo-mien-nui-han-truoc-chu-ngu.docx", build_docx),
    ("ad-tb-skhcn-vinhlong-cds-bang-dong-nhom-la-don-vi.txt",
     "ad-tb-skhcn-vinhlong-cds-bang-dong-nhom-la-don-vi.docx", build_docx),
    ("ad-bb-lamviec-pclangson-xa-mauson-ben-a-ben-b-ky-dao-cot.txt",
     "ad-bb-lamviec-pclangson-xa-mauson-ben-a-ben-b-ky-dao-cot.docx", build_docx),
    ("ad-tb-danguy-xa-puluong-homestay-chu-tri-thoi-han-dong-rieng.txt",
     "ad-tb-danguy-xa-puluong-homestay-chu-tri-thoi-han-dong-rieng.pdf", build_pdf),
    ("ad-tb-ttyt-kv-vanninh-giaoban-t5-bsckii-da-ky.txt",
     "ad-tb-ttyt-kv-vanninh-giaoban-t5-bsckii-da-ky.pdf", build_pdf),
    ("ad-tb-dhbaclieu-xet-tot-nghiep-tl-kt-ba-dong.txt",
     "ad-tb-dhbaclieu-xet-tot-nghiep-tl-kt-ba-dong.pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
