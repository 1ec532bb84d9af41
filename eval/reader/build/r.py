"""Deterministic builder for helper "r" documents (3 .docx, 2 .pdf), with p.py's builders (its pdf "!table", with
the heading row repeated on every page, was added for r).

Sources live in build/r-src/*.txt, in p.py's markup. The .md, .txt and .html files of batch r are written by hand in
docs/.
"""

import os

from p import DOCS, build_docx, build_pdf

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "r-src")

JOBS = [(os.path.join(SRC, src), out, fn, {}) for src, out, fn in [  # p.py joins its own SRC to an absolute path: this
    ("r-tb-vpcp-pttg-ha-tang-sac-xe-dien.txt", "r-tb-vpcp-pttg-ha-tang-sac-xe-dien.docx", build_docx),
    ("r-tb-bvdk-lamdong-hdtdt-khang-sinh.txt", "r-tb-bvdk-lamdong-hdtdt-khang-sinh.docx", build_docx),
    ("r-cv-skhcn-gialai-trien-khai-chu-ky-so.txt", "r-cv-skhcn-gialai-trien-khai-chu-ky-so.docx", build_docx),
    ("r-tb-hdtv-vinacafe-ke-hoach-2026.txt", "r-tb-hdtv-vinacafe-ke-hoach-2026.pdf", build_pdf),
    ("r-tb-ubnd-thainguyen-pci-bang-nhieu-don-vi.txt", "r-tb-ubnd-thainguyen-pci-bang-nhieu-don-vi.pdf", build_pdf),
]]

if __name__ == "__main__":
    for src, out, fn, kw in JOBS:
        fn(src, os.path.join(DOCS, out), **kw)
        print("wrote", out)
