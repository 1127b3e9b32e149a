"""A disclosure gets help at once, and reaches the safeguarding lead whatever happens next."""

from datetime import date, timedelta

from sqlalchemy import func, select

from consult.models import Answer, AuditEvent, Consultation, Flag, Question, Response
from consult.services.responses import record_response
from consult.services.retention import close_consultation, purge_free_text
from consult.services.safeguarding import flags_for, review_flag
from consult.services.staff import add_staff
from tests.journey import Journey

BASE = "/c/test-every-kind"
DISCLOSURE = "my dad hits me when he is drunk and i am scared to go home. call me on 07700 900123"


def _consultation(db_session, slug="test-every-kind"):
    return db_session.scalars(select(Consultation).where(Consultation.slug == slug)).one()


def _sign_in(client, db_session, role="safeguarding_lead"):
    add_staff(db_session, f"{role}@example.org", "Morgan", role, "correct horse battery")
    page = client.get("/staff/sign-in")
    client.post(
        "/staff/sign-in",
        data={
            "csrf_token": page.csrf(),
            "email": f"{role}@example.org",
            "password": "correct horse battery",
        },
    )


def test_disclosure_is_followed_by_the_support_page(client, db_session):
    journey = Journey(client)
    journey.start("middle")
    result = journey.answer(4, {"answer": DISCLOSURE})
    assert "/support/4" in result.response.headers["Location"]
    support = client.follow(result)
    text = support.text()
    for number in ("0800 1111", "999", "101", "childline.org.uk"):
        assert number in text
    assert "anonymous" in text and "nobody will contact you" in text
    carry_on = support.soup.find("a", string="Carry on answering")["href"]
    assert carry_on == f"{BASE}/q/5"


def test_younger_band_gets_simpler_support_words(client):
    journey = Journey(client)
    journey.start("younger")
    support = client.follow(journey.answer(4, {"answer": DISCLOSURE}))
    assert support.h1 == "You can get help"
    assert support.soup.find("a", string="Carry on answering")["href"] == f"{BASE}/consent"


def test_flag_is_raised_before_anything_is_sent_and_holds_only_scrubbed_text(client, db_session):
    journey = Journey(client)
    journey.start("older")
    journey.answer(4, {"answer": DISCLOSURE})
    flag = db_session.scalars(select(Flag)).one()
    assert "abuse" in flag.category_list or "danger" in flag.category_list
    assert "07700" not in flag.text and "[phone]" in flag.text
    assert flag.response_id is None and flag.week.count("-W") == 1


def test_changing_a_flagged_answer_updates_one_flag_not_two(client, db_session):
    journey = Journey(client)
    journey.start("older")
    journey.answer(4, {"answer": DISCLOSURE})
    journey.answer(4, {"answer": "my dad hits me and i want to die"}, change=True)
    assert db_session.scalar(select(func.count()).select_from(Flag)) == 1


def test_ordinary_answers_raise_no_flag(client, db_session):
    journey = Journey(client)
    journey.start("older")
    result = journey.answer(4, {"answer": "this homework is killing me but school is fine"})
    assert result.response.headers["Location"].endswith(f"{BASE}/q/5")
    assert db_session.scalar(select(func.count()).select_from(Flag)) == 0


def test_sent_answers_link_the_flag_and_withdrawal_keeps_it(client, db_session):
    code = Journey(client).complete("middle", text=DISCLOSURE)
    flag = db_session.scalars(select(Flag)).one()
    response = db_session.scalars(select(Response)).one()
    assert flag.response_id == response.id
    page = client.get("/withdraw")
    client.post("/withdraw", data={"csrf_token": page.csrf(), "code": code, "confirm": "yes"})
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(Response)) == 0
    assert db_session.scalars(select(Flag)).one().response_id is None


