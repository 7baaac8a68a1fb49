"""The body of ``init``: a commented starter data folder that validates and checks as it is."""

import contextlib
import os
import shutil
import tempfile
from importlib.resources import files
from pathlib import Path

import typer

from plan415x.cli.bodies.common import error_line, tell, usage_error
from plan415x.cli.shared import EXIT_OUTPUT, echo
from plan415x.fsutil import atomic_write
from plan415x.options import StarterKind
from plan415x.problems import said
from plan415x.schemas import schema_json

STARTER_PERIOD = "2024Q2"
"""The period of the starter's illustrative figures (what ``check`` is first run on)."""
WORK_REPORT_PERIOD = "2025Q2"
"""The period of the starter work report's illustrative figures."""


def starter_files(kind: StarterKind = StarterKind.plan) -> dict[str, bytes]:
    """The files ``init`` writes, by path inside the folder: the starter plan (or work report),
    its figures and the JSON Schemas their first lines point to (``schemas/``, beside them: the
    same relative path wherever the folder is, inside this repository or not)."""
    root = files("plan415x").joinpath("starter")
    period = STARTER_PERIOD
    if kind is StarterKind.work_report:
        root, period = root.joinpath("work-report"), WORK_REPORT_PERIOD
    return {
        "targets.yaml": root.joinpath("targets.yaml").read_bytes(),
        f"actuals/{period}.yaml": root.joinpath("actuals", f"{period}.yaml").read_bytes(),
        "schemas/targets.schema.json": schema_json("targets").encode(),
        "schemas/actuals.schema.json": schema_json("actuals").encode(),
    }


def run(*, folder: Path, force: bool, kind: StarterKind = StarterKind.plan) -> None:
    if folder.exists() and not folder.is_dir():
        usage_error(said("cli-init-a-file", folder=str(folder)))
    try:
        present = folder.is_dir() and any(folder.iterdir())
    except OSError as error:  # a folder that cannot be read
        usage_error(said("cli-cannot-look", folder=str(folder), reason=str(error.strerror or error)))
    if present and not force:
        usage_error(said("cli-init-not-empty", folder=str(folder)))
    written = starter_files(kind)
    try:
        if present:
            # --force: each file replaced atomically; the folder's other files are left alone.
            for name, data in written.items():
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                atomic_write(folder / name, data, force=True)
        else:
            _write_folder(folder, written)
    except OSError as error:
        error_line(said("cli-cannot-write-folder", folder=str(folder), reason=str(error.strerror or error)))
        raise typer.Exit(EXIT_OUTPUT) from None
    shown = str(folder)
    what, period = said("cli-what-plan"), STARTER_PERIOD
    if kind is StarterKind.work_report:
        what, period = said("cli-what-work-report"), WORK_REPORT_PERIOD
    tell(said("cli-init-wrote", what=what, folder=shown))
    for name in written:
        echo(f"  {name}")
    tell(said("cli-next"))
    echo(f"  plan415x validate --data {shown}")
    echo(f"  plan415x check {period} --data {shown}")
    tell(said("cli-init-then", what=what))


def _write_folder(folder: Path, written: dict[str, bytes]) -> None:
    """The whole folder or nothing: built beside it under a hidden name, then renamed into place
    (onto an empty folder, as POSIX allows; elsewhere the empty folder is removed first)."""
    parent = folder.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.init-"))
    try:
        for name, data in written.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        os.chmod(tmp, 0o777 & ~_umask())
        try:
            os.rename(tmp, folder)
        except OSError:
            if not folder.is_dir():
                raise
            folder.rmdir()  # an empty folder (else this fails and nothing is written)
            os.rename(tmp, folder)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
