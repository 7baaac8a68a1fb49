"""Issue 14: a second county's plan from scratch, the way docs/new-plan.md says, valid and checked
at the first run; and items 4-7 (optional metadata, friendlier choices, plans beyond 2023-2027,
empty lists explained)."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, REPO

GUIDE = REPO / "docs" / "new-plan.md"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _guide_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE.read_text("utf-8"), re.DOTALL)


def _target(ident: str, kind: str, name: str, text: str, **fields: object) -> str:
    lines = [
        f"  - id: {ident}",
        "    action: work",
        "    clause: 二",
        f"    text_zh: {text}",
        f"    name_zh: {name}",
        f"    name_en: {ident}",
        f"    kind: {kind}",
        "    hedge: plain",
        "    first_year: 2025",
    ]
    fields.setdefault("last_year", 2030)
    lines += [f"    {key}: {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


# 17 targets of a county work report (山前县, made up), every kind, no 文号, units all built in.
TARGETS = "".join(
    [
        _target("new-firms", "annual", "新增规上企业", "每年新增规上工业企业20家以上", value=20, unit="家", responsible="[econ]"),
        _target("investment", "annual", "工业投资", "力争每年完成工业投资100亿元", value=100, unit="亿元", responsible="[econ]"),
        _target("tech-projects", "annual", "技改项目", "每年实施技改项目50项", value=50, unit="项", responsible="[econ]"),
        _target("robots", "one_year", "工业机器人", "2025年新增工业机器人300台", value=300, unit="台", last_year=2025, responsible="[econ]"),
        _target("land", "one_year", "低效用地", "2025年盘活低效用地500亩", value=500, unit="亩", last_year=2025, responsible="[land]"),
        _target("workshops", "cumulative", "数字化车间", "到2030年累计建成数字化车间30个", value=30, unit="个", responsible="[econ]"),
        _target("big-projects", "cumulative", "重大项目", "累计招引10亿元以上项目10个", value=10, unit="个", responsible="[econ]"),
        _target("revenue", "level", "营业收入", "2027年营业收入突破1200亿元", value=1200, unit="亿元", comparator='">"', last_year=2027, baseline="{value: 900, year: 2024}", responsible="[econ]"),
        _target("value-added", "level", "规上工业增加值", "规上工业增加值五年翻一番", value=400, unit="亿元", last_year=2029, baseline="{value: 200, year: 2024}", responsible="[econ]"),
        _target("rd-share", "share", "研发占比", "研发经费占营业收入比重达到3%", value=3, unit='"%"', responsible="[econ]"),
        _target("growth", "growth", "增加值增速", "规上工业增加值增长8%以上", value=8, unit='"%"', responsible="[econ]"),
        _target("productivity", "relative", "劳动生产率", "高于全省平均10%以上", value=10, unit='"%"', responsible="[econ]"),
        _target("garden-city", "milestone", "花园城市", "2026年创成省级花园城市", last_year=2026, responsible="[land]"),
        _target("loans", "directional", "制造业贷款", "保持制造业贷款稳定增长", direction="increase", unit="亿元"),
        _target("output", "monitor", "规上工业产值", "规上工业产值", unit="亿元"),
        _target("digital-2035", "share", "数字经济占比", "2035年数字经济核心产业增加值占比达到15%", value=15, unit='"%"', last_year=2035),
        _target(
            "major-projects", "composite", "超亿元项目", "每年招引超亿元项目或千万美元外资项目10个", value=10, unit="个", basis="annual",
            components="\n      - {id: domestic, name_zh: 超亿元项目, name_en: domestic}\n      - {id: foreign, name_zh: 外资项目, name_en: foreign}",
        ),
    ]
)  # fmt: skip

FIGURES = """\
period: 2025Q1
source: {document: 县统计局 1-3月 快报, reported_by: stats, date: 2025-04-15}
records:
  - {target: new-firms, value: 6}
  - {target: investment, value: 20}
  - {target: tech-projects, value: 9}
  - {target: robots, value: 80}
  - {target: land, value: 6, unit: 公顷}
  - {target: workshops, value: 2}
  - {target: revenue, value: 950}
  - {target: value-added, value: 215}
  - {target: growth, value: 8.4}
  - {target: productivity, value: 23, reference: 20}
  - {target: garden-city, state: pending, evidence: 已完成规划编制}
  - {target: loans, value: 130, reference: 120}
  - {target: output, value: 480}
  - {target: major-projects, components: {domestic: 2, foreign: 1}}
