"""The cells of a filled template, read and checked: entries for the merge, or located problems.

Read-only, formulas refused and never evaluated; the hidden sheet says which plan and period
the workbook is for; every cell of every row is checked and every problem reported, as
``FILE:Sheet!C7: message (code)`` (a Problem's ``file`` holds ``FILE:Sheet!C7``, its line 0).
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import math
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from plan415x.engine import applies
from plan415x.excel import cells as xc
from plan415x.excel import template as xt
from plan415x.loading import Dataset
from plan415x.model import Record, Source, record_values
from plan415x.periods import Period
from plan415x.problems import Problem
from plan415x.safetext import shown
from plan415x.values import MAX_MAGNITUDE, Kind, Target
from plan415x.values import Record as RecordValue

MAX_ROWS = 5_000
MAX_TEXT = 2_000
# What openpyxl and the XML parsers raise on a damaged or hostile workbook (defusedxml's
# refusals are ValueErrors, XML syntax errors SyntaxErrors): all of it means "unreadable".
UNREADABLE = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    SyntaxError,
    OSError,
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
)
_PLAIN_SHEET = re.compile(r"^[\w.]+$")
# A unit sheet's title (A1) as the template writes it: "… (2023Q3) · 牵头单位: 乙局".
_TITLE = re.compile(r"\(([^()\s]+)\) · 牵头单位: (.*)\Z", re.DOTALL)
_FULLWIDTH = re.compile(r"[\uff10-\uff19\uff0c\uff0e]")


@dataclass
class Entry:
    """One target's figures as read from one row (or a composite's component rows)."""

    target: Target
    sheet: str
    unit_id: str
    row: int
    fields: dict[str, Any] = field(default_factory=dict)
    components: dict[str, float] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)
    """Where each figure came from: ``value`` -> ``FILE:Sheet!I7``."""
    filled: bool = False


@dataclass
class Read:
    problems: list[Problem] = field(default_factory=list)
    period: Period | None = None
    entries: list[Entry] = field(default_factory=list)
    records: list[RecordValue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What was not read and why (sheets that are not the template's and hold no target rows)."""
    streams: list[Generator[Any, None, None]] = field(default_factory=list, repr=False)
    sheet_rows: dict[str, int] = field(default_factory=dict)
    """The row of each sheet's line in the hidden sheet (for a problem's place)."""
    """Sheets being read: each holds a part of the zip open until it is closed."""


def _sheet_ref(title: str) -> str:
    return title if _PLAIN_SHEET.match(title) else "'" + title.replace("'", "''") + "'"


