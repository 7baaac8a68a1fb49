"""Every line of a score has its Chinese (explain --score --lang zh): each basis the scoring rules
and the engine can write, found in their source with ast, is in scoring/lines_zh.py; so is each
rule's formula; and a real score's lines are all translated, every number kept."""

from __future__ import annotations

import re

import pytest

from plan415x.messages_zh import parts
from plan415x.scoring.lines_zh import HOW, LINES, SHARE, WHY, translate
from tests.message_sites import Scanner

MODULES = (
    "scoring/engine.py",
    "scoring/rules/bonus.py",
    "scoring/rules/late.py",
    "scoring/rules/lights.py",
    "scoring/rules/missing.py",
    "scoring/rules/shortfall.py",
)
# Draft(amount, basis, ...) in the rules, Line(unit, target, rule, amount, basis, ...) in the engine.
MAKERS = {"Draft": 1, "Line": 4}
# The engine passes each rule's Draft on as a Line: the Draft is the site.
PASSTHROUGH = {"{d.basis}"}
# A part of a basis worked out before it, in the rule's own words: its table.
FRAGMENTS = {("scoring/rules/shortfall.py", "why"): WHY, ("scoring/rules/shortfall.py", "share_text"): SHARE}

# The parts of an f-string stay placeholders: a part worked out before (why) has its own table.
_SCANNER = Scanner(MODULES, inner=False)
SITES = sorted(
    {
        (text, where)
        for name in MODULES
        for text, where, _ in _SCANNER.arguments(name, MAKERS)
        if text not in PASSTHROUGH
    }
)
FRAGMENT_SITES = [
    (table_key, text) for table_key in FRAGMENTS for text in _SCANNER.values(table_key[0], table_key[1])
]


def test_the_scan_finds_the_lines_it_is_about() -> None:
    texts = {t for t, _ in SITES}
    assert "{target.hedge.value} {target.kind.value}: {pts(points)} points" in texts  # engine's Line
    assert "no figure for {period}: {pts(amount)}" in texts  # a Draft's f-string
    assert any(t.endswith("({len(lit) - len(counted)} period(s) exempted)") for t in texts)  # basis +=
    assert "{why}; {pts(facts.points)} × {share_text} × {num(rate)} = {pts(-amount)}" in texts  # a name
    assert len(SITES) == 11
    assert len(FRAGMENT_SITES) == 6


@pytest.mark.parametrize(("text", "where"), SITES, ids=[w for _, w in SITES])
def test_every_line_has_its_chinese(text: str, where: str) -> None:
    assert text in LINES, f"{where}: no Chinese for {text!r} in scoring/lines_zh.py LINES"


@pytest.mark.parametrize(("key", "text"), FRAGMENT_SITES, ids=[t for _, t in FRAGMENT_SITES])
def test_every_part_worked_out_before_has_its_chinese(key: tuple[str, str], text: str) -> None:
    assert text in FRAGMENTS[key], f"{key}: no Chinese for {text!r}"


def test_no_entry_is_left_over() -> None:
    assert set(LINES) == {t for t, _ in SITES}
    for key, table in FRAGMENTS.items():
        assert set(table) == set(_SCANNER.values(*key))


ENTRIES = [(en, zh) for table in (LINES, WHY, SHARE) for en, zh in table.items()]


@pytest.mark.parametrize(("english", "chinese"), ENTRIES, ids=[e for e, _ in ENTRIES])
def test_every_number_is_carried_over(english: str, chinese: str) -> None:
    en = [name for name, _ in (p for p in parts(english) if not isinstance(p, str))]
    zh = [(name, how) for name, how in (p for p in parts(chinese) if not isinstance(p, str))]
    assert sorted(name for name, _ in zh) == sorted(en)  # each figure once, none lost
    assert all(how == "" or how in HOW for _, how in zh)
    bare = "".join(p for p in parts(chinese) if isinstance(p, str))
    assert not re.search(r"[A-Za-z]{3,}", bare), chinese


def test_every_character_is_in_gbk() -> None:
    for _, zh in ENTRIES:
        zh.encode("gbk")


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("ensure cumulative: 10.00 points", "确保 · 累计: 10.00分"),
        (
            "watch: gap 10 points of schedule 20%; 10.00 × 10/20 × 1 = 5.00",
            "关注(watch): 差值10个百分点,序时进度20%; 10.00 × 10/20 × 1 = 5.00",
        ),
        ("missed, no completion; 4.00 × 1 × 1 = 4.00", "未完成(missed),无完成率; 4.00 × 1 × 1 = 4.00"),
        (
            "no figure at the year end; 8.00 × 1 (at most) × 0.5 = 4.00",
            "年末无数据; 8.00 × 1(至多为1) × 0.5 = 4.00",
        ),
        (
            "red at 2023Q1, 2023-05: 2 period(s), one deduction per 1 (rounded down): 2 × 2.00 = 4.00"
            " (1 period(s) exempted)",
            "红灯: 2023年1-3月、2023年1-5月,共2期,每1期扣一次(向下取整): 2 × 2.00 = 4.00(豁免1期)",
        ),
        (
            "red at none: 0 period(s), one deduction per 1 (rounded down): 0 × 2.00 = 0.00 (2 period(s) exempted)",
            "红灯: 无,共0期,每1期扣一次(向下取整): 0 × 2.00 = 0.00(豁免2期)",
        ),
        ("no figure for 2023-05: −1.00", "2023年1-5月未报送数据: −1.00"),
        (
            "2023Q2 reported 2023-07-15, due 2023-07-10 (5 days late): −0.50",
            "2023年1-6月的数据2023-07-15报送,应报日期2023-07-10(迟报5天): −0.50",
        ),
        ("red capped at 3.00 per target (−6.00 → −3.00)", "red 每个指标封顶3.00(−6.00 → −3.00)"),
        ("score −2.00 raised to the floor 0.00 (扣完为止)", "得分−2.00提到保底0.00(扣完为止)"),
        ("total −1.00 raised to the floor 0.00 (不计负分)", "总分−1.00提到保底0.00(不计负分)"),
        ("a line no rule writes", "a line no rule writes"),
        ("sometimes cumulative: 1.00 points", "sometimes cumulative: 1.00 points"),  # no such hedge
    ],
)
def test_lines_are_matched_back(english: str, chinese: str) -> None:
    assert translate(english) == chinese


def test_a_real_score_is_all_in_chinese() -> None:
    """Every line of every unit of the score's test data, in Chinese, with its numbers."""
    from tests.test_score import scored

    lines = [line for u in scored().units for line in u.lines]
    assert len(lines) > 20
    assert {line.rule for line in lines} >= {"base", "shortfall", "yellow", "late", "bonus", "cap"}
    for line in lines:
        zh = translate(line.basis)
        assert zh != line.basis, line.basis
        assert _numbers(zh) == _numbers(line.basis), (line.basis, zh)


def _numbers(text: str) -> list[str]:
    """The figures of a line, periods aside (2023Q2 is 2023年1-6月 in Chinese)."""
    text = re.sub(r"\d{4}(?:Q\d|H\d|-\d\d(?!-))|\d{4}年[\d-]+月", "", text)
    return sorted(re.findall(r"\d+(?:\.\d+)?", text))
