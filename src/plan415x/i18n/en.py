"""The English catalogue: every sentence the program says, keyed by its id.

Each entry is an ``str.format`` template of the arguments its ``said(...)`` gives where the
fact is found (``{unit!r}`` quotes a value of the data). One dict per room of the source, so
that a reader finds an id near its siblings; ``CATALOGUE`` is their union.
"""

from __future__ import annotations

# the unit of measure (units.py, checks/)
UNITS: dict[str, str] = {
    "unknown-measure": "unknown unit of measure {unit!r}; declare it under measures: in targets.yaml"
    " ({{id: {unit}, name_en: ..., dimension: ..., factor: 1}}), or use a known one (plan415x units"
    " lists them)",
    "unknown-measure-nearest": "unknown unit of measure {unit!r}; nearest known: {nearest}; declare it"
    " under measures: in targets.yaml ({{id: {unit}, name_en: ..., dimension: ..., factor: 1}}), or use"
    " a known one (plan415x units lists them)",
    "unit-mismatch": "unit {unit!r} cannot be converted to the target's unit {target_unit!r}",
}

# checks/: the checks across files; plausibility.py: the warnings of figures
CHECKS: dict[str, str] = {
    # checks/words.py: the words a sentence holds (the kind of an id, a unit's name, a hint)
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
    # checks/plan.py: the plan
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
    # checks/actuals.py: the actuals, file by file and record by record
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
IMPORT: dict[str, str] = {
    # excel/container.py: the file, before any XML parser reads it
    "import-unsafe-reader": "openpyxl is not reading XML through defusedxml (not installed, or"
    " OPENPYXL_DEFUSEDXML=False): refusing to read a workbook from outside",
    "import-cannot-read": "cannot read the file: {reason}",
    "import-too-large": "the file is {size} bytes; the limit is {limit}",
    "import-old-xls": "this is an old .xls workbook (or an encrypted one): save it as .xlsx"
    " (Excel workbook) without a password",
    "import-format-xls": "an Excel 97-2003 workbook (.xls), which plan415x does not read: save it as"
    " .xlsx (Excel workbook) and import that file",
    "import-format-et": "a WPS Spreadsheets file (.et), which plan415x does not read: in WPS, save it"
    " as .xlsx (Excel workbook) and import that file",
    "import-format-xlsm": "a macro-enabled workbook (.xlsm), which plan415x does not read: save it"
    " as .xlsx (Excel workbook, without macros) and import that file",
    "import-format-xlsb": "a binary workbook (.xlsb), which plan415x does not read: save it as .xlsx"
    " (Excel workbook) and import that file",
    "import-format-ods": "an OpenDocument spreadsheet (.ods), which plan415x does not read: save it"
    " as .xlsx (Excel workbook) and import that file",
    "import-format-csv": "a CSV file, which plan415x does not read: fill in the template and save it"
    " as .xlsx (Excel workbook)",
    "import-skipped-folder": "{folder}: a folder inside the folder imported, not read (name it to"
    " import the workbooks in it)",
    "import-not-zip": "not an xlsx workbook (an xlsx file is a zip archive; this is not one)",
    "import-no-content-types": "a zip archive but not an xlsx workbook (no [Content_Types].xml)",
    "import-too-many-parts": "the archive holds {count} parts; refused",
    "import-unpacks-too-large": "the workbook would unpack to {total} bytes (limit {limit}); refused",
    "import-zip-bomb": "part {part} is compressed {ratio} to 1 (limit {limit}): a zip bomb, refused",
    "import-doctype": "part {part} declares a DOCTYPE or entities (entity expansion); workbooks"
    " never need one: refused",
    "import-strict-xlsx": "a Strict Open XML Spreadsheet, which plan415x does not read: open it"
    " in Excel and save it as a normal .xlsx (Save As > Excel Workbook), then import that file",
    "import-does-not-unpack": "the workbook is damaged and cannot be read (a compressed part does"
    " not unpack)",
    "import-damaged": "the workbook is damaged and cannot be read ({error})",
    "import-unreadable": "the workbook cannot be read ({error})",
    # excel/reading.py, hidden.py, rows.py: the hidden sheet, the sheets and every cell
    "import-xml-entities": "the workbook cannot be read (it declares XML entities, which are refused)",
    "import-missing-sheet-of-unit": "the template's sheet {title!r} (unit {unit}) is missing: it"
    " was renamed or deleted; give it back its name, or fill in a fresh template",
    "import-missing-sheet": "the template's sheet {title!r} is missing: it was renamed or"
    " deleted; give it back its name, or fill in a fresh template",
    "import-refused-value": "{refusal}",
    "import-other-sheet-head-renamed": "sheet {title!r} is not one of the template's sheets but"
    " holds the template's header row; its figures would not be imported: if it is the template's"
    " sheet {named} renamed, give it back that name",
    "import-other-sheet-head-added": "sheet {title!r} is not one of the template's sheets but"
    " holds the template's header row; its figures would not be imported: put them on their unit's"
    " sheet and delete this one (a copy, or a sheet added)",
    "import-other-sheet-target-renamed": "sheet {title!r} is not one of the template's sheets but"
    " holds target {target!r}; its figures would not be imported: if it is the template's sheet"
    " {named} renamed, give it back that name",
    "import-other-sheet-target-added": "sheet {title!r} is not one of the template's sheets but"
    " holds target {target!r}; its figures would not be imported: put them on their unit's sheet"
    " and delete this one (a copy, or a sheet added)",
    "import-no-hidden-sheet": "not a plan415x template (it has no hidden sheet _plan415x); make"
    " one with plan415x template PERIOD -o FILE.xlsx",
    "import-hidden-sheet-changed": "not a plan415x template (its hidden sheet _plan415x was changed)",
    "import-template-version": "the template has layout version {version}; this plan415x reads"
    " version {ours}: make a new template",
    "import-other-plan": "the template is for plan {plan}, the data folder holds plan {ours!r}",
    "import-period-outside-plan": "period {period} is outside the plan's years {first}-{last}",
    "import-meta-edited": "the hidden sheet _plan415x was edited after the template was made (its"
    " digest does not match its plan, period and units): its figures could be imported for another"
    " unit or period; fill in a fresh template",
    "import-meta-unknown-unit": "the hidden sheet _plan415x gives sheet {title!r} to unit"
    " {unit!r}, which is not a unit of the plan; fill in a fresh template",
    "import-title-mismatch": "the sheet's title names {named_unit!r} for {named_period}, the"
    " hidden sheet _plan415x gives it to {holder!r} for {period}: its figures would be imported"
    " for another unit or period; fill in a fresh template",
    "import-not-a-worksheet": "not a worksheet: fill in a fresh template",
    "import-header-changed": "the header row is not the template's ({heads}); columns were moved,"
    " added or renamed: fill in a fresh template",
    "import-too-many-rows": "a value in row {row}: a sheet holds at most {limit} rows of targets"
    " (rows {first}-{last}); refused",
    "import-formula": "a formula ({formula}); enter the figure itself, formulas are not imported",
    "import-no-target-id": "figures in a row without a target id",
    "import-not-a-target-id": "{given} is not a target id",
    "import-unknown-target-close": "unknown target id {target!r}; did you mean {close!r}?",
    "import-unknown-target": "unknown target id {target!r}",
    "import-not-due": "target {target!r} is not due in {period}",
    "import-component-needed-got": "composite {target!r} needs a component id here, one of:"
    " {known} (got {got!r})",
    "import-component-needed": "composite {target!r} needs a component id here, one of: {known}",
    "import-no-components": "{target!r} has no components",
    "import-component-twice": "{target} {component} is also at {first}",
    "import-target-twice": "{target} is also at {first}",
    "import-percent-format": "the cell is formatted as a percentage, so it holds {held}, not"
    " {meant}; clear the % format and enter the plain number",
    "import-merged": "cells {cells} are merged, so all but the first read as blank; unmerge them"
    " and fill in each row's own cells",
    "import-first-row-only": "{head} is given on the component's first row only; leave it blank",
    "import-not-applicable": "{head} does not apply to {target!r} ({kind}); leave it blank",
    "import-component-negative": "component {component!r} cannot be negative ({value})",
    "import-missing-value": "blank required cell: {target!r} needs a value (other cells of the"
    " row are filled)",
    "import-missing-state": "blank required cell: milestone {target!r} needs a state",
    "import-invalid-state": "state {state!r}: choose done, pending or not_done",
    "import-unit-mismatch": "unit {unit!r} cannot be converted to {target_unit}; choose one of: {choices}",
    "import-not-a-date": "expected a date such as 2023-06-30, got {given}",
    "import-too-long": "{length} characters; the limit is {limit}",
    "import-missing-component-value": "blank required cell: component {component!r} of {target!r}"
    " needs a value",
    "import-missing-component-row": "no row for component {component!r} of {target!r}; fill in a"
    " fresh template",
    "import-boolean": "expected a number, got TRUE/FALSE",
    "import-not-finite": "expected a finite number",
    "import-too-large-a-figure": "{value} is too large to be a figure (the limit is 1e15 in magnitude)",
    "import-date-not-number": "expected a number, got a date ({date}); format the cell as a number",
    "import-text-full-width": "expected a number, got the text {text}; it uses full-width digits;"
    " type the number with ASCII digits",
    "import-text-magnitude": "expected a number, got the text {text}; it mixes a number with a"
    " Chinese magnitude; enter the plain number in the row's unit",
    "import-text-thousands": "expected a number, got the text {text}; it has thousands"
    " separators; enter the number without commas",
    "import-text-percent": "expected a number, got the text {text}; enter the percentage as a"
    " number without %, e.g. 12.5",
    "import-text-approximate": "expected a number, got the text {text}; an approximate figure:"
    " enter the figure itself ({figure}?)",
    "import-text-number": "expected a number, got the text {text}; the cell holds text, not a"
    " number: format the cell as a number and retype it",
    "import-text": "expected a number, got the text {text}; enter a number",
    "import-above-valid": "value {value} {unit} is above the largest valid {high} {target_unit}",
    "import-below-valid": "value {value} {unit} is below the smallest valid {low} {target_unit}",
    # excel/merging.py: the merge into actuals/
    "import-not-a-folder": "not a folder; the figures go into {path}: move the file {folder} away",
    "import-cannot-lock": "cannot lock the folder: {reason}",
    "import-cannot-create": "cannot create the folder: {reason}",
    "import-cannot-write": "cannot write the file: {reason}",
    "import-conflict": "{target}: {new} here, but {file} already holds {old}; give --force to replace it",
    # the lines import prints about what it did
    "import-nothing-filled": "nothing to import: no figures are filled in on {file}",
    "import-note-other-sheet": "note: sheet {title!r} is not one of the template's sheets; it"
    " holds no target rows and was not read",
    "import-note-no-digest": "note: the template has no digest of its hidden sheet (made by an"
    " earlier plan415x): its units and period were checked against each sheet's title only; use a"
    " new template next time",
    "import-note-accept-unused": "note: --accept {accept} matched no warning of {file}",
    "import-accepted": "accepted {codes} for {target}: recorded as checked: [{checked}]",
    "import-note-illustrative": "note: {actuals} is marked illustrative: true, so these figures"
    " are reported as illustrative",
    "import-note-rewritten": "note: {actuals} was rewritten in full; its comments were not kept",
    "import-replaced": "replaced {count} figure(s) already in {actuals} (--force)",
    # the sentences of a merge and the clauses they hold (a count with its plural, a figure's
    # reference, a long value cut)
    "import-done": "imported {file} into {actuals}: {summary}",
    "import-dry-run-create": "dry run: would create {actuals} from {file} ({summary}); nothing written",
    "import-dry-run-update": "dry run: would update {actuals} from {file} ({summary}); nothing written",
    "import-nothing-new": "nothing to write: every figure in {file} is already in {actuals} ({summary})",
    "import-summary": "{added} added, {unchanged} unchanged, {replaced} replaced",
    "import-summary-warned": "{added} added, {unchanged} unchanged, {replaced} replaced, {warnings}",
    "import-warnings-one": "{count} warning",
    "import-warnings": "{count} warnings",
    "import-left-out": "{count} refused cell(s) of {file} left out (--accept-valid): its other figures"
    " were taken; the 回执 lists the cells to correct and send again",
    "import-refused": "{problems} in {file}; nothing was written",
    "import-refused-strict": "{problems} in {file}; nothing was written (--strict: plausibility"
    " warnings are errors)",
    "import-problems-one": "{count} problem",
    "import-problems": "{count} problems",
    "import-conflicts": "{figures} in {file} differ from {actuals}; nothing was written (--force"
    " replaces them)",
    "import-figures-one": "{count} figure",
    "import-figures": "{count} figures",
    "import-figure-reference": "{figure} (reference {reference})",
    # the last line of an import of several workbooks
    "import-batch-taken": "batch: {count} workbook(s), none refused",
    "import-batch-refused": "batch: {count} workbook(s), some refused (see above)",
}

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
    # reports/explain.py: the lines around a target's steps
    "explain-clause": "  clause   {clause}: {text}",
    "explain-kind": "  kind     {kind}",
    "explain-kind-basis": "  kind     {kind} (basis {basis})",
    "explain-target": "  target   {comparator} {value} {unit}, {years}, hedge {hedge}, pace {pace}",
    "explain-units": "  units    {units}",
    "explain-thresholds": "  thresholds  ahead ≥{ahead} · watch ≤{watch} below · behind ≤{behind} below",
    "explain-reported-own": "  reported {frequency} (the target's own)",
    "explain-reported-default": "  reported {frequency} (the plan's default)",
    "explain-whole-items": "  owed in whole items (rounded down)",
    "explain-tolerance-default": "  tolerance ±{pct}% of the target (the plan's default)",
    "explain-tolerance-default-items": "  tolerance ±{pct}% of the target, at least 1{unit} (the plan's default)",
    "explain-tolerance": "  tolerance ±{width}{unit}",
    "explain-tolerance-share": "  tolerance ±{pct}% of the target",
    "explain-restates": "  restates {target}: judged and shown; the two count once, by the worse judgement",
    "explain-note": "  note     {note}",
    "explain-rule": "Rule:",
    "explain-figures": "Figures up to {period} ({months}):",
    "explain-no-figures": "  none",
    "explain-figure": "  {period}: {value} {unit}  — {source}{tag}",
    "explain-state": "  {period}: {state} {unit}  — {source}{tag}",
    "explain-illustrative-tag": " [illustrative]",
    "explain-record-note": "      note: {note}",
    "explain-not-shown": "Not shown in {period}: the target covers {first}-{last}.",
    "explain-steps": "Steps:",
    "explain-caveat": "  caveat: {caveat}",
    "explain-status": "Status: {status} ({label}), light {light}",
    "explain-counted-once": "Counted once with {others}, by the worse judgement of the two: {who} ({status})",
    "explain-this-one": "this one",
    "explain-previous": "Previous period: {status}",
    "explain-illustrative": "NOTE: rests on ILLUSTRATIVE sample figures, not official statistics.",
    # each kind's formula (rules/: its FORMULA), what docs/rules.md and explain show
    "rule-annual": """{kind}: a flow counted from January, judged against the year's target.

completion = year-to-date actual / the year's target;
schedule (序时进度) = months / 12: the share of time, never rewritten by rounding (15家 at
1-6月: 50%, not ⌊7.5⌋/15 = 46.7%); a monthly profile declared in the data ({profile}) is
another quantity, the target's planned schedule, and is called so (计划进度, 90%(计划));
gap = schedule − completion, in points (positive: behind); the status follows the thresholds.
Counts of whole items (个, 家, 项) are owed in whole items: ⌊target × schedule⌋ items owed by
now (应完成7家), which before the year end cap the light (整项计): the light is never worse than
the items owed would give (a share of the target judged by the same thresholds), and a single
item short of those owed is watch at most; so one item a year is owed only in December. Such a
row says so (差1家, 整项计); its schedule and gap stay the share of time.
The months are the figure's own when it is the latest owed (a quarterly figure is never judged
against a later month's schedule); a figure older than the one owed by the reporting frequency
is stale and is judged against the months owed. The year-end period is the last chance: what is
not met there is missed, and a figure from before December cannot be judged there (no_data).""",
    "rule-cumulative": """{kind}: a running total from the start of the target's span to its deadline.

running total = Σ the final year-to-date figure of each past year + this year's latest;
schedule = months elapsed since the span began / months in the span (pace linear), the share of
the span's time, labelled with its years (时间进度(2023-2027年) 30%: not this year's 序时进度),
or the deadline only (pace deadline); then as for annual flows: completion, gap, status, the
items owed capping the light for counts, stale figures judged at the months owed. Every output
says since when the total runs and this year's part (2023年以来累计696家(其中今年1-6月新增260家)),
never 1-6月累计. Spreading a multi-year total evenly is a choice, not a rule: the data can
change it per target. The deadline period is the last chance: what is not met there is missed.""",
    "rule-level": """{kind}: the latest level (or ratio) against the level due by the deadline.

Met (by the comparator; approx within its tolerance): achieved. Otherwise by the pace:
- linear, along the path from a baseline: completion = (actual − baseline) / (target − baseline),
  schedule = months since the baseline / months from the baseline to the deadline (the share of
  that span's time, labelled with its years), expected = baseline + (target − baseline) ×
  schedule (for counts: rounded down to whole items, which cap the light as for flows),
  shortfall = max(expected − actual, 0);
- always (a level to hold at every period): completion = actual / target against 100%;
- deadline (the default without a baseline): not_due until the end of the year it is due (no
  schedule and no gap: the distance still to go is shown), then completion = actual / target.
For a ceiling (<=, <) completion is target / actual. A figure older than the one owed by the
reporting frequency is stale: the path is read at the months owed. The deadline period is the
last chance: a level not reached there is missed, and a stale figure cannot be judged (no_data).

A full-year total (``{full_year}``: 产值, 集群规模, a year's value added per mu) is judged
only on figures of periods ending in December: a later part-year figure (1-6月) is shown in the
steps and not judged; the latest year's figure is judged as above, reported once a year
(frequency annual: owed each December, stale when last year's is missing), and with no year's
figure yet the target is no_data or not_due as any level without a figure.""",
    "rule-growth": """{kind}: year-to-date growth (累计同比, %) against the target rate, never pro-rated.

gap = target rate − actual rate, in points (positive: behind; for a ceiling on growth, actual −
target); the status follows the rate thresholds. The year-end period is the last chance: a
year-end rate that meets the target is achieved, one that does not is missed, and a rate from
before December cannot be judged there (no_data). A rate older than the one owed is stale.""",
    "rule-relative": """{kind}: the actual against a reference raised by the target's percentage.

required = reference × (1 + target% / 100), e.g. 10% above last year's provincial average;
completion = actual / required; schedule 100%; gap = 100 − completion; met (approx: within its
tolerance, or over it): achieved. Without the reference value nothing can be said:
not_assessable. The deadline period (the end of last_year) is the last chance: not met there is
missed, and a figure older than the one owed there cannot be judged (no_data).""",
    "rule-milestone": """{kind}: done / pending / not_done against the deadline (the end of last_year).

done: achieved. Before the deadline: pending (under way) is on_track, not_done (not begun) is
watch, and no report is not_due. A state is a figure like any other: one older than the one owed
by the reporting frequency is stale (※), and a stale state is never green: pending reported
months ago says nothing of the work now, so it is watch at most (not_done stays watch) until a
state is reported again. done is never stale: what is done stays done. The deadline period is
the last chance: anything but done is missed, and no report (or only a stale one) is no_data.""",
    "rule-composite": """{kind}: components counted first, then combined and judged as its basis.

value = Σ components (e.g. 超10亿元单体制造业项目 + 1亿美元以上制造业外资项目, each project once);
the sum is then judged by the rule of the target's basis: annual or one_year (a flow against
the year's target) or cumulative (a running total against the total due).""",
    "rule-directional": """{kind}: the value must move in a direction (increase or decrease) against the
previous comparable value: the record's ``{reference}``, else the same months of last year.

Moved the right way: on_track (achieved at a year-end figure); otherwise behind, and missed at
the deadline period (the end of last_year), the last chance, where a figure older than the one
owed cannot be judged (no_data). Nothing to compare with: not_assessable.""",
    "rule-monitor": """{kind}: a monitoring-only indicator (监测指标, e.g. 规上工业产值), tracked without a target.

Its latest figure of the year (year-to-date, as reported) is recorded, validated, shown and
explained, and never judged: the status is monitoring, counted in no summary, ranking or score.""",
}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {
    # scoring/engine.py: each target's base points, the caps and the floors
    "scoring-base": "{hedge} {kind}: {points} points",
    "scoring-bonus-cap": "bonuses {bonus} capped at {cap}",
    "scoring-unit-floor": "total {total} raised to the floor {floor} (不计负分)",
    "scoring-target-floor": "score {net} raised to the floor {floor} (扣完为止)",
    "scoring-cap-per-target": "{rule} capped at {limit} per target ({moved} → {after})",
    # scoring/rules/: the lines each rule proposes
    "scoring-bonus": "completion {completion}%: {points} × {rate} × {over}/100 = {amount}",
    "scoring-late": "{period} reported {date}, due {due} ({days} days late): {amount}",
    "scoring-lights": "{light} at {periods}: {count} period(s), one deduction per {every} (rounded down):"
    " {times} × {each} = {total}",
    "scoring-lights-exempted": "{light} at {periods}: {count} period(s), one deduction per {every} (rounded"
    " down): {times} × {each} = {total} ({exempted} period(s) exempted)",
    "scoring-missing": "no figure for {period}: {amount}",
    "scoring-shortfall": "{why}; {points} × {share} × {rate} = {amount}",
    "scoring-why-no-figure": "no figure at the year end",
    "scoring-why-no-completion": "{status}, no completion",
    "scoring-why-gap": "{status}: gap {gap} points of schedule {schedule}%",
    "scoring-share-at-most": "1 (at most)",
    # reports/explain.py: explain --score, the lines around a score's lines
    "score-explain-unit": "{unit}: {name_zh} / {name_en}, {year}",
    "score-explain-rules": "  rules    {title_zh} / {title_en}",
    "score-explain-score-by-rate": "  score    {total} of {full} ({rate}), rank {rank} of {among}, ranked by rate",
    "score-explain-score-by-total": "  score    {total} of {full} ({rate}), rank {rank} of {among}, ranked by total",
    "score-explain-periods": "  periods  {periods} (the year's status history)",
    "score-explain-adjustments": "Unit adjustments:",
    "score-explain-at": "at {period}",
    "score-explain-year-end": "year end",
    "score-explain-target": "{target}: {name_zh} / {name_en} — {end} {status} ({label}){completion}",
    "score-explain-completion": ", completion {pct}%",
    "score-explain-line": "{rule} ({name}): {basis}",
    "score-explain-line-period": "{rule} ({name}) {period}: {basis}",
    "score-explain-exempted": "      exempted: {waived} waived — {note} (approved by {by}{on})",
    "score-explain-total": "Total: {total} (the sum of the {lines} lines above)",
    "score-explain-unscored": "Not scored: {target} ({status}: {why})",
    "score-explain-not-judged": "not judged at the year end",
    "score-explain-not-judged-at": "not judged, or no figure yet, at {period}",
    "score-explain-rules-head": "Rules:",
    # each scoring rule's formula (scoring/rules/: its FORMULA), and the floors' and caps'
    "scoring-rule-shortfall": """{type} (按比例扣分): a target not met at the year end loses points in proportion to its
shortfall.

share = (schedule − completion) / schedule, from 0 to 1, with the year-end judgement's figures
(schedule 100% for a target due this year; for one running to a later deadline, the year end's
schedule, so a running total 20 points behind a 40% schedule has share 0.5); a ceiling's gap is
its own (used − allowed). A target missed without a completion (a rate, a milestone, a
direction) or with no figure at the year end (no_data) has share 1.
deduction = points × share × {rate} (rate 1: in proportion), once a year, for a year-end status of
missed, watch, behind, off_track or no_data; met, ahead or on track: nothing.""",
    "scoring-rule-lights": """{type} (亮灯扣分): red or yellow lights during the year cost points.

{n} = the periods of the year at which the target's light was the rule's light (red: off_track or
missed; yellow: watch or behind): with {at} {quarters} (the default), the quarter ends with an
actuals file — the lights each 季晾晒 published; with at {files}, every period with an actuals
file (a monthly plan's 月监测 too). The year end is excluded unless {include_year_end} (the
shortfall rule scores it); deduction = {floor}(n / every) × points (e.g. −2 for each red period:
{every} 1, {points} 2; −1 for two yellows: every 2, points 1). Periods an exemption covers are not
counted.""",
    "scoring-rule-missing": """{type} (漏报扣分): a figure due and not reported costs points.

deduction = points for each period of the year with an actuals file at which the target owed a
figure (its reporting frequency: a quarterly target owes none in May) and none was reported for
that period, the year end included: the figures `{command}` lists as missing. (A figure
of an earlier period does not stand in for the one owed.)""",
    "scoring-rule-late": """{type} (迟报扣分): a figure reported after its due date costs points.

due = day {due_day} of the month after the period's last month (the month's last day if it is
shorter: due_day 10 makes 1-6月 due on 10 July, 1-12月 on 10 January), the rule's due_day if it
sets one, else the plan's reporting calendar ({calendar} in targets.yaml for the target's
frequency, or the target's own due_day), moved to the next working day when it falls on a
weekend or a public holiday (China's official calendar); a figure is late when the
date of its source (the record's, else its file's) is after the due date; deduction = points for
each late figure of the year. A figure whose source has no date cannot be late.""",
    "scoring-rule-bonus": """{type} (超额加分): a target exceeded earns points, capped.

bonus = points × rate × (completion − 100) / 100 for a target achieved at the year end with a
completion above 100%; never for an approximate (左右) or exact (==) target, where more is not
better. Capped by the rule's {max_per_target}, and a unit's bonuses together by
{unit_cap}.""",
    "scoring-rule-limits": """floors and caps (扣完为止, 不计负分, 封顶): where the rules' lines stop.

Each is a line of its own in the breakdown, so the lines still add up to the total:
- a rule's {max_per_target}: when the rule's lines for one target move its score by more than
  that, a cap line of the same rule gives back the excess (3 red periods at −2 with a cap of 4:
  −6, then +2);
- {target_floor} (扣完为止, default 0): a target whose points plus its lines fall below the floor
  gets a floor line raising it to the floor (a target's deductions stop at its points);
- {unit_cap}: a unit's bonus lines above the cap are taken back by one cap line;
- {unit_floor} (不计负分, default 0): a unit's total below the floor is raised to it by a floor line.
Applied in that order.""",
}


