"""Page images with Pillow: the frames of an image file, and a page made ready for Tesseract."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator

from ingest.errors import RejectedFile

MIN_WIDTH = 1400  # narrower than this and a page is a small photo or a low-resolution scan: doubled for Tesseract
MAX_PIXELS = 60_000_000  # a 300-dpi A0 sheet; anything bigger is refused, not decoded (a decompression bomb)


def frames(path: str, data: bytes, max_pages: int) -> Iterator:
    """Each page of an image file (a multi-page TIFF has several), decoded. Raises RejectedFile naming why an
    image cannot be read (corrupt, truncated, not an image, too big)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        img = Image.open(io.BytesIO(data))
        n = getattr(img, "n_frames", 1)
        if n > max_pages:
            raise RejectedFile(path, f"too many pages ({n}; the limit is {max_pages}, NOTICES_MAX_PAGES): split the file")
        for i in range(n):
            img.seek(i)
            frame = ImageOps.exif_transpose(img)  # a phone photo's orientation flag
            frame.load()
            yield frame
    except RejectedFile:
        raise
    except UnidentifiedImageError:
        raise RejectedFile(path, "not an image Pillow can read (corrupt, or not really an image)") from None
    except Image.DecompressionBombError as exc:
        raise RejectedFile(path, f"image too large ({exc})") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise RejectedFile(path, f"corrupt image ({type(exc).__name__}: {exc})") from None


def prepare(image):
    """Greyscale for Tesseract. In colour, the red channel is taken: a red seal stamped over the signature
    (every Vietnamese official document has one) turns almost white there, while black print and blue-black
    signatures stay dark. Small images are enlarged: Tesseract reads best at about 300 dpi."""
    from PIL import Image

    if image.mode in ("RGB", "RGBA", "P", "CMYK"):
        image = image.convert("RGB").getchannel("R")
    elif image.mode != "L":
        image = image.convert("L")
    if image.width < MIN_WIDTH:
        image = image.resize((image.width * 2, image.height * 2), Image.LANCZOS)
    return image


def digest(image, salt: str) -> str:
    """A page's key in the OCR cache: its pixels and how they are read (languages, engine version)."""
    h = hashlib.sha256(salt.encode())
    h.update(f"{image.mode}{image.size}".encode())
    h.update(image.tobytes())
    return h.hexdigest()


def thumbnail(image, width: int = 1100):
    """A page for showing beside its text: colour kept, scaled to `width`."""
    from PIL import Image

    image = image.convert("RGB")
    if image.width > width:
        image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    return image
