"""late (迟报扣分): a figure reported after its due date costs points.

due = day due_day of the month after the period's last month (the month's last day if it is
shorter: due_day 10 makes 1-6月 due on 10 July, 1-12月 on 10 January), the rule's due_day if it
sets one, else the plan's reporting calendar (reporting.due in targets.yaml for the target's
frequency, or the target's own due_day); a figure is late when the
date of its source (the record's, else its file's) is after the due date; deduction = points for
each late figure of the year. A figure whose source has no date cannot be late.
"""

from __future__ import annotations

from plan415x.scoring.model import LateRule
from plan415x.scoring.rules.common import Draft, Exempt, Facts, cents, due_date, pts, waive


def score(rule: LateRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    out = []
    amount = -cents(rule.points)
    for obs in facts.reports:
        date = obs.source.date if obs.source is not None else None
        due = due_date(obs.period, rule.due_day or facts.due_day)
        if date is None or date <= due or not amount:
            continue
        kept, waived = waive(amount, exemption := exempt(rule.id, obs.period))
        basis = f"{obs.period} reported {date.isoformat()}, due {due.isoformat()} ({(date - due).days} days late): {pts(amount)}"
        out.append(Draft(kept, basis, obs.period, waived, exemption))
    return out
