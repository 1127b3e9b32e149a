"""Forms for the journey: Flask-WTF carries CSRF; each answer is read by its kind.

Answers are never compulsory, so the only errors are values no honest form could send
(a tampered option) or text that is too long; both come back with the answer kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict

from consult.models import Question
from consult.vocab import FREE_TEXT_MAX, RANKING_MAX


class CsrfForm(FlaskForm):
    """A form that carries only the CSRF token; its fields are read by kind below."""


@dataclass
class ParsedAnswer:
    value: Any  # what to save, or what to show again when there is an error
    error: str | None = None


def read_answer(question: Question, form: MultiDict[str, str]) -> ParsedAnswer:
    """Read the answer to one question from submitted form data."""
    keys = {option.key for option in question.options}
    if question.kind in ("single", "scale"):
        raw = form.get("answer", "").strip()
        if not raw:
            return ParsedAnswer(None)
        if question.kind == "scale":
            if raw not in {"1", "2", "3", "4", "5"}:
                return ParsedAnswer(None, _("Choose one of the faces, or press Skip."))
            return ParsedAnswer(int(raw))
        if raw not in keys:
            return ParsedAnswer(None, _("Choose one of the answers shown, or press Skip."))
        return ParsedAnswer(raw)
    if question.kind == "multiple":
        chosen = [v for v in form.getlist("answer") if v]
        if any(v not in keys for v in chosen):
            valid = [v for v in chosen if v in keys]
            return ParsedAnswer(valid, _("Choose from the answers shown, or press Skip."))
        return ParsedAnswer(list(dict.fromkeys(chosen)))
    if question.kind == "ranking":
        return _read_ranking(question, form)
    text = form.get("answer", "")
    if len(text.strip()) > FREE_TEXT_MAX:
        return ParsedAnswer(
            text,
            _(
                "Your answer is %(length)s characters long. Please make it %(limit)s "
                "characters or fewer.",
                length=f"{len(text.strip()):,}",
                limit=f"{FREE_TEXT_MAX:,}",
            ),
        )
    return ParsedAnswer(text.strip())


def _read_ranking(question: Question, form: MultiDict[str, str]) -> ParsedAnswer:
    """Ranks arrive as one number per item (1 = most important) so no JavaScript is needed.

    On an error the numbers come back exactly as typed, so nothing is lost.
    """
    typed = {o.key: form.get(f"rank-{o.key}", "").strip() for o in question.options}
    typed = {key: raw for key, raw in typed.items() if raw}
    top = min(RANKING_MAX, len(question.options))
    if any(not raw.isdigit() or not 1 <= int(raw) <= top for raw in typed.values()):
        return ParsedAnswer(typed, _("Choose a number from the list for each thing you rank."))
    if len(set(typed.values())) != len(typed):
        return ParsedAnswer(
            typed, _("You gave two things the same number. Give each one its own number.")
        )
    return ParsedAnswer(sorted(typed, key=lambda key: int(typed[key])))
