"""The 明细 sheet of the gap workbook (and each lead unit's sheet of ``--by-unit``): one row per
target, the columns of ``check`` with percentages, gaps and figures as numbers (the words
``check`` writes after a number are in its number format, so the cell stays a number)."""

from __future__ import annotations

import datetime as dt
import functools

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.excel import cells as xc
from plan415x.excel import fastrows
from plan415x.excel.sheets import (
    BOX,
    RIGHT,
    STATUS_FILL,
    STATUS_FONT,
    TOP,
    WORDS,
    WRAP,
    Value,
    page_setup,
    source_words,
    title_rows,
    write_head,
)
from plan415x.i18n import say
from plan415x.reports.gap import (
    DEFAULT_OWNER,
    change_text,
    column_heads,
    lead_text,
    schedule_text,
    status_cell,
)
from plan415x.reports.words import actual_suffix, actual_text, goal_text, name_text, unit_name
from plan415x.results import Light, Report, Result
from plan415x.values import Comparator, Good, Kind
from plan415x.views.workbook import WorkbookView

DETAIL_COLUMNS = (
    "no",
    "action",
    "name",
    "unit",
    "goal",
    "actual",
    "done",
    "schedule",
    "gap",
    "status",
    "change",
    "lead",
    "units",
    "source",
)


# Column caps (1-based): long text wraps there instead of widening the sheet past a page.
# 行动 fits the plan's eight-character names (实施空间腾换行动) and 责任单位 three unit names a
# line: with the source shown only where it is a record's own, these wrapped most rows to two
# lines or more (141 rows of 2023Q2: 356 lines at these caps before, 277 now).
DETAIL_CAPS = {
    1: 6,
    2: 18,
    3: 30,
    4: 9,
    5: 14,
    6: 14,
    7: 9,
    # 序时进度: a multi-year target's share of its span says its years, 10.0%(2023-2027年), and
    # a number never wraps (a cell too narrow shows ###)
    8: 19,
    9: 14,
    10: 15,
    11: 10,
    12: 16,
    13: 24,
    14: 36,
}


COL_STATUS = 10


WRAPPED = (2, 3, 5, 6, COL_STATUS, 13, 14)  # a not-due status says its distance: it may wrap


RIGHT_ALIGNED = (5, 6)


_PER_YEAR_GOAL = frozenset({Kind.annual, Kind.one_year, Kind.growth})


_SYMBOL = {
    Comparator.ge: "≥",
    Comparator.gt: ">",
    Comparator.le: "≤",
    Comparator.lt: "<",
    Comparator.eq: "=",
    Comparator.approx: "≈",
    Comparator.between: "",
}


def _goal(r: Result, lang: str) -> tuple[Value, str | None]:
    t = r.target
    if t.kind in (Kind.milestone, Kind.directional) or t.value is None:
        return goal_text(r, lang), None
    if t.comparator is Comparator.between or t.good in (Good.down, Good.point):
        # A range (5—5.5) or a good side said in words (≈3(越低越好)) is text, not one number.
        return goal_text(r, lang), None
    value = xc.tidy_number(t.value)
    base = xc.number_format_for(value)
    if t.kind is Kind.relative:
        return value, xc.quoted("+") + base + xc.quoted("%")
    per_year = t.kind in _PER_YEAR_GOAL or (t.kind is Kind.composite and t.basis is not Kind.cumulative)
    suffix = "" if per_year else f" ({t.last_year})"
    return value, xc.quoted(_SYMBOL[t.comparator]) + base + xc.quoted(suffix)


def _actual(r: Result, report: Report, lang: str) -> tuple[Value, str | None]:
    o = r.outcome
    if o.state is not None or o.actual is None:
        return actual_text(r, report, lang), None
    value = xc.tidy_number(o.actual)
    fmt = xc.number_format_for(value)
    if r.target.kind is Kind.growth:
        fmt += xc.quoted("%")
    # The same words as the table's, as a number format: the cell stays a number.
    if suffix := actual_suffix(r, report, lang):
        fmt += xc.quoted(suffix)
    return value, fmt


def _schedule(r: Result, lang: str) -> tuple[Value, str | None]:
    """序时进度 as a percentage, with the words the table's cell has after it (a span's years,
    30%(2023-2027年); a planned schedule, 45%(计划)) in the number format, so the cell stays a
    number."""
    o = r.outcome
    if o.schedule_pct is None:
        return None, xc.PCT
    words = schedule_text(r, lang).split("%", 1)[1]
    return o.schedule_pct / 100, xc.PCT + xc.quoted(words) if words else xc.PCT


