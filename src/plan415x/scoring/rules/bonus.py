"""bonus (超额加分): a target exceeded earns points, capped.

The formula, as docs/scoring.md and ``plan415x explain --score`` give it, is ``FORMULA``:
``scoring-rule-bonus`` in the SCORING of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.results import Status
from plan415x.scoring.model import BonusRule
from plan415x.scoring.points import cents, dec, num, pts
from plan415x.scoring.rules.common import Draft, Exempt, Facts
from plan415x.values import Comparator

FORMULA = said(
    "scoring-rule-bonus", type="bonus", max_per_target="max_per_target", unit_cap="caps.bonus_per_unit"
)


def score(rule: BonusRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    outcome, target = facts.year_end.outcome, facts.year_end.target
    completion = outcome.completion_pct
    if (
        outcome.status is not Status.achieved
        or completion is None
        or completion <= 100
        or target.comparator in (Comparator.approx, Comparator.eq, Comparator.between)
    ):
        return []
    over = dec(completion) - 100
    amount = cents(facts.points * dec(rule.rate) * over / 100)
    if amount == 0:
        return []
    basis = said(
        "scoring-bonus",
        completion=num(completion, 1),
        points=pts(facts.points),
        rate=num(rule.rate),
        over=num(over, 1),
        amount=pts(amount),
    )
    return [Draft(amount, basis)]
