"""Issue 23, item 3: ``import --receipts DIR`` writes a 回执 per unit sheet of each workbook
(.docx and .md), in Chinese with no ids or paths, for every unit the workbook carried: also the
unit whose own sheet was fine when another's cell refused the workbook (whole or nothing).

Template rows of the mini plan for 2023Q3 (tests/xlsx_cases.py): 甲局 land (I4); 乙局 robots
(I4), factories (I5).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import openpyxl
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


def _import(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, ["import", *args], env={"PLAN415X_TODAY": "2023-10-12", "COLUMNS": "200"}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _body(path: Path) -> str:
    """The receipt's text between its 主送 and its 落款 (the banner and title left out)."""
    text = path.read_text(encoding="utf-8")
    return text[text.index("：\n") + 2 : text.index("【待填写】")].strip()


def test_every_unit_the_workbook_carried_is_answered(data: Path, tmp_path: Path) -> None:
    # 乙局's 约60 refuses the workbook; 甲局's 900 in the same workbook is not taken either
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): 900, ("乙局", "I4"): "约60", ("乙局", "I5"): 3})
    out = tmp_path / "回执"
    code, _ = _import(str(book), "--data", str(data), "--receipts", str(out))
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "回执-2023Q3-ua-甲局.docx",
        "回执-2023Q3-ua-甲局.md",
        "回执-2023Q3-ub-乙局.docx",
        "回执-2023Q3-ub-乙局.md",
    ]  # 丙局's sheet was left blank: no one to tell
    assert _body(out / "回执-2023Q3-ua-甲局.md") == (
        "贵单位报送的2023年1-9月数据（2023年10月12日收到）已处理，结果如下。\n\n"
        "## 一、处理结果\n\n"
        "贵单位工作表未发现问题，但同一报送表的其他工作表有单元格未通过校验，整表未导入；待更正后随整表重新报送。"
    )
    assert _body(out / "回执-2023Q3-ub-乙局.md") == (
        "贵单位报送的2023年1-9月数据（2023年10月12日收到）已处理，结果如下。\n\n"
        "## 一、处理结果\n\n"
        "未导入：以下1个单元格未通过校验，整表未导入，请更正后重新报送。\n\n"
        "## 二、须更正的单元格\n\n"
        "| 序号 | 单元格 | 问题 |\n|---|---|---|\n"
        "| 1 | I4 | 应为数字，实际为文字'约60'；是约数：请填入确数（60?） |"
    )
    cells = [c.text for c in docx.Document(str(out / "回执-2023Q3-ub-乙局.docx")).tables[0].rows[1].cells]
    assert cells == ["1", "I4", "应为数字，实际为文字'约60'；是约数：请填入确数（60?）"]


def test_a_second_workbook_gets_a_receipt_of_its_own(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "回执"
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    fill(first, {("乙局", "I4"): 120})
    fill(second, {("乙局", "I4"): 120, ("乙局", "I5"): 4})
    assert _import(str(first), "--data", str(data), "--receipts", str(out))[0] == 0
    kept = (out / "回执-2023Q3-ub-乙局.md").read_bytes()
    assert _import(str(second), "--data", str(data), "--receipts", str(out))[0] == 0
    assert (out / "回执-2023Q3-ub-乙局.md").read_bytes() == kept  # never replaced
    assert _body(out / "回执-2023Q3-ub-乙局-2.md") == (
        "贵单位报送的2023年1-9月数据（2023年10月12日收到）已处理，结果如下。\n\n"
        "## 一、处理结果\n\n"
        "已导入：新增1项，替换0项，未变1项。\n\n"
        "| 序号 | 指标 | 结果 |\n|---|---|---|\n"
        "| 1 | 新增机器人 | 未变（与已报数据相同） |\n"
        "| 2 | 绿色低碳工厂 | 新增 |"
    )


def test_a_receipt_holds_no_id_or_path(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): 900, ("乙局", "I4"): "约60"})
    _import(str(book), "--data", str(data), "--receipts", str(tmp_path / "r"))
    for path in (tmp_path / "r").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert re.search(r"\b(land|robots|factories|ua|ub)\b|2023Q3|/|七月\.xlsx", text) is None, path.name


def test_a_dry_run_says_nothing_was_imported(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "a.xlsx"
    fill(book, {("乙局", "I4"): 120})
    assert _import(str(book), "--data", str(data), "--dry-run", "--receipts", str(tmp_path / "r"))[0] == 0
    assert "本次为预览，尚未导入。" in (tmp_path / "r" / "回执-2023Q3-ub-乙局.md").read_text(encoding="utf-8")


def test_receipts_inside_the_data_folder_are_refused_before_importing(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "a.xlsx"
    fill(book, {("乙局", "I4"): 120})
    before = snapshot(data)
    code, printed = _import(str(book), "--data", str(data), "--receipts", str(data / "回执"))
    assert code == 2
    assert "is inside the data folder" in printed
    assert snapshot(data) == before


def test_accept_valid_takes_the_good_figures_and_lists_the_refused_cell(data: Path, tmp_path: Path) -> None:
    # Issue 23 item 6: one 约60 no longer costs the workbook's other figures
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): 900, ("乙局", "I4"): "约60", ("乙局", "I5"): 3})
    out = tmp_path / "回执"
    result = CliRunner().invoke(
        app,
        ["import", str(book), "--data", str(data), "--accept-valid", "--receipts", str(out)],
        env={"PLAN415X_TODAY": "2023-10-12", "COLUMNS": "200"},
    )
    assert result.exit_code == 1  # something is still owed: the cell to correct
    assert result.stdout.splitlines()[1:3] == ["  + land: 900 亩", "  + factories: 3 家"]
    assert (
        f"{book.name}:乙局!I4: expected a number, got the text '约60'; an approximate figure: enter the"
        " figure itself (60?) (wrong-type)" in result.stderr
    )
    records = yaml.safe_load((data / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8"))["records"]
    assert [(r["target"], r["value"]) for r in records] == [("land", 900), ("factories", 3)]
    assert _body(out / "回执-2023Q3-ub-乙局.md") == (
        "贵单位报送的2023年1-9月数据（2023年10月12日收到）已处理，结果如下。\n\n"
        "## 一、处理结果\n\n"
        "已导入：新增1项，替换0项，未变0项。以下1个单元格未通过校验，未导入，请更正后重新报送。\n\n"
        "| 序号 | 指标 | 结果 |\n|---|---|---|\n"
        "| 1 | 绿色低碳工厂 | 新增 |\n\n"
        "## 二、须更正的单元格\n\n"
        "| 序号 | 单元格 | 问题 |\n|---|---|---|\n"
        "| 1 | I4 | 应为数字，实际为文字'约60'；是约数：请填入确数（60?） |"
    )


def test_accept_valid_still_refuses_a_workbook_in_doubt(data: Path, tmp_path: Path) -> None:
    # a sheet deleted is the workbook's problem, on no figure's row: nothing is taken
    book = tmp_path / "七月.xlsx"
    fill(book, {("甲局", "I4"): 900, ("乙局", "I4"): "约60"})
    wb = openpyxl.load_workbook(book)
    del wb["丙局"]
    wb.save(book)
    before = snapshot(data)
    code, printed = _import(str(book), "--data", str(data), "--accept-valid")
    assert code == 1
    assert "nothing was written" in printed
    assert snapshot(data) == before
