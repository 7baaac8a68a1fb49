"""``plan415x explain``: every input and each step of a target's judgement, with numbers."""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from plan415x.i18n import say, shown, template
from plan415x.numbers import fmt
from plan415x.problems import Arg, Said, said
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.score import DEFAULT_RULES, provisional_lines, rate_text, rule_name, target_name
from plan415x.results import Status
from plan415x.rules import FORMULAS
from plan415x.rules.common import Word
from plan415x.safetext import terminal_text
from plan415x.scoring.points import pts, signed
from plan415x.scoring.rules import FORMULAS as SCORING_FORMULAS
from plan415x.scoring.rules.common import Code, Codes, StatusCode
from plan415x.values import Comparator, Kind
from plan415x.views.explain import Explanation
from plan415x.views.score import ScoreView, UnitView

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score


def render_steps(steps: Iterable[Said], lang: str = "en") -> list[str]:
    """A rule's steps as lines in ``lang``."""
    return [_step_text(step, lang) for step in steps]


def _step_text(step: Said, lang: str) -> str:
    """A negative figure after a minus sign in parentheses: 37.5 − (-191.49), never the double
    minus 37.5 − -191.49 that reads as a typo. The minus is the template's own (− in English,
    - in Chinese), written just before the placeholder."""
    args = dict(step.args)
    out = []
    for literal, name, spec, conversion in string.Formatter().parse(template(step, lang)):
        out.append(literal)
        if name is None:
            continue
        text = shown(args[name], lang)
        text = format(repr(text) if conversion == "r" else text, spec or "")
        if literal.endswith(("− ", "- ")) and text[:1] == "-" and text[1:2].isdigit():
            text = f"({text})"
        out.append(text)
    return "".join(out)


class Coded(NamedTuple):
    """A Phrase: a kind or a status by its code, with its Chinese word first in Chinese
    (年度(annual), 滞后(behind)): the code is what the data and the other outputs write."""

    value: Kind | Status

    def said_in(self, lang: str) -> str:
        code = self.value.value
        return f"{self.value.said_in(lang)}({code})" if lang == "zh" else code


class Years(NamedTuple):
    """A Phrase: a target's years, 2023-2027 (2023-2027年; one year: 2023年)."""

    first: int
    last: int

    def said_in(self, lang: str) -> str:
        if lang != "zh":
            return f"{self.first}-{self.last}"
        return f"{self.first}年" if self.first == self.last else f"{self.first}-{self.last}年"


