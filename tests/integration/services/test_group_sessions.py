"""A flag raised in a group session reaches that session's facilitator as an alert."""

import dataclasses

import pytest
from sqlalchemy import select

from consult.models import Consultation, Draft, Flag, Response
from consult.services import NotFound
from consult.services.drafts import save_answer, start_draft
from consult.services.group_sessions import (
    close_group_session,
    find_open_group_session,
    open_group_session,
    responses_in,
    session_alerts,
)
from consult.services.responses import submit_draft
from consult.services.safeguarding import review_flag
from consult.services.staff import add_staff
from tests.journey import Journey

DISCLOSURE = "my stepdad hits me and i am scared to go home tonight"


def _consultation(db_session):
    return db_session.scalars(
        select(Consultation).where(Consultation.slug == "test-every-kind")
    ).one()


def _text_question(consultation):
    return next(q for q in consultation.questions if q.kind == "text")


@pytest.fixture
def group(db_session):
    facilitator = add_staff(db_session, "fac@example.org", "Ali", "facilitator", "long passphrase")
    return open_group_session(db_session, _consultation(db_session), facilitator)


def test_join_code_is_short_and_forgiving_to_type(db_session, group):
    assert len(group.join_code) == 6
    typed = " ".join(group.join_code.lower())
    assert find_open_group_session(db_session, typed) is group
    close_group_session(db_session, group)
    with pytest.raises(NotFound):
        find_open_group_session(db_session, group.join_code)


def test_flag_in_a_session_alerts_its_facilitator_without_the_text(db_session, group):
    consultation = _consultation(db_session)
    draft = start_draft(db_session, consultation, "middle", "en", 120, group_session=group).draft
    assert save_answer(db_session, draft, _text_question(consultation), DISCLOSURE)

    [alert] = session_alerts(db_session, group)
    assert {"abuse", "danger"} <= set(alert.categories)
    assert alert.question == _text_question(consultation)
    assert "text" not in {f.name for f in dataclasses.fields(alert)}

    submit_draft(db_session, draft)
    response = db_session.scalars(select(Response)).one()
    assert response.session_id == group.id and responses_in(db_session, group) == 1
    flag = db_session.scalars(select(Flag)).one()
    assert flag.session_id == group.id and flag.response_id == response.id

    lead = add_staff(db_session, "lead@example.org", "Sam", "safeguarding_lead", "long passphrase")
    review_flag(db_session, flag.id, lead, "Spoke with the facilitator")
    assert session_alerts(db_session, group) == []


def test_flags_from_outside_the_session_raise_no_alert(db_session, group):
    consultation = _consultation(db_session)
    draft = start_draft(db_session, consultation, "older", "en", 120).draft
    assert save_answer(db_session, draft, _text_question(consultation), DISCLOSURE)
    assert session_alerts(db_session, group) == []


def test_support_page_names_the_adult_in_the_room_only_in_a_session(client, db_session, group):
    journey = Journey(client)
    journey.start("middle")
    alone = client.follow(journey.answer(4, {"answer": DISCLOSURE})).text()
    assert "The adult running this session is here for you" not in alone

    db_session.scalars(select(Draft)).one().session_id = group.id
    db_session.commit()
    in_room = client.follow(journey.answer(4, {"answer": DISCLOSURE}, change=True)).text()
    assert "The adult running this session is here for you" in in_room


def test_safeguarding_lead_sees_which_session_a_flag_came_from(client, db_session, group):
    consultation = _consultation(db_session)
    draft = start_draft(db_session, consultation, "older", "en", 120, group_session=group).draft
    save_answer(db_session, draft, _text_question(consultation), DISCLOSURE)
    add_staff(db_session, "lead@example.org", "Sam", "safeguarding_lead", "long passphrase")
    page = client.get("/staff/sign-in")
    client.post(
        "/staff/sign-in",
        data={
            "csrf_token": page.csrf(),
            "email": "lead@example.org",
            "password": "long passphrase",
        },
    )
    flags = client.get("/staff/safeguarding/test-every-kind").text()
    assert f"group session {group.join_code}" in flags
