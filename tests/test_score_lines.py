"""The lines of a unit's score, made where each amount is found as a
``said("scoring-...", ...)`` and said in a language by ``explain --score`` (issue 20): the
English the JSON, CSV and workbook carry, the Chinese the analyst reads, the same figures."""

from __future__ import annotations

import re

import pytest

from plan415x.i18n import LANGUAGES, en, say, zh
from plan415x.periods import Period
from plan415x.problems import Said, said
from plan415x.results import Light, Status
from plan415x.scoring.rules import FORMULAS
from plan415x.scoring.rules.common import Code, Codes, StatusCode
from plan415x.values import Hedge, Kind
from tests.test_said import SAID

FORMULA_IDS = {f.id for f in FORMULAS.values()}
LINE_IDS = sorted(set(en.SCORING) - FORMULA_IDS)


def test_every_line_is_in_the_scoring_room() -> None:
    """The room holds the lines and the formulas the scoring source says, in every language."""
    assert len(LINE_IDS) >= 15
    assert set(LINE_IDS) <= set(SAID)
    assert set(en.SCORING) >= FORMULA_IDS
    assert set(en.SCORING) == set(zh.SCORING)


def test_the_chinese_words_are_in_gbk() -> None:
    """A GBK console gets a replacement for what GBK lacks; the catalogue's own words need none
    (the minus of an amount, −, is the figure's)."""
    for template in zh.SCORING.values():
        template.encode("gbk")


Q1, M5 = Period.parse("2023Q1"), Period.parse("2023-05")


@pytest.mark.parametrize(
    ("made", "english", "chinese"),
    [
        (
            said("scoring-base", hedge=Hedge.ensure, kind=Kind.cumulative, points="10.00"),
            "ensure cumulative: 10.00 points",
            "确保 · 累计: 10.00分",
        ),
        (
            said(
                "scoring-shortfall",
                why=said("scoring-why-gap", status=StatusCode(Status.watch), gap="10", schedule="20"),
                points="10.00",
                share="10/20",
                rate="1",
                amount="5.00",
            ),
            "watch: gap 10 points of schedule 20%; 10.00 × 10/20 × 1 = 5.00",
            "关注(watch): 差值10个百分点,序时进度20%; 10.00 × 10/20 × 1 = 5.00",
        ),
        (
            said(
                "scoring-shortfall",
                why=said("scoring-why-no-completion", status=StatusCode(Status.missed)),
                points="4.00",
                share="1",
                rate="1",
                amount="4.00",
            ),
            "missed, no completion; 4.00 × 1 × 1 = 4.00",
            "未完成(missed),无完成率; 4.00 × 1 × 1 = 4.00",
        ),
        (
            said(
                "scoring-shortfall",
                why=said("scoring-why-no-figure"),
                points="8.00",
                share=said("scoring-share-at-most"),
                rate="0.5",
                amount="4.00",
            ),
            "no figure at the year end; 8.00 × 1 (at most) × 0.5 = 4.00",
            "年末无数据; 8.00 × 1(至多为1) × 0.5 = 4.00",
        ),
        (
            said(
                "scoring-lights-exempted",
                light=Light.red,
                periods=Codes((Q1, M5)),
                count="2",
                every="1",
                times="2",
                each="2.00",
                total="4.00",
                exempted="1",
            ),
            "red at 2023Q1, 2023-05: 2 period(s), one deduction per 1 (rounded down): 2 × 2.00 = 4.00"
            " (1 period(s) exempted)",
            "红灯: 2023年1-3月、2023年1-5月,共2期,每1期扣一次(向下取整): 2 × 2.00 = 4.00(豁免1期)",
        ),
        (
            said(
                "scoring-lights",
                light=Light.yellow,
                periods=Codes(()),
                count="0",
                every="2",
                times="0",
                each="1.00",
                total="0.00",
            ),
            "yellow at none: 0 period(s), one deduction per 2 (rounded down): 0 × 1.00 = 0.00",
            "黄灯: 无,共0期,每2期扣一次(向下取整): 0 × 1.00 = 0.00",
        ),
        (
            said("scoring-missing", period=Code(M5), amount="−1.00"),
            "no figure for 2023-05: −1.00",
            "2023年1-5月未报送数据: −1.00",
        ),
        (
            said(
                "scoring-late",
                period=Code(Period.parse("2023Q2")),
                date="2023-07-15",
                due="2023-07-10",
                days="5",
                amount="−0.50",
            ),
            "2023Q2 reported 2023-07-15, due 2023-07-10 (5 days late): −0.50",
            "2023年1-6月的数据2023-07-15报送,应报日期2023-07-10(迟报5天): −0.50",
        ),
        (
            said("scoring-cap-per-target", rule="red", limit="3.00", moved="−6.00", after="−3.00"),
            "red capped at 3.00 per target (−6.00 → −3.00)",
            "red 每个指标封顶3.00(−6.00 → −3.00)",
        ),
        (
            said("scoring-target-floor", net="−2.00", floor="0.00"),
            "score −2.00 raised to the floor 0.00 (扣完为止)",
            "得分−2.00提到保底0.00(扣完为止)",
        ),
        (
            said("scoring-unit-floor", total="−1.00", floor="0.00"),
            "total −1.00 raised to the floor 0.00 (不计负分)",
            "总分−1.00提到保底0.00(不计负分)",
        ),
        (
            said("scoring-bonus-cap", bonus="12.00", cap="10.00"),
            "bonuses 12.00 capped at 10.00",
            "加分合计12.00,封顶10.00",
        ),
    ],
)
def test_a_line_in_each_language(made: Said, english: str, chinese: str) -> None:
    assert say(made) == english
    assert say(made, "zh") == chinese


def test_a_real_score_is_all_in_chinese() -> None:
    """Every line of every unit of the score's test data, in Chinese, with the figures of its
    English (what JSON, CSV and the workbook carry)."""
    from tests.test_score import scored

    lines = [line for u in scored().units for line in u.lines]
    assert len(lines) > 20
    assert {line.rule for line in lines} >= {"base", "shortfall", "yellow", "late", "bonus", "cap"}
    for line in lines:
        chinese = say(line.said, "zh")
        assert chinese != line.basis, chinese
        assert _numbers(chinese) == _numbers(line.basis), (line.basis, chinese)
    for lang in LANGUAGES:
        assert all(say(line.said, lang) for line in lines)


def _numbers(text: str) -> list[str]:
    """The figures of a line, periods aside (2023Q2 is 2023年1-6月 in Chinese)."""
    text = re.sub(r"\d{4}(?:Q\d|H\d|-\d\d(?!-))|\d{4}年[\d-]+月", "", text)
    return sorted(re.findall(r"\d+(?:\.\d+)?", text))


@pytest.mark.parametrize("ident", LINE_IDS)
def test_every_line_and_explain_line_renders_in_every_language(ident: str) -> None:
    """Every id of the room with the arguments its source gives (text here: a line's words are
    its template's), in every language: no placeholder left, none missing."""
    for names in SAID[ident]:
        made = said(ident, **{name: f"<{name}>" for name in names})
        for lang in LANGUAGES:
            text = say(made, lang)
            assert "{" not in text, (lang, text)
            assert text.strip() or ident == "scoring-why-no-figure", (lang, ident)
