"""The 通报's phrases (issue 20, item 1): the parts of its sentences that are said differently
per language, each a ``problems.Phrase`` made where its fact is found and said by the
catalogues (``i18n``, the ``brief-*`` ids of ``BRIEF_SAID``) when the section is written, so no
sentence of the 通报 branches on its language.

A list is joined as the language joins it (、 and ，in Chinese, ", " in English), a status by
its label (滞后 / behind), a period by its code (2023Q2 in English, 2023年1-6月 in Chinese), a day
as the language dates it, and the words the 通报 takes from the other outputs (check's goal,
schedule and running-total words, rank's note, score's lines) as a 公文 writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from plan415x.i18n import say, shown
from plan415x.periods import Period
from plan415x.problems import Arg, Said, said
from plan415x.reports.zhtext import fullwidth
from plan415x.results import Status


class Listed(NamedTuple):
    """A Phrase: ``parts`` one after another, joined by ``sep`` (a Said of the separator's id:
    ``brief-sep-list`` 、/", ", ``brief-sep-clause`` ，/", ", ``brief-sep-semi`` ；/"; ")."""

    parts: tuple[Arg, ...]
    sep: Said

    def said_in(self, lang: str) -> str:
        return say(self.sep, lang).join(shown(part, lang) for part in self.parts)


def listed(parts: Iterable[Arg]) -> Listed:
    """Names in a sentence: 甲、乙 / A, B."""
    return Listed(tuple(parts), said("brief-sep-list"))


def clauses(parts: Iterable[Arg]) -> Listed:
    """Clauses of one sentence: 甲，乙 / a, b."""
    return Listed(tuple(parts), said("brief-sep-clause"))


def semis(parts: Iterable[Arg]) -> Listed:
    """Clauses apart: 甲；乙 / a; b."""
    return Listed(tuple(parts), said("brief-sep-semi"))


class Label(NamedTuple):
    """A Phrase: a status by its label, 滞后 / behind (not its code, as a rule's step says it)."""

    status: Status

    def said_in(self, lang: str) -> str:
        return self.status.label(lang)


class Months(NamedTuple):
    """A Phrase: the months of a period within its year, 1-3月 / Jan-Mar (``words.data_label``'s,
    for a figure older than the period's, the year said by the period's own line). ``Period``
    says itself with its year; this is its months alone."""

    period: Period

    def said_in(self, lang: str) -> str:
        if lang == "zh":
            return self.period.months_zh()
        return self.period.label_en().rsplit(" ", 1)[0]


def code(period: Period) -> Said:
    """A period as rank names it: its code, 2023Q2, in English; its months, 2023年1-6月, in
    Chinese (a 公文 writes no code)."""
    return said("brief-period-code", code=str(period), months=period)


def day(iso: str) -> Said:
    """A day as the language dates it: 2024-07-10; 2024年7月10日."""
    when = dt.date.fromisoformat(iso)
    return said("brief-day", iso=iso, year=str(when.year), month=str(when.month), day=str(when.day))


_AS_WRITTEN: Mapping[str, Callable[[str, Iterable[str]], str]] = {"zh": fullwidth}
"""How a language's 公文 writes the words it takes from another output (Chinese: full-width
，；：（）, no space beside a character, dates and codes in words: ``zhtext.fullwidth``); a
language not listed takes them as they are."""


class Borrowed(NamedTuple):
    """A Phrase: words of another output (check's, rank's, score's), made there in the language
    and printed there half-width, written as the 通报's language writes them; ``keep``: the
    names from the data inside them, left exactly as written."""

    text: str
    keep: tuple[str, ...] = ()

    def said_in(self, lang: str) -> str:
        convert = _AS_WRITTEN.get(lang)
        return self.text if convert is None else convert(self.text, self.keep)