def test_paper_and_group_answers_are_screened_too(db_session):
    consultation = _consultation(db_session)
    question = next(q for q in consultation.questions if q.kind == "text")
    record_response(
        db_session,
        consultation,
        {question: "someone online keeps asking me for nudes"},
        age_band="middle",
        language="en",
        channel="paper",
    )
    db_session.commit()
    flag = db_session.scalars(select(Flag)).one()
    assert flag.response_id is not None


def test_lead_sees_queue_and_flags_and_every_view_is_audited(client, db_session):
    Journey(client).complete("middle", text=DISCLOSURE)
    _sign_in(client, db_session)
    queue = client.get("/staff/safeguarding")
    assert "Being looked after" in queue.text() or "Care and neglect" in queue.text()
    flags = client.get("/staff/safeguarding/test-every-kind")
    assert "[phone]" in flags.text() and "07700" not in flags.text()
    events = db_session.scalars(select(AuditEvent)).all()
    assert [e.action for e in events] == ["view_flags"]
    flag = db_session.scalars(select(Flag)).one()
    done = client.post(
        "/staff/safeguarding/test-every-kind",
        data={"csrf_token": flags.csrf(), "flag": flag.id, "note": "Passed to the school's lead"},
    )
    assert done.status == 302
    db_session.expire_all()
    assert flag.reviewed and flag.review_note == "Passed to the school's lead"
    assert [e.action for e in db_session.scalars(select(AuditEvent).order_by(AuditEvent.id))] == [
        "view_flags",
        "review_flag",
    ]


def test_waiting_flags_in_danger_come_first(db_session):
    consultation = _consultation(db_session)
    question = next(q for q in consultation.questions if q.kind == "text")
    for text in (
        "someone online keeps asking me for nudes",
        "i have saved up tablets and im taking them all tonight",
    ):
        record_response(
            db_session,
            consultation,
            {question: text},
            age_band="older",
            language="en",
            channel="paper",
        )
    db_session.commit()
    lead = add_staff(
        db_session, "lead@example.org", "Morgan", "safeguarding_lead", "correct horse battery"
    )
    flags = flags_for(db_session, consultation, lead)
    assert ["danger" in flag.category_list for flag in flags] == [True, False]
    review_flag(db_session, flags[0].id, lead, "Called 999 with the school")
    flags = flags_for(db_session, consultation, lead)
    assert ["danger" in flag.category_list for flag in flags] == [False, True]


def test_other_roles_cannot_see_flags(client, db_session):
    _sign_in(client, db_session, role="analyst")
    assert client.get("/staff/safeguarding").status == 403
    assert client.get("/staff/safeguarding/test-every-kind").status == 403


def test_purge_forgets_free_text_after_retention_but_keeps_choices_and_unseen_flags(
    client, db_session
):
    Journey(client).complete("middle", text=DISCLOSURE)
    Journey(client).complete("middle", text="More youth clubs please")
    consultation = _consultation(db_session)
    close_consultation(db_session, consultation, today=date.today() - timedelta(days=800))
    report = purge_free_text(db_session, retention_days=730)
    assert report.consultations == ["test-every-kind"] and report.answers == 2
    assert (
        db_session.scalar(select(func.count()).select_from(Answer).where(Answer.text.is_not(None)))
        == 0
    )
    assert db_session.scalar(select(func.count()).select_from(Answer)) > 0
    assert db_session.scalar(select(func.count()).select_from(Flag)) == 1  # not yet reviewed


def test_purge_leaves_recently_closed_consultations_alone(client, db_session):
    Journey(client).complete("middle")
    close_consultation(
        db_session, _consultation(db_session), today=date.today() - timedelta(days=10)
    )
    assert purge_free_text(db_session, retention_days=730).answers == 0
    question = db_session.scalars(select(Question).where(Question.key == "tell-us")).one()
    assert (
        db_session.scalar(
            select(func.count()).select_from(Answer).where(Answer.question_id == question.id)
        )
        == 1
    )
