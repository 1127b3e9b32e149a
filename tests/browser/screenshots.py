"""Walk a whole consultation on a phone-sized Chromium and save a picture of each page.

make screenshots        # writes screenshots/*.png, linked from the README
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from consult.content import CONTENT_DIR
from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, PHONE, chromium_available, live_server

OUT = Path(__file__).resolve().parents[2] / "screenshots"


def walk(page: Page, base: str, slug: str, out: Path) -> list[Path]:
    """Answer every question of `slug` as a 13-year-old, photographing each page."""
    saved: list[Path] = []

    def shot(name: str) -> None:
        path = out / f"{len(saved) + 1:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        saved.append(path)

    page.goto(f"{base}/")
    shot("home")
    page.goto(f"{base}/c/{slug}")
    page.click("button[type=submit]")
    shot("age-group-error")
    page.check("input[name=age_band][value=middle]")
    page.click("button[type=submit]")
    shot("before-you-start")
    page.click("a.button")
    seen: set[str] = set()
    while "/q/" in page.url:
        kind = page.get_attribute("form", "data-kind") or "question"
        if kind not in seen:
            shot(f"question-{kind}")
        if kind == "text" and kind not in seen:
            page.fill("textarea", "x" * 2100)
            page.click("button[value=continue]")
            shot("question-text-too-long")
            question_url = page.url
            page.fill("textarea", "i am scared to go home because my dad hits me")
            page.click("button[value=continue]")
            shot("support-after-disclosure")
            page.goto(question_url)
            page.fill(
                "textarea",
                "More people to talk to. Me and hope (hope@example.com) think the panel "
                "should listen. Ring 07700.900.567.",
            )
        elif kind in ("single", "multiple", "scale"):
            page.locator("input[name=answer]").first.check(force=True)
        elif kind == "ranking":
            page.locator("select").first.select_option("1")
        seen.add(kind)
        page.click("button[value=continue]")
    shot("consent")
    page.check("input[name=consent][value=yes]")
    page.click("button[value=continue]")
    shot("check-answers")
    page.click("button[type=submit]")
    shot("thank-you")
    code = page.inner_text("#receipt-code")
    page.goto(f"{base}/receipt")
    page.fill("#code", code)
    page.click("button[type=submit]")
    shot("receipt-status")
    page.goto(f"{base}/help")
    shot("get-help")
    page.goto(f"{base}/withdraw")
    shot("withdraw")
    page.goto(f"{base}/staff/sign-in")
    shot("staff-sign-in")
    return saved


def main() -> int:
    if not chromium_available():
        print("Chromium is not installed (apt-get install chromium); no screenshots taken.")
        return 1
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    slug = sys.argv[1] if len(sys.argv) > 1 else "child-internet-safety"
    with live_server(CONTENT_DIR) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(**PHONE).new_page()  # type: ignore[arg-type]
        saved = walk(page, base, slug, OUT)
        browser.close()
    print(f"{len(saved)} screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
