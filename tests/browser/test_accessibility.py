"""axe-core (shipped inside the axe-playwright-python wheel) finds no WCAG 2.0-2.2 A/AA
violation on any participant page: every question of every consultation and its error
state, in every age band, at phone and desktop sizes, in English and in Arabic."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from consult.content import CONTENT_DIR
from consult.content.loader import load_directory
from tests.browser.conftest import AXE_PAGES
from tests.browser.live import PHONE

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
VIEWPORTS = {"phone": PHONE, "desktop": {"viewport": {"width": 1280, "height": 900}}}
SLUGS = [c.slug for c in load_directory(CONTENT_DIR).consultations if c.status == "open"]
TAMPER = "el => { el.value = 'tampered'; el.checked = true; }"
BAD_ANSWERS = {  # what puts each question kind into its error state
    "single": lambda page: page.locator("input[name=answer]").first.evaluate(TAMPER),
    "scale": lambda page: page.locator("input[name=answer]").first.evaluate(TAMPER),
    "multiple": lambda page: page.locator("input[name=answer]").first.evaluate(TAMPER),
    "ranking": lambda page: [page.locator("select").nth(i).select_option("1") for i in (0, 1)],
    "text": lambda page: page.fill("textarea", "x" * 2001),
}


def _violations(axe: Axe, page) -> list[str]:
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
        for v in results.response["violations"]
    ]


def _journey(page, base: str, slug: str, band: str, language: str, shared: bool):
    """Drive a whole consultation, yielding a name at each page worth checking."""
    page.goto(f"{base}/language?next=/")
    page.check(f"input[name=language][value={language}]")
    page.click("button[type=submit]")
    if shared:
        for path in ("/", "/help", "/privacy", "/receipt", "/withdraw", "/language"):
            page.goto(base + path)
            yield path
    page.goto(f"{base}/c/{slug}")
    yield "age group"
    if shared:
        page.click("button[type=submit]")
        yield "age group error"
    page.check(f"input[name=age_band][value={band}]")
    page.click("button[type=submit]")
    yield "before you start"
    page.click("main a.button")
    while "/q/" in page.url:
        kind = page.get_attribute("form", "data-kind")
        yield f"{page.url.rsplit('/', 1)[-1]} ({kind})"
        BAD_ANSWERS[kind](page)
        page.click("button[value=continue]")
        yield f"{page.url.rsplit('/', 1)[-1]} ({kind}) error"
        if kind == "text":
            question_url = page.url
            page.fill("textarea", "i am scared to go home")
            page.click("button[value=continue]")
            yield "support"
            page.goto(question_url)
        page.click("button[value=skip]")
    yield "consent"
    page.click("button[value=continue]")
    yield "check answers"
    page.click("main button[type=submit]")
    yield "thank you"
    if shared:
        code = page.inner_text("#receipt-code")
        page.goto(f"{base}/receipt")
        page.fill("#code", "nope")
        page.click("main button[type=submit]")
        yield "receipt error"
        page.fill("#code", code)
        page.click("main button[type=submit]")
        yield "receipt status"


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("band", ["younger", "middle", "older"])
@pytest.mark.parametrize("slug", SLUGS)
def test_no_axe_violations(browser, content_url, slug, band, viewport, language):
    axe = Axe()
    context = browser.new_context(**VIEWPORTS[viewport])
    page = context.new_page()
    shared = slug == SLUGS[0]  # pages outside a consultation: checked once per combination
    found = {}
    for name in _journey(page, content_url, slug, band, language, shared):
        assert page.locator("html").get_attribute("lang") == language
        AXE_PAGES[language] += 1
        problems = _violations(axe, page)
        if problems:
            found[name] = problems
    context.close()
    assert found == {}
