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
STEPS: dict[str, str] = {}

# scoring/: the lines of a 年考评 score and their formulas
SCORING: dict[str, str] = {}


CATALOGUE: dict[str, str] = UNITS | CHECKS | LOADING | FIELDS | IMPORT | STEPS | SCORING
