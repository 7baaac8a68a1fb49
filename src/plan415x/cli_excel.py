"""The Excel commands (export, template, import). openpyxl is imported inside them only."""

from __future__ import annotations

from plan415x.cli import app  # noqa: F401  (commands register on the shared app)
