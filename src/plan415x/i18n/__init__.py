"""The languages the program speaks: one catalogue per language, keyed by message id.

A sentence is made where its fact is found as a ``problems.Said`` (an id and its arguments,
all text) and rendered here at output time, so no language is ever parsed back from another
and a value of the data is never matched. A new language is one module beside ``en`` and
``zh`` with every id, named in ``LANGUAGES``; tests/test_said.py holds the catalogues and the
source together and renders every id in a pseudo-language.

Why Python modules and not gettext .po files through Babel: a catalogue is read on every run
that prints a message, and a module is imported in microseconds with no compile step (a .mo
file must be built and shipped, and Babel would be a dependency of every run); mypy and the
test read the templates directly; and the ids are stable names rather than English source
strings, which is what gettext's extraction is built around. Babel remains the way to go if a
translator's tool must read the catalogues: the dicts convert to .po one to one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from plan415x.i18n import en, zh

if TYPE_CHECKING:  # problems renders a Said here when a problem is found: no cycle back
    from plan415x.problems import Said

LANGUAGES: dict[str, Mapping[str, str]] = {"en": en.CATALOGUE, "zh": zh.CATALOGUE}


def say(said: Said, lang: str = "en") -> str:
    """The sentence ``said`` in ``lang`` (English for a language without a catalogue)."""
    args = {k: v if isinstance(v, str) else v.said_in(lang) for k, v in said.args}
    return LANGUAGES.get(lang, en.CATALOGUE)[said.id].format_map(args)
