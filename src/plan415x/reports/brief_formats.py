"""A Brief (the 通报, the 落实情况, a 催报 notice's kind of document) in each format of
``BriefFormat``: one case per member, so mypy --strict proves each has its renderer.
python-docx and fpdf2 are imported by their renderers only when a file of theirs is made."""

from __future__ import annotations

from typing import assert_never

from plan415x.options import BriefFormat
from plan415x.reports import brief as rb
from plan415x.reports.brief_docx import to_docx
from plan415x.reports.pdf import GONGWEN
from plan415x.reports.pdf import render as to_pdf
from plan415x.reports.pdf_fonts import Fonts


def render(draft: rb.Brief, fmt: BriefFormat, lang: str, fonts: Fonts | None) -> bytes:
    """A Brief (the 通报, the 落实情况) in ``fmt``: one case per member (mypy --strict proves each has its renderer)."""
    match fmt:
        case BriefFormat.markdown:
            return rb.to_markdown(draft).encode("utf-8")
        case BriefFormat.docx:
            return to_docx(draft, lang)
        case BriefFormat.pdf:
            assert fonts is not None  # found before the data was loaded
            return to_pdf(draft, lang, fonts, GONGWEN)
        case _:
            assert_never(fmt)
