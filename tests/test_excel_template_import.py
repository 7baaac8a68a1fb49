"""plan415x template and import: the entry workbook, every refusal, the merge and the round trip.

Template rows of the mini plan for 2023Q3 (report order: the space action first):
甲局 land (4), energy-cap (5), digital-growth (6), demo-zone (7); 乙局 robots (4), factories (5);
丙局 projects (4), rd-share (5), big-projects manufacturing (6) and foreign (7);
未指定牵头单位 output (4), productivity (5), loans (6), ev-output (7).
Columns: A id, B component, H unit, I value, J reference, K state, L as-of, M source, N note.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner, Result

from plan415x.cli import app
from plan415x.excel import container
from plan415x.loading import load_actuals
from tests import xlsx_cases
from tests.conftest import snapshot

ROUND_TRIP = {
    ("甲局", "H4"): "公顷",
    ("甲局", "I4"): 90,  # = 1350 亩
    ("甲局", "L4"): "2023-09-30",
    ("甲局", "M4"): "甲局 1-9月报表",
    ("甲局", "N4"): "按公顷填报",
    ("甲局", "I5"): 80,
    ("甲局", "I6"): 11.5,
    ("甲局", "K7"): "done",
    ("乙局", "I4"): 200,
    ("乙局", "I5"): 7,
    ("丙局", "I4"): 9,
    ("丙局", "I5"): 3.9,
    ("丙局", "I6"): 2,
    ("丙局", "I7"): 1,
    ("未指定牵头单位", "I4"): 350,
    ("未指定牵头单位", "I5"): 33,
    ("未指定牵头单位", "J5"): 30,
    ("未指定牵头单位", "I6"): 130,
    ("未指定牵头单位", "J6"): 110,
    ("未指定牵头单位", "I7"): 7,
}
BY_HAND = """\
schema_version: 1
period: 2023Q3
illustrative: false
source: {document: by hand}
records:
  - {target: land, value: 90, unit: 公顷, as_of: 2023-09-30, note: 按公顷填报}
  - {target: energy-cap, value: 80}
  - {target: digital-growth, value: 11.5}
  - {target: demo-zone, state: done}
  - {target: robots, value: 200}
  - {target: factories, value: 7}
  - {target: projects, value: 9}
  - {target: rd-share, value: 3.9}
  - {target: big-projects, components: {manufacturing: 2, foreign: 1}}
  - {target: output, value: 350}
  - {target: productivity, value: 33, reference: 30}
  - {target: loans, value: 130, reference: 110}
  - {target: ev-output, value: 7}
"""


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def work(mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in tmp_path (so files show as ``filled.xlsx``) with a copy of the mini data in data/."""
    monkeypatch.chdir(tmp_path)
    return mini


def template(data: Path, period: str = "2023Q3", name: str = "template.xlsx", *extra: str) -> Path:
    out = data.parent / name
    result = run("template", period, "-o", str(out), "--data", str(data), *extra)
    assert result.exit_code == 0, result.output
    return out


def fill(path: Path, cells: dict[tuple[str, str], Any], name: str = "filled.xlsx") -> Path:
    wb = openpyxl.load_workbook(path)
    for (sheet, ref), value in cells.items():
        wb[sheet][ref] = value
    out = path.parent / name
    wb.save(out)
    return out


def import_(path: Path, data: Path, *extra: str) -> Result:
    return run("import", str(path.name if path.parent == Path.cwd() else path), "--data", str(data), *extra)


def check_json(data: Path, period: str = "2023Q3") -> dict[str, Any]:
    result = run("check", period, "--format", "json", "--data", str(data))
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.output)
    return doc


# --- template ----------------------------------------------------------------------------------


