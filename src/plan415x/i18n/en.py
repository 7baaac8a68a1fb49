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
