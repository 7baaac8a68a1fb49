"""季晾晒: responsible units ranked by how far their targets are from the schedule."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass

from plan415x.model import Comparator, Kind
from plan415x.results import Light, Report, Result, Status, counted
from plan415x.safetext import csv_text, json_number, markdown_text, terminal_text


@dataclass(frozen=True)
class UnitRank:
    unit: str
    name_zh: str
    name_en: str
    results: tuple[Result, ...]
    average_gap: float | None
    """Mean of pace_gap over the unit's targets judged by pace, in points (positive: behind),
    the same meaning as check's 差值."""
    rank: int | None


PACED = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})


def pace_gap(result: Result) -> float | None:
    """schedule − completion of a target judged by pace (flows; levels along a baseline's path),
    the gap of ``check`` (positive: behind), with completion capped at 100%: an overshoot on one
    target must not hide others far behind. None for targets not judged by pace (rates, levels
    without a path, milestones, no data)."""
    o, t = result.outcome, result.target
    if o.gap_points is None or o.completion_pct is None or o.schedule_pct is None:
        return None
    if t.kind not in PACED and not (t.kind in (Kind.level, Kind.share) and t.baseline is not None):
        return None
    if t.comparator in (Comparator.le, Comparator.lt):
        return o.gap_points  # a ceiling's gap is used − schedule
    return o.schedule_pct - min(o.completion_pct, 100.0)


def rank_units(report: Report, *, all_units: bool = False) -> list[UnitRank]:
    """Units by average gap (schedule − completion), least behind first; ties share a rank
    (1, 2, 2, 4). A restatement counts once, as the target it restates (``results.counted``);
    a part of a report (one unit's workbook) is ranked among all units (``Report.whole``)."""
    members: dict[str, list[Result]] = {}
    for r in counted(report.whole if report.whole is not None else report.results):
        units = r.target.responsible if all_units else r.target.responsible[:1]
        for unit in units:
            members.setdefault(unit, []).append(r)
    scored: list[tuple[str, float | None]] = []
    for unit, results in members.items():
        gaps = [d for r in results if (d := pace_gap(r)) is not None]
        scored.append((unit, sum(gaps) / len(gaps) if gaps else None))
    scored.sort(key=lambda s: (s[1] is None, s[1] or 0.0, s[0]))
    out: list[UnitRank] = []
    previous: float | None = None
    rank = 0
    for position, (unit, avg) in enumerate(scored, start=1):
        if avg is not None and (previous is None or round(avg, 6) != round(previous, 6)):
            rank = position
        previous = avg
        names = report.unit_names.get(unit, (unit, unit))
        out.append(
            UnitRank(unit, names[0], names[1], tuple(members[unit]), avg, rank if avg is not None else None)
        )
    return out


BEHIND = (Status.watch, Status.behind, Status.off_track, Status.missed)


def behind_count(u: UnitRank) -> int:
    """欠进度: below the schedule, or missed at the deadline."""
    return sum(r.status in BEHIND for r in u.results)


def _row(u: UnitRank, lang: str) -> list[str]:
    lights = Counter(r.light for r in u.results)
    statuses = Counter(r.status for r in u.results)
    ahead = statuses[Status.achieved] + statuses[Status.ahead]
    return [
        "—" if u.rank is None else str(u.rank),
        u.name_zh if lang == "zh" else u.name_en,
        str(len(u.results)),
        str(ahead),
        str(statuses[Status.on_track]),
        str(behind_count(u)),
        *(str(lights[light]) for light in Light),
        "—" if u.average_gap is None else f"{u.average_gap:+.1f}",
    ]


RANK_HEAD = {
    "zh": [
        "位次",
        "单位",
        "指标数",
        "超进度(含完成)",
        "达进度",
        "欠进度",
        "绿灯",
        "黄灯",
        "红灯",
        "灰灯",
        "平均差值(序时−完成率)",
    ],
    "en": [
        "Rank",
        "Unit",
        "Targets",
        "Ahead/achieved",
        "On track",
        "Behind",
        "Green",
        "Yellow",
        "Red",
        "Grey",
        "Avg gap (schedule−done)",
    ],
}


def format_rank(
    report: Report, ranks: list[UnitRank], fmt: str, lang: str = "zh", *, color: bool = False
) -> str:
    if fmt == "json":
        rows = [
            {
                "rank": u.rank,
                "unit": u.unit,
                "name_zh": u.name_zh,
                "name_en": u.name_en,
                "targets": len(u.results),
                "by_status": {s.value: sum(r.status is s for r in u.results) for s in Status},
                "by_light": {light.value: sum(r.light is light for r in u.results) for light in Light},
                "average_gap_points": None if (gap := json_number(u.average_gap)) is None else round(gap, 4),
            }
            for u in ranks
        ]
        doc = {"period": str(report.period), "illustrative": report.illustrative, "units": rows}
        return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    head = RANK_HEAD[lang]
    rows2 = [_row(u, lang) for u in ranks]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([*head, "illustrative"])
        writer.writerows(
            [*(csv_text(cell) for cell in row), str(report.illustrative).lower()] for row in rows2
        )
        return buffer.getvalue()
    from plan415x.reports.gap import header_lines

    lines = header_lines(report, lang)
    ranked = [u for u in ranks if u.rank is not None]
    if ranked:
        best = [u for u in ranked if u.rank == ranked[0].rank]
        worst = [u for u in ranked if u.rank == ranked[-1].rank]
        name = (lambda u: terminal_text(u.name_zh)) if lang == "zh" else (lambda u: terminal_text(u.name_en))
        if lang == "zh":
            lines.append(f"第一: {'、'.join(map(name, best))} · 末位: {'、'.join(map(name, worst))}")
        else:
            lines.append(f"First: {', '.join(map(name, best))} · Last: {', '.join(map(name, worst))}")
    if fmt == "markdown":
        out = [
            *(f"{markdown_text(x)}  " for x in lines),
            "",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
        ]
        out += ["| " + " | ".join(markdown_text(cell) for cell in row) + " |" for row in rows2]
        return "\n".join([*out, "", RANK_NOTE[lang]]) + "\n"
    from plan415x.reports.table import render_rows

    table = render_rows(head, rows2, color=color, right=frozenset(range(2, len(head))))
    return "\n".join(terminal_text(x) for x in lines) + "\n" + table + RANK_NOTE[lang] + "\n"


RANK_NOTE = {
    "zh": "说明: 差值=序时进度−完成率(百分点,正数为落后,与检查表同义),按平均差值由小到大排名;"
    "只计按序时判定的指标,完成率以100%封顶;复述指标只计一次;欠进度含关注/滞后/严重滞后/未完成",
    "en": "Note: gap = schedule − done (points, positive: behind, as in check); units ranked by"
    " average gap, smallest first, over targets judged by pace, completion capped at 100%;"
    " a restatement counts once; behind = watch/behind/off track/missed",
}
