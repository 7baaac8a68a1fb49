"""Problems in the analyst's language at the command line (issue 10, item 7): real bad data
folders and workbooks give exact Chinese lines with ``--lang zh`` (expected-zh.txt beside each
expected.txt), the same places, levels and codes; ``--lang en`` gives exactly what was given
before; explain, reporting and import follow --lang (else the plan's language) too."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, overlay
from tests.test_plausibility import data  # noqa: F401  (the fixture: figures that draw warnings)

# -- real bad data folders, validated in Chinese and in English ------------------------------------

EXAMPLES = Path(__file__).parent / "examples"
UPDATE = os.environ.get("PLAN415X_UPDATE_GOLDEN") == "1"
INVALID = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.is_dir())


def _validate(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *lang: str) -> tuple[int, str]:
    folder = overlay(MINI, case, tmp_path / "data")
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", ".", *lang])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.name)
def test_invalid_examples_in_chinese(case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """expected-zh.txt: the exact Chinese output (PLAN415X_UPDATE_GOLDEN=1 writes it, then read it);
    the same lines as expected.txt, each with its code, its place and its level, in Chinese."""
    code, output = _validate(case, tmp_path, monkeypatch, "--lang", "zh")
    golden = case / "expected-zh.txt"
    if UPDATE:
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")
    english = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    chinese = output.splitlines()
    assert len(chinese) == len(english)
    for zh, en in zip(chinese, english, strict=True):
        # file:line:col: [level] ... (code): all but the message the same
        assert zh.split(" ", 2)[:2] == en.split(" ", 2)[:2]
        assert zh.rsplit(" ", 1)[1] == en.rsplit(" ", 1)[1]
        # and every message has its own template: none falls back to the title and the English
        assert en.split(" ", 2)[2].rsplit(" ", 1)[0] not in zh, zh
    exit_file = case / "exit_code"
    assert code == (int(exit_file.read_text()) if exit_file.exists() else 1)


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.name)
def test_invalid_examples_in_english_are_unchanged(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang en gives exactly what validate gave before messages had a Chinese form."""
    _, output = _validate(case, tmp_path, monkeypatch, "--lang", "en")
    assert output == (case / "expected.txt").read_text(encoding="utf-8")