PUBLISH: dict[str, str] = {
    "publish-invalid": "{period} not published: the data has problems (above); correct them first",
    "publish-warned": (
        "{period} not published: {count} plausibility warning(s) on its figures (above); check them"
        " with the units, then record each as checked (import --accept CODE, or checked: in the record)"
    ),
    "publish-no-file": "{period} not published: there is no file of its figures in actuals/",
    "publish-exists": (
        "{period} was published on {date} ({path}); give --force to publish it again (the earlier"
        " record is kept beside it)"
    ),
    "publish-wrote": "published {period} on {date}: {judgements} judgements, {ranked} units ranked -> {path}",
    "publish-kept": "the earlier publication of {date} is kept as {path}",
}


COLLECT: dict[str, str] = {
    "field-calendar-other-year": "{date} is not in {year}, the year this list of days is for",
    "field-calendar-both": "{date} is listed both as a day off (holidays) and as a day worked (workdays)",
    "collect-calendar-unknown": (
        "warning: the official calendar of {years} is not known (neither the chinesecalendar package"
        " nor targets.yaml's reporting.calendar has it): due dates in it are moved past weekends"
        " only, not past public holidays; add the year's days off and days worked to"
        " reporting.calendar"
    ),
    "collect-backfill": (
        "{file}: figures of {period} received on {date}, after the year that follows the period (a"
        " back-fill): recorded without a date (undated); give --received DATE for the day it came in"
    ),
    "collect-source-date-out-of-range": (
        "{field} {date} is not in {year} or {next_year}, the years a figure of {period} is received in"
        " (a slip of the year would make every figure of it years late)"
    ),
    "collect-received": "{file} received on {date}: the date of each figure it added or replaced (source.date)",
    "collect-marked-illustrative": (
        "{actuals} is marked illustrative: true (--illustrative): every report built from it says"
        " its figures are samples, not official statistics"
    ),
}


