from sqlalchemy import func, select

from consult.models import Answer, Consultation, Draft, Option, Question, Response
from tests.journey import Journey


def _response(db_session):
    return db_session.scalars(select(Response)).one()


def test_home_lists_open_consultations_by_strand(client):
    page = client.get("/")
    assert page.status == 200
    assert page.soup.find("h2", string="Neglect")
    assert "Being looked after" in page.text()
    assert "Closed one" not in page.text()


def test_every_question_kind_is_stored_for_the_middle_band(client, db_session):
    code = Journey(client).complete("middle")
    assert len(code) == 19
    response = _response(db_session)
    assert (response.age_band, response.channel, response.consent_to_quote) == (
        "middle",
        "online",
        True,
    )
    rows = {}
    for answer in response.answers:
        question = db_session.get(Question, answer.question_id)
        option = db_session.get(Option, answer.option_id) if answer.option_id else None
        rows.setdefault(question.key, []).append(
            (option.key if option else None, answer.value, answer.text)
        )
    assert rows["who-helps"] == [("teacher", None, None)]
    assert sorted(rows["what-helps"]) == [("clubs", None, None), ("food", None, None)]
    assert rows["how-safe"] == [(None, 4, None)]
    assert rows["tell-us"] == [(None, None, "More youth clubs please")]
    assert sorted(rows["order"], key=lambda r: r[1]) == [("quick", 1, None), ("listen", 2, None)]


def test_younger_band_sees_its_own_wording_and_skips_ranking(client, db_session):
    journey = Journey(client)
    before = journey.start("younger")
    assert before.h1 == "Feeling looked after"
    page = client.get("/c/test-every-kind/q/3")
    assert "Very unsafe" in page.text() and "Question 3 of 5" in page.text()
    assert client.get("/c/test-every-kind/q/5").status == 404
    journey.complete("younger")
    assert _response(db_session).age_band == "younger"


def test_older_band_wording(client):
    Journey(client).start("older")
    assert client.get("/c/test-every-kind/q/1").h1 == "Who has helped you most?"


def test_skipping_every_question_still_sends_and_consent_defaults_to_no(client, db_session):
    journey = Journey(client)
    journey.start("older")
    for number in range(1, 6):
        journey.answer(number, {"answer": "family"}, action="skip")
    page = journey.consent(None)
    check = client.follow(page)
    assert "Skipped (so we will not use your words)" in check.text()
    journey.submit()
    response = _response(db_session)
    assert response.answers == [] and response.consent_to_quote is False


def test_change_link_returns_to_check_answers(client):
    journey = Journey(client)
    journey.start("middle")
    journey.answer(1, {"answer": "family"})
    page = journey.answer(1, {"answer": "teacher"}, change=True)
    assert page.response.headers["Location"].endswith("/c/test-every-kind/check")
    check = client.get("/c/test-every-kind/check")
    assert "A teacher" in check.text()


def test_answers_are_prefilled_when_going_back(client):
    journey = Journey(client)
    journey.start("middle")
    journey.answer(2, {"answer": ["talking"]})
    page = client.get("/c/test-every-kind/q/2")
    assert page.soup.find("input", attrs={"value": "talking"}).has_attr("checked")


def test_double_submission_stores_one_response(client, db_session):
    journey = Journey(client)
    journey.start("middle")
    check = client.get("/c/test-every-kind/check")
    token = check.csrf()
    first = client.post("/c/test-every-kind/check", data={"csrf_token": token})
    again = client.post("/c/test-every-kind/check", data={"csrf_token": token})
    assert first.status == 200 and again.status == 409
    assert "already sent" in again.h1
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1


def test_draft_is_deleted_and_cookie_dropped_on_submission(client, db_session):
    journey = Journey(client)
    journey.start("middle")
    assert db_session.scalar(select(func.count()).select_from(Draft)) == 1
    thanks = journey.submit()
    assert db_session.scalar(select(func.count()).select_from(Draft)) == 0
    cookie = thanks.response.headers.get("Set-Cookie", "")
    assert cookie.startswith("cairn=;") and "Expires=Thu, 01 Jan 1970" in cookie


def test_receipt_code_shows_status_and_you_said_we_did(client, db_session):
    code = Journey(client).complete()
    page = client.get("/receipt")
    status = client.post(
        "/receipt", data={"csrf_token": page.csrf(), "code": code.lower().replace("-", " ")}
    )
    assert status.status == 200 and "still open" in status.text()
    consultation = db_session.scalars(
        select(Consultation).where(Consultation.slug == "test-every-kind")
    ).one()
    consultation.status, consultation.you_said_we_did = "reported", "We opened two new youth clubs."
    db_session.commit()
    status = client.post("/receipt", data={"csrf_token": page.csrf(), "code": code})
    assert "We opened two new youth clubs." in status.text()


def test_unknown_receipt_code_gets_a_kind_404(client):
    page = client.get("/receipt")
    result = client.post(
        "/receipt", data={"csrf_token": page.csrf(), "code": "AAAA-BBBB-CCCC-DDDD"}
    )
    assert result.status == 404 and "could not find that code" in result.text()


def test_withdraw_deletes_every_answer(client, db_session):
    code = Journey(client).complete()
    page = client.get("/withdraw")
    unticked = client.post("/withdraw", data={"csrf_token": page.csrf(), "code": code})
    assert (
        unticked.status == 400
        and db_session.scalar(select(func.count()).select_from(Response)) == 1
    )
    done = client.post(
        "/withdraw", data={"csrf_token": page.csrf(), "code": code, "confirm": "yes"}
    )
    assert done.status == 200 and "deleted" in done.h1
    assert db_session.scalar(select(func.count()).select_from(Response)) == 0
    assert db_session.scalar(select(func.count()).select_from(Answer)) == 0


def test_withdraw_refused_once_closed(client, db_session):
    code = Journey(client).complete()
    consultation = db_session.scalars(
        select(Consultation).where(Consultation.slug == "test-every-kind")
    ).one()
    consultation.status = "closed"
    db_session.commit()
    page = client.get("/withdraw")
    refused = client.post(
        "/withdraw", data={"csrf_token": page.csrf(), "code": code, "confirm": "yes"}
    )
    assert refused.status == 409 and "closed" in refused.text()
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1


def test_response_ids_do_not_follow_submission_order(client, db_session):
    for _ in range(12):
        Journey(client).complete()
    # Export order is id order; arrival order is lost by construction, so it must differ.
    ids = list(db_session.scalars(select(Response.id).order_by(Response.id)))
    assert len(ids) == 12 and len(set(ids)) == 12
    assert all(len(i) == 32 for i in ids)
