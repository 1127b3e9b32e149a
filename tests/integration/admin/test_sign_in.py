from consult.services.staff import add_staff


def _sign_in(client, email, password):
    page = client.get("/staff/sign-in")
    return client.post(
        "/staff/sign-in", data={"csrf_token": page.csrf(), "email": email, "password": password}
    )


def test_staff_sign_in_and_out(client, db_session):
    add_staff(db_session, "facilitator@example.org", "Alex", "facilitator", "correct horse battery")
    result = _sign_in(client, "Facilitator@example.org", "correct horse battery")
    assert result.status == 302
    home = client.get("/staff/")
    assert "Signed in as Alex (facilitator)" in home.text()
    out = client.post("/staff/sign-out", data={"csrf_token": home.csrf()})
    assert out.status == 302
    assert client.get("/staff/").status == 302


def test_wrong_password_gets_one_vague_message(client, db_session):
    add_staff(db_session, "analyst@example.org", "Jo", "analyst", "correct horse battery")
    wrong = _sign_in(client, "analyst@example.org", "wrong password!")
    unknown = _sign_in(client, "nobody@example.org", "wrong password!")
    for page in (wrong, unknown):
        assert page.status == 400
        assert "email address or password is not right" in page.text()


def test_staff_pages_need_sign_in(client):
    assert client.get("/staff/").status == 302


def test_inactive_account_cannot_sign_in(client, db_session):
    user = add_staff(db_session, "gone@example.org", "Gone", "admin", "correct horse battery")
    user.active = False
    db_session.commit()
    assert _sign_in(client, "gone@example.org", "correct horse battery").status == 400


def test_staff_see_which_translations_are_unreviewed(client, db_session):
    add_staff(db_session, "admin@example.org", "Ash", "admin", "correct horse battery")
    _sign_in(client, "admin@example.org", "correct horse battery")
    rows = {
        row.find("td").get_text(): row.get_text(" ")
        for row in client.get("/staff/").soup.select("tbody tr")
    }
    assert "Not yet reviewed" in rows["Gàidhlig"] and "Not yet reviewed" not in rows["English"]
