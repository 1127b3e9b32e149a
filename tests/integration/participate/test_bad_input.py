"""Bad input gets a clear page and a 4xx, and nothing already answered is lost."""

from datetime import datetime, timedelta

from sqlalchemy import func, select

from consult.models import Draft, Response
from tests.journey import Journey

BASE = "/c/test-every-kind"


def test_tampered_option_is_refused_kindly(client):
    journey = Journey(client)
    journey.start()
    page = journey.answer(1, {"answer": "9999; drop table"})
    assert page.status == 400
    assert page.soup.title.string.startswith("Error:")
    summary = page.soup.find(id="error-summary")
    assert summary.find("a")["href"] == "#answer"
    assert page.soup.find(id="answer") is not None


def test_tampered_checkbox_keeps_the_valid_choices(client):
    journey = Journey(client)
    journey.start()
    page = journey.answer(2, {"answer": ["food", "bogus"]})
    assert page.status == 400
    assert page.soup.find("input", attrs={"value": "food"}).has_attr("checked")


def test_scale_value_out_of_range_is_refused(client):
    journey = Journey(client)
    journey.start()
    assert journey.answer(3, {"answer": "6"}).status == 400


def test_fifty_thousand_characters_are_refused_and_kept(client, db_session):
    journey = Journey(client)
    journey.start()
    long_text = "I think adults should listen more. " * 1430  # just over 50,000 characters
    page = journey.answer(4, {"answer": long_text})
    assert page.status == 400
    assert f"{len(long_text.strip()):,} characters long" in page.text()
    assert page.soup.find("textarea").get_text() == long_text
    draft = db_session.scalars(select(Draft)).one()
    assert draft.answers == {}


def test_duplicate_ranks_are_refused_and_kept_as_typed(client):
    journey = Journey(client)
    journey.start()
    page = journey.answer(5, {"rank-quick": "1", "rank-listen": "1"})
    assert page.status == 400 and "same number" in page.text()
    selected = page.soup.select("select[name=rank-quick] option[selected]")
    assert [o["value"] for o in selected] == ["1"]


def test_missing_csrf_token_keeps_the_answer_and_saves_it_on_retry(client, db_session):
    journey = Journey(client)
    journey.start()
    page = client.post(f"{BASE}/q/4", data={"action": "continue", "answer": "Please listen to us"})
    assert page.status == 400 and "still here" in page.text()
    assert page.soup.find("textarea").get_text() == "Please listen to us"
    retry = client.post(
        f"{BASE}/q/4",
        data={"csrf_token": page.csrf(), "action": "continue", "answer": "Please listen to us"},
    )
    assert retry.status == 302
    db_session.expire_all()
    assert "Please listen to us" in db_session.scalars(select(Draft)).one().answers.values()


def test_an_hour_on_one_page_still_keeps_the_answer(client, db_session, app):
    journey = Journey(client)
    journey.start()
    page = client.get(f"{BASE}/q/4")
    draft = db_session.scalars(select(Draft)).one()
    # An hour passes: the draft's idle clock has 60 of its 120 minutes left.
    draft.expires_at = datetime.now() + timedelta(minutes=60)  # noqa: DTZ005
    db_session.commit()
    result = client.post(
        f"{BASE}/q/4",
        data={"csrf_token": page.csrf(), "action": "continue", "answer": "Took my time"},
    )
    assert result.status == 302
    db_session.expire_all()
    assert "Took my time" in db_session.scalars(select(Draft)).one().answers.values()


def test_expired_draft_gets_a_clear_page(client, db_session):
    journey = Journey(client)
    journey.start()
    page = client.get(f"{BASE}/q/1")
    draft = db_session.scalars(select(Draft)).one()
    draft.expires_at = datetime(2000, 1, 1)
    db_session.commit()
    result = client.post(f"{BASE}/q/1", data={"csrf_token": page.csrf(), "answer": "family"})
    assert result.status == 410 and "cleared" in result.h1
    assert result.soup.find("a", string="Start again")["href"] == BASE


def test_question_page_without_a_draft_is_gone_not_an_error(client):
    assert client.get(f"{BASE}/q/1").status == 410


def test_unknown_consultation_is_404(client):
    page = client.get("/c/no-such-thing")
    assert page.status == 404 and page.h1 == "Page not found"


def test_closed_consultation_cannot_be_started(client, db_session):
    page = client.get("/c/test-closed")
    assert page.status == 409 and page.h1 == "This has closed"
    assert db_session.scalar(select(func.count()).select_from(Draft)) == 0


def test_consultation_closing_mid_journey_stores_nothing(client, db_session):
    from consult.models import Consultation

    journey = Journey(client)
    journey.start()
    check = client.get(f"{BASE}/check")
    consultation = db_session.scalars(
        select(Consultation).where(Consultation.slug == "test-every-kind")
    ).one()
    consultation.status = "closed"
    db_session.commit()
    result = client.post(f"{BASE}/check", data={"csrf_token": check.csrf()})
    assert result.status == 409
    assert db_session.scalar(select(func.count()).select_from(Response)) == 0


def test_no_age_band_chosen_asks_kindly(client):
    page = client.get(BASE)
    result = client.post(BASE, data={"csrf_token": page.csrf()})
    assert result.status == 400 and "Choose your age group" in result.text()


def test_tampered_age_band_is_refused(client):
    page = client.get(BASE)
    result = client.post(BASE, data={"csrf_token": page.csrf(), "age_band": "toddler"})
    assert result.status == 400


def test_oversized_request_gets_a_kind_413(client):
    journey = Journey(client)
    journey.start()
    result = client.raw.post(f"{BASE}/q/4", data={"answer": "x" * 2_000_000})
    assert result.status_code == 413
    assert b"too long" in result.data


def test_csrf_token_from_another_session_keeps_the_answer(client, app):
    journey = Journey(client)
    journey.start()
    stranger = app.test_client()
    foreign = stranger.get(BASE).get_data(as_text=True)
    token = foreign.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    page = client.post(f"{BASE}/q/1", data={"csrf_token": token, "answer": "teacher"})
    assert page.status == 400 and "still here" in page.text()
    assert page.soup.find("input", attrs={"value": "teacher"}).has_attr("checked")
