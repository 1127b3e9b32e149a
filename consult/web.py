"""What every page shares: language, security headers, the inline stylesheet, error pages."""

from __future__ import annotations

import base64
import hashlib
from functools import cache

from flask import Flask, Response, current_app, render_template, request, session
from flask_babel import get_locale
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from consult.i18n import RTL_LANGUAGES, band_text, translate_content

STYLESHEET = "static/cairn.css"


def select_locale() -> str:
    """The language the young person chose, kept for this session only."""
    chosen = str(session.get("lang", ""))
    languages: tuple[str, ...] = current_app.config["LANGUAGES"]
    return chosen if chosen in languages else languages[0]


@cache
def _stylesheet(root: str) -> tuple[str, str]:
    with open(f"{root}/{STYLESHEET}", encoding="utf-8") as handle:
        css = handle.read().strip()
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    return css, f"'sha256-{digest}'"


def register_page_policy(app: Flask) -> None:
    app.add_template_filter(band_text, "band")
    app.add_template_filter(translate_content, "content")

    @app.context_processor
    def page_globals() -> dict[str, object]:
        lang = str(get_locale() or "en")
        css, _ = _stylesheet(app.root_path)
        return {
            "page_lang": lang,
            "page_dir": "rtl" if lang.split("_")[0] in RTL_LANGUAGES else "ltr",
            "inline_css": css,
            "exit_url": app.config["EXIT_URL"],
        }

    @app.after_request
    def security_headers(response: Response) -> Response:
        _, style_hash = _stylesheet(app.root_path)
        # The stylesheet is inlined so a page arrives in one round trip; the CSP allows
        # exactly that stylesheet and our own script file, and nothing from elsewhere.
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; style-src {style_hash}; script-src 'self'; img-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        )
        # Neither the neutral exit site nor anywhere else learns which page was open.
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=()"
        if request.endpoint != "static":
            # A shared phone's Back button must not bring answers back after Exit.
            response.headers["Cache-Control"] = "no-store"
        return response


def register_error_pages(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> tuple[str, int]:
        return render_template("errors/expired.html"), 400

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        code = error.code or 500
        template = f"errors/{code}.html" if code in (403, 404, 413) else "errors/generic.html"
        return render_template(template, error=error), code

    @app.errorhandler(Exception)
    def server_error(error: Exception) -> tuple[str, int]:
        if app.testing:
            raise error  # a test must see the real failure, not a kind page
        app.logger.exception("Unhandled error on %s", request.endpoint)
        return render_template("errors/generic.html", error=None), 500
