"""Every member of every command's format enum, run on the test data: exit 0 and output of that
format (issue 20: formats that only render). The cases are built from the enums, so a member
added without its renderer fails here (and mypy --strict fails on the dispatch's assert_never);
a value that is no member raises instead of printing the table."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from plan415x.cli import app
from plan415x.engine import Engine
from plan415x.loading import load_dataset
from plan415x.options import BriefFormat, CheckFormat, ListFormat, PageFormat, ProblemFormat, TrendFormat
from plan415x.periods import Period
from tests.conftest import MINI, TESTS

SCORE = TESTS / "data" / "score"

# The title lines of the test data's reports (the plan's title and number, the 报送情况's period).
MINI_TITLE = "测试计划(2023-2027年)  测〔2023〕1号"
SCORE_TITLE = "考评测试计划(2023-2027年)  测〔2023〕2号"
REPORTING_TITLE = "报送情况 · 2023年1-6月"

CHECK_CSV = [
    "行动",
    "ID",
    "指标",
    "单位",
    "目标",
    "1-6月累计",
    "完成率",
    "序时进度",
    "差值(百分点)",
    "状态",
    "较上期",
    "牵头单位",
    "status",
    "light",
    "illustrative",
    "target_value",
    "actual_value",
    "completion_pct",
    "schedule_pct",
    "gap_points",
    "schedule_span",
    "items_capped",
    "running_since",
    "this_year_value",
    "data_period",
    "stale",
    "over_target",
    "restates",
    "counted",
    "red_streak",
]
RANK_CSV = [
    "位次",
    "单位",
    "指标数",
    "计入指标",
    "超进度",
    "达进度",
    "欠进度",
    "红灯",
    "黄灯",
    "平均欠进度",
    "报送率",
    "位次变化",
    "compared_with",
    "illustrative",
]
REPORTING_CSV = ["unit", "单位", "应报", "已报", "按时", "逾期", "未注明日期", "未报", "报送率", "及时率"]
SCORE_CSV = [
    "rank",
    "unit",
    "unit_name",
    "score",
    "full",
    "rate",
    "target",
    "target_name",
    "rule",
    "rule_name",
    "period",
    "points",
    "waived",
    "basis",
    "exemption_note",
    "approved_by",
    "default_rules",
    "illustrative",
    "provisional",
]
TARGETS_CSV = ["id", "clause", "kind", "name", "target", "unit", "years", "hedge", "lead"]


def run(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "GITHUB_ACTIONS": ""})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def is_json(text: str) -> None:
    json.loads(text)


def not_json(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)


def csv_header(expected: list[str]) -> Callable[[str], None]:
    def check(text: str) -> None:
        assert next(csv.reader(io.StringIO(text))) == expected

    return check


def markdown(title: str, *, bold: bool = False) -> Callable[[str], None]:
    """Markdown starts with its title line (bold, or ending in markdown's line break: two spaces)
    and holds a table's rule."""

    def check(text: str) -> None:
        first = text.splitlines()[0]
        assert first == (f"**{title}**" if bold else f"{title}  ")
        assert "\n|---|" in text

    return check


def table(title: str) -> Callable[[str], None]:
    """The table starts with its title as it is, and is neither markdown nor JSON."""

    def check(text: str) -> None:
        not_json(text)
        assert text.splitlines()[0] == title
        assert "|---|" not in text

    return check


Shape = Callable[[str], None]

# Per command: its arguments, its enum, how each member is asked for, and what its output is.
COMMANDS: dict[str, tuple[list[str], type[Enum], Callable[[Any], list[str]], dict[str, Shape]]] = {
    "check": (
        ["check", "2023Q2", "--data", str(MINI)],
        CheckFormat,
        lambda m: ["--format", m.value],
        {
            "table": table(MINI_TITLE),
            "json": is_json,
            "markdown": markdown(MINI_TITLE, bold=True),
            "csv": csv_header(CHECK_CSV),
        },
    ),
    "rank": (
        ["rank", "2023Q2", "--data", str(MINI)],
        CheckFormat,
        lambda m: ["--format", m.value],
        {
            "table": table(MINI_TITLE),
            "json": is_json,
            "markdown": markdown(MINI_TITLE),
            "csv": csv_header(RANK_CSV),
        },
    ),
    "reporting": (
        ["reporting", "2023Q2", "--data", str(MINI)],
        CheckFormat,
        lambda m: ["--format", m.value],
        {
            "table": table(REPORTING_TITLE),
            "json": is_json,
            "markdown": markdown(REPORTING_TITLE),
            "csv": csv_header(REPORTING_CSV),
        },
    ),
    # The mini data has no scoring.yaml: score runs on the scoring test data.
    "score": (
        ["score", "2023", "--data", str(SCORE)],
        CheckFormat,
        lambda m: ["--format", m.value],
        {
            "table": table(SCORE_TITLE),
            "json": is_json,
            "markdown": markdown(SCORE_TITLE),
            "csv": csv_header(SCORE_CSV),
        },
    ),
    "targets": (
        ["targets", "--data", str(MINI)],
        ListFormat,
        lambda m: ["--format", m.value],
        {
            "table": lambda text: _first_cells(text, TARGETS_CSV),
            "json": is_json,
            "csv": csv_header(TARGETS_CSV),
        },
    ),
    # trend chooses its format with --json: the table without it.
    "trend": (
        ["trend", "land", "--data", str(MINI)],
        TrendFormat,
        lambda m: {"json": ["--json"], "table": []}[m.value],
        {
            "table": lambda text: _startswith(text, "★低效工业用地改造 (land)"),
            "json": is_json,
        },
    ),
}


def _first_cells(text: str, expected: list[str]) -> None:
    not_json(text)
    assert text.splitlines()[0].split() == expected


def _startswith(text: str, start: str) -> None:
    not_json(text)
    assert text.startswith(start), text[:200]


CASES = [
    pytest.param(name, member, id=f"{name}-{member.value}")
    for name, (_, enum, _, _) in COMMANDS.items()
    for member in enum
]


@pytest.mark.parametrize(("name", "member"), CASES)
def test_every_format_of_every_command(name: str, member: Enum) -> None:
    args, _, ask, shapes = COMMANDS[name]
    result = run(*args, *ask(member))
    assert result.exit_code == 0, result.output
    # A member with no shape here is a format added without saying what it prints: a KeyError.
    shapes[member.value](result.stdout)


def test_every_enum_member_has_a_shape() -> None:
    for name, (_, enum, _, shapes) in COMMANDS.items():
        assert set(shapes) == {m.value for m in enum}, name


# validate: a copy of the mini data with one plausibility warning, so that every format has a
# problem to print and validate still exits 0. robots' year target is 380 台; 400 in 2023Q1 is
# 400/380 = 105.3% in the first quarter: early-exceeded (2023Q2 raised to 410 so the year-to-date
# figure does not fall).
WARNING_LINE = ":7:29: [warning] 400 台 is 105.3% of the year's target 380 台 by 2023Q1"


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    for name, old, new in (("2023Q1", "value: 80}", "value: 400}"), ("2023Q2", "value: 100}", "value: 410}")):
        path = folder / "actuals" / f"{name}.yaml"
        text = path.read_text(encoding="utf-8")
        assert text.count(f"{{target: robots, {old}") == 1
        path.write_text(
            text.replace(f"{{target: robots, {old}", f"{{target: robots, {new}"), encoding="utf-8"
        )
    return folder


def test_every_problem_format(warned: Path) -> None:
    seen = set()
    for member in ProblemFormat:
        result = run("validate", "--data", str(warned), "--format", member.value, "--lang", "en")
        assert result.exit_code == 0, result.output
        out, err = result.stdout, result.stderr
        match member:
            case ProblemFormat.text:
                assert out == "valid: 13 targets, 2 actuals files, 16 records (1 warning)\n"
                assert "  7:29     warning  400 台 is 105.3%" in err
            case ProblemFormat.parsable:
                assert out == ""
                assert WARNING_LINE in err.splitlines()[0]
            case ProblemFormat.json:
                rows = json.loads(out)
                assert [(r["line"], r["column"], r["level"], r["code"]) for r in rows] == [
                    (7, 29, "warning", "early-exceeded")
                ]
            case ProblemFormat.github:
                assert out.startswith("::warning file=")
                assert ",line=7,col=29,title=early-exceeded::" in out
            case ProblemFormat.sarif:
                doc = json.loads(out)
                assert doc["version"] == "2.1.0"
                assert [r["ruleId"] for r in doc["runs"][0]["results"]] == ["early-exceeded"]
        seen.add(member)
    assert seen == set(ProblemFormat)


@pytest.mark.parametrize("command", [*COMMANDS, "validate"])
def test_an_unknown_format_is_refused(command: str) -> None:
    # Exit 2, as typer refuses any value that is no member of the enum.
    args = COMMANDS[command][0] if command in COMMANDS else ["validate", "--data", str(MINI)]
    flag = "--json=xml" if command == "trend" else "--format=xml"
    result = run(*args, flag)
    assert result.exit_code == 2, result.output


def _renderers() -> list[Any]:
    """Each dispatch, called with a value that is no member of its enum."""
    from plan415x.reports.gap_formats import format_report
    from plan415x.reports.listing import render
    from plan415x.reports.problems import format_problems
    from plan415x.reports.rank import format_rank
    from plan415x.reports.reporting import format_reporting
    from plan415x.reports.score import format_score
    from plan415x.reports.trend import format_target, format_unit
    from plan415x.scoring.engine import score_year
    from plan415x.scoring.load import load_scoring
    from plan415x.views.rank import Ranking, rank_units
    from plan415x.views.reporting import reporting
    from plan415x.views.score import score_view

    dataset, _ = load_dataset(MINI)
    assert dataset is not None
    engine = Engine(dataset)
    when = Period.parse("2023Q2")
    report = engine.report(when)
    target = dataset.targets["land"]
    scored, _ = load_dataset(SCORE)
    assert scored is not None
    scoring, _ = load_scoring(SCORE / "scoring.yaml", scored.plan)
    assert scoring is not None
    score = score_year(Engine(scored), scoring, 2023)
    return [
        pytest.param(lambda f: format_report(report, f), id="check"),
        pytest.param(lambda f: format_rank(report, Ranking(rank_units(report), {}, None), f), id="rank"),
        pytest.param(lambda f: format_reporting(reporting(dataset, when), f), id="reporting"),
        pytest.param(lambda f: format_score(score_view(score), f), id="score"),
        pytest.param(
            lambda f: render(list(dataset.targets.values()), f, lang="zh", color=False), id="targets"
        ),
        pytest.param(lambda f: format_problems([], f), id="validate"),
        pytest.param(lambda f: format_target(report, target, [], f, "zh", color=False), id="trend-target"),
        pytest.param(lambda f: format_unit(report, "ua", {}, f, "zh", color=False), id="trend-unit"),
    ]


@pytest.mark.parametrize("render", _renderers())
def test_no_format_falls_back_to_the_table(render: Callable[[Any], str]) -> None:
    # Before issue 20, format_rank, format_reporting, format_score, listing.render and trend
    # returned the table for "xml"; format_report and format_problems the table and the text.
    with pytest.raises(AssertionError):
        render("xml")


# The formats of files (brief, the page of export), chosen by the output's suffix: each member
# writes a file that starts as its format does. A PDF needs a Chinese font (tests/test_pdf.py).
# A 通报 in markdown starts with its title, or with the sample-data banner above its 版头.
FILE_STARTS = {".md": (b"# ", b"> **"), ".docx": b"PK\x03\x04", ".pdf": b"%PDF-", ".html": b"<!DOCTYPE html>"}


@pytest.mark.parametrize(
    ("command", "member"),
    [
        *(pytest.param("brief", m, id=f"brief-{m.value}") for m in BriefFormat),
        *(pytest.param("export", m, id=f"export-{m.value}") for m in PageFormat),
    ],
)
def test_every_file_format(command: str, member: Enum, tmp_path: Path) -> None:
    if member.value == ".pdf":
        from plan415x.reports.pdf_fonts import FontError, find_fonts

        try:
            find_fonts()
        except FontError:
            pytest.skip("needs a Chinese font (apt-get install fonts-noto-cjk)")
    out = tmp_path / f"out{member.value}"
    result = run(command, "2023Q2", "--data", str(MINI), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(FILE_STARTS[member.value])
