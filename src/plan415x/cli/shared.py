"""The command line's app and what its commands share: options, output, usage errors (what a
body alone uses, loading the data and reading a period, is in ``bodies/common.py``: --help
imports this module).

Each command parses its options, calls one function (its body, which says its own lines and
usage errors in the run's language: ``bodies/common.py``), prints, and maps the outcome to an exit
code (documented in README.md, kept stable):

0 done / valid · 1 invalid data · 2 usage error · 3 ``--fail-on`` met · 4 the output could
not be written (a full disk, an I/O error).

Everything printed goes through ``emit``/``echo`` (and, under ``main``, through guarded
streams): a character the console's encoding lacks is replaced by a close one (− as -), never
a crash; a reader that closes the pipe early (``| head``) ends the output quietly.
"""

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from plan415x.options import CheckFormat, Lang, ProblemFormat
from plan415x.safetext import encodable, terminal_text

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_FAIL_ON, EXIT_OUTPUT = 0, 1, 2, 3, 4

app = typer.Typer(
    name="plan415x",
    help="Check an action plan's targets against the figures reported (序时进度, gaps, lights).",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # rich help costs ~0.15 s at every start
    pretty_exceptions_enable=False,
)


@app.callback()
def _group() -> None:
    # A group even when a run registers one command (cli.commands): without a callback, typer
    # runs a lone command as the program itself, and "check" would be read as its PERIOD.
    pass


DataOpt = Annotated[
    Path,
    typer.Option("--data", "-d", help="The data folder: targets.yaml and actuals/.", envvar="PLAN415X_DATA"),
]
DEFAULT_DATA = Path("data")


def color_wanted(stream: object = None) -> bool:
    """Colour on a terminal (``stream``, by default the current stdout); NO_COLOR
    (https://no-color.org) wins over FORCE_COLOR, which wins over TERM=dumb and pipes."""
    stream = sys.stdout if stream is None else stream
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def terminal_width() -> int | None:
    """The terminal's width when stdout is one (tables are cut to it), else None (files get
    every character)."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def emit(text: str, *, color: bool = False, err: bool = False) -> None:
    # A console in GBK (or any encoding short of UTF-8) gets close stand-ins for what it
    # cannot show (− as -, ² as 2) instead of a UnicodeEncodeError; UTF-8 gets every byte.
    stream = sys.stderr if err else sys.stdout
    text = encodable(text, getattr(stream, "encoding", None))
    # click strips ANSI codes from anything not written to a terminal unless told: our own
    # decision (color_wanted) is the one that counts.
    typer.echo(text, nl=False, err=err, color=color)


def echo(text: str, *, err: bool = False) -> None:
    """One line, as ``emit`` writes it, made inert: file, sheet and unit names come from the user
    (a newline then ``::error`` would be a CI annotation, ESC a terminal command), so a newline
    in it shows as ⏎. Several lines: one call each. Reports go through ``emit`` and escape their
    own data."""
    emit(terminal_text(text) + "\n", err=err)


def default_problem_format() -> ProblemFormat:
    return ProblemFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.text


LangOpt = Annotated[Lang, typer.Option("--lang", "-l", help="Labels and names in zh or en.")]
PlanLangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        "-l",
        help="Messages in zh or en (default: the plan's language, else en).",
        show_default=False,
    ),
]
"""--lang of the commands whose messages follow the plan's ``language:`` when it is not given."""
ReportFormatOpt = Annotated[CheckFormat, typer.Option("--format", "-f", help="table, json, markdown or csv.")]
PeriodArg = Annotated[
    str, typer.Argument(help="2023 (year), 2023H1, 2023Q2 or 2023-05 (month).", show_default=False)
]
