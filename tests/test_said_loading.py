"""The loader's messages made at the source (issue 20, item 1): reading the files (loading,
yamlfile, validation, fsutil) and the fields' problems (model's validators, periods, pydantic's
own errors rebuilt from their ``type`` and ``ctx``) are said as ids and rendered from the
catalogues in each language, exactly; only YAML's own phrases, other people's words, are still
matched back (``i18n.theirs_zh``)."""

from __future__ import annotations

import datetime as dt
import math
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError
from typer.testing import CliRunner

from plan415x import loading, yamlfile
from plan415x.cli import app
from plan415x.fsutil import LockTimeoutError
from plan415x.i18n import LANGUAGES, say, theirs_zh
from plan415x.i18n.phrases import Shown, Theirs, one_of
from plan415x.messages import problem_text
from plan415x.model import ActualsFile, Measure, PlanFile, PlausibilityLimits, Target
from plan415x.periods import Period
from plan415x.problems import Problem, SaidError, said
from plan415x.scoring.model import Exemption, ScoringFile
from plan415x.validation import detail_of, problem_of_error, top_not_mapping
from tests.conftest import MINI, overlay


def _both(problem: Problem) -> tuple[str, str]:
    """A problem's message in English and in Chinese, as validate prints them."""
    assert problem.said is not None, problem
    en = problem_text(problem.code, problem.message, "en", problem.said)
    assert en == problem.message
    return en, problem_text(problem.code, problem.message, "zh", problem.said)


def _parsed(text: str, loader: type = yamlfile.StrictLoader) -> Problem:
    found = yamlfile.parse(text, Path("x.yaml"), "x.yaml", loader)
    assert isinstance(found, Problem), text
    return found


# -- a value of the data holding "; " -------------------------------------------------------------


