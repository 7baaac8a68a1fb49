"""The body of ``import``: filled templates read, checked cell by cell and merged into
actuals/, each workbook whole or not at all, with a receipt (回执) per unit for several."""

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

import typer

from plan415x.cli.bodies.common import in_language, language, load_or_exit, tell, today, usage_error
from plan415x.cli.bodies.output import check_folder, write_folder
from plan415x.cli.shared import EXIT_INVALID, EXIT_OUTPUT, echo
from plan415x.excel import importer
from plan415x.excel.container import OTHER_FORMATS
from plan415x.excel.outcome import Outcome, place
from plan415x.fsutil import fitted_name
from plan415x.i18n import say
from plan415x.loading import Dataset
from plan415x.options import Lang
from plan415x.problems import said
from plan415x.reports.brief import to_markdown
from plan415x.reports.brief_docx import to_docx
from plan415x.reports.receipts import receipts as receipts_of
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
            usage_error(said("cli-no-such-file", path=str(path)))
    if not out:
        usage_error(said("cli-import-none", paths=", ".join(str(p) for p in paths)))
    return out, skipped


SPREADSHEETS = frozenset({".xlsx", *OTHER_FORMATS})


def skipped_note(folder: Path, lang: Lang) -> str:
    return say(said("import-skipped-folder", folder=str(folder)), lang.value)


def _no_target(target: str) -> NoReturn:
    # Apart from run, whose ``said`` is the language chosen.
    usage_error(said("cli-accept-no-target", target=repr(target)))


def _wrote(path: Path) -> None:
    tell(said("cli-wrote-and-md", path=str(path)))


def accepts(specs: list[str]) -> tuple[tuple[str, str | None], ...]:
    """``--accept CODE`` or ``CODE@TARGET``, each code a plausibility warning's (else a usage
    error naming them)."""
    codes = [p.value for p in Plausibility]
    out: list[tuple[str, str | None]] = []
    for spec in specs:
        code, at, target = spec.partition("@")
        if code not in codes:
            usage_error(said("cli-accept-code", spec=spec, code=repr(code), codes=", ".join(codes)))
        if at and not target:
            usage_error(said("cli-accept-at", spec=spec))
        out.append((code, target if at else None))
    return tuple(dict.fromkeys(out))


def received_dates(specs: list[str], chosen: list[Path]) -> dict[Path, tuple[dt.date, bool]]:
    """The date each workbook was received: ``--received DATE`` for the run, ``FILE=DATE`` for
    one workbook (by its name or its path as given), else today. A date after today, or one that
    is not a date, is a usage error: it would be stamped on every figure as fact. Each date with
    whether it was given (True) or is today's (False)."""
    now = today()
    run_date: dt.date | None = None
    per_file: dict[Path, dt.date] = {}
    for spec in specs:
        name, equals, text = spec.rpartition("=")
        try:
            date = dt.date.fromisoformat(text.strip())
        except ValueError:
            usage_error(said("cli-received-not-date", spec=spec, text=repr(text)))
        if date > now:
            usage_error(said("cli-received-future", spec=spec, date=str(date), today=str(now)))
        if not equals:
            if run_date is not None and run_date != date:
                usage_error(said("cli-received-twice", spec=spec, first=str(run_date), second=str(date)))
            run_date = date
            continue
        named = [f for f in chosen if name in (f.name, str(f)) or Path(name).resolve() == f.resolve()]
        if not named:
            usage_error(said("cli-received-no-workbook", spec=spec, name=repr(name)))
        for file in named:
            if per_file.get(file, date) != date:
                usage_error(
                    said(
                        "cli-received-two-dates",
                        spec=spec,
                        name=repr(name),
                        first=str(per_file[file]),
                        second=str(date),
                    )
                )
            per_file[file] = date
    given = run_date is not None
    return {f: (per_file[f], True) if f in per_file else (run_date or now, given) for f in chosen}


WHAT_ZH = {"added": "新增", "unchanged": "未变", "replaced": "替换"}


def receipt(shown: str, outcome: Outcome, received: dt.date | None = None) -> list[str]:
    """回执: per sheet (one unit each), the date the workbook was received, what was added,
    unchanged, replaced, and the cells refused."""
    sheets: dict[str, list[tuple[str, str]]] = {}
    refused: dict[str, list[str]] = {}
    warned: dict[str, list[str]] = {}
    for warning in outcome.warnings:
        warned.setdefault(place(warning)[0], []).append(
            f"{warning.location()}: {warning.message} ({warning.code})"
        )
    for sheet, target, what in outcome.taken:
        sheets.setdefault(sheet, []).append((target, what))
    for problem in [*outcome.problems, *outcome.left]:
        refused.setdefault(place(problem)[0], []).append(
            f"{problem.location()}: {problem.message} ({problem.code})"
        )
    lines: list[str] = []
    for sheet in [*sheets, *(s for s in refused if s not in sheets)]:
        taken = sheets.get(sheet, [])
        counts = " · ".join(f"{WHAT_ZH[w]} {sum(x == w for _, x in taken)} 项" for w in WHAT_ZH)
        bad = refused.get(sheet, [])
        doubt = warned.get(sheet, [])
        state = (
            "未写入(本文件有单元格被退回,全部不导入)"
            if outcome.problems
            else "部分导入(被退回的单元格未导入,其余已导入)"
            if bad
            else "已导入"
        )
        checks = f" · 警示 {len(doubt)} 格" if doubt else ""
        got = f" · 收到 {received.isoformat()}" if received is not None else ""
        lines.append(
            f"回执 · {sheet or shown} ({shown}){got}: {counts} · 退回 {len(bad)} 格{checks} · {state}"
        )
        lines += [f"  {WHAT_ZH[w]}: {target}" for target, w in taken if w != "unchanged"]
        lines += [f"  退回 {line}" for line in bad]
        lines += [f"  警示 {line}" for line in doubt]
    return lines


