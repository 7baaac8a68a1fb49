"""Issue 23, collection as the units live it: items 2 (receipt dates), 5 (holidays and January)
and 7 (small things). Every import here writes a real template, fills it with openpyxl and
imports it back; the figures and dates are worked out by hand beside each assertion."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner, Result

from plan415x.cli import app
from plan415x.loading import load_actuals
from tests.conftest import snapshot


def run(*args: str, today: str | None = None) -> Result:
    env = {"COLUMNS": "200"}
    if today is not None:
        env["PLAN415X_TODAY"] = today
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def work(mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in tmp_path (so files show as ``filled.xlsx``) with a copy of the mini data in data/."""
    monkeypatch.chdir(tmp_path)
    return mini


def template(data: Path, period: str, name: str = "template.xlsx") -> Path:
    out = data.parent / name
    result = run("template", period, "-o", str(out), "--data", str(data))
    assert result.exit_code == 0, result.output
    return out


def fill(path: Path, cells: dict[tuple[str, str], Any], name: str = "filled.xlsx") -> Path:
    wb = openpyxl.load_workbook(path)
    for (sheet, ref), value in cells.items():
        wb[sheet][ref] = value
    out = path.parent / name
    wb.save(out)
    return out


def import_(data: Path, *args: str, today: str | None = None) -> Result:
    return run("import", *args, "--data", str(data), "--lang", "en", today=today)


# --- item 7: small things ---------------------------------------------------------------------


def test_dry_run_prints_its_diff_line_by_line(work: Path) -> None:
    before = snapshot(work)
    filled = fill(template(work, "2023Q2"), {("乙局", "I5"): 4})
    result = import_(work, "filled.xlsx", "--dry-run", "--received", "2023-07-14")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "⏎" not in result.output
    # the diff's own lines, each a line of the output (the file's end, then the record added)
    assert "--- data/actuals/2023Q2.yaml" in lines
    assert "+++ data/actuals/2023Q2.yaml" in lines
    assert "+  - target: factories" in lines
    assert "+    value: 4" in lines
    assert snapshot(work) == before
    assert filled.exists()


def test_illustrative_marks_a_new_file(work: Path) -> None:
    fill(template(work, "2023Q3"), {("乙局", "I4"): 200})
    result = import_(work, "filled.xlsx", "--illustrative")
    assert result.exit_code == 0, result.output
    path = work / "actuals" / "2023Q3.yaml"
    assert (
        "data/actuals/2023Q3.yaml is marked illustrative: true (--illustrative): every report built"
        " from it says its figures are samples, not official statistics"
    ) in result.output
    written, problems = load_actuals(path)
    assert problems == []
    assert written is not None
    # marked as the repository's sample files are: illustrative: true and a note saying so
    assert written.file.illustrative is True
    assert written.file.note == "示例数据:本文件数字为演示用的样本,并非官方统计数据,不得引用。"
    check = run("check", "2023Q3", "--format", "json", "--data", str(work))
    assert json.loads(check.output)["illustrative"] is True


def test_illustrative_marks_an_existing_file_keeping_its_comments(work: Path) -> None:
    path = work / "actuals" / "2023Q3.yaml"
    path.write_text(
        "# 甲局 by hand\nschema_version: 1\nperiod: 2023Q3\nillustrative: false\nsource: {document: 报表}\n"
        "records:\n  - {target: land, value: 900}  # 1-9月\n",
        encoding="utf-8",
    )
    fill(template(work, "2023Q3"), {("甲局", "I4"): 900})  # the same figure: nothing new but the mark
    result = import_(work, "filled.xlsx", "--illustrative")
    assert result.exit_code == 0, result.output
    assert "0 added, 1 unchanged, 0 replaced" in result.output
    text = path.read_text(encoding="utf-8")
    assert text == (
        "# 甲局 by hand\nschema_version: 1\nperiod: 2023Q3\nillustrative: true\nsource: {document: 报表}\n"
        "records:\n  - {target: land, value: 900}  # 1-9月\n"
    )
    # a file without the key gets it after period:
    path.write_text(
        "schema_version: 1\nperiod: 2023Q3\nsource: {document: 报表}\nrecords:\n  - {target: land, value: 900}\n"
    )
    again = import_(work, "filled.xlsx", "--illustrative")
    assert again.exit_code == 0, again.output
    assert path.read_text(encoding="utf-8") == (
        "schema_version: 1\nperiod: 2023Q3\nillustrative: true\nsource: {document: 报表}\n"
        "records:\n  - {target: land, value: 900}\n"
    )
    # marked already: nothing to write
    third = import_(work, "filled.xlsx", "--illustrative")
    assert "nothing to write" in third.output


