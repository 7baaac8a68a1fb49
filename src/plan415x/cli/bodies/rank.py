"""The body of ``rank``: 季晾晒, the responsible units ranked by 平均欠进度 (``views.rank``), the
table fitted to the terminal's width."""

from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records, usage_error
from plan415x.cli.shared import color_wanted, emit, terminal_width
from plan415x.engine import Engine
from plan415x.options import CheckFormat, Lang
from plan415x.problems import said
from plan415x.reports.published import format_published
from plan415x.reports.rank import format_rank
from plan415x.views.published import read
from plan415x.views.rank import ranking


def run(
    *, period: str, data: Path, fmt: CheckFormat, lang: Lang, all_units: bool, as_published: bool
) -> None:
    dataset = load_or_exit(data)
    engine = Engine(dataset)
    when = parse_period(period, dataset)
    with published_records():
        if as_published:
            published = read(data, when)
            if published is None:
                usage_error(said("cli-never-published", period=str(when)))
            emit(format_published(published.record, fmt, lang.value, fit=terminal_width()))
            return
        report = engine.report(when)
        ranked = ranking(engine, report, all_units=all_units)
    color = color_wanted()
    emit(format_rank(report, ranked, fmt, lang.value, color=color, fit=terminal_width()), color=color)