def test_template_layout(work: Path) -> None:
    wb = openpyxl.load_workbook(template(work))
    assert wb.sheetnames == ["说明", "甲局", "乙局", "丙局", "未指定牵头单位", "_plan415x"]
    meta = wb["_plan415x"]
    assert meta.sheet_state == "veryHidden"
    assert [[c.value for c in row] for row in meta.iter_rows(max_row=4, max_col=2)] == [
        ["format", "plan415x-template"],
        ["version", 1],
        ["plan", "mini"],
        ["period", "2023Q3"],
    ]
    ws = wb["甲局"]
    assert [c.value for c in ws[3]] == [
        "指标ID",
        "分项",
        "指标名称",
        "填报内容",
        "年度目标",
        "上期数/上年同期",
        "上期",
        "计量单位",
        "本期数值",
        "参照值",
        "状态",
        "数据截至",
        "来源",
        "备注",
        "滞后原因",
        "下步措施",
    ]
    assert [ws.cell(row=r, column=1).value for r in range(4, 8)] == [
        "land",
        "energy-cap",
        "digital-growth",
        "demo-zone",
    ]
    land = [c.value for c in ws[4]][:9]
    # the year's target; a year-to-date figure is compared with the same months of last year
    # (上年同期: 1-9月 of 2022), which mini does not hold: no 2023Q2 figure; the unit prefilled
    assert land == ["land", None, "低效工业用地改造", "本年1-9月累计", "≥1,800", None, None, "亩", None]
    assert ws["F7"].value == "推进中"  # demo-zone's previous state (not year-to-date: the latest)
    c = wb["丙局"]
    assert [(c.cell(row=r, column=1).value, c.cell(row=r, column=2).value) for r in (6, 7)] == [
        ("big-projects", "manufacturing"),
        ("big-projects", "foreign"),
    ]
    assert (c["F6"].value, c["F7"].value) == (None, None)  # a composite is year-to-date: no 上年同期
    # rd-share, a share: the latest figure, its period in the unit's words (not the code 2023Q2)
    assert (c["F5"].value, c["G5"].value) == (3.8, "2023年1-6月")
    # locked description, unlocked inputs, a protected sheet
    assert ws.protection.sheet is True
    assert ws["A4"].protection.locked is True
    assert ws["E4"].protection.locked is True
    for ref in ("H4", "I4", "L4", "M4", "N4"):
        assert ws[ref].protection.locked is False, ref
    assert ws["K4"].protection.locked is True  # no state for a count
    assert ws["I7"].protection.locked is True  # no value for a milestone
    assert ws["K7"].protection.locked is False
    assert c["I7"].protection.locked is False  # every component has a value
    assert c["M7"].protection.locked is True  # the source is on the first component row
    assert ws.freeze_panes == "D4"


def validations(ws: Any) -> dict[str, Any]:
    out = {}
    for dv in ws.data_validations.dataValidation:
        for ref in str(dv.sqref).split():
            out[ref] = dv
    return out


def test_template_data_validation(work: Path) -> None:
    wb = openpyxl.load_workbook(template(work))
    jia = validations(wb["甲局"])
    assert (jia["I4"].type, jia["I4"].operator, jia["I4"].formula1) == ("decimal", "greaterThanOrEqual", "0")
    assert (jia["H4"].type, jia["H4"].formula1) == ("list", '"亩,公顷"')
    # the dropdown offers the analyst's words (issue 10); the import takes done/pending/not_done too
    assert (jia["K7"].type, jia["K7"].formula1) == ("list", '"已完成,推进中,未完成"')
    assert (jia["L4"].type, jia["L4"].formula1, jia["L4"].formula2) == (
        "date",
        "DATE(2023,1,1)",
        "DATE(2028,12,31)",
    )
    assert (jia["I6"].type, jia["I6"].formula1) == ("decimal", "-1E+15")  # a growth rate may be negative
    assert all(dv.showErrorMessage for dv in jia.values())
    bing = validations(wb["丙局"])
    assert (bing["I5"].type, bing["I5"].operator, bing["I5"].formula1, bing["I5"].formula2) == (
        "decimal",
        "between",
        "0",
        "100",
    )  # rd-share, a percentage
    assert bing["I4"].formula1 == "0"  # projects: a count
    assert "J4" not in bing  # no reference for a count
    assert "J5" in validations(wb["未指定牵头单位"])  # productivity takes a reference


def test_template_one_unit_and_refusals(work: Path) -> None:
    wb = openpyxl.load_workbook(template(work, "2023Q3", "ub.xlsx", "--unit", "ub"))
    assert wb.sheetnames == ["说明", "乙局", "_plan415x"]
    before = snapshot(work)
    bad = run("template", "2023Q3", "-o", "x.xlsx", "--data", str(work), "--unit", "nobody")
    assert bad.exit_code == 2
    assert "unknown unit 'nobody'" in bad.output
    inside = run("template", "2023Q3", "-o", str(work / "t.xlsx"), "--data", str(work))
    assert inside.exit_code == 2
    assert "inside the data folder" in inside.output
    again = run("template", "2023Q3", "-o", "ub.xlsx", "--data", str(work))
    assert again.exit_code == 2
    assert "already exists" in again.output
    assert snapshot(work) == before


