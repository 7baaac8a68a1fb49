"""Plausibility warnings: figures that are valid but hard to believe (DHIS2's outlier checks
during data entry). They never refuse a file and never change a judgement: they are printed,
located like errors, and ``--strict`` turns them into errors.

Flows (annual, one_year and cumulative targets with a value and a unit; a restatement's figure
beside its restated target's also for levels), every figure in the target's unit (converted),
and the part-year figures of full-year totals. With ``v`` the figure, ``m`` its period's last month, ``T``
the target's value, ``p``/``pm`` the latest earlier figure of the same year and its month,
``ly`` the figure of the same months last year, and the limits of ``assessment.plausibility``:

- ``unit-scale`` (annual, one_year; before December): the record names a unit other than the
  target's, ``v > T × unit_scale_pct%``, yet the number as typed, read in the target's unit,
  is not: 150 公顷 = 2,250 亩 > 1,800 亩 while 150 亩 ≤ 1,800. Reported instead of
  ``early-exceeded``.
- ``early-exceeded`` (annual, one_year, floors and 左右): ``m ≤ early_months`` and
  ``v > T × early_pct%``: the whole year's target beaten in its first months.
- ``ytd-doubled`` (annual, one_year, floors and 左右): ``p > 0``, ``v = 2p``, ``m < 2·pm`` and
  ``v ≥ T``: the earlier figure added twice (上期数 3 typed again on top of the running total:
  6 = 200%, 已完成), and the slip makes the target met. Where the months doubled too (1-3月 →
  1-6月) doubling is the pace kept; below the target a doubling changes no status and a real
  jump is ``ytd-jump``'s.
- ``ytd-jump``: ``p > 0`` and ``(v − p)/(m − pm) > jump_factor × p/pm``: this period's increase
  per month beyond ``jump_factor`` times the pace so far; not with ``ytd-doubled``.
- ``yoy-jump``: ``ly > 0`` and ``v > yoy_factor × ly``: beyond ``yoy_factor`` times the same
  months of last year.
- ``ytd-reaches-last-year`` (annual, one_year, cumulative): ``m ≤ early_months``, ``L > 0`` and
  ``v ≥ L``, with ``L`` last year's total (its December figure; counts of whole items: ``L ≥
  min_items``): a running total typed for this year's year-to-date figure (2023's 436 + 30 = 466
  in January) always reaches it.
- ``part-year`` (level and share targets with ``full_year: true``): a figure of a period that
  does not end in December: the target is a year's total, judged on December's figures only.

- ``restatement-mismatch``: a restatement that asks for its restated target's very figure
  (``restatements.shares_figure``: the same unit, both flows or the same kind of latest value)
  has a record in the same file as the restated target's, with another number (in the unit,
  converted: 65.3 公顷 = 979.5 亩 beside 980 亩). Located at the restatement's record; one of the
  two is wrong, since both report the same quantity for the same months.

The doubling and the two jumps need an increase of at least ``jump_min_share_pct``% of ``T``
(when the target has a value), and of at least ``min_items`` items for counts of whole items:
1 project becoming 2 doubles, and is no slip; 40 robots becoming 44 of a target of 380 is not
news. A record's ``checked``
lists the codes a person has looked at and found right: they are not reported again.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from plan415x.i18n import say
from plan415x.loading import Actuals, Dataset
from plan415x.messages import problem
from plan415x.numbers import fmt
from plan415x.problems import Problem, Said, format_path, said
from plan415x.restatements import shares_figure
from plan415x.values import Comparator, Kind, Plausibility, PlausibilityLimits, Record, Target

KINDS = frozenset({Kind.annual, Kind.one_year, Kind.cumulative})
_PER_YEAR_TARGET = frozenset({Kind.annual, Kind.one_year})
_FLOORS = frozenset({Comparator.ge, Comparator.gt, Comparator.approx})


@dataclass(frozen=True)
class Finding:
    """One warning about one record, before it is located."""

    entry: Actuals
    index: int
    target: Target
    code: Plausibility
    said: Said
    """The warning as it is said, made where it was found (its ids are the codes)."""

    @property
    def record(self) -> Record:
        return self.entry.file.records[self.index]


def _percent(value: float) -> str:
    return f"{value:.1f}%"


def _times(value: float) -> str:
    return f"{value:.1f}"


def _ack(code: Plausibility, *, asked: bool = False) -> Said:
    """What to do if the figure is right, said after the warning: after a question, a sentence
    of its own (``asked``); else a clause of the same one."""
    if asked:
        return said("plausibility-ack-asked", option="--accept", code=code.value, key="checked")
    return said("plausibility-ack", option="--accept", code=code.value, key="checked")


@dataclass(frozen=True)
class _Figure:
    entry: Actuals
    index: int
    value: float  # in the target's unit

    @property
    def month(self) -> int:
        return self.entry.period.end_month


def findings(dataset: Dataset, wanted: Callable[[Actuals, Record], bool] | None = None) -> list[Finding]:
    """The warnings of every record (or of those ``wanted``), in file and record order."""
    limits = dataset.plan.assessment.plausibility
    convert = dataset.measures.convert
    figures: dict[tuple[str, int], list[_Figure]] = defaultdict(list)
    for entry in dataset.actuals:
        for index, record in enumerate(entry.file.records):
            target = dataset.targets.get(record.target)
            if target is None or target.kind not in KINDS or record.value is None or target.unit is None:
                continue
            value = convert(record.value, record.unit or target.unit, target.unit)
            figures[(target.id, entry.period.year)].append(_Figure(entry, index, value))
    out: list[Finding] = []
    for (target_id, year), series in figures.items():
        target = dataset.targets[target_id]
        last_year = {f.month: f for f in figures.get((target_id, year - 1), ())}
        series.sort(key=lambda f: f.entry.period)
        for position, fig in enumerate(series):
            record = fig.entry.file.records[fig.index]
            if wanted is not None and not wanted(fig.entry, record):
                continue
            previous = series[position - 1] if position else None
            whole = target.whole_items if target.whole_items is not None else _whole(dataset, target)
            found = _check(target, record, fig, previous, last_year.get(fig.month), limits, whole)
            if fig.month <= limits.early_months:  # the only months it looks at: most figures skip it
                found = [*found, *_reaches_last_year(target, fig, last_year.get(12), limits, whole)]
            skip = set(record.checked) | set(limits.ignore)
            out += [Finding(fig.entry, fig.index, target, c, w) for c, w in found if c not in skip]
    out += _part_year(dataset, wanted)
    out += _mismatches(dataset, wanted)
    out.sort(key=lambda f: (f.entry.period, f.entry.doc.display, f.index, f.code.value))
    return out


def _part_year(dataset: Dataset, wanted: Callable[[Actuals, Record], bool] | None) -> Iterable[Finding]:
    """``part-year``: a figure of a period not ending in December for a full-year total
    (``full_year: true``): the level rule does not judge it, and the template does not ask for it."""
    totals = {t.id: t for t in dataset.plan.targets if t.full_year}
    if not totals or Plausibility.part_year in dataset.plan.assessment.plausibility.ignore:
        return
    for entry in dataset.actuals:
        if entry.period.end_month == 12:
            continue
        for index, record in enumerate(entry.file.records):
            target = totals.get(record.target)
            if target is None or record.value is None:
                continue
            if Plausibility.part_year in record.checked or (wanted is not None and not wanted(entry, record)):
                continue
            unit = target.unit or ""
            value = (
                dataset.measures.convert(record.value, record.unit or unit, unit) if unit else record.value
            )
            part = said(
                "part-year",
                target_id=target.id,
                value=fmt(value),
                unit=unit,
                period=str(entry.period),
                ack=_ack(Plausibility.part_year),
            )
            yield Finding(entry, index, target, Plausibility.part_year, part)


def _mismatches(dataset: Dataset, wanted: Callable[[Actuals, Record], bool] | None) -> list[Finding]:
    """``restatement-mismatch``: a restatement and its restated target, sharing one figure,
    given two in one file."""
    pairs = [
        (t, dataset.targets[t.restates])
        for t in dataset.plan.targets
        if t.restates in dataset.targets and shares_figure(t, dataset.targets[t.restates])
    ]
    if not pairs:
        return []
    ignored = set(dataset.plan.assessment.plausibility.ignore)
    convert = dataset.measures.convert
    out: list[Finding] = []
    for entry in dataset.actuals:
        at = {r.target: i for i, r in enumerate(entry.file.records) if r.value is not None}
        for restating, restated in pairs:
            if restating.id not in at or restated.id not in at:
                continue
            mine, theirs = entry.file.records[at[restating.id]], entry.file.records[at[restated.id]]
            if wanted is not None and not (wanted(entry, mine) or wanted(entry, theirs)):
                continue
            unit = restating.unit
            assert unit is not None
            assert mine.value is not None
            assert theirs.value is not None
            value = convert(mine.value, mine.unit or unit, unit)
            other = convert(theirs.value, theirs.unit or unit, unit)
            code = Plausibility.restatement_mismatch
            if math.isclose(value, other, rel_tol=1e-9) or code in ignored or code in mine.checked:
                continue
            mismatch = said(
                "restatement-mismatch",
                value=fmt(value),
                unit=unit,
                period=str(entry.period),
                restated=restated.id,
                target_id=restating.id,
                other=fmt(other),
                ack=_ack(code),
            )
            out.append(Finding(entry, at[restating.id], restating, code, mismatch))
    return out


def _check(
    target: Target,
    record: Record,
    fig: _Figure,
    previous: _Figure | None,
    last_year: _Figure | None,
    limits: PlausibilityLimits,
    whole: bool,
) -> Iterable[tuple[Plausibility, Said]]:
    assert target.unit is not None
    v, m = fig.value, fig.month
    goal = target.value if target.value is not None and target.value > 0 else None
    unit = target.unit
    value, period = fmt(v), str(fig.entry.period)
    per_year = (
        goal is not None
        and target.kind in _PER_YEAR_TARGET
        and target.comparator in _FLOORS
        and not target.is_ceiling
    )
    scaled = False
    if per_year and goal is not None and m < 12 and record.unit not in (None, unit):
        assert record.value is not None
        bound = goal * limits.unit_scale_pct / 100
        if v > bound and record.value <= bound:
            scaled = True
            yield (
                Plausibility.unit_scale,
                said(
                    "unit-scale",
                    typed=fmt(record.value),
                    typed_unit=str(record.unit),
                    value=value,
                    unit=unit,
                    pct=_percent(v / goal * 100),
                    target=fmt(goal),
                    period=period,
                    typed_pct=_percent(record.value / goal * 100),
                    ack=_ack(Plausibility.unit_scale, asked=True),
                ),
            )
    if (
        per_year
        and goal is not None
        and not scaled
        and m <= limits.early_months
        and v > goal * limits.early_pct / 100
    ):
        yield (
            Plausibility.early_exceeded,
            said(
                "early-exceeded",
                value=value,
                unit=unit,
                pct=_percent(v / goal * 100),
                target=fmt(goal),
                period=period,
                ack=_ack(Plausibility.early_exceeded),
            ),
        )
    min_increase = 0.0 if goal is None else goal * limits.jump_min_share_pct / 100
    if whole:
        min_increase = max(min_increase, limits.min_items)
    doubled = False
    if previous is not None and previous.value > 0:
        p, pm = previous.value, previous.month
        prev_period, shown_p = str(previous.entry.period), fmt(p)
        if (
            per_year
            and goal is not None
            and v >= goal
            and math.isclose(v, 2 * p, rel_tol=1e-9)
            and m < 2 * pm
            and p >= min_increase
        ):
            doubled = True
            yield (
                Plausibility.ytd_doubled,
                said(
                    "ytd-doubled",
                    value=value,
                    unit=unit,
                    previous=shown_p,
                    previous_period=prev_period,
                    ack=_ack(Plausibility.ytd_doubled),
                ),
            )
        increase = v - p
        pace, new_pace = p / pm, increase / (m - pm)
        if not doubled and increase > 0 and increase >= min_increase and new_pace > limits.jump_factor * pace:
            yield (
                Plausibility.ytd_jump,
                said(
                    "ytd-jump",
                    value=value,
                    unit=unit,
                    previous=shown_p,
                    previous_period=prev_period,
                    new_pace=fmt(new_pace),
                    factor=_times(new_pace / pace),
                    pace=fmt(pace),
                    limit=fmt(limits.jump_factor),
                    ack=_ack(Plausibility.ytd_jump),
                ),
            )
    if last_year is not None and last_year.value > 0:
        ly = last_year.value
        if v > limits.yoy_factor * ly and v - ly >= min_increase:
            yield (
                Plausibility.yoy_jump,
                said(
                    "yoy-jump",
                    value=value,
                    unit=unit,
                    factor=_times(v / ly),
                    last_year=fmt(ly),
                    last_period=str(last_year.entry.period),
                    limit=fmt(limits.yoy_factor),
                    ack=_ack(Plausibility.yoy_jump),
                ),
            )


def _reaches_last_year(
    target: Target, fig: _Figure, total: _Figure | None, limits: PlausibilityLimits, whole: bool
) -> Iterable[tuple[Plausibility, Said]]:
    """``ytd-reaches-last-year``: an early year-to-date figure at or above last year's total
    (its December figure). A running total typed for this year's year-to-date figure (2023's 436
    + January's 30 = 466) is always at least last year's total; a real year seldom gets there in
    its first months. Counts of whole items need a total of ``min_items``: 1 project last year
    and 1 by March is no news."""
    if total is None or fig.month > limits.early_months or total.value <= 0:
        return
    if whole and total.value < limits.min_items:
        return
    if fig.value >= total.value:
        yield (
            Plausibility.ytd_reaches_last_year,
            said(
                "ytd-reaches-last-year",
                value=fmt(fig.value),
                unit=target.unit or "",
                period=str(fig.entry.period),
                last_total=fmt(total.value),
                last_period=str(total.entry.period),
                ack=_ack(Plausibility.ytd_reaches_last_year),
            ),
        )


def _whole(dataset: Dataset, target: Target) -> bool:
    measure = dataset.measures.get(target.unit) if target.unit else None
    return bool(measure and measure.whole)


def message(finding: Finding, lang: str = "en") -> str:
    """The warning in ``lang``."""
    return say(finding.said, lang)


def located(
    dataset: Dataset, found: list[Finding], *, lang: str = "en", strict: bool = False
) -> list[Problem]:
    """The findings as problems at their records' values (file:line:col), warnings unless
    ``strict``, their messages in ``lang`` (and their ``said``, for a later output in another).
    A dataset from the cache keeps no text: each file warned about is parsed again, only then."""
    # One file parsed at a time (the findings come file by file): a province's eight files with
    # warnings, each with its node tree, held at once were 200 MB.
    current: tuple[Path, yamlfile.Document | None] | None = None
    out: list[Problem] = []
    for f in found:
        doc = f.entry.doc
        if not doc.text:
            from plan415x import yamlfile  # only with a warning to locate: a cached run has none

            if current is None or current[0] != doc.path:
                loaded = yamlfile.load(doc.path, doc.display, locate_only=True)
                current = (doc.path, loaded if isinstance(loaded, yamlfile.Document) else None)
            doc = current[1] or doc
        loc: tuple[str | int, ...] = ("records", f.index, "value")
        try:
            line, column = doc.locate(loc)
        except Exception:  # the file changed since it was read and no longer parses: 1:1
            line, column = 1, 1
        warning = problem(f.entry.doc.display, line, column, f.code.value, f.said, format_path(loc))
        # Said in ``lang`` already: validate prints the warnings as they are.
        out.append(replace(warning, message=message(f, lang), level="error" if strict else "warning"))
    return out
