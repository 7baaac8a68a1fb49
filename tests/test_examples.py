"""Golden example data folders (the check-jsonschema way): adding a case is adding a folder.

examples/valid/<case>/ and examples/invalid/<case>/ hold files laid over tests/data/mini;
an invalid case holds expected.txt, the exact output of ``validate --format parsable``.
Every case also proves that validating changes no file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, overlay, snapshot

EXAMPLES = Path(__file__).parent / "examples"


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
