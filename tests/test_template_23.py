"""Issue 23, items 4 and 1: a template a unit fills without us, one sheet per supplying unit.

The mini plan for 2023Q3 (tests/test_excel_template_import.py lists its rows): every target is
monthly, so every figure is due on the plan's default day, the 10th of the month after:
2023-10-10. 乙局 supplies robots (row 4) and factories (row 5); the lines to sign follow one
blank row, from row 7. Columns: A id and B component (hidden), C 指标名称 … H 计量单位,
I 本期数值, J 参照值.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner, Result

from plan415x.cli import app

CONTACT = "reporting:\n  contact: {name: 王明, phone: 0577-12345678}\n"


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def edit_plan(data: Path, old: str, new: str) -> None:
    path = data / "targets.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def data(mini: Path) -> Path:
    """The mini plan with a contact, productivity's figure in 万元/人, land supplied by 乙局."""
    edit_plan(
        mini,
        '  - {id: "%", name_en: percent',
        "  - {id: 万元/人, name_en: 10000 yuan per worker, dimension: cny-per-worker, min: 0}\n"
        '  - {id: "%", name_en: percent',
    )
    edit_plan(
        mini,
        '    kind: relative\n    value: 10\n    unit: "%"\n',
        '    kind: relative\n    value: 10\n    unit: "%"\n    figure_unit: 万元/人\n',
    )
    edit_plan(mini, "targets:\n", CONTACT + "targets:\n")
    return mini


def template(data: Path, period: str = "2023Q3", *extra: str) -> Any:
    out = data.parent / f"template-{period}.xlsx"
    result = run("template", period, "-o", str(out), "--data", str(data), *extra)
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(out)


def notes(wb: Any) -> list[str]:
    return [str(c.value) for row in wb["说明"].iter_rows() for c in row if isinstance(c.value, str)]


# --- item 4: a template a unit can fill without us ----------------------------------------------


def test_chinese_columns_first_the_ids_hidden(data: Path) -> None:
    ws = template(data)["乙局"]
    assert [ws.column_dimensions[c].hidden for c in "ABC"] == [True, True, False]
    assert [c.value for c in ws[3]][2:9] == [
        "指标名称",
        "填报内容",
        "年度目标",
        "上期数/上年同期",
        "上期",
        "计量单位",
        "本期数值",
    ]
    # import still finds the ids where they always were
    assert (ws["A4"].value, ws["A5"].value) == ("robots", "factories")
    assert ws["C1"].value == "测试计划(2023-2027年) 数据填报表 · 2023年1-9月 · 填报单位: 乙局"


def test_due_date_contact_and_lines_to_sign(data: Path) -> None:
    ws = template(data)["乙局"]
    assert (ws["C2"].value, ws["D2"].value) == (
        "报送截止日期:",
        dt.datetime(2023, 10, 10),
    )  # 10th of the month after
    assert ws["D2"].number_format == 'yyyy"年"m"月"d"日"'
    assert (ws["E2"].value, ws["F2"].value) == ("联系人/电话:", "王明 0577-12345678")
    signs = [[ws.cell(r, c).value for c in (3, 5)] for r in (7, 8, 9)]
    assert signs == [
        ["填报人(签字):", "联系电话:"],
        ["审核人(签字):", "填报日期:"],
        ["单位负责人(签字):", None],
    ]
    assert ws["A6"].value is None
    assert ws["C6"].value is None
    assert not ws["D7"].protection.locked
    assert not ws["F8"].protection.locked
    assert ws["C7"].protection.locked


def test_no_contact_in_the_data_says_nothing(mini: Path) -> None:
    wb = template(mini)
    ws = wb["乙局"]
    assert (ws["E2"].value, ws["F2"].value) == (None, None)
    assert not any("联系人" in line for line in notes(wb))
    assert "报送截止日期:2023年10月10日。" in notes(wb)


def test_notes_speak_the_units_terms(data: Path) -> None:
    wb = template(data, "2024-01")
    lines = notes(wb)
    assert "报送截止日期:2024年2月10日。联系人:王明,电话:0577-12345678。" in lines  # January's: 10 Feb
    text = "\n".join(lines)
    assert "本年1月累计数" in text
    assert "1-1月" not in text
    assert "plan415x" not in text
    assert "import" not in text
    assert "请保持 .xlsx 格式" in text
    assert "不要重命名、删除或复制工作表" in text
    assert "填好后请于2024年2月10日前交回。" in text


def test_the_unit_of_a_relative_target_is_its_figures(data: Path, mini: Path) -> None:
    """productivity is 10% above the reference: its unit is the margin's (%); the figure and
    the reference are given in 万元/人 (figure_unit), and the template asks in that unit."""
    ws = template(data)["未指定牵头单位"]
    assert ws["A5"].value == "productivity"
    assert ws["H5"].value == "万元/人"


def test_a_relative_figure_imports_from_old_and_new_templates(data: Path) -> None:
    wb = template(data)
    ws = wb["未指定牵头单位"]
    ws["I5"], ws["J5"] = 33, 30
    wb.save(data.parent / "new.xlsx")
    ws["H5"] = "%"  # a template made before figure_unit showed the target's own unit
    wb.save(data.parent / "old.xlsx")
    for name in ("new.xlsx", "old.xlsx"):
        result = run("import", str(data.parent / name), "--data", str(data), "--dry-run")
        assert result.exit_code == 0, result.output
        assert "1 added" in result.output
