"""Collecting the figures: template (a workbook per unit to fill in) and import (a filled one
back into actuals/). openpyxl is imported inside the commands only.

Exit codes as everywhere (README.md); writing a file follows cli/files.py: 2 for an output that
exists or lies in the data folder, 4 for one that cannot be written.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan415x.cli.files import ForceOpt, OutputOpt, check_output, write_or_exit
from plan415x.cli.shared import (
    DEFAULT_DATA,
    EXIT_INVALID,
    EXIT_OUTPUT,
    DataOpt,
    PeriodArg,
    PlanLangOpt,
    app,
    echo,
    in_language,
    language,
    load_or_exit,
    parse_period,
    usage_error,
)
from plan415x.options import Lang
from plan415x.safetext import terminal_text

if TYPE_CHECKING:
    from plan415x.excel.outcome import Outcome


@app.command()
def template(
    period: PeriodArg,
    output: OutputOpt = None,
    data: DataOpt = DEFAULT_DATA,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help="Only this lead unit's sheet (its id or its name).", show_default=False),
    ] = None,
    force: ForceOpt = False,
) -> None:
    """A data-entry workbook for the figures due in PERIOD: one sheet per lead unit."""
    if output is None:
        usage_error("give the workbook to write with -o FILE.xlsx")
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    check_output(output, data, force=force)
    from plan415x.cli.reporting import unit_id

    unit = unit_id(dataset.plan, unit)
    from plan415x.excel import template as xt

    made = xt.build(dataset, when, unit=unit)
    if not made.rows:
        usage_error(f"no target is due in {when}" + (f" with lead unit {unit!r}" if unit else ""))
    write_or_exit(output, made.to_bytes(), force=force)
    echo(f"wrote {output}: {made.rows} rows to fill in on {len(made.sheets)} sheet(s) for {when}")


def workbooks(paths: list[Path]) -> list[Path]:
    """The workbooks named: files as given, a folder's ``*.xlsx`` in name order (hidden files
    and Excel's ``~$`` lock files left out); a path that is neither is a usage error."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(
                f
                for f in path.iterdir()
                if f.suffix.lower() == ".xlsx" and f.is_file() and not f.name.startswith((".", "~$"))
            )
        elif path.is_file():
            out.append(path)
        else:
            usage_error(f"no such file: {path}")
    if not out:
        usage_error("no workbook (.xlsx) to import in " + ", ".join(str(p) for p in paths))
    return out


def accepts(specs: list[str]) -> tuple[tuple[str, str | None], ...]:
    """``--accept CODE`` or ``CODE@TARGET``, each code a plausibility warning's (else a usage
    error naming them)."""
    from plan415x.values import Plausibility

    codes = [p.value for p in Plausibility]
    out: list[tuple[str, str | None]] = []
    for spec in specs:
        code, at, target = spec.partition("@")
        if code not in codes:
            usage_error(f"--accept {spec}: {code!r} is not a warning's code; one of: {', '.join(codes)}")
        if at and not target:
            usage_error(f"--accept {spec}: give the target after @, or no @")
        out.append((code, target if at else None))
    return tuple(dict.fromkeys(out))


WHAT_ZH = {"added": "新增", "unchanged": "未变", "replaced": "替换"}


