"""missing (漏报扣分): a figure due and not reported costs points.

deduction = points for each period of the year (each with an actuals file) at which the
target's status was no_data (a figure was due and none was reported), the year end included.
"""

from __future__ import annotations

from plan415x.results import Status
from plan415x.scoring.model import MissingRule
from plan415x.scoring.rules.common import Draft, Exempt, Facts, cents, pts, waive


def score(rule: MissingRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    out = []
    amount = -cents(rule.points)
    for period, outcome in facts.history():
        if outcome.status is Status.no_data and amount:
            kept, waived = waive(amount, exemption := exempt(rule.id, period))
            out.append(Draft(kept, f"no figure at {period}: {pts(amount)}", period, waived, exemption))
    return out
