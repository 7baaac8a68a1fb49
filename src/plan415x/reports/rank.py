"""季晾晒 in words: the ranking of ``views.rank`` as a table, markdown, CSV or JSON, and the
columns every output of it shows (the 通报, the HTML page and the workbook take them from here):
the place, then the counts behind it (计入指标, 超/达/欠进度, 红/黄灯), 平均欠进度, 报送率 and
位次变化."""

from __future__ import annotations

import csv
import io
import json
from typing import assert_never

from plan415x.options import CheckFormat
from plan415x.reports.corrections import correction_json, correction_line
from plan415x.reports.gap import header_lines
from plan415x.reports.table import natural_width, render_rows, wrap
from plan415x.results import Light, Report, Status
from plan415x.safetext import csv_text, json_number, markdown_text, terminal_text
from plan415x.views.rank import Ranking, Standing, UnitRank

STANDING_WORDS = {
    "zh": {Standing.silent: "未报", Standing.excluded: "不参与排名"},
    "en": {Standing.silent: "no report", Standing.excluded: "not ranked"},
}


def place(u: UnitRank, lang: str) -> str:
    """The place as the 晾晒 table writes it: the number, 未报 or 不参与排名."""
    if u.standing is Standing.ranked and u.rank is not None:
        return str(u.rank)
    return STANDING_WORDS[lang].get(u.standing, "—")


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def behind_text(u: UnitRank) -> str:
    """平均欠进度, never below 0: no sign."""
    return "—" if u.average_gap is None else f"{u.average_gap:.1f}"


def unit_name(u: UnitRank, lang: str) -> str:
    return u.name_zh if lang == "zh" else u.name_en


def grouped(ranking: Ranking) -> bool:
    return any(u.group is not None for u in ranking.units)


# The columns (指标数: all the unit's targets, whose 超/达/欠 and lights are counted; 计入指标:
# those 平均欠进度 rests on), split (a terminal wide enough, markdown, CSV, the workbook) or with
# the counts joined (超/达/欠 as 3/2/1: the 通报, the HTML page, a terminal of 80 columns).
SPLIT_HEAD = {
    "zh": [
        "位次",
        "单位",
        "指标数",
        "计入指标",
        "超进度",
        "达进度",
        "欠进度",
        "红灯",
        "黄灯",
        "平均欠进度",
        "报送率",
        "位次变化",
    ],
    "en": [
        "Rank",
        "Unit",
        "Targets",
        "Counted",
        "Ahead",
        "On track",
        "Behind",
        "Red",
        "Yellow",
        "Avg behind",
        "Reported",
        "Move",
    ],
}
JOINED_HEAD = {
    "zh": [
        "位次",
        "单位",
        "指标数",
        "计入指标",
        "超/达/欠进度",
        "红/黄灯",
        "平均欠进度",
        "报送率",
        "位次变化",
    ],
    "en": [
        "Rank",
        "Unit",
        "Targets",
        "Counted",
        "Ahead/on/behind",
        "Red/yellow",
        "Avg behind",
        "Reported",
        "Move",
    ],
}
SHORT_HEAD = {
    "zh": ["位次", "单位", "指标", "计入", "超/达/欠", "红/黄", "欠进度", "报送率", "变化"],
    "en": ["Rank", "Unit", "N", "Cnt", "A/O/B", "R/Y", "Behind", "Rep.", "Move"],
}
GROUP_HEAD = {"zh": "组别", "en": "Group"}


def heads(ranking: Ranking, lang: str, layout: dict[str, list[str]]) -> list[str]:
    return ([GROUP_HEAD[lang]] if grouped(ranking) else []) + layout[lang]


def split_row(u: UnitRank, ranking: Ranking, lang: str) -> list[str]:
    return [
        *([u.group or "—"] if grouped(ranking) else []),
        place(u, lang),
        unit_name(u, lang),
        str(len(u.results)),
        str(u.counted),
        str(u.ahead),
        str(u.on_track),
        str(u.behind),
        str(u.reds),
        str(u.yellows),
        behind_text(u),
        rate_text(u.rate),
        move(u, ranking),
    ]


def joined_row(u: UnitRank, ranking: Ranking, lang: str) -> list[str]:
    return [
        *([u.group or "—"] if grouped(ranking) else []),
        place(u, lang),
        unit_name(u, lang),
        str(len(u.results)),
        str(u.counted),
        f"{u.ahead}/{u.on_track}/{u.behind}",
        f"{u.reds}/{u.yellows}",
        behind_text(u),
        rate_text(u.rate),
        move(u, ranking),
    ]


def move(u: UnitRank, ranking: Ranking) -> str:
    return "—" if ranking.moved is None else ranking.moved.get(u.unit, "—")


def excluded_lines(ranking: Ranking, lang: str) -> list[str]:
    """不参与排名, each unit with its reason."""
    n = ranking.settings.min_targets
    out = [u for u in ranking.units if u.standing is Standing.excluded]
    if not out:
        return []
    if lang == "zh":
        return [
            "不参与排名: " + "、".join(f"{u.name_zh}(计入排名的指标仅{u.counted}个,少于{n}个)" for u in out)
        ]
    return [
        "Not ranked: "
        + "; ".join(
            f"{u.name_en} (only {u.counted} target{'s' if u.counted != 1 else ''} counted, fewer than {n})"
            for u in out
        )
    ]


