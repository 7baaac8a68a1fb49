"""Figures read from a workbook merged into ``actuals/<PERIOD>.yaml``, under a lock.

New figures are added, identical ones kept, different ones refused unless ``--force``; the
whole data folder is validated with the merged file in place (a year-to-date figure lower than
an earlier period's is caught), and only then is the file written, atomically. The rest of the
file, comments included, is edited in place (the text: ``writing``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from plan415x import yamlfile
from plan415x.excel.outcome import Line, Outcome, problem, refused
from plan415x.excel.reading import figure_cell, one_line
from plan415x.excel.sheetrows import Read
from plan415x.excel.writing import Plan, _edited_file, _new_file
from plan415x.fsutil import LockTimeoutError, atomic_write, locked
from plan415x.i18n import shown
from plan415x.i18n.phrases import os_reason, plural
from plan415x.loading import ACTUALS_DIR, Dataset, actuals_paths, display_path, load_actuals, load_dataset
from plan415x.periods import Period
from plan415x.plausibility import findings, message
from plan415x.problems import Arg, Problem, Said, said
from plan415x.values import Kind, Plausibility, Record, Target


def figure(record: Record, target: Target) -> Arg:
    """A record's figure as a sentence quotes it: its state, components or value and unit, and
    its reference said in the sentence's language."""
    if record.state is not None:
        return record.state.value
    if record.components is not None:
        return ", ".join(f"{k} {v:g}" for k, v in record.components.items())
    text = "" if record.value is None else f"{record.value:g} {record.unit or target.unit or ''}".strip()
    if record.reference is not None:
        return said("import-figure-reference", figure=text, reference=f"{record.reference:g}")
    return text


def describe(record: Record, target: Target) -> str:
    """The figure in a line of changes (``  + land: 150 亩``), the data's own words."""
    return shown(figure(record, target))


def same_figure(old: Record, new: Record, target: Target, dataset: Dataset) -> bool:
    """True when two records say the same thing about the figure (notes and sources aside)."""

    def close(a: float | None, b: float | None) -> bool:
        if a is None or b is None:
            return a is b
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)

    if target.kind is Kind.milestone:
        return old.state == new.state
    if target.kind is Kind.composite:
        a, b = old.components or {}, new.components or {}
        return a.keys() == b.keys() and all(close(a[k], b[k]) for k in a)
    if not close(old.reference, new.reference):
        return False
    if old.value is None or new.value is None or target.unit is None or target.kind is Kind.relative:
        return close(old.value, new.value) and (old.unit or target.unit) == (new.unit or target.unit)
    convert = dataset.measures.convert
    return close(
        convert(old.value, old.unit or target.unit, target.unit),
        convert(new.value, new.unit or target.unit, target.unit),
    )


def _words_kept(old: Record, new: Record) -> bool:
    """The unit's words (``reason``, ``next_steps``) need no rewrite: none sent (a workbook
    without them leaves the words on file as they are), or the same as on file."""
    words = (new.reason, new.next_steps)
    return words in ((None, None), (old.reason, old.next_steps))


Accept = tuple[str, str | None]
"""``--accept CODE`` or ``CODE@TARGET``: a plausibility warning's code, and the one target it
is accepted for (None: every target of the workbook)."""


