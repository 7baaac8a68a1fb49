"""What the HTML page (``reports.html``) shows beyond a period's view (``views.period``): the
targets that changed since the previous period, and each action's share of green targets over
the periods of the year. Computed here, from the view's report and history, so the page adds
nothing to the view the 通报 and the workbook share."""

from __future__ import annotations

from dataclasses import dataclass

from plan415x.periods import Period
from plan415x.results import Light, Outcome, Report, Result, counted

CHANGE_GROUPS = ("red", "worsened", "improved", "new")
"""The groups of 较上期, worst news first: newly red, worse, better, judged for the first time.
``new_year`` (a target that restarts in January) is no change and is left out."""


def changes(report: Report) -> dict[str, list[Result]]:
    """The counted targets by how their status moved since the previous period (``Result.change``):
    a target that worsened into red, or is first judged red, is ``red``; every group is in the
    report's order, and a group with no target is absent."""
    out: dict[str, list[Result]] = {}
    for r in counted(report.results):
        change = r.change
        if change is None or change == "new_year":
            continue
        if change in ("worsened", "new") and r.light is Light.red:
            change = "red"
        out.setdefault(change, []).append(r)
    return {g: out[g] for g in CHANGE_GROUPS if g in out}


@dataclass(frozen=True)
class Point:
    period: Period
    green: int
    judged: int
    """Targets with a green, yellow or red light at ``period`` (grey judges nothing)."""

    @property
    def pct(self) -> float:
        return self.green / self.judged * 100


def action_series(report: Report, history: dict[str, list[tuple[Period, Outcome]]]) -> dict[str, list[Point]]:
    """Each action's green targets among those judged, at each period of the report's year in
    ``history`` (the periods with a file the view was given), oldest first; a period where no
    target of the action was judged is left out. Counted targets only (``results.counted``)."""
    year = report.period.year
    periods: dict[tuple[int, int], Period] = {}
    tallies: dict[str, dict[tuple[int, int], tuple[int, int]]] = {}
    for r in counted(report.results):
        per = tallies.setdefault(r.target.action, {})
        for period, outcome in history.get(r.target.id, []):
            light = outcome.status.light
            if period.year != year or light is Light.grey:
                continue
            periods[period.key] = period
            green, judged = per.get(period.key, (0, 0))
            per[period.key] = (green + (light is Light.green), judged + 1)
    return {
        action: [Point(periods[k], *per[k]) for k in sorted(per)] for action, per in tallies.items() if per
    }