def test_a_value_holding_the_separator_is_said_whole_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The English was matched back clause by clause, cut at "; ": a value holding it left the
    whole message in English behind the code's title (取值无效:value: expected a number, ...).
    Made as an id, it is Chinese whatever the value holds."""
    folder = overlay(MINI, tmp_path / "none", tmp_path / "data")
    path = folder / "actuals" / "2023Q2.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("{target: robots, value: 100}", '{target: robots, value: "12; 13"}'), encoding="utf-8"
    )
    monkeypatch.chdir(folder)
    out = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", ".", "--lang", "zh"]).output
    assert out == (
        "actuals/2023Q2.yaml:7:29: [error] value:应为数字,实际为文字 '12; 13';请写普通的十进制数字,不加引号"
        " (invalid-value)\n"
    )
    out = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", ".", "--lang", "en"]).output
    assert out == (
        "actuals/2023Q2.yaml:7:29: [error] value: expected a number, got the text '12; 13'; write a plain"
        " decimal number, without quotes (invalid-value)\n"
    )


def test_a_long_value_holding_the_separator_is_cut_and_counted_in_each_language() -> None:
    value = "1; " * 40
    shown = Shown(value)
    assert shown.said_in("en") == repr(value)[:80] + "…(120 characters)"
    assert shown.said_in("zh") == repr(value)[:80] + "…(共 120 个字符)"
    err = _error(Target, "value", value)
    problem = problem_of_error(yamlfile.Document(Path("x.yaml"), "x.yaml", "", {}), Target, err)
    assert (
        _both(problem)[1]
        == f"value:应为数字,实际为文字 {repr(value)[:80]}…(共 120 个字符);请写普通的十进制数字,不加引号"
    )


# -- reading the files ---------------------------------------------------------------------------


def test_the_files_that_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "actuals").mkdir()
    (tmp_path / "actuals" / "2023Q2.YAML").write_text("x", encoding="utf-8")
    (tmp_path / "actuals" / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "actuals" / "old").mkdir()
    _, problems = loading.actuals_entries(tmp_path)
    assert [_both(p) for p in problems] == [
        (
            "not read: data files end in .yaml (lower case)",
            "未读取:数据文件的扩展名应为 .yaml(小写)",
        ),
        (
            "not read: data files end in .yaml; move other files out of actuals/",
            "未读取:数据文件的扩展名应为 .yaml;请将其他文件移出 actuals/",
        ),
        (
            "not read: a folder; the figures of each period go in actuals/<PERIOD>.yaml",
            "未读取:这是文件夹;各期数据应放在 actuals/<PERIOD>.yaml",
        ),
    ]
    assert _both(loading.read_file(tmp_path / "actuals", "actuals")) == (
        "a folder, not a file",
        "这是文件夹,不是文件",
    )  # type: ignore[arg-type]


def test_an_os_error_in_the_systems_words() -> None:
    problem = loading.read_file(Path("/nonexistent/x.yaml"), "x.yaml")
    assert isinstance(problem, Problem)
    assert _both(problem) == (
        "cannot read the file: No such file or directory",
        "无法读取文件:文件或文件夹不存在",
    )
    assert Theirs("Some error the system words its own way", "os").said_in("zh") == (
        "Some error the system words its own way"
    )


def test_the_top_of_a_file() -> None:
    assert say(top_not_mapping(None), "zh") == "文件顶层应为字段映射(字段: 值),但文件为空"
    assert say(top_not_mapping([1])) == "expected a mapping of fields at the top, got a list"
    assert say(top_not_mapping([1]), "zh") == "文件顶层应为字段映射(字段: 值),实际为列表"
    assert say(top_not_mapping(True), "zh") == "文件顶层应为字段映射(字段: 值),实际为true/false"


def test_the_encodings() -> None:
    gbk = "指标".encode("gbk")
    problem = yamlfile.decode(gbk, "x.yaml")
    assert isinstance(problem, Problem)
    assert _both(problem) == (
        "the file is not UTF-8 (byte 0xb1). It looks like GBK/GB18030 (as saved by Excel or Notepad on"
        " Chinese Windows). Save it as UTF-8.",
        "文件不是 UTF-8 编码(字节 0xb1),看来是 GBK/GB18030(中文 Windows 上的 Excel 或记事本会这样保存)。"
        "请另存为 UTF-8。",
    )
    utf16 = yamlfile.decode("a: 1".encode("utf-16"), "x.yaml")
    assert isinstance(utf16, Problem)
    assert _both(utf16) == ("the file is UTF-16; save it as UTF-8", "文件为 UTF-16 编码,请另存为 UTF-8")


def test_a_character_refused_is_named_in_each_language() -> None:
    assert _both(_parsed("a: 1\u2028\n")) == (
        "U+2028 (line separator) in the file; control characters, line separators and bidirectional"
        " overrides are refused (they can rewrite a terminal or a CI log, or show text other than it holds)",
        "文件中有 U+2028(行分隔符);控制字符、行分隔符和双向覆盖字符一律不接受(它们可能改写终端或 CI 日志,"
        "或使显示的文字与实际内容不符)",
    )
    assert _both(_parsed('a: "\\e"\n'))[1].startswith("文字中含 U+001B(ESC);控制字符")


def test_yamlfiles_own_refusals() -> None:
    assert _both(_parsed("a: 1\na: 2\n")) == (
        "the key 'a' is given twice in one mapping (first at line 1); the second would silently replace"
        " the first",
        "同一映射中键 'a' 出现两次(首次在第 1 行);后一个会悄悄覆盖前一个",
    )
    assert _both(_parsed("a: 1e3\n"))[1] == (
        "YAML 1.1 会把 1e3 读作文字而不是数字(指数形式需要小数点和正负号);请写成数字(1000)或 1.0e+3;"
        "如本来就是文字,请加引号"
    )
    assert _both(_parsed("a: 2023-02-30\n")) == (
        "'2023-02-30' is not a valid date (day is out of range for month)",
        "'2023-02-30' 不是有效日期(日超出该月的天数)",
    )
    assert _both(_parsed("a: !!str 1\n"))[1] == (
        "不接受标签 '!!str':数据文件只写普通的值,不用 YAML 标签;请去掉标签(文字加引号,数字、日期和"
        " true/false 照原样写)"
    )


@pytest.mark.skipif(
    not yamlfile.WITH_LIBYAML, reason="libyaml's words (pure PyYAML words this error otherwise)"
)
def test_a_quote_hint_wraps_the_librarys_words() -> None:
    assert _both(_parsed("key: 'a'b\n")) == (
        "while parsing a block mapping; did not find expected key; line 1: a value that begins with a"
        " quote must end with it; to keep the quotes inside the text, quote the whole value: key: \"'a'b\"",
        "解析块映射时;未找到应有的键;第 1 行:以引号开头的值必须以同一引号结尾;如要在文字中保留引号,"
        "请给整个值加上引号:key: \"'a'b\"",
    )


def test_a_lock_not_taken_carries_its_said() -> None:
    error = LockTimeoutError(said("file-lock-timeout", path="actuals/.plan415x.lock", seconds="10"))
    assert str(error) == (
        "another plan415x import has held actuals/.plan415x.lock for over 10 s; try again once it has"
        " finished (if none is running, delete that file)"
    )
    assert say(error.said, "zh") == (
        "另一个 plan415x import 占用 actuals/.plan415x.lock 已超过 10 秒;请等它结束后再试(如并无导入在运行,请删除该文件)"
    )


def test_a_reason_for_records_not_checked_is_said_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Why a target's records were not checked is made as an id in loading and said inside
    checks' note: a unit holding "; " no longer leaves the reason in English."""
    folder = overlay(MINI, tmp_path / "none", tmp_path / "data")
    path = folder / "targets.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("id: robots")
    at = text.index("unit: 台", start)
    path.write_text(text[:at] + "unit: '亩; 公顷'" + text[at + len("unit: 台") :], encoding="utf-8")
    monkeypatch.chdir(folder)
    out = CliRunner().invoke(app, ["validate", "--format", "parsable", "--data", ".", "--lang", "zh"]).output
    notes = [line for line in out.splitlines() if "(not-checked)" in line]
    assert notes == [
        f"actuals/{name}.yaml:7:14: [note] 1 项指标的记录未对照规划检查('robots':其计量单位 '亩; 公顷' 未知或重复声明);"
        "改正后即会检查 (not-checked)"
        for name in ("2023Q1", "2023Q2")
    ]


