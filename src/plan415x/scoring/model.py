"""The scoring file (scoring.yaml): points per target, the deduction and bonus rules with their
parameters, floors, caps and exemptions. Frozen models that refuse unknown fields, like the rest
of the data; the descriptions end up in schemas/scoring.schema.json.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Annotated, Literal

import annotated_types
from pydantic import BeforeValidator, Field, model_validator

from plan415x.edge import Line, Number, PeriodText, Strict, Text, checked_number
from plan415x.problems import SaidError, said
from plan415x.values import Hedge, Kind

_ID = r"^[a-z0-9][a-z0-9_.-]*$"
Points = Annotated[float, annotated_types.Ge(0), annotated_types.Le(1000), BeforeValidator(checked_number)]


class Weight(Strict):
    """Points of the targets it matches: every field given must match (first match wins)."""

    target: Line | None = Field(None, description="A target id.")
    kind: Kind | None = None
    hedge: Hedge | None = Field(None, description="ensure (确保, binding), strive or plain.")
    action: Line | None = Field(None, description="An action id.")
    points: Points = Field(description="The target's full points (满分).")


class Weights(Strict):
    default: Points = Field(description="Points of a target no rule matches.")
    rules: tuple[Weight, ...] = Field((), description="First match wins; else default.")


class _Rule(Strict):
    id: str = Field(pattern=_ID, description="Stable id, named by exemptions and reports.")
    name_zh: Line
    name_en: Line
    max_per_target: Points | None = Field(
        None, description="A cap: this rule moves one target's score by at most this many points."
    )


class ShortfallRule(_Rule):
    type: Literal["shortfall"]
    rate: Number = Field(1, ge=0, le=10, description="Share of the shortfall deducted (1: in proportion).")


class LightsRule(_Rule):
    type: Literal["lights"]
    light: Literal["red", "yellow"] = Field(description="The light counted at each period.")
    every: int = Field(1, ge=1, le=12, description="Deduct once for each this many periods at the light.")
    points: Points = Field(description="Points deducted each time.")
    include_year_end: bool = Field(
        False, description="Count the year-end period too (by default the shortfall rule scores it)."
    )
    at: Literal["quarters", "files"] = Field(
        "quarters",
        description="quarters: the lights of each 季晾晒 (the periods with a file ending in March,"
        " June, September, December), as published; files: every period with an actuals file.",
    )


class MissingRule(_Rule):
    type: Literal["missing"]
    points: Points = Field(description="Points deducted for each period a due figure was not reported.")


class LateRule(_Rule):
    type: Literal["late"]
    points: Points = Field(description="Points deducted for each figure reported after its due date.")
    due_day: int | None = Field(
        None,
        ge=1,
        le=31,
        description="Due on this day of the month after the period (the last day if shorter);"
        " default: the plan's reporting calendar (targets.yaml reporting.due, a target's due_day).",
    )


class BonusRule(_Rule):
    type: Literal["bonus"]
    rate: Number = Field(
        description="Points × rate × (completion − 100)/100 for a target exceeded.", ge=0, le=10
    )


# The one list of the scoring rule types: the loader's tags and messages, the scorers
# (plan415x.scoring.rules: a module named after each type) and the docs are made from it.
Rule = Annotated[ShortfallRule | LightsRule | MissingRule | LateRule | BonusRule, Field(discriminator="type")]
RULE_TYPES: dict[str, type[_Rule]] = {
    typing.get_args(model.model_fields["type"].annotation)[0]: model
    for model in typing.get_args(typing.get_args(Rule)[0])
}
"""Each rule type's tag (its ``type:``) and model, in the order of ``Rule``."""


class Floors(Strict):
    target: Number | None = Field(
        0, description="A target's score never goes below this (扣完为止); null: no floor."
    )
    unit: Number | None = Field(
        0, description="A unit's total never goes below this (不计负分); null: no floor."
    )


class Caps(Strict):
    bonus_per_unit: Points | None = Field(None, description="A unit's bonuses add up to at most this.")


class Exemption(Strict):
    """Removes the named rules' deductions (never a bonus) where it applies; shown in the breakdown."""

    target: Line | None = Field(None, description="A target id (default: every target of the unit).")
    unit: Line | None = Field(None, description="A unit id (default: every unit scored on the target).")
    period: PeriodText | None = Field(
        None,
        description="The periods it covers: a year (the default: the whole year), a half, a quarter"
        " or a month; year-end rules (shortfall) only by a whole year.",
    )
    rules: tuple[str, ...] = Field(min_length=1, description="Ids of the rules whose deductions it removes.")
    note: Text = Field(min_length=1, description="Why (e.g. force majeure: 台风停工).")
    approved_by: Line = Field(min_length=1, description="Who approved it.")
    approved_on: dt.date | None = None

    @model_validator(mode="after")
    def _aimed(self) -> Exemption:
        if self.target is None and self.unit is None:
            raise SaidError(said("field-exemption-names"))
        return self


class ScoringFile(Strict):
    """The whole of scoring.yaml."""

    schema_version: int = Field(1, ge=1, le=1)
    default: bool = Field(
        False, description="True for the shipped default rule set: every score built from it says so."
    )
    title_zh: Line = Field(description="Name of the rule set, e.g. 年度考评细则.")
    title_en: Line
    note: Text | None = None
    scored: Literal["lead", "all"] = Field(
        "lead",
        description="Who is scored on a target: its lead unit (牵头单位) only, or every responsible unit.",
    )
    rank_by: Literal["rate", "total"] = Field(
        "rate", description="rate: total / full points (units with more targets are not favoured); total."
    )
    weights: Weights
    rules: tuple[Rule, ...] = ()
    floors: Floors = Floors()
    caps: Caps = Caps()
    exemptions: tuple[Exemption, ...] = ()
