"""Strict YAML reading: UTF-8 only, duplicate keys refused, positions recoverable.

A file that cannot be read comes back as problems, never as an exception, so one broken file
never hides the problems of another. Positions are not kept while loading (that would slow
down every clean run); when a problem needs one, the file is composed again and the
problem's path is walked through the node tree to a line and column.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from plan415x import documents
from plan415x.documents import Document as Document  # where every caller has found it
from plan415x.i18n import say
from plan415x.i18n.phrases import CharName, Theirs, os_reason
from plan415x.messages import problem
from plan415x.problems import Problem, Said, said
from plan415x.safetext import NOT_XML, not_xml

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WITH_LIBYAML = _BaseLoader is not yaml.SafeLoader
_MERGE_TAG = "tag:yaml.org,2002:merge"

MAX_EXPANDED_NODES = 5_000_000
MAX_DEPTH = 100


class DuplicateKeyError(yaml.MarkedYAMLError):
    pass


class NumberFormError(yaml.constructor.ConstructorError):
    pass


class ControlCharacterError(yaml.constructor.ConstructorError):
    pass


class DateError(yaml.constructor.ConstructorError):
    pass


def _refusal(kind: type[yaml.MarkedYAMLError], refused: Said, mark: yaml.Mark | None) -> yaml.MarkedYAMLError:
    """One of our refusals raised as a YAML error (so that the parser stops there, located), its
    message made as ``refused``: ``_marked`` says it by its id."""
    error = kind(None, None, say(refused), mark)
    error.said = refused  # type: ignore[attr-defined]
    return error


# Never in a string scalar: C0 controls but TAB and LF, DEL, C1 controls, the line and
# paragraph separators, bidirectional embeddings, overrides and isolates. They would rewrite a
# terminal (ESC), start a CI workflow command (CR), or show text other than what it holds.
# Multi-line fields may hold TAB and LF; which fields may not is the model's business.
# And what XML cannot hold (safetext.NOT_XML: U+FFFE, U+FDD0, a lone surrogate): the .docx, the
# workbook and the template could then not be written, nor the template read back.
_CONTROL_IN_VALUE = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069{NOT_XML}]"
)
# The same anywhere in a file's text, CR excepted (CRLF line ends are fine). PyYAML counts NEL,
# U+2028 and U+2029 as line breaks where editors and CI do not: refused before parsing, they
# cannot shift the line numbers of anything.
_CONTROL_IN_TEXT = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069{NOT_XML}]"
)


def _refuse_controls(node: Node) -> None:
    """A string scalar whose value holds a refused character (from an escape such as ``"\\e"``)."""
    found = _CONTROL_IN_VALUE.search(node.value)
    if found is not None:
        char = found.group()
        name = CharName(char)
        refused = (
            said("file-not-xml-in-text", char=name)
            if not_xml(char)
            else said("file-control-in-text", char=name)
        )
        raise _refusal(ControlCharacterError, refused, node.start_mark)


def _raw_controls(text: str, display: str) -> Problem | None:
    """The first refused character written as is in ``text``, at its line and column as
    editors count them (only LF ends a line)."""
    # Every character refused is one str.isprintable() refuses too (controls, format and
    # separator characters, surrogates, noncharacters: tests/test_yaml_fast_paths.py tries each):
    # a text printable but for its line ends and tabs has none, and C says so at once, where
    # the character class took 0.6 s over the 8.5 MB of a 10,000-target year's actuals.
    if text.replace("\n", "").replace("\t", "").replace("\r", "").isprintable():
        return None
    found = _CONTROL_IN_TEXT.search(text)
    if found is None:
        return None
    start = found.start()
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    char = found.group()
    name = CharName(char)
    refused = (
        said("file-not-xml-in-file", char=name) if not_xml(char) else said("file-control-in-file", char=name)
    )
    return problem(display, line, column, "control-character", refused)


def _refuse_duplicate_keys(node: MappingNode) -> None:
    """A key given twice in one mapping is an error (merge keys ``<<`` excepted): the second
    would silently replace the first."""
    pairs = node.value
    try:  # keys of distinct texts (nearly every mapping) share no (tag, text): none is twice
        if len({k.value for k, _ in pairs}) == len(pairs):
            return
    except TypeError:  # a key that is a sequence or a mapping (its value a list): as below
        pass
    keys = [(k.tag, k.value) for k, _ in pairs if k.tag != _MERGE_TAG and isinstance(k, ScalarNode)]
    if len(keys) != len(set(keys)):  # rare: only then find which, and where
        _raise_duplicate(node)


def _raise_duplicate(node: MappingNode) -> None:
    seen: dict[tuple[str, str], yaml.Mark] = {}
    for key_node, _ in node.value:
        if key_node.tag == _MERGE_TAG or not isinstance(key_node, ScalarNode):
            continue
        key = (key_node.tag, key_node.value)
        first = seen.get(key)
        if first is not None:
            twice = said("file-key-twice", key=key_node.value, line=str(first.line + 1))
            raise _refusal(DuplicateKeyError, twice, key_node.start_mark)
        seen[key] = key_node.start_mark


_TAGS: dict[str, str] = {}


_PLAIN_NUMBER = re.compile(
    r"^[-+]?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?$|^[-+]?\.[0-9]+$|^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$"
)


# 1e3, 1.5e3, 1e+3: numbers to JSON and YAML 1.2, text to YAML 1.1 (and so to PyYAML), which
# wants a decimal point and a signed exponent.
_EXPONENT_TEXT = re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$")
_NUMBER_START = frozenset("0123456789+-.")


def _refuse_exponent_text(node: ScalarNode) -> None:
    """A plain ``1e3``: YAML 1.1 reads it as the text "1e3", never what was meant."""
    value = node.value
    if not node.style and value[:1] in _NUMBER_START and _EXPONENT_TEXT.match(value):
        text = said(
            "file-exponent-text", value=value, digits=_digits(value), exponent=_yaml11_exponent(value)
        )
        raise _refusal(NumberFormError, text, node.start_mark)


def _digits(value: str) -> str:
    number = float(value)
    return f"{number:.0f}" if number.is_integer() and abs(number) < 1e15 else repr(number)


def _yaml11_exponent(value: str) -> str:
    mantissa, exponent = re.split("[eE]", value)
    if "." not in mantissa:
        mantissa += ".0"
    elif mantissa.endswith("."):
        mantissa += "0"
    if mantissa.startswith("."):
        mantissa = "0" + mantissa
    sign = "" if exponent[0] in "+-" else "+"
    return f"{mantissa}e{sign}{exponent}"


def _plain_number(node: Node) -> None:
    """Refuse YAML 1.1's other spellings of numbers: 010 is octal 8 there, 1:40 is 100,
    0x1F4 is 500, 1_000 is 1000. In typed-by-hand figures they are mistakes, not intentions."""
    if not _PLAIN_NUMBER.match(node.value):
        raise _refusal(NumberFormError, said("file-not-plain-decimal", value=node.value), node.start_mark)


def _strict(base: type) -> type:
    """A safe loader on ``base`` that refuses a key given twice in one mapping (``<<`` excepted)."""

    class Strict(base):  # type: ignore[misc]
        def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
            if isinstance(node, MappingNode):
                _refuse_duplicate_keys(node)
            return super().construct_mapping(node, deep)  # type: ignore[no-any-return]

        def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
            # The composer asks this of every scalar, trying regular expressions one by one;
            # for a plain scalar the answer depends on its text alone, and data repeats text.
            if kind is ScalarNode and implicit[0]:
                tag = _TAGS.get(value)
                if tag is None:
                    if len(_TAGS) > 100_000:
                        _TAGS.clear()
                    tag = _TAGS[value] = super().resolve(kind, value, implicit)
                return tag
            return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]

        def construct_yaml_int(self, node: Node) -> Any:
            _plain_number(node)
            return super().construct_yaml_int(node)

        def construct_yaml_float(self, node: Node) -> Any:
            _plain_number(node)
            return super().construct_yaml_float(node)

        def construct_yaml_str(self, node: Node) -> Any:
            if isinstance(node, ScalarNode):
                _refuse_exponent_text(node)
                _refuse_controls(node)
            return super().construct_yaml_str(node)

        def construct_yaml_timestamp(self, node: Node) -> Any:
            # 2023-13-01 looks like a date to YAML and fails with a bare ValueError: locate it.
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError as error:
                # Python's words for why (month must be in 1..12): Chinese where theirs_zh knows them
                reason = Theirs(str(error), "date")
                not_date = said("file-not-a-date", value=node.value, error=reason)
                raise _refusal(DateError, not_date, node.start_mark) from None

    Strict.add_constructor("tag:yaml.org,2002:map", Strict.construct_yaml_map)
    Strict.add_constructor("tag:yaml.org,2002:int", Strict.construct_yaml_int)
    Strict.add_constructor("tag:yaml.org,2002:float", Strict.construct_yaml_float)
    Strict.add_constructor("tag:yaml.org,2002:timestamp", Strict.construct_yaml_timestamp)
    Strict.add_constructor("tag:yaml.org,2002:str", Strict.construct_yaml_str)
    return Strict


StrictLoader = _strict(_BaseLoader)


def _compose(text: str) -> Node | None:
    """The node tree of ``text``, for locating a problem (composed only when one is)."""
    node: Node | None = yaml.compose(text, Loader=_BaseLoader)
    return node


"""The loader used: libyaml's when PyYAML was built with it."""
PureStrictLoader = _strict(yaml.SafeLoader)
"""The same in pure Python, for machines without libyaml (and to test that both agree)."""


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Loading builds many small containers; the cyclic collector would scan them again and
    # again for cycles that YAML data cannot create, more than doubling the time on big files.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def decode(raw: bytes, display: str) -> str | Problem:
    """UTF-8 text (a BOM is accepted), or a problem naming the likely cause."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return problem(display, 1, 1, "encoding", said("file-utf16"))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        return problem(display, 1, 1, "not-text", said("file-nul-bytes"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        byte = f"{raw[error.start]:02x}"
        try:
            raw.decode("gb18030")
            not_utf8 = said("file-not-utf8-gbk", byte=byte)
        except UnicodeDecodeError:
            not_utf8 = said("file-not-utf8", byte=byte)
        return problem(display, line, column, "encoding", not_utf8)


def _expanded_size(data: Any, limit: int) -> int:
    """Nodes in ``data`` counting every alias as a full copy, stopping past ``limit``."""
    sizes: dict[int, int] = {}

    def size(obj: Any) -> int:
        if isinstance(obj, dict):
            children: Any = obj.values()
        elif isinstance(obj, list):
            children = obj
        else:
            return 1
        known = sizes.get(id(obj))
        if known is not None:
            return known
        total = 1
        for child in children:
            total += size(child)
            if total > limit:
                break
        sizes[id(obj)] = total
        return total

    return size(data)


def load(path: Path, display: str | None = None, *, locate_only: bool = False) -> Document | Problem:
    """Read and parse one YAML file; every failure comes back as a Problem. ``locate_only``:
    a file known valid, read again only to locate values in it: its text, without its data
    (the node tree is composed when a value is located; the data would double the time)."""
    shown = display or str(path)
    try:
        if path.is_dir():
            return problem(shown, 0, 0, "io-error", said("file-read-folder"))
        size, limit = path.stat().st_size, documents.MAX_BYTES
        if size > limit:
            return problem(shown, 0, 0, "too-large", said("file-too-large", size=str(size), limit=str(limit)))
        raw = path.read_bytes()
    except OSError as error:
        return problem(shown, 0, 0, "io-error", said("file-read-failed", reason=os_reason(error)))
    text = decode(raw, shown)
    if isinstance(text, Problem):
        return text
    if locate_only:
        return Document(path, shown, text, None, compose=_compose)
    return parse(text, path, shown)


_BRACKETS = re.compile(r"[\[\]{}]")


def _too_deep(text: str, display: str) -> Problem | None:
    """The first place where flow brackets nest past MAX_DEPTH, found the same way whatever
    the loader (libyaml stops at 1000 levels, pure Python runs out of stack earlier)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for match in _BRACKETS.finditer(text):  # only the brackets: big files have many
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                start = match.start()
                line = text.count("\n", 0, start) + 1
                column = start - (text.rfind("\n", 0, start) + 1) + 1
                return problem(
                    display, line, column, "too-deep", said("file-too-deep-brackets", depth=str(MAX_DEPTH))
                )
        else:
            depth = max(depth - 1, 0)
    return None


