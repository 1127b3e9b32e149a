"""Catalogues stay in step with the source, and no translation breaks a placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from consult.config import PROJECT_ROOT
from consult.content import CONTENT_DIR
from consult.content.catalogue import content_strings
from consult.content.loader import load_directory
from consult.i18n import DOMAINS, complete_languages, missing_messages, shipped_languages

TRANSLATIONS = PROJECT_ROOT / "translations"
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{n\}")


def _msgids(path: Path) -> set[str]:
    with path.open("rb") as handle:
        return {str(m.id) for m in read_po(handle) if m.id}


def test_content_template_matches_the_consultation_files():
    current = {text for text, _ in content_strings(load_directory(CONTENT_DIR))}
    assert current == _msgids(TRANSLATIONS / "content.pot"), "run `make translations`"


def test_interface_template_matches_the_code_and_templates(tmp_path):
    out = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "--no-location",
            "-o",
            str(out),
            ".",
        ],
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
    assert _msgids(out) == _msgids(TRANSLATIONS / "messages.pot"), "run `make translations`"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("code", [c for c in shipped_languages(TRANSLATIONS) if c != "en"])
def test_translations_keep_every_placeholder(code, domain):
    with (TRANSLATIONS / code / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if message.id and message.string:
            wanted = sorted(PLACEHOLDER.findall(str(message.id)))
            assert sorted(PLACEHOLDER.findall(str(message.string))) == wanted, message.id


def _fake_translations(tmp_path: Path, translated: float) -> Path:
    """A copy of the catalogues where Polish translates a share of the messages."""
    directory = tmp_path / "translations"
    directory.mkdir(parents=True)
    for name in ("languages.yaml", "messages.pot", "content.pot"):
        shutil.copy(TRANSLATIONS / name, directory / name)
    for domain in DOMAINS:
        with (TRANSLATIONS / f"{domain}.pot").open("rb") as handle:
            catalog = read_po(handle, locale="pl")
        messages = [m for m in catalog if m.id]
        for message in messages[: int(len(messages) * translated)]:
            message.string = f"PL {message.id}"
        target = directory / "pl" / "LC_MESSAGES" / f"{domain}.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_po(handle, catalog)
    return directory


def test_a_language_is_offered_only_when_complete(tmp_path):
    half = _fake_translations(tmp_path / "half", 0.5)
    assert missing_messages(half, "pl", "content")
    assert complete_languages(half) == ("en",)
    full = _fake_translations(tmp_path / "full", 1.0)
    assert complete_languages(full) == ("en", "pl")


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("code", [c for c in shipped_languages(TRANSLATIONS) if c != "en"])
def test_every_shipped_language_translates_every_message(code, domain):
    assert missing_messages(TRANSLATIONS, code, domain) == []
