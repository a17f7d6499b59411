"""Rules: the follow-up policy as a folder of YAML files.

- `load.load_rules(dirs, strict=False) -> RuleSet`: shipped rules first, then each user
  folder overriding by name; every problem reported as `file:line:col: key.path: message`.
- `schema`: the pydantic models of a rule file (they also generate the JSON Schema and
  docs/rules-reference.md, see `docs`).
- `triggers`, `evaluate`: one rule against one application -> wanted drafts and a trace.
- `templates`: the one sandboxed Jinja environment; `context`: the data templates get.
- `proofread`: spelling, placeholders, names/titles, recipients of a rendered draft.
- `examples`, `check`: run rules' examples; `followup rules check`.
- `explain`: `followup explain APP`.
"""
