"""Exact dense search over the chunk vectors held beside the vector store (real corpus, real e5 vectors)."""

from __future__ import annotations

import numpy as np

from assistant.store.dense import Dense

QUERIES = ["Phòng Quản lý Khoa học hoàn thành hồ sơ", "What deadlines were given to the Science Management Office?",
           "cụm công nghiệp Lào Cai", "treo cờ Tổ quốc"]


def _exact(index, vec, k, allowed=None):
    ids, vectors, parts = index.vectors.vectors_of(index.catalog.all_chunk_ids())
    m = np.asarray(vectors, np.float32)
    scores = m @ np.asarray(vec, np.float32) / np.linalg.norm(m, axis=1)
    keep = [i for i in np.argsort(-scores)
            if parts[i] not in ("header", "footer") and (allowed is None or ids[i].split(":")[0] in allowed)]
    return [ids[i] for i in keep[:k]]


def test_dense_search_is_exact_filtered_and_content_only(corpus_index, e5):
    for q in QUERIES:
        vec = e5.embed_query(q)
        got = corpus_index.dense.search(vec, 10)
        assert [i for i, _ in got] == _exact(corpus_index, vec, 10), q
        assert all(a >= b for (_, a), (_, b) in zip(got, got[1:], strict=False))
    one = {corpus_index.catalog.notices()[0].id}
    vec = e5.embed_query(QUERIES[0])
    got = corpus_index.dense.search(vec, 5, one)
    assert got and {i.split(":")[0] for i, _ in got} == one
    assert [i for i, _ in got] == _exact(corpus_index, vec, 5, one)


def test_dense_rows_follow_the_catalog(corpus_index):
    ids = corpus_index.catalog.all_chunk_ids()
    dense = Dense()
    dense.update(ids[:30], corpus_index.vectors.vectors_of)
    assert sorted(dense.ids) == sorted(ids[:30]) and dense.matrix.shape == (30, 384)
    dense.update(ids[10:], corpus_index.vectors.vectors_of)  # 10 removed, the rest fetched
    assert sorted(dense.ids) == sorted(ids[10:]) and dense.matrix.shape[0] == len(ids) - 10
    full = corpus_index.dense
    row = {c: i for i, c in enumerate(full.ids)}
    for i, cid in enumerate(dense.ids):
        assert np.allclose(dense.matrix[i], full.matrix[row[cid]], atol=1e-6)
    dense.update([], corpus_index.vectors.vectors_of)
    assert dense.ids == [] and dense.search([0.1] * 384, 5) == []


def test_the_vectors_are_kept_beside_the_store_and_caught_up(corpus_index, tmp_path):
    ids = corpus_index.catalog.all_chunk_ids()
    path = tmp_path / "dense.npz"
    first = Dense.cached(path, 1, lambda: ids[:40], corpus_index.vectors.vectors_of)
    assert sorted(first.ids) == sorted(ids[:40]) and path.exists()

    def no_fetch(want):
        assert not want, "the same generation is read back from the file"
        return [], [], []

    again = Dense.cached(path, 1, lambda: ids, no_fetch)
    assert again.ids == first.ids and np.array_equal(again.matrix, first.matrix)
    later = Dense.cached(path, 2, lambda: ids[10:], corpus_index.vectors.vectors_of)  # 10 removed, the rest fetched
    assert sorted(later.ids) == sorted(ids[10:]) and later.generation == 2
    path.write_bytes(b"not a numpy file")
    assert sorted(Dense.cached(path, 3, lambda: ids, corpus_index.vectors.vectors_of).ids) == sorted(ids)
