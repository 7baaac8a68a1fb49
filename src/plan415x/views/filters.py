"""The filters of ``check``: the words a report prints turned into ids, and the report narrowed
to the results that pass them."""

from __future__ import annotations

from dataclasses import replace

from plan415x.problems import Said, said
from plan415x.results import Light, Report, Status


def narrow(
    report: Report,
    *,
    unit: str | None = None,
    action: str | None = None,
    statuses: list[str] | None = None,
    lights: list[str] | None = None,
) -> Report | Said:
    """The report with only the results that pass the filters, or a message naming a bad one."""
    if unit is not None and unit not in report.unit_names:
        if not report.unit_names:
            return said("cli-filter-unit-none", unit=repr(unit))
        return said("cli-unknown-unit", unit=repr(unit), choices=", ".join(report.unit_names))
    if action is not None and action not in report.action_names:
        return said("cli-unknown-action", action=repr(action), choices=", ".join(report.action_names))
    for value, vocabulary, word in (
        (statuses, Status, said("cli-word-status")),
        (lights, Light, said("cli-word-light")),
    ):
        for item in value or ():
            if item not in {v.value for v in vocabulary}:
                choices = ", ".join(v.value for v in vocabulary)
                return said("cli-unknown-word", word=word, item=repr(item), choices=choices)
    kept = tuple(
        r
        for r in report.results
        if (unit is None or unit in r.target.responsible)
        and (action is None or r.target.action == action)
        and (not statuses or r.status.value in statuses)
        and (not lights or r.light.value in lights)
    )
    return replace(report, results=kept, illustrative=any(r.illustrative for r in kept))


def resolve_filter_words(
    report: Report,
    *,
    unit: str | None = None,
    statuses: list[str] | None = None,
    lights: list[str] | None = None,
) -> tuple[str | None, list[str] | None, list[str] | None]:
    """The filters of ``check`` with the words the report prints turned into ids: a unit's name
    (市经信局, or its English name) as its id, a status in words (严重滞后, off track) as
    ``off_track``, a light in words (红灯) as ``red``. Ids pass as they are; a word that names
    nothing is left for ``narrow`` to refuse."""
    if unit is not None and unit not in report.unit_names:
        for uid, names in report.unit_names.items():
            if unit in names:
                unit = uid
                break
    status_words = {s.label_zh: s.value for s in Status} | {s.label_en: s.value for s in Status}
    light_words = {light.label("zh"): light.value for light in Light}
    return (
        unit,
        None if statuses is None else [status_words.get(s.strip(), s) for s in statuses],
        None if lights is None else [light_words.get(w.strip(), w) for w in lights],
    )