"""


def _county(tmp_path: Path) -> Path:
    """Steps 1-6 of docs/new-plan.md: init, then the plan's own header, actions, units, targets
    and figures in place of the starter's."""
    folder = tmp_path / "county"
    assert run("init", str(folder))[0] == 0
    header = next(b for b in _guide_blocks("yaml") if b.startswith("plan:"))
    assert "doc_number" not in header
    plan = (
        "schema_version: 1\n"
        + header
        + "actions:\n  - {id: work, clause: 二, name_zh: 重点工作, name_en: Key work}\n"
        + "responsible_units:\n"
        + "  - {id: econ, name_zh: 县经信局, name_en: Economy Bureau}\n"
        + "  - {id: land, name_zh: 县自然资源局, name_en: Land Bureau}\n"
        + "  - {id: stats, name_zh: 县统计局, name_en: Statistics Bureau}\n"
        + "default_owner: stats\n"
        + "targets:\n"
        + TARGETS
    )
    (folder / "targets.yaml").write_text(plan, encoding="utf-8")
    (folder / "actuals" / "2024Q2.yaml").unlink()
    (folder / "actuals" / "2025Q1.yaml").write_text(FIGURES, encoding="utf-8")
    return folder


def test_the_guide_runs_the_commands_the_test_runs() -> None:
    commands = [line for block in _guide_blocks("sh") for line in block.splitlines()]
    assert commands == [
        "plan415x init county",
        "plan415x validate --data county",
        "plan415x check 2024Q2 --data county",
        "plan415x validate --data county",
        "plan415x check 2025Q1 --data county",
    ]


def test_a_second_county_validates_and_checks_at_the_first_run(tmp_path: Path) -> None:
    folder = _county(tmp_path)
    assert TARGETS.count("  - id: ") == 17
    assert run("validate", "--data", str(folder)) == (0, "valid: 17 targets, 1 actuals files, 14 records\n")
    code, out = run("check", "2025Q1", "--data", str(folder), "--format", "csv")
    assert code == 0
    rows = {r["ID"]: r for r in csv.DictReader(io.StringIO(out))}
    # By hand, 2025Q1 = 1-3月, schedule 3/12 = 25%:
    # 6 of 20 家 = 30%; 6 公顷 = 90 亩 of 500 = 18% (7 points behind: watch);
    # revenue on the path 900 (2024) -> 1200 (2027): (950 - 900) / 300 = 16.7% against 3 of 36
    # months = 8.3%; 翻一番 from the base said once: (215 - 200) / 200 = 7.5% against 3 of 60 = 5%;
    # the 2035 share lies beyond the plan's 2030 and is not due.
    assert (rows["new-firms"]["completion_pct"], rows["new-firms"]["status"]) == ("30.0", "on_track")
    assert (rows["land"]["actual_value"], rows["land"]["completion_pct"], rows["land"]["status"]) == (
        "90.0",
        "18.0",
        "watch",
    )
    assert (rows["revenue"]["completion_pct"], rows["revenue"]["schedule_pct"]) == ("16.6667", "8.3333")
    assert (rows["value-added"]["completion_pct"], rows["value-added"]["schedule_pct"]) == ("7.5", "5.0")
    assert rows["digital-2035"]["status"] == "not_due"
    assert rows["garden-city"]["status"] == "on_track"
    assert rows["loans"]["牵头单位"] == "县统计局(默认)"


