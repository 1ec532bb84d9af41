"""The baseline a user would otherwise pick: RecursiveCharacterTextSplitter 1000/200 + Chroma (through
langchain-chroma) + the same embedder + top-k similarity, answered by the same answerer."""

from __future__ import annotations

from pathlib import Path

from assistant.types import Hit
from ingest.records import Chunk


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

    def search(self, query: str, k: int = 8) -> list[Hit]:
        notices = self.index.notices()
        out = []
        for rank, (doc, score) in enumerate(self.store.similarity_search_with_score(query, k=k)):
            n = notices.get(doc.metadata["notice_id"])
            if n is None:
                continue
            chunk = Chunk(id=f"naive:{n.id}:{doc.metadata['ord']}", notice_id=n.id, ord=doc.metadata["ord"],
                          text=doc.page_content)
            out.append(Hit(chunk, n, 1.0 / (1 + rank), dense_rank=rank, dense_score=1.0 - float(score)))
        return out
