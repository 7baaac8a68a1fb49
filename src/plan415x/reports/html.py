"""The one-file HTML report of ``plan415x export PERIOD -o report.html``: for a leader who opens
it from a chat message on a phone. Inline CSS and SVG only: no script, no font, no image, no
link leaves the file, and it reads the same without JavaScript.

Order: the banner (illustrative data), the red list (first, with owners, 序时进度, the gap in
个百分点 and red streaks), what changed since the last period (``views.changes.moves``), the
summary, the unit ranking (红/黄灯, 报送率, 位次变化), bars per action with each action's green share
over the periods of the year (``views.page.action_series``), 报送情况 (the same section as the
通报's, from the reporting module), the full table, and a sparkline of completion for each target
that has history. On a narrow screen (a phone) the red list, the ranking, 报送情况 and the full
table stack: each row a card
of label: value lines, by CSS alone (``td::before`` shows the column's ``data-label``). Every text from the data goes through ``esc`` (HTML escaping of
``& < > " '``, control characters as visible escapes); colour always repeats words.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from plan415x.reports.brief_sections import Section
from plan415x.reports.brief_units import reporting_section
from plan415x.reports.gap import (
    DEFAULT_OWNER,
    ILLUSTRATIVE,
    cells,
    column_heads,
    header_lines,
    lead_text,
    legend,
    schedule_name,
    schedule_text,
    summary_counts,
    summary_line,
)
from plan415x.reports.rank import JOINED_HEAD, correction_lines, excluded_lines, grouped, joined_row, note
from plan415x.reports.rank import heads as rank_heads
from plan415x.reports.summary import RedRow, light_counts, overall_line, pct, red_rows, red_table_rows
from plan415x.reports.words import name_text, num, status_text
from plan415x.results import Light, Report, Result
from plan415x.safetext import terminal_text
from plan415x.values import Kind
from plan415x.views.changes import moves
from plan415x.views.page import Point, action_series

if TYPE_CHECKING:
    from plan415x.periods import Period
    from plan415x.results import Outcome
    from plan415x.views.period import PeriodView

COLOURS = {Light.green: "#1e8e3e", Light.yellow: "#b06000", Light.red: "#c5221f", Light.grey: "#80868b"}
FILLS = {Light.green: "#e6f4ea", Light.yellow: "#fef7e0", Light.red: "#fce8e6", Light.grey: "#f1f3f4"}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#202124;background:#fff}
main{max-width:1280px;margin:0 auto;padding:12px}
h1{font-size:20px;margin:4px 0 2px}h2{font-size:17px;margin:20px 0 6px;border-left:4px solid #1a73e8;padding-left:8px}
.meta{color:#5f6368;font-size:13px;margin:0 0 8px}
.banner{background:#c5221f;color:#fff;font-weight:bold;padding:8px 12px;border-radius:6px;margin:6px 0}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.card{flex:1 1 120px;border-radius:8px;padding:8px 10px;border:1px solid #dadce0}
.card b{display:block;font-size:24px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid #dadce0;border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:4px 6px;border-bottom:1px solid #e8eaed;text-align:left;vertical-align:top;white-space:nowrap}
th{background:#f8f9fa;position:sticky;top:0}
th.n{text-align:right}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.name{white-space:normal;min-width:9em;max-width:22em}
.light{display:inline-block;padding:0 6px;border-radius:4px;font-weight:bold}
.reds li{margin:4px 0}
.section td{background:#f1f3f4;font-weight:bold}
td.bars{white-space:normal;width:60%}
svg.bar,svg.chart{display:block;width:100%;max-width:200px}
ul.moves{margin:4px 0;padding-left:1.2em}ul.moves li{margin:3px 0}
.note{color:#5f6368;font-size:12px}
svg{vertical-align:middle}
h3{font-size:15px;margin:12px 0 4px}
ol{margin:4px 0;padding-left:1.6em}ol li{margin:3px 0}
@media (max-width:600px){body{font-size:14px}h1{font-size:17px}.card b{font-size:20px}td.name{min-width:7em}
.stack{overflow:visible;border:0;border-radius:0}
.stack table,.stack tbody,.stack tr,.stack td{display:block;width:100%}
.stack thead{display:block;position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.stack tr{border:1px solid #dadce0;border-radius:8px;margin:0 0 8px;padding:6px 10px}
.stack.red tr{border-left:4px solid #c5221f;background:#fffafa}
.stack td,.stack td.n,.stack td.name{border:0;padding:1px 0;white-space:normal;text-align:left;min-width:0;max-width:none}
.stack td::before{content:attr(data-label);display:inline-block;min-width:6.5em;color:#5f6368}
.stack td.name{font-weight:bold;font-size:15px;padding-bottom:3px}
.stack td.name::before{content:none}
.stack.grid td:not(.name){display:inline-block;width:50%;vertical-align:top}
.stack.grid td::before{min-width:5.5em}
.stack.rank tr{display:flex;flex-wrap:wrap}
.stack.rank td.name{order:-1}
.stack.rank td::before{min-width:6.5em}
.stack td:empty,.stack td[data-label=""]::before{display:none}
.stack tr.section{border:0;border-radius:0;padding:0;margin:12px 0 4px}
.stack tr.section td{background:none;font-size:15px;border-left:3px solid #1a73e8;padding-left:6px}
.stack tr.section td::before{content:none}
.stack.all td.name{white-space:normal}}
"""


