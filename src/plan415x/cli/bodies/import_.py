"""The body of ``import``: filled templates read, checked cell by cell and merged into
actuals/, each workbook whole or not at all, with a receipt (回执) per unit for several."""

from dataclasses import replace
from pathlib import Path

import typer

from plan415x.cli.bodies.common import in_language, language, load_or_exit
from plan415x.cli.shared import EXIT_INVALID, EXIT_OUTPUT, echo, usage_error
from plan415x.excel import importer
from plan415x.excel.container import OTHER_FORMATS
from plan415x.excel.outcome import Outcome
from plan415x.i18n import say
from plan415x.options import Lang
from plan415x.problems import said
from plan415x.safetext import terminal_text
from plan415x.values import Plausibility


def workbooks(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The workbooks named, and the folders skipped: files as given; a folder's spreadsheets in
    name order (hidden files and Excel's ``~$`` lock files left out), those import does not read
    (.et, .xls, .xlsm, ...) among them, so each is refused by name with what to do rather than
    skipped unseen; the folders inside a folder are not read, and are returned to be named. A
    path that is neither a file nor a folder is a usage error."""
    out: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(f for f in path.iterdir() if not f.name.startswith((".", "~$")))
            out += [f for f in inside if f.is_file() and f.suffix.lower() in SPREADSHEETS]
            skipped += [f for f in inside if f.is_dir()]
        elif path.is_file():
            out.append(path)
        else:
            usage_error(f"no such file: {path}")
    if not out:
        usage_error("no workbook (.xlsx) to import in " + ", ".join(str(p) for p in paths))
    return out, skipped


SPREADSHEETS = frozenset({".xlsx", *OTHER_FORMATS})


def skipped_note(folder: Path, lang: Lang) -> str:
    return say(said("import-skipped-folder", folder=str(folder)), lang.value)


def accepts(specs: list[str]) -> tuple[tuple[str, str | None], ...]:
    """``--accept CODE`` or ``CODE@TARGET``, each code a plausibility warning's (else a usage
    error naming them)."""
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


def receipt(shown: str, outcome: Outcome) -> list[str]:
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


def in_chinese(outcome: Outcome) -> Outcome:
    """What an import did, its problems and warnings (the cells' messages) in Chinese; its lines
    are said in the language they are printed in (``Outcome.lines``)."""
    return replace(
        outcome,
        problems=in_language(outcome.problems, Lang.zh),
        warnings=in_language(outcome.warnings, Lang.zh),
    )


def run(
    *,
    files: list[Path],
    data: Path,
    force: bool,
    dry_run: bool,
    strict: bool,
    accept: list[str] | None,
    lang: Lang | None,
) -> None:
    chosen, skipped = workbooks(files)
    accepted = accepts(accept or [])
    worst = 0
    said = lang or Lang.en  # then each workbook's, from the plan it is read against
    if skipped:
        said = language(lang, data, load_or_exit(data, lang))
        for folder in skipped:
            echo(skipped_note(folder, said), err=True)
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
