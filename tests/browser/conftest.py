from collections.abc import Iterator

import pytest

from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, chromium_available, live_server
from tests.conftest import FIXTURE_CONTENT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    with live_server(FIXTURE_CONTENT, exit_url="/privacy?exited") as url:
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
