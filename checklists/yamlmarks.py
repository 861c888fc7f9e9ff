"""YAML loading that remembers line numbers, so a validation problem can name the line it comes from.

`load_marked(text)` returns plain-looking data: mappings are `MarkedDict` and sequences `MarkedList`, both
carrying the 1-based line where they start and the line of each key / item.
"""

from __future__ import annotations

from typing import Any

import yaml


class MarkedDict(dict[Any, Any]):
    """A mapping from YAML with `line` (its start) and `key_lines` (the line of each key)."""

    line: int = 1
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class MarkedList(list[Any]):
    """A sequence from YAML with `line` (its start) and `item_lines` (the line of each item)."""

    line: int = 1
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


#: libyaml's parser when PyYAML was built with it (several times faster on the 3,000-line standards); the pure-Python
#: one otherwise. Both give every node its start mark, which is all the line numbers need.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class MarkedLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A SafeLoader whose mappings and sequences record their start line and their keys' lines."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> MarkedDict:
        self.flatten_mapping(node)
        result = MarkedDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in result:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, f"duplicate key {key!r}", key_node.start_mark
                )
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> MarkedList:
        result = MarkedList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


def _construct_map(loader: MarkedLoader, node: yaml.MappingNode) -> MarkedDict:
    return loader.construct_mapping(node, deep=True)


def _construct_seq(loader: MarkedLoader, node: yaml.SequenceNode) -> MarkedList:
    return loader.construct_sequence(node, deep=True)


MarkedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
MarkedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def load_marked(text: str) -> Any:
    """Parse YAML text into MarkedDict / MarkedList / scalars (raises yaml.YAMLError on bad YAML)."""
    return yaml.load(text, Loader=MarkedLoader)


def line_at(root: Any, loc: tuple[Any, ...]) -> int:
    """The line of the deepest node on `loc` (a path of keys / indexes) that the data records."""
    line = getattr(root, "line", 1)
    node = root
    for part in loc:
        if (isinstance(node, MarkedDict) and part in node) or (
            isinstance(node, MarkedList) and isinstance(part, int) and 0 <= part < len(node)
        ):
            line = node.line_of(part)
            node = node[part]
        else:
            break
    return line
