"""Fuzz the loader for a bounded time: random bytes and mutations of the real data files.

    python scripts/fuzz_loader.py --seconds 60 [--seed 1] [--data data]

Every input goes through the whole pipeline (decode, parse, schema, cross-file checks) in a
copy of the data folder. It must come back as a Dataset or as Problems with a position: any
exception, any problem without a file, or an input that takes longer than --slow seconds is a
finding, printed and saved under benchmarks/out/fuzz/ for a regression case. Exit 1 on findings.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from plan415x.loading import load_dataset

ROOT = Path(__file__).resolve().parents[1]
TOKENS = [
    b"\n",
    b": ",
    b"- ",
    b"{",
    b"}",
    b"[",
    b"]",
    b"&a ",
    b"*a",
    b"<<: ",
    b"'",
    b'"',
    b"\t",
    b"#",
    b"!!python/object:os.system",
    # the rules of the hardening and judgement issues: control characters, line separators,
    # YAML 1.1 exponents, magnitudes past 1e15, and the new fields with odd values
    b"\x1b[2J",
    b"\x00",
    "\u2028".encode(),
    "\u202e".encode(),
    b"\r",
    b"1e3",
    b"1.7e+308",
    b"restates: ",
    b"frequency: quarterly",
    b"frequency: weekly",
    b"tolerance: {absolute: 1}",
    b"tolerance: {absolute: 1, relative_pct: 5}",
    b"kind: monitor",
    b"whole: true",
    b"as_of: 2100-01-01",
    b"!!binary",
    b".nan",
    b"-1",
    b"1e999",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xe4\xb8",
    b"target: ",
    b"value: ",
    b"period: 2023Q2",
    b"records:",
    b"\x00",
    b"~",
    b"? ",
    # issue 26: explicit tags (every one is refused, standard ones included), characters XML
    # cannot hold written as is and as escapes, unit names alike, factors past the bounds
    b"!!binary G1s=",
    b"!!binary ",
    b"!!set {a, b}",
    b"!!set ",
    b"!!bool maybe",
    b"!!timestamp soon",
    b"!!timestamp 2023-13-45",
    b"!!null text",
    b"!!str 12",
    b"!!float 3",
    b"!!int '7'",
    b"!!omap [a: 1]",
    b"!!merge ",
    b"!custom ",
    b"!include x.yaml",
    b"! ",
    b"&t !!binary ",
    b"%TAG !e! tag:example.com,2000:\n---\n",
    b'"\\uFFFE"',
    b'"\\uFFFF"',
    b'"\\uFDD0"',
    b'"\\uFDEF"',
    b'"\\U0010FFFF"',
    b'"\\uD800"',
    b'"\\uDFFF"',
    "\ufdd0".encode(),
    "\uffff".encode(),
    "\U0001fffe".encode(),
    b"name_zh: \xe7\x94\xb2\xe5\xb1\x80",  # 甲局: twice makes two units alike (--data tests/data/mini)
    b"aliases: [ua]",
    b"factor: 1.0e+307",
    b"factor: 1.0e-300",
    b"factor: 1.0e+15",
]


# Values put in place of a mapping's value, where the file stays YAML and a token reaches the
# schema and the checks across files (a token inserted anywhere mostly breaks the syntax first):
# tags, characters XML cannot hold, names of other units, factors at and past their bounds.
VALUES = [
    b"!!binary G1s=",
    b"!!set {ua, ub}",
    b"!!bool maybe",
    b"!!timestamp soon",
    b"!!null text",
    b"!!str 12",
    b"!custom x",
    b'"x\\uFFFE"',
    b'"\\uFDD0"',
    b'"\\uD800"',
    "x\ufdd0".encode(),
    "\U0010ffff".encode(),
    "\u7532\u5c40".encode(),  # 甲局, the name of tests/data/mini's first unit
    b"Bureau A",
    b"ua",
    b"[ua, ub]",
    b"1.0e+307",
    b"1.0e-300",
    b"1.0e+15",
    b"1.0e-15",
]
_VALUE = re.compile(rb"(?<=: )[^,}\n]*")


def mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        pos = rng.randrange(len(out) + 1)
        if choice < 0.15:
            found = _VALUE.search(bytes(out), pos) or _VALUE.search(bytes(out))
            if found is not None:
                out[found.start() : found.end()] = rng.choice(VALUES)
        elif choice < 0.3 and out:
            del out[pos : pos + rng.randint(1, 16)]
        elif choice < 0.6:
            out[pos:pos] = rng.choice(TOKENS)
        elif choice < 0.8 and out:
            out[min(pos, len(out) - 1)] = rng.randrange(256)
        else:
            start = rng.randrange(len(out) + 1)
            out[pos:pos] = out[start : start + rng.randint(1, 200)]
    return bytes(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--slow", type=float, default=5.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = sorted(args.data.rglob("*.yaml"))
    findings = 0
    runs = 0
    out_dir = ROOT / "benchmarks" / "out" / "fuzz"
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory() as tmp:
        while time.monotonic() < deadline:
            work = Path(tmp) / f"run{runs}"
            shutil.copytree(args.data, work)
            victim = rng.choice(seeds)
            rel = victim.relative_to(args.data)
            raw = (
                victim.read_bytes()
                if rng.random() < 0.9
                else bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
            )
            fuzzed = mutate(raw, rng)
            (work / rel).write_bytes(fuzzed)
            started = time.monotonic()
            problem = ""
            try:
                dataset, problems = load_dataset(work)
                if dataset is None and not problems:
                    problem = "no dataset and no problems"
                elif any(
                    not p.file
                    or (
                        p.line == 0
                        and p.code not in ("io-error", "too-large", "yaml-syntax", "too-deep")
                        # a note of a whole file, by design: its records (or every file's)
                        # were not checked because of a problem located elsewhere
                        and not (p.level == "note" and p.code == "not-checked")
                    )
                    for p in problems
                ):
                    problem = "a problem without a position: " + repr([p for p in problems if not p.line][:3])
            except Exception:
                problem = traceback.format_exc()
            took = time.monotonic() - started
            if took > args.slow:
                problem += f"\nslow: {took:.1f} s"
            if problem:
                findings += 1
                out_dir.mkdir(parents=True, exist_ok=True)
                (out_dir / f"finding{findings}-{rel.name}").write_bytes(fuzzed)
                print(f"FINDING {findings} in {rel}:\n{problem}", file=sys.stderr)
            shutil.rmtree(work)
            runs += 1
    print(f"{runs} inputs in {args.seconds:g} s, {findings} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