def test_a_correction_of_900_in_a_trillion_is_a_change(work: Path) -> None:
    path = work / "actuals" / "2023Q3.yaml"
    path.write_text(
        "schema_version: 1\nperiod: 2023Q3\nsource: {document: 报表}\n"
        "records:\n  - {target: robots, value: 1000000000000}\n",
        encoding="utf-8",
    )
    before = snapshot(work)
    # 1,000,000,000,900 vs 1,000,000,000,000: they differ by 900, a relative 9e-10, which a
    # tolerance of 1e-9 took for the same figure
    blank = template(work, "2023Q3")
    fill(blank, {("乙局", "I4"): 1000000000900})
    result = import_(work, "filled.xlsx")
    assert result.exit_code == 1, result.output
    assert (
        "filled.xlsx:乙局!I4: robots: 1000000000900 台 here, but data/actuals/2023Q3.yaml already holds"
        " 1000000000000 台; give --force to replace it (conflict)"
    ) in result.output
    assert snapshot(work) == before
    # the same figure as written is unchanged
    fill(blank, {("乙局", "I4"): 1000000000000})
    same = import_(work, "filled.xlsx")
    assert same.exit_code == 0, same.output
    assert "0 added, 1 unchanged, 0 replaced" in same.output


# --- item 2: receipt dates --------------------------------------------------------------------

# 2023Q3's figures are due on 2023-10-10 (the mini plan's monthly calendar: the 10th of the month
# after; a Tuesday, no holiday: 国庆 2023 ran 9月29日-10月6日, and 10月7-8日 were worked).
A_CELLS = {("甲局", "I4"): 900, ("甲局", "I5"): 80, ("甲局", "I6"): 11.5, ("甲局", "K7"): "done"}
B_CELLS = {("乙局", "I4"): 200}  # factories (I5) left empty: missing
C_CELLS = {("丙局", "I4"): 9, ("丙局", "I5"): 3.9, ("丙局", "I6"): 2, ("丙局", "I7"): 1}


def unit_workbook(
    data: Path, unit: str, cells: dict[tuple[str, str], Any], name: str, period: str = "2023Q3"
) -> Path:
    blank = data.parent / f"blank-{Path(name).name}"
    result = run("template", period, "-o", str(blank), "--data", str(data), "--unit", unit, "--force")
    assert result.exit_code == 0, result.output
    return fill(blank, cells, name)


def reporting_json(data: Path, period: str = "2023Q3") -> dict[str, Any]:
    result = run("reporting", period, "--format", "json", "--data", str(data))
    assert result.exit_code == 0, result.output
    out: dict[str, Any] = json.loads(result.stdout)
    return out


def test_import_stamps_today_as_the_date_received(work: Path) -> None:
    fill(template(work, "2023Q3"), B_CELLS)
    result = import_(work, "filled.xlsx", today="2023-10-12")
    assert result.exit_code == 0, result.output
    assert "filled.xlsx received on 2023-10-12: the date of each figure it added or replaced" in result.output
    written, _ = load_actuals(work / "actuals" / "2023Q3.yaml")
    assert written is not None
    (robots,) = written.file.records
    assert robots.source is not None
    assert (robots.source.document, robots.source.reported_by) == ("filled.xlsx (乙局)", "ub")
    assert str(robots.source.date) == "2023-10-12"
    ub = reporting_json(work)["units"][1]
    # 乙局 owes robots and factories; robots came on 10-12, after 10-10: late; factories missing
    assert (ub["unit"], ub["due"], ub["received"], ub["late"], ub["missing"]) == ("ub", 2, 1, 1, 1)
    assert (ub["rate_pct"], ub["timeliness_pct"]) == (50.0, 0.0)  # 1/2; 0 on time of 1 dated
    # the same workbook again: unchanged, and the figure keeps the date it came with
    again = import_(work, "filled.xlsx", today="2023-10-20")
    assert "0 added, 1 unchanged" in again.output
    assert "received on" not in again.output
    assert reporting_json(work)["units"][1]["figures"][0]["reported"] == "2023-10-12"


