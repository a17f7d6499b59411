"""Load rule folders: shipped rules first, then each user folder, a later rule replacing an
earlier one of the same name. Every problem in every file is collected; a broken rule is
skipped (lenient) unless `strict`, where any problem raises ConfigError (exit 78).

A rule's body template is `templates/<name>` next to the rule file, else in an earlier
folder (so a user rule can reuse a shipped template).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Template
from pydantic import ValidationError

from ..errors import ConfigError
from .positions import KeyPath, YamlError, dotted, problems_of, read_yaml, where
from .schema import RuleFile, Trigger
from .templates import TemplateCheckError, compile_template

RULE_SUFFIXES = (".yaml", ".yml")


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
        if not folder.is_dir():
            if given != dirs[0]:
                continue  # an unconfigured or not yet created user folder
            problems.append(f"{folder}: rules folder not found")
            continue
        searched.append(folder)
        for path in sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES):
            rule = _load_file(path, _display(path), searched, problems)
            if rule is not None:
                by_name[rule.name] = rule
    if strict and problems:
        raise ConfigError(f"{len(problems)} problem(s) in the rules", tuple(problems))
    return RuleSet(tuple(by_name.values()), tuple(problems), tuple(searched))


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_rule_file(path: Path, display: str, template_dirs: Sequence[Path]) -> Rule:
    """One rule file; raises ConfigError listing all its problems."""
    problems: list[str] = []
    rule = _load_file(path, display, [*template_dirs, path.parent], problems)
    if rule is None:
        raise ConfigError(f"{display}: invalid rule", tuple(problems))
    return rule


def _load_file(
    path: Path, display: str, searched: Sequence[Path], problems: list[str]
) -> Rule | None:
    try:
        data, positions = read_yaml(path, display)
    except YamlError as err:
        problems.append(str(err))
        return None
    if not isinstance(data, dict):
        problems.append(f"{display}:1:1: (top): a rule file is a mapping (version, name, ...)")
        return None
    try:
        spec = RuleFile.model_validate(data)
    except ValidationError as err:
        problems.extend(problems_of(err, RuleFile, display, positions))
        return None
    return _compile(spec, path=path, display=display, positions=positions, searched=searched,
                    problems=problems)


def _compile(
    spec: RuleFile,
    *,
    path: Path,
    display: str,
    positions: Mapping[KeyPath, tuple[int, int]],
    searched: Sequence[Path],
    problems: list[str],
) -> Rule | None:
    def at(*key: str | int) -> str:
        line, col = where(positions, key)
        return f"{display}:{line}:{col}: {dotted(key)}"

    before = len(problems)
    for key, message in _semantic_problems(spec):
        problems.append(f"{at(*key)}: {message}")
    subject: Template | None = None
    try:
        subject = compile_template(spec.draft.subject)
    except TemplateCheckError as err:
        problems.append(f"{at('draft', 'subject')}: {err}")
    body_path = _find_template(spec.draft.template, [*searched, path.parent])
    if body_path is None:
        problems.append(f"{at('draft', 'template')}: template {spec.draft.template!r} not found "
                        "in templates/ of the rules folders")
        return None
    body_display = _display(body_path)
    body: Template | None = None
    try:
        body = compile_template(body_path.read_text(encoding="utf-8"))
    except TemplateCheckError as err:
        problems.append(f"{body_display}:{err.line or 1}:1: template: {err}")
    if len(problems) > before or subject is None or body is None:
        return None
    return Rule(spec, path, display, positions, subject, body, body_display)


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
        "interview_ended", "interview_scheduled", "interview_starts"):
        found.append((("for_each",), "for_each interviewer needs an interview trigger"))
    return found
