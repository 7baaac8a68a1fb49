"""Responsible units from an annex table's 责任单位 cell: the lead unit first.

A cell lists units with 、 and may end in a note (。列第一位的为牵头单位,以下均需…落实): the
note is dropped, and the order is kept (the first is the 牵头单位, as such notes say). Cells
copied from web pages run names together (市自然资源和规划局市投资促进服务中心): names met
elsewhere in the text split them first; what remains is split where a unit's name ends (局,
中心, 办…) and another begins with 市/县/区.
"""

from __future__ import annotations

import re

from plan415x.draft.model import Guess
from plan415x.problems import said

# Where a unit's name ends (局, 中心, 办…) and the next begins (市, 县, 区, 省).
SPLIT = re.compile(r"(?<=[局心办委组院所处站队会部厅团])(?=[市县区省])")
SEPARATORS = re.compile(r"[、,，;；/]")


def cell_units(cell: str) -> list[str]:
    """The names of a cell, as written (before any note after 。)."""
    head = re.split(r"[。(（]", cell, maxsplit=1)[0]
    return [name.strip() for name in SEPARATORS.split(head) if name.strip()]


def known_names(cells: list[str]) -> set[str]:
    """Unit names met on their own (between separators) in any cell: the text's own spelling."""
    return {name for cell in cells for name in cell_units(cell) if len(name) <= 14}


def split_run(name: str, known: set[str]) -> list[str]:
    """A run of names without separators, split by known names first, then at name ends."""
    for other in sorted(known, key=len, reverse=True):
        # What remains must be a name itself (市X局: 3 characters at least), not 市 alone.
        if other != name and len(name) - len(other) >= 3:
            if name.startswith(other):
                return [other, *split_run(name[len(other) :], known)]
            if name.endswith(other):
                return [*split_run(name[: -len(other)], known), other]
    return [part for part in SPLIT.split(name) if part]


def units_of(cell: str, known: set[str]) -> tuple[tuple[str, ...], Guess]:
    names: list[str] = []
    for name in cell_units(cell):
        for part in split_run(name, known):
            # 经信局 in one cell, 市经信局 in the others: one unit, named as most cells do.
            part = next(
                (k for k in known if k != part and k.endswith(part) and len(k) - len(part) == 1), part
            )
            if part not in names:
                names.append(part)
    note = "列第一位" in cell or "牵头" in cell
    reason = said("draft-why-units-lead") if note else said("draft-why-units-first")
    return tuple(names), Guess(0.9 if note else 0.8, reason)