def test_a_plan_without_doc_number_leaves_no_trailing_space_or_broken_bold(tmp_path: Path) -> None:
    folder = _county(tmp_path)
    _, table = run("check", "2025Q1", "--data", str(folder))
    assert table.splitlines()[0] == "山前县2025年政府工作报告重点指标"
    _, english = run("check", "2025Q1", "--data", str(folder), "--lang", "en")
    assert english.splitlines()[0] == "山前县2025年政府工作报告重点指标"  # title_en defaults to title_zh
    _, markdown = run("check", "2025Q1", "--data", str(folder), "--format", "markdown")
    assert markdown.splitlines()[0] == "**山前县2025年政府工作报告重点指标**"
    _, ranked = run("rank", "2025Q1", "--data", str(folder))
    assert ranked.splitlines()[0] == "山前县2025年政府工作报告重点指标"
    assert not [line for line in table.splitlines() + ranked.splitlines() if line != line.rstrip()]


@pytest.mark.parametrize(
    ("field", "written", "hint"),
    [
        ("kind", "oneyear", "did you mean 'one_year'?"),
        ("kind", "累计", "累计 is written 'cumulative'"),
        ("hedge", "力争", "力争 is written 'strive'"),
        ("hedge", "确保", "确保 is written 'ensure'"),
        ("comparator", "左右", "左右 is written 'approx'"),
        ("comparator", "以上", "以上 is written '>='"),
        ("comparator", "=>", "did you mean '>='?"),
        ("pace", "Linear", "did you mean 'linear'?"),
        ("frequency", "half-yearly", "did you mean 'half_yearly'?"),
    ],
)
def test_choices_name_the_word_to_write(
    field: str, written: str, hint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    shutil.copytree(MINI, data)
    text = (data / "targets.yaml").read_text("utf-8")
    # The first target (land) gets the word, in place of its own (kind) or added.
    own = {"kind": "    kind: annual\n", "hedge": "    hedge: ensure\n"}
    if field in own:
        text = text.replace(own[field], "", 1)
    text = text.replace("  - id: land\n", f'  - id: land\n    {field}: "{written}"\n', 1)
    (data / "targets.yaml").write_text(text, encoding="utf-8")
    code, out = run("validate", "--data", str(data), "--format", "parsable")
    assert code == 1
    line = next(x for x in out.splitlines() if "(invalid-choice)" in x)
    assert line.startswith(f"{data}/targets.yaml:")
    assert f"{field}: input should be" in line
    assert line.endswith(f"; {hint} (invalid-choice)")


def test_a_quote_inside_a_value_gets_a_hint(tmp_path: Path) -> None:
    data = tmp_path / "d"
    shutil.copytree(MINI, data)
    text = (data / "targets.yaml").read_text("utf-8")
    text = text.replace(
        "    text_zh: 每年完成低效工业用地改造开发1800亩以上\n", "    text_zh: '浙江制造'标准2项\n", 1
    )
    (data / "targets.yaml").write_text(text, encoding="utf-8")
    code, out = run("validate", "--data", str(data), "--format", "parsable")
    assert code == 1
    assert out.endswith(
        "; line 38: a value that begins with a quote must end with it; to keep the quotes inside the"
        """ text, quote the whole value: text_zh: "'浙江制造'标准2项" (yaml-syntax)\n"""
    )


@pytest.mark.parametrize(
    ("written", "read"), [("2023q2", "2023Q2"), ("2023-6", "2023-06"), ("2023h1", "2023H1")]
)
def test_periods_in_other_case_or_without_the_zero_are_read(written: str, read: str) -> None:
    code, out = run("check", written, "--data", str(MINI), "--format", "csv")
    assert code == 0
    assert {r["data_period"] for r in csv.DictReader(io.StringIO(out))} >= {read} or read != "2023Q2"
    assert out == run("check", read, "--data", str(MINI), "--format", "csv")[1]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("2023年6月", "2023-06"),
        ("2023.06", "2023-06"),
        ("2023年二季度", "2023Q2"),
        ("Q2 2023", "2023Q2"),
        ("2023年上半年", "2023H1"),
        # full-width digits, as a Chinese input method types them (before: read silently)
        ("２０２３Q3", "2023Q3"),
        ("２０２３ｑ３", None),  # a full-width letter too: no exact spelling to offer
        ("２０２３年３月", "2023-03"),
        ("２０２３", "2023"),
    ],
)
def test_other_spellings_of_a_period_are_answered_with_the_exact_one(written: str, meant: str | None) -> None:
    if meant is None:
        assert run("check", written, "--data", str(MINI)) == (
            2,
            f"plan415x: error: {written!r} is not a period; write 2023 (year), 2023H1 (half), 2023Q2"
            " (quarter) or 2023-05 (month)\n",
        )
        return
    assert run("check", written, "--data", str(MINI)) == (
        2,
        f"plan415x: error: {written!r} is not a period as plan415x writes it; write {meant}\n",
    )


