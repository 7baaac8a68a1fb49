"""Arguments that are said differently per language (``problems.Phrase``): a sentence inside
another, a value quoted from the data, a list of choices, and other people's words.

Each is made where its fact is found and rendered only when the sentence that carries it is
said, so nothing is ever parsed back from English: a value of the data holding "; " comes out
whole in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from plan415x.i18n import say, theirs_zh
from plan415x.problems import Arg, Said, said
from plan415x.safetext import SHOWN_LIMIT, char_name


@dataclass(frozen=True)
class Shown:
    """A value as a message quotes it (``safetext.shown``: ``repr``, cut to its first characters
    with its full length when longer), the length said in the language."""

    value: object

    def said_in(self, lang: str) -> str:
        quoted = repr(self.value)
        if len(quoted) <= SHOWN_LIMIT:
            return quoted
        size = len(self.value) if isinstance(self.value, str) else len(quoted)
        return say(said("field-shown-cut", quoted=quoted[:SHOWN_LIMIT], size=f"{size:,}"), lang)


def one_of(choices: Sequence[str]) -> Arg:
    """``'a', 'b' or 'c'`` in English, ``'a'、'b' 或 'c'`` in Chinese: each choice quoted."""
    quoted = [f"'{c}'" for c in choices]  # as pydantic lists them, whatever the quotes inside
    if len(quoted) == 1:
        return quoted[0]
    out: Arg = said("field-choices-last", choice=quoted[-2], last=quoted[-1])
    for choice in reversed(quoted[:-2]):
        out = said("field-choices-more", choice=choice, more=out)
    return out


def plural(count: int, one: Said, many: Said) -> Said:
    """A count with its noun: ``one`` for 1, ``many`` for any other (English plurals; each
    said with its id written, so that the catalogues' test finds it)."""
    return one if count == 1 else many


def clauses(parts: Sequence[Said]) -> Said:
    """Several refusals of one value as one: ``a; b; c`` (``a;b;c`` in Chinese)."""
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = said("field-clauses", first=part, more=out)
    return out


@dataclass(frozen=True)
class Theirs:
    """Other people's words, shown as they wrote them except where ``theirs_zh`` knows them:
    ``kind`` is ``yaml`` (a YAML error's phrases), ``os`` (an OS error's ``strerror``) or
    ``date`` (a date parser's reason). A new language without such a table shows them as they
    are."""

    text: str
    kind: str

    def said_in(self, lang: str) -> str:
        if lang != "zh":
            return self.text
        if self.kind == "yaml":
            return theirs_zh.yaml(self.text) or theirs_zh.UNMATCHED_YAML.format(self.text)
        if self.kind == "os":
            return theirs_zh.OS_ZH.get(self.text, self.text)
        if self.kind == "date":
            return theirs_zh.DATE_ZH.get(self.text, self.text)
        return self.text


@dataclass(frozen=True)
class CharName:
    """A character named for a message: ``U+001B (ESC)``; in Chinese ``U+001B(ESC)``, with the
    name in Chinese where it is a phrase (``U+2028(行分隔符)``)."""

    char: str

    def said_in(self, lang: str) -> str:
        if lang != "zh":
            return char_name(self.char)
        name = char_name(self.char).split(" (", 1)[1][:-1]
        return f"U+{ord(self.char):04X}({theirs_zh.CHAR_ZH.get(name, name)})"


def os_reason(error: OSError) -> Arg:
    """Why an OS call failed, in the system's words (``strerror``), else the error itself."""
    return Theirs(error.strerror or str(error), "os")
