"""The gap workbook's view: the period's view (``views.period``) and what the workbook shows
beyond it, computed once from the engine's results and the data folder: the 趋势 judgements,
each target's 来源/口径 from its records, the data files and the thresholds of 说明, the year's
score. ``excel/export.py`` renders it; a lead unit's workbook (``--split``) or sheet
(``--by-unit``) is a part of it (``WorkbookView.part``), never judged again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from plan415x.dataset import Dataset
from plan415x.engine import Engine, source_text
from plan415x.loading import display_path
from plan415x.results import Report, Result
from plan415x.values import Assessment, Source
from plan415x.views.period import PeriodView, period_view
from plan415x.views.trend import Trend, trend

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score


@dataclass(frozen=True)
class DataFile:
    """A file of the data folder as 说明 lists it."""

    path: str
    """Relative to the data folder (as given, when outside it)."""
    records: int
    """The plan's targets, or an actuals file's records."""
    illustrative: bool | None
    """An actuals file's ``illustrative:``; None for the plan."""
    default_source: Source | None
    """An actuals file's ``source:``; None for the plan or a file without one (said in the
    workbook's language by ``excel.sheets.source_words``: its unit a name, not an id)."""


@dataclass(frozen=True)
class WorkbookView:
    period: PeriodView
    """With its ranking's 位次变化 (责任单位 shows it)."""
    trend: Trend
    records: dict[str, tuple[Source | str, ...]]
    """来源/口径 by target id from its records (the rule's caveats are the outcome's): the
    sources used that differ from their file's default source (the defaults are listed once,
    on 说明; a Source, said in the workbook's language), then the record's note and evidence."""
    plan_file: DataFile
    files: tuple[DataFile, ...]
    """The actuals files up to the report's period."""
    assessment: Assessment
    score: Score | None = None

    @property
    def report(self) -> Report:
        return self.period.report

    def part(self, report: Report) -> WorkbookView:
        """The view of a part of this view's report (one lead unit's, ``excel.export.by_lead_unit``):
        its results' streaks; the same 报送情况 and ranking (a part is ranked among all units)."""
        ids = {r.target.id for r in report.results}
        streaks = {k: v for k, v in self.period.streaks.items() if k in ids}
        return replace(self, period=replace(self.period, report=report, streaks=streaks))


def workbook_view(engine: Engine, report: Report, *, score: Score | None = None) -> WorkbookView:
    dataset = engine.dataset
    defaults = {str(entry.period): source_text(entry.file.source) for entry in dataset.actuals}
    return WorkbookView(
        period=period_view(engine, report),
        trend=trend(engine, report),
        records={r.target.id: _records(r, engine, defaults) for r in report.results},
        plan_file=DataFile(_relative(dataset, dataset.plan_doc.path), len(dataset.plan.targets), None, None),
        files=tuple(
            DataFile(
                _relative(dataset, entry.doc.path),
                len(entry.file.records),
                entry.file.illustrative,
                entry.file.source,
            )
            for entry in dataset.actuals
            if entry.period.key <= report.period.key  # a later file is not this report's
        ),
        assessment=dataset.plan.assessment,
        score=score,
    )


def _records(r: Result, engine: Engine, defaults: dict[str, str]) -> tuple[Source | str, ...]:
    """The target's 来源/口径 from its records (``WorkbookView.records``)."""
    parts: list[Source | str] = []
    o = r.outcome
    history = engine.history.get(r.target.id, ())
    if r.sources:
        # A source of its own: a record's source that is not its file's default. Kept as the
        # Source, so the sheet names its unit in its language (the engine's text has the id).
        own = {
            text: obs.record.source
            for obs in history
            if obs.record.source is not None
            and (text := source_text(obs.record.source)) != defaults.get(str(obs.period))
        }
        parts = [own[p] for p in r.sources if p in own]
    if o.data_period is not None:
        for obs in history:
            if obs.period.key == o.data_period.key:
                parts += [x for x in (obs.record.note, obs.record.evidence) if x]
    return tuple(parts)


def _relative(dataset: Dataset, path: Path) -> str:
    try:
        return path.resolve().relative_to(dataset.root.resolve()).as_posix()
    except ValueError:
        return display_path(path)
