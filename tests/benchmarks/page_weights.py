"""Weigh every kind of participant page: bytes gzip-compressed, HTML with its inline CSS.

    make page-weights

The budget (14 KB, the first TCP round trip) is asserted for every page in
tests/integration/participate/test_page_weight.py; this prints the figures.
"""

from __future__ import annotations

import gzip
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from flask.testing import FlaskClient

BUDGET = 14 * 1024
CSRF_FIELD = re.compile(rb'name="csrf_token" type="hidden" value="([^"]+)"')


def visit_every_page(client: FlaskClient, slug: str, band: str) -> Iterator[tuple[str, bytes]]:
    """Yield (page name, body) for each page a young person meets, in journey order."""

    def get(url: str) -> bytes:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response.data

    def csrf(body: bytes) -> str:
        found = CSRF_FIELD.search(body)
        assert found, "page has no CSRF token"
        return found.group(1).decode()

    for name, url in (
        ("home", "/"),
        ("help", "/help"),
        ("privacy", "/privacy"),
        ("receipt", "/receipt"),
        ("withdraw", "/withdraw"),
    ):
        yield name, get(url)
    start = get(f"/c/{slug}")
    yield "age group", start
    client.post(f"/c/{slug}", data={"csrf_token": csrf(start), "age_band": band})
    yield "before you start", get(f"/c/{slug}/before")
    number = 1
    while True:
        response = client.get(f"/c/{slug}/q/{number}")
        if response.status_code == 404:
            break
        yield f"question {number}", response.data
        number += 1
    yield "consent", get(f"/c/{slug}/consent")
    check = get(f"/c/{slug}/check")
    yield "check answers", check
    yield "thank you", client.post(f"/c/{slug}/check", data={"csrf_token": csrf(check)}).data


def main() -> int:
    from consult import create_app, migrate
    from consult.content import CONTENT_DIR
    from consult.content.loader import load_directory
    from consult.services.content import import_content
    from tests.conftest import FIXTURE_CONTENT, make_config

    content = CONTENT_DIR if (CONTENT_DIR / "strands.yaml").exists() else FIXTURE_CONTENT
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(make_config(Path(tmp), f"sqlite:///{tmp}/weights.sqlite3"))
        migrate.upgrade(app.extensions["cairn.engine"])
        loaded = load_directory(content)
        with app.app_context():
            import_content(app.extensions["cairn.sessionmaker"](), loaded)
        heaviest = 0
        print(f"{'consultation':<34} {'band':<8} {'page':<18} {'raw':>7} {'gzip':>6}")
        for consultation in loaded.consultations:
            if consultation.status != "open":
                continue
            for band in ("younger", "middle", "older"):
                for name, body in visit_every_page(app.test_client(), consultation.slug, band):
                    size = len(gzip.compress(body, compresslevel=6))
                    heaviest = max(heaviest, size)
                    print(f"{consultation.slug:<34} {band:<8} {name:<18} {len(body):>7} {size:>6}")
        print(f"heaviest page: {heaviest} bytes compressed; budget {BUDGET}")
    return 0 if heaviest <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
