"""Safeguarding flags: free-text answers the disclosure screen caught.

A flag is raised the moment the answer is given, before the young person sends
anything, so a disclosure is never lost because a page was closed. It holds the scrubbed
text, never the original, and the week, never the time.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consult.db import Base
from consult.models.content import Consultation, Question
from consult.models.group_session import GroupSession
from consult.models.staff import StaffUser


class Flag(Base):
    __tablename__ = "flag"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"))
    # Set once the answers are sent; cleared (not deleted) on withdrawal, because a
    # disclosure must still reach the safeguarding lead.
    response_id: Mapped[str | None] = mapped_column(
        ForeignKey("response.id", ondelete="SET NULL"), index=True
    )
    age_band: Mapped[str] = mapped_column(String(10))
    # The group session it was given in, if any: the facilitator's live view alerts on it.
    session_id: Mapped[int | None] = mapped_column(ForeignKey("group_session.id"), index=True)
    text: Mapped[str] = mapped_column(Text)  # scrubbed
    categories: Mapped[str] = mapped_column(String(200))  # comma-separated, sorted
    week: Mapped[str] = mapped_column(String(8))
    reviewed: Mapped[bool] = mapped_column(default=False)
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))

    consultation: Mapped[Consultation] = relationship()
    question: Mapped[Question] = relationship()
    reviewed_by: Mapped[StaffUser | None] = relationship()
    group_session: Mapped[GroupSession | None] = relationship()

    @property
    def category_list(self) -> list[str]:
        return self.categories.split(",") if self.categories else []
