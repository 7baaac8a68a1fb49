"""The units' own words (滞后原因, 下步措施): which rows of the template ask for them
(``asked_rows``), what each unit said for a period (``words_of``: the 通报 quotes it verbatim under
the target) and which red targets still owe an explanation (``owed``: the chase list). No
language here: the renderers say it.

Which rows ask, by default (``reporting.explanations: lagging``): the targets that were yellow
or red in the last period published (``published/PERIOD.json``) before the template's, the
judgements the units were sent; when none was published before it, the last period judged
before it (the latest with a file of figures); with neither, no row. ``all``: every row.

Whose words: the unit the record names as its reporter (``source.reported_by``: ``import``
writes the sheet's unit), else the target's lead unit, whose sheet the row is on; a file's
default source is not taken, since one file often carries every unit's figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from plan415x.dataset import Dataset
from plan415x.engine import Engine
from plan415x.loading import PUBLISHED_DIR
from plan415x.periods import Period
from plan415x.results import Light, Report
from plan415x.values import Explanations, Target
from plan415x.views.published import read

LAGGING = frozenset({Light.yellow.value, Light.red.value})


@dataclass(frozen=True)
class Asked:
    """The rows a template asks the words on."""

    targets: frozenset[str] | None
    """Ids of the targets whose rows ask; None: every row (``explanations: all``)."""
    basis: Period | None = None
    """The period whose lights decided (None: every row, or no period before the template's)."""
    published: bool = False
    """The basis is a published period (else the last one judged)."""

    def asks(self, target: Target, sharing: tuple[Target, ...] = ()) -> bool:
        """Whether the row of ``target`` asks; ``sharing``: restatements whose figure is asked
        on this row (the words go on both records, as the figure does)."""
        if self.targets is None:
            return True
        return target.id in self.targets or any(t.id in self.targets for t in sharing)


def published_before(dataset: Dataset, period: Period) -> Period | None:
    """The latest period published before ``period`` (``published/PERIOD.json``; an earlier
    record kept by ``publish --force``, ``PERIOD.1.json``, is not a period)."""
    folder = dataset.root / PUBLISHED_DIR
    found: list[Period] = []
    for path in folder.glob("*.json") if folder.is_dir() else ():
        try:
            when = Period.parse(path.stem)
        except ValueError:
            continue
        if str(when) == path.stem and when.key < period.key:
            found.append(when)
    return max(found, key=lambda p: p.key) if found else None


def asked_rows(engine: Engine, period: Period) -> Asked:
    """Which rows of ``period``'s template ask for the units' words. Raises
    ``views.published.PublishedError`` for a record spoilt by hand."""
    dataset = engine.dataset
    if dataset.plan.reporting.explanations is Explanations.all:
        return Asked(None)
    published = published_before(dataset, period)
    if published is not None:
        record = read(dataset.root, published)
        assert record is not None  # found in the folder just now
        lagging = frozenset(
            str(j["target"]) for j in record.record["judgements"] if j.get("light") in LAGGING
        )
        return Asked(lagging, published, True)
    judged = engine.previous_period(period)
    if judged is None:
        return Asked(frozenset())
    report = engine.report(judged, changes=False)
    return Asked(frozenset(r.target.id for r in report.results if r.light.value in LAGGING), judged)


@dataclass(frozen=True)
class Words:
    """What a unit said of one target for a period, as it wrote it."""

    unit_zh: str
    unit_en: str
    reason: str | None
    next_steps: str | None


def words_of(dataset: Dataset, period: Period) -> dict[str, Words]:
    """The words on each target's record for ``period`` (of the same months: 2023Q2 and
    2023-06 alike), by target id; records without words are left out."""
    units = {u.id: u for u in dataset.plan.responsible_units}
    by_name = {u.name_zh: u for u in dataset.plan.responsible_units}
    out: dict[str, Words] = {}
    for entry in dataset.actuals:
        if entry.period.key != period.key:
            continue
        for record in entry.file.records:
            if record.reason is None and record.next_steps is None:
                continue
            said_by = record.source.reported_by if record.source is not None else None
            target = dataset.targets.get(record.target)
            if said_by is None and target is not None:
                said_by = target.supplier
            unit = units.get(said_by or "") or by_name.get(said_by or "")
            names = (unit.name_zh, unit.name_en) if unit else (said_by or "", said_by or "")
            out.setdefault(record.target, Words(*names, record.reason, record.next_steps))
    return out


@dataclass(frozen=True)
class Owed:
    """A red target whose supplying unit (the one whose template row asks) has not said why:
    owed an explanation (滞后原因)."""

    unit: str
    name_zh: str
    name_en: str
    target: Target


def owed(report: Report, words: Mapping[str, Words], *, unit: str | None = None) -> list[Owed]:
    """The red targets of ``report`` with no 滞后原因 on their record, by supplying unit in the
    plan's order of units, then the report's order (only ``unit``'s when given)."""
    found: dict[str, list[Target]] = {}
    for r in report.results:
        lead = r.target.supplier  # the unit whose template row asks for the words
        if r.light is not Light.red or lead is None or (unit is not None and lead != unit):
            continue
        said = words.get(r.target.id)
        if said is None or said.reason is None:
            found.setdefault(lead, []).append(r.target)
    out: list[Owed] = []
    for lead, names in report.unit_names.items():
        out += [Owed(lead, names[0], names[1], t) for t in found.pop(lead, [])]
    for lead, targets in found.items():  # a unit the report has no name for: its id
        out += [Owed(lead, lead, lead, t) for t in targets]
    return out


def owed_explanations(dataset: Dataset, period: Period, *, unit: str | None = None) -> list[Owed]:
    """``owed`` of ``period`` judged on ``dataset``: what the chase list adds to the figures
    missing."""
    return owed(Engine(dataset).report(period, changes=False), words_of(dataset, period), unit=unit)
