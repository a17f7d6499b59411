"""`followup rules check [DIR]`: strict. Every problem of every rule file at once, then
every example of every rule; exit 0 only if all is well, else 78."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ..errors import EX_CONFIG
from .examples import run_example
from .load import RuleSet, load_rules, shipped_rules_dir


def check_command(directory: Path | None, config: Path | None = None) -> int:
    dirs = [shipped_rules_dir()]
    if directory is not None:
        dirs.append(directory)
    else:
        dirs.extend(_configured_dirs(config))
    return check_dirs(dirs, out=sys.stdout, err=sys.stderr)


def _configured_dirs(config: Path | None) -> list[Path]:
    from ..config import load_config

    return list(load_config(config).rules_dirs())


def check_dirs(dirs: list[Path], *, out: TextIO, err: TextIO) -> int:
    """Load strictly (every problem reported), then run every rule's examples."""
    for extra in dirs[1:]:
        if not Path(extra).expanduser().is_dir():
            print(f"{extra}: rules folder not found", file=err)
            return EX_CONFIG
    rules = load_rules(dirs)
    failures = [*rules.problems, *_failed_examples(rules)]
    for line in failures:
        print(line, file=err)
    examples = sum(len(r.spec.examples) for r in rules.rules)
    status = "ok" if not failures else f"{len(failures)} problem(s)"
    print(
        f"{len(rules.rules)} rules ({len(rules.active)} enabled), {examples} examples: {status}",
        file=out,
    )
    return EX_CONFIG if failures else 0


def _failed_examples(rules: RuleSet) -> list[str]:
    failed = []
    for rule in rules.rules:
        for n, example in enumerate(rule.spec.examples):
            where = rule.where("examples", n)
            failed += [
                f"{where}: example {example.name!r}: {diff}" for diff in run_example(rule, example)
            ]
    return failed
