"""Language choice without JavaScript, for the session only, and right-to-left Arabic."""

import pytest

from tests.journey import Journey


@pytest.fixture
def offered(app):
    """Offer every shipped language for this test, whatever its catalogue holds."""
    before = app.config["LANGUAGES"]
    app.config["LANGUAGES"] = ("en", "gd", "pl", "ar", "uk")
    yield
    app.config["LANGUAGES"] = before


def _choose(client, code, next_path="/help"):
    page = client.get(f"/language?next={next_path}")
    return client.post(
        "/language", data={"csrf_token": page.csrf(), "language": code, "next": next_path}
    )


def test_choosing_arabic_makes_pages_right_to_left(client, offered):
    result = _choose(client, "ar")
    assert result.status == 302 and result.response.headers["Location"] == "/help"
    page = client.get("/help")
    root = page.soup.find("html")
    assert root["lang"] == "ar" and root["dir"] == "rtl"


def test_language_is_remembered_for_the_session_only(client, offered):
    result = _choose(client, "pl")
    cookie = result.response.headers["Set-Cookie"]
    assert cookie.startswith("cairn=") and "Expires" not in cookie and "Max-Age" not in cookie
    assert client.get("/").soup.find("html")["lang"] == "pl"


def test_unknown_language_is_refused_kindly(client, offered):
    result = _choose(client, "xx")
    assert result.status == 400 and "Choose a language" in result.text()


def test_next_must_stay_on_this_site(client, offered):
    result = _choose(client, "uk", next_path="//evil.example/")
    assert result.response.headers["Location"] == "/"


def test_language_choice_is_recorded_with_the_response(client, db_session, offered):
    from sqlalchemy import select

    from consult.models import Response

    journey = Journey(client)
    journey.start("older")
    _choose(client, "uk", next_path="/c/test-every-kind/check")
    journey.submit()
    assert db_session.scalars(select(Response)).one().language == "uk"


def test_after_sending_only_the_language_stays_in_the_session(client, offered):
    journey = Journey(client)
    journey.start("middle")
    _choose(client, "ar", next_path="/c/test-every-kind/check")
    thanks = journey.submit()
    assert thanks.soup.find("html")["lang"] == "ar"
    with client.raw.session_transaction() as session:
        assert dict(session) == {"lang": "ar"}
