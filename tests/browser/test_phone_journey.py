"""A whole journey in Chromium at phone size: with JavaScript off, and its optional extras on."""

import pytest

from tests.browser.live import PHONE

pytestmark = pytest.mark.browser


def _answer_everything(page, base_url):
    page.goto(f"{base_url}/c/test-every-kind")
    page.check("input[name=age_band][value=middle]")
    page.click("button[type=submit]")
    page.click("a.button")
    page.check("input[name=answer][value=teacher]")
    page.click("button[value=continue]")
    page.check("input[name=answer][value=food]")
    page.click("button[value=continue]")
    page.check("input[name=answer][value='4']", force=True)
    page.click("button[value=continue]")
    page.fill("textarea", "A quiet room to talk in")
    page.click("button[value=continue]")
    page.select_option("select[name=rank-listen]", "1")
    page.click("button[value=continue]")
    page.check("input[name=consent][value=no]")
    page.click("button[value=continue]")
    page.click("button[type=submit]")
    return page.inner_text("#receipt-code")


def test_whole_journey_works_with_javascript_off(browser, base_url):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    code = _answer_everything(page, base_url)
    assert len(code) == 19
    assert len(context.cookies()) <= 1
    context.close()


def test_no_horizontal_scrolling_at_320_pixels(browser, base_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{base_url}/c/test-every-kind")
    page.check("input[name=age_band][value=older]")
    page.click("button[type=submit]")
    for number in range(1, 6):
        page.goto(f"{base_url}/c/test-every-kind/q/{number}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (number, width)
    context.close()


def test_shift_three_times_exits(browser, base_url):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{base_url}/help")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url("**/privacy?exited")
    context.close()


def test_characters_left_are_counted_as_you_type(browser, base_url):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(f"{base_url}/c/test-every-kind")
    page.check("input[name=age_band][value=younger]")
    page.click("button[type=submit]")
    page.goto(f"{base_url}/c/test-every-kind/q/4")
    page.fill("textarea", "hello")
    assert page.inner_text("#answer-count") == "1,995 characters left"
    context.close()
