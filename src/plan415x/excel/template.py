"""``plan415x template``: a data-entry workbook for the figures due in one period.

Layout (version 1; ``importer`` reads exactly this and refuses anything else):

- 说明: short instructions in Chinese.
- one sheet per supplying unit (``supplied_by``, else the lead unit; targets without one on
  未指定牵头单位), title in row 1, a hint in
  row 2, the header in row 3 and one row per target due from row 4: columns A-G describe the
  target and are locked (F-G: the figure to compare with, for a year-to-date figure 上年同期); H-P are the input cells (unlocked, white, with data validation). An
  input that does not apply to a target (a value for a milestone, a state for a count) is
  locked and grey; so are O-P (滞后原因, 下步措施) on a row that does not ask for the unit's words
  (``views.words.asked_rows``: the targets lagging in the last period published, else judged).
- composite targets take one row per component: column A repeats the target id, column B holds
  the component id. Each component row has its own value; the unit, as-of date, source and note
  are given on the first component row only.
- a very hidden sheet ``_plan415x`` holds what import needs to know: the format and its
  version, the plan id, the period and which sheet belongs to which unit, and a digest of all
  of it (``meta_digest``, row 6), checked at import: an edited hidden sheet would give a
  sheet's figures to another unit or period.

Sheets are protected without a password: the aim is to stop slips, not people.

The layout import reads back (the columns, rows, the hidden sheet's keys and its digest) is in
``layout``; this module makes the sheets, their styles and the 说明 text.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from plan415x.engine import Engine
from plan415x.excel import cells as xc
from plan415x.excel.layout import (
    COL,
    COLUMNS,
    DIGEST_KEY,
    DIGEST_ROW,
    FIRST_ROW,
    FORMAT,
    HEAD_ROW,
    HINT_ROW,
    META_SHEET,
    NO_LEAD,
    NOTES_SHEET,
    STATE_LABEL_ZH,
    STATE_WORDS_ZH,
    TITLE_ROW,
    VERSION,
    WORDS,
    WORDS_PROMPT,
    bounds,
    compatible_units,
    figure_unit,
    inputs_for,
    meta_digest,
)
from plan415x.excel.sheetrows import MAX_TEXT
from plan415x.excel.template_notes import WORDS_HINT, notes_sheet
from plan415x.loading import Dataset
from plan415x.periods import Period
from plan415x.reports.words import goal_text
from plan415x.restatements import shares_figure, sharing
from plan415x.results import Report, Result
from plan415x.values import Kind, Target
from plan415x.views.reporting import due_of
from plan415x.views.words import Asked, asked_rows

LOCKED_FILL = PatternFill("solid", fgColor="FFF2F2F2")
NA_FILL = PatternFill("solid", fgColor="FFBFBFBF")
HEAD_FILL = PatternFill("solid", fgColor="FFDDEBF7")
INPUT_HEAD_FILL = PatternFill("solid", fgColor="FFFFF2CC")
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

HIDDEN = ("target", "component")
"""The id columns (A, B), hidden: import reads them, the unit reads the names."""
FIRST_SHOWN, DUE, CONTACT, HINT_FROM = "name", "what", "goal", "reference"
"""Row 2's places: 报送截止日期 (label, date), 联系人/电话 (label, text), then the hint."""
SIGNATURES = (("填报人(签字):", "联系电话:"), ("审核人(签字):", "填报日期:"), ("单位负责人(签字):", None))
"""The lines under a sheet's rows, two abreast (left: name, right: phone, date)."""

_FLOWS = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})


def what_to_enter(target: Target, period: Period) -> str:
    months = period.months_zh()
    if target.kind is Kind.milestone:
        return "状态"
    if target.full_year:
        return f"{period.year}年全年数"
    if target.kind in _FLOWS:
        return f"本年{months}累计"
    if target.kind is Kind.growth:
        return f"{months}累计增速(%)"
    if target.kind is Kind.relative:
        return "实际值及参照值"
    if target.kind is Kind.directional:
        return "最新值(参照值可选)"
    return "最新值"


