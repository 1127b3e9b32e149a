"""axe-core (shipped inside the axe-playwright-python wheel) finds no WCAG 2.0-2.2 A/AA
violation on any participant page, in any age band, at phone and desktop sizes."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.live import PHONE

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
VIEWPORTS = {"phone": PHONE, "desktop": {"viewport": {"width": 1280, "height": 900}}}
BAD_ANSWERS = {  # what makes each question kind show its error state
    "single": lambda page: page.evaluate(
        "document.querySelector('input[name=answer]').value = 'tampered'"
    ),
    "scale": lambda page: page.evaluate("document.querySelector('input[name=answer]').value = '9'"),
    "multiple": lambda page: page.evaluate(
        "document.querySelector('input[name=answer]').value = 'tampered'"
    ),
    "ranking": lambda page: [page.locator("select").nth(i).select_option("1") for i in range(2)],
    "text": lambda page: page.fill("textarea", "x" * 2001),
}


def _violations(axe: Axe, page) -> list[str]:
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
        for v in results.response["violations"]
    ]


def _pages(page, base_url: str, band: str):
    """Drive a whole journey, yielding a name at each page worth checking."""
    for path in ("/", "/help", "/privacy", "/receipt", "/withdraw"):
        page.goto(base_url + path)
        yield path
    page.goto(f"{base_url}/c/test-every-kind")
    yield "age group"
    page.click("button[type=submit]")
    yield "age group error"
    page.check(f"input[name=age_band][value={band}]")
    page.click("button[type=submit]")
    yield "before you start"
    page.click("a.button")
    while "/q/" in page.url:
        kind = page.get_attribute("form", "data-kind")
        yield f"question ({kind})"
        BAD_ANSWERS[kind](page)
        page.click("button[value=continue]")
        yield f"question ({kind}) error"
        page.click("button[value=skip]")
    yield "consent"
    page.click("button[value=continue]")
    yield "check answers"
    page.click("button[type=submit]")
    yield "thank you"
    code = page.inner_text("#receipt-code")
    page.goto(f"{base_url}/receipt")
    page.fill("#code", "nope")
    page.click("button[type=submit]")
    yield "receipt error"
    page.fill("#code", code)
    page.click("button[type=submit]")
    yield "receipt status"


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("band", ["younger", "middle", "older"])
def test_no_axe_violations_on_any_participant_page(browser, base_url, band, viewport):
    axe = Axe()
    context = browser.new_context(**VIEWPORTS[viewport])
    page = context.new_page()
    found = {}
    checked = 0
    for name in _pages(page, base_url, band):
        checked += 1
        problems = _violations(axe, page)
        if problems:
            found[name] = problems
    context.close()
    assert checked >= 15
    assert found == {}
