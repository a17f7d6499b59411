"""YAML with positions, and pydantic errors turned into `FILE:LINE:COL: key.path: message`.

Usable for any YAML file validated by pydantic models (the settings, rule files): load with
`load_yaml`, validate `plain(tree)`, and on a ValidationError call `describe(err, tree, file,
Model)`. Unknown keys and unknown `type:` tags get a did-you-mean from the model's own fields.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import ConfigError

Loc = tuple[int | str, ...]


def load_yaml(text: str, file: str) -> Any:
    """Round-trip load (keeps line and column of every key); a syntax error is one line."""
    try:
        return YAML(typ="rt").load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"{file}:{mark.line + 1}:{mark.column + 1}" if mark else file
        raise ConfigError(f"{where}: {err.problem or err.context}") from None
    except YAMLError as err:
        raise ConfigError(f"{file}: {err}") from None


MAX_VALUES = 100_000  # far beyond any real file; aliases of aliases can expand without end


def plain(node: Any, file: str = "<settings>") -> Any:
    """The tree as plain dicts, lists and scalars (what the models validate). YAML aliases
    are expanded, so a "billion laughs" file is refused instead of filling the memory."""
    budget = [MAX_VALUES]

    def walk(node: Any) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise ConfigError(f"{file}: more than {MAX_VALUES} values (aliases of aliases?)")
        if isinstance(node, dict):
            return {str(k): walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(node)


def describe(err: ValidationError, tree: Any, file: str, model: type[BaseModel]) -> tuple[str, ...]:
    """One line per problem, in file order. A missing key that a misspelt one stands for
    (`emial` for `email`) is said once, by the did-you-mean."""
    details = err.errors(include_url=False)
    meant = {_meant(d, model) for d in details if d["type"] == "extra_forbidden"}
    lines = [
        _one(detail, tree, file, model)
        for detail in details
        if detail["type"] != "missing" or _yaml_path(model, tuple(detail["loc"]))[0] not in meant
    ]
    return tuple(text for _, text in sorted(set(lines)))


def _meant(detail: ErrorDetails, model: type[BaseModel]) -> Loc:
    """The key path an unknown key was probably meant to be (itself if nothing is close)."""
    keys, owner = _yaml_path(model, tuple(detail["loc"]))
    close = difflib.get_close_matches(str(keys[-1]), _fields(owner), n=1, cutoff=0.6)
    return (*keys[:-1], close[0]) if close else keys


def _one(
    detail: ErrorDetails, tree: Any, file: str, model: type[BaseModel]
) -> tuple[tuple[int, int], str]:
    keys, owner = _yaml_path(model, tuple(detail["loc"]))
    kind = detail["type"]
    if kind == "union_tag_invalid":
        keys = (*keys, _discriminator(detail))
    if kind == "missing":
        line, col = _position(tree, keys[:-1], key=True)
    else:
        line, col = _position(tree, keys, key=kind == "extra_forbidden")
    message = _message(detail, keys, owner)
    return (line, col), f"{file}:{line}:{col}: {_dotted(keys)}: {message}"


def _message(detail: ErrorDetails, keys: Loc, owner: Any) -> str:
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    name = str(keys[-1]) if keys else ""
    if kind == "missing":
        return f"missing required key '{name}'"
    if kind == "extra_forbidden":
        return f"unknown key '{name}'{_did_you_mean(name, _fields(owner))}"
    if kind == "union_tag_invalid":
        tag, expected = str(ctx.get("tag")), _tags(ctx)
        return f"unknown '{tag}'{_did_you_mean(tag, expected)}; one of {', '.join(expected)}"
    if kind == "union_tag_not_found":
        return f"missing '{_discriminator(detail)}' (which kind of entry is this?)"
    if kind in ("tuple_type", "list_type"):  # not pydantic's words: "a valid tuple"
        return f"should be a list (lines starting with '- '), not {_shape(detail['input'])}"
    if kind in ("model_type", "dict_type"):  # "a valid dictionary or instance of MeConfig"
        return f"should be a mapping (lines of 'key: value'), not {_shape(detail['input'])}"
    message = detail["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message[:1].lower() + message[1:]


def _shape(value: object) -> str:
    """What the user wrote, by kind only: the value itself may be something private."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "yes/no"
    kinds = ((str, "text"), (int | float, "a number"), (list, "a list"), (dict, "a mapping"))
    return next((name for kind, name in kinds if isinstance(value, kind)), "that")


def _discriminator(detail: ErrorDetails) -> str:
    return str((detail.get("ctx") or {}).get("discriminator", "type")).strip("'")


def _tags(ctx: dict[str, Any]) -> list[str]:
    return [t.strip(" '") for t in str(ctx.get("expected_tags", "")).split(",") if t.strip()]


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _dotted(keys: Loc) -> str:
    text = ""
    for key in keys:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text or "(top)"


# --- walking the model's types alongside the error's location -----------------------------


def _yaml_path(model: type[BaseModel], loc: Loc) -> tuple[Loc, Any]:
    """Drop the parts of a pydantic location that name a union member (`imap` in
    mailboxes.0.imap.host) and return the keys as written in YAML, plus the model type that
    owns the last key (for did-you-mean)."""
    keys: list[int | str] = []
    tp: Any = model
    owner: Any = model
    for part in loc:
        tp = _unwrap(tp)
        member = _union_member(tp, part)
        if member is not None:
            tp = member
            continue
        owner = tp
        keys.append(part)
        tp = _step(tp, part)
    return tuple(keys), owner


def _unwrap(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _union_member(tp: Any, part: int | str) -> Any:
    if typing.get_origin(tp) not in (typing.Union, types.UnionType) or not isinstance(part, str):
        return None
    for arg in typing.get_args(tp):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            field = arg.model_fields.get("type")
            if field is not None and part in typing.get_args(field.annotation):
                return arg
    return None


def _step(tp: Any, part: int | str) -> Any:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        field = tp.model_fields.get(str(part))
        return field.annotation if field else None
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (list, tuple) and args:
        return args[0]
    if origin is dict and len(args) == 2:
        return args[1]
    if origin in (typing.Union, types.UnionType):  # Optional[X]: step into X
        inner = [a for a in args if a is not type(None)]
        return _step(_unwrap(inner[0]), part) if len(inner) == 1 else None
    return None


def _fields(owner: Any) -> list[str]:
    owner = _unwrap(owner)
    if typing.get_origin(owner) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(owner) if a is not type(None)]
        owner = _unwrap(inner[0]) if len(inner) == 1 else None
    if isinstance(owner, type) and issubclass(owner, BaseModel):
        return list(owner.model_fields)
    return []


# --- positions in the round-trip tree -----------------------------------------------------


def _position(tree: Any, keys: Loc, *, key: bool) -> tuple[int, int]:
    """1-based line and column of the value at `keys` (or of its key), as deep as it exists."""
    node, where = tree, _start(tree)
    for index, part in enumerate(keys):
        last = index == len(keys) - 1
        if isinstance(node, CommentedMap) and part in node:
            pos = node.lc.key(part) if (key and last) else node.lc.value(part)
            node, where = node[part], pos
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            node, where = node[part], node.lc.item(part)
        else:
            break
    return where[0] + 1, where[1] + 1


def _start(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    return (lc.line or 0, lc.col or 0) if lc is not None else (0, 0)
