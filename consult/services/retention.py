"""Close consultations and, once their retention period is over, forget the free text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from consult.models import Answer, Consultation, Flag, Question
from consult.services import DomainError

DEFAULT_RETENTION_DAYS = 730  # two years after a consultation closes


def close_consultation(
    session: Session, consultation: Consultation, today: date | None = None
) -> None:
    if consultation.status != "open":
        raise DomainError(f"{consultation.slug} is {consultation.status}, not open")
    consultation.status, consultation.closed_on = "closed", today or date.today()
    session.commit()


@dataclass(frozen=True)
class PurgeReport:
    consultations: list[str]
    answers: int
    flags: int


def purge_free_text(
    session: Session, retention_days: int = DEFAULT_RETENTION_DAYS, today: date | None = None
) -> PurgeReport:
    """Delete free-text answers and reviewed flags of consultations closed before the cut-off.

    Choice answers stay, so counts and the published analysis still stand. Flags not yet
    reviewed are kept: a disclosure is never deleted before someone has seen it.
    """
    cutoff = (today or date.today()) - timedelta(days=retention_days)
    expired = list(
        session.scalars(
            select(Consultation).where(
                Consultation.closed_on.is_not(None), Consultation.closed_on < cutoff
            )
        )
    )
    ids = [c.id for c in expired]
    if not ids:
        return PurgeReport([], 0, 0)
    text_questions = select(Question.id).where(
        Question.consultation_id.in_(ids), Question.kind == "text"
    )
    answers = session.execute(delete(Answer).where(Answer.question_id.in_(text_questions)))
    flags = session.execute(
        delete(Flag).where(Flag.consultation_id.in_(ids), Flag.reviewed.is_(True))
    )
    session.commit()
    return PurgeReport(
        [c.slug for c in expired],
        int(getattr(answers, "rowcount", 0) or 0),
        int(getattr(flags, "rowcount", 0) or 0),
    )
