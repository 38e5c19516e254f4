"""Drafts sent by e-mail: who sent which draft to whom and when (never the text)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class SendLog(SQLModel, table=True):
    __tablename__ = "send_log"

    draft: str = Field(primary_key=True)  # the draft's digest (X-HR-Assistant-Draft)
    recipient_id: str = Field(primary_key=True)  # an employee id: addresses come from the HRIS only
    sent_by: str = Field(index=True)
    sent_at: datetime
    subject: str
