"""What the import reads from a filled template (``Entry``: one target's figures, ``Read``: all
of it, its problems and notes), and how a sheet's rows are read: streamed from the sheet's XML,
their cells, blank or a formula, a sheet's name as a reference. Shared by ``reading`` (the
workbook and its sheets), ``hidden`` (the hidden sheet) and ``rows`` (the rows' cells)."""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any

from plan415x.excel import layout
from plan415x.excel.outcome import Line
from plan415x.periods import Period
from plan415x.problems import Problem
from plan415x.values import Record as RecordValue
from plan415x.values import Target

MAX_ROWS = 5_000
MAX_TEXT = 2_000
_PLAIN_SHEET = re.compile(r"^[\w.]+$")


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
    units: list[tuple[str, str]] = field(default_factory=list)
    """The workbook's unit sheets as its hidden sheet lists them: (sheet title, unit id)."""
    left: list[Problem] = field(default_factory=list)
    """``--accept-valid``: the problems of the rows left out, the rest read (``reading.valid_part``)."""
    """The row of each sheet's line in the hidden sheet (for a problem's place)."""
    """Sheets being read: each holds a part of the zip open until it is closed."""


def _sheet_ref(title: str) -> str:
    return title if _PLAIN_SHEET.match(title) else "'" + title.replace("'", "''") + "'"


def _col(key: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(layout.COL[key])


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


def _is_formula(cell: Any) -> bool:
    value = getattr(cell, "value", None)
    return getattr(cell, "data_type", None) == "f" or (isinstance(value, str) and value.startswith("="))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
