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
IMPORT: dict[str, str] = {
    # excel/container.py: the file, before any XML parser reads it
    "import-unsafe-reader": "openpyxl is not reading XML through defusedxml (not installed, or"
    " OPENPYXL_DEFUSEDXML=False): refusing to read a workbook from outside",
    "import-cannot-read": "cannot read the file: {reason}",
    "import-too-large": "the file is {size} bytes; the limit is {limit}",
    "import-old-xls": "this is an old .xls workbook (or an encrypted one): save it as .xlsx"
    " (Excel workbook) without a password",
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
    # excel/reading.py: the hidden sheet, the sheets and every cell
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
    "import-quoted-cut": "{head}…({size} characters)",
    # the last line of an import of several workbooks
    "import-batch-taken": "batch: {count} workbook(s), none refused",
    "import-batch-refused": "batch: {count} workbook(s), some refused (see above)",
}

# rules/: the steps explain prints of a rule
STEPS: dict[str, str] = {}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
