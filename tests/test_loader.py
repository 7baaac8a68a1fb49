"""The strict YAML layer on its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from plan415x import documents, yamlfile
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
    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
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


# Plain scalars whose type YAML 1.1 decides by its own rules (octal, sexagesimal, booleans...).
TRICKY = [
    "0",
    "012",
    "0o17",
    "0x1F",
    "0b101",
    "1_000",
    "-17",
    "+5",
    "1:30",
    "1.5",
    "1.",
    ".5",
    "-.5",
    "1.5e+3",
    "1e3",
    ".inf",
    "-.Inf",
    ".nan",
    "1_000.5",
    "190:20:30.15",
    "yes",
    "No",
    "on",
    "OFF",
    "true",
    "False",
    "~",
    "null",
    "",
    "2023-06-30",
    "2023-06-30 12:00:00",
    "12:00",
    "1,800",
    "１８００",
    "1.35万",
    "'quoted'",
    '"1800"',
    "!!str 12",
    "!!float 3",
    "!!int '7'",
    "=1+1",
]


@given(
    st.lists(st.tuples(st.from_regex(r"[a-z_]{1,6}", fullmatch=True), st.sampled_from(TRICKY)), max_size=12),
    st.booleans(),
)
def test_the_fast_builder_equals_pyyaml(pairs: list[tuple[str, str]], flow: bool) -> None:
    body = ", ".join(f"{k}: {v}" for k, v in pairs) if flow else "\n".join(f"{k}: {v}" for k, v in pairs)
    text = "{" + body + "}\n" if flow else body + "\n"
    text += "list: [" + ", ".join(v for _, v in pairs if v and v[0] not in "!'\"") + "]\n"
    fast = yamlfile.parse(text, Path("x.yaml"), "x.yaml")
    pure = yamlfile.parse(text, Path("x.yaml"), "x.yaml", loader=yamlfile.PureStrictLoader)
    if isinstance(fast, Problem) or isinstance(pure, Problem):
        assert isinstance(fast, Problem)
        assert isinstance(pure, Problem)
        assert fast.code == pure.code
        return
    assert repr(fast.data) == repr(pure.data)  # repr: nan == nan, and 1 vs 1.0 vs True differ


def _clean_text(size: int) -> st.SearchStrategy[str]:
    """Text the loader accepts: control characters are refused (control-character), and an
    unquoted 1e3 is YAML 1.1 text that the loader names rather than reads."""
    return st.text(
        st.characters(
            blacklist_categories=("Cc", "Cs", "Cn"),
            blacklist_characters="\x85\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
        ),
        max_size=size,
    ).filter(lambda t: not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)[eE][-+]?\d+", t))


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _clean_text(8) | st.dates(),
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(_clean_text(5), children, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_the_fast_builder_reads_back_what_pyyaml_writes(data: object) -> None:
    for style in (False, True, None):
        text = yaml.safe_dump({"d": data, "again": data}, default_flow_style=style, allow_unicode=True)
        fast = yamlfile.parse(text, Path("x.yaml"), "x.yaml")
        pure = yamlfile.parse(text, Path("x.yaml"), "x.yaml", loader=yamlfile.PureStrictLoader)
        assert not isinstance(fast, Problem)
        assert not isinstance(pure, Problem)
        assert repr(fast.data) == repr(pure.data)


def test_entries_that_are_not_files_are_reported_not_skipped(mini: Path) -> None:
    from plan415x.loading import load_dataset

    actuals = mini / "actuals"
    (actuals / "2023Q3.yaml").mkdir()
    (actuals / "2023Q4.yaml").symlink_to(mini / "nowhere.yaml")
    (actuals / "a.yml").symlink_to("b.yml")
    (actuals / "b.yml").symlink_to("a.yml")
    dataset, problems = load_dataset(mini)
    assert dataset is None
    assert [(Path(p.file).name, p.code, p.message) for p in problems] == [
        ("2023Q3.yaml", "io-error", "a folder, not a file"),
        ("2023Q4.yaml", "io-error", "cannot read the file: No such file or directory"),
        ("a.yml", "io-error", "cannot read the file: Too many levels of symbolic links"),
        ("b.yml", "io-error", "cannot read the file: Too many levels of symbolic links"),
    ]


@pytest.mark.parametrize(
    ("value", "shown", "column"),
    [
        ("!!binary G1s=", "!!binary", 7),  # base64 of ESC [: bytes, past the checks of text
        ("!!set {ua, ub}", "!!set", 7),  # an order that changes with the hash seed
        ("!!bool maybe", "!!bool", 7),  # a traceback before
        ("!!timestamp soon", "!!timestamp", 7),  # a traceback before
        ("!!null 全年完成", "!!null", 7),  # the text silently dropped before
        ("!!str 12", "!!str", 7),  # standard, with its standard meaning: refused as well
        ("[a, !custom b]", "!custom", 11),
        ("&x ! 5", "!", 7),  # the non-specific tag, after an anchor (located at the anchor)
    ],
)
def test_every_explicit_tag_is_refused_where_it_stands(value: str, shown: str, column: int) -> None:
    text = f"a: 1\nnote: {value}\n"
    for loader in (yamlfile.StrictLoader, yamlfile.PureStrictLoader):
        problem = yamlfile.parse(text, Path("x.yaml"), "x.yaml", loader=loader)
        assert isinstance(problem, Problem)
        assert (problem.line, problem.column, problem.code) == (2, column, "yaml-syntax")
        assert problem.message.startswith(f"the tag {shown!r} is refused: data files hold plain values")


def test_an_exclamation_mark_in_text_is_no_tag() -> None:
    text = 'note: 好 !\nother: "! quoted"\nlist: [a!, b]\nblock: |\n  !重要\n  ! 第二行\n'
    document = yamlfile.parse(text, Path("x.yaml"), "x.yaml")
    assert not isinstance(document, Problem)
    assert document.data == {
        "note": "好 !",
        "other": "! quoted",
        "list": ["a!", "b"],
        "block": "!重要\n! 第二行\n",  # a '!' at a line's start in a block scalar is text
    }


@pytest.mark.parametrize(
    ("escape", "code"),
    [
        ("\\uFFFE", 0xFFFE),
        ("\\uFFFF", 0xFFFF),
        ("\\uFDD0", 0xFDD0),
        ("\\uFDEF", 0xFDEF),
        ("\\U0001FFFF", 0x1FFFF),
    ],
)
def test_characters_xml_cannot_hold_are_refused_as_escapes(escape: str, code: int) -> None:
    for loader in (yamlfile.StrictLoader, yamlfile.PureStrictLoader):
        problem = yamlfile.parse(f'a: 1\nnote: "x{escape}"\n', Path("x.yaml"), "x.yaml", loader=loader)
        assert isinstance(problem, Problem)
        assert (problem.line, problem.column, problem.code) == (2, 7, "control-character")
        assert problem.message.startswith(f"the text holds U+{code:04X} (a noncharacter); noncharacters")


def test_a_lone_surrogate_is_refused_by_either_loader() -> None:
    text = 'note: "x\\uD800"\n'
    fast = yamlfile.parse(text, Path("x.yaml"), "x.yaml")
    pure = yamlfile.parse(text, Path("x.yaml"), "x.yaml", loader=yamlfile.PureStrictLoader)
    # libyaml refuses the escape itself; the pure parser makes the character, which is refused.
    assert isinstance(fast, Problem)
    assert fast.code == "yaml-syntax"
    assert isinstance(pure, Problem)
    assert pure.code == "control-character"
    assert pure.message.startswith("the text holds U+D800 (a lone surrogate)")


def test_text_is_checked_after_conversion() -> None:
    """What pydantic turns into text (bytes, as !!binary made them) is checked as text: the
    checks ran before the conversion and let an OSC 52 clipboard write through."""
    from pydantic import ValidationError

    from plan415x import model

    with pytest.raises(ValidationError, match="control character U\\+001B"):
        model.ResponsibleUnit.model_validate({"id": "ua", "name_zh": b"\x1b]52;c;aGk=\x07", "name_en": "A"})
    with pytest.raises(ValidationError, match="line break"):
        model.Source.model_validate({"document": b"x\n::error file=a::b"})
    with pytest.raises(ValidationError, match="U\\+FFFE, a noncharacter or a lone surrogate"):
        model.Record.model_validate({"target": "land", "note": "x\ufffe"})
    with pytest.raises(ValidationError, match="control character U\\+001B"):
        model.Target.model_validate({"responsible": ["\x1b[2J"]})
