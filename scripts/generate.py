"""Write the files generated from the code: schemas/*.schema.json and docs/rules.md.

Run after changing the model or a rule's docstring: python scripts/generate.py
(tests/test_generated.py fails while they are out of date).
"""

from __future__ import annotations

import sys
from pathlib import Path

from plan415x.model import Kind
from plan415x.rules import DOCS
from plan415x.schemas import schema_json

ROOT = Path(__file__).resolve().parents[1]


def rules_markdown() -> str:
    out = [
        "# How each kind of target is judged",
        "",
        "Generated from the rules' docstrings by `scripts/generate.py`; `plan415x explain` shows the",
        "same with the numbers of one target.",
        "",
    ]
    seen: set[str] = set()
    for kind in Kind:
        doc = (DOCS[kind] or "").strip()
        if doc in seen:
            continue
        seen.add(doc)
        kinds = ", ".join(k.value for k in Kind if (DOCS[k] or "").strip() == doc)
        out += [f"## {kinds}", "", doc, ""]
    return "\n".join(out)


def outputs() -> dict[Path, str]:
    return {
        ROOT / "schemas" / "targets.schema.json": schema_json("targets"),
        ROOT / "schemas" / "actuals.schema.json": schema_json("actuals"),
        ROOT / "docs" / "rules.md": rules_markdown(),
    }


def main() -> int:
    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
