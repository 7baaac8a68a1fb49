"""The proposed targets of a plan's text: each figure that is not a threshold, and each
clause that states a thing to be done (a milestone), with its fields and why."""

from __future__ import annotations

import re

from plan415x.draft import document, kinds, scope, table
from plan415x.draft.model import Draft, Guess, Proposal
from plan415x.draft.quantity import Quantity, measure_word, quantities
from plan415x.draft.responsible import known_names, units_of
from plan415x.draft.restate import pair
from plan415x.draft.segment import Paragraph, segment
from plan415x.problems import Said, said
from plan415x.safetext import CONTROLS, NOT_XML

# Words before a name that say how, not what (stripped from name_zh).
_LEAD = re.compile(
    r"^(?:到(?:19|20)\d\d年(?:底|末)?|(?:19|20)\d\d年|每年|全年|力争|争取|确保|累计|其中|并|,|，)+"
)


# What a data file may not hold (ESC, bidirectional overrides, noncharacters: yamlfile refuses
# them) is dropped from the text first, so that every text_zh is the source's own words and the
# draft validates. Line breaks and tabs stay; a CR goes (a CRLF text reads as LF).
_REFUSED = re.compile(f"[{CONTROLS}{NOT_XML}]")
UNIT_TO_GIVE = "单位待定"
"""The unit of a figure whose unit the text neither writes nor implies."""
_ONE_LINE = re.compile(r"\t[\s]*|\s{2,}")


def draft(text: str) -> Draft:
    """The targets a plan's text proposes (``text`` as read, any line ends)."""
    seg = segment(_REFUSED.sub("", text))
    plan = seg.header
    known = known_names([p.units for p in seg.paragraphs if p.units])
    found: list[Proposal] = []
    for paragraph in seg.paragraphs:
        if paragraph.row is not None and paragraph.columns is not None:
            row = table.propose(
                line=paragraph.text,
                row=paragraph.row,
                head=paragraph.columns,
                clause=paragraph.clause,
                action=paragraph.action,
                first=plan.first_year,
                last=plan.last_year,
            )
            found.extend([row] if row is not None else [])
            continue
        found.extend(_paragraph(paragraph, plan.first_year, plan.last_year, known))
    # A name is one line: a table's cells run into one (a row read as text) keep one space.
    found = [
        p._replace(name_zh=_ONE_LINE.sub(" ", p.name_zh)) if _ONE_LINE.search(p.name_zh) else p for p in found
    ]
    if plan.document != document.PLAN:
        found = [_second_kind(p, plan.first_year == plan.last_year) for p in found]
        # A report's 十五五 targets reach past its year (到2030年): the plan spans them.
        plan = plan._replace(last_year=max([plan.last_year, *(p.last_year for p in found)]))
    used = {p.action for p in found}
    actions = tuple(a for a in seg.actions if a.clause in used)
    return Draft(plan, actions, tuple(referenced(pair(found))))


def _second_kind(p: Proposal, one_year: bool) -> Proposal:
    """A report's or an outline's 左右 and ranges say which side is good (issue 24): a price,
    an unemployment rate, a deficit is a ceiling in practice (good: down); anything else up.
    In a report of one year, a count added (新增…100家) is that year's: one_year."""
    if one_year and p.kind in ("cumulative", "annual") and p.first_year == p.last_year:
        p = p._replace(
            kind="one_year",
            why={**p.why, "kind": Guess(0.7, said("draft-why-report-year", year=str(p.last_year)))},
        )
    if p.comparator not in ("approx", "between") or p.good is not None or p.kind == "relative":
        return p
    before = p.text_zh[: p.figure[0]] if p.figure else p.name_zh
    ceiling = table.CEILING_WORDS.search(before)
    reason = said("draft-why-ceiling", word=ceiling[0]) if ceiling else said("draft-why-more-fine")
    return p._replace(
        good="down" if ceiling else "up", why={**p.why, "good": Guess(0.7 if ceiling else 0.6, reason)}
    )


