"""The lists of ``plan415x units`` and ``plan415x kinds``."""

from __future__ import annotations

from collections.abc import Sequence

from plan415x.i18n import say
from plan415x.reports.table import render_rows
from plan415x.rules import COMPARATORS, FORMULAS, FROM_BASE, GEOMETRIC, REFERENCE_TARGET
from plan415x.units import builtin
from plan415x.values import Kind, Measure


def _factor(value: float) -> str:
    return f"{value:g}" if value < 1e6 else f"1e{len(str(int(value))) - 1}"


def render_units(own: tuple[str, Sequence[object]] | None, *, color: bool) -> str:
    """The built-in units and, with ``own`` (the plan file's name and its measures), the plan's:
    each row says where its definition comes from."""
    declared: dict[str, Measure] = {}
    if own is not None:
        declared = {m.id: m for m in own[1] if isinstance(m, Measure)}
    rows: list[list[str]] = []
    for m in builtin():
        if m.id in declared:
            rows.append(_row(declared.pop(m.id), f"{own[0] if own else ''} (overrides the built-in)"))
        else:
            rows.append(_row(m, "built-in"))
    rows += [_row(m, own[0] if own else "") for m in declared.values()]
    header = ["unit", "dimension", "factor", "whole", "min", "max", "name", "from"]
    footer = (
        "Units convert only within a dimension, by their factors. A plan adds or overrides units"
        " under measures: in targets.yaml (the same id: the plan's wins)."
    )
    return render_rows(header, rows, color=color, right=frozenset({2}), footer=footer)


def _row(m: Measure, origin: str) -> list[str]:
    return [
        m.id,
        m.dimension,
        _factor(m.factor),
        "yes" if m.whole else "",
        f"{m.min:g}" if m.min is not None else "",
        f"{m.max:g}" if m.max is not None else "",
        m.name_en,
        origin,
    ]


def kind_lines() -> list[tuple[str, str]]:
    """Each kind and the first line of its rule's formula, without the kind's own name."""
    out: list[tuple[str, str]] = []
    for kind in Kind:
        doc = say(FORMULAS[kind]).strip()
        first = " ".join(doc.split("\n\n")[0].split())
        _, _, line = first.partition(": ")
        out.append((kind.value, (line or first).replace("``", "")))
    return out


def render_kinds(*, color: bool) -> str:
    footer = "How each is judged, with the formulas: docs/rules.md, or plan415x explain TARGET PERIOD."
    table = render_rows(["kind", "judged by"], [list(k) for k in kind_lines()], color=color, footer=footer)
    # The comparators, 左右's good side and 属性 hold for every kind, and a five-year table's
    # arithmetic (from a base, 〔累计〕, another target's figure) for several: said once, after.
    after = (COMPARATORS, FROM_BASE, GEOMETRIC, REFERENCE_TARGET)
    return table.rstrip("\n") + "".join("\n\n" + say(part).strip() for part in after) + "\n"
