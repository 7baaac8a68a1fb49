"""missing (漏报扣分): a figure due and not reported costs points.

The formula, as docs/scoring.md and ``plan415x explain --score`` give it, is ``FORMULA``:
``scoring-rule-missing`` in the SCORING of each catalogue (``plan415x.i18n``), one text per
language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.scoring.model import MissingRule
from plan415x.scoring.points import cents, pts
from plan415x.scoring.rules.common import Code, Draft, Exempt, Facts, waive

FORMULA = said("scoring-rule-missing", type="missing", command="plan415x reporting")


def score(rule: MissingRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    out = []
    amount = -cents(rule.points)
    given = {obs.period.key for obs in facts.reports}
    for period in facts.owed:
        if period.key not in given and amount:
            kept, waived = waive(amount, exemption := exempt(rule.id, period))
            basis = said("scoring-missing", period=Code(period), amount=pts(amount))
            out.append(Draft(kept, basis, period, waived, exemption))
    return out
