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
    "scoring-type-bool": "bool{values:.0}",
    "scoring-unknown-field": "unknown field {name!r}{hint}",
    "scoring-expected-one-of": "; expected one of: {known}",
    "scoring-not-a-rule-type": "{field}: {tag} is not a rule type; choose from: {types}",
    "scoring-duplicate-rule": "the rule id {rule!r} is given twice",
    "scoring-reserved-id": "id: {rule!r} is reserved for the breakdown's own lines; choose another",
    "scoring-unknown": "unknown {what} {name!r}{hint}",
}

# loading.py, yamlfile.py, documents.py, fsutil.py: reading the files
LOADING: dict[str, str] = {
    "file-top-empty": "expected a mapping of fields at the top, got an empty file",
    "file-top-not-mapping": "expected a mapping of fields at the top, got a {type}",
    "file-python-list": "list",
    "file-python-str": "str",
    "file-python-int": "int",
    "file-python-float": "float",
    "file-python-bool": "bool",
    "file-period-mismatch": "the file says period {period} but is named {name}; they must agree",
    "file-name-not-period": "the file name {name!r} is not a period; name it after its period, e.g."
    " {period}.yaml",
    "file-not-checked": "its records were not checked against the plan (targets, units, duplicates):"
    " the problems of the file's period or source come first; fixed, they are checked",
    "file-actuals-not-checked": "the figures of actuals/ were not checked against the plan: its problems"
    " outside targets: come first; fixed, they are checked",
    "file-reason-definition": "its definition, targets[{i}], has a problem",
    "file-reason-unit": "its unit {unit!r} is unknown or declared twice",
    "file-reason-id-twice": "its id is used twice in targets.yaml",
    "file-not-read-folder": "not read: a folder; the figures of each period go in actuals/<PERIOD>.yaml",
    "file-not-read-case": "not read: data files end in {suffix} (lower case)",
    "file-not-read-other": "not read: data files end in .yaml; move other files out of actuals/",
    "file-list-failed": "cannot list the folder: {reason}",
    "file-list-broken-link": "cannot list the folder: a broken link",
    "file-actuals-a-file": "a file, not a folder: the figures of each period go in actuals/<PERIOD>.yaml",
    "file-read-folder": "a folder, not a file",
    "file-read-fifo": "a named pipe (FIFO), not a file",
    "file-read-device": "a device, not a file",
    "file-read-socket": "a socket, not a file",
    "file-read-special": "a special file, not a file",
    "file-too-large": "the file is {size} bytes; the limit is {limit}",
    "file-grew-too-large": "the file grew past the limit of {limit} bytes while read",
    "file-read-failed": "cannot read the file: {reason}",
    "file-lock-timeout": "another plan415x import has held {path} for over {seconds} s; try again once it"
    " has finished (if none is running, delete that file)",
    "file-control-in-file": "{char} in the file; control characters, line separators and bidirectional"
    " overrides are refused (they can rewrite a terminal or a CI log, or show text other than it"
    " holds)",
    "file-not-xml-in-file": "{char} in the file; noncharacters and lone surrogates are refused (XML cannot"
    " hold them: no workbook, template or .docx could be written with one)",
    "file-control-in-text": "the text holds {char}; control characters, line separators and bidirectional"
    " overrides are refused (they can rewrite a terminal or a CI log, or show text other than it"
    " holds)",
    "file-not-xml-in-text": "the text holds {char}; noncharacters and lone surrogates are refused (XML"
    " cannot hold them: no workbook, template or .docx could be written with one)",
    "file-not-utf8-gbk": "the file is not UTF-8 (byte 0x{byte}). It looks like GBK/GB18030 (as saved by"
    " Excel or Notepad on Chinese Windows). Save it as UTF-8.",
    "file-not-utf8": "the file is not UTF-8 (byte 0x{byte}). Save it as UTF-8.",
    "file-nul-bytes": "the file holds NUL bytes: it is not a text file",
    "file-utf16": "the file is UTF-16; save it as UTF-8",
    "file-tag-refused": "the tag {tag!r} is refused: data files hold plain values, without YAML tags;"
    " write the value without it (quote text, write numbers, dates and true/false as they are)",
    "file-too-deep-brackets": "brackets nest deeper than {depth} levels",
    "file-alias-bomb": "anchors and aliases expand to more than {limit} values; refused",
    "file-nested-too-deeply": "the file is nested too deeply to be data",
    "file-value-unreadable": "a value cannot be read: {error}",
    "file-key-twice": "the key {key!r} is given twice in one mapping (first at line {line}); the second"
    " would silently replace the first",
    "file-exponent-text": "{value} is read as text, not a number, by YAML 1.1 (its exponent needs a"
    " decimal point and a sign); write the number in digits ({digits}) or as {exponent}, or quote it"
    " if it is text",
    "file-not-plain-decimal": "{value!r} is not a plain decimal number (YAML would read it as octal,"
    " hexadecimal, sexagesimal or with separators); write the number in decimal digits, or quote it"
    " if it is text",
    "file-not-a-date": "{value!r} is not a valid date ({error})",
    "file-yaml-error": "{error}",
    "file-yaml-tabs": "{error} (YAML does not allow tabs for indentation; use spaces)",
    "file-yaml-invalid": "invalid YAML",
    "file-quote-hint": "{error}; line {number}: a value that begins with a quote must end with it; to keep"
    " the quotes inside the text, quote the whole value: {key} {value}",
    "file-quote-hint-block": "{error}; line {number}: a value that begins with a quote must end with it;"
    " write the value as a block (key: |-, the text on the next line)",
}

