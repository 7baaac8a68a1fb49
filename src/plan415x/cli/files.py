"""The options of the commands that write files; refusing or writing the file is their bodies'
(``bodies/output.py``)."""

from pathlib import Path
from typing import Annotated

import typer

ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing file.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="The workbook to write (.xlsx).", show_default=False)
]
