"""Answers in progress, kept server-side under a random token until submission.

The token travels in the session cookie; the table holds only its hash, so a copy of
the database cannot be used to step into someone's unfinished answers. A draft is
deleted when it is submitted and forgotten after a couple of idle hours.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base
from consult.models.content import Consultation


class Draft(Base):
    __tablename__ = "draft"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"))
    age_band: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(10))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("group_session.id"))
    # {question id (as text): value}; free text is scrubbed before it is put here.
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # {question id (as text): flag id} for answers the disclosure screen caught.
    flags: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    consent_to_quote: Mapped[bool | None]
    # Naive UTC, to the minute: enough to expire it, no finer.
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)

    consultation: Mapped[Consultation] = relationship()