@dataclass
class Made:
    workbook: Workbook
    sheets: list[str] = field(default_factory=list)
    rows: int = 0
    words: int = 0
    """Rows that ask for 滞后原因 and 下步措施."""
    asked: Asked = field(default_factory=lambda: Asked(frozenset()))

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        return buffer.getvalue()


@dataclass(frozen=True)
class Row:
    result: Result
    component: int | None  # index into target.components, or None


def _rows(results: Iterable[Result]) -> list[Row]:
    out: list[Row] = []
    for r in results:
        if r.target.kind is Kind.composite:
            out += [Row(r, i) for i in range(len(r.target.components))]
        else:
            out.append(Row(r, None))
    return out


def build(dataset: Dataset, period: Period, *, unit: str | None = None, made: dt.date | None = None) -> Made:
    """The template for ``period``: a sheet per supplying unit (``Target.supplier``: its
    ``supplied_by``, else its lead unit), or only ``unit``'s."""
    made = made or dt.date.today()
    engine = Engine(dataset)
    report = asked(engine.report(period))
    words = asked_rows(engine, period)
    shared = sharing(dataset.plan.targets)
    unit_names = {u.id: u.name_zh for u in dataset.plan.responsible_units}
    groups: dict[str | None, list[Result]] = {}
    for u in [*unit_names, None]:
        chosen = _asked_once([r for r in report.results if r.target.supplier == u])
        if chosen and (unit is None or u == unit):
            groups[u] = chosen
    wb = Workbook()
    notes = wb.active
    assert notes is not None
    notes.title = NOTES_SHEET
    out = Made(wb, asked=words)
    used = {NOTES_SHEET, META_SHEET}
    sheet_units: list[tuple[str, str]] = []
    dues: list[dt.date] = []
    for u, results in groups.items():
        name = unit_names[u] if u is not None else NO_LEAD
        title = xc.sheet_title(name, used)
        ws = wb.create_sheet(title)
        rows = _rows(results)
        asks = [_asks(row, words, shared) for row in rows]
        # The sheet's due date: its rows' earliest (a quarterly figure may be due later).
        due = min(due_of(dataset, r.target, period) for r in results)
        dues.append(due)
        out.rows += _unit_sheet(ws, dataset, engine, period, name, rows, asks, due)
        out.words += sum(asks)
        out.sheets.append(title)
        sheet_units.append((title, u or ""))
    notes_sheet(notes, dataset, period, made, words, dues)
    _meta_sheet(wb.create_sheet(META_SHEET), dataset, period, made, sheet_units)
    if out.sheets:
        wb.active = 1
    return out


def asked(report: Report) -> Report:
    """The report without the targets the template does not ask for in its period: a full-year
    total (``full_year``) only in a period ending in December (1-6月 of 产值 is no year's output)."""
    if report.period.end_month == 12:
        return report
    return replace(report, results=tuple(r for r in report.results if not r.target.full_year))


def _asked_once(results: list[Result]) -> list[Result]:
    """One unit's rows, without a restatement whose figure is its restated target's, on the same
    sheet (``restatements.shares_figure``): the figure is asked for once, on the restated
    target's row, and ``import`` records it for both."""
    listed = {r.target.id: r.target for r in results}
    return [
        r
        for r in results
        if not (r.target.restates in listed and shares_figure(r.target, listed[r.target.restates]))
    ]


def _asks(row: Row, words: Asked, shared: dict[str, tuple[Target, ...]]) -> bool:
    """Whether ``row`` asks for the unit's words: a target's first row, when the target (or a
    restatement whose figure this row asks, ``_asked_once``) was lagging."""
    target = row.result.target
    if row.component not in (None, 0):
        return False
    same_sheet = tuple(t for t in shared.get(target.id, ()) if t.supplier == target.supplier)
    return words.asks(target, same_sheet)


