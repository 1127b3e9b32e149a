"""Work strands, consultations and their questions: content written per age band.

Text columns hold a mapping of age band to wording (`{"younger": ..., "middle": ...}`),
because wording is written per band, never generated.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base
from consult.vocab import AGE_BANDS

BandText = dict[str, str]


def for_band(text: BandText | None, band: str) -> str:
    """The wording for a band, falling back to the nearest older band's wording."""
    if not text:
        return ""
    order = AGE_BANDS[AGE_BANDS.index(band) :] + AGE_BANDS[: AGE_BANDS.index(band)][::-1]
    return next((text[b] for b in order if text.get(b)), "")


class WorkStrand(Base):
    __tablename__ = "work_strand"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int]
    explain: Mapped[BandText] = mapped_column(JSON)

    consultations: Mapped[list[Consultation]] = relationship(back_populates="strand")


class Consultation(Base):
    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    strand_id: Mapped[int] = mapped_column(ForeignKey("work_strand.id"))
    status: Mapped[str] = mapped_column(String(20))
    title: Mapped[BandText] = mapped_column(JSON)
    summary: Mapped[BandText] = mapped_column(JSON)
    intro: Mapped[BandText] = mapped_column(JSON)
    you_said_we_did: Mapped[str | None] = mapped_column(Text)
    # The day staff closed it: free text is purged a retention period after this.
    closed_on: Mapped[date | None] = mapped_column(Date)

    strand: Mapped[WorkStrand] = relationship(back_populates="consultations")
    questions: Mapped[list[Question]] = relationship(
        back_populates="consultation", order_by="Question.position", cascade="all, delete-orphan"
    )

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def questions_for(self, band: str) -> list[Question]:
        return [q for q in self.questions if band in q.bands]


class Question(Base):
    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("consultation_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"))
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    bands: Mapped[list[str]] = mapped_column(JSON)
    text: Mapped[BandText] = mapped_column(JSON)
    hint: Mapped[BandText | None] = mapped_column(JSON)
    scale_words: Mapped[dict[str, list[str]] | None] = mapped_column(JSON)

    consultation: Mapped[Consultation] = relationship(back_populates="questions")
    options: Mapped[list[Option]] = relationship(
        back_populates="question", order_by="Option.position", cascade="all, delete-orphan"
    )


class Option(Base):
    __tablename__ = "option"
    __table_args__ = (UniqueConstraint("question_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"))
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int]
    text: Mapped[BandText] = mapped_column(JSON)

    question: Mapped[Question] = relationship(back_populates="options")
