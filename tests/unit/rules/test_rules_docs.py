"""Docs that cannot drift: the shipped JSON Schema and docs/rules-reference.md are what the
rule models generate; every option is described. `python -m followup.rules.docs` regenerates."""

from __future__ import annotations

import json

from followup.rules.docs import (
    REFERENCE_PATH,
    SCHEMA_PATH,
    _models,
    reference_markdown,
    schema_json,
)
from followup.rules.load import shipped_rules_dir
from followup.rules.schema import RuleFile, Toggle
from followup.rules.templates import CONTEXT
from ruamel.yaml import YAML

FIX = "run `python -m followup.rules.docs` and review the diff"


def test_shipped_json_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text() == schema_json(), FIX


def test_rule_reference_is_current() -> None:
    assert REFERENCE_PATH.read_text() == reference_markdown(), FIX


def test_every_option_has_a_description_and_is_in_the_reference() -> None:
    reference = REFERENCE_PATH.read_text()
    for model in [*_models(RuleFile), Toggle]:
        assert f"## {model.__name__}" in reference
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"
            assert f"| `{name}` |" in reference
    for name in CONTEXT:
        assert f"| `{name}` |" in reference


def test_shipped_rules_point_editors_at_the_schema_and_satisfy_it() -> None:
    schema = json.loads(SCHEMA_PATH.read_text())
    top = set(schema["$defs"]["RuleFile"]["properties"])
    assert {d["$ref"] for d in schema["anyOf"]} == {"#/$defs/RuleFile", "#/$defs/Toggle"}
    for path in sorted(shipped_rules_dir().glob("*.yaml")):
        text = path.read_text()
        assert text.startswith("# yaml-language-server: $schema=../daemon/schema/rules.schema.json")
        assert set(YAML(typ="safe").load(text)) <= top
