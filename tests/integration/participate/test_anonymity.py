"""Nothing stored or logged can tell who answered, or when, finer than a week."""

from __future__ import annotations

import http.client
import logging
import re
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select
from werkzeug.serving import make_server

from consult import create_app, migrate
from consult.cli import QuietRequestHandler
from consult.content.loader import load_directory
from consult.services.content import import_content
from tests.conftest import FIXTURE_CONTENT, make_config
from tests.journey import Journey
from tests.pages import PageClient

CANARIES = {
    "REMOTE_ADDR": "203.0.113.77",
    "HTTP_X_FORWARDED_FOR": "198.51.100.23",
    "HTTP_USER_AGENT": "CanaryBrowser/9.87 (Pixel-Canary)",
    "HTTP_REFERER": "https://canary-referrer.example/secret-page",
    "HTTP_ACCEPT_LANGUAGE": "x-canary-lang",
}
CANARY_STRINGS = ("203.0.113.77", "198.51.100.23", "CanaryBrowser", "canary-referrer", "x-canary")
FINE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(:\d{2})?|\b1[6-9]\d{8}\b")


def every_row(connection) -> list[tuple[str, tuple]]:
    metadata = MetaData()
    metadata.reflect(bind=connection)
    return [
        (table.name, tuple(row))
        for table in metadata.sorted_tables
        for row in connection.execute(select(table))
    ]


def assert_nothing_identifying(rows: list[tuple[str, tuple]]) -> None:
    for table, row in rows:
        for value in row:
            assert not isinstance(value, datetime | date), f"{table} stores a date/time: {row}"
            text = str(value)
            assert not any(c in text for c in CANARY_STRINGS), f"{table} stores a canary: {row}"
            if table not in {"alembic_version"}:
                assert not FINE_TIME.search(text), f"{table} stores a fine time: {row}"


def _journey_with_canaries(client: PageClient) -> str:
    client.raw.environ_base.update(CANARIES)
    return Journey(client).complete("middle")


def test_no_canary_or_fine_timestamp_in_any_row_or_log_line(client, db_session, caplog):
    caplog.set_level(logging.DEBUG)
    _journey_with_canaries(client)
    rows = every_row(db_session.connection())
    assert any(table == "response" for table, _ in rows)
    assert_nothing_identifying(rows)
    for record in caplog.records:
        line = record.getMessage()
        assert not any(c in line for c in CANARY_STRINGS), line


def test_raw_sqlite_file_holds_no_canary_or_date(tmp_path):
    config = make_config(tmp_path, f"sqlite:///{tmp_path / 'raw.sqlite3'}")
    app = create_app(config)
    migrate.upgrade(app.extensions["cairn.engine"])
    with app.app_context():
        session = app.extensions["cairn.sessionmaker"]()
        import_content(session, load_directory(FIXTURE_CONTENT))
        session.close()
    code = _journey_with_canaries(PageClient(app.test_client()))
    app.extensions["cairn.engine"].dispose()
    raw = b"".join(p.read_bytes() for p in Path(tmp_path).glob("raw.sqlite3*"))
    assert b"More youth clubs please" in raw  # the file really holds the answers
    for canary in CANARY_STRINGS:
        assert canary.encode() not in raw
    assert code.encode() not in raw  # only the receipt's hash is kept
    assert date.today().isoformat().encode() not in raw
    assert date.today().strftime("%Y%m%d").encode() not in raw


def test_development_server_access_log_has_no_address_agent_or_time(app, db_session, caplog):
    caplog.set_level(logging.DEBUG)
    server = make_server("127.0.0.1", 0, app, request_handler=QuietRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
        connection.request(
            "GET",
            "/help?from=canary",
            headers={
                "User-Agent": CANARIES["HTTP_USER_AGENT"],
                "Referer": CANARIES["HTTP_REFERER"],
                "X-Forwarded-For": CANARIES["HTTP_X_FORWARDED_FOR"],
            },
        )
        assert connection.getresponse().status == 200
        connection.close()
    finally:
        server.shutdown()
        thread.join()
    lines = [r.getMessage() for r in caplog.records if r.name == "werkzeug"]
    assert any('"GET /help" 200' in line for line in lines), lines
    for line in lines:
        assert "127.0.0.1" not in line and "canary" not in line.lower()
        assert not FINE_TIME.search(line), line


def test_gunicorn_access_log_format_leaves_out_address_agent_and_time():
    namespace: dict[str, object] = {}
    exec(Path("gunicorn.conf.py").read_text(), namespace)  # noqa: S102
    log_format = str(namespace["access_log_format"])
    for atom in ("%(h)s", "%(a)s", "%(f)s", "%(t)s", "%(l)s", "%(u)s", "%(q)s", "%({"):
        assert atom not in log_format


@pytest.mark.parametrize("path", ["/", "/help", "/privacy"])
def test_pages_without_a_form_set_no_cookie(client, path):
    assert client.get(path).response.headers.get("Set-Cookie") is None


IDENTIFYING_ANSWER = (
    "my friend Jayden Mackenzie and me go to Castlebrae High, text me on 07700 900123 "
    "or email jayden.m@example.com, we live at 14 Dumbarton Road G11 6PA, my snap is @jaymac_09"
)
IDENTIFIERS = (
    "Jayden",
    "Mackenzie",
    "Castlebrae",
    "07700",
    "900123",
    "jayden.m@example.com",
    "Dumbarton",
    "G11 6PA",
    "jaymac_09",
)


def test_identifiers_in_free_text_are_in_no_row_and_no_log_line(client, db_session, caplog):
    caplog.set_level(logging.DEBUG)
    Journey(client).complete("older", text=IDENTIFYING_ANSWER)
    rows = every_row(db_session.connection())
    stored = " ".join(str(value) for _, row in rows for value in row)
    assert "[name]" in stored and "[school]" in stored and "[phone]" in stored
    for identifier in IDENTIFIERS:
        assert identifier.lower() not in stored.lower(), identifier
        for record in caplog.records:
            assert identifier.lower() not in record.getMessage().lower()
