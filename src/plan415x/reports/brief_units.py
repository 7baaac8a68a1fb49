"""The 通报's sections about the units (``reports.brief``): 单位排名 as ``rank`` shows it, 报送情况
as ``reporting`` counts it, and the year's 年度考评 as ``score`` scores it, each as blocks of
plain text made from the period's view (the other sections: ``reports.brief_sections``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from plan415x.reports.brief_sections import LIST_LIMIT, TO_WIRE, Block, Section, is_zh
from plan415x.reports.gap import DEFAULT_OWNER, ILLUSTRATIVE
from plan415x.reports.rank import JOINED_HEAD, excluded_lines, heads, joined_row, note, note_clauses
from plan415x.reports.reporting import HEAD as REPORTING_HEAD
from plan415x.reports.reporting import NOTE as REPORTING_NOTE
from plan415x.reports.score import DEFAULT_RULES, HEAD, PROVISIONAL, brief_lines, ranking_rows, unit_name
from plan415x.reports.words import name_text
from plan415x.reports.zhtext import fullwidth, zh_date
from plan415x.results import Report
from plan415x.views.rank import Standing
from plan415x.views.reporting import LATE, MISSING, ON_TIME, UNDATED

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score
    from plan415x.views.rank import Ranking
    from plan415x.views.reporting import Figure, Reporting


def ranking_section(report: Report, lang: str, ranking: Ranking | None) -> Section:
    """单位排名 as ``plan415x rank`` shows it (``reports.rank``'s joined columns: 红灯数, 报送率 and
    位次变化 beside the place): the first and last three of each group, the units 未报 and
    不参与排名, and the rule applied."""
    zh = is_zh(lang)
    title = "单位排名" if zh else "Units ranked"
    units = [] if ranking is None else ranking.units
    if ranking is None or not any(u.rank is not None for u in units):
        # Why none is ranked (too few targets, silence) is said, and the rule.
        blocks_none = [Block("para", text="本期无可排名的单位。" if zh else "No unit can be ranked.")]
        if ranking is not None and units:
            blocks_none += [Block("para", text=x) for x in _unranked(ranking, lang)]
            blocks_none.append(Block("note", text=_rule(ranking, lang)))
        return Section(title, tuple(blocks_none))
    head = tuple(heads(ranking, lang, JOINED_HEAD))
    ranked = [u for u in units if u.rank is not None]
    text = (
        f"参与排名单位{len(ranked)}个，按平均欠进度（各指标落后于序时进度的百分点，不落后的计0）由小到大排名。"
        if zh
        else f"{len(ranked)} units ranked by average points behind schedule (0 when not behind), smallest first."
    )
    blocks = [Block("para", text=text)]
    for group in dict.fromkeys(u.group for u in ranked):
        in_group = [u for u in ranked if u.group == group]
        top = in_group[:3]
        bottom = [u for u in in_group[-3:] if u not in top]
        label = "" if group is None else group
        blocks += [
            Block("sub", text=f"{label}前三位：" if zh else f"{label + ': ' if label else ''}Top three:"),
            Block("table", head=head, rows=tuple(tuple(joined_row(u, ranking, lang)) for u in top)),
        ]
        if bottom:
            blocks += [
                Block(
                    "sub", text=f"{label}后三位：" if zh else f"{label + ': ' if label else ''}Bottom three:"
                ),
                Block("table", head=head, rows=tuple(tuple(joined_row(u, ranking, lang)) for u in bottom)),
            ]
    blocks += [Block("para", text=x) for x in _unranked(ranking, lang)]
    blocks.append(Block("note", text=_rule(ranking, lang)))
    return Section(title, tuple(blocks))


def _rule(ranking: Ranking, lang: str) -> str:
    """The rule applied, as ``rank`` prints it under its table; in Chinese full-width, and the
    period compared with by its months (2024年1-3月), not its code."""
    if not is_zh(lang):
        return note(ranking, lang)
    clauses = note_clauses(ranking, lang)[:-1]
    if ranking.new_year:
        compared = "位次变化：新年度首次晾晒，不与上年比较"
    elif ranking.compared_with is not None:
        when = ranking.compared_with.label_zh()
        published = (
            f"已发布（{zh_date(dt.date.fromisoformat(ranking.published))}）的" if ranking.published else ""
        )
        compared = f"位次变化：与上次同频次晾晒（{when}）{published}排名相比"
    else:
        compared = "位次变化：无上次同频次晾晒可比"
    groups = [u.group for u in ranking.units if u.group is not None]
    return "；".join(fullwidth(c, groups) for c in clauses) + "；" + compared + "。"


def _unranked(ranking: Ranking, lang: str) -> list[str]:
    """The units 未报 and those 不参与排名, with the reason."""
    zh = is_zh(lang)
    silent = [u for u in ranking.units if u.standing is Standing.silent]
    out: list[str] = []
    if silent:
        names = ("、" if zh else ", ").join(u.name_zh if zh else u.name_en for u in silent)
        out.append(
            f"未报：{names}（应报数据全部未报，列于所有报送单位之后）。"
            if zh
            else f"No report: {names} (nothing due was reported; listed after every unit that reported)."
        )
    if not zh:
        return out + excluded_lines(ranking, lang)
    n = ranking.settings.min_targets
    excluded = [u for u in ranking.units if u.standing is Standing.excluded]
    if excluded:
        out.append(
            "不参与排名："
            + "、".join(f"{u.name_zh}（计入排名的指标仅{u.counted}个，少于{n}个）" for u in excluded)
            + "。"
        )
    return out


def reporting_section(report: Report, lang: str, rep: Reporting | None) -> Section:
    """报送情况 from the reporting module's report (``plan415x reporting``): its totals, its
    table as it prints it, and the units with figures missing, each figure named with its due
    date. Every number is one of that report's, or a sum of its counts. The HTML report shows
    the same section (``reports.html``)."""
    zh = is_zh(lang)
    title = "报送情况" if zh else "Reporting"
    if rep is None:
        note = (
            f"{TO_WIRE[lang]}报送情况（按时、逾期、未报）未提供。"
            if zh
            else f"{TO_WIRE[lang]} the reporting (on time, late, missing) was not given."
        )
        return Section(title, (Block("note", text=note),))
    if not rep.units:
        return Section(title, (Block("para", text="本期无应报数据。" if zh else "No figure is due."),))
    due = sum(len(u.figures) for u in rep.units)
    n = {s: sum(u.count(s) for u in rep.units) for s in (ON_TIME, LATE, UNDATED, MISSING)}
    silent = [u for u in rep.units if u.missing]
    if zh:
        text = (
            f"本期应报指标数据{due}项，已报{due - n[MISSING]}项（按时{n[ON_TIME]}项、逾期{n[LATE]}项、"
            f"未注明日期{n[UNDATED]}项），未报{n[MISSING]}项"
        )
        text += f"，涉及{len(silent)}个单位。" if silent else "。"
    else:
        text = (
            f"{due} figures are due this period: {due - n[MISSING]} received ({n[ON_TIME]} on time,"
            f" {n[LATE]} late, {n[UNDATED]} with no date), {n[MISSING]} missing"
        )
        text += f", from {len(silent)} units." if silent else "."

    def pct(value: float | None) -> str:  # as plan415x reporting prints it
        return "—" if value is None else f"{value:.1f}%"

    rows = tuple(
        (
            u.name_zh if zh else u.name_en,
            str(len(u.figures)),
            str(u.received),
            *(str(u.count(s)) for s in (ON_TIME, LATE, UNDATED, MISSING)),
            pct(u.rate),
            pct(u.timeliness),
        )
        for u in rep.units
    )
    blocks = [Block("para", text=text), Block("table", head=tuple(REPORTING_HEAD[lang]), rows=rows)]
    by_id = {r.target.id: r for r in report.results}

    def named(f: Figure) -> str:
        r = by_id.get(f.target.id)
        if r is not None:
            return name_text(r, lang)
        return f.target.name_zh if zh else f.target.name_en

    items = []
    for u in silent:
        groups: dict[tuple[bool, str], list[Figure]] = {}
        for f in u.missing:
            groups.setdefault((f.target.owner_is_default, f.due.isoformat()), []).append(f)
        for (default, day), figures in sorted(groups.items()):
            if zh:  # (默认) stays out of the 通报: said in words
                owner = u.name_zh + ("作为默认牵头单位" if default else "")
            else:
                owner = u.name_en + (DEFAULT_OWNER[lang] if default else "")
            if zh:
                day = zh_date(dt.date.fromisoformat(day))
            shown = ("、" if zh else ", ").join(named(f) for f in figures[:LIST_LIMIT])
            more = len(figures) - LIST_LIMIT
            if more > 0:
                shown += f"等（另有{more}项）" if zh else f" and {more} more"
            items.append(
                f"{owner}未报{len(figures)}项（截止{day}）：{shown}。"
                if zh
                else f"{owner}: {len(figures)} missing (due {day}): {shown}."
            )
    if items:
        blocks += [
            Block("sub", text="未报送的单位及指标：" if zh else "Units with figures missing:"),
            Block("items", items=tuple(items)),
        ]
    else:
        blocks.append(Block("para", text="各单位应报数据均已报送。" if zh else "Every unit has reported."))
    unowned = sum(r.target.lead_unit is None for r in report.results)
    if unowned:
        blocks.append(
            Block(
                "para",
                text=f"另有{unowned}项指标方案未指定牵头单位，不在应报之列。"
                if zh
                else f"{unowned} more targets name no lead unit and are due from no one"
                " (plan415x targets --no-owner lists them).",
            )
        )
    blocks.append(
        Block("para", text=fullwidth(REPORTING_NOTE[lang]) + "。" if zh else REPORTING_NOTE[lang] + ".")
    )
    return Section(title, tuple(blocks))


def scoring_section(score: Score, lang: str) -> Section:
    """年度考评, for a year with scoring rules: the lines ``reports.score.brief_lines`` gives
    (only the score's numbers), the default-rules caveat apart, and the ranking as ``plan415x
    score`` prints it."""
    zh = is_zh(lang)
    blocks = []
    for line in brief_lines(score, lang):
        if line == ILLUSTRATIVE[lang]:
            continue  # the draft carries the banner already
        kind = "note" if line == DEFAULT_RULES[lang] or line.startswith(PROVISIONAL[lang]) else "para"
        if zh:  # score's lines, half-width on a terminal; the rules' and units' names as written
            line = fullwidth(line, [score.scoring.title_zh, *(unit_name(u, lang) for u in score.units)])
        blocks.append(
            Block(kind, text=line + ("。" if zh and kind == "para" and not line.endswith("。") else ""))
        )
    if score.units:
        blocks.append(
            Block("table", head=tuple(HEAD[lang]), rows=tuple(map(tuple, ranking_rows(score, lang))))
        )
    if not zh:  # the Chinese 通报 goes out: it names no command (the table holds the scores)
        flag = "" if score.provisional is None else " --provisional"
        blocks.append(
            Block(
                "para",
                text=f"Each unit's breakdown: plan415x score {score.year}{flag}; every point:"
                f" plan415x explain --score UNIT {score.year}{flag}.",
            )
        )
    title = "年度考评" if zh else "Annual score"
    if score.provisional is not None:
        title += "（暂定）" if zh else " (provisional)"
    return Section(title, tuple(blocks))