# model.py, periods.py, scoring/load.py and pydantic's errors (from their type and ctx)
FIELDS: dict[str, str] = {
    "field-missing": "missing required field {name!r}",
    "field-unknown": "unknown field {name!r}",
    "field-unknown-close": "unknown field {name!r}; did you mean {close!r}?",
    "field-unknown-known": "unknown field {name!r}; expected one of: {known}",
    "field-invalid": "{name}: {detail}",
    "field-invalid-got": "{name}: {detail} (got {value})",
    "field-invalid-close": "{name}: {detail}; did you mean {close!r}?",
    "field-invalid-written": "{name}: {detail}; {given} is written {word!r}",
    "field-shown-cut": "{quoted}…({size} characters)",
    "field-choices-last": "{choice} or {last}",
    "field-choices-more": "{choice}, {more}",
    "field-clauses": "{first}; {more}",
    "field-pydantic-bool-type": "input should be true or false",
    "field-pydantic-bool-parsing": "input should be true or false, unable to interpret input",
    "field-pydantic-date-from-datetime-inexact": "datetimes provided to dates should have zero time - e.g."
    " be exact dates",
    "field-pydantic-date-type": "input should be a valid date",
    "field-pydantic-date-from-datetime-parsing": "input should be a valid date or datetime, {reason}",
    "field-pydantic-date-parsing": "input should be a valid date in the format YYYY-MM-DD, {reason}",
    "field-pydantic-dict-type": "input should be a mapping (key: value)",
    "field-pydantic-model-type": "input should be a mapping (key: value) or instance of {model}",
    "field-pydantic-model-attributes-type": "input should be a mapping (key: value) or object to extract"
    " fields from",
    "field-pydantic-choice": "input should be {expected}",
    "field-pydantic-finite-number": "input should be a finite number",
    "field-pydantic-float-type": "input should be a number",
    "field-pydantic-float-parsing": "input should be a number, unable to parse string as a number",
    "field-pydantic-greater-than": "input should be greater than {limit}",
    "field-pydantic-greater-than-equal": "input should be greater than or equal to {limit}",
    "field-pydantic-less-than": "input should be less than {limit}",
    "field-pydantic-less-than-equal": "input should be less than or equal to {limit}",
    "field-pydantic-int-type": "input should be a whole number",
    "field-pydantic-int-from-float": "input should be a whole number, got a number with a fractional part",
    "field-pydantic-int-parsing": "input should be a whole number, unable to parse string as an integer",
    "field-pydantic-int-parsing-size": "unable to parse input string as an integer, exceeded maximum size",
    "field-pydantic-list-type": "input should be a list",
    "field-pydantic-string-type": "input should be text",
    "field-pydantic-string-pattern-mismatch": "string should match pattern '{pattern}'",
    "field-pydantic-string-too-short": "string should have at least {limit} characters",
    "field-pydantic-string-too-short-1": "string should have at least 1 character",
    "field-pydantic-string-too-long": "string should have at most {limit} characters",
    "field-pydantic-string-too-long-1": "string should have at most 1 character",
    "field-pydantic-too-short": "tuple should have at least {limit} items after validation, not {actual}",
    "field-pydantic-too-short-1": "tuple should have at least 1 item after validation, not {actual}",
    "field-pydantic-too-long": "tuple should have at most {limit} items after validation, not {actual}",
    "field-pydantic-too-long-1": "tuple should have at most 1 item after validation, not {actual}",
    "field-pydantic-union-tag-not-found": "unable to extract tag using discriminator {tag}",
    "field-pydantic-other": "{text}",
    "field-number-true-false": "expected a number, got true/false",
    "field-number-full-width": "{value} uses full-width digits or punctuation; type the number with ASCII digits",
    "field-number-magnitude": "{value} mixes a number with a Chinese magnitude; write the plain number in"
    " the record's unit (e.g. 1.35万吨标煤 -> value: 1.35, unit: 万吨标煤)",
    "field-number-separators": "{value} has thousands separators; write it without commas or quotes",
    "field-number-text": "expected a number, got the text {value}; write a plain decimal number, without quotes",
    "field-number-not-finite": "expected a finite number, got NaN or infinity",
    "field-number-too-large": "{value} is too large to be a figure (the limit is 1e15 in magnitude)",
    "field-text-not-xml": "holds U+{code}, a noncharacter or a lone surrogate, which XML cannot hold; remove it",
    "field-text-control": "holds the control character U+{code}; remove it (only a newline or a tab is"
    " allowed, and only in multi-line fields such as note)",
    "field-line-tab": "holds a tab; this field is one line",
    "field-line-break": "holds a line break; this field is one line",
    "field-state-choice": "input should be 'done', 'pending' or 'not_done' (or 已完成, 推进中, 未完成)",
    "field-years-reversed": "last_year is before first_year",
    "field-thresholds-order": "behind must be at least watch",
    "field-tolerance-one": "give one of absolute or relative_pct",
    "field-target-one-year-span": "a one_year target has first_year == last_year",
    "field-target-needs-value": "a {kind} target needs value (null, with a note, where the text lost it)",
    "field-target-monitor-value": "a monitor indicator has no target value (it is never judged)",
    "field-target-value-note": "a target without a value needs a note saying why",
    "field-target-tolerance": "a tolerance belongs to comparator approx (左右)",
    "field-target-restates": "restates names another target, and not one of its links",
    "field-target-needs-unit": "a {kind} target needs a unit",
    "field-target-composite-components": "a composite target needs at least two components",
    "field-target-composite-basis": "a composite target needs basis: annual, one_year or cumulative",
    "field-target-components-composite": "components and basis belong to composite targets only",
    "field-target-direction": "a directional target needs direction: increase or decrease",
    "field-target-full-year-kind": "full_year is for level and share targets (a flow's figures are year-to-date)",
    "field-target-full-year-frequency": "a full_year target is reported once a year: frequency annual, or none",
    "field-target-pace-always": "pace: always is for level and share targets",
    "field-target-linear-baseline": "a level paced linearly needs a baseline to draw its path from",
    "field-target-baseline-year": "the baseline's year must come before last_year (the year the level is due)",
    "field-target-profile-pace": "pace: profile and a profile of 12 monthly shares go together",
    "field-target-profile-length": "a profile has 12 monthly cumulative shares",
    "field-target-profile-rises": "a profile rises month by month from 0 to 100",
    "field-exemption-names": "an exemption names a target, a unit or both",
    "field-period-month": "{text!r}: the month must be 01 to 12",
    "field-period-not": "{text!r} is not a period; write 2023 (year), 2023H1 (half), 2023Q2 (quarter) or"
    " 2023-05 (month)",
    "field-period-spelling": "{text!r} is not a period as plan415x writes it; write {meant}",
    "field-period-other-digit": "{text!r} has the digit {digit!r} (U+{code}) of another script; write the"
    " period in the digits 0-9, e.g. 2023Q2",
}

# excel/: the workbook's container, reading, merging, and the lines import prints
IMPORT: dict[str, str] = {}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
