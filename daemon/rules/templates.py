"""The one template environment: sandboxed, immutable, strict.

Rule templates are the only template *source*; everything that came from an email (names,
subjects, notes) reaches them as *data* in the context, so Jinja syntax inside a name is
printed as text. Unknown variables are found at load time (jinja2.meta against CONTEXT),
attribute typos by a trial render with a sample context, and output is size-capped.
"""

from __future__ import annotations

import difflib
import operator
import re
import traceback
from collections.abc import Mapping
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_OUTPUT = 20_000  # characters of one rendered template: a letter, not a novel
MAX_SUBJECT = 200

PERSON = {
    "name": "Alex Kim",
    "first_name": "Alex",
    "title": "Engineering Manager",
    "email": "alex.kim@acme.example",
}

# The documented context: name -> (description, sample value). The docs and the load-time
# check both come from here, so a template can use exactly what is documented.
CONTEXT: dict[str, tuple[str, Any]] = {
    "me": (
        "the user: name, first_name, email, signature",
        {
            "name": "Jordan Avery",
            "first_name": "Jordan",
            "email": "jordan@example.net",
            "signature": "Jordan Avery",
        },
    ),
    "to": ("the first recipient: name, first_name, title, email (any may be empty)", PERSON),
    "recipients": ("every To recipient (same fields as `to`)", [PERSON]),
    "company": ("the employer's name", "Acme"),
    "role": ("the role applied for, or empty", "Data Engineer"),
    "stage": ("the application's stage", "interviewing"),
    "interview": (
        "the triggering interview, else the application's last one, or none: "
        "date, time, weekday, round, interviewers",
        {
            "date": "Tuesday, March 10",
            "time": "2:00 PM",
            "weekday": "Tuesday",
            "round": 1,
            "interviewers": [PERSON],
        },
    ),
    "interviewers": ("the interview's (or the last interview's) interviewers", [PERSON]),
    "reference": (
        "for_each reference: name, first_name, email, relationship, highlight (what to "
        "speak to, from the config); else none",
        {
            "name": "Sam Lee",
            "first_name": "Sam",
            "email": "sam@example.org",
            "relationship": "my manager at Fairway",
            "highlight": "the routing project I led",
        },
    ),
    "personal_line": ("the user's notes on this interview, one line, or none", "the migration"),
    "notes": ("all the user's notes on the application", ["the migration"]),
    "requested": ("what the employer asked for (info_request)", ["a writing sample"]),
    "message": (
        "the triggering (or replied-to) message: subject, date, sender; or none",
        {"subject": "Next steps", "date": "March 11", "sender": PERSON},
    ),
    "re_subject": ("the replied-to subject with one 'Re: '", "Re: Next steps"),
    "decision_by": ("the stated decision date as text, or none", "Friday, March 20"),
    "rule": ("the rule's name", "thank-you"),
}


class _Env(ImmutableSandboxedEnvironment):
    """Also refuses the arithmetic that builds huge values before any cap could apply."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**" and (not isinstance(right, int) or abs(right) > 64):
            raise SecurityError("exponent too large")
        if op == "*" and _size(left) * _size(right) > MAX_OUTPUT:
            raise SecurityError("product too large")
        return operator.pow(left, right) if op == "**" else operator.mul(left, right)


def _size(value: Any) -> int:
    if isinstance(value, int | float):
        return max(1, int(abs(value)))
    return max(1, len(value)) if hasattr(value, "__len__") else 1


def _environment() -> _Env:
    env = _Env(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    for name in ("lipsum", "cycler", "joiner"):
        env.globals.pop(name, None)
    return env


ENV = _environment()


class TemplateCheckError(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def compile_template(source: str) -> Template:
    """Parse, check the variables against CONTEXT, and trial-render with samples."""
    try:
        ast = ENV.parse(source)
    except TemplateError as err:
        raise TemplateCheckError(str(err), getattr(err, "lineno", None)) from None
    unknown = sorted(meta.find_undeclared_variables(ast) - set(CONTEXT) - set(ENV.globals))
    if unknown:
        line = min(n.lineno for n in ast.find_all(nodes.Name) if n.name in unknown)
        raise TemplateCheckError("; ".join(_unknown(name) for name in unknown), line)
    template = ENV.from_string(source)
    try:
        render(template, sample_context())
    except Exception as err:  # a user's template is user code: any failure is a problem
        at = getattr(err, "lineno", None) or _line(err)
        raise TemplateCheckError(_with_hint(str(err)), at) from None
    return template


NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")


def _with_hint(message: str) -> str:
    """An attribute typo (`to.frist_name`) gets the closest documented field name."""
    found = NO_ATTRIBUTE.search(message)
    if found is None:
        return message
    close = difflib.get_close_matches(found.group(1), sorted(_fields(sample_context())), n=1)
    return f"{message} (did you mean {close[0]!r}?)" if close else message


def _fields(value: Any) -> set[str]:
    if isinstance(value, Mapping):
        return {str(k) for k in value} | {f for v in value.values() for f in _fields(v)}
    if isinstance(value, list):
        return {f for v in value for f in _fields(v)}
    return set()


def _line(err: BaseException) -> int | None:
    """The template line a render error happened on (Jinja maps its frames to them)."""
    frames = traceback.extract_tb(err.__traceback__)
    lines = [f.lineno for f in frames if f.filename == "<template>"]
    return lines[-1] if lines else None


def _unknown(name: str) -> str:
    close = difflib.get_close_matches(name, list(CONTEXT), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(CONTEXT)}"
    return f"unknown variable {name!r} ({hint})"


def sample_context() -> dict[str, Any]:
    return {name: sample for name, (_, sample) in CONTEXT.items()}


def render(template: Template, context: Mapping[str, Any], limit: int = MAX_OUTPUT) -> str:
    """Render, stopping as soon as the output passes `limit` characters."""
    parts: list[str] = []
    total = 0
    for chunk in template.generate(dict(context)):
        total += len(chunk)
        if total > limit:
            raise SecurityError(f"template output longer than {limit} characters")
        parts.append(chunk)
    return "".join(parts)


def one_line(text: str, limit: int = MAX_SUBJECT) -> str:
    """A header-safe line: no control characters, whitespace collapsed, capped."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(cleaned.split())[:limit]
