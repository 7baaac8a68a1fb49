"""The body of ``explain``: one target's judgement, every input and step; or, with ``--score``,
every point of a unit's annual score."""

import difflib
from pathlib import Path

from plan415x.cli.bodies.scored import scored_or_exit
from plan415x.cli.shared import emit, language, load_or_exit, parse_period, usage_error
from plan415x.engine import Engine, applies
from plan415x.options import Lang
from plan415x.reports.explain import format_explain, format_score_explain


def run(
    *, target_id: str, period: str, data: Path, score: bool, lang: Lang | None, provisional: bool
) -> None:
    if provisional and not score:
        usage_error("--provisional goes with --score: explain --score UNIT YEAR --provisional")
    if score:
        engine, scored = scored_or_exit(data, period, target_id, lang, provisional=provisional)
        if not scored.units:
            usage_error(f"unit {target_id!r} is scored on no target in {period}")
        emit(format_score_explain(scored, scored.units[0], language(lang, data, engine.dataset).value))
        return
    dataset = load_or_exit(data, lang)
    when = parse_period(period, dataset)
    target = dataset.targets.get(target_id)
    if target is None:
        close = difflib.get_close_matches(target_id, list(dataset.targets), n=3)
        usage_error(
            f"unknown target {target_id!r}" + (f"; did you mean {', '.join(close)}?" if close else "")
        )
    engine = Engine(dataset)
    result = engine.result(target, when, engine.previous_period(when)) if applies(target, when) else None
    emit(format_explain(engine, target, when, result, language(lang, data, dataset).value))
