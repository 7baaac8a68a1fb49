"""The checks across files, the plausibility warnings and scoring.yaml's problems are made as
ids where they are found (issue 20, item 1): a value of the data that holds "; " (the separator
the English was matched back by) or braces comes out whole in every language. Before, such a
message fell back to its code's title and the English: 未知指标:unknown target id 'land; robots'."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.checks.actuals import _Reasons
from plan415x.checks.words import WORDS, suggest
from plan415x.cli import app
from plan415x.i18n import say
from plan415x.problems import said
from tests.conftest import MINI, overlay


def _validate(folder: Path, lang: str) -> str:
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", ".", "--lang", lang])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    return result.output


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """The mini plan, with a component and a target id of its 2023Q2 file holding '; '."""
    folder = overlay(MINI, tmp_path / "none", tmp_path / "data")
    q2 = folder / "actuals" / "2023Q2.yaml"
    text = q2.read_text(encoding="utf-8").replace(
        "components: {manufacturing: 1, foreign: 0}",
        'components: {"manufacturing; foreign": 1, manufacturing: 1, foreign: 0}',
    )
    q2.write_text(text + '  - {target: "land; robots", value: 1}\n', encoding="utf-8")
    return folder


def test_records_holding_the_separator_are_wholly_chinese(records: Path) -> None:
    assert _validate(records, "zh") == (
        "actuals/2023Q2.yaml:14:41: [error] 'big-projects' 没有分项 'manufacturing; foreign',"
        "是否应为 'manufacturing'? (unknown-component)\n"
        "actuals/2023Q2.yaml:18:14: [error] 未知指标 id 'land; robots',是否应为 'robots'? (unknown-target)\n"
    )
    assert _validate(records, "en") == (
        "actuals/2023Q2.yaml:14:41: [error] unknown component 'manufacturing; foreign' of 'big-projects';"
        " did you mean 'manufacturing'? (unknown-component)\n"
        "actuals/2023Q2.yaml:18:14: [error] unknown target id 'land; robots'; did you mean 'robots'?"
        " (unknown-target)\n"
    )


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """The mini plan with two units' aliases told apart by a space only, and a unit id holding '; '."""
    folder = overlay(MINI, tmp_path / "none", tmp_path / "data")
    path = folder / "targets.yaml"
    text = path.read_text(encoding="utf-8")
    for unit, name, alias in (("ub", "乙局", "甲局; 乙局"), ("uc", "丙局", "甲局;  乙局")):
        text = text.replace(
            f"{{id: {unit}, name_zh: {name},", f'{{id: {unit}, aliases: ["{alias}"], name_zh: {name},'
        )
    text = text.replace("    responsible: [ua, ub]\n", '    responsible: [ua, "ub; uc"]\n', 1)
    path.write_text(text, encoding="utf-8")
    return folder


def test_a_plan_holding_the_separator_is_wholly_chinese(plan: Path) -> None:
    assert _validate(plan, "zh") == (
        "targets.yaml:18:24: [error] 责任单位 'uc' 的别名 '甲局;  乙局' 与责任单位 'ub' 的别名 '甲局; 乙局' 无法区分;"
        "请让每个单位有自己的名称(--unit、排名和导入会把一个单位当成另一个) (ambiguous-unit-name)\n"
        "targets.yaml:47:23: [error] 未知责任单位 'ub; uc' (unknown-unit)\n"
    )
    assert _validate(plan, "en") == (
        "targets.yaml:18:24: [error] the alias '甲局;  乙局' of unit 'uc' cannot be told from the alias"
        " '甲局; 乙局' of unit 'ub'; give each unit names of its own (--unit, rankings and imports would"
        " take one unit for the other) (ambiguous-unit-name)\n"
        "targets.yaml:47:23: [error] unknown responsible unit 'ub; uc' (unknown-unit)\n"
    )


def test_data_that_looks_like_a_template_is_carried_as_it_is() -> None:
    """Braces and an @how in an id were a placeholder's marks to the matching; here they are text."""
    made = said("check-unknown-target", target="{x}@zh 别", hint=suggest("lnad", ["land"]))
    assert say(made, "zh") == "未知指标 id '{x}@zh 别',是否应为 'land'?"
    assert say(made) == "unknown target id '{x}@zh 别'; did you mean 'land'?"


def test_the_reasons_of_a_note_are_said_in_its_language() -> None:
    """Each reason, made by loading as a Said, is said in the note's language; an id holding
    '; ' stays whole."""
    why = _Reasons((("a; b", said("file-reason-id-twice")), ("c", said("check-slip-unknown"))))
    note = said("check-not-checked", count="2", why=why)
    assert say(note, "zh") == (
        "2 项指标的记录未对照规划检查('a; b':其 id 在 targets.yaml 中重复使用;'c':请改正其中一个);改正后即会检查"
    )
    assert say(note) == (
        "the records of 2 targets not checked against the plan ('a; b': its id is used twice in"
        " targets.yaml; 'c': correct one of them); fixed, they are checked"
    )


def test_a_scoring_name_holding_the_separator() -> None:
    made = said("scoring-unknown", what=WORDS["rule"], name="r1; r2", hint=suggest("r1; r2", {"r1"}))
    assert say(made, "zh") == "未知规则 'r1; r2'"
    assert say(made) == "unknown rule 'r1; r2'"
