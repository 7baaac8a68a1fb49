"""The words the checks' messages hold, shared by the checks of the plan and of the actuals and
by the scoring file's: the kind of an id (``WORDS``) and the nearest known name (``suggest``)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from plan415x.problems import Arg, Said, said

# The kind of an id, as a message names it ("the unit id ... is used twice", "unknown rule ...").
WORDS: dict[str, Said] = {
    "action": said("check-word-action"),
    "unit": said("check-word-unit"),
    "measure": said("check-word-measure"),
    "target": said("check-word-target"),
    "rule": said("check-word-rule"),
}

# The data format's own words (keys, values, options) are given as arguments where the fact is
# found, as the analyst types them: a catalogue holds only words it may translate.


def suggest(name: str, known: Iterable[str]) -> Arg:
    """The nearest of ``known`` to ``name``, said after a message ("; did you mean 'x'?"), or
    nothing."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return said("check-did-you-mean", nearest=close[0]) if close else ""
