"""The steps ``explain`` prints of a rule, made where the rule finds each fact as a
``said("step-...", ...)`` and rendered from the STEPS of each catalogue (issue 20): every step
the source says renders in every language, and the Chinese of each is what the analyst reads."""

from __future__ import annotations

import pytest

from plan415x.i18n import LANGUAGES, en, say, zh
from plan415x.periods import Period
from plan415x.problems import Said, said
from plan415x.reports.explain import render_steps
from plan415x.results import Status
from plan415x.rules import FORMULAS
from plan415x.rules.common import NONE, Month, direction
from plan415x.scoring.rules import FORMULAS as SCORING_FORMULAS
from plan415x.values import Comparator, Frequency, Kind, State
from tests.test_said import SAID

STEP_IDS = sorted(ident for ident in SAID if ident.startswith("step-"))
EXPLAIN_IDS = sorted(ident for ident in SAID if ident.startswith("explain-"))

# What each argument name of a step holds, as the rules give it.
SAMPLE = {
    "period": Period.parse("2023Q3"),
    "checked": Period.parse("2023-11"),
    "frequency": Frequency.quarterly,
    "owed": Month(2023, 9),
    "status": Status.off_track,
    "comparator": Comparator.ge,
    "state": State.pending,
    "direction": direction("increase"),
    "what": said("step-no-figure-for-year", year="2024"),
    "unit": "家",
    "year": "2023",
    "evidence": "已提交申报材料",
    "factor": "1.1",
}


def _args(names: frozenset[str]) -> dict[str, object]:
    return {n: SAMPLE.get(n, -12.5) for n in sorted(names)}


def test_the_steps_are_found() -> None:
    """The scan meets the steps of every rule (a rule's steps said otherwise would be missed)."""
    assert len(STEP_IDS) > 70
    assert SAID["step-completion"] == {frozenset({"actual", "target", "unit", "done"})}
    assert {"step-starts-in", "step-counted-to", "step-reported-evidence", "step-monitoring"} <= set(STEP_IDS)


def test_every_step_is_in_the_steps_room() -> None:
    formulas = {ident for ident in en.STEPS if ident.startswith("rule-")}
    # Issue 24's five-year kinds keep their formulas in their own room (FYP).
    fyp_formulas = {ident for ident in en.FYP if ident.startswith("rule-")} - {"rule-from-base"}
    assert formulas | fyp_formulas == {f.id for f in FORMULAS.values()}
    assert len(EXPLAIN_IDS) > 25
    # Issue 24's steps are in their own room (GWR), kept apart so parallel work merges cleanly.
    # FYP2 (items 4 and 5): its rule-* texts are sections of docs/rules.md, not a kind's formula.
    gwr = {ident for ident in en.GWR | en.FYP | en.FYP2 if ident.startswith(("step-", "explain-"))}
    assert gwr == {ident for ident in zh.GWR | zh.FYP | zh.FYP2 if ident.startswith(("step-", "explain-"))}
    assert set(STEP_IDS) | formulas | set(EXPLAIN_IDS) == set(en.STEPS) | gwr == set(zh.STEPS) | gwr


@pytest.mark.parametrize("ident", STEP_IDS + EXPLAIN_IDS)
def test_every_step_renders_in_every_language(ident: str) -> None:
    for names in SAID[ident]:
        made = Said(ident, _args(names))  # type: ignore[arg-type]
        for lang in LANGUAGES:
            [line] = render_steps((made,), lang)
            assert line, lang
            assert "{" not in line, (lang, line)
            assert "None" not in line, (lang, line)
        # what a GBK console gets needs no replacement
        render_steps((made,), "zh")[0].encode("gbk")


