"""The package is importable as `followup` and every subpackage of daemon/ is shipped."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_declared() -> None:
    declared = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(("followup", *init.parent.relative_to(ROOT / "daemon").parts))
        for init in (ROOT / "daemon").rglob("__init__.py")
    }
    assert found <= declared, f"add to pyproject packages: {sorted(found - declared)}"


def test_shipped_rules_are_package_data() -> None:
    link = ROOT / "daemon" / "_rules"
    assert link.resolve() == (ROOT / "rules").resolve()
