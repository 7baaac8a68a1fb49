"""What was published (``plan415x publish``): a period's judgements and ranking as the leader
read them, kept in the data folder as ``published/<PERIOD>.json`` and committed with the data.

A 晾晒 once published stays published: a later ranking's 位次变化 is against the published
places, and when the figures a publication was built from have changed since (its digest no
longer matches), every output that shows that period or compares with it says which figures
changed and which places moved (``Correction``). The loader reads ``targets.yaml`` and
``actuals/`` only, so ``published/`` is never taken for data. No language here: the renderers
say it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from plan415x.loading import PUBLISHED_DIR
from plan415x.periods import Period
from plan415x.results import Report, Result

if TYPE_CHECKING:
    from plan415x.engine import Engine

FORMAT = 1
"""The record's format: a record of another is refused, never guessed."""


class PublishedError(ValueError):
    """A file in published/ that is not a record ``publish`` wrote (edited by hand, cut short):
    nothing is compared with it."""


def path_of(root: Path, period: Period | str) -> Path:
    return root / PUBLISHED_DIR / f"{period}.json"


def figures_of(report: Report) -> list[list[Any]]:
    """The figures the period's judgements were built from, one row a target by its id: the
    period of the figure, the figure (converted to the target's unit), this year's part of a
    running total and a milestone's state. What the digest is of."""
    rows = []
    for r in sorted(_all(report), key=lambda r: r.target.id):
        o = r.outcome
        rows.append(
            [
                r.target.id,
                str(o.data_period) if o.data_period else None,
                _number(o.actual),
                _number(o.this_year),
                o.state.value if o.state else None,
            ]
        )
    return rows


def _all(report: Report) -> tuple[Result, ...]:
    # A part of a report (one unit's workbook) is the period's all the same.
    return report.whole if report.whole is not None else report.results


def digest(report: Report) -> str:
    """BLAKE2b of the figures of ``figures_of``, as canonical JSON: equal when, and only when,
    every figure the judgements rest on is the same."""
    # hashlib here: it loads OpenSSL (a few ms), and a cached check imports this module for
    # the corrections of a period published, which most runs have none of.
    import hashlib

    text = json.dumps(figures_of(report), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _number(value: float | None) -> float | None:
    # Rounded so that a figure reads back from JSON as it was written (and NaN never arises).
    return None if value is None or value != value else round(value, 6)


def record(report: Report, ranking: Any, *, date: str) -> dict[str, Any]:
    """The publication of ``report`` and its ranking (``views.rank.Ranking``) on ``date``
    (YYYY-MM-DD): the judgements (status, light, figures as ``check`` shows them), the ranking
    with the counts behind each place, the measure, the period compared with and the digest of
    the figures. Plain JSON values, written with sorted keys: the same data gives the same
    bytes."""
    kept = {id(r) for r in report.counted_results}
    judgements = [
        {
            "target": r.target.id,
            "lead_unit": r.target.lead_unit,
            "status": r.status.value,
            "light": r.light.value,
            "counted": id(r) in kept,
            "data_period": str(r.outcome.data_period) if r.outcome.data_period else None,
            "actual": _number(r.outcome.actual),
            "state": r.outcome.state.value if r.outcome.state else None,
            "completion_pct": _number(r.outcome.completion_pct),
            "schedule_pct": _number(r.outcome.schedule_pct),
            "gap_points": _number(r.outcome.gap_points),
        }
        for r in sorted(report.results, key=lambda r: r.target.id)
    ]
    moved = ranking.moved or {}
    units = [
        {
            "unit": u.unit,
            "name_zh": u.name_zh,
            "name_en": u.name_en,
            "group": u.group,
            "rank": u.rank,
            "standing": u.standing.value,
            **u.counts(),
            "average_behind_points": _number(u.average_gap),
            "reporting_rate_pct": _number(u.rate),
            "move": moved.get(u.unit, "—"),
        }
        for u in ranking.units
    ]
    return {
        "format": FORMAT,
        "plan": report.plan.id,
        "period": str(report.period),
        "published": date,
        "illustrative": report.illustrative,
        "digest": digest(report),
        "measure": ranking.settings.measure.value,
        "min_targets": ranking.settings.min_targets,
        "compared_with": None if ranking.compared_with is None else str(ranking.compared_with),
        "new_year": ranking.new_year,
        "ranking": units,
        "judgements": judgements,
    }


def dumps(doc: dict[str, Any]) -> bytes:
    """The record's bytes: UTF-8, keys sorted, one value a line, a final newline."""
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False) + "\n").encode(
        "utf-8"
    )