def test_a_batch_with_dates_per_file_and_timeliness_per_unit(work: Path) -> None:
    unit_workbook(work, "甲局", A_CELLS, "a.xlsx")
    unit_workbook(work, "乙局", B_CELLS, "b.xlsx")
    unit_workbook(work, "丙局", C_CELLS, "c.xlsx")
    result = import_(
        work,
        "a.xlsx",
        "b.xlsx",
        "c.xlsx",
        "--received",
        "a.xlsx=2023-10-09",
        "--received",
        "b.xlsx=2023-10-12",
        "--received",
        "2023-10-10",  # the run's date: c.xlsx's
        today="2023-10-20",
    )
    assert result.exit_code == 0, result.output
    receipts = [line for line in result.output.splitlines() if line.startswith("回执")]
    assert receipts == [
        "回执 · 甲局 (a.xlsx) · 收到 2023-10-09: 新增 4 项 · 未变 0 项 · 替换 0 项 · 退回 0 格 · 已导入",
        "回执 · 乙局 (b.xlsx) · 收到 2023-10-12: 新增 1 项 · 未变 0 项 · 替换 0 项 · 退回 0 格 · 已导入",
        "回执 · 丙局 (c.xlsx) · 收到 2023-10-10: 新增 3 项 · 未变 0 项 · 替换 0 项 · 退回 0 格 · 已导入",
    ]
    units = {u["unit"]: u for u in reporting_json(work)["units"]}
    counts = {
        u: (v["due"], v["received"], v["on_time"], v["late"], v["undated"], v["missing"])
        for u, v in units.items()
    }
    # due 2023-10-10. 甲局: 4 figures received 10-09, on time; 乙局: robots on 10-12, late,
    # factories missing; 丙局: 3 figures (big-projects' two components one figure) on 10-10, the
    # due date itself: on time
    assert counts == {"ua": (4, 4, 4, 0, 0, 0), "ub": (2, 1, 0, 1, 0, 1), "uc": (3, 3, 3, 0, 0, 0)}
    timeliness = {u: (v["rate_pct"], v["timeliness_pct"]) for u, v in units.items()}
    # 报送率 = received / due, 及时率 = on time / dated: 甲局 4/4, 4/4; 乙局 1/2, 0/1; 丙局 3/3, 3/3
    assert timeliness == {"ua": (100.0, 100.0), "ub": (50.0, 0.0), "uc": (100.0, 100.0)}
    table = run("reporting", "2023Q3", "--data", str(work), "--lang", "en").output.splitlines()
    assert table[2:5] == [
        "Bureau A    4         4        4     0        0        0  100.0%      100.0%",
        "Bureau B    2         1        0     1        0        1   50.0%        0.0%",
        "Bureau C    3         3        3     0        0        0  100.0%      100.0%",
    ]


def test_received_refusals(work: Path) -> None:
    fill(template(work, "2023Q3"), B_CELLS)
    before = snapshot(work)
    # a typo of the year (2032 for 2023) is after today: refused before anything is read
    typo = import_(work, "filled.xlsx", "--received", "2032-10-12", today="2023-10-20")
    assert typo.exit_code == 2
    assert typo.output.strip() == (
        "plan415x: error: --received 2032-10-12: 2032-10-12 is after today (2023-10-20);"
        " a workbook is received on or before today"
    )
    not_a_date = import_(work, "filled.xlsx", "--received", "10月12日", today="2023-10-20")
    assert not_a_date.exit_code == 2
    assert "'10月12日' is not a date; write it as 2024-07-15" in not_a_date.output
    nobody = import_(work, "filled.xlsx", "--received", "other.xlsx=2023-10-12", today="2023-10-20")
    assert nobody.exit_code == 2
    assert "--received other.xlsx=2023-10-12: no workbook 'other.xlsx' in this import" in nobody.output
    # a date before today but not in 2023 or 2024: the data's check refuses it at the cell
    late = import_(work, "filled.xlsx", "--received", "2025-10-12", today="2026-01-05")
    assert late.exit_code == 1
    assert (
        "filled.xlsx:乙局!I4: source.date 2025-10-12 is not in 2023 or 2024, the years a figure of"
        " 2023Q3 is received in (a slip of the year would make every figure of it years late)"
        " (date-out-of-range)"
    ) in late.output
    assert snapshot(work) == before


