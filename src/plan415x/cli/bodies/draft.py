"""The body of ``draft``: read the plan's text, propose its targets, write them as a data
folder (whole or not at all) and/or measure them against an encoding made by hand."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from plan415x.cli.bodies.common import tell, usage_error
from plan415x.cli.bodies.output import refuse_folder, write_data_folder
from plan415x.cli.shared import echo
from plan415x.draft.compare import compare as measure
from plan415x.draft.compare import table
from plan415x.draft.docx import DOCX, OTHER_FORMATS, text_of
from plan415x.draft.model import Draft
from plan415x.draft.propose import draft
from plan415x.draft.review import workbook as review_workbook
from plan415x.draft.yamltext import targets_yaml
from plan415x.problems import said
from plan415x.schemas import schema_json
from plan415x.units import builtin

MAX_BYTES = 20 * 1024 * 1024
"""A plan's text is tens of kilobytes; anything this large is not one."""
LOW = 0.5
"""Below this confidence a field is counted among those to check first."""


def read_text(path: Path) -> str:
    """The plan's text: UTF-8 (with or without a BOM), else GB18030 (what Windows desks in China
    save as 'ANSI'); a Word file or anything else binary is refused with what to do."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        usage_error(said("cli-draft-folder", path=str(path)))
    except OSError as error:
        usage_error(said("cli-cannot-read", path=str(path), reason=str(error.strerror or error)))
    if len(data) > MAX_BYTES:
        usage_error(said("cli-draft-too-large", path=str(path), mb=str(MAX_BYTES // (1024 * 1024))))
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0") or b"\x00" in data[:4096]:
        usage_error(said("cli-draft-not-text", path=str(path)))
    for encoding in ("utf-8-sig", "gb18030"):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(encoding)
    usage_error(said("cli-draft-encoding", path=str(path)))


def read_plan(path: Path) -> str:
    """The plan's text: a .docx's paragraphs and tables in document order (``draft.docx``), any
    other file as text; a .doc, .wps or .pdf is refused (exit 2) with what to do."""
    suffix = path.suffix.lower()
    if suffix in OTHER_FORMATS:
        usage_error(said("cli-draft-other-format", path=str(path), suffix=suffix))
    if suffix != DOCX:
        return read_text(path)
    if path.is_dir():
        usage_error(said("cli-draft-folder", path=str(path)))
    try:
        size = path.stat().st_size
    except OSError as error:
        usage_error(said("cli-cannot-read", path=str(path), reason=str(error.strerror or error)))
    if size > MAX_BYTES:
        usage_error(said("cli-draft-too-large", path=str(path), mb=str(MAX_BYTES // (1024 * 1024))))
    try:
        return text_of(path)
    except ValueError as error:
        usage_error(said("cli-draft-not-docx", path=str(path), reason=str(error)))


def run(*, plan: Path | None, out: Path | None, compare: Path | None, force: bool) -> None:
    if plan is None:
        usage_error(said("cli-draft-no-plan"))
    if out is None and compare is None:
        usage_error(said("cli-draft-what"))
    if out is not None:
        _refuse_output(out, force=force)
    proposed = draft(read_plan(plan))
    if not proposed.header.first_year:
        usage_error(said("cli-draft-no-year", path=str(plan)))
    if not proposed.targets:
        usage_error(said("cli-draft-no-target", path=str(plan)))
    if out is not None:
        _write(out, proposed, plan, force=force)
    if compare is not None:
        _compare(proposed, compare, plan)


def _refuse_output(out: Path, *, force: bool) -> bool:
    return refuse_folder(out, force=force, not_empty=said("cli-draft-not-empty", folder=str(out)))


def _files(proposed: Draft, plan: Path) -> dict[str, bytes]:
    text = targets_yaml(proposed, plan.name, [m.id for m in builtin()])
    return {
        "targets.yaml": text.encode(),
        "schemas/targets.schema.json": schema_json("targets").encode(),
        "schemas/actuals.schema.json": schema_json("actuals").encode(),
        "review.xlsx": review_workbook(proposed, plan.name),
    }


def _write(out: Path, proposed: Draft, plan: Path, *, force: bool) -> None:
    files = _files(proposed, plan)
    write_data_folder(out, files, present=out.is_dir() and any(out.iterdir()))
    low = sum(1 for t in proposed.targets if any(g.confidence < LOW for g in t.why.values()))
    tell(said("cli-draft-wrote", targets=str(len(proposed.targets)), plan=plan.name, folder=str(out)))
    tell(said("cli-draft-low", low=str(low), confidence=str(LOW)))
    tell(said("cli-draft-review", review=str(out / "review.xlsx")))
    tell(said("cli-next"))
    echo(f"  plan415x validate --data {out}")


def _compare(proposed: Draft, path: Path, plan: Path) -> None:
    import yaml  # only a comparison reads YAML

    try:
        encoded: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        usage_error(said("cli-cannot-read", path=str(path), reason=str(error.strerror or error)))
    except UnicodeDecodeError:
        usage_error(said("cli-not-utf8", path=str(path)))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        usage_error(said("cli-not-yaml", where=where, problem=str(getattr(error, "problem", None) or error)))
    if not isinstance(encoded, dict) or not isinstance(encoded.get("targets"), list):
        usage_error(said("cli-compare-no-targets", path=str(path)))
    figures = measure(proposed, encoded)
    tell(
        said(
            "cli-compare-head",
            plan=plan.name,
            path=str(path),
            drafted=str(figures.drafted),
            encoded=str(figures.reference),
        )
    )
    rows = [("measure", "counted", "share", "goal"), *table(figures)]
    widths = [max(len(r[k]) for r in rows) for k in range(4)]
    for row in rows:
        echo("  ".join(cell.ljust(widths[k]) for k, cell in enumerate(row)).rstrip())
    # What to look at next: the targets each side has that the other lacks.
    found = {i for i, _ in figures.pairs}
    missed = [t for i, t in enumerate(encoded["targets"]) if i not in found and isinstance(t, dict)]
    tell(said("cli-compare-missed", count=str(len(missed))))
    for t in missed:
        echo(f"  {t.get('id')}  {t.get('clause')}  {t.get('text_zh')}")
    drafted = {j for _, j in figures.pairs}
    extra = [p for j, p in enumerate(proposed.targets) if j not in drafted]
    tell(said("cli-compare-extra", count=str(len(extra))))
    for p in extra:
        echo(f"  {p.clause}  {p.text_zh}")
