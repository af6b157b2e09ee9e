"""Read our YAML data files strictly: duplicate keys, runaway nesting and schema violations are
errors that name the file and the line.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .errors import XinyongError
from .locations import corpus_dir

MAX_DEPTH = 20


# libyaml's parser where PyYAML was built with it (its wheels are): the pure-Python one takes most of the time
# of loading the gold sets (hundreds of files)
_SafeLoader = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


class _StrictLoader(_SafeLoader):
    """SafeLoader that refuses duplicate keys and keeps dates as ISO strings."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise XinyongError("E010", path=getattr(loader, "source_path", None),
                               line=key_node.start_mark.line + 1, key=key)
        seen[key] = key_node
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


def _construct_timestamp(loader: _StrictLoader, node: yaml.ScalarNode) -> str:
    # Dates stay strings so that "2017-06-23" and 2017-06-23 mean the same thing everywhere.
    return loader.construct_scalar(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _depth(node: yaml.Node, limit: int) -> int:
    stack = [(node, 1)]
    deepest = 0
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        if isinstance(current, yaml.MappingNode):
            stack.extend((child, level + 1) for pair in current.value for child in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((child, level + 1) for child in current.value)
    return deepest


class YamlDocument:
    """A parsed YAML file that remembers where each value came from.

    path (Path): the file.
    data: the loaded value.
    """

    def __init__(self, path: Path, data: Any, root: yaml.Node | None) -> None:
        self.path = path
        self.data = data
        self._root = root

    def line_of(self, keys: list[str | int]) -> int | None:
        """The 1-based line of the value at a path of keys and indexes, or of its nearest parent."""
        node = self._root
        line = node.start_mark.line + 1 if node is not None else None
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == key:
                        line = key_node.start_mark.line + 1
                        node = value_node
                        break
                else:
                    return line
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                return line
        return line


def read_text(path: Path) -> str:
    """Read a UTF-8 data file, with errors E001 (unreadable), E021 (not UTF-8), E023 (binary)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise XinyongError("E001", path=path, reason=exc.strerror or str(exc)) from exc
    if b"\x00" in raw:
        raise XinyongError("E023", path=path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise XinyongError("E021", path=path, line=line,
                           reason=f"byte 0x{raw[exc.start]:02x} at offset {exc.start}") from exc


def load_yaml(path: Path, text: str | None = None) -> YamlDocument:
    """Load one YAML file strictly.

    path (Path): the file (used in messages).
    text (str | None): its text, when already read.
    RETURNS (YamlDocument): the data with its line positions.
    """
    if text is None:
        text = read_text(path)
    loader = _StrictLoader(text)
    loader.source_path = path
    try:
        root = loader.get_single_node()  # composed once: the nodes give the lines, then the data
        if root is not None and _depth(root, MAX_DEPTH) > MAX_DEPTH:
            raise XinyongError("E012", path=path, line=root.start_mark.line + 1, limit=MAX_DEPTH)
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise XinyongError("E002", path=path, line=mark.line + 1 if mark else None,
                           reason=getattr(exc, "problem", None) or str(exc)) from exc
    finally:
        loader.dispose()
    return YamlDocument(path, data, root)


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    """Load a JSON schema from corpus/schema/<name>.schema.json."""
    path = corpus_dir() / "schema" / f"{name}.schema.json"
    return json.loads(read_text(path))


def schema_errors(document: YamlDocument, value: Any, schema_name: str,
                  prefix: list[str | int] | None = None) -> list[XinyongError]:
    """Validate a value against a schema; each violation becomes an E004 naming its line.

    document (YamlDocument): where the value came from (for line numbers).
    value: the value to validate (the whole document or one element of it).
    schema_name (str): the schema's name in corpus/schema.
    prefix (list | None): the path of `value` inside the document.
    RETURNS (list[XinyongError]): the problems, most specific first, one per field.
    """
    validator = jsonschema.Draft202012Validator(schema(schema_name),
                                                format_checker=jsonschema.FormatChecker())
    problems = []
    seen_fields = set()
    for error in sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path]):
        keys = list(prefix or []) + list(error.absolute_path)
        if error.validator == "required":
            missing = error.message.split("'")[1] if "'" in error.message else error.message
            field = ".".join(str(k) for k in [*error.absolute_path, missing])
            reason = "is required but missing"
        elif error.validator == "additionalProperties":
            field = ".".join(str(k) for k in error.absolute_path) or "(top level)"
            reason = error.message
        else:
            field = ".".join(str(k) for k in error.absolute_path) or "(top level)"
            reason = error.message
        if field in seen_fields:
            continue
        seen_fields.add(field)
        problems.append(XinyongError("E004", path=document.path, line=document.line_of(keys),
                                     field=field, reason=reason,
                                     schema=f"corpus/schema/{schema_name}.schema.json"))
    return problems


def check_date(document: YamlDocument, keys: list[str | int], value: str | None) -> XinyongError | None:
    """Report a date that matches the pattern but is not on the calendar (e.g. 2017-02-30)."""
    if not value or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(value)):
        return None  # absent, or already reported by the schema's pattern
    parts = [int(p) for p in str(value).split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return XinyongError("E011", path=document.path, line=document.line_of(keys),
                            value=value, field=str(keys[-1]))
    return None
