"""Rendered drafts are golden: the first example of every shipped rule, composed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from followup.compose import Composer
from followup.model import PlaceDraft
from followup.plan import plan
from followup.rules.examples import snapshot_of
from followup.rules.load import RuleSet, load_rules, shipped_rules_dir
from golden import check_golden

SHIPPED = load_rules([shipped_rules_dir()])


@pytest.mark.parametrize("name", [r.name for r in SHIPPED.rules])
def test_rendered_draft(name: str) -> None:
    rule = SHIPPED.get(name)
    assert rule is not None and rule.spec.examples
    rule = replace(rule, spec=rule.spec.model_copy(update={"enabled": True}))
    example = rule.spec.examples[0]
    snapshot = snapshot_of(example, rule)
    rules = RuleSet((rule,))
    drafts = [a.draft for a in plan(snapshot, rules, example.now).due if isinstance(a, PlaceDraft)]
    assert drafts, "the first example of every rule makes a draft"
    composed = Composer(rules, snapshot.me).compose(drafts[0], example.now)
    problems = "".join(f"# problem: {p}\n" for p in composed.problems)
    check_golden(f"drafts/{name}.eml", problems + composed.data.decode("utf-8"))
