"""The data model: a plan (targets.yaml) and its actual figures (actuals/<PERIOD>.yaml).

Every model is frozen and refuses unknown fields, so a misspelt key is an error rather than
a silently ignored line. The field descriptions are the user documentation: they end up in
the JSON Schema that editors show (``plan415x schema targets``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from plan415x import values
from plan415x.i18n.phrases import Shown, clauses
from plan415x.periods import Period
from plan415x.problems import Said, SaidError, said
from plan415x.safetext import NOT_XML, not_xml
from plan415x.values import (
    FIGURELESS,
    MAX_MAGNITUDE,
    STATE_WORDS_ZH,
    Comparator,
    Frequency,
    Hedge,
    Kind,
    Pace,
    Plausibility,
    State,
)

_ID = r"^[a-z0-9][a-z0-9_.-]*$"
_FULLWIDTH = re.compile(r"[\uff10-\uff19\uff0c\uff0e]")


def _number(value: Any) -> Any:
    """Accept real numbers only; numbers written as text are refused, never guessed.

    "1,800", "1.35万" and full-width "１８００" are refused with a message saying how to write
    them: a wrong conversion would be a wrong figure, and the data is typed by hand.
    """
    kind = type(value)
    # The common case first (a cached 10,000-target dataset runs this 160,000 times).
    if ((kind is float and math.isfinite(value)) or kind is int) and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
        return value
    if isinstance(value, bool):
        raise SaidError(said("field-number-true-false"))
    if isinstance(value, str):
        text = value.strip()
        quoted = Shown(value)  # a 1.5 MB text is named, not printed whole
        if _FULLWIDTH.search(text):
            raise SaidError(said("field-number-full-width", value=quoted))
        if "万" in text or "亿" in text:
            raise SaidError(said("field-number-magnitude", value=quoted))
        if "," in text:
            raise SaidError(said("field-number-separators", value=quoted))
        raise SaidError(said("field-number-text", value=quoted))
    if isinstance(value, float) and not math.isfinite(value):
        raise SaidError(said("field-number-not-finite"))
    if isinstance(value, int | float) and abs(value) > MAX_MAGNITUDE:
        # No figure of a county's plan comes near it; sums and ratios of such numbers overflow
        # to infinity, which no report (JSON least of all) can carry.
        raise SaidError(said("field-number-too-large", value=repr(value)))
    return value


Number = Annotated[float, BeforeValidator(_number)]

# Control characters in text reach terminals (screen-clearing, window titles) and CI logs
# (a line of its own becomes an annotation). Names and other one-line fields refuse all of
# them; multi-line fields (notes, the plan's text, evidence) allow a newline and a tab only.
# What XML cannot hold (safetext.NOT_XML: U+FFFE, U+FDD0, lone surrogates) is refused too: the
# .docx, the workbook and the template could not be written with it.
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069{NOT_XML}]")
_LINE_BREAK = re.compile(r"[\t\n\r]")


def _text(value: Any) -> Any:
    # Run after pydantic has made the value a str (an AfterValidator): whatever it was made
    # from (bytes, a subclass), the text checked is the text kept.
    # isprintable() is decided in C and holds for nearly every name and note: no regex then
    # (a cached 10,000-target dataset runs this 170,000 times). Noncharacters, surrogates and
    # controls are all unprintable.
    if type(value) is str and value.isprintable():
        return value
    if isinstance(value, str) and (found := _CONTROL.search(value)):
        code = f"{ord(found.group()):04X}"
        if not_xml(found.group()):
            raise SaidError(said("field-text-not-xml", code=code))
        raise SaidError(said("field-text-control", code=code))
    return value


def _line(value: Any) -> Any:
    if type(value) is str and value.isprintable():  # no control character, no break, no tab
        return value
    value = _text(value)
    if isinstance(value, str) and (found := _LINE_BREAK.search(value)):
        raise SaidError(said("field-line-tab") if found.group() == chr(9) else said("field-line-break"))
    return value


Line = Annotated[str, AfterValidator(_line)]
"""One line of text: no control characters, no line break, no tab."""
Text = Annotated[str, AfterValidator(_text)]
"""Text that may run over several lines: a newline and a tab, no other control character."""


def _period(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        Period.parse(value)  # raises ValueError with a readable message
    return value


PeriodText = Annotated[str, BeforeValidator(_period)]


class Strict(BaseModel):
    # allow_inf_nan=False: no field of a plan is infinite (.inf passed as a measure's max, and
    # no report, JSON least of all, and no cache entry can carry it).
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False, allow_inf_nan=False)


_STATE_IDS = frozenset(s.value for s in State)


def _state(value: Any) -> Any:
    """``done``/``pending``/``not_done`` or the template's words 已完成/推进中/未完成; anything
    else is refused naming the exact words to write (完成 is not 已完成: a guess could be wrong)."""
    if isinstance(value, str):
        text = value.strip()
        if text in STATE_WORDS_ZH:
            return STATE_WORDS_ZH[text]
        if text not in _STATE_IDS:
            # "enum", as pydantic's own refusal of a choice: the code stays invalid-choice.
            raise PydanticCustomError(
                "enum",
                "input should be 'done', 'pending' or 'not_done' (or 已完成, 推进中, 未完成)",
                {"said": said("field-state-choice")},  # what validation.detail_of says, by its id
            )
        return text
    return value


StateField = Annotated[
    State,
    BeforeValidator(
        _state,
        # Editors (the JSON Schema) accept what the loader accepts.
        json_schema_input_type=Literal["done", "pending", "not_done", "已完成", "推进中", "未完成"],
    ),
]


class PlausibilityLimits(Strict):
    """When a figure is implausible enough to warn (never to refuse): see docs/data-format.md."""

    early_months: int = Field(
        3,
        ge=1,
        le=11,
        description="early-exceeded and ytd-reaches-last-year: periods ending at or before this month"
        " (3: 1-3月).",
    )
    early_pct: float = Field(
        100, gt=0, description="early-exceeded: completion above this % of the year's target that early."
    )
    unit_scale_pct: float = Field(
        100,
        gt=0,
        description="unit-scale: converted figure above this % of the year's target before December,"
        " while the number as typed, read in the target's unit, is not.",
    )
    jump_factor: float = Field(
        3,
        gt=1,
        description="ytd-jump: the period's increase per month above this many times the pace so far.",
    )
    yoy_factor: float = Field(
        3, gt=1, description="yoy-jump: the figure above this many times the same months of last year."
    )
    jump_min_share_pct: float = Field(
        10,
        ge=0,
        description="ytd-jump and yoy-jump: only when the increase is at least this % of the year's target.",
    )
    min_items: int = Field(
        3,
        ge=1,
        description="ytd-doubled, ytd-jump and yoy-jump of counts of whole items: only when the"
        " increase is at least this many items (1 project becoming 2 is no slip).",
    )
    ignore: tuple[Plausibility, ...] = Field((), description="Warning codes not checked at all.")


class PlanInfo(Strict):
    id: str = Field(pattern=_ID, description="Short id of the plan.")
    title_zh: Line
    title_en: Line = Field("", description="The title in English (default: title_zh).")
    doc_number: Line = Field(
        "", description="文号, e.g. 瑞政办〔2023〕49号; none for a plan without one (a work report)."
    )
    issuer_zh: Line
    issuer_en: Line = Field("", description="The issuer in English (default: issuer_zh).")
    written: dt.date | None = Field(None, description="成文日期.")
    published: dt.date | None = Field(None, description="发布日期.")
    first_year: int = Field(ge=1900, le=2200, description="First year of the plan's span.")
    last_year: int = Field(ge=1900, le=2200, description="Last year of the plan's span.")
    source: Text | None = Field(None, description="Where the plan's text can be read.")
    language: str | None = Field(
        None,
        pattern="^(zh|en)$",
        description="zh or en: the language of validate, import, reporting and explain when --lang is not"
        " given (default: English for validate and import, Chinese for reporting).",
    )

    @model_validator(mode="after")
    def _span(self) -> PlanInfo:
        if self.last_year < self.first_year:
            raise SaidError(said("field-years-reversed"))
        # English reports name the plan in Chinese rather than not at all; left unset, so the
        # data (and the cache) still says what was written.
        for english, chinese in (("title_en", self.title_zh), ("issuer_en", self.issuer_zh)):
            if not getattr(self, english).strip():
                object.__setattr__(self, english, chinese)
        return self


class Action(Strict):
    id: str = Field(pattern=_ID)
    clause: Line = Field(description="Where the action stands in the plan, e.g. 二(一).")
    name_zh: Line
    name_en: Line


class ResponsibleUnit(Strict):
    id: str = Field(pattern=_ID)
    name_zh: Line
    name_en: Line
    aliases: tuple[Line, ...] = Field((), description="Other spellings found in documents.")


class Measure(Strict):
    """A unit of measure. Units of one dimension convert by their factors."""

    id: Line = Field(min_length=1, description="The unit as written, e.g. 亩, 亿元, %.")
    name_en: Line
    symbol_en: Line | None = Field(
        None, description="Short form in English reports (default: name_en), e.g. 10k tce."
    )
    dimension: Line = Field(min_length=1, description="Units convert only within a dimension.")
    # Bounded as figures are (1e-15 to 1e15): a figure (at most 1e15) converted between two
    # units stays below 1e45, finite, where a factor of 1e307 made 60 公顷 infinity (inf%, green).
    factor: float = Field(
        1.0,
        ge=1 / MAX_MAGNITUDE,
        le=MAX_MAGNITUDE,
        description="Size in the dimension's base unit, from 1e-15 to 1e15.",
    )
    min: float | None = Field(None, description="Smallest valid actual value (0 for counts).")
    max: float | None = Field(None, description="Largest valid actual value (100 for shares).")
    whole: bool = Field(
        False,
        description="Counts of whole items (个, 家, 项): a target in this unit is owed in whole items"
        " by each period, rounded down (a target of 1 a year is owed only in December).",
    )


class Thresholds(Strict):
    """Points relative to the schedule (or to the target rate, for growth targets)."""

    ahead: float = Field(10, ge=0, description="At least this many points above: ahead.")
    watch: float = Field(10, ge=0, description="Below schedule by at most this: watch.")
    behind: float = Field(30, ge=0, description="Below by more than watch, at most this: behind.")

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.behind < self.watch:
            raise SaidError(said("field-thresholds-order"))
        return self


class ThresholdRule(Strict):
    kind: Kind | None = None
    hedge: Hedge | None = None
    thresholds: Thresholds


class Assessment(Strict):
    default: Thresholds = Thresholds()
    rules: tuple[ThresholdRule, ...] = Field(
        (), description="First rule whose kind and hedge match wins; else default."
    )
    approx_tolerance_pct: float = Field(
        5.0,
        ge=0,
        description="For comparator approx, in % of the target; at least one item for counts of whole items.",
    )
    plausibility: PlausibilityLimits = Field(
        PlausibilityLimits(), description="Thresholds of the plausibility warnings (never errors)."
    )


class Tolerance(Strict):
    """How far from an approximate target (左右) still counts as meeting it: one of the two."""

    absolute: float | None = Field(None, ge=0, description="In the target's unit, e.g. 1 for 15家左右.")
    relative_pct: float | None = Field(None, ge=0, description="In % of the target, e.g. 5.")

    @model_validator(mode="after")
    def _one(self) -> Tolerance:
        if (self.absolute is None) == (self.relative_pct is None):
            raise SaidError(said("field-tolerance-one"))
        return self


class DueDays(Strict):
    """The reporting calendar: the day of the month after a period's end by which its figure is
    due, per reporting frequency (a day past the month's end is its last day: 31 in February is
    the 28th or 29th)."""

    monthly: int = Field(10, ge=1, le=31, description="Monthly figures: due on this day of the next month.")
    quarterly: int = Field(15, ge=1, le=31, description="Quarterly figures (1-3月, 1-6月, 1-9月).")
    half_yearly: int = Field(20, ge=1, le=31, description="Half-yearly figures (1-6月, 1-12月).")
    annual: int = Field(31, ge=1, le=31, description="Annual figures: due on this day of January.")


class Reporting(Strict):
    """When figures are owed; a target can override the frequency and the due day."""

    frequency: Frequency = Field(Frequency.monthly, description="monthly, quarterly, half_yearly or annual.")
    due: DueDays = Field(
        DueDays(), description="Day of the month after the period by which figures are due, per frequency."
    )


class Baseline(Strict):
    value: Number
    year: int = Field(description="The level is taken as of the end of this year.")


class Component(Strict):
    id: str = Field(pattern=_ID)
    name_zh: Line
    name_en: Line


class Target(Strict):
    id: str = Field(pattern=_ID, description="Stable id, ascii.")
    action: Line = Field(description="Id of the action (行动) it belongs to.")
    clause: Line = Field(description="Where it stands, e.g. 二(一)1 or 附件 任务3.")
    text_zh: Text = Field(description="The plan's wording, as printed, flaws included.")
    name_zh: Line
    name_en: Line
    kind: Kind
    value: Number | None = Field(
        None, description="The figure; null where the text lost it (say so in note); none for monitor."
    )
    unit: Line | None = Field(None, description="A measure id; none for milestones.")
    comparator: Comparator = Comparator.ge
    first_year: int = Field(description="First year it applies to (for a span, its start).")
    last_year: int = Field(description="Last year it applies to (for a level, the year it is due).")
    hedge: Hedge
    responsible: tuple[Line, ...] = Field((), description="Unit ids, the lead unit (牵头单位) first.")
    links: tuple[Line, ...] = Field(
        (), description="Ids of related targets (each links back); a restatement uses restates."
    )
    restates: str | None = Field(
        None,
        pattern=_ID,
        description="Id of the target this one restates (the same target written again, e.g. in a"
        " year's task list): both are judged and shown, and the two count once, by the worse"
        " judgement of the two (a tie: this one, when it is for a single year).",
    )
    frequency: Frequency | None = Field(
        None, description="How often its figures are reported (default: the plan's reporting frequency)."
    )
    whole_items: bool | None = Field(
        None, description="Owed in whole items by each period (default: the unit's whole)."
    )
    full_year: bool = Field(
        False,
        description="A level or share whose figure is a whole year's total (产值, 集群规模, 亩均增加值):"
        " judged only on figures of periods ending in December, owed once a year (frequency annual);"
        " a part-year figure draws the warning part-year and is not judged.",
    )
    due_day: int | None = Field(
        None,
        ge=1,
        le=31,
        description="Day of the month after the period by which its figure is due (default: the"
        " plan's reporting.due for its frequency).",
    )
    tolerance: Tolerance | None = Field(
        None,
        description="With comparator approx (左右): how far from the target still meets it"
        " (default: assessment.approx_tolerance_pct of the target, at least one item for counts of"
        " whole items).",
    )
    pace: Pace | None = Field(
        None,
        description="Default: linear for flows; for levels, linear along the baseline's path when"
        " there is one, else deadline (judged when due). always: a level to hold at every period.",
    )
    profile: tuple[Number, ...] | None = Field(
        None, description="With pace profile: 12 cumulative % of the year's target due by each month."
    )
    baseline: Baseline | None = Field(None, description="Levels/shares: judge against a path from it.")
    components: tuple[Component, ...] = Field((), description="Composite: what is counted.")
    basis: Kind | None = Field(None, description="Composite: annual, one_year or cumulative.")
    direction: str | None = Field(None, pattern="^(increase|decrease)$", description="Directional.")
    range: tuple[Number, Number] | None = Field(
        None, description="Valid actual values, overriding the unit's."
    )
    note: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Target:
        problems: list[Said] = []
        if self.last_year < self.first_year:
            problems.append(said("field-years-reversed"))
        if self.kind is Kind.one_year and self.first_year != self.last_year:
            problems.append(said("field-target-one-year-span"))
        if self.kind in FIGURELESS:
            pass  # judged without a figure: none to lose, none to explain
        elif self.kind is not Kind.monitor and "value" not in self.model_fields_set:
            problems.append(said("field-target-needs-value", kind=self.kind.value))
        elif self.kind is Kind.monitor:
            if self.value is not None:
                problems.append(said("field-target-monitor-value"))
        elif self.value is None and not self.note:
            problems.append(said("field-target-value-note"))
        if self.tolerance is not None and self.comparator is not Comparator.approx:
            problems.append(said("field-target-tolerance"))
        if self.restates is not None and (self.restates == self.id or self.restates in self.links):
            problems.append(said("field-target-restates"))
        if self.kind is not Kind.milestone and self.unit is None:
            problems.append(said("field-target-needs-unit", kind=self.kind.value))
        if self.kind is Kind.composite:
            if len(self.components) < 2:
                problems.append(said("field-target-composite-components"))
            if self.basis not in (Kind.annual, Kind.one_year, Kind.cumulative):
                problems.append(said("field-target-composite-basis"))
        elif self.components or self.basis:
            problems.append(said("field-target-components-composite"))
        if self.kind is Kind.directional and self.direction is None:
            problems.append(said("field-target-direction"))
        if self.full_year:
            if self.kind not in (Kind.level, Kind.share):
                problems.append(said("field-target-full-year-kind"))
            elif self.frequency not in (None, Frequency.annual):
                problems.append(said("field-target-full-year-frequency"))
            else:
                # Owed once a year wherever a frequency is read (reporting, the score, the rule).
                object.__setattr__(self, "frequency", Frequency.annual)
        if self.pace is Pace.always and self.kind not in (Kind.level, Kind.share):
            problems.append(said("field-target-pace-always"))
        if self.kind in (Kind.level, Kind.share) and self.pace is Pace.linear and self.baseline is None:
            problems.append(said("field-target-linear-baseline", pace=Pace.linear.value))
        if self.baseline is not None and self.baseline.year >= self.last_year:
            problems.append(said("field-target-baseline-year"))
        if (self.pace is Pace.profile) != (self.profile is not None):
            problems.append(said("field-target-profile-pace"))
        if self.profile is not None:
            if len(self.profile) != 12:
                problems.append(said("field-target-profile-length"))
            elif (
                list(self.profile) != sorted(self.profile)
                or not 0 <= self.profile[0] <= self.profile[-1] <= 100
            ):
                problems.append(said("field-target-profile-rises"))
        if problems:
            raise SaidError(clauses(problems))
        return self


class PlanFile(Strict):
    """The whole of targets.yaml."""

    schema_version: int = Field(1, ge=1, le=1)
    plan: PlanInfo
    actions: tuple[Action, ...]
    responsible_units: tuple[ResponsibleUnit, ...]
    measures: tuple[Measure, ...] = Field(
        (),
        description="Units of measure of the plan's own, beyond the built-in ones (plan415x units"
        " lists them); one with a built-in id overrides it.",
    )
    assessment: Assessment = Assessment()
    reporting: Reporting = Reporting()
    default_owner: str | None = Field(
        None,
        pattern=_ID,
        description="A unit id: the responsible unit of every target that names none (reports"
        " mark it as a default; `plan415x targets --no-owner` lists those targets).",
    )
    targets: tuple[Target, ...]


class Source(Strict):
    document: Line = Field(min_length=1, description="Which document or report the figure is from.")
    reported_by: Line | None = Field(None, description="The unit that reported it (an id or a name).")
    date: dt.date | None = None
    url: Line | None = None


class Record(Strict):
    target: Line = Field(description="A target id from targets.yaml.")
    value: Number | None = Field(None, description="Year-to-date for flows, as reported; latest for levels.")
    unit: Line | None = Field(None, description="Defaults to the target's unit; converted if compatible.")
    as_of: dt.date | None = None
    source: Source | None = Field(None, description="Defaults to the file's source.")
    note: Text | None = Field(None, description="口径 and caveats.")
    state: StateField | None = Field(
        None, description="Milestones: done, pending or not_done (or 已完成, 推进中, 未完成)."
    )
    evidence: Text | None = None
    components: dict[Line, Number] | None = Field(None, description="Composite: value per component id.")
    reference: Number | None = Field(None, description="Relative/directional: the value compared with.")
    checked: tuple[Plausibility, ...] = Field(
        (),
        description="Plausibility warnings checked and found right (e.g. [ytd-jump]): not shown again.",
    )


class ActualsFile(Strict):
    """One actuals/<PERIOD>.yaml file."""

    schema_version: int = Field(1, ge=1, le=1)
    period: PeriodText = Field(description="Must match the file name, e.g. 2023Q2.")
    illustrative: bool = Field(False, description="True for sample figures that are not official.")
    note: Text | None = None
    source: Source | None = Field(None, description="Default source of every record.")
    records: tuple[Record, ...] = ()

    @field_validator("period", mode="after")
    @classmethod
    def _canonical(cls, value: str) -> str:
        return str(Period.parse(value))


# From the validated models to the values the rest of the code works on (plan415x.values):
# each model has the value class of its name, with the same fields in the same order.
_VALUE_CLASSES: dict[type[BaseModel], type[Any]] = {
    model: getattr(values, model.__name__)
    for model in (
        PlausibilityLimits,
        PlanInfo,
        Action,
        ResponsibleUnit,
        Measure,
        Thresholds,
        ThresholdRule,
        Assessment,
        Tolerance,
        DueDays,
        Reporting,
        Baseline,
        Component,
        Target,
        PlanFile,
        Source,
        Record,
        ActualsFile,
    )
}


def values_of(obj: Any) -> Any:
    """A validated model (or a tuple of them) as plain values (plan415x.values)."""
    kind = type(obj)
    cls = _VALUE_CLASSES.get(kind)
    if cls is not None:
        return cls(*[values_of(getattr(obj, name)) for name in kind.model_fields])
    if kind is tuple:
        return tuple(values_of(item) for item in obj)
    return obj  # numbers, text, dates, enums, and the one dict (components: numbers by id)


def record_values(record: Record) -> values.Record:
    """A validated record as a plain value."""
    # The hot path (a province's data has a hundred thousand records): the fields by hand.
    source = record.source
    return values.Record(
        record.target,
        record.value,
        record.unit,
        record.as_of,
        None
        if source is None
        else values.Source(source.document, source.reported_by, source.date, source.url),
        record.note,
        record.state,
        record.evidence,
        record.components,
        record.reference,
        record.checked,
    )


def plan_values(plan: PlanFile) -> values.PlanFile:
    """The validated plan as plain values."""
    converted: values.PlanFile = values_of(plan)
    return converted


def actuals_values(file: ActualsFile) -> values.ActualsFile:
    """A validated actuals file as plain values."""
    return values.ActualsFile(
        file.schema_version,
        file.period,
        file.illustrative,
        file.note,
        values_of(file.source),
        tuple(map(record_values, file.records)),
    )