DEFAULT_NOTE = {
    "zh": "{mark}=方案未指定责任单位, 由默认牵头单位负责",
    "en": "{mark} = no unit named by the plan: the plan's default owner leads",
}


def esc(text: object) -> str:
    """Text for HTML: ``& < > " '`` as entities, control characters as visible escapes."""
    shown = terminal_text(str(text))
    # Most text has none of the five: searched once in C, not replaced five times (a page of
    # 10,000 targets escapes 270,000 texts).
    return html.escape(shown, quote=True) if _SPECIAL.search(shown) else shown


_SPECIAL = re.compile("[&<>\"']")


def _light(result: Result, lang: str, text: str | None = None) -> str:
    """The status in its light's colours; ``text``: the words to show (the table's status cell,
    with a not-due target's distance to go), else the status's own."""
    light = result.light
    return (
        f'<span class="light" style="color:{COLOURS[light]};background:{FILLS[light]}">'
        f"{esc(status_text(result.status, lang) if text is None else text)}</span>"
    )


def sparkline(points: list[tuple[str, float | None]], *, width: int = 96, height: int = 22) -> str:
    """Completion (%) over the periods as an inline SVG polyline, 0-100% (more is drawn at the
    top edge), with each period and value in a <title> so it can be read, not only seen."""
    values = [v for _, v in points if v is not None]
    if len(values) < 2:
        return ""
    n = len(points)
    step = (width - 4) / max(n - 1, 1)
    coords = []
    for i, (_, v) in enumerate(points):
        if v is None:
            continue
        y = height - 2 - min(max(v, 0.0), 100.0) / 100 * (height - 4)
        coords.append(f"{2 + i * step:.1f},{y:.1f}")
    label = "; ".join(f"{p}: {'—' if v is None else f'{v:.1f}%'}" for p, v in points)
    return (
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="{esc(label)}"><title>{esc(label)}</title>'
        f'<line x1="0" y1="{height - 2}" x2="{width}" y2="{height - 2}" stroke="#dadce0"/>'
        f'<polyline fill="none" stroke="#1a73e8" stroke-width="1.5" points="{" ".join(coords)}"/></svg>'
    )


