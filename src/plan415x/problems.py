"""One value for every problem found in the input, whatever found it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, TypeAlias, runtime_checkable


@runtime_checkable
class Phrase(Protocol):
    """An argument shown differently per language (a period: 2023年1-6月 / 2023 Jan-Jun; a
    status word), rendered by the value itself when the sentence is said in a language."""

    def said_in(self, lang: str) -> str: ...


Arg: TypeAlias = "str | float | Said | Phrase"
"""What a sentence carries: text, shown as it is in every language (numbers formatted where
the fact is found, as the analyst writes them in both); a figure (float or int), shown by
``i18n.say`` as ``numbers.fmt`` writes it in every language, left unformatted where it is
made because a rule's steps are made for thousands of targets and read for one; a Said, a
sentence or a word said inside this one in the same language (a hint, the word for a kind of
id); or a Phrase."""


class Said(NamedTuple):
    """A sentence made where its fact is found: an id of the catalogues in ``i18n``
    (one per language, keyed by id) and its arguments, rendered in a language at output time
    (``i18n.say``), so that no language is ever parsed back from another.

    A NamedTuple holding the call's own keyword dict, because a rule's steps are made for every
    target judged and read for the one explained: a frozen dataclass over a tuple of pairs cost
    0.70 µs a step, this 0.25 µs (10,000 targets × 12 periods make about a million). Nothing
    changes a Said's arguments after it is made; it is compared, never hashed."""

    id: str
    args: Mapping[str, Arg] = {}
    """By name, in the order given; text is shown as it is in every language, a Phrase in each."""


def said(id: str, **args: Arg) -> Said:
    """``said("unknown-measure", unit="万亩")``: a Said with its arguments by name."""
    return Said(id, args)


_SAY: list[Callable[[Said], str]] = []
"""The catalogues' ``say``, registered by ``i18n`` when it is imported (``speak_with``): this
module cannot import the catalogues, which import it (an import inside ``__str__`` would be a
cycle too, and would load them on a cached check's path, where periods raise SaidError)."""


def speak_with(say: Callable[[Said], str]) -> None:
    """Called once by ``i18n``: how a SaidError says itself in English."""
    _SAY[:] = [say]


class SaidError(ValueError):
    """A refusal made as a Said (a validator's, a period's): pydantic keeps the exception in its
    error's ctx, so the field's problem is said from the id (``validation.detail_of``), never
    from this English, which str() gives (pydantic's own ``msg``, a usage error)."""

    def __init__(self, said: Said) -> None:
        super().__init__(said.id)
        self.said = said

    def __str__(self) -> str:
        if _SAY:
            return _SAY[0](self.said)
        return f"{self.said.id}{dict(self.said.args)!r}"  # the catalogues never imported: the id


@dataclass(frozen=True, order=True)
class Problem:
    """A problem at a 1-based line and column of a file (0 where no position applies)."""

    file: str
    line: int
    column: int
    code: str = field(compare=False)
    """Stable id, e.g. ``duplicate-key``; other tools may depend on it."""
    message: str = field(compare=False)
    path: str = field(default="", compare=False)
    """Where in the document, e.g. ``targets[3].value``."""
    level: str = field(default="error", compare=False)
    said: Said | None = field(default=None, compare=False, repr=False)
    """The message as an id and its arguments, where it was made so (``message`` is then its
    English); None only for a problem a test or a caller makes as text of its own."""

    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


def format_path(parts: tuple[str | int, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
