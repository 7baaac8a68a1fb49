"""One target's judgement, every input and step: explain; or, with --score, every point of a
unit's annual score."""

from typing import Annotated

import typer

from plan415x.cli.shared import (
    DEFAULT_DATA,
    DataOpt,
    PeriodArg,
    PlanLangOpt,
    app,
    emit,
    language,
    load_or_exit,
    parse_period,
    usage_error,
)


@app.command()
def explain(
    target_id: Annotated[
        str,
        typer.Argument(
            help="A target id (see plan415x targets); with --score, a unit id.", show_default=False
        ),
    ],
    period: PeriodArg,
    data: DataOpt = DEFAULT_DATA,
    score: Annotated[
        bool,
        typer.Option(
            "--score",
            help="Explain the annual score of a unit instead: explain --score UNIT YEAR shows every"
            " point with its rule and the figures it came from.",
        ),
    ] = False,
    lang: PlanLangOpt = None,
    provisional: Annotated[
        bool,
        typer.Option(
            "--provisional",
            help="With --score: explain the provisional score of a year not over, or whose"
            " year-end figures are not in (as score --provisional).",
        ),
    ] = False,
) -> None:
    """Every input and each step of the formula for one target, ending in its status."""
    if provisional and not score:
        usage_error("--provisional goes with --score: explain --score UNIT YEAR --provisional")
    if score:
        from plan415x.cli.score import scored_or_exit
        from plan415x.reports.explain import format_score_explain

        engine, scored = scored_or_exit(data, period, target_id, lang, provisional=provisional)
        if not scored.units:
            usage_error(f"unit {target_id!r} is scored on no target in {period}")
        emit(format_score_explain(scored, scored.units[0], language(lang, data, engine.dataset).value))
        return
    from plan415x.engine import Engine, applies
    from plan415x.reports.explain import format_explain

    dataset = load_or_exit(data, lang)
    when = parse_period(period, dataset)
    target = dataset.targets.get(target_id)
    if target is None:
        import difflib

        close = difflib.get_close_matches(target_id, list(dataset.targets), n=3)
        usage_error(
            f"unknown target {target_id!r}" + (f"; did you mean {', '.join(close)}?" if close else "")
        )
    engine = Engine(dataset)
    result = engine.result(target, when, engine.previous_period(when)) if applies(target, when) else None
    emit(format_explain(engine, target, when, result, language(lang, data, dataset).value))
