"""What is left of matching English back (plan415x.messages_zh): every room makes its messages as
ids now (tests/test_said.py; the loader's, pydantic's and YAML's errors in
tests/test_said_loading.py), and the source scan that held the English templates to the source
went with them. The tables the import's and checks' bridges still read (DETAILS, PYDANTIC,
REASONS) are held here until the bridges go. The command line's output, in
tests/test_messages_zh_output.py."""

from __future__ import annotations

import re

import pytest

from plan415x.messages import TITLES_ZH, problem_text
from plan415x.messages_zh import DETAILS, HOW, PYDANTIC, REASONS, _details, parts, translate
from plan415x.model import Kind, Pace


def _placeholders(template: str) -> list[tuple[str, str]]:
    return [p for p in parts(template) if not isinstance(p, str)]


ALL_ENTRIES = [
    (name, en, zh)
    for name, table in [("DETAILS", DETAILS), ("PYDANTIC", PYDANTIC), ("REASONS", REASONS)]
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


def test_the_hand_written_table_holds_no_validators_words() -> None:
    assert not set(PYDANTIC) & set(DETAILS)


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
        (
            "'1,800' has thousands separators; write it without commas or quotes",
            "'1,800' 含千位分隔符;请去掉逗号和引号",
        ),
        (
            # a validator's problems joined by "; ", each its own template
            "a annual target needs a unit; a tolerance belongs to comparator approx (左右)",
            "annual 类指标需要 unit;tolerance 只用于比较符 approx(左右)",
        ),
        ("input should be 'annual', 'one_year' or 'level'", "应为 'annual'、'one_year' 或 'level'"),
        (
            "String should have at least 1 character",
            "至少应有 1 个字符",
        ),  # pydantic's, as the import gives it
    ],
)
def test_a_refusal_the_import_gives_as_text_is_matched_back(english: str, chinese: str) -> None:
    assert _details(english) == chinese


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