# -- periods --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english", "chinese"),
    [
        ("2023-13", "'2023-13': the month must be 01 to 12", "'2023-13':月份必须为 01 到 12"),
        ("2023q5", "'2023q5' is not a period; write 2023 (year), 2023H1 (half), 2023Q2 (quarter) or 2023-05 (month)",
         "'2023q5' 不是期别;请写 2023(年)、2023H1(半年)、2023Q2(季度)或 2023-05(月)"),
        ("２０２３Q3", "'２０２３Q3' is not a period as plan415x writes it; write 2023Q3", "'２０２３Q3' 不是 plan415x 的期别写法;请写 2023Q3"),
        ("٢٠٢٣Q3", "'٢٠٢٣Q3' has the digit '٢' (U+0662) of another script; write the period in the digits 0-9, e.g. 2023Q2",
         "'٢٠٢٣Q3' 含其他文字的数字 '٢'(U+0662);期别请用数字 0-9 书写,如 2023Q2"),
    ],
)  # fmt: skip
def test_a_period_refused(text: str, english: str, chinese: str) -> None:
    with pytest.raises(SaidError) as caught:
        Period.parse(text)
    assert str(caught.value) == english
    assert say(caught.value.said, "zh") == chinese


# -- pydantic's errors, from their type and ctx ---------------------------------------------------

_BAD: list[Any] = [None, True, 1, -5, 0, 1.5, 1e20, "x", "", "2023-13-45", "2023-06", "2023/06/30",
                   "2023-02-30", "abcd-01-01", "2023-01-01x", "2023-06-30T10:00:00", [1, 2], [1, 2, 3],
                   [], {"a": 1}, {}, "1,800", "１５", "1e3", math.nan, math.inf, "9" * 30, ["x"] * 13,
                   dt.date(2023, 1, 1), "1.35万", "a\x1bb", "a\nb", "a\tb", "\ufffe"]  # fmt: skip


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> list[type[BaseModel]]:
    if model in seen:
        return []
    seen.add(model)
    out = [model]
    for f in model.model_fields.values():
        for inner in _inner(f.annotation):
            out += _models(inner, seen)
    return out


def _inner(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _inner(arg)]


def _errors() -> list[tuple[type[BaseModel], Any]]:
    """Every error pydantic gives a bad value of a field of every model (missing and unknown
    fields aside): (model, error)."""
    seen: set[type[BaseModel]] = set()
    out: list[tuple[type[BaseModel], Any]] = []
    for model in _models(PlanFile, seen) + _models(ActualsFile, seen) + _models(ScoringFile, seen):
        for name in model.model_fields:
            for bad in _BAD:
                try:
                    model.model_validate({name: bad})
                except ValidationError as error:
                    out += [
                        (model, err)
                        for err in error.errors(include_url=False)
                        if err["loc"][:1] == (name,) and err["type"] not in ("missing", "extra_forbidden")
                    ]
    return out


