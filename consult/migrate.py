"""Run Alembic from Python, so `consult db upgrade` and the tests share one path."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    with _migration_connection(engine) as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    with _migration_connection(engine) as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction; on SQLite with foreign keys off while it runs.

    Batch mode rebuilds a SQLite table by copying it and dropping the old one; with
    foreign keys on, that drop would delete every answer of every response through
    ON DELETE CASCADE. The pragma only takes effect outside a transaction, so it is set
    on the driver connection before the transaction begins.
    """
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        driver: Any = connection.connection.driver_connection if sqlite else None
        enforced = driver is not None and driver.execute("PRAGMA foreign_keys").fetchone()[0]
        if enforced:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                yield connection
                if driver is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken:
                        raise RuntimeError(f"migration left a broken foreign key: {broken}")
        finally:
            if enforced:
                driver.execute("PRAGMA foreign_keys=ON")
