"""Cairn: consultations with children and young people for Scotland's CPIP."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from consult import db
from consult.config import PROJECT_ROOT, Config
from consult.extensions import babel, csrf, login_manager
from consult.i18n import complete_languages, shipped_languages
from consult.web import register_error_pages, register_page_policy, select_locale


def create_app(config: Config | None = None) -> Flask:
    config = config or Config.from_environment()
    config.finalise()
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        instance_path=str(config.INSTANCE_PATH),
    )
    app.config.from_mapping(config.as_flask_mapping())
    _configure_languages(app)

    db.init_app(app)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    # current_user is offered to staff templates only (admin blueprint): evaluating it on
    # participant pages would make Flask-Login write to young people's sessions.
    login_manager.init_app(app, add_context_processor=False)

    from consult.admin import bp as admin_bp
    from consult.participate import bp as participate_bp

    # Participant views check CSRF through their forms instead of before the view runs,
    # so a timed-out page can be shown again with the child's answer still in it.
    csrf.exempt(participate_bp)
    app.register_blueprint(participate_bp)
    app.register_blueprint(admin_bp, url_prefix="/staff")

    register_page_policy(app)
    register_error_pages(app)

    from consult.cli import register_commands

    register_commands(app)
    return app


def _configure_languages(app: Flask) -> None:
    directory = Path(app.config["BABEL_TRANSLATION_DIRECTORIES"])
    app.extensions["cairn.languages"] = shipped_languages(directory)
    if app.config["LANGUAGES"] is None:
        app.config["LANGUAGES"] = complete_languages(directory)
