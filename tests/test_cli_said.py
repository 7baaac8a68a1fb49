"""Issue 20, item 1, the command line's own lines: usage errors, "wrote FILE", notes, made as
ids where their fact is found (``cli/bodies``) and said in the run's language.

The run's language (``cli.bodies.common.run_language``): --lang when typed, else the plan's
``language:`` once a command whose messages follow the plan has read it, else English; so a
usage error found before the data is read is English unless --lang was given. The mini plan
(tests/data/mini) has no ``language:`` (English); ``zh_plan`` is it with ``language: zh``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.i18n import say
from plan415x.problems import said


@pytest.fixture
def zh_plan(mini: Path) -> Path:
    plan = mini / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("  last_year: 2027\n", "  last_year: 2027\n  language: zh\n", 1), encoding="utf-8"
    )
    return mini


def run(data: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        app, [*args, "--data", str(data)], env={"COLUMNS": "200", "PLAN415X_TODAY": "2023-07-20"}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_the_catalogues_say_a_line_in_both_languages() -> None:
    line = said("cli-output-exists", path="out/a.xlsx")
    assert say(line, "en") == "out/a.xlsx already exists; give --force to replace it"
    assert say(line, "zh") == "out/a.xlsx 已存在;要替换请加 --force"
    # an output's word said inside the sentence, in its language
    refused = said("cli-output-suffix", path="a.txt", what=said("cli-what-page"), suffixes=".html or .pdf")
    assert say(refused, "en") == "a.txt: the page's name must end in .html or .pdf"
    assert say(refused, "zh") == "a.txt: 页面的文件名须以 .html or .pdf 结尾"


def test_a_usage_error_before_the_data_is_read_is_english_unless_lang_is_given(zh_plan: Path) -> None:
    # reporting refuses --by without --missing before it reads the plan (which says zh)
    assert run(zh_plan, "reporting", "2023Q2", "--by", "2023-08-10") == (
        2,
        "",
        "plan415x: error: -o DIR and --by write the 催报 notices: give them with --missing\n",
    )
    assert run(zh_plan, "reporting", "2023Q2", "--by", "2023-08-10", "--lang", "zh") == (
        2,
        "",
        "plan415x: 错误: -o DIR 和 --by 用于写催报通知: 请与 --missing 同用\n",
    )


def test_a_usage_error_after_the_plan_is_read_follows_its_language(zh_plan: Path) -> None:
    # the mini plan's years are 2023-2027: 2031Q1 is outside them
    assert run(zh_plan, "reporting", "2031Q1") == (
        2,
        "",
        "plan415x: 错误: 期别 2031Q1 不在规划年份 2023-2027 之内\n",
    )
    assert run(zh_plan, "reporting", "2031Q1", "--lang", "en") == (
        2,
        "",
        "plan415x: error: period 2031Q1 is outside the plan's years 2023-2027\n",
    )


def test_export_says_what_it_wrote_in_the_language_typed(zh_plan: Path, tmp_path: Path) -> None:
    # export's --lang (zh by default) names the workbook's sheets; its own line is English unless
    # --lang is typed (the plan's language is for validate, import, reporting and explain)
    sheets = "总览, 明细, 趋势, 报送情况, 催报清单, 责任单位, 说明"
    code, out, _ = run(zh_plan, "export", "2023Q2", "-o", str(tmp_path / "a.xlsx"))
    assert (code, out) == (0, f"wrote {tmp_path / 'a.xlsx'}: 13 targets, {sheets}\n")  # the mini plan's 13
    code, out, _ = run(zh_plan, "export", "2023Q2", "-o", str(tmp_path / "b.xlsx"), "--lang", "zh")
    assert (code, out) == (0, f"已写入 {tmp_path / 'b.xlsx'}: 目标 13 项,工作表 {sheets}\n")
    code, _, err = run(zh_plan, "export", "2023Q2", "-o", str(tmp_path / "b.xlsx"), "--lang", "zh")
    assert (code, err) == (2, f"plan415x: 错误: {tmp_path / 'b.xlsx'} 已存在;要替换请加 --force\n")


def test_brief_says_what_it_wrote_in_both_languages(mini: Path, tmp_path: Path) -> None:
    # 13 targets; the 通报 of a quarter has 6 sections in both languages
    code, out, _ = run(mini, "brief", "2023Q2", "-o", str(tmp_path / "a.md"), "--lang", "en")
    assert (code, out) == (0, f"wrote {tmp_path / 'a.md'}: 13 targets, 6 sections\n")
    code, out, _ = run(mini, "brief", "2023Q2", "-o", str(tmp_path / "b.md"), "--lang", "zh")
    assert (code, out) == (0, f"已写入 {tmp_path / 'b.md'}: 目标 13 项,共 6 节\n")
    code, out, err = run(mini, "brief", "2023Q2", "-o", str(tmp_path / "c.txt"), "--lang", "zh")
    assert (code, out, err) == (
        2,
        "",
        f"plan415x: 错误: {tmp_path / 'c.txt'}: 稿件的文件名须以 .md、.docx 或 .pdf 结尾\n",
    )


def test_a_target_not_in_the_plan_is_said_in_its_language(zh_plan: Path) -> None:
    # explain follows the plan's language once it is read; the nearest ids are the plan's own
    code, _, err = run(zh_plan, "explain", "no-such-target", "2023Q2")
    assert (code, err) == (2, "plan415x: 错误: 未知目标 'no-such-target'\n")
    code, _, err = run(zh_plan, "explain", "no-such-target", "2023Q2", "--lang", "en")
    assert (code, err) == (2, "plan415x: error: unknown target 'no-such-target'\n")


def test_a_filter_naming_nothing_is_said_where_it_is_found(mini: Path) -> None:
    # views.filters and reports.listing make the refusal; the body says it in the run's language
    statuses = "achieved, ahead, on_track, watch, behind, off_track, missed, no_data, not_due, undefined"
    statuses += ", not_assessable, monitoring"
    assert run(mini, "check", "2023Q2", "--status", "nope") == (
        2,
        "",
        f"plan415x: error: unknown status 'nope'; choose from: {statuses}\n",
    )
    assert run(mini, "check", "2023Q2", "--status", "nope", "--lang", "zh") == (
        2,
        "",
        f"plan415x: 错误: 未知状态 'nope';可选: {statuses}\n",
    )
    kinds = "annual, composite, cumulative, directional, growth, level, milestone, one_year, relative, share"
    assert run(mini, "targets", "--kind", "nope", "--lang", "zh") == (
        2,
        "",
        f"plan415x: 错误: 未知目标类型 'nope';规划中有: {kinds}\n",
    )
