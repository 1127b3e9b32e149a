"""A live Cairn server on 127.0.0.1 and Debian's Chromium, for browser tests and screenshots.

Chromium comes from Debian (`apt-get install chromium`), never from a browser download.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from werkzeug.serving import make_server

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

from consult import create_app, migrate
from consult.cli import QuietRequestHandler
from consult.content.loader import load_directory
from consult.services.content import import_content
from tests.conftest import make_config

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without the networking flags Chromium stalls on this machine's refused connections.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def chromium_available() -> bool:
    return Path(CHROMIUM).exists()


def _closing(wsgi_app: WSGIApplication) -> WSGIApplication:
    """Read each response whole and close it before the dev server writes it.

    Werkzeug's server closes the response in a `finally` that first drains the socket;
    when Chromium drops a connection mid-way (it navigates on before cairn.js arrives),
    that drain raises and the open static file is left for the garbage collector, whose
    ResourceWarning our warnings-as-errors setting turns into a failed test.
    """

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        response = wsgi_app(environ, start_response)
        try:
            return [b"".join(response)]
        finally:
            if hasattr(response, "close"):
                response.close()

    return app


@contextmanager
def live_server(
    content: Path, exit_url: str | None = None, languages: tuple[str, ...] | None = None
) -> Iterator[str]:
    """Serve a fresh SQLite copy of Cairn loaded with `content`; yield its base URL."""
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(make_config(Path(tmp), f"sqlite:///{tmp}/live.sqlite3"))
        app.config["TESTING"] = False
        if exit_url:
            app.config["EXIT_URL"] = exit_url
        if languages:
            app.config["LANGUAGES"] = languages
        migrate.upgrade(app.extensions["cairn.engine"])
        app.wsgi_app = _closing(app.wsgi_app)  # type: ignore[method-assign]
        with app.app_context():
            import_content(app.extensions["cairn.sessionmaker"](), load_directory(content))
        server = make_server(
            "127.0.0.1", 0, app, threaded=True, request_handler=QuietRequestHandler
        )
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_port}"
        finally:
            server.shutdown()
            thread.join()
            app.extensions["cairn.engine"].dispose()
