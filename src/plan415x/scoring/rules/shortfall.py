"""shortfall (按比例扣分): a target not met at the year end loses points in proportion to its
shortfall.

The formula, as docs/scoring.md and ``plan415x explain --score`` give it, is ``FORMULA``:
``scoring-rule-shortfall`` in the SCORING of each catalogue (``plan415x.i18n``), one text per
language.
"""

from __future__ import annotations

from plan415x.problems import Arg, said
from plan415x.results import Status
from plan415x.scoring.model import ShortfallRule
from plan415x.scoring.points import ZERO, cents, dec, num, pts
from plan415x.scoring.rules.common import Draft, Exempt, Facts, StatusCode, waive

FORMULA = said("scoring-rule-shortfall", type="shortfall", rate="rate")

APPLIES = frozenset({Status.missed, Status.watch, Status.behind, Status.off_track, Status.no_data})


def score(rule: ShortfallRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    outcome = facts.year_end.outcome
    status = outcome.status
    if status not in APPLIES:
        return []
    gap, schedule = outcome.gap_points, outcome.schedule_pct
    rate = dec(rule.rate)
    if status is not Status.no_data and gap is not None and schedule:
        share = min(max(dec(gap) / dec(schedule), ZERO), dec(1))
        why = said("scoring-why-gap", status=StatusCode(status), gap=num(gap, 1), schedule=num(schedule, 1))
        share_text: Arg = f"{num(gap, 1)}/{num(schedule, 1)}" if share < 1 else said("scoring-share-at-most")
    else:
        share = dec(1)
        if status is Status.no_data:
            why = said("scoring-why-no-figure")
        else:
            why = said("scoring-why-no-completion", status=StatusCode(status))
        share_text = "1"
    amount = -cents(facts.points * share * rate)
    if amount == 0:
        return []
    kept, waived = waive(amount, exemption := exempt(rule.id, None))
    basis = said(
        "scoring-shortfall",
        why=why,
        points=pts(facts.points),
        share=share_text,
        rate=num(rate),
        amount=pts(-amount),
    )
    return [Draft(kept, basis, None, waived, exemption)]
