"""The gap report of ``plan415x check`` in each of its formats (``CheckFormat``): JSON, CSV and
markdown here, the table in ``reports.gap_table``; ``format_report`` chooses, one case per
format. Every formatter takes a Report and returns a string; the words are ``reports.gap``'s."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from typing import Any, assert_never

from plan415x.i18n import say
from plan415x.options import CheckFormat
from plan415x.problems import Said
from plan415x.reports.corrections import correction_json, correction_line
from plan415x.reports.gap import (
    TABLE_COLUMNS,
    cells,
    column_heads,
    header_lines,
    legend,
    report_verdicts,
    summary_counts,
    summary_line,
    verdict_line,
    verdict_word,
)
from plan415x.reports.gap_table import format_table
from plan415x.reports.summary import RED_HEAD, overall_line, red_rows, red_table_rows
from plan415x.results import Light, Report, Result
from plan415x.safetext import csv_text, json_number, markdown_text
from plan415x.values import Kind
from plan415x.views.published import Correction
from plan415x.views.verdict import Verdict, Verdicts


def to_dict(report: Report, streaks: dict[str, int] | None = None) -> dict[str, Any]:
    """``streaks``: 连续N期红灯 by target id (``views.history.red_streaks``); 0 for a target not red."""
    plan = report.plan
    streaks = streaks or {}
    kept = {id(r) for r in report.counted_results}
    seen = report_verdicts(report)
    doc = {
        "plan": {
            "id": plan.id,
            "title_zh": plan.title_zh,
            "title_en": plan.title_en,
            "doc_number": plan.doc_number,
            "first_year": plan.first_year,
            "last_year": plan.last_year,
        },
        "period": str(report.period),
        "period_end": report.period.end_date.isoformat(),
        "period_label_zh": report.period.label_zh(),
        "schedule_pct": _r(report.schedule_pct),
        "previous_period": str(report.previous_period) if report.previous_period else None,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "illustrative": report.illustrative,
        "results": [
            _result_dict(r, id(r) in kept, streaks.get(r.target.id, 0), seen) for r in report.results
        ],
        "summary": summary_counts(report.results),
    }
    if seen is not None:
        # A multi-year plan's verdict (views.verdict); a one-year plan keeps its keys.
        doc["verdict"] = _verdict_json(seen)
    return doc


def _verdict_json(seen: Verdicts) -> dict[str, Any]:
    return {
        "elapsed_pct": _r(seen.midpoint.elapsed_pct),
        "halfway": seen.midpoint.halfway,
        "judged": seen.judged,
        "counts": {v.value: seen.counts[v] for v in Verdict},
        "not_assessed": seen.not_assessed,
        "lagging": [r.target.id for r in seen.lagging],
    }


def _r(value: float | None) -> float | None:
    value = json_number(value)  # JSON has no Infinity
    return None if value is None else round(value, 4)


def _result_dict(r: Result, in_counts: bool, streak: int = 0, seen: Verdicts | None = None) -> dict[str, Any]:
    t, o = r.target, r.outcome
    out = {
        "id": t.id,
        "name_zh": t.name_zh,
        "name_en": t.name_en,
        "clause": t.clause,
        "kind": t.kind.value,
        "action": t.action,
        "lead_unit": t.lead_unit,
        "lead_is_default": t.owner_is_default,
        "units": list(t.responsible),
        "hedge": t.hedge.value,
        "binding": t.binding,
        "comparator": t.comparator.value,
        "target": _r(o.target if o.target is not None else t.value),
        "unit": None if t.kind is Kind.relative else t.unit,  # its figures are in another unit
        "due_year": t.last_year,
        "data_period": str(o.data_period) if o.data_period else None,
        "actual": _r(o.actual),
        "running_since": o.running_since,
        "this_year": _r(o.this_year),
        "state": o.state.value if o.state else None,
        "expected": _r(o.expected),
        "completion_pct": _r(o.completion_pct),
        "schedule_pct": _r(o.schedule_pct),
        "schedule_span": list(o.schedule_span) if o.schedule_span else None,
        "gap_points": _r(o.gap_points),
        "shortfall": _r(o.shortfall),
        "items_capped": o.items_capped,
        "remaining": _r(o.remaining),
        "needed_per_month": _r(o.needed_per_month),
        "forecast": _r(o.forecast),
        "stale": o.stale,
        "over_target": o.over,
        "restates": t.restates,
        "counted": in_counts,
        "status": r.status.value,
        "status_zh": r.status.label_zh,
        "light": r.light.value,
        "previous_status": r.previous_status.value if r.previous_status else None,
        "change": r.change,
        "red_streak": streak if r.light is Light.red else 0,
        "source": "; ".join(r.sources) or None,
        "illustrative": r.illustrative,
        "caveats": _english(o.caveats) if o.caveats else [],
    }
    if t.attribute is not None:
        # 属性 (约束性/预期性), only where the plan gives it: a plan without one keeps its keys.
        out["attribute"] = t.attribute.value
        out["attribute_zh"] = t.attribute.said_in("zh")
    if seen is not None:
        verdict = seen.by_target[t.id]
        out["verdict"] = None if verdict is None else verdict.value
        out["verdict_zh"] = verdict_word(verdict, "zh") or None
    return out


def format_json(report: Report, streaks: dict[str, int] | None = None) -> str:
    return json.dumps(to_dict(report, streaks), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _plain_rows(report: Report, lang: str) -> tuple[list[str], list[list[str]]]:
    head = column_heads(("action", "id", *(c for c in TABLE_COLUMNS if c != "bar")), report, lang)
    rows = []
    for r in report.results:
        names = report.action_names.get(r.target.action, (r.target.action,) * 2)
        row = cells(r, report, lang)
        del row[7]  # the bar is for terminals
        rows.append([names[0] if lang == "zh" else names[1], r.target.id, *row])
    return head, rows


def format_markdown(
    report: Report, lang: str = "zh", streaks: dict[str, int] | None = None, *, notes: Sequence[str] = ()
) -> str:
    """``notes``: lines said under the header (a published period corrected since)."""
    head, rows = _plain_rows(report, lang)

    def line(values: list[str]) -> str:
        return "| " + " | ".join(markdown_text(v) for v in values) + " |"

    out = [f"**{markdown_text(header_lines(report, lang)[0])}**", ""]
    out += [f"{markdown_text(text)}  " for text in [*header_lines(report, lang)[1:], *notes]]
    out += [
        "",
        ("**总体情况**: " if lang == "zh" else "**Overall**: ") + markdown_text(overall_line(report, lang)),
    ]
    reds = red_table_rows(red_rows(report, streaks, lang), lang)
    if reds:
        out += ["", line(RED_HEAD[lang]), "|" + "---|" * len(RED_HEAD[lang]), *(line(x) for x in reds)]
    else:
        out += ["", "红灯指标: 无" if lang == "zh" else "Red targets: none"]
    out += ["", line(head), "|" + "---|" * len(head)]
    out += [line(row) for row in rows]
    verdict = verdict_line(report, lang)
    out += ["", summary_line(report, lang)]
    if verdict is not None:  # the names in it are the data's: escaped as every cell is
        out += ["", markdown_text(verdict)]
    out += ["", legend(lang)]
    return "\n".join(out) + "\n"


def format_csv(report: Report, lang: str = "zh", streaks: dict[str, int] | None = None) -> str:
    head, rows = _plain_rows(report, lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # Illustrative figures are flagged on every row, where a spreadsheet keeps them; the raw
    # numbers follow the display columns, so a spreadsheet can compute with them.
    raw = [
        "status",
        "light",
        "illustrative",
        "target_value",
        "actual_value",
        "completion_pct",
        "schedule_pct",
        "gap_points",
        "schedule_span",
        "items_capped",
        "running_since",
        "this_year_value",
        "data_period",
        "stale",
        "over_target",
        "restates",
        "counted",
        "red_streak",
    ]
    streaks = streaks or {}
    writer.writerow([*(csv_text(h) for h in head), *raw])
    kept = {id(r) for r in report.counted_results}
    for r, row in zip(report.results, rows, strict=True):
        o = r.outcome
        numbers = [
            o.target if o.target is not None else r.target.value,
            o.actual,
            o.completion_pct,
            o.schedule_pct,
            o.gap_points,
        ]
        writer.writerow(
            [
                *(csv_text(cell) for cell in row),
                r.status.value,
                r.light.value,
                str(r.illustrative).lower(),
                *("" if n is None or not math.isfinite(n) else repr(round(n, 4)) for n in numbers),
                "" if o.schedule_span is None else "{}-{}".format(*o.schedule_span),
                str(o.items_capped).lower(),
                "" if o.running_since is None else str(o.running_since),
                "" if o.this_year is None else repr(round(o.this_year, 4)),
                str(o.data_period or ""),
                str(o.stale).lower(),
                str(o.over).lower(),
                r.target.restates or "",
                str(id(r) in kept).lower(),
                str(streaks.get(r.target.id, 0) if r.light is Light.red else 0),
            ]
        )
    return buffer.getvalue()


def format_report(
    report: Report,
    fmt: CheckFormat,
    lang: str = "zh",
    *,
    color: bool = False,
    fit: int | None = None,
    streaks: dict[str, int] | None = None,
    grouped: bool = True,
    corrections: tuple[Correction, ...] = (),
) -> str:
    """``fit``: the terminal's width, for the table (other formats are for files). ``streaks``:
    连续N期红灯 by target id. ``grouped``: the table's rows under their action (the plan's order).
    ``corrections``: the published periods the report shows or compares with whose figures
    changed since (``views.published.check_corrections``), said under the header and in JSON
    (a CSV has no header to say them in)."""
    notes = _corrections(corrections, lang)
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case CheckFormat.json:
            doc = to_dict(report, streaks)
            if corrections:
                doc["corrections"] = [correction_json(c, with_places=False) for c in corrections]
            return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        case CheckFormat.markdown:
            return format_markdown(report, lang, streaks, notes=notes)
        case CheckFormat.csv:
            return format_csv(report, lang, streaks)
        case CheckFormat.table:
            return format_table(
                report, lang, color=color, fit=fit, streaks=streaks, grouped=grouped, notes=notes
            )
        case _:
            assert_never(fmt)


def _corrections(corrections: tuple[Correction, ...], lang: str) -> list[str]:
    if not corrections:
        return []
    return [correction_line(c, lang, with_places=False) for c in corrections]


def _english(caveats: tuple[Said, ...]) -> list[str]:
    return [say(c) for c in caveats]