def _provenance(r: Result, view: WorkbookView, report: Report, lang: str) -> str:
    """来源/口径: the target's from its records (``WorkbookView.records``: the sources used that
    differ from their file's default source, listed once on 说明, the record's note and
    evidence), then the rule's caveats."""
    own = (source_words(x, report, lang) for x in view.records.get(r.target.id, ()))
    return "; ".join(dict.fromkeys([*own, *(say(c) for c in r.outcome.caveats)]))


def responsible_text(r: Result, report: Report, lang: str) -> str:
    """责任单位, the default owner marked as in the lead-unit column."""
    names = [unit_name(report, u, lang) for u in r.target.responsible]
    if r.target.owner_is_default and names:
        names[0] += DEFAULT_OWNER[lang]
    return "、".join(names)


def detail_rows(view: WorkbookView, report: Report, lang: str) -> list[list[tuple[Value, str | None]]]:
    """The 明细 rows of ``report`` (the view's, or a part of it): (value, number format) per
    column, in DETAIL_COLUMNS' order."""
    rows: list[list[tuple[Value, str | None]]] = []
    for index, r in enumerate(report.results, start=1):
        o = r.outcome
        action = report.action_names.get(r.target.action, (r.target.action, r.target.action))
        rows.append(
            [
                (index, xc.INT),
                (action[0] if lang == "zh" else action[1], None),
                (name_text(r, lang), None),
                (r.target.unit or "", None),
                _goal(r, lang),
                _actual(r, report, lang),
                (None if o.completion_pct is None else o.completion_pct / 100, xc.PCT),
                _schedule(r, lang),
                (None if o.gap_points is None else o.gap_points, xc.POINTS),
                (status_cell(r, report, lang), None),
                (change_text(r, lang), None),
                (lead_text(r, report, lang), None),
                (responsible_text(r, report, lang), None),
                (_provenance(r, view, report, lang), None),
            ]
        )
    return rows


def write_detail(
    ws: Worksheet,
    view: WorkbookView,
    report: Report,
    lang: str,
    made: dt.date,
    lead: str | None = None,
) -> fastrows.FastRows:
    """Title and header through openpyxl; the rows, one per target, as ``FastRows`` (the
    workbook's ``save`` writes them): bordered, wrapped where long, the status in its colour."""
    extra = f"{WORDS[lang]['lead']}: {lead}" if lead else None
    head_row = title_rows(ws, report, lang, extra) + 1
    head = column_heads(DETAIL_COLUMNS, report, lang)
    write_head(ws, head_row, head)
    rows = detail_rows(view, report, lang)
    last = head_row + max(len(rows), 1)
    ws.freeze_panes = f"D{head_row + 1}"
    ws.auto_filter.ref = f"A{head_row}:{get_column_letter(len(head))}{last}"
    shown = [[_shown(v, f) for v, f in values] for values in rows]
    widths = xc.fit_columns(ws, [[_head_width(h) for h in head], *shown], maximum=DETAIL_CAPS)
    heights = xc.row_heights(shown, widths, WRAPPED)
    ws.row_dimensions[head_row].height = 30
    fast = fastrows.FastRows(ws, head_row + 1)
    styles = [
        fast.style(border=BOX, alignment=RIGHT if c in RIGHT_ALIGNED else WRAP if c in WRAPPED else TOP)
        for c in range(1, len(head) + 1)
    ]
    by_light = {}
    for light in Light:
        status = fast.style(font=STATUS_FONT[light], fill=STATUS_FILL[light], border=BOX, alignment=WRAP)
        by_light[light] = [*styles[: COL_STATUS - 1], status, *styles[COL_STATUS:]]
    for r, values, height in zip(report.results, rows, heights, strict=True):
        fast.add(values, by_light[r.light], height)
    page_setup(ws, report, lang, made, head_row)
    return fast


def _head_width(label: str) -> str:
    # Headers wrap (a long header should not make a column of short numbers wide).
    return label if xc.display_width(label) <= 12 else label[: max(len(label) // 2, 5)]


def _shown(value: Value, fmt: str | None) -> str:
    """Roughly what a cell shows, to size its column."""
    if value is None:
        return ""
    if isinstance(value, str | dt.date):
        return str(value)
    if fmt is not None and fmt.startswith(xc.PCT):  # a percentage, with the span it is a share of
        return f"{value * 100:.1f}%{_literal(fmt[len(xc.PCT) :])}"
    literal = _literal(fmt) if fmt else ""
    return f"{value:,.2f}{literal}" if isinstance(value, float) else f"{value:,}{literal}"


@functools.cache
def _literal(fmt: str) -> str:
    """The quoted text of a number format (``"≥"#,##0" (2027)"`` -> ``≥ (2027)``)."""
    return "".join(fmt.split('"')[1::2])
