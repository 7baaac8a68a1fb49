"""Rendering rows with rich into a string: CJK-aware widths, colour only when asked."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

Cell = str | Text


def console(color: bool) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    # A pipe has no width; wide tables must not be cut to rich's default 80 columns there.
    width = shutil.get_terminal_size((240, 50)).columns if color else int(os.environ.get("COLUMNS", "240"))
    con = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
    )
    return con, buffer


def render_rows(header: list[str], rows: Sequence[Sequence[Cell]], *, color: bool, footer: str = "") -> str:
    con, buffer = console(color)
    table = Table(*header, box=None, pad_edge=False, header_style="bold" if color else "")
    for row in rows:
        table.add_row(*row)
    con.print(table)
    if footer:
        con.print(footer)
    return buffer.getvalue()
