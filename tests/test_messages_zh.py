"""Every problem message in Chinese (issue 10, item 7): each template the source can make has its
Chinese in plan415x.messages_zh (found with ast, tests/message_sites.py), and pydantic's and
YAML's own words are met by making every error they give. The command line's output, in
tests/test_messages_zh_output.py."""

from __future__ import annotations

import datetime as dt
import math
import re
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from plan415x import yamlfile
from plan415x.messages import TITLES_ZH, problem_text
from plan415x.messages_zh import (
    DETAILS,
    HOW,
    MESSAGES,
    PYDANTIC,
    REASONS,
    YAML,
    YAML_LIBRARY,
    parts,
    translate,
)
from plan415x.model import ActualsFile, Kind, Pace, PlanFile, Target
from plan415x.scoring.model import ScoringFile
from plan415x.validation import problem_of_error
from tests.message_sites import Site, all_sites

SITES = all_sites()
TABLES = {"problem": MESSAGES, "yaml": YAML, "detail": DETAILS, "reason": REASONS}

# Messages that are another's, already in the analyst's language, or the data's own text.
PASSTHROUGH = {
    "{message(f, lang)}": "a plausibility warning: made as a Said, its words in i18n's CHECKS",
}


def _placeholders(template: str) -> list[tuple[str, str]]:
    return [p for p in parts(template) if not isinstance(p, str)]


def _texts(kind: str) -> set[str]:
    return {s.text for s in SITES if s.kind == kind}


def test_the_scan_finds_the_messages_it_is_about() -> None:
    """The scan itself can fail: it must meet messages of every shape the source makes."""
    problems = _texts("problem")
    assert "cannot list the folder: a broken link" in problems  # Problem(...) with a constant
    assert "a named pipe (FIFO), not a file" in problems  # f"{what}, not a file", what chosen in an if
    assert "unknown field {name!r}; did you mean {close[0]!r}?" in problems  # message += in an if
    assert "the file is UTF-16; save it as UTF-8" in problems  # yamlfile's Problem
    assert "{marked.message}; line {number}: a value that begins with a quote must end with it;" in (
        " ".join(problems)
    )  # a name set in an except block, then a call's return
    assert "the key {key_node.value!r} is given twice in one mapping (first at line {first.line + 1});" in (
        " ".join(_texts("yaml"))
    )  # raise DuplicateKeyError(None, None, f"...", mark)
    assert "a target without a value needs a note saying why" in _texts("detail")  # problems.append
    assert "{text!r}: the month must be 01 to 12" in _texts("detail")  # periods.py's ValueError
    assert "its id is used twice in targets.yaml" in _texts("reason")
    assert len(problems) > 40  # checks and the import make theirs as ids (i18n), loading not yet
    assert len(SITES) > 100


@pytest.mark.parametrize("site", SITES, ids=lambda s: f"{s.where}:{s.kind}")
def test_every_message_has_its_chinese(site: Site) -> None:
    if site.text in PASSTHROUGH:
        return
    table = TABLES[site.kind]
    assert site.text in table, f"{site.where}: no Chinese for {site.text!r} in messages_zh"


ALL_ENTRIES = [
    (name, en, zh)
    for name, table in [
        ("MESSAGES", MESSAGES),
        ("DETAILS", DETAILS),
        ("PYDANTIC", PYDANTIC),
        ("YAML", YAML),
        ("YAML_LIBRARY", YAML_LIBRARY),
        ("REASONS", REASONS),
    ]
    for en, zh in table.items()
]
# An English-only word may be dropped: a plural ending; nothing else of the English is lost.
_PLURAL = re.compile(r"^'s' \* \(.+\)$|^s$")


@pytest.mark.parametrize(("table", "english", "chinese"), ALL_ENTRIES, ids=[e[1][:60] for e in ALL_ENTRIES])
def test_every_placeholder_is_carried_over(table: str, english: str, chinese: str) -> None:
    en = {name for name, how in _placeholders(english)}
    assert all(how == "" for _, how in _placeholders(english)), "a how belongs to the Chinese"
    zh = {name for name, _ in _placeholders(chinese)}
    assert zh <= en, f"{table}: {zh - en} not in the English"
    assert all(_PLURAL.match(name) for name in en - zh), f"{table}: {en - zh} lost in the Chinese"
    for _, how in _placeholders(chinese):
        assert how == "" or how in HOW, how


def test_no_entry_is_left_over() -> None:
    """An entry the source no longer makes is dead weight, and hides a renamed template."""
    assert set(MESSAGES) - _texts("problem") == set()
    assert set(DETAILS) - _texts("detail") == set()
    assert set(YAML) - _texts("yaml") == set()
    assert set(REASONS) - _texts("reason") == set()
    # the hand-written tables are met by the generated errors below, and hold no source text
    assert not set(PYDANTIC) & set(DETAILS)
    assert not set(YAML_LIBRARY) & set(YAML)


