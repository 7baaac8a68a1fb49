"""The body of ``draft``: read the plan's text, propose its targets, write them as a data
folder (whole or not at all) and/or measure them against an encoding made by hand."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import typer

from plan415x.cli.shared import EXIT_OUTPUT, echo, usage_error
from plan415x.draft.compare import compare as measure
from plan415x.draft.compare import table
from plan415x.draft.model import Draft
from plan415x.draft.propose import draft
from plan415x.draft.review import workbook as review_workbook
from plan415x.draft.yamltext import targets_yaml
from plan415x.fsutil import atomic_write
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
        usage_error(f"{path} is a folder; give the plan's text file")
    except OSError as error:
        usage_error(f"cannot read {path}: {error.strerror or error}")
    if len(data) > MAX_BYTES:
        usage_error(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB: not a plan's text")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0") or b"\x00" in data[:4096]:
        usage_error(f"{path} is not a text file; save the plan as plain text (.txt) and draft that")
    for encoding in ("utf-8-sig", "gb18030"):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(encoding)
    usage_error(f"{path} is neither UTF-8 nor GB18030 text")


def run(*, plan: Path | None, out: Path | None, compare: Path | None, force: bool) -> None:
    if plan is None:
        usage_error("give the plan's text file (PLAN.txt), or --apply REVIEW.xlsx")
    if out is None and compare is None:
        usage_error("say what to do with the draft: -o DIR to write it, --compare FILE to measure it")
    if out is not None:
        _refuse_output(out, force=force)
    proposed = draft(read_text(plan))
    if not proposed.header.first_year:
        usage_error(f"{plan}: no year in the text (a plan's span such as (2023-2027年)); is it a plan?")
    if not proposed.targets:
        usage_error(
            f"{plan}: no target found in the text (no figure, no 形成/制定/实现…全覆盖); is it a plan?"
        )
    if out is not None:
        _write(out, proposed, plan, force=force)
    if compare is not None:
        _compare(proposed, compare, plan)


def _refuse_output(out: Path, *, force: bool) -> None:
    if out.exists() and not out.is_dir():
        usage_error(f"{out} is a file, not a folder")
    try:
        present = out.is_dir() and any(out.iterdir())
    except OSError as error:
        usage_error(f"{out}: cannot look inside it: {error.strerror or error}")
    if present and not force:
        usage_error(
            f"{out}/ is not empty; give a new or empty folder, or --force to replace its targets.yaml"
        )


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
    try:
        if out.is_dir() and any(out.iterdir()):
            for name, data in files.items():  # --force: each file replaced atomically
                (out / name).parent.mkdir(parents=True, exist_ok=True)
                atomic_write(out / name, data, force=True)
        else:
            _new_folder(out, files)
    except OSError as error:
        echo(f"plan415x: error: cannot write {out}/: {error.strerror or error}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    low = sum(1 for t in proposed.targets if any(g.confidence < LOW for g in t.why.values()))
    echo(f"wrote a draft of {len(proposed.targets)} targets from {plan.name} in {out}/targets.yaml")
    echo(f"  {low} of them have a field guessed with a confidence below {LOW}: check those first")
    echo(f"  review them in {out}/review.xlsx, then: plan415x draft --apply {out}/review.xlsx -o DIR")
    echo("next:")
    echo(f"  plan415x validate --data {out}")


def _new_folder(out: Path, files: dict[str, bytes]) -> None:
    """The whole folder or nothing: built beside it under a hidden name, then renamed."""
    parent = out.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{out.name}.draft-"))
    try:
        for name, data in files.items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o777 & ~mask)
        if out.is_dir():
            out.rmdir()  # empty (refused otherwise): rename needs it gone where POSIX does not
        os.rename(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(tmp)


def _compare(proposed: Draft, path: Path, plan: Path) -> None:
    import yaml  # only a comparison reads YAML

    try:
        encoded: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        usage_error(f"cannot read {path}: {error.strerror or error}")
    except UnicodeDecodeError:
        usage_error(f"{path} is not UTF-8 text")
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        usage_error(f"{where}: not YAML: {getattr(error, 'problem', None) or error}")
    if not isinstance(encoded, dict) or not isinstance(encoded.get("targets"), list):
        usage_error(f"{path}: no targets: list in it (give a data folder's targets.yaml)")
    figures = measure(proposed, encoded)
    echo(f"draft of {plan.name} against {path}: {figures.drafted} proposed, {figures.reference} encoded")
    rows = [("measure", "counted", "share", "goal"), *table(figures)]
    widths = [max(len(r[k]) for r in rows) for k in range(4)]
    for row in rows:
        echo("  ".join(cell.ljust(widths[k]) for k, cell in enumerate(row)).rstrip())
    # What to look at next: the targets each side has that the other lacks.
    found = {i for i, _ in figures.pairs}
    missed = [t for i, t in enumerate(encoded["targets"]) if i not in found and isinstance(t, dict)]
    echo(f"not found ({len(missed)}):")
    for t in missed:
        echo(f"  {t.get('id')}  {t.get('clause')}  {t.get('text_zh')}")
    drafted = {j for _, j in figures.pairs}
    extra = [p for j, p in enumerate(proposed.targets) if j not in drafted]
    echo(f"proposed, not in the encoding ({len(extra)}):")
    for p in extra:
        echo(f"  {p.clause}  {p.text_zh}")
