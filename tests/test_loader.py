"""The strict YAML layer on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan415x import yamlfile
from plan415x.problems import Problem
from tests.conftest import TESTS


def _yaml_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.yaml") if "examples" in p.parts or "data" in p.parts)


@pytest.mark.parametrize("path", _yaml_files(), ids=lambda p: str(p.relative_to(TESTS)))
def test_libyaml_and_pure_python_agree(path: Path) -> None:
    text = yamlfile.decode(path.read_bytes(), path.name)
    if isinstance(text, Problem):
        return
    fast = yamlfile.parse(text, path, path.name, loader=yamlfile.StrictLoader)
    pure = yamlfile.parse(text, path, path.name, loader=yamlfile.PureStrictLoader)
    if isinstance(fast, Problem) or isinstance(pure, Problem):
        assert isinstance(fast, Problem)
        assert isinstance(pure, Problem)
        # Syntax errors may be found a line apart by the two parsers; anything else is exact.
        assert fast.code == pure.code
        if fast.code != "yaml-syntax":
            assert fast.line == pure.line
    else:
        assert fast.data == pure.data


def test_libyaml_is_used_when_present() -> None:
    import yaml

    assert yaml.__with_libyaml__ == yamlfile.WITH_LIBYAML


def test_a_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlfile, "MAX_BYTES", 1000)
    big = tmp_path / "2023Q2.yaml"
    big.write_text("records:\n" + "  - {target: land, value: 1}\n" * 100, encoding="utf-8")
    problem = yamlfile.load(big, "2023Q2.yaml")
    assert problem == Problem("2023Q2.yaml", 0, 0, "too-large", "the file is 2709 bytes; the limit is 1000")


def test_positions_are_found_through_merge_keys() -> None:
    text = "base: &b {value: 1, unit: 亩}\nrecord:\n  <<: *b\n  target: land\n"
    doc = yamlfile.parse(text, Path("x.yaml"), "x.yaml")
    assert isinstance(doc, yamlfile.Document)
    assert doc.locate(("record", "target")) == (4, 11)
    assert doc.locate(("record", "unit")) == (1, 27)  # found in the merged mapping
    assert doc.locate(("record", "missing")) == (3, 3)  # the parent, where it should be added
    assert doc.locate(("record", "target"), key=True) == (4, 3)


def test_a_duplicate_key_names_both_lines() -> None:
    problem = yamlfile.parse("a: 1\nb: 2\na: 3\n", Path("x.yaml"), "x.yaml")
    assert problem == Problem(
        "x.yaml",
        3,
        1,
        "duplicate-key",
        "the key 'a' is given twice in one mapping (first at line 1); the second would silently replace the first",
    )


def test_gc_is_restored_after_loading() -> None:
    import gc

    assert gc.isenabled()
    yamlfile.parse("a: [1, 2]\n", Path("x.yaml"), "x.yaml")
    assert gc.isenabled()
