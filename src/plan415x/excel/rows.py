"""The rows of a unit sheet of a filled template, read and checked cell by cell: the header, each
target's row (a composite's component rows), merged and formula cells refused, each input's
number, date, unit, state and text, and the bounds a figure must keep. Every problem is
located (``FILE:Sheet!C7``)."""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import math
import re
from collections.abc import Iterator
from typing import Any

from plan415x.engine import applies
from plan415x.excel import layout
from plan415x.excel.hidden import _title_problem
from plan415x.excel.outcome import problem
from plan415x.excel.sheetrows import (
    MAX_ROWS,
    MAX_TEXT,
    Entry,
    Read,
    _blank,
    _cells,
    _col,
    _has_value,
    _is_formula,
    _is_worksheet,
    _sheet_ref,
    _stream,
)
from plan415x.i18n.phrases import Shown
from plan415x.loading import Dataset
from plan415x.problems import Said, said
from plan415x.values import MAX_MAGNITUDE, Kind

_FULLWIDTH = re.compile(r"[\uff10-\uff19\uff0c\uff0e]")
# A figure given as an approximation, as units write one: 约60, 60左右, 近60, 60余, 超过60.
_APPROXIMATE = re.compile(
    r"(?:约为|大约|约|近|逾|超过|超)?\s*(?P<figure>\d+(?:\.\d+)?)\s*(?:左右|上下|余|多|以上)?\Z"
)


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
        refuse("target", layout.HEAD_ROW, "template-changed", said("import-not-a-worksheet"))
        return
    width = len(layout.COLUMNS)
    merged: list[str] = []
    rows = _stream(ws, layout.TITLE_ROW, width, merged)
    out.streams.append(rows)  # closed with the workbook, however this returns
    stream: Iterator[tuple[int, Any]] = rows
    first_row = next(stream, None)
    while first_row is not None and first_row[0] < layout.HEAD_ROW:
        if first_row[0] == layout.TITLE_ROW:
            title_cell = getattr(_cells(ws, first_row[1], 1)[0], "value", None)
            mismatch = _title_problem(title_cell, unit_id, dataset, period)
            if mismatch is not None:  # its rows are not read: they would be judged for another
                out.problems.append(
                    problem(f"{shown}:{ref}!A{layout.TITLE_ROW}", "metadata-mismatch", mismatch)
                )
                return
        first_row = next(stream, None)
    head: Any = ()
    if first_row is not None and first_row[0] == layout.HEAD_ROW:
        head = _cells(ws, first_row[1], width)
    elif first_row is not None:
        stream = itertools.chain([first_row], stream)
    got = [getattr(c, "value", None) for c in head]
    want = [c.head for c in layout.COLUMNS]
    if not layout.header_matches(got):
        out.problems.append(
            problem(
                f"{shown}:{ref}!A{layout.HEAD_ROW}",
                "template-changed",
                said("import-header-changed", heads=" | ".join(want)),
            )
        )
        return
    composites: dict[str, Entry] = {}
    for number, row in stream:
        if number >= layout.FIRST_ROW + MAX_ROWS:
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
                            first=str(layout.FIRST_ROW),
                            last=str(layout.FIRST_ROW + MAX_ROWS - 1),
                        ),
                    )
                )
                return
            continue
        cells = _cells(ws, row, width)
        values: dict[str, Any] = {c.key: None for c in layout.COLUMNS}
        formats: dict[str, str] = {}
        bad_cell = False
        for column, cell in zip(layout.COLUMNS, cells, strict=False):
            if column.key not in ("target", "component") and not column.input:
                continue  # descriptive columns are ours and are not read
            if _is_formula(cell) and not _words_text(column.key, cell):
                refuse(column.key, number, "formula", said("import-formula", formula=str(cell.value)[:40]))
                bad_cell = True
                continue
            values[column.key] = cell.value
            formats[column.key] = str(getattr(cell, "number_format", None) or "General")
        ident = values["target"]
        inputs_filled = [
            c.key for c in layout.COLUMNS if c.input and c.key != "unit" and not _blank(values[c.key])
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
        units = layout.compatible_units(dataset, target)
        allowed = layout.inputs_for(target, comp_index, units)
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
    if high_row is None or high_row < layout.FIRST_ROW or low_col is None or low_col > len(layout.COLUMNS):
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
    filled = [c.key for c in layout.COLUMNS if c.input and c.key != "unit" and not _blank(values[c.key])]
    unit_value = values["unit"]
    # A relative target's row shows its figure's unit (万元/人); one made before showed its own (%).
    shown_units = (target.unit or "", layout.figure_unit(target))
    unit_changed = not _blank(unit_value) and str(unit_value).strip() not in shown_units
    for key in filled + (["unit"] if unit_changed else []):
        if key not in allowed:
            head = layout.COLUMNS[layout.COL[key] - 1].head
            why = (
                said("import-first-row-only", head=head)
                if component and key in ("unit", "as_of", "source", "note", *layout.WORDS)
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
            chosen = layout.STATES.get(text) or layout.STATE_WORDS_ZH.get(text)
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
        units = layout.compatible_units(dataset, target)
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
    for key in ("source", "note", *layout.WORDS):
        if key in allowed and not _blank(values[key]):
            text = _words(values[key]) if key in layout.WORDS else str(values[key]).strip()
            if len(text) > MAX_TEXT:
                refuse(
                    key, row, "too-long", said("import-too-long", length=str(len(text)), limit=str(MAX_TEXT))
                )
            else:
                entry.fields[key] = text
                entry.cells[key] = at(key, row)
    if "value" in entry.fields:
        _check_bounds(entry, dataset, lambda c, m: refuse("value", row, c, m))


def _words_text(key: str, cell: Any) -> bool:
    """A unit's words that begin with ``=`` typed into a cell formatted as text (the template's
    words cells are): stored as text, never a formula, and kept as typed (``=1+1`` is words)."""
    return key in layout.WORDS and getattr(cell, "data_type", None) == "s"


def _words(value: Any) -> str:
    """A unit's words as typed, trimmed of surrounding whitespace only; a line break is a line
    break however the file wrote it (CR LF, CR)."""
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


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
    elif (approximate := _APPROXIMATE.match(text)) is not None and approximate["figure"] != text:
        # Not taken as 60: the plan's figures are counts and totals, and whether 约60 is 60 is
        # the unit's to say. The figure is offered as a question, to retype.
        report("wrong-type", said("import-text-approximate", text=given, figure=approximate["figure"]))
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
    low, high = layout.bounds(dataset, target)
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