GWR: dict[str, str] = {
    # A second kind of plan (issue 24): which side of an approximate target is good.
    "step-range-due": "due by {year}: within the range {low}—{high} {unit}",
    "step-range-gap": "gap = {gap} points to the range (positive: behind; rates are never pro-rated)",
    "step-range": "the range {low}—{high}, good side {good}",
    "step-range-above": "{actual} > {high}: above the range (good side {good}): {status}",
    "step-range-below": "{actual} < {low}: below the range (good side {good}): {status}",
    "step-range-within": "{low} ≤ {actual} ≤ {high}: within the range: {status}",
    "explain-good": "  good side {good} (which side of 左右 is good)",
    "explain-attribute": "  attribute {attribute} (属性)",
    "rule-comparators": """A target's comparator says which figures meet it, in every kind:
>= (以上, 不低于, 达到), > (突破, 超, 超过), <= (以内, 不高于, 不超过, 控制在…以内, 以下),
< (低于), == (exactly), approx (左右, 约), between (a range: 5%—5.5%).
approx is met within its tolerance (the target's own tolerance, else assessment.approx_tolerance_pct
of the target, 5% by default, at least one item for counts of whole items), and {good} says which
side of it is good, as an economist reads the report:
- up (the default, what approx has always meant here; GDP增长5%左右): below the tolerance is
  behind, and missed at the last chance; above it is over the target (▲) and met;
- down (a ceiling in practice: 居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右): at or below the
  target and its tolerance is met (CPI 0.2 against 3%左右); above it is judged as a ceiling
  broken (<=): behind by the points above for a rate, off_track (missed at the last chance) for
  a level or a flow; completion is target / actual, as for <=;
- point: a miss on either side beyond the tolerance; the gap of a rate is its distance from the
  target.
between is a range (5%—5.5%, 保持在A-B之间; growth, level and share): value is its lower bound
and upper its upper, and {good} reads as for approx with the range for the tolerance: up (the
report's 努力争取更好结果: above the range is over and met), down (at or below the upper bound is
met; completion against the upper bound), point (outside either bound is a miss). The gap of a
rate is to the lower bound for up, to the upper for down, to the nearer for point (negative
inside: the margin left).
A reduction (单位GDP能耗降低2.5%左右) is written as the reduction rate, a positive figure, as the
statistics give it (下降3.8%), with good: up: a cut of 3.8% is over 2.5%左右 and met.
{attribute} (属性, of an outline's or a work report's indicator): binding (约束性) is binding as
hedge ensure (确保) is: marked ★, judged with the thresholds of ensure and weighed as ensure in the score; expected (预期性) is judged
and counted as any target, and said as 预期性 beside its name.""",
    "field-target-good": "good (which side of an approximate target is good) belongs to comparator"
    " approx (左右) or between (a range), and not to kind relative",
    "field-target-between": "comparator between (a range, 5%—5.5%) needs upper above value, and belongs"
    " to kinds growth, level and share",
    "field-target-upper": "upper (a range's upper bound) belongs to comparator between",
    "step-approx-below": "{actual} ≤ {target} + {tolerance}: at or below a target whose good side is"
    " down (a ceiling in practice): achieved",
    "step-approx-above": "{actual} > {target} + {tolerance}: above the tolerance of a target whose good"
    " side is {good}: {status}",
}