def receipt_files(
    folder: Path,
    made: list[tuple[str, bytes]],
    outcome: Outcome,
    dataset: Dataset,
    dry_run: bool,
    illustrative: bool,
) -> list[tuple[str, bytes]]:
    """The 回执 of one workbook's outcome (in Chinese) as files for ``folder``: .docx and .md per
    unit sheet, named 回执-2023Q2-ub-乙局; a name already in the folder or in ``made`` (a unit's
    second workbook of the batch) gets -2, -3: a receipt is never replaced."""
    out: list[tuple[str, bytes]] = []
    taken = {name for name, _ in made}
    units = {u.id: u.name_zh for u in dataset.plan.responsible_units}
    targets = {t.id: t.name_zh for t in dataset.plan.targets}
    illustrative = illustrative or dataset.illustrative
    for unit, name, brief in receipts_of(
        outcome,
        units=units,
        targets=targets,
        publishing=dataset.plan.publishing,
        today=today(),
        dry_run=dry_run,
        illustrative=illustrative,
        contact=dataset.plan.reporting.contact,
    ):
        stem = fitted_name(f"回执-{outcome.period}-{unit}", name, "")
        n, unique = 1, stem
        while any(f"{unique}{s}" in taken or (folder / f"{unique}{s}").exists() for s in (".docx", ".md")):
            n += 1
            unique = f"{stem}-{n}"
        out += [(f"{unique}.docx", to_docx(brief, "zh")), (f"{unique}.md", to_markdown(brief).encode())]
        taken.update(name for name, _ in out)
    return out


def in_chinese(outcome: Outcome) -> Outcome:
    """What an import did, its problems and warnings (the cells' messages) in Chinese; its lines
    are said in the language they are printed in (``Outcome.lines``)."""
    return replace(
        outcome,
        problems=in_language(outcome.problems, Lang.zh),
        left=in_language(outcome.left, Lang.zh),
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
    illustrative: bool = False,
    received: list[str] | None = None,
    receipts: Path | None = None,
    accept_valid: bool = False,
) -> None:
    chosen, skipped = workbooks(files)
    if receipts is not None:  # refused before anything is imported: no receipt would be written
        check_folder(receipts, [], data, force=False, option="--receipts")
    sent: list[tuple[str, bytes]] = []
    accepted = accepts(accept or [])
    dates = received_dates(received or [], chosen)
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
                _no_target(target)
        outcome = importer.run(
            file,
            dataset,
            force=force,
            dry_run=dry_run,
            strict=strict,
            lang=said.value,
            accept=accepted,
            received=dates[file][0],
            received_given=dates[file][1],
            illustrative=illustrative,
            accept_valid=accept_valid,
        )
        if said is Lang.zh:
            outcome = in_chinese(outcome)
        for line in outcome.lines(said.value):
            echo(line)
        for warning in outcome.warnings:
            echo(
                terminal_text(f"{warning.location()}: [warning] {warning.message} ({warning.code})"), err=True
            )
        for problem in outcome.left:  # --accept-valid: refused and left out, the rest taken
            echo(f"{problem.location()}: {problem.message} ({problem.code})", err=True)
        if outcome.left:
            worst = max(worst, EXIT_INVALID)
        if outcome.problems:
            for problem in outcome.problems:
                echo(f"{problem.location()}: {problem.message} ({problem.code})", err=True)
            echo(outcome.refusal_in(said.value), err=True)
            worst = max(worst, EXIT_OUTPUT if outcome.cannot_write else EXIT_INVALID)
        if len(chosen) > 1:
            for line in receipt(str(file), outcome, outcome.received):
                echo(line)
        if receipts is not None:
            sent += receipt_files(
                receipts,
                sent,
                outcome if said is Lang.zh else in_chinese(outcome),
                dataset,
                dry_run,
                illustrative,
            )
    if len(chosen) > 1:
        echo(importer.batch(len(chosen), refused=bool(worst), lang=said.value))
    if receipts is not None and sent:
        write_folder(receipts, sent, force=False, what="receipt")
        for name, _ in sent[::2]:
            _wrote(receipts / name)
    if worst:
        raise typer.Exit(worst)