def test_an_import_years_later_records_no_date(work: Path) -> None:
    fill(template(work, "2023Q3"), B_CELLS)
    result = import_(work, "filled.xlsx", today="2026-12-07")
    assert result.exit_code == 0, result.output
    assert (
        "filled.xlsx: figures of 2023Q3 received on 2026-12-07, after the year that follows the period"
        " (a back-fill): recorded without a date (undated); give --received DATE for the day it came in"
    ) in result.output
    ub = reporting_json(work)["units"][1]
    assert (ub["received"], ub["undated"], ub["timeliness_pct"]) == (1, 1, None)


def test_a_hand_written_source_date_is_checked_like_as_of(work: Path) -> None:
    path = work / "actuals" / "2023Q3.yaml"
    path.write_text(
        "schema_version: 1\nperiod: 2023Q3\nsource: {document: 报表, date: 2032-10-20}\n"
        "records:\n  - {target: robots, value: 200}\n"
        "  - {target: land, value: 900, source: {document: 甲局报表, date: 1023-10-20}}\n",
        encoding="utf-8",
    )
    result = run("validate", "--data", str(work), "--format", "parsable", "--lang", "en")
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        "data/actuals/2023Q3.yaml:3:30: [error] source.date 2032-10-20 is not in 2023 or 2024, the years a"
        " figure of 2023Q3 is received in (a slip of the year would make every figure of it years late)"
        " (date-out-of-range)",
        "data/actuals/2023Q3.yaml:6:63: [error] source.date 1023-10-20 is not in 2023 or 2024, the years a"
        " figure of 2023Q3 is received in (a slip of the year would make every figure of it years late)"
        " (date-out-of-range)",
    ]
    # undated is left for hand-written YAML without a date
    path.write_text(
        "schema_version: 1\nperiod: 2023Q3\nsource: {document: 报表}\nrecords:\n  - {target: robots, value: 200}\n",
        encoding="utf-8",
    )
    ub = reporting_json(work)["units"][1]
    assert (ub["received"], ub["undated"], ub["timeliness_pct"]) == (1, 1, None)


# --- item 5: holidays and January -------------------------------------------------------------


def test_due_dates_by_the_official_calendar() -> None:
    from plan415x.values import CalendarYear
    from plan415x.workdays import next_working_day

    def d(text: str) -> dt.date:
        return dt.date.fromisoformat(text)

    # January 2024's figures, due on the 10th of February: 2024-02-10 is a Saturday and 正月初一;
    # 春节 ran 2月10日至17日 (放假), and Sunday 2月18日 was worked in exchange (调休上班): the 18th
    assert next_working_day(d("2024-02-10")) == (d("2024-02-18"), frozenset())
    # a plain weekend: Saturday 2023-07-15 (the quarterly due day of 1-6月) -> Monday the 17th
    assert next_working_day(d("2023-07-15")) == (d("2023-07-17"), frozenset())
    # a working day stays: Tuesday 2023-10-10 (国庆 2023 ran 9月29日-10月6日)
    assert next_working_day(d("2023-10-10")) == (d("2023-10-10"), frozenset())
    # 国庆 2025: 10月1日至8日放假, Saturday 10月11日 worked: a due date of 10-05 -> Thursday 10-09
    assert next_working_day(d("2025-10-05")) == (d("2025-10-09"), frozenset())
    # 元旦 2026: 1月1日至3日放假, Sunday 1月4日 worked
    assert next_working_day(d("2026-01-01")) == (d("2026-01-04"), frozenset())
    # 2027 is not in the package (1.11.0 knows 2004-2026): its weekends move a date, and the year
    # is said: Saturday 2027-02-06 -> Monday 2027-02-08
    assert next_working_day(d("2027-02-06")) == (d("2027-02-08"), frozenset({2027}))
    # the plan's own year (test data, not the real notice): 2-5 February off, Saturday the 6th worked
    own = (CalendarYear(2027, tuple(d(f"2027-02-0{i}") for i in range(2, 6)), (d("2027-02-06"),)),)
    assert next_working_day(d("2027-02-02"), own) == (d("2027-02-06"), frozenset())
    # and it overrides the package for a year both know: 2024 with no holiday listed, the 10th
    # (Saturday) -> Monday 2024-02-12
    assert next_working_day(d("2024-02-10"), (CalendarYear(2024),)) == (d("2024-02-12"), frozenset())