class _State:
    """What reaches across the clauses of a sentence."""

    def __init__(self) -> None:
        self.hedge: scope.Hedge | None = None
        self.period: scope.Period | None = None
        self.flow: str | None = None


def _paragraph(p: Paragraph, first: int, last: int, known: set[str]) -> list[Proposal]:
    text = p.text
    units, units_why = units_of(p.units, known) if p.units else ((), Guess(0.0, said("draft-why-no-units")))
    found: list[Proposal] = []
    previous = _State()
    for sentence in scope.sentences(text):
        state = _State()
        if text[sentence.start : sentence.end].lstrip().startswith(scope.DETAILS):
            state.hedge, state.period = previous.hedge, previous.period
        for clause in scope.parts(text, sentence, scope.CLAUSE_SEP):
            hedges = scope.hedges(text, clause)
            periods = scope.periods(text, clause, last, first)
            flows = [(m.start(), m[0]) for m in kinds.FLOW.finditer(text, clause.start, clause.end)]
            figures = 0
            for piece in scope.parts(text, clause, scope.PIECE_SEP):
                words = text[piece.start : piece.end]
                here = quantities(words)
                # A figure followed by another in the same piece is a threshold of what is counted
                # (10亿元以上重大产业项目…30个), unless its comparator makes it a target's (达到500亿元).
                for q in [q for q in here[:-1] if q.own] + here[-1:]:
                    k = here.index(q)
                    # The name: the words since the figure before it (a run that lost its
                    # separators, …产值达到500亿元先进高分子材料产业产值达到400亿元), and after
                    # it when it is the last (3.0以上容积率).
                    name = words[here[k - 1].end if k else 0 : q.start] + (
                        words[q.end :] if q is here[-1] else ""
                    )
                    found.append(
                        _figure(
                            text,
                            p,
                            piece,
                            clause,
                            sentence,
                            q,
                            state,
                            hedges,
                            periods,
                            flows,
                            first,
                            last,
                            units,
                            units_why,
                            name,
                        )
                    )
                    figures += 1
            words = text[clause.start : clause.end].strip()
            own = hedges[0].word if hedges else None
            step = kinds.in_step(words) if not figures else None
            if step is not None:
                found.append(_in_step(p, words, step, state, hedges, periods, text, clause, first, last))
            reason = kinds.milestone(words, own) if not figures and step is None else None
            moves = kinds.directional(words) if not figures and reason is None and step is None else None
            if reason is not None or moves is not None:
                end = clause.end
                hedge = (hedges[-1] if hedges else None) or state.hedge
                period = (periods[-1] if periods else None) or state.period
                why = {"kind": Guess(0.6, reason or moves[2])}  # type: ignore[index]
                if moves is not None:
                    why["unit"] = Guess(
                        0.4 if moves[1] else 0.0,
                        said("draft-why-direction-unit", unit=moves[1])
                        if moves[1]
                        else said("draft-why-no-unit"),
                    )
                hedge_name, why["hedge"] = _hedge(text, clause, end, hedge, hedges)
                first_year, last_year, why["period"] = _period(period, p.year, first, last)
                if units:
                    why["responsible"] = units_why
                found.append(
                    Proposal(
                        clause=p.clause,
                        action=p.action,
                        text_zh=words,
                        name_zh=_name(words),
                        kind="milestone" if moves is None else "directional",
                        value=None,
                        unit=None if moves is None else moves[1],
                        comparator=None,
                        hedge=hedge_name,
                        first_year=first_year,
                        last_year=last_year,
                        responsible=units,
                        why=why,
                        direction=None if moves is None else moves[0],
                    )
                )
            if hedges:
                state.hedge = hedges[-1]
            if periods:
                state.period = periods[-1]
            if flows:
                state.flow = flows[-1][1]
        previous = state
    if p.heading and not found:
        found.append(_heading(p, first, last, units, units_why))
    return found