def note_clauses(ranking: Ranking, lang: str) -> list[str]:
    """The rule applied, as the data declares it (``assessment.ranking``): printed under every
    ranking, one clause a line on a terminal."""
    s = ranking.settings
    groups = list(dict.fromkeys(u.group for u in ranking.units if u.group is not None))
    if lang == "zh":
        out = [
            "说明: 平均欠进度=各计入指标落后于序时进度的百分点(序时进度−完成率,不落后的计0,"
            "超进度不抵消其他指标的落后)的平均值,按其由小到大排名",
            "只计按序时判定的指标,复述指标只计一次;整项计的指标按应完成项数计(未到应完成1项的计0)",
            "应报未报的计为完成率0,差值即序时进度(缺报的上限类指标和只在期限判定的指标不计);"
            "数据陈旧(※)的按检查表的判定计,即其完成率对照应报月份的序时进度,在年末或期限无法判定的同未报计为完成率0",
            "平均欠进度相同的,报送率高的在前,再同的红灯少的在前",
            "应报数据全部未报的单位标“未报”,列于所有报送单位之后,不排位次",
            f"计入指标少于{s.min_targets}个的单位不参与排名",
        ]
        if groups:
            out.append("分组排名: " + "、".join(groups) + " 各组内排名")
        out.append("欠进度含关注/滞后/严重滞后/未完成")
        out.append(_compared_zh(ranking))
        return out
    out = [
        "Note: avg behind = the mean of the points each counted target is behind the schedule"
        " (schedule − done, 0 when not behind: being ahead never offsets being behind), ranked"
        " smallest first",
        "only targets judged by pace count, a restatement once; a count of whole items by the items"
        " owed by now (0 before one is owed)",
        "a figure due and missing counts as done 0, its gap its schedule (a missing ceiling, or a"
        " target judged at its deadline only, is not counted); a stale figure (※) counts as check"
        " judged it, its completion against the schedule of the months owed, and as missing (done 0)"
        " at the year end or deadline, where it cannot be judged",
        "ties: the higher 报送率 (reported) first, then the fewer reds",
        'a unit that reported nothing that was due is marked "no report" and listed after every'
        " unit that reported, without a place",
        f"a unit with fewer than {s.min_targets} counted targets is not ranked",
    ]
    if groups:
        out.append("ranked within each group: " + ", ".join(groups))
    out.append("behind = watch/behind/off track/missed")
    out.append(_compared_en(ranking))
    return out


def _compared_zh(ranking: Ranking) -> str:
    if ranking.new_year:
        return "位次变化: 新年度首次晾晒,不与上年比较"
    if ranking.compared_with is not None and ranking.published is not None:
        return (
            f"位次变化: 与上次同频次晾晒 {ranking.compared_with} 已发布的排名({ranking.published} 发布)相比"
        )
    if ranking.compared_with is not None:
        return f"位次变化: 与上次同频次晾晒 {ranking.compared_with} 相比"
    return "位次变化: 无上次同频次晾晒可比"


def _compared_en(ranking: Ranking) -> str:
    if ranking.new_year:
        return "move: the year's first ranking, not compared with last year (新年度)"
    if ranking.compared_with is not None and ranking.published is not None:
        return (
            f"move: against the last ranking of the same cadence, {ranking.compared_with}, as published"
            f" on {ranking.published}"
        )
    if ranking.compared_with is not None:
        return f"move: against the last ranking of the same cadence, {ranking.compared_with}"
    return "move: no earlier ranking of the same cadence to compare with"


def correction_lines(ranking: Ranking, lang: str) -> list[str]:
    """Every published period this ranking shows or compares with whose figures changed since."""
    return [correction_line(c, lang) for c in ranking.corrections]


def note(ranking: Ranking, lang: str) -> str:
    """The note as one paragraph (markdown, the 通报)."""
    return ("; " if lang != "zh" else ";").join(note_clauses(ranking, lang))


def format_rank(
    report: Report,
    ranking: Ranking,
    fmt: CheckFormat,
    lang: str = "zh",
    *,
    color: bool = False,
    fit: int | None = None,
) -> str:
    """``fit``: the terminal's width (the table's layout is chosen to fit it), None for a file."""
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case CheckFormat.json:
            return _rank_json(report, ranking)
        case CheckFormat.csv:
            return _rank_csv(report, ranking, lang)
        case CheckFormat.markdown:
            return _rank_text(report, ranking, lang, color, fit, markdown=True)
        case CheckFormat.table:
            return _rank_text(report, ranking, lang, color, fit, markdown=False)
        case _:
            assert_never(fmt)