def test_the_score_takes_the_same_due_date() -> None:
    from plan415x.periods import Period
    from plan415x.scoring.rules.common import due_date

    # 迟报 is judged against the date reporting shows: 2024-01's, the 10th of February -> the 18th
    assert due_date(Period.parse("2024-01"), 10) == dt.date(2024, 2, 18)


def test_january_2024_due_after_chunjie_and_timeliness_per_unit(work: Path) -> None:
    period = "2024-01"
    for unit, cells, name in [
        ("甲局", {("甲局", "I4"): 150}, "a.xlsx"),
        ("乙局", {("乙局", "I4"): 1}, "b.xlsx"),
        ("丙局", {("丙局", "I4"): 6, ("丙局", "I5"): 3.9}, "c.xlsx"),
    ]:
        unit_workbook(work, unit, cells, name, period)
    result = import_(
        work,
        "a.xlsx",
        "b.xlsx",
        "c.xlsx",
        "--received",
        "a.xlsx=2024-02-18",  # the Sunday worked after 春节
        "--received",
        "b.xlsx=2024-02-19",  # the Monday after
        "--received",
        "c.xlsx=2024-02-16",  # during the holiday
        today="2024-02-20",
    )
    assert result.exit_code == 0, result.output
    units = {u["unit"]: u for u in reporting_json(work, period)["units"]}
    due = {f["target"]: f["due_date"] for u in units.values() for f in u["figures"]}
    assert due == dict.fromkeys(["land", "factories", "projects", "rd-share"], "2024-02-18")
    # 甲局 on the due date: on time; 乙局 a day after: late; 丙局 before it: on time (against the
    # 10th, all three would be late)
    timeliness = {u: (v["on_time"], v["late"], v["timeliness_pct"]) for u, v in units.items()}
    assert timeliness == {"ua": (1, 0, 100.0), "ub": (0, 1, 0.0), "uc": (2, 0, 100.0)}


def test_merge_january_owes_nothing_for_january(work: Path) -> None:
    targets = work / "targets.yaml"
    targets.write_text(
        targets.read_text(encoding="utf-8") + "reporting: {merge_january: true}\n", encoding="utf-8"
    )
    january = reporting_json(work, "2024-01")
    assert january["units"] == []
    # 1-2月 is the first figure of the year: due on 10 March, a Sunday in 2024 -> Monday the 11th
    unit_workbook(work, "甲局", {("甲局", "I4"): 300}, "a.xlsx", "2024-02")
    result = import_(work, "a.xlsx", "--received", "2024-03-11", today="2024-03-12")
    assert result.exit_code == 0, result.output
    (ua,) = (u for u in reporting_json(work, "2024-02")["units"] if u["unit"] == "ua")
    assert ua["figures"] == [
        {"target": "land", "due_date": "2024-03-11", "state": "on_time", "reported": "2024-03-11"}
    ]
    # check: January's figure is not owed, so land at 1月 is 未到期, not 未填报
    check = json.loads(run("check", "2024-01", "--format", "json", "--data", str(work)).output)
    land = next(r for r in check["results"] if r["id"] == "land")
    assert land["status"] == "not_due"


