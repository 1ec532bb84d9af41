"""Check a batch's gold (gold/B.jsonl) and questions (questions/B.jsonl) against its documents' text (docs/B-*).

- every text is NFC-normalised first (gold is NFC; a document may be stored in NFD, as macOS copies write it);
- assignee and action: exact substring of the raw file (txt/md), of the tag-stripped, unescaped HTML (html; a
  miss in the raw HTML source, an entity or a tag inside, is only a note), of the python-docx paragraph and cell
  text (docx), or of the pypdf text after collapsing whitespace (pdf);
- deadlines: substring of the (tag-stripped) text after collapsing whitespace, case-insensitive;
- coordinators: same as deadlines; the expanded members of an elided list are reported as notes, not errors;
- metadata: number and signer found in the text; date and due well formed; split dev or test;
- questions: ids, tags, answerable/gold_sources consistency, and every must_contain string found in a
  gold source (case and diacritics folded);
- notes name the files stored with CRLF line ends or in NFD.

Run:  /work/main/.venv/bin/python eval/reader/build/check.py h    (the batch letter; exit code 1 on any error)
"""
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DOCS = os.path.join(ROOT, "docs")
RECURRING = {None, "daily", "weekly", "monthly", "quarterly", "half_yearly", "yearly"}
LANG_TAGS = {"vi", "vi-noaccent", "en"}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return collapse("".join(c for c in s if unicodedata.category(c) != "Mn"))


def strip_tags(raw):
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    body = re.sub(r"(?i)<br\s*/?>", "\n", body)
    body = re.sub(r"(?s)<[^>]+>", "\n", body)
    return html.unescape(body)


def texts(name):
    """(exact texts, loose text), NFC-normalised."""
    exact, loose = _texts(name)
    return [unicodedata.normalize("NFC", t) for t in exact], unicodedata.normalize("NFC", loose)


def _texts(name):
    """(exact texts, loose text): gold strings must be in every exact text; deadlines in the loose one."""
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[1]
    if ext in ("txt", "md"):
        raw = open(path, encoding="utf-8").read()
        return [raw], collapse(raw)
    if ext == "html":
        raw = open(path, encoding="utf-8").read()
        stripped = strip_tags(raw)
        return [stripped], collapse(stripped)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
        txt = "\n".join(parts)
        return [txt], collapse(txt)
    if ext == "pdf":
        import pypdf
        txt = collapse("\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
        return [txt], txt
    raise ValueError(name)


def check_gold(path):
    errors, notes = [], []
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    seen = set()
    for r in recs:
        f = r["file"]
        where = f
        if f in seen:
            errors.append("%s: duplicate record" % f)
        seen.add(f)
        if not os.path.exists(os.path.join(DOCS, f)):
            errors.append("%s: missing file" % f)
            continue
        for k in ("file", "split", "layout", "metadata", "directives"):
            if k not in r:
                errors.append("%s: missing %s" % (where, k))
        if r.get("split") not in ("dev", "test"):
            errors.append("%s: split must be dev or test" % where)
        raw = open(os.path.join(DOCS, f), encoding="utf-8", newline="").read() if f.endswith(
            (".txt", ".md", ".html")) else ""
        if "\r\n" in raw:
            notes.append("%s: CRLF line ends" % where)
        if not unicodedata.is_normalized("NFC", raw):
            notes.append("%s: stored in NFD" % where)
        raw_html = raw if f.endswith(".html") else None
        exact, loose = texts(f)
        loose_l = loose.lower()
        m = r["metadata"]
        for k in ("number", "date", "doc_type", "issuer", "signer", "signer_title"):
            if k not in m:
                errors.append("%s: metadata.%s missing" % (where, k))
        for k in ("number", "signer"):
            if m.get(k) and m[k].lower() not in loose_l:
                errors.append("%s: metadata.%s %r not in text" % (where, k, m[k]))
        if m.get("doc_type") and m["doc_type"].lower() not in loose_l:
            notes.append("%s: doc_type %r is not printed (a công văn has no type line)" % (where, m["doc_type"]))
        for part in (m.get("signer_title") or "").split(" / "):
            if part.lower() not in loose_l:
                errors.append("%s: signer_title part %r not in text" % (where, part))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.get("date") or ""):
            errors.append("%s: bad date %r" % (where, m.get("date")))
        for i, d in enumerate(r["directives"], 1):
            w = "%s #%d (%s)" % (f, i, d.get("section"))
            for k in ("assignee", "coordinators", "due", "deadlines", "recurring", "section", "action"):
                if k not in d:
                    errors.append("%s: missing %s" % (w, k))
            for k in ("assignee", "action"):
                for t in exact:
                    if d[k] not in t:
                        errors.append("%s: %s %r not an exact substring" % (w, k, d[k]))
                        break
            if len(d["action"].split()) > 12:
                errors.append("%s: action longer than 12 tokens" % w)
            for ph in d["deadlines"]:
                if collapse(ph).lower() not in loose_l:
                    errors.append("%s: deadline %r not in text" % (w, ph))
            for c in d["coordinators"]:
                if collapse(c).lower() not in loose_l:
                    notes.append("%s: coordinator %r not verbatim (expanded list?)" % (w, c))
            if raw_html is not None and d["action"] not in raw_html:
                notes.append("%s: action not in the raw HTML source (entity or tag inside)" % w)
            due = d["due"]
            if due is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", due):
                errors.append("%s: bad due %r" % (w, due))
            if d["recurring"] not in RECURRING:
                errors.append("%s: bad recurring %r" % (w, d["recurring"]))
            if due is not None and not d["deadlines"]:
                errors.append("%s: due without a deadline phrase" % w)
    return recs, errors, notes


