"""The 通报 as it was published (``brief --as-published``): the draft built from a publication
record (``views.published``) alone, never from the data as it is, so that what the leader read
can be printed again after a correction.

The record holds the judgements (status, light, the figure, completion, schedule and gap of each
target), the ranking with its counts and the date: 总体情况, 主要进展, 存在问题 and 单位排名 are
built from it. The names of the plan, its actions, targets and units are the plan's as it is (as
``check --as-published`` shows them). What the record does not hold is never taken from today's
data: 报送情况, 连续N期红灯, the targets' goals and amounts due, stale marks and, for a year,
年度考评 are left out, and the draft says so under its title."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from plan415x.i18n import say
from plan415x.periods import Period
from plan415x.problems import Arg, SaidError, said
from plan415x.reports.brief import Brief, Numeral
from plan415x.reports.brief_said import Listed, Months, listed
from plan415x.reports.brief_sections import (
    LIST_LIMIT,
    Block,
    Section,
    counts_text,
    is_zh,
    overall_head,
    problems_text,
)
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.published import joined_head, joined_row
from plan415x.reports.words import RESTATES, num
from plan415x.results import Light, Status
from plan415x.values import Hedge, State

if TYPE_CHECKING:
    from plan415x.values import PlanFile


def _status(j: dict[str, Any]) -> Status | None:
    try:
        return Status(j["status"])
    except ValueError:
        return None


def _light(j: dict[str, Any]) -> Light | None:
    try:
        return Light(j["light"])
    except ValueError:
        return None


class _Names:
    """The plan's names as it is: a target, unit or action it no longer has shows its id."""

    def __init__(self, plan: PlanFile, lang: str) -> None:
        pick = 0 if is_zh(lang) else 1  # the data's names: (中文, English)
        # The name as the draft writes it (``words.name_text``: ◇ a restatement, ★ 确保).
        self.targets = {
            t.id: (RESTATES if t.restates else "")
            + ("★" if t.hedge is Hedge.ensure else "")
            + (t.name_zh, t.name_en)[pick]
            for t in plan.targets
        }
        self.order = {t.id: i for i, t in enumerate(plan.targets)}
        self.default = {t.id for t in plan.targets if t.owner_is_default}
        self.actions = {t.id: t.action for t in plan.targets}
        self.action_names = {a.id: (a.name_zh, a.name_en)[pick] for a in plan.actions}
        self.units = {u.id: (u.name_zh, u.name_en)[pick] for u in plan.responsible_units}
        self.title = (plan.plan.title_zh, plan.plan.title_en)[pick]
        self.unit_name = ("name_zh", "name_en")[pick]
        """The key of a unit's name in the record's ranking."""
        self.lang = lang

    def target(self, j: dict[str, Any]) -> str:
        return self.targets.get(j["target"], str(j["target"]))

    def unit(self, j: dict[str, Any]) -> str:
        lead = j.get("lead_unit")
        if not lead:
            return say(said("brief-no-lead"), self.lang)
        marked = say(said("brief-published-default-owner"), self.lang) if j["target"] in self.default else ""
        return self.units.get(lead, str(lead)) + marked

    def in_plan_order(self, judgements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The record's judgements (by id) in the plan's order, as the draft of the day listed
        them; a target the plan no longer has last."""
        return sorted(judgements, key=lambda j: self.order.get(j["target"], len(self.order)))


def _older(of: Any, period: Period) -> Arg:
    """`` (1-3月)`` after a figure of months before ``period``'s, as the draft of the day wrote
    it (``words.data_label``); nothing for the period's own months (2023Q4's figure in 2023)."""
    if of is None:
        return ""
    try:
        then = Period.parse(str(of))
    except SaidError:
        return said(
            "brief-published-older", months=str(of)
        )  # a period this version cannot read: as the record has it
    if then.key == period.key:
        return ""
    return said("brief-published-older", months=Months(then) if then.year == period.year else then)


def _state(text: str) -> Arg:
    """A milestone's state as the record has it: its word in each language when it is one of
    the data's (done, pending, not_done), else as written."""
    try:
        return State(text)
    except ValueError:
        return text


