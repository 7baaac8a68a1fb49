"""The body of ``init``: a commented starter data folder that validates and checks as it is."""

from importlib.resources import files
from pathlib import Path

from plan415x.cli.bodies.common import tell
from plan415x.cli.bodies.output import refuse_folder, write_data_folder
from plan415x.cli.shared import echo
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
    present = refuse_folder(folder, force=force, not_empty=said("cli-init-not-empty", folder=str(folder)))
    written = starter_files(kind)
    write_data_folder(folder, written, present=present)
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