def format_explain(view: Explanation, lang: str = "en") -> str:
    """Every input and each step of a target's judgement in ``lang``: every number as computed,
    periods as the language says them (2023年1-6月), statuses by their code (and their Chinese
    label in Chinese)."""
    target, period, result, th = view.target, view.period, view.result, view.thresholds
    unit = target.unit or ""
    # English sets the unit apart by a space and says nothing for none; Chinese writes it on
    spaced = Word(f" {unit}" if unit else "", unit)
    names = view.unit_names
    units = Word(
        ", ".join(target.responsible) or "—",
        "、".join(f"{names.get(u, u)}({u})" for u in target.responsible) or "—",
    )
    frequency = view.frequency
    value = "?" if target.value is None else fmt(target.value, 6)
    if target.comparator is Comparator.between and target.value is not None and target.upper is not None:
        value = f"{value}—{fmt(target.upper, 6)}"  # a range: 5—5.5
    kind = Coded(target.kind)
    said_lines = [
        said("explain-clause", clause=target.clause, text=target.text_zh),
        said("explain-kind-basis", kind=kind, basis=Coded(target.basis))
        if target.basis
        else said("explain-kind", kind=kind),
        said(
            "explain-target",
            comparator=target.comparator,
            value=value,
            unit=unit,
            years=Years(target.first_year, target.last_year),
            hedge=target.hedge,
            pace=target.effective_pace,
        ),
        said("explain-units", units=units),
        said("explain-thresholds", ahead=f"{th.ahead:g}", watch=f"{th.watch:g}", behind=f"{th.behind:g}"),
        said("explain-reported-own", frequency=frequency)
        if target.frequency
        else said("explain-reported-default", frequency=frequency),
    ]
    if view.whole_items and target.kind is not Kind.monitor:
        said_lines.append(said("explain-whole-items"))
    if target.comparator is Comparator.approx:
        tolerance = target.tolerance
        if tolerance is None:
            pct = f"{view.approx_tolerance_pct:g}"
            if view.whole_items:
                said_lines.append(said("explain-tolerance-default-items", pct=pct, unit=spaced))
            else:
                said_lines.append(said("explain-tolerance-default", pct=pct))
        elif tolerance.absolute is not None:
            said_lines.append(said("explain-tolerance", width=fmt(tolerance.absolute), unit=spaced))
        else:
            said_lines.append(said("explain-tolerance-share", pct=f"{tolerance.relative_pct:g}"))
    if target.good is not None:
        said_lines.append(said("explain-good", good=target.good))
    if target.attribute is not None:
        said_lines.append(said("explain-attribute", attribute=target.attribute))
    if target.restates:
        said_lines.append(said("explain-restates", target=target.restates))
    if target.note:
        said_lines.append(said("explain-note", note=target.note))
    lines = [f"{target.id}: {target.name_zh} / {target.name_en}", *(say(s, lang) for s in said_lines)]
    lines += ["", say(said("explain-rule"), lang)]
    for line in say(FORMULAS[target.kind], lang).strip().splitlines():
        # the English has always kept a blank line of the formula as two spaces
        lines.append(f"  {line.strip()}".rstrip() if lang == "zh" else f"  {line.strip()}")
    lines += ["", say(said("explain-figures", period=str(period), months=period.label_zh()), lang)]
    if not view.figures:
        lines.append(say(said("explain-no-figures"), lang))
    # 年均增长's figures are the indicator's levels (亿元), its target a rate (%).
    figure_unit = (target.figure_unit or "") if target.kind is Kind.average_growth else unit
    for obs in view.figures:
        tag: Arg = said("explain-illustrative-tag") if obs.illustrative else ""
        source = obs.source
        if obs.record.state:
            figure = said(
                "explain-state",
                period=Code(obs.period),
                state=obs.record.state,
                unit=unit,
                source=source,
                tag=tag,
            )
        else:
            figure = said(
                "explain-figure",
                period=Code(obs.period),
                value=fmt(obs.value),
                unit=figure_unit,
                source=source,
                tag=tag,
            )
        lines.append(say(figure, lang))
        if obs.record.note:
            lines.append(say(said("explain-record-note", note=obs.record.note), lang))
    if result is None:
        first, last = str(target.first_year), str(target.last_year)
        lines += ["", say(said("explain-not-shown", period=Code(period), first=first, last=last), lang)]
        return _shown(lines)
    lines += ["", say(said("explain-steps"), lang)]
    lines += [f"  {i}. {line}" for i, line in enumerate(render_steps(result.outcome.steps, lang), start=1)]
    lines += [say(said("explain-caveat", caveat=c), lang) for c in result.outcome.caveats]
    status = result.status
    status_line = said("explain-status", status=status.value, label=status.label_zh, light=result.light)
    lines += ["", say(status_line, lang)]
    pair = view.pair
    if pair is not None:
        chosen, others = pair
        ids = [o.target.id for o in others]
        who: Arg = said("explain-this-one") if chosen is result else chosen.target.id
        pair_line = said(
            "explain-counted-once", others=Word(", ".join(ids), "、".join(ids)), who=who, status=chosen.status
        )
        lines.append(say(pair_line, lang))
    if result.previous_status:
        lines.append(say(said("explain-previous", status=Coded(result.previous_status)), lang))
    if result.illustrative:
        lines.append(say(said("explain-illustrative"), lang))
    return _shown(lines)


def _shown(lines: list[str]) -> str:
    # Names, notes, sources and evidence are data: no control character reaches the terminal.
    return "\n".join(terminal_text(line) for line in lines) + "\n"


