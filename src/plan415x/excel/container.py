"""The file an import is given, checked before any XML parser reads it.

Size (20 MB), a real zip whose entries hold ``[Content_Types].xml``, unpacked size (200 MB) and
compression ratio (100 for entries over 1 MB: a zip bomb), no ``<!DOCTYPE`` in any XML part
(entity expansion; xlsx never needs one), not "Strict Open XML"; openpyxl must be reading
through defusedxml, as a second guard.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from plan415x.excel.outcome import problem
from plan415x.i18n.phrases import os_reason
from plan415x.problems import Problem, Said, said

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small parts compress well without being bombs
MAX_ENTRIES = 10_000
MAX_ROWS = 5_000
MAX_TEXT = 2_000
_DOCTYPE = [s.encode(enc) for s in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le", "utf-16-be")]


OTHER_FORMATS = frozenset({".xls", ".et", ".ett", ".xlsm", ".xltm", ".xlsb", ".ods", ".csv"})
"""Spreadsheets import does not read, known by their file name's ending; each is refused with what
to do (``other_format``), also in a folder import (``cli/bodies/import_.py``), never skipped
unseen."""


def other_format(suffix: str) -> Said | None:
    """What to say of a file import does not read, by its ending (lower case): save it as .xlsx."""
    match suffix:
        case ".xls":
            return said("import-format-xls")
        case ".et" | ".ett":
            return said("import-format-et")
        case ".xlsm" | ".xltm":
            return said("import-format-xlsm")
        case ".xlsb":
            return said("import-format-xlsb")
        case ".ods":
            return said("import-format-ods")
        case ".csv":
            return said("import-format-csv")
    return None


def check_container(path: Path, shown: str) -> list[Problem]:
    """Refuse what is not a reasonable xlsx file before any XML parser reads it."""

    def bad(code: str, made: Said) -> list[Problem]:
        return [problem(shown, code, made)]

    other = other_format(path.suffix.lower())
    if other is not None:  # named by its kind before its bytes: an .et is also an OLE file
        return bad("not-xlsx", other)
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        return bad("unsafe-reader", said("import-unsafe-reader"))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        return bad("io-error", said("import-cannot-read", reason=os_reason(error)))
    if size > MAX_BYTES:
        return bad("too-large", said("import-too-large", size=f"{size:,}", limit=f"{MAX_BYTES:,}"))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return bad("not-xlsx", said("import-old-xls"))
    if not head.startswith(b"PK\x03\x04"):
        return bad("not-xlsx", said("import-not-zip"))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names:
                return bad("not-xlsx", said("import-no-content-types"))
            if len(infos) > MAX_ENTRIES:
                return bad("zip-bomb", said("import-too-many-parts", count=f"{len(infos):,}"))
            total = sum(i.file_size for i in infos)
            if total > MAX_UNPACKED:
                return bad(
                    "zip-bomb",
                    said("import-unpacks-too-large", total=f"{total:,}", limit=f"{MAX_UNPACKED:,}"),
                )
            for info in infos:
                if info.file_size > RATIO_FLOOR and (
                    info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO
                ):
                    ratio = info.file_size / max(info.compress_size, 1)
                    return bad(
                        "zip-bomb",
                        said(
                            "import-zip-bomb", part=info.filename, ratio=f"{ratio:,.0f}", limit=str(MAX_RATIO)
                        ),
                    )
            for info in infos:
                if _has_doctype(archive, info):
                    return bad("xml-doctype", said("import-doctype", part=info.filename))
            if _is_strict(archive, names):
                return bad("strict-xlsx", said("import-strict-xlsx"))
    except zlib.error:
        # zlib's own words depend on which bytes broke ("invalid literal/lengths set", "invalid
        # code"...) and say nothing to a user.
        return bad("corrupt-xlsx", said("import-does-not-unpack"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        return bad("corrupt-xlsx", said("import-damaged", error=str(error)))
    except NotImplementedError as error:  # an unsupported compression method
        return bad("corrupt-xlsx", said("import-unreadable", error=str(error)))
    return []


_STRICT = b"http://purl.oclc.org/ooxml/"


def _is_strict(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """Saved as "Strict Open XML Spreadsheet": its namespaces are http://purl.oclc.org/ooxml/...,
    which openpyxl does not know (it would find no sheets, and the file would look like no
    template at all). The package's relationships and the workbook part say so at their start."""
    for name in ("_rels/.rels", "xl/workbook.xml"):
        if name in names:
            with archive.open(name) as part:
                if _STRICT in part.read(1 << 16):
                    return True
    return False


def _has_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    if info.is_dir():
        return False
    keep = max(len(m) for m in _DOCTYPE)
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(65536):
            window = tail + chunk
            if any(marker in window for marker in _DOCTYPE):
                return True
            tail = window[-keep:]
    return False
