import json

from tests.journey import Journey

ANSWERS = [
    "adults should listen to us more",
    "nobody listens to young people",
    "listen to kids",
    "more youth clubs in the town",
    "youth club on fridays",
    "somewhere to go at night",
] * 3


def test_consult_analyse_themes_stored_answers_with_suppression(client, runner, tmp_path):
    for text in ANSWERS:
        Journey(client).complete("middle", text=text)
    out = tmp_path / "themes.json"
    result = runner.invoke(
        args=["analyse", "test-every-kind", "--format", "json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(out.read_text())["themes"]
    assert rows, "no themes written"
    assert {row["group"] for row in rows} == {"What would help you?"}
    for row in rows:
        answers = row["answers"]
        assert answers == "fewer than 5" or int(answers) >= 5 or int(answers) == 0


def test_consult_analyse_unknown_consultation(runner, tmp_path):
    result = runner.invoke(args=["analyse", "nope", "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "no consultation 'nope'" in result.output
