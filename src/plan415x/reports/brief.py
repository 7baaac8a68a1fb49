"""The 通报 draft of ``plan415x brief``: built once as sections of plain text, then written as
markdown here or as a Word document (``brief_docx``), so both say the same.

Everything in it comes from the Report ``check`` prints and the ranking ``rank`` prints: every
number is one of theirs, no cause is ever written (the tool knows none), and what only the
analyst can write (下步要求, the signature) is left as a marked placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from plan415x.reports.brief_sections import (
    PLACEHOLDERS,
    Section,
    is_zh,
    next_section,
    overall_section,
    problems_section,
    progress_section,
)
from plan415x.reports.brief_units import ranking_section, reporting_section, scoring_section
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.rank import correction_lines
from plan415x.reports.words import num
from plan415x.safetext import markdown_text
from plan415x.views.changes import changes, halves

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score
    from plan415x.views.period import PeriodView

NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Brief:
    title: str
    lines: tuple[str, ...]
    """Under the title: the period, the schedule, the as-of date (and the banner)."""
    banner: str | None
    sections: tuple[Section, ...] = field(default_factory=tuple)
    footer: tuple[str, ...] = ()


def build(view: PeriodView, lang: str = "zh", *, score: Score | None = None) -> Brief:
    """The 通报 of ``view`` (``views.period.period_view``: the report, its red streaks, the
    ranking with 位次变化 as ``plan415x rank`` shows it, 报送情况), ``score`` from
    ``scoring.engine`` (a section of its own, before 下步要求, when given)."""
    report, streaks, reporting = view.report, view.streaks, view.reporting
    zh = is_zh(lang)
    p, plan = report.period, report.plan
    title = (
        f"关于{plan.title_zh}{p.label_zh()}目标进展情况的通报(草稿)"
        if zh
        else f"Progress of {plan.title_en}, {p.label_en()} (draft)"
    )
    line = (
        f"检查期 {p.label_zh()} ({p}) · 序时进度 {num(report.schedule_pct)}% · 数据截至 {report.as_of or '—'}"
        if zh
        else f"Period {p.label_en()} ({p}) · schedule {num(report.schedule_pct)}% · data as of {report.as_of or '—'}"
    )
    parts = [
        overall_section(report, lang, view.changes or changes(report), view.halves or halves(report)),
        progress_section(report, lang),
        problems_section(report, lang, streaks or {}, words=view.words),
        ranking_section(report, lang, view.ranking),
        reporting_section(report, lang, reporting),
    ]
    if score is not None:
        parts.append(scoring_section(score, lang))
    parts.append(next_section(lang))
    sections = tuple(
        Section(f"{NUMERALS[i]}、{s.title}" if zh else f"{i + 1}. {s.title}", s.blocks)
        for i, s in enumerate(parts)
    )
    defaults = any(r.target.owner_is_default for r in report.results)
    footer = (
        f"{PLACEHOLDERS[lang]}落款单位    {PLACEHOLDERS[lang]}日期"
        if zh
        else f"{PLACEHOLDERS[lang]} issued by    {PLACEHOLDERS[lang]} date",
        (
            f"说明: 由 plan415x 据{plan.doc_number.strip() or plan.title_zh}及报送数据生成,"
            f" 数字与 plan415x check {p} 一致; "
            "差值=序时进度−完成率(百分点, 正数为落后)"
            + ("; (默认)=方案未指定责任单位, 由默认牵头单位负责" if defaults else "")
            + "。"
            if zh
            else f"Made by plan415x from {plan.doc_number.strip() or plan.title_en} and the figures"
            " reported; every number is"
            f" that of plan415x check {p}; gap = schedule − done (points, positive: behind)"
            + ("; (default) = no unit named by the plan, the plan's default owner leads" if defaults else "")
            + "."
        ),
    )
    # A published period (this one, or the one 位次变化 is against) whose figures changed since
    # is said under the title: the draft must not pass for what was read out.
    fixed = correction_lines(view.ranking, lang) if view.ranking is not None else []
    return Brief(
        title=title,
        lines=(line, *fixed),
        banner=ILLUSTRATIVE[lang] if report.illustrative else None,
        sections=sections,
        footer=footer,
    )


def to_markdown(brief: Brief) -> str:
    m = markdown_text
    out = [f"# {m(brief.title)}", ""]
    if brief.banner:
        out += [f"> **{m(brief.banner)}**", ""]
    out += [f"{m(x)}  " for x in brief.lines]
    for section in brief.sections:
        out += ["", f"## {m(section.title)}", ""]
        for block in section.blocks:
            if block.kind == "para":
                out += [m(block.text), ""]
            elif block.kind == "sub":
                out += [f"**{m(block.text)}**", ""]
            elif block.kind == "note":
                out += [f"> {m(block.text)}", ""]
            elif block.kind == "items":
                out += [f"{i}. {m(x)}" for i, x in enumerate(block.items, start=1)] + [""]
            elif block.kind == "table":
                out.append("| " + " | ".join(m(h) for h in block.head) + " |")
                out.append("|" + "---|" * len(block.head))
                out += ["| " + " | ".join(m(c) for c in row) + " |" for row in block.rows]
                out.append("")
        while out and out[-1] == "":
            out.pop()
    out.append("")
    out += [f"{m(x)}  " for x in brief.footer]
    if brief.banner:
        out += ["", f"> **{m(brief.banner)}**"]
    return "\n".join(out) + "\n"
