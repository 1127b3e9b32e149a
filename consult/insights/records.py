"""Read a consultation's free-text answers as `analysis.Record`s.

Only what theming needs leaves the database: scrubbed text, the question, age band,
language, strand and whether the young person agreed to be quoted.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis import AGE_BANDS, Record
from consult.models import Answer, Consultation, Question, Response
from consult.models.content import for_band


def free_text_records(session: Session, consultation: Consultation) -> Iterator[Record]:
    """Stream every free-text answer of a consultation, question by question."""
    rows = session.execute(
        select(
            Answer.text,
            Question.text,
            Response.age_band,
            Response.language,
            Response.consent_to_quote,
        )
        .join(Question, Answer.question_id == Question.id)
        .join(Response, Answer.response_id == Response.id)
        .where(Question.consultation_id == consultation.id, Answer.text.is_not(None))
        .order_by(Question.position, Answer.id)
        .execution_options(yield_per=2000)
    )
    for text, question_text, age_band, language, consent in rows:
        yield Record(
            text=text or "",
            question=for_band(question_text, "older"),
            age_band=age_band if age_band in AGE_BANDS else None,
            language=language,
            strand=consultation.strand.slug,
            consent=consent,
        )
