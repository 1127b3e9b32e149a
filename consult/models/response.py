"""A young person's (or a group's) submission and its answers.

Anonymous by construction: a response holds its consultation, age band, language,
channel and the ISO week it arrived, and nothing else about who or when. Ids are random
and, on SQLite, the tables are WITHOUT ROWID so even the file's physical order follows
the random id rather than arrival.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base


class Response(Base):
    __tablename__ = "response"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    age_band: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(10))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("group_session.id"), index=True)
    week: Mapped[str] = mapped_column(String(8))  # ISO week, "2026-W48": never finer
    # Only the quotes of young people who said yes may ever be shown; no answer means no.
    consent_to_quote: Mapped[bool]
    # The receipt code is shown once and kept only as a hash, so the database alone
    # cannot be used to withdraw or look up anyone's answers.
    receipt_hash: Mapped[str] = mapped_column(String(64), unique=True)

    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(Base):
    """One stored value: a chosen option, a scale point, a rank, or scrubbed free text."""

    __tablename__ = "answer"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    response_id: Mapped[str] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    option_id: Mapped[int | None] = mapped_column(ForeignKey("option.id"))
    value: Mapped[int | None]  # scale point 1-5, or rank 1-5 of option_id
    text: Mapped[str | None] = mapped_column(Text)  # always scrubbed before it gets here

    response: Mapped[Response] = relationship(back_populates="answers")
