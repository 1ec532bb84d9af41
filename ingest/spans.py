"""The quotable units of a passage: what an answer may quote verbatim."""

from __future__ import annotations

import re

from ingest.directives import task_field

MAX_QUOTE = 420
# A sentence that leans on the one before it ("Yêu cầu hoàn thành hồ sơ trong tháng 9/2023.") is quoted
# together with it, so the quote says who and what as well as when.
_LEANS = re.compile(r"^(Yêu cầu|Đồng thời|Trong đó|Qua đó|Trên cơ sở đó|Sau đó|Thời gian|Thời hạn)")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\-–])")


def quotable_spans(text: str) -> list[tuple[int, int]]:
    """Quotable units of a chunk: its lines, long lines cut into sentences (with the ones they lean on). A task
    with its labelled lines ("1. Rà soát ..." / "- Đơn vị chủ trì: ..." / "- Thời hạn: ..."), as a table row or a
    plan writes it, is one unit: who, with whom and by when belong to the task they label."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            continue
        if task_field(line):
            if out and (out[-1][1] == s - 1 or not text[out[-1][1]:s].strip()):
                out[-1] = (out[-1][0], e)  # the task (or its last sentence) takes its label
            else:
                out.append((s, e))
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
