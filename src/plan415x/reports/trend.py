"""History of ``plan415x trend``: every period with a file, one target's figure, completion,
schedule, gap and status, or one unit's targets each on a line with a sparkline of completion.

The judgements are the engine's for each period (``views.history.target_history``), as ``check`` of
that period gives them; nothing here judges.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any, assert_never

from plan415x.options import TrendFormat
from plan415x.reports.gap import ILLUSTRATIVE, items_note, schedule_text
from plan415x.reports.table import STYLES, Cell, Styled, paint, render_rows
from plan415x.reports.words import actual_text, goal_text, name_text, num, status_text, unit_name, unit_text
from plan415x.results import Light, Outcome, Report, Result, Status
from plan415x.safetext import json_number, terminal_text

if TYPE_CHECKING:
    from plan415x.periods import Period
    from plan415x.values import Target

BLOCKS = "▁▂▃▄▅▆▇█"
"""Eight heights, all in GBK; a period without a completion is drawn as ·."""


def spark(values: list[float | None]) -> str:
    """Completion (%) as block heights, 0-100% (more is the top block): 21.1, 26.3, 52.6 → ▂▂▄."""
    out = []
    for v in values:
        if v is None:
            out.append("·")
        else:
            level = min(max(v, 0.0), 100.0) / 100 * (len(BLOCKS) - 1)
            out.append(BLOCKS[round(level)])
    return "".join(out)


def streak(history: list[tuple[Period, Outcome]]) -> int:
    """How many of the latest periods in a row were red (0 when the latest is not)."""
    count = 0
    for _, o in reversed(history):
        if o.status.light is not Light.red:
            break
        count += 1
    return count


def _result(target: Target, outcome: Outcome) -> Result:
    return Result(
        target=target, outcome=outcome, previous_status=None, sources=(), illustrative=False, as_of=None
    )


def target_rows(
    report: Report, target: Target, history: list[tuple[Period, Outcome]], lang: str
) -> list[list[str]]:
    rows = []
    for p, o in history:
        at = replace(report, period=p, results=())
        r = _result(target, o)
        rows.append(
            [
                str(p),
                actual_text(r, at, lang),
                "" if o.completion_pct is None else f"{num(o.completion_pct)}%",
                schedule_text(r, lang),
                "" if o.gap_points is None else num(o.gap_points),
                status_text(o.status, lang) + items_note(r, at, lang),
            ]
        )
    return rows


HEAD = {
    "zh": ["期别", "累计/最新", "完成率", "序时进度", "差值", "状态"],
    "en": ["Period", "Actual", "Done", "Schedule", "Gap", "Status"],
}


def format_target(
    report: Report,
    target: Target,
    history: list[tuple[Period, Outcome]],
    fmt: TrendFormat,
    lang: str,
    *,
    color: bool,
) -> str:
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case TrendFormat.json:
            return _json(
                {
                    "target": target.id,
                    "illustrative": report.illustrative,
                    "periods": [_point(p, o) for p, o in history],
                }
            )
        case TrendFormat.table:
            return _target_table(report, target, history, lang, color=color)
        case _:
            assert_never(fmt)


def _target_table(
    report: Report, target: Target, history: list[tuple[Period, Outcome]], lang: str, *, color: bool
) -> str:
    r = _result(target, history[-1][1] if history else Outcome(Status.not_due))
    unit = unit_text(report, target.unit, lang)
    title = f"{name_text(r, lang)} ({target.id}) · {unit_name(report, target.lead_unit, lang) or '—'} · {goal_text(r, lang)}{unit}"
    lines = [paint(terminal_text(title), "1", color)]
    if report.illustrative:
        lines.append(paint(ILLUSTRATIVE[lang], "1;31", color))
    if not history:
        lines.append("无历史数据" if lang == "zh" else "no history")
        return "\n".join(lines) + "\n"
    rows = target_rows(report, target, history, lang)
    styled: list[list[Cell]] = []
    for row, (_, o) in zip(rows, history, strict=True):
        cells: list[Cell] = list(row[:5])
        cells.append(Styled(row[5], STYLES[o.status.light.value]))
        styled.append(cells)
    lines.append(render_rows(HEAD[lang], styled, color=color, right=frozenset({1, 2, 3, 4})).rstrip("\n"))
    values = [o.completion_pct for _, o in history]
    known = [v for v in values if v is not None]
    line = ("完成率走势: " if lang == "zh" else "Completion: ") + spark(values)
    if known:
        line += f" ({num(known[0])}% → {num(known[-1])}%)"
    reds = streak(history)
    if reds:
        line += f" · 连续红灯 {reds} 期" if lang == "zh" else f" · red {reds} periods in a row"
    lines.append(line)
    return "\n".join(lines) + "\n"


def format_unit(
    report: Report,
    unit: str,
    histories: dict[str, list[tuple[Period, Outcome]]],
    fmt: TrendFormat,
    lang: str,
    *,
    color: bool,
) -> str:
    results = [r for r in report.results if r.target.lead_unit == unit]
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case TrendFormat.json:
            return _json(
                {
                    "unit": unit,
                    "illustrative": report.illustrative,
                    "targets": [
                        {
                            "target": r.target.id,
                            "red_streak": streak(histories.get(r.target.id, [])),
                            "periods": [_point(p, o) for p, o in histories.get(r.target.id, [])],
                        }
                        for r in results
                    ],
                }
            )
        case TrendFormat.table:
            return _unit_table(report, unit, results, histories, lang, color=color)
        case _:
            assert_never(fmt)


def _unit_table(
    report: Report,
    unit: str,
    results: list[Result],
    histories: dict[str, list[tuple[Period, Outcome]]],
    lang: str,
    *,
    color: bool,
) -> str:
    lines = [
        paint(
            terminal_text(unit_name(report, unit, lang)) + (" · 各指标走势" if lang == "zh" else " · trends"),
            "1",
            color,
        )
    ]
    if report.illustrative:
        lines.append(paint(ILLUSTRATIVE[lang], "1;31", color))
    periods = sorted({p.key: p for h in histories.values() for p, _ in h}.values(), key=lambda p: p.key)
    if periods:
        lines.append(
            f"{periods[0]} - {periods[-1]}"
            + (f" · {len(periods)} 期" if lang == "zh" else f" · {len(periods)} periods")
        )
    head = (
        ["指标", "走势", "首期→本期完成率", "本期状态", "连续红灯"]
        if lang == "zh"
        else ["Target", "Trend", "Done first→now", "Status now", "Red streak"]
    )
    rows: list[list[Cell]] = []
    for r in results:
        h = histories.get(r.target.id, [])
        values = [o.completion_pct for _, o in h]
        known = [v for v in values if v is not None]
        span = f"{num(known[0])}% → {num(known[-1])}%" if known else ""
        reds = streak(h)
        last = h[-1][1].status if h else r.status
        rows.append(
            [
                name_text(r, lang),
                spark(values),
                span,
                Styled(status_text(last, lang), STYLES[last.light.value]),
                (f"{reds} 期" if lang == "zh" else str(reds)) if reds else "",
            ]
        )
    lines.append(render_rows(head, rows, color=color, right=frozenset({2})).rstrip("\n"))
    return "\n".join(lines) + "\n"


def _point(p: Period, o: Outcome) -> dict[str, Any]:
    def r(v: float | None) -> float | None:
        v = json_number(v)
        return None if v is None else round(v, 4)

    return {
        "period": str(p),
        "actual": r(o.actual),
        "running_since": o.running_since,
        "this_year": r(o.this_year),
        "state": o.state.value if o.state else None,
        "completion_pct": r(o.completion_pct),
        "schedule_pct": r(o.schedule_pct),
        "schedule_span": list(o.schedule_span) if o.schedule_span else None,
        "gap_points": r(o.gap_points),
        "items_capped": o.items_capped,
        "status": o.status.value,
        "light": o.status.light.value,
        "stale": o.stale,
    }


def _json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
