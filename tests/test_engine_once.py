"""Engine.judge judges a target at a period once: the report's 较上期, the ranking of the period
before, the red streaks and the HTML page's sparklines ask the same judgements again (issue 15's
budget: a 10,000-target page asked 86,590 judgements of 61,428). Another target of the same id
(a changed copy) or another spelling of the period is judged for itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan415x import engine as engine_module
from plan415x.engine import Engine
from plan415x.loading import load_dataset
from plan415x.periods import Period
from plan415x.results import Status


def test_each_judgement_is_made_once(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dataset, problems = load_dataset(mini, lean=True)
    assert problems == []
    assert dataset is not None
    engine = Engine(dataset)
    made: list[tuple[str, str]] = []
    rule_for = engine_module.rule_for

    def counted(kind):  # type: ignore[no-untyped-def]
        rule = rule_for(kind)

        def judged(ctx):  # type: ignore[no-untyped-def]
            made.append((ctx.target.id, ctx.period.text))
            return rule(ctx)

        return judged

    monkeypatch.setattr(engine_module, "rule_for", counted)
    land = dataset.targets["land"]
    q2 = Period.parse("2023Q2")
    first = engine.judge(land, q2)
    # 2023Q2: 60 公顷 = 900 亩 of 1,800 a year, 50% at a schedule of 6/12 = 50%: on track
    assert first.status is Status.on_track
    assert engine.judge(land, q2) is first
    engine.report(q2)  # every target at 2023Q2 and at 2023Q1 (较上期)
    engine.report(Period.parse("2023Q1"), changes=False)  # judged already: none again
    assert made.count(("land", "2023Q2")) == 1
    assert made.count(("land", "2023Q1")) == 1
    assert len(made) == len(set(made))
    # A copy of the target with another figure: judged for itself. 900 亩 of 3,600 is 25% at
    # a schedule of 50%: 50 - 25 = 25 points behind, 10-30 points: behind (yellow).
    doubled = land._replace(value=3600.0)
    assert engine.judge(doubled, q2).status is Status.behind
    assert made.count(("land", "2023Q2")) == 2
    # 2023 and 2023Q4 end alike (the same key) and are judged each as itself
    engine.judge(land, Period.parse("2023Q4"))
    engine.judge(land, Period.parse("2023"))
    assert ("land", "2023Q4") in made
    assert ("land", "2023") in made


def test_counted_again_is_the_same_and_a_copy(mini: Path) -> None:
    """A report counts its results once (``Report.counted_results``: the HTML page counts them a
    dozen times), the same as ``results.counted``; counted again they give the same list, a
    list of its own (the caller may change it); a list is counted anew (it may have changed)."""
    from plan415x.results import counted

    dataset, _ = load_dataset(mini, lean=True)
    assert dataset is not None
    report = Engine(dataset).report(Period.parse("2023Q2"))
    results = report.results
    assert report.counted_results is report.counted_results  # made once
    assert list(report.counted_results) == counted(results)
    first = counted(results)
    expected = list(first)
    assert first  # the mini plan's targets due at 2023Q2, monitoring ones left out
    first.clear()
    assert counted(results) == expected
    shown = list(results)
    assert counted(shown) == expected
    del shown[0]
    assert counted(shown) == [r for r in expected if r is not results[0]]