def test_template_names_are_text(work: Path) -> None:
    plan = work / "targets.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "name_zh: 新增机器人", 'name_zh: \'=HYPERLINK("http://x","y")\''
        ),
        encoding="utf-8",
    )
    ws = openpyxl.load_workbook(template(work))["乙局"]
    assert ws["C4"].value == '=HYPERLINK("http://x","y")'
    assert ws["C4"].data_type == "s"
    assert ws["C4"].quotePrefix is True


def test_template_full_width_formula_starts_are_text(work: Path) -> None:
    """A name starting with full-width ＝ (Excel and WPS read it as = when typed) gets the quote
    prefix, as the CSV gives it a ' (issue 26, item 8)."""
    plan = work / "targets.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("name_zh: 新增机器人", "name_zh: ＝1＋1"), encoding="utf-8"
    )
    ws = openpyxl.load_workbook(template(work))["乙局"]
    assert ws["C4"].value == "＝1＋1"
    assert ws["C4"].data_type == "s"
    assert ws["C4"].quotePrefix is True


# --- round trip --------------------------------------------------------------------------------


def _without_sources(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "source"} for r in doc["results"]]


def test_round_trip_equals_hand_written_yaml(work: Path, tmp_path: Path) -> None:
    by_hand = tmp_path / "by-hand"
    import shutil

    shutil.copytree(work, by_hand)
    (by_hand / "actuals" / "2023Q3.yaml").write_text(BY_HAND, encoding="utf-8")
    filled = fill(template(work), ROUND_TRIP)
    result = import_(filled, work)
    assert result.exit_code == 0, result.output
    assert "imported filled.xlsx into" in result.output
    assert "13 added, 0 unchanged, 0 replaced" in result.output
    assert "+ land: 90 公顷" in result.output
    imported, expected = check_json(work), check_json(by_hand)
    assert _without_sources(imported) == _without_sources(expected)
    land = next(r for r in imported["results"] if r["id"] == "land")
    assert land["actual"] == 1350  # 90 公顷 × 15
    # the file loads back with the same records (the source aside: the row's, or the workbook's)
    written, problems = load_actuals(work / "actuals" / "2023Q3.yaml")
    hand, _ = load_actuals(by_hand / "actuals" / "2023Q3.yaml")
    assert problems == []
    assert written is not None
    assert hand is not None
    assert [r._replace(source=None) for r in written.file.records] == list(hand.file.records)
    assert written.file.illustrative is False
    sources = {r.target: r.source for r in written.file.records}
    assert sources["land"] is not None
    assert sources["land"].document == "甲局 1-9月报表"
    assert sources["robots"] is not None
    assert (sources["robots"].document, sources["robots"].reported_by) == ("filled.xlsx (乙局)", "ub")
    text = (work / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Imported from filled.xlsx by plan415x import on ")
    # importing the same workbook again changes nothing
    before = snapshot(work)
    again = import_(filled, work)
    assert again.exit_code == 0
    assert "nothing to write" in again.output
    assert "0 added, 13 unchanged" in again.output
    assert snapshot(work) == before


def test_chinese_state_words_and_text_dates(work: Path) -> None:
    filled = fill(template(work), {("甲局", "K7"): "已完成", ("甲局", "L7"): "2023-09-20"})
    assert import_(filled, work).exit_code == 0
    written, _ = load_actuals(work / "actuals" / "2023Q3.yaml")
    assert written is not None
    record = written.file.records[0]
    assert (record.target, record.state and record.state.value, str(record.as_of)) == (
        "demo-zone",
        "done",
        "2023-09-20",
    )


# --- refusals of cells -------------------------------------------------------------------------


def test_every_cell_problem_in_one_run(work: Path) -> None:
    path = template(work)
    wb = openpyxl.load_workbook(path)
    jia, yi, bing, none = wb["甲局"], wb["乙局"], wb["丙局"], wb["未指定牵头单位"]
    jia["I4"] = "1,300"  # text in a value cell
    jia["I5"].value = "80"
    jia["I5"].data_type = "s"  # a number stored as text
    jia["M6"] = "只有来源"  # a blank required value
    jia["K7"] = "finished"
    jia["I7"] = 1  # a value for a milestone
    yi["I4"] = "=100+100"  # a formula
    yi["I5"] = -1  # a negative count
    yi["L5"] = "soon"
    bing["I5"] = 120  # a percentage above 100
    bing["I6"] = 2  # foreign (I7) left blank
    none["A4"] = "outptu"  # an unknown id
    none["I4"] = 5
    none["H6"] = "亩"  # a unit that cannot be converted (and not offered for loans)
    none["I6"] = 1
    wb.save(path.parent / "filled.xlsx")
    before = snapshot(work)
    result = import_(path.parent / "filled.xlsx", work)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    expected = [
        "filled.xlsx:甲局!I4: expected a number, got the text '1,300'; it has thousands separators;"
        " enter the number without commas (wrong-type)",
        "filled.xlsx:甲局!I5: expected a number, got the text '80'; the cell holds text, not a number:"
        " format the cell as a number and retype it (wrong-type)",
        "filled.xlsx:甲局!I6: blank required cell: 'digital-growth' needs a value (other cells of the row"
        " are filled) (missing-value)",
        "filled.xlsx:甲局!I7: 本期数值 does not apply to 'demo-zone' (milestone); leave it blank (not-applicable)",
        "filled.xlsx:甲局!K7: state 'finished': choose done, pending or not_done (invalid-choice)",
        "filled.xlsx:乙局!I4: a formula (=100+100); enter the figure itself, formulas are not imported (formula)",
        "filled.xlsx:乙局!I5: value -1 家 is below the smallest valid 0 家 (negative-value)",
        "filled.xlsx:乙局!L5: expected a date such as 2023-06-30, got 'soon' (wrong-type)",
        "filled.xlsx:丙局!I5: value 120 % is above the largest valid 100 % (out-of-range)",
        "filled.xlsx:未指定牵头单位!A4: unknown target id 'outptu'; did you mean 'output'? (unknown-target)",
        "filled.xlsx:未指定牵头单位!H6: 计量单位 does not apply to 'loans' (directional); leave it blank"
        " (not-applicable)",
        "filled.xlsx:丙局!I7: blank required cell: component 'foreign' of 'big-projects' needs a value"
        " (missing-components)",
    ]
    for line in expected:
        assert line in lines, line
    assert len([x for x in lines if x.startswith("filled.xlsx:")]) == len(expected)
    assert lines[-1] == f"{len(expected)} problems in filled.xlsx; nothing was written"
    assert snapshot(work) == before


def test_percent_formatted_cell_is_refused(work: Path) -> None:
    """3.9% typed in Excel is stored as 0.039: importing it would be a silent factor of 100."""
    path = template(work)
    wb = openpyxl.load_workbook(path)
    wb["丙局"]["I5"] = 0.039
    wb["丙局"]["I5"].number_format = "0.0%"
    wb.save(path.parent / "filled.xlsx")
    before = snapshot(work)
    result = import_(path.parent / "filled.xlsx", work)
    assert result.exit_code == 1
    assert (
        "filled.xlsx:丙局!I5: the cell is formatted as a percentage, so it holds 0.039, not 3.9;"
        " clear the % format and enter the plain number (percent-format)"
    ) in result.output
    assert snapshot(work) == before


def test_not_due_and_duplicate_rows(work: Path) -> None:
    path = template(work, "2024Q1")
    wb = openpyxl.load_workbook(path)
    ws = wb["甲局"]
    ws["A5"] = "land"  # land twice
    ws["I4"] = 1
    ws["I5"] = 2
    ws.cell(row=20, column=1, value="robots")  # a 2023-only target in 2024
    ws.cell(row=20, column=9, value=3)
    wb.save(path.parent / "filled.xlsx")
    result = import_(path.parent / "filled.xlsx", work)
    assert result.exit_code == 1
    assert "filled.xlsx:甲局!A5: land is also at filled.xlsx:甲局!A4 (duplicate-record)" in result.output
    assert "filled.xlsx:甲局!A20: target 'robots' is not due in 2024Q1 (not-due)" in result.output


def test_year_to_date_decrease_is_caught_against_other_periods(work: Path) -> None:
    # robots was 100 in 2023Q2: 1-9月 cannot be 50
    before = snapshot(work)
    result = import_(fill(template(work), {("乙局", "I4"): 50}), work)
    assert result.exit_code == 1
    assert "filled.xlsx:乙局!I4: year-to-date 'robots' falls from 100 (2023Q2" in result.output
    assert "(ytd-decrease)" in result.output
    assert "plan415x-import-" not in result.output  # the temporary file is never named
    assert snapshot(work) == before


# --- refusals of files -------------------------------------------------------------------------


def _refused(work: Path, path: Path, code: str, message: str) -> None:
    before = snapshot(work)
    result = import_(path, work)
    assert result.exit_code == 1, result.output
    assert f"({code})" in result.output
    assert message in result.output
    assert "nothing was written" in result.output
    assert snapshot(work) == before


def test_not_an_xlsx(work: Path, tmp_path: Path) -> None:
    fake = tmp_path / "figures.xlsx"
    fake.write_text("target,value\nland,900\n", encoding="utf-8")
    _refused(work, fake, "not-xlsx", "figures.xlsx: not an xlsx workbook")
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    _refused(work, old, "not-xlsx", "old .xls workbook")
    plain_zip = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("hello.txt", "hi")
    _refused(work, plain_zip, "not-xlsx", "no [Content_Types].xml")


def test_corrupted_zip(work: Path) -> None:
    path = template(work)
    data = path.read_bytes()
    truncated = path.parent / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    _refused(work, truncated, "corrupt-xlsx", "truncated.xlsx: the workbook is damaged")
    # flip bytes inside a compressed part: the zip opens, its contents do not
    damaged = path.parent / "damaged.xlsx"
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    broken = bytearray(data)
    for i in range(start, start + 40):
        broken[i] ^= 0xFF
    damaged.write_bytes(bytes(broken))
    _refused(work, damaged, "corrupt-xlsx", "damaged.xlsx: the workbook")


def test_zip_bomb(work: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))  # ~8 kB packed
    assert bomb.stat().st_size < 100_000
    _refused(work, bomb, "zip-bomb", "part xl/worksheets/sheet1.xml is compressed")