# Where a tag can begin: at a line's start or after a space or a flow bracket or comma. A file
# without one (nearly every file) is never parsed twice.
_TAG_START = re.compile(r"(?:^|[ \t\[{,])!", re.MULTILINE)
_STANDARD = "tag:yaml.org,2002:"


def _explicit_tag(text: str, display: str) -> Problem | None:
    """The first node with an explicit tag (``!!binary``, ``!!set``, ``!!bool``, ``!custom``,
    ``!``), as a problem at it. Data files are plain data: a tag turns text into bytes that
    pass the checks of text, a mapping into a set whose order changes from run to run, or a
    word into a value no constructor can make. Every tag is refused, the standard ones used
    with their standard meaning too (``!!str 12``): quotes say the same, and one rule is
    easier to follow than a list."""
    if "!" not in text or _TAG_START.search(text) is None:
        return None
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            tag = getattr(event, "tag", None)
            if tag is None:
                continue
            shown = "!!" + tag[len(_STANDARD) :] if tag.startswith(_STANDARD) else tag
            mark = event.start_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
            return problem(display, line, column, "yaml-syntax", said("file-tag-refused", tag=shown))
    except yaml.YAMLError:
        return None  # a syntax error: parsing the file again reports it, located
    return None


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _Builder:
    """Python values from a composed node tree, as PyYAML's safe constructor makes them.

    PyYAML's constructor is generic (generators, a deep flag, a lookup per node) and took half
    of the load time of big files. This one handles the plain cases directly and hands every
    other node (timestamps, binary, sets, octal or sexagesimal numbers) to the loader's own
    constructor, so the values are the same: tests compare the two on every example file.
    """

    def __init__(self, loader: Any, *, escapes: bool = True) -> None:
        self.loader = loader
        self.memo: dict[int, Any] = {}
        self.escapes = escapes
        """Whether the text has a backslash: only an escape in a double-quoted scalar can
        put a refused character into a value once the text itself has none."""

    def build(self, node: Node) -> Any:
        if isinstance(node, ScalarNode):
            tag, value = node.tag, node.value
            if tag == _STR:
                if not node.style and value[:1] in _NUMBER_START:
                    _refuse_exponent_text(node)
                if self.escapes:
                    _refuse_controls(node)
                return value
            if tag == _INT and value.isascii() and value.isdigit() and (value[0] != "0" or value == "0"):
                return int(value)
            if tag == _FLOAT and "_" not in value and ":" not in value:
                try:
                    return float(value)
                except ValueError:
                    pass  # .inf, .nan: the loader's own rules
            if tag == _NULL:
                return None
            if tag == _BOOL:
                return self.loader.bool_values[value.lower()]
            return self.loader.construct_object(node, deep=True)
        known = self.memo.get(id(node))
        if known is not None:
            return known
        if isinstance(node, SequenceNode) and node.tag == _SEQ:
            items: list[Any] = []
            self.memo[id(node)] = items
            items.extend(self.build(child) for child in node.value)
            return items
        if isinstance(node, MappingNode) and node.tag == _MAP:
            _refuse_duplicate_keys(node)
            if any(k.tag == _MERGE_TAG for k, _ in node.value):
                self.loader.flatten_mapping(node)
            mapping: dict[Any, Any] = {}
            self.memo[id(node)] = mapping
            for key_node, value_node in node.value:
                key = self.build(key_node)
                if type(key) is not str:
                    try:
                        hash(key)
                    except TypeError:
                        raise yaml.constructor.ConstructorError(
                            "while constructing a mapping",
                            node.start_mark,
                            "found unhashable key",
                            key_node.start_mark,
                        ) from None
                mapping[key] = self.build(value_node)
            return mapping
        return self.loader.construct_object(node, deep=True)


