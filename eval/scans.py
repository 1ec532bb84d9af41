"""Scanned-notice fixtures made from real text: each notice rendered to A4 pages at 300 dpi with a Vietnamese-capable
font, optionally degraded as paper archives are (a slight rotation, noise and specks, a red stamp over the
signature, a second-generation photocopy's blur), saved as an image-only PDF or as PNGs, with the text each page
shows (for the character error rate). Deterministic: the same notice gives the same pages.

    python -m eval.scans OUT_DIR [--degraded] [--png] FILE...
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

DPI = 300
A4 = (2480, 3508)  # pixels at 300 dpi
MARGIN = (260, 240)  # left/right, top/bottom
FONT_PT = 12.5
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@dataclass(frozen=True)
class Scan:
    """A notice as scanned pages: the images and the text each one shows (lines joined by newlines)."""

    name: str
    pages: tuple  # PIL images, one per page
    texts: tuple[str, ...]


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    for path in FONTS:
        p = Path(path.replace(".ttf", "-Bold.ttf") if bold else path)
        if p.exists():
            return ImageFont.truetype(str(p), size)
    raise FileNotFoundError("no Vietnamese-capable TrueType font (install fonts-dejavu-core): " + ", ".join(FONTS))


_MARKS = re.compile(r"^#{1,6}\s+|\*{1,3}(?=\S)|(?<=\S)\*{1,3}|^\*{1,3}")  # markdown: paper shows no such marks


def layout(text: str, width_chars: int) -> list[str]:
    """The notice's lines as a page shows them: markdown marks gone, paragraphs wrapped, blank lines kept (at most
    one)."""
    lines: list[str] = []
    # A bold run glued to the word before it ("THÔNG BÁO**Kết luận ...**") is where the source lost a line break:
    # on paper the title starts its own line.
    text = re.sub(r"(?<=[^\s*])\*{2,3}(?=[^\s*.,;:])", "\n", text)
    for para in text.replace("\r", "").split("\n"):
        para = " ".join(_MARKS.sub("", para).split())
        if not para:
            if lines and lines[-1]:
                lines.append("")
            continue
        lines.extend(textwrap.wrap(para, width_chars, break_long_words=False, break_on_hyphens=False))
    return lines


def render(name: str, text: str, dpi: int = DPI) -> Scan:
    """Clean pages of `text`: black on white, capitals lines bold (headings), wrapped to the page width."""
    from PIL import Image, ImageDraw

    scale = dpi / DPI
    w, h = int(A4[0] * scale), int(A4[1] * scale)
    mx, my = int(MARGIN[0] * scale), int(MARGIN[1] * scale)
    size = round(FONT_PT / 72 * dpi)
    regular, bold = _font(size), _font(size, bold=True)
    avg = regular.getlength("Ủy ban nhân dân tỉnh thực hiện các nhiệm vụ") / 43
    lines = layout(text, int((w - 2 * mx) / avg) - 2)
    step = int(size * 1.45)
    per_page = (h - 2 * my) // step
    pages, texts = [], []
    for k in range(0, max(len(lines), 1), per_page):
        chunk = lines[k:k + per_page]
        img = Image.new("L", (w, h), 255)
        draw = ImageDraw.Draw(img)
        for i, line in enumerate(chunk):
            caps = any(c.isalpha() for c in line) and line.upper() == line
            draw.text((mx, my + i * step), line, fill=0, font=bold if caps else regular)
        pages.append(img)
        texts.append("\n".join(chunk).strip())
    return Scan(name, tuple(pages), tuple(texts))


def _stamp(img, rng: random.Random, where: tuple[int, int]):
    """A red round seal (two rings, a star, letters round the rim) pressed over `where`, semi-transparent."""
    from PIL import Image, ImageDraw

    r = int(img.width * 0.085)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy = where
    red = (205, 30, 35, 170)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(6, r // 22))
    d.ellipse((cx - int(r * 0.72), cy - int(r * 0.72), cx + int(r * 0.72), cy + int(r * 0.72)), outline=red,
              width=max(3, r // 40))
    star = [(cx + int(r * 0.3 * (1 if i % 2 == 0 else 0.45) * math.cos(math.pi / 2 + i * math.pi / 5)),
             cy - int(r * 0.3 * (1 if i % 2 == 0 else 0.45) * math.sin(math.pi / 2 + i * math.pi / 5)))
            for i in range(10)]
    d.polygon(star, fill=red)
    font = _font(int(r * 0.16), bold=True)
    for i, ch in enumerate("ỦY BAN NHÂN DÂN * TỈNH *"):
        a = math.pi * (0.95 - i * 0.085)
        d.text((cx + int(r * 0.85 * math.cos(a)) - 10, cy - int(r * 0.85 * math.sin(a)) - 12), ch, fill=red,
               font=font)
    # a blue-black signature stroke under the seal
    pts = [(cx - r + rng.randint(0, 30) + i * r // 6, cy + rng.randint(-r // 5, r // 5)) for i in range(12)]
    d.line(pts, fill=(25, 25, 90, 230), width=7)
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def degrade(scan: Scan, seed: str | None = None) -> Scan:
    """The pages as an archive holds them: the last page stamped over its signature, slightly rotated, specks and
    noise, then photocopied once more (detail lost at half resolution, blur, contrast raised)."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = random.Random(int(hashlib.sha1((seed or scan.name).encode()).hexdigest()[:8], 16))
    out = []
    for n, page in enumerate(scan.pages):
        img = page.convert("RGB")
        if n == len(scan.pages) - 1:  # the seal sits over the signer's name, right of centre near the end
            lines = max(scan.texts[n].count("\n"), 1)
            step = int(round(FONT_PT / 72 * DPI) * 1.45 * img.width / A4[0])
            y = int(MARGIN[1] * img.width / A4[0]) + max(lines - 2, 0) * step
            img = _stamp(img, rng, (int(MARGIN[0] * img.width / A4[0] + img.width * rng.uniform(0.06, 0.14)), y))
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        a = np.asarray(img).astype(np.float32)
        nrng = np.random.default_rng(rng.randrange(2**32))
        a += nrng.normal(0, 14, a.shape[:2])[..., None]
        specks = nrng.random(a.shape[:2]) < 0.0015
        a[specks] = 40
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        half = img.resize((img.width // 2, img.height // 2), Image.BILINEAR)  # the copier's resolution
        img = half.resize(img.size, Image.BILINEAR).filter(ImageFilter.GaussianBlur(1.1))
        a = np.asarray(img).astype(np.float32)
        a = np.clip((a - 128) * 1.25 + 140, 0, 255)  # toner: darker darks, greyer paper
        out.append(Image.fromarray(a.astype(np.uint8)))
    return Scan(scan.name, tuple(out), scan.texts)


def save_pdf(scan: Scan, path: Path, quality: int = 60) -> Path:
    """An image-only PDF (no text layer), pages as JPEG at 300 dpi."""
    first, *rest = [p.convert("RGB") if p.mode not in ("L", "RGB") else p for p in scan.pages]
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=DPI, quality=quality)
    return path


def save_png(scan: Scan, folder: Path) -> list[Path]:
    """One PNG per page (`<name>-p1.png`, ...)."""
    out = []
    for n, page in enumerate(scan.pages, 1):
        p = folder / f"{scan.name}-p{n}.png"
        page.save(p, "PNG", dpi=(DPI, DPI), optimize=True)
        out.append(p)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.scans", description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("files", nargs="+", type=Path, help="notice text files (.txt, .md)")
    p.add_argument("--degraded", action="store_true")
    p.add_argument("--png", action="store_true", help="PNG pages instead of an image-only PDF")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for f in args.files:
        scan = render(f.stem, f.read_text("utf-8"))
        if args.degraded:
            scan = degrade(scan)
        written = save_png(scan, args.out) if args.png else [save_pdf(scan, args.out / f"{f.stem}.pdf")]
        for w in written:
            print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
