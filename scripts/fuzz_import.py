"""Fuzz ``plan415x import`` for a bounded time: mutations of filled templates, part by part.

    python scripts/fuzz_import.py --seconds 60 [--seed 1] [--data tests/data/mini] [--slow 10] [--inputs N]

The seeds are templates of the data folder, filled in (valid figures for a new period and for
an existing one, an empty template, one with refused cells). Each input is a seed with one of
its zip parts mutated (the sheets' XML most often: tokens such as ``<f>``, ``t="s"``,
``<!DOCTYPE``, huge row numbers, odd numbers in ``<v>``, full-width ＝＋－＠), one cell of its
hidden sheet ``_plan415x`` edited, or its raw bytes mutated, and goes
through ``importer.run`` exactly as ``plan415x import`` calls it, against a copy of the data
folder. A finding is any of:

- an exception out of the import (it must come back with problems or messages);
- a refusal that changed the data folder, or a problem without a location and code;
- an import that went through but left a data folder that does not validate;
- a warning that would reach the user's terminal (openpyxl's, with its file and line);
- a hidden sheet ``_plan415x`` edited (a unit, the period, the digest) and not refused;
- an input that takes longer than --slow seconds (it is stopped there) or exhausts the memory
  limit (--memory-mb, POSIX only).

Each finding is printed and its workbook saved under benchmarks/out/fuzz-import/ for a
regression case (tests/examples/xlsx/). Exit 1 on findings.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from pathlib import Path
from typing import Any

from plan415x.excel import importer, layout
from plan415x.excel import template as xt
from plan415x.loading import load_dataset
from plan415x.periods import Period

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out" / "fuzz-import"

# Cells of the mini plan's 2023Q3/2023Q2 templates (tests/test_excel_template_import.py); on
# another data folder the cells that do not exist are simply left out.
VALID_Q3 = {
    ("甲局", "H4"): "公顷",
    ("甲局", "I4"): 90,
    ("甲局", "L4"): "2023-09-30",
    ("甲局", "M4"): "甲局 1-9月报表",
    ("甲局", "I5"): 80,
    ("甲局", "I6"): 11.5,
    ("甲局", "K7"): "done",
    ("乙局", "I4"): 200,
    ("乙局", "I5"): 7,
    ("丙局", "I4"): 9,
    ("丙局", "I5"): 3.9,
    ("丙局", "I6"): 2,
    ("丙局", "I7"): 1,
    ("未指定牵头单位", "I4"): 350,
    ("未指定牵头单位", "I5"): 33,
    ("未指定牵头单位", "J5"): 30,
}
VALID_Q2 = {("乙局", "I5"): 4, ("乙局", "I4"): 100, ("甲局", "I4"): 900}
REFUSED_Q3 = {("甲局", "I4"): "1,300", ("乙局", "I4"): "=100+100", ("丙局", "I5"): 120, ("甲局", "K7"): "x"}

TOKENS = [
    b"<",
    b">",
    b"/>",
    b"</c>",
    b"</row>",
    b"</sheetData>",
    b'<c r="I4"><v>1</v></c>',
    b'<c r="I4" t="s"><v>99999</v></c>',
    b'<c r="I4" t="b"><v>2</v></c>',
    b'<c r="I4" t="e"><v>#DIV/0!</v></c>',
    b'<c r="I4" t="d"><v>2023-13-45</v></c>',
    b'<c r="I4" t="str"><f>SUM(A1:A9)</f><v>3</v></c>',
    b"<f>1+1</f>",
    b'<row r="1048577">',
    b'<row r="0">',
    b'<row r="-1">',
    b'r="XFE1"',
    b'r="A99999999"',
    b'r="I4"',
    b't="s"',
    b't="n"',
    b't="inlineStr"',
    b's="999"',
    b"<v>",
    b"</v>",
    b"<v>nan</v>",
    b"<v>1E999</v>",
    b"<v>-1</v>",
    b"<v>0x10</v>",
    # text cells a YAML reader could take for a number, a boolean, null or a date (issue 26, 11)
    b'<c r="N4" t="inlineStr"><is><t>2E5</t></is></c>',
    b'<c r="M4" t="inlineStr"><is><t>1e3</t></is></c>',
    b'<c r="N4" t="inlineStr"><is><t>yes</t></is></c>',
    b'<c r="N4" t="inlineStr"><is><t>~</t></is></c>',
    b'<c r="N4" t="inlineStr"><is><t>2023-01-05</t></is></c>',
    b"&amp;",
    b"&#0;",
    b"&#x1F600;",
    b"&lol;",
    b"<!DOCTYPE x>",
    b"<!ENTITY a 'b'>",
    b"<?xml version='1.0' encoding='UTF-16'?>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\xe4\xb8",
    b'<sheet name="x" sheetId="99" r:id="rId99"/>',
    b'<dimension ref="A1:XFD1048576"/>',
    b"_plan415x",
    b"plan415x-template",
    b'state="veryHidden"',
    # issue 26: full-width formula starts, the hidden sheet's rows (its digest, a unit, a period)
    "＝SUM(A1)".encode(),
    "＋1".encode(),
    "－1".encode(),
    "＠x".encode(),
    b"digest",
    b"<v>ua</v>",
    b"2023Q2",
    " · 牵头单位: 甲局".encode(),
]
VALUES = [
    b"0",
    b"-0",
    b"-5",
    b"1e308",
    b"1E999",
    b"-1E999",
    b"nan",
    b"inf",
    b"1.5.2",
    b"",
    b" ",
    b"99999999999999999999999999",
    b"0.000000000000000000001",
    b"2023-09-30",
    b"TRUE",
    b"=1+1",
    b"\xef\xbc\x91\xef\xbc\x98",  # full-width 18
    b"1,800",
    b"3.5\xe4\xba\xbf",  # 3.5亿
    b"land",
    b"robots",
    b"big-projects",
    b"done",
    b"2023Q3",
    b"2099Q1",
    b"1",
    b"2",
    "＝1+1".encode(),  # full-width formula starts (issue 26)
    "＋5".encode(),
    "－5".encode(),
    "＠SUM(A1)".encode(),
    b"ua",
    b"ub",
    b"0123456789abcdef0123456789abcdef",  # a digest of the right shape
]
# Edits of the hidden sheet _plan415x (issue 26, item 9): (row, column, values); every one of
# them changes what the template says, so with its digest in place it must be refused.
META_EDITS = [
    (3, 2, ["other-plan", "mini "]),
    (4, 2, ["2023Q2", "2023Q4", "2024Q3", "2023H2", "2023"]),
    (5, 2, ["2020-01-01", ""]),
    (6, 2, ["0" * 32, "", "x"]),
    (7, 3, ["ub", "uc", "", "nobody"]),
    (8, 3, ["ua", "uc", ""]),
    (9, 3, ["ua", "ub"]),
    (10, 3, ["ua", "uc"]),
    (8, 2, ["甲局", "丙局"]),
]
CELL = re.compile(rb"<(v|t)>([^<]*)</\1>")


def mutate_bytes(data: bytes, rng: random.Random, tokens: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        choice = rng.random()
        pos = rng.randrange(len(out) + 1)
        if choice < 0.25 and out:
            del out[pos : pos + rng.randint(1, 40)]
        elif choice < 0.6:
            out[pos:pos] = rng.choice(tokens)
        elif choice < 0.75 and out:
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        else:
            start = rng.randrange(len(out) + 1)
            out[pos:pos] = out[start : start + rng.randint(1, 400)]
    return bytes(out)


def mutate_cells(data: bytes, rng: random.Random) -> bytes:
    """Replace the text of a few ``<v>``/``<t>`` elements with odd values."""
    found = list(CELL.finditer(data))
    if not found:
        return mutate_bytes(data, rng, TOKENS)
    out = data
    for match in sorted(rng.sample(found, min(len(found), rng.randint(1, 4))), key=lambda m: -m.start()):
        out = out[: match.start(2)] + rng.choice(VALUES) + out[match.end(2) :]
    return out


def mutate_meta(seed: bytes, rng: random.Random) -> tuple[bytes, str]:
    """``seed`` with one cell of its hidden sheet edited (a unit, the period, the digest…), as
    someone who unhid it would: "metadata!" when the edit changed the cell, and the digest is
    kept, so that the import must refuse it; with the digest row removed as well (a template
    made before the digest) only the sheets' titles can tell, and nothing is asserted."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(seed))
    meta = wb[layout.META_SHEET]
    row, column, values = rng.choice(META_EDITS)
    before = meta.cell(row=row, column=column).value
    value = rng.choice(values)
    meta.cell(row=row, column=column).value = value
    changed = (before or "") != value
    old = rng.random() < 0.25 and row != layout.DIGEST_ROW
    if old:
        meta.delete_rows(layout.DIGEST_ROW)
    buffer = io.BytesIO()
    wb.save(buffer)
    what = f"hidden sheet row {row} column {column}: {before!r} -> {value!r}" + (", no digest" if old else "")
    return buffer.getvalue(), ("metadata! " if changed and not old else "metadata ") + what


