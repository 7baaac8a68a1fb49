"""The 通报's sections about the units (``reports.brief``): 单位排名 as ``rank`` shows it, 报送情况
as ``reporting`` counts it, and the year's 年度考评 as ``score`` scores it, each as blocks of
plain text made from the period's view (the other sections: ``reports.brief_sections``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plan415x.i18n import say
from plan415x.problems import Arg, Said, said
from plan415x.reports.brief_said import Borrowed, code, day, listed, semis
from plan415x.reports.brief_sections import LIST_LIMIT, TO_WIRE, Block, Section, is_zh
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.rank import JOINED_HEAD, excluded_lines, heads, joined_row, note_clauses
from plan415x.reports.reporting import HEAD as REPORTING_HEAD
from plan415x.reports.reporting import NOTE as REPORTING_NOTE
from plan415x.reports.score import DEFAULT_RULES, HEAD, PROVISIONAL, brief_lines, ranking_rows, unit_name
from plan415x.reports.words import name_text
from plan415x.results import Report
from plan415x.views.rank import Standing
from plan415x.views.reporting import LATE, MISSING, ON_TIME, UNDATED

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score
    from plan415x.views.rank import Ranking
    from plan415x.views.reporting import Figure, Reporting


def _name(zh: str, en: str, lang: str) -> str:
    """A unit's or target's name as the data gives it in the language (the data has two)."""
    return zh if is_zh(lang) else en


def ranking_section(report: Report, lang: str, ranking: Ranking | None) -> Section:
    """单位排名 as ``plan415x rank`` shows it (``reports.rank``'s joined columns: 红灯数, 报送率 and
    位次变化 beside the place): the first and last three of each group, the units 未报 and
    不参与排名, and the rule applied."""
    title = say(said("brief-title-ranking"), lang)
    units = [] if ranking is None else ranking.units
    if ranking is None or not any(u.rank is not None for u in units):
        # Why none is ranked (too few targets, silence) is said, and the rule.
        blocks_none = [Block("para", text=say(said("brief-ranking-none"), lang))]
        if ranking is not None and units:
            blocks_none += [Block("para", text=x) for x in _unranked(ranking, lang)]
            blocks_none.append(Block("note", text=_rule(ranking, lang)))
        return Section(title, tuple(blocks_none))
    head = tuple(heads(ranking, lang, JOINED_HEAD))
    ranked = [u for u in units if u.rank is not None]
    blocks = [Block("para", text=say(said("brief-ranking-by", n=str(len(ranked))), lang))]
    for group in dict.fromkeys(u.group for u in ranked):
        in_group = [u for u in ranked if u.group == group]
        top = in_group[:3]
        bottom = [u for u in in_group[-3:] if u not in top]
        named: Arg = said("brief-group", group=group) if group else ""
        blocks += [
            Block("sub", text=say(said("brief-top-three", group=named), lang)),
            Block("table", head=head, rows=tuple(tuple(joined_row(u, ranking, lang)) for u in top)),
        ]
        if bottom:
            blocks += [
                Block("sub", text=say(said("brief-bottom-three", group=named), lang)),
                Block("table", head=head, rows=tuple(tuple(joined_row(u, ranking, lang)) for u in bottom)),
            ]
    blocks += [Block("para", text=x) for x in _unranked(ranking, lang)]
    blocks.append(Block("note", text=_rule(ranking, lang)))
    return Section(title, tuple(blocks))


def _rule(ranking: Ranking, lang: str) -> str:
    """The rule applied, as ``rank`` prints it under its table (its clauses ``Borrowed``: in
    Chinese full-width), and what the 位次变化 compare with, the period by its months in Chinese
    (2024年1-3月), not its code."""
    groups = tuple(u.group for u in ranking.units if u.group is not None)
    rule = [Borrowed(c, groups) for c in note_clauses(ranking, lang)[:-1]]
    compared: Said
    if ranking.new_year:
        compared = said("brief-move-new-year")
    elif ranking.compared_with is not None:
        published: Arg = said("brief-move-published", day=day(ranking.published)) if ranking.published else ""
        compared = said("brief-move-against", period=code(ranking.compared_with), published=published)
    else:
        compared = said("brief-move-none")
    return say(said("brief-rule", clauses=semis(rule), compared=compared), lang)


def _unranked(ranking: Ranking, lang: str) -> list[str]:
    """The units 未报 and those 不参与排名, with the reason (``rank``'s line, ``Borrowed``)."""
    silent = [u for u in ranking.units if u.standing is Standing.silent]
    out: list[str] = []
    if silent:
        names = listed(_name(u.name_zh, u.name_en, lang) for u in silent)
        out.append(say(said("brief-no-report", names=names), lang))
    names_zh = tuple(u.name_zh for u in ranking.units)
    for line in excluded_lines(ranking, lang):
        out.append(say(said("brief-not-ranked", line=Borrowed(line, names_zh)), lang))
    return out


def reporting_section(report: Report, lang: str, rep: Reporting | None) -> Section:
    """报送情况 from the reporting module's report (``plan415x reporting``): its totals, its
    table as it prints it, and the units with figures missing, each figure named with its due
    date. Every number is one of that report's, or a sum of its counts. The HTML report shows
    the same section (``reports.html``)."""
    title = say(said("brief-title-reporting"), lang)
    if rep is None:
        note = say(said("brief-reporting-not-given", mark=TO_WIRE[lang]), lang)
        return Section(title, (Block("note", text=note),))
    if not rep.units:
        return Section(title, (Block("para", text=say(said("brief-reporting-none-due"), lang)),))
    due = sum(len(u.figures) for u in rep.units)
    n = {s: sum(u.count(s) for u in rep.units) for s in (ON_TIME, LATE, UNDATED, MISSING)}
    silent = [u for u in rep.units if u.missing]
    made = said(
        "brief-reporting-counts",
        due=str(due),
        received=str(due - n[MISSING]),
        on_time=str(n[ON_TIME]),
        late=str(n[LATE]),
        undated=str(n[UNDATED]),
        missing=str(n[MISSING]),
        end=said("brief-reporting-units", n=str(len(silent))) if silent else said("brief-stop"),
    )
    text = say(made, lang)

    def pct(value: float | None) -> str:  # as plan415x reporting prints it
        return "—" if value is None else f"{value:.1f}%"

    rows = tuple(
        (
            _name(u.name_zh, u.name_en, lang),
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
        return _name(f.target.name_zh, f.target.name_en, lang)

    items = []
    for u in silent:
        groups: dict[tuple[bool, str], list[Figure]] = {}
        for f in u.missing:
            groups.setdefault((f.target.owner_is_default, f.due.isoformat()), []).append(f)
        for (default, iso), figures in sorted(groups.items()):
            # (默认) stays out of the 通报: said in words
            owner: Arg = said("brief-missing-default-owner") if default else ""
            names: Arg = listed(named(f) for f in figures[:LIST_LIMIT])
            if (more := len(figures) - LIST_LIMIT) > 0:
                names = said("brief-names-more", names=names, n=str(more))
            item = said(
                "brief-unit-missing",
                unit=_name(u.name_zh, u.name_en, lang),
                default=owner,
                n=str(len(figures)),
                due=day(iso),
                names=names,
            )
            items.append(say(item, lang))
    if items:
        blocks += [
            Block("sub", text=say(said("brief-sub-missing"), lang)),
            Block("items", items=tuple(items)),
        ]
    else:
        blocks.append(Block("para", text=say(said("brief-all-reported"), lang)))
    unowned = sum(r.target.lead_unit is None for r in report.results)
    if unowned:
        blocks.append(Block("para", text=say(said("brief-unowned", n=str(unowned)), lang)))
    reporting_note = said("brief-reporting-note", note=Borrowed(REPORTING_NOTE[lang]))
    blocks.append(Block("para", text=say(reporting_note, lang)))
    return Section(title, tuple(blocks))


def scoring_section(score: Score, lang: str) -> Section:
    """年度考评, for a year with scoring rules: the lines ``reports.score.brief_lines`` gives
    (only the score's numbers, ``Borrowed``: in Chinese full-width, the rules' and units' names
    as written), the default-rules caveat apart, and the ranking as ``plan415x score`` prints it."""
    blocks = []
    keep = (score.scoring.title_zh, *(unit_name(u, lang) for u in score.units))
    stop = say(said("brief-score-stop"), lang)  # a Chinese paragraph ends in 。; score's own lines do not
    for line in brief_lines(score, lang):
        if line == ILLUSTRATIVE[lang]:
            continue  # the draft carries the banner already
        kind = "note" if line == DEFAULT_RULES[lang] or line.startswith(PROVISIONAL[lang]) else "para"
        text = Borrowed(line, keep).said_in(lang)
        blocks.append(Block(kind, text=text + (stop if kind == "para" and not text.endswith(stop) else "")))
    if score.units:
        blocks.append(
            Block("table", head=tuple(HEAD[lang]), rows=tuple(map(tuple, ranking_rows(score, lang))))
        )
    flag = "" if score.provisional is None else " --provisional"
    # The Chinese 通报 goes out: it names no command (the table holds the scores).
    if commands := say(said("brief-score-commands", year=str(score.year), flag=flag), lang):
        blocks.append(Block("para", text=commands))
    title = said("brief-title-score") if score.provisional is None else said("brief-title-score-provisional")
    return Section(say(title, lang), tuple(blocks))
