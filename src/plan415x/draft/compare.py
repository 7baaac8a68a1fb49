"""A draft measured against an encoding made by hand: how many of its targets the draft found,
how many of the draft's are real (precision), and field by field how many found ones are right.

Targets are paired by their wording (the texts' character pairs), the figure and the clause,
best pairs first, each at most once: a draft target pairs a hand-made one when their texts
share enough (Dice ≥ 0.5, or one holds the other). Units are compared by name: the draft's
names as the text writes them, the encoding's ids through its responsible_units (name_zh,
aliases), 市 before a name ignored.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from plan415x.draft.model import Draft, Proposal
from plan415x.draft.restate import similarity

FIELDS = ("value", "unit", "comparator", "hedge", "period", "kind", "units")
SECOND_KIND = ("upper", "good", "attribute", "baseline", "from_base")
"""Fields of a report's or an outline's targets (issue 24): measured when the encoding uses them."""
GOALS = {
    "found": 0.95,
    "value": 0.95,
    "unit": 0.95,
    "comparator": 0.95,
    "hedge": 0.90,
    "period": 0.90,
    "kind": 0.90,
    "precision": 0.80,
}


class Figures(NamedTuple):
    reference: int
    drafted: int
    found: int
    right: dict[str, int]
    found_with_value: int
    reference_with_value: int
    pairs: list[tuple[int, int]]

    def share(self, name: str) -> float:
        if name == "found":
            return self.found / self.reference if self.reference else 0.0
        if name == "precision":
            return self.found / self.drafted if self.drafted else 0.0
        if name == "found-figures":
            return self.found_with_value / self.reference_with_value if self.reference_with_value else 0.0
        return self.right[name] / self.found if self.found else 0.0


def _name(name: str) -> str:
    return name.removeprefix("市")


def compare(draft: Draft, encoded: dict[str, Any]) -> Figures:
    targets: list[dict[str, Any]] = [t if isinstance(t, dict) else {} for t in encoded.get("targets") or []]
    names: dict[str, str] = {}
    for unit in encoded.get("responsible_units") or []:
        for name in [unit.get("name_zh", ""), *(unit.get("aliases") or [])]:
            names[_name(str(name))] = str(unit["id"])
    scored: list[tuple[float, int, int]] = []
    for i, ref in enumerate(targets):
        text = str(ref.get("text_zh", ""))
        for j, d in enumerate(draft.targets):
            sim = similarity(text, d.text_zh)
            if sim < 0.5 and not (d.text_zh and (d.text_zh in text or text in d.text_zh)):
                continue
            score = sim + (1.0 if _num(ref.get("value")) == d.value else 0.0)
            score += 0.5 if ref.get("unit") == d.unit else 0.0
            score += 0.5 if str(ref.get("clause", "")) == d.clause else 0.0
            scored.append((score, i, j))
    pairs: list[tuple[int, int]] = []
    used_ref: set[int] = set()
    used_draft: set[int] = set()
    for _, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i not in used_ref and j not in used_draft:
            used_ref.add(i)
            used_draft.add(j)
            pairs.append((i, j))
    used = [f for f in SECOND_KIND if any(t.get(f) is not None for t in targets)]
    right = dict.fromkeys([*FIELDS, *used], 0)
    for i, j in pairs:
        for name, ok in _fields(targets[i], draft.targets[j], names).items():
            if name in right:
                right[name] += ok
    with_value = [i for i, t in enumerate(targets) if t.get("value") is not None]
    return Figures(
        reference=len(targets),
        drafted=len(draft.targets),
        found=len(pairs),
        right=right,
        found_with_value=sum(1 for i, _ in pairs if i in set(with_value)),
        reference_with_value=len(with_value),
        pairs=sorted(pairs),
    )


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _fields(ref: dict[str, Any], d: Proposal, names: dict[str, str]) -> dict[str, bool]:
    units = tuple(names.get(_name(n), _name(n)) for n in d.responsible)
    return {
        "value": _num(ref.get("value")) == d.value,
        "unit": ref.get("unit") == d.unit,
        "comparator": (ref.get("comparator") or ">=") == (d.comparator or ">=")
        or d.kind == "milestone" == ref.get("kind"),
        "hedge": (ref.get("hedge") or "plain") == d.hedge,
        "period": (ref.get("first_year"), ref.get("last_year")) == (d.first_year, d.last_year),
        "kind": ref.get("kind") == d.kind,
        "units": tuple(ref.get("responsible") or ()) == units,
        "upper": _num(ref.get("upper")) == d.upper,
        # up is what 左右 has always meant: said or not, the same.
        "good": (ref.get("good") or "up") == (d.good or "up")
        or ref.get("comparator") not in ("approx", "between"),
        "attribute": ref.get("attribute") == d.attribute,
        "baseline": _baseline(ref.get("baseline")) == (tuple(d.baseline) if d.baseline else None),
        "from_base": _from_base(ref.get("from_base")) == (tuple(d.from_base) if d.from_base else None),
    }


def _baseline(value: Any) -> tuple[float | None, Any] | None:
    return (_num(value.get("value")), value.get("year")) if isinstance(value, dict) else None


def _from_base(value: Any) -> tuple[Any, float | None] | None:
    return (value.get("change"), _num(value.get("by"))) if isinstance(value, dict) else None


def table(figures: Figures) -> list[tuple[str, str, str, str]]:
    """Rows: what, counted, share, goal."""
    rows = [
        (
            "found (recall)",
            f"{figures.found} of {figures.reference}",
            _pct(figures.share("found")),
            _goal("found"),
        ),
        (
            "  with a figure",
            f"{figures.found_with_value} of {figures.reference_with_value}",
            _pct(figures.share("found-figures")),
            "",
        ),
        (
            "precision",
            f"{figures.found} of {figures.drafted}",
            _pct(figures.share("precision")),
            _goal("precision"),
        ),
    ]
    for name in figures.right:
        rows.append(
            (
                f"{name} right",
                f"{figures.right[name]} of {figures.found}",
                _pct(figures.share(name)),
                _goal(name),
            )
        )
    return rows


def _pct(share: float) -> str:
    return f"{100 * share:.1f}%"


def _goal(name: str) -> str:
    return f"≥ {100 * GOALS[name]:.0f}%" if name in GOALS else ""
