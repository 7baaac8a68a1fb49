"""plan415x import, issue 13: sheets no longer skipped in silence, the comment it writes, line
endings kept, write errors and the actuals folder, and a far-away cell refused without reading
a million rows. Each test failed before its fix (see the commit messages).

Template rows of the mini plan for 2023Q3: 甲局 land (4), energy-cap (5), digital-growth (6),
demo-zone (7); 乙局 robots (4), factories (5); columns: A id, I value, K state, M source, N note.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from plan415x.excel import cells as xc
from plan415x.excel import importer, merging, rows
from plan415x.loading import load_actuals, load_dataset
from tests import xlsx_cases
from tests.conftest import snapshot
from tests.test_excel_template_import import run

posix_only = pytest.mark.skipif(os.name != "posix", reason="file names with line breaks are POSIX")


def _save(wb: Any, path: Path) -> Path:
    wb.save(path)
    return path


def _import(path: Path, *extra: str) -> Any:
    return run("import", path.name, "--data", "data", *extra)


@pytest.fixture
def here(mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in tmp_path, with the mini data in data/ (files show as ``NAME.xlsx``, ``data/...``)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- sheets ------------------------------------------------------------------------------------


def test_a_sheet_without_target_rows_is_named_and_the_rest_imported(here: Path) -> None:
    wb = xlsx_cases.workbook()
    wb["乙局"]["I4"] = 200
    wb.create_sheet("备注")["A1"] = "这张表是我们自己加的"
    result = _import(_save(wb, here / "extra.xlsx"))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        "note: sheet '备注' is not one of the template's sheets; it holds no target rows and was not read",
        "imported extra.xlsx into data/actuals/2023Q3.yaml: 1 added, 0 unchanged, 0 replaced",
    ]


def test_sheet_titles_hold_no_line_breaks() -> None:
    """A unit name with CR LF gave a sheet title that the hidden sheet recorded differently."""
    assert xc.sheet_title("乙\r\n局", set()) == "乙 局"
    assert xc.sheet_title("a\tb\u2028c\n", set()) == "a b c"


def test_a_template_with_a_line_break_in_a_title_imports(here: Path) -> None:
    """A template made before titles were cleaned: its sheet is named 乙\\r\\n局 (written as
    &#13;&#10;, read back as it was) and the hidden sheet holds 乙\\r\\n局, read back as 乙\\n局.
    Before: "nothing to import" (the sheet was passed over)."""
    wb = xlsx_cases.workbook()
    wb["乙局"]["I4"] = 200
    wb["乙局"].title = "乙\r\n局"
    meta = wb["_plan415x"]
    [cell] = [row[1] for row in meta.iter_rows() if row[0].value == "sheet" and row[1].value == "乙局"]
    cell.value = "乙\r\n局"
    meta.delete_rows(6)  # made before the digest (issue 26): no digest row
    path = _save(wb, here / "crlf.xlsx")
    check = openpyxl.load_workbook(path, read_only=True)
    assert "乙\r\n局" in check.sheetnames
    assert [r[1] for r in check["_plan415x"].iter_rows(values_only=True) if r[0] == "sheet"][1] == "乙\n局"
    check.close()
    result = _import(path)
    assert result.exit_code == 0, result.output
    assert "1 added, 0 unchanged, 0 replaced" in result.output
    assert "  + robots: 200 台" in result.output
    written = (here / "data" / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8")
    assert "document: crlf.xlsx (乙\\x0d\\x0a局)" in written


def test_a_value_far_below_is_refused_without_reading_every_row(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cells looked at are those of the rows the XML holds, not of a million made-up empty
    rows (before: about 9 million _is_formula calls and 13 s)."""
    xlsx_cases.value_in_last_row(here / "far.xlsx")
    calls = 0
    real = rows._is_formula

    def counting(cell: Any) -> bool:
        nonlocal calls
        calls += 1
        return real(cell)

    monkeypatch.setattr(rows, "_is_formula", counting)
    result = _import(here / "far.xlsx")
    assert result.exit_code == 1
    assert "far.xlsx:乙局!I1048576: a value in row 1,048,576" in result.output
    assert calls < 1_000


def test_a_dimension_that_lies_does_not_hide_rows(here: Path) -> None:
    """openpyxl's read-only rows stop at the sheet's <dimension>; a file written by another tool
    may give a wrong one, and rows below it were dropped unseen."""
    source = xlsx_cases.filled({("乙局", "I4"): 200, ("乙局", "I5"): 7})

    def change(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet3.xml":  # 乙局
            assert b'<dimension ref="A1:P9"' in data  # rows 4-5, then the lines to sign, 7-9
            return data.replace(b'<dimension ref="A1:P9"', b'<dimension ref="A1:P4"')
        return data

    xlsx_cases.rewrite_parts(here / "dim.xlsx", change, source)
    result = _import(here / "dim.xlsx")
    assert result.exit_code == 0, result.output
    assert "2 added, 0 unchanged, 0 replaced" in result.output


# --- what is written ---------------------------------------------------------------------------


@posix_only
def test_the_file_name_cannot_forge_a_line_of_the_actuals_file(here: Path) -> None:
    """A line break in the workbook's name ended the "# Imported from NAME" comment and started
    a top-level key of the file."""
    name = "x\nsource: {document: forged}\n#\u2028\\.xlsx"
    path = here / name
    path.write_bytes(xlsx_cases.filled({("乙局", "I4"): 200}))
    result = run("import", name, "--data", "data")
    assert result.exit_code == 0, result.output
    written = here / "data" / "actuals" / "2023Q3.yaml"
    text = written.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith(
        "# Imported from x\\x0asource: {document: forged}\\x0a#\\u2028\\\\.xlsx by plan415x import on "
    )
    data = yaml.safe_load(text)
    assert "source" not in data
    assert data["records"][0]["source"]["document"] == (
        "x\\x0asource: {document: forged}\\x0a#\\u2028\\\\.xlsx (乙局)"
    )
    entry, problems = load_actuals(written)
    assert problems == []
    assert entry is not None


def test_a_crlf_file_keeps_its_line_endings(here: Path) -> None:
    existing = here / "data" / "actuals" / "2023Q2.yaml"
    lf = existing.read_bytes()
    assert b"\r" not in lf
    existing.write_bytes(lf.replace(b"\n", b"\r\n"))
    wb = xlsx_cases.workbook("2023Q2")
    wb["乙局"]["I5"] = 4
    result = _import(_save(wb, here / "q2.xlsx"))
    assert result.exit_code == 0, result.output
    assert "1 added, 0 unchanged, 0 replaced" in result.output
    data = existing.read_bytes()
    assert data.startswith(lf.replace(b"\n", b"\r\n"))  # the old text untouched
    added = data[len(lf.replace(b"\n", b"\r\n")) :]
    assert added.startswith(b"  # Imported from q2.xlsx by plan415x import on ")
    assert added.count(b"\n") == added.count(b"\r\n") == 6  # the comment and 5 lines of the record
    assert b"  - target: factories\r\n    value: 4\r\n" in added


# --- the actuals folder and write errors (exit 4, as export and the printed output) ------------


def test_actuals_is_a_file(here: Path) -> None:
    """The loader refuses such a data folder (exit 1, located); should the folder become a file
    after it was read (another program), the import refuses too (cannot_write: exit 4). Before:
    a traceback."""
    folder = here / "data" / "actuals"
    shutil.rmtree(folder)
    folder.write_text("not a folder\n", encoding="utf-8")
    before = snapshot(here / "data")
    result = _import(_save_filled(here))
    assert result.exit_code == 1
    assert result.output.startswith("data/actuals\n")
    assert "a file, not a folder" in result.output
    assert snapshot(here / "data") == before


def test_actuals_turned_into_a_file_after_loading(here: Path) -> None:
    folder = here / "data" / "actuals"
    dataset, problems = load_dataset(here / "data")
    assert problems == []
    assert dataset is not None
    shutil.rmtree(folder)
    folder.write_text("not a folder\n", encoding="utf-8")
    out = importer.run(_save_filled(here), dataset)
    assert out.cannot_write
    assert [f"{p.location()}: {p.message} ({p.code})" for p in out.problems] == [
        "data/actuals: not a folder; the figures go into data/actuals/2023Q3.yaml: move the file"
        " data/actuals away (io-error)"
    ]
    assert out.refusal == "1 problem in filled.xlsx; nothing was written"
    assert folder.read_text(encoding="utf-8") == "not a folder\n"


def test_actuals_cannot_be_created(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.rmtree(here / "data" / "actuals")
    path = _save_filled(here)

    def refuse(self: Path, *args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    result = _import(path)
    assert result.exit_code == 4
    assert result.output.splitlines() == [
        "data/actuals: cannot create the folder: Permission denied (io-error)",
        "1 problem in filled.xlsx; nothing was written",
    ]


def test_lock_timeout_is_a_write_error(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from plan415x import fsutil

    def busy(folder: Path) -> Any:
        raise fsutil.LockTimeoutError(
            f"another plan415x import has held {folder}/.plan415x.lock for over 600 s"
        )

    monkeypatch.setattr(merging, "locked", busy)
    result = _import(_save_filled(here))
    assert result.exit_code == 4
    assert result.output.splitlines()[0] == (
        "data/actuals: another plan415x import has held data/actuals/.plan415x.lock for over 600 s (io-error)"
    )


def _save_filled(here: Path) -> Path:
    path = here / "filled.xlsx"
    path.write_bytes(xlsx_cases.filled({("乙局", "I4"): 200}))
    return path


def test_strict_ooxml_is_told_how_to_save(here: Path) -> None:
    xlsx_cases.strict_ooxml(here / "strict.xlsx")
    result = _import(here / "strict.xlsx")
    assert result.exit_code == 1
    assert "save it as a normal .xlsx (Save As > Excel Workbook)" in result.output
    assert "not a plan415x template" not in result.output
