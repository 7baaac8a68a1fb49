"""The body of ``publish``: the period's judgements and ranking, as ``check`` and ``rank`` show
them, recorded in the data folder (``views.published``), never over an earlier record."""

from pathlib import Path

import typer

from plan415x.cli.bodies.common import (
    error_line,
    language,
    parse_period,
    published_records,
    require_data_dir,
    show_problems,
    today,
    usage_error,
)
from plan415x.cli.shared import EXIT_INVALID, EXIT_OUTPUT, EXIT_USAGE, echo
from plan415x.engine import Engine
from plan415x.fsutil import atomic_write, locked
from plan415x.i18n import say
from plan415x.loading import PUBLISHED_DIR, load_dataset
from plan415x.options import Lang
from plan415x.plausibility import findings, located
from plan415x.problems import said
from plan415x.values import Plausibility
from plan415x.views.published import PublishedError, dumps, path_of, read, record
from plan415x.views.rank import ranking


def run(*, period: str, data: Path, force: bool, accept: list[str] | None, lang: Lang | None) -> None:
    require_data_dir(data)
    codes = {c.value for c in Plausibility}
    for code in accept or ():
        if code not in codes:
            usage_error(said("cli-publish-accept", code=code, codes=", ".join(sorted(codes))))
    dataset, problems = load_dataset(data, lean=True)
    chosen = language(lang, data, dataset).value
    if dataset is None or problems:
        show_problems(problems, Lang(chosen))
        echo(say(said("publish-invalid", period=period.strip()), chosen), err=True)
        raise typer.Exit(EXIT_INVALID)
    when = parse_period(period, dataset)
    if not any(a.period.key == when.key for a in dataset.actuals):
        echo(say(said("publish-no-file", period=str(when)), chosen), err=True)
        raise typer.Exit(EXIT_USAGE)
    # A figure that draws a warning is published only once someone has checked it: what is
    # published stays, and a unit typed in by mistake must not.
    warned = findings(dataset, lambda entry, _record: entry.period.key == when.key)
    accepted = [f for f in warned if f.code.value in (accept or ())]
    warned = [f for f in warned if f.code.value not in (accept or ())]
    if warned:
        show_problems(located(dataset, warned, lang=chosen), Lang(chosen))
        echo(say(said("publish-warned", period=str(when), count=str(len(warned))), chosen), err=True)
        raise typer.Exit(EXIT_INVALID)
    engine = Engine(dataset)
    report = engine.report(when)
    with published_records():
        ranked = ranking(engine, report)
    date = today().isoformat()
    doc = record(report, ranked, date=date)
    # Where the data folder lies is no part of what was published: the file by its name.
    doc["accepted"] = [
        {"code": code, "file": f"actuals/{name}", "target": target}
        for code, name, target in sorted(
            {(f.code.value, f.entry.doc.path.name, f.target.id) for f in accepted}
        )
    ]
    body = dumps(doc)
    folder = data / PUBLISHED_DIR
    path = path_of(data, when)
    shown = f"{PUBLISHED_DIR}/{path.name}"
    try:
        folder.mkdir(exist_ok=True)
        with locked(folder):
            if path.exists() or path.is_symlink():
                try:
                    earlier = read(data, when)
                except PublishedError:
                    earlier = None  # kept all the same, byte for byte
                was = earlier.date if earlier is not None else "?"
                if not force:
                    echo(
                        say(said("publish-exists", period=str(when), date=was, path=shown), chosen), err=True
                    )
                    raise typer.Exit(EXIT_USAGE)
                kept = _keep(path)
                echo(
                    say(said("publish-kept", date=was, path=f"{PUBLISHED_DIR}/{kept.name}"), chosen), err=True
                )
            atomic_write(path, body, force=force)
    except OSError as error:
        error_line(said("cli-cannot-write", path=shown, reason=str(error.strerror or error)))
        raise typer.Exit(EXIT_OUTPUT) from None
    places = sum(u.rank is not None for u in ranked.units)
    echo(
        say(
            said(
                "publish-wrote",
                period=str(when),
                date=date,
                judgements=str(len(report.results)),
                ranked=str(places),
                path=shown,
            ),
            chosen,
        )
    )


def _keep(path: Path) -> Path:
    """The earlier record copied to the first free ``<PERIOD>.<n>.json`` (never over another)
    before the new one replaces it: a publication is never lost."""
    data = path.read_bytes()
    n = 1
    while True:
        kept = path.with_name(f"{path.stem}.{n}.json")
        try:
            atomic_write(kept, data, force=False)
            return kept
        except FileExistsError:
            n += 1