REVIEW: dict[str, str] = {
    # draft --apply: the review workbook read back (draft/review.py, cli/bodies/draft_apply.py)
    "review-not-a-workbook": "not an .xlsx workbook: give the review.xlsx a draft wrote",
    "review-not-a-review": "not a draft's review workbook (its sheet 审核 or its hidden sheet is"
    " missing or not the format): give the review.xlsx a draft wrote",
    "review-meta-edited": "the hidden sheet was edited (its digest does not match): draft the plan"
    " again and review the new workbook",
    "review-row-moved": "row {row} should be the draft's target number {number}: rows were moved,"
    " added or sorted; undo that (rows are deleted with 删除, not removed)",
    "review-bad-verdict": "{given!r} is not a review: write 保留, 修改 or 删除 (blank: as proposed)",
    "review-duplicate-id": "id {given!r} is also the id of row {row}: give each target its own",
    "review-years-reversed": "the first year {first} comes after the last year {last}",
    "review-value-missing": "a target of this kind needs a value: write it in this cell",
    "review-bad-choice": "{given!r} is not one of {choices}",
    "review-not-a-number": "{given!r} is not a number",
    "review-bad-year": "{given!r} is not a year of the plan ({first}-{last})",
    "review-bad-id": "{given!r} is not an id (letters, digits, _ . -, starting with a letter or digit)",
    "review-apply-alone": "--apply reads only the review workbook: give no plan's text and no --compare",
    "review-apply-needs-out": "say where to write the reviewed targets.yaml: -o DIR",
    "review-nothing-written": "{file} was not applied; nothing was written",
    "review-proposal-edited": "a proposal was changed here, and would be lost: write the change in"
    " column {column} of the row, and mark it 修改",
    "review-row-added": "a row below the draft's targets: a target is added in targets.yaml, not here",
    "review-applied": "wrote the reviewed draft of {count} targets ({confirmed} confirmed) from {file}"
    " in {path}",
}


CLI: dict[str, str] = {
    # the command line's own lines: usage errors, "wrote FILE", notes (cli/bodies/)
    # cli/bodies/common.py: what every command's own lines share
    "cli-error": "plan415x: error: {message}",
    "cli-as-is": "{text}",
    "cli-no-plan": "no targets.yaml in {data}/ (give the data folder with --data DIR)",
    "cli-no-plan-start": "no targets.yaml in {data}/: give the data folder with --data DIR, or start a new plan"
    " with: plan415x init {data} (docs/new-plan.md)",
    "cli-unknown-unit": "unknown unit {unit}; choose from: {choices}",
    "cli-published-spoilt": "plan415x: {error}; restore it from version control",
    "cli-period-outside": "period {period} is outside the plan's years {first}-{last}",
    "cli-today-not-date": "{name}={text} is not a date; write it as 2024-07-15",
    # cli/bodies/output.py: an output refused or not written
    "cli-what-workbook": "workbook",
    "cli-what-report": "report",
    "cli-what-draft": "draft",
    "cli-what-page": "page",
    "cli-what-notice": "notice",
    "cli-what-receipt": "回执",
    "cli-what-file": "file",
    "cli-output-suffix": "{path}: the {what}'s name must end in {suffixes}",
    "cli-output-in-data": "{path} is inside the data folder {data}/; write the {what} somewhere else",
    "cli-output-no-folder": "{path}: no such folder {folder}/",
    "cli-output-is-folder": "{path} is a folder",
    "cli-output-exists": "{path} already exists; give --force to replace it",
    "cli-cannot-write": "cannot write {path}: {reason}",
    "cli-folder-not-folder": "{option} {folder}: not a folder",
    "cli-folder-in-data": "{option} {folder} is inside the data folder {data}/; write the files somewhere else",
    "cli-folder-no-parent": "{option} {folder}: no such folder {parent}/",
    "cli-folder-not-regular": "{path} is not a regular file; it is never replaced",
    "cli-set-exists": "{path} already exists; give --force to replace it (no {what} was written)",
    "cli-set-cannot-write": "cannot write {folder}/: {reason} (no {what} was written)",
    # the bodies of check, trend, publish, units, score and explain
    "cli-wrote-report": "wrote {path}: {targets} targets",
    "cli-never-published": "{period} was never published (no published/{period}.json): plan415x publish {period}",
    "cli-trend-one-of": "give a TARGET or --unit U (one of them)",
    "cli-trend-no-history": "no actuals files: there is no history yet",
    "cli-unknown-target": "unknown target {target}",
    "cli-unknown-target-near": "unknown target {target}; did you mean {near}",
    "cli-unknown-target-near-q": "unknown target {target}; did you mean {near}?",
    "cli-publish-accept": "--accept {code}: not a plausibility warning's code; one of {codes}",
    "cli-units-no-plan": "no targets.yaml in {data}/ (start a plan with: plan415x init {data})",
    "cli-scored-on-none": "unit {unit} is scored on no target in {year}",
    "cli-provisional-alone": "--provisional goes with --score: explain --score UNIT YEAR --provisional",
    # the bodies of init, targets and reporting
    "cli-what-plan": "plan",
    "cli-what-work-report": "work report",
    "cli-init-a-file": "{folder} is a file, not a folder",
    "cli-cannot-look": "{folder}: cannot look inside it: {reason}",
    "cli-init-not-empty": "{folder}/ is not empty; give an empty or new folder, or --force to write the starter's"
    " files into it",
    "cli-cannot-write-folder": "cannot write {folder}/: {reason}",
    "cli-init-wrote": "wrote a starter {what} in {folder}/ (示例县, a made-up county: every figure is illustrative):",
    "cli-next": "next:",
    "cli-init-then": "then replace the {what} with yours, as docs/new-plan.md says",
    "cli-unknown-unit-none": "unknown unit {unit}; targets.yaml lists no responsible_units",
    "cli-reporting-missing": "-o DIR and --by write the 催报 notices: give them with --missing",
    "cli-reporting-by": "--by is the date a notice asks the figures by: give the folder with -o DIR",
    "cli-wrote-and-md": "wrote {path} (and .md)",
    "cli-reporting-none-owed": "{period}: no unit owes a figure or an explanation; no notice written",
    "cli-by-not-date": "--by {text} is not a date; write it as 2024-07-15",
    # the bodies of export and brief
    "cli-export-no-output": "give the workbook to write with -o FILE.xlsx (or a folder with --split DIR)",
    "cli-wrote-workbook": "wrote {path}: {targets} targets, {sheets}",
    "cli-wrote-part": "wrote {path}: {targets} targets of {unit}",
    "cli-brief-not-a-record": "plan415x: published/{period}.json: not a publication record (missing or wrong"
    " {error}); restore it from version control",
    "cli-wrote-published-brief": "wrote {path}: {targets} targets as published on {date}, {sections} sections",
    "cli-brief-suffix": "{path}: the draft's name must end in .md, .docx or .pdf",
    "cli-wrote-brief": "wrote {path}: {targets} targets, {sections} sections",
    # the bodies of validate and import
    "cli-no-such-file": "no such file: {path}",
    "cli-validate-outside": "{path} is not in the data folder {data}/: a file is validated with its plan",
    "cli-import-none": "no workbook (.xlsx) to import in {paths}",
    "cli-accept-code": "--accept {spec}: {code} is not a warning's code; one of: {codes}",
    "cli-accept-at": "--accept {spec}: give the target after @, or no @",
    "cli-received-not-date": "--received {spec}: {text} is not a date; write it as 2024-07-15 (or FILE=2024-07-15)",
    "cli-received-future": "--received {spec}: {date} is after today ({today}); a workbook is received on or"
    " before today",
    "cli-received-twice": "--received {spec}: the run's date is given twice ({first}, {second})",
    "cli-received-no-workbook": "--received {spec}: no workbook {name} in this import",
    "cli-received-two-dates": "--received {spec}: {name} is given two dates ({first}, {second})",
    "cli-accept-no-target": "--accept: no target {target} in the plan",
    # the bodies of export --html and draft
    "cli-page-suffix": "{path}: the page's name must end in .html or .pdf",
    "cli-page-one": "--split and --by-unit are for workbooks; the HTML report is one page",
    "cli-wrote-page": "wrote {path}: {targets} targets, one page",
    "cli-draft-folder": "{path} is a folder; give the plan's text file",
    "cli-cannot-read": "cannot read {path}: {reason}",
    "cli-draft-too-large": "{path} is larger than {mb} MB: not a plan's text",
    "cli-draft-not-text": "{path} is not a text file; save the plan as plain text (.txt) and draft that",
    "cli-draft-encoding": "{path} is neither UTF-8 nor GB18030 text",
    "cli-draft-what": "say what to do with the draft: -o DIR to write it, --compare FILE to measure it",
    "cli-draft-no-year": "{path}: no year in the text (a plan's span such as (2023-2027年)); is it a plan?",
    "cli-draft-no-target": "{path}: no target found in the text (no figure, no 形成/制定/实现…全覆盖); is it a plan?",
    "cli-draft-not-empty": "{folder}/ is not empty; give a new or empty folder, or --force to replace its"
    " targets.yaml",
    "cli-draft-wrote": "wrote a draft of {targets} targets from {plan} in {folder}/targets.yaml",
    "cli-draft-no-plan": "give the plan's text file (PLAN.txt), or --apply REVIEW.xlsx",
    "cli-draft-review": "  review them in {review}, then: plan415x draft --apply {review} -o DIR",
    "cli-draft-low": "  {low} of them have a field guessed with a confidence below {confidence}: check those first",
    "cli-not-utf8": "{path} is not UTF-8 text",
    "cli-not-yaml": "{where}: not YAML: {problem}",
    "cli-compare-no-targets": "{path}: no targets: list in it (give a data folder's targets.yaml)",
    "cli-compare-head": "draft of {plan} against {path}: {drafted} proposed, {encoded} encoded",
    "cli-compare-missed": "not found ({count}):",
    "cli-compare-extra": "proposed, not in the encoding ({count}):",
    # the bodies of score, template and the PDF's fonts
    "cli-not-a-year": "{text} is not a year; the score is for a whole year, e.g. 2023",
    "cli-year-outside": "year {year} is outside the plan's years {first}-{last}",
    "cli-no-score": "plan415x: no 年度考评: {why}",
    "cli-template-no-output": "give the workbook to write with -o FILE.xlsx",
    "cli-template-none-due": "no target is due in {period}",
    "cli-template-none-due-of": "no target is due in {period} supplied by {unit}",
    "cli-wrote-template": "wrote {path}: {rows} rows to fill in on {sheets} sheet(s) for {period}",
    "cli-template-no-contact": "no reporting.contact in the plan: the template names no one to call (联系人/电话)",
    "cli-no-scoring": "no scoring.yaml in {data}/: the scoring rules are data. Start from the default rule set,"
    " data/scoring.yaml of plan415x's repository (every rule and its formula: docs/scoring.md),"
    " copy it into {data}/ and adjust it",
    "cli-score-nothing-yet": "{year} is not over (today is {today}) and no period of it with figures has ended:"
    " nothing to score yet",
    "cli-score-no-figures": "no figures for {year} in the data folder: nothing to score",
    "cli-score-not-over": "{year} is not over (today is {today}; the figures run to {at}, month {month}): a score"
    " now would judge the year end on figures not yet due and count them as missing",
    "cli-score-silent": "the year-end figures of {year} are not in: {count} unit(s) sent none of theirs ({silent});"
    " {missing} of {due} year-end figures due are missing (figures of {used}): a score now would count each as"
    " missed and missing",
    "cli-score-give-provisional": "{why}. Give --provisional for a provisional score of the figures to month"
    " {month}, labelled as such",
    # views/filters.py and reports/listing.py: a filter of check or targets that names nothing
    "cli-filter-unit-none": "unknown unit {unit}: targets.yaml lists no responsible_units",
    "cli-unknown-action": "unknown action {action}; choose from: {choices}",
    "cli-unknown-action-none": "unknown action {action}; targets.yaml lists no actions",
    "cli-unknown-kind": "unknown kind {kind}; the plan has: {kinds}",
    "cli-word-status": "status",
    "cli-word-light": "light",
    "cli-unknown-word": "unknown {word} {item}; choose from: {choices}",
}