def test_a_year_the_calendar_does_not_know_is_said(work: Path) -> None:
    # 2027-01's figures are due on Wednesday 2027-02-10; 2027 is known to no calendar here
    result = run("reporting", "2027-01", "--data", str(work), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert (
        "warning: the official calendar of 2027 is not known (neither the chinesecalendar package nor"
        " targets.yaml's reporting.calendar has it): due dates in it are moved past weekends only, not"
        " past public holidays; add the year's days off and days worked to reporting.calendar"
    ) in result.output
    assert reporting_json(work, "2027-01")["calendar_unknown_years"] == [2027]
    # given in the data (test dates, not the real notice): the 10th and 11th off -> Friday the 12th
    targets = work / "targets.yaml"
    targets.write_text(
        targets.read_text(encoding="utf-8")
        + "reporting:\n  calendar:\n    - {year: 2027, holidays: [2027-02-10, 2027-02-11]}\n",
        encoding="utf-8",
    )
    known = run("reporting", "2027-01", "--data", str(work), "--lang", "en")
    assert "warning" not in known.output
    doc = reporting_json(work, "2027-01")
    assert doc["calendar_unknown_years"] == []
    assert {f["due_date"] for u in doc["units"] for f in u["figures"]} == {"2027-02-12"}


def test_a_month_replayed_with_a_folder_of_workbooks(work: Path) -> None:
    """January 2024 (due 2024-02-18, after 春节): 甲局 sends on the 8th, before the holiday; 乙局's
    workbook has one bad cell and is refused whole, then comes back fixed on the 19th, a day
    late; 丙局 sends nothing."""
    inbox = work.parent / "inbox"
    inbox.mkdir()
    unit_workbook(work, "甲局", {("甲局", "I4"): 150}, "inbox/甲局.xlsx", "2024-01")
    unit_workbook(work, "乙局", {("乙局", "I4"): "约1"}, "inbox/乙局.xlsx", "2024-01")
    first = import_(work, "inbox", "--received", "甲局.xlsx=2024-02-08", today="2024-02-19")
    assert first.exit_code == 1  # a workbook was refused; the other is taken
    receipts = [line for line in first.output.splitlines() if line.startswith("回执")]
    assert receipts == [  # in name order: 乙 (U+4E59) before 甲 (U+7532)
        "回执 · 乙局 (inbox/乙局.xlsx) · 收到 2024-02-19: 新增 0 项 · 未变 0 项 · 替换 0 项 · 退回 1 格"
        " · 未写入(本文件有单元格被退回,全部不导入)",
        "回执 · 甲局 (inbox/甲局.xlsx) · 收到 2024-02-08: 新增 1 项 · 未变 0 项 · 替换 0 项 · 退回 0 格 · 已导入",
    ]
    units = {u["unit"]: u for u in reporting_json(work, "2024-01")["units"]}
    # 甲局 1 due, 1 on time (02-08 <= 02-18): 100%, 100%; 乙局 1 due, none in: 0%, —; 丙局 2 due
    # (projects, rd-share), none in: 0%, —
    assert {u: (v["received"], v["rate_pct"], v["timeliness_pct"]) for u, v in units.items()} == {
        "ua": (1, 100.0, 100.0),
        "ub": (0, 0.0, None),
        "uc": (0, 0.0, None),
    }
    # 乙局's fixed workbook comes on the 19th: received, late
    unit_workbook(work, "乙局", {("乙局", "I4"): 1}, "inbox/乙局.xlsx", "2024-01")
    again = import_(work, "inbox/乙局.xlsx", today="2024-02-19")
    assert again.exit_code == 0, again.output
    ub = reporting_json(work, "2024-01")["units"][1]
    assert (ub["received"], ub["late"], ub["rate_pct"], ub["timeliness_pct"]) == (1, 1, 100.0, 0.0)
    chase = run("reporting", "2024-01", "--missing", "--data", str(work)).output
    assert "1. 10亿元以上项目 (projects, 个) · 截止 2024-02-18" in chase
    assert "乙局" not in chase
