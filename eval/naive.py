"""The baselines a user would otherwise pick, all over the same naive passages: RecursiveCharacterTextSplitter
1000/200 + Chroma (through langchain-chroma) + the same embedder + top-k similarity ("naive"); plain BM25 on
diacritics-folded syllables of the whole question ("bm25-plain"); and the generic reciprocal-rank fusion of the
two, k=60, equal weights ("rrf"). Answered by the same answerer."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.types import Hit
from ingest.records import Chunk
from ingest.vn import fold


class NaiveRAG:
    """Indexes the catalog's original texts the naive way; `search` returns Hits the answerers understand."""

    def __init__(self, index, persist_dir: Path):
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.index = index
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        self.store = Chroma(collection_name="naive", embedding_function=index.embeddings,
                            persist_directory=str(persist_dir))
        if not self.store.get(limit=1)["ids"]:
            texts, metas = [], []
            for notice in index.catalog.notices():
                doc = index.catalog.document(notice.id)
                for i, part in enumerate(splitter.split_text(doc[0] if doc else "")):
                    texts.append(part)
                    metas.append({"notice_id": notice.id, "ord": i})
            self.store.add_texts(texts, metadatas=metas)

        self._bm25 = None

    def _hit(self, notice_id: str, ord_: int, text: str, score: float, rank: int, dense: float = 0.0) -> Hit | None:
        n = self.index.notices().get(notice_id)
        if n is None:
            return None
        chunk = Chunk(id=f"naive:{n.id}:{ord_}", notice_id=n.id, ord=ord_, text=text)
        return Hit(chunk, n, score, dense_rank=rank, dense_score=dense)

    def search(self, query: str, k: int = 8) -> list[Hit]:
        out = []
        for rank, (doc, score) in enumerate(self.store.similarity_search_with_score(query, k=k)):
            hit = self._hit(doc.metadata["notice_id"], doc.metadata["ord"], doc.page_content, 1.0 / (1 + rank), rank,
                            1.0 - float(score))
            if hit:
                out.append(hit)
        return out

    def bm25(self, query: str, k: int = 8) -> list[Hit]:
        """Plain BM25 (k1 1.2, b 0.75) over the same passages, on diacritics-folded syllables."""
        import numpy as np

        if self._bm25 is None:
            from scipy import sparse

            got = self.store.get(include=["documents", "metadatas"])
            vocab: dict[str, int] = {}
            rows, cols = [], []
            for r, text in enumerate(got["documents"]):
                for w in re.findall(r"\w+", fold(text)):
                    rows.append(r)
                    cols.append(vocab.setdefault(w, len(vocab)))
            tf = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(got["ids"]), len(vocab)))
            tf.sum_duplicates()
            coo = tf.tocoo()
            n = tf.shape[0]
            df = np.bincount(coo.col, minlength=tf.shape[1])
            idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
            length = np.asarray(tf.sum(axis=1)).ravel()
            norm = 1.2 * (0.25 + 0.75 * length[coo.row] / length.mean())
            w = idf[coo.col] * coo.data * 2.2 / (coo.data + norm)
            self._bm25 = (sparse.csc_matrix((w, (coo.row, coo.col)), shape=tf.shape), vocab, got)
        matrix, vocab, got = self._bm25
        cols = [vocab[w] for w in set(re.findall(r"\w+", fold(query))) if w in vocab]
        if not cols:
            return []
        scores = np.asarray(matrix[:, cols].sum(axis=1)).ravel()
        out = []
        for rank, r in enumerate(np.argsort(-scores)[:k]):
            if scores[r] <= 0:
                break
            md = got["metadatas"][r]
            hit = self._hit(md["notice_id"], md["ord"], got["documents"][r], float(scores[r]), rank)
            if hit:
                out.append(hit)
        return out

    def rrf(self, query: str, k: int = 8, pool: int = 100) -> list[Hit]:
        """Reciprocal-rank fusion (k=60) of `search` and `bm25`, equal weights."""
        fused: dict[str, float] = {}
        hits: dict[str, Hit] = {}
        for ranking in (self.search(query, pool), self.bm25(query, pool)):
            for rank, h in enumerate(ranking):
                fused[h.chunk.id] = fused.get(h.chunk.id, 0.0) + 1.0 / (60 + rank + 1)
                hits.setdefault(h.chunk.id, h)
        return [hits[c] for c in sorted(fused, key=lambda c: -fused[c])[:k]]