def _rank_json(report: Report, ranking: Ranking) -> str:
    against = None if ranking.compared_with is None else str(ranking.compared_with)
    rows = [
        {
            "rank": u.rank,
            "standing": u.standing.value,
            "unit": u.unit,
            "name_zh": u.name_zh,
            "name_en": u.name_en,
            "group": u.group,
            **u.counts(),
            "by_status": {s.value: sum(r.status is s for r in u.results) for s in Status},
            "by_light": {light.value: sum(r.light is light for r in u.results) for light in Light},
            "average_behind_points": None if (gap := json_number(u.average_gap)) is None else round(gap, 4),
            "reporting_rate_pct": None if (rate := json_number(u.rate)) is None else round(rate, 4),
            "move": move(u, ranking),
            "compared_with": against,
            "excluded": (
                {"counted": u.counted, "min_targets": ranking.settings.min_targets}
                if u.standing is Standing.excluded
                else None
            ),
        }
        for u in ranking.units
    ]
    doc = {
        "period": str(report.period),
        "illustrative": report.illustrative,
        "measure": ranking.settings.measure.value,
        "min_targets": ranking.settings.min_targets,
        "compared_with": against,
        "new_year": ranking.new_year,
        "units": rows,
    }
    # Only where a publication is involved, so that a ranking of data never published reads as
    # it always has.
    if ranking.published is not None:
        doc["compared_with_published"] = ranking.published
    if ranking.corrections:
        doc["corrections"] = [correction_json(c) for c in ranking.corrections]
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _rank_csv(report: Report, ranking: Ranking, lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*heads(ranking, lang, SPLIT_HEAD), "compared_with", "illustrative"])
    against = "" if ranking.compared_with is None else str(ranking.compared_with)
    writer.writerows(
        [*(csv_text(cell) for cell in split_row(u, ranking, lang)), against, str(report.illustrative).lower()]
        for u in ranking.units
    )
    return buffer.getvalue()


def _first_last(ranking: Ranking, lang: str) -> list[str]:
    """第一 and 末位 of each group (of all, without groups): the ranked units only."""
    out: list[str] = []
    groups = list(dict.fromkeys(u.group for u in ranking.units))
    for group in groups:
        ranked = [u for u in ranking.units if u.group == group and u.rank is not None]
        if not ranked:
            continue
        best = [u for u in ranked if u.rank == ranked[0].rank]
        worst = [u for u in ranked if u.rank == ranked[-1].rank]

        def names(us: list[UnitRank], sep: str) -> str:
            return sep.join(terminal_text(unit_name(u, lang)) for u in us)

        label = "" if group is None else f"{group} "
        if lang == "zh":
            out.append(f"{label}第一: {names(best, '、')} · 末位: {names(worst, '、')}")
        else:
            out.append(f"{label}First: {names(best, ', ')} · Last: {names(worst, ', ')}")
    return out


def _rank_text(
    report: Report,
    ranking: Ranking,
    lang: str,
    color: bool,
    fit: int | None,
    *,
    markdown: bool,
) -> str:
    """Markdown and the table share their header lines; the table takes the split columns when
    they fit ``fit`` (or no width is given), else the joined counts under short heads, the
    unit's name cut last."""
    # A published period changed since is said first: what the leader read is no longer so.
    lines = header_lines(report, lang) + correction_lines(ranking, lang) + _first_last(ranking, lang)
    if not ranking.units:
        # A header over no rows says nothing: say what is missing.
        lines.append(_NOTHING[lang][0 if not report.unit_names else 1])
    after = excluded_lines(ranking, lang)
    if markdown:
        head = heads(ranking, lang, SPLIT_HEAD)
        out = [
            *(f"{markdown_text(x)}  " for x in lines),
            "",
            "| " + " | ".join(head) + " |",
            "|" + "---|" * len(head),
        ]
        out += [
            "| " + " | ".join(markdown_text(cell) for cell in split_row(u, ranking, lang)) + " |"
            for u in ranking.units
        ]
        return "\n".join([*out, "", *(markdown_text(x) for x in after), note(ranking, lang)]) + "\n"

    head = heads(ranking, lang, SPLIT_HEAD)
    rows = [split_row(u, ranking, lang) for u in ranking.units]
    name = head.index(SPLIT_HEAD[lang][1])
    floor = 16  # the unit's name is cut (with …) to no less than this before the layout narrows
    if fit is not None:
        widths = natural_width(head, rows)
        widths[name] = min(widths[name], floor)
        if sum(widths) + 2 * (len(head) - 1) > fit:
            head = heads(ranking, lang, SHORT_HEAD)
            rows = [joined_row(u, ranking, lang) for u in ranking.units]
            floor = 8
    table = render_rows(
        head,
        rows,
        color=color,
        right=frozenset(range(name + 1, len(head))),
        fit=fit,
        shrink=((name, floor),),
    )
    # The header lines too (a plan's English title is longer than 80 columns): after a " · ",
    # else between words (characters in Chinese).
    text = [
        y
        for x in lines
        for y in wrap(terminal_text(x), fit, sep=" · " if " · " in x else "" if lang == "zh" else " ")
    ]
    tail = [
        y
        for x in [*after, *note_clauses(ranking, lang)]
        for y in wrap(terminal_text(x), fit, sep="" if lang == "zh" else " ")
    ]
    return "\n".join(text) + "\n" + table + "\n".join(tail) + "\n"


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
