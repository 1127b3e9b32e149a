"""Every participant page fits the 14 KB first round trip: HTML and inline CSS, compressed."""

import pytest
from werkzeug.test import TestResponse

from tests.benchmarks.page_weights import BUDGET, visit_every_page
from tests.pages import check_page


@pytest.mark.parametrize("band", ["younger", "middle", "older"])
def test_every_page_of_the_journey_is_within_budget(app, db_session, band):
    pages = list(visit_every_page(app.test_client(), "test-every-kind", band))
    assert len(pages) >= 13
    for name, body in pages:
        page = check_page(TestResponse(body, 200, {"Content-Type": "text/html"}, request=None))
        assert page.compressed_size <= BUDGET, name


def test_no_page_needs_javascript_or_loads_fonts(client):
    page = client.get("/")
    scripts = page.soup.find_all("script")
    assert all(s.has_attr("defer") and s["src"].startswith("/static/") for s in scripts)
    assert "@font-face" not in page.response.get_data(as_text=True)
