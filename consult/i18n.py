"""Languages: which are shipped, which are complete enough to offer, and content lookup.

A language is offered to young people only when both its catalogues (interface and
consultation content) translate every message in the templates, so nobody is ever shown
a half-translated page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from flask_babel import Domain

from consult.models.content import BandText, for_band

SOURCE_LANGUAGE = "en"
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
DOMAINS = ("messages", "content")

content_domain = Domain(domain="content")


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    reviewed: bool

    @property
    def direction(self) -> str:
        return "rtl" if self.code in RTL_LANGUAGES else "ltr"


def shipped_languages(directory: Path) -> dict[str, Language]:
    data = yaml.safe_load((directory / "languages.yaml").read_text(encoding="utf-8"))
    return {
        code: Language(code, str(entry["name"]), bool(entry.get("reviewed", False)))
        for code, entry in data.items()
    }


def _read(path: Path) -> Catalog | None:
    if not path.exists():
        return None
    with path.open("rb") as handle:
        return read_po(handle)


def missing_messages(directory: Path, code: str, domain: str) -> list[str]:
    """Messages of the domain's template that the language does not translate (or only fuzzily)."""
    template = _read(directory / f"{domain}.pot")
    if template is None:
        return []
    catalog = _read(directory / code / "LC_MESSAGES" / f"{domain}.po")
    if catalog is None:
        return [str(m.id) for m in template if m.id]
    missing = []
    for message in template:
        if not message.id:
            continue
        translated = catalog.get(message.id, context=message.context)
        if translated is None or not translated.string or translated.fuzzy:
            missing.append(str(message.id))
    return missing


def complete_languages(directory: Path) -> tuple[str, ...]:
    """The source language, then every shipped language with nothing missing."""
    return (SOURCE_LANGUAGE,) + tuple(
        code
        for code in shipped_languages(directory)
        if code != SOURCE_LANGUAGE
        and not any(missing_messages(directory, code, domain) for domain in DOMAINS)
    )


def translate_content(text: str) -> str:
    """Consultation wording in the page's language (the English source if untranslated)."""
    return str(content_domain.gettext(text)) if text else text


def band_text(text: BandText | None, band: str) -> str:
    """Content wording for an age band, in the page's language."""
    return translate_content(for_band(text, band))
