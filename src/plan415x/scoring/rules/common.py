"""What every scoring rule works from: the facts of a target, the phrases their lines say, a
draft line and its exemption. The exact arithmetic they share is ``scoring.points``'s."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from plan415x.periods import Period
from plan415x.problems import Said
from plan415x.results import Outcome, Result, Status
from plan415x.rules.common import Observation
from plan415x.scoring.model import Exemption
from plan415x.scoring.points import ZERO
from plan415x.values import due_date as model_due_date


@dataclass(frozen=True)
class Facts:
    """One target of one unit in one year: all a rule may look at."""

    unit: str
    points: Decimal
    year_end: Result
    """The judgement at the year end (1-12月)."""
    periods: tuple[Period, ...]
    """The periods of the year that have an actuals file, oldest first."""
    outcome_at: Callable[[Period], Outcome]
    """The target's outcome at one of ``periods`` (judged when first asked, once: only rules on
    the year's history need it, and only at the periods they look at)."""
    owed: tuple[Period, ...]
    """Those of ``periods`` at which the target owes a figure (its reporting frequency), as
    ``plan415x reporting`` counts them."""
    reports: tuple[Observation, ...]
    """The figures reported for the target in files of the year, oldest first."""
    due_day: int = 10
    """The day of the month after a period by which its figure is due, by the plan's reporting
    calendar (the target's own due_day, else its frequency's)."""
    end: Period | None = None
    """In a provisional score, the period the data runs to, which stands for the year end
    (``year_end`` is judged there); None in a final score."""

    def history(self, months: frozenset[int] | None = None) -> tuple[tuple[Period, Outcome], ...]:
        """(period, outcome) at each of ``periods`` (only those ending in ``months`` when given)."""
        return tuple((p, self.outcome_at(p)) for p in self.periods if months is None or p.end_month in months)


class Code(NamedTuple):
    """A Phrase: a period as a score's line names it, 2023Q2 (2023年1-6月 in Chinese)."""

    period: Period

    def said_in(self, lang: str) -> str:
        return self.period.label_zh() if lang == "zh" else str(self.period)


class Codes(NamedTuple):
    """A Phrase: periods as a score's line lists them, 2023Q1, 2023Q2 (2023年1-3月、2023年1-6月)."""

    periods: tuple[Period, ...]

    def said_in(self, lang: str) -> str:
        if lang == "zh":
            return "、".join(p.label_zh() for p in self.periods) or "无"
        return ", ".join(str(p) for p in self.periods) or "none"


class StatusCode(NamedTuple):
    """A Phrase: a year-end status as a score's line names it, missed (未完成(missed) in Chinese,
    the code beside the word, as the score's tables show it)."""

    status: Status

    def said_in(self, lang: str) -> str:
        s = self.status
        return f"{s.label_zh}({s.value})" if lang == "zh" else s.value


Exempt = Callable[[str, Period | None], Exemption | None]
"""The exemption covering a rule's deduction at a period (None: a year-end deduction), if any."""


@dataclass(frozen=True)
class Draft:
    """A line a rule proposes: ``amount`` already net of what an exemption ``waived``."""

    amount: Decimal
    said: Said
    """How the amount was found (templates: SCORING of each catalogue)."""
    period: Period | None = None
    waived: Decimal = ZERO
    exemption: Exemption | None = None


@lru_cache(maxsize=1024)
def due_date(period: Period, due_day: int) -> dt.date:
    """Day ``due_day`` of the month after the period's last month (its last day if shorter)."""
    return model_due_date(period.year, period.end_month, due_day)


def waive(amount: Decimal, exemption: Exemption | None) -> tuple[Decimal, Decimal]:
    """(amount kept, amount waived): an exemption removes a deduction, never a bonus."""
    if exemption is None or amount >= 0:
        return amount, ZERO
    return ZERO, amount