def receipt(shown: str, outcome: "Outcome") -> list[str]:
    """回执: per sheet (one unit each), what was added, unchanged, replaced, and the cells refused."""
    sheets: dict[str, list[tuple[str, str]]] = {}
    refused: dict[str, list[str]] = {}
    warned: dict[str, list[str]] = {}
    for warning in outcome.warnings:
        where = warning.location()
        sheet = where.split(":", 1)[1].split("!", 1)[0].strip("'") if "!" in where else ""
        warned.setdefault(sheet, []).append(f"{where}: {warning.message} ({warning.code})")
    for sheet, target, what in outcome.taken:
        sheets.setdefault(sheet, []).append((target, what))
    for problem in outcome.problems:
        where = problem.location()
        sheet = where.split(":", 1)[1].split("!", 1)[0].strip("'") if "!" in where else ""
        refused.setdefault(sheet, []).append(f"{where}: {problem.message} ({problem.code})")
    lines: list[str] = []
    for sheet in [*sheets, *(s for s in refused if s not in sheets)]:
        taken = sheets.get(sheet, [])
        counts = " · ".join(f"{WHAT_ZH[w]} {sum(x == w for _, x in taken)} 项" for w in WHAT_ZH)
        bad = refused.get(sheet, [])
        doubt = warned.get(sheet, [])
        state = "未写入(本文件有单元格被退回,全部不导入)" if outcome.problems else "已导入"
        checks = f" · 警示 {len(doubt)} 格" if doubt else ""
        lines.append(f"回执 · {sheet or shown} ({shown}): {counts} · 退回 {len(bad)} 格{checks} · {state}")
        lines += [f"  {WHAT_ZH[w]}: {target}" for target, w in taken if w != "unchanged"]
        lines += [f"  退回 {line}" for line in bad]
        lines += [f"  警示 {line}" for line in doubt]
    return lines


def in_chinese(outcome: "Outcome") -> "Outcome":
    """What an import did, its problems and warnings (the cells' messages) in Chinese; its lines
    are said in the language they are printed in (``Outcome.lines``)."""
    from dataclasses import replace

    return replace(
        outcome,
        problems=in_language(outcome.problems, Lang.zh),
        warnings=in_language(outcome.warnings, Lang.zh),
    )


@app.command(name="import")
def import_(
    files: Annotated[
        list[Path],
        typer.Argument(help="Filled templates (.xlsx), or folders of them.", show_default=False),
    ],
    data: DataOpt = DEFAULT_DATA,
    force: Annotated[
        bool, typer.Option("--force", help="Replace conflicting figures already in the data.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Refuse a workbook whose figures draw plausibility warnings."),
    ] = False,
    accept: Annotated[
        list[str] | None,
        typer.Option(
            "--accept",
            help="A plausibility warning checked and found right, by code (CODE, or CODE@TARGET for"
            " one target): recorded on its record as checked, never warned again. Repeatable.",
            show_default=False,
        ),
    ] = None,
    lang: PlanLangOpt = None,
) -> None:
    """Import filled templates into data/actuals/<PERIOD>.yaml, after validating every cell.

    Each workbook stands alone: it is taken whole or not at all, the next is read against the
    data as the previous left it, and a receipt (回执) per unit says what each gave. Exit 1 if
    any workbook was refused, 4 if any could not be written (the others are taken)."""
    from plan415x.excel import importer

    chosen = workbooks(files)
    accepted = accepts(accept or [])
    worst = 0
    said = lang or Lang.en  # then each workbook's, from the plan it is read against
    for file in chosen:
        dataset = load_or_exit(data, lang)
        said = language(lang, data, dataset)
        for _, target in accepted:
            if target is not None and target not in dataset.targets:
                usage_error(f"--accept: no target {target!r} in the plan")
        outcome = importer.run(
            file, dataset, force=force, dry_run=dry_run, strict=strict, lang=said.value, accept=accepted
        )
        if said is Lang.zh:
            outcome = in_chinese(outcome)
        for line in outcome.lines(said.value):
            echo(line)
        for warning in outcome.warnings:
            echo(
                terminal_text(f"{warning.location()}: [warning] {warning.message} ({warning.code})"), err=True
            )
        if outcome.problems:
            for problem in outcome.problems:
                echo(f"{problem.location()}: {problem.message} ({problem.code})", err=True)
            echo(outcome.refusal_in(said.value), err=True)
            worst = max(worst, EXIT_OUTPUT if outcome.cannot_write else EXIT_INVALID)
        if len(chosen) > 1:
            for line in receipt(str(file), outcome):
                echo(line)
    if len(chosen) > 1:
        echo(importer.batch(len(chosen), refused=bool(worst), lang=said.value))
    if worst:
        raise typer.Exit(worst)