ERRORS = _errors()


def _error(model: type[BaseModel], name: str, value: Any) -> Any:
    with pytest.raises(ValidationError) as caught:
        model.model_validate({name: value})
    return next(e for e in caught.value.errors(include_url=False) if e["loc"][:1] == (name,))


# Each pydantic error type the models give, one bad value that draws it, and what it says of
# the value in both languages (after the field's name).
TYPES: dict[str, tuple[type[BaseModel], str, Any, str, str]] = {
    "bool_type": (Measure, "whole", None, "input should be true or false", "应为 true 或 false"),
    "bool_parsing": (Measure, "whole", -5, "input should be true or false, unable to interpret input",
                     "应为 true 或 false,无法识别输入"),
    "date_type": (ActualsFile, "source", {"document": "x", "date": True}, "input should be a valid date", "应为有效日期"),
    "date_from_datetime_inexact": (ActualsFile, "source", {"document": "x", "date": 1},
                                   "datetimes provided to dates should have zero time - e.g. be exact dates",
                                   "日期不能带时间,请只写日期"),
    "date_from_datetime_parsing": (ActualsFile, "source", {"document": "x", "date": "2023-02-30"},
                                   "input should be a valid date or datetime, day value is outside expected range",
                                   "应为有效日期,日超出该月的天数"),
    "dict_type": (ActualsFile, "records", [{"target": "t", "components": True}],
                  "input should be a mapping (key: value)", "应为映射(键: 值)"),
    "enum": (Target, "kind", "x", "input should be 'annual', 'one_year', 'cumulative', 'level', 'share',"
             " 'growth', 'relative', 'milestone', 'composite', 'directional', 'monitor' or 'average_growth'",
             "应为 'annual'、'one_year'、'cumulative'、'level'、'share'、'growth'、'relative'、'milestone'、"
             "'composite'、'directional'、'monitor' 或 'average_growth'"),
    "literal_error": (ScoringFile, "scored", "x", "input should be 'lead' or 'all'", "应为 'lead' 或 'all'"),
    "finite_number": (PlanFile, "schema_version", math.nan, "input should be a finite number", "应为有限的数字"),
    "float_type": (ActualsFile, "records", [{"target": "t", "value": None, "components": {"a": None}}],
                   "input should be a number", "应为数字"),
    "float_parsing": (PlanFile, "measures", [{"id": "m", "factor": "x"}],
                      "input should be a number, unable to parse string as a number", "应为数字,无法把文字解析为数字"),
    "greater_than": (PlausibilityLimits, "early_pct", -5, "input should be greater than 0", "应大于 0"),
    "greater_than_equal": (PlanFile, "schema_version", -5, "input should be greater than or equal to 1",
                           "应大于或等于 1"),
    "int_type": (PlanFile, "schema_version", None, "input should be a whole number", "应为整数"),
    "int_from_float": (PlanFile, "schema_version", 1.5,
                       "input should be a whole number, got a number with a fractional part", "应为整数,实际带有小数"),
    "int_parsing": (PlanFile, "schema_version", "x",
                    "input should be a whole number, unable to parse string as an integer", "应为整数,无法把文字解析为整数"),
    "int_parsing_size": (PlanFile, "schema_version", 1e20,
                         "unable to parse input string as an integer, exceeded maximum size", "无法解析为整数:超出最大长度"),
    "less_than_equal": (PlanFile, "schema_version", 2, "input should be less than or equal to 1", "应小于或等于 1"),
    "model_attributes_type": (ScoringFile, "rules", [1], "input should be a mapping (key: value) or object to"
                              " extract fields from", "应为映射(键: 值)"),
    "model_type": (PlanFile, "plan", None, "input should be a mapping (key: value) or instance of PlanInfo",
                   "应为映射(键: 值),即一个 PlanInfo"),
    "string_pattern_mismatch": (PlanFile, "default_owner", "X", "string should match pattern '^[a-z0-9][a-z0-9_.-]*$'",
                                "应符合格式 '^[a-z0-9][a-z0-9_.-]*$'"),
    "string_too_short": (PlanFile, "measures", [{"id": ""}], "string should have at least 1 character",
                         "至少应有 1 个字符"),
    "string_type": (PlanFile, "default_owner", True, "input should be text", "应为文字"),
    "too_long": (Target, "range", [1, 2, 3], "tuple should have at most 2 items after validation, not 3",
                 "最多只能有 2 项,实际为 3 项"),
    "too_short": (Exemption, "rules", [], "tuple should have at least 1 item after validation, not 0",
                  "至少应有 1 项,实际为 0 项"),
    "tuple_type": (PlanFile, "actions", None, "input should be a list", "应为列表"),
    "value_error": (Target, "value", "1,800", "'1,800' has thousands separators; write it without commas or quotes",
                    "'1,800' 含千位分隔符;请去掉逗号和引号"),
}  # fmt: skip


