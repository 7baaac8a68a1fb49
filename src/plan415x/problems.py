"""One value for every problem found in the input, whatever found it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@runtime_checkable
class Phrase(Protocol):
    """An argument shown differently per language (a period: 2023年1-6月 / 2023 Jan-Jun; a
    status word), rendered by the value itself when the sentence is said in a language."""

    def said_in(self, lang: str) -> str: ...


Arg = str | Phrase
"""What a sentence carries: text, shown as it is in every language (numbers formatted where
the fact is found, as the analyst writes them in both), or a Phrase."""


@dataclass(frozen=True)
class Said:
    """A sentence made where its fact is found: an id of the catalogues in ``i18n``
    (one per language, keyed by id) and its arguments, rendered in a language at output time
    (``i18n.say``), so that no language is ever parsed back from another."""

    id: str
    args: tuple[tuple[str, Arg], ...] = ()
    """(name, value) in order; text is shown as it is in every language, a Phrase in each."""


def said(id: str, **args: Arg) -> Said:
    """``said("unknown-measure", unit="万亩")``: a Said with its arguments by name."""
    return Said(id, tuple(args.items()))


class SaidError(ValueError):
    """A refusal made as a Said (a validator's, a period's): pydantic keeps the exception in its
    error's ctx, so the field's problem is rendered from the id, never from this English."""

    def __init__(self, said: Said) -> None:
        super().__init__(said.id)
        self.said = said

    def __str__(self) -> str:
        # The catalogues only when a refusal is shown: periods is on the start-up path.
        from plan415x.i18n import say

        return say(self.said)


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
    English); None for a message still made as English text (matched back by messages_zh)."""

    @classmethod
    def made(
        cls, file: str, line: int, column: int, code: str, said: Said, *, level: str = "error"
    ) -> Problem:
        """A problem whose message is made as ``said`` (its English is the message)."""
        from plan415x.i18n import say  # the catalogues only when a problem is found: not at start-up

        return cls(file, line, column, code, say(said), level=level, said=said)

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
