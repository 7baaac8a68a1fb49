"""What an import did, as the command reports it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from plan415x.i18n import say
from plan415x.i18n.phrases import plural
from plan415x.periods import Period
from plan415x.problems import Problem, Said, said

Line = Said | str
"""A line the import prints: a Said, rendered in the analyst's language, or the data's own
text shown as it is (a figure's change ``  + land: 150 亩``, a dry run's diff)."""


@dataclass
class Outcome:
    """What an import did: problems (nothing written), or messages about what was written."""

    problems: list[Problem] = field(default_factory=list)
    messages: list[Line] = field(default_factory=list)
    refused_as: Said | None = None
    """Why nothing was written, said once every problem is listed (None when something was)."""
    taken: list[tuple[str, str, str]] = field(default_factory=list)
    """(sheet, target id, ``added`` | ``unchanged`` | ``replaced``) of each figure read, for
    the receipt (回执) per unit; also on a dry run (what would be)."""
    warnings: list[Problem] = field(default_factory=list)
    """Plausibility warnings of the cells imported (``FILE:Sheet!I7``); never a refusal unless
    ``--strict``, which makes them the problems."""
    cannot_write: bool = False
    """The problems are not in the data but in writing it (a full disk, a folder in the way, the
    lock): the command exits 4, as export and the printed output do, not 1 (invalid data)."""

    received: dt.date | None = None
    """The date the workbook was received, stamped on its figures (None: not stamped)."""
    units: list[tuple[str, str]] = field(default_factory=list)
    """The workbook's unit sheets, (sheet title, unit id), as its hidden sheet lists them: every
    unit it carried gets a 回执, also when another's cell refused it (empty: not a template)."""
    period: Period | None = None
    """The period the workbook is for (None: its hidden sheet was not read)."""
    left: list[Problem] = field(default_factory=list)
    """With ``--accept-valid``: the cells refused and left out while the workbook's other figures
    were taken (``problems`` stays empty: something was written). The 回执 lists them to fix."""

    def lines(self, lang: str = "en") -> list[str]:
        """The lines about what was done, in ``lang``."""
        return [line if isinstance(line, str) else say(line, lang) for line in self.messages]

    def refusal_in(self, lang: str = "en") -> str:
        return "" if self.refused_as is None else say(self.refused_as, lang)

    @property
    def refusal(self) -> str:
        """The refusal in English ("" when something was written)."""
        return self.refusal_in("en")


def place(located: Problem) -> tuple[str, str]:
    """(sheet, cell) of a problem or warning located ``FILE:Sheet!I7`` (``problem`` below);
    ("", "") for one about the file itself."""
    where = located.location()
    if "!" not in where:
        return "", ""
    sheet, _, cell = where.split(":", 1)[1].rpartition("!")
    return sheet.strip("'"), cell


def problem(where: str, code: str, made: Said) -> Problem:
    """A problem at ``where`` (``FILE:Sheet!C7``: a place, no line) whose message is made as
    ``made``: its English is the message, and ``made`` renders it in another language."""
    return Problem(where, 0, 0, code, say(made), said=made)


def refused(problems: list[Problem], shown: str, *, strict: bool = False) -> Outcome:
    """Nothing written for ``problems`` (``strict``: plausibility warnings made errors)."""
    n = str(len(problems))
    count = plural(len(problems), said("import-problems-one", count=n), said("import-problems", count=n))
    if strict:
        return Outcome(
            problems=problems, refused_as=said("import-refused-strict", problems=count, file=shown)
        )
    return Outcome(problems=problems, refused_as=said("import-refused", problems=count, file=shown))