def test_every_error_type_the_models_give_is_here() -> None:
    assert {err["type"] for _, err in ERRORS} <= set(TYPES)
    assert len(ERRORS) > 1000


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_each_error_type_in_both_languages(kind: str) -> None:
    model, name, value, english, chinese = TYPES[kind]
    with pytest.raises(ValidationError) as caught:
        model.model_validate({name: value})
    (err,) = [e for e in caught.value.errors(include_url=False) if e["type"] == kind]
    detail = detail_of(err)
    assert (say(detail), say(detail, "zh")) == (english, chinese)


def test_a_field_with_what_was_given_and_a_hint() -> None:
    doc = yamlfile.Document(Path("x.yaml"), "x.yaml", "", {})
    made = problem_of_error(doc, PlanFile, _error(PlanFile, "schema_version", "x" * 100))
    assert _both(made) == (
        "schema_version: input should be a whole number, unable to parse string as an integer (got"
        f" {repr('x' * 100)[:80]}…(100 characters))",
        f"schema_version:应为整数,无法把文字解析为整数(实际为 {repr('x' * 100)[:80]}…(共 100 个字符))",
    )
    kind = {"id": "t", "action": "a", "clause": "1", "text_zh": "x", "name_zh": "x", "name_en": "x",
            "comparator": ">=", "hedge": "ensure", "first_year": 2023, "last_year": 2023, "value": 1, "unit": "亩"}  # fmt: skip
    for given, english, chinese in [
        ("oneyear", "; did you mean 'one_year'?", ";是否应为 'one_year'?"),
        ("累计", "; 累计 is written 'cumulative'", ";累计 应写作 'cumulative'"),
    ]:
        with pytest.raises(ValidationError) as caught:
            Target.model_validate({**kind, "kind": given})
        (err,) = caught.value.errors(include_url=False)
        en, zh = _both(problem_of_error(doc, PlanFile, err))
        assert (en, zh) == ("kind: " + TYPES["enum"][3] + english, "kind:" + TYPES["enum"][4] + chinese)


def test_a_target_of_many_problems_gets_them_all() -> None:
    with pytest.raises(ValidationError) as caught:
        Target.model_validate(
            {"id": "t", "action": "a", "clause": "1", "text_zh": "x", "name_zh": "x", "name_en": "x",
             "kind": "composite", "comparator": ">=", "hedge": "ensure", "first_year": 2024, "last_year": 2023,
             "value": 1, "tolerance": {"absolute": 1}}
        )  # fmt: skip
    (err,) = caught.value.errors(include_url=False)
    made = problem_of_error(yamlfile.Document(Path("x.yaml"), "x.yaml", "", {}), Target, err)
    assert _both(made) == (
        "file: last_year is before first_year; a tolerance belongs to comparator approx (左右); a composite"
        " target needs a unit; a composite target needs at least two components; a composite target needs"
        " basis: annual, one_year or cumulative",
        "file:last_year 早于 first_year;tolerance 只用于比较符 approx(左右);composite 类指标需要 unit;"
        "组合指标至少需要两个分项;组合指标需要 basis:annual、one_year 或 cumulative",
    )


def test_a_choice_list_in_each_language() -> None:
    choices = one_of(["a", "b; c", "d"])
    assert say(said("field-pydantic-choice", expected=choices)) == "input should be 'a', 'b; c' or 'd'"
    assert say(said("field-pydantic-choice", expected=choices), "zh") == "应为 'a'、'b; c' 或 'd'"


