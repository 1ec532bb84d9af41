"""Exact dense search over the chunk vectors held beside the vector store (real corpus, real e5 vectors)."""

from __future__ import annotations

import numpy as np

from assistant.store.dense import Dense, Segments

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


def test_dense_rows_follow_the_catalog_through_segments(corpus_index, tmp_path):
    ids, vectors, parts = corpus_index.vectors.vectors_of(corpus_index.catalog.all_chunk_ids())
    segs = Segments(tmp_path / "dense")
    segs.write(ids[:30], vectors[:30], parts[:30])
    dense = Dense(segs)

    def no_fetch(want):
        raise AssertionError(f"every chunk is in a segment, yet {len(want)} were fetched")

    dense.refresh(ids[:30], no_fetch)
    assert sorted(dense.ids) == sorted(ids[:30]) and dense.matrix.shape == (30, 384)
    segs.write(ids[30:], vectors[30:], parts[30:])  # another process's ingest
    dense.refresh(ids[10:], no_fetch)  # 10 removed from the catalog, the new segment read
    assert sorted(dense.ids) == sorted(ids[10:]) and dense.matrix.shape[0] == len(ids) - 10
    full = corpus_index.dense
    row = {c: i for i, c in enumerate(full.ids)}
    for i, cid in enumerate(dense.ids):
        assert np.allclose(dense.matrix[i], full.matrix[row[cid]], atol=1e-6)
        assert dense.content[i] == full.content[row[cid]]
    dense.refresh([], no_fetch)
    assert dense.ids == [] and dense.search([0.1] * 384, 5) == []


def test_writers_merge_segments_and_drop_dead_rows_readers_keep_up(corpus_index, tmp_path):
    ids, vectors, parts = corpus_index.vectors.vectors_of(corpus_index.catalog.all_chunk_ids())
    segs = Segments(tmp_path / "dense")
    reader = Dense(segs)
    for i in range(0, len(ids), 8):  # ingest batches of 8 chunks, merged as they come
        segs.write(ids[i:i + 8], vectors[i:i + 8], parts[i:i + 8])
        segs.merge(set(ids[:i + 8]))
        assert len(segs.names()) <= 2 + (i // 8 + 1).bit_length(), segs.names()  # O(log n) files
        reader.refresh(ids[:i + 8], lambda want: ([], [], []))
        assert sorted(reader.ids) == sorted(ids[:i + 8])
    assert segs.ids() == set(ids)
    keep = set(ids[len(ids) // 4:])  # a quarter removed: the dead rows go in one full merge
    segs.merge(keep)
    assert len(segs.names()) == 1 and segs.ids() == keep
    reader.refresh(sorted(keep), lambda want: ([], [], []))
    assert sorted(reader.ids) == sorted(keep)


def test_chunks_no_segment_holds_are_fetched_once_and_kept(corpus_index, tmp_path):
    ids = corpus_index.catalog.all_chunk_ids()
    segs = Segments(tmp_path / "dense")
    asked: list[int] = []

    def fetch(want):
        asked.append(len(want))
        return corpus_index.vectors.vectors_of(want)

    first = Dense(segs)
    first.refresh(ids, fetch)  # a data dir from before segments: fetched from the vector store, saved
    assert asked == [len(ids)] and segs.ids() == set(ids)
    again = Dense(segs)
    again.refresh(ids, fetch)
    assert asked == [len(ids)] and sorted(again.ids) == sorted(ids)
    (tmp_path / "dense" / segs.names()[0]).write_bytes(b"not a numpy file")
    third = Dense(segs)
    third.refresh(ids, fetch)  # an unreadable segment: its chunks fetched again
    assert asked == [len(ids), len(ids)] and sorted(third.ids) == sorted(ids)


def test_a_document_either_ranking_puts_first_stays_in_the_fused_top_ten(corpus_index):
    from assistant.retriever import KEPT_AT, Retriever, _keep_firsts

    order = [f"d{i}:0" for i in range(15)]
    kept = _keep_firsts(list(order), [{"d12:0": 0, "d1:0": 1}, {"d0:0": 0}])
    assert kept[KEPT_AT] == "d12:0" and sorted(kept) == sorted(order) and kept[:KEPT_AT] == order[:KEPT_AT]
    assert _keep_firsts(list(order), [{"d3:0": 0}]) == order
    r = Retriever(corpus_index)
    for query in QUERIES:
        fused = [h.notice.id for h in r.search(query, KEPT_AT + 1)]
        for mode in ("bm25", "dense"):
            assert r.search(query, 1, mode=mode)[0].notice.id in fused, (query, mode)
