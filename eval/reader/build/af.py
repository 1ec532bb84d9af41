"""Deterministic builder for helper "af" documents (3 .docx, 3 .pdf, all split dev), with p.py's builders, as
w.py does; nothing is added to them.

Sources live in build/af-src/*.txt, in p.py's markup. The .html, the .md and the two .txt files of batch af are
written by hand in docs/.

Run:  /work/main/.venv/bin/python eval/reader/build/af.py
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "af-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [
    ("af-tb-vpcp-pttg-tai-canh-ca-phe-ten-co-va.txt", "af-tb-vpcp-pttg-tai-canh-ca-phe-ten-co-va.docx", build_docx),
    ("af-tb-danguy-xa-tanphu-anninh-tin-dung-den-ca-bchqs-ubmttq.txt",
     "af-tb-danguy-xa-tanphu-anninh-tin-dung-den-ca-bchqs-ubmttq.docx", build_docx),
    ("af-bb-lamviec-bqlda-dandung-quangtri-xa-danhoa-hai-cot-ky.txt",
     "af-bb-lamviec-bqlda-dandung-quangtri-xa-danhoa-hai-cot-ky.docx", build_docx),
    ("af-tb-sxd-quangngai-trat-tu-xay-dung-bang-ten-dai-xuong-dong.txt",
     "af-tb-sxd-quangngai-trat-tu-xay-dung-bang-ten-dai-xuong-dong.pdf", build_pdf),
    ("af-tb-bvub-thanhhoa-giaoban-t6-q-giam-doc-khoa-gach-ngang.txt",
     "af-tb-bvub-thanhhoa-giaoban-t6-q-giam-doc-khoa-gach-ngang.pdf", build_pdf),
    ("af-tb-dhtaybac-nam-hoc-moi-phong-ten-dau-phay-a-b.txt", "af-tb-dhtaybac-nam-hoc-moi-phong-ten-dau-phay-a-b.pdf",
     build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