def _col(key: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(xt.COL[key])


def read_workbook(path: Path, shown: str, dataset: Dataset) -> Read:
    # openpyxl reports what it drops or cannot make sense of (a broken relationship, an unknown
    # extension) with warnings.warn, which Python prints to stderr with openpyxl's own file and
    # line: noise that looks like a crash. None of it bears on the figures (a part that matters
    # and is broken fails with an exception, reported as a problem), so it is not shown.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_workbook(path, shown, dataset)


def _read_workbook(path: Path, shown: str, dataset: Dataset) -> Read:
    import openpyxl

    out = Read()
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except UNREADABLE as error:
        out.problems.append(
            Problem(shown, 0, 0, "corrupt-xlsx", f"the workbook cannot be read ({_why(error)})")
        )
        return out
    try:
        sheets = _read_meta(wb, shown, dataset, out)
        if sheets is None or out.period is None:
            return out
        seen: dict[tuple[str, str], str] = {}
        # XML turns CR LF and CR into LF in the hidden sheet's cells but not in a sheet's name
        # (written as &#13;&#10;): templates made before titles were cleaned differ so.
        by_key = {_line_ends(t): t for t in wb.sheetnames}
        read: set[str] = set()
        missing: list[str] = []
        for title, unit_id in sheets:
            actual = title if title in wb.sheetnames else by_key.get(_line_ends(title))
            if actual is None:
                missing.append(title)
                unit = f" (unit {unit_id})" if unit_id else ""
                out.problems.append(
                    Problem(
                        shown,
                        0,
                        0,
                        "missing-sheet",
                        f"the template's sheet {title!r}{unit} is missing: it was renamed or deleted;"
                        " give it back its name, or fill in a fresh template",
                    )
                )
                continue
            if actual in read:
                continue
            read.add(actual)
            _read_sheet(wb[actual], actual, unit_id, shown, dataset, out, seen)
        for title in wb.sheetnames:
            if title not in read and title not in (xt.META_SHEET, xt.NOTES_SHEET):
                _other_sheet(wb[title], title, shown, dataset, out, missing)
    except UNREADABLE as error:  # the XML of a sheet is parsed only now (read-only mode)
        out.problems.append(
            Problem(shown, 0, 0, "corrupt-xlsx", f"the workbook cannot be read ({_why(error)})")
        )
    finally:
        # A sheet left part-read (a refusal returns early) would keep its part of the zip open
        # until collected, and the file with it: a ResourceWarning on the user's terminal.
        for rows in out.streams:
            rows.close()
        wb.close()
    if not out.problems:
        out.entries = _with_restatements(out.entries, dataset, out.period)
        out.records = _records(out, path)
    return out


def _with_restatements(entries: list[Entry], dataset: Dataset, period: Period | None) -> list[Entry]:
    """The entries, each followed by the same figure for every restatement that asks for it
    (``restatements.sharing``: the template lists the figure once, on the restated target's
    row of the same unit's sheet), at the same cells; a restatement with a row of its own (a
    template made before, or another lead unit's sheet) keeps what its row says."""
    from plan415x.restatements import sharing

    shared = sharing(dataset.plan.targets)
    if not shared or period is None:
        return entries
    given = {e.target.id for e in entries}
    out: list[Entry] = []
    for entry in entries:
        out.append(entry)
        for restating in shared.get(entry.target.id, ()):
            same_sheet = restating.lead_unit == entry.target.lead_unit
            if same_sheet and restating.id not in given and applies(restating, period):
                out.append(replace(entry, target=restating))
    return out


def _records(out: Read, path: Path) -> list[RecordValue]:
    """The entries as records; what the model refuses (a figure over 1e15, a control character
    in a source) is a problem at the entry's cell, never an exception."""
    from pydantic import ValidationError

    records: list[RecordValue] = []
    for entry in out.entries:
        try:
            # Validated by the model, as a file's record is, and kept as the value it gives.
            records.append(record_values(_record(entry, path)))
        except ValidationError as error:
            for item in error.errors():
                loc = [str(part) for part in item["loc"]]
                key = ".".join(loc[:2]) if loc[:1] == ["components"] else (loc[0] if loc else "")
                key = {"document": "source"}.get(key, key)  # a Source's own refusal
                where = entry.cells.get(key) or figure_cell(entry)
                message = str(item["msg"]).removeprefix("Value error, ")
                out.problems.append(Problem(where, 0, 0, "invalid-value", message))
    return records


def _line_ends(title: str) -> str:
    return title.replace("\r\n", "\n").replace("\r", "\n")


def _stream(
    ws: Any, first: int, columns: int, merged: list[str] | None = None
) -> Generator[tuple[int, Any], None, None]:
    """(row number, cells of columns 1..``columns``) of each row from ``first`` that the sheet's
    XML holds, in order; ``merged`` gets the sheet's merged ranges once every row is read.

    Not ``iter_rows``: in read-only mode it makes up an empty row for every row the XML skips
    (one cell at row 1,048,576 cost a million rows, 13 s, before the row limit was met) and it
    stops at the row the sheet's ``<dimension>`` names, which the file may get wrong (rows
    below it would be dropped unseen). openpyxl is pinned to 3.1, whose reader this uses.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    book = ws.parent
    with ws._get_source() as source:
        parser = WorkSheetParser(
            source,
            ws._shared_strings,
            data_only=book.data_only,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, row in parser.parse():
            if number >= first:
                yield number, row
        if merged is not None and parser.merged_cells is not None:
            merged += [str(m.ref) for m in parser.merged_cells.mergeCell]


def _cells(ws: Any, row: Any, columns: int) -> Any:
    """The row's cells 1..``columns`` (openpyxl's read-only cells; blanks where the XML has none)."""
    return ws._get_row(row, 1, columns)


def _has_value(row: Any) -> bool:
    return any(not _blank(cell.get("value")) for cell in row)


def _is_worksheet(ws: Any) -> bool:
    return hasattr(ws, "_get_source") and hasattr(ws, "_get_row")


def _other_sheet(ws: Any, title: str, shown: str, dataset: Dataset, out: Read, missing: list[str]) -> None:
    """A sheet the template did not make: refused if it holds target rows, else said to be unread."""
    ref = _sheet_ref(title)
    where: str | None = None
    found = ""
    if _is_worksheet(ws):
        rows = _stream(ws, xt.HEAD_ROW, len(xt.COLUMNS))
        out.streams.append(rows)
        for number, row in rows:
            if number >= xt.FIRST_ROW + MAX_ROWS:
                break
            cells = _cells(ws, row, len(xt.COLUMNS))
            first = getattr(cells[0], "value", None)
            if number == xt.HEAD_ROW:
                if xt.header_matches([getattr(c, "value", None) for c in cells]):
                    where, found = f"A{number}", "the template's header row"
                continue
            if isinstance(first, str) and first.strip() in dataset.targets:
                where, found = f"A{number}", f"target {first.strip()!r}"
                break
    if where is None:
        out.notes.append(
            f"note: sheet {title!r} is not one of the template's sheets; it holds no target rows and was not read"
        )
        return
    if missing:
        named = ", ".join(repr(m) for m in missing)
        advice = f"if it is the template's sheet {named} renamed, give it back that name"
    else:
        advice = "put them on their unit's sheet and delete this one (a copy, or a sheet added)"
    out.problems.append(
        Problem(
            f"{shown}:{ref}!{where}",
            0,
            0,
            "unknown-sheet",
            f"sheet {title!r} is not one of the template's sheets but holds {found}; its figures would"
            f" not be imported: {advice}",
        )
    )


def _why(error: BaseException) -> str:
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the parser's error in its own
        kind = type(cause).__name__
        if "Entities" in kind or "DTD" in kind:
            return "it declares XML entities, which are refused"
        cause = cause.__cause__ or cause.__context__
    name = type(error).__name__
    text = " ".join(str(error).split())
    return f"{name}: {text}" if text else name


def _read_meta(wb: Any, shown: str, dataset: Dataset, out: Read) -> list[tuple[str, str]] | None:
    def bad(code: str, message: str) -> None:
        out.problems.append(Problem(shown, 0, 0, code, message))

    if xt.META_SHEET not in wb.sheetnames:
        bad(
            "not-template",
            "not a plan415x template (it has no hidden sheet _plan415x); make one with"
            " plan415x template PERIOD -o FILE.xlsx",
        )
        return None
    meta: dict[str, Any] = {}
    meta_row: dict[str, int] = {}
    sheets: list[tuple[str, str]] = []
    rows: list[tuple[Any, ...]] = []
    for index, row in enumerate(wb[xt.META_SHEET].iter_rows(max_col=3, values_only=True)):
        if index > 1000:
            break
        rows.append(tuple(row))
        key = row[0] if row else None
        if key == "sheet" and len(row) > 1 and isinstance(row[1], str):
            sheets.append((row[1], str(row[2] or "") if len(row) > 2 else ""))
            out.sheet_rows.setdefault(row[1], index + 1)
        elif isinstance(key, str) and key not in meta and len(row) > 1:
            meta[key] = row[1]
            meta_row[key] = index + 1
    where = f"{shown}:{xt.META_SHEET}"
    if meta.get("format") != xt.FORMAT:
        bad("not-template", "not a plan415x template (its hidden sheet _plan415x was changed)")
        return None
    if meta.get("version") != xt.VERSION:
        bad(
            "template-version",
            f"the template has layout version {meta.get('version')!r}; this plan415x reads version"
            f" {xt.VERSION}: make a new template",
        )
        return None
    plan_id = dataset.plan.plan.id
    if meta.get("plan") != plan_id:
        bad(
            "plan-mismatch",
            f"the template is for plan {meta.get('plan')!r}, the data folder holds plan {plan_id!r}",
        )
        return None
    try:
        period = Period.parse(str(meta.get("period")))
    except ValueError as error:
        out.problems.append(Problem(where, 0, 0, "invalid-value", str(error)))
        return None
    plan = dataset.plan.plan
    if not plan.first_year <= period.year <= plan.last_year:
        bad(
            "period-outside-plan",
            f"period {period} is outside the plan's years {plan.first_year}-{plan.last_year}",
        )
        return None
    out.period = period
    _check_meta(shown, dataset, out, meta, meta_row, rows, sheets)
    return sheets


def _check_meta(
    shown: str,
    dataset: Dataset,
    out: Read,
    meta: dict[str, Any],
    meta_row: dict[str, int],
    rows: list[tuple[Any, ...]],
    sheets: list[tuple[str, str]],
) -> None:
    """The hidden sheet against its digest, and each sheet's unit against the plan (issue 26):
    an edited hidden sheet would import a sheet's figures for another unit or period. A
    template made before the digest is read, with a note; the sheets' titles are still
    cross-checked (``_title_matches``)."""
    meta_ref = f"{shown}:{xt.META_SHEET}"
    stored = meta.get(xt.DIGEST_KEY)
    if xt.DIGEST_KEY not in meta:  # a blank digest cell is an edit, not an old template
        out.notes.append(
            "note: the template has no digest of its hidden sheet (made by an earlier plan415x): its"
            " units and period were checked against each sheet's title only; use a new template next time"
        )
    elif stored != xt.meta_digest(rows):
        out.problems.append(
            Problem(
                f"{meta_ref}!B{meta_row[xt.DIGEST_KEY]}",
                0,
                0,
                "metadata-mismatch",
                "the hidden sheet _plan415x was edited after the template was made (its digest does"
                " not match its plan, period and units): its figures could be imported for another"
                " unit or period; fill in a fresh template",
            )
        )
    units = {u.id for u in dataset.plan.responsible_units}
    for title, unit_id in sheets:
        if unit_id and unit_id not in units:
            out.problems.append(
                Problem(
                    f"{meta_ref}!C{out.sheet_rows.get(title, 0)}",
                    0,
                    0,
                    "metadata-mismatch",
                    f"the hidden sheet _plan415x gives sheet {title!r} to unit {unit_id!r}, which is not"
                    " a unit of the plan; fill in a fresh template",
                )
            )


def _title_problem(title_cell: Any, unit_id: str, dataset: Dataset, period: Period) -> str | None:
    """What the sheet's title (A1: "… (2023Q3) · 牵头单位: 乙局", locked) says against the
    hidden sheet's unit and period, or None when they agree or the title cannot be read (edited
    by hand: nothing to cross-check). The unit's id and aliases count as its name (a unit renamed
    since the template was made keeps its old name as an alias, or its sheet is refused)."""
    if not isinstance(title_cell, str):
        return None
    found = _TITLE.search(_line_ends(title_cell))
    if found is None:
        return None
    named_period, named_unit = found.group(1), found.group(2).strip()
    unit = next((u for u in dataset.plan.responsible_units if u.id == unit_id), None)
    names = {xt.NO_LEAD} if unit is None else {unit.id, unit.name_zh, *unit.aliases}
    names = {_line_ends(xc.clean(n)).strip() for n in names}
    if named_unit in names and named_period == str(period):
        return None
    holder = unit.name_zh if unit is not None else (unit_id or xt.NO_LEAD)
    return (
        f"the sheet's title names {named_unit!r} for {named_period}, the hidden sheet _plan415x gives it"
        f" to {holder!r} for {period}: its figures would be imported for another unit or period; fill"
        " in a fresh template"
    )


def _is_formula(cell: Any) -> bool:
    value = getattr(cell, "value", None)
    return getattr(cell, "data_type", None) == "f" or (isinstance(value, str) and value.startswith("="))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_sheet(
    ws: Any,
    title: str,
    unit_id: str,
    shown: str,
    dataset: Dataset,
    out: Read,
    seen: dict[tuple[str, str], str],
) -> None:
    assert out.period is not None
    period = out.period
    ref = _sheet_ref(title)

    def at(key: str, row: int) -> str:
        return f"{shown}:{ref}!{_col(key)}{row}"

    def problem(key: str, row: int, code: str, message: str) -> None:
        out.problems.append(Problem(at(key, row), 0, 0, code, message))

    if not _is_worksheet(ws):  # a chart sheet under a unit's name
        problem("target", xt.HEAD_ROW, "template-changed", "not a worksheet: fill in a fresh template")
        return
    width = len(xt.COLUMNS)
    merged: list[str] = []
    rows = _stream(ws, xt.TITLE_ROW, width, merged)
    out.streams.append(rows)  # closed with the workbook, however this returns
    stream: Iterator[tuple[int, Any]] = rows
    first_row = next(stream, None)
    while first_row is not None and first_row[0] < xt.HEAD_ROW:
        if first_row[0] == xt.TITLE_ROW:
            title_cell = getattr(_cells(ws, first_row[1], 1)[0], "value", None)
            mismatch = _title_problem(title_cell, unit_id, dataset, period)
            if mismatch is not None:  # its rows are not read: they would be judged for another
                out.problems.append(
                    Problem(f"{shown}:{ref}!A{xt.TITLE_ROW}", 0, 0, "metadata-mismatch", mismatch)
                )
                return
        first_row = next(stream, None)
    head: Any = ()
    if first_row is not None and first_row[0] == xt.HEAD_ROW:
        head = _cells(ws, first_row[1], width)
    elif first_row is not None:
        stream = itertools.chain([first_row], stream)
    got = [getattr(c, "value", None) for c in head]
    want = [c.head for c in xt.COLUMNS]
    if not xt.header_matches(got):
        out.problems.append(
            Problem(
                f"{shown}:{ref}!A{xt.HEAD_ROW}",
                0,
                0,
                "template-changed",
                f"the header row is not the template's ({' | '.join(want)}); columns were moved,"
                " added or renamed: fill in a fresh template",
            )
        )
        return
    composites: dict[str, Entry] = {}
    for number, row in stream:
        if number >= xt.FIRST_ROW + MAX_ROWS:
            if _has_value(row):  # refused at the first such row: the rest is never read
                where = next(c for c in row if not _blank(c.get("value")))
                out.problems.append(
                    Problem(
                        f"{shown}:{ref}!{_letter(where['column'])}{number}",
                        0,
                        0,
                        "too-many-rows",
                        f"a value in row {number:,}: a sheet holds at most {MAX_ROWS:,} rows of"
                        f" targets (rows {xt.FIRST_ROW}-{xt.FIRST_ROW + MAX_ROWS - 1}); refused",
                    )
                )
                return
            continue
        cells = _cells(ws, row, width)
        values: dict[str, Any] = {c.key: None for c in xt.COLUMNS}
        formats: dict[str, str] = {}
        bad_cell = False
        for column, cell in zip(xt.COLUMNS, cells, strict=False):
            if column.key not in ("target", "component") and not column.input:
                continue  # descriptive columns are ours and are not read
            if _is_formula(cell):
                problem(
                    column.key,
                    number,
                    "formula",
                    f"a formula ({str(cell.value)[:40]}); enter the figure itself, formulas are not imported",
                )
                bad_cell = True
                continue
            values[column.key] = cell.value
            formats[column.key] = str(getattr(cell, "number_format", None) or "General")
        ident = values["target"]
        inputs_filled = [
            c.key for c in xt.COLUMNS if c.input and c.key != "unit" and not _blank(values[c.key])
        ]
        if _blank(ident):
            if inputs_filled:
                problem("target", number, "missing-target", "figures in a row without a target id")
            continue
        if not isinstance(ident, str):
            problem("target", number, "unknown-target", f"{ident!r} is not a target id")
            continue
        ident = ident.strip()
        target = dataset.targets.get(ident)
        if target is None:
            close = difflib.get_close_matches(ident, list(dataset.targets), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problem("target", number, "unknown-target", f"unknown target id {ident!r}{hint}")
            continue
        if not applies(target, period):
            problem("target", number, "not-due", f"target {ident!r} is not due in {period}")
            continue
        comp_text = "" if _blank(values["component"]) else str(values["component"]).strip()
        comp_index: int | None = None
        if target.kind is Kind.composite:
            known = [c.id for c in target.components]
            if comp_text not in known:
                problem(
                    "component",
                    number,
                    "unknown-component",
                    f"composite {ident!r} needs a component id here, one of: {', '.join(known)}"
                    + (f" (got {comp_text!r})" if comp_text else ""),
                )
                continue
            comp_index = known.index(comp_text)
        elif comp_text:
            problem("component", number, "unexpected-field", f"{ident!r} has no components")
            continue
        key = (ident, comp_text)
        if key in seen:
            problem(
                "target",
                number,
                "duplicate-record",
                f"{ident}{' ' + comp_text if comp_text else ''} is also at {seen[key]}",
            )
            continue
        seen[key] = at("target", number)
        units = xt.compatible_units(dataset, target)
        allowed = xt.inputs_for(target, comp_index, units)
        if target.kind is Kind.composite:
            entry = composites.get(ident)
            if entry is None:
                entry = Entry(target, title, unit_id, number)
                composites[ident] = entry
                out.entries.append(entry)
        else:
            entry = Entry(target, title, unit_id, number)
            out.entries.append(entry)
        if bad_cell:
            entry.filled = True
        for column_key in ("value", "reference"):
            # 3.9% typed into Excel is stored as 0.039: a silent factor of 100, refused
            if "%" in formats.get(column_key, "") and isinstance(values[column_key], int | float):
                problem(
                    column_key,
                    number,
                    "percent-format",
                    f"the cell is formatted as a percentage, so it holds {values[column_key]:g}, not"
                    f" {values[column_key] * 100:g}; clear the % format and enter the plain number",
                )
                values[column_key] = None
                entry.filled = True
        _read_inputs(entry, values, allowed, number, comp_text, dataset, problem, at)
    for cell_range in sorted(merged, key=_range_start):
        _merged(cell_range, shown, ref, out)
    for entry in list(composites.values()):
        _finish_composite(entry, out, problem)
    # A target none of whose cells were filled is simply not reported this time.
    out.entries = [e for e in out.entries if e.filled]


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _range_start(cell_range: str) -> tuple[int, int]:
    from openpyxl.utils.cell import range_boundaries

    try:
        low_col, low_row, _, _ = range_boundaries(cell_range)
    except (ValueError, TypeError):
        return (0, 0)
    return (low_row or 0, low_col or 0)


def _merged(cell_range: str, shown: str, ref: str, out: Read) -> None:
    """Merged cells among the target rows: every cell of the range but its first reads as blank
    (a second row merged into the first would be "not reported"), so they are refused."""
    from openpyxl.utils.cell import range_boundaries

    try:
        low_col, low_row, _, high_row = range_boundaries(cell_range)
    except (ValueError, TypeError):
        return
    if high_row is None or high_row < xt.FIRST_ROW or low_col is None or low_col > len(xt.COLUMNS):
        return
    out.problems.append(
        Problem(
            f"{shown}:{ref}!{_letter(low_col)}{low_row}",
            0,
            0,
            "merged-cells",
            f"cells {cell_range} are merged, so all but the first read as blank; unmerge them and"
            " fill in each row's own cells",
        )
    )


def _read_inputs(
    entry: Entry,
    values: dict[str, Any],
    allowed: set[str],
    row: int,
    component: str,
    dataset: Dataset,
    problem: Any,
    at: Any,
) -> None:
    target = entry.target
    filled = [c.key for c in xt.COLUMNS if c.input and c.key != "unit" and not _blank(values[c.key])]
    unit_value = values["unit"]
    unit_changed = not _blank(unit_value) and str(unit_value).strip() != (target.unit or "")
    for key in filled + (["unit"] if unit_changed else []):
        if key not in allowed:
            head = xt.COLUMNS[xt.COL[key] - 1].head
            why = (
                "is given on the component's first row only"
                if component and key in ("unit", "as_of", "source", "note")
                else f"does not apply to {target.id!r} ({target.kind.value})"
            )
            problem(key, row, "not-applicable", f"{head} {why}; leave it blank")
            entry.filled = True
    if component:
        entry.cells[f"seen.{component}"] = at("value", row)
        if _blank(values["value"]):
            entry.cells[f"missing.{component}"] = at("value", row)
    if not filled:
        return
    entry.filled = True
    # value
    if "value" in allowed:
        number = _number(values["value"], lambda c, m: problem("value", row, c, m))
        if number is not None:
            if component:
                if number < 0:
                    problem(
                        "value",
                        row,
                        "negative-value",
                        f"component {component!r} cannot be negative ({number:g})",
                    )
                else:
                    entry.components[component] = number
                    entry.cells[f"components.{component}"] = at("value", row)
            else:
                entry.fields["value"] = number
                entry.cells["value"] = at("value", row)
        elif _blank(values["value"]) and not component:
            problem(
                "value",
                row,
                "missing-value",
                f"blank required cell: {target.id!r} needs a value (other cells of the row are filled)",
            )
    if "state" in allowed:
        state = values["state"]
        if _blank(state):
            problem(
                "state", row, "missing-state", f"blank required cell: milestone {target.id!r} needs a state"
            )
        else:
            text = str(state).strip()
            chosen = xt.STATES.get(text) or xt.STATE_WORDS_ZH.get(text)
            if chosen is None:
                problem("state", row, "invalid-choice", f"state {text!r}: choose done, pending or not_done")
            else:
                entry.fields["state"] = chosen
                entry.cells["state"] = at("state", row)
    if "reference" in allowed and not _blank(values["reference"]):
        number = _number(values["reference"], lambda c, m: problem("reference", row, c, m))
        if number is not None:
            entry.fields["reference"] = number
            entry.cells["reference"] = at("reference", row)
    if "unit" in allowed and unit_changed:
        unit = str(unit_value).strip()
        units = xt.compatible_units(dataset, target)
        if unit not in units:
            problem(
                "unit",
                row,
                "unit-mismatch",
                f"unit {unit!r} cannot be converted to {target.unit!r}; choose one of: {', '.join(units)}",
            )
        else:
            entry.fields["unit"] = unit
    if "as_of" in allowed and not _blank(values["as_of"]):
        when = _date(values["as_of"])
        if when is None:
            problem(
                "as_of", row, "wrong-type", f"expected a date such as 2023-06-30, got {values['as_of']!r}"
            )
        else:
            entry.fields["as_of"] = when
    for key in ("source", "note"):
        if key in allowed and not _blank(values[key]):
            text = str(values[key]).strip()
            if len(text) > MAX_TEXT:
                problem(key, row, "too-long", f"{len(text)} characters; the limit is {MAX_TEXT}")
            else:
                entry.fields[key] = text
                entry.cells[key] = at(key, row)
    if "value" in entry.fields:
        _check_bounds(entry, dataset, lambda c, m: problem("value", row, c, m))


def _finish_composite(entry: Entry, out: Read, problem: Any) -> None:
    """A composite reported at all needs every component: a blank one is pointed at."""
    if not entry.filled:
        return
    for component in entry.target.components:
        if component.id in entry.components:
            continue
        blank = entry.cells.get(f"missing.{component.id}")
        if blank is not None:
            out.problems.append(
                Problem(
                    blank,
                    0,
                    0,
                    "missing-components",
                    f"blank required cell: component {component.id!r} of {entry.target.id!r} needs a value",
                )
            )
        elif f"seen.{component.id}" not in entry.cells:
            problem(
                "target",
                entry.row,
                "missing-components",
                f"no row for component {component.id!r} of {entry.target.id!r}; fill in a fresh template",
            )
        # else: the component's cell has a problem of its own, already reported


def _number(value: Any, report: Any) -> float | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        report("wrong-type", "expected a number, got TRUE/FALSE")
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            report("wrong-type", "expected a finite number")
            return None
        if abs(value) > MAX_MAGNITUDE:
            report("out-of-range", f"{value:g} is too large to be a figure (the limit is 1e15 in magnitude)")
            return None
        return value
    if isinstance(value, dt.date | dt.datetime | dt.time):
        report("wrong-type", f"expected a number, got a date ({value}); format the cell as a number")
        return None
    text = str(value).strip()
    if _FULLWIDTH.search(text):
        hint = "it uses full-width digits; type the number with ASCII digits"
    elif "万" in text or "亿" in text:
        hint = "it mixes a number with a Chinese magnitude; enter the plain number in the row's unit"
    elif "," in text:
        hint = "it has thousands separators; enter the number without commas"
    elif text.endswith("%"):
        hint = "enter the percentage as a number without %, e.g. 12.5"
    else:
        try:
            float(text)
            hint = "the cell holds text, not a number: format the cell as a number and retype it"
        except ValueError:
            hint = "enter a number"
    report("wrong-type", f"expected a number, got the text {shown(text)}; {hint}")
    return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _check_bounds(entry: Entry, dataset: Dataset, report: Any) -> None:
    target = entry.target
    low, high = xt.bounds(dataset, target)
    if (low is None and high is None) or target.unit is None:
        return
    unit = entry.fields.get("unit") or target.unit
    value = dataset.measures.convert(entry.fields["value"], unit, target.unit)
    raw = entry.fields["value"]
    if low is not None and value < low:
        code = "negative-value" if low == 0 else "out-of-range"
        report(code, f"value {raw:g} {unit} is below the smallest valid {low:g} {target.unit}")
    if high is not None and value > high:
        report("out-of-range", f"value {raw:g} {unit} is above the largest valid {high:g} {target.unit}")


def _record(entry: Entry, path: Path) -> Record:
    f = entry.fields
    source = Source(
        document=f.get("source") or f"{one_line(path.name)} ({one_line(entry.sheet)})",
        reported_by=entry.unit_id or None,
    )
    unit = f.get("unit")
    return Record(
        target=entry.target.id,
        value=f.get("value"),
        unit=unit if unit and unit != entry.target.unit else None,
        as_of=f.get("as_of"),
        source=source,
        note=f.get("note"),
        state=f.get("state"),
        components=dict(entry.components) if entry.target.kind is Kind.composite else None,
        reference=f.get("reference"),
    )


def one_line(name: str) -> str:
    """``name`` fit for a YAML comment: a line break would end the comment and start a line of
    data (a forged ``source:``), so control and format characters and line or paragraph
    separators are written as escapes (``\\x0a``, ``\\u2028``), and a backslash as ``\\\\``."""
    out = []
    for ch in name:
        if ch == "\\":
            out.append("\\\\")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs"):
            code = ord(ch)
            out.append(
                f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    return "".join(out)


def figure_cell(entry: Entry) -> str:
    """The cell that holds an entry's figure (for a composite, its first component's)."""
    for key in ("value", "state", "reference"):
        if key in entry.cells:
            return entry.cells[key]
    for key, where in entry.cells.items():
        if key.startswith("components."):
            return where
    return next(iter(entry.cells.values()), f"{entry.sheet}!A{entry.row}")
