"""季晾晒: responsible units ranked by how far their targets are from the schedule."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass

from plan415x.model import Comparator, Kind
from plan415x.results import Light, Report, Result, Status


@dataclass(frozen=True)
class UnitRank:
    unit: str
    name_zh: str
    name_en: str
    results: tuple[Result, ...]
    average_diff: float | None
    """Mean of pace_difference over the unit's targets judged by pace, in points."""
    rank: int | None


PACED = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})


def pace_difference(result: Result) -> float | None:
    """completion − schedule of a target judged by pace (flows; levels along a baseline's path),
    completion capped at 100%: an overshoot on one target must not hide others far behind.
    None for targets not judged by pace (rates, levels without a path, milestones, no data)."""
    o, t = result.outcome, result.target
    if o.gap_points is None or o.completion_pct is None or o.schedule_pct is None:
        return None
    if t.kind not in PACED and not (t.kind in (Kind.level, Kind.share) and t.baseline is not None):
        return None
    if t.comparator in (Comparator.le, Comparator.lt):
        return -o.gap_points  # a ceiling's gap is used − schedule
    return min(o.completion_pct, 100.0) - o.schedule_pct


def rank_units(report: Report, *, all_units: bool = False) -> list[UnitRank]:
    """Units by average (completion − schedule), best first; ties share a rank (1, 2, 2, 4)."""
    members: dict[str, list[Result]] = {}
    for r in report.results:
        units = r.target.responsible if all_units else r.target.responsible[:1]
        for unit in units:
            members.setdefault(unit, []).append(r)
    scored: list[tuple[str, float | None]] = []
    for unit, results in members.items():
        diffs = [d for r in results if (d := pace_difference(r)) is not None]
        scored.append((unit, sum(diffs) / len(diffs) if diffs else None))
    scored.sort(key=lambda s: (s[1] is None, -(s[1] or 0.0), s[0]))
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
        str(statuses[Status.watch] + statuses[Status.behind] + statuses[Status.off_track]),
        *(str(lights[light]) for light in Light),
        "—" if u.average_diff is None else f"{u.average_diff:+.1f}",
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
        "平均(完成率−序时)",
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
        "Avg (done−schedule)",
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
                "average_diff": None if u.average_diff is None else round(u.average_diff, 4),
            }
            for u in ranks
        ]
        doc = {"period": str(report.period), "illustrative": report.illustrative, "units": rows}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    head = RANK_HEAD[lang]
    rows2 = [_row(u, lang) for u in ranks]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([*head, "illustrative"])
        writer.writerows([*row, str(report.illustrative).lower()] for row in rows2)
        return buffer.getvalue()
    from plan415x.reports.gap import header_lines

    lines = header_lines(report, lang)
    ranked = [u for u in ranks if u.rank is not None]
    if ranked:
        best = [u for u in ranked if u.rank == ranked[0].rank]
        worst = [u for u in ranked if u.rank == ranked[-1].rank]
        name = (lambda u: u.name_zh) if lang == "zh" else (lambda u: u.name_en)
        if lang == "zh":
            lines.append(f"第一: {'、'.join(map(name, best))} · 末位: {'、'.join(map(name, worst))}")
        else:
            lines.append(f"First: {', '.join(map(name, best))} · Last: {', '.join(map(name, worst))}")
    if fmt == "markdown":
        out = [*(f"{x}  " for x in lines), "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(row) + " |" for row in rows2]
        return "\n".join(out) + "\n"
    from plan415x.reports.table import render_rows

    return (
        "\n".join(lines) + "\n" + render_rows(head, rows2, color=color, right=frozenset(range(2, len(head))))
    )
