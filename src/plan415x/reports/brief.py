"""The 通报 draft of ``plan415x brief``: built once as sections of plain text, then written as
markdown here or as a Word document (``brief_docx``), so both say the same. In Chinese it has the
公文's parts (``brief_form``: 版头, 主送, the 依据 sentence, 附件, 落款, 成文日期, 版记), in the
order GB/T 9704-2012 prints them; English keeps its own plain form.

Everything in it comes from the Report ``check`` prints and the ranking ``rank`` prints: every
number is one of theirs, no cause is ever written (the tool knows none), and what only the
analyst can write (下步要求, the signature) is left as a marked placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from plan415x.i18n import say
from plan415x.problems import Arg, said
from plan415x.reports.brief_form import Annex, check_annex, form, title_zh
from plan415x.reports.brief_said import Borrowed, day
from plan415x.reports.brief_sections import (
    PLACEHOLDERS,
    Block,
    Section,
    next_section,
    overall_section,
    problems_section,
    progress_section,
)
from plan415x.reports.brief_units import ranking_section, reporting_section, scoring_section
from plan415x.reports.brief_verdict import halfway_text
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.rank import correction_lines
from plan415x.reports.words import num
from plan415x.safetext import markdown_text
from plan415x.views.changes import changes, halves

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score
    from plan415x.views.period import PeriodView

NUMERALS = "一二三四五六七八九十"

GONGWEN = frozenset({"zh"})
"""The languages whose 通报 goes out as a 公文 (``brief_form``: GB/T 9704's parts); in any other
it is a plain draft with the period's line and a footer."""


class Numeral(NamedTuple):
    """A Phrase: a section's number, 一 in Chinese (the 公文's 一、), 1 otherwise."""

    at: int

    def said_in(self, lang: str) -> str:
        return NUMERALS[self.at] if lang in GONGWEN else str(self.at + 1)


@dataclass(frozen=True)
class Brief:
    """A 通报, its parts in the order every renderer prints them: the banner, ``head`` (版头),
    the title, ``lines``, ``to`` (主送), ``opening`` (依据), the sections, ``annexes`` (the
    附件 list), ``signer`` and ``date`` (落款, 成文日期), ``footer``, each of ``annex`` (the 附件
    themselves), ``record`` (版记), the banner again. An empty part is left out: English and
    the 通报 reprinted from its record have no 公文 parts."""

    title: str
    lines: tuple[str, ...]
    """Under the title: a draft's note, corrections since publishing (English: the period, the
    schedule, the as-of date)."""
    banner: str | None
    sections: tuple[Section, ...] = field(default_factory=tuple)
    footer: tuple[str, ...] = ()
    head: tuple[str, ...] = ()
    """版头: 发文机关, then 文号."""
    to: str = ""
    """主送, with its colon."""
    opening: str = ""
    """The 依据 sentence."""
    annexes: tuple[str, ...] = ()
    """附件 as the body lists them after its sections: 附件：1.…"""
    signer: str = ""
    date: str = ""
    annex: tuple[Annex, ...] = ()
    record: tuple[tuple[str, str], ...] = ()
    """版记: (抄送 or 印发机关, 印发日期), a line each."""


def build(view: PeriodView, lang: str = "zh", *, score: Score | None = None) -> Brief:
    """The 通报 of ``view`` (``views.period.period_view``: the report, its red streaks, the
    ranking with 位次变化 as ``plan415x rank`` shows it, 报送情况), ``score`` from
    ``scoring.engine`` (a section of its own, before 下步要求, when given)."""
    report, streaks, reporting = view.report, view.streaks, view.reporting
    gongwen = lang in GONGWEN
    p, plan = report.period, report.plan
    schedule = num(report.schedule_pct)
    parts = [
        overall_section(report, lang, view.changes or changes(report), view.halves or halves(report)),
        progress_section(report, lang),
        problems_section(report, lang, streaks or {}, words=view.words),
        ranking_section(report, lang, view.ranking),
        reporting_section(report, lang, reporting),
    ]
    if (halfway := halfway_text(report, lang)) is not None:  # a multi-year plan's 时间过半
        first = parts[0]
        parts[0] = Section(first.title, (first.blocks[0], Block("para", text=halfway), *first.blocks[1:]))
    if score is not None:
        parts.append(scoring_section(score, lang))
    parts.append(next_section(lang))
    if gongwen:  # the period, its schedule and the data's date open 总体情况: no code, no ·
        as_of = (
            said("brief-as-of", day=day(report.as_of.isoformat())) if report.as_of else said("brief-no-data")
        )
        period = Block("para", text=say(said("brief-period", period=p, schedule=schedule, as_of=as_of), lang))
        parts[0] = Section(parts[0].title, (period, *parts[0].blocks))
    sections = tuple(
        Section(say(said("brief-section", n=Numeral(i), title=s.title), lang), s.blocks)
        for i, s in enumerate(parts)
    )
    # A published period (this one, or the one 位次变化 is against) whose figures changed since
    # is said under the title: the draft must not pass for what was read out. rank's words,
    # half-width (Borrowed); the names as written.
    fixed: list[str] = []
    if view.ranking is not None:
        names = [n for c in view.ranking.corrections for f in c.figures for n in (f.unit_zh, f.target_zh)]
        names += [p.unit_zh for c in view.ranking.corrections for p in c.places]
        fixed = [Borrowed(line, tuple(names)).said_in(lang) for line in correction_lines(view.ranking, lang)]
    banner = Borrowed(ILLUSTRATIVE[lang]).said_in(lang) if report.illustrative else None
    if gongwen:
        gw = form(report, view.publishing)
        annex = check_annex(report)
        return Brief(
            title=title_zh(plan, p),
            lines=(*gw.notes, *fixed),
            banner=banner,
            sections=sections,
            head=gw.head,
            to=gw.to,
            opening=gw.opening,
            annexes=(say(said("brief-annex", title=annex.title), lang),),
            signer=gw.signer,
            date=gw.date,
            annex=(annex,),
            record=gw.record,
        )
    title = say(said("brief-draft-title", plan=plan.title_en, period=p), lang)
    as_of_text = str(report.as_of or "—")
    line = say(said("brief-draft-line", period=p, code=str(p), schedule=schedule, as_of=as_of_text), lang)
    defaults: Arg = (
        said("brief-footer-defaults") if any(r.target.owner_is_default for r in report.results) else ""
    )
    source = plan.doc_number.strip() or plan.title_en
    footer = (
        say(said("brief-footer-sign", mark=PLACEHOLDERS[lang]), lang),
        say(said("brief-footer-made", source=source, period=str(p), defaults=defaults), lang),
    )
    return Brief(title=title, lines=(line, *fixed), banner=banner, sections=sections, footer=footer)


def to_markdown(brief: Brief) -> str:
    m = markdown_text
    banner = [f"> **{m(brief.banner)}**", ""] if brief.banner else []
    out: list[str] = []
    if brief.to:  # the 公文: the banner above the 版头 (发文机关 bold, 文号, the red rule as a rule)
        out += banner
        if brief.head:
            out += [f"**{m(brief.head[0])}**  ", *(f"{m(x)}  " for x in brief.head[1:]), "", "---", ""]
        out += [f"# {m(brief.title)}", ""]
    else:
        out += [f"# {m(brief.title)}", "", *banner]
    out += [f"{m(x)}  " for x in brief.lines]
    if brief.to:
        out += ["", m(brief.to), "", m(brief.opening)] if brief.lines else [m(brief.to), "", m(brief.opening)]
    for section in brief.sections:
        out += ["", f"## {m(section.title)}", ""]
        _blocks(out, section.blocks)
    out.append("")
    if brief.annexes:
        out += [*(f"{m(x)}  " for x in brief.annexes), ""]
    if brief.signer or brief.date:
        out += [f"{m(brief.signer)}  ", f"{m(brief.date)}  ", ""]
    out += [f"{m(x)}  " for x in brief.footer]
    for annex in brief.annex:
        while out and out[-1] == "":
            out.pop()
        out += ["", f"## {m(annex.label)}", "", f"**{m(annex.title)}**", ""]
        _blocks(out, annex.blocks)
    if brief.record:
        out += ["", "---", ""]
        out += [f"{m(left)}{'　　' + m(right) if right else ''}  " for left, right in brief.record]
    if brief.banner:
        out += ["", f"> **{m(brief.banner)}**"]
    return "\n".join(out) + "\n"


def _blocks(out: list[str], blocks: tuple[Block, ...]) -> None:
    """The blocks of a section or an annex as markdown, appended to ``out``."""
    m = markdown_text
    for block in blocks:
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
