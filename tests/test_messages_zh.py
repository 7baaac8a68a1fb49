"""Every problem message in Chinese (issue 10, item 7): each template the source can make has its
Chinese in plan415x.messages_zh (found with ast, tests/message_sites.py). pydantic's and YAML's
errors are said as ids now: tests/test_said_loading.py makes every one they give. The command
line's output, in tests/test_messages_zh_output.py."""

from __future__ import annotations

import re

import pytest

from plan415x.messages import TITLES_ZH, problem_text
from plan415x.messages_zh import (
    DETAILS,
    HOW,
    MESSAGES,
    NOTICES,
    PYDANTIC,
    REASONS,
    notice,
    parts,
    translate,
)
from plan415x.model import Kind, Pace
from tests.message_sites import Site, all_sites

SITES = all_sites()
TABLES = {"problem": MESSAGES, "notice": NOTICES}

# Messages that are another's, already in the analyst's language, or the data's own text.
PASSTHROUGH = {
    "{message(f, lang)}": "a plausibility warning: made as a Said, its words in i18n's CHECKS",
    "{p.message}": "merging points a problem of the merged file at its cell: another site's message",
    "{p.message.replace(stand_in_shown, real)}": "the same, with the real file's name",
    "{''.join(diff).rstrip('\\n')}": "a dry run's diff: the file's own lines",
}
# Ways through the code the scan cannot tell apart from real ones (it follows every assignment).
IMPOSSIBLE = {
    "sheet {title!r} is not one of the template's sheets but holds ; its figures would not be"
    " imported: if it is the template's sheet {named} renamed, give it back that name": "found is"
    " '' only when no row was found, and _other_sheet then returns before",
    "sheet {title!r} is not one of the template's sheets but holds ; its figures would not be"
    " imported: put them on their unit's sheet and delete this one (a copy, or a sheet added)": "the same",
    "{ident}  is also at {seen[key]}": "' ' + comp_text is taken only when comp_text is not ''",
}


def _placeholders(template: str) -> list[tuple[str, str]]:
    return [p for p in parts(template) if not isinstance(p, str)]


def _texts(kind: str) -> set[str]:
    return {s.text for s in SITES if s.kind == kind}


def test_the_scan_finds_the_messages_it_is_about() -> None:
    """The scan itself can fail: it must meet messages of every shape the source makes."""
    problems = _texts("problem")
    assert "not a worksheet: fill in a fresh template" in problems  # a helper, problem(key, row, code, m)
    assert "expected a finite number" in problems  # report(code, m), a callback
    assert "not a plan415x template (its hidden sheet _plan415x was changed)" in problems  # bad(...)
    assert "cannot lock the folder: {_reason(error)}" in problems  # f"cannot {verb} ..."
    assert "nothing to import: no figures are filled in on {shown}" in _texts("notice")
    assert len(problems) > 60
    assert len(SITES) > 100


@pytest.mark.parametrize("site", SITES, ids=lambda s: f"{s.where}:{s.kind}")
def test_every_message_has_its_chinese(site: Site) -> None:
    if site.text in PASSTHROUGH or site.text in IMPOSSIBLE:
        return
    if site.kind == "notice-tail":
        # appended to a refusal: some refusal's template ends with it
        assert any(key.endswith(site.text) for key in NOTICES), site
        return
    table = TABLES[site.kind]
    assert site.text in table, f"{site.where}: no Chinese for {site.text!r} in messages_zh"


ALL_ENTRIES = [
    (name, en, zh)
    for name, table in [
        ("MESSAGES", MESSAGES),
        ("DETAILS", DETAILS),
        ("PYDANTIC", PYDANTIC),
        ("REASONS", REASONS),
        ("NOTICES", NOTICES),
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
    # DETAILS, PYDANTIC and REASONS are made as ids now (validation.detail_of, loading.Reason);
    # tests/test_said_loading.py holds them to those ids while the import and checks.py's note
    # still match their English back.
    tails = _texts("notice-tail")
    refusals = {t + tail for t in _texts("notice") for tail in tails}
    assert set(NOTICES) - _texts("notice") - refusals == set()
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


def test_a_notice_no_template_matches_stays() -> None:
    """The lines of an import that are not its own words (a dry run's diff) are left alone."""
    assert notice("--- data/actuals/2024-02.yaml\n+++ data/actuals/2024-02.yaml") == (
        "--- data/actuals/2024-02.yaml\n+++ data/actuals/2024-02.yaml"
    )