def _action_bars(report: Report, lang: str) -> str:
    counts = summary_counts(report.results)["by_action"]
    rows = []
    for action, c in counts.items():
        names = report.action_names.get(action, (action, action))
        total = c["total"] or 1
        x = 0.0
        parts = []
        for light in (Light.red, Light.yellow, Light.green, Light.grey):
            w = c[light.value] / total * 200
            if w:
                parts.append(
                    f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="14" fill="{COLOURS[light]}">'
                    f"<title>{esc(light.label(lang))} {c[light.value]}</title></rect>"
                )
            x += w
        words = lights_words(c, lang)
        rows.append(
            f'<tr><td class="name">{esc(names[0] if lang == "zh" else names[1])}</td><td class="n">{c["total"]}</td>'
            # The bar shrinks with the screen and the words wrap under it: nothing is cut.
            f'<td class="bars"><svg class="bar" width="200" height="14" viewBox="0 0 200 14"'
            f' preserveAspectRatio="none" role="img" aria-label="{esc(words)}">'
            f"{''.join(parts)}</svg><div>{esc(words)}</div></td></tr>"
        )
    head = ("行动", "指标数", "各灯数") if lang == "zh" else ("Action", "Targets", "Lights")
    return _table(head, rows)


def lights_words(counts: dict[str, int], lang: str) -> str:
    """An action's targets by light in words: 绿灯 8 · 黄灯 4 · 灰灯 3."""
    return " · ".join(f"{light.label(lang)} {counts[light.value]}" for light in Light if counts[light.value])


RED_HEAD_PAGE = {
    "zh": ["红灯指标", "实际 / 应完成", "完成率", "序时进度", "差值", "牵头单位", "连续红灯"],
    "en": ["Red target", "Actual / due", "Done", "Schedule", "Gap", "Lead unit", "Red streak"],
}
"""The red cards: the red list's columns (``summary.RED_HEAD``) with 序时进度 beside 完成率."""


def _gap_words(row: RedRow, lang: str) -> str:
    """The gap as the 通报 says it (``brief_sections``): 低于序时进度47.4个百分点; for a growth
    rate, 低于目标…个百分点. Empty without a gap."""
    o, r = row.result.outcome, row.result
    if o.gap_points is None:
        return ""
    gap = num(abs(o.gap_points))
    growth = r.target.kind is Kind.growth
    if lang == "zh":
        side = "低于" if o.gap_points > 0 else "高于"
        return f"{side}{'目标' if growth else schedule_name(r, lang)}{gap}个百分点"
    side = (
        ("below" if o.gap_points > 0 else "above")
        if growth
        else ("behind" if o.gap_points > 0 else "ahead of")
    )
    return f"{gap} points {side} the {'target' if growth else schedule_name(r, lang)}"


def red_texts(reds: list[RedRow], report: Report, lang: str) -> list[list[str]]:
    """The red cards' cells (``RED_HEAD_PAGE``), for the page and its PDF."""
    out = []
    for row, texts in zip(reds, red_table_rows(reds, lang), strict=True):
        texts[4] = lead_text(row.result, report, lang) or texts[4]  # (默认) for a default owner
        # 序时进度 beside 完成率, and the gap said in words: how far behind, of what.
        texts[3:4] = [schedule_text(row.result, lang), _gap_words(row, lang)]
        out.append(texts)
    return out


CHANGE_HEADS = {
    "zh": {"red": "新增红灯", "worsened": "退步", "improved": "好转", "new": "首次判定"},
    "en": {"red": "Newly red", "worsened": "Worse", "improved": "Better", "new": "First judged"},
}


def _changes_html(report: Report, lang: str) -> str:
    """较上期变化 (``views.changes.moves``): each group of targets with its owner and the light it
    moved from and to, worst news first; a sentence when nothing moved or nothing came before."""
    zh = lang == "zh"
    out = [f'<h2 id="changes">{"较上期变化" if zh else "Since the last period"}</h2>']
    groups = moves(report)
    out.append(f"<p>{esc(changes_line(report, lang))}</p>")
    for group, results in groups.items():
        out.append(f"<h3>{esc(CHANGE_HEADS[lang][group])} ({len(results)})</h3>")
        items = [
            f"<li>{esc(who)}: {esc(before)} → {_light(r, lang)}</li>"
            for r, (who, before) in zip(results, moved_words(report, results, lang), strict=True)
        ]
        out.append('<ul class="moves">' + "".join(items) + "</ul>")
    return "\n".join(out)


