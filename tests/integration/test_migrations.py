"""The schema is made only by migrations, so they must build exactly what the models say."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from consult import migrate
from consult.db import Base, make_engine


def test_migrations_match_the_models(app, db_session):
    context = MigrationContext.configure(db_session.connection())
    assert compare_metadata(context, Base.metadata) == []


def test_upgrade_downgrade_upgrade_round_trip(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrations.sqlite3'}")
    migrate.upgrade(engine)
    assert {"response", "answer", "draft", "staff_user"} <= set(inspect(engine).get_table_names())
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert "response" in inspect(engine).get_table_names()
    engine.dispose()


@pytest.mark.parametrize("revision", ["head", "0002"])
def test_sqlite_response_tables_have_no_rowid(tmp_path, revision):
    """Without a rowid, even the file's physical order says nothing about arrival order,
    at every revision, including after a downgrade has rebuilt tables."""
    engine = create_engine(f"sqlite:///{tmp_path / 'rowid.sqlite3'}")
    migrate.upgrade(engine)
    if revision != "head":
        migrate.downgrade(engine, revision)
    with engine.connect() as conn:
        for table in ("response", "answer", "flag"):
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).scalar_one()
            assert "WITHOUT ROWID" in sql
    engine.dispose()


def test_upgrade_keeps_every_answer_when_sqlite_rebuilds_tables(tmp_path):
    """Batch mode rebuilds response by dropping it: with foreign keys on (as the app runs
    SQLite), that drop must not cascade to the answers."""
    engine = make_engine(f"sqlite:///{tmp_path / 'kept.sqlite3'}")
    migrate.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO work_strand (id, slug, name, position, explain) "
            "VALUES (1, 's', 's', 1, '{}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO consultation (id, slug, strand_id, status, title, summary, intro) "
            "VALUES (1, 'c', 1, 'open', '{}', '{}', '{}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO question (id, consultation_id, key, position, kind, bands, text) "
            "VALUES (1, 1, 'q', 1, 'text', '[]', '{}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO response (id, consultation_id, age_band, language, channel, week, "
            "consent_to_quote, receipt_hash) VALUES ('r', 1, 'older', 'en', 'online', "
            "'2026-W48', 0, 'h')"
        )
        conn.exec_driver_sql(
            "INSERT INTO answer (id, response_id, question_id, text) VALUES ('a', 'r', 1, 'kept')"
        )
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT text FROM answer").scalars().all() == ["kept"]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
