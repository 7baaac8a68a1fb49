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
CHECKS: dict[str, str] = {}

# loading.py, yamlfile.py, documents.py, fsutil.py: reading the files
LOADING: dict[str, str] = {}

# model.py, periods.py, scoring/load.py and pydantic's errors (from their type and ctx)
FIELDS: dict[str, str] = {}

# excel/: the workbook's container, reading, merging, and the lines import prints
IMPORT: dict[str, str] = {}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {
    # rules/common.py: what every rule says
    "step-stale": "stale: the figure is of {period}, older than the one owed by {checked} ({frequency}"
    " reporting, owed to {owed}); it is judged against the months owed, not its own",
    "step-stale-figure": "stale: the figure is of {period}, older than the one owed by {checked}"
    " ({frequency} reporting, owed to {owed})",
    "step-whole-owed": "in whole items (整项计): {target} × {schedule}% = {exact}, rounded down: {expected}"
    " of {target} owed by now",
    "step-whole-allowed": "in whole items (整项计): {target} × {schedule}% = {exact}, rounded up: {expected}"
    " of {target} allowed by now",
    "step-items-light-owed": "the light by whole items (整项计), before the deadline: {expected} owed by now,"
    " {actual} reached, {short} short: {status}",
    "step-items-light-allowed": "the light by whole items (整项计), before the deadline: {expected} allowed by"
    " now, {actual} used, {short} over: {status}",
    "step-completion": "completion = actual / target = {actual} / {target} {unit} = {done}%",
    "step-still-needed": "still needed = {remaining} {unit} over {left} months = {needed} {unit}/month",
    "step-schedule": "schedule (序时进度) = {done}/{total} months = {schedule}%",
    "step-span-elapsed": "time elapsed of the span (时间进度) = {done}/{total} months = {schedule}%",
    "step-planned-schedule": "planned schedule (计划进度, the target's profile) at month {month} = {schedule}%",
    "step-expected": "expected by now = {target} × {schedule}% = {expected} {unit}",
    "step-forecast": "forecast at this pace = {actual} / {schedule}% = {forecast} {unit}",
    "step-exceeded": "{comparator} {target} {unit} is exceeded: {status}",
    "step-over": "{actual} is over the target {target} by more than its tolerance ±{tolerance}: over the"
    " target, not behind",
    "step-within-tolerance": "|{actual} − {target}| ≤ {tolerance}: within the tolerance: achieved",
    "step-met": "{actual} {comparator} {target}: the target is met: achieved",
    "step-final-owed": "the period checked is the last chance, but the latest figure is of {period}: the"
    " final figure is owed",
    "step-missed": "the period checked is the last chance and {actual} {comparator} {target} is not met:"
    " missed",
    "step-no-interim-pace": "no interim pace (judged at the deadline only): not_due",
    "step-gap-used": "gap = used − schedule = {done} − {schedule} = {gap}",
    "step-gap": "gap = schedule − completion = {schedule} − {done} = {gap}",
    "step-thresholds": "points (ahead: ≥{ahead} above; watch: ≤{watch} below; behind: ≤{behind} below;"
    " off_track: further): {status}",
    "step-no-figure": "{what}: {status}",
    "step-none-owed-yet": "{what} ({frequency} reporting: none owed yet): {status}",
    "step-latest-figure": "latest figure ({period}) = {value} {unit}",
    "step-undefined": "the plan's text lost the target's figure (see its note): undefined in every period",
    # engine.py: a target before its first year
    "step-starts-in": "starts in {year}",
    # rules/flow.py, rules/cumulative.py
    "step-no-figure-for-year": "no figure for {year} yet",
    "step-year-to-date": "year-to-date actual ({period}) = {value} {unit}",
    "step-no-figure-in-span": "no figure since the span began",
    "step-no-running-total": "no figure for {year}: the running total cannot be formed",
    "step-counted-to": "{year} is counted to {period} only",
    "step-year-total": "{year}: {value} {unit} ({period})",
    "step-running-total": "running total since {year} = {total} {unit}",
    # rules/level.py
    "step-no-figure-yet": "no figure reported yet",
    "step-no-full-year-figure": "no full-year figure reported yet",
    "step-part-year": "a full-year total: the figure of {period} ({value} {unit}) covers part of the year"
    " and is not judged",
    "step-latest-level": "latest level ({period}) = {value} {unit}",
    "step-level-due": "due by the end of {year}: {comparator} {target} {unit}",
    "step-path": "path from the baseline {base} (end of {year}): completion = ({actual} − {base}) /"
    " ({target} − {base}) = {done}%",
    "step-level-schedule": "schedule = {done}/{total} months = {schedule}%; expected = {expected} {unit}",
    "step-level-whole-items": "in whole items (整项计): {expected} {unit} owed by now",
    "step-zero-target": "a zero target gives no ratio",
    "step-level-completion": "completion = {actual} / {target} = {done}% of the level due",
    "step-within-ceiling": "a level of {actual} is within the ceiling {target}: completion {done}%",
    "step-ceiling-completion": "completion = ceiling / level = {target} / {actual} = {done}%",
    "step-level-final-owed": "the deadline period is the last chance, but the latest figure is of {period}:"
    " the final figure is owed",
    "step-level-over": "{actual} is over the level {target} by more than its tolerance ±{tolerance}: over"
    " the target, not behind",
    "step-exact-exceeded": "== {target} {unit} is exceeded: {status}",
    "step-level-met": "{actual} {comparator} {target}: the level is reached: achieved",
    "step-level-missed": "the deadline period is the last chance and {actual} {comparator} {target} is not"
    " met: missed",
    "step-judged-when-due": "judged when due (pace deadline, no baseline): not_due until the end of {year};"
    " {remaining} {unit} to go",
    "step-zero-target-not-assessable": "a zero target gives no ratio: not_assessable",
    "step-level-gap": "gap = {schedule} − {done} = {gap} points: {status}",
    # rules/growth.py
    "step-no-growth-for-year": "no growth rate for {year} yet",
    "step-growth": "year-to-date growth ({period}) = {rate}%",
    "step-growth-final-owed": "the year-end period is the last chance, but the latest rate is of {period}:"
    " the final rate is owed",
    "step-growth-year-end": "year-end rate {rate}% against the target {comparator} {target}% (rates are"
    " never pro-rated): {status}",
    "step-growth-gap": "gap = {gap} points between the target {comparator} {target}% and the actual {rate}%"
    " (rates are never pro-rated): {status}",
    # rules/relative.py
    "step-actual": "actual ({period}) = {value}",
    "step-no-reference": "no reference value given: not_assessable",
    "step-required": "required = reference × (1 + {rate}%) = {reference} × {factor} = {required}",
    "step-reference-not-positive": "a reference ≤ 0 gives no ratio: not_assessable",
    "step-relative-completion": "completion = {actual} / {required} = {done}%: {status}",
    # rules/directional.py
    "step-actual-in-unit": "actual ({period}) = {value} {unit}",
    "step-same-months-last-year": "compared with the same months of last year ({period})",
    "step-no-previous": "no previous value to compare with: not_assessable",
    "step-change": "change = {value} − {reference} = {change} ({direction} wanted): {status}",
    # rules/milestone.py
    "step-due-by": "due by the end of {year}",
    "step-due-last-chance": "due by the end of {year} (the last chance)",
    "step-no-report": "no report yet: {status}",
    "step-reported": "reported {state} ({period}): {status}",
    "step-reported-evidence": "reported {state} ({period}) — {evidence}: {status}",
    "step-stale-state": "stale: the state is of {period}, older than the one owed by {checked} ({frequency}"
    " reporting, owed to {owed}); a stale state is never green: watch at most",
    "step-stale-state-owed": "stale: the state is of {period}, older than the one owed by {checked}"
    " ({frequency} reporting, owed to {owed}); the state at the deadline is owed",
    # rules/monitor.py
    "step-monitoring-no-figure": "no figure for {year} yet; monitoring only, never judged",
    "step-monitoring": "monitoring only: shown and explained, never judged",
}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
