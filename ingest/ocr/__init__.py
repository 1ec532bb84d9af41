"""OCR of scanned pages (image-only PDF pages, photos and TIFFs) with Tesseract's Vietnamese model.

`options.py` says what ingest asks for (on/off, languages, cache, progress), `engine.py` is the one module that
speaks to Tesseract (pytesseract), `layer.py` tells a usable text layer from none or garbage, `text.py` repairs
what OCR returns, `run.py` reads pages in parallel through a cache keyed by the page's pixels.
"""
