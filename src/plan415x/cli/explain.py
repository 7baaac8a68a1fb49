"""One target's judgement, every input and step: explain; or, with --score, every point of a
unit's annual score."""

from typing import Annotated

import typer

from plan415x.cli.shared import DEFAULT_DATA, DataOpt, PeriodArg, PlanLangOpt, app


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
    if score:
        from plan415x.cli.bodies.explain_score import run as explain_score

        explain_score(unit=target_id, year=period, data=data, lang=lang, provisional=provisional)
        return
    from plan415x.cli.bodies.explain import run

    run(target_id=target_id, period=period, data=data, lang=lang, provisional=provisional)
