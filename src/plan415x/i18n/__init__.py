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

from plan415x.i18n import en, zh
from plan415x.numbers import fmt
from plan415x.problems import Arg, Phrase, Said, speak_with

LANGUAGES: dict[str, Mapping[str, str]] = {"en": en.CATALOGUE, "zh": zh.CATALOGUE}


def template(said: Said, lang: str) -> str:
    """The template of ``said`` in ``lang`` (English for a language without a catalogue)."""
    return LANGUAGES.get(lang, en.CATALOGUE)[said.id]


def shown(value: Arg, lang: str = "en") -> str:
    """An argument in ``lang``: text as it is, a Said or a Phrase rendered, a figure as ``fmt``
    writes it. A Phrase first: a status or a comparator is a str Enum, whose own str() is not
    what any language says."""
    if isinstance(value, Phrase):
        return value.said_in(lang)
    if isinstance(value, str):
        return value
    if isinstance(value, Said):  # said inside the sentence, in its language
        return say(value, lang)
    return fmt(value)


def say(said: Said, lang: str = "en") -> str:
    """The sentence ``said`` in ``lang`` (English for a language without a catalogue)."""
    return template(said, lang).format_map({k: shown(v, lang) for k, v in said.args.items()})


speak_with(say)  # a SaidError says itself in English through the catalogues