def _in_step(
    p: Paragraph,
    words: str,
    reason: Said,
    state: _State,
    hedges: list[scope.Hedge],
    periods: list[scope.Period],
    text: str,
    clause: scope.Span,
    first: int,
    last: int,
) -> Proposal:
    """居民收入增长和经济增长同步: a relative target, the other growth raised by 0%, 左右."""
    hedge = (hedges[-1] if hedges else None) or state.hedge
    period = (periods[-1] if periods else None) or state.period
    why = {
        "kind": Guess(0.6, reason),
        "value": Guess(0.6, said("draft-why-in-step-value")),
        "unit": Guess(0.8, said("draft-why-in-step-unit")),
        "comparator": Guess(0.6, said("draft-why-in-step-comparator")),
    }
    hedge_name, why["hedge"] = _hedge(text, clause, clause.end, hedge, hedges)
    first_year, last_year, why["period"] = _period(period, p.year, first, last)
    return Proposal(
        p.clause,
        p.action,
        words,
        words,
        "relative",
        0.0,
        "%",
        "approx",
        hedge_name,
        first_year,
        last_year,
        (),
        why,
    )


def _heading(p: Paragraph, first: int, last: int, units: tuple[str, ...], units_why: Guess) -> Proposal:
    """A work item with no figure and no milestone verb: its heading (加快…产业大脑建设应用) is
    what the plan commits to, proposed with a low confidence for the analyst to judge."""
    heading = p.text.partition("。")[0].strip()
    why = {
        "kind": Guess(0.3, said("draft-why-heading-kind")),
        "hedge": Guess(0.6, said("draft-why-heading-hedge")),
        "period": Guess(0.5, said("draft-why-heading-period", first=str(first), last=str(last))),
    }
    if units:
        why["responsible"] = units_why
    return Proposal(
        p.clause, p.action, heading, heading, "milestone", None, None, None, "plain", first, last, units, why
    )


def _figure(
    text: str,
    p: Paragraph,
    piece: scope.Span,
    clause: scope.Span,
    sentence: scope.Span,
    q: Quantity,
    state: _State,
    hedges: list[scope.Hedge],
    periods: list[scope.Period],
    flows: list[tuple[int, str]],
    first: int,
    last: int,
    units: tuple[str, ...],
    units_why: Guess,
    name: str,
) -> Proposal:
    at = piece.start + q.start
    hedge = next((h for h in reversed(hedges) if h.at < at), None) or state.hedge
    period = next((x for x in reversed(periods) if x.at < at), None) or state.period
    flow = next((w for a, w in reversed(flows) if a < at), None) or state.flow
    why = dict(q.why)
    unit = q.unit
    if unit is None:  # 容积率宜高则高,一般不低于2.0: the noun is in an earlier clause
        unit, reason = measure_word(text[sentence.start : at], at - sentence.start, at - sentence.start)
        why["unit"] = Guess(0.4 if unit else 0.0, said("draft-why-earlier", reason=reason))
    hedge_name, why["hedge"] = _hedge(text, clause, at, hedge, hedges)
    first_year, last_year, why["period"] = _period(period, p.year, first, last)
    kind, why["kind"] = kinds.kind_of(
        before=text[piece.start : at],
        piece=text[piece.start : piece.end],
        clause_before=text[clause.start : at],
        unit=unit,
        period=period,
        year_list=p.year,
        flow=flow,
    )
    if unit is None:
        # A figure with no unit written and none to infer (5左右 of a table row read as text): a
        # unit of the plan's own, declared under measures, for the analyst to replace; the draft
        # still validates as written.
        unit = UNIT_TO_GIVE
        why["unit"] = Guess(0.0, said("draft-why-unit-to-give", unit=UNIT_TO_GIVE))
    if units:
        why["responsible"] = units_why
    comparator, upper = q.comparator, q.upper
    if comparator == "between" and kind not in ("growth", "level", "share"):
        # A range of a count (3—5家): at least its floor, as it always was.
        comparator, upper = ">=", None
        why["comparator"] = Guess(0.5, said("draft-why-range-floor"))
    written = text[clause.start : clause.end]
    shift = clause.start + len(written) - len(written.lstrip())  # text_zh is the clause stripped
    return Proposal(
        clause=p.clause,
        action=p.action,
        text_zh=written.strip(),
        name_zh=_name(name) if len(_name(name)) >= 2 else text[clause.start : clause.end].strip(),
        kind=kind,
        value=q.value,
        unit=unit,
        comparator=comparator,
        hedge=hedge_name,
        first_year=first_year,
        last_year=last_year,
        responsible=units,
        why=why,
        figure=(at - shift, piece.start + q.end - shift),
        upper=upper,
    )


