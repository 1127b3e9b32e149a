"""The `consult` command: a Flask CLI group for set-up, content, staff and serving."""

from __future__ import annotations

import logging
import secrets
import threading
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext
from sqlalchemy import select
from werkzeug.serving import WSGIRequestHandler, run_simple

from consult import migrate
from consult.content import CONTENT_DIR
from consult.content.loader import ContentError, load_directory
from consult.db import get_session
from consult.i18n import DOMAINS, SOURCE_LANGUAGE, missing_messages, shipped_languages
from consult.insights.records import free_text_records
from consult.models import Consultation
from consult.privacy.tagger import trained as trained_tagger
from consult.safeguarding.model import trained
from consult.services import DomainError
from consult.services.content import import_content
from consult.services.drafts import purge_expired_drafts
from consult.services.retention import (
    DEFAULT_RETENTION_DAYS,
    close_consultation,
    purge_free_text,
)
from consult.services.staff import add_staff, set_password
from consult.vocab import ROLES

DEMO_STAFF = (
    ("admin@cairn.local", "Demo administrator", "admin"),
    ("facilitator@cairn.local", "Demo facilitator", "facilitator"),
    ("analyst@cairn.local", "Demo analyst", "analyst"),
    ("safeguarding@cairn.local", "Demo safeguarding lead", "safeguarding_lead"),
)


def register_commands(app: Flask) -> None:
    app.cli.add_command(db_group)
    for command in (seed, import_command, staff_group, purge, close, analyse, languages):
        app.cli.add_command(command)


@click.group("db", help="Database schema (Alembic).")
def db_group() -> None:
    pass


@db_group.command("upgrade", help="Create or migrate the schema to the newest version.")
@with_appcontext
def db_upgrade() -> None:
    migrate.upgrade(current_app.extensions["cairn.engine"])
    click.echo("Database is up to date.")


def _import(path: Path) -> None:
    try:
        report = import_content(get_session(), load_directory(path))
    except ContentError as error:
        raise click.ClickException(str(error)) from None
    click.echo(
        f"Content: {len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged."
    )


@click.command("seed", help="Load the nine work strands and their consultations.")
@click.option("--demo-staff", is_flag=True, help="Also create demo staff accounts.")
@with_appcontext
def seed(demo_staff: bool) -> None:
    _import(CONTENT_DIR)
    if demo_staff:
        # Fresh passwords each time, so whoever runs the demo can always sign in.
        click.echo("Demo staff accounts (local only; new passwords on every run):")
        for email, name, role in DEMO_STAFF:
            password = secrets.token_urlsafe(12)
            try:
                add_staff(get_session(), email, name, role, password)
            except DomainError:
                set_password(get_session(), email, password)
            click.echo(f"  {role:<18} {email:<26} {password}")


@click.command("import", help="Load consultations from a content directory.")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@with_appcontext
def import_command(path: Path) -> None:
    _import(path)


@click.group("staff", help="Staff accounts.")
def staff_group() -> None:
    pass


@staff_group.command("add", help="Add a staff account.")
@click.argument("email")
@click.option("--name", required=True)
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.password_option()
@with_appcontext
def staff_add(email: str, name: str, role: str, password: str) -> None:
    try:
        user = add_staff(get_session(), email, name, role, password)
    except DomainError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Added {user.email} as {user.role}.")


@click.command(
    "purge",
    help="Delete expired drafts, and the free text of consultations closed longer than "
    "the retention period. Safe to run from cron.",
)
@click.option("--retention-days", default=DEFAULT_RETENTION_DAYS, show_default=True, type=int)
@with_appcontext
def purge(retention_days: int) -> None:
    removed = purge_expired_drafts(get_session())
    click.echo(f"Removed {removed} expired draft(s).")
    report = purge_free_text(get_session(), retention_days)
    for slug in report.consultations:
        click.echo(f"  {slug}: closed more than {retention_days} days ago")
    click.echo(f"Removed {report.answers} free-text answer(s) and {report.flags} reviewed flag(s).")


@click.command("analyse", help="Theme a consultation's free-text answers, question by question.")
@click.argument("slug")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "xlsx", "csv", "json"]),
    default="html",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--seed", default=0, show_default=True, type=int)
@with_appcontext
def analyse(slug: str, fmt: str, out: Path, seed: int) -> None:
    from analysis import theme_records
    from analysis.report import write_report

    consultation = _consultation_or_fail(slug)
    themes = theme_records(free_text_records(get_session(), consultation), seed=seed)
    write_report(themes.questions, fmt, out)
    click.echo(f"Themed {len(themes.questions)} question(s) of {slug} into {out}.")


def _consultation_or_fail(slug: str) -> Consultation:
    consultation = get_session().scalar(select(Consultation).where(Consultation.slug == slug))
    if consultation is None:
        raise click.ClickException(f"there is no consultation {slug!r}")
    return consultation


@click.command("languages", help="Translation coverage per language, and which are offered.")
@with_appcontext
def languages() -> None:
    directory = Path(current_app.config["BABEL_TRANSLATION_DIRECTORIES"])
    for code, language in shipped_languages(directory).items():
        if code == SOURCE_LANGUAGE:
            click.echo(f"{code:<3} {language.name:<12} {'offered':<12} {'source':<17} complete")
            continue
        missing = {d: len(missing_messages(directory, code, d)) for d in DOMAINS}
        offered = "offered" if code in current_app.config["LANGUAGES"] else "not offered"
        reviewed = "reviewed" if language.reviewed else "not yet reviewed"
        gaps = ", ".join(f"{n} {d} missing" for d, n in missing.items() if n) or "complete"
        click.echo(f"{code:<3} {language.name:<12} {offered:<12} {reviewed:<17} {gaps}")


@click.command("close", help="Close a consultation to new answers.")
@click.argument("slug")
@with_appcontext
def close(slug: str) -> None:
    consultation = _consultation_or_fail(slug)
    try:
        close_consultation(get_session(), consultation)
    except DomainError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Closed {slug}.")


class QuietRequestHandler(WSGIRequestHandler):
    """Logs method, path and status only: never the address, user agent or time."""

    def log(self, type: str, message: str, *args: Any) -> None:
        logging.getLogger("werkzeug").log(
            logging.ERROR if type == "error" else logging.INFO, message, *args
        )

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = self.path.split("?", 1)[0]
        self.log("info", '"%s %s" %s', self.command, path, code)


def _create_app() -> Flask:
    from consult import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_default_commands=False)
def main() -> None:
    """Cairn: consultations with children and young people."""


@main.command("run", help="Serve on http://127.0.0.1:5000 (development server).")
@click.option("--host", default="127.0.0.1")
@click.option("--port", default=5000, type=int)
@with_appcontext
def run(host: str, port: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    click.echo(f"Cairn is at http://{host}:{port}/ (staff: /staff/sign-in). Ctrl+C stops it.")
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    # Load the screen's readers and the scrubber's tagger while the server starts, not on
    # the first answer.
    for load in (trained, trained_tagger):
        threading.Thread(target=load, daemon=True).start()
    run_simple(host, port, app, request_handler=QuietRequestHandler, threaded=True)