def test_a_few_lines_by_hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A handful of the goldens, written here by hand: the goldens are not their own proof."""
    _, output = _validate(
        EXAMPLES / "invalid" / "unknown-field-suggest", tmp_path / "a", monkeypatch, "-l", "zh"
    )
    assert output.endswith(": [error] 未知字段 'valeu',是否应为 'value'? (unknown-field)\n")
    _, output = _validate(EXAMPLES / "invalid" / "wrong-types", tmp_path / "b", monkeypatch, "-l", "zh")
    assert output.splitlines()[-1].endswith(
        ": [error] as_of:应为有效日期,输入过短(实际为 '2023-06') (wrong-type)"
    )
    _, output = _validate(EXAMPLES / "invalid" / "ytd-decrease", tmp_path / "c", monkeypatch, "-l", "zh")
    assert (
        ": [error] 'land' 的累计数从 900(2023Q2,actuals/2023Q2.yaml)降至 800(2023Q3);同一年内累计数不会减少:"
        "请改正其中一个 (ytd-decrease)\n"
    ) in output
    _, output = _validate(EXAMPLES / "invalid" / "truncated", tmp_path / "d", monkeypatch, "-l", "zh")
    assert output.endswith(": [error] 解析花括号映射时;未找到应有的 ',' 或 '}' (yaml-syntax)\n")


def test_the_text_format_counts_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = overlay(MINI, EXAMPLES / "invalid" / "two-files-bad", tmp_path / "data")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    zh = CliRunner().invoke(app, ["validate", "--data", ".", "--lang", "zh"]).output
    en = CliRunner().invoke(app, ["validate", "--data", "."]).output
    assert zh.splitlines()[-1] == "共 2 个问题,涉及 2 个文件"
    assert en.splitlines()[-1] == "2 problems in 2 files"


def test_warnings_alone_are_counted_as_warnings_in_chinese(
    data: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = CliRunner().invoke(app, ["validate", "--data", "data", "--lang", "zh"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == "共 6 条警示,涉及 5 个文件"
    assert result.stdout == "有效:14 项指标,5 个实绩文件,8 条记录(6 条警示)\n"


# -- the other commands whose messages follow --lang ---------------------------------------------


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = overlay(MINI, EXAMPLES / "invalid" / "unknown-target", tmp_path / "data")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


@pytest.mark.parametrize(
    "command",
    [["explain", "land", "2023Q2"], ["reporting", "2023Q2"], ["explain", "--score", "ua", "2023"]],
)
def test_problems_follow_lang(broken: Path, command: list[str]) -> None:
    zh = CliRunner().invoke(app, [*command, "--data", ".", "--lang", "zh"])
    en = CliRunner().invoke(app, [*command, "--data", "."])
    assert (zh.exit_code, en.exit_code) == (1, 1)
    assert "未知指标 id 'lands',是否应为 'land'?  (unknown-target)" in zh.stderr
    assert zh.stderr.splitlines()[-1] == "共 1 个问题,涉及 1 个文件"
    assert "unknown target id 'lands'; did you mean 'land'?  (unknown-target)" in en.stderr
    assert en.stderr.splitlines()[-1] == "1 problem in 1 file"


def test_the_plan_language_sets_the_problems_language(broken: Path) -> None:
    path = broken / "targets.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  first_year: 2023\n", "  language: zh\n  first_year: 2023\n", 1
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["explain", "land", "2023Q2", "--data", "."])
    assert "未知指标 id 'lands'" in result.stderr
    result = CliRunner().invoke(app, ["explain", "land", "2023Q2", "--data", ".", "--lang", "en"])
    assert "unknown target id 'lands'" in result.stderr
    # check is not one of them: its --lang is the labels', its problems stay English
    result = CliRunner().invoke(app, ["check", "2023Q2", "--data", "."])
    assert "unknown target id 'lands'" in result.stderr


# -- the importer's cells and lines ------------------------------------------------------------------

XLSX = EXAMPLES / "xlsx"


def _xlsx_cases() -> list[str]:
    from tests.xlsx_cases import CASES

    return sorted(CASES)


@pytest.mark.parametrize("name", _xlsx_cases())
def test_bad_workbooks_in_chinese(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """expected-zh.txt beside each bad workbook's expected.txt: the same lines, in Chinese."""
    from tests.xlsx_cases import CASES

    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    book = folder / f"{name}.xlsx"
    CASES[name](book)
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(
        app, ["import", book.name, "--data", ".", "--lang", "zh"], env={"COLUMNS": "200"}
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    # the ratio depends on the zlib build, as test_examples_xlsx says
    output = re.sub(r"的压缩比为 [\d,]+ 比 1", "的压缩比为 N 比 1", result.output)
    golden = XLSX / name / "expected-zh.txt"
    if UPDATE:
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")
    assert result.exit_code == int((XLSX / name / "exit_code").read_text())
    english = (XLSX / name / "expected.txt").read_text(encoding="utf-8").splitlines()
    chinese = output.splitlines()
    assert len(chinese) == len(english)
    for zh, en in zip(chinese, english, strict=True):
        if en.endswith(")") and ": " in en:  # a cell's problem: its place and its code unchanged
            assert zh.split(": ", 1)[0] == en.split(": ", 1)[0]
            assert zh.rsplit(" ", 1)[1] == en.rsplit(" ", 1)[1]
        if en != zh:
            assert en.split(": ", 1)[-1].rsplit(" (", 1)[0] not in zh, zh  # no English detail kept


def test_import_in_chinese_reports_what_it_did(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    shutil.copytree(MINI, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert (
        runner.invoke(
            app, ["template", "2024-02", "--data", "data", "--unit", "甲局", "-o", "in.xlsx"]
        ).exit_code
        == 0
    )
    wb = openpyxl.load_workbook(tmp_path / "in.xlsx")
    wb["甲局"]["I4"] = 150
    wb["甲局"]["M4"] = "甲局报表"
    wb.save(tmp_path / "in.xlsx")
    dry = runner.invoke(app, ["import", "in.xlsx", "--data", "data", "--lang", "zh", "--dry-run"])
    assert dry.stdout.splitlines()[:2] == [
        "试运行:将由 in.xlsx 新建 data/actuals/2024-02.yaml(新增 1 项,未变 0 项,替换 0 项);未写入任何内容",
        "  + land: 150 亩",
    ]
    done = runner.invoke(
        app, ["import", "in.xlsx", "--data", "data", "--lang", "zh"], env={"PLAN415X_TODAY": "2026-12-07"}
    )
    assert done.stdout.splitlines() == [
        "已将 in.xlsx 导入 data/actuals/2024-02.yaml:新增 1 项,未变 0 项,替换 0 项",
        "  + land: 150 亩",
        # issue 23: imported years after, no date is stamped (today's is no receipt of 2024-02)
        "in.xlsx:2024-02 的数据于 2026-12-07 导入,已过该期次年(补录):记为未注明日期;如需记录收到日期,请用 --received DATE",
    ]
    again = runner.invoke(app, ["import", "in.xlsx", "in.xlsx", "--data", "data", "--lang", "zh"])
    assert again.stdout.splitlines() == [
        "无须写入:in.xlsx 中的数据都已在 data/actuals/2024-02.yaml 中(新增 0 项,未变 1 项,替换 0 项)",
        "回执 · 甲局 (in.xlsx): 新增 0 项 · 未变 1 项 · 替换 0 项 · 退回 0 格 · 已导入",
        "无须写入:in.xlsx 中的数据都已在 data/actuals/2024-02.yaml 中(新增 0 项,未变 1 项,替换 0 项)",
        "回执 · 甲局 (in.xlsx): 新增 0 项 · 未变 1 项 · 替换 0 项 · 退回 0 格 · 已导入",
        "批量导入:共 2 个工作簿,均已接受",
    ]
    wb["甲局"]["I4"] = 160
    wb.save(tmp_path / "in.xlsx")
    conflict = runner.invoke(app, ["import", "in.xlsx", "--data", "data", "--lang", "zh"])
    assert conflict.exit_code == 1
    assert conflict.stderr.splitlines() == [
        "in.xlsx:甲局!I4: land:此处为 160 亩,而 data/actuals/2024-02.yaml 中已有 150 亩;如要替换,请加 --force"
        " (conflict)",
        "in.xlsx 中有 1 个数据与 data/actuals/2024-02.yaml 不一致;未写入任何内容(--force 可替换)",
    ]
    english = runner.invoke(app, ["import", "in.xlsx", "--data", "data"])
    assert english.stderr.splitlines() == [
        "in.xlsx:甲局!I4: land: 160 亩 here, but data/actuals/2024-02.yaml already holds 150 亩; give"
        " --force to replace it (conflict)",
        "1 figure in in.xlsx differ from data/actuals/2024-02.yaml; nothing was written (--force replaces them)",
    ]


def test_a_long_value_is_shortened_in_both_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 1.5 MB wrong-typed value is named by its first 80 characters and its length, never
    printed whole (issue 26, item 8), in English and in Chinese."""
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    actuals = folder / "actuals" / "2023Q2.yaml"
    text = actuals.read_text(encoding="utf-8")
    # 1,500,000 characters: 'x' repeated; the record's value a text, the source date one too
    long = "x" * 1_500_000
    text = text.replace("{target: robots, value: 100}", f"{{target: robots, value: '{long}'}}")
    text = text.replace("date: 2023-07-15", f"date: '2023-07-15{long}'")
    actuals.write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    # repr of the text is ' and 79 x: the first 80 characters of 'xxx…', then the count
    head = "'" + "x" * 79
    for lang, got, value, count in (
        ("en", "(got ", "expected a number, got the text ", "…(1,500,000 characters)"),
        ("zh", "(实际为 ", "应为数字,实际为文字 ", "…(共 1,500,000 个字符)"),
    ):
        result = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", ".", "--lang", lang])
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert len(result.output) < 2_000  # nothing of the 3 MB quoted
        lines = result.output.splitlines()
        # the date: 1,500,010 characters (2023-07-15 and the x's)
        date_count = count.replace("1,500,000", "1,500,010")
        assert any(f"{got}'2023-07-15{'x' * 69}{date_count})" in line for line in lines), lines
        assert any(f"{value}{head}{count}" in line for line in lines), lines
