"""Raise, show and review safeguarding flags.

Every free-text answer, from any channel, is screened here. A hit becomes a Flag at
once, so it reaches the safeguarding lead (and, in a group session, the facilitator)
whether or not the young person ever presses Send.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult.models import Consultation, Flag, Question, StaffUser
from consult.safeguarding import screen
from consult.services import NotFound
from consult.services.audit import record_event
from consult.services.tokens import new_id
from consult.services.weeks import iso_week


def raise_flag_if_disclosed(
    session: Session,
    consultation_id: int,
    question: Question,
    age_band: str,
    raw_text: str,
    scrubbed_text: str,
    existing_flag_id: str | None = None,
    session_id: int | None = None,
) -> Flag | None:
    """Screen the text as written (before scrubbing) and keep a flag with the scrubbed text.

    When the same question was flagged before and not yet reviewed, that flag is updated
    rather than a second one raised; a reviewed flag is never rewritten. An answer given
    in a group session carries its `session_id`, so the facilitator's live view can alert.
    """
    result = screen(raw_text)
    if not result.flagged:
        return None
    flag = session.get(Flag, existing_flag_id) if existing_flag_id else None
    if flag is None or flag.reviewed:
        flag = Flag(
            id=new_id(),
            consultation_id=consultation_id,
            question_id=question.id,
            age_band=age_band,
            session_id=session_id,
            week=iso_week(),
        )
        session.add(flag)
    flag.text = scrubbed_text
    flag.categories = ",".join(sorted(result.categories))
    return flag


@dataclass(frozen=True)
class QueueRow:
    consultation: Consultation
    waiting: int
    reviewed: int


def flag_queue(session: Session) -> list[QueueRow]:
    """Consultations with flags, most waiting first."""
    counts = session.execute(
        select(Flag.consultation_id, Flag.reviewed, func.count()).group_by(
            Flag.consultation_id, Flag.reviewed
        )
    ).all()
    totals: dict[int, list[int]] = {}
    for consultation_id, reviewed, count in counts:
        totals.setdefault(consultation_id, [0, 0])[1 if reviewed else 0] += count
    rows = [
        QueueRow(session.get_one(Consultation, cid), waiting, done)
        for cid, (waiting, done) in totals.items()
    ]
    return sorted(rows, key=lambda row: (-row.waiting, row.consultation.slug))


def flags_for(session: Session, consultation: Consultation, viewer: StaffUser) -> list[Flag]:
    """The consultation's flags, waiting first; within waiting and within reviewed, danger
    first, then the newest week. The view itself is audit-logged."""
    flags = sorted(
        session.scalars(
            select(Flag)
            .where(Flag.consultation_id == consultation.id)
            .order_by(Flag.reviewed, Flag.week.desc(), Flag.id)
        ),
        # a stable sort keeps the newest-week order within each group
        key=lambda flag: (flag.reviewed, "danger" not in flag.category_list),
    )
    record_event(session, viewer, "view_flags", f"consultation {consultation.slug} ({len(flags)})")
    session.commit()
    return flags


def review_flag(session: Session, flag_id: str, viewer: StaffUser, note: str) -> Flag:
    flag = session.get(Flag, flag_id)
    if flag is None:
        raise NotFound("flag")
    flag.reviewed, flag.review_note, flag.reviewed_by_id = True, note.strip() or None, viewer.id
    record_event(session, viewer, "review_flag", f"flag {flag.id}")
    session.commit()
    return flag
