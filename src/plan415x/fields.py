"""What the edge checks of a field beyond its type, written beside the field in plan415x.values.

A field of a value class is declared once, there, with its type and, in ``typing.Annotated``,
these markers: its description (``Doc``), its bounds (``Range``), its pattern (``Pattern``,
``ID``), its least length (``MinLength``), what the data may leave out (``Default``) or must
give (``REQUIRED``), and the form of its text or number (``LINE``, ``TEXT``, ``NUMBER``,
``PERIOD``, ``STATE``). plan415x.model builds each pydantic model from them; the codec and the
rest of the code see the plain type under them. Standard library only, and tiny: a cached run
imports it first thing, with plan415x.values.
"""

from typing import Annotated, Any


class Doc:
    """The field's description: the user documentation, in the JSON Schema editors show."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class Range:
    """Bounds of a number: at least ``ge``, above ``gt``, at most ``le``."""

    __slots__ = ("ge", "gt", "le")

    def __init__(self, *, ge: float | None = None, gt: float | None = None, le: float | None = None) -> None:
        self.ge, self.gt, self.le = ge, gt, le


class Pattern:
    """A regular expression the text matches."""

    __slots__ = ("regex",)

    def __init__(self, regex: str) -> None:
        self.regex = regex


class MinLength:
    """The least length of the text."""

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length


class Default:
    """What the data may leave out, as ``value``, where the value class has no default (a
    NamedTuple's fields with defaults all come last; the cache writes values as they are)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class Required:
    """The data must give the field, though the value class has a default (for the code's own
    values: the built-in units)."""

    __slots__ = ()


REQUIRED = Required()


class Form:
    """How the edge reads and checks a text or a number beyond its type (plan415x.model)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name.upper()


LINE = Form("line")
"""One line of text: no control character, no line break, no tab."""
TEXT = Form("text")
"""Text that may run over several lines: a newline and a tab, no other control character."""
NUMBER = Form("number")
"""A real number, never one written as text; finite and at most 1e15 in magnitude."""
PERIOD = Form("period")
"""A period (2023Q2, 2023-06, 2023), kept as its canonical text."""
STATE = Form("state")
"""A milestone's state, or the template's words for it (已完成, 推进中, 未完成)."""

ID = Pattern(r"^[a-z0-9][a-z0-9_.-]*$")
VERSION = Range(ge=1, le=1)
"""schema_version: 1, the only one so far."""
"""A stable id: ascii lower case, digits, ``_ . -``."""

Line = Annotated[str, LINE]
Text = Annotated[str, TEXT]
Number = Annotated[float, NUMBER]
PeriodText = Annotated[str, PERIOD]
