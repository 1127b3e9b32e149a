import shutil
from pathlib import Path

import pytest

from consult.content import CONTENT_DIR
from consult.content.loader import ContentError, load_directory
from tests.conftest import FIXTURE_CONTENT


@pytest.fixture
def content(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_fixture_content_loads_with_every_kind():
    loaded = load_directory(FIXTURE_CONTENT)
    kinds = {q.kind for c in loaded.consultations for q in c.questions}
    assert kinds == {"single", "multiple", "scale", "text", "ranking"}


@pytest.mark.skipif(
    not (CONTENT_DIR / "strands.yaml").exists(), reason="shipped content not written yet"
)
def test_shipped_content_has_one_consultation_per_strand():
    loaded = load_directory(CONTENT_DIR)
    assert len(loaded.strands) == 9
    assert sorted(c.strand for c in loaded.consultations) == sorted(s.slug for s in loaded.strands)
    for consultation in loaded.consultations:
        assert 5 <= len(consultation.questions) <= 8
        assert len({q.kind for q in consultation.questions}) >= 3, consultation.slug


@pytest.mark.parametrize(
    ("old", "new", "place", "problem"),
    [
        ("kind: scale", "kind: slider", "questions[2].kind", "'slider' is not one of"),
        ("strand: neglect", "strand: nowhere", "strand", "not a work strand"),
        (
            "      - key: not-sure\n",
            "      - key: family\n",
            "questions[0].options[2].key",
            "used twice",
        ),
        (
            "older: Who has helped you most?",
            "oldr: x",
            "questions[0].text",
            "unknown age band 'oldr'",
        ),
        ("status: open", "status: maybe", "status", "'maybe' is not one of"),
        ("key: tell-us", "key: Tell Us", "questions[3].key", "lower-case"),
    ],
)
def test_mistakes_name_the_file_the_place_and_the_problem(content, old, new, place, problem):
    path = content / "consultations" / "test-every-kind.yaml"
    _edit(path, old.replace("Who has helped you most?", '"Who has helped you most?"'), new)
    with pytest.raises(ContentError) as caught:
        load_directory(content)
    assert caught.value.file == str(path)
    assert caught.value.place == place
    assert problem in caught.value.problem


def test_missing_band_wording_is_reported(content):
    path = content / "consultations" / "test-every-kind.yaml"
    _edit(path, "title: {younger: Feeling looked after, ", "title: {")
    with pytest.raises(ContentError, match="title: wording for the younger band is missing"):
        load_directory(content)


def test_broken_yaml_reports_line_and_column(content):
    path = content / "consultations" / "test-closed.yaml"
    path.write_text("slug: test-closed\nquestions: [\n")
    with pytest.raises(
        ContentError, match=r"test-closed.yaml: line \d+, column \d+: not valid YAML"
    ):
        load_directory(content)


def test_missing_strands_file_is_reported(tmp_path):
    with pytest.raises(ContentError, match="strands.yaml: cannot be read"):
        load_directory(tmp_path)
