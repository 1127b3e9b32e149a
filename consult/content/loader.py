"""Read and validate consultation YAML into plain specs.

Every mistake is reported with the file, the place in it and what is wrong, so an author
who is not a programmer can fix it: `consultations/neglect.yaml: questions[3].options:
a single-choice question needs 2 to 8 options, found 1`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from consult.vocab import AGE_BANDS, QUESTION_KINDS, SCALE_POINTS, STATUSES

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
OPTION_COUNTS = {"single": (2, 8), "multiple": (2, 8), "ranking": (3, 5)}
QUESTIONS_PER_CONSULTATION = (5, 8)

BandText = dict[str, str]


class ContentError(ValueError):
    def __init__(self, file: Path | str, place: str, problem: str) -> None:
        self.file, self.place, self.problem = str(file), place, problem
        super().__init__(f"{file}: {place}: {problem}" if place else f"{file}: {problem}")


@dataclass(frozen=True)
class StrandSpec:
    slug: str
    name: str
    explain: BandText


@dataclass(frozen=True)
class OptionSpec:
    key: str
    text: BandText


@dataclass(frozen=True)
class QuestionSpec:
    key: str
    kind: str
    bands: tuple[str, ...]
    text: BandText
    hint: BandText | None = None
    options: tuple[OptionSpec, ...] = ()
    scale_words: dict[str, list[str]] | None = None


@dataclass(frozen=True)
class ConsultationSpec:
    slug: str
    strand: str
    status: str
    title: BandText
    summary: BandText
    intro: BandText
    questions: tuple[QuestionSpec, ...]
    you_said_we_did: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Content:
    strands: tuple[StrandSpec, ...]
    consultations: tuple[ConsultationSpec, ...] = field(default_factory=tuple)


class _Reader:
    """Walks one parsed file, remembering the place for error messages."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def fail(self, place: str, problem: str) -> ContentError:
        return ContentError(self.file, place, problem)

    def mapping(self, value: Any, place: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(place, f"expected a mapping of names to values, found {_kind(value)}")
        return value

    def required(self, data: dict[str, Any], key: str, place: str) -> Any:
        if key not in data or data[key] in (None, ""):
            raise self.fail(place, f"'{key}' is missing")
        return data[key]

    def slug(self, data: dict[str, Any], key: str, place: str) -> str:
        value = self.required(data, key, place)
        if not isinstance(value, str) or not SLUG.match(value):
            raise self.fail(
                f"{place}.{key}" if place else key,
                f"{value!r} must be lower-case letters, digits and hyphens",
            )
        return value

    def band_text(self, value: Any, place: str, bands: tuple[str, ...]) -> BandText:
        data = self.mapping(value, place)
        unknown = sorted(set(data) - set(AGE_BANDS))
        if unknown:
            raise self.fail(place, f"unknown age band {unknown[0]!r}; use {', '.join(AGE_BANDS)}")
        for band in bands:
            text = data.get(band)
            if not isinstance(text, str) or not text.strip():
                raise self.fail(place, f"wording for the {band} band is missing")
        return {band: " ".join(str(text).split()) for band, text in data.items()}

    def unknown_keys(self, data: dict[str, Any], allowed: set[str], place: str) -> None:
        extra = sorted(set(data) - allowed)
        if extra:
            raise self.fail(place, f"unknown field {extra[0]!r}")


def _kind(value: Any) -> str:
    return {list: "a list", str: "text", type(None): "nothing"}.get(
        type(value), type(value).__name__
    )


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ContentError(path, "", f"cannot be read ({error.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ContentError(
            path, place, f"not valid YAML ({getattr(error, 'problem', error)})"
        ) from None


def load_strands(path: Path) -> tuple[StrandSpec, ...]:
    reader = _Reader(path)
    data = _parse(path)
    if not isinstance(data, list) or not data:
        raise reader.fail("", "expected a list of work strands")
    strands, seen = [], set()
    for index, item in enumerate(data):
        place = f"[{index}]"
        item = reader.mapping(item, place)
        reader.unknown_keys(item, {"slug", "name", "explain"}, place)
        slug = reader.slug(item, "slug", place)
        if slug in seen:
            raise reader.fail(f"{place}.slug", f"{slug!r} is used twice")
        seen.add(slug)
        name = reader.required(item, "name", place)
        explain = reader.band_text(
            reader.required(item, "explain", place), f"{place}.explain", AGE_BANDS
        )
        strands.append(StrandSpec(slug, str(name), explain))
    return tuple(strands)


def load_consultation(path: Path, strand_slugs: set[str]) -> ConsultationSpec:
    reader = _Reader(path)
    data = reader.mapping(_parse(path), "")
    allowed = {
        "slug",
        "strand",
        "status",
        "title",
        "summary",
        "intro",
        "questions",
        "you_said_we_did",
    }
    reader.unknown_keys(data, allowed, "")
    slug = reader.slug(data, "slug", "")
    if path.stem != slug:
        raise reader.fail("slug", f"the file must be named {slug}.yaml")
    strand = reader.slug(data, "strand", "")
    if strand not in strand_slugs:
        raise reader.fail("strand", f"{strand!r} is not a work strand in strands.yaml")
    status = data.get("status", "draft")
    if status not in STATUSES:
        raise reader.fail("status", f"{status!r} is not one of {', '.join(STATUSES)}")
    texts = {
        key: reader.band_text(reader.required(data, key, ""), key, AGE_BANDS)
        for key in ("title", "summary", "intro")
    }
    raw_questions = reader.required(data, "questions", "")
    if not isinstance(raw_questions, list):
        raise reader.fail("questions", "expected a list of questions")
    low, high = QUESTIONS_PER_CONSULTATION
    if not low <= len(raw_questions) <= high:
        raise reader.fail(
            "questions", f"a consultation has {low} to {high} questions, found {len(raw_questions)}"
        )
    questions = tuple(
        _question(reader, raw, f"questions[{i}]") for i, raw in enumerate(raw_questions)
    )
    keys = [q.key for q in questions]
    duplicate = next((k for k in keys if keys.count(k) > 1), None)
    if duplicate:
        raise reader.fail("questions", f"the key {duplicate!r} is used twice")
    for band in AGE_BANDS:
        if not any(band in q.bands for q in questions):
            raise reader.fail("questions", f"no question is asked of the {band} band")
    you_said = data.get("you_said_we_did")
    return ConsultationSpec(
        slug=slug,
        strand=strand,
        status=status,
        questions=questions,
        you_said_we_did=str(you_said) if you_said else None,
        source=str(path),
        **texts,
    )


def _question(reader: _Reader, raw: Any, place: str) -> QuestionSpec:
    data = reader.mapping(raw, place)
    reader.unknown_keys(data, {"key", "kind", "bands", "text", "hint", "options", "scale"}, place)
    key = reader.slug(data, "key", place)
    kind = reader.required(data, "kind", place)
    if kind not in QUESTION_KINDS:
        raise reader.fail(f"{place}.kind", f"{kind!r} is not one of {', '.join(QUESTION_KINDS)}")
    bands = data.get("bands", list(AGE_BANDS))
    if not isinstance(bands, list) or not bands or any(b not in AGE_BANDS for b in bands):
        raise reader.fail(f"{place}.bands", f"expected a list drawn from {', '.join(AGE_BANDS)}")
    bands = tuple(b for b in AGE_BANDS if b in bands)
    text = reader.band_text(reader.required(data, "text", place), f"{place}.text", bands)
    hint = reader.band_text(data["hint"], f"{place}.hint", ()) if data.get("hint") else None
    options = _options(reader, data, kind, bands, place)
    scale = _scale_words(reader, data, kind, bands, place)
    return QuestionSpec(key, kind, bands, text, hint, options, scale)


def _options(
    reader: _Reader, data: dict[str, Any], kind: str, bands: tuple[str, ...], place: str
) -> tuple[OptionSpec, ...]:
    raw = data.get("options") or []
    if kind not in OPTION_COUNTS:
        if raw:
            raise reader.fail(f"{place}.options", f"a {kind} question has no options")
        return ()
    low, high = OPTION_COUNTS[kind]
    if not isinstance(raw, list) or not low <= len(raw) <= high:
        found = len(raw) if isinstance(raw, list) else _kind(raw)
        raise reader.fail(
            f"{place}.options", f"a {kind} question needs {low} to {high} options, found {found}"
        )
    options: list[OptionSpec] = []
    for index, item in enumerate(raw):
        where = f"{place}.options[{index}]"
        item = reader.mapping(item, where)
        reader.unknown_keys(item, {"key", "text"}, where)
        key = reader.slug(item, "key", where)
        if any(o.key == key for o in options):
            raise reader.fail(f"{where}.key", f"{key!r} is used twice in this question")
        options.append(
            OptionSpec(
                key, reader.band_text(reader.required(item, "text", where), f"{where}.text", bands)
            )
        )
    return tuple(options)


def _scale_words(
    reader: _Reader, data: dict[str, Any], kind: str, bands: tuple[str, ...], place: str
) -> dict[str, list[str]] | None:
    raw = data.get("scale")
    if raw is None:
        return None
    if kind != "scale":
        raise reader.fail(f"{place}.scale", "only a scale question has scale words")
    words = reader.mapping(raw, f"{place}.scale")
    for band, values in words.items():
        if band not in AGE_BANDS:
            raise reader.fail(f"{place}.scale", f"unknown age band {band!r}")
        if (
            not isinstance(values, list)
            or len(values) != SCALE_POINTS
            or not all(isinstance(v, str) and v.strip() for v in values)
        ):
            raise reader.fail(
                f"{place}.scale.{band}", f"expected {SCALE_POINTS} words, from worst to best"
            )
    return {band: [str(v) for v in values] for band, values in words.items()}


def load_directory(directory: Path | str) -> Content:
    """Load `strands.yaml` and every `consultations/*.yaml` under a content directory."""
    directory = Path(directory)
    strands = load_strands(directory / "strands.yaml")
    slugs = {s.slug for s in strands}
    files = sorted((directory / "consultations").glob("*.yaml"))
    return Content(strands, tuple(load_consultation(f, slugs) for f in files))
