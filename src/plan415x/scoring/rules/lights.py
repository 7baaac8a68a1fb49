"""lights (亮灯扣分): red or yellow lights during the year cost points.

The formula, as docs/scoring.md and ``plan415x explain --score`` give it, is ``FORMULA``:
``scoring-rule-lights`` in the SCORING of each catalogue (``plan415x.i18n``), one text per
language.
"""

from __future__ import annotations

from plan415x.periods import Period
from plan415x.problems import said
from plan415x.results import Light
from plan415x.scoring.model import LightsRule
from plan415x.scoring.points import ZERO, cents, dec, pts
from plan415x.scoring.rules.common import Codes, Draft, Exempt, Facts

FORMULA = said(
    "scoring-rule-lights",
    type="lights",
    n="n",
    at="at",
    quarters="quarters",
    files="files",
    include_year_end="include_year_end",
    floor="floor",
    every="every",
    points="points",
)

QUARTER_ENDS = frozenset({3, 6, 9, 12})


def _end(period: Period, facts: Facts) -> bool:
    """The year end, or in a provisional score the period standing for it: shortfall scores it."""
    return period.end_month == 12 or (facts.end is not None and period.key == facts.end.key)


def score(rule: LightsRule, facts: Facts, exempt: Exempt) -> list[Draft]:
    light = Light(rule.light)
    months = QUARTER_ENDS if rule.at == "quarters" else None
    lit = [
        period
        for period, outcome in facts.history(months)
        if outcome.status.light is light and (rule.include_year_end or not _end(period, facts))
    ]
    if not lit:
        return []
    covered = [(p, exempt(rule.id, p)) for p in lit]
    counted = [p for p, e in covered if e is None]
    each = dec(rule.points)
    full = cents(-(len(lit) // rule.every) * each)
    kept = cents(-(len(counted) // rule.every) * each)
    if full == 0:
        return []
    exemption = next((e for _, e in covered if e is not None), None) if kept != full else None
    periods, count, every = Codes(tuple(counted)), str(len(counted)), str(rule.every)
    times, total = str(len(counted) // rule.every), pts(-kept)
    if exemption is not None:
        basis = said(
            "scoring-lights-exempted",
            light=light,
            periods=periods,
            count=count,
            every=every,
            times=times,
            each=pts(each),
            total=total,
            exempted=str(len(lit) - len(counted)),
        )
    else:
        basis = said(
            "scoring-lights",
            light=light,
            periods=periods,
            count=count,
            every=every,
            times=times,
            each=pts(each),
            total=total,
        )
    return [Draft(kept, basis, None, full - kept if exemption else ZERO, exemption)]