# English words a Chinese message keeps: the data's own (field names, YAML words), commands,
# formats and names of things; function words never.
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "not",
        "for",
        "with",
        "but",
        "has",
        "are",
        "was",
        "from",
        "this",
        "that",
        "its",
        "than",
        "which",
        "when",
        "would",
        "could",
        "should",
        "cannot",
        "must",
        "only",
        "one",
        "all",
        "any",
    ]
)


# The words of the data format (kinds, paces) name what the English says in a sentence.
_DATA_WORDS = frozenset({k.value for k in Kind} | {p.value for p in Pace})


@pytest.mark.parametrize(("table", "english", "chinese"), ALL_ENTRIES, ids=[e[1][:60] for e in ALL_ENTRIES])
def test_chinese_keeps_only_the_words_it_must(table: str, english: str, chinese: str) -> None:
    bare = "".join(p for p in parts(chinese) if isinstance(p, str))
    english_words = {w.lower() for w in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", english)}
    for word in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", bare):
        if len(word) < 3:
            continue
        assert word.lower() not in _FUNCTION_WORDS, f"{table}: {word!r} left in {chinese!r}"
        assert word.lower() in english_words or word in _DATA_WORDS, f"{table}: {word!r} only in {chinese!r}"
    if len(bare) > 2:  # more than the colon of "{name}: {detail}"
        assert re.search(r"[\u4e00-\u9fff]", bare), chinese


def test_every_character_is_in_gbk() -> None:
    """A GBK console gets a replacement for what GBK lacks; the catalogue needs none."""
    for _, _, zh in ALL_ENTRIES:
        zh.encode("gbk")


def test_a_lone_brace_is_refused() -> None:
    """Every entry parses (ALL_ENTRIES above); a brace not doubled would not."""
    with pytest.raises(ValueError, match="lone"):
        parts("expected ',' or '}'")
    with pytest.raises(ValueError, match="unclosed"):
        parts("expected ',' or '{'")
    assert parts("a {{b}} {c@zh} {d.get('e', {})!r}") == [
        "a {b} ",
        ("c", "zh"),
        " ",
        ("d.get('e', {})!r", ""),
    ]


# -- values from the data are carried, never interpreted -----------------------------------------


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("unknown field 'valeu'; did you mean 'value'?", "未知字段 'valeu',是否应为 'value'?"),
        ("missing required field 'value'", "缺少必填字段 'value'"),
        (
            "value: '1,800' has thousands separators; write it without commas or quotes",
            "value:'1,800' 含千位分隔符;请去掉逗号和引号",
        ),
        (
            # a validator's problems joined by "; ", each its own template
            "targets[2]: a annual target needs a unit; a tolerance belongs to comparator approx (左右)",
            "targets[2]:annual 类指标需要 unit;tolerance 只用于比较符 approx(左右)",
        ),
        (
            "kind: input should be 'annual', 'one_year' or 'level'; did you mean 'one_year'?",
            "kind:应为 'annual'、'one_year' 或 'level';是否应为 'one_year'?",
        ),
        (
            "while parsing a flow mapping; did not find expected ',' or '}'",
            "解析花括号映射时;未找到应有的 ',' 或 '}'",
        ),
        (
            "cannot read the file: Permission denied",
            "无法读取文件:权限不足",
        ),
        (
            "cannot read the file: Some error the system words its own way",
            "无法读取文件:Some error the system words its own way",
        ),
    ],
)
def test_messages_are_matched_back(english: str, chinese: str) -> None:
    assert translate(english) == chinese


@pytest.mark.parametrize(
    "english",
    [
        "something no plan415x message says",
        # a value shown as it is never spans "; " (else "a {kind} target needs a unit" would
        # swallow two problems): such a message keeps its English
        "unknown target id 'a; b'",
        "targets[2]: an unknown validator's words",
        "as_of: input should be a valid date or datetime, a reason pydantic has not said before",
        # forty clauses a validator knows and one it does not: refused (each tail of the
        # message is worked out once, so many clauses never cost more than cuts² tries)
        "targets[2]: " + "; ".join(["a annual target needs a unit"] * 40) + "; an unknown clause",
    ],
)
def test_what_no_template_matches_keeps_its_english(english: str) -> None:
    assert translate(english) is None
    assert problem_text("unknown-target", english, "zh") == f"{TITLES_ZH['unknown-target']}:{english}"
    assert problem_text("unknown-target", english, "en") == english


# -- pydantic's own words, for every field of every model ---------------------------------------

_BAD: list[Any] = [None, True, 1, -5, 0, 1.5, 1e20, "x", "", "2023-13-45", "2023-06", "2023/06/30",
                   "2023-02-30", "abcd-01-01", "2023-01-01x", "2023-06-30T10:00:00", [1, 2], [1, 2, 3],
                   [], {"a": 1}, {}, "1,800", "１５", "1e3", math.nan, math.inf, "9" * 30, ["x"] * 13,
                   dt.date(2023, 1, 1)]  # fmt: skip


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


