"""The YAML reader's fast paths, each giving the answer of the slow one (issue 15's cold check).
yamlfile._raw_controls decides in C that a file has no refused character (the character class searched over a 10,000-target year's 8.5 MB took 0.6 s): a text
printable but for its line ends and tabs holds none, because every character the class refuses
is one str.isprintable() refuses too. Tried here for every code point; and a file that is not
printable for another reason (a full-width space, a no-break space) is searched as before.
A mapping whose keys' texts differ has no key twice (checked without making (tag, text) pairs);
else the pairs decide, as before."""

from __future__ import annotations

from pathlib import Path

from plan415x.yamlfile import _CONTROL_IN_TEXT, Document, _raw_controls, parse


def test_every_refused_character_is_not_printable() -> None:
    refused = [chr(c) for c in range(0x110000) if _CONTROL_IN_TEXT.match(chr(c))]
    # C0 but tab, LF, CR (29); DEL and C1 (33); U+2028-2029, 202A-202E, 2066-2069 (11);
    # surrogates (2,048); U+FDD0-FDEF (32); the last two of each of the 17 planes (34)
    assert len(refused) == 29 + 33 + 11 + 2048 + 32 + 34
    assert [c for c in refused if c.isprintable()] == []


def test_files_with_and_without_a_refused_character() -> None:
    assert (
        _raw_controls("a: 1\n\tb: '甲\u3000乙'\r\n", "f.yaml") is None
    )  # U+3000: not printable, not refused
    found = _raw_controls("a: 1\nb: '甲\u00a0乙\u202e'\n", "f.yaml")
    assert found is not None
    # NBSP is not printable and not refused; U+202E is: line 2, after b, :, space, ', 甲, NBSP, 乙
    assert (found.line, found.column, found.code) == (2, 8, "control-character")


def _parsed(text: str) -> object:
    got = parse(text, Path("f.yaml"), "f.yaml")
    return got.data if isinstance(got, Document) else (got.line, got.column, got.code)


def test_keys_twice_with_and_without_the_fast_path() -> None:
    assert _parsed("a: 1\nb: 2\n") == {"a": 1, "b": 2}
    assert _parsed("a: 1\nb: 2\na: 3\n") == (3, 1, "duplicate-key")
    # the same text, another tag: not the same key (an int and a string)
    assert _parsed('1: a\n"1": b\n') == {1: "a", "1": "b"}
    # a key that is a sequence: only scalar keys are compared, as before
    assert _parsed("? [x]\n: 1\nb: 2\nb: 3\n") == (4, 1, "duplicate-key")
