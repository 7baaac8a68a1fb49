"""Excel workbooks: the gap report (export), data-entry templates and their import.

Everything here imports openpyxl, which costs over 0.1 s at start-up: the CLI imports these
modules inside the Excel commands only, never at load time.
"""

import os

# openpyxl writes and reads through lxml when lxml is installed (python-docx brings it), and
# then differs: other XML bytes (the fast row writer is tested byte for byte against the stdlib
# writer), line breaks kept as \r\n in text. One behaviour everywhere: the standard library's,
# parsed through defusedxml. Set before any module of this package imports openpyxl.
os.environ["OPENPYXL_LXML"] = "False"