def _previous(engine: Engine, row: Row, period: Period) -> tuple[str | float | None, str]:
    """The figure to compare with (in the target's unit) and its period: for a year-to-date
    figure (年度、累计、组合) the same months of last year (上年同期: 2023年1月 for 2024-01),
    never last December's total, which a unit would add January's figure to (2023's 436 + 30 =
    466); for a full-year total the latest year's; for any other, the latest figure before
    ``period``."""
    target = row.result.target
    before = [o for o in engine.history.get(target.id, ()) if o.period.key < period.key]
    if target.kind in _FLOWS:
        before = [o for o in before if o.period.key == (period.year - 1, period.end_month)]
    elif target.full_year:  # a year's total is compared with a year's total, never 1-6月
        before = [o for o in before if o.period.end_month == 12]
    if not before:
        return None, ""
    obs = before[-1]
    if row.component is not None:
        comps = obs.record.components or {}
        value = comps.get(target.components[row.component].id)
        return (None if value is None else xc.tidy_number(value)), obs.period.label_zh()
    if obs.record.state is not None:
        return STATE_LABEL_ZH[obs.record.state], obs.period.label_zh()
    return (None if obs.value is None else xc.tidy_number(obs.value)), obs.period.label_zh()


def _unit_sheet(
    ws: Worksheet,
    dataset: Dataset,
    engine: Engine,
    period: Period,
    unit_name: str,
    rows: list[Row],
    asking: list[bool],
    due: dt.date,
) -> int:
    plan = dataset.plan.plan
    # A1, in the hidden id column, is the title import cross-checks (period code and unit); the
    # unit reads the same title in its own terms from the first visible column.
    xc.put(
        ws,
        TITLE_ROW,
        1,
        f"{plan.title_zh} 数据填报表 · {period.label_zh()} ({period}) · 填报单位: {unit_name}",
    )
    shown = COL[FIRST_SHOWN]
    xc.put(ws, TITLE_ROW, shown, f"{plan.title_zh} 数据填报表 · {period.label_zh()} · 填报单位: {unit_name}")
    ws.cell(row=TITLE_ROW, column=shown).font = Font(bold=True, size=13)
    _due_and_contact(ws, dataset, due)
    months = period.months_zh()
    hint = xc.put(
        ws,
        HINT_ROW,
        COL[HINT_FROM],
        f"只填写白色单元格(灰色已锁定)。年度、累计、组合指标填本年{months}累计数(上期数栏为上年同期数,"
        "勿加入往年数); 百分数填数字不带%; 里程碑选状态。请保持 .xlsx 格式,勿改工作表名、勿移动行列。详见「说明」。"
        + (WORDS_HINT if any(asking) else ""),
    )
    hint.font = xc.ASIDE_FONT
    hint.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=HINT_ROW, start_column=COL[HINT_FROM], end_row=HINT_ROW, end_column=len(COLUMNS))
    for index, column in enumerate(COLUMNS, start=1):
        cell = xc.put(ws, HEAD_ROW, index, column.head)
        cell.font = Font(bold=True)
        cell.fill = INPUT_HEAD_FILL if column.input else HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = column.width
    validations: dict[tuple[str, ...], DataValidation] = {}

    def validate(
        cell_ref: str,
        kind: Literal["decimal", "list", "date", "textLength"],
        *,
        operator: Literal["between", "greaterThanOrEqual", "lessThanOrEqual"] | None = None,
        formula1: str,
        formula2: str | None = None,
        errorTitle: str,
        error: str,
        prompt: str | None = None,
    ) -> None:
        key = (kind, operator or "", formula1, formula2 or "", error, prompt or "")
        dv = validations.get(key)
        if dv is None:
            dv = DataValidation(
                type=kind,
                operator=operator,
                formula1=formula1,
                formula2=formula2,
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=errorTitle,
                error=error,
                showInputMessage=prompt is not None,
                prompt=prompt,
            )
            validations[key] = dv
            ws.add_data_validation(dv)
        dv.add(cell_ref)

    first, last = plan.first_year, plan.last_year
    name_widths: list[list[object]] = []
    for offset, row in enumerate(rows):
        r = FIRST_ROW + offset
        target = row.result.target
        units = compatible_units(dataset, target)
        inputs = inputs_for(target, row.component, units)
        asks = asking[offset]
        if not asks:  # locked and grey, as any input that does not apply to the row
            inputs -= set(WORDS)
        component = target.components[row.component] if row.component is not None else None
        name = target.name_zh + (f" · {component.name_zh}" if component else "")
        first_of_target = row.component in (None, 0)
        previous, previous_period = _previous(engine, row, period)
        values: dict[str, str | float | None] = {
            "target": target.id,
            "component": component.id if component else "",
            "name": name,
            "what": what_to_enter(target, period) + ("(分项)" if component else ""),
            "goal": goal_text(row.result, "zh") if first_of_target else "",
            "previous": previous,
            "previous_period": previous_period,
            "unit": figure_unit(target),
        }
        name_widths.append([None, None, name])
        for index, column in enumerate(COLUMNS, start=1):
            cell = xc.put(ws, r, index, values.get(column.key))
            cell.border = BOX
            cell.alignment = Alignment(
                vertical="top", wrap_text=column.key in ("name", "source", "note", *WORDS)
            )
            if column.input and column.key in inputs:
                cell.protection = Protection(locked=False)
            else:
                cell.protection = Protection(locked=True)
                cell.fill = NA_FILL if column.input and column.key != "unit" else LOCKED_FILL
        if isinstance(previous, float | int):
            ws.cell(row=r, column=COL["previous"]).number_format = xc.number_format_for(previous)
        ref = f"{get_column_letter(COL['value'])}{r}"
        if "value" in inputs:
            low, high = bounds(dataset, target)
            if "unit" in inputs:  # another unit may be chosen: only a bound of 0 holds in every unit
                low = low if low == 0 else None
                high = None
            if low is not None and high is not None:
                validate(
                    ref,
                    "decimal",
                    operator="between",
                    formula1=f"{low:g}",
                    formula2=f"{high:g}",
                    errorTitle="数值无效",
                    error=f"请输入 {low:g} 到 {high:g} 之间的数字(不带%)",
                )
            elif low is not None:
                validate(
                    ref,
                    "decimal",
                    operator="greaterThanOrEqual",
                    formula1=f"{low:g}",
                    errorTitle="数值无效",
                    error=f"请输入不小于 {low:g} 的数字",
                )
            else:
                validate(
                    ref,
                    "decimal",
                    operator="between",
                    formula1="-1E+15",
                    formula2="1E+15",
                    errorTitle="数值无效",
                    error="请输入数字",
                )
            ws[ref].number_format = "General"
        if "reference" in inputs:
            validate(
                f"{get_column_letter(COL['reference'])}{r}",
                "decimal",
                operator="between",
                formula1="-1E+15",
                formula2="1E+15",
                errorTitle="数值无效",
                error="请输入数字",
            )
        if "state" in inputs:
            validate(
                f"{get_column_letter(COL['state'])}{r}",
                "list",
                # The analyst's words (issue 10): the import still takes done/pending/not_done.
                formula1='"' + ",".join(STATE_WORDS_ZH) + '"',
                errorTitle="状态无效",
                error="请选择 已完成、推进中 或 未完成",
            )
        if "unit" in inputs and all("," not in u and '"' not in u for u in units):
            listed = '"' + ",".join(units) + '"'
            if len(listed) <= 255:
                validate(
                    f"{get_column_letter(COL['unit'])}{r}",
                    "list",
                    formula1=listed,
                    errorTitle="单位无效",
                    error="请从列表中选择单位",
                )
        for key in WORDS if asks else ():
            words_ref = f"{get_column_letter(COL[key])}{r}"
            # Text, so that words typed starting with = stay words (never a formula).
            ws[words_ref].number_format = "@"
            validate(
                words_ref,
                "textLength",
                operator="lessThanOrEqual",
                formula1=str(MAX_TEXT),
                errorTitle="文字过长",
                error=f"请填写不超过 {MAX_TEXT} 字",
                prompt=WORDS_PROMPT[key],
            )
        if "as_of" in inputs:
            date_ref = f"{get_column_letter(COL['as_of'])}{r}"
            validate(
                date_ref,
                "date",
                operator="between",
                formula1=f"DATE({first},1,1)",
                formula2=f"DATE({last + 1},12,31)",
                errorTitle="日期无效",
                error=f"请输入 {first}-{last + 1} 年间的日期,如 {period.end_date.isoformat()}",
            )
            ws[date_ref].number_format = xc.DATE
    widths = {index: column.width for index, column in enumerate(COLUMNS, start=1)}
    longest_id = max((xc.display_width(row.result.target.id) for row in rows), default=0)
    widths[COL["target"]] = max(widths[COL["target"]], min(longest_id + 2, 48))
    ws.column_dimensions[get_column_letter(COL["target"])].width = widths[COL["target"]]
    xc.fit_rows(ws, name_widths, FIRST_ROW, widths, [COL["name"]])
    ws.row_dimensions[HEAD_ROW].height = 30
    ws.row_dimensions[HINT_ROW].height = 48
    _signatures(ws, FIRST_ROW + len(rows) + 1)
    # The ids are the import's, not the unit's: hidden, where they always were (moving them last
    # would move every input column of templates already given out).
    for key in HIDDEN:
        ws.column_dimensions[get_column_letter(COL[key])].hidden = True
    ws.freeze_panes = f"D{FIRST_ROW}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widening a column is fine
    ws.protection.formatRows = False
    xc.print_setup(
        ws,
        title_row=HEAD_ROW,
        header={"center": f"{unit_name} · {period.label_zh()}"},
        footer={"center": "第 &P 页,共 &N 页"},
    )
    return len(rows)


