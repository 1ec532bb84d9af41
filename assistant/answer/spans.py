"""The quotable units of a passage: what an answer may quote verbatim."""

from __future__ import annotations

import re

MAX_QUOTE = 420
# A sentence that leans on the one before it ("Yêu cầu hoàn thành hồ sơ trong tháng 9/2023.") is quoted
# together with it, so the quote says who and what as well as when.
_LEANS = re.compile(r"^(Yêu cầu|Đồng thời|Trong đó|Qua đó|Trên cơ sở đó|Sau đó|Thời gian|Thời hạn)")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-–])")


def quotable_spans(text: str) -> list[tuple[int, int]]:
    """Quotable units of a chunk: its lines, long lines cut into sentences (with the ones they lean on)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            continue
        if e - s <= MAX_QUOTE:
            out.append((s, e))
            continue
        sents = []
        a = s
        for m in _SENT.finditer(text, s, e):
            sents.append((a, m.start()))
            a = m.end()
        sents.append((a, e))
        for i, (a, b) in enumerate(sents):
            if i and _LEANS.match(text[a:b]):
                out.append((sents[i - 1][0], b))
            else:
                out.append((a, b))
    return out
