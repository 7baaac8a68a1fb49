"""The template's layout, what ``template`` writes and the import (``reading``) reads back: the
format and its version, the hidden ``_plan415x`` sheet's rows and its digest (``meta_digest``),
the rows and columns of a unit's sheet (a locked column's earlier headers too), the states as
written, and which inputs, units and bounds a target's row takes. The sheets themselves, their
styles and the 说明 text are made in ``template``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from plan415x.loading import Dataset
from plan415x.values import Kind, State, Target

FORMAT = "plan415x-template"
VERSION = 1
META_SHEET = "_plan415x"
DIGEST_KEY = "digest"
DIGEST_ROW = 6
NOTES_SHEET = "说明"
NO_LEAD = "未指定牵头单位"
TITLE_ROW, HINT_ROW, HEAD_ROW, FIRST_ROW = 1, 2, 3, 4


@dataclass(frozen=True)
class Column:
    key: str
    head: str
    input: bool
    width: int


COLUMNS = (
    Column("target", "指标ID", False, 16),
    Column("component", "分项", False, 12),
    Column("name", "指标名称", False, 28),
    Column("what", "填报内容", False, 16),
    Column("goal", "年度目标", False, 13),
    Column("previous", "上期数/上年同期", False, 10),
    Column("previous_period", "上期", False, 9),
    Column("unit", "计量单位", True, 9),
    Column("value", "本期数值", True, 11),
    Column("reference", "参照值", True, 10),
    Column("state", "状态", True, 10),
    Column("as_of", "数据截至", True, 11),
    Column("source", "来源", True, 24),
    Column("note", "备注", True, 24),
    Column("reason", "滞后原因", True, 30),
    Column("next_steps", "下步措施", True, 30),
)
COL = {c.key: index for index, c in enumerate(COLUMNS, start=1)}
"""Column number (1-based) of each key."""
STATES = {"done": State.done, "pending": State.pending, "not_done": State.not_done}
STATE_WORDS_ZH = {"已完成": State.done, "推进中": State.pending, "未完成": State.not_done}
STATE_LABEL_ZH = {State.done: "已完成", State.pending: "推进中", State.not_done: "未完成"}

_UNBOUNDED = frozenset({Kind.growth, Kind.relative})


WORDS = ("reason", "next_steps")
"""The unit's own words (滞后原因, 下步措施): asked on the rows ``template`` chooses
(``views.words.asked``), read on any target's first row, kept verbatim on the record."""
WORDS_PROMPT = {
    "reason": "请用本单位的话说明本指标滞后的原因，通报将原文引用。",
    "next_steps": "请说明本单位的下步措施，通报将原文引用。",
}
"""The input message Excel and WPS show on a words cell of a row that asks (at most 255 characters)."""
WORDS_SINCE = len(COLUMNS) - len(WORDS)
"""How many columns a template made before the words had: its header ends there, and import
reads it as it was (no words)."""


def inputs_for(target: Target, component: int | None, measures_compatible: list[str]) -> set[str]:
    """The input keys that apply to one row (``component``: the component's index, else None)."""
    if target.kind is Kind.milestone:
        return {"state", "as_of", "source", "note", *WORDS}
    if component is not None and component > 0:
        return {"value"}
    keys = {"value", "as_of", "source", "note", *WORDS}
    if target.kind is Kind.directional or (target.kind is Kind.relative and target.reference_target is None):
        keys.add("reference")  # not asked when read from another target's figure (reference_target)
    elif target.kind is not Kind.composite and len(measures_compatible) > 1:
        keys.add("unit")
    return keys


def figure_unit(target: Target) -> str:
    """The 计量单位 a figure is asked in: the target's unit, but for a relative target that of
    its figure and reference (``figure_unit``: 万元/人), the target's own being its margin's (%);
    an average_growth target's yearly levels are in its ``figure_unit`` (亿元), its own is the rate's."""
    if target.kind in (Kind.relative, Kind.average_growth):
        return target.figure_unit or ""
    return target.unit or ""


def compatible_units(dataset: Dataset, target: Target) -> list[str]:
    """Units a figure of ``target`` may be reported in: its own first, then its dimension's."""
    if target.unit is None:
        return []
    measure = dataset.measures.get(target.unit)
    if measure is None:
        return [target.unit]
    return [target.unit] + [
        m.id for m in dataset.measures.all() if m.id != target.unit and m.dimension == measure.dimension
    ]


def bounds(dataset: Dataset, target: Target) -> tuple[float | None, float | None]:
    """Smallest and largest valid figure in the target's unit (None: no bound)."""
    # A target's own range first: validate enforces it on rates too (a growth rate's -50..100),
    # and a template cell must take what validate takes and refuse what it refuses.
    if target.range is not None:
        return target.range
    if target.kind in _UNBOUNDED:
        return None, None
    measure = dataset.measures.get(target.unit) if target.unit else None
    return (measure.min, measure.max) if measure else (None, None)


LEGACY_HEADS = {"previous": ("上期数",)}
"""Earlier headers of a locked column, still read: a template made before its header changed is
filled in the same columns."""


def header_matches(got: list[object]) -> bool:
    """Whether a header row is the template's (a locked column's earlier header too; a
    template made before the words' columns, whose header stops before them)."""
    got = list(got) + [None] * (len(COLUMNS) - len(got))
    if all(value in (None, "") for value in got[WORDS_SINCE : len(COLUMNS)]):
        got = got[:WORDS_SINCE]
        columns = COLUMNS[:WORDS_SINCE]
    else:
        columns = COLUMNS
    return all(
        value == column.head or value in LEGACY_HEADS.get(column.key, ())
        for value, column in zip(got, columns, strict=False)
    ) and len(got) >= len(columns)


def _canonical(value: object) -> str:
    # XML reads CR LF and CR back as LF in a cell; an empty cell may come back as None or "".
    return "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n")


def meta_digest(rows: Iterable[Iterable[object]]) -> str:
    """A BLAKE2b digest of the hidden sheet's rows (format, version, plan, period, created and
    each sheet's unit), in order, but the digest's own row: import recomputes it and refuses a
    workbook whose hidden sheet was edited. Not a signature (there is no key: whoever reads
    this code can make a new digest); it guards against slips and casual edits, a unit or
    period changed by hand in the hidden sheet, not against a deliberate forgery."""
    digest = hashlib.blake2b(digest_size=16, person=b"plan415x-meta")
    for row in rows:
        cells = [_canonical(value) for value in row]
        while cells and not cells[-1]:
            cells.pop()
        if not cells or cells[0] == DIGEST_KEY:
            continue
        digest.update(json.dumps(cells, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()
