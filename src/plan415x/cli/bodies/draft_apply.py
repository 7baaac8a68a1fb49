"""The body of ``draft --apply REVIEW.xlsx -o DIR``: the reviewed targets.yaml from a review
workbook filled in (``draft.review``), written whole or not at all; a bad cell is refused with
its Sheet!cell and exit 1, nothing written."""

from __future__ import annotations

from pathlib import Path

import typer

from plan415x.cli.bodies.common import usage_error
from plan415x.cli.bodies.draft import _refuse_output
from plan415x.cli.bodies.output import write_data_folder
from plan415x.cli.shared import EXIT_INVALID, echo
from plan415x.draft.review import Refused, read
from plan415x.draft.yamltext import targets_yaml
from plan415x.i18n import say
from plan415x.problems import said
from plan415x.schemas import schema_json
from plan415x.units import builtin

MAX_BYTES = 50 * 1024 * 1024
"""A review workbook of a few hundred rows is well under a megabyte."""
LANG = "en"
"""The language ``draft`` speaks (it has no --lang: its other lines are English)."""


def run(*, plan: Path | None, out: Path | None, compare: Path | None, review: Path, force: bool) -> None:
    if plan is not None or compare is not None:
        usage_error(said("review-apply-alone"))
    if out is None:
        usage_error(said("review-apply-needs-out"))
    present = _refuse_output(out, force=force)
    try:
        with open(review, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        usage_error(said("cli-cannot-read", path=str(review), reason=str(error.strerror or error)))
    try:
        reviewed = read(data)
    except Refused as refused:
        where = f"{review.name}:{refused.where}" if refused.where else review.name
        echo(f"{where}: {say(refused.what, LANG)}", err=True)
        echo(say(said("review-nothing-written", file=review.name), LANG), err=True)
        raise typer.Exit(EXIT_INVALID) from None
    proposed = reviewed.draft
    text = targets_yaml(
        proposed, reviewed.source, [m.id for m in builtin()], reviewed.ids, reviewed.confirmed
    )
    files = {
        "targets.yaml": text.encode(),
        "schemas/targets.schema.json": schema_json("targets").encode(),
        "schemas/actuals.schema.json": schema_json("actuals").encode(),
    }
    write_data_folder(out, files, present=present)
    confirmed = sum(reviewed.confirmed)
    echo(
        say(
            said(
                "review-applied",
                count=str(len(proposed.targets)),
                confirmed=str(confirmed),
                file=review.name,
                path=f"{out}/targets.yaml",
            ),
            LANG,
        )
    )
    echo("next:")
    echo(f"  plan415x validate --data {out}")
