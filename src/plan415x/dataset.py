"""A dataset: a plan and its figures, valid together, as plain values (what every report reads).

Built by the loader from validated files, or from the cache; nothing here imports pydantic or
a YAML parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plan415x import values
from plan415x.documents import Document
from plan415x.periods import Period
from plan415x.units import Measures


@dataclass(frozen=True)
class Actuals:
    """One actuals file, validated on its own."""

    period: Period
    file: values.ActualsFile
    doc: Document
    positions: tuple[int, ...] | None = None
    """Where each record stands in the file, when some were left out for problems of their
    own (the rest are still checked against the plan, never judged): None when all are there."""

    def position(self, index: int) -> int:
        return index if self.positions is None else self.positions[index]


@dataclass(frozen=True)
class Dataset:
    """A plan and its actual figures, valid together."""

    root: Path
    plan: values.PlanFile
    plan_doc: Document
    actuals: tuple[Actuals, ...]  # ordered by period end
    measures: Measures
    targets: dict[str, values.Target]
    plan_key: str | None = None
    """The cache's key of the plan's bytes this dataset was built from (None: loaded without
    the cache): what a mark about the plan (the scoring rules checked against it) is filed by."""

    @property
    def illustrative(self) -> bool:
        """Some figures are samples (an actuals file says ``illustrative: true``): a document
        made from the data as a whole (a 催报 notice, a 回执) says so."""
        return any(a.file.illustrative for a in self.actuals)


def with_default_owner(plan: values.PlanFile) -> values.PlanFile:
    """The plan with its ``default_owner`` responsible for every target that names no unit,
    each such target marked (``Target.owner_is_default``)."""
    owner = plan.default_owner
    if owner is None or all(t.responsible for t in plan.targets):
        return plan
    targets = tuple(t if t.responsible else t.with_default_owner(owner) for t in plan.targets)
    return plan._replace(targets=targets)


def dataset_of(
    root: Path,
    plan: values.PlanFile,
    plan_doc: Document,
    actuals: list[Actuals],
    *,
    plan_key: str | None = None,
) -> Dataset:
    """The Dataset of a valid plan and valid actuals (from the files, or from the cache)."""
    actuals = sorted(actuals, key=lambda a: (a.period, a.doc.display))
    plan = with_default_owner(plan)
    targets = {t.id: t for t in plan.targets}
    return Dataset(root, plan, plan_doc, tuple(actuals), Measures(plan.measures), targets, plan_key)
