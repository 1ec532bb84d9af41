"""The BM25 index kept up to date incrementally scores exactly as one built from scratch (real corpus texts)."""

from __future__ import annotations

import pytest

from assistant.index import embed_text
from assistant.store.lexical import Lexical

QUERIES = ["Phòng Quản lý Khoa học hoàn thành hồ sơ", "nghi dinh 60/2021", "cụm công nghiệp Lào Cai",
           "UBND tỉnh giao Sở KH&CN", "treo cờ Tổ quốc"]


@pytest.fixture(scope="module")
def rows(corpus_index):
    notices = corpus_index.notices()
    chunks = corpus_index.catalog.chunks()
    return [c.id for c in chunks], [embed_text(notices[c.notice_id], c) for c in chunks]


def _same(a: Lexical, b: Lexical) -> None:
    for q in QUERIES:
        ra, rb = a.search(q, 10), b.search(q, 10)
        assert [i for i, _ in ra] == [i for i, _ in rb], q
        assert [s for _, s in ra] == pytest.approx([s for _, s in rb], rel=1e-5)


def test_added_in_steps_equals_built_at_once(rows):
    ids, texts = rows
    grown = Lexical(ids[:50], texts[:50])
    grown.update(set(), ids[50:], texts[50:])
    _same(grown, Lexical(ids, texts))
    assert grown.accents.restore("cum cong nghiep") == "cụm công nghiệp"


def test_removed_chunks_leave_no_trace_in_scores(rows):
    ids, texts = rows
    lao_cai = {i for i, t in zip(ids, texts, strict=True) if "Lào Cai" in t}
    assert lao_cai
    shrunk = Lexical(ids, texts)
    shrunk.update(lao_cai, [], [])
    kept = [(i, t) for i, t in zip(ids, texts, strict=True) if i not in lao_cai]
    _same(shrunk, Lexical([i for i, _ in kept], [t for _, t in kept]))
    assert not any(i in lao_cai for i, _ in shrunk.search("cụm công nghiệp Lào Cai", 20))


def test_the_index_catches_up_with_the_catalog(corpus_index, tmp_path):
    ids = corpus_index.catalog.all_chunk_ids()
    path = tmp_path / "lexical.pkl"

    def texts_of(want):
        notices = corpus_index.notices()
        return [embed_text(notices[c.notice_id], c) for c in corpus_index.catalog.chunks(want)]

    first = Lexical.cached(path, 1, lambda: ids[:40], texts_of)
    assert first.ids == ids[:40] and path.exists()
    later = Lexical.cached(path, 2, lambda: ids[10:], texts_of)  # 10 removed, the rest added
    assert sorted(later.ids) == sorted(ids[10:]) and later.generation == 2
    assert Lexical.cached(path, 2, lambda: [], texts_of).ids == later.ids  # same generation: read back as is
