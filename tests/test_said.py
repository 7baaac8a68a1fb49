"""Messages made at the source as an id and its arguments (``problems.Said``), rendered in a
language at output time (``i18n.say``): the catalogues hold every id the source says, with
the same arguments in every language, and a new language is one catalogue (issue 20, item 1)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from plan415x import i18n
from plan415x.i18n import LANGUAGES, say
from plan415x.i18n.en import CATALOGUE as SAID_EN
from plan415x.messages import problem_text
from plan415x.problems import Problem, Said, said

SRC = Path(__file__).parent.parent / "src" / "plan415x"


def _said_in_source() -> dict[str, set[frozenset[str]]]:
    """Every ``said("id", name=...)`` of the source: its id and the names of its arguments."""
    out: dict[str, set[frozenset[str]]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "said":
                first = node.args[0]
                # an id written where it is said, so that this scan and a reader can find it
                assert isinstance(first, ast.Constant), ast.unparse(node)
                assert isinstance(first.value, str), ast.unparse(node)
                names = frozenset(kw.arg for kw in node.keywords if kw.arg is not None)
                out.setdefault(first.value, set()).add(names)
    return out


SAID = _said_in_source()


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_the_scan_finds_what_the_source_says() -> None:
    assert SAID["unknown-measure-nearest"] == {frozenset({"unit", "nearest"})}  # units.py
    assert SAID["unit-mismatch"] == {frozenset({"unit", "target_unit"})}  # checks.py, two sites


def test_every_id_said_is_in_every_catalogue_and_none_is_left_over() -> None:
    for lang, catalogue in LANGUAGES.items():
        assert set(catalogue) == set(SAID), lang


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_template_uses_only_the_arguments_it_is_given(lang: str) -> None:
    """A language may leave an argument out (Chinese word order names the restated target once,
    where English names both), never use one the source does not give."""
    for ident, template in LANGUAGES[lang].items():
        for names in SAID[ident]:
            assert _fields(template) <= names, (lang, ident, _fields(template) - names)


def test_english_says_every_argument_but_where_it_reads_as_a_word() -> None:
    """The source language carries every fact the source gives; those left out are named."""
    left_out = {
        (ident, name)
        for ident, template in LANGUAGES["en"].items()
        for names in SAID[ident]
        for name in names - _fields(template)
    }
    assert left_out == {
        ("scoring-type-bool", "values"),  # "bool": the type's name, not its values
        ("file-python-bool", "values"),  # the same, of a data file's top
        ("field-target-linear-baseline", "pace"),  # "paced linearly": the pace said as a word
        # The 通报's period and day: the code (2023Q2) and the ISO date in English; the months
        # (2023年1-6月) and the date's parts (2024年7月10日) are Chinese's words for the same.
        ("brief-period-code", "months"),
        ("brief-day", "year"),
        ("brief-day", "month"),
        ("brief-day", "day"),
        # The 通报 as published leaves out 连续N期红灯: English's "red streaks" has no N.
        ("brief-published-left-streaks", "n"),
    }


def test_chinese_says_no_english_words_of_its_own() -> None:
    """A word of English in a Chinese template is one the English template says too: what the
    analyst types or reads on screen (the data format's keys, an option, a sheet's name, a file
    format), never a sentence left untranslated."""
    for ident, template in LANGUAGES["zh"].items():
        literal = "".join(text for text, _, _, _ in string.Formatter().parse(template))
        english = "".join(text for text, _, _, _ in string.Formatter().parse(SAID_EN[ident]))
        words = _words(literal) - _words(english)
        assert not words, (ident, words)


def test_every_chinese_character_is_in_gbk() -> None:
    """A GBK console (Windows in Chinese, 统信UOS/麒麟's terminals) gets a stand-in for what GBK
    lacks (cli.shared.emit); the catalogue itself needs none."""
    for ident, template in LANGUAGES["zh"].items():
        try:
            template.encode("gbk")
        except UnicodeEncodeError as error:
            raise AssertionError((ident, template[error.start : error.end])) from None


def _words(text: str) -> set[str]:
    out, word = set(), ""
    for ch in text + " ":
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            word += ch
        else:
            if word and not word.isdigit():
                out.add(word.lower())
            word = ""
    return out


def test_a_new_language_is_one_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pseudo-language: each id's template brackets its arguments; added as one catalogue,
    every id renders in it, and the other languages are untouched."""
    pseudo = {
        ident: "⟦" + ident + ":" + ",".join(f"{{{n}}}" for n in sorted(set().union(*SAID[ident]))) + "⟧"
        for ident in SAID_EN
    }
    monkeypatch.setitem(i18n.LANGUAGES, "xx", pseudo)
    for ident, shapes in SAID.items():
        for names in shapes:
            args = {n: f"<{n}>" for n in sorted(names)}
            shown = ",".join(args[n] for n in sorted(names))
            assert say(said(ident, **args), "xx") == f"⟦{ident}:{shown}⟧"
    assert (
        say(said("unit-mismatch", unit="台", target_unit="亩"), "xx") == "⟦unit-mismatch:亩,台⟧"
    )  # target_unit, unit: sorted by name


def test_the_data_is_never_matched_back() -> None:
    """A unit holding '; ' (the separator the English was matched back by) comes out whole."""
    made = said("unknown-measure-nearest", unit="亩; 公顷", nearest="公顷, 亩, 平方公里")
    english = say(made)
    assert english == (
        "unknown unit of measure '亩; 公顷'; nearest known: 公顷, 亩, 平方公里; declare it under measures:"
        " in targets.yaml ({id: 亩; 公顷, name_en: ..., dimension: ..., factor: 1}), or use a known one"
        " (plan415x units lists them)"
    )
    problem = Problem("actuals/2023Q3.yaml", 5, 36, "unknown-measure", english, said=made)
    assert problem_text(problem.code, problem.message, "zh", problem.said) == (
        "未知计量单位 '亩; 公顷',最接近的已知单位:公顷, 亩, 平方公里;请在 targets.yaml 的 measures: 下声明"
        "({id: 亩; 公顷, name_en: ..., dimension: ..., factor: 1}),或改用已知单位(plan415x units 可列出)"
    )
    assert problem_text(problem.code, problem.message, "en", problem.said) == english


def test_a_said_does_not_change_what_a_problem_equals() -> None:
    """Problems are sorted and deduplicated by place: the Said, like the message, is not compared."""
    a = Problem("f", 1, 1, "unit-mismatch", "x", said=Said("unit-mismatch", {"unit": "台"}))
    assert a == Problem("f", 1, 1, "unit-mismatch", "y")
    assert hash(a) == hash(Problem("f", 1, 1, "unit-mismatch", "y"))
