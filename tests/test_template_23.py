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
    # January's: 10 Feb 2024 was 正月初一 (春节 ran 10-17 Feb, Sunday 18 Feb a day worked): the 18th
    assert "报送截止日期:2024年2月18日。联系人:王明,电话:0577-12345678。" in lines
    text = "\n".join(lines)
    assert "本年1月累计数" in text
    assert "1-1月" not in text
    assert "plan415x" not in text
    assert "import" not in text
    assert "请保持 .xlsx 格式" in text
    assert "不要重命名、删除或复制工作表" in text
    assert "填好后请于2024年2月18日前交回。" in text


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


# --- item 1: who supplies a figure is not always who leads -------------------------------------


@pytest.fixture
def supplied(data: Path) -> Path:
    """land is led by 甲局 (responsible: [ua, ub]) and supplied by 乙局."""
    edit_plan(data, "    responsible: [ua, ub]\n", "    responsible: [ua, ub]\n    supplied_by: ub\n")
    return data


def test_a_supplier_fills_its_own_sheet(supplied: Path) -> None:
    wb = template(supplied)
    ids = {ws.title: [r[0].value for r in ws.iter_rows(min_row=4) if r[0].value] for ws in wb.worksheets[1:5]}
    assert ids["甲局"] == ["energy-cap", "digital-growth", "demo-zone"]  # land is no longer 甲局's to gather
    assert ids["乙局"] == ["land", "robots", "factories"]
    assert wb["乙局"]["C1"].value.endswith("填报单位: 乙局")
    only = template(supplied, "2023Q3", "--unit", "乙局", "--force")
    assert only.sheetnames == ["说明", "乙局", "_plan415x"]


