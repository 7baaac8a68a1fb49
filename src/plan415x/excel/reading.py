"""The cells of a filled template, read and checked: entries for the merge, or located problems.

Read-only, formulas refused and never evaluated; the hidden sheet says which plan and period
the workbook is for; every cell of every row is checked and every problem reported, as
``FILE:Sheet!C7: message (code)`` (a Problem's ``file`` holds ``FILE:Sheet!C7``, its line 0).

This module opens the workbook, finds its sheets (the template's, refusing another that holds
target rows) and makes the records from the entries read; ``hidden`` reads the hidden sheet,
``rows`` a unit sheet's rows and cells, ``sheetrows`` holds what they share.
"""

from __future__ import annotations

import unicodedata
import warnings
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from plan415x.engine import applies
from plan415x.excel import layout
from plan415x.excel.hidden import _read_meta
from plan415x.excel.outcome import place, problem
from plan415x.excel.rows import _read_sheet
from plan415x.excel.sheetrows import (
    MAX_ROWS,
    Entry,
    Read,
    _cells,
    _is_worksheet,
    _line_ends,
    _sheet_ref,
    _stream,
)
from plan415x.loading import Dataset
from plan415x.model import Record, Source, record_values
from plan415x.periods import Period
from plan415x.problems import Problem, Said, said
from plan415x.restatements import sharing
from plan415x.validation import detail_of
from plan415x.values import Kind
from plan415x.values import Record as RecordValue

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


def read_workbook(path: Path, shown: str, dataset: Dataset, *, accept_valid: bool = False) -> Read:
    # openpyxl reports what it drops or cannot make sense of (a broken relationship, an unknown
    # extension) with warnings.warn, which Python prints to stderr with openpyxl's own file and
    # line: noise that looks like a crash. None of it bears on the figures (a part that matters
    # and is broken fails with an exception, reported as a problem), so it is not shown.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_workbook(path, shown, dataset, accept_valid)


def _read_workbook(path: Path, shown: str, dataset: Dataset, accept_valid: bool = False) -> Read:
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
        out.units = list(sheets)
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
            if title not in read and title not in (layout.META_SHEET, layout.NOTES_SHEET):
                _other_sheet(wb[title], title, shown, dataset, out, missing)
    except UNREADABLE as error:  # the XML of a sheet is parsed only now (read-only mode)
        out.problems.append(problem(shown, "corrupt-xlsx", _why(error)))
    finally:
        # A sheet left part-read (a refusal returns early) would keep its part of the zip open
        # until collected, and the file with it: a ResourceWarning on the user's terminal.
        for rows in out.streams:
            rows.close()
        wb.close()
    if out.problems and accept_valid:
        valid_part(out)
    if not out.problems:
        out.entries = _with_restatements(out.entries, dataset, out.period)
        out.records = _records(out, path)
    return out


def valid_part(read: Read) -> None:
    """``import --accept-valid``: ``read`` keeps the figures whose rows have no refused cell,
    and its problems move to ``left`` with the rows they refuse. A problem not on a figure's row
    (the file, the hidden sheet, a sheet missing or added, a row naming no target) is the
    workbook's: then it stays refused whole, as without the option, since what the workbook
    holds is in doubt."""
    hit = refused_rows(read.entries, read.problems)
    if hit is None:
        return
    read.entries = [e for n, e in enumerate(read.entries) if n not in hit]
    read.left, read.problems = read.problems, []


def refused_rows(entries: list[Entry], problems: list[Problem]) -> set[int] | None:
    """The indexes of the ``entries`` on a row (its figure's or any of its cells') that one of
    ``problems`` is located on; None when a problem is on no figure's row: the workbook's own."""
    rows: dict[tuple[str, int], list[int]] = {}
    for n, entry in enumerate(entries):
        for number in {entry.row, *(_row_of(cell) for cell in entry.cells.values())}:
            rows.setdefault((entry.sheet, number), []).append(n)
    hit: set[int] = set()
    for located in problems:
        sheet, cell = place(located)
        on = rows.get((sheet, _row_of(cell))) if sheet else None
        if not on:
            return None
        hit.update(on)
    return hit


def _row_of(cell: str) -> int:
    """The row of a cell reference (``I7``, or ``FILE:Sheet!I7``): 7; 0 when it has none."""
    digits = "".join(ch for ch in cell.rpartition("!")[2] if ch.isdigit())
    return int(digits) if digits else 0


def _with_restatements(entries: list[Entry], dataset: Dataset, period: Period | None) -> list[Entry]:
    """The entries, each followed by the same figure for every restatement that asks for it
    (``restatements.sharing``: the template lists the figure once, on the restated target's
    row of the same unit's sheet), at the same cells; a restatement with a row of its own (a
    template made before, or another lead unit's sheet) keeps what its row says."""
    shared = sharing(dataset.plan.targets)
    if not shared or period is None:
        return entries
    given = {e.target.id for e in entries}
    out: list[Entry] = []
    for entry in entries:
        out.append(entry)
        for restating in shared.get(entry.target.id, ()):
            same_sheet = restating.supplier == entry.target.supplier
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


def _other_sheet(ws: Any, title: str, shown: str, dataset: Dataset, out: Read, missing: list[str]) -> None:
    """A sheet the template did not make: refused if it holds target rows, else said to be unread."""
    ref = _sheet_ref(title)
    where: str | None = None
    found: str | None = None  # the target id found, or None for the template's header row
    if _is_worksheet(ws):
        rows = _stream(ws, layout.HEAD_ROW, len(layout.COLUMNS))
        out.streams.append(rows)
        for number, row in rows:
            if number >= layout.FIRST_ROW + MAX_ROWS:
                break
            cells = _cells(ws, row, len(layout.COLUMNS))
            first = getattr(cells[0], "value", None)
            if number == layout.HEAD_ROW:
                if layout.header_matches([getattr(c, "value", None) for c in cells]):
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
            "reason": f.get("reason"),
            "next_steps": f.get("next_steps"),
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
