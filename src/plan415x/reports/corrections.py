"""How a correction of a published period is said (``views.published.Correction``): the line
under a report's header and the JSON, the same in rank, the 通报, the workbook, the HTML page
and check."""

from __future__ import annotations

from typing import Any

from plan415x.numbers import fmt
from plan415x.views.published import Correction


def correction_line(c: Correction, lang: str, *, with_places: bool = True) -> str:
    """A published period whose figures changed since: which figures, and which places moved
    (as published → from the data now); ``with_places`` False for an output that shows no ranking
    (check), which names the figures only."""
    if lang == "zh":
        label = c.period.label_zh()
        figures = "、".join(f"{f.unit_zh} {f.target_zh} {fmt(f.before)}→{fmt(f.after)}" for f in c.figures)
        text = f"{label}数据已更正({figures or '数据出处变更'}),"
        if not with_places:
            return text[:-1] + f"({c.date} 发布)"
        if not c.places:
            return text + f"{label}排名未变({c.date} 发布)"
        places = "、".join(
            f"{p.unit_zh}第{p.before}→第{p.after}"
            if p.before is not None and p.after is not None
            else f"{p.unit_zh} {'第' + str(p.before) if p.before is not None else '未排名'}→"
            f"{'第' + str(p.after) if p.after is not None else '未排名'}"
            for p in c.places
        )
        return text + f"{label}排名{places}({c.date} 发布)"
    label = c.period.label_en()
    figures = "; ".join(f"{f.unit_en} {f.target_en} {fmt(f.before)}→{fmt(f.after)}" for f in c.figures)
    text = f"{label} figures corrected since published on {c.date} ({figures or 'their sources changed'})"
    if not with_places:
        return text
    if not c.places:
        return text + f"; {label} places unchanged"
    places = "; ".join(
        f"{p.unit_en} {p.before if p.before is not None else 'unranked'}→{p.after if p.after is not None else 'unranked'}"
        for p in c.places
    )
    return text + f"; {label} places as published → now: {places}"


def correction_json(c: Correction, *, with_places: bool = True) -> dict[str, Any]:
    """A correction as JSON: each figure and place as published and now, and its line in both
    languages (``with_places`` as for ``correction_line``)."""
    return {
        "period": str(c.period),
        "published": c.date,
        "figures": [
            {
                "unit_zh": f.unit_zh,
                "unit_en": f.unit_en,
                "target_zh": f.target_zh,
                "target_en": f.target_en,
                "published": f.before,
                "now": f.after,
            }
            for f in c.figures
        ],
        "places": [
            {"unit_zh": p.unit_zh, "unit_en": p.unit_en, "published": p.before, "now": p.after}
            for p in c.places
        ],
        "text_zh": correction_line(c, "zh", with_places=with_places),
        "text_en": correction_line(c, "en", with_places=with_places),
    }
