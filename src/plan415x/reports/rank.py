"""季晾晒 in words: the ranking of ``views.rank`` as a table, markdown, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import assert_never

from plan415x.options import CheckFormat
from plan415x.reports.gap import header_lines
from plan415x.reports.table import render_rows
from plan415x.results import Light, Report, Status
from plan415x.safetext import csv_text, json_number, markdown_text, terminal_text
from plan415x.views.rank import UnitRank, behind_count


def _row(
    u: UnitRank, lang: str, extra: tuple[dict[str, float | None], dict[str, str]] | None = None
) -> list[str]:
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
        *(() if extra is None else (_rate(extra[0].get(u.unit)), extra[1].get(u.unit, "—"))),
    ]


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


EXTRA_HEAD = {"zh": ["报送率", "位次变化"], "en": ["Reported", "Move"]}


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


_Extra = tuple[dict[str, float | None], dict[str, str]] | None
"""The two columns ``rates`` and ``moved`` add, or None."""


def format_rank(
    report: Report,
    ranks: list[UnitRank],
    fmt: CheckFormat,
    lang: str = "zh",
    *,
    color: bool = False,
    rates: dict[str, float | None] | None = None,
    moved: dict[str, str] | None = None,
) -> str:
    """``rates`` (报送率 per unit) and ``moved`` (位次变化, from ``moves``) add two columns."""
    extra = None if rates is None else (rates, moved or {})
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case CheckFormat.json:
            return _rank_json(report, ranks, extra)
        case CheckFormat.csv:
            return _rank_csv(report, ranks, lang, extra)
        case CheckFormat.markdown:
            return _rank_text(report, ranks, lang, color, extra, markdown=True)
        case CheckFormat.table:
            return _rank_text(report, ranks, lang, color, extra, markdown=False)
        case _:
            assert_never(fmt)


def _rank_json(report: Report, ranks: list[UnitRank], extra: _Extra) -> str:
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
            **(
                {}
                if extra is None
                else {
                    "reporting_rate_pct": None if (rate := extra[0].get(u.unit)) is None else round(rate, 4),
                    "move": extra[1].get(u.unit, "—"),
                }
            ),
        }
        for u in ranks
    ]
    doc = {"period": str(report.period), "illustrative": report.illustrative, "units": rows}
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _rank_csv(report: Report, ranks: list[UnitRank], lang: str, extra: _Extra) -> str:
    head = RANK_HEAD[lang] + ([] if extra is None else EXTRA_HEAD[lang])
    rows2 = [_row(u, lang, extra) for u in ranks]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*head, "illustrative"])
    writer.writerows([*(csv_text(cell) for cell in row), str(report.illustrative).lower()] for row in rows2)
    return buffer.getvalue()


def _rank_text(
    report: Report,
    ranks: list[UnitRank],
    lang: str,
    color: bool,
    extra: _Extra,
    *,
    markdown: bool,
) -> str:
    """Markdown and the table share their header lines and rows."""
    head = RANK_HEAD[lang] + ([] if extra is None else EXTRA_HEAD[lang])
    rows2 = [_row(u, lang, extra) for u in ranks]

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
    if not ranks:
        # A header over no rows says nothing: say what is missing.
        lines.append(_NOTHING[lang][0 if not report.unit_names else 1])
    if markdown:
        out = [
            *(f"{markdown_text(x)}  " for x in lines),
            "",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
        ]
        out += ["| " + " | ".join(markdown_text(cell) for cell in row) + " |" for row in rows2]
        return "\n".join([*out, "", RANK_NOTE[lang]]) + "\n"

    table = render_rows(head, rows2, color=color, right=frozenset(range(2, len(head))))
    return "\n".join(terminal_text(x) for x in lines) + "\n" + table + RANK_NOTE[lang] + "\n"


_NOTHING = {
    "zh": (
        "没有可排名的单位: targets.yaml 未列出 responsible_units(列出单位,并在各指标的 responsible 中注明牵头单位)",
        "没有可排名的单位: 没有按序时判定的指标有牵头单位(在指标的 responsible 中注明,或设 default_owner)",
    ),
    "en": (
        "No unit to rank: targets.yaml lists no responsible_units (list them, and name each"
        " target's lead unit first in its responsible)",
        "No unit to rank: no target judged by pace has a lead unit (name it first in the target's"
        " responsible, or set default_owner)",
    ),
}

RANK_NOTE = {
    "zh": "说明: 差值=序时进度−完成率(百分点,正数为落后,与检查表同义),按平均差值由小到大排名;"
    "只计按序时判定的指标,完成率以100%封顶;应报未报的计为完成率0,差值即序时进度(缺报的上限类指标和只在"
    "期限判定的指标不计);数据陈旧(※)的按检查表的判定计,即其完成率对照应报月份的序时进度,在年末或期限无法判定的"
    "同未报计为完成率0;复述指标只计一次;欠进度含关注/滞后/严重滞后/未完成",
    "en": "Note: gap = schedule − done (points, positive: behind, as in check); units ranked by"
    " average gap, smallest first, over targets judged by pace, completion capped at 100%;"
    " a figure due and missing counts as done 0, its gap its schedule (a missing ceiling, or a"
    " target judged at its deadline only, is not counted); a stale figure (※) counts as check"
    " judged it, its completion against the schedule of the months owed, and as missing (done 0)"
    " at the year end or deadline, where it cannot be judged; a restatement counts once;"
    " behind = watch/behind/off track/missed",
}
