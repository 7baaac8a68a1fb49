"""Restatements: a year's list writing a main-text target again (the same commitment for that
year, at times with another figure). Paired by wording and value; the main-text target takes the
row's responsible units when the main text names none (as plans issue their 分工 in the list)."""

from __future__ import annotations

from plan415x.draft.model import Guess, Proposal
from plan415x.problems import said


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def similarity(a: str, b: str) -> float:
    """Dice's coefficient of the two texts' character pairs."""
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def pair(found: list[Proposal]) -> list[Proposal]:
    main = [i for i, p in enumerate(found) if p.first_year != p.last_year or not p.clause.startswith("附件")]
    taken: set[int] = set()
    result = list(found)
    for i, p in enumerate(found):
        if not p.clause.startswith("附件"):
            continue
        best: tuple[float, int] | None = None
        for j in main:
            m = found[j]
            if (
                j in taken
                or m.clause.startswith("附件")
                or m.unit != p.unit
                or (m.value is None) != (p.value is None)
            ):
                continue
            score = similarity(m.name_zh, p.name_zh) + (0.3 if m.value == p.value else 0.0)
            if score >= 0.6 and (best is None or score > best[0]):
                best = (score, j)
        if best is None:
            continue
        j = best[1]
        taken.add(j)
        why = dict(p.why)
        why["restates"] = Guess(
            min(0.9, best[0]), said("draft-why-restates", clause=found[j].clause, text=found[j].text_zh)
        )
        result[i] = p._replace(restates=j, why=why)
        if not found[j].responsible and p.responsible:
            mwhy = dict(found[j].why)
            mwhy["responsible"] = Guess(0.6, said("draft-why-restated-units", clause=p.clause))
            result[j] = result[j]._replace(responsible=p.responsible, why=mwhy)
    return result