def _figures(j: dict[str, Any], period: Period, lang: str) -> str:
    """One target's figures as published: 实际25, 完成率25%, 序时进度25%, 低于序时进度20个百分点;
    a figure of an earlier period than ``period`` with that period after it, as the record says."""
    older = _older(j.get("data_period"), period)
    if j.get("state") is not None:
        return say(said("brief-published-state", state=_state(str(j["state"])), older=older), lang)
    if j.get("actual") is None:
        return say(said("brief-no-figure"), lang)
    parts: list[Arg] = [said("brief-published-actual", actual=num(j["actual"], 2), older=older)]
    if j.get("completion_pct") is not None:
        parts.append(said("brief-done", pct=num(j["completion_pct"])))
    if j.get("schedule_pct") is not None:
        parts.append(said("brief-published-schedule", pct=num(j["schedule_pct"])))
    gap = j.get("gap_points")
    if gap is not None and gap != 0:
        gap_ = num(abs(gap))
        parts.append(
            said("brief-published-gap-behind", gap=gap_)
            if gap > 0
            else said("brief-published-gap-ahead", gap=gap_)
        )
    return Listed(tuple(parts), said("brief-published-sep")).said_in(lang)


def _named(judgements: list[dict[str, Any]], names: _Names, period: Period) -> Block:
    lang = names.lang
    items = []
    for j in judgements[:LIST_LIMIT]:
        named = said(
            "brief-published-named",
            name=names.target(j),
            unit=names.unit(j),
            figures=_figures(j, period, lang),
        )
        items.append(say(named, lang))
    if len(judgements) > LIST_LIMIT:
        items.append(say(said("brief-published-more", n=str(len(judgements) - LIST_LIMIT)), lang))
    return Block("items", items=tuple(items))


def _overall(kept: list[dict[str, Any]], judgements: list[dict[str, Any]], names: _Names) -> Section:
    total = len(kept)
    lights = {light: sum(_light(j) is light for j in kept) for light in Light}
    by_status = Counter(_status(j) for j in kept)
    grey = {s: by_status[s] for s in Status if s.light is Light.grey and by_status.get(s)}
    monitoring = sum(j["status"] == Status.monitoring.value for j in judgements)
    restatements = len(judgements) - monitoring - total
    # The record keeps no stale mark: the line under the title says so, and none is counted here.
    text = counts_text(total, lights, grey, names.lang, restatements=restatements, monitoring=monitoring)
    head = overall_head(names.lang)
    by_action: dict[str, Counter[Light | None]] = {}
    for j in kept:
        by_action.setdefault(names.actions.get(j["target"], "—"), Counter())[_light(j)] += 1
    rows = tuple(
        (
            names.action_names.get(action, action),
            str(sum(c.values())),
            *(str(c[light]) for light in Light),
        )
        for action, c in by_action.items()
    )
    return Section(
        say(said("brief-title-overall"), names.lang),
        (Block("para", text=text), Block("table", head=head, rows=rows)),
    )


def _progress(kept: list[dict[str, Any]], names: _Names, period: Period) -> Section:
    lang = names.lang
    done = [j for j in kept if _status(j) is Status.achieved]
    ahead = [j for j in kept if _status(j) is Status.ahead]
    text = say(said("brief-published-progress", done=str(len(done)), ahead=str(len(ahead))), lang)
    blocks = [Block("para", text=text)]
    if done:
        blocks += [
            Block("sub", text=say(said("brief-published-sub-achieved"), lang)),
            _named(done, names, period),
        ]
    if ahead:
        blocks += [
            Block("sub", text=say(said("brief-published-sub-ahead"), lang)),
            _named(ahead, names, period),
        ]
    return Section(say(said("brief-title-progress"), lang), tuple(blocks))


def _problems(kept: list[dict[str, Any]], names: _Names, period: Period) -> Section:
    # The red list as the draft orders it: the furthest behind first.
    reds = sorted(
        (j for j in kept if _light(j) is Light.red),
        key=lambda j: (j.get("gap_points") is None, -(j.get("gap_points") or 0.0)),
    )
    missed = sum(_status(j) is Status.missed for j in reds)
    yellow = Counter(s for j in kept if _light(j) is Light.yellow and (s := _status(j)) is not None)
    text = problems_text(len(reds), missed, yellow, names.lang, published=True)
    blocks = [Block("para", text=text)]
    if reds:
        blocks.append(_named(reds, names, period))
    return Section(say(said("brief-title-problems"), names.lang), tuple(blocks))