def _load_fast(text: str, loader_class: type) -> Any:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _Builder(loader, escapes="\\" in text).build(node)
    finally:
        loader.dispose()


def parse(text: str, path: Path, display: str, loader: type = StrictLoader) -> Document | Problem:
    """Parse ``text``; with the default loader through the fast builder, else with PyYAML's
    own constructor (the reference the builder is tested against)."""
    deep = _too_deep(text, display)
    if deep is not None:
        return deep
    raw = _raw_controls(text, display)
    if raw is not None:
        return raw
    tagged = _explicit_tag(text, display)
    if tagged is not None:
        return tagged
    try:
        with _gc_paused():
            data = _load_fast(text, loader) if loader is StrictLoader else yaml.load(text, Loader=loader)
    except DuplicateKeyError as error:
        return _marked(display, error, "duplicate-key")
    except NumberFormError as error:
        return _marked(display, error, "invalid-value")
    except ControlCharacterError as error:
        return _marked(display, error, "control-character")
    except yaml.MarkedYAMLError as error:
        nesting = "nesting depth" in str(error.problem)
        marked = _marked(display, error, "too-deep" if nesting else "yaml-syntax")
        hint = _quote_hint(text, marked.line, marked.said) if not nesting and marked.said else None
        return replace(marked, message=say(hint), said=hint) if hint else marked
    except yaml.YAMLError as error:
        return problem(
            display, 0, 0, "yaml-syntax", said("file-yaml-error", error=Theirs(str(error), "yaml"))
        )
    except RecursionError:
        return problem(display, 0, 0, "too-deep", said("file-nested-too-deeply"))
    except (ValueError, TypeError, OverflowError) as error:
        # A constructor that failed without a position; none is known to remain, but a
        # traceback must never be what a user sees.
        return problem(display, 0, 0, "yaml-syntax", said("file-value-unreadable", error=str(error)))
    # Aliases are shared, not copied, while loading; what reads the data later would walk
    # every copy, so a "billion laughs" file is refused here.
    try:
        bomb = "&" in text and _expanded_size(data, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES
    except RecursionError:
        return problem(display, 0, 0, "too-deep", said("file-nested-too-deeply"))
    if bomb:
        return problem(display, 1, 1, "alias-bomb", said("file-alias-bomb", limit=str(MAX_EXPANDED_NODES)))
    return Document(path, display, text, data, compose=_compose)


_QUOTED_THEN_MORE = re.compile(r"""^(\s*(?:-\s+)?[^\s:'"][^:]*:\s+)(['"])(.*?)\2(\S.*)$""")


def _quote_hint(text: str, line: int, error: Said) -> Said | None:
    """For a value that starts with a quote and goes on after it closes (text_zh: '浙江制造'标准2项,
    a YAML error), how to write it: the whole value in the other kind of quotes."""
    lines = text.splitlines()
    for number in (line, line - 1):  # the error is often reported at the line after
        if not 1 <= number <= len(lines):
            continue
        match = _QUOTED_THEN_MORE.match(lines[number - 1])
        if match is None:
            continue
        key, quote, inner, rest = match.groups()
        value = f"{quote}{inner}{quote}{rest.rstrip()}"
        other = '"' if quote == "'" else "'"
        if other in value:
            return said("file-quote-hint-block", error=error, number=str(number))
        return said(
            "file-quote-hint",
            error=error,
            number=str(number),
            key=key.strip(),
            value=f"{other}{value}{other}",
        )
    return None


def _marked(display: str, error: yaml.MarkedYAMLError, code: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    ours: Said | None = getattr(error, "said", None)
    if ours is not None:  # one of our refusals: said by its id
        return problem(display, line, column, code, ours)
    parts = [p for p in (error.context, error.problem) if p]
    message = "; ".join(parts)
    tabs = "found character '\\t'" in message or "found character '\t'" in message
    if not parts:
        found = said("file-yaml-invalid")
    else:  # the library's own words: matched back in theirs_zh, the only text that still is
        theirs = Theirs(message, "yaml")
        found = said("file-yaml-tabs", error=theirs) if tabs else said("file-yaml-error", error=theirs)
    return problem(display, line, column, code, found)
