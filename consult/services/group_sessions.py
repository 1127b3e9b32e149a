"""Group sessions: open one for a room, find it by its join code, and alert its facilitator.

The facilitator's live view learns that an answer in their session was flagged (which
question, which kinds of harm) so they can check on the room at once. It never gets the
answer's text: in a room of 25 the words could point to one young person, and reading
them is the safeguarding lead's job, in a view that is audit-logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult.models import Consultation, Flag, GroupSession, Question, Response, StaffUser
from consult.services import ConsultationClosed, NotFound
from consult.services.tokens import new_join_code, normalise_join_code


def open_group_session(
    session: Session, consultation: Consultation, facilitator: StaffUser, mode: str = "devices"
) -> GroupSession:
    if not consultation.is_open:
        raise ConsultationClosed(consultation.slug)
    if mode not in ("devices", "facilitator"):
        raise ValueError(mode)
    code = new_join_code()
    while session.scalar(select(GroupSession.id).where(GroupSession.join_code == code)):
        code = new_join_code()
    group = GroupSession(
        consultation_id=consultation.id, facilitator_id=facilitator.id, join_code=code, mode=mode
    )
    session.add(group)
    session.commit()
    return group


def find_open_group_session(session: Session, typed_code: str) -> GroupSession:
    """The open session a join code names, however it was typed; NotFound otherwise."""
    group = session.scalar(
        select(GroupSession).where(GroupSession.join_code == normalise_join_code(typed_code))
    )
    if group is None or not group.is_open or not group.consultation.is_open:
        raise NotFound("group session")
    return group


def close_group_session(session: Session, group: GroupSession) -> None:
    group.is_open = False
    session.commit()


@dataclass(frozen=True)
class SessionAlert:
    """What the facilitator's live view shows of a flag: never the text."""

    flag_id: str
    question: Question
    age_band: str
    categories: tuple[str, ...]


def session_alerts(session: Session, group: GroupSession) -> list[SessionAlert]:
    """Flags raised in this session that no safeguarding lead has reviewed yet."""
    flags = session.scalars(
        select(Flag).where(Flag.session_id == group.id, Flag.reviewed.is_(False)).order_by(Flag.id)
    )
    return [
        SessionAlert(flag.id, flag.question, flag.age_band, tuple(flag.category_list))
        for flag in flags
    ]


def responses_in(session: Session, group: GroupSession) -> int:
    """How many responses the session has; shown only through consult.privacy."""
    return (
        session.scalar(
            select(func.count()).select_from(Response).where(Response.session_id == group.id)
        )
        or 0
    )
