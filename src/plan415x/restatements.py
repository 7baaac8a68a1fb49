"""When a restatement (``restates:``) asks for the very figure of the target it restates.

The 2023 task list writes main-text targets again for 2023 (18 green factories against 15 a
year): two targets, two judgements (``results.counted`` counts the worse), but one quantity
reported once. A restatement shares its restated target's figure when both figures mean the same
number for the same months:

- the same unit of measure (家 and 个 are different words, maybe different counts: not shared);
- both flows (annual, one_year, cumulative: every record of them is the year's 1-N月 total, a
  running total adding each year's last), or both the same kind of latest value (level, share,
  growth). Milestones (a state due in 2023 beside one due in 2027), composites and targets with
  a reference (relative, directional) are asked for one by one.

The template then lists the figure once, on the restated target's row, and ``import`` records
it for both targets (``excel.reading``); two different figures for the two in one period are
a plausibility warning, ``restatement-mismatch`` (``plausibility``).
"""

from __future__ import annotations

from collections.abc import Iterable

from plan415x.values import Kind, Target

_FLOWS = frozenset({Kind.annual, Kind.one_year, Kind.cumulative})
_LATEST = frozenset({Kind.level, Kind.share, Kind.growth})


def shares_figure(restating: Target, restated: Target) -> bool:
    """Whether ``restating`` restates ``restated`` and asks for the same figure."""
    if restating.restates != restated.id or restating.unit is None or restating.unit != restated.unit:
        return False
    kinds = {restating.kind, restated.kind}
    return kinds <= _FLOWS or (len(kinds) == 1 and kinds <= _LATEST)


def sharing(targets: Iterable[Target]) -> dict[str, tuple[Target, ...]]:
    """The restatements that share their restated target's figure, by the restated id."""
    listed = list(targets)
    by_id = {t.id: t for t in listed}
    out: dict[str, list[Target]] = {}
    for t in listed:
        restated = by_id.get(t.restates) if t.restates else None
        if restated is not None and shares_figure(t, restated):
            out.setdefault(restated.id, []).append(t)
    return {k: tuple(v) for k, v in out.items()}