def test_unpacked_size_and_file_size_limits(
    work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = template(work)
    monkeypatch.setattr(container, "MAX_UNPACKED", 10_000)
    _refused(work, path, "zip-bomb", "would unpack to")
    monkeypatch.setattr(container, "MAX_BYTES", 1_000)
    _refused(work, path, "too-large", "the limit is 1,000")


BILLION_LAUGHS = xlsx_cases.BILLION_LAUGHS.encode()  # one bomb for the tests and the corpus


def _with_entity_bomb(path: Path) -> Path:
    out = path.parent / "entities.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = BILLION_LAUGHS
            target.writestr(info, data)
    out.write_bytes(buffer.getvalue())
    return out


def test_xml_entity_bomb(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = _with_entity_bomb(template(work))
    _refused(work, bomb, "xml-doctype", "declares a DOCTYPE or entities")
    # without the scan, defusedxml still refuses it (and nothing hangs)
    monkeypatch.setattr(container, "_has_doctype", lambda archive, info: False)
    _refused(work, bomb, "corrupt-xlsx", "it declares XML entities, which are refused")


def test_refuses_without_defusedxml(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    _refused(work, template(work), "unsafe-reader", "not reading XML through defusedxml")


def test_not_a_template(work: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "land"  # type: ignore[index]
    wb.save(plain)
    _refused(work, plain, "not-template", "not a plan415x template")
    path = template(work)
    wb = openpyxl.load_workbook(path)
    wb["甲局"]["I3"] = "数值"  # a renamed header
    wb["甲局"].insert_cols(3)
    wb.save(tmp_path / "moved.xlsx")
    _refused(work, tmp_path / "moved.xlsx", "template-changed", "moved.xlsx:甲局!A3: the header row")
    wb = openpyxl.load_workbook(path)
    wb["_plan415x"]["B3"] = "other-plan"
    wb.save(tmp_path / "other.xlsx")
    _refused(work, tmp_path / "other.xlsx", "plan-mismatch", "for plan 'other-plan'")


# --- the hidden sheet's digest and cross-checks (issue 26, item 9) -------------------------------

# The mini template's hidden sheet: 1 format, 2 version, 3 plan, 4 period, 5 created, 6 digest,
# 7-10 one row per sheet (甲局 ua, 乙局 ub, 丙局 uc, 未指定牵头单位 with no unit).


def _meta_edited(work: Path, edits: dict[str, Any], name: str, *, old: bool = False) -> Path:
    wb = openpyxl.load_workbook(fill(template(work, "2023Q3", f"template-{name}"), {("乙局", "I4"): 200}))
    meta = wb["_plan415x"]
    for ref, value in edits.items():
        meta[ref] = value
    if old:  # a template made before the digest: no row 6
        meta.delete_rows(6)
    wb.save(work.parent / name)
    return work.parent / name


def test_the_hidden_sheet_holds_its_digest(work: Path) -> None:
    from plan415x.excel.layout import meta_digest

    meta = openpyxl.load_workbook(template(work))["_plan415x"]
    rows = [[c.value for c in row] for row in meta.iter_rows(max_col=3)]
    assert rows[5][0] == "digest"
    assert re.fullmatch("[0-9a-f]{32}", rows[5][1])  # BLAKE2b, 16 bytes
    assert rows[6:] == [
        ["sheet", "甲局", "ua"],
        ["sheet", "乙局", "ub"],
        ["sheet", "丙局", "uc"],
        ["sheet", "未指定牵头单位", None],
    ]
    assert rows[5][1] == meta_digest(rows)  # over every other row, as import reads them
    rows[3][1] = "2023Q2"
    assert rows[5][1] != meta_digest(rows)


def test_a_period_edited_in_the_hidden_sheet_is_refused(work: Path) -> None:
    """2023Q3 changed to 2023Q2 by hand: the figures would land in actuals/2023Q2.yaml."""
    path = _meta_edited(work, {"B4": "2023Q2"}, "period.xlsx")
    _refused(
        work, path, "metadata-mismatch", "period.xlsx:_plan415x!B6: the hidden sheet _plan415x was edited"
    )
    output = import_(path, work).output
    assert (
        "period.xlsx:乙局!A1: the sheet's title names '乙局' for 2023Q3, the hidden sheet _plan415x gives it"
        " to '乙局' for 2023Q2: its figures would be imported for another unit or period; fill in a fresh"
        " template (metadata-mismatch)"
    ) in output
    # each of the four sheets at its title, and the digest: 5 problems
    assert "5 problems in period.xlsx; nothing was written" in output


def test_only_the_digest_tells_of_an_edit_elsewhere(work: Path) -> None:
    path = _meta_edited(work, {"B5": "2020-01-01"}, "created.xlsx")  # the date made
    result = import_(path, work)
    assert result.exit_code == 1
    assert result.output.splitlines()[-2:] == [
        "created.xlsx:_plan415x!B6: the hidden sheet _plan415x was edited after the template was made (its"
        " digest does not match its plan, period and units): its figures could be imported for another unit"
        " or period; fill in a fresh template (metadata-mismatch)",
        "1 problem in created.xlsx; nothing was written",
    ]


def test_a_blanked_digest_is_an_edit(work: Path) -> None:
    """Not taken for a template made before the digest (the import fuzzer's edits of the hidden
    sheet find it when it is)."""
    path = _meta_edited(work, {"B6": None, "C8": "ua"}, "blank.xlsx")
    _refused(
        work, path, "metadata-mismatch", "blank.xlsx:_plan415x!B6: the hidden sheet _plan415x was edited"
    )


def test_a_unit_unknown_to_the_plan_is_named_at_its_cell(work: Path) -> None:
    path = _meta_edited(work, {"C8": "nobody"}, "nobody.xlsx")
    _refused(
        work,
        path,
        "metadata-mismatch",
        "nobody.xlsx:_plan415x!C8: the hidden sheet _plan415x gives sheet '乙局' to unit 'nobody', which is"
        " not a unit of the plan; fill in a fresh template",
    )


def test_a_template_made_before_the_digest(work: Path) -> None:
    """Accepted with a note (templates given out before keep working), its sheets' units and
    period still checked against their titles: an edited unit is refused at the title."""
    path = _meta_edited(work, {}, "old.xlsx", old=True)
    result = import_(path, work, "--dry-run")
    assert result.exit_code == 0, result.output
    assert (
        "note: the template has no digest of its hidden sheet (made by an earlier plan415x): its units and"
        " period were checked against each sheet's title only; use a new template next time"
    ) in result.output
    assert "+ robots: 200 台" in result.output
    path = _meta_edited(work, {"C8": "ua"}, "old-edited.xlsx", old=True)  # 乙局's sheet to 甲局
    _refused(
        work,
        path,
        "metadata-mismatch",
        "old-edited.xlsx:乙局!A1: the sheet's title names '乙局' for 2023Q3, the hidden sheet _plan415x"
        " gives it to '甲局' for 2023Q3",
    )


def test_missing_file_is_a_usage_error(work: Path) -> None:
    result = run("import", "no-such.xlsx", "--data", str(work))
    assert result.exit_code == 2
    assert "no such file: no-such.xlsx" in result.output


# --- merging into an existing file -------------------------------------------------------------

Q2 = {("甲局", "I4"): 1000, ("乙局", "I5"): 4, ("乙局", "I4"): 100}
"""land 1000 亩 (the file has 60 公顷 = 900 亩), factories 4 (new), robots 100 (the same)."""


def test_conflict_writes_nothing(work: Path) -> None:
    existing = work / "actuals" / "2023Q2.yaml"
    before, text = snapshot(work), existing.read_bytes()
    result = import_(fill(template(work, "2023Q2"), Q2), work)
    assert result.exit_code == 1
    assert (
        "filled.xlsx:甲局!I4: land: 1000 亩 here, but data/actuals/2023Q2.yaml already holds 60 公顷;"
        " give --force to replace it (conflict)"
    ) in result.output
    assert (
        "1 figure in filled.xlsx differ from data/actuals/2023Q2.yaml; nothing was written" in result.output
    )
    assert existing.read_bytes() == text
    assert snapshot(work) == before


def test_dry_run_writes_nothing(work: Path) -> None:
    before = snapshot(work)
    filled = fill(template(work, "2023Q2"), {("乙局", "I5"): 4, ("乙局", "I4"): 100})
    result = import_(filled, work, "--dry-run")
    assert result.exit_code == 0, result.output
    assert (
        "dry run: would update data/actuals/2023Q2.yaml from filled.xlsx (1 added, 1 unchanged, 0 replaced)"
        in (result.output)
    )
    assert "  + factories: 4 家" in result.output
    assert "+  - target: factories" in result.output  # the diff of the file
    assert snapshot(work) == before


def test_merge_adds_keeps_and_force_replaces(work: Path) -> None:
    existing = work / "actuals" / "2023Q2.yaml"
    original = existing.read_text(encoding="utf-8")
    existing.write_text("# hand-written comment kept by imports\n" + original, encoding="utf-8")
    old, _ = load_actuals(existing)
    assert old is not None
    result = import_(fill(template(work, "2023Q2"), Q2), work, "--force")
    assert result.exit_code == 0, result.output
    assert "1 added, 1 unchanged, 1 replaced" in result.output
    assert "  ~ land: 60 公顷 -> 1000 亩" in result.output
    assert "replaced 1 figure(s) already in data/actuals/2023Q2.yaml (--force)" in result.output
    new, problems = load_actuals(existing)
    assert problems == []
    assert new is not None
    text = existing.read_text(encoding="utf-8")
    assert text.startswith("# hand-written comment kept by imports\n")
    # nothing lost: every old record is still there, land replaced, factories added at the end
    old_records = {r.target: r for r in old.file.records}
    new_records = {r.target: r for r in new.file.records}
    assert list(new_records) == [*old_records, "factories"]
    for target, record in old_records.items():
        if target != "land":
            assert new_records[target] == record
    assert (new_records["land"].value, new_records["land"].unit) == (1000, None)
    assert new_records["factories"].value == 4
    assert new.file.illustrative is True
    assert "is marked illustrative: true" in result.output
    assert check_json(work, "2023Q2")["results"][0]["actual"] == 1000


def test_a_rates_own_range_limits_its_cell_as_validate_does(work: Path) -> None:
    # issue 14: a growth target's range (-20..50 here) is enforced by validate, and the
    # template's cell must refuse what validate refuses (before: any number, ±1e15)
    plan = work / "targets.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "    kind: growth\n    value: 12\n", "    kind: growth\n    value: 12\n    range: [-20, 50]\n", 1
        ),
        encoding="utf-8",
    )
    jia = validations(openpyxl.load_workbook(template(work))["甲局"])
    assert (jia["I6"].type, jia["I6"].operator, jia["I6"].formula1, jia["I6"].formula2) == (
        "decimal",
        "between",
        "-20",
        "50",
    )


# Issue 19, item 4: 上期数 of a year-to-date figure is 上年同期, never last December's total.
def test_previous_of_a_year_to_date_figure_is_the_same_months_last_year(work: Path) -> None:
    (work / "actuals" / "2023Q1.yaml").unlink()
    (work / "actuals" / "2023Q2.yaml").unlink()
    head = "schema_version: 1\nperiod: {}\nsource: {{document: 测试, reported_by: ua}}\nrecords:\n"
    # projects (cumulative): 3 by 2023-01, 12 for all of 2023; output (a level): 330 at the end of 2023
    (work / "actuals" / "2023-01.yaml").write_text(
        head.format("2023-01") + "  - {target: projects, value: 3}\n", encoding="utf-8"
    )
    (work / "actuals" / "2023Q4.yaml").write_text(
        head.format("2023Q4") + "  - {target: projects, value: 12}\n  - {target: output, value: 330}\n",
        encoding="utf-8",
    )
    wb = openpyxl.load_workbook(template(work, "2024-01"))
    c = wb["丙局"]
    assert c["A4"].value == "projects"
    # 2023's 3 of January, not its 12 of December (which a unit adds January's figure to)
    assert (c["F4"].value, c["G4"].value) == (3, "2023年1月")
    assert "上期数栏为上年同期数" in c["J2"].value
    other = wb["未指定牵头单位"]
    assert other["A4"].value == "output"
    assert (other["F4"].value, other["G4"].value) == (330, "2023年1-12月")  # a level: its latest figure


def test_a_template_with_the_earlier_header_is_still_read(work: Path) -> None:
    wb = openpyxl.load_workbook(template(work))
    for ws in wb.worksheets[1:-1]:
        ws["F3"] = "上期数"  # the header before issue 19
    wb["乙局"]["I4"] = 200
    wb.save(work.parent / "old.xlsx")
    result = import_(work.parent / "old.xlsx", work)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].endswith(": 1 added, 0 unchanged, 0 replaced")


# Text every YAML reader could take for another type: numbers of YAML 1.2 that YAML 1.1 reads
# as text (2E5, 1e3, 0o17, -.5) and the other way round (0x1F, 1_000, 1:40), infinities and NaN,
# the booleans of both (yes/no/on/off, y/n), null, ~, dates and timestamps.
LOOKS_TYPED = [
    "2E5", "1e3", "-1E-3", "0o17", "-.5", "+.5", "0x1F", "0b101", "1_000", "1:40", "012", "1.5e+3", ".inf",
    "-.Inf", ".NaN", "yes", "No", "ON", "off", "y", "N", "true", "False", "null", "NULL", "~", "",
    "2023-01-05", "2023-1-5", "2023-01-05T10:00:00", "2023-01-05 10:00:00.5 +8",
]  # fmt: skip


@pytest.mark.parametrize("flow", [False, True], ids=["block", "flow"])
def test_text_that_looks_typed_is_quoted_in_written_yaml(flow: bool) -> None:
    """The writer of actuals quotes every such string (block style for a new file, flow for a
    record put into an existing one), so the strict loader reads each back as the same text.
    (Before: 2E5, 1e3, -1E-3, 0o17, -.5 and y/N were written plain.)"""
    import yaml

    from plan415x import yamlfile
    from plan415x.excel.writing import dump

    for value in LOOKS_TYPED:
        text = dump({"note": value}, flow=flow)
        assert text.startswith(("note: '", "{note: '")), text
        assert yaml.load(text, Loader=yamlfile.StrictLoader) == {"note": value}
    assert dump({"note": "按公顷填报"}, flow=flow).strip() in ("note: 按公顷填报", "{note: 按公顷填报}")


def test_imported_note_2e5_validates_as_text(work: Path) -> None:
    """A note cell 2E5 and a source cell 1e3 (text in the workbook): the written file validates,
    the note and source read back as the text typed. (Before: the file held a plain 2E5, which
    the loader refuses as a number YAML 1.1 reads as text: the tool refused its own output.)"""
    filled = Path("filled.xlsx")
    xlsx_cases.fill(filled, {("乙局", "I4"): 200, ("乙局", "M4"): "1e3", ("乙局", "N4"): "2E5"})
    result = import_(filled, work)
    assert result.exit_code == 0, result.output
    written, problems = load_actuals(work / "actuals" / "2023Q3.yaml")
    assert problems == []
    assert written is not None
    (robots,) = written.file.records
    assert (robots.target, robots.value, robots.note) == ("robots", 200, "2E5")
    assert robots.source is not None
    assert robots.source.document == "1e3"
    assert "note: '2E5'" in (work / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8")
    checked = run("validate", "--data", str(work))
    assert checked.exit_code == 0, checked.output
