from collections import Counter
from collections.abc import Iterator

import pytest

from consult.content import CONTENT_DIR
from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, chromium_available, live_server
from tests.conftest import FIXTURE_CONTENT

pytestmark = pytest.mark.browser
# Pages checked by axe in this run, by language: reported at the end of the run.
AXE_PAGES: Counter[str] = Counter()
ALL_LANGUAGES = ("en", "gd", "pl", "ar", "uk")


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    """The fixture consultation (every question kind), with a local Exit this page."""
    with live_server(FIXTURE_CONTENT, exit_url="/privacy?exited") as url:
        yield url


@pytest.fixture(scope="session")
def content_url() -> Iterator[str]:
    """The nine real consultations, every shipped language offered."""
    with live_server(CONTENT_DIR, languages=ALL_LANGUAGES) as url:
        yield url


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not chromium_available():
        pytest.skip("Chromium is not installed: apt-get install chromium (browser tests skipped)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def pytest_terminal_summary(terminalreporter):  # type: ignore[no-untyped-def]
    if AXE_PAGES:
        counts = ", ".join(f"{lang}: {n}" for lang, n in sorted(AXE_PAGES.items()))
        terminalreporter.write_line(
            f"axe page checks: {sum(AXE_PAGES.values())} ({counts}), zero violations required"
        )