def check_questions(path, files):
    errors = []
    qs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    ids = set()
    cache = {}
    for q in qs:
        w = q.get("id")
        if w in ids:
            errors.append("%s: duplicate id" % w)
        ids.add(w)
        for k in ("id", "question", "gold_sources", "must_contain", "answerable", "split", "tags"):
            if k not in q:
                errors.append("%s: missing %s" % (w, k))
        if len([t for t in q["tags"] if t in LANG_TAGS]) != 1:
            errors.append("%s: needs exactly one language tag" % w)
        if q["answerable"]:
            if not q["gold_sources"] or not q["must_contain"]:
                errors.append("%s: answerable needs gold_sources and must_contain" % w)
            for src in q["gold_sources"]:
                if src not in files:
                    errors.append("%s: unknown source %s" % (w, src))
                    continue
                if src not in cache:
                    cache[src] = fold(texts(src)[1])
            for s in q["must_contain"]:
                if not any(fold(s) in cache.get(src, "") for src in q["gold_sources"]):
                    errors.append("%s: must_contain %r not in its sources" % (w, s))
        elif q["gold_sources"] or q["must_contain"]:
            errors.append("%s: unanswerable must have empty gold_sources/must_contain" % w)
    return qs, errors


def main(argv=None):
    batch = (argv if argv is not None else sys.argv[1:] or ["h"])[0]
    recs, errors, notes = check_gold(os.path.join(ROOT, "gold", "%s.jsonl" % batch))
    files = {r["file"] for r in recs}
    on_disk = {f for f in os.listdir(DOCS) if f.startswith(batch + "-")}
    if on_disk != files:
        errors.append("docs/%s-* and gold differ: %s" % (batch, sorted(on_disk ^ files)))
    qpath = os.path.join(ROOT, "questions", "%s.jsonl" % batch)
    qs = []
    if os.path.exists(qpath):
        qs, qerr = check_questions(qpath, files)
        errors += qerr
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print("%d documents, %d directives, %d questions, %d errors"
          % (len(recs), sum(len(r["directives"]) for r in recs), len(qs), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
