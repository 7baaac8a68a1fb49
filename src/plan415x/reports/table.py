"""Plain aligned tables: CJK-aware widths, ANSI colour only when asked.

Plain text cells come from the data (names, notes, sources) and are shown through
``safetext.terminal_text``: a newline, an ESC or a bidi override in them is drawn as a visible
escape, never sent to the terminal. ``Styled`` cells are the report's own words and their
colour codes come from ``paint``: they are drawn as they are.

Hand-laid rather than rich's Table: rich took 6 s to lay out 10,000 rows (0.2 s here) and
~0.1 s to import, for a layout that needs only widths. Wide CJK characters count as two
columns, as terminals draw them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from plan415x.safetext import terminal_text

BOLD, DIM, UNDERLINE = "1", "2", "4"
STYLES = {"green": "32", "yellow": "33", "red": "1;31", "grey": "2"}


@dataclass(frozen=True)
class Styled:
    """A cell's text with an ANSI SGR style (e.g. ``1;31``), drawn only when colour is on."""

    text: str
    style: str = ""


Cell = str | Styled


@lru_cache(maxsize=1 << 17)  # every cell of a 10,000-target table is measured three times
def width(text: str) -> int:
    """Terminal columns of ``text``: East Asian wide and full-width characters take two."""
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def paint(text: str, style: str, color: bool) -> str:
    return f"\x1b[{style}m{text}\x1b[0m" if color and style and text else text


def render_rows(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    color: bool,
    right: frozenset[int] = frozenset(),
    footer: str = "",
    fit: int | None = None,
    shrink: Sequence[int | tuple[int, int]] = (0,),
) -> str:
    """Columns two spaces apart, ``right`` ones right-aligned; a row may be shorter (a section
    title in its first cell). ``fit``: a terminal's width, met by cutting the ``shrink`` columns
    in turn (with …, to no less than 16 columns, or the floor given as ``(column, floor)``)
    rather than letting every line wrap."""
    rows = [[c if isinstance(c, Styled) else terminal_text(c) for c in row] for row in rows]
    header = [terminal_text(h) for h in header]
    texts = [[c.text if isinstance(c, Styled) else c for c in row] for row in rows]
    widths = [width(h) for h in header]
    for row in texts:
        for i, text in enumerate(row):
            widths[i] = max(widths[i], width(text))
    excess = sum(widths) + 2 * (len(widths) - 1) - (fit or 0)
    for item in shrink if fit is not None else ():
        column, floor = item if isinstance(item, tuple) else (item, 16)
        if excess <= 0:
            break
        cut = min(excess, max(widths[column] - floor, 0))
        widths[column] -= cut
        excess -= cut
        rows = [[_cut(c, widths[column]) if i == column else c for i, c in enumerate(row)] for row in rows]
    out = [_line([Styled(h, BOLD) for h in header], widths, right, color)]
    out += [_line(row, widths, right, color) for row in rows]
    if footer:
        out.append(footer)
    return "\n".join(out) + "\n"


def _cut(cell: Cell, limit: int) -> Cell:
    text, style = (cell.text, cell.style) if isinstance(cell, Styled) else (cell, "")
    if width(text) <= limit:
        return cell
    kept, used = [], 0
    for char in text:
        used += width(char)
        if used > limit - 1:
            break
        kept.append(char)
    cut = "".join(kept) + "…"
    return Styled(cut, style) if isinstance(cell, Styled) else cut


def _line(row: Sequence[Cell], widths: list[int], right: frozenset[int], color: bool) -> str:
    parts = []
    for i, cell in enumerate(row):
        text, style = (cell.text, cell.style) if isinstance(cell, Styled) else (cell, "")
        pad = " " * (widths[i] - width(text))
        drawn = paint(text, style, color)
        parts.append(pad + drawn if i in right else drawn + pad)
    return "  ".join(parts).rstrip()


def natural_width(header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[int]:
    """The width of each column as ``render_rows`` lays it out before any cut."""
    widths = [width(terminal_text(h)) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            text = cell.text if isinstance(cell, Styled) else terminal_text(cell)
            widths[i] = max(widths[i], width(text))
    return widths


def wrap(text: str, fit: int | None, *, indent: str = "  ", sep: str = " · ") -> list[str]:
    """``text`` as lines of at most ``fit`` display columns (no limit when None), broken after
    a ``sep`` where one falls in, else between characters; later lines start with ``indent``."""
    if fit is None or width(text) <= fit:
        return [text]
    pieces = text.split(sep) if sep else list(text)
    tokens = [p + (sep if i < len(pieces) - 1 else "") for i, p in enumerate(pieces)]
    lines: list[str] = []
    line = ""
    for token in tokens:
        room = fit - (width(indent) if lines else 0)
        if line and width(line + token.rstrip()) > room:
            lines.append(line.rstrip())
            line = ""
            room = fit - width(indent)
        line += token
        while width(line.rstrip()) > room:  # a token longer than a line: broken by characters
            head, used = "", 0
            for char in line:
                if used + width(char) > room:
                    break
                head += char
                used += width(char)
            lines.append(head.rstrip())
            line = line[len(head) :]
            room = fit - width(indent)
    if line.strip():
        lines.append(line.rstrip())
    return [lines[0], *(indent + x for x in lines[1:])]
