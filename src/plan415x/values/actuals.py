"""One actuals/<PERIOD>.yaml file: its records of figures and their sources."""

# No `from __future__ import annotations`: the fields' types are objects the codec reads as they
# are (typing.get_type_hints would evaluate every one at each start).

import datetime as dt
from typing import Annotated, NamedTuple

from plan415x.fields import (
    STATE,
    VERSION,
    Default,
    Doc,
    Line,
    MinLength,
    Number,
    PeriodText,
    Text,
)
from plan415x.values.vocab import (
    Plausibility,
    State,
)


class Source(NamedTuple):
    document: Annotated[Line, MinLength(1), Doc("Which document or report the figure is from.")]
    reported_by: Annotated[Line | None, Doc("The unit that reported it (an id or a name).")] = None
    date: dt.date | None = None
    url: Line | None = None


class Record(NamedTuple):
    target: Annotated[Line, Doc("A target id from targets.yaml.")]
    value: Annotated[Number | None, Doc("Year-to-date for flows, as reported; latest for levels.")] = None
    unit: Annotated[Line | None, Doc("Defaults to the target's unit; converted if compatible.")] = None
    as_of: dt.date | None = None
    source: Annotated[Source | None, Doc("Defaults to the file's source.")] = None
    note: Annotated[Text | None, Doc("口径 and caveats.")] = None
    state: Annotated[
        Annotated[State, STATE] | None,
        Doc("Milestones: done, pending or not_done (or 已完成, 推进中, 未完成)."),
    ] = None
    evidence: Text | None = None
    components: Annotated[dict[Line, Number] | None, Doc("Composite: value per component id.")] = None
    reference: Annotated[Number | None, Doc("Relative/directional: the value compared with.")] = None
    checked: Annotated[
        tuple[Plausibility, ...],
        Doc("Plausibility warnings checked and found right (e.g. [ytd-jump]): not shown again."),
    ] = ()
    reason: Annotated[
        Text | None,
        Doc("滞后原因: the unit's own words on why the target lags, quoted verbatim by the 通报."),
    ] = None
    next_steps: Annotated[
        Text | None,
        Doc("下步措施: the unit's own words on what it will do, quoted verbatim by the 通报."),
    ] = None


class ActualsFile(NamedTuple):
    """One actuals/<PERIOD>.yaml file."""

    schema_version: Annotated[int, VERSION, Default(1)]
    period: Annotated[PeriodText, Doc("Must match the file name, e.g. 2023Q2.")]
    illustrative: Annotated[bool, Default(False), Doc("True for sample figures that are not official.")]
    note: Annotated[Text | None, Default(None)]
    source: Annotated[Source | None, Default(None), Doc("Default source of every record.")]
    records: Annotated[tuple[Record, ...], Default(())]
