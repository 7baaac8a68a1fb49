"""Properties of the annual score: whatever the rules' parameters, a unit's lines (per target
and per rule) add up exactly to its total, as printed; floors and caps hold."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from plan415x.engine import Engine
from plan415x.loading import load_dataset
from plan415x.reports.score import format_csv
from plan415x.scoring.engine import FLOOR, score_year
from plan415x.scoring.model import ScoringFile
from plan415x.views.score import score_view
from tests.test_score import SCORE

money = st.decimals(min_value=0, max_value=50, places=2, allow_nan=False, allow_infinity=False).map(float)
maybe = st.none() | money


@cache
def engine() -> Engine:
    dataset, problems = load_dataset(SCORE)
    assert dataset is not None, problems
    return Engine(dataset)


@st.composite
def scorings(draw: st.DrawFn) -> ScoringFile:
    rules = [
        {"id": "s", "type": "shortfall", "rate": draw(st.floats(0, 3)), "max_per_target": draw(maybe)},
        {
            "id": "r",
            "type": "lights",
            "light": "red",
            "every": draw(st.integers(1, 3)),
            "points": draw(money),
        },
        {
            "id": "y",
            "type": "lights",
            "light": "yellow",
            "every": draw(st.integers(1, 3)),
            "points": draw(money),
            "include_year_end": draw(st.booleans()),
            "max_per_target": draw(maybe),
        },
        {"id": "m", "type": "missing", "points": draw(money)},
        {"id": "l", "type": "late", "points": draw(money), "due_day": draw(st.integers(1, 31))},
        {"id": "b", "type": "bonus", "rate": draw(st.floats(0, 3)), "max_per_target": draw(maybe)},
    ]
    order = draw(st.permutations(rules))
    exemptions = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "target": st.sampled_from(
                        ["land", "parks", "robots", "rd-share", "invest", "zone", "exports"]
                    ),
                    "period": st.sampled_from(["2023", "2023H1", "2023Q2", "2023Q3", "2023-06"]),
                    "rules": st.lists(
                        st.sampled_from(["s", "r", "y", "m", "l", "b"]), min_size=1, max_size=3
                    ),
                    "note": st.just("n"),
                    "approved_by": st.just("a"),
                }
            ),
            max_size=3,
        )
    )
    floor_t = draw(st.none() | st.floats(-20, 5))
    return ScoringFile.model_validate(
        {
            "title_zh": "t",
            "title_en": "t",
            "scored": draw(st.sampled_from(["lead", "all"])),
            "rank_by": draw(st.sampled_from(["rate", "total"])),
            "weights": {"default": draw(money), "rules": [{"hedge": "ensure", "points": draw(money)}]},
            "rules": [{"name_zh": r["id"], "name_en": r["id"], **r} for r in order],
            "floors": {"target": floor_t, "unit": draw(st.none() | st.floats(-50, 5))},
            "caps": {"bonus_per_unit": draw(maybe)},
            "exemptions": exemptions,
        }
    )


@settings(max_examples=150, deadline=None)
@given(scorings())
def test_the_breakdown_adds_up_to_the_total(scoring: ScoringFile) -> None:
    score = score_year(engine(), scoring, 2023)
    for u in score.units:
        assert sum((x.amount for x in u.lines), Decimal(0)) == u.total
        assert sum(u.by_rule().values(), Decimal(0)) == u.total
        assert sum(u.by_target().values(), Decimal(0)) == u.total
        assert all(x.amount == x.amount.quantize(Decimal("0.01")) for x in u.lines)
        if scoring.floors.unit is not None:
            assert u.total >= Decimal(repr(scoring.floors.unit)).quantize(Decimal("0.01"))
        if scoring.floors.target is not None:
            floor = Decimal(repr(scoring.floors.target)).quantize(Decimal("0.01"))
            for target, net in u.by_target().items():
                if target is not None:
                    assert net >= floor
        for rule in scoring.rules:
            if rule.max_per_target is not None:
                for t in {x.target for x in u.lines}:
                    moved = sum(
                        (x.amount for x in u.lines if x.target == t and x.rule == rule.id), Decimal(0)
                    )
                    assert abs(moved) <= Decimal(repr(rule.max_per_target)).quantize(Decimal("0.01"))
        assert all(x.waived <= 0 for x in u.lines)
        assert all(x.amount >= 0 for x in u.lines if x.rule == FLOOR)
    # As printed: the CSV's points of a unit add up to the score it prints.
    rows = list(csv.DictReader(io.StringIO(format_csv(score_view(score)))))
    for unit in {r["unit"] for r in rows}:
        mine = [r for r in rows if r["unit"] == unit]
        assert sum(Decimal(r["points"]) for r in mine) == Decimal(mine[0]["score"])
    # Ranks: 1 first, never above the number of units, ties share.
    assert [u.rank for u in score.units] == sorted(u.rank for u in score.units)