@dataclass(frozen=True)
class Publication:
    """A period as it was published: its record, read back and checked for its shape."""

    period: str
    date: str
    digest: str
    places: dict[str, int | None]
    """Unit → its published place (None: 未报 or 不参与排名)."""
    figures: dict[str, float | None]
    """Target → the figure its judgement was published on."""
    record: dict[str, Any]


def read(root: Path, period: Period | str) -> Publication | None:
    """The publication of ``period`` in ``root``'s published/, None when it was never
    published; PublishedError for a file that is not a record ``publish`` wrote."""
    path = path_of(root, period)
    if not path.exists() and not path.is_symlink():
        return None
    shown = f"{PUBLISHED_DIR}/{path.name}"
    try:
        if not path.is_file():
            raise PublishedError(f"{shown}: not a regular file")
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except PublishedError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise PublishedError(f"{shown}: not a publication record ({error})") from None
    try:
        if doc["format"] != FORMAT or doc["period"] != str(period):
            raise PublishedError(f"{shown}: a record of format {doc['format']!r} for {doc['period']!r}")
        places = {str(u["unit"]): (None if u["rank"] is None else int(u["rank"])) for u in doc["ranking"]}
        figures = {
            str(j["target"]): (None if j["actual"] is None else float(j["actual"])) for j in doc["judgements"]
        }
        return Publication(
            str(doc["period"]), str(doc["published"]), str(doc["digest"]), places, figures, doc
        )
    except PublishedError:
        raise
    except (KeyError, TypeError, ValueError) as error:
        raise PublishedError(f"{shown}: not a publication record (missing or wrong {error})") from None


class FigureChange(NamedTuple):
    """A figure of a published period changed since: whose, which target, before and now."""

    unit_zh: str
    unit_en: str
    target_zh: str
    target_en: str
    before: float | None
    after: float | None


class PlaceChange(NamedTuple):
    """A unit's place in a published period: as published, and from the data as it is now."""

    unit_zh: str
    unit_en: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class Correction:
    """A published period whose figures changed since it was published (the digest differs)."""

    period: Period
    date: str
    figures: tuple[FigureChange, ...]
    places: tuple[PlaceChange, ...]


def correction(publication: Publication, report: Report, now: dict[str, int | None]) -> Correction | None:
    """What changed in ``report``'s period since ``publication``, None when nothing did (the
    digests match). ``now``: each unit's place in that period from the data as it is."""
    if publication.digest == digest(report):
        return None
    names = report.unit_names
    figures: list[FigureChange] = []
    for r in sorted(_all(report), key=lambda r: r.target.id):
        before = publication.figures.get(r.target.id)
        after = _number(r.outcome.actual)
        if before != after:
            unit = names.get(r.target.lead_unit or "", (r.target.lead_unit or "—",) * 2)
            figures.append(FigureChange(unit[0], unit[1], r.target.name_zh, r.target.name_en, before, after))
    places = [
        PlaceChange(*names.get(unit, (unit, unit)), was, now.get(unit))
        for unit, was in publication.places.items()
        if was != now.get(unit)
    ]
    return Correction(report.period, publication.date, tuple(figures), tuple(places))


def check_corrections(engine: Engine, report: Report) -> tuple[Correction, ...]:
    """The corrections ``check`` says: of its own period, and of the period its 较上期 compares
    with, each when published and changed since. The figures only: check shows no ranking, so
    the published places stand as they are (``now`` is the places published)."""
    out: list[Correction] = []
    root = engine.dataset.root
    own = read(root, report.period)
    if own is not None and (fixed := correction(own, report, dict(own.places))) is not None:
        out.append(fixed)
    earlier = engine.previous_period(report.period)
    was = None if earlier is None else read(root, earlier)
    if earlier is not None and was is not None:
        then = correction(was, engine.report(earlier, changes=False), dict(was.places))
        if then is not None:
            out.append(then)
    return tuple(out)
