"""Issue 14, item 3: every problem in one pass; a note where something could not be checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, overlay

CASES = Path(__file__).parent / "examples" / "invalid"


def _validate(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> str:
    data = overlay(MINI, CASES / case, tmp_path / "data")
    monkeypatch.chdir(data)
    result = CliRunner().invoke(app, ["validate", "--format", fmt, "--data", "."])
    assert result.exit_code == 1
    return result.output


def test_a_schema_error_hides_no_other_problem_of_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _validate("one-pass-records", tmp_path, monkeypatch, "parsable")
    codes = [line.rsplit("(", 1)[1].rstrip(")") for line in out.splitlines()]
    assert codes == ["invalid-value", "unknown-target", "negative-value", "duplicate-record"]


def test_a_broken_target_hides_no_other_problem_of_the_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _validate("one-pass-plan", tmp_path, monkeypatch, "parsable")
    assert [line.rsplit("(", 1)[1].rstrip(")") for line in out.splitlines()] == [
        "not-checked",
        "not-checked",
        "unknown-target",  # energy-cap was renamed land in this case: its record names no target
        "invalid-choice",
        "duplicate-target",
        "unknown-measure",
    ]


def test_notes_are_notices_on_github(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _validate("one-pass-plan", tmp_path, monkeypatch, "github")
    assert (
        "::notice file=actuals/2023Q1.yaml,line=6,col=14,title=not-checked::the records of 2 targets" in out
    )
    assert "::note " not in out


def test_the_text_format_shows_notes_as_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _validate("period-mismatch", tmp_path, monkeypatch, "text")
    assert out.splitlines()[:3] == [
        "actuals/2023Q4.yaml",
        "  -        note  its records were not checked against the plan (targets, units, duplicates):"
        " the problems of the file's period or source come first; fixed, they are checked  (not-checked)",
        "  2:9      error  the file says period 2023Q3 but is named 2023Q4.yaml; they must agree  (period-mismatch)",
    ]
