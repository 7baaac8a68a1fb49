"""``plan415x export``: the gap report as a workbook an analyst can send as it is.

Rendered from the workbook's view (``views.workbook``): the Report that ``plan415x check`` prints
and what every output shows beside it (the ranking of ``views.rank``, 报送情况, the red streaks),
computed once; here nothing is judged, and neither the engine nor the loader is imported. The
words are ``check``'s (``reports.gap``); each sheet is a module of its own (``*_sheet.py``).

Storage choices (tested):
- percentages (完成率, 序时进度) are fractions with the format ``0.0%`` (0.5 shows 50.0%), so
  Excel sums, sorts and charts them as numbers;
- 差值(百分点) is a number of points with the format ``0.0``;
- targets and actual figures are numbers with ``#,##0`` (or ``#,##0.0#``); the comparator and
  due year of a target, and the period of a figure older than the report's, are literal text
  inside the number format (``"≥"#,##0" (2027)"``), so the cell stays a number;
- the status cell holds its words (``黄灯·滞后``) and is filled in its light's colour.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from plan415x.excel import cells as xc
from plan415x.excel import fastrows
from plan415x.excel.detail_sheet import write_detail
from plan415x.excel.notes_sheet import write_notes
from plan415x.excel.reporting_sheet import write_chase, write_reporting
from plan415x.excel.score_sheet import write_score_sheet
from plan415x.excel.sheets import SCORE_TITLE, WORDS, banner_across, page_setup, title_rows
from plan415x.excel.summary_sheet import write_summary
from plan415x.excel.trend_sheet import write_trend
from plan415x.excel.units_sheet import write_units
from plan415x.reports.words import unit_name
from plan415x.results import Report
from plan415x.views.workbook import WorkbookView

if TYPE_CHECKING:
    from openpyxl import _ZipFileFileWriteProtocol


@dataclass(frozen=True)
class Sheet:
    """One unit's share of a report, for --by-unit sheets and --split workbooks."""

    unit: str | None
    name: str
    report: Report


def by_lead_unit(report: Report, lang: str) -> list[Sheet]:
    """The report cut by lead unit (plan order), then the targets with no lead unit."""
    out: list[Sheet] = []
    leads = [r.target.lead_unit for r in report.results]
    for unit in [*report.unit_names, None]:
        if unit not in leads:
            continue
        results = tuple(r for r in report.results if r.target.lead_unit == unit)
        name = unit_name(report, unit, lang) if unit else WORDS[lang]["no_lead"]
        part = replace(
            report,
            results=results,
            illustrative=any(r.illustrative for r in results),
            whole=report.whole if report.whole is not None else report.results,
        )
        out.append(Sheet(unit, name, part))
    return out


class ExportWorkbook(Workbook):
    """The gap report's workbook: its detail rows (``fast_rows``) are kept as XML until it is saved
    (cells.FastRows); ``save`` and ``to_bytes`` write them."""

    def __init__(self) -> None:
        super().__init__()
        self.fast_rows: list[fastrows.FastRows] = []

    def save(self, filename: _ZipFileFileWriteProtocol) -> None:
        data = fastrows.save(self, self.fast_rows)
        if isinstance(filename, str | os.PathLike):
            Path(filename).write_bytes(data)
        else:
            filename.write(data)


def build(
    view: WorkbookView, lang: str = "zh", *, by_unit: bool = False, made: dt.date | None = None
) -> ExportWorkbook:
    """The workbook of ``view`` (``views.workbook.workbook_view``): 总览, 明细, (one sheet per lead
    unit), 趋势, 报送情况, 催报清单, 责任单位, (年度考评, when the view has the year's score of
    ``plan415x score``), 说明."""
    report = view.report
    made = made or dt.date.today()
    w = WORDS[lang]
    wb = ExportWorkbook()
    summary = wb.active
    assert summary is not None
    summary.title = w["summary"]
    used = {w[k] for k in ("summary", "detail", "trend", "reporting", "chase", "units", "notes")} | {
        SCORE_TITLE[lang]
    }
    write_summary(summary, report, lang, made, view.period.streaks)
    wb.fast_rows.append(write_detail(wb.create_sheet(w["detail"]), view, report, lang, made))
    if by_unit:
        for part in by_lead_unit(report, lang):
            title = xc.sheet_title(part.name, used)
            ws = wb.create_sheet(title)
            wb.fast_rows.append(write_detail(ws, view, part.report, lang, made, lead=part.name))
    ws = wb.create_sheet(w["trend"])
    head = write_trend(ws, title_rows(ws, report, lang) + 1, view.trend.points(report.results), report, lang)
    page_setup(ws, report, lang, made, head)
    ws = wb.create_sheet(w["reporting"])
    assert view.period.reporting is not None  # workbook_view gives it, and the ranking
    assert view.period.ranking is not None
    head = write_reporting(ws, title_rows(ws, report, lang) + 1, view.period.reporting, lang)
    page_setup(ws, report, lang, made, head)
    ws = wb.create_sheet(w["chase"])
    page_setup(
        ws, report, lang, made, write_chase(ws, title_rows(ws, report, lang) + 1, view.period.reporting, lang)
    )
    # The ranking of `plan415x rank`, 报送率 breaking ties; among all units, also in one unit's
    # own workbook; 位次变化 against the last period of the same frequency, as `rank` says it.
    write_units(wb.create_sheet(w["units"]), report, lang, made, view.period.ranking)
    if view.score is not None:
        ws = write_score_sheet(wb, view.score, lang)
        page_setup(ws, report, lang, made, None)
    write_notes(wb.create_sheet(w["notes"]), view, report, lang, made)
    for ws in wb.worksheets:  # no header cut: a narrow column of counts widens to its header
        xc.fit_heads(ws)
        banner_across(ws)
    return wb


def to_bytes(wb: Workbook) -> bytes:
    return fastrows.save(wb, wb.fast_rows if isinstance(wb, ExportWorkbook) else ())


SPLIT_NAME_BYTES = 200
"""The most bytes (UTF-8) of a file name of ``export --split``: file systems allow 255 (ext4,
APFS; NTFS 255 UTF-16 units, never fewer than this), and the temporary name a file is written
under first adds some (fsutil)."""


def split_name(report: Report, part: Sheet) -> str:
    """File name of one unit's workbook: ``2023Q2-jxj-市经信局.xlsx`` (safe on every system).

    A long unit name (a valid 105-character one is 315 bytes in UTF-8) is cut at a character
    so the name fits ``SPLIT_NAME_BYTES``; the unit's id is kept whole, so names stay unique
    (an id too long by itself is cut and ends in 8 hex digits of its hash)."""
    ident = part.unit or "none"
    name = "".join(ch for ch in part.name if ch.isalnum() or ch in "-_()()·")
    name = "".join(ch for ch in name if ch not in '<>:"/\\|?*' and ch.isprintable())
    head = f"{report.period}-{_fitted_id(ident)}"
    room = SPLIT_NAME_BYTES - len(head.encode()) - len(".xlsx") - 1  # 1: the "-" before the name
    while len(name.encode()) > room:
        name = name[:-1]
    return "-".join(x for x in (head, name) if x) + ".xlsx"


def _fitted_id(ident: str) -> str:
    keep = SPLIT_NAME_BYTES // 2  # ids are ASCII: a byte a character
    if len(ident) <= keep:
        return ident
    return f"{ident[: keep - 9]}~{hashlib.blake2b(ident.encode(), digest_size=4).hexdigest()}"
