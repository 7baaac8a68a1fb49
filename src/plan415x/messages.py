"""The messages of problems and warnings in the analyst's language (``--lang zh|en``).

A message is made where its fact is found as a ``Said`` (an id and its arguments; the
catalogues of ``i18n`` hold its words in each language) and given with ``located``;
``problem_text`` renders it in the language chosen at output time. The code of a problem never
changes with the language, so scripts match on it. Numbers are printed the same way in both
(``2,250``, ``125.0%``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from plan415x.i18n import say
from plan415x.problems import Problem, Said

if TYPE_CHECKING:
    from plan415x.documents import Document


def located(
    doc: Document, loc: tuple[str | int, ...], code: str, said: Said, *, key: bool = False
) -> Problem:
    """A problem at ``loc`` of ``doc`` whose message is made as ``said``: its English is the
    message every output in English prints, and ``said`` renders it in another language."""
    return replace(doc.problem(loc, code, say(said), key=key), said=said)


def problem(
    file: str, line: int, column: int, code: str, said: Said, path: str = "", *, level: str = "error"
) -> Problem:
    """A problem at a position found without a document (a file's first line, a pydantic error's
    place), its message made as ``said``."""
    return Problem(file, line, column, code, say(said), path, level, said=said)


def problem_text(code: str, message: str, lang: str, said: Said | None = None) -> str:
    """A problem's message in ``lang``, rendered from its id: every problem the program finds is
    made as a Said. One made without (a test's, a caller's own) is shown as it was written."""
    if said is not None:
        return say(said, lang)
    return message
