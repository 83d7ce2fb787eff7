"""The pipeline config: spaCy's format, shipped inside the package, a copy read on request.

The last test builds the wheel, installs it into a folder of its own and runs an
extraction from a folder outside the checkout, as a user who ran `pip install` would
(about 20 s, offline: no build isolation, no index).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from spacy.language import Language
from thinc.api import Config
from typer.testing import CliRunner

from extract import cli
from extract.pipeline import MODELS_DIR_VARIABLE, default_config_text, load_pipeline_config

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Le groupe Valmont investira plus de 2,5 milliards de dirhams d'ici 2030 à Tanger."


def _without_models_path(config: Config) -> dict[str, object]:
    settings = dict(config)
    settings["paths"] = {k: v for k, v in config["paths"].items() if k != "models"}
    return settings


def test_the_cli_prints_the_default_config() -> None:
    result = CliRunner().invoke(cli.app, ["config"])
    assert result.exit_code == 0
    assert result.output == default_config_text()


def test_a_copy_named_by_the_environment_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edited = default_config_text().replace('matmul = "numpy"', 'matmul = "blis"')
    (tmp_path / "extract.cfg").write_text(edited)
    monkeypatch.setenv(MODELS_DIR_VARIABLE, str(tmp_path))
    config = load_pipeline_config()
    assert config["extract"]["matmul"] == "blis"
    assert config["paths"]["models"] == str(tmp_path.resolve())


def test_a_copy_of_the_default_is_the_default(tmp_path: Path) -> None:
    (tmp_path / "extract.cfg").write_text(default_config_text())
    copy = load_pipeline_config(tmp_path / "extract.cfg")
    assert _without_models_path(copy) == _without_models_path(load_pipeline_config())


def test_a_missing_copy_says_how_to_write_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MODELS_DIR_VARIABLE, str(tmp_path))
    with pytest.raises(FileNotFoundError, match="extract config >"):
        load_pipeline_config()


def test_a_file_that_is_not_a_spacy_config_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "extract.cfg"
    path.write_text('[base]\nmodel = "fr_core_news_md"\n')
    with pytest.raises(ValueError, match="no \\[nlp\\]"):
        load_pipeline_config(path)


def test_the_package_components_are_sourced_and_the_parser_is_out_of_the_run(nlp: Language) -> None:
    # spaCy notes each sourced component (and its source's vectors) in the pipeline's meta.
    sourced = list(nlp.meta["_sourced_vectors_hashes"])
    assert sourced == ["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]
    assert nlp.disabled == ["parser"]
    assert nlp.vocab.vectors.shape == (20000, 300)


def _build_wheel(tmp_path: Path) -> Path:
    """The wheel of a copy of the project (the build writes build/ and egg-info beside it)."""
    project = _mkdir(tmp_path / "project")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "src", project / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    wheels = tmp_path / "wheels"
    command = ["-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w"]
    subprocess.run([sys.executable, *command, str(wheels), str(project)], check=True, cwd=tmp_path)
    return next(wheels.glob("extract-*.whl"))


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


@pytest.mark.wheel
def test_the_wheel_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    assert "extract/pipeline.cfg" in names
    # The contract ships with the package (issue 28): the spec, the schema, earlier versions.
    assert {"extract/spec/record-v1.md", "extract/spec/record.schema.json"} <= set(names)
    assert "extract/spec/history/record-1.0.schema.json" in names
    target = tmp_path / "installed"
    install = ["-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)]
    subprocess.run([sys.executable, *install], check=True, cwd=tmp_path)
    elsewhere = _mkdir(tmp_path / "elsewhere")
    script = (
        f"import extract; record = extract.load().extract({SENTENCE!r});"
        "print(extract.__file__); print(record.figures[0].value, record.figures[0].date)"
    )
    env = {k: v for k, v in os.environ.items() if k != MODELS_DIR_VARIABLE} | {"PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    module, figure = done.stdout.splitlines()[-2:]
    assert Path(module).is_relative_to(target)
    assert figure == "2500000000 2030"
