"""The sections of the 通报 draft (``reports.brief``): 总体情况, 主要进展, 存在问题, 单位排名, 报送情况,
年度考评 and 下步要求, each as blocks of plain text made from the period's view; every number is
one of the report's, no cause is ever written but the units' own, quoted verbatim (``quoted``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from plan415x.i18n import say, shown
from plan415x.problems import Arg, Said, said
from plan415x.reports.brief_said import Borrowed, Label, clauses, listed, semis
from plan415x.reports.gap import (
    actual_head,
    items_words,
    running_words,
    schedule_name,
    summary_counts,
)
from plan415x.reports.summary import light_counts, pct, red_rows
from plan415x.reports.words import STALE, data_label, goal_text, marks, name_text, num, unit_name, unit_text
from plan415x.results import Light, Report, Result, Status
from plan415x.values import Kind
from plan415x.views.changes import newly_done

if TYPE_CHECKING:
    from plan415x.views.changes import Changes, Halves
    from plan415x.views.words import Words

PLACEHOLDERS = {"zh": "【待填写】", "en": "[TO BE WRITTEN]"}
"""Marks what the analyst writes; a draft that still holds it is not ready to send."""


TO_WIRE = {"zh": "【待接入】", "en": "[TO BE WIRED]"}
"""Marks a part whose data was not given to ``build`` (报送情况 without the reporting module's
report): the CLI always gives it, so a draft it writes never holds this mark."""


LIST_LIMIT = 30
"""At most this many targets named per list; the rest are counted (``另有 N 项``)."""


@dataclass(frozen=True)
class Block:
    kind: str
    """``para`` (text), ``sub`` (a second-level heading), ``items`` (a numbered list), ``table`` (head + rows), ``note`` (a
    marked placeholder or a caveat: shown apart)."""
    text: str = ""
    items: tuple[str, ...] = ()
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


def is_zh(lang: str) -> bool:
    return lang == "zh"


def _owner(report: Report, r: Result, lang: str) -> str:
    """The lead unit's name; in English `` (default)`` after it when it is only the plan's
    default owner (the Chinese 通报 keeps (默认) out: its 附件 says which targets have one)."""
    name = unit_name(report, r.target.lead_unit, lang)
    if not name:
        return say(said("brief-no-lead"), lang)
    default: Arg = said("brief-default-owner") if r.target.owner_is_default else ""
    return say(said("brief-owner", name=name, default=default), lang)


FLOWS = frozenset({Kind.annual, Kind.one_year, Kind.cumulative, Kind.composite})


def with_unit(text: str, unit: str, lang: str) -> str:
    """``≥3.75 (2025)`` with its unit before the due year: ``≥3.75% (2025)``."""
    if not unit or text in ("", "?"):
        return text
    unit = unit if unit == "%" else say(said("brief-unit", unit=unit), lang)
    return text.replace(" (", f"{unit} (", 1) if " (" in text else text + unit


def _figures(report: Report, r: Result, lang: str) -> str:
    """One target's figures in words, each a number of the report: 1-6月累计979.5亩, 应完成900亩,
    完成率54.4%, 序时进度50%, 高于序时进度4.4个百分点. Check's words in it (its goal, schedule,
    running total, items) are ``Borrowed``: full-width in Chinese, the unit as written."""
    o, t = r.outcome, r.target
    unit = "" if t.kind is Kind.relative else "%" if t.unit == "%" else unit_text(report, t.unit, lang)
    keep = (unit,)
    goal = with_unit(goal_text(r, lang), "" if t.kind is Kind.directional else unit, lang)  # ↑上升, no unit
    # check's goal, (2027) after it: （2027年）
    goal = goal.replace(f" ({t.last_year})", say(said("brief-due-year", year=str(t.last_year)), lang))
    label = data_label(o.data_period, report, lang) if o.data_period is not None else ""
    older_than_owed = o.data_period is not None and o.data_period.key != report.period.key and label
    older: Arg = said("brief-older", months=label) if older_than_owed else ""
    if o.state is not None:
        return say(said("brief-state", state=o.state, older=older, marks=marks(r), goal=goal), lang)
    if o.actual is None:
        return say(said("brief-no-figure"), lang)
    figure = (
        with_unit(num(o.actual, 2), "%" if t.kind is Kind.growth else unit, lang)
        + shown(older, lang)
        + marks(r)
    )
    parts: list[Arg] = []
    if o.running_since is not None:
        this_year = with_unit(num(o.this_year, 2), unit, lang)
        parts.append(Borrowed(running_words(r, report, lang, figure, this_year), keep))
    else:
        head: Arg
        if t.kind is Kind.growth:
            head = said("brief-head-growth")
        elif t.kind is Kind.average_growth:
            head = said("brief-head-average-growth")
        elif t.kind in FLOWS:
            head = Borrowed(actual_head(report, lang))
        else:
            head = said("brief-head-actual")
        parts.append(said("brief-actual", head=head, figure=figure))
    if t.kind in FLOWS and o.expected is not None and o.schedule_pct is not None and o.schedule_pct < 100:
        parts.append(said("brief-expected", expected=with_unit(num(o.expected, 2), unit, lang)))
    else:
        parts.append(said("brief-target", goal=Borrowed(goal, keep)))
    if o.completion_pct is not None:
        parts.append(said("brief-done", pct=num(o.completion_pct)))
    schedule = Borrowed(schedule_name(r, lang))
    if o.schedule_pct is not None:
        parts.append(said("brief-schedule", schedule=schedule, pct=num(o.schedule_pct)))
    if o.gap_points is not None and o.gap_points != 0:
        gap = num(abs(o.gap_points))
        # a rate against the rate, never against 序时进度 (average_growth: 年均, issue 24)
        if t.kind in (Kind.growth, Kind.average_growth):
            parts.append(
                said("brief-gap-below-target", gap=gap)
                if o.gap_points > 0
                else said("brief-gap-above-target", gap=gap)
            )
        elif o.gap_points > 0:
            parts.append(said("brief-gap-behind", gap=gap, schedule=schedule))
        else:
            parts.append(said("brief-gap-ahead", gap=gap, schedule=schedule))
    if words := items_words(r, report, lang):
        parts.append(Borrowed(words, keep))
    return clauses(parts).said_in(lang)


def _named(
    report: Report, results: list[Result], lang: str, *, streaks: dict[str, int] | None = None
) -> Block:
    items = []
    for r in results[:LIST_LIMIT]:
        streak: Arg = ""
        if streaks is not None:
            n = streaks.get(r.target.id, 1)
            streak = said("brief-red-first") if n <= 1 else said("brief-red-streak", n=str(n))
        named = said(
            "brief-named",
            name=name_text(r, lang),
            owner=_owner(report, r, lang),
            figures=_figures(report, r, lang),
            streak=streak,
        )
        items.append(say(named, lang))
    if len(results) > LIST_LIMIT:
        items.append(say(said("brief-more-see-check", n=str(len(results) - LIST_LIMIT)), lang))
    return Block("items", items=tuple(items))


def _names(results: tuple[Result, ...], lang: str) -> Arg:
    """Targets named in a sentence, at most ``LIST_LIMIT`` of them, the rest counted."""
    shown = listed(name_text(r, lang) for r in results[:LIST_LIMIT])
    more = len(results) - LIST_LIMIT
    if more > 0:
        return said("brief-names-more", names=shown, n=str(more))
    return shown


def changes_text(report: Report, changes: Changes, lang: str) -> str | None:
    """What changed since the previous period with a file (``check``'s 较上期), each kind of
    change counted and its targets named; None when there is no previous period."""
    previous = report.previous_period
    if previous is None:
        return None
    kinds = (
        (changes.new_red, said("brief-change-new-red")),
        (changes.red_better, said("brief-change-red-better")),
        (changes.new_done, said("brief-change-new-done")),
        (changes.new_missing, said("brief-change-new-missing")),
    )
    made = [
        said("brief-change", change=kind, n=str(len(rs)), names=_names(rs, lang)) for rs, kind in kinds if rs
    ]
    if not made:
        return say(said("brief-changes-none", period=previous), lang)
    return say(said("brief-changes", period=previous, changes=semis(made)), lang)


def halves_text(report: Report, halves: Halves, lang: str) -> str:
    """双过半 at 1-6月: 时间过半 (序时进度 50%) and how many annual targets are at or past half."""
    without: Arg = said("brief-halves-without", n=str(halves.without)) if halves.without else ""
    made = said(
        "brief-halves",
        schedule=num(report.schedule_pct),
        judged=str(halves.judged),
        past=str(halves.past),
        behind=str(halves.judged - halves.past),
        without=without,
    )
    return say(made, lang)


OVERALL_HEAD = (
    said("brief-col-action"),
    said("brief-col-targets"),
    said("brief-col-green"),
    said("brief-col-yellow"),
    said("brief-col-red"),
    said("brief-col-grey"),
)
"""总体情况's table of lights by action."""


def overall_head(lang: str) -> tuple[str, ...]:
    return tuple(say(s, lang) for s in OVERALL_HEAD)


def counts_text(
    total: int,
    lights: Mapping[Light, int],
    grey: Mapping[Status, int],
    lang: str,
    *,
    restatements: int,
    monitoring: int,
    stale: int = 0,
) -> str:
    """总体情况's first sentence: the targets judged by light, the grey ones by status, and those
    counted apart (restatements once, monitoring not judged, stale figures at the months owed);
    the 通报 and the 通报 reprinted from its record (which keeps no stale mark) say it alike."""
    by_light = clauses(
        said("brief-light-count", light=light, n=str(n), pct=pct(n, total)) for light, n in lights.items()
    )
    by_grey: Arg = ""
    if grey:
        by_grey = said(
            "brief-grey",
            statuses=listed(said("brief-status-count", status=Label(s), n=str(n)) for s, n in grey.items()),
        )
    apart: list[Arg] = []
    if restatements:
        apart.append(said("brief-apart-restatements", n=str(restatements)))
    if monitoring:
        apart.append(said("brief-apart-monitoring", n=str(monitoring)))
    if stale:
        apart.append(said("brief-apart-stale", n=str(stale), mark=STALE))
    counted_apart: Arg = said("brief-apart", parts=semis(apart)) if apart else ""
    made = said("brief-counts", total=str(total), lights=by_light, grey=by_grey, apart=counted_apart)
    return say(made, lang)


def overall_section(
    report: Report, lang: str, changes: Changes | None = None, halves: Halves | None = None
) -> Section:
    """总体情况: the lights counted, then what changed since the previous period (``changes``)
    and, at 1-6月, the 双过半 line (``halves``), then the lights by action."""
    total, lights = light_counts(report)
    counts = summary_counts(report.results)
    by_status = counts["by_status"]
    grey = {s: by_status[s.value] for s in Status if s.light is Light.grey and by_status.get(s.value)}
    text = counts_text(
        total,
        lights,
        grey,
        lang,
        restatements=counts["restatements"],
        monitoring=counts["monitoring"],
        stale=counts["stale"],
    )
    rows = []
    for action, c in counts["by_action"].items():
        names = report.action_names.get(action, (action, action))
        rows.append(
            (
                names[0] if is_zh(lang) else names[1],
                str(c["total"]),
                *(str(c[light.value]) for light in Light),
            )
        )
    blocks = [Block("para", text=text)]
    if changes is not None and (changed := changes_text(report, changes, lang)) is not None:
        blocks.append(Block("para", text=changed))
    if halves is not None:
        blocks.append(Block("para", text=halves_text(report, halves, lang)))
    blocks.append(Block("table", head=overall_head(lang), rows=tuple(rows)))
    return Section(say(said("brief-title-overall"), lang), tuple(blocks))


def progress_section(report: Report, lang: str) -> Section:
    """主要进展: 已完成 counted, and named only when new this period (a target 已完成 in the
    previous period too is counted, not listed again); 超进度 counted and named."""
    kept = report.counted_results
    done = [r for r in kept if r.status is Status.achieved]
    new = [r for r in done if newly_done(r, report)]
    ahead = [r for r in kept if r.status is Status.ahead]
    compared = report.previous_period is not None
    of_which: Arg = said("brief-progress-new", n=str(len(new))) if compared and done else ""
    made = said("brief-progress", done=str(len(done)), of_which=of_which, ahead=str(len(ahead)))
    blocks = [Block("para", text=say(made, lang))]
    if new:
        sub = said("brief-sub-newly-achieved") if compared else said("brief-sub-achieved")
        blocks += [Block("sub", text=say(sub, lang)), _named(report, new, lang)]
    if ahead:
        blocks += [Block("sub", text=say(said("brief-sub-ahead"), lang)), _named(report, ahead, lang)]
    return Section(say(said("brief-title-progress"), lang), tuple(blocks))


def problems_text(
    reds: int, missed: int, yellow: Counter[Status], lang: str, *, published: bool = False
) -> str:
    """存在问题's first paragraph: the reds (missed at the deadline, off track) and the yellows
    by status, each then named by the 通报; ``published``: the 通报 reprinted from its record,
    whose yellows are listed by ``check --as-published``."""
    text = say(
        said("brief-reds", reds=str(reds), missed=str(missed), off_track=str(reds - missed))
        if reds
        else said("brief-no-reds"),
        lang,
    )
    if yellow:
        by_status = listed(
            said("brief-status-count", status=Label(s), n=str(n))
            for s, n in sorted(yellow.items(), key=lambda kv: -kv[0].rank)
        )
        # The 通报 names every yellow below; the reprint as published points to where they are.
        see: Arg = said("brief-yellows-see") if published else ""
        text += say(said("brief-yellows", n=str(sum(yellow.values())), statuses=by_status, see=see), lang)
    return text


def problems_section(
    report: Report, lang: str, streaks: dict[str, int], *, words: Mapping[str, Words] | None = None
) -> Section:
    reds = [row.result for row in red_rows(report, streaks, lang)]
    missed = sum(r.status is Status.missed for r in reds)
    kept = report.counted_results
    yellow = Counter(r.status for r in kept if r.light is Light.yellow)
    blocks: list[Block] = []
    text = problems_text(len(reds), missed, yellow, lang)
    blocks.append(Block("para", text=text))
    if reds:
        blocks += [
            Block("sub", text=say(said("brief-sub-red"), lang)),
            quoted(_named(report, reds, lang, streaks=streaks), reds, words or {}, lang),
        ]
    if yellow:
        # Worse status first (as the count above), most behind first within it, as the reds.
        yellows = [r for r in kept if r.light is Light.yellow]
        yellows.sort(
            key=lambda r: (r.status.rank, r.outcome.gap_points is None, -(r.outcome.gap_points or 0.0))
        )
        named = quoted(_named(report, yellows, lang), yellows, words or {}, lang)
        blocks += [Block("sub", text=say(said("brief-sub-yellow"), lang)), named]
    return Section(say(said("brief-title-problems"), lang), tuple(blocks))


def quoted(block: Block, results: list[Result], words: Mapping[str, Words], lang: str) -> Block:
    """The targets named in ``block`` (``_named``, in the order of ``results``), each followed
    on lines of its own by its unit's words, verbatim, the unit named (市经信局说明：…); a red
    target without a 滞后原因 says （未说明原因）. Never a word of the tool's own about a cause."""
    items = list(block.items)
    for i, r in enumerate(results[: min(len(items), LIST_LIMIT)]):
        own = words.get(r.target.id)
        lines: list[Said] = []
        unit = "" if own is None else own.unit_zh if is_zh(lang) else own.unit_en  # the data's names
        if own is not None and own.reason is not None:
            lines.append(said("brief-unit-explains", unit=unit, reason=own.reason))
        elif r.light is Light.red:
            lines.append(said("brief-no-reason"))
        if own is not None and own.next_steps is not None:
            lines.append(said("brief-unit-next-steps", unit=unit, steps=own.next_steps))
        if lines:
            items[i] = "\n".join([items[i], *(say(line, lang) for line in lines)])
    return replace(block, items=tuple(items))


def next_section(lang: str) -> Section:
    note = say(said("brief-next-note", mark=PLACEHOLDERS[lang]), lang)
    return Section(say(said("brief-title-next"), lang), (Block("note", text=note),))
