"""年考评: the annual score of each responsible unit, from rules in the data folder's
scoring.yaml (model), one module per rule type (rules/), the computation (engine) and the
loader (load)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plan415x.problems import Problem
    from plan415x.values import PlanFile

SCORING_FILE = "scoring.yaml"


def scoring_path(root: Path) -> Path:
    return root / SCORING_FILE


def problems_of(path: Path, plan_path: Path, plan: PlanFile) -> list[Problem]:
    """The problems of the scoring file against the plan (as ``load.load_scoring`` finds them),
    remembered by the cache when there are none: an unchanged scoring.yaml beside an unchanged
    plan is not parsed and validated again (``validate`` then needs neither pydantic nor the
    YAML parser, as a cached ``check`` does not)."""
    from plan415x import cache
    from plan415x.loading import display_path, read_file

    raw = read_file(path, display_path(path))
    plan_raw = read_file(plan_path, display_path(plan_path))
    key: str | None = None
    if cache.folder() is not None and isinstance(raw, bytes) and isinstance(plan_raw, bytes):
        key = cache.against_key(
            cache.file_key("plan", plan_path.name, plan_raw), cache.file_key("scoring", path.name, raw)
        )
        if cache.is_checked(key):
            return []
    from plan415x.scoring.load import load_scoring

    # The bytes the key was made of are the bytes checked.
    problems: list[Problem] = load_scoring(path, plan, raw=raw)[1]
    if key is not None and not problems:
        cache.put([cache.checked_entry(key)])
    return problems
