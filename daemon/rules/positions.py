"""YAML with positions, and validation problems as `file:line:col: key.path: message`.

ruamel.yaml's round-trip loader remembers where every key and value sits; pydantic reports
problems as key paths. This module joins the two and adds a did-you-mean.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

KeyPath = tuple[str | int, ...]
Positions = Mapping[KeyPath, tuple[int, int]]  # 1-based (line, column)


class YamlError(Exception):
    pass


def read_yaml(path: Path, display: str) -> tuple[Any, dict[KeyPath, tuple[int, int]]]:
    """The document as plain Python values, and where each key path starts."""
    try:
        with path.open("rb") as stream:  # capped: a rule linked to /dev/zero, a stray log
            data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise YamlError(f"{display}:1:1: over {MAX_BYTES} bytes; is it a rule file?")
        doc = YAML(typ="rt", pure=True).load(data.decode("utf-8"))
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise YamlError(f"{display}:{where}: YAML: {err.problem or err.context}") from None
    except (YAMLError, UnicodeDecodeError, OSError) as err:
        raise YamlError(f"{display}:1:1: YAML: {err}") from None
    positions: dict[KeyPath, tuple[int, int]] = {(): (1, 1)}
    budget = [MAX_VALUES]
    return _plain(doc, (), positions, budget, display), positions


MAX_VALUES = 100_000  # far beyond any rule file; aliases of aliases can expand without end
MAX_BYTES = 1_000_000


def _plain(
    node: Any,
    path: KeyPath,
    positions: dict[KeyPath, tuple[int, int]],
    budget: list[int],
    display: str,
) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlError(f"{display}:1:1: YAML: more than {MAX_VALUES} values (aliases of aliases?)")
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            line, col = node.lc.key(key)
            positions[(*path, str(key))] = (line + 1, col + 1)
            out[str(key)] = _plain(value, (*path, str(key)), positions, budget, display)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            line, col = node.lc.item(index)
            positions[(*path, index)] = (line + 1, col + 1)
            items.append(_plain(value, (*path, index), positions, budget, display))
        return items
    if isinstance(node, datetime):  # ruamel's TimeStamp subclass -> a plain datetime
        return datetime.fromisoformat(node.isoformat())
    if isinstance(node, str):
        return str(node)
    return node


def dotted(path: KeyPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(top)"


def where(positions: Positions, path: KeyPath) -> tuple[int, int]:
    """The position of `path`, or of its nearest ancestor that has one."""
    while path not in positions and path:
        path = path[:-1]
    return positions.get(path, (1, 1))


def problems_of(
    err: ValidationError, model: type[BaseModel], display: str, positions: Positions
) -> Iterator[str]:
    for item in err.errors():
        path: KeyPath = tuple(p for p in item["loc"] if isinstance(p, str | int))
        line, col = where(positions, path)
        yield f"{display}:{line}:{col}: {dotted(path)}: {_message(item, model, path)}"


def _message(item: Any, model: type[BaseModel], path: KeyPath) -> str:
    kind = item["type"]
    if kind == "extra_forbidden":
        known = list(_fields_at(model, path[:-1]))
        return f"unknown key {path[-1]!r}{_did_you_mean(str(path[-1]), known)}"
    if kind == "missing":
        return "required key is missing"
    if kind in ("literal_error", "enum"):
        expected = str(item.get("ctx", {}).get("expected", ""))
        choices = [c.strip(" '\"") for c in expected.replace(" or ", ",").split(",")]
        hint = _did_you_mean(str(item.get("input")), [c for c in choices if c])
        return f"{item['msg']}{hint}"
    return str(item["msg"])


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _fields_at(model: type[BaseModel], path: KeyPath) -> dict[str, Any]:
    """The fields of the model found by following `path` from `model`."""
    current: type[BaseModel] | None = model
    for part in path:
        if current is None:
            return {}
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        current = _model_in(field.annotation) if field else None
    return dict(current.model_fields) if current else {}


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None
