"""What an import did, as the command reports it."""

from __future__ import annotations

from dataclasses import dataclass, field

from plan415x.problems import Problem


@dataclass
class Outcome:
    """What an import did: problems (nothing written), or messages about what was written."""

    problems: list[Problem] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    refusal: str = ""
    taken: list[tuple[str, str, str]] = field(default_factory=list)
    """(sheet, target id, ``added`` | ``unchanged`` | ``replaced``) of each figure read, for
    the receipt (回执) per unit; also on a dry run (what would be)."""
    warnings: list[Problem] = field(default_factory=list)
    """Plausibility warnings of the cells imported (``FILE:Sheet!I7``); never a refusal unless
    ``--strict``, which makes them the problems."""
    cannot_write: bool = False
    """The problems are not in the data but in writing it (a full disk, a folder in the way, the
    lock): the command exits 4, as export and the printed output do, not 1 (invalid data)."""


def refused(problems: list[Problem], shown: str) -> Outcome:
    count = len(problems)
    return Outcome(
        problems=problems,
        refusal=f"{count} problem{'s' * (count != 1)} in {shown}; nothing was written",
    )
