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
from plan415x.excel.outcome import Line, problem
from plan415x.i18n.phrases import Shown
from plan415x.loading import Dataset
from plan415x.model import Record, Source, record_values
from plan415x.periods import Period
from plan415x.problems import Problem, Said, SaidError, said
from plan415x.validation import detail_of
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
    notes: list[Line] = field(default_factory=list)
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
        out.problems.append(problem(shown, "corrupt-xlsx", _why(error)))
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
                gone = (
                    said("import-missing-sheet-of-unit", title=title, unit=unit_id)
                    if unit_id
                    else said("import-missing-sheet", title=title)
                )
                out.problems.append(problem(shown, "missing-sheet", gone))
                continue
            if actual in read:
                continue
            read.add(actual)
            _read_sheet(wb[actual], actual, unit_id, shown, dataset, out, seen)
        for title in wb.sheetnames:
            if title not in read and title not in (xt.META_SHEET, xt.NOTES_SHEET):
                _other_sheet(wb[title], title, shown, dataset, out, missing)
    except UNREADABLE as error:  # the XML of a sheet is parsed only now (read-only mode)
        out.problems.append(problem(shown, "corrupt-xlsx", _why(error)))
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
                refusal = said("import-refused-value", refusal=detail_of(item))
                out.problems.append(problem(where, "invalid-value", refusal))
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
    found: str | None = None  # the target id found, or None for the template's header row
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
                    where, found = f"A{number}", None
                continue
            if isinstance(first, str) and first.strip() in dataset.targets:
                where, found = f"A{number}", first.strip()
                break
    if where is None:
        out.notes.append(said("import-note-other-sheet", title=title))
        return
    named = ", ".join(repr(m) for m in missing)
    unread: Said
    if found is None and missing:
        unread = said("import-other-sheet-head-renamed", title=title, named=named)
    elif found is None:
        unread = said("import-other-sheet-head-added", title=title)
    elif missing:
        unread = said("import-other-sheet-target-renamed", title=title, target=found, named=named)
    else:
        unread = said("import-other-sheet-target-added", title=title, target=found)
    out.problems.append(problem(f"{shown}:{ref}!{where}", "unknown-sheet", unread))


def _why(error: BaseException) -> Said:
    """Why the workbook cannot be read: the error's type and words (openpyxl's, the parser's)."""
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the parser's error in its own
        kind = type(cause).__name__
        if "Entities" in kind or "DTD" in kind:
            return said("import-xml-entities")
        cause = cause.__cause__ or cause.__context__
    name = type(error).__name__
    text = " ".join(str(error).split())
    return said("import-unreadable", error=f"{name}: {text}" if text else name)


