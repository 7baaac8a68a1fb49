"""年考评: the annual score of each responsible unit, from rules in the data folder's
scoring.yaml (model), one module per rule type (rules/), the computation (engine) and the
loader (load)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from plan415x import cache
from plan415x.loading import display_path, read_file

if TYPE_CHECKING:
    from plan415x.dataset import Dataset
    from plan415x.problems import Problem

SCORING_FILE = "scoring.yaml"


def scoring_path(root: Path) -> Path:
    return root / SCORING_FILE


def problems_of(path: Path, dataset: Dataset) -> list[Problem]:
    """The problems of the scoring file against the dataset's plan (as ``load.load_scoring``
    finds them), remembered by the cache when there are none: an unchanged scoring.yaml beside
    the same plan is not parsed and validated again (``validate`` then needs neither pydantic
    nor the YAML parser, as a cached ``check`` does not). The mark is filed by the key of the
    plan's bytes the dataset was built from, never by a second read of targets.yaml."""
    raw = read_file(path, display_path(path))
    key: str | None = None
    if dataset.plan_key is not None and cache.folder() is not None and isinstance(raw, bytes):
        key = cache.against_key(dataset.plan_key, cache.file_key("scoring", path.name, raw))
        if cache.is_checked(key):
            return []
    # Only now pydantic and the YAML parser (scoring.load's), which a cached run does without.
    from plan415x.scoring.load import load_scoring

    # The bytes the key was made of are the bytes checked.
    problems: list[Problem] = load_scoring(path, dataset.plan, raw=raw)[1]
    if key is not None and not problems:
        cache.put([cache.checked_entry(key)])
    return problems
