"""``import --accept-valid`` past the cells: a figure the merge refuses (one below an earlier
period's year-to-date figure, one that differs from the figure recorded) is left out with its
row, and the workbook's other figures are taken; a problem that is the workbook's own, or on
every figure, still refuses it whole.

Template rows of the mini plan for 2023Q3 (tests/xlsx_cases.py): 甲局 land (I4); 乙局 robots
(I4), factories (I5). tests/data/mini has robots at 100 for 2023Q2 (1-6月).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, snapshot
from tests.xlsx_cases import fill


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINI, target)
    return target


def _import(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        app, ["import", *args], env={"PLAN415X_TODAY": "2023-10-12", "COLUMNS": "200"}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _records(data: Path) -> list[tuple[str, object]]:
    text = (data / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8")
    return [(r["target"], r["value"]) for r in yaml.safe_load(text)["records"]]


def test_a_falling_year_to_date_figure_is_left_out_and_the_rest_taken(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "七月.xlsx"
    # robots 60 for 1-9月 after 100 for 1-6月: a year-to-date figure cannot fall
    fill(book, {("甲局", "I4"): 950, ("乙局", "I4"): 60, ("乙局", "I5"): 3})
    code, out, err = _import(str(book), "--data", str(data), "--accept-valid")
    assert code == 1  # a cell is still owed
    assert out.splitlines()[1:3] == ["  + land: 950 亩", "  + factories: 3 家"]
    assert f"{book.name}:乙局!I4: year-to-date 'robots' falls from 100 (2023Q2," in err
    assert "(ytd-decrease)" in err
    assert _records(data) == [("land", 950), ("factories", 3)]
    # every figure shares the day it was received: written out each time, never as &id001/*id001
    text = (data / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8")
    assert text.count("date: 2023-10-12") == 2
    assert "&" not in text
    assert "*" not in text


def test_without_the_option_the_workbook_is_refused_whole(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): 950, ("乙局", "I4"): 60, ("乙局", "I5"): 3})
    before = snapshot(data)
    code, _, err = _import(str(book), "--data", str(data))
    assert code == 1
    assert "nothing was written" in err
    assert snapshot(data) == before


def test_a_figure_refused_at_the_merge_on_every_row_refuses_the_workbook(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "七月.xlsx"
    fill(book, {("乙局", "I4"): 60})  # the one figure falls: nothing valid is left to take
    before = snapshot(data)
    code, _, err = _import(str(book), "--data", str(data), "--accept-valid")
    assert code == 1
    assert "(ytd-decrease)" in err
    assert "nothing was written" in err
    assert snapshot(data) == before


def test_a_cell_and_a_merge_refusal_are_both_left_out(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): "约950", ("乙局", "I4"): 60, ("乙局", "I5"): 3})
    code, out, err = _import(str(book), "--data", str(data), "--accept-valid")
    assert code == 1
    assert _records(data) == [("factories", 3)]
    assert f"{book.name}:甲局!I4: expected a number, got the text '约950'" in err
    assert f"{book.name}:乙局!I4: year-to-date 'robots' falls" in err
    assert "2 refused cell(s)" in out + err


def _refused_row(receipt: Path) -> str:
    """The first row of the 回执's 须更正的单元格 table."""
    lines = receipt.read_text(encoding="utf-8").splitlines()
    return lines[lines.index("## 二、须更正的单元格") + 4]


def test_the_receipt_says_a_merge_refusal_in_the_units_terms(data: Path, tmp_path: Path) -> None:
    # the 回执 names the target, says the periods in months, and names no file of the office's
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): 950, ("乙局", "I4"): 60, ("乙局", "I5"): 3})
    code, _, _ = _import(
        str(book), "--data", str(data), "--accept-valid", "--receipts", str(tmp_path / "回执")
    )
    assert code == 1
    assert _refused_row(tmp_path / "回执" / "回执-2023Q3-ub-乙局.md") == (
        "| 1 | I4 | 新增机器人：累计数从100（2023年1-6月）降至60（2023年1-9月）；"
        "同一年内累计数不会减少，请核实本期数与此前已报的数 |"
    )
    # a figure other than the one received: no --force, no file, in the unit's words
    again = tmp_path / "八月.xlsx"
    fill(again, {("甲局", "I4"): 960})
    code, _, _ = _import(str(again), "--data", str(data), "--receipts", str(tmp_path / "回执2"))
    assert code == 1
    assert _refused_row(tmp_path / "回执2" / "回执-2023Q3-ua-甲局.md") == (
        "| 1 | I4 | 低效工业用地改造：本次为960亩，此前已报950亩；如需更正已报数据，请在重新报送时说明 |"
    )


def test_a_unit_whose_every_figure_was_left_out_still_gets_its_receipt(data: Path, tmp_path: Path) -> None:
    # 乙局's one figure falls and is left out, 甲局's is taken: 乙局 must still be told what to fix
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): 950, ("乙局", "I4"): 60})
    code, _, _ = _import(
        str(book), "--data", str(data), "--accept-valid", "--receipts", str(tmp_path / "回执")
    )
    assert code == 1
    assert sorted(p.name for p in (tmp_path / "回执").glob("*.md")) == [
        "回执-2023Q3-ua-甲局.md",
        "回执-2023Q3-ub-乙局.md",
    ]
    assert _refused_row(tmp_path / "回执" / "回执-2023Q3-ub-乙局.md").startswith(
        "| 1 | I4 | 新增机器人：累计数从100"
    )
    # a cell refused by its own check, alone on its unit's sheet, the same
    book = tmp_path / "八月.xlsx"
    fill(book, {("甲局", "I4"): 950, ("乙局", "I4"): "约60"})
    code, _, _ = _import(
        str(book), "--data", str(data), "--accept-valid", "--receipts", str(tmp_path / "回执2")
    )
    assert code == 1
    assert (tmp_path / "回执2" / "回执-2023Q3-ub-乙局.md").exists()