def mutate_workbook(seed: bytes, rng: random.Random) -> tuple[bytes, str]:
    """A mutated copy of ``seed`` and a short description of what was done."""
    if rng.random() < 0.08:
        return mutate_meta(seed, rng)
    if rng.random() < 0.08:
        return mutate_bytes(seed, rng, [b"PK\x03\x04", b"PK\x01\x02", b"\x00" * 8, b"\xff" * 4]), "zip bytes"
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    names = [info.filename for info, _ in parts]
    sheets = [i for i, n in enumerate(names) if n.startswith("xl/worksheets/")]
    index = rng.choice(sheets) if sheets and rng.random() < 0.6 else rng.randrange(len(parts))
    info, data = parts[index]
    roll = rng.random()
    if roll < 0.04:
        del parts[index]
        what = f"removed {info.filename}"
    elif roll < 0.06:
        parts.append((info, data))  # the same name twice
        what = f"duplicated {info.filename}"
    elif roll < 0.45:
        parts[index] = (info, mutate_cells(data, rng))
        what = f"cells of {info.filename}"
    else:
        parts[index] = (info, mutate_bytes(data, rng, TOKENS))
        what = f"xml of {info.filename}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part_info, part_data in parts:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "Duplicate name" is the point
                archive.writestr(part_info, part_data)
    return buffer.getvalue(), what