def changes_line(report: Report, lang: str) -> str:
    """How many moved, per group; a sentence when nothing moved or nothing came before."""
    zh = lang == "zh"
    groups = moves(report)
    if not groups:
        compared = any(r.previous_status is not None for r in report.results)
        if zh:
            return "较上期各指标灯色无变化。" if compared else "无上期可比。"
        return "No light changed." if compared else "No previous period to compare with."
    counts = ("、" if zh else ", ").join(
        f"{CHANGE_HEADS[lang][g]} {len(rs)} 项" if zh else f"{CHANGE_HEADS[lang][g].lower()} {len(rs)}"
        for g, rs in groups.items()
    )
    return f"{counts}{'。' if zh else '.'}"


def moved_words(report: Report, results: list[Result], lang: str) -> list[tuple[str, str]]:
    """Each target that moved: its name with its owner, and the status it moved from."""
    out = []
    for r in results:
        owner = lead_text(r, report, lang)
        who = (f"({owner})" if lang == "zh" else f" ({owner})") if owner else ""
        before = status_text(r.previous_status, lang) if r.previous_status is not None else ""
        out.append((name_text(r, lang) + who, before))
    return out


def _period_label(point: Point, lang: str) -> str:
    return point.period.months_zh() if lang == "zh" else str(point.period)


def series_words(points: list[Point], lang: str) -> str:
    """An action's green share over the periods in words: 1-3月 40%(6/15); 1-6月 53.3%(8/15)."""
    return "; ".join(
        f"{_period_label(p, lang)} {num(p.pct)}%({p.green}/{p.judged})"
        if lang == "zh"
        else f"{_period_label(p, lang)} {num(p.pct)}% ({p.green}/{p.judged})"
        for p in points
    )


def _action_chart(report: Report, history: dict[str, list[tuple[Period, Outcome]]], lang: str) -> str:
    """Each action's share of green targets over the periods of the year (``views.page.
    action_series``) as a small inline SVG line, 0-100%, with every value written out beside it:
    read, not only seen. Nothing when no action has two periods to draw."""
    series = action_series(report, history)
    if not any(len(points) >= 2 for points in series.values()):
        return ""
    zh = lang == "zh"
    rows = []
    for action, points in series.items():
        names = report.action_names.get(action, (action, action))
        width, height = 200, 48
        n = len(points)
        step = (width - 8) / max(n - 1, 1)
        xy = [(4 + i * step, height - 4 - p.pct / 100 * (height - 8)) for i, p in enumerate(points)]
        words = series_words(points, lang)
        dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="#1e8e3e"/>' for x, y in xy)
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
        svg = (
            f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
            f' preserveAspectRatio="none" role="img" aria-label="{esc(words)}"><title>{esc(words)}</title>'
            f'<line x1="0" y1="4" x2="{width}" y2="4" stroke="#e8eaed"/>'
            f'<line x1="0" y1="{height / 2:.0f}" x2="{width}" y2="{height / 2:.0f}" stroke="#e8eaed"/>'
            f'<line x1="0" y1="{height - 4}" x2="{width}" y2="{height - 4}" stroke="#dadce0"/>'
            f'<polyline fill="none" stroke="#1e8e3e" stroke-width="2" points="{line}"/>{dots}</svg>'
        )
        rows.append(
            f'<tr><td class="name" data-label="">{esc(names[0] if zh else names[1])}</td>'
            f'<td data-label="">{svg}<div class="note">{esc(words)}</div></td></tr>'
        )
    head = ("行动", "绿灯占比(本年各期)") if zh else ("Action", "Share green (this year)")
    title = "各行动逐期绿灯占比" if zh else "Green share by action, period by period"
    return f'<h3 id="trend">{title}</h3>' + _table(head, rows, stack="")


