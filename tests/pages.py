"""A test client that parses every HTML page and checks what every page must be."""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlparse

from bs4 import BeautifulSoup
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

PAGE_BUDGET = 14 * 1024  # bytes, gzip-compressed, HTML and CSS together
# Navigation (not loading) to these is expected: Exit this page, and help services.
ALLOWED_LINKS = {"www.bbc.co.uk", "www.childline.org.uk"}


@dataclass
class Page:
    response: TestResponse
    soup: BeautifulSoup

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def h1(self) -> str:
        return " ".join(self.soup.h1.get_text(" ").split())

    def text(self) -> str:
        return " ".join(self.soup.get_text(" ").split())

    def csrf(self) -> str:
        field = self.soup.find("input", attrs={"name": "csrf_token"})
        assert field is not None, "page has no CSRF token"
        return str(field["value"])

    @property
    def compressed_size(self) -> int:
        return len(gzip.compress(self.response.data, compresslevel=6))


def check_page(response: TestResponse) -> Page:
    html = response.get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    root = soup.find("html")
    assert root is not None and root.get("lang") and root.get("dir") in {"ltr", "rtl"}
    h1s = soup.find_all("h1")
    assert len(h1s) == 1, f"expected one h1, found {len(h1s)}"
    heading = " ".join(h1s[0].get_text(" ").split())
    title = " ".join(soup.title.get_text().split())
    assert re.sub(r"^Error: ", "", title).startswith(heading), (title, heading)
    ids = Counter(tag["id"] for tag in soup.find_all(id=True))
    duplicates = [i for i, n in ids.items() if n > 1]
    assert not duplicates, f"duplicate ids {duplicates}"
    for tag, attribute in (
        ("script", "src"),
        ("link", "href"),
        ("img", "src"),
        ("form", "action"),
        ("iframe", "src"),
    ):
        for element in soup.find_all(tag):
            host = urlparse(element.get(attribute) or "").netloc
            assert not host, f"{tag} loads from another origin: {element}"
    for link in soup.find_all("a", href=True):
        host = urlparse(link["href"]).netloc
        assert not host or host in ALLOWED_LINKS, f"link to another site: {link['href']}"
    assert "@import" not in html and "url(" not in html, "no fonts or imported styles"
    cookies = response.headers.getlist("Set-Cookie")
    assert len(cookies) <= 1 and all(c.startswith("cairn=") for c in cookies), cookies
    page = Page(response, soup)
    assert page.compressed_size <= PAGE_BUDGET, f"{page.compressed_size} bytes compressed"
    return page


class PageClient:
    """Wraps the Flask test client: every HTML response is checked before a test sees it."""

    def __init__(self, client: FlaskClient) -> None:
        self.raw = client

    def _wrap(self, response: TestResponse) -> Page | TestResponse:
        if 300 <= response.status_code < 400:
            return Page(response, BeautifulSoup("", "html.parser"))
        if response.mimetype == "text/html":
            return check_page(response)
        return response

    def get(self, url: str, **kwargs: object) -> Page:
        page = self._wrap(self.raw.get(url, **kwargs))
        assert isinstance(page, Page), page
        return page

    def post(self, url: str, **kwargs: object) -> Page:
        page = self._wrap(self.raw.post(url, **kwargs))
        assert isinstance(page, Page), page
        return page

    def follow(self, page: Page) -> Page:
        assert page.status in (302, 303), page.status
        return self.get(page.response.headers["Location"])
