"""Turning questions and stored values into words on the page, for one age band."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _

from consult.i18n import band_text, translate_content
from consult.models import Question
from consult.participate import bp


def option_pairs(question: Question, band: str) -> list[tuple[str, str]]:
    return [(option.key, band_text(option.text, band)) for option in question.options]


def scale_words(question: Question, band: str) -> list[str]:
    words = (question.scale_words or {}).get(band) or next(
        iter((question.scale_words or {}).values()), None
    )
    if words:
        return [translate_content(word) for word in words]
    return [_("Very bad"), _("Bad"), _("OK"), _("Good"), _("Very good")]


def ranks(value: Any) -> dict[str, str]:
    """Rank numbers per option: from a saved order, or as typed when there was an error."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return {key: str(n) for n, key in enumerate(value or [], start=1)}


def answer_text(question: Question, value: Any, band: str) -> list[str]:
    """The answer as lines to show on Check your answers; empty when skipped."""
    if value in (None, "", []):
        return []
    labels = dict(option_pairs(question, band))
    if question.kind == "scale":
        return [scale_words(question, band)[int(value) - 1]]
    if question.kind == "single":
        return [labels.get(value, "")]
    if question.kind == "multiple":
        return [labels.get(v, "") for v in value]
    if question.kind == "ranking":
        return [f"{n}. {labels.get(v, '')}" for n, v in enumerate(value, start=1)]
    return [str(value)]


@bp.app_context_processor
def display_helpers() -> dict[str, object]:
    return {
        "option_pairs": option_pairs,
        "scale_words": scale_words,
        "ranks": ranks,
        "answer_text": answer_text,
    }
