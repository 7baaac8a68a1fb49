"""What the HTML page (``reports.html``) shows beyond a period's view (``views.period``): each
action's share of green targets over the periods of the year. Computed here, from the view's
report and history, so the page adds nothing to the view the 通报 and the workbook share (what
changed since the previous period is ``views.changes``, the 通报's too)."""

from __future__ import annotations

from dataclasses import dataclass

from plan415x.periods import Period
from plan415x.results import Light, Outcome, Report


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
    for r in report.counted_results:
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