def test_import_records_the_supplier(supplied: Path) -> None:
    import yaml

    wb = template(supplied)
    ws = wb["乙局"]
    ws["I4"], ws["I5"] = 1350, 200  # land (亩), robots; factories left blank
    wb.save(supplied.parent / "乙局.xlsx")
    result = run("import", str(supplied.parent / "乙局.xlsx"), "--data", str(supplied))
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load((supplied / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8"))
    by = {r["target"]: r["source"]["reported_by"] for r in doc["records"]}
    assert by == {"land": "ub", "robots": "ub"}
    counts = reporting_counts(supplied)
    # 甲局 owes energy-cap, digital-growth, demo-zone (3, none in); 乙局 land, robots, factories
    # (3, two in): 2 / 3 = 66.7%. Led by 甲局, land would have made it 4 and 2.
    assert {u: c[:3] for u, c in counts.items()} == {"ua": (3, 0, 0.0), "ub": (3, 2, 66.7), "uc": (3, 0, 0.0)}


def reporting_counts(data: Path) -> dict[str, tuple[Any, ...]]:
    import json

    result = run("reporting", "2023Q3", "--format", "json", "--data", str(data))
    assert result.exit_code == 0, result.output
    units = json.loads(result.output)["units"]
    return {
        u["unit"]: (
            u["due"],
            u["received"],
            round(u["rate_pct"], 1),
            u["on_time"],
            u["late"],
            None if u["timeliness_pct"] is None else round(u["timeliness_pct"], 1),
        )
        for u in units
        if u["unit"] in ("ua", "ub", "uc")
    }


def test_reporting_counts_a_figure_against_its_supplier(supplied: Path) -> None:
    (supplied / "actuals" / "2023Q3.yaml").write_text(
        "schema_version: 1\nperiod: 2023Q3\nillustrative: false\nsource: {document: by hand}\nrecords:\n"
        "  - {target: land, value: 1350, source: {document: 乙局报表, reported_by: ub, date: 2023-10-09}}\n"
        "  - {target: robots, value: 200, source: {document: 乙局报表, reported_by: ub, date: 2023-10-12}}\n"
        "  - {target: energy-cap, value: 80, source: {document: 甲局报表, reported_by: ua, date: 2023-10-10}}\n",
        encoding="utf-8",
    )
    counts = reporting_counts(supplied)
    # due 2023-10-10. 乙局: land on time (10-09), robots late (10-12), factories missing:
    # 报送率 2/3 = 66.7%, 及时率 1/(1+1) = 50.0%. 甲局: energy-cap on time (10-10, the day itself),
    # digital-growth and demo-zone missing: 1/3 = 33.3%, 及时率 1/1 = 100.0%.
    assert counts["ub"] == (3, 2, 66.7, 1, 1, 50.0)
    assert counts["ua"] == (3, 1, 33.3, 1, 0, 100.0)
    missing = run("reporting", "2023Q3", "--missing", "--data", str(supplied)).output
    sections = {part.split(":", 1)[0].strip(): part for part in missing.split("\n\n")}
    assert "factories" in sections["乙局"]  # 乙局 is chased for its own missing figure
    assert "land" not in sections["甲局"]  # and 甲局 no longer for the figure it leads


def test_rank_still_judges_the_lead(supplied: Path, tmp_path: Path) -> None:
    """Collection follows the supplier; the 季晾晒 judges 甲局 on its own targets, land included:
    each unit's targets and counted targets are those it has without supplied_by."""
    import json
    import shutil

    plain = tmp_path / "plain"
    shutil.copytree(supplied, plain)
    edit_plan(plain, "    supplied_by: ub\n", "")

    def judged(data: Path) -> dict[str, tuple[int, int]]:
        result = run("rank", "2023Q2", "--format", "json", "--data", str(data))
        assert result.exit_code == 0, result.output
        return {u["unit"]: (u["targets"], u["counted"]) for u in json.loads(result.output)["units"]}

    assert judged(supplied) == judged(plain)
    assert judged(supplied)["ua"][0] == 4  # land (supplied by 乙局), energy-cap, digital-growth, demo-zone


def test_an_unknown_supplier_is_located(data: Path) -> None:
    edit_plan(data, "    responsible: [ua, ub]\n", "    responsible: [ua, ub]\n    supplied_by: uz\n")
    result = run("validate", "--data", str(data), "--format", "parsable")
    assert result.exit_code == 1
    line = (data / "targets.yaml").read_text(encoding="utf-8").splitlines().index("    supplied_by: uz") + 1
    assert f"targets.yaml:{line}:18: [error] unknown responsible unit 'uz' (unknown-unit)" in result.output


def test_a_title_of_a_template_made_before_still_reads(supplied: Path) -> None:
    """A1 (hidden) said 牵头单位 before sheets were the suppliers'; it is still cross-checked."""
    wb = template(supplied)
    ws = wb["乙局"]
    ws["I5"] = 200
    ws["A1"] = "测试计划(2023-2027年) 数据填报表 · 2023年1-9月 (2023Q3) · 牵头单位: 乙局"
    wb.save(supplied.parent / "old.xlsx")
    ws["A1"] = "测试计划(2023-2027年) 数据填报表 · 2023年1-9月 (2023Q3) · 填报单位: 甲局"
    wb.save(supplied.parent / "other.xlsx")
    old = run("import", str(supplied.parent / "old.xlsx"), "--data", str(supplied), "--dry-run")
    assert old.exit_code == 0, old.output
    other = run("import", str(supplied.parent / "other.xlsx"), "--data", str(supplied), "--dry-run")
    assert other.exit_code == 1
    assert "other.xlsx:乙局!A1" in other.output


def test_a_red_is_owed_an_explanation_by_its_supplier(mini: Path) -> None:
    """robots (led by 乙局) supplied by 丙局: 1-9月 100/380 = 26.3% against 75%, red, no reason
    given. The words are asked on 丙局's row, so 丙局 is asked for them; the 通报 still names the
    lead, 乙局, as the target's owner."""
    edit_plan(mini, "  - id: robots\n", "  - id: robots\n    supplied_by: uc\n")
    (mini / "actuals" / "2023Q3.yaml").write_text(
        "schema_version: 1\nperiod: 2023Q3\nillustrative: true\nsource: {document: 测试数据}\n"
        "records:\n  - {target: robots, value: 100}\n",
        encoding="utf-8",
    )
    result = run("reporting", "2023Q3", "--missing", "--data", str(mini))
    assert result.exit_code == 0, result.output
    owed = result.output.split("须说明原因（红灯）\n\n")[1]
    assert owed == (
        "丙局：\n    贵单位以下1项指标2023年1-9月为红灯，尚未说明滞后原因，请说明原因和下步措施：\n"
        "    1. 新增机器人 (robots)\n"
    )
