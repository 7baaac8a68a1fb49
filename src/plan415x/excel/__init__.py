"""Excel workbooks: the gap report (export), data-entry templates and their import.

Everything here imports openpyxl, which costs over 0.1 s at start-up: the CLI imports these
modules inside the Excel commands only, never at load time.
"""