def _field_errors() -> list[tuple[str, str, str]]:
    """(model.field, value, message) of every error pydantic gives a bad value of a field, worded
    by loading.problem_of_error as validate shows it."""
    seen: set[type[BaseModel]] = set()
    models = _models(PlanFile, seen) + _models(ActualsFile, seen) + _models(ScoringFile, seen)
    doc = yamlfile.Document(Path("x.yaml"), "x.yaml", "", {})
    out: dict[str, tuple[str, str, str]] = {}
    for model in models:
        for name in model.model_fields:
            for bad in _BAD:
                try:
                    model.model_validate({name: bad})
                except ValidationError as error:
                    for err in error.errors(include_url=False):
                        if err["loc"][:1] != (name,) or err["type"] == "missing":
                            continue
                        message = problem_of_error(doc, model, err).message
                        out.setdefault(message, (f"{model.__name__}.{name}", repr(bad), message))
    return sorted(out.values())


FIELD_ERRORS = _field_errors()


def test_the_field_errors_are_many() -> None:
    assert len(FIELD_ERRORS) > 150
    kinds = {re.sub(r"'[^']*'|\d+", "_", m) for _, _, m in FIELD_ERRORS}
    assert len(kinds) > 40


@pytest.mark.parametrize(
    ("where", "value", "message"), FIELD_ERRORS, ids=[f"{w}={v}" for w, v, _ in FIELD_ERRORS]
)
def test_every_field_error_is_in_chinese(where: str, value: str, message: str) -> None:
    assert translate(message) is not None, message


def test_a_target_of_many_problems_gets_them_all_in_chinese() -> None:
    with pytest.raises(ValidationError) as caught:
        Target.model_validate(
            {
                "id": "t",
                "action": "a",
                "clause": "1",
                "text_zh": "x",
                "name_zh": "x",
                "name_en": "x",
                "kind": "composite",
                "comparator": ">=",
                "hedge": "ensure",
                "first_year": 2024,
                "last_year": 2023,
                "value": 1,
                "tolerance": {"absolute": 1},
            }
        )
    doc = yamlfile.Document(Path("x.yaml"), "x.yaml", "", {})
    (err,) = caught.value.errors(include_url=False)
    message = problem_of_error(doc, Target, err).message
    assert translate(message) == (
        "file:last_year 早于 first_year;tolerance 只用于比较符 approx(左右);composite 类指标需要 unit;"
        "组合指标至少需要两个分项;组合指标需要 basis:annual、one_year 或 cumulative"
    )


# -- YAML's own words, from libyaml and from pure-Python PyYAML -----------------------------------

BROKEN_YAML = [
    "a: 'unclosed\n",
    'a: "unclosed\n',
    "a:\n\t- b\n",
    "a:\n  b: 1\n\tc: 2\n",
    "a: {b: 1\n",
    "a: [b, c\n",
    "a: [b, c}\n",
    "a: b: c\n",
    "- a\nb: c\n",
    "a:\n  - b\n c: d\n",
    "<<: 1\n",
    "a: !!python/object/apply:os.system [ls]\n",
    "a: *nope\n",
    "a: &x 1\nb: &x 2\n",
    "a: 1\n---\nb: 2\n",
    "@a: 1\n",
    "`a: 1\n",
    "a: |0\n  x\n",
    'a: "\\q"\n',
    'a: "\\x4"\n',
    "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
    "%YAML 2.0\n---\na: 1\n",
    "%FOO bar\n---\na: 1\n",
    "a: !foo!bar x\n",
    "!<a b: 1\n",
    "a: b\n  c: d\n",
    "? [a\n",
    "a: 2023-13-01\n",
    "a: 2023-02-30\n",
    "a: 1e3\n",
    "a: 010\n",
    "a: 1:40\n",
    "a: 1\na: 2\n",
    'a: "\\e"\n',
    "key: 'a'b\n",
    "a: ]\n",
    "a: }\n",
    "[a, b]: 1\n",
    "{a: 1}: 2\n",
    "- - a\n - b\n",
    "a:\n- b\n -c\n",
    "a: &\n",
    "a: *\n",
    "--- a\n... b\n",
    "a: >\n  b\n c\n",
]


def _yaml_messages() -> list[tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for text in BROKEN_YAML:
        for loader in (yamlfile.StrictLoader, yamlfile.PureStrictLoader):
            found = yamlfile.parse(text, Path("x.yaml"), "x.yaml", loader)
            if isinstance(found, yamlfile.Document):
                continue
            out.setdefault(found.message, (text, found.message))
    return sorted(out.values())


YAML_MESSAGES = _yaml_messages()


def test_the_yaml_errors_are_many() -> None:
    assert len(YAML_MESSAGES) > 40


@pytest.mark.parametrize(("text", "message"), YAML_MESSAGES, ids=[m for _, m in YAML_MESSAGES])
def test_every_yaml_error_is_in_chinese(text: str, message: str) -> None:
    assert translate(message) is not None, message
