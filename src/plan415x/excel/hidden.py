"""The hidden ``_plan415x`` sheet of a filled template, read and checked: its format, version,
plan, period and which sheet belongs to which unit, against its digest (``layout.meta_digest``);
and a unit sheet's title, which must name the same period and unit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from plan415x.excel import cells as xc
from plan415x.excel import layout
from plan415x.excel.outcome import problem
from plan415x.excel.sheetrows import Read, _cells, _line_ends, _stream
from plan415x.loading import Dataset
from plan415x.periods import Period
from plan415x.problems import Said, SaidError, said

# A unit sheet's title (A1) as the template writes it: "… (2023Q3) · 填报单位: 乙局" (the
# supplying unit's sheet; "牵头单位" in templates made before sheets were the suppliers').
_TITLE = re.compile(r"\(([^()\s]+)\) · (?:填报单位|牵头单位): (.*)\Z", re.DOTALL)


def _read_meta(wb: Any, shown: str, dataset: Dataset, out: Read) -> list[tuple[str, str]] | None:
    def bad(code: str, made: Said) -> None:
        out.problems.append(problem(shown, code, made))

    if layout.META_SHEET not in wb.sheetnames:
        bad("not-template", said("import-no-hidden-sheet"))
        return None
    meta: dict[str, Any] = {}
    meta_row: dict[str, int] = {}
    sheets: list[tuple[str, str]] = []
    rows: list[tuple[Any, ...]] = []
    for index, row in enumerate(_meta_rows(wb[layout.META_SHEET])):
        if index > 1000:
            break
        rows.append(row)
        key = row[0] if row else None
        if key == "sheet" and len(row) > 1 and isinstance(row[1], str):
            sheets.append((row[1], str(row[2] or "") if len(row) > 2 else ""))
            out.sheet_rows.setdefault(row[1], index + 1)
        elif isinstance(key, str) and key not in meta and len(row) > 1:
            meta[key] = row[1]
            meta_row[key] = index + 1
    where = f"{shown}:{layout.META_SHEET}"
    if meta.get("format") != layout.FORMAT:
        bad("not-template", said("import-hidden-sheet-changed"))
        return None
    if meta.get("version") != layout.VERSION:
        found = repr(meta.get("version"))
        bad("template-version", said("import-template-version", version=found, ours=str(layout.VERSION)))
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


def _meta_rows(ws: Any) -> Iterator[tuple[Any, ...]]:
    """The hidden sheet's rows as values of columns 1-3, a blank row for each the XML skips, as
    ``iter_rows`` gave them (the digest is over these), but read to the sheet's last row:
    ``iter_rows`` stops at the row ``<dimension>`` names, which WPS writes as A1 on resaving."""
    number = 0
    for at, raw in _stream(ws, 1, 3):
        while number < at - 1:
            number += 1
            yield (None, None, None)
        number = at
        yield tuple(getattr(cell, "value", None) for cell in _cells(ws, raw, 3))


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
    meta_ref = f"{shown}:{layout.META_SHEET}"
    stored = meta.get(layout.DIGEST_KEY)
    if layout.DIGEST_KEY not in meta:  # a blank digest cell is an edit, not an old template
        out.notes.append(said("import-note-no-digest"))
    elif stored != layout.meta_digest(rows):
        out.problems.append(
            problem(
                f"{meta_ref}!B{meta_row[layout.DIGEST_KEY]}", "metadata-mismatch", said("import-meta-edited")
            )
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
    names = {layout.NO_LEAD} if unit is None else {unit.id, unit.name_zh, *unit.aliases}
    names = {_line_ends(xc.clean(n)).strip() for n in names}
    if named_unit in names and named_period == str(period):
        return None
    holder = unit.name_zh if unit is not None else (unit_id or layout.NO_LEAD)
    return said(
        "import-title-mismatch",
        named_unit=named_unit,
        named_period=named_period,
        holder=holder,
        period=str(period),
    )
