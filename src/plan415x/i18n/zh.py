"""The Chinese catalogue (简体中文): the same ids as ``en``, the same arguments in each template."""

from __future__ import annotations

# the unit of measure (units.py, checks.py)
UNITS: dict[str, str] = {
    "unknown-measure": "未知计量单位 {unit!r};请在 targets.yaml 的 measures: 下声明({{id: {unit},"
    " name_en: ..., dimension: ..., factor: 1}}),或改用已知单位(plan415x units 可列出)",
    "unknown-measure-nearest": "未知计量单位 {unit!r},最接近的已知单位:{nearest};请在 targets.yaml 的"
    " measures: 下声明({{id: {unit}, name_en: ..., dimension: ..., factor: 1}}),或改用已知单位"
    "(plan415x units 可列出)",
    "unit-mismatch": "计量单位 {unit!r} 无法换算为指标的计量单位 {target_unit!r}",
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
