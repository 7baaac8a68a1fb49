"""late (迟报扣分): a figure reported after its due date costs points.

The formula, as docs/scoring.md and ``plan415x explain --score`` give it, is ``FORMULA``:
``scoring-rule-late`` in the SCORING of each catalogue (``plan415x.i18n``), one text per language.
"""

from __future__ import annotations

from plan415x.problems import said
from plan415x.scoring.model import LateRule
from plan415x.scoring.points import cents, pts
from plan415x.scoring.rules.common import Code, Draft, Exempt, Facts, due_date, waive

FORMULA = said("scoring-rule-late", type="late", due_day="due_day", calendar="reporting.due")


def score(rule: LateRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    out = []
    amount = -cents(rule.points)
    for obs in facts.reports:
        date = obs.source.date if obs.source is not None else None
        due = due_date(obs.period, rule.due_day or facts.due_day)
        if date is None or date <= due or not amount:
            continue
        kept, waived = waive(amount, exemption := exempt(rule.id, obs.period))
        basis = said(
            "scoring-late",
            period=Code(obs.period),
            date=date.isoformat(),
            due=due.isoformat(),
            days=str((date - due).days),
            amount=pts(amount),
        )
        out.append(Draft(kept, basis, obs.period, waived, exemption))
    return out