def seeds(data: Path) -> dict[str, bytes]:
    dataset, problems = load_dataset(data)
    if dataset is None:
        raise SystemExit(f"the data folder {data} does not validate: {problems[:3]}")
    out: dict[str, bytes] = {}
    for name, period, cells in (
        ("valid-new-period", "2023Q3", VALID_Q3),
        ("valid-existing-period", "2023Q2", VALID_Q2),
        ("empty", "2023Q3", {}),
        ("refused-cells", "2023Q3", REFUSED_Q3),
    ):
        made = xt.build(dataset, Period.parse(period))
        wb = made.workbook
        for (sheet, ref), value in cells.items():
            if sheet in wb.sheetnames:
                wb[sheet][ref] = value
        buffer = io.BytesIO()
        wb.save(buffer)
        out[name] = buffer.getvalue()
    return out


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so nothing in the importer can swallow it."""


def _alarm(signum: int, frame: Any) -> None:
    raise Hang


CODES: collections.Counter[str] = collections.Counter()


def check_one(path: Path, work: Path, dataset: Any, slow: float) -> tuple[str, str]:
    """Import ``path`` into ``work``; return (outcome, finding or "")."""
    before = snapshot(work)
    started = time.monotonic()
    if hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, slow)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            outcome = importer.run(path, dataset)
    except Hang:
        return "hang", f"still running after {slow:g} s: stopped"
    except MemoryError:
        return "memory", "MemoryError (the memory limit was reached)"
    except Exception:
        return "exception", traceback.format_exc()
    finally:
        if hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)
    took = time.monotonic() - started
    finding = f"slow: {took:.1f} s\n" if took > slow else ""
    if caught:  # printed on stderr with a library's file and line: looks like a crash
        finding += f"warnings reached the user: {[str(w.message) for w in caught][:3]!r}\n"
    if outcome.problems:
        CODES.update({p.code for p in outcome.problems})
        if snapshot(work) != before:
            finding += "refused, but the data folder changed\n"
        bad = [p for p in outcome.problems if not p.file or not p.code or not p.message]
        if bad:
            finding += f"problems without a location or code: {bad[:3]!r}\n"
        if any("plan415x-import-" in p.message or "plan415x-import-" in p.file for p in outcome.problems):
            finding += "a problem names the temporary stand-in file\n"
        if "nothing was written" not in outcome.refusal:
            finding += f"refusal without 'nothing was written': {outcome.refusal!r}\n"
        return "refused", finding
    if snapshot(work) == before:
        return "nothing written", finding
    after, problems = load_dataset(work)
    if after is None:
        finding += f"imported, and the data folder no longer validates: {problems[:3]!r}\n"
    return "imported", finding


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "mini")
    parser.add_argument("--slow", type=float, default=10.0)
    parser.add_argument("--memory-mb", type=int, default=2048)
    parser.add_argument("--inputs", type=int, default=0, help="stop after this many inputs (0: no limit)")
    args = parser.parse_args()
    try:
        import resource

        limit = args.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except (ImportError, ValueError, OSError):  # not POSIX, or a lower hard limit
        pass
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _alarm)
    rng = random.Random(args.seed)
    workbooks = seeds(args.data)
    outcomes: collections.Counter[str] = collections.Counter()
    findings = runs = 0
    slowest = 0.0
    here = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="fuzz-import-") as tmp:
        root = Path(tmp)
        base, work = root / "base", root / "data"
        shutil.copytree(args.data, base)
        shutil.copytree(args.data, work)
        dataset, _ = load_dataset(work)
        os.chdir(root)  # paths in messages as the user would see them: data/actuals/...
        began = time.monotonic()
        deadline = began + args.seconds
        try:
            while time.monotonic() < deadline and not (args.inputs and runs >= args.inputs):
                name = rng.choice(sorted(workbooks))
                fuzzed, what = mutate_workbook(workbooks[name], rng)
                path = root / "fuzzed.xlsx"
                path.write_bytes(fuzzed)
                started = time.monotonic()
                outcome, finding = check_one(path, work, dataset, args.slow)
                if what.startswith("metadata!") and outcome != "refused":
                    finding += f"an edited hidden sheet was not refused ({outcome})\n"
                slowest = max(slowest, time.monotonic() - started)
                outcomes[outcome] += 1
                if outcome in ("imported", "hang", "exception", "memory") or finding:
                    shutil.rmtree(work / "actuals")  # back to the seed's data for the next input
                    shutil.copytree(base / "actuals", work / "actuals")
                if finding:
                    findings += 1
                    OUT.mkdir(parents=True, exist_ok=True)
                    saved = OUT / f"finding{findings}-{name}.xlsx"
                    saved.write_bytes(fuzzed)
                    print(
                        f"FINDING {findings} ({name}, {what}) saved as {saved}:\n{finding}", file=sys.stderr
                    )
                runs += 1
        finally:
            os.chdir(here)
            elapsed = time.monotonic() - began
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(outcomes.items()))
    print(f"{runs} inputs in {elapsed:.0f} s ({kinds}; slowest {slowest:.2f} s), {findings} findings")
    print("refusals by code (inputs):", ", ".join(f"{code} {n}" for code, n in CODES.most_common()))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
