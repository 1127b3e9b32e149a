import pytest
from sqlalchemy import func, select

from consult.models import Consultation, Response
from consult.services import DraftGone, InvalidAnswer
from consult.services.drafts import save_answer, start_draft
from consult.services.responses import record_response, submit_draft


def _consultation(db_session):
    return db_session.scalars(
        select(Consultation).where(Consultation.slug == "test-every-kind")
    ).one()


def test_a_draft_is_submitted_at_most_once(db_session):
    consultation = _consultation(db_session)
    draft = start_draft(db_session, consultation, "middle", "en", 120).draft
    save_answer(db_session, draft, consultation.questions[0], "family")
    submit_draft(db_session, draft)
    with pytest.raises(DraftGone):
        submit_draft(db_session, draft)
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1


def test_group_and_paper_answers_are_checked_like_online_ones(db_session):
    consultation = _consultation(db_session)
    single = consultation.questions[0]
    with pytest.raises(InvalidAnswer):
        record_response(
            db_session,
            consultation,
            {single: "not-an-option"},
            age_band="older",
            language="en",
            channel="paper",
        )
    with pytest.raises(InvalidAnswer):
        record_response(
            db_session,
            consultation,
            {single: "family"},
            age_band="older",
            language="en",
            channel="carrier-pigeon",
        )


def test_free_text_from_any_channel_is_scrubbed_before_storage(db_session):
    consultation = _consultation(db_session)
    text = next(q for q in consultation.questions if q.kind == "text")
    record_response(
        db_session,
        consultation,
        {text: "email me at sam.jones@example.com"},
        age_band="older",
        language="en",
        channel="group",
    )
    db_session.commit()
    stored = db_session.scalars(select(Response)).one().answers[0].text
    assert "sam.jones@example.com" not in stored and "[email]" in stored
