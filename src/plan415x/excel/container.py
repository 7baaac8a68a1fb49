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

from plan415x.problems import Problem

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small parts compress well without being bombs
MAX_ENTRIES = 10_000
MAX_ROWS = 5_000
MAX_TEXT = 2_000
_DOCTYPE = [s.encode(enc) for s in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le", "utf-16-be")]


def check_container(path: Path, shown: str) -> list[Problem]:
    """Refuse what is not a reasonable xlsx file before any XML parser reads it."""

    def bad(code: str, message: str) -> list[Problem]:
        return [Problem(shown, 0, 0, code, message)]

    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:
        return bad(
            "unsafe-reader",
            "openpyxl is not reading XML through defusedxml (not installed, or"
            " OPENPYXL_DEFUSEDXML=False): refusing to read a workbook from outside",
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        return bad("io-error", f"cannot read the file: {error.strerror or error}")
    if size > MAX_BYTES:
        return bad("too-large", f"the file is {size:,} bytes; the limit is {MAX_BYTES:,}")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return bad(
            "not-xlsx",
            "this is an old .xls workbook (or an encrypted one): save it as .xlsx (Excel workbook)"
            " without a password",
        )
    if not head.startswith(b"PK\x03\x04"):
        return bad("not-xlsx", "not an xlsx workbook (an xlsx file is a zip archive; this is not one)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names:
                return bad("not-xlsx", "a zip archive but not an xlsx workbook (no [Content_Types].xml)")
            if len(infos) > MAX_ENTRIES:
                return bad("zip-bomb", f"the archive holds {len(infos):,} parts; refused")
            total = sum(i.file_size for i in infos)
            if total > MAX_UNPACKED:
                return bad(
                    "zip-bomb",
                    f"the workbook would unpack to {total:,} bytes (limit {MAX_UNPACKED:,}); refused",
                )
            for info in infos:
                if info.file_size > RATIO_FLOOR and (
                    info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO
                ):
                    ratio = info.file_size / max(info.compress_size, 1)
                    return bad(
                        "zip-bomb",
                        f"part {info.filename} is compressed {ratio:,.0f} to 1 (limit {MAX_RATIO}):"
                        " a zip bomb, refused",
                    )
            for info in infos:
                if _has_doctype(archive, info):
                    return bad(
                        "xml-doctype",
                        f"part {info.filename} declares a DOCTYPE or entities (entity expansion);"
                        " workbooks never need one: refused",
                    )
            if _is_strict(archive, names):
                return bad(
                    "strict-xlsx",
                    "a Strict Open XML Spreadsheet, which plan415x does not read: open it in Excel and"
                    " save it as a normal .xlsx (Save As > Excel Workbook), then import that file",
                )
    except zlib.error:
        # zlib's own words depend on which bytes broke ("invalid literal/lengths set", "invalid
        # code"...) and say nothing to a user.
        return bad(
            "corrupt-xlsx", "the workbook is damaged and cannot be read (a compressed part does not unpack)"
        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        return bad("corrupt-xlsx", f"the workbook is damaged and cannot be read ({error})")
    except NotImplementedError as error:  # an unsupported compression method
        return bad("corrupt-xlsx", f"the workbook cannot be read ({error})")
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