def merge(
    file: Path,
    dataset: Dataset,
    read: Read,
    *,
    force: bool,
    dry_run: bool,
    strict: bool = False,
    lang: str = "en",
    accept: tuple[Accept, ...] = (),
) -> Outcome:
    assert read.period is not None
    period = read.period
    folder = dataset.root / ACTUALS_DIR
    same = [p for p in actuals_paths(dataset.root) if _period_key(p) == period.key]
    path = same[0] if same else folder / f"{period}.yaml"
    if dry_run:
        return _merge_locked(
            file, dataset, read, path, force=force, dry_run=True, strict=strict, lang=lang, accept=accept
        )
    shown_folder = display_path(folder)
    if folder.exists() and not folder.is_dir():
        return _cannot_write(
            shown_folder, said("import-not-a-folder", path=display_path(path), folder=shown_folder), file
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with locked(folder):
            return _merge_locked(
                file, dataset, read, path, force=force, dry_run=False, strict=strict, lang=lang, accept=accept
            )
    except OSError as error:  # the folder cannot be made, or locked (nothing was written)
        why: Said
        if isinstance(error, LockTimeoutError):
            why = said("import-refused-value", refusal=error.said or str(error))
        elif folder.is_dir():
            why = said("import-cannot-lock", reason=os_reason(error))
        else:
            why = said("import-cannot-create", reason=os_reason(error))
        return _cannot_write(shown_folder, why, file)


def _cannot_write(where: str, why: Said, file: Path) -> Outcome:
    out = refused([problem(where, "io-error", why)], display_path(file))
    out.cannot_write = True
    return out


def _period_key(path: Path) -> tuple[int, int] | None:
    try:
        return Period.parse(path.stem).key
    except ValueError:
        return None


def _merge_locked(
    file: Path,
    dataset: Dataset,
    read: Read,
    path: Path,
    *,
    force: bool,
    dry_run: bool,
    strict: bool = False,
    lang: str = "en",
    accept: tuple[Accept, ...] = (),
) -> Outcome:
    assert read.period is not None
    period = read.period
    shown_file = display_path(file)
    shown_path = display_path(path)
    today = dt.date.today().isoformat()
    existing_text: str | None = None
    raw: dict[str, Any] | None = None
    old_records: list[Record] = []
    illustrative = False
    if path.exists():
        entry, problems = load_actuals(path)
        if problems or entry is None:
            return refused(problems, shown_path)
        existing_text = entry.doc.text
        raw = dict(entry.doc.data)
        old_records = list(entry.file.records)
        illustrative = entry.file.illustrative
    by_target = {r.target: i for i, r in enumerate(old_records)}
    plan = Plan()
    conflicts: list[Problem] = []
    for index, (entry_, record) in enumerate(zip(read.entries, read.records, strict=True)):
        old_index = by_target.get(record.target)
        if old_index is None:
            plan.added.append(index)
            continue
        old = old_records[old_index]
        same = same_figure(old, record, entry_.target, dataset)
        if same and _words_kept(old, record):
            plan.unchanged.append(index)
        elif force or same:  # the same figure with the unit's new words: they replace its old ones
            plan.replaced.append((index, old_index))
        else:
            told = said(
                "import-conflict",
                target=record.target,
                new=figure(record, entry_.target),
                file=shown_path,
                old=figure(old, entry_.target),
            )
            conflicts.append(problem(figure_cell(entry_), "conflict", told))
    if conflicts:
        out = refused(conflicts, shown_file)
        n = str(len(conflicts))
        figures = plural(len(conflicts), said("import-figures-one", count=n), said("import-figures", count=n))
        out.refused_as = said("import-conflicts", figures=figures, file=shown_file, actuals=shown_path)
        return out
    summary = _summary(plan)
    taken = sorted(
        [(i, "added") for i in plan.added]
        + [(i, "unchanged") for i in plan.unchanged]
        + [(i, "replaced") for i, _ in plan.replaced]
    )
    receipt = [(read.entries[i].sheet, read.records[i].target, what) for i, what in taken]
    changes = [
        f"  + {read.records[i].target}: {describe(read.records[i], read.entries[i].target)}"
        for i in plan.added
    ] + [
        f"  ~ {read.records[i].target}: {describe(old_records[j], read.entries[i].target)}"
        f" -> {describe(read.records[i], read.entries[i].target)}"
        for i, j in plan.replaced
    ]
    if not plan.added and not plan.replaced and not accept:
        return Outcome(
            messages=[said("import-nothing-new", file=shown_file, actuals=shown_path, summary=summary)],
            taken=receipt,
        )
    note = f"Imported from {one_line(file.name)} by plan415x import on {today}."

    def merged(read: Read) -> tuple[str, bool, list[Problem], list[Problem]]:
        if raw is None or existing_text is None:
            text = _new_file(period, [read.records[i] for i in plan.added], note)
            kept_comments = True
        else:
            text, kept_comments = _edited_file(existing_text, raw, read, plan, note)
        return (text, kept_comments, *_validate_merged(dataset, path, text, read, plan, lang))

    text, kept_comments, problems, warnings = merged(read)
    if problems:
        return refused(problems, shown_file)
    accepted: list[Line] = []
    if accept:
        read, accepted, took = _accepted(read, plan, old_records, by_target, warnings, accept, shown_file)
        if took:
            text, kept_comments, problems, warnings = merged(read)
            if problems:
                return refused(problems, shown_file)
        if not plan.added and not plan.replaced and not plan.checked:
            out = Outcome(
                messages=[said("import-nothing-new", file=shown_file, actuals=shown_path, summary=summary)],
                taken=receipt,
            )
            out.messages += accepted
            return out
    if strict and warnings:
        return refused([replace(w, level="error") for w in warnings], shown_file, strict=True)
    summary = _summary(plan, len(warnings))
    messages: list[Line] = []
    if dry_run:
        messages.append(
            said("import-dry-run-create", actuals=shown_path, file=shown_file, summary=summary)
            if existing_text is None
            else said("import-dry-run-update", actuals=shown_path, file=shown_file, summary=summary)
        )
        messages += changes
        messages += accepted
        diff = difflib.unified_diff(
            (existing_text or "").splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=shown_path if existing_text is not None else "/dev/null",
            tofile=shown_path,
        )
        messages.append("".join(diff).rstrip("\n"))
        return Outcome(messages=messages, taken=receipt, warnings=warnings)
    try:
        atomic_write(path, text.encode("utf-8"), force=existing_text is not None)
    except OSError as error:  # FileExistsError included: the file appeared meanwhile
        return _cannot_write(shown_path, said("import-cannot-write", reason=os_reason(error)), file)
    messages.append(said("import-done", file=shown_file, actuals=shown_path, summary=summary))
    messages += changes
    messages += accepted
    if plan.replaced:
        messages.append(said("import-replaced", count=str(len(plan.replaced)), actuals=shown_path))
    if not kept_comments:
        messages.append(said("import-note-rewritten", actuals=shown_path))
    if illustrative:
        messages.append(said("import-note-illustrative", actuals=shown_path))
    return Outcome(messages=messages, taken=receipt, warnings=warnings)


def _summary(plan: Plan, warned: int = 0) -> Said:
    """What a merge does to the figures, ``2 added, 1 unchanged, 0 replaced, 1 warning``."""
    added, unchanged, replaced = (str(len(x)) for x in (plan.added, plan.unchanged, plan.replaced))
    if not warned:
        return said("import-summary", added=added, unchanged=unchanged, replaced=replaced)
    n = str(warned)
    warnings = plural(warned, said("import-warnings-one", count=n), said("import-warnings", count=n))
    return said(
        "import-summary-warned", added=added, unchanged=unchanged, replaced=replaced, warnings=warnings
    )


def _validate_merged(
    dataset: Dataset, path: Path, text: str, read: Read, plan: Plan, lang: str = "en"
) -> tuple[list[Problem], list[Problem]]:
    """Every problem of the data folder with the merged file in place of the real one; when
    there is none, the plausibility warnings of the workbook's figures, at their cells."""
    others = [p for p in actuals_paths(dataset.root) if p.resolve() != path.resolve()]
    with tempfile.TemporaryDirectory(prefix="plan415x-import-") as tmp:
        stand_in = Path(tmp) / path.name
        stand_in.write_text(text, encoding="utf-8")
        merged, problems = load_dataset(dataset.root, [*others, stand_in])
        stand_in_shown = display_path(stand_in)
    if not problems:
        return [], _warnings(merged, stand_in_shown, read, lang)
    # Problems in the merged file point at the workbook's cell when the record came from it.
    changed = {read.records[i].target: i for i in plan.added}
    changed |= {read.records[i].target: i for i, _ in [*plan.replaced, *plan.checked]}
    parsed = yaml.load(text, Loader=yamlfile._BaseLoader) or {}
    index_of = {
        position: changed[item["target"]]
        for position, item in enumerate(parsed.get("records") or [])
        if isinstance(item, dict) and item.get("target") in changed
    }
    out: list[Problem] = []
    real = display_path(path)
    for p in problems:
        if stand_in_shown in p.message:
            message = p.message.replace(stand_in_shown, real)
            p = Problem(
                p.file, p.line, p.column, p.code, message, p.path, said=_renamed(p.said, stand_in_shown, real)
            )
        if p.file != stand_in_shown:
            out.append(p)
            continue
        match = re.match(r"records\[(\d+)\]", p.path)
        entry_index = index_of.get(int(match.group(1))) if match else None
        if entry_index is not None:
            where = figure_cell(read.entries[entry_index])
            out.append(Problem(where, 0, 0, p.code, p.message, p.path, said=p.said))
        else:
            # said kept: a message made as an id is rendered in the analyst's language
            out.append(Problem(display_path(path), p.line, p.column, p.code, p.message, p.path, said=p.said))
    return out, []


def _renamed(made: Said | None, old: str, new: str) -> Said | None:
    """``made`` with ``old`` (the stand-in file's name) replaced by ``new`` in its text, as in
    the English message: a problem re-made here keeps its Said, so it is still said in the
    analyst's language."""
    if made is None:
        return None
    args = {k: v.replace(old, new) if isinstance(v, str) else v for k, v in made.args.items()}
    return Said(made.id, args)


def _accepted(
    read: Read,
    plan: Plan,
    old_records: list[Record],
    by_target: dict[str, int],
    warnings: list[Problem],
    accept: tuple[Accept, ...],
    shown_file: str,
) -> tuple[Read, list[Line], bool]:
    """The workbook's records with the warnings accepted (``--accept``) in their ``checked``, so
    that later runs do not warn again; an unchanged figure's record in the file takes them (in
    ``plan.checked``). Also the lines saying what was accepted and which ``--accept`` matched
    no warning, and whether any was accepted."""
    target_at = {
        figure_cell(entry): record.target for entry, record in zip(read.entries, read.records, strict=True)
    }
    index_of = {record.target: i for i, record in enumerate(read.records)}
    codes: dict[int, list[str]] = {}
    used: set[Accept] = set()
    for warning in warnings:
        target = target_at.get(warning.file)
        for spec in accept:
            if target is not None and spec[0] == warning.code and spec[1] in (None, target):
                codes.setdefault(index_of[target], []).append(warning.code)
                used.add(spec)
    records = list(read.records)
    messages: list[Line] = []
    unchanged = set(plan.unchanged)
    for i, new in sorted(codes.items()):
        base = old_records[by_target[records[i].target]] if i in unchanged else records[i]
        checked = tuple(dict.fromkeys([*base.checked, *(Plausibility(c) for c in new)]))
        records[i] = base._replace(checked=checked)
        if i in unchanged:
            plan.checked.append((i, by_target[records[i].target]))
        listed = ", ".join(c.value for c in checked)
        messages.append(
            said("import-accepted", codes=", ".join(new), target=records[i].target, checked=listed)
        )
    for code, target in accept:
        if (code, target) not in used:
            given = code if target is None else f"{code}@{target}"
            messages.append(said("import-note-accept-unused", accept=given, file=shown_file))
    return replace(read, records=records), messages, bool(codes)


def _warnings(merged: Dataset | None, stand_in: str, read: Read, lang: str) -> list[Problem]:
    """The warnings of the records this workbook gives (added, unchanged or replaced), each at
    the cell of its figure."""
    if merged is None:
        return []
    cell = {
        record.target: figure_cell(entry) for entry, record in zip(read.entries, read.records, strict=True)
    }
    found = findings(merged, lambda entry, record: entry.doc.display == stand_in and record.target in cell)
    return [
        Problem(cell[f.target.id], 0, 0, f.code.value, message(f, lang), level="warning", said=f.said)
        for f in found
    ]