def _read_meta(wb: Any, shown: str, dataset: Dataset, out: Read) -> list[tuple[str, str]] | None:
    def bad(code: str, made: Said) -> None:
        out.problems.append(problem(shown, code, made))

    if xt.META_SHEET not in wb.sheetnames:
        bad("not-template", said("import-no-hidden-sheet"))
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
        bad("not-template", said("import-hidden-sheet-changed"))
        return None
    if meta.get("version") != xt.VERSION:
        found = repr(meta.get("version"))
        bad("template-version", said("import-template-version", version=found, ours=str(xt.VERSION)))
        return None
    plan_id = dataset.plan.plan.id
    if meta.get("plan") != plan_id:
        bad("plan-mismatch", said("import-other-plan", plan=repr(meta.get("plan")), ours=plan_id))
        return None
    try:
        period = Period.parse(str(meta.get("period")))
    except ValueError as error:  # a period's refusal is said as an id (periods.py)
        why: Said | str = error.said if isinstance(error, SaidError) else str(error)
        refusal = said("import-refused-value", refusal=why)
        out.problems.append(problem(where, "invalid-value", refusal))
        return None
    plan = dataset.plan.plan
    if not plan.first_year <= period.year <= plan.last_year:
        bad(
            "period-outside-plan",
            said(
                "import-period-outside-plan",
                period=str(period),
                first=str(plan.first_year),
                last=str(plan.last_year),
            ),
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
        out.notes.append(said("import-note-no-digest"))
    elif stored != xt.meta_digest(rows):
        out.problems.append(
            problem(f"{meta_ref}!B{meta_row[xt.DIGEST_KEY]}", "metadata-mismatch", said("import-meta-edited"))
        )
    units = {u.id for u in dataset.plan.responsible_units}
    for title, unit_id in sheets:
        if unit_id and unit_id not in units:
            out.problems.append(
                problem(
                    f"{meta_ref}!C{out.sheet_rows.get(title, 0)}",
                    "metadata-mismatch",
                    said("import-meta-unknown-unit", title=title, unit=unit_id),
                )
            )


def _title_problem(title_cell: Any, unit_id: str, dataset: Dataset, period: Period) -> Said | None:
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
    return said(
        "import-title-mismatch",
        named_unit=named_unit,
        named_period=named_period,
        holder=holder,
        period=str(period),
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

    def refuse(key: str, row: int, code: str, made: Said) -> None:
        out.problems.append(problem(at(key, row), code, made))

    if not _is_worksheet(ws):  # a chart sheet under a unit's name
        refuse("target", xt.HEAD_ROW, "template-changed", said("import-not-a-worksheet"))
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
                out.problems.append(problem(f"{shown}:{ref}!A{xt.TITLE_ROW}", "metadata-mismatch", mismatch))
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
            problem(
                f"{shown}:{ref}!A{xt.HEAD_ROW}",
                "template-changed",
                said("import-header-changed", heads=" | ".join(want)),
            )
        )
        return
    composites: dict[str, Entry] = {}
    for number, row in stream:
        if number >= xt.FIRST_ROW + MAX_ROWS:
            if _has_value(row):  # refused at the first such row: the rest is never read
                where = next(c for c in row if not _blank(c.get("value")))
                out.problems.append(
                    problem(
                        f"{shown}:{ref}!{_letter(where['column'])}{number}",
                        "too-many-rows",
                        said(
                            "import-too-many-rows",
                            row=f"{number:,}",
                            limit=f"{MAX_ROWS:,}",
                            first=str(xt.FIRST_ROW),
                            last=str(xt.FIRST_ROW + MAX_ROWS - 1),
                        ),
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
                refuse(column.key, number, "formula", said("import-formula", formula=str(cell.value)[:40]))
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
                refuse("target", number, "missing-target", said("import-no-target-id"))
            continue
        if not isinstance(ident, str):
            refuse("target", number, "unknown-target", said("import-not-a-target-id", given=repr(ident)))
            continue
        ident = ident.strip()
        target = dataset.targets.get(ident)
        if target is None:
            close = difflib.get_close_matches(ident, list(dataset.targets), n=1, cutoff=0.6)
            unknown = (
                said("import-unknown-target-close", target=ident, close=close[0])
                if close
                else said("import-unknown-target", target=ident)
            )
            refuse("target", number, "unknown-target", unknown)
            continue
        if not applies(target, period):
            refuse("target", number, "not-due", said("import-not-due", target=ident, period=str(period)))
            continue
        comp_text = "" if _blank(values["component"]) else str(values["component"]).strip()
        comp_index: int | None = None
        if target.kind is Kind.composite:
            known = [c.id for c in target.components]
            if comp_text not in known:
                choices = ", ".join(known)
                needed = (
                    said("import-component-needed-got", target=ident, known=choices, got=comp_text)
                    if comp_text
                    else said("import-component-needed", target=ident, known=choices)
                )
                refuse("component", number, "unknown-component", needed)
                continue
            comp_index = known.index(comp_text)
        elif comp_text:
            refuse("component", number, "unexpected-field", said("import-no-components", target=ident))
            continue
        key = (ident, comp_text)
        if key in seen:
            twice = (
                said("import-component-twice", target=ident, component=comp_text, first=seen[key])
                if comp_text
                else said("import-target-twice", target=ident, first=seen[key])
            )
            refuse("target", number, "duplicate-record", twice)
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
                held = values[column_key]
                refuse(
                    column_key,
                    number,
                    "percent-format",
                    said("import-percent-format", held=f"{held:g}", meant=f"{held * 100:g}"),
                )
                values[column_key] = None
                entry.filled = True
        _read_inputs(entry, values, allowed, number, comp_text, dataset, refuse, at)
    for cell_range in sorted(merged, key=_range_start):
        _merged(cell_range, shown, ref, out)
    for entry in list(composites.values()):
        _finish_composite(entry, out, refuse)
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
        problem(
            f"{shown}:{ref}!{_letter(low_col)}{low_row}",
            "merged-cells",
            said("import-merged", cells=cell_range),
        )
    )


def _read_inputs(
    entry: Entry,
    values: dict[str, Any],
    allowed: set[str],
    row: int,
    component: str,
    dataset: Dataset,
    refuse: Any,
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
                said("import-first-row-only", head=head)
                if component and key in ("unit", "as_of", "source", "note")
                else said("import-not-applicable", head=head, target=target.id, kind=target.kind.value)
            )
            refuse(key, row, "not-applicable", why)
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
        number = _number(values["value"], lambda c, m: refuse("value", row, c, m))
        if number is not None:
            if component:
                if number < 0:
                    refuse(
                        "value",
                        row,
                        "negative-value",
                        said("import-component-negative", component=component, value=f"{number:g}"),
                    )
                else:
                    entry.components[component] = number
                    entry.cells[f"components.{component}"] = at("value", row)
            else:
                entry.fields["value"] = number
                entry.cells["value"] = at("value", row)
        elif _blank(values["value"]) and not component:
            refuse("value", row, "missing-value", said("import-missing-value", target=target.id))
    if "state" in allowed:
        state = values["state"]
        if _blank(state):
            refuse("state", row, "missing-state", said("import-missing-state", target=target.id))
        else:
            text = str(state).strip()
            chosen = xt.STATES.get(text) or xt.STATE_WORDS_ZH.get(text)
            if chosen is None:
                refuse("state", row, "invalid-choice", said("import-invalid-state", state=text))
            else:
                entry.fields["state"] = chosen
                entry.cells["state"] = at("state", row)
    if "reference" in allowed and not _blank(values["reference"]):
        number = _number(values["reference"], lambda c, m: refuse("reference", row, c, m))
        if number is not None:
            entry.fields["reference"] = number
            entry.cells["reference"] = at("reference", row)
    if "unit" in allowed and unit_changed:
        unit = str(unit_value).strip()
        units = xt.compatible_units(dataset, target)
        if unit not in units:
            refuse(
                "unit",
                row,
                "unit-mismatch",
                said(
                    "import-unit-mismatch", unit=unit, target_unit=repr(target.unit), choices=", ".join(units)
                ),
            )
        else:
            entry.fields["unit"] = unit
    if "as_of" in allowed and not _blank(values["as_of"]):
        when = _date(values["as_of"])
        if when is None:
            refuse("as_of", row, "wrong-type", said("import-not-a-date", given=repr(values["as_of"])))
        else:
            entry.fields["as_of"] = when
    for key in ("source", "note"):
        if key in allowed and not _blank(values[key]):
            text = str(values[key]).strip()
            if len(text) > MAX_TEXT:
                refuse(
                    key, row, "too-long", said("import-too-long", length=str(len(text)), limit=str(MAX_TEXT))
                )
            else:
                entry.fields[key] = text
                entry.cells[key] = at(key, row)
    if "value" in entry.fields:
        _check_bounds(entry, dataset, lambda c, m: refuse("value", row, c, m))


def _finish_composite(entry: Entry, out: Read, refuse: Any) -> None:
    """A composite reported at all needs every component: a blank one is pointed at."""
    if not entry.filled:
        return
    for component in entry.target.components:
        if component.id in entry.components:
            continue
        blank = entry.cells.get(f"missing.{component.id}")
        if blank is not None:
            blank_said = said(
                "import-missing-component-value", component=component.id, target=entry.target.id
            )
            out.problems.append(problem(blank, "missing-components", blank_said))
        elif f"seen.{component.id}" not in entry.cells:
            refuse(
                "target",
                entry.row,
                "missing-components",
                said("import-missing-component-row", component=component.id, target=entry.target.id),
            )
        # else: the component's cell has a problem of its own, already reported


def _number(value: Any, report: Any) -> float | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        report("wrong-type", said("import-boolean"))
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            report("wrong-type", said("import-not-finite"))
            return None
        if abs(value) > MAX_MAGNITUDE:
            report("out-of-range", said("import-too-large-a-figure", value=f"{value:g}"))
            return None
        return value
    if isinstance(value, dt.date | dt.datetime | dt.time):
        report("wrong-type", said("import-date-not-number", date=str(value)))
        return None
    text = str(value).strip()
    given = Shown(text)
    if _FULLWIDTH.search(text):
        report("wrong-type", said("import-text-full-width", text=given))
    elif "万" in text or "亿" in text:
        report("wrong-type", said("import-text-magnitude", text=given))
    elif "," in text:
        report("wrong-type", said("import-text-thousands", text=given))
    elif text.endswith("%"):
        report("wrong-type", said("import-text-percent", text=given))
    else:
        try:
            float(text)
            report("wrong-type", said("import-text-number", text=given))
        except ValueError:
            report("wrong-type", said("import-text", text=given))
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
        below = said(
            "import-below-valid", value=f"{raw:g}", unit=unit, low=f"{low:g}", target_unit=target.unit
        )
        report(code, below)
    if high is not None and value > high:
        above = said(
            "import-above-valid", value=f"{raw:g}", unit=unit, high=f"{high:g}", target_unit=target.unit
        )
        report("out-of-range", above)


def _record(entry: Entry, path: Path) -> Record:
    f = entry.fields
    # model_validate rather than Record(...): the same validation, and mypy, which does not see
    # the fields (plan415x.model builds them from plan415x.values), takes no keywords.
    source = Source.model_validate(
        {
            "document": f.get("source") or f"{one_line(path.name)} ({one_line(entry.sheet)})",
            "reported_by": entry.unit_id or None,
        }
    )
    unit = f.get("unit")
    return Record.model_validate(
        {
            "target": entry.target.id,
            "value": f.get("value"),
            "unit": unit if unit and unit != entry.target.unit else None,
            "as_of": f.get("as_of"),
            "source": source,
            "note": f.get("note"),
            "state": f.get("state"),
            "components": dict(entry.components) if entry.target.kind is Kind.composite else None,
            "reference": f.get("reference"),
        }
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