@pytest.mark.parametrize(
    ("written", "digit"),
    [
        ("٢٠٢٣Q3", "٢ (U+0662)"),
        ("٢٠٢３Q3", "٢ (U+0662)"),
        ("2023Q३", "३ (U+0969)"),
        ("2023-٠٣", "٠ (U+0660)"),
    ],
)
def test_a_period_in_another_scripts_digits_is_refused(written: str, digit: str) -> None:
    """Arabic-Indic or Devanagari digits are never guessed at. (Before: read as 2023Q3 silently.)"""
    char, code = digit.split(" ")
    assert run("check", written, "--data", str(MINI)) == (
        2,
        f"plan415x: error: {written!r} has the digit {char!r} {code} of another script; write the period"
        " in the digits 0-9, e.g. 2023Q2\n",
    )


@pytest.mark.parametrize("stem", ["٢٠٢٣Q3", "٢٠٢３Q3", "２０２３Q3"])
def test_an_actuals_file_named_in_other_digits_is_a_located_problem(tmp_path: Path, stem: str) -> None:
    """actuals/٢٠٢٣Q3.yaml holding period: 2023Q3 (before: valid, its figures counted for 2023Q3)."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    (data / "actuals" / f"{stem}.yaml").write_text(
        "period: 2023Q3\nsource: {document: x}\nrecords: [{target: robots, value: 200}]\n", encoding="utf-8"
    )
    code, out = run("validate", "--data", str(data), "--format", "parsable", "--lang", "en")
    assert code == 1
    shown = data / "actuals" / f"{stem}.yaml"
    assert out == (
        f"{shown}:0:0: [note] its records were not checked against the plan (targets, units,"
        " duplicates): the problems of the file's period or source come first; fixed, they are checked"
        " (not-checked)\n"
        f"{shown}:1:9: [error] the file name '{stem}.yaml' is not a period; name it after"
        " its period, e.g. 2023Q3.yaml (file-name)\n"
    )


def test_a_period_field_in_full_width_digits_is_a_located_problem(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    (data / "actuals" / "2023Q3.yaml").write_text(
        "period: ２０２３Q3\nsource: {document: x}\nrecords: [{target: robots, value: 200}]\n",
        encoding="utf-8",
    )
    code, out = run("validate", "--data", str(data), "--format", "parsable", "--lang", "en")
    assert code == 1
    assert out.endswith(
        f"{data / 'actuals' / '2023Q3.yaml'}:1:9: [error] period: '２０２３Q3' is not a period as plan415x writes"
        " it; write 2023Q3 (invalid-value)\n"
    )


def test_rank_and_targets_say_what_is_missing_without_units(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    run("init", str(folder))
    text = (folder / "targets.yaml").read_text("utf-8")
    start = text.index("responsible_units:\n")
    text = text[:start] + "responsible_units: []\n" + text[text.index("\n# Units of measure") :]
    text = text.replace("    responsible: [econ]\n", "")
    (folder / "targets.yaml").write_text(text, encoding="utf-8")
    assert run("validate", "--data", str(folder))[0] == 0
    code, out = run("rank", "2024Q2", "--data", str(folder), "--lang", "en")
    assert code == 0
    assert (
        "No unit to rank: targets.yaml lists no responsible_units (list them, and name each target's"
        " lead unit first in its responsible)"
    ) in out.splitlines()
    assert run("targets", "--data", str(folder), "--unit", "x") == (
        2,
        "plan415x: error: unknown unit 'x'; targets.yaml lists no responsible_units\n",
    )
