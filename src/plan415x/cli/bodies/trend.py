"""The body of ``trend``: the history of a target, or of every target a unit leads."""

from difflib import get_close_matches
from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period
from plan415x.cli.shared import color_wanted, emit, usage_error
from plan415x.engine import Engine
from plan415x.options import Lang, TrendFormat
from plan415x.reports import trend as rt
from plan415x.views.filters import resolve_filter_words
from plan415x.views.history import histories, target_history


def run(
    *, target_id: str | None, unit: str | None, upto: str | None, data: Path, json_out: bool, lang: Lang
) -> None:
    if (target_id is None) == (unit is None):
        usage_error("give a TARGET or --unit U (one of them)")
    dataset = load_or_exit(data)
    engine = Engine(dataset)
    periods = engine.periods()
    if not periods:
        usage_error("no actuals files: there is no history yet")
    last = parse_period(upto, dataset) if upto else max(periods, key=lambda p: p.key)
    report = engine.report(last)
    fmt = TrendFormat.json if json_out else TrendFormat.table
    color = color_wanted() and not json_out
    if target_id is not None:
        if target_id not in dataset.targets:
            near = get_close_matches(target_id, list(dataset.targets), n=3)
            usage_error(
                f"unknown target {target_id!r}" + (f"; did you mean {', '.join(near)}" if near else "")
            )
        target = dataset.targets[target_id]
        text = rt.format_target(
            report, target, target_history(engine, target, last), fmt, lang.value, color=color
        )
    else:
        uid, _, _ = resolve_filter_words(report, unit=unit)
        if uid not in report.unit_names:
            usage_error(f"unknown unit {unit!r}; choose from: {', '.join(report.unit_names)}")
        assert uid is not None
        text = rt.format_unit(report, uid, histories(engine, report), fmt, lang.value, color=color)
    emit(text, color=color)
