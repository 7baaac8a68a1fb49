"""The English catalogue: every sentence the program says, keyed by its id.

Each entry is an ``str.format`` template of the arguments its ``said(...)`` gives where the
fact is found (``{unit!r}`` quotes a value of the data). One dict per room of the source, so
that a reader finds an id near its siblings; ``CATALOGUE`` is their union.
"""

from __future__ import annotations

# the unit of measure (units.py, checks.py)
UNITS: dict[str, str] = {
    "unknown-measure": "unknown unit of measure {unit!r}; declare it under measures: in targets.yaml"
    " ({{id: {unit}, name_en: ..., dimension: ..., factor: 1}}), or use a known one (plan415x units"
    " lists them)",
    "unknown-measure-nearest": "unknown unit of measure {unit!r}; nearest known: {nearest}; declare it"
    " under measures: in targets.yaml ({{id: {unit}, name_en: ..., dimension: ..., factor: 1}}), or use"
    " a known one (plan415x units lists them)",
    "unit-mismatch": "unit {unit!r} cannot be converted to the target's unit {target_unit!r}",
}

# checks.py: the checks across files; plausibility.py: the warnings of figures
CHECKS: dict[str, str] = {
    # checks.py: the words a sentence holds (the kind of an id, a unit's name, a hint)
    "check-word-action": "action",
    "check-word-unit": "unit",
    "check-word-measure": "measure",
    "check-word-target": "target",
    "check-word-rule": "rule",
    "check-unit-id": "{key}",
    "check-unit-name-zh": "{key}",
    "check-unit-name-en": "{key}",
    "check-unit-alias": "alias",
    "check-did-you-mean": "; did you mean {nearest!r}?",
    # checks.py: the plan
    "check-duplicate-id": "the {what} id {ident!r} is used twice (first at {first})",
    "check-ambiguous-unit-name": "the {field} {name!r} of unit {unit!r} cannot be told from the {other_field}"
    " {other_name!r} of unit {other_id!r}; give each unit names of its own ({option}, rankings and imports"
    " would take one unit for the other)",
    "check-unknown-unit": "unknown responsible unit {unit!r}{hint}",
    "check-unknown-action": "unknown action {action!r}{hint}",
    "check-unknown-link": "links to unknown target {link!r}{hint}",
    "check-unknown-restates": "{field} unknown target {target!r}{hint}",
    "check-restates-restatement": "{field} {target!r}, itself a restatement of {first!r}; restate the target"
    " first written ({first!r}) instead",
    "check-years-outside-plan": "years {first_year}-{last_year} begin outside the plan's {first}-{last}",
    # checks.py: the actuals, file by file and record by record
    "check-period-outside-plan": "period {period} is outside the plan's years {first}-{last}",
    "check-duplicate-period": "{period} covers the same months as {other} ({file}); keep one of the two files",
    "check-unknown-target": "unknown target id {target!r}{hint}",
    "check-duplicate-record": "target {target!r} already has a record in this file ({first})",
    "check-as-of-out-of-range": "{field} {date} is not in {year} or {next_year}, the years a figure of"
    " {period} can date from",
    "check-outside-target-period": "target {target!r} covers {first_year}-{last_year}, not {year}",
    "check-record-after-deadline": "milestone {target!r} was due by {deadline}; a record of {period} comes"
    " after its deadline and no check would show it: {advice}",
    "check-done-after-deadline": "milestone {target!r} was due by {deadline} but is done as of {date}:"
    " judged done it would read as done in time; {advice}",
    "check-deadline-advice": "record it in {last_year}'s last file as {not_done} (it was not done in time)"
    " with the date it was done in {evidence}, or move {key} if the plan says so",
    "check-not-checked-one": "the records of {count} target not checked against the plan ({why}); fixed,"
    " they are checked",
    "check-not-checked": "the records of {count} targets not checked against the plan ({why}); fixed, they"
    " are checked",
    "check-reason": "{target!r}: {reason}",
    "check-reasons-separator": "; ",
    "check-ytd-decrease": "year-to-date {target!r} falls from {previous} ({before}, {file}) to {value}"
    " ({after}); year-to-date figures never fall within a year: {fix}",
    "check-ytd-decrease-component": "year-to-date component {part!r} of {target!r} falls from {previous}"
    " ({before}, {file}) to {value} ({after}); year-to-date figures never fall within a year: {fix}",
    "check-slip": "the likely slip is {figure} of {period}: without it the figures rise",
    "check-slip-total": "the likely slip is {figure} of {period}: it reaches last year's total {total}, as a"
    " running total since an earlier year would",
    "check-slip-unknown": "correct one of them",
    "check-missing-source": "no source: give the record a {field}, or the file a default {field}",
    "check-missing-state": "milestone {target!r} needs {field}: {done}, {pending} or {not_done}",
    "check-milestone-value": "milestone {target!r} takes a {field}, not a value",
    "check-state-not-milestone": "{field} is for {milestone}s; {target!r} is {kind}",
    "check-composite-needs-components": "composite {target!r} needs {field}: {names}",
    "check-composite-value": "a composite's value is the sum of its components; give {field} only",
    "check-unknown-component": "unknown component {name!r} of {target!r}{hint}",
    "check-negative-component": "component {name!r} cannot be negative ({value})",
    "check-missing-components": "missing components: {missing}",
    "check-components-not-composite": "{field} are for {composite} targets; {target!r} is {kind}",
    "check-missing-value": "{target!r} needs a {field}",
    "check-too-large": "value {value} {unit} is {converted} {target_unit} once converted, too large to be a"
    " figure (the limit is {limit} in magnitude)",
    "check-below": "value {value} {unit} is below the smallest valid {low} {target_unit}",
    "check-above": "value {value} {unit} is above the largest valid {high} {target_unit}",
    # plausibility.py: the warnings, by code, each followed by what to do if the figure is right
    "unit-scale": "{typed} {typed_unit} is {value} {unit}, {pct} of the year's target {target} {unit} by"
    " {period}, while {typed} {unit} would be {typed_pct}: was {typed_unit} chosen by mistake? {ack}",
    "early-exceeded": "{value} {unit} is {pct} of the year's target {target} {unit} by {period}: the whole"
    " year's target beaten in its first months; check that it is year-to-date and in {unit}; {ack}",
    "ytd-doubled": "{value} {unit} is exactly twice the {previous} of {previous_period}: was the earlier"
    " figure added again? A year-to-date figure holds it once; {ack}",
    "ytd-jump": "{value} {unit} after {previous} in {previous_period}: {new_pace} a month since, {factor}"
    " times the {pace} a month before (the limit is {limit} times); {ack}",
    "yoy-jump": "{value} {unit} is {factor} times the {last_year} of {last_period}, the same months last"
    " year (the limit is {limit} times); {ack}",
    "ytd-reaches-last-year": "{value} {unit} by {period} already reaches last year's total {last_total}"
    " {unit} ({last_period}): is it a running total since an earlier year, or last year's figure added"
    " in? A year-to-date figure counts from January of this year; {ack}",
    "part-year": "{target_id} is a full-year total, judged on figures to December only: {value} {unit} of"
    " {period} covers part of the year and is not judged; report the year's figure at its end; {ack}",
    "restatement-mismatch": "{value} {unit} for {period}, but {restated}, the target {target_id} restates,"
    " has {other} {unit} in the same file: both report the same figure, so one of the two is wrong; {ack}",
    "plausibility-ack": "if it is right, import it with {option} {code}, or add {key}: [{code}] to the record",
    "plausibility-ack-asked": "If it is right, import it with {option} {code}, or add {key}: [{code}] to the"
    " record",
    # scoring/load.py: scoring.yaml, and the names it uses checked against the plan
    "scoring-top-empty": "expected a mapping of fields at the top, got an empty file",
    "scoring-top-not-mapping": "expected a mapping of fields at the top, got a {got}",
    "scoring-type-list": "list",
    "scoring-type-str": "str",
    "scoring-type-int": "int",
    "scoring-type-float": "float",
    "scoring-type-bool": "bool",
    "scoring-unknown-field": "unknown field {name!r}{hint}",
    "scoring-expected-one-of": "; expected one of: {known}",
    "scoring-not-a-rule-type": "{field}: {tag} is not a rule type; choose from: {types}",
    "scoring-duplicate-rule": "the rule id {rule!r} is given twice",
    "scoring-reserved-id": "id: {rule!r} is reserved for the breakdown's own lines; choose another",
    "scoring-unknown": "unknown {what} {name!r}{hint}",
}

# loading.py, yamlfile.py, documents.py, fsutil.py: reading the files
LOADING: dict[str, str] = {}

# model.py, periods.py, scoring/load.py and pydantic's errors (from their type and ctx)
FIELDS: dict[str, str] = {}

# excel/: the workbook's container, reading, merging, and the lines import prints
IMPORT: dict[str, str] = {}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
