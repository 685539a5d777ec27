"""Reading rule files: YAML that remembers line numbers, and checks that name file, line and key."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex
import yaml


class RuleError(ValueError):
    """A rule file is unreadable or invalid; the message names the file, the line and the key."""


class Node(dict):
    """A YAML mapping that remembers where it and each of its keys stand in the file."""

    path: Path
    line: int
    key_lines: dict[str, int]

    def where(self, key: str | None = None) -> str:
        line = self.key_lines.get(key, self.line) if key else self.line
        return f"{self.path}:{line}" + (f": key '{key}'" if key else "")

    def fail(self, key: str | None, reason: str) -> RuleError:
        return RuleError(f"{self.where(key)}: {reason}")


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(f"{path}: cannot read rule file: {err}") from err
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise RuleError(f"{path}{line}: invalid YAML: {getattr(err, 'problem', err)}") from err
    return _build(root, path, _LOADER("")) if root is not None else None


# libyaml's parser when PyYAML was built with it: rule loading is part of every worker's start.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _build(node: yaml.Node, path: Path, scalars: yaml.SafeLoader) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = Node()
        out.path, out.line, out.key_lines = path, node.start_mark.line + 1, {}
        for key_node, value_node in node.value:
            key = scalars.construct_object(key_node, deep=True)
            if key in out:
                raise RuleError(f"{path}:{key_node.start_mark.line + 1}: key '{key}': duplicate key")
            out[key] = _build(value_node, path, scalars)
            out.key_lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path, scalars) for item in node.value]
    return scalars.construct_object(node, deep=True)


def need(node: Any, key: str, kind: type | tuple[type, ...], *, optional: bool = False,
         default: Any = None) -> Any:
    """Return node[key] after checking its type; missing optional keys give `default`."""
    if not isinstance(node, Node):
        raise RuleError(f"expected a mapping, got {type(node).__name__}")
    if key not in node or node[key] is None:
        if optional:
            return default
        raise node.fail(None, f"missing required key '{key}'")
    value = node[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise node.fail(key, f"expected {names}, got {type(value).__name__} {value!r}")
    return value


def need_list(node: Node, key: str, *, optional: bool = False) -> list[Any]:
    return need(node, key, list, optional=optional, default=[])


def need_str_list(node: Node, key: str, *, optional: bool = False) -> list[str]:
    items = need_list(node, key, optional=optional)
    for item in items:
        if not isinstance(item, str):
            raise node.fail(key, f"expected a list of strings, found {item!r}")
    return items


ONE_WORD = regex.compile(r"[^\W\d_]+")  # a word of letters only


def need_words(node: Node, key: str, *, optional: bool = False) -> list[str]:
    """A list of single lower-case words (letters only: no spaces, digits or pattern signs)."""
    words = need_str_list(node, key, optional=optional)
    for word in words:
        if not ONE_WORD.fullmatch(word) or word != word.lower():
            raise node.fail(key, f"expected one lower-case word, found {word!r}")
    return words


def need_pattern(node: Node, key: str, *, optional: bool = False) -> regex.Pattern[str] | None:
    source = need(node, key, str, optional=optional)
    if source is None:
        return None
    try:
        return regex.compile(source, regex.IGNORECASE | regex.VERSION0)
    except regex.error as err:
        raise node.fail(key, f"invalid regular expression: {err}") from err


def need_choice(node: Node, key: str, choices: set[str], *, optional: bool = False) -> str | None:
    value = need(node, key, str, optional=optional)
    if value is not None and value not in choices:
        raise node.fail(key, f"{value!r} is not one of {', '.join(sorted(choices))}")
    return value


def entries(doc: Any, path: Path, key: str) -> list[Node]:
    """The list of mappings under top-level `key` of a rule file."""
    if not isinstance(doc, Node):
        raise RuleError(f"{path}: expected a mapping at the top level")
    items = need_list(doc, key)
    for item in items:
        if not isinstance(item, Node):
            raise doc.fail(key, f"expected a list of mappings, found {item!r}")
    return items


def unique_ids(items: list[Node], key: str = "id") -> None:
    seen: dict[str, Node] = {}
    for item in items:
        ident = need(item, key, str)
        if ident in seen:
            raise item.fail(key, f"duplicate id {ident!r} (first at {seen[ident].where(key)})")
        seen[ident] = item


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic garbage collection while rules and models load: they build hundreds of
    thousands of objects that all live on (patterns, lexicons, the NER vocabulary), and with the
    default thresholds the collector walked them about 290 times during a start (the modules'
    own patterns at import, then the rule files), finding nothing: 0.15-0.2 s of a worker's
    ~4 s start. Loading leaves little cyclic garbage (a few dozen objects), which
    batch._warm_up's gc.collect() frees; the collector's state before is restored."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