FYP: dict[str, str] = {
    # A five-year table's arithmetic (issue 24, items 2 and 3): a base year, 年均 growth.
    "field-target-from-base": "from_base (a target written against its base year) belongs to kinds level"
    " and share, with a baseline",
    "field-target-from-base-value": "value {value} is not the level from_base gives ({level}): leave value"
    " out, or give that level",
    "field-target-from-base-side": "from_base {change} is the other way from the comparator: a fall"
    " (points_down, pct_down) is a ceiling (<=, or approx with good: down), a rise a floor",
    "field-target-average-growth-base": "kind average_growth (年均增长) needs a baseline: the base year's"
    " level, above 0",
    "field-target-average-growth-frequency": "kind average_growth is judged on a year's level: its"
    " frequency is annual",
    "step-from-base": "the level due: {change} {by} from the baseline {base} (end of {year}) = {level}",
    "step-average-level": "the level of {period} = {actual} {unit}; the baseline {base} (end of {year})",
    "step-average-not-positive": "a compound rate needs levels above 0: not assessable",
    "step-average-rate": "年均 observed = ({actual} / {base})^(1/{years}) − 1 = {rate}%",
    "step-average-path": "at {target}% a year: {expected} {unit} due by {year}, {level} {unit} by {last}",
    "step-average-gap": "gap = {target} − {rate} = {gap} points (a rate is compared with the rate, never"
    " pro-rated): {status}",
    "step-average-needed": "needed in the {remaining} years left: ({level} / {actual})^(1/{remaining}) − 1"
    " = {needed}% a year",
    "step-average-reached": "{actual} ≥ {level}: the level due by {last} is reached early: achieved",
    "step-average-final": "the deadline: 年均 {rate}% against {comparator} {target}%: {status}",
    "rule-average-growth": """{kind}: 年均增长 over a span (年均增长5.5%以上, 2026-2030), the compound
rate observed from the base year's level against the target rate, never pro-rated.

The figures are the indicator's yearly levels (a period ending in December; a part-year figure
is shown and not judged), in figure_unit; value is the target rate (%), baseline the base
year's level (基期, e.g. the end of 2025). For the latest year's level, years after the base:
observed rate = ((level / base)^(1/years) − 1) × 100;
gap = target rate − observed rate, in points (positive: behind; for a ceiling, observed −
target); the status follows the thresholds as for growth: a rate is compared with the rate in
every year, never pro-rated by 序时进度 (at 5.5% the level due is base × 1.055^years: 105.5
after one year, 111.30 after two; the table shows the rate, the steps the levels).
What the analyst reads: an observed rate at or above the target is on_track (达进度), the
ahead threshold's points above it ahead (超进度), below it watch, behind or off_track by the
points short; the deadline's level reached early is achieved (提前实现).
explain gives the rate still needed in the years left: ((base × (1 + target/100)^span / level)
^(1/years left) − 1) × 100. The deadline year's level is the last chance: a rate that meets the
target is achieved, else missed; without that year's level nothing is judged there (no_data).""",
    "rule-from-base": """{from_base} (level and share): a target written against its base year, as a
five-year table writes it; baseline gives the base (基期) value and year, and value is computed
from them (left out, or given equal):
points_up (提高N个百分点): base + N; points_down (降低N个百分点): base − N;
pct_up (增长N%): base × (1 + N/100); pct_down (降低N%): base × (1 − N/100);
times (达到基期的N倍; 翻一番: N = 2): base × N.
A fall is a ceiling (comparator <=), a rise a floor (>=). The level is then judged as any level
with a baseline: along the path from the base (linear) unless pace says otherwise.""",
}