def _due_and_contact(ws: Worksheet, dataset: Dataset, due: dt.date) -> None:
    """Row 2: 报送截止日期 (a date) and, when the plan gives one, whom to call (联系人/电话)."""
    label = xc.put(ws, HINT_ROW, COL[FIRST_SHOWN], "报送截止日期:")
    label.font = Font(bold=True)
    label.alignment = Alignment(horizontal="right", vertical="top")
    date = xc.put(ws, HINT_ROW, COL[DUE], due)
    date.number_format = 'yyyy"年"m"月"d"日"'
    date.font = Font(bold=True, color="FFC00000")
    date.alignment = Alignment(horizontal="left", vertical="top")
    contact = dataset.plan.reporting.contact
    if contact is None:  # nothing said: a placeholder would reach the unit as ours
        return
    who = xc.put(ws, HINT_ROW, COL[CONTACT], "联系人/电话:")
    who.font = Font(bold=True)
    who.alignment = Alignment(horizontal="right", vertical="top")
    text = xc.put(ws, HINT_ROW, COL[CONTACT] + 1, f"{contact.name} {contact.phone}")
    text.alignment = Alignment(vertical="top", wrap_text=True)
    ws.merge_cells(
        start_row=HINT_ROW, start_column=COL[CONTACT] + 1, end_row=HINT_ROW, end_column=COL[HINT_FROM] - 1
    )


