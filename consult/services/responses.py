"""Record, look up and withdraw responses.

Online, group and paper answers all pass through `record_response`, so cleaning and
scrubbing happen in exactly one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from consult.models import Answer, Consultation, Draft, Flag, Question, Response
from consult.services import ConsultationClosed, DraftGone, InvalidAnswer, NotFound
from consult.services.answers import clean_answer
from consult.services.safeguarding import raise_flag_if_disclosed
from consult.services.tokens import digest, new_id, new_receipt_code, normalise_receipt_code
from consult.services.weeks import iso_week
from consult.vocab import AGE_BANDS, CHANNELS


@dataclass(frozen=True)
class Receipt:
    code: str  # shown to the young person once, never stored


def record_response(
    session: Session,
    consultation: Consultation,
    answers: Mapping[Question, Any],
    *,
    age_band: str,
    language: str,
    channel: str,
    consent_to_quote: bool = False,
    flags: Mapping[str, str] | None = None,
    session_id: int | None = None,
) -> Receipt:
    """Store one response and its answers; the caller commits.

    Refuses a consultation that is not open, an unknown band or channel, and any answer
    that is not valid for its question. Every free-text answer is screened for
    disclosures, except those already flagged while the answers were in progress
    (`flags`: question id as text -> flag id), which are linked to the response instead.
    """
    if not consultation.is_open:
        raise ConsultationClosed(consultation.slug)
    if age_band not in AGE_BANDS or channel not in CHANNELS:
        raise InvalidAnswer("unknown age band or channel")
    code = new_receipt_code()
    response = Response(
        id=new_id(),
        consultation_id=consultation.id,
        age_band=age_band,
        language=language,
        channel=channel,
        session_id=session_id,
        week=iso_week(),
        consent_to_quote=bool(consent_to_quote),
        receipt_hash=digest(code),
    )
    session.add(response)
    flags = flags or {}
    for question, value in answers.items():
        if question.consultation_id != consultation.id:
            raise InvalidAnswer("question from another consultation")
        cleaned = clean_answer(question, value)
        response.answers.extend(_answer_rows(question, cleaned))
        if question.kind == "text" and cleaned and str(question.id) not in flags:
            flag = raise_flag_if_disclosed(
                session,
                consultation.id,
                question,
                age_band,
                str(value),
                str(cleaned),
                session_id=session_id,
            )
            if flag is not None:
                flag.response_id = response.id
    if flags:
        session.flush()
        session.execute(
            update(Flag).where(Flag.id.in_(flags.values())).values(response_id=response.id)
        )
    return Receipt(code)


def _answer_rows(question: Question, value: Any) -> list[Answer]:
    if value is None:
        return []
    option_ids = {option.key: option.id for option in question.options}
    if question.kind == "single":
        return [Answer(id=new_id(), question_id=question.id, option_id=option_ids[value])]
    if question.kind == "multiple":
        return [
            Answer(id=new_id(), question_id=question.id, option_id=option_ids[k]) for k in value
        ]
    if question.kind == "ranking":
        return [
            Answer(id=new_id(), question_id=question.id, option_id=option_ids[key], value=rank)
            for rank, key in enumerate(value, start=1)
        ]
    if question.kind == "scale":
        return [Answer(id=new_id(), question_id=question.id, value=value)]
    return [Answer(id=new_id(), question_id=question.id, text=value)]


def submit_draft(session: Session, draft: Draft) -> Receipt:
    """Turn a draft into a response exactly once.

    The draft row is deleted in the same transaction that stores the response, and only
    the request whose delete removed it goes on: a double tap, a reload or a resubmit
    after Back finds no draft and stores nothing more.
    """
    consultation = draft.consultation
    questions = {str(q.id): q for q in consultation.questions_for(draft.age_band)}
    answers = {questions[qid]: value for qid, value in draft.answers.items() if qid in questions}
    deleted = session.execute(delete(Draft).where(Draft.token_hash == draft.token_hash))
    if getattr(deleted, "rowcount", 0) != 1:
        session.rollback()
        raise DraftGone()
    receipt = record_response(
        session,
        consultation,
        answers,
        age_band=draft.age_band,
        language=draft.language,
        channel="online",
        consent_to_quote=bool(draft.consent_to_quote),
        flags=draft.flags,
        session_id=draft.session_id,
    )
    session.commit()
    return receipt


def find_by_receipt(session: Session, typed_code: str) -> Response:
    code = normalise_receipt_code(typed_code)
    response = code and session.scalar(
        select(Response).where(Response.receipt_hash == digest(code))
    )
    if not response:
        raise NotFound("receipt")
    return response


def withdraw_response(session: Session, typed_code: str) -> Consultation:
    """Delete every answer given under a receipt code, while the consultation is open."""
    response = find_by_receipt(session, typed_code)
    consultation = session.get_one(Consultation, response.consultation_id)
    if not consultation.is_open:
        raise ConsultationClosed(consultation.slug)
    session.delete(response)
    session.commit()
    return consultation