def _table(
    head: tuple[str, ...] | list[str],
    rows: list[str],
    *,
    stack: str | None = None,
    numeric: set[int] | frozenset[int] = frozenset(),
) -> str:
    """A table in a box that scrolls sideways; with ``stack`` (``""``, or a class to add:
    ``red``, a red edge; ``grid``, the values two by two) one that stacks on a narrow screen,
    each row a card (rows from ``_stacked_row``)."""
    th = "".join(
        f'<th class="n">{esc(h)}</th>' if i in numeric else f"<th>{esc(h)}</th>" for i, h in enumerate(head)
    )
    box = "scroll" if stack is None else f"scroll stack {stack}".strip()
    return (
        f'<div class="{box}"><table><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _stacked_row(
    head: tuple[str, ...] | list[str], texts: list[str] | tuple[str, ...], numeric: set[int]
) -> str:
    """A row whose cells carry their column's name (``data-label``), shown before the value
    when the table stacks; the first cell is the card's title."""
    tds = []
    for i, (h, t) in enumerate(zip(head, texts, strict=True)):
        cls = ' class="name"' if i == 0 else ' class="n"' if i in numeric else ""
        tds.append(f'<td{cls} data-label="{esc(h)}">{esc(t)}</td>')
    return "<tr>" + "".join(tds) + "</tr>"


def section_html(section: Section, *, anchor: str) -> str:
    """A section of the 通报 (``reports.brief``) as HTML: the same words and numbers."""
    out = [f'<h2 id="{anchor}">{esc(section.title)}</h2>']
    for block in section.blocks:
        if block.kind == "para":
            out.append(f"<p>{esc(block.text)}</p>")
        elif block.kind == "note":
            out.append(f'<p class="note">{esc(block.text)}</p>')
        elif block.kind == "sub":
            out.append(f"<h3>{esc(block.text)}</h3>")
        elif block.kind == "items":
            out.append("<ol>" + "".join(f"<li>{esc(x)}</li>" for x in block.items) + "</ol>")
        elif block.kind == "table":
            numeric = set(range(1, len(block.head)))
            rows = [_stacked_row(block.head, row, numeric) for row in block.rows]
            out.append(_table(block.head, rows, stack="grid", numeric=numeric))
    return "\n".join(out)


