"""Walk a consultation as a young person would, through the checked page client."""

from __future__ import annotations

from typing import Any

from tests.pages import Page, PageClient


class Journey:
    def __init__(self, client: PageClient, slug: str = "test-every-kind") -> None:
        self.client, self.slug = client, slug
        self.base = f"/c/{slug}"

    def start(self, band: str = "middle", **headers: Any) -> Page:
        page = self.client.get(self.base, **headers)
        chosen = self.client.post(self.base, data={"csrf_token": page.csrf(), "age_band": band})
        return self.client.follow(chosen)

    def answer(
        self, number: int, data: dict[str, Any], action: str = "continue", change: bool = False
    ) -> Page:
        url = f"{self.base}/q/{number}" + ("?change=1" if change else "")
        page = self.client.get(url)
        return self.client.post(url, data={"csrf_token": page.csrf(), "action": action, **data})

    def consent(self, choice: str | None) -> Page:
        page = self.client.get(f"{self.base}/consent")
        data = {"csrf_token": page.csrf(), "action": "continue"}
        if choice:
            data["consent"] = choice
        return self.client.post(f"{self.base}/consent", data=data)

    def submit(self) -> Page:
        page = self.client.get(f"{self.base}/check")
        return self.client.post(f"{self.base}/check", data={"csrf_token": page.csrf()})

    def complete(self, band: str = "middle", text: str = "More youth clubs please") -> str:
        """Answer every question of the fixture consultation; return the receipt code."""
        self.start(band)
        self.answer(1, {"answer": "teacher"})
        self.answer(2, {"answer": ["food", "clubs"]})
        self.answer(3, {"answer": "4"})
        self.answer(4, {"answer": text})
        if band != "younger":
            self.answer(5, {"rank-quick": "1", "rank-listen": "2"})
        self.consent("yes")
        return receipt_code(self.submit())


def receipt_code(page: Page) -> str:
    code = page.soup.find(id="receipt-code")
    assert code is not None, page.text()
    return code.get_text(strip=True)
