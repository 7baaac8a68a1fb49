"""Golden example data folders (the check-jsonschema way): adding a case is adding a folder.

examples/valid/<case>/ and examples/invalid/<case>/ hold files laid over tests/data/mini;
an invalid case holds expected.txt, the exact output of ``validate --format parsable``.
Every case also proves that validating changes no file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, overlay, snapshot

EXAMPLES = Path(__file__).parent / "examples"
UPDATE = os.environ.get("PLAN415X_UPDATE_GOLDEN") == "1"


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (EXAMPLES / kind).iterdir() if p.is_dir())


def _run(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, dict[str, str], dict[str, str]]:
    data = overlay(MINI, case, tmp_path / "data")
    monkeypatch.chdir(data)
    before = snapshot(data)
    result = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", "."])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output, before, snapshot(data)


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output, before, after = _run(case, tmp_path, monkeypatch)
    assert (code, output) == (0, "")
    assert before == after


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output, before, after = _run(case, tmp_path, monkeypatch)
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert output == expected
    exit_file = case / "exit_code"
    assert code == (int(exit_file.read_text()) if exit_file.exists() else 1)
    assert before == after


# Bad scoring files: examples/score-invalid/<case>/ holds a scoring.yaml laid over
# tests/data/score; expected.txt is the exact list of its problems in the parsable format.
SCORE_DATA = Path(__file__).parent / "data" / "score"


@pytest.mark.parametrize("case", _cases("score-invalid"), ids=lambda p: p.name)
def test_score_invalid(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from plan415x.options import ProblemFormat
    from plan415x.reports.problems import format_problems

    data = overlay(SCORE_DATA, case, tmp_path / "data")
    monkeypatch.chdir(data)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    before = snapshot(data)
    result = CliRunner().invoke(app, ["score", "2023", "--data", "."])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    from plan415x.loading import load_dataset
    from plan415x.scoring.load import load_scoring

    dataset, _ = load_dataset(Path("."))
    assert dataset is not None
    scoring, problems = load_scoring(Path("scoring.yaml"), dataset.plan)
    assert scoring is None
    parsable = format_problems(problems, ProblemFormat.parsable)
    if UPDATE:
        (case / "expected.txt").write_text(parsable, encoding="utf-8")
    assert parsable == (case / "expected.txt").read_text(encoding="utf-8")
    # The command prints the same problems, located, and nothing else.
    for p in problems:
        assert (f"{p.line}:{p.column}" if p.line else "-") in result.output
        assert p.message in result.output
    assert before == snapshot(data)
