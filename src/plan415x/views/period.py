"""A period's view: the report of ``check`` and what every output shows beside it (连续N期红灯,
报送情况, the ranking with 位次变化, each target's recent judgements), computed once from the
engine's results. The 通报 (``reports.brief``) and the HTML page (``reports.html``) render it;
the workbook's view (``views.workbook``) holds one."""

from __future__ import annotations

from dataclasses import dataclass, field

from plan415x.engine import Engine
from plan415x.periods import Period
from plan415x.results import Outcome, Report
from plan415x.values import Publishing
from plan415x.views.changes import Changes, Halves, changes, halves
from plan415x.views.history import histories, red_streaks
from plan415x.views.rank import Ranking, ranking
from plan415x.views.reporting import Reporting, reporting
from plan415x.views.words import Words, words_of


@dataclass(frozen=True)
class PeriodView:
    report: Report
    streaks: dict[str, int] = field(default_factory=dict)
    """连续N期红灯 by target id (``views.history.red_streaks``): the red targets only."""
    reporting: Reporting | None = None
    """报送情况 of the period (``views.reporting``); None: an output without that section."""
    ranking: Ranking | None = None
    """The units ranked (``views.rank.ranking``); None: an output without the ranking."""
    history: dict[str, list[tuple[Period, Outcome]]] = field(default_factory=dict)
    """Each target's judgements at the latest periods with a file (``views.history.histories``):
    the HTML page's sparklines; empty when not asked for."""
    changes: Changes | None = None
    """What changed since the previous period with a file (``views.changes``): 新增红灯, 红灯转好,
    新完成, 新增未报; None: computed from the report where it is needed."""
    halves: Halves | None = None
    """双过半 at 1-6月 (``views.changes.halves``); None at any other period."""
    publishing: Publishing | None = None
    """The plan's ``publishing:`` (发文机关, 文号, 主送, 落款, 抄送, 印发): the 通报's 公文 parts;
    None: the 通报 is a draft and says so."""
    words: dict[str, Words] = field(default_factory=dict)
    """The units' own words on the period's records (``views.words``), by target id: the 通报
    quotes them under each red or yellow target."""


def period_view(
    engine: Engine, report: Report, *, moved: bool = True, history: int | None = None
) -> PeriodView:
    """The view of ``report`` (``engine.report`` of a period, or a score's year end): its red
    streaks, 报送情况, the ranking (with 位次变化 unless not ``moved``, which spares judging the
    previous period) and, given ``history``, each target's judgements at the latest ``history``
    periods with a file."""
    current = reporting(engine.dataset, report.period)
    return PeriodView(
        report=report,
        streaks=red_streaks(engine, report),
        reporting=current,
        ranking=ranking(engine, report, current=current, moved=moved),
        history={} if history is None else histories(engine, report, last=history),
        changes=changes(report),
        halves=halves(report),
        publishing=engine.dataset.plan.publishing,
        words=words_of(engine.dataset, report.period),
    )