FYP2: dict[str, str] = {
    # A five-year table's 〔累计〕 and 同步 rows (issue 24, items 4 and 5).
    "field-target-pace-geometric": "pace: {pace} (a change compounding from the base year) belongs to kinds"
    " level and share, with a baseline above 0 and a target above 0",
    "step-geometric-schedule": "geometric path from {base} to {target}: after {done} of {total} months the"
    " level due is {base} × ({target} / {base})^({done}/{total}) = {expected} {unit}, {schedule}% of the"
    " change",
    "step-geometric-behind": "cumulative {change} {achieved}%, {due}% due by the schedule: {points} points"
    " short",
    "step-geometric-ahead": "cumulative {change} {achieved}%, {due}% due by the schedule: {points} points"
    " ahead",
    "rule-geometric": """{pace} (level and share with a baseline): a change that compounds year by year, as
a five-year table's 〔累计〕 reduction of an intensity does (单位GDP二氧化碳排放降低〔17〕%, base 2025,
by 2030). Its level due is not pro-rated: after t of the T months from the base year's end,
level due = base × (target / base)^(t/T) (100 × 0.83^(24/60) = 92.818 after two of five years,
where a linear path would owe 93.2);
completion = (actual − base) / (target − base), the share of the change achieved;
schedule = (level due − base) / (target − base), the share of the change due by that level
(42.25% after two of five years, against 40% of the time), labelled 几何 with its years (42.2%(几何,2026-2030年));
gap = schedule − completion, and the status follows the thresholds as along any path.
explain says it as the analyst does too: 累计降低6%, 按进度应降低7.18%, 差1.18个百分点 (the
cumulative change in % of the base, against the change due by the schedule). The deadline is
judged as any level's.
A five-year total (〔累计〕 N over 2026-2030: 新增, 完成投资) needs no pace of its own: kind
{kind} with first_year and last_year the plan's span sums each year's figure (its last
year-to-date figure) and owes, at the end of year t of T, t/T of the total (24/60 months =
40% at the end of 2027), as any running total.""",
    "field-target-reference-target-kind": "reference_target (the reference read from another target's"
    " figure) belongs to kind {kind}",
    "field-target-reference-target-self": "reference_target names the target itself",
    "check-unknown-reference-target": "{field} unknown target {target!r}{hint}",
    "check-reference-target-cycle": "{field} comes back to this target: {path}",
    "check-reference-typed": "{field} of {target!r} is read from the figure of {reference_target!r} for the"
    " same period (reference_target): leave it out here",
    "step-reference-target": "reference = the figure of {reference_target} for {period} = {reference}",
    "step-reference-target-none": "{reference_target} has no figure for {period}, and its figure is the"
    " reference: no_data",
    "rule-reference-target": """{reference_target} (relative): the reference is another target's figure for
the same period, read from the data, never typed on the record (a record that types reference
is refused: two numbers for one quantity would one day differ). 居民收入增长和经济增长同步:
kind relative, value 0 (the reference raised by 0%), comparator approx (同步 within the target's
tolerance, else assessment.approx_tolerance_pct of the reference; 基本同步 a wider tolerance),
reference_target: gdp-growth; 高于GDP增长: comparator >, value 0. The referenced target must
exist, not be the target itself, and references must not come back round. Without the
referenced target's figure for the period the target has none either: no_data, and explain
says why. The referenced figure and its source are among those the judgement rests on.""",
}


DRAFT2: dict[str, str] = {
    "cli-draft-other-format": "{path}: draft reads a plan as plain text (.txt) or a Word document"
    " (.docx), not {suffix}; open it in Word or WPS and save it as .docx (or as plain text), then"
    " draft that",
    "cli-draft-not-docx": "{path} is not a Word document that can be read ({reason}); save it again"
    " as .docx, or as plain text (.txt)",
    "draft-why-unit-to-give": "no unit written and none to infer: {unit}, a measure of the plan's own, to replace",
    "draft-why-report-year": "a count added in a report of {year}: that year's",
    "draft-why-text": "{text}",
    "draft-why-relative": "高于…平均 before a percentage",
    "draft-why-level-rate": "{word}: a rate of the economy, a level",
    "draft-why-growth-pct": "{word} before a percentage",
    "draft-why-share": "a percentage",
    "draft-why-share-of": "a percentage of a 比重/率",
    "draft-why-ratio": "a ratio (倍): a level",
    "draft-why-cumulative": "累计",
    "draft-why-annex-year": "the annex's list for {year}",
    "draft-why-every-year": "{word} in the sentence",
    "draft-why-that-year": "{word}: that year only",
    "draft-why-level-word": "{word}: a level",
    "draft-why-flow": "{word} with no 每年: a total over the plan",
    "draft-why-level-default": "no verb of a thing added: a level",
    "draft-why-milestone": "{words}",
    "draft-why-milestone-verb": "a verb of a thing done",
    "draft-why-milestone-hedge": "{word} with no figure: a thing to be done",
    "draft-why-directional": "{verb}…{end} with no figure",
    "draft-why-direction-unit": "{unit} for what is measured",
    "draft-why-no-unit": "no unit",
    "draft-why-no-units": "no 责任单位 in the text",
    "draft-why-in-step": "{a} in step with {b} (同步): relative, +0%",
    "draft-why-in-step-value": "同步: 0% above the other",
    "draft-why-in-step-unit": "% of a growth rate",
    "draft-why-in-step-comparator": "同步: within the tolerance (左右)",
    "draft-why-heading-kind": "a work item with nothing else to track: its heading",
    "draft-why-heading-hedge": "no 力争/争取/确保 in the heading",
    "draft-why-heading-period": "no year in the heading: the plan's {first}-{last}",
    "draft-why-earlier": "{reason} (earlier in the sentence)",
    "draft-why-range-floor": "a range: at least its floor",
    "draft-why-hedge-here": "{word} in the clause",
    "draft-why-hedge-earlier": "{word} earlier in the sentence",
    "draft-why-binding-verb": "{word} as the clause's verb",
    "draft-why-no-hedge": "no 力争/争取/确保 in the sentence",
    "draft-why-no-year": "no year in the sentence: the plan's {first}-{last}",
    "draft-why-every-year-plan": "{word}: every year of the plan",
    "draft-why-by-year": "{word}: by {year}",
    "draft-why-range": "a range {words}: its floor",
    "draft-why-figure": "the figure {figure}",
    "draft-why-after-figure": "{word} after the figure",
    "draft-why-before-figure": "{word} before the figure",
    "draft-why-no-measure": "no unit written and no noun that says one",
    "draft-why-measure": "no unit written: {word} for {noun}",
    "draft-why-per-mu": "亩均 before {unit}: {unit} per 亩",
    "draft-why-between": "a range: between {low} and {high}",
    "draft-why-no-comparator": "no comparator written: at least the figure",
    "draft-why-lost-number": "{words}: the number is missing from the text",
    "draft-why-lost-unit": "{word} after {before}: {unit}",
    "draft-why-lost-comparator": "{word} before the lost figure",
    "draft-why-units-lead": "the row's 责任单位, the first the lead (列第一位的为牵头单位)",
    "draft-why-units-first": "the row's 责任单位, the first taken as lead",
    "draft-why-restates": "the wording of {clause}: {text}",
    "draft-why-reference": "in step with {other}: the figure of {name}",
    "draft-why-restated-units": "restated in {clause}, whose 责任单位 they are",
    "draft-why-ceiling": "{word}: a ceiling in practice",
    "draft-why-more-fine": "左右 of a thing wanted: more is fine",
    "draft-why-attribute": "属性 {words}",
    "draft-why-table-no-unit": "no 单位 column and no (unit) after the name",
    "draft-why-row-unit": "{unit}: the row's unit",
    "draft-why-table-hedge": "a table's figure: no 力争/确保",
    "draft-why-table-hedge-binding": "a table's figure: no 力争/确保 (约束性: binding)",
    "draft-why-table-cumulative-pct": "〔{value}〕 is a five-year cumulative figure (〔累计〕); no kind for it yet: growth proposed",
    "draft-why-table-cumulative": "〔{value}〕 is a five-year cumulative figure (〔累计〕): cumulative over {first}-{last}",
    "draft-why-table-average": "年均 {cell} from the 基期's {base}{unit}",
    "draft-why-table-growth": "年均 {cell}: growth each year",
    "draft-why-table-rate": "{cell} for a rate: a {kind} to hold each year",
    "draft-why-table-growth-rate": "{name}: a growth rate",
    "draft-why-table-share": "a percentage: a share or a rate",
    "draft-why-table-level": "the {year} figure: a level",
    "draft-why-table-from-base": "{change} against the 基期's {base}",
    "draft-why-cell": "the cell {cell}",
    "draft-why-table-years": "the table's years: {first}-{last}",
    "draft-why-baseline": "基期 {base} ({year})",
}


IMPLEMENTATION: dict[str, str] = {
    # The yearly 量化指标任务落实情况 (issue 24, item 8): brief YEAR --form implementation.
    "impl-title": "Quantified targets of {plan}: implementation",
    "impl-title-year": "Quantified targets of {plan}: implementation in {year}",
    "impl-as-of": "(data as of {date})",
    "impl-section-summary": "Summary",
    "impl-section-table": "Target by target",
    "impl-head-no": "No.",
    "impl-head-name": "Indicator",
    "impl-head-goal": "Target",
    "impl-head-outcome": "Outcome",
    "impl-head-done": "Met?",
    "impl-done-met": "met",
    "impl-done-missed": "missed",
    "impl-done-not-reported": "not reported",
    "impl-summary-all": "All {count} quantified targets met.",
    "impl-summary": "Of {count} quantified targets: {parts}.",
    "impl-part-met": "{count} met",
    "impl-part-missed": "{count} missed: {names}",
    "impl-part-not-reported": "{count} not reported: {names}",
    "impl-part-not-judged": "{count} not assessable: {names}",
    "impl-converted": "{figure} (= {converted})",
    "impl-reference": "{figure} (against {reference})",
    "impl-older": "{figure} ({period}; none for the year's end)",
    "impl-words": "{figure} ({words})",
    "impl-note-words": "Note to No. {number}: {words}",
    "impl-note-older": "A figure with its period is the latest before the year's end, whose own was not"
    " reported: a running or year-to-date total that already reached its target is met, any other is"
    " not reported.",
    "impl-note-restated": "◇ restates another target: the two count once, by the worse judgement of them.",
    "impl-note-later": "Due after {year}, not listed (neither met nor missed yet; their progress against the"
    " schedule: the progress brief): {count} more targets.",
    "impl-note-unquantified": "Milestones and monitoring indicators, no quantified targets, not listed:"
    " {count}.",
    "impl-none": "No quantified target is due this year.",
    "impl-footer": "Made by plan415x from the plan and the figures reported; every figure as reported,"
    " met or missed as plan415x check {period} judges it.",
    "cli-brief-output": "brief --form {form} writes a file: give -o FILE.md, FILE.docx or FILE.pdf",
    "cli-brief-form-year": "{period}: the implementation table is of a whole year (met or missed is"
    " known at the year's end): give {year}; within the year, the progress brief judges against the"
    " schedule: plan415x brief {period} -o FILE",
    "cli-brief-form-published": "--as-published is of the progress brief: the implementation table is"
    " made from the data",
    "cli-wrote-implementation": "wrote {path}: {rows} quantified targets",
}


