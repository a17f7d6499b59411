"""Load rule folders: shipped rules first, then each user folder, a later rule replacing an
earlier one of the same name. Every problem in every file is collected; a broken rule is
skipped (lenient) unless `strict`, where any problem raises ConfigError (exit 78).

A rule's body template is `templates/<name>` next to the rule file, else in an earlier
folder (so a user rule can reuse a shipped template).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jinja2 import Template
from pydantic import ValidationError

from ..errors import ConfigError
from .positions import KeyPath, YamlError, dotted, problems_of, read_yaml, where
from .schema import TOGGLE_KEYS, RuleFile, Toggle, Trigger
from .templates import TemplateCheckError, compile_template

RULE_SUFFIXES = (".yaml", ".yml")
MAX_TEMPLATE_BYTES = 100_000  # a letter's template, with room; a log or an image is not one


def shipped_rules_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "_rules"


@dataclass(frozen=True)
class Rule:
    spec: RuleFile
    path: Path
    display: str  # how the file is named in messages and traces
    positions: Mapping[KeyPath, tuple[int, int]]
    subject: Template
    body: Template
    template_display: str
    toggled_by: str = ""  # `file:line` of a user file that switched this rule on or off

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def enabled(self) -> bool:
        return self.spec.enabled

    def where(self, *path: str | int) -> str:
        """`file:line` of a key path in this rule's file (or its nearest ancestor)."""
        line, _ = where(self.positions, tuple(path))
        return f"{self.display}:{line}"


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...] = ()
    problems: tuple[str, ...] = ()
    dirs: tuple[Path, ...] = field(default=())

    def get(self, name: str) -> Rule | None:
        return next((r for r in self.rules if r.name == name), None)

    @property
    def active(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.enabled)


def load_rules(dirs: Sequence[Path], strict: bool = False) -> RuleSet:
    by_name: dict[str, Rule] = {}
    problems: list[str] = []
    searched: list[Path] = []
    for given in dirs:
        folder = Path(given).expanduser()
        if folder.is_dir():
            searched.append(folder)
            by_name.update(_load_folder(folder, searched, problems, by_name))
        elif given == dirs[0]:  # a missing user folder is just not there yet
            problems.append(f"{folder}: rules folder not found")
    if strict and problems:
        raise ConfigError(f"{len(problems)} problem(s) in the rules", tuple(problems))
    return RuleSet(tuple(by_name.values()), tuple(problems), tuple(searched))


def _load_folder(
    folder: Path, searched: Sequence[Path], problems: list[str], earlier: Mapping[str, Rule]
) -> dict[str, Rule]:
    """The valid rules of one folder; a name used twice in it is a mistake, not an override."""
    found: dict[str, Rule] = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES):
        rule = _load_file(path, _display(path), searched, problems, earlier)
        if rule is None:
            continue
        if rule.name in found:
            line, col = where(rule.positions, ("name",))
            problems.append(
                f"{rule.display}:{line}:{col}: name: {rule.name!r} is also the "
                f"name of {found[rule.name].display}; this one is skipped"
            )
            continue
        found[rule.name] = rule
    return found


