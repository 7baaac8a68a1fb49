"""``plan415x import``: a filled template back into ``actuals/<PERIOD>.yaml``, or nothing at all.

Each step has a module of its own: ``container`` (the file), ``reading`` (the cells),
``merging`` (the YAML, under a lock); this one runs them in order.

Order of work, each step refusing with located problems before the next:

1. the file itself, before any XML parser sees it: size (20 MB), a real zip whose entries hold
   ``[Content_Types].xml``, unpacked size (200 MB) and compression ratio (100 for entries over
   1 MB: a zip bomb), and no ``<!DOCTYPE`` in any XML part (entity expansion; xlsx never needs
   one). openpyxl must be reading through defusedxml, as a second guard;
2. the workbook: read-only, formulas not evaluated; the hidden sheet says which plan and period
   it is for; every cell of every row is checked and every problem reported, as
   ``FILE:Sheet!C7: message (code)``;
3. the merge, under a lock on the actuals folder: new figures are added, identical ones kept,
   different ones refused unless ``--force``; the whole data folder is validated with the
   merged file in place (a year-to-date figure lower than an earlier period's is caught), and
   only then is the file written, atomically. The plausibility warnings of the workbook's
   figures are found in that merged data and located at their cells; ``strict`` refuses the
   workbook for them, unless ``--accept CODE`` (or ``CODE@TARGET``) accepts them: the code is
   then written in the record's ``checked`` and the merged data validated again, so that no
   later run warns of it.

Problems point at cells: a Problem's ``file`` holds ``FILE:Sheet!C7`` and its line is 0, so
``Problem.location()`` prints exactly that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from plan415x.excel.container import check_container
from plan415x.excel.merging import Accept, merge
from plan415x.excel.outcome import Outcome, place, refused
from plan415x.excel.reading import read_workbook, refused_rows
from plan415x.excel.sheetrows import Read
from plan415x.i18n import say
from plan415x.loading import Dataset, display_path
from plan415x.problems import Said, said

__all__ = ["Outcome", "batch", "check_container", "merge", "read_workbook", "run"]


def run(
    file: Path,
    dataset: Dataset,
    *,
    force: bool = False,
    dry_run: bool = False,
    strict: bool = False,
    lang: str = "en",
    accept: tuple[Accept, ...] = (),
    received: dt.date | None = None,
    received_given: bool = False,
    illustrative: bool = False,
    accept_valid: bool = False,
) -> Outcome:
    """``accept_valid``: take the valid figures of a workbook with refused cells (``valid_part``),
    the refused ones listed in ``Outcome.left``; whole or nothing otherwise. ``received``: the date the workbook was received, stamped as each figure's source date
    (``source.date``, what 及时率 is computed from); ``received_given``: given by the analyst
    (``--received``), not today's; ``illustrative``: the figures are samples, and the actuals
    file is marked so.

    Today's date is stamped only when it can be a receipt of the period's figures, in its year or
    the next (as the data's check of ``source.date`` holds): figures of 2023 imported in 2026 are
    a back-fill, recorded without a date (未注明日期: they count in 报送率, not in 及时率), and said
    so. A date given with ``--received`` is stamped as given, and checked with the data."""
    shown = display_path(file)
    notes: list[Said] = []
    problems = check_container(file, shown)
    if problems:
        return refused(problems, shown)
    read = read_workbook(file, shown, dataset, accept_valid=accept_valid)
    period = read.period
    if received is not None and period is not None and not received_given and received.year > period.year + 1:
        notes.append(said("collect-backfill", file=shown, date=received.isoformat(), period=str(period)))
        received = None
    left = read.left
    if read.problems:
        out = refused(read.problems, shown)
    elif not read.entries:
        out = Outcome(messages=[said("import-nothing-filled", file=shown)])
    else:
        if received is not None:
            read = stamped(read, received)

        def merged(read: Read) -> Outcome:
            return merge(
                file,
                dataset,
                read,
                force=force,
                dry_run=dry_run,
                strict=strict,
                lang=lang,
                accept=accept,
                illustrative=illustrative,
            )

        out = merged(read)
        # --accept-valid past the cells: a figure the merge refuses (one that falls below an
        # earlier period's, one that differs from the figure recorded) is left out with its
        # row, and the rest merged again, until what is left merges or a problem is the
        # workbook's own (on no figure's row) or on every figure left: then refused whole.
        while accept_valid and out.problems and not out.cannot_write:
            hit = refused_rows(read.entries, out.problems)
            if not hit or len(hit) == len(read.entries):
                break
            left = [*left, *out.problems]
            kept = [n for n in range(len(read.entries)) if n not in hit]
            read = replace(
                read, entries=[read.entries[n] for n in kept], records=[read.records[n] for n in kept]
            )
            out = merged(read)
        # said only when a figure takes the date: an unchanged one keeps the date it came with
        dated = not out.problems and any(what != "unchanged" for _, _, what in out.taken)
        if received is not None and dated and not dry_run:  # a dry run's diff shows the date
            out.messages.append(said("collect-received", file=shown, date=received.isoformat()))
        if dated:
            out.messages += notes
    if left and not out.problems:
        out.left = left
        out.messages.append(said("import-left-out", count=str(len(left)), file=shown))
    elif left:  # the valid part was refused too: every cell is in the refusal
        out.problems[:0] = left
    out.received = received  # the 回执 says when it came, refused or taken
    # the units to answer: each sheet of a unit that held a figure or a refused cell (a sheet
    # left blank, or the sheet of the targets with no lead unit, is no one's to be told of)
    held = {e.sheet for e in read.entries} | {place(p)[0] for p in [*out.problems, *out.left]}
    out.units = [(title, unit) for title, unit in read.units if unit and title in held]
    out.period = read.period
    out.messages[:0] = read.notes
    return out


def stamped(read: Read, received: dt.date) -> Read:
    """The workbook's records with the date it was received as their source's date: the record
    of an import says when its figure came in, as a hand-written file's ``source.date`` does."""
    records = [
        r if r.source is None else r._replace(source=r.source._replace(date=received)) for r in read.records
    ]
    return replace(read, records=records)


def batch(count: int, *, refused: bool, lang: str = "en") -> str:
    """The last line of an import of several workbooks, in ``lang``."""
    if refused:
        return say(said("import-batch-refused", count=str(count)), lang)
    return say(said("import-batch-taken", count=str(count)), lang)