VERDICT: dict[str, str] = {
    # check's verdict line (reports/gap.verdict_line): one sentence, its parts said apart.
    "verdict-line": "{head} ({first}-{last}, {pct}% of the time elapsed): of {judged} targets, {parts}",
    "verdict-head": "Verdict",
    "verdict-head-halfway": "Halfway",
    "verdict-part": "{n} {word}",
    "verdict-part-named": "{n} {word} ({names}{more})",
    "verdict-more": ", etc.",
    "verdict-no-data": "no data {n}",
    "verdict-not-assessed": "not assessed {n}",
    "verdict-rule": """check, for a plan of several years (its first_year before its last_year), reads each target
at the period checked in the words of the national mid-term evaluation (《十四五规划纲要》实施中期
评估, 2023-12-26: "时间过半、任务过半"; of the 20 main indicators 4 提前实现, 5 快于预期, 7 基本符合
预期, 4 滞后). Nothing is judged again: the verdict is read from the status, which holds the
schedule its kind keeps (序时进度, the share of a span, the path from a base, the compound rate
of 年均 growth) and the plan's thresholds.
- 提前实现 (met early): achieved, the requirement met being the target's final one, before it
  falls due. A target with a deadline (level, share, cumulative, average_growth, relative,
  directional, milestone) falls due at the end of its last_year; one judged year by year (annual,
  one_year, growth, composite) owes each year's requirement at that year's end, and only its
  last year's is final. A milestone reported done before December of its deadline year is early;
  done at 1-12月 of that year, on time.
- 快于预期 (ahead of expectations): ahead (超进度: at least the plan's ahead threshold above the
  schedule, 10 points by default; a rate that many points above its target rate), or a year's
  requirement that is not the final one met before that year's end (a year's 1800亩 done by June).
- 基本符合预期 (broadly as expected): on_track (达进度) or watch (关注: at most the watch
  threshold below), or met when it falls due (按期: a level due 2025 met at 2025's 1-12月).
- 滞后 (lagging): behind (黄灯·滞后: below by more than the watch threshold), off_track or
  missed. A row the table calls 滞后 is never read 基本符合预期.
- 未填报 (no data): a figure is due and none came; no verdict, counted apart. not_due,
  undefined and not_assessable give none (未评估); monitoring indicators none.
What Chinese practice gives: the four words, their order and 时间过半 in the third year of five;
the evaluation publishes no rule from a pace to a word, so the mapping above is this tool's.
Counts are over the targets that count (a restatement once). Under check's table: 评估(2023-2027年,
时间进度N%): M 项指标中, 提前实现 a 项, 快于预期 b 项, 基本符合预期 c 项, 滞后 d 项(the first five
names) · 未填报 e 项 · 未评估 f 项; in JSON each result's verdict and verdict_zh, and verdict
(elapsed_pct, halfway, counts, lagging). The 通报 (brief) says the counts in 总体情况 at 时间过半
only (规划实施时间过半（2023-2027年，时间进度60%）：…), as it says 双过半 only at 1-6月.
时间进度 = the months from the plan's first January to the period's end / the span's months.
时间过半 replaces 评估 in the middle year, first_year + (years - 1) // 2 (the third of five: 2025
of 2023-2027; the national evaluation said 时间过半 in 2023, the third year of 2021-2025), from
the period whose end passes half the span (2025年1-6月: 30 of 60 months) to that year's end (36 of
60, 60%); of an even span, at the middle year's end, where half is past exactly (2025 of
2024-2027). A plan of one year (a year's work report) has no verdict: its status says 已完成 or
未完成.""",
}


BRIEF_SAID: dict[str, str] = {
    # The 通报's own sentences (reports/brief_sections.py, brief_units.py, brief.py; issue 20, item 1).
    "brief-sep-list": ", ",
    "brief-sep-clause": ", ",
    "brief-sep-semi": "; ",
    "brief-period-code": "{code}",
    "brief-day": "{iso}",
    "brief-no-lead": "no lead unit",
    "brief-owner": "{name}{default}",
    "brief-default-owner": " (default)",
    "brief-unit": " {unit}",
    "brief-due-year": " ({year})",
    "brief-older": " ({months})",
    "brief-state": "state: {state}{older}{marks}, due by {goal}",
    "brief-no-figure": "no figure reported",
    "brief-head-growth": "growth",
    "brief-head-average-growth": "average growth",
    "brief-head-actual": "actual",
    "brief-actual": "{head} {figure}",
    "brief-expected": "{expected} due by now",
    "brief-target": "target {goal}",
    "brief-done": "{pct}% done",
    "brief-schedule": "{schedule} {pct}%",
    "brief-gap-below-target": "{gap} points below the target",
    "brief-gap-above-target": "{gap} points above the target",
    "brief-gap-behind": "{gap} points behind the {schedule}",
    "brief-gap-ahead": "{gap} points ahead of the {schedule}",
    "brief-red-first": ", red: first time",
    "brief-red-streak": ", red: {n} periods in a row",
    "brief-named": "{name} ({owner}): {figures}{streak}.",
    "brief-more-see-check": "{n} more: see the check report.",
    "brief-names-more": "{names} and {n} more",
    "brief-change": "{change} {n} ({names})",
    "brief-change-new-red": "newly red",
    "brief-change-red-better": "no longer red",
    "brief-change-new-done": "newly achieved",
    "brief-change-new-missing": "newly missing",
    "brief-changes-none": "Since {period}: no target newly red, no longer red, newly achieved or newly missing.",
    "brief-changes": "Since {period}: {changes}.",
    "brief-halves": "Half year: half the time gone (schedule {schedule}%); of {judged} targets judged against"
    " the annual goal, at or past half (done ≥ 50%): {past}, short of half: {behind}{without}.",
    "brief-halves-without": "; no completion rate this period: {n} more",
    "brief-col-action": "Action",
    "brief-col-targets": "Targets",
    "brief-col-green": "Green",
    "brief-col-yellow": "Yellow",
    "brief-col-red": "Red",
    "brief-col-grey": "Grey",
    "brief-light-count": "{light} {n} ({pct})",
    "brief-status-count": "{status} {n}",
    "brief-grey": " (grey: {statuses})",
    "brief-apart-restatements": "{n} restatements are counted once",
    "brief-apart-monitoring": "{n} monitoring indicators are not judged",
    "brief-apart-stale": "{n} rest on stale figures ({mark}), judged at the months owed; a stale state is never"
    " green",
    "brief-apart": " {parts}.",
    "brief-counts": "{total} targets are judged: {lights}{grey}.{apart}",
    "brief-title-overall": "Overall",
    "brief-progress-new": " ({n} new this period)",
    "brief-progress": "{done} achieved{of_which}, {ahead} ahead of the schedule.",
    "brief-sub-newly-achieved": "Newly achieved:",
    "brief-sub-achieved": "Achieved:",
    "brief-sub-ahead": "Ahead:",
    "brief-title-progress": "Progress",
    "brief-reds": "{reds} red ({missed} missed at the deadline, {off_track} off track).",
    "brief-no-reds": "No target is red.",
    "brief-yellows": " {n} yellow ({statuses}){see}.",
    "brief-yellows-see": ": see check --as-published",
    "brief-sub-red": "Red:",
    "brief-sub-yellow": "Yellow:",
    "brief-title-problems": "Problems",
    "brief-unit-explains": "{unit} explains: {reason}",
    "brief-no-reason": "(no reason given)",
    "brief-unit-next-steps": "{unit}'s next steps: {steps}",
    "brief-next-note": "{mark} the next steps are for the analyst to write (this draft never infers a cause).",
    "brief-title-next": "Next steps",
    "brief-title-ranking": "Units ranked",
    "brief-ranking-none": "No unit can be ranked.",
    "brief-ranking-by": "{n} units ranked by average points behind schedule (0 when not behind), smallest first.",
    "brief-group": "{group}: ",
    "brief-top-three": "{group}Top three:",
    "brief-bottom-three": "{group}Bottom three:",
    "brief-move-new-year": "move: the year's first ranking, not compared with last year (新年度)",
    "brief-move-against": "move: against the last ranking of the same cadence, {period}{published}",
    "brief-move-published": ", as published on {day}",
    "brief-move-none": "move: no earlier ranking of the same cadence to compare with",
    "brief-rule": "{clauses}; {compared}",
    "brief-no-report": "No report: {names} (nothing due was reported; listed after every unit that reported).",
    "brief-not-ranked": "{line}",
    "brief-title-reporting": "Reporting",
    "brief-reporting-not-given": "{mark} the reporting (on time, late, missing) was not given.",
    "brief-reporting-none-due": "No figure is due.",
    "brief-reporting-counts": "{due} figures are due this period: {received} received ({on_time} on time,"
    " {late} late, {undated} with no date), {missing} missing{end}",
    "brief-reporting-units": ", from {n} units.",
    "brief-stop": ".",
    "brief-missing-default-owner": " (default)",
    "brief-unit-missing": "{unit}{default}: {n} missing (due {due}): {names}.",
    "brief-sub-missing": "Units with figures missing:",
    "brief-all-reported": "Every unit has reported.",
    "brief-unowned": "{n} more targets name no lead unit and are due from no one"
    " (plan415x targets --no-owner lists them).",
    "brief-reporting-note": "{note}.",
    "brief-score-stop": "",
    "brief-score-commands": "Each unit's breakdown: plan415x score {year}{flag}; every point:"
    " plan415x explain --score UNIT {year}{flag}.",
    "brief-title-score": "Annual score",
    "brief-title-score-provisional": "Annual score (provisional)",
    "brief-as-of": "data as of {day}",
    "brief-no-data": "no data this period",
    "brief-period": "{period}: schedule {schedule}%, {as_of}.",
    "brief-section": "{n}. {title}",
    "brief-annex": "Annex: {title}",
    "brief-draft-title": "Progress of {plan}, {period} (draft)",
    "brief-draft-line": "Period {period} ({code}) · schedule {schedule}% · data as of {as_of}",
    "brief-footer-defaults": "; (default) = no unit named by the plan, the plan's default owner leads",
    "brief-footer-sign": "{mark} issued by    {mark} date",
    "brief-footer-made": "Made by plan415x from {source} and the figures reported; every number is that of"
    " plan415x check {period}; gap = schedule − done (points, positive: behind){defaults}.",
    "brief-published-default-owner": " (default)",
    "brief-published-older": " ({months})",
    "brief-published-state": "state: {state}{older}",
    "brief-published-actual": "actual {actual}{older}",
    "brief-published-schedule": "schedule {pct}%",
    "brief-published-gap-behind": "{gap} points behind the schedule",
    "brief-published-gap-ahead": "{gap} points ahead of the schedule",
    "brief-published-sep": ", ",
    "brief-published-named": "{name} ({unit}): {figures}.",
    "brief-published-more": "{n} more: see check --as-published.",
    "brief-published-progress": "{done} achieved, {ahead} ahead of the schedule.",
    "brief-published-sub-achieved": "Achieved:",
    "brief-published-sub-ahead": "Ahead:",
    "brief-published-ranking-by": "{n} units ranked by average points behind schedule (0 when not behind),"
    " smallest first.",
    "brief-published-top-three": "{group}Top three:",
    "brief-published-bottom-three": "{group}Bottom three:",
    "brief-published-no-report": "No report: {names} (nothing due was reported; listed after every unit that"
    " reported).",
    "brief-published-excluded-one": "{unit} (only 1 target counted, fewer than {n})",
    "brief-published-excluded": "{unit} (only {counted} targets counted, fewer than {n})",
    "brief-published-sep-units": "; ",
    "brief-published-not-ranked": "Not ranked: {units}",
    "brief-published-move-new-year": "move: the year's first ranking, not compared with last year (新年度)",
    "brief-published-move-against": "move: against {against}",
    "brief-published-move-none": "move: no earlier ranking of the same cadence to compare with",
    "brief-published-rule": "Note: ranked by the rule of the day it was published (a unit with fewer than {n}"
    " counted targets is not ranked; the rule in full: the note of plan415x rank)",
    "brief-published-note": "{rule}; {move}",
    "brief-published-next": "The next steps and the signature were the analyst's words and are not in the"
    " record: see the 通报 as issued.",
    "brief-published-title": "Progress of {plan}, {period} (as published)",
    "brief-published-line": "Period {period} ({code}) · the version published on {date}, printed again from its"
    " record (published/{code}.json), not judged again from the data now",
    "brief-published-left-reporting": "the reporting (报送情况)",
    "brief-published-left-streaks": "red streaks",
    "brief-published-left-goals": "the targets' goals and amounts due",
    "brief-published-left-stale": "stale marks",
    "brief-published-left-score": "the annual score",
    "brief-published-left": "Not in the record, so left out (never filled in from the data now): {items}",
    "brief-published-footer": "Made by plan415x from published/{code}.json (published on {date}); every number"
    " is that of plan415x check {code} --as-published and plan415x rank {code} --as-published;"
    " gap = schedule {minus} done (points, positive: behind).",
    "gongwen-title": "Report on the progress of the targets of 《{plan}》, {period}",
    "gongwen-issuer": "issuer",
    "gongwen-doc-number": "document number",
    "gongwen-draft": "(draft: the data sets no {lacking}, see publishing in targets.yaml; not to be issued as an"
    " official document)",
    "gongwen-illustrative-head": "(the issuer, document number, copies and printer are illustrative: the"
    " issuing office settles them before printing)",
    "gongwen-opening": "As 《{plan}》{number} requires, the progress of its targets in {period} is reported as"
    " follows:",
    "gongwen-to-fill": "{mark} addressees",
    "gongwen-cc": "Copies: {cc}.",
    "gongwen-printed-date": "{mark} date printed",
    "gongwen-signer": "{mark} issuer's signature",
    "gongwen-date": "{mark} date",
    "gongwen-col-lead": "Lead unit",
    "gongwen-col-goal": "Goal",
    "gongwen-col-done": "Done",
    "gongwen-col-schedule": "Schedule",
    "gongwen-col-gap": "Gap (points)",
    "gongwen-col-light": "Light",
    "gongwen-col-status": "Status",
    "gongwen-no-lead": "none",
    "gongwen-gap-note": "Note: gap = schedule {minus} done, in points; positive: behind the schedule.",
    "gongwen-default-owners": "Nos. {numbers}: the plan names no unit responsible; the default lead unit,"
    " {owners}, leads them.",
    "gongwen-annex-label": "Annex {n}",
    "gongwen-annex-title": "Check table of the targets, {period}",
    "gongwen-span": "{first}-{last}",
    "brief-item": "{n}. {item}",
}


