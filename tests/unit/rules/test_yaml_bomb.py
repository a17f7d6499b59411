"""A rule file of nested YAML aliases ("billion laughs") is refused quickly, not expanded."""

from __future__ import annotations

from pathlib import Path

import pytest
from followup.rules.positions import YamlError, read_yaml


def test_nested_aliases_are_refused(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(YamlError, match="aliases of aliases"):
        read_yaml(bomb, "bomb.yaml")


def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    small = tmp_path / "ok.yaml"
    small.write_text("base: &b {days: 2}\nthank: *b\n", encoding="utf-8")
    tree, positions = read_yaml(small, "ok.yaml")
    assert tree == {"base": {"days": 2}, "thank": {"days": 2}}
    assert positions[("thank",)] == (2, 1)
