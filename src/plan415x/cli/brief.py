"""The 通报 draft of a period: brief. python-docx is imported only when a .docx is written.

Exit codes as everywhere: 0 written · 1 invalid data · 2 usage (a bad period, an output that is
not .md or .docx, exists without --force, or lies inside the data folder) · 4 not written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan415x.cli.files import ForceOpt, inside, write_or_exit
from plan415x.cli.shared import (
    DEFAULT_DATA,
    DataOpt,
    LangOpt,
    PeriodArg,
    app,
    echo,
    load_or_exit,
    parse_period,
    usage_error,
)
from plan415x.options import Lang

if TYPE_CHECKING:
    from plan415x.engine import Engine
    from plan415x.loading import Dataset
    from plan415x.reports.rank import UnitRank
    from plan415x.results import Report

BriefOutputOpt = Annotated[
    Path, typer.Option("--output", "-o", help="The draft to write: FILE.md or FILE.docx.", show_default=False)
]


def ranking(dataset: Dataset, engine: Engine, report: Report) -> tuple[list[UnitRank], dict[str, str]]:
    """The ranking and 位次变化 exactly as ``plan415x rank`` computes them (报送率 breaking ties)."""
    from plan415x.reports.rank import moves, rank_units
    from plan415x.reports.reporting import reporting

    rates = {u.unit: u.rate for u in reporting(dataset, report.period).units}
    ranks = rank_units(report, rates=rates)
    before = None
    if report.previous_period is not None:
        earlier = report.previous_period
        old_rates = {u.unit: u.rate for u in reporting(dataset, earlier).units}
        before = rank_units(engine.report(earlier), rates=old_rates)
    return ranks, moves(ranks, before)


@app.command()
def brief(
    period: PeriodArg,
    output: BriefOutputOpt,
    data: DataOpt = DEFAULT_DATA,
    lang: LangOpt = Lang.zh,
    force: ForceOpt = False,
) -> None:
    """The 通报 draft for PERIOD (.md or .docx): 总体情况, 主要进展, 存在问题 (reds with owners and
    red streaks), 单位排名, 报送情况, 下步要求 (left for you to write). Every number is check's."""
    suffix = output.suffix.lower()
    if suffix not in (".md", ".docx"):
        usage_error(f"{output}: the draft's name must end in .md or .docx")
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    if inside(output, data):
        usage_error(f"{output} is inside the data folder {data}/; write the draft somewhere else")
    if not output.parent.is_dir():
        usage_error(f"{output}: no such folder {output.parent}/")
    if output.exists() and not force:
        usage_error(f"{output} already exists; give --force to replace it")
    from plan415x.engine import Engine, red_streaks
    from plan415x.reports import brief as rb

    engine = Engine(dataset)
    report = engine.report(when)
    ranks, moved = ranking(dataset, engine, report)
    draft = rb.build(report, lang.value, streaks=red_streaks(engine, report), ranks=ranks, moved=moved)
    if suffix == ".md":
        body = rb.to_markdown(draft).encode("utf-8")
    else:
        from plan415x.reports.brief_docx import to_docx

        body = to_docx(draft, lang.value)
    write_or_exit(output, body, force=force)
    echo(f"wrote {output}: {len(report.results)} targets, {len(draft.sections)} sections")
    if draft.banner:
        echo(draft.banner, err=True)