OUTPUT_SAID: dict[str, str] = {
    # What refuses an output before or as it is written (fsutil.py, reports/pdf_fonts.py; issue 20, item 1).
    "file-special-refused": "{path} is {kind}, not a regular file; plan415x writes a file, a FIFO or a"
    " character device such as /dev/null",
    "file-kind-fifo": "a FIFO",
    "file-kind-character-device": "a character device",
    "file-kind-block-device": "a block device",
    "file-kind-socket": "a socket",
    "pdf-font-no-file": "{env}={named}: no such file",
    "pdf-font-not-a-font": "{env}={named}: not a TrueType or OpenType font (.ttf, .otf, .ttc)",
    "pdf-font-no-chinese": "{env}={named}: the font has no Chinese characters (no 中); name a Chinese font",
    "pdf-font-none-found": "no Chinese font found to set the PDF in (looked for {names} in {folders});"
    " install one (e.g. Noto Serif CJK or 文泉驿) or name a .ttf/.otf/.ttc file in {env}",
}


NOTICE_SAID: dict[str, str] = {
    # The 催报 notices and the 回执 (reports/notices.py, receipts.py; issue 20, item 1): written in
    # Chinese whatever the plan's language (notices.LANG), as they go to the units.
    "notice-col-no": "No.",
    "notice-col-target": "Target",
    "notice-col-measure": "Unit",
    "notice-col-due": "Due",
    "notice-contact": "Questions: {name}, tel. {phone}.",
    "notice-title": "Notice: the figures of {period} to report",
    "notice-title-again": "Notice: the figures of {period} to report again",
    "notice-doc-number": " ({number})",
    "notice-opening": "Under the monitoring arrangements of 《{plan}》{number}, here is where your unit's"
    " figures of {period} stand.",
    "notice-ask": "please send them by {due}, their deadline.",
    "notice-passed-on": "their deadline, {due}, has passed",
    "notice-passed": "their deadlines have passed",
    "notice-ask-again-by": "{passed}: please send them by {by}.",
    "notice-ask-again": "{passed}: please send them as soon as you can.",
    "notice-missing": "These {n} figures of your unit have not been received: {ask}",
    "notice-section-missing": "Figures not received",
    "notice-reds": "These {n} targets are red at {period} (behind the schedule) and their delay is not yet"
    " explained: please explain it in the workbook's 滞后原因 and 下步措施 columns and send it with the"
    " figures.",
    "notice-section-reds": "Red targets whose delay is to be explained",
    "notice-to": "{unit}:",
    "notice-due": "{month}/{day}",
    "receipt-added": "added",
    "receipt-replaced": "replaced",
    "receipt-unchanged": "unchanged (the same as reported before)",
    "receipt-count-added": "added {n}",
    "receipt-count-replaced": "replaced {n}",
    "receipt-count-unchanged": "unchanged {n}",
    "receipt-dry-run": "A preview: nothing was imported.",
    "receipt-taken": "Imported: {counts}.{refused}",
    "receipt-taken-but": " These {n} cells failed the checks and were not imported: please correct them and"
    " send them again.",
    "receipt-whole-refused": "The workbook itself failed the checks ({why}): nothing of it was imported; please"
    " fill in a newly downloaded workbook and send it again.",
    "receipt-cells-refused": "Not imported: these {n} cells failed the checks, so nothing of the workbook was"
    " imported; please correct them and send it again.",
    "receipt-others-refused": "Your unit's sheet has no problem, but cells of other sheets of the same workbook"
    " failed the checks, so nothing of it was imported; send it again with the whole workbook once they are"
    " corrected.",
    "receipt-col-result": "Result",
    "receipt-col-cell": "Cell",
    "receipt-col-problem": "Problem",
    "receipt-col-hint": "Hint",
    "receipt-section-result": "Result",
    "receipt-section-cells": "Cells to correct",
    "receipt-section-check": "Figures to check",
    "receipt-why-ytd-decrease": "{target}: the year-to-date figure falls from {previous} ({before}) to {value} ({after}); a year-to-date figure never falls within a year: check this figure and the one sent before",
    "receipt-why-conflict": "{target}: {new} this time, where {old} was received before; to correct the figure received, say so when sending again",
    "receipt-check": "These figures were received but look unusual against earlier periods or the target:"
    " please check them; a figure found right need not be sent again.",
    "receipt-received": " (received {day})",
    "receipt-title": "Receipt of the figures of {period}",
    "receipt-opening": "The figures of {period} your unit sent{received} have been processed: the result follows.",
}


CATALOGUE: dict[str, str] = (
    UNITS
    | CHECKS
    | LOADING
    | FIELDS
    | IMPORT
    | STEPS
    | SCORING
    | PUBLISH
    | COLLECT
    | GWR
    | REVIEW
    | CLI
    | FYP
    | FYP2
    | DRAFT2
    | IMPLEMENTATION
    | VERDICT
    | BRIEF_SAID
    | OUTPUT_SAID
    | NOTICE_SAID
)
