"""Every example of every shipped rule runs as a test (STYLE.md practice 5)."""

from __future__ import annotations

import pytest
from followup.rules.examples import run_example
from followup.rules.load import Rule, load_rules, shipped_rules_dir
from followup.rules.schema import Example

SHIPPED = load_rules([shipped_rules_dir()])


def _cases() -> list[tuple[Rule, Example]]:
    return [(rule, example) for rule in SHIPPED.rules for example in rule.spec.examples]


def test_shipped_rules_load_without_problems() -> None:
    assert SHIPPED.problems == ()


def test_every_shipped_rule_has_examples() -> None:
    assert SHIPPED.rules
    assert all(rule.spec.examples for rule in SHIPPED.rules)


@pytest.mark.parametrize(
    ("rule", "example"), _cases(), ids=[f"{r.name}: {e.name}" for r, e in _cases()]
)
def test_shipped_example(rule: Rule, example: Example) -> None:
    assert run_example(rule, example) == []
