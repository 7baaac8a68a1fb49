"""The plan and its figures as plain frozen values (NamedTuples): what the engine, the rules,
the reports and the workbook work on.

pydantic validates at the edge (plan415x.model: every field checked, every problem located);
what comes out is converted once into these values, which import nothing but the standard
library. A dataset from the cache is rebuilt from them without importing pydantic or a YAML
parser at all (plan415x.codec). Each field is declared here only, with what the edge checks of
it in ``typing.Annotated`` (plan415x.fields: its description, its bounds, the form of its text):
plan415x.model builds each model from its class, and the JSON Schemas take the descriptions
from there. The methods are the ones the rest of the code asks of a target or a plan.

Its rooms: ``vocab`` (the enumerations and their Chinese names), ``plan`` (targets.yaml),
``reporting`` (its reporting: and publishing: blocks) and ``actuals`` (an actuals file); every
name is imported from here.
"""

from plan415x.values.actuals import (
    ActualsFile,
    Record,
    Source,
)
from plan415x.values.plan import (
    DERIVED,
    MAX_MAGNITUDE,
    Action,
    Assessment,
    Baseline,
    Component,
    FromBase,
    Measure,
    PlanFile,
    PlanInfo,
    PlausibilityLimits,
    RankSettings,
    ResponsibleUnit,
    Target,
    ThresholdRule,
    Thresholds,
    Tolerance,
)
from plan415x.values.reporting import (
    CalendarYear,
    Contact,
    DueDays,
    Publishing,
    Reporting,
    due_date,
)
from plan415x.values.vocab import (
    ATTRIBUTE_ZH,
    BASE_CHANGE_ZH,
    COMPARATOR_ZH,
    DIRECTION_ZH,
    FIGURELESS,
    FLOW_KINDS,
    FREQUENCY_ZH,
    GOOD_ZH,
    HEDGE_ZH,
    KIND_ZH,
    PACE_ZH,
    STATE_WORDS_ZH,
    STATE_ZH,
    Attribute,
    BaseChange,
    Comparator,
    Explanations,
    Frequency,
    Good,
    Hedge,
    Kind,
    Pace,
    Plausibility,
    RankMeasure,
    State,
)

__all__ = [
    "ATTRIBUTE_ZH",
    "BASE_CHANGE_ZH",
    "COMPARATOR_ZH",
    "DERIVED",
    "DIRECTION_ZH",
    "FIGURELESS",
    "FLOW_KINDS",
    "FREQUENCY_ZH",
    "GOOD_ZH",
    "HEDGE_ZH",
    "KIND_ZH",
    "MAX_MAGNITUDE",
    "PACE_ZH",
    "STATE_WORDS_ZH",
    "STATE_ZH",
    "Action",
    "ActualsFile",
    "Assessment",
    "Attribute",
    "BaseChange",
    "Baseline",
    "CalendarYear",
    "Comparator",
    "Component",
    "Contact",
    "DueDays",
    "Explanations",
    "Frequency",
    "FromBase",
    "Good",
    "Hedge",
    "Kind",
    "Measure",
    "Pace",
    "PlanFile",
    "PlanInfo",
    "Plausibility",
    "PlausibilityLimits",
    "Publishing",
    "RankMeasure",
    "RankSettings",
    "Record",
    "Reporting",
    "ResponsibleUnit",
    "Source",
    "State",
    "Target",
    "ThresholdRule",
    "Thresholds",
    "Tolerance",
    "due_date",
]
