"""The shared base encoder: installed from its wheel, checked, and built once per fingerprint."""

import zipfile
from pathlib import Path

import pytest

from consult import finetuning


def test_a_build_runs_once_per_fingerprint(tmp_path: Path):
    builds: list[str] = []
    for wanted in ("one", "one", "two", "two", "one"):
        finetuning.build_once(tmp_path, wanted, lambda into, w=wanted: builds.append(w), "test")
    assert builds == ["one", "two", "one"]


def test_a_failed_build_is_not_stamped(tmp_path: Path):
    def fail(into: Path) -> None:
        raise RuntimeError("out of memory")

    with pytest.raises(RuntimeError):
        finetuning.build_once(tmp_path, "one", fail, "test")
    built: list[Path] = []
    finetuning.build_once(tmp_path, "one", built.append, "test")
    assert built == [tmp_path]


def test_the_fingerprint_covers_settings_code_and_examples(tmp_path: Path):
    code = tmp_path / "trainer.py"
    code.write_text("epochs = 1")
    stamp = finetuning.build_fingerprint(finetuning.Settings(), code, ["a", "b"])
    assert finetuning.build_fingerprint(finetuning.Settings(), code, ["a", "b"]) == stamp
    assert finetuning.build_fingerprint(finetuning.Settings(), code, ["a", "c"]) != stamp
    assert finetuning.build_fingerprint(finetuning.Settings(epochs=9), code, ["a", "b"]) != stamp
    code.write_text("epochs = 2")
    assert finetuning.build_fingerprint(finetuning.Settings(), code, ["a", "b"]) != stamp


def test_rewording_a_comment_or_docstring_does_not_retrain(tmp_path: Path):
    code = tmp_path / "trainer.py"
    code.write_text('"""Trains."""\n\ndef train():\n    """Once."""\n    return 1  # one\n')
    stamp = finetuning.build_fingerprint(finetuning.Settings(), code, ["a"])
    code.write_text('"""Trains well."""\n\n\ndef train():\n    """Twice."""\n    return 1\n')
    assert finetuning.build_fingerprint(finetuning.Settings(), code, ["a"]) == stamp
    code.write_text('"""Trains well."""\n\n\ndef train():\n    """Twice."""\n    return 2\n')
    assert finetuning.build_fingerprint(finetuning.Settings(), code, ["a"]) != stamp


def test_a_missing_base_model_says_how_to_install_it(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(finetuning, "BASE_PACKAGE", "no_such_package_here")
    with pytest.raises(finetuning.BaseModelMissing, match="make install"):
        finetuning.base_dir(tmp_path)


def test_a_changed_base_model_is_refused(tmp_path: Path, monkeypatch):
    package = tmp_path / "site" / "fake_minilm"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    with zipfile.ZipFile(package / "model.zip", "w") as archive:
        for name in (*finetuning.BASE_FILES, "model.safetensors"):
            archive.writestr(name, "not the real weights")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setattr(finetuning, "BASE_PACKAGE", "fake_minilm")
    with pytest.raises(finetuning.BaseModelMissing, match="not the expected all-MiniLM-L6-v2"):
        finetuning.base_dir(tmp_path / "build")
