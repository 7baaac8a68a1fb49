"""回执: one receipt per unit sheet of an imported workbook, to send back to the unit as it is.

Every unit the workbook carried gets one, also when another unit's cell refused the workbook
(whole or nothing: its own figures were not taken either, and it is told why). In Chinese, with
no ids, codes or paths: what was received and when, what was taken (新增, 替换, 未变), the cells
refused with what each needs (to correct and send again), the figures to check. A ``Brief`` the
通报's renderers set, like the 催报 notices (``reports.notices``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from plan415x.excel.outcome import Outcome, place
from plan415x.i18n import say
from plan415x.problems import Arg, Problem, Said, said
from plan415x.reports.brief import Brief
from plan415x.reports.brief_said import Borrowed, clauses, day, semis
from plan415x.reports.brief_sections import Block, Section
from plan415x.reports.notices import LANG, numbered, sent_by, with_contact
from plan415x.values import Contact, Publishing

WHAT = {
    "added": said("receipt-added"),
    "replaced": said("receipt-replaced"),
    "unchanged": said("receipt-unchanged"),
}
"""What the import did with a figure, as the 回执's table says it."""


def receipts(
    outcome: Outcome,
    *,
    units: Mapping[str, str],
    targets: Mapping[str, str],
    publishing: Publishing | None,
    today: dt.date,
    dry_run: bool = False,
    illustrative: bool = False,
    contact: Contact | None = None,
) -> list[tuple[str, str, Brief]]:
    """(unit id, unit name, 回执) for each unit sheet of the workbook ``outcome`` is of; none
    when its hidden sheet was not read (not a template: no unit to address). ``units`` and
    ``targets``: names in Chinese by id. ``outcome``'s problems and warnings are said in Chinese
    (``cli.bodies.import_.in_chinese``)."""
    if outcome.period is None or not outcome.units:
        return []
    label = outcome.period
    signer, banner = sent_by(publishing, illustrative=illustrative)
    whole = [Borrowed(p.message) for p in outcome.problems if place(p) == ("", "")]
    out: list[tuple[str, str, Brief]] = []
    for title, unit in outcome.units:
        name = units.get(unit, title)
        taken = [(t, what) for sheet, t, what in outcome.taken if sheet == title]
        bad = [
            (cell, Borrowed(_for_unit(p, targets)).said_in(LANG))
            for p in [*outcome.problems, *outcome.left]
            for sheet, cell in [place(p)]
            if sheet == title
        ]
        doubt = [
            (cell, Borrowed(w.message).said_in(LANG))
            for w in outcome.warnings
            for sheet, cell in [place(w)]
            if sheet == title
        ]
        state: Said
        if dry_run:
            state = said("receipt-dry-run")
        elif not outcome.problems:
            n = {w: str(sum(x == w for _, x in taken)) for w in WHAT}
            counts = clauses(
                (
                    said("receipt-count-added", n=n["added"]),
                    said("receipt-count-replaced", n=n["replaced"]),
                    said("receipt-count-unchanged", n=n["unchanged"]),
                )
            )
            # --accept-valid: the rest was taken, these cells were not
            refused: Arg = said("receipt-taken-but", n=str(len(bad))) if bad else ""
            state = said("receipt-taken", counts=counts, refused=refused)
        elif whole:
            state = said("receipt-whole-refused", why=semis(whole))
        elif bad:
            state = said("receipt-cells-refused", n=str(len(bad)))
        else:
            state = said("receipt-others-refused")
        result: list[Block] = [Block("para", text=say(state, LANG))]
        if taken and not outcome.problems:
            rows = tuple(
                (str(i), targets.get(t, t), say(WHAT[what], LANG))
                for i, (t, what) in enumerate(taken, start=1)
            )
            result.append(
                Block("table", head=_head(said("notice-col-target"), said("receipt-col-result")), rows=rows)
            )
        sections = [Section(numbered(0, said("receipt-section-result")), tuple(result))]
        if bad:
            rows = tuple((str(i), cell, message) for i, (cell, message) in enumerate(bad, start=1))
            sections.append(
                Section(
                    numbered(1, said("receipt-section-cells")),
                    (
                        Block(
                            "table",
                            head=_head(said("receipt-col-cell"), said("receipt-col-problem")),
                            rows=rows,
                        ),
                    ),
                )
            )
        if doubt:
            rows = tuple((str(i), cell, message) for i, (cell, message) in enumerate(doubt, start=1))
            sections.append(
                Section(
                    numbered(2 if bad else 1, said("receipt-section-check")),
                    (
                        Block("para", text=say(said("receipt-check"), LANG)),
                        Block(
                            "table", head=_head(said("receipt-col-cell"), said("receipt-col-hint")), rows=rows
                        ),
                    ),
                )
            )
        got: Arg = (
            said("receipt-received", day=day(outcome.received.isoformat()))
            if outcome.received is not None
            else ""
        )
        out.append(
            (
                unit,
                name,
                Brief(
                    title=say(said("receipt-title", period=label), LANG),
                    lines=(),
                    banner=banner,
                    sections=tuple(with_contact(sections, contact)),
                    to=say(said("notice-to", unit=name), LANG),
                    opening=say(said("receipt-opening", period=label, received=got), LANG),
                    signer=signer,
                    date=say(day(today.isoformat()), LANG),
                ),
            )
        )
    return out


def _head(*rest: Said) -> tuple[str, ...]:
    """A 回执 table's head: 序号, then ``rest`` (指标 and 结果, or 单元格 and 问题 or 提示)."""
    return tuple(say(h, LANG) for h in (said("notice-col-no"), *rest))


def _for_unit(refused: Problem, targets: Mapping[str, str]) -> str:
    """A refused cell's problem as the unit is told it: a refusal of the merge (a figure below
    the one sent before, a figure other than the one received) names the target by its name and
    says neither the office's files nor its command's options; a cell's own refusal (约60, a
    date in a number's cell) is said as the import says it."""
    made = refused.said
    if made is None:
        return refused.message
    args = made.args
    name = targets.get(str(args.get("target")), str(args.get("target")))
    if made.id in ("check-ytd-decrease", "check-ytd-decrease-component"):
        return say(
            said(
                "receipt-why-ytd-decrease",
                target=name,
                previous=args["previous"],
                before=args["before"],
                value=args["value"],
                after=args["after"],
            ),
            LANG,
        )
    if made.id == "import-conflict":
        return say(said("receipt-why-conflict", target=name, new=args["new"], old=args["old"]), LANG)
    return refused.message
