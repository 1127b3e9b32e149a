"""A child who uses only a keyboard or switch, or enlarges text, can take part."""

from __future__ import annotations

import pytest

from tests.browser.live import PHONE

pytestmark = pytest.mark.browser

FOCUS_VISIBLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  const s = getComputedStyle(el);
  const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
  const ls = label ? getComputedStyle(label) : null;
  return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
      || s.boxShadow !== 'none'
      || (ls && (ls.outlineStyle !== 'none' || ls.boxShadow !== 'none'));
}"""


def _tab_to(page, selector: str, limit: int = 40) -> None:
    """Press Tab until the element matching `selector` has focus, checking focus shows."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_VISIBLE), page.evaluate("document.activeElement.outerHTML")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"could not reach {selector} with Tab")


def test_whole_journey_with_the_keyboard_alone(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base_url}/c/test-every-kind")
    _tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # After a failed submit, focus lands on the error summary.
    assert page.evaluate("document.activeElement.id") == "error-summary"
    _tab_to(page, "input[name=age_band]")
    page.keyboard.press("ArrowDown")  # radios move with arrow keys: 12 to 15
    _tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _tab_to(page, "a.button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    while "/q/" in page.url:
        kind = page.get_attribute("form", "data-kind")
        if kind == "text":
            _tab_to(page, "textarea")
            page.keyboard.type("Someone to talk to")
        elif kind == "ranking":
            _tab_to(page, "select")
            page.keyboard.press("ArrowDown")
        elif kind == "multiple":
            _tab_to(page, "input[name=answer]")
            page.keyboard.press("Space")
        else:
            _tab_to(page, "input[name=answer]")
            page.keyboard.press("ArrowRight")
        _tab_to(page, "button[value=continue]")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    _tab_to(page, "input[name=consent]")
    page.keyboard.press("Space")
    _tab_to(page, "button[value=continue]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Someone to talk to" in page.inner_text("main")
    _tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.inner_text("#receipt-code")
    context.close()


def test_text_at_200_percent_still_reflows_without_sideways_scrolling(browser, base_url):
    context = browser.new_context(viewport={"width": 640, "height": 900})
    page = context.new_page()
    page.goto(f"{base_url}/c/test-every-kind")
    page.check("input[name=age_band][value=older]")
    page.click("button[type=submit]")
    for path in ["/", "/help", "/c/test-every-kind/before"] + [
        f"/c/test-every-kind/q/{n}" for n in range(1, 6)
    ]:
        page.goto(base_url + path)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 640, (path, width)
    context.close()


def test_every_answer_control_is_at_least_44_pixels(browser, base_url):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{base_url}/c/test-every-kind")
    page.check("input[name=age_band][value=middle]")
    page.click("button[type=submit]")
    for number in range(1, 6):
        page.goto(f"{base_url}/c/test-every-kind/q/{number}")
        targets = page.locator(
            "main input:not([type=hidden]), main select, main textarea, main button"
        )
        for i in range(targets.count()):
            target = targets.nth(i)
            box = target.bounding_box()
            kind = target.get_attribute("type")
            if kind == "radio" and target.evaluate("el => el.closest('.face') !== null"):
                box = (
                    target.evaluate_handle("el => el.closest('.face')").as_element().bounding_box()
                )
            assert box["width"] >= 44 and box["height"] >= 44, (number, kind, box)
    context.close()
