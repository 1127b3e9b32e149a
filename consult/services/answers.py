"""Check and clean one answer, whatever channel it came by.

Values are plain and JSON-friendly, so a draft can hold them:
single -> option key; multiple -> [option keys]; scale -> 1..5; text -> scrubbed text;
ranking -> [option keys], most important first. An empty value means skipped.
"""

from __future__ import annotations

from typing import Any

from consult.models import Question
from consult.privacy import scrub
from consult.services import InvalidAnswer
from consult.vocab import FREE_TEXT_MAX, RANKING_MAX, SCALE_POINTS

Value = str | int | list[str] | None


def is_skipped(value: Value) -> bool:
    return value is None or value == "" or value == []


def clean_answer(question: Question, value: Any) -> Value:
    """Return the value as it may be stored, or raise InvalidAnswer.

    Free text is scrubbed here, before it is written anywhere, drafts included: what is
    never stored cannot leak.
    """
    if is_skipped(value):
        return None
    keys = {option.key for option in question.options}
    if question.kind == "single":
        if not isinstance(value, str) or value not in keys:
            raise InvalidAnswer("not one of the options")
        return value
    if question.kind in ("multiple", "ranking"):
        if not isinstance(value, list) or not all(isinstance(v, str) and v in keys for v in value):
            raise InvalidAnswer("not one of the options")
        if len(set(value)) != len(value):
            raise InvalidAnswer("an option appears twice")
        if question.kind == "ranking" and len(value) > RANKING_MAX:
            raise InvalidAnswer("too many ranked")
        return list(value)
    if question.kind == "scale":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= SCALE_POINTS:
            raise InvalidAnswer("not a point on the scale")
        return value
    if not isinstance(value, str):
        raise InvalidAnswer("not text")
    text = value.strip()
    if len(text) > FREE_TEXT_MAX:
        raise InvalidAnswer("too long")
    return scrub(text) or None
