"""The schema is made only by migrations, so they must build exactly what the models say."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from consult import migrate
from consult.db import Base


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


def test_sqlite_response_tables_have_no_rowid(tmp_path):
    """Without a rowid, even the file's physical order says nothing about arrival order."""
    engine = create_engine(f"sqlite:///{tmp_path / 'rowid.sqlite3'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        for table in ("response", "answer"):
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).scalar_one()
            assert "WITHOUT ROWID" in sql
    engine.dispose()
