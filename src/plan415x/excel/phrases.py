"""Arguments of the import's sentences that are said differently per language (``problems.Phrase``).

A clause of the catalogues (a count with its plural, a figure with its reference) is a Said
itself, which ``i18n.say`` renders in the language of the sentence that holds it. Words that are not ours, a
system's reason for an OS error and a validator's refusal, are shown as given in English and
through messages_zh's tables in Chinese (the system's words, like PyYAML's, are other people's
text; a validator's refusal is the loading room's to make as an id).
"""

from __future__ import annotations

from dataclasses import dataclass

from plan415x.messages import problem_text
from plan415x.messages_zh import HOW, OS_ZH
from plan415x.problems import Arg, Said, said
from plan415x.safetext import SHOWN_LIMIT


def plural(count: int, one: Said, many: Said) -> Said:
    """A count with its noun: ``one`` for 1, ``many`` for any other (English plurals; each
    said with its id written, so that the catalogues' test finds it)."""
    return one if count == 1 else many


@dataclass(frozen=True)
class SystemWords:
    """The system's reason for an OS error (``strerror``): its Chinese where messages_zh knows
    it, else as the system gave it."""

    text: str

    def said_in(self, lang: str) -> str:
        if lang != "zh":
            return self.text
        return OS_ZH.get(self.text, self.text)


@dataclass(frozen=True)
class Refusal:
    """A refusal worded by a validator (pydantic's, periods', the lock's): in Chinese through
    messages_zh's details, else the code's title and the English, as every problem not yet made
    as an id is shown."""

    text: str
    code: str

    def said_in(self, lang: str) -> str:
        if lang != "zh":
            return self.text
        return HOW["any"](self.text) or problem_text(self.code, self.text, lang)


def quoted(value: object) -> Arg:
    """``value`` as ``safetext.shown`` quotes it: its repr, or when long its first characters
    and its length, said in each language."""
    text = repr(value)
    if len(text) <= SHOWN_LIMIT:
        return text
    size = len(value) if isinstance(value, str) else len(text)
    return said("import-quoted-cut", head=text[:SHOWN_LIMIT], size=f"{size:,}")
