"""What the bodies that write a PDF share (``brief -o x.pdf``, ``export -o x.pdf``): the fonts,
found before anything is loaded or judged, or a message saying what was searched.

Exit codes as everywhere: 2 when ``PLAN415X_PDF_FONT`` names a file that is missing or no font
(a usage error: the user named it), 4 when no Chinese font is found on this machine (the PDF
cannot be made here; nothing is written)."""

from __future__ import annotations

import typer

from plan415x.cli.bodies.common import error_line, usage_error
from plan415x.cli.shared import EXIT_OUTPUT
from plan415x.reports.pdf_fonts import FontError, Fonts, NoFontError, find_fonts


def fonts_or_exit() -> Fonts:
    try:
        return find_fonts()
    except NoFontError as error:
        error_line(error.said)
        raise typer.Exit(EXIT_OUTPUT) from None
    except FontError as error:
        usage_error(error.said)
