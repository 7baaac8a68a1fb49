"""Bad workbooks for ``plan415x import``, with their exact output: adding a case is a folder.

tests/examples/xlsx/<case>/ holds a README line, expected.txt (the exact output of
``plan415x import <case>.xlsx --data .``, run inside a copy of tests/data/mini) and exit_code;
the workbook itself is built by the function of the same name in tests/xlsx_cases.py. Every case
also proves that the data folder is byte-for-byte unchanged and that no traceback, and no
warning of a library, is printed.

One normalisation: zip-bomb-ratio's message holds the compression ratio, which depends on the
zlib build; it is replaced by N before comparing.
"""

from __future__ import annotations

import os
import re
import shutil
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, snapshot
from tests.xlsx_cases import CASES

FOLDER = Path(__file__).parent / "examples" / "xlsx"
UPDATE = os.environ.get("PLAN415X_UPDATE_GOLDEN") == "1"


def _normalise(output: str) -> str:
    return re.sub(r"is compressed [\d,]+ to 1", "is compressed N to 1", output)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_workbook(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    book = data / f"{name}.xlsx"
    CASES[name](book)
    monkeypatch.chdir(data)
    before = snapshot(data)
    with warnings.catch_warnings(record=True) as caught:  # pytest would hide them from the output
        warnings.simplefilter("always")
        result = CliRunner().invoke(app, ["import", book.name, "--data", "."], env={"COLUMNS": "200"})
    assert [str(w.message) for w in caught] == []
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    output = _normalise(result.output)
    assert "Traceback" not in output
    assert snapshot(data) == before  # nothing written, nothing left behind
    case = FOLDER / name
    if UPDATE:
        case.mkdir(exist_ok=True)
        (case / "expected.txt").write_text(output, encoding="utf-8")
        (case / "exit_code").write_text(f"{result.exit_code}\n")
    assert output == (case / "expected.txt").read_text(encoding="utf-8")
    assert result.exit_code == int((case / "exit_code").read_text())
    assert result.exit_code == 1
    assert output.splitlines()[-1].endswith("nothing was written (--force replaces them)") or (
        output.splitlines()[-1].endswith("; nothing was written")
    )


def test_every_case_has_a_folder_and_a_generator() -> None:
    folders = {p.name for p in FOLDER.iterdir() if p.is_dir()}
    assert folders == set(CASES)
    assert len(folders) >= 15