@pytest.mark.parametrize(
    ("made", "english", "chinese"),
    [
        (
            said(
                "step-none-owed-yet",
                what=said("step-no-figure-for-year", year="2024"),
                frequency=Frequency.quarterly,
                status=Status.not_due,
            ),
            "no figure for 2024 yet (quarterly reporting: none owed yet): not_due",
            "2024年尚无数据(按季报送,尚无应报数据): 未到期",
        ),
        (
            said("step-no-figure", what=said("step-no-figure-yet"), status=Status.no_data),
            "no figure reported yet: no_data",
            "尚未报送数据: 未填报",
        ),
        (
            said(
                "step-reported-evidence",
                state=State.pending,
                period=Period.parse("2023Q3"),
                evidence="已提交: 申报材料",
                status=Status.on_track,
            ),
            "reported pending (Jan-Sep 2023) — 已提交: 申报材料: on_track",
            "报送为推进中(2023年1-9月) — 已提交: 申报材料: 达进度",
        ),
        (
            said("step-counted-to", year="2023", period=Period.parse("2023Q3")),
            "2023 is counted to Jan-Sep 2023 only",
            "2023年仅计至2023年1-9月",
        ),
        (
            said(
                "step-stale",
                period=Period.parse("2023Q1"),
                checked=Period.parse("2023-07"),
                frequency=Frequency.quarterly,
                owed=Month(2023, 6),
            ),
            "stale: the figure is of Jan-Mar 2023, older than the one owed by Jan-Jul 2023 (quarterly"
            " reporting, owed to 2023-06); it is judged against the months owed, not its own",
            "数据滞后: 该数据为2023年1-3月,早于2023年1-7月应报的数据(按季报送,应报至2023年6月);按应报月份的"
            "序时进度判定,而非该数据自身的月份",
        ),
        (
            # a figure is formatted as the analyst writes it, the same in both languages
            said("step-expected", target=1800, schedule=50.0, expected=1234.5678, unit="亩"),
            "expected by now = 1,800 × 50% = 1,234.57 亩",
            "至今应完成 = 1,800 × 50% = 1,234.57亩",
        ),
        (
            # a ratio to a zero target: what explain has always printed (issue 20 changes no output)
            said("step-completion", actual=2.0, target=0.0, unit="起", done=NONE),
            "completion = actual / target = 2 / 0 起 = None%",
            "完成率 = 实际 / 目标 = 2 / 0起 = %",
        ),
        (
            said("step-exceeded", comparator=Comparator.le, target=0.0, unit="起", status=Status.missed),
            "<= 0 起 is exceeded: missed",
            "已突破≤ 0起: 未完成",
        ),
    ],
)
def test_a_step_in_each_language(made: Said, english: str, chinese: str) -> None:
    assert say(made) == english
    assert say(made, "zh") == chinese


@pytest.mark.parametrize("kind", list(Kind), ids=[k.value for k in Kind])
def test_every_kind_has_its_formula_in_every_language(kind: Kind) -> None:
    """The formula explain shows under Rule: / 判定规则: and docs/rules.md under the kind's name."""
    for lang in LANGUAGES:
        text = say(FORMULAS[kind], lang)
        assert kind.value in text.splitlines()[0], (lang, text)  # 年度 / 单年(annual / one_year)
        assert len(text.strip().splitlines()) >= 3, lang
    say(FORMULAS[kind], "zh").encode("gbk")


@pytest.mark.parametrize("name", list(SCORING_FORMULAS))
def test_every_scoring_rule_has_its_formula_in_every_language(name: str) -> None:
    for lang in LANGUAGES:
        text = say(SCORING_FORMULAS[name], lang)
        if name != "limits":  # the floors and caps are no rule type of their own
            assert name in text.splitlines()[0], (lang, text)  # 按比例扣分(shortfall)
        assert len(text.strip().splitlines()) >= 3, lang
    say(SCORING_FORMULAS[name], "zh").encode("gbk")


def test_a_formula_keeps_the_data_s_words_in_chinese() -> None:
    """The keys the analyst writes stay as written in the Chinese (arguments of the formula)."""
    text = say(FORMULAS[Kind.annual], "zh")
    assert text.startswith("年度 / 单年(annual / one_year): 自1月起累计的流量,对照当年目标判定。\n")
    assert "数据中自定的月度分布(pace: profile)是另一个量" in text
    lights = say(SCORING_FORMULAS["lights"], "zh")
    assert "扣分 = floor(n / every) × 分值(如每个红灯期扣2分: every 1, points 2;" in lights