def _display(path: Path) -> str:
    """Relative to the working directory when below it (short), else absolute."""
    full = path.resolve()
    try:
        return str(full.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(full)


def _load_file(
    path: Path,
    display: str,
    searched: Sequence[Path],
    problems: list[str],
    earlier: Mapping[str, Rule],
) -> Rule | None:
    try:
        data, positions = read_yaml(path, display)
    except YamlError as err:
        problems.append(str(err))
        return None
    if not isinstance(data, dict):
        problems.append(f"{display}:1:1: (top): a rule file is a mapping (version, name, ...)")
        return None
    if set(data) <= TOGGLE_KEYS and data.get("name") in earlier:
        return _toggle(earlier[data["name"]], data, display, positions, problems)

    def at(*key: str | int) -> str:
        line, col = where(positions, key)
        return f"{display}:{line}:{col}: {dotted(key)}"

    found: list[str] = []
    spec: RuleFile | None = None
    try:
        spec = RuleFile.model_validate(data)
    except ValidationError as err:
        found.extend(problems_of(err, RuleFile, display, positions))
    else:
        found += [f"{at(*key)}: {message}" for key, message in _semantic_problems(spec)]
    draft = data.get("draft")
    subject, body, body_display = _templates(
        draft if isinstance(draft, dict) else {}, at, [*searched, path.parent], found
    )
    problems.extend(sorted(found, key=_position))
    if found or spec is None or subject is None or body is None:
        return None
    return Rule(spec, path, display, positions, subject, body, body_display)


def _toggle(
    rule: Rule,
    data: dict[str, Any],
    display: str,
    positions: Mapping[KeyPath, tuple[int, int]],
    problems: list[str],
) -> Rule | None:
    """`version`, `name`, `enabled` only: switch the earlier rule of that name."""
    try:
        toggle = Toggle.model_validate(data)
    except ValidationError as err:
        problems.extend(problems_of(err, Toggle, display, positions))
        return None
    line, _ = where(positions, ("enabled",))
    spec = rule.spec.model_copy(update={"enabled": toggle.enabled})
    return replace(rule, spec=spec, toggled_by=f"{display}:{line}")


def _position(problem: str) -> tuple[str, int, int]:
    parts = problem.split(":", 3)
    try:
        return parts[0], int(parts[1]), int(parts[2])
    except (IndexError, ValueError):
        return parts[0], 0, 0


def _templates(
    draft: dict[str, Any], at: Callable[..., str], searched: Sequence[Path], found: list[str]
) -> tuple[Template | None, Template | None, str]:
    """Compile the subject and the body template (also when other keys are invalid, so
    every problem shows at once)."""
    subject = body = None
    if isinstance(draft.get("subject"), str):
        try:
            subject = compile_template(draft["subject"])
        except TemplateCheckError as err:
            found.append(f"{at('draft', 'subject')}: {err}")
    name = draft.get("template")
    if not isinstance(name, str):
        return subject, None, ""
    body_path = _find_template(name, searched)
    if body_path is None:
        found.append(
            f"{at('draft', 'template')}: template {name!r} not found in templates/ "
            "of the rules folders"
        )
        return subject, None, ""
    body_display = _display(body_path)
    try:
        body = compile_template(_template_text(body_path))
    except TemplateCheckError as err:
        found.append(f"{body_display}:{err.line or 1}:1: template: {err}")
    except (OSError, UnicodeDecodeError) as err:
        found.append(f"{body_display}:1:1: template: cannot read it: {err}")
    except ValueError as err:
        found.append(f"{body_display}:1:1: template: {err}; is it a template?")
    return subject, body, body_display


def _template_text(path: Path) -> str:
    """The template's text, read capped like a rule file (a stray log, a file linked to a
    huge one); NUL bytes mean binary, which would otherwise pass as UTF-8."""
    with path.open("rb") as stream:
        data = stream.read(MAX_TEMPLATE_BYTES + 1)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise ValueError(f"over {MAX_TEMPLATE_BYTES} bytes")
    if b"\0" in data:
        raise ValueError("binary data (NUL bytes)")
    return data.decode("utf-8")


def _find_template(name: str, folders: Sequence[Path]) -> Path | None:
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    for folder in reversed(folders):
        candidate = folder / "templates" / name
        if candidate.is_file():
            return candidate
    return None


def _semantic_problems(spec: RuleFile) -> list[tuple[KeyPath, str]]:
    """What the schema alone cannot say: options that only make sense together."""
    found: list[tuple[KeyPath, str]] = []
    triggers: list[tuple[KeyPath, Trigger]] = [(("trigger",), spec.trigger)]
    if spec.fallback:
        triggers.append((("fallback", "trigger"), spec.fallback.trigger))
    triggers += [(("also", n, "trigger"), alt.trigger) for n, alt in enumerate(spec.also)]
    for key, trigger in triggers:
        if trigger.event == "message_received" and not trigger.kinds:
            found.append(((*key, "kinds"), "message_received needs at least one kind"))
        if trigger.kinds and trigger.event != "message_received":
            found.append(((*key, "kinds"), "kinds only applies to message_received"))
        if trigger.last and trigger.event != "interview_ended":
            found.append(((*key, "last"), "last only applies to interview_ended"))
        if trigger.requested and trigger.event != "message_received":
            found.append(((*key, "requested"), "requested only applies to message_received"))
    if spec.for_each == "interviewer" and spec.trigger.event not in (
        "interview_ended",
        "interview_scheduled",
        "interview_starts",
    ):
        found.append((("for_each",), "for_each interviewer needs an interview trigger"))
    return found