def format_score_explain(view: ScoreView, uv: UnitView, lang: str = "en") -> str:
    """Every line of a unit's annual score: the rule, its formula's figures, what an exemption
    waived; then the rules' formulas. A disputed score is answered line by line, in ``lang``:
    every amount as computed (so they add up as printed), periods as the language says them,
    statuses by their code (with their Chinese label in Chinese)."""
    lang = "zh" if lang == "zh" else "en"
    score, unit = view.score, uv.scored
    s = score.scoring
    # a provisional score is judged where its data ends, not at the year end
    at = Code(score.report.period)
    provisional = score.provisional is not None
    end = said("score-explain-at", period=at) if provisional else said("score-explain-year-end")
    why = said("score-explain-not-judged-at", period=at) if provisional else said("score-explain-not-judged")
    total, full, rate, rank, among = (
        pts(unit.total),
        pts(unit.full),
        rate_text(unit.rate),
        str(unit.rank),
        _units_ranked(score),
    )
    if s.rank_by == "rate":
        standing = said(
            "score-explain-score-by-rate", total=total, full=full, rate=rate, rank=rank, among=among
        )
    else:
        standing = said(
            "score-explain-score-by-total", total=total, full=full, rate=rate, rank=rank, among=among
        )
    head = [
        said(
            "score-explain-unit",
            unit=unit.unit,
            name_zh=unit.name_zh,
            name_en=unit.name_en,
            year=str(score.year),
        ),
        said("score-explain-rules", title_zh=s.title_zh, title_en=s.title_en),
        standing,
        said("score-explain-periods", periods=Codes(score.periods)),
    ]
    lines = [say(line, lang) for line in head]
    if s.default:
        lines.append(DEFAULT_RULES[lang])
    if score.illustrative:
        lines.append(ILLUSTRATIVE[lang])
    lines += provisional_lines(score, lang)
    n = 0
    statuses = {r.target.id: r for r in unit.targets}
    for target, group in uv.groups.items():
        lines.append("")
        if target is None:
            lines.append(say(said("score-explain-adjustments"), lang))
        else:
            r = statuses[target]
            name_zh, name_en = target_name(score, target, "zh"), target_name(score, target, "en")
            done = r.outcome.completion_pct
            completion: Arg = "" if done is None else said("score-explain-completion", pct=fmt(done, 1))
            heading = said(
                "score-explain-target",
                target=target,
                name_zh=name_zh,
                name_en=name_en,
                end=end,
                status=r.status.value,
                label=r.status.label_zh,
                completion=completion,
            )
            lines.append(say(heading, lang))
        for line in group:
            n += 1
            name = Word(rule_name(score, line.rule, "en"), rule_name(score, line.rule, "zh"))
            if line.period is None:
                said_line = said("score-explain-line", rule=line.rule, name=name, basis=line.said)
            else:
                period = Code(line.period)
                said_line = said(
                    "score-explain-line-period", rule=line.rule, name=name, period=period, basis=line.said
                )
            lines.append(f"  {n:>3}. {signed(line.amount):>7}  {say(said_line, lang)}")
            e = line.exemption
            if e is not None:
                on = f", {e.approved_on}" if e.approved_on else ""
                exempted = said(
                    "score-explain-exempted", waived=pts(-line.waived), note=e.note, by=e.approved_by, on=on
                )
                lines.append(say(exempted, lang))
        lines.append(f"{'':>16}= {pts(uv.subtotals[target])}")
    lines += ["", say(said("score-explain-total", total=pts(uv.lines_total), lines=str(n)), lang)]
    for r in unit.unscored:
        unscored = said("score-explain-unscored", target=r.target.id, status=StatusCode(r.status), why=why)
        lines.append(say(unscored, lang))
    lines += ["", say(said("score-explain-rules-head"), lang)]
    used = dict.fromkeys(rule.type for rule in s.rules)
    for kind in [*used, "limits"]:
        for text in say(SCORING_FORMULAS[kind], lang).strip().splitlines():
            lines.append(f"  {text.strip()}".rstrip())
        lines.append("")
    return _shown(lines[:-1])


def _units_ranked(score: Score) -> str:
    return str(score.ranked_among)
