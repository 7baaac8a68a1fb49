"""missing (漏报扣分): a figure due and not reported costs points.

deduction = points for each period of the year with an actuals file at which the target owed a
figure (its reporting frequency: a quarterly target owes none in May) and none was reported for
that period, the year end included: the figures `plan415x reporting` lists as missing. (A figure
of an earlier period does not stand in for the one owed.)
"""

from __future__ import annotations

from plan415x.scoring.model import MissingRule
from plan415x.scoring.rules.common import Draft, Exempt, Facts, cents, pts, waive


def score(rule: MissingRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    out = []
    amount = -cents(rule.points)
    given = {obs.period.key for obs in facts.reports}
    for period in facts.owed:
        if period.key not in given and amount:
            kept, waived = waive(amount, exemption := exempt(rule.id, period))
            out.append(Draft(kept, f"no figure for {period}: {pts(amount)}", period, waived, exemption))
    return out