def _signatures(ws: Worksheet, first: int) -> None:
    """The lines to sign under the rows, in locked descriptive columns' places (import reads only
    the id and input columns, so a name written here is never taken for a figure)."""
    for offset, pair in enumerate(SIGNATURES):
        r = first + offset
        ws.row_dimensions[r].height = 24
        for label_key, words in zip((FIRST_SHOWN, CONTACT), pair, strict=True):
            if words is None:
                continue
            at = COL[label_key]
            cell = xc.put(ws, r, at, words)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="right", vertical="bottom")
            blank = ws.cell(row=r, column=at + 1)
            blank.protection = Protection(locked=False)
            blank.border = Border(bottom=THIN)


def _meta_sheet(
    ws: Worksheet, dataset: Dataset, period: Period, made: dt.date, sheets: list[tuple[str, str]]
) -> None:
    rows: list[list[str | int]] = [
        ["format", FORMAT],
        ["version", VERSION],
        ["plan", dataset.plan.plan.id],
        ["period", str(period)],
        ["created", made.isoformat()],
    ]
    rows.append([])  # row 6: the digest, written below
    rows += [["sheet", title, unit] for title, unit in sheets]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            xc.put(ws, r, c, value)
    # Over what the cells hold (xc.put drops what XML cannot hold), as import reads them back.
    stored = [[ws.cell(row=r, column=c).value for c in range(1, 4)] for r in range(1, len(rows) + 1)]
    xc.put(ws, DIGEST_ROW, 1, DIGEST_KEY)
    xc.put(ws, DIGEST_ROW, 2, meta_digest(stored))
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
