"""Consultation wording as a gettext catalogue, so it is translated like the interface.

English is the source: each distinct English string is one message in the `content`
domain (translations/<lang>/LC_MESSAGES/content.po), with the places it is used as
comments for the translator.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from consult.content.loader import Content

DOMAIN = "content"


def content_strings(content: Content) -> Iterator[tuple[str, str]]:
    """Every string a young person may read, with where it comes from."""
    for strand in content.strands:
        yield strand.name, f"{strand.slug}/name"
        for band, text in strand.explain.items():
            yield text, f"{strand.slug}/explain/{band}"
    for consultation in content.consultations:
        where = consultation.slug
        for field in ("title", "summary", "intro"):
            for band, text in getattr(consultation, field).items():
                yield text, f"{where}/{field}/{band}"
        if consultation.you_said_we_did:
            yield consultation.you_said_we_did, f"{where}/you_said_we_did"
        for question in consultation.questions:
            at = f"{where}/{question.key}"
            for band, text in question.text.items():
                yield text, f"{at}/{band}"
            for band, text in (question.hint or {}).items():
                yield text, f"{at}/hint/{band}"
            for option in question.options:
                for band, text in option.text.items():
                    yield text, f"{at}/{option.key}/{band}"
            for band, words in (question.scale_words or {}).items():
                for word in words:
                    yield word, f"{at}/scale/{band}"


def write_template(content: Content, path: Path) -> int:
    """Write content.pot; return how many distinct messages it holds."""
    catalog = Catalog(project="Cairn consultations", domain=DOMAIN)
    for text, where in content_strings(content):
        message = catalog.get(text)
        if message is None:
            catalog.add(text, auto_comments=[where])
        else:
            message.auto_comments.append(where)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=False)
    return len(catalog)


if __name__ == "__main__":
    from consult.config import PROJECT_ROOT
    from consult.content import CONTENT_DIR
    from consult.content.loader import load_directory

    target = PROJECT_ROOT / "translations" / f"{DOMAIN}.pot"
    print(f"{write_template(load_directory(CONTENT_DIR), target)} messages in {target}")
