"""Rules: load and validate the YAML rule files (with file:line positions), compile them,
and evaluate them with a trace. Public surface:
- `load_rules(dirs) -> RuleSet`   shipped rules first, then each user dir overriding by name
- `RuleSet.rules`, `RuleSet.problems` (a broken rule is skipped and reported)
"""