# -- YAML: the library's own words, matched back -----------------------------------------------

BROKEN_YAML = [
    "a: 'unclosed\n", 'a: "unclosed\n', "a:\n\t- b\n", "a:\n  b: 1\n\tc: 2\n", "a: {b: 1\n", "a: [b, c\n",
    "a: [b, c}\n", "a: b: c\n", "- a\nb: c\n", "a:\n  - b\n c: d\n", "<<: 1\n", "a: *nope\n",
    "a: &x 1\nb: &x 2\n", "a: 1\n---\nb: 2\n", "@a: 1\n", "`a: 1\n", "a: |0\n  x\n", 'a: "\\q"\n',
    'a: "\\x4"\n', "%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "%YAML 2.0\n---\na: 1\n", "%FOO bar\n---\na: 1\n",
    "!<a b: 1\n", "a: b\n  c: d\n", "? [a\n", "a: 2023-13-01\n", "a: 1:40\n", "key: 'a'b\n", "a: ]\n",
    "a: }\n", "[a, b]: 1\n", "{a: 1}: 2\n", "- - a\n - b\n", "a:\n- b\n -c\n", "a: &\n", "a: *\n",
    "--- a\n... b\n", "a: >\n  b\n c\n",
]  # fmt: skip


def _yaml_problems() -> list[Problem]:
    out: dict[str, Problem] = {}
    for text in BROKEN_YAML:
        for loader in (yamlfile.StrictLoader, yamlfile.PureStrictLoader):
            found = yamlfile.parse(text, Path("x.yaml"), "x.yaml", loader)
            if isinstance(found, Problem):
                out.setdefault(found.message, found)
    return list(out.values())


YAML_PROBLEMS = _yaml_problems()


def test_the_yaml_errors_are_many() -> None:
    assert len(YAML_PROBLEMS) > 40


@pytest.mark.parametrize("problem", YAML_PROBLEMS, ids=[p.message for p in YAML_PROBLEMS])
def test_every_yaml_error_is_wholly_chinese(problem: Problem) -> None:
    en, zh = _both(problem)
    assert not zh.startswith("YAML 语法错误:"), zh  # every phrase known
    assert (
        sum(ch.isascii() and ch.isalpha() for ch in zh) < sum(ch.isascii() and ch.isalpha() for ch in en) / 2
    )


def test_yaml_phrases_matched_back() -> None:
    assert theirs_zh.yaml("while parsing a flow mapping; did not find expected ',' or '}'") == (
        "解析花括号映射时;未找到应有的 ',' 或 '}'"
    )
    assert theirs_zh.yaml("expected a mapping node, but found scalar") == "应为映射,却发现标量"
    assert theirs_zh.yaml("found undefined alias nope") == "发现未定义的别名 nope"
    assert theirs_zh.yaml("a phrase no YAML library says") is None
    unknown = Theirs("while parsing a flow mapping; a phrase no YAML library says", "yaml")
    assert (
        unknown.said_in("zh") == "YAML 语法错误:while parsing a flow mapping; a phrase no YAML library says"
    )
    assert unknown.said_in("en") == "while parsing a flow mapping; a phrase no YAML library says"


def test_every_phrase_is_chinese() -> None:
    for english, chinese in theirs_zh.YAML_LIBRARY.items():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese), english
        chinese.encode("gbk")


def test_a_new_language_gets_the_librarys_words_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LANGUAGES, "xx", {k: "⟦" + v + "⟧" for k, v in LANGUAGES["en"].items()})
    problem = _parsed("a: {b: 1\n")
    assert problem.said is not None
    assert say(problem.said, "xx") == "⟦" + problem.message + "⟧"


def test_a_period_refused_on_a_cached_run_is_said_in_english(tmp_path: Path) -> None:
    """A cached check imports no catalogue; a period it refuses still says itself (a SaidError
    renders through the catalogues, which the usage error loads only then)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PLAN415X_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PLAN415X_NO_CACHE", None)
    command = [sys.executable, "-m", "plan415x", "check", "2023q5", "--data", str(MINI)]
    for _ in range(2):  # the second run is the cached one
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 2
        assert done.stderr.strip().endswith(
            "'2023q5' is not a period; write 2023 (year), 2023H1 (half), 2023Q2 (quarter) or 2023-05 (month)"
        ), done.stderr
