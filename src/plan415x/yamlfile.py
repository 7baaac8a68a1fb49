"""Strict YAML reading: UTF-8 only, duplicate keys refused, positions recoverable.

A file that cannot be read comes back as problems, never as an exception, so one broken file
never hides the problems of another. Positions are not kept while loading (that would slow
down every clean run); when a problem needs one, the file is composed again and the
problem's path is walked through the node tree to a line and column.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from plan415x.problems import Problem

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WITH_LIBYAML = _BaseLoader is not yaml.SafeLoader
_MERGE_TAG = "tag:yaml.org,2002:merge"
MAX_BYTES = 64 * 1024 * 1024
MAX_EXPANDED_NODES = 5_000_000


class DuplicateKeyError(yaml.MarkedYAMLError):
    pass


class StrictLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that refuses a key given twice in one mapping (merge keys ``<<`` excepted)."""

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, MappingNode):
            seen: dict[tuple[str, str], yaml.Mark] = {}
            for key_node, _ in node.value:
                if key_node.tag == _MERGE_TAG or not isinstance(key_node, ScalarNode):
                    continue
                key = (key_node.tag, key_node.value)
                first = seen.get(key)
                if first is not None:
                    raise DuplicateKeyError(
                        None,
                        None,
                        f"the key {key_node.value!r} is given twice in one mapping (first at line"
                        f" {first.line + 1}); the second would silently replace the first",
                        key_node.start_mark,
                    )
                seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


StrictLoader.add_constructor("tag:yaml.org,2002:map", StrictLoader.construct_yaml_map)


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


@dataclass
class Document:
    """A parsed YAML file, with the path shown to the user."""

    path: Path
    display: str
    text: str
    data: Any
    _root: Node | None = field(default=None, repr=False)

    def _node(self) -> Node | None:
        if self._root is None:
            self._root = yaml.compose(self.text, Loader=_BaseLoader)
        return self._root

    def locate(self, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the node at ``loc`` (of its key with ``key=True``).

        Walks as far as the path exists: a missing field is reported at its parent mapping.
        """
        node = self._node()
        if node is None:
            return (1, 1)
        mark = node.start_mark
        for index, part in enumerate(loc):
            last = index == len(loc) - 1
            child: Node | None = None
            if isinstance(node, MappingNode):
                found = _find_key(node, part)
                if found is not None:
                    key_node, child = found
                    if last and key:
                        mark = key_node.start_mark
                        break
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                child = node.value[part]
            if child is None:
                break
            node = child
            mark = node.start_mark
        return (mark.line + 1, mark.column + 1)

    def problem(self, loc: tuple[str | int, ...], code: str, message: str, *, key: bool = False) -> Problem:
        from plan415x.problems import format_path

        line, column = self.locate(loc, key=key)
        return Problem(self.display, line, column, code, message, format_path(loc))


def _find_key(node: MappingNode, part: str | int) -> tuple[Node, Node] | None:
    wanted = str(part)
    merged: list[Node] = []
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE_TAG:
            merged.append(value_node)
        elif isinstance(key_node, ScalarNode) and key_node.value == wanted:
            return key_node, value_node
    for source in merged:
        for candidate in source.value if isinstance(source, SequenceNode) else [source]:
            if isinstance(candidate, MappingNode):
                found = _find_key(candidate, part)
                if found is not None:
                    return found
    return None


def decode(raw: bytes, display: str) -> str | Problem:
    """UTF-8 text (a BOM is accepted), or a problem naming the likely cause."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(display, 1, 1, "encoding", "the file is UTF-16; save it as UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        return Problem(display, 1, 1, "not-text", "the file holds NUL bytes: it is not a text file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        hint = ""
        try:
            raw.decode("gb18030")
            hint = " It looks like GBK/GB18030 (as saved by Excel or Notepad on Chinese Windows)."
        except UnicodeDecodeError:
            pass
        return Problem(
            display,
            line,
            column,
            "encoding",
            f"the file is not UTF-8 (byte 0x{raw[error.start]:02x}).{hint} Save it as UTF-8.",
        )


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


def load(path: Path, display: str | None = None) -> Document | Problem:
    """Read and parse one YAML file; every failure comes back as a Problem."""
    shown = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Problem(shown, 0, 0, "too-large", f"the file is {size} bytes; the limit is {MAX_BYTES}")
        raw = path.read_bytes()
    except OSError as error:
        return Problem(shown, 0, 0, "io-error", f"cannot read the file: {error.strerror or error}")
    text = decode(raw, shown)
    if isinstance(text, Problem):
        return text
    return parse(text, path, shown)


def parse(text: str, path: Path, display: str) -> Document | Problem:
    try:
        with _gc_paused():
            data = yaml.load(text, Loader=StrictLoader)
    except DuplicateKeyError as error:
        return _marked(display, error, "duplicate-key")
    except yaml.MarkedYAMLError as error:
        deep = "nesting depth" in str(error.problem)
        return _marked(display, error, "too-deep" if deep else "yaml-syntax")
    except yaml.YAMLError as error:
        return Problem(display, 0, 0, "yaml-syntax", str(error))
    except RecursionError:
        return Problem(display, 0, 0, "too-deep", "the file is nested too deeply to be data")
    # Aliases are shared, not copied, while loading; what reads the data later would walk
    # every copy, so a "billion laughs" file is refused here.
    try:
        bomb = "&" in text and _expanded_size(data, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES
    except RecursionError:
        return Problem(display, 0, 0, "too-deep", "the file is nested too deeply to be data")
    if bomb:
        return Problem(
            display,
            1,
            1,
            "alias-bomb",
            f"anchors and aliases expand to more than {MAX_EXPANDED_NODES} values; refused",
        )
    return Document(path, display, text, data)


def _marked(display: str, error: yaml.MarkedYAMLError, code: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    parts = [p for p in (error.context, error.problem) if p]
    message = "; ".join(parts) if parts else "invalid YAML"
    if "found character '\\t'" in message or "found character '\t'" in message:
        message += " (YAML does not allow tabs for indentation; use spaces)"
    return Problem(display, line, column, code, message)
