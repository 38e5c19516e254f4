"""The knowledge index's bookkeeping: documents and their chunks (vectors live in Chroma)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class KnowledgeDocument(SQLModel, table=True):
    __tablename__ = "knowledge_document"

    path: str = Field(primary_key=True)  # as given to ingest
    content_hash: str
    title: str
    lang: str  # zh | en | mixed
    effective_date: str | None = None
    scope: str = "all"  # all | role:hrbp,hr_admin | unit:D-hr,...
    chunks: int = 0
    size: int = 0
    status: str = "pending"  # pending (being written) | indexed
    ingested_at: datetime | None = None
    index_format: int = (
        0  # the INDEX_FORMAT its chunks were made by (assistant/knowledge/ingest.py); 0 before v9
    )


class KnowledgeChunk(SQLModel, table=True):
    __tablename__ = "knowledge_chunk"

    id: str = Field(primary_key=True)
    document_path: str = Field(foreign_key="knowledge_document.path", index=True)
    ordinal: int
    heading: str = ""
    text: str
    lang: str
    tokens: int
    start: int
    end: int
