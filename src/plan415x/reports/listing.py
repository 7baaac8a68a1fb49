"""``plan415x targets``: the plan's targets as a table, JSON or CSV.

The table's cells are shown through ``safetext.terminal_text`` (in ``render_rows``); every
CSV cell through ``safetext.csv_text``, so that a name such as ``=HYPERLINK(...)`` stays text
in a spreadsheet; JSON holds only finite numbers."""

from __future__ import annotations

import csv
import io
import json
from typing import assert_never

from plan415x.codec import as_json
from plan415x.options import ListFormat
from plan415x.problems import Said, said
from plan415x.reports.table import render_rows
from plan415x.safetext import csv_text, json_finite
from plan415x.values import PlanFile, Target


def select(
    plan: PlanFile, *, action: str | None, kind: str | None, unit: str | None, no_owner: bool = False
) -> list[Target] | Said:
    """The targets matching the filters, or a usage message naming the bad filter. ``no_owner``:
    only the targets that name no responsible unit of their own (the plan's ``default_owner``
    answers for them), to be filled in from the 分工 document."""
    if action is not None and action not in {a.id for a in plan.actions}:
        if not plan.actions:
            return said("cli-unknown-action-none", action=repr(action))
        return said("cli-unknown-action", action=repr(action), choices=", ".join(a.id for a in plan.actions))
    kinds = sorted({t.kind.value for t in plan.targets})
    if kind is not None and kind not in kinds:
        return said("cli-unknown-kind", kind=repr(kind), kinds=", ".join(kinds))
    if unit is not None and unit not in {u.id for u in plan.responsible_units}:
        if not plan.responsible_units:
            return said("cli-unknown-unit-none", unit=repr(unit))
        return said(
            "cli-unknown-unit", unit=repr(unit), choices=", ".join(u.id for u in plan.responsible_units)
        )
    return [
        t
        for t in plan.targets
        if (action is None or t.action == action)
        and (kind is None or t.kind.value == kind)
        and (unit is None or unit in t.responsible)
        and (not no_owner or not t.responsible)
    ]


def _value(t: Target) -> str:
    if t.value is None:
        return "?"
    if t.comparator.value == "between":
        return f"{t.value:g}—{t.upper:g}" if t.upper is not None else f"{t.value:g}"
    symbol = "≈" if t.comparator.value == "approx" else t.comparator.value
    return f"{symbol}{t.value:g}"


def _years(t: Target) -> str:
    return str(t.first_year) if t.first_year == t.last_year else f"{t.first_year}-{t.last_year}"


def render(targets: list[Target], fmt: ListFormat, *, lang: str, color: bool) -> str:
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case ListFormat.json:
            return _json(targets)
        case ListFormat.csv:
            return _csv(targets, lang)
        case ListFormat.table:
            return _table(targets, lang, color)
        case _:
            assert_never(fmt)


def _json(targets: list[Target]) -> str:
    rows = [as_json(t) for t in targets]
    return json.dumps(json_finite(rows), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


_HEAD = ["id", "clause", "kind", "name", "target", "unit", "years", "hedge", "lead"]


def _rows(targets: list[Target], lang: str) -> list[list[str]]:
    return [
        [
            t.id,
            t.clause,
            t.kind.value,
            t.name_en if lang == "en" else t.name_zh,
            _value(t),
            t.unit or "",
            _years(t),
            t.hedge.value,
            t.lead_unit or "",
        ]
        for t in targets
    ]


def _csv(targets: list[Target], lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_HEAD)
    writer.writerows([csv_text(cell) for cell in row] for row in _rows(targets, lang))
    return buffer.getvalue()


def _table(targets: list[Target], lang: str, color: bool) -> str:
    return render_rows(_HEAD, _rows(targets, lang), color=color, footer=f"{len(targets)} targets")
