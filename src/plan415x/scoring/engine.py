"""The annual score (年考评) of each responsible unit, from the engine's judgements.

For the year YEAR: the year-end report (1-12月), the targets that count in it (a target and its
restatement once, by the worse judgement, monitoring never: ``results.counted``), each scored
for its lead unit (or every unit, ``scored: all``) by the rules of the scoring file. A unit's total is the sum of its lines:
each target's base points, each rule's lines, the caps and the floors, every one rounded to
0.01 where it is made (see rules/common.py). Nothing depends on the order of files or the
machine: files are ordered by period, targets by the plan, units by score and id.

The date of the run decides one thing only: whether the year can be scored as final. A year not
over, or one whose year-end figures are not in (a unit none of whose year-end figures has come),
is refused (``Unfinished``) unless a provisional score is asked for: then the score is made at
the last period of the year that has ended and has a file (截至N月, ``Provisional``), the figures
of that period still being collected are neither 漏报 nor scored, and every output says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import cache

from plan415x.engine import Engine, owes
from plan415x.periods import Period
from plan415x.problems import said
from plan415x.results import Outcome, Report, Result, Status
from plan415x.rules.common import Observation
from plan415x.scoring.lines import target_lines
from plan415x.scoring.model import BonusRule, ScoringFile
from plan415x.scoring.points import BASE, CAP, FLOOR, ZERO, Line, cents, dec, pts
from plan415x.values import Reporting

NOT_SCORED = frozenset({Status.not_due, Status.undefined, Status.not_assessable, Status.monitoring})


@dataclass(frozen=True)
class UnitScore:
    unit: str
    name_zh: str
    name_en: str
    lines: tuple[Line, ...]
    targets: tuple[Result, ...]
    """The year-end results of the targets scored, in the plan's order."""
    unscored: tuple[Result, ...]
    """The unit's targets that count but are not judged at the year end (not due, undefined…)."""
    total: Decimal
    full: Decimal
    rank: int = 0
    pending: frozenset[str] = frozenset()
    """Ids of ``unscored`` targets left out of a provisional score for want of a figure for the
    period its data runs to (still being collected), whatever their stale judgement."""

    @property
    def rate(self) -> Fraction | None:
        """total / full points, exact."""
        return Fraction(self.total) / Fraction(self.full) if self.full else None

    def by_rule(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for line in self.lines:
            out[line.rule] = out.get(line.rule, ZERO) + line.amount
        return out

    def by_target(self) -> dict[str | None, Decimal]:
        out: dict[str | None, Decimal] = {}
        for line in self.lines:
            out[line.target] = out.get(line.target, ZERO) + line.amount
        return out


YEAR_NOT_OVER, YEAR_END_NOT_IN = "year_not_over", "year_end_not_in"


@dataclass(frozen=True)
class YearState:
    """Whether a year can be scored as final on the data, as of ``today``."""

    year: int
    today: dt.date
    why: str | None
    """None: final; else YEAR_NOT_OVER or YEAR_END_NOT_IN."""
    at: Period | None
    """The last period of the year that has ended by ``today`` and has a file: where a
    provisional score is made (None: nothing to score yet)."""
    used: tuple[Period, ...]
    """The periods of the year with a file that a score uses (those ended by ``today``)."""
    later: tuple[Period, ...] = ()
    """Files of the year for periods not ended by ``today``: left out."""
    silent: tuple[str, ...] = ()
    """Units scored on targets due at the year end that have none of their year-end figures in."""
    missing: int = 0
    """Year-end figures due (targets scored) and not in."""
    due: int = 0
    """Year-end figures due (targets scored)."""

    @property
    def not_over(self) -> bool:
        """Provisional because the year is not over (else because its year-end figures are not in)."""
        return self.why == YEAR_NOT_OVER

    @property
    def data_to(self) -> int | None:
        """The last month of data used (截至N月)."""
        return None if self.at is None else self.at.end_month


class Unfinished(Exception):
    """The year cannot be scored as final and no provisional score was asked for (or there is
    nothing to score at all: ``state.at`` is None)."""

    def __init__(self, state: YearState) -> None:
        super().__init__(state.why)
        self.state = state


@dataclass(frozen=True)
class Score:
    year: int
    scoring: ScoringFile
    report: Report
    """The year-end report the score rests on."""
    units: tuple[UnitScore, ...]
    periods: tuple[Period, ...]
    """The periods of the year with an actuals file (the year's status history)."""
    unassigned: tuple[str, ...] = field(default=())
    """Ids of targets that count but have no responsible unit: scored for nobody."""
    ranked_among: int = 0
    """How many units were ranked (all of them, also when ``units`` holds only one)."""
    illustrative: bool = False
    """Any figure of the year is an illustrative sample: every output says so."""
    target_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Names (zh, en) of the year-end report's targets, by id."""
    provisional: YearState | None = None
    """Set when the score is provisional (the year not over or its year-end figures not in):
    made at ``provisional.at``, every output says so."""

    @property
    def year_end_reported(self) -> bool:
        return any(p.end_month == 12 for p in self.periods)


def score_year(
    engine: Engine,
    scoring: ScoringFile,
    year: int,
    *,
    unit: str | None = None,
    today: dt.date | None = None,
    provisional: bool = False,
) -> Score:
    """Every unit's score for ``year`` (only ``unit``'s when given: the same figures, the unit
    still ranked among all). A year that cannot be scored as final raises ``Unfinished`` unless
    ``provisional``; ``today`` (default: the machine's date) decides whether the year is over."""
    today = today or dt.date.today()
    period = Period.parse(str(year))
    report = year_end_report(engine, period)
    kept = report.counted_results
    state = year_state(engine, year, today, _members(kept, scoring))
    if state.why is not None and (not provisional or state.at is None):
        raise Unfinished(state)
    at = period if state.why is None or state.at is None else state.at
    if at.key != period.key:
        # Provisional, the year not over: judged where the data ends, against its schedule.
        report = year_end_report(engine, at)
        kept = report.counted_results
    members = _members(kept, scoring)
    unassigned = [r.target.id for r in kept if not _scored_units(r, scoring)]
    periods = state.used
    used = {p.key for p in periods}
    reported: dict[str, list[Observation]] = {}
    for target_id, observations in engine.history.items():
        reported[target_id] = [o for o in observations if o.period.year == year and o.period.key in used]

    def outcome_at(result: Result) -> Callable[[Period], Outcome]:
        @cache
        def on(p: Period) -> Outcome:
            # The year end's outcome is the report's: judged once.
            return result.outcome if p.key == at.key else engine.judge(result.target, p)

        return on

    histories = {r.target.id: outcome_at(r) for r in kept}
    reporting = engine.dataset.plan.reporting
    scores: list[UnitScore] = []
    names = report.unit_names
    pending = at if state.why is not None else None
    for unit_id in sorted(members):
        scores.append(
            _unit_score(
                unit_id,
                names.get(unit_id, (unit_id, unit_id)),
                members[unit_id],
                scoring,
                year,
                histories,
                reported,
                reporting,
                periods,
                pending,
            )
        )
    ranked = _ranked(scores, scoring.rank_by)
    if unit is not None:
        ranked = [u for u in ranked if u.unit == unit]
    illustrative = report.illustrative or any(
        a.file.illustrative for a in engine.dataset.actuals if a.period.year == year and a.period.key in used
    )
    names = {r.target.id: (r.target.name_zh, r.target.name_en) for r in report.results}
    return Score(
        year,
        scoring,
        report,
        tuple(ranked),
        periods,
        tuple(unassigned),
        len(scores),
        illustrative,
        names,
        None if state.why is None else state,
    )


def _scored_units(result: Result, scoring: ScoringFile) -> tuple[str, ...]:
    units = result.target.responsible
    return tuple(units if scoring.scored == "all" else units[:1])


def _members(kept: Sequence[Result], scoring: ScoringFile) -> dict[str, list[Result]]:
    members: dict[str, list[Result]] = {}
    for result in kept:
        for u in _scored_units(result, scoring):
            members.setdefault(u, []).append(result)
    return members


def year_state(engine: Engine, year: int, today: dt.date, members: Mapping[str, list[Result]]) -> YearState:
    """Whether ``year`` can be scored as final as of ``today``: the year is over (its last day has
    passed) and every unit scored on a target due at the year end has at least one of its
    year-end figures in (a 1-12月 file of any spelling: 2023, 2023Q4, 2023-12). A unit that sent
    some year-end figures and not others has 漏报; one that sent none has not reported its year
    end yet, and a score now would read every one of its targets as missed."""
    files = [p for p in engine.periods() if p.year == year]
    used = tuple(p for p in files if p.end_date < today)
    later = tuple(p for p in files if p.end_date >= today)
    at = used[-1] if used else None
    over = today > dt.date(year, 12, 31)
    frequency = engine.dataset.plan.reporting.frequency
    year_end = Period.parse(str(year))
    silent: list[str] = []
    due = missing = 0
    for unit_id in sorted(members):
        owed = [
            r
            for r in members[unit_id]
            if r.status not in NOT_SCORED
            and owes(r.target, year_end, frequency, merge_january=engine.dataset.plan.reporting.merge_january)
        ]
        given = [r for r in owed if _year_end_figure(engine, r.target.id, year, used)]
        due += len(owed)
        missing += len(owed) - len(given)
        if owed and not given:
            silent.append(unit_id)
    why = YEAR_NOT_OVER if not over else YEAR_END_NOT_IN if silent or at is None else None
    return YearState(year, today, why, at, used, later, tuple(silent), missing, due)


def _year_end_figure(engine: Engine, target: str, year: int, used: tuple[Period, ...]) -> bool:
    """A 1-12月 figure in a file the score uses (a year-end file dated before the year's end, as
    a published figure filed early, is not one: its period has not ended)."""
    keys = {p.key for p in used}
    return any(
        o.period.year == year and o.period.end_month == 12 and o.period.key in keys
        for o in engine.history.get(target, ())
    )


def year_end_report(engine: Engine, period: Period) -> Report:
    """The report of the year end as ``Engine.report`` makes it (the same targets, order and
    results), without the previous period's statuses, which no score uses: judging each target
    once more would cost as much as the rest of the year-end report."""
    return engine.report(period, changes=False)


def _unit_score(
    unit: str,
    name: tuple[str, str],
    results: list[Result],
    scoring: ScoringFile,
    year: int,
    histories: Mapping[str, Callable[[Period], Outcome]],
    reported: Mapping[str, list[Observation]],
    reporting: Reporting,
    periods: tuple[Period, ...],
    pending: Period | None = None,
) -> UnitScore:
    """``pending``: in a provisional score, the period the data runs to, whose figures are still
    being collected: a target with no figure for it is not scored (whatever an older figure
    would give), and none of that period's figures counts as missing."""
    lines: list[Line] = []
    scored: list[Result] = []
    unscored: list[Result] = []
    waiting: set[str] = set()
    for result in results:
        if (
            pending is not None
            and result.status not in NOT_SCORED
            and not any(o.period.key == pending.key for o in reported.get(result.target.id, ()))
        ):
            # not in yet: neither judged on an older figure nor counted as missing
            waiting.add(result.target.id)
            unscored.append(result)
            continue
        if result.status in NOT_SCORED:
            unscored.append(result)
            continue
        scored.append(result)
        lines += target_lines(unit, result, scoring, year, histories, reported, reporting, periods, pending)
    bonus_ids = {r.id for r in scoring.rules if isinstance(r, BonusRule)}
    bonus = sum((line.amount for line in lines if line.rule in bonus_ids), ZERO)
    cap = scoring.caps.bonus_per_unit
    if cap is not None and bonus > cents(cap):
        capped = said("scoring-bonus-cap", bonus=pts(bonus), cap=pts(cents(cap)))
        lines.append(Line(unit, None, CAP, cents(cap) - bonus, capped))
    total = sum((line.amount for line in lines), ZERO)
    floor = scoring.floors.unit
    if floor is not None and total < cents(floor):
        raised = said("scoring-unit-floor", total=pts(total), floor=pts(cents(floor)))
        lines.append(Line(unit, None, FLOOR, cents(floor) - total, raised))
        total = cents(floor)
    full = sum((line.amount for line in lines if line.rule == BASE), ZERO)
    return UnitScore(
        unit,
        name[0],
        name[1],
        tuple(lines),
        tuple(scored),
        tuple(unscored),
        total,
        full,
        0,
        frozenset(waiting),
    )


def _ranked(scores: list[UnitScore], rank_by: str) -> list[UnitScore]:
    def value(u: UnitScore) -> Fraction:
        if rank_by == "total":
            return Fraction(u.total)
        return u.rate if u.rate is not None else Fraction(-1)

    ordered = sorted(scores, key=lambda u: (-value(u), u.unit))
    out: list[UnitScore] = []
    rank, previous = 0, None
    for position, u in enumerate(ordered, start=1):
        v = value(u)
        if v != previous:
            rank, previous = position, v
        out.append(
            UnitScore(
                u.unit, u.name_zh, u.name_en, u.lines, u.targets, u.unscored, u.total, u.full, rank, u.pending
            )
        )
    return out


__all__ = [
    "YEAR_END_NOT_IN",
    "YEAR_NOT_OVER",
    "Score",
    "Unfinished",
    "UnitScore",
    "YearState",
    "dec",
    "score_year",
    "year_state",
]
