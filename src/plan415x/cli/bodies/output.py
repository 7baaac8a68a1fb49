"""What the bodies of the commands that write files share: refusing or writing an output.

Exit codes as everywhere: 2 for an output that exists (without --force), lies inside the data
folder, has no folder, or is a special file that is never written (a block device, a socket);
a FIFO or a character device (/dev/null) is written into with --force, never replaced; 4 for a file that cannot be written (a full disk, a refused rename).
"""

from __future__ import annotations

from pathlib import Path

import typer

from plan415x.cli.bodies.common import error_line, usage_error
from plan415x.cli.shared import EXIT_OUTPUT
from plan415x.fsutil import (
    WRITABLE_SPECIAL,
    OutputExistsError,
    SpecialFileError,
    atomic_write,
    new_folder,
    special_kind,
    write_set,
)
from plan415x.problems import Said, said

WHAT: dict[str, Said] = {
    "workbook": said("cli-what-workbook"),
    "report": said("cli-what-report"),
    "draft": said("cli-what-draft"),
    "page": said("cli-what-page"),
    "notice": said("cli-what-notice"),
    "receipt": said("cli-what-receipt"),
    "file": said("cli-what-file"),
}
"""The words for an output, said in the run's language (``what`` of the functions below)."""


def inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def check_output(
    path: Path,
    data: Path,
    *,
    force: bool,
    suffixes: tuple[str, ...] | None = (".xlsx",),
    what: str = "workbook",
) -> None:
    """Refuse (exit 2) an output whose name does not end in one of ``suffixes`` (None: any), that
    lies in the data folder (a report must never land among the files it was made from), has
    no folder, is a folder, or exists (without ``force``). ``what``: the word for it in messages."""
    if suffixes is not None and path.suffix.lower() not in suffixes:
        usage_error(
            said("cli-output-suffix", path=str(path), what=WHAT[what], suffixes=" or ".join(suffixes))
        )
    if inside(path, data):
        usage_error(said("cli-output-in-data", path=str(path), data=str(data), what=WHAT[what]))
    if not path.parent.is_dir():
        usage_error(said("cli-output-no-folder", path=str(path), folder=str(path.parent)))
    if path.is_dir():
        usage_error(said("cli-output-is-folder", path=str(path)))
    kind = special_kind(path)
    if kind is not None and kind not in WRITABLE_SPECIAL:
        usage_error(SpecialFileError(path, kind).said)
    if path.exists() and not force:
        usage_error(said("cli-output-exists", path=str(path)))


def write_or_exit(path: Path, data: bytes, *, force: bool) -> None:
    try:
        atomic_write(path, data, force=force, into_special=True)
    except OutputExistsError:
        usage_error(said("cli-output-exists", path=str(path)))
    except SpecialFileError as error:
        usage_error(error.said)
    except OSError as error:
        error_line(said("cli-cannot-write", path=str(path), reason=str(error.strerror or error)))
        raise typer.Exit(EXIT_OUTPUT) from None


def check_folder(folder: Path, names: list[str], data: Path, *, force: bool, option: str) -> None:
    """Refuse (exit 2), before anything is made, a folder of outputs (``export --split``,
    ``reporting --missing -o``) that is not a folder, lies in the data folder, has no parent, or
    already holds one of ``names`` (without ``force``; a special file, ever). ``option``: how
    the user named it, for the messages."""
    if folder.exists() and not folder.is_dir():
        usage_error(said("cli-folder-not-folder", option=option, folder=str(folder)))
    if inside(folder, data):
        usage_error(said("cli-folder-in-data", option=option, folder=str(folder), data=str(data)))
    if not folder.parent.is_dir():
        usage_error(
            said("cli-folder-no-parent", option=option, folder=str(folder), parent=str(folder.parent))
        )
    for name in names:
        path = folder / name
        if path.is_dir() or special_kind(path) is not None:
            usage_error(said("cli-folder-not-regular", path=str(path)))
        if (path.exists() or path.is_symlink()) and not force:
            usage_error(said("cli-output-exists", path=str(path)))


def write_folder(folder: Path, files: list[tuple[str, bytes]], *, force: bool, what: str = "file") -> None:
    """``files`` written into ``folder`` whole or not at all (``fsutil.write_set``); a name that
    appeared meanwhile is exit 2, a failed write exit 4, and nothing is left of the set. ``what``:
    the word for one of them in messages."""
    try:
        write_set(folder, files, force=force)
    except OutputExistsError as error:
        usage_error(said("cli-set-exists", path=str(error.path), what=WHAT[what]))
    except OSError as error:
        error_line(
            said(
                "cli-set-cannot-write",
                folder=str(folder),
                reason=str(error.strerror or error),
                what=WHAT[what],
            )
        )
        raise typer.Exit(EXIT_OUTPUT) from None


def refuse_folder(folder: Path, *, force: bool, not_empty: Said) -> bool:
    """Refuse (exit 2) a folder to make a data folder in (``init``, ``draft``) that is a file,
    cannot be read, or already holds files without ``force`` (``not_empty`` says so); returns
    whether it holds files."""
    if folder.exists() and not folder.is_dir():
        usage_error(said("cli-init-a-file", folder=str(folder)))
    try:
        present = folder.is_dir() and any(folder.iterdir())
    except OSError as error:  # a folder that cannot be read
        usage_error(said("cli-cannot-look", folder=str(folder), reason=str(error.strerror or error)))
    if present and not force:
        usage_error(not_empty)
    return present


def write_data_folder(folder: Path, files: dict[str, bytes], *, present: bool) -> None:
    """``files`` written as a new folder whole or not at all, or, into a folder that holds files
    (``present``, with --force), each replaced atomically and the folder's other files left
    alone; a failed write is exit 4."""
    try:
        if present:
            for name, data in files.items():
                (folder / name).parent.mkdir(parents=True, exist_ok=True)
                atomic_write(folder / name, data, force=True)
        else:
            new_folder(folder, files)
    except OSError as error:
        error_line(said("cli-cannot-write-folder", folder=str(folder), reason=str(error.strerror or error)))
        raise typer.Exit(EXIT_OUTPUT) from None
