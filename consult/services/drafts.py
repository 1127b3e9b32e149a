"""Answers in progress: started, saved page by page, and forgotten when idle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from consult.models import Consultation, Draft, GroupSession, Question
from consult.services import ConsultationClosed, DraftGone
from consult.services.answers import clean_answer
from consult.services.safeguarding import raise_flag_if_disclosed
from consult.services.tokens import digest, new_token
from consult.vocab import AGE_BANDS


@dataclass(frozen=True)
class StartedDraft:
    token: str  # goes in the session cookie; only its hash is stored
    draft: Draft


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _expiry(idle_minutes: int) -> datetime:
    # Kept to the minute: enough to forget the draft on time, and no finer.
    return (_now() + timedelta(minutes=idle_minutes)).replace(second=0, microsecond=0)


def start_draft(
    session: Session,
    consultation: Consultation,
    age_band: str,
    language: str,
    idle_minutes: int,
    group_session: GroupSession | None = None,
) -> StartedDraft:
    if not consultation.is_open:
        raise ConsultationClosed(consultation.slug)
    if age_band not in AGE_BANDS:
        raise ValueError(age_band)
    if group_session is not None and group_session.consultation_id != consultation.id:
        raise ValueError("group session of another consultation")
    token = new_token()
    draft = Draft(
        token_hash=digest(token),
        consultation_id=consultation.id,
        age_band=age_band,
        language=language,
        session_id=group_session.id if group_session else None,
        answers={},
        flags={},
        expires_at=_expiry(idle_minutes),
    )
    session.add(draft)
    session.commit()
    return StartedDraft(token, draft)


def find_draft(session: Session, token: str | None, idle_minutes: int) -> Draft:
    """The live draft for a token, its idle clock restarted; DraftGone if there is none."""
    if not token:
        raise DraftGone()
    draft = session.get(Draft, digest(token))
    if draft is None or draft.expires_at < _now():
        raise DraftGone()
    expiry = _expiry(idle_minutes)
    if draft.expires_at != expiry:
        draft.expires_at = expiry
        session.commit()
    return draft


def save_answer(session: Session, draft: Draft, question: Question, value: Any) -> bool:
    """Keep one answer in the draft (cleaned and scrubbed), or forget it when skipped.

    Free text is screened as written; returns True when it raised a safeguarding flag,
    so the next page can offer help.
    """
    cleaned = clean_answer(question, value)
    key = str(question.id)
    answers = dict(draft.answers)
    if cleaned is None:
        answers.pop(key, None)
    else:
        answers[key] = cleaned
    draft.answers = answers
    flag = None
    if question.kind == "text" and cleaned:
        flag = raise_flag_if_disclosed(
            session,
            draft.consultation_id,
            question,
            draft.age_band,
            value,
            str(cleaned),
            existing_flag_id=draft.flags.get(key),
            session_id=draft.session_id,
        )
        if flag is not None:
            draft.flags = {**draft.flags, key: flag.id}
    session.commit()
    return flag is not None


def save_consent(session: Session, draft: Draft, consent: bool | None) -> None:
    draft.consent_to_quote = consent
    session.commit()


def update_draft_choices(session: Session, draft: Draft, age_band: str, language: str) -> None:
    if age_band not in AGE_BANDS:
        raise ValueError(age_band)
    draft.age_band = age_band
    draft.language = language
    session.commit()


def purge_expired_drafts(session: Session) -> int:
    """Delete drafts left idle past their expiry; return how many went."""
    result = session.execute(delete(Draft).where(Draft.expires_at < _now()))
    session.commit()
    return int(getattr(result, "rowcount", 0) or 0)


def draft_answer(draft: Draft, question: Question) -> Any:
    return draft.answers.get(str(question.id))
