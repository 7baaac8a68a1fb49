"""Checks across records and files, after each file has passed its own schema.

Codes are stable (other tools depend on them) and documented in docs/data-format.md.

``plan`` checks the plan (``check_plan``), ``actuals`` the actuals against it
(``check_actuals``), ``words`` holds the words their messages share; both checks are named
here, where the loader and the commands ask for them.
"""

from plan415x.checks.actuals import check_actuals
from plan415x.checks.plan import check_plan

__all__ = ["check_actuals", "check_plan"]
