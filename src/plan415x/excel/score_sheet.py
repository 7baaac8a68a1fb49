"""The 年度考评 sheet of the workbook of a year: each unit's score and rank, then every line of
every unit's breakdown (the points of a unit's lines add up to its score, as in ``score``).

Cells are values, never formulas; text from the data goes through ``cells.put`` (never read as a
formula). openpyxl is imported by the caller's workbook, not here at module level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan415x.excel import cells as xc
from plan415x.excel.sheets import SCORE_TITLE
from plan415x.reports.score import NOTE, header_lines, is_warning, rule_name, target_name

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from plan415x.scoring.engine import Score

TITLE = SCORE_TITLE
POINTS = "0.00"
RANK_HEAD = {
    "zh": ["位次", "单位ID", "单位", "得分", "满分", "得分率", "指标数"],
    "en": ["Rank", "Unit id", "Unit", "Score", "Full", "Rate", "Targets"],
}
LINE_HEAD = {
    "zh": ["单位", "指标ID", "指标", "规则", "期别", "分值", "豁免免扣", "依据", "豁免说明", "批准"],
    "en": [
        "Unit",
        "Target id",
        "Target",
        "Rule",
        "Period",
        "Points",
        "Waived",
        "Basis",
        "Exemption",
        "Approved by",
    ],
}


def write_score_sheet(wb: Workbook, score: Score, lang: str = "zh", *, title: str | None = None) -> Worksheet:
    """Add the sheet (named 年度考评 / Annual score unless ``title``) to ``wb`` and return it."""

    ws: Worksheet = wb.create_sheet(title or TITLE[lang])
    bold, red = xc.font(bold=True), xc.font(bold=True, color="C00000")
    row = 1
    for heading in header_lines(score, lang):
        # the default rules, illustrative data, a provisional score: in red, above the figures
        xc.put(ws, row, 1, heading).font = red if is_warning(heading, lang) else bold
        row += 1
    row += 1
    for column, head in enumerate(RANK_HEAD[lang], start=1):
        xc.put(ws, row, column, head).font = bold
    rows: list[list[object]] = [list(RANK_HEAD[lang])]
    for u in score.units:
        row += 1
        values: list[object] = [
            u.rank,
            u.unit,
            u.name_zh if lang == "zh" else u.name_en,
            float(u.total),
            float(u.full),
            # a number Excel can sort and sum: the fraction, shown as 84.6%
            None if u.rate is None else float(u.rate),
            len(u.targets),
        ]
        for column, value in enumerate(values, start=1):
            fmt = POINTS if column in (4, 5) else xc.PCT if column == 6 else None
            xc.put(ws, row, column, value, fmt)  # type: ignore[arg-type]
        rows.append(values)
    row += 2
    for column, head in enumerate(LINE_HEAD[lang], start=1):
        xc.put(ws, row, column, head).font = bold
    rows.append(list(LINE_HEAD[lang]))
    for u in score.units:
        for line in u.lines:
            row += 1
            e = line.exemption
            values = [
                u.name_zh if lang == "zh" else u.name_en,
                line.target or "",
                target_name(score, line.target, lang),
                rule_name(score, line.rule, lang),
                "" if line.period is None else str(line.period),
                float(line.amount),
                None if e is None else float(line.waived),
                line.basis,
                "" if e is None else e.note,
                "" if e is None else e.approved_by,
            ]
            for column, value in enumerate(values, start=1):
                xc.put(ws, row, column, value, POINTS if column in (6, 7) else None)  # type: ignore[arg-type]
            rows.append(values)
    row += 2
    xc.put(ws, row, 1, NOTE[lang])
    xc.fit_columns(ws, rows, maximum={8: 60})
    ws.freeze_panes = None
    return ws
