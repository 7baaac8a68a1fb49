"""The page of ``export`` (``reports.html``) as a document for its PDF (``export -o x.pdf``):
the same view, the same sections in the same order, each made of the words and cells the page
shows (``html.red_texts``, ``changes_line``, ``lights_words``, ``series_words``,
``all_texts``), as blocks ``reports.pdf`` sets on a phone-wide page, a table as cards.

What a PDF cannot hold of the page: its colours are a repeat of the words and are left out; the
sparklines of the full table are drawings of its 完成率 column, and each action's green share
over the year is given in words (as the page writes under each chart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan415x.reports.brief import Brief
from plan415x.reports.brief_sections import Block, Section
from plan415x.reports.brief_units import reporting_section
from plan415x.reports.gap import (
    DEFAULT_OWNER,
    ILLUSTRATIVE,
    column_heads,
    header_lines,
    legend,
    summary_counts,
    summary_line,
)
from plan415x.reports.html import (
    ALL_COLUMNS,
    CHANGE_HEADS,
    DEFAULT_NOTE,
    RED_HEAD_PAGE,
    all_texts,
    changes_line,
    lights_words,
    moved_words,
    red_texts,
    series_words,
)
from plan415x.reports.rank import JOINED_HEAD, correction_lines, excluded_lines, grouped, joined_row, note
from plan415x.reports.rank import heads as rank_heads
from plan415x.reports.summary import overall_line, red_rows
from plan415x.reports.words import status_text
from plan415x.views.changes import moves
from plan415x.views.page import action_series

if TYPE_CHECKING:
    from plan415x.views.period import PeriodView


def page_document(view: PeriodView, lang: str = "zh") -> Brief:
    """The page of ``view`` (as ``html.to_html`` takes it) as title, lines and sections."""
    report, ranking = view.report, view.ranking
    zh = lang == "zh"
    lines = header_lines(report, lang)
    sections: list[Section] = []

    reds = red_rows(report, view.streaks, lang)
    blocks: list[Block] = []
    if reds:
        rows = tuple(tuple(t) for t in red_texts(reds, report, lang))
        blocks.append(Block("table", head=tuple(RED_HEAD_PAGE[lang]), rows=rows))
        if any(row.result.target.owner_is_default for row in reds):
            blocks.append(Block("note", text=DEFAULT_NOTE[lang].format(mark=DEFAULT_OWNER[lang].strip())))
    else:
        blocks.append(Block("para", text="本期无红灯指标。" if zh else "No target is red."))
    sections.append(Section(f"{'红灯指标' if zh else 'Red targets'} ({len(reds)})", tuple(blocks)))

    blocks = [Block("para", text=changes_line(report, lang))]
    for group, results in moves(report).items():
        blocks.append(Block("sub", text=f"{CHANGE_HEADS[lang][group]} ({len(results)})"))
        items = tuple(
            f"{who}: {before} → {status_text(r.status, lang)}"
            for r, (who, before) in zip(results, moved_words(report, results, lang), strict=True)
        )
        blocks.append(Block("items", items=items))
    sections.append(Section("较上期变化" if zh else "Since the last period", tuple(blocks)))

    sections.append(
        Section("总体情况" if zh else "Overall", (Block("para", text=overall_line(report, lang)),))
    )

    if ranking is not None and ranking.units:
        head = rank_heads(ranking, lang, JOINED_HEAD)
        name = 1 + grouped(ranking)  # the unit's name: each card is titled by it, as on the page
        order = [name, *(i for i in range(len(head)) if i != name)]
        blocks = [Block("note", text=x) for x in correction_lines(ranking, lang)]
        rows = tuple(tuple(joined_row(u, ranking, lang)[i] for i in order) for u in ranking.units)
        blocks.append(Block("table", head=tuple(head[i] for i in order), rows=rows))
        blocks += [Block("para", text=x) for x in excluded_lines(ranking, lang)]
        blocks.append(Block("note", text=note(ranking, lang)))
        sections.append(Section("单位排名" if zh else "Units ranked", tuple(blocks)))

    counts = summary_counts(report.results)["by_action"]
    names = {a: report.action_names.get(a, (a, a))[0 if zh else 1] for a in counts}
    action_rows = tuple((names[a], str(c["total"]), lights_words(c, lang)) for a, c in counts.items())
    head3 = ("行动", "指标数", "各灯数") if zh else ("Action", "Targets", "Lights")
    blocks = [Block("table", head=head3, rows=action_rows)]
    series = action_series(report, view.history)
    if any(len(points) >= 2 for points in series.values()):
        blocks.append(
            Block("sub", text="各行动逐期绿灯占比" if zh else "Green share by action, period by period")
        )
        blocks.append(
            Block(
                "table",
                head=("行动", "绿灯占比(本年各期)") if zh else ("Action", "Share green (this year)"),
                rows=tuple(
                    (report.action_names.get(a, (a, a))[0 if zh else 1], series_words(points, lang))
                    for a, points in series.items()
                ),
            )
        )
    sections.append(Section("各行动" if zh else "By action", tuple(blocks)))

    if view.reporting is not None:
        sections.append(reporting_section(report, lang, view.reporting))

    heads = tuple(column_heads(ALL_COLUMNS, report, lang))
    blocks = []
    action: str | None = None
    rows_of_action: list[tuple[str, ...]] = []
    for r in report.results:
        if r.target.action != action:
            if rows_of_action:
                blocks.append(Block("table", head=heads, rows=tuple(rows_of_action)))
            action, rows_of_action = r.target.action, []
            blocks.append(
                Block("sub", text=report.action_names.get(action, (action, action))[0 if zh else 1])
            )
        rows_of_action.append(tuple(all_texts(r, report, lang)))
    if rows_of_action:
        blocks.append(Block("table", head=heads, rows=tuple(rows_of_action)))
    sections.append(Section("全部指标" if zh else "All targets", tuple(blocks)))

    return Brief(
        title=lines[0],
        lines=(lines[1],),
        banner=ILLUSTRATIVE[lang] if report.illustrative else None,
        sections=tuple(sections),
        footer=(summary_line(report, lang), legend(lang)),
    )
