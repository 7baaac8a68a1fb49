"""The body of ``trend``: the history of a target, or of every target a unit leads."""

from difflib import get_close_matches
from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period, usage_error
from plan415x.cli.shared import color_wanted, emit
from plan415x.engine import Engine
from plan415x.options import Lang, TrendFormat
from plan415x.problems import said
from plan415x.reports import trend as rt
from plan415x.views.filters import resolve_filter_words
from plan415x.views.history import histories, target_history


def run(
    *, target_id: str | None, unit: str | None, upto: str | None, data: Path, json_out: bool, lang: Lang
) -> None:
    if (target_id is None) == (unit is None):
        usage_error(said("cli-trend-one-of"))
    dataset = load_or_exit(data)
    engine = Engine(dataset)
    periods = engine.periods()
    if not periods:
        usage_error(said("cli-trend-no-history"))
    last = parse_period(upto, dataset) if upto else max(periods, key=lambda p: p.key)
    report = engine.report(last)
    fmt = TrendFormat.json if json_out else TrendFormat.table
    color = color_wanted() and not json_out
    if target_id is not None:
        if target_id not in dataset.targets:
            near = get_close_matches(target_id, list(dataset.targets), n=3)
            if near:
                usage_error(said("cli-unknown-target-near", target=repr(target_id), near=", ".join(near)))
            usage_error(said("cli-unknown-target", target=repr(target_id)))
        target = dataset.targets[target_id]
        text = rt.format_target(
            report, target, target_history(engine, target, last), fmt, lang.value, color=color
        )
    else:
        uid, _, _ = resolve_filter_words(report, unit=unit)
        if uid not in report.unit_names:
            usage_error(said("cli-unknown-unit", unit=repr(unit), choices=", ".join(report.unit_names)))
        assert uid is not None
        text = rt.format_unit(report, uid, histories(engine, report), fmt, lang.value, color=color)
    emit(text, color=color)