def to_html(view: PeriodView, lang: str = "zh") -> str:
    """The page of ``view`` (``views.period.period_view``, with the history of the sparklines):
    without its 报送情况 (``reporting`` None) that section is left out, without its ranking the
    ranking."""
    report, streaks, reporting, history = view.report, view.streaks, view.reporting, view.history
    ranking = view.ranking

    zh = lang == "zh"
    lines = header_lines(report, lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if zh else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{esc(lines[0])} {esc(report.period)}</title><style>{CSS}</style></head><body><main>",
    ]
    if report.illustrative:
        out.append(f'<div class="banner" role="alert">{esc(ILLUSTRATIVE[lang])}</div>')
    out.append(f"<h1>{esc(lines[0])}</h1>")
    out.append(f'<p class="meta">{esc(lines[1])}</p>')
    # The red list first: what a leader must see in ten seconds.
    reds = red_rows(report, streaks, lang)
    out.append(f'<h2 id="red">{"红灯指标" if zh else "Red targets"} ({len(reds)})</h2>')
    if reds:
        head = RED_HEAD_PAGE[lang]
        body = [_stacked_row(head, texts, {2, 3, 4}) for texts in red_texts(reds, report, lang)]
        out.append(_table(head, body, stack="red", numeric={2, 3, 4}))
        if any(row.result.target.owner_is_default for row in reds):
            out.append(
                f'<p class="note">{esc(DEFAULT_NOTE[lang].format(mark=DEFAULT_OWNER[lang].strip()))}</p>'
            )
    else:
        out.append(f"<p>{'本期无红灯指标。' if zh else 'No target is red.'}</p>")
    out.append(_changes_html(report, lang))
    total, lights = light_counts(report)
    out.append(f'<h2 id="summary">{"总体情况" if zh else "Overall"}</h2>')
    out.append('<div class="cards">')
    for light, n in lights.items():
        out.append(
            f'<div class="card" style="background:{FILLS[light]};border-color:{COLOURS[light]}">'
            f'<span style="color:{COLOURS[light]}">{esc(light.label(lang))}</span><b>{n}</b>'
            f"{esc(_share(n, total))}</div>"
        )
    out.append("</div>")
    out.append(f"<p>{esc(overall_line(report, lang))}</p>")
    if ranking is not None and ranking.units:
        out.append(f'<h2 id="units">{"单位排名" if zh else "Units ranked"}</h2>')
        # A published period changed since (this one, or the one 位次变化 is against): said first.
        out += [f'<p class="note">{esc(x)}</p>' for x in correction_lines(ranking, lang)]
        rows = []
        head = rank_heads(ranking, lang, JOINED_HEAD)
        first = 2 + grouped(ranking)  # the unit's name: the columns after it are figures
        numeric = {first - 2, *range(first, len(head))}  # the place and the figures
        for u in ranking.units:
            texts = joined_row(u, ranking, lang)
            # On a phone each unit is a card titled by its name (CSS puts it first).
            tds = [
                f'<td class="name" data-label="{esc(h)}">{esc(c)}</td>'
                if i == first - 1
                else f'<td class="n" data-label="{esc(h)}">{esc(c)}</td>'
                if i in numeric
                else f'<td data-label="{esc(h)}">{esc(c)}</td>'
                for i, (h, c) in enumerate(zip(head, texts, strict=True))
            ]
            rows.append("<tr>" + "".join(tds) + "</tr>")
        out.append(_table(tuple(head), rows, stack="grid rank", numeric=numeric))
        out += [f"<p>{esc(x)}</p>" for x in excluded_lines(ranking, lang)]
        out.append(f'<p class="note">{esc(note(ranking, lang))}</p>')
    out.append(f'<h2 id="actions">{"各行动" if zh else "By action"}</h2>')
    out.append(_action_bars(report, lang))
    out.append(_action_chart(report, view.history, lang))
    if reporting is not None:
        out.append(section_html(reporting_section(report, lang, reporting), anchor="reporting"))
    out.append(f'<h2 id="all">{"全部指标" if zh else "All targets"}</h2>')
    heads = [*column_heads(ALL_COLUMNS, report, lang), "趋势" if zh else "Trend"]
    rows = []
    action = None
    numeric = {2, 3, 4, 5, 6}
    for r in report.results:
        if r.target.action != action:
            action = r.target.action
            names = report.action_names.get(action, (action, action))
            rows.append(
                f'<tr class="section"><td colspan="{len(heads)}">{esc(names[0] if zh else names[1])}</td></tr>'
            )
        texts = all_texts(r, report, lang)
        tds = []
        for i, (h, t) in enumerate(zip(heads[:-1], texts, strict=True)):
            label = f' data-label="{esc(h)}"'
            if i == 0:
                tds.append(f'<td class="name"{label}>{esc(t)}</td>')
            elif i == 7:
                tds.append(f"<td{label}>{_light(r, lang, t)}</td>")
            else:
                tds.append(f'<td class="{"n" if i in numeric else ""}"{label}>{esc(t)}</td>')
        points = [(str(p), o.completion_pct) for p, o in history.get(r.target.id, [])]
        tds.append(f'<td data-label="{esc(heads[-1])}">{sparkline(points)}</td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")
    out.append(_table(heads, rows, stack="all", numeric=numeric))
    out.append(f'<p class="note">{esc(summary_line(report, lang))}</p>')
    out.append(f'<p class="note">{esc(legend(lang))}</p>')
    if report.illustrative:
        out.append(f'<div class="banner">{esc(ILLUSTRATIVE[lang])}</div>')
    out.append("</main></body></html>")
    return "\n".join(out) + "\n"


ALL_COLUMNS = ("name", "unit", "goal", "actual", "done", "schedule", "gap", "status", "change", "lead")
"""The full table's columns (``reports.gap``), then the sparkline."""


def all_texts(result: Result, report: Report, lang: str) -> list[str]:
    """A target's cells in the full table (``ALL_COLUMNS``)."""
    texts = cells(result, report, lang)
    del texts[7]  # the text bar: the sparkline and the numbers say it here
    return texts


def _share(n: int, total: int) -> str:
    return pct(n, total)
