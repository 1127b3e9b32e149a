"""Fixtures: one migrated database per run, and a rolled-back transaction per test.

SQLite by default; PostgreSQL when TEST_DATABASE_URL is set (CI sets it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import text
from sqlalchemy.orm import Session

from consult import create_app, migrate
from consult.config import Config
from consult.content.loader import load_directory
from consult.services.content import import_content
from tests.pages import PageClient

FIXTURE_CONTENT = Path(__file__).parent / "fixtures" / "content"


def make_config(instance: Path, database_url: str) -> Config:
    config = Config(INSTANCE_PATH=instance, DATABASE_URL=database_url, TESTING=True)
    config.SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105
    return config


def reset_database(app: Flask) -> None:
    """Drop everything, then build the schema the only way it is ever built: migrations."""
    engine = app.extensions["cairn.engine"]
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    migrate.upgrade(engine)
    with app.app_context():
        session = app.extensions["cairn.sessionmaker"]()
        import_content(session, load_directory(FIXTURE_CONTENT))
        session.close()


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    instance = tmp_path_factory.mktemp("instance")
    url = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{instance / 'test.sqlite3'}"
    application = create_app(make_config(instance, url))
    reset_database(application)
    yield application
    application.extensions["cairn.engine"].dispose()


@pytest.fixture
def db_session(app: Flask) -> Iterator[Session]:
    """Every session the app opens joins one outer transaction, rolled back afterwards."""
    engine = app.extensions["cairn.engine"]
    factory = app.extensions["cairn.sessionmaker"]
    connection = engine.connect()
    outer = connection.begin()
    factory.configure(bind=connection, join_transaction_mode="create_savepoint")
    session = factory()
    try:
        yield session
    finally:
        session.close()
        outer.rollback()
        connection.close()
        factory.configure(bind=engine)


@pytest.fixture
def client(app: Flask, db_session: Session) -> PageClient:
    return PageClient(app.test_client())


@pytest.fixture
def runner(app: Flask, db_session: Session):  # type: ignore[no-untyped-def]
    return app.test_cli_runner()