def _ranking(record: dict[str, Any], names: _Names) -> Section:
    """单位排名 as published: the first and last three of each group in ``rank``'s joined columns,
    the units 未报 and 不参与排名, the rule's minimum and what 位次变化 was against."""
    lang = names.lang
    title = say(said("brief-title-ranking"), lang)
    units: list[dict[str, Any]] = record["ranking"]
    grouped = any(u.get("group") is not None for u in units)
    ranked = [u for u in units if u["rank"] is not None]
    blocks: list[Block] = []
    if not ranked:
        blocks.append(Block("para", text=say(said("brief-ranking-none"), lang)))
    else:
        blocks.append(Block("para", text=say(said("brief-published-ranking-by", n=str(len(ranked))), lang)))
    head = tuple(joined_head(lang, grouped=grouped))
    for group in dict.fromkeys(u.get("group") for u in ranked):
        in_group = [u for u in ranked if u.get("group") == group]
        top = in_group[:3]
        bottom = [u for u in in_group[-3:] if u not in top]
        label = "" if group is None else str(group)
        named: Arg = said("brief-group", group=label) if label else ""
        blocks += [
            Block("sub", text=say(said("brief-published-top-three", group=named), lang)),
            Block("table", head=head, rows=tuple(tuple(joined_row(u, lang, grouped=grouped)) for u in top)),
        ]
        if bottom:
            blocks += [
                Block("sub", text=say(said("brief-published-bottom-three", group=named), lang)),
                Block(
                    "table",
                    head=head,
                    rows=tuple(tuple(joined_row(u, lang, grouped=grouped)) for u in bottom),
                ),
            ]
    silent = [str(u[names.unit_name]) for u in units if u["standing"] == "silent"]
    if silent:
        blocks.append(Block("para", text=say(said("brief-published-no-report", names=listed(silent)), lang)))
    n = str(record["min_targets"])
    excluded = [
        said("brief-published-excluded-one", unit=str(u[names.unit_name]), n=n)
        if u["counted"] == 1
        else said("brief-published-excluded", unit=str(u[names.unit_name]), counted=str(u["counted"]), n=n)
        for u in units
        if u["standing"] == "excluded"
    ]
    if excluded:
        units_ = Listed(tuple(excluded), said("brief-published-sep-units"))
        blocks.append(Block("para", text=say(said("brief-published-not-ranked", units=units_), lang)))
    against = record.get("compared_with")
    move = (
        said("brief-published-move-new-year")
        if record.get("new_year")
        else said("brief-published-move-against", against=str(against))
        if against
        else said("brief-published-move-none")
    )
    note = said("brief-published-note", rule=said("brief-published-rule", n=n), move=move)
    blocks.append(Block("note", text=say(note, lang)))
    return Section(title, tuple(blocks))


def _next(lang: str) -> Section:
    """下步要求 was the analyst's words, which no record holds: said, never a placeholder to fill."""
    note = say(said("brief-published-next"), lang)
    return Section(say(said("brief-title-next"), lang), (Block("note", text=note),))


def build_published(
    record: dict[str, Any], plan: PlanFile, period: Period, lang: str = "zh", *, scored: bool = False
) -> Brief:
    """The 通报 of ``period`` as ``record`` (``views.published.Publication.record``) holds it.
    ``scored``: the period is a year whose data folder has scoring rules, so the draft of the
    day may have had 年度考评, which the record does not hold (said, not added)."""
    names = _Names(plan, lang)
    title = say(said("brief-published-title", plan=names.title, period=period), lang)
    date = str(record["published"])
    line = say(said("brief-published-line", period=period, code=str(period), date=date), lang)
    left: list[Arg] = [
        said("brief-published-left-reporting"),
        said("brief-published-left-streaks", n="N"),
        said("brief-published-left-goals"),
        said("brief-published-left-stale"),
    ]
    if scored:
        left.append(said("brief-published-left-score"))
    missing = say(said("brief-published-left", items=listed(left)), lang)
    judgements = names.in_plan_order(record["judgements"])
    kept = [j for j in judgements if j["counted"]]
    parts = [
        _overall(kept, judgements, names),
        _progress(kept, names, period),
        _problems(kept, names, period),
        _ranking(record, names),
        _next(lang),
    ]
    sections = tuple(
        Section(say(said("brief-section", n=Numeral(i), title=s.title), lang), s.blocks)
        for i, s in enumerate(parts)
    )
    # The minus sign (U+2212) an argument: GBK, a Chinese catalogue's characters, lacks it.
    footer = (say(said("brief-published-footer", code=str(period), date=date, minus="−"), lang),)
    return Brief(
        title=title,
        lines=(line, missing),
        banner=ILLUSTRATIVE[lang] if record.get("illustrative") else None,
        sections=sections,
        footer=footer,
    )