def _hedge(
    text: str, clause: scope.Span, at: int, hedge: scope.Hedge | None, own: list[scope.Hedge]
) -> tuple[str, Guess]:
    if hedge is not None:
        here = hedge in own
        reason = (
            said("draft-why-hedge-here", word=hedge.word)
            if here
            else said("draft-why-hedge-earlier", word=hedge.word)
        )
        return hedge.hedge, Guess(0.9 if here else 0.75, reason)
    verb = scope.BINDING_VERB.search(text, clause.start, at)
    if verb is not None:
        return "ensure", Guess(0.7, said("draft-why-binding-verb", word=verb[0]))
    return "plain", Guess(0.8, said("draft-why-no-hedge"))


def _period(
    period: scope.Period | None, year_list: int | None, first: int, last: int
) -> tuple[int, int, Guess]:
    if year_list is not None and (period is None or period.how != "by"):
        return year_list, year_list, Guess(0.9, said("draft-why-annex-year", year=str(year_list)))
    if period is None:
        return first, last, Guess(0.6, said("draft-why-no-year", first=str(first), last=str(last)))
    if period.how == "every":
        return first, last, Guess(0.9, said("draft-why-every-year-plan", word=period.word))
    assert period.year is not None
    if period.how == "by":
        return (
            first,
            period.year,
            Guess(0.85, said("draft-why-by-year", word=period.word, year=str(period.year))),
        )
    return period.year, period.year, Guess(0.7, said("draft-why-that-year", word=period.word))


def _name(words: str) -> str:
    name = _LEAD.sub("", words.strip())
    name = re.sub(r"(?:达到|达|不低于|不少于|超过|突破|以上|左右|稳定在|保持在|控制在)$", "", name).strip()
    return name or words.strip()


# 经济增长 in 居民收入增长和经济增长同步 is the economy's: the GDP growth target's figure.
_ECONOMY = re.compile(r"^经济增长$|国内生产总值|地区生产总值|生产总值增长|GDP")


def referenced(found: list[Proposal]) -> list[Proposal]:
    """Each 同步 target (relative, …增长和…增长同步) with the target whose figure is its
    reference, when the draft holds one: the growth it is in step with (经济增长: the GDP growth
    target), its name's words found in another growth target's name. Its records then give only
    its own figure (issue 24, item 5)."""
    out = list(found)
    for i, p in enumerate(found):
        m = kinds.IN_STEP.search(p.text_zh) if p.kind == "relative" else None
        if m is None:
            continue
        other = m["b"]
        stem = other.removesuffix("增长").removesuffix("提高")
        for j, q in enumerate(found):
            if j == i or q.kind not in ("growth", "average_growth", "monitor"):
                continue
            economy = _ECONOMY.search(other) and _ECONOMY.search(q.name_zh)
            if economy or (stem and stem in q.name_zh):
                why = {
                    **p.why,
                    "reference": Guess(0.7, said("draft-why-reference", other=other, name=q.name_zh)),
                }
                out[i] = p._replace(reference=j, why=why)
                break
    return out
